"""Questions about what an imported plan says, answered from its stored items.

An imported plan is kept as its tasks (task, who, when, section), not as running text. A question
that says "kế hoạch" and shares most of its content words with one task is answered from that
task: a short quote, the plan named (title, issuing body, year). Anything less certain is left to
the rest of the Q&A, so a general question is never answered with a random line of a plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.core.text import syllables
from bot.knowledge.money import format_date

__all__ = ["PlanItem", "answer_from_plan"]

#: words every question and plan share; they say nothing about which task is meant
_STOP = frozenset(
    syllables(
        "kế hoạch của xã phường năm nay là gì ai khi nào thì có không cho và các những được thế "
        "bao giờ làm việc trong theo tại về với để ở đâu như sao ra thi đua khen thưởng công tác "
        "mình chúng ta tôi em anh chị ạ nhé vậy"
    )
)
#: share of the question's content words a task must contain, and at least this many of them
MIN_COVERAGE = 0.6
MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class PlanItem:
    task: str
    who: str | None
    when: str | None
    due: date | None
    section: str | None
    plan: str
    issuer: str | None
    year: int


def _words(text: str) -> set[str]:
    return {w for w in syllables(text) if w not in _STOP and not w.isdigit()}


def answer_from_plan(question: str, items: Sequence[PlanItem]) -> tuple[str, PlanItem] | None:
    """The answer text and the item it quotes, or None when no task clearly matches."""
    if "ke hoach" not in " ".join(syllables(question)) or not items:
        return None
    wanted = _words(question)
    if len(wanted) < MIN_WORDS:
        return None
    best: tuple[float, int, PlanItem] | None = None
    for item in items:
        found = wanted & _words(" ".join(filter(None, [item.task, item.who, item.section])))
        score = len(found) / len(wanted)
        if best is None or (score, len(found)) > (best[0], best[1]):
            best = (score, len(found), item)
    if best is None or best[0] < MIN_COVERAGE or best[1] < MIN_WORDS:
        return None
    item = best[2]
    quote = item.task if len(item.task) <= 300 else item.task[:300].rsplit(" ", 1)[0] + " …"
    lines = [f"**{item.plan}**", f"«{quote}»"]
    when = format_date(item.due) if item.due else item.when
    if when:
        lines.append(f"Thời hạn: {when}.")
    if item.who:
        lines.append(f"Thực hiện: {item.who}.")
    issuer = f" của {item.issuer}" if item.issuer else ""
    section = f", mục {item.section}" if item.section else ""
    lines.append(f"Căn cứ: {item.plan}{issuer}, năm {item.year}{section} (kế hoạch đã nhập).")
    return "\n".join(lines), item
