"""`kztracker screenshots DIR`: a PNG of each main view and dialog of the real window.

The window is drawn offscreen, so this runs on a server or in CI without a display. A SQLite
database is copied first and the window opens the copy, so no dialog the tool opens and closes
can change the user's records.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
from pathlib import Path

from kztracker.errors import KztrackerError
from kztracker.i18n import _, ngettext

NAME = "screenshots"
HELP = "write a PNG of each main view and dialog of the window to a folder"
EXAMPLE = "kztracker screenshots pictures --size 1366x768"

_SIZE = re.compile(r"^(\d{3,4})x(\d{3,4})$")


def _size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"not a window size: {text!r} (use WIDTHxHEIGHT)")
    return int(match.group(1)), int(match.group(2))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="folder for the PNG files (created)")
    parser.add_argument(
        "--size",
        type=_size,
        default=(1400, 860),
        metavar="WIDTHxHEIGHT",
        help="window size in pixels (default: 1400x860)",
    )
    parser.add_argument(
        "--language",
        choices=("kk", "ru", "en"),
        default="en",
        help="language of the window in the pictures (default: en)",
    )


def run(args: argparse.Namespace) -> int:
    # Before Qt loads: without a display the window is drawn offscreen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(args.folder).expanduser()
    # Importing the window by name keeps the core free of any static dependency on Qt.
    try:
        screenshots = importlib.import_module("ui.screenshots")
    except ImportError as exc:
        raise KztrackerError(
            _("the desktop interface cannot start: {error}").format(error=exc)
        ) from exc
    report = screenshots.take_screenshots(args.db, folder, size=args.size, language=args.language)
    for note in report.notes:
        print(_("note: {note}").format(note=note))
    count = len(report.written)
    print(
        ngettext(
            "Wrote {count} screenshot to {folder}.", "Wrote {count} screenshots to {folder}.", count
        ).format(count=count, folder=folder)
    )
    return 0
