"""The fifth blind set stays what it claims to be: measured, never tuned on.

These tests guard the shape of ``blind5_questions.yaml`` (one split ``b5``, 200 distinct
questions, the mix of kinds the brief asked for, short keys, a verdict first on every yes/no
question, amounts that are coefficient × lương cơ sở) and that ``officer_eval`` scores it by its
split. They assert nothing about the bot's score on the set.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from bot.core.text import fold
from tests.knowledge import officer_eval
from tests.knowledge.officer_eval import load

BLIND5 = Path(__file__).with_name("blind5_questions.yaml")
TAGS = {"yn", "rf", "c", "lt", "off"}
VERDICTS = ("Có.", "Không.", "Tùy")
#: every amount a key may hold: coefficient × lương cơ sở, rounded up to the next 10.000 đ
COEFFICIENTS = (0.3, 0.6, 0.8, 1.0, 1.5, 2.0, 3.0, 4.5, 8.0, 12.0)
BASES = (2_340_000, 2_530_000)


def _amounts() -> set[int]:
    return {math.ceil(round(c * b) / 10_000) * 10_000 for c in COEFFICIENTS for b in BASES}


@pytest.fixture(scope="module")
def items() -> list[officer_eval.Item]:
    return load(BLIND5)


def test_one_split_of_200_distinct_questions(items: list[officer_eval.Item]) -> None:
    assert len(items) == 200
    assert {i.split for i in items} == {"b5"}
    questions = [i.question for i in items]
    assert len(set(questions)) == len(questions)
    assert all(i.tags <= TAGS for i in items)


def test_has_the_mix_of_questions_asked_for(items: list[officer_eval.Item]) -> None:
    def count(pred: object) -> int:
        return sum(1 for i in items if pred(i))  # type: ignore[operator]

    assert count(lambda i: "no_diacritics" in i.kinds) >= 150
    assert count(lambda i: "yn" in i.tags) >= 65
    assert count(lambda i: "c" in i.tags) >= 50
    assert count(lambda i: "rf" in i.tags) >= 20
    assert count(lambda i: "lt" in i.tags) >= 25
    assert count(lambda i: i.off_topic) == 15


def test_keys_are_short_and_yes_no_opens_with_a_verdict(items: list[officer_eval.Item]) -> None:
    for item in items:
        if item.off_topic:
            assert item.must == (), item.question
            assert not item.tags - {"off"}, item.question
            continue
        assert 1 <= len(item.must) <= 3, item.question
        assert all(0 < len(fact) <= 40 for fact in item.must), item.question
        if "c" in item.tags:  # every part of a compound question keys its own fact
            assert len(item.must) >= 2, item.question
        if "yn" in item.tags:
            assert item.must[0] in VERDICTS, item.question
        else:
            assert not any(f in VERDICTS for f in item.must), item.question


def test_reform_questions_name_the_abolished_district_level(
    items: list[officer_eval.Item],
) -> None:
    # "rf" scores how the bot handles the 2025 reform: the tag is only worth something if the
    # question really names the district level (huyện, quận, thị xã) the officer remembers
    for item in items:
        if "rf" in item.tags:
            assert re.search(r"\b(huyen|quan|thi xa)\b", fold(item.question)), item.question


def test_every_keyed_amount_is_a_coefficient_of_the_base_salary(
    items: list[officer_eval.Item],
) -> None:
    allowed = _amounts() | set(BASES)
    for item in items:
        for fact in item.must:
            if re.fullmatch(r"\d{1,3}(\.\d{3})+", fact) and fact != "10.000":
                assert int(fact.replace(".", "")) in allowed, (item.question, fact)


def test_scorer_runs_the_file_by_its_split(capsys: pytest.CaptureFixture[str]) -> None:
    assert officer_eval.main(["--file", str(BLIND5), "--split", "b5"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["split"] == "b5"
    assert report["questions"] == 200
    assert report["off_topic"] == 15
    assert report["verdict_keyed"] == sum(1 for i in load(BLIND5) if "yn" in i.tags)
