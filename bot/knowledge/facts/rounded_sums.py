"""Sums the asker tells of a prize being rounded, read against the rule.

A prize is the coefficient times the base in force on the decision date, rounded up to tens of
thousands of đồng: up to the next multiple of 10.000 (NĐ 152/2025/NĐ-CP Điều 49 khoản 2). An
officer tells the sum worked ("0,6 x 2.340.000 = 1.404.000") or the one before rounding ("702.000
làm tròn xuống 700.000", "759.000 giữ nguyên") and wants the figure, not only the rule; the rule's
block then says what each sum told becomes (task h255).
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.claim import claimed_amounts
from bot.knowledge.money import ROUND_TO, format_dong

__all__ = [
    "already_round_note",
    "rounded_up",
    "sums_rounded_note",
    "told_sums_verdict",
    "wrong_step_told",
]

#: "0,6 x 2.340.000", "4,5 × 2tr53": a coefficient times a base, worked by the bot when the
#: asker gives no product
_PRODUCT = re.compile(
    r"\b(?P<coef>\d{1,2}(?:,\d{1,2})?) ?(?:x|\*|×|nhan) ?(?P<base>\d{1,3}(?:\.\d{3}){2})\b"
)
#: a sum kept as it is ("759.000 giữ nguyên", "để nguyên", "không cần làm tròn")
_KEPT = re.compile(r"\b(?:giu nguyen|de nguyen|khong (?:can )?lam tron|khoi lam tron)\b")
#: rounded to a smaller step than the rule's ("làm tròn đến 1.000 đồng", "tới hàng nghìn")
_SMALLROUND_TO = re.compile(
    r"\blam tron (?:den|toi|theo|o|tron) (?:hang |muc )?(?:1\.000|1000|1 nghin|1 ngan|nghin|ngan"
    r"|tram|100)\b"
)
#: rounded to a larger step than the rule's ("làm tròn lên 100 nghìn", "chẵn trăm nghìn",
#: "tròn 1 triệu"): the rule stops at tens of thousands (NĐ 152/2025 Điều 49 khoản 2)
_BIGROUND_TO = re.compile(
    r"\blam tron (?:len |den |toi |theo |thanh |o )?(?:hang |muc |so )?(?:chan )?"
    r"(?:(?:100|200|500|50|20) ?(?:nghin|ngan|k)|100\.000|50\.000|1 trieu|1\.000\.000|trieu)\b"
    r"|\bchan (?:tram nghin|trieu)\b"
)
#: "chi đúng 702.000", "trả nguyên 759.000": a sum said to be paid as it stands
_PAID_AS_IS = re.compile(r"\b(?:chi|tra|phat) (?:dung |nguyen |luon |y nguyen |dung so )?(?=\d)")
#: "có phải làm tròn (thêm) không": whether the sums told need rounding at all
_ROUND_ASKED = re.compile(
    r"\bco (?:duoc |phai |can )?(?:lam )?tron (?:them |nua |lai |gi )?(?:khong|ko|k|kg|hong)\b"
)
#: the rounding's result told right after "làm tròn" ("làm tròn thành 2.020.000", "làm tròn
#: xuống 3.790.000", "làm tròn 3.790.000")
_ROUNDED_TO = re.compile(r"^\s*(?:(?:lai |len |xuong |thanh |con |ra |so |la )){0,2}\d")
#: words joining a sum to the one it is said to become ("702.000 thành 700.000")
_BECOMES = re.compile(r"\b(?:thanh|con|ra|xuong|len|thi)\b")


def rounded_up(amount: int) -> int:
    """The prize as paid: up to the next multiple of 10.000 đồng."""
    return -(-amount // ROUND_TO) * ROUND_TO


def _unrounded_told(question: str) -> list[int]:
    """The sums told that are not yet multiples of 10.000, and the products told unworked."""
    folded = " ".join(fold(question).lower().split())
    sums = [a for a in claimed_amounts(question) if a % ROUND_TO]
    if not sums:
        for found in _PRODUCT.finditer(folded):
            coef = float(found["coef"].replace(",", "."))
            base = int(found["base"].replace(".", ""))
            worked = round(coef * base)
            if worked % ROUND_TO:
                sums.append(worked)
    return list(dict.fromkeys(sums))


def _worked_products(folded: str) -> list[int]:
    """The products told unworked ("1,0 x 2.530.000"), worked out."""
    return [
        round(float(found["coef"].replace(",", ".")) * int(found["base"].replace(".", "")))
        for found in _PRODUCT.finditer(folded)
    ]


def _already_round(question: str) -> list[int]:
    """The sums and products told when rounding is asked of them and each is already a multiple
    of 10.000 ("CSTĐCS 1,0 x 2.530.000 thì có phải làm tròn thêm k"); empty otherwise."""
    folded = " ".join(fold(question).lower().split())
    if not _ROUND_ASKED.search(folded):
        return []
    told = claimed_amounts(question) + _worked_products(folded)
    return told if told and not any(t % ROUND_TO for t in told) else []


def already_round_note(question: str) -> str | None:
    """ "Số anh/chị nêu: 2.530.000 đồng đã là bội số của 10.000 đồng, không phải làm tròn
    thêm."; None unless every sum told is already round and rounding is asked of it."""
    told = list(dict.fromkeys(_already_round(question)))
    if not told:
        return None
    said = ", ".join(format_dong(t) for t in told)
    return f"Số anh/chị nêu: {said} đã là bội số của 10.000 đồng, không phải làm tròn thêm."


