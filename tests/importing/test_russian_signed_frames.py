"""Russian: a document that frames the news («в рамках ...», «согласно ...») is context, unless
the text tells it was signed or reached with its year or its sides («в рамках меморандума,
подписанного в 2021 году между X и Y», «в рамках договоренностей лидеров, достигнутых в 2021
году»): then it is a document of its own. Sentences written for these tests."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_frame_signed_between_named_sides_is_a_document() -> None:
    draft = draft_of(
        "Стартовала программа обмена\n"
        "В рамках меморандума, подписанного в 2021 году между Университетом КИМЭП и Университетом "
        "Аризоны, стартовала программа обмена преподавателями."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Университет КИМЭП", "Университет Аризоны"}
    assert memo.signed_on == PartialDate(2021)


def test_leaders_agreements_reached_in_a_year_are_a_document_with_no_party() -> None:
    draft = draft_of(
        "Вузы открывают центр\n"
        "Карагандинский технический университет и Харбинский политехнический университет "
        "подписали меморандум о создании центра. Центр откроется в рамках договоренностей "
        "лидеров двух стран, достигнутых в 2021 году."
    )
    reached = [m for m in draft.memoranda if m.signed_on == PartialDate(2021)]
    assert [m.parties for m in reached] == [[]]
    assert len(draft.memoranda) == 2


def test_a_bare_frame_is_still_context() -> None:
    draft = draft_of(
        "Стартовала программа обмена\n"
        "В рамках подписанного меморандума Университет КИМЭП и Университет Аризоны начали "
        "программу обмена преподавателями."
    )
    assert draft.memoranda == []
