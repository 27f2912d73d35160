"""The knowledge base loaded on first use (bot/knowledge/loader.py, issue 16)."""

from __future__ import annotations

import asyncio
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.content import packaged_content_dir
from bot.knowledge.loader import ContentMarks, KnowledgeLoader, content_key


def test_requests_arriving_during_the_first_load_wait_for_that_one_load() -> None:
    calls = 0

    async def load() -> object:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return object()

    async def main() -> None:
        loader = KnowledgeLoader(load)  # type: ignore[arg-type]
        assert loader.loaded is None
        got = await asyncio.gather(*(loader.get() for _ in range(5)))
        assert calls == 1
        assert all(kb is got[0] for kb in got)
        assert loader.loaded is got[0]
        assert await loader.get() is got[0] and calls == 1

    asyncio.run(main())


def test_a_failed_load_is_tried_again_by_the_next_request() -> None:
    attempts = []

    async def load() -> object:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return "kb"

    async def main() -> None:
        loader = KnowledgeLoader(load)  # type: ignore[arg-type]
        with pytest.raises(OSError):
            await loader.get()
        assert loader.loaded is None
        assert await loader.get() == "kb"

    asyncio.run(main())


def test_any_edit_to_the_content_asks_for_a_check_at_start(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(packaged_content_dir(), content)
    today = date(2026, 12, 2)
    key = content_key(content, today)
    assert content_key(content, today) == key
    marks = ContentMarks(tmp_path / "marks")
    assert not marks.seen(key)
    marks.remember(key)
    assert marks.seen(key)

    entry = next((content / "kb").glob("*.yaml"))
    entry.write_text(entry.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")
    edited = content_key(content, today)
    assert edited != key and not marks.seen(edited)
    (content / "kb" / "moi.yaml").write_text("id: moi\n", encoding="utf-8")
    assert content_key(content, today) not in (key, edited)
    # a new day renders date-dependent templates differently: checked again
    assert content_key(content, date(2026, 12, 3)) != content_key(content, today)
