"""Uploads a person could send that are not good images (found by `tdkt bench fuzz`)."""

from __future__ import annotations

import httpx

from tests.sandbox.helpers import image_bytes


async def test_a_truncated_photo_is_refused_with_400_on_both_channels(
    client: httpx.AsyncClient,
) -> None:
    # A JPEG big enough for thumbnails, cut short: its header still reads (PNG has CRCs).
    whole = image_bytes(1200, 900, fmt="JPEG")
    cut = whole[: len(whole) // 3]
    for path in ("/api/users/1001/files", "/api/zalo/users/1001/files"):
        response = await client.post(
            path, files=[("files", ("anh.jpg", cut, "image/jpeg"))], data={"as": "photo"}
        )
        assert response.status_code == 400, (path, response.status_code, response.text)
        assert response.json()["ok"] is False
