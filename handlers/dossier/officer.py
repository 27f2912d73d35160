"""The officer's side: start a dossier, send its pages document by document, submit, look up.

Page attachment: the bot asks for one document at a time ("📄 Tờ trình (1/3) … gửi ảnh các
trang, xong bấm «Xong»"); every photo, album or PDF that arrives goes to that document, so a
phone user on a slow network just keeps sending and never has to label pages. «Xong» moves on
to the next missing document; «Chọn giấy tờ khác» jumps anywhere; «Xóa trang» lists the pages of
the current document to remove one. Pages are saved as they arrive (the draft lives in the
database), so leaving, /huy or a restart loses nothing.
"""

from __future__ import annotations

import asyncio
import copy
from dataclasses import replace
from datetime import timedelta
from typing import Any

from bot.channels.base import DeliveryError, FileTooLarge
from bot.core import codes
from bot.core.context import Context
from bot.core.messages import Choice, Reply
from bot.core.router import Router
from bot.forms.driver import FormRunner
from bot.forms.schema import FormDef, Option
from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.dossier import service
from handlers.dossier.common import (
    catalogue,
    checklist_text,
    kind_of,
    load_visible,
    parse_id,
    shown_code,
    title,
)
from handlers.dossier.files import JPEG, PDF, Refusal, inspect, precheck
from handlers.dossier.kinds import Catalogue, DossierKind
from handlers.dossier.reader import PageReader
from handlers.dossier.views import show_detail, show_unit_list

router = Router()

NEW_FLOW = "hs_new"
FLOW = "hs"
LOOKUP_FLOW = "hs_code"
FORM_KEY = "form"
ALBUM_SETTLE = timedelta(seconds=1.5)
MB = 1024 * 1024


# The questions (form engine) ------------------------------------------------------------------
def dossier_form(cat: Catalogue) -> FormDef:
    data = copy.deepcopy(cat.form)
    several = [k.key for k in cat.choosable() if len(k.subjects) > 1]
    with_routes = [k.key for k in cat.choosable() if k.routes]
    for field in data.get("fields", []):
        if field.get("id") == "subject_type":
            field["when"] = {"field": "kind", "in": several}
        if field.get("id") == "route":
            field["when"] = {"field": "kind", "in": with_routes}
    return FormDef.model_validate(data)


def form_runner(ctx: Context) -> FormRunner:
    cat = catalogue(ctx)

    async def kinds(_ctx: Context, _values: dict[str, Any]) -> list[Option]:
        return [
            Option(value=k.key, label=k.label, aliases=list(k.aliases), help=k.about)
            for k in cat.choosable()
        ]

    async def routes(_ctx: Context, values: dict[str, Any]) -> list[Option]:
        kind = cat.get(str(values.get("kind") or ""))
        routes = kind.routes if kind else ()
        return [Option(value=r.key, label=r.label, help=r.help) for r in routes]

    async def subjects(_ctx: Context, values: dict[str, Any]) -> list[Option]:
        kind = cat.get(str(values.get("kind") or ""))
        keys = kind.subjects if kind else tuple(cat.subject_labels)
        return [Option(value=s, label=cat.subject_label(s)) for s in keys]

    return FormRunner(
        dossier_form(cat),
        key=FORM_KEY,
        sources={
            "dossier_kinds": kinds,
            "dossier_subjects": subjects,
            "dossier_routes": routes,
        },
        extra_choices=[Choice("Hủy", "hs:cancel")],
    )


@router.action("menu:dossier")
async def start(ctx: Context) -> None:
    assert ctx.user is not None
    if ctx.unit is None:
        await ctx.reply(ctx.t("dossier.no_unit"))
        return
    drafts = await service.open_drafts(ctx.session, ctx.unit.id, ctx.user.id)
    if not drafts:
        await begin_questions(ctx)
        return
    ctx.end()
    lines = [f"{title(ctx, d, with_code=False)} — {_status(ctx, d)}" for d in drafts]
    choices = [
        Choice(f"Tiếp tục: {kind_of(ctx, d).label} — {d.subject_name}"[:60], f"hs:cont:{d.id}")
        for d in drafts
    ]
    choices += [Choice("Tạo hồ sơ mới", "hs:new"), Choice("Trình đơn chính", "menu")]
    await ctx.reply(ctx.t("dossier.start_choose", drafts=lines), choices)


