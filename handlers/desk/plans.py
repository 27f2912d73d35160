"""Kế hoạch: a plan's deadlines as an editable table (date, text, audience, completing action),
saved and confirmed with the same rules and audit entries as the chat (handlers/calendar)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.storage.models import Unit
from bot.storage.models.plans import Deadline, Plan
from handlers.calendar.plans import ACTIONS, AUDIENCES
from handlers.desk.auth import Reviewer
from handlers.desk.context import DeskContext
from reminders import store

if TYPE_CHECKING:
    from handlers.desk.web import Desk

MAX_TASK = 2000
KEEP = "keep"  # an audience the table cannot name: left as it is


def audience_key(deadline: Deadline) -> str:
    kinds = sorted(deadline.unit_kinds or [])
    for key, (_, values) in AUDIENCES.items():
        if sorted(values) == kinds:
            return key
    return KEEP


def action_key(deadline: Deadline) -> str:
    for key, (_, value) in ACTIONS.items():
        if value == deadline.completes_by:
            return key
    return "none"


class PlanPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def index(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        plans = await store.plans_in_subtree(session, who.unit)
        counts = {p.id: len(await store.plan_deadlines(session, p.id)) for p, _ in plans}
        return self.desk.page(
            request, "plans.html", who, title="Kế hoạch", plans=plans, counts=counts
        )

    async def _plan(self, session: AsyncSession, who: Reviewer, plan_id: int) -> tuple[Plan, Unit]:
        from handlers.desk.web import NotFound

        plan = await session.get(Plan, plan_id)
        unit = await session.get(Unit, plan.unit_id) if plan else None
        if plan is None or unit is None or not who.unit.contains(unit):
            raise NotFound
        return plan, unit

    async def show(
        self,
        request: Request,
        session: AsyncSession,
        who: Reviewer,
        *,
        errors: dict[int, str] | None = None,
        entered: dict[int, dict[str, Any]] | None = None,
        status_code: int = 200,
    ) -> Response:
        plan, unit = await self._plan(session, who, request.path_params["id"])
        deadlines = await store.plan_deadlines(session, plan.id)
        rows = []
        for d in deadlines:
            values = {
                "due": d.due.isoformat() if d.due else "",
                "task": d.task,
                "aud": audience_key(d),
                "act": action_key(d),
            }
            values.update((entered or {}).get(d.id, {}))
            rows.append((d, values))
        return self.desk.page(
            request,
            "plan.html",
            who,
            status_code=status_code,
            title=plan.title or "Kế hoạch",
            plan=plan,
            unit=unit,
            rows=rows,
            audiences=AUDIENCES,
            actions=ACTIONS,
            errors=errors or {},
            saved=request.query_params.get("luu") if not errors else None,
        )

    async def save(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        plan, _ = await self._plan(session, who, request.path_params["id"])
        form = await self.desk.form(request)
        deadlines = await store.plan_deadlines(session, plan.id)
        entered, errors = self.read(form, deadlines, plan.year)
        if errors:
            # Nothing is saved; the table comes back with what was typed and what is wrong.
            return await self.show(
                request, session, who, errors=errors, entered=entered, status_code=400
            )
        ctx = DeskContext(self.desk.app.services, session, who.user, who.unit)
        now = self.desk.app.clock.now()
        changed = 0
        for deadline in deadlines:
            values = entered[deadline.id]
            changes = self.apply(deadline, values)
            if changes:
                changed += 1
                deadline.updated_at = now
                await ctx.audit("deadline.edit", "deadline", deadline.id, via="desk", **changes)
        confirm = form.get("action") == "confirm" and not plan.active
        if confirm:
            await store.activate(session, plan, now)
            await ctx.audit("plan.confirm", "plan", plan.id, via="desk")
        state = "xacnhan" if confirm else "luu"
        return RedirectResponse(f"{request.url.path}?luu={state}", status_code=303)

    def read(
        self, form: FormData, deadlines: list[Deadline], year: int
    ) -> tuple[dict[int, dict[str, Any]], dict[int, str]]:
        entered: dict[int, dict[str, Any]] = {}
        errors: dict[int, str] = {}
        for d in deadlines:
            values = {
                "due": str(form.get(f"d{d.id}_due", d.due.isoformat() if d.due else "")).strip(),
                "task": str(form.get(f"d{d.id}_task", d.task)).strip()[:MAX_TASK],
                "aud": str(form.get(f"d{d.id}_aud", audience_key(d))),
                "act": str(form.get(f"d{d.id}_act", action_key(d))),
            }
            entered[d.id] = values
            if len(values["task"]) < 3:
                errors[d.id] = "Nội dung công việc cần ít nhất 3 ký tự."
            if values["due"]:
                try:
                    day = date.fromisoformat(values["due"])
                except ValueError:
                    errors[d.id] = "Ngày chưa đúng (chọn ngày, tháng, năm)."
                else:
                    if abs(day.year - year) > 1:
                        errors[d.id] = "Ngày nằm quá xa năm của kế hoạch."
            if values["aud"] not in AUDIENCES and values["aud"] != KEEP:
                errors[d.id] = "Đối tượng không hợp lệ."
            if values["act"] not in ACTIONS:
                errors[d.id] = "Việc hoàn thành không hợp lệ."
        return entered, errors

    @staticmethod
    def apply(deadline: Deadline, values: dict[str, Any]) -> dict[str, Any]:
        """Write the entered values; what changed, for the audit log."""
        changes: dict[str, Any] = {}
        if values["due"]:
            day = date.fromisoformat(values["due"])
            if day != deadline.due:
                changes["due"] = [str(deadline.due), str(day)]
                deadline.due = day
                # The same as a date typed in the chat: a fixed date replaces any recurrence.
                if deadline.start and deadline.start > day:
                    deadline.start = None
                deadline.recurring = False
                deadline.recurring_due = None
                deadline.event_relative = False
        if values["task"] != deadline.task:
            changes["task"] = values["task"][:200]
            deadline.task = values["task"]
        if values["aud"] != KEEP and values["aud"] != audience_key(deadline):
            deadline.unit_kinds = list(AUDIENCES[values["aud"]][1])
            changes["unit_kinds"] = deadline.unit_kinds
        completes_by = ACTIONS[values["act"]][1]
        if completes_by != deadline.completes_by:
            deadline.completes_by = completes_by
            changes["completes_by"] = completes_by
        return changes
