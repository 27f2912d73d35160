"""A plan parse that never finishes in time, importable by the parsing child process."""

from __future__ import annotations

import time


def parse_forever(data: bytes, suffix: str, year: int | None) -> None:
    # Stands in for a hostile or huge plan: how slow a real one is depends on the machine (the
    # parser is linear now, so a file under the size limit parses in seconds on a quiet one).
    time.sleep(300)
