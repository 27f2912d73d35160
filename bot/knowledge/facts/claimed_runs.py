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

__all__ = ["broken_run_told", "of_the_year_asked", "run_claimed_required", "run_routes"]

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
        and (run_broken(question) or _gap_listed(question, run) or _gap_told(question))
    )


#: a year told missed: "năm 2025 k đạt", "2024 trượt", "2025 thì không được"
_MISSED_AFTER = (
    r"(?: [a-z]+){0,3}? (?:(?:khong|ko|k|chua|chang) (?:dat|duoc|dc|co)|truot|hong|tach)\b"
)


def _gap_told(question: str) -> bool:
    """ "đạt CSTĐ tỉnh năm 2024 và 2026, năm 2025 k đạt": a year the letter says was missed
    lies between two years it tells held, so the times are not in a row (Luật 2022 Điều 21
    khoản 1 điểm a, Điều 22 khoản 1: "liên tục"; task h401)."""
    said = " ".join(t for t in tokens(question) if t.isalnum())
    years = sorted({int(y) for y in _YEAR.findall(said)})
    missed = {y for y in years if re.search(rf"\b{y}\b{_MISSED_AFTER}", said) is not None}
    held = [y for y in years if y not in missed]
    return any(min(held, default=0) < y < max(held, default=0) for y in missed)


#: what joins the years of one list ("2023, 2025 và 2026")
_LIST_JOINS = frozenset({",", "va"})


def _gap_listed(question: str, run: Fact) -> bool:
    """ "đạt CSTĐCS năm 2023, 2025 và 2026 (2024 chỉ LĐTT) … vẫn tính 3 lần": a list of years
    told with a gap whose longest stretch in a row is shorter than the run the rule needs. Only
    for a run of Chiến sĩ thi đua cơ sở, a title of every year (Luật 2022 Điều 22 khoản 1 điểm
    a: 03 lần liên tục); the provincial title counted for the national one is won by terms
    ("2019-2021 và 2022-2024"), whose years leave gaps between two titles in a row."""
    if "thi đua cơ sở" not in run.text:
        return False
    toks = tokens(question)
    lists: list[list[tuple[int, int]]] = []
    for at, tok in enumerate(toks):
        if len(tok) == 4 and tok.isdigit() and tok.startswith("20"):
            if lists and toks[at - 1] in _LIST_JOINS and lists[-1][-1][0] == at - 2:
                lists[-1].append((at, int(tok)))
            else:
                lists.append([(at, int(tok))])
    for found in lists:
        years = sorted({year for _, year in found})
        if len(years) < 2 or years[-1] - years[0] + 1 == len(years):
            continue
        longest = max(next(k for k in range(1, 9) if year + k not in years) for year in years)
        if longest < (run.years or 0):
            return True
    return False


def run_routes(model: FactModel, pair: Pair, fact: Fact) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The routes that settle a title's "Tùy" on its run of years: the fact's own, or, for the
    ``consecutive`` fact (which names the years only), those of the title's ``eligible`` fact:
    the run and the initiative's reach are the two halves of one criterion ("CSTĐCS 3 năm liền
    2023-2025, sáng kiến áp dụng toàn tỉnh, đề nghị CSTĐ tỉnh được k"; Luật 2022 Điều 21
    khoản 1, Điều 22 khoản 1)."""
    if fact.met_by or pair.attr != "consecutive":
        return fact.met_by
    eligible = model.fact(pair.entity, "eligible")
    return eligible.met_by if eligible is not None else ()
