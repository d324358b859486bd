"""The one way the window touches the database: operations run off the UI thread.

Modelled on Anki's CollectionOp/QueryOp. A *query* reads in its own session; a *change* runs in
one transaction (commit on success, rollback on any failure) and returns a `Changes` value that
`Operations.changed` broadcasts once, so every view refreshes from one signal. Writes go through
a pool of one thread: two edits never race each other for the SQLite write lock, and they land
in the order the user made them. Results and failures come back on the UI thread.

Long work (export, import, backup) can take a `Progress` callback and poll `cancelled()`; both
are thread-safe. Widgets never start threads of their own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from kztracker.connection import connection_lost, database_busy
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.sqlite_file_guard import DatabaseFileGone
from ui.error_dialog import already_told, offer_retry, one_line, report_unexpected

if TYPE_CHECKING:
    # Only named: the ORM loads when a session is first asked for, not with the window.
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


@dataclass
class Ticket:
    """What a running operation shares with its worker: cancel requests and progress."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    progress_callback: Callable[[int, int, str], None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, label: str = "") -> None:
        if self.progress_callback is not None:
            self.progress_callback(done, total, label)


def worth_retrying(error: BaseException) -> bool:
    """Work that failed for a reason outside it, which the same work overcomes later: a server
    gone away, a SQLite file another program keeps locked, the file moved away and put back."""
    return connection_lost(error) or database_busy(error) or isinstance(error, DatabaseFileGone)


def _alive(widget: QWidget | None) -> bool:
    """False once the widget an operation reports to has been deleted (its callbacks would
    touch freed C++ objects)."""
    return widget is None or isValid(widget)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call onto the UI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The relay was deleted with the application while this ran past the window's
            # wait on close: nobody is left to tell, and a traceback on quit helps no one.
            log.debug("a background result arrived after the application closed")


# Relays of work started by `in_background`, kept alive until they deliver.
_loose_relays: set[_Relay] = set()


def in_background(
    work: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    parent: QWidget,
) -> None:
    """Work that needs no open database (a connection test at start), off the UI thread."""
    relay = _Relay()
    _loose_relays.add(relay)

    def succeeded(result: Any) -> None:
        _loose_relays.discard(relay)
        if _alive(parent):
            on_success(result)

    def failed(error: BaseException) -> None:
        _loose_relays.discard(relay)
        if _alive(parent):
            on_failure(error)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(work, relay))


