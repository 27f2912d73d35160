"""Dev tool: do right answers survive how officers type on phones?

    python -m tests.knowledge.perturb --json              # one JSON line: kept / applicable
    python -m tests.knowledge.perturb --broken khong_k    # the questions one perturbation breaks

Takes every question the bot answers correctly in the TUNING sets only (officer split ``t`` with
its yes/no extra, ``b``, ``b3``, ``t2``, ``b4``, ``b5``; never a held-out split) and retypes it
one perturbation at a time, seeded per question so a run is reproducible. Each retyped question
is scored with officer_eval's own keys. A perturbation that does not apply to a question (no
"không" to shorten) is not counted for it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.core.text import fold
from tests.knowledge.officer_eval import AS_OF, QUESTIONS, TUNING_EXTRA, Item, has_fact, load

HERE = Path(__file__).parent
#: (file, split) of every tuning set; held-out splits are never read here
TUNING: tuple[tuple[Path, str], ...] = (
    (QUESTIONS, "t"),
    (TUNING_EXTRA, "t"),
    (HERE / "blind_questions.yaml", "b"),
    (HERE / "blind3_questions.yaml", "b3"),
    (HERE / "yesno_tuning2.yaml", "t2"),
    (HERE / "yesno_tuning3.yaml", "t3"),
    (HERE / "yesno_tuning4.yaml", "t4"),
    (HERE / "yesno_tuning5.yaml", "t5"),
    (HERE / "yesno_tuning6.yaml", "t6"),
    (HERE / "yesno_tuning7.yaml", "t7"),
    (HERE / "yesno_tuning8.yaml", "t8"),
    (HERE / "yesno_tuning9.yaml", "t9"),
    (HERE / "yesno_tuning10.yaml", "t10"),
    (HERE / "blind4_questions.yaml", "b4"),
    (HERE / "blind5_questions.yaml", "b5"),
)

Perturb = Callable[[str, random.Random], str | None]


def strip_marks(text: str) -> str:
    """Every mark removed, đ→d, case kept (a phone without a Vietnamese keyboard)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append({"đ": "d", "Đ": "D"}.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)


def _replace_words(pattern: str, options: tuple[str, ...]) -> Perturb:
    regex = _word(pattern)

    def perturb(q: str, rng: random.Random) -> str | None:
        if not regex.search(q):
            return None
        choice = rng.choice(options)
        return regex.sub(choice, q)

    return perturb


_ANH_CHI = _word("(?:anh(?:/| |/ )chị|anh/chi|chị)")


def _address(q: str, rng: random.Random) -> str | None:
    """ "anh/chị" → "a/c", "chị" → "c" (typed with marks: a bare "chi" may be "tiêu chí")."""
    if not _ANH_CHI.search(q):
        return None
    short = rng.choice(("a/c", "ac"))
    return _ANH_CHI.sub(lambda m: "c" if fold(m.group()) == "chi" else short, q)


def _tail(q: str, rng: random.Random) -> str:
    tail = rng.choice(("ạ", "ad", "vậy", "vậy ạ", "a"))
    body = q.rstrip()
    end = body[-1] if body and body[-1] in "?.!" else ""
    body = body[: len(body) - len(end)].rstrip()
    return f"{body} {tail}{end}"


def _greeting(q: str, rng: random.Random) -> str:
    greeting = rng.choice(("cho em hỏi ", "a ơi ", "chị ơi cho em hỏi ", "Dạ cho em hỏi, "))
    first = q.split(" ", 1)[0]
    return greeting + (q if first.isupper() else q[:1].lower() + q[1:])


def _typo(q: str, rng: random.Random) -> str | None:
    """Two neighbouring letters swapped in one long word (six letters or more)."""
    words = [m for m in re.finditer(r"\w+", q) if len(m.group()) >= 6 and m.group().isalpha()]
    words = [m for m in words if not m.group().isupper()]
    if not words:
        return None
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(len(w) - 1)
    swapped = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return q[: m.start()] + swapped + q[m.end() :]


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {
    row[i]: row[max(i - 1, 0) : i] + row[i + 1 : i + 2] for row in _ROWS for i in range(len(row))
}


