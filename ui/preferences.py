"""Preferences: the few choices the window remembers for the user (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kztracker.credentials import (
    KeyringUnavailable,
    ServerSettings,
    is_server_url,
    save_password,
    without_password,
)
from kztracker.locations import default_database_path, location_problem
from kztracker.services.backup import DEFAULT_KEEP
from ui.i18n import keep_language_choice, language_combo

if TYPE_CHECKING:
    from ui.operations import Operations

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


def int_setting(key: str, default: int, minimum: int = 0) -> int:
    """A whole number the user set, at least `minimum`; `default` when unset or unreadable."""
    try:
        return max(minimum, int(settings().value(key, default)))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default


def database_location() -> str | None:
    """The database file or server URL the user chose, or None for the default file."""
    value = str(settings().value(DATABASE_LOCATION, "") or "").strip()
    return value or None


def keep_location(value: str) -> str | None:
    """Save the database location without any password in it; the password goes to the
    keyring. Returns the sentence to show when the keyring could not take it."""
    bare, password = without_password(value.strip())
    settings().setValue(DATABASE_LOCATION, bare)
    if password is None or not is_server_url(bare):
        return None
    try:
        save_password(ServerSettings.from_url(bare), password)
    except KeyringUnavailable as exc:
        return str(exc)
    return None


def move_password_out_of_settings() -> str | None:
    """A settings file written before passwords went to the keyring may hold one in the saved
    URL: it moves to the keyring and leaves the file. Returns the URL with the password for
    this run when no keyring could take it (it is then gone from the file all the same)."""
    saved = database_location()
    if saved is None:
        return None
    bare, password = without_password(saved)
    if password is None:
        return None
    refused = keep_location(saved)
    settings().sync()
    return saved if refused is not None else None


def restores_last_page() -> bool:
    return str(settings().value(RESTORE_PAGE, "true")).lower() == "true"


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, operations: Operations | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.keep = QSpinBox(self)
        self.keep.setRange(0, 100)
        self.keep.setValue(backups_to_keep())
        self.keep.setSpecialValueText(tr("No automatic backups"))
        self.keep.setToolTip(
            tr("A copy of the database is saved the first time it is opened each day")
        )
        saved = database_location() or ""
        on_server = is_server_url(saved)
        self.location = QLineEdit("" if on_server else saved, self)
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

        from ui.connection_dialog import ConnectionForm

        self.use_file = QRadioButton(tr("A &file on this computer"), self)
        self.use_server = QRadioButton(tr("A team's &server (PostgreSQL)"), self)
        self.use_server.setObjectName("useServer")
        kinds = QButtonGroup(self)
        kinds.addButton(self.use_file)
        kinds.addButton(self.use_server)
        self.server = ConnectionForm(ServerSettings.from_url(saved) if on_server else None, self)
        self.server.setObjectName("connectionForm")
        (self.use_server if on_server else self.use_file).setChecked(True)

        database = QGroupBox(tr("Database"), self)
        database_box = QVBoxLayout(database)
        database_box.addWidget(self.use_file)
        self.file_box = QWidget(database)
        file_layout = QVBoxLayout(self.file_box)
        file_layout.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(tr("&Location:"), database)
        label.setBuddy(self.location)
        row.addWidget(label)
        row.addWidget(self.location, 1)
        row.addWidget(choose)
        file_layout.addLayout(row)
        file_layout.addWidget(self.location_error)
        database_box.addWidget(self.file_box)
        database_box.addWidget(self.use_server)
        server_box = QWidget(database)
        server_layout = QVBoxLayout(server_box)
        server_layout.setContentsMargins(24, 0, 0, 0)
        server_layout.addWidget(self.server)
        database_box.addWidget(server_box)
        where = QLabel(
            tr(
                "Leave the file empty for the one in your user data folder. A change applies "
                "the next time kztracker starts; --db and KZTRACKER_DATABASE_URL take precedence."
            ),
            database,
        )
        where.setWordWrap(True)
        where.setEnabled(False)
        database_box.addWidget(where)
        self.use_server.toggled.connect(server_box.setEnabled)
        self.use_server.toggled.connect(lambda on: self.file_box.setEnabled(not on))
        server_box.setEnabled(on_server)
        self.file_box.setEnabled(not on_server)

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
        from ui.reminders import ReminderSettings  # it reads this module's settings()

        self.reminders = ReminderSettings(operations, self)
        from ui.attachments import AttachmentSettings

        self.attachments = AttachmentSettings(self)

        # One tab per subject: all the groups in one column came to about 870 px, more than
        # a 768-px screen has (issue 15's small screens).
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preferencesTabs")
        for title, groups in (
            (tr("Database"), (database, backups)),
            (tr("General"), (language, startup)),
            (tr("Reminders"), (self.reminders,)),
            (tr("Files"), (self.attachments,)),
        ):
            page = QWidget(self.tabs)
            page_layout = QVBoxLayout(page)
            for group in groups:
                page_layout.addWidget(group)
            page_layout.addStretch(1)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        # Wrapped notes need their height for this width: a first size from the layout's
        # minimum would squeeze them into one clipped line.
        self.resize(560, self.heightForWidth(560))

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
        refused: str | None = None
        if self.use_server.isChecked():
            problem = self.server.server().problem()
            if problem is not None:
                self.server.show_verdict(False, problem)
                self.server.host.setFocus()
                return
            # The URL without the password is what the settings file keeps.
            keep_location(self.server.server().url())
            refused = self.server.save_password()
        else:
            if not self._check_location():
                self.location.setFocus()
                return
            refused = keep_location(self.location.text())
        store = settings()
        store.setValue(KEEP_BACKUPS, self.keep.value())
        store.setValue(RESTORE_PAGE, "true" if self.restore_page.isChecked() else "false")
        self.reminders.save()
        self.attachments.save()
        keep_language_choice(self.language, self)
        if refused is not None:
            QMessageBox.warning(self, tr("Preferences"), refused)
        super().accept()
