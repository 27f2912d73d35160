"""A plain "Có." / "Không." first for a yes/no question whose answer only implies it.

An answer that opens "Không bắt buộc …", "Không cần …" or "Có thể …" carries the verdict in its
first words but an officer scanning a phone screen wants the word itself first. The opener decides
the verdict; nothing else in the answer is read or changed.
"""

from __future__ import annotations

from bot.core.text import fold
from bot.knowledge.facts.analyser import is_yesno
from bot.knowledge.facts.model import tokens

__all__ = ["lead_verdict", "verdict_of"]

#: folded openers that state a verdict without saying it plainly ("không có" is left out: "không
#: có quy định cấm" can mean yes)
_NO = ("khong bat buoc", "khong can", "khong con", "khong duoc", "khong phai", "khong the")
_YES = ("co the", "co,", "duoc,", "van duoc", "co bat buoc", "bat buoc")


#: phone spellings of the final "không"
_NOT = {"k": "khong", "ko": "khong", "kg": "khong", "khg": "khong", "hong": "khong", "hok": "khong"}


def verdict_of(body: str) -> str | None:
    """ "Không" / "Có" from the first words of ``body``, or None when it opens otherwise."""
    opening = " ".join(fold(body[:40]).split())
    if opening.startswith(("khong.", "co.", "tuy")):
        return None  # already plain
    if opening.startswith(_NO):
        return "Không"
    if opening.startswith(_YES):
        return "Có"
    return None


def lead_verdict(question: str, text: str) -> str:
    """``text`` (a "**title**" line, then the body) with "Có." / "Không." put first when the
    question asks yes or no and the body's opener implies the verdict."""
    words = [_NOT.get(t, t) for t in tokens(question) if t.isalnum()]
    if not is_yesno(words):
        return text
    title, sep, body = text.partition("\n")
    if not sep or not title.startswith("**"):
        title, sep, body = "", "", text
    verdict = verdict_of(body)
    if verdict is None:
        return text
    return f"{title}{sep}{verdict}. {body}"
