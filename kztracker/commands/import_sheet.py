"""`kztracker import-sheet FILE [--sheet NAME] [--kind KIND] [--dry-run] [--json] [--yes]`.

Reads one sheet of partners, people, memoranda or milestones (.xlsx, .xls, .ods, .csv), guesses
each column's field from its header, and proposes records matched against the database like an
announcement's. Every row that cannot be used is listed (row, column, value, reason) on stderr
(with --json, in the object's "problems"). --dry-run writes nothing; --yes applies the usable
rows in one transaction; otherwise a terminal asks y/N, and the full review is in the window.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kztracker.errors import shown
from kztracker.i18n import _, quoted

NAME = "import-sheet"
HELP = "import a spreadsheet (.xlsx, .xls, .ods, .csv) of partners, people, memoranda or milestones"
EXAMPLE = "kztracker import-sheet partners.xlsx --dry-run"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from kztracker.importing.sheets.columns import KINDS

    parser.add_argument("file", metavar="FILE", help="the spreadsheet to import")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    parser.add_argument("--kind", choices=KINDS, help="what the rows are (default: guessed)")
    parser.add_argument("--dry-run", action="store_true", help="show the proposals, write nothing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--yes", action="store_true", help="apply the proposals without review")


def _columns(prepared: Any) -> list[dict[str, Any]]:
    from kztracker.importing.sheets.build import column_letter

    return [
        {"column": column_letter(i), "header": header, "field": field}
        for i, (header, field) in enumerate(
            zip(prepared.table.headers, prepared.mapping, strict=False)
        )
    ]


def _problems(prepared: Any) -> list[dict[str, Any]]:
    return [
        {"row": p.row, "column": p.column, "header": p.header, "value": p.value, "reason": p.reason}
        for p in prepared.problems
    ]


def _mapping_lines(prepared: Any) -> list[str]:
    from kztracker.importing.sheets.columns import KIND_LABELS, field_label

    lines = [
        _("sheet {sheet}: {kind}; rows to import: {rows}, left out: {bad}").format(
            sheet=quoted(prepared.table.sheet),
            kind=_(KIND_LABELS[prepared.kind]),
            rows=prepared.rows_used,
            bad=len(prepared.problems),
        )
    ]
    for column in _columns(prepared):
        field = column["field"]
        target = field_label(prepared.kind, field) if field else _("(not imported)")
        lines.append(f"  {column['column']} {column['header'] or '-'} -> {target}")
    return lines


def _report_problems(path: str, prepared: Any) -> None:
    for problem in prepared.problems:
        print(
            f"kztracker: {shown(path)}: " + _("left out: {problem}").format(problem=problem.line()),
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    from kztracker.commands.importing import _ask, _proposal_lines, draft_json
    from kztracker.db import open_database
    from kztracker.errors import KztrackerError
    from kztracker.services.sheet_changes import is_export
    from kztracker.services.sheets import apply_sheet, guess_columns, prepare_sheet, read_sheet

    interactive = not (args.dry_run or args.yes)
    if is_export(args.file) and args.kind is None:
        if args.sheet is not None:
            # An export's sheets come back together (a new partner on one sheet is named by a
            # person on another), so one sheet alone is no change set: say so, not ignore it.
            raise KztrackerError(
                _(
                    "{path} is a kztracker export: its changes are read from all its sheets "
                    "together, so --sheet does not apply; leave --sheet out, or add --kind to "
                    "import that one sheet's rows as a new spreadsheet"
                ).format(path=shown(args.file))
            )
        return _run_changes(args, interactive)
    if interactive and not (sys.stdin.isatty() and not args.json):
        raise KztrackerError(
            _(
                "review happens in the window (kztracker, then File > Import spreadsheet); use "
                "--dry-run to see the proposals or --yes to apply them without review"
            )
        )
    table = read_sheet(args.file, args.sheet)
    guess = guess_columns(table, args.kind)
    database = open_database(args.db, create=False, read_only=args.dry_run)
    try:
        if not args.dry_run:
            database.require_writable()
        if args.dry_run:
            with database.session() as session:
                prepared = prepare_sheet(session, table, guess.kind, guess.mapping, guess.language)
            _report_problems(args.file, prepared)
            if args.json:
                _dump(_summary(prepared) | draft_json(prepared.draft))
            else:
                print(f"{args.file}:")
                print("\n".join(_mapping_lines(prepared)))
                print("\n".join(_proposal_lines(prepared.draft)))
            return 0
        with database.sessions.begin() as session:
            prepared = prepare_sheet(session, table, guess.kind, guess.mapping, guess.language)
            _report_problems(args.file, prepared)
            if interactive:
                print("\n".join(_mapping_lines(prepared)))
                print("\n".join(_proposal_lines(prepared.draft)))
                if not _ask(_("Apply these proposals? [y/N] ")):
                    print(_("{path}: not imported").format(path=args.file))
                    return 0
            result = apply_sheet(session, prepared)
    finally:
        database.dispose()
    if args.json:
        _dump(
            _summary(prepared)
            | {
                "file": args.file,
                "source": result.source_title,
                "created": result.counts("created"),
                "linked": result.counts("linked"),
            }
        )
    else:
        print(
            _("{path}: imported as {title} (rows: {rows}): {summary}").format(
                path=args.file,
                rows=prepared.rows_used,
                title=quoted(result.source_title),
                summary=result.summary(),
            )
        )
    return 0


def _run_changes(args: argparse.Namespace, interactive: bool) -> int:
    """A workbook kztracker exported comes back as changes to the records it holds: --dry-run
    prints one line per change, --yes applies the changes and creates but never deletes a row
    removed in the sheet nor overwrites a conflict (it lists them and exits 1 if any conflict);
    the choices are the window's (File > Import spreadsheet)."""
    from kztracker.commands.importing import _ask
    from kztracker.db import open_database
    from kztracker.errors import KztrackerError
    from kztracker.services.sheet_changes import apply_changes, read_changes

    if interactive and not (sys.stdin.isatty() and not args.json):
        raise KztrackerError(
            _(
                "{path} is a kztracker export: review its changes in the window (File > Import "
                "spreadsheet); use --dry-run to see them or --yes to apply them without review"
            ).format(path=args.file)
        )
    database = open_database(args.db, create=False, read_only=args.dry_run)
    try:
        if not args.dry_run:
            database.require_writable()
        with database.sessions.begin() as session:
            changes = read_changes(session, args.file)
            for line in changes.problem_lines():
                print(
                    f"kztracker: {shown(args.file)}: "
                    + _("left out: {problem}").format(problem=line),
                    file=sys.stderr,
                )
            if args.json and args.dry_run:
                _dump(changes.as_json())
            elif not args.json:
                print("\n".join(changes.lines()) if changes.changes else _("no changes"))
            if args.dry_run:
                session.rollback()
                return 0
            if interactive and not _ask(_("Apply these changes? [y/N] ")):
                print(_("{path}: not imported").format(path=args.file))
                return 0
            applied = apply_changes(session, changes)
    finally:
        database.dispose()
    if args.json:
        _dump(changes.as_json() | {"applied": applied.counts()})
    else:
        print(_("{path}: {summary}").format(path=args.file, summary=applied.summary()))
    for change in changes.of("removed"):
        print(
            _(
                "{path}: not deleted: {record} (removed in the sheet; delete it in the window)"
            ).format(
                path=args.file, record=f"{change.kind} #{change.record_id} {quoted(change.label)}"
            ),
            file=sys.stderr,
        )
    if changes.conflicts:
        print(
            _(
                "{path}: {count} conflicting record(s) kept as in the database; choose in the "
                "window (File > Import spreadsheet)"
            ).format(path=args.file, count=len(changes.conflicts)),
            file=sys.stderr,
        )
        return 1
    return 0


def _summary(prepared: Any) -> dict[str, Any]:
    return {
        "sheet": prepared.table.sheet,
        "kind": prepared.kind,
        "rows": prepared.rows_used,
        "columns": _columns(prepared),
        "problems": _problems(prepared),
    }


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
