"""Applying a reviewed draft: records, the source, provenance and learned aliases.

Runs inside the caller's transaction and never commits: a failure anywhere leaves nothing
behind once the caller rolls back. Created records are ORM objects (history is recorded
through ORM flush events); provenance rows, which can be many, go in one insert().

A linked record is only ever added to, never overwritten: an empty title or country is filled,
missing parties or focus areas are added, a planned milestone the text reports as done is
marked done. Names referred to by other items ("parties", "organization") resolve through the
draft's own items first, then through the database's names and aliases.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError
from kztracker.i18n import N_, _, quoted
from kztracker.importing.draft import (
    Draft,
    DraftFocusArea,
    DraftMemorandum,
    DraftMilestone,
    DraftOrganization,
    DraftPerson,
    Span,
)
from kztracker.importing.name_index import fold
from kztracker.importing.outcome import (
    ImportResult,
    check_not_imported,
    source_title,
)
from kztracker.importing.references import References
from kztracker.models import (
    MEMORANDUM_KINDS,
    MEMORANDUM_STATUSES,
    MILESTONE_STATUSES,
    ORGANIZATION_KINDS,
    FocusArea,
    Memorandum,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneOrganization,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Provenance,
    Source,
)
from kztracker.normalize import name_key
from kztracker.sources import content_hash

R = TypeVar("R")

# A whole sentence per kind, so each language can decline the noun as it needs.
_NAME_TAKEN = {
    "partner": N_("a partner named {name} already exists; link to it instead of creating it"),
    "focus area": N_("a focus area named {name} already exists; link to it instead of creating it"),
    "person": N_("a person named {name} already exists; link to it instead of creating it"),
    "memorandum": N_("a memorandum named {name} already exists; link to it instead of creating it"),
}


def aliases_taught(item: DraftOrganization | DraftPerson) -> list[str]:
    """The spellings apply records as aliases for this item, as the review shows them: a new
    record keeps the item's other spellings; a merge also teaches the name as written."""
    if item.match.action == "create":
        return list(item.aliases)
    if item.match.action == "link" and item.match.learn_alias:
        return [item.name, *item.aliases]
    return []


def _tidy(text: str | None) -> str | None:
    """A field as a sentence cut it: no dangling comma or colon, None when nothing is left."""
    cleaned = " ".join((text or "").split()).strip(" ,;:-–—")
    return cleaned or None


