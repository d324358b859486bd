"""Names that are no partner of their own (issue 19, fifth pass): a capitalized plural of a
type word ("Educational Institutions"), an event series ("Medicine Days"), a commission named
only as the thing that meets, a body implied by a title that the text already names with
another spelling of its country, and a company's plural name taken for a person."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_a_capitalized_plural_of_a_type_word_names_no_one() -> None:
    draft = english_draft(
        "Lakeside University Signs Memorandum with Local Schools and Educational Institutions\n\n"
        "Lakeside University signed a memorandum with several schools of the city."
    )
    names = _names(draft)
    assert "Lakeside University" in names
    assert not any("Institutions" in n or "Schools" in n for n in names)


def test_an_event_series_is_no_organization() -> None:
    draft = english_draft(
        "Health news\n\n"
        "The Ministry of Health of Ruritania and Northfield Clinic agreed to hold Ruritania "
        "Nursing Days in Northfield next year."
    )
    names = _names(draft)
    assert "Northfield Clinic" in names
    assert not any(n.endswith("Days") for n in names)


def test_a_commission_named_only_as_a_meeting_is_an_event() -> None:
    draft = english_draft(
        "Trade news\n\n"
        "The 9th meeting of the Ruritania-Borduria Intergovernmental Commission on Trade "
        "was held in Astana. Minister of Trade of Ruritania Otto Brandt met with the "
        "Borduria Steel Company."
    )
    names = _names(draft)
    assert "Borduria Steel Company" in names
    assert not any("Commission" in n for n in names)


def test_a_commission_that_signs_stays() -> None:
    draft = english_draft(
        "Trade news\n\n"
        "The Ruritania Securities Commission and the Borduria Steel Company signed a "
        "memorandum of understanding. The 2nd session of the Ruritania Securities "
        "Commission followed."
    )
    assert "Ruritania Securities Commission" in _names(draft)


def test_an_embassy_implied_by_an_ambassador_is_the_one_named() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "With the support of the Embassy of the Kyrgyz Republic, Northfield Clinic "
        "signed a memorandum with Lakeside Hospital. Ambassador of Kyrgyzstan to South Korea "
        "Aida Bekova attended the ceremony."
    )
    embassies = [n for n in _names(draft) if n.startswith("Embassy")]
    assert embassies == ["Embassy of the Kyrgyz Republic"]
    bekova = next(p for p in draft.people if p.name == "Aida Bekova")
    assert bekova.organization == "Embassy of the Kyrgyz Republic"


def test_a_plural_company_name_is_no_person() -> None:
    draft = english_draft(
        "Lab news\n\n"
        "Lakeside Hospital of the Ministry of Health and Northfield Clinical Laboratories "
        "signed a memorandum on joint testing."
    )
    assert not any("Laboratories" in p.name for p in draft.people)


def test_a_name_with_its_patronymic_is_a_person_not_an_organization() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "Rector Arman Serikov and Director-General of the regional eye clinic Aigul Bekova "
        "Maratovna agreed to cooperate."
    )
    assert not any("Maratovna" in n for n in _names(draft))


def test_fields_before_a_type_word_never_take_the_end_of_another_name() -> None:
    draft = english_draft(
        "Seminar news\n\n"
        "The seminar, organized by the Lakeside Council for Higher Education and UK Embassy, "
        "took place in Astana."
    )
    names = _names(draft)
    assert "UK Embassy" in names
    assert not any(n.startswith("Education and") for n in names)


def test_an_irish_surname_with_a_title_after_it_is_a_person() -> None:
    draft = english_draft(
        "Media news\n\n"
        "Minister of Information Dana Serik met with Liam O'Brien, EVP International Sales at "
        "Northwind Media, in London."
    )
    assert "Liam O'Brien" in {p.name for p in draft.people}
    assert "Liam O'Brien" not in _names(draft)


def test_a_news_agency_that_signs_is_a_partner() -> None:
    draft = english_draft(
        "Agencies sign memorandum\n\n"
        "The Steppe International News Agency and the Lakeside News Agency signed a "
        "memorandum on news exchange, Steppe correspondent reports. The memorandum replaces "
        "the agreement between Steppe and Lakeside of 2004."
    )
    names = _names(draft)
    assert {"Steppe International News Agency", "Lakeside News Agency"} <= names
    assert "Steppe" not in names


def test_a_news_agency_that_only_reports_is_no_partner() -> None:
    draft = english_draft(
        "Universities sign memorandum\n\n"
        "Lakeside University and Northfield University signed a memorandum, the Steppe "
        "News Agency reports."
    )
    assert not any("News Agency" in n for n in _names(draft))


def test_a_company_abbreviation_ends_no_persons_name() -> None:
    draft = english_draft(
        "Plant news\n\n"
        "Governor of Kyzylorda region Arman Serikov held talks with President of Lakeside "
        "Glass Engineering Co., Ltd and Co-President of Northfield Building Material Co., "
        "Mr. Wei Lin."
    )
    assert not any(p.name.endswith("Co") for p in draft.people)


def test_an_embassy_in_short_is_the_one_named_in_full() -> None:
    draft = english_draft(
        "Forum news\n\n"
        "The Embassy of Kazakhstan in Japan hosted a business forum in Tokyo. Ambassador of "
        "Kazakhstan to Japan Arman Serik opened it. The Kazakh Embassy invited 50 companies."
    )
    embassies = [o for o in draft.organizations if "Embassy" in o.name]
    assert [o.name for o in embassies] == ["Embassy of Kazakhstan in Japan"]
    assert "Kazakh Embassy" in embassies[0].aliases


def test_a_full_name_whose_surname_speaks_later_is_a_person() -> None:
    draft = english_draft(
        "Port news\n\n"
        "Chairman of Lakeside Rail Arman Serik met with Omar Haddad of Northfield Ports Group "
        "in Astana. Haddad noted the importance of the Middle Corridor."
    )
    assert "Omar Haddad" not in _names(draft)
    assert "Northfield Ports Group" in _names(draft)
    haddad = next(p for p in draft.people if p.name == "Omar Haddad")
    assert haddad.organization == "Northfield Ports Group"


def test_a_company_named_like_a_person_stays_without_an_echo() -> None:
    draft = english_draft(
        "Tea news\n\n"
        "Lakeside Foods signed a supply deal with Harris Tweed. Harris Tweed will ship "
        "2,000 tonnes a year."
    )
    assert "Harris Tweed" in _names(draft)


def test_a_camel_case_brand_after_and_is_an_organization_of_its_own() -> None:
    draft = english_draft(
        "Wind news\n\n"
        "The Ministry of Energy and NorthWind agreed on a wind project. The Ministry of "
        "Culture and Sports opened a museum."
    )
    names = _names(draft)
    assert {"Ministry of Energy", "NorthWind"} <= names
    assert "Ministry of Culture and Sports" in names


def test_a_name_after_at_the_is_a_place_not_a_person_or_a_partner() -> None:
    draft = english_draft(
        "Visit news\n\n"
        "Arman Serik met with Governor of Lombardy Marco Bianchi at the Palazzo Verdi. "
        "Lakeside Foods signed a supply deal."
    )
    assert "Palazzo Verdi" not in {p.name for p in draft.people}
    assert "Palazzo Verdi" not in _names(draft)


def test_an_acronym_that_speaks_later_is_no_surname() -> None:
    draft = english_draft(
        "Rector news\n\n"
        "Rector of Lakeside SU Arman Serik visited Northfield University. The rector of "
        "SU told about the double degree programme."
    )
    assert "Lakeside SU" not in {p.name for p in draft.people}


def test_a_bare_unit_names_no_partner() -> None:
    draft = english_draft(
        "Health news\n\n"
        "Representatives of the Lakeside Health Union (LHU) Country Office in Astana "
        "attended the meeting with Northfield Clinic."
    )
    assert "Country Office" not in _names(draft)


def test_a_country_in_the_possessive_owns_the_ministers_ministry() -> None:
    draft = english_draft(
        "Energy news\n\n"
        "Uzbekistan's Minister of Energy Jurabek Tursunov met with the delegation of "
        "Lakeside Power."
    )
    tursunov = next(p for p in draft.people if p.name == "Jurabek Tursunov")
    assert tursunov.organization == "Ministry of Energy of Uzbekistan"
    assert "Ministry of Energy of Uzbekistan" in _names(draft)


def test_a_nationality_before_a_companys_own_name_is_its_country() -> None:
    draft = english_draft(
        "Energy news\n\n"
        "French NorthWind and Turkish Omtis Deniz Makina signed an agreement with Kazakh Invest."
    )
    by_name = {o.name: o for o in draft.organizations}
    assert {"NorthWind", "Omtis Deniz Makina", "Kazakh Invest"} <= set(by_name)
    assert by_name["NorthWind"].country == "France"


def test_a_surname_written_first_and_alone_is_the_person_not_a_company() -> None:
    draft = english_draft(
        "Talks news\n\n"
        "Foreign Minister of Ruritania Otto Brandt held talks with Chinese Foreign Minister "
        "Wang Yi. Brandt and Wang discussed trade."
    )
    assert "Wang" not in _names(draft)


def test_an_acronym_inside_a_ministrys_portfolio_keeps_the_name_whole() -> None:
    draft = english_draft(
        "Science news\n\n"
        "The Ministry of Science and ICT of the Republic of Korea and Lakeside University "
        "signed a memorandum."
    )
    assert "Ministry of Science and ICT of the Republic of Korea" in _names(draft)


def test_a_department_in_a_title_folds_into_its_university() -> None:
    draft = english_draft(
        "University news\n\n"
        "Head of the Department of International Cooperation of Lakeside University Aigul "
        "Serikova met with the delegation of Northfield University."
    )
    names = _names(draft)
    assert "Lakeside University" in names
    assert not any(n.startswith("Department") for n in names)
    serikova = next(p for p in draft.people if p.name == "Aigul Serikova")
    assert serikova.organization == "Lakeside University"


def test_a_quoted_name_with_a_description_after_it_is_the_organization() -> None:
    draft = english_draft(
        "Tourism news\n\n"
        "“Steppe Travel” National Company JSC and Lakeside Airlines signed a memorandum."
    )
    names = _names(draft)
    assert "Steppe Travel" in names
    assert not any(n.startswith("National Company") for n in names)


def test_state_before_a_type_word_belongs_to_the_name() -> None:
    draft = english_draft(
        "Visit news\n\n"
        "Vice Premier of the State Council of Ruritania Otto Brandt will visit Astana."
    )
    assert "State Council of Ruritania" in _names(draft)
    brandt = next(p for p in draft.people if p.name == "Otto Brandt")
    assert brandt.title == "Vice Premier"


def test_a_name_after_a_lower_case_fund_is_an_organization() -> None:
    draft = english_draft(
        "Fund news\n\n"
        "Ruritania's sovereign wealth fund Steppe-Kazyna and the Lakeside Investment "
        "Authority discussed joint projects."
    )
    assert "Steppe-Kazyna" in _names(draft)


def test_the_defined_term_parties_is_no_partner() -> None:
    draft = english_draft(
        "Memorandum between two space agencies\n\n"
        "The Tarbagatai Space Agency and the Lindholm Space Agency, hereinafter referred to as "
        "«Parties», have signed a Memorandum of Understanding on cooperation in space research."
    )
    assert "Parties" not in _names(draft)
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Tarbagatai Space Agency", "Lindholm Space Agency"}
    ]


def test_a_menu_word_and_a_headline_verb_are_no_partners() -> None:
    draft = english_draft(
        "Think tanks of two countries signed a memorandum\nMain page » News\n\n"
        "The Tarbagatai Institute for Policy Research signed a memorandum of cooperation with "
        "the Lindholm Centre for Policy Studies on 3 March 2025."
    )
    names = _names(draft)
    assert "Think" not in names and "Main" not in names
