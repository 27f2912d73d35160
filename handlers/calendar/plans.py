"""Reviewers' plans: import a plan by sending it, check what was read, correct it, confirm; and
add, edit or delete deadlines later. A plan applies to the reviewer's unit and its subtree.

An import is stored at once as a draft (``Plan.active`` false): corrections are ordinary edits,
nothing is reminded until the reviewer confirms, and an abandoned draft harms no one.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.router import REVIEWERS, Router
from bot.offload import JobFailed, JobTimeout, run_limited
from bot.storage.models import Unit, UnitKind
from bot.storage.models.plans import Deadline, Plan
from reminders.audience import COMMUNE, VILLAGE, guess_completes_by
from reminders.days import ROMAN, quarter_of
from reminders.events import due_from_event, event_question
from reminders.parsing import SUPPORTED_SUFFIXES, DocumentError
from reminders.store import (
    activate,
    create_plan,
    delete_plan,
    effective_due,
    plan_deadlines,
    plans_in_subtree,
)
from reminders.upload import MAX_PLAN_BYTES, PARSE_MEMORY_MB, parse_timeout, parse_upload

log = logging.getLogger(__name__)
router = Router()
FLOW = "cal_plan"

AUDIENCES: dict[str, tuple[str, list[str]]] = {
    "all": ("Mọi đơn vị", []),
    "village": ("Thôn, tổ dân phố", [k.value for k in VILLAGE]),
    "school": ("Trường học", [UnitKind.TRUONG.value]),
    "commune": ("Cấp xã", [k.value for k in COMMUNE]),
    "office": ("Phòng, ban", [UnitKind.PHONG.value, UnitKind.BAN.value]),
}
ACTIONS: dict[str, tuple[str, str | None]] = {
    "registration": ("Đã đăng ký thi đua", "registration"),
    "dossier": ("Đã nộp hồ sơ khen thưởng", "dossier"),
    "none": ('Chỉ khi chọn "Đã xong"', None),
}
_DATE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?")


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def audience_label(deadline: Deadline) -> str:
    kinds = sorted(deadline.unit_kinds or [])
    for label, values in AUDIENCES.values():
        if sorted(values) == kinds:
            text = label
            break
    else:
        text = ", ".join(UnitKind(k).label for k in kinds)
    if deadline.roles:
        text += " (chỉ người thẩm định)"
    return text


def action_label(deadline: Deadline) -> str:
    for label, value in ACTIONS.values():
        if value == deadline.completes_by:
            return label
    return str(deadline.completes_by)


def parse_day(text: str, year: int) -> date | None:
    match = _DATE.search(text)
    if not match:
        return None
    day, month, y = match.groups()
    full_year = year if y is None else (int(y) + 2000 if len(y) == 2 else int(y))
    try:
        return date(full_year, int(month), int(day))
    except ValueError:
        return None


async def _plan(ctx: Context, plan_id: int | str | None) -> tuple[Plan, Unit] | None:
    """The plan if it lies in the reviewer's subtree."""
    try:
        plan = await ctx.session.get(Plan, int(plan_id or 0))
    except ValueError:
        return None
    if plan is None:
        return None
    unit = await ctx.session.get(Unit, plan.unit_id)
    assert ctx.unit is not None and unit is not None
    if not unit.path.startswith(ctx.unit.path):
        return None
    return plan, unit


async def _deadline(ctx: Context, deadline_id: str) -> tuple[Deadline, Plan, Unit] | None:
    try:
        deadline = await ctx.session.get(Deadline, int(deadline_id.split(":")[0]))
    except ValueError:
        return None
    if deadline is None:
        return None
    found = await _plan(ctx, deadline.plan_id)
    return (deadline, *found) if found else None


async def _not_yours(ctx: Context) -> None:
    ctx.end()
    await ctx.reply(ctx.t("calendar.not_yours"), [Choice("Kế hoạch và hạn", "rv:plans")])


