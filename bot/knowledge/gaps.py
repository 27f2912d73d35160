"""What the bot could not answer, counted by topic: where the knowledge base should grow next.

Every question the bot declines is stored (``questions``, with the asker's unit); a question's
topic is the knowledge-base entry closest to it, worked out when the report is made so that it
follows the knowledge base as it grows. Questions close to nothing ("thời tiết hôm nay") fall
under :data:`OTHER`. Answering one from the report goes through the staff-answer path, whose
"Lưu vào cơ sở tri thức" adds it to the knowledge base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

__all__ = ["OTHER", "GapQuestion", "GapTopic", "gap_report", "topic_of"]

#: (key, label) of questions close to no topic of the knowledge base
OTHER = ("khac", "Ngoài các chủ đề đã có")
#: a declined question counts under its nearest entry when that entry's confidence (the
#: calibrated probability it is the answer) is at least this; on the officer set's off-topic
#: questions 20 of 22 stay below it, while paraphrases of one missing topic land on one entry
MIN_CONFIDENCE = 0.4


class _Searcher(Protocol):
    def search(self, question: str, k: int = 3, kind: Any = "kb") -> list[Any]: ...

    def entry(self, entry_id: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class GapQuestion:
    id: int
    text: str
    asked_at: datetime
    answered: bool


@dataclass(slots=True)
class GapTopic:
    key: str
    label: str
    declined: int = 0
    #: declined and not yet answered by the staff
    unanswered: int = 0
    #: ids and texts of unanswered questions, newest first (as many as the report keeps)
    examples: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "topic": self.label,
            "entry_id": None if self.key == OTHER[0] else self.key,
            "declined": self.declined,
            "unanswered": self.unanswered,
            "examples": [{"question_id": i, "text": t} for i, t in self.examples],
        }


def topic_of(kb: _Searcher, text: str) -> tuple[str, str]:
    # Topics are the curated entries: a staff answer ("local-…") is titled with another
    # commune's question, which a reviewer elsewhere must not see.
    hits = [h for h in kb.search(text, 3) if not h.key.startswith("local-")]
    if hits and hits[0].confidence >= MIN_CONFIDENCE:
        entry = kb.entry(hits[0].key)
        if entry is not None:
            return hits[0].key, entry.title
    return OTHER


def gap_report(
    kb: _Searcher, questions: Iterable[GapQuestion], examples: int = 3
) -> list[GapTopic]:
    """Topics by unanswered questions, then by declined ones (most first); each keeps up to
    ``examples`` unanswered questions, newest first."""
    topics: dict[str, GapTopic] = {}
    for q in sorted(questions, key=lambda q: q.asked_at, reverse=True):
        key, label = topic_of(kb, q.text)
        topic = topics.setdefault(key, GapTopic(key, label))
        topic.declined += 1
        if not q.answered:
            topic.unanswered += 1
            if len(topic.examples) < examples:
                topic.examples.append((q.id, q.text))
    return sorted(topics.values(), key=lambda t: (-t.unanswered, -t.declined, t.label))
