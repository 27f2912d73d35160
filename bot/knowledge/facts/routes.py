"""The routes of a title's criteria and the reach of an initiative the question tells.

A criterion is often met one of several ways ("có sáng kiến … hoặc đề tài khoa học … được nghiệm
thu"); a letter tells which the asker has, which they lack ("chưa có phạm vi ảnh hưởng trong
tỉnh") and how far an initiative reaches ("chỉ áp dụng trong xã"). These readers find the route
told against the data's ``met_by`` and the case a question tells that is not the title's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from bot.core.text import fold
from bot.knowledge.facts.claim import COMMON_SYLLABLES, NEGATED
from bot.knowledge.facts.model import Fact, FactModel, phrase_at, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.rescue import deed_told
from bot.knowledge.facts.restated import NOT_WORDS
from bot.knowledge.facts.triggers import per_question

__all__ = [
    "NOT_HAVING",
    "case_met",
    "excellent_without_initiative",
    "initiative_reach_short",
    "initiative_told_lacking",
    "reach_lacked",
    "reach_short",
    "registered_as_enough",
    "route_in_criteria",
    "route_qualified",
    "route_stated",
    "says_phrase",
    "told_not_this",
]

#: the words of a claim that only say it is required, not what is required
_MODAL = frozenset(
    {"co", "phai", "can", "bat", "buoc", "duoc", "da", "thi", "la", "roi", "khong", "dung"}
)


def route_qualified(question: str, text: str) -> str | None:
    """ "Có" when the question names a route of the fact ("sáng kiến", "đề tài": what follows
    "có" in one of its "hoặc" branches) and claims of it what that branch says of it ("được …
    công nhận", "đã nghiệm thu"); None otherwise, also when it claims nothing of it."""
    asked = tokens(question)
    for branch in re.split(r"\bhoặc\b|:", text):
        words = [t for t in tokens(branch) if t.isalnum()]
        if len(words) < 4 or words[0] != "co":
            continue
        route, said = tuple(words[1:3]), set(words[3:]) - _MODAL - COMMON_SYLLABLES
        for i in range(len(asked) - 1):
            if tuple(asked[i : i + 2]) != route:
                continue
            after = []
            for t in asked[i + 2 :]:
                if t in {"moi", "thi"} and after:
                    break
                after.append(t)
            wanted = {t for t in after if t.isalpha()} - _MODAL - COMMON_SYLLABLES
            if len(wanted & said) >= 2 and not NEGATED & set(after):
                return "Không" if _other_level(wanted, said) else "Có"
    return None


#: the levels that may recognise a route ("được cơ sở / cấp tỉnh / toàn quốc công nhận")
_LEVELS = frozenset({"so", "tinh", "bo", "nganh", "quoc"})
#: the words that name the cơ sở level itself: a xã's council recognises "at cơ sở"
_BASE_LEVEL = frozenset({"xa", "phuong", "so"})


def _other_level(wanted: set[str], said: set[str]) -> bool:
    """True when the claim puts a route at a level the fact does not: "sáng kiến phải được
    cấp tỉnh công nhận" against "sáng kiến được cơ sở công nhận" (Luật 2022 Điều 23 khoản 2)
    claims more than the law asks, so it is wrong though its other words match."""
    claimed = (wanted & _LEVELS) | ({"so"} if wanted & _BASE_LEVEL else set())
    stated = (said & _LEVELS) | ({"so"} if said & _BASE_LEVEL else set())
    return bool(claimed and stated and not claimed & stated)


#: the parts of a case-defined title whose yes/no assumes the case is that one ("làm theo thủ
#: tục đột xuất được không", "đây có phải thành tích đột xuất không")
_CASE_PARTS = frozenset({"dossier", "criteria", "eligible"})


def told_not_this(model: FactModel, pair: Pair, question: str) -> tuple[str, str] | None:
    """The verdict, with a line saying why, that the case a question tells gives a claim that
    the case is this title's: "Không" when it tells one the rule names as not its own
    (``not_met_by``: "tháng cao điểm" is not khen đột xuất) and none it names as its own
    (``met_by``: "cứu người"); "Có" when it tells one of its own (with one not its own, or
    asked of the criteria); turned round when the claim names the title negated. None
    otherwise: the other checks decide."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.attr not in _CASE_PARTS or rule is None or not rule.not_met_by:
        return None
    told = route_stated(question, rule.not_met_by)
    met = case_met(question, rule)
    if met is not None and (told is not None or pair.attr == "criteria") and pair.attr != "dossier":
        # "cứu người đuối nước trong đợt cao điểm phòng chống lũ": the act told is the case's
        # own, whatever drive it happened in; its papers are asked otherwise
        verdict = "Không" if _named_negated(model, pair.entity, question) else "Có"
        return verdict, f"Trường hợp anh/chị nêu có “{met}”, đáp ứng điều kiện này."
    if told is None or met is not None:
        return None
    # the rule's own sentence on such cases: "… không phải đột xuất", "… chưa có khả năng nhân rộng"
    why = next(
        (x for x in re.split(r"(?<=\.)\s+", rule.text) if "không phải" in x or "chưa có" in x), ""
    )
    # "… là khen theo đợt chứ không phải đột xuất, nói vậy đúng không": the claim itself says
    # the case is not this one, and the case told bears it out
    verdict = "Có" if _named_negated(model, pair.entity, question) else "Không"
    return verdict, f"Trường hợp anh/chị nêu có “{told}”. {why}".strip()


def _named_negated(model: FactModel, entity: str, question: str) -> bool:
    """The question names ``entity`` right after a negation ("không phải đột xuất")."""
    toks = tokens(question)
    return any(
        _negated_before(toks, i, NOT_WORDS)
        for phrase in model.names_of("entity", entity)
        for i in phrase_at(toks, phrase)
    )


#: words that, just before a route, say the asker does not have it ("chưa có sáng kiến")
NOT_HAVING = NOT_WORDS | {"thieu"}


def _negated_before(toks: Sequence[str], at: int, words: frozenset[str] = NOT_HAVING) -> bool:
    """One of ``words`` stands within the three tokens before ``at``, in its own clause: the
    "k" closing the ask before ("… đột xuất k; đột xuất là …") negates nothing after (h405)."""
    window = list(toks[max(0, at - 3) : at])
    breaks = [i for i, t in enumerate(window) if t in _CLAUSE_MARKS]
    if breaks:
        window = window[breaks[-1] + 1 :]
    return not words.isdisjoint(window) or _negated_list(toks, at, words)


#: what joins the items of one list: "không có sáng kiến hay đề tài gì", "chưa có xác nhận hiệu
#: quả, phạm vi ảnh hưởng trong tỉnh"
_LIST_JOINS = frozenset({"hay", "hoac", "va", "lan", ",", "cung"})
#: what ends a negated list: a sentence mark, or a turn to something had ("nhưng có …")
_LIST_ENDS = frozenset({".", ";", "?", "!", ":", "nhung", "ma", "con", "song", "tuy"})


def _negated_list(toks: Sequence[str], at: int, words: frozenset[str]) -> bool:
    """A later item of a list the negation before it opened: "không có sáng kiến hay đề tài gì"
    lacks the đề tài too, "chưa có xác nhận hiệu quả, phạm vi ảnh hưởng trong tỉnh" the reach
    (task h420). Only an item joined straight to the one before ("hay", "hoặc", "và", ",")."""
    if at == 0 or toks[at - 1] not in _LIST_JOINS:
        return False
    start = max(0, at - 9)
    for j in range(at - 2, start - 1, -1):
        if toks[j] in _LIST_ENDS:
            return False
        if toks[j] in words:
            # only a list of things lacked: "không có …, …", "chưa có …" ("không ai bị kỷ
            # luật, hoàn thành tốt nhiệm vụ" lacks nothing after its comma)
            return tuple(toks[j + 1 : j + 2]) == ("co",)
    return False


#: tokens that end a clause
_CLAUSE_MARKS = frozenset({",", ";", ".", "?", "!", ":"})


#: a route named as what must be had, not as what the asker has: "phó hiệu trưởng nói phải có
#: sáng kiến mới được" (task h326)
_REQUIRED_BEFORE = frozenset({("phai", "co"), ("can", "co"), ("bat", "buoc"), ("yeu", "cau")})


def case_met(
    question: str, rule: Fact, routes: tuple[tuple[tuple[str, ...], str], ...] | None = None
) -> str | None:
    """What the question tells that the rule names as its own case: a route of its ``met_by``
    (or of the ``routes`` given for it) as the data writes it, or, for a rule met by a brave
    deed, the deed as typed."""
    met = route_stated(question, rule.met_by if routes is None else routes)
    if met is None and rule.met_by_deed:
        met = deed_told(question)
    return met


@per_question
def route_stated(
    question: str, routes: tuple[tuple[tuple[str, ...], str], ...], negated: bool = False
) -> str | None:
    """The first route of a case (as the data writes it) that the question says the asker
    has, not negated within the three words before it (with ``negated``: says they lack it,
    "chưa có sáng kiến")."""
    toks = _unscoped(tokens(question)) if routes else []
    lacked = () if negated else _lacked_spans(toks, routes)
    for route, written in routes:
        phrase = _route_words(route)
        if negated:
            if says_phrase(toks, phrase, negated=True):
                return written
        elif any(not _within(i, len(phrase), lacked) for i in _told_at(toks, phrase)):
            return written
    return None


#: a route named as the one another stands in for: "đề tài đã nghiệm thu có được tính thay cho
#: sáng kiến không" has the đề tài, not the sáng kiến (task h374)
_REPLACED_BEFORE = frozenset({("thay", "cho"), ("thay", "the"), ("the", "cho")})


def _told_at(toks: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    """Where the question says the phrase, not negated within the three words before it."""
    return [
        i
        for i in phrase_at(toks, phrase)
        if not _negated_before(toks, i)
        and tuple(toks[max(0, i - 2) : i]) not in _REQUIRED_BEFORE
        and tuple(toks[max(0, i - 2) : i]) not in _REPLACED_BEFORE
        and toks[i - 1 : i] != ("thay",)
    ]


def _lacked_spans(
    toks: tuple[str, ...], routes: tuple[tuple[tuple[str, ...], str], ...]
) -> list[tuple[int, int]]:
    """The spans of the routes the question says negated ("chưa có phạm vi ảnh hưởng trong
    tỉnh"): a shorter route inside one ("ảnh hưởng trong tỉnh") is negated with it, though its
    own three words before carry no "chưa" (task h146; Luật 2022 Điều 22 khoản 1)."""
    spans = []
    for route, _written in routes:
        phrase = _route_words(route)
        spans += [(i, i + len(phrase)) for i in phrase_at(toks, phrase) if _negated_before(toks, i)]
    return spans


def _within(start: int, size: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and start + size <= e for s, e in spans)


#: words that only say how far a scope reaches ("trong / toàn / cả / khắp tỉnh"): a route
#: written "áp dụng trong toàn tỉnh" is the one told "áp dụng ở cả tỉnh" or "trên toàn tỉnh"
_SCOPE_WORDS = frozenset({"trong", "toan", "ca", "khap", "o", "tren", "ra"})


def _unscoped(toks: list[str]) -> tuple[str, ...]:
    return tuple(t for t in toks if t not in _SCOPE_WORDS)


@functools.lru_cache(maxsize=1024)
def _route_words(route: tuple[str, ...]) -> tuple[str, ...]:
    # the routes are the fact model's, read for every question that names their title
    return _unscoped(list(route))


_LOOSE_WORDS = COMMON_SYLLABLES | {"co", "da", "duoc", "cac", "cua", "va", "hoac", "the"}
#: what separates the routes of a criteria text ("…, hoặc có sáng kiến …, hoặc có đề tài …")
_ROUTES_SPLIT = re.compile(r"\bhoặc\b|[;:]|\(\d\)|\.\s")


def route_in_criteria(question: str, criteria: Fact | None) -> str | None:
    """The route of a title's criteria ("có đề tài khoa học … đã được nghiệm thu") whose own
    words the question tells at least half of (three at least), as the data writes it; None
    when it tells none."""
    if criteria is None:
        return None
    toks = tokens(question)
    # "đề tài đã nghiệm thu có được tính thay cho sáng kiến không": the route named after "thay
    # (cho)" is the one stood in for, not told had (task h374)
    replaced = {
        j for i, t in enumerate(toks) if t == "thay" for j in range(i + 1, min(i + 4, len(toks)))
    }
    told = {t for i, t in enumerate(toks) if i not in replaced}
    if "nv" in told:
        told |= {"nhiem", "vu"}  # "hoàn thành tốt nv": nhiệm vụ typed short (task h390)
    best: tuple[float, str, set[str]] | None = None
    for clause in _ROUTES_SPLIT.split(criteria.text):
        words = {w for w in tokens(clause) if w.isalpha() and w not in _LOOSE_WORDS}
        if len(words & told) < 3 or len(words & told) * 2 < len(words):
            continue
        # the clause most of whose words are told: "CSTĐCS" holds "cơ sở", which a đề tài
        # told must not lose to the sáng kiến clause
        share = len(words & told) / len(words)
        if best is None or share > best[0]:
            best = (share, clause, words)
    if best is None:
        return None
    _, clause, words = best
    first = min(i for i, t in enumerate(toks) if t in words)
    if NOT_HAVING & set(toks[max(first - 3, 0) : first]):
        return None  # "chưa có đề tài nghiệm thu": the route told missing
    return clause.strip(" ,.;")


#: the parts whose yes/no asks whether the case told reaches the title
_REACH_PARTS = frozenset({"eligible", "consecutive", "initiative"})


def reach_short(question: str, model: FactModel, pair: Pair) -> str | None:
    """The reach of an initiative the question tells that the title's own rule names as short
    of it (its ``not_met_by``: "chỉ áp dụng trong xã" for CSTĐ tỉnh), none it names as enough
    being told too; None otherwise."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.without or pair.attr not in _REACH_PARTS or rule is None:
        return None
    if not rule.not_met_by or case_met(question, rule) is not None:
        return None
    if told_not_this(model, pair, question) is not None:
        return None  # the case told is already answered as not the title's own
    return route_stated(question, rule.not_met_by)


def reach_lacked(question: str, model: FactModel, pair: Pair) -> str | None:
    """The route of a title's rule (its ``met_by``: "phạm vi ảnh hưởng trong tỉnh" for CSTĐ
    tỉnh) the question tells missing ("chưa có phạm vi ảnh hưởng trong tỉnh"), none told met;
    read for the rule's criteria too, which name the same route in other words."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.without or rule is None or not rule.not_met_by:
        return None
    if pair.attr not in _REACH_PARTS | {"criteria"}:
        return None
    if case_met(question, rule) is not None:
        return None
    return route_stated(question, rule.met_by, negated=True)


def says_phrase(toks: list[str], phrase: tuple[str, ...], negated: bool = False) -> bool:
    """The question says the phrase, not negated within the three words before it (or, with
    ``negated``, says it negated: "không ai đạt CSTĐCS")."""
    return any(_negated_before(toks, i) == negated for i in phrase_at(toks, phrase))


#: how far an initiative reaches, lowest first, as questions and facts write it (folded)
_REACHES = (
    (
        *("co so", "cap xa", "trong don vi", "don vi cong nhan", "xa cong nhan", "cap don vi"),
        # the asker's own office only ("chỉ áp dụng trong cơ quan", task h111)
        *("trong co quan", "tai co quan", "tai don vi", "noi bo", "trong truong", "o co quan"),
        # the asker's own commune ("áp dụng trong xã là đủ", task h142)
        *("trong xa", "tai xa", "trong phuong", "tai phuong", "cap phuong"),
    ),
    ("trong tinh", "toan tinh", "cap tinh", "tinh cong nhan"),
    ("toan quoc", "cap bo", "cap nha nuoc"),
)


def _reach(text: str) -> int | None:
    for level, names in enumerate(_REACHES):
        if any(f" {n} " in f" {text} " for n in names):
            return level
    return None


def initiative_reach_short(question: str, body: str) -> str | None:
    """ "CSTĐ tỉnh chỉ cần có sáng kiến cấp cơ sở là đủ" against "phải có sáng kiến … nhân rộng
    trong tỉnh": "Không" when the initiative claimed reaches less far than the one the fact
    requires; None when either names no reach (task h106). Only the words right after
    "sáng kiến" are read: "Chiến sĩ thi đua cơ sở" elsewhere names a title, not a reach."""
    said = " ".join(_plain_words(question))
    at = said.find("sang kien ")
    if at < 0:
        return None
    # a few words on, up to the "thì" that turns to the title ("sáng kiến chỉ áp dụng trong
    # cơ quan thì có đủ …")
    after = said[at:].split()[2:10]
    claimed = _reach(" ".join(after[: after.index("thi")] if "thi" in after else after))
    folded = fold(body).lower()
    where = folded.find("sang kien")
    if claimed is None or where < 0:
        return None
    required = _reach(" ".join(re.split(r"[;]", folded[where:], maxsplit=1)[0].split()))
    if required is None or claimed >= required:
        return None
    return "Không"


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).lower())


#: "chắc chắn / tự động / đương nhiên được …": a title claimed to follow by itself
_AS_ENOUGH = ("chac chan", "tu dong", "duong nhien", "mac nhien", "nghiem nhien", "mac dinh")
#: the same typed in chat: "cuối năm auto được LĐTT", "chắc cú được" (task h374)
_AS_ENOUGH += ("auto", "chac cu", "chac an")


def registered_as_enough(question: str) -> bool:
    """The letter tells the title was registered for and claims it follows by itself ("đã đăng
    ký CSTĐCS … thì chắc chắn được công nhận") (task h106)."""
    said = " ".join(_plain_words(question))
    at = said.find("dang ky")
    return at >= 0 and any(f" {cue} " in f" {said[at:]} " for cue in _AS_ENOUGH)


#: one route of Luật 2022 Điều 23 khoản 2 told met: "hoàn thành xuất sắc (nhiệm vụ)"
_EXCELLENT_TOLD = re.compile(r"\bxuat sac\b|\bhtxs")
#: the sáng kiến (or đề tài) told missing or short: "k (có) sáng kiến", "chưa có đề tài hay
#: sáng kiến", "sáng kiến chưa được công nhận"
_INITIATIVE_LACKING = re.compile(
    r"\b(?:khong|chua|ko|k|thieu|chang) (?:co )?(?:\w+ )?(?:sang kien|de tai|de an)\b"
    r"|\b(?:sang kien|de tai|de an)\b(?: \w+){0,6}? (?:chua|khong|ko|k|chang) (?:duoc |dc )?"
    r"(?:\w+ ){0,4}?(?:cong nhan|nghiem thu|ap dung)\b"
)


def excellent_without_initiative(question: str) -> bool:
    """ "hoàn thành xuất sắc nhiệm vụ, k có sáng kiến": one route of Luật 2022 Điều 23 khoản 2
    told met and the sáng kiến told missing or unrecognised. The missing sáng kiến is the case
    told, no claim: the route met is enough (task h297)."""
    text = " ".join(fold(question).split())
    return _EXCELLENT_TOLD.search(text) is not None and _INITIATIVE_LACKING.search(text) is not None


def initiative_told_lacking(question: str) -> bool:
    """ "k có sáng kiến", "chưa có đề tài, sáng kiến", "sáng kiến chưa được công nhận": the
    sáng kiến route told missing or short, whatever else the question tells."""
    return _INITIATIVE_LACKING.search(" ".join(fold(question).split())) is not None
