"""Claims made in a review meeting that put up a stricter rule than the law's (task h113).

Someone at the year-end bình xét says a way to a title is the only one ("phải có sáng kiến mới
bầu được", "chỉ sáng kiến mới tính, đề tài thì không"). The fact says whether the thing is
required; the case the letter tells ("không có sáng kiến", "hoàn thành xuất sắc nhiệm vụ") is
beside the point: the claim judged is the requirement, so the fact's own "not required" verdict
answers it, whatever route the case takes.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words
from bot.knowledge.facts.words import NOT_SPELLED

__all__ = [
    "PAID_ALIKE",
    "enough_restated",
    "paid_by_employment",
    "removal_said",
    "stricter_claimed",
]


def _spelled(text: str) -> list[str]:
    """The folded words of ``text``, with the spellings officers type for a word ("ko") made
    the word itself, so one pattern reads both."""
    return [NOT_SPELLED.get(w, w) for w in folded_words(text).split()]


#: "phải có X mới được / mới bầu / mới tính", "chỉ X mới tính", "bắt buộc phải có X mới xét":
#: a way said to be the only one; "chỉ cần X (là đủ)" says the opposite and is left out
#: ("có bắt buộc …" asks, and "phải được công nhận / nghiệm thu xong mới tính" qualifies the thing,
#: not requires it: only "phải có X mới …" or "chỉ X mới …" say X is the only way; "chị ấy", "chi
#: hội" fold like "chỉ" and are people)
_ONLY_WAY = re.compile(
    r"(?<!\bco )\b(?:(?:phai|bat buoc(?: phai)?) co"
    r"|chi(?! can| ay| em| oi| hoi| to| ke| do| nay| gai))"
    r"\b(?: \w+){1,6}? moi "
    r"(?:duoc|bau|xet|tinh|de nghi|dat|len|cong nhan)\b"
)

#: the question ends asking whether what was said is right: "… đúng không (ạ)", "phải không"
_CONFIRM_TAIL = re.compile(
    r"\b(?:dung|phai|chinh xac)(?: (?:vay|the|nhu vay))? (?:khong|chu|hong)"
    r"(?: (?:a|ad|anh|chi|ha|ah|ban))*$"
)


def stricter_claimed(question: str, initiative: bool = False) -> bool:
    """The question puts up a rule that a thing is required ("… mới được"), in the asker's voice
    or reported; the fact's verdict on whether it is required answers it. With ``initiative``,
    only a rule naming the initiative or the research project as what is required (read on a
    title's "who may have it" part, where other requirements are the criteria's own)."""
    words = _spelled(question)
    words = ["duoc" if w == "dc" else w for w in words]
    joined = " ".join(words)
    found = _ONLY_WAY.search(joined)
    if found is None or not _CONFIRM_TAIL.search(joined):
        # "… bảo phải có sáng kiến mới được. vậy em có được đề nghị không": the asker's own
        # case is asked, which the case's routes decide
        return False
    return not initiative or any(w in found.group(0) for w in ("sang kien", "de tai"))


#: "bỏ" that removes nothing: "bỏ phiếu" (to vote), "bổ sung", "bổ nhiệm" fold alike
_NOT_REMOVAL = frozenset({"phieu", "sung", "nhiem", "tri", "ra"})


def removal_said(claim: str, body: str) -> bool:
    """ "Luật 2022 đã bỏ đăng ký thi đua ra khỏi căn cứ xét danh hiệu rồi đúng không" against a
    fact whose "Không" (not required) rests on "Luật 2022 bỏ đăng ký thi đua khỏi căn cứ": the
    claim says, in the positive, the very removal the fact states, so it holds. The two words
    after the claim's "bỏ" must follow a "bỏ" of the fact's own text (task h113)."""
    words = _spelled(claim)
    if not _CONFIRM_TAIL.search(" ".join(words)):
        return False
    said = folded_words(body)
    for at, word in enumerate(words):
        # "bỏ việc đăng ký thi đua": "việc" names the act removed, it is no word of it (h301)
        skip = 1 if words[at + 1 : at + 2] == ["viec"] else 0
        removed = words[at + 1 + skip : at + 3 + skip]
        if word != "bo" or len(removed) < 2 or removed[0] in _NOT_REMOVAL:
            continue
        if words[max(0, at - 2) : at] and {"khong", "chua", "chang"} & set(words[at - 2 : at]):
            continue  # "chưa bỏ đăng ký": the removal denied
        if f" bo {' '.join(removed)} " in f" {said} ":
            return True
    return False


def _after(words: list[str], cue: tuple[str, str], size: int) -> list[list[str]]:
    return [
        words[i + 2 : i + 2 + size]
        for i in range(len(words) - 1)
        if (words[i], words[i + 1]) == cue and len(words[i + 2 : i + 2 + size]) == size
    ]


def enough_restated(claim: str, body: str) -> bool:
    """ "khen đột xuất chỉ cần tờ trình và tóm tắt thành tích, không cần biên bản họp đúng không"
    against "chỉ cần tờ trình đề nghị và báo cáo tóm tắt thành tích; không cần biên bản họp …":
    what the claim says is enough, and what it says is not needed, are what the fact says (two
    words after each "chỉ cần" / "không cần" of the claim follow the same words in the fact), so
    the claim holds, whatever the fact's verdict answers of "is the minute needed?" (task h113)."""
    words = _spelled(claim)
    if not _CONFIRM_TAIL.search(" ".join(words)):
        return False
    said = _spelled(body)
    enough = _after(words, ("chi", "can"), 2)
    if not enough:
        return False
    for cue in (("chi", "can"), ("khong", "can")):
        for part in _after(words, cue, 2):
            if part not in _after(said, cue, 2):
                return False
    return True


#: kinds of employment a person at the unit has ("hợp đồng" or "biên chế", "viên chức" …)
_EMPLOYMENT = ("hop dong", "vien chuc", "cong chuc", "bien che", "can bo", "chinh thuc")
#: a prize claimed to be ranked or to differ between them
_RANKED = re.compile(
    r"\b(?:thap|cao|it|nhieu|kem|thua|hon kem) hon\b|\bkhac\b|\bchi duoc (?:mot )?nua\b"
)
#: the line said with the "Không": NĐ 152/2025 Điều 50 khoản 1 gives one amount per title to
#: every person awarded it
PAID_ALIKE = (
    "Mức thưởng theo danh hiệu, như nhau cho mọi cá nhân được tặng (Nghị định 152/2025 Điều 50 "
    "khoản 1 không phân biệt viên chức, công chức hay người lao động hợp đồng)."
)


def paid_by_employment(question: str) -> bool:
    """ "tiền thưởng LĐTT của người hợp đồng thấp hơn viên chức đúng không": a person's prize
    claimed (or asked) lower, higher or different for the person's kind of employment (task
    h113); read on a yes/no part only."""
    text = " ".join(_spelled(question))
    kinds = [k for k in _EMPLOYMENT if f" {k} " in f" {text} "]
    # put up for confirmation or asked ("… có khác người biên chế không"): the answer is the same
    return bool(kinds) and _RANKED.search(text) is not None
