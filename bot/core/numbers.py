"""Safe parsing of the numbers people type and callbacks carry.

``str.isdigit()`` is True for "²", "①" or "߁" and ``int()`` then raises; a 20-digit id fits a
Python int but overflows the database's 64-bit integer. Every handler parses through here:
ASCII digits only, bounded, ``None`` for anything else.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]{1,18}")  # 18 digits always fit a signed 64-bit integer
DB_ID_MAX = 2**63 - 1


def parse_int(text: str | None, *, low: int | None = None, high: int | None = None) -> int | None:
    """``text`` (spaces around ignored) as an int within [low, high], else ``None``."""
    if text is None:
        return None
    stripped = text.strip()
    if not _DIGITS.fullmatch(stripped):
        return None
    value = int(stripped)
    if (low is not None and value < low) or (high is not None and value > high):
        return None
    return value


def parse_id(text: str | None) -> int | None:
    """A database id (a positive 64-bit integer) from a callback or typed text."""
    return parse_int(text, low=1, high=DB_ID_MAX)


def is_number(text: str) -> bool:
    """True if ``text`` is plain ASCII digits (what ``isdigit()`` was meant to say)."""
    return _DIGITS.fullmatch(text) is not None
