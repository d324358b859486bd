"""Counting an export's rows as they are written: progress to report, a cancel to notice."""

from __future__ import annotations

from kztracker.exporting.sheet import Cancelled, ExportCancelled, Progress
from kztracker.i18n import _


class ProgressCounter:
    """Counts written rows; reports progress and polls for a cancel every few hundred rows."""

    EVERY = 500

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled
        self._next = 0

    def step(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next = self.done + self.EVERY
            self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(_("export cancelled; the earlier file is unchanged"))
        # An export of no records has nothing to count.
        if self.progress is not None and self.total:
            self.progress(min(self.done, self.total), self.total)
