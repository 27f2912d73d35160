"""Which stage gave an answer its verdict: a development tool for finding where a miss is decided.

    python -m tests.knowledge.trace_answer "question" ["question" ...]

For each question it prints the pairs read, then for each pair's block every composer stage
that changed the block's opening words or its claimed verdict, then every pass of
``KnowledgeBase.ask`` after ``compose()`` (a hearsay rule, the yes/no ask answered alone, a
second ask) that changed the answer's first block. A wrong verdict is mended in the stage that
last set it, or in the reader whose pair it was given. It wraps the stages' module names for
the run only; nothing is changed for the bot.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from bot.knowledge import KnowledgeBase
from bot.knowledge import answer as answer_module
from bot.knowledge.facts import composer, verdict_stages
from bot.knowledge.facts.draft import Block
from tests.knowledge import officer_eval
from tests.knowledge.evaluation import CONTENT

#: the composer's per-block stages, called by their names in ``composer``
_BLOCK_STAGES = (
    "_case_decided",
    "_body_written",
    "claim_read",
    "requirement_day_and_base_claimed",
    "way_claimed",
    "route_and_limit_claimed",
    "papers_and_denial_claimed",
    "verdict_decided",
    "verdict_amended",
    "givers_and_prize_added",
)
#: the verdict's own stages, called by their names in ``verdict_stages``
_VERDICT_STAGES = tuple(
    name for name in vars(verdict_stages) if name.startswith("_verdict_") and name != "_verdict_"
)
#: the passes of ``KnowledgeBase.ask`` after the composed answer
_ANSWER_PASSES = ("_hearsay_judged", "_yes_no_judged_alone", "_second_answered")


def _state(block: Block) -> tuple[str, str | None]:
    return block.body[:90].replace("\n", " ") + f" [{block.verdict}]", block.claimed


def _wrapped(name: str, stage: Callable[..., Any], log: list[str]) -> Callable[..., Any]:
    def run(*args: Any) -> Any:
        # most stages take (draft, block, …), a few (block, text) or (draft) alone: trace
        # the first Block passed, whatever its place (a str in the block's place crashed)
        block = next((arg for arg in args[:2] if isinstance(arg, Block)), None)
        if block is None:
            return stage(*args)
        before = _state(block)
        result = stage(*args)
        after = _state(block)
        if after != before:
            log.append(f"    {name}: body={after[0]!r} claimed={after[1]!r}")
        return result

    return run


@contextmanager
def _traced(log: list[str]) -> Iterator[None]:
    saved: list[tuple[Any, str, Any]] = []
    for module, names in ((composer, _BLOCK_STAGES), (verdict_stages, _VERDICT_STAGES)):
        for name in names:
            stage = getattr(module, name)
            saved.append((module, name, stage))
            setattr(module, name, _wrapped(name, stage, log))
    for name in _ANSWER_PASSES:
        method = getattr(answer_module.KnowledgeBase, name)
        saved.append((answer_module.KnowledgeBase, name, method))

        def run(self: Any, found: Any, *args: Any, _method: Any = method, _name: str = name) -> Any:
            result = _method(self, found, *args)
            if result.text.split("\n\n")[0] != found.text.split("\n\n")[0]:
                head = result.text.split("\n\n")[0].replace("\n", " ")[:120]
                log.append(f"  pass {_name}: {head!r}")
            return result

        setattr(answer_module.KnowledgeBase, name, run)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def trace(kb: KnowledgeBase, question: str) -> list[str]:
    log = [f"Q: {question}"]
    reading = kb.read(question)
    for pair in reading.pairs if reading else ():
        log.append(
            f"  pair {pair.entity}.{pair.attr} subject={pair.subject!r} "
            f"yesno={pair.yesno} cases={pair.cases!r}"
        )
    with _traced(log):
        found = kb.ask(question, officer_eval.AS_OF)
    log.append("  answer: " + found.text[:300].replace("\n", " | "))
    return log


def main(argv: list[str]) -> int:
    kb = KnowledgeBase.load(CONTENT)
    for question in argv:
        print("\n".join(trace(kb, question)), end="\n\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
