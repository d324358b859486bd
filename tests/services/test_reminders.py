"""What a person is reminded of (overdue, due within N days), and who an account name is."""

from __future__ import annotations

import datetime as dt

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.models import Milestone, Person, PersonAlias
from kztracker.services.reminders import due_for_person, match_account

TODAY = dt.date(2027, 5, 10)


def _people_and_milestones(db: Database) -> tuple[int, int]:
    with db.sessions.begin() as session:
        me = Person(name="Aigerim Nurbekova")
        other = Person(name="Timur Sadykov")
        session.add_all([me, other])
        session.add_all(
            [
                Milestone(title="Late report", due_on=PartialDate(2027, 5, 2), responsible=me),
                Milestone(
                    title="Tomorrow's visit", due_on=PartialDate(2027, 5, 11), responsible=me
                ),
                Milestone(title="Within ten days", due_on=PartialDate(2027, 5, 20), responsible=me),
                Milestone(title="Far away", due_on=PartialDate(2027, 8, 1), responsible=me),
                # Known to the month: not overdue while May lasts, and due soon.
                Milestone(title="Sometime in May", due_on=PartialDate(2027, 5), responsible=me),
                Milestone(
                    title="Already done",
                    due_on=PartialDate(2027, 5, 1),
                    status="done",
                    responsible=me,
                ),
                Milestone(title="Not mine", due_on=PartialDate(2027, 5, 11), responsible=other),
                Milestone(title="No date", responsible=me),
            ]
        )
        session.flush()
        return me.id, other.id


def test_overdue_and_due_within_n_days_for_one_person(empty_db: Database) -> None:
    me, _other = _people_and_milestones(empty_db)
    with empty_db.session() as session:
        found = due_for_person(session, me, TODAY, days=14)
    assert found is not None
    assert found.person == "Aigerim Nurbekova"
    assert [item.label for item in found.overdue] == ["Late report"]
    # By the last day a date can mean: "May" after 20 May.
    assert [item.label for item in found.due_soon] == [
        "Tomorrow's visit",
        "Within ten days",
        "Sometime in May",
    ]
    assert all(item.kind == "milestone" for item in found.items())


def test_a_shorter_horizon_and_a_later_day(empty_db: Database) -> None:
    me, _other = _people_and_milestones(empty_db)
    with empty_db.session() as session:
        one_day = due_for_person(session, me, TODAY, days=1)
        june = due_for_person(session, me, dt.date(2027, 6, 1), days=0)
    assert one_day is not None and june is not None
    assert [item.label for item in one_day.due_soon] == ["Tomorrow's visit", "Sometime in May"]
    # In June, "May" is past too.
    assert [item.label for item in june.overdue] == [
        "Late report",
        "Tomorrow's visit",
        "Within ten days",
        "Sometime in May",
    ]
    assert june.due_soon == []


def test_a_person_since_deleted_gives_nothing(empty_db: Database) -> None:
    with empty_db.session() as session:
        assert due_for_person(session, 999, TODAY, 14) is None


def test_account_names_match_one_person(empty_db: Database) -> None:
    with empty_db.sessions.begin() as session:
        aigerim = Person(name="Aigerim Nurbekova")
        aidos = Person(name="Айдос Сапаров")
        twin = Person(name="Aigerim Sadykova")
        aidos.aliases.append(PersonAlias(alias="A. Saparov"))
        session.add_all([aigerim, aidos, twin])
        session.flush()
        ids = (aigerim.id, aidos.id)
    with empty_db.session() as session:
        assert match_account(session, ["anurbekova"]) == ids[0]
        assert match_account(session, ["a.nurbekova"]) == ids[0]
        assert match_account(session, ["nurbekova"]) == ids[0]
        # A Cyrillic name is found from the Latin of a login.
        assert match_account(session, ["asaparov"]) == ids[1]
        assert match_account(session, ["Aidos Saparov"]) == ids[1]
        # Two Aigerims: the first name alone is no answer; the full name is.
        assert match_account(session, ["aigerim"]) is None
        assert match_account(session, ["aigerim", "Aigerim Sadykova"]) == twin.id
        assert match_account(session, ["admin", "root"]) is None
