"""Stop s51 (issue 11, p99 of `tdkt ask`): each speed-up gives what the code it replaces gave,
on the tuning questions. Behaviour only, never timing.

The slowest bench questions (the 1-2 % that make the p99) are short compound asks: each clause
read and searched again, a yes/no clause answered alone, the hearsay rules read for each ask. s51
cuts work those asks repeat that cannot change what they give:

* the hearsay loop skips a rule when one of its "about" patterns has none of its needed strings
  in the question (the pre-filter reads only the first "about"); reads the plain yes/no
  (``_YESNO``) of a clause only where neither other way of asking is found; looks for the
  rule's case in the clauses after the line reported only when a line is reported (else both
  starts are the first clause); and reads a claim only in the clauses after the best one found,
  from the last (a later claim of the rule wins only in a later clause);
* ``payer_put_up`` reads whether a payer's claim is asked only when a payer is claimed;
* ``claim.period_verdict`` reads the fact's clauses only when the question claims a period;
* ``_ask`` (and ``_surer``) measure the coverage of their first entry hit alone: the other hits
  give the related topics' keys, never their confidence (a text named by its number reorders
  the hits on their titles, and every hit is measured then).

Each is checked against the plain computation (the code before s51: kept here as source run in
the module's own namespace, or the helpers' plain forms put back with ``monkeypatch``) over the
questions of ``tests/knowledge/*_questions.yaml`` we may read (``tuning_questions``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import pytest

from bot.knowledge.answer import _TEXT_NUMBER_ASKED, KnowledgeBase
from bot.knowledge.facts import analyser, claim, pair_adjusters
from bot.knowledge.facts import hearsay as hearsay_module
from bot.knowledge.facts.asked import payer_claimed_in_a_clause
from bot.knowledge.facts.hearsay import (
    _ASKED,
    _CONFIRM,
    _NEGATED,
    _PUT_UP,
    _YESNO,
    HearsayRule,
    _told,
    asked_after_another,
    ruling,
)
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.triggers import present
from bot.knowledge.retype import without_place_names
from tests.knowledge.tuning_questions import tuning_questions as _tuning

#: ``payer_put_up`` before s51 (whether the claim is asked read before whether one is made)
_PLAIN_PAYER = r'''
def payer_put_up(pairs: list[Pair], question: str, toks: list[str], model: FactModel) -> list[Pair]:
    """ "tiền thưởng giấy khen xã chi à", "bằng khen tỉnh thì tiền thưởng do xã chi đúng k":
    the prize asked with a level claimed to pay it asks who pays, not how much; the prize part
    becomes the payer's yes/no, which the composer weighs against the level that decides (the
    fund of the deciding level pays, NĐ 152/2025). A title read only as what the asker holds
    ("tiền thưởng LĐTT … chi từ quỹ thi đua của xã": the fund became the entity) is the title
    asked. Nothing changes unless a level is claimed to pay and the claim is asked (task h115).
    """
    words = [t for t in toks if t.isalnum()]
    claimed = payer_claimed_in_a_clause(question)
    if claimed and old_base_heard(question):
        # task h264: "xã chi thưởng …; chị PCT bảo tính theo lương cơ sở cũ, đúng không": the
        # old base is the line put up; the payer told in the story claims nothing
        claimed = False
        pairs = [replace(p, yesno=False) if p.attr == "payer" else p for p in pairs]
        # the prize judged on that base leads the parts the story named
        pairs.sort(key=lambda p: p.attr != "money")
    asked = (
        any(p.yesno for p in pairs)
        or put_up(words)
        or (not pairs and is_yesno(toks))
        # "… tiền thưởng 1,5 lần thì xã phải tự chi …, vậy có đúng k": the letter's closing
        # tail puts up what it told, the payer claimed with it (task h286)
        or CONFIRM_TAIL.search(" ".join(words)) is not None
    )
    if not (claimed and asked):
        if any(p.attr == "payer" for p in pairs):
            return pairs
        if _PAYER_ASKED.search(folded_words(question)):
            # "trường tự chi hay xã chi", "vậy ai chi mới đúng": who pays is asked, not
            # claimed; it is answered beside the prize (task h166)
            return pairs + [replace(p, yesno=False) for p in _payers_of(pairs, model)]
        if "dau" in words and payer_asked_apart(question):
            # "tiền thưởng giấy khen của tiểu thương lấy từ đâu": the title and its recipient
            # stand between the money and "lấy từ đâu", so no payer cue is whole; the prize
            # stays only where its amount is asked too ("…, năm nay bn") (task h244)
            payers = [replace(p, yesno=False) for p in _payers_of(pairs, model)]
            if not payers or "bn" in words or "nhieu" in words:
                return pairs + payers
            # the payer stands where the prize was read: a part asked before it keeps its place
            at = next(i for i, p in enumerate(pairs) if p.attr == "money")
            rest = [p for p in pairs if p.attr != "money"]
            return rest[:at] + payers + rest[at:]
        return pairs
    if _FIGURE_PUT_UP.search(fold(question).lower()) or "bn" in words or "nhieu" in words:
        # "CSTĐ tỉnh thưởng 7.590.000 và do quỹ tỉnh chi phải k", "… xã phải tự chi đúng k,
        # thưởng bn": the figure is put up or asked beside who pays; both are answered
        payers = payer_beside_money(pairs, model, asked="bn" in words or "nhieu" in words)
        if _PAYER_ASKED.search(folded_words(question)):
            # "… mỗi cái bao nhiêu và xã chi hay tỉnh chi": the payer is asked, not claimed
            return [replace(p, yesno=False) if p.attr == "payer" else p for p in payers]
        return payers
    payers = {p.entity for p in pairs if p.attr == "payer"}
    if payers:
        # "tiền thưởng TTLĐXS xã tự chi à": the payer was read from its own cue; the claim
        # put up makes it the yes/no, and the prize beside it was not asked
        return [
            replace(p, yesno=True) if p.attr == "payer" else p
            for p in pairs
            if not (p.attr == "money" and p.entity in payers)
        ]
    prize_paid = _prize_paid_claimed(question)
    if not pairs:
        # "cấp nào quyết định khen thì cấp đó chi, đúng k": a payer claimed with no title named
        # is the general rule's yes/no (NĐ 152/2025/NĐ-CP Điều 46)
        return [Pair(_FUND, "payer", None, True)] if prize_paid else pairs
    out: list[Pair] = []
    for p in pairs:
        entity = p.entity
        if model.fact(entity, "decides") is None:
            # the title told as what was won ("khen đột xuất cho người dân …"): its level pays
            won = [c for c in (p.subject or "", *p.cases) if c.startswith("dat_")]
            entity = won[0][len("dat_") :] if won else entity
        # "tiền lấy từ quỹ thi đua của xã phải không": the fund named is whose money pays,
        # whatever attribute its words were read as (task h166)
        if p.entity == _FUND or (p.attr == "money" and model.fact(entity, "decides") is not None):
            subject = None if entity != p.entity else p.subject
            p = replace(p, entity=entity, attr="payer", yesno=True, subject=subject)
        if p not in out:
            out.append(p)
    if prize_paid and not any(p.attr == "payer" for p in out):
        # "thôn văn hóa là chủ tịch xã tặng, tiền xã chi phải k": who pays is claimed beside
        # who decides, which is mostly told; the claim on the payer leads, as its own part
        payer = [
            replace(p, attr="payer", yesno=True, subject=None)
            for p in out
            if model.fact(p.entity, "decides") is not None
        ][:1]
        out = payer + out
    return out
'''

#: ``claim.period_verdict`` before s51 (the fact's clauses read before the question's period)
_PLAIN_PERIOD = r'''
def period_verdict(question: str, body: str) -> str | None:
    """ "thôn văn hóa có phải 5 năm mới xét 1 lần không" against a fact that says "xét hằng
    năm": a period of several years claimed for a yearly review → "Không", one year → "Có";
    None when no period is claimed or the fact states no yearly review."""
    claimed = _PERIOD.findall(" ".join(fold(question).split()))
    if not claimed and any(f" {y} " in _words(question) for y in _EVERY_YEAR):
        claimed = ["1"]  # "có phải xét hằng năm không": a yearly review claimed
    said = _words(body).replace(" binh xet ", " xet ")
    # "Bình xét ở thôn xong trước 25/11 hằng năm": the review's words may stand between "xét"
    # and "hằng năm" within one clause
    yearly = any(y in said for y in _YEARLY) or any(
        _YEARLY_SPREAD.search(_words(c)) for c in _clauses(body)
    )
    if not claimed or not yearly:
        return None
    return "Không" if any(int(n) > 1 for n in claimed) else "Có"
'''


def _plain(module: ModuleType, source: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of ``source`` (the code before s51), run with ``module``'s own
    names: the same helpers and patterns the fast one reads."""
    namespace = dict(vars(module))
    exec(source, namespace)  # this file's own text above: the oracle
    found: Callable[..., Any] = namespace[name]
    return found


