"""Evaluate the parser on a keyed corpus of plan documents (``tests/reminders/fixtures/corpus``).

The corpus has ``manifest.json`` (per source text: genre, the year it covers or null for standing
rules, its fixed split "tuning"/"heldout"/"blind2", its formats), ``keys/<name>.expected.json``
and ``files/<name>.<format>``. Each file is parsed on its own and scored against its text's key.
A blind split is written and keyed by an evaluator who never read the parser and scored once;
after that it is spent and becomes tuning. The first blind set (``blind_*``,
scripts/build_blind_corpus.py) is tuning now; the second, "blind2" (scripts/build_blind2_corpus.py),
was written the same way. Never tune on "blind2".
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .documents import DocumentError
from .scoring import Score, score

__all__ = ["CorpusResult", "Totals", "evaluate", "load_manifest", "totals"]

OCR_FORMATS = frozenset({"scan.pdf", "photo.jpg"})


@dataclass
class CorpusResult:
    name: str
    fmt: str
    genre: str
    split: str
    expected_year: int | None
    year: int | None
    score: Score
    error: str | None = None

    @property
    def year_ok(self) -> bool:
        return self.year == self.expected_year


@dataclass
class Totals:
    documents: int = 0
    required: int = 0
    matched: int = 0
    counted: int = 0
    true_positives: int = 0

    def add(self, result: Score) -> None:
        self.documents += 1
        self.required += result.required
        self.matched += result.matched_required
        self.counted += result.counted_predictions
        self.true_positives += result.true_positives

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.counted if self.counted else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "matched": self.matched,
            "required": self.required,
            "true_positives": self.true_positives,
            "counted": self.counted,
        }


def load_manifest(root: Path) -> dict[str, dict[str, Any]]:
    manifest: dict[str, dict[str, Any]] = json.loads(
        (root / "manifest.json").read_text(encoding="utf-8")
    )
    return manifest


def evaluate(
    root: Path,
    *,
    formats: Iterable[str] | None = None,
    split: str | None = None,
    names: Iterable[str] | None = None,
) -> list[CorpusResult]:
    """Parse and score every file of the corpus (optionally some formats, one split, some
    texts)."""
    only = set(names) if names is not None else None
    from . import parse_file

    wanted = set(formats) if formats is not None else None
    manifest = load_manifest(root)
    if split is not None and split not in {entry["split"] for entry in manifest.values()}:
        # A mistyped split would score no file and report a perfect 1.0.
        raise ValueError(f"no split {split!r} in {root / 'manifest.json'}")
    results: list[CorpusResult] = []
    for name, entry in sorted(manifest.items()):
        if (split is not None and entry["split"] != split) or (only and name not in only):
            continue
        key = json.loads((root / "keys" / f"{name}.expected.json").read_text(encoding="utf-8"))
        for fmt in entry["formats"]:
            if wanted is not None and fmt not in wanted:
                continue
            path = root / "files" / f"{name}.{fmt}"
            try:
                parsed = parse_file(path)
                predicted, year, error = parsed.to_dict()["tasks"], parsed.year, None
            except DocumentError as failure:
                predicted, year, error = [], None, str(failure)
            results.append(
                CorpusResult(
                    name=name,
                    fmt=fmt,
                    genre=entry["genre"],
                    split=entry["split"],
                    expected_year=entry["year"],
                    year=year,
                    score=score(predicted, key),
                    error=error,
                )
            )
    return results


def totals(results: Iterable[CorpusResult], by: str) -> dict[str, Totals]:
    """Pooled recall and precision per ``genre``, ``fmt`` or ``split`` ("all" for everything)."""
    grouped: dict[str, Totals] = defaultdict(Totals)
    for result in results:
        label = "all" if by == "all" else str(getattr(result, by))
        grouped[label].add(result.score)
    return dict(sorted(grouped.items()))
