"""Q&A retrieval benchmark (issue 3): latency, memory, build time and quality.

    python benchmarks/qa_bench.py            # prints tables, rewrites our section of BENCHMARKS.md
    python benchmarks/qa_bench.py --no-write # prints only

Each configuration runs in a fresh child process, one after another, so that its resident
memory (RSS) is its own and no two compete for the two cores:

* ``ours/real``   — bot.knowledge on the real KB (114 entries) and the 5 example plans;
* ``ours/10k``    — the same plus 10,000 synthetic plan passages;
* ``rank-bm25/*`` — the baseline: rank-bm25's BM25Okapi on *unfolded* (accented, lower-case)
  syllables, no bigrams, no abbreviations, over the same documents.

The synthetic passages follow the retrieval study (shared/reference/retrieval.md): each mixes
2–6 clauses drawn at random from real plan passages that answer none of the dev questions, under
a real plan title and heading. They use the corpus's own vocabulary, so they are harder
distractors than real text would be: quality at 10k is pessimistic, latency is realistic.

Latency is measured per question over the project's question set and the shared dev set
(286 questions), three rounds, after one warm-up round.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

SYNTHETIC = 10_000
ROUNDS = 3
SEED = 20261122
AS_OF = date(2026, 11, 22)
SECTION = "## Q&A retrieval (issue 3)"


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def pick(p: float) -> float:
        return ordered[min(len(ordered) - 1, math.ceil(p * len(ordered)) - 1)]

    return {
        "p50": pick(0.50),
        "p95": pick(0.95),
        "p99": pick(0.99),
        "mean": statistics.mean(ordered),
    }


# ------------------------------------------------------------------ corpora


def synthetic_passages(n: int) -> list[Any]:
    """``n`` distractor passages mixed from clauses of real non-answer plan passages."""
    from bot.knowledge.passages import Passage, load_plans
    from tests.knowledge.evaluation import CONTENT, load_dev, passage_matches

    plans = load_plans(CONTENT / "plans" / "examples")
    real = [p for plan in plans for p in plan.passages]
    answers = [a for d in load_dev() for a in d.answers]
    pool = [p for p in real if not passage_matches(p.text, answers)]
    clauses = [
        c.strip() for p in pool for c in re.split(r"[,;:.]\s+", p.text) if len(c.split()) >= 3
    ]
    rng = random.Random(SEED)
    out = []
    for i in range(n):
        frame = rng.choice(real)
        text = ", ".join(rng.sample(clauses, rng.randint(2, 6))) + "."
        out.append(
            Passage(
                f"synthetic:{i + 1}", "synthetic", frame.title, frame.heading, text, "paragraph"
            )
        )
    return out


def synthetic_plan(passages: Sequence[Any]) -> Any:
    """``passages`` as one more plan, marked as the benchmark's synthetic distractors."""
    from bot.knowledge.passages import Plan
    from bot.knowledge.schema import PlanMeta

    meta = PlanMeta(
        id="synthetic",
        file="synthetic.txt",
        title="Kế hoạch tổng hợp (dữ liệu thử)",
        issuer="—",
        unit="dữ liệu thử",
        level="xã",
        year=1900,
        outdated_law=["—"],
        note="synthetic distractors for the benchmark",
    )
    return Plan(meta, list(passages))


def build_ours(extra: Sequence[Any] = ()) -> Any:
    """Our engine on the real content, plus ``extra`` passages as one more (synthetic) plan."""
    from bot.knowledge import KnowledgeBase
    from bot.knowledge.kb import EntryStore
    from bot.knowledge.normalize import Abbreviations
    from bot.knowledge.passages import load_plans
    from tests.knowledge.evaluation import CONTENT

    if not extra:
        return KnowledgeBase.load(CONTENT)
    store = EntryStore.load(CONTENT)
    plans = load_plans(CONTENT / "plans" / "examples")
    plans.append(synthetic_plan(extra))
    abbreviations = Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml")
    return KnowledgeBase(store, plans, abbreviations)


