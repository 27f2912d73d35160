"""Failures to start that a person can fix, told in one sentence instead of a traceback.

``tdkt`` catches :class:`StartupError` (and invalid settings) and prints the message; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno

from pydantic import ValidationError

__all__ = ["StartupError", "port_error", "settings_error"]


class StartupError(Exception):
    """An expected reason the bot cannot start; the message says what to change."""


def port_error(error: OSError, variable: str, host: str, port: int) -> StartupError:
    """A bind failure, naming the setting that chooses the port."""
    if error.errno == errno.EADDRINUSE:
        return StartupError(
            f"Cổng {port} trên {host} đang được chương trình khác dùng "
            f"(port {port} is already in use). Chọn cổng khác, ví dụ: {variable}={port + 10} "
            "tdkt run"
        )
    return StartupError(
        f"Không mở được cổng {port} trên {host} ({error.strerror or error}). "
        f"Kiểm tra {variable} và {variable.replace('_PORT', '_HOST')}."
    )


def settings_error(error: ValidationError, prefix: str = "TDKT_") -> StartupError:
    """Invalid settings, each named by its environment variable."""
    lines = []
    for problem in error.errors():
        name = (".".join(str(part) for part in problem.get("loc", ())) or "?").upper()
        if not name.startswith(prefix) and name != "DATABASE_URL":  # aliases come named
            name = prefix + name
        value = problem.get("input")
        shown = "" if isinstance(value, dict) else f" (giá trị: {value!r})"
        lines.append(f"  {name}: {problem.get('msg', '')}{shown}")
    return StartupError("Cài đặt không hợp lệ (invalid settings):\n" + "\n".join(lines))
