"""Importing a spreadsheet: the functions the window and the command line both call.

`read_sheet` reads the file, `guess_columns` proposes the kind and each column's field, and
`prepare_sheet` reads the rows through the (possibly corrected) mapping and matches them like
an announcement's proposals, in a read-only session. `apply_sheet` writes the reviewed draft
in the caller's transaction, through the announcement import's own apply.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError
from kztracker.i18n import _, quoted
from kztracker.importing.match import MatchThresholds, match_draft
from kztracker.importing.outcome import ImportResult
from kztracker.importing.sheets.build import Problem, SheetDraft, build_draft
from kztracker.importing.sheets.columns import FIELDS, KINDS, Guess, Mapping, guess, headers_key
from kztracker.importing.sheets.read import Table, read_table

__all__ = [
    "FIELDS",
    "KINDS",
    "Guess",
    "Mapping",
    "Problem",
    "SheetDraft",
    "Table",
    "apply_sheet",
    "guess_columns",
    "headers_key",
    "map_sheet",
    "prepare_sheet",
    "read_sheet",
]


def read_sheet(path: str | Path, sheet: str | None = None) -> Table:
    """The sheet's header row and rows. Raises ImportInputError for an unusable file.
    The collector is held while calamine builds a list per row (none of them cyclic)."""
    from kztracker.services.gc_hold import without_gc_pauses

    with without_gc_pauses():
        return read_table(path, sheet)


def guess_columns(table: Table, kind: str | None = None) -> Guess:
    return guess(table.headers, table.sheet, kind)


def prepare_sheet(
    session: Session,
    table: Table,
    kind: str,
    mapping: Mapping,
    language: str | None = None,
    thresholds: MatchThresholds | None = None,
) -> SheetDraft:
    """The rows as a matched Draft for review, and the rows that cannot be used."""
    prepared = map_sheet(table, kind, mapping, language)
    match_draft(session, prepared.draft, thresholds)
    return prepared


def map_sheet(table: Table, kind: str, mapping: Mapping, language: str | None = None) -> SheetDraft:
    """The rows read through the mapping into a Draft, unmatched. A draft item per row holds
    no cycles: the collector is held while they are built (see gc_hold)."""
    from kztracker.services.gc_hold import without_gc_pauses

    with without_gc_pauses():
        return build_draft(table, kind, mapping, language)


def apply_sheet(session: Session, prepared: SheetDraft) -> ImportResult:
    """Write the reviewed rows; the caller's transaction commits or rolls back all of them."""
    from kztracker.importing.apply import apply_draft

    if prepared.rows_used == 0:
        raise KztrackerError(
            _("no row of sheet {sheet} can be used; nothing imported").format(
                sheet=quoted(prepared.table.sheet)
            )
        )
    return apply_draft(session, prepared.draft)
