"""Claims that limit a rule: to one thing ("chỉ A thôi"), or to some people only.

"hội đồng chỉ tham mưu thôi, đúng không", "chỉ được nhận 1 khoản tiền thưởng thôi", "LĐTT chỉ xét
cho công chức thôi": the limit claimed read against the one the fact states, or against a fact
that names more.
"""

from __future__ import annotations

import re

from bot.knowledge.facts.claim import COMMON_SYLLABLES, NEGATED
from bot.knowledge.facts.clauses import first_option
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.opener import without_opener

__all__ = ["limit_stated", "narrowed_claimed", "only_one"]


def limit_stated(asked: str, question: str, body: str) -> str | None:
    """ "Có" when the asking clause claims a limit "chỉ A B" ("chỉ" typed with its mark, or
    closed by "thôi": "chi" alone is also "chi tiền", "chị") and the body states the same
    "chỉ A B", not negated; None otherwise (never "Không": the body may limit in other words)."""
    # of "A hay chỉ B" only A is claimed; of "nếu chỉ A thì B" only B
    toks = tokens(first_option(asked))
    if "thi" in toks:
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    if "chi" not in toks:
        return None  # no "chỉ A B" claimed: the body is not read (s42)
    said = tokens(body)
    marked = "chỉ" in question.lower()
    for i in range(len(toks) - 2):
        if toks[i] != "chi" or not (marked or "thoi" in toks[i + 3 : i + 8]):
            continue
        limit = toks[i + 1 : i + 3]
        if not all(t.isalpha() and t not in COMMON_SYLLABLES for t in limit):
            continue
        for j in range(len(said) - 2):
            if (
                said[j] == "chi"
                and said[j + 1 : j + 3] == limit
                and not NEGATED & set(said[max(0, j - 2) : j])
                # "chỉ hoàn thành nhiệm vụ thì chưa đạt": a condition the body turns down,
                # no limit it states (task h265)
                and "thi" not in said[j + 3 : j + 6]
            ):
                return "Có"
    return None


#: a claim that limits a thing to one: "chỉ được 1 …", "chỉ nhận một …", "chỉ … thôi"
# "1 hình thức chỉ được tặng 1 lần" (h169): the verb of giving between them too
_ONLY_ONE = re.compile(
    r"\bchi (?:duoc |dc |nhan |lay |huong |co |tang |khen |trao ){0,3}(?:1|mot)\b"
    r"|\bchi\b.*\bthoi\b"
)
#: "chỉ khen 1 lần cho 1 thành tích", "1 thành tích chỉ khen 1 hình thức": the limit the law
#: itself sets (Luật 2022 Điều 5 khoản 2 điểm c), not one below what the fact grants
_PER_ACHIEVEMENT = re.compile(r"\b(?:1|mot) thanh tich\b")
#: a fact granting more than one: "cả hai", "cả 2", "đều được", "nhiều lần"
_MORE_THAN_ONE = re.compile(r"\bca (?:hai|2)\b|\bdeu duoc\b|\bnhieu lan\b")


def only_one(question: str, body: str) -> bool:
    """The question claims a limit to one ("chỉ được nhận 1 khoản tiền thưởng thôi") that the
    fact's lead sentence does not set: it grants both, or many."""
    asked = " ".join(tokens(question))
    if (
        " chi can " in f" {asked} "
        or _ONLY_ONE.search(asked) is None
        or _PER_ACHIEVEMENT.search(asked)
    ):
        return False
    lead = " ".join(tokens(re.split(r"(?<=[.!?])\s+", without_opener(body), maxsplit=1)[0]))
    return _MORE_THAN_ONE.search(lead) is not None


