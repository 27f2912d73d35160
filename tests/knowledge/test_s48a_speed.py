"""Stop s48a (issue 11, p99 of `tdkt ask`, the fact readers the pair adjusters call on every
reading): each fast path gives what the code it replaces gave. Behaviour only, never timing.

* ``payer_claimed`` returns None at once when the folded clause holds none of the words one of
  its patterns needs whole ("chi", "trả", "lo", "quỹ", "cấp", "tiền", "lương", "vốn", "kinh",
  "nguồn"): four clauses in five of the tuning questions name none;
* ``still_figure_put_up`` needs "van" ("vẫn") in the fold and ``heard_figure_put_up`` "nghe" or
  "nguoi" ("nghe nói", "có người bảo") before either splits or rebuilds the text;
* ``_record_count`` (the tail of ``run_count``) with no year told ("20xx") reads only a run of
  one, and that only when "1" or "một" is told;
* ``later_discipline_only`` needs a discipline's name ("kỷ luật", "khiển trách", …) before its
  five scans;
* ``paid_sum_judged`` looks for a sum told only when a yes/no on who may have a title and a
  prize asked plainly are both read; ``each_recipient_priced`` tests "mỗi" / "từng" before it
  looks up the forms; ``asker_directs`` needs an asker's word and "là" / "làm" before its walk.

Each is checked against the plain computation (the code as it was before s48a, kept here as the
oracle) over every tuning question (judge sets and the held-out split "h" left out,
``tests/knowledge/tuning_questions.py``), its clauses, and hand cases for the edges.

Bite proofs (each break made alone, the named test seen failing, the code restored):
``_PAYER_WORD`` without "quy" (payer test), without "tien" (payer test); "van" checked as
"vann" (still-figure test); "nguoi" dropped from the heard check (heard test); the no-year path
returning None always (record test), calling ``_once_told`` only on "mot" (record test);
"khien trach" dropped from ``_DISCIPLINE_WORDS`` (discipline test); ``paid_sum_judged``'s check
asking a yes/no prize in place of a plain one (paid-sum test); ``asker_directs``'s set test
without "lam" (asker test); ``each_recipient_priced``'s gate testing "moi" alone (each-recipient
test: its stated "từng" case; the oracle alone cannot see a gate the reader shares).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.core.text import fold, folded_words
from bot.knowledge import KnowledgeBase
from bot.knowledge.facts import analyser as analyser_module
from bot.knowledge.facts import asked as asked_module
from bot.knowledge.facts import figures as figures_module
from bot.knowledge.facts import records as records_module
from bot.knowledge.facts import revoke_grounds as grounds_module
from bot.knowledge.facts.asked import payer_claimed
from bot.knowledge.facts.deciders import _DIRECTING, ASKERS, asker_directs
from bot.knowledge.facts.figures import heard_figure_put_up, still_figure_put_up
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.money_asks import (
    _EACH,
    _has_variants,
    _recipient_base,
    each_recipient_priced,
)
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.pair_adjusters import _case_unasked, _sum_told, paid_sum_judged
from bot.knowledge.facts.records import _record_count, run_count
from bot.knowledge.facts.revoke_grounds import later_discipline_only
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions

#: hand cases for the edges: empty, marks and capitals, đ/Đ, digits, a very long letter, and
#: the words each fast path looks for, alone and in their patterns
_EDGES = (
    "",
    " ",
    ",,,",
    "Đ",
    "XÃ CHI TIỀN THƯỞNG À",
    "xã tự lo được không",
    "huyện vẫn giữ quỹ để chi",
    "ngân sách tỉnh cấp riêng đúng k",
    "lấy từ quỹ khuyến học, đúng không",
    "lấy kinh phí của trường chi",
    "chi từ lương của trạm",
    "lấy từ tiền quyên góp của chính nhóm",
    "lấy từ vốn chương trình nông thôn mới",
    "cấp nào quyết định khen thì cấp đó chi, đúng k",
    "tỉnh chỉ tặng cờ thôi à",
    "CSTĐCS được bao nhiêu tiền, vẫn 2.340.000 như năm ngoái à",
    "trước em nhớ là 2 lần, giờ VẪN vậy à",
    "nghe nói giấy khen tập thể 0,6 lần lương cơ sở, vậy thôn e dc bn",
    "có người bảo CSTĐCS thưởng 1 lần lương cơ sở, năm nay là bn",
    "NGHE NÓI CSTĐCS thưởng 1,5 lần lương cơ sở, vậy là bao nhiêu",
    "chỉ 1 năm CSTĐCS thì có lên CSTĐ tỉnh được không",
    "CSTĐCS mới được một lần",
    "năm 2026 chị được CSTĐCS",
    "CSTĐCS 2023, 2024 và 2025 thì đủ chưa",
    "2022 CSTĐCS, 2023 chỉ LĐTT, 2024 CSTĐCS, 2025 và 2026 CSTĐCS",
    "mỗi năm 1 lần",
    "được CSTĐCS mà năm sau bị kỷ luật thì danh hiệu năm trước có bị thu hồi không",
    "LĐTT năm ngoái, năm nay bị KHIỂN TRÁCH thì có bị hủy không",
    "được giấy khen tháng 1/2026, tháng 5 bị cảnh cáo",
    "bị xử phạt là bị thu hồi hết các danh hiệu đã nhận",
    "đạt LĐTT năm 2025, tháng 3/2026 bị kỷ luật vì vi phạm năm 2026",
)


def _texts() -> Iterator[str]:
    """Every tuning question, each of its clauses (as ``payer_put_up`` splits them), the hand
    cases, and a very long letter (twenty questions run together)."""
    questions = tuning_questions()
    for question in questions:
        yield question
        yield from re.split(r"[,.;:?!]", question)
    yield from _EDGES
    for at in range(0, len(questions), 500):
        yield " ".join(questions[at : at + 20])


# --- the plain computations (the code as it was before s48a) -------------------------------


def _plain_payer_claimed(question: str) -> str | None:
    m = asked_module
    said = m._NOT_THIS.sub("", folded_words(question, "/"))
    if m._DECIDER_PAYS.search(said):
        return "decider"
    paying = m._PAYS.finditer(said)
    if m._ONLY_TYPED.search(question) and not m._PAY_TYPED.search(question):
        paying = (p for p in paying if not p.group(0).endswith("chi"))
    found = max(
        (
            *m._FUND_OF.finditer(said),
            *paying,
            *m._OTHER_FUND.finditer(said),
            *m._TDKT_FUND.finditer(said),
        ),
        key=lambda p: p.start(),
        default=None,
    )
    raised = m._RAISED.search(said)
    if raised and (found is None or raised.start() > found.start()):
        before = said[: raised.start()].split()
        if "quy" not in before or "tien thuong" in " ".join(before):
            return "other"
    if found is None:
        return None
    if found.re is m._OTHER_FUND:
        return "other"
    if found.re is m._TDKT_FUND:
        return "decider"
    level = next(g for g in found.groups() if g)
    return m._LEVEL_OF.get(level, level)


def _plain_still_figure(question: str) -> bool:
    m = figures_module
    clauses = [c for c in re.split(r"[;?!\n]|[,.](?!\d)", fold(question).lower()) if c.strip()]
    if len(clauses) < 2:
        return False
    words = re.findall(r"[a-z0-9]+", " ".join(clauses[-2:]))
    if not m._STILL_CLAIM & set(re.findall(r"[a-z0-9]+", clauses[-1])):
        return False
    return (
        bool(words)
        and bool(m._STILL_CLAIM & set(words))
        and (words[-1] in m._PUT_UP_END or bool({"dung", "phai"} & set(words[-3:])))
        and any(w.isdigit() for w in words)
    )


def _plain_heard_figure(question: str) -> bool:
    m = figures_module
    text = " ".join(re.findall(r"[a-z0-9.,]+", fold(question).lower()))
    heard = m._HEARD.search(text)
    if heard is None:
        return False
    figure = m._HEARD_FIGURE.search(text, heard.end())
    return figure is not None and m._HOW_MUCH.search(text, figure.end()) is not None


def _plain_record_count(toks: list[str]) -> int | None:
    m = records_module
    held = m._record_run(toks)
    if held is None:
        held = m._record_told(toks)
    if held is not None:
        return held
    listed = m._years_listed(toks)
    if listed is not None and listed >= 2:
        listed += m._title_year_before(toks, listed)
    then_now = m._this_year_too(toks)
    found = then_now if then_now is not None and then_now > (listed or 0) else listed
    return found if found is not None else m._once_told(toks)


def _plain_later_discipline(question: str) -> bool:
    m = grounds_module
    said = folded_words(question, "/")
    later = (
        m._LATER.search(said) is not None
        or (m._PAST_TITLE.search(said) is not None and m._NOW_DISCIPLINE.search(said) is not None)
        or m._later_by_years(said)
        or m._later_by_months(said)
        or m._BLANKET.search(said) is not None
    )
    return later and m._GROUND.search(said) is None


@pytest.fixture(scope="module")
def model() -> FactModel:
    return FactModel.load(CONTENT)


# --- the oracles ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return list(dict.fromkeys(_texts()))


def test_payer_claimed_is_the_plain_scan(texts: list[str]) -> None:
    """Over every tuning question and clause, ``payer_claimed`` finds the level the six scans
    find; many texts claim one, of each kind, and most are skipped by the word check."""
    found: dict[str | None, int] = {}
    skipped = 0
    for text in texts:
        got = payer_claimed(text)
        assert got == _plain_payer_claimed(text), text
        found[got] = found.get(got, 0) + 1
        skipped += asked_module._PAYER_WORD.search(folded_words(text, "/")) is None
    assert {"xa", "tinh", "decider", "other"} <= found.keys()
    assert sum(n for level, n in found.items() if level is not None) > 200
    assert skipped > len(texts) // 2


def test_still_figure_put_up_is_the_plain_reading(texts: list[str]) -> None:
    """``still_figure_put_up`` gives the plain reading on every text; some put a figure up."""
    put = 0
    for text in texts:
        got = still_figure_put_up(text)
        assert got == _plain_still_figure(text), text
        put += got
    assert put >= 2


def test_heard_figure_put_up_is_the_plain_reading(texts: list[str]) -> None:
    """``heard_figure_put_up`` gives the plain reading on every text; some tell a figure heard,
    by "nghe nói" and by "có người bảo"."""
    heard = [text for text in texts if heard_figure_put_up(text)]
    for text in texts:
        assert heard_figure_put_up(text) == _plain_heard_figure(text), text
    assert any("nghe" in fold(t).lower() for t in heard)
    assert any("co nguoi bao" in fold(t).lower() for t in heard)


def test_record_count_is_the_plain_tail(texts: list[str]) -> None:
    """On the words of every text, ``_record_count`` gives the plain tail of ``run_count``; runs
    are counted with years told and without (a run of one), and ``run_count`` gives a run on
    many."""
    with_years = without = 0
    for text in texts:
        toks = tokens(text)
        got = _record_count(toks)
        assert got == _plain_record_count(toks), text
        if got is not None:
            if any(records_module._is_year(t) for t in toks):
                with_years += 1
            else:
                without += 1
    assert with_years > 50
    assert without > 10
    assert sum(run_count(tokens(t)) is not None for t in texts) > 200


def test_later_discipline_only_is_the_plain_scan(texts: list[str]) -> None:
    """``later_discipline_only`` gives the plain reading on every text; some tell a discipline
    after the title."""
    later = 0
    for text in texts:
        got = later_discipline_only(text)
        assert got == _plain_later_discipline(text), text
        later += got
    assert later > 20


# --- the adjusters, on what the analyser hands them -----------------------------------------


def _plain_paid_sum_judged(pairs: list[Pair], question: str) -> list[Pair]:
    if not _sum_told(question):
        return pairs
    priced = {p.entity for p in pairs if p.attr == "money" and not p.yesno}
    bare = [
        p
        for p in pairs
        if p.yesno and p.attr == "eligible" and _case_unasked(p, question) and p.entity in priced
    ]
    if not bare:
        return pairs
    asked = {p.entity for p in bare}
    return [
        replace(p, yesno=True) if p.attr == "money" and p.entity in asked else p
        for p in pairs
        if p not in bare
    ]


def _plain_each_recipient_priced(
    pairs: list[Pair], toks: list[str], model: FactModel
) -> list[Pair]:
    # the two checks in their old order; past both, the rest of the reader is unchanged
    if not any(_recipient_base(p.entity) or _has_variants(p.entity, model) for p in pairs):
        return pairs
    if not _EACH & set(toks):
        return pairs
    return each_recipient_priced(pairs, toks, model)


def _plain_asker_directs(toks: list[str]) -> bool:
    heads = any(
        toks[i] in ASKERS
        and toks[i + 1] in ("la", "lam")
        and any(tuple(toks[i + 2 : i + 2 + len(d)]) == d for d in _DIRECTING)
        for i in range(len(toks) - 2)
    )
    if not heads:
        return False
    acts = any(
        toks[i] in ASKERS and toks[i + 1] == "co" and toks[i + 2] in ("tu", "duoc")
        for i in range(len(toks) - 2)
    )
    return acts or any(toks[i : i + 3] == ["hay", "phai", "xin"] for i in range(len(toks)))


_ADJUSTERS = ("paid_sum_judged", "each_recipient_priced", "asker_directs")


@pytest.fixture(scope="module")
def handed(officer_kb: KnowledgeBase) -> dict[str, list[tuple[object, ...]]]:
    """The arguments the analyser hands each adjuster over one tuning question in three (the
    questions read as ``KnowledgeBase.read`` reads them, clauses and all)."""
    found: dict[str, list[tuple[object, ...]]] = {name: [] for name in _ADJUSTERS}
    patch = pytest.MonkeyPatch()
    for name in _ADJUSTERS:
        stage = getattr(analyser_module, name)

        def kept(*args: object, _stage: object = stage, _name: str = name) -> object:
            found[_name].append(tuple(list(a) if isinstance(a, list) else a for a in args))
            return _stage(*args)  # type: ignore[operator]

        patch.setattr(analyser_module, name, kept)
    officer_kb._readings = []
    try:
        for question in tuning_questions()[::3]:
            officer_kb.read(question)
    finally:
        patch.undo()
        officer_kb._readings = []
    return found


def test_paid_sum_judged_is_the_plain_reading(
    handed: dict[str, list[tuple[object, ...]]], model: FactModel, texts: list[str]
) -> None:
    """On what the analyser hands it, and on every text with a title's eligibility asked yes/no
    beside its prize (the pairs the sum told turns), ``paid_sum_judged`` gives the plain result;
    some are turned."""
    cases = [(list(p), str(q)) for p, q in handed["paid_sum_judged"]]  # type: ignore[call-overload]
    assert len(cases) > 5_000
    both = [Pair("ldtt", "eligible", None, True), Pair("ldtt", "money", None, False)]
    cases += [(list(both), text) for text in texts]
    cases += [([Pair("ldtt", "eligible", None, True), *both[1:]][::-1], t) for t in texts[::7]]
    turned = 0
    for pairs, question in cases:
        got = paid_sum_judged(list(pairs), question)
        assert got == _plain_paid_sum_judged(list(pairs), question), question
        turned += got != pairs
    assert turned > 20


def test_each_recipient_priced_is_the_plain_reading(
    handed: dict[str, list[tuple[object, ...]]], model: FactModel, texts: list[str]
) -> None:
    """On what the analyser hands it, and on every text's words with the giấy khen's prize
    asked, ``each_recipient_priced`` gives the plain result; some price each recipient."""
    cases = [(list(p), list(t), m) for p, t, m in handed["each_recipient_priced"]]  # type: ignore[call-overload]
    assert len(cases) > 5_000
    priced = [Pair("giay_khen", "money", None, False)]
    cases += [(list(priced), tokens(text), model) for text in texts]
    cases += [
        (list(priced), tokens(f"{text} {each} cá nhân và {each} tập thể bn"), model)
        for text in texts[::50]
        for each in ("mỗi", "từng")
    ]
    added = 0
    for pairs, toks, m in cases:
        got = each_recipient_priced(list(pairs), toks, m)
        assert got == _plain_each_recipient_priced(list(pairs), toks, m), " ".join(toks)
        added += len(got) > len(pairs)
    assert added > 20
    # the gate's words are the reader's own: "từng" prices each recipient as "mỗi" does (the
    # plain copy above runs the reader past its checks, so only a stated case catches a gate
    # that drops one of them)
    for each in ("mỗi", "từng"):
        toks = tokens(
            f"xã tặng giấy khen cho 12 cá nhân và 3 tập thể, {each} cá nhân và {each} tập thể bn"
        )
        got = each_recipient_priced(list(priced), toks, model)
        assert {"giay_khen_ca_nhan", "giay_khen_tap_the"} <= {p.entity for p in got}, each


def test_asker_directs_is_the_plain_walk(
    handed: dict[str, list[tuple[object, ...]]], texts: list[str]
) -> None:
    """On what the analyser hands it and on every text's words, ``asker_directs`` gives the plain
    walk; some askers do direct."""
    cases = [list(t) for (t,) in handed["asker_directs"]]  # type: ignore[misc]
    assert len(cases) > 5_000
    cases += [tokens(text) for text in texts]
    cases += [
        tokens("Tôi làm giám đốc công ty nhỏ, tôi có tự quyết được không hay phải xin xã"),
        tokens("em là giám đốc htx, em có được tự khen LĐTT không"),
        ["toi", "la"],
        ["la", "toi"],
        [],
    ]
    directs = 0
    for toks in cases:
        got = asker_directs(toks)
        assert got == _plain_asker_directs(toks), " ".join(toks)
        directs += got
    assert directs >= 2
