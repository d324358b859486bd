"""The landing view's figures: what is overdue, what is due soon, counts by status and area, and
memoranda near the end of their validity.

Overdue and due soon follow kztracker.schedule, which honours partial dates ("2026" is not
overdue until 2026 is over). SQL narrows the candidates with a text comparison (ISO text order is
date order, and a partial date sorts before the days inside it); the rule then decides in Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Executable, String, func, select, type_coerce
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.models import FocusArea, Memorandum, Milestone, Person
from kztracker.schedule import DUE_SOON_DAYS, OPEN_STATUSES, is_due_soon, is_overdue
from kztracker.services.details import readable_choice

EXPIRING_DAYS = 90
# A memorandum still in force; one whose validity ends while it is in force needs attention.
IN_FORCE = ("signed", "active")


@dataclass(frozen=True)
class DueItem:
    kind: str
    id: int
    label: str
    date: str  # ISO, cut to the date's precision
    detail: str = ""


@dataclass(frozen=True)
class Dashboard:
    overdue: list[DueItem] = field(default_factory=list)
    due_soon: list[DueItem] = field(default_factory=list)
    memoranda_by_status: dict[str, int] = field(default_factory=dict)
    milestones_by_status: dict[str, int] = field(default_factory=dict)
    # Keyed by focus area name; "" counts milestones without one.
    milestones_by_focus_area: dict[str, int] = field(default_factory=dict)
    expiring: list[DueItem] = field(default_factory=list)


def _milestones_due(session: Session, today: dt.date) -> tuple[list[DueItem], list[DueItem]]:
    horizon = today + dt.timedelta(days=DUE_SOON_DAYS)
    statement = (
        select(
            Milestone.id,
            Milestone.title,
            # As stored text, parsed once per distinct value: a large database repeats dates.
            type_coerce(Milestone.due_on, String),
            Milestone.status,
            Memorandum.title,
            Person.name,
        )
        .outerjoin(Memorandum, Milestone.memorandum_id == Memorandum.id)
        .outerjoin(Person, Milestone.responsible_id == Person.id)
        .where(
            Milestone.status.in_(OPEN_STATUSES),
            Milestone.due_on.is_not(None),
            Milestone.due_on <= PartialDate(horizon.year, horizon.month, horizon.day),
        )
        .order_by(Milestone.due_on, Milestone.title, Milestone.id)
    )
    overdue: list[DueItem] = []
    due_soon: list[DueItem] = []
    parse = lru_cache(maxsize=4096)(PartialDate.parse)
    rows = session.connection().execute(statement)  # Core rows: no ORM bookkeeping per row
    for record_id, title, due_text, status, memorandum, person in rows:
        due = parse(due_text)
        detail = " · ".join(part for part in (memorandum, person) if part)
        item = DueItem("milestone", record_id, title, due_text, detail)
        if is_overdue(due, status, today):
            overdue.append(item)
        elif is_due_soon(due, status, today):
            due_soon.append(item)
    return overdue, due_soon


def _expiring(session: Session, today: dt.date) -> list[DueItem]:
    horizon = today + dt.timedelta(days=EXPIRING_DAYS)
    statement = (
        select(Memorandum.id, Memorandum.title, Memorandum.valid_until, Memorandum.status)
        .where(
            Memorandum.status.in_(IN_FORCE),
            Memorandum.valid_until.is_not(None),
            Memorandum.valid_until <= PartialDate(horizon.year, horizon.month, horizon.day),
        )
        .order_by(Memorandum.valid_until, Memorandum.title)
    )
    expiring: list[DueItem] = []
    for record_id, title, until, status in session.execute(statement):
        # Valid until "2026" means through the end of 2026.
        if until is not None and until.last_day() <= horizon:
            expiring.append(
                DueItem("memorandum", record_id, title, until.isoformat(), readable_choice(status))
            )
    return expiring


def _count_by(session: Session, statement: Executable) -> dict[str, int]:
    return {key or "": count for key, count in session.execute(statement)}


def dashboard(session: Session, today: dt.date) -> Dashboard:
    """Everything the dashboard shows, as of `today`."""
    overdue, due_soon = _milestones_due(session, today)
    count = func.count()
    return Dashboard(
        overdue=overdue,
        due_soon=due_soon,
        memoranda_by_status=_count_by(
            session, select(Memorandum.status, count).group_by(Memorandum.status)
        ),
        milestones_by_status=_count_by(
            session, select(Milestone.status, count).group_by(Milestone.status)
        ),
        milestones_by_focus_area=_count_by(
            session,
            select(FocusArea.name, count)
            .select_from(Milestone)
            .outerjoin(FocusArea, Milestone.focus_area_id == FocusArea.id)
            .group_by(FocusArea.name),
        ),
        expiring=_expiring(session, today),
    )
