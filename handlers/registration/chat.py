"""The officer's side of đăng ký thi đua: the collective part, individuals (one by one, pasted
lines, Excel), review and submission, edits until the deadline.

Conversation state (flow ``reg``): ``reg_id`` and ``year``; the form engine's state under
``unit`` and ``person``; ``pending`` (good imported records not yet saved) and ``bad`` (lines
or rows to correct); ``edit_person`` while editing a saved person. After every message the
unfinished parts are also copied to ``Registration.drafts[user id]``, so an officer who leaves
with /menu or /huy finds their work again when they reopen "Đăng ký thi đua".
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import date
from functools import wraps
from typing import Any

from bot.core.context import Context
from bot.core.messages import Choice, OutFile, Reply
from bot.core.numbers import is_number, parse_id, parse_int
from bot.core.router import Router
from bot.core.text import fold
from bot.forms import FormRunner, Option, Problem, Record, format_value
from bot.forms.excel import XLSX_MIME, SheetError, read_sheet
from bot.storage.models import Unit
from bot.storage.models.registration import RegisteredPerson, Registration, RegistrationStatus
from handlers import award_notes
from handlers.registration import service
from handlers.registration.content import RegistrationContent

router = Router()

FLOW = "reg"
#: Conversation data kept across /menu in ``Registration.drafts``.
DRAFT_KEYS = ("unit", "person", "pending", "bad", "edit_person", "pick")
Handler = Callable[[Context], Awaitable[None]]


def content(ctx: Context) -> RegistrationContent:
    found = ctx.services.find(RegistrationContent)
    if found is None:
        found = RegistrationContent.load(ctx.services.settings.content_dir)
        ctx.services.provide(found)
    return found


# Form runners -----------------------------------------------------------------------------
async def movement_options(ctx: Context, values: dict[str, Any]) -> list[Option]:
    chosen = [i for v in values.get("movements") or [] if (i := parse_id(str(v))) is not None]
    rows = await service.movements(ctx.session, include_ids=chosen, unit=ctx.unit)
    return [Option(value=str(m.id), label=m.name) for m in rows]


async def unit_title_options(ctx: Context, values: dict[str, Any]) -> list[Option]:
    assert ctx.unit is not None
    return content(ctx).unit_title_options(ctx.unit)


async def person_title_options(ctx: Context, values: dict[str, Any]) -> list[Option]:
    assert ctx.unit is not None
    return content(ctx).person_title_options(ctx.unit)


#: Steps where people arrive as pasted lines or spreadsheet rows, not one by one.
LIST_STEPS = frozenset({"paste", "import", "excel"})


async def check_person(
    ctx: Context, field_id: str | None, values: dict[str, Any]
) -> Problem | None:
    """Refusals the form cannot express: title prerequisites and duplicate people."""
    if field_id in (None, "title", "cstdcs_3_years"):
        reason = content(ctx).person_refusal(values)
        if reason:
            return Problem(reason, field="title")
    if field_id is None and (missing := content(ctx).person_missing(values)) is not None:
        return Problem(missing.message, field=missing.field)
    if field_id in (None, "title"):
        reg_id = ctx.state.data.get("reg_id")
        if reg_id is None:
            return None
        duplicate = await service.find_duplicate(
            ctx.session, int(reg_id), values, exclude_id=ctx.state.data.get("edit_person")
        )
        if duplicate is not None:
            return Problem(
                ctx.t(
                    "registration.duplicate",
                    name=duplicate.full_name,
                    year=duplicate.birth_year,
                    title=content(ctx).title_label(duplicate.title),
                    # Pasted lines and Excel rows offer "Bỏ danh sách này", the form "Bỏ người
                    # này": name the choice the officer actually sees.
                    in_list=ctx.state.step in LIST_STEPS,
                ),
                field="title" if field_id else None,
            )
    return None


def unit_runner(ctx: Context) -> FormRunner:
    return FormRunner(
        content(ctx).unit_form,
        key="unit",
        sources={"movements": movement_options, "titles_for_unit": unit_title_options},
        extra_choices=[Choice(ctx.t("registration.home_label"), "reg:home")],
    )


def person_runner(ctx: Context) -> FormRunner:
    return FormRunner(
        content(ctx).person_form,
        key="person",
        sources={"titles_for_person": person_title_options},
        check=check_person,
        extra_choices=[
            Choice(ctx.t("registration.drop_person_label"), "reg:pdrop"),
            Choice(ctx.t("registration.home_label"), "reg:home"),
        ],
    )


# State ------------------------------------------------------------------------------------
def default_year(ctx: Context) -> int:
    return ctx.today().year


async def current(ctx: Context) -> Registration | None:
    """The registration this conversation works on, reopening the unit's current one if the
    conversation was reset (e.g. a button tapped after /menu)."""
    if ctx.unit is None or ctx.user is None:
        return None
    reg_id = ctx.state.data.get("reg_id") if ctx.state.flow == FLOW else None
    if reg_id is not None:
        reg = await ctx.session.get(Registration, int(reg_id))
        if reg is not None and reg.unit_id == ctx.unit.id:
            return reg
    reg = await service.find(ctx.session, ctx.unit.id, default_year(ctx))
    if reg is not None:
        _enter(ctx, reg)
    return reg


def _enter(ctx: Context, reg: Registration) -> None:
    """Put the conversation in the registration flow, restoring unfinished work."""
    if ctx.state.flow == FLOW and ctx.state.data.get("reg_id") == reg.id:
        return
    assert ctx.user is not None
    snapshot = (reg.drafts or {}).get(str(ctx.user.id)) or {}
    data = {"reg_id": reg.id, "year": reg.year, **(snapshot.get("data") or {})}
    ctx.begin(FLOW, snapshot.get("step") or "hub", data)


def _snapshot(ctx: Context, reg: Registration | None) -> None:
    if reg is None or ctx.user is None or ctx.state.flow != FLOW:
        return
    if ctx.state.data.get("reg_id") != reg.id:
        return
    data = {k: ctx.state.data[k] for k in DRAFT_KEYS if ctx.state.data.get(k)}
    drafts = dict(reg.drafts or {})
    entry = {"step": ctx.state.step, "data": data} if data else None
    if drafts.get(str(ctx.user.id)) == entry:
        return
    if entry is None:
        drafts.pop(str(ctx.user.id), None)
    else:
        drafts[str(ctx.user.id)] = entry
    reg.drafts = drafts


def tracked(handler: Handler) -> Handler:
    """Save the unfinished work after the handler ran."""

    @wraps(handler)
    async def run(ctx: Context) -> None:
        await handler(ctx)
        reg_id = ctx.state.data.get("reg_id") if ctx.state.flow == FLOW else None
        if reg_id is not None:
            _snapshot(ctx, await ctx.session.get(Registration, int(reg_id)))

    return run


async def _deadline(ctx: Context, reg: Registration) -> date | None:
    assert ctx.unit is not None
    return await service.deadline(ctx.session, ctx.unit, reg.year)


async def _editable(ctx: Context, reg: Registration) -> bool:
    if service.can_edit(reg, await _deadline(ctx, reg), ctx.today()):
        return True
    await hub(ctx, reg, prefix=ctx.t("registration.locked", due=reg.deadline))
    return False


def _home_choice(ctx: Context) -> Choice:
    return Choice(ctx.t("registration.home_label"), "reg:home")


# Entry ------------------------------------------------------------------------------------
@router.action("menu:reg")
@tracked
async def menu_entry(ctx: Context) -> None:
    await entry(ctx, None)


@router.command("dangky", description="Đăng ký thi đua")
@tracked
async def command_entry(ctx: Context) -> None:
    args = ctx.args.strip()
    year = parse_int(args, low=1000, high=9999)
    if year is not None and len(args) == 4:
        await open_year(ctx, year)
        return
    if args:
        from handlers.registration.review import view_unit_by_code

        await view_unit_by_code(ctx, args)
        return
    await entry(ctx, None)


async def current_or_start(ctx: Context) -> Registration | None:
    """:func:`current`, or None after starting the officer on this year's registration."""
    reg = await current(ctx)
    if reg is None:
        await entry(ctx, None)
    return reg


