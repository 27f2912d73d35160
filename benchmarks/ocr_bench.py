"""OCR of dossier pages while officers chat (issue 14): ``tdkt bench ocr --pages N --json``.

The real bot and the sandbox (the end-to-end harness on SQLite, one process as in ``tdkt run``)
with the page reader on: one officer sends ``--pages`` page photos from the generated set
(``benchmarks.page_quality_bench``, good ones only, the five document types in turn) while
``--chatters`` officers keep asking ``/lich``. Reported: the seconds Tesseract took per page
(p50, p95), the share of pages the reader filed under the right checklist item, and the
chatting officers' reply times (p95, ms), with a baseline phase before any page is sent, and
the character accuracy of the stored text against what is printed on the pages.

``--compare`` runs the same pages twice in one go: first through the pipeline as it was before
issue 14's speed work (:func:`legacy_ocr_image`: light flattened by a full-size rank filter, a
fresh child process per page, no straightening at intake), then through the current one.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    "to_trinh": "to_trinh",
    "danh_sach": "to_trinh",  # "Tờ trình và danh sách" is one checklist item
    "bao_cao": "bao_cao_thanh_tich",
    "bien_ban": "bien_ban",
    "sang_kien": "sang_kien",
}


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row at a time with numpy (a page is ~1,500 characters)."""
    if not a or not b:
        return max(len(a), len(b))
    codes = np.array([ord(c) for c in b], dtype=np.int64)
    index = np.arange(len(b) + 1, dtype=np.int64)
    previous = index.copy()
    for i, char in enumerate(a, 1):
        step = np.empty_like(previous)
        step[0] = i
        step[1:] = np.minimum(previous[1:] + 1, previous[:-1] + (codes != ord(char)))
        # Insertions along the row: new[j] = min over k <= j of step[k] + (j - k).
        previous = np.minimum.accumulate(step - index) + index
    return int(previous[-1])


def char_accuracy(read: str, printed: str) -> float:
    """1 - edit distance / length of the printed text, spacing and Unicode form evened out."""

    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split())

    truth = norm(printed)
    return 1.0 - edit_distance(norm(read), truth) / max(len(truth), 1)


def legacy_ocr_image(data: bytes) -> str:
    """OCR as it was before the speed work: the page's light estimated by a 15-pixel maximum
    filter at full size (2-3 s of CPU a page), then the same Tesseract call."""
    import io

    from PIL import Image, ImageFilter, ImageOps

    from bot import ocr

    with Image.open(io.BytesIO(data)) as probe:
        image = ImageOps.exif_transpose(probe).convert("L")
    background = image.filter(ImageFilter.MaxFilter(15)).filter(ImageFilter.GaussianBlur(20))
    pixels = np.asarray(image, dtype=np.float32)
    light = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(pixels / light * 255.0, 0, 255).astype(np.uint8)
    image = ImageOps.autocontrast(Image.fromarray(flat), cutoff=1)
    longest = max(image.size)
    if longest > ocr.MAX_SIDE or longest < ocr.MIN_SIDE:
        scale = (ocr.MAX_SIDE if longest > ocr.MAX_SIDE else ocr.MIN_SIDE) / longest
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    binary = ocr._binary()
    assert binary is not None
    return ocr._run(binary, buffer.getvalue(), ocr.PAGE_TIMEOUT)


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


