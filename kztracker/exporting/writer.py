"""Writing prepared sheets with openpyxl's write-only mode, formula-safe and atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import PageSetupProperties

from kztracker.errors import KztrackerError
from kztracker.exporting.sheet import Cancelled, CancelledExport, Link, Progress, Section, Sheet

# Text starting with one of these is what Excel (or a CSV importer) may read as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
SECTION_FONT = Font(bold=True)
OVERDUE_FILL = PatternFill("solid", bgColor="F8CBAD")
LINK_FONT = Font(color="0563C1", underline="single")


def _text_cell(ws: Any, text: str) -> Any:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if not text.startswith(FORMULA_STARTS):
        return text
    # openpyxl stores text starting with "=" as a formula; forcing the string type keeps a
    # name like '=HYPERLINK(...)' inert, shown exactly as typed.
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    return cell


def _cell(ws: Any, value: Any) -> Any:
    if isinstance(value, str):
        return _text_cell(ws, value)
    if isinstance(value, tuple):  # (date, number format) from _date
        cell = WriteOnlyCell(ws, value=value[0])
        cell.number_format = value[1]
        return cell
    if isinstance(value, Link):
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value.text))
        cell.data_type = "s"
        cell.hyperlink = Hyperlink(ref="", location=value.location)
        cell.font = LINK_FONT
        return cell
    if isinstance(value, Section):
        cell = WriteOnlyCell(ws, value=value.text)
        cell.font = SECTION_FONT
        return cell
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "dd.mm.yyyy hh:mm"
        return cell
    return value


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, tuple):
        return 11
    if isinstance(value, (Link, Section)):
        return len(value.text)
    if isinstance(value, dt.datetime):
        return 17
    return len(str(value))


def _widths(sheet: Sheet) -> list[int]:
    widths = [len(h) for h in sheet.headers]
    for row in sheet.rows:
        for i, value in enumerate(row):
            if i >= len(widths):
                widths.append(0)
            widths[i] = max(widths[i], _display_width(value))
    return [min(MAX_WIDTH, w + 2) for w in widths]


def _header(ws: Any, headers: Sequence[str]) -> list[Any]:
    cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cells.append(cell)
    return cells


def _add_overdue_rule(ws: Any, last_row: int) -> None:
    # Due is column E and Status column G on the Milestones sheet; the rule uses TODAY() so a
    # workbook opened next month still highlights what became overdue since.
    ws.conditional_formatting.add(
        f"A2:J{max(last_row, 2)}",
        FormulaRule(
            formula=['AND($E2<>"",$E2<TODAY(),$G2<>"done",$G2<>"cancelled")'],
            fill=OVERDUE_FILL,
        ),
    )


class ProgressCounter:
    """Reports progress and checks for a cancel between rows."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled

    def step(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise CancelledExport
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)


def _fit_to_page_width(ws: Any) -> None:
    # Printed or converted to PDF, the Summary keeps its columns together on one landscape page
    # width; the wide record sheets print landscape at full size, their header on every page.
    ws.page_setup.orientation = "landscape"
    if ws.title == "Summary":
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.print_title_rows = "1:1"


def write_sheet(wb: Workbook, sheet: Sheet, counter: ProgressCounter) -> None:
    ws = wb.create_sheet(sheet.title)
    # Write-only sheets emit widths and panes with the first row, so they are set before it.
    for i, width in enumerate(_widths(sheet), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    _fit_to_page_width(ws)
    if sheet.header_row:
        ws.freeze_panes = "A2"
        ws.append(_header(ws, sheet.headers))
        last_column = get_column_letter(len(sheet.headers))
        ws.auto_filter.ref = f"A1:{last_column}{len(sheet.rows) + 1}"
    else:
        ws.append([_cell(ws, Section(sheet.headers[0]))])
    if sheet.title == "Milestones":
        _add_overdue_rule(ws, len(sheet.rows) + 1)
    for row in sheet.rows:
        counter.step()
        ws.append([_cell(ws, value) for value in row])


def discard(wb: Workbook) -> None:
    """Close an unsaved workbook's sheets and remove the row files openpyxl buffers them in."""
    for ws in wb.worksheets:
        try:
            ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort; the export has already failed
            pass


def _save(wb: Workbook, path: str) -> None:
    wb.save(path)


def check_target(target: Path) -> None:
    if not target.parent.is_dir():
        raise KztrackerError(f"cannot write {target}: the folder {target.parent} does not exist")
    if target.is_dir():
        raise KztrackerError(f"cannot write {target}: it is a folder")


def write_atomically(wb: Workbook, target: Path) -> None:
    # Saving next to the target and renaming over it means a reader never sees half a file
    # and a failure leaves the earlier export as it was.
    tmp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            dir=target.parent, prefix=f".{target.stem}.", suffix=".xlsx.tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
        _save(wb, tmp_name)
        os.replace(tmp_name, target)
        tmp_name = None
    except PermissionError as exc:
        raise KztrackerError(f"cannot write {target}: permission denied") from exc
    except OSError as exc:
        raise KztrackerError(f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