class _Applier:
    def __init__(self, session: Session, draft: Draft) -> None:
        self.session = session
        self.draft = draft
        self.created: dict[str, list[int]] = defaultdict(list)
        self.linked: dict[str, list[int]] = defaultdict(list)
        self.updated: dict[str, set[int]] = defaultdict(set)
        self.learned: list[str] = []
        self.provenance: dict[tuple[str, int, int | None], dict[str, Any]] = {}
        self.refs = References(session)
        self.source_id = 0

    # -- helpers ------------------------------------------------------------------------------

    def _existing(self, model: type[R], record_id: int | None, label: str) -> R:
        record = self.session.get(model, record_id) if record_id is not None else None
        if record is None:
            raise KztrackerError(
                _(
                    "{name} is to be linked to a record that does not exist; "
                    "choose another record or create it"
                ).format(name=quoted(label))
            )
        return record

    def _cite(self, kind: str, record_id: int, spans: list[Span], *, created: bool) -> None:
        (self.created if created else self.linked)[kind].append(record_id)
        for span in spans or [None]:  # type: ignore[list-item]
            start = span.start if span else None
            self.provenance.setdefault(
                (kind, record_id, start),
                {
                    "source_id": self.source_id,
                    "record_kind": kind,
                    "record_id": record_id,
                    "span_start": start,
                    "span_end": span.end if span else None,
                },
            )

    def _touch(self, kind: str, record: Any) -> None:
        if record.id not in self.updated[kind]:
            self.updated[kind].add(record.id)
            record.version += 1

    def _refuse_taken_name(self, model: Any, column: Any, name: str, noun: str) -> None:
        taken = self.session.scalar(select(model.id).where(column == name_key(name)))
        if taken is not None:
            raise KztrackerError(_(_NAME_TAKEN[noun]).format(name=quoted(name)))

    def _teach(self, record: Any, alias_model: Any, item: Any, *, linked: bool) -> None:
        """Give the record the aliases the review shows for the item (`aliases_taught`), each
        unless the record or another one has it already."""
        own = {record.name_key, *(a.alias_key for a in record.aliases)}
        for alias in aliases_taught(item):
            key = name_key(alias)
            if not key or key in own:
                continue
            if self.session.scalar(select(alias_model.id).where(alias_model.alias_key == key)):
                continue
            record.aliases.append(alias_model(alias=alias))
            own.add(key)
            if linked:
                self.learned.append(alias)

    # -- the stages ---------------------------------------------------------------------------

    def source(self) -> None:
        document = self.draft.document
        check_not_imported(self.session, document.text)
        source = Source(
            title=source_title(document),
            outlet=document.outlet,
            url=document.url,
            published_on=document.published_on,
            language=document.language,
            full_text=document.text,
            content_hash=content_hash(document.text),
        )
        self.session.add(source)
        self.session.flush()
        self.source_id = source.id

    def organizations(self) -> None:
        pending_parents: list[tuple[Organization, str]] = []
        for item in self.draft.organizations:
            names = [item.name, item.short_name, *item.aliases]
            if item.match.action == "skip":
                self.refs.remember(self.refs.org_ids, names, None)
                continue
            if item.match.action == "link":
                org = self._existing(Organization, item.match.record_id, item.name)
                self._fill_organization(org, item)
                self._cite("organization", org.id, item.spans, created=False)
            else:
                org = self._create_organization(item)
                if item.parent:
                    pending_parents.append((org, item.parent))
            self.refs.remember(self.refs.org_ids, names, org.id)
        for org, parent in pending_parents:
            parent_id = self.refs.org_id(parent)
            if parent_id is not None and parent_id != org.id:
                org.parent_id = parent_id

    def _create_organization(self, item: DraftOrganization) -> Organization:
        key = fold(item.name)
        if key in self.refs.org_ids and self.refs.org_ids[key] is not None:
            raise KztrackerError(
                _("the partner {name} is proposed twice; skip one of them").format(
                    name=quoted(item.name)
                )
            )
        self._refuse_taken_name(Organization, Organization.name_key, item.name, "partner")
        org = Organization(
            name=item.name,
            kind=item.kind if item.kind in ORGANIZATION_KINDS else "other",
            country=item.country,
            short_name=item.short_name,
        )
        self._teach(org, OrganizationAlias, item, linked=False)
        self.session.add(org)
        self.session.flush()
        self._cite("organization", org.id, item.spans, created=True)
        return org

    def _fill_organization(self, org: Organization, item: DraftOrganization) -> None:
        self._teach(org, OrganizationAlias, item, linked=True)
        if org.country is None and item.country:
            org.country = item.country
            self._touch("organization", org)
        if org.short_name is None and item.short_name:
            org.short_name = item.short_name
            self._touch("organization", org)

    def focus_areas(self) -> None:
        for item in self.draft.focus_areas:
            self._one_focus_area(item)

    def _one_focus_area(self, item: DraftFocusArea) -> None:
        if item.match.action == "skip":
            self.refs.remember(self.refs.area_ids, [item.name], None)
            return
        if item.match.action == "link":
            area = self._existing(FocusArea, item.match.record_id, item.name)
            self._cite("focus_area", area.id, item.spans, created=False)
        else:
            existing = self.refs.area_ids.get(fold(item.name))
            if existing is not None:
                return
            self._refuse_taken_name(FocusArea, FocusArea.name_key, item.name, "focus area")
            area = FocusArea(name=item.name)
            self.session.add(area)
            self.session.flush()
            self._cite("focus_area", area.id, item.spans, created=True)
        self.refs.remember(self.refs.area_ids, [item.name], area.id)

    def people(self) -> None:
        for item in self.draft.people:
            self._one_person(item)

    def _one_person(self, item: DraftPerson) -> None:
        names = [item.name, *item.aliases]
        if item.match.action == "skip":
            self.refs.remember(self.refs.person_ids, names, None)
            return
        organization_id = self.refs.org_id(item.organization)
        if item.match.action == "link":
            person = self._existing(Person, item.match.record_id, item.name)
            self._teach(person, PersonAlias, item, linked=True)
            if person.title is None and _tidy(item.title):
                person.title = _tidy(item.title)
                self._touch("person", person)
            if person.organization_id is None and organization_id is not None:
                person.organization_id = organization_id
                self._touch("person", person)
            self._cite("person", person.id, item.spans, created=False)
        else:
            self._refuse_taken_name(Person, Person.name_key, item.name, "person")
            person = Person(
                name=item.name, title=_tidy(item.title), organization_id=organization_id
            )
            self._teach(person, PersonAlias, item, linked=False)
            self.session.add(person)
            self.session.flush()
            self._cite("person", person.id, item.spans, created=True)
        self.refs.remember(self.refs.person_ids, names, person.id)

    def memoranda(self) -> None:
        for item in self.draft.memoranda:
            self._one_memorandum(item)

    def _one_memorandum(self, item: DraftMemorandum) -> None:
        if item.match.action == "skip":
            self.refs.remember(self.refs.memo_ids, [item.title], None)
            return
        parties = self.refs.ids(item.parties, self.refs.org_id)
        signatories = self.refs.ids(item.signatories, self.refs.person_id)
        areas = self.refs.ids(item.focus_areas, self.refs.area_id)
        if item.match.action == "link":
            memo = self._existing(Memorandum, item.match.record_id, item.title)
            added = self._extend_memorandum(memo, parties, signatories, areas)
            if memo.signed_on is None and item.signed_on is not None:
                memo.signed_on = item.signed_on
                added = True
            if memo.valid_until is None and item.valid_until is not None:
                memo.valid_until = item.valid_until
                added = True
            if added:
                self._touch("memorandum", memo)
            self._cite("memorandum", memo.id, item.spans, created=False)
        else:
            self._refuse_taken_name(Memorandum, Memorandum.title_key, item.title, "memorandum")
            memo = Memorandum(
                title=item.title,
                kind=item.kind if item.kind in MEMORANDUM_KINDS else "other",
                status=item.status if item.status in MEMORANDUM_STATUSES else "signed",
                signed_on=item.signed_on,
                valid_until=item.valid_until,
                parties=[MemorandumParty(organization_id=i, role="party") for i in parties],
                signatories=[MemorandumSignatory(person_id=i) for i in signatories],
                focus_areas=[MemorandumFocusArea(focus_area_id=i) for i in areas],
            )
            self.session.add(memo)
            self.session.flush()
            self._cite("memorandum", memo.id, item.spans, created=True)
        self.refs.remember(self.refs.memo_ids, [item.title], memo.id)

    def _extend_memorandum(
        self, memo: Memorandum, parties: list[int], signatories: list[int], areas: list[int]
    ) -> bool:
        have_parties = {p.organization_id for p in memo.parties}
        have_people = {s.person_id for s in memo.signatories}
        have_areas = {a.focus_area_id for a in memo.focus_areas}
        new_parties = [i for i in parties if i not in have_parties]
        new_people = [i for i in signatories if i not in have_people]
        new_areas = [i for i in areas if i not in have_areas]
        memo.parties.extend(MemorandumParty(organization_id=i, role="party") for i in new_parties)
        memo.signatories.extend(MemorandumSignatory(person_id=i) for i in new_people)
        memo.focus_areas.extend(MemorandumFocusArea(focus_area_id=i) for i in new_areas)
        return bool(new_parties or new_people or new_areas)

    def milestones(self) -> None:
        for item in self.draft.milestones:
            self._one_milestone(item)

    def _one_milestone(self, item: DraftMilestone) -> None:
        if item.match.action == "skip":
            return
        status = item.status if item.status in MILESTONE_STATUSES else "planned"
        if item.match.action == "link":
            milestone = self._existing(Milestone, item.match.record_id, item.title)
            if status == "done" and milestone.status in ("planned", "in_progress"):
                milestone.status = "done"
                milestone.completed_on = milestone.completed_on or item.date
                self._touch("milestone", milestone)
            self._cite("milestone", milestone.id, item.spans, created=False)
            return
        organizations = self.refs.ids(item.organizations, self.refs.org_id)
        milestone = Milestone(
            title=item.title,
            memorandum_id=self.refs.memorandum_id(item.memorandum),
            focus_area_id=self.refs.area_id(item.focus_area),
            responsible_id=self.refs.person_id(item.responsible) if item.responsible else None,
            due_on=item.date,
            completed_on=item.date if status == "done" else None,
            status=status,
            organizations=[MilestoneOrganization(organization_id=i) for i in organizations],
        )
        self.session.add(milestone)
        self.session.flush()
        self._cite("milestone", milestone.id, item.spans, created=True)

    def result(self) -> ImportResult:
        if self.provenance:
            self.session.execute(insert(Provenance), list(self.provenance.values()))
        self.session.flush()
        return ImportResult(
            source_id=self.source_id,
            source_title=source_title(self.draft.document),
            created_ids={k: tuple(v) for k, v in self.created.items() if v},
            linked_ids={k: tuple(dict.fromkeys(v)) for k, v in self.linked.items() if v},
            updated_ids={k: tuple(sorted(v)) for k, v in self.updated.items() if v},
            aliases_learned=tuple(self.learned),
        )


def apply_draft(session: Session, draft: Draft) -> ImportResult:
    """Write the reviewed draft in the caller's transaction; the caller commits or rolls back.

    Raises DuplicateImportError when the same text was imported before, and KztrackerError
    when a reviewed choice cannot be carried out (a name taken, a linked record gone).
    """
    applier = _Applier(session, draft)
    try:
        applier.source()
        applier.organizations()
        applier.focus_areas()
        applier.people()
        applier.memoranda()
        applier.milestones()
        return applier.result()
    except IntegrityError as error:
        # Checked names can still collide with a colleague's save made in the meantime.
        raise KztrackerError(
            _(
                "someone saved records with the same names or the same text while this import "
                "was prepared; nothing was imported, prepare the import again"
            )
        ) from error
