"""The log file: where library warnings and unexpected errors go, so that none reach a terminal.

One rotating file in the platform's log folder (`~/.local/state/kztracker/log` on Linux);
KZTRACKER_LOG_DIR points it elsewhere (tests, a read-only home). Setting up never fails: when
the folder cannot be written, records go nowhere rather than to the user's terminal.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import warnings
from pathlib import Path

LOG_NAME = "kztracker.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_handler: logging.Handler | None = None
_configured: Path | None = None


def log_dir() -> Path:
    override = os.environ.get("KZTRACKER_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("kztracker", appauthor=False)


def log_file() -> Path:
    """Where the log is written (whether or not it exists yet)."""
    return log_dir() / LOG_NAME


def setup_logging(debug: bool = False) -> Path:
    """Send logging and warnings to the log file; with `debug`, also to stderr. Idempotent;
    called again after KZTRACKER_LOG_DIR changed, it moves to the new file."""
    global _configured, _handler
    path = log_file()
    root = logging.getLogger()
    if _configured != path:
        handler: logging.Handler
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=True
            )
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        if _handler is not None:
            root.removeHandler(_handler)
            _handler.close()
        # A handler on the root logger keeps logging's last-resort stderr handler silent, so
        # library chatter (pypdf's "EOF marker not found") never reaches the terminal. Handlers
        # others added (a test runner's capture) stay.
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.captureWarnings(True)
        warnings.simplefilter("default")
        _handler, _configured = handler, path
    # The console handler is made anew at each call, on the stderr of the moment (a test's
    # capture, a redirected stream), and only for a call that asks for it.
    for handler in [h for h in root.handlers if getattr(h, "_kztracker_debug", False)]:
        root.removeHandler(handler)
    root.setLevel(logging.INFO)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        console._kztracker_debug = True  # type: ignore[attr-defined]
        root.addHandler(console)
        root.setLevel(logging.DEBUG)
    return path
