"""`tdkt zalo add|list|remove`: one Zalo bot per commune if need be."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy import select

zalo_app = typer.Typer(help="Zalo bots (one per unit if the free plan's quota requires).")


@zalo_app.command("add")
def add(
    token: Annotated[str, typer.Option(help="Bot token from Zalo Bot Creator (<id>:<secret>).")],
    unit: Annotated[
        str | None, typer.Option(help="Unit code the bot serves (and its subtree).")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Name shown to officers.")] = None,
    check: Annotated[bool, typer.Option(help="Verify the token with getMe first.")] = True,
) -> None:
    """Add (or update) a Zalo bot. Restart `tdkt run` to start it."""
    from bot.accounts import unit_by_code
    from bot.channels.zalo.bots import add_bot
    from bot.channels.zalo.client import ZaloClient, ZaloError
    from bot.cli import fail, with_db
    from bot.config import Settings
    from bot.storage.db import Database

    if ":" not in token:
        raise fail("A Zalo bot token looks like 12345689:abc-xyz.")

    async def verify(settings: Settings) -> str | None:
        client = ZaloClient(token, base_url=settings.zalo_api_base)
        try:
            me = await client.get_me()
        finally:
            await client.close()
        return me.get("account_name")

    async def work(db: Database, settings: Settings) -> None:
        display = name
        if check:
            try:
                display = display or await verify(settings)
            except ZaloError as error:
                raise fail(f"The token was refused by Zalo: {error}") from None
        async with db.session() as session:
            target = await unit_by_code(session, unit) if unit else None
            if unit and target is None:
                raise fail(f"No unit with code {unit!r}.")
            bot = await add_bot(session, token=token, unit=target, name=display)
        scope = target.name if target else "every unit"
        typer.echo(f"Zalo bot {bot.bot_key} ({display or 'unnamed'}) serves {scope}.")
        if settings.public_url:
            typer.echo(f"Webhook: {settings.public_url.rstrip('/')}/zalo/{bot.bot_key}")

    with_db(work)


@zalo_app.command("list")
def list_bots() -> None:
    """The Zalo bots and their usage this month."""
    from bot.cli import with_db
    from bot.config import Settings
    from bot.storage.db import Database
    from bot.storage.models import Unit
    from bot.storage.models.zalo import ZaloBot, ZaloUsage

    async def work(db: Database, settings: Settings) -> None:
        from bot.core.clock import SystemClock

        month = SystemClock().now().astimezone(settings.tz).strftime("%Y-%m")
        async with db.session() as session:
            bots = (await session.scalars(select(ZaloBot).order_by(ZaloBot.id))).all()
            for bot in bots:
                unit = await session.get(Unit, bot.unit_id) if bot.unit_id else None
                usage = await session.scalar(
                    select(ZaloUsage).where(
                        ZaloUsage.bot_key == bot.bot_key, ZaloUsage.month == month
                    )
                )
                sent = usage.messages_out if usage else 0
                lost = usage.undelivered if usage else 0
                scope = unit.code if unit else "(all)"
                limit = settings.zalo_monthly_messages
                typer.echo(
                    f"{bot.bot_key:<14} {'on ' if bot.active else 'off'} {bot.name or '':<28} "
                    f"{scope:<14} {month}: {sent}/{limit} sent, {lost} undelivered"
                )
        if not bots:
            typer.echo("No Zalo bot added (TDKT_ZALO_TOKEN, if set, is used for every unit).")

    with_db(work)


@zalo_app.command("remove")
def remove(bot_key: str) -> None:
    """Stop using a Zalo bot (its users keep their accounts and can link another channel)."""
    from bot.cli import fail, with_db
    from bot.config import Settings
    from bot.storage.db import Database
    from bot.storage.models.zalo import ZaloBot

    async def work(db: Database, settings: Settings) -> None:
        async with db.session() as session:
            bot = await session.scalar(select(ZaloBot).where(ZaloBot.bot_key == bot_key))
            if bot is None:
                raise fail(f"No Zalo bot {bot_key}.")
            bot.active = False
        typer.echo(f"Zalo bot {bot_key} disabled.")

    with_db(work)
