"""Ctrl-C in the middle of `kztracker import --yes` of many files: each file before it is in
whole, the one under way is not at all, and the message says where to go on from."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from kztracker.services.database import initialize
from tests.cli_process import run_cli

ANNOUNCEMENTS = Path(__file__).resolve().parent / "announcements"
FILES = 60
DONE = re.compile(r"^(\S+): imported as ")


def _sources(folder: Path) -> int:
    listed = run_cli(folder, "--db", "tracker.sqlite3", "list", "sources", "--json")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


def _announcements(folder: Path) -> list[str]:
    """FILES different texts: the English test announcements, each with a line of its own."""
    texts = sorted(ANNOUNCEMENTS.glob("ann*.txt"))
    names = []
    for n in range(FILES):
        name = f"news-{n:03d}.txt"
        body = texts[n % len(texts)].read_bytes()
        (folder / name).write_bytes(body + f"\nReference number {n}.\n".encode())
        names.append(name)
    return names


def test_ctrl_c_mid_batch_leaves_whole_files_and_names_the_rest(tmp_path: Path) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    before = _sources(tmp_path)
    names = _announcements(tmp_path)
    importer = subprocess.Popen(
        [sys.executable, "-m", "kztracker", "--db", "tracker.sqlite3", "import", "--yes", *names],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "KZTRACKER_LOG_DIR": str(tmp_path / "log"), "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert importer.stdout is not None
        first = importer.stdout.readline()
        assert DONE.match(first), first + importer.communicate()[1]
        importer.send_signal(signal.SIGINT)
        rest, errors = importer.communicate(timeout=180)
    finally:
        importer.kill()
        importer.wait()
    imported = [match.group(1) for match in map(DONE.match, [first, *rest.splitlines()]) if match]
    done = len(imported)
    assert imported == names[:done] and done < FILES
    assert importer.returncode == 130
    assert errors == (
        f"kztracker: interrupted after importing {done} of {FILES} files, each in full; the "
        f"files from {names[done]} on were not imported — import those\n"
    )
    assert _sources(tmp_path) == before + done
    # Going on from there imports the rest, and nothing twice.
    rest_of_them = run_cli(tmp_path, "--db", "tracker.sqlite3", "import", "--yes", *names[done:])
    assert rest_of_them.returncode == 0, rest_of_them.stderr
    assert _sources(tmp_path) == before + FILES