def _typo_key(q: str, rng: random.Random) -> str | None:
    """One plain letter of a long word replaced by its neighbour on the keyboard."""
    words = [m for m in re.finditer(r"\w+", q) if len(m.group()) >= 6 and m.group().isalpha()]
    spots = [
        m.start() + i
        for m in words
        if not m.group().isupper()
        for i, ch in enumerate(m.group())
        if ch in _NEAR
    ]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + rng.choice(_NEAR[q[at]]) + q[at + 1 :]


def _space_missing(q: str, rng: random.Random) -> str | None:
    """Two words run together ("thiđua"), between two letters."""
    spots = [m.start() for m in re.finditer(r"(?<=[^\W\d]) (?=[^\W\d])", q)]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + q[at + 1 :]


def _space_doubled(q: str, rng: random.Random) -> str | None:
    spots = [m.start() for m in re.finditer(" ", q)]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + "  " + q[at:]


_CAPS = re.compile(r"(?<!\w)[A-ZĐ]{2,}\w*(?!\w)")


def _caps_lower(q: str, rng: random.Random) -> str | None:
    if not _CAPS.search(q):
        return None
    return _CAPS.sub(lambda m: m.group().lower(), q)


PERTURBATIONS: dict[str, Perturb] = {
    "no_marks": lambda q, rng: strip_marks(q) if strip_marks(q) != q else None,
    "khong_k": _replace_words("kh[oô]ng", ("k", "ko", "hông", "khong")),
    "duoc_dc": _replace_words("[dđ][uư][oợ]c", ("dc", "đc", "duoc")),
    "gi_j": _replace_words("g[iì]", ("j",)),
    "anh_chi_ac": _address,
    "tail": lambda q, rng: _tail(q, rng),
    "bao_nhieu_bn": _replace_words("bao nhi[eê]u", ("bn", "bnhieu")),
    "typo": _typo,
    "typo_key": _typo_key,
    "space_missing": _space_missing,
    "space_doubled": _space_doubled,
    "caps_lower": _caps_lower,
    "greeting": lambda q, rng: _greeting(q, rng),
}


def right(kb: Any, item: Item, question: str) -> bool:
    """officer_eval's keys: answered with every decisive fact, or declined when off topic."""
    answer = kb.ask(question, AS_OF)
    if item.off_topic:
        return not answer.answered
    return answer.answered and all(has_fact(answer.text, f) for f in item.must)


def tuning_items() -> list[Item]:
    items: list[Item] = []
    for path, split in TUNING:
        items += [i for i in load(path) if i.split == split]
    return items


def run(kb: Any, names: list[str]) -> tuple[dict[str, Any], dict[str, list[dict[str, str]]]]:
    items = [i for i in tuning_items() if right(kb, i, i.question)]
    report: dict[str, Any] = {"correct_clean": len(items)}
    broken: dict[str, list[dict[str, str]]] = {}
    for name in names:
        kept = applicable = 0
        for item in items:
            # one seed per question and perturbation: adding a question changes no other
            rng = random.Random(zlib.crc32(f"{name}\n{item.question}".encode()))
            typed = PERTURBATIONS[name](item.question, rng)
            if typed is None or typed == item.question:
                continue
            applicable += 1
            if right(kb, item, typed):
                kept += 1
            else:
                broken.setdefault(name, []).append({"q": item.question, "typed": typed})
        report[name] = {
            "kept": kept,
            "of": applicable,
            "rate": round(kept / applicable, 3) if applicable else None,
        }
    return report, broken


def main(argv: list[str] | None = None) -> int:
    from bot.knowledge import KnowledgeBase
    from tests.knowledge.evaluation import CONTENT

    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true", help="one JSON line (the default)")
    parser.add_argument("--only", action="append", choices=sorted(PERTURBATIONS))
    parser.add_argument("--broken", choices=sorted(PERTURBATIONS), help="list what one breaks")
    args = parser.parse_args(argv)
    names = args.only or ([args.broken] if args.broken else list(PERTURBATIONS))
    report, broken = run(KnowledgeBase.load(CONTENT), names)
    print(json.dumps(report, ensure_ascii=False))
    if args.broken:
        for row in broken.get(args.broken, []):
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
