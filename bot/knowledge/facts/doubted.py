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
#: "k được … gì": a denial before "gì", which then means "any" (task f180a)
_ANY_DENIED = re.compile(r"\b(?:khong|ko|k|kg|chang) (?:\w+ ){1,6}gi$")
#: "không làm gì được": "gì" after the denial is "anything" (task f185a)
_NOTHING_DONE = re.compile(r" (?:khong|ko|k|kg|chang) lam (?:duoc |dc )?gi (?:duoc|dc)?")
#: words of a question inside the remark after the tag: it is an ask of its own, not a remark
_ASK_WORDS = re.compile(r"\b(?:ai|gi|nao|bao nhieu|bn|may|sao|the nao|khong|ko|k|chua)\s*$")


#: the characters the claim of ``_DOUBTED`` (and the remark after its tag) never holds
_CLAUSE_MARKS = ".;?!\n"


def doubted_at_end(folded: str) -> re.Match[str] | None:
    """``_DOUBTED.search(folded)``, tried only where its match can start (s47b: the plain
    search tries every place of the message, each running its lazy claim to the clause's end,
    57 µs a question, the most of any reader's regex).

    Without a follow-up "nếu dc …" the match runs from its start to the message's end through
    a claim, the tag, at most one comma and its remark, and a close of " ?!." only: so it
    starts after the last ". ; ? ! newline" before the closing marks and after the second-last
    comma. A place inside a stretch with no such mark matches only if the stretch's first place
    does (the shorter claim's ends are the longer's), so two places are tried: right after
    that bound, and right after the last comma when it lies beyond. The match found is the
    search's own, the regex run from the same place."""
    if "neu " in folded:  # a follow-up may hold any mark: the plain search
        return _DOUBTED.search(folded)
    body = folded[:-1] if folded.endswith("\n") else folded  # "$" stands before a last newline
    body = body.rstrip(" ?!.")
    bound = max(body.rfind(mark) for mark in _CLAUSE_MARKS)
    comma = body.rfind(",")
    if comma > bound:
        bound = max(bound, body.rfind(",", 0, comma))
        found = _DOUBTED.match(folded, bound + 1)
        return found if found is not None else _DOUBTED.match(folded, comma + 1)
    return _DOUBTED.match(folded, bound + 1)


