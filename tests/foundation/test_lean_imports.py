"""Start-up stays lean: heavy libraries load when a feature needs them, not at import (issue 16).

Each check runs in a fresh interpreter, since this test process has imported everything already.
Memory and time are measured by ``tdkt bench startup``, not here.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]

#: Loaded only by the feature that needs them (an Excel sheet, a PDF, Redis, Telegram, S3...).
HEAVY = ("openpyxl", "pypdf", "docx", "redis", "boto3", "botocore", "aiogram", "bot.sandbox")


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_the_application_and_every_feature_import_without_heavy_libraries() -> None:
    loaded = _run(
        "import json, sys\n"
        "import bot.app\n"
        "from handlers import build_router\n"
        "build_router()\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    assert loaded == []


def test_telegram_types_are_built_on_first_use_and_all_of_them_still_build() -> None:
    result = _run(
        "import json, sys\n"
        "import bot.channels.telegram\n"
        "import aiogram.client.bot\n"
        "methods_at_import = sorted(m for m in sys.modules if m.startswith('aiogram.methods.'))\n"
        "import aiogram.methods as methods\n"
        "import aiogram.types as types\n"
        "models = [getattr(types, n) for n in types.__all__]\n"
        "models += [getattr(methods, n) for n in methods.__all__]\n"
        "models = [m for m in models if hasattr(m, 'model_rebuild')]\n"
        "built_at_import = sum(1 for m in models if m.__pydantic_complete__)\n"
        "update = types.Update.model_validate({'update_id': 7, 'message': {\n"
        "    'message_id': 1, 'date': 1700000000, 'chat': {'id': 5, 'type': 'private'},\n"
        "    'from': {'id': 5, 'is_bot': False, 'first_name': 'An'}, 'text': 'xin chào',\n"
        "    'photo': [{'file_id': 'f', 'file_unique_id': 'u', 'width': 9, 'height': 9}]}})\n"
        "button = types.InlineKeyboardButton(text='Có', callback_data='c')\n"
        "keyboard = types.InlineKeyboardMarkup(inline_keyboard=[[button]])\n"
        "stand_in = aiogram.client.bot.SendMessage\n"
        "send = methods.SendMessage(chat_id=5, text='chào', reply_markup=keyboard)\n"
        "bot = aiogram.client.bot.Bot('42:x')\n"
        "call = stand_in(chat_id=5, text='chào')\n"
        "replaced = aiogram.client.bot.SendMessage is methods.SendMessage\n"
        "failed = []\n"
        "for m in models:\n"
        "    try:\n"
        "        m.model_rebuild()\n"
        "        m.__pydantic_validator__.validate_python\n"
        "    except Exception as error:\n"
        "        failed.append(f'{m.__name__}: {error}')\n"
        "print(json.dumps({'models': len(models), 'built_at_import': built_at_import,\n"
        "    'methods_at_import': methods_at_import, 'stand_in': repr(stand_in),\n"
        "    'call': type(call).__name__, 'replaced': replaced,\n"
        "    'text': update.message.text, 'photo': update.message.photo[0].width,\n"
        "    'button': send.reply_markup.inline_keyboard[0][0].text,\n"
        "    'failed': failed}))\n"
    )
    assert result["models"] > 500  # ~400 types and ~190 methods
    # Method classes are created when first used: at import only the base and getUpdates (the
    # dispatcher's), and ``Bot`` holds stand-ins that become the real class on their first call.
    assert result["methods_at_import"] == ["aiogram.methods.base", "aiogram.methods.get_updates"]
    assert "created on its first call" in result["stand_in"]
    assert (result["call"], result["replaced"]) == ("SendMessage", True)
    # Lazily built: almost nothing at import (a few plain models have no forward references).
    assert result["built_at_import"] < 50
    assert (result["text"], result["photo"], result["button"]) == ("xin chào", 9, "Có")
    assert result["failed"] == []


#: Not held by a running bot that has not used them: Excel, Word, PDF, S3, Redis, .ics, and Alembic
#: when the database is already at the newest schema (tens of MB each, issue 16).
IDLE_HEAVY = ("alembic", "mako", "openpyxl", "docx", "pypdf", "boto3", "redis", "icalendar")
#: Never needed to start and serve (issue 16, task h28): the command-line tools of the features
#: (``tdkt run`` loads only its own command), Telegram methods the bot does not call, and
#: aiohttp (the Telegram channel talks through httpx).
LAZY_AT_START = (
    "aiohttp",
    "reminders.cli",
    "handlers.registration.cli",
    "bot.knowledge.cli",
    "bot.knowledge.law.cli",
    "bot.channels.zalo.cli",
    "aiogram.methods.send_poll",
    "aiogram.methods.send_invoice",
    "aiogram.methods.ban_chat_member",
)
#: ...and, once the content has been checked at an earlier start, what only a question or a
#: photo needs: the knowledge base's indexes (numpy, bm25s) and the page checks (Pillow); and
#: httpx's command-line client (pygments), never run by the bot.
IDLE_UNASKED = (*IDLE_HEAVY, "numpy", "bm25s", "PIL", "pygments", *LAZY_AT_START)
QUESTION = "tiêu chuẩn lao động tiên tiến là gì"

#: ``tdkt run`` itself, with a thread that waits until the bot serves, writes which heavy
#: modules the process holds, then (given an invite code) talks to it as an officer through the
#: sandbox's user API, and stops it the way Ctrl-C does.
_RUN_AND_REPORT = """
import json, os, signal, sys, threading, time
import bot  # first, as in `python -m bot run` (the driver's own httpx comes after it)
import httpx
from bot.cli import app
ready, box, out, heavy, code = sys.argv[1:6]
args = sys.argv[6:]

