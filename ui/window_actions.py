"""The main window's actions, menus and toolbar, in the platform's conventions.

Standard keys (QKeySequence.StandardKey) wherever one exists, so Undo, Quit, Find and
Preferences use each platform's own shortcut; the rest get explicit ones listed in the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from ui.labels import kind_label
from ui.views.record_view import EDITABLE

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Navigation entries in order: a record kind, or "dashboard".
PAGES = ("dashboard", "memorandum", "organization", "person", "focus_area", "milestone", "source")


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def page_title(page: str) -> str:
    return tr("Dashboard") if page == "dashboard" else kind_label(page, plural=True)


@dataclass
class WindowActions:
    """Every action of the window, kept so tests and state updates can reach them."""

    import_files: QAction
    import_text: QAction
    export: QAction
    backup: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_record: QAction
    new_kind: dict[str, QAction]
    edit: QAction
    delete: QAction
    quick_milestone: QAction
    find: QAction
    pages: dict[str, QAction] = field(default_factory=dict)
    about: QAction | None = None
    export_calendar: QAction | None = None
    my_milestones: QAction | None = None

    def writing(self) -> list[QAction]:
        """The actions that would change the database: switched off in read-only mode."""
        return [
            self.import_files,
            self.import_text,
            self.undo,
            self.redo,
            self.new_record,
            self.quick_milestone,
            self.edit,
            self.delete,
            *self.new_kind.values(),
        ]


def _icon(window: MainWindow, theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon (scalable on high-DPI screens), else the style's own."""
    icon = QIcon.fromTheme(theme)
    return icon if not icon.isNull() else window.style().standardIcon(fallback)


def build_actions(window: MainWindow) -> WindowActions:
    def action(
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QIcon | None = None,
    ) -> QAction:
        made = QAction(text, window)
        if shortcut is not None:
            made.setShortcut(QKeySequence(shortcut))
        if tip:
            made.setStatusTip(tip)
            keys = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            made.setToolTip(f"{tip} ({keys})" if keys else tip)
        if icon is not None:
            made.setIcon(icon)
        made.triggered.connect(lambda _checked=False: slot())
        return made

    Theme, Pixmap = QIcon.ThemeIcon, QStyle.StandardPixmap
    stack = window.editor.undo_stack
    undo = stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    undo.setIcon(_icon(window, Theme.EditUndo, Pixmap.SP_ArrowBack))
    redo = stack.createRedoAction(window, tr("&Redo"))
    # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
    ctrl_shift_z = QKeySequence("Ctrl+Shift+Z")
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    redo.setShortcuts([ctrl_shift_z] + [keys for keys in platform if keys != ctrl_shift_z])
    redo.setIcon(_icon(window, Theme.EditRedo, Pixmap.SP_ArrowForward))

    new_kind = {
        kind: action(
            tr("New {kind}…").format(kind=kind_label(kind).lower()),
            lambda kind=kind: window.new_record(kind),
        )
        for kind in EDITABLE
    }
    actions = WindowActions(
        import_files=action(
            tr("&Import announcements…"),
            window.import_files_dialog,
            "Ctrl+I",
            tr("Import announcements from files (text, web pages, Word, PDF)"),
            _icon(window, Theme.DocumentOpen, Pixmap.SP_DialogOpenButton),
        ),
        import_text=action(
            tr("Import &pasted text…"),
            window.import_pasted_text,
            "Ctrl+Shift+V",
            tr("Import an announcement pasted from the clipboard"),
        ),
        export=action(
            tr("&Export to Excel…"),
            window.export_all,
            "Ctrl+E",
            tr("Export the whole database to an Excel workbook"),
            _icon(window, Theme.DocumentSaveAs, Pixmap.SP_DialogSaveButton),
        ),
        backup=action(
            tr("&Backup…"),
            window.backup,
            None,
            tr("Save a copy of the database to a folder you choose"),
        ),
        preferences=action(
            tr("&Preferences…"), window.preferences, QKeySequence.StandardKey.Preferences
        ),
        quit=action(tr("&Quit"), window.close, QKeySequence.StandardKey.Quit),
        undo=undo,
        redo=redo,
        new_record=action(
            tr("&New…"),
            lambda: window.new_record(None),
            QKeySequence.StandardKey.New,
            tr("Create a record of the kind shown"),
            _icon(window, Theme.DocumentNew, Pixmap.SP_FileIcon),
        ),
        new_kind=new_kind,
        edit=action(
            tr("&Edit…"),
            window.edit_current,
            "F2",
            tr("Edit the selected record"),
            _icon(window, Theme.DocumentProperties, Pixmap.SP_FileDialogDetailedView),
        ),
        delete=action(
            tr("&Delete…"),
            window.delete_current,
            QKeySequence.StandardKey.Delete,
            tr("Delete the selected record (asks first)"),
            _icon(window, Theme.EditDelete, Pixmap.SP_TrashIcon),
        ),
        quick_milestone=action(
            tr("&Quick milestone…"),
            window.quick_milestone,
            "Ctrl+Shift+M",
            tr("Add a milestone, prefilled from the selected record"),
            _icon(window, Theme.ListAdd, Pixmap.SP_FileDialogNewFolder),
        ),
        find=action(tr("&Find"), window.focus_search, QKeySequence.StandardKey.Find),
    )
    for number, page in enumerate(PAGES, start=1):
        page_action = action(
            page_title(page), lambda page=page: window.show_page(page), f"Ctrl+{number}"
        )
        page_action.setCheckable(True)
        actions.pages[page] = page_action
    actions.about = action(tr("&About kztracker"), window.about)
    actions.export_calendar = action(
        tr("Export &calendar…"),
        window.export_calendar,
        None,
        tr("Write the milestones to a calendar file (.ics) for Outlook or Google Calendar"),
    )
    actions.my_milestones = action(
        tr("&My milestones"),
        window.my_milestones,
        None,
        tr("The open milestones you are responsible for (who you are: Preferences)"),
    )
    return actions


def build_menus(window: MainWindow, actions: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addActions([actions.import_files, actions.import_text])
    from ui.sheet_import import sheet_import_action

    file_menu.addAction(sheet_import_action(window))
    file_menu.addSeparator()
    file_menu.addAction(actions.export)
    if actions.export_calendar is not None:
        file_menu.addAction(actions.export_calendar)
    file_menu.addAction(actions.backup)
    file_menu.addSeparator()
    file_menu.addAction(actions.preferences)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.new_record)
    new_menu = edit_menu.addMenu(tr("New &record"))
    new_menu.addActions(list(actions.new_kind.values()))
    edit_menu.addActions([actions.quick_milestone, actions.edit, actions.delete])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions(list(actions.pages.values()))
    if actions.my_milestones is not None:
        view_menu.addSeparator()
        view_menu.addAction(actions.my_milestones)

    help_menu = bar.addMenu(tr("&Help"))
    if actions.about is not None:
        help_menu.addAction(actions.about)


def build_toolbar(window: MainWindow, actions: WindowActions) -> QToolBar:
    toolbar = QToolBar(tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.new_record)
    toolbar.addAction(actions.quick_milestone)
    toolbar.addAction(actions.edit)
    toolbar.addAction(actions.delete)
    toolbar.addSeparator()
    toolbar.addActions([actions.undo, actions.redo])
    toolbar.addSeparator()
    toolbar.addActions([actions.import_files, actions.export])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
