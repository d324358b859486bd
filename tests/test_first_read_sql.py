"""kztracker.first_read runs the services' own statements, compiled to SQLite's SQL ahead of
time (first_read_sql.json): this fails when a statement and its compiled text part. Regenerate
with `python -m kztracker.first_read_compile`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from kztracker import first_read_compile
from kztracker.first_read_compile import SQL_FILE, compiled


def _shipped() -> dict[str, Any]:
    shipped: dict[str, Any] = json.loads(SQL_FILE.read_text(encoding="utf-8"))
    return shipped


def test_the_shipped_sql_is_the_services_statements_compiled_now() -> None:
    assert _shipped() == compiled()


def test_a_changed_statement_no_longer_matches_the_shipped_sql(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The comparison above catches a statement changed without recompiling."""
    from kztracker.services import filter_choices
    from kztracker.services.browse import PERSON

    original = filter_choices.choice_statements

    def people_by_id() -> dict[str, Any]:
        statements = original()
        statements["people"] = select(PERSON.c.id, PERSON.c.name).order_by(PERSON.c.id)
        return statements

    monkeypatch.setattr(filter_choices, "choice_statements", people_by_id)
    now = compiled()
    assert now != _shipped()
    assert now["choices people"]["sql"].endswith("ORDER BY person.id")


def test_every_statement_first_read_runs_is_shipped() -> None:
    names = set(_shipped())
    assert {
        f"choices {field}" for field in ("memoranda", "partners", "focus_areas", "people")
    } <= names
    for field in ("due", "completed", "status"):
        assert {f"first {field} asc", f"first {field} desc", f"first {field} empty"} <= names
    for field in ("memorandum", "focus_area", "responsible"):
        assert {f"first {field} names", f"first {field} links"} <= names
    assert {"rows milestones", "rows milestones of ids", "first title titles"} <= names
    # Only the list of ids and the row count are given when a statement runs.
    given = {
        key for entry in _shipped().values() for key, value in entry["params"] if value is None
    }
    assert given == {first_read_compile.IDS, first_read_compile.COUNT}
