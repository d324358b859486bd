"""English organization and people rules from the sixth pass on held-out real pages (issue 19),
each on sentences written for the test: a brand that signs "a Memorandum", a CamelCase company
before a title, a title closed by an acronym in brackets, a Kazakh counterpart's government, a
head of state's country that is no company, a government by its own name, a legal form after
a country, and a school named with no university."""

from __future__ import annotations

from kztracker.importing.draft import Document, Draft, DraftPerson
from kztracker.importing.extract import extract
from kztracker.importing.extract.gazetteer import KnownName, KnownNames
from tests.importing.drafting import english_draft


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def _person(draft: Draft, name: str) -> DraftPerson:
    return next(p for p in draft.people if p.name == name)


def test_a_brand_that_signs_a_capitalized_memorandum_is_an_organization() -> None:
    draft = english_draft(
        "Energy news\n\n"
        "Kazakhstan's national gas carrier and Norway's Fjordnet on 2 May signed a Memorandum "
        "of Understanding on pipeline maintenance."
    )
    assert "Fjordnet" in _names(draft)


def test_a_camel_case_company_before_a_title_opening_the_sentence_is_named() -> None:
    draft = english_draft(
        "Mining news\n\n"
        "GlimmerStahl Chairman Otto Brandt and Steppe Ore Company President Aidos Karimov met "
        "in Astana on 3 May 2026 to discuss a smelter."
    )
    assert "GlimmerStahl" in _names(draft)
    assert _person(draft, "Otto Brandt").organization == "GlimmerStahl"


def test_a_title_closed_by_an_acronym_in_brackets_and_a_comma_keeps_its_holder() -> None:
    draft = english_draft(
        "Uranium news\n\n"
        "A meeting took place between Chairman of the Board of Steppe Uranium Company (SUC), "
        "Aidos Karimov, and the visiting delegation of Nordlicht Energy GmbH."
    )
    karimov = _person(draft, "Aidos Karimov")
    assert karimov.title == "Chairman of the Board"
    assert karimov.organization == "Steppe Uranium Company"


def test_a_kazakh_counterpart_of_a_prime_minister_heads_the_government_of_kazakhstan() -> None:
    draft = english_draft(
        "Visit news\n\n"
        "Prime Minister of Georgia Levan Tsiklauri met with his Kazakh counterpart Nurlan "
        "Abenov in Tbilisi on 4 March 2026."
    )
    abenov = _person(draft, "Nurlan Abenov")
    assert abenov.title == "Prime Minister"
    assert abenov.organization == "Government of Kazakhstan"
    assert {"Government of Georgia", "Government of Kazakhstan"} <= _names(draft)


def test_a_head_of_state_does_not_work_for_a_company_named_after_the_country() -> None:
    draft = english_draft(
        "Aviation news\n\n"
        "Azerbaijan Airlines and Air Astana signed a code-share agreement on 5 March 2026. "
        "President of Azerbaijan Ilham Aliyev welcomed the agreement."
    )
    assert _person(draft, "Ilham Aliyev").organization is None


def test_a_government_implied_by_its_prime_minister_takes_its_own_name_in_the_text() -> None:
    draft = english_draft(
        "Visit news\n\n"
        "Prime Minister of Uzbekistan Bakhodir Nazarov received the Kazakh delegation on "
        "6 March 2026, the Uzbek Cabinet of Ministers reported."
    )
    assert "Cabinet of Ministers of Uzbekistan" in _names(draft)
    assert "Government of Uzbekistan" not in _names(draft)
    assert _person(draft, "Bakhodir Nazarov").organization == "Cabinet of Ministers of Uzbekistan"


def test_a_legal_form_after_a_country_stays_in_the_name_with_its_acronym() -> None:
    draft = english_draft(
        "Banking news\n\n"
        "The Steppe Development Bank and the Agricultural Bank of China Limited (ABCL) signed "
        "a loan agreement on 7 March 2026. ABCL will lend 200 million dollars."
    )
    bank = next(o for o in draft.organizations if o.name.startswith("Agricultural Bank"))
    assert bank.name == "Agricultural Bank of China Limited"
    assert "ABCL" in [bank.short_name, *bank.aliases]
    assert "ABCL" not in _names(draft)


def test_a_school_named_by_its_field_alone_folds_into_the_first_university() -> None:
    draft = english_draft(
        "University news\n\n"
        "Lakeside Technical University signed a memorandum of cooperation with Riverside State "
        "University on 8 March 2026. The meeting was attended by Dean of the School of "
        "Business Dana Omarova."
    )
    assert not any(o.name.startswith("School of") for o in draft.organizations)
    assert _person(draft, "Dana Omarova").organization == "Lakeside Technical University"


