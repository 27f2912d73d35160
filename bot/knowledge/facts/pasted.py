"""A claim the officer pastes or forwards, then asks about (task f179a, set b179 family F1).

">> TTLĐXS được tặng bằng chứng nhận, khung và thưởng 1,5 lần lương cơ sở. đúng k, và ai ký
QĐ", "a Hai nhắn: 'LĐTT của cán bộ xã do chủ tịch UBND huyện ký QĐ'. giờ ai ký", "văn bản năm
2020 ghi: …. giờ còn đúng k, hồ sơ gửi đâu": the pasted sentence is what the officer has in
hand, and the answer must first say whether it holds as written (then what holds now), even when
the ask after it is only who signs or where to send. The readers answer the ask's attribute and
leave the paste unjudged; this reader finds the paste so it can be put up alone ("…, đúng
không"). None when the message pastes nothing, or when its own ask is a yes/no of the asker's
own case ("… vậy bạn em có được xét LĐTT không"): that ask is the one judged.
"""

from __future__ import annotations

import re

from bot.core.text import fold, sentences

__all__ = ["own_ask_follows", "pasted_claim", "purpose_follows"]

#: a quoted paste: 'x', "x", “x”, ‘x’ (at least three words between the marks)
_QUOTED = re.compile(r"""(?:^|[\s:(])['"“‘]([^'"“”‘’]+?\S\s[^'"“”‘’]*?\S\s[^'"“”‘’]+?)['"”’]""")
#: a forwarded paste opened by its marker: ">> …", "fw: …", "chuyển tiếp: …"
_MARKER = re.compile(r"^\s*(?:>>|fw\s*:|fwd\s*:|chuyen tiep\s*:)\s*")
#: a paste introduced by who wrote or sent it: "a X nhắn:", "văn bản năm 2020 ghi:", "nhóm zalo
#: đăng:", "chị Y bảo:", "tin nhắn nhóm:", "KH cũ ghi:"; the colon ends the introduction
_INTRODUCED = re.compile(
    r"^(?:[^:.?!]{0,60}?\b(?:ghi|nhan|dang|bao|viet|noi|chuyen|gui|tin nhan(?: nhom)?"
    r"|huong dan|thong bao))\s*:\s*"
)
#: task f194a (b194 F1): the asker's own draft line quoted after the verb that wrote it: "e ghi
#: 'can cu … cap huyen' …, vay dung ko", "ban cu co cau '…'. e co giu cau nay dc ko": the line
#: is what is asked about, as a paste is
_WRITTEN = re.compile(r"\b(?:ghi|viet|chep|co cau)$")
#: the old line replaced by the one asked about: "mau cu ghi '…', e sua thanh '…' dung chua"
#: (the line written now is judged, by the readers of the whole message)
_EDITED = re.compile(r"\b(?:sua|doi|thay) (?:lai )?(?:thanh|bang|sang)\b")
#: a hearsay of the asker's own after the line ("qd ghi 'khu dan cu van hoa'. nghe noi ten danh
#: hieu bay gio van la …, dung k", b96): the line is background, the hearsay is what is asked
_HEARD = re.compile(r"\bnghe (?:noi|bao|dau|nguoi ta)\b")
#: the asker's ask after the paste only puts it up ("đúng k", "giờ còn đúng k", "có phải vẫn
#: vậy k", "vẫn vậy ạ", "còn áp dụng k"); the drafter's "giữ câu này được k" keeps the line
_PUT_UP = re.compile(
    r"\b(?:(?:co )?(?:dung|chuan|sai)(?: (?:khong|k|ko|kg|hong|chua|a|ad|ha|nhi|vay))"
    r"|van (?:vay|the|dung|con)|con (?:ap dung|hieu luc|vay|nhu vay)|con dung"
    r"|giu (?:(?:cau|dong|cho) (?:nay|do) )?(?:dc|duoc))\b"
)
#: fixer f51l (L1): the drafted line's purpose, then "được không", right after the line: "e ghi
#: '…' để chủ tịch xã ký LĐTT dc ko a", "… cho QĐ khen LĐTT năm 2026 dc k": the ask is whether
#: the line will do, though the purpose carries a (true) claim of its own the readers judged
_PURPOSE_PUT_UP = re.compile(
    r"^\s*(?:de|cho|vao|trong|nham)\b.*\b(?:dc|duoc) (?:hay )?(?:khong|k|ko|kg|hong)"
    r"(?: (?:a|ad|ha|nhi))?\s*$"
)
#: a yes/no ask of the asker's own ("… có được xét không", "… được k")
_OWN_YESNO = re.compile(r"\b(?:khong|k|ko|kg|hong|chua)\s*(?:a|ad|ha|nhi|vay)?\s*[?.!,]*\s*$")
#: the fewest words a pasted sentence has
_FEWEST = 4


