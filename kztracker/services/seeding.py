"""Seeding a new database from the curated facts in resources/seed/seed.json.

The seed runs only on a database with no records, so it never overwrites (or resurrects) what a
user changed or deleted; within one run it adds only what is missing, so running it twice adds
nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker import resources
from kztracker.dates import PartialDate
from kztracker.models import (
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
from kztracker.services.database import SeedResult, holds_records

SEED_FILE = resources.seed_file()


def load_seed(path: Path = SEED_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def is_empty(session: Session) -> bool:
    return not holds_records(session.connection())


def _date(value: str | None) -> PartialDate | None:
    return PartialDate.parse(value) if value else None


class _Seeder:
    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.session = session
        self.data = data
        self.result = SeedResult()
        self.sources: dict[str, Source] = {}
        self.orgs: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.areas: dict[str, FocusArea] = {}
        self.memoranda: dict[str, Memorandum] = {}

    def _count(self, kind: str) -> None:
        self.result.added[kind] = self.result.added.get(kind, 0) + 1

    def _existing(self, model: Any, key_column: Any, name: str) -> Any:
        return self.session.scalar(select(model).where(key_column == name_key(name)))

    def _cite(self, kind: str, record: Any, keys: list[str]) -> None:
        self.session.flush()
        for key in keys:
            self.session.add(
                Provenance(source_id=self.sources[key].id, record_kind=kind, record_id=record.id)
            )

    def run(self) -> SeedResult:
        self._sources()
        self._focus_areas()
        self._organizations()
        self._people()
        self._memoranda()
        self._milestones()
        return self.result

    def _sources(self) -> None:
        for item in self.data["sources"]:
            source = self.session.scalar(
                select(Source).where(Source.content_hash == item["content_hash"])
            )
            if source is None:
                source = Source(
                    title=item["title"],
                    outlet=item["outlet"],
                    url=item["url"],
                    published_on=_date(item["published"]),
                    language=item["language"],
                    content_hash=item["content_hash"],
                )
                self.session.add(source)
                self._count("sources")
            self.sources[item["key"]] = source
        self.session.flush()

    def _focus_areas(self) -> None:
        for item in self.data["focus_areas"]:
            area = self._existing(FocusArea, FocusArea.name_key, item["name"])
            if area is None:
                area = FocusArea(name=item["name"], description=item["description"])
                self.session.add(area)
                self._count("focus_areas")
                self._cite("focus_area", area, item["sources"])
            self.areas[item["name"]] = area
        for item in self.data["focus_areas"]:
            if item["parent"] and self.areas[item["name"]].parent_id is None:
                self.areas[item["name"]].parent = self.areas[item["parent"]]

    def _organizations(self) -> None:
        for item in self.data["organizations"]:
            org = self._existing(Organization, Organization.name_key, item["name"])
            if org is None:
                org = Organization(
                    name=item["name"],
                    short_name=item["short_name"],
                    kind=item["kind"],
                    country=item["country"],
                    aliases=[OrganizationAlias(alias=a) for a in item["aliases"]],
                )
                self.session.add(org)
                self._count("organizations")
                self._cite("organization", org, item["sources"])
            self.orgs[item["name"]] = org
        for item in self.data["organizations"]:
            org = self.orgs[item["name"]]
            if item["parent"] and org.parent_id is None:
                org.parent = self.orgs[item["parent"]]

    def _people(self) -> None:
        for item in self.data["people"]:
            person = self._existing(Person, Person.name_key, item["name"])
            if person is None:
                person = Person(
                    name=item["name"],
                    title=item["title"],
                    organization=self.orgs.get(item["organization"] or ""),
                    aliases=[PersonAlias(alias=a) for a in item["aliases"]],
                )
                self.session.add(person)
                self._count("people")
                self._cite("person", person, item["sources"])
            self.people[item["name"]] = person

    def _memoranda(self) -> None:
        for item in self.data["memoranda"]:
            memo = self._existing(Memorandum, Memorandum.title_key, item["title"])
            if memo is None:
                memo = Memorandum(
                    title=item["title"],
                    kind=item["kind"],
                    status=item["status"],
                    signed_on=_date(item["signed_on"]),
                    valid_until=_date(item["valid_until"]),
                    summary=item["summary"],
                    responsible=self.people.get(item["responsible"] or ""),
                    parties=[
                        MemorandumParty(organization=self.orgs[p["organization"]], role=p["role"])
                        for p in item["parties"]
                    ],
                    signatories=[
                        MemorandumSignatory(person=self.people[n]) for n in item["signatories"]
                    ],
                    focus_areas=[
                        MemorandumFocusArea(focus_area=self.areas[n]) for n in item["focus_areas"]
                    ],
                )
                self.session.add(memo)
                self._count("memoranda")
                self._cite("memorandum", memo, item["sources"])
            self.memoranda[item["title"]] = memo

    def _milestones(self) -> None:
        for item in self.data["milestones"]:
            exists = self.session.scalar(
                select(Milestone.id).where(Milestone.title == item["title"])
            )
            if exists is not None:
                continue
            milestone = Milestone(
                title=item["title"],
                memorandum=self.memoranda.get(item["memorandum"] or ""),
                focus_area=self.areas.get(item["focus_area"] or ""),
                due_on=_date(item["due"]),
                completed_on=_date(item["completed"]),
                status=item["status"],
                responsible=self.people.get(item["responsible"] or ""),
                notes=item.get("amount_note"),
                organizations=[
                    MilestoneOrganization(organization=self.orgs[n]) for n in item["organizations"]
                ],
            )
            self.session.add(milestone)
            self._count("milestones")
            self._cite("milestone", milestone, item["sources"])


def seed_database(session: Session, data: dict[str, Any] | None = None) -> SeedResult:
    """Add the curated records to an empty database. The caller commits."""
    if not is_empty(session):
        return SeedResult()
    return _Seeder(session, data if data is not None else load_seed()).run()
