"""A saved page's publication date: from its meta tags, its JSON-LD, its address, or the date in
a saved file's name."""

from __future__ import annotations

from pathlib import Path

from kztracker.dates import PartialDate
from kztracker.importing.read import read_file
from kztracker.importing.read_html import date_in_address

_BODY = (
    "<article><h1>University signs memorandum</h1><p>The University of Tartu and Nazarbayev "
    "University signed a memorandum of understanding in Astana, the rector said at the "
    "ceremony held in the main hall.</p><p>Both sides named the fields of work they will "
    "share over the next five years, starting with medicine.</p></article>"
)


def _page(tmp_path: Path, head: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>News</title>{head}</head><body>{_BODY}</body></html>")
    return page


def test_json_ld_gives_the_date_where_meta_tags_are_silent(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-03-12T10:00:00+05:00"}</script>'
    )
    assert read_file(_page(tmp_path, head)).published_on == PartialDate(2025, 3, 12)


def test_the_address_gives_the_date_when_the_markup_has_none(tmp_path: Path) -> None:
    head = '<meta property="og:url" content="https://news.example.kz/2024/11/02/mou-signed">'
    assert read_file(_page(tmp_path, head)).published_on == PartialDate(2024, 11, 2)


def test_a_page_without_any_date_has_none(tmp_path: Path) -> None:
    assert read_file(_page(tmp_path, "")).published_on is None


def test_a_date_in_a_saved_file_name(tmp_path: Path) -> None:
    saved = tmp_path / "2025-03-12_memorandum.txt"
    saved.write_text("A memorandum\n\nThe two universities signed a memorandum.")
    assert read_file(saved).published_on == PartialDate(2025, 3, 12)
    assert date_in_address("https://x.kz/news/20240705-visit") == PartialDate(2024, 7, 5)
    assert date_in_address("https://x.kz/news/123456789") is None
    assert date_in_address("report-2025-13-40.txt") is None
