"""Preferences: the few choices the window remembers for the user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kztracker.services.backup import DEFAULT_KEEP
from ui.i18n import keep_language_choice, language_combo

SETTINGS_ORGANIZATION = "kztracker"
SETTINGS_APPLICATION = "kztracker"
KEEP_BACKUPS = "backup/keep"
RESTORE_PAGE = "window/restore_page"


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
        self.language = language_combo(self)
        self.restore_page = QCheckBox(tr("Open the view I used last"), self)
        self.restore_page.setChecked(restores_last_page())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

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
        layout.addWidget(backups)
        layout.addWidget(language)
        layout.addWidget(startup)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        store = settings()
        store.setValue(KEEP_BACKUPS, self.keep.value())
        store.setValue(RESTORE_PAGE, "true" if self.restore_page.isChecked() else "false")
        keep_language_choice(self.language, self)
        super().accept()