async def run(pages: int, chatters: int, legacy: bool = False) -> dict[str, Any]:
    os.environ["TDKT_REMINDER_SCHEDULER"] = "false"
    os.environ["TDKT_DOSSIER_OCR"] = "1"
    sys.path.insert(0, str(PROJECT_ROOT))
    from benchmarks.page_quality_bench import make_sample
    from bot.offload import run_limited
    from bot.storage.models.dossier import DossierPage
    from handlers.dossier import quality
    from handlers.dossier import reader as reader_module
    from tests.dossier.flow import start_dossier
    from tests.e2e.harness import Harness

    ocr_seconds: list[float] = []
    real_read, real_straightened = reader_module.read_text, quality.straightened

    async def legacy_read(data: bytes, worker: object = None) -> str:
        return await run_limited(
            legacy_ocr_image,
            data,
            timeout_s=reader_module.PAGE_TIMEOUT + 30,
            memory_mb=reader_module.OCR_MEMORY_MB,
        )

    read = legacy_read if legacy else real_read

    async def timed(data: bytes, worker: Any = None) -> str:
        started = time.monotonic()
        try:
            return await read(data, worker)
        finally:
            ocr_seconds.append(time.monotonic() - started)

    reader_module.read_text = timed  # type: ignore[assignment]
    if legacy:
        quality.straightened = lambda image: image  # type: ignore[assignment]
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
                    done = [(r.ocr_class, r.ocr_text) for r in rows if r.ocr_text is not None]
                if len(done) >= len(samples):
                    break
                await asyncio.sleep(0.5)
            stop.set()
            await asyncio.gather(*tasks)
        finally:
            await harness.stop()
            reader_module.read_text, quality.straightened = real_read, real_straightened
    right = sum(1 for s, (found, _) in zip(samples, done, strict=True) if EXPECTED[s.doc] == found)
    accuracy = [
        char_accuracy(text or "", s.text) for s, (_, text) in zip(samples, done, strict=True)
    ]
    p50, p95 = _pct(ocr_seconds, 0.5), _pct(ocr_seconds, 0.95)
    base95, during95 = _pct(baseline, 0.95), _pct(during, 0.95)
    result.update(
        {
            "ocr_p50_s": None if p50 is None else round(p50, 2),
            "ocr_p95_s": None if p95 is None else round(p95, 2),
            "classify_accuracy": round(right / max(len(done), 1), 4),
            "char_accuracy": round(float(np.mean(accuracy)), 4),
            "char_accuracy_min": round(float(np.min(accuracy)), 4),
            "chat_reply_p95_ms": None if during95 is None else round(during95 * 1000),
            "baseline_chat_reply_p95_ms": None if base95 is None else round(base95 * 1000),
            "chat_replies": len(during),
        }
    )
    return result


def cpu_per_page(pages: int) -> dict[str, Any]:
    """CPU seconds per page (this process plus its Tesseract children) and character accuracy,
    before and after the speed work, on the same stored pages: figures that do not depend on
    how busy the shared machine is. No chat, no child worker."""
    import resource

    from bot.core.messages import Attachment
    from bot.ocr import ocr_image
    from handlers.dossier import quality

    def cpu() -> float:
        me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    result: dict[str, Any] = {"pages": pages}
    real_straightened = quality.straightened
    for name, legacy in (("before", True), ("after", False)):
        seconds, accuracy, index = [], [], 0
        if legacy:
            quality.straightened = lambda image: image  # type: ignore[assignment]
        try:
            from benchmarks.page_quality_bench import make_sample

            while len(seconds) < pages:
                sample = make_sample(index)
                index += 1
                if not (sample.good and sample.doc in EXPECTED):
                    continue
                stored = quality.photo_intake(sample.data, Attachment(kind="photo", ref="x"))
                assert not isinstance(stored, quality.Refusal)
                started = cpu()
                text = (legacy_ocr_image if legacy else ocr_image)(stored[0])
                seconds.append(cpu() - started)
                accuracy.append(char_accuracy(text, sample.text))
        finally:
            quality.straightened = real_straightened
        result[name] = {
            "cpu_p50_s": round(_pct(seconds, 0.5) or 0, 2),
            "cpu_p95_s": round(_pct(seconds, 0.95) or 0, 2),
            "char_accuracy": round(float(np.mean(accuracy)), 4),
            "char_accuracy_min": round(float(np.min(accuracy)), 4),
        }
    return result


def _load() -> list[float]:
    return [round(v, 2) for v in os.getloadavg()]


def main(
    pages: int = 20,
    chatters: int = 3,
    as_json: bool = False,
    compare: bool = False,
    nice: int | None = None,
    cpu: bool = False,
) -> None:
    if nice is not None:  # try another priority for the OCR child
        import bot.ocr_worker

        bot.ocr_worker.NICENESS = nice
    result: dict[str, Any]
    if cpu:
        result = cpu_per_page(pages)
    elif compare:
        result = {"load_start": _load()}
        result["before"] = asyncio.run(run(pages, chatters, legacy=True))
        result["load_between"] = _load()
        result["after"] = asyncio.run(run(pages, chatters))
        result["load_end"] = _load()
    else:
        result = asyncio.run(run(pages, chatters))
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main(as_json="--json" in sys.argv, compare="--compare" in sys.argv, cpu="--cpu" in sys.argv)
