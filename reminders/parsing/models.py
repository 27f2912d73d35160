"""What the plan parser returns."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

__all__ = ["ParsedPlan", "PlanTask"]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class PlanTask:
    """One task of a plan with its deadline, as the reminder calendar needs it.

    ``when`` is the time phrase exactly as the plan writes it; ``start``/``due`` follow the
    due-date convention (``due`` is the last day by which it must be done). A recurring task
    ("thường xuyên", "hằng năm") and an event-relative one ("sau khi kết thúc Hội nghị") have no
    ``due``; a yearly date keeps its month and day in ``recurring_due`` ("06-11").
    """

    task: str
    when: str | None
    start: date | None = None
    due: date | None = None
    recurring: bool = False
    recurrence: Literal["yearly"] | None = None
    recurring_due: str | None = None
    event_relative: bool = False
    who: str | None = None
    section: str | None = None
    source_line: int | None = None
    # The document's own words around the deadline, shown beside it in the draft so a reviewer
    # can check what OCR (or the parser) read.
    source_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "when": self.when,
            "start": _iso(self.start),
            "due": _iso(self.due),
            "recurring": self.recurring,
            "event_relative": self.event_relative,
            "who": self.who,
            "recurrence": self.recurrence,
            "recurring_due": self.recurring_due,
            "section": self.section,
            "source_line": self.source_line,
            "source_text": self.source_text,
        }


@dataclass
class ParsedPlan:
    """A plan read into tasks. ``year`` is the year the plan covers, not the year it was issued."""

    year: int | None
    title: str | None = None
    issuer: str | None = None
    issued: date | None = None
    school_year: tuple[int, int] | None = None
    source_name: str | None = None
    # The text came from OCR of a scan or photo: misreadings are possible, show the source text.
    ocr: bool = False
    # Where the year came from: "caller", "title", "deadlines", "issue_date", "standing" (a
    # standing rule: no year, its dates recur every year) or "none".
    year_source: str = "none"
    tasks: list[PlanTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """``{"year", "tasks": [{"task", "when", "start", "due", "recurring", ...}]}``."""
        return {"year": self.year, "tasks": [task.to_dict() for task in self.tasks]}

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
