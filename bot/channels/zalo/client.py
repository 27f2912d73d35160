"""A thin async client for the Zalo Bot Platform API (Telegram-like, ``ok``/``result`` envelope).

Why our own: the PyPI packages are 0.1-level forks with placeholder metadata and sync calls
inside async code, and the API is a handful of methods. The bot token is part of every URL, so
this client never lets a URL reach a log line or an exception message: errors carry the method
name, the status and Zalo's description, with the token scrubbed from anything echoed back.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.core.tls import shared_tls

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://bot-api.zaloplatforms.com"


class ZaloError(Exception):
    """A failed call. ``status`` is the HTTP status (0 for network errors and timeouts)."""

    def __init__(self, method: str, status: int, description: str) -> None:
        super().__init__(f"Zalo {method}: {status} {description}".strip())
        self.method = method
        self.status = status
        self.description = description


class ZaloIdle(ZaloError):
    """getUpdates long poll ended with nothing new (HTTP 408)."""


class ZaloClient:
    def __init__(
        self,
        token: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        http: httpx.AsyncClient | None = None,
        timeout: float = 20.0,
    ) -> None:
        self._token = token
        self._base = base_url.rstrip("/")
        self._http = http or httpx.AsyncClient(
            timeout=timeout, trust_env=False, verify=shared_tls()
        )
        self._owns_http = http is None
        self.timeout = timeout

    @property
    def bot_id(self) -> str:
        return self._token.split(":", 1)[0]

    def redact(self, text: str) -> str:
        return text.replace(self._token, "<token>") if self._token else text

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def call(
        self,
        method: str,
        payload: dict[str, Any] | None = None,
        *,
        http_timeout: float | None = None,
    ) -> Any:
        url = f"{self._base}/bot{self._token}/{method}"
        try:
            response = await self._http.post(
                url, json=payload or {}, timeout=http_timeout or self.timeout
            )
        except httpx.TimeoutException:
            raise ZaloError(method, 0, "timeout") from None
        except httpx.HTTPError as error:
            # httpx puts the URL (and so the token) in its messages: keep only the kind.
            raise ZaloError(method, 0, type(error).__name__) from None
        if response.status_code == 408:
            raise ZaloIdle(method, 408, "Request timeout")
        try:
            body = response.json()
        except ValueError:
            raise ZaloError(method, response.status_code, "invalid JSON") from None
        if not isinstance(body, dict):
            raise ZaloError(method, response.status_code, "unexpected response")
        if not body.get("ok") or response.status_code >= 400:
            status = int(body.get("error_code") or response.status_code)
            description = self.redact(str(body.get("description") or ""))
            if status == 408:
                raise ZaloIdle(method, 408, description)
            raise ZaloError(method, status, description)
        return body.get("result")

    # Methods ------------------------------------------------------------------------------
    async def get_me(self) -> dict[str, Any]:
        return await self.call("getMe")  # type: ignore[no-any-return]

    async def get_updates(self, wait_s: int = 25) -> list[dict[str, Any]]:
        """Zalo returns one update per call (no offset); a list is accepted defensively."""
        result = await self.call("getUpdates", {"timeout": wait_s}, http_timeout=wait_s + 10)
        if result is None:
            return []
        return result if isinstance(result, list) else [result]

    async def set_webhook(self, url: str, secret_token: str) -> Any:
        return await self.call("setWebhook", {"url": url, "secret_token": secret_token})

    async def delete_webhook(self) -> Any:
        return await self.call("deleteWebhook")

    async def send_message(self, chat_id: str, text: str) -> dict[str, Any]:
        return await self.call("sendMessage", {"chat_id": chat_id, "text": text})  # type: ignore[no-any-return]

    async def send_photo(
        self, chat_id: str, photo_url: str, caption: str | None = None
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {"chat_id": chat_id, "photo": photo_url}
        if caption:
            payload["caption"] = caption
        return await self.call("sendPhoto", payload)  # type: ignore[no-any-return]

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> Any:
        return await self.call("sendChatAction", {"chat_id": chat_id, "action": action})

    async def download(self, url: str, max_bytes: int) -> bytes:
        """Fetch an image URL Zalo gave us, refusing more than ``max_bytes``."""
        chunks: list[bytes] = []
        size = 0
        async with self._http.stream("GET", url, timeout=self.timeout) as response:
            if response.status_code >= 400:
                raise ZaloError("download", response.status_code, "image not available")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise ZaloError("download", 413, f"{declared} bytes")
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise ZaloError("download", 413, f"more than {max_bytes} bytes")
                chunks.append(chunk)
        return b"".join(chunks)
