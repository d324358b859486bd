"""Russian agreements: found by the lemmas of their words, parties per clause and per partner."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_a_memorandum_between_two_named_organizations() -> None:
    draft = draft_of(
        "Университеты подписали меморандум\n"
        "Карагандинский технический университет и Омский аграрный университет подписали "
        "меморандум о сотрудничестве в области подготовки инженеров. Документ подписан "
        "12 марта 2024 года в Караганде ректорами двух вузов."
    )
    assert len(draft.memoranda) == 1
    memo = draft.memoranda[0]
    assert memo.kind == "memorandum"
    assert set(memo.parties) == {
        "Карагандинский технический университет",
        "Омский аграрный университет",
    }


def test_parties_after_between_take_the_nominative() -> None:
    draft = draft_of(
        "Новое соглашение в сфере энергетики\n"
        "Вчера было заключено соглашение между Министерством энергетики Республики Казахстан "
        "и Агентством по развитию возобновляемой энергетики Египта. Стороны обсудили "
        "строительство новых станций."
    )
    [memo] = draft.memoranda
    assert memo.kind == "agreement"
    assert memo.parties == [
        "Министерство энергетики Республики Казахстан",
        "Агентство по развитию возобновляемой энергетики Египта",
    ]


def test_documents_with_different_partners_are_one_memorandum_each() -> None:
    draft = draft_of(
        "Медицинский университет расширяет партнерство\n"
        "Соглашения подписаны Павлодарским медицинским университетом с Новосибирским "
        "медицинским колледжем и Томским фармацевтическим колледжем. Это позволит "
        "студентам проходить практику в обеих странах."
    )
    partners = sorted(tuple(sorted(m.parties)) for m in draft.memoranda)
    assert partners == [
        ("Новосибирский медицинский колледж", "Павлодарский медицинский университет"),
        ("Павлодарский медицинский университет", "Томский фармацевтический колледж"),
    ]


def test_a_roadmap_is_found_by_its_two_words() -> None:
    draft = draft_of(
        "Область и регион России договорились о сотрудничестве\n"
        "Акимат Костанайской области и Правительство Челябинской области подписали "
        "дорожную карту по развитию торговли на ближайшие годы. Губернатор отметил рост "
        "товарооборота."
    )
    kinds = [m.kind for m in draft.memoranda]
    assert "roadmap" in kinds
    roadmap = next(m for m in draft.memoranda if m.kind == "roadmap")
    assert roadmap.title.startswith("Дорожная карта")
    assert set(roadmap.parties) == {
        "Акимат Костанайской области",
        "Правительство Челябинской области",
    }


def test_the_signing_date_is_the_memorandum_date() -> None:
    draft = draft_of(
        "Институты будут работать вместе\n"
        "В мае 2023 года в Алматы Институт ботаники и Институт генетики подписали "
        "меморандум о совместных исследованиях. Ученые планируют общие экспедиции."
    )
    [memo] = draft.memoranda
    assert memo.signed_on == PartialDate(2023, 5)


def test_an_agreement_only_planned_is_a_planned_milestone() -> None:
    draft = draft_of(
        "Вузы готовят соглашение\n"
        "Евразийский национальный университет и Бакинский государственный университет "
        "планируют подписать соглашение о двойных дипломах в следующем году. Об этом "
        "сообщили в пресс-службе университета."
    )
    assert draft.memoranda == []
    planned = [m for m in draft.milestones if m.status == "planned"]
    assert any("оглашение" in m.title for m in planned)


def test_an_agreement_mentioned_as_context_is_not_news() -> None:
    draft = draft_of(
        "Студенты начали стажировку\n"
        "В рамках соглашения Алматинский университет энергетики направил двадцать студентов "
        "на стажировку. Студенты будут работать на станциях региона."
    )
    assert draft.memoranda == []


def test_agreeing_about_something_is_an_agreement_reached() -> None:
    draft = draft_of(
        "Вузы откроют совместную кафедру\n"
        "Об открытии совместной кафедры договорились Карагандинский университет и Новосибирский "
        "университет в марте 2024 года. Первые студенты придут осенью."
    )
    [memo] = draft.memoranda
    assert memo.title.startswith("Договорённость об открытии")
    assert memo.signed_on == PartialDate(2024, 3)
    assert not any(m.title.startswith("Открытие") and m.date for m in draft.milestones)


def test_agreeing_to_do_something_is_no_agreement() -> None:
    draft = draft_of(
        "Ученые будут работать вместе\n"
        "Карагандинский университет и Новосибирский университет договорились создать общую "
        "лабораторию в следующем году. Работы начнутся весной."
    )
    assert draft.memoranda == []