#: who a rule may be for, on two axes a claim may narrow: the kind of person, the kind of unit
_GROUP_AXES = (
    {
        "can bo": "can bo",
        "cong chuc": "cong chuc",
        "vien chuc": "vien chuc",
        "nguoi lao dong": "nguoi lao dong",
        "lao dong hop dong": "nguoi lao dong",
        "cong nhan": "cong nhan",
        "nong dan": "nong dan",
        # "chỉ cho (người trong) biên chế": the state's payroll, not its contract workers
        "bien che": "cong chuc",
        "trong bien che": "cong chuc",
        "nguoi trong bien che": "cong chuc",
    },
    {"ca nhan": "ca nhan", "tap the": "tap the", "ho gia dinh": "ho gia dinh"},
)
#: "chỉ (xét / dành / tặng / áp dụng) (cho / với) …": a claim that narrows who the rule is for
_NARROWED = re.compile(
    # "… cả hộ gia đình chứ không chỉ cá nhân": "not only" widens, it narrows nothing (h420)
    r"(?<!\bkhong )(?<!\bko )(?<!\bk )(?<!\bchang )\bchi (?:co )?"
    r"(?:(?:duoc |dc )?(?:xet|danh|tang|ap dung|khen|trao|cong nhan|de nghi) )?"
    r"(?:rieng )?(?:cho |voi |doi voi )?(?P<who>(?:[a-z]+ ?,? ?){1,12})"
)


def _groups(words: str, axis: dict[str, str]) -> set[str]:
    padded = f" {words} "
    return {group for name, group in axis.items() if f" {name} " in padded}


def narrowed_claimed(question: str, body: str) -> bool:
    """The question claims the rule is only for some ("LĐTT chỉ xét cho công chức thôi") and a
    sentence of the fact grants it to another of the same kind (viên chức, người lao động): the
    claim of "only" is wrong whatever the fact says of the ones named. Negated sentences and
    bracketed asides of the fact grant nothing."""
    asked = " ".join(tokens(question))
    found = _NARROWED.search(asked)
    if found is None:
        return False
    # the groups named right after "chỉ", up to "thôi" or a clause turning to others ("còn …")
    who = re.split(r"\b(?:thoi|con|ma|thi|khong|k|ko|dung|phai)\b", found.group("who"))[0]
    if not any(who.startswith(name) for axis in _GROUP_AXES for name in axis):
        return False  # "chi hội", "chị Mai": the word is no "only" before a group
    for n, axis in enumerate(_GROUP_AXES):
        claimed = _groups(who, axis)
        if not claimed:
            continue
        for sentence in re.split(r"(?<=[.;])\s+", without_opener(body)):
            words = " ".join(tokens(re.sub(r"\([^)]*\)", " ", sentence)))
            if {"khong", "chua"} & set(words.split()):
                continue
            if _groups(words, axis) - claimed:
                return True
            # "giấy khen chỉ tặng cho cán bộ thôi" against "cá nhân, tập thể, hộ gia đình":
            # a rule for every person (or for units too) is wider than a kind of person
            # (only a sentence naming no kind of person: "cá nhân là cán bộ, công chức …"
            # names the kinds, which the line above compares)
            if (
                n == 0
                and not _groups(words, axis)
                and _groups(words, _GROUP_AXES[1]) & {"ca nhan", "tap the", "ho gia dinh"}
            ):
                return True
    return False


#: a cap claimed gone: "k còn bị giới hạn 15 %", "không khống chế", "không có tỷ lệ tối đa",
#: "đã bỏ tỷ lệ"
_CAP_DENIED = re.compile(
    r"\b(?:(?:khong|k|ko|kg|chang) (?:con )?(?:bi )?(?:gioi han|khong che|han che"
    r"|co (?:ty le|gioi han)|ap dung ty le)|(?:da )?bo (?:ty le|gioi han))\b"
)
#: the cap fact's opening when no national cap holds (brief §2.11; NĐ 91/2017 repealed)
_NO_NATIONAL_CAP = "khong co ty le toi da toan quoc"


def no_cap_confirmed(claim: str, body: str) -> bool:
    """The claim says a title's cap is gone ("CSTĐCS k còn bị giới hạn 15 % theo nghị định")
    and the cap fact says no national cap holds: the claim agrees with the fact, though the
    figure it names is the repealed one (task f179a, b179 F5)."""
    said = " ".join(tokens(claim))
    return _CAP_DENIED.search(said) is not None and " ".join(tokens(body)).startswith(
        _NO_NATIONAL_CAP
    )
