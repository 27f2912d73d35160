"""Issue 18: `tdkt qa gaps --json` on a real (SQLite) database the CLI migrates itself."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.storage import migrate
from bot.storage.db import Database
from bot.storage.models import Unit, User
from bot.storage.models.accounts import UnitKind
from bot.storage.models.qa import Question, QuestionStatus


async def _seed(url: str) -> None:
    db = Database(url)
    try:
        await migrate.upgrade(db.engine)
        async with db.session() as session:
            unit = Unit(code="XA-T", name="Xã Thử", kind=UnitKind.XA, path="/1/")
            session.add(unit)
            await session.flush()
            user = User(full_name="Lò Văn Pọm", unit_id=unit.id)
            session.add(user)
            await session.flush()
            for text, status, when in (
                ("Mức hỗ trợ tiền ăn đi dự đại hội thi đua yêu nước của thôn bao nhiêu?",
                 QuestionStatus.UNANSWERED, datetime(2026, 11, 3, tzinfo=UTC)),
                ("Tiền ăn đi dự đại hội thi đua yêu nước cấp xã được hỗ trợ mấy?",
                 QuestionStatus.ANSWERED, datetime(2026, 11, 20, tzinfo=UTC)),
                ("Hôm nay trời có mưa không?",
                 QuestionStatus.OPEN, datetime(2026, 11, 21, tzinfo=UTC)),
                ("Câu của tháng trước về tiền ăn đại hội thi đua yêu nước",
                 QuestionStatus.UNANSWERED, datetime(2026, 10, 30, tzinfo=UTC)),
            ):  # fmt: skip
                session.add(
                    Question(
                        asker_user_id=user.id,
                        unit_id=unit.id,
                        text=text,
                        status=status,
                        asked_at=when,
                    )
                )
            await session.commit()
    finally:
        await db.dispose()


def test_gaps_json_counts_the_months_declined_questions_by_topic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TDKT_DATA_DIR", str(tmp_path))
    url = f"sqlite+aiosqlite:///{tmp_path / 'tdkt.sqlite3'}"
    monkeypatch.setenv("TDKT_DATABASE_URL", url)
    asyncio.run(_seed(url))
    result = CliRunner().invoke(app, ["qa", "gaps", "--month", "2026-11", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["month"] == "2026-11"
    assert report["declined"] == 3 and report["unanswered"] == 2
    meals, other = report["topics"]
    assert meals["entry_id"] and meals["declined"] == 2 and meals["unanswered"] == 1
    assert [e["text"][:14] for e in meals["examples"]] == ["Mức hỗ trợ tiề"]
    assert other == {
        "topic": "Ngoài các chủ đề đã có",
        "entry_id": None,
        "declined": 1,
        "unanswered": 1,
        "examples": [{"question_id": 3, "text": "Hôm nay trời có mưa không?"}],
    }
