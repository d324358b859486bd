"""Russian rules checked on kinds of pages the corpus's outlets did not show: a document between
two sides in one phrase, a planned signing, wire datelines, a ministry of two countries, a
bundle of documents, one document told twice."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract.russian.dates import dates_in, publication_date
from tests.importing.drafting import draft_of
from tests.importing.test_russian_general_rules import _names


def test_a_document_between_two_universities_is_one_memorandum_with_both() -> None:
    draft = draft_of(
        "Вузы договорились о сотрудничестве\n"
        "12 марта 2024 года в Алматы состоялось подписание Соглашения о сотрудничестве между "
        "Карагандинским техническим университетом (КарТУ) и Новосибирским государственным "
        "университетом (НГУ). Документ подписали ректоры двух вузов."
    )
    assert len(draft.memoranda) == 1
    assert len(draft.memoranda[0].parties) == 2


def test_a_signing_only_scheduled_is_a_planned_milestone_not_a_memorandum() -> None:
    draft = draft_of(
        "Губернатор провинции приедет в Павлодар\n"
        "На время визита запланировано подписание Меморандума о дружбе между Павлодарской "
        "областью и провинцией Ляонин. Губернатор встретится с акимом области."
    )
    assert draft.memoranda == []
    assert any(m.status == "planned" and "Меморандум" in m.title for m in draft.milestones)


def test_numeric_dates_with_dashes_and_two_digit_years() -> None:
    assert publication_date("Дата: 09:10, 14-02-2019.\nТекст") == PartialDate(2019, 2, 14)
    assert publication_date("Бишкек, 05.06.17. /Агентство/ Текст") == PartialDate(2017, 6, 5)
    assert [d.date for d in dates_in("подписан 3.4.2022 в Астане", None)] == [
        PartialDate(2022, 4, 3)
    ]
    assert [d.date for d in dates_in("версия 1.2.3 программы", None)] == []


def test_a_wire_agency_reporting_is_an_outlet_wherever_it_is_named() -> None:
    draft = draft_of(
        "Ташкент. 4 мая. ТАГУЗ – Министерства энергетики Узбекистана и Казахстана подписали "
        "соглашение о поставках электроэнергии, сообщает Телеграфное агентство Узбекистана "
        "(ТАГУЗ)."
    )
    names = _names(draft)
    assert "ТАГУЗ" not in names
    assert "Министерство энергетики Узбекистана" in names
    assert "Министерство энергетики Казахстана" in names
    assert sorted(draft.memoranda[0].parties) == [
        "Министерство энергетики Казахстана",
        "Министерство энергетики Узбекистана",
    ]


def test_a_ministry_reporting_through_its_press_service_still_acts() -> None:
    draft = draft_of(
        "Как сообщает пресс-служба Министерства просвещения, в Астане Министерство "
        "просвещения и ЮНИСЕФ подписали меморандум о школьном питании."
    )
    assert any(n.startswith("Министерство просвещения") for n in _names(draft))


def test_a_contracted_ministry_name_with_its_country_joins_the_full_name() -> None:
    draft = draft_of(
        "Минэнерго Узбекистана подписало соглашение\n"
        "Министерство энергетики Узбекистана и компания ACWA Power подписали соглашение о "
        "строительстве станции."
    )
    assert "Минэнерго Узбекистана" not in _names(draft)


def test_a_bundle_of_documents_is_no_single_memorandum() -> None:
    draft = draft_of(
        "Итоги форума\n"
        "Во время форума регионы подписали 12 соглашений на сумму 300 млн долларов. "
        "Были заключены несколько контрактов на поставку зерна."
    )
    assert draft.memoranda == []


def test_a_document_between_named_sides_takes_no_other_side() -> None:
    draft = draft_of(
        "Компании договорились\n"
        "Компания Alpha Seeds подписала соглашение с акиматом Костанайской области. "
        "Также был заключен договор между компанией Beta Grain и Gamma Logistics о перевозках."
    )
    second = draft.memoranda[-1]
    assert "Alpha Seeds" not in second.parties


def test_one_document_named_twice_in_other_words_is_one_memorandum() -> None:
    draft = draft_of(
        "Республика и университет подписали соглашение\n"
        "Глава республики и ректор подписали соглашение о сотрудничестве между республикой и "
        "университетом. 5 мая Глава Республики Башкортостан посетил Казанский федеральный "
        "университет. Затем состоялось подписание соглашения о сотрудничестве между "
        "Республикой Башкортостан и Казанским федеральным университетом."
    )
    assert len(draft.memoranda) == 1


def test_a_platform_posted_on_is_a_place_but_the_company_acts() -> None:
    posted = draft_of(
        "Посол сообщил о визите\n"
        "Посол Казахстана в Италии Марат Есенов написал в Facebook, что делегация посетит Рим."
    )
    assert "Facebook" not in _names(posted)
    acting = draft_of(
        "Министерство цифрового развития Казахстана и Telegram подписали меморандум о "
        "противодействии мошенничеству."
    )
    assert "Telegram" in _names(acting)


def test_two_documents_signed_together_are_two_memoranda_with_titles_of_their_own() -> None:
    draft = draft_of(
        "Аграрии двух стран договорились\n"
        "Министерства сельского хозяйства Таджикистана и Казахстана подписали дорожную карту и "
        "соглашение о карантине растений."
    )
    assert sorted(m.title for m in draft.memoranda)[0] == "Дорожная карта"
    assert len(draft.memoranda) == 2


def test_a_parliament_ratifying_a_document_is_no_side_of_it() -> None:
    draft = draft_of(
        "Сенат ратифицировал соглашение\n"
        "Сенат Казахстана ратифицировал соглашение о воздушном сообщении, подписанное в марте "
        "2025 года."
    )
    assert draft.memoranda[0].parties == []
    assert any(o.name.startswith("Сенат") for o in draft.organizations)


def test_a_latin_company_name_closed_by_a_company_word_is_found() -> None:
    draft = draft_of(
        "Поставки зерна\n"
        "На форуме были заключены контракты на поставку пшеницы и договор между ТОО «Степь Агро» "
        "и Harbin Golden Grain Trading Co Ltd о поставках ячменя."
    )
    assert "Harbin Golden Grain Trading Co Ltd" in _names(draft)
    contract, treaty = draft.memoranda
    assert contract.parties == []
    assert len(treaty.parties) == 2


def test_a_name_after_a_title_in_the_genitive_is_one_person() -> None:
    draft = draft_of(
        "Аким принял ректора\n"
        "Аким области принял ректора Торайгыров университета Ержана Абдрахманова. "
        "Как отметил Ержан Абдрахманов, вуз откроет новый кампус."
    )
    assert [p.name for p in draft.people if "Абдрахман" in p.name] == ["Ержан Абдрахманов"]


def test_a_form_of_address_is_neither_title_nor_name() -> None:
    draft = draft_of(
        "Прием в посольстве\n"
        "На приеме выступил посол Италии в Казахстане Его Превосходительство Марко Росси."
    )
    person = next(p for p in draft.people if p.name == "Марко Росси")
    assert person.title == "посол Италии в Казахстане"
    assert all("Превосходительство" not in o.name for o in draft.organizations)


def test_a_weekday_is_dated_to_the_month_of_the_latest_such_day() -> None:
    stamp = PartialDate(2023, 3, 2)  # a Thursday: the Monday before it is in February
    assert [d.date for d in dates_in("в понедельник прошла встреча", stamp)] == [
        PartialDate(2023, 2)
    ]
    assert [d.date for d in dates_in("в среду прошла встреча", stamp)] == [PartialDate(2023, 3)]


def test_the_person_a_body_is_named_after_is_part_of_its_name() -> None:
    draft = draft_of(
        "Меморандум подписан\n"
        "Фонд имени Абая Кунанбаева и Евразийский университет подписали меморандум о "
        "переводах книг."
    )
    assert all("Абай" not in p.name for p in draft.people)


def test_a_city_opening_a_wire_dateline_is_a_place_and_short_months_are_read() -> None:
    draft = draft_of(
        "Сенат одобрил соглашение\n"
        "ШЫМКЕНТ, 14 фев - Агентство. Правительства Казахстана и Туркменистана подписали "
        "соглашение о транзите газа."
    )
    assert "ШЫМКЕНТ" not in _names(draft)
    assert [d.date for d in dates_in("5 окт. 2023 года", None)] == [PartialDate(2023, 10, 5)]


def test_a_venue_named_by_its_adjective_first_is_a_place() -> None:
    draft = draft_of(
        "Встреча в Астане\n"
        "Министерство энергетики Казахстана и компания Orsted подписали соглашение о ветровых "
        "станциях. Церемония прошла в Смольном дворце."
    )
    assert all("дворец" not in n.casefold() for n in _names(draft))


def test_an_intergovernmental_agreement_named_again_is_the_same_document() -> None:
    draft = draft_of(
        "Ратификация\n"
        "Парламент ратифицировал соглашение между правительствами Казахстана и Таджикистана о "
        "водных ресурсах. Межправительственное соглашение было подписано 3 марта 2023 года."
    )
    assert len(draft.memoranda) == 1
    assert draft.memoranda[0].signed_on == PartialDate(2023, 3, 3)


def test_a_foreign_name_after_the_type_noun_makes_the_organization() -> None:
    draft = draft_of(
        "Визит делегации\n"
        "В Торайгыров университет прибыла делегация Университета Шихэцзы. По итогам визита "
        "стороны подписали меморандум о сотрудничестве."
    )
    assert any(n.startswith("Университет Шихэцзы") for n in _names(draft))
    assert len(draft.memoranda[0].parties) == 2


def test_a_board_and_a_title_after_a_name_are_no_organizations() -> None:
    draft = draft_of(
        "Гости из Китая\n"
        "Делегацию во главе с президентом Университета Ланьчжоу профессором Ли Мином приняла "
        "член правления университета Айгуль Серикова."
    )
    names = _names(draft)
    assert "Правление" not in names
    assert all(not n.endswith("профессором") for n in names)


def test_a_document_signed_before_and_ratified_now_takes_its_signers_and_year() -> None:
    draft = draft_of(
        "Сенат ратифицировал соглашение\n"
        "Сенат утвердил соглашение о деятельности филиала Уральского университета в Актобе. "
        "Сам документ в 2023 году подписали министр науки и высшего образования РК Аслан "
        "Жумабеков и замминистра науки и высшего образования РФ Олег Петров."
    )
    memo = draft.memoranda[0]
    assert all("Сенат" not in p for p in memo.parties)
    assert len(memo.parties) == 2
    assert memo.signed_on == PartialDate(2023)


def test_a_date_of_what_a_document_plans_is_not_its_signing_date() -> None:
    draft = draft_of(
        "Элеватор построят\n"
        "Акимат Павлодарской области и компания Nordic Grain Holding подписали меморандум о "
        "строительстве элеватора, который планируется ввести в эксплуатацию в 2028 году."
    )
    assert draft.memoranda[0].signed_on is None
    assert any(m.date == PartialDate(2028) for m in draft.milestones)


def test_a_parliament_chamber_named_short_joins_its_full_name() -> None:
    draft = draft_of(
        "Мажилис одобрил соглашение\n"
        "Мажилис Парламента Республики Казахстан одобрил соглашение между правительствами "
        "Казахстана и Кыргызстана о границе."
    )
    assert [n for n in _names(draft) if n.startswith("Мажилис")] == [
        "Мажилис Парламента Республики Казахстан"
    ]


def test_work_from_one_year_to_another_is_dated_from_its_start() -> None:
    assert [d.date for d in dates_in("строительство кампуса с 2025 по 2027 год", None)] == [
        PartialDate(2025)
    ]


def test_a_short_name_joins_the_full_one_that_bears_a_name() -> None:
    draft = draft_of(
        "Соглашение с университетом\n"
        "Правительство Омской области и Новосибирский государственный университет им. И.И. "
        "Иванова подписали соглашение. Новосибирский университет откроет центр в Омске."
    )
    assert [n for n in _names(draft) if n.startswith("Новосибирский")] == [
        "Новосибирский государственный университет им. И.И. Иванова"
    ]


def test_an_event_or_programme_name_is_no_organization_but_a_body_after_it_is() -> None:
    draft = draft_of(
        "Итоги форума\n"
        "На форуме «AGROINVEST-2024» подписан меморандум по программе «Green Steppe». "
        "В рамках международного форума Министерство сельского хозяйства Республики Казахстан "
        "подписало соглашение с компанией Cargill."
    )
    names = _names(draft)
    assert "AGROINVEST-2024" not in names and "Green Steppe" not in names
    assert "Министерство сельского хозяйства Республики Казахстан" in names


def test_the_date_a_signing_participle_gives_is_the_documents_not_the_meetings() -> None:
    draft = draft_of(
        "Министры обсудили сотрудничество\n"
        "Министр энергетики Казахстана Алмасадам Саткалиев провел встречу с министром энергетики "
        "Узбекистана Журабеком Мирзамахмудовым. Стороны обсудили реализацию подписанного 5 мая "
        "2024 года соглашения о поставках электроэнергии. С начала текущего года поставки "
        "выросли вдвое."
    )
    assert all(m.date != PartialDate(2024, 5, 5) for m in draft.milestones)
    assert all(not m.title.startswith("Начало") for m in draft.milestones)


def test_a_signing_told_right_after_a_place_dateline_takes_its_date() -> None:
    draft = draft_of(
        "Меморандум о ветровой энергетике\n\n"
        "Астана, 14 марта 2025 года. Министерство энергетики Республики Казахстан и компания "
        "Orsted подписали меморандум о развитии ветровой энергетики."
    )
    assert draft.memoranda[0].signed_on == PartialDate(2025, 3, 14)


def test_a_kazakh_month_stamp_on_a_russian_page_dates_it() -> None:
    assert publication_date("kaznu.kz\n\n12 қараша, 2023\n\nТекст новости") == PartialDate(
        2023, 11, 12
    )
