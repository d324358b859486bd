"""The detail of one record: readable fields and every related record, grouped, one click away."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.db import Database
from kztracker.models import Milestone, Provenance, Source
from kztracker.services.details import RecordDetail, record_detail
from kztracker.services.records import (
    RecordNotFound,
    create_record,
    find_record_by_name,
)

MOU = (
    "Memorandum of Understanding between the Ministry of Science and Higher Education and "
    "AstraZeneca Kazakhstan"
)
MSHE = "Ministry of Science and Higher Education of the Republic of Kazakhstan"


def _id(session: Session, kind: str, name: str) -> int:
    if kind == "milestone":
        found = session.scalar(select(Milestone.id).where(Milestone.title == name))
    else:
        found = find_record_by_name(session, kind, name)
    assert found is not None, name
    return found


def _groups(detail: RecordDetail) -> dict[str, list[tuple[str, str]]]:
    return {g.title: [(item.label, item.note) for item in g.items] for g in detail.groups}


def test_a_memorandum_shows_parties_people_areas_milestones_and_sources(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        detail = record_detail(session, "memorandum", _id(session, "memorandum", MOU))
    assert detail.title == MOU and detail.version == 1
    assert ("Status", "Signed") in detail.fields
    assert ("Document kind", "Memorandum") in detail.fields
    groups = _groups(detail)
    assert groups["Parties"] == [
        ("AstraZeneca", "Partner"),
        ("AstraZeneca Kazakhstan", "Signatory side"),
        (MSHE, "Signatory side"),
    ]
    minister = "Minister of Science and Higher Education"
    assert groups["Signatories"] == [("Sayasat Nurbek", minister)]
    assert groups["Responsible person"] == [("Sayasat Nurbek", minister)]
    assert len(groups["Focus areas"]) == 4
    assert groups["Milestones"] == [("Delegation visit to AstraZeneca DISC in Cambridge", "Done")]
    assert len(groups["Sources"]) == 2
    assert list(groups) == [
        "Parties",
        "Signatories",
        "Focus areas",
        "Milestones",
        "Responsible person",
        "Sources",
    ]


def test_a_partner_shows_memoranda_milestones_people_family_and_aliases(
    seeded_db: Database,
) -> None:
    with seeded_db.session() as session:
        detail = record_detail(session, "organization", _id(session, "organization", "NU"))
    # The seed gives the university its Russian and Kazakh names too.
    assert ("Aliases", "NU, Назарбаев Университет, Назарбаев Университеті") in detail.fields
    assert ("Partner kind", "University") in detail.fields
    groups = _groups(detail)
    assert groups["Parent organization"] == []
    assert groups["Child organizations"] == [
        ("Biomedical Research Center", ""),
        ("Nazarbayev University School of Medicine", ""),
    ]
    assert groups["People"] == [("Waqar Ahmad", "President")]
    titles = [label for label, _ in groups["Milestones"]]
    assert "Biomedical Research Center opens at Nazarbayev University" in titles
    assert groups["Memoranda"] == []
    assert len(groups["Sources"]) >= 1


def test_a_partners_milestones_include_those_of_its_memoranda(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        groups = _groups(
            record_detail(session, "organization", _id(session, "organization", "Google"))
        )
    assert groups["Memoranda"] == [
        ("AI and digital education partnerships with Google, NVIDIA and Huawei", "Partner")
    ]
    assert [label for label, _ in groups["Milestones"]] == [
        "40 ICT Academies established",
        "GenAI courses prepared for 7,000 students",
    ]


def test_a_child_partner_shows_its_parent(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        groups = _groups(
            record_detail(session, "organization", _id(session, "organization", "Cambridge DISC"))
        )
    assert groups["Parent organization"] == [("AstraZeneca", "")]


def test_a_person_shows_organization_memoranda_and_milestones(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        detail = record_detail(session, "person", _id(session, "person", "Sayasat Nurbek"))
    groups = _groups(detail)
    assert groups["Organization"] == [(MSHE, "")]
    assert groups["Memoranda"] == [(MOU, "signatory, responsible")]
    assert groups["Milestones"] == [
        ("ConnectED 2024 conference in Astana", "Done, due 17 Oct 2024"),
        ("Delegation visit to AstraZeneca DISC in Cambridge", "Done"),
    ]


def test_a_focus_area_shows_its_tree_memoranda_and_milestones(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        detail = record_detail(
            session, "focus_area", _id(session, "focus_area", "Blockchain education")
        )
    groups = _groups(detail)
    assert groups["Parent area"] == [("AI and digital education", "")]
    assert groups["Sub-areas"] == []
    assert [label for label, _ in groups["Memoranda"]] == [
        "Blockchain education partnership with Tether",
        "Crypto School project with Binance",
    ]


def test_a_milestone_shows_memorandum_partners_area_and_person(seeded_db: Database) -> None:
    title = "Delegation visit to AstraZeneca DISC in Cambridge"
    with seeded_db.session() as session:
        detail = record_detail(session, "milestone", _id(session, "milestone", title))
    groups = _groups(detail)
    assert detail.title == title
    assert groups["Memorandum"] == [(MOU, "")]
    assert [label for label, _ in groups["Partners"]] == [
        "AstraZeneca",
        "AstraZeneca Kazakhstan",
        "Discovery Centre (DISC)",
        MSHE,
    ]
    assert groups["Focus area"] == []
    assert groups["Responsible person"][0][0] == "Sayasat Nurbek"
    assert ("Status", "Done") in detail.fields


def test_dates_read_as_precisely_as_they_are_known(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        created = create_record(
            session,
            "milestone",
            {
                "title": "Report",
                "start_on": "2026",
                "due_on": "2026-03",
                "completed_on": "2026-03-09",
                "status": "in_progress",
            },
        ).created[0]
    with seeded_db.session() as session:
        fields = dict(record_detail(session, "milestone", created).fields)
    assert fields["Start"] == "2026"
    assert fields["Due"] == "Mar 2026"
    assert fields["Completed on"] == "9 Mar 2026"
    assert fields["Status"] == "In progress"


def test_sources_quote_the_span_and_a_source_lists_its_records(seeded_db: Database) -> None:
    text = "Intro. " + "The ministry and Google will train teachers in artificial intelligence " * 3
    with seeded_db.sessions.begin() as session:
        google = _id(session, "organization", "Google")
        source = Source(title="Teachers and AI", content_hash="f" * 64, full_text=text)
        session.add(source)
        session.flush()
        session.add(
            Provenance(
                source_id=source.id,
                record_kind="organization",
                record_id=google,
                span_start=7,
                span_end=len(text),
            )
        )
        source_id = source.id
    with seeded_db.session() as session:
        sources = _groups(record_detail(session, "organization", google))["Sources"]
        source_detail = record_detail(session, "source", source_id)
    note = dict(sources)["Teachers and AI"]
    assert note.startswith("“The ministry and Google will train") and note.endswith("…”")
    assert len(note) == 82
    assert _groups(source_detail)["Partners"] == [("Google", note)]
    assert source_detail.title == "Teachers and AI"


def test_a_seeded_source_lists_the_records_it_supports(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        source = session.scalar(select(Source).where(Source.title.like("Prime Minister tours%")))
        assert source is not None
        groups = _groups(record_detail(session, "source", source.id))
    assert ("Nazarbayev University", "") in groups["Partners"]
    assert ("Waqar Ahmad", "") in groups["People"]
    assert ("Prime Minister visits the Biomedical Research Center", "") in groups["Milestones"]


def test_a_source_names_its_language_in_the_users_language(seeded_db: Database) -> None:
    from kztracker.i18n import in_language

    with seeded_db.session() as session:
        source = session.scalar(select(Source).where(Source.title.like("Prime Minister tours%")))
        assert source is not None
        english = dict(record_detail(session, "source", source.id).fields)
        with in_language("ru"):
            russian = dict(record_detail(session, "source", source.id).fields)
    assert english["Language"] == "English"
    assert russian["Язык"] == "Английский"


@pytest.mark.parametrize("kind", ["memorandum", "source"])
def test_a_missing_record_says_so(seeded_db: Database, kind: str) -> None:
    with seeded_db.session() as session:
        with pytest.raises(RecordNotFound):
            record_detail(session, kind, 9999)
