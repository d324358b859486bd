"""What a reader sees in cells: readable words, wrapping, widths, the partial-date overdue rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kztracker.db import Database
from kztracker.exporting import export_workbook
from kztracker.exporting.languages import in_language
from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES
from kztracker.vocabulary import status_label

YEAR_ONLY = "2026 declared Year of Science and Education"  # seeded as due "2026"


def _export(db: Database, path: Path, now: dt.datetime | None = None) -> None:
    with db.session() as session:
        export_workbook(session, path, source_label="test.db", now=now)


def _rows(ws: Worksheet) -> list[dict[str, Any]]:
    headers = [c.value for c in ws[1]]
    return [
        dict(zip(headers, row, strict=False)) for row in ws.iter_rows(min_row=2, values_only=True)
    ]


def _summary(path: Path) -> list[tuple[Any, ...]]:
    return list(load_workbook(path, data_only=True)["Summary"].iter_rows(values_only=True))


def _section(rows: list[tuple[Any, ...]], title_start: str) -> list[tuple[Any, ...]]:
    """The rows under a Summary section's column headings, up to the blank line."""
    start = next(i for i, r in enumerate(rows) if str(r[0]).startswith(title_start)) + 2
    end = next((i for i in range(start, len(rows)) if rows[i][0] is None), len(rows))
    return rows[start:end]


def test_statuses_and_kinds_read_as_words(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "words.xlsx"
    _export(seeded_db, out)
    wb = load_workbook(out)
    milestones = _rows(wb["Milestones"])
    assert {m["Status"] for m in milestones} == {"Planned", "In progress", "Done"}
    memoranda = _rows(wb["Memoranda"])
    assert "Memorandum of understanding" in {m["Kind"] for m in memoranda}
    assert {m["Status"] for m in memoranda} <= {status_label(s) for s in MEMORANDUM_STATUSES}
    assert any("(Signatory side)" in (m["Parties"] or "") for m in memoranda)
    kinds = {p["Kind"] for p in _rows(wb["Partners"])}
    assert {"Company", "University", "Government body"} <= kinds
    assert not any("_" in str(k) for k in kinds)


def test_summary_counts_use_words_and_add_up(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    _export(seeded_db, out)
    rows = _summary(out)
    assert [r[0] for r in rows[:4]] == [
        "Kazakhstan international partnerships: summary",
        "Generated",
        "Database",
        "Scope",
    ]
    memoranda = _section(rows, "Memoranda by status")
    assert [r[0] for r in memoranda] == [status_label(s) for s in MEMORANDUM_STATUSES] + ["Total"]
    assert memoranda[-1][1] == 5 == sum(r[1] for r in memoranda[:-1])
    milestones = _section(rows, "Milestones by status")
    assert [r[0] for r in milestones[:-1]] == [status_label(s) for s in MILESTONE_STATUSES]
    assert milestones[-1][1] == 17
    partners = {r[0]: r[1:] for r in _section(rows, "Partners: memoranda and milestones")}
    ministry = "Ministry of Science and Higher Education of the Republic of Kazakhstan"
    assert partners[ministry][0] == 5


@pytest.mark.parametrize(
    ("today", "overdue"),
    [(dt.datetime(2026, 12, 31, 9), False), (dt.datetime(2027, 1, 1, 9), True)],
)
def test_year_only_due_date_is_overdue_only_after_the_year(
    seeded_db: Database, tmp_path: Path, today: dt.datetime, overdue: bool
) -> None:
    out = tmp_path / "overdue.xlsx"
    _export(seeded_db, out, now=today)
    listed = [r[0] for r in _section(_summary(out), "Overdue milestones (")]
    assert (YEAR_ONLY in listed) is overdue


def test_excel_overdue_rule_reads_the_last_day_of_a_partial_date(
    seeded_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "rule.xlsx"
    _export(seeded_db, out)
    ws = load_workbook(out)["Milestones"]
    headers = [c.value for c in ws[1]]
    due_by = headers.index("Due by (last day)") + 1
    status = headers.index("Status") + 1
    letter, status_letter = ws.cell(1, due_by).column_letter, ws.cell(1, status).column_letter
    assert ws.column_dimensions[letter].hidden
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == YEAR_ONLY)
    due = row[headers.index("Due")]
    assert due.value == dt.datetime(2026, 1, 1) and due.number_format == "yyyy"
    assert row[due_by - 1].value == dt.datetime(2026, 12, 31)
    month = next(
        r for r in ws.iter_rows(min_row=2) if r[headers.index("Due")].number_format == "mmm yyyy"
    )
    assert month[due_by - 1].value.day >= 28  # the month's last day, not its first
    (rule,) = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    formula = rule.formula[0]
    assert f"${letter}2<TODAY()" in formula
    assert f'${status_letter}2<>"Done"' in formula and f'${status_letter}2<>"Cancelled"' in formula


def test_long_text_wraps_in_a_capped_column(seeded_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "wrap.xlsx"
    _export(seeded_db, out)
    wb = load_workbook(out)
    ws = wb["Memoranda"]
    headers = [c.value for c in ws[1]]
    parties = headers.index("Parties") + 1
    longest = max(
        (ws.cell(r, parties) for r in range(2, ws.max_row + 1)), key=lambda c: len(c.value or "")
    )
    assert len(longest.value) > 60
    assert longest.alignment.wrap_text and longest.alignment.vertical == "top"
    assert ws.column_dimensions[longest.column_letter].width <= 52
    # A short column is fitted to its content, not stretched to the cap.
    status_letter = ws.cell(1, headers.index("Status") + 1).column_letter
    assert ws.column_dimensions[status_letter].width < 20
    for sheet in wb.worksheets[1:-1]:  # the last is the hidden register of exported records
        header = sheet["A1"]
        assert header.font.b and header.fill.fgColor.rgb.endswith("305496")


def test_the_export_language_renames_sheets_headers_and_values(
    seeded_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "ru.xlsx"
    # The words come from the core's catalogs, switched for this export only.
    with in_language("ru"):
        _export(seeded_db, out)
        done = status_label("done")
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["Сводка", "Меморандумы", "Этапы"]
    ws = wb["Этапы"]
    assert ws["A1"].value == "Название"
    statuses = {row[0] for row in ws.iter_rows(min_row=2, min_col=7, max_col=7, values_only=True)}
    assert statuses == {"Запланировано", "Выполняется", "Выполнено"}
    # The overdue rule compares with the words the sheet shows.
    (rule,) = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    assert f'<>"{done}"' in rule.formula[0] and done == "Выполнено"
    assert status_label("in_progress") == "In progress"
