"""The words people read for stored values (statuses, kinds, roles), in English, in one place.

Stored values are identifiers ("in_progress"); exports and reports show these labels ("In
progress"). Every lookup passes through `translate`, the one point where a language can be
swapped in later (`set_translator`), so no caller keeps English of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

STATUS_LABELS: dict[str, str] = {
    # memoranda
    "draft": "Draft",
    "signed": "Signed",
    "active": "Active",
    "expired": "Expired",
    "terminated": "Terminated",
    # milestones
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
    # derived, never stored: an open milestone past its due date
    "overdue": "Overdue",
}

ORGANIZATION_KIND_LABELS: dict[str, str] = {
    "government": "Government body",
    "university": "University",
    "company": "Company",
    "research_centre": "Research centre",
    "international": "International organization",
    "other": "Other",
}

MEMORANDUM_KIND_LABELS: dict[str, str] = {
    "memorandum": "Memorandum of understanding",
    "agreement": "Agreement",
    "roadmap": "Roadmap",
    "other": "Other",
}

PARTY_ROLE_LABELS: dict[str, str] = {
    "party": "Party",
    "signatory_side": "Signatory side",
    "partner": "Partner",
    "observer": "Observer",
}

# Languages of sources, by the ISO 639-1 codes the import stores.
LANGUAGE_LABELS: dict[str, str] = {
    "kk": "Kazakh",
    "ru": "Russian",
    "en": "English",
}

# Record kind -> (singular, plural); an organization is a "partner" to users.
RECORD_KIND_NAMES: dict[str, tuple[str, str]] = {
    "memorandum": ("Memorandum", "Memoranda"),
    "milestone": ("Milestone", "Milestones"),
    "organization": ("Partner", "Partners"),
    "person": ("Person", "People"),
    "focus_area": ("Focus area", "Focus areas"),
    "source": ("Source", "Sources"),
}

_translator: Callable[[str], str] = str


def set_translator(translator: Callable[[str], str] | None) -> None:
    """Install a function from English text to the user's language (None: English again)."""
    global _translator
    _translator = translator or str


def translate(text: str) -> str:
    return _translator(text)


def label(table: Mapping[str, str], value: str | None) -> str:
    """The label of a stored value; an unknown value (a newer database) still reads as words."""
    if not value:
        return ""
    english = table.get(value)
    return translate(english) if english else value.replace("_", " ").capitalize()


def status_label(status: str | None) -> str:
    return label(STATUS_LABELS, status)


def organization_kind_label(kind: str | None) -> str:
    return label(ORGANIZATION_KIND_LABELS, kind)


def memorandum_kind_label(kind: str | None) -> str:
    return label(MEMORANDUM_KIND_LABELS, kind)


def party_role_label(role: str | None) -> str:
    return label(PARTY_ROLE_LABELS, role)


def language_label(code: str | None) -> str:
    if code and code not in LANGUAGE_LABELS:
        return code  # an unlisted code reads better as itself than capitalized
    return label(LANGUAGE_LABELS, code)


def kind_name(kind: str, plural: bool = False) -> str:
    names = RECORD_KIND_NAMES.get(kind)
    if names is None:
        return kind.replace("_", " ").capitalize()
    return translate(names[1] if plural else names[0])
