"""The progress chart of Tổng quan: per unit, the plan's deadlines done / due / overdue as one
horizontal bar, laid out here and drawn as inline SVG by ``overview.html`` (no script: the
page's Content-Security-Policy allows none, and a server-drawn chart prints as it shows).

Geometry is in SVG user units; the SVG scales to its container, so the 800-unit width reads at
820 px (a tablet) as at 1366 px.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from handlers.desk.queries import UnitOverview

WIDTH = 800
LABEL_W = 250
BAR_W = 340
ROW_H = 30
BAR_H = 18
TOP = 8
#: Longest unit name drawn in full (longer ones are cut with "…", the full name in <title>).
NAME_CHARS = 30


@dataclass(frozen=True, slots=True)
class Bar:
    name: str
    full_name: str
    y: int
    done: int
    due: int
    overdue: int
    #: Widths of the three segments, in user units, summing to BAR_W (0 when no deadline).
    done_w: float
    due_w: float
    overdue_w: float

    @property
    def total(self) -> int:
        return self.done + self.due + self.overdue

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass(frozen=True, slots=True)
class Chart:
    bars: list[Bar]
    height: int
    width: int = WIDTH
    label_w: int = LABEL_W
    bar_w: int = BAR_W
    bar_h: int = BAR_H
    row_h: int = ROW_H


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


def progress(rows: Sequence[UnitOverview]) -> Chart | None:
    """One bar per unit that has deadlines; None when no plan gives any unit a deadline."""
    bars: list[Bar] = []
    for row in rows:
        total = row.deadlines_done + row.deadlines_due + row.deadlines_overdue
        if not total:
            continue
        scale = BAR_W / total
        bars.append(
            Bar(
                name=_short(row.unit.name),
                full_name=row.unit.name,
                y=TOP + len(bars) * ROW_H,
                done=row.deadlines_done,
                due=row.deadlines_due,
                overdue=row.deadlines_overdue,
                done_w=round(row.deadlines_done * scale, 1),
                due_w=round(row.deadlines_due * scale, 1),
                overdue_w=round(row.deadlines_overdue * scale, 1),
            )
        )
    if not bars:
        return None
    return Chart(bars, TOP * 2 + len(bars) * ROW_H)
