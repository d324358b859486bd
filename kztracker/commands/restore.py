"""`kztracker restore FILE`: put a checked backup in place; the current database is kept aside."""

from __future__ import annotations

import argparse
from pathlib import Path

from kztracker.i18n import _

NAME = "restore"
HELP = (
    "replace the database with a backup after checking it (the current one is kept aside); "
    "close the app first"
)
EXAMPLE = "kztracker restore backups/kztracker-20261206-101500.sqlite3"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="a backup written by kztracker")


def run(args: argparse.Namespace) -> int:
    from kztracker.services.backup import restore

    result = restore(args.db, args.file)
    print(
        _("Restored {file} into {database} (schema {schema}).").format(
            file=args.file, database=result.database, schema=result.revision
        )
    )
    if result.set_aside is not None:
        print(_("The database it replaced was kept as {path}").format(path=result.set_aside))
    return 0
