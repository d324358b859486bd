"""Main window benchmark on 10,000 to 1,000,000 milestones: start-up, keystrokes, sorting, memory.

Builds (once) the large database of benchmarks/large_database.py, then runs each measurement in
a child process of its own (offscreen Qt) so start-up and peak RSS belong to it alone:

- process start -> the milestones view showing its first rows, and -> every row loaded (the
  real window, last view remembered as Milestones), split into phases;
- search keystrokes: typing a query letter by letter, then deleting it, each from the key press
  to the table painted once with its result (median and max), once the search index and sort
  keys the view makes on a worker after its rows are shown are in (that moment is a phase of
  its own);
- sorting by title and by due date (sort + one paint); each floor below adds one paint too;
- the same start-up for a bare floor: PySide6 + sqlite3 + a plain table model, no kztracker,
  showing the first 300 rows by due date first, then every row in that order (as the window
  shows them: a floor that showed every row by id instead did less than the window does);
- in the window's process, the floors of its table work on the same rows: a plain list
  comprehension over the search keys per keystroke, `list.sort` with a C key per sort.

Prints one table per size, each figure the median of --runs runs beside its floor.

Every child runs on compiled bytecode, as an installed app does: a checkout run with
PYTHONDONTWRITEBYTECODE (or with sources newer than their .pyc) would compile each changed
module at every start and count that in the window's imports but not in the floor's. The
children share a bytecode cache of the benchmark's own (PYTHONPYCACHEPREFIX under --workdir,
so the checkout is left as it is), filled by one untimed run of each child first.
`--source` runs them as the environment says instead.

Usage: .venv/bin/python benchmarks/window_benchmark.py [--workdir DIR] [--runs N]
           [--milestones 10000 100000 1000000]
Targets (issue 18): first rows <= 0.6 s (< 1.5 s at 1,000,000), all rows <= 2x floor,
imports <= 0.3 s, keystroke median <= 10 ms and max <= 30 ms (< 50 ms at 1,000,000),
sorts <= 50 ms.
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

from compiled import compiled_environment
from large_database import add_size_argument, database_of_size

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
    # The search index and the other columns' sort keys are made on a worker after the rows
    # are shown; the keystrokes and sorts below are measured once they are in.
    prepared: list[bool] = []
    view.prepared.connect(lambda: prepared.append(True))
    while not prepared and not view.model.is_prepared():
        app.processEvents()
        time.sleep(0.001)
    phases["search index and sort keys made"] = time.time() - started

    # A figure ends once the table has painted what the action changed, once: the paint the
    # change asks for when Qt runs it, else (Qt left it pending) a forced one. Forcing one
    # after Qt's own counted two paints per keystroke against the floor's one.
    unpainted: list[bool] = []
    for signal in (view.model.modelReset, view.model.layoutChanged):
        signal.connect(lambda: unpainted.append(True))
    view.table.painted.connect(unpainted.clear)

    def timed(action: Any) -> float:
        app.processEvents()  # nothing left over from the previous figure
        unpainted.clear()
        begin = time.perf_counter()
        action()
        app.processEvents()
        if unpainted:
            view.table.viewport().repaint()
        return (time.perf_counter() - begin) * 1000

    def repainted() -> float:
        begin = time.perf_counter()
        view.table.viewport().repaint()
        return (time.perf_counter() - begin) * 1000

    base = list(view.model._base)
    from kztracker.services.search import search_terms

    # The rows' search keys (a milestone row carries none: the model keeps them apart).
    keys = view.model.search_keys(view.model.base_rows())
    assert keys is not None, "the view's worker made the keys before the index"

    def filter_floor(query: str) -> float:
        begin = time.perf_counter()
        selected = keys
        for term in search_terms(query):
            selected = [key for key in selected if term in key]
        return (time.perf_counter() - begin) * 1000

    typed_floor = [filter_floor(QUERY[: n + 1]) for n in range(len(QUERY))]
    fields = {"title": 1, "due (descending)": 5}

    def sort_floor(field: int, reverse: bool) -> float:
        from operator import itemgetter

        begin = time.perf_counter()
        sorted(base, key=itemgetter(field), reverse=reverse)
        return (time.perf_counter() - begin) * 1000

    # Each figure below ends with the table repainted; so does each floor.
    repaint = statistics.median(repainted() for _ in range(5))
    typed_floor = [ms + repaint for ms in typed_floor]
    sort_floors = {
        "title": sort_floor(fields["title"], False) + repaint,
        "due (descending)": sort_floor(fields["due (descending)"], True) + repaint,
    }
    view.search.setFocus()
    typing = [timed(lambda ch=ch: QTest.keyClick(view.search, ch)) for ch in QUERY]
    found = view.model.rowCount()
    deleting = [timed(lambda: QTest.keyClick(view.search, Qt.Key.Key_Backspace)) for _ in QUERY]
    sorts = {
        "title": timed(lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)),
        "due (descending)": timed(lambda: view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)),
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
        "keystroke_floor_ms": typed_floor,
        "sort_floor_ms": sort_floors,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_floor(db: str, started: float, partners: bool = False) -> dict[str, Any]:
    """The floor: PySide6, the driver's own fetch of the shown columns, a plain model; the
    first 300 rows by due date shown first, as the window does, then every row. With
    `partners`, every row also shows the Partners column the window shows (a milestone's own
    partners and its memorandum's parties, by name), read from the link tables and joined in
    plain Python, each distinct combination once."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    imported = time.time() - started

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
    select = (
        "SELECT m.title, m.status, m.due_on, memorandum.title, f.name, p.name, m.completed_on, "
        "m.id FROM milestone m LEFT JOIN memorandum ON memorandum.id = m.memorandum_id "
        "LEFT JOIN focus_area f ON f.id = m.focus_area_id "
        "LEFT JOIN person p ON p.id = m.responsible_id"
    )
    page = connection.execute(
        select + " WHERE m.due_on IS NOT NULL ORDER BY m.due_on, m.id LIMIT 300"
    ).fetchall()
    view = QTableView()
    view.setModel(Model(page))
    view.resize(1400, 860)
    view.show()
    app.processEvents()
    view.repaint()
    first = time.time() - started
    if partners:
        select = select.replace("m.id FROM", "m.id, m.memorandum_id FROM")
    rows = connection.execute(select).fetchall()
    if partners:  # joined in id order, as fetched: the cheapest order for the lookups
        rows = _with_partners(connection, rows)
    sorting = time.perf_counter()
    rows = _in_due_order(rows)
    sorting = time.perf_counter() - sorting
    view.setModel(Model(rows))
    app.processEvents()
    view.repaint()
    return {
        "imports": imported,
        "first": first,
        "shown": time.time() - started,
        "sort": sorting,
        "cpu": time.process_time(),
        "rows": len(rows),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _in_due_order(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """`rows` (the floor's, in id order, the due date third) in the order its first page began
    and the window shows them: by due date, ties by id, the rows without one last. The cheapest
    way a bare program has: a stable sort of the dated rows on a C key."""
    from operator import itemgetter

    dated = [row for row in rows if row[2] is not None]
    dated.sort(key=itemgetter(2))
    return dated + [row for row in rows if row[2] is None]


def _with_partners(connection: Any, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """`rows` (the floor's, with the milestone's id and its memorandum's last) as the window's
    columns: title, status, due, memorandum, partners, focus area, responsible, completed."""
    from collections import defaultdict

    names = dict(connection.execute("SELECT id, name FROM organization"))
    own: dict[int, list[int]] = defaultdict(list)
    for milestone, organization in connection.execute(
        "SELECT milestone_id, organization_id FROM milestone_organization"
    ):
        own[milestone].append(organization)
    parties: dict[int, list[int]] = defaultdict(list)
    for memorandum, organization in connection.execute(
        "SELECT memorandum_id, organization_id FROM memorandum_party"
    ):
        parties[memorandum].append(organization)
    labels: dict[tuple[Any, ...], str] = {}
    shown = []
    for row in rows:
        milestone, memorandum = row[-2:]
        key = (memorandum, *own.get(milestone, ()))
        label = labels.get(key)
        if label is None:
            ids = set(own.get(milestone, ())).union(parties.get(memorandum, ()))
            label = labels[key] = ", ".join(sorted((names[i] for i in ids), key=str.casefold))
        shown.append((*row[:4], label, *row[4:7]))
    return shown


def _run_child(env: dict[str, str], *args: str) -> dict[str, Any]:
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


def _median(runs: list[dict[str, Any]], pick: Any) -> float:
    return statistics.median(pick(run) for run in runs)


def _table(
    size: int, runs: int, windows: list[dict[str, Any]], floors: list[dict[str, Any]]
) -> None:
    """One Markdown table: each figure's median beside its floor's, measured in the same run."""
    keys = [ms for run in windows for ms in run["typing_ms"] + run["deleting_ms"]]
    key_floors = [ms for run in windows for ms in run["keystroke_floor_ms"]]
    lines = [
        (
            "process start → first rows shown",
            f"{_median(windows, lambda r: r['first']):.2f} s",
            f"{_median(floors, lambda r: r['first']):.2f} s",
            _median(windows, lambda r: r["first"]) / _median(floors, lambda r: r["first"]),
        ),
        (
            f"process start → all {windows[0]['rows']:,} rows loaded",
            f"{_median(windows, lambda r: r['shown']):.2f} s",
            f"{_median(floors, lambda r: r['shown']):.2f} s",
            _median(windows, lambda r: r["shown"]) / _median(floors, lambda r: r["shown"]),
        ),
        (
            "… beside a floor that shows the Partners column too",
            f"{_median(windows, lambda r: r['shown']):.2f} s",
            f"{_median(floors, lambda r: r['shown_partners']):.2f} s",
            _median(windows, lambda r: r["shown"]) / _median(floors, lambda r: r["shown_partners"]),
        ),
        (
            "imports before the window exists",
            f"{_median(windows, lambda r: r['phases']['imports']):.2f} s",
            f"{_median(floors, lambda r: r['imports']):.2f} s",
            _median(windows, lambda r: r["phases"]["imports"])
            / _median(floors, lambda r: r["imports"]),
        ),
        (
            "search keystroke, median / max",
            f"{statistics.median(keys):.0f} / {max(keys):.0f} ms",
            f"{statistics.median(key_floors):.0f} / {max(key_floors):.0f} ms",
            statistics.median(keys) / max(statistics.median(key_floors), 0.5),
        ),
    ]
    for name in windows[0]["sort_ms"]:
        mine = _median(windows, lambda r, name=name: r["sort_ms"][name])
        floor = _median(windows, lambda r, name=name: r["sort_floor_ms"][name])
        lines.append((f"sort by {name}", f"{mine:.0f} ms", f"{floor:.0f} ms", mine / floor))
    mine_rss = _median(windows, lambda r: r["peak_rss_mb"])
    floor_rss = _median(floors, lambda r: r["peak_rss_mb"])
    lines.append(("peak RSS", f"{mine_rss:.0f} MB", f"{floor_rss:.0f} MB", mine_rss / floor_rss))
    print()
    print(f"{size:,} milestones: median of {runs} runs, offscreen, floors from the same run")
    print()
    print("| work | kztracker | floor | ratio |")
    print("|---|---:|---:|---:|")
    for work, mine_text, floor_text, ratio in lines:
        print(f"| {work} | {mine_text} | {floor_text} | ×{ratio:.2f} |")
    phases = [name for name in windows[0]["phases"] if name != "interpreter"]
    print()
    print(
        "window phases, median seconds from process start: "
        + ", ".join(
            f"{name} {_median(windows, lambda r, n=name: r['phases'][n]):.2f}" for name in phases
        )
    )
    print()
    print(
        "floors: start-up and rows, a bare PySide6 + sqlite3 window (its first 300 rows by due "
        "date, then all in that order, sorted in "
        f"{_median(floors, lambda r: r['sort']) * 1000:.0f} ms by a C key: its columns from one "
        "SQL join, the Partners column left out; the second floor shows it, from the two link "
        "tables joined in plain Python); imports, `from PySide6 import QtWidgets` + Qt core; "
        "keystroke, a list comprehension over the same rows' search keys; sort, `sorted` with a "
        "C key; the last two plus a repaint of the table, as the window's figures include one"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+")
    parser.add_argument(
        "--source", action="store_true", help="no bytecode cache of the benchmark's own"
    )
    add_size_argument(parser)
    args = parser.parse_args()
    if args.child:
        started, kind, *rest = args.child
        if kind == "window":
            result = child_window(rest[0], float(started), rest[1])
        else:
            result = child_floor(rest[0], float(started), partners=kind == "floor-partners")
        print(json.dumps(result))
        return

    workdir = args.workdir or Path(tempfile.gettempdir()) / "kz-window-bench"
    if args.source:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    else:
        env = compiled_environment(workdir / "pycache", QT_QPA_PLATFORM="offscreen")
    for size in args.milestones:
        db = database_of_size(workdir, size)
        if not args.source:  # untimed: fills the bytecode cache
            with tempfile.TemporaryDirectory(prefix="kz-settings-") as settings_dir:
                _run_child(env, "window", str(db), settings_dir)
            _run_child(env, "floor", str(db))
        windows, floors = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory(prefix="kz-settings-") as settings_dir:
                windows.append(_run_child(env, "window", str(db), settings_dir))
            floors.append(_run_child(env, "floor", str(db)))
            floors[-1]["shown_partners"] = _run_child(env, "floor-partners", str(db))["shown"]
        _table(size, args.runs, windows, floors)


if __name__ == "__main__":
    main()
