"""Names that only report the story: "Trend reports", "QazMonitor reports citing ...", "according
to Akorda", "Anadolu Agency also reported". A name every mention of which is such a report is an
outlet, not a partner; a body named by a type word that acts (a ministry, an embassy, a
university) stays, since its press service speaks for a partner. Words are data (actors.json)."""

from __future__ import annotations

import re

from kztracker.importing.draft import DraftMemorandum, DraftOrganization
from kztracker.importing.extract.language_files import fill_slots, language_file, one_of
from kztracker.importing.extract.mentions import OrganizationMention

_DATA = language_file("english", "actors")


def _pattern(key: str) -> re.Pattern[str]:
    """The data's pattern `key`, its {list} parts the alternatives of the data's lists."""
    lists = ("reporting_after", "reporting_before", "speaking_units", "credit_labels")
    return re.compile(
        fill_slots(
            _DATA[key],
            **{words: one_of(_DATA[words], literal=True, longest_first=True) for words in lists},
        ),
        re.IGNORECASE,
    )


_AFTER = _pattern("reported_after")
_BEFORE = _pattern("reported_before")
# "citing the press service of the X Ministry": the body speaks only through its press office.
_THROUGH = _pattern("reported_through")
_ACTING = frozenset(_DATA["acting_types"])
# "Source: X", "By A. Writer / X / mail", "The X Bureau" alone on a line after the headline.
_CREDIT_BEFORE = _pattern("credited_before")
_CREDIT_AFTER = re.compile(r"^\s*(?:/[^\n]*)?[.:]?\s*$")
_BRACKETED = re.compile(r"\(\s*$")  # "ISTANBUL, (X / Y News - 22nd Dec)"
# "TASHKENT, 18 April 2025 (X).", "ALMATY (X) –": the outlet credited in a dateline's brackets.
_DATELINE_OPEN = re.compile(
    r"^\s*[A-Z][A-Z'’-]{2,}(?:[ -][A-Z][A-Z'’-]+)*(?:,[^()\n]{0,40})?\s*\(\s*$"
)
_DATELINE_CLOSE = re.compile(r"^\s*\)\s*(?:[.:,–—-]|$)")


def reporters(mentions: list[OrganizationMention], text: str) -> set[str]:
    """The names whose every written mention only reports."""
    reporting: dict[str, bool] = {}
    for mention in mentions:
        if mention.derived:
            continue
        only = bool(
            _AFTER.match(text[mention.end : mention.end + 40])
            or _BEFORE.search(text[max(0, mention.start - 30) : mention.start])
            or _credits(text, mention.start, mention.end)
        )
        reporting[mention.name] = reporting.get(mention.name, True) and only
    return {
        name
        for name, only in reporting.items()
        if only and not any(w.casefold() in _ACTING for w in name.split())
    }


def _credits(text: str, start: int, end: int) -> bool:
    """Whether the mention at start:end is the outlet credited on a line of its own after the
    headline, or in brackets with the outlet's other name after a slash."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)  # the line's rest, found without copying the text's rest
    after = text[end:] if line_end < 0 else text[end:line_end]
    if _BRACKETED.search(text[line_start:start]) and after.lstrip().startswith("/"):
        return True
    if _DATELINE_OPEN.match(text[line_start:start]) and _DATELINE_CLOSE.match(after):
        return True
    return (
        line_start > 0
        and bool(_CREDIT_BEFORE.match(text[line_start:start]))
        and bool(_CREDIT_AFTER.match(after))
    )


def reports_at(text: str, start: int, end: int) -> bool:
    """Whether the mention at start:end only reports ("X reports", "according to X")."""
    before = text[max(0, start - 60) : start]
    return bool(
        _AFTER.match(text[end : end + 40]) or _BEFORE.search(before) or _THROUGH.search(before)
    )


def reporting_bodies(
    organizations: list[DraftOrganization], memoranda: list[DraftMemorandum], text: str
) -> list[DraftOrganization]:
    """The organizations less bodies (a ministry, a university) every mention of which, after
    their spellings are merged, only reports: "according to the X Ministry, 1.5 thousand are
    treated", "Kazinform cites the press service of the Y Ministry". One that signs, or that
    a title or an acting mention also names, stays."""
    sides = {p for m in memoranda for p in m.parties}
    return [
        o
        for o in organizations
        if o.name in sides
        or not o.spans
        or not all(reports_at(text, span.start, span.end) for span in o.spans)
    ]
