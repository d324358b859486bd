"""One event told more than once is one milestone: «Визит Президента ... в 2024 году» told twice,
or a forum «в будущем году» and then «в июне 2026 года», the same kind of event whose dates
agree (one the other told more precisely) is kept once, with the most precise date and the
first title that names it."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import DraftMilestone


def merged(found: list[DraftMilestone]) -> list[DraftMilestone]:
    kept: list[DraftMilestone] = []
    for milestone in found:
        same = next((k for k in kept if _same_event(k, milestone)), None)
        if same is None:
            kept.append(milestone)
            continue
        if _finer(milestone.date, same.date):
            same.date, same.status = milestone.date, milestone.status
        if len(same.title.split()) < 2:  # a bare «Форум» gives way to the named one
            same.title = milestone.title
        same.spans += milestone.spans
        same.organizations = list(dict.fromkeys(same.organizations + milestone.organizations))
    return kept


def _same_event(a: DraftMilestone, b: DraftMilestone) -> bool:
    if a.title.split()[:1] != b.title.split()[:1]:
        return False
    if a.date is None or b.date is None:
        return a.date is None and b.date is None
    return _within(a.date, b.date) or _within(b.date, a.date)


def _within(coarse: PartialDate, fine: PartialDate) -> bool:
    """`fine` tells a day or month of `coarse` («2026-06» of «2026»), or is the same date."""
    return (
        coarse.year == fine.year
        and (coarse.month is None or coarse.month == fine.month)
        and (coarse.day is None or coarse.day == fine.day)
    )


def _finer(new: PartialDate | None, old: PartialDate | None) -> bool:
    def precision(d: PartialDate | None) -> int:
        return 0 if d is None else 1 + (d.month is not None) + (d.day is not None)

    return precision(new) > precision(old)