# ------------------------------------------------------------------ the parts


def questions() -> tuple[list[Any], list[Any]]:
    from tests.knowledge.evaluation import load_dev, load_questions

    return load_questions(), load_dev()


def part_ours(extra: int) -> dict[str, Any]:
    from tests.knowledge.evaluation import evaluate, evaluate_dev

    own, dev = questions()
    passages = synthetic_passages(extra) if extra else []
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    kb = build_ours(passages)
    build = time.perf_counter() - start
    after = rss_mb()
    texts = [q.q for q in own] + [d.question for d in dev]
    for text in texts:  # warm-up
        kb.ask(text, AS_OF)
    ask_times: list[float] = []
    search_times: list[float] = []
    for _ in range(ROUNDS):
        for text in texts:
            t0 = time.perf_counter()
            kb.ask(text, AS_OF)
            t1 = time.perf_counter()
            kb.search(text, 3, "kb")
            kb.search(text, 3, "plan")
            t2 = time.perf_counter()
            ask_times.append((t1 - t0) * 1000)
            search_times.append((t2 - t1) * 1000)
    report = evaluate(kb, own)
    dev_report = evaluate_dev(kb, dev)
    return {
        "documents": len(kb.entries) + len(kb._passages),
        "build_s": build,
        "rss_before_mb": before,
        "rss_mb": after,
        "ask_ms": percentiles(ask_times),
        "search_ms": percentiles(search_times),
        "own": report.figures,
        "own_unaccented_hit1": report.by_tag["nd"][0] / report.by_tag["nd"][1],
        "dev": dev_report.figures,
    }


def _accented_tokens(text: str) -> list[str]:
    # The baseline as most code does it: NFC, lower-case, \w+ syllables, marks kept.
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())


def part_rank_bm25(extra: int) -> dict[str, Any]:
    from rank_bm25 import BM25Okapi

    from bot.knowledge.kb import EntryStore, citation
    from bot.knowledge.passages import load_plans
    from tests.knowledge.evaluation import CONTENT, passage_matches

    own, dev = questions()
    # The same texts ours indexes, read without building our index.
    store = EntryStore.load(CONTENT)
    entries = list(store.entries.values())
    entry_docs = []
    for e in entries:
        rendered = store.render(e.id, AS_OF)
        cites = " . ".join(citation(s) for s in rendered.sources)
        entry_docs.append(
            " . ".join([e.title, *e.asks, rendered.body, e.province_note or "", cites])
        )
    passages = [p for plan in load_plans(CONTENT / "plans" / "examples") for p in plan.passages]
    if extra:
        passages += synthetic_passages(extra)
    gc.collect()
    before = rss_mb()
    start = time.perf_counter()
    kb_index = BM25Okapi([_accented_tokens(d) for d in entry_docs])
    plan_index = BM25Okapi([_accented_tokens(p.indexed_text()) for p in passages])
    build = time.perf_counter() - start
    after = rss_mb()

    def top(index: Any, text: str, k: int) -> list[int]:
        scores = index.get_scores(_accented_tokens(text))
        return sorted(range(len(scores)), key=lambda i: -scores[i])[:k]

    texts = [q.q for q in own] + [d.question for d in dev]
    times: list[float] = []
    for text in texts[:20]:  # warm-up
        top(kb_index, text, 3)
        top(plan_index, text, 3)
    for _ in range(ROUNDS):
        for text in texts:
            t0 = time.perf_counter()
            top(kb_index, text, 3)
            top(plan_index, text, 3)
            times.append((time.perf_counter() - t0) * 1000)
    hit1 = hit3 = n = 0
    nd_hit = nd_n = 0
    for q in own:
        if q.negative or q.expect.startswith("plan:"):
            continue
        ids = [entries[i].id for i in top(kb_index, q.q, 3)]
        n += 1
        hit1 += q.accepts(ids[0])
        hit3 += any(q.accepts(i) for i in ids)
        if "nd" in q.tags:
            nd_n += 1
            nd_hit += q.accepts(ids[0])
    d1 = d3 = 0
    for d in dev:
        found = [passages[i].text for i in top(plan_index, d.question, 3)]
        d1 += passage_matches(found[0], d.answers)
        d3 += any(passage_matches(t, d.answers) for t in found)
    return {
        "documents": len(entry_docs) + len(passages),
        "build_s": build,
        "rss_before_mb": before,
        "rss_mb": after,
        "search_ms": percentiles(times),
        "own_retrieval": {"hit@1": hit1 / n, "hit@3": hit3 / n},
        "own_unaccented_hit1": nd_hit / nd_n,
        "dev": {"hit@1": d1 / len(dev), "hit@3": d3 / len(dev)},
    }


