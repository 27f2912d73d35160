"""Fuzz benchmark (issue 12): hostile input in every reachable state, on Telegram and Zalo.

    tdkt bench fuzz --updates 5000 --seed 1 --json
    python -m benchmarks.fuzz_bench --updates 5000 --seed 1 --json --debug   # + stuck details

Officers of two communes, every role (village officer, commune officer, reviewer, admin), on
both channels, redeem their invites and then act at random, each waiting for the bot's answer
before the next action, as a person does. An action is, by weight: a choice on offer (tapped
on Telegram, its number typed on Zalo: this is what walks the forms into every state), a
command, hostile text (huge, Unicode digits, markup, RTL, zero-width, emoji, SQL/HTML, format
strings), a bare number, a forged callback (Telegram: data no button carries, 64-byte junk,
20-digit ids) or a hostile file (a 144-megapixel PNG, broken/encrypted PDF, broken .xlsx, a
zip bomb dressed as .xlsx, a truncated JPEG). File sizes are bounded so the bench itself is safe.

Counted, from what the officers saw and the bot process:

* ``unhandled``: tracebacks in the bot's log (each is an exception nobody handled well) plus
  the runtime's apology shown to an officer;
* ``dropped_replies``: actions with no answer within ``REPLY_TIMEOUT_S``;
* ``stuck_conversations``: officers who, at the end (once their chat has fallen quiet), get no
  answer to /huy, or no menu within ``REPLY_TIMEOUT_S`` of /menu;
* ``english_or_traceback``: answers with English or a traceback in them (words the officer
  typed are not counted);
* ``rss_start_mb`` / ``rss_peak_mb``: the bot process's resident size after start / peak (VmHWM);
* ``max_reply_s``: slowest first answer, as the officers saw it. An officer takes the first
  message after an action for its answer, so a chat whose replies queue behind the per-chat
  pacing (notifications to reviewers and admins add messages) hides its lag here; hence also,
  from the bot's database: ``inbox_wait_max_s`` (an update's wait for its handler) and
  ``reply_queue_p99_s`` / ``reply_queue_max_s`` (a reply's wait in the outbox until sent);
* ``end_backlog_s``: longest time, at the end, for an officer's chat to fall quiet.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import random
import re
import sqlite3
import struct
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from benchmarks import print_result
from benchmarks.attack_rig import (
    BotConfig,
    BotProcess,
    Officer,
    Person,
    Said,
    free_port,
    seed,
    start_sandbox,
)

REPLY_TIMEOUT_S = 30.0
SENT_KEPT = 8
#: Before the stuck check an officer's chat is read until quiet this long: longer than the
#: per-chat pacing's gap (about 1.1 s), so a queued backlog is read to its end.
SETTLE_QUIET_S = 3.0
#: An answer is everything until the chat is quiet this long. Longer than the per-chat pacing's
#: gap (about 1.1 s on Telegram): with 0.8 s, an answer paced behind a notification was cut
#: off and taken for the answer to the officer's next action, so reviewers' and admins' chats
#: ran a standing queue (28.5 s in the outbox) that no figure showed.
ANSWER_QUIET_S = 1.3
SETTLE_MAX_S = 180.0
APOLOGY = "hệ thống gặp sự cố"
MENU_MARK = re.compile(r"cần làm gì", re.IGNORECASE)
#: Words that never belong in a Vietnamese answer (checked after removing what users typed).
ENGLISH = re.compile(
    r"\b(traceback|exception|error|errno|keyerror|valueerror|typeerror|none|null|undefined|"
    r"the|please|invalid|failed|not found|unknown|internal|forbidden|bad request)\b",
    re.IGNORECASE,
)
COMMANDS = (
    "/start",
    "/menu",
    "/huy",
    "/trogiup",
    "/dangky",
    "/nophoso",
    "/hoso",
    "/lich",
    "/lienket",
    "/thamdinh",
    "/hangcho",
    "/kehoach",
    "/xuat",
    "/start abc",
    "/start " + "9" * 40,
)
HOSTILE_TEXT = (
    "Đăng ký thi đua " * 250,
    "a" * 4000,
    "😀" * 2100,  # 2,100 code points, 4,200 UTF-16 units
    "١٩٨٠",
    "２０２６",
    "𝟐𝟎𝟐𝟓",
    "໑໙໘໐",
    "99999999999999999999",
    "-1",
    "0",
    "1e30",
    "31/02/2026",
    "99/99/9999",
    "<b>đậm</b> <i>x",
    "**đậm** __gạch__ `mã` [liên kết](http://x.invalid)",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;&amp;&#0;",
    "\u202eđảo chiều\u202c",
    "مرحبا بالعالم",
    "đăng\u200bký\u200d\u200c\ufeff",
    "\u200b\u200b\u200b",
    "👍🏽🇻🇳👨‍👩‍👧‍👦",
    "'; DROP TABLE users; --",
    "1 OR 1=1",
    "{0} %s %(x)s {{ 7*7 }} ${jndi:ldap://x}",
    "\n" * 50 + "x",
    "Nguyễn Văn An",
    "1980",
    "0912345678",
    "Xong",
    "Bỏ qua",
    "có",
    "không",
    "thủ tục khen thưởng danh hiệu chiến sĩ thi đua cơ sở",
)
NUMBERS = ("1", "2", "3", "9", "0", "١", "٢", "𝟑", "12", "99999999999999999999")
FORGED_DATA = (
    "reg:mvoff:99999999999999999999",
    "reg:mvadd:1",
    "dossier:view:99999999999999999999",
    "qa:save:1",
    "x" * 64,
    ":::",
    "menu",
    "cal:del:-1",
)


# Hostile files -------------------------------------------------------------------------------
def _png(width: int, height: int) -> bytes:
    """A 1-bit PNG of blank rows: a few tens of kB that decode to ``width × height`` pixels."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    raw = zlib.compressobj(9)
    data = b"".join(raw.compress(row) for _ in range(height)) + raw.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 220, 240)).save(out, "JPEG")
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    # RC4 needs no optional crypto package; AES-encrypted PDFs are issue 12 M4.
    writer.encrypt("mat-khau", "chu-so-huu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _broken_xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><<<")
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='a'")
    return out.getvalue()