async def _own_plan(ctx: Context, plan_id: int | str | None) -> tuple[Plan, Unit] | None:
    """:func:`_plan`, telling the reviewer when it is gone or not theirs."""
    found = await _plan(ctx, plan_id)
    if found is None:
        await _not_yours(ctx)
    return found


async def _own_deadline(ctx: Context, deadline_id: str) -> tuple[Deadline, Plan, Unit] | None:
    """:func:`_deadline`, telling the reviewer when it is gone or not theirs."""
    found = await _deadline(ctx, deadline_id)
    if found is None:
        await _not_yours(ctx)
    return found


# The list ------------------------------------------------------------------------------------
@router.action("rv:plans", roles=REVIEWERS)
async def list_plans(ctx: Context) -> None:
    assert ctx.unit is not None
    ctx.end()
    rows = await plans_in_subtree(ctx.session, ctx.unit)
    counts = dict(
        (
            await ctx.session.execute(
                select(Deadline.plan_id, func.count()).group_by(Deadline.plan_id)
            )
        ).all()
    )
    items = [
        {"unit": u.name, "year": p.year, "active": p.active, "count": counts.get(p.id, 0)}
        for p, u in rows[:8]
    ]
    choices = [
        Choice(f"{i}. {u.name} {p.year}", f"cal:plan:{p.id}")
        for i, (p, u) in enumerate(rows[:8], 1)
    ]
    choices += [Choice("Nhập kế hoạch mới", "cal:import"), Choice("Trình đơn chính", "menu")]
    await ctx.reply(ctx.t("calendar.plans", unit=ctx.unit.name, items=items), choices)


# Import ----------------------------------------------------------------------------------------
@router.action("cal:import", roles=REVIEWERS)
async def start_import(ctx: Context) -> None:
    assert ctx.unit is not None
    ctx.begin(FLOW, "file")
    await ctx.reply(ctx.t("calendar.ask_file", unit=ctx.unit.name), [Choice("Hủy", "cal:cancel")])


@router.action("cal:cancel", roles=REVIEWERS)
async def cancel(ctx: Context) -> None:
    plan_id = ctx.state.data.get("plan_id")
    ctx.end()
    if plan_id:
        await show_plan(ctx, plan_id)
        return
    await list_plans(ctx)


@router.flow(FLOW, roles=REVIEWERS)
async def plan_flow(ctx: Context) -> None:
    step = ctx.state.step
    if step == "file":
        await _receive_file(ctx)
    elif step == "year":
        await _receive_year(ctx)
    elif step == "pick":
        await _receive_pick(ctx)
    elif step == "date":
        await _receive_date(ctx)
    elif step == "text":
        await _receive_text(ctx)
    elif step == "add":
        await _receive_new(ctx)
    elif step == "event":
        await _receive_event(ctx)
    else:
        ctx.end()
        await list_plans(ctx)


async def _receive_file(ctx: Context) -> None:
    documents = [a for a in ctx.incoming.attachments if a.kind == "document"]
    photos = [a for a in ctx.incoming.attachments if a.kind == "photo"]
    if not documents and photos:
        # A phone photo of a printed plan: read through OCR like a scanned PDF.
        data = await ctx.fetch(ctx.incoming.attachments.index(photos[-1]))
        key = await ctx.services.media.put(data)
        ctx.state.data.update(media=key, suffix=".jpg", name="anh-chup.jpg")
    elif documents:
        attachment = documents[0]
        suffix = Path(attachment.file_name or "kehoach.txt").suffix.lower() or ".txt"
        if suffix not in SUPPORTED_SUFFIXES:
            await ctx.reply(
                ctx.t("calendar.bad_file", error=f"định dạng {suffix} chưa hỗ trợ."),
                [Choice("Hủy", "cal:cancel")],
            )
            return
        if attachment.size is not None and attachment.size > MAX_PLAN_BYTES:
            await _too_big(ctx)
            return
        data = await ctx.fetch(ctx.incoming.attachments.index(attachment))
        if len(data) > MAX_PLAN_BYTES:
            await _too_big(ctx)
            return
        key = await ctx.services.media.put(data)
        ctx.state.data.update(media=key, suffix=suffix, name=attachment.file_name)
    elif len(ctx.text) >= 200:
        key = await ctx.services.media.put(ctx.text.encode())
        ctx.state.data.update(media=key, suffix=".txt", name="tin-nhan.txt")
    else:
        await ctx.reply(ctx.t("calendar.need_file"), [Choice("Hủy", "cal:cancel")])
        return
    await _parse_and_store(ctx, year=None)


