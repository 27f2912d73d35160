"""`tdkt bench plans`: the plan parser on the keyed corpus, per split, genre and format.

Every file is parsed as the bot would parse it (scans and photos through OCR), scored against
its text's key (reminders/parsing/scoring.py) and timed. The text versions of the scanned texts
are the baseline the scans are compared with ("scan_vs_text": recall and precision of the scans
minus those of the same texts' text versions, same run).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "reminders" / "fixtures" / "corpus"
OCR_FORMATS = ("scan.pdf", "photo.jpg")


def run(corpus: Path, split: str | None) -> dict[str, Any]:
    from bot.ocr import ocr_available
    from reminders.parsing.corpus import evaluate, totals

    started = time.perf_counter()
    formats = None if ocr_available() else ["txt", "pdf", "docx", "html"]
    results = evaluate(corpus, formats=formats, split=split)
    seconds = time.perf_counter() - started
    scanned_names = {r.name for r in results if r.fmt in OCR_FORMATS}
    scans = [r for r in results if r.fmt in OCR_FORMATS]
    texts = [r for r in results if r.fmt not in OCR_FORMATS and r.name in scanned_names]
    scan_total = totals(scans, "all").get("all")
    text_total = totals(texts, "all").get("all")
    comparison = None
    if scan_total and text_total:
        comparison = {
            "recall": round(scan_total.recall - text_total.recall, 3),
            "precision": round(scan_total.precision - text_total.precision, 3),
        }
    return {
        "bench": "plans",
        "split": split or "all",
        "ocr": ocr_available(),
        "files": len(results),
        "seconds": round(seconds, 1),
        "overall": totals(results, "all")["all"].as_dict(),
        "by_split": {k: v.as_dict() for k, v in totals(results, "split").items()},
        "by_genre": {k: v.as_dict() for k, v in totals(results, "genre").items()},
        "by_format": {k: v.as_dict() for k, v in totals(results, "fmt").items()},
        "scan_vs_text": comparison,
        "year_wrong": [f"{r.name}.{r.fmt}" for r in results if not r.year_ok],
        "errors": {f"{r.name}.{r.fmt}": r.error for r in results if r.error},
    }


def main(*, corpus: Path | None = None, split: str | None = None, as_json: bool = False) -> None:
    result = run(corpus or CORPUS, split)
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    print(f"plans: {result['files']} files in {result['seconds']} s (OCR: {result['ocr']})")
    for group in ("by_split", "by_genre", "by_format"):
        for label, row in result[group].items():
            print(
                f"  {group[3:]:<6} {label:<15} recall {row['recall']:.2f} "
                f"({row['matched']}/{row['required']})  precision {row['precision']:.2f} "
                f"({row['true_positives']}/{row['counted']})  files {row['documents']}"
            )
    print(f"  scans minus their text versions: {result['scan_vs_text']}")
    print(
        f"  wrong year: {result['year_wrong'] or 'none'}; unreadable: {result['errors'] or 'none'}"
    )
