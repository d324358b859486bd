"""A clause that tells several dates cut into pieces, one per date, so each date gets the
event its own words tell: "open on 1 September and close on 31 October"."""

from __future__ import annotations

from kztracker.importing.extract.english.dates import DateMention
from kztracker.importing.extract.language_files import language_file

# Where one piece of a clause ends and the next date's begins: "met B, who arrived on Sunday".
_SEPARATORS = tuple(language_file("english", "milestones")["piece_separators"])


def by_date(clause: str, dates: list[DateMention]) -> list[tuple[int, str, DateMention]]:
    """One piece of the clause per date: "open on 1 September and close on 31 October"."""
    if len(dates) == 1:
        return [(0, clause, dates[0])]
    pieces = []
    start = 0
    for current, following in zip(dates, dates[1:], strict=False):
        between = clause[current.end : following.start]
        cut = next((between.rfind(sep) for sep in _SEPARATORS if sep in between), -1)
        end = current.end + (cut if cut >= 0 else len(between))
        pieces.append((start, clause[start:end], current))
        start = end
    pieces.append((start, clause[start:], dates[-1]))
    return [(s, p, d) for s, p, d in pieces if p.strip()]
