"""What the history records, and the text it records it as: shared by the recorder
(kztracker.history), the restore, undoing an import and reading the log (kztracker.services).

The tracked record kinds and their fields; each link table (a memorandum's parties, a record's
aliases, attachments and citations) recorded as one field of its owning record, holding a JSON
list; and a column value as text a machine can read back (ids for references, ISO dates).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table

from kztracker.dates import PartialDate
from kztracker.models import (
    PROVENANCE_KINDS,
    Base,
    FocusArea,
    Memorandum,
    MemorandumAttachment,
    MemorandumFocusArea,
    MemorandumParty,
    MemorandumSignatory,
    Milestone,
    MilestoneAttachment,
    MilestoneOrganization,
    Organization,
    OrganizationAlias,
    Person,
    PersonAlias,
    Provenance,
    Source,
    SourceAttachment,
)

# Record kinds as history names them (the PROVENANCE_KINDS names, plus sources).
TRACKED: dict[str, type[Base]] = {
    "organization": Organization,
    "person": Person,
    "focus_area": FocusArea,
    "memorandum": Memorandum,
    "milestone": Milestone,
    "source": Source,
}
KIND_OF: dict[type[Base], str] = {model: kind for kind, model in TRACKED.items()}

# Bookkeeping columns: derived from other fields or maintained by the database.
UNTRACKED_COLUMNS = frozenset(
    {"id", "version", "created_at", "updated_at", "name_key", "title_key", "imported_at"}
)

# A delete also records the version the record had, so its restore can continue past it.
VERSION_FIELD = "version"


@dataclass(frozen=True)
class Link:
    """A link table recorded on its owning record as one field holding a JSON list."""

    field: str
    owner_kind: str
    model: type[Base]
    owner_column: str
    value_columns: tuple[str, ...]
    relationship: str | None
    # Provenance names its owner by kind and id instead of a foreign key.
    kind_column: str | None = None

    @property
    def only_on_delete(self) -> bool:
        """Provenance is written in bulk by imports, past the flush; it is recorded when
        citations, their record or their source are deleted, so a restore can bring them back,
        and not on every citation added."""
        return self.kind_column is not None

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[return-value]


# One link a line reads as a table.
# fmt: off
LINKS: tuple[Link, ...] = (
    Link("parties", "memorandum", MemorandumParty, "memorandum_id",
         ("organization_id", "role"), "parties"),
    Link("signatories", "memorandum", MemorandumSignatory, "memorandum_id",
         ("person_id",), "signatories"),
    Link("focus_areas", "memorandum", MemorandumFocusArea, "memorandum_id",
         ("focus_area_id",), "focus_areas"),
    Link("organizations", "milestone", MilestoneOrganization, "milestone_id",
         ("organization_id",), "organizations"),
    Link("aliases", "organization", OrganizationAlias, "organization_id", ("alias",), "aliases"),
    Link("aliases", "person", PersonAlias, "person_id", ("alias",), "aliases"),
    # A file attached or removed is a change of its record's "attachments"; the name first, so
    # the history reads as names.
    Link("attachments", "memorandum", MemorandumAttachment, "memorandum_id",
         ("file_name", "blob_sha256"), None),
    Link("attachments", "milestone", MilestoneAttachment, "milestone_id",
         ("file_name", "blob_sha256"), None),
    Link("attachments", "source", SourceAttachment, "source_id",
         ("file_name", "blob_sha256"), None),
    *(
        Link("sources", kind, Provenance, "record_id", ("source_id", "span_start", "span_end"),
             None, "record_kind")
        for kind in PROVENANCE_KINDS
    ),
)
# fmt: on
LINK_BY_MODEL: dict[type[Base], Link] = {
    link.model: link for link in LINKS if not link.only_on_delete
}
CITATIONS: dict[str, Link] = {link.owner_kind: link for link in LINKS if link.only_on_delete}


def links_of(kind: str) -> tuple[Link, ...]:
    return tuple(link for link in LINKS if link.owner_kind == kind)


def table_of(kind: str) -> Table:
    return TRACKED[kind].__table__  # type: ignore[return-value]


def tracked_columns(kind: str) -> list[Column[Any]]:
    return [c for c in table_of(kind).columns if c.key not in UNTRACKED_COLUMNS]


def to_text(value: Any) -> str | None:
    """A column value as history stores it."""
    if value is None:
        return None
    if isinstance(value, PartialDate | dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def encode_links(values: list[tuple[Any, ...]]) -> str | None:
    if not values:
        return None
    items = sorted(values, key=lambda item: tuple((str(type(p)), p) for p in item))
    plain = [list(item) if len(item) > 1 else item[0] for item in items]
    return json.dumps(plain, ensure_ascii=False)


def decode_links(value: str | None) -> list[tuple[Any, ...]]:
    if not value:
        return []
    return [tuple(item) if isinstance(item, list) else (item,) for item in json.loads(value)]
