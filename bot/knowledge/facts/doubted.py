"""A claim put up with a doubting tag, restated as the plain claim it asserts (task h473).

The doubting asker puts a negative claim up with a tag of surprise rather than with "đúng
không": "hồ sơ LĐTT k cần biên bản bình xét đâu nhỉ", "chủ tịch xã không được tặng CSTĐCS ư?",
"TTLĐXS chủ tịch xã k ký dc à, phải lên tỉnh?", "chẳng lẽ giấy khen hộ gia đình k dc tiền
thưởng à". The message asserts the negative proposition as typed and the verdict judges it
("Có." = it is right, "Không." = it is wrong), as the readers already judge the same claim closed
"đúng không". So the tag is restated as "đúng không" and the negation kept; "chẳng lẽ / lẽ nào"
before it only voices the surprise and is dropped. "chẳng lẽ X sao" is left to ``rhetoric``
(it doubts the denial: the keys read it on X's positive core), as is "không phải X à / sao"
("isn't it X?": the claim is X). A negation that only asks ("được k ạ", "có … k hay …"), says
what one does not know ("e k biết … à") or opens a condition with no claim after it is no
claim, and the message is left as typed.
"""

from __future__ import annotations

import re

from bot.core.text import fold

#: the negations of a claim, folded ("k", "ko", "không", "chẳng", "chả", "hông")
_NEGATIONS = frozenset({"khong", "ko", "k", "kg", "chang", "cha", "hong"})
#: a negation that only says what the asker does not know or has not seen: no claim
_NOT_A_CLAIM_AFTER = frozenset({"biet", "bik", "hieu", "ro", "nho", "thay", "hay", "va", "nhi"})
#: the doubting tags closing a claim: "à / ư / hả", "thật à / thật sao", "đâu (nhỉ / à)"
_TAIL = (
    r"(?P<tail>(?:(?:that|vay|the|roi) )?(?:a|u|ha|ak|ah)(?: (?:ad|anh|chi|ban))?"
    r"|that (?:sao|u|a|ha)|dau(?: (?:nhi|a|ha|ak|ah))?|chu(?: (?:nhi|a))?|nhi)"
)
#: the tags that alone, on a one-clause message, still ask the positive reading
_BARE_TAILS = frozenset({"a", "ha", "ak", "ah", "nhi"})
#: a folded "đâu" after these asks a place ("nộp ở đâu"), it stresses no denial
_PLACE_BEFORE = frozenset({"gui", "nop", "di", "len", "qua", "trinh", "o", "tu", "ve", "den"})
#: a claim clause closed by a doubting tag, then at most a short remark of the same sentence
#: (", vô lý vậy", ", phải lên tỉnh?") and a conditional follow-up ask ("nếu được thì …")
_DOUBTED = re.compile(
    r"(?P<claim>[^,.;?!\n]+?) " + _TAIL + r"(?P<rest>(?: *, *[^,.;?!\n]{1,40})?)"
    r"(?P<close> *[?!.]*)(?P<follow>(?: *\bneu (?:dc|duoc|vay|the|co|dung)\b[^\n]*)?)$"
)
#: "chẳng lẽ / lẽ nào / không lẽ" voicing surprise before the claim
_SURPRISE = re.compile(r"^ *(?:(?:chang|cha|khong|k|ko) le(?: nao)?|le nao|chang nhe) ")
#: a what-ask inside the clause: "ai" (not "k ai": nobody), "gì", "bao nhiêu", "nào"
_WHAT_ASKED = re.compile(
    r"(?<! k)(?<! ko)(?<! khong)(?<! kg)(?<! chang)(?<! k co)(?<! ko co)(?<! khong co)"
    r" (?:ai|gi|bao nhieu|bn|nao|the nao|lam sao) "
)
#: words of a question inside the remark after the tag: it is an ask of its own, not a remark
_ASK_WORDS = re.compile(r"\b(?:ai|gi|nao|bao nhieu|bn|may|sao|the nao|khong|ko|k|chua)\s*$")


