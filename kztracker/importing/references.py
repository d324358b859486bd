"""Names one draft item gives for another ("parties", "organization"), resolved to record ids.

Apply resolves each name through the draft's own items first (what this import links or creates,
remembered as it goes), then through the database's names and aliases; an item the user skipped
is remembered as None, so references to it are dropped rather than linked elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.importing.name_index import fold
from kztracker.models import (
    FocusArea,
    Memorandum,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
)
from kztracker.normalize import name_key


class References:
    """Folded name -> record id, per kind, for one apply."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.org_ids: dict[str, int | None] = {}
        self.person_ids: dict[str, int | None] = {}
        self.area_ids: dict[str, int | None] = {}
        self.memo_ids: dict[str, int | None] = {}

    def remember(
        self, table: dict[str, int | None], names: Iterable[str | None], id_: int | None
    ) -> None:
        for name in names:
            if name and fold(name):
                table.setdefault(fold(name), id_)

    def org_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = fold(name)
        if key in self.org_ids:
            return self.org_ids[key]
        found = self.session.scalar(
            select(Organization.id).where(Organization.name_key == name_key(name))
        ) or self.session.scalar(
            select(OrganizationAlias.organization_id).where(
                OrganizationAlias.alias_key == name_key(name)
            )
        )
        self.org_ids[key] = found
        return found

    def person_id(self, name: str) -> int | None:
        key = fold(name)
        if key not in self.person_ids:
            self.person_ids[key] = self.session.scalar(
                select(Person.id).where(Person.name_key == name_key(name))
            ) or self.session.scalar(
                select(PersonAlias.person_id).where(PersonAlias.alias_key == name_key(name))
            )
        return self.person_ids[key]

    def area_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = fold(name)
        if key not in self.area_ids:
            self.area_ids[key] = self.session.scalar(
                select(FocusArea.id).where(FocusArea.name_key == name_key(name))
            )
        return self.area_ids[key]

    def memorandum_id(self, title: str | None) -> int | None:
        if not title:
            return None
        key = fold(title)
        if key not in self.memo_ids:
            self.memo_ids[key] = self.session.scalar(
                select(Memorandum.id).where(Memorandum.title_key == name_key(title))
            )
        return self.memo_ids[key]

    def ids(self, names: Iterable[str], resolve: Callable[[str], int | None]) -> list[int]:
        ids: list[int] = []
        for name in names:
            id_ = resolve(name)
            if id_ is not None and id_ not in ids:
                ids.append(id_)
        return ids
