"""A deadline written into a signed document's subject ("signed a contract for the delivery of
5,000 tonnes of barley to Turkey by the end of 2028"): the signing is the
memorandum's date, but the work the document sets a year for is a milestone of that year. Only
a work named after "on"/"for" ("the supply of ...", "the construction of ...") with its year
right after a deadline word. Words are data (data/targets.json)."""

from __future__ import annotations

import re

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone, Span
from kztracker.importing.extract.casing import upper_first
from kztracker.importing.extract.language_files import fill_slots, language_file

_DATA = language_file("english", "targets")
_WORKS = "|".join(sorted(_DATA["nominal_events"] + _DATA["signed_deadline_nouns"], key=len)[::-1])
# "5,000 tonnes": a figure's comma stays inside the work
_SIGNED_WORK = re.compile(
    fill_slots(_DATA["signed_work"], works=_WORKS, deadline_words=_DATA["signed_deadline_words"]),
    re.IGNORECASE,
)


def signed_deadlines(
    clause: str, clause_at: int, reference: PartialDate | None
) -> list[DraftMilestone]:
    """The works a signing clause sets a year for, as planned (done when the page is of a later
    year) milestones; `clause_at` is where the clause starts in the text."""
    found = []
    for match in _SIGNED_WORK.finditer(clause):
        work = match.group("work").strip()
        year = int(match.group("year"))
        done = reference is not None and reference.year > year
        found.append(
            DraftMilestone(
                title=upper_first(work),
                date=PartialDate(year),
                status="done" if done else "planned",
                spans=[Span(clause_at + match.start("work"), clause_at + match.end())],
            )
        )
    return found
