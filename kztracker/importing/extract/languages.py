"""The one interface every language's rules implement, and the registry that picks them."""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract.gazetteer import KnownNames
from kztracker.importing.extract.language_files import language_file


class LanguageRules(Protocol):
    """Extraction rules for one language: everything language-specific sits behind this.

    `extract` keeps a `document.published_on` that is already set (the file's metadata, or a
    date the user gave in the review) and resolves relative dates against it.
    """

    code: str  # ISO 639-1
    name: str

    def extract(self, document: Document, known: KnownNames) -> Draft: ...

    def field_form(self, phrase: str) -> str:
        """A field as a list writes it («минеральных ресурсов») in its dictionary form, for the
        focus-area stage every language shares."""
        ...


# Each language's rules are imported on first use: the Russian ones load a model.
_RULES = {
    "en": "kztracker.importing.extract.english.rules:EnglishRules",
    "ru": "kztracker.importing.extract.russian.rules:RussianRules",
    "kk": "kztracker.importing.extract.kazakh.rules:KazakhRules",
}


def supported_languages() -> tuple[str, ...]:
    return tuple(_RULES)


def rules_for(code: str | None) -> LanguageRules | None:
    target = _RULES.get(code or "")
    if target is None:
        return None
    module_name, class_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):  # that language is not built yet
            return None
        raise
    rules: LanguageRules = getattr(module, class_name)()
    return rules


def language_data(code: str, name: str) -> dict[str, Any] | None:
    """`<language>/data/<name>.json` beside that language's rules, parsed; None when the language
    or the file is not there. For the stages every language shares (validity, countries)."""
    target = _RULES.get(code)
    if target is None:
        return None
    package = target.split(":")[0].rpartition(".")[0]
    try:
        return language_file(package.rpartition(".")[2], name)
    except FileNotFoundError:
        return None
