"""A yes/no on which texts are in force (task h370): "giờ phải căn cứ NĐ 152/2025 đúng k",
"nghị định hướng dẫn luật TĐKT là NĐ 152/2025 phải k" ("Có": a text in force named), "… vẫn
căn cứ NĐ 98/2023 được k" ("Không": a replaced one), "mẫu cũ ghi căn cứ NĐ 98/2023, em có phải
sửa không" ("Có": a replaced text told cited). The texts in force are those the ``in_force`` fact
names (domain.md 1.1; NĐ 152/2025 Điều 59); the replaced ones are ``../law/replaced.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.text import fold

#: a text's number as officers type it: "152/2025", "nd 98/2023", "06/2022/QH15"
_NUMBER = re.compile(r"\b0?(\d{1,3})/(20\d\d|19\d\d)\b")
#: the asker asks whether the citation must be changed ("có phải sửa không", "phải đổi à")
_FIX_ASKED = re.compile(
    r"\b(?:co )?(?:phai|can|nen) (?:sua|doi|thay|sua lai|cap nhat)\b"
    r"|\b(?:sua|doi|thay) (?:lai )?(?:khong|k|ko|hong|chu|a)\b"
)


#: the asking clause says a text is gone or not in force: another reader's claim
_GONE_SAID = re.compile(
    r"\b(?:het hieu luc|bai bo|khong con|het han|bi thay|da thay|thay the|khong (?:dung|ap dung))\b"
)


def _numbers(text: str) -> set[tuple[int, str]]:
    return {(int(n), y) for n, y in _NUMBER.findall(text)}


@lru_cache(maxsize=16)
def _clauses(question: str) -> tuple[str, ...]:
    # read twice for every reading (fix_asked, keep_asked): kept for the last few texts (s42)
    said = " ".join(fold(question).lower().split())
    return tuple(c for c in re.split(r"[.?!;\n]", said) if c.strip())


@lru_cache(maxsize=8)
def _gone(replaced: tuple[str, ...]) -> frozenset[tuple[int, str]]:
    """The numbers of the replaced texts (the model's list, the same for every reading)."""
    return frozenset(n for r in replaced for n in _numbers(fold(r)))


def in_force_verdict(question: str, in_force: str, replaced: tuple[str, ...]) -> str | None:
    """ "Có" for a yes/no naming a text in force as the one to cite, or asking whether a
    replaced one told cited must be changed; "Không" for one naming a replaced text as the one
    in force; None otherwise (a text said gone is left to the replaced-text readers).
    ``in_force``: the fact's text (the texts in force, then "Đã hết hiệu lực" and the replaced
    ones); ``replaced``: the numbers of replaced texts."""
    gone = _gone(replaced)
    # the texts the fact names before "Đã hết hiệu lực", less those it names as replaced
    current = _numbers(fold(in_force).lower().split("da het hieu luc")[0]) - gone
    clauses = _clauses(question)
    if not clauses:
        return None
    asked = clauses[-1]
    if fix_asked(question, replaced):
        return "Có"  # a replaced text told cited: the citation must be changed
    if keep_asked(question, replaced):
        return "Không"  # "… ghi căn cứ NĐ 91/2017, năm nay copy y nguyên được k": it may not
    if _GONE_SAID.search(asked):
        return None  # "NĐ 98/2023 hết hiệu lực rồi đúng k": the replaced-text readers judge it
    # "… vì dùng căn cứ NĐ 98/2023, giờ nghị định hướng dẫn là NĐ 152/2025 phải k": the texts
    # named in the last comma-part that names any are the ones claimed
    named = next((_numbers(c) for c in reversed(asked.split(",")) if _numbers(c)), set())
    if named and named <= current:
        return "Có"
    if named and named <= gone:
        return "Không"  # "thông tư hướng dẫn bây giờ vẫn là TT 01/2024 đúng k"
    return None


def fix_asked(question: str, replaced: tuple[str, ...]) -> bool:
    """ "mẫu cũ ghi căn cứ NĐ 98/2023 …, em có phải sửa không": a replaced text told, and a
    clause asking whether the citation must be changed."""
    clauses = _clauses(question)
    gone = _gone(replaced)
    return bool(_numbers(" ".join(clauses)) & gone) and any(_FIX_ASKED.search(c) for c in clauses)


#: where one rule is set, asked: "hệ số tiền thưởng quy định tại văn bản nào", "lấy ở nghị định
#: nào", "theo thông tư nào": the rule's own source, not the list of texts in force
_RULE_SOURCE = re.compile(
    r"\b(?:quy dinh|lay|nam|ghi|co|theo|thuoc|dua tren|dua vao) (?:o |tai |trong |theo )?"
    r"(?:van ban|nghi dinh|nd|thong tu|tt|luat) (?:nao|gi|j)\b"
)
#: the texts in force asked as such: in force, current, cited in a paper
_TEXTS_ASKED = re.compile(
    r"\b(?:hieu luc|hien hanh|hien nay|dang ap dung|con ap dung|moi nhat|can cu|to trinh"
    r"|ke hoach|huong dan luat)\b"
)


def rule_source_asked(question: str) -> bool:
    """ "hệ số tiền thưởng quy định tại văn bản nào": the source of one rule is asked (its own
    sources answer it), with nothing said of texts in force or cited."""
    said = " ".join(fold(question).lower().split())
    return _RULE_SOURCE.search(said) is not None and _TEXTS_ASKED.search(said) is None


#: the asker asks whether a paper citing a replaced text may be kept as it is ("copy y nguyên
#: được k", "giữ nguyên được không", "vẫn dùng lại được k")
_KEEP_ASKED = re.compile(
    r"\b(?:copy|sao chep|giu nguyen|y nguyen|de nguyen|dung lai|van dung"
    r"|ap dung lai|tiep tuc dung|tiep tuc ap dung)\b"
)


def keep_asked(question: str, replaced: tuple[str, ...]) -> bool:
    """ "kế hoạch 2021 ghi căn cứ NĐ 91/2017 …, năm nay copy y nguyên được k": a replaced text
    told cited, and the last clause asks whether the paper may be kept as it is."""
    clauses = _clauses(question)
    gone = _gone(replaced)
    return (
        bool(clauses)
        and bool(_numbers(" ".join(clauses)) & gone)
        # the ask is the last comma-part ("…, năm nay copy y nguyên được k"); a story's "vẫn
        # ghi căn cứ NĐ 91/2017 bị trả lại" keeps nothing
        and _KEEP_ASKED.search(clauses[-1].split(",")[-1]) is not None
        and not _FIX_ASKED.search(clauses[-1])
    )


#: the texts in force asked as such, by the attribute's strong cues (not a bare "nghị định nào")
_STRONG = re.compile(
    r"\bcan cu (?:nhung|cac) van ban nao\b|\bghi can cu van ban\b|\bphan can cu\b"
    r"|\bvan ban (?:hien hanh|(?:con|dang co|dang con) hieu luc|dang ap dung|ap dung hien nay)\b"
    # task f197 (b197): "nghị định nào đang áp dụng" asks the same, the "nào" between
    r"|\b(?:nghi dinh|thong tu)(?: nao)? (?:dang ap dung|huong dan luat|huong dan hien nay"
    r"|moi nhat)\b"
    r"|\bsua lai thanh\b|\bthay bang (?:van ban|nghi dinh) nao\b"
    r"|\bcan cu (?:vao )?(?:nghi dinh|nd|thong tu|tt)\b"
)
#: a paper, a form or a sum named: "mẫu … theo nghị định nào", "hồ sơ gồm những văn bản nào",
#: "tiền thưởng theo nghị định nào" ask that thing's own source or papers
_THING_NAMED = re.compile(
    r"\b(?:mau|bieu mau|ho so|to trinh|bien ban|bao cao|tien thuong|he so|muc thuong|quy)\b"
)


def texts_asked(question: str, entity: str) -> bool:
    """Whether a part read at the texts in force asks them as such: a strong cue, or a bare
    "văn bản / nghị định nào" with no title and no paper, form or sum named."""
    said = " ".join(fold(question).lower().split())
    if _STRONG.search(said) or _numbers(said):
        return True  # a text named by its number is talked of as such
    return entity == "*" and _THING_NAMED.search(said) is None
