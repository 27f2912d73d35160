"""A cap on request bodies, so a 100 MB POST cannot make the process hold a gigabyte.

Webhook updates are a few kilobytes; nothing this app serves takes an upload. The body is read
up to the cap before the route sees it: a declared or actual larger body gets 413 at once.
"""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
TOO_LARGE = (
    "Tệp hoặc nội dung gửi lên quá lớn (tối đa 1 MB). "
    "Quay lại trang trước, chia tệp thành nhiều tệp nhỏ hơn rồi gửi lại."
)


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        log.warning("request body over %d bytes refused: %s", self.max_bytes, scope.get("path"))
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")],
            }
        )
        # People reach this from the desk's upload forms (Lịch sử khen thưởng import): say it in
        # Vietnamese; machines (webhooks) read only the status.
        await send({"type": "http.response.body", "body": TOO_LARGE.encode()})
