"""OCR time per dossier page, the light evened out at full size vs on a quarter-size copy.

Same run, same pages, alternating which way goes first on each page (a shared machine's load
drifts): ``python -m benchmarks.ocr_light_bench --pages 20 [--json]``. The pages are the good
photos of ``benchmarks.page_quality_bench`` after the bot's intake clean-up (as stored), read
with Tesseract as the page reader does (one page at a time, one thread); reported per way: wall
seconds per page (p50, p95), CPU seconds of the image preparation, and the share of pages that
classify as their checklist item, so a faster way that reads worse would show.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from benchmarks.ocr_bench import EXPECTED, _pct


def run(pages: int) -> dict[str, Any]:
    from benchmarks.page_quality_bench import make_sample
    from bot import ocr
    from bot.content import content_dir
    from bot.core.messages import Attachment
    from handlers.dossier.classify import classify, keywords_at
    from handlers.dossier.quality import photo_intake

    keywords = keywords_at(content_dir())
    stored: list[tuple[str, bytes]] = []
    index = 0
    while len(stored) < pages:
        sample = make_sample(index)
        index += 1
        if not (sample.good and sample.doc in EXPECTED):
            continue
        kept = photo_intake(sample.data, Attachment(kind="photo", ref="bench"))
        if isinstance(kept, tuple):
            stored.append((sample.doc, kept[0]))
    binary = ocr._require()
    ways = {"full": False, "fast": True}
    seconds: dict[str, list[float]] = {w: [] for w in ways}
    prepare_cpu: dict[str, list[float]] = {w: [] for w in ways}
    right: dict[str, int] = dict.fromkeys(ways, 0)
    for n, (doc, data) in enumerate(stored):
        order = list(ways) if n % 2 == 0 else list(reversed(ways))
        for way in order:
            started, cpu = time.monotonic(), time.process_time()
            png = ocr._prepare(data, ways[way])
            prepare_cpu[way].append(time.process_time() - cpu)
            text = ocr._run(binary, png, ocr.PAGE_TIMEOUT)
            seconds[way].append(time.monotonic() - started)
            right[way] += classify(text, keywords) == EXPECTED[doc]
    result: dict[str, Any] = {"pages": len(stored), "load_avg_1m": round(os.getloadavg()[0], 1)}
    for way in ways:
        result[f"{way}_ocr_p50_s"] = round(_pct(seconds[way], 0.5) or 0, 2)
        result[f"{way}_ocr_p95_s"] = round(_pct(seconds[way], 0.95) or 0, 2)
        result[f"{way}_prepare_cpu_p50_s"] = round(_pct(prepare_cpu[way], 0.5) or 0, 3)
        result[f"{way}_classify_accuracy"] = round(right[way] / len(stored), 4)
    return result


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    pages = int(args[args.index("--pages") + 1]) if "--pages" in args else 20
    result = run(pages)
    if "--json" in args:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
