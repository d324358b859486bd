"""The words and colours the window shows for stored values, in one place for every widget.

Stored values (statuses, kinds, roles) are language-neutral identifiers; their labels are the
core's (kztracker.vocabulary, translated by its gettext catalogs in the language ui.i18n
installs), so the window and the workbooks it exports read the same word. A status is always
shown as colour AND text: the colour helps the eye, the text carries the meaning (colour-blind
users, printouts, screenshots).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QColor

from kztracker import vocabulary

# Record kinds in the order the window lists them.
_KINDS = ("memorandum", "organization", "person", "focus_area", "milestone", "source")

# Dark enough to read as text on a light background and distinct from one another.
_STATUS_COLOURS: dict[str, str] = {
    "draft": "#6b7280",
    "signed": "#1d4ed8",
    "active": "#15803d",
    "expired": "#b45309",
    "terminated": "#b91c1c",
    "planned": "#1d4ed8",
    "in_progress": "#7c3aed",
    "done": "#15803d",
    "cancelled": "#6b7280",
    "overdue": "#b91c1c",
}
_NEUTRAL = "#374151"


def kind_label(kind: str, plural: bool = False) -> str:
    """The kind as users call it: "Partner" for "organization", "Focus areas" for a plural."""
    return vocabulary.kind_name(kind, plural)


def status_label(status: str | None) -> str:
    return vocabulary.status_label(status)


def organization_kind_label(kind: str | None) -> str:
    return vocabulary.organization_kind_label(kind)


def memorandum_kind_label(kind: str | None) -> str:
    return vocabulary.memorandum_kind_label(kind)


def party_role_label(role: str | None) -> str:
    return vocabulary.party_role_label(role)


def language_label(code: str | None) -> str:
    return vocabulary.language_label(code)


def status_colour(status: str | None) -> QColor:
    """The text colour of a status; always shown together with `status_label`."""
    return QColor(_STATUS_COLOURS.get(status or "", _NEUTRAL))


def kinds() -> tuple[str, ...]:
    """Record kinds in the order the window lists them."""
    return _KINDS


def format_count(count: int) -> str:
    """A count grouped as the language writes it: "1,234" in English, "1 234" in Russian."""
    return QLocale().toString(count)


def format_date(iso: str | None, locale: QLocale | None = None) -> str:
    """An ISO partial date as people read it: "17 Oct 2024", "Oct 2024", "2026"; "" if none.

    Month names come from the locale, so a Russian or Kazakh locale shows its own.
    """
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return iso
    locale = locale or QLocale()
    if month is None:
        return str(year)
    date = QDate(year, month, day or 1)
    if not date.isValid():
        return iso
    return locale.toString(date, "d MMM yyyy" if day else "MMM yyyy")
