"""Main window benchmark on 100,000 milestones: start-up, search keystrokes, sorting, memory.

Builds (once) the large database of benchmarks/large_database.py, then runs each measurement in
a child process of its own (offscreen Qt) so start-up and peak RSS belong to it alone:

- process start -> the milestones view showing its first rows, and -> every row loaded (the
  real window, last view remembered as Milestones), split into phases;
- search keystrokes: typing a query letter by letter, then deleting it, each from the key press
  to the repainted table (median and max);
- sorting by title and by due date (sort + repaint);
- the same start-up for a bare floor: PySide6 + sqlite3 + a plain table model, no kztracker.

Usage: .venv/bin/python benchmarks/window_benchmark.py [--workdir DIR] [--runs N]
Targets: first rows shown < 1 s, keystroke < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from large_database import MILESTONES, ensure_database

QUERY = "joint workshop astana"


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child_window(db: str, started: float, settings_dir: str) -> dict[str, Any]:
    """The real window: last view Milestones, measured from the parent's spawn time."""
    phases: dict[str, float] = {"interpreter": time.time() - started}
    from PySide6.QtCore import QSettings, QStandardPaths, Qt
    from PySide6.QtTest import QTest

    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, settings_dir)
    from ui.app import application, build_window
    from ui.preferences import settings

    phases["imports"] = time.time() - started
    app = application()
    store = settings()
    store.setValue("window/page", "milestone")
    store.sync()
    window = build_window(db)
    phases["database open + window built"] = time.time() - started
    window.resize(1400, 860)
    window.show()
    view = window.views["milestone"]
    while view.model.rowCount() == 0 and not view.has_loaded:
        app.processEvents()
        time.sleep(0.001)
    window.repaint()
    first = time.time() - started
    phases["first rows shown"] = first
    first_rows = view.model.rowCount()
    while not view.has_loaded:
        app.processEvents()
        time.sleep(0.001)
    window.repaint()
    shown = time.time() - started
    phases["all rows loaded"] = shown
    cpu = time.process_time()
    rows = view.model.rowCount()

    def timed(action: Any) -> float:
        begin = time.perf_counter()
        action()
        app.processEvents()
        view.table.viewport().repaint()
        return (time.perf_counter() - begin) * 1000

    view.search.setFocus()
    typing = [timed(lambda ch=ch: QTest.keyClick(view.search, ch)) for ch in QUERY]
    found = view.model.rowCount()
    deleting = [
        timed(lambda: QTest.keyClick(view.search, Qt.Key.Key_Backspace)) for _ in QUERY
    ]
    sorts = {
        "title": timed(lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)),
        "due (descending)": timed(
            lambda: view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        ),
    }
    window.close()
    window.operations.wait()
    return {
        "phases": phases,
        "first": first,
        "first_rows": first_rows,
        "shown": shown,
        "cpu": cpu,
        "rows": rows,
        "found": found,
        "typing_ms": typing,
        "deleting_ms": deleting,
        "sort_ms": sorts,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_floor(db: str, started: float) -> dict[str, Any]:
    """The floor: PySide6, the driver's own fetch of the shown columns, a plain model."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    class Model(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 8

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    app = QApplication(sys.argv[:1])
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT m.title, m.status, m.due_on, memorandum.title, f.name, p.name, m.completed_on, "
        "m.id FROM milestone m LEFT JOIN memorandum ON memorandum.id = m.memorandum_id "
        "LEFT JOIN focus_area f ON f.id = m.focus_area_id "
        "LEFT JOIN person p ON p.id = m.responsible_id"
    ).fetchall()
    view = QTableView()
    view.setModel(Model(rows))
    view.resize(1400, 860)
    view.show()
    app.processEvents()
    view.repaint()
    return {
        "shown": time.time() - started,
        "cpu": time.process_time(),
        "rows": len(rows),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _run_child(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(started), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        started, kind, *rest = args.child
        if kind == "window":
            result = child_window(rest[0], float(started), rest[1])
        else:
            result = child_floor(rest[0], float(started))
        print(json.dumps(result))
        return

    workdir = args.workdir or Path(tempfile.gettempdir()) / "kz-window-bench"
    workdir.mkdir(parents=True, exist_ok=True)
    db = ensure_database(workdir / "bench.sqlite3")
    windows, floors = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="kz-settings-") as settings_dir:
            windows.append(_run_child("window", str(db), settings_dir))
        floors.append(_run_child("floor", str(db)))
    best = min(windows, key=lambda run: run["shown"])
    floor = min(run["shown"] for run in floors)
    first = statistics.median(run["first"] for run in windows)
    best_first = min(run["first"] for run in windows)
    shown = statistics.median(run["shown"] for run in windows)
    keys = [ms for run in windows for ms in run["typing_ms"] + run["deleting_ms"]]
    print(f"{MILESTONES:,} milestones, {args.runs} runs, offscreen")
    print(
        f"process start -> milestones view shows its first rows ({best['first_rows']:,} rows, "
        f"status bar 'Loading…'): median {first:.2f} s (best {best_first:.2f} s; target < 1 s)"
    )
    print(
        f"process start -> all rows loaded ({best['rows']:,} rows): median {shown:.2f} s "
        f"(best {best['shown']:.2f} s); bare floor {floor:.2f} s, ratio x{shown / floor:.1f}"
    )
    cpu = statistics.median(run["cpu"] for run in windows)
    floor_cpu = statistics.median(run["cpu"] for run in floors)
    print(
        f"  CPU seconds of the process up to that point (all threads; steadier than wall time "
        f"on a busy machine): {cpu:.2f} s, bare floor {floor_cpu:.2f} s"
    )
    print("  phases of the best run (s since start): " + ", ".join(
        f"{name} {value:.2f}" for name, value in best["phases"].items()
    ))
    typing = [ms for run in windows for ms in run["typing_ms"]]
    deleting = [ms for run in windows for ms in run["deleting_ms"]]
    print(
        f"search keystroke ({len(QUERY)} typed + {len(QUERY)} deleted per run, "
        f"'{QUERY}' -> {best['found']:,} rows): median {statistics.median(keys):.0f} ms, "
        f"max {max(keys):.0f} ms (typing median {statistics.median(typing):.0f} / max "
        f"{max(typing):.0f}; deleting median {statistics.median(deleting):.0f} / max "
        f"{max(deleting):.0f}; target < 100 ms)"
    )
    for name in best["sort_ms"]:
        values = [run["sort_ms"][name] for run in windows]
        print(f"sort by {name}: median {statistics.median(values):.0f} ms")
    rss = statistics.median(run["peak_rss_mb"] for run in windows)
    floor_rss = statistics.median(run["peak_rss_mb"] for run in floors)
    print(f"peak RSS: {rss:.0f} MB (bare floor {floor_rss:.0f} MB)")


if __name__ == "__main__":
    main()
