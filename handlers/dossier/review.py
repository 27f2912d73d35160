"""The reviewer's side: the queue, opening a dossier, moving it along with a reason, the PDF."""

from __future__ import annotations

import asyncio
import logging

from bot.core.context import Context
from bot.core.messages import Choice, OutFile, Reply
from bot.core.router import REVIEWERS, Router
from bot.offload import JobFailed, JobTimeout
from bot.storage.models.dossier import Dossier, DossierEvent, DossierStatus
from handlers.dossier import service
from handlers.dossier.classify import keywords_at, mentioned_document
from handlers.dossier.common import (
    catalogue,
    kind_of,
    load_visible,
    local_time,
    parse_id,
    shown_code,
    status_label,
    title,
)
from handlers.dossier.pdf_cache import DossierPdfCache
from handlers.dossier.views import show_detail
from handlers.dossier.web import DossierLinks

log = logging.getLogger(__name__)
router = Router()

S = DossierStatus
REASON_FLOW = "hs_why"
PAGE = 8
#: Bigger PDFs go out as a link only (Telegram bots may upload up to 50 MB).
MAX_PDF_UPLOAD = 45 * 1024 * 1024
#: Queue groups: key → (statuses, heading).
GROUPS: dict[str, tuple[tuple[DossierStatus, ...], str]] = {
    "cho": (service.AWAITING_REVIEW, "Chờ thẩm định"),
    "bs": ((S.NEEDS_MORE,), "Cần bổ sung"),
    "dat": ((S.APPROVED, S.FORWARDED), "Đạt, chờ quyết định"),
    "xong": ((S.DECIDED, S.REJECTED), "Đã xong"),
}


@router.action("rv:dossiers", roles=REVIEWERS)
async def queue_entry(ctx: Context) -> None:
    await show_queue(ctx, "cho", 0)


@router.action("hs:q", roles=REVIEWERS)
async def queue_page(ctx: Context) -> None:
    group, _, offset = ctx.args.partition(":")
    await show_queue(ctx, group if group in GROUPS else "cho", parse_id(offset) or 0)


async def show_queue(ctx: Context, group: str, offset: int) -> None:
    assert ctx.unit is not None
    ctx.end()
    cat = catalogue(ctx)
    counts = await service.status_counts(ctx.session, ctx.unit)
    statuses, heading = GROUPS[group]
    found = await service.review_queue(
        ctx.session, ctx.unit, statuses, limit=PAGE + 1, offset=offset
    )
    more = len(found) > PAGE
    found = found[:PAGE]
    rows = [
        {
            "code": shown_code(d),
            "unit": u.name,
            "kind": (k.label if (k := cat.get(d.kind)) else d.kind),
            "subject": d.subject_name,
            "status": status_label(ctx, d.status),
            "since": local_time(ctx, d.status_at),
        }
        for d, u in found
    ]
    choices = [Choice(f"{shown_code(d)} · {u.name}"[:60], f"hs:open:{d.id}") for d, u in found]
    if more:
        choices.append(Choice("Xem tiếp", f"hs:q:{group}:{offset + PAGE}"))
    for key, (group_statuses, label) in GROUPS.items():
        count = sum(counts.get(s, 0) for s in group_statuses)
        if key != group and count:
            choices.append(Choice(f"{label} ({count})", f"hs:q:{key}:0"))
    choices.append(Choice("Hàng chờ thẩm định", "menu:review"))
    shown_counts = [{"label": status_label(ctx, s), "count": counts[s]} for s in S if counts.get(s)]
    await ctx.reply(
        ctx.t(
            "dossier.queue",
            scope=ctx.unit.name,
            counts=shown_counts,
            rows=rows,
            statuses_label=heading,
            more=more,
        ),
        choices,
    )


async def reviewable(ctx: Context, dossier_id: int | None) -> Dossier | None:
    loaded = await load_visible(ctx, dossier_id)
    assert ctx.user is not None and ctx.unit is not None
    if loaded is None or not service.can_review(ctx.user, ctx.unit, *loaded):
        ctx.end()
        await ctx.reply(ctx.t("core.stale_choice"))
        return None
    return loaded[0]


