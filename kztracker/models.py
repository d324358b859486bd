"""The domain model: one typed SQLAlchemy class per record type.

Names carry a `*_key` column (see normalize.name_key) with a unique constraint, so two spellings
of one partner cannot both be stored. Editable records carry `version` for optimistic locking.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
    validates,
)

from kztracker.dates import PartialDate, PartialDateType
from kztracker.i18n import _
from kztracker.normalize import clean_name, name_key
from kztracker.vocabulary import MEMORANDUM_STATUSES as MEMORANDUM_STATUSES  # re-exported
from kztracker.vocabulary import MILESTONE_STATUSES as MILESTONE_STATUSES  # re-exported

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ORGANIZATION_KINDS = (
    "government",
    "university",
    "company",
    "research_centre",
    "international",
    "other",
)
MEMORANDUM_KINDS = ("memorandum", "agreement", "roadmap", "other")
PARTY_ROLES = ("party", "signatory_side", "partner", "observer")
PROVENANCE_KINDS = ("organization", "person", "focus_area", "memorandum", "milestone")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {PartialDate: PartialDateType()}


class Versioned:
    """Optimistic locking and timestamps for records users edit."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), onupdate=func.now()
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Every UPDATE and DELETE then says "WHERE version = <the version loaded>", so a save
        # racing a colleague's fails at flush instead of overwriting them unseen.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class NamedMixin:
    """A display name plus its normalized key, kept in step by a validator."""

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)

    @validates("name")
    def _set_key(self, _field: str, value: str) -> str:
        cleaned = clean_name(value)
        if not cleaned:
            raise ValueError(_("a name cannot be empty"))
        self.name_key = name_key(cleaned)
        return cleaned


class Organization(NamedMixin, Versioned, Base):
    """A partner: a ministry, university, company, centre or international body."""

    __tablename__ = "organization"
    __table_args__ = (CheckConstraint(_one_of("kind", ORGANIZATION_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    short_name: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="other")
    country: Mapped[str | None] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Organization | None] = relationship(remote_side=[id])
    aliases: Mapped[list[OrganizationAlias]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )


class AliasMixin:
    """Another spelling of a name; its key is unique so it points at one record only."""

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(300), nullable=False)
    alias_key: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)

    @validates("alias")
    def _set_key(self, _field: str, value: str) -> str:
        self.alias_key = name_key(value)
        return clean_name(value)


class OrganizationAlias(AliasMixin, Base):
    __tablename__ = "organization_alias"

    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), nullable=False, index=True
    )

    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Person(NamedMixin, Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(300))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship()
    aliases: Mapped[list[PersonAlias]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class PersonAlias(AliasMixin, Base):
    __tablename__ = "person_alias"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
    )

    person: Mapped[Person] = relationship(back_populates="aliases")


class FocusArea(NamedMixin, Versioned, Base):
    __tablename__ = "focus_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_area.id", ondelete="SET NULL"), index=True
    )

    parent: Mapped[FocusArea | None] = relationship(remote_side=[id])


class MemorandumParty(Base):
    __tablename__ = "memorandum_party"
    __table_args__ = (CheckConstraint(_one_of("role", PARTY_ROLES), name="role"),)

    memorandum_id: Mapped[int] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(30), nullable=False, default="party")

    organization: Mapped[Organization] = relationship()


class MemorandumSignatory(Base):
    __tablename__ = "memorandum_signatory"

    memorandum_id: Mapped[int] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True, index=True
    )

    person: Mapped[Person] = relationship()


class MemorandumFocusArea(Base):
    __tablename__ = "memorandum_focus_area"

    memorandum_id: Mapped[int] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), primary_key=True
    )
    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_area.id", ondelete="RESTRICT"), primary_key=True, index=True
    )

    focus_area: Mapped[FocusArea] = relationship()


