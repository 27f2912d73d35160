"""Every Zalo bot of the deployment: starting them, counting their quota, re-routing failures.

A free Zalo bot is reported to serve at most 50 users and about 3,000 messages a month, so a
deployment may hold one bot per commune (``tdkt zalo add --unit ...``). Each officer talks to the
bot of the nearest unit above them that has one. Usage is counted per bot and month; admins are
warned at 80 % and 95 % and when the limit is hit. A message that cannot go out on its channel
(quota reached, user unreachable) goes to the person's other linked channel when there is one,
and the admin is told either way: never a silent drop.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from bot.channels.zalo.channel import ZaloChannel
from bot.channels.zalo.client import ZaloClient
from bot.core.context import reminder_account
from bot.core.messages import Reply
from bot.core.render import WireMessage, strip_markup
from bot.storage.db import insert_ignore
from bot.storage.models import ChannelAccount, Priority, Role, Unit, User
from bot.storage.models.zalo import ZaloBot, ZaloUsage, ZaloUsageUser
from bot.web.links import media_path

if TYPE_CHECKING:
    from bot.app import Application
    from bot.outbox.worker import ClaimedRow

log = logging.getLogger(__name__)
WARNING_LEVELS = (80, 95, 100)


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


class ZaloBots:
    def __init__(self, app: Application) -> None:
        self.app = app
        self.settings = app.settings
        self.channels: dict[str, ZaloChannel] = {}
        #: unit path of the unit each bot serves ("" for a bot serving everyone)
        self._unit_paths: dict[str, str] = {}

    # Starting -----------------------------------------------------------------------------
    async def start(
        self, *, sandbox_token: str | None = None, sandbox_base: str | None = None
    ) -> None:
        settings = self.settings
        bots: list[tuple[str, str | None, int | None, str | None]] = []
        if settings.zalo_token is not None:
            secret = (
                settings.zalo_webhook_secret.get_secret_value()
                if settings.zalo_webhook_secret
                else None
            )
            bots.append((settings.zalo_token.get_secret_value(), None, None, secret))
        elif sandbox_token is not None:
            bots.append((sandbox_token, "Trợ lý Thi đua (hộp thử Zalo)", None, None))
        async with self.app.db.session() as session:
            for bot in (await session.scalars(select(ZaloBot).where(ZaloBot.active))).all():
                bots.append((bot.token, bot.name, bot.unit_id, bot.webhook_secret))
            unit_ids = {unit_id for _, _, unit_id, _ in bots if unit_id is not None}
            units = {
                u.id: u.path
                for u in (await session.scalars(select(Unit).where(Unit.id.in_(unit_ids)))).all()
            }
        base = (
            sandbox_base if settings.zalo_token is None and sandbox_base else settings.zalo_api_base
        )
        for token, name, unit_id, secret in bots:
            await self._start_one(token, base, name, unit_id, secret, units.get(unit_id or -1, ""))

    async def _start_one(
        self,
        token: str,
        base: str,
        name: str | None,
        unit_id: int | None,
        secret: str | None,
        unit_path: str,
    ) -> None:
        client = ZaloClient(token, base_url=base)
        webhook_url = None
        public = self.settings.public_url
        if public and self.app.sandbox is None:
            webhook_url = f"{public.rstrip('/')}/zalo/{client.bot_id}"
            secret = secret or new_webhook_secret()
        channel = ZaloChannel(
            client,
            webhook_url=webhook_url,
            webhook_secret=secret,
            media_url=self.media_url,
            poll_floor_s=self.settings.zalo_poll_floor_s,
            name=name,
            unit_id=unit_id,
        )
        channel.on_sent = self._count_out
        channel.on_received = self._count_in
        try:
            await channel.start(self.app.receive)
        except Exception as error:
            # One commune's broken token must not stop the others' bots.
            log.error("Zalo bot %s not started: %s", client.bot_id, error)
            await client.close()
            return
        self.channels[channel.bot_key] = channel
        self._unit_paths[channel.bot_key] = unit_path
        self.app.services.channels.add(channel)

    async def stop(self) -> None:
        self.channels.clear()

    def media_url(self, key: str, file_name: str) -> str:
        return self.app.public_base_url() + media_path(self.app.signer, key, file_name)

    # Routing ------------------------------------------------------------------------------
    def bot_for(self, unit: Unit) -> ZaloChannel | None:
        """The bot of the nearest unit at or above ``unit`` that has one (a general bot last)."""
        best: tuple[int, ZaloChannel] | None = None
        for bot_key, path in self._unit_paths.items():
            if unit.path.startswith(path) and (best is None or len(path) > best[0]):
                best = (len(path), self.channels[bot_key])
        return best[1] if best else None

    # Usage --------------------------------------------------------------------------------
    def _month(self) -> str:
        return self.app.clock.now().astimezone(self.settings.tz).strftime("%Y-%m")

    async def _usage_row(self, session, bot_key: str, month: str) -> None:  # type: ignore[no-untyped-def]
        await insert_ignore(
            session,
            ZaloUsage,
            {
                "bot_key": bot_key,
                "month": month,
                "messages_out": 0,
                "messages_in": 0,
                "undelivered": 0,
                "warned": 0,
            },
            ["bot_key", "month"],
        )

    async def _count_in(self, channel: ZaloChannel, external_id: str) -> None:
        month = self._month()
        async with self.app.db.session() as session:
            await self._usage_row(session, channel.bot_key, month)
            await session.execute(
                update(ZaloUsage)
                .where(ZaloUsage.bot_key == channel.bot_key, ZaloUsage.month == month)
                .values(messages_in=ZaloUsage.messages_in + 1)
            )
            await insert_ignore(
                session,
                ZaloUsageUser,
                {"bot_key": channel.bot_key, "month": month, "external_id": external_id},
                ["bot_key", "month", "external_id"],
            )

    async def _count_out(self, channel: ZaloChannel, chat_id: str) -> None:
        month = self._month()
        async with self.app.db.session() as session:
            await self._usage_row(session, channel.bot_key, month)
            await session.execute(
                update(ZaloUsage)
                .where(ZaloUsage.bot_key == channel.bot_key, ZaloUsage.month == month)
                .values(messages_out=ZaloUsage.messages_out + 1)
            )
            await self._maybe_warn(session, channel, month)

    async def usage(self, session, bot_key: str, month: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
        """(messages sent, distinct users, messages not delivered) of a bot in a month."""
        row = await session.scalar(
            select(ZaloUsage).where(ZaloUsage.bot_key == bot_key, ZaloUsage.month == month)
        )
        users = await session.scalar(
            select(func.count())
            .select_from(ZaloUsageUser)
            .where(ZaloUsageUser.bot_key == bot_key, ZaloUsageUser.month == month)
        )
        return (row.messages_out if row else 0, users or 0, row.undelivered if row else 0)

    async def _maybe_warn(
        self, session, channel: ZaloChannel, month: str, *, reached: bool = False
    ) -> None:  # type: ignore[no-untyped-def]
        sent, users, _ = await self.usage(session, channel.bot_key, month)
        percent = max(
            100 * sent // max(1, self.settings.zalo_monthly_messages),
            100 * users // max(1, self.settings.zalo_monthly_users),
        )
        if reached:
            percent = 100
        level = max((lvl for lvl in WARNING_LEVELS if percent >= lvl), default=0)
        row = await session.scalar(
            select(ZaloUsage).where(ZaloUsage.bot_key == channel.bot_key, ZaloUsage.month == month)
        )
        if row is None or level <= row.warned:
            return
        row.warned = level
        text = self.app.services.messages.render(
            "zalo.quota_warning",
            bot=channel.public_name or channel.bot_key,
            level=level,
            sent=sent,
            limit=self.settings.zalo_monthly_messages,
            users=users,
            user_limit=self.settings.zalo_monthly_users,
        )
        await self._tell_admins(
            session, channel, text, f"zalo:quota:{channel.bot_key}:{month}:{level}"
        )

    async def _tell_admins(self, session, channel: ZaloChannel | None, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
        scope = self._unit_paths.get(channel.bot_key, "") if channel else ""
        rows = (
            await session.execute(
                select(User, Unit)
                .join(Unit, User.unit_id == Unit.id)
                .where(User.role == Role.ADMIN, User.active.is_(True))
            )
        ).all()
        # Admins of the bot's unit or above; if none, every admin (someone must hear it).
        chosen = [u for u, unit in rows if not scope or scope.startswith(unit.path)] or [
            u for u, _ in rows
        ]
        for admin in chosen:
            account = await reminder_account(session, admin.id)
            if account is None:
                continue
            # Not through the bot that is failing: prefer the admin's other channel.
            if (
                channel is not None
                and account.channel == "zalo"
                and account.bot_key == channel.bot_key
            ):
                others = (
                    await session.scalars(
                        select(ChannelAccount).where(
                            ChannelAccount.user_id == admin.id,
                            ChannelAccount.id != account.id,
                            ChannelAccount.reachable.is_(True),
                        )
                    )
                ).all()
                account = others[0] if others else account
            await self.app.services.outbox.deliver(
                session,
                account,
                Reply(text),
                priority=Priority.NOTIFY,
                kind="admin",
                dedupe_key=f"{key}:{admin.id}",
            )

    # Undeliverable messages -----------------------------------------------------------------
    async def on_undeliverable(self, row: ClaimedRow, reason: str) -> None:
        """Re-route a message its channel refused; tell the admin when it cannot go anywhere."""
        if row.account_id is None:
            return
        channel = self.channels.get(row.bot_key) if row.channel == "zalo" else None
        async with self.app.db.session() as session:
            account = await session.get(ChannelAccount, row.account_id)
            if account is None or account.user_id is None:
                return
            user = await session.get(User, account.user_id)
            others = (
                await session.scalars(
                    select(ChannelAccount)
                    .where(
                        ChannelAccount.user_id == account.user_id,
                        ChannelAccount.id != account.id,
                        ChannelAccount.reachable.is_(True),
                    )
                    .order_by(ChannelAccount.last_seen_at.desc().nulls_last())
                )
            ).all()
            wire = WireMessage.from_json(row.payload)
            text = strip_markup(wire.text or (wire.file.caption if wire.file else "") or "")
            rerouted = False
            if others and text:
                await self.app.services.outbox.deliver(
                    session,
                    others[0],
                    Reply(text),
                    priority=row.priority,
                    kind=row.kind,
                    dedupe_key=f"reroute:{row.id}",
                )
                rerouted = True
            if row.channel == "zalo":
                month = self._month()
                await self._usage_row(session, row.bot_key, month)
                await session.execute(
                    update(ZaloUsage)
                    .where(ZaloUsage.bot_key == row.bot_key, ZaloUsage.month == month)
                    .values(undelivered=ZaloUsage.undelivered + 1)
                )
                if reason == "quota" and channel is not None:
                    await self._maybe_warn(session, channel, month, reached=True)
            day = self.app.clock.now().astimezone(self.settings.tz).date().isoformat()
            text_admin = self.app.services.messages.render(
                "zalo.undeliverable",
                channel=row.channel,
                bot=(channel.public_name if channel else None) or row.bot_key,
                reason=reason,
                person=user.full_name if user else "?",
                rerouted=rerouted,
                to=others[0].channel if rerouted else None,
            )
            await self._tell_admins(
                session, channel, text_admin, f"undeliverable:{row.bot_key}:{day}"
            )


async def add_bot(session, *, token: str, unit: Unit | None, name: str | None) -> ZaloBot:  # type: ignore[no-untyped-def]
    """Register (or update) a Zalo bot; used by `tdkt zalo add`."""
    bot_key = token.split(":", 1)[0]
    bot = await session.scalar(select(ZaloBot).where(ZaloBot.bot_key == bot_key))
    if bot is None:
        bot = ZaloBot(bot_key=bot_key, token=token, webhook_secret=new_webhook_secret())
        session.add(bot)
    bot.token = token
    bot.unit_id = unit.id if unit else None
    bot.name = name
    bot.active = True
    await session.flush()
    return bot
