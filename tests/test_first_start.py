"""A first start is all or nothing: cut short at any step, the next start completes it; two
at once create and seed once; a file left by an older, interrupted start is completed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from kztracker.db import make_engine, open_database
from kztracker.locations import sqlite_path
from kztracker.models import Base, Memorandum, Milestone, Organization, Source
from kztracker.services.database import initialize
from tests.cli_process import run_cli

KINDS = (Source, Organization, Memorandum, Milestone)


class Failure(Exception):
    """The injected failure: the process "dies" at this statement."""


def _counts(url: str) -> dict[str, int]:
    database = open_database(url, create=False, read_only=True)
    try:
        with database.session() as session:
            return {
                model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in KINDS
            }
    finally:
        database.dispose()


@pytest.fixture
def fail_at() -> Iterator[dict[str, Any]]:
    """Counts every statement sent to any database; raises Failure at statement `at`."""
    state: dict[str, Any] = {"count": 0, "at": None}

    def before(*_args: Any) -> None:
        state["count"] += 1
        if state["at"] is not None and state["count"] == state["at"]:
            raise Failure(f"statement {state['count']}")

    event.listen(Engine, "before_cursor_execute", before)
    yield state
    event.remove(Engine, "before_cursor_execute", before)


def _popen_init(db: str, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kztracker", "--db", db, "init"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "KZTRACKER_LOG_DIR": str(log)},
    )


def test_a_first_start_failing_at_any_step_is_completed_by_the_next(
    database_url: str, fail_at: dict[str, Any]
) -> None:
    database, seeded = initialize(database_url)
    database.dispose()
    statements = fail_at["count"]
    full = _counts(database_url)
    assert seeded.total and all(full.values())
    # Fail at the first statements, the last, and some eight steps between: creation and seed.
    steps = sorted({1, 2, 3, statements, *range(4, statements, max(1, statements // 8))})
    for step in steps:
        _reset(database_url)
        fail_at["count"], fail_at["at"] = 0, step
        with pytest.raises(Failure):
            initialize(database_url)[0].dispose()
        fail_at["at"] = None
        database, _seeded = initialize(database_url)  # the next start
        database.dispose()
        assert _counts(database_url) == full, f"after a failure at statement {step}"


def _reset(url: str) -> None:
    path = sqlite_path(url)
    if path is not None:
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        return
    from tests.conftest import reset_postgres_schema

    reset_postgres_schema(url)


def test_a_file_left_by_an_older_interrupted_start_is_completed(db_path: Path) -> None:
    # What a start killed part-way used to leave: a few of the tables, no revision, no rows.
    url = f"sqlite:///{db_path}"
    engine = make_engine(url)
    tables = [Base.metadata.tables[name] for name in ("focus_area", "organization")]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose()
    listed = run_cli(db_path.parent, "--db", str(db_path), "list", "partners")
    assert listed.returncode == 1
    assert listed.stderr == (
        f"kztracker: {db_path} is a new database whose first start was interrupted; "
        "run `kztracker init` to complete it; no backup of it was found in "
        f"{db_path.parent / 'backups'}\n"
    )
    database, seeded = initialize(url)
    database.dispose()
    assert seeded.total and _counts(url)["Memorandum"]


def test_a_first_start_killed_for_real_is_completed_by_the_next(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    started = _popen_init(str(path), tmp_path / "log")
    # Killed once the database file exists, while the tables and the seed go in.
    for _ in range(2000):
        if path.exists() or started.poll() is not None:
            break
        time.sleep(0.005)
    os.kill(started.pid, signal.SIGKILL)
    started.communicate()
    assert started.returncode == -signal.SIGKILL  # killed part-way, not finished
    result = run_cli(tmp_path, "--db", str(path), "init")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    listed = run_cli(tmp_path, "--db", str(path), "list", "memoranda", "--json")
    assert listed.returncode == 0 and listed.stdout.count('"title"') >= 3


def test_two_first_starts_at_once_create_and_seed_once(database_url: str, tmp_path: Path) -> None:
    db = database_url
    runs = [_popen_init(db, tmp_path / "log") for _ in range(3)]
    outcomes = [(run.wait(timeout=180), *run.communicate()) for run in runs]
    assert [status for status, _out, _err in outcomes] == [0, 0, 0], outcomes
    assert all(err == "" for _status, _out, err in outcomes)
    assert sum("; seeded " in out for _status, out, _err in outcomes) == 1
    database, seeded = initialize(db)
    database.dispose()
    assert seeded.total == 0
    single = _counts(db)
    assert single["Source"] == 5 and single["Memorandum"] > 0


def _connect_together(url: str, starts: int) -> list[BaseException]:
    """Open `starts` connections to `url` at one moment; the errors they met."""
    barrier = threading.Barrier(starts)
    errors: list[BaseException] = []

    def start() -> None:
        engine = make_engine(url)
        barrier.wait()
        try:
            with engine.connect():
                pass
        except Exception as exc:  # collected: the test names them all
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=start) for _ in range(starts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_starts_switching_a_new_file_to_wal_at_one_moment_all_open_it(tmp_path: Path) -> None:
    # SQLite answers "database is locked" at once, busy timeout or not, to all but one of the
    # connections switching a new file's journal at the same moment; each round is a new file.
    errors = [
        error
        for round_ in range(40)
        for error in _connect_together(f"sqlite:///{tmp_path / f'new{round_}.sqlite3'}", 3)
    ]
    assert errors == []


_WRITE_AND_WAIT = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=DELETE")
connection.execute("PRAGMA cache_size=1")  # spill to the file while the journal is hot
connection.execute("CREATE TABLE before_the_write (x)")
connection.execute("BEGIN IMMEDIATE")
connection.execute("CREATE TABLE cut_short (x)")
connection.executemany("INSERT INTO cut_short VALUES (?)", [(b"x" * 2000,) for _ in range(500)])
print("ready", flush=True)
time.sleep(60)
"""


def _killed_mid_write(path: Path) -> None:
    """A writer killed with its rollback journal hot: the file holds half of a transaction."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _WRITE_AND_WAIT, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    writer.kill()
    writer.wait()
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0


def test_a_write_killed_part_way_is_undone_by_the_next_init(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    _killed_mid_write(path)
    listed = run_cli(tmp_path, "--db", str(path), "list", "partners")
    assert listed.returncode == 1
    assert listed.stderr == (
        f"kztracker: {path} holds a write that was cut short; run `kztracker init` (or open it "
        "in the window) to let SQLite undo it; no backup of it was found in "
        f"{tmp_path / 'backups'}\n"
    )
    # A look that only reads changed nothing: the half-made write is still there to undo.
    assert path.with_name(path.name + "-journal").stat().st_size > 0
    result = run_cli(tmp_path, "--db", str(path), "init")
    # The file held only a table of someone else's once the write was undone: refused as
    # foreign, never called damaged, and never seeded over.
    assert result.returncode == 1
    assert "holds other data, not a kztracker database" in result.stderr
    assert "damaged" not in result.stderr
