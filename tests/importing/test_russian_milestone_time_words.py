"""Russian dated events on unseen pages: «в начале апреля» is a time, not an event; a programme's
term («до 2030 года») does not date its planned signing; an event a document was signed «в ходе»
of takes the signing's day even when a later sentence tells it («подписанного сегодня»)."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _dated(draft: Draft) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in draft.milestones if m.date is not None]


def test_the_beginning_of_a_month_is_no_event_and_dates_the_meeting() -> None:
    draft = draft_of(
        "Министры обсудили торговлю\n"
        "Министр торговли Казахстана прибыл в Бишкек для переговоров о поставках зерна. "
        "Напомним, что предыдущая встреча министров двух стран прошла в начале марта 2023 года "
        "в городе Оше."
    )
    dated = _dated(draft)
    assert not any(title.startswith("Начало") for title, _d in dated)
    assert [d for title, d in dated if title.startswith("Встреча")] == [PartialDate(2023, 3)]


def test_the_end_of_a_month_is_no_event_either() -> None:
    draft = draft_of(
        "Совещание в акимате\n"
        "Аким области сообщил, что в конце октября 2025 года делегация провинции Ганьсу посетит "
        "Кокшетау."
    )
    dated = _dated(draft)
    assert not any(title.startswith(("Начало", "Завершение")) for title, _d in dated)
    assert [d for title, d in dated if title.startswith("Визит")] == [PartialDate(2025, 10)]


def test_a_programme_term_does_not_date_its_planned_signing() -> None:
    draft = draft_of(
        "Новости сотрудничества\n"
        "В ближайшее время планируется подписание договора и программы о торгово-экономическом "
        "сотрудничестве Армении и Казахстана до 2030 года."
    )
    signings = [m for m in draft.milestones if m.title.startswith("Подписание")]
    assert signings and all(m.date is None and m.status == "planned" for m in signings)


def test_a_session_a_document_was_signed_in_takes_the_day_a_later_sentence_gives() -> None:
    draft = draft_of(
        "Минздрав и ЮНИСЕФ договорились о помощи\n"
        "12.03.2024\n"
        "В Алматы в ходе 5-й сессии Регионального совета ЮНИСЕФ состоялось подписание "
        "соглашения о сотрудничестве между Министерством здравоохранения Республики Казахстан "
        "и Детским фондом ООН (ЮНИСЕФ) на 2024-2025 годы.\n"
        "В рамках подписанного сегодня Соглашения о сотрудничестве с ЮНИСЕФ принято решение "
        "направить специалистов в больницы Туркестанской области."
    )
    sessions = [m for m in draft.milestones if "Сессия" in m.title]
    assert [(m.date, m.status) for m in sessions] == [(PartialDate(2024, 3, 12), "done")]
