"""English agreements that generalize past the wordings they were tuned on (issue 19, third
pass): countries that sign stand for their governments, a tally of documents is no document,
a document referred back to is not a new one, a law that ratifies is not the agreement signed,
and the side of a signer fills a one-sided memorandum. Fourth pass: heads of two countries and
one plural body over two owners ("the foreign ministries of A and B") name a side for each; a
plan of measures signed is a document; "Following the talks, ... signed" takes the talks' day.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.english.coordinated_sides import (
    coordinated_sides,
    head_government,
)
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.read import read_text
from tests.importing.drafting import draft_of


def _draft(text: str) -> Draft:
    return draft_of("Partnership news\n\n" + text)


def _parties(text: str) -> list[set[str]]:
    return [set(m.parties) for m in _draft(text).memoranda]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mongolia and Kazakhstan signed an agreement on cattle vaccines in Ulaanbaatar.",
            [set()],
        ),
        (
            "On 4 June 2025, Kazakhstan and Georgia concluded a treaty on river transport.",
            [set()],
        ),
        (
            "The senate approved the agreement between Kazakhstan and Armenia on cargo transit.",
            [set()],
        ),
        (
            "The parliament ratified the agreement between the governments of Kazakhstan and "
            "Latvia on road haulage.",
            [{"Government of Kazakhstan", "Government of Latvia"}],
        ),
        (  # "between" may stand well after the noun
            "The senate approved a treaty on the deepening and expansion of allied relations "
            "between Kazakhstan and Mongolia, signed on 19 April 2024.",
            [set()],
        ),
        (  # places, not sides: a list after "in"
            "Tarbagatai University signed a memorandum with Lindholm College on exchanges "
            "between universities in Kazakhstan, Sweden and Norway.",
            [{"Tarbagatai University", "Lindholm College"}],
        ),
        (  # a country after a city is where, not who
            "Orbita Systems signed an MoU with Tarbagatai University in Astana, Kazakhstan, to "
            "run a laboratory.",
            [{"Orbita Systems", "Tarbagatai University"}],
        ),
    ],
)
def test_countries_that_sign_name_only_the_governments_the_text_names(
    text: str, expected: list[set[str]]
) -> None:
    # a bare country is a side but no party (the corpus dev golds); "the governments of A and
    # B" names two
    assert _parties(text) == expected


def test_a_country_that_signs_is_no_organization_of_the_draft() -> None:
    draft = _draft("Mongolia and Kazakhstan signed an agreement on cattle vaccines.")
    assert not [o for o in draft.organizations if o.name.startswith("Government")]
    assert len(draft.memoranda) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a tally of documents is no document
            "Georgia and Kazakhstan have signed more than 40 documents since 1993. "
            "A memorandum was signed between Kartli Trade House LLC and Atyrau Export Centre.",
            [{"Kartli Trade House LLC", "Atyrau Export Centre"}],
        ),
        (  # a document referred back to takes no sides from the sentence before
            "The Ministry of Tourism of Kazakhstan and Nordfjord Media have signed a memorandum. "
            "The minister met Ola Berg, Head of Sales at Lindvik Advertising. "
            "At the meeting, the sides signed the memorandum and discussed joint films.",
            [{"Ministry of Tourism of Kazakhstan", "Nordfjord Media"}],
        ),
        (  # a supporter after "with" is no party
            "Irtysh Pedagogical University and Vistula Academy signed a memorandum of "
            "cooperation. The signing of the memorandum was arranged with the support of the "
            "Polish Embassy.",
            [{"Irtysh Pedagogical University", "Vistula Academy"}],
        ),
        (  # "named after" is part of a name, not a clause of its own
            "Tobol University named after A. Baitursynov and Riga Maritime Academy formalised "
            "their ties by signing a memorandum of understanding on cadet exchanges.",
            [{"Tobol University named after A. Baitursynov", "Riga Maritime Academy"}],
        ),
        (  # a document introduced on its own, whose signers follow, is one more document
            "A memorandum was signed between the Central Bank of Armenia and the National Bank "
            "of Kazakhstan. Separately, a memorandum of intent to found a bilingual school was "
            "adopted. "
            "This agreement was signed by the Ministry of Education of Kazakhstan and Armenian "
            "Schools Foundation.",
            [
                {"Central Bank of Armenia", "National Bank of Kazakhstan"},
                {"Ministry of Education of Kazakhstan", "Armenian Schools Foundation"},
            ],
        ),
        (  # what the agreement is for ends its partners
            "Zhaiyk Dairy LLP signed an agreement with Baltic Foods SIA for supplying 500 tons of "
            "cheese to the Republic of Estonia every year.",
            [{"Zhaiyk Dairy LLP", "Baltic Foods SIA"}],
        ),
        (  # a signing only called important is a plan
            "The parties stressed the importance of signing an agreement on investments between "
            "Kazakhstan and Portugal in the near future.",
            [],
        ),
        (  # the other signer gives the second side
            "Rector Aigerim Sadykova of Ulytau University met Lars Holm, Director of Fjell "
            "Clinic. At the meeting, the rector Aigerim Sadykova and Director of Fjell Clinic "
            "Lars Holm signed a memorandum on medical training.",
            [{"Ulytau University", "Fjell Clinic"}],
        ),
        # fourth pass: heads and one plural body name a side for each owner
        (
            # heads of state sign for no body (corpus dev golds; pool DECISIONS D2)
            "The presidents of Kazakhstan and Mongolia signed a treaty on river transport.",
            [set()],
        ),
        (
            "An agreement between the Kazakh and Latvian governments on road haulage was "
            "signed in Riga.",
            [{"Government of Kazakhstan", "Government of Latvia"}],
        ),
        (
            "The ministers signed a plan of consultations between the foreign ministries of "
            "Mongolia and Latvia for 2025-2026.",
            [{"Ministry of Foreign Affairs of Mongolia", "Ministry of Foreign Affairs of Latvia"}],
        ),
        (
            "Health ministries of Georgia and Armenia signed a cooperation programme on vaccines.",
            [{"Ministry of Health of Georgia", "Ministry of Health of Armenia"}],
        ),
        (  # the governors of two regions sign for their akimats; a foreign one's administration
            "The governors of Pavlodar and Omsk regions signed a memorandum on border trade.",
            [{"Akimat of Pavlodar region", "Administration of Omsk region"}],
        ),
        (  # the sides of a visit told just before
            "Prime Minister of Mongolia Batbayar Dorj arrived in Tbilisi on an official visit "
            "on 3 March 2025. During the visit, the sides signed an agreement on tourism.",
            [{"Government of Mongolia", "Government of Georgia"}],
        ),
        (
            "President of Mongolia Batbayar Dorj and President of Georgia Levan Kipiani "
            "signed a protocol on a joint council.",
            [set()],
        ),
    ],
)
def test_one_entry_per_document_with_the_sides_that_sign(
    text: str, expected: list[set[str]]
) -> None:
    assert _parties(text) == expected


def test_a_law_ratifying_an_agreement_is_not_its_signing() -> None:
    draft = _draft(
        "27 November 2025\n\n"
        "The President signed the law ratifying the agreement between Kazakhstan and Oman on "
        "air services. The agreement on air services was signed on 3 March 2024 in Muscat."
    )
    assert [set(m.parties) for m in draft.memoranda] == [set()]
    assert draft.memoranda[0].signed_on == PartialDate(2024, 3, 3)


def test_the_date_after_signed_is_the_signing_date() -> None:
    draft = _draft(
        "The senate approved on 2 May 2025 the treaty between Kazakhstan and Oman, signed on "
        "19 April 2024 in Astana."
    )
    assert draft.memoranda[0].signed_on == PartialDate(2024, 4, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the fair, scheduled for 14 - 15 October this year in Pavlodar", [(2025, 10, 14)]),
        ("the session set for 3 November of the current calendar year", [(2025, 11, 3)]),
        ("the talks held in Aktau on Nov.4", [(2025, 11, 4)]),
        ("the plant opening planned for March of this year", [(2025, 3, None)]),
    ],
)
def test_a_year_qualifier_joins_the_date_before_it(
    text: str, expected: list[tuple[int, int | None, int | None]]
) -> None:
    found = find_dates(text, PartialDate(2025, 8, 29))
    assert [(d.date.year, d.date.month, d.date.day) for d in found] == expected


def test_the_first_sentence_after_a_wire_dateline_happened_on_its_day() -> None:
    draft = extract(
        read_text(
            "Ministers talk trade\n\n"
            "PAVLODAR, Kazakhstan, March 4, 2026. The Minister of Trade of Kazakhstan Daulet "
            "Serikov held talks with the Minister of Economy of Latvia Janis Ozols. The "
            "next round of talks is scheduled for June 9 of the current year in Riga."
        )
    )
    dated = sorted((str(m.date), m.status) for m in draft.milestones if m.date)
    assert dated == [("2026-03-04", "done"), ("2026-06-09", "planned")]


def test_a_memorandum_told_first_after_a_wire_dateline_is_signed_on_its_day() -> None:
    draft = extract(
        read_text(
            "Clinics agree\n\n"
            "Karaganda, 3 February 2026 — Saryarka Heart Clinic and Vilnius Cardio Institute "
            "signed a memorandum of cooperation on cardiac surgery training."
        )
    )
    assert [str(m.signed_on) for m in draft.memoranda] == ["2026-02-03"]
    assert [m for m in draft.milestones if m.date] == []  # the signing is the memorandum's


def test_a_body_named_only_later_is_not_the_side_that_speaks() -> None:
    parties = _parties(
        "A memorandum of cooperation was signed with Steppe Logistics LLP on Monday. "
        "The Ministry of Transport of Kazakhstan will oversee the new rail terminal."
    )
    assert all("Ministry of Transport of Kazakhstan" not in p for p in parties)


def test_the_implied_ministries_become_organizations_of_their_country() -> None:
    draft = _draft(
        "The ministers signed a plan of measures between the energy ministries of Mongolia "
        "and Georgia."
    )
    by_name = {o.name: o for o in draft.organizations}
    assert by_name["Ministry of Energy of Mongolia"].country == "Mongolia"
    assert by_name["Ministry of Energy of Georgia"].kind == "government"


def test_a_plural_body_without_a_portfolio_or_owners_names_no_side() -> None:
    assert coordinated_sides("the ministries of Mongolia and Georgia signed") == []
    assert coordinated_sides("the presidents of both countries signed") == []


@pytest.mark.parametrize(
    ("title", "government"),
    [
        ("President of Mongolia", None),  # a head of state signs for no body
        ("the Georgian Prime Minister", "Government of Georgia"),
        ("Vice President of Mongolia", None),
        ("President of the Steppe Foundation", None),
        ("Deputy Prime Minister", None),
    ],
)
def test_only_a_head_of_a_named_country_signs_for_its_government(
    title: str, government: str | None
) -> None:
    assert head_government(title) == government


def test_a_signing_following_the_talks_takes_the_talks_day() -> None:
    draft = _draft(
        "ASTANA, Kazakhstan, May 4, 2025. The Foreign Minister of Mongolia met his Georgian "
        "counterpart. Following the talks, the ministers signed a plan of consultations "
        "between the foreign ministries of Mongolia and Georgia."
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2025, 5, 4)]
    # the plan is the memorandum, no milestone planned for it
    assert not [m for m in draft.milestones if "plan of consultations" in m.title]


def test_a_legislature_approving_a_treaty_is_an_event_of_its_day() -> None:
    draft = _draft(
        "11 June 2025\n\n"
        "ASTANA, Kazakhstan, June 11. The Senate of Kazakhstan has approved a treaty on "
        "partnership between Kazakhstan and Mongolia, signed on March 3, 2024, in Ulaanbaatar. "
        "On the same day, the Senate ratified an agreement between Kazakhstan and Georgia on "
        "air services."
    )
    # the treaty approved today was signed on the day the text gives
    assert draft.memoranda[0].parties == []
    assert draft.memoranda[0].signed_on == PartialDate(2024, 3, 3)
    approvals = [m for m in draft.milestones if m.date == PartialDate(2025, 6, 11)]
    assert len(approvals) == 2
    assert not [m for m in draft.milestones if m.date == PartialDate(2024, 3, 3)]


def test_the_lead_under_a_date_stamp_line_happened_that_day() -> None:
    draft = _draft(
        "12 May 2025\n\n"
        "The Mazhilis ratified the agreement between the governments of Kazakhstan and Latvia "
        "on road haulage.\n\nThe document was signed on 4 March 2024 in Riga."
    )
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2024, 3, 4)]
    assert [(m.date, m.status) for m in draft.milestones] == [(PartialDate(2025, 5, 12), "done")]


def test_a_further_document_of_the_same_sides_is_an_entry_of_its_own() -> None:
    assert (
        _parties(
            "The Steppe Grain Company and the Lianhua Trading Group signed an agreement on wheat "
            "supplies. The Steppe Grain Company and the Lianhua Trading Group also signed a "
            "memorandum on a commodity exchange."
        )
        == [{"Steppe Grain Company", "Lianhua Trading Group"}] * 2
    )


def test_a_document_signed_with_unnamed_partners_keeps_the_side_named() -> None:
    assert _parties(
        "On 6 February 2026, a memorandum of cooperation was signed with several schools of "
        "the city at the Irtysh Pedagogical University."
    ) == [{"Irtysh Pedagogical University"}]


def test_a_body_that_only_reports_is_not_the_speaking_side() -> None:
    parties = _parties(
        "5 May 2022\n\n"
        "A delegation visited Haifa, Kazinform cites the press service of the Ministry of "
        "Tourism of Kazakhstan. Since March 2020, the Steppe Medical University has trained "
        "nurses. Rector of the Steppe Medical University Arman Dosov said the partnership "
        "will grow. A memorandum of cooperation was signed with the Carmel Medical Center."
    )
    assert parties == [{"Steppe Medical University", "Carmel Medical Center"}]


def test_a_starting_point_is_no_day_of_a_later_signing() -> None:
    draft = _draft(
        "5 May 2022\n\n"
        "Since March 2020, the Steppe Medical University has trained nurses. A memorandum of "
        "cooperation was signed with the Carmel Medical Center."
    )
    assert [m.signed_on for m in draft.memoranda] == [None]


def test_agreeing_to_sign_is_a_plan_and_a_lone_side_needs_its_partner_unnamed() -> None:
    draft = _draft("12 March 2025\n\nThe parties agreed to sign a roadmap on tourism next year.")
    assert draft.memoranda == []
    assert [(m.date, m.status) for m in draft.milestones] == [(PartialDate(2026), "planned")]
    # a partner told by a name, found or not, never leaves a one-sided memorandum
    one_sided = [
        m
        for m in _draft("The Steppe Medical University signed a memorandum with WHO.").memoranda
        if len(m.parties) < 2
    ]
    assert one_sided == []


def test_a_list_of_documents_gives_one_entry_each_and_no_term_as_an_event() -> None:
    draft = _draft(
        "12 March 2025\n\nFollowing the talks, the following documents were signed:\n\n"
        "- Agreement between the Government of Mongolia and the Government of Georgia on road "
        "transport;\n\n"
        "- Cooperation Program between the Ministry of Foreign Affairs of Mongolia and the "
        "Ministry of Foreign Affairs of Georgia for 2025-2026;\n\n"
        "- Memorandum between the Steppe Chamber of Commerce and the Georgian Chamber of "
        "Commerce."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Government of Mongolia", "Government of Georgia"},
        {"Ministry of Foreign Affairs of Mongolia", "Ministry of Foreign Affairs of Georgia"},
        {"Steppe Chamber of Commerce", "Georgian Chamber of Commerce"},
    ]
    assert not [m for m in draft.milestones if m.date == PartialDate(2025)]


def test_a_body_that_supported_the_signing_is_no_party() -> None:
    assert _parties(
        "The Steppe News Agency and the Fjord Press Agency signed a memorandum of cooperation. "
        "The signing of the memorandum was arranged with the support of the Mongolian Embassy."
    ) == [{"Steppe News Agency", "Fjord Press Agency"}]


def test_a_side_told_as_a_plural_subject_is_left_unnamed() -> None:
    assert _parties(
        "The Steppe Expo Company and administrations of four western regions signed a "
        "memorandum on local supplies."
    ) == [{"Steppe Expo Company"}]
