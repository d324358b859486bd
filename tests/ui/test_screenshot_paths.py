"""Screenshots show no temporary path (issue 15, point 8): the window pictured runs on a copy
in a temporary folder, and its status bar names the database by its file name only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kztracker.services.database import initialize
from ui import screenshots


def test_the_status_bar_in_the_pictures_names_the_file_not_the_temporary_copy(
    qtbot: object, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _ = initialize(str(db_path))
    database.dispose()
    seen: list[str] = []

    def views(shooter: object) -> None:
        label = shooter.window.findChild(QLabel, "databaseLocation")  # type: ignore[attr-defined]
        seen.append(label.text())
        seen.append(shooter.window.database.url)  # type: ignore[attr-defined]

    monkeypatch.setattr(screenshots._Shooter, "views", views)
    monkeypatch.setattr(screenshots._Shooter, "dialogs", lambda shooter: None)
    screenshots.take_screenshots(str(db_path), tmp_path / "pictures")
    label, url = seen
    assert label == db_path.name
    assert "kztracker-screenshots-" in url  # the window did run on the copy
