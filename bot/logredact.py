"""Keep bot tokens and secrets out of log output.

aiogram and httpx put request URLs in their error messages, and a Bot API URL carries the token
(``/bot<id>:<secret>/getUpdates``); Zalo's does too. Anyone who can read the logs could then
drive the bot. Every handler of the root logger formats through :class:`RedactingFormatter`,
which masks anything shaped like a bot token plus the exact secrets the deployment configured,
in the message and in tracebacks alike.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

#: ``<bot id>:<secret>``: Telegram's token shape (Zalo's is alike). The id stays for diagnosis.
_TOKEN = re.compile(r"(?<![0-9])(\d{3,}):[A-Za-z0-9_-]{20,}")
MASK = "***"


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    text = _TOKEN.sub(rf"\1:{MASK}", text)
    for secret in secrets:
        if secret and len(secret) >= 6:  # a two-letter secret would mask half the log
            text = text.replace(secret, MASK)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats with the handler's own formatter, then masks tokens and secrets."""

    def __init__(self, inner: logging.Formatter | None, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.inner = inner or logging.Formatter()
        self.secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        return redact(self.inner.format(record), self.secrets)


def install(secrets: Iterable[str] = (), logger: logging.Logger | None = None) -> None:
    """Wrap the formatter of every handler of ``logger`` (default: the root logger)."""
    target = logger or logging.getLogger()
    secrets = tuple(secrets)
    for handler in target.handlers:
        current = handler.formatter
        if isinstance(current, RedactingFormatter):
            current = current.inner
        handler.setFormatter(RedactingFormatter(current, secrets))
