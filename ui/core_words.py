"""Words the core hands the detail pane in English, marked here for the translation sources.

kztracker.services.details labels fields and groups, and kztracker.services.history names
fields, in English (the core has no Qt); ui/detail_html.py shows each through
`tr()` in the "DetailPane" context. Listing them here lets `ui.translation_sources` put them in
the .ts files; tests/ui/test_i18n.py opens the detail pane in Kazakh and Russian to catch any
the core adds later.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DETAIL_WORDS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("DetailPane", "Address"),
    QT_TRANSLATE_NOOP("DetailPane", "Alias"),
    QT_TRANSLATE_NOOP("DetailPane", "Aliases"),
    QT_TRANSLATE_NOOP("DetailPane", "Child organizations"),
    QT_TRANSLATE_NOOP("DetailPane", "Completed on"),
    QT_TRANSLATE_NOOP("DetailPane", "Country"),
    QT_TRANSLATE_NOOP("DetailPane", "Description"),
    QT_TRANSLATE_NOOP("DetailPane", "Document kind"),
    QT_TRANSLATE_NOOP("DetailPane", "Due"),
    QT_TRANSLATE_NOOP("DetailPane", "Due on"),
    QT_TRANSLATE_NOOP("DetailPane", "Email"),
    QT_TRANSLATE_NOOP("DetailPane", "Focus area"),
    QT_TRANSLATE_NOOP("DetailPane", "Focus areas"),
    QT_TRANSLATE_NOOP("DetailPane", "Kind"),
    QT_TRANSLATE_NOOP("DetailPane", "Language"),
    QT_TRANSLATE_NOOP("DetailPane", "Memoranda"),
    QT_TRANSLATE_NOOP("DetailPane", "Memorandum"),
    QT_TRANSLATE_NOOP("DetailPane", "Milestone"),
    QT_TRANSLATE_NOOP("DetailPane", "Milestones"),
    QT_TRANSLATE_NOOP("DetailPane", "Name"),
    QT_TRANSLATE_NOOP("DetailPane", "Notes"),
    QT_TRANSLATE_NOOP("DetailPane", "Organization"),
    QT_TRANSLATE_NOOP("DetailPane", "Organizations"),
    QT_TRANSLATE_NOOP("DetailPane", "Outlet"),
    QT_TRANSLATE_NOOP("DetailPane", "Parent"),
    QT_TRANSLATE_NOOP("DetailPane", "Parent area"),
    QT_TRANSLATE_NOOP("DetailPane", "Parent organization"),
    QT_TRANSLATE_NOOP("DetailPane", "Parties"),
    QT_TRANSLATE_NOOP("DetailPane", "Partner kind"),
    QT_TRANSLATE_NOOP("DetailPane", "Partners"),
    QT_TRANSLATE_NOOP("DetailPane", "People"),
    QT_TRANSLATE_NOOP("DetailPane", "Person"),
    QT_TRANSLATE_NOOP("DetailPane", "Phone"),
    QT_TRANSLATE_NOOP("DetailPane", "Published"),
    QT_TRANSLATE_NOOP("DetailPane", "Published on"),
    QT_TRANSLATE_NOOP("DetailPane", "Responsible"),
    QT_TRANSLATE_NOOP("DetailPane", "Responsible person"),
    QT_TRANSLATE_NOOP("DetailPane", "Role"),
    QT_TRANSLATE_NOOP("DetailPane", "Short name"),
    QT_TRANSLATE_NOOP("DetailPane", "Signatories"),
    QT_TRANSLATE_NOOP("DetailPane", "Signed on"),
    QT_TRANSLATE_NOOP("DetailPane", "Source"),
    QT_TRANSLATE_NOOP("DetailPane", "Sources"),
    QT_TRANSLATE_NOOP("DetailPane", "Start"),
    QT_TRANSLATE_NOOP("DetailPane", "Start on"),
    QT_TRANSLATE_NOOP("DetailPane", "Status"),
    QT_TRANSLATE_NOOP("DetailPane", "Sub-areas"),
    QT_TRANSLATE_NOOP("DetailPane", "Summary"),
    QT_TRANSLATE_NOOP("DetailPane", "Title"),
    QT_TRANSLATE_NOOP("DetailPane", "Url"),
    QT_TRANSLATE_NOOP("DetailPane", "Valid until"),
    QT_TRANSLATE_NOOP("DetailPane", "Created"),
    QT_TRANSLATE_NOOP("DetailPane", "Changed"),
    QT_TRANSLATE_NOOP("DetailPane", "Deleted"),
    QT_TRANSLATE_NOOP("DetailPane", "(none)"),
    # a person's part in a memorandum, and their title shown as their position
    QT_TRANSLATE_NOOP("DetailPane", "signatory"),
    QT_TRANSLATE_NOOP("DetailPane", "responsible"),
    QT_TRANSLATE_NOOP("DetailPane", "Position"),
)
