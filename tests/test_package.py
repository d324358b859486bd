"""The built package is complete: a wheel, built from the sdist, works in a fresh environment.

The sdist and the wheel are built once (`python -m build` builds the wheel from the unpacked
sdist, so a file missing from the sdist fails here too) and installed into a new virtual
environment outside the checkout. Its third-party dependencies come from the project's own
environment through a .pth file, so the test needs no network and no second copy of Qt; the
kztracker it runs must be the wheel's, never the checkout. Every command runs from an empty
folder. Run alone with `pytest -m package`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parent.parent
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--skip-dependency-check",
         "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (built,) = out.glob("kztracker-*.whl")
    return built


class Installed:
    """A fresh virtual environment with the wheel installed, and a way to run its kztracker."""

    def __init__(self, venv: Path, home: Path) -> None:
        self.venv, self.home = venv, home
        self.db = home / "kztracker.sqlite3"

    def run(self, *args: str, language: str | None = None) -> subprocess.CompletedProcess[str]:
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "KZTRACKER_", "VIRTUAL_ENV"))
        }
        environment.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_DATA_HOME=str(self.home / "data"),
            QT_QPA_PLATFORM="offscreen",
            KZTRACKER_LANGUAGE=language or "en",
        )
        return subprocess.run(
            [str(self.venv / "bin" / "kztracker"), "--db", str(self.db), *args],
            cwd=self.home, env=environment, capture_output=True, text=True, timeout=300,
        )  # fmt: skip


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # The dependencies only: a directory named in a .pth is added to sys.path, but the .pth
    # files inside it (the checkout's editable install) are not read.
    (Path(fresh_site) / "project_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    home = tmp_path_factory.mktemp("home")
    return Installed(venv, home)


def test_wheel_lists_migrations_seed_and_compiled_catalogs(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kztracker/_data/alembic.ini",
        "kztracker/_data/migrations/env.py",
        "kztracker/_data/migrations/versions/0001_initial_schema.py",
        "kztracker/_data/seed/seed.json",
        "kztracker/_data/icons/kztracker.svg",
        "kztracker/NOTICE.txt",
        *(f"kztracker/_data/translations/kztracker_{code}.qm" for code in ("en", "ru", "kk")),
        *(f"kztracker/locale/{code}/LC_MESSAGES/kztracker.mo" for code in ("ru", "kk")),
    }
    assert expected <= names
    # Every migration of the checkout, so an upgrade from any older database works.
    revisions = {p.name for p in (ROOT / "migrations" / "versions").glob("*.py")}
    assert {f"kztracker/_data/migrations/versions/{name}" for name in revisions} <= names


def test_both_entry_points_are_installed(installed: Installed) -> None:
    assert (installed.venv / "bin" / "kztracker").is_file()
    assert (installed.venv / "bin" / "kztracker-gui").is_file()


def test_installed_package_runs_every_command_from_an_empty_folder(
    installed: Installed, tmp_path: Path
) -> None:
    python = str(installed.venv / "bin" / "python")
    which = subprocess.run(
        [python, "-c", "import kztracker; print(kztracker.__file__)"],
        cwd=installed.home, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert str(installed.venv) in which and str(ROOT) not in which

    init = installed.run("init")
    assert init.returncode == 0, init.stderr
    listed = installed.run("list", "memoranda", "--json")
    assert listed.returncode == 0, listed.stderr
    seeded = json.loads(listed.stdout)
    assert seeded and all(row["title"] for row in seeded)

    before = json.loads(installed.run("list", "sources", "--json").stdout)
    written = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "sample_announcements.py"), str(tmp_path)],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    assert {Path(path).suffix for path in written} == {".txt", ".html", ".docx", ".pdf"}
    imported = installed.run("import", *written, "--yes", "--json")
    assert imported.returncode == 0, imported.stderr
    summaries = json.loads(imported.stdout)
    assert sorted(Path(s["file"]).name for s in summaries) == sorted(
        Path(path).name for path in written
    )
    # Each format and each language (the Russian model's files are in place) gave a memorandum.
    assert all(s["created"].get("memorandum") for s in summaries), summaries
    after = json.loads(installed.run("list", "sources", "--json").stdout)
    assert len(after) == len(before) + len(written)

    workbook = tmp_path / "summary-ru.xlsx"
    exported = installed.run("export", str(workbook), "--language", "ru")
    assert exported.returncode == 0, exported.stderr
    book = load_workbook(workbook, read_only=True)
    # Every sheet a reader sees named in Russian: the compiled .mo is in the wheel and found.
    # (The hidden sheet of exported record ids keeps its machine name.)
    sheets = [sheet.title for sheet in book.worksheets if sheet.sheet_state == "visible"]
    assert sheets and all(CYRILLIC.search(name) for name in sheets), sheets


def test_core_messages_speak_kazakh_from_the_wheel(installed: Installed) -> None:
    not_a_database = installed.home / "notes.txt"
    not_a_database.write_text("plain text, not a database\n", encoding="utf-8")
    refused = installed.run("--db", str(not_a_database), "list", "partners", language="kk")
    assert refused.returncode == 1
    assert KAZAKH_LETTERS.search(refused.stderr), refused.stderr
    assert "Traceback" not in refused.stderr


def test_window_screenshots_in_kazakh_from_the_wheel(installed: Installed, tmp_path: Path) -> None:
    assert installed.run("init").returncode == 0
    shots = installed.run("screenshots", str(tmp_path / "shots"), "--language", "kk")
    assert shots.returncode == 0, shots.stderr
    assert sorted((tmp_path / "shots").glob("*.png"))
    # ui.i18n says so on stderr when the window's .qm catalog is not found.
    assert "kztracker_kk.qm" not in shots.stderr
