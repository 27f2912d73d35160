"""``python -m bot.sandbox [--port N] [--host H] [--no-flood] [--data-dir DIR]``: run standalone."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from pathlib import Path

from bot.sandbox.config import FloodLimits, SandboxConfig
from bot.sandbox.server import SandboxServer


async def serve(config: SandboxConfig) -> None:
    server = SandboxServer(config)
    await server.start()
    print(f"Hộp thử cục bộ (môi trường thử nghiệm, không phải Telegram/Zalo): {server.base_url}/")
    print(f"  Telegram API base: {server.base_url}   token: {server.telegram_token}")
    print(f"  Zalo API base:     {server.zalo_base_url}   token: {server.zalo_token}")
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-flood", action="store_true", help="disable the flood model")
    parser.add_argument("--data-dir", type=Path, default=None, help="keep uploads on disk here")
    parser.add_argument(
        "--local",
        action="store_true",
        help="accept any webhook URL (http, any port), like telegram-bot-api --local",
    )
    args = parser.parse_args()
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        flood=FloodLimits(enabled=not args.no_flood),
        data_dir=args.data_dir,
        local_webhooks=args.local,
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(config))


if __name__ == "__main__":
    main()
