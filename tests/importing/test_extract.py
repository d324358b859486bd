"""Extraction: organizations, people and titles, memoranda, milestones and their dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.draft import DraftOrganization, DraftPerson
from kztracker.importing.errors import ImportInputError
from kztracker.importing.extract import KnownNames, extract, known_names_from_session
from kztracker.importing.extract.english.dates import find_dates
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.read import read_file, read_text
from kztracker.models import Organization
from tests.importing.drafting import draft_of

ANNOUNCEMENTS = Path(__file__).parent.parent / "announcements"

RELEASE = """Ministry signs memorandum with Tartu university

Astana, 18 October 2024 — The Ministry of Health of the Republic of Kazakhstan together with \
the University of Tartu signed a Memorandum of Understanding on 17 October 2024 in Astana.

The document was signed by Vice Minister of Health Erlan Kiyasov and Toomas Asser, Rector \
of the University of Tartu. The parties will cooperate in the areas of clinical research, \
digital health records and laboratory training.

"Estonian experience is unique," Kiyasov said. The first joint summer school will take place \
in Tartu in June 2025, and the first exchange of specialists is planned for 2026.

Subscribe to our newsletter for weekly health news!

Read next
Ministry of Finance signs memorandum with Samsung Electronics
"""


def _names(items: list) -> list[str]:
    return [item.name for item in items]


def test_release_yields_its_records() -> None:
    draft = draft_of(RELEASE)
    assert draft.document.title == "Ministry signs memorandum with Tartu university"
    assert draft.document.published_on == PartialDate(2024, 10, 18)
    assert draft.document.language == "en"
    assert _names(draft.organizations) == [
        "Ministry of Health of the Republic of Kazakhstan",
        "University of Tartu",
    ]
    ministry, university = draft.organizations
    assert (ministry.kind, ministry.country) == ("government", "Kazakhstan")
    assert university.kind == "university"

    people = {p.name: p for p in draft.people}
    assert set(people) == {"Erlan Kiyasov", "Toomas Asser"}
    assert people["Erlan Kiyasov"].title == "Vice Minister of Health"  # title before the name
    assert people["Toomas Asser"].title == "Rector"  # title after the name
    assert people["Toomas Asser"].organization == "University of Tartu"

    [memo] = draft.memoranda
    assert memo.kind == "memorandum"
    assert set(memo.parties) == {ministry.name, university.name}
    assert memo.signed_on == PartialDate(2024, 10, 17)
    assert "Clinical research" in memo.focus_areas

    dated = {(m.date, m.status) for m in draft.milestones}
    assert (PartialDate(2025, 6), "planned") in dated
    assert (PartialDate(2026), "planned") in dated


def test_boilerplate_yields_nothing() -> None:
    draft = draft_of(RELEASE)
    every_name = " ".join(_names(draft.organizations) + _names(draft.people))
    assert "Samsung" not in every_name and "Finance" not in every_name


def test_site_furniture_of_a_saved_page_yields_nothing() -> None:
    draft = extract(read_file(ANNOUNCEMENTS / "formats" / "ann12_blog_boilerplate.html"))
    names = " ".join(_names(draft.organizations) + _names(draft.people))
    for furniture in ("Samsung", "Finance", "Karaganda", "Petrov", "Evil", "Mining", "Awards"):
        assert furniture not in names
    assert "Geological Survey of Finland" in _names(draft.organizations)


def test_spans_point_at_the_text_behind_each_item() -> None:
    draft = draft_of(RELEASE)
    text = draft.document.text
    items: list[DraftOrganization | DraftPerson] = [*draft.organizations, *draft.people]
    for item in items:
        assert item.spans
        written = {text[s.start : s.end] for s in item.spans}
        assert any(w in item.name or item.name.endswith(w) or w in item.aliases for w in written)
    for memo in draft.memoranda:
        assert "Memorandum" in text[memo.spans[0].start : memo.spans[0].end]


def test_name_variants_and_lookalike_letters_make_one_person() -> None:
    draft = draft_of(
        "Academician Yuri Pya opened the session. Later, Dr. Yuriy Pya, Chairman of the Board "
        "at the University Medical Center, presented a heart pump. Anаr Turmukhambetova, Rector of "
        "Astana Medical University, spoke next."  # the "а" in Anаr is Cyrillic
    )
    people = {p.name: p for p in draft.people}
    assert set(people) == {"Yuriy Pya", "Anar Turmukhambetova"}
    assert people["Yuriy Pya"].aliases == ["Yuri Pya"]
    assert people["Yuriy Pya"].title == "Chairman of the Board"
    assert people["Yuriy Pya"].organization == "University Medical Center"


def test_short_forms_and_country_suffixes_join_their_organization() -> None:
    draft = draft_of(
        "Nazarbayev University (NU) opened a centre. NU President Waqar Ahmad spoke. The "
        "Ministry of Science and Higher Education of Kazakhstan thanked the Ministry of Science "
        "and Higher Education team. AstraZeneca Kazakhstan signed an agreement with AstraZeneca."
    )
    orgs = {o.name: o for o in draft.organizations}
    assert orgs["Nazarbayev University"].short_name == "NU"
    assert "Ministry of Science and Higher Education" in (
        orgs["Ministry of Science and Higher Education of Kazakhstan"].aliases
    )
    assert orgs["AstraZeneca Kazakhstan"].parent == "AstraZeneca"
    assert [p.organization for p in draft.people] == ["Nazarbayev University"]


def test_organizations_without_a_type_word_are_found_by_context() -> None:
    draft = draft_of(
        "Strategic partnerships with technology firms like Google, NVIDIA, and Huawei now "
        "drive AI work at the Ministry of Digital Development. Experts from Elsevier and "
        "Clarivate spoke at ConnectED 2024."
    )
    names = set(_names(draft.organizations))
    assert {"Google", "NVIDIA", "Huawei", "Elsevier", "Clarivate"} <= names
    assert "ConnectED" not in names and "AI" not in names
    [memo] = draft.memoranda
    assert memo.kind == "other"
    assert set(memo.parties) == {"Ministry of Digital Development", "Google", "NVIDIA", "Huawei"}


def test_several_memoranda_in_one_text_keep_their_own_parties_and_dates() -> None:
    draft = extract(read_file(ANNOUNCEMENTS / "ann11_three_memoranda.txt"))
    signed = {frozenset(m.parties): m.signed_on for m in draft.memoranda}
    assert signed[frozenset({"Nazarbayev University", "Technical University of Munich"})] == (
        PartialDate(2024, 11, 25)
    )
    assert signed[frozenset({"Nazarbayev University", "Fraunhofer Society"})] == (
        PartialDate(2024, 11, 27)
    )


def test_known_names_are_a_gazetteer() -> None:
    known = KnownNames(
        organizations=[
            KnownName("Qazaq Green Power", ("QGP",), "company", "Kazakhstan"),
        ]
    )
    text = "Engineers of QGP and Qazaq Green Power visited the plant in Ekibastuz last spring."
    assert not draft_of(text).organizations
    [org] = extract(read_text(text), known).organizations
    assert org.name == "Qazaq Green Power"
    assert org.kind == "company"
    assert "QGP" in [org.short_name, *org.aliases]


def test_known_names_come_from_the_database(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        known = known_names_from_session(session)
        count = len(session.scalars(select(Organization.id)).all())
    assert len(known.organizations) == count
    by_name = {k.name: k for k in known.organizations}
    nu = by_name["Nazarbayev University"]
    assert "NU" in nu.aliases and nu.kind == "university"
    assert any(p.name == "Yuriy Pya" and "Yuri Pya" in p.aliases for p in known.people)
    assert known.focus_areas


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ConnectED 2024 conference was held on Oct. 17-18.", ["2024-10-17"]),
        ("It was signed on 17 October 2024 in Astana.", ["2024-10-17"]),
        ("The lab opens in 2026.", ["2026"]),
        ("A report is due in January 2026.", ["2026-01"]),
        ("Vouchers go out in Q2 2025.", ["2025"]),
        ("They met last week.", ["2025-03"]),
        ("They met yesterday.", ["2025-03-11"]),
        ("They met on Tuesday.", ["2025-03-11"]),
        ("A plan for 2025-2027 was adopted.", ["2025"]),
        ("The World University Rankings 2026 list it.", []),
        ("More than 2,000 scientists work there.", []),
        ("Signed on 12.03.2025 in Almaty.", ["2025-03-12"]),
    ],
)
def test_date_expressions_keep_their_precision(sentence: str, expected: list[str]) -> None:
    published = PartialDate(2025, 3, 12)  # a Wednesday
    assert [str(d.date) for d in find_dates(sentence, published)] == expected


def test_relative_dates_resolve_against_the_publication_date() -> None:
    draft = draft_of(
        "Published: 14 July 2025\n\nA delegation of the Chinese Academy of Sciences visited "
        "Almaty last week. A memorandum is expected to be signed next year."
    )
    dates = sorted(str(m.date) for m in draft.milestones)
    assert dates == ["2025-07", "2026"]


def test_other_languages_are_refused_with_the_languages_that_can_be_read() -> None:
    german = "Das Ministerium für Gesundheit hat mit der Universität ein Abkommen unterzeichnet."
    with pytest.raises(ImportInputError, match="not in English, Russian or Kazakh"):
        extract(read_text(german))


def test_kazakh_in_latin_letters_is_refused_as_such_and_turkish_is_not_taken_for_it() -> None:
    kazakh = (
        "Qazaqstan Respublikasy Densaulyq saqtau ministrligi jäne Ankara universitetı "
        "medisina salasyndağy yntymaqtastyq turaly memorandumğa qol qoidy."
    )
    with pytest.raises(ImportInputError, match="Kazakh written in the Latin alphabet"):
        extract(read_text(kazakh))
    turkish = (
        "Türkiye ile Kazakistan arasında sağlık alanında işbirliği anlaşması imzalandı; "
        "bakanlar ortak açıklama yaptı."
    )
    with pytest.raises(ImportInputError, match="not in English, Russian or Kazakh"):
        extract(read_text(turkish))


ROUNDUP = """Tourism forum closes with agreements