async def _parse_and_store(ctx: Context, year: int | None) -> None:
    data = await ctx.services.media.get(ctx.state.data["media"])
    suffix = ctx.state.data.get("suffix", ".txt")
    try:
        # In a child process with a time and memory limit: a huge or hostile file must not
        # freeze everyone else's replies, and must end (the inbox row is not retried forever).
        # A scan or photo goes through OCR there too, which takes seconds a page.
        parsed = await run_limited(
            parse_upload,
            data,
            suffix,
            year,
            timeout_s=parse_timeout(suffix),
            memory_mb=PARSE_MEMORY_MB,
        )
    except DocumentError as error:
        await ctx.reply(ctx.t("calendar.bad_file", error=str(error)), [Choice("Hủy", "cal:cancel")])
        return
    except (JobTimeout, JobFailed) as error:
        log.warning("plan parse abandoned: %s", error)
        await ctx.reply(ctx.t("calendar.too_slow"), [Choice("Hủy", "cal:cancel")])
        return
    if not parsed.tasks:
        await ctx.reply(ctx.t("calendar.no_tasks"), [Choice("Hủy", "cal:cancel")])
        return
    plan_year = year or parsed.year
    if plan_year is None and parsed.year_source == "standing":
        # Standing filing rules: their yearly dates start from this year and recur.
        plan_year = ctx.services.clock.now().year
    if plan_year is None:
        ctx.goto("year")
        await ctx.reply(ctx.t("calendar.ask_year"), [Choice("Hủy", "cal:cancel")])
        return
    assert ctx.unit is not None and ctx.user is not None
    plan = await create_plan(
        ctx.session,
        unit=ctx.unit,
        parsed=parsed,
        year=plan_year,
        now=ctx.services.clock.now(),
        created_by=ctx.user.id,
        active=False,
        source_name=ctx.state.data.get("name"),
    )
    await ctx.audit("plan.import", "plan", plan.id, tasks=len(parsed.tasks), year=plan_year)
    ctx.end()
    await show_plan(ctx, plan.id, warnings=[w for w in parsed.warnings if year is None][:2])


async def _too_big(ctx: Context) -> None:
    await ctx.reply(
        ctx.t("calendar.too_big", limit_mb=round(MAX_PLAN_BYTES / (1024 * 1024), 1)),
        [Choice("Hủy", "cal:cancel")],
    )


async def _receive_year(ctx: Context) -> None:
    match = re.search(r"\b(20\d\d)\b", ctx.text)
    if not match:
        await ctx.reply(ctx.t("calendar.bad_year"), [Choice("Hủy", "cal:cancel")])
        return
    await _parse_and_store(ctx, year=int(match.group(1)))


# Reviewing a plan -----------------------------------------------------------------------------
@router.action("cal:plan", roles=REVIEWERS)
async def plan_action(ctx: Context) -> None:
    ctx.end()
    await show_plan(ctx, ctx.args)


