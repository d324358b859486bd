"""Pictures of the real window: each main view with a record shown, and each dialog.

Run by `kztracker screenshots DIR`. The window opens on a copy of a SQLite database (a server
database is used as is, and the tool then leaves out what could change it: the delete
confirmation and the import review), at a fixed size, and every picture is taken once the
operations it started have finished, so a view never shows "loading". A dialog whose module has
not been written yet is left out with a note rather than failing the run.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from sqlalchemy import select

from kztracker.backups import copy_sqlite
from kztracker.errors import KztrackerError
from kztracker.locations import resolve_url, sqlite_path
from kztracker.models import FocusArea, Memorandum, Milestone, Organization, Person, Source

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Each record kind's view, named as its picture; "record" kinds open their first record.
VIEWS: tuple[tuple[str, str], ...] = (
    ("memoranda", "memorandum"),
    ("partners", "organization"),
    ("people", "person"),
    ("focus-areas", "focus_area"),
    ("milestones", "milestone"),
    ("sources", "source"),
)
_MODELS: dict[str, Any] = {
    "memorandum": Memorandum,
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
    "milestone": Milestone,
    "source": Source,
}
DIALOG_TIMEOUT_S = 30.0  # generous: a busy machine; a dialog that never comes is rare

# An invented announcement for the import review picture; it names seeded partners so the
# review shows matches next to new records.
SAMPLE_ANNOUNCEMENT = (
    "Astana, 3 March 2026. The Ministry of Science and Higher Education of the Republic of "
    "Kazakhstan and Nazarbayev University signed a memorandum of understanding on a joint "
    "doctoral school in biomedical research. Minister Sayasat Nurbek said the first cohort of "
    "twenty students will start in September 2026, and a progress review is planned for "
    "December 2026.\n"
)


# A search no record matches, for the picture of an empty result.
NO_MATCH_SEARCH = "zqxj"


@dataclass
class Report:
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def take_screenshots(
    db: str | None, folder: Path, size: tuple[int, int] = (1400, 860), language: str = "en"
) -> Report:
    """Open the window on `db` and write the pictures into `folder`; returns what was written.

    The window speaks `language` (kk, ru or en), whatever the user chose in Preferences.
    """
    from ui.app import application, build_window
    from ui.i18n import install

    app = application()
    report = Report()
    with tempfile.TemporaryDirectory(prefix="kztracker-screenshots-") as scratch:
        # Fresh settings: the pictures never depend on, nor change, the user's window layout.
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, scratch)
        install(language)
        target, is_copy = _working_copy(db, Path(scratch))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KztrackerError(f"cannot create folder {folder}: {exc.strerror}") from exc
        window = build_window(target)
        _name_the_database(window, db)
        try:
            shooter = _Shooter(
                app, window, folder, report, scratch=Path(scratch), safe_to_change=is_copy
            )
            window.resize(*size)
            window.show()
            shooter.settle()
            shooter.views()
            shooter.dialogs()
        finally:
            window.close()
            window.operations.wait()
            window.operations.database.dispose()
            window.deleteLater()
            app.processEvents()
    return report


def _name_the_database(window: QWidget, db: str | None) -> None:
    """The status bar names the database by its file name only: the window runs on a copy in
    a temporary folder, and a picture must show neither that folder nor the user's own."""
    path = sqlite_path(resolve_url(db))
    label = window.findChild(QLabel, "databaseLocation")
    if path is not None and label is not None:
        label.setText(path.name)