def sums_rounded_note(question: str) -> str | None:
    """ "Số anh/chị nêu: 1.404.000 đồng làm tròn lên thành 1.410.000 đồng." for each sum told
    that the rule rounds; None when every sum told is already a multiple of 10.000."""
    sums = _unrounded_told(question)
    if not sums:
        return None
    said = "; ".join(
        f"{format_dong(s)} làm tròn lên thành {format_dong(rounded_up(s))}" for s in sums
    )
    return f"Số anh/chị nêu: {said}."


def told_sums_verdict(claim: str) -> str | None:
    """The claim about a sum told, judged by the rule: a sum kept unrounded or rounded to a
    smaller step is wrong ("759.000 giữ nguyên", "làm tròn đến 1.000 đồng"); two sums told after
    "làm tròn" ("làm tròn … 702.000 thành 700.000") are right when the second is the first
    rounded up. None when the claim tells no such thing."""
    folded = " ".join(fold(claim).lower().split())
    if wrong_step_told(claim):
        return "Không"
    if _already_round(claim):
        return "Không"  # nothing to round: the sum told is already a multiple of 10.000
    sums = claimed_amounts(claim)
    if _KEPT.search(folded) and any(s % ROUND_TO for s in sums):
        return "Không"
    after = folded.split("lam tron", 1)[1] if "lam tron" in folded else ""
    told = claimed_amounts(after)
    if len(told) >= 2 and told[0] % ROUND_TO and _BECOMES.search(after):
        return "Có" if told[1] == rounded_up(told[0]) else "Không"
    before = [s for s in claimed_amounts(folded.split("lam tron", 1)[0]) if s % ROUND_TO]
    if before and told and not told[0] % ROUND_TO and _ROUNDED_TO.match(after):
        # task h433 (b166 F5): the worked sum told first, only its rounding after "làm tròn"
        # ("… ra 2.024.000, kế toán bảo làm tròn thành 2.020.000", "= 3.795.000, e làm tròn
        # 3.790.000"): right only when it is that sum rounded up
        return "Có" if told[0] == rounded_up(before[-1]) else "Không"
    if any(paid % ROUND_TO for paid in _paid_as_is(folded)):
        return "Không"  # "chi đúng 702.000": a prize is paid rounded up, never as worked
    return None


def wrong_step_told(claim: str) -> bool:
    """A step other than tens of thousands claimed ("làm tròn đến 1.000", "lên 100 nghìn")."""
    folded = " ".join(fold(claim).lower().split())
    return bool(_SMALLROUND_TO.search(folded) or _BIGROUND_TO.search(folded))


def _paid_as_is(folded: str) -> list[int]:
    """The sums said to be paid as they stand ("chi đúng 702.000", "trả nguyên 759.000")."""
    paid = []
    for found in _PAID_AS_IS.finditer(folded):
        paid += claimed_amounts(folded[found.end() : found.end() + 16])[:1]
    return paid
