"""Russian pages whose lead sentence stands unstopped above the story, glued initials, places
told by a type noun, outlets quoted in the past tense, and a mission's city told by a phrase."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_an_unstopped_lead_line_above_the_first_long_line_is_read() -> None:
    draft = draft_of(
        "Новости дня\n"
        "Об этом сообщили в пресс-службе ведомства.\n"
        "Вчера прошла встреча посла Казахстана в Египте с министром туризма Египта Ахмедом Саидом\n"
        "Посол рассказал собеседнику о туристическом потенциале страны, о новых маршрутах и "
        "о планах по открытию прямых рейсов между двумя странами в следующем году."
    )
    names = _names(draft)
    assert "Министерство туризма Египта" in names
    assert any(n.startswith("Посольство Казахстана в Египте") for n in names)


def test_an_initial_glued_to_the_surname_keeps_the_person() -> None:
    draft = draft_of(
        "Встреча в Каире\n"
        "Министр туризма Египта принял посла Казахстана в Египте А.Бекова. Посол рассказал о "
        "новых авиарейсах."
    )
    assert any(p.name == "А. Беков" for p in draft.people)


def test_the_centre_of_a_city_is_a_place() -> None:
    draft = draft_of(
        "Новая клиника\n"
        "Компания «Медикал Сервис» открыла клинику в центре Шымкента. Клиника примет первых "
        "пациентов в мае."
    )
    assert "Центр Шымкента" not in _names(draft)


def test_an_outlet_quoted_in_the_past_tense_reports_only() -> None:
    draft = draft_of(
        "Новый консул\n"
        "Консул Казахстана в Омске Бауыржан Нуров вручил награды студентам Омского университета. "
        "Как писала «Омская правда», консульство открылось в прошлом году."
    )
    assert "Омская правда" not in _names(draft)


def test_a_mission_in_a_city_told_by_a_phrase_joins_the_same_mission_named_by_city() -> None:
    draft = draft_of(
        "Генконсул Казахстана в Новосибирске встретился с мэром\n"
        "Мэр Новосибирска Анатолий Локоть встретился с генеральным консулом Республики Казахстан "
        "в столице Сибири Ерланом Абиловым. Стороны обсудили культурные обмены."
    )
    consulates = [n for n in _names(draft) if "консульство" in n.casefold()]
    assert len(consulates) == 1
