"""Deciding a yes/no question from what it claims, against the fact that answers it.

A yes/no question asserts something and asks whether it holds: "niêm yết 5 ngày có được không"
claims 5 days, "cả nước đều 20 ngày phải không" claims one figure for the whole country,
"tháng cao điểm có tính là khen đột xuất không" claims that a peak month counts as đột xuất,
"còn dùng NĐ 122/2018 không" claims that a repealed decree applies. The fact's own text already
states the value of that attribute, so the claim is read and compared with it instead of adding
trigger phrases per question:

- a figure with its unit ("5 ngày", "15 %", "10 tháng") against the figures of the same unit
  in the fact: stated plainly → "Có"; stated only as an old rule ("cũ", "hết hiệu lực") or not
  at all while the fact gives another → "Không"; stated only as a local example ("nhiều tỉnh",
  "thông lệ") → "Tùy", or "Không" when the question claims it holds everywhere ("cả nước đều");
- the question's own words found in a clause of the fact that the fact negates ("… không phải
  đột xuất", "Không còn thị trấn") → "Không";
- a text listed as replaced (``content/law/replaced.yaml``) named as if still used → "Không".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

from bot.core.text import fold, folded_words
from bot.knowledge.facts.conditions import required_at
from bot.knowledge.facts.dates import decided_on
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.reform_told import NOW_TOLD, PAST_TOLD
from bot.knowledge.facts.words import NEGATED, OR_ELSE, TYPED_NOT

__all__ = [
    "alternative_verdict",
    "amount_verdict",
    "base_verdict",
    "claimed_amounts",
    "coefficient_verdict",
    "date_verdict",
    "day_verdict",
    "denied",
    "every_clause_named",
    "figure_verdict",
    "in_fact_terms",
    "joint_verdict",
    "multiple_verdict",
    "order_verdict",
    "period_verdict",
    "repealed_named",
    "required_figure_verdict",
    "route_sufficiency_verdict",
    "same_verdict",
    "sufficiency_verdict",
    "thing_asked",
    "unmet",
    "value_verdict",
]

#: a figure and its unit; not part of a date ("20/11") or a number ("2.530.000")
_FIGURE_UNIT = re.compile(
    r"(?<![\d/.,])(\d{1,3}(?:[.,]\d)?)\s*(%|phan tram|ngay|thang|nam|lan|bo)(?![\w/])"
)
_UNITS = {"phan tram": "%"}
#: an old rule, stated to say it no longer holds
_OLD = ("cu", "het hieu luc", "truoc day", "khong con", "quy dinh cu", "da bai bo")
#: a local practice or an example, not the rule everywhere
_HEDGED = ("nhieu tinh", "thong le", "thuong", "vi du", "tuy", "do tinh", "quy che cua tinh")
#: the question claims the figure holds everywhere
_EVERYWHERE = (
    "ca nuoc",
    "toan quoc",
    "moi tinh",
    "tat ca cac tinh",
    "noi nao cung",
    "tinh nao cung",
)
_EVERYWHERE += ("deu",)
#: the question says the national law itself sets the figure: one rule for the whole country,
#: so a figure the fact gives only as a local practice or an example is not the law's
_EVERYWHERE += (
    "theo luat",
    "luat quy dinh",
    "luat ghi",
    "phap luat quy dinh",
    "theo nghi dinh",
    "nghi dinh quy dinh",
    "theo nd",
    "nd quy dinh",
)
__all__ += ["EVERYWHERE", "NEGATED", "NOT_A_THING", "OWN_BASE_RIGHT"]
EVERYWHERE = _EVERYWHERE


def in_fact_terms(
    words: list[str], meanings: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
) -> list[str]:
    """``words`` (folded tokens of a claim) with every phrase of a meaning group read as the
    facts write that meaning ("doanh nghiệp" → "tổ chức"): a claim stated in other words is
    matched against the fact by meaning. The same list when no group applies. ``meanings``
    are the loaded model's (``FactModel.meanings``)."""
    by_first = _meanings_by_first(meanings)
    out: list[str] = []
    i = 0
    while i < len(words):
        for asked, means in by_first.get(words[i], ()):
            if tuple(words[i : i + len(asked)]) == asked:
                out.extend(means)
                i += len(asked)
                break
        else:
            out.append(words[i])
            i += 1
    return out


Meanings = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


@functools.lru_cache(maxsize=8)
def _meanings_by_first(meanings: Meanings) -> Mapping[str, Meanings]:
    """``meanings`` grouped by their first word, each group in the given (longest-first) order:
    only a group opening with the word at hand can match there, so the first match is the
    same as over the whole list; read-only, as it is shared between calls (stop 34)."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for asked, means in meanings:
        by_first.setdefault(asked[0], []).append((asked, means))
    return MappingProxyType({word: tuple(group) for word, group in by_first.items()})


#: "hơn một nửa", "quá nửa", "trên 1 nửa": a share told in words, read as the figure the
#: facts write ("trên 50 %"); "hơn nửa" alone stays, folded it is also "hơn nữa" (moreover)
_HALF = re.compile(r"\b(tren|hon|qua) (?:mot |1 )nua\b|\b(qua) nua\b")


#: "một nửa" alone: exactly half, which "trên 50 %" does not meet
_JUST_HALF = re.compile(r"\b(?:mot|1) nua\b")


def _halves(folded: str) -> str:
    above = _HALF.sub(lambda m: f"{m.group(1) or m.group(2)} 50 %", folded)
    return _JUST_HALF.sub("50 %", above)


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> str:
    # a dozen claim readers ask for the same clause's words in one answer
    return f" {_halves(folded_words(text, '%'))} "


#: a day of the year ("15/3"), not part of a full date ("15/3/2026") nor a text number
_DAY_OF_YEAR = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")


def _days(text: str) -> list[tuple[str, str]]:
    folded = " ".join(fold(text).split())
    return [(f"{int(d)}/{int(m)}", "day") for d, m in _DAY_OF_YEAR.findall(folded)]


def _figures(text: str) -> list[tuple[str, str]]:
    folded = _halves(" ".join(fold(text).split()))
    out = []
    for number, unit in _FIGURE_UNIT.findall(folded):
        if unit == "nam" and len(number) > 2:
            continue  # "năm 2026" is a year, never "2026 năm"
        if "," in number:  # a decimal comma: "1,0 %" is "1 %" (a dot groups thousands)
            number = number.replace(",", ".").rstrip("0").rstrip(".")
        if number.isdigit():
            number = str(int(number))  # "03 lần" = "3 lần"
        out.append((number, _UNITS.get(unit, unit)))
    return out


#: a label naming what follows as an example or a local practice ("Ví dụ …:", "Nhiều tỉnh:")
_EXAMPLE_LABEL = ("vi du", "nhieu tinh", "thong le")


def _clauses(body: str) -> list[str]:
    lines = []
    for line in body.split("\n"):
        head, colon, rest = line.partition(":")
        if colon and any(f" {m} " in _words(head) for m in _EXAMPLE_LABEL):
            # "Ví dụ trong kế hoạch mẫu …: … trước 01/12": the label hedges what it introduces
            # ("Tùy trường hợp: …" opens the fact's own answer, which it does not hedge)
            line = f"{head} {rest}"
        lines.append(line)
    # a bracketed aside is its own clause: "(nhiều tỉnh 20 ngày làm việc)" hedges only itself
    split = r"[.;:()\n]\s*|\s+mà\s+|,\s+(?:nhưng|còn)\s+"
    return [c for c in re.split(split, "\n".join(lines)) if c.strip()]


def _unprized(words: str) -> str:
    """ "khen thưởng", "tiền thưởng", "chi thường xuyên" (the recurrent budget) fold like
    "thường" (usually, a hedge): none is one; nor is "căn cứ" (a basis) the "cũ" of an old rule."""
    for phrase in (" khen thuong ", " tien thuong ", " thuong xuyen ", " can cu "):
        words = words.replace(phrase, " ")
    return words


#: the claim places its figure after the decision is signed: "ký QĐ xong", "sau khi có quyết
#: định", "từ ngày ký quyết định"
_AFTER_DECISION = re.compile(
    r" (?:ky|ra|co) (?:qd|quyet dinh)(?: \w+){0,6}? xong | sau khi (?:ky|ra|co) (?:qd|quyet dinh)"
    r"| (?:ke )?tu ngay (?:ky|ra)? ?(?:qd|quyet dinh) "
)
#: a fact's clause counting from the decision: "trong 15 ngày kể từ ngày quyết định"
_FROM_DECISION = re.compile(r" ke tu ngay (?:ky |ra )?quyet dinh | sau khi (?:ky |co )?quyet dinh ")


def _about_the_claim(
    asked: str, clauses: list[tuple[str, list[tuple[str, str]]]]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Of the fact's clauses giving a figure of the claimed unit, the one about the thing the
    claim names: "lấy ý kiến 15 ngày" is read against "lấy ý kiến người dân 10 ngày", not
    against "công khai trong 15 ngày kể từ ngày quyết định", the same unit for another step.
    All of them when no one clause shares clearly more of the claim's words than the others."""
    if len(clauses) < 2:
        return clauses
    if _AFTER_DECISION.search(asked):
        # "ký QĐ xong thì phải công khai trong 15 ngày": the step after the decision, the
        # clause counting "kể từ ngày quyết định", whatever other words the claim shares
        after = [c for c in clauses if _FROM_DECISION.search(c[0])]
        if after:
            return after
    wanted = {w for w in asked.split() if w.isalpha() and w not in _COMMON}
    shared = [len(wanted & set(words.split())) for words, _ in clauses]
    best = max(shared)
    if best < 2 or sorted(shared)[-2] == best:
        return clauses
    return [c for c, n in zip(clauses, shared, strict=True) if n == best]


#: a clause giving its figure for a case: "tối đa 1,5 % ở miền núi", "đối với xã vùng xa"
_FOR_A_CASE = re.compile(r" \d+(?:[.,]\d+)? ?(?:%|phan tram) (?:o|doi voi|tai) ")


def _for_a_case(words: str) -> bool:
    """The clause gives its figure for a case named right after it ("1,5 % ở miền núi")."""
    return bool(_FOR_A_CASE.search(words))


def _case_named(asked: str, words: str) -> bool:
    """The claim names the case a clause gives another figure for: two words in a row of
    what follows "ở" there ("xã thuộc thành phố trực thuộc trung ương" against "1,0 % … ở tỉnh
    đồng bằng, thành phố trực thuộc trung ương")."""
    _, at, case = words.partition(" o ")
    said = case.split()
    return bool(at) and any(f" {a} {b} " in asked for a, b in itertools.pairwise(said))


def _above(words: str, number: str) -> bool:
    """ "trên 50 %", "hơn 50 %", "quá 50 %": a share strictly more than ``number``."""
    return (
        re.search(rf" (?:tren|hon|qua|vuot) {re.escape(number)} ?(?:%|phan tram)", words)
        is not None
    )


#: the asker says the figure is the old rule ("trước đây phải 10 tháng"): then it is true
_TOLD_OLD = (
    " truoc day ",
    " truoc kia ",
    " ngay truoc ",
    " luat cu ",
    " quy dinh cu ",
    " hoi truoc ",
)


def old_figure_claimed(question: str, body: str) -> bool:
    """The question rests on a figure ("phải đủ 10 tháng mới được xét") that the fact states
    only in a clause marking it as the old rule: a claim of the repealed rule as current, wrong
    whatever the title or wording (task h111). Not when the asker places it in the past."""
    asked = _words(question)
    if any(cue in asked for cue in _TOLD_OLD):
        return False
    said = " ".join(_words(body).split())
    for number, unit in _figures(question):
        if number not in said.split():
            continue
        # the figure itself marked old ("quy định cũ là dưới 10 tháng"), not a clause that says
        # "cũ" of something else ("ở đơn vị cũ từ 6 tháng")
        figure = rf"{re.escape(number)} {re.escape(unit)}\b"
        # the figure put as a rule ("phải đủ 10 tháng", "dưới 10 tháng thì", "10 tháng mới
        # được"), not the asker's own service ("đến cuối năm học được 10 tháng")
        as_rule = re.search(
            rf"\b(?:phai|can|duoi|toi thieu|it nhat)(?: \w+){{0,3}} {figure}", asked
        )
        if not as_rule and not re.search(rf"\b{figure}(?: \w+){{0,4}} moi (?:duoc|dc)\b", asked):
            continue
        marked = re.findall(
            rf"\b(?:quy dinh cu|muc cu|cu la|truoc day|het hieu luc)(?: \w+){{0,3}} {figure}", said
        )
        if marked and len(marked) == len(re.findall(rf"\b{figure}", said)):
            return True
    return False


def other_bar_claimed(question: str, body: str) -> bool:
    """ "nghe nói mới tuyển dưới 8 tháng thì không xét LĐTT, đúng k" against "dưới 6 tháng
    không được xét": a bar of another length than the one in force, claimed as the rule, is
    wrong (task h210). Only lengths in months put as a bar ("dưới N tháng"), read against the
    fact's own unmarked bar."""
    asked = " ".join(_words(question).split())
    said = " ".join(_words(body).split())
    claimed = set(re.findall(r"\b(?:duoi|chua du) (\d{1,2}) thang\b", asked))
    if not claimed:
        return False
    old = set(
        re.findall(r"\b(?:quy dinh cu|muc cu|cu la|truoc day)(?: \w+){0,3} (\d{1,2}) thang", said)
    )
    bars = set(re.findall(r"\bduoi (\d{1,2}) thang\b", said)) - old
    return len(bars) == 1 and not claimed & bars


def figure_verdict(question: str, body: str) -> str | None:
    """The verdict on the figures a yes/no question claims, or None when it claims none that
    the fact states a figure of the same unit for."""
    asked = _words(question)
    everywhere = any(f" {w} " in asked for w in _EVERYWHERE)
    # a day claimed to hold everywhere ("cả nước đều hạn 15/3") is read like a figure: a
    # day alone is a case's date, which ``day_verdict`` compares with the fact's limit
    claimed = _figures(question) + (_days(question) if everywhere else [])
    if not claimed:
        return None
    clauses = [(_words(c), _figures(c) + _days(c)) for c in _clauses(body)]
    verdicts = []
    for figure in claimed:
        same_unit = [
            (words, figs) for words, figs in clauses if any(u == figure[1] for _, u in figs)
        ]
        if not same_unit:
            continue
        about = _about_the_claim(asked, same_unit)
        stating = [words for words, figs in about if figure in figs]
        if (
            not stating
            and any(figure in figs and _for_a_case(w) for w, figs in same_unit)
            and not any(_case_named(asked, w) for w, figs in same_unit if figure not in figs)
        ):
            # "quỹ TĐKT xã tối đa 1,5 % đúng k" with no region told: the fact gives 1,5 % for
            # one case ("ở miền núi …") and 1,0 % for another, so it depends on the case
            verdicts.append("Tùy")
            continue
        if not stating:
            verdicts.append("Không")  # the fact gives another figure for it
            continue
        plain = [w for w in stating if not any(f" {m} " in _unprized(w) for m in _OLD + _HEDGED)]
        if plain and figure[1] == "%" and all(_above(w, figure[0]) for w in plain):
            # "chỉ cần 50 % đạt LĐTT là đủ" against "trên 50 %": the share the fact sets is
            # strictly more than the one claimed, unless the claim says "trên" too
            verdicts.append("Có" if _above(asked, figure[0]) else "Không")
        elif plain:
            verdicts.append("Có")
        elif all(any(f" {m} " in _unprized(w) for m in _OLD) for w in stating):
            verdicts.append("Không")
        else:
            verdicts.append("Không" if everywhere else "Tùy")
    if not verdicts:
        return None
    for verdict in ("Không", "Tùy"):
        if verdict in verdicts:
            return verdict
    return "Có"


#: "(phải) đủ 6 tháng mới được xét": a floor claimed, its figure and unit
#: task h219: "cuối năm đủ 7 tháng thì có được xét": the length served by a day told, no floor
_FLOOR_CLAIMED = re.compile(
    r"(?<!\bcuoi nam )(?<!\bhet nam )(?<!\bduoc )(?<!\bdc )"
    r"\b(?:du|tu|tren|it nhat|toi thieu) (\d+) (thang|nam|ngay)\b(?: \w+){0,3}? (?:moi|thi)\b"
)
#: "dưới 6 tháng (thì) không xét": the same floor as the body states it, as what falls short
_SHORT_DENIED = re.compile(r"\bduoi (\d+) (thang|nam|ngay)\b((?: \w+){0,4})")
#: "không xét cho người mới tuyển dụng dưới 6 tháng": the floor with its negation before it
_SHORT_DENIED_AFTER = re.compile(
    r"\bkhong (?:xet|duoc xet)(?: \w+){0,6}? duoi (\d+) (thang|nam|ngay)\b"
)
#: what may stand between "cần / phải" and the figure required ("phải có", "cần đủ", "ít nhất")
_NEED_FILLERS = (["co"], ["du"], ["it"])
#: what after "cần / phải" is no requirement: "cán bộ", the yes/no tail "… phải không"
_NOT_NEEDED = ([], ["bo"], ["khong"], ["k"], ["ko"], ["hong"])


