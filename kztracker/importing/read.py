"""Reading an announcement into a `Document`: plain text in any common encoding, HTML, DOCX, PDF.

Every refusal is an `ImportInputError` whose message names the file and what to do; nothing
is written while reading.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from kztracker.errors import os_error_message, shown
from kztracker.i18n import N_, _
from kztracker.importing.draft import Document
from kztracker.importing.errors import ImportInputError
from kztracker.importing.language import detect_language

MAX_FILE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED = N_(".txt, .html, .htm, .docx or .pdf")

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BINARY_CATEGORIES = frozenset({"Cc", "Co", "Cs", "Cn"})
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+\n")


def read_file(path: str | Path) -> Document:
    """Read one announcement file; the format is chosen by its extension."""
    path = Path(path)
    name = shown(path.name)
    size = filled_file_size(
        path, _("{name} is a folder; choose the announcement files inside it").format(name=name)
    )
    if size > MAX_FILE_BYTES:
        raise ImportInputError(
            _(
                "{name} is {size} MB; announcements over {limit} MB are refused "
                "(save just the article's text)"
            ).format(name=name, size=f"{size / 2**20:.0f}", limit=MAX_FILE_BYTES // 2**20)
        )
    suffix = path.suffix.casefold()
    if suffix in TEXT_SUFFIXES:
        data = _read_bytes(path)
        from kztracker.importing.read_html import date_in_address

        # A saved file's name often carries the page's date ("2025-03-12_news.txt").
        day = date_in_address(path.name)
        return _document(decode_text(data, name), str(path), "txt", published_on=day)
    if suffix in HTML_SUFFIXES:
        from kztracker.importing.read_html import read_html

        html = decode_text(_read_bytes(path), name, allow_markup=True)
        article = read_html(html, name)
        return _document(
            article.text,
            str(path),
            "html",
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published_on=article.published_on,
        )
    if suffix == ".docx":
        from kztracker.importing.read_office import read_docx

        text, title = read_docx(path)
        return _document(text, str(path), "docx", title=title)
    if suffix == ".pdf":
        from kztracker.importing.read_office import read_pdf

        text, title = read_pdf(path)
        return _document(text, str(path), "pdf", title=title)
    if suffix == ".doc":
        raise ImportInputError(
            _("{name} is an old Word .doc file; save it as .docx and import that").format(name=name)
        )
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".csv"):
        raise ImportInputError(
            _(
                "{name}: unsupported file type {suffix} for an announcement (use {supported}); "
                "import a spreadsheet with kztracker import-sheet or File > Import spreadsheet"
            ).format(name=name, suffix=suffix, supported=_(SUPPORTED))
        )
    raise ImportInputError(
        _("{name}: unsupported file type {suffix}; use {supported}").format(
            name=name, suffix=suffix or _("(none)"), supported=_(SUPPORTED)
        )
    )


def filled_file_size(path: Path, folder: str) -> int:
    """The size of a file there is something in; `folder` is the message for a folder."""
    try:
        if path.is_dir():
            raise ImportInputError(folder)
        if path.exists() and not path.is_file():
            raise ImportInputError(
                _(
                    "{name} is not a file but a pipe or a device; save what it holds to a file "
                    "and import that"
                ).format(name=shown(path))
            )
        if not path.is_file():
            raise ImportInputError(_("{name}: no such file").format(name=shown(path)))
        size = path.stat().st_size
        # Opened once here, so a file this account may not read is called that by every
        # reader, not a damaged DOCX, PDF or spreadsheet by the library that met it first.
        with path.open("rb"):
            pass
    except OSError as exc:  # a name too long, a folder that may not be entered, no permission
        raise ImportInputError(os_error_message(exc, reading=True)) from exc
    if size == 0:
        name = shown(path.name)
        raise ImportInputError(_("{name} is empty; there is nothing to import").format(name=name))
    return size


def read_text(text: str, origin: str = "pasted text") -> Document:
    """A document from text the user pasted."""
    if not text.strip():
        raise ImportInputError(_("the pasted text is empty; there is nothing to import"))
    return _document(text, origin, "pasted")


def decode_text(data: bytes, name: str, allow_markup: bool = False) -> str:
    """Bytes to text: a byte-order mark, then strict UTF-8, then detection; binary is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_textual(data[len(bom) :].decode(encoding, errors="replace"), name)
    unmarked = _utf16_without_bom(data)
    if unmarked:
        return _check_textual(data.decode(unmarked, errors="replace"), name)
    try:
        return _check_textual(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise ImportInputError(_not_text(name))
    return _check_textual(str(best), name)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: Latin or Cyrillic text puts a zero or a 0x04 in
    every other byte, which no 8-bit encoding and no binary format does so regularly."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if sum(b in (0, 4) for b in high) >= len(high) * 0.9 and b"\x00" in high:
            return encoding
    return None


def _check_textual(text: str, name: str) -> str:
    controls = sum(
        1 for c in text if unicodedata.category(c) in _BINARY_CATEGORIES and c not in "\t\n\r\f"
    )
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ImportInputError(_not_text(name))
    return text


def _not_text(name: str) -> str:
    return _(
        "{name} does not look like text (binary data?); open it in its program "
        "and save it as text, HTML, DOCX or PDF"
    ).format(name=name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportInputError(
            _("{name} cannot be read: {error}").format(name=shown(path.name), error=exc.strerror)
        ) from exc


def tidy_text(text: str) -> str:
    """One newline convention, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _document(text: str, origin: str, fmt: str, **meta: object) -> Document:
    text = tidy_text(text)
    if not text:
        where = _("the pasted text") if fmt == "pasted" else Path(origin).name
        raise ImportInputError(
            _("{where} has no readable text; there is nothing to import").format(where=where)
        )
    document = Document(text=text, origin=origin, format=fmt, **meta)  # type: ignore[arg-type]
    document.language = detect_language(text)
    return document
