"""Russian events on unseen pages: a document approved, a dated first of something, «в тот же
день», a forum a document was signed at, and titles in the case a person writes them."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _dated(draft: Draft) -> list[tuple[str, PartialDate | None]]:
    return [(m.title, m.date) for m in draft.milestones if m.date is not None]


def test_a_document_approved_on_a_date_is_an_event() -> None:
    draft = draft_of(
        "Кабмин одобрил документ о туризме\n"
        "Правительство Казахстана 5 июня 2025 года одобрило соглашение о сотрудничестве в "
        "области туризма с Грузией."
    )
    approvals = [m for m in draft.milestones if m.title.startswith("Одобрение")]
    assert [(m.title.split()[:2], m.date, m.status) for m in approvals] == [
        (["Одобрение", "соглашения"], PartialDate(2025, 6, 5), "done")
    ]


def test_an_approval_takes_the_day_of_the_paragraph_dateline_not_the_signing() -> None:
    draft = draft_of(
        "Сенат поддержал соглашение с Грузией\n"
        "Астана, 3 марта 2025 года.\n"
        "Сенат одобрил соглашение о сотрудничестве в области туризма между Казахстаном и "
        "Грузией, подписанное в мае 2024 года в Тбилиси."
    )
    approvals = [m for m in draft.milestones if m.title.startswith("Одобрение")]
    assert [m.date for m in approvals] == [PartialDate(2025, 3, 3)]


def test_approving_something_that_is_no_document_is_no_event() -> None:
    draft = draft_of(
        "Новости комиссии\n"
        "Комиссия 10 апреля 2025 года одобрила предложение расширить список специальностей."
    )
    assert not any(m.title.startswith("Одобрение") for m in draft.milestones)


def test_a_dated_first_of_something_is_a_planned_milestone() -> None:
    draft = draft_of(
        "Вуз и фонд договорились об обмене\n"
        "Первые слушатели программы приедут в Алматы в сентябре 2026 года."
    )
    firsts = [m for m in draft.milestones if m.title.startswith("Первые")]
    assert [(m.title, m.date, m.status) for m in firsts] == [
        ("Первые слушатели программы", PartialDate(2026, 9), "planned")
    ]


def test_a_first_day_is_a_time_not_a_first_of_anything() -> None:
    draft = draft_of(
        "Делегация побывала в Ташкенте\n"
        "В первый день поездки, 8 апреля 2025 года, гости осмотрели кампус университета."
    )
    assert not any(m.title.startswith("В первый") for m in draft.milestones)
    assert not any(m.title.casefold().startswith("первый день") for m in draft.milestones)


def test_a_first_with_no_date_is_no_milestone() -> None:
    draft = draft_of("Лаборатория готова\nПервые опыты в лаборатории проведут молодые учёные.")
    assert not any(m.title.startswith("Первые") for m in draft.milestones)


def test_the_same_day_is_the_day_told_before() -> None:
    draft = draft_of(
        "Университеты Казахстана и Узбекистана стали партнерами\n"
        "12 мая 2025 года в Ташкенте ректоры подписали меморандум о сотрудничестве. "
        "В тот же день состоялась встреча студентов двух университетов."
    )
    meetings = [m for m in draft.milestones if m.title.startswith("Встреча")]
    assert [m.date for m in meetings] == [PartialDate(2025, 5, 12)]


def test_a_forum_a_document_was_signed_at_takes_the_signing_date() -> None:
    draft = draft_of(
        "Регионы обновили дорожную карту\n"
        "Новая дорожная карта продолжает соглашение, подписанное в 2022 году на VII Форуме "
        "ректоров Казахстана и Узбекистана в Самарканде."
    )
    forums = [m for m in draft.milestones if "Форум" in m.title]
    assert [m.date for m in forums] == [PartialDate(2022)]


def test_a_verb_object_is_named_in_the_genitive() -> None:
    draft = draft_of(
        "Корейские партнеры помогут вузу\n"
        "В 2026 году университет откроет совместную лабораторию с партнерами из Кореи."
    )
    assert ("Открытие совместной лаборатории с партнерами из Кореи", PartialDate(2026)) in _dated(
        draft
    )


def test_a_subject_that_starts_work_owns_the_work() -> None:
    draft = draft_of("Новая лаборатория\nЛаборатория начнет работу в феврале 2026 года.")
    assert ("Начало работы лаборатории", PartialDate(2026, 2)) in _dated(draft)


def test_a_noun_event_takes_no_owner_from_its_clause_subject() -> None:
    draft = draft_of(
        "Министры обсудили планы\n"
        "Стороны подчеркнули значимость реализации подписанного 3 марта 2024 года Соглашения "
        "о сотрудничестве в сфере культуры."
    )
    titles = [m.title for m in draft.milestones]
    assert not any("значимость" in t for t in titles)
    assert any(t.startswith("Реализация Соглашения о сотрудничестве") for t in titles)


def test_an_ordinal_before_the_event_stays_in_its_title() -> None:
    draft = draft_of(
        "Регионы обновили дорожную карту\n"
        "Новая дорожная карта продолжает соглашение, подписанное в 2021 году на XV Форуме "
        "регионов в Омске."
    )
    assert [m.title for m in draft.milestones if m.title.endswith("в Омске")] == [
        "XV Форум регионов в Омске"
    ]


def test_an_initial_does_not_end_a_title() -> None:
    draft = draft_of(
        "Визит в Доху\n"
        "5 марта 2025 года в Дохе стороны подписали меморандум о сотрудничестве. "
        "В тот же день состоялась встреча Е. Ахметова с послом Катара."
    )
    meetings = [m for m in draft.milestones if m.title.startswith("Встреча")]
    assert [(m.title, m.date) for m in meetings] == [
        ("Встреча Е. Ахметова с послом Катара", PartialDate(2025, 3, 5))
    ]


def test_the_same_day_is_a_day_not_a_month_told_after_it() -> None:
    draft = draft_of(
        "Фонды подписали меморандум\n"
        "7 октября 2024 года фонды подписали меморандум, подготовка которого началась в мае "
        "2024 года. В этот же день прошла встреча руководителей фондов."
    )
    meetings = [m for m in draft.milestones if m.title.startswith("Встреча")]
    assert [m.date for m in meetings] == [PartialDate(2024, 10, 7)]
