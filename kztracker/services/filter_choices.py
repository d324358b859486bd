"""What the window's filter boxes offer: every memorandum, partner, focus area and person.

(id, label) pairs sorted by the stored name key, so a box over thousands fills at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.models import FocusArea, Memorandum, Organization, Person


@dataclass(frozen=True)
class Choices:
    """What the filter boxes offer: (id, label) pairs sorted by label."""

    memoranda: list[tuple[int, str]]
    partners: list[tuple[int, str]]
    focus_areas: list[tuple[int, str]]
    people: list[tuple[int, str]]


def filter_choices(session: Session) -> Choices:
    def pairs(id_column: Any, name_column: Any, key_column: Any) -> list[tuple[int, str]]:
        statement = select(id_column, name_column).order_by(key_column)
        return [(id_, name) for id_, name in session.connection().execute(statement)]

    return Choices(
        memoranda=pairs(Memorandum.id, Memorandum.title, Memorandum.title_key),
        partners=pairs(Organization.id, Organization.name, Organization.name_key),
        focus_areas=pairs(FocusArea.id, FocusArea.name, FocusArea.name_key),
        people=pairs(Person.id, Person.name, Person.name_key),
    )
