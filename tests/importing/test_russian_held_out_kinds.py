"""Russian kinds seen on held-out real pages: sides a headline names for a document the story
only mentions, a plural title shared out among two people, a document whose signers follow the
verb, a ratification that is no dated signing."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.segment import segment
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    return extract(read_text(text))


def test_the_headline_names_the_sides_of_the_story_s_only_memorandum() -> None:
    draft = _draft(
        "ТОО «Степной агрохолдинг» заключило меморандум о сотрудничестве с Университетом Нархоз\n"
        "Стороны будут вместе готовить специалистов для отрасли.\n"
        "Заключение меморандума стало первым шагом к общей программе стажировок."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Степной агрохолдинг", "Университет Нархоз"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сотрудничество в животноводстве\n"
            "Меморандум о сотрудничестве в области ветеринарии подписали министры сельского "
            "хозяйства РК и КНР – Арман Жумабеков и Ли Вэньтао.",
            {
                "Арман Жумабеков": "Министерство сельского хозяйства Республики Казахстан",
                "Ли Вэньтао": "Министерство сельского хозяйства Китайской Народной Республики",
            },
        ),
        (
            "Встреча министров\n"
            "Министры здравоохранения Казахстана и Турции Берик Алиев и Мехмет Озтюрк обсудили "
            "обмен врачами.",
            {
                "Берик Алиев": "Министерство здравоохранения Казахстана",
                "Мехмет Озтюрк": "Министерство здравоохранения Турции",
            },
        ),
    ],
)
def test_a_plural_title_gives_each_person_his_own_country_s_body(
    text: str, expected: dict[str, str]
) -> None:
    draft = _draft(text)
    assert {p.name: p.organization for p in draft.people} == expected
    assert {o.name for o in draft.organizations} == set(expected.values())
    titles = [p.title for p in draft.people]
    assert titles[0] != titles[1] and not any(" и " in (t or "") for t in titles)


def test_signers_after_the_verb_are_the_document_s_sides() -> None:
    draft = _draft(
        "Новый меморандум\n"
        "Меморандум о сотрудничестве подписали министр энергетики РК Арман Жумабеков и министр "
        "энергетики Узбекистана Рустам Каримов."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Министерство энергетики Республики Казахстан",
        "Министерство энергетики Узбекистана",
    }


def test_two_sentences_glued_without_a_space_are_read_apart() -> None:
    text = (
        "Закон о ратификации подписан, говорится в сообщении.Межправительственное "
        "соглашение было подписано 14 мая 2021 года."
    )
    sentences = [s.text for s in segment(text).sentences]
    assert sentences == [
        "Закон о ратификации подписан, говорится в сообщении.",
        "Межправительственное соглашение было подписано 14 мая 2021 года.",
    ]


def test_a_short_word_before_a_full_stop_does_not_end_a_sentence() -> None:
    text = "Встреча прошла в г.Алматы и в вузе им.Абая. Стороны обсудили обмен студентами."
    sentences = [s.text for s in segment(text).sentences]
    assert sentences == [
        "Встреча прошла в г.Алматы и в вузе им.Абая.",
        "Стороны обсудили обмен студентами.",
    ]