def _figure_needed(asked: list[str]) -> str:
    """What follows the last "cần / phải (có)" when a figure comes right after it ("cần 6
    tháng", "phải có 2 lần"): the requirement claimed; "" otherwise. "chỉ cần 3 lần … là đủ"
    claims the figure enough, not required (``insufficient`` judges it); "có phải 2 năm … là
    được" asks whether it is so."""
    marks = [
        i
        for i in required_at(asked)
        if asked[i + 1 : i + 2] not in _NOT_NEEDED
        and asked[i - 1 : i] != ["chi"]
        and asked[i - 1 : i + 1] != ["co", "phai"]
        # "… chứ không cần 70 %": a figure set aside is no requirement claimed (task h408)
        and asked[max(i - 2, 0) : i] not in (["chu", "khong"], ["chu", "k"], ["chu", "ko"])
    ]
    if not marks:
        return ""
    after = asked[marks[-1] + 1 :]
    if after[:1] in _NEED_FILLERS:
        after = after[1:]
    if not after or not after[0][:1].isdigit():
        return ""
    return " ".join(after)


#: "chưa đủ / không đủ 6 tháng thì …": a length fallen short of
_SHORT_BEFORE = re.compile(r"\b(?:chua|khong|ko|k) $")
#: what a bar told goes on with: "… thì không (được) xét", "… thì bị loại"
_BAR_AFTER = re.compile(r"^ ?(?:khong|k|ko|kg|chua|bi)\b")


def _shortfall_asked(joined: str, floor: re.Match[str]) -> bool:
    """ "đến kỳ xét chưa đủ 6 tháng thì có đưa vào danh sách không": the asker's own service
    short of the floor, its consequence asked; "chưa đủ 12 tháng thì không được xét" still
    tells a bar (task h298)."""
    return (
        _SHORT_BEFORE.search(joined[: floor.start()]) is not None
        and _BAR_AFTER.search(joined[floor.end() :]) is None
    )


def required_figure_verdict(question: str, body: str) -> str | None:
    """The verdict on a figure the question claims is required: "cần 6 tháng", "phải có 2
    lần", "(phải) đủ 6 tháng mới được xét". A body barring whoever falls short ("người mới tuyển
    dụng dưới 6 tháng thì không xét") states the floor the other way round: "Có" when figure and
    unit agree, "Không" when it bars another figure of the same unit. Failing such a bar, a
    figure after "cần / phải" is read against the figures the body states (``figure_verdict``).
    None when no figure is claimed required or the body says nothing of it."""
    asked = tokens(question)
    floor = _FLOOR_CLAIMED.search(" ".join(asked))
    if floor is not None and _shortfall_asked(" ".join(asked), floor):
        floor = None
    if floor is not None:
        found = None
        for short in _SHORT_DENIED.finditer(" ".join(tokens(body))):
            if short.group(2) != floor.group(2) or not NEGATED & set(short.group(3).split()):
                continue
            if short.group(1) == floor.group(1):
                return "Có"
            found = "Không"
        if found is None:
            # "Không xét cho người mới tuyển dụng dưới 6 tháng": the bar's negation may come
            # first, as the criteria's own sentence says it
            for short in _SHORT_DENIED_AFTER.finditer(" ".join(tokens(body))):
                if short.group(2) == floor.group(2):
                    found = "Có" if short.group(1) == floor.group(1) else "Không"
                    break
        if found is not None:
            return found
    needed = _figure_needed(asked)
    return figure_verdict(needed, body) if needed else None


#: "1,5 lần (mức) lương cơ sở": a prize claimed as a coefficient of the base salary
_COEFFICIENT = re.compile(
    r"(?<![\d.,\w])(\d{1,2}(?:[.,]\d{1,2})?|mot|hai|ba|nua)\s*(?:lan|thang)\s+"
    r"(?:muc\s+)?(?:luong|lcs)\b"
    # "hệ số 0,8": the word itself names a multiple of the base salary, with or without it
    r"|\bhe\s+so\s+(?:la\s+|bang\s+)?(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,])"
    # "hệ số như tập thể 0,6", "hệ số tiền thưởng … có phải 2,0 không": words, then the figure
    # (task h255)
    r"|\bhe\s+so(?:[\s,]+[a-z]+){1,12}?\s+(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,/])"
    r"(?!\s*(?:nam|thang|ngay|nguoi|ca nhan|tap the|%|trieu|tr|nghin|ngan)\b)"
    # "thưởng 0,3 lần": a fraction of a time is no count of times, only a multiple of the base
    r"|(?<![\d.,\w])(\d[.,]\d{1,2})\s*lan\b"
    # "thưởng 0.3 lương cơ sở": a fraction put straight before the base salary is a multiple
    r"|(?<![\d.,\w])(\d[.,]\d{1,2})\s*(?:muc\s+)?(?:luong\s+co\s+so|lcs)\b"
    # "tính như tập thể 0,6 đúng k": a bare fraction below one is a prize's coefficient; no
    # count, share or sum is written so (task h341)
    # (not a product worked out: "2 x 0,3 = 0,6")
    r"|(?<![\d.,\w/])(?<![x*=] )(0[.,]\d{1,2})(?![\d.,/])"
    # (nor a sum with its unit, before a comma too: "0,71tr, qđ 5/8")
    r"(?!\s*(?:%|ha|km|m|diem|trieu|tr|nghin|ngan|k|x|=)(?![a-z]))"
)
#: the words right before a coefficient that tell it as a mistake ("nhầm hệ số 0,6", "ghi sai")
_TOLD_WRONG = re.compile(r"\b(?:nham|sai)\b")
#: a multiple written as a word ("một tháng lương cơ sở", "nửa tháng lương") is the same claim
_NUMBER_WORDS = {"mot": "1", "hai": "2", "ba": "3", "nua": "0.5"}


def coefficient_verdict(question: str, coefficients: Iterable[float]) -> str | None:
    """ "thôn văn hóa được thưởng 1,5 lần lương cơ sở đúng không": the coefficient claimed
    against the title's own ("Có" when it is one of them, else "Không"); None when the question
    claims none. "thưởng 2 lần" alone (twice) is no coefficient: the base salary must be named.
    "1 tháng lương cơ sở" is the same claim as "1 lần lương cơ sở": a month's base salary."""
    said = " ".join(fold(question).split())
    claimed = [
        next(g for g in found.groups() if g)
        for found in _COEFFICIENT.finditer(said)
        # task h422: "kế toán nhầm hệ số 0,6 …, hệ số đúng là 0,3 phải k": a figure told as the
        # mistake is not the one put up
        if not _TOLD_WRONG.search(" ".join(said[: found.start()].split()[-2:]))
    ]
    if not claimed:
        return None
    own = {round(float(c), 2) for c in coefficients}
    if not own:
        return None
    found = {round(float(_NUMBER_WORDS.get(c, c).replace(",", ".")), 2) for c in claimed}
    return "Có" if found <= own else "Không"


#: one prize claimed as a multiple of another: "gấp đôi", "gấp 3 lần", "gap 1,5 lan"; or as
#: its half ("bằng (một) nửa", "chỉ một nửa mức", "bằng 1/2"), the same ratio seen from the
#: smaller prize (not "nữa", "more", which folds alike but follows no "bằng" / "một")
_MULTIPLE = re.compile(
    # "gấp hơn 3 lần": more than the figure (task f201, b201 F2), read by ``_FLOOR``
    r"\bgap (?:hon |tren )?(doi|ruoi|hai|ba|bon|nam|\d{1,2}(?:[.,]\d{1,2})?)\b"
    r"|\b(?:bang|chi|duoc|dc|co) (?:(?:co|duoc|dc|bang) )?(?:mot |1 )?(nua)\b"
    r"(?! (?:nam|thang|ngay|so|thanh vien|nguoi)\b)"
    r"|\bbang (1/2)(?![\d/])"
    # "CSTĐCS chỉ bằng 2 lần LĐTT": a multiple of another title's prize, not of the base
    # (task h378)
    r"|\bbang (\d{1,2}(?:[.,]\d{1,2})?|hai|ba|bon|nam) lan\b(?! (?:muc )?(?:luong|lcs)\b)"
    # "nhận 12 lần mức cá nhân": a multiple of another recipient's prize (issue 11, h299)
    r"|\b(\d{1,2}(?:[.,]\d{1,2})?|hai|ba|bon|nam) lan (?:muc |tien |so tien )?(?:thuong )?"
    r"(?:cua )?(?:ca nhan|tap the|ho gia dinh)\b"
)
#: the reader of a multiple claimed, for finding what it is claimed of
MULTIPLE_CLAIMED = _MULTIPLE
#: a multiple claimed as a floor ("gấp hơn 3 lần"): the ratio must exceed it, not equal it
_FLOOR = re.compile(r"^gap (?:hon|tren) ")
_MULTIPLE_WORDS = {"doi": 2.0, "ruoi": 1.5, "hai": 2.0, "ba": 3.0, "bon": 4.0, "nam": 5.0}
_MULTIPLE_WORDS |= {"nua": 2.0, "1/2": 2.0}


def multiple_verdict(
    question: str, own: Iterable[float], others: Iterable[float], own_first: bool | None = None
) -> str | None:
    """ "giấy khen tập thể gấp 3 lần cá nhân đúng không": the multiple claimed between two
    prizes against their coefficients' ratio (the larger over the smaller: 0,6 / 0,3 is "gấp
    đôi"); None when no multiple is claimed or there is no other prize to compare.
    ``own_first``: whether the prize of ``own`` is the one the claim is about (named first);
    then the direction counts too: "tập thể chỉ bằng nửa cá nhân" is wrong (task h264)."""
    found = _MULTIPLE.search(" ".join(fold(question).split()))
    # two equal prizes are in the ratio 1: "hộ gia đình bằng nửa cá nhân" (both 0,3) is wrong
    pairs = [(a, b) for a in own for b in others if a > 0 and b > 0]
    if found is None or not pairs:
        return None
    said = next(g for g in found.groups() if g)
    claimed = _MULTIPLE_WORDS.get(said) or float(said.replace(",", "."))
    if own_first is None:
        ratios = {round(max(a, b) / min(a, b), 2) for a, b in pairs}
    else:
        # (subject, object): "A gấp đôi B" is A / B; "A bằng nửa B" is B / A
        ordered = pairs if own_first else [(b, a) for a, b in pairs]
        half = said in ("nua", "1/2")
        ratios = {round(o / s if half else s / o, 2) for s, o in ordered}
    if _FLOOR.match(found.group(0)):
        return "Có" if any(r > claimed for r in ratios) else "Không"
    return "Có" if round(claimed, 2) in ratios else "Không"


#: an amount claimed: "3,8 triệu", "760 nghìn", "760k", "3.800.000 đ", and the phone way
#: "2tr53", "3tr8", "1tr872", "2 triệu 5" (millions, then the next digits of the sum)
_AMOUNT = re.compile(
    r"(?<![\d.,/])(?:(?P<millions>\d{1,3})(?:tr|(?: ?trieu ))(?P<rest>\d{1,3})"
    # "2 triệu 5 người" counts people: the digits after the million are a unit's count
    r"(?! ?(?:nam|thang|ngay|lan|nguoi|ca nhan|tap the|%))"
    r"|(?P<number>\d{1,3}(?:[.,]\d{1,3})?)\s*(?P<scale>trieu|tr|nghin|ngan|k)\b"
    # a sentence's comma or full stop may follow an amount ("được 500k, đúng không")
    r"|(?P<grouped>\d{1,3}(?:\.\d{3}){1,3}))(?![\d/]|[.,]\d)"
)
#: the same reader for a pattern built around a sum ("kế toán chi … <sum>")
SUM_PATTERN = _AMOUNT.pattern
_SCALE = {"trieu": 1_000_000, "tr": 1_000_000, "nghin": 1_000, "ngan": 1_000, "k": 1_000}
#: the amounts a prize fact shows ("= 3.800.000 đồng")
_SHOWN = re.compile(r"= (\d{1,3}(?:\.\d{3})+) dong")
#: words before an amount that make it the base salary told, not the prize claimed: "lương cơ
#: sở (cũ) 2.340.000", "mức lương 2.530.000", "tính theo lương 2.530.000", "lương cũ 2.340.000"
#: (task h255: "lương cơ sở cũ 2.340.000" was read as a prize claimed)
_BASE_LEAD = (
    r"\b(?:luong co so|lcs|muc luong|(?:theo|tinh) luong|luong(?= (?:cu|moi)\b))"
    # "lương cơ sở từ 1/7/2026 là 2.530.000": the day the base took effect may stand between
    r"(?: (?:tu|ke tu|sau) (?:ngay )?\d{1,2}/\d{1,2}(?:/\d{4})?)?"
    r"(?: (?:la|bang|moi|cu|hien hanh|hien nay|(?:tang )?len|tang))?"
)
_BASE_BEFORE = re.compile(_BASE_LEAD + r" ?$")
#: "3 x 2tr53 = 7tr59", "1,5 × 2.530.000": the sum a coefficient multiplies is the base
_TIMES = re.compile(r"\d(?:[.,]\d+)? ?(?:x|\*|×) ?$")
#: "góp 200 triệu xây nhà văn hóa", "tài trợ 3 tỷ … và 500 triệu cứu trợ lũ": a sum given by
#: the asker in the same clause is the deed told, not a prize claimed
_DONATED_BEFORE = re.compile(
    r"\b(?:dong gop|gop(?! y)|ung ho|tai tro|quyen gop|cung tien|hien (?:tang|tien|dat)"
    r"|bo ra|cuu tro|tu thien)\b[^,.;?!]{0,60}$"
)


def claimed_amounts(question: str, keep_base: bool = False) -> list[int]:
    """The amounts in đồng a question names ("3,8 triệu", "760k", "3.800.000"); an amount
    right after "lương cơ sở" is the base told, left out unless ``keep_base``."""
    folded = " ".join(fold(question).split())
    claimed = []
    for found in _AMOUNT.finditer(folded):
        before, value = folded[: found.start()], _amount_value(found)
        if not keep_base and (
            _base_told_before(before.rstrip())
            # "2 x 760k" is two prizes; only a sum of millions multiplied is a base
            or (_TIMES.search(before) and value >= 1_000_000)
            or _DONATED_BEFORE.search(before)
        ):
            continue
        claimed.append(value)
    return [c for c in claimed if c >= 10_000]  # "2 tr" is two million; "2" alone is none


def _base_told_before(before: str) -> bool:
    """Whether the sum after ``before`` is the base told ("lương cơ sở 2.530.000"), not the
    prize a multiple of it works out to ("0,3 lần lương cơ sở là 702.000")."""
    lead = _BASE_BEFORE.search(before)
    if lead is None:
        return False
    worked_out = re.search(r" (?:la|bang)$", lead.group(0)) is not None
    return not (worked_out and _TIMES_BEFORE.search(before[: lead.start()]))


def _amount_value(found: re.Match[str]) -> int:
    """The đồng an ``_AMOUNT`` match names: "3.800.000" as written, "3,8 triệu" scaled, "2tr53"
    as 2,53 million (the digits after "tr" are the next places: "3tr8" is 3.800.000)."""
    if found["grouped"]:
        return int(found["grouped"].replace(".", ""))
    if found["millions"]:
        return int(found["millions"]) * 1_000_000 + int(found["rest"].ljust(3, "0")) * 1_000
    return round(float(found["number"].replace(",", ".")) * _SCALE[found["scale"]])


def amount_word(token: str) -> bool:
    """One token that is a sum by itself: "760k", "2tr53", "52tr" (of "1,52tr" split at the
    comma), for readers that see tokens rather than the question."""
    return _AMOUNT.fullmatch(token) is not None and not token.isdigit()


#: a word before a sum that makes it a bound, not the sum itself ("hơn 20 triệu", "dưới 1 tr")
_BOUND = re.compile(r"\b(hon|tren|duoi|khoang|gan|xap xi|it nhat|toi thieu|toi da)\s+$")
#: which side of the bound the prize must lie on
_ABOVE, _BELOW = ("hon", "tren", "it nhat", "toi thieu"), ("duoi", "toi da")


def _bounds(question: str) -> dict[int, str]:
    """The sums a question tells as bounds, each with its bound word."""
    folded = " ".join(fold(question).split())
    claimed = set(claimed_amounts(question))
    found = {}
    for m in _AMOUNT.finditer(folded):
        value = _amount_value(m)
        bound = _BOUND.search(folded[: m.start()])
        if value in claimed and bound:
            found[value] = bound.group(1)
    return found


def _within(bound: str, amount: int, shown: set[int]) -> bool:
    """True when a shown prize lies on the side of ``amount`` the bound word names ("khoảng",
    "gần": within a tenth of it)."""
    if bound in _ABOVE:
        return any(s > amount if bound in ("hon", "tren") else s >= amount for s in shown)
    if bound in _BELOW:
        return any(s < amount if bound == "duoi" else s <= amount for s in shown)
    return any(abs(s - amount) <= amount / 10 for s in shown)


#: "0,6 x 2.530.000 ra 1.518.000": the product the asker worked, told right after the
#: multiplication; the sum paid is the one claimed after it ("thì chi 1.520.000")
_WORKED_AFTER = re.compile(
    r"\d(?:[.,]\d+)? ?(?:x|\*|×|nhan) ?(?:\d[\d.,]*(?: ?(?:d|dong|trieu|tr|k|nghin))?) ?"
    r"(?:=|ra|tinh ra|thi ra|la|bang|duoc) ?$"
)


