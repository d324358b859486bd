"""Extraction: a `Draft` of the records an announcement describes, by rules and gazetteers.

Rules are per language behind `LanguageRules` (English, Russian, Kazakh); the database's own
names (`KnownNames`) are one gazetteer among the rules' word lists. Nothing is downloaded: the
Russian model ships inside its package.
"""

from __future__ import annotations

from kztracker.i18n import _
from kztracker.importing.draft import Document, Draft
from kztracker.importing.errors import ImportInputError
from kztracker.importing.extract.countries import name_countries
from kztracker.importing.extract.distinct_titles import tell_titles_apart
from kztracker.importing.extract.focus_fields import complete_focus_areas
from kztracker.importing.extract.gazetteer import KnownNames, known_names_from_session
from kztracker.importing.extract.languages import rules_for
from kztracker.importing.extract.latin_kazakh import written_in_latin_kazakh
from kztracker.importing.extract.validity import complete_validity
from kztracker.importing.language import detect_language

__all__ = ["KnownNames", "extract", "known_names_from_session"]


def extract(document: Document, known_names: KnownNames | None = None) -> Draft:
    """Propose the organizations, people, memoranda, focus areas and milestones in `document`."""
    language = document.language or detect_language(document.text)
    rules = rules_for(language)
    if rules is None:
        raise ImportInputError(_refusal(document))
    document.language = language
    draft = rules.extract(document, known_names or KnownNames())
    complete_validity(draft)
    complete_focus_areas(draft, rules.field_form)
    name_countries(draft)
    tell_titles_apart(draft)
    return draft


def _refusal(document: Document) -> str:
    if written_in_latin_kazakh(document.text):
        return _(
            "{where} is Kazakh written in the Latin alphabet; kztracker reads Kazakh in "
            "Cyrillic: import the Cyrillic version of the announcement if its site has one"
        ).format(where=_where(document))
    return _(
        "{where} is not in English, Russian or Kazakh; "
        "only announcements in these languages can be imported"
    ).format(where=_where(document))


def _where(document: Document) -> str:
    from pathlib import Path

    return _("the pasted text") if document.format == "pasted" else Path(document.origin).name