Published: 20 September 2025

The Astana Tourism Forum closed on Friday. During the forum, Kazakh Tourism signed memoranda \
of understanding with Italy's Ferrante Viaggi SpA on tour packages to Mangystau, with Japanese \
travel agency Kitagawa Travel on charter flights from Osaka, and with Emirati developer Sahra \
Properties on a resort near Lake Alakol.
"""


def test_a_roundup_of_memoranda_gives_one_per_partner_with_its_country() -> None:
    draft = draft_of(ROUNDUP)
    memoranda = sorted(sorted(m.parties) for m in draft.memoranda)
    assert memoranda == [
        ["Ferrante Viaggi SpA", "Kazakh Tourism"],
        ["Kazakh Tourism", "Kitagawa Travel"],
        ["Kazakh Tourism", "Sahra Properties"],
    ]
    countries = {o.name: o.country for o in draft.organizations}
    assert countries["Ferrante Viaggi SpA"] == "Italy"  # "Italy's X"
    assert countries["Kitagawa Travel"] == "Japan"  # "Japanese travel agency X"
    assert "Osaka" not in countries  # a city, not a partner


POST = """Kazakh Embassy in Seoul · 14 April 2026

Great news! Al-Farabi Kazakh National University and Hanyang Institute of Technology signed \
an MoU on joint PhD supervision today, together with UNICEF Kazakhstan. #KazakhstanKorea \
@KazEmbassySeoul

