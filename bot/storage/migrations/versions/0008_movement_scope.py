"""movements belong to the unit that added them; retiring one hides it for a subtree

Revision ID: 0008_movement_scope
Revises: 0007_plan_sources
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_movement_scope"
down_revision: str | Sequence[str] | None = "0007_plan_sources"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reg_movements") as batch:
        batch.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_reg_movements_unit_id_units", "units", ["unit_id"], ["id"])
        batch.create_index("ix_reg_movements_unit_id", ["unit_id"], unique=False)
    op.create_table(
        "reg_movement_hidden",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["movement_id"], ["reg_movements.id"]),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("movement_id", "unit_id"),
    )
    op.create_index("ix_reg_movement_hidden_unit_id", "reg_movement_hidden", ["unit_id"])


def downgrade() -> None:
    op.drop_index("ix_reg_movement_hidden_unit_id", table_name="reg_movement_hidden")
    op.drop_table("reg_movement_hidden")
    with op.batch_alter_table("reg_movements") as batch:
        batch.drop_index("ix_reg_movements_unit_id")
        batch.drop_constraint("fk_reg_movements_unit_id_units", type_="foreignkey")
        batch.drop_column("unit_id")
