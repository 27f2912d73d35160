"""The reviewers' hub: one entry point to every queue a reviewer works through.

Each queue belongs to its feature (``rv:dossiers`` → dossier, ``rv:registrations`` →
registration, ``rv:questions`` → qa, ``rv:plans`` → calendar); this module only lists them.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.router import REVIEWERS, Router

router = Router()

QUEUES = [
    ("Hồ sơ đề nghị khen thưởng", "rv:dossiers"),
    ("Đăng ký thi đua của các đơn vị", "rv:registrations"),
    ("Câu hỏi chờ trả lời", "rv:questions"),
    ("Kế hoạch và hạn", "rv:plans"),
    ("Trình đơn chính", "menu"),
]


@router.action("menu:review", roles=REVIEWERS)
async def hub(ctx: Context) -> None:
    assert ctx.unit is not None
    await ctx.reply(
        ctx.t("review.hub", unit=ctx.unit.name),
        [Choice(label, payload) for label, payload in QUEUES],
    )


@router.command("thamdinh", roles=REVIEWERS, description="Hàng chờ thẩm định (người thẩm định)")
async def hub_command(ctx: Context) -> None:
    await hub(ctx)
