"""Issue 11 evaluation: officers' questions, every decisive fact of every part, held-out split.

    python -m tests.knowledge.officer_eval            # held-out figures, one JSON line
    python -m tests.knowledge.officer_eval --split t  # the tuning half (what we may tune on)
    python -m tests.knowledge.officer_eval --misses   # list what the split gets wrong
    python -m tests.knowledge.officer_eval --file tests/knowledge/blind_questions.yaml --split b

The questions and their split live in ``officer_questions.yaml`` (split drawn once with
``random.Random(11)``; never re-drawn). A question counts as right when the bot answers and every
decisive fact appears in the answer (both folded: case, marks and spacing ignored); an off-topic
question counts as right when the bot declines.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.core.text import fold
from tests.knowledge.evaluation import canonical_dates

QUESTIONS = Path(__file__).with_name("officer_questions.yaml")
#: tuning-only questions (split "t"): yes/no over every attribute, off-topic, central level
TUNING_EXTRA = Path(__file__).with_name("yesno_tuning.yaml")
AS_OF = date(2026, 11, 22)
KINDS = (
    "no_diacritics", "with_diacritics", "compound", "yesno", "reform", "plans", "central", "long",
)  # fmt: skip
#: the plain verdicts a yes/no answer may open with (folded), and how an item keys one
VERDICTS = {"co.": "Có", "khong.": "Không", "tuy": "Tùy"}

#: a sentence naming a repealed rule or the district level must say it is no longer current
_REPEALED = ("91/2017", "98/2023", "122/2018", "cap huyen", "chu tich ubnd huyen", "ubnd huyen")
_MARKED_OLD = (
    "het hieu luc", "khong con", "truoc", "cu ", "cu,", "cu.", "da bo", "thay the", "thay cho",
    "thay bang", "01/7/2025", "tham khao", "co the da", "nay la", "nay do", "bai bo", "khong dan",
    "bo cap huyen", "thay ",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Item:
    question: str
    must: tuple[str, ...]
    tags: frozenset[str]
    split: str

    @property
    def kinds(self) -> set[str]:
        kinds = set()
        if fold(self.question) == self.question.lower():
            kinds.add("no_diacritics")
        else:
            kinds.add("with_diacritics")
        tagged = (
            ("c", "compound"), ("yn", "yesno"), ("rf", "reform"), ("pl", "plans"),
            ("ct", "central"), ("lt", "long"),
        )  # fmt: skip
        for tag, kind in tagged:
            if tag in self.tags:
                kinds.add(kind)
        return kinds

    @property
    def off_topic(self) -> bool:
        return "off" in self.tags


def load(path: Path = QUESTIONS) -> list[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    return [Item(q, tuple(must), frozenset(tags.split()), split) for q, must, tags, split in raw]


def expected_verdict(item: Item) -> str | None:
    """The verdict an item keys ("Có." / "Không." / "Tùy" among its facts), if any."""
    for fact in item.must:
        found = VERDICTS.get(fold(fact).strip().lower())
        if found:
            return found
    return None


def leading_verdicts(answer: str) -> list[str]:
    """The verdict each block of ``answer`` opens with: the first line after a "**title**"
    line (or the first line of an untitled answer)."""
    out = []
    lines = answer.split("\n")
    for i, line in enumerate(lines):
        titled = line.startswith("**")
        if not (titled or i == 0):
            continue
        body = lines[i + 1] if titled and i + 1 < len(lines) else line
        opening = fold(body).strip().lower()
        for start, verdict in (("co.", "Có"), ("khong.", "Không"), ("tuy", "Tùy")):
            if opening.startswith(start):
                out.append(verdict)
                break
    return out


def verdict_kind(item: Item, answer: Any) -> str | None:
    """ "wrong" when the answer's first plain verdict contradicts the keyed one, "missing" when
    the item keys a verdict and the answer opens with none, None otherwise. "Tùy" is never
    wrong (it is the honest answer when the facts do not decide); a keyed "Tùy" answered with a
    firm verdict is wrong."""
    expected = expected_verdict(item)
    if expected is None or not answer.answered:
        return None
    found = leading_verdicts(answer.text)
    if not found:
        return "missing"
    first = found[0]
    if first == expected or first == "Tùy":
        return None
    return "wrong"


def _norm(text: str) -> str:
    # spacing is ignored as documented: "50 %" and "50%" are the same fact; "1/1/2024" and
    # "01/01/2024" the same date
    return "".join(fold(canonical_dates(text)).split())


def _words(text: str) -> str:
    """Folded, runs of spaces collapsed: the repealed-rule markers match whole words."""
    return " ".join(fold(text).split())


def has_fact(answer: str, fact: str) -> bool:
    return _norm(fact) in _norm(answer)


def presents_repealed(answer: str) -> bool:
    """True if a sentence cites a repealed rule or district power without saying it is gone."""
    if "ke hoach mau" in _words(answer):  # an old example plan, shown with its own warning
        return False
    body = re.sub(r"\*\*.*?\*\*", " ", answer)  # titles name the topic, they state nothing
    for sentence in re.split(r"(?<=[.;\n])\s*", _words(body)):
        if any(r in sentence for r in _REPEALED) and not any(m in sentence for m in _MARKED_OLD):
            return True
    return False


def evaluate(kb: Any, items: Sequence[Item]) -> dict[str, Any]:
    rows = []
    for item in items:
        answer = kb.ask(item.question, AS_OF)
        if item.off_topic:
            right = not answer.answered
        else:
            # a keyed "Có."/"Không." found in a later block does not save an answer whose own
            # opening verdict contradicts it: the officer reads the first one
            right = (
                answer.answered
                and all(has_fact(answer.text, f) for f in item.must)
                and verdict_kind(item, answer) != "wrong"
            )
        rows.append((item, answer, right))

    def rate(selected: list[tuple[Item, Any, bool]]) -> float | None:
        return round(sum(r for _, _, r in selected) / len(selected), 3) if selected else None

    on_topic = [r for r in rows if not r[0].off_topic]
    off = [r for r in rows if r[0].off_topic]
    report: dict[str, Any] = {
        "questions": len(rows),
        "all_parts_correct": rate(on_topic),
        "by_kind": {k: rate([r for r in on_topic if k in r[0].kinds]) for k in KINDS},
        "counts": {k: sum(1 for r in on_topic if k in r[0].kinds) for k in KINDS},
        "answered_wrong": round(
            sum(1 for _, a, ok in on_topic if a.answered and not ok) / max(len(on_topic), 1), 3
        ),
        "declined_on_topic": round(
            sum(1 for _, a, _ in on_topic if not a.answered) / max(len(on_topic), 1), 3
        ),
        "off_topic_declined": rate(off),
        "off_topic": len(off),
        "repealed_as_current": sum(1 for _, a, _ in rows if presents_repealed(a.text)),
        # verdict precision: a wrong leading "Có."/"Không." is worse than a missing fact
        "verdict_keyed": sum(1 for i, _, _ in on_topic if expected_verdict(i)),
        "verdict_wrong": sum(1 for i, a, _ in on_topic if verdict_kind(i, a) == "wrong"),
        "verdict_missing": sum(1 for i, a, _ in on_topic if verdict_kind(i, a) == "missing"),
    }
    report["_misses"] = [
        {
            "q": i.question,
            "must": [f for f in i.must if not has_fact(a.text, f)],
            "answered": a.answered,
            "verdict": verdict_kind(i, a),
            "answer": a.text[:300],
        }
        for i, a, ok in rows
        if not ok
    ]
    return report


def main(argv: Sequence[str] | None = None) -> int:
    # loaded once per process: the tests run this for every blind set
    from tests.knowledge.evaluation import officer_knowledge

    parser = argparse.ArgumentParser()
    # any split named in the file, or "all": each blind set brings its own split name
    parser.add_argument("--split", default="h")
    # another question file in the same format, e.g. the independent blind set (split "b")
    parser.add_argument("--file", type=Path, default=QUESTIONS)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    loaded = load(args.file)
    splits = sorted({i.split for i in loaded})
    if args.split != "all" and args.split not in splits:
        parser.error(f"--split {args.split!r} is not in {args.file}: choose from {splits} or 'all'")
    items = [i for i in loaded if args.split == "all" or i.split == args.split]
    if args.file == QUESTIONS and args.split in ("t", "all"):
        items += load(TUNING_EXTRA)  # tuning only: never mixed into a held-out figure
    report = evaluate(officer_knowledge(), items)
    misses = report.pop("_misses")
    report["split"] = args.split
    print(json.dumps(report, ensure_ascii=False))
    if args.misses:
        for miss in misses:
            print(json.dumps(miss, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