def _worked_sums(question: str) -> set[int]:
    """The products the asker worked out and wrote after "= / ra" (see ``_WORKED_AFTER``)."""
    folded = " ".join(fold(question).split())
    return {
        _amount_value(found)
        for found in _AMOUNT.finditer(folded)
        if _WORKED_AFTER.search(folded[: found.start()])
    }


#: a sum told after "không phải (là)": doubted or denied, not claimed
_DOUBTED_SUM = re.compile(r"\b(?:khong|ko|k) phai (?:la )?(\d{1,3}(?:[.,]\d{3}){1,2})\b")


def amount_verdict(question: str, body: str) -> str | None:
    """ "LĐTT thưởng 760 nghìn đúng không" against the amounts the fact shows on the decision
    date: "Có" when each amount claimed is one of them, else "Không"; None when none is claimed
    (a base salary told, "lương cơ sở 2.530.000", is no claim)."""
    claimed = claimed_amounts(question)
    # "kế toán chi 2.340.000, sao không phải 2.530.000": the sum doubted is not the one claimed
    # (task h107); with no other sum told it is still the claim
    doubted = {
        int(m.group(1).replace(".", "").replace(",", ""))
        for m in _DOUBTED_SUM.finditer(" ".join(fold(question).split()))
    }
    if doubted and set(claimed) - doubted:
        claimed = [c for c in claimed if c not in doubted]
    shown = {int(a.replace(".", "")) for a in _SHOWN.findall(" ".join(fold(body).split()))}
    if not claimed or not shown:
        return None
    bounds = _bounds(question)
    if bounds and all(c in bounds for c in claimed):
        # "thưởng 8 lần lương cơ sở tức là hơn 20 triệu": a sum told as a bound holds when a
        # shown amount lies on its side, not only when it equals it (task h168)
        return "Có" if all(_within(bounds[c], c, shown) for c in claimed) else "Không"
    asked = _asked_clause_amounts(question)
    if asked and set(claimed) - set(asked):
        # "thôn VH 3tr8 đúng k, nghe nói chỉ 2tr53 thôi": the sum the "đúng k" is asked of is
        # the claim; another told beside it is what was heard or the alternative (task h182)
        claimed = asked
    worked = _worked_sums(question)
    if worked and set(claimed) - worked:
        # "0,6 x 2.530.000 ra 1.518.000 thì chi 1.520.000 đúng k": the product worked is the
        # asker's arithmetic; the sum paid after it is the claim
        claimed = [c for c in claimed if c not in worked]
    if " lam tron " in _words(question):
        # "có làm tròn lên không, vd 759 nghìn thì thành 760 nghìn" (task h96): the amount
        # before rounding is the example's input; the one it becomes, told last, is the claim
        claimed = claimed[-1:]
    return "Có" if set(claimed) <= shown else "Không"


#: "đúng không", "phải k": the words that put a clause's claim up for confirmation
_CONFIRM = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chua|chu)\b")


def _asked_clause_amounts(question: str) -> list[int]:
    """The sums claimed in the one clause that ends in "đúng không" (a clause split at a comma,
    full stop or "hay"); empty unless exactly one clause asks and it names a sum."""
    clauses = re.split(r"[,.;?!](?!\d)| hay ", " ".join(fold(question).split()))
    asking = [c for c in clauses if _CONFIRM.search(c)]
    return claimed_amounts(asking[0]) if len(asking) == 1 else []


#: a base salary claimed: "lương cơ sở 2.530.000", "lcs 2,34 triệu", "mức lương 2.530k",
#: "lcs 2tr53": the words that lead to the sum, read by ``_AMOUNT`` like every claimed sum
_BASE_CLAIMED = re.compile(
    r"(?:" + _BASE_LEAD + " "
    # "tính 1,5 x 2.530.000": the sum a coefficient multiplies is the base used
    r"|\d(?:[.,]\d+)? ?(?:x|\*|×) ?)(?=\d)"
)
#: "2.530k", "2340 nghìn": a base told in thousands, four digits that ``_AMOUNT`` leaves aside
_BASE_THOUSANDS = re.compile(r"(\d\.?\d{3}) ?(?:k|nghin|ngan)\b")


#: "8,0 lần (mức) …" right before "lương cơ sở": a multiple of the base, so the sum after it is
#: the prize it works out to (task h143)
_TIMES_BEFORE = re.compile(r"\d(?:[.,]\d+)? lan (?:muc )?$")


def base_verdict(question: str, base: int) -> tuple[str, str] | None:
    """ "quyết định ký 12/1/2026, kế toán tính theo lương cơ sở 2.530.000 có đúng không": the
    base salary the question claims against the one in force on the decision date (``base``):
    "Có" when every base claimed is that one, else "Không" with a line naming both; None when
    the question claims no base. ``amount_verdict`` leaves these amounts aside: they are the
    base, not the prize."""
    claimed = set()
    folded = " ".join(fold(question).split())
    for found in _BASE_CLAIMED.finditer(folded):
        worked_out = re.match(r"\S+(?: co so)? (?:la|bang) ", found.group(0))
        if worked_out and _TIMES_BEFORE.search(folded[: found.start()]):
            # "8,0 lần lương cơ sở là 18.720.000": the prize worked out, not the base ("0,3 lần
            # lương cơ sở 2.340.000" still tells the base)
            continue
        told = folded[found.end() :]
        thousands, amount = _BASE_THOUSANDS.match(told), _AMOUNT.match(told)
        if thousands:
            claimed.add(int(thousands.group(1).replace(".", "")) * 1_000)
        elif amount:
            claimed.add(_amount_value(amount))
    claimed = {c for c in claimed if c >= 1_000_000}
    if not claimed:
        return None
    own = _own_base_held(folded)
    if own and own != claimed:
        # "kế toán tính theo lương cơ sở 2.530.000. e nghĩ … phải là 2.340.000 mới đúng. e
        # nghĩ vậy đúng k": the asker's own view is what the closing ask puts up (task h401)
        claimed = own
        if claimed == {base}:
            told = f"{base:,}".replace(",", ".")
            return "Có", f"{OWN_BASE_RIGHT} {told} đồng (theo ngày ký quyết định)."
    if claimed == {base}:
        return "Có", ""
    wrong = ", ".join(f"{c:,}".replace(",", ".") for c in sorted(claimed - {base}))
    told = f"{base:,}".replace(",", ".")
    return (
        "Không",
        f"Lương cơ sở áp dụng là {told} đồng (theo ngày ký quyết định), không phải {wrong} đồng.",
    )


#: the note of a base the asker's own view holds right: its sum is the base, no prize claimed
OWN_BASE_RIGHT = "Lương cơ sở áp dụng đúng là"
#: the asker's own view told: "e nghĩ …", "em thấy …", "theo em …", "e hiểu là …"
_OWN_VIEW = re.compile(
    r"\b(?:(?:e|em|toi|minh) (?:nghi|thay|hieu|cho rang|tinh)|theo (?:e|em|toi|minh))\b"
)
#: the closing ask puts the asker's own view up: "e nghĩ vậy (có) đúng k", "em hiểu thế đúng ko"
_OWN_VIEW_ASKED = re.compile(
    r"\b(?:e|em|toi|minh) (?:nghi|thay|hieu|tinh) (?:vay|the|nhu vay|nhu the)"
    r" (?:co )?(?:dung|chuan) (?:khong|ko|k|hong|chua)\b"
)


def _own_base_held(folded: str) -> set[int]:
    """The base sums the asker's own view names ("e nghĩ lương cơ sở mới từ 1/7 nên phải là
    2.340.000 mới đúng") when the closing ask puts that view up ("e nghĩ vậy đúng k"); empty
    otherwise. Sums in the asker's view that look like a base (1 to 3 million)."""
    asked = _OWN_VIEW_ASKED.search(folded)
    if asked is None:
        return set()
    views = [m for m in _OWN_VIEW.finditer(folded[: asked.start()])]
    if not views:
        return set()
    said = folded[views[-1].end() : asked.start()]
    found = set()
    for at in re.finditer(r"(?<![\d.,/])\d", said):
        amount = _AMOUNT.match(said[at.start() :])
        if amount:
            value = _amount_value(amount)
            if 1_000_000 <= value <= 3_000_000:
                found.add(value)
    return found


#: "… vào ngày ký quyết định (không theo ngày chi tiền hay ngày trao thưởng)": a fact that names
#: the one thing that counts, then the others of its kind that do not
_NOT_BY = re.compile(r"\((?:khong theo|khong tinh theo|khong phai) ([^)]*)\)")
_OPTION_SPLIT = re.compile(r" hay | hoac |, ")
#: words that end the thing a question names ("… ngày nộp hồ sơ phải không")
_OPTION_END = frozenset({"phai", "dung", "khong", "co", "duoc", "a", "ha", "chu", "nhi", "vay"})


def _option_at(words: list[str], at: int) -> tuple[str, ...]:
    """The two words after the kind word at ``at`` ("ngày" → ("ky", "quyet")), or fewer."""
    out = []
    for w in words[at + 1 : at + 3]:
        if not w.isalpha() or w in _OPTION_END:
            break
        out.append(w)
    return tuple(out)


def _moment_option(
    words: list[str], at: int, options: tuple[tuple[str, ...], ...]
) -> tuple[str, ...]:
    """The option named after the moment word at ``at``: its two words, or a fact's option
    said a few words on, past the one who acts ("lúc kế toán chi tiền" names "chi tiền")."""
    near = _option_at(words, at)
    if near in options:
        return near
    window = []
    for w in words[at + 1 : at + 5]:
        if not w.isalpha() or w in _OPTION_END:
            break
        window.append(w)
    for option in options:
        # the window may end inside the option ("lúc kế toán chi, …" names "chi tiền")
        if option and any(
            tuple(window[i : i + len(option)]) == option[: len(window) - i]
            for i in range(len(window))
        ):
            return option
    return near


#: short forms officers write for an option's words ("ngày ký qđ", "ngày nộp hs")
_OPTION_SHORT = {"qd": ("quyet", "dinh"), "hs": ("ho", "so")}

#: other names of the day a decision is signed ("ngày ra QĐ", "ngày ban hành quyết định",
#: "ngày quyết định"), spelt as the facts write it: the day the decision is made is the day it
#: is signed (NĐ 152/2025 Điều 50; task f199)
_SIGNING_DAY_SAID = (
    (("ngay", "ra", "quyet", "dinh"), ("ngay", "ky", "quyet", "dinh")),
    (("ngay", "ban", "hanh", "quyet", "dinh"), ("ngay", "ky", "quyet", "dinh")),
    (("ngay", "quyet", "dinh"), ("ngay", "ky", "quyet", "dinh")),
)


def _signing_day_spelt(words: list[str]) -> list[str]:
    """``words`` with each other name of the decision's day spelt "ngày ký quyết định"."""
    if "quyet" not in words:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for said, spelt in _SIGNING_DAY_SAID:
            if tuple(words[i : i + len(said)]) == said:
                out.extend(spelt)
                i += len(said)
                break
        else:
            out.append(words[i])
            i += 1
    return out


#: the words that name a day as a moment, in place of "ngày"
_MOMENT_NAMES = frozenset({"luc", "khi", "hom"})


#: verbs of handing over a prize: a moment named by one is a day of payment, not of signing
_PAYING_VERBS = frozenset({"chi", "phat", "tra", "nhan", "trao", "lanh", "linh", "cap"})

#: words just before an option that deny it ("chứ không theo", "không phải theo") (task h284)
_OPTION_DENIED = frozenset({"khong", "k", "ko", "hong", "chu"})


def alternative_verdict(question: str, body: str) -> str | None:
    """ "tính theo lương cơ sở ngày nộp hồ sơ phải không" against a fact that says "vào ngày ký
    quyết định (không theo ngày chi tiền hay ngày trao thưởng)": the thing of that kind the
    question names is the fact's own → "Có"; one it rules out, or another of the same kind →
    "Không". None when the fact sets no such choice or the question names none of its kind."""
    said = " ".join(fold(body).split())
    ruled = _NOT_BY.search(said)
    if not ruled:
        return None
    others = [o.split() for o in _OPTION_SPLIT.split(ruled.group(1)) if o.split()]
    kind = others[0][0]
    before = said[: ruled.start()].split()
    if kind not in before:
        return None
    at = len(before) - 1 - before[::-1].index(kind)
    own = _option_at(before, at)
    # "ngày ký qđ" names the fact's "ngày ký quyết định": the short form is spelled out first
    asked = [x for w in fold(question).split() for x in _OPTION_SHORT.get(w, (w,))]
    asked = _signing_day_spelt(asked)
    # "xét theo năm học chứ k theo năm dương lịch": an option denied is not the one claimed
    named = {
        _option_at(asked, i)
        for i, w in enumerate(asked)
        if w == kind and not _OPTION_DENIED.intersection(asked[max(0, i - 2) : i])
    }
    named.discard(())
    if kind == "theo":
        # "(không phải theo năm dương lịch)": "theo" names a measure of any kind ("theo quy chế
        # tỉnh"); only a measure of the fact's own kind (its head word, "năm") is weighed
        heads = {own[:1], *(tuple(o[1:2]) for o in others)}
        named = {n for n in named if n[:1] in heads}
    if own and not named and kind == "ngay":
        # a day named as the moment ("lúc", "thời điểm", "khi" chi tiền) decides only when it
        # is one of the fact's own options: "khi cứu người" names no day of payment
        ruled_out = {_option_at(o, 0) for o in others}
        moments = {
            _moment_option(asked, i, (own, *ruled_out))
            for i, w in enumerate(asked)
            if w in _MOMENT_NAMES or (w == "diem" and i > 0 and asked[i - 1] == "thoi")
        }
        # "lúc phát thưởng", "khi lĩnh tiền": a moment of paying is of the ruled-out kind
        # whatever verb the asker uses for it (issue 11, h299)
        named = {m for m in moments if m and (m == own or m in ruled_out or m[0] in _PAYING_VERBS)}
    if not own or not named:
        return None
    if all(own[: len(n)] == n[: len(own)] for n in named):
        return "Có"
    return "Không"


#: a claim that one way is required ("bắt buộc phải bỏ phiếu kín", "buộc phải nộp bản giấy")
_ONE_WAY_REQUIRED = re.compile(
    r"\b(?:(?P<denied>khong|k|ko|kg|khg|chua|chang) )?"
    r"(?:bat buoc(?: phai)?|buoc phai|nhat thiet phai"
    # task f199 (b199 F2): "hđ tđkt phải bỏ phiếu kín đúng k", "có phải bỏ phiếu kín k": the
    # obligation said bare; only a way the fact gives as one of two is weighed below
    r"|(?P<bare>phai))(?P<way>(?: [a-z]+){1,4})"
)
#: the law named as the source of the claim ("theo luật", "luật quy định", "luật bắt")
_LAW_CLAIMED = re.compile(r"\b(?:theo luat|luat (?:quy dinh|bat|yeu cau|ghi)|nghi dinh)\b")
#: an act done on the strength of the claim ("loại anh B vì …, loại vậy là đúng k"): the act is
#: what is judged (by the act's readers), not the way claimed required
_ACT_ON_IT = re.compile(r"\b(?:loai|bi loai|tra lai|gach ten|(?:khong|k|ko) xet)\b")
_OR_OPTIONS = re.compile(r"((?:[a-z]+ ){1,4})hoac((?: [a-z]+){1,4})")
__all__ += ["one_way_verdict"]


def one_way_verdict(question: str, body: str) -> str | None:
    """ "hội đồng có bắt buộc phải bỏ phiếu kín không hay giơ tay cũng được" against a fact
    giving two ways ("biểu quyết hoặc bỏ phiếu kín"): the way claimed required is one of two the
    fact allows, so the answer is "Tùy" (either way; which one is the unit's or province's
    choice), not the fact's own "Có" for the step itself. "Có" when the claim denies the way is
    required ("k bắt buộc có sáng kiến"): the claim agrees with the fact. None when the claim
    requires nothing or names neither way (task h95)."""
    asked = folded_words(question, "%")
    said = folded_words(body, "%")
    claim = _ONE_WAY_REQUIRED.search(asked)
    if claim is None:
        return None
    if claim.group("bare") and claim.group("denied") is None and _LAW_CLAIMED.search(asked):
        # "… phải bỏ phiếu kín đạt từ 90% trở lên theo luật, đúng k": a bare "phải" claimed
        # the law's own rule is left to the readers of such claims ("Không."), as before the
        # bare form was read here (task f199)
        return None
    if claim.group("bare") and _ACT_ON_IT.search(asked):
        # "hđ loại anh B vì k có sáng kiến, bảo CSTĐCS phải có sáng kiến, loại vậy là đúng k": the
        # bare "phải" is the reason told for the act; the act is judged (test_h304)
        return None
    wanted = claim.group("way").split()
    # fixer f48l (b179): "k nhất thiết phải sáng kiến" denies the way the fact writes "có sáng
    # kiến": the "có" of either is no part of the way denied (a way claimed required keeps
    # the reading as typed)
    bare = claim.group("denied") is not None
    if bare and wanted[:1] == ["co"]:
        wanted = wanted[1:] or wanted
    for found in _OR_OPTIONS.finditer(said):
        left, right = found.group(1).split(), found.group(2).split()
        if bare and right[:1] == ["co"]:
            right = right[1:]
        for way in (left[-len(wanted) :], right[: len(wanted)]):
            # the way claimed is named in full (at least two syllables) as one of the two
            shared = 0
            for a, b in zip(way, wanted, strict=False):
                if a != b:
                    break
                shared += 1
            if shared >= 2 or (shared == len(wanted) == len(way) == 1):
                return "Có" if claim.group("denied") else "Tùy"
    return None


