"""What an officer sees in the chat for one question (the handlers call ``KnowledgeBase.ask``)."""

from __future__ import annotations

from datetime import date

from bot.knowledge import KnowledgeBase

#: the day the question sets were keyed for (lương cơ sở 2.530.000 đ)
TODAY = date(2026, 11, 22)


def ask(kb: KnowledgeBase, question: str) -> str:
    """The answer's text; fails the test when the bot declines the question."""
    answer = kb.ask(question, TODAY)
    assert answer.answered, question
    return answer.text
