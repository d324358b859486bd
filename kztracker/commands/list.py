"""`kztracker list KIND [--json]`: the records of one kind."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kztracker.vocabulary import LISTED_KINDS

NAME = "list"
HELP = "list the records of one kind"
EXAMPLE = "kztracker list milestones --json"
KINDS = LISTED_KINDS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    parser.add_argument("--json", action="store_true", help="print one JSON array")


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.services.listing import list_records

    database = open_database(args.db, create=False, read_only=True)
    try:
        # A Core connection, not a session: a listing needs no ORM session or history hook.
        with database.engine.connect() as connection:
            rows = list_records(connection, args.kind)
    finally:
        database.dispose()
    if args.json:
        for row in rows:
            row.pop("id", None)
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        print("\t".join(_human_line(args.kind, row)))
    return 0


def _human_line(kind: str, row: dict[str, Any]) -> list[str]:
    """A record's name and what tells it apart, in words: "In progress", not in_progress
    (--json keeps the stored identifiers, which scripts compare)."""
    from kztracker.vocabulary import organization_kind_label, status_label

    name = str(row.get("name") or row.get("title") or "")
    extra = [str(row["due"])] if row.get("due") else []
    if row.get("status"):
        extra.append(status_label(row["status"]))
    elif kind == "partners" and row.get("kind"):
        extra.append(organization_kind_label(row["kind"]))
    elif kind == "people" and row.get("title"):
        extra.append(str(row["title"]))
    return [name, *extra]
