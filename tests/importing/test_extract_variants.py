"""Short forms and variants of one organization in a text make one partner, with its long name."""

from __future__ import annotations

from kztracker.db import Database
from kztracker.importing.draft import Document
from kztracker.importing.extract import extract
from kztracker.importing.extract.variants import abbreviates
from kztracker.services.importing import prepare_document


def _organizations(text: str) -> dict[str, list[str]]:
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    return {o.name: o.aliases for o in draft.organizations}


def test_acronyms_spell_the_starts_of_the_long_name() -> None:
    assert abbreviates("KazNU", ["al-farabi", "kazakh", "national", "university"])
    assert abbreviates("TSEU", ["tashkent", "state", "university", "economics"])
    assert abbreviates("KATU", ["seifullin", "kazakh", "agrotechnical", "university"])
    assert not abbreviates("KATU", ["kazan", "state", "medical", "university"])


def test_an_acronym_and_a_short_form_join_the_long_name() -> None:
    found = _organizations(
        "Partnership news\n\n"
        "Almaty Polytechnic Institute and the Tartu Institute of Maritime Studies signed a "
        "memorandum of cooperation. APtI rector Dana Serikova said Polytechnic Institute "
        "students will spend a term in Tartu. The Press Service of the Polytechnic Institute "
        "said the first exchange starts in 2026."
    )
    assert {"APtI", "Polytechnic Institute"} <= set(found["Almaty Polytechnic Institute"])
    assert "Polytechnic Institute" not in found
    assert "APtI" not in found


def test_a_one_word_name_joins_its_name_with_descriptors_but_not_a_country_office() -> None:
    found = _organizations(
        "News\n\nNazarbayev University signed a memorandum of understanding with Kestrel State "
        "Corporation. A second agreement was signed with Kestrel in May. Microsoft Kazakhstan "
        "and Microsoft will train the teachers."
    )
    assert "Kestrel" in found["Kestrel State Corporation"]
    assert "Kestrel" not in found
    assert "Microsoft" in found and "Microsoft Kazakhstan" in found


