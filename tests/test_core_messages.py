"""The core's own messages (kztracker.i18n): every one translated, none left out of the catalogs.

The window's texts are checked by tests/ui/test_i18n.py against the .ts files; these are the
sentences the core writes (validation problems, refusals, what a command did), which the window
and the command line show as they are.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kztracker import i18n
from kztracker.cli import main
from kztracker.db import Database
from kztracker.errors import FieldError, ValidationFailed
from kztracker.importing.errors import ImportInputError
from kztracker.importing.read import read_text
from kztracker.services.records import validate_record

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "kztracker"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def catalog(language: str) -> Catalog:
    path = CORE / "locale" / language / "LC_MESSAGES" / "kztracker.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def messages_in_sources() -> set[str]:
    found = set()
    for _filename, _line, message, _comments, _context in extract_from_dir(str(CORE)):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _as_tuple(value: object) -> tuple[object, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (value,)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_core_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for message in catalog(language):
        if not message.id:
            continue
        sources = [str(text) for text in _as_tuple(message.id)]
        translations = [str(text or "") for text in _as_tuple(message.string)]
        if message.fuzzy or not all(translations):
            problems.append(f"untranslated: {sources[0]!r}")
            continue
        wanted = set(PLACEHOLDER.findall(sources[-1])) | set(PLACEHOLDER.findall(sources[0]))
        for translation in translations:
            # A plural form may leave the number out ("one partner"); nothing else may go.
            missing = wanted - set(PLACEHOLDER.findall(translation)) - {"{count}"}
            extra = set(PLACEHOLDER.findall(translation)) - wanted
            if missing or extra:
                problems.append(f"{sources[0]!r}: {translation!r} misses {missing} adds {extra}")
    assert problems == []


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_catalogs_hold_exactly_the_messages_of_the_sources(language: str) -> None:
    """A new `_()` message fails here until `make translations-update` adds it (and a
    translator translates it); one removed from the code must leave the catalog too."""
    in_catalog = {
        message.id[0] if isinstance(message.id, tuple) else message.id
        for message in catalog(language)
        if message.id
    }
    assert sorted(messages_in_sources() - in_catalog) == []
    assert sorted(in_catalog - messages_in_sources()) == []


def test_the_language_follows_the_environment_and_falls_back_to_english() -> None:
    assert i18n.system_language({"KZTRACKER_LANGUAGE": "ru", "LANG": "en_GB.UTF-8"}) == "ru"
    assert i18n.system_language({"LANGUAGE": "kk:ru", "LANG": "en_US.UTF-8"}) == "kk"
    assert i18n.system_language({"LANG": "ru_KZ.UTF-8"}) == "ru"
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.system_language({"KZTRACKER_LANGUAGE": "xx"}) == "en"
    assert i18n.system_language({}) == "en"


@pytest.mark.parametrize(("language", "expected"), [("ru", "прервано"), ("kk", "үзілді")])
def test_a_core_message_reads_in_the_chosen_language(language: str, expected: str) -> None:
    try:
        i18n.set_language(language)
        assert i18n._("interrupted") == expected
    finally:
        i18n.set_language("en")
    assert i18n._("interrupted") == "interrupted"


@pytest.fixture
def speaking() -> Iterator[None]:
    """Switch the core's language inside a test; English again afterwards, whatever happens."""
    yield
    i18n.set_language("en")


def test_a_missing_title_is_reported_in_russian_naming_the_field(
    seeded_db: Database, speaking: None
) -> None:
    i18n.set_language("ru")
    with seeded_db.session() as session:
        errors = validate_record(session, "memorandum", {"title": "  "})
    assert [error.field for error in errors] == ["title"]
    assert errors[0].message == "поле «Название» обязательно для заполнения"


def test_a_missing_name_is_reported_in_kazakh(seeded_db: Database, speaking: None) -> None:
    i18n.set_language("kk")
    with seeded_db.session() as session:
        errors = validate_record(session, "organization", {"name": ""})
    assert {error.field: error.message for error in errors} == {
        "name": "«Атауы» өрісін толтыру міндетті"
    }


def test_the_command_line_refuses_a_missing_database_in_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KZTRACKER_LANGUAGE", "ru")
    missing = tmp_path / "absent.sqlite3"
    try:
        assert main(["--db", str(missing), "backup"]) == 1
    finally:
        i18n.set_language("en")
    error = capsys.readouterr().err
    assert (
        error
        == f"kztracker: база данных {missing} не найдена; сначала выполните `kztracker init`\n"
    )


def test_the_command_line_refuses_a_foreign_file_in_kazakh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KZTRACKER_LANGUAGE", "kk")
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("not a database", encoding="utf-8")
    try:
        assert main(["--db", str(foreign), "backup"]) == 1
    finally:
        i18n.set_language("en")
    assert "kztracker дерекқоры емес (SQLite файлы емес)" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 партнёр"), (3, "3 партнёра"), (5, "5 партнёров"), (21, "21 партнёр")],
)
def test_a_count_takes_the_russian_form_for_its_number(
    count: int, expected: str, speaking: None
) -> None:
    i18n.set_language("ru")
    assert (
        i18n.ngettext("{count} partner", "{count} partners", count).format(count=count) == expected
    )


def test_a_kazakh_count_keeps_the_noun_singular(speaking: None) -> None:
    i18n.set_language("kk")
    forms = {
        i18n.ngettext("{count} milestone", "{count} milestones", n).format(count=n) for n in (1, 5)
    }
    assert forms == {"1 кезең", "5 кезең"}


def test_the_not_saved_summary_counts_the_further_problems_in_russian(speaking: None) -> None:
    i18n.set_language("ru")
    errors = [FieldError(f"field{n}", f"проблема {n}") for n in range(7)]
    assert str(ValidationFailed(errors)) == (
        "не сохранено: проблема 0; проблема 1 (и ещё 5 замечаний)"
    )


def test_an_import_refusal_reads_in_the_chosen_language(speaking: None) -> None:
    i18n.set_language("ru")
    with pytest.raises(ImportInputError, match="вставленный текст пуст"):
        read_text("   ")
    i18n.set_language("en")
    with pytest.raises(ImportInputError, match="the pasted text is empty"):
        read_text("   ")


# Every refusal the user reads is raised with a translated message: an English literal (or an
# f-string) passed straight to one of these exceptions fails here.
def _user_errors() -> set[str]:
    """Names of the exception classes whose message a user reads (KztrackerError's family)."""
    names = {"KztrackerError"}
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in CORE.rglob("*.py")]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(base, "id", getattr(base, "attr", "")) for base in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _english_raises() -> Iterator[str]:
    errors = _user_errors()
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            called = node.exc.func
            name = getattr(called, "id", getattr(called, "attr", ""))
            if name not in errors or not node.exc.args:
                continue
            first = node.exc.args[0]
            if isinstance(first, ast.JoinedStr) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}"


def test_no_user_error_is_raised_with_an_untranslated_sentence() -> None:
    assert list(_english_raises()) == []