async def show_plan(ctx: Context, plan_id: int | str, warnings: list[str] | None = None) -> None:
    found = await _own_plan(ctx, plan_id)
    if found is None:
        return
    plan, unit = found
    deadlines = await plan_deadlines(ctx.session, plan.id)
    groups: dict[tuple[int, int], list[dict[str, object]]] = defaultdict(list)
    undated = []
    dues = [d for d in (effective_due(x, plan.year) for x in deadlines) if d is not None]
    if dues and max(dues) < ctx.today():
        # An old plan (or a wrong year) would be confirmed and then never remind anyone.
        warnings = [
            ctx.t("calendar.all_past", year=plan.year, last=max(dues), today=ctx.today()),
            *(warnings or []),
        ]
    for n, deadline in enumerate(deadlines, 1):
        due = effective_due(deadline, plan.year)
        source = _short(deadline.source_text or "", 160) if plan.ocr else ""
        if due is None:
            undated.append(
                {
                    "n": n,
                    "task": _short(deadline.task),
                    "when": deadline.when_text or "",
                    "event": deadline.event_relative,
                    "source": source,
                }
            )
            continue
        audience = audience_label(deadline)
        groups[(due.year, quarter_of(due))].append(
            {
                "n": n,
                "due": due.strftime("%d/%m"),
                "task": _short(deadline.task),
                "audience": "" if audience == AUDIENCES["all"][0] else audience,
                "yearly": deadline.recurrence == "yearly" and deadline.due is None,
                "source": source,
            }
        )
    choices = [
        Choice("Sửa một mục", f"cal:pick:{plan.id}"),
        Choice("Thêm hạn", f"cal:add:{plan.id}"),
    ]
    if plan.active:
        choices += [Choice("Xóa kế hoạch", f"cal:delplan:{plan.id}")]
    else:
        choices = [Choice("Xác nhận", f"cal:confirm:{plan.id}"), *choices]
        choices.append(Choice("Bỏ bản nháp", f"cal:discard:{plan.id}"))
    choices.append(Choice("Danh sách kế hoạch", "rv:plans"))
    await ctx.reply(
        ctx.t(
            "calendar.review",
            plan=plan,
            unit=unit.name,
            groups=[
                {"year": y, "quarter": ROMAN[q], "entries": e}
                for (y, q), e in sorted(groups.items())
            ],
            undated=undated,
            draft=not plan.active,
            warnings=warnings or [],
        ),
        choices,
        columns=2,
    )


@router.action("cal:confirm", roles=REVIEWERS)
async def confirm(ctx: Context) -> None:
    found = await _own_plan(ctx, ctx.args)
    if found is None:
        return
    plan, _ = found
    await activate(ctx.session, plan, ctx.services.clock.now())
    deadlines = await plan_deadlines(ctx.session, plan.id)
    dated = sum(1 for d in deadlines if effective_due(d, plan.year) is not None)
    await ctx.audit("plan.confirm", "plan", plan.id)
    ctx.end()
    await ctx.reply(
        ctx.t("calendar.confirmed", count=len(deadlines), dated=dated),
        [Choice("Xem kế hoạch", f"cal:plan:{plan.id}"), Choice("Trình đơn chính", "menu")],
    )
    await _ask_next_event(ctx, plan, deadlines)


def _waiting_for_event(deadlines: list[Deadline], skipped: list[int]) -> Deadline | None:
    for deadline in deadlines:
        if deadline.event_relative and deadline.due is None and deadline.id not in skipped:
            return deadline
    return None


async def _ask_next_event(ctx: Context, plan: Plan, deadlines: list[Deadline]) -> None:
    """Ask for the date of the event each event-relative deadline waits for, one at a time:
    "Ngày trao thưởng là ngày nào?". The answer dates the deadline so it is reminded too."""
    skipped = list(ctx.state.data.get("skipped_events", []))
    deadline = _waiting_for_event(deadlines, skipped)
    if deadline is None:
        ctx.end()
        return
    ctx.begin(
        FLOW, "event", {"plan_id": plan.id, "deadline_id": deadline.id, "skipped_events": skipped}
    )
    await ctx.reply(
        ctx.t(
            "calendar.ask_event",
            task=_short(deadline.task),
            when=deadline.when_text or "",
            question=event_question(deadline.when_text),
        ),
        [Choice("Bỏ qua", f"cal:skipevent:{deadline.id}"), Choice("Xong", "cal:cancel")],
    )


