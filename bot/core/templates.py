"""User-facing text lives in Jinja2 templates under ``content/templates``.

Each ``<area>.j2`` file holds named macros; ``messages.render("start.welcome", name=...)`` calls
macro ``welcome`` of ``start.j2``. Keeping every sentence a user reads in one reviewed place lets
the commune's staff fix wording without touching Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

_BLANK_RUNS = re.compile(r"\n{3,}")
#: Whether the reader's channel shows buttons (Telegram) or numbered lines (Zalo). Templates
#: call ``buttons()`` for the few sentences that must differ; most wording ("chọn …") fits both.
_BUTTONS: ContextVar[bool] = ContextVar("tdkt_channel_buttons", default=True)


@contextmanager
def channel_buttons(buttons: bool) -> Iterator[None]:
    """Render templates inside this block for a channel with (or without) buttons."""
    token = _BUTTONS.set(buttons)
    try:
        yield
    finally:
        _BUTTONS.reset(token)


#: Our bold marker, and what it becomes inside a value: the same two stars to the eye, joined by
#: an invisible WORD JOINER so the pair no longer opens or closes bold.
BOLD = "**"
ESCAPED_BOLD = "*\u2060*"


class Rendered(str):
    """Text a template produced: its ``**bold**`` is intended and is kept when nested."""

    __slots__ = ()


def escape_markup(text: str) -> str:
    """User text as it must appear in a message: ``**`` shown, never taken as bold."""
    return text.replace(BOLD, ESCAPED_BOLD)


def _finalize(value: Any) -> Any:
    # Every {{ value }} a template prints: what a person typed ("**Nguyễn**" as a name) must not
    # turn bold for the reviewer. Template output passed on (Rendered) keeps its markup.
    if isinstance(value, str) and not isinstance(value, Rendered):
        return escape_markup(value)
    return value


def markup(value: Any) -> Rendered:
    """Filter ``| markup``: this value's ``**`` is intended markup (e.g. a nested macro)."""
    return Rendered(value)


def vn_date(value: date | datetime | None) -> str:
    """21/11/2026, the way dates are written in Vietnamese documents."""
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def vn_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d} {vn_date(value)}"


def vn_number(value: float | int) -> str:
    """2530000 → 2.530.000 (dot as the thousands separator)."""
    return f"{round(value):,}".replace(",", ".")


class Messages:
    def __init__(self, template_dir: Path) -> None:
        self.env = Environment(
            loader=FileSystemLoader(template_dir),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
            keep_trailing_newline=False,
            finalize=_finalize,
        )
        self.env.filters.update(
            vn_date=vn_date, vn_datetime=vn_datetime, vn_number=vn_number, markup=markup
        )
        self.env.globals["buttons"] = _BUTTONS.get

    def render(self, name: str, /, **context: Any) -> Rendered:
        """Render macro ``name`` ("area.macro") with ``context`` as keyword arguments."""
        area, _, macro = name.partition(".")
        if not macro:
            raise ValueError(f"message name must be 'area.macro', got {name!r}")
        module = self.env.get_template(f"{area}.j2").make_module()
        func = getattr(module, macro, None)
        if func is None:
            raise KeyError(f"no macro {macro!r} in {area}.j2")
        text = str(func(**context))
        return Rendered(_BLANK_RUNS.sub("\n\n", text).strip())

    def has(self, name: str) -> bool:
        area, _, macro = name.partition(".")
        try:
            module = self.env.get_template(f"{area}.j2").make_module()
        except Exception:
            return False
        return hasattr(module, macro)