(Reporting by Dana Akhmetova; Editing by Paul Greer)
"""


def test_hashtags_bylines_and_agreement_acronyms_name_nobody() -> None:
    draft = draft_of(POST)
    names = _names(draft.organizations)
    assert not {"MoU", "KazakhstanKorea", "KazEmbassySeoul"} & set(names)
    assert _names(draft.people) == []
    unicef = next(o for o in draft.organizations if o.name == "UNICEF")
    assert (unicef.kind, unicef.country) == ("international", None)  # its country office
    assert "UNICEF Kazakhstan" not in names


def test_an_alliance_joined_is_not_a_party_and_initials_stay_in_a_name() -> None:
    draft = draft_of(
        "Published: 14 January 2026\n\nHeadline\n\nL.N. Gumilyov Eurasian National University "
        "has become a member of the Baltic Research Alliance following an agreement signed with "
        "the University of Tartu on 12 January."
    )
    assert "L.N. Gumilyov Eurasian National University" in _names(draft.organizations)
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["L.N. Gumilyov Eurasian National University", "University of Tartu"]
    ]


def _parties(text: str) -> list[list[str]]:
    draft = draft_of(f"Published: 5 May 2026\n\nNews\n\n{text}")
    return sorted(sorted(m.parties) for m in draft.memoranda)


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Steppe Aviation JSC has partnered with Nordair Technics AB to maintain its fleet.",
            ["Nordair Technics AB", "Steppe Aviation JSC"],
        ),
        (
            "Qazaq Solar and Helios Energia SpA inked a deal on Tuesday to build a solar plant.",
            ["Helios Energia SpA", "Qazaq Solar"],
        ),
        (
            "A deal between Tengri Minerals and Andes Copper Corporation was signed on 3 May.",
            ["Andes Copper Corporation", "Tengri Minerals"],
        ),
        (
            "The Akimat of Almaty Region and Austria's Alpenhof Group agreed to build a resort.",
            ["Akimat of Almaty Region", "Alpenhof Group"],
        ),
        (
            "The Ministry of Education, UNESCO and the Erasmus Foundation signed a tripartite "
            "memorandum on teacher training.",
            ["Erasmus Foundation", "Ministry of Education", "UNESCO"],
        ),
    ],
)
def test_memoranda_in_unseen_phrasing_name_their_parties(sentence: str, parties: list[str]) -> None:
    assert _parties(sentence) == [parties]


def test_one_side_agreeing_is_no_memorandum() -> None:
    assert _parties("Tengri Minerals agreed to review the tariffs next year.") == []


def test_wire_style_titles_and_a_representative_in_a_country() -> None:
    draft = draft_of(
        "Published: 5 May 2026\n\nNews\n\nKazRail Cargo chief executive Serik Mukanov said the "
        "line would open in August. UNICEF Representative in Kazakhstan Maria Lopez welcomed it."
    )
    people = {p.name: (p.title, p.organization) for p in draft.people}
    assert people["Serik Mukanov"] == ("Chief executive", "KazRail Cargo")
    title, organization = people["Maria Lopez"]
    assert organization == "UNICEF" and title is not None and "Representative" in title
    assert [m.title for m in draft.milestones] == ["Line to open"]


def test_a_signed_work_plan_is_no_milestone() -> None:
    draft = draft_of(
        "Published: 2 December 2025\n\nNews\n\nThe Ministry of Health and the Red Crescent "
        "Society signed a joint work plan on first aid training on 1 December 2025."
    )
    assert draft.milestones == []
    assert len(draft.memoranda) == 1


def test_a_name_before_cooperative_is_an_organization_and_before_plant_a_facility() -> None:
    draft = draft_of(
        "Published: 5 May 2026\n\nNews\n\nGalym Serikbayev, head of the Tobol Agro cooperative, "
        "said the first 50 wagons would be assembled at the Ural Vagon Zauyty plant in 2027."
    )
    # the plant is where the work is done (a venue, not a partner); neither name is a person
    assert "Tobol Agro" in _names(draft.organizations)
    assert "Ural Vagon Zauyty" not in _names(draft.organizations)
    assert _names(draft.people) == ["Galym Serikbayev"]


UNDATED_CAMPAIGN = """Steppe Tourism and Alpina Air to promote Kazakhstan

