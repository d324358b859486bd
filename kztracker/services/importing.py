"""Importing announcements: the functions the window and the command line both call.

`prepare_*` reads, extracts and matches in a read-only session and hands back a Draft for
review; `apply` writes the reviewed draft in the caller's transaction. Neither commits.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from kztracker.importing.apply import apply_draft
from kztracker.importing.draft import Document, Draft
from kztracker.importing.match import MatchThresholds, match_draft
from kztracker.importing.outcome import (
    DuplicateImportError,
    EarlierImport,
    ImportResult,
    find_earlier_import,
)

__all__ = [
    "DuplicateImportError",
    "EarlierImport",
    "ImportResult",
    "apply",
    "earlier_import",
    "link_choices",
    "prepare_document",
    "prepare_file",
    "prepare_text",
]


def prepare_document(
    session: Session, document: Document, thresholds: MatchThresholds | None = None
) -> Draft:
    """Extract a draft (the database's names as a gazetteer) from a read document, and match it."""
    from kztracker.importing.extract import extract
    from kztracker.importing.extract.gazetteer import known_names_from_session

    draft = extract(document, known_names_from_session(session))
    match_draft(session, draft, thresholds)
    return draft


def prepare_file(session: Session, path: str | Path) -> Draft:
    """Read, extract and match one file. Raises ImportInputError for unusable input."""
    from kztracker.importing.read import read_file

    return prepare_document(session, read_file(path))


def prepare_text(session: Session, text: str) -> Draft:
    """Read, extract and match pasted text."""
    from kztracker.importing.read import read_text

    return prepare_document(session, read_text(text))


def earlier_import(session: Session, draft: Draft) -> EarlierImport | None:
    """The earlier import of the same text, so a face can offer it before any review."""
    return find_earlier_import(session, draft.document.text)


def apply(session: Session, draft: Draft) -> ImportResult:
    """Write the reviewed draft; the caller's transaction commits or rolls back all of it."""
    return apply_draft(session, draft)


def link_choices(session: Session) -> dict[str, list[tuple[int, str]]]:
    """Every record an item may be linked to, by kind, as (id, name) sorted by name."""
    from sqlalchemy import select

    from kztracker.models import FocusArea, Memorandum, Milestone, Organization, Person

    columns = {
        "organization": (Organization.id, Organization.name, Organization.name_key),
        "person": (Person.id, Person.name, Person.name_key),
        "focus_area": (FocusArea.id, FocusArea.name, FocusArea.name_key),
        "memorandum": (Memorandum.id, Memorandum.title, Memorandum.title_key),
        "milestone": (Milestone.id, Milestone.title, Milestone.title),
    }
    return {
        kind: [(id_, name) for id_, name in session.execute(select(id_col, name_col).order_by(key))]
        for kind, (id_col, name_col, key) in columns.items()
    }
