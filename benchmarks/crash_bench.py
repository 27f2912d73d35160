"""Crash benchmark (issue 12): SIGKILL the bot mid-form again and again; nothing may be lost.

    tdkt bench crash --kills 20 --channel telegram|zalo [--mode webhook|polling]
                     [--moment random|answer] --json

Officers in two communes fill in the registration form (unit part) and then the dossier form
(a new draft, then a photo), over and over, through the sandbox, answering each prompt as a
person does: one message, then wait for the answer. Meanwhile the bot process (``attack_rig``)
is SIGKILLed ``--kills`` times and restarted at once: at random moments mid-form (``random``,
the issue's attack and the headline figure), or the instant an answer reaches an officer
(``answer``: the worst moment, while the outbox records that send). Each action is checked:

* ``lost``: no answer within ``ANSWER_TIMEOUT_S`` (restart and webhook retries included);
* ``duplicated``: a bot message shown twice for one action (same text in one action's answer);
* ``lost_place``: an answer came but not the one of the next step of the form (the conversation
  did not resume where the officer was).

One JSON line: ``{kills, sent, lost, duplicated, lost_place, channel, mode, ...}``. The bot
logs each outbox row's claim, request, answer and record (``bot.outbox.trace``), so each row
left in doubt by a kill is classified from the log (``in_doubt_*``): claimed ahead but never
requested (sent once, later), requested with no answer yet (in flight), or answered but not yet
recorded. Only the last two can arrive twice, and on Telegram a row in doubt is checked first
(``in_doubt_checked``; ``in_doubt_found_delivered``: it had arrived, recorded, not sent again).
``answered_kept``: rows left "sending" whose answer the journal had kept (recorded, not in doubt).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import io
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks import print_result
from benchmarks.attack_rig import BotConfig, BotProcess, Officer, free_port, seed, start_sandbox

#: Longer than a restart on a busy machine (a minute or more) plus the webhook retry after it.
ANSWER_TIMEOUT_S = 400.0
IN_DOUBT = re.compile(r"outbox: (\d+) message\(s\) in flight.*?: rows ([\d ]+)")
KEPT = re.compile(r"outbox: (\d+) message\(s\) answered just before.*?: rows ([\d ]+)")
TRACE_ROW = re.compile(r"^(\S+ \S+) DEBUG bot\.outbox\.trace: row (\d+) (\w+) (\S+)")
KILLED = re.compile(r"^=== bot \d+ killed at (.+) ===$")
TRACE_BATCH = re.compile(r"^(\S+ \S+) DEBUG bot\.outbox\.trace: rows ([\d ]+) recorded")
#: Once something arrived without the expected words, how long the rest may take.
MARKER_GRACE_S = 60.0


@dataclass(frozen=True)
class Step:
    kind: str  # text | choose | photo
    value: str  # the text, the choice's label (part of it), the photo's name
    expect: str  # words the answer must contain (``a|b``: either): the next prompt of the form
    when: str = ""  # only if the previous answer had these words

    def expected_in(self, texts: list[str]) -> bool:
        wanted = [w.lower() for w in self.expect.split("|") if w]
        return not wanted or any(w in t.lower() for t in texts for w in wanted)


def _registration(person_number: int) -> list[Step]:
    return [
        Step("text", "/dangky", "năm nào"),
        Step("choose", "", "Phong trào thi đua"),
        Step("choose", "Dân vận khéo", "Đã chọn"),
        Step("choose", "Xong", "Danh hiệu tập thể"),
        Step("choose", "", "Chỉ tiêu thi đua"),
        Step("text", "100% hộ ký cam kết thi đua", "Điện thoại liên hệ"),
        Step("text", f"0912 345 {person_number:03d}", "Xem lại"),
        Step("choose", "Lưu phần tập thể", "Đã lưu phần tập thể"),
    ]


def _dossier(round_: int) -> list[Step]:
    subject = f"Nguyễn Văn Thử {round_}"
    return [
        Step("text", "/nophoso", "khen thưởng gì|đang làm dở"),
        Step("choose", "mới", "khen thưởng gì", when="đang làm dở"),
        Step("choose", "Lao động tiên tiến", "Họ tên"),
        Step("text", subject, "năm nào"),
        Step("text", "2025", "Đợt"),
        Step("choose", "Bỏ qua", "Ghi chú"),
        Step("choose", "Bỏ qua", subject),
        Step("choose", "Đúng", "Đã tạo hồ sơ nháp"),
        Step("photo", f"to-trinh-{round_}.jpg", "Đã nhận"),
        Step("text", "/huy", ""),
    ]


@functools.lru_cache(maxsize=16)
def _jpeg(seed: int) -> bytes:
    import random

    from benchmarks.page_quality_bench import render_page

    # A real-looking page (A4 at 150 dpi, 14 pt text, signature and stamp): the bot refuses
    # pages it could not read, and a refusal here would count as a lost place.
    out = io.BytesIO()
    render_page("to_trinh", random.Random(seed)).convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


@dataclass
class Tally:
    sent: int = 0
    lost: int = 0
    duplicated: int = 0
    lost_place: int = 0
    answered: int = 0
    latencies: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: Set when an answer reaches an officer (``--moment answer`` kills then).
    delivered: asyncio.Event = field(default_factory=asyncio.Event)

    def problem(self, text: str) -> None:
        self.problems.append(text)
        print(f"crash bench: {text}", file=sys.stderr, flush=True)  # visible while it runs


async def _act(officer: Officer, step: Step) -> bool:
    if step.kind == "text":
        return await officer.text(step.value)
    if step.kind == "photo":
        # Rendered in a thread (and once per name length): the sandbox shares this event loop,
        # and a page rendered on it would hold the bot's requests in flight meanwhile, widening
        # the in-doubt window at a kill beyond anything the real Bot API does.
        page = await asyncio.to_thread(_jpeg, len(step.value))
        return await officer.files([(step.value, page)], as_="photo")
    if step.value:
        return await officer.choose(step.value)
    offered = officer.choices()
    return bool(offered) and await officer.pick(offered[0][1])


async def _answer(
    officer: Officer,
    expect: str,
    before: frozenset[str] = frozenset(),
    delivered: asyncio.Event | None = None,
) -> tuple[list[str], int, float | None]:
    """What the bot says to one action: until the expected words plus a quiet spell, or
    ``MARKER_GRACE_S`` after a first answer without them, or the timeout."""
    started = time.monotonic()
    texts: list[str] = []
    repeats = 0
    first: float | None = None
    seen = not expect
    while True:
        now = time.monotonic()
        if first is None and now - started > ANSWER_TIMEOUT_S:
            break
        if first is not None and not seen and now - first > MARKER_GRACE_S:
            break
        wait = 0.8 if (first is not None and seen) else 2.0
        new = await officer.read(wait)
        if not new:
            if first is not None and seen:
                break
            continue
        if delivered is not None:
            delivered.set()
        for message in new:
            text = message.get("text") or message.get("caption") or ""
            if not text:
                continue  # a tap's silent acknowledgement: the answer is still coming
            if text in before:
                repeats += 1  # the previous action's answer, sent again (after a kill)
                continue
            if first is None:
                first = time.monotonic() - started
            texts.append(text)
            if any(w.lower() in text.lower() for w in expect.split("|") if w):
                seen = True
    return texts, repeats, first


async def _walk(officer: Officer, number: int, tally: Tally, stop: asyncio.Event) -> None:
    """One officer: registration once, then dossiers until the kills are over."""
    steps = [Step("text", f"/start {officer.person.invite}", "")]
    steps += _registration(number)
    round_ = 0
    previous: list[str] = []  # the last answer: a copy of it arriving later is a repeat
    while True:
        for step in steps:
            if step.when and not any(step.when.lower() in t.lower() for t in previous):
                continue
            await officer.drain()
            if not await _act(officer, step):
                tally.problem(f"{officer.person.uid}: could not {step}")
                tally.lost_place += 1
                await officer.text("/huy")
                previous = (await _answer(officer, ""))[0]
                break
            tally.sent += 1
            texts, repeats, latency = await _answer(
                officer, step.expect, frozenset(previous), tally.delivered
            )
            late = await officer.read(0.3)  # anything right behind it belongs to this action
            for message in late:
                text = message.get("text") or message.get("caption") or ""
                if text in previous:
                    repeats += 1
                else:
                    texts.append(text)
            if latency is None:
                tally.lost += 1
                tally.problem(f"{officer.person.uid}: no answer to {step}")
                break
            tally.latencies.append(latency)
            tally.answered += 1
            previous = texts
            repeats += sum(n - 1 for n in Counter(t for t in texts if t).values())
            if repeats:
                tally.duplicated += repeats
                tally.problem(f"{officer.person.uid}: {repeats} repeated after {step}")
            if not step.expected_in(texts):
                tally.lost_place += 1
                tally.problem(f"{officer.person.uid}: {step} answered {texts[:2]!r}")
                await officer.text("/huy")
                previous = (await _answer(officer, ""))[0]
                break
        if stop.is_set():
            return
        round_ += 1
        steps = _dossier(round_ + 100 * number)


async def _killer(
    bot: BotProcess,
    kills: int,
    rng: random.Random,
    done: list[int],
    tally: Tally,
    moment: str = "random",
) -> None:
    for _ in range(kills):
        # Kill while the officers are mid-form, not while the bot is still coming up: wait
        # until the restarted bot answered a couple of actions (on a busy machine a restart
        # takes a minute; killing 1-5 s after it would keep the bot down nearly all the time).
        mark = tally.answered
        for _ in range(1200):  # at most two minutes
            if tally.answered >= mark + 2:
                break
            await asyncio.sleep(0.1)
        if moment == "answer":
            # The worst moment: a reply has just reached an officer, so the bot has its
            # answer from the sandbox and is recording it (or about to).
            tally.delivered.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tally.delivered.wait(), 120)
        else:
            await asyncio.sleep(rng.uniform(0.0, 2.0))
        bot.kill()
        done.append(1)
        bot.start()
        await bot.wait_ready()


async def run(
    *, kills: int, channel: str, mode: str, seed_: int = 1, moment: str = "random"
) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="tdkt-crash-"))
    db_url = f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
    people = [p for p in await seed(db_url, (channel,)) if p.role == "officer"]
    sandbox = await start_sandbox()
    config = BotConfig(
        db_url=db_url,
        data_dir=str(work),
        sandbox_url=sandbox.base_url,
        telegram_token=sandbox.telegram_token,
        zalo_token=sandbox.zalo_token,
        web_port=free_port(),
        mode=mode,
        trace=True,
    )
    bot = BotProcess(config, work / "bot.log")
    tally = Tally()
    done: list[int] = []
    started = time.monotonic()
    try:
        bot.start()
        await bot.wait_ready()
        async with httpx.AsyncClient(base_url=sandbox.base_url, timeout=120) as http:
            stop = asyncio.Event()
            walkers = [
                asyncio.create_task(_walk(Officer(http, person), n, tally, stop))
                for n, person in enumerate(people, start=1)
            ]
            await _killer(bot, kills, random.Random(seed_), done, tally, moment)
            stop.set()
            await asyncio.gather(*walkers)
    finally:
        bot.stop()
        await sandbox.stop()
    latencies = sorted(tally.latencies)
    # The outbox's own count of rows left "sending" at a kill, sent again after the restart,
    # and what each was doing when the process died (from the trace).
    doubt = classify_in_doubt(bot.log_text())
    return {
        "kills": len(done),
        "sent": tally.sent,
        "lost": tally.lost,
        "duplicated": tally.duplicated,
        "lost_place": tally.lost_place,
        "in_doubt": len(doubt),
        "in_doubt_claimed_ahead": sum(1 for d in doubt if d.state == "claimed"),
        "in_doubt_in_flight": sum(1 for d in doubt if d.state == "requested"),
        "in_doubt_answered_unrecorded": sum(1 for d in doubt if d.state == "answered"),
        "in_doubt_rows": [d.line() for d in doubt if d.state != "claimed"][:20],
        # Rows in doubt a delivery check found delivered (Telegram): recorded, not sent again.
        "in_doubt_checked": _count_trace(bot.log_text(), "checking"),
        "in_doubt_found_delivered": _count_trace(bot.log_text(), "found"),
        # Rows left "sending" whose answer the journal had kept: recorded, never in doubt.
        "answered_kept": sum(int(m.group(1)) for m in KEPT.finditer(bot.log_text())),
        # Chat replies are recorded one by one (trace "row N recorded"), so each is timed.
        "in_doubt_window": window_ms(bot.log_text()),
        "channel": channel,
        "mode": mode,
        "moment": moment,
        "officers": len(people),
        "max_answer_s": round(latencies[-1], 2) if latencies else None,
        "seconds": round(time.monotonic() - started, 1),
        "problems": tally.problems[:20],
        "log": str(bot.log),
    }


@dataclass(frozen=True)
class InDoubt:
    """A row the outbox found ``sending`` at a start, and its last trace line before the kill."""

    row: int
    state: str  # claimed | requested | answered | recorded | unknown
    chat: str
    at: str  # the time of that trace line
    killed_at: str  # when the bench sent SIGKILL

    def line(self) -> str:
        return f"row {self.row} {self.state} at {self.at}, killed at {self.killed_at}: {self.chat}"


def classify_in_doubt(log: str) -> list[InDoubt]:
    """Each in-doubt row of each restart, with what the killed process last did with it."""
    last: dict[int, tuple[str, str, str]] = {}  # row -> (state, chat, time)
    killed_at = ""
    found: list[InDoubt] = []
    for text in log.splitlines():
        if match := TRACE_ROW.match(text):
            at, row, state, chat = match.groups()
            last[int(row)] = (state, chat, at)
        elif match := TRACE_BATCH.match(text):
            at, rows = match.groups()
            for row in rows.split():
                chat = last.get(int(row), ("", "", ""))[1]
                last[int(row)] = ("recorded", chat, at)
        elif match := KILLED.match(text):
            killed_at = match.group(1)
        elif match := IN_DOUBT.search(text):
            for row in match.group(2).split():
                state, chat, at = last.get(int(row), ("unknown", "", ""))
                found.append(InDoubt(int(row), state, chat, at, killed_at))
    return found


def _count_trace(log: str, event: str) -> int:
    return sum(
        1
        for text in log.splitlines()
        if (match := TRACE_ROW.match(text)) is not None and match.group(3) == event
    )


def _ms(stamp: str) -> float:
    clock = stamp.split(" ")[1]
    hours, minutes, rest = clock.split(":")
    seconds, millis = rest.split(",")
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000.0 + int(millis)


def window_ms(log: str) -> dict[str, float | None]:
    """How long each send is in doubt (request to answer, answer to record), from the trace.

    A kill inside either part leaves the row ``sending``: the next start sends it again. With
    the answer journal the window ends when the answer is kept (``kept``), before the record.
    """
    events: dict[int, dict[str, float]] = {}
    windows: dict[str, list[float]] = {"request": [], "record": [], "window": []}
    for text in log.splitlines():
        if text.startswith("=== bot"):
            events.clear()  # a new process: rows start over
        elif match := TRACE_ROW.match(text):
            at, row, state, _ = match.groups()
            events.setdefault(int(row), {})[state] = _ms(at)
            if state == "recorded":
                times = events.pop(int(row))
                if {"requested", "answered"} <= times.keys():
                    windows["request"].append(times["answered"] - times["requested"])
                    windows["record"].append(times["recorded"] - times["answered"])
                    end = times.get("kept", times["recorded"])
                    windows["window"].append(end - times["requested"])
    out: dict[str, float | None] = {"sends_timed": float(len(windows["window"]))}
    for name, values in windows.items():
        values.sort()
        for label, q in (("p50", 0.5), ("p95", 0.95), ("max", 1.0)):
            index = min(len(values) - 1, int(q * len(values)))
            out[f"{name}_{label}_ms"] = round(values[index], 1) if values else None
    return out


def main(
    *,
    kills: int,
    channel: str,
    mode: str,
    as_json: bool,
    seed_: int = 1,
    moment: str = "random",
) -> dict[str, Any]:
    result = asyncio.run(run(kills=kills, channel=channel, mode=mode, seed_=seed_, moment=moment))
    print_result(result, as_json, 12)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--channel", choices=("telegram", "zalo"), default="telegram")
    parser.add_argument("--mode", choices=("webhook", "polling"), default="webhook")
    parser.add_argument("--moment", choices=("random", "answer"), default="random")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    main(
        kills=args.kills,
        channel=args.channel,
        mode=args.mode,
        as_json=args.json,
        moment=args.moment,
    )
