"""A parsed plan as a readable Vietnamese table, grouped by quarter, for the terminal."""

from __future__ import annotations

import textwrap
from datetime import date

from .models import ParsedPlan, PlanTask

__all__ = ["format_plan"]

_ROMAN = ("I", "II", "III", "IV")
_TASK_WIDTH = 72


def _day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _group(task: PlanTask, year: int | None) -> tuple[int, str]:
    """Sort key and title of the group a task is listed under."""
    if task.recurring:
        return (90, "Thường xuyên, định kỳ, hằng năm")
    if task.event_relative:
        return (91, "Theo sự kiện (không có ngày cố định)")
    if task.due is None:
        return (92, "Chưa xác định được hạn")
    quarter = (task.due.month - 1) // 3
    if year is not None and task.due.year < year:
        return (0, f"Trước năm {year}")
    if year is not None and task.due.year > year:
        return (80 + task.due.year - year, f"Năm {task.due.year}")
    return (10 + quarter, f"Quý {_ROMAN[quarter]}/{task.due.year}")


def _deadline(task: PlanTask) -> str:
    if task.recurring_due:
        month, day = task.recurring_due.split("-")
        return f"{day}/{month} hằng năm"
    if task.start and task.due and task.start != task.due:
        return f"{_day(task.start)}–{_day(task.due)}"
    if task.due:
        return _day(task.due)
    return task.when or ""


def format_plan(plan: ParsedPlan) -> str:
    """Tasks grouped by quarter of their due date, each with its deadline and unit."""
    header = [f"Kế hoạch: {plan.title or '(không rõ tên)'}"]
    if plan.issuer:
        header.append(f"Đơn vị ban hành: {plan.issuer}")
    header.append(f"Năm kế hoạch: {plan.year if plan.year is not None else '(không rõ)'}")
    header.append(f"Số nhiệm vụ có thời hạn: {len(plan.tasks)}")
    lines = [*header, ""]
    groups: dict[tuple[int, str], list[PlanTask]] = {}
    for task in plan.tasks:
        groups.setdefault(_group(task, plan.year), []).append(task)
    for key in sorted(groups):
        lines.append(f"== {key[1]} ==")
        tasks = sorted(groups[key], key=lambda t: (t.due or date.max, t.source_line or 0))
        for number, task in enumerate(tasks, 1):
            wrapped = textwrap.wrap(task.task, _TASK_WIDTH) or [""]
            lines.append(f"{number:>3}. {wrapped[0]}")
            lines.extend(f"     {part}" for part in wrapped[1:])
            detail = f"Thời hạn: {_deadline(task)}"
            if task.when and task.when not in detail:
                detail += f" (ghi trong kế hoạch: “{task.when}”)"
            lines.append(f"     {detail}")
            if task.who:
                lines.append(f"     Thực hiện: {task.who}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
