"""Whether what a question tells is a ground to revoke a title already awarded.

A decision is cancelled, and its hiện vật and tiền thưởng taken back, for dishonesty in
declaring achievements, false information or forged papers, an unlawful review or proposal, or
a violation shown to fall in the period assessed (Luật Thi đua, khen thưởng 2022 Điều 93;
NĐ 152/2025). A discipline for something done later ("năm sau bị kỷ luật") is none of them:
the title won before stands.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["LATER_DISCIPLINE_NOTE", "later_discipline_only"]

LATER_DISCIPLINE_NOTE = (
    "Kỷ luật vì việc xảy ra sau khi đã được tặng không phải căn cứ hủy bỏ danh hiệu đã xét: "
    "quyết định chỉ bị hủy khi gian dối trong kê khai thành tích, cung cấp thông tin sai sự "
    "thật, làm giả hồ sơ, xét, đề nghị trái pháp luật, hoặc vi phạm được kết luận xảy ra trong "
    "chính thời gian xét tặng."
)

_DISCIPLINE = r"(?:bi |dinh |nhan )?(?:ky luat|khien trach|canh cao|xu phat|bi phat)"
#: the discipline placed after the award: "năm sau bị kỷ luật", "sau đó lại vi phạm",
#: "bị kỷ luật vào năm sau", "đến năm 2026 mới bị kỷ luật"
_LATER = re.compile(
    r"\b(?:nam sau|nam tiep theo|nam ke tiep|sau do|sau nay|ve sau|sang nam(?: \d{4})?"
    r"|sau khi (?:duoc|dc|da)(?: \w+){1,4}?) "
    rf"(?:\w+ ){{0,3}}?{_DISCIPLINE}\b"
    rf"|\b{_DISCIPLINE} (?:\w+ ){{0,2}}?(?:vao |trong )?(?:nam sau|nam tiep theo|sau do)\b"
)
#: "LĐTT năm ngoái …, năm nay bị kỷ luật": the title told as last year's, the discipline as now
_PAST_TITLE = re.compile(r"\b(?:nam ngoai|nam truoc|nam roi)\b")
_NOW_DISCIPLINE = re.compile(rf"\b(?:nam nay|gio|bay gio) (?:\w+ ){{0,2}}?{_DISCIPLINE}\b")
#: a ground of revocation told: dishonesty, forgery, an unlawful review, a violation found in
#: the year of the title itself
_GROUND = re.compile(
    r"\b(?:khai gian|gian doi|gian lan|khai man|khai sai|lam gia|gia mao|sai su that|sao chep"
    r"|trai phap luat|trai quy dinh|ho so gia|thanh tich gia|khong dung su that"
    # a conclusion, inquiry or inspection may show the standard was not met in the year itself
    r"|ket luan|thanh tra|dieu tra|phat hien|kiem tra)\b"
    r"|\bvi pham (?:\w+ ){0,3}?(?:tu|trong) (?:nam do|nam duoc|thoi gian xet|truoc khi)\b"
)


def later_discipline_only(question: str) -> bool:
    """The question tells a discipline that came after the title and no ground to revoke it
    ("được CSTĐCS mà năm sau bị kỷ luật thì danh hiệu năm trước có bị thu hồi không")."""
    said = folded_words(question, "/")
    later = _LATER.search(said) is not None or (
        _PAST_TITLE.search(said) is not None and _NOW_DISCIPLINE.search(said) is not None
    )
    return later and _GROUND.search(said) is None
