"""The Files tab of the detail pane: the files attached to a memorandum, a milestone or a source.

Add (the button, or drop files on the tab), open with the system's program, save a copy, remove
and put back. Everything that reads or writes file bytes runs off the UI thread through
`Operations`; the rules (size limit, a file that is not what its name says, the same file stored
once) are kztracker.services.attachments. A PDF's preview is the text of its first page: the
PySide6-Essentials wheel has no QtPdf to draw it. Pictures preview as a thumbnail.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.file_folders import ATTACHMENTS, remember_folder, start_folder
from ui.opened_files import session_folder
from ui.operations import Operations, Ticket
from ui.preferences import int_setting, settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kztracker.services.attachments import Attachment, Removed

# The attachments' service (and the model classes and history it reads) is imported where it is
# used: the pane is made with the window, whose first paint does without them (issue 18).
LIMIT_KEY = "attachments/limit_mb"
THUMBNAIL = 320
_PICTURES = frozenset({"image/png", "image/jpeg", "image/gif", "image/tiff"})


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Attachments", text, disambiguation, n)


def attachment_limit_mb() -> int:
    from kztracker.services.attachments import DEFAULT_LIMIT_MB

    return int_setting(LIMIT_KEY, DEFAULT_LIMIT_MB, minimum=1)


class AttachmentSettings(QGroupBox):
    """The Preferences group: the largest file that may be attached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Attached files"), parent)
        self.setObjectName("attachmentSettings")
        self.limit = QSpinBox(self)
        self.limit.setObjectName("attachmentLimit")
        self.limit.setRange(1, 500)
        self.limit.setSuffix(tr(" MB"))
        self.limit.setValue(attachment_limit_mb())
        form = QFormLayout(self)
        form.addRow(tr("Largest file to attach:"), self.limit)
        note = QLabel(
            tr(
                "Files are kept in the database, so everyone on a shared server sees them and "
                "backups include them; a larger file is refused."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)

    def save(self) -> None:
        settings().setValue(LIMIT_KEY, self.limit.value())


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    return [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]


class AttachmentsPane(QWidget):
    """The files of one record, and what can be done with them."""

    # How many files the record has (the tab shows it), after every load.
    count_changed = Signal(int)
    # A load, an attach, a save or an open finished (tests and screenshots wait on it).
    settled = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPane")
        self._operations = operations
        self._current: tuple[str, int] | None = None
        self._generation = 0
        self._preview_generation = 0
        self.removed: list[Removed] = []
        self.read_only = bool(getattr(operations.database, "read_only", False))
        self.setAcceptDrops(not self.read_only)

        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(tr("Attached files"))
        self.list.setAcceptDrops(False)  # drops go to the pane, which attaches them
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.hint = QLabel(tr("No files yet. Drop files here, or choose Add…"), self)
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("attachmentProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.hide()

        style = self.style()
        self.add_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), tr("&Add…"), self
        )
        self.add_button.setToolTip(tr("Attach files from this computer (or drop them here)"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(tr("&Open"), self)
        self.open_button.setToolTip(tr("Open the file with the program this computer uses for it"))
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(tr("&Save as…"), self)
        self.save_button.clicked.connect(lambda _checked=False: self.save_selected())
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.remove_button.setToolTip(tr("Take the file off this record (it can be put back)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.removed_button = QPushButton(tr("Put &back…"), self)
        self.removed_button.setToolTip(tr("Attach again a file removed from this record"))
        self.removed_menu = QMenu(self.removed_button)
        self.removed_button.setMenu(self.removed_menu)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (
            self.add_button,
            self.open_button,
            self.save_button,
            self.remove_button,
            self.removed_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.preview_title = QLabel(self)
        self.preview_title.setObjectName("attachmentPreviewTitle")
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("attachmentPreview")
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(tr("Preview"))
        self.preview_image = QLabel(self)
        self.preview_image.setObjectName("attachmentThumbnail")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview_title)
        layout.addWidget(self.preview_text, 3)
        layout.addWidget(self.preview_image, 3)
        self._clear_preview()
        self._update_buttons()
        operations.changed.connect(self._on_changed)

    # -- public API ---------------------------------------------------------------------------

    def show_record(self, kind: str, record_id: int) -> None:
        if self._current != (kind, record_id):
            self.list.clear()
            self.problem.hide()
            self._clear_preview()
        from kztracker.models import ATTACHMENT_KINDS

        self._current = (kind, record_id) if kind in ATTACHMENT_KINDS else None
        self._load()

    def clear(self) -> None:
        self._current = None
        self._generation += 1
        self.list.clear()
        self._clear_preview()
        self._update_buttons()

    def attachments(self) -> list[Attachment]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, file_name: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole).file_name == file_name:
                self.list.setCurrentRow(row)
                return True
        return False

    def add_files(self, paths: list[str]) -> None:
        """Attach each file in its own change: one refused does not keep the others out."""
        if self._current is None or self.read_only:
            return
        from kztracker.services.attachments import attach_file, limit_bytes

        kind, record_id = self._current
        limit = limit_bytes(attachment_limit_mb())
        self.problem.hide()
        for path in paths:

            def work(session: Session, path: str = path) -> Any:
                return attach_file(session, kind, record_id, path, limit)

            self._operations.change(work, on_failure=self._refused, parent=self)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, tr("Attach files"), start_folder(ATTACHMENTS), tr("All files (*)")
        )
        if paths:
            remember_folder(ATTACHMENTS, paths[0])
            self.add_files(paths)

    def open_selected(self) -> None:
        """Write the file to a folder of this session's own and hand it to the system."""
        attachment = self.selected()
        if attachment is None:
            return
        # One folder per file, so two files of one name on different records do not collide;
        # all in the session's folder, which is cleared when the app quits (ui/opened_files.py).
        target = session_folder() / attachment.sha256[:16] / attachment.file_name
        database = self._operations.database
        from kztracker.services.attachments import save_copy

        def work(_ticket: Ticket) -> Path:
            if target.exists() and target.stat().st_size == attachment.size:
                return target  # opened before in this session: the bytes cannot have changed
            target.parent.mkdir(parents=True, exist_ok=True)
            with database.session() as session:
                return save_copy(session, attachment.sha256, target)

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._say(
                    tr("No program on this computer opens {name}; use Save as….").format(
                        name=path.name
                    )
                )
            self.settled.emit()

        self._operations.long_task(work, opened, on_failure=self._refused, parent=self)

    def save_selected(self, target: str | None = None) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        if target is None:
            start = str(Path(start_folder(ATTACHMENTS)) / attachment.file_name)
            target, _filter = QFileDialog.getSaveFileName(self, tr("Save a copy"), start)
            if not target:
                return
            remember_folder(ATTACHMENTS, target)
        database, chosen = self._operations.database, Path(target)
        from kztracker.services.attachments import save_copy

        def work(_ticket: Ticket) -> Path:
            with database.session() as session:
                return save_copy(session, attachment.sha256, chosen)

        def saved(path: Path) -> None:
            self._say(tr("Saved as {path}.").format(path=path), problem=False)
            self.settled.emit()

        self._operations.long_task(work, saved, on_failure=self._refused, parent=self)

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or self.read_only:
            return
        from kztracker.services.attachments import remove

        self._operations.change(
            lambda session: remove(
                session, attachment.kind, attachment.record_id, attachment.sha256
            ),
            on_failure=self._refused,
            parent=self,
        )

    def put_back(self, removed: Removed) -> None:
        if self._current is None or self.read_only:
            return
        kind, record_id = self._current
        from kztracker.services.attachments import put_back

        self._operations.change(
            lambda session: put_back(session, kind, record_id, removed.sha256, removed.file_name),
            on_failure=self._refused,
            parent=self,
        )

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        self._generation += 1
        generation = self._generation
        if self._current is None:
            self.clear()
            return
        kind, record_id = self._current
        from kztracker.services.attachments import attachments_of, removed_attachments

        def work(session: Session) -> tuple[list[Attachment], list[Removed]]:
            return (
                attachments_of(session, kind, record_id),
                removed_attachments(session, kind, record_id),
            )

        def done(result: tuple[list[Attachment], list[Removed]]) -> None:
            if generation == self._generation:
                self._show(*result)
            self.settled.emit()

        self._operations.query(work, done, on_failure=self._refused, parent=self)

    def _show(self, attachments: list[Attachment], removed: list[Removed]) -> None:
        chosen = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attachment in attachments:
            item = QListWidgetItem(icon, f"{attachment.file_name}  ·  {_size(attachment.size)}")
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            item.setToolTip(attachment.file_name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not (chosen is not None and self.select(chosen.file_name)) and attachments:
            self.list.setCurrentRow(0)
        if not attachments:
            self._clear_preview()
        self.removed = removed
        self.removed_menu.clear()
        for gone in removed:
            action = self.removed_menu.addAction(
                tr("{name} (removed {date})").format(
                    name=gone.file_name,
                    date=QLocale().toString(
                        QDate(gone.removed_at.year, gone.removed_at.month, gone.removed_at.day),
                        QLocale.FormatType.ShortFormat,
                    ),
                )
            )
            action.triggered.connect(lambda _checked=False, gone=gone: self.put_back(gone))
        self.hint.setVisible(not attachments)
        self._update_buttons()
        self.count_changed.emit(len(attachments))

    def _selected(self, *_args: Any) -> None:
        self._update_buttons()
        attachment = self.selected()
        self._clear_preview()
        if attachment is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        picture = attachment.media_type in _PICTURES
        from kztracker.services.attachments import content_of, preview_of

        def work(session: Session) -> str | QImage | None:
            if picture:
                # QImage (not QPixmap) may be made off the UI thread.
                image = QImage.fromData(content_of(session, attachment.sha256))
                if image.isNull():
                    return None
                return image.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            return preview_of(session, attachment)

        def done(preview: str | QImage | None) -> None:
            if generation != self._preview_generation:
                return
            self._show_preview(attachment, preview)
            self.settled.emit()

        self._operations.query(work, done, on_failure=lambda _error: None, parent=self)

    def _show_preview(self, attachment: Attachment, preview: str | QImage | None) -> None:
        if isinstance(preview, QImage):
            self.preview_title.setText(tr("Preview"))
            self.preview_image.setPixmap(QPixmap.fromImage(preview))
            self.preview_image.show()
        elif preview:
            self.preview_title.setText(tr("First page (text)"))
            self.preview_text.setPlainText(preview)
            self.preview_text.show()
        elif attachment.is_pdf:
            self.preview_title.setText(tr("This PDF has no text to preview (a scan?); open it."))
        else:
            self.preview_title.setText(tr("No preview for this kind of file; open it."))
        self.preview_title.show()

    def _clear_preview(self) -> None:
        self._preview_generation += 1
        self.preview_title.hide()
        self.preview_text.clear()
        self.preview_text.hide()
        self.preview_image.clear()
        self.preview_image.hide()

    def _update_buttons(self) -> None:
        shown = self._current is not None
        has_file = self.selected() is not None
        self.add_button.setEnabled(shown and not self.read_only)
        self.open_button.setEnabled(has_file)
        self.save_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file and not self.read_only)
        self.removed_button.setEnabled(shown and bool(self.removed) and not self.read_only)

    def _on_changed(self, changes: Any) -> None:
        if self._current is not None and getattr(changes, "kind", None) == self._current[0]:
            self._load()

    def _refused(self, error: BaseException) -> None:
        from kztracker.errors import KztrackerError

        if isinstance(error, KztrackerError):
            self._say(str(error))  # the core's one sentence: what is wrong, what to do
        else:
            self._operations.report_failure(error, self)
        self.settled.emit()

    def _say(self, text: str, problem: bool = True) -> None:
        self.problem.setStyleSheet("color: #b3261e" if problem else "color: palette(text)")
        self.problem.setText(text)
        self.problem.show()

    # -- drops --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._current is not None and not self.read_only and _local_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if paths and self._current is not None:
            event.acceptProposedAction()
            self.add_files(paths)
