"""The core never imports Qt (ARCHITECTURE.md: layers and the direction of every import)."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "kztracker"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(CORE)): sorted(_imported_modules(path) & set(FORBIDDEN))
        for path in CORE.rglob("*.py")
        if _imported_modules(path) & set(FORBIDDEN)
    }
    assert offenders == {}


def test_using_the_core_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kztracker.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}, 'init'])\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}, 'list', 'memoranda', '--json'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