async def _receive_event(ctx: Context) -> None:
    found = await _own_deadline(ctx, str(ctx.state.data.get("deadline_id")))
    if found is None:
        return
    deadline, plan, _ = found
    day = parse_day(ctx.text, plan.year)
    if day is None:
        await ctx.reply(
            ctx.t("calendar.bad_date"), [Choice("Bỏ qua", f"cal:skipevent:{deadline.id}")]
        )
        return
    deadline.due = due_from_event(deadline.when_text, day)
    deadline.updated_at = ctx.services.clock.now()
    await ctx.audit("deadline.event_date", "deadline", deadline.id, event=day.isoformat())
    await ctx.reply(
        ctx.t(
            "calendar.event_set", task=_short(deadline.task), due=deadline.due.strftime("%d/%m/%Y")
        )
    )
    await _ask_next_event(ctx, plan, await plan_deadlines(ctx.session, plan.id))


@router.action("cal:skipevent", roles=REVIEWERS)
async def skip_event(ctx: Context) -> None:
    found = await _own_deadline(ctx, ctx.args)
    if found is None:
        return
    deadline, plan, _ = found
    skipped = [*ctx.state.data.get("skipped_events", []), deadline.id]
    ctx.state.data["skipped_events"] = skipped
    await _ask_next_event(ctx, plan, await plan_deadlines(ctx.session, plan.id))


@router.action("cal:discard", roles=REVIEWERS)
async def discard(ctx: Context) -> None:
    found = await _plan(ctx, ctx.args)
    if found is None or found[0].active:
        await _not_yours(ctx)
        return
    await delete_plan(ctx.session, found[0])
    ctx.end()
    await ctx.reply(ctx.t("calendar.discarded"), [Choice("Danh sách kế hoạch", "rv:plans")])


@router.action("cal:delplan", roles=REVIEWERS)
async def delete_whole_plan(ctx: Context) -> None:
    plan_id, _, sure = ctx.args.partition(":")
    found = await _own_plan(ctx, plan_id)
    if found is None:
        return
    plan, unit = found
    if sure != "yes":
        await ctx.reply(
            ctx.t("calendar.confirm_delete", unit=unit.name, year=plan.year),
            [Choice("Xóa", f"cal:delplan:{plan.id}:yes"), Choice("Không", f"cal:plan:{plan.id}")],
        )
        return
    await ctx.audit("plan.delete", "plan", plan.id, unit=unit.code, year=plan.year)
    await delete_plan(ctx.session, plan)
    await ctx.reply(ctx.t("calendar.plan_deleted"), [Choice("Danh sách kế hoạch", "rv:plans")])


# One deadline ---------------------------------------------------------------------------------
@router.action("cal:pick", roles=REVIEWERS)
async def pick(ctx: Context) -> None:
    found = await _own_plan(ctx, ctx.args)
    if found is None:
        return
    count = len(await plan_deadlines(ctx.session, found[0].id))
    ctx.begin(FLOW, "pick", {"plan_id": found[0].id})
    # No choices here: a typed number must reach the flow, not pick a numbered choice on Zalo.
    await ctx.reply(ctx.t("calendar.ask_number", count=count))


async def _receive_pick(ctx: Context) -> None:
    plan_id = ctx.state.data.get("plan_id")
    found = await _own_plan(ctx, plan_id)
    if found is None:
        return
    deadlines = await plan_deadlines(ctx.session, found[0].id)
    match = re.search(r"\d+", ctx.text)
    index = int(match.group()) if match else 0
    if not 1 <= index <= len(deadlines):
        await ctx.reply(
            ctx.t("calendar.bad_number", count=len(deadlines)),
            [Choice("Quay lại", f"cal:plan:{found[0].id}")],
        )
        return
    ctx.end()
    await show_item(ctx, deadlines[index - 1], found[0], index)


