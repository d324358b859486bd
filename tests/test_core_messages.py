"""The core's own messages (kztracker.i18n): every one translated, none left out of the catalogs.

The window's texts are checked by tests/ui/test_i18n.py against the .ts files; these are the
sentences the core writes (validation problems, refusals, what a command did), which the window
and the command line show as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from kztracker import i18n

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
