"""award history: titles and forms each person and unit received, by year (Lịch sử khen thưởng)

Revision ID: 0012_award_history
Revises: 0011_law_texts
Create Date: 2026-12-02 04:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_award_history"
down_revision: str | Sequence[str] | None = "0011_law_texts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "award_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=False),
        sa.Column("subject_name", sa.String(length=255), nullable=False),
        sa.Column("name_key", sa.String(length=255), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("award", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("decision_number", sa.String(length=64), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=True),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_award_history_unit_id_units")
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"], ["dossiers.id"], name=op.f("fk_award_history_dossier_id_dossiers")
        ),
        sa.ForeignKeyConstraint(
            ["added_by"], ["users.id"], name=op.f("fk_award_history_added_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_history")),
        sa.UniqueConstraint(
            "unit_id",
            "subject_type",
            "name_key",
            "award",
            "year",
            name=op.f("uq_award_history_unit_id_subject_type_name_key_award_year"),
        ),
    )
    op.create_index(op.f("ix_award_history_unit_id"), "award_history", ["unit_id"], unique=False)
    op.create_index(
        "ix_award_history_unit_name", "award_history", ["unit_id", "name_key"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_award_history_unit_name", table_name="award_history")
    op.drop_index(op.f("ix_award_history_unit_id"), table_name="award_history")
    op.drop_table("award_history")
