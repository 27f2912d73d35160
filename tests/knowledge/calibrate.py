"""Fit the confidence calibrations used in bot/knowledge/answer.py.

    python -m tests.knowledge.calibrate

KB side: every question of tests/knowledge/questions.yaml that expects a KB entry or nothing;
label 1 when the top entry is right, 0 when it is wrong or the question is a negative one.
Plan side: the shared seed-plan dev set (label 1 when the top passage is the expected one) plus,
as label 0, our negatives and our KB questions (a plan passage must not answer those).
Features: coverage of the best field and log(1 + BM25). The fit is a two-feature logistic
regression with a small L2 penalty, solved by Newton's method (numpy only).

It prints the fitted constants, a two-fold cross-validated estimate of what each threshold
would do on unseen questions, and leaves the constants in answer.py for a human to update.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from bot.knowledge import KnowledgeBase
from tests.knowledge.evaluation import (
    CONTENT,
    load_dev,
    load_questions,
    passage_matches,
)

Rows = list[tuple[float, float, int]]


def fit(rows: Rows, l2: float = 1e-2) -> tuple[float, float, float]:
    x = np.array([[1.0, c, math.log1p(s)] for c, s, _ in rows])
    y = np.array([label for _, _, label in rows], dtype=float)
    w = np.zeros(3)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + l2 * w
        hessian = (x.T * (p * (1 - p))) @ x + l2 * np.eye(3)
        w -= np.linalg.solve(hessian, gradient)
    return float(w[0]), float(w[1]), float(w[2])


def predict(w: tuple[float, float, float], cov: float, bm25: float) -> float:
    return 1.0 / (1.0 + math.exp(-(w[0] + w[1] * cov + w[2] * math.log1p(bm25))))


def auc(scores: list[float], labels: list[int]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


@dataclass
class CalibrationData:
    kb_rows: Rows
    #: per KB row: "right", "wrong" or "negative"
    kinds: list[str]
    plan_rows: Rows


def collect(kb: KnowledgeBase) -> CalibrationData:
    questions = [q for q in load_questions() if not q.expect.startswith("plan:")]
    data = CalibrationData([], [], [])
    for q in questions:
        hits = kb.search(q.q, 1, "kb")
        if hits:
            h = hits[0]
            right = (not q.negative) and q.accepts(h.key)
            data.kb_rows.append((h.coverage, h.bm25, int(right)))
            data.kinds.append("negative" if q.negative else ("right" if right else "wrong"))
        plan = kb.search(q.q, 1, "plan")
        if plan:
            data.plan_rows.append((plan[0].coverage, plan[0].bm25, 0))
    for d in load_dev():
        plan = kb.search(d.question, 1, "plan")
        if plan:
            passage = kb.passage(plan[0].key)
            label = int(passage is not None and passage_matches(passage.text, d.answers))
            data.plan_rows.append((plan[0].coverage, plan[0].bm25, label))
    return data


def held_out_predictions(rows: Rows) -> list[float]:
    """Two-fold cross-validation: fit on one half (by position), predict the other."""
    out = [0.0] * len(rows)
    for fold_ in (0, 1):
        w = fit([r for i, r in enumerate(rows) if i % 2 != fold_])
        for i, (c, s, _) in enumerate(rows):
            if i % 2 == fold_:
                out[i] = predict(w, c, s)
    return out


def threshold_table(
    predictions: list[float], kinds: list[str], thresholds: tuple[float, ...]
) -> list[tuple[float, float, float, float]]:
    """(threshold, answered right, answered wrong, negatives rejected) as shares."""
    positives = sum(k != "negative" for k in kinds) or 1
    negatives = sum(k == "negative" for k in kinds) or 1
    table = []
    for t in thresholds:
        pairs = list(zip(predictions, kinds, strict=True))
        right = sum(p >= t and k == "right" for p, k in pairs) / positives
        wrong = sum(p >= t and k == "wrong" for p, k in pairs) / positives
        rejected = sum(p < t and k == "negative" for p, k in pairs) / negatives
        table.append((t, right, wrong, rejected))
    return table


def main() -> None:
    kb = KnowledgeBase.load(CONTENT)
    data = collect(kb)
    w_kb = fit(data.kb_rows)
    w_plan = fit(data.plan_rows)
    print(f"KB_CALIBRATION = Calibration({w_kb[0]:.2f}, {w_kb[1]:.2f}, {w_kb[2]:.2f})")
    print(f"PLAN_CALIBRATION = Calibration({w_plan[0]:.2f}, {w_plan[1]:.2f}, {w_plan[2]:.2f})")
    held_out = held_out_predictions(data.kb_rows)
    labels = [r[2] for r in data.kb_rows]
    in_sample = [predict(w_kb, c, s) for c, s, _ in data.kb_rows]
    print(f"KB AUC in-sample {auc(in_sample, labels):.3f}, ", end="")
    print(f"2-fold held-out {auc(held_out, labels):.3f}")
    print("threshold  answered-right  answered-wrong  negatives-rejected   (held-out)")
    for t, right, wrong, rejected in threshold_table(
        held_out, data.kinds, (0.3, 0.4, 0.5, 0.6, 0.7)
    ):
        print(f"{t:9.1f}  {right:14.3f}  {wrong:14.3f}  {rejected:18.3f}")
    print("bin      n  predicted  observed   (held-out)")
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        idx = [i for i, p in enumerate(held_out) if lo <= p < lo + 0.2 or (lo == 0.8 and p == 1)]
        if idx:
            pred = sum(held_out[i] for i in idx) / len(idx)
            obs = sum(labels[i] for i in idx) / len(idx)
            print(f"{lo:.1f}-{lo + 0.2:.1f} {len(idx):4d}  {pred:9.3f}  {obs:8.3f}")
    plan_labels = [r[2] for r in data.plan_rows]
    plan_scores = [predict(w_plan, c, s) for c, s, _ in data.plan_rows]
    print(
        f"plan AUC in-sample {auc(plan_scores, plan_labels):.3f} "
        f"({sum(plan_labels)} positives of {len(data.plan_rows)})"
    )


if __name__ == "__main__":
    main()
