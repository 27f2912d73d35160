"""The channel's answers, kept the instant they arrive, so a kill cannot make them in doubt.

A send is in doubt from its request until its outcome is written; the database write is the
slow part of that on a loaded machine (SQLite's single writer, seconds at worst). Each success
is therefore also appended here first: one ``os.write`` of a line to a file opened with
``O_APPEND``, no fsync. The line is in the kernel's page cache when the call returns, so it
survives a SIGKILL of this process (not a power loss: then the row is in doubt as before). The
next start reads it and records those rows as sent instead of sending them again. The write
takes microseconds, so it is done on the event loop, like a log line.

Each line is ``row id, digest of the row's chat and payload, channel message id``: the digest
keeps a stale line from ever marking another row (ids can be reused after rows are deleted).
The file is emptied at each start (after it was read) and when it grows large: a line lost
that way only leaves its row in doubt, never marks one wrongly.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

#: Lines after which the file starts over (rows answered long ago are recorded by then).
MAX_LINES = 5000


def digest(chat_key: str, payload: dict[str, object]) -> str:
    data = json.dumps([chat_key, payload], sort_keys=True, ensure_ascii=False).encode()
    return hashlib.blake2b(data, digest_size=8).hexdigest()


class AnswerJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._lines = 0

    def _open(self) -> int:
        if self._fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return self._fd

    def note(
        self, row_id: int, chat_key: str, payload: dict[str, object], message_id: str | None
    ) -> bool:
        """Keep one answer; False if the file could not be written (the row stays in doubt)."""
        try:
            fd = self._open()
            if self._lines >= MAX_LINES:
                os.ftruncate(fd, 0)
                self._lines = 0
            line = f"{row_id}\t{digest(chat_key, payload)}\t{message_id or ''}\n"
            os.write(fd, line.encode())
            self._lines += 1
            return True
        except OSError:
            log.warning("outbox: the answer journal %s cannot be written", self.path, exc_info=True)
            return False

    def read(self) -> dict[int, tuple[str, str | None]]:
        """Row id -> (digest, message id) of every answer kept since the file was emptied."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return {}
        except OSError:
            log.warning("outbox: the answer journal %s cannot be read", self.path, exc_info=True)
            return {}
        kept: dict[int, tuple[str, str | None]] = {}
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0].isdigit():
                continue  # a line cut short by the kill
            kept[int(parts[0])] = (parts[1], parts[2] or None)
        return kept

    def clear(self) -> None:
        with contextlib.suppress(OSError):
            os.ftruncate(self._open(), 0)
            self._lines = 0

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
