"""Running the command line as a user does: a process of its own, its log kept in the test's
folder (so no test writes the developer's log), the database chosen only by --db."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_cli(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KZTRACKER_LOG_DIR": str(cwd / "log"), **env}
    environment.pop("KZTRACKER_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "kztracker", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env=environment,
    )
