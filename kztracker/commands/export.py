"""`kztracker export FILE.xlsx`: the Excel summary, whole or scoped."""

from __future__ import annotations

import argparse

NAME = "export"
HELP = "write the records to an Excel workbook"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.xlsx", help="the workbook to write (replaced)")
    parser.add_argument("--memorandum", metavar="TITLE", help="only this memorandum's records")
    parser.add_argument(
        "--milestones-status",
        metavar="STATUS",
        help="only milestones with this status (open = planned or in progress)",
    )


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from kztracker.db import open_database
    from kztracker.exporting import export_workbook

    database = open_database(args.db, create=False)
    try:
        with database.session() as session:
            result = export_workbook(
                session,
                args.file,
                # The label is written into the file, so a password in the URL stays out.
                source_label=make_url(str(database.url)).render_as_string(hide_password=True),
                memorandum=args.memorandum,
                milestone_status=args.milestones_status,
            )
    finally:
        database.dispose()
    counts = ", ".join(
        f"{count} {sheet.lower()}" for sheet, count in result.sheets.items() if sheet != "Summary"
    )
    print(f"Wrote {args.file}: {counts}.")
    return 0
