"""Exports of the tracker's records to files other programs open (Excel workbooks).

The scope and the errors load at once; the workbook code (and openpyxl, ~0.2 s to import) loads
on first use, so a window that only builds an ExportScope does not pay for it at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from kztracker.exporting.scope import ExportScope, memorandum_scope, statuses_for
from kztracker.exporting.sheet import ExportCancelled

if TYPE_CHECKING:
    from kztracker.exporting.workbook import (
        ExportResult,
        database_label,
        export_database,
        export_workbook,
    )

_LAZY = {"ExportResult", "database_label", "export_database", "export_workbook"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module("kztracker.exporting.workbook"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ExportCancelled",
    "ExportResult",
    "ExportScope",
    "database_label",
    "export_database",
    "export_workbook",
    "memorandum_scope",
    "statuses_for",
]
