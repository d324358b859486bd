"""Excel export benchmark: kztracker's export_workbook against bare openpyxl write-only.

Builds (once) the large database of benchmarks/large_database.py (100,000 milestones under
2,000 memoranda, with partners, people and sources), then runs each measurement in its own
child process so peak RSS (ru_maxrss) and CPU time belong to that measurement alone.
Prints one table per size, the export beside the bare floor measured in the same run.
Usage: .venv/bin/python benchmarks/export_benchmark.py [--workdir DIR]
           [--milestones 10000 100000 1000000]
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

from large_database import add_size_argument, database_of_size, memorandum_title, person_name
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


def child_bare(out: Path, milestones: int) -> dict[str, float]:
    from openpyxl import Workbook

    from kztracker.dates import PartialDate

    started, cpu_started = time.perf_counter(), _cpu_seconds()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Milestones")
    ws.append(["Title", "Memorandum", "Start", "Due", "Status", "Responsible", "Notes", "Id"])
    for i in range(milestones):
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
    add_size_argument(parser)
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        result = (
            child_kztracker(Path(paths[0]), Path(paths[1]))
            if kind == "kztracker"
            else child_bare(Path(paths[0]), int(paths[1]))
        )
        print(json.dumps(result))
        return
    workdir = args.workdir or Path(tempfile.gettempdir()) / "kz-window-bench"
    for size in args.milestones:
        db = database_of_size(workdir, size)
        ours = _measure("kztracker", str(db), str(workdir / f"kztracker-{size}.xlsx"))
        bare = _measure("bare", str(workdir / f"bare-{size}.xlsx"), str(size))
        print(f"\n{dt.date.today()} {size:,} milestones: one run each, floor from the same run\n")
        print("| work | wall | CPU | peak RSS |")
        print("|---|---:|---:|---:|")
        for name, figures in (("export_workbook", ours), ("bare openpyxl write-only", bare)):
            print(
                f"| {name} | {figures['seconds']:.1f} s | {figures['cpu_seconds']:.1f} s | "
                f"{figures['peak_rss_mb']:.0f} MB |"
            )
        print(
            f"| ratio | x{ours['seconds'] / bare['seconds']:.2f} | "
            f"x{ours['cpu_seconds'] / bare['cpu_seconds']:.2f} | "
            f"x{ours['peak_rss_mb'] / bare['peak_rss_mb']:.2f} |"
        )


if __name__ == "__main__":
    main()
