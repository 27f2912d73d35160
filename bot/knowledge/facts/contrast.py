"""A claim of two clauses about two titles put up whole for confirmation (task f201, set b201 F1):
"LĐTT chỉ được ghi tên trong QĐ, còn CSTĐCS mới có tiền thưởng, đúng k", "GĐVH thì trưởng thôn
chủ trì, còn thôn VH thì Hội đồng xã đánh giá, đúng k", "TTLĐXS k cần ai đạt CSTĐCS, chỉ cần 70%
LĐTT là được phải k".

The composer reads such a message as one question and gives the verdict of whichever clause its
fact matched, often the other clause's literal yes or no. The claim is true only when both
clauses are: this reader finds the two clauses, each worded to be asked alone, so the answerer
can judge each and open with the verdict of the whole.

The shape is kept narrow, since a clause read alone loses what the message told before it: each
clause opens on its own title (the first within its first three words, the second right after
"còn", "chỉ" or before "thì"), two different titles, one comma at most between them, no district
reform told; or the second clause is the first title's "chỉ cần …" (its subject carried). A
second clause that only says "thì không", "k bắt buộc", "mới có" gets the first clause's
predicate again ("… phải có cá nhân đạt CSTĐCS, còn TTLĐTT thì k bắt buộc"). None otherwise.
"""

from __future__ import annotations

import re

from bot.core.text import fold_chars
from bot.knowledge.facts.model import FactModel, tokens

__all__ = ["contrast_clauses"]

#: the closing that puts the whole message up for confirmation ("…, đúng k", "e hiểu vậy đúng
#: không ạ", "phải k"), with an optional wh-ask after it ("…, đúng k, thưởng hệ số bn")
_CONFIRM_TAIL = re.compile(
    r"[\s,.;]*(?:(?:e|em|toi|minh) hieu (?:vay|nhu vay|the|nhu the) )?(?:co )?(?:dung|phai)"
    r" (?:k|ko|khong|hok|kg|ko a|k a)\b(?: (?:a|ad|ah|ak|ha|nhi|vay|ta|ad oi))*"
    r"(?:[\s,;]+[^,;?]*)?[\s?.!]*$"
)
#: where the second clause starts: "…, còn Y …", "… còn Y thì …" (``bare``), "…, chỉ Y mới …"
#: (``only``), "…, Y thì …" (``thi``, not the "thì" of "thi đua"), "…, chỉ cần …" (``kept``: the
#: first title's subject goes on, those words are the second clause's own); never the decimal
#: comma of "1,5 %"
_JOINER = re.compile(
    r"(?<!\d),\s*con\s"
    r"|(?<!\d),\s*(?P<kept>chi (?:can|co|dc|duoc))\s"
    r"|\scon\s(?P<bare>)"
    r"|(?<!\d),\s*chi\s(?P<only>)"
    r"|(?<!\d),\s*(?P<thi>)(?=(?:\S+\s){1,4}thi\s(?!dua\b))"
)
#: a district reform told ("trước huyện ký, giờ xã ký"): the reform notice's readers answer it
_REFORM = re.compile(r"\b(?:huyen|truoc day|truoc kia|ngay truoc)\b")
#: the hearsay that opens the claim ("nghe nói …"): the claim judged is what follows
_HEARD = re.compile(r"^(?:(?:e|em|toi|minh|a|anh|chi|co) )?nghe (?:noi|bao|dau)(?: la)?\s+")
#: a comma between clauses, not the decimal comma of "4,5 lần"
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
#: the first clause's title must open it: at most this many words before it ("sáng kiến cho …")
_LEAD_WORDS = 3
#: the cheap gate: a contrast word and a confirming word must both be in the message
_GATE = re.compile(r"\b(?:con|chi|can|thi|bat buoc|phai)\b")
_TAIL_GATE = re.compile(r"\b(?:dung|phai) (?:k|ko|khong|hok|kg)\b")
#: fewest words a clause must have to be a claim of its own ("còn Y thì sao" is not)
_MIN_WORDS = 3
#: the words of a clause that only ask ("còn Y thì sao", "Y thì được k"): no claim to judge
_ASKS = re.compile(r"\b(?:sao|the nao|bn|bao nhieu|ai|gi|nao|k|ko|khong|chua)\s*$")


def _titles(words: list[str], model: FactModel) -> list[tuple[int, int, str]]:
    """(start, size, title) of every title named in ``words``, each by its longest naming."""
    out, i = [], 0
    while i < len(words):
        key, size = model.title_at(words, i)
        if size:
            out.append((i, size, key))
        i += size or 1
    return out


