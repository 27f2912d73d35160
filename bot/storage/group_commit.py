"""Writes that arrive while one is being committed share the next commit.

Used where each caller must not return before its own row is committed, but one commit per
row would take the SQLite write gate once per row under load (issue 16): the inbox's webhook
inserts (:mod:`bot.core.runtime`) and the outbox's "sent" records of replies
(:mod:`bot.outbox.worker`). When calm, a row is written at once (no wait is added); under load,
the rows that arrived during a write go together in the next one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["GroupCommit"]

Item = TypeVar("Item")
Result = TypeVar("Result")


class GroupCommit(Generic[Item, Result]):
    """Hands the items submitted meanwhile to ``write`` together, ``batch`` at most at a time.

    ``write`` stores a list of items in one transaction and returns one result per item, in
    order. Each :meth:`submit` returns its item's result once that transaction committed, or
    raises the write's error.
    """

    def __init__(
        self, write: Callable[[list[Item]], Awaitable[Sequence[Result]]], batch: int
    ) -> None:
        self._write = write
        self._batch = batch
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        #: The task writing (None or done when nothing is waiting).
        self.writer: asyncio.Task[None] | None = None

    @property
    def waiting(self) -> int:
        """Items submitted and not yet handed to a write."""
        return len(self._waiting)

    async def submit(self, item: Item) -> Result:
        done: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        if self.writer is None or self.writer.done():
            self.writer = asyncio.create_task(self._drain())
        # Shielded: a caller cancelled meanwhile (a webhook request dropped, a send stopped)
        # does not cancel the write of the others' items in the same commit.
        return await asyncio.shield(done)

    async def _drain(self) -> None:
        while self._waiting:
            batch = self._waiting[: self._batch]
            del self._waiting[: self._batch]
            try:
                results = await self._write([item for item, _ in batch])
            except Exception as error:
                for _, done in batch:
                    if not done.done():
                        done.set_exception(error)
            else:
                for (_, done), result in zip(batch, results, strict=True):
                    if not done.done():
                        done.set_result(result)