@router.command("nophoso", description="Nộp hồ sơ đề nghị khen thưởng")
async def start_command(ctx: Context) -> None:
    await start(ctx)


@router.action("hs:new")
async def new(ctx: Context) -> None:
    await begin_questions(ctx)


async def begin_questions(ctx: Context) -> None:
    ctx.begin(NEW_FLOW)
    await form_runner(ctx).start(ctx)


@router.action("hs:cancel")
async def cancel(ctx: Context) -> None:
    from handlers.menu import show_menu

    ctx.end()
    await show_menu(ctx, ctx.t("core.cancelled") + "\n" + ctx.t("start.menu_text"))


@router.flow(NEW_FLOW)
async def questions(ctx: Context) -> None:
    assert ctx.user is not None and ctx.unit is not None
    runner = form_runner(ctx)
    if not runner.active(ctx):
        await begin_questions(ctx)
        return
    if ctx.incoming.attachments:
        await runner.ask(ctx, ctx.t("dossier.answer_first"))
        return
    values = await runner.handle(ctx)
    if values is None:
        return
    kind = catalogue(ctx).variant(str(values["kind"]), values.get("route"))
    assert kind is not None
    subject_type = str(values.get("subject_type") or kind.subjects[0])
    dossier = await service.create_draft(
        ctx.session,
        unit_id=ctx.unit.id,
        user_id=ctx.user.id,
        kind=kind,
        subject_type=subject_type,
        subject_name=str(values["subject_name"]),
        year=int(values["year"]),
        period=values.get("period"),
        note=values.get("note"),
        now=ctx.services.clock.now(),
    )
    await ctx.audit("dossier.create", "dossier", dossier.id, code=dossier.code, kind=kind.key)
    first = kind.documents[0].key
    ctx.begin(FLOW, "upload", {"id": dossier.id, "doc": first})
    intro = ctx.t("dossier.created", title=title(ctx, dossier, with_code=False), code="")
    intro += "\n" + checklist_text(ctx, kind, [])
    if note := catalogue(ctx).checklist_note:
        intro += "\n" + note
    await ask_document(ctx, dossier, kind, first, intro=intro)


# Uploading ------------------------------------------------------------------------------------
def upload_choices(
    dossier: Dossier,
    kind: DossierKind,
    doc: str,
    pages: int,
    *,
    sorter: bool = False,
    auto: bool = False,
) -> list[Choice]:
    """``sorter``: the page reader runs, so "send them mixed" can be offered; ``auto``: the
    officer is sending mixed pages now (no current item to finish or prune)."""
    submit = "Nộp bổ sung" if dossier.status == DossierStatus.NEEDS_MORE else "Nộp hồ sơ"
    choices = []
    if not auto:
        choices.append(Choice("✔ Xong giấy tờ này", f"hs:next:{dossier.id}:{doc}"))
    choices.append(Choice("Chọn giấy tờ khác", f"hs:docs:{dossier.id}"))
    if pages and not auto:
        choices.append(Choice("Xóa trang", f"hs:pages:{dossier.id}:{doc}"))
    if sorter and not auto:
        choices.append(Choice("Gửi lẫn, bot tự xếp", f"hs:auto:{dossier.id}"))
    choices.append(Choice(submit, f"hs:submit:{dossier.id}"))
    choices.append(Choice("Lưu nháp, làm sau", f"hs:later:{dossier.id}"))
    return choices


