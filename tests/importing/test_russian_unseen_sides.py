"""Russian sides found on unseen pages: countries sharing one plural government head, a cabinet
of ministers, a government approving (not signing) a document, acronyms and indeclinable heads
in their nominative, a parliament named in its own language, and «Подписали» with no subject
after a meeting."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract.russian.name_tails import name_tail
from kztracker.importing.extract.russian.normalize import head_phrase_nominative
from kztracker.importing.extract.russian.tokens import tokenize
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_three_countries_sharing_one_plural_government_head_are_three_governments() -> None:
    draft = draft_of(
        "Соседи договорились о транзите\n"
        "Вчера в Ташкенте было подписано соглашение между правительством Казахстана и "
        "правительствами Киргизии, Монголии и Таджикистана о транзите грузов."
    )
    assert {
        "Правительство Казахстана",
        "Правительство Киргизии",
        "Правительство Монголии",
        "Правительство Таджикистана",
    } <= _names(draft)
    [memo] = draft.memoranda
    assert len(memo.parties) == 4


def test_a_cabinet_of_ministers_is_a_government_and_a_cabinet_room_is_not() -> None:
    draft = draft_of(
        "Новый договор о торговле\n"
        "Министерство торговли Казахстана и кабинет министров Киргизии подписали договор о "
        "торговле. Встреча прошла в кабинете директора департамента."
    )
    names = _names(draft)
    assert "Кабинет министров Киргизии" in names
    assert not any(n.casefold().startswith("кабинет директора") for n in names)
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Министерство торговли Казахстана", "Кабинет министров Киргизии"}


def test_a_government_approving_a_document_signs_no_memorandum() -> None:
    draft = draft_of(
        "Правительство одобрило соглашение\n"
        "Правительство Казахстана одобрило соглашение между правительством РК и правительством "
        "Монголии о сотрудничестве в сфере туризма."
    )
    assert draft.memoranda == []
    assert {"Правительство Казахстана", "Правительство Монголии"} <= _names(draft)


def test_an_acronym_with_a_case_ending_is_its_capitals() -> None:
    assert head_phrase_nominative("ЛУКОЙЛом") == "ЛУКОЙЛ"
    assert head_phrase_nominative("ГАЗПРОМа") == "ГАЗПРОМ"
    assert head_phrase_nominative("КазНУ") == "КазНУ"  # capitals inside a word: no ending


def test_adjectives_tell_the_case_of_a_head_that_does_not_decline() -> None:
    assert head_phrase_nominative("Азиатским региональным бюро ЮНЕСКО") == (
        "Азиатское региональное бюро ЮНЕСКО"
    )
    assert head_phrase_nominative("Азиатское региональное бюро ЮНЕСКО") == (
        "Азиатское региональное бюро ЮНЕСКО"
    )


def test_a_parliament_named_in_its_own_language_is_a_body_of_its_own() -> None:
    draft = draft_of(
        "Палаты подписали дорожную карту\n"
        "Председатель Сената Парламента Казахстана Иван Петров и Председатель Сената Олий "
        "Мажлиса Узбекистана Анна Смирнова подписали дорожную карту на 2027 год."
    )
    assert {"Сенат Парламента Казахстана", "Сенат Олий Мажлиса Узбекистана"} <= _names(draft)
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Сенат Парламента Казахстана", "Сенат Олий Мажлиса Узбекистана"}


def test_signing_with_no_subject_after_a_meeting_takes_both_sides() -> None:
    draft = draft_of(
        "Глава фонда «Байтерек» встретился с президентом Sinopec\n"
        "«Провел встречу с президентом Sinopec Ли Мином. Обсудили поставки топлива.\n"
        "Подписали договор о поставках топлива в Китай»."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Фонд «Байтерек»", "Sinopec"}


def test_fields_a_body_is_named_for_go_on_past_commas() -> None:
    tokens = tokenize("Фондом экологии, туризма и спортивных программ, а также банком", 0)
    assert [t.text for t in tokens[: name_tail(tokens, 1, [], [])]] == [
        "Фондом",
        "экологии",
        ",",
        "туризма",
        "и",
        "спортивных",
        "программ",
    ]
    # a body of its own after the comma ends the name
    tokens = tokenize("Фондом экологии, министерства финансов и банка", 0)
    assert name_tail(tokens, 1, [], []) == 2


def test_a_masthead_spelling_the_site_the_story_names_is_no_partner() -> None:
    draft = draft_of(
        "САРЫАРКАЖАНА\n"
        "Новости региона\n\n"
        "Как сообщает Saryarka-zhana.kz, акимат Карагандинской области и Карагандинский "
        "технический университет подписали меморандум о подготовке кадров."
    )
    assert not any("сарыарка" in n.casefold() for n in _names(draft))
    [memo] = draft.memoranda
    assert len(memo.parties) == 2


def test_the_head_of_a_kazakh_region_named_by_its_acronym_acts_for_its_akimat() -> None:
    draft = draft_of(
        "В ЗКО ОТКРОЮТ НОВЫЙ ЦЕНТР\n\n"
        "Глава региона Иван Петров провел встречу с председателем правления АО «Alpha Build» "
        "Анной Смирновой."
    )
    assert "Акимат Западно-Казахстанской области" in _names(draft)
    [head] = [p for p in draft.people if p.name == "Иван Петров"]
    assert head.organization == "Акимат Западно-Казахстанской области"


def test_the_head_of_a_region_outside_kazakhstan_implies_no_akimat() -> None:
    draft = draft_of(
        "Омская область готовит выставку\n\n"
        "В Омской области прошла встреча. Глава региона Иван Петров провел встречу с "
        "председателем правления АО «Alpha Build» Анной Смирновой."
    )
    assert not any(n.startswith("Акимат") for n in _names(draft))


def test_another_document_added_with_a_dash_has_the_sides_of_the_one_before() -> None:
    draft = draft_of(
        "Министерства подписали документы\n"
        "Министерство энергетики Казахстана и Министерство энергетики Узбекистана подписали "
        "меморандум о сотрудничестве в сфере электроэнергетики.\n"
        "Ещё один важный документ – Дорожная карта по развитию сетей на 2027 год."
    )
    sides = {"Министерство энергетики Казахстана", "Министерство энергетики Узбекистана"}
    assert len(draft.memoranda) == 2
    assert all(set(m.parties) == sides for m in draft.memoranda)
    assert draft.memoranda[1].title.startswith("Дорожная карта")


def test_a_document_mentioned_with_a_dash_but_no_further_cue_adds_nothing() -> None:
    draft = draft_of(
        "Министерства подписали меморандум\n"
        "Министерство энергетики Казахстана и Министерство энергетики Узбекистана подписали "
        "меморандум о сотрудничестве в сфере электроэнергетики.\n"
        "Главное в документе – дорожная карта сетей, говорят эксперты."
    )
    assert len(draft.memoranda) == 1


def test_an_untagged_word_listed_among_sides_after_between_is_a_side() -> None:
    draft = draft_of(
        "Нефтяники подписали контракт\n"
        "В марте между ЛУКОЙЛом, Министерством энергетики Республики Казахстан и "
        "Казмунайгазом в Атырау был подписан контракт на геологоразведку шельфа."
    )
    [memo] = draft.memoranda
    assert len(memo.parties) == 3
    assert "ЛУКОЙЛ" in memo.parties
    assert "Министерство энергетики Республики Казахстан" in memo.parties


def test_a_city_listed_after_between_stays_a_place() -> None:
    draft = draft_of(
        "Вузы подписали соглашение\n"
        "Соглашение между Евразийским университетом, Горным институтом и Москвой подписано "
        "в марте."
    )
    assert not any("москв" in n.casefold() for n in _names(draft))


def test_a_status_acronym_before_a_quoted_name_is_the_same_body_as_the_bare_name() -> None:
    draft = draft_of(
        "ТауМунайГаз и Norsk Energy подписали соглашение\n"
        "АО НК «ТауМунайГаз» и компания Norsk Energy Group подписали соглашение о бурении."
    )
    assert len([n for n in _names(draft) if "таумунайгаз" in n.casefold()]) == 1