# ------------------------------------------------------------------ hearsay rules


def _plain_kinds(ends: Sequence[str]) -> list[tuple[bool, bool, bool]]:
    return [
        (
            bool(_CONFIRM.search(e) or _PUT_UP.search(e)),
            bool(_ASKED.search(e)),
            bool(_YESNO.search(e)),
        )
        for e in ends
    ]


def _plain_start(rule: HearsayRule, ends: Sequence[str], said: int) -> int:
    return 0 if any(p.search(e) for p in rule.about for e in ends[said:]) else said


def _plain_claimed(rule: HearsayRule, ends: Sequence[str]) -> tuple[int, str] | None:
    best: tuple[int, int, str] | None = None
    joined = "\n".join(ends)
    for order, (pattern, verdict) in enumerate(rule.claims):
        if pattern.pattern == "." or not present(pattern, joined):
            continue
        at = max((i for i, e in enumerate(ends) if _told(pattern, e, _NEGATED)), default=-1)
        if at >= 0 and (best is None or (at, -order) > best[:2]):
            best = (at, -order, verdict)
    if best is not None:
        return best[0], best[2]
    for pattern, verdict in rule.claims:
        if pattern.pattern == "." and any(ends):
            return -1, verdict
    return None


def _after_another(
    questions: Sequence[str], found: Sequence[tuple[HearsayRule, str] | None]
) -> list[bool]:
    """For each question ruled, whether the rule's claim follows another yes/no ask."""
    return [
        f is not None and asked_after_another(q, f[0])
        for q, f in zip(questions, found, strict=True)
    ]