def part_ablations() -> dict[str, Any]:
    """What each piece of the recipe buys, on the real KB (retrieval hit@1, own set)."""
    from bot.knowledge.normalize import Abbreviations
    from bot.knowledge.query import STOP
    from tests.knowledge.evaluation import Question, evaluate, evaluate_dev

    own, dev = questions()
    kb = build_ours()
    results: dict[str, Any] = {}

    def run(label: str) -> None:
        r = evaluate(kb, own)
        d = evaluate_dev(kb, dev)
        results[label] = {
            "hit@1": r.figures["hit@1"],
            "typo": r.by_tag["typo"][0] / r.by_tag["typo"][1],
            "abbr": r.by_tag["abbr"][0] / r.by_tag["abbr"][1],
            "dev_hit@1": d.figures["hit@1"],
        }

    run("full recipe")
    speller = kb._speller
    kb._speller = None
    run("without spelling fix")
    kb._speller = speller
    abbreviations = kb.abbreviations
    kb.abbreviations = Abbreviations({})
    run("without abbreviation expansion")
    kb.abbreviations = abbreviations
    weight = kb._entries.ASK_WEIGHT
    kb._entries.ASK_WEIGHT = 0.0
    run("without the per-ask index")
    kb._entries.ASK_WEIGHT = weight

    # One random typo (drop, swap or replace a letter) in one content word of every question.
    rng = random.Random(SEED)
    from bot.core.text import fold

    def typo(text: str) -> str:
        words = text.split()
        candidates = [i for i, w in enumerate(words) if len(w) >= 4 and fold(w) not in STOP]
        if not candidates:
            return text
        i = rng.choice(candidates)
        w = words[i]
        j = rng.randrange(1, len(w))
        op = rng.choice(["drop", "swap", "replace"])
        if op == "drop":
            w = w[:j] + w[j + 1 :]
        elif op == "swap" and j < len(w) - 1:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        else:
            w = w[:j] + rng.choice("aeioutnhgc") + w[j + 1 :]
        words[i] = w
        return " ".join(words)

    typed = [
        Question(typo(q.q), q.expect, None, q.tags, q.alt)
        for q in own
        if not q.negative and not q.expect.startswith("plan:")
    ]
    results["synthetic typos, with spelling fix"] = {"hit@1": evaluate(kb, typed).figures["hit@1"]}
    kb._speller = None
    results["synthetic typos, without"] = {"hit@1": evaluate(kb, typed).figures["hit@1"]}
    kb._speller = speller
    return results


def part_calibration() -> dict[str, Any]:
    from bot.knowledge.answer import THRESHOLD
    from tests.knowledge.calibrate import auc, collect, held_out_predictions, threshold_table

    kb = build_ours()
    data = collect(kb)
    held = held_out_predictions(data.kb_rows)
    labels = [r[2] for r in data.kb_rows]
    return {
        "threshold": THRESHOLD,
        "auc_held_out": auc(held, labels),
        "table": threshold_table(held, data.kinds, (0.4, 0.5, 0.6, 0.7)),
    }