def put_up(text: str, marked: str = "đúng không") -> str:
    """The asking words ``marked`` in the question's own spelling: unmarked ("dung khong") when
    ``text`` is typed without marks, as a mixed spelling misleads the readers ("… làm tròn lên
    hàng chục nghin đúng không" was read as off the topic)."""
    return marked if fold(text) != text else fold(marked)


def _claim_negated(words: list[str], tail: str) -> bool:
    """Whether the clause ``words`` asserts a denial: a negation with a claim after it, not the
    clause's closing ask nor "k phải X à" ("isn't it X?")."""
    for at, word in enumerate(words):
        if word not in _NEGATIONS:
            continue
        after = words[at + 1 : at + 2]
        if not after or after[0] in _NOT_A_CLAIM_AFTER:
            continue
        if words[at - 1 : at] == ["neu"]:
            # "…, và nếu k thì năm sau mới xét à": "nếu không" opens a condition on the ask
            # before it, no denial claimed (task f179a, b179 F4)
            continue
        # "k phải X à / thật à": "isn't it X?"; "k phải X đâu (nhỉ)" denies X
        if after[0] == "phai" and not tail.startswith("dau"):
            return False
        # "chẳng lẽ" voices surprise; "chẳng sao" is no problem, read by ``rhetoric``
        if after[0] in ("le", "sao"):
            continue
        # "không ai cấm X", "k cấm X": a double negation, the claim is that X is allowed;
        # "k có chuyện đó đâu": a denial of what was said before, no claim of its own
        barred = words[at + 1 : at + 3] in (["ai", "cam"], ["co", "chuyen"])
        return not (barred or after[0] == "cam")
    return False


def doubted_claim(text: str) -> str:
    """``text`` (NFC) with a negative claim closed by a doubting tag put up as "…, đúng không";
    unchanged when it has none."""
    folded = fold(text).lower()
    match = _DOUBTED.search(folded)
    if match is None:
        return text
    claim = match.group("claim")
    tail = match.group("tail")
    rest = match.group("rest").strip(" ,")
    # "… được chứ, hay phải lên tỉnh": a choice asked, no claim put up
    if rest and (_ASK_WORDS.search(rest) or rest.split()[0] == "hay"):
        return text
    if tail.startswith("dau") and claim.split()[-1:] and claim.split()[-1] in _PLACE_BEFORE:
        return text
    surprise = _SURPRISE.match(claim)
    # a bare "X k … à" standing alone keeps the tuning keys' reading on X's positive core
    # ("ldtt không cần sáng kiến à": "Không."); the claim is asserted when a letter leads to
    # it, a remark follows it, or "chẳng lẽ", "ư", "thật", "đâu (nhỉ)" voice the doubt
    if (
        tail in _BARE_TAILS
        and surprise is None
        and not rest
        and not folded[: match.start("claim")].strip(" ,.;?!\n")
    ):
        return text
    # "… khen đột xuất dc ko ạ": the clause closes on its own ask
    if claim.split()[-1:] and claim.split()[-1] in _NEGATIONS:
        return text
    # "Huyện k còn thì ai ký QĐ ạ": a what-ask, whatever its condition denies
    if _WHAT_ASKED.search(f" {claim[surprise.end() if surprise else 0 :]} "):
        return text
    words = claim[surprise.end() if surprise else 0 :].split()
    if not _claim_negated(words, tail):
        return text
    # an ask of its own inside the clause ("có … k", "… hay …") leaves the message as typed
    if " co " in f" {claim} " and re.search(r"\b(?:khong|ko|k|kg)\b(?! *\w)", claim):
        return text
    start = match.start("claim")
    lead = len(claim) - len(claim.lstrip())
    head = text[: start + lead]
    body = text[start + (surprise.end() if surprise else lead) : match.end("claim")].strip()
    after = text[match.end("tail") :]
    return f"{head}{body}, {put_up(text)}{after}"


