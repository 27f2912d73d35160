"""Prize money: coefficient × mức lương cơ sở in force on a date.

The base salary history lives in ``content/reference/luong_co_so.yaml`` so that a new decree
means one new YAML row, not edits to dozens of answers. Amounts are computed with integers
(the coefficient goes through :class:`~decimal.Decimal`) because ``0.3 * 2_340_000`` in floats
is ``702000.0000000001`` and rounding *up* would then be wrong for exact multiples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import yaml

__all__ = [
    "BaseSalary",
    "SalaryTable",
    "format_coefficient",
    "format_date",
    "format_dong",
    "format_number",
]

#: Prize amounts are rounded up to the next 10.000 đồng (NĐ 152/2025, as NĐ 98/2023 before it).
ROUND_TO = 10_000


@dataclass(frozen=True, slots=True)
class BaseSalary:
    start: date
    amount: int
    doc: str


def format_number(value: int) -> str:
    """``2340000`` → ``"2.340.000"`` (Vietnamese thousands separator)."""
    return f"{value:,}".replace(",", ".")


def format_dong(value: int) -> str:
    return f"{format_number(value)} đồng"


def format_coefficient(value: float | str) -> str:
    """``0.3`` → ``"0,3"``, ``1`` → ``"1,0"`` (one decimal, comma, as the decrees write them)."""
    return f"{Decimal(str(value)):.1f}".replace(".", ",")


def format_date(value: date) -> str:
    """``date(2026, 7, 1)`` → ``"01/7/2026"``: day padded, month not, as legal texts write it."""
    return f"{value.day:02d}/{value.month}/{value.year}"


class SalaryTable:
    """The base-salary history, oldest first."""

    def __init__(self, rows: list[BaseSalary]) -> None:
        if not rows:
            raise ValueError("the base-salary table is empty")
        self.rows = sorted(rows, key=lambda r: r.start)

    @classmethod
    def load(cls, path: Path) -> SalaryTable:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls([BaseSalary(r["from"], int(r["amount"]), str(r["doc"])) for r in data])

    def at(self, as_of: date) -> BaseSalary:
        """The base in force on ``as_of``; before the first row, the first row (we keep no
        older history, and nobody asks about prizes decided before mid-2024)."""
        current = self.rows[0]
        for row in self.rows:
            if row.start <= as_of:
                current = row
        return current

    def previous(self, as_of: date) -> BaseSalary | None:
        """The base that applied just before the one in force on ``as_of``, if any."""
        current = self.at(as_of)
        index = self.rows.index(current)
        return self.rows[index - 1] if index > 0 else None

    @staticmethod
    def prize(coefficient: float | str, base: int) -> int:
        """``coefficient × base`` rounded up to the next 10.000 đồng."""
        exact = Decimal(str(coefficient)) * base
        steps = (exact / ROUND_TO).to_integral_value(rounding=ROUND_CEILING)
        return int(steps) * ROUND_TO
