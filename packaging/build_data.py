"""The files the installed app needs besides its Python code, laid out as the package holds them.

One routine for both builds: setup.py calls it on the wheel's build folder and
packaging/kztracker.spec on a folder it hands to PyInstaller, so a wheel and a bundle carry the
same files in the same places (kztracker/resources.py finds them):

    kztracker/_data/alembic.ini, migrations/, seed/, icons/, guide/   copied from the top
    kztracker/_data/translations/kztracker_XX.qm               resources/translations/*.ts, lrelease
    kztracker/locale/XX/LC_MESSAGES/kztracker.mo               kztracker/locale/*/*.po, Babel

Needs PySide6 (its lrelease) and Babel, both in [build-system] requires.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# What goes under kztracker/_data/, from where it sits in the repository.
COPIED = {
    "alembic.ini": "alembic.ini",
    "migrations": "migrations",
    "resources/seed": "seed",
    "resources/icons": "icons",
    "resources/guide": "guide",
}


def _ignore_caches(_folder: str, names: list[str]) -> list[str]:
    return [name for name in names if name == "__pycache__" or name.endswith(".pyc")]


def copy_data(root: Path, target: Path) -> None:
    for source, destination in COPIED.items():
        path, copy = root / source, target / destination
        if path.is_dir():
            shutil.copytree(path, copy, ignore=_ignore_caches, dirs_exist_ok=True)
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy)


def compile_qt_translations(root: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    # PySide6's own wrapper finds the lrelease binary inside its installed wheel.
    lrelease = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    for source in sorted((root / "resources" / "translations").glob("kztracker_*.ts")):
        compiled = target / source.with_suffix(".qm").name
        subprocess.run(
            [sys.executable, "-c", lrelease, "-silent", str(source), "-qm", str(compiled)],
            check=True,
        )
        if not compiled.is_file():
            raise RuntimeError(f"lrelease wrote no {compiled}")


def compile_gettext_catalogs(root: Path, target: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    locale = root / "kztracker" / "locale"
    for source in sorted(locale.glob("*/LC_MESSAGES/kztracker.po")):
        compiled = target / source.relative_to(locale).with_suffix(".mo")
        compiled.parent.mkdir(parents=True, exist_ok=True)
        with source.open("rb") as handle:
            catalog = read_po(handle, locale=source.parent.parent.name)
        with compiled.open("wb") as handle:
            write_mo(handle, catalog)


def build(root: Path, package: Path) -> None:
    """Write the data files into `package`, the kztracker package folder of a build."""
    copy_data(root, package / "_data")
    compile_qt_translations(root, package / "_data" / "translations")
    compile_gettext_catalogs(root, package / "locale")


if __name__ == "__main__":
    # By hand: `python packaging/build_data.py OUT` lays the files out under OUT/kztracker.
    build(Path(__file__).resolve().parent.parent, Path(sys.argv[1]) / "kztracker")
