"""The neutral context perturbations of ``tests/knowledge/perturb.py`` are neutral in form (h155).

Each adds words around a question (who asks, a greeting, "năm nay", a polite tail, a clause or a
sentence of context, a name) and must keep every word of the question, in order; each has a rule
for where its words could change the meaning, and is not applied there. Questions of our own
wording, none from a question set.
"""

from __future__ import annotations

import random
import re

import pytest

from bot.core.text import fold
from tests.knowledge.perturb import CONTEXT

#: our own wordings: with and without marks, yes/no and not, short and with a comma
OWN = [
    "trường tiểu học có được xét tập thể lao động tiên tiến không",
    "hồ sơ đề nghị giấy khen gồm những gì",
    "ldtt thuong bao nhieu",
    "gdvh binh xet o thon do ai chu tri",
    "chủ tịch xã có ký giấy khen cho hộ gia đình được không?",
    "thon van hoa can nhung mau ho so nao, nop cho ai",
    "cstdcs co can sang kien k",
    "Hội đồng thi đua xã gồm những ai",
]


def _words(text: str) -> list[str]:
    return [fold(w).lower() for w in re.findall(r"\w+", text)]


def _in_order(inner: list[str], outer: list[str]) -> bool:
    it = iter(outer)
    return all(any(w == o for o in it) for w in inner)


def _applied(name: str, q: str, seeds: int = 12) -> list[str]:
    outs = [CONTEXT[name](q, random.Random(seed)) for seed in range(seeds)]
    return [o for o in outs if o is not None and o != q]


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_each_keeps_the_question_words_in_order(name: str) -> None:
    seen = 0
    for q in OWN:
        for out in _applied(name, q):
            seen += 1
            assert _in_order(_words(q), _words(out)), (name, q, out)
            assert len(_words(out)) > len(_words(q)), (name, q, out)
    assert seen, f"{name} applied to none of our questions"


@pytest.mark.parametrize("name", sorted(CONTEXT))
def test_a_bare_question_gets_bare_words(name: str) -> None:
    """Typed without marks, the words added are typed without marks too."""
    for q in OWN:
        if fold(q) != q.lower():
            continue
        for out in _applied(name, q):
            assert fold(out) == out.lower(), (name, q, out)


def test_who_asks_is_not_put_before_an_eligibility_ask_naming_no_one() -> None:
    # "có được xét LĐTT không" with "em là công chức văn hóa xã" in front asks about the asker
    assert _applied("ctx_asker", "có được xét lao động tiên tiến không") == []
    assert _applied("ctx_asker", "co du dieu kien cstdcs k") == []
    # the same ask naming its subject: who asks changes nothing
    assert _applied("ctx_asker", "giáo viên hợp đồng có được xét lao động tiên tiến không")


def test_who_asks_is_not_added_where_the_asker_speaks_already() -> None:
    assert _applied("ctx_asker", "xã em có được tặng cờ thi đua không") == []
    assert _applied("ctx_asker", "em co dc xet ldtt k") == []


def test_this_year_is_not_added_to_a_dated_or_money_question() -> None:
    for q in (
        "ldtt thuong bao nhieu",
        "quyết định ký 10/7/2026 thì thưởng bao nhiêu",
        "chủ tịch huyện còn tặng giấy khen không",
        "hạn đăng ký thi đua là khi nào",
    ):
        assert _applied("ctx_time", q) == [], q
    assert _applied("ctx_time", "cstdcs co can sang kien k")


def test_the_merger_clause_is_never_put_before_a_reform_question() -> None:
    reform = "ubnd huyen con tang giay khen cho thon k"
    outs = [CONTEXT["ctx_clause"](reform, random.Random(seed)) for seed in range(40)]
    assert outs and all(o is not None for o in outs)
    assert not any("sap nhap" in fold(o) for o in outs if o is not None)
    plain = "cstdcs co can sang kien k"
    outs = [CONTEXT["ctx_clause"](plain, random.Random(seed)) for seed in range(40)]
    assert any("sap nhap" in fold(o) for o in outs if o is not None)


def test_a_name_never_splits_a_title() -> None:
    for q in ("co danh hieu xa van hoa khong", "thôn văn hóa cần hồ sơ gì", "xã tiêu biểu ai tặng"):
        assert _applied("ctx_name", q) == [], q
    assert _applied("ctx_name", "hop binh xet gdvh o thon co can bien ban k")
