"""The words and colours the window shows for stored values, in one place for every widget.

Stored values (statuses, kinds, roles) are English identifiers; users see translated labels.
The English source texts live in tables here and pass through `translate()` at call time, so a
language loaded after import still applies. A status is always shown as colour AND text: the
colour helps the eye, the text carries the meaning (colour-blind users, printouts, screenshots).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

CONTEXT = "labels"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def _noop(text: str) -> str:
    """Marks a source text for translation tools; translated where it is shown."""
    return text


# kind -> (singular, plural). "organization" is a "partner" to users.
_KINDS: dict[str, tuple[str, str]] = {
    "memorandum": (_noop("Memorandum"), _noop("Memoranda")),
    "organization": (_noop("Partner"), _noop("Partners")),
    "person": (_noop("Person"), _noop("People")),
    "focus_area": (_noop("Focus area"), _noop("Focus areas")),
    "milestone": (_noop("Milestone"), _noop("Milestones")),
    "source": (_noop("Source"), _noop("Sources")),
}

_STATUSES: dict[str, str] = {
    # memoranda
    "draft": _noop("Draft"),
    "signed": _noop("Signed"),
    "active": _noop("Active"),
    "expired": _noop("Expired"),
    "terminated": _noop("Terminated"),
    # milestones
    "planned": _noop("Planned"),
    "in_progress": _noop("In progress"),
    "done": _noop("Done"),
    "cancelled": _noop("Cancelled"),
    # derived, never stored: an open milestone past its due date
    "overdue": _noop("Overdue"),
}

_ORGANIZATION_KINDS: dict[str, str] = {
    "government": _noop("Government body"),
    "university": _noop("University"),
    "company": _noop("Company"),
    "research_centre": _noop("Research centre"),
    "international": _noop("International organization"),
    "other": _noop("Other"),
}

_MEMORANDUM_KINDS: dict[str, str] = {
    "memorandum": _noop("Memorandum of understanding"),
    "agreement": _noop("Agreement"),
    "roadmap": _noop("Roadmap"),
    "other": _noop("Other"),
}

_PARTY_ROLES: dict[str, str] = {
    "party": _noop("Party"),
    "signatory_side": _noop("Signatory side"),
    "partner": _noop("Partner"),
    "observer": _noop("Observer"),
}

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


def _label(table: dict[str, str], value: str | None) -> str:
    if not value:
        return ""
    source = table.get(value)
    # An unknown value (a newer database, a typo in an import) still shows as something readable.
    return tr(source) if source else value.replace("_", " ").capitalize()


def kind_label(kind: str, plural: bool = False) -> str:
    """"Partner" for "organization", "Focus areas" for ("focus_area", plural=True)."""
    names = _KINDS.get(kind)
    if names is None:
        return kind.replace("_", " ").capitalize()
    return tr(names[1] if plural else names[0])


def status_label(status: str | None) -> str:
    return _label(_STATUSES, status)


def organization_kind_label(kind: str | None) -> str:
    return _label(_ORGANIZATION_KINDS, kind)


def memorandum_kind_label(kind: str | None) -> str:
    return _label(_MEMORANDUM_KINDS, kind)


def party_role_label(role: str | None) -> str:
    return _label(_PARTY_ROLES, role)


def status_colour(status: str | None) -> QColor:
    """The text colour of a status; always shown together with `status_label`."""
    return QColor(_STATUS_COLOURS.get(status or "", _NEUTRAL))


def kinds() -> tuple[str, ...]:
    """Record kinds in the order the window lists them."""
    return tuple(_KINDS)


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
