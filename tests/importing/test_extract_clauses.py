"""English extraction by clause structure (issue 19, second pass): who the sides of an agreement
are, its date and signatories, milestones tied to it, regions and companies as partners, titles
set off by commas, and page furniture. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def _parties(text: str) -> list[set[str]]:
    return [set(m.parties) for m in draft_of("Partnership news\n\n" + text).memoranda]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Aral Polytechnic University reached an agreement on 4 April 2025 with Lindqvist "
            "Medical Center on joint research.",
            [{"Aral Polytechnic University", "Lindqvist Medical Center"}],
        ),
        (
            "Steppe IT University signed a memorandum with Nordkap Robotics AS on 12 April 2025 "
            "at the Digital Bridge Forum, organized by the Ministry of Digital Development.",
            [{"Steppe IT University", "Nordkap Robotics AS"}],
        ),
        (
            "Delegates of Tengri Oil LLP, Volta Energia S.p.A. and the Italian Embassy attended "
            "the ceremony where Tengri Oil LLP and Volta Energia S.p.A. signed a supply contract.",
            [{"Tengri Oil LLP", "Volta Energia S.p.A"}],  # a full stop closing it is the sentence's
        ),
        (
            "The Ministry of Water Resources signed three memoranda: with the Danube Water "
            "Institute, with the Nile Basin Authority and with the Mekong River Commission.",
            [
                {"Ministry of Water Resources", "Danube Water Institute"},
                {"Ministry of Water Resources", "Nile Basin Authority"},
                {"Ministry of Water Resources", "Mekong River Commission"},
            ],
        ),
        (
            "The document was signed between the Akimat of Shymkent and the Izmir Metropolitan "
            "Municipality.",
            [{"Akimat of Shymkent", "Izmir Metropolitan Municipality"}],
        ),
        (
            "North Kazakhstan region and Anadolu Medical Holding signed a document on building "
            "a 300-bed hospital in Petropavlovsk.",
            [{"North Kazakhstan region", "Anadolu Medical Holding"}],
        ),
        (
            "Zhambyl region, QZ-Holding and Anadolu Medical Holding became signatories of an "
            "agreement on a 200-bed hospital.",
            [{"Zhambyl region", "QZ-Holding", "Anadolu Medical Holding"}],
        ),
    ],
)
def test_the_sides_of_a_signing_are_those_of_its_own_clause(
    sentence: str, expected: list[set[str]]
) -> None:
    found = _parties(sentence)
    assert sorted(map(sorted, found)) == sorted(map(sorted, expected))


def test_a_region_where_something_happens_is_no_partner() -> None:
    draft = draft_of("Plant news\n\nA copper plant in the Pavlodar region will open in 2027.")
    assert not [o.name for o in draft.organizations if "region" in o.name]


SIGNED_WITH = """Fund signs two documents in Seoul

Astana, 20 November 2025

On 20 November, JSC Sovereign Wealth Fund Qazyna-Invest signed documents with Hanbit \
Corporation and Daewon Corporation.

The agreement with Hanbit Corporation covers green hydrogen, while the memorandum with \
Daewon Corporation concerns power grids. Prime Minister of Korea Kim Min-seok met the delegation.
"""


def test_documents_signed_with_several_partners_give_one_each_with_the_signer() -> None:
    draft = draft_of(SIGNED_WITH)
    fund = "JSC Sovereign Wealth Fund Qazyna-Invest"  # the name after its type word belongs to it
    assert fund in {o.name for o in draft.organizations}
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        sorted([fund, "Daewon Corporation"]),
        sorted([fund, "Hanbit Corporation"]),
    ]
    assert {m.signed_on for m in draft.memoranda} == {PartialDate(2025, 11, 20)}
    assert not [m for m in draft.milestones if "signed documents" in m.title]


NEXT_SENTENCE = """Memorandum signed to develop veterinary science

A memorandum of understanding on veterinary science was signed in Astana on 22 October 2025. \
The parties to the document are Irtysh Agrarian University and the Lowland Veterinary College.

According to the memorandum, the two will open a joint animal health laboratory in 2026.
"""


def test_sides_named_in_the_sentence_after_a_passive_signing_and_milestones_tied_to_it() -> None:
    draft = draft_of(NEXT_SENTENCE)
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Irtysh Agrarian University", "Lowland Veterinary College"}
    assert memo.signed_on == PartialDate(2025, 10, 22)
    [lab] = [m for m in draft.milestones if "laboratory" in m.title]
    assert lab.date == PartialDate(2026) and lab.status == "planned"
    assert lab.memorandum == memo.title
    assert set(lab.organizations) == set(memo.parties)


UNNAMED = """Forum on open education closes

Almaty, 8 October 2025

