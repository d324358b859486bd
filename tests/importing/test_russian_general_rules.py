"""Russian rules that carry over between outlets: short forms joined to full names, what is not an
actor, sides told before a signing, relative weeks and months, events that frame a signing."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from kztracker.importing.extract.russian.dates import dates_in
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> list[str]:
    return [o.name for o in draft.organizations]


def test_a_contracted_ministry_name_joins_the_full_one() -> None:
    draft = draft_of(
        "Минфин и банк договорились о поддержке\n"
        "Астана, 3 апреля 2025 года. Министерство финансов Республики Казахстан и Азиатский банк "
        "развития подписали меморандум о поддержке реформы бюджета."
    )
    assert "Минфин" not in _names(draft)
    ministry = next(o for o in draft.organizations if o.name.startswith("Министерство финансов"))
    assert "Минфин" in ministry.aliases


def test_an_acronym_joins_a_body_implied_by_a_title_and_keeps_its_full_name() -> None:
    draft = draft_of(
        "Глава МИД встретился с послом Канады\n"
        "Министр иностранных дел Республики Казахстан Ерлан Касымов принял посла Канады. "
        "Стороны обсудили торговлю зерном."
    )
    assert "МИД" not in _names(draft)
    assert "Министерство иностранных дел Республики Казахстан" in _names(draft)


def test_an_acronym_reads_camel_case_and_kazakh_letters() -> None:
    draft = draft_of(
        "ҚТЖ подписала соглашение\n"
        "Национальная компания «Қазақстан темір жолы» подписала соглашение с компанией Maersk "
        "о контейнерных перевозках. Глава КТЖ назвал документ важным."
    )
    assert "КТЖ" not in _names(draft)


def test_a_legal_form_split_from_its_name_and_a_venue_are_no_organizations() -> None:
    draft = draft_of(
        "Больница подписала меморандум\n"
        "РГП на ПХВ «Республиканский диагностический центр» и клиника Шарите подписали в отеле "
        "Hilton меморандум о телемедицине."
    )
    names = _names(draft)
    assert "РГП" not in names and "Hilton" not in names
    assert "Республиканский диагностический центр" in names


def test_a_parent_named_right_after_its_subordinate_is_not_an_actor() -> None:
    draft = draft_of(
        "Новый партнер центра\n"
        "Делегация университета Лидса посетила Национальный центр детской реабилитации "
        "Министерства здравоохранения РК. Стороны подписали меморандум о реабилитации детей."
    )
    assert not any(n.startswith("Министерство здравоохранения") for n in _names(draft))


def test_a_description_before_a_latin_name_only_describes_it() -> None:
    draft = draft_of(
        "Соглашение о ветровой станции\n"
        "Акимат Жамбылской области и испанская энергетическая компания Iberdrola заключили "
        "соглашение о строительстве ветровой станции. Итальянская компания тоже проявила интерес."
    )
    names = _names(draft)
    assert "Iberdrola" in names
    assert not any(n.casefold().endswith("компания") for n in names)


def test_sides_of_a_meeting_sign_the_roadmap_that_follows() -> None:
    draft = draft_of(
        "Регионы утвердили дорожную карту\n"
        "Аким Костанайской области Кумар Аксакалов провел встречу с губернатором Челябинской "
        "области Алексеем Текслером. Стороны подписали дорожную карту по развитию торговли."
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Акимат Костанайской области", "Правительство Челябинской области"}


def test_sides_of_a_state_visit_are_not_guessed() -> None:
    draft = draft_of(
        "Министерство развивает связи\n"
        "Министр торговли Казахстана Арман Шаккалиев встретился с послом Вьетнама. Он напомнил о "
        "визите Президента Казахстана во Вьетнам. Тогда стороны подписали два соглашения."
    )
    assert all(memo.parties == [] for memo in draft.memoranda)


def test_between_two_kinds_of_body_means_the_ones_named_before() -> None:
    draft = draft_of(
        "Центр открыт\n"
        "Компания «Кселл» и Карагандинский университет Казпотребсоюза открыли центр связи. "
        "Между компанией и университетом также заключено соглашение о стажировках."
    )
    [memo] = draft.memoranda
    assert len(memo.parties) == 2


def test_relative_weeks_and_months_are_dated_to_their_month() -> None:
    reference = PartialDate(2025, 3, 3)
    found = {
        d.date
        for text in ("на прошлой неделе", "в прошлом месяце", "в следующем месяце")
        for d in dates_in(text, reference)
    }
    assert found == {PartialDate(2025, 2), PartialDate(2025, 4)}


def test_a_forum_a_document_was_signed_at_is_no_milestone() -> None:
    draft = draft_of(
        "Подписано соглашение\n"
        "Алматы, 12 мая 2025 года. В рамках Евразийского экономического форума Министерство "
        "транспорта Республики Казахстан подписало соглашение с компанией DP World."
    )
    assert not any(m.title.startswith("Форум") for m in draft.milestones)


def test_a_year_after_a_scheduling_word_is_a_date_and_a_plan_for_a_year_a_period() -> None:
    reference = PartialDate(2025, 3, 3)
    [scheduled] = dates_in("пуск станции запланирован на 2029 год", reference)
    [plan] = dates_in("утвержден план работ на 2026 год", reference)
    assert (scheduled.date, scheduled.period) == (PartialDate(2029), False)
    assert (plan.date, plan.period) == (None, True)


def test_a_meeting_in_the_lead_takes_the_dateline_date() -> None:
    draft = draft_of(
        "Министр провел встречу с делегацией\n"
        "Астана, 14 октября 2025 года\n"
        "Министр энергетики Республики Казахстан Ерлан Аккенженов встретился с вице-президентом "
        "компании TotalEnergies Жаном Дюпоном. Стороны обсудили проекты в сфере газа."
    )
    meetings = [m for m in draft.milestones if m.title.startswith("Встреча")]
    assert [m.date for m in meetings] == [PartialDate(2025, 10, 14)]


def test_what_is_being_built_is_no_actor() -> None:
    draft = draft_of(
        "Университет и фонд договорились\n"
        "Павлодарский педагогический университет и фонд «Болашак» подписали соглашение. "
        "Стороны начнут строительство Центра цифрового обучения в 2026 году."
    )
    assert not any(n.startswith("Центр") for n in _names(draft))


def test_a_long_memorandum_title_is_not_cut_on_a_preposition() -> None:
    draft = draft_of(
        "Министерство сельского хозяйства Казахстана и Университет Тарту подписали меморандум "
        "о взаимопонимании по созданию совместной лаборатории агробиотехнологий и обмену "
        "студентами и преподавателями между вузами."
    )
    [memo] = draft.memoranda
    assert memo.title.startswith("Меморандум о взаимопонимании")
    last = memo.title.split()[-1].casefold()
    assert last not in {"между", "с", "со", "и", "по", "о", "в", "на", "для", "из"}, memo.title
