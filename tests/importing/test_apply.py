"""Applying reviewed drafts: records, source, provenance, aliases, duplicates, rollback."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kztracker.dates import PartialDate
from kztracker.db import Database
from kztracker.errors import KztrackerError
from kztracker.importing import apply as apply_module
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
from kztracker.importing.match import match_draft
from kztracker.models import (
    Memorandum,
    Milestone,
    Organization,
    Person,
    PersonAlias,
    Provenance,
    Source,
)
from kztracker.services.importing import DuplicateImportError, apply

TEXT = (
    "The Steppe Institute of Robotics (SIR) and Orbital Dynamics Kazakhstan signed a memorandum "
    "on 3 March 2025. Director Aigerim Sadykova said SIR will open a lab in 2026."
)


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text))


def _draft(text: str = TEXT) -> Draft:
    return Draft(
        Document(text=text, origin="test.txt", format="txt", title="Robotics memorandum"),
        organizations=[
            DraftOrganization(
                "Steppe Institute of Robotics (SIR)",
                kind="research_centre",
                country="Kazakhstan",
                short_name="SIR",
                spans=[_span("Steppe Institute of Robotics (SIR)")],
            ),
            DraftOrganization(
                "Orbital Dynamics Kazakhstan",
                kind="company",
                spans=[_span("Orbital Dynamics Kazakhstan")],
            ),
            DraftOrganization(
                "SIR", spans=[Span(TEXT.index("SIR will"), TEXT.index("SIR will") + 3)]
            ),
        ],
        people=[
            DraftPerson(
                "Aigerim Sadykova",
                title="Director",
                organization="SIR",
                spans=[_span("Aigerim Sadykova")],
            )
        ],
        focus_areas=[DraftFocusArea("Robotics"), DraftFocusArea("Genomics")],
        memoranda=[
            DraftMemorandum(
                "Memorandum between the Steppe Institute of Robotics and Orbital Dynamics",
                parties=["Steppe Institute of Robotics (SIR)", "Orbital Dynamics Kazakhstan"],
                signatories=["Aigerim Sadykova"],
                signed_on=PartialDate(2025, 3, 3),
                focus_areas=["Robotics"],
                spans=[_span("signed a memorandum on 3 March 2025")],
            )
        ],
        milestones=[
            DraftMilestone(
                "Robotics lab opens",
                PartialDate(2026),
                organizations=["SIR"],
                memorandum="Memorandum between the Steppe Institute of Robotics and "
                "Orbital Dynamics",
                spans=[_span("open a lab in 2026")],
            )
        ],
    )


def _count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _prepare(db: Database, draft: Draft) -> Draft:
    with db.session() as session:
        match_draft(session, draft)
    return draft


def test_apply_creates_records_with_source_and_provenance(empty_db: Database) -> None:
    draft = _prepare(empty_db, _draft())
    assert len(draft.organizations) == 2  # "SIR" folded into the long form
    with empty_db.sessions.begin() as session:
        result = apply(session, draft)
    assert result.counts("created") == {
        "organization": 2,
        "person": 1,
        "focus_area": 2,
        "memorandum": 1,
        "milestone": 1,
    }
    assert result.kind == "source" and result.created == (result.source_id,)
    assert [c.kind for c in result.changes()][0] == "source"
    with empty_db.session() as session:
        source = session.scalars(select(Source)).one()
        assert source.full_text == TEXT and len(source.content_hash) == 64
        assert source.title == "Robotics memorandum"
        memo = session.scalars(select(Memorandum)).one()
        assert {p.organization.name for p in memo.parties} == {
            "Steppe Institute of Robotics (SIR)",
            "Orbital Dynamics Kazakhstan",
        }
        assert [s.person.name for s in memo.signatories] == ["Aigerim Sadykova"]
        assert memo.signed_on == PartialDate(2025, 3, 3)
        person = session.scalars(select(Person)).one()
        assert person.organization is not None and person.organization.short_name == "SIR"
        milestone = session.scalars(select(Milestone)).one()
        assert milestone.memorandum_id == memo.id and milestone.due_on == PartialDate(2026)
        branch = session.scalars(
            select(Organization).where(Organization.name == "Orbital Dynamics Kazakhstan")
        ).one()
        assert branch.kind == "company"
        spans = session.execute(
            select(Provenance.span_start, Provenance.span_end)
            .where(
                Provenance.record_kind == "organization",
                Provenance.record_id == person.organization_id,
            )
            .order_by(Provenance.span_start)
        ).all()
        assert [tuple(s) for s in spans] == [
            (TEXT.index("Steppe"), TEXT.index("Steppe") + 34),
            (TEXT.index("SIR will"), TEXT.index("SIR will") + 3),
        ]


def test_reimport_links_instead_of_duplicating_and_same_text_is_refused(
    empty_db: Database,
) -> None:
    with empty_db.sessions.begin() as session:
        apply(session, _prepare(empty_db, _draft()))
    before = {m: _count(empty_db, m) for m in (Organization, Person, Memorandum, Milestone)}

    with empty_db.sessions.begin() as session:
        with pytest.raises(DuplicateImportError) as caught:
            apply(session, _prepare(empty_db, _draft()))
    assert "already imported as 'Robotics memorandum'" in str(caught.value)
    assert caught.value.source_id > 0

    # Another announcement telling the same story: everything links, nothing is duplicated.
    second = _prepare(empty_db, _draft(TEXT + " More to follow."))
    assert all(o.match.action == "link" for o in second.organizations)
    assert second.memoranda[0].match.action == "link"
    assert second.milestones[0].match.action == "link"
    with empty_db.sessions.begin() as session:
        result = apply(session, second)
    assert result.counts("created") == {}
    assert {m: _count(empty_db, m) for m in before} == before
    assert _count(empty_db, Source) == 2


def test_a_merge_teaches_an_alias_the_next_import_uses(seeded_db: Database) -> None:
    text = "Professor Sayasat Nurbeck spoke."
    draft = Draft(
        Document(text=text, origin="a.txt", format="txt"),
        people=[DraftPerson("Sayasat Nurbeck", spans=[Span(10, 25)])],
    )
    _prepare(seeded_db, draft)
    match = draft.people[0].match
    assert match.action == "link" and match.best is not None and match.best.score < 1
    match.learn_alias = True  # the user's merge
    with seeded_db.sessions.begin() as session:
        result = apply(session, draft)
    assert result.aliases_learned == ("Sayasat Nurbeck",)
    with seeded_db.session() as session:
        assert (
            session.scalar(
                select(Person.name).join(PersonAlias).where(PersonAlias.alias == "Sayasat Nurbeck")
            )
            == "Sayasat Nurbek"
        )

    again = _prepare(
        seeded_db,
        Draft(
            Document(text="Sayasat Nurbeck again.", origin="b.txt", format="txt"),
            people=[DraftPerson("Sayasat Nurbeck")],
        ),
    )
    best = again.people[0].match.best
    assert best is not None and (best.name, best.score, best.reason) == (
        "Sayasat Nurbek",
        1.0,
        "alias",
    )
    assert again.people[0].match.recommendation == "strong"


def test_a_failure_mid_apply_rolls_everything_back(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(apply_module._Applier, "milestones", broken)
    draft = _prepare(empty_db, _draft())
    with pytest.raises(RuntimeError):
        with empty_db.sessions.begin() as session:
            apply(session, draft)
    for model in (Source, Organization, Person, Memorandum, Provenance):
        assert _count(empty_db, model) == 0


def test_skip_and_forced_create_of_a_taken_name(seeded_db: Database) -> None:
    draft = _prepare(
        seeded_db,
        Draft(
            Document(text="Nazarbayev University and Google.", origin="c", format="pasted"),
            organizations=[DraftOrganization("Nazarbayev University"), DraftOrganization("Google")],
        ),
    )
    draft.organizations[1].match.action = "skip"
    draft.organizations[0].match.action = "create"
    with pytest.raises(Exception, match="already exists; link to it"):
        with seeded_db.sessions.begin() as session:
            apply(session, draft)
    assert _count(seeded_db, Source) == 5
    draft.organizations[0].match.action = "link"
    with seeded_db.sessions.begin() as session:
        result = apply(session, draft)
    assert result.counts("linked") == {"organization": 1}


def test_a_colleague_saving_the_same_text_meanwhile_is_one_clear_error(
    empty_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with empty_db.sessions.begin() as session:
        apply(session, _prepare(empty_db, _draft()))
    # As if the earlier import landed after this one checked: the database's constraint speaks.
    monkeypatch.setattr(apply_module, "check_not_imported", lambda session, text: None)
    with pytest.raises(KztrackerError, match="prepare the import again"):
        with empty_db.sessions.begin() as session:
            apply(session, _prepare(empty_db, _draft()))
    assert _count(empty_db, Source) == 1
