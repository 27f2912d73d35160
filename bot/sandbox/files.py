"""File storage shared by both channels: uploads from simulated users and from bots.

Content is stored once per SHA-256 (in memory, or under ``data_dir`` when configured), so the
same bytes always get the same ``file_unique_id``, as on Telegram. Every stored file version
(each photo size counts as one) gets its own opaque ``file_id`` and a ``file_path`` for
``GET /file/bot<token>/<file_path>``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import mimetypes
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Telegram's thumbnail box sizes ("s", "m", "x"); the original is always the last size.
PHOTO_BOXES = (90, 320, 800)
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024


class InvalidImageError(ValueError):
    pass


@dataclass(frozen=True)
class StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    size: int
    mime_type: str
    file_name: str | None
    width: int | None = None
    height: int | None = None
    digest: str = ""

    def photo_size(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "width": self.width,
            "height": self.height,
            "file_size": self.size,
        }

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "mime_type": self.mime_type,
        }
        if self.file_name:
            doc["file_name"] = self.file_name
        return doc


def _unique_id(digest: str) -> str:
    raw = bytes.fromhex(digest)[:12]
    return "AQAD" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def guess_mime(file_name: str | None, fallback: str = "application/octet-stream") -> str:
    if file_name:
        guessed, _ = mimetypes.guess_type(file_name)
        if guessed:
            return guessed
    return fallback


def _image_info(data: bytes) -> tuple[int, int, str]:
    # Pillow loads with the first picture a simulated user sends, not with `tdkt run`.
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
        with Image.open(io.BytesIO(data)) as img:
            return img.width, img.height, (img.format or "JPEG").upper()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidImageError(str(exc)) from exc


def _thumbnail(data: bytes, box: int) -> tuple[bytes, int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        rgb = img.convert("RGB")
    rgb.thumbnail((box, box))
    buf = io.BytesIO()
    rgb.save(buf, format="JPEG", quality=80)
    return buf.getvalue(), rgb.width, rgb.height


@dataclass(frozen=True)
class PhotoVersion:
    data: bytes
    width: int
    height: int
    mime_type: str
    ext: str


def photo_versions(data: bytes) -> list[PhotoVersion]:
    """Thumbnails for each box smaller than the image, then the original bytes unchanged.

    Telegram re-encodes every size; keeping the original byte-for-byte as the largest size lets
    tests compare a download with what was uploaded. CPU-bound: call via ``asyncio.to_thread``.
    """
    width, height, fmt = _image_info(data)
    versions: list[PhotoVersion] = []
    for box in PHOTO_BOXES:
        if max(width, height) > box:
            try:
                thumb, w, h = _thumbnail(data, box)
            except (OSError, ValueError) as exc:
                # A truncated file passes the header check but not decoding (found by fuzzing).
                raise InvalidImageError(str(exc)) from exc
            versions.append(PhotoVersion(thumb, w, h, "image/jpeg", "jpg"))
    ext = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}.get(fmt, fmt.lower())
    versions.append(
        PhotoVersion(data, width, height, f"image/{'jpeg' if ext == 'jpg' else ext}", ext)
    )
    return versions


class FileStore:
    def __init__(self, data_dir: Path | None = None) -> None:
        self._dir = data_dir / "files" if data_dir else None
        if self._dir:
            self._dir.mkdir(parents=True, exist_ok=True)
        self._blobs: dict[str, bytes] = {}
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._seq = itertools.count(1)

    def clear(self) -> None:
        self._blobs.clear()
        self._by_id.clear()
        self._by_path.clear()

    def put(
        self,
        data: bytes,
        *,
        kind: str,
        mime_type: str,
        file_name: str | None = None,
        ext: str | None = None,
        width: int | None = None,
        height: int | None = None,
    ) -> StoredFile:
        digest = hashlib.sha256(data).hexdigest()
        if self._dir is not None:
            path = self._dir / digest
            if not path.exists():
                path.write_bytes(data)
        else:
            self._blobs.setdefault(digest, data)
        n = next(self._seq)
        if ext is None:
            ext = Path(file_name).suffix.lstrip(".") if file_name else ""
        folder = {"photo": "photos", "document": "documents"}.get(kind, kind)
        file_path = f"{folder}/file_{n}" + (f".{ext}" if ext else "")
        prefix = {"photo": "AgAC", "document": "BQAC"}.get(kind, "CAAC")
        stored = StoredFile(
            file_id=f"{prefix}{secrets.token_urlsafe(18)}",
            file_unique_id=_unique_id(digest),
            file_path=file_path,
            size=len(data),
            mime_type=mime_type,
            file_name=file_name,
            width=width,
            height=height,
            digest=digest,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[file_path] = stored
        return stored

    def put_photo(self, versions: list[PhotoVersion]) -> list[StoredFile]:
        return [
            self.put(
                v.data,
                kind="photo",
                mime_type=v.mime_type,
                ext=v.ext,
                width=v.width,
                height=v.height,
            )
            for v in versions
        ]

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        return self._by_path.get(file_path)

    def read(self, stored: StoredFile) -> bytes:
        if self._dir is not None:
            return (self._dir / stored.digest).read_bytes()
        return self._blobs[stored.digest]
