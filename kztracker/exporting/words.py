"""Every word the workbook shows of its own: sheet names, headers, the Summary's phrases.

One table keyed by identifiers, the English marked with `N_()` and looked up through gettext
(kztracker.i18n) when a workbook is written, so the language of the export (`in_language`)
renames sheets and headers too. Stored values (statuses, kinds) take their labels from
kztracker.vocabulary, through the same catalogs.
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.i18n import N_, _, pgettext

WORDS: dict[str, str] = {
    # sheet names (Excel: at most 31 characters, none of []:*?/\)
    "sheet.summary": "Summary",  # translated in its context: IN_CONTEXT below
    "sheet.memoranda": N_("Memoranda"),
    "sheet.milestones": N_("Milestones"),
    "sheet.partners": N_("Partners"),
    "sheet.people": N_("People"),
    "sheet.focus_areas": N_("Focus areas"),
    "sheet.sources": N_("Sources"),
    # headers
    "col.title": N_("Title"),
    "col.name": N_("Name"),
    "col.kind": N_("Kind"),
    "col.status": N_("Status"),
    "col.signed_on": N_("Signed on"),
    "col.valid_until": N_("Valid until"),
    "col.parties": N_("Parties"),
    "col.signatories": N_("Signatories"),
    "col.focus_areas": N_("Focus areas"),
    "col.focus_area": N_("Focus area"),
    "col.responsible": N_("Responsible"),
    "col.summary": N_("Summary"),
    "col.milestones": N_("Milestones"),
    "col.memorandum": N_("Memorandum"),
    "col.start": N_("Start"),
    "col.due": N_("Due"),
    "col.due_by": N_("Due by (last day)"),
    "col.completed": N_("Completed"),
    "col.organizations": N_("Partners involved"),
    "col.notes": N_("Notes"),
    "col.short_name": N_("Short name"),
    "col.country": N_("Country"),
    "col.parent": N_("Part of"),
    "col.aliases": N_("Other spellings"),
    "col.person_name": N_("Full name"),
    "col.person_title": N_("Position"),
    "col.organization": N_("Organization"),
    "col.email": N_("Email"),
    "col.phone": N_("Phone"),
    "col.description": N_("Description"),
    "col.outlet": N_("Outlet"),
    "col.url": N_("Address"),
    "col.published": N_("Published"),
    "col.language": N_("Language"),
    "col.attachments": N_("Attached files"),
    # Summary
    "summary.heading": N_("Kazakhstan international partnerships: summary"),
    "summary.generated": N_("Generated"),
    "summary.database": N_("Database"),
    "summary.scope": N_("Scope"),
    "summary.whole": N_("The whole database"),
    "summary.memoranda_by_status": N_("Memoranda by status"),
    "summary.milestones_by_status": N_("Milestones by status"),
    "summary.milestones_by_area": N_("Milestones by focus area"),
    "summary.count": N_("Count"),
    "summary.total": N_("Total"),
    "summary.no_area": N_("(no focus area)"),
    "summary.partners": N_("Partners: memoranda and milestones"),
    "summary.partner": N_("Partner"),
    "summary.partner_memoranda": "Memoranda",  # in its context too
    "summary.partner_done": N_("Milestones done"),
    "summary.partner_open": N_("Milestones open"),
    "summary.partner_overdue": N_("of them overdue"),
    "summary.overdue": N_("Overdue milestones ({count})"),
    "summary.due_soon": N_("Due in the next {days} days ({count})"),
    "summary.none": N_("None."),
    "summary.more": N_("… and {count} more: see the Milestones sheet, where they are highlighted."),
    "summary.milestone": N_("Milestone"),
    "summary.memorandum": N_("Memorandum"),
    "summary.due": N_("Due"),
    "summary.status": N_("Status"),
    "summary.responsible": N_("Responsible"),
    "summary.milestone_count": N_("{count} milestones"),
    "summary.one_milestone": N_("1 milestone"),
    # scopes, as the Summary states them
    "scope.memorandum": N_("The memorandum “{title}” and the records related to it"),
    "scope.view": N_("{count} {kind} as shown in the window, and the records they relate to"),
    "scope.statuses": N_("milestones with status {statuses}"),
}


# Where one English word stands for two things, a gettext context tells the translator which
# (and gives each its own translation): the Summary sheet is not a memorandum's summary, and
# a column of counts reads "how many memoranda", not the memoranda themselves.
IN_CONTEXT: dict[str, Callable[[], str]] = {
    "sheet.summary": lambda: pgettext("workbook sheet", "Summary"),
    "summary.partner_memoranda": lambda: pgettext("column of counts", "Memoranda"),
}


def word(key: str, **values: object) -> str:
    """The workbook's word for `key` in the current language, its placeholders filled."""
    in_context = IN_CONTEXT.get(key)
    text = in_context() if in_context is not None else _(WORDS[key])
    return text.format(**values) if values else text