#: a day and month with no year ("28/11", "ngày 28 tháng 11" is not read)
_DAY = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2})(?!\d| ?/ ?\d)")
#: a day told after the limit the step must keep: "sau (ngày) 25/11"
_AFTER_DAY = re.compile(
    r"\b(?:sau|qua|tre hon|muon hon)(?: ngay)? \d{1,2} ?/ ?\d{1,2}(?!\d| ?/ ?\d)"
)
#: the limit restated as the rule and put up for confirmation: "phải xong trước 25/11, đúng k"
_RULE_DAY_CLAIMED = re.compile(
    r"\b(?:phai|can|han(?: chot)?(?: la)?)(?: \w+){0,3}? truoc(?: ngay)? \d{1,2} ?/ ?\d{1,2}\b"
    r"(?: \w+){0,3}? (?:dung|phai) (?:khong|k|ko|chu|ha)\b"
)
#: a time limit in a fact: the day it must be done before
_BY_DAY = re.compile(r"(?:truoc|cham nhat|khong qua|han)(?: ngay)? (\d{1,2})/(\d{1,2})(?![\d]|/\d)")

#: a month told as when it is done: "trong tháng 12", "vào tháng 12", "sang tháng 12" (not "12
#: tháng", a length, nor "tháng 12/2025", a month of another year)
_MONTH_TOLD = re.compile(
    # "đến hết tháng 12": to the month's end, still that month (task h148)
    # "họp xong tháng 12": the step finished that month (h169)
    r"\b(?:trong|vao|sang|den|toi|cuoi|dau|giua|xong) (?:het )?thang (\d{1,2})(?! ?/)\b"
)
#: a month told before the step done in it: "tháng 12 mới họp", "tháng 12 này nộp" (task h191)
_MONTH_DONE = re.compile(
    r"\bthang (\d{1,2}) (?:(?:nay|toi) )?(?:(?:\w+ ){0,2}moi )?"
    r"(?:hop|binh|xet|nop|gui|xong|lam|to chuc|trinh)\b"
)
#: a day a question calls the deadline: "hạn (chót) là 31/12", "hạn cuối ngày 31/12"
_DEADLINE_TOLD = re.compile(
    r"\b(?:han (?:chot |cuoi |nop |chot nop )?(?:la |vao |den |ngay )*"
    # "chị văn hóa bảo phải xong trước 25/11": a limit said, not a day something was done
    r"|phai (?:xong |hoan thanh |nop |hop xong )?truoc (?:ngay )?)"
    r"(\d{1,2}) ?/ ?(\d{1,2})(?!\d| ?/ ?\d)"
)


def day_verdict(question: str, body: str) -> tuple[str, str] | None:
    """ "bình xét xong ngày 30/11 có kịp không" against "xong trước 25/11": a day claimed after
    the fact's limit → "Không", before it → "Có", each with a line comparing the two; None when
    either names no day (or the fact names several limits: which one is asked is not said)."""
    claimed = {(int(m), int(d)) for d, m in _DAY.findall(fold(question))}
    limits = {(int(m), int(d)) for d, m in _BY_DAY.findall(" ".join(fold(body).split()))}
    named = {(int(m), int(d)) for d, m in _DEADLINE_TOLD.findall(" ".join(fold(question).split()))}
    if len(named) == 1 and len(limits) == 1 and len(claimed) > 1:
        # "hôm nay 22/11 …, trưởng thôn bảo hạn chót là 31/12, có đúng không" (task h96): of
        # the days told, the one called the deadline is claimed to be the fact's limit
        (month, day), (by_month, by_day) = named.pop(), limits.pop()
        told, limit = f"{day:02d}/{month:02d}", f"{by_day:02d}/{by_month:02d}"
        if (month, day) == (by_month, by_day):
            return "Có", f"Hạn {limit} đúng như anh/chị nêu."
        return "Không", f"Hạn là {limit}, không phải {told} như anh/chị nêu."
    said = " ".join(fold(question).split())
    months = {int(m) for m in _MONTH_TOLD.findall(said) + _MONTH_DONE.findall(said)}
    if not claimed and len(months) == 1 and len(limits) == 1:
        # "bình xét GĐVH làm trong tháng 12 được không" against "xong trước 25/11" (task h96):
        # a whole month told after the limit's month is late, before it in time; the limit's
        # own month is not decided by the texts
        (month,), ((by_month, by_day),) = months, limits
        limit = f"{by_day:02d}/{by_month:02d}"
        if month > by_month:
            return "Không", f"Tháng {month} anh/chị nêu là sau hạn {limit}."
        if month < by_month:
            return "Có", f"Tháng {month} anh/chị nêu còn trước hạn {limit}."
        return None
    if len(claimed) != 1 or len(limits) != 1:
        return None
    (month, day), (by_month, by_day) = claimed.pop(), limits.pop()
    told, limit = f"{day:02d}/{month:02d}", f"{by_day:02d}/{by_month:02d}"
    if (month, day) == (by_month, by_day):
        # "xong sau ngày 25/11" against "xong trước 25/11": the side of the limit told
        # decides (task h210); "trước 25/11" on 25/11 itself: the texts do not say
        late = list(_AFTER_DAY.finditer(said))
        rule = _RULE_DAY_CLAIMED.search(said, late[-1].end()) if late else None
        if rule is not None:
            # "hồ sơ nộp chậm sau 25/11 bị trả, nghe nói phải xong trước 25/11, đúng k": the
            # day late is the story; the rule restated after it is the claim (task h361)
            return "Có", f"Hạn là trước {limit}, đúng như anh/chị nêu."
        if late:
            return (
                "Không",
                f"Anh/chị nêu sau ngày {told}, tức là quá hạn (phải xong trước {limit}).",
            )
        return None
    if (month, day) > (by_month, by_day):
        return "Không", f"Ngày {told} anh/chị nêu là sau hạn {limit}."
    return "Có", f"Ngày {told} anh/chị nêu còn trước hạn {limit}."


#: a full date ("1/7/2023", "01/01/2024"), not part of a text number ("152/2025/NĐ-CP")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})(?![\d/])")
#: words between what a date is of and the date itself ("hiệu lực kể từ ngày …")
_DATE_FILLERS = frozenset({"tu", "ke", "ngay", "la", "vao", "bat", "dau", "co", "duoc", "tinh"})


#: one event named two ways: a decree is issued ("ban hành") on the day it is signed ("ký"),
#: and a text applies ("áp dụng từ") from the day it takes effect ("hiệu lực")
_SAME_EVENT = {"hanh": "ky", "dung": "luc"}


def _dated(text: str) -> list[tuple[tuple[int, int, int], list[str]]]:
    """Each full date of ``text`` with the two words before it that say what it is the date of
    ("hiệu lực", "thông qua", "ký"), fillers skipped."""
    folded = " ".join(fold(text).split())
    out = []
    for m in _FULL_DATE.finditer(folded):
        day, month, year = (int(g) for g in m.groups())
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        before = [w for w in folded_words(folded[: m.start()]).split() if w.isalpha()]
        before = [w for w in before[-6:] if w not in _DATE_FILLERS][-2:]
        out.append(((year, month, day), before))
    return out


#: the last word before a date claimed as the day a text takes effect ("hiệu lực", "áp dụng")
_IN_FORCE_WORDS = frozenset({"luc", "dung"})
#: a text's number ("06/2022/QH15", "152/2025/NĐ-CP"), folded: its number and year
_TEXT_NUMBER = re.compile(r"(?<![\d/])(\d{1,3}/\d{4})/[a-z]")
#: the day a listed text applies from: "(từ 01/01/2024)"
_FROM_LISTED = re.compile(r"\btu (?:ngay )?(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})(?![\d/])")


def _dates_of_text_named(question: str, body: str) -> set[tuple[int, int, int]]:
    """The start days the body lists with the one text the question names by number, each in
    the same item of the list ("số 06/2022/QH15 (từ 01/01/2024);"); empty when the question
    names no text, or several, or the body gives the text named no start day."""
    numbers = set(_TEXT_NUMBER.findall(" ".join(fold(question).split())))
    if len(numbers) != 1:
        return set()
    (number,) = numbers
    days: set[tuple[int, int, int]] = set()
    for item in re.split(r"[;\n]", fold(body)):
        if number in _TEXT_NUMBER.findall(item):
            found = _FROM_LISTED.findall(item)
            days |= {(int(y), int(m), int(d)) for d, m, y in found}
    return days


def date_verdict(question: str, body: str) -> str | None:
    """ "NĐ 152/2025 hiệu lực từ 1/1/2026 đúng không" against an entry stating "hiệu lực
    01/7/2025": the date claimed for an event against the date the body states for the same
    event (the words before each date name it). "Có" when the body states the claimed date for
    it, "Không" when it states only others; None when the body dates no such event."""
    verdicts = []
    own = _dates_of_text_named(question, body) if "/" in question else {}
    for claimed, what in _dated(question):
        if not what:
            continue
        if what[-1] in _IN_FORCE_WORDS and own:
            # "luật 06/2022/QH15, hiệu lực từ 1/1/2024 phải k" against a list giving each text
            # its own start day: the day listed with the text named, not another text's
            verdicts.append("Có" if claimed in own else "Không")
            continue
        # the word right before the claimed date, among the two before the body's date
        named = {what[-1], _SAME_EVENT.get(what[-1], what[-1])}
        stated = [d for d, words in _dated(body) if named & set(words)]
        if stated:
            verdicts.append("Có" if claimed in stated else "Không")
    if not verdicts:
        return None
    return "Không" if "Không" in verdicts else "Có"


#: a date said as the day something starts: "từ 01/7/2026", "kể từ ngày 1/7/2026"
_FROM_DATE = re.compile(r"\btu (?:ngay )?(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{4})(?![\d/])")


def amount_from_verdict(question: str, body: str) -> str | None:
    """ "lương cơ sở lên 2.530.000 từ 01/01/2026, đúng k" against a body whose sentence giving
    2.530.000 says "từ 01/7/2026": one amount and the day it applies from, claimed together,
    against the days the body's sentences with that amount start it from. "Có" when one of
    them is the day claimed, "Không" when they give only others; None when the question does
    not claim exactly one of each or the body dates the amount nowhere (task h142)."""
    amounts = claimed_amounts(question, keep_base=True)
    folded = " ".join(fold(question).split())
    days = {tuple(int(g) for g in m.groups()) for m in _FROM_DATE.finditer(folded)}
    if len(set(amounts)) != 1 or len(days) != 1:
        return None
    shown = f"{amounts[0]:,}".replace(",", ".")
    stated: set[tuple[int, ...]] = set()
    for sentence in re.split(r"(?<=[.;])\s+(?=[A-ZĐ-])|\n", body):
        if shown in sentence:
            said = " ".join(fold(sentence).split())
            stated |= {tuple(int(g) for g in m.groups()) for m in _FROM_DATE.finditer(said)}
    if not stated:
        return None
    return "Có" if days <= stated else "Không"


#: "5 năm mới xét 1 lần", "3 năm một lần": a period claimed for a review
_PERIOD = re.compile(r"(?<![\d/])(\d{1,2}) nam (?:[a-z]+ ){0,3}?(?:1|mot) lan\b")
#: a fact saying the review is yearly
#: a yearly review claimed in words
_EVERY_YEAR = ("hang nam", "moi nam", "nam nao cung", "tung nam")
_YEARLY = (" xet hang nam ", " xet tang hang nam ", " cong nhan hang nam ", " xet moi nam ")
_YEARLY_SPREAD = re.compile(r" (?:binh )?xet (?:\w+ ){0,6}?hang nam ")


def period_verdict(question: str, body: str) -> str | None:
    """ "thôn văn hóa có phải 5 năm mới xét 1 lần không" against a fact that says "xét hằng
    năm": a period of several years claimed for a yearly review → "Không", one year → "Có";
    None when no period is claimed or the fact states no yearly review."""
    claimed = _PERIOD.findall(" ".join(fold(question).split()))
    if not claimed and any(f" {y} " in _words(question) for y in _EVERY_YEAR):
        claimed = ["1"]  # "có phải xét hằng năm không": a yearly review claimed
    if not claimed:
        # s51: no period claimed, no verdict, whatever the body says: its clauses are not read
        return None
    said = _words(body).replace(" binh xet ", " xet ")
    # "Bình xét ở thôn xong trước 25/11 hằng năm": the review's words may stand between "xét"
    # and "hằng năm" within one clause
    yearly = any(y in said for y in _YEARLY) or any(
        _YEARLY_SPREAD.search(_words(c)) for c in _clauses(body)
    )
    if not claimed or not yearly:
        return None
    return "Không" if any(int(n) > 1 for n in claimed) else "Có"


#: negations that deny what follows them in the same clause
_DENY = ("khong phai", "khong con", "khong duoc", "khong tinh", "khong la", "khong thuoc")
_DENY += ("khong bat buoc", "khong can")
#: "Không có mẫu … toàn quốc" denies that there is one; "không có quy định cấm" is no denial
#: of what is asked (there is no ban: it is allowed)
_DENY += ("khong co",)
_NO_BAN = (" cam ", " han che ", " gioi han ")
#: syllables too common to tie a "có cần X" question to a "không cần Y" clause (composer)
COMMON_SYLLABLES = frozenset(
    [
        "khong",
        "co",
        "can",
        "phai",
        "bat",
        "buoc",
        "thi",
        "dua",
        "khen",
        "thuong",
        "duoc",
        "la",
        "cua",
        "cho",
        "va",
        "the",
        "nay",
        "gi",
        "nao",
    ]
)
#: syllables too common to tie a question to a clause: the above and casual phone words
_COMMON = COMMON_SYLLABLES | frozenset(
    [
        "con",
        "k",
        "ko",
        "hong",
        "dc",
        "j",
        "ha",
        "a",
        "nhi",
        "vay",
        "tinh",
        "xet",
        "tang",
        "danh",
        "hieu",
        "khi",
        "nhu",
        # "làm theo thủ tục …": a preposition, shared by any clause ("khen theo chuyên đề")
        "theo",
    ]
)


#: negations in a question; the tail "… không" that makes it a yes/no is not one of them
_ASKED_NOT = NEGATED | TYPED_NOT


#: words that join what a clause names, never name it ("… đợt thi đua hay tháng cao điểm")
_JOINS = frozenset({"hay", "hoac", "ma", "mot", "nhung", "cac", "voi"})


#: words after a negation that deny a requirement ("không cần", "ko phải", "không bắt buộc")
_NEED = frozenset({"can", "phai", "bat", "buoc"})


def _need_after(words: list[str], at: int) -> bool:
    return words[at + 1 : at + 2] != [] and words[at + 1] in _NEED


#: "… như quy định cũ", "như NĐ 122/2018": the old rule a denial likens its thing to
_LIKE_THE_OLD = re.compile(r" nhu (?:quy dinh|muc|luat|nd|nghi dinh|truoc day)\b")


#: a condition's consequence required: "… thì phải / cần / vẫn phải …"
_THEN_REQUIRED = re.compile(r" thi (?:van )?(?:phai|can|bat buoc) ")


