"""The whole-dossier PDF, built once per version of the dossier and kept on disk.

Building decodes every page image; doing it on every GET of the PDF link let three clicks take
gigabytes. A version is a hash of what the PDF shows (title, and each page's stored file, type
and bookmark, in order), so adding, removing or reordering a page makes a new version and the
old file is deleted. Concurrent requests for the same version wait for one build. Files are
served from disk (not held in memory), and at most ``max_files`` are kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path


def pdf_version(title: str, pages: Iterable[tuple[str, str, str | None]]) -> str:
    """``pages``: (media key, mime type, bookmark) in page order."""
    digest = hashlib.sha256(title.encode())
    for media_key, mime_type, bookmark in pages:
        digest.update(f"\x00{media_key}\x00{mime_type}\x00{bookmark or ''}".encode())
    return digest.hexdigest()[:32]


class DossierPdfCache:
    def __init__(self, folder: Path, max_files: int = 200) -> None:
        self.folder = folder
        self.max_files = max_files
        self._locks: dict[int, asyncio.Lock] = {}
        #: Builds done by this process (tests and the benchmark read it).
        self.builds = 0

    def _path(self, dossier_id: int, version: str) -> Path:
        return self.folder / f"hoso-{dossier_id}-{version}.pdf"

    async def get(
        self, dossier_id: int, version: str, build: Callable[[], Awaitable[bytes]]
    ) -> Path:
        """The PDF's file, built by ``build`` if this version is not on disk yet."""
        path = self._path(dossier_id, version)
        # One lock per dossier (a few bytes each): concurrent GETs wait for one build.
        async with self._locks.setdefault(dossier_id, asyncio.Lock()):
            if not await asyncio.to_thread(path.exists):
                data = await build()
                self.builds += 1
                await asyncio.to_thread(self._store, dossier_id, path, data)
        return path

    def _store(self, dossier_id: int, path: Path, data: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)  # atomic: a reader never sees half a PDF
        # Older versions of this dossier are never served again.
        for old in self.folder.glob(f"hoso-{dossier_id}-*.pdf"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
        files = []
        for file in self.folder.glob("hoso-*.pdf"):
            with contextlib.suppress(OSError):  # another process may delete it meanwhile
                files.append((file.stat().st_mtime, file))
        files.sort()
        for _, stale in files[: max(0, len(files) - self.max_files)]:
            with contextlib.suppress(OSError):
                stale.unlink()
