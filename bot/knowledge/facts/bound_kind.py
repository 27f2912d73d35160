"""A share rule's bound claimed the wrong way round (task h370).

Luật 2022 Điều 27 sets a floor for Tập thể lao động xuất sắc ("ít nhất 70 %" of members holding
LĐTT), Điều 28 one for Tập thể lao động tiên tiến ("trên 50 %"); NĐ 152/2025 Điều 46 khoản 3 a
ceiling for the xã's TĐKT fund ("tối đa 1,0 %", "1,5 %"). "TTLĐXS tối đa 70 % LĐTT đúng không"
names the rule's own figure but calls the floor a ceiling, and "quỹ phải trích ít nhất 1 %" the
ceiling a floor: the figure matches, the bound does not, so the claim is "Không"."""

from __future__ import annotations

import re

from bot.core.text import fold

#: a ceiling or a floor said right before a figure ("tối đa 70 %", "ít nhất 1,5 %")
_BOUND = re.compile(
    r"\b(?P<word>toi da|khong qua|khong vuot qua|nhieu nhat|cao nhat|it nhat|toi thieu"
    r"|khong duoi|tren|tu)\s+(?:la\s+|muc\s+|chi\s+)?(?P<n>\d{1,3}(?:[.,]\d)?)\s*(?:%|phan tram)"
)
_CEILING = frozenset({"toi da", "khong qua", "khong vuot qua", "nhieu nhat", "cao nhat"})
#: the words of the law's bound to its kind
_KIND = {True: "tối đa (mức trần)", False: "tối thiểu (mức sàn)"}


def _bounds(text: str) -> dict[float, bool]:
    """Each figure bounded in ``text`` (folded) → whether its bound is a ceiling."""
    found: dict[float, bool] = {}
    for m in _BOUND.finditer(text):
        figure = float(m.group("n").replace(",", "."))
        found.setdefault(figure, m.group("word") in _CEILING)
    return found


def bound_flipped(question: str, rule: str) -> str | None:
    """A note opening "Không." when ``question`` bounds one of ``rule``'s own figures the other
    way (a floor called a ceiling, or the reverse); None when it bounds none of them, or bounds
    them as the rule does."""
    asked = _bounds(" ".join(fold(question).split()))
    stated = _bounds(" ".join(fold(rule).split()))
    for figure, ceiling in asked.items():
        if figure in stated and stated[figure] != ceiling:
            shown = f"{figure:g}".replace(".", ",")
            return (
                f"Không. Mức {shown} % là mức {_KIND[stated[figure]]}, không phải mức "
                f"{_KIND[ceiling]}."
            )
    return None
