"""Start-up stays lean: heavy libraries load when a feature needs them, not at import (issue 16).

Each check runs in a fresh interpreter, since this test process has imported everything already.
Memory and time are measured by ``tdkt bench startup``, not here.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

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
        "import json\n"
        "import bot.channels.telegram\n"
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
        "send = methods.SendMessage(chat_id=5, text='chào', reply_markup=keyboard)\n"
        "failed = []\n"
        "for m in models:\n"
        "    try:\n"
        "        m.model_rebuild()\n"
        "        m.__pydantic_validator__.validate_python\n"
        "    except Exception as error:\n"
        "        failed.append(f'{m.__name__}: {error}')\n"
        "print(json.dumps({'models': len(models), 'built_at_import': built_at_import,\n"
        "    'text': update.message.text, 'photo': update.message.photo[0].width,\n"
        "    'button': send.reply_markup.inline_keyboard[0][0].text,\n"
        "    'failed': failed}))\n"
    )
    assert result["models"] > 500  # ~400 types and ~190 methods
    # Lazily built: almost nothing at import (a few plain models have no forward references).
    assert result["built_at_import"] < 50
    assert (result["text"], result["photo"], result["button"]) == ("xin chào", 9, "Có")
    assert result["failed"] == []


#: Not held by a running bot that has not used them: Excel, Word, PDF, S3, Redis, .ics, and Alembic
#: when the database is already at the newest schema (tens of MB each, issue 16).
IDLE_HEAVY = ("alembic", "mako", "openpyxl", "docx", "pypdf", "boto3", "redis", "icalendar")

#: ``tdkt run`` itself, with a thread that waits for the sandbox chat page to answer, writes
#: which heavy modules the process holds and stops it the way Ctrl-C does.
_RUN_AND_REPORT = """
import json, os, signal, sys, threading, time
import httpx
from bot.cli import app
web, box, out, heavy = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")

def report():
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{box}/", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    time.sleep(1.0)  # started: the page answers; let start-up's last steps finish
    with open(out, "w") as fh:
        json.dump(sorted(m for m in heavy if m in sys.modules), fh)
    os.kill(os.getpid(), signal.SIGINT)

threading.Thread(target=report, daemon=True).start()
app(["run", "--web-port", web, "--sandbox-port", box], standalone_mode=False)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _started_and_loaded(data: Path) -> list[str]:
    out = data / "loaded.json"
    out.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TDKT_")}
    env.pop("DATABASE_URL", None)
    env.update(PYTHONPATH=str(ROOT), TDKT_DATA_DIR=str(data), TDKT_LOG_LEVEL="WARNING")
    args = [str(_free_port()), str(_free_port()), str(out), ",".join(IDLE_HEAVY)]
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT, *args],
        cwd=data,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.is_file(), done.stdout + done.stderr
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def test_a_second_start_of_tdkt_run_holds_no_heavy_library(tmp_path: Path) -> None:
    first = _started_and_loaded(tmp_path)
    assert "alembic" in first  # the empty database was migrated: the check below means it
    assert _started_and_loaded(tmp_path) == []
