"""Stop s49a (issue 11, p99 of `tdkt ask`: the pair adjusters every reading runs): each gate
gives what the code it skips gave. Behaviour only, never timing.

* ``needs`` (``bot/knowledge/facts/pair.py``): an adjuster runs only when its gate, called with
  its own arguments, holds; otherwise its pairs come back as they were. Gated: 19 adjusters of
  ``pair_adjusters``, ``money_asks``, ``figure_owner``, ``firm_staff`` and the analyser's
  ``_each_persons_case`` (a pair of the kind the adjuster turns, drops or adds beside; for
  ``run_toward`` a count's words, since it may add pairs from none);
* ``payer_claimed_in_a_clause`` tests the payer words on the whole question before it folds
  each clause (a clause's words are the whole question's words);
* ``act_judged`` tests the strings its four patterns cannot match without on the whole
  question before it folds each clause;
* the analyser tests a pair of the kind a step turns before the reader of the words that
  guards it (``heard_figure_put_up``, ``still_figure_put_up``, ``xa_self_deciding``,
  ``prize_figure_claimed``): ``figure_on_prize`` is checked here to leave pairs with no prize
  as they are; the two inline steps turn only money or figure pairs, as their code shows, and
  the last is a swap of two pure tests.

The oracle: every tuning question (judge sets and the held-out split "h" left out,
``tests/knowledge/tuning_questions.py``) is read with each gated adjuster watched; wherever its
gate is false, the adjuster itself (``__wrapped__``) is run on the same arguments and must give
the pairs back unchanged. The same is checked on what the analyser hands each one with its
pairs replaced (none, each kind of pair alone, all asked yes/no, none asked), and on hand cases.
The two text gates are checked against the plain scans over every tuning question.

Bite proofs (each break made alone, the named test seen failing, the code restored): listed in
the commit message of s49a.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts import act_judged as act_judged_module
from bot.knowledge.facts import analyser as analyser_module
from bot.knowledge.facts.asked import payer_claimed, payer_claimed_in_a_clause
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.pair_adjusters import figure_on_prize
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.tuning_questions import tuning_questions

#: the adjusters the analyser runs through a gate (the names it calls them by)
GATED = frozenset(
    {
        "_each_persons_case",
        "asked_route_over_story",
        "bare_chair_claimed",
        "barred_case_signed",
        "case_given_by_xa",
        "chair_gives_form",
        "council_chair_claimed",
        "council_role_claimed",
        "counted_recipients_priced",
        "firm_decides_for_staff",
        "fund_kept",
        "missing_paper_asked",
        "paid_sum_unpriced",
        "revoked_after_given",
        "revoker_asked",
        "routed_decider",
        "run_toward",
        "title_registered",
        "uncapped_beside_owner",
        "xa_of_village_title",
    }
)

#: hand cases: what an adjuster that makes pairs from none reads ("2 năm liền …" with no pair
#: read), a payer in a later clause, an act judged by its refusal words only, marks and edges
_EDGES = (
    "",
    " ",
    ",,,",
    "Đ",
    "2 năm liền LĐTT thì được CSTĐCS à",
    "LĐTT 3 năm liền thì được gì",
    "CSTĐ tỉnh 1 lần, có được CSTĐ toàn quốc không",
    "cô ấy ba lần liên tục đạt CSTĐCS, có được đề nghị CSTĐ tỉnh không",
    "thưởng CSTĐCS chỉ bằng 2 lần LĐTT phải không",
    "xã khen giấy khen. Tiền thưởng do xã chi đúng không",
    "cấp nào quyết định khen thì cấp đó chi, đúng k",
    "Bằng khen tỉnh; tiền thưởng: tỉnh trả, phải không?",
    "chị ấy được LĐTT! lấy từ quỹ khuyến học, đúng k",
    "hội đồng xã có cần loại anh ấy ra không",
    "Sở trả hồ sơ của xã, trả vậy là sai phải k",
    "hội đồng gạch tên anh ấy, gạch vậy là đúng phải k",
    "Sở Nội vụ trả hồ sơ TTLĐXS vì trường chỉ có 65 % LĐTT, Sở làm vậy có đúng k",
    "xã đã ký quyết định, nay phát hiện khai gian nên phải hủy, đúng k",
    "2 người: 1 anh bị khiển trách, 1 chị mới tuyển. anh có dc xét k, còn chị thì sao",
    "CHỦ TỊCH XÃ KÝ TẶNG GIẤY KHEN ĐƯỢC KHÔNG",
    "x" * 3000,
)


@pytest.fixture(scope="module")
def model() -> FactModel:
    return FactModel.load(CONTENT)


def _copied(args: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(list(a) if isinstance(a, list) else a for a in args)


def test_the_gated_adjusters_are_those_listed() -> None:
    """Every adjuster the analyser calls through ``needs`` is one this test watches."""
    found = {
        name
        for name, value in vars(analyser_module).items()
        if callable(value) and hasattr(value, "gate") and hasattr(value, "__wrapped__")
    }
    assert found == GATED


@pytest.fixture(scope="module")
def watched(officer_kb: KnowledgeBase) -> dict[str, Any]:
    """Every tuning question read with each gated adjuster watched: where its gate is false,
    the adjuster itself is run on copies of the same arguments. Returns the questions whose
    ungated run differed, the counts of gates passed and skipped and of pairs the adjusters
    changed, and a sample of the arguments each was handed."""
    wrong: list[tuple[str, str]] = []
    skipped: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    handed: dict[str, list[tuple[Any, ...]]] = {name: [] for name in GATED}
    asking = [""]
    patch = pytest.MonkeyPatch()
    for name in GATED:
        adjuster = getattr(analyser_module, name)

        def watch(*args: Any, _adjuster: Any = adjuster, _name: str = name) -> Any:
            kept = _copied(args)
            got = _adjuster(*args)
            if len(handed[_name]) < 5_000:
                handed[_name].append(kept)
            if _adjuster.gate(*_copied(kept)):
                passed[_name] += 1
                changed[_name] += got != kept[0]
            else:
                skipped[_name] += 1
                if _adjuster.__wrapped__(*_copied(kept)) != got or got != kept[0]:
                    wrong.append((_name, asking[0]))
            return got

        patch.setattr(analyser_module, name, watch)
    officer_kb._readings = []
    try:
        for question in tuning_questions():
            asking[0] = question
            officer_kb._readings = []
            officer_kb.read(question)
        for question in _EDGES:
            asking[0] = question
            officer_kb._readings = []
            officer_kb.read(question)
    finally:
        patch.undo()
        officer_kb._readings = []
    return {
        "wrong": wrong,
        "skipped": skipped,
        "passed": passed,
        "changed": changed,
        "handed": handed,
    }


def test_each_gate_skips_only_what_changes_nothing(watched: dict[str, Any]) -> None:
    """Over every tuning question, each gated adjuster, wherever its gate is false, gives back
    the very pairs it was handed when run without the gate. Every gate skips most readings and
    passes some, and past their gates the adjusters do turn pairs."""
    assert watched["wrong"] == []
    skipped, passed, changed = watched["skipped"], watched["passed"], watched["changed"]
    for name in GATED:
        assert skipped[name] > 1_000, name
        assert passed[name] > 0, name
    assert sum(changed.values()) > 200
    assert sum(skipped.values()) > 15 * sum(passed.values()) // 10


def _variants(pairs: list[Pair], pool: list[Pair]) -> list[list[Pair]]:
    """``pairs`` replaced by none, by each pair of ``pool`` alone, all asked yes/no, none."""
    return [
        [],
        *([p] for p in pool),
        [replace(p, yesno=True) for p in pairs],
        [replace(p, yesno=False) for p in pairs],
        [*pairs, *pairs[:1]],
    ]


def test_each_gate_on_other_pairs(watched: dict[str, Any]) -> None:
    """On what the analyser hands each adjuster with its pairs replaced (none; each kind of
    pair alone: every attribute, subject and authority seen, asked yes/no and not; all asked;
    none asked; the first twice), a false gate still means the adjuster changes nothing."""
    handed = watched["handed"]
    kinds: dict[tuple[str, str | None, str | None, bool], Pair] = {}
    for calls in handed.values():
        for args in calls:
            for p in args[0]:
                for asked in (True, False):
                    q = replace(p, yesno=asked)
                    kinds.setdefault((q.attr, q.subject, q.authority, q.yesno), q)
    pool = list(kinds.values())
    assert len(pool) > 100
    checked = 0
    for name in sorted(GATED):
        adjuster = getattr(analyser_module, name)
        for args in handed[name][::40]:
            for pairs in _variants(list(args[0]), pool):
                rest = _copied(args[1:])
                if adjuster.gate(list(pairs), *rest):
                    continue
                assert adjuster.__wrapped__(list(pairs), *_copied(rest)) == pairs, (name, pairs)
                checked += 1
    assert checked > 50_000


def test_run_toward_reads_no_run_without_its_words(model: FactModel) -> None:
    """``run_toward``'s gate is false only with no count or no "năm" / "lần" among the words;
    the runs told in the hand cases pass it and are read."""
    gated = analyser_module.run_toward
    pairs = [Pair("cstd_tinh", "eligible", None, True)]
    for text in _EDGES[4:8]:
        toks = tokens(text)
        assert gated.gate(pairs, toks, [], model), text
    assert not gated.gate(pairs, tokens("CSTĐ tỉnh có được không"), [], model)
    assert not gated.gate(pairs, tokens("năm nay LĐTT thưởng bao nhiêu"), [], model)


def test_payer_claimed_in_a_clause_is_the_plain_scan() -> None:
    """Over every tuning question and the hand cases, the whole-question check gives what the
    clause-by-clause scan gives; many claim a payer, most are skipped at the word check."""
    from bot.core.text import folded_words
    from bot.knowledge.facts.asked import _PAYER_WORD

    texts = [*tuning_questions(), *_EDGES]
    claimed = skipped = 0
    for text in texts:
        got = payer_claimed_in_a_clause(text)
        plain = any(payer_claimed(clause) for clause in re.split(r"[,.;:?!]", text))
        assert got == plain, text
        claimed += got
        skipped += _PAYER_WORD.search(folded_words(text, "/")) is None
    assert claimed > 200
    assert skipped > len(texts) // 2
    assert payer_claimed_in_a_clause(_EDGES[11]) and payer_claimed_in_a_clause(_EDGES[12])


def test_act_judged_is_the_plain_scan() -> None:
    """Over every tuning question and the hand cases, ``act_judged`` gives what it gives with
    its whole-question check always passing; acts of each kind are found, half the questions
    skipped."""
    body = act_judged_module.act_judged.__wrapped__  # the reader, without its cache
    texts = [*tuning_questions(), *_EDGES]
    gated = [body(text) for text in texts]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(act_judged_module, "present", lambda pattern, text: True)
        plain = [body(text) for text in texts]
    for text, got, want in zip(texts, gated, plain, strict=True):
        assert got == want, text
    kinds = Counter(got for got in gated)
    assert len(kinds) == 5  # None and each of (award?, judged right?)
    assert body(_EDGES[13]) == (False, True)  # "có cần loại … ra không": its refusal words only


def test_figure_on_prize_leaves_pairs_with_no_prize(watched: dict[str, Any]) -> None:
    """The analyser asks ``prize_figure_claimed`` only when a prize is read: with none,
    ``figure_on_prize`` gives back the pairs it was handed (every pairs list seen)."""
    seen = 0
    for calls in watched["handed"].values():
        for args in calls:
            pairs = list(args[0])
            if any(p.attr == "money" for p in pairs):
                continue
            assert figure_on_prize(list(pairs)) == pairs
            seen += 1
    assert seen > 10_000
