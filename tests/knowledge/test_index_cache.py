"""The knowledge indexes cached on disk (bot/knowledge/index_cache.py, issue 16).

A deployment's data directory keeps the BM25 indexes keyed by a hash of what they index. These
tests load the knowledge base the way ``tdkt run`` does (``KnowledgeBase.load`` with a data
directory) and check what an officer would notice: the same answers from the cache as from a
fresh build, an edited entry found at once, two processes starting together, a damaged cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import bot.knowledge.index_cache as index_cache
from bot.content import resolve
from bot.knowledge import KnowledgeBase
from tests.knowledge.evaluation import CONTENT

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: a word no entry contains, added to one entry by a deployment's overlay
MARK = "xyzzyqua"


def _questions(kb: KnowledgeBase) -> list[str]:
    return [q for e in kb.entries for q in (e.title, *e.asks[:1])]


def _ranking(kb: KnowledgeBase, question: str) -> list[tuple[str, float, float]]:
    return [(h.key, round(h.score, 5), round(h.coverage, 5)) for h in kb.search(question, k=3)]


def _entries(data: Path) -> list[Path]:
    return sorted((data / "cache" / "index").iterdir())


def _no_build(texts: object) -> object:
    raise AssertionError("the index was rebuilt instead of read from the cache")


def test_the_cache_answers_exactly_as_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = KnowledgeBase.load(CONTENT)
    KnowledgeBase.load(CONTENT, tmp_path)  # builds and writes the cache
    # entries, ways of asking, plan passages, law clauses
    assert len(_entries(tmp_path)) == 4
    monkeypatch.setattr(index_cache, "build_index", _no_build)
    cached = KnowledgeBase.load(CONTENT, tmp_path)
    questions = _questions(fresh)
    assert len(questions) > 100
    for question in questions:
        assert _ranking(cached, question) == _ranking(fresh, question), question
    today = date(2026, 11, 22)
    question = "điều kiện tặng danh hiệu lao động tiên tiến"
    assert cached.ask(question, today).text == fresh.ask(question, today).text
    plan_question = "kế hoạch thi đua năm 2016 Kiến Hưng"
    assert _ranking_plan(cached, plan_question) == _ranking_plan(fresh, plan_question)


def _ranking_plan(kb: KnowledgeBase, question: str) -> list[str]:
    return [h.key for h in kb.search(question, k=3, kind="plan")]


def test_an_edited_entry_is_found_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    before = KnowledgeBase.load(CONTENT, data)
    assert not before.search(MARK)
    # A deployment's overlay (TDKT_CONTENT_DIR) adds a way of asking to one packaged entry.
    own = tmp_path / "own"
    (own / "kb").mkdir(parents=True)
    original = (CONTENT / "kb" / "bang-khen-tinh-ho-so.yaml").read_text(encoding="utf-8")
    edited = original.replace("asks:\n", f"asks:\n  - {MARK} bằng khen\n", 1)
    assert edited != original
    (own / "kb" / "bang-khen-tinh-ho-so.yaml").write_text(edited, encoding="utf-8")
    after = KnowledgeBase.load(resolve(own), data)
    hits = after.search(MARK)
    assert hits and hits[0].key == "bang-khen-tinh-ho-so"
    # The old indexes stay for a deployment that goes back; the new ones sit beside them.
    assert len(_entries(data)) == 6


def test_two_processes_starting_at_once_share_one_cache(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from bot.knowledge import KnowledgeBase
        kb = KnowledgeBase.load(Path({str(CONTENT)!r}), Path({str(tmp_path)!r}))
        print(kb.search("hồ sơ bằng khen tỉnh gồm những gì")[0].key)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "bang-khen-tinh-ho-so"
    entries = _entries(tmp_path)
    assert [e.name for e in entries if e.name.startswith(".")] == []  # no half-written entry
    assert len(entries) == 4
    assert all((e / "meta.json").is_file() for e in entries)


def test_a_damaged_cache_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    fresh = KnowledgeBase.load(CONTENT)
    KnowledgeBase.load(CONTENT, tmp_path)
    for entry in _entries(tmp_path):
        scores = entry / "data.csc.index.npy"
        scores.write_bytes(scores.read_bytes()[:200])  # a disk that filled up, a bad copy
    damaged = KnowledgeBase.load(CONTENT, tmp_path)
    question = "hồ sơ bằng khen tỉnh gồm những gì"
    assert _ranking(damaged, question) == _ranking(fresh, question)
    # ... and the rebuilt entries are whole again for the next start.
    index_cache_entries = _entries(tmp_path)
    assert len(index_cache_entries) == 4
    again = KnowledgeBase.load(CONTENT, tmp_path)
    assert _ranking(again, question) == _ranking(fresh, question)
    assert all(len((e / "data.csc.index.npy").read_bytes()) > 200 for e in index_cache_entries)
