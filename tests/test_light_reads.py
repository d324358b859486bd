"""Reading commands stay light: `list` and a read-only open load neither SQLAlchemy's ORM, the
model classes, the history hook nor the backups (issue 18: the whole process near a bare Core
script; backups load before a write or when a message names the way back)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker.db import Database
from kztracker.models import Base
from kztracker.services.listing import LIGHT_TABLES, kinds

HEAVY = (
    "sqlalchemy.orm",
    "kztracker.models",
    "kztracker.history",
    "kztracker.services.seeding",
    "kztracker.backups",
)


def _loaded_after(code: str) -> tuple[list[str], str]:
    """The heavy modules a fresh interpreter holds after running `code`, and what it printed."""
    script = (
        "import contextlib, io, sys\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        + "".join(f"    {line}\n" for line in code.splitlines())
        + f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
        "print(out.getvalue(), end='')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    first, _, rest = result.stdout.partition("\n")
    return first.split(), rest


@pytest.mark.parametrize("kind", sorted(kinds()))
def test_list_json_loads_no_orm_and_prints_the_records(
    seeded_db: Database, db_path: Path, kind: str
) -> None:
    seeded_db.dispose()
    loaded, printed = _loaded_after(
        "from kztracker.cli import main\n"
        f"assert main(['--db', {str(db_path)!r}, 'list', {kind!r}, '--json']) == 0\n"
    )
    assert loaded == []
    rows = json.loads(printed)
    assert rows and all(isinstance(row, dict) for row in rows)


def test_listed_dates_are_iso_text_cut_to_their_precision(
    seeded_db: Database, db_path: Path
) -> None:
    seeded_db.dispose()
    result = subprocess.run(
        [sys.executable, "-m", "kztracker", "--db", str(db_path), "list", "milestones", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dues = [row["due"] for row in json.loads(result.stdout) if row["due"]]
    assert dues and all(len(due) in (4, 7, 10) and due[:4].isdigit() for due in dues)
    assert dues == sorted(dues)


def test_opening_to_read_loads_no_orm(seeded_db: Database, db_path: Path) -> None:
    seeded_db.dispose()
    loaded, _ = _loaded_after(
        "from kztracker.db import open_database\n"
        f"open_database({str(db_path)!r}, create=False, read_only=True).dispose()\n"
    )
    assert loaded == []


def test_the_light_tables_name_the_models_columns() -> None:
    for light in LIGHT_TABLES:
        model = Base.metadata.tables[light.name]
        assert {c.name for c in light.columns} <= {c.name for c in model.columns}, light.name
