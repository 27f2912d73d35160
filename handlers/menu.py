"""The main menu, help, cancel, and what to do with input nobody else claims."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.router import Router
from handlers.menu_words import MENU_WORDS, is_greeting, is_thanks, menu_payload

router = Router()

MENU = [
    ("Hỏi đáp thủ tục", "menu:qa"),
    ("Đăng ký thi đua", "menu:reg"),
    ("Nộp hồ sơ", "menu:dossier"),
    ("Tra cứu hồ sơ", "menu:lookup"),
    ("Lịch và nhắc hạn", "menu:calendar"),
    ("Trợ giúp", "menu:help"),
]
REVIEWER_MENU = [("Hàng chờ thẩm định", "menu:review")]
router.add_shortcuts(Choice(label, payload) for label, payload in [*MENU, *REVIEWER_MENU])
# Before the fallback (Q&A): thanks and greetings get a short answer, menu words open the item.
router.add_intent(is_thanks, "menu:thanks")
router.add_intent(is_greeting, "menu:hello")
for _payload in MENU_WORDS:
    router.add_intent(lambda text, payload=_payload: menu_payload(text) == payload, _payload)


def main_menu(ctx: Context) -> list[Choice]:
    items = list(MENU)
    if ctx.role is not None and ctx.role.reviews:
        items[-1:-1] = REVIEWER_MENU
    return [Choice(label, payload) for label, payload in items]


async def show_menu(ctx: Context, text: str | None = None, *, edit: bool = False) -> None:
    await ctx.reply(text or ctx.t("start.menu_text"), main_menu(ctx), columns=2, edit=edit)


@router.command("menu", description="Trình đơn chính")
async def menu_command(ctx: Context) -> None:
    ctx.end()
    await show_menu(ctx)


@router.command("huy", "cancel", description="Hủy thao tác đang làm")
async def cancel_command(ctx: Context) -> None:
    ctx.end()
    await show_menu(ctx, ctx.t("core.cancelled") + "\n" + ctx.t("start.menu_text"))


@router.command("trogiup", "help", description="Hướng dẫn sử dụng")
async def help_command(ctx: Context) -> None:
    await show_menu(ctx, ctx.t("start.help"))


@router.action("menu:help")
async def help_action(ctx: Context) -> None:
    await show_menu(ctx, ctx.t("start.help"))


@router.action("menu:thanks")
async def thanks(ctx: Context) -> None:
    await ctx.reply(ctx.t("start.thanks"))


@router.action("menu:hello")
async def hello(ctx: Context) -> None:
    name = ctx.user.full_name if ctx.user else ""
    await show_menu(ctx, ctx.t("start.greeting", name=name))


@router.action("menu")
async def back_to_menu(ctx: Context) -> None:
    ctx.end()
    await show_menu(ctx)


@router.on_unsupported
async def unsupported(ctx: Context) -> None:
    await ctx.reply(ctx.t("core.unsupported", kind=ctx.incoming.unsupported or ""))


@router.on_fallback
async def fallback(ctx: Context) -> None:
    await show_menu(ctx, ctx.t("core.not_understood"))
