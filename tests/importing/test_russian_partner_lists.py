"""Russian documents whose partners are listed apart, and event titles that leave the date out."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    ("text", "side", "listed"),
    [
        (  # documents framing a cooperation, said to be signed
            "12 марта 2024 года в Карагандинском университете имени Букетова прошла встреча с "
            "делегацией. «В рамках подписанных соглашений университет сотрудничает с ведущими "
            "вузами Турции. Среди них Анкарский, Эгейский и Мармара университеты.»",
            "Карагандинский университет имени Букетова",
            ["Анкарский университет", "Эгейский университет", "Университет Мармара"],
        ),
        (  # documents in the plural signed «с тремя вузами»
            "Алматы, 10 октября 2024 года. Сатпаев Университет подписал меморандумы о "
            "сотрудничестве с тремя вузами Китая. Среди них Пекинский, Цинхуа и Чжэцзянский "
            "университеты. Документы предусматривают обмен студентами.",
            "Сатпаев Университет",
            ["Пекинский университет", "Университет Цинхуа", "Чжэцзянский университет"],
        ),
    ],
)
def test_one_document_per_partner_the_next_sentence_lists(
    text: str, side: str, listed: list[str]
) -> None:
    draft = draft_of("Университет расширяет партнерство\n" + text)
    assert len(draft.memoranda) == len(listed)
    assert {frozenset(m.parties) for m in draft.memoranda} == {
        frozenset((side, partner)) for partner in listed
    }


def test_a_document_in_the_frame_of_one_told_before_is_no_new_memorandum() -> None:
    draft = draft_of(
        "Вузы подписали меморандум\n"
        "Павлодарский педагогический университет и Омский аграрный университет подписали "
        "меморандум о сотрудничестве. В рамках соглашения студенты пройдут стажировку. "
        "Среди них магистранты обоих вузов."
    )
    assert len(draft.memoranda) == 1


def test_a_list_after_another_sentence_is_no_partner_list() -> None:
    draft = draft_of(
        "Новости вуза\n"
        "В рамках подписанных соглашений университет развивает академическую мобильность. "
        "Студенты выезжают на стажировки каждый год. Среди них выпускники Омского аграрного "
        "университета."
    )
    assert draft.memoranda == []


def test_an_event_title_leaves_its_date_out_and_takes_the_clause_subject() -> None:
    draft = draft_of(
        "Областной акимат и компания подписали соглашение\n"
        "Павлодар, 5 марта 2025 года. Акимат Павлодарской области и ТОО «Свет Плюс» подписали "
        "соглашение о замене уличных фонарей. По словам акима, замена восьми тысяч фонарей "
        "завершится в 2027 году. Новая диспетчерская начнет работу в мае 2025 года. "
        "Библиотека области создана в 1951 году."
    )
    titles = {m.date.isoformat(): m.title for m in draft.milestones if m.date}
    assert titles["2027"] == "Завершение замены восьми тысяч фонарей"
    assert "новой диспетчерской" in titles["2025-05"]  # what begins, in the genitive
    assert "2025" not in titles["2025-05"]
    assert titles["1951"] == "Создание библиотеки области"


def test_an_event_named_after_its_word_keeps_its_own_title() -> None:
    draft = draft_of(
        "Открытие центра\n"
        "Астана, 3 апреля 2025 года. В сентябре 2025 года состоится открытие совместного "
        "исследовательского центра университета."
    )
    [milestone] = [m for m in draft.milestones if m.date]
    assert milestone.title.startswith("Открытие совместного исследовательского центра")


def test_sides_named_by_their_heads_titles_after_between() -> None:
    draft = draft_of(
        "Регионы договорились о сотрудничестве\n"
        "Костанай, 14 мая 2025 года. Соглашение о сотрудничестве подписано между акимом "
        "Костанайской области Кумаром Аксакаловым и губернатором Челябинской области Алексеем "
        "Текслером."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Акимат Костанайской области", "Правительство Челябинской области"}


def test_a_minister_receiving_an_ambassador_is_a_dated_meeting() -> None:
    draft = draft_of(
        "Министр принял посла\n"
        "Астана, 3 марта 2025 года\n"
        "Министр энергетики Республики Казахстан Ерлан Аккенженов принял Чрезвычайного и "
        "Полномочного Посла Норвегии в Казахстане Уле Хансена."
    )
    [meeting] = [m for m in draft.milestones if m.date]
    assert meeting.date.isoformat() == "2025-03-03"
    assert meeting.title.startswith("Встреча министра энергетики")
    assert "послом Норвегии" in meeting.title


def test_a_law_adopted_is_no_meeting() -> None:
    draft = draft_of(
        "Парламент принял закон\n"
        "Астана, 3 марта 2025 года\n"
        "Мажилис принял закон о ратификации соглашения с Норвегией."
    )
    assert not any(m.title.startswith("Встреча") for m in draft.milestones)
