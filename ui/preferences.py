"""Preferences: the few choices the window remembers for the user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from kztracker.services.backup import DEFAULT_KEEP

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
        self.restore_page = QCheckBox(tr("Open the view I used last"), self)
        self.restore_page.setChecked(restores_last_page())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Daily backups to keep:"), self.keep)
        form.addRow("", self.restore_page)
        form.addRow(buttons)

    def accept(self) -> None:
        store = settings()
        store.setValue(KEEP_BACKUPS, self.keep.value())
        store.setValue(RESTORE_PAGE, "true" if self.restore_page.isChecked() else "false")
        super().accept()
