"""Start-up time and idle memory of ``tdkt run`` (issue 16).

    tdkt bench startup [--baseline-root /path/to/other/checkout] [--rounds 3] --json

For each code tree (this one, and a baseline checkout if given, measured in the same run with
the same interpreter and packages, the two taking turns round by round), it starts
``python -m bot run`` as a deployment would:

* **sandbox**: no token, so the process hosts its own sandbox and demo data. The first start
  (empty data directory: migrations, demo units) and then a second start on the same data are
  timed from the spawn to the chat page answering 200 *and* the process announcing it is ready
  (it prints the sandbox address after ``Application.start``);
* **telegram**: a token and ``TDKT_TELEGRAM_API_BASE`` pointing at a sandbox in another process,
  so the bot process holds only the bot: timed to ``/healthz`` answering and the bot's first
  ``getUpdates`` poll reaching the sandbox.

**First reply** (sandbox): a third start on the same data sends, the moment it is ready, the
invite code the first start printed (``/start CODE``: registration, the welcome) and then a
question (the knowledge base loads for it), each timed from the send to the reply the user sees.
A start that left work for after its ready line pays it here, in the first answers, so
``first_reply_s`` and ``first_answer_s`` keep the start figures honest.

``*_cpu_s`` is the CPU time (user + system) the process used until then: on a loaded machine
the wall-clock time measures the load as much as the code, the CPU time much less so, and on
a quiet single vCPU a start takes about its CPU time plus a little I/O. After 5 s idle the
process's RSS is read (psutil). Each figure is the median of ``--rounds``.
Modules run compiled, as installed by pip: bytecode is cached outside the checkouts
(``PYTHONPYCACHEPREFIX``) and one untimed start of each mode per tree compiles it first.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import psutil

from benchmarks import print_result

PROJECT_ROOT = Path(__file__).resolve().parent.parent
READY_MARK = "Hộp thử cục bộ"  # printed by `tdkt run` once the application has started
IDLE_S = 5.0
#: A question the knowledge base answers (its first load happens for it).
QUESTION = "tiêu chuẩn lao động tiên tiến là gì"
_INVITE = re.compile(r"mã mời cán bộ: gửi\s+/start (\S+)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pycache(root: Path) -> Path:
    """Where ``root``'s compiled modules are kept for the bench, outside the checkout."""
    tag = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "tdkt-bench-pycache" / tag


def _env(root: Path, data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TDKT_")}
    # A deployment runs compiled modules (pip compiles a wheel at install). A shell with
    # PYTHONDONTWRITEBYTECODE would recompile ~200 project modules at every start (~0.4 s), so
    # bytecode goes to a cache of the bench's own, never into the measured checkouts.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(_pycache(root)),
        PYTHONPATH=str(root),
        TDKT_DATA_DIR=str(data),
        TDKT_LOG_LEVEL="WARNING",
        TDKT_REMINDER_SCHEDULER="true",
        **extra,
    )
    return env


class Started:
    """A ``python -m bot run`` child; ``ready`` is set when it printed ``mark``."""

    def __init__(self, root: Path, env: dict[str, str], args: list[str], mark: str | None) -> None:
        self.began = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", *args],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.ready = threading.Event()
        if mark is None:
            self.ready.set()
        self.output: list[str] = []
        #: CPU seconds the process used until it served (set by ``wait_url``)
        self.cpu_s = 0.0
        threading.Thread(target=self._read, args=(mark,), daemon=True).start()

    def _read(self, mark: str | None) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            line = raw.decode("utf-8", "replace")
            self.output.append(line)
            if mark and mark in line:
                self.ready.set()

    def wait_url(self, url: str, timeout: float = 120) -> float:
        """Seconds from spawn until ``url`` answers 200 and the process said it is ready."""
        deadline = time.monotonic() + timeout
        # One client, polled every 50 ms: the driver must not take the CPU the bot needs.
        with httpx.Client(timeout=2) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError("tdkt run exited:\n" + "".join(self.output[-30:]))
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(url).status_code == 200 and self.ready.is_set():
                        seconds = time.monotonic() - self.began
                        cpu = psutil.Process(self.proc.pid).cpu_times()
                        self.cpu_s = cpu.user + cpu.system
                        return seconds
                time.sleep(0.05)
        raise TimeoutError(url)

    def invite_code(self) -> str:
        """The officer invite code a first sandbox start prints."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            found = _INVITE.search("".join(self.output))
            if found:
                return found.group(1)
            time.sleep(0.05)
        raise RuntimeError("no invite code printed:\n" + "".join(self.output[-30:]))

    def idle_rss_mb(self) -> float:
        time.sleep(IDLE_S)
        return round(psutil.Process(self.proc.pid).memory_info().rss / 1e6, 1)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _sandbox_mode(root: Path) -> dict[str, float]:
    data = Path(tempfile.mkdtemp(prefix="tdkt-startup-"))
    web, box = _free_port(), _free_port()
    args = ["--web-port", str(web), "--sandbox-port", str(box)]
    env = _env(root, data)
    first = Started(root, env, args, READY_MARK)
    first_s = first.wait_url(f"http://127.0.0.1:{box}/")
    code = first.invite_code()
    first.stop()
    second = Started(root, env, args, READY_MARK)
    second_s = second.wait_url(f"http://127.0.0.1:{box}/")
    rss = second.idle_rss_mb()
    second.stop()
    third = Started(root, env, args, READY_MARK)
    third.wait_url(f"http://127.0.0.1:{box}/")
    replies = _first_replies(f"http://127.0.0.1:{box}", code)
    third.stop()
    return {
        "first_start_s": first_s,
        "second_start_s": second_s,
        "second_start_cpu_s": second.cpu_s,
        "idle_rss_mb": rss,
        **replies,
    }


def _first_replies(box: str, code: str) -> dict[str, float]:
    """Seconds from sending to the reply, for an officer's first two messages after ready."""
    times: dict[str, float] = {}
    seen = 0
    with httpx.Client(timeout=70) as client:
        for key, text, expect in (
            ("first_reply_s", f"/start {code}", "Chào mừng"),
            ("first_answer_s", QUESTION, "Căn cứ:"),
        ):
            sent = time.monotonic()
            client.post(f"{box}/api/users/4242/text", json={"text": text}).raise_for_status()
            got = client.get(
                f"{box}/api/users/4242/messages", params={"after": seen, "wait": 60}
            ).json()
            times[key] = time.monotonic() - sent
            seen = got["last_seq"]
            reply = got["messages"][0]["text"] if got["messages"] else ""
            if expect not in reply:
                raise RuntimeError(f"{text!r} was answered {reply[:200]!r}")
    return times


