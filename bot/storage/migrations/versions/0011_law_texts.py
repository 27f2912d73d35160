"""law texts: imported legal documents and their provisions, shared by every replica

Revision ID: 0011_law_texts
Revises: 0010_dossier_pages
Create Date: 2026-12-02 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_law_texts"
down_revision: str | Sequence[str] | None = "0010_dossier_pages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "law_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("issuer", sa.String(length=300), nullable=True),
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("replaces", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("partial", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["users.id"], name=op.f("fk_law_documents_imported_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_law_documents")),
        sa.UniqueConstraint("key", name=op.f("uq_law_documents_key")),
    )
    op.create_index(op.f("ix_law_documents_revision"), "law_documents", ["revision"], unique=False)
    op.create_table(
        "law_provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("chapter", sa.String(length=200), nullable=True),
        sa.Column("section", sa.String(length=200), nullable=True),
        sa.Column("article", sa.String(length=16), nullable=False),
        sa.Column("article_title", sa.Text(), nullable=False),
        sa.Column("clause", sa.String(length=8), nullable=True),
        sa.Column("point", sa.String(length=8), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["law_documents.id"],
            name=op.f("fk_law_provisions_document_id_law_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_law_provisions")),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_law_provisions_document_id_position")
        ),
    )
    op.create_index("ix_law_provisions_document", "law_provisions", ["document_id"], unique=False)
    state = op.create_table(
        "law_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_law_state")),
    )
    op.bulk_insert(state, [{"id": 1, "revision": 0}])


def downgrade() -> None:
    op.drop_table("law_state")
    op.drop_index("ix_law_provisions_document", table_name="law_provisions")
    op.drop_table("law_provisions")
    op.drop_index(op.f("ix_law_documents_revision"), table_name="law_documents")
    op.drop_table("law_documents")
