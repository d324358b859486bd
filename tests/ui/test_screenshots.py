"""`kztracker screenshots DIR`: every main view and dialog pictured, the database left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from sqlalchemy import func, select

from kztracker.db import open_database
from kztracker.models import Memorandum, Milestone, Source
from kztracker.services.database import initialize

VIEWS = (
    "dashboard",
    "memoranda",
    "partners",
    "people",
    "focus-areas",
    "milestones",
    "sources",
    "milestone-history",
    "milestones-no-match",
)
DIALOGS = (
    "edit-memorandum",
    "edit-organization",
    "edit-person",
    "edit-focus-area",
    "edit-milestone",
    "new-milestone",
    "quick-milestone",
    "delete-memorandum",
    "conflict",
    "import-review",
    "paste-import",
    "change-milestones",
    "deleted-records",
    "preferences",
    "about",
)


def _counts(db_path: Path) -> tuple[int, ...]:
    database = open_database(str(db_path), create=False)
    try:
        with database.session() as session:
            return tuple(
                session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Memorandum, Milestone, Source)
            )
    finally:
        database.dispose()


def test_writes_a_picture_of_each_view_and_dialog(db_path: Path, tmp_path: Path) -> None:
    database, _ = initialize(str(db_path))
    database.dispose()
    before = _counts(db_path)
    folder = tmp_path / "pictures"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("KZTRACKER_DATABASE_URL", None)

    result = subprocess.run(
        [sys.executable, "-m", "kztracker", "--db", str(db_path), "screenshots", str(folder)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stdout, result.stdout
    for name in VIEWS:
        image = QImage(str(folder / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1400, 860), name
    for name in DIALOGS:
        image = QImage(str(folder / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() > 100 and image.height() > 50, name
    assert f"Wrote {len(VIEWS) + len(DIALOGS)} screenshots" in result.stdout
    # The delete confirmation and the import review ran on a copy: nothing changed here.
    assert _counts(db_path) == before


def test_refuses_a_size_it_cannot_read(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kztracker", "screenshots", str(tmp_path), "--size", "big"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "not a window size" in result.stderr


def test_a_missing_database_is_one_clear_line(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    folder = tmp_path / "pictures"
    result = subprocess.run(
        [sys.executable, "-m", "kztracker", "--db", str(missing), "screenshots", str(folder)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"kztracker: no database at {missing}; run `kztracker init` first\n"
    assert not missing.exists()  # nothing created in its place
    assert not folder.exists()
