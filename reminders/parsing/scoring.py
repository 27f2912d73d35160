"""Score parsed plan tasks against an answer key (``shared/eval/plan_keys/README.md``).

A predicted task matches a key item when its ``due`` equals the key's ``due`` (or one of
``due_alternatives``), its ``start`` equals the key's ``start`` where the key gives one, and its
text is close enough (share of the key's folded syllables found in the prediction). Recurring and
event-relative key items, which have no due date, match on their flags (and ``recurring_due``).
Only required items count toward recall; ``optional`` items neither reward nor penalise; a
prediction with no due date and no time phrase does not count against precision.

Used by the tests (tests/reminders) and by ``tdkt bench plans``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.core.text import syllables

__all__ = ["TEXT_MATCH", "Score", "score", "text_similarity"]

TEXT_MATCH = 0.5

# Function words carry no meaning for matching a task to its key item.
_STOPWORDS = frozenset(
    {"va", "cac", "cua", "cho", "trong", "tren", "ve", "voi", "theo", "de", "nhung", "mot"}
    | {"so", "tai", "da", "duoc", "la", "o", "khi", "tu"}
)


def _tokens(text: str) -> set[str]:
    return {str(int(t)) if t.isdigit() else t for t in syllables(text)} - _STOPWORDS


def text_similarity(key_task: str, predicted_task: str) -> float:
    """Share of the key's meaningful syllables that the predicted task contains."""
    key = _tokens(key_task)
    if not key:
        return 0.0
    return len(key & _tokens(predicted_task)) / len(key)


def _compatible(key: dict[str, Any], predicted: dict[str, Any]) -> bool:
    dues = {key.get("due"), *key.get("due_alternatives", [])} - {None}
    if dues:
        if predicted.get("due") not in dues:
            return False
        return not key.get("start") or predicted.get("start") == key["start"]
    if key.get("recurring"):
        if not predicted.get("recurring"):
            return False
        return (
            not key.get("recurring_due") or predicted.get("recurring_due") == key["recurring_due"]
        )
    if key.get("event_relative"):
        return bool(predicted.get("event_relative"))
    return predicted.get("due") is None


def _has_time(predicted: dict[str, Any]) -> bool:
    return bool(
        predicted.get("due")
        or predicted.get("when")
        or predicted.get("recurring")
        or predicted.get("event_relative")
    )


@dataclass
class Score:
    required: int = 0
    matched_required: int = 0
    counted_predictions: int = 0
    true_positives: int = 0
    who_checked: int = 0
    who_agreed: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.true_positives / self.counted_predictions if self.counted_predictions else 1.0

    def report(self, name: str) -> str:
        lines = [
            f"{name}: recall {self.recall:.2f} ({self.matched_required}/{self.required}), "
            f"precision {self.precision:.2f} ({self.true_positives}/{self.counted_predictions}), "
            f"who {self.who_agreed}/{self.who_checked}"
        ]
        lines += [f"  missed: {m.get('when')} | {m['task'][:90]}" for m in self.misses]
        lines += [
            f"  extra:  {p.get('when')} {p.get('due')} | {p['task'][:90]}"
            for p in self.false_positives
        ]
        return "\n".join(lines)


def _assign(
    keys: list[tuple[int, dict[str, Any]]],
    predictions: list[dict[str, Any]],
    taken: set[int],
) -> dict[int, int]:
    """Greedy one-to-one matching of key items to predictions, best text match first."""
    pairs = []
    for key_index, key in keys:
        for pred_index, predicted in enumerate(predictions):
            if pred_index in taken or not _compatible(key, predicted):
                continue
            similarity = text_similarity(key["task"], predicted["task"])
            if similarity >= TEXT_MATCH:
                pairs.append((similarity, key_index, pred_index))
    matched: dict[int, int] = {}
    for _, key_index, pred_index in sorted(pairs, reverse=True):
        if key_index in matched or pred_index in taken:
            continue
        matched[key_index] = pred_index
        taken.add(pred_index)
    return matched


def score(predictions: list[dict[str, Any]], key: list[dict[str, Any]]) -> Score:
    required = [(i, k) for i, k in enumerate(key) if not k.get("optional")]
    optional = [(i, k) for i, k in enumerate(key) if k.get("optional")]
    taken: set[int] = set()
    matched_required = _assign(required, predictions, taken)
    matched_optional = _assign(optional, predictions, taken)
    result = Score(required=len(required), matched_required=len(matched_required))
    result.true_positives = len(matched_required)
    optional_predictions = set(matched_optional.values())
    for index, predicted in enumerate(predictions):
        if index in optional_predictions or not _has_time(predicted):
            continue
        result.counted_predictions += 1
        if index not in taken:
            result.false_positives.append(predicted)
    result.misses = [k for i, k in required if i not in matched_required]
    for key_index, pred_index in matched_required.items():
        expected_who = key[key_index].get("who")
        if expected_who:
            result.who_checked += 1
            got = predictions[pred_index].get("who") or ""
            if text_similarity(expected_who, got) >= TEXT_MATCH:
                result.who_agreed += 1
    return result