def denied(question: str, body: str, told: str = "") -> bool:
    """The fact negates what the question claims: two of its words, or one pair of them side by
    side, follow a negation in one clause of the fact ("tháng cao điểm … không phải đột xuất",
    "thị trấn tiêu biểu còn xét không" against "Không còn thị trấn")."""
    asked = _words(question).split()
    # the case may be told before the asking sentence ("tháng cao điểm …, khen này có phải …")
    case = {w for w in _words(told).split() if w.isalpha() and w not in _COMMON}
    # what the question itself negates ("không đăng ký thi đua … có được xét LĐTT không") is
    # the case told, not a claim: the fact saying "không … đăng ký" agrees with it
    # "k cần biên bản họp bình xét": a requirement denied names a whole paper, longer than
    # the three words a negated case gets (task h114)
    negated = {
        i
        for at, w in enumerate(asked)
        if w in _ASKED_NOT
        for i in range(at + 1, min(at + (7 if _need_after(asked, at) else 4), len(asked)))
        if at < len(asked) - 2
    }
    content = {
        w for i, w in enumerate(asked) if w.isalpha() and w not in _COMMON and i not in negated
    }
    # what the question tells missing ("k có tổ chức đảng"), its own words
    told_lacking = {
        asked[i] for i in negated if asked[i].isalpha() and asked[i] not in _COMMON | {"co"}
    }
    pairs = {
        f"{a} {b}"
        for i, (a, b) in enumerate(itertools.pairwise(asked))
        if not (a in _COMMON and b in _COMMON)
        and a.isalpha()
        and b.isalpha()
        and not {i, i + 1} & negated
    }
    # brackets stay inside their clause here: "không bắt buộc có hình thức mức thấp (giấy khen)
    # rồi mới …" denies what the bracket names too
    for clause in _clauses(body.replace("(", " ").replace(")", " ")):
        words = _words(clause)
        for negation in _DENY:
            at = words.find(f" {negation} ")
            if at < 0:
                continue
            # "Không còn chấm điểm như quy định cũ của NĐ 122/2018": what is denied ends where
            # the old rule it is likened to begins; "quy định" there is no word of the claim
            # ("tiêu chuẩn … do tỉnh quy định phải k", task h135)
            rest = _LIKE_THE_OLD.split(words[at + len(negation) + 1 :])[0]
            then = _THEN_REQUIRED.search(f" {rest} ")
            if then is not None and told_lacking & set(f" {rest} "[: then.start()].split()):
                # task f184: "không có tổ chức đảng, đoàn thể thì phải ghi rõ là không có, không
                # bỏ trống", the lack told in the question too ("tập thể k có tổ chức đảng thì
                # có cần ghi rõ k"): the condition is the case, and what "thì phải" requires is
                # no part of what is denied; the negations after the requirement are
                after = f" {rest} "
                negated_again = after.find(" khong ", then.end() - 1)
                rest = after[: then.start()] + (
                    after[negated_again:] if negated_again >= 0 else " "
                )
            if negation == "khong co" and any(b in rest for b in _NO_BAN):
                continue
            shared = content & set(rest.split())
            before = content & set(words[:at].split())
            # "khen cuối đợt hay tháng cao điểm không phải đột xuất" denies "đột xuất" of the
            # case it names first: a question about another case ("cứu người … có phải khen
            # đột xuất") is not the one denied
            named = {w for w in words[:at].split() if w.isalpha() and w not in _COMMON | _JOINS}
            if named and not (before | (case & named)) - set(rest.split()):  # "đợt" ~ "đột"
                continue
            if len(shared) >= 2 and shared - before:
                return True
            if any(f" {p} " in rest for p in pairs):
                return True
    return False


#: "còn dùng / áp dụng / hiệu lực …": the question asks whether a text still applies
_STILL = ("con", "dung", "ap dung", "hieu luc", "theo", "can cu")
#: "có cần sửa lại không", "phải cập nhật không": whether what the asker's text says must change
_UPDATE_ASKED = re.compile(
    # task f202 (b202): "chỉ cần đổi số QĐ và ngày là dùng luôn … đúng k" claims that change
    # enough, the rest kept; it asks no change of the text cited
    r"(?<!\bchi )\b(?:can|phai|nen)(?: phai)? (?:sua|thay|cap nhat|dieu chinh|chinh sua|sua doi"
    r"|doi|lam lai|ban hanh lai|thay doi|bo sung)\b"
    # task h298: "phải đợi cuối năm / đến tổng kết" folds like "phải đổi": a wait, no change
    r"(?<!\bdoi(?= (?:den|toi|cuoi|het|tong ket|ket luan|khi|sau|nam sau|dot|hop)\b))"
)
__all__ += ["update_asked"]


def update_asked(question: str) -> bool:
    """The question asks whether something told (a plan citing a repealed text, a step still
    given to the district) must be changed: "Có" is the answer when the block says it is gone,
    not the block's own "Không" for "does it still apply" (task h95)."""
    return _UPDATE_ASKED.search(folded_words(question, "%")) is not None


#: a past decision of the district asked to still hold or to count ("còn giá trị", "có được
#: tính", "tính là 2 lần liên tục", "được bảo lưu"), or to be lost or redone ("có bị mất",
#: "hết hiệu lực", "phải làm lại / công nhận lại")
_KEPT = re.compile(
    r" (?:con (?:gia tri|hieu luc|duoc tinh|duoc cong nhan|duoc dung|duoc giu|dung duoc|tinh)"
    r"|(?:co|duoc|dc|co duoc|co dc) (?:tinh|cong don|cong vao|bao luu|dung lam can cu)"
    r"|tinh (?:la|vao|lien tuc|lien tiep|ca|chung)|bao luu|lam can cu|van (?:duoc )?tinh"
    # "QĐ 2024 do chủ tịch huyện ký vẫn có giá trị khi xét …" (task h120)
    r"|(?:van )?(?:co|con) gia tri|van (?:con )?hieu luc"
    # "vẫn giữ nguyên (giá trị)", "vẫn còn nguyên" (task h361)
    r"|(?:van )?giu nguyen|(?:van )?con nguyen) "
)
_LOST = re.compile(
    r" (?:(?:bi )?mat (?:gia tri|hieu luc|danh hieu)|bi (?:mat|huy|huy bo|vo hieu)|vo hieu"
    r"|het (?:gia tri|hieu luc)|(?:phai|can) (?:lam|xet|cong nhan|cap|doi|ky|tang) lai"
    r"|(?:cap|doi|ky) lai"
    # "giờ có phải đổi sang quyết định của xã không" (task h128): a new decision in its place
    r"|doi (?:sang|thanh|qua) (?:quyet dinh|qd)"
    # "QĐ của huyện giờ không còn giá trị nên phải đếm lại từ 2025": the kept words negated,
    # and the run counted again from the xã's first year (task h145)
    r"|(?:khong|k|ko) (?:con )?(?:co )?(?:gia tri|hieu luc)|(?:dem|tinh) lai"
    # task h435: the counting itself denied ("QĐ của huyện cũ k tính vào chuỗi liên tục nữa",
    # "k dc tính để xét CSTĐ tỉnh nữa"): a loss claimed, which Luật 2022 Điều 22 refutes
    r"|(?:khong|k|ko|kg) (?:con )?(?:duoc |dc )?(?:tinh|cong don|dung lam can cu)) "
)
#: the district's decision told as given before the reform: a title or award "của / do /
#: cấp huyện", or the district as the one that gave it
_DISTRICT_GAVE = re.compile(
    r" (?:(?:cua|do|cap) (?:chu tich |ct |ubnd |uy ban )?(?:huyen|quan|thi xa)"
    r"|(?:huyen|quan|thi xa) (?:da |cu |truoc )?(?:tang|khen|ky|cong nhan|trao|quyet dinh|cap))"
    r" "
)
#: what the district gave: a title or an award, not a text or a plan of its ("kế hoạch của huyện
#: còn làm căn cứ không" asks whether the plan applies, which the reform's "Không" answers)
_AWARD_NAMED = re.compile(
    r" (?:giay khen|danh hieu|cstdcs|cstd|ldtt|lao dong tien tien|chien si thi dua|tap the lao"
    r" dong|ttldtt|thon van hoa|to dan pho van hoa|khen thuong|duoc khen|duoc tang) "
)
_TEXT_NAMED = re.compile(
    r" (?:nghi dinh|thong tu|luat|quy dinh|ke hoach|van ban|quy che|huong dan|nd \d+|tt \d+) "
)
#: the prize taxed: "tính vào thu nhập chịu thuế TNCN" counts it as income, not as a title
_TAX_NAMED = re.compile(r" (?:thue|tncn|thu nhap chiu) ")
__all__ += ["district_award_kept"]
#: a negation before a loss, and the words that may stand between: "k làm mất", "không bị hủy"
_LOSS_NEGATIONS = frozenset({"khong", "k", "ko", "chang"})
_LOSS_LINKS = frozenset({"lam", "bi", "he"})


def _loss_negated(said: str, lost: re.Match[str]) -> bool:
    """A negation right before the loss, or one word before it with "làm / bị / hề" between:
    "k làm mất danh hiệu", "không hề mất" (task h361)."""
    before = said[: lost.start()].split()[-2:]
    if before[-1:] and before[-1] in _LOSS_NEGATIONS:
        return True
    return len(before) == 2 and before[1] in _LOSS_LINKS and before[0] in _LOSS_NEGATIONS


def district_award_kept(question: str) -> str | None:
    """Whether a title or award the district decided before 01/7/2025 still holds and counts:
    "CSTĐCS 2024 do huyện ký còn giá trị không", "năm ngoái huyện tặng, năm nay xã tặng có tính
    2 lần liên tục không" → "Có"; "giấy khen của huyện có bị mất giá trị / phải làm lại không"
    → "Không". None when the question asks no such thing: "huyện còn tặng giấy khen không" is
    whether the district still decides, which the reform's own "Không" answers."""
    said = _words(question)
    if not (_DISTRICT_GAVE.search(said) and _AWARD_NAMED.search(said)) or _TEXT_NAMED.search(said):
        return None
    if _TAX_NAMED.search(said):
        # "tiền thưởng LĐTT do huyện ký năm 2024 có tính vào thu nhập chịu thuế không": the
        # prize's tax is asked (its own part answers), not whether the decision holds
        return None
    kept = _KEPT.search(said)
    # "bỏ huyện k làm mất danh hiệu": a loss negated is no loss claimed, but the award kept
    # (task h361)
    losses = list(_LOST.finditer(said))
    lost = next((m for m in losses if not _loss_negated(said, m)), None)
    kept = kept or next((m for m in losses if _loss_negated(said, m)), None)
    if kept and said[: kept.start()].endswith(" moi"):
        # "phải là chủ tịch huyện ký mới có giá trị": the district's signature claimed to be
        # required now, which the reform's "Không" answers; no past decision is asked of
        kept = None
    if kept and (lost is None or kept.start() < lost.start()):
        return "Có"  # "còn giá trị không hay bị hủy": the first way asked is the claim
    return "Không" if lost else None


#: the district told signing or deciding a decision: "do chủ tịch huyện ký", "huyện quyết định"
_DISTRICT_SIGNED = re.compile(
    r" (?:do |la )?(?:chu tich |ct |ubnd |uy ban )?(?:cap )?huyen"
    r" (?:da )?(?:ky|ki|quyet dinh|tang|cong nhan|ra quyet dinh)\b"
)
#: the signer's power put up for judgement: "có đúng không", "hợp lệ không", "đúng thẩm quyền"
#: ("cho đúng thành tích đó" names the same deed again, not a judgement of the signer)
_RIGHT_ASKED = re.compile(
    r" (?:dung(?! thanh tich)|hop le|hop phap|sai|dung tham quyen|dung quy dinh) "
)
#: a run of titles told (the past decision counted, not judged): "3 lần liên tục", "2 năm liền"
_RUN_TOLD = re.compile(r" (?:lan|nam) (?:lien tuc|lien tiep|lien) | \d+ lan | tinh (?:\w+ )?lan ")
#: the day the district's power ended (Luật 72/2025/QH15; NĐ 129/2025/NĐ-CP Điều 59)
_REFORM_DAY = date(2025, 7, 1)


def district_signed_before_reform(question: str) -> bool:
    """ "nếu quyết định CSTĐCS ký ngày 20/6/2025 thì do chủ tịch huyện ký có đúng k": a decision
    dated before 01/7/2025, when Luật 2022 Điều 80 khoản 2 still gave the district its power,
    told signed by the district: the district was the one to sign it then (task h219)."""
    said = _words(question)
    if _DISTRICT_SIGNED.search(said) is None or _TEXT_NAMED.search(said):
        return False
    if _RIGHT_ASKED.search(said) is None or _RUN_TOLD.search(said):
        # "năm 2024 huyện ký CSTĐCS, 2025 xã ký, có đủ 3 lần liên tục không": the run is
        # asked, which the past decision's own block answers, not the signer's power
        return False
    day = decided_on(question)
    return isinstance(day, date) and day < _REFORM_DAY


__all__ += ["district_signed_before_reform", "district_signed_in_run"]


def district_signed_in_run(question: str) -> bool:
    """ "e CSTĐCS 3 năm liền 2024-2026, 2 năm đầu do chủ tịch huyện ký, …, đủ điều kiện đề nghị
    CSTĐ tỉnh k": the district told as the signer of titles in a run the asker counts, nothing
    said lost: the district is the premise, and the title asked decides (those decisions hold
    and count, Luật 2022 Điều 22; NĐ 129/2025 Điều 59) (task f187, b187 D)."""
    said = _words(question)
    if _DISTRICT_SIGNED.search(said) is None or _RUN_TOLD.search(said) is None:
        return False
    return _TEXT_NAMED.search(said) is None and _LOST.search(said) is None


@functools.lru_cache(maxsize=256)
def _number_pattern(number: str) -> re.Pattern[str]:
    short = "/".join(fold(number).split("/")[:2])  # "122/2018"
    return re.compile(rf"(?<![\d/]){re.escape(short)}(?![\d])")


#: how a text's kind is typed before its bare number ("nd 122", "tt 08", "nghị định 91")
_KIND_TYPED = {"NĐ-CP": r"(?:nd|nghi dinh|n d)", "TT-BNV": r"(?:tt|thong tu)"}


@functools.lru_cache(maxsize=256)
def _short_pattern(number: str) -> re.Pattern[str] | None:
    """ "nd 122" for 122/2018/NĐ-CP: the kind typed, then the number without its year."""
    head, _, rest = number.partition("/")
    kind = _KIND_TYPED.get(rest.split("/")[-1])
    if kind is None:
        return None
    return re.compile(rf"\b{kind} ?(?:so )?0*{int(head)}\b(?![/.,]?\d)")


def repealed_named(question: str, replaced: dict[str, str]) -> list[tuple[str, str]]:
    """(number, what replaced it) for each replaced text the question names by its number
    ("nd 122/2018", "Nghị định 91/2017/NĐ-CP", or its kind and bare number: "nđ 122", when no
    other text of that kind in the list has that number)."""
    if not any(map(str.isdigit, question)):  # s46b: char by char, no generator's frame
        return []  # no text number at all: the common case, answered at once
    folded = " ".join(fold(question).split())
    found = []
    for number, successor in replaced.items():
        if _number_pattern(number).search(folded):
            found.append((number, successor))
    if not found:
        shorts = [
            (number, successor)
            for number, successor in replaced.items()
            if (pattern := _short_pattern(number)) is not None and pattern.search(folded)
        ]
        if len(shorts) == 1:  # "nđ 12" could be two texts: name neither
            found = shorts
    if found and not any(f" {w} " in f" {folded} " for w in _STILL):
        return []
    return found


__all__ += ["told_as_past"]


def told_as_past(question: str, number: str) -> bool:
    """ "trước theo NĐ 91 LĐTT thưởng 0,3 lần, giờ NĐ 152 còn 0,3 không": the replaced text is
    named only in an earlier clause that tells the past, and the last clause asks about now; the
    claim asked is about the rule in force, not whether the old text still holds."""
    folded = " ".join(fold(question).split())
    # "0,3 lần", "2.530.000": a mark between digits ends no clause
    clauses = [c for c in re.split(r"(?<!\d)[,.]|[,.](?!\d)|[;:?!]", folded) if c.strip()]
    if len(clauses) < 2:
        return False
    short = _short_pattern(number)

    def names(clause: str) -> bool:
        return bool(
            _number_pattern(number).search(clause) or (short is not None and short.search(clause))
        )

    *told, last = clauses
    if names(last) or not NOW_TOLD & set(last.split()):
        return False
    naming = [c for c in told if names(c)]
    return bool(naming) and all(PAST_TOLD & set(c.split()) for c in naming)


#: a text number as typed: "86/2023", "152/2025/NĐ-CP"
_TEXT_NUMBER = re.compile(r"(?<![\d/.,])(\d{1,3})/(20\d\d|19\d\d)(?![\d])")
#: a text's year written out after its number: "NĐ 86 năm 2023" is "NĐ 86/2023" (task h220)
_YEAR_WRITTEN = re.compile(
    r"\b(nd|nghi dinh|luat|thong tu|tt|qd|quyet dinh)((?: so)? \d{1,3}) nam ((?:20|19)\d\d)\b",
    re.IGNORECASE,
)
__all__ += ["with_text_years"]


def with_text_years(folded: str) -> str:
    """``folded`` with each text's year written out joined to its number ("nd 86 nam 2023" →
    "nd 86/2023"): a text's number, not a figure or a year claimed."""
    return _YEAR_WRITTEN.sub(r"\1\2/\3", folded)


__all__ += ["current_named"]


def current_named(question: str, cited: str, replaced: dict[str, str]) -> bool:
    """ "GĐVH giờ theo NĐ 86/2023 phải không": the question names a text as the one that applies
    ("theo", "áp dụng", "còn dùng", "hiệu lực"), none it names is listed as replaced, and the
    fact answering it cites each one (``cited``: its text and sources). The mirror of
    ``repealed_named``: the claim that a text in force applies holds."""
    folded = with_text_years(" ".join(fold(question).split()))
    named = {f"{int(n)}/{y}" for n, y in _TEXT_NUMBER.findall(folded)}
    if not named:
        return False
    if not any(f" {w} " in f" {folded} " for w in _STILL) and not text_asked_as_source(
        _words(question)
    ):
        return False
    if any(_number_pattern(number).search(folded) for number in replaced):
        return False
    said = {f"{int(n)}/{y}" for n, y in _TEXT_NUMBER.findall(" ".join(fold(cited).split()))}
    return named <= said


#: the words that deny a thing named just after them ("chẳng có giấy chứng nhận")
_NEGATIONS = ("khong", "chua", "ko", "k", "kg", "chang", "cha", "hong")


