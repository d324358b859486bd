"""The window's start stays light (issue 18): its milestones view shows its first page before
SQLAlchemy's ORM, the model classes, the history hook, the dialogs, the dashboard, openpyxl,
numpy or the search index are imported, and on a SQLite file before SQLAlchemy itself is; so is
every row behind it (read through sqlite3 as well). Checked in a fresh interpreter, after the
open, at the moment the first page is shown and at the moment every row is in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import TableClause

from kztracker.db import Database
from kztracker.models import Base
from kztracker.services.browse import BROWSE_TABLES
from kztracker.services.database import initialize

HEAVY = (
    # On a SQLite file the first page is read through sqlite3 (kztracker.first_read).
    "sqlalchemy",
    "sqlalchemy.orm",
    "kztracker.models",
    "kztracker.history",
    "openpyxl",
    "ui.dialogs",
    "ui.dashboard",
    # The search index (and numpy) are built on a worker once every row is in.
    "numpy",
    "kztracker.services.search_index",
)

_SCRIPT = """
import json, sys
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(settings_format, QSettings.Scope.UserScope, sys.argv[2])
from ui.app import application, build_window
from ui.preferences import settings

app = application()
store = settings()
store.setValue("window/page", "milestone")
store.sync()
window = build_window(sys.argv[1])
seen = {}
view = window.views["milestone"]

def first_rows_shown():
    # Called as the first page is put in the table, before anything else is read.
    seen["loaded"] = [name for name in json.loads(sys.argv[3]) if name in sys.modules]
    seen["rows"] = view.model.rowCount()
    seen["titles"] = [view.model.index(row, 0).data() for row in range(seen["rows"])]

def every_row_in():
    heavy = json.loads(sys.argv[3])
    seen["loaded_with_every_row"] = [name for name in heavy if name in sys.modules]
    app.quit()

view.first_rows_shown.connect(first_rows_shown)
view.loaded.connect(every_row_in)
QTimer.singleShot(60_000, app.quit)
window.show()
app.exec()
seen["all_rows"] = view.model.rowCount()
window.close()
window.operations.wait()
print(json.dumps(seen))
"""


def _fresh(script: str, *args: str) -> dict[str, Any]:
    """What `script` prints as its last line (JSON), run in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_first_page_shows_before_the_orm_dialogs_or_history_load(
    seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    seeded_db.dispose()
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    heavy = HEAVY if database_url.startswith("sqlite") else HEAVY[1:]  # a server's engine
    seen = _fresh(_SCRIPT, database_url, str(settings_dir), json.dumps(heavy))
    assert seen["loaded"] == []
    assert seen["rows"] > 0 and all(seen["titles"])
    # Every row streams through sqlite3 too: the table is whole before any of them loads.
    assert seen["loaded_with_every_row"] == []
    # The first page leads the whole table, which comes in after it.
    assert seen["all_rows"] >= seen["rows"]


_OPEN_SCRIPT = """
import json, sys
from ui.app import application, build_window
from kztracker.services.database import initialize

imported = "sqlalchemy" in sys.modules
database, seeded = initialize(sys.argv[1], check_later=True)
print(json.dumps({
    "imported": imported,
    "opened": "sqlalchemy" in sys.modules,
    "read_only": database.read_only,
    "seeded": seeded.total,
}))
"""


def test_an_up_to_date_sqlite_file_opens_before_sqlalchemy_loads(tmp_path: Path) -> None:
    """The window's imports and the open of its file (checks, schema revision, whether it
    holds records) need the standard library alone: SQLAlchemy loads on the workers that
    read the rows, once the window is built."""
    path = tmp_path / "kztracker.sqlite3"
    database, seeded = initialize(str(path))
    database.dispose()
    assert seeded.total > 0
    seen = _fresh(_OPEN_SCRIPT, str(path))
    assert seen == {"imported": False, "opened": False, "read_only": False, "seeded": 0}


@pytest.mark.parametrize("light", BROWSE_TABLES, ids=lambda light: light.name)
def test_the_rows_light_tables_name_the_models_columns(light: TableClause) -> None:
    model = Base.metadata.tables[light.name]
    assert {c.name for c in light.columns} <= {c.name for c in model.columns}
