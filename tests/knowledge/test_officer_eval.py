"""Issue 11: the held-out half of the officers' questions, every part of every answer.

Figures measured on the held-out half are in BENCHMARKS.md ("Q&A v2"); the floors below sit a
few points under them, so a change that loses ground fails here. Tune only on split "t"
(``python -m tests.knowledge.officer_eval --split t --misses``).
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.officer_eval import evaluate, load

#: held-out measured 2026-12-02 (after the yes/no batch): 0.911 overall, 0.942 no diacritics,
#: 0.875 compound, 0.90 yes/no, 1.0 reform, 0.684 plans, off-topic all declined, 0 repealed rules
FLOORS = {
    "all_parts_correct": 0.88,
    "no_diacritics": 0.91,
    "compound": 0.83,
    "yesno": 0.87,
    "reform": 0.95,
    "plans": 0.65,
}


def test_held_out_every_part_answered(officer_kb: KnowledgeBase) -> None:
    items = [i for i in load() if i.split == "h"]
    assert len(items) >= 200
    report = evaluate(officer_kb, items)
    assert report["all_parts_correct"] >= FLOORS["all_parts_correct"], report
    for kind in ("no_diacritics", "compound", "yesno", "reform", "plans"):
        assert report["by_kind"][kind] >= FLOORS[kind], (kind, report)
    assert report["off_topic_declined"] == 1.0, report
    assert report["repealed_as_current"] == 0, report


def test_the_set_is_what_the_issue_asks_for() -> None:
    items = load()
    assert len(items) >= 400
    kinds = [k for i in items for k in i.kinds]
    assert kinds.count("no_diacritics") >= len(items) * 0.4
    for kind in ("compound", "yesno", "reform", "plans"):
        assert kinds.count(kind) >= 20, kind
    assert {i.split for i in items} == {"t", "h"}
    assert len({i.question for i in items}) == len(items)  # no question twice
