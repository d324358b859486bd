"""Revision 0005: the dashboard's index on milestone (status, due_on), added and taken back."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import create_engine, inspect, select

from kztracker.db import alembic_config, open_database
from kztracker.models import Milestone
from kztracker.services.dashboard import _due_condition

INDEX = "ix_milestone_status_due_on"


def _indexes(url: str) -> dict[str, list[str | None]]:
    engine = create_engine(url)
    try:
        found = inspect(engine).get_indexes("milestone")
    finally:
        engine.dispose()
    return {index["name"] or "": list(index["column_names"]) for index in found}


def test_revision_0005_adds_the_status_and_due_index_and_takes_it_back(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0005")
    assert _indexes(database_url)[INDEX] == ["status", "due_on"]
    command.downgrade(config, "0004")
    assert INDEX not in _indexes(database_url)
    assert "ix_milestone_due_on" in _indexes(database_url)  # the older ones stay
    command.upgrade(config, "head")
    assert _indexes(database_url)[INDEX] == ["status", "due_on"]


def test_the_overdue_count_reads_the_index(tmp_path: object) -> None:
    from pathlib import Path

    database = open_database(str(Path(str(tmp_path)) / "plan.sqlite3"))
    try:
        with database.session() as session:
            today = dt.date(2026, 12, 6)
            statement = select(Milestone.id).where(_due_condition(session, "overdue", today))
            compiled = statement.compile(
                dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
            )
            plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
        assert any(INDEX in str(step) for step in plan), plan
    finally:
        database.dispose()