Steppe Tourism and Alpina Air signed a marketing agreement in Vienna on 6 March 2026.

Under the agreement, the partners will run a joint advertising campaign in Austria. Aset \
Nurlanov, Chairman of the Board of Steppe Tourism, said bookings had grown by a fifth in 2025.

Alpina Air added that direct flights to Almaty would double this summer.
"""


def test_an_article_about_advertising_is_no_advert_and_its_present_is_its_news_day() -> None:
    draft = draft_of(UNDATED_CAMPAIGN)
    assert "Aset Nurlanov" in _names(draft.people)
    flights = [m for m in draft.milestones if "flights" in m.title]
    assert [m.date.year for m in flights if m.date] == [2026]


SURNAMES = """Shakarim University welcomes Mongolian partners

Published: 3 October 2025

On 1 October, Shakarim University and the Mongolian University of Life Sciences signed a \
memorandum on pasture ecology. Professor Asel Dzhumabayeva, Vice-Rector for Research at \
Shakarim University, signed the memorandum. Dzhumabayeva signed for Shakarim; the rector \
of the Mongolian side, Batbold Enkhtuya, signed in Ulaanbaatar. Nurly Tech, a software \
company, joined later: "Farmers need forecasts," said Dana Serikova, founder and CEO of Nurly \
Tech. Committee chairman Yerbolat Kuanyshev of the Committee of Geology attended.

