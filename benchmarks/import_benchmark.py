"""Import benchmark: one announcement read, extracted and matched, and a batch of 100 files.

Measured against a freshly seeded database (issue 19: one announcement < 1 s from the command
line, whole process with a warm cache; 100 files < 60 s):
  - cli 1 file: `kztracker --db DB import --dry-run --json FILE`, a whole process (median of
    runs after a warm-up run);
  - in-process 1 file: read_file + prepare_document in a running process (median);
  - cli 100 files: one `import --dry-run --json` of 100 files;
  - floor: a bare SQLAlchemy Core script reading the same database's organizations, as a whole
    process, from the same run.
Texts are the shared corpus's real announcements (read at run time; copies with a numbered
last line go to a temporary folder so 100 distinct texts exist), else tests/announcements.
Usage: .venv/bin/python benchmarks/import_benchmark.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compiled import compiled_environment

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
KZTRACKER = [sys.executable, "-m", "kztracker"]
FLOOR = """
import sys
from sqlalchemy import create_engine, text
engine = create_engine(sys.argv[1])
with engine.connect() as connection:
    rows = connection.execute(text("SELECT id, name FROM organization")).all()
print(len(rows))
"""


def _texts() -> list[Path]:
    if CORPUS.is_dir():
        found = sorted(CORPUS.glob("*/*.txt"))
    else:
        found = sorted((ROOT / "tests" / "announcements").glob("*.txt"))
    return [p for p in found if not p.name.startswith("README")]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a whole child process (CPU is what a busy machine disturbs
    least)."""
    started, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=compiled_environment())
    return time.perf_counter() - started, _children_cpu() - cpu


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = _texts()
    english = next((p for p in texts if "en-" in p.parent.name), texts[0])
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        url = f"sqlite:///{work / 'bench.db'}"
        subprocess.run([*KZTRACKER, "--db", url, "init"], check=True, capture_output=True)
        one = [*KZTRACKER, "--db", url, "import", "--dry-run", "--json", str(english)]
        _timed(one)  # warm the file cache and the bytecode
        cli = _median([_timed(one) for _ in range(args.runs)])
        floor = _median([_timed([sys.executable, "-c", FLOOR, url]) for _ in range(args.runs)])

        from kztracker.db import open_database
        from kztracker.importing.read import read_file
        from kztracker.services.importing import prepare_document

        database = open_database(url, create=False)
        times = []
        try:
            for _ in range(args.runs + 1):
                started = time.perf_counter()
                with database.session() as session:
                    prepare_document(session, read_file(english))
                times.append(time.perf_counter() - started)
        finally:
            database.dispose()
        in_process = statistics.median(times[1:])

        batch = []
        for n in range(100):
            source = texts[n % len(texts)]
            copy = work / f"{n:03d}_{source.name}"
            copy.write_text(source.read_text("utf-8") + f"\n\n({n})\n", "utf-8")
            batch.append(str(copy))
        hundred = _timed([*KZTRACKER, "--db", url, "import", "--dry-run", "--json", *batch])

    print(f"one announcement: {english.parent.name}/{english.name}")
    print(f"{'measure':36} {'wall s':>7} {'cpu s':>7}  target")
    print(f"{'cli, 1 file (whole process)':36} {cli[0]:>7.2f} {cli[1]:>7.2f}  < 1")
    print(f"{'in-process, 1 file':36} {in_process:>7.3f} {'':>7}  (window < 0.5)")
    print(f"{'cli, 100 files (one process)':36} {hundred[0]:>7.2f} {hundred[1]:>7.2f}  < 60")
    print(f"{'floor: bare SQLAlchemy Core process':36} {floor[0]:>7.2f} {floor[1]:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