def _value_denied(asked: str, value: str) -> bool:
    """ "chỉ được thưởng tiền, không có bằng chứng nhận đúng không" claims it is not given. Any
    naming of a certificate counts: "em làm mất giấy chứng nhận LĐTT, nghe nói LĐTT không có
    giấy chứng nhận" tells it in the story and denies it in the claim."""
    at = asked.find(f" {value} ")
    first = True
    while at >= 0:
        # only a certificate is told lost in the story and denied in the claim; a kind named
        # twice ("… chứ không phải danh hiệu thi đua. Vậy … có phải danh hiệu không") is read
        # at its first naming
        near = asked[max(at - 14, 0) : at + 1]
        if (first or value in _CERTIFICATES) and any(f" {n} " in near for n in _NEGATIONS):
            return True
        if _DROPPED_AFTER.match(asked[at + len(value) + 1 :]):
            # task h390: "huy hiệu của tỉnh bị bỏ rồi", "huy hiệu không còn nữa": the thing
            # said dropped after it is named, as "không còn huy hiệu" says it before
            return True
        if _NO_LONGER_GIVEN.search(asked[: at + 1]):
            # task h372: "… bây giờ k còn dc tặng huy hiệu nữa", at any naming: the verbs of
            # giving between the negation and the thing run past the window above
            return True
        at = asked.find(f" {value} ", at + 1)
        first = False
    return False


#: a thing said dropped right after it is named ("huy hiệu (của tỉnh) bị bỏ / bị bãi bỏ / bị cắt
#: rồi", "huy hiệu hết rồi"), a few words of its own between (task h390)
_DROPPED_AFTER = re.compile(
    r" ?(?:(?:cua|ve|thi|nay|do|the) (?:\w+ ){0,2}?)?(?:(?:da|gio|nay|cung) )?"
    # (not "không còn" after it: "LĐTT có bằng chứng nhận k, còn CSTĐCS có k" folds to "… bang
    # chung nhan k con cstdcs", the yes/no's tail and the next ask)
    r"(?:bi (?:bo|bai bo|cat|cat bo|xoa|xoa bo|huy|huy bo|loai bo)"
    r"|het roi|het (?:duoc )?(?:tang|trao|cap)|bo roi|da bo)\b"
)
#: a thing denied as given: "không còn được tặng", "k dc trao", "chẳng còn có" right before it
_NO_LONGER_GIVEN = re.compile(
    r" (?:khong|ko|k|kg|chang|hong) (?:con )?(?:duoc |dc )?(?:tang|trao|nhan|cap|phat|kem)"
    r"(?: them)? $"
)


def _values_named(asked: str, values: Iterable[str]) -> list[str]:
    named = [v for v in values if f" {v} " in asked]
    # "hộp đựng huy hiệu" also contains "huy hiệu": the longest naming counts
    return [v for v in named if not any(v != w and f" {v} " in f" {w} " for w in named)]


def values_denied(question: str, values: Iterable[str]) -> bool:
    """Whether the question names a thing of ``values`` negated ("không có bằng chứng nhận"),
    which ``value_verdict`` then judges as the claim that it is not given."""
    asked = _words(question)
    return any(_value_denied(asked, v) for v in _values_named(asked, values))


#: the two words an asker uses for the one certificate a title comes with
_CERTIFICATES = ("bang chung nhan", "giay chung nhan")


def value_verdict(question: str, body: str, values: Iterable[str]) -> tuple[str, list[str]] | None:
    """ "CSTĐCS có được thưởng thêm huy hiệu không": the things the question names (of those an
    attribute's facts name, ``values``) against this fact: all named → "Có", else "Không" and
    the ones it does not name (folded); None when the question names none."""
    asked = _words(question)
    named = _values_named(asked, values)
    if not named:
        return None
    clauses = [_words(c) for c in _clauses(body.replace("(", " ").replace(")", " "))]

    def stated(value: str) -> bool:
        # "Không có Bằng chứng nhận; …" names it to say it is not given
        for words in clauses:
            at = words.find(f" {value} ")
            if at >= 0 and not any(f" {n} " in words[: at + 1] for n in ("khong", "chua")):
                return True
        return False

    def alike(value: str) -> tuple[str, ...]:
        # "CSTĐCS không có giấy chứng nhận" is wrong of a title given a Bằng chứng nhận: the
        # asker names the one certificate by either word, in the story and in the claim
        return _CERTIFICATES if value in _CERTIFICATES else (value,)

    def denied_in_question(value: str) -> bool:
        return any(_value_denied(asked, v) for v in alike(value))

    def given(value: str) -> bool:
        return any(stated(v) for v in alike(value))

    if any(denied_in_question(v) for v in named):
        # the claim is that the things named negated are not given (task h96): it holds when
        # the fact gives none of them and gives every one named plainly
        wrong = [v for v in named if denied_in_question(v) == given(v)]
        return ("Không", []) if wrong else ("Có", [])
    # "chỉ được giấy chứng nhận" of a title given a Bằng chứng nhận: the asker's two words
    # for the one certificate are one thing, both as named and as the others left over
    missing = [v for v in named if not given(v)]
    kin = {w for v in named for w in alike(v)}
    if not missing and _only_left(asked, named, [v for v in values if v not in kin and given(v)]):
        # task h390: "thôn văn hóa giờ chỉ còn giấy chứng nhận", "CSTĐ tỉnh chỉ còn bằng và
        # tiền": the claim is that nothing else is given, wrong when the fact gives more
        return ("Không", [])
    return ("Không", missing) if missing else ("Có", [])


#: "chỉ còn / chỉ được / chỉ có / chỉ nhận" right before the things named: nothing else given
_ONLY_LEFT = re.compile(r" chi (?:con|duoc|dc|co|nhan|tang|kem)(?: (?:duoc|dc|co|nhan|tang))? $")


def _only_left(asked: str, named: list[str], others: list[str]) -> bool:
    """The question says only the things it names are left ("chỉ còn giấy chứng nhận") and
    the fact gives others it does not name (``others``, already checked given)."""
    if not others:
        return False
    first = min(asked.find(f" {v} ") for v in named)
    return bool(_ONLY_LEFT.search(asked[max(first - 25, 0) : first + 1]))


#: "chưa / không hoàn thành nhiệm vụ": what follows the negation is a requirement not met
_UNMET = re.compile(r"\b(?:chua|khong|ko|k) (?:dat |co |du )?((?:[a-z]+ ){1,3}[a-z]+)")
#: clause words that make a requirement one route among several, or conditional
_ROUTES = (" hoac ", " neu ", " tuy ", " hay ")


def unmet(question: str, criteria: str) -> str | None:
    """The clause of a title's ``criteria`` that the question says is not met ("trong tập thể có
    1 người chưa hoàn thành nhiệm vụ" against "100 % cá nhân hoàn thành nhiệm vụ"), or None.
    A requirement that is one route of several ("… hoặc có sáng kiến") is never unmet alone."""
    asked = " ".join(_words(question).split())
    for found in _UNMET.finditer(asked):
        words = found.group(1).split()
        # at least three words of it, in the criterion's own order: "hoàn thành nhiệm vụ" is
        # not "hoàn thành tốt nhiệm vụ"
        for size in range(len(words), 2, -1):
            phrase = " ".join(words[:size])
            if set(phrase.split()) <= _COMMON:
                continue
            for clause in _clauses(criteria):
                text = _words(clause)
                at = text.find(f" {phrase} ")
                if at < 0 or any(r in text for r in _ROUTES):
                    continue
                if any(f" {n} " in text[: at + 1] for n in ("khong", "chua")):
                    continue  # the criterion itself is a negation ("không bị kỷ luật")
                return clause.strip()
    return None


#: the question claims two things, or every place, have the same rule
_SAME = ("giong nhau", "bang nhau", "nhu nhau", "ngang nhau", "cung muc", "cung mot muc")
_SAME += ("giong het", "dong deu", "ap dung chung", "chung mot")
#: "A có bằng / giống B không", "A bằng với B": one thing claimed the same as another; not
#: "bằng khen", "bằng chứng nhận" (awards) nor "đồng bằng" (a region)
_SAME_AS = re.compile(
    r"(?<! dong) (?:co (?:bang|giong|ngang)|(?:bang|giong|ngang) voi|giong nhu|ngang bang"
    # "TTLĐTT thưởng bằng TTLĐXS", "TTLĐXS được thưởng bằng TTLĐTT thôi": a prize claimed equal
    # to another title's; not "thưởng bằng tiền mặt / hiện vật / giấy khen", the form a prize
    # takes (tasks h129, h135)
    r"|thuong (?:chi )?(?:bang|ngang)(?! (?:tien|hien|hinh|giay|vat|so|the) )"
    # "xã đồng bằng cũng được trích 1,5% như miền núi": one figure claimed for two things
    # named on either side of "cũng … như"; not "như thế / vậy / sau / nào" (task h171)
    r"|cung(?: \S+){1,6}? nhu(?! (?:the|vay|sau|nao|tren|la|hien|truoc|cu|nhau)\b))"
    r" (?!khen |chung |cap |lao |tot |nghiep |tien |hien |giay |chuyen )"
)
#: who a prize may be for: "A bằng / ngang B" between two of them is a claim of sameness
_RECIPIENTS = ("ca nhan", "tap the", "ho gia dinh")
_SAME_AS_RECIPIENT = re.compile(
    # "thưởng như / giống cá nhân" claims the same as "bằng" does (task h341)
    r" (?:bang|ngang|nhu|giong) (?:(?:giay khen|muc thuong|muc|tien thuong|thuong|cua|cho) ){0,3}"
    r"(?P<other>ca nhan|tap the|ho gia dinh) "
)


def _same_as_recipient(asked: str) -> bool:
    """ "giấy khen tập thể thưởng bằng (giấy khen) cá nhân": the same prize claimed for one
    kind of recipient as for another named before it ("bằng khen cá nhân" names an award,
    which the first kind's word before it tells apart)."""
    found = _SAME_AS_RECIPIENT.search(asked)
    if found is None:
        return False
    before = asked[: found.start() + 1]
    return any(f" {r} " in before for r in _RECIPIENTS if r != found.group("other"))


def _claims_same(asked: str) -> bool:
    """The question (folded words) claims two things are the same: a word of sameness, "A có
    bằng / giống B", or one prize claimed for two kinds of recipient."""
    return (
        any(f" {w} " in asked for w in _SAME)
        or _SAME_AS.search(asked) is not None
        or _same_as_recipient(asked)
    )


#: the question claims they differ
_DIFFER = ("khac nhau", "chenh lech", "khac biet")
#: a difference claimed between two prizes (task h378: "có chênh nhau không", "có khác giấy
#: khen tổng kết năm không"); two names of one title compared keep their own reading
_DIFFER_PRIZE = (*_DIFFER, "chenh nhau", "co chenh", "co khac")
#: the places a question claims one rule for: the whole country, each province (one list for
#: ``same_verdict`` and ``uniform_verdict``)
_PLACES = ("ca nuoc", "toan quoc", "moi tinh", "tat ca cac tinh", "cac tinh", "moi noi")
_PLACES += ("tinh nao", "noi nao", "dia phuong nao")
#: the fact leaves the rule to each province (or says it is a custom, "thông lệ")
_PROVINCE_SETS = re.compile(
    r"tinh quy dinh|do tinh|cua tinh|theo tinh|nhieu tinh|tuy tinh|tung tinh|moi tinh|thong le"
    # a local body sets it ("hạn do xã ghi trong kế hoạch", "do Sở Nội vụ thông báo"): it
    # differs from place to place as a province's own rule does
    r"|do (?:ubnd )?xa (?:ghi|quy dinh|dat|dinh|thong bao)|do so noi vu|ke hoach cua xa"
)
#: a coefficient written in a fact's text ("1,0 và 2,0")
_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,2},\d)(?![\d.,])")


def same_verdict(
    question: str,
    body: str,
    coefficients: Iterable[float],
    each: list[set[float]] | None = None,
) -> str | None:
    """ "cá nhân và tập thể thưởng bằng nhau không", "cả nước đều giống nhau không": a claim of
    sameness read against what the facts state. Several coefficients for the things compared
    (``coefficients``: those of every fact the question asks about), or several written in the
    body, make them differ; a rule the fact leaves to each province differs between places.
    "Không" to a claim of sameness that the facts contradict, "Có" to a claim of difference;
    None when nothing is claimed or the facts do not show a difference (sameness is never
    inferred from silence). ``each`` holds, for several titles compared, each one's own
    coefficients: "LĐTT với giấy khen thưởng giống nhau không" compares the titles, and a
    coefficient they share (0,3 for a person) makes them the same, though the giấy khen has
    another for a collective; none shared makes them differ."""
    asked = _words(question)
    same = _claims_same(asked)
    differ = any(f" {w} " in asked for w in _DIFFER_PRIZE)
    if same == differ:
        return None
    words = _words(body)
    if any(f" {w} " in asked for w in (*_PLACES, "deu")):
        differs = _PROVINCE_SETS.search(" ".join(words.split())) is not None
    elif each is not None and len(each) >= 2 and all(each):
        shared = set.intersection(*({round(c, 2) for c in own} for own in each))
        return ("Có" if shared else "Không") if same else ("Không" if shared else "Có")
    else:
        written = {c.replace(",", ".") for c in _DECIMAL.findall(body)}
        differs = len({round(c, 2) for c in coefficients}) >= 2 or len(written) >= 2
    if not differs:
        return None
    return "Không" if same else "Có"


#: a claim that the first title compared gets less, or more, than the second
_LESS = ("it hon", "thap hon", "kem hon", "nho hon")
_MORE = ("nhieu hon", "cao hon", "lon hon")


def order_verdict(
    question: str,
    each: list[set[float]],
    names: list[tuple[tuple[str, ...], ...]] | None = None,
) -> str | None:
    """ "CSTT có ít hơn LĐTT không", "giấy khen tập thể thưởng cao hơn cá nhân đúng k": two
    titles compared by their prize, each named with its own single coefficient (``each``, in
    the order named): "Có" when the first gets less (more) as claimed, "Không" when it gets the
    same or the other way; None when no direction is claimed.

    A title with several figures, one per recipient ("GK chủ tịch xã thưởng cao hơn LĐTT":
    giấy khen 0,3 for a person or household, 0,6 for a collective; LĐTT 0,3), is claimed to pay
    more or less as a whole: the claim holds only when it holds for every figure, and one figure
    that is the same or the other way makes it wrong (NĐ 152/2025 Điều 50; task f189a).

    ``names`` (the folded phrases naming each side, in ``each``'s order): the side claimed to
    get less or more is the one named last before the comparing word, whatever order the
    titles were read in ("tập thể và cá nhân cùng được giấy khen thì tập thể thưởng cao hơn"
    claims the collective's prize higher, though the person's giấy khen is read first; task
    f50l, b191)."""
    asked = _words(question)
    less = any(f" {w} " in asked for w in _LESS)
    more = any(f" {w} " in asked for w in _MORE)
    if less == more or len(each) != 2 or not all(each):
        return None
    if names is not None and len(names) == 2 and _named_second_nearer(asked, names):
        each = [each[1], each[0]]
    first, second = ({round(c, 2) for c in own} for own in each)
    held = all((a < b if less else a > b) for a in first for b in second)
    return "Có" if held else "Không"


def _named_second_nearer(asked: str, names: list[tuple[tuple[str, ...], ...]]) -> bool:
    """Whether the second side is named nearer before the first comparing word than the first
    side is (or the second only is named before it)."""
    at = min((i for w in (*_LESS, *_MORE) if (i := asked.find(f" {w} ")) >= 0), default=-1)
    if at < 0:
        return False
    before = asked[: at + 1]
    last = [
        max((before.rfind(f" {' '.join(n)} ") for n in side if n), default=-1) for side in names
    ]
    return last[1] > last[0]


def joint_verdict(question: str, name: str, coefficients: Iterable[float]) -> str | None:
    """ "thôn văn hóa với tổ dân phố văn hóa thưởng khác nhau không": two things one title's
    name joins ("Thôn, tổ dân phố văn hóa") compared on a fact giving one coefficient for the
    title, so for both alike. "Có" to a claim of sameness, "Không" to one of difference; None
    when fewer than two of the joined things are named, or the fact sets several figures."""
    asked = _words(question)
    same = _claims_same(asked)
    # "tổ dân phố văn hóa thưởng ít hơn thôn văn hóa" claims a difference too: with one
    # coefficient for both, a claim of more or less is as wrong as one of difference (task h96;
    # only here, where the direction cannot matter: titles with their own figures may differ
    # the other way)
    differ = any(f" {w} " in asked for w in (*_DIFFER, *_MORE_LESS))
    if same == differ or len({round(c, 2) for c in coefficients}) != 1:
        return None
    parts = [_words(p).split() for p in name.split(",")]
    # a part typed by its initials ("tdp" for "tổ dân phố") names it too
    named = [
        p
        for p in parts
        if p
        and (
            f" {' '.join(p[:3])} " in asked
            or (len(p) >= 2 and f" {''.join(w[0] for w in p[:3])} " in asked)
        )
    ]
    if len(parts) < 2 or len(named) < 2:
        return None
    return "Có" if same else "Không"


