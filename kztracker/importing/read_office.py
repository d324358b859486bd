"""DOCX and PDF: their text, refused with a clear message when corrupt, bombed or scanned."""

from __future__ import annotations

import zipfile
from pathlib import Path

from kztracker.i18n import _
from kztracker.importing.errors import ImportInputError

# A Word document's parts expand a few times at most; far beyond that is a zip bomb.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
# Fewer letters than this per page means the pages are images: a scan without a text layer.
MIN_LETTERS_PER_PAGE = 20


def read_docx(path: Path) -> tuple[str, str | None]:
    name = path.name
    if not zipfile.is_zipfile(path):
        raise ImportInputError(
            _("{name} is not a valid DOCX file (damaged?); save it again").format(name=name)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_not_bomb(archive, name)
    except zipfile.BadZipFile as exc:
        raise ImportInputError(
            _("{name} is a damaged DOCX file ({error}); save it again").format(name=name, error=exc)
        ) from exc

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


def _check_not_bomb(archive: zipfile.ZipFile, name: str) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_UNPACKED_BYTES or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise ImportInputError(
                _(
                    "{name} unpacks to far more data than a document holds (a zip bomb?); refused"
                ).format(name=name)
            )


def read_pdf(path: Path) -> tuple[str, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = path.name
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
        raise ImportInputError(
            _("{name} is a damaged PDF file ({error}); save it again").format(name=name, error=exc)
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
