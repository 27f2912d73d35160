"""The running bot's knowledge base, loaded on first use instead of at start-up (issue 16).

Loading the knowledge base (YAML, validation, Jinja, four BM25 indexes with numpy and bm25s)
is a large share of a start and ~25 MB of resident memory, and a process may serve for hours
before anyone asks a question (or, as a web-only replica, never). So ``tdkt run`` starts serving
without it and the first request that needs it loads it in a worker thread (off the event
loop); requests arriving meanwhile wait for that same load, so nothing is ever answered from a
half-loaded base.

Content is still checked at start, where a broken entry must stop the bot rather than a user's
question: unless this exact content, with this exact knowledge code, was already loaded
successfully today (a marker under ``data_dir/cache/knowledge`` keyed by a hash of both), the
base is loaded during start-up as before and kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.knowledge.answer import KnowledgeBase

__all__ = ["KnowledgeLoader", "content_key"]

log = logging.getLogger(__name__)

#: Bump when what a successful load proves changes.
FORMAT = "1"


def content_key(content_dir: Path, as_of: date) -> str:
    """A hash of every content file and of the knowledge code: equal keys load equally."""
    import bot.knowledge

    digest = hashlib.sha256(f"{FORMAT}|{as_of.isoformat()}".encode())
    code = Path(str(bot.knowledge.__file__)).parent
    for root in (content_dir, code):
        # sorted, with the relative path: a renamed or moved file changes the key; links are
        # followed (a deployment's content is an overlay of symlinks, bot/content.py)
        files = [
            Path(folder, name)
            for folder, _, names in os.walk(root, followlinks=True)
            for name in names
            if not name.endswith(".pyc")
        ]
        for path in sorted(files):
            name = path.relative_to(root).as_posix().encode()
            data = path.read_bytes()
            digest.update(len(name).to_bytes(8, "little") + name)
            digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()[:40]


class KnowledgeLoader:
    """``await loader.get()`` → the knowledge base, loaded once by ``load`` on first use."""

    def __init__(self, load: Callable[[], Awaitable[KnowledgeBase]]) -> None:
        self._load = load
        self._kb: KnowledgeBase | None = None
        self._lock = asyncio.Lock()

    @property
    def loaded(self) -> KnowledgeBase | None:
        """The base if it has been loaded (nothing is loaded by asking)."""
        return self._kb

    async def get(self) -> KnowledgeBase:
        if self._kb is None:
            async with self._lock:  # concurrent first requests share one load
                if self._kb is None:
                    began = time.monotonic()
                    self._kb = await self._load()
                    log.info("knowledge base loaded in %.2f s", time.monotonic() - began)
        return self._kb


class ContentMarks:
    """Which content keys loaded successfully before, under ``folder`` (one empty file each)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def seen(self, key: str) -> bool:
        return (self.folder / key).is_file()

    def remember(self, key: str) -> None:
        # A read-only data directory only costs loading at every start, never an answer.
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in self.folder.iterdir():
                if old.name != key:
                    old.unlink(missing_ok=True)
            (self.folder / key).touch()
