"""Questions and answers on thi đua, khen thưởng: the knowledge base and its search engine.

kb = KnowledgeBase.load(Path("content"))
answer = kb.ask("tiền thưởng LĐTT bao nhiêu", as_of=date(2026, 11, 22))
answer.text        # what the user sees
kb.render("ldtt-tien-thuong", as_of)   # a related-topic button was tapped
"""

from bot.knowledge.answer import (
    Answer,
    Deadline,
    DeadlineProvider,
    Hit,
    KnowledgeBase,
    Source,
)
from bot.knowledge.kb import KnowledgeBaseError
from bot.knowledge.schema import GROUPS, Entry, Group

__all__ = [
    "GROUPS",
    "Answer",
    "Deadline",
    "DeadlineProvider",
    "Entry",
    "Group",
    "Hit",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Source",
]
