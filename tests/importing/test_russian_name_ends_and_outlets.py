"""Russian organizations: a name the tagger runs on into the sentence's own phrase, a body named
both by its leading words and by its acronym, an agency told something, a briefing's venue."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def _names(text: str) -> set[str]:
    return {o.name for o in draft_of(text).organizations}


def test_a_name_ends_before_a_phrase_of_lower_case_words_after_a_preposition() -> None:
    names = _names(
        "Образование\n"
        "Позже состоялась беседа с вице-министром образования РК Маратом Сейтовым, где он "
        "отметил значимую роль Международного института в развитии образования в Казахстане."
    )
    assert not any("развитии" in n for n in names)
    assert "Международный институт" in names


def test_an_embassy_keeps_the_whole_place_it_is_in() -> None:
    names = _names(
        "Визит в Бишкек\n"
        "Посол провел встречу в Посольстве Республики Казахстан в Кыргызской Республике "
        "с представителями деловых кругов."
    )
    assert "Посольство Республики Казахстан в Кыргызской Республике" in names


def test_a_head_noun_read_as_another_nouns_nominative_takes_its_adjectives_case() -> None:
    names = _names(
        "Переговоры о расчетах\n"
        "Представители Национального банка провели переговоры с коллегами о расчетах "
        "в национальных валютах."
    )
    assert "Национальный банк" in names


def test_a_name_of_leading_words_and_the_acronym_they_start_are_one_body() -> None:
    names = _names(
        "Сотрудничество в физике\n"
        "Директор Международного центра Алексей Орлов посетил Алматы. Ученые МЦЯФИ "
        "и Института ядерной физики договорились о совместных экспериментах, сообщил "
        "директор Международного центра."
    )
    assert len({n for n in names if n.startswith("Международный центр") or n == "МЦЯФИ"}) == 1


def test_two_acronyms_a_short_name_could_start_leave_it_alone() -> None:
    names = _names(
        "Две встречи\n"
        "Представители Национального банка провели переговоры с НБРК и с НБТ о расчетах "
        "в национальных валютах."
    )
    assert {"Национальный банк", "НБРК", "НБТ"} <= names


def test_an_agency_told_something_only_reports() -> None:
    names = _names(
        "Минск и Астана\n"
        "Стороны согласовали план поставок сельхозтехники, сообщили БЕЛТА в Министерстве "
        "промышленности Республики Беларусь."
    )
    assert "БЕЛТА" not in names
    assert any(n.startswith("Министерство промышленности") for n in names)


def test_the_central_communications_service_is_where_a_briefing_is_held() -> None:
    names = _names(
        "Брифинг\n"
        "На брифинге в СЦК вице-министр энергетики рассказал о переговорах с компанией "
        "Siemens Energy по модернизации ТЭЦ."
    )
    assert "СЦК" not in names
