"""The command line: a thin face over kztracker.services. No traceback reaches the user."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from kztracker import __version__
from kztracker.errors import KztrackerError

KINDS = ("memoranda", "partners", "people", "focus-areas", "milestones", "sources")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line and exit status 2, as argparse does, without the usage block.
        self.exit(2, f"kztracker: {message} (see kztracker --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kztracker", description="Track Kazakhstan's international partnerships.")
    parser.add_argument("--version", action="version", version=f"kztracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: KZTRACKER_DATABASE_URL, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("init", help="create or upgrade the database and seed it if empty")
    listing = commands.add_parser("list", help="list the records of one kind")
    listing.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    export = commands.add_parser("export", help="write the records to an Excel workbook")
    export.add_argument("file", metavar="FILE.xlsx", help="the workbook to write (replaced)")
    export.add_argument("--memorandum", metavar="TITLE", help="only this memorandum's records")
    export.add_argument(
        "--milestones-status",
        metavar="STATUS",
        help="only milestones with this status (open = planned or in progress)",
    )
    return parser


def _cmd_init(db: str | None) -> int:
    from kztracker.services.database import initialize

    database, result = initialize(db)
    database.dispose()
    if result.total:
        added = ", ".join(
            f"{count} {kind.replace('_', ' ')}" for kind, count in result.added.items()
        )
        print(f"Database ready at {database.url}; seeded {added}.")
    else:
        print(f"Database ready at {database.url}; nothing to seed.")
    return 0


def _cmd_list(db: str | None, kind: str, as_json: bool) -> int:
    from kztracker.db import open_database
    from kztracker.services.listing import list_records

    database = open_database(db, create=False)
    try:
        with database.session() as session:
            rows = list_records(session, kind)
    finally:
        database.dispose()
    if as_json:
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


def _cmd_export(db: str | None, file: str, memorandum: str | None, status: str | None) -> int:
    from sqlalchemy.engine import make_url

    from kztracker.db import open_database
    from kztracker.exporting import export_workbook

    database = open_database(db, create=False)
    try:
        with database.session() as session:
            result = export_workbook(
                session,
                file,
                # The label is written into the file, so a password in the URL stays out.
                source_label=make_url(str(database.url)).render_as_string(hide_password=True),
                memorandum=memorandum,
                milestone_status=status,
            )
    finally:
        database.dispose()
    counts = ", ".join(
        f"{count} {sheet.lower()}" for sheet, count in result.sheets.items() if sheet != "Summary"
    )
    print(f"Wrote {file}: {counts}.")
    return 0


def _open_app(db: str | None) -> int:
    # The entry point is the one place allowed to reach the window; importing it by name keeps
    # the core free of any static dependency on the Qt layer.
    import importlib

    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise KztrackerError(f"the desktop interface cannot start: {exc}") from exc
    status: int = app.run(db)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "init":
            return _cmd_init(args.db)
        if args.command == "list":
            return _cmd_list(args.db, args.kind, args.json)
        if args.command == "export":
            return _cmd_export(args.db, args.file, args.memorandum, args.milestones_status)
        return _open_app(args.db)
    except KztrackerError as exc:
        print(f"kztracker: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("kztracker: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, never a traceback
        print(f"kztracker: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