@router.action("cal:dl", roles=REVIEWERS)
async def item_action(ctx: Context) -> None:
    found = await _own_deadline(ctx, ctx.args)
    if found is None:
        return
    ctx.end()
    await show_item(ctx, found[0], found[1])


async def show_item(ctx: Context, deadline: Deadline, plan: Plan, n: int | None = None) -> None:
    if n is None:
        ids = [d.id for d in await plan_deadlines(ctx.session, plan.id)]
        n = ids.index(deadline.id) + 1 if deadline.id in ids else 0
    due = effective_due(deadline, plan.year)
    await ctx.reply(
        ctx.t(
            "calendar.item",
            n=n,
            d=deadline,
            due=due.strftime("%d/%m/%Y") if due else None,
            audience=audience_label(deadline),
            action=action_label(deadline),
        ),
        [
            Choice("Sửa ngày", f"cal:date:{deadline.id}"),
            Choice("Sửa nội dung", f"cal:text:{deadline.id}"),
            Choice("Nhắc cho ai", f"cal:aud:{deadline.id}"),
            Choice("Thôi nhắc khi", f"cal:act:{deadline.id}"),
            Choice("Xóa mục này", f"cal:del:{deadline.id}"),
            Choice("Quay lại", f"cal:plan:{plan.id}"),
        ],
        columns=2,
    )


@router.action("cal:date", roles=REVIEWERS)
async def edit_date(ctx: Context) -> None:
    found = await _own_deadline(ctx, ctx.args)
    if found is None:
        return
    deadline, plan, _ = found
    due = effective_due(deadline, plan.year)
    ctx.begin(FLOW, "date", {"deadline_id": deadline.id, "plan_id": plan.id})
    await ctx.reply(
        ctx.t("calendar.ask_date", current=due.strftime("%d/%m/%Y") if due else None),
        [Choice("Hủy", "cal:cancel")],
    )


async def _receive_date(ctx: Context) -> None:
    found = await _own_deadline(ctx, str(ctx.state.data.get("deadline_id")))
    if found is None:
        return
    deadline, plan, _ = found
    day = parse_day(ctx.text, plan.year)
    if day is None:
        await ctx.reply(ctx.t("calendar.bad_date"), [Choice("Hủy", "cal:cancel")])
        return
    old = deadline.due
    deadline.due = day
    if deadline.start and deadline.start > day:
        deadline.start = None
    deadline.recurring = False
    deadline.recurring_due = None
    deadline.event_relative = False
    deadline.updated_at = ctx.services.clock.now()
    await ctx.audit("deadline.edit", "deadline", deadline.id, due=[str(old), str(day)])
    ctx.end()
    await ctx.reply(ctx.t("calendar.saved"))
    await show_item(ctx, deadline, plan)


@router.action("cal:text", roles=REVIEWERS)
async def edit_text(ctx: Context) -> None:
    found = await _own_deadline(ctx, ctx.args)
    if found is None:
        return
    ctx.begin(FLOW, "text", {"deadline_id": found[0].id, "plan_id": found[1].id})
    await ctx.reply(ctx.t("calendar.ask_text"), [Choice("Hủy", "cal:cancel")])


async def _receive_text(ctx: Context) -> None:
    found = await _own_deadline(ctx, str(ctx.state.data.get("deadline_id")))
    if found is None:
        return
    if len(ctx.text) < 3:
        await ctx.reply(ctx.t("calendar.need_text"), [Choice("Hủy", "cal:cancel")])
        return
    deadline, plan, _ = found
    deadline.task = ctx.text
    deadline.updated_at = ctx.services.clock.now()
    await ctx.audit("deadline.edit", "deadline", deadline.id, task=ctx.text[:200])
    ctx.end()
    await ctx.reply(ctx.t("calendar.saved"))
    await show_item(ctx, deadline, plan)