async def ask_document(
    ctx: Context, dossier: Dossier, kind: DossierKind, doc: str, *, intro: str = ""
) -> None:
    spec = kind.document(doc) or kind.documents[0]
    pages = await service.pages_of(ctx.session, dossier, kind)
    mine = sum(p.page_count for p in pages if p.document == spec.key)
    index = kind.documents.index(spec) + 1
    text = ctx.t(
        "dossier.ask_document",
        label=spec.label,
        hint=spec.hint,
        index=index,
        total=len(kind.documents),
        pages=mine,
    )
    ctx.begin(FLOW, "upload", {"id": dossier.id, "doc": spec.key})
    await ctx.reply(
        (intro + "\n\n" + text) if intro else text,
        upload_choices(dossier, kind, spec.key, mine, sorter=sorting(ctx)),
    )


def sorting(ctx: Context) -> bool:
    """Whether pages sent without choosing an item can be filed by what they read as."""
    return ctx.services.find(PageReader) is not None


@router.action("hs:auto")
async def send_mixed(ctx: Context) -> None:
    """The officer sends pages of several items at once; the reader files each by its class."""
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    if not sorting(ctx):
        await ask_document(ctx, dossier, kind, kind.documents[0].key)
        return
    pages = await service.pages_of(ctx.session, dossier, kind)
    place = next_document(kind, {p.document for p in pages}, "") or kind.documents[0].key
    spec = kind.document(place) or kind.documents[0]
    ctx.begin(FLOW, "upload", {"id": dossier.id, "doc": spec.key, "auto": True})
    await ctx.reply(
        ctx.t("dossier.auto_intro", label=spec.label),
        upload_choices(dossier, kind, spec.key, 0, auto=True),
    )


async def editable(ctx: Context, dossier_id: int | None) -> tuple[Dossier, DossierKind] | None:
    """The dossier if this officer may change it now; otherwise explains why and returns None."""
    loaded = await load_visible(ctx, dossier_id)
    if loaded is None:
        ctx.end()
        await ctx.reply(ctx.t("core.stale_choice"))
        return None
    dossier, _ = loaded
    assert ctx.user is not None and ctx.unit is not None
    if not service.can_edit(ctx.user, ctx.unit, dossier):
        ctx.end()
        await ctx.reply(ctx.t("dossier.locked", status_label=_status(ctx, dossier)))
        return None
    return dossier, kind_of(ctx, dossier)


@router.flow(FLOW)
async def upload_flow(ctx: Context) -> None:
    if ctx.incoming.attachments:
        await receive_files(ctx)
        return
    code = _typed_code(ctx.text)
    if code is not None:
        await lookup_code(ctx, code)
        return
    loaded = await editable(ctx, ctx.state.data.get("id"))
    if loaded is None:
        return
    dossier, kind = loaded
    doc = str(ctx.state.data.get("doc") or kind.documents[0].key)
    spec = kind.document(doc) or kind.documents[0]
    pages = await service.pages_of(ctx.session, dossier, kind)
    mine = sum(1 for p in pages if p.document == spec.key)
    auto = bool(ctx.state.data.get("auto"))
    await ctx.reply(
        ctx.t("dossier.waiting_for", label=spec.label, auto=auto),
        upload_choices(dossier, kind, spec.key, mine, sorter=sorting(ctx), auto=auto),
    )


