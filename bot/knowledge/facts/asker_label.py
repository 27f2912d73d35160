"""The asker's own label before a colon ("chi hội phụ nữ:", "hiệu trưởng hỏi:", "nhân sự công ty
hỏi: …"): it says who asks, not whom or what the question is about (issue 11, h322).

Read as content, the label's unit became the subject of a pair ("nhân sự công ty" made the
firm the subject of an LĐTT question about its workers) or the case of a hearsay rule ("chi hội"
read as an outside body to be commended). The question is read without the label when what is
left names its own case; a label whose rest asks of the asker ("hiệu trưởng hỏi: tôi có …")
keeps it, since there the label tells who "tôi" is.
"""

from __future__ import annotations

import re

from bot.core.text import fold

__all__ = ["without_asker_label"]

#: the folded label before the first colon, with no clause break inside it
_LABEL = re.compile(r"^\s*([^:,.;?!\n]{2,80}?)\s*:\s*(?=\S)")
#: the most words a label "… hỏi:" runs to ("hiệu trưởng trường THCS của xã hỏi")
_MAX_ASKING_LABEL = 9
#: the most words a bare label runs to ("chi hội phụ nữ", "trạm y tế xã")
_MAX_BARE_LABEL = 5
#: words a bare label (no "hỏi") opens with: a post, a unit or a body that asks
_LABEL_OPENERS = frozenset(
    {"chi", "hoi", "tram", "truong", "ban", "hieu", "ke", "thu", "van", "chanh", "chu", "pho",
     "nhan", "giam", "htx", "doan", "mat", "mttq", "can", "cong", "to", "y", "bac", "giao",
     "nguoi", "uy", "ubnd"}
)  # fmt: skip
#: words that make a bare label a topic ("thôn văn hóa:", "giấy khen QĐ tháng 3:"), not an asker
_TOPIC_WORDS = frozenset(
    {"vh", "hoa", "ldtt", "cstdcs", "ttldtt", "ttldxs", "cstd", "khen", "danh", "hieu", "thuong",
     "tieu", "bieu", "quy", "ho", "so", "qd", "thi", "dua", "muon", "len", "tien", "hoach"}
)  # fmt: skip
#: words of a greeting that end in "hỏi" ("cho em hỏi:", "xin hỏi:"): no label of a post
_GREETING_ASKS = frozenset({"cho", "xin", "em", "e", "toi", "minh", "tui", "chau", "muon"})
#: the asker's own pronoun: a rest that asks of "tôi / em" speaks as the label's post
_ASKER_SELF = frozenset({"toi", "em", "e", "minh", "tui"})
#: fewest words the rest must have for the label to be left out
_MIN_REST = 4


def _is_label(words: list[str]) -> bool:
    """Whether the folded ``words`` before a colon name who asks."""
    if words[-1] == "hoi" and 2 <= len(words) <= _MAX_ASKING_LABEL:
        return words[-2] not in _GREETING_ASKS
    return (
        len(words) <= _MAX_BARE_LABEL
        and words[0] in _LABEL_OPENERS
        and not _TOPIC_WORDS.intersection(words)
        # "giấy khen QĐ tháng 3/2026:": a date or a count makes it a topic
        and not any(w[:1].isdigit() for w in words)
    )


def without_asker_label(question: str) -> str:
    """``question`` without an opening label that only says who asks; as typed otherwise."""
    if ":" not in question[:90]:
        return question
    found = _LABEL.match(fold(question).lower())
    if found is None or len(fold(question)) != len(question):
        return question
    words = found.group(1).split()
    if not words or not _is_label(words):
        return question
    rest = question[found.end() :]
    rest_words = fold(rest).lower().split()
    if len(rest_words) < _MIN_REST or _ASKER_SELF.intersection(rest_words[:2]):
        # "hiệu trưởng hỏi: tôi có được ký …": the label says who "tôi" is
        return question
    return rest
