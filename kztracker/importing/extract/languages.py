"""The one interface every language's rules implement, and the registry that picks them."""

from __future__ import annotations

from typing import Protocol

from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract.gazetteer import KnownNames


class LanguageRules(Protocol):
    """Extraction rules for one language: everything language-specific sits behind this."""

    code: str  # ISO 639-1
    name: str

    def extract(self, document: Document, known: KnownNames) -> Draft: ...


def rules_for(code: str | None) -> LanguageRules | None:
    if code == "en":
        from kztracker.importing.extract.english.rules import EnglishRules

        return EnglishRules()
    return None
