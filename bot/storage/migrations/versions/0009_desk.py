"""desk: sign-in links, sessions and recorded award decisions of the reviewers' web desk

Revision ID: 0009_desk
Revises: 0008_movement_scope
Create Date: 2026-12-02 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_desk"
down_revision: str | Sequence[str] | None = "0008_movement_scope"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _token_table(name: str, end_column: str) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(end_column, sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f(f"fk_{name}_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("token_hash", name=op.f(f"uq_{name}_token_hash")),
    )
    op.create_index(op.f(f"ix_{name}_user_id"), name, ["user_id"], unique=False)


def upgrade() -> None:
    _token_table("desk_links", "used_at")
    _token_table("desk_sessions", "ended_at")
    op.create_table(
        "award_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_award_decisions_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_award_decisions_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_decisions")),
    )
    op.create_index(
        op.f("ix_award_decisions_unit_id"), "award_decisions", ["unit_id"], unique=False
    )
    op.create_table(
        "award_decision_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("dossier_id", sa.Integer(), nullable=False),
        sa.Column("coefficient", sa.String(length=8), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["award_decisions.id"],
            name=op.f("fk_award_decision_lines_decision_id_award_decisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dossier_id"],
            ["dossiers.id"],
            name=op.f("fk_award_decision_lines_dossier_id_dossiers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_award_decision_lines")),
        sa.UniqueConstraint(
            "decision_id",
            "dossier_id",
            name=op.f("uq_award_decision_lines_decision_id_dossier_id"),
        ),
    )
    op.create_index(
        op.f("ix_award_decision_lines_dossier_id"),
        "award_decision_lines",
        ["dossier_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_award_decision_lines_dossier_id"), table_name="award_decision_lines")
    op.drop_table("award_decision_lines")
    op.drop_index(op.f("ix_award_decisions_unit_id"), table_name="award_decisions")
    op.drop_table("award_decisions")
    op.drop_index(op.f("ix_desk_sessions_user_id"), table_name="desk_sessions")
    op.drop_table("desk_sessions")
    op.drop_index(op.f("ix_desk_links_user_id"), table_name="desk_links")
    op.drop_table("desk_links")
