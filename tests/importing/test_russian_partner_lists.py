"""Russian documents whose partners are listed apart, and event titles that leave the date out."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    return extract(read_text(text))


def test_signed_agreements_with_partners_listed_in_the_next_sentence() -> None:
    draft = _draft(
        "Университет принял гостей из Турции\n"
        "12 марта 2024 года в Карагандинском университете имени Букетова прошла встреча с "
        "делегацией. «В рамках подписанных соглашений университет сотрудничает с ведущими "
        "вузами Турции. Среди них Анкарский, Эгейский и Мармара университеты.»"
    )
    partners = sorted(tuple(sorted(m.parties)) for m in draft.memoranda)
    assert partners == [
        ("Анкарский университет", "Карагандинский университет имени Букетова"),
        ("Карагандинский университет имени Букетова", "Университет Мармара"),
        ("Карагандинский университет имени Букетова", "Эгейский университет"),
    ]


def test_a_document_in_the_frame_of_one_told_before_is_no_new_memorandum() -> None:
    draft = _draft(
        "Вузы подписали меморандум\n"
        "Павлодарский педагогический университет и Омский аграрный университет подписали "
        "меморандум о сотрудничестве. В рамках соглашения студенты пройдут стажировку. "
        "Среди них магистранты обоих вузов."
    )
    assert len(draft.memoranda) == 1


def test_a_list_after_another_sentence_is_no_partner_list() -> None:
    draft = _draft(
        "Новости вуза\n"
        "В рамках подписанных соглашений университет развивает академическую мобильность. "
        "Студенты выезжают на стажировки каждый год. Среди них выпускники Омского аграрного "
        "университета."
    )
    assert draft.memoranda == []


def test_an_event_title_leaves_its_date_out_and_takes_the_clause_subject() -> None:
    draft = _draft(
        "Областной акимат и компания подписали соглашение\n"
        "Павлодар, 5 марта 2025 года. Акимат Павлодарской области и ТОО «Свет Плюс» подписали "
        "соглашение о замене уличных фонарей. По словам акима, замена восьми тысяч фонарей "
        "завершится в 2027 году. Новая диспетчерская начнет работу в мае 2025 года. "
        "Библиотека области создана в 1951 году."
    )
    titles = {m.date.isoformat(): m.title for m in draft.milestones if m.date}
    assert titles["2027"] == "Завершение замена восьми тысяч фонарей"
    assert "Новая диспетчерская" in titles["2025-05"]
    assert "2025" not in titles["2025-05"]
    assert titles["1951"] == "Создание Библиотека области"


def test_an_event_named_after_its_word_keeps_its_own_title() -> None:
    draft = _draft(
        "Открытие центра\n"
        "Астана, 3 апреля 2025 года. В сентябре 2025 года состоится открытие совместного "
        "исследовательского центра университета."
    )
    [milestone] = [m for m in draft.milestones if m.date]
    assert milestone.title.startswith("Открытие совместного исследовательского центра")


def test_sides_named_by_their_heads_titles_after_between() -> None:
    draft = _draft(
        "Регионы договорились о сотрудничестве\n"
        "Костанай, 14 мая 2025 года. Соглашение о сотрудничестве подписано между акимом "
        "Костанайской области Кумаром Аксакаловым и губернатором Челябинской области Алексеем "
        "Текслером."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Акимат Костанайской области", "Правительство Челябинской области"}