def report():
    result = {}
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            if httpx.get(ready, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    time.sleep(1.0)  # started: the page answers; let start-up's last steps finish
    result["idle"] = sorted(m for m in heavy.split(",") if m in sys.modules)
    if code:
        replies, seen = [], 0
        for text in (f"/start {code}", QUESTION):
            httpx.post(f"{box}/api/users/4242/text", json={"text": text}, timeout=10)
            got = httpx.get(f"{box}/api/users/4242/messages", params={"after": seen, "wait": 60},
                            timeout=70).json()
            seen = got["last_seq"]
            replies.append(got["messages"][0]["text"] if got["messages"] else "")
        result["replies"] = replies
        result["after_question"] = sorted(m for m in heavy.split(",") if m in sys.modules)
    with open(out, "w") as fh:
        json.dump(result, fh)
    os.kill(os.getpid(), signal.SIGINT)

threading.Thread(target=report, daemon=True).start()
app(["run", *args], standalone_mode=False)
""".replace("QUESTION", repr(QUESTION))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TDKT_")}
    env.pop("DATABASE_URL", None)
    env.update(PYTHONPATH=str(ROOT), TDKT_DATA_DIR=str(data), TDKT_LOG_LEVEL="WARNING", **extra)
    return env


def _started(
    data: Path, heavy: tuple[str, ...], code: str = "", sandbox: str | None = None
) -> tuple[dict[str, Any], str]:
    """Run ``tdkt run`` until it serves; what it held then and (with ``code``) the replies.

    Without ``sandbox`` it hosts its own sandbox; with it, it is a Telegram bot of that one."""
    out = data / "loaded.json"
    out.unlink(missing_ok=True)
    web = _free_port()
    if sandbox is None:
        box = f"http://127.0.0.1:{_free_port()}"
        ready = f"{box}/"
        env = _env(data)
        args = ["--web-port", str(web), "--sandbox-port", box.rsplit(":", 1)[1]]
    else:
        box, ready = sandbox, f"http://127.0.0.1:{web}/healthz"
        token = httpx.get(f"{sandbox}/api/info", timeout=5).json()["telegram"]["token"]
        env = _env(data, TDKT_TELEGRAM_TOKEN=token, TDKT_TELEGRAM_API_BASE=sandbox)
        args = ["--web-port", str(web)]
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT, ready, box, str(out), ",".join(heavy), code, *args],
        cwd=data,
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert out.is_file(), done.stdout + done.stderr
    return json.loads(out.read_text()), done.stdout


def _invite(data: Path) -> str:
    """An officer's invite code, made with the CLI as an administrator would."""

    def tdkt(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env=_env(data),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    tdkt("units", "import", str(ROOT / "content" / "demo" / "units.csv"))
    code = re.search(r"gửi /start (\S+)\)", tdkt("invite", "--unit", "XA-DEMO"))
    assert code is not None
    return code.group(1)


def _expected_title() -> str:
    """The title of the entry the knowledge base itself answers ``QUESTION`` with."""
    from bot.content import packaged_content_dir
    from bot.knowledge import KnowledgeBase

    answer = KnowledgeBase.load(packaged_content_dir()).ask(QUESTION, as_of=date.today())
    return answer.text.splitlines()[0].strip("*")


def _check_first_question(result: dict[str, Any]) -> None:
    # The knowledge base was not there when the question came: it was loaded for it, and the
    # answer is the one a fully loaded knowledge base gives.
    welcome, answer = result["replies"]
    assert welcome.startswith("Chào mừng"), welcome
    assert answer.splitlines()[0] == _expected_title(), answer
    assert "Căn cứ:" in answer
    assert {"numpy", "bm25s"} <= set(result["after_question"])


def test_a_second_start_of_tdkt_run_holds_no_heavy_library(tmp_path: Path) -> None:
    first, printed = _started(tmp_path, IDLE_UNASKED)
    # The empty database was migrated and the new content checked: the checks below mean it.
    assert {"alembic", "numpy", "bm25s"} <= set(first["idle"])
    code = re.search(r"mã mời cán bộ: gửi\s+/start (\S+)", printed)
    assert code is not None, printed
    second, _ = _started(tmp_path, IDLE_UNASKED, code.group(1))
    assert second["idle"] == []
    _check_first_question(second)


def test_a_telegram_bot_alone_starts_without_the_knowledge_base_and_loads_it_to_answer(
    tmp_path: Path,
) -> None:
    """As deployed with a token: the sandbox is another process (Telegram's stand-in)."""
    port = _free_port()
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "bot.sandbox", "--port", str(port)],
        cwd=ROOT,
        env=_env(tmp_path / "sandbox"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1200):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/api/info", timeout=2).status_code == 200:
                    break
            time.sleep(0.1)
        # A first start migrates, checks the content and makes an invite code on the way.
        first, _ = _started(tmp_path, IDLE_UNASKED, sandbox=base)
        assert {"alembic", "numpy"} <= set(first["idle"])
        code = _invite(tmp_path)
        second, _ = _started(tmp_path, IDLE_UNASKED, code, sandbox=base)
        assert second["idle"] == []
        _check_first_question(second)
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=30)
