"""Start the desktop application: a window listing the memoranda of the opened database.

The full main window (issue: the main window) replaces this first view.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableView

from kztracker.errors import KztrackerError
from kztracker.services.database import initialize
from kztracker.services.listing import list_memoranda
from ui.memoranda_model import MemorandaModel


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)


class MainWindow(QMainWindow):
    def __init__(self, rows: list[dict[str, object]], location: str) -> None:
        super().__init__()
        self.setWindowTitle(tr("kztracker — Memoranda"))
        self.model = MemorandaModel(self)
        self.model.set_rows(rows)  # type: ignore[arg-type]
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, 480)
        self.setCentralWidget(self.table)
        self.statusBar().showMessage(tr("%n memoranda", None, len(rows)) + f" — {location}")
        self.resize(1100, 500)


def build_window(db: str | None) -> MainWindow:
    database, _ = initialize(db)
    try:
        with database.session() as session:
            rows = list_memoranda(session)
    finally:
        database.dispose()
    return MainWindow(rows, database.url)  # type: ignore[arg-type]


def run(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("kztracker")
    try:
        window = build_window(db)
    except KztrackerError as exc:
        QMessageBox.critical(None, tr("kztracker"), str(exc))
        return 1
    window.show()
    return app.exec()
