"""Excel export benchmark: kztracker's export_workbook against bare openpyxl write-only.

Builds (once) the large database of benchmarks/large_database.py (100,000 milestones under
2,000 memoranda, with partners, people and sources), then runs each measurement in its own
child process so peak RSS (ru_maxrss) and CPU time belong to that measurement alone.
Usage: .venv/bin/python benchmarks/export_benchmark.py [--workdir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from large_database import MILESTONES, build_database, memorandum_title, person_name
from large_database import milestone as _milestone


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _cpu_seconds() -> float:
    # CPU time is what a shared, busy machine disturbs least; wall time is shown beside it.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _figures(started: float, cpu_started: float) -> dict[str, float]:
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": _cpu_seconds() - cpu_started,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_kztracker(db: Path, out: Path) -> dict[str, float]:
    from kztracker.db import open_database
    from kztracker.exporting import export_workbook

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    database = open_database(str(db), create=False)
    with database.session() as session:
        export_workbook(session, out, source_label=str(db))
    database.dispose()
    return _figures(started, cpu_started)


def child_bare(out: Path) -> dict[str, float]:
    from openpyxl import Workbook

    from kztracker.dates import PartialDate

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Milestones")
    ws.append(["Title", "Memorandum", "Start", "Due", "Status", "Responsible", "Notes", "Id"])
    for i in range(MILESTONES):
        m = _milestone(i)
        ws.append(
            [
                m["title"],
                memorandum_title(m["memorandum_id"]),
                PartialDate.parse(m["start_on"]).first_day(),
                PartialDate.parse(m["due_on"]).first_day(),
                m["status"],
                person_name(m["responsible_id"]),
                m["notes"],
                i,
            ]
        )
    wb.save(out)
    return _figures(started, cpu_started)


def _measure(*args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        result = (
            child_kztracker(Path(paths[0]), Path(paths[1]))
            if kind == "kztracker"
            else child_bare(Path(paths[0]))
        )
        print(json.dumps(result))
        return
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kz-export-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "bench.sqlite3"
    if not db.exists():
        started = time.perf_counter()
        build_database(db)
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    ours = _measure("kztracker", str(db), str(workdir / "kztracker.xlsx"))
    bare = _measure("bare", str(workdir / "bare.xlsx"))
    print(f"{dt.date.today()} {MILESTONES:,} milestones")
    for name, figures in (("export_workbook", ours), ("bare openpyxl", bare)):
        print(
            f"{name + ':':16} {figures['seconds']:.1f} s wall, {figures['cpu_seconds']:.1f} s CPU, "
            f"peak RSS {figures['peak_rss_mb']:.0f} MB"
        )
    print(
        f"ratio: wall x{ours['seconds'] / bare['seconds']:.2f}, "
        f"CPU x{ours['cpu_seconds'] / bare['cpu_seconds']:.2f}, "
        f"memory x{ours['peak_rss_mb'] / bare['peak_rss_mb']:.2f}"
    )


if __name__ == "__main__":
    main()
