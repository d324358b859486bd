"""The calendar export: milestones as iCalendar events, partial dates as deadlines, stable UIDs,
scoped to a person or a memorandum; and `kztracker calendar`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from kztracker.cli import main
from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.models import (
    Memorandum,
    MemorandumParty,
    Milestone,
    MilestoneOrganization,
    Organization,
    Person,
)
from kztracker.services.calendar import export_calendar


def _fill(db: Database) -> dict[str, int]:
    """Two people, a memorandum with a party, milestones due on a day, a month, a year, none."""
    with db.sessions.begin() as session:
        saule = Person(name="Saule Omarova")
        daniyar = Person(name="Daniyar Bekov")
        university = Organization(name="Steppe Technical University", kind="university")
        ministry = Organization(name="Ministry of Water Resources", kind="government")
        memo = Memorandum(title="Water research memorandum", status="signed")
        memo.parties.append(MemorandumParty(organization=university, role="party"))
        day = Milestone(
            title="Joint laboratory opens",
            memorandum=memo,
            due_on=PartialDate(2027, 3, 15),
            responsible=saule,
            notes="Ribbon at the main campus.",
        )
        day.organizations.append(MilestoneOrganization(organization=ministry))
        month = Milestone(
            title="First student exchange",
            memorandum=memo,
            due_on=PartialDate(2027, 2),
            responsible=saule,
        )
        year = Milestone(title="Report to the board", due_on=PartialDate(2028), responsible=daniyar)
        undated = Milestone(title="Visit some day", responsible=saule)
        session.add_all([day, month, year, undated])
        session.flush()
        return {
            "day": day.id,
            "month": month.id,
            "year": year.id,
            "memo": memo.id,
            "saule": saule.id,
        }


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_partial_dates_become_all_day_events_and_deadlines(
    empty_db: Database, tmp_path: Path
) -> None:
    ids = _fill(empty_db)
    out = tmp_path / "milestones.ics"
    result = export_calendar(empty_db, out)
    assert (result.events, result.undated) == (3, 1)
    events = _events(out)
    assert set(events) == {f"milestone-{ids[k]}@kztracker" for k in ("day", "month", "year")}

    day = events[f"milestone-{ids['day']}@kztracker"]
    assert day["dtstart"].dt == dt.date(2027, 3, 15)  # a date, not a datetime: all day
    assert not isinstance(day["dtstart"].dt, dt.datetime)
    assert day["dtend"].dt == dt.date(2027, 3, 16)
    assert str(day["summary"]) == "Joint laboratory opens"
    description = str(day["description"])
    assert "Memorandum: Water research memorandum" in description
    assert "Partners: Ministry of Water Resources" in description
    assert "Responsible: Saule Omarova" in description
    assert "Ribbon at the main campus." in description

    month = events[f"milestone-{ids['month']}@kztracker"]
    assert month["dtstart"].dt == dt.date(2027, 2, 28)  # the last day February 2027 has
    assert str(month["summary"]) == "Deadline: First student exchange"
    assert "Due by the end of 2027-02" in str(month["description"])
    # No partner of its own: the memorandum's parties stand in.
    assert "Partners: Steppe Technical University" in str(month["description"])

    year = events[f"milestone-{ids['year']}@kztracker"]
    assert year["dtstart"].dt == dt.date(2028, 12, 31)
    assert str(year["summary"]) == "Deadline: Report to the board"
    assert "Due by the end of 2028" in str(year["description"])


def test_a_reexport_keeps_each_milestones_uid(empty_db: Database, tmp_path: Path) -> None:
    ids = _fill(empty_db)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    export_calendar(empty_db, first)
    with empty_db.sessions.begin() as session:
        milestone = session.get(Milestone, ids["day"])
        assert milestone is not None
        milestone.title = "Joint laboratory opens its doors"
        milestone.due_on = PartialDate(2027, 4, 1)
    export_calendar(empty_db, second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)
    uid = f"milestone-{ids['day']}@kztracker"
    assert str(after[uid]["summary"]) == "Joint laboratory opens its doors"
    assert after[uid]["dtstart"].dt == dt.date(2027, 4, 1)
    # A calendar takes the copy with the higher SEQUENCE as the newer one.
    assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])


def test_scoped_to_a_person_or_a_memorandum(empty_db: Database, tmp_path: Path) -> None:
    ids = _fill(empty_db)
    out = tmp_path / "saule.ics"
    result = export_calendar(empty_db, out, person="saule  OMAROVA")
    assert (result.events, result.undated) == (2, 1)
    assert set(_events(out)) == {f"milestone-{ids[k]}@kztracker" for k in ("day", "month")}
    export_calendar(empty_db, out, memorandum="water research memorandum")
    assert set(_events(out)) == {f"milestone-{ids[k]}@kztracker" for k in ("day", "month")}
    with pytest.raises(KztrackerError, match="no person named 'Nobody'"):
        export_calendar(empty_db, out, person="Nobody")


def test_an_unwritable_target_is_one_sentence_and_leaves_no_file(
    empty_db: Database, tmp_path: Path
) -> None:
    _fill(empty_db)
    missing = tmp_path / "no such folder" / "x.ics"
    with pytest.raises(KztrackerError, match="does not exist"):
        export_calendar(empty_db, missing)
    assert not missing.parent.exists()
    with pytest.raises(KztrackerError, match="it is a folder"):
        export_calendar(empty_db, tmp_path)
    assert not list(tmp_path.glob(".*.tmp"))


def test_command_line(
    empty_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _fill(empty_db)
    out = tmp_path / "cli.ics"
    db = ["--db", str(db_path)]
    assert main([*db, "calendar", str(out), "--person", "Daniyar Bekov"]) == 0
    assert capsys.readouterr().out.strip() == f"1 milestone written to {out}"
    assert set(_events(out)) == {f"milestone-{ids['year']}@kztracker"}
    assert main([*db, "calendar", str(out), "--memorandum", "Nope"]) == 1
    refused = capsys.readouterr().err
    assert "no memorandum title contains Nope; see kztracker list memoranda" in refused
    assert main([*db, "calendar", str(out)]) == 0
    assert "3 milestones written" in capsys.readouterr().out


def test_command_line_names_a_memorandum_as_export_does(
    empty_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`calendar --memorandum` takes an id or a case-insensitive unique part of the title and
    names the candidates when several match: the rule `export --memorandum` follows."""
    ids = _fill(empty_db)
    with empty_db.sessions.begin() as session:
        other = Memorandum(title="Water transport roadmap", status="draft")
        session.add(other)
        session.flush()
        other_id = other.id
    out = tmp_path / "memo.ics"
    db = ["--db", str(db_path)]
    ours = {f"milestone-{ids[k]}@kztracker" for k in ("day", "month")}
    assert main([*db, "calendar", str(out), "--memorandum", "RESEARCH"]) == 0
    assert capsys.readouterr().out.strip() == f"2 milestones written to {out}"
    assert set(_events(out)) == ours
    out.unlink()
    assert main([*db, "calendar", str(out), "--memorandum", str(ids["memo"])]) == 0
    assert set(_events(out)) == ours
    assert main([*db, "calendar", str(out), "--memorandum", "water"]) == 1
    error = capsys.readouterr().err
    assert (
        f"water matches 2 memoranda: #{ids['memo']} Water research memorandum; "
        f"#{other_id} Water transport roadmap; give more of the title or the id"
    ) in error
    assert main([*db, "calendar", str(out), "--memorandum", "999"]) == 1
    assert "no memorandum has id 999; see kztracker list memoranda" in capsys.readouterr().err
