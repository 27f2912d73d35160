"""Whose members form a collective's share of Lao động tiên tiến: "X có được tính vào tỷ lệ
LĐTT của Y không".

The share of a collective title (Tập thể lao động tiên tiến: trên 50 % cá nhân đạt LĐTT, Luật
Thi đua, khen thưởng 2022 Điều 28; Tập thể lao động xuất sắc: ít nhất 70 %, Điều 27) counts the
collective's own individuals, and only those LĐTT can reach: cán bộ, công chức, viên chức,
người lao động (Điều 24 khoản 1). So the pupils of a school, or the people of another unit (a
school's teachers for the xã office, an HTX's members or a firm's workers for the UBND xã),
are not in it; a contract worker of the unit itself is (a người lao động of the collective).
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["base_verdict"]

#: "tính vào / vào trong / chung vào tỷ lệ …": the ask of whose members the share counts
_COUNTED = re.compile(
    r"\b(?:tinh|cong|dua|gop) (?:ca |chung |luon )?(?:vao|trong) (?:ca )?"
    r"(?:ti le|ty le|so nguoi|tong so|phan tram)\b"
)
#: people no title of labour reaches: pupils, students, small children
_PUPILS = re.compile(r"\b(?:hoc sinh|hs|sinh vien|hoc vien|tre em|tre|cac chau|chau be)\b")
#: a worker on contract of the unit itself
_CONTRACT = re.compile(r"\bhop dong\b")
#: the kinds of unit a letter names, each by its folded words
_UNITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("htx", re.compile(r"\b(?:htx|hop tac xa|xa vien)\b")),
    ("firm", re.compile(r"\b(?:cty|cong ty|doanh nghiep|dn|xi nghiep|nha may|cong nhan)\b")),
    ("school", re.compile(r"\b(?:truong|giao vien|gv|mam non|tieu hoc|thcs)\b")),
    ("clinic", re.compile(r"\b(?:tram y te|tram|y si|dieu duong)\b")),
    ("centre", re.compile(r"\b(?:trung tam)\b")),
    ("office", re.compile(r"\b(?:co quan|ubnd|uy ban|van phong|hdnd|dang uy)\b")),
    ("hamlet", re.compile(r"\b(?:thon|to dan pho|khu pho)\b")),
)


def _unit(words: str) -> str | None:
    """The first kind of unit the words name, by where it stands in them."""
    found = [(m.start(), kind) for kind, rx in _UNITS if (m := rx.search(words))]
    return min(found)[1] if found else None


def base_verdict(question: str) -> tuple[str, str] | None:
    """The verdict, with the line saying why, on whether the people the question names count in
    a collective's share of LĐTT; None when it does not ask that."""
    words = folded_words(question)
    asked = _COUNTED.search(words)
    if asked is None:
        return None
    who = words[max(0, asked.start() - 80) : asked.start()]
    whose = words[asked.end() : asked.end() + 80]
    if _PUPILS.search(who):
        return (
            "Không",
            "Học sinh, trẻ em không thuộc đối tượng xét Lao động tiên tiến (danh hiệu dành cho "
            "cán bộ, công chức, viên chức, người lao động), nên không tính vào tỷ lệ; tỷ lệ tính "
            "trên cá nhân của chính tập thể.",
        )
    own, other = _unit(who), _unit(whose)
    if own is not None and other is not None and own != other:
        return (
            "Không",
            "Tỷ lệ Lao động tiên tiến của một tập thể tính trên cá nhân của chính tập thể đó; "
            "người thuộc đơn vị khác không tính vào tỷ lệ của tập thể này (mỗi đơn vị xét tỷ lệ "
            "của mình).",
        )
    if _CONTRACT.search(who) and (other is None or own in (None, other)):
        return (
            "Có",
            "Người lao động hợp đồng làm việc tại đơn vị là cá nhân của tập thể, thuộc đối tượng "
            "xét Lao động tiên tiến, nên được tính vào tỷ lệ của tập thể.",
        )
    return None
