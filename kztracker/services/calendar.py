"""Milestones as an iCalendar file (RFC 5545) that Outlook, Google Calendar or Thunderbird import
or subscribe to.

A milestone is an all-day event on the day it is due. A date known only to the month or the
year is a deadline: the event sits on the last day it can mean ("2026" is due by 31 December)
and its summary and description say so, so nobody reads it as a meeting on that day. Each event's
UID is the milestone's id, so importing a newer file updates the events instead of adding a
second copy; SEQUENCE follows the record's version so a calendar knows which copy is newer.
Milestones without a due date have no day to stand on and are left out (counted in the result).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kztracker.atomic_file import check_target, replace_atomically
from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.exporting.scope import find_memorandum_id
from kztracker.i18n import _, ngettext, quoted
from kztracker.models import (
    Memorandum,
    MemorandumParty,
    Milestone,
    MilestoneOrganization,
    Person,
    PersonAlias,
)
from kztracker.normalize import name_key
from kztracker.vocabulary import status_label

# The UID's right-hand side: fixed, so the same milestone keeps its UID across exports, copies
# of the database and machines.
UID_DOMAIN = "kztracker"
PRODUCT_ID = "-//kztracker//Milestones//EN"


@dataclass(frozen=True)
class CalendarEvent:
    """One milestone as the calendar shows it; plain values, so tests and the window read it."""

    uid: str
    summary: str
    day: dt.date  # the all-day event's date
    deadline: bool  # the due date is a month or a year: `day` is its last day
    description: str
    sequence: int
    cancelled: bool
    updated: dt.datetime | None


@dataclass(frozen=True)
class CalendarResult:
    path: Path
    events: int
    undated: int

    def describe(self) -> str:
        written = ngettext(
            "{count} milestone written to {path}",
            "{count} milestones written to {path}",
            self.events,
        ).format(count=self.events, path=self.path)
        if not self.undated:
            return written
        skipped = ngettext(
            "{count} without a due date left out",
            "{count} without a due date left out",
            self.undated,
        ).format(count=self.undated)
        return f"{written}; {skipped}"


def milestone_uid(milestone_id: int) -> str:
    return f"milestone-{milestone_id}@{UID_DOMAIN}"


def find_person(session: Session, name: str) -> int:
    """The id of the person called `name` (or known by it as another name)."""
    key = name_key(name)
    found = session.scalar(select(Person.id).where(Person.name_key == key))
    if found is None:
        found = session.scalar(select(PersonAlias.person_id).where(PersonAlias.alias_key == key))
    if found is None:
        raise KztrackerError(
            _("no person named {name}; see kztracker list people").format(name=quoted(name))
        )
    return found


def _deadline_note(due: PartialDate) -> str:
    if due.precision == "month":
        return _("Due by the end of {month} (the day is not known).").format(month=due.isoformat())
    return _("Due by the end of {year} (the month is not known).").format(year=due.isoformat())


def _partners(milestone: Milestone) -> list[str]:
    # The milestone's own partners; failing those, the parties of the memorandum it serves.
    names = [link.organization.name for link in milestone.organizations]
    if not names and milestone.memorandum is not None:
        names = [party.organization.name for party in milestone.memorandum.parties]
    return names


def _event(milestone: Milestone, due: PartialDate) -> CalendarEvent:
    deadline = due.precision != "day"
    summary = milestone.title
    if deadline:
        summary = _("Deadline: {title}").format(title=milestone.title)
    lines: list[str] = []
    if deadline:
        lines.append(_deadline_note(due))
    if milestone.memorandum is not None:
        lines.append(_("Memorandum: {title}").format(title=milestone.memorandum.title))
    partners = _partners(milestone)
    if partners:
        lines.append(_("Partners: {names}").format(names=", ".join(partners)))
    if milestone.responsible is not None:
        lines.append(_("Responsible: {name}").format(name=milestone.responsible.name))
    lines.append(_("Status: {status}").format(status=status_label(milestone.status)))
    if milestone.completed_on is not None:
        lines.append(_("Completed: {date}").format(date=milestone.completed_on.isoformat()))
    if milestone.notes:
        lines.append("")
        lines.append(milestone.notes)
    return CalendarEvent(
        uid=milestone_uid(milestone.id),
        summary=summary,
        day=due.last_day(),
        deadline=deadline,
        description="\n".join(lines),
        sequence=max(milestone.version - 1, 0),
        cancelled=milestone.status == "cancelled",
        updated=milestone.updated_at,
    )


def calendar_events(
    session: Session, *, person_id: int | None = None, memorandum_id: int | None = None
) -> tuple[list[CalendarEvent], int]:
    """The events for the milestones chosen (all, one person's, one memorandum's), by day,
    and how many chosen milestones had no due date."""
    statement = select(Milestone).options(
        selectinload(Milestone.organizations).selectinload(MilestoneOrganization.organization),
        selectinload(Milestone.memorandum)
        .selectinload(Memorandum.parties)
        .selectinload(MemorandumParty.organization),
        selectinload(Milestone.responsible),
    )
    if person_id is not None:
        statement = statement.where(Milestone.responsible_id == person_id)
    if memorandum_id is not None:
        statement = statement.where(Milestone.memorandum_id == memorandum_id)
    statement = statement.order_by(Milestone.due_on, Milestone.id)
    events: list[CalendarEvent] = []
    undated = 0
    for milestone in session.scalars(statement):
        if milestone.due_on is None:
            undated += 1
            continue
        events.append(_event(milestone, milestone.due_on))
    # By the day each event stands on: "2024" (31 December) comes after "2024-10".
    events.sort(key=lambda event: event.day)
    return events, undated


def calendar_bytes(events: Sequence[CalendarEvent], now: dt.datetime | None = None) -> bytes:
    """The .ics text of `events`."""
    # Imported here: the library loads when a calendar is written, not with every command.
    from icalendar import Calendar, Event

    stamp = now or dt.datetime.now(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("kztracker milestones"))
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        # A date without a time is an all-day event; DTEND is exclusive, so the next day.
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("description", item.description)
        event.add("sequence", item.sequence)
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        if item.updated is not None:
            updated = item.updated
            if updated.tzinfo is None:  # SQLite hands back naive UTC
                updated = updated.replace(tzinfo=dt.UTC)
            event.add("last-modified", updated.astimezone(dt.UTC))
        if item.deadline:
            event.add("categories", [_("Deadline")])
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_calendar(
    database: Database,
    path: str | Path,
    *,
    person: str | None = None,
    memorandum: str | None = None,
    person_id: int | None = None,
) -> CalendarResult:
    """Write the milestones (all, or one person's, or one memorandum's) to `path` as .ics.
    `person` and `memorandum` are names as typed; `person_id` is a person already chosen."""
    target = Path(path)
    check_target(target)
    with database.session() as session:
        if person is not None:
            person_id = find_person(session, person)
        memorandum_id = find_memorandum_id(session, memorandum) if memorandum is not None else None
        events, undated = calendar_events(session, person_id=person_id, memorandum_id=memorandum_id)
    data = calendar_bytes(events)

    # Whole or not at all: a calendar subscribed to the file never reads half of it.
    def save(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    replace_atomically(target, save, ".ics.tmp")
    return CalendarResult(target, len(events), undated)
