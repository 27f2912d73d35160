"""Issue 11: the held-out half of the officers' questions, every part of every answer.

Figures measured on the held-out half are in BENCHMARKS.md ("Q&A v2"); the floors below sit a
few points under them, so a change that loses ground fails here. Tune only on split "t"
(``python -m tests.knowledge.officer_eval --split t --misses``).
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.officer_eval import TUNING_EXTRA, Item, evaluate, leading_verdicts, load

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


def test_tuning_yes_no_verdicts_are_never_wrong(officer_kb: KnowledgeBase) -> None:
    """Task h21's tuning-only set (yes/no over every attribute, off-topic, central level): a
    leading "Có." / "Không." that contradicts the keyed verdict is worse than a missing fact, so
    none is allowed; "Tùy" + the condition is the honest answer when the facts do not decide."""
    items = [i for i in load() if i.split == "t"] + load(TUNING_EXTRA)
    report = evaluate(officer_kb, items)
    assert report["verdict_keyed"] >= 240, report
    assert report["verdict_wrong"] == 0, report["_misses"]
    extra = evaluate(officer_kb, load(TUNING_EXTRA))
    assert extra["off_topic"] >= 20 and extra["off_topic_declined"] == 1.0, extra["_misses"]
    assert extra["by_kind"]["yesno"] >= 0.9, extra["by_kind"]
    assert extra["by_kind"]["central"] >= 0.8, extra["by_kind"]


def test_leading_verdicts_are_read_per_block() -> None:
    text = "**A: Ai được xét**\nTùy trường hợp. …\nCăn cứ: x.\n\n**B: Hồ sơ**\nKhông. …"
    assert leading_verdicts(text) == ["Tùy", "Không"]
    assert leading_verdicts("Có. Một câu không tiêu đề") == ["Có"]
    assert leading_verdicts("**A**\nCó thể: …") == []  # "Có thể" is not the verdict "Có."


class _Said:
    """A knowledge base that says one fixed text: the scorer's own behaviour under test."""

    def __init__(self, text: str) -> None:
        self.text = text

    def ask(self, question: str, as_of: object) -> object:
        return _Answer(self.text)


class _Answer:
    answered = True

    def __init__(self, text: str) -> None:
        self.text = text


def test_a_keyed_verdict_in_a_later_block_does_not_save_a_wrong_opening() -> None:
    """ "Có." in the first block and the keyed "Không." in a second one: the officer reads "Có",
    so the item is wrong although every key is somewhere in the text."""
    item = Item("xa co dc tang bang khen k", ("Không.", "Chủ tịch UBND tỉnh"), frozenset(), "x")
    wrong = "**A: Ai quyết định**\nCó. Chủ tịch UBND tỉnh …\n\n**B: Nộp ở đâu**\nKhông. …"
    right = "**A: Ai quyết định**\nKhông. Chủ tịch UBND tỉnh …"
    assert evaluate(_Said(wrong), [item])["all_parts_correct"] == 0.0
    assert evaluate(_Said(right), [item])["all_parts_correct"] == 1.0
