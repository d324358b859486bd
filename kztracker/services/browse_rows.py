"""The rows the window's record views show, one NamedTuple per record kind (kztracker.services.
browse reads them). Kept apart from the reading, which needs SQLAlchemy, so the table model
knows its row types while the window is built, before SQLAlchemy loads (issue 18)."""

from __future__ import annotations

from typing import NamedTuple


class MilestoneRow(NamedTuple):
    id: int
    title: str
    memorandum: str | None
    partners: str
    focus_area: str | None
    due: str | None
    status: str
    responsible: str | None
    completed: str | None
    overdue: bool
    # No search key: search.milestone_keys makes the keys apart, after the rows are shown.
    notes: str | None
    memorandum_id: int | None
    organization_ids: frozenset[int]
    focus_area_id: int | None
    responsible_id: int | None
    due_first: str | None
    due_last: str | None


class MemorandumRow(NamedTuple):
    id: int
    title: str
    kind: str
    status: str
    signed_on: str | None
    valid_until: str | None
    parties: str
    focus_areas: str
    responsible: str | None
    milestones: int
    search: str
    organization_ids: frozenset[int]
    focus_area_ids: frozenset[int]
    responsible_id: int | None


class PartnerRow(NamedTuple):
    id: int
    name: str
    short_name: str | None
    kind: str
    country: str | None
    parent: str | None
    memoranda: int
    milestones: int
    search: str
    organization_ids: frozenset[int]


class PersonRow(NamedTuple):
    id: int
    name: str
    title: str | None
    organization: str | None
    email: str | None
    phone: str | None
    search: str
    organization_ids: frozenset[int]


class FocusAreaRow(NamedTuple):
    id: int
    name: str
    parent: str | None
    memoranda: int
    milestones: int
    description: str | None
    search: str
    focus_area_ids: frozenset[int]


class SourceRow(NamedTuple):
    id: int
    title: str
    outlet: str | None
    published_on: str | None
    language: str | None
    records: int
    url: str | None
    search: str


AnyRow = MilestoneRow | MemorandumRow | PartnerRow | PersonRow | FocusAreaRow | SourceRow


ROW_TYPES: dict[str, type[AnyRow]] = {
    "memorandum": MemorandumRow,
    "organization": PartnerRow,
    "person": PersonRow,
    "focus_area": FocusAreaRow,
    "milestone": MilestoneRow,
    "source": SourceRow,
}
