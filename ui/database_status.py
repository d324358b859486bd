"""What the status bar says about the database in use: where it is, and that it is read-only
when this user may not write it (`Database.read_only`, which the core sets on opening)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kztracker.db import Database
from kztracker.locations import sqlite_path


def tr(text: str) -> str:
    # The window's context: these texts were the main window's and keep their translations.
    return QCoreApplication.translate("MainWindow", text)


def location_text(database: Database) -> str:
    """A file's path, or a server's address without its password."""
    path = sqlite_path(database.url)
    if path is not None:  # a file's, read without loading SQLAlchemy (issue 18)
        return str(path)
    from sqlalchemy.engine import make_url

    url = make_url(database.url)
    if url.get_backend_name() == "sqlite":
        return str(url.database or "")
    return url.render_as_string(hide_password=True)


def location_label(database: Database, parent: QWidget) -> QLabel:
    location = QLabel(location_text(database), parent)
    location.setObjectName("databaseLocation")
    location.setToolTip(tr("The database in use"))
    location.setEnabled(False)
    return location


def read_only_badge(parent: QWidget) -> QLabel:
    badge = QLabel(tr("Read-only"), parent)
    badge.setObjectName("readOnly")
    badge.setToolTip(
        tr(
            "This database can only be read here: the file or its folder may not be "
            "written. Copy it to a folder you may write to, or ask for access."
        )
    )
    badge.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; padding: 0 6px; }")
    return badge
