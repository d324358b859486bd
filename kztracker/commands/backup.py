"""`kztracker backup [DIR]`: a consistent copy of the database, safe while the app runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from kztracker.errors import KztrackerError, shown
from kztracker.i18n import _

NAME = "backup"
HELP = "write a consistent copy of the database (default: the backups folder beside it)"
EXAMPLE = "kztracker backup ~/Documents/kztracker-backups"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", nargs="?", type=Path, metavar="DIR", help="where to write")


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.backup import backup

    if args.directory is not None and args.directory.exists() and not args.directory.is_dir():
        raise KztrackerError(
            _(
                "{path} is a file; give a folder for the backup, or nothing to use the backups "
                "folder beside the database"
            ).format(path=shown(args.directory))
        )
    database = open_database(args.db, create=False)
    try:
        written = backup(database, args.directory)
    finally:
        database.dispose()
    print(_("Backup written to {path}").format(path=written))
    return 0
