"""Scoring the Q&A engine on the project's question set and on the shared seed-plan dev set.

Shared by tests/knowledge/test_eval.py (which asserts thresholds) and benchmarks/qa_bench.py
(which prints the same figures next to the rank-bm25 baseline).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml

from bot.core.text import fold
from bot.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
QUESTIONS = Path(__file__).with_name("questions.yaml")
#: copy of shared/eval/dev_questions_seeds.json (40 questions on the seed plans, with the
#: passage that answers each), kept here so a clean clone can run the evaluation
DEV_SET = Path(__file__).with_name("fixtures") / "dev_questions_seeds.json"
#: the evaluation date: amounts in questions.yaml are those in force on it
EVAL_DATE = date(2026, 11, 22)


@cache
def officer_knowledge() -> KnowledgeBase:
    """``KnowledgeBase.load(CONTENT)``, what the chat and ``tdkt ask`` use, loaded once per
    process (seconds of CPU each time): the ``officer_kb`` fixture and ``officer_eval.main``
    share it, so the 190 blind sets' scorer tests do not load it 190 times. Asking changes
    nothing in it that a later answer reads; a test that changes it restores what it changed."""
    return KnowledgeBase.load(CONTENT)


@dataclass(frozen=True, slots=True)
class Question:
    q: str
    expect: str
    fact: str | None
    tags: tuple[str, ...]
    alt: tuple[str, ...]

    @property
    def negative(self) -> bool:
        return self.expect == "none"

    def accepts(self, key: str | None) -> bool:
        """``key`` is an entry id or ``plan:<plan id>``."""
        return key is not None and (key == self.expect or key in self.alt)


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Question(
            r["q"],
            r["expect"],
            r.get("fact"),
            tuple(r.get("tags", ())),
            tuple(r.get("alt", ())),
        )
        for r in rows
    ]


#: a date "d/m" or "d/m/yyyy" (day and month with or without a leading zero), not part of a
#: longer number nor of a document number ("01/2024/TT-BNV", "152/2025")
_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(/\d{4})?(?![\d/])")


def canonical_dates(text: str) -> str:
    """Each valid date written with a two-digit day and month: "1/1/2024" and "01/01/2024" are
    one date and fold alike, while "11/1/2024" ("11/01/2024") stays another and no longer holds
    "1/1/2024" as a substring (nor "10/10" the key "10/1"). Two dates fold alike only when their
    day, month and year are the same numbers; not a valid day or month: left as written."""

    def padded(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return m.group(0)
        return f"{day:02d}/{month:02d}{m.group(3) or ''}"

    return _DATE.sub(padded, text)


def _syllables(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(canonical_dates(text))))


def contains_fact(text: str, fact: str) -> bool:
    return _syllables(fact) in _syllables(text)


@dataclass
class Report:
    positives: int = 0
    negatives: int = 0
    hit1: int = 0
    hit3: int = 0
    answered_right: int = 0
    answered_wrong: int = 0
    facts: int = 0
    rejected: int = 0
    by_tag: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    false_accepts: list[str] = field(default_factory=list)

    def rate(self, n: int, of: int) -> float:
        return n / of if of else 0.0

    @property
    def figures(self) -> dict[str, float]:
        return {
            "hit@1": self.rate(self.hit1, self.positives),
            "hit@3": self.rate(self.hit3, self.positives),
            "answered_right": self.rate(self.answered_right, self.positives),
            "answered_wrong": self.rate(self.answered_wrong, self.positives),
            "fact_in_answer": self.rate(self.facts, self.positives),
            "negatives_rejected": self.rate(self.rejected, self.negatives),
        }


def _key(kb: KnowledgeBase, entry_id: str | None, passage_id: str | None) -> str | None:
    if entry_id:
        return entry_id
    if passage_id:
        passage = kb.passage(passage_id)
        return f"plan:{passage.plan_id}" if passage else None
    return None


def evaluate(kb: KnowledgeBase, questions: Iterable[Question], as_of: date = EVAL_DATE) -> Report:
    report = Report()
    for item in questions:
        answer = kb.ask(item.q, as_of)
        if item.negative:
            report.negatives += 1
            if not answer.answered:
                report.rejected += 1
            else:
                report.false_accepts.append(f"{item.q!r} → {answer.entry_id or answer.passage_id}")
            continue
        report.positives += 1
        kb_hits = [h.key for h in kb.search(item.q, 3, "kb")]
        plan_hits = [
            f"plan:{kb.passage(h.key).plan_id}"  # type: ignore[union-attr]
            for h in kb.search(item.q, 3, "plan")
        ]
        # the engine's own first choice, whether or not it cleared the threshold
        first = _key(kb, answer.entry_id, answer.passage_id) or (kb_hits[0] if kb_hits else None)
        ranked = (
            [first, *kb_hits, *plan_hits]
            if item.expect.startswith("plan:")
            else [
                first,
                *kb_hits,
            ]
        )
        top3 = list(dict.fromkeys(k for k in ranked if k))[:3]
        ok1 = item.accepts(first)
        ok3 = any(item.accepts(k) for k in top3)
        report.hit1 += ok1
        report.hit3 += ok3
        if answer.answered and ok1:
            report.answered_right += 1
            if item.fact is None or contains_fact(answer.text, item.fact):
                report.facts += 1
        elif answer.answered:
            report.answered_wrong += 1
        if not ok1:
            report.misses.append(
                f"{item.q!r} expected {item.expect} got {first} "
                f"(conf {answer.confidence:.2f}, answered {answer.answered})"
            )
        for tag in item.tags or ("accented",):
            counts = report.by_tag.setdefault(tag, [0, 0])
            counts[0] += ok1
            counts[1] += 1
    return report


# ------------------------------------------------------------------ the shared dev set


@dataclass(frozen=True, slots=True)
class DevQuestion:
    question: str
    tags: tuple[str, ...]
    #: folded syllable strings of the passages that answer it
    answers: tuple[str, ...]


def load_dev(path: Path = DEV_SET) -> list[DevQuestion]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        DevQuestion(
            r["question"],
            tuple(r.get("tags", ())),
            tuple(_syllables(p["text"]) for p in r["answer_passages"]),
        )
        for r in rows
    ]


def passage_matches(passage_text: str, answers: Iterable[str]) -> bool:
    """Our splitter reproduces the dev set's passages; compare folded syllables exactly."""
    mine = _syllables(passage_text)
    return any(mine == a for a in answers)


