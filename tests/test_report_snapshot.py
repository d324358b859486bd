"""An export taken while another connection writes is one moment: its sheets agree.

The writer commits between the export's own reads (through the cancel poll, which the export
calls for every row it measures and writes), so the race is certain, not left to timing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kztracker.db import Database, open_database
from kztracker.exporting import export_database
from kztracker.exporting.progress import ProgressCounter
from kztracker.models import Memorandum, Milestone
from kztracker.normalize import name_key

COUNTED = re.compile(r"^\d+ \w+$")
LINK = re.compile(
    r'^=HYPERLINK\("#\'?(?P<sheet>(?:[^\']|\'\')+?)\'?!A(?P<row>\d+)","(?P<text>.*)"\)$'
)


class _Writer:
    """Another connection adding a memorandum and a milestone of it at every few polls. The
    titles sort first, so every row below them would move if the export saw them."""

    def __init__(self, url: str) -> None:
        self.database = open_database(url, create=False)
        self.polls = 0
        self.written = 0

    def __call__(self) -> bool:
        self.polls += 1
        if self.polls % 3 == 0:
            self.written += 1
            title = f"AAA concurrent memorandum {self.written:04d}"
            with self.database.sessions.begin() as session:
                memo = Memorandum(title=title, title_key=name_key(title), status="signed")
                session.add(memo)
                session.flush()
                session.add(Milestone(title=f"AAA step of {title}", memorandum_id=memo.id))
        return False  # never cancel


def _text(value: object) -> object:
    """What a cell shows: a link's text, any other value as it is."""
    match = LINK.match(value) if isinstance(value, str) else None
    return match["text"].replace('""', '"') if match else value


def _check_agrees_with_itself(path: Path, sheets: dict[str, int]) -> int:
    workbook = load_workbook(path)
    links = 0
    for title, count in sheets.items():
        rows = workbook[title].max_row - 1
        if title != next(iter(sheets)):  # the Summary has no header row of its own
            assert rows == count, f"{title}: {rows} rows written, {count} measured"
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK(")):
                    continue
                match = LINK.match(cell.value)
                assert match, cell.value
                target = workbook[match["sheet"].replace("''", "'")][int(match["row"])]
                text = match["text"].replace('""', '"')
                if COUNTED.match(text):
                    # "2 milestones" of a memorandum: the first of them names that memorandum.
                    wanted = ws.cell(cell.row, 1).value
                    found = [_text(c.value) for c in target]
                else:
                    wanted, found = text, [_text(target[0].value)]
                assert wanted in found, f"{ws.title}!{cell.coordinate}: {text!r} -> {found!r}"
                links += 1
    return links


def test_an_export_racing_a_writer_agrees_with_itself(
    seeded_db: Database, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The export polls every few hundred rows; the seed has fewer, so poll at every few.
    monkeypatch.setattr(ProgressCounter, "EVERY", 4)
    writer = _Writer(database_url)
    try:
        result = export_database(seeded_db, tmp_path / "race.xlsx", cancelled=writer)
    finally:
        writer.database.dispose()
    assert writer.written >= 5  # the writer did commit while the export ran
    links = _check_agrees_with_itself(tmp_path / "race.xlsx", result.sheets)
    assert links > 0
    # The export saw none of what was written after it began.
    workbook = load_workbook(tmp_path / "race.xlsx", read_only=True)
    titles = [row[0] for row in workbook[list(result.sheets)[1]].iter_rows(values_only=True)]
    assert not [t for t in titles if isinstance(t, str) and t.startswith("AAA concurrent")]
