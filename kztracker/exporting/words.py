"""Every word the workbook shows of its own: sheet names, headers, the Summary's phrases.

One table keyed by identifiers, each looked up through kztracker.vocabulary.translate, so a
language swapped in there renames sheets and headers too. Stored values (statuses, kinds) take
their labels from kztracker.vocabulary.
"""

from __future__ import annotations

from kztracker.vocabulary import translate

WORDS: dict[str, str] = {
    # sheet names (Excel: at most 31 characters, none of []:*?/\)
    "sheet.summary": "Summary",
    "sheet.memoranda": "Memoranda",
    "sheet.milestones": "Milestones",
    "sheet.partners": "Partners",
    "sheet.people": "People",
    "sheet.focus_areas": "Focus areas",
    "sheet.sources": "Sources",
    # headers
    "col.title": "Title",
    "col.name": "Name",
    "col.kind": "Kind",
    "col.status": "Status",
    "col.signed_on": "Signed on",
    "col.valid_until": "Valid until",
    "col.parties": "Parties",
    "col.signatories": "Signatories",
    "col.focus_areas": "Focus areas",
    "col.focus_area": "Focus area",
    "col.responsible": "Responsible",
    "col.summary": "Summary",
    "col.milestones": "Milestones",
    "col.memorandum": "Memorandum",
    "col.start": "Start",
    "col.due": "Due",
    "col.due_by": "Due by (last day)",
    "col.completed": "Completed",
    "col.organizations": "Partners involved",
    "col.notes": "Notes",
    "col.short_name": "Short name",
    "col.country": "Country",
    "col.parent": "Part of",
    "col.aliases": "Other spellings",
    "col.person_title": "Position",
    "col.organization": "Organization",
    "col.email": "Email",
    "col.phone": "Phone",
    "col.description": "Description",
    "col.outlet": "Outlet",
    "col.url": "Address",
    "col.published": "Published",
    "col.language": "Language",
    # Summary
    "summary.heading": "Kazakhstan international partnerships: summary",
    "summary.generated": "Generated",
    "summary.database": "Database",
    "summary.scope": "Scope",
    "summary.whole": "The whole database",
    "summary.memoranda_by_status": "Memoranda by status",
    "summary.milestones_by_status": "Milestones by status",
    "summary.milestones_by_area": "Milestones by focus area",
    "summary.count": "Count",
    "summary.total": "Total",
    "summary.no_area": "(no focus area)",
    "summary.partners": "Partners: memoranda and milestones",
    "summary.partner": "Partner",
    "summary.partner_memoranda": "Memoranda",
    "summary.partner_done": "Milestones done",
    "summary.partner_open": "Milestones open",
    "summary.partner_overdue": "of them overdue",
    "summary.overdue": "Overdue milestones ({count})",
    "summary.due_soon": "Due in the next {days} days ({count})",
    "summary.none": "None.",
    "summary.more": "… and {count} more: see the Milestones sheet, where they are highlighted.",
    "summary.milestone": "Milestone",
    "summary.memorandum": "Memorandum",
    "summary.due": "Due",
    "summary.status": "Status",
    "summary.responsible": "Responsible",
    "summary.milestone_count": "{count} milestones",
    "summary.one_milestone": "1 milestone",
    # scopes, as the Summary states them
    "scope.memorandum": "The memorandum “{title}” and the records related to it",
    "scope.view": "{count} {kind} as shown in the window, and the records they relate to",
    "scope.statuses": "milestones with status {statuses}",
}


def word(key: str, **values: object) -> str:
    from kztracker.exporting.languages import by_key

    text = by_key(key) or translate(WORDS[key])
    return text.format(**values) if values else text
