"""A required step claimed unneeded or skipped: "k cần gửi báo cáo thành tích lên xã", "gửi
danh sách lên xã luôn, không niêm yết nữa, có được không", against a fact that says the step is
done (the thôn "niêm yết công khai … 10 ngày", "gửi báo cáo thành tích lên UBND xã": NĐ 86/2023
Điều 8, NĐ 152/2025). The claim is wrong ("Không") when the fact names the step as done."""

from __future__ import annotations

import re

from bot.core.text import fold

#: the steps of a procedure a letter may say it leaves out (folded words)
_STEPS = (
    "niem yet",
    "cong khai",
    "lay y kien",
    "gui",
    "nop",
    "trinh",
    "bao cao thanh tich",
    "hop binh xet",
    "binh xet",
)
_STEP = "|".join(_STEPS)
#: "k cần gửi", "không phải niêm yết", "khỏi công khai", "bỏ qua (bước) niêm yết", "k niêm yết
#: nữa": a step denied or dropped
_SKIPPED = re.compile(
    # "… trình thẳng tỉnh dc k, gửi cơ quan nào": a "k" closing an ask denies nothing after it
    # task h422: "nộp qua Sở Nội vụ chứ k gửi thẳng chủ tịch tỉnh": the way not taken, set
    # against the one claimed, skips no step
    rf"\b(?:(?<!dc )(?<!duoc )(?<!dung )(?<!phai )(?<!co )(?<!chu )(?:khong|k|ko|kg) "
    rf"(?:can |phai |bat buoc |can phai )?(?:{_STEP})\b"
    rf"|khoi (?:phai )?(?:{_STEP})\b|bo (?:qua )?(?:buoc |khau )?(?:{_STEP})\b)"
)
#: a step the body names as done with no negation just before it
_NEGATED_BEFORE = ("khong", "chua", "khoi", "khong can", "khong phai", "khong bat buoc")
#: where the step is said to go: "gửi (báo cáo) lên xã", "nộp về tỉnh"
_PLACE = re.compile(r"(?: \w+){0,4}? (?:len|ve|toi|den|cho) (tinh|xa|huyen|phuong|bo|trung uong)\b")
#: the verb that puts a claim in someone's mouth: what follows it is the claim judged
#: ("báo cáo", "bao nhiêu", "nơi nộp" are no saying)
_CLAIMANT = re.compile(
    r"\b(?:noi(?! (?:nop|nhan|gui|o|lam|dat|vu)\b)|bao(?! (?:cao|nhieu|gio|lau)\b)|cho rang"
    r"|khang dinh)\b"
)
#: "có bị phạt không": what befalls the asker is asked, not whether the step may be left out
_ADVERSE = re.compile(r"\bco (?:con )?bi\b")


#: "thôn chưa niêm yết …, hội đồng thông qua luôn dc k": the public step told not yet done and
#: the next one asked to go ahead now (task h342)
_NOT_YET = re.compile(r"\bchua (niem yet|cong khai|lay y kien)\b")
_GO_ON_NOW = re.compile(r"\b(?:luon|ngay|lien)(?: \w+)? (?:duoc|dc) (?:khong|ko|kg|k)\b")


def _step_of(match: re.Match[str]) -> str:
    said = match.group(0)
    return next(step for step in sorted(_STEPS, key=len, reverse=True) if said.endswith(step))


def _done_too(step: str, asked: str, denied: re.Match[str]) -> bool:
    """The question also tells the step done, outside its denial."""
    return any(
        not denied.start() <= found.start() < denied.end()
        and not _denied_before(asked[max(found.start() - 14, 0) : found.start()].split())
        for found in re.finditer(rf"\b{step}\b", asked)
    )


#: words that deny a step told just before it
_DENYING = ("khong", "k", "ko", "kg", "khoi", "qua", "bo")
#: words that deny it only after a negation ("không cần gửi"; "vẫn phải gửi" tells it done)
_NEEDING = ("can", "phai")


def _denied_before(words: list[str]) -> bool:
    """Whether the words just before a step deny it."""
    while words and words[-1] in _NEEDING:
        words = words[:-1]
        if not words or words[-1] not in _DENYING:
            return False
    return bool(words) and words[-1] in _DENYING


def _sent_to(place: str, said: str) -> bool:
    """The body names the place other than in a denial ("không gửi lên huyện hay tỉnh")."""
    return any(
        " khong " not in f" {said[max(found.start() - 30, 0) : found.start()]} "
        for found in re.finditer(rf"\b{place}\b", said)
    )


def skipped_step(question: str, body: str, letter: str = "") -> str | None:
    """ "Không" when the question leaves out a step the body says is done, "Có" when it denies
    the step only at a place the body never names, else None. A bare asking
    sentence naming no step ("làm vậy có được không") asks about the step the ``letter`` left
    out before it."""
    asked = " ".join(fold(question).split())
    if _ADVERSE.search(asked):
        return None
    if letter and not re.search(rf"\b(?:{_STEP})\b", asked):
        asked = " ".join(fold(letter).split())
    said = " ".join(fold(body).split())
    kept = " ".join(fold(letter or question).split())
    # the step not yet done may be told in the letter, the going ahead in its asking clause
    not_yet = _NOT_YET.search(kept) if " chua " in f" {kept} " else None
    if not_yet is not None and _GO_ON_NOW.search(asked) and _done_in(not_yet.group(1), said):
        return "Không"
    claimant = None
    for match in _SKIPPED.finditer(asked):
        if claimant is None:
            # read only once a step is found denied: most questions deny none
            claimant = max((m.end() for m in _CLAIMANT.finditer(asked)), default=0)
        if match.start() < claimant:
            # "dân tố cáo danh sách k công khai, trưởng thôn nói …": the complaint told before
            # the claimant's words is the case, not the claim (task h344)
            continue
        step = _step_of(match)
        if all(_step_of(other) != step for other in _SKIPPED.finditer(kept)):
            # the letter keeps its commas: "… lấy ý kiến k, công khai mấy ngày" denies nothing
            continue
        if _done_too(step, asked, match):
            # "gửi qua tỉnh, chứ không gửi thẳng Bộ": the step is done, only where is denied
            continue
        place = _PLACE.match(asked, match.end())
        if place is not None and not _sent_to(place.group(1), said):
            # "giấy khen xã không cần nộp lên tỉnh": the step is denied at a place the body
            # never sends it to, so the claim holds
            return "Có"
        if _done_in(step, said):
            return "Không"
    return None


def _done_in(step: str, said: str) -> bool:
    """The body names ``step`` as done, with no negation just before it."""
    for found in re.finditer(rf"\b{step}\b", said):
        before = said[max(found.start() - 20, 0) : found.start()].strip()
        if not before.endswith(_NEGATED_BEFORE):
            return True
    return False
