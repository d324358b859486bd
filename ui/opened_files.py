"""Files opened from the window (attachments handed to the system's viewer) are written to one
folder per session, and that folder is cleared when the app quits (QApplication.aboutToQuit,
with atexit as the fallback for an exit that skips Qt's).

Best effort: on Windows a file another program still holds open cannot be deleted; it is
logged and left (with its folder) for the next clean-up of the temporary folder, never an
error the user sees.
"""

from __future__ import annotations

import atexit
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("kztracker.window")

PREFIX = "kztracker-files-"

_folder: Path | None = None
_hooked = False


def session_folder() -> Path:
    """This session's folder for opened files, made on first use."""
    global _folder, _hooked
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    if not _hooked:
        _hooked = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(clear_session_folder)
        atexit.register(clear_session_folder)
    return _folder


def clear_session_folder() -> list[Path]:
    """Delete this session's opened files; returns those that could not be (still open)."""
    global _folder
    folder, _folder = _folder, None
    if folder is None or not folder.exists():
        return []
    kept: list[Path] = []
    # Deepest first, so each folder is empty by the time it is removed.
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            path.rmdir() if path.is_dir() else path.unlink()
        except OSError as error:
            if not path.is_dir():
                kept.append(path)
                log.info("an opened file stays in the temporary folder: %s (%s)", path, error)
    try:
        folder.rmdir()
    except OSError:
        pass  # something above was kept
    return kept
