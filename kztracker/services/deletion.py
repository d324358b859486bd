"""What a delete takes with it, and carrying it out.

The rule: a delete removes the record and only what cannot stand without it (its aliases, its
link rows to other records, its provenance rows). Every other record stays and loses its link:
a memorandum's milestones stay (unlinked), a partner's people stay without an organization, a
parent's children move to the top level. `delete_impact` lists exactly what `delete_record`
then does; both read the same reference table, and a snapshot keeps enough to put it all back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.models import (
    FocusArea,
    Memorandum,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneOrganization,
    Organization,
    Person,
    Provenance,
    Source,
)
from kztracker.services.record_kinds import SPECS, RelatedItem, label_of, spec_for
from kztracker.services.record_values import touch_records


@dataclass(frozen=True)
class Inbound:
    """Another record that points at the deleted one: through its own column (`owner_column`
    is None; the column is cleared) or through a link row (`owner_column` names the row's owner;
    the row is deleted)."""

    model: type[Any]
    column: str
    owner_kind: str
    note: str
    owner_column: str | None = None


INBOUND: dict[str, tuple[Inbound, ...]] = {
    "organization": (
        Inbound(MemorandumParty, "organization_id", "memorandum", "party", "memorandum_id"),
        Inbound(
            MilestoneOrganization, "organization_id", "milestone", "organization", "milestone_id"
        ),
        Inbound(Organization, "parent_id", "organization", "parent organization"),
        Inbound(Person, "organization_id", "person", "organization"),
    ),
    "person": (
        Inbound(MemorandumSignatory, "person_id", "memorandum", "signatory", "memorandum_id"),
        Inbound(Memorandum, "responsible_id", "memorandum", "responsible person"),
        Inbound(Milestone, "responsible_id", "milestone", "responsible person"),
    ),
    "focus_area": (
        Inbound(MemorandumFocusArea, "focus_area_id", "memorandum", "focus area", "memorandum_id"),
        Inbound(Milestone, "focus_area_id", "milestone", "focus area"),
        Inbound(FocusArea, "parent_id", "focus_area", "parent area"),
    ),
    "memorandum": (Inbound(Milestone, "memorandum_id", "milestone", "memorandum"),),
    "milestone": (),
}

PLURALS = {
    "organization": ("partner", "partners"),
    "person": ("person", "people"),
    "focus_area": ("focus area", "focus areas"),
    "memorandum": ("memorandum", "memoranda"),
    "milestone": ("milestone", "milestones"),
    "source": ("source", "sources"),
    "alias": ("alias", "aliases"),
}


@dataclass(frozen=True)
class DeleteImpact:
    kind: str
    id: int
    label: str
    deleted: list[RelatedItem] = field(default_factory=list)
    unlinked: list[RelatedItem] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence: what goes and what stays but loses its link."""
        name = PLURALS[self.kind][0]
        sentence = f"Deleting the {name} {self.label!r}"
        if self.deleted:
            sentence += f" also deletes {_count(self.deleted)}"
        if self.unlinked:
            joiner = " and" if self.deleted else ""
            sentence += f"{joiner} unlinks {_count(self.unlinked)}, which stay"
        if not self.deleted and not self.unlinked:
            sentence += " touches no other record"
        return sentence + "."


def _count(items: list[RelatedItem]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    parts = [f"{n} {PLURALS[kind][0 if n == 1 else 1]}" for kind, n in counts.items()]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def inbound_rows(session: Session, kind: str, record_id: int) -> list[tuple[Inbound, Any]]:
    """Every ORM row that points at the record, with the reference it comes through."""
    found: list[tuple[Inbound, Any]] = []
    for ref in INBOUND[kind]:
        rows = session.scalars(select(ref.model).where(getattr(ref.model, ref.column) == record_id))
        found.extend((ref, row) for row in rows)
    return found


def provenance_rows(session: Session, kind: str, record_id: int) -> list[Provenance]:
    return list(
        session.scalars(
            select(Provenance)
            .where(Provenance.record_kind == kind, Provenance.record_id == record_id)
            .order_by(Provenance.id)
        )
    )


def _labels(session: Session, kind: str, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    model: Any = Source if kind == "source" else SPECS[kind].model
    column = model.name if kind in ("organization", "person", "focus_area") else model.title
    rows = session.execute(select(model.id, column).where(model.id.in_(ids)))
    return {record_id: label for record_id, label in rows}


def delete_impact(session: Session, kind: str, record: Any) -> DeleteImpact:
    spec = spec_for(kind)
    pairs: list[tuple[str, int, str]] = []
    for item in spec.fields:
        if item.link is not None:
            for row in getattr(record, item.link.collection):
                pairs.append((item.target, getattr(row, item.link.column), item.link.note))
    for ref, row in inbound_rows(session, kind, record.id):
        owner = getattr(row, ref.owner_column) if ref.owner_column else row.id
        pairs.append((ref.owner_kind, owner, ref.note))
    for citation in provenance_rows(session, kind, record.id):
        pairs.append(("source", citation.source_id, "cites it"))
    labels: dict[str, dict[int, str]] = {}
    for target in {target for target, _, _ in pairs}:
        labels[target] = _labels(session, target, {i for t, i, _ in pairs if t == target})
    # dict keeps the first-seen order and drops repeats in one pass (a large area has thousands).
    unlinked = list(
        {
            RelatedItem(target, target_id, labels[target].get(target_id, ""), note): None
            for target, target_id, note in pairs
        }
    )
    deleted = (
        [RelatedItem("alias", alias.id, alias.alias) for alias in getattr(record, "aliases", [])]
        if spec.alias_model is not None
        else []
    )
    return DeleteImpact(kind, record.id, label_of(kind, record), deleted, unlinked)


def remove(session: Session, kind: str, record: Any) -> None:
    """Delete the record, its link rows and provenance; clear other records' links to it."""
    owners: dict[str, set[int]] = {}
    for ref, row in inbound_rows(session, kind, record.id):
        if ref.owner_column is None:
            setattr(row, ref.column, None)
        else:
            owners.setdefault(ref.owner_kind, set()).add(getattr(row, ref.owner_column))
            session.delete(row)
    # A memorandum that loses a party has changed: its version moves, so a colleague's open
    # copy that still lists the party cannot be saved over it unseen.
    for owner_kind, ids in owners.items():
        touch_records(session, owner_kind, ids)
    for citation in provenance_rows(session, kind, record.id):
        session.delete(citation)
    session.delete(record)
