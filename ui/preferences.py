"""Preferences: the few choices the window remembers for the user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kztracker.db import default_database_path, location_problem
from kztracker.services.backup import DEFAULT_KEEP
from ui.i18n import keep_language_choice, language_combo

SETTINGS_ORGANIZATION = "kztracker"
SETTINGS_APPLICATION = "kztracker"
KEEP_BACKUPS = "backup/keep"
RESTORE_PAGE = "window/restore_page"
DATABASE_LOCATION = "database/location"


def tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def settings() -> QSettings:
    """The user's settings; tests point QSettings at a temporary folder with QSettings.setPath."""
    return QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


def backups_to_keep() -> int:
    value = settings().value(KEEP_BACKUPS, DEFAULT_KEEP)
    try:
        return max(0, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def database_location() -> str | None:
    """The database file or server URL the user chose, or None for the default file."""
    value = str(settings().value(DATABASE_LOCATION, "") or "").strip()
    return value or None


def restores_last_page() -> bool:
    return str(settings().value(RESTORE_PAGE, "true")).lower() == "true"


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.keep = QSpinBox(self)
        self.keep.setRange(0, 100)
        self.keep.setValue(backups_to_keep())
        self.keep.setSpecialValueText(tr("No automatic backups"))
        self.keep.setToolTip(
            tr("A copy of the database is saved the first time it is opened each day")
        )
        self.location = QLineEdit(database_location() or "", self)
        self.location.setPlaceholderText(str(default_database_path()))
        self.location.setClearButtonEnabled(True)
        self.location.setToolTip(
            tr("A database file, or a shared server: postgresql+psycopg://user@host/database")
        )
        self.location.textChanged.connect(self._check_location)
        choose = QPushButton(tr("Choose &file…"), self)
        choose.clicked.connect(self._choose_file)
        self.location_error = QLabel(self)
        self.location_error.setWordWrap(True)
        self.location_error.setStyleSheet("color: #b3261e")
        self.location_error.hide()
        self.language = language_combo(self)
        self.restore_page = QCheckBox(tr("Open the view I used last"), self)
        self.restore_page.setChecked(restores_last_page())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        database = QGroupBox(tr("Database"), self)
        database_box = QVBoxLayout(database)
        row = QHBoxLayout()
        label = QLabel(tr("&Location:"), database)
        label.setBuddy(self.location)
        row.addWidget(label)
        row.addWidget(self.location, 1)
        row.addWidget(choose)
        database_box.addLayout(row)
        database_box.addWidget(self.location_error)
        where = QLabel(
            tr(
                "Leave empty for the file in your user data folder. A change applies the next "
                "time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence."
            ),
            database,
        )
        where.setWordWrap(True)
        where.setEnabled(False)
        database_box.addWidget(where)

        backups = QGroupBox(tr("Backups"), self)
        backup_form = QFormLayout(backups)
        backup_form.addRow(tr("Daily backups to keep:"), self.keep)
        note = QLabel(
            tr(
                "The first time the database is opened each day, a copy is saved beside it "
                "(a database file only; for a server, use File › Backup…)."
            ),
            backups,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        backup_form.addRow(note)
        # Titled with ui/i18n's own word, so it reads in the language it offers.
        language = QGroupBox(QCoreApplication.translate("Language", "Language"), self)
        QVBoxLayout(language).addWidget(self.language)
        startup = QGroupBox(tr("Start-up"), self)
        QVBoxLayout(startup).addWidget(self.restore_page)

        layout = QVBoxLayout(self)
        layout.addWidget(database)
        layout.addWidget(backups)
        layout.addWidget(language)
        layout.addWidget(startup)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Database file"),
            self.location.text() or str(default_database_path()),
            tr("kztracker databases (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.location.setText(path)

    def _check_location(self) -> bool:
        problem = location_problem(self.location.text())
        self.location_error.setText(problem or "")
        self.location_error.setVisible(problem is not None)
        return problem is None

    def accept(self) -> None:
        if not self._check_location():
            self.location.setFocus()
            return
        store = settings()
        store.setValue(DATABASE_LOCATION, self.location.text().strip())
        store.setValue(KEEP_BACKUPS, self.keep.value())
        store.setValue(RESTORE_PAGE, "true" if self.restore_page.isChecked() else "false")
        keep_language_choice(self.language, self)
        super().accept()
