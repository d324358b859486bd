"""The year an undated English page tells its story in, read sentence by sentence
(explicit_year) or over the whole page (latest_year), and the lead clauses that tell a meeting
(MET_LEAD) whatever document they name ("met ... to review the roadmap")."""

from __future__ import annotations

import re

from kztracker.importing.extract.english.date_roles import deadline_year
from kztracker.importing.extract.language_files import language_file

_DATA = language_file("english", "milestones")
MET_LEAD = re.compile(r"\b(?:" + "|".join(_DATA["meeting_verbs"]) + r")\b")
# "in 2019", "12 May 2019", "May 2019": a year the sentence is told in.
_TOLD_YEAR = re.compile(
    r"\b(?:"
    + "|".join([*language_file("english", "dates")["year_told_after"], ","])
    + r")\s+((?:19|20)\d\d)\b|\b\d{1,2}\s+[A-Z][a-z]+\s+"
    r"((?:19|20)\d\d)\b|[A-Z][a-z]+\s+((?:19|20)\d\d)\b"
)


def explicit_year(text: str) -> int | None:
    """The year a sentence of an undated page is told in: not a deadline ("by 2029"), so a
    later "this year" is not read as the target's year."""
    for match in _TOLD_YEAR.finditer(text):
        group = next(n for n in (1, 2, 3) if match.group(n))
        if not deadline_year(text[: match.start(group)]):
            return int(match.group(group))
    return None


def latest_year(text: str) -> int | None:
    """The latest year an undated page names: the time its story is told in."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    return max(years) if years else None
