"""What the window's filter boxes offer: every memorandum, partner, focus area and person.

(id, label) pairs sorted by the stored name key, so a box over thousands fills at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kztracker.services.browse import Reader


@dataclass(frozen=True)
class Choices:
    """What the filter boxes offer: (id, label) pairs sorted by label."""

    memoranda: list[tuple[int, str]]
    partners: list[tuple[int, str]]
    focus_areas: list[tuple[int, str]]
    people: list[tuple[int, str]]


def filter_choices(session: Reader) -> Choices:
    # Read on a worker; the filter bar imports Choices while the window is built, before
    # SQLAlchemy loads (issue 18).
    from sqlalchemy import select

    from kztracker.services.browse import (
        FOCUS_AREA,
        MEMORANDUM,
        ORGANIZATION,
        PERSON,
        connection_of,
    )

    def pairs(id_column: Any, name_column: Any, key_column: Any) -> list[tuple[int, str]]:
        statement = select(id_column, name_column).order_by(key_column)
        return [(id_, name) for id_, name in connection_of(session).execute(statement)]

    return Choices(
        memoranda=pairs(MEMORANDUM.c.id, MEMORANDUM.c.title, MEMORANDUM.c.title_key),
        partners=pairs(ORGANIZATION.c.id, ORGANIZATION.c.name, ORGANIZATION.c.name_key),
        focus_areas=pairs(FOCUS_AREA.c.id, FOCUS_AREA.c.name, FOCUS_AREA.c.name_key),
        people=pairs(PERSON.c.id, PERSON.c.name, PERSON.c.name_key),
    )
