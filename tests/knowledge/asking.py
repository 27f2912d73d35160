"""What an officer sees in the chat for one question (the handlers call ``KnowledgeBase.ask``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: the day the question sets were keyed for (lương cơ sở 2.530.000 đ)
TODAY = date(2026, 11, 22)


def ask(kb: KnowledgeBase, question: str) -> str:
    """The answer's text; fails the test when the bot declines the question."""
    answer = kb.ask(question, TODAY)
    assert answer.answered, question
    return answer.text


def ask_verdict(kb: KnowledgeBase, question: str, verdict: str) -> str:
    """The answer's text; fails the test unless its first block opens with ``verdict`` ("Có",
    "Không" or "Tùy"), as an officer reads the plain answer first."""
    text = ask(kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    return text


def ask_part_verdict(kb: KnowledgeBase, question: str, head: str, verdict: str) -> str:
    """The block of the answer that holds ``head`` (one part of a compound answer); fails the
    test unless that block opens with ``verdict``, whatever the other parts open with."""
    text = ask(kb, question)
    block = next(b for b in text.split("\n\n") if head in b)
    assert leading_verdicts(block)[:1] == [verdict], text
    return block


#: a key that is a verdict, as the question sets write it, and the verdict it stands for
VERDICT_KEYS = {"có.": "Có", "không.": "Không", "tùy": "Tùy"}


def ask_keyed(kb: KnowledgeBase, question: str, keys: list[str]) -> str:
    """The answer, asserted to open with the keyed verdict and to hold every keyed fact, as the
    scorer of the question sets reads a set's keys."""
    text = ask(kb, question)
    wanted = [VERDICT_KEYS[k.lower()] for k in keys if k.lower() in VERDICT_KEYS]
    if wanted:
        assert leading_verdicts(text)[:1] == wanted[:1], text
    for key in keys:
        if key.lower() not in VERDICT_KEYS:
            assert has_fact(text, key), f"{key!r} missing:\n{text}"
    return text


def keyed_cases(cases: Iterable[tuple[str, list[str]]], not_yet: Mapping[str, str]) -> list[object]:
    """``(question, keys)`` cases as parameters, each question in ``not_yet`` marked as an
    expected failure with its reason (not strict: a later fix that lifts it shows as XPASS)."""
    return [
        pytest.param(q, keys, marks=pytest.mark.xfail(reason=not_yet[q], strict=False))
        if q in not_yet
        else pytest.param(q, keys)
        for q, keys in cases
    ]


def family_cases(
    cases: Iterable[tuple[str, str, list[str]]], not_yet: Mapping[str, str]
) -> list[object]:
    """``(family, question, keys)`` cases as parameters, each question that starts with a key
    of ``not_yet`` (a long letter is named by its opening words) marked as an expected failure
    with its reason, not strict."""
    params = []
    for family, question, keys in cases:
        reason = next((r for head, r in not_yet.items() if question.startswith(head)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        params.append(pytest.param(family, question, keys, marks=marks))
    return params
