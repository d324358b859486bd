"""A process killed in the middle of a large write leaves a database that opens whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from kztracker.db import Database, open_database
from kztracker.locations import sqlite_path
from kztracker.models import HistoryEntry, Milestone
from kztracker.sqlite_checks import sqlite_problem

# Adds milestones through the ORM (so history is written too) in ONE transaction, reporting
# each flushed batch, and never commits: only SIGKILL ends it before its safety cap.
WRITER = """
import sys
from kztracker.db import open_database
from kztracker.models import Milestone

database = open_database(sys.argv[1], create=False)
with database.sessions.begin() as session:
    for batch in range(1000):
        session.add_all(
            Milestone(title=f"Half-applied import {batch}-{n}", status="planned")
            for n in range(1000)
        )
        session.flush()
        print(batch + 1, flush=True)
    sys.exit(3)
"""
BATCHES_BEFORE_KILL = 8


def _counts(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        milestones = session.scalar(select(func.count()).select_from(Milestone)) or 0
        half = session.scalar(
            select(func.count()).where(Milestone.title.like("Half-applied import%"))
        )
        history = session.scalar(select(func.count()).select_from(HistoryEntry)) or 0
    return milestones, half or 0, history


def test_sigkill_mid_batch_leaves_nothing_half_applied(
    seeded_db: Database, database_url: str
) -> None:
    before = _counts(seeded_db)
    seeded_db.dispose()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, database_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert writer.stdout is not None
        for line in writer.stdout:
            if int(line) >= BATCHES_BEFORE_KILL:
                break
        else:
            raise AssertionError(f"the writer stopped early: {writer.stderr.read()}")
        path = sqlite_path(database_url)
        if path is not None:
            # The half-done batch is on disk (uncommitted pages in the WAL), not only in memory.
            assert path.with_name(path.name + "-wal").stat().st_size > 0
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait()
    assert writer.returncode == -signal.SIGKILL

    if path is not None:
        assert sqlite_problem(path, "integrity_check") is None
    reopened = open_database(database_url, create=False)  # checks the file on open
    try:
        assert _counts(reopened) == before
        # And it takes new work as usual.
        with reopened.sessions.begin() as session:
            session.add(Milestone(title="After the crash", status="planned"))
        assert _counts(reopened)[0] == before[0] + 1
    finally:
        reopened.dispose()
