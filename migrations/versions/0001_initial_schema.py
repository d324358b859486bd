"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24

The whole schema of the first release: partners, people, focus areas, memoranda, milestones,
sources, provenance and history. Dates are ISO text cut to their precision (kztracker.dates).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "focus_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["focus_area.id"],
            name=op.f("fk_focus_area_parent_id_focus_area"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_area")),
        sa.UniqueConstraint("name_key", name=op.f("uq_focus_area_name_key")),
    )
    with op.batch_alter_table("focus_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_focus_area_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "changed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete')", name=op.f("ck_history_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_changed_at"), ["changed_at"], unique=False)

    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('government', 'university', 'company', 'research_centre', 'international', 'other')",
            name=op.f("ck_organization_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organization.id"],
            name=op.f("fk_organization_parent_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
        sa.UniqueConstraint("name_key", name=op.f("uq_organization_name_key")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("published_on", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("full_text", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_source_content_hash")),
    )
    op.create_table(
        "organization_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_alias_organization_id_organization"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization_alias")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_organization_alias_alias_key")),
    )
    with op.batch_alter_table("organization_alias", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organization_alias_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_person_organization_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("name_key", name=op.f("uq_person_name_key")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "record_kind IN ('organization', 'person', 'focus_area', 'memorandum', 'milestone')",
            name=op.f("ck_provenance_record_kind"),
        ),
        sa.CheckConstraint(
            "span_end IS NULL OR (span_start IS NOT NULL AND span_end >= span_start)",
            name=op.f("ck_provenance_span_order"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_provenance_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provenance")),
        sa.UniqueConstraint(
            "source_id",
            "record_kind",
            "record_id",
            "span_start",
            name=op.f("uq_provenance_source_id"),
        ),
    )
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provenance_source_id"), ["source_id"], unique=False)

    op.create_table(
        "memorandum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("title_key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("signed_on", sa.String(length=10), nullable=True),
        sa.Column("valid_until", sa.String(length=10), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "kind IN ('memorandum', 'agreement', 'roadmap', 'other')",
            name=op.f("ck_memorandum_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'signed', 'active', 'expired', 'terminated')",
            name=op.f("ck_memorandum_status"),
        ),
        sa.CheckConstraint(
            "valid_until IS NULL OR signed_on IS NULL OR valid_until >= signed_on",
            name=op.f("ck_memorandum_validity_after_signing"),
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_memorandum_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memorandum")),
        sa.UniqueConstraint("title_key", name=op.f("uq_memorandum_title_key")),
    )
    with op.batch_alter_table("memorandum", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memorandum_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "person_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_alias_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_alias")),
        sa.UniqueConstraint("alias_key", name=op.f("uq_person_alias_alias_key")),
    )
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_alias_person_id"), ["person_id"], unique=False)

    op.create_table(
        "memorandum_focus_area",
        sa.Column("memorandum_id", sa.Integer(), nullable=False),
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_area.id"],
            name=op.f("fk_memorandum_focus_area_focus_area_id_focus_area"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_memorandum_focus_area_memorandum_id_memorandum"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "memorandum_id", "focus_area_id", name=op.f("pk_memorandum_focus_area")
        ),
    )
    with op.batch_alter_table("memorandum_focus_area", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memorandum_focus_area_focus_area_id"), ["focus_area_id"], unique=False
        )

    op.create_table(
        "memorandum_party",
        sa.Column("memorandum_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "role IN ('party', 'signatory_side', 'partner', 'observer')",
            name=op.f("ck_memorandum_party_role"),
        ),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_memorandum_party_memorandum_id_memorandum"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_memorandum_party_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "memorandum_id", "organization_id", name=op.f("pk_memorandum_party")
        ),
    )
    with op.batch_alter_table("memorandum_party", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memorandum_party_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "memorandum_signatory",
        sa.Column("memorandum_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_memorandum_signatory_memorandum_id_memorandum"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_memorandum_signatory_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("memorandum_id", "person_id", name=op.f("pk_memorandum_signatory")),
    )
    with op.batch_alter_table("memorandum_signatory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memorandum_signatory_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("memorandum_id", sa.Integer(), nullable=True),
        sa.Column("focus_area_id", sa.Integer(), nullable=True),
        sa.Column("start_on", sa.String(length=10), nullable=True),
        sa.Column("due_on", sa.String(length=10), nullable=True),
        sa.Column("completed_on", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'in_progress', 'done', 'cancelled')",
            name=op.f("ck_milestone_status"),
        ),
        sa.CheckConstraint(
            "completed_on IS NULL OR start_on IS NULL OR completed_on >= start_on",
            name=op.f("ck_milestone_completed_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_area.id"],
            name=op.f("fk_milestone_focus_area_id_focus_area"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["memorandum_id"],
            ["memorandum.id"],
            name=op.f("fk_milestone_memorandum_id_memorandum"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["person.id"],
            name=op.f("fk_milestone_responsible_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_milestone_focus_area_id"), ["focus_area_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_memorandum_id"), ["memorandum_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "milestone_organization",
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["milestone.id"],
            name=op.f("fk_milestone_organization_milestone_id_milestone"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_milestone_organization_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "milestone_id", "organization_id", name=op.f("pk_milestone_organization")
        ),
    )
    with op.batch_alter_table("milestone_organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_milestone_organization_organization_id"),
            ["organization_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("milestone_organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_organization_organization_id"))

    op.drop_table("milestone_organization")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_memorandum_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_focus_area_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_due_on"))

    op.drop_table("milestone")
    with op.batch_alter_table("memorandum_signatory", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memorandum_signatory_person_id"))

    op.drop_table("memorandum_signatory")
    with op.batch_alter_table("memorandum_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memorandum_party_organization_id"))

    op.drop_table("memorandum_party")
    with op.batch_alter_table("memorandum_focus_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memorandum_focus_area_focus_area_id"))

    op.drop_table("memorandum_focus_area")
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_alias_person_id"))

    op.drop_table("person_alias")
    with op.batch_alter_table("memorandum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memorandum_responsible_id"))

    op.drop_table("memorandum")
    with op.batch_alter_table("provenance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provenance_source_id"))

    op.drop_table("provenance")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organization_id"))

    op.drop_table("person")
    with op.batch_alter_table("organization_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_alias_organization_id"))

    op.drop_table("organization_alias")
    op.drop_table("source")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_parent_id"))

    op.drop_table("organization")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_changed_at"))

    op.drop_table("history")
    with op.batch_alter_table("focus_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_area_parent_id"))

    op.drop_table("focus_area")
