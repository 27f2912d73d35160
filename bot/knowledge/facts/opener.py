"""The verdict word a block opens with ("Có.", "Không.", "Tùy …"): put, changed or dropped.

The composer's stages decide a verdict and write it in front of the fact's own text; these helpers
do that writing alone, so that a block never opens with two verdicts or with a bare one no one
asked for.
"""

from __future__ import annotations

__all__ = [
    "capitalized",
    "judges_a_saying",
    "unasked_verdict_dropped",
    "with_verdict",
    "without_opener",
    "without_tuy",
]


def capitalized(text: str) -> str:
    """``text`` opening with a capital letter, as a block's sentence does."""
    return text[:1].upper() + text[1:]


def without_tuy(body: str) -> str:
    for opener in ("Tùy trường hợp. ", "Tùy: ", "Tùy. "):
        if body.startswith(opener):
            return capitalized(body[len(opener) :])
    return body


def unasked_verdict_dropped(body: str) -> str:
    """``body`` without a bare "Có." / "Không." opening it (a "Có, nếu …" keeps its
    condition)."""
    for opener in ("Có. ", "Không. "):
        if body.startswith(opener):
            return capitalized(body[len(opener) :])
    return body


def without_opener(body: str) -> str:
    for opener in ("Có. ", "Không. ", "Có, ", "Không, "):
        if body.startswith(opener):
            return capitalized(body[len(opener) :])
    return body


def with_verdict(verdict: str, body: str) -> str:
    if body.startswith(f"{verdict}.") or (verdict.startswith("Tùy") and body.startswith("Tùy")):
        return body
    # a body that opens with its own "Có," / "Không." (written for the other way of asking)
    # gives way to the verdict: never "Có. Có, bắt buộc", "Không. Có. …" nor "Tùy trường
    # hợp. Có. …"
    # a case's "Tùy: …" decided by what the question tells: "Có. Tùy: …" would say both
    openers = ("Có. ", "Không. ", "Có, ", "Không, ", "Có: ", "Không: ", "Tùy: ")
    for opener in openers:
        if body.startswith(opener):
            body = body[len(opener) :]
            break
    if verdict.startswith("Tùy"):
        return f"Tùy trường hợp. {capitalized(body)}"
    return f"{verdict}. {_said_agreeing(verdict, body)}"


#: what a turned verdict says of the saying it judges, wrong then right: a later reader that
#: turns the verdict again must turn these words with it, never "Có. Ý kiến đó chưa đúng."
_SAID_WRONG_RIGHT = (
    ("Ý kiến đó chưa đúng.", "Ý kiến đó đúng."),
    ("Nhận định đó chưa đúng.", "Đúng như vậy."),
)


def judges_a_saying(body: str) -> bool:
    """The body (its verdict word taken off) opens by judging a saying or the asker's reading
    ("Ý kiến đó chưa đúng.", "Đúng như vậy."): a later stage must not judge it again."""
    return body.startswith(tuple(said for pair in _SAID_WRONG_RIGHT for said in pair))


def _said_agreeing(verdict: str, body: str) -> str:
    body = capitalized(body)
    for wrong, right in _SAID_WRONG_RIGHT:
        if verdict == "Có" and body.startswith(wrong):
            return right + body[len(wrong) :]
        if verdict == "Không" and body.startswith(right):
            return wrong + body[len(right) :]
    return body
