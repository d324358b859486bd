"""A Russian document whose adjective counts its sides («трехсторонний меморандум», «двусторонний
протокол») in a sentence that names none: the sides are the bodies a sentence just before names,
when it names exactly that many. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_three_sided_memorandum_takes_the_three_bodies_just_named() -> None:
    draft = draft_of(
        "Вузы будут сотрудничать\n"
        "В Алматы прошла встреча представителей Казахского национального аграрного "
        "университета, Университета Вагенинген и Национального аграрного научно-"
        "образовательного центра. По итогам встречи был подписан трехсторонний меморандум о "
        "сотрудничестве.",
        detected="ru",
    )
    assert len(draft.memoranda) == 1
    assert len(draft.memoranda[0].parties) == 3
