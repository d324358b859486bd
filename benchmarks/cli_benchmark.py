"""`kztracker list milestones --json`, whole process, beside a bare SQLAlchemy Core script.

Each run starts a fresh process (the way a user or a script calls the command) and times it
from spawn to exit; the floor is a script with SQLAlchemy Core alone (create_engine, the same
joins and order, json.dump) in a process of its own, timed in the same run, alternating with
the command so both see the same load on a shared machine.

Usage: .venv/bin/python benchmarks/cli_benchmark.py [--db PATH] [--runs N]
Without --db the seeded database is made in a temporary folder (`kztracker init`).
Target: the command at most 1.3x the floor.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compiled import compiled_environment

ROOT = Path(__file__).resolve().parent.parent
KZTRACKER = [sys.executable, "-m", "kztracker"]

# What the command prints, read with SQLAlchemy Core only: the milestones with their
# memorandum, focus area, person and partners by name, undated last.
FLOOR = """
import json, sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as connection:
    partners = {}
    for milestone_id, name in connection.execute(text(
        "SELECT mo.milestone_id, o.name FROM milestone_organization mo "
        "JOIN organization o ON o.id = mo.organization_id ORDER BY o.name_key"
    )):
        partners.setdefault(milestone_id, []).append(name)
    rows = [
        {"title": r[1], "memorandum": r[2], "focus_area": r[3], "start": r[4], "due": r[5],
         "completed": r[6], "status": r[7], "responsible": r[8],
         "organizations": partners.get(r[0], []), "notes": r[9]}
        for r in connection.execute(text(
            "SELECT m.id, m.title, me.title, f.name, m.start_on, m.due_on, m.completed_on, "
            "m.status, p.name, m.notes FROM milestone m "
            "LEFT JOIN memorandum me ON me.id = m.memorandum_id "
            "LEFT JOIN focus_area f ON f.id = m.focus_area_id "
            "LEFT JOIN person p ON p.id = m.responsible_id "
            "ORDER BY m.due_on IS NULL, m.due_on, m.title"
        ))
    ]
json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
"""


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=compiled_environment()
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a kztracker SQLite database (default: seeded)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kz-cli-bench-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "seeded.sqlite3"
            subprocess.run(
                [*KZTRACKER, "--db", str(db), "init"],
                check=True,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )
        command = [*KZTRACKER, "--db", str(db), "list", "milestones", "--json"]
        floor = [sys.executable, "-c", FLOOR, str(db)]
        _timed(command), _timed(floor)  # warm the file cache and the bytecode
        ours, bare = [], []
        for _ in range(args.runs):
            ours.append(_timed(command))
            bare.append(_timed(floor))
    mine, base = statistics.median(ours), statistics.median(bare)
    print(f"{db.name}: {args.runs} runs each, alternating, median of the whole process")
    print(f"{'work':<46} {'median':>8} {'floor':>8} {'ratio':>6}")
    print(
        f"{'kztracker list milestones --json':<46} {mine:7.2f}s {base:7.2f}s "
        f"{mine / base:5.2f}x   (target <= 1.3x; floor: bare SQLAlchemy Core script)"
    )


if __name__ == "__main__":
    main()