@router.action("hs:open", roles=REVIEWERS)
async def open_dossier(ctx: Context) -> None:
    dossier = await reviewable(ctx, parse_id(ctx.args))
    if dossier is None:
        return
    ctx.end()
    if dossier.status in (S.SUBMITTED, S.RESUBMITTED):
        await apply(ctx, dossier, S.REVIEWING, None, None, quiet=True)
    loaded = await load_visible(ctx, dossier.id)
    assert loaded is not None
    await show_detail(ctx, *loaded)


@router.action("hs:set", roles=REVIEWERS)
async def set_status(ctx: Context) -> None:
    dossier = await reviewable(ctx, parse_id(ctx.args))
    if dossier is None:
        return
    try:
        to = DossierStatus(ctx.args.partition(":")[2])
    except ValueError:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    if to not in service.TRANSITIONS[dossier.status]:
        await ctx.reply(
            ctx.t(
                "dossier.bad_transition",
                code=shown_code(dossier),
                status_label=status_label(ctx, dossier.status),
            ),
            [Choice("Mở lại hồ sơ", f"hs:view:{dossier.id}")],
        )
        return
    if to == S.APPROVED:
        await apply(ctx, dossier, to, None, None)
        return
    optional = to not in service.REASON_REQUIRED
    ctx.begin(REASON_FLOW, "reason", {"id": dossier.id, "to": str(to)})
    choices: list[Choice] = []
    if to == S.NEEDS_MORE:
        kind = kind_of(ctx, dossier)
        choices += [Choice(f"Thiếu: {d.label}", f"hs:why:{d.key}") for d in kind.documents]
    if optional:
        choices.append(Choice("Bỏ qua", "hs:why:-"))
    choices.append(Choice("Quay lại hồ sơ", f"hs:back:{dossier.id}"))
    await ctx.reply(
        ctx.t(
            "dossier.ask_reason",
            code=shown_code(dossier),
            status_label=status_label(ctx, to),
            optional=optional,
        ),
        choices,
    )


@router.action("hs:back", roles=REVIEWERS)
async def back(ctx: Context) -> None:
    ctx.end()
    loaded = await load_visible(ctx, parse_id(ctx.args))
    if loaded is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    await show_detail(ctx, *loaded)


@router.action("hs:why", roles=REVIEWERS)
async def quick_reason(ctx: Context) -> None:
    if ctx.state.flow != REASON_FLOW:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    dossier = await reviewable(ctx, ctx.state.data.get("id"))
    if dossier is None:
        return
    to = DossierStatus(ctx.state.data["to"])
    if ctx.args == "-":
        await apply(ctx, dossier, to, None, None)
        return
    spec = kind_of(ctx, dossier).document(ctx.args)
    if spec is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    reason = ctx.t("dossier.missing_document_reason", label=spec.label, hint=spec.hint)
    await apply(ctx, dossier, to, reason, spec.key)


@router.flow(REASON_FLOW, roles=REVIEWERS)
async def typed_reason(ctx: Context) -> None:
    dossier = await reviewable(ctx, ctx.state.data.get("id"))
    if dossier is None:
        return
    if not ctx.text:
        await ctx.reply(ctx.t("dossier.need_reason"))
        return
    to = DossierStatus(ctx.state.data["to"])
    document = None
    if to == DossierStatus.NEEDS_MORE:
        # "Biên bản thiếu trang 2…": "Bổ sung hồ sơ" then opens at the Biên bản, not at the
        # first item (where the officer's page would be filed under the wrong document).
        kind = kind_of(ctx, dossier)
        document = mentioned_document(
            ctx.text,
            [(d.key, d.label) for d in kind.documents],
            keywords_at(ctx.services.settings.content_dir),
        )
    await apply(ctx, dossier, to, ctx.text[:1000], document)


