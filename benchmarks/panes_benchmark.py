"""Dashboard and detail pane on 100,000 milestones: time to show, and the longest UI-thread stall.

Builds (once) the large database of benchmarks/large_database.py, then, offscreen:

- the dashboard: the core's figures (worker thread) and the UI thread's part (lists + charts);
- the detail pane for records with many relations (a focus area with ~7,000 milestones, a
  partner with hundreds, a memorandum, a milestone): request -> shown, and the UI-thread part;
- a run of 50 quick requests (arrow keys down a table): how many loads actually ran.

The UI thread's part is what can freeze the window; the rest runs on a worker. Each figure is
the median of --runs runs, beside the floor of a bare QTextBrowser.setHtml of the same page.

The dashboard's core is also set beside a bare sqlite3 floor in the same run: the aggregates it
needs (open milestones due before today, counts by status and focus area) and its first page,
each in its fastest bare form.

Usage: .venv/bin/python benchmarks/panes_benchmark.py [--workdir DIR] [--runs N]
           [--milestones 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from large_database import add_size_argument, database_of_size

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


class _UiClock:
    """Wall time spent inside wrapped UI-thread callbacks."""

    def __init__(self) -> None:
        self.spent = 0.0

    def wrap(
        self, function: Callable[..., object], then: Callable[[], object]
    ) -> Callable[..., object]:
        """`function`, then `then()` (a repaint: layout happens at paint time), timed together."""

        def timed(*args: object) -> object:
            start = time.perf_counter()
            try:
                return function(*args)
            finally:
                then()
                self.spent += time.perf_counter() - start

        return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--runs", type=int, default=5)
    add_size_argument(parser)
    args = parser.parse_args()
    for size in args.milestones:
        print(f"\n{size:,} milestones, median of {args.runs} runs")
        measure(database_of_size(args.workdir / "kz-window-bench", size), args.runs)
    return 0


def _dashboard_floor(path: Path, today: dt.date) -> None:
    """What the dashboard needs, by bare sqlite3: the floor of its core."""
    import sqlite3

    connection = sqlite3.connect(path)
    day, month, year = today.isoformat(), today.isoformat()[:7], today.isoformat()[:4]
    open_due = (
        "FROM milestone WHERE status IN ('planned', 'in_progress') AND due_on IS NOT NULL "
        "AND due_on < ? AND due_on NOT IN (?, ?)"
    )
    connection.execute("SELECT count(*) " + open_due, (day, year, month)).fetchall()
    # The first page, read per open status (each in due order off the (status, due_on) index)
    # and merged: the fastest bare form; one query over both statuses sorts every overdue row.
    head = (
        "SELECT * FROM (SELECT id, title, due_on FROM milestone WHERE status = '{status}' "
        "AND due_on IS NOT NULL AND due_on < :day AND due_on NOT IN (:year, :month) "
        "ORDER BY due_on, title, id LIMIT 200)"
    )
    merged = " UNION ALL ".join(head.format(status=status) for status in ("planned", "in_progress"))
    connection.execute(
        merged + " ORDER BY due_on, title, id LIMIT 200",
        {"day": day, "year": year, "month": month},
    ).fetchall()
    connection.execute("SELECT status, count(*) FROM milestone GROUP BY status").fetchall()
    connection.execute(
        "SELECT focus_area_id, count(*) FROM milestone GROUP BY focus_area_id"
    ).fetchall()
    connection.close()


def measure(path: Path, runs: int) -> None:
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from kztracker.db import open_database
    from kztracker.services.dashboard import dashboard
    from kztracker.services.details import record_detail
    from ui.dashboard import DashboardView
    from ui.detail_html import detail_html
    from ui.detail_pane import DetailPane
    from ui.operations import Operations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = open_database(str(path), create=False)
    operations = Operations(database)
    today = dt.date.today()
    print(f"database: {path}")

    # -- dashboard --------------------------------------------------------------------------
    core: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        with database.session() as session:
            start = time.perf_counter()
            figures = dashboard(session, today)
            core.append(time.perf_counter() - start)
        start = time.perf_counter()
        _dashboard_floor(path, today)
        floor.append(time.perf_counter() - start)
    view = DashboardView(operations, today=lambda: today)
    view.resize(1200, 800)
    view.show()
    operations.wait()
    ui_part: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        view._show(figures, today)  # the UI-thread part alone
        view.repaint()
        ui_part.append(time.perf_counter() - start)
    print(
        f"dashboard: core {_median(core)} (worker; bare sqlite3 floor {_median(floor)}, "
        f"x{statistics.median(core) / statistics.median(floor):.1f}), UI thread "
        f"{_median(ui_part)}; {figures.overdue_count:,} overdue, "
        f"{figures.due_soon_count:,} due soon, {len(figures.expiring):,} expiring"
    )

    # -- detail pane --------------------------------------------------------------------------
    pane = DetailPane(operations)
    pane.resize(420, 820)
    pane.show()
    clock = _UiClock()
    pane._show = clock.wrap(pane._show, pane.repaint)  # type: ignore[method-assign]
    shown: list[bool] = []
    pane.shown.connect(lambda *_: shown.append(True))
    browser = QTextBrowser()
    browser.resize(420, 820)
    browser.show()
    for kind, record_id in (
        ("focus_area", 1),
        ("organization", 1),
        ("memorandum", 1),
        ("milestone", 1),
    ):
        totals: list[float] = []
        stalls: list[float] = []
        floors: list[float] = []
        for _ in range(runs):
            pane.clear()
            clock.spent = 0.0
            shown.clear()
            start = time.perf_counter()
            pane.show_record(kind, record_id)
            while not shown:
                app.processEvents()
                time.sleep(0.001)
            totals.append(time.perf_counter() - start)
            stalls.append(clock.spent)
            with database.session() as session:
                page = detail_html(record_detail(session, kind, record_id), browser.palette())
            start = time.perf_counter()
            browser.setHtml(page)
            browser.repaint()
            floors.append(time.perf_counter() - start)
        related = sum(len(group.items) for group in pane.detail.groups) if pane.detail else 0
        print(
            f"detail {kind:<12} ({related:>5,} related): shown {_median(totals)}, "
            f"UI thread {_median(stalls)}, bare setHtml floor {_median(floors)}"
        )

    # -- quick requests -----------------------------------------------------------------------
    loads = 0
    original = operations.query

    def counting(*call: object, **options: object) -> object:
        nonlocal loads
        loads += 1
        return original(*call, **options)  # type: ignore[arg-type]

    operations.query = counting  # type: ignore[method-assign]
    start = time.perf_counter()
    for record_id in range(1, 51):
        pane.show_record("milestone", record_id)
        app.processEvents()
    while pane.current() != ("milestone", 50) or pane.detail is None or pane.detail.id != 50:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - start
    print(f"50 quick requests: {loads} loads ran, last one shown after {elapsed * 1000:.0f} ms")
    operations.wait()
    database.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
