"""What recording history costs a large ORM write, and what backup and copy take.

Inserts then updates N milestones through the ORM in one transaction, once through a session
factory without the recorder and once through the database's own (which records), and prints
both times and the ratio. With a PATH to a large database (benchmarks/large_database.py), also
times `backup` and `copy_database` of it to a SQLite file.

Usage: .venv/bin/python benchmarks/history_overhead.py [N] [LARGE_DB_PATH]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker


def _write(sessions: sessionmaker[Session], count: int, tag: str) -> tuple[float, float]:
    from kztracker.models import Milestone

    started = time.perf_counter()
    with sessions.begin() as session:
        session.add_all(
            Milestone(title=f"{tag} milestone {n}", status="planned") for n in range(count)
        )
    inserted = time.perf_counter() - started
    started = time.perf_counter()
    with sessions.begin() as session:
        for milestone in session.scalars(select(Milestone).where(Milestone.title.like(f"{tag} %"))):
            milestone.status = "in_progress"
    return inserted, time.perf_counter() - started


def main() -> None:
    from kztracker.models import HistoryEntry
    from kztracker.services.database import initialize

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=5_000, help="milestones written")
    parser.add_argument("large", nargs="?", type=Path, help="a large database to back up and copy")
    arguments = parser.parse_args()
    count = arguments.count
    with tempfile.TemporaryDirectory() as folder:
        database, _ = initialize(str(Path(folder) / "bench.sqlite3"))
        plain = sessionmaker(database.engine, expire_on_commit=False)
        bare = _write(plain, count, "bare")
        recorded = _write(database.sessions, count, "recorded")
        with database.session() as session:
            rows = session.scalar(select(func.count()).select_from(HistoryEntry))
        database.dispose()
    print(f"{count} milestones through the ORM, one transaction each step")
    for step, without, with_ in zip(("insert", "update"), bare, recorded, strict=True):
        print(
            f"  {step}: {without:.2f} s without history, {with_:.2f} s recording it "
            f"(x{with_ / without:.2f})"
        )
    print(f"  history rows in the database afterwards: {rows}")
    if arguments.large is not None:
        _backup_and_copy(arguments.large)


def _backup_and_copy(large: Path) -> None:
    from kztracker.db import open_database
    from kztracker.services.backup import backup
    from kztracker.services.copy import copy_database

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(str(large), create=False)
        started = time.perf_counter()
        written = backup(database, Path(folder))
        took = time.perf_counter() - started
        database.dispose()
        print(f"backup of {large.stat().st_size / 1e6:.1f} MB: {took:.2f} s -> {written.name}")
        started = time.perf_counter()
        result = copy_database(str(large), f"sqlite:///{Path(folder) / 'copy.sqlite3'}")
        took = time.perf_counter() - started
        print(f"copy of {result.total} rows to a new SQLite file: {took:.2f} s")


if __name__ == "__main__":
    main()
