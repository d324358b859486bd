"""`kztracker --db PLACE restore BACKUP` puts a backup only where a database is, or none yet:
a folder or a document named by mistake is refused and left where and as it was."""

from __future__ import annotations

from pathlib import Path

from kztracker.services.backup import backup
from kztracker.services.database import initialize
from tests.cli_process import run_cli
from tests.test_read_only import _unwritable


def _a_backup(tmp_path: Path) -> Path:
    database, _seeded = initialize(str(tmp_path / "tracker.sqlite3"))
    try:
        return backup(database, tmp_path / "backups")
    finally:
        database.dispose()


def _tree(folder: Path) -> list[str]:
    """Every path under `folder` but the command's log."""
    paths = (str(path.relative_to(folder)) for path in folder.rglob("*"))
    return sorted(path for path in paths if path.split("/")[0] != "log")


def test_a_folder_given_as_the_database_is_not_replaced(tmp_path: Path) -> None:
    made = _a_backup(tmp_path)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "report.txt").write_text("Minutes of the working group.\n")
    before = _tree(tmp_path)
    result = run_cli(tmp_path, "--db", str(documents), "restore", str(made))
    assert (result.returncode, result.stderr) == (
        1,
        f"kztracker: {documents} is a folder, not a database file\n",
    )
    assert _tree(tmp_path) == before


def test_a_document_given_as_the_database_is_not_replaced(tmp_path: Path) -> None:
    made = _a_backup(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text("Minutes of the working group.\n")
    before = _tree(tmp_path)
    result = run_cli(tmp_path, "--db", str(report), "restore", str(made))
    assert result.returncode == 1
    assert result.stderr == (
        f"kztracker: {report} is not a kztracker database (not an SQLite file); "
        "choose another --db path\n"
    )
    assert report.read_text() == "Minutes of the working group.\n"
    assert _tree(tmp_path) == before


def test_a_folder_that_may_not_be_written_is_named_as_the_reason(tmp_path: Path) -> None:
    made = _a_backup(tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    with _unwritable(shared):
        restored = run_cli(tmp_path, "--db", str(shared / "team.sqlite3"), "restore", str(made))
        backed_up = run_cli(tmp_path, "--db", str(tmp_path / "tracker.sqlite3"), "backup", "shared")
    # Permission bits stop a user, the immutable attribute root: the reason's words differ.
    assert restored.returncode == 1
    assert restored.stderr.startswith(f"kztracker: cannot restore into {shared}: ")
    assert restored.stderr.endswith("; the database was not replaced\n")
    assert backed_up.returncode == 1
    assert backed_up.stderr.startswith("kztracker: shared/tracker-")
    assert backed_up.stderr.endswith(
        ".sqlite3: permission denied; choose a place you may write to or ask for access\n"
    )
    assert list(shared.iterdir()) == []
