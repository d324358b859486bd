"""Russian: documents in the plural whose sides «между» gives again for each («меморандумы между
X и Y, а также между X и Z») are one document per «между»."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_each_mezhdu_after_a_plural_noun_gives_a_document_of_its_own() -> None:
    draft = draft_of(
        "Университеты договорились\n"
        "Кроме того, подписаны соглашения между КарГУ и Томским университетом, а также между "
        "КарГУ и Омским университетом."
    )
    assert [(m.title, set(m.parties)) for m in draft.memoranda] == [
        ("Соглашение между КарГУ и Томским университетом", {"КарГУ", "Томский университет"}),
        ("Соглашение между КарГУ и Омским университетом", {"КарГУ", "Омский университет"}),
    ]


def test_one_mezhdu_keeps_one_document_of_all_its_sides() -> None:
    draft = draft_of(
        "Университеты договорились\n"
        "Подписаны соглашения между КарГУ, Томским университетом и Омским университетом."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"КарГУ", "Томский университет", "Омский университет"}
