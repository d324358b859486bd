"""Reading a spreadsheet for import: a 100,000-row, 8-column .xlsx read and mapped (header
guess, every cell read as a date, status, list or text, the draft and its cited text built),
beside a bare calamine read of the same file, and openpyxl's read-only mode for comparison.
Matching against the database is left out: it depends on the database, not on the sheet.

    .venv/bin/python benchmarks/sheet_import_benchmark.py [ROWS]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import tempfile
import time
from pathlib import Path

import openpyxl

from kztracker.services.sheets import guess_columns, map_sheet, read_sheet

HEADERS = [
    "Название",
    "Срок",
    "Статус",
    "Партнёры",
    "Ответственный",
    "Направление",
    "Меморандум",
    "Заметки",
]
BARE = "bare read (calamine to_python)"
OURS = "kztracker read + guess + map into a draft"
STATUSES = ["запланировано", "в работе", "выполнено", "отменено"]


def write(path: Path, rows: int) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Мероприятия")
    sheet.append(HEADERS)
    start = dt.date(2024, 1, 1)
    for i in range(rows):
        due = start + dt.timedelta(days=i % 1500) if i % 3 else f"{i % 12 + 1:02d}.2026"
        sheet.append(
            [
                f"Мероприятие номер {i}",
                due,
                STATUSES[i % 4],
                f"Партнёр {i % 300}; Партнёр {i % 7}",
                f"Сотрудник {i % 50}",
                f"Направление {i % 20}",
                "",
                f"заметка {i}",
            ]
        )
    workbook.save(path)


TIMES: dict[str, tuple[float, float]] = {}  # label -> (wall, CPU) seconds


def timed(label: str, work) -> object:  # type: ignore[no-untyped-def]
    """Wall time, and this process's CPU time: on a shared, loaded machine the CPU time is
    what the code costs, the wall time also what the neighbours take."""
    began, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, used = time.perf_counter() - began, time.process_time() - cpu
    TIMES[label] = (wall, used)
    print(f"{label:<48} {wall:6.2f} s  (CPU {used:5.2f} s)")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000, help="rows in the sheet")
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.xlsx"
        timed(f"write {rows:,} rows x 8 (openpyxl, setup)", lambda: write(path, rows))
        gc.collect()  # the writer's garbage is not the reader's to pay for
        from python_calamine import CalamineWorkbook

        def bare() -> object:
            with CalamineWorkbook.from_path(str(path)) as workbook:
                return workbook.get_sheet_by_index(0).to_python()

        timed(BARE, bare)

        def ours() -> object:
            table = read_sheet(path)
            guess = guess_columns(table)
            return map_sheet(table, guess.kind, guess.mapping, guess.language)

        prepared = timed(OURS, ours)
        print(f"  {prepared.rows_used:,} rows used, {len(prepared.problems)} left out")  # type: ignore[attr-defined]

        def openpyxl_read() -> int:
            workbook = openpyxl.load_workbook(path, read_only=True)
            count = sum(1 for _row in workbook.active.iter_rows(values_only=True))
            workbook.close()
            return count

        timed("openpyxl read-only (for comparison)", openpyxl_read)
        (wall, cpu), (bare_wall, bare_cpu) = TIMES[OURS], TIMES[BARE]
        print(f"ours / bare read: {wall / bare_wall:.2f}x wall, {cpu / bare_cpu:.2f}x CPU")


if __name__ == "__main__":
    main()
