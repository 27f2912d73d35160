"""Bot tokens and configured secrets never reach the log output of `tdkt run`."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"
ZALO_SECRET = "zalo-webhook-bi-mat-42"

SCRIPT = textwrap.dedent(
    f"""
    import logging
    from bot.cli import _setup_logging
    from bot.config import load_settings

    _setup_logging(load_settings())
    url = "https://api.telegram.org/bot{TOKEN}/getUpdates"
    logging.getLogger("aiogram.dispatcher").error(
        "Failed to fetch updates - TelegramNetworkError: HTTP Client says - %s", url
    )
    try:
        raise ConnectionError(f"cannot reach {{url}} (secret {ZALO_SECRET})")
    except ConnectionError:
        logging.getLogger("bot.channels.zalo").exception("poll failed")
    """
)


def test_tokens_and_secrets_are_masked_in_logs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "TDKT_DATA_DIR": str(tmp_path),
        "TDKT_TELEGRAM_TOKEN": TOKEN,
        "TDKT_ZALO_WEBHOOK_SECRET": ZALO_SECRET,
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    log = done.stderr
    assert "Failed to fetch updates" in log and "poll failed" in log
    assert "Traceback" in log  # the traceback is kept, only masked
    assert TOKEN.split(":")[1] not in log
    assert ZALO_SECRET not in log
    assert "bot123456789:***/getUpdates" in log
