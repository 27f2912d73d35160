"""The same question gets the same answer in every process, and a greeting changes nothing.

A typo's correction was the first one found while walking a ``set``, whose order changes with
PYTHONHASHSEED: a letter opening "Thưa anh" had "thưa" read as "chưa" (a negation) or "thức"
depending on the process, and its parts came in another order or were other parts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.officer_eval import AS_OF

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(8)


def _in_fresh_processes(code: str, seeds: range = SEEDS) -> set[str]:
    outputs = set()
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    return outputs


def test_a_typo_with_two_corrections_is_corrected_the_same_way_everywhere() -> None:
    # "xabc" is one letter away from both "abc" and "xab": the leftmost edit wins, always.
    code = (
        "from bot.knowledge.facts.spelling import Speller\n"
        "print(Speller(['abc', 'xab']).fix('xabc'))\n"
    )
    assert _in_fresh_processes(code) == {"abc\n"}


@pytest.mark.parametrize(
    "question",
    [
        "lao động tiên tiến có cần sáng kiến không ạ",
        "thôn em được tặng giấy khen không ạ",
        "gia đình văn hóa họp bình xét ngày 28/11 có được không, hay phải xong trước ngày nào ạ",
    ],
)
def test_a_polite_thua_anh_changes_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    # "Thưa" was "corrected" to "chưa" (a negation) or "thức", whichever the set gave first.
    polite = officer_kb.ask(f"Thưa anh, {question}", AS_OF).text
    assert polite == officer_kb.ask(question, AS_OF).text