#: the occasions a form of award is given on (Luật 2022 Điều 5 khoản 2: khen thưởng thường
#: xuyên, đột xuất, theo chuyên đề, theo đợt)
_OCCASION_WORDS = (
    "dot xuat", "tong ket", "chuyen de", "theo dot", "cuoi nam", "dinh ky", "thuong xuyen",
)  # fmt: skip


def occasion_verdict(question: str, coefficients: Iterable[float]) -> str | None:
    """ "giấy khen đột xuất cho cá nhân thì mức tiền thưởng có khác giấy khen tổng kết năm k":
    one form compared with itself given on two occasions. The prize is set by the form and the
    kind of recipient (NĐ 152/2025 Điều 50), never by the occasion: "Không" to a claim of
    difference, "Có" to one of sameness; None unless two occasions are named and the fact gives
    one coefficient (task h378)."""
    asked = _words(question)
    same = _claims_same(asked)
    differ = any(f" {w} " in asked for w in _DIFFER_PRIZE)
    occasions = sum(1 for w in _OCCASION_WORDS if f" {w} " in asked)
    if same == differ or occasions < 2 or len({round(c, 2) for c in coefficients}) != 1:
        return None
    return "Có" if same else "Không"


#: a comparison of amounts claimed ("ít hơn", "cao hơn")
_MORE_LESS = ("it hon", "nhieu hon", "cao hon", "thap hon", "hon", "kem hon", "lon hon")


#: words after "có" that make it no question of whether a thing exists ("có được", "có phải")
NOT_A_THING = frozenset(
    {"duoc", "dc", "phai", "can", "the", "bi", "bat", "con", "nen", "dung", "dat", "tinh"}
    | {"khong", "ko", "k", "ai", "gi", "nao", "bao", "may", "cach", "lam", "xet", "duoc"}
)


def _done_thing(word: str) -> bool:
    """The word after "có làm" names what is done ("tròn", "hồ sơ"), not a question word or a
    modal ("có làm gì", "có làm được", "có làm sao") (task h108)."""
    return word.isalpha() and word not in NOT_A_THING | {"sao", "the", "vay", "chi"}


def thing_asked(asked: list[str]) -> list[int]:
    """Where the last "có" of a yes/no opens the thing asked to exist or be done ("có thủ tục
    đơn giản không"), as a one-item list; empty when that "có" opens a modal ("có được", "có
    phải") or a question word, or when nothing follows but the tail."""
    for i in range(len(asked) - 2, -1, -1):
        if asked[i] != "co":
            continue
        if asked[i + 1] == "lam" and asked[i + 2 : i + 3] and _done_thing(asked[i + 2]):
            return [i]  # "tiền thưởng có làm tròn không": a thing done, not "có làm gì"
        if asked[i + 1] in NOT_A_THING or not asked[i + 1].isalpha():
            return []
        return [i]
    return []


#: "A (đã) đủ chưa, hay phải B": whether A suffices, with the requirement B offered instead
_SUFFICES = re.compile(
    r"(?P<a>(?:\w+ ){1,8}?)(?:da |co )?du (?:chua|khong|ko|k|hong)\b\s*,?\s*(?:hay|hoac) "
    r"(?:la |van |bat buoc |nhat thiet )?(?:phai|can) (?:co |dat |la )?(?P<b>(?:\w+ ?){1,10})"
)


def sufficiency_verdict(question: str, body: str, topic: str = "") -> str | None:
    """ "sáng kiến cấp xã đã đủ chưa, hay phải có sáng kiến ảnh hưởng trong tỉnh": the words
    only A has against the words only B has, read in the fact. The fact stating B and not A's
    own words → "Không" (A is not enough); stating A and not B → "Có"; None otherwise."""
    found = _SUFFICES.search(folded_words(question, "%"))
    if found is None:
        return None
    # A is what stands right before "đủ" ("sáng kiến cấp cơ sở"), not the title asked of
    a = {w for w in found.group("a").split()[-4:] if w.isalpha() and w not in _COMMON}
    b = {w for w in found.group("b").split() if w.isalpha() and w not in _COMMON}
    # the part's own title and attribute ("Sáng kiến") name what both sides are about
    about = set(_words(topic).split())
    only_a, only_b = a - b - about, b - a - about
    if not only_a or not only_b:
        return None
    words = set(_words(body).split())
    # A is stated only with every word it adds ("áp dụng trong đơn vị" is not "áp dụng hiệu
    # quả … trong tỉnh")
    has_a = only_a <= words
    has_b = len(only_b & words) * 2 > len(only_b)
    if has_b and not has_a:
        return "Không"
    if has_a and not has_b:
        return "Có"
    return None


#: "A có đủ (để xét …) không" with no "hay phải B" after it: whether the one thing told suffices
_ROUTE_SUFFICES = re.compile(
    r"(?P<a>(?:\w+ ){1,6}?)(?:co|da) du (?:(?:de|dieu kien|tieu chuan) (?:\w+ ){0,6}?)?"
    r"(?:khong|ko|k|chua|hong)\b(?! (?:hay|hoac)\b)"
)


def route_sufficiency_verdict(question: str, body: str) -> str | None:
    """ "sáng kiến được cơ sở công nhận có đủ để xét CSTĐCS không" against "… hoặc có sáng kiến
    được cơ sở công nhận, hoặc …": that route, as the fact words it, when every word of A (the
    four before "đủ") stands in one of the fact's "hoặc" routes, not its first clause (which
    the routes are added to: "đạt tiêu chuẩn Lao động tiên tiến và …" is not enough by
    itself); None otherwise (Luật 2022 Điều 23 khoản 2, task h146)."""
    found = _ROUTE_SUFFICES.search(folded_words(question, "%"))
    if found is None:
        return None
    a = {w for w in found.group("a").split()[-4:] if w.isalpha() and w not in _COMMON}
    if len(a) < 2:
        return None
    routes = re.split(r"\bhoặc\b", body)[1:]
    for route in routes:
        if a <= set(_words(route).split()):
            return re.split(r"[,;.]", route.strip(), maxsplit=1)[0].strip()
    return None


#: the question claims one condition is enough ("chỉ cần X là đủ", "X thôi là đủ điều kiện")
_ENOUGH = (" chi can ", " chi phai ", " la du ", " da du ", " thi du ")
#: "chỉ cần" folds like "chị cần": the claim of enough also says "đủ" or "thôi"
_ENOUGH_SAID = (" du ", " thoi ")
#: the question claims a title follows from a condition by itself ("3 năm CSTĐCS thì đương
#: nhiên / tự động được CSTĐ tỉnh"): a claim of enough in other words
AUTOMATIC = (" tu dong ", " duong nhien ", " mac nhien ", " mac dinh ", " nghiem nhien ")
__all__ += ["AUTOMATIC"]
#: a condition the fact adds to the one before it ("…, cộng với sáng kiến", "(1) …; và (2) …")
_ADDED = re.compile(r"cộng với|đồng thời|,\s+và có|;\s+và\s+(?:\(\d\)\s*)?|kèm theo điều kiện")
__all__ += ["besides_required", "insufficient", "main_clause_claimed"]


#: a claim that what it names is enough ("… là đủ tiêu chuẩn", "… thì đủ điều kiện")
_ENOUGH_CLAIMED = (" la du ", " thi du ", " da du ", " du tieu chuan ", " du dieu kien ")


def every_clause_named(question: str, criteria: str) -> bool:
    """The question claims what it names is enough, and names every clause of the criteria's
    first sentence (the rule for the main group; "Với công nhân …" after it is another group's):
    each clause shares two of its own syllables, or all when it has fewer, with the claim. A
    claim naming one clause of two is left to ``insufficient`` (task h107)."""
    asked = f" {_words(question)} "
    if not any(cue in asked for cue in _ENOUGH_CLAIMED):
        return False
    claimed = set(asked.split()) - COMMON_SYLLABLES
    first = re.split(r"(?<=\.)\s+", criteria.strip(), maxsplit=1)[0]
    clauses = [c for c in re.split(r";", first) if c.strip()]
    if len(clauses) < 2:
        return False
    for clause in clauses:
        own = set(_words(clause).split()) - COMMON_SYLLABLES
        if not own or len(own & claimed) < min(2, len(own)):
            return False
    return True


def _first_clauses(criteria: str) -> list[str]:
    """The clauses of the criteria's first sentence: the rule for the main group ("Với công
    nhân …" after it is another group's)."""
    first = re.split(r"(?<=\.)\s+", criteria.strip(), maxsplit=1)[0]
    return [c.strip(" .") for c in re.split(r";", first) if c.strip(" .")]


#: a clause's numbering ("Hai điều kiện: (1) …", "và (2) …"): its words ("điều kiện") are no
#: condition a claim could name
#: the words that report a saying ("nghe nói", "bảo"): "nghe" would name "công nghệ"
_REPORTING = frozenset({"nghe", "noi", "bao", "thay"})
_AUTOMATIC_SYLLABLES = frozenset({"tu", "dong", "duong", "nhien", "mac", "dinh", "nghiem"})
_CLAUSE_HEAD = re.compile(r"^(?:[^:(]*:\s*)?(?:và\s+)?\(\d\)\s*")


def _clause_named(clause: str, claimed: set[str]) -> bool:
    own = set(_words(clause).split()) - COMMON_SYLLABLES
    return bool(own) and len(own & claimed) >= min(2, len(own))


#: "ngoài X (ra) còn cần / phải … gì nữa không": whether more than X is required (h169)
_BESIDES = re.compile(r" ngoai (.+?) (?:ra )?con (?:can|phai|doi hoi|yeu cau) ")
#: "X là (đạt) tiêu chuẩn chính": X claimed as the main condition, not as enough (h169);
#: task h386: "… là đạt tiêu chuẩn đầu tiên / thứ nhất rồi": the first condition, not all
_MAIN_CLAIMED = re.compile(
    r" (?:tieu chuan|dieu kien|yeu cau) (?:chinh|chu yeu|co ban|dau tien|thu nhat|thu 1"
    r"|so 1|so mot|truoc tien) "
)
#: task h386: "X là 1 trong 2 tiêu chuẩn", "một trong các điều kiện", "1 điều kiện … thôi": one
#: condition among several claimed, not enough by itself
_ONE_OF_CLAIMED = re.compile(
    r" (?:1|mot) trong (?:(?:\d+|hai|ba|bon|cac|nhung|so) )?(?:tieu chuan|dieu kien|yeu cau) "
    r"| la (?:1|mot) (?:tieu chuan|dieu kien|yeu cau) (?:\S+ ){0,4}?thoi "
)


def besides_required(question: str, criteria: str) -> list[str] | None:
    """The clauses of the criteria a question asking "ngoài X còn cần gì nữa không" leaves
    out of X: some means more is required ("Có"), none that X is all. None when the question
    does not ask so."""
    m = _BESIDES.search(_words(question))
    if m is None:
        return None
    claimed = set(m.group(1).split()) - COMMON_SYLLABLES
    clauses = _first_clauses(criteria)
    if not any(_clause_named(c, claimed) for c in clauses):
        return None  # X is not one of the criteria: the question asks something else
    return [c for c in clauses if not _clause_named(c, claimed)]


def main_clause_claimed(question: str, criteria: str) -> bool:
    """ "LĐTT chỉ cần hoàn thành tốt nhiệm vụ trở lên là đạt tiêu chuẩn chính": the question
    claims the criteria's first clause is their main one, which it is; the others still join
    it (the body lists them)."""
    asked = _words(question)
    clauses = _first_clauses(criteria)
    claimed = set(asked.split()) - COMMON_SYLLABLES
    if _ONE_OF_CLAIMED.search(f" {' '.join(asked.split())} ") is not None:
        # "X là 1 trong 2 tiêu chuẩn": any clause of them named (task h386)
        return len(clauses) >= 2 and any(_clause_named(c, claimed) for c in clauses)
    if _MAIN_CLAIMED.search(asked) is None:
        return False
    return len(clauses) >= 2 and _clause_named(clauses[0], claimed)


#: "tiêu chuẩn là X", "X là (1/một) tiêu chuẩn": one criterion restated for confirmation
_CRITERION_SAID = re.compile(
    r" tieu chuan (?:\S+ ){0,5}?(?:la|gom|co) (?P<after>.+)"
    r"| (?P<before>.+) la (?:1 |mot )?(?:tieu chuan|dieu kien) "
)
#: the asking words between a criterion quoted and its "là" ("X có phải là …", "X cũng là …")
_ASKING_BEFORE_IS = frozenset({"co", "phai", "cung", "chinh", "van", "con"})
#: the asking tail closing the restated criterion ("đúng k", "phải không ạ")
_CRITERION_TAIL = re.compile(
    r" (?:dung|phai|chu|ha|a)(?: (?:khong|k|ko|hong|chu|a|ha|nhi|ad))*\s*$"
)
__all__ += ["criterion_quoted"]


def criterion_quoted(question: str, criteria: str) -> bool:
    """ "nông dân xét LĐTT thì tiêu chuẩn là lao động sản xuất có hiệu quả đúng k", "tích cực
    tham gia phong trào thi đua là 1 tiêu chuẩn của LĐTT, đúng k": the criterion claimed is,
    word for word (three words or more, no negation), a stretch of the criteria text, so the
    claim holds (Luật 2022 Điều 24; task h326)."""
    asked = _words(question)
    if " tieu chuan " not in asked and " dieu kien " not in asked:
        return False
    found = _CRITERION_SAID.search(asked)
    if found is None:
        return False
    said = f" {' '.join(_words(criteria).split())} "
    if found.group("after") is not None:
        # the criterion runs to the asking tail: all of it must be the criteria's words
        claimed = _CRITERION_TAIL.sub("", found.group("after")).split()
    else:
        # the criterion is the end of what stands before "là": its longest quoted stretch
        before = found.group("before").split()
        while before and before[-1] in _ASKING_BEFORE_IS:
            # task h418 (b159 F6): "đoàn kết, tương trợ có phải là một tiêu chuẩn …": the asking
            # words before "là" are no part of the criterion quoted
            before = before[:-1]
        claimed = next(
            (before[i:] for i in range(len(before)) if f" {' '.join(before[i:])} " in said), []
        )
    if len(claimed) < 3 or set(claimed) & _ASKED_NOT:
        return False
    return f" {' '.join(claimed)} " in said


#: "tự động được", "cứ … là được": a condition claimed to bring the title by itself; "tự động
#: không được / mất" claims the opposite, a loss, and is no such claim
_AS_IF_ALONE = re.compile(
    r" (?:tu dong|duong nhien|mac nhien|mac dinh|nghiem nhien) (?:duoc|dc|dat|co|len) "
    # "cứ … là được <title>": the title after it; a bare "… là được" ending a rival's saying
    # beside another ask ("CSTĐCS có cần LĐTT không, … bảo cứ có sáng kiến là được") is not it
    r"| cu .+ la (?:duoc|dc|dat) [a-z]"
)
__all__ += ["alone_claimed_left"]


def alone_claimed_left(question: str, criteria: str) -> str | None:
    """ "gv không bị kỷ luật là tự động được LĐTT", "cứ không vi phạm là được CSTĐCS": a
    condition claimed to bring the title by itself; no title comes by itself (each is judged
    on all its criteria, Luật 2022 Điều 23-28), so the clauses of the criteria's first
    sentence the claim does not name are still needed. None when nothing is claimed to
    suffice by itself, or the claim names every clause."""
    asked = f" {_words(question)} "
    found = _AS_IF_ALONE.search(asked)
    if found is None:
        return None
    # the cue's own syllables ("tự động" against "lao động") and the words reporting the line
    # ("nghe" against "công nghệ") name no clause
    claimed = set(asked.split()) - COMMON_SYLLABLES - _REPORTING - _AUTOMATIC_SYLLABLES
    clauses = [_CLAUSE_HEAD.sub("", c) for c in _first_clauses(criteria)]
    left = "; ".join(c for c in clauses if not _clause_named(c, claimed))
    # the clause goes on "còn cần …": its capital is the sentence's, not a name's
    return left[:1].lower() + left[1:] if left[1:2].islower() else left or None


#: "phải đạt / phải có X": a prerequisite claimed, X up to a break or the tag
_PREREQUISITE = re.compile(
    # "có phải là …" asks what a thing is, not what it needs: only "phải / cần có, đạt"
    # nor "không phải / không cần có" (no requirement claimed), nor "có" of "cơ quan"
    r" (?<!co )(?<! k )(?<! ko )(?<!khong )(?:phai|bat buoc|can) (?:dat|co) (?!quan )"
    r"((?:[a-z0-9]+ ){2,7}?)"
    r"(?=(?:phai|dung|khong|ko|k|a|ha) |$)"
)
__all__ += ["prerequisite_not_in"]


