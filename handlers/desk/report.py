"""Báo cáo: the year's awards decided here, by unit and title, with prize totals, as Excel."""

from __future__ import annotations

import asyncio
import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from bot.forms.excel import XLSX_MIME
from bot.storage.models import Unit
from bot.storage.models.desk import AwardDecisionLine
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.desk.auth import Reviewer
from handlers.desk.queries import in_subtree

if TYPE_CHECKING:
    from handlers.desk.web import Desk


@dataclass
class UnitRow:
    unit: Unit
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    amount: int = 0


@dataclass
class Summary:
    year: int
    titles: list[tuple[str, str]]  # (kind key, label), in catalogue order
    rows: list[UnitRow]

    @property
    def total_amount(self) -> int:
        return sum(r.amount for r in self.rows)

    def total(self, key: str) -> int:
        return sum(r.counts.get(key, 0) for r in self.rows)


def workbook(summary: Summary, scope: str) -> bytes:
    """Blocking (openpyxl): run in a thread."""
    # Imported on first export: openpyxl costs tens of MB a process holds for good (issue 16).
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Khen thưởng {summary.year}"
    headers = ["Đơn vị", *[label for _, label in summary.titles], "Tổng số", "Tiền thưởng (đồng)"]
    sheet.append([f"TỔNG HỢP KHEN THƯỞNG NĂM {summary.year} — {scope.upper()}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(headers)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in summary.rows:
        counts = [row.counts.get(key, 0) for key, _ in summary.titles]
        sheet.append([row.unit.name, *counts, sum(counts), row.amount])
    totals = [summary.total(key) for key, _ in summary.titles]
    sheet.append(["Tổng cộng", *totals, sum(totals), summary.total_amount])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 34
    for row in sheet.iter_rows(min_row=4, min_col=len(headers), max_col=len(headers)):
        row[0].number_format = "#,##0"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class ReportPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def year(self, request: Request) -> int:
        given = request.query_params.get("nam", "")
        now = self.desk.app.clock.now().astimezone(self.desk.app.settings.tz)
        return int(given) if given.isdigit() and 2000 <= int(given) <= 2100 else now.year

    async def summary(self, session: AsyncSession, who: Reviewer, year: int) -> Summary:
        cat = self.desk.catalogue()
        rows = await session.execute(
            select(Dossier.unit_id, Dossier.kind, AwardDecisionLine.amount)
            .join(Unit, Unit.id == Dossier.unit_id)
            .outerjoin(AwardDecisionLine, AwardDecisionLine.dossier_id == Dossier.id)
            .where(
                in_subtree(who.unit), Dossier.year == year, Dossier.status == DossierStatus.DECIDED
            )
        )
        units = {
            u.id: UnitRow(u)
            for u in (
                await session.scalars(select(Unit).where(in_subtree(who.unit)).order_by(Unit.path))
            ).all()
        }
        seen: set[str] = set()
        for unit_id, kind, amount in rows.all():
            spec = cat.get(kind)
            key = (spec.base or spec.key) if spec else kind
            seen.add(key)
            units[unit_id].counts[key] += 1
            units[unit_id].amount += amount or 0
        titles: Sequence[tuple[str, str]] = [
            (k.key, k.label) for k in cat.kinds.values() if k.key in seen
        ] + [(key, key) for key in sorted(seen) if cat.get(key) is None]
        return Summary(year, list(titles), list(units.values()))

    async def show(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        summary = await self.summary(session, who, self.year(request))
        return self.desk.page(request, "report.html", who, title="Báo cáo", summary=summary)

    async def export(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        summary = await self.summary(session, who, self.year(request))
        data = await asyncio.to_thread(workbook, summary, who.unit.name)
        self.desk.audit(session, who.user.id, "desk.report_export", "unit", who.unit.id)
        name = f"tong-hop-khen-thuong-{summary.year}-{who.unit.code.lower()}.xlsx"
        return Response(
            data,
            media_type=XLSX_MIME,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
