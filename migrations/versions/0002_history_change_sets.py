"""history change sets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

A change-set id groups the field changes of one transaction (one save, one delete with what it
took along), and an index on the record answers the detail pane's History tab without a scan.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_set", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_history_change_set"), ["change_set"], unique=False)
        batch_op.create_index(
            "ix_history_record", ["record_kind", "record_id", "changed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index("ix_history_record")
        batch_op.drop_index(batch_op.f("ix_history_change_set"))
        batch_op.drop_column("change_set")
