"""A record sheet of the export: its columns, where its records come from, and their cells."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kztracker.exporting.sheet import Column
from kztracker.exporting.words import word
from kztracker.exporting.writer import SheetWriter


def joined(values: Sequence[Any]) -> str | None:
    """Several values in one cell, "; " between them; None (an empty cell) when there are none."""
    return "; ".join(str(v) for v in values if v) or None


def columns(*keys: str) -> list[Column]:
    """Columns headed by the words of `keys` in the export's language."""
    return [Column(word(key)) for key in keys]


@dataclass
class RecordSheet:
    """A record sheet: its columns, a fresh iterator over its records, and their cells."""

    kind: str
    title: str
    columns: list[Column]
    records: Callable[[], Iterator[Any]]
    cells: Callable[[Any], list[Any]]
    observe: Callable[[Any, int], None] | None = None
    count: int = 0
    # id -> version of each record written, when the sheet carries ids (exporting.identity).
    written: dict[int, int | None] = field(default_factory=dict)

    def observe_only(self) -> None:
        """Read the records for what the other sheets need of them, writing nothing."""
        assert self.observe is not None
        for row, record in enumerate(self.records(), start=2):
            self.observe(record, row)

    def write(self, writer: SheetWriter, step: Callable[[], None], observe: bool) -> None:
        """Write the records below the header (observing them too when `observe`)."""
        cells, append = self.cells, writer.append
        seen = self.observe if observe else None
        for row, record in enumerate(self.records(), start=2):
            step()
            if seen is not None:
                seen(record, row)
            append(cells(record))
        self.count = writer.rows - 1
