"""Content-addressed file storage: local folder by default, S3-compatible when configured.

A file's key is the SHA-256 of its bytes, so the same photo sent twice is stored once and a key
names exactly one content forever. The database keeps only keys and metadata.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from bot.config import Settings


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class MediaStore(ABC):
    @abstractmethod
    async def put(self, data: bytes) -> str:
        """Store ``data`` (idempotent) and return its key."""

    @abstractmethod
    async def get(self, key: str) -> bytes:
        """The bytes stored under ``key``; KeyError if absent."""

    @abstractmethod
    async def exists(self, key: str) -> bool: ...


class LocalMediaStore(MediaStore):
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise KeyError(key)
        return self.root / key[:2] / key[2:4] / key

    async def put(self, data: bytes) -> str:
        key = content_key(data)
        await asyncio.to_thread(self._write, key, data)
        return key

    def _write(self, key: str, data: bytes) -> None:
        target = self.path(key)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a crash never leaves a truncated file under a valid key.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            Path(tmp).replace(target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    async def get(self, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self.path(key).read_bytes)
        except FileNotFoundError:
            raise KeyError(key) from None

    async def exists(self, key: str) -> bool:
        try:
            return self.path(key).exists()
        except KeyError:
            return False


class S3MediaStore(MediaStore):
    """Any S3-compatible object store (MinIO, Ceph, AWS, Viettel/VNPT/FPT cloud storage)."""

    def __init__(self, client: Any, bucket: str, prefix: str = "media/") -> None:
        self.client = client
        self.bucket = bucket
        self.prefix = prefix

    @classmethod
    def from_settings(cls, settings: Settings) -> S3MediaStore:
        import boto3

        client = boto3.client(
            "s3",
            endpoint_url=settings.s3_endpoint_url,
            aws_access_key_id=settings.s3_access_key.get_secret_value()
            if settings.s3_access_key
            else None,
            aws_secret_access_key=settings.s3_secret_key.get_secret_value()
            if settings.s3_secret_key
            else None,
            region_name=settings.s3_region,
        )
        assert settings.s3_bucket
        return cls(client, settings.s3_bucket)

    def _name(self, key: str) -> str:
        return f"{self.prefix}{key[:2]}/{key}"

    async def put(self, data: bytes) -> str:
        key = content_key(data)
        if not await self.exists(key):
            await asyncio.to_thread(
                self.client.put_object, Bucket=self.bucket, Key=self._name(key), Body=data
            )
        return key

    async def get(self, key: str) -> bytes:
        def read() -> bytes:
            try:
                response = self.client.get_object(Bucket=self.bucket, Key=self._name(key))
            except self.client.exceptions.NoSuchKey:
                raise KeyError(key) from None
            return response["Body"].read()  # type: ignore[no-any-return]

        return await asyncio.to_thread(read)

    async def exists(self, key: str) -> bool:
        def head() -> bool:
            try:
                self.client.head_object(Bucket=self.bucket, Key=self._name(key))
            except Exception as error:  # botocore ClientError with a 404 code
                code = getattr(error, "response", {}).get("Error", {}).get("Code")
                if code in ("404", "NoSuchKey", "NotFound"):
                    return False
                raise
            return True

        return await asyncio.to_thread(head)


def media_store_from_settings(settings: Settings) -> MediaStore:
    if settings.s3_bucket:
        return S3MediaStore.from_settings(settings)
    return LocalMediaStore(settings.media_path)
