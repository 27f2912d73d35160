"""Imported legal texts in the database, shared by every process of a deployment.

An import writes the document and its provisions in one transaction and bumps the
deployment-wide revision (``law_state``: ``UPDATE … RETURNING``, which PostgreSQL serialises, so
two concurrent imports never share a number). Each process remembers the revision its index
holds; :func:`refresh` compares it with the database's (a one-row read) before a question is
answered and, when another process imported something, re-reads the texts and re-indexes in a
worker thread. Texts imported before this table existed (JSON files under ``data_dir/law``) are
moved in once by :func:`adopt_legacy_files`.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.knowledge.law.library import LawLibrary
from bot.knowledge.law.model import LawDocument, Provision
from bot.storage.models.law import LawProvision, LawState, LawText

__all__ = [
    "adopt_legacy_files",
    "latest_revision",
    "load_documents",
    "refresh",
    "save_document",
]

log = logging.getLogger(__name__)


async def latest_revision(session: AsyncSession) -> int:
    return int(await session.scalar(select(LawState.revision).where(LawState.id == 1)) or 0)


async def _next_revision(session: AsyncSession) -> int:
    bumped = await session.scalar(
        update(LawState)
        .where(LawState.id == 1)
        .values(revision=LawState.revision + 1)
        .returning(LawState.revision)
    )
    if bumped is None:  # a database created without the migration's row
        await session.execute(insert(LawState).values(id=1, revision=1))
        return 1
    return int(bumped)


async def save_document(
    session: AsyncSession, document: LawDocument, user_id: int | None = None
) -> int:
    """Store ``document`` (replacing a text with the same key); returns its revision.

    The caller commits; a concurrent import waits on the revision row until this one commits.
    """
    revision = await _next_revision(session)
    row = await session.scalar(select(LawText).where(LawText.key == document.key))
    if row is None:
        row = LawText(key=document.key, title=document.title, revision=revision)
        session.add(row)
    else:
        await session.execute(delete(LawProvision).where(LawProvision.document_id == row.id))
    row.title = document.title[:300]
    row.number = document.number
    row.kind = document.kind
    row.issuer = (document.issuer or "")[:300] or None
    row.issued = document.issued
    row.effective = document.effective
    row.replaces = list(document.replaces)
    row.source = document.source
    row.partial = document.partial
    row.revision = revision
    row.imported_by = user_id
    await session.flush()
    session.add_all(
        LawProvision(
            document_id=row.id,
            position=i,
            chapter=(p.chapter or None) and p.chapter[:200],
            section=(p.section or None) and p.section[:200],
            article=p.article[:16],
            article_title=p.article_title,
            clause=p.clause,
            point=p.point,
            text=p.text,
            lead=p.lead,
        )
        for i, p in enumerate(document.provisions)
    )
    await session.flush()
    return revision


async def load_documents(session: AsyncSession) -> tuple[list[LawDocument], int]:
    """Every imported text with its provisions, and the revision they amount to."""
    # the revision first: an import committed while the texts are read makes the next
    # refresh read them again, never the other way round (a new text behind an old number)
    revision = await latest_revision(session)
    texts = (await session.scalars(select(LawText).order_by(LawText.id))).all()
    rows = (
        await session.scalars(
            select(LawProvision).order_by(LawProvision.document_id, LawProvision.position)
        )
    ).all()
    provisions: dict[int, list[Provision]] = {}
    for r in rows:
        provisions.setdefault(r.document_id, []).append(
            Provision(
                article=r.article,
                article_title=r.article_title,
                clause=r.clause,
                point=r.point,
                text=r.text,
                lead=r.lead,
                chapter=r.chapter,
                section=r.section,
            )
        )
    documents = [
        LawDocument(
            key=t.key,
            title=t.title,
            number=t.number,
            kind=t.kind,
            issuer=t.issuer,
            issued=t.issued,
            effective=t.effective,
            replaces=list(t.replaces or []),
            source=t.source,
            partial=t.partial,
            provisions=provisions.get(t.id, []),
        )
        for t in texts
    ]
    return documents, revision


async def refresh(session: AsyncSession, library: LawLibrary) -> bool:
    """Bring ``library`` up to the texts in the database; True if it re-indexed."""
    if await latest_revision(session) == library.revision:
        return False
    documents, revision = await load_documents(session)
    # re-indexing a long text takes a while: never on the event loop. Two questions arriving
    # together may both re-index: rare (right after an import), and the result is the same.
    await asyncio.to_thread(library.set_imported, documents, revision)
    return True


def legacy_files(data_dir: Path) -> list[LawDocument]:
    """Texts an earlier version stored as ``data_dir/law/*.json``."""
    out: list[LawDocument] = []
    for path in sorted((data_dir / "law").glob("*.json")):
        try:
            out.append(LawDocument.from_json(json.loads(path.read_text("utf-8"))))
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("imported law %s skipped: %s", path.name, exc)
    return out


async def adopt_legacy_files(session: AsyncSession, data_dir: Path) -> Sequence[str]:
    """Move JSON imports of an earlier version into the database (once: a key already there
    is left alone). Once the caller's transaction commits, the files are renamed
    ``*.json.imported`` so the move is not repeated; if it rolls back they stay for next time."""
    folder = data_dir / "law"
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.json"))
    if not paths:
        return []
    documents = await asyncio.to_thread(legacy_files, data_dir)
    known = set((await session.scalars(select(LawText.key))).all())
    moved = []
    for document in documents:
        if document.key not in known:
            await save_document(session, document)
            moved.append(document.key)

    def done() -> None:
        for path in paths:
            path.replace(path.with_name(path.name + ".imported"))

    session.info.setdefault("after_commit", []).append(done)
    return moved
