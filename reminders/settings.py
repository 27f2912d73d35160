"""Reminder policy knobs (``TDKT_REMINDER_*`` environment variables or ``.env``)."""

from __future__ import annotations

from datetime import time
from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

IntList = Annotated[tuple[int, ...], NoDecode]


class ReminderSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TDKT_REMINDER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    #: Days before a deadline a reminder goes out (0 = on the day), e.g. "14,7,3,1,0".
    offsets: IntList = (14, 7, 3, 1, 0)
    #: Steps sent even on Sundays and public holidays (days before the deadline).
    urgent_offsets: IntList = (1, 0)
    #: Reminders only leave within these local hours.
    work_start: time = time(7, 30)
    work_end: time = time(20, 0)
    #: Days after the deadline: follow-up to the officer, then escalation to the unit's head.
    overdue_after_days: int = 1
    escalate_after_days: int = 3
    #: Nothing more about a deadline this many days after it passed (a bot down for long).
    stale_after_days: int = 30
    #: The quarter digest is still sent this many days after the quarter's first working day.
    digest_grace_days: int = 10
    #: "Nhắc lại sau": next working day at this local time (or a few hours if due today).
    snooze_to: time = time(8, 0)
    snooze_hours_same_day: int = 3
    #: Extra days off besides Sundays and Vietnamese public holidays ("6" adds Saturdays).
    extra_weekdays_off: IntList = ()
    #: How often the scheduler ticks (minutes), plus a run at ``work_start`` every day.
    tick_minutes: int = Field(default=10, ge=1)
    #: Run APScheduler at all (tests drive the tick by hand).
    scheduler: bool = True
    #: Bundles committed per transaction during a tick (keeps the SQLite write lock short).
    chunk: int = Field(default=100, ge=1)

    @field_validator("offsets", "urgent_offsets", "extra_weekdays_off", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(int(v) for v in value.replace(";", ",").split(",") if v.strip())
        if isinstance(value, int):
            return (value,)
        return value

    @field_validator("offsets")
    @classmethod
    def _sorted(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(sorted({v for v in value if v >= 0}, reverse=True))