def _zip_bomb_xlsx(megabytes: int = 64) -> bytes:
    """A .xlsx whose one sheet inflates to ``megabytes`` MB (the upload is ~100 kB)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            block = b"0" * (1 << 20)
            for _ in range(megabytes):
                sheet.write(block)
    return out.getvalue()


def hostile_files() -> dict[str, list[tuple[str, bytes]]]:
    """Files by channel: Zalo users can only send images."""
    jpeg = _jpeg()
    png_bomb = _png(12000, 12000)
    images = [
        ("anh-khong-lo.png", png_bomb),
        ("anh-cat-cut.jpg", jpeg[: len(jpeg) // 3]),
        ("anh-thuong.jpg", jpeg),
    ]
    documents = [
        ("hong.pdf", b"%PDF-1.7\n1 0 obj<<>>\nendobj\nxref\n0 1\ntrailer<<>>\n%%EOF\x00\xff"),
        ("khoa.pdf", _encrypted_pdf()),
        ("hong.xlsx", _broken_xlsx()),
        ("bom.xlsx", _zip_bomb_xlsx()),
        ("ke-hoach.docx", b"PK\x03\x04 not really a docx"),
        ("ke-hoach.txt", ("Hạn nộp 99/99/9999 ١٩٨٠\n" * 200).encode()),
    ]
    return {"images": images, "documents": documents}


# The run -------------------------------------------------------------------------------------
@dataclass
class Tally:
    actions: int = 0
    dropped: int = 0
    apologies: int = 0
    english: int = 0
    max_reply_s: float = 0.0
    examples: list[str] = field(default_factory=list)
    typed_words: set[str] = field(default_factory=set)
    #: For a stuck officer: what they sent last and what came back (``--debug``).
    stuck_detail: list[dict[str, Any]] = field(default_factory=list)
    #: Longest wait, at the end, for an officer's chat to fall quiet before the stuck check.
    end_backlog_s: float = 0.0

    def note(self, text: str) -> None:
        if len(self.examples) < 20:
            self.examples.append(text[:300])


def _is_english(text: str, typed: set[str]) -> bool:
    if "Traceback" in text or 'File "' in text:
        return True
    return any(match.group(0).lower() not in typed for match in ENGLISH.finditer(text))


class Fuzzer:
    def __init__(
        self,
        http: httpx.AsyncClient,
        sandbox: Any,
        files: dict[str, list[tuple[str, bytes]]],
        budget: int,
        tally: Tally,
    ) -> None:
        self.http = http
        self.sandbox = sandbox
        self.files = files
        self.budget = budget
        self.tally = tally
        self.started = time.monotonic()
        self.sent: dict[str, list[str]] = {}

    def _take(self) -> bool:
        if self.tally.actions >= self.budget:
            return False
        self.tally.actions += 1
        return True

    def _sent(self, officer: Officer, what: str) -> None:
        """Remember the officer's last actions, for the stuck report."""
        log = self.sent.setdefault(officer.person.uid, [])
        log.append(f"{time.monotonic() - self.started:8.1f}s {what[:80]!r}")
        del log[:-SENT_KEPT]

    async def act(self, officer: Officer, rng: random.Random) -> bool:
        """One random action; False if the sandbox refused it (nothing was sent)."""
        roll = rng.random()
        offered = officer.choices()
        if roll < 0.40 and offered:
            value = rng.choice(offered)[1]
            self._sent(officer, f"pick {value}")
            return await officer.pick(value)
        if roll < 0.52:
            return await self._text(officer, rng.choice(COMMANDS))
        if roll < 0.80:
            return await self._text(officer, rng.choice(HOSTILE_TEXT))
        if roll < 0.88:
            return await self._text(officer, rng.choice(NUMBERS))
        if roll < 0.94 and not officer.zalo:
            return self._forge(officer, rng)
        pool = (
            self.files["images"]
            if officer.zalo
            else [*self.files["images"], *self.files["documents"]]
        )
        name, data = rng.choice(pool)
        as_ = "document" if rng.random() < 0.5 else "auto"
        self._sent(officer, f"file {name} as {as_}")
        return await officer.files([(name, data)], as_=as_)

    async def _text(self, officer: Officer, text: str) -> bool:
        if officer.zalo and len(text) > 2000:
            text = text[:2000]
        self.tally.typed_words.update(w.lower() for w in re.findall(r"\w+", text))
        self._sent(officer, f"text {text}")
        return await officer.text(text)

    def _forge(self, officer: Officer, rng: random.Random) -> bool:
        """A callback_query whose data no button carries, on the officer's last bot message."""
        from bot.sandbox.telegram_updates import enqueue_update

        state = self.sandbox.state
        bot = state.tg_bot(None)
        chat = bot.chats.get(int(officer.person.uid))
        if chat is None or officer.last_bot is None:
            return False
        message = chat.messages.get(officer.last_bot["message_id"])
        if message is None:
            return False
        data = rng.choice(FORGED_DATA)
        if officer.choices() and rng.random() < 0.5:
            real = rng.choice(officer.choices())[1]
            data = (
                re.sub(r"\d+", "9" * 20, real) if re.search(r"\d", real) else real + ":" + "9" * 20
            )
        query_id = bot.next_callback_id()
        bot.callbacks[query_id] = (chat.user.uid, message.message_id, False)
        query = {
            "id": query_id,
            "from": chat.user.to_json(),
            "message": bot.message_json(chat, message),
            "chat_instance": bot.chat_instance(chat.user.uid),
            "data": data[:64],
        }
        self._sent(officer, f"forged callback {data[:64]}")
        enqueue_update(state, bot, "callback_query", chat.user.uid, query)
        return True

    async def check(self, officer: Officer, sent: bool) -> None:
        if not sent:
            return
        said = await officer.answer(REPLY_TIMEOUT_S, quiet=ANSWER_QUIET_S)
        if said.latency_s is None:
            self.tally.dropped += 1
            self.tally.note(f"dropped: {officer.person.channel} {officer.person.role}")
            return
        self.tally.max_reply_s = max(self.tally.max_reply_s, said.latency_s)
        for text in said.texts:
            if APOLOGY in text:
                self.tally.apologies += 1
                self.tally.note(f"apology: {officer.person.channel} {officer.person.role}")
            if _is_english(text, self.tally.typed_words):
                self.tally.english += 1
                self.tally.note(f"english: {text}")

    async def run_officer(self, officer: Officer, rng: random.Random) -> None:
        await officer.text(f"/start {officer.person.invite}")
        await officer.answer(REPLY_TIMEOUT_S, quiet=ANSWER_QUIET_S)
        while self._take():
            await self.check(officer, await self.act(officer, rng))

    async def stuck(self, officer: Officer) -> bool:
        """No answer to /huy, or no menu after /menu, each within ``REPLY_TIMEOUT_S``.

        The officer's chat is first read until it falls quiet: replies still queued behind the
        channel's per-chat pacing (about one message a second on Telegram) would otherwise be
        taken for the answers to /huy and /menu. The menu is waited for, not just the next
        message: a notification may arrive in between.
        """
        seen = len(officer.transcript)
        backlog = await self._settle(officer)
        drained = officer.transcript[seen:]
        await officer.text("/huy")
        cancel = await officer.answer(REPLY_TIMEOUT_S, quiet=ANSWER_QUIET_S)
        menu = None
        if cancel.latency_s is not None:
            await officer.text("/menu")
            menu = await _until(officer, lambda t: bool(MENU_MARK.search(t)), REPLY_TIMEOUT_S)
        stuck = menu is None or menu.latency_s is None
        if stuck:
            self.tally.stuck_detail.append(
                {
                    "officer": f"{officer.person.channel} {officer.person.role} "
                    f"{officer.person.uid}",
                    "last_sent": self.sent.get(officer.person.uid, []),
                    "last_replies": [
                        _brief(m) for m in officer.transcript[max(0, seen - 6) : seen]
                    ],
                    "drained_before_check": [_brief(m) for m in drained],
                    "backlog_s": round(backlog, 1),
                    "huy": _said(cancel),
                    "menu": None if menu is None else _said(menu),
                }
            )
        return stuck

    async def _settle(self, officer: Officer) -> float:
        """Read until nothing arrives for ``SETTLE_QUIET_S`` (at most ``SETTLE_MAX_S``);
        return how long the chat's backlog took to arrive."""
        started = time.monotonic()
        last = started
        while time.monotonic() - started < SETTLE_MAX_S:
            if await officer.read(SETTLE_QUIET_S):
                last = time.monotonic()
            else:
                break
        self.tally.end_backlog_s = max(self.tally.end_backlog_s, last - started)
        return last - started


