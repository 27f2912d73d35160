"""The questions the speed tests may read: every tuning question, never a judge's.

The speed tests compare a fast path with the plain computation over many real questions. They
read only the tuning sets: the judge sets (held out, never read question by question) and the
held-out split "h" of ``officer_questions.yaml`` are left out here, in one list kept with the
judges as they are added.
"""

from __future__ import annotations

from functools import cache

from tests.knowledge import officer_eval
from tests.knowledge.score_sets import HERE, default_files

#: the judge sets' numbers (blind<n>_questions.yaml), never read question by question
JUDGE_NUMBERS = (
    26, 27, 46, 47, 48, 49, 50, 51, 62, 63, 64, 65, 74, 82, 90, 99, 107, 118, 125, 133, 141,
    149, 157, 165, 172, 178, 183, 188, 193, 198, 204,
)  # fmt: skip
JUDGE_FILES = frozenset(f"blind{n}_questions.yaml" for n in JUDGE_NUMBERS)


@cache
def tuning_questions() -> tuple[str, ...]:
    """Every question we may tune on, once each, in file order."""
    paths = [p for p in default_files() if p.name not in JUDGE_FILES]
    paths += sorted(HERE.glob("yesno_tuning*.yaml"))
    found: dict[str, None] = {}
    for path in dict.fromkeys(paths):
        for item in officer_eval.load(path):
            if not (path.name == "officer_questions.yaml" and item.split == "h"):
                found[item.question] = None
    return tuple(found)