PARTS: dict[str, Callable[[], dict[str, Any]]] = {
    "ours/real": lambda: part_ours(0),
    "ours/10k": lambda: part_ours(SYNTHETIC),
    "rank-bm25/real": lambda: part_rank_bm25(0),
    "rank-bm25/10k": lambda: part_rank_bm25(SYNTHETIC),
    "ablations": part_ablations,
    "calibration": part_calibration,
}


def run_part(name: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OPENBLAS_NUM_THREADS="1")
    done = subprocess.run(
        [sys.executable, __file__, "--part", name],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ report


def row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def render(results: dict[str, dict[str, Any]]) -> str:
    ours_real, ours_10k = results["ours/real"], results["ours/10k"]
    base_real, base_10k = results["rank-bm25/real"], results["rank-bm25/10k"]
    lines = [
        SECTION,
        "",
        f"Measured {date.today().isoformat()} with `python benchmarks/qa_bench.py` on "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}. Each row runs in its own process; RSS is the "
        "whole process (Python, numpy, pydantic, jinja2 and the index). Questions: the project's "
        "set (`tests/knowledge/questions.yaml`, 246) and the shared dev set (40), "
        f"{ROUNDS} rounds after a warm-up. The 10k corpus adds {SYNTHETIC:,} synthetic plan "
        "passages mixed from clauses of real ones (as in `shared/reference/retrieval.md`).",
        "",
        "### Latency, memory, build",
        "",
        row(
            "engine",
            "corpus",
            "documents",
            "build",
            "ask p50 / p95 / p99",
            "retrieval p50 / p95 / p99",
            "RSS",
        ),
        row(*["---"] * 7),
    ]

    def ms(d: dict[str, float]) -> str:
        return f"{d['p50']:.2f} / {d['p95']:.2f} / {d['p99']:.2f} ms"

    def mb(r: dict[str, Any]) -> str:
        return f"{r['rss_mb']:.0f} MB (+{r['rss_mb'] - r['rss_before_mb']:.0f})"

    for label, corpus, r in (
        ("bot.knowledge (bm25s, folded)", "real", ours_real),
        ("bot.knowledge (bm25s, folded)", "10k", ours_10k),
    ):
        lines.append(
            row(
                label,
                corpus,
                f"{r['documents']:,}",
                f"{r['build_s']:.2f} s",
                ms(r["ask_ms"]),
                ms(r["search_ms"]),
                mb(r),
            )
        )
    for corpus, r in (("real", base_real), ("10k", base_10k)):
        lines.append(
            row(
                "rank-bm25 0.2.2 (accented)",
                corpus,
                f"{r['documents']:,}",
                f"{r['build_s']:.2f} s",
                "—",
                ms(r["search_ms"]),
                mb(r),
            )
        )
    lines += [
        "",
        '"ask" is the whole answer (both indexes, confidence, rendering the text); "retrieval" '
        "is the top-3 search of both the KB and the plans. Build for ours is loading and "
        "validating the YAML, compiling templates, splitting plans and indexing; for rank-bm25 "
        "the index only.",
        "",
        "### Quality",
        "",
        row(
            "engine",
            "corpus",
            "own set hit@1 / hit@3",
            "own, typed without diacritics, hit@1",
            "dev set hit@1 / hit@3 (plan passages)",
        ),
        row(*["---"] * 5),
    ]
    for corpus, r in (("real", ours_real), ("10k", ours_10k)):
        lines.append(
            row(
                "bot.knowledge",
                corpus,
                f"{r['own']['hit@1']:.3f} / {r['own']['hit@3']:.3f}",
                f"{r['own_unaccented_hit1']:.3f}",
                f"{r['dev']['hit@1']:.3f} / {r['dev']['hit@3']:.3f}",
            )
        )
    for corpus, r in (("real", base_real), ("10k", base_10k)):
        lines.append(
            f"| rank-bm25, accented | {corpus} | {r['own_retrieval']['hit@1']:.3f} / "
            f"{r['own_retrieval']['hit@3']:.3f} | {r['own_unaccented_hit1']:.3f} "
            f"| {r['dev']['hit@1']:.3f} / {r['dev']['hit@3']:.3f} |"
        )
    lines += [
        "",
        "Answers on the real KB (threshold "
        f"{results['calibration']['threshold']}): answered and right "
        f"{ours_real['own']['answered_right']:.3f}, answered but wrong "
        f"{ours_real['own']['answered_wrong']:.3f}, decisive fact in the answer text "
        f"{ours_real['own']['fact_in_answer']:.3f}, negative questions rejected "
        f"{ours_real['own']['negatives_rejected']:.3f} (20 negatives). With 10k distractor "
        f"passages: right {ours_10k['own']['answered_right']:.3f}, wrong "
        f"{ours_10k['own']['answered_wrong']:.3f}, negatives rejected "
        f"{ours_10k['own']['negatives_rejected']:.3f}; full answers taken from the expected "
        f"dev passage {ours_10k['dev']['answered_from_plan']:.3f} "
        f"(real: {ours_real['dev']['answered_from_plan']:.3f}; the rest are answered from the KB, "
        "often on purpose, or declined).",
        "",
        "### What each piece buys (real KB, own set hit@1)",
        "",
        "| variant | hit@1 | typo subset | abbreviation subset | dev hit@1 |",
        "|---|---|---|---|---|",
    ]
    for label, r in results["ablations"].items():
        if "typo" in r:
            lines.append(
                row(label, *(f"{r[k]:.3f}" for k in ("hit@1", "typo", "abbr", "dev_hit@1")))
            )
        else:
            lines.append(f"| {label} | {r['hit@1']:.3f} | | | |")
    cal = results["calibration"]
    lines += [
        "",
        "The synthetic-typo rows put one random typo (drop, swap or replace a letter) in one "
        "content word of every positive question; the spelling fix is kept because of that gain.",
        "",
        "### Confidence threshold",
        "",
        'Confidence is a logistic fit of (coverage of the best field, log BM25) to "the top answer '
        'is right" over the own set, negatives counted as wrong (`tests/knowledge/calibrate.py`). '
        f"Two-fold held-out AUC {cal['auc_held_out']:.3f}; held-out shares by threshold:",
        "",
        "| threshold | answered right | answered wrong | negatives rejected |",
        "|---|---|---|---|",
    ]
    for t, right, wrong, rejected in cal["table"]:
        mark = " (chosen)" if abs(t - cal["threshold"]) < 1e-9 else ""
        lines.append(f"| {t:.1f}{mark} | {right:.3f} | {wrong:.3f} | {rejected:.3f} |")
    lines += [
        "",
        "### Test thresholds",
        "",
        "`tests/knowledge/test_eval.py` fails below: own hit@1 0.85, hit@3 0.95, decisive fact "
        "0.78, answered-wrong above 0.12, negatives rejected 0.70, unaccented hit@1 0.86; dev "
        "hit@1 0.92, hit@3 0.97 — a few points under the figures above. Caveats: the own set "
        "was written by the same author as the KB (after it, phrased unlike its asks: no "
        "question shares 75 % of its syllables with an ask); the calibration was fitted on it "
        "(held-out figures above); the plan-side calibration on the dev set, so dev answer "
        "figures are in-sample. Differences of one or two questions are noise.",
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> Path:
    path = ROOT / "BENCHMARKS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    start = current.find(SECTION)
    if start == -1:
        updated = current.rstrip("\n") + "\n\n" + text
    else:
        nxt = current.find("\n## ", start + len(SECTION))
        end = len(current) if nxt == -1 else nxt + 1
        updated = current[:start] + text + ("\n" + current[end:] if nxt != -1 else "")
    path.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS))
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.part:
        print(json.dumps(PARTS[args.part]()))
        return
    results: dict[str, dict[str, Any]] = {}
    for name in PARTS:
        started = time.perf_counter()
        results[name] = run_part(name)
        print(f"{name}: done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    text = render(results)
    print(text)
    if not args.no_write:
        print(f"written to {write_section(text)}", file=sys.stderr)


if __name__ == "__main__":
    main()
