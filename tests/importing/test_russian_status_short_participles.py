"""A short participle tells a milestone's tense as a verb does (Russian, sentences written for
the test): «создана в 1956 году» is done, even on a page with no publication date."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_an_event_told_by_a_short_past_participle_is_done() -> None:
    draft = draft_of(
        "Сотрудничество академий\n\n"
        "Степной университет и Университет Анкары подписали меморандум о сотрудничестве. "
        "Степной университет создан в 1956 году и готовит инженеров.",
        detected="ru",
    )
    founded = [m for m in draft.milestones if m.date is not None and m.date.year == 1956]
    assert founded and all(m.status == "done" for m in founded)
