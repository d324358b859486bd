"""Errors a user can act on. Their message is shown as is, in one line."""

from __future__ import annotations

import errno
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from kztracker.i18n import N_, _, ngettext


class KztrackerError(Exception):
    """Base for every error whose message is meant for the user."""


class DatabaseOpenError(KztrackerError):
    """The database cannot be opened, created or upgraded."""


class ReadOnlyDatabaseError(DatabaseOpenError):
    """A command that writes was given a database this user may only read."""


class Interrupted(KztrackerError):
    """The user stopped a command (Ctrl-C) after part of it was done; the message says which
    part, so the rest can be run again. The command line exits with 130, as for any Ctrl-C."""


class DuplicateNameError(KztrackerError):
    """A record with the same normalized name already exists."""


# What users call each record kind in running text.
_USER_NAMES = {
    "organization": N_("partner"),
    "person": N_("person"),
    "focus_area": N_("focus area"),
    "memorandum": N_("memorandum"),
    "milestone": N_("milestone"),
    "source": N_("source"),
}


def _user_name(kind: str) -> str:
    return _(_USER_NAMES[kind]) if kind in _USER_NAMES else kind


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a record, shown next to that field.

    `existing_id` names the record that already carries the name, so the window can offer to
    open it instead of creating a second one.
    """

    field: str
    message: str
    existing_id: int | None = None


class ValidationFailed(KztrackerError):
    """A record was not saved because some of its values are not acceptable."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        first = "; ".join(error.message for error in self.errors[:2])
        more = len(self.errors) - 2
        if more > 0:
            message = ngettext(
                "not saved: {problems} (and {count} more)",
                "not saved: {problems} (and {count} more)",
                more,
            )
        else:
            message = _("not saved: {problems}")
        super().__init__(message.format(problems=first, count=more))


class RecordNotFound(KztrackerError):
    """The record is gone, most often deleted by a colleague since it was opened."""

    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            _(
                "{kind} #{record_id} no longer exists (perhaps someone deleted it); reload the list"
            ).format(kind=_user_name(kind), record_id=record_id)
        )


class StaleRecordError(KztrackerError):
    """Someone else saved the record after it was opened; saving now would overwrite them.

    `theirs` holds the stored values and `yours` the submitted ones, for the fields that differ.
    """

    def __init__(
        self, kind: str, record_id: int, theirs: dict[str, Any], yours: dict[str, Any]
    ) -> None:
        self.kind = kind
        self.record_id = record_id
        self.theirs = theirs
        self.yours = yours
        if theirs:
            message = _(
                "someone else changed this {kind} since you opened it ({fields}); "
                "reload it to see their version, or overwrite it with yours"
            )
        else:
            message = _(
                "someone else changed this {kind} since you opened it; "
                "reload it to see their version, or overwrite it with yours"
            )
        super().__init__(message.format(kind=_user_name(kind), fields=", ".join(sorted(theirs))))


# What a message may show of a name or an argument the user gave: enough to recognize it.
SHOWN_LIMIT = 200
# Characters that would break a message's one line or hide what follows them.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A password inside a database URL: scheme://user:PASSWORD@host. It ends at the last @ before
# the host: a password holding an @ not written as %40 is still hidden whole.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)\S+@", re.IGNORECASE)


def _escaped(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif unicodedata.category(char) in _INVISIBLE and char != "\u200d":
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def shown(value: object, limit: int = SHOWN_LIMIT) -> str:
    """A file name or argument as a one-line message shows it: control characters escaped,
    and cut to `limit` characters (a path keeps its end, where the file's own name is).

    A name with nothing to escape or cut is shown as it is; one that needed either is quoted,
    so what belongs to it is plain.
    """
    text = str(value)
    escaped = _escaped(text)
    if len(escaped) <= limit:
        return escaped if escaped == text else f"'{escaped}'"
    if "/" in text or "\\" in text:
        return "'…" + escaped[-(limit - 1) :] + "'"
    return "'" + escaped[: limit - 1] + "…'"


def masked(text: str) -> str:
    """`text` with the password of any database URL in it replaced by ***."""
    return _URL_PASSWORD.sub(r"\1***@", text)


def one_line(message: str, limit: int = 2 * SHOWN_LIMIT + 300) -> str:
    """The last guard before a message reaches a terminal: one line, no password, bounded."""
    text = _escaped(masked(message))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def os_error_message(exc: OSError, reading: bool = False) -> str:
    """An operating-system refusal (a name too long, no permission, a folder given for a file,
    a full disk) in one sentence that names the file and what to do; `reading` when the file
    was to be read, so a refusal does not send the user looking for a place to write."""
    name = shown(exc.filename) if exc.filename is not None else _("a file")
    code = exc.errno
    if code == errno.ENAMETOOLONG:
        return _("{name}: the file name is too long; use a shorter name or path").format(name=name)
    if code in (errno.EACCES, errno.EPERM) and reading:
        return _(
            "{name}: permission denied; this account may not read it — ask for access "
            "or use a copy you may read"
        ).format(name=name)
    if code in (errno.EACCES, errno.EPERM):
        return _(
            "{name}: permission denied; choose a place you may write to or ask for access"
        ).format(name=name)
    if code == errno.EISDIR:
        return _("{name} is a folder; give a file").format(name=name)
    if code == errno.ENOTDIR:
        return _("{name}: a part of the path is a file, not a folder").format(name=name)
    if code == errno.ENOENT:
        return _("{name}: no such file or folder").format(name=name)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _("{name}: the disk is full; free some space and try again").format(name=name)
    if code == errno.EROFS:
        return _("{name} is on a read-only disk; choose another place").format(name=name)
    reason = exc.strerror or type(exc).__name__
    return _("{name}: {reason}").format(name=name, reason=reason)
