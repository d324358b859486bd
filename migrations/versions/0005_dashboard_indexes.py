"""an index for the dashboard's counts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The dashboard counts open milestones by status and due date ("overdue": open and due before
today) with SQL aggregates (kztracker.services.dashboard). An index on (status, due_on) holds
both columns, so those counts, and the count by status, read the index alone instead of every
milestone row. Downgrade drops it; nothing else changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_milestone_status_due_on"


def upgrade() -> None:
    op.create_index(INDEX, "milestone", ["status", "due_on"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="milestone")
