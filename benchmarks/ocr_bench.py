"""OCR of dossier pages while officers chat (issue 14): ``tdkt bench ocr --pages N --json``.

The real bot and the sandbox (the end-to-end harness on SQLite, one process as in ``tdkt run``)
with the page reader on: one officer sends ``--pages`` page photos from the generated set
(``benchmarks.page_quality_bench``, good ones only, the five document types in turn) while
``--chatters`` officers keep asking ``/lich``. Reported: the seconds Tesseract took per page
(p50, p95), the share of pages the reader filed under the right checklist item, and the
chatting officers' reply times (p95, ms), with a baseline phase before any page is sent.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    "to_trinh": "to_trinh",
    "danh_sach": "to_trinh",  # "Tờ trình và danh sách" is one checklist item
    "bao_cao": "bao_cao_thanh_tich",
    "bien_ban": "bien_ban",
    "sang_kien": "sang_kien",
}


def _pct(values: list[float], q: float) -> float | None:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else None


async def _chatter(chat: Any, stop: asyncio.Event, latencies: list[float]) -> None:
    rng = random.Random(chat.uid)
    while not stop.is_set():
        started = time.monotonic()
        try:
            await chat.say("/lich")
            await chat.expect("lịch", within=600)
        except Exception:  # the sandbox's keep-alive connection dropped: ask again
            await asyncio.sleep(0.5)
            continue
        latencies.append(time.monotonic() - started)
        await asyncio.sleep(rng.uniform(0.3, 0.8))


async def run(pages: int, chatters: int) -> dict[str, Any]:
    os.environ["TDKT_REMINDER_SCHEDULER"] = "false"
    os.environ["TDKT_DOSSIER_OCR"] = "1"
    sys.path.insert(0, str(PROJECT_ROOT))
    from benchmarks.page_quality_bench import make_sample
    from bot.storage.models.dossier import DossierPage
    from handlers.dossier import reader as reader_module
    from tests.dossier.flow import start_dossier
    from tests.e2e.harness import Harness

    ocr_seconds: list[float] = []
    real_read = reader_module.read_text

    async def timed(data: bytes) -> str:
        started = time.monotonic()
        try:
            return await real_read(data)
        finally:
            ocr_seconds.append(time.monotonic() - started)

    reader_module.read_text = timed  # type: ignore[assignment]
    samples = []
    index = 0
    while len(samples) < pages:
        sample = make_sample(index)
        index += 1
        if sample.good and sample.doc in EXPECTED:
            samples.append(sample)
    result: dict[str, Any] = {"pages": pages, "chatters": chatters}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        harness = await Harness(tmp, f"sqlite+aiosqlite:///{tmp / 'bench.sqlite3'}").start()
        try:
            await harness.seed_units()
            chats = [await harness.officer("THON-BM", name=f"Cán bộ {n}") for n in range(chatters)]
            officer = await harness.officer("THON-BM", name="Lò Văn An")
            await start_dossier(officer)
            baseline: list[float] = []
            stop = asyncio.Event()
            tasks = [asyncio.create_task(_chatter(c, stop, baseline)) for c in chats]
            await asyncio.sleep(8.0)
            stop.set()
            await asyncio.gather(*tasks)

            during: list[float] = []
            stop = asyncio.Event()
            tasks = [asyncio.create_task(_chatter(c, stop, during)) for c in chats]
            for n, sample in enumerate(samples):
                await officer.send_files([(f"trang{n}.jpg", sample.data)], as_="photo")
                await officer.expect("Đã nhận", within=600)
            assert harness.app is not None
            while True:  # until every page is read
                async with harness.app.db.session() as session:
                    rows = (
                        await session.scalars(select(DossierPage).order_by(DossierPage.id))
                    ).all()
                    # Pages in the order sent (photos carry no file name to match them by).
                    read = [r.ocr_class for r in rows if r.ocr_text is not None]
                if len(read) >= len(samples):
                    break
                await asyncio.sleep(0.5)
            stop.set()
            await asyncio.gather(*tasks)
        finally:
            await harness.stop()
    right = sum(1 for s, found in zip(samples, read, strict=True) if EXPECTED[s.doc] == found)
    p50, p95 = _pct(ocr_seconds, 0.5), _pct(ocr_seconds, 0.95)
    base95, during95 = _pct(baseline, 0.95), _pct(during, 0.95)
    result.update(
        {
            "ocr_p50_s": None if p50 is None else round(p50, 2),
            "ocr_p95_s": None if p95 is None else round(p95, 2),
            "classify_accuracy": round(right / max(len(read), 1), 4),
            "chat_reply_p95_ms": None if during95 is None else round(during95 * 1000),
            "baseline_chat_reply_p95_ms": None if base95 is None else round(base95 * 1000),
            "chat_replies": len(during),
        }
    )
    return result


def main(pages: int = 20, chatters: int = 3, as_json: bool = False) -> None:
    result = asyncio.run(run(pages, chatters))
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main(as_json="--json" in sys.argv)