def _keyed(found: tuple[HearsayRule, str] | None) -> tuple[str, str] | None:
    return None if found is None else (found[0].key, found[1])


def test_ruling_is_the_plain_ruling(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over a thirtieth of the tuning questions, ``ruling`` rules as it does with every "about"
    pattern searched, every clause's plain yes/no read and the case looked for from the line
    reported in every question, and every claim looked for in every clause; and many
    questions get a rule. Whether a ruled claim follows another ask reads the same claims."""
    rules = officer_kb.hearsay
    questions = _tuning()[::30]
    found = [ruling(q, rules) for q in questions]
    fast = [_keyed(f) for f in found]
    after = _after_another(questions, found)
    monkeypatch.setattr(hearsay_module, "_asking_kinds", _plain_kinds)
    monkeypatch.setattr(hearsay_module, "_abouts_present", lambda _rule, _words: True)
    monkeypatch.setattr(hearsay_module, "_claims_start", _plain_start)
    monkeypatch.setattr(hearsay_module, "_claimed", _plain_claimed)
    plain = [_keyed(ruling(q, rules)) for q in questions]
    wrong = [(q, f, p) for q, f, p in zip(questions, fast, plain, strict=True) if f != p]
    assert not wrong, wrong[:3]
    assert sum(f is not None for f in fast) > 150
    assert after == _after_another(questions, found)
    assert sum(after) > 2


def test_a_rule_with_an_about_absent_is_skipped(officer_kb: KnowledgeBase) -> None:
    """``_abouts_present`` is false exactly when one "about" of the rule cannot match: a rule
    whose "about" patterns all find the question is never skipped by it."""
    rules = officer_kb.hearsay
    several = [r for r in rules if len(r.about) > 1]
    assert several
    for question in _tuning()[::50]:
        words = hearsay_module._chat_spelled(hearsay_module.folded_words(question))
        for rule in several:
            if all(p.search(words) for p in rule.about):
                assert hearsay_module._abouts_present(rule, words), (rule.key, question)


# ------------------------------------------------------------------ payer_put_up


def _payer_calls(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, step: int) -> list[Any]:
    """The arguments ``payer_put_up`` gets while the tuning questions are read."""
    calls: list[Any] = []
    fast = analyser.payer_put_up

    def kept(pairs: list[Pair], question: str, toks: list[str], model: Any) -> list[Pair]:
        calls.append((list(pairs), question, list(toks), model))
        return fast(pairs, question, toks, model)

    monkeypatch.setattr(analyser, "payer_put_up", kept)
    assert kb.facts is not None
    for question in _tuning()[::step]:
        analyser.read(without_place_names(question), kb.facts, kb._fact_speller)
    monkeypatch.setattr(analyser, "payer_put_up", fast)
    return calls


def test_payer_put_up_is_the_plain_one(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``payer_put_up`` turns every reading's pairs as the code before s51 did, and many of the
    readings claim a payer (else the check would prove little)."""
    plain = _plain(pair_adjusters, _PLAIN_PAYER, "payer_put_up")
    calls = _payer_calls(officer_kb, monkeypatch, 30)
    for pairs, question, toks, model in calls:
        got = pair_adjusters.payer_put_up(list(pairs), question, list(toks), model)
        assert got == plain(list(pairs), question, list(toks), model), question
    assert sum(payer_claimed_in_a_clause(c[1]) for c in calls) > 15


# ------------------------------------------------------------------ period_verdict


def _bodies(kb: KnowledgeBase) -> list[str]:
    """Every fact's text (and each subject's own), once."""
    assert kb.facts is not None
    found: dict[str, None] = {}
    for by_attr in kb.facts.facts.values():
        for fact in by_attr.values():
            found[fact.text] = None
            for own in fact.by_subject.values():
                found[own.text] = None
    return list(found)


def test_period_verdict_is_the_plain_one(officer_kb: KnowledgeBase) -> None:
    """A quarter of the tuning questions that claim a period (or a yearly review) and a few
    others, against every fact's text: the verdict the code before s51 gives; and both verdicts
    are given (a period of years, and one year)."""
    plain = _plain(claim, _PLAIN_PERIOD, "period_verdict")
    bodies = _bodies(officer_kb)
    questions = _tuning()
    claimed = [
        q
        for q in questions
        if claim._PERIOD.findall(" ".join(claim.fold(q).split()))
        or any(f" {y} " in claim._words(q) for y in claim._EVERY_YEAR)
    ]
    sample = [*claimed[::4], *questions[::1000]]
    verdicts = set()
    for question in sample:
        for body in bodies:
            got = claim.period_verdict(question, body)
            assert got == plain(question, body), (question, body)
            verdicts.add(got)
    assert verdicts == {None, "Có", "Không"}


# ------------------------------------------------------------------ first hit measured


def test_first_only_search_is_the_plain_search(officer_kb: KnowledgeBase) -> None:
    """``_search(first_only=True)`` gives the plain search's hits, in order, with the first
    one whole (its coverage and confidence measured) and the others' keys, also when an
    entry is excluded; a text named by its number measures every hit as before."""
    kb = officer_kb
    questions = _tuning()
    numbered = [q for q in questions if _TEXT_NUMBER_ASKED.search(q)]
    queries = [kb.analyse(q) for q in [*questions[::25], *numbered[::4]]]
    queries = [q for q in queries if not q.empty]
    seen = {"named": 0, "unmeasured": 0}
    for query in queries:
        plain = kb._search(query, 3, "kb")
        for exclude in ((), (plain[0].key,) if plain else ()):
            plain = kb._search(query, 3, "kb", exclude)
            fast = kb._search(query, 3, "kb", exclude, first_only=True)
            assert [h.key for h in fast] == [h.key for h in plain], query.text
            assert fast[:1] == plain[:1], query.text
            if _TEXT_NUMBER_ASKED.findall(query.text):
                assert fast == plain, query.text
                seen["named"] += 1
            else:
                assert all(math.isnan(h.confidence) for h in fast[1:]), query.text
                seen["unmeasured"] += len(fast[1:])
    assert seen["named"] > 20 and seen["unmeasured"] > 1000, seen
