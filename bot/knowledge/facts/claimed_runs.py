"""The run of years a question tells or claims against a title's rule of years in a row.

"3 lần CSTĐCS ngắt quãng", "phải 3 năm liền CSTĐCS mới được", "năm 2024 đạt LĐTT": the record
held, the run claimed required, and the year the asking sentences are about (Luật 2022 Điều 21,
22 count times in a row).
"""

from __future__ import annotations

import re

from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import run_broken
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.pair import Pair

__all__ = ["broken_run_told", "of_the_year_asked", "run_claimed_required"]

#: a run claimed as needed: "phải / cần … mới (được)", "bắt buộc … mới"
_RUN_NEEDED = re.compile(r"\b(?:phai|can|bat buoc)\b(?: \w+){1,12}? moi\b")
#: a run claimed to suffice ("chỉ cần", "là đủ", "đủ điều kiện", "tự động", "là được")
_RUN_SUFFICES = re.compile(r"\bchi can\b|\bla du\b|\bdu dieu kien\b|\btu dong\b|\bla (?:duoc|dc)\b")


def run_claimed_required(question: str, fact: Fact, pair: Pair, model: FactModel) -> bool:
    """The question claims the run of years as what the title needs ("phải 3 năm liền CSTĐCS
    mới được …"), not as what suffices ("chỉ cần 3 năm liền là đủ"), and names as held the
    very title the fact's run is of (its name is in the fact's text)."""
    said = " ".join(t for t in tokens(question) if t.isalnum())
    if _RUN_NEEDED.search(said) is None or _RUN_SUFFICES.search(said) is not None:
        return False
    held = (pair.subject or "").removeprefix("dat_")
    name = model.entities.get(held, "") if pair.subject != held else ""
    return bool(name) and f" {' '.join(tokens(name))} " in f" {' '.join(tokens(fact.text))} "


_YEAR = re.compile(r"\b20\d\d\b")


def of_the_year_asked(reading: Reading) -> str:
    """The letter without its sentences told of another year than the one the asking sentences
    name ("năm 2025 em bị kỷ luật. … năm 2026 em có được xét LĐTT không"): titles are judged
    year by year, so what befell the asker another year is no circumstance of this one."""
    sentences = re.split(r"(?<=[.!?;\n])\s*", reading.question)
    # the year of the last sentence that names one: the asking sentence comes last
    wanted = next((set(y) for y in map(_YEAR.findall, reversed(sentences)) if y), set())
    if len(wanted) != 1:
        return reading.question
    return " ".join(s for s in sentences if not set(_YEAR.findall(s)) - wanted)


def broken_run_told(model: FactModel, pair: Pair, question: str) -> bool:
    """A yes/no on a title whose rule counts times in a row (its ``consecutive`` fact has
    ``years``), told of times that are not in a row ("không liên tục", "ngắt quãng")."""
    run = model.fact(pair.entity, "consecutive")
    return (
        pair.yesno
        and pair.attr in ("consecutive", "eligible", "criteria")
        and run is not None
        and bool(run.years)
        and run_broken(question)
    )