@dataclass
class DevReport:
    total: int = 0
    hit1: int = 0
    hit3: int = 0
    combined_hit: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def figures(self) -> dict[str, float]:
        n = self.total or 1
        return {
            "hit@1": self.hit1 / n,
            "hit@3": self.hit3 / n,
            "answered_from_plan": self.combined_hit / n,
        }


def evaluate_dev(
    kb: KnowledgeBase,
    dev: Iterable[DevQuestion],
    search: Callable[[str, int], list[str]] | None = None,
) -> DevReport:
    """hit@k over plan passages (``search`` returns passage texts, best first; by default the
    engine's plan index), plus how often the full ``ask`` answers from the expected passage."""
    report = DevReport()
    for item in dev:
        report.total += 1
        if search is None:
            texts = [kb.passage(h.key).text for h in kb.search(item.question, 3, "plan")]  # type: ignore[union-attr]
        else:
            texts = search(item.question, 3)
        hit1 = bool(texts) and passage_matches(texts[0], item.answers)
        hit3 = any(passage_matches(t, item.answers) for t in texts[:3])
        report.hit1 += hit1
        report.hit3 += hit3
        answer = kb.ask(item.question, EVAL_DATE)
        passage = kb.passage(answer.passage_id) if answer.passage_id else None
        if answer.answered and passage and passage_matches(passage.text, item.answers):
            report.combined_hit += 1
        if not hit1:
            report.misses.append(item.question)
    return report
