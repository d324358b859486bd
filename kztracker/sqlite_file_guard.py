"""An engine's SQLite file stays the file it opened, or the engine stops using it.

A connection holds its file open by descriptor, not by name. Delete, move or replace the file
while the window is open (a colleague tidying a shared folder, a sync client, `kztracker
restore` from a terminal) and every save still "succeeds", into a file nobody can reach any
more: the edits vanish when the window closes. A new connection is worse: SQLite creates an
empty file at the old name. So each connection, before it is made and each time it is taken
from the pool, checks that the name still leads to the file first opened (its device and
inode, one stat): if not, the work is refused with a message saying what happened, and the
user's edit stays in its dialog to be saved again once the file is back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kztracker.errors import KztrackerError, shown
from kztracker.i18n import _


class DatabaseFileGone(KztrackerError):
    """The SQLite file was deleted, moved or replaced while this process had it open."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class SqliteFileGuard:
    """Remembers which file `path` named when first met, and refuses any other since.

    A file that does not exist yet (a first start creates it) is remembered at its first
    connection.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.identity = _identity(path)

    def check(self, *_args: Any) -> None:
        """Raise DatabaseFileGone when the name no longer leads to the file first opened."""
        if self.identity is not None and _identity(self.path) != self.identity:
            raise DatabaseFileGone(
                _(
                    "{path} was deleted, moved or replaced while kztracker had it open; "
                    "nothing was saved — put the file back, or open the database where it is now"
                ).format(path=shown(self.path))
            )

    def connected(self, *_args: Any) -> None:
        """A connection was made: a file created by it is the file from now on."""
        if self.identity is None:
            self.identity = _identity(self.path)

    def install(self, engine: Any) -> None:
        """Check before every new connection (before SQLite could create an empty file at the
        name) and every time one is taken from the pool."""
        from sqlalchemy import event

        event.listen(engine, "do_connect", self.check)
        event.listen(engine, "connect", self.connected)
        event.listen(engine, "checkout", self.check)
