"""`kztracker calendar FILE.ics`: the milestones as calendar events (services/calendar.py)."""

from __future__ import annotations

import argparse

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


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.calendar import export_calendar

    database = open_database(args.db, create=False, read_only=True)
    try:
        result = export_calendar(
            database, args.file, person=args.person, memorandum=args.memorandum
        )
    finally:
        database.dispose()
    print(result.describe())
    return 0
