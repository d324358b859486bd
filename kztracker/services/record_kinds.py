"""What each editable record kind holds: one table that loading, validation, saving, deleting
and snapshots all read, so the five kinds share one implementation instead of five copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.errors import KztrackerError, RecordNotFound
from kztracker.i18n import N_, _, quoted
from kztracker.models import (
    MEMORANDUM_KINDS,
    MEMORANDUM_STATUSES,
    MILESTONE_STATUSES,
    ORGANIZATION_KINDS,
    PARTY_ROLES,
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
    Source,
)
from kztracker.normalize import name_key

EDITABLE_KINDS = ("memorandum", "organization", "person", "focus_area", "milestone")


@dataclass(frozen=True)
class RelatedItem:
    """A record shown beside another one: in a detail pane, or in what a delete touches."""

    kind: str
    id: int
    label: str
    note: str = ""


@dataclass(frozen=True)
class Field:
    """One editable value.

    `type` is "text", "enum", "date", "ref" (the id of one `target` record), "refs" (a list of
    `target` ids kept in the link table `link`), "parties" (like refs, each with a role) or
    "aliases" (other spellings of the name).
    """

    name: str
    label: str  # English, marked with N_(); `_()` translates it where a message shows it
    type: str = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    default: Any = None
    target: str = ""
    link: Link | None = None


@dataclass(frozen=True)
class Link:
    """A link table owned by the record: its collection attribute and the column naming the
    other record."""

    collection: str
    model: type[Any]
    column: str
    note: str  # what the other record is to this one, e.g. "signatory"


def no_such_field(kind_label: str, name: str) -> str:
    return _("a {kind} has no field {field}").format(kind=_(kind_label), field=quoted(name))


@dataclass(frozen=True)
class KindSpec:
    kind: str
    label: str  # what users call it, in running text (English; `_()` where shown)
    model: type[Any]
    name_field: str  # "name" or "title"
    key_column: str | None  # the unique normalized key, when the name must be unique
    alias_model: type[Any] | None = None
    fields: tuple[Field, ...] = ()
    # (later field, earlier field): the later date may not come before the earlier one.
    date_order: tuple[tuple[str, str], ...] = ()
    parent_field: str | None = None  # a link to the same kind, which must not form a cycle

    def field(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KztrackerError(no_such_field(self.label, name))


def _text(name: str, label: str, required: bool = False) -> Field:
    return Field(name, label, required=required)


SPECS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            "organization",
            N_("partner"),
            Organization,
            "name",
            "name_key",
            OrganizationAlias,
            (
                _text("name", N_("Name"), required=True),
                _text("short_name", N_("Short name")),
                Field("kind", N_("Partner kind"), "enum", True, ORGANIZATION_KINDS, "other"),
                _text("country", N_("Country")),
                Field("parent_id", N_("Parent organization"), "ref", target="organization"),
                _text("notes", N_("Notes")),
                Field("aliases", N_("Aliases"), "aliases", default=()),
            ),
            parent_field="parent_id",
        ),
        KindSpec(
            "person",
            N_("person"),
            Person,
            "name",
            "name_key",
            PersonAlias,
            (
                # A person's title is the post they hold, not a document's title.
                _text("name", N_("Full name"), required=True),
                _text("title", N_("Position")),
                Field("organization_id", N_("Organization"), "ref", target="organization"),
                _text("email", N_("Email")),
                _text("phone", N_("Phone")),
                _text("notes", N_("Notes")),
                Field("aliases", N_("Aliases"), "aliases", default=()),
            ),
        ),
        KindSpec(
            "focus_area",
            N_("focus area"),
            FocusArea,
            "name",
            "name_key",
            None,
            (
                _text("name", N_("Name"), required=True),
                _text("description", N_("Description")),
                Field("parent_id", N_("Parent area"), "ref", target="focus_area"),
            ),
            parent_field="parent_id",
        ),
        KindSpec(
            "memorandum",
            N_("memorandum"),
            Memorandum,
            "title",
            "title_key",
            None,
            (
                _text("title", N_("Title"), required=True),
                Field("kind", N_("Document kind"), "enum", True, MEMORANDUM_KINDS, "memorandum"),
                Field("status", N_("Status"), "enum", True, MEMORANDUM_STATUSES, "signed"),
                Field("signed_on", N_("Signed on"), "date"),
                Field("valid_until", N_("Valid until"), "date"),
                Field("responsible_id", N_("Responsible person"), "ref", target="person"),
                _text("summary", N_("Summary")),
                Field(
                    "party_ids",
                    N_("Parties"),
                    "parties",
                    default=(),
                    target="organization",
                    choices=PARTY_ROLES,
                    link=Link("parties", MemorandumParty, "organization_id", "party"),
                ),
                Field(
                    "signatory_ids",
                    N_("Signatories"),
                    "refs",
                    default=(),
                    target="person",
                    link=Link("signatories", MemorandumSignatory, "person_id", "signatory"),
                ),
                Field(
                    "focus_area_ids",
                    N_("Focus areas"),
                    "refs",
                    default=(),
                    target="focus_area",
                    link=Link("focus_areas", MemorandumFocusArea, "focus_area_id", "focus area"),
                ),
            ),
            date_order=(("valid_until", "signed_on"),),
        ),
        KindSpec(
            "milestone",
            N_("milestone"),
            Milestone,
            "title",
            None,
            None,
            (
                _text("title", N_("Title"), required=True),
                Field("memorandum_id", N_("Memorandum"), "ref", target="memorandum"),
                Field(
                    "organization_ids",
                    N_("Partners"),
                    "refs",
                    default=(),
                    target="organization",
                    link=Link(
                        "organizations", MilestoneOrganization, "organization_id", "organization"
                    ),
                ),
                Field("focus_area_id", N_("Focus area"), "ref", target="focus_area"),
                Field("start_on", N_("Start"), "date"),
                Field("due_on", N_("Due"), "date"),
                Field("completed_on", N_("Completed on"), "date"),
                Field("status", N_("Status"), "enum", True, MILESTONE_STATUSES, "planned"),
                Field("responsible_id", N_("Responsible person"), "ref", target="person"),
                _text("notes", N_("Notes")),
            ),
            date_order=(("completed_on", "start_on"), ("due_on", "start_on")),
        ),
    )
}

MODELS: dict[str, type[Any]] = {kind: spec.model for kind, spec in SPECS.items()}
MODELS["source"] = Source

# Fields with no editable spec that the detail pane and the history name too: a source's own,
# and the sources every record cites.
OTHER_FIELD_LABELS: dict[str, str] = {
    "title": N_("Title"),
    "outlet": N_("Outlet"),
    "url": N_("Address"),
    "published_on": N_("Published"),
    "language": N_("Language"),
    "full_text": N_("Full text"),
    "sources": N_("Sources"),
}


def field_label(kind: str, name: str) -> str:
    """The label of `kind`'s field `name` in the current language.

    `name` may be a spec field ("responsible_id"), the history's name for it ("responsible",
    "parties"), or a source's field; any other still reads as words, in English.
    """
    spec = SPECS.get(kind)
    for item in spec.fields if spec is not None else ():
        link = item.link.collection if item.link is not None else None
        if name in (item.name, link) or f"{name}_id" == item.name:
            return _(item.label)
    english = OTHER_FIELD_LABELS.get(name)
    return _(english) if english else name.replace("_", " ").capitalize()


def spec_for(kind: str) -> KindSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise KztrackerError(
            _("unknown record kind {kind}; use one of: {kinds}").format(
                kind=quoted(kind), kinds=", ".join(EDITABLE_KINDS)
            )
        ) from None


def get_record(session: Session, kind: str, record_id: int) -> Any:
    """The ORM object, or RecordNotFound."""
    model = MODELS.get(kind) or spec_for(kind).model
    record = session.get(model, record_id)
    if record is None:
        raise RecordNotFound(kind, record_id)
    return record


def label_of(kind: str, record: Any) -> str:
    return str(record.name if kind in ("organization", "person", "focus_area") else record.title)


def find_by_name(session: Session, kind: str, name: str) -> int | None:
    """The id of the `kind` record whose name, or one of whose aliases, normalizes like `name`.

    Only kinds whose names are unique (all but milestones) can be found this way.
    """
    spec = spec_for(kind)
    if spec.key_column is None:
        return None
    key = name_key(name)
    found: int | None = session.scalar(
        select(spec.model.id).where(getattr(spec.model, spec.key_column) == key)
    )
    if found is None and spec.alias_model is not None:
        owner = getattr(spec.alias_model, f"{kind}_id")
        found = session.scalar(select(owner).where(spec.alias_model.alias_key == key))
    return found
