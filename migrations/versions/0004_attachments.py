"""attachments

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

Files attached to memoranda, milestones and sources. The bytes live once in attachment_blob,
keyed by their SHA-256; one link table per owner kind names the file on its record (deleted
with the record, refused while a link still points at its blob). Downgrade drops the four tables
and so every attached file: back up first.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNERS = (("memorandum", "memorandum_id"), ("milestone", "milestone_id"), ("source", "source_id"))


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column(
            "stored_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    for owner, column in OWNERS:
        table = f"{owner}_attachment"
        op.create_table(
            table,
            sa.Column("blob_sha256", sa.String(length=64), nullable=False),
            sa.Column("file_name", sa.String(length=255), nullable=False),
            sa.Column(
                "added_at",
                sa.DateTime(timezone=True),
                server_default=sa.func.now(),
                nullable=False,
            ),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["blob_sha256"],
                ["attachment_blob.sha256"],
                name=op.f(f"fk_{table}_blob_sha256_attachment_blob"),
                ondelete="RESTRICT",
            ),
            sa.ForeignKeyConstraint(
                [column],
                [f"{owner}.id"],
                name=op.f(f"fk_{table}_{column}_{owner}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(column, "blob_sha256", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_blob_sha256"), table, ["blob_sha256"], unique=False)


def downgrade() -> None:
    for owner, _column in reversed(OWNERS):
        table = f"{owner}_attachment"
        op.drop_index(op.f(f"ix_{table}_blob_sha256"), table_name=table)
        op.drop_table(table)
    op.drop_table("attachment_blob")