def _working_copy(db: str | None, scratch: Path) -> tuple[str, bool]:
    """A copy of a SQLite database to open instead of it; a server database as it is."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        return url, False
    if not path.exists():
        raise KztrackerError(f"no database at {path}; run `kztracker init` first")
    # Under its own name: the status bar, and so the pictures, show the file the user knows.
    copy = scratch / "copy" / path.name
    copy.parent.mkdir()
    # SQLite's online backup: a consistent copy even while the app has the file open.
    try:
        copy_sqlite(path, copy)
    except sqlite3.Error as exc:
        raise KztrackerError(f"cannot read {path} as a kztracker database: {exc}") from exc
    return str(copy), True


class _Shooter:
    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        folder: Path,
        report: Report,
        *,
        scratch: Path,
        safe_to_change: bool,
    ) -> None:
        self.app = app
        self.scratch = scratch
        self.window = window
        self.folder = folder
        self.report = report
        self.safe_to_change = safe_to_change
        self.first_ids = self._first_ids()

    # -- helpers ------------------------------------------------------------------------------

    def settle(self) -> None:
        """Let every running operation finish and the window repaint."""
        for _ in range(3):
            self.window.operations.wait()
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> None:
        path = self.folder / f"{name}.png"
        if widget.grab().save(str(path), "PNG"):
            self.report.written.append(path)
        else:
            self.report.notes.append(f"could not write {path}")

    def _first_ids(self) -> dict[str, int]:
        ids: dict[str, int] = {}
        with self.window.operations.database.session() as session:
            for kind, model in _MODELS.items():
                first = session.scalar(select(model.id).order_by(model.id).limit(1))
                if first is not None:
                    ids[kind] = first
        return ids

    # -- main views ---------------------------------------------------------------------------

    def views(self) -> None:
        self.window.show_page("dashboard")
        self.settle()
        self.save(self.window, "dashboard")
        for name, kind in VIEWS:
            record_id = self.first_ids.get(kind)
            self.window.show_page(kind)
            if record_id is not None:
                self.window.open_record(kind, record_id)
            self.settle()
            self.save(self.window, name)
        self._history()
        self._no_match()

    def _history(self) -> None:
        """The detail pane's History tab, on the first milestone."""
        record_id = self.first_ids.get("milestone")
        if record_id is None:
            return
        self.window.open_record("milestone", record_id)
        pane = self.window.detail
        pane.tabs.setCurrentWidget(pane.history)
        self.settle()
        self.save(self.window, "milestone-history")
        pane.tabs.setCurrentWidget(pane.details)
        self.settle()

    def _no_match(self) -> None:
        """The milestones when a search finds nothing: the note over the empty table."""
        view = self.window.views.get("milestone")
        if view is None:
            return
        self.window.show_page("milestone")
        view.search.setText(NO_MATCH_SEARCH)
        view.apply_search()
        self.settle()
        self.save(self.window, "milestones-no-match")
        view.clear_search()
        self.settle()

    # -- dialogs ------------------------------------------------------------------------------

    def dialogs(self) -> None:
        editor = getattr(self.window, "editor", None)
        if editor is None or not _module_exists("ui.editing"):
            self.report.notes.append("no editor dialogs yet (ui/editing.py is missing)")
        else:
            for _, kind in VIEWS:
                record_id = self.first_ids.get(kind)
                if kind == "source" or record_id is None:
                    continue  # sources are read-only
                self.dialog(
                    f"edit-{kind.replace('_', '-')}", _call(editor, "edit_record", kind, record_id)
                )
            self.dialog("new-milestone", _call(editor, "new_record", "milestone"))
            memorandum = self.first_ids.get("memorandum")
            if memorandum is not None:
                self.dialog(
                    "quick-milestone",
                    _call(editor, "quick_milestone", {"memorandum_id": memorandum}),
                )
                if self.safe_to_change:
                    self.dialog(
                        "delete-memorandum",
                        _call(editor, "delete_record", "memorandum", memorandum),
                    )
        self._conflict()
        self._import_review()
        self.dialog("paste-import", self.window.import_pasted_text)
        self._change_milestones()
        self.dialog("deleted-records", self.window.database_actions.show_deleted)
        self._preferences()
        self.dialog("about", self.window.about)

    def _change_milestones(self) -> None:
        """Change selected milestones…, with every milestone selected."""
        view = self.window.views.get("milestone")
        if view is None or view.model.rowCount() < 2:
            return
        self.window.show_page("milestone")
        view.table.selectAll()
        self.settle()
        self.dialog("change-milestones", self.window.milestone_actions.change_selected_milestones)
        view.table.clearSelection()

    def _conflict(self) -> None:
        """The stale-save dialog, on an example of what two colleagues might both change."""
        if not _module_exists("ui.dialogs.conflict"):
            self.report.notes.append("no conflict dialog yet (ui/dialogs/conflict.py is missing)")
            return
        from kztracker.errors import StaleRecordError
        from kztracker.services.record_kinds import field_label
        from ui.dialogs.conflict import ConflictDialog
        from ui.labels import format_date, status_label

        # The example reads in the window's language, as a real conflict's values do.
        error = StaleRecordError(
            "milestone",
            self.first_ids.get("milestone", 1),
            theirs={"status": status_label("done"), "completed_on": format_date("2024-10-17")},
            yours={"status": status_label("in_progress"), "completed_on": ""},
        )
        labels = {name: field_label("milestone", name) for name in ("status", "completed_on")}
        self.dialog(
            "conflict",
            lambda: ConflictDialog(error, self.window, field_labels=labels).exec(),
        )

    def _import_review(self) -> None:
        if not _module_exists("ui.import_action") or not _module_exists("ui.import_review"):
            self.report.notes.append("no import review yet (ui/import_action.py is missing)")
            return
        if not self.safe_to_change:
            self.report.notes.append("import review left out: the database is not a copy")
            return
        from ui.import_action import import_files

        sample = self.scratch / "announcement.txt"
        sample.write_text(SAMPLE_ANNOUNCEMENT, encoding="utf-8")
        self.dialog(
            "import-review",
            lambda: import_files(self.window, self.window.operations, [str(sample)]),
        )

    def _preferences(self) -> None:
        if not _module_exists("ui.preferences"):
            self.report.notes.append("no preferences dialog yet (ui/preferences.py is missing)")
            return
        self.dialog("preferences", self.window.preferences)

    def dialog(self, name: str, trigger: Callable[[], object]) -> None:
        """Run `trigger`, wait for the dialog it opens, picture it and close it unchanged.

        Dialogs may run their own event loop (exec) or open and return; a timer polls for the
        new dialog inside whichever loop is running.
        """
        before = {id(widget) for widget in self.app.topLevelWidgets() if widget.isVisible()}
        done: list[bool] = []
        deadline = time.monotonic() + DIALOG_TIMEOUT_S

        def poll() -> None:
            if done:
                return
            dialog = _new_dialog(self.app, before)
            if dialog is None:
                if time.monotonic() < deadline:
                    QTimer.singleShot(50, poll)
                else:
                    self.report.notes.append(f"{name} left out: no dialog appeared")
                    done.append(False)
                return
            self.settle()
            self.save(dialog, name)
            done.append(True)
            dialog.reject()

        QTimer.singleShot(0, poll)
        try:
            trigger()
        except Exception as exc:  # noqa: BLE001 - one missing picture must not stop the others
            self.report.notes.append(f"{name} left out: {type(exc).__name__}: {exc}")
            done.append(False)
        while not done and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.02)
        if not done:
            self.report.notes.append(f"{name} left out: no dialog appeared")
            done.append(False)  # a poll still queued stops at its next look
        leftover = _new_dialog(self.app, before)
        if leftover is not None:
            leftover.reject()
        self.settle()


def _new_dialog(app: QApplication, before: set[int]) -> QDialog | None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
            return widget
    return None


def _module_exists(name: str) -> bool:
    return name in sys.modules or importlib.util.find_spec(name) is not None


def _call(target: object, method: str, *args: object) -> Callable[[], object]:
    """`target.method(*args)` looked up when called, so a missing method becomes a note."""
    return lambda: getattr(target, method)(*args)
