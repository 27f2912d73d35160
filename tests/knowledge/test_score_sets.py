"""The per-set table (``python -m tests.knowledge.score_sets``) says what ``officer_eval`` says,
split by split, and never writes a held-out split's misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge import officer_eval, score_sets

HERE = Path(__file__).parent


def test_every_officer_set_is_scored_and_the_public_columns_are_not() -> None:
    names = {p.name for p in score_sets.default_files()}
    assert "officer_questions.yaml" in names and "blind36_questions.yaml" in names
    assert "public_questions.yaml" not in names


def test_a_line_carries_officer_evals_figures(
    officer_kb: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    path = HERE / "yesno_tuning3.yaml"
    (got,) = score_sets.score(officer_kb, [path])
    officer_eval.main(["--file", str(path), "--split", "t3"])
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert got == score_sets.line("t3", report)
    assert got.startswith(f"t3    n={report['questions']:3} all={report['all_parts_correct']} ")
    assert f"vw={report['verdict_wrong']} vm={report['verdict_missing']}" in got


def test_misses_are_written_for_tuning_splits_only(
    officer_kb: KnowledgeBase, tmp_path: Path
) -> None:
    files = [HERE / "yesno_tuning3.yaml", HERE / "yesno_tuning4.yaml"]
    score_sets.score(officer_kb, files, tmp_path, held_out=frozenset({"t4"}))
    assert (tmp_path / "t3.jsonl").exists()
    assert not (tmp_path / "t4.jsonl").exists()
    rows = (tmp_path / "t3.jsonl").read_text(encoding="utf-8").splitlines()
    assert rows and all("q" in json.loads(r) for r in rows)
