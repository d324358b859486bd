"""The package build: puts the files the app needs at run time into the wheel.

Everything else is declared in pyproject.toml. A wheel can only install files inside its
packages, and the repository keeps migrations/, alembic.ini and resources/ at the top (the
design's layout), so `build_py` adds them to the kztracker package and compiles the catalogs on
the way (packaging/build_data.py says what goes where). The tools it needs come from
[build-system] requires, so `pip install .`, `pip wheel .`, `python -m build` and `pipx
install` work without `make`.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _build_data() -> ModuleType:
    # Loaded by path: the folder is named packaging/, like the library setuptools itself uses.
    path = ROOT / "packaging" / "build_data.py"
    spec = importlib.util.spec_from_file_location("build_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """build_py, plus the data files and the compiled catalogs."""

    def run(self) -> None:
        super().run()
        # An editable install runs from the checkout, where kztracker/resources.py finds the
        # top-level folders and `make translations` compiles the catalogs in place.
        if getattr(self, "editable_mode", False):
            return
        _build_data().build(ROOT, Path(self.build_lib) / "kztracker")


setup(cmdclass={"build_py": BuildWithData})
