"""A disk that fills up while the workbook is written: one line on stderr, no traceback of
the half-written archive closed again later, and the earlier export left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kztracker.services.database import initialize

# The CLI as a process whose disk has ROOM bytes left for the workbook being written (the
# temporary .xlsx.tmp file beside the target); every other file writes as usual.
_FULL_DISK = """
import errno, io, sys
ROOM = 4096
real_open = io.open

class FullDisk(io.FileIO):
    written = 0

    def write(self, data):
        self.written += len(data)
        if self.written > ROOM:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)

def full_open(file, mode="r", *args, **kwargs):
    if isinstance(file, str) and file.endswith(".xlsx.tmp") and "w" in mode:
        return io.BufferedRandom(FullDisk(file, mode.replace("b", "")))
    return real_open(file, mode, *args, **kwargs)

io.open = full_open
from kztracker.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_is_one_line_and_the_earlier_export_stays(tmp_path: Path) -> None:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    database.dispose()
    earlier = tmp_path / "summary.xlsx"
    earlier.write_bytes(b"last week's workbook")
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, "--db", "tracker.sqlite3", "export", "summary.xlsx"],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
        env={**os.environ, "KZTRACKER_LOG_DIR": str(tmp_path / "log")},
    )
    assert (result.returncode, result.stderr) == (
        1,
        "kztracker: cannot write summary.xlsx: No space left on device\n",
    )
    assert earlier.read_bytes() == b"last week's workbook"
    assert [p.name for p in tmp_path.iterdir() if ".xlsx" in p.name] == ["summary.xlsx"]
