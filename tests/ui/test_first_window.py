from pathlib import Path

from pytestqt.qtbot import QtBot

from ui.app import build_window


def test_window_lists_the_seeded_memoranda(qtbot: QtBot, tmp_path: Path) -> None:
    window = build_window(str(tmp_path / "ui.db"))
    qtbot.addWidget(window)
    window.show()
    model = window.table.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("AstraZeneca" in title for title in titles)
    assert "5 memoranda" in window.statusBar().currentMessage()
