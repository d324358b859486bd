"""A name inside a message is quoted the way the user's language quotes (kztracker.i18n.quoted):
«…» in Russian and Kazakh, '…' in English, the same marks whatever the name holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kztracker import i18n
from kztracker.cli import main
from kztracker.db import Database
from kztracker.services.records import create_record, validate_record


@pytest.fixture
def speaking() -> Iterator[None]:
    """Switch the core's language inside a test; English again afterwards, whatever happens."""
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "«Kazakh Invest»"), ("kk", "«Kazakh Invest»"), ("en", "'Kazakh Invest'")],
)
def test_a_name_is_quoted_the_way_its_language_quotes(
    language: str, expected: str, speaking: None
) -> None:
    i18n.set_language(language)
    assert i18n.quoted("Kazakh Invest") == expected


@pytest.mark.parametrize("name", ["Kazakhstan's Ministry", 'The "Silk Road" Fund', "C:\\data"])
def test_an_apostrophe_a_double_quote_or_a_backslash_is_shown_as_it_is(
    name: str, speaking: None
) -> None:
    assert i18n.quoted(name) == f"'{name}'"
    i18n.set_language("ru")
    assert i18n.quoted(name) == f"«{name}»"


def test_a_block_in_another_language_quotes_its_way_and_the_earlier_way_after(
    speaking: None,
) -> None:
    with i18n.in_language("kk"):
        assert i18n.quoted("Astana") == "«Astana»"
    assert i18n.quoted("Astana") == "'Astana'"


def _name_taken(db: Database, name: str) -> str:
    with db.session() as session:
        create_record(session, "organization", {"name": name, "kind": "company"})
        session.commit()
    with db.session() as session:
        errors = validate_record(session, "organization", {"name": name, "kind": "company"})
    return {error.field: error.message for error in errors}["name"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "партнёр с таким наименованием уже существует: «Kazakhstan's Ministry»"),
        ("kk", "осындай атаулы серіктес бұрыннан бар: «Kazakhstan's Ministry»"),
        ("en", "a partner with this name already exists: 'Kazakhstan's Ministry'"),
    ],
)
def test_a_taken_name_with_an_apostrophe_is_quoted_like_any_other(
    seeded_db: Database, language: str, expected: str, speaking: None
) -> None:
    i18n.set_language(language)
    assert _name_taken(seeded_db, "Kazakhstan's Ministry") == expected


def test_a_date_that_is_not_one_is_quoted_in_kazakh(seeded_db: Database, speaking: None) -> None:
    i18n.set_language("kk")
    with seeded_db.session() as session:
        errors = validate_record(session, "milestone", {"title": "X", "due_on": "көктемде"})
    message = {error.field: error.message for error in errors}["due_on"]
    assert "«көктемде» күн емес" in message


def test_the_command_line_quotes_an_unknown_kind_in_russian(
    seeded_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KZTRACKER_LANGUAGE", "ru")
    try:
        assert main(["--db", seeded_db.url, "history", "--kind", "wizards"]) == 1
    finally:
        i18n.set_language("en")
    assert capsys.readouterr().err.startswith(
        "kztracker: неизвестный вид записи «wizards»; допустимые значения: "
    )


def test_a_sheet_import_quotes_the_sheet_and_the_cell_in_russian(
    seeded_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sheet = tmp_path / "plan.csv"
    sheet.write_text("Title,Due,Status\nA,2026-01-01,not known\n", encoding="utf-8")
    monkeypatch.setenv("KZTRACKER_LANGUAGE", "ru")
    try:
        assert main(["--db", seeded_db.url, "import-sheet", str(sheet), "--dry-run"]) == 0
    finally:
        i18n.set_language("en")
    out, err = capsys.readouterr()
    assert "«plan»" in out and "'plan'" not in out
    assert "(Status) «not known»: " in err
