"""aiogram's HTTP session on httpx, which the bot already uses, instead of aiohttp.

aiogram ships an aiohttp session only; importing aiohttp (with yarl, multidict, attrs...) cost
every start ~0.1 s of CPU, for a client the bot otherwise has no use for (issue 16). This
session sends exactly what aiogram's aiohttp session sends: each call as a form (fields as
``BaseSession.prepare_value`` renders them; multipart when it carries a file), the answer
checked by ``BaseSession.check_response``, transport errors and timeouts as
``TelegramNetworkError``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any, cast

import httpx
from aiogram import __version__ as aiogram_version
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods.base import TelegramType

from bot.core.tls import shared_tls

if TYPE_CHECKING:
    from aiogram import Bot
    from aiogram.methods import TelegramMethod
    from aiogram.types import InputFile


class HttpxSession(BaseSession):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None or self._client.is_closed:
            # trust_env=False as aiogram's aiohttp session (aiohttp ignores proxy variables).
            self._client = httpx.AsyncClient(
                trust_env=False,
                verify=shared_tls(),
                headers={"User-Agent": f"aiogram/{aiogram_version} httpx/{httpx.__version__}"},
                limits=httpx.Limits(max_connections=100, max_keepalive_connections=100),
            )
        return self._client

    async def close(self) -> None:
        if self._client is not None and not self._client.is_closed:
            await self._client.aclose()

    async def _form(
        self, bot: Bot, method: TelegramMethod[Any]
    ) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        fields: dict[str, str] = {}
        files: dict[str, InputFile] = {}
        for key, value in method.model_dump(warnings=False).items():
            value = self.prepare_value(value, bot=bot, files=files)
            if not value:
                continue
            fields[key] = value
        uploads = {}
        for key, file in files.items():
            uploads[key] = (
                file.filename or key,
                b"".join([chunk async for chunk in file.read(bot)]),
            )
        return fields, uploads

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - aiogram's signature
    ) -> TelegramType:
        url = self.api.api_url(token=bot.token, method=method.__api_method__)
        fields, uploads = await self._form(bot, method)
        try:
            answer = await self._http().post(
                url,
                data=fields,
                files=uploads or None,
                timeout=self.timeout if timeout is None else timeout,
            )
        except httpx.TimeoutException as error:
            raise TelegramNetworkError(method=method, message="Request timeout error") from error
        except httpx.HTTPError as error:
            raise TelegramNetworkError(
                method=method, message=f"{type(error).__name__}: {error}"
            ) from error
        response = self.check_response(
            bot=bot, method=method, status_code=answer.status_code, content=answer.text
        )
        return cast(TelegramType, response.result)

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - aiogram's signature
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        async with self._http().stream("GET", url, headers=headers, timeout=timeout) as answer:
            if raise_for_status:
                answer.raise_for_status()
            async for chunk in answer.aiter_bytes(chunk_size):
                yield chunk
