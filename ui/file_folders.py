"""Where a file dialog starts: the folder last used for that kind of file, else the user's
Documents folder (never the program's own folder). Kept in QSettings per kind, so Import
and Export each come back to their own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ui.preferences import settings

# Kinds of file a dialog asks for; each remembers its own folder.
ANNOUNCEMENTS = "announcements"
BACKUPS = "backups"
DATABASES = "databases"
SPREADSHEETS = "spreadsheets"
ATTACHMENTS = "attachments"
CALENDARS = "calendars"


def _key(kind: str) -> str:
    return f"folders/{kind}"


def documents_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def start_folder(kind: str) -> str:
    """The folder to open a `kind` dialog in."""
    remembered = str(settings().value(_key(kind), "") or "")
    return remembered if remembered and Path(remembered).is_dir() else documents_folder()


def remember_folder(kind: str, chosen: str | Path) -> None:
    """Note the folder of what the user chose (a file's folder, or the folder itself)."""
    path = Path(chosen)
    settings().setValue(_key(kind), str(path if path.is_dir() else path.parent))
