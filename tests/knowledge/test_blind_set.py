"""The independent blind set stays what it claims to be, and the scorer can run it.

The set (``blind_questions.yaml``) is measured, never tuned on: these tests guard its shape (one
split ``b``, the mix of kinds the brief asked for, short keys, a verdict on every yes/no
question) and that ``officer_eval --file … --split b`` scores a file other than the default
one. They assert nothing about the bot's score on the set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.knowledge import officer_eval
from tests.knowledge.officer_eval import load

BLIND = Path(__file__).with_name("blind_questions.yaml")
TAGS = {"yn", "rf", "c", "lt", "off"}
VERDICTS = ("Có.", "Không.", "Tùy")


@pytest.fixture(scope="module")
def items() -> list[officer_eval.Item]:
    return load(BLIND)


def test_blind_set_is_one_split_of_distinct_questions(items: list[officer_eval.Item]) -> None:
    assert len(items) == 160
    assert {i.split for i in items} == {"b"}
    questions = [i.question for i in items]
    assert len(set(questions)) == len(questions)
    assert all(i.tags <= TAGS for i in items)


def test_blind_set_has_the_mix_of_questions_asked_for(items: list[officer_eval.Item]) -> None:
    def share(pred: object) -> float:
        return sum(1 for i in items if pred(i)) / len(items)  # type: ignore[operator]

    assert 0.45 <= share(lambda i: "no_diacritics" in i.kinds) <= 0.55
    assert share(lambda i: "c" in i.tags) >= 0.28
    assert share(lambda i: "yn" in i.tags) >= 0.28
    assert share(lambda i: "rf" in i.tags) >= 0.09
    assert share(lambda i: "lt" in i.tags) >= 0.09
    assert sum(1 for i in items if i.off_topic) == 8


def test_every_key_is_short_and_every_yes_no_has_a_verdict(
    items: list[officer_eval.Item],
) -> None:
    for item in items:
        if item.off_topic:
            assert item.must == (), item.question
            continue
        assert 1 <= len(item.must) <= 3, item.question
        assert all(0 < len(fact) <= 40 for fact in item.must), item.question
        if "yn" in item.tags:
            assert any(f in VERDICTS for f in item.must), item.question


def test_scorer_runs_another_file_with_split_b(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = tmp_path / "sample.yaml"
    sample.write_text(
        "questions:\n"
        '- ["lao dong tien tien do ai quyet dinh", ["Chủ tịch UBND xã"], "", "b"]\n'
        '- ["cách nấu phở bò ngon tại nhà", [], "off", "b"]\n'
        '- ["không được đếm: split khác", ["x"], "", "h"]\n',
        encoding="utf-8",
    )
    assert officer_eval.main(["--file", str(sample), "--split", "b"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["split"] == "b"
    assert report["questions"] == 2
    assert report["off_topic"] == 1