The Open Education Forum organized by Alatau State University brought together 500 teachers. \
On the second day of the forum, several memoranda of cooperation were signed. The next forum \
will be held in April 2026.
"""


def test_memoranda_whose_sides_go_unnamed_are_one_entry_with_no_parties() -> None:
    [memo] = draft_of(UNNAMED).memoranda
    assert memo.parties == []


def test_a_planned_signing_with_unnamed_sides_is_no_memorandum() -> None:
    text = (
        "Talks\n\nThe ministers discussed the process of signing a memorandum of understanding "
        "that is likely to be inked in the coming months."
    )
    assert draft_of(text).memoranda == []


def test_a_plan_agreed_with_a_deadline_does_not_date_the_signing() -> None:
    text = (
        "Ministers sign transport roadmap\n\nTashkent | 3 October 2025\n\n"
        "The Ministry of Transport of Uzbekistan and the Ministry of Transport of the Republic "
        "of Kazakhstan signed a roadmap on freight transit. The sides also agreed to harmonize "
        "tariffs by 1 July 2026."
    )
    [memo] = draft_of(text).memoranda
    assert memo.signed_on != PartialDate(2026, 7, 1)


def test_witnesses_are_not_signatories_and_a_country_in_brackets_is_a_country() -> None:
    text = (
        "Cooperation\n\nOn 3 February 2026, in the presence of Minister of Science Arman "
        "Tulegenov, Kokshe University and the University of Narva (Estonia) signed a "
        "memorandum of cooperation. The memorandum was signed by Rector Dana Mukhanova and "
        "Rector Kaarel Tamm."
    )
    draft = draft_of(text)
    [memo] = draft.memoranda
    assert "Arman Tulegenov" not in memo.signatories
    narva = next(o for o in draft.organizations if o.name == "University of Narva")
    assert narva.country == "Estonia" and "Estonia" not in narva.aliases


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The memorandum was signed by the rector of the university, academician Berik "
            "Zhaksybekov, and the director general of the company, Chen Hao.",
            "Berik Zhaksybekov",
            "Rector of the university",
        ),
        (
            "The memorandum was signed by the rector of the university, academician Berik "
            "Zhaksybekov, and the director general of the company, Chen Hao.",
            "Chen Hao",
            "Director general of the company",
        ),
        (
            "Kazakhstan's Ambassador to Portugal Saule Nurlanova and the mayor met in Porto.",
            "Saule Nurlanova",
            "Ambassador to Portugal",
        ),
    ],
)
def test_titles_set_off_by_commas_or_holding_a_posting(text: str, name: str, title: str) -> None:
    people = {p.name: p.title for p in draft_of("News\n\n" + text).people}
    assert people.get(name) == title


def test_short_forms_by_legal_forms_and_first_word_join_their_company() -> None:
    text = (
        "Partnership\n\nNC TengriGas JSC and Volta Energia S.p.A. signed a protocol. TengriGas "
        "and Volta Energia will drill in 2026. Orlen Munaigas Inc. joined the talks, and Orlen "
        "will fund the survey."
    )
    names = {o.name for o in draft_of(text).organizations}
    assert {"TengriGas", "Volta Energia", "Orlen"}.isdisjoint(names)
    assert "NC TengriGas JSC" in names
    assert any(n.startswith("Orlen Munaigas") for n in names)


NOISY = """Kazakhstan and Korea agree on battery materials plant
Home Politics Economy Society World Sport
Baku, 12 August 2025. The Ministry of Industry of the Republic of Kazakhstan and Hanseong \
Materials signed an agreement on a cathode plant. Construction will start in 2026.
Read also
Tokayev receives a delegation of investors 10 August 2025
Three new airports to be built by 2030 9 August 2025
Parliament passes the budget law 8 August 2025
"""


def test_menus_and_other_stories_listed_with_dates_yield_nothing() -> None:
    draft = draft_of(NOISY)
    assert draft.document.published_on == PartialDate(2025, 8, 12)
    assert "Home Politics Economy Society" not in {o.name for o in draft.organizations}
    assert [m.date for m in draft.milestones] == [PartialDate(2026)]
    [memo] = draft.memoranda
    assert memo.signed_on in (None, PartialDate(2025, 8, 12))  # never another story's date


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("By 2031, the share of wind power should reach 12 percent.", 2031),
        ("The second runway is to be completed by mid-2028.", 2028),
    ],
)
def test_targets_with_a_year_opening_the_sentence_or_mid_year_are_planned_milestones(
    sentence: str, year: int
) -> None:
    [milestone] = draft_of("Plans\n\n12 May 2025\n\n" + sentence).milestones
    assert milestone.date == PartialDate(year) and milestone.status == "planned"


def test_a_breadcrumb_is_no_part_of_a_name_and_signatories_give_the_sides() -> None:
    text = (
        "News | Irtysh Polytechnic University\n\nThe joint action plan on water safety was "
        "signed in Astana on 9 October 2025 by Vice Minister of Ecology Dana Serikova and "
        "UNESCO Representative Anna Lind."
    )
    draft = draft_of(text)
    assert "Irtysh Polytechnic University" in {o.name for o in draft.organizations}
    [memo] = draft.memoranda
    assert memo.parties and "Ministry of Ecology" in " ".join(memo.parties)


INLINE_PROMOTION = """Kazakhstan and Oman to build a fertilizer plant
12 March 2026, 11:20
ASTANA. The Ministry of Industry of the Republic of Kazakhstan and Sohar Nitrogen Company signed \
an agreement on a fertilizer plant on Wednesday. The plant will produce a million tonnes of urea \
a year and employ 800 people, the ministry said.
Read also
Kazakhstan to build three new airports by 2030
Construction will begin in the second half of 2026, and the first output is expected in 2029.
"""


def test_a_read_also_inside_the_article_drops_its_headline_and_keeps_what_follows() -> None:
    dates = sorted(str(m.date) for m in draft_of(INLINE_PROMOTION).milestones)
    assert dates == ["2026", "2029"]