async def entry(ctx: Context, year: int | None) -> None:
    if year is None:
        today = ctx.today()
        if today.month >= 10:
            years = [today.year, today.year + 1]
            await ctx.reply(
                ctx.t("registration.ask_year", unit=ctx.unit.name if ctx.unit else ""),
                [Choice(str(y), f"reg:year:{y}") for y in years]
                + [Choice("Trình đơn chính", "menu")],
                columns=2,
            )
            return
        year = today.year
    await open_year(ctx, year)


@router.action("reg:year")
@tracked
async def year_chosen(ctx: Context) -> None:
    year = parse_int(ctx.args, low=1000, high=9999)
    await open_year(ctx, year if year is not None else default_year(ctx))


async def open_year(ctx: Context, year: int) -> None:
    assert ctx.unit is not None and ctx.user is not None
    reg, created = await service.open_registration(
        ctx.session, ctx.unit, year, ctx.user.id, ctx.services.clock.now()
    )
    if created:
        await ctx.audit("registration.open", "registration", reg.id, unit=ctx.unit.code, year=year)
    _enter(ctx, reg)
    due = await _deadline(ctx, reg)
    step = ctx.state.step
    resume = ctx.t("registration.resume")
    unit_form, person_form = unit_runner(ctx), person_runner(ctx)
    editable = service.can_edit(reg, due, ctx.today())
    if editable and step == "unit" and unit_form.active(ctx):
        await unit_form.ask(ctx, resume)
    elif editable and step == "person" and person_form.active(ctx):
        await person_form.ask(ctx, resume)
    elif (
        editable
        and step in ("paste", "excel", "import")
        and (ctx.state.data.get("pending") or ctx.state.data.get("bad"))
    ):
        await show_import(ctx, resume)
    elif not reg.collective_done and editable:
        intro = ctx.t(
            "registration.intro",
            unit=ctx.unit.name,
            year=year,
            due=due,
            late=service.is_late(due, ctx.today()),
            again=not created,
        )
        ctx.goto("unit")
        await unit_form.start(ctx, intro=intro)
    else:
        await hub(ctx, reg, prefix=None if created else ctx.t("registration.existing", year=year))