def pasted_claim(question: str) -> str | None:
    """The pasted sentence of ``question`` put up alone ("<paste>, đúng không"), when the
    message pastes one and its own ask puts it up or asks only who, what or where; else None."""
    found = _paste_span(question)
    if found is None:
        return None
    claim, end = found
    if len(claim.split()) < _FEWEST:
        return None
    rest = fold(question[end:])
    if not rest.strip(" .,;:?!)'\"") or _asks_own_yesno(rest):
        return None
    return f"{claim.strip(' .,;:')}, đúng không"


def own_ask_follows(question: str) -> bool:
    """The ask after the paste first puts it up ("đúng k"), then asks a yes/no of its own
    ("…. đúng k, đăng ký thi đua còn là căn cứ k"): two asks, each with its own verdict, the
    paste's first (b179 F4)."""
    found = _paste_span(question)
    if found is None:
        return False
    clauses = _clauses(fold(question[found[1] :]))
    return (
        len(clauses) > 1
        and _PUT_UP.search(clauses[0]) is not None
        and any(_OWN_YESNO.search(c.strip() + " ") and not _PUT_UP.search(c) for c in clauses[1:])
    )


def purpose_follows(question: str) -> bool:
    """The drafted line is followed by its purpose and "được không" ("e ghi '…' để chủ tịch xã
    ký LĐTT dc ko"): the line is what is asked, so its verdict leads even where the answer
    opened one of its own on the purpose (fixer f51l, L1)."""
    found = _paste_span(question)
    if found is None:
        return False
    clauses = _clauses(fold(question[found[1] :]))
    return bool(clauses) and _PURPOSE_PUT_UP.match(clauses[0]) is not None


def _clauses(rest: str) -> list[str]:
    """The clauses of the ask after the paste, cut at commas and sentence ends (not the dot
    of "7.590.000")."""
    return [c for c in re.split(r"[,;?!]|\.(?!\d)", rest) if c.strip(" .)'\"")]


def _paste_span(question: str) -> tuple[str, int] | None:
    """(the pasted sentence, where it ends in ``question``), or None."""
    folded = fold(question)
    if quoted := _QUOTED.search(question):
        before = folded[: quoted.start(1)].rstrip(" '\"“‘")
        if before.endswith(":") or _MARKER.match(folded):
            return quoted.group(1), quoted.end()
        after = folded[quoted.end() :]
        if _WRITTEN.search(before) and not _EDITED.search(after) and not _HEARD.search(after):
            return quoted.group(1), quoted.end()
        return None
    parts = sentences(question)
    if len(parts) < 2:
        return None  # the paste and the ask are two sentences ("…. đúng k, ai ký")
    # the paste is the first sentence, or the second after one saying who asks ("e là văn
    # phòng đặc khu. checklist … ghi: …")
    for at in range(min(2, len(parts) - 1)):
        head = fold(parts[at])
        opened = _MARKER.match(head) or _INTRODUCED.match(head)
        if opened is None:
            continue
        start = question.find(parts[at]) + opened.end()
        end = question.find(parts[at]) + len(parts[at])
        return question[start:end], end
    return None


def _asks_own_yesno(rest: str) -> bool:
    """The ask after the paste is a yes/no of its own, not one putting the paste up: "vậy bạn
    em có được xét LĐTT năm nay k" (the paste is then only what the asker read)."""
    for at, clause in enumerate(_clauses(rest)):
        if _PUT_UP.search(clause) or (at == 0 and _PURPOSE_PUT_UP.match(clause)):
            return False
        if _OWN_YESNO.search(clause.strip() + " "):
            return True
    return False