@router.action("cal:aud", roles=REVIEWERS)
async def edit_audience(ctx: Context) -> None:
    deadline_id, _, choice = ctx.args.partition(":")
    found = await _own_deadline(ctx, deadline_id)
    if found is None:
        return
    deadline, plan, _ = found
    if choice in AUDIENCES:
        deadline.unit_kinds = list(AUDIENCES[choice][1])
        deadline.updated_at = ctx.services.clock.now()
        await ctx.audit("deadline.edit", "deadline", deadline.id, unit_kinds=deadline.unit_kinds)
        await show_item(ctx, deadline, plan)
        return
    if choice == "roles":
        deadline.roles = [] if deadline.roles else ["reviewer", "admin"]
        deadline.updated_at = ctx.services.clock.now()
        await show_item(ctx, deadline, plan)
        return
    choices = [
        Choice(label, f"cal:aud:{deadline.id}:{key}") for key, (label, _) in AUDIENCES.items()
    ]
    choices.append(
        Choice(
            "Mọi cán bộ" if deadline.roles else "Chỉ người thẩm định",
            f"cal:aud:{deadline.id}:roles",
        )
    )
    await ctx.reply(ctx.t("calendar.choose_audience"), choices, columns=2)


@router.action("cal:act", roles=REVIEWERS)
async def edit_action(ctx: Context) -> None:
    deadline_id, _, choice = ctx.args.partition(":")
    found = await _own_deadline(ctx, deadline_id)
    if found is None:
        return
    deadline, plan, _ = found
    if choice in ACTIONS:
        deadline.completes_by = ACTIONS[choice][1]
        deadline.updated_at = ctx.services.clock.now()
        await ctx.audit(
            "deadline.edit", "deadline", deadline.id, completes_by=deadline.completes_by
        )
        await show_item(ctx, deadline, plan)
        return
    await ctx.reply(
        ctx.t("calendar.choose_action"),
        [Choice(label, f"cal:act:{deadline.id}:{key}") for key, (label, _) in ACTIONS.items()],
    )


@router.action("cal:del", roles=REVIEWERS)
async def delete_deadline(ctx: Context) -> None:
    found = await _own_deadline(ctx, ctx.args)
    if found is None:
        return
    deadline, plan, _ = found
    await ctx.audit("deadline.delete", "deadline", deadline.id, task=deadline.task[:200])
    await ctx.session.delete(deadline)
    await ctx.session.flush()
    await ctx.reply(ctx.t("calendar.deleted"))
    await show_plan(ctx, plan.id)


@router.action("cal:add", roles=REVIEWERS)
async def add_deadline(ctx: Context) -> None:
    found = await _own_plan(ctx, ctx.args)
    if found is None:
        return
    ctx.begin(FLOW, "add", {"plan_id": found[0].id})
    await ctx.reply(ctx.t("calendar.ask_new"), [Choice("Hủy", "cal:cancel")])


async def _receive_new(ctx: Context) -> None:
    found = await _own_plan(ctx, ctx.state.data.get("plan_id"))
    if found is None:
        return
    plan, _ = found
    day = parse_day(ctx.text, plan.year)
    task = _DATE.sub("", ctx.text)
    task = re.sub(
        r"\b(hạn|trước ngày|chậm nhất ngày|ngày)\s*$", "", task.strip(" ;,-–:"), flags=re.I
    )
    task = task.strip(" ;,-–:")
    if day is None or len(task) < 3:
        await ctx.reply(ctx.t("calendar.bad_new"), [Choice("Hủy", "cal:cancel")])
        return
    now = ctx.services.clock.now()
    deadline = Deadline(
        plan_id=plan.id,
        task=task,
        when_text=day.strftime("%d/%m/%Y"),
        due=day,
        roles=[],
        unit_kinds=[],
        completes_by=guess_completes_by(task),
        updated_at=now,
    )
    ctx.session.add(deadline)
    await ctx.session.flush()
    await ctx.audit("deadline.add", "deadline", deadline.id, task=task[:200], due=str(day))
    ctx.end()
    await ctx.reply(ctx.t("calendar.saved"))
    await show_item(ctx, deadline, plan)
