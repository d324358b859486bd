"""Child processes on compiled bytecode, as an installed app runs.

pip compiles a wheel's modules when it installs them. A checkout run with
PYTHONDONTWRITEBYTECODE (as on the machines here), or with sources newer than their .pyc,
compiles every changed module at each start: a benchmark would count that in kztracker's
figures but not in a floor's, whose libraries were compiled when they were installed. The
benchmarks' children share a bytecode cache of their own instead (PYTHONPYCACHEPREFIX in the
temporary folder), filled by each benchmark's first, untimed run; the checkout is left as it
is.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "kz-bench-pycache"


def compiled_environment(cache: Path = CACHE, **extra: str) -> dict[str, str]:
    """The environment for a child process that reads and writes bytecode in `cache`."""
    environment = dict(os.environ, PYTHONPYCACHEPREFIX=str(cache), **extra)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment
