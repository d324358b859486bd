"""No lost updates: a save over a colleague's newer version is refused, with both versions kept.

Each test runs on SQLite and, when configured, PostgreSQL: two sessions in one process, two
processes, and a colleague's save that lands between our read and our write (caught at flush by
the mapper's version column).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from kztracker.db import Database
from kztracker.models import Organization
from kztracker.services.records import (
    RecordNotFound,
    StaleRecordError,
    delete_record,
    find_record_by_name,
    load_record,
    update_record,
)

OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from kztracker.db import open_database
    from kztracker.services.records import update_record

    url, record_id, country = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    database = open_database(url, create=False)
    with database.sessions.begin() as session:
        update_record(
            session, "organization", record_id, {"country": country}, expected_version=None
        )
    database.dispose()
    """
)


def _google(session: Session) -> int:
    found = find_record_by_name(session, "organization", "Google")
    assert found is not None
    return found


def _save(database: Database, record_id: int, values: dict[str, Any], **options: Any) -> Any:
    with database.sessions.begin() as session:
        return update_record(session, "organization", record_id, values, **options)


def _other_process_saves(database: Database, record_id: int, country: str) -> None:
    """Another process sets the partner's country through update_record and commits."""
    other = subprocess.run(
        [sys.executable, "-c", OTHER_PROCESS, database.url, str(record_id), country],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert other.returncode == 0, other.stderr


def _stored(database: Database, record_id: int) -> dict[str, Any]:
    with database.session() as session:
        return load_record(session, "organization", record_id)


def test_two_sessions_a_stale_save_is_refused_then_overwrites(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)
        opened = load_record(session, "organization", record_id)
    _save(seeded_db, record_id, {"country": "USA"}, expected_version=opened["version"])

    yours = {**opened, "country": "United States", "notes": "Met in Astana."}
    with pytest.raises(StaleRecordError) as refused:
        _save(seeded_db, record_id, yours, expected_version=opened["version"])
    error = refused.value
    assert (error.kind, error.record_id) == ("organization", record_id)
    assert error.theirs == {"country": "USA", "notes": None}
    assert error.yours == {"country": "United States", "notes": "Met in Astana."}
    assert str(error) == (
        "someone else changed this partner since you opened it (country, notes); "
        "reload it to see their version, or overwrite it with yours"
    )
    stored = _stored(seeded_db, record_id)
    assert stored["country"] == "USA" and stored["version"] == opened["version"] + 1

    _save(seeded_db, record_id, yours, expected_version=opened["version"], overwrite=True)
    stored = _stored(seeded_db, record_id)
    assert (stored["country"], stored["notes"]) == ("United States", "Met in Astana.")
    assert stored["version"] == opened["version"] + 2


def test_a_save_with_the_current_version_goes_through(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)
    for version, country in ((1, "USA"), (2, "United States")):
        _save(seeded_db, record_id, {"country": country}, expected_version=version)
    assert _stored(seeded_db, record_id)["version"] == 3


def test_two_processes_a_stale_save_is_refused(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)
        opened = load_record(session, "organization", record_id)
        _other_process_saves(seeded_db, record_id, "from elsewhere")

    mine = {"country": "from here"}
    with pytest.raises(StaleRecordError) as refused:
        _save(seeded_db, record_id, mine, expected_version=opened["version"])
    assert refused.value.theirs == {"country": "from elsewhere"}
    assert refused.value.yours == {"country": "from here"}
    assert _stored(seeded_db, record_id)["country"] == "from elsewhere"

    _save(seeded_db, record_id, mine, expected_version=opened["version"], overwrite=True)
    assert _stored(seeded_db, record_id)["country"] == "from here"


def test_a_save_racing_another_process_fails_at_flush(seeded_db: Database) -> None:
    """The record was read in this session before the other process saved: the version check
    passes on the stale copy, and the UPDATE ... WHERE version = 1 catches it."""
    with seeded_db.sessions.begin() as session:
        record_id = _google(session)
        held = session.get(Organization, record_id)  # kept, so the session keeps version 1
        _other_process_saves(seeded_db, record_id, "from elsewhere")
        assert held is not None and held.version == 1  # only the flush can notice
        with pytest.raises(StaleRecordError) as refused:
            update_record(
                session, "organization", record_id, {"country": "from here"}, expected_version=1
            )
    assert refused.value.theirs == {"country": "from elsewhere"}
    assert isinstance(refused.value.__context__, StaleDataError)  # caught at flush
    assert _stored(seeded_db, record_id)["country"] == "from elsewhere"


def test_a_colleague_saving_between_read_and_flush_is_caught(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)

    def colleague_saves(*_: Any) -> None:
        _save(seeded_db, record_id, {"short_name": "GOOG"}, expected_version=1)

    with seeded_db.sessions.begin() as session:
        event.listen(session, "before_flush", colleague_saves, once=True)
        with pytest.raises(StaleRecordError) as refused:
            update_record(
                session, "organization", record_id, {"short_name": "G"}, expected_version=1
            )
    assert refused.value.theirs == {"short_name": "GOOG"}
    assert refused.value.yours == {"short_name": "G"}
    assert isinstance(refused.value.__context__, StaleDataError)
    assert _stored(seeded_db, record_id)["short_name"] == "GOOG"


def test_deleting_a_changed_record_is_refused(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)
    _save(seeded_db, record_id, {"country": "USA"}, expected_version=1)
    with seeded_db.sessions.begin() as session:
        with pytest.raises(StaleRecordError):
            delete_record(session, "organization", record_id, expected_version=1)
    assert _stored(seeded_db, record_id)["country"] == "USA"


def test_saving_a_record_a_colleague_deleted_says_so(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        record_id = _google(session)
    with seeded_db.sessions.begin() as session:
        delete_record(session, "organization", record_id)
    with pytest.raises(RecordNotFound, match="no longer exists"):
        _save(seeded_db, record_id, {"country": "USA"}, expected_version=1)


def test_losing_a_party_to_a_delete_moves_the_memoranda_version(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        google = _google(session)
        memo = find_record_by_name(
            session,
            "memorandum",
            "AI and digital education partnerships with Google, NVIDIA and Huawei",
        )
        assert memo is not None
        opened = load_record(session, "memorandum", memo)
    with seeded_db.sessions.begin() as session:
        delete_record(session, "organization", google)
    with seeded_db.sessions.begin() as session:
        with pytest.raises(StaleRecordError) as refused:
            update_record(session, "memorandum", memo, opened, expected_version=opened["version"])
    parties = [p["organization_id"] for p in refused.value.yours["party_ids"]]
    assert google in parties
    assert google not in [p["organization_id"] for p in refused.value.theirs["party_ids"]]
