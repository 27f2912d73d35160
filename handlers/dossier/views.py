"""Showing dossiers: one dossier with its checklist and history, a unit's list."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Choice
from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier, DossierPage, DossierStatus
from handlers import award_notes
from handlers.dossier import service
from handlers.dossier.common import (
    catalogue,
    checklist_text,
    kind_of,
    local_time,
    shown_code,
    status_label,
    title,
)
from handlers.dossier.kinds import DossierKind
from handlers.dossier.pages_view import ocr_checklist_text, page_through_choices, supplement_since

S = DossierStatus
PAGE = 8
#: History lines shown (the latest ones); the full history is in the database.
HISTORY_LINES = 6


def review_choices(dossier: Dossier, kind: DossierKind) -> list[Choice]:
    """The moves a reviewer can make from the dossier's current status."""
    i = dossier.id
    if dossier.status in (S.SUBMITTED, S.RESUBMITTED, S.REVIEWING):
        return [
            Choice("Đạt", f"hs:set:{i}:approved"),
            Choice("Cần bổ sung", f"hs:set:{i}:needs_more"),
            Choice("Không đạt", f"hs:set:{i}:rejected"),
        ]
    if dossier.status == S.NEEDS_MORE:
        return [Choice("Không đạt", f"hs:set:{i}:rejected")]
    if dossier.status == S.APPROVED:
        choices = []
        if kind.decided_by == "tinh":
            choices.append(Choice("Đã trình cấp trên", f"hs:set:{i}:forwarded"))
        choices.append(Choice("Đã có quyết định", f"hs:set:{i}:decided"))
        return choices
    if dossier.status == S.FORWARDED:
        return [
            Choice("Đã có quyết định", f"hs:set:{i}:decided"),
            Choice("Không đạt", f"hs:set:{i}:rejected"),
        ]
    return []


async def detail_text(
    ctx: Context,
    dossier: Dossier,
    unit: Unit,
    pages: list[DossierPage] | None = None,
    *,
    reviewing: bool = False,
) -> str:
    kind = kind_of(ctx, dossier)
    if pages is None:
        pages = await service.pages_of(ctx.session, dossier, kind)
    events = [
        {
            "at": local_time(ctx, event.at),
            "status": status_label(ctx, event.to_status),
            "actor": actor,
            "reason": event.reason or "",
            "created": event.from_status is None,
        }
        for event, actor in await service.history(ctx.session, dossier)
    ][-HISTORY_LINES:]
    return ctx.t(
        "dossier.detail",
        title=title(ctx, dossier),
        unit=unit.name,
        status_label=status_label(ctx, dossier.status),
        items=checklist_text(ctx, kind, pages),
        events=events,
        pdf_pages=sum(p.page_count for p in pages),
        ocr=ocr_checklist_text(ctx, kind, pages) if reviewing else "",
    )


async def show_detail(ctx: Context, dossier: Dossier, unit: Unit) -> None:
    assert ctx.user is not None and ctx.unit is not None
    kind = kind_of(ctx, dossier)
    choices: list[Choice] = []
    if service.can_edit(ctx.user, ctx.unit, dossier):
        label = "Bổ sung hồ sơ" if dossier.status == S.NEEDS_MORE else "Tiếp tục hồ sơ"
        choices.append(Choice(label, f"hs:cont:{dossier.id}"))
    reviewing = service.can_review(ctx.user, ctx.unit, dossier, unit)
    pages = await service.pages_of(ctx.session, dossier, kind)
    if reviewing:
        choices += review_choices(dossier, kind)
        since = await supplement_since(ctx, dossier)
        choices += page_through_choices(dossier, pages, since)
    choices.append(Choice("Tải PDF hồ sơ", f"hs:pdf:{dossier.id}"))
    if reviewing:
        choices.append(Choice("Hàng chờ hồ sơ", "rv:dossiers"))
    if dossier.unit_id == ctx.unit.id:
        choices.append(Choice("Hồ sơ của đơn vị", "hs:list"))
    choices.append(Choice("Trình đơn chính", "menu"))
    text = await detail_text(ctx, dossier, unit, pages, reviewing=reviewing)
    if reviewing:  # the award history's consecutive-year checks (handlers/award_notes.py)
        text = award_notes.with_notes(ctx, text, await award_notes.dossier_notes(ctx, dossier))
    await ctx.reply(text, choices)


async def show_unit_list(ctx: Context, offset: int) -> None:
    assert ctx.unit is not None and ctx.user is not None
    ctx.end()
    cat = catalogue(ctx)
    dossiers = await service.unit_dossiers(ctx.session, ctx.unit.id, limit=PAGE + 1, offset=offset)
    more = len(dossiers) > PAGE
    dossiers = dossiers[:PAGE]
    rows = [
        {
            "code": shown_code(d),
            "kind": (k.label if (k := cat.get(d.kind)) else d.kind),
            "subject": d.subject_name,
            "status": status_label(ctx, d.status),
        }
        for d in dossiers
    ]
    choices = [
        Choice(f"{shown_code(d)} · {status_label(ctx, d.status)}", f"hs:view:{d.id}")
        for d in dossiers
    ]
    if more:
        choices.append(Choice("Xem tiếp", f"hs:list:{offset + PAGE}"))
    choices.append(Choice("Nộp hồ sơ", "menu:dossier"))
    if ctx.user.role.reviews:
        choices.append(Choice("Hàng chờ hồ sơ", "rv:dossiers"))
    choices.append(Choice("Trình đơn chính", "menu"))
    await ctx.reply(ctx.t("dossier.unit_list", unit=ctx.unit.name, rows=rows), choices)
