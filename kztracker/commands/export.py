"""`kztracker export FILE.xlsx`: the Excel summary, whole or scoped."""

from __future__ import annotations

import argparse

from kztracker.errors import KztrackerError, shown
from kztracker.i18n import LANGUAGES, _

NAME = "export"
HELP = "write the records to an Excel workbook"
EXAMPLE = "kztracker export summary.xlsx --memorandum astrazeneca --milestones-status open"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.xlsx", help="the workbook to write (replaced)")
    parser.add_argument(
        "--memorandum",
        metavar="ID_OR_TITLE",
        help="only this memorandum (its id, or a unique part of its title, in any case) and the "
        "records related to it",
    )
    parser.add_argument(
        "--milestones-status",
        metavar="STATUS",
        help="only milestones with this status (open = planned or in progress)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="language of the sheet names, headers and summary (record data stays as entered)",
    )


def _check_name(file: str) -> None:
    """Only a workbook is written: a .csv or .ods name would hold an .xlsx file under it."""
    if not file.lower().endswith(".xlsx"):
        raise KztrackerError(
            _("{file}: the summary is an Excel workbook; give a file name ending in .xlsx").format(
                file=shown(file)
            )
        )


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kztracker.db import open_database
    from kztracker.exporting import ExportScope, export_database, memorandum_scope, statuses_for
    from kztracker.exporting.languages import in_language

    _check_name(args.file)
    statuses = statuses_for(args.milestones_status) if args.milestones_status else None
    database = open_database(args.db, create=False, read_only=True)
    try:
        scope = ExportScope()
        if args.memorandum is not None:
            with database.session() as session:
                scope = memorandum_scope(session, args.memorandum)
        with in_language(args.language):
            result = export_database(
                database, args.file, scope=replace(scope, milestone_statuses=statuses)
            )
    finally:
        database.dispose()
    print(result.describe())
    return 0