# Hub --------------------------------------------------------------------------------------
async def hub(ctx: Context, reg: Registration, *, prefix: str | None = None) -> None:
    assert ctx.unit is not None
    due = await _deadline(ctx, reg)
    people = await service.persons(ctx.session, reg.id)
    editable = service.can_edit(reg, due, ctx.today())
    titles = content(ctx)
    counts: dict[str, int] = {}
    for person in people:
        label = titles.title(person.title)
        key = (label.short or label.label) if label else person.title
        counts[key] = counts.get(key, 0) + 1
    movements = await service.movement_names(ctx.session, reg.movement_ids or [])
    text = ctx.t(
        "registration.hub",
        prefix=prefix or "",
        unit=ctx.unit.name,
        reg=reg,
        submitted=reg.status is RegistrationStatus.SUBMITTED,
        submitted_at=reg.submitted_at.astimezone(ctx.services.settings.tz)
        if reg.submitted_at
        else None,
        due=due,
        late_now=service.is_late(due, ctx.today()),
        editable=editable,
        movements=movements,
        title=titles.title_label(reg.collective_title) if reg.collective_title else "",
        people=len(people),
        counts=counts,
        unit_pending=unit_runner(ctx).active(ctx),
        person_pending=person_runner(ctx).active(ctx),
    )
    choices: list[Choice] = []
    if editable:
        choices.append(
            Choice(
                ctx.t("registration.unit_label", done=reg.collective_done),
                "reg:unit",
            )
        )
        choices += [
            Choice(ctx.t("registration.add_one_label"), "reg:padd"),
            Choice(ctx.t("registration.paste_label"), "reg:paste"),
            Choice(ctx.t("registration.excel_label"), "reg:excel"),
        ]
    if people:
        choices.append(Choice(ctx.t("registration.list_label", count=len(people)), "reg:plist"))
    choices.append(
        Choice(
            ctx.t("registration.check_label", submitted=reg.status.value == "submitted"),
            "reg:check",
        )
    )
    choices.append(Choice(ctx.t("registration.why_label"), "reg:why"))
    choices.append(Choice("Trình đơn chính", "menu"))
    ctx.goto("hub")
    await ctx.reply(text, choices)