def prerequisite_not_in(question: str, criteria: str) -> str | None:
    """ "muốn CSTĐCS thì giáo viên phải đạt giáo viên dạy giỏi cấp tỉnh, phải k": a
    prerequisite claimed that none of the criteria's clauses or routes names (at most one in
    three of its own syllables is found in them), or None."""
    found = _PREREQUISITE.search(_words(question).replace(" , ", " "))
    if found is None:
        return None
    own = set(found.group(1).split()) - COMMON_SYLLABLES
    # a word or two shared by chance ("bài báo khoa học" against "đề tài khoa học") still
    # leaves the prerequisite unnamed
    if len(own) < 3 or len(own & set(_words(criteria).split())) > max(1, len(own) // 3):
        return None
    return found.group(1).strip()


def insufficient(question: str, body: str) -> str | None:
    """What the fact requires besides the one condition a question claims to be enough, or None.

    "CSTĐ tỉnh chỉ cần 3 lần liên tục CSTĐCS là đủ" against "Phải có 03 lần liên tục … (cộng
    với sáng kiến, đề tài …)": the fact joins a further condition the claim does not name, so
    the claim of sufficiency is wrong whatever the fact's verdict on the first condition. A
    further condition with alternatives ("… hoặc có sáng kiến") is named when the claim holds
    any of them."""
    asked = _words(question)
    if any(cue in asked for cue in AUTOMATIC):
        # the condition claimed to bring the title by itself is told around the cue
        at = [0]
        asked = " la du " + asked
    else:
        at = [asked.find(cue) for cue in _ENOUGH if cue in asked]
    if not at or not any(cue in asked for cue in _ENOUGH_SAID):
        return None
    # what is claimed enough follows "chỉ cần"; the title before it ("chiến sĩ thi đua cơ sở")
    # is not a condition, and its syllables ("cơ sở") would match a condition's words
    start = min(at)
    claimed = set(asked[start:].split()) - COMMON_SYLLABLES
    if " chi " not in asked[start : start + 5]:
        # "X là đủ": the condition is the words before the cue, after the title; the words
        # after it name the title sought ("là đủ để lên CSTĐ tỉnh") or what is said not to be
        # needed ("k cần thêm gì"), neither a condition held
        told = asked[:start] if start else asked
        claimed = set(told.split()) - COMMON_SYLLABLES
    for found in _ADDED.finditer(body):
        rest = re.split(r"[.)]\s|\.$|\)$", body[found.end() :], maxsplit=1)[0].strip(" ,;(")
        if rest.endswith(")") and "(" not in rest:
            rest = rest[:-1]  # the bracket that held the added condition closes here
        if not rest:
            continue
        options = [o for o in re.split(r",?\s+hoặc\s+|,\s+", rest) if o.strip()]
        named = any(
            len((set(_words(o).split()) - COMMON_SYLLABLES) & claimed) >= 2 for o in options
        )
        if not named:
            return rest
    return _listed_besides(claimed, body)


#: the conditions a fact lists after "nếu" ("được xét … nếu A, B và C, D (Điều …)")
_IF_LIST = re.compile(r"\bnếu\s+([^.(]+)")


def _listed_besides(claimed: set[str], body: str) -> str | None:
    """ "nông dân chỉ cần làm ăn có lãi là đủ điều kiện LĐTT" against "… nếu lao động, sản
    xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội, gương mẫu …":
    the claim names one of the conditions the fact lists as all needed; the others are still
    needed. None unless the claim names one of at least three and leaves some unnamed (task
    h101)."""
    found = _IF_LIST.search(body)
    if found is None:
        return None
    pieces = [o.strip() for o in re.split(r",\s+|\s+và\s+", found.group(1)) if o.strip()]
    # a piece of one or two words belongs to its neighbour: "lao động, sản xuất có hiệu quả"
    # is one condition, as is "đoàn kết, tương trợ"
    options: list[str] = []
    for piece in pieces:
        if options and (len(piece.split()) <= 2 or len(options[-1].split()) <= 2):
            options[-1] = f"{options[-1]}, {piece}"
        else:
            options.append(piece)
    if len(options) < 3 or any(" hoặc " in f" {o} " for o in options):
        return None  # a choice of routes is no list of joint conditions
    words = [set(_words(o).split()) - COMMON_SYLLABLES for o in options]
    named = [len(w & claimed) >= 2 for w in words]
    if not any(named) or all(named):
        return None
    return ", ".join(o for o, n in zip(options, named, strict=True) if not n)


#: a claim that only what it names is needed: "chỉ cần X là đủ / là được / thôi", "… không cần
#: (điều kiện) gì thêm"; not "đã đủ điều kiện chưa" (a question) nor "X có tính là đủ điều kiện
#: thứ 2 không" (one condition of several asked)
_ENOUGH_TOLD = re.compile(
    r" chi can .+? (?:du|thoi|la duoc|la dat) "
    r"| (?:khong|k|ko) can (?:\w+ ){0,3}?(?:gi|chi) (?:them|nua|khac) "
)
#: a clause of the criteria for another recipient: "…; tập thể, hộ gia đình có thành tích …"
_OTHER_RECIPIENT = ("tap the ", "ho gia dinh ", "ca nhan ")
__all__ += ["enough_claimed", "joined_besides"]


def enough_claimed(question: str) -> bool:
    """The question claims what it names is enough ("chỉ cần X là đủ", "… không cần gì
    thêm"): its "không" belongs to that claim, not a denial reported on its own."""
    return _ENOUGH_TOLD.search(f" {' '.join(_words(question).split())} ") is not None


def joined_besides(question: str, criteria: str) -> str | None:
    """ "nghe nói LĐTT chỉ cần hoàn thành tốt nhiệm vụ là đủ, không cần gì thêm" against
    "Hoàn thành tốt nhiệm vụ trở lên; có tinh thần …, tích cực tham gia phong trào thi đua":
    the criteria's first sentence joins its required clauses with ";" (Luật 2022 Điều 24
    khoản 1 for LĐTT), so a claim naming some of them as enough leaves the others out. The
    clauses left out, or None when the claim names none or all, or claims no sufficiency.
    A lead before ":" ("Cùng tiêu chuẩn LĐTT: …") and a clause for another recipient
    ("tập thể, hộ gia đình …") are no required clause of their own."""
    asked = " ".join(_words(question).split())
    found = _ENOUGH_TOLD.search(f" {asked} ")
    if found is None:
        return None
    start = asked.find(" chi can ")
    claimed = set(asked[max(start, 0) :].split()) - COMMON_SYLLABLES
    first = re.split(r"(?<=\.)\s+", criteria.strip(), maxsplit=1)[0]
    if "(" in first:
        return None  # a numbered list ("Hai điều kiện: (1) …; và (2) …") is read elsewhere
    first = first.rpartition(":")[2] if first.count(":") == 1 else first
    clauses = [c.strip(" .") for c in first.split(";") if c.strip(" .")]
    clauses = [c for c in clauses if not _words(c).lstrip().startswith(_OTHER_RECIPIENT)]
    if len(clauses) < 2:
        return None
    named = [_clause_named(c, claimed) for c in clauses]
    if not any(named) or all(named):
        return None
    return "; ".join(c for c, n in zip(clauses, named, strict=True) if not n)


#: the question claims one rule for the whole country without a figure of its own ("có thống
#: nhất 1 con số cả nước không", "có giống nhau ở mọi tỉnh không", "cả nước dùng chung 1 mẫu")
_SAME_CLAIMED = (" thong nhat ", " giong nhau ", " nhu nhau ", " chung ", " giong ", " deu ")
__all__ += ["uniform_verdict"]


def uniform_verdict(question: str, body: str) -> str | None:
    """ "Không" when a question claims one rule everywhere and the fact leaves it to each
    province ("theo bộ thủ tục của tỉnh", "UBND tỉnh quy định chi tiết"); None otherwise (a
    figure claimed everywhere is ``figure_verdict``'s)."""
    asked = _words(question)
    if not any(f" {w} " in asked for w in _PLACES) or not any(w in asked for w in _SAME_CLAIMED):
        return None
    if _PROVINCE_SETS.search(" ".join(_words(body).split())) is None:
        return None
    return "Không"


#: the question names the national law itself as what sets the rule ("luật có bắt …", "nghị
#: định có ghi cụ thể … không", "trung ương có quy định …"), not a province's own rules
_LAW_NAMED = (" luat ", " nghi dinh ", " nd ", " trung uong ", " nha nuoc ", " bo noi vu ")
#: " theo luat ": "phải trên 80 % phiếu theo luật đúng không" claims the law sets the figure
#: (task h90)
_LAW_SETS = (" quy dinh ", " bat ", " ghi ", " yeu cau ", " dat ra ", " buoc ", " theo luat ")
#: "luật k cho xét", "luật cấm": the law claimed to forbid it, which the law must then say
#: (task h139)
_LAW_SETS += (" khong cho ", " k cho ", " ko cho ", " cam ")
#: a lead sentence saying the law no longer asks it ("không còn là căn cứ pháp lý")
_LAW_DROPS = (" khong con ", " khong bat buoc ", " khong can ", " khong quy dinh ")
__all__ += ["law_sets_verdict"]
#: the thing claimed gone from the law: "k còn … nữa", "k cần … nữa", "bỏ … rồi"
_DROP_CLAIMED = re.compile(r" (?:khong|k|ko) (?:con|can) (?:\S+ ){1,6}nua ")
#: the law kept or broken by someone, folded ("vi phạm pháp luật", "chấp hành tốt pháp luật")
_LAW_KEPT = re.compile(
    r" (?:vi pham|pham|chap hanh(?: tot| nghiem)?|tuan thu|tuan theo|lam trai) phap luat(?= )"
)
#: the question asks for the detailed rule ("tiêu chuẩn cụ thể", "hồ sơ chi tiết")
_DETAIL = ("cu the", "chi tiet")


#: what a clause naming the law asks when it asks for a figure or a kind, not yes or no
_HOW_MUCH = (" bao nhieu ", " may ", " the nao ", " gi ")
_ASKED_TAIL = (" khong", " k", " ko", " chua", " hong", " khum")


def _law_asked_how_much(asked: str) -> bool:
    """ "đã đủ tỉ lệ chưa, luật quy định bao nhiêu phần trăm": the clause from the law named
    to the end asks how much the law sets, and ends with no yes/no tail; the yes/no of the
    question is another clause's (task h95)."""
    at = min((asked.find(w) for w in _LAW_NAMED if w in asked), default=-1)
    if at < 0:
        return False
    rest = f"{asked[at:].rstrip()} "
    return any(w in rest for w in _HOW_MUCH) and not rest.rstrip().endswith(_ASKED_TAIL)


#: a claim that the law leaves it free ("có phải tự nguyện", "không bắt buộc đúng không"):
#: the same thing a lead saying "không bắt buộc" says, so the law is not claimed to set it
_FREEDOM_CLAIMED = (" tu nguyen ", " khong bat buoc ", " k bat buoc ", " ko bat buoc ", " tuy y ")
#: a text named by its number or year ("Nghị định 86/2023", "luật 2022", "NĐ 152")
_TEXT_NUMBERED = re.compile(r" (?:luat|nghi dinh|nd|thong tu|tt)(?: so)? (?:\d+/\d{4}|\d{4}|\d+) ")
#: what a detail the law may or may not set is called ("luật có quy định tiêu chuẩn …")
_DETAIL_NOUNS = (
    " tieu chuan ",
    " ho so ",
    " ty le ",
    " phieu ",
    " thoi han ",
    " han ",
    " muc ",
    " so luong ",
    " dang ky ",
    " cu the ",
    " chi tiet ",
    " bao nhieu ",
    " mau ",
    " thu tuc ",
    " dieu kien ",
    " quy trinh ",
    " thoi gian ",
    " % ",
    " phan tram ",
    " ngay ",
    " thang ",
)
#: how a question names the law as its source only: "theo luật 2022 có phải …",
#: "NĐ 86/2023 có phải (là văn bản) quy định gia đình văn hóa không"
_SOURCE_ASKS = (" co phai ", " phai la ", " co dung la ")


def text_asked_as_source(asked: str) -> bool:
    """ "Nghị định 86/2023 có phải quy định gia đình văn hóa không" (``asked`` as ``_words``
    gives it): a numbered text asked as the one governing a topic, no detail of it named."""
    if _TEXT_NUMBERED.search(asked) is None or not any(w in asked for w in _SOURCE_ASKS):
        return False
    _, _, tail = asked.partition(" quy dinh ")
    if not tail:
        return False
    # what follows the text's "quy định", up to the asking tail, is the topic only
    ask = re.split(r" (?:khong|k|ko|hong|chua|khum)(?: |$)", tail, maxsplit=1)[0]
    return not any(w in f" {ask} " for w in _DETAIL_NOUNS)


def _law_only_named(asked: str) -> bool:
    """True when the question names the law only as the source of a claim, not to ask whether
    the law itself sets a detail (task h214): "theo luật 2022 có phải tham gia tự nguyện không"
    claims what a "không bắt buộc" lead says (Luật 2022 Điều 3 khoản 1: thi đua với sự tham gia
    tự nguyện), and "Nghị định 86/2023 có phải quy định gia đình văn hóa không" asks which text
    governs the title, which that decree does; neither asks "does the law fix it"."""
    rest = asked
    for denied in (" khong bat buoc ", " k bat buoc ", " ko bat buoc "):
        rest = rest.replace(denied, " ")
    if any(w in asked for w in _FREEDOM_CLAIMED) and " bat buoc " not in rest:
        return True
    return text_asked_as_source(asked)


#: a yes/no of the case ended ("… có đủ phiếu không", "… có bị loại k") before a later ask
#: that names the law ("…, và luật có quy định …", "…, còn luật có bắt buộc …"); the "luật"
#: of "kỷ luật" is no law named
_CASE_ASKED_THEN_LAW = re.compile(
    r"\b(?:co|du|bi|duoc|dc|phai)\b(?: (?!luat\b)\S+){0,8}? (?:khong|k|ko|kg|hong)"
    r"(?: a)?(?: ,| \.| ;| \?)? (?:va |con |thi |vay |the |ma )?(?:\S+ ){0,3}?(?<!\bky )luat\b"
)


def case_asked_before_law(asked: str) -> bool:
    """Whether a message asks its own case first and the law after ("nếu k đăng ký thi đua thì
    có bị loại k, còn luật TĐKT có bắt buộc đăng ký k"): the first ask is the unit's practice,
    whose verdict opens; the law's is the second ask's (project verdict policy, task f205)."""
    if "luat" not in asked:
        return False  # the cheap gate: most questions name no law
    words = " ".join(folded_words(asked).split())
    return _CASE_ASKED_THEN_LAW.search(words) is not None


__all__ += ["case_asked_before_law"]


def law_sets_verdict(question: str, body: str) -> str | None:
    """ "Không" when a yes/no question asks whether the national law itself sets or requires
    something and the fact answering it leaves that to each province ("UBND tỉnh quy định chi
    tiết", "theo bộ thủ tục của tỉnh", "nhiều tỉnh vẫn yêu cầu"); None otherwise. The rule the
    province sets is real, but it is not the law's: the asker is told who sets it instead."""
    asked = _words(question)
    if " phap luat " in asked:
        # "có người vi phạm pháp luật", "chấp hành pháp luật": the law kept or broken is a
        # case told, not the law named as setting the rule (task h358)
        asked = _LAW_KEPT.sub(" ", asked)
    if not any(w in asked for w in _LAW_NAMED) or not any(w in asked for w in _LAW_SETS):
        return None
    # task h375: "luật có quy định chi tiết … hok hay để tỉnh quy định": the province offered
    # after "hay" is the other answer, not the claim; the claim is the law's
    claimed = asked
    if (other := re.search(OR_ELSE, asked)) is not None and " luat " in asked[: other.start()]:
        claimed = asked[: other.start()] + " "
    if any(f" {w} " in claimed for w in ("tinh", "quy che")) and " luat " not in claimed:
        return None  # a province's own rules named: the question is not about the law
    if _law_asked_how_much(asked):
        return None  # "…, luật quy định bao nhiêu phần trăm": asks the figure, not whether
    if any(f" {w} " in claimed for w in ("tinh quy dinh", "do tinh", "giao tinh", "tinh tu")):
        return None  # "theo luật thì tỉnh quy định … đúng không" claims what the fact says
    if _law_only_named(asked):
        return None
    if case_asked_before_law(asked):
        # task f205 (b205 F4): "… a X có đủ phiếu để đề nghị k, và luật TĐKT có quy định tỉ lệ
        # phiếu tối thiểu k": the asker's own case is the first ask, its "Tùy" (the province's
        # quy chế) opens; the law's "Không" answers only the later ask, in the body
        return None
    if _DROP_CLAIMED.search(claimed):
        # "theo luật 2022 k còn đăng ký thi đua nữa đúng k": the law's dropping is what is
        # claimed, which the fact says is so; not the law asked to require it (task f185a)
        return None
    # only the fact's lead sentence decides: "… Tỉnh quy định hồ sơ cụ thể" after a list the
    # decree itself gives leaves details, not the rule, to the province
    sentences = [_words(x) for x in re.split(r"(?<=[.!?])\s+", body.strip())]
    lead = sentences[0]
    if _PROVINCE_SETS.search(lead) is None and not any(n in lead for n in _LAW_DROPS):
        # "tiêu chuẩn cụ thể … luật có ghi không": the details asked are left to the province
        # by a later sentence ("Tiêu chuẩn chi tiết do tỉnh quy định")
        if not any(f" {w} " in asked for w in _DETAIL):
            return None
        if not any(
            _PROVINCE_SETS.search(x) and any(f" {w} " in x for w in _DETAIL) for x in sentences
        ):
            return None
    return "Không"