async def receive_files(ctx: Context) -> None:
    """Store the photos/PDFs of one message under the current document, then acknowledge."""
    caps = ctx.caps
    limit_mb = caps.max_download // MB
    accepted: list[dict[str, Any]] = []
    refusals: list[Refusal] = []
    # Downloads (and the media store) first: no database write may wait on the network.
    for index, attachment in enumerate(ctx.incoming.attachments):
        refusal = precheck(attachment, caps.max_download)
        if refusal is None:
            try:
                raw = await ctx.fetch(index)
            except FileTooLarge:
                refusal = Refusal(
                    "size",
                    file_name=attachment.file_name or "",
                    size=attachment.size or caps.max_download + 1,
                    limit=caps.max_download,
                )
            except (DeliveryError, LookupError, OSError):
                refusal = Refusal("download", file_name=attachment.file_name or "")
        if refusal is None:
            checked = await asyncio.to_thread(inspect, raw, attachment, caps.max_download)
            if isinstance(checked, Refusal):
                refusal = checked
            else:
                width, height = checked.width, checked.height
                if checked.mime_type != PDF:
                    # Decoding and measuring a photo takes ~100 ms of CPU: off the event loop.
                    # numpy and Pillow load with the first photo, not with the bot (issue 16)
                    from handlers.dossier.quality import photo_intake

                    intake = await asyncio.to_thread(photo_intake, raw, attachment)
                    if isinstance(intake, Refusal):
                        refusals.append(intake)
                        continue
                    raw, width, height = intake
                    checked = replace(checked, mime_type=JPEG)
                accepted.append(
                    {
                        "media_key": await ctx.services.media.put(raw),
                        "file_kind": attachment.kind,
                        "mime_type": checked.mime_type,
                        "size": len(raw),
                        "file_name": attachment.file_name,
                        "width": width,
                        "height": height,
                        "page_count": checked.page_count,
                        "channel_file_id": attachment.unique_id,
                    }
                )
        if refusal is not None:
            refusals.append(refusal)

    loaded = await editable(ctx, ctx.state.data.get("id"))
    if loaded is None:
        return
    dossier, kind = loaded
    spec = kind.document(str(ctx.state.data.get("doc") or "")) or kind.documents[0]
    reader = ctx.services.find(PageReader)
    # Sent without choosing an item: filed under a provisional one until the reader has read
    # the page (PDFs are not read: they stay where they are).
    auto = bool(ctx.state.data.get("auto")) and reader is not None
    added = duplicates = 0
    now = ctx.services.clock.now()
    for values in accepted:
        result = await service.add_page(
            ctx.session,
            dossier,
            document=spec.key,
            user_id=ctx.user.id if ctx.user else None,
            now=now,
            unsorted=auto and values["mime_type"] != PDF,
            **values,
        )
        if result.created:
            added += result.page.page_count
            await ctx.audit(
                "dossier.page_add",
                "dossier",
                dossier.id,
                page=result.page.id,
                document=spec.key,
                media_key=result.page.media_key,
            )
        else:
            duplicates += 1
    for refusal in refusals:
        await ctx.audit("dossier.page_refused", "dossier", dossier.id, reason=refusal.reason)
    if added and reader is not None:
        # After the commit: the reader's own session must see the new rows.
        ctx.session.info.setdefault("after_commit", []).append(reader.poke)

    pages = await service.pages_of(ctx.session, dossier, kind)
    mine = sum(p.page_count for p in pages if p.document == spec.key)
    files_here = sum(1 for p in pages if p.document == spec.key)
    choices = upload_choices(
        dossier, kind, spec.key, files_here, sorter=reader is not None, auto=auto
    )
    album = ctx.incoming.album_id
    if album:
        # One acknowledgement per album: counts accumulate over its messages in the state.
        tally = ctx.state.data.get("album") or {}
        if tally.get("id") != album:
            tally = {"id": album, "added": 0, "dup": 0}
        tally = {**tally, "added": tally["added"] + added, "dup": tally["dup"] + duplicates}
        ctx.state.data["album"] = tally
        added, duplicates = tally["added"], tally["dup"]
    for number, refusal in enumerate(refusals, 1):
        last = number == len(refusals) and not (added or duplicates)
        await ctx.reply(
            ctx.t("dossier.refused", r=refusal, limit_mb=limit_mb), choices if last else None
        )
    if added or duplicates:
        text = ctx.t(
            "dossier.upload_ack",
            label=spec.label,
            added=added,
            pages=mine,
            duplicates=duplicates,
            checklist=checklist_text(ctx, kind, pages, spec.key),
            auto=auto,
        )
        if album:
            await ctx.reply(
                Reply(text, choices),
                coalesce_key=f"album:{ctx.account.id}:{album}",
                delay=ALBUM_SETTLE,
            )
        else:
            await ctx.reply(text, choices)


