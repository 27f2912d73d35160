"""dossier pages: sent without choosing an item, to be filed by what OCR reads on them

Revision ID: 0013_dossier_unsorted
Revises: 0012_award_history
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_dossier_unsorted"
down_revision: str | Sequence[str] | None = "0012_award_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_pages") as batch:
        batch.add_column(
            sa.Column("unsorted", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier_pages") as batch:
        batch.drop_column("unsorted")
