"""`kztracker copy --to URL [--from URL] [--force]`: move every record to another database."""

from __future__ import annotations

import argparse
import sys

from kztracker.i18n import N_, _, ngettext

NAME = "copy"
HELP = "copy the whole database (records, aliases, sources, history) to another database"
EXAMPLE = "kztracker copy --to postgresql://kz@server/kztracker"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, metavar="URL", help="the target file or URL")
    parser.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="the source file or URL (default: --db, else the usual database)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace whatever the target already holds"
    )


def _progress(table: str, done: int, total: int) -> None:
    print(f"\r{table}: {done}/{total}".ljust(60), end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from kztracker.services.copy import copy_database

    show = _progress if sys.stderr.isatty() else None
    result = copy_database(
        args.source or args.db, args.to, allow_non_empty=args.force, progress=show
    )
    if show is not None:
        print(file=sys.stderr)
    print(
        ngettext(
            "Copied {count} row from {source} to {target}; counts match.",
            "Copied {count} rows from {source} to {target}; counts match.",
            result.total,
        ).format(count=result.total, source=result.source, target=result.target)
    )
    for label, count in _by_kind(result.counts).items():
        if count:
            print(f"  {label}: {count}")
    return 0


# What each stored table holds, in the words of the window; the link tables of a record fold
# into one line, since no user knows them apart.
_RECORD_TABLES = ("organization", "person", "focus_area", "memorandum", "milestone", "source")
_OTHER_TABLES = {
    "organization_alias": N_("Partner aliases"),
    "person_alias": N_("Person aliases"),
    "provenance": N_("Source citations"),
    "history": N_("History entries"),
    "attachment_blob": N_("Attached files"),
}
_LINKS = N_("Links between records")


def _by_kind(counts: dict[str, int]) -> dict[str, int]:
    from kztracker.vocabulary import kind_name

    shown: dict[str, int] = {}
    for table, count in counts.items():
        if table in _RECORD_TABLES:
            label = kind_name(table, plural=True)
        else:
            label = _(_OTHER_TABLES.get(table, _LINKS))
        shown[label] = shown.get(label, 0) + count
    return shown
