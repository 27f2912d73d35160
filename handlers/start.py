"""First contact: invite codes, deep links and account linking."""

from __future__ import annotations

from sqlalchemy import select

from bot.accounts import AccountError, RedeemOutcome, redeem
from bot.core import codes
from bot.core.context import Context
from bot.core.router import Router
from bot.storage.models import Invite, Unit, User
from handlers.menu import show_menu

router = Router()


def _code_in(ctx: Context) -> str | None:
    """The code a user sent: ``/start CODE`` (a Telegram deep link) or the code as text."""
    command = ctx.incoming.command()
    if command is not None:
        return command[1] or None if command[0] == "start" else None
    text = ctx.text
    return text if text and codes.normalize(text) is not None and len(text) <= 16 else None


async def _wrong_zalo_bot(ctx: Context, typed: str) -> bool:
    """On Zalo, send officers to their own unit's bot (free bots hold 50 users each)."""
    if ctx.incoming.channel != "zalo":
        return False
    from bot.channels.zalo.bots import ZaloBots

    bots = ctx.services.find(ZaloBots)
    code = codes.parse(typed, codes.INVITE_LENGTH)
    if bots is None or code is None:
        return False
    invite = await ctx.session.scalar(select(Invite).where(Invite.code == code))
    if invite is None:
        return False
    unit_id = invite.unit_id
    if invite.user_id is not None:
        owner = await ctx.session.get(User, invite.user_id)
        unit_id = owner.unit_id if owner else unit_id
    unit = await ctx.session.get(Unit, unit_id) if unit_id else None
    right = bots.bot_for(unit) if unit else None
    if right is None or right.bot_key == ctx.incoming.bot_key:
        return False
    await ctx.reply(ctx.t("zalo.wrong_bot", unit=unit.name, bot=right.public_name or right.bot_key))
    return True


async def _redeem(ctx: Context, typed: str) -> None:
    if await _wrong_zalo_bot(ctx, typed):
        return
    try:
        result = await redeem(
            ctx.session,
            typed=typed,
            account=ctx.account,
            now=ctx.services.clock.now(),
            full_name=ctx.incoming.display_name,
        )
    except AccountError as error:
        await ctx.reply(ctx.t("start.bad_code", reason=str(error)))
        return
    ctx.user, ctx.unit = result.user, result.unit
    await ctx.audit(
        "account.redeem",
        "user",
        result.user.id,
        outcome=result.outcome,
        channel=ctx.account.channel,
    )
    if result.outcome is RedeemOutcome.LINKED:
        text = ctx.t("start.linked", name=result.user.full_name, unit=result.unit.name)
        await show_menu(ctx, text + "\n" + ctx.t("start.menu_text"))
    else:
        text = ctx.t(
            "start.welcome",
            name=result.user.full_name,
            unit=result.unit.name,
            role=result.user.role.label.lower(),
        )
        await show_menu(ctx, text)


@router.on_anonymous
async def anonymous(ctx: Context) -> None:
    code = _code_in(ctx)
    if code:
        await _redeem(ctx, code)
    else:
        await ctx.reply(ctx.t("start.need_invite"))


@router.command("start", description="Bắt đầu")
async def start(ctx: Context) -> None:
    ctx.end()
    if ctx.args and codes.parse(ctx.args, codes.INVITE_LENGTH):
        assert ctx.user is not None
        # A known user opening another person's invite gets told; a link code links.
        invite = await ctx.session.scalar(
            select(Invite).where(Invite.code == codes.parse(ctx.args, codes.INVITE_LENGTH))
        )
        if invite is not None and invite.user_id is not None:
            await _redeem(ctx, ctx.args)
            return
        await show_menu(ctx, ctx.t("start.already_registered", name=ctx.user.full_name))
        return
    await show_menu(ctx)
