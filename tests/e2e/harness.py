"""End-to-end harness: the real bot talking to the local sandbox over real HTTP.

``Harness`` starts the sandbox and the :class:`~bot.app.Application` (aiogram polling the
sandbox's Bot API, the outbox worker sending through it) on free ports, with a database of the
test's choice. ``UserChat`` acts as one officer through the sandbox's user-side API and reads what
the bot sent them, exactly as the chat page does. ``choose`` taps a button on Telegram and types
the choice's number on Zalo, so one conversation test runs on both channels.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bot.app import Application
from bot.config import Settings
from bot.core.clock import Clock, SystemClock
from bot.core.router import Router
from bot.core.text import fold

DEFAULT_TIMEOUT = 15.0
UNITS_CSV = """code,name,kind,parent_code
TINH-SL,Tỉnh Sơn La,tinh,
XA-CM,Xã Chiềng Mung,xa,TINH-SL
THON-BM,Thôn Bản Mé,thon,XA-CM
TRUONG-CM,Trường Tiểu học Chiềng Mung,truong,XA-CM
XA-MB,Xã Mường Bằng,xa,TINH-SL
THON-NA,Bản Nà Ang,thon,XA-MB
"""


def _same(wanted: str, label: str) -> bool:
    return fold(label) == fold(wanted) or fold(wanted) in fold(label)


@dataclass
class BotMessage:
    seq: int
    message_id: Any
    text: str
    buttons: list[tuple[str, str]]
    photo: dict[str, Any] | None
    document: dict[str, Any] | None
    edited: bool
    raw: dict[str, Any]

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons]

    def has(self, needle: str) -> bool:
        """Case-, mark- and spacing-insensitive containment."""
        return fold(needle) in fold(self.text)


@dataclass
class UserChat:
    http: httpx.AsyncClient
    uid: Any
    name: str
    channel: str = "telegram"
    transcript: list[BotMessage] = field(default_factory=list)
    #: Sandbox feed position already fetched.
    cursor: int = 0
    #: Transcript index after the last message ``expect`` matched.
    seen: int = 0

    @property
    def _base(self) -> str:
        return f"/api/zalo/users/{self.uid}" if self.channel == "zalo" else f"/api/users/{self.uid}"

    async def _post(self, path: str, **kwargs: Any) -> dict[str, Any]:
        response = await self.http.post(self._base + path, **kwargs)
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    # Acting -------------------------------------------------------------------------------
    async def say(self, text: str) -> None:
        await self._post("/text", json={"text": text, "name": self.name})

    async def send_files(
        self,
        files: list[tuple[str, bytes]],
        *,
        as_: str = "auto",
        caption: str | None = None,
    ) -> dict[str, Any]:
        data = {"as": as_, "name": self.name}
        if caption:
            data["caption"] = caption
        upload = [("files", (name, content)) for name, content in files]
        return await self._post("/files", data=data, files=upload)

    async def choose(self, label: str) -> None:
        """Pick the choice whose label matches, in the most recent message that offers it.

        On Zalo, like a person would: the number if the choice is in the latest message with
        choices (numbers refer to it), else the choice's words.
        """
        if self.channel == "zalo":
            latest = next((m for m in reversed(self.transcript) if m.buttons), None)
            if latest is None or not any(_same(label, text) for text, _ in latest.buttons):
                await self.say(label)
                return
        for message in reversed(self.transcript):
            for index, (text, data) in enumerate(message.buttons):
                if _same(label, text):
                    if self.channel == "zalo":
                        await self.say(str(index + 1))
                    else:
                        await self._post(
                            "/tap", json={"message_id": message.message_id, "data": data}
                        )
                    return
        offered = [m.labels for m in self.transcript[-3:]]
        raise AssertionError(f"no choice {label!r} offered; last choices: {offered}")

    # Reading ------------------------------------------------------------------------------
    async def _poll(self, wait: float) -> list[BotMessage]:
        response = await self.http.get(
            self._base + "/messages", params={"after": self.cursor, "wait": wait}
        )
        response.raise_for_status()
        body = response.json()
        fresh = [self._parse(m) for m in body["messages"]]
        if fresh:
            self.cursor = max(self.cursor, *(m.seq for m in fresh))
            self.transcript.extend(fresh)
        return fresh

    def _parse(self, raw: dict[str, Any]) -> BotMessage:
        buttons: list[tuple[str, str]] = []
        for row in raw.get("buttons") or []:
            for button in row:
                buttons.append((button.get("text", ""), button.get("data") or ""))
        text = raw.get("text") or raw.get("caption") or ""
        if self.channel == "zalo" and not buttons:
            # Zalo has no buttons: read the numbered lines the bot wrote instead.
            buttons = [
                (m.group(2).strip(), m.group(1))
                for m in re.finditer(r"^(\d{1,2})\. (.+)$", text, re.MULTILINE)
            ]
        return BotMessage(
            seq=raw["seq"],
            message_id=raw.get("message_id"),
            text=text,
            buttons=buttons,
            photo=raw.get("photo"),
            document=raw.get("document"),
            edited=raw.get("kind") == "edited",
            raw=raw,
        )

    async def expect(self, *needles: str, within: float = DEFAULT_TIMEOUT) -> BotMessage:
        """Wait for a bot message after the last one matched that contains every needle."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while True:
            for index in range(self.seen, len(self.transcript)):
                message = self.transcript[index]
                if all(message.has(n) for n in needles):
                    self.seen = index + 1
                    return message
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [m.text[:160] for m in self.transcript[-5:]]
                raise AssertionError(f"{self.name}: no message with {needles}; last: {recent}")
            await self._poll(min(remaining, 2.0))

    async def collect(
        self, quiet: float = 0.6, within: float = DEFAULT_TIMEOUT, at_least: int = 1
    ) -> list[BotMessage]:
        """Bot messages until ``at_least`` arrived and then ``quiet`` seconds pass with none.

        ``at_least=0`` checks that nothing (more) arrives: it returns after one quiet period.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        got: list[BotMessage] = []
        while loop.time() < deadline:
            fresh = await self._poll(quiet)
            if not fresh and len(got) >= at_least:
                break
            got.extend(fresh)
        return got

    @property
    def last(self) -> BotMessage:
        return self.transcript[-1]


class Harness:
    """The sandbox plus the application, sharing one database across restarts."""

    def __init__(
        self,
        tmp_path: Path,
        db_url: str,
        *,
        clock: Clock | None = None,
        settings: dict[str, Any] | None = None,
        router: Router | None = None,
        leader: bool = True,
    ) -> None:
        self.router = router
        self.leader = leader
        #: Channel of the users ``officer()`` creates when none is given (suites on both).
        self.default_channel = "telegram"
        self.tmp_path = tmp_path
        self.db_url = db_url
        self.clock = clock or SystemClock()
        self.extra_settings = settings or {}
        self.app: Application | None = None
        self.sandbox: Any = None
        self.http: httpx.AsyncClient | None = None
        self._uids = iter(range(1001, 100000))

    def settings(self) -> Settings:
        assert self.sandbox is not None
        values: dict[str, Any] = {
            "data_dir": self.tmp_path / "var",
            "database_url": self.db_url,
            "telegram_token": self.sandbox.telegram_token,
            "telegram_api_base": self.sandbox.base_url,
            "zalo_token": self.sandbox.zalo_token,
            "zalo_api_base": self.sandbox.zalo_base_url,
            "zalo_poll_floor_s": 0.02,
            "web_port": 0,
            "log_level": "INFO",
            **self.extra_settings,
        }
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    async def start(self) -> Harness:
        from bot.sandbox import SandboxConfig, SandboxServer

        # Tests reach the bot over plain http on 127.0.0.1, as a --local Bot API server allows.
        self.sandbox = SandboxServer(SandboxConfig(host="127.0.0.1", port=0, local_webhooks=True))
        await self.sandbox.start()
        self.http = httpx.AsyncClient(base_url=self.sandbox.base_url, timeout=30)
        await self.start_app()
        return self

    async def start_app(
        self, configure: Callable[[Application], None] | None = None
    ) -> Application:
        self.app = Application(
            self.settings(),
            clock=self.clock,
            router=self.router,
            sandbox_when_no_token=False,
            leader=self.leader,
        )
        if configure is not None:
            configure(self.app)
        await self.app.start()
        return self.app

    async def stop_app(self) -> None:
        if self.app is not None:
            app, self.app = self.app, None
            await app.stop()
            # A step that hung was cut off and logged (with every task's stack) so the run
            # goes on; the test still fails, since a stop that hangs is a bug.
            assert not app.stop_overruns, f"shutdown steps hung: {app.stop_overruns}"

    async def restart(self) -> Application:
        await self.stop_app()
        return await self.start_app()

    async def stop(self) -> None:
        try:
            await self.stop_app()
        finally:
            if self.http is not None:
                await self.http.aclose()
            if self.sandbox is not None:
                async with asyncio.timeout(30):  # fail the test, never hang the run
                    await self.sandbox.stop()

    async def control(self, path: str, **body: Any) -> dict[str, Any]:
        assert self.http is not None
        response = await self.http.post(f"/api/control/{path}", json=body)
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    # People -------------------------------------------------------------------------------
    async def seed_units(self, csv_text: str = UNITS_CSV) -> None:
        from bot.accounts import import_units_csv

        assert self.app is not None
        async with self.app.db.session() as session:
            await import_units_csv(session, csv_text)

    async def invite(self, unit_code: str, role: str = "officer") -> str:
        from datetime import timedelta

        from bot.accounts import create_invite, unit_by_code
        from bot.storage.models import Role

        assert self.app is not None
        async with self.app.db.session() as session:
            unit = await unit_by_code(session, unit_code)
            assert unit is not None, unit_code
            invite = await create_invite(
                session, unit=unit, role=Role(role), now=self.clock.now(), ttl=timedelta(days=7)
            )
            return invite.code

    def user(self, name: str = "Cán bộ", uid: Any = None, channel: str | None = None) -> UserChat:
        assert self.http is not None
        uid = uid if uid is not None else next(self._uids)
        return UserChat(self.http, uid, name, channel or self.default_channel)

    async def officer(
        self,
        unit_code: str = "XA-CM",
        role: str = "officer",
        name: str = "Lò Văn An",
        channel: str = "telegram",
    ) -> UserChat:
        """A user who already redeemed an invite and saw the main menu."""
        code = await self.invite(unit_code, role)
        chat = self.user(name, channel=channel)
        await chat.say(f"/start {code}" if chat.channel == "telegram" else code)
        await chat.expect("Chào mừng")
        return chat
