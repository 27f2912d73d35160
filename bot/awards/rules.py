"""Checking what the history holds against a consecutive-year rule.

A title sought for year Y (registered for Y, or reviewed in a dossier for Y) counts the needed
title in the consecutive years ending at Y when Y is already recorded, else ending at Y - 1:
the needed title of Y itself is often decided at the same time (CSTĐCS and CSTĐ tỉnh are
proposed together at the year's end), so one year short with Y still open is "đủ nếu năm Y
cũng đạt", not a failure. The checks warn; the reviewer decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.awards.catalogue import Catalogue, Rule

MET = "met"
PENDING = "pending"
MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Check:
    rule: Rule
    needs_label: str
    award_label: str
    #: Every year the needed title is in the history, ascending.
    years: tuple[int, ...]
    #: The consecutive run that counts (ending at the year sought or the one before).
    streak: tuple[int, ...]
    year: int
    state: str

    @property
    def ok(self) -> bool:
        return self.state == MET


def streak_ending(years: Iterable[int], year: int) -> tuple[int, ...]:
    have = set(years)
    end = year if year in have else year - 1
    run: list[int] = []
    while end in have:
        run.append(end)
        end -= 1
    return tuple(reversed(run))


def check(rule: Rule, catalogue: Catalogue, years: Iterable[int], year: int) -> Check:
    held = tuple(sorted({y for y in years if y <= year}))
    run = streak_ending(held, year)
    if len(run) >= rule.times:
        state = MET
    elif len(run) == rule.times - 1 and run and run[-1] == year - 1:
        state = PENDING
    else:
        state = MISSING
    return Check(
        rule, catalogue.label(rule.needs), catalogue.label(rule.award), held, run, year, state
    )


def checks_for(
    catalogue: Catalogue,
    award: str,
    subject: str,
    history: Iterable[tuple[str, int]],
    year: int,
) -> list[Check]:
    """Every rule of ``award`` against ``history`` ((award key, year) pairs)."""
    rows = list(history)
    return [
        check(rule, catalogue, (y for a, y in rows if a == rule.needs), year)
        for rule in catalogue.rules_for(award, subject)
    ]
