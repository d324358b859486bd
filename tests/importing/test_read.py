"""Reading announcements: encodings, HTML main text, DOCX, PDF, pasted text, and bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kztracker.dates import PartialDate
from kztracker.errors import KztrackerError
from kztracker.importing.errors import ImportInputError
from kztracker.importing.read import read_file, read_text

FORMATS = Path(__file__).parent.parent / "announcements" / "formats"
RUSSIAN = 'Министерство здравоохранения подписало меморандум с университетом "Астана".'
ENGLISH = "The Ministry of Health signed a memorandum with the University of Tartu — “today”."


def test_import_input_error_is_a_user_error() -> None:
    assert issubclass(ImportInputError, KztrackerError)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r"]
)
def test_cyrillic_text_is_decoded_in_any_common_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(((RUSSIAN + "\n") * 3).encode(encoding))
    document = read_file(path)
    assert document.text.splitlines()[0] == RUSSIAN
    assert document.format == "txt"
    assert document.language == "ru"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_english_text_keeps_its_typographic_marks(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(ENGLISH.encode(encoding))
    document = read_file(path)
    assert document.text == ENGLISH
    assert document.language == "en"


def test_windows_line_endings_and_blank_runs_are_tidied(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"Title\r\n\r\n\r\n\r\nThe   Ministry signed it.  \r\n")
    assert read_file(path).text == "Title\n\nThe Ministry signed it."


def test_html_keeps_the_article_and_drops_the_site() -> None:
    document = read_file(FORMATS / "ann03_kaznu_kaist.html")
    assert document.format == "html"
    assert "Korea Advanced Institute of Science and Technology" in document.text
    assert document.title == "Al-Farabi University and KAIST to open joint AI master's programme"
    assert document.outlet == "Steppe Science News"
    assert document.published_on == PartialDate(2025, 9, 2)
    for furniture in ("Evil Corp", "Samsung", "cookies", "Privacy policy", "Subscribe", "Home"):
        assert furniture not in document.text


def test_html_scripts_are_dropped_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><script>require('fs').writeFileSync('" + str(marker) + "', 'x')</script>"
        "</head><body><article><h1>Ministry signs memorandum</h1><p>The Ministry of Energy "
        "signed a memorandum with Siemens Energy on 3 March 2025 in Astana, the ministry said "
        "in a statement on its website.</p><script>alert('Evil Corp')</script></article>"
        "</body></html>",
        "utf-8",
    )
    document = read_file(page)
    assert "Siemens Energy" in document.text
    assert "Evil Corp" not in document.text and "require" not in document.text
    assert not marker.exists()


def test_docx_paragraphs_and_title_are_read() -> None:
    document = read_file(FORMATS / "ann01_health_tartu.docx")
    assert document.format == "docx"
    assert document.title.startswith("Ministry of Health and University of Tartu")
    assert "Toomas Asser, Rector of the University of Tartu" in document.text


def test_pdf_text_layer_is_read_with_wrapped_lines_joined() -> None:
    document = read_file(FORMATS / "ann10_british_council.pdf")
    assert document.format == "pdf"
    assert "signed in London on 25 March 2025" in document.text


def test_pasted_text_is_a_document() -> None:
    document = read_text("  The Ministry of Health signed a memorandum.  ")
    assert document.origin == "pasted text"
    assert document.format == "pasted"
    assert document.text == "The Ministry of Health signed a memorandum."


# Bad input ---------------------------------------------------------------------------------


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(ImportInputError) as caught:
        read_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert path.name in message
    for word in words:
        assert word in message
    return message


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", ["empty"]),
        ("blank.txt", b"  \n\n \t\n", ["no readable text"]),
        ("photo.txt", bytes(range(256)) * 64, ["does not look like text"]),
        ("table.xlsx", b"PK\x03\x04 not really", ["unsupported", ".docx"]),
        ("broken.docx", b"this was never a word document", ["DOCX"]),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nx", ["PDF"]),
    ],
)
def test_unusable_file_is_refused(
    tmp_path: Path, name: str, content: bytes, words: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    _refused(path, *words)


def test_empty_paste_is_refused() -> None:
    with pytest.raises(ImportInputError, match="empty"):
        read_text(" \n ")


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    _refused(path, "50 MB", "20 MB")


def test_missing_file_or_folder_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path / "gone.txt", "no such file")
    (tmp_path / "news").mkdir()
    _refused(tmp_path / "news", "folder")


def test_docx_without_word_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hollow.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "just a zip")
    _refused(path, "DOCX")


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))
    _refused(path, "zip bomb")


def test_pdf_without_text_layer_says_to_run_ocr(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 80, style="F")  # a "scanned" page: marks, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _refused(path, "no text layer", "OCR")
