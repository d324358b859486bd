"""Errors a user can act on. Their message is shown as is, in one line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kztracker.i18n import N_, _, ngettext


class KztrackerError(Exception):
    """Base for every error whose message is meant for the user."""


class DatabaseOpenError(KztrackerError):
    """The database cannot be opened, created or upgraded."""


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
