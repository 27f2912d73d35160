"""A fund's size told against the budget it is capped by, as a share (task h220).

The xã's Quỹ thi đua, khen thưởng is capped at a share of its total regular spending (NĐ
152/2025/NĐ-CP Điều 46 khoản 3: 1 %, or 1,5 % in mountain, highland, remote and island xã).
"quỹ 500 triệu, chi thường xuyên 20 tỷ, có vượt mức tối đa không" is answered by the share
computed from the two sums told, weighed against the cap the fact states.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words

__all__ = ["fund_share_verdict"]

#: a sum told in tỷ or triệu ("20 tỷ", "1,2 tỷ", "500 triệu", "500tr")
_SUM = re.compile(r"\b(\d+(?:[.,]\d+)?) ?(ty|trieu|tr)\b")
#: the budget the cap is a share of, named in the few words before its sum
_BASE = re.compile(r"\b(?:chi thuong xuyen|ngan sach|du toan|tong chi)\b")
_FUND = re.compile(r"\bquy\b")
#: the cap the fact states: "tối đa 1,5 %"
_CAP = re.compile(r"tối đa (\d+(?:,\d+)?) ?%")
#: the ask is whether the sum goes over ("có vượt … không"), not whether it is allowed
_OVER_ASKED = re.compile(r"\b(?:vuot|qua muc|qua gioi han|cao qua|lo hon)\b")


def _sums(said: str) -> tuple[float | None, float | None]:
    """The budget and the fund told, each in million đồng, or None for one not told."""
    base = fund = None
    for found in _SUM.finditer(said):
        value = float(found.group(1).replace(",", "."))
        million = value * 1000 if found.group(2) == "ty" else value
        before = said[max(0, found.start() - 40) : found.start()]
        if _BASE.search(before) and base is None:
            base = million
        elif _FUND.search(before) and fund is None:
            fund = million
    return base, fund


def fund_share_verdict(question: str, body: str) -> tuple[str, str] | None:
    """("Có" / "Không", a sentence with the share) when the question tells both the fund and
    the budget and the body states one cap; None otherwise."""
    caps = {c.replace(",", ".") for c in _CAP.findall(body)}
    if len(caps) != 1:
        return None
    said = folded_words(question, "/")
    base, fund = _sums(said)
    if not base or not fund:
        return None
    cap = float(caps.pop())
    share = fund / base * 100
    over = share > cap + 1e-9
    shown = f"{share:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    capped = f"{cap:g}".replace(".", ",")
    note = (
        f"Quỹ anh/chị nêu bằng {shown} % tổng chi thường xuyên, "
        f"{'vượt' if over else 'không vượt'} mức tối đa {capped} %."
    )
    asked_over = _OVER_ASKED.search(" ".join(fold(question).lower().split())) is not None
    verdict = ("Có" if over else "Không") if asked_over else ("Không" if over else "Có")
    return verdict, note
