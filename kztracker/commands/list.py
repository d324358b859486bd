"""`kztracker list KIND [--json]`: the records of one kind."""

from __future__ import annotations

import argparse
import json
import sys

NAME = "list"
HELP = "list the records of one kind"
KINDS = ("memoranda", "partners", "people", "focus-areas", "milestones", "sources")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument("--json", action="store_true", help="print one JSON array")


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.listing import list_records

    database = open_database(args.db, create=False, read_only=True)
    try:
        with database.session() as session:
            rows = list_records(session, args.kind)
    finally:
        database.dispose()
    if args.json:
        for row in rows:
            row.pop("id", None)
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        label = row.get("name") or row.get("title")
        extra = row.get("due") or row.get("status") or row.get("title") or row.get("kind") or ""
        print(f"{label}\t{extra}" if extra and extra != label else label)
    return 0
