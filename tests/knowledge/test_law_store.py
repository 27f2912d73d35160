"""Issue 18: imported legal texts live in the database, so every replica quotes the same ones.

Two knowledge bases stand for two processes of one deployment (on SQLite and on PostgreSQL):
what one imports, the other picks up before its next answer, through the same
:func:`refresh` the chat calls before each question.
"""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from bot.knowledge.answer import KnowledgeBase
from bot.knowledge.law.cli import read_document
from bot.knowledge.law.store import adopt_legacy_files, latest_revision, refresh, save_document
from bot.storage.db import Database
from bot.storage.models.law import LawProvision, LawText

CONTENT = Path(__file__).resolve().parents[2] / "content"
FIXTURES = Path(__file__).with_name("fixtures") / "law"
NEW = FIXTURES / "qd-77-2025-tinh-mau.txt"
OLD = FIXTURES / "qd-20-2019-tinh-mau.txt"
AS_OF = date(2026, 11, 22)
PRIZE = "học sinh đạt giải nhất học sinh giỏi quốc gia được thưởng bao nhiêu"
PACKAGED = "Danh hiệu vinh dự nhà nước gồm những gì?"


async def test_what_one_replica_imports_the_other_quotes(db: Database) -> None:
    importer, other = KnowledgeBase.load(CONTENT), KnowledgeBase.load(CONTENT)
    assert importer.law is not None and other.law is not None
    async with db.session() as session:
        assert not await refresh(session, other.law)  # nothing imported yet: no re-index
    assert not other.ask(PRIZE, AS_OF).answered

    async with db.session() as session:
        await save_document(session, read_document(OLD))
    async with db.session() as session:
        assert await refresh(session, other.law)
        assert not await refresh(session, other.law)  # once is enough
    assert "20/2019/QĐ-UBND" in other.ask(PRIZE, AS_OF).text

    # the importer replaces it with the new provincial decision; the other replica follows
    async with db.session() as session:
        await save_document(session, read_document(NEW), None)
    async with db.session() as session:
        assert await refresh(session, other.law)
    answer = other.ask(PRIZE, AS_OF)
    assert "Căn cứ: Điều 8 khoản 1 điểm a Quyết định 77/2025/QĐ-UBND" in answer.text
    assert "20/2019" not in answer.text and "2.000.000" not in answer.text
    old = other.law.documents["qd-20-2019-tinh-mau"]
    assert old.superseded_by and old.superseded_by.startswith("Quyết định 77/2025")
    # the packaged extracts still answer beside the imports
    assert other.ask(PACKAGED, AS_OF).text.startswith("**Theo Điều 59 khoản 2 Luật Thi đua")


async def test_reimporting_a_text_replaces_it(db: Database) -> None:
    document = read_document(NEW)
    async with db.session() as session:
        first = await save_document(session, document)
    document.title = "Quyết định 77/2025/QĐ-UBND (bản sửa)"
    async with db.session() as session:
        second = await save_document(session, document)
    async with db.session() as session:
        assert second == first + 1 == await latest_revision(session)
        assert await session.scalar(select(func.count()).select_from(LawText)) == 1
        stored = await session.scalar(select(func.count()).select_from(LawProvision))
    assert stored == len(document.provisions)
    kb = KnowledgeBase.load(CONTENT)
    assert kb.law is not None
    async with db.session() as session:
        await refresh(session, kb.law)
    assert "Quyết định 77/2025/QĐ-UBND (bản sửa)" in kb.ask(PRIZE, AS_OF).text


async def test_texts_an_earlier_version_kept_as_files_move_in_once(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "law"
    folder.mkdir()
    (folder / "qd-77.json").write_text(json.dumps(read_document(NEW).to_json()), "utf-8")
    async with db.session() as session:
        assert list(await adopt_legacy_files(session, tmp_path)) == ["qd-77-2025-tinh-mau"]
        assert list(folder.glob("*.json"))  # renamed only once the rows are committed
    assert not list(folder.glob("*.json")) and list(folder.glob("*.json.imported"))
    async with db.session() as session:
        assert list(await adopt_legacy_files(session, tmp_path)) == []
        kb = KnowledgeBase.load(CONTENT)
        assert kb.law is not None
        await refresh(session, kb.law)
    assert "77/2025/QĐ-UBND" in kb.ask(PRIZE, AS_OF).text


async def test_two_imports_at_once_never_share_a_revision(db: Database) -> None:
    """A replica that indexed one import must still see the other: numbers are never shared."""
    first = db.sessionmaker()
    async with first.begin():
        mine = await save_document(first, read_document(OLD))
        other = asyncio.create_task(_import_in_another_session(db))
        await asyncio.sleep(0.2)  # let the other import reach the revision row and wait there
    theirs = await other
    await first.close()
    assert sorted([mine, theirs]) == [1, 2]
    async with db.session() as session:
        assert await latest_revision(session) == 2


async def _import_in_another_session(db: Database) -> int:
    async with db.session() as session:
        return await save_document(session, read_document(NEW))
