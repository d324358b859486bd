"""`kztracker calendar FILE.ics`: the milestones as calendar events (services/calendar.py)."""

from __future__ import annotations

import argparse

from kztracker.errors import KztrackerError, shown
from kztracker.i18n import _

NAME = "calendar"
HELP = "write the milestones to an iCalendar (.ics) file for Outlook or Google Calendar"
EXAMPLE = 'kztracker calendar milestones.ics --person "Aigerim Sadykova"'


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.ics", help="the calendar file to write (replaced)")
    parser.add_argument(
        "--person", metavar="NAME", help="only the milestones this person is responsible for"
    )
    parser.add_argument(
        "--memorandum",
        metavar="ID|TITLE",
        help="only this memorandum's milestones: its id or a unique part of its title",
    )


def _check_name(file: str) -> None:
    """Only an iCalendar file is written, as export writes only a workbook: a name without
    .ics ("milestones", "plan.txt") would hold a file no calendar program opens by its name."""
    if not file.lower().endswith(".ics"):
        raise KztrackerError(
            _("{file}: the calendar is an iCalendar file; give a file name ending in .ics").format(
                file=shown(file)
            )
        )


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.calendar import export_calendar

    _check_name(args.file)
    database = open_database(args.db, create=False, read_only=True)
    try:
        result = export_calendar(
            database, args.file, person=args.person, memorandum=args.memorandum
        )
    finally:
        database.dispose()
    print(result.describe())
    return 0