async def _until(officer: Officer, wanted: Callable[[str], bool], within_s: float) -> Said:
    """Read until a message whose text satisfies ``wanted`` arrives; latency None if none did
    within ``within_s``."""
    started = time.monotonic()
    got: list[dict[str, Any]] = []
    while (left := started + within_s - time.monotonic()) > 0:
        new = await officer.read(min(5.0, left))
        got.extend(new)
        if any(wanted(t) for t in Said(new, 0.0).texts):
            return Said(got, time.monotonic() - started)
    return Said(got, None)


def _reply_delays(db_file: Path) -> dict[str, float]:
    """The bot's own record of how long replies waited, whatever the officers took for an
    answer: an update's wait for its handler (inbox) and a reply's wait in the outbox until
    the channel accepted it (per-chat pacing included)."""
    with contextlib.closing(sqlite3.connect(db_file)) as db:
        outbox = sorted(
            (datetime.fromisoformat(sent) - datetime.fromisoformat(created)).total_seconds()
            for created, sent in db.execute(
                "SELECT created_at, sent_at FROM outbox WHERE priority = 0 AND sent_at IS NOT NULL"
            )
        )
        inbox = sorted(
            (datetime.fromisoformat(done) - datetime.fromisoformat(got)).total_seconds()
            for got, done in db.execute(
                "SELECT received_at, processed_at FROM inbox WHERE processed_at IS NOT NULL"
            )
        )

    def pick(values: list[float], share: float) -> float:
        return round(values[min(len(values) - 1, int(len(values) * share))], 2) if values else 0.0

    return {
        "inbox_wait_max_s": pick(inbox, 1.0),
        "reply_queue_p99_s": pick(outbox, 0.99),
        "reply_queue_max_s": pick(outbox, 1.0),
    }


