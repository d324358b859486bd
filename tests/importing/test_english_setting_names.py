"""Names a story mentions only as its setting are not partners acting in it: a framework ("within
the framework of the X"), a membership ("member states of the X"), an approval awaited
("subject to X approval") and a body only being set up ("on the establishment of the X
Council", "the X Association will be established"); an office named only in a title at a
university is that university's unit; a city is a place; two words glued together are read
apart. Sentences written for the test."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Document, Draft
from kztracker.importing.extract import extract
from tests.importing.drafting import english_draft


def _draft(body: str) -> Draft:
    return english_draft(f"Cooperation news\n\nASTANA, 3 March 2026. {body}")


def _names(body: str) -> set[str]:
    return {o.name for o in _draft(body).organizations}


@pytest.mark.parametrize(
    ("body", "setting"),
    [
        (
            "Almora University and Tessel Institute of Technology signed a memorandum on student "
            "exchange within the framework of the Nordvale Cooperation Organization.",
            "Nordvale Cooperation Organization",
        ),
        (
            "Kazakhstan and Norland, two member states of the Caspian Trade Organization, "
            "discussed trade. Almora University hosted the talks.",
            "Caspian Trade Organization",
        ),
        (
            "Kestrel Mining Company will supply ore to Vardo Steel Company. The contract is "
            "subject to Northern Supply Agency approval.",
            "Northern Supply Agency",
        ),
        (
            "The ministers signed a protocol on the establishment of the Steppe Interstate "
            "Council. Almora University hosted the ceremony.",
            "Steppe Interstate Council",
        ),
        (
            "The Kazakh-Norland Friendship Association will be established in Oslo, Almora "
            "University said on Monday.",
            "Kazakh-Norland Friendship Association",
        ),
    ],
)
def test_a_name_told_only_as_the_setting_is_no_partner(body: str, setting: str) -> None:
    names = _names(body)

    assert setting not in names
    assert any("Almora University" in n or "Kestrel Mining Company" in n for n in names)


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Almora University joined the framework of the Nordvale Cooperation Organization. "
            "The Nordvale Cooperation Organization will fund ten research grants next year.",
            "Nordvale Cooperation Organization",
        ),
        (
            "Almora University and Tessel University signed a memorandum establishing the Steppe "
            "Water Research Alliance. The alliance will run joint field schools from next year.",
            "Steppe Water Research Alliance",
        ),
    ],
)
def test_a_setting_that_also_acts_stays(body: str, actor: str) -> None:
    assert actor in _names(body)


def test_an_office_named_only_in_a_title_at_a_university_is_the_university() -> None:
    draft = _draft(
        "Almora University signed a memorandum with Tessel University on Monday. Head of the "
        "International Cooperation Department Aigerim Sadykova attended the ceremony."
    )

    names = {o.name for o in draft.organizations}
    assert "International Cooperation Department" not in names
    assert {"Almora University", "Tessel University"} <= names


def test_a_ministry_department_in_a_title_stays_without_a_university() -> None:
    names = _names(
        "Director of the Department for Culture and Arts Aigerim Sadykova met the delegation "
        "of the Vardo Heritage Foundation on Monday."
    )

    assert "Department for Culture and Arts" in names


@pytest.mark.parametrize("city", ["Lianyungang", "Dresden"])
def test_a_city_a_route_or_a_team_comes_from_is_a_place(city: str) -> None:
    names = _names(
        f"Kestrel Logistics Company launched a container train from {city} to Almaty, and "
        f"researchers from {city} joined the project."
    )

    assert city not in names
    assert "Kestrel Logistics Company" in names


def test_a_name_glued_to_its_surname_is_read_apart_where_the_page_writes_it_apart() -> None:
    draft = _draft(
        "Vice Minister of Finance of Kazakhstan BolatNurlanov attended the meetings of the "
        "Steppe Development Bank. Bolat Nurlanov also met the bank's president."
    )

    names = {o.name for o in draft.organizations}
    assert not any("BolatNurlanov" in n for n in names)
    assert "Bolat Nurlanov" in {p.name for p in draft.people}


def test_a_patronymic_glued_to_the_next_sentence_ends_the_name() -> None:
    draft = _draft(
        "The chair of the Tourism Committee, Sadykova Aigerim SerikovnaImmediately after the "
        "talks, the sides visited Almora University."
    )

    assert not any("Immediately" in o.name for o in draft.organizations)
    assert not any("Immediately" in p.name for p in draft.people)


def test_a_headline_verb_before_a_country_names_no_organization() -> None:
    draft = extract(
        Document(
            "Deputy Prime Minister Of Norland To Visit China\n\nASTANA, 3 March 2026. The "
            "deputy prime minister will meet the board of Almora University in Beijing.",
            "pasted text",
            "pasted",
            language="en",
        )
    )

    assert "Visit China" not in {o.name for o in draft.organizations}


def test_a_name_before_a_plant_names_the_plant() -> None:
    names = _names(
        "Kestrel Holding and Vardo Oil Company are building the NordTyres tire plant in the "
        "Saran industrial zone, Almora University said."
    )

    assert "NordTyres" not in names
    assert "Vardo Oil Company" in names


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        (
            "Almora University received an award from the government of Kazakhstan for its "
            "work on water research.",
            False,
        ),
        (
            "The Steppe Development Bank supports the reform plans of the government of "
            "Kazakhstan, Almora University said.",
            False,
        ),
        (
            "The Steppe Development Bank signed a loan agreement with the government of "
            "Kazakhstan on Monday.",
            True,
        ),
        (
            "The government of Kazakhstan will allocate funds to Almora University next year.",
            True,
        ),
    ],
)
def test_a_government_in_lower_case_is_a_partner_only_as_a_side_or_an_actor(
    body: str, acts: bool
) -> None:
    assert ("Government of Kazakhstan" in _names(body)) is acts