async def apply(
    ctx: Context,
    dossier: Dossier,
    to: DossierStatus,
    reason: str | None,
    document: str | None,
    *,
    quiet: bool = False,
) -> None:
    """Change the status, audit it, tell the officer; ``quiet`` skips the reviewer's receipt."""
    assert ctx.user is not None
    try:
        event = await service.change_status(
            ctx.session,
            dossier,
            to,
            actor_id=ctx.user.id,
            now=ctx.services.clock.now(),
            reason=reason,
            document=document,
        )
    except service.DossierError as error:
        if error.code == "reason_required":
            await ctx.reply(ctx.t("dossier.need_reason"))
            return
        ctx.end()
        await ctx.reply(
            ctx.t(
                "dossier.bad_transition",
                code=shown_code(dossier),
                status_label=status_label(ctx, dossier.status),
            ),
            [Choice("Mở lại hồ sơ", f"hs:view:{dossier.id}")],
        )
        return
    await ctx.audit(
        "dossier.status",
        "dossier",
        dossier.id,
        old=str(event.from_status),
        new=str(event.to_status),
        reason=event.reason,
    )
    notified = await notify_officer(ctx, dossier, event)
    if quiet:
        return
    ctx.end()
    await ctx.reply(
        ctx.t(
            "dossier.status_changed",
            code=shown_code(dossier),
            status_label=status_label(ctx, to),
            notified=notified,
        ),
        [
            Choice("Hàng chờ hồ sơ", "rv:dossiers"),
            Choice("Mở lại hồ sơ", f"hs:view:{dossier.id}"),
        ],
    )


async def notify_officer(ctx: Context, dossier: Dossier, event: DossierEvent) -> bool:
    """Tell the officer who submitted the dossier about a change (through the outbox)."""
    if ctx.user is not None and dossier.created_by == ctx.user.id:
        return False
    text = ctx.t(
        "dossier.notify_officer",
        code=shown_code(dossier),
        title=title(ctx, dossier, with_code=False),
        status_label=status_label(ctx, event.to_status),
        status=str(event.to_status),
        reason=event.reason or "",
        reviewer=ctx.user.full_name if ctx.user else "",
    )
    choices = [Choice("Xem hồ sơ", f"hs:view:{dossier.id}")]
    if event.to_status == S.NEEDS_MORE:
        choices.insert(0, Choice("Bổ sung hồ sơ", f"hs:cont:{dossier.id}"))
    queued = await ctx.notify(
        dossier.created_by,
        Reply(text, choices),
        kind="dossier",
        dedupe_key=f"hs:{dossier.id}:ev:{event.id}",
    )
    return queued > 0


@router.action("hs:pdf")
async def send_pdf(ctx: Context) -> None:
    loaded = await load_visible(ctx, parse_id(ctx.args))
    if loaded is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    dossier, unit = loaded
    kind = kind_of(ctx, dossier)
    pages = await service.pages_of(ctx.session, dossier, kind)
    if not pages:
        await ctx.reply(ctx.t("dossier.pdf_empty", code=shown_code(dossier)))
        return
    cache = ctx.services.get(DossierPdfCache)
    try:
        path = await service.dossier_pdf_file(
            cache,
            ctx.services.media,
            dossier,
            kind,
            pages,
            unit=unit.name,
            tz=ctx.services.settings.tz,
        )
    except (JobTimeout, JobFailed, ValueError, OSError) as error:
        log.warning("dossier %s: PDF not built: %s", dossier.id, error)
        await ctx.reply(
            ctx.t("dossier.pdf_failed", code=shown_code(dossier)),
            [Choice("Mở lại hồ sơ", f"hs:view:{dossier.id}")],
        )
        return
    size = (await asyncio.to_thread(path.stat)).st_size
    links = ctx.services.find(DossierLinks)
    url = links.pdf_url(dossier) if links else None
    name = f"hoso-{dossier.code}.pdf"
    data = None
    if size <= MAX_PDF_UPLOAD or url is None:
        data = await asyncio.to_thread(path.read_bytes)
    await ctx.audit("dossier.pdf", "dossier", dossier.id, bytes=size)
    await ctx.reply(
        Reply(
            ctx.t(
                "dossier.pdf_caption",
                code=shown_code(dossier),
                pages=sum(p.page_count for p in pages) + 1,
            ),
            [Choice("Mở lại hồ sơ", f"hs:view:{dossier.id}")],
            files=[OutFile("document", name, "application/pdf", data=data, url=url)],
        )
    )
