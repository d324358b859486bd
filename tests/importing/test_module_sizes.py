"""The importer stays in small modules named for what they hold: none over 400 lines, so a rule
grows into a module of its own rather than into a longer one."""

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kztracker" / "importing"
MODULES = sorted(PACKAGE.rglob("*.py"))
LIMIT = 400


def test_there_are_modules_to_measure() -> None:
    assert len(MODULES) > 100


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_importer_module_is_over_the_limit(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= LIMIT, f"{path.name} has {lines} lines: split it by topic"
