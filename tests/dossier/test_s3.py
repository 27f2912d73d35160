"""The same dossier storage path on S3-compatible object storage (moto's S3 server)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from pypdf import PdfReader

from bot.storage.db import Database
from bot.storage.media import S3MediaStore
from handlers.dossier import service
from tests.dossier import samples
from tests.dossier.test_service import add, draft, kind, setup_people


@pytest.fixture
def s3_store() -> Iterator[S3MediaStore]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        client = boto3.client(
            "s3",
            endpoint_url=f"http://{host}:{port}",
            aws_access_key_id="test",
            aws_secret_access_key="test",
            region_name="ap-southeast-1",
        )
        # moto keeps buckets in process-wide state: one fresh bucket per test.
        bucket = f"tdkt-{uuid.uuid4().hex[:12]}"
        client.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "ap-southeast-1"}
        )
        yield S3MediaStore(client, bucket)
    finally:
        server.stop()


async def test_dossier_pages_and_pdf_on_object_storage(
    db: Database, s3_store: S3MediaStore, tmp_path: Path
) -> None:
    async with db.session() as session:
        p = await setup_people(session)
        d = await draft(session, p)
        photo = samples.jpeg("Tờ trình")
        first = await add(session, d, s3_store, photo, "to_trinh")
        again = await add(session, d, s3_store, photo, "to_trinh")
        assert first.created and not again.created
        await add(session, d, s3_store, samples.pdf(2), "bao_cao_thanh_tich", page_count=2)
        await add(session, d, s3_store, samples.jpeg("Biên bản"), "bien_ban")
        await service.submit(session, d, kind(), actor_id=p["officer"].id, now=d.created_at)
        pages = await service.pages_of(session, d, kind())
        pdf = await service.dossier_pdf(s3_store, d, kind(), pages)
    listed = s3_store.client.list_objects_v2(Bucket=s3_store.bucket, Prefix="media/")
    assert sorted(o["Key"].rsplit("/", 1)[1] for o in listed["Contents"]) == sorted(
        pg.media_key for pg in pages
    )
    assert await s3_store.get(pages[0].media_key) == photo
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 5  # with the cover