def _telegram_mode(root: Path) -> dict[str, float]:
    data = Path(tempfile.mkdtemp(prefix="tdkt-startup-"))
    box = _free_port()
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "bot.sandbox", "--port", str(box)],
        cwd=PROJECT_ROOT,
        env=_env(PROJECT_ROOT, data / "sandbox"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{box}"
        for _ in range(600):
            with contextlib.suppress(httpx.HTTPError):
                info = httpx.get(f"{base}/api/info", timeout=2).json()
                break
            time.sleep(0.05)
        token = info["telegram"]["token"] if "telegram" in info else info["telegram_token"]
        web = _free_port()
        env = _env(root, data, TDKT_TELEGRAM_TOKEN=token, TDKT_TELEGRAM_API_BASE=base)
        # A first start migrates the empty database; the measured one is the second.
        for attempt in range(2):
            bot = Started(root, env, ["--web-port", str(web)], None)
            seconds = bot.wait_url(f"http://127.0.0.1:{web}/healthz")
            if attempt == 0:
                bot.stop()
        rss = bot.idle_rss_mb()
        bot.stop()
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=30)
    return {"second_start_s": seconds, "second_start_cpu_s": bot.cpu_s, "idle_rss_mb": rss}


def _warm_up(root: Path) -> None:
    """One untimed start of each mode, so the timed ones find the modules compiled."""
    _sandbox_mode(root)
    _telegram_mode(root)


def _one_round(root: Path) -> dict[str, float]:
    return {**_sandbox_mode(root), **_prefix("telegram_", _telegram_mode(root))}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: round(statistics.median(r[key] for r in runs), 2) for key in runs[0]}


def measure(root: Path, rounds: int) -> dict[str, Any]:
    return _median([_one_round(root) for _ in range(rounds)])


def _prefix(prefix: str, values: dict[str, float]) -> dict[str, float]:
    return {prefix + key: value for key, value in values.items()}


def main(*, baseline_root: Path | None, rounds: int, as_json: bool) -> dict[str, Any]:
    # The two trees take turns, round by round: on a shared machine the load changes by the
    # minute, and measuring one tree after the other compared two different machines.
    load_at_start = round(os.getloadavg()[0], 1)
    _warm_up(PROJECT_ROOT)
    if baseline_root is not None:
        _warm_up(baseline_root.resolve())
    this: list[dict[str, float]] = []
    other: list[dict[str, float]] = []
    for _ in range(rounds):
        this.append(_one_round(PROJECT_ROOT))
        if baseline_root is not None:
            other.append(_one_round(baseline_root.resolve()))
    result: dict[str, Any] = {"this": _median(this)}
    if baseline_root is not None:
        result["baseline"] = _median(other)
        result["baseline_root"] = str(baseline_root)
    result.update(
        rounds=rounds,
        idle_s=IDLE_S,
        cpus=os.cpu_count(),
        load_1m_start=load_at_start,
        load_1m=round(os.getloadavg()[0], 1),
        python=sys.version.split()[0],
        date=date.today().isoformat(),
    )
    print_result(result, as_json, 14)
    return result