@router.action("reg:home")
@tracked
async def home(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    await hub(ctx, reg)


@router.action("reg:why")
@tracked
async def why(ctx: Context) -> None:
    reg = await current(ctx)
    text = ctx.t("registration.why")
    if reg is None:
        await ctx.reply(
            text, [Choice("Đăng ký thi đua", "menu:reg"), Choice("Trình đơn chính", "menu")]
        )
        return
    await hub(ctx, reg, prefix=text)


# Collective part --------------------------------------------------------------------------
@router.action("reg:unit")
@tracked
async def edit_unit(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    runner = unit_runner(ctx)
    ctx.goto("unit")
    if runner.active(ctx):
        await runner.ask(ctx)
    elif reg.collective_done:
        await runner.start(ctx, service.collective_values(reg), review=True)
    else:
        await runner.start(ctx)


async def save_collective(ctx: Context, reg: Registration, values: dict[str, Any]) -> None:
    old = service.collective_values(reg) if reg.collective_done else None
    first = not reg.collective_done
    service.apply_collective(reg, values, ctx.services.clock.now())
    await ctx.audit(
        "registration.collective",
        "registration",
        reg.id,
        old=old,
        new=values,
        submitted=reg.status is RegistrationStatus.SUBMITTED,
    )
    if not first:
        await edited_after_sending(ctx, reg, ctx.t("registration.change_collective"))
    people = await service.count_persons(ctx.session, reg.id)
    if first and not people:
        ctx.goto("hub")
        await ctx.reply(
            ctx.t("registration.collective_saved_first"),
            [
                Choice(ctx.t("registration.add_one_label"), "reg:padd"),
                Choice(ctx.t("registration.paste_label"), "reg:paste"),
                Choice(ctx.t("registration.excel_label"), "reg:excel"),
                Choice(ctx.t("registration.no_people_label"), "reg:check"),
                _home_choice(ctx),
            ],
        )
        return
    await hub(
        ctx,
        reg,
        prefix=ctx.t("registration.collective_saved", submitted=reg.status.value == "submitted"),
    )


# Individuals one by one -------------------------------------------------------------------
@router.action("reg:padd")
@tracked
async def add_person(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    runner = person_runner(ctx)
    ctx.goto("person")
    if runner.active(ctx) and not ctx.state.data.get("edit_person"):
        await runner.ask(ctx)
        return
    ctx.state.data.pop("edit_person", None)
    await runner.start(ctx)


@router.action("reg:pdrop")
@tracked
async def drop_person(ctx: Context) -> None:
    person_runner(ctx).clear(ctx)
    ctx.state.data.pop("edit_person", None)
    reg = await current_or_start(ctx)
    if reg is None:
        return
    await hub(ctx, reg, prefix=ctx.t("registration.person_dropped"))


async def save_person(ctx: Context, reg: Registration, values: dict[str, Any]) -> None:
    now = ctx.services.clock.now()
    edit_id = ctx.state.data.pop("edit_person", None)
    titles = content(ctx)
    if edit_id is not None:
        person = await ctx.session.get(RegisteredPerson, int(edit_id))
        if person is not None and person.registration_id == reg.id:
            old = service.person_values(person)
            service.update_person(person, values)
            reg.updated_at = now
            await ctx.audit(
                "registration.person.edit",
                "registration",
                reg.id,
                person=person.id,
                old=old,
                new=values,
            )
            await edited_after_sending(
                ctx, reg, ctx.t("registration.change_person", name=person.full_name)
            )
            await person_list(
                ctx, reg, prefix=ctx.t("registration.person_updated", name=person.full_name)
            )
            return
    added, _ = await service.add_persons(
        ctx.session, reg, [values], ctx.user.id if ctx.user else None, now
    )
    if not added:
        await hub(
            ctx, reg, prefix=ctx.t("registration.duplicate_plain", name=values.get("full_name", ""))
        )
        return
    person = added[0]
    await ctx.audit(
        "registration.person.add", "registration", reg.id, person=person.id, values=values
    )
    await edited_after_sending(
        ctx, reg, ctx.t("registration.change_added", names=[person.full_name])
    )
    count = await service.count_persons(ctx.session, reg.id)
    ctx.goto("hub")
    await ctx.reply(
        award_notes.with_notes(
            ctx,
            ctx.t(
                "registration.person_added",
                name=person.full_name,
                title=titles.title_label(person.title),
                count=count,
            ),
            await award_notes.person_notes(ctx, reg, [person]),
        ),
        [
            Choice(ctx.t("registration.add_more_label"), "reg:padd"),
            Choice(ctx.t("registration.paste_label"), "reg:paste"),
            Choice(
                ctx.t("registration.check_label", submitted=reg.status.value == "submitted"),
                "reg:check",
            ),
            _home_choice(ctx),
        ],
    )


# Lists ------------------------------------------------------------------------------------
def person_line(ctx: Context, person: RegisteredPerson, titles: RegistrationContent) -> str:
    gender = {"nam": "Nam", "nu": "Nữ"}.get(person.gender or "", person.gender or "")
    return ctx.t(
        "registration.person_line",
        person=person,
        gender=gender,
        title=titles.title_label(person.title),
    )


async def person_list(ctx: Context, reg: Registration, *, prefix: str | None = None) -> None:
    people = await service.persons(ctx.session, reg.id)
    titles = content(ctx)
    lines = [person_line(ctx, p, titles) for p in people]
    editable = service.can_edit(reg, await _deadline(ctx, reg), ctx.today())
    choices: list[Choice] = []
    if editable and people:
        choices += [
            Choice(ctx.t("registration.edit_one_label"), "reg:pick:edit"),
            Choice(ctx.t("registration.delete_one_label"), "reg:pick:del"),
        ]
    if editable:
        choices.append(Choice(ctx.t("registration.add_one_label"), "reg:padd"))
    choices.append(_home_choice(ctx))
    ctx.goto("hub")
    await ctx.reply(ctx.t("registration.person_list", prefix=prefix or "", lines=lines), choices)


@router.action("reg:plist")
@tracked
async def list_people(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    await person_list(ctx, reg)


@router.action("reg:pick")
@tracked
async def pick(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    mode = "del" if ctx.args == "del" else "edit"
    ctx.state.data["pick"] = mode
    ctx.goto("pick")
    await ctx.reply(
        ctx.t("registration.ask_number", mode=mode),
        [Choice(ctx.t("registration.back_list_label"), "reg:plist")],
    )


async def picked(ctx: Context, reg: Registration) -> None:
    people = await service.persons(ctx.session, reg.id)
    text = ctx.text.strip().rstrip(".")
    if parse_int(text, low=1, high=len(people)) is None:
        await ctx.reply(
            ctx.t("registration.bad_number", count=len(people)),
            [Choice(ctx.t("registration.back_list_label"), "reg:plist")],
        )
        return
    person = people[int(text) - 1]
    mode = ctx.state.data.pop("pick", "edit")
    if mode == "del":
        ctx.goto("hub")
        await ctx.reply(
            ctx.t(
                "registration.confirm_delete",
                name=person.full_name,
                title=content(ctx).title_label(person.title),
            ),
            [
                Choice(ctx.t("registration.delete_label"), f"reg:pdel:{person.id}"),
                Choice(ctx.t("registration.keep_label"), "reg:plist"),
            ],
        )
        return
    ctx.state.data["edit_person"] = person.id
    ctx.goto("person")
    await person_runner(ctx).start(ctx, service.person_values(person), review=True)


@router.action("reg:pdel")
@tracked
async def delete(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    person_id = parse_id(ctx.args)
    person = await ctx.session.get(RegisteredPerson, person_id) if person_id is not None else None
    if person is None or person.registration_id != reg.id:
        await person_list(ctx, reg, prefix=ctx.t("registration.person_gone"))
        return
    await ctx.audit(
        "registration.person.delete",
        "registration",
        reg.id,
        person=person.id,
        old=service.person_values(person),
    )
    name = person.full_name
    await edited_after_sending(ctx, reg, ctx.t("registration.change_deleted", name=name))
    await service.delete_person(ctx.session, person)
    reg.updated_at = ctx.services.clock.now()
    await person_list(ctx, reg, prefix=ctx.t("registration.person_deleted", name=name))


# Pasted lines and Excel -------------------------------------------------------------------
@router.action("reg:paste")
@tracked
async def paste(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    form = content(ctx).person_form
    ctx.state.data.pop("edit_person", None)
    ctx.goto("paste")
    assert form.line is not None
    await ctx.reply(
        ctx.t(
            "registration.paste_help",
            example=form.line.example or "",
            columns=[form.field(c) for c in form.line.columns],
        ),
        [_home_choice(ctx)],
    )


@router.action("reg:excel")
@tracked
async def excel(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    assert ctx.unit is not None
    from handlers.registration.workbook import person_template  # openpyxl: only when asked

    data = person_template(content(ctx), ctx.unit, reg.year)
    ctx.state.data.pop("edit_person", None)
    ctx.goto("excel")
    await ctx.reply(
        Reply(
            text=ctx.t("registration.excel_help"),
            choices=[_home_choice(ctx)],
            files=[
                OutFile(
                    kind="document",
                    file_name=f"mau-dang-ky-ca-nhan-{reg.year}.xlsx",
                    mime_type=XLSX_MIME,
                    data=data,
                    caption=ctx.t("registration.template_caption"),
                )
            ],
        )
    )


def _label(values: dict[str, Any], titles: RegistrationContent) -> str:
    title = titles.title_label(values.get("title"))
    return f"{values.get('full_name', '')} ({values.get('birth_year', '')}) — {title}"


async def take_records(ctx: Context, records: list[tuple[str, str, Record]]) -> None:
    """Sort (where, text, record) into pending good ones and bad ones to correct."""
    titles = content(ctx)
    pending: list[dict[str, Any]] = list(ctx.state.data.get("pending") or [])
    bad: list[dict[str, Any]] = list(ctx.state.data.get("bad") or [])
    notes: list[str] = []
    keys = {service.duplicate_key(p["values"]): i for i, p in enumerate(pending, 1)}
    for where, text, record in records:
        errors = [message for _, message in record.errors]
        if record.ok:
            key = service.duplicate_key(record.values)
            if key in keys:
                errors.append(ctx.t("registration.duplicate_in_list", index=keys[key]))
        if errors:
            bad.append({"where": where, "text": text, "errors": errors})
            continue
        pending.append({"values": record.values, "label": _label(record.values, titles)})
        keys[service.duplicate_key(record.values)] = len(pending)
        name = service.name_key(str(record.values.get("full_name", "")))
        bad = [b for b in bad if service.name_key(b["text"].split(",")[0]) != name]
        for note in record.notes:
            line = f"{record.values.get('full_name')}: {note}"
            if line not in notes:
                notes.append(line)
    ctx.state.data["pending"] = pending
    ctx.state.data["bad"] = bad
    await show_import(ctx, notes=notes)


async def show_import(
    ctx: Context, prefix: str | None = None, *, notes: list[str] | None = None
) -> None:
    pending = ctx.state.data.get("pending") or []
    bad = ctx.state.data.get("bad") or []
    choices: list[Choice] = []
    if pending:
        choices.append(
            Choice(ctx.t("registration.save_pending_label", count=len(pending)), "reg:isave")
        )
    if pending or bad:
        choices.append(Choice(ctx.t("registration.drop_pending_label"), "reg:idrop"))
    choices.append(_home_choice(ctx))
    ctx.goto("import")
    await ctx.reply(
        ctx.t(
            "registration.import_status",
            prefix=prefix or "",
            pending=[p["label"] for p in pending],
            bad=bad,
            notes=notes or [],
        ),
        choices,
    )


async def import_lines(ctx: Context, text: str) -> None:
    runner = person_runner(ctx)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    records: list[tuple[str, str, Record]] = []
    for number, line in enumerate(lines, start=1):
        cleaned = line.lstrip("•-*0123456789.) ").strip() if _numbered(line) else line
        record = await runner.read_line(ctx, cleaned)
        records.append((ctx.t("registration.where_line", number=number), cleaned, record))
    await take_records(ctx, records)


def _numbered(line: str) -> bool:
    """ "1. Nguyễn Văn An, ..." or "- Nguyễn..." (a list pasted from a document)."""
    head = line.split(",")[0].strip()
    return bool(head) and (
        head[0] in "•-*"
        or (
            head[0] in "0123456789"
            and not is_number(head)
            and is_number(head.split()[0].rstrip(".)"))
        )
    )


async def import_file(ctx: Context) -> None:
    attachment = ctx.incoming.attachments[0]
    name = (attachment.file_name or "").lower()
    if attachment.kind != "document" or not (
        name.endswith(".xlsx") or "spreadsheet" in (attachment.mime_type or "")
    ):
        await ctx.reply(
            ctx.t("registration.need_xlsx"),
            [Choice(ctx.t("registration.excel_label"), "reg:excel"), _home_choice(ctx)],
        )
        return
    if attachment.size and attachment.size > ctx.caps.max_download:
        await ctx.reply(ctx.t("registration.file_too_big"), [_home_choice(ctx)])
        return
    data = await ctx.fetch(0)
    runner = person_runner(ctx)
    try:
        # Decompressing and parsing XML blocks: a thread, with size limits inside read_sheet.
        rows = await asyncio.to_thread(read_sheet, runner.form, data)
    except SheetError as error:
        await ctx.reply(
            ctx.t(f"registration.sheet_{error.code}", **error.params),
            [Choice(ctx.t("registration.excel_label"), "reg:excel"), _home_choice(ctx)],
        )
        return
    if not rows:
        await ctx.reply(ctx.t("registration.sheet_empty"), [_home_choice(ctx)])
        return
    records: list[tuple[str, str, Record]] = []
    for row in rows:
        record = await runner.read_record(ctx, row.raw)
        text = ", ".join(v for v in row.raw.values() if v)
        records.append((ctx.t("registration.where_row", number=row.number), text, record))
    await take_records(ctx, records)


@router.action("reg:isave")
@tracked
async def save_pending(ctx: Context) -> None:
    reg = await current_or_start(ctx)
    if reg is None:
        return
    if not await _editable(ctx, reg):
        return
    pending = ctx.state.data.get("pending") or []
    records = [p["values"] for p in pending]
    added, duplicates = await service.add_persons(
        ctx.session, reg, records, ctx.user.id if ctx.user else None, ctx.services.clock.now()
    )
    if added:
        await ctx.audit(
            "registration.import",
            "registration",
            reg.id,
            added=len(added),
            persons=[p.id for p in added],
        )
        await edited_after_sending(
            ctx, reg, ctx.t("registration.change_added", names=[p.full_name for p in added])
        )
    ctx.state.data.pop("pending", None)
    count = await service.count_persons(ctx.session, reg.id)
    prefix = award_notes.with_notes(
        ctx,
        ctx.t(
            "registration.imported",
            added=len(added),
            duplicates=[d.get("full_name", "") for d in duplicates],
            count=count,
        ),
        await award_notes.person_notes(ctx, reg, added),
    )
    if ctx.state.data.get("bad"):
        await show_import(ctx, prefix)
        return
    ctx.state.data.pop("bad", None)
    await hub(ctx, reg, prefix=prefix)


@router.action("reg:idrop")
@tracked
async def drop_pending(ctx: Context) -> None:
    ctx.state.data.pop("pending", None)
    ctx.state.data.pop("bad", None)
    reg = await current_or_start(ctx)
    if reg is None:
        return
    await hub(ctx, reg, prefix=ctx.t("registration.pending_dropped"))


# Review and submission --------------------------------------------------------------------
async def summary_text(ctx: Context, reg: Registration, unit: Unit, *, prefix: str = "") -> str:
    runner = unit_runner(ctx)
    titles = content(ctx)
    values = service.collective_values(reg)
    rows: list[tuple[str, str]] = []
    movements = await service.movement_names(ctx.session, reg.movement_ids or [])
    for f in runner.form.visible_fields(values):
        if f.id == "movements":
            rows.append((f.label, "; ".join(movements)))
        elif f.id == "title":
            rows.append(
                (f.label, titles.title_label(values.get("title")) if values.get("title") else "")
            )
        else:
            rows.append((f.label, format_value(f, values.get(f.id), f.choices or [])))
    people = await service.persons(ctx.session, reg.id)
    lines = [person_line(ctx, p, titles) for p in people]
    return ctx.t(
        "registration.summary",
        prefix=prefix,
        unit=unit.name,
        reg=reg,
        rows=rows if reg.collective_done else [],
        lines=lines,
        submitted_at=reg.submitted_at.astimezone(ctx.services.settings.tz)
        if reg.submitted_at
        else None,
    )


@router.action("reg:check")
@tracked
async def check(ctx: Context) -> None:
    reg = await current(ctx)
    if reg is None or ctx.unit is None:
        await entry(ctx, None)
        return
    if not reg.collective_done:
        await hub(ctx, reg, prefix=ctx.t("registration.need_collective"))
        return
    choices: list[Choice] = []
    if reg.status is RegistrationStatus.DRAFT:
        choices.append(Choice(ctx.t("registration.submit_label"), "reg:submit"))
    choices.append(Choice(ctx.t("registration.export_label"), "reg:export"))
    choices.append(_home_choice(ctx))
    due = await _deadline(ctx, reg)
    note = ""
    if reg.status is RegistrationStatus.DRAFT and service.is_late(due, ctx.today()):
        note = ctx.t("registration.late_notice", due=due)
    ctx.goto("hub")
    await ctx.reply(await summary_text(ctx, reg, ctx.unit, prefix=note), choices)


@router.action("reg:submit")
@tracked
async def submit(ctx: Context) -> None:
    reg = await current(ctx)
    if reg is None or ctx.unit is None or ctx.user is None:
        await entry(ctx, None)
        return
    if not reg.collective_done:
        await hub(ctx, reg, prefix=ctx.t("registration.need_collective"))
        return
    if reg.status is RegistrationStatus.SUBMITTED:
        await hub(ctx, reg, prefix=ctx.t("registration.already_submitted"))
        return
    outcome = await service.submit(
        ctx.session, reg, ctx.unit, ctx.user.id, ctx.services.clock.now(), ctx.today()
    )
    people = await service.count_persons(ctx.session, reg.id)
    await ctx.audit(
        "registration.submit",
        "registration",
        reg.id,
        late=outcome.late,
        deadline=str(outcome.deadline) if outcome.deadline else None,
        persons=people,
    )
    await _notify_reviewers(
        ctx,
        reg,
        ctx.t(
            "registration.notify_reviewer",
            unit=ctx.unit.name,
            year=reg.year,
            people=people,
            late=outcome.late,
            by=ctx.user.full_name,
        ),
        dedupe_key=f"reg:submitted:{reg.id}",
    )
    ctx.goto("hub")
    await ctx.reply(
        ctx.t(
            "registration.submitted",
            unit=ctx.unit.name,
            year=reg.year,
            people=people,
            late=outcome.late,
            due=outcome.deadline,
        ),
        [
            Choice(ctx.t("registration.view_label"), "reg:check"),
            _home_choice(ctx),
            Choice("Trình đơn chính", "menu"),
        ],
    )


async def _notify_reviewers(
    ctx: Context, reg: Registration, text: str, *, dedupe_key: str | None = None
) -> None:
    """Tell the unit's reviewers (not the sender, if a reviewer) about this registration."""
    assert ctx.unit is not None and ctx.user is not None
    for reviewer in await service.reviewers_for(ctx.session, ctx.unit):
        if reviewer.id == ctx.user.id:
            continue
        await ctx.notify(
            reviewer.id,
            Reply(
                text=text,
                choices=[Choice(ctx.t("registration.view_label"), f"reg:rview:{reg.id}")],
            ),
            kind="registration",
            dedupe_key=dedupe_key,
        )


async def edited_after_sending(ctx: Context, reg: Registration, change: str) -> None:
    """A sent registration changed: its reviewers may already be working from the old one."""
    if reg.status is not RegistrationStatus.SUBMITTED or ctx.unit is None or ctx.user is None:
        return
    await _notify_reviewers(
        ctx,
        reg,
        ctx.t(
            "registration.notify_edited",
            unit=ctx.unit.name,
            year=reg.year,
            change=change,
            by=ctx.user.full_name,
        ),
    )


@router.action("reg:export")
@tracked
async def export_own(ctx: Context) -> None:
    reg = await current(ctx)
    if reg is None or ctx.unit is None:
        await entry(ctx, None)
        return
    from handlers.registration.review import send_export

    await send_export(ctx, reg.year, [reg.id], scope=ctx.unit.name, include_drafts=True)


# The flow ---------------------------------------------------------------------------------
WHY_WORDS = ("bat buoc", "co phai dang ky", "khong dang ky")
#: A person typed at the hub: several commas and a birth year.
LOOKS_LIKE_LINE = re.compile(r"^[^,]+(,[^,]*){3,}$", re.MULTILINE)
BIRTH_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@router.flow(FLOW)
@tracked
async def flow(ctx: Context) -> None:
    reg = await current(ctx)
    if reg is None:
        ctx.end()
        await entry(ctx, None)
        return
    step = ctx.state.step
    editable = service.can_edit(reg, await _deadline(ctx, reg), ctx.today())
    if ctx.incoming.attachments and step != "unit":
        if not editable:
            await hub(ctx, reg, prefix=ctx.t("registration.locked", due=reg.deadline))
            return
        await import_file(ctx)
        return
    if step in ("unit", "person"):
        runner = unit_runner(ctx) if step == "unit" else person_runner(ctx)
        if not runner.active(ctx):
            await hub(ctx, reg)
            return
        values = await runner.handle(ctx)
        if values is None:
            return
        if not editable:
            await hub(ctx, reg, prefix=ctx.t("registration.locked", due=reg.deadline))
        elif step == "unit":
            await save_collective(ctx, reg, values)
        else:
            await save_person(ctx, reg, values)
        return
    if step == "pick" and ctx.text:
        await picked(ctx, reg)
        return
    if step in ("paste", "excel", "import") and ctx.text:
        if not editable:
            await hub(ctx, reg, prefix=ctx.t("registration.locked", due=reg.deadline))
            return
        await import_lines(ctx, ctx.text)
        return
    folded = fold(ctx.text)
    if any(word in folded for word in WHY_WORDS):
        await hub(ctx, reg, prefix=ctx.t("registration.why"))
        return
    if editable and LOOKS_LIKE_LINE.search(ctx.text) and BIRTH_YEAR.search(ctx.text):
        # Lines typed at the hub: the officer skipped "Dán danh sách"; take them anyway.
        await import_lines(ctx, ctx.text)
        return
    await hub(ctx, reg, prefix=ctx.t("registration.hub_hint"))
