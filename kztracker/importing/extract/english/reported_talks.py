"""Talks told after the day a statement was made ("Nazarbayev said Saturday after talks with his
Chinese counterpart Xi Jinping"): the statement's day is no event's day (date_roles), but the
talks it followed were held that day, so they are a milestone of that day, titled by the talks and
the partner. The wording is data (data/milestones.json)."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "milestones")
_AFTER = re.compile(_DATA["talks_after_report"], re.IGNORECASE)
# The partner's name runs to the end of the clause's phrase.
_PARTNER = re.compile(r"[^,;.()\"“”]+")
# "after a meeting with X": "Meeting with X".
_ARTICLE = re.compile(_DATA["talks_article"], re.IGNORECASE)


def talks_after_report(clause: str, date: DateMention) -> str | None:
    """The title of the talks a reported day was followed by ("Talks with Xi Jinping"); None
    when the day is not followed by talks."""
    after = _AFTER.match(clause[date.end :])
    if after is None:
        return None
    partner = _PARTNER.match(clause[date.end + after.end() :])
    if partner is None or not partner.group().strip():
        return None
    noun = _ARTICLE.sub("", after.group("event"))
    return _DATA["event_titles"]["talks"].format(
        noun=upper_first(noun), partner=partner.group().strip()
    )


def talks_milestone(
    title: str, date: DateMention, status: str, organizations: list[str], clause_at: int
) -> DraftMilestone:
    """The talks' milestone; its span is the reported day's words (`clause_at`: where the
    clause starts in the text)."""
    at = clause_at + date.start
    return DraftMilestone(
        title=title,
        date=date.date,
        status=status,
        organizations=organizations,
        spans=[Span(at, at + len(title))],
    )
