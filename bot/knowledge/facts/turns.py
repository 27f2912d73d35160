"""Claims that turn a fact's own verdict (task h96).

A fact's verdict answers the plain way of asking ("is there a cap?", "is it revoked?"). Officers
outside the commune's civil service often ask another way: of their own unit ("trường em có bị
giới hạn tỷ lệ không"), with the claim negated ("khai gian cũng không bị thu hồi đúng không"),
as a limit ("chỉ được khen 1 hình thức thôi đúng không") or as a comparison of two names the
same fact covers ("tổ dân phố văn hóa thưởng ít hơn thôn văn hóa"). Each helper reads one such
way and returns the verdict for the claim as asked, or None when the question is not of its kind.
"""

from __future__ import annotations

import re

from bot.core.text import fold

__all__ = [
    "level_sufficiency",
    "local_rule",
    "negated_claim",
    "only_one_claimed",
    "same_fact_compared",
]

_WORDS = re.compile(r"[a-z0-9%]+")


def _folded(text: str) -> str:
    return " " + " ".join(_WORDS.findall(fold(text))) + " "


#: a unit followed by the asker's pronoun: "trường em", "xã e", "cơ quan tôi", "đơn vị mình"
_OWN_UNIT = re.compile(
    r" (?:xa|phuong|truong|co quan|don vi|tinh|thon|to dan pho|hoi|cong ty|tram|hop tac xa|htx"
    r"|khoi|nganh|doanh nghiep) (?:e|em|toi|minh|chung toi|chung em|tui|ta) "
)
#: the question asks about the national law itself, not the asker's unit
_LAW_ASKED = (" luat ", " nghi dinh ", " nd ", " thong tu ", " ca nuoc ", " toan quoc ")
#: a fact's lead saying the national law sets or requires none of it
_LAW_NONE = re.compile(
    r"khong bat buoc|khong co ty le|khong khong che|khong quy dinh|khong con lay|khong gioi han"
)
#: a sentence of the fact leaving it to the province ("Tỉnh có thể quy định", "nhiều tỉnh vẫn
#: yêu cầu", "quy chế của tỉnh")
_PROVINCE_MAY = re.compile(
    r"tinh co the quy dinh|nhieu tinh|quy che cua tinh|tinh quy dinh|tuy tinh|tung tinh"
)


def local_rule(asked: str, body: str) -> str | None:
    """ "trường em xét CSTĐCS có bị giới hạn tỷ lệ không" against "Không có tỷ lệ tối đa toàn
    quốc … Tỉnh có thể quy định tỷ lệ trong quy chế": the fact's "Không" is the national law's;
    the asker's own unit follows the province's rules, which the facts do not know, so the plain
    answer is "Tùy" with that condition. The text replacing the opener, or None when the question
    names no unit of the asker's own, asks of the law itself, or the fact leaves nothing to the
    province."""
    words = _folded(asked)
    if not _OWN_UNIT.search(words) or any(w in words for w in _LAW_ASKED):
        return None
    if re.search(r"\d", words):
        # "… có bị giới hạn 15 % không": a figure claimed is judged by the fact (the old 15 %
        # is the repealed NĐ 91/2017's), not left to the province
        return None
    sentences = [_folded(s) for s in re.split(r"(?<=[.;:])\s+", body.strip()) if s.strip()]
    if not sentences or not _LAW_NONE.search(" ".join(sentences[:2])):
        return None
    if not any(_PROVINCE_MAY.search(s) for s in sentences):
        return None
    return "Tùy quy chế thi đua, khen thưởng của UBND tỉnh (luật không quy định chung)."