About Nurly Tech
Nurly Tech is an Almaty-based software company founded in 2019.
"""


def test_surnames_alone_and_a_company_after_ceo_of_are_not_confused() -> None:
    draft = draft_of(SURNAMES)
    organizations = _names(draft.organizations)
    assert "Dzhumabayeva" not in organizations
    assert "Nurly Tech" in organizations
    assert "Nurly Tech" not in _names(draft.people)
    employers = {p.name: p.organization for p in draft.people}
    assert employers["Yerbolat Kuanyshev"] == "Committee of Geology"
    assert not any(m.date == PartialDate(2019) for m in draft.milestones)  # "About" section


def test_ports_are_partners_and_kazakh_ministry_is_the_ministry_of_kazakhstan() -> None:
    draft = draft_of(
        "Ministry of Transport of the Republic of Kazakhstan news\n\nPublished: 22 May 2026\n\n"
        "The Kazakh Ministry of Transport reported that a memorandum between Aktau "
        "International Sea Trade Port and the Port of Mersin on container traffic was signed."
    )
    assert _names(draft.organizations) == [
        "Ministry of Transport of the Republic of Kazakhstan",
        "Aktau International Sea Trade Port",
        "Port of Mersin",
    ]
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Aktau International Sea Trade Port", "Port of Mersin"]
    ]


def test_kinds_a_type_word_alone_gets_wrong_and_usual_country_names() -> None:
    draft = draft_of(
        "Published: 5 May 2026\n\nNews\n\nThe Eurasian Development Bank, the National Bank of "
        "Kazakhstan, the Tokyo Institute of Technology and the Korea Institute of Energy "
        "Research met in Almaty on 4 May 2026."
    )
    found = {o.name: (o.kind, o.country) for o in draft.organizations}
    assert found["Eurasian Development Bank"] == ("international", None)
    assert found["National Bank of Kazakhstan"][0] == "government"
    assert found["Tokyo Institute of Technology"][0] == "university"
    assert found["Korea Institute of Energy Research"][1] == "South Korea"


def test_a_list_of_partners_with_legal_forms_gives_one_memorandum_each() -> None:
    assert _parties(
        "Kazakh Invest has signed memoranda with Nordvik Chemicals AS, Huaxing Glass Co. and "
        "Bosporus Cement."
    ) == [
        ["Bosporus Cement", "Kazakh Invest"],
        ["Huaxing Glass Co", "Kazakh Invest"],
        ["Kazakh Invest", "Nordvik Chemicals AS"],
    ]


def test_a_legal_form_with_a_full_stop_does_not_end_the_sentence() -> None:
    assert _parties(
        "Steppe Gas Company and Pannon Geo Services Kft. met in Astana. The two companies "
        "signed a cooperation agreement on exploration."
    ) == [["Pannon Geo Services Kft", "Steppe Gas Company"]]


def test_a_name_listing_two_fields_stays_whole() -> None:
    draft = draft_of(
        "Published: 5 May 2026\n\nNews\n\nThe Ministry of Agriculture and the Food and "
        "Agriculture Organization (FAO) launched a joint project on locust control."
    )
    assert "Food and Agriculture Organization" in _names(draft.organizations)


def test_a_person_of_an_organization_named_right_after() -> None:
    draft = draft_of(
        "Published: 5 May 2026\n\nNews\n\nThe agreement was signed by Irtysh State University "
        "rector Bolat Sadykov and Dr. Henrik Lund of the Aalborg Wind Lab."
    )
    employers = {p.name: p.organization for p in draft.people}
    assert employers == {
        "Bolat Sadykov": "Irtysh State University",
        "Henrik Lund": "Aalborg Wind Lab",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The two universities signed a memorandum on cooperation in several areas, incl. "
        "medicine and engineering.",
        "The institutes agreed to cooperate in various fields, etc.",
    ],
)
def test_a_count_of_fields_or_a_list_abbreviation_is_no_focus_area(sentence: str) -> None:
    draft = draft_of(f"Astana, 12 March 2026. {sentence}")
    names = [area.name.casefold() for area in draft.focus_areas]
    assert not any(
        word in name for name in names for word in ("several", "various", "incl", "etc")
    ), names


def test_a_named_field_after_cooperation_in_is_still_a_focus_area() -> None:
    draft = draft_of(
        "Astana, 12 March 2026. The ministry and the university signed a memorandum on "
        "cooperation in agriculture and veterinary medicine."
    )
    assert {area.name for area in draft.focus_areas} >= {"Agriculture", "Veterinary medicine"}