def test_a_consulate_general_is_one_name_and_its_adviser_works_there() -> None:
    draft = english_draft(
        "University news\n\n"
        "The university hosted representatives of the Consulate General of the Republic of "
        "Korea in Almaty, among them Adviser to the Consulate General of the Republic of Korea "
        "Kim Dohyun, on 9 March 2026."
    )
    consulate = next(o for o in draft.organizations if o.name.startswith("Consulate"))
    assert consulate.name.startswith("Consulate General of the Republic of Korea")
    assert _person(draft, "Kim Dohyun").organization == consulate.name


def test_a_title_listing_fields_does_not_lend_its_last_field_to_the_name() -> None:
    draft = english_draft(
        "University news\n\n"
        "Vice-Rector for Strategic Development, Science and International Cooperation Gulnar "
        "Abenova presented the university to the guests on 10 March 2026."
    )
    abenova = _person(draft, "Gulnar Abenova")
    assert (
        abenova.title
        == "Vice-Rector for Strategic Development, Science and International Cooperation"
    )


def test_a_company_told_only_over_a_long_past_span_is_background() -> None:
    draft = english_draft(
        "Energy news\n\n"
        "Steppe Oil Company and Nordlicht Energy GmbH signed a memorandum on 11 March 2026 in "
        "Astana. Three large fields are run by foreign majors, and Caspian Petroleum "
        "Corporation has also bought stakes in several Kazakh projects over the past two "
        "decades."
    )
    assert "Caspian Petroleum Corporation" not in _names(draft)
    assert {"Steppe Oil Company", "Nordlicht Energy GmbH"} <= _names(draft)


def test_ministries_of_several_fields_of_one_country_are_one_ministry_each() -> None:
    draft = english_draft(
        "Education news\n\n"
        "Lakeside University widens its links to the Ministries of Culture as well as "
        "Trade and Energy of the Republic of Korea, the rector said on 12 March 2026. It "
        "also works with the Ministries of Health and Defense of Mongolia."
    )
    korea = "of the Republic of Korea"
    assert {
        f"Ministry of Culture {korea}",
        f"Ministry of Trade and Energy {korea}",
        "Ministry of Health of Mongolia",
        "Ministry of Defense of Mongolia",
    } <= _names(draft)


def test_a_title_case_headline_verb_or_preposition_ends_a_name() -> None:
    draft = english_draft(
        "Lakeside University Selects Riverside School of Engineering as Strategic Partner\n\n"
        "Lakeside University has chosen the Riverside School of Engineering as its partner, "
        "the university said on 13 March 2026. Nordfjord Shipping AS signed a memorandum with "
        "Lakeside University on 14 March 2026."
    )
    names = _names(draft)
    assert {
        "Lakeside University",
        "Riverside School of Engineering",
        "Nordfjord Shipping AS",
    } <= names
    assert not any("Selects" in n for n in names)


def test_a_capitalized_description_is_no_name_and_a_state_company_keeps_state() -> None:
    draft = english_draft(
        "Energy news\n\n"
        "A Leading European University and the State Oil Company of Ruritania joined the "
        "Steppe Energy Forum on 15 March 2026."
    )
    names = _names(draft)
    assert "State Oil Company of Ruritania" in names
    assert not any("European University" in n for n in names)


def test_a_known_name_that_runs_on_into_a_longer_name_gives_way_to_it() -> None:
    known = KnownNames(organizations=[KnownName("Clarion", kind="company")])

    def names(body: str) -> set[str]:
        document = Document(f"Forum news\n\n{body}", "pasted", "pasted", language="en")
        return {o.name for o in extract(document, known).organizations}

    longer = names(
        "The forum on 16 March 2026 was attended by companies such as Elsevier, Clarion "
        "Analytics and Nordlicht Energy GmbH."
    )
    assert "Clarion Analytics" in longer and "Clarion" not in longer
    # a place after the known name is no longer name: "Clarion Central Asia" is Clarion
    assert "Clarion" in names("Clarion Central Asia signed a memorandum on 17 March 2026.")


def test_a_regions_government_in_lower_case_is_a_local_government() -> None:
    draft = english_draft(
        "Regional news\n\n"
        "An agreement on cooperation was signed on 18 March 2026 by the Pavlodar region akimat "
        "and Omsk oblast government."
    )
    assert "Omsk oblast government" in _names(draft)


def test_two_names_one_word_apart_are_two_unless_the_word_is_a_slip_of_the_pen() -> None:
    draft = english_draft(
        "University news\n\n"
        "The delegation toured partner schools such as Jeonbuk National University, "
        "Sogang University and Jeonju National University on 19 March 2026. "
        "It also met Wageningen University, written Waginengen University in the programme."
    )
    names = _names(draft)
    assert {"Jeonbuk National University", "Jeonju National University"} <= names
    assert len([n for n in names if n.startswith("Wag")]) == 1
