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
    # The normalized keys of the label and aliases as stored, so a picker matches typed text
    # the way the core does without normalizing thousands of names itself.
    keys: tuple[str, ...] = ()


def _aliases(session: Session, model: Any, owner: Any) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    rows = session.execute(select(owner, model.alias, model.alias_key).order_by(model.alias))
    for owner_id, alias, key in rows:
        found[owner_id].append((alias, key))
    return found


def _choice(record_id: int, label: str, key: str, aliases: list[tuple[str, str]]) -> Choice:
    return Choice(
        record_id,
        label,
        tuple(alias for alias, _ in aliases),
        (key, *(alias_key for _, alias_key in aliases if alias_key)),
    )


def record_choices(session: Session, kind: str) -> list[Choice]:
    """Every record of `kind` ("organization", "person", "focus_area", "memorandum")."""
    if kind == "organization":
        aliases = _aliases(session, OrganizationAlias, OrganizationAlias.organization_id)
        rows = session.execute(
            select(
                Organization.id, Organization.name, Organization.name_key, Organization.short_name
            ).order_by(Organization.name)
        )
        return [
            # A short name ("MSHE") is offered like an alias.
            _choice(i, name, key, ([(short, "")] if short else []) + aliases.get(i, []))
            for i, name, key, short in rows
        ]
    if kind == "person":
        aliases = _aliases(session, PersonAlias, PersonAlias.person_id)
        people = session.execute(
            select(Person.id, Person.name, Person.name_key).order_by(Person.name)
        )
        return [_choice(i, name, key, aliases.get(i, [])) for i, name, key in people]
    if kind == "focus_area":
        areas = session.execute(
            select(FocusArea.id, FocusArea.name, FocusArea.name_key).order_by(FocusArea.name)
        )
        return [_choice(i, name, key, []) for i, name, key in areas]
    if kind == "memorandum":
        memoranda = session.execute(
            select(Memorandum.id, Memorandum.title, Memorandum.title_key).order_by(Memorandum.title)
        )
        return [_choice(i, title, key, []) for i, title, key in memoranda]
    raise ValueError(f"no choices for record kind {kind!r}")


def choices_for(session: Session, kinds: Iterable[str]) -> dict[str, list[Choice]]:
    return {kind: record_choices(session, kind) for kind in dict.fromkeys(kinds)}
