"""Saving a workbook atomically, and cleaning up after one that is not saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

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
    wb.save(path)


def write_atomically(wb: Workbook, target: Path, before_replace: Callable[[], None]) -> None:
    """Save beside the target and rename over it (kztracker.atomic_file), so a reader never
    sees half a file and a failure (or a cancel noticed by `before_replace`) leaves the earlier
    export as it was."""
    replace_atomically(target, lambda path: _save(wb, path), ".xlsx.tmp", before_replace)