#: "ai bảo X, Y": the asker rejects X ("who says X?") and states Y; the message opens with it
_WHO_SAYS = re.compile(
    r"^(?P<lead>\s*)ai (?:bao|noi) (?P<said>[^,.;?!\n]{6,}?)\s*,\s*(?P<own>[^.;?!\n]{4,}?)[\s?!.]*$"
)
#: "vậy là sai rồi à, Y?": the saying told before is held wrong, Y is the asker's own claim
_HELD_WRONG = re.compile(
    r"(?:^|(?<=[.?!])|(?<=[.?!] ))(?:vay|the|nhu vay) (?:la |thi )?(?:sai|nham)(?: roi)?"
    r"(?: (?:a|u|ha|ak|ah|sao))?"
    r"\s*,\s*(?:(?:theo luat )?(?:le ra|dung ra) )?(?P<own>[^,.;?!\n]+)"
)
#: a saying told before the closing claim: "kế toán bảo …", "có người nói …"
_SAYING_TOLD = re.compile(r"\b(?:bao|noi|cho rang|khang dinh)\b")
#: "(chứ) không phải Y sao / à?" closing a letter: "isn't it Y?", the asker's own claim Y
_ISNT_IT_CLOSING = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?P<frame>(?:chu )?(?:k|ko|khong|kg) phai (?:la )?)"
    r"(?P<own>[^.;?!\n]{4,}?) (?:sao|a|u|ha|ak|ah)[\s?!.]*$"
)

#: the same frame as the own claim after "vậy là sai rồi à,"
_ISNT_IT_OWN = re.compile(
    r"(?:chu )?(?:k|ko|khong|kg) phai (?:la )?(?P<own>.{4,}?) (?:sao|a|u|ha|ak|ah)\s*$"
)


def own_claim(text: str) -> tuple[str, bool]:
    """``text`` (NFC) with the asker's own closing claim put up for the verdict, and whether the
    verdict must be turned (task h473). "ai bảo X, Y" and "… vậy là sai rồi à, Y?" reject a
    saying X told first: X is put up ("X, đúng không" / "vậy có đúng không") and its verdict
    turned, since the asker asserts that X is wrong. "(chứ) không phải Y sao?" closing a letter
    asserts Y: Y is put up as "Y, đúng không". Unchanged, not turned, when none is found."""
    folded = fold(text).lower()
    said = _WHO_SAYS.match(folded)
    if said is not None and not _WHAT_ASKED.search(f" {said.group('own')} "):
        lead = text[: said.end("lead")]
        return f"{lead}{text[said.start('said') : said.end('said')]}, {put_up(text)}", True
    wrong = _HELD_WRONG.search(folded)
    if (
        wrong is not None
        and _SAYING_TOLD.search(folded, 0, wrong.start()) is not None
        and not _WHAT_ASKED.search(f" {wrong.group('own')} ")
    ):
        # "vậy là sai rồi à, k phải Y sao?": the own claim Y is put up as it stands
        isnt_own = _ISNT_IT_OWN.match(wrong.group("own"))
        if isnt_own is not None:
            at = wrong.start("own")
            own = text[at + isnt_own.start("own") : at + isnt_own.end("own")]
            return f"{text[: wrong.start()]}{own}, {put_up(text)}{text[wrong.end() :]}", False
        asked = put_up(text, "vậy có đúng không")
        return f"{text[: wrong.start()]}{asked}{text[wrong.end() :]}", True
    isnt = _ISNT_IT_CLOSING.search(folded)
    if isnt is not None and isnt.start() > 0 and folded[: isnt.start()].strip():
        own = text[isnt.start("own") : isnt.end("own")]
        return f"{text[: isnt.start('frame')]}{own}, {put_up(text)}?", False
    return text, False