def _brief(message: dict[str, Any]) -> str:
    text = message.get("text") or message.get("caption") or ""
    return f"#{message.get('seq')} {message.get('kind')}: {text[:120]!r}"


def _said(said: Any) -> dict[str, Any]:
    return {"latency_s": said.latency_s, "messages": [_brief(m) for m in said.messages]}


def _tracebacks(log: str) -> int:
    return log.count("Traceback (most recent call last)")


async def _sample_rss(bot: BotProcess, peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        current, hwm = bot.rss_mb()
        peak[0] = max(peak[0], current, hwm)
        await asyncio.sleep(0.25)


async def run(*, updates: int, seed_: int, debug: bool = False) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="tdkt-fuzz-"))
    db_url = f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
    people: list[Person] = await seed(db_url, ("telegram", "zalo"))
    files = hostile_files()
    sandbox = await start_sandbox()
    config = BotConfig(
        db_url=db_url,
        data_dir=str(work),
        sandbox_url=sandbox.base_url,
        telegram_token=sandbox.telegram_token,
        zalo_token=sandbox.zalo_token,
        web_port=free_port(),
        mode="webhook",
    )
    bot = BotProcess(config, work / "bot.log")
    tally = Tally()
    peak = [0.0]
    stop = asyncio.Event()
    started = time.monotonic()
    try:
        bot.start()
        await bot.wait_ready()
        rss_start = bot.rss_mb()[0]
        sampler = asyncio.create_task(_sample_rss(bot, peak, stop))
        async with httpx.AsyncClient(base_url=sandbox.base_url, timeout=120) as http:
            fuzzer = Fuzzer(http, sandbox, files, updates, tally)
            officers = [Officer(http, person) for person in people]
            await asyncio.gather(
                *(
                    fuzzer.run_officer(officer, random.Random(f"{seed_}:{n}"))
                    for n, officer in enumerate(officers)
                )
            )
            stuck = 0
            for officer in officers:
                if await fuzzer.stuck(officer):
                    stuck += 1
                    tally.note(f"stuck: {officer.person.channel} {officer.person.role}")
        stop.set()
        await sampler
        peak[0] = max(peak[0], bot.rss_mb()[1])
    finally:
        bot.stop()
        await sandbox.stop()
    log = bot.log_text()
    return {
        "updates": tally.actions,
        "unhandled": _tracebacks(log) + tally.apologies,
        "dropped_replies": tally.dropped,
        "stuck_conversations": stuck,
        "english_or_traceback": tally.english,
        "rss_start_mb": round(rss_start, 1),
        "rss_peak_mb": round(peak[0], 1),
        "max_reply_s": round(tally.max_reply_s, 2),
        **_reply_delays(work / "bench.sqlite3"),
        "end_backlog_s": round(tally.end_backlog_s, 1),
        "seed": seed_,
        "officers": len(people),
        "apologies": tally.apologies,
        "seconds": round(time.monotonic() - started, 1),
        "examples": tally.examples,
        "log": str(bot.log),
        **({"stuck_detail": tally.stuck_detail} if debug else {}),
    }


def main(*, updates: int, seed_: int, as_json: bool, debug: bool = False) -> dict[str, Any]:
    result = asyncio.run(run(updates=updates, seed_=seed_, debug=debug))
    print_result(result, as_json, 22)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="for each stuck officer: last actions sent, last replies, the /huy and /menu answers",
    )
    args = parser.parse_args()
    main(updates=args.updates, seed_=args.seed, as_json=args.json, debug=args.debug)
