"""People in real-world shapes: hyphenated given names, honorifics, and a list of
"title Name" pairs where each title stays with its own name."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract


def _people(text: str) -> dict[str, str | None]:
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    return {p.name: p.title for p in draft.people}


def test_a_hyphenated_given_name_is_kept() -> None:
    people = _people("News\n\nPresident Kassym-Jomart Tokayev opened the new campus in Astana.")
    assert people == {"Kassym-Jomart Tokayev": "President"}


def test_titles_before_honorifics_stay_with_the_next_name() -> None:
    people = _people(
        "Visit\n\nThe guests were Director Anna Visser, Counsellor of the Embassy in Astana "
        "Mr. Pieter de Graaf, Ambassador of the Netherlands Mr. Joost Bakker and Honorary "
        "Consul Mr. Ruslan Omarov."
    )
    assert people["Anna Visser"] == "Director"
    assert people["Joost Bakker"] == "Ambassador of the Netherlands"
    assert people["Ruslan Omarov"] == "Honorary Consul"


def test_a_signing_without_a_date_of_its_own_takes_the_day_the_text_tells_of() -> None:
    draft = extract(
        Document(
            "Forum news\n\n12.09.2025\n\nToday in Astana the education forum opened its second "
            "day. Within the forum, Abai Pedagogical University and Tartu Teachers College "
            "signed a memorandum of understanding.\n\nThe memorandum of scientific "
            "cooperation between the National Women’s Teacher Training University and the "
            "University of Tartu was signed as well.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert str(draft.document.published_on) == "2025-09-12"
    assert {str(m.signed_on) for m in draft.memoranda} == {"2025-09-12"}
    names = {o.name for o in draft.organizations}
    assert "National Women’s Teacher Training University" in names


def test_countries_outlets_and_patronymic_repeats_are_not_people() -> None:
    people = _people(
        "Visit\n\nMinister Serik Zhanbolatov received Ambassador of the United Kingdom Anna "
        "Grey. According to the Steppe Times, Minister Serik Bolatovich praised the talks."
    )
    assert "Serik Zhanbolatov" in people
    assert "Anna Grey" in people
    assert not {"United Kingdom", "Steppe Times", "Serik Bolatovich"} & set(people)


def test_organizations_implied_by_titles() -> None:
    draft = extract(
        Document(
            "Visit\n\nDana Serikova, Ambassador of the Republic of Kazakhstan to Malaysia, met "
            "with the Federal Minister for Science and Technology Arif Rahman in 2025.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Embassy of Republic of Kazakhstan in Malaysia" in names
    assert "Ministry of Science and Technology" in names


def test_name_particles_and_titles_that_do_not_run_into_the_name_before() -> None:
    people = _people(
        "News\n\nPrime Minister Aigerim Saparova and President of the Steppe Commission "
        "Hanna van der Berg held a meeting. The delegation included the Director of the "
        "Orion Institute Marat Ospan, the Envoy for Central Asia in Riga Mr. Peteris Ozols, "
        "and others."
    )
    assert people["Aigerim Saparova"] == "Prime Minister"
    assert "Hanna van der Berg" in people
    assert people["Marat Ospan"] == "Director"
    assert people["Peteris Ozols"] == "Envoy for Central Asia in Riga"


def _organizations(text: str) -> set[str]:
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    return {o.name for o in draft.organizations}


def test_middle_initials_and_initials_written_onto_the_surname_make_names() -> None:
    people = _people(
        "Campus news\n\nCollege President Marat B. Ospanov welcomed the guests. "
        "Minister of Water Resources K.Dauletov opened the session."
    )
    assert people["Marat B. Ospanov"] == "President"
    assert people["K.Dauletov"] == "Minister of Water Resources"


def test_a_title_ending_in_the_next_name_stays_with_that_name() -> None:
    people = _people(
        "Talks\n\nThe agreement was reached at a meeting between Minister of Energy of "
        "Kazakhstan Aidos Nurlanov, Ambassador of the Kingdom of Norway to Kazakhstan Ingrid "
        "Solberg and representatives of both sides."
    )
    assert people["Aidos Nurlanov"] == "Minister of Energy"
    assert people["Ingrid Solberg"].startswith("Ambassador of the Kingdom of Norway")


def test_a_long_diplomatic_title_before_a_name_is_read_whole() -> None:
    people = _people(
        "Meeting\n\nThe minister received Ambassador of the United Kingdom of Great Britain and "
        "Northern Ireland to Kazakhstan Fiona Marsh on Monday. She also met Ambassador "
        "Extraordinary and Plenipotentiary of Kazakhstan to the State of Qatar Yerlan Dossov."
    )
    assert people["Fiona Marsh"].startswith("Ambassador of the United Kingdom")
    assert people["Yerlan Dossov"].startswith("Ambassador Extraordinary and Plenipotentiary")


def test_a_foreign_minister_implies_the_ministry_of_his_own_country() -> None:
    text = (
        "Ministers meet\n\nLatvian Transport Minister Janis Ozols met Kazakh Minister of "
        "Transport Daniyar Sadykov in Astana. Foreign Minister of Hungary Gabor Farkas and "
        "Uzbek Foreign Minister Bobur Karimov joined the talks."
    )
    people = _people(text)
    organizations = _organizations(text)
    assert people["Janis Ozols"] == "Transport Minister"
    assert people["Gabor Farkas"] == "Foreign Minister of Hungary"
    assert people["Bobur Karimov"] == "Foreign Minister"
    assert "Ministry of Transport of Latvia" in organizations
    assert "Ministry of Foreign Affairs of Hungary" in organizations
    assert "Ministry of Foreign Affairs of Uzbekistan" in organizations
    assert "Ministry of Hungary" not in organizations


def test_the_organization_of_a_company_title_is_no_person() -> None:
    text = (
        "Wind farm\n\nThe akim met Pierre Lambert, General Director of Vento Nova, in Taraz. "
        "Igor Belov, Chief Executive Officer of PJSC Uralkhim, joined by video."
    )
    people = _people(text)
    organizations = _organizations(text)
    assert "Vento Nova" not in people
    assert people["Pierre Lambert"] == "General Director"
    assert {"Vento Nova", "PJSC Uralkhim"} <= organizations


def test_a_counterpart_holds_the_other_ministers_title_in_his_own_country() -> None:
    text = (
        "Talks\n\nKazakh Energy Minister Arman Saparov and his Latvian counterpart Janis "
        "Berzins met in Riga. His Estonian counterpart Minister of Climate Kalle Tamm joined."
    )
    people = _people(text)
    assert people["Janis Berzins"] == "Energy Minister"
    assert people["Kalle Tamm"] == "Minister of Climate"
    assert "Ministry of Energy of Latvia" in _organizations(text)


def test_the_organization_before_a_title_is_proposed() -> None:
    text = (
        "Rail\n\nThe talks of KTZ Chairman Nurlan Abenov and Volgatrans President Ivan Orlov ended."
    )
    organizations = _organizations(text)
    assert {"KTZ", "Volgatrans"} <= organizations


def test_an_honorific_after_the_end_of_a_title_belongs_to_the_next_person() -> None:
    people = _people(
        "Mining\n\nThe talks of Serik Abenov, the Head of the Steppe Mining Company with his "
        "Omani counterpart Mr. Salim Al-Harthy, were held in Astana."
    )
    assert people["Serik Abenov"].startswith("Head")
    assert people["Salim Al-Harthy"].startswith("Head")


def test_a_titled_person_named_again_after_with_stays_a_person() -> None:
    text = (
        "Farming\n\nThe minister met the Minister of Agriculture of Mongolia Bat Erdene in "
        "Ulaanbaatar. The meeting with Bat Erdene discussed the grain corridor."
    )
    assert _people(text).get("Bat Erdene") == "Minister of Agriculture of Mongolia"
    assert "Bat Erdene" not in _organizations(text)


def test_titles_written_in_lower_case_glued_honorifics_and_bracketed_acronyms() -> None:
    text = (
        "Visit\n\nThe guests met the head of the foreign relations office of the Culture "
        "Ministry of Oman Dr.Salim Harthy. They also met the Federal Minister for Water "
        "Resources (MoWR) Imran Qureshi. Kazakh PM Daniyar Abenov attended."
    )
    people = _people(text)
    assert people["Salim Harthy"].startswith("head of the foreign relations office")
    assert people["Imran Qureshi"] == "Federal Minister for Water Resources"
    assert people["Daniyar Abenov"] == "PM"
    found = extract(Document(text, "pasted text", "pasted", language="en")).organizations
    assert any(o.short_name == "MoWR" for o in found)


def test_the_namesake_of_a_university_is_no_person() -> None:
    people = _people(
        "Visit\n\nRector of North Medical University named after Ivan Petrov, Professor Aset "
        "Nurlanov, visited the campus."
    )
    assert "Ivan Petrov" not in people
    assert people["Aset Nurlanov"].startswith("Rector")


def test_a_representative_of_a_programme_named_with_its_acronym() -> None:
    text = (
        "Meeting\n\nThe Deputy Minister met the Resident Representative of the United Nations "
        "Environment Programme (UNEP) in Kazakhstan Olga Nowak. Permanent Representative Nowak "
        "thanked the ministry."
    )
    people = _people(text)
    assert people["Olga Nowak"].endswith("Representative")
    assert "United Nations" not in people
    organizations = _organizations(text)
    assert "United Nations Environment Programme" in organizations
    assert "Permanent" not in organizations


def test_a_company_after_a_long_board_title_is_no_person() -> None:
    text = (
        "Steel\n\nThe deal was signed by Li Wen, Chairman of the Board of Directors of Minjiang "
        "Hengda Investment Co. The steel will go to the Russian Federation."
    )
    assert set(_people(text)) == {"Li Wen"}
    organizations = _organizations(text)
    assert not {"Directors", "Russian Federation", "Minjiang Hengda"} & organizations


def test_a_lower_case_title_ending_in_the_next_name_is_that_persons() -> None:
    people = _people(
        "Guests\n\nParticipants included the Ambassador of Chile to Kazakhstan Diego Rojas, "
        "the head of the KOICA office Min Seo, and the rector of Steppe University."
    )
    assert people["Diego Rojas"] == "Ambassador of Chile to Kazakhstan"
    assert people["Min Seo"].casefold().startswith("head")


def test_lower_case_descriptors_inside_a_title_before_a_name() -> None:
    people = _people(
        "Diaspora\n\nFirst Vice President of non-commercial joint-stock company Steppe Heritage "
        "Fund Aibek Sultanov signed the memorandum."
    )
    assert people["Aibek Sultanov"].startswith("First Vice President")


def test_a_sheikh_is_an_honorific_before_a_long_name() -> None:
    people = _people(
        "Talks\n\nThe minister met Sheikh Hamad bin Khalid Al Nuaimi, Minister of Energy of "
        "Qatar, in Doha."
    )
    assert people["Hamad bin Khalid Al Nuaimi"].startswith("Minister of Energy")


def test_a_person_named_right_after_a_namesake_and_one_joined_to_a_name_by_and() -> None:
    text = (
        "Signing\n\nThe memorandum was signed by vice-rector of Steppe Medical University named "
        "after K.Nurlanov Aidar Sadykov and CEO Han River Hospital, Professor Park Ji Ho. The "
        "ceremony was attended by Li Wen, Vice President of Xiamen University of Arts and Zhou "
        "Ming, President of Qingdao College of Music."
    )
    people = _people(text)
    assert people["Aidar Sadykov"].casefold().startswith("vice-rector")
    assert people["Zhou Ming"] == "President"
    organizations = _organizations(text)
    assert "Xiamen University of Arts" in organizations
    assert "Han River Hospital" in organizations


def test_a_three_word_name_after_an_organization_is_kept_whole() -> None:
    people = _people(
        "Clinic\n\nThe head of the Treasury Serik Abenov met General Director of Han River "
        "Hospital Kim Bo Sung. The director of LLP Almaplast Daniyar Kasymov attended."
    )
    assert "Kim Bo Sung" in people
    assert "Serik Abenov" in people
    assert "Daniyar Kasymov" in people