def next_document(kind: DossierKind, present: set[str], current: str) -> str | None:
    """The next required document without pages (after ``current`` first); None if all done."""
    keys = [d.key for d in kind.documents]
    start = keys.index(current) + 1 if current in keys else 0
    for spec in [*kind.documents[start:], *kind.documents[:start]]:
        if spec.required and spec.key not in present:
            return spec.key
    return None


@router.action("hs:next")
async def next_doc(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    current = ctx.args.partition(":")[2]
    pages = await service.pages_of(ctx.session, dossier, kind)
    following = next_document(kind, {p.document for p in pages}, current)
    if following is not None:
        await ask_document(ctx, dossier, kind, following)
        return
    await show_ready(ctx, dossier, kind, current)


async def show_ready(ctx: Context, dossier: Dossier, kind: DossierKind, current: str) -> None:
    pages = await service.pages_of(ctx.session, dossier, kind)
    present = {p.document for p in pages}
    submit = "Nộp bổ sung" if dossier.status == DossierStatus.NEEDS_MORE else "Nộp hồ sơ"
    choices = [Choice(submit, f"hs:submit:{dossier.id}")]
    choices += [
        Choice(f"Thêm: {d.label}", f"hs:doc:{dossier.id}:{d.key}")
        for d in kind.documents
        if not d.required and d.key not in present
    ]
    choices += [
        Choice("Chọn giấy tờ khác", f"hs:docs:{dossier.id}"),
        Choice("Lưu nháp, làm sau", f"hs:later:{dossier.id}"),
    ]
    ctx.begin(FLOW, "ready", {"id": dossier.id, "doc": current or kind.documents[-1].key})
    await ctx.reply(
        ctx.t("dossier.all_done", checklist=checklist_text(ctx, kind, pages, current)), choices
    )


@router.action("hs:docs")
async def choose_doc(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    pages = await service.pages_of(ctx.session, dossier, kind)
    items = service.checklist(kind, pages)
    choices = [
        Choice(
            f"{'✅' if i.done else '⬜' if i.document.required else '▫️'} {i.document.label}",
            f"hs:doc:{dossier.id}:{i.document.key}",
        )
        for i in items
    ]
    ctx.begin(FLOW, ctx.state.step or "upload", {**ctx.state.data, "id": dossier.id})
    await ctx.reply(ctx.t("dossier.choose_document", checklist=""), choices)


@router.action("hs:doc")
async def pick_doc(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    await ask_document(ctx, dossier, kind, ctx.args.partition(":")[2])


@router.action("hs:cont")
async def continue_dossier(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    pages = await service.pages_of(ctx.session, dossier, kind)
    doc = None
    if dossier.status == DossierStatus.NEEDS_MORE:
        event = await service.latest_event(ctx.session, dossier, DossierStatus.NEEDS_MORE)
        doc = event.document if event and event.document else None
    doc = doc or next_document(kind, {p.document for p in pages}, "") or kind.documents[0].key
    intro = title(ctx, dossier) + "\n" + checklist_text(ctx, kind, pages)
    await ask_document(ctx, dossier, kind, doc, intro=intro)


@router.action("hs:pages")
async def list_pages(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    spec = kind.document(ctx.args.partition(":")[2]) or kind.documents[0]
    pages = [
        p for p in await service.pages_of(ctx.session, dossier, kind) if p.document == spec.key
    ]
    choices = [
        Choice(f"Xóa trang {n}", f"hs:rm:{dossier.id}:{p.id}") for n, p in enumerate(pages, 1)
    ]
    choices.append(Choice("Quay lại", f"hs:doc:{dossier.id}:{spec.key}"))
    ctx.begin(FLOW, "upload", {"id": dossier.id, "doc": spec.key})
    await ctx.reply(ctx.t("dossier.pages_list", label=spec.label, pages=pages), choices, columns=2)


@router.action("hs:rm")
async def remove_page(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    page_id = parse_id(ctx.args.partition(":")[2])
    before = await service.pages_of(ctx.session, dossier, kind)
    target = next((p for p in before if p.id == page_id), None)
    if target is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    number = [p.id for p in before if p.document == target.document].index(target.id) + 1
    document = target.document
    await service.remove_page(ctx.session, dossier, target.id)
    await ctx.audit("dossier.page_remove", "dossier", dossier.id, page=page_id, document=document)
    spec = kind.document(document)
    left = sum(1 for p in before if p.document == document) - 1
    removed = ctx.t(
        "dossier.page_removed", number=number, label=spec.label if spec else document, pages=left
    )
    await ask_document(ctx, dossier, kind, document, intro=removed)


@router.action("hs:mv")
async def move_page(ctx: Context) -> None:
    """The reader's hint taken: file the page under the item it reads as."""
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    _, page_part, document = ctx.args.split(":", 2) if ctx.args.count(":") >= 2 else ("", "", "")
    spec = kind.document(document)
    page_id = parse_id(page_part)
    moved = spec is not None and page_id is not None
    if moved:
        assert spec is not None and page_id is not None
        moved = await service.move_page(ctx.session, dossier, page_id, spec.key)
    if not moved or spec is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    await ctx.audit("dossier.page_move", "dossier", dossier.id, page=page_id, document=spec.key)
    pages = await service.pages_of(ctx.session, dossier, kind)
    intro = ctx.t("dossier.page_moved", label=spec.label) + "\n" + checklist_text(ctx, kind, pages)
    if ctx.state.flow == FLOW and ctx.state.data.get("auto"):
        # Still sending mixed pages: stay in that mode.
        place = str(ctx.state.data.get("doc") or spec.key)
        await ctx.reply(intro, upload_choices(dossier, kind, place, 0, auto=True))
        return
    current = str(ctx.state.data.get("doc") or spec.key)
    await ask_document(ctx, dossier, kind, current, intro=intro)


@router.action("hs:keep")
async def keep_page(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    current = str(ctx.state.data.get("doc") or ctx.args.partition(":")[2])
    if ctx.state.flow == FLOW and ctx.state.data.get("auto"):
        await ctx.reply(
            ctx.t("dossier.page_kept"), upload_choices(dossier, kind, current, 0, auto=True)
        )
        return
    await ask_document(ctx, dossier, kind, current, intro=ctx.t("dossier.page_kept"))


@router.action("hs:later")
async def later(ctx: Context) -> None:
    from handlers.menu import main_menu

    loaded = await load_visible(ctx, parse_id(ctx.args))
    ctx.end()
    code = shown_code(loaded[0]) if loaded else ""
    await ctx.reply(ctx.t("dossier.saved_for_later", code=code), main_menu(ctx), columns=2)


@router.action("hs:submit")
async def submit(ctx: Context) -> None:
    loaded = await editable(ctx, parse_id(ctx.args))
    if loaded is None:
        return
    dossier, kind = loaded
    assert ctx.user is not None and ctx.unit is not None
    resubmit = dossier.status == DossierStatus.NEEDS_MORE
    try:
        event = await service.submit(
            ctx.session, dossier, kind, actor_id=ctx.user.id, now=ctx.services.clock.now()
        )
    except service.DossierError as error:
        if error.code == "sorting":
            await ctx.reply(
                ctx.t("dossier.still_sorting", pages=error.details["pages"]),
                [Choice("Nộp bổ sung" if resubmit else "Nộp hồ sơ", f"hs:submit:{dossier.id}")],
            )
            return
        if error.code != "missing":
            raise
        missing = error.details["documents"]
        first = missing[0].key  # type: ignore[index]
        text = ctx.t("dossier.missing", labels=[d.label for d in missing])  # type: ignore[attr-defined]
        await ask_document(ctx, dossier, kind, first, intro=text)
        return
    await ctx.audit(
        "dossier.status",
        "dossier",
        dossier.id,
        old=str(event.from_status),
        new=str(event.to_status),
    )
    ctx.end()
    await notify_reviewers(ctx, dossier, ctx.unit, resubmitted=resubmit, event_id=event.id)
    from handlers.menu import main_menu

    if resubmit:
        text = ctx.t("dossier.resubmitted", code=shown_code(dossier))
    else:
        text = ctx.t(
            "dossier.submitted",
            code=shown_code(dossier),
            title=title(ctx, dossier, with_code=False),
        )
    await ctx.reply(text, main_menu(ctx), columns=2)


async def notify_reviewers(
    ctx: Context, dossier: Dossier, unit: Unit, *, resubmitted: bool, event_id: int
) -> None:
    text = ctx.t(
        "dossier.notify_reviewer",
        code=shown_code(dossier),
        title=title(ctx, dossier, with_code=False),
        unit=unit.name,
        resubmitted=resubmitted,
    )
    for reviewer in await service.reviewers_for(ctx.session, unit):
        if ctx.user is not None and reviewer.id == ctx.user.id:
            continue
        await ctx.notify(
            reviewer.id,
            Reply(text, [Choice("Mở hồ sơ", f"hs:open:{dossier.id}")]),
            kind="dossier",
            dedupe_key=f"hs:{dossier.id}:ev:{event_id}:u:{reviewer.id}",
        )


# Looking up -----------------------------------------------------------------------------------
def _typed_code(text: str) -> str | None:
    if not text or len(text) > 12:
        return None
    return codes.parse(text, codes.TRACKING_LENGTH)


def _status(ctx: Context, dossier: Dossier) -> str:
    return ctx.t("dossier.status", s=str(dossier.status))


async def lookup_code(ctx: Context, code: str) -> None:
    """Show a dossier by its tracking code; a missing and a forbidden one look the same."""
    loaded = None
    if ctx.user is not None and ctx.unit is not None:
        loaded = await service.visible(ctx.session, ctx.user, ctx.unit, code=code)
    if loaded is None:
        await ctx.reply(ctx.t("dossier.not_found", code=codes.display(code)))
        return
    await show_detail(ctx, *loaded)


@router.command("hoso", description="Hồ sơ đã nộp, tra cứu theo mã")
async def hoso(ctx: Context) -> None:
    if ctx.args:
        code = codes.parse(ctx.args, codes.TRACKING_LENGTH)
        if code is None:
            await ctx.reply(ctx.t("dossier.not_found", code=ctx.args.strip()[:16]))
            return
        await lookup_code(ctx, code)
        return
    await show_unit_list(ctx, 0)


@router.action("hs:list")
async def unit_list(ctx: Context) -> None:
    await show_unit_list(ctx, parse_id(ctx.args) or 0)


@router.action("hs:view")
async def view(ctx: Context) -> None:
    loaded = await load_visible(ctx, parse_id(ctx.args))
    if loaded is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    await show_detail(ctx, *loaded)


@router.action("menu:lookup")
async def ask_code(ctx: Context) -> None:
    ctx.begin(LOOKUP_FLOW)
    await ctx.reply(
        ctx.t("dossier.ask_code"),
        [Choice("Hồ sơ của đơn vị", "hs:list"), Choice("Trình đơn chính", "menu")],
    )


@router.flow(LOOKUP_FLOW)
async def typed_code(ctx: Context) -> None:
    code = codes.parse(ctx.text, codes.TRACKING_LENGTH) if ctx.text else None
    typed = codes.normalize(ctx.text) if ctx.text else None
    if code is None and typed is not None and len(typed) == codes.TRACKING_LENGTH:
        # Well-formed but wrong check character: the same answer as an unknown code.
        await ctx.reply(ctx.t("dossier.not_found", code=codes.display(typed)))
        return
    if code is None:
        await ctx.reply(
            ctx.t("dossier.bad_code"),
            [Choice("Hồ sơ của đơn vị", "hs:list"), Choice("Trình đơn chính", "menu")],
        )
        return
    ctx.end()
    await lookup_code(ctx, code)
