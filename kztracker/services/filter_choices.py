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


def choice_statements() -> dict[str, Any]:
    """The select of each box's (id, label) pairs, by the Choices field it fills: sorted by the
    stored name key. kztracker.first_read runs the same statements, compiled to SQLite's SQL
    ahead of time (kztracker/first_read_sql.py)."""
    # Read on a worker; the filter bar imports Choices while the window is built, before
    # SQLAlchemy loads (issue 18).
    from sqlalchemy import select

    from kztracker.services.browse import FOCUS_AREA, MEMORANDUM, ORGANIZATION, PERSON

    def pairs(id_column: Any, name_column: Any, key_column: Any) -> Any:
        return select(id_column, name_column).order_by(key_column)

    return {
        "memoranda": pairs(MEMORANDUM.c.id, MEMORANDUM.c.title, MEMORANDUM.c.title_key),
        "partners": pairs(ORGANIZATION.c.id, ORGANIZATION.c.name, ORGANIZATION.c.name_key),
        "focus_areas": pairs(FOCUS_AREA.c.id, FOCUS_AREA.c.name, FOCUS_AREA.c.name_key),
        "people": pairs(PERSON.c.id, PERSON.c.name, PERSON.c.name_key),
    }


def filter_choices(session: Reader) -> Choices:
    from kztracker.services.browse import connection_of

    connection = connection_of(session)
    return Choices(
        **{
            field: [(id_, name) for id_, name in connection.execute(statement)]
            for field, statement in choice_statements().items()
        }
    )
