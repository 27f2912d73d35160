"""Whether a clause asks yes or no: "… không / chưa", "… được chứ", "liệu …", a statement put up
for confirmation ("X là Y à"), a yes/no closed by "không hay …" with the other answer offered.
A condition or a time typed after the asking tail ("… không nếu …", "… k sau sáp nhập") is read
off first: the words before it decide."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from bot.knowledge.facts.asking_words import (
    ADDRESSED,
    ASKING_TAILS,
    CONFIRMING,
    PARTICLES,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    WHY,
)
from bot.knowledge.facts.dates import moments_in
from bot.knowledge.facts.deciders import council_chair_claim, names_decider
from bot.knowledge.facts.papers import names_destination
from bot.knowledge.facts.reform_told import NOW_TOLD, PAST_TOLD, still_words
from bot.knowledge.facts.words import NEGATED, pagoda_at

TAIL_WORDS = PARTICLES | NEGATED | {"co", "duoc", "nua", "phai", "dung", "the", "sao"}
_YESNO_PHRASES = (
    "co can",  # "có cần sáng kiến?" asks yes or no even without "không"
    "co bat buoc",
    "co bi",
    "co phai",
    "phai khong",
    "dung khong",
    "hay khong",
    "duoc khong",
    # "phường có được nhận bằng khen không hay chỉ cá nhân mới được": yes or no, then the other way
    "khong hay",
)

#: task f185b (b185): the line told before judged right with a rising tail: "vậy là đúng à",
#: "vậy là văn phòng đúng à", "vậy là tôi nói đúng luật à"
_JUDGED_RISING = re.compile(
    r"(?:^|\b(?:vay|nhu vay) )(?:la )?(?:\w+ ){0,2}?dung(?: (?:luat|quy dinh))? (?:a|ha|u|ak|ah)$"
)

#: "… được xét chứ ạ, hay …": a claim put up with "chứ", its other answer offered after "hay"
_CHU_OR = re.compile(r" (?:duoc|van|con|co) (?:\w+ ){0,4}chu (?:a |ha |nhi )?hay ")


def is_yesno(words: list[str]) -> bool:
    """Whether the folded ``words`` of a clause ask yes or no."""
    return _is_yesno(tuple(words))


#: one ask tests the same clause's words again and again (2,341 of 3,575 calls on the bench
#: questions repeat one made in the same ask): the answer is kept, keyed on the words alone
#: (it reads nothing else); few are kept, enough for one ask's clauses (stop 34)
@lru_cache(maxsize=256)
def _is_yesno(key: tuple[str, ...]) -> bool:
    words = list(key)
    while len(words) > 1 and words[-1] in ADDRESSED:
        words = words[:-1]  # "… sáng kiến hả ad": the asking tail is before whom it is put to
    words = _when_after_tail(words)
    words = _condition_after_tail(words)
    # "… cho ban trị sự chùa": a pagoda named last is no "chưa" closing a yes/no
    tail = [w for i, w in enumerate(words) if w not in PARTICLES and not pagoda_at(words, i)][-3:]
    if any(w in NEGATED for w in tail) or _chu_closes(words):
        return True  # "… không", "… chưa", "… được chứ", "… vẫn đủ LĐTT chứ mn"
    if words and words[0] == "lieu":
        return True  # "liệu thôn có thể được … "
    if "phai" in words and words[-1] in {"a", "ha", "ak", "ah", "sao", "nhi"}:
        return True  # "ldtt phải có sáng kiến à"
    if _JUDGED_RISING.search(" ".join(words)):
        # task f185b (b185): "Vậy là đúng à", "vậy là văn phòng đúng à": the line told before
        # is put up to be judged, as "… đúng không" does
        return True
    if (
        len(words) >= 4
        and words[-1] in CONFIRMING
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in f" {' '.join(words)} " for p in QUESTION_PHRASES)
    ):
        # "xã tiêu biểu do chủ tịch tỉnh tặng hả", "… được tính nhỉ": a statement put up for
        # confirmation ("ạ" alone is only polite: "em hỏi về hồ sơ LĐTT ạ" asks nothing)
        return True
    if put_up(words) and ("mat" in words or ("bi", "loai") in pairwise(words)):
        # "nghỉ thai sản 6 tháng là mất LĐTT à": a loss claimed and put up for confirmation
        # asks whether it is so, as "… không được xét … à" does (task h107)
        return True
    if _late_still_fine(words):
        # task h483 (b173 D): "GĐVH bình xét đến 31/12 mới xong cũng được, …": a step done only
        # at a later time ("mới …") claimed acceptable ("cũng được") is put up to be weighed
        return True
    if put_up(words) and council_chair_claim(words) is not None:
        # "chủ tịch hội đồng tđkt trung ương là thủ tướng à": who chairs a council, claimed and
        # put up for confirmation, asks whether it is so (task h118)
        return True
    if put_up(words) and any(w in NEGATED for w in words):
        # "ldtt không cần sáng kiến à", "thôn ko được xét LĐTT à": a negated claim put up for
        # confirmation asks its positive reading, as "… không cần … đúng không" does
        return True
    if (
        put_up(words)
        and PAST_TOLD & set(words)
        and NOW_TOLD & set(words)
        and not QUESTION_WORDS & set(words)
    ):
        # "trước do huyện chi, giờ xã chi à": a change from then to now, stated and put up
        # for confirmation (a bare "ạ" after a question asks nothing of its own)
        return True
    if (
        put_up(words)
        and (NOW_TOLD | PAST_TOLD) & set(words)
        and still_words(words)
        and not QUESTION_WORDS & set(words)
    ):
        # "hồ sơ giờ vẫn gửi qua huyện à", "nay còn chi 0,3 lần à", "vẫn chấm 85 điểm như
        # trước à": a rule claimed to hold still, now or as before, put up for confirmation
        return True
    if put_up(words) and names_decider(words) and not QUESTION_WORDS & set(words):
        # "ldtt do chủ tịch xã ký à", "LĐTT và GĐVH đều do chủ tịch xã ký à" (task h105): who
        # decides, stated and put up for confirmation; folded "a" may be a polite "ạ", but a
        # polite request names no decider after "do"
        return True
    if put_up(words) and _limit_told(words) and not QUESTION_WORDS & set(words):
        # "bằng khen tỉnh chỉ dành cho tập thể thôi à" (task h112): a limit stated ("chỉ …
        # thôi") and put up for confirmation; a polite request asks with a question word
        return True
    if put_up(words) and names_destination(words) and not QUESTION_WORDS & set(words):
        # "hồ sơ TTLĐXS của xã gửi thẳng lên tỉnh à" (task h108): where a dossier goes, stated
        # and put up for confirmation; a polite request names no level after the sending verb
        return True
    if put_up(words) and moments_in(" ".join(words)) and not QUESTION_WORDS & set(words):
        # "tiền thưởng tính theo lương cơ sở ngày trao thưởng à" (task h105): the moment a rule
        # counts from, stated and put up; a polite "ạ" after a request names no such moment
        return True
    if put_up(words) and _rule_told(words) and not QUESTION_WORDS & set(words):
        # "luật quy định 2/3 à" (task f180a, b180): what the law is claimed to lay down, put up
        # for confirmation
        return True
    if put_up(words) and _copula_claim(words):
        # "TTLĐXS là danh hiệu cá nhân à", "CSTĐ tỉnh là danh hiệu vinh dự nhà nước à": what a
        # thing is, stated with "là" and put up for confirmation (task lead26); a polite "ạ"
        # after a request or a question word asks nothing of its own
        return True
    if words and words[-1] in ASKING_TAILS and _states_figure(words):
        # "thời hạn … cả nước đều là 20 ngày làm việc ạ", "tiền thưởng tính theo lương cơ sở
        # ngày trao thưởng à": a value stated as the rule, put up for confirmation
        return True
    joined = " ".join(words)
    if _CHU_OR.search(f" {joined} "):
        # "năm nay em vẫn được xét LĐTT chứ ạ hay mất trắng năm": the first option, put up
        # with "chứ", is the yes/no; the other after "hay" is its negation (task h106)
        return True
    if _YESNO_THEN_OR.search(joined):
        # "… có được cấp giấy chứng nhận không ạ, hay chỉ có tên trong quyết định": a yes/no
        # with the other answer the asker offers after it; the yes/no is on the first (h107)
        return True
    if _SUFFICES_OR.search(joined):
        # "sáng kiến cấp phòng đã đủ chưa hay phải có phạm vi cả tỉnh": whether A suffices,
        # with the requirement offered instead after "hay"
        return True
    return any(p in joined for p in _YESNO_PHRASES)


#: words that open a time told after the asking tail: "… không sau sáp nhập", "… k từ 1/7"
_WHEN_AFTER = frozenset({"sau", "tu", "ke"})


#: words that open a condition or a reason typed after the asking tail
_AFTER_TAIL = frozenset({"neu", "khi", "vi", "boi"})


def _condition_after_tail(words: list[str]) -> list[str]:
    """ "giờ phường có thu hồi không nếu phát hiện khai gian": a condition typed after the "có …
    không" that asks says in which case the question holds; the words before it decide whether
    it is a yes/no (task h119). Only a "có" before the tail and a short condition."""
    for i in range(len(words) - 2, max(len(words) - 12, 0) - 1, -1):
        # task h417: a reason typed after it ("e có thuộc đối tượng xét LĐTT không vì e chỉ
        # là hợp đồng") says why the asker doubts, the ask is before it
        if words[i] in NEGATED and words[i + 1] in _AFTER_TAIL and "co" in words[1:i]:
            return words[: i + 1]
    return words


def _when_after_tail(words: list[str]) -> list[str]:
    """ "còn giấy khen của chủ tịch xã k sau sáp nhập": a short time phrase typed after the
    asking tail says when the question holds, not what it asks; the words before it decide
    whether it is a yes/no (task h108)."""
    for i in range(len(words) - 2, max(len(words) - 6, 0) - 1, -1):
        if words[i] in NEGATED and words[i + 1] in _WHEN_AFTER and i > 1:
            return words[: i + 1]
    return words


def _late_still_fine(words: list[str]) -> bool:
    """ "… đến 31/12 mới xong cũng được": a time told, then the step done only then ("mới xong",
    "mới họp"), the clause closed by "(cũng) được" (particles aside): the late step claimed
    acceptable (task h483)."""
    core = [w for w in words if w not in PARTICLES]
    if len(core) < 5 or core[-1] not in ("dc", "duoc") or QUESTION_WORDS & set(core):
        return False
    at = next((i for i, w in enumerate(core[:-1]) if w == "moi"), None)
    if at is None or core[at + 1] not in _LATE_STEPS:
        return False
    return any(w[:1].isdigit() or w in ("thang", "cuoi") for w in core[:at])


#: the steps told done late: "mới xong", "mới họp", "mới bình xét", "mới nộp"
_LATE_STEPS = frozenset({"xong", "hop", "binh", "xet", "nop", "gui", "trinh", "lam"})


#: the texts a rule is claimed from: "luật quy định …", "nghị định quy định …"
_RULE_SOURCES = frozenset({"luat", "nghi", "nd", "thong", "tt"})


def _rule_told(words: list[str]) -> bool:
    """ "luật (TĐKT) quy định X": a law or decree named, then "quy định" and what it lays down."""
    at = next((i for i, pair in enumerate(pairwise(words)) if pair == ("quy", "dinh")), None)
    return at is not None and bool(_RULE_SOURCES & set(words[:at])) and len(words) - at > 3


def _limit_told(words: list[str]) -> bool:
    """ "chỉ … thôi": a limit stated, "chỉ" then "thôi" within eight words after it."""
    return any(w == "chi" and "thoi" in words[i + 1 : i + 9] for i, w in enumerate(words))


#: what follows a "là" that joins a condition to its outcome ("… là được", "… là đủ")
_SUFFICES_AFTER = frozenset({"duoc", "dc", "du", "xong", "ok", "on", "dat"})
#: words of a request ("nhờ ad hướng dẫn … ạ", "em hỏi … ạ"): a polite "ạ" follows them
REQUEST_WORDS = frozenset({"hoi", "nho", "xin", "giup", "huong"})


def _copula_claim(words: list[str]) -> bool:
    """ "X là Y à": a statement of what a thing is, with no question word or phrase and no
    request, so the folded "a" is the asking "à", not a polite "ạ"."""
    joined = f" {' '.join(words)} "
    # "chỉ cần 2 năm là được à": a "là" before "được / đủ" joins a condition to its outcome,
    # it says what suffices, not what a thing is
    copulas = [i for i, w in enumerate(words[1:-2], 1) if w == "la"]
    return (
        any(words[i + 1] not in _SUFFICES_AFTER for i in copulas)
        and "hay" not in words  # "… là tự nguyện hay bắt buộc ạ" offers a choice
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in joined for p in QUESTION_PHRASES)
        and not REQUEST_WORDS & set(words)
    )


def put_up(words: list[str]) -> bool:
    """A clause ending in an asking tail ("… à", "… hả") and not asking why ("tại sao … à"):
    what it states is put up for confirmation, if what it states is a claim."""
    return bool(words) and words[-1] in ASKING_TAILS and not WHY & set(pairwise(words))


#: "… (đã) đủ chưa / không, hay phải …"
#: a yes/no clause closed by "không (ạ)", then "hay / hay là / hoặc" and the other answer offered
_YESNO_THEN_OR = re.compile(
    r"\b(?:co|duoc) (?:\w+ ){1,10}?(?:khong|chua) (?:a |ad |ha )?(?:hay|hoac)\b"
)
_SUFFICES_OR = re.compile(r"\bdu (?:chua|khong|ko|k|hong) (?:hay|hoac) (?:la )?(?:phai|can)\b")


def _states_figure(words: list[str]) -> bool:
    """ "… là 20 ngày …": a figure given as the value of the rule, with nothing asked for."""
    if QUESTION_WORDS & set(words) or any(
        f" {p} " in f" {' '.join(words)} " for p in QUESTION_PHRASES
    ):
        return False
    return any(
        w == "la" and any(t[:1].isdigit() for t in words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )


#: task h388: the chat's words after "chứ" ("… vẫn đủ LĐTT chứ mn", "… chứ hả mn"): whom it
#: is put to and its particles, the tag "chứ" still closing the ask
_AFTER_CHU = PARTICLES | {"mn", "moi", "nguoi", "c", "e"}


def _chu_closes(words: list[str]) -> bool:
    """Whether the tag "chứ" closes the ask once the particles and whom it is put to after it
    are left out."""
    i = len(words)
    while i > 1 and words[i - 1] in _AFTER_CHU:
        i -= 1
    return i > 0 and words[i - 1] == "chu"
