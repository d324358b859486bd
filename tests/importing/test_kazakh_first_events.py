"""Kazakh: the first of something, told with its date, is a milestone («Алғашқы түлектер 2027
жылы ...»); with no date it is none."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_dated_first_is_a_planned_milestone() -> None:
    draft = draft_of(
        "Колледж пен компания келісті\n"
        "Астана, 2025 жылғы 10 қаңтар. Жоба аясында алғашқы мамандар 2026 жылдың қыркүйегінде "
        "оқуға қабылданады."
    )
    firsts = [m for m in draft.milestones if m.title.startswith("Алғашқы")]
    assert [(m.title, m.date, m.status) for m in firsts] == [
        ("Алғашқы мамандар", PartialDate(2026, 9), "planned")
    ]


def test_a_first_with_no_date_is_no_milestone() -> None:
    draft = draft_of("Зертхана ашылды\nИнститут алғашқы тәжірибелерді жақын арада бастайды.")
    assert not any(m.title.startswith("Алғашқы") for m in draft.milestones)
