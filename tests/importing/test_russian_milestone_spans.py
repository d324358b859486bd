"""Russian dated events on unseen pages: a span of days, a day whose year the story wrote
earlier, a headline that writes out its day, speech and a contrast that date nothing, and a
title that keeps the event's own adjectives."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from kztracker.importing.extract.russian.dates import dates_in, publication_date
from tests.importing.drafting import draft_of


def _dated(draft: Draft) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in draft.milestones if m.date is not None]


def test_a_span_of_days_is_dated_by_its_first_day() -> None:
    cases = {
        "Делегация работала в период с 3 по 5 марта 2025 года.": PartialDate(2025, 3, 3),
        "Выставка пройдет 14–16 мая 2026 года.": PartialDate(2026, 5, 14),
    }
    for text, first in cases.items():
        assert [d.date for d in dates_in(text, None)] == [first]


def test_a_day_without_a_year_takes_the_year_the_story_wrote_out() -> None:
    draft = draft_of(
        "Новости сотрудничества\n"
        "Делегация Монголии посетила Павлодар в период с 3 по 5 марта 2025 года.\n"
        "4 марта в Павлодаре прошла встреча делегации с руководством области."
    )
    assert PartialDate(2025, 3, 4) in [date for _title, date in _dated(draft)]


def test_a_day_without_any_year_stays_undated() -> None:
    draft = draft_of(
        "Новости сотрудничества\n"
        "12 апреля в Павлодаре прошла встреча делегации Монголии с руководством области."
    )
    assert _dated(draft) == []


def test_a_headline_that_writes_out_its_day_is_read_once() -> None:
    draft = draft_of(
        "Рабочий визит министра Грузии в Казахстан состоялся 11 февраля 2025 года\n"
        "В ходе визита министр осмотрел новый терминал и обсудил перевозки."
    )
    dated = _dated(draft)
    assert len(dated) == 1 and dated[0][1] == PartialDate(2025, 2, 11)
    assert dated[0][0].startswith("Визит министра Грузии")


def test_an_event_word_in_someone_s_words_is_no_event() -> None:
    draft = draft_of(
        "Новости\n"
        "Посол отметил: «Мы уже готовим повестку будущих переговоров», — сказал он в 2025 году."
    )
    assert not any(m.title.startswith("Переговоры") for m in draft.milestones)


def test_a_date_after_a_contrast_does_not_date_the_event_before_it() -> None:
    draft = draft_of(
        "Новости\n"
        "Проект поможет увеличить экспорт зерна до 5 млн тонн, в то время как в 2023 году он "
        "составил 2 млн тонн."
    )
    assert _dated(draft) == []


def test_a_stamp_with_its_year_word_glued_is_the_publication_date() -> None:
    assert publication_date("Новости\n\n14.03.2024г. в 11:05\nТекст новости.") == PartialDate(
        2024, 3, 14
    )


def test_the_event_s_own_adjectives_are_no_owner_of_it() -> None:
    draft = draft_of(
        "Новости\nКазахстан снова примет международный форум «Зеленый мост» 10 июня 2026 года."
    )
    titles = [title for title, _date in _dated(draft)]
    assert titles and all("международный" not in t.split()[-1] for t in titles)


def test_a_visit_a_document_was_signed_in_is_an_event_of_the_signing_day() -> None:
    draft = draft_of(
        "Новости компании\n"
        "В рамках официального визита премьер-министра Казахстана в Венгрию АО «Самрук-Энерго» "
        "и компания MVM 14 октября 2024 года подписали соглашение о сотрудничестве."
    )
    visits = [m for m in draft.milestones if m.title.startswith("Визит")]
    assert [(m.title, m.date) for m in visits] == [
        ("Визит премьер-министра Казахстана в Венгрию", PartialDate(2024, 10, 14))
    ]


def test_a_forum_a_document_was_signed_at_is_no_event_of_its_own() -> None:
    draft = draft_of(
        "Новости компании\n"
        "В рамках Астанинского международного форума АО «Самрук-Энерго» и компания MVM "
        "14 октября 2024 года подписали соглашение о сотрудничестве."
    )
    assert not any(m.title.startswith("Форум") for m in draft.milestones)


def test_a_committee_session_is_an_event() -> None:
    draft = draft_of(
        "Новости\n"
        "12 марта 2025 года в Женеве прошла 58-я сессия Совета ООН по правам человека с "
        "участием делегации Казахстана."
    )
    dated = [(m.title, m.date) for m in draft.milestones if m.date]
    assert len(dated) == 1 and dated[0][1] == PartialDate(2025, 3, 12)
    assert dated[0][0].startswith("58-я Сессия Совета ООН")
