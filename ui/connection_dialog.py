"""A team server's connection: the form in Preferences, and the dialog when a start fails.

The form names the server field by field (host, port, database, user, password, SSL mode) and
tests a connection off the UI thread. What it saves: the URL without the password (QSettings,
by the caller) and the password in the system keyring (kztracker.credentials). A machine with
no keyring is told so, and the password then comes from libpq's .pgpass or is asked at start.

The start dialog appears when the database cannot be opened: the user corrects and tests the
server, opens the local database instead, or reaches Preferences; a start never locks anyone
out of the app.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kztracker.connection import check_connection
from kztracker.credentials import (
    DEFAULT_PORT,
    SSL_MODES,
    KeyringUnavailable,
    ServerSettings,
    is_server_url,
    keyring_name,
    keyring_status,
    password_source,
    pgpass_path,
    save_password,
    stored_password,
)
from kztracker.errors import KztrackerError
from ui.operations import in_background

# Colours of the test's verdict, readable on light and dark palettes alike.
_GOOD, _BAD = "#1b7f3b", "#b3261e"


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionForm", text)


def _ssl_label(mode: str) -> str:
    labels = {
        "disable": tr("disable: never encrypt"),
        "allow": tr("allow: encrypt if the server insists"),
        "prefer": tr("prefer: encrypt when the server can"),
        "require": tr("require: always encrypt"),
        "verify-ca": tr("verify-ca: encrypt, check the server's certificate"),
        "verify-full": tr("verify-full: encrypt, check the certificate and the name"),
    }
    return labels.get(mode, mode)


class ConnectionForm(QWidget):
    """Host, port, database, user, password (masked), SSL mode and a Test connection button."""

    # Emitted when a test ends: whether it connected, and the sentence shown.
    tested = Signal(bool, str)

    def __init__(self, server: ServerSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        server = server or ServerSettings()
        self.host = QLineEdit(server.host, self)
        self.host.setPlaceholderText(tr("db.example.kz or 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(server.port or DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(server.database, self)
        self.user = QLineEdit(server.user, self)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Password"))
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(_ssl_label(mode), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(server.sslmode)))
        self.test_button = QPushButton(tr("&Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("testVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_note = QLabel(self)
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)
        self.password_note.setEnabled(False)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        port_label = QLabel(tr("P&ort:"), self)
        port_label.setBuddy(self.port)
        host_row.addWidget(port_label)
        host_row.addWidget(self.port)
        host_label = QLabel(tr("&Server:"), self)
        host_label.setBuddy(self.host)
        form.addRow(host_label, host_row)
        form.addRow(tr("&Database:"), self.database)
        form.addRow(tr("&User:"), self.user)
        password_column = QVBoxLayout()
        password_column.setSpacing(2)
        password_column.addWidget(self.password)
        password_column.addWidget(self.password_note)
        password_label = QLabel(tr("&Password:"), self)
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_column)
        form.addRow(tr("SS&L:"), self.sslmode)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.verdict, 1)
        form.addRow(test_row)
        # When a field is left, not at each key: asking a keyring can take a D-Bus round trip.
        for field in (self.host, self.database, self.user):
            field.editingFinished.connect(self._describe_password)
        self.port.editingFinished.connect(self._describe_password)
        self._describe_password()

    # -- what the form holds --------------------------------------------------------------------

    def server(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
        )

    def set_server(self, server: ServerSettings) -> None:
        self.host.setText(server.host)
        self.port.setValue(server.port or DEFAULT_PORT)
        self.database.setText(server.database)
        self.user.setText(server.user)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(server.sslmode)))
        self._describe_password()

    def connect_url(self) -> str:
        """The URL to connect with now: the typed password, else the keyring's (in memory)."""
        server = self.server()
        return server.url(self.password.text() or stored_password(server))

    def save_password(self) -> str | None:
        """Keep a typed password in the keyring; the sentence to show when it cannot be."""
        typed = self.password.text()
        if not typed:
            return None
        try:
            save_password(self.server(), typed)
        except KeyringUnavailable as exc:
            return str(exc)
        return None

    def _describe_password(self) -> None:
        server = self.server()
        no_keyring = keyring_status()
        source = password_source(server) if server.user and server.host else None
        if source == "keyring":
            self.password.setPlaceholderText(tr("Saved; type a new one to replace it"))
            note = tr("The password is kept in the system keyring ({keyring}).").format(
                keyring=keyring_name()
            )
        elif source == "pgpass":
            self.password.setPlaceholderText(tr("From {pgpass}").format(pgpass=pgpass_path()))
            note = tr("The password comes from libpq's password file, {pgpass}.").format(
                pgpass=pgpass_path()
            )
        elif no_keyring is not None:
            self.password.setPlaceholderText("")
            note = tr("Not kept: {reason}. Put it in {pgpass}, or type it at each start.").format(
                reason=no_keyring, pgpass=pgpass_path()
            )
        else:
            self.password.setPlaceholderText("")
            note = tr("The password will be kept in the system keyring ({keyring}).").format(
                keyring=keyring_name()
            )
        self.password_note.setText(note)

    # -- testing --------------------------------------------------------------------------------

    def test(self) -> None:
        """Try the connection off the UI thread; the verdict shows beside the button."""
        problem = self.server().problem()
        if problem is not None:
            self.show_verdict(False, tr("Cannot test yet: {problem}.").format(problem=problem))
            return
        url = self.connect_url()
        self.test_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(tr("Connecting…"))
        in_background(
            lambda: check_connection(url),
            lambda _none: self.show_verdict(True, tr("Connected.")),
            self._failed,
            self,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KztrackerError):
            self.show_verdict(False, str(error))
        else:
            self.show_verdict(
                False, tr("The test failed: {error}").format(error=type(error).__name__)
            )

    def show_verdict(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(True)
        self.verdict.setStyleSheet(f"color: {_GOOD if ok else _BAD}")
        self.verdict.setText(text)
        self.tested.emit(ok, text)


class StartProblemDialog(QDialog):
    """The database did not open at start: correct and test the server, open the local
    database, go to Preferences, or quit. `choice` says which; `location` what to open."""

    RETRY, LOCAL, PREFERENCES, QUIT = "retry", "local", "preferences", "quit"

    def __init__(
        self,
        message: str,
        location: str | None,
        *,
        local_offered: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startProblem")
        self.setWindowTitle(tr("kztracker cannot open its database"))
        self.choice = self.QUIT
        self.location = location
        # A password typed here when the keyring cannot keep it: this run only, in memory.
        self.session_url: str | None = None
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        # Core messages are written to follow "kztracker: "; alone here, they start a sentence.
        self.message = QLabel(message[:1].upper() + message[1:], self)
        self.message.setObjectName("startMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form: ConnectionForm | None = None
        text = QVBoxLayout()
        text.addWidget(self.message)
        if is_server_url(location):
            assert location is not None
            intro = QLabel(tr("Correct the server's details, test them, and connect:"), self)
            intro.setWordWrap(True)
            text.addWidget(intro)
            self.form = ConnectionForm(ServerSettings.from_url(location), self)
            text.addWidget(self.form)
            if password_source(self.form.server()) is None:
                # Most often what is missing: no keyring here, or none saved yet.
                self.form.password.setFocus()
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)

        buttons = QDialogButtonBox(self)
        self.retry_button = buttons.addButton(
            tr("&Connect") if self.form is not None else tr("Try &again"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.retry_button.setObjectName("retry")
        self.local_button: QPushButton | None = None
        if local_offered:
            self.local_button = buttons.addButton(
                tr("Open the &local database"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.local_button.setObjectName("openLocal")
            self.local_button.setToolTip(tr("The file in your user data folder, for this run"))
            self.local_button.clicked.connect(lambda: self._close_with(self.LOCAL))
        self.preferences_button = buttons.addButton(
            tr("&Preferences…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preferences_button.setObjectName("preferences")
        self.preferences_button.clicked.connect(lambda: self._close_with(self.PREFERENCES))
        quit_button = buttons.addButton(tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        buttons.accepted.connect(self._retry)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _retry(self) -> None:
        if self.form is not None:
            server = self.form.server()
            problem = server.problem()
            if problem is not None:
                self.form.show_verdict(
                    False, tr("Cannot connect yet: {problem}.").format(problem=problem)
                )
                return
            self.location = server.url()
            if self.form.save_password() is not None:
                # No keyring to keep it: this run connects with it, nothing stores it.
                self.session_url = self.form.connect_url()
        self._close_with(self.RETRY)
