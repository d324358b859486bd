"""NOTICE.txt, shown in About and shipped in the package, names every runtime dependency."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from kztracker.resources import notice_file

ROOT = Path(__file__).resolve().parent.parent
# Distribution names that NOTICE gives as the library's own name.
SHOWN_AS = {"pyside6-essentials": "pyside6"}


def test_notice_names_every_dependency_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    notice = notice_file().read_text(encoding="utf-8").lower()
    names = [re.split(r"[\[<>=!~; ]", spec, maxsplit=1)[0].lower()
             for spec in project["project"]["dependencies"]]  # fmt: skip
    missing = [name for name in names if SHOWN_AS.get(name, name) not in notice]
    assert not missing, f"add these to kztracker/NOTICE.txt with their licences: {missing}"
