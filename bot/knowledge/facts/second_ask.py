"""The second yes/no ask of a two-ask message, read on its own (task h147, set yesno_tuning10).

Officers ask two things in one breath: "hộ gia đình được giấy khen k, còn CSTĐCS thì được k",
"TTLĐXS cần 100% hoàn thành nhiệm vụ k, có cần 100% LĐTT k". The composer answers the message as
one question and opens with one verdict, so the second ask went without its own. This reader
finds the second ask and words it so it can be answered alone: the clause as typed when it names
a title of its own, the first ask with its title swapped when the clause is only "còn <title> thì
được k", the first block's title put in front when the clause names none ("còn trên 50% thì đạt
đúng k" after a block on Tập thể lao động tiên tiến). None when the message is not two yes/no asks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.core.text import sentences
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.retype import introduces

__all__ = ["CLAUSE_COMMA", "asks_wh", "second_ask", "yes_no_before_wh"]

#: a comma between clauses, not the decimal comma of "0,3 lần"
CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
#: words that may open the second ask and carry no meaning of their own ("còn", "và", "vậy")
_OPENERS = frozenset({"con", "va", "vay", "the", "thi"})
#: the words around a bare "còn <title> thì được k": nothing but the asking
_BARE = frozenset({
    "con", "thi", "dc", "duoc", "k", "ko", "khong", "sao", "co", "the", "nao", "a", "dung",
    "phai", "chu", "vay", "va", "ha", "nhi",
})  # fmt: skip


#: words that make a clause ask who, which, how much or what (folded; "mấy", "j" as typed)
_WH = frozenset({"ai", "nao", "bn", "j", "gi", "sao", "may"})
#: pairs that do ("bao nhiêu", "ở đâu"); "bao" alone is also "báo cáo", "thể" also "có thể"
_WH_PAIRS = frozenset({
    ("bao", "nhieu"), ("bao", "gio"), ("bao", "lau"), ("o", "dau"), ("the", "nao"),
    ("khi", "nao"), ("gui", "dau"), ("nop", "dau"), ("len", "dau"), ("di", "dau"),
})  # fmt: skip


def asks_wh(words: list[str]) -> bool:
    """The words ask who, which, how much or what (folded)."""
    return bool(_WH & set(words)) or any(p in _WH_PAIRS for p in itertools.pairwise(words))


def yes_no_before_wh(question: str, asks_yesno: Callable[[str], bool]) -> str | None:
    """The yes/no ask of a message that asks it first and then who, where, which or how much
    ("tiêu chuẩn giấy khen do luật quy định chi tiết hết đúng k, vậy ai quy định"): the first
    clause alone, or None when the message is not of that shape. A trailing clause that tells
    a case ("…, em mới tuyển 4 tháng") is not a wh-ask, so the case stays with its question."""
    told, question = _context_apart(question, asks_yesno)
    # task h405: a semicolon breaks clauses as a comma does ("… nên k dc LĐTT, có đúng vậy k;
    # tiêu chuẩn LĐTT là gì": the line put up is not the yes/no ask, "có đúng vậy k" is)
    head, sep, tail = question.replace(";", ",").partition(",")
    if not sep:
        # "hộ nhà tôi có được chủ tịch xã tặng giấy khen không được thưởng bao nhiêu": no comma,
        # the yes/no tail itself ends the first ask (task h374)
        head, tail = _split_at_tail(question)
        sep = "," if tail else ""
    if not sep or "," in tail or not asks_yesno(head) or asks_yesno(tail):
        return None
    if not asks_wh([t for t in tokens(tail) if t.isalnum()]):
        return None
    head = head.strip()
    return (f"{told}, {head}" if told else head) or None


#: the word that closes a yes/no ask ("… có được … không", "… chưa")
_TAIL = re.compile(r"\S+")
_TAIL_WORDS = frozenset({"khong", "k", "ko", "hong", "chua"})
#: the words a "không" negates rather than closes an ask with ("không ai", "không còn")
_NEGATED_NEXT = frozenset({"ai", "gi", "j", "dau", "nao", "con", "co", "phai", "can", "the"})
#: the words after "không" inside a number said aloud ("hai nghìn không trăm", "không phẩy năm")
_NUMBER_NEXT = frozenset({"tram", "muoi", "nghin", "ngan", "phay"})


#: "được" as typed, closing a yes/no ask with the tail word after it ("… dc k")
_MAY_WORDS = (["duoc"], ["dc"], ["đc"])


def _split_at_tail(question: str) -> tuple[str, str]:
    """(the yes/no ask, the wh-ask after it) of a message typed without a comma between: the
    last yes/no tail word ("không", "k", "chưa") that some words follow, when those words ask
    how much, who or which and no yes/no of their own; ("", "") otherwise. A tail word inside a
    spoken number ("hai nghìn không trăm") or right before another yes/no word is no end."""
    words = list(_TAIL.finditer(question))
    folded = [tokens(m.group(0)) for m in words]
    for at in range(len(words) - 2, -1, -1):
        if len(folded[at]) != 1 or folded[at][0] not in _TAIL_WORDS:
            continue
        rest = [t for f in folded[at + 1 :] for t in f if t.isalnum()]
        if not rest or rest[0] in _NUMBER_NEXT or rest[0] in _TAIL_WORDS or not asks_wh(rest):
            continue
        if rest[0] in _NEGATED_NEXT or rest[:2] == ["bao", "gio"]:
            continue  # "không ai thu hồi được", "không còn thì …", "không bao giờ": a negation
        head_words = {t for f in folded[:at] for t in f}
        if "co" not in head_words and not (at and folded[at - 1] in _MAY_WORDS):
            # the yes/no frame is "có … không", or "… được không" said without its "có" ("xã
            # khen đột xuất dc k hs cần những gì": task f199)
            continue
        head = question[: words[at].end()].strip()
        return head, question[words[at].end() :].strip()
    return "", ""


def _context_apart(question: str, asks_yesno: Callable[[str], bool]) -> tuple[str, str]:
    """(the clauses told before a message's last two, those two) when the earlier ones only
    greet or say who asks ("em làm văn phòng xã, hộ gia đình được giấy khen k, còn CSTĐCS thì
    được k"): they are no third ask, and must not hide the two asks' shape."""
    cuts = [m.start() for m in CLAUSE_COMMA.finditer(question)]
    if len(cuts) < 2 or len(sentences(question)) > 1:
        # a letter of several sentences is read by the readers of letters, not by its commas
        return "", question
    told = question[: cuts[-2]]
    clauses = CLAUSE_COMMA.split(told)
    if not all(introduces(c) and not asks_yesno(c) for c in clauses):
        # only who asks, or a greeting, is set apart: a clause that tells a claim ("nghe nói
        # LĐTT chỉ dành cho công chức, nông dân không được, đúng k") is part of the ask
        return "", question
    return told.strip(), question[cuts[-2] + 1 :]


def _spans(toks: list[str], model: FactModel) -> list[tuple[int, int, str]]:
    """(start, size, title) of every title named in ``toks``, each by its longest naming."""
    out, i = [], 0
    while i < len(toks):
        key, size = model.title_at(toks, i)
        if size:
            out.append((i, size, key))
        i += size or 1
    return out


#: "… thì sao": the first ask put again of another case ("mới tuyển 3 tháng thì sao")
_HOW_ABOUT = ("thi", "sao")
#: the verbs of a title's review just before it ("xét LĐTT", "đạt CSTĐCS"): part of the ask
_REVIEW_VERBS = frozenset({"xet", "dat", "tang", "nhan", "duoc", "dc"})


def _case_swapped(head: str, tail: str, model: FactModel) -> str | None:
    """ "nghỉ thai sản xét LĐTT dc k, mới tuyển 3 tháng thì sao": the first yes/no ask (from
    its title on) put of the case the second clause tells, which names no title of its own;
    None when the second clause is not "<case> thì sao" (task f199)."""
    words = [t for t in tokens(tail) if t.isalnum()]
    while words and words[-1] in ("a", "ad", "ha", "nhi", "vay"):
        words = words[:-1]
    if tuple(words[-2:]) != _HOW_ABOUT:
        return None
    case = words[:-2]
    while case and case[0] in _OPENERS:
        case = case[1:]
    if len(case) < 2 or _spans(case, model):
        return None
    head_words = [t for t in tokens(head) if t.isalnum()]
    spans = _spans(head_words, model)
    if len(spans) != 1:
        return None
    start = spans[0][0]
    if start and head_words[start - 1] in _REVIEW_VERBS:
        start -= 1
    return " ".join([*case, *head_words[start:]])


def second_ask(
    question: str, first_title: str, model: FactModel, asks_yesno: Callable[[str], bool]
) -> str | None:
    """The message's second yes/no ask worded to stand alone, or None. ``first_title`` is the
    title line of the answer's first block ("Tập thể lao động tiên tiến: Tỷ lệ, giới hạn");
    ``asks_yesno`` tells whether some words ask yes or no."""
    _, question = _context_apart(question, asks_yesno)
    head, sep, tail = question.rpartition(",")
    if sep and "," not in head and asks_yesno(head) and (case := _case_swapped(head, tail, model)):
        return case
    if not sep or "," in head or not asks_yesno(head) or not asks_yesno(tail):
        return None
    if head[-1:].isdigit() and tail[:1].isdigit():
        # "TTLĐTT thưởng có phải là 0,8 lần lương cơ sở ko": a decimal comma is part of a
        # number, not the break between two asks
        return None
    words = [t for t in tokens(tail) if t.isalnum()]
    while words and words[0] in _OPENERS:
        words = words[1:]
    if len(words) < 2:
        return None
    spans = _spans(words, model)
    if not spans and set(words) <= _BARE:
        # fixer f48l (b180): "đăng ký thi đua không bắt buộc, đúng không": the tail only puts
        # the clause before it up for confirmation; it asks nothing of its own
        return None
    head_words = [t for t in tokens(head) if t.isalnum()]
    head_spans = _spans(head_words, model)
    if {key for _, _, key in spans} - {key for _, _, key in head_spans}:
        named = [w for i, w in enumerate(words) if not any(s <= i < s + n for s, n, _ in spans)]
        if len(spans) == 1 and len(head_spans) == 1 and set(named) <= _BARE:
            # "…, còn CSTĐCS thì được k": the first ask about the other title
            (at, size, _), (s, n, _) = head_spans[0], spans[0]
            swapped = [*head_words[:at], *words[s : s + n], *head_words[at + size :]]
            return " ".join(swapped)
        return " ".join(words)
    # no title the first ask did not name ("TTLĐTT cần 100% LĐTT k, còn trên một nửa LĐTT thì
    # đạt k" speaks of the same collective): the first block's title is the subject
    entity = first_title.strip("* ").split(":", 1)[0]
    entity_words = [t for t in tokens(entity) if t.isalnum()]
    if not _spans(entity_words, model):
        # the first block answers a topic, not a title: nothing to put in front of the clause
        return None
    return " ".join([*entity_words, *words])
