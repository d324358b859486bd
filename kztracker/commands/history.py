"""`kztracker history`: who changed what and when; `kztracker history restore KIND ID`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from kztracker.errors import shown
from kztracker.i18n import _
from kztracker.vocabulary import LISTED_KINDS

NAME = "history"
HELP = "list recorded changes, or restore a deleted record"
EXAMPLE = "kztracker history --kind partners --since 2026-01-01"


def _moment(text: str) -> dt.date | dt.datetime:
    try:
        return (
            dt.datetime.fromisoformat(text)
            if "T" in text or " " in text.strip()
            else (dt.date.fromisoformat(text))
        )
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM)"
        ) from None


# Ids are 64-bit integers in both databases; a longer number cannot name a record.
_MAX_ID = 2**63 - 1


def _record_id(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 0 < int(value) <= _MAX_ID:
        raise argparse.ArgumentTypeError(
            _("{value} is not a record id (a whole number from 1 to {most})").format(
                value=shown(text), most=_MAX_ID
            )
        )
    return int(value)


def _limit(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or int(value) > _MAX_ID:
        raise argparse.ArgumentTypeError(
            _("{value} is not a number of changes").format(value=shown(text))
        )
    return int(value)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", help="only this kind of record: " + " | ".join(LISTED_KINDS))
    parser.add_argument("--record", type=_record_id, metavar="ID", help="only this record's id")
    parser.add_argument("--actor", metavar="NAME", help="only changes by this account or role")
    parser.add_argument("--since", type=_moment, metavar="DATE", help="from this day on")
    parser.add_argument("--until", type=_moment, metavar="DATE", help="up to this day")
    parser.add_argument("--limit", type=_limit, metavar="N", help="at most N changes, newest first")
    parser.add_argument(
        "--deleted", action="store_true", help="list the deleted records that can be restored"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.add_argument(
        "--restore", nargs=2, metavar=("KIND", "ID"), help="restore a deleted record"
    )
    actions = parser.add_subparsers(dest="history_action", metavar="[restore KIND ID]")
    restore = actions.add_parser("restore", help="restore a deleted record from the history")
    restore.add_argument("restore_kind", metavar="KIND")
    restore.add_argument("restore_id", type=_record_id, metavar="ID")


def _as_json(row: Any) -> dict[str, Any]:
    return {
        "changed_at": row.changed_at.isoformat(timespec="seconds"),
        "actor": row.actor,
        "action": row.action,
        "record_kind": row.record_kind,
        "record_id": row.record_id,
        "field": row.field,
        "old_value": row.old_value,
        "new_value": row.new_value,
        "change_set": row.change_set,
    }


def _short(value: str | None) -> str:
    if value is None:
        return "-"
    flat = " ".join(value.split())
    return flat if len(flat) <= 60 else flat[:57] + "..."


def _restore(args: argparse.Namespace, kind: str, record_id: int) -> int:
    from kztracker.db import open_database
    from kztracker.services.restore import restore_deleted
    from kztracker.services.snapshots import kind_word

    database = open_database(args.db, create=False)
    try:
        database.require_writable()
        with database.sessions.begin() as session:
            restored = restore_deleted(session, kind, record_id)
    finally:
        database.dispose()
    print(
        _("Restored {kind} #{record_id}.").format(
            kind=kind_word(restored.changes.kind), record_id=record_id
        )
    )
    if restored.left_out:
        print(_("Not brought back:"))
        for item in restored.left_out:
            print(f"  {item.describe()}")
    return 0


def run(args: argparse.Namespace) -> int:
    from kztracker.db import open_database
    from kztracker.errors import KztrackerError
    from kztracker.services.history import deleted_records, list_history
    from kztracker.vocabulary import kind_name

    if args.history_action == "restore":
        return _restore(args, args.restore_kind, args.restore_id)
    if args.restore:
        kind, record_id = args.restore
        try:
            return _restore(args, kind, _record_id(record_id))
        except argparse.ArgumentTypeError as exc:
            raise KztrackerError(str(exc)) from None
    database = open_database(args.db, create=False, read_only=True)
    try:
        with database.session() as session:
            if args.deleted:
                rows = deleted_records(session, args.kind)
            else:
                rows = list_history(
                    session,
                    record_kind=args.kind,
                    record_id=args.record,
                    actor=args.actor,
                    since=args.since,
                    until=args.until,
                    limit=args.limit,
                )
    finally:
        database.dispose()
    if args.json:
        json.dump([_as_json(row) for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        when = row.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        # The kind as users call it ("Partner #3"); --json keeps the identifier.
        record = f"{kind_name(row.record_kind)} #{row.record_id}"
        if args.deleted:
            print(f"{when}\t{row.actor}\t{record}\t{_short(row.old_value)}")
            continue
        if row.action == "create":
            change = f"{row.field}: {_short(row.new_value)}"
        elif row.action == "delete":
            change = f"{row.field} was: {_short(row.old_value)}"
        else:
            change = f"{row.field}: {_short(row.old_value)} -> {_short(row.new_value)}"
        print(f"{when}\t{row.actor}\t{row.action}\t{record}\t{change}")
    return 0
