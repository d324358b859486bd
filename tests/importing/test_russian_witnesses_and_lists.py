"""Russian documents: witnesses and news sources are no sides, a plural noun before a colon lists
one document per item, and a government keeps the name the text gives it."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_bodies_that_look_on_are_no_sides_of_the_document() -> None:
    draft = draft_of(
        "Медики договорились о стажировках\n"
        "Министерство здравоохранения Казахстана и Министерство здравоохранения Турции подписали "
        "меморандум о подготовке врачей. Меморандум подписан в присутствии руководителя "
        "Министерства обороны Турции и президента Национальной академии наук Казахстана."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Министерство здравоохранения Казахстана", "Министерство здравоохранения Турции"}
    ]


def test_the_site_a_story_cites_is_no_side() -> None:
    draft = draft_of(
        "Банки договорились о платежах\n"
        "Народный банк Казахстана и Халык Банк Кыргызстана подписали соглашение о переводах, "
        "сообщает агентство со ссылкой на сайт Национального банка Казахстана."
    )
    [memo] = draft.memoranda
    assert "Национальный банк Казахстана" not in memo.parties


def test_a_plural_document_noun_before_a_colon_lists_one_document_per_item() -> None:
    draft = draft_of(
        "Регионы подписали дорожные карты\n"
        "Акимат Павлодарской области и Правительство Томской области подписали дорожные карты: "
        "по развитию торговли; о научном и культурном сотрудничестве на 2024-2026 годы.\n"
        "Документы подписали аким Павлодарской области Асаин Байханов и губернатор Томской "
        "области Владимир Мазур."
    )
    titles = sorted(m.title for m in draft.memoranda)
    assert titles == [
        "Дорожная карта о научном и культурном сотрудничестве на 2024-2026 годы",
        "Дорожная карта по развитию торговли",
    ]
    sides = {"Акимат Павлодарской области", "Правительство Томской области"}
    assert all(set(m.parties) == sides for m in draft.memoranda)


def test_a_colon_after_a_singular_document_lists_nothing() -> None:
    draft = draft_of(
        "Подписан меморандум\n"
        "Акимат Костанайской области и Правительство Курганской области подписали меморандум: "
        "стороны будут развивать торговлю; откроются новые рейсы."
    )
    assert len(draft.memoranda) == 1


def test_heads_of_governments_sign_for_their_governments() -> None:
    draft = draft_of(
        "Визит в Минск\n"
        "В присутствии глав правительств Армении и Казахстана подписано соглашение о "
        "взаимной защите инвестиций."
    )
    [memo] = draft.memoranda
    # the governments as the text names them, not a second, full name beside them
    assert set(memo.parties) == {"Правительство Армении", "Правительство Казахстана"}


def test_a_country_written_short_keeps_its_short_government_name() -> None:
    draft = draft_of(
        "Договор о зерне\nКазахстан и США подписали межправительственное соглашение о "
        "поставках пшеницы. "
        "Правительство США выделит средства на лаборатории."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Правительство Республики Казахстан", "Правительство США"}
    names = [o.name for o in draft.organizations]
    assert "Правительство Соединенных Штатов Америки" not in names


def test_a_body_named_right_after_a_summit_stays_a_name_of_its_own() -> None:
    draft = draft_of(
        "Энергетики подписали меморандум\n"
        "На полях саммита Совета сотрудничества тюркоязычных государств Министерство энергетики "
        "Казахстана и Министерство энергетики Азербайджана подписали меморандум о ветровой "
        "энергетике."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Министерство энергетики Казахстана",
        "Министерство энергетики Азербайджана",
    }


def test_the_next_clause_subject_is_no_part_of_a_document_title() -> None:
    draft = draft_of(
        "Университеты договорились\n"
        "Евразийский национальный университет и Университет Анкары подписали меморандум о "
        "совместных программах. После подписания меморандума ректоры университетов посадили "
        "деревья."
    )
    assert [m.title for m in draft.memoranda] == ["Меморандум о совместных программах"]


def test_a_span_of_years_stays_in_the_title() -> None:
    draft = draft_of(
        "Регионы утвердили план\n"
        "Акимат Костанайской области и Правительство Челябинской области подписали план "
        "мероприятий на 2026–2028 годы."
    )
    assert [m.title for m in draft.memoranda] == ["План мероприятий на 2026–2028 годы"]


def test_common_words_opening_a_headline_are_no_organization() -> None:
    draft = draft_of(
        "Руководители областей подписали соглашение\n"
        "Аким Туркестанской области Дархан Сатыбалды и хоким Ташкентской области Зойир Мирзаев "
        "подписали соглашение о приграничной торговле."
    )
    names = {o.name.casefold() for o in draft.organizations}
    assert not any(n.startswith("руководител") for n in names)


def test_countries_after_mezhdu_give_an_intergovernmental_document_their_governments() -> None:
    draft = draft_of(
        "Подписаны документы\n"
        "В ходе визита подписано межправительственное соглашение между Казахстаном и "
        "Таджикистаном о транзите электроэнергии."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Республики Таджикистан",
    }


def test_countries_after_an_opening_phrase_still_sign() -> None:
    draft = draft_of(
        "Подписан протокол\n"
        "Кроме того, Казахстан и Туркменистан подписали межправительственный протокол о "
        "делимитации границы."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {
        "Правительство Республики Казахстан",
        "Правительство Туркменистана",
    }


def test_a_bare_noun_in_the_next_sentence_gives_the_sides_of_the_document() -> None:
    draft = draft_of(
        "Новый план сотрудничества\n"
        "Сегодня состоялось подписание плана мероприятий по развитию торговли между нашими "
        "регионами на 2025–2027 годы.\n"
        "Соглашение подписали губернатор Курганской области Вадим Шумков и аким "
        "Костанайской области Кумар Аксакалов."
    )
    [memo] = draft.memoranda
    assert memo.title.startswith("План мероприятий по развитию торговли")
    assert memo.title.endswith("на 2025–2027 годы")
    assert set(memo.parties) == {
        "Правительство Курганской области",
        "Акимат Костанайской области",
    }