#: the words before a bare "còn" that make it "still" ("vẫn còn", "không còn", "giờ còn")
_STILL_BEFORE = frozenset({"van", "khong", "ko", "k", "gio", "nay", "da", "hien", "co", "chua"})


def _still(body: str, join: re.Match[str]) -> bool:
    """A bare "còn" that means "still", not "whereas"."""
    if join.group("bare") is None:
        return False
    before = body[: join.start()].split()
    return bool(before) and before[-1] in _STILL_BEFORE


#: the words that only say a title has, needs or gets something ("phải có", "k bắt buộc")
_PREDICATE = frozenset({
    "k", "ko", "khong", "kg", "chang", "hok", "co", "bat", "buoc", "can", "phai", "dc", "duoc",
    "van",
})  # fmt: skip
#: the words beside a second title that carry no claim ("thì", "mới", "cũng")
_FILLER = frozenset({"thi", "moi", "cung"})


def _elided_filled(
    words: list[str],
    title: tuple[int, int, str],
    first: list[str],
    first_title: tuple[int, int, str],
) -> str | None:
    """The second clause with what it leaves out said again from the first ("TTLĐXS phải có cá
    nhân đạt CSTĐCS, còn TTLĐTT thì k bắt buộc" → "TTLĐTT k bắt buộc có cá nhân đạt CSTĐCS";
    "…, chỉ TTLĐXS mới có" → "TTLĐXS có bằng chứng nhận"); "" when the clause says a claim of its
    own; None when it leaves something out the first clause does not say right after its title
    ("…, còn LĐTT vẫn được" after a story: nothing to judge alone)."""
    at, size, _ = title
    rest = [w for w in words[at + size :] if w not in _FILLER]
    if rest and not set(rest) <= _PREDICATE:
        return ""
    f_at, f_size, _ = first_title
    after = first[f_at + f_size :]
    run = 0
    while run < len(after) and after[run] in _PREDICATE | _FILLER:
        run += 1
    if not rest or not any(w in _PREDICATE for w in after[:run]) or run == len(after):
        return None
    have = ["co"] if after[run - 1 : run] == ["co"] and rest[-1] != "co" else []
    return " ".join([*words[at : at + size], *rest, *have, *after[run:]])


def _words(text: str) -> list[str]:
    return [t for t in tokens(text) if t.isalnum()]


def contrast_clauses(question: str, model: FactModel) -> tuple[str, str] | None:
    """The two clauses of a two-clause claim put up whole ("A, còn B, đúng k"), each worded to
    stand alone, or None (the shapes read are the module's). Both must be claims: no wh-word,
    no yes/no asked of their own."""
    folded = fold_chars(question)
    if not _TAIL_GATE.search(folded) or not _GATE.search(folded):
        return None
    if "\n" in question.strip() or len(re.findall(r"[.?!]\s", folded)) > 0:
        # a letter of several sentences tells a case first: its readers judge the case
        return None
    tail = _CONFIRM_TAIL.search(folded)
    if tail is None:
        return None
    body = folded[: tail.start()]
    joins = [m for m in _JOINER.finditer(body) if m.start() > 0 and not _still(body, m)]
    if len(joins) != 1:
        # one clause, or three and more listed: not a two-sided claim
        return None
    join = joins[0]
    second_at = join.start("kept") if join.group("kept") else join.end()
    heard = _HEARD.match(folded)
    first = question[heard.end() if heard else 0 : join.start()].strip(" ,")
    second = question[second_at : tail.start()].strip(" ,")
    if _COMMA.search(first) or _COMMA.search(second) or ":" in first or _REFORM.search(body):
        # a story or a third clause around the two: their readers answer it
        return None
    first_words, second_words = _words(first), _words(second)
    if len(first_words) < _MIN_WORDS or len(second_words) < _MIN_WORDS - 1:
        return None
    if _ASKS.search(" ".join(first_words)) or _ASKS.search(" ".join(second_words)):
        return None
    first_titles = _titles(first_words, model)
    if not first_titles or first_titles[0][0] > _LEAD_WORDS:
        return None
    if join.group("kept"):
        # "TTLĐXS k cần ai đạt CSTĐCS, chỉ cần 70 % LĐTT là được": the first title goes on
        at, size, _ = first_titles[0]
        return first, f"{' '.join(first_words[at : at + size])} {second}"
    second_titles = _titles(second_words, model)
    if not second_titles or second_titles[0][0] > 1:
        # "còn" as "still" ("giờ còn là …"), "chị" a colleague, the comma a pause: the second
        # clause must open on a title of its own
        return None
    if second_titles[0][2] == first_titles[0][2]:
        return None
    filled = _elided_filled(second_words, second_titles[0], first_words, first_titles[0])
    if filled is None:
        return None
    return first, filled or second
