"""Exports of the tracker's records to files other programs open (Excel workbooks)."""

from kztracker.exporting.workbook import ExportResult, export_workbook

__all__ = ["ExportResult", "export_workbook"]
