"""The words people read for stored values (statuses, kinds, roles), in one place.

Stored values are language-neutral identifiers ("in_progress"); the window, exports and reports
show these labels ("In progress"). The English labels are marked with `N_()` and every lookup
returns them through gettext (kztracker.i18n), so the window and a workbook in the same
language read the same word, from the core's catalogs, and no caller keeps words of its own.
"""

from __future__ import annotations

from collections.abc import Mapping

from kztracker.i18n import N_, _

# The stored statuses, in the order a table sorts them: kztracker.models' check constraints take
# them from here, and the window's first page ranks them without loading the model classes.
MEMORANDUM_STATUSES = ("draft", "signed", "active", "expired", "terminated")
MILESTONE_STATUSES = ("planned", "in_progress", "done", "cancelled")

STATUS_LABELS: dict[str, str] = {
    # memoranda
    "draft": N_("Draft"),
    "signed": N_("Signed"),
    "active": N_("Active"),
    "expired": N_("Expired"),
    "terminated": N_("Terminated"),
    # milestones
    "planned": N_("Planned"),
    "in_progress": N_("In progress"),
    "done": N_("Done"),
    "cancelled": N_("Cancelled"),
    # derived, never stored: an open milestone past its due date
    "overdue": N_("Overdue"),
}

ORGANIZATION_KIND_LABELS: dict[str, str] = {
    "government": N_("Government body"),
    "university": N_("University"),
    "company": N_("Company"),
    "research_centre": N_("Research centre"),
    "international": N_("International organization"),
    "other": N_("Other"),
}

MEMORANDUM_KIND_LABELS: dict[str, str] = {
    "memorandum": N_("Memorandum of understanding"),
    "agreement": N_("Agreement"),
    "roadmap": N_("Roadmap"),
    "other": N_("Other"),
}

PARTY_ROLE_LABELS: dict[str, str] = {
    "party": N_("Party"),
    "signatory_side": N_("Signatory side"),
    "partner": N_("Partner"),
    "observer": N_("Observer"),
}

# Languages of sources, by the ISO 639-1 codes the import stores.
LANGUAGE_LABELS: dict[str, str] = {
    "kk": N_("Kazakh"),
    "ru": N_("Russian"),
    "en": N_("English"),
}

# Record kind -> (singular, plural); an organization is a "partner" to users.
RECORD_KIND_NAMES: dict[str, tuple[str, str]] = {
    "memorandum": (N_("Memorandum"), N_("Memoranda")),
    "milestone": (N_("Milestone"), N_("Milestones")),
    "organization": (N_("Partner"), N_("Partners")),
    "person": (N_("Person"), N_("People")),
    "focus_area": (N_("Focus area"), N_("Focus areas")),
    "source": (N_("Source"), N_("Sources")),
}

# The command line's names for record kinds: `list` takes them, and `history --kind` and its
# refusal use the same words.
LISTED_KINDS = ("memoranda", "partners", "people", "focus-areas", "milestones", "sources")


def label(table: Mapping[str, str], value: str | None) -> str:
    """The label of a stored value; an unknown value (a newer database) still reads as words."""
    if not value:
        return ""
    english = table.get(value)
    return _(english) if english else value.replace("_", " ").capitalize()


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
    return _(names[1] if plural else names[0])
