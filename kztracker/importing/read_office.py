"""DOCX and PDF: their text, refused with a clear message when corrupt, bombed or scanned."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from kztracker.errors import shown
from kztracker.i18n import _
from kztracker.importing.errors import ImportInputError

# A Word document's parts expand a few times at most; far beyond that is a zip bomb. The cap
# is on what the parts really unpack to, measured by streaming them, whatever their headers
# claim: a library reading a part whose header understates its size inflates all of it at once.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
# Fewer letters than this per page means the pages are images: a scan without a text layer.
MIN_LETTERS_PER_PAGE = 20


class _Bomb(Exception):
    """A member unpacks to more than its header says, or the whole to more than the cap."""


def read_docx(path: Path) -> tuple[str, str | None]:
    name = shown(path.name)
    check_zip(path, name, _("{name} is not a valid DOCX file (damaged?); save it again"))

    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # lxml and python-docx raise many kinds on a damaged package
        raise ImportInputError(
            _("{name} is a damaged DOCX file; open and save it again").format(name=name)
        ) from exc
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text for cell in row.cells))
    title = (document.core_properties.title or "").strip() or None
    return "\n\n".join(b for b in blocks), title


def check_zip(path: Path, name: str, invalid: str, damaged: str | None = None) -> None:
    """Refuse a zip package (DOCX, XLSX) that is damaged or unpacks to far more than a
    document holds, before any library inflates it. `invalid` is the not-a-package message,
    `damaged` (ready to show) the one for a broken package other than a DOCX."""
    if not zipfile.is_zipfile(path):
        raise ImportInputError(invalid.format(name=name))
    try:
        with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
            _check_declared(archive, name)
            budget = MAX_UNPACKED_BYTES
            for info in archive.infolist():
                budget -= _unpacked_size(raw, info, budget)
    except _Bomb:
        raise ImportInputError(_bomb_message(name)) from None
    except (zipfile.BadZipFile, zlib.error, struct.error, EOFError, ValueError) as exc:
        if damaged is not None:
            raise ImportInputError(damaged) from exc
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ImportInputError(
            _("{name} is a damaged DOCX file ({error}); save it again").format(
                name=name, error=reason
            )
        ) from exc


def _check_declared(archive: zipfile.ZipFile, name: str) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise _Bomb


def _unpacked_size(raw: BinaryIO, info: zipfile.ZipInfo, budget: int) -> int:
    """What one member really unpacks to, inflating it a chunk at a time; _Bomb past its
    declared size or the budget left. Stored and deflated members are what Office writes."""
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile("bad local file header")
    raw.seek(fields[-2] + fields[-1], 1)  # past the member's name and extra field
    limit = min(info.file_size, budget)
    left = info.compress_size
    if info.compress_type == zipfile.ZIP_STORED:
        if info.compress_size != info.file_size or info.file_size > budget:
            raise _Bomb
        return info.file_size
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise zipfile.BadZipFile(f"unsupported compression {info.compress_type}")
    inflater = zlib.decompressobj(-15)
    size = 0
    while left > 0 and not inflater.eof:
        chunk = raw.read(min(_CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        while chunk and not inflater.eof:
            # At most one chunk out per step, so memory stays flat whatever the ratio.
            size += len(inflater.decompress(chunk, _CHUNK))
            if size > limit:
                raise _Bomb
            chunk = inflater.unconsumed_tail
    return size


def _bomb_message(name: str) -> str:
    return _("{name} unpacks to far more data than a document holds (a zip bomb?); refused").format(
        name=name
    )


def read_pdf(path: Path) -> tuple[str, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = shown(path.name)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportInputError(
                _("{name} is password-protected; save an unprotected copy").format(name=name)
            )
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or None
    except ImportInputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ImportInputError(
            _("{name} is a damaged PDF file ({error}); save it again").format(
                name=name, error=reason
            )
        ) from exc
    except Exception as exc:  # pypdf raises assorted errors on mangled files
        raise ImportInputError(
            _("{name} is a damaged PDF file; save it again").format(name=name)
        ) from exc
    letters = sum(c.isalpha() for page in pages for c in page)
    if not pages or letters < MIN_LETTERS_PER_PAGE * len(pages):
        raise ImportInputError(
            _(
                "{name} has no text layer (a scanned image?); scan it with OCR first, "
                "then import the result"
            ).format(name=name)
        )
    text = "\n\n".join(_reflow(page) for page in pages)
    return text, title.strip() if isinstance(title, str) else None


def _reflow(page: str) -> str:
    """Join the lines a PDF wrapped: a line nearly as long as the longest continues below."""
    lines = [" ".join(line.split()) for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current else line
        if len(line) < width * 0.75:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)
