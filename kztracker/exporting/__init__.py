"""Exports of the tracker's records to files other programs open (Excel workbooks)."""

from kztracker.exporting.scope import ExportScope, memorandum_scope, statuses_for
from kztracker.exporting.sheet import ExportCancelled
from kztracker.exporting.workbook import (
    ExportResult,
    database_label,
    export_database,
    export_workbook,
)

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
