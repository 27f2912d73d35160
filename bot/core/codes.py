"""Short codes people read aloud and type on phones: invites and dossier tracking codes.

The alphabet has no O/0 and no I/1; the last character is a Luhn mod-32 check character, which
catches every single mistyped character and all but a rare few swaps of
neighbours (the pair with values 0 and 31). Codes are accepted in
any case, with or without dashes and spaces.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_N = len(ALPHABET)
_SEPARATORS = re.compile(r"[\s\-_.]+")


def check_char(body: str) -> str:
    """Luhn mod N over ``body`` (already upper-case, in the alphabet)."""
    factor = 2
    total = 0
    for char in reversed(body):
        addend = factor * _INDEX[char]
        factor = 1 if factor == 2 else 2
        total += addend // _N + addend % _N
    return ALPHABET[(_N - total % _N) % _N]


def generate(length: int) -> str:
    """A random code of ``length`` characters, the last one being the check character."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(length - 1))
    return body + check_char(body)


def normalize(typed: str) -> str | None:
    """Upper-case ``typed`` and drop separators; None if it has characters outside the alphabet.

    O and I typed by mistake are not silently "corrected": with a check character the user is
    better served by "không tìm thấy" than by a guess.
    """
    candidate = _SEPARATORS.sub("", typed.strip()).upper()
    if not candidate or any(c not in _INDEX for c in candidate):
        return None
    return candidate


def is_valid(code: str) -> bool:
    return len(code) >= 2 and check_char(code[:-1]) == code[-1]


def parse(typed: str, length: int) -> str | None:
    """The canonical code if ``typed`` is a well-formed code of ``length`` characters."""
    code = normalize(typed)
    if code is None or len(code) != length or not is_valid(code):
        return None
    return code


def display(code: str, group: int = 4) -> str:
    """``K7M39PX`` → ``K7M3-9PX``."""
    return "-".join(code[i : i + group] for i in range(0, len(code), group))


INVITE_LENGTH = 8
TRACKING_LENGTH = 7