class Memorandum(Versioned, Base):
    __tablename__ = "memorandum"
    __table_args__ = (
        CheckConstraint(_one_of("kind", MEMORANDUM_KINDS), name="kind"),
        CheckConstraint(_one_of("status", MEMORANDUM_STATUSES), name="status"),
        CheckConstraint(
            "valid_until IS NULL OR signed_on IS NULL OR valid_until >= signed_on",
            name="validity_after_signing",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    title_key: Mapped[str] = mapped_column(String(500), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, default="memorandum")
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="signed")
    signed_on: Mapped[PartialDate | None]
    valid_until: Mapped[PartialDate | None]
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    summary: Mapped[str | None] = mapped_column(Text)

    responsible: Mapped[Person | None] = relationship()
    parties: Mapped[list[MemorandumParty]] = relationship(cascade="all, delete-orphan")
    signatories: Mapped[list[MemorandumSignatory]] = relationship(cascade="all, delete-orphan")
    focus_areas: Mapped[list[MemorandumFocusArea]] = relationship(cascade="all, delete-orphan")

    @validates("title")
    def _set_key(self, _field: str, value: str) -> str:
        cleaned = clean_name(value)
        if not cleaned:
            raise ValueError(_("a title cannot be empty"))
        self.title_key = name_key(cleaned)
        return cleaned


class MilestoneOrganization(Base):
    __tablename__ = "milestone_organization"

    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("milestone.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), primary_key=True, index=True
    )

    organization: Mapped[Organization] = relationship()


class Milestone(Versioned, Base):
    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint(_one_of("status", MILESTONE_STATUSES), name="status"),
        CheckConstraint(
            "completed_on IS NULL OR start_on IS NULL OR completed_on >= start_on",
            name="completed_after_start",
        ),
        # The dashboard's counts of open milestones by due date (migration 0005).
        Index("ix_milestone_status_due_on", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    memorandum_id: Mapped[int | None] = mapped_column(
        ForeignKey("memorandum.id", ondelete="SET NULL"), index=True
    )
    focus_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_area.id", ondelete="SET NULL"), index=True
    )
    start_on: Mapped[PartialDate | None]
    due_on: Mapped[PartialDate | None] = mapped_column(index=True)
    completed_on: Mapped[PartialDate | None]
    status: Mapped[str] = mapped_column(String(30), nullable=False, default="planned")
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    memorandum: Mapped[Memorandum | None] = relationship()
    focus_area: Mapped[FocusArea | None] = relationship()
    responsible: Mapped[Person | None] = relationship()
    organizations: Mapped[list[MilestoneOrganization]] = relationship(cascade="all, delete-orphan")


class Source(Base):
    """An announcement as imported. `content_hash` detects the same text imported twice."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[PartialDate | None]
    language: Mapped[str | None] = mapped_column(String(10))
    full_text: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    imported_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class Provenance(Base):
    """Which source supports which record, optionally down to a span of its text."""

    __tablename__ = "provenance"
    __table_args__ = (
        CheckConstraint(_one_of("record_kind", PROVENANCE_KINDS), name="record_kind"),
        CheckConstraint(
            "span_end IS NULL OR (span_start IS NOT NULL AND span_end >= span_start)",
            name="span_order",
        ),
        UniqueConstraint("source_id", "record_kind", "record_id", "span_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), nullable=False, index=True
    )
    record_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]


class HistoryEntry(Base):
    """Who changed what and when, one row per field changed."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now(), index=True
    )
    actor: Mapped[str] = mapped_column(String(100), nullable=False)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    record_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    record_id: Mapped[int] = mapped_column(Integer, nullable=False)
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # One id per transaction, so a save's field changes (and a delete's cascade) read as one.
    change_set: Mapped[str | None] = mapped_column(String(32), index=True)

    __table_args__ = (
        CheckConstraint("action IN ('create', 'update', 'delete')", name="action"),
        Index("ix_history_record", "record_kind", "record_id", "changed_at"),
    )


# Record kinds a file can be attached to.
ATTACHMENT_KINDS = ("memorandum", "milestone", "source")


class AttachmentBlob(Base):
    """A file's bytes, stored once however many records it is attached to: keyed by its SHA-256.

    A blob outlives the attachments that named it (a removed attachment can be put back from
    the history), so nothing deletes it when the last one goes.
    """

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    # Deferred: listing attachments never loads megabytes it does not show.
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False, deferred=True)
    stored_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class AttachmentLink:
    """A file attached to a record under a name; the same bytes once per record.

    One table per owner kind, like the other link tables, so a foreign key deletes a record's
    attachments with it and the history records them as one of the record's fields.
    """

    blob_sha256: Mapped[str] = mapped_column(
        ForeignKey("attachment_blob.sha256", ondelete="RESTRICT"), primary_key=True, index=True
    )
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class MemorandumAttachment(AttachmentLink, Base):
    __tablename__ = "memorandum_attachment"

    memorandum_id: Mapped[int] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), primary_key=True
    )


class MilestoneAttachment(AttachmentLink, Base):
    __tablename__ = "milestone_attachment"

    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("milestone.id", ondelete="CASCADE"), primary_key=True
    )


class SourceAttachment(AttachmentLink, Base):
    __tablename__ = "source_attachment"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), primary_key=True
    )
