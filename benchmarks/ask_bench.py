"""`tdkt bench ask`: latency of one Q&A answer with 10,000 extra plan passages (issue 11).

    tdkt bench ask            # a short table
    tdkt bench ask --json     # one JSON line

Two engines are built in the same run on the same documents (the real KB, the five example
plans and 10,000 synthetic distractor passages from benchmarks/qa_bench.py):

* ``ours``     — what the chat uses, built by ``KnowledgeBase.load``: the fact model with its
  hearsay rules first, retrieval for the rest;
* ``baseline`` — retrieval alone (issue 3's engine), the reference the fact model adds to.

Each engine also reports ``best_of_rounds``: the percentiles of each question's fastest round, a
figure the noise of a shared machine barely moves (use ``--rounds 7`` to compare two trees).

Every question of tests/knowledge/officer_questions.yaml is asked ``rounds`` times after one
warm-up round; the figures are per question, in milliseconds. A benchmark, not a test: the target
(p99 ≤ 5 ms) is checked by reading the output, never asserted on a shared machine.
"""

from __future__ import annotations

import json
import platform
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 11, 22)


def _engines(extra: int) -> tuple[Any, Any, float]:
    from benchmarks.qa_bench import synthetic_passages, synthetic_plan
    from bot.knowledge import KnowledgeBase
    from bot.knowledge.kb import EntryStore
    from bot.knowledge.normalize import Abbreviations
    from bot.knowledge.passages import load_plans
    from tests.knowledge.evaluation import CONTENT

    extra_plans = [synthetic_plan(synthetic_passages(extra))] if extra else []
    plans = load_plans(CONTENT / "plans" / "examples") + extra_plans
    baseline = KnowledgeBase(
        EntryStore.load(CONTENT),
        plans,
        Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml"),
    )
    start = time.perf_counter()
    # built as the chat builds it (facts, hearsay rules, new-hire months, legal texts): until
    # stop 42 the bench left the hearsay rules and the legal texts out and measured less than
    # the chat does
    ours = KnowledgeBase.load(CONTENT, extra_plans=extra_plans)
    return ours, baseline, time.perf_counter() - start


def _percentiles(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)

    def pick(p: float) -> float:
        return round(samples[min(len(samples) - 1, int(p * len(samples)))], 3)

    return {"p50": pick(0.5), "p95": pick(0.95), "p99": pick(0.99), "max": round(samples[-1], 3)}


def _latency(kb: Any, texts: list[str], rounds: int) -> dict[str, Any]:
    for text in texts:  # warm-up
        kb.ask(text, AS_OF)
    samples: list[float] = []
    best = [float("inf")] * len(texts)
    for _ in range(rounds):
        for i, text in enumerate(texts):
            t0 = time.perf_counter()
            kb.ask(text, AS_OF)
            took = (time.perf_counter() - t0) * 1000
            samples.append(took)
            best[i] = min(best[i], took)
    # a shared virtual machine's noise lands on some rounds, not on all: each question's fastest
    # round compares two trees run minutes apart where the raw percentiles do not (stop 38)
    return {**_percentiles(samples), "best_of_rounds": _percentiles(best)}


def run(extra: int = 10_000, rounds: int = 3) -> dict[str, Any]:
    from tests.knowledge.officer_eval import load

    texts = [i.question for i in load()]
    ours, baseline, build_s = _engines(extra)
    return {
        "bench": "ask",
        "extra_passages": extra,
        "documents": len(ours.entries) + len(ours._passages),
        "questions": len(texts),
        "rounds": rounds,
        "ours_ms": _latency(ours, texts, rounds),
        "baseline_retrieval_only_ms": _latency(baseline, texts, rounds),
        "build_s": round(build_s, 2),
        "machine": f"{platform.machine()} {platform.python_version()}",
        "date": date.today().isoformat(),
    }


def main(json_out: bool = False, extra: int = 10_000, rounds: int = 3) -> None:
    result = run(extra, rounds)
    if json_out:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"{result['questions']} questions × {rounds}, {result['documents']} documents")
    for key in ("ours_ms", "baseline_retrieval_only_ms"):
        figures = result[key]
        print(
            f"{key:28} p50 {figures['p50']:6.2f}  p95 {figures['p95']:6.2f}  "
            f"p99 {figures['p99']:6.2f}  max {figures['max']:6.2f}"
        )
        best = figures["best_of_rounds"]
        print(f"{'  fastest round per question':28} p50 {best['p50']:6.2f}  p99 {best['p99']:6.2f}")


if __name__ == "__main__":
    main("--json" in sys.argv)
