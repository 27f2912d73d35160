"""plan sources: OCR flag on plans, source words on deadlines

Revision ID: 0007_plan_sources
Revises: 0006_zalo
Create Date: 2026-12-02 01:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_plan_sources"
down_revision: str | Sequence[str] | None = "0006_zalo"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("ocr", sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table("deadlines") as batch:
        batch.add_column(sa.Column("source_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deadlines") as batch:
        batch.drop_column("source_text")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("ocr")
