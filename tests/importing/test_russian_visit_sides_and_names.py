"""Russian: a signing framed by a visit told before, official names in quotes, declined one-word
names, and the plain name of an embassy a diplomat's title implies."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_signing_framed_by_the_visit_takes_the_host_and_the_visitor() -> None:
    draft = draft_of(
        "Гости из Венгрии\n\n"
        "Карагандинский технический университет с рабочим визитом посетила делегация из "
        "Будапештского университета технологий и экономики во главе с проректором Ласло "
        "Ковачем.\n\n"
        "В рамках визита был подписан Меморандум о сотрудничестве, который откроет новые "
        "возможности для обмена студентами."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Карагандинский технический университет",
        "Будапештский университет технологий и экономики",
    }


def test_a_frame_that_names_its_own_visitor_is_no_reference_back() -> None:
    draft = draft_of(
        "Визит в Шымкент\n\n"
        "Южно-Казахстанский университет и Ташкентский химический институт обсудили "
        "совместные программы.\n\n"
        "В ходе визита Президента Узбекистана в Казахстан был подписан меморандум о дружбе."
    )
    assert all(not m.parties for m in draft.memoranda)


def test_the_quoted_official_name_keeps_its_descriptor_and_takes_its_declined_short_form() -> None:
    draft = draft_of(
        "АО «Национальная компания «КазМунайГаз»» и компания Chevron подписали соглашение "
        "о сотрудничестве в области экологии.\n"
        "Со стороны КазМунайГаза документ подписал заместитель председателя правления Ерлан "
        "Ахметов. По словам представителей КазМунайГаз, проект начнется в следующем году."
    )
    names = [o.name for o in draft.organizations]
    assert "Национальная компания «КазМунайГаз»" in names
    assert not {"КазМунайГаз", "КазМунайГаза"} & set(names)
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Национальная компания «КазМунайГаз»", "Chevron"}


def test_an_embassy_implied_by_a_title_is_named_by_the_short_country_name() -> None:
    draft = draft_of(
        "В Астане министр здравоохранения РК Ерлан Сатпаев встретился с Чрезвычайным и "
        "Полномочным Послом Республики Индонезия Андреем Сухартоно.\n"
        "На встрече также присутствовал Посол Исламской Республики Иран в РК Али Акбар Джоукар."
    )
    names = {o.name for o in draft.organizations}
    assert {"Посольство Индонезии", "Посольство Ирана в Казахстане"} <= names


def test_a_masthead_after_a_media_noun_is_the_outlet_not_an_organization() -> None:
    draft = draft_of(
        "Областная газета «Степной вестник»\n\n"
        "Все новости Павлодара и Павлодарской области\n\n"
        "Акимат Павлодарской области и компания «Казцинк» заключили меморандум о социальном "
        "партнерстве."
    )
    names = {o.name for o in draft.organizations}
    assert "Степной вестник" not in names
    assert "Акимат Павлодарской области" in names


def test_a_capitalized_latin_word_closing_a_name_is_its_own_name_not_a_short_form() -> None:
    draft = draft_of(
        "Акимат Жамбылской области подписал меморандум с Японским университетом Keio об "
        "открытии филиала в Таразе."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Акимат Жамбылской области", "Японский университет Keio"}


def test_an_ambassador_at_large_heads_no_embassy() -> None:
    draft = draft_of(
        "В Алматы 13 января состоялась встреча генерального консула Молдовы Ивана Попеску с "
        "послом по особым поручениям Министерства иностранных дел Казахстана Ерболом Жумабаевым."
    )
    names = {o.name for o in draft.organizations}
    assert not any(n.startswith("Посольство") for n in names)
    assert "Генеральное консульство Молдовы" in names
