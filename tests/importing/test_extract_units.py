"""Parents and units of an organization: a parent written only inside a subordinate's official
name is no partner of its own, and a unit of an organization found in the text that signs
nothing speaks for that organization (the corpus guide's rules)."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract
from tests.importing.drafting import english_draft


def test_a_parent_written_only_inside_a_subordinate_name_is_no_partner() -> None:
    draft = english_draft(
        "Seed bank news\n\n"
        "The Steppe Seed Bank and the Grain Committee of the Ministry of Farming of Ruritania "
        "signed a memorandum on seed exchange. The Steppe Seed Bank will send 40 samples."
    )
    names = {o.name for o in draft.organizations}
    assert "Ministry of Farming of Ruritania" not in names
    committee = next(o for o in draft.organizations if o.name.startswith("Grain Committee"))
    assert committee.parent == "Ministry of Farming of Ruritania"


def test_a_parent_whose_minister_signs_stays() -> None:
    draft = english_draft(
        "Seed bank news\n\n"
        "The Steppe Seed Bank and the Grain Committee of the Ministry of Farming of Ruritania "
        "signed a memorandum on seed exchange. It was signed by the Minister of Farming "
        "Otto Brandt."
    )
    assert "Ministry of Farming of Ruritania" in {o.name for o in draft.organizations}


def test_a_unit_that_signs_nothing_speaks_for_its_university() -> None:
    draft = english_draft(
        "University news\n\n"
        "Rector of Lakeside Technical University Anna Berg met Tom Hale, Director of the "
        "Materials Center of the Northfield University. Lakeside Technical University "
        "and Northfield University signed a memorandum on joint research. The sides "
        "also opened the Higher School of Robotics at the Northfield University."
    )
    names = {o.name for o in draft.organizations}
    assert "Northfield University" in names
    assert not any(n.startswith(("Materials Center", "Higher School")) for n in names)
    hale = next(p for p in draft.people if p.name == "Tom Hale")
    assert hale.organization == "Northfield University"


def test_a_unit_that_signs_stays_a_partner() -> None:
    draft = english_draft(
        "Research news\n\n"
        "The Materials Center of the Northfield University and Lakeside Technical "
        "University signed a memorandum on joint research. Northfield University "
        "hosted the ceremony."
    )
    assert any(o.name.startswith("Materials Center") for o in draft.organizations)


def test_sights_toured_are_no_partners() -> None:
    draft = english_draft(
        "Culture news\n\n"
        "The National Gallery of Ruritania and the Palace Museum Foundation signed a memorandum "
        "on joint exhibitions. The guests also toured the city's sites including the Amber "
        "Museum and the Institute of Old Maps."
    )
    names = {o.name for o in draft.organizations}
    assert "National Gallery of Ruritania" in names
    assert not names & {"Amber Museum", "Institute of Old Maps"}


def test_an_institute_toured_that_receives_the_guests_stays() -> None:
    draft = english_draft(
        "Science news\n\n"
        "The guests toured the Institute of Old Maps, where they were received by its director "
        "Ivan Petrov. The Institute of Old Maps will host a summer school in 2026."
    )
    assert "Institute of Old Maps" in {o.name for o in draft.organizations}


def test_a_mixed_case_short_form_right_after_a_name_is_that_name() -> None:
    draft = english_draft(
        "Forum news\n\n"
        "Delegates of Lakeside University and National Research Nuclear University MEPhI met "
        "in Astana. Minerva University joined them."
    )
    found = {o.name: o.aliases for o in draft.organizations}
    assert "MEPhI" not in found
    assert "MEPhI" in found["National Research Nuclear University"]


def test_one_ministry_under_a_shorter_and_a_fuller_portfolio_is_one() -> None:
    draft = english_draft(
        "Museum news\n\n"
        "The Ministry of Culture of the Republic of Kazakhstan and the Ministry of Culture of "
        "Mongolia signed a memorandum on museum exchanges. Kazakhstan's Ministry of Culture and "
        "Information said the first exhibition opens in 2026."
    )
    found = {o.name: o.aliases for o in draft.organizations}
    assert (
        "Ministry of Culture of the Republic of Kazakhstan"
        in found["Ministry of Culture and Information"]
    )
    assert any("Mongolia" in name for name in found)
    assert "Ministry of Culture and Information" in draft.memoranda[0].parties


def test_a_field_joined_by_and_before_a_ministry_belongs_to_its_name() -> None:
    draft = english_draft(
        "Heritage news\n\n"
        "The Kazakh Culture and Sports Ministry and the Amber Heritage Foundation signed a "
        "memorandum on restoring old mosques. The foundation's director met Kazakh Culture "
        "and Sports Minister Aidos Temirov."
    )
    found = {o.name: o for o in draft.organizations}
    assert "Culture and Sports Ministry" in found
    assert found["Culture and Sports Ministry"].country == "Kazakhstan"
    assert not any(name.startswith("Kazakh Culture") or name == "Sports Ministry" for name in found)


def test_a_ministry_that_only_reports_is_no_partner() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "Lakeside Medical University and the Amber Heart Clinic signed a memorandum on nurse "
        "training. According to the Ruritanian Health Ministry, 900 nurses are needed. The news "
        "agency cites the press service of the Ministry of Labour of Ruritania."
    )
    names = {o.name for o in draft.organizations}
    assert {"Lakeside Medical University", "Amber Heart Clinic"} <= names
    assert not any("Ministry" in name for name in names)


def test_a_ministry_that_reports_and_acts_stays() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "According to the Ministry of Labour of Ruritania, 900 nurses are needed. The Ministry "
        "of Labour of Ruritania will fund the training of 200 nurses at Lakeside Medical "
        "University in 2026."
    )
    assert "Ministry of Labour of Ruritania" in {o.name for o in draft.organizations}


def test_an_acronym_only_the_headline_uses_is_no_partner_of_its_own() -> None:
    text = (
        "ZhPU signed a memorandum with a Tajik university\n\n"
        "The Zhetysu Women's Pedagogical University and Khujand Polytechnic University signed "
        "a memorandum on student exchange. Khujand Polytechnic University will host ten "
        "students in 2026."
    )
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    names = {o.name for o in draft.organizations}
    assert "ZhPU" not in names
    assert "Khujand Polytechnic University" in names


def test_an_acronym_in_the_headline_over_a_body_without_names_stays() -> None:
    text = "ZhPU signed a memorandum\n\nThe memorandum covers student exchange from 2026."
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    assert "ZhPU" in {o.name for o in draft.organizations}


def test_a_document_named_with_capitals_is_no_organization() -> None:
    draft = english_draft(
        "Trade news\n\n"
        "Several documents were signed, including the Protocol of the Joint Trade Commission and "
        "a Roadmap for Grain Exports. Lakeside Grain Company will ship the first cargo in 2026."
    )
    names = {o.name for o in draft.organizations}
    assert not any(name.startswith(("Protocol", "Roadmap")) for name in names)
    assert {"Joint Trade Commission", "Lakeside Grain Company"} <= names


def test_a_person_named_right_after_an_organization_is_cut_off_it() -> None:
    draft = english_draft(
        "Embassy news\n\n"
        "The Foreign Policy Advisor of the Embassy of South Africa Peace Moyo paid a visit to "
        "Lakeside University. During the visit, Counselor of the embassy, Mr. Peace Moyo met "
        "the rector."
    )
    names = {o.name for o in draft.organizations}
    assert "Embassy of South Africa" in names
    assert not any("Moyo" in name for name in names)


def test_a_university_written_only_as_the_home_of_an_institute_is_no_partner() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "The Amber Heart Clinic and the Institute for Heart Studies at Northfield University "
        "signed a memorandum on joint research. The Amber Heart Clinic will host ten doctors."
    )
    names = {o.name for o in draft.organizations}
    assert "Northfield University" not in names
    assert "Institute for Heart Studies" in names


def test_a_body_named_only_as_background_is_no_partner() -> None:
    draft = english_draft(
        "Think tank news\n\n"
        "The Steppe Policy Institute and the Lakeside Centre for Asian Studies signed a "
        "memorandum on joint research. The Lakeside Centre for Asian Studies was founded in "
        "1998 by the Amber Trade Association and is a member of the Pacific Think Tank Network."
    )
    names = {o.name for o in draft.organizations}
    assert {"Steppe Policy Institute", "Lakeside Centre for Asian Studies"} <= names
    assert not names & {"Amber Trade Association", "Pacific Think Tank Network"}


def test_a_founder_that_also_acts_stays() -> None:
    draft = english_draft(
        "Think tank news\n\n"
        "The Lakeside Centre for Asian Studies was founded by the Amber Trade Association. "
        "The Amber Trade Association will fund two joint studies in 2026."
    )
    assert "Amber Trade Association" in {o.name for o in draft.organizations}


def test_a_name_that_stops_on_an_adjective_runs_on_over_and() -> None:
    draft = english_draft(
        "Think tank news\n\n"
        "The Steppe Policy Institute and the Institute of Strategic and International Studies of "
        "Ruritania signed a memorandum on joint research."
    )
    names = {o.name for o in draft.organizations}
    assert "Institute of Strategic and International Studies of Ruritania" in names
    assert not names & {"Institute of Strategic", "International Studies"}


def test_an_honorific_before_a_surname_that_is_a_type_word_is_no_organization() -> None:
    draft = english_draft(
        "Clinic news\n\n"
        "Professor Park Min Soo of the Amber Heart Clinic met the rector of Lakeside "
        "University. The clinic will train 50 nurses in 2026."
    )
    names = {o.name for o in draft.organizations}
    assert "Amber Heart Clinic" in names
    assert not any("Park" in name for name in names)
