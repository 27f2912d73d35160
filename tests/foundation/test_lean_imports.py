"""Start-up stays lean: heavy libraries load when a feature needs them, not at import (issue 16).

Each check runs in a fresh interpreter, since this test process has imported everything already.
Memory and time are measured by ``tdkt bench startup``, not here.
"""

from __future__ import annotations

import json
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
