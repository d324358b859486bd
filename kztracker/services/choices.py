"""The records a form can link to, with every name they are known by, for pickers and completers.

One query per kind, sorted by label, so a picker over a few thousand partners fills at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.models import (
    FocusArea,
    Memorandum,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
)


@dataclass(frozen=True)
class Choice:
    """One record a user can pick: its id, its display label and its other names."""

    id: int
    label: str
    aliases: tuple[str, ...] = ()


def _aliases(session: Session, owner: Any, column: Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for owner_id, alias in session.execute(select(owner, column).order_by(column)):
        found[owner_id].append(alias)
    return found


def record_choices(session: Session, kind: str) -> list[Choice]:
    """Every record of `kind` ("organization", "person", "focus_area", "memorandum")."""
    if kind == "organization":
        aliases = _aliases(session, OrganizationAlias.organization_id, OrganizationAlias.alias)
        rows = session.execute(
            select(Organization.id, Organization.name, Organization.short_name).order_by(
                Organization.name
            )
        )
        return [
            Choice(i, name, tuple(([short] if short else []) + aliases.get(i, [])))
            for i, name, short in rows
        ]
    if kind == "person":
        aliases = _aliases(session, PersonAlias.person_id, PersonAlias.alias)
        people = session.execute(select(Person.id, Person.name).order_by(Person.name))
        return [Choice(i, name, tuple(aliases.get(i, []))) for i, name in people]
    if kind == "focus_area":
        areas = session.execute(select(FocusArea.id, FocusArea.name).order_by(FocusArea.name))
        return [Choice(i, name) for i, name in areas]
    if kind == "memorandum":
        memoranda = session.execute(
            select(Memorandum.id, Memorandum.title).order_by(Memorandum.title)
        )
        return [Choice(i, title) for i, title in memoranda]
    raise ValueError(f"no choices for record kind {kind!r}")


def choices_for(session: Session, kinds: Iterable[str]) -> dict[str, list[Choice]]:
    return {kind: record_choices(session, kind) for kind in dict.fromkeys(kinds)}