def put_up(text: str, marked: str = "đúng không") -> str:
    """The asking words ``marked`` in the question's own spelling: unmarked ("dung khong") when
    ``text`` is typed without marks, as a mixed spelling misleads the readers ("… làm tròn lên
    hàng chục nghin đúng không" was read as off the topic)."""
    return marked if fold(text) != text.lower() else fold(marked)


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
    unchanged when it has none. A message whose first sentence is such a claim and whose other
    asks follow it ("k có danh hiệu xã văn hóa nữa à? vậy xã phấn đấu danh hiệu gì") puts up
    that first sentence (task f185a)."""
    folded = fold(text).lower()
    match = doubted_at_end(folded)
    put = text if match is None else _doubted(text, folded, match)
    return _doubted_first(text, folded) if put == text else put


#: the first sentence of a message, closed by "?", with another ask after it
_FIRST_ASKED = re.compile(r"^[^.;?!\n]+\?+(?=\s*\S)")


def _doubted_first(text: str, folded: str) -> str:
    """``text`` with the denial its first sentence puts up with a doubting tag restated, when
    more follows that sentence (the claim is then no bare one-clause "X k … à": the asks after
    it lean on it, b185 family A; b173, b180 as keyed: "CSTĐCS thì k ai ký à? từ khi bỏ huyện
    xã mình gửi lên đâu" → "Không.")."""
    first = _FIRST_ASKED.match(folded)
    if first is None:
        return text
    head = first.group().rstrip("?")
    match = doubted_at_end(head)
    if match is None or match.group("follow").strip() or match.group("rest").strip(" ,"):
        return text
    put = _doubted(text[: len(head)], head, match, led=True)
    return text if put == text[: len(head)] else put + text[len(head) :]


#: "không phải (là)" opening a clause: "isn't it …"
_ISNT_IT_HEAD = re.compile(r"^ *(?:khong|ko|k|kg) phai (?:la )?")
#: "không phải" after the subject, before "xét": "GĐVH k phải xét hằng năm à" ("isn't it …")
_ISNT_IT_INNER = re.compile(r"(?<=\w) (?:khong|ko|k|kg) phai (?=xet )")
#: "cả" before the tag stresses a whole denial ("k ai bị xử lý cả à"): the claim is asserted
_STRESSED = re.compile(r"\b(?:ca|het)$")


def _doubted(text: str, folded: str, match: re.Match[str], led: bool = False) -> str:
    """``text`` with the claim of ``match`` (a ``_DOUBTED`` match on ``folded``) put up; ``led``
    when other asks follow the clause, so it is no bare one-clause claim."""
    claim = match.group("claim")
    tail = match.group("tail")
    rest = match.group("rest").strip(" ,")
    # "… được chứ, hay phải lên tỉnh": a choice asked, no claim put up
    if rest and (_ASK_WORDS.search(rest) or rest.split()[0] == "hay"):
        return text
    if tail.startswith("dau") and claim.split()[-1:] and claim.split()[-1] in _PLACE_BEFORE:
        return text
    surprise = _SURPRISE.match(claim)
    # task f185a: "k phải X à" opening the clause asserts X; an X with its own denial ("k phải
    # LĐTT k cần sáng kiến à") is put up as typed, "k phải" dropped, alone or not
    isnt = _ISNT_IT_HEAD.match(claim)
    if isnt is not None and not tail.startswith("dau") and surprise is None:
        rest_words = claim[isnt.end() :].split()
        if _claim_negated(rest_words, tail) and not _WHAT_ASKED.search(f" {claim} "):
            lead = len(claim) - len(claim.lstrip())
            start = match.start("claim")
            body = text[start + isnt.end() : match.end("claim")].strip()
            return f"{text[: start + lead]}{body}, {put_up(text)}{text[match.end('tail') :]}"
    # task f185a: "GĐVH k phải xét hằng năm à? nghe nói 2 năm …": "isn't it reviewed yearly",
    # with other words after the sentence; X is put up without "k phải"
    inner = _ISNT_IT_INNER.search(claim)
    if led and inner is not None and surprise is None and not tail.startswith("dau"):
        start = match.start("claim")
        lead = len(claim) - len(claim.lstrip())
        body = (
            text[start + lead : start + inner.start()].rstrip()
            + " "
            + text[start + inner.end() : match.end("claim")].strip()
        )
        return f"{text[: start + lead]}{body}, {put_up(text)}{text[match.end('tail') :]}"
    # a bare "X k … à" standing alone keeps the tuning keys' reading on X's positive core
    # ("ldtt không cần sáng kiến à": "Không."); the claim is asserted when a letter leads to
    # it, a remark follows it, or "chẳng lẽ", "ư", "thật", "đâu (nhỉ)" voice the doubt
    if (
        tail in _BARE_TAILS
        and surprise is None
        and not rest
        and not folded[: match.start("claim")].strip(" ,.;?!\n")
        # task f185a: a follow-up ("…, nếu có thì ai tặng"), other asks after the sentence or a
        # stressed "cả" make the clause a claim the asker leans on
        and not match.group("follow").strip()
        and not led
        and not _STRESSED.search(claim)
    ):
        return text
    # "… khen đột xuất dc ko ạ": the clause closes on its own ask
    if claim.split()[-1:] and claim.split()[-1] in _NEGATIONS:
        return text
    # "Huyện k còn thì ai ký QĐ ạ": a what-ask, whatever its condition denies; "chắc k được
    # danh hiệu gì đâu nhỉ": "gì" after a denial closed by "đâu" is "any", no what-ask
    own = claim[surprise.end() if surprise else 0 :]
    if (
        _WHAT_ASKED.search(f" {own} ")
        and not (tail.startswith("dau") and _ANY_DENIED.search(own))
        # task f185a: "k làm gì được": nothing can be done, a denial, no what-ask
        and not _NOTHING_DONE.search(f" {own} ")
    ):
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
        frame = folded[isnt.start("frame") : isnt.end("frame")].strip()
        if frame.startswith("chu "):
            # fixer f48l (b180): "… hiệu trưởng bảo CSTĐ tỉnh là chủ tịch xã ký …. chứ k phải
            # chủ tịch tỉnh ký hả?", "… kế toán cũ tính theo 2.530.000 …. chứ k phải tính
            # theo lương cơ sở ngày ký hả?": "chứ" sets the own claim against the saying or
            # the act told, which holds the title and the figures; that is judged, the
            # verdict turned
            asked = put_up(text, "vậy có đúng không")
            return f"{text[: isnt.start('frame')]}{asked}?", True
        own = text[isnt.start("own") : isnt.end("own")]
        return f"{text[: isnt.start('frame')]}{own}, {put_up(text)}?", False
    return text, False


# task f180a (b180 families 1 and 2): claims put up with no asking tail at all, or with a tag
# the yes/no detector does not know; each is restated as "X, đúng không" (negation kept, as the
# set's convention judges the clause as typed) or, where the frame denies X, as X with the
# verdict turned.

#: "chẳng lẽ / không lẽ / k lẽ nào / lẽ nào" voicing surprise at the clause after it
_SURPRISED_AT = re.compile(
    r"(?:^|(?<=[\s,.;?!]))(?:(?:chang|cha|khong|k|ko) le(?: nao)?|(?<![^\s,.;?!]{2} )le nao)(?= )"
)
#: "tỉ lệ nào" folds as "ti le nao": a ratio asked, no surprise
_RATIO_BEFORE = re.compile(r"\b(?:ti|ty)\s*$")
#: the tail closing a surprised claim: none, "sao", "thật (sao)", "à / ư / hả"
_SURPRISE_TAIL = re.compile(r"(?: (?:that|vay|the))?(?: (?:hay sao|sao|a|u|ha|ak|ah))?$")
#: an ask of its own after the claim: ", thưởng bn", ", nộp mấy bộ", ", ai ký"
_OWN_ASK_AFTER = re.compile(r"^\s*,\s*[^,.;?!\n]{0,40}\b(?:bn|bao nhieu|may|ai|gi|nao)\b")
#: task f185b (b185): a short ask of its own in the sentence after the claim ("k lẽ nào hộ gia
#: đình cũng dc tặng giấy khen? thưởng bn", "…? ai xét cho tôi"): the claim still closes its ask
_OWN_ASK_NEXT = re.compile(
    r"^[\s?!.]*[^,.;?!\n]{0,30}\b(?:bn|bao nhieu|may|ai|gi|nao)\b[^,.;?!\n]{0,20}[\s?!.]*$"
)
#: a claim that only points back at what was told ("lại thế", "phải lâu thế", "đúng thế thật")
_POINTS_BACK = re.compile(r"(?:^|\s)(?:the|vay|the that|vay that)$")
#: the denial "k phải / không có" in a surprised claim, dropped to put its positive core up
_BARE_DENIAL = re.compile(r"\b(?:khong|ko|k|kg) (?=(?:phai|co) )")
#: "X chứ k lẽ nào Y": the claim is X, "Y" only the outcome the asker rules out
_SURELY_NOT_AFTER = re.compile(r"\s*,?\s*\bchu (?:khong|ko|k) le nao\b[^,.;?!\n]*")


def surprised_claim(text: str) -> tuple[str, bool]:
    """``text`` (NFC) with the closing claim after "chẳng lẽ / k lẽ nào / lẽ nào" put up as
    "X, đúng không" (X as typed, its negation kept), and whether the verdict must be turned; a
    claim that points back at a saying told before ("chẳng lẽ lại thế?") asks whether that
    saying holds ("vậy có đúng không"). Left to ``rhetoric`` (b71): "chẳng lẽ X k … sao", read
    on X's positive core. Unchanged, not turned, when none."""
    folded = fold(text).lower()
    after = _SURELY_NOT_AFTER.search(folded)
    if after is not None and not folded[after.end() :].strip(" ?!."):
        head = text[: after.start()]
        return f"{head}, {put_up(text)}{text[after.end() :]}", False
    marks = [
        m for m in _SURPRISED_AT.finditer(folded) if not _RATIO_BEFORE.search(folded[: m.start()])
    ]
    if not marks:
        return text, False
    mark = marks[-1]
    end = _claim_end(folded, mark.end())
    if end is None:
        return text, False
    clause = folded[mark.end() : end].strip()
    tail = _SURPRISE_TAIL.search(clause)
    claim = clause[: tail.start()] if tail else clause
    said = _SAYING_TOLD.search(folded, 0, mark.start()) is not None
    if said and (not claim or _POINTS_BACK.search(clause)):
        asked = put_up(text, "vậy có đúng không")
        return f"{text[: mark.start()]}{asked}{text[end:]}", False
    if len(claim.split()) < 2 or _WHAT_ASKED.search(f" {claim} "):
        return text, False
    denied = _claim_negated(claim.split(), "")
    # b71's "chẳng lẽ X sao": a denial in X is doubted (``rhetoric`` asks X's positive core);
    # with none, standing alone, X is already read as typed; after a letter it is put up here
    first = _COMMA.split(clause, maxsplit=1)[0].strip()
    alone = not folded[: mark.start()].strip(" ,.;?!\n")
    if mark.group().startswith(("chang", "cha")) and first.endswith("sao") and (denied or alone):
        return text, False
    start = mark.end() + len(folded[mark.end() :]) - len(folded[mark.end() :].lstrip())
    body = text[start : start + len(claim)].rstrip()
    # "… k phải do X làm", "… không có số ngày chung": the readers take "k phải / k có" for no
    # denial, so the positive core is put up and its verdict turned
    core = _BARE_DENIAL.search(claim)
    if core is not None:
        body = body[: core.start()] + body[core.end() :]
    return f"{text[: mark.start()]}{body}, {put_up(text)}{text[end:]}", core is not None


def _claim_end(folded: str, start: int) -> int | None:
    """Where the claim opened at ``start`` ends: before an ask of its own after a comma (",
    thưởng bn"), else at the end of its sentence, which must close the message (a "," or "."
    inside a number, "0,8" or "3.800.000", ends nothing); None when more is asked after it."""
    sentence = _SENTENCE_END.search(folded, start)
    end = len(folded) if sentence is None else sentence.start()
    if folded[end:].strip(" ?!.\n") and not _OWN_ASK_NEXT.match(folded[end:]):
        return None
    for comma in _COMMA.finditer(folded, start, end):
        if _OWN_ASK_AFTER.match(folded[comma.start() : end]):
            return comma.start()
    return end


#: a sentence's end, a "." inside a number aside; a comma only parts a sentence
_SENTENCE_END = re.compile(r"[;?!\n]|\.(?!\d)")
_COMMA = re.compile(r",(?!\d)")


#: "… làm gì có X (thật ư)": "there is no X", the claim is "k có X"
_NO_WAY = re.compile(
    r"\blam gi co (?P<claim>[^,.;?!\n]+?)(?: (?:that|dau|chu))?(?: (?:u|a|ha|nhi|sao))?"
    r"(?P<close>[\s?!.]*)$"
)
#: "P(, thì) có sao đâu (nhỉ)": P claimed to be no problem, the claim put up is P
_NO_PROBLEM = re.compile(
    r"\s*,?\s*(?:\bthi )?(?:\bcung )?\bco (?:sao|van de gi) dau(?: (?:nhi|ma|a|ha))?[\s?!.]*$"
)
#: "ai (lại) bắt X(, Y)": "who would require X?", the asker holds X wrong
_WHO_MAKES = re.compile(r"^(?P<lead>\s*)ai (?:lai )?bat (?P<said>[^,.;?!\n]{6,}?)\s*(?:,[^\n]*)?$")
#: "chứ k phải X hả (, …)" opening the message: "isn't it X?", the asker's own claim X
_ISNT_IT_OPENING = re.compile(
    r"^\s*chu (?:khong|ko|k|kg) phai (?:la )?(?P<own>[^.;?!\n]{4,}?) (?:ha|a|u|ak|ah|sao)\b"
)
#: "X chứ k có / còn Y hả? …" opening the message: X asserted, Y set aside (Y may list things:
#: "chứ k có bằng, khung gì hả"), another ask may follow the "?"
_RATHER_THAN = re.compile(
    r"^(?P<own>[^.;?!\n,]{6,}?) chu (?:khong|ko|k|kg) (?:co|con) [^.;?!\n]{1,40}?"
    r" (?:ha|a|u|ak|ah)(?=\s*\?)"
)
#: task f190 (b190 F1): "<what-ask>, chứ k phải Y hả" closing the message: the asker guesses
#: the answer Y to the ask before ("xét danh hiệu gì, chứ k phải LĐTT như công chức hả",
#: "niêm yết mấy ngày, chứ k phải 5 ngày hả"), so Y is the claim judged, put in the ask's place;
#: with no what-ask before, "X chứ k phải Y hả" keeps X as the claim (``rhetoric._CONTRAST``)
_GUESSED_ANSWER = re.compile(
    r"(?P<ask> (?:gi|bao nhieu|bn|may|nao|ai)\b[^,.;?!\n]{0,20}?)\s*,?\s*\bchu (?:khong|ko|k|kg)"
    r" phai (?:la )?(?P<own>[^.;?!\n]{3,}?) (?:ha|a|u|ak|ah|sao)[\s?!.]*$"
)
#: "… đâu có (cần) X, phải thế k": "đâu có" denies X, asked for confirmation after it; a time
#: before "đầu" ("6 tháng đầu có …") is no denial, nor "nghe đâu có X" (heard there is X)
_NOT_AT_ALL = re.compile(
    r"(?<!\bthang )(?<!\bnam )(?<!\blan )(?<!\bngay )(?<!\btuan )(?<!\bdot )(?<!\bky )"
    r"(?<!\bo )(?<!\btu )(?<!\bdi )(?<!\bve )(?<!\bnghe )\bdau co (?=[^,.;?!\n]+\s*,\s*"
    r"(?:phai the|dung|phai) (?:khong|ko|k|kg)\b)"
)


def framed_claim(text: str) -> tuple[str, bool]:
    """``text`` (NFC) with a claim framed by "làm gì có", "có sao đâu", "ai lại bắt", an opening
    "chứ k phải … hả" or "đâu có …, phải thế k" put up for the verdict, and whether the verdict
    must be turned (the frame denies the clause put up). Unchanged, not turned, when none."""
    folded = fold(text).lower()
    no_way = _NO_WAY.search(folded)
    if no_way is not None:
        claim = text[no_way.start("claim") : no_way.end("claim")]
        denied = put_up(text, "không có")
        return f"{text[: no_way.start()]}{denied} {claim}, {put_up(text)}?", False
    fine = _NO_PROBLEM.search(folded)
    if fine is not None and fine.start() > 0:
        return f"{text[: fine.start()]}, {put_up(text)}", False
    makes = _WHO_MAKES.match(folded)
    if makes is not None and not _WHAT_ASKED.search(f" {makes.group('said')} "):
        said = text[makes.start("said") : makes.end("said")]
        must = "" if "phai" in makes.group("said").split() else f"{put_up(text, 'phải')} "
        return f"{text[: makes.end('lead')]}{must}{said}, {put_up(text)}", True
    guessed = _GUESSED_ANSWER.search(folded)
    if guessed is not None:
        own = text[guessed.start("own") : guessed.end("own")]
        return f"{text[: guessed.start('ask')]} {own}, {put_up(text)}?", False
    opening = _ISNT_IT_OPENING.match(folded)
    if opening is not None:
        own = text[opening.start("own") : opening.end("own")]
        return f"{own}, {put_up(text)}{text[opening.end() :]}", False
    rather = _RATHER_THAN.match(folded)
    if rather is not None:
        own = text[rather.start("own") : rather.end("own")]
        return f"{own}, {put_up(text)}{text[rather.end() :]}", False
    denial = _NOT_AT_ALL.search(folded)
    if denial is not None:
        return f"{text[: denial.start()]}{text[denial.end() :]}", True
    return text, False
