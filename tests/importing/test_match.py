"""Matching hand-made drafts against the seeded database."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.importing.draft import (
    Document,
    Draft,
    DraftFocusArea,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.match import MatchThresholds, dates_agree, match_draft


def _draft(**items: list) -> Draft:  # type: ignore[type-arg]
    return Draft(Document(text="x" * 200, origin="test", format="pasted"), **items)


def _matched(db: Database, draft: Draft, thresholds: MatchThresholds | None = None) -> Draft:
    with db.session() as session:
        match_draft(session, draft, thresholds)
    return draft


def test_exact_name_and_alias_link_with_full_score(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[
                DraftOrganization("Nazarbayev University"),
                DraftOrganization("Ministry of Health of Kazakhstan"),
            ]
        ),
    )
    nu, moh = draft.organizations
    assert (nu.match.action, nu.match.recommendation) == ("link", "strong")
    assert nu.match.best is not None and nu.match.best.score == 1.0
    assert nu.match.best.reason == "same name"
    assert moh.match.action == "link" and moh.match.best is not None
    assert moh.match.best.name == "Ministry of Health of the Republic of Kazakhstan"
    assert moh.match.best.score == 1.0 and moh.match.best.reason == "alias"


def test_spelling_variant_and_cyrillic_lookalike_match_people(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            people=[
                DraftPerson("Yuri Pya"),  # a stored alias
                DraftPerson("Sayasat Nurbeck"),  # a spelling variant
                DraftPerson("Anаr Turmukhambetova"),  # Cyrillic "а" inside
                DraftPerson("Jane Unknown"),
            ]
        ),
    )
    pya, nurbek, anar, unknown = draft.people
    assert pya.match.best is not None and pya.match.best.name == "Yuriy Pya"
    assert nurbek.match.action == "link" and nurbek.match.best is not None
    assert nurbek.match.best.name == "Sayasat Nurbek"
    assert 0.86 <= nurbek.match.best.score < 1 and nurbek.match.best.reason == "spelling variant"
    assert anar.match.best is not None and anar.match.best.score == 1.0
    assert unknown.match.action == "create" and unknown.match.recommendation == "none"
    assert unknown.match.candidates == []


def test_country_branch_proposes_a_child_under_the_parent(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[
                DraftOrganization("AstraZeneca Kazakhstan"),
                DraftOrganization("AstraZeneca Uzbekistan"),
                DraftOrganization("Nazarbayev University Graduate School of Business"),
            ]
        ),
    )
    existing, branch, school = draft.organizations
    assert existing.match.action == "link" and existing.match.best is not None
    assert existing.match.best.name == "AstraZeneca Kazakhstan"
    assert branch.match.action == "create"
    assert branch.parent == "AstraZeneca" and branch.country == "Uzbekistan"
    assert any(c.parent and c.reason.startswith("parent") for c in branch.match.candidates)
    assert school.match.action == "create" and school.parent == "Nazarbayev University"


def test_short_form_after_long_form_is_one_item(seeded_db: Database) -> None:
    draft = _draft(
        organizations=[
            DraftOrganization("Discovery Centre (DISC)", spans=[Span(0, 23)]),
            DraftOrganization("DISC", spans=[Span(50, 54)]),
            DraftOrganization("Brand New Institute (BNI)", spans=[Span(60, 85)]),
            DraftOrganization("BNI", spans=[Span(90, 93)]),
        ],
        people=[
            DraftPerson("Waqar Ahmad", title="President", spans=[Span(100, 111)]),
            DraftPerson("Ahmad", spans=[Span(150, 155)]),
        ],
    )
    _matched(seeded_db, draft)
    assert [o.name for o in draft.organizations] == [
        "Discovery Centre (DISC)",
        "Brand New Institute (BNI)",
    ]
    disc, bni = draft.organizations
    assert disc.spans == [Span(0, 23), Span(50, 54)]
    assert disc.match.action == "link" and disc.match.best is not None
    assert disc.match.best.name == "Discovery Centre (DISC)"
    assert bni.match.action == "create" and "BNI" not in bni.aliases or bni.short_name is None
    assert [p.name for p in draft.people] == ["Waqar Ahmad"]
    assert draft.people[0].spans == [Span(100, 111), Span(150, 155)]


def test_focus_areas_by_name(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(focus_areas=[DraftFocusArea("genomics"), DraftFocusArea("Quantum computing")]),
    )
    genomics, quantum = draft.focus_areas
    assert genomics.match.action == "link" and genomics.match.best is not None
    assert genomics.match.best.name == "Genomics"
    assert quantum.match.action == "create"


def test_memorandum_by_parties_and_milestone_by_title_and_date(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[
                DraftOrganization("Ministry of Science and Higher Education"),
                DraftOrganization("Binance"),
            ],
            memoranda=[
                DraftMemorandum(
                    "Memorandum on a crypto school",
                    parties=["Ministry of Science and Higher Education", "Binance"],
                )
            ],
            milestones=[
                DraftMilestone("ConnectED 2024 conference held in Astana", PartialDate(2024, 10)),
                DraftMilestone("ConnectED 2024 conference held in Astana", PartialDate(2019)),
            ],
        ),
    )
    memo = draft.memoranda[0]
    assert memo.match.action == "link" and memo.match.best is not None
    assert memo.match.best.name == "Crypto School project with Binance"
    assert "2 of 2 parties" in memo.match.best.reason
    same_date, other_date = draft.milestones
    assert same_date.match.action == "link" and same_date.match.best is not None
    assert same_date.match.best.name == "ConnectED 2024 conference in Astana"
    assert other_date.match.action == "create"
    assert all(0 <= c.score <= 1 for c in same_date.match.candidates + memo.match.candidates)


def test_thresholds_are_a_parameter(seeded_db: Database) -> None:
    strict = MatchThresholds(strong=0.99, medium=0.98, low=0.5)
    draft = _matched(seeded_db, _draft(people=[DraftPerson("Sayasat Nurbeck")]), strict)
    assert draft.people[0].match.action == "create"
    assert draft.people[0].match.recommendation == "low"


def test_partial_dates_agree_within_their_precision() -> None:
    assert dates_agree(PartialDate(2024), PartialDate(2024, 10, 17)) is True
    assert dates_agree(PartialDate(2024, 9), PartialDate(2024, 10, 17)) is False
    assert dates_agree(None, PartialDate(2024)) is None


def test_two_mentions_of_one_known_record_become_one_item(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[
                DraftOrganization("Biomedical Research Center", spans=[Span(0, 26)]),
                DraftOrganization(
                    "Biomedical Research Center at Nazarbayev University", spans=[Span(40, 91)]
                ),
            ]
        ),
    )
    assert len(draft.organizations) == 1
    assert draft.organizations[0].spans == [Span(0, 26), Span(40, 91)]


def test_a_sentence_telling_a_known_event_and_part_of_a_known_area_link(
    seeded_db: Database,
) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            focus_areas=[DraftFocusArea("Green technologies"), DraftFocusArea("Green hydrogen")],
            milestones=[
                DraftMilestone(
                    "The Prime Minister visited the newly opened Biomedical Research Center at "
                    "Nazarbayev University"
                )
            ],
        ),
    )
    green, hydrogen = draft.focus_areas
    assert green.match.action == "link" and green.match.best is not None
    assert green.match.best.name == "Sustainable development and green technologies"
    assert hydrogen.match.action == "create"
    visit = draft.milestones[0].match
    assert visit.action == "link" and visit.best is not None
    assert visit.best.name == "Prime Minister visits the Biomedical Research Center"


def test_near_variants_of_known_focus_areas_link_and_unrelated_ones_do_not(
    seeded_db: Database,
) -> None:
    names = {
        "Real-world evidence": "Real-world evidence and real-world data (RWE/RWD)",
        "Young Health Program": (
            "Young Health Programme: preventing non-communicable diseases among young people"
        ),
        "Medical technologies": "MedTech",
        "Healthcare system resilience": "Early diagnosis and healthcare resilience",
        "Prevention programmes for non-communicable diseases": (
            "Young Health Programme: preventing non-communicable diseases among young people"
        ),
        "Prevention of non-communicable diseases among young people": (
            "Young Health Programme: preventing non-communicable diseases among young people"
        ),
        "Sustainable development and economic diversification": (
            "Sustainable development and green technologies"
        ),
    }
    unrelated = [
        "Quantum computing",
        "Research",
        "Digital agriculture",
        "Data protection",
        "Health insurance",
        "Veterinary vaccines and early cancer diagnosis",
    ]
    draft = _matched(
        seeded_db, _draft(focus_areas=[DraftFocusArea(n) for n in [*names, *unrelated]])
    )
    for area in draft.focus_areas[: len(names)]:
        assert area.match.action == "link", area.name
        assert area.match.best is not None and area.match.best.name == names[area.name]
    for area in draft.focus_areas[len(names) :]:
        assert area.match.action == "create", (area.name, area.match.best)


def test_a_milestone_cut_short_links_by_its_sentence_and_shared_organizations(
    seeded_db: Database,
) -> None:
    text = (
        "A delegation led by the minister, with the rectors of six universities, visited "
        "the Discovery Centre (DISC) of AstraZeneca, the company's largest research hub. "
        "AstraZeneca and the Discovery Centre will host a summer school for students."
    )
    visit_end = text.index(". ") + 1
    both = ["Discovery Centre (DISC)", "AstraZeneca"]
    draft = Draft(
        Document(text=text, origin="test", format="pasted"),
        organizations=[DraftOrganization(name) for name in both],
        milestones=[
            DraftMilestone(
                "A delegation led … visited the Discovery Centre (DISC)",
                organizations=both,
                spans=[Span(0, visit_end)],
            ),
            DraftMilestone(
                "AstraZeneca and the Discovery Centre will host a summer school",
                organizations=both,
                spans=[Span(visit_end + 1, len(text))],
            ),
            DraftMilestone(
                "A delegation led … visited the Discovery Centre (DISC)",
                PartialDate(2019, 5),
                spans=[Span(0, visit_end)],
            ),
        ],
    )
    visit, school, earlier = _matched(seeded_db, draft).milestones
    assert visit.match.action == "link" and visit.match.best is not None
    assert visit.match.best.name == "Delegation visit to AstraZeneca DISC in Cambridge"
    assert "shared organizations" in visit.match.best.reason
    assert school.match.action == "create"
    assert earlier.match.action == "create"


def test_another_kind_of_event_with_the_same_partners_does_not_link(
    seeded_db: Database,
) -> None:
    title = (
        "A delegation of rectors visited the Biomedical Research Center at Nazarbayev University"
    )
    orgs = ["Biomedical Research Center", "Nazarbayev University"]
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[DraftOrganization(name) for name in orgs],
            milestones=[DraftMilestone(title, organizations=orgs)],
        ),
    )
    names = [c.name for c in draft.milestones[0].match.candidates]
    assert "Biomedical Research Center opens at Nazarbayev University" not in names


def test_a_close_name_with_another_word_is_a_candidate_never_a_link(seeded_db: Database) -> None:
    draft = _matched(
        seeded_db,
        _draft(
            organizations=[
                DraftOrganization("Ministry of Energy of the Republic of Kazakhstan"),
                DraftOrganization("Nazarbayev Universty"),
            ],
            people=[DraftPerson("Yuri Pyа")],
        ),
    )
    energy, typo = draft.organizations
    assert energy.match.action == "create"
    assert all(c.score < 0.86 for c in energy.match.candidates)
    assert typo.match.action == "link" and typo.match.best is not None
    assert typo.match.best.name == "Nazarbayev University"
    assert draft.people[0].match.action == "link"