def test_outlets_venues_and_words_that_only_look_like_names_are_not_partners() -> None:
    draft = extract(
        Document(
            "Energy news\n\nThe Ministry of Energy signed an agreement with Orken Power JSC, "
            "the Steppe News Agency reports. The Energy Ministries of both countries met at "
            "the Expo Centre, and South Korean experts joined them.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Ministry of Energy" in names
    assert not names & {"Steppe News Agency", "Energy Ministries", "Expo Centre", "South Korean"}
    assert all("Steppe News Agency" not in m.parties for m in draft.memoranda)


def test_ministries_named_in_the_plural_are_one_per_country() -> None:
    draft = extract(
        Document(
            "Water news\n\nThe Water Ministries of Kazakhstan and Uzbekistan signed an agreement "
            "on the Syr Darya on 3 May 2025.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    expected = {"Ministry of Water of Kazakhstan", "Ministry of Water of Uzbekistan"}
    assert expected <= {o.name for o in draft.organizations}
    assert [set(m.parties) for m in draft.memoranda] == [expected]
    assert [str(m.signed_on) for m in draft.memoranda] == ["2025-05-03"]


def test_a_planned_agreement_is_no_memorandum_and_a_parent_is_no_party() -> None:
    draft = extract(
        Document(
            "Science news\n\nAn MoU with Steppe Polytechnic University and the Caspian Institute "
            "of Marine Studies is on the horizon.\n\nA memorandum was signed on 2 March 2025 "
            "between the Applied Ecology Institute under the Ministry of Ecology of the "
            "Republic of Kazakhstan and the Volga Basin Research Center.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Applied Ecology Institute", "Volga Basin Research Center"}
    ]
    parents = {o.name: o.parent for o in draft.organizations}
    assert parents["Applied Ecology Institute"].startswith("Ministry of Ecology")


def test_documents_listed_in_one_sentence_each_have_their_own_sides() -> None:
    draft = extract(
        Document(
            "Trade news\n\nSeveral documents were signed on 4 April 2025, including a protocol "
            "on grain exports between the Kestrel Grain Company and the Orion Port Authority, "
            "and an agreement on oil supplies between Steppe Oil LLP and Caspian Trading LLP.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Caspian Trading LLP", "Steppe Oil LLP"],
        ["Kestrel Grain Company", "Orion Port Authority"],
    ]


def test_the_parties_signing_another_document_are_the_memorandums_sides() -> None:
    draft = extract(
        Document(
            "News\n\nThe Orion Institute and the Steppe Medical University signed a memorandum "
            "of cooperation. The memorandum covers joint research. Additionally, the parties "
            "signed a joint action plan with twelve activities.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Orion Institute", "Steppe Medical University"],
        ["Orion Institute", "Steppe Medical University"],
    ]


def test_a_name_followed_by_its_short_form_and_that_form_with_descriptors_are_one() -> None:
    found = _organizations(
        "News\n\nA memorandum between the Atomic Energy Corporation ORLAN and the Steppe "
        "University was signed on 2 May 2025. Orlan State Corporation will train engineers."
    )
    assert "Orlan State Corporation" not in found
    assert {"ORLAN", "Orlan State Corporation"} <= set(found["Atomic Energy Corporation"])


def test_the_same_ministry_of_two_countries_stays_two_partners(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        draft = prepare_document(
            session,
            Document(
                "Energy\n\nThe Energy Ministries of Kazakhstan and Georgia signed an agreement "
                "on 2 June 2025.",
                "pasted text",
                "pasted",
                language="en",
            ),
        )
    names = {o.name for o in draft.organizations}
    assert {"Ministry of Energy of Kazakhstan", "Ministry of Energy of Georgia"} <= names


def test_spellings_legal_prefixes_and_word_order_make_one_partner() -> None:
    text = (
        "Clinic news\n\nThe Astana Cardiac Centre signed a memorandum with PJSC Volgaoil. "
        "Doctors of the Astana Cardiac Center will train in Samara, and Volgaoil will fund "
        "the course. The Healthcare Ministry welcomed the memorandum; Minister of Healthcare "
        "of Kazakhstan Dana Serikova will visit the clinic. Deputy Director Omarov Timur said "
        "that Timur Omarov would lead the first group."
    )
    found = _organizations(text)
    assert len([n for n in found if "Cardiac" in n]) == 1
    assert len([n for n in found if "Volgaoil" in n]) == 1
    assert len([n for n in found if "Healthcare" in n]) == 1
    draft = extract(Document(text, "pasted text", "pasted", language="en"))
    assert len([p for p in draft.people if "Omarov" in p.name]) == 1


def test_a_foreign_ministry_is_not_linked_to_kazakhstans_own(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        draft = prepare_document(
            session,
            Document(
                "Health\n\nKazakh Minister of Health Dana Serikova met Turkish Health Minister "
                "Kemal Aydin in Ankara on 4 June 2025.",
                "pasted text",
                "pasted",
                language="en",
            ),
        )
    found = {o.name: o.match.action for o in draft.organizations}
    assert found.get("Ministry of Health of Türkiye") == "create"


def test_an_acronym_that_ends_a_longer_name_joins_it() -> None:
    found = _organizations(
        "Visit\n\nThe rector of Abai KazNPU visited Tartu University. KazNPU and Tartu "
        "University signed a memorandum."
    )
    assert [n for n in found if "KazNPU" in n] == ["Abai KazNPU"]


def test_a_name_ends_at_its_legal_form_and_a_plural_complement_stays_in_it() -> None:
    found = _organizations(
        "Assembly\n\nChairman of the Board of Steppe Uranium JSC Marat Oralov and President "
        "of Pacific Nuclear Power Group Wang Lei met. The Youth Assembly of the Turkic-speaking "
        "countries and Steppe University signed a memorandum."
    )
    assert {"Steppe Uranium JSC", "Pacific Nuclear Power Group"} <= set(found)
    assert "Youth Assembly of the Turkic-speaking countries" in found


def test_names_in_quotes_after_a_legal_form_or_a_type_word_are_organizations() -> None:
    found = _organizations(
        'Logistics\n\nJSC "National Company "Steppe Rail" and the Polish company "Vistula '
        'Cargo" signed a memorandum on 3 March 2025. LLP "Aral Solar" attended, and the '
        "Qatar State Shipping Company “Qatar Shipping” joined later. SR will build the depot."
    )
    assert {"Steppe Rail", "Vistula Cargo", "Aral Solar"} <= set(found)
    assert "National Company" not in found
    assert "Qatar Shipping" in found["Qatar State Shipping Company"]


def test_a_legal_form_before_a_name_makes_it_an_organization() -> None:
    found = _organizations(
        "Terminal\n\nJSC Steppe Temir Logistika, Hungary’s Duna Holding and Bratislava Port "
        "Operation Co., Ltd entered into a memorandum of cooperation."
    )
    assert any("Steppe Temir Logistika" in n for n in found)


def test_names_that_only_report_the_story_are_no_partners() -> None:
    found = _organizations(
        "Energy\n\nThe Ministry of Energy and Dhofar Gas Company signed an agreement, "
        "SteppeWire reports citing the ministry. According to Baiterek Herald Online, the "
        "sides discussed investments; Levant Press Agency also reported the visit."
    )
    assert {"Ministry of Energy", "Dhofar Gas Company"} <= set(found)
    assert not {"SteppeWire", "Levant Press Agency"} & set(found)


def test_ministries_of_two_countries_named_in_the_possessive_stay_two() -> None:
    draft = extract(
        Document(
            "Industry\n\nKazakhstan’s Ministry of Industry and Construction and Belarus’ "
            "Ministry of Industry signed a roadmap. The Kazakh Industry Ministry will lead it, "
            "Balticwire has learnt from the ministry.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    countries = {o.name: o.country for o in draft.organizations}
    assert countries.get("Ministry of Industry of Belarus") == "Belarus"  # named with it
    assert len([n for n in countries if "Industry and Construction" in n]) == 1
    assert "Balticwire" not in countries


def test_a_quoted_name_with_its_legal_form_after_it() -> None:
    found = _organizations(
        "Diaspora\n\nA memorandum was signed between the “Steppe heritage fund” NJSC and the "
        "“Aral Translation Bureau”."
    )
    assert "Steppe heritage fund" in found


def test_named_after_belongs_to_a_name_and_x_based_does_not() -> None:
    found = _organizations(
        "Partners\n\nSteppe Technical University named after Oraz Zhandosov and Lyon-based "
        "Rhone Optics agreed to cooperate. Zhandosov University will send students, and Rhone "
        "Optics will host them."
    )
    assert "Steppe Technical University named after Oraz Zhandosov" in found
    assert "Rhone Optics" in found
    assert not any(n.startswith(("Lyon", "Zhandosov")) for n in found)


def test_fields_listed_before_a_type_word_stay_in_the_name() -> None:
    found = _organizations(
        "Hub\n\nThe Water Resources, Ecology and Irrigation Ministry and Aral Systems signed a "
        "memorandum, the ministry said."
    )
    assert "Water Resources, Ecology and Irrigation Ministry" in found


def test_bodies_named_in_lower_case_are_found() -> None:
    found = _organizations(
        "Water\n\nThe ministry of water resources of Kazakhstan and the Tajik ministry of "
        "energy signed a roadmap. The akimat of Zhetysu region attended."
    )
    assert "Ministry of Energy of Tajikistan" in found
    assert "Akimat of Zhetysu region" in found
    assert any(n.startswith("Ministry of Water Resources") for n in found)


def test_acronyms_after_signed_by_and_in_coordination_are_organizations() -> None:
    found = _organizations(
        "Rail\n\nThe agreement was signed by KTZ and CRRC in Astana. KMG and Borealis also "
        "discussed a polymer project."
    )
    assert {"KTZ", "CRRC", "KMG", "Borealis"} <= set(found)


def test_a_place_listed_before_a_partner_is_not_part_of_its_name() -> None:
    found = _organizations(
        "Tour\n\nFinally, on 29 November in Lyon, NU and Rhone University agreed on an exchange."
    )
    assert "Rhone University" in found


def test_an_acronym_before_the_type_word_joins_the_long_name() -> None:
    found = _organizations(
        "RS University joins hands with Kazakh partner\n\n"
        "Rabindranath Saha University in Kolkata is joining hands with Tarbagatai State "
        "University for joint research in water purification. RS University will send staff."
    )
    assert "RS University" not in found
    assert "RS University" in found["Rabindranath Saha University"]


def test_a_body_named_after_another_stays_apart_from_it() -> None:
    """A longer name that adds a type word of its own after the shorter one's ("... University
    Foundation", "... University Hospital") is another body bearing its name, not its fuller
    form: the university must not vanish into its foundation."""
    found = _organizations(
        "Grant for student exchange\n\n"
        "ALMATY, 3 May 2026. The Steppe University Foundation awarded a grant to Steppe "
        "University for an exchange with Tartu University, the foundation's director Aida "
        "Serikova said."
    )
    assert {"Steppe University Foundation", "Steppe University"} <= set(found)
    assert "Steppe University" not in found["Steppe University Foundation"]
