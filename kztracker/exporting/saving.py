"""Saving a workbook atomically, and cleaning up after one that is not saved."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

# check_target: workbook.py checks the target through this module before any work.
from kztracker.atomic_file import check_target as check_target
from kztracker.atomic_file import replace_atomically


def discard(wb: Workbook) -> None:
    """Close an unsaved workbook's sheets and remove the row files openpyxl buffers them in."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
            ws._writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort; the export has already failed
            pass


def _save(wb: Workbook, path: str) -> None:
    """openpyxl's save_workbook, but a failure (a full disk) closes the archive at once: left
    open, it is closed again when collected, fails again, and Python prints that second
    failure's traceback to the terminal under the one-line message."""
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        raise


def write_atomically(wb: Workbook, target: Path, before_replace: Callable[[], None]) -> None:
    """Save beside the target and rename over it (kztracker.atomic_file), so a reader never
    sees half a file and a failure (or a cancel noticed by `before_replace`) leaves the earlier
    export as it was."""
    replace_atomically(target, lambda path: _save(wb, path), ".xlsx.tmp", before_replace)
