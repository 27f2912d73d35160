"""dossier pages: OCR text and the checklist item the text reads as

Revision ID: 0010_dossier_pages
Revises: 0009_desk
Create Date: 2026-12-02 02:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_dossier_pages"
down_revision: str | Sequence[str] | None = "0009_desk"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_pages") as batch:
        batch.add_column(sa.Column("ocr_text", sa.Text(), nullable=True))
        batch.add_column(sa.Column("ocr_class", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier_pages") as batch:
        batch.drop_column("ocr_class")
        batch.drop_column("ocr_text")
