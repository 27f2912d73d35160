"""Hide the dates of cited documents so they are never read as deadlines.

Plans cite other documents all the time: "Kế hoạch số 52/KH-UBND ngày 21/02/2020 của UBND tỉnh",
"Nghị định 91/2017/NĐ-CP ngày 31/7/2017". Those dates say when the cited text was signed, not
when anything is due. They are masked (digits replaced by ``#``, offsets unchanged) in the folded
copy of a line before time phrases are searched for.
"""

from __future__ import annotations

import re

__all__ = ["DATE_PATTERN", "mask_citations"]

# A calendar date as plans write it, in folded text: 21/02/2020, 21/2, 21-02-2020, 21.02.2020,
# "21 thang 02 nam 2020".
DATE_PATTERN = (
    r"(?<![\d/#])(?:\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:\d{4}|\d{2}))?(?![\d/])"
    r"|\d{1,2}[.-]\d{1,2}[.-]\d{4}(?!\d)"
    r"|\d{1,2}\s+thang\s+\d{1,2}(?:\s*,?\s*nam\s+\d{4})?(?!\d))"
)

# 52/kh-ubnd, 91/2017/nd-cp, 06-nq/dh, 26-ct/tu, 1511/qd-ubnd (document numbers, folded).
_DOC_NUMBER = r"\b\d{1,5}(?:[-/]\d{2,4})?(?:[-/][a-z][a-z0-9-]*)+(?:/[a-z0-9-]+)*"
_DOC_TYPE = (
    r"\b(?:luat|nghi\s+dinh|thong\s+tu|quyet\s+dinh|chi\s+thi|ke\s+hoach|cong\s+van|huong\s+dan"
    r"|nghi\s+quyet|ket\s+luan|thong\s+bao|to\s+trinh|chuong\s+trinh|phap\s+lenh|van\s+ban"
    r"|quy\s+che|quy\s+dinh|cong\s+dien)\b"
)
_CITATION = re.compile(
    rf"(?:{_DOC_NUMBER}|{_DOC_TYPE})(?P<gap>[^.;]{{0,80}}?)\bngay\s*(?P<date>{DATE_PATTERN})"
)
# Words that turn "... ngày X" into a deadline even after a document name:
# "Kế hoạch năm 2026, hoàn thành trước ngày 15/3".
_DEADLINE_WORDS = re.compile(
    r"\b(?:truoc|cham\s+nhat|den|toi|han|vao|trong|tu|xong|hoan\s+thanh|ket\s+thuc|nop|gui)\b"
)


def mask_citations(folded: str) -> str:
    """Replace the digits of cited documents' dates with ``#`` (same length, same offsets)."""
    chars = list(folded)
    for match in _CITATION.finditer(folded):
        if _DEADLINE_WORDS.search(match.group("gap")):
            continue
        start, end = match.span("date")
        for index in range(start, end):
            if chars[index].isdigit():
                chars[index] = "#"
    return "".join(chars)