class Operations(QObject):
    """Runs queries and changes against one database off the UI thread."""

    # Emitted on the UI thread after every successful change, with the service's Changes value.
    changed = Signal(object)
    # True while any operation runs: the window shows a busy indicator.
    busy = Signal(bool)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._running = 0
        # Relays must outlive their tasks; dropped once the result is delivered.
        self._relays: set[_Relay] = set()
        # Set as the window closes: what reads still bring back is for a window going away.
        self._closing = False

    # -- public API ---------------------------------------------------------------------------

    def query(
        self,
        work: Callable[[Session], T],
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Ticket:
        """Read in a session of its own; `on_success(result)` runs on the UI thread."""
        return self._read(lambda: self.database.session(), work, on_success, on_failure, parent)

    def read(
        self,
        work: Callable[[Connection], T],
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Ticket:
        """`query` for work that reads through Core alone (the record views' rows): a plain
        connection, so neither the ORM nor the history hook loads for it (issue 18)."""
        return self._read(
            lambda: self.database.engine.connect(), work, on_success, on_failure, parent
        )

    def read_database(
        self,
        work: Callable[[Database], T],
        on_success: Callable[[T], None],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Ticket:
        """`read` for work that opens its own connection (the window's first page, read
        through the standard library's sqlite3 before SQLAlchemy loads)."""
        database = self.database
        return self._start(
            self._reads, lambda: work(database), on_success, on_failure, parent, progress=None
        )

    def change(
        self,
        work: Callable[[Session], T],
        on_success: Callable[[T], None] | None = None,
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> Ticket:
        """Run `work` in one transaction; broadcast its result through `changed` on success."""

        def run() -> T:
            with self.database.sessions.begin() as session:
                return work(session)

        def succeeded(result: T) -> None:
            if on_success is not None and _alive(parent):
                on_success(result)
            # The change happened whether or not the widget that asked for it still exists.
            self.changed.emit(result)

        return self._start(
            self._writes, run, succeeded, on_failure, parent, progress=None, deliver_always=True
        )

    def long_task(
        self,
        work: Callable[[Ticket], T],
        on_success: Callable[[T], None],
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        writes: bool = False,
    ) -> Ticket:
        """Long work that manages its own sessions, reports progress and can be cancelled.

        `work(ticket)` calls `ticket.progress(done, total, label)` and polls
        `ticket.cancelled()`; the returned ticket's `cancel()` asks it to stop.
        """
        ticket = Ticket()
        pool = self._writes if writes else self._reads
        return self._start(
            pool, lambda: work(ticket), on_success, on_failure, parent, on_progress, ticket
        )

    def close(self) -> None:
        """The window is closing: reads still running deliver nothing (no review or mapping
        dialog opens over a closed window, no failure is shown on it); changes still do, so
        what the user saved is on the undo stack and told."""
        self._closing = True

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until every operation has finished and delivered (tests, screenshots, quit)."""
        self._reads.waitForDone(timeout_ms)
        self._writes.waitForDone(timeout_ms)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()

    # -- internals ----------------------------------------------------------------------------

    def _read(
        self,
        reader: Callable[[], AbstractContextManager[Any]],
        work: Callable[[Any], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None,
        parent: QWidget | None,
    ) -> Ticket:
        def run() -> T:
            with reader() as opened:
                return work(opened)

        return self._start(self._reads, run, on_success, on_failure, parent, progress=None)

    def _start(
        self,
        pool: QThreadPool,
        run: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None,
        parent: QWidget | None,
        progress: Callable[[int, int, str], None] | None,
        ticket: Ticket | None = None,
        deliver_always: bool = False,
    ) -> Ticket:
        ticket = ticket or Ticket()
        relay = _Relay()
        self._relays.add(relay)
        if progress is not None:
            relay.progressed.connect(
                lambda done, total, label: _alive(parent) and progress(done, total, label)
            )
            ticket.progress_callback = relay.progressed.emit

        def finish() -> None:
            self._relays.discard(relay)
            self._running -= 1
            # The window that owned this helper may close while the work is still running:
            # then there is no one left to tell, and emitting would touch a freed object.
            if self._running == 0 and isValid(self):
                self.busy.emit(False)

        def succeeded(result: Any) -> None:
            finish()
            if deliver_always or (_alive(parent) and not self._closing):
                on_success(result)

        def failed(error: BaseException) -> None:
            finish()
            if self._closing and not deliver_always:
                log.info("a read failed as the window closed: %s", one_line(error))
                return
            if worth_retrying(error) and _alive(parent) and not self._closing:
                # The server went away (a restart, the network): the work still holds what the
                # user asked for, so trying again later loses nothing.
                offer_retry(
                    error,
                    self.database.url,
                    parent,
                    retry=lambda: self._start(
                        pool, run, on_success, on_failure, parent, progress, ticket, deliver_always
                    ),
                    give_up=lambda: deliver(error),
                )
                return
            deliver(error)

        def deliver(error: BaseException) -> None:
            if not _alive(parent):
                # The widget that asked is gone (a dialog closed while its check ran). A failed
                # read has nobody left to tell; a failed change is still the user's business.
                if deliver_always:
                    self.report_failure(error, None)
                else:
                    log.warning("operation failed after its widget closed", exc_info=error)
                return
            if on_failure is not None:
                on_failure(error)
            else:
                self.report_failure(error, parent)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._running += 1
        if self._running == 1:
            self.busy.emit(True)
        pool.start(_Task(run, relay))
        return ticket

    @Slot(object)
    def report_failure(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Tell the user what went wrong in one sentence; log the details, never show a trace."""
        if already_told(error):
            log.info("operation failed after the user was told: %s", one_line(error))
            return
        if isinstance(error, KztrackerError):
            QMessageBox.warning(parent, tr("kztracker"), str(error))
            return
        # Not the user's to fix: the error dialog logs the details and offers to copy them.
        message = tr("Something went wrong: {error}. Nothing was saved.").format(
            error=one_line(error)
        )
        report_unexpected(error, parent, message)
