"""`kztracker backup [DIR]`: a consistent copy of the database, safe while the app runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from kztracker.i18n import _

NAME = "backup"
HELP = "write a consistent copy of the database (default: the backups folder beside it)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", nargs="?", type=Path, metavar="DIR", help="where to write")


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.backup import backup

    database = open_database(args.db, create=False)
    try:
        written = backup(database, args.directory)
    finally:
        database.dispose()
    print(_("Backup written to {path}").format(path=written))
    return 0
