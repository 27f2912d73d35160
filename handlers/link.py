"""/lienket: one account on Telegram and Zalo, and which of them receives reminders."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.accounts import create_invite
from bot.core import codes
from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.router import Router
from bot.storage.models import ChannelAccount, InviteKind

router = Router()
LINK_TTL = timedelta(days=1)
CHANNEL_NAMES = {"telegram": "Telegram", "zalo": "Zalo"}


async def _accounts(ctx: Context) -> list[ChannelAccount]:
    assert ctx.user is not None
    return list(
        (
            await ctx.session.scalars(
                select(ChannelAccount)
                .where(ChannelAccount.user_id == ctx.user.id)
                .order_by(ChannelAccount.id)
            )
        ).all()
    )


def _other_bot_hint(ctx: Context) -> str | None:
    """Where to send the code: the other channel's bot for this user's unit."""
    if ctx.account.channel == "telegram":
        from bot.channels.zalo.bots import ZaloBots

        bots = ctx.services.find(ZaloBots)
        bot = bots.bot_for(ctx.unit) if bots and ctx.unit else None
        return f'Zalo: bot "{bot.public_name}"' if bot else None
    telegram = ctx.services.channels.of_kind("telegram")
    if telegram and telegram[0].public_name:
        return f"Telegram: @{telegram[0].public_name}"
    return None


@router.command("lienket", description="Liên kết thêm Zalo hoặc Telegram")
async def link(ctx: Context) -> None:
    assert ctx.user is not None and ctx.unit is not None
    invite = await create_invite(
        ctx.session,
        unit=ctx.unit,
        role=None,
        now=ctx.services.clock.now(),
        ttl=LINK_TTL,
        kind=InviteKind.LINK,
        user=ctx.user,
        created_by=ctx.user,
    )
    accounts = await _accounts(ctx)
    linked = sorted({CHANNEL_NAMES.get(a.channel, a.channel) for a in accounts})
    choices = [Choice("Trình đơn chính", "menu")]
    if len(accounts) > 1:
        choices.insert(0, Choice("Chọn kênh nhận nhắc hạn", "lk:pref"))
    await ctx.reply(
        ctx.t(
            "link.code",
            code=codes.display(invite.code),
            raw=invite.code,
            linked=", ".join(linked),
            hint=_other_bot_hint(ctx),
        ),
        choices,
    )


@router.action("lk:pref")
async def choose_channel(ctx: Context) -> None:
    accounts = [a for a in await _accounts(ctx) if a.reachable]
    choices = [
        Choice(
            CHANNEL_NAMES.get(a.channel, a.channel)
            + (" (đang nhận)" if a.receives_reminders else ""),
            f"lk:set:{a.id}",
        )
        for a in accounts
    ]
    await ctx.reply(ctx.t("link.choose"), [*choices, Choice("Trình đơn chính", "menu")])


@router.action("lk:set")
async def set_channel(ctx: Context) -> None:
    accounts = await _accounts(ctx)
    chosen = next((a for a in accounts if str(a.id) == ctx.args), None)
    if chosen is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    for account in accounts:
        account.receives_reminders = account.id == chosen.id
    await ctx.audit("account.reminder_channel", "channel_account", chosen.id)
    await ctx.reply(
        ctx.t("link.chosen", channel=CHANNEL_NAMES.get(chosen.channel, chosen.channel)),
        [Choice("Trình đơn chính", "menu")],
    )
