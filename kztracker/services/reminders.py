"""What to remind a person of: their open milestones that are overdue or due within N days.

The window asks on start and once a day while it runs (ui/reminders.py); nothing here runs on
its own, keeps state or touches the network. Overdue and due soon follow kztracker.schedule, so
"2026" is not overdue until 2026 is over, exactly as on the dashboard.

Who the user is: a person record chosen in Preferences. `match_account` proposes one from the
account's login or full name ("a.nurbek", "anurbek", "Aigerim Nurbek"), across Cyrillic and Latin
spellings, and only when exactly one person fits.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.models import Memorandum, Milestone, Person, PersonAlias
from kztracker.schedule import OPEN_STATUSES, is_due_soon, is_overdue
from kztracker.services.dashboard import DueItem
from kztracker.transliteration import latin_key, latin_keys

DEFAULT_DAYS = 14


@dataclass(frozen=True)
class Reminders:
    """One person's milestones to be reminded of, as of `today`."""

    person_id: int
    person: str
    today: dt.date
    days: int
    overdue: list[DueItem] = field(default_factory=list)
    due_soon: list[DueItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.overdue and not self.due_soon

    def items(self) -> list[DueItem]:
        return [*self.overdue, *self.due_soon]


def due_for_person(session: Session, person_id: int, today: dt.date, days: int) -> Reminders | None:
    """The open milestones `person_id` answers for that are overdue or due within `days` days
    of `today`; None when that person no longer exists."""
    person = session.scalar(select(Person.name).where(Person.id == person_id))
    if person is None:
        return None
    days = max(days, 0)
    horizon = today + dt.timedelta(days=days)
    statement = (
        select(
            Milestone.id,
            Milestone.title,
            type_coerce(Milestone.due_on, String),
            Milestone.status,
            Memorandum.title,
        )
        .outerjoin(Memorandum, Milestone.memorandum_id == Memorandum.id)
        .where(
            Milestone.responsible_id == person_id,
            Milestone.status.in_(OPEN_STATUSES),
            Milestone.due_on.is_not(None),
            # ISO text order: a partial date sorts before the days inside it, so "2026" is
            # a candidate whenever 1 January 2026 is within reach; the rule below decides.
            Milestone.due_on <= PartialDate(horizon.year, horizon.month, horizon.day),
        )
        .order_by(Milestone.due_on, Milestone.title, Milestone.id)
    )
    overdue: list[tuple[dt.date, DueItem]] = []
    due_soon: list[tuple[dt.date, DueItem]] = []
    parse = lru_cache(maxsize=1024)(PartialDate.parse)
    for record_id, title, due_text, status, memorandum in session.execute(statement):
        due = parse(due_text)
        item = DueItem("milestone", record_id, title, due_text, memorandum or "")
        if is_overdue(due, status, today):
            overdue.append((due.last_day(), item))
        elif is_due_soon(due, status, today, days):
            due_soon.append((due.last_day(), item))
    return Reminders(person_id, person, today, days, _by_day(overdue), _by_day(due_soon))


def _by_day(dated: list[tuple[dt.date, DueItem]]) -> list[DueItem]:
    # By the last day each date can mean: "May" is due after 20 May, not before 2 May.
    return [item for _day, item in sorted(dated, key=lambda pair: pair[0])]


def account_names(environ: dict[str, str] | None = None) -> list[str]:
    """The names this computer knows the user by: the login and, on Unix, the full name."""
    names: list[str] = []
    try:
        names.append(getpass.getuser())
    except (OSError, KeyError, ImportError):
        pass
    environment = os.environ if environ is None else environ
    for variable in ("USERNAME", "USER"):
        value = environment.get(variable, "").strip()
        if value and value not in names:
            names.append(value)
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full and full not in names:
            names.append(full)
    except (ImportError, KeyError, AttributeError, OSError):
        pass  # Windows has no pwd; the login alone is tried
    return names


def _fits(account: list[str], name: list[str]) -> bool:
    """Does an account's words fit a name's words? "nurbek", "a nurbek", "aigerim nurbek",
    "anurbek" and "nurbeka" all fit "aigerim nurbek"."""
    if not account or not name:
        return False
    if len(account) == 1:
        login = account[0]
        if len(login) < 3:
            return False
        if login in name:
            return True
        # An initial glued to a surname, before or after it.
        for given in name:
            for surname in name:
                if surname != given and login in (given[0] + surname, surname + given[0]):
                    return True
        return False
    remaining = list(name)
    for word in account:
        match = next(
            (n for n in remaining if n == word or (len(word) == 1 and n.startswith(word))),
            None,
        )
        if match is None:
            return False
        remaining.remove(match)
    return any(len(word) > 1 for word in account)


def match_account(session: Session, accounts: Iterable[str]) -> int | None:
    """The one person whose name (or another name of theirs) fits one of `accounts`, or None
    when none or several do; tried in order, so a login that fits one person wins."""
    people: dict[int, set[str]] = {}
    for person_id, name in session.execute(select(Person.id, Person.name)):
        people.setdefault(person_id, set()).add(name)
    for person_id, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)):
        people.setdefault(person_id, set()).add(alias)
    keyed = {
        person_id: [key.split() for name in names for key in latin_keys(name)]
        for person_id, names in people.items()
    }
    for account in accounts:
        words = latin_key(account).split()
        fitting = {
            person_id for person_id, keys in keyed.items() if any(_fits(words, key) for key in keys)
        }
        if len(fitting) == 1:
            return fitting.pop()
    return None
