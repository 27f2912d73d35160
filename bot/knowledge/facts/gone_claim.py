"""A line that says a replaced text is gone, put up for confirmation (task h120).

Officers quote what they were told: "trong nhóm Zalo bảo NĐ 98/2023 hết hiệu lực từ 1/7/2025
rồi, đúng không", "công văn ghi TT 15/2025 thay TT 01/2024, vậy TT 01/2024 hết dùng rồi phải k".
The block about such a text opens "Không." because it answers "does it still apply"; the line
quoted says the reverse (it is gone), so when the text is listed as replaced
(``content/law/replaced.yaml``) and the block itself states it replaced, the line is right and
the plain answer is "Có.". A date or a successor the line gives must be the one the block states,
or the line is not confirmed (the verdict is left as it was). The readers here never decide
whether a text is in force: the list of replaced texts and the block's own words do.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from bot.core.text import fold, folded_words
from bot.knowledge.retype import REPORTED

__all__ = ["claimed_gone", "gone_claimed", "gone_confirmed", "replaced_named"]

#: the question ends putting the line up for confirmation: "đúng k", "phải không ạ", "đúng vậy
#: chưa", "có đúng không ad"
_CONFIRM_TAIL = re.compile(
    r"\b(?:(?:vay|nhu vay|noi vay|noi the|the) )?(?:co )?(?:dung|phai|that|chuan|chinh xac)"
    r"(?: (?:vay|the|khong|ko|k|kg|hong|chua|chu|a|ha|ad|ak|nhi|nha|ah))*$"
)
#: words after a text's number saying it is gone: "hết hiệu lực", "hết dùng", "bị thay rồi",
#: "đã bị bãi bỏ", "không còn hiệu lực / dùng nữa"
_GONE_AFTER = re.compile(
    r"^(?:\S+ ){0,3}?(?:da |bi |da bi |da duoc |duoc )?(?:het (?:hieu luc|dung|ap dung|gia tri)"
    r"|thay(?: the| bang| roi)?|bai bo|bo roi|khong con (?:hieu luc|dung|ap dung|gia tri))\b"
    # "TT 01/2024 hướng dẫn luật thi đua đã bị thay thế": what the text is, told before its
    # state, takes more words; the state then needs its "đã / bị" (task h261)
    r"|^(?:\S+ ){4,9}?(?:da |bi |da bi )(?:het hieu luc|thay(?: the| bang| roi)?|bai bo)\b"
)
#: words before a text's number saying another replaced it: "TT 15/2025 thay TT 01/2024",
#: "thay thế cho Nghị định 98/2023"
_GONE_BEFORE = re.compile(
    r"\b(?:thay|thay the|thay cho|thay the cho|bai bo)(?: (?:nd|nghi dinh|tt|thong tu|luat))?$"
)
#: the question asks the reverse: "còn hiệu lực không", "còn dùng được k"
_STILL_ASKED = re.compile(
    r"(?<!khong )\bcon (?:hieu luc|dung|ap dung|gia tri)(?: \S+)? (?:khong|ko|k|kg|hong|chua)\b"
    # task f199 (b199 F4): "mẫu cũ theo TT 12/2019 dùng tiếp được k", "tiếp tục dùng … k"
    r"|\b(?:dung|ap dung|su dung) tiep(?: tuc)?(?: (?:duoc|dc))? (?:khong|ko|k|kg|hong)\b"
    r"|\btiep tuc (?:dung|ap dung|su dung)(?: \S+){0,3}? (?:khong|ko|k|kg|hong)\b"
    # task f202 (b202): the drafter keeps the old line ("… ngày 26/11/2003' vẫn để nguyên dc k",
    # "chỉ cần đổi số QĐ và ngày là dùng luôn … đúng k"): whether the text still applies
    r"|\b(?:de|giu) nguyen(?: \S+){0,2} (?:duoc|dc|khong|ko|k|kg|chua)\b"
    r"|\bla dung luon\b(?: \S+){0,8} (?:duoc|dc|dung|khong|ko|k|kg|chua)\b"
)
#: a block's lead stating the text replaced
_REPLACED_STATED = re.compile(
    r"\b(?:da duoc thay|da bi thay|thay bang|het hieu luc|da bi bai bo|khong con hieu luc)\b"
)
#: a date as typed: "1/7/2025", "01/07/2025"
_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b")
#: a text's number as typed: "98/2023", "01/2024/TT-BNV" (the kind is left off)
_NUMBER = re.compile(r"(?<![\d/])(\d{1,3})/((?:19|20)\d\d)(?![\d])")


@functools.lru_cache(maxsize=256)
def _short(number: str) -> str:
    head, year = number.split("/")[:2]
    return f"{int(head)}/{year}"


def _numbers(text: str) -> set[str]:
    return {f"{int(n)}/{y}" for n, y in _NUMBER.findall(text)}


def _dates(text: str) -> set[tuple[int, int, int]]:
    return {(int(d), int(m), int(y)) for d, m, y in _DATE.findall(text)}


def replaced_named(question: str, replaced: Iterable[str]) -> list[str]:
    """The replaced texts (numbers as listed) the question names by number and year."""
    words = folded_words(question, "/")
    named = _numbers(words)
    # "luật thi đua 2003": a Luật is named by its year (task h223)
    years = set(_LAW_BY_YEAR.findall(words))
    return [n for n in replaced if _short(n) in named or (n.endswith(_QH) and _year(n) in years)]


#: the suffix of a text of the Quốc hội (a Luật): "15/2003/QH11"
_QH = ("QH11", "QH12", "QH13", "QH14", "QH15")


def _year(number: str) -> str:
    return number.split("/")[1]


#: the gone state itself asked, with no "đúng không" after it: "NĐ 98/2023 hết hiệu lực chưa",
#: "TT 01/2024 bị thay rồi à", "NĐ 91/2017 đã bị bãi bỏ không" (task h144)
#: ("… hết hiệu lực chưa vậy", "… chưa nhỉ": the particle after the ask changes nothing)
_ASKED_TAIL = re.compile(
    r"(?: roi)?(?: (?:chua|khong|ko|k|kg|hong|a|ha|ak|ah|ad))+(?: (?:vay|nhi|the|nhe|nha))?$"
)
_GONE_LAST = re.compile(r"\b(?:het (?:hieu luc|dung|ap dung|gia tri)|thay(?: the| bang)?|bai bo)$")


#: where a letter's clauses part: "NĐ 98/2023 hết hiệu lực chưa và giờ theo NĐ nào",
#: "… đã hết hiệu lực chưa? thay bằng văn bản nào"
_CLAUSE_BREAK = re.compile(r"[,.;:?!\n]+|\s+va\s+")


def _line_claim(words: str) -> str | None:
    """``words`` (folded) without the confirming or asking tail that ends them, or None."""
    tail = _CONFIRM_TAIL.search(words)
    if tail is None or tail.start() == 0:
        tail = _ASKED_TAIL.search(words)
        if tail is None or not _GONE_LAST.search(words[: tail.start()]):
            return None
    return words[: tail.start()].strip()


def _claim(question: str) -> str | None:
    """The question without its confirming tail, or None when it has none. A line that ends
    in the gone state and only its asking tail puts that state up as well, also as the first
    of several clauses ("… hết hiệu lực chưa và giờ theo NĐ nào"): the gone state asked,
    whatever else the letter asks after it, turns the "còn hiệu lực không" answer round
    (task h356)."""
    words = folded_words(question, "/")
    whole = _line_claim(words)
    if whole is not None or " het " not in f" {words} ":
        return whole
    for clause in _CLAUSE_BREAK.split(fold(question)):
        said = folded_words(clause, "/")
        if said and (claim := _line_claim(said)) is not None and _GONE_LAST.search(claim):
            return claim
    return None


def gone_claimed(question: str, replaced: Iterable[str]) -> list[str]:
    """The replaced texts the question's line says are gone and asks to confirm: "… NĐ 98/2023
    hết hiệu lực rồi, đúng k", "TT 15/2025 thay TT 01/2024 … phải không". Empty when the
    question asks whether one is still in force (the reverse) or gives no such line."""
    claim = _claim(question)
    if not claim or _STILL_ASKED.search(claim):
        return []
    found = []
    for number in replaced_named(claim, replaced):
        short = _short(number)
        head, year = short.split("/")
        # "luật thi đua 2003 hết hiệu lực chưa": a Luật is named by its year (task h356)
        named_as = rf"\bluat (?:thi dua(?: khen thuong)? |tdkt )?(?:nam |so )?{year}\b"
        by_number = rf"(?<![\d/])0*{head}/{year}(?![\d])"
        for match in re.finditer(named_as if number.endswith(_QH) else by_number, claim):
            after = re.sub(r"^(?:/[a-z-]+)*\s*", "", claim[match.end() :])
            before = claim[: match.start()].rstrip()
            # "98/2023/nd-cp het hieu luc": the kind after the number is skipped; another
            # number between the text and the words would make them another text's, but not
            # the successor after them ("'Dieu 54 ND 98/2023', gio thay bang ND 152/2025 Dieu
            # 50 dung ko": the drafter's line replacing it, task f194a, b194 F1)
            gone_words = _GONE_AFTER.search(after)
            if (
                gone_words is not None
                and not _NUMBER.search(after[: gone_words.end()][:30].split(" het")[0])
            ) or _GONE_BEFORE.search(before):
                found.append(number)
                break
    return found


def gone_confirmed(question: str, body: str, replaced: Iterable[str]) -> str | None:
    """``body`` opening "Không." about a replaced text, with "Có." instead when the question's
    line says that text is gone and asks to confirm it; None otherwise. Every date and every
    other text number the line gives must be in the block (the successor, the day it ended),
    else the line is not what the block states and its verdict is left alone."""
    if not body.startswith("Không. "):
        return None
    gone = gone_claimed(question, replaced)
    if not gone:
        return None
    lead = folded_words(" ".join(re.split(r"(?<=[.!?])\s+", body, maxsplit=2)[:2]), "/")
    stated = [
        n
        for n in gone
        if _short(n) in _numbers(lead)
        # "Luật Thi đua, khen thưởng năm 2003 … đã hết hiệu lực": a Luật by its year
        or (n.endswith(_QH) and f"luat thi dua khen thuong nam {_year(n)}" in lead)
    ]
    if not stated or _REPLACED_STATED.search(lead) is None:
        return None
    claim = _claim(question) or ""
    said = folded_words(body, "/")
    if not _dates(claim) <= _dates(said):
        return None  # "hết hiệu lực từ 1/1/2025": not the day the block gives
    if not _numbers(claim) <= _numbers(said):
        return None  # "thay bằng NĐ 73/2024": not the successor the block names
    return f"Có. {body.removeprefix('Không. ')}"


__all__ += ["replaced_untold", "still_asked", "successor_asked"]

#: "thay bằng nghị định nào", "văn bản nào thay", "từ khi nào": what replaced it is asked
_SUCCESSOR_ASKED = re.compile(
    r"\bthay (?:bang |the bang |the |cho )?(?:nghi dinh |thong tu |van ban |luat )?nao\b"
    r"|\b(?:nghi dinh|thong tu|van ban|luat) nao thay\b"
    r"|\bhet hieu luc (?:tu )?(?:khi nao|bao gio|ngay nao)\b"
)


def still_asked(question: str) -> bool:
    """The question asks whether a text still applies ("nđ 28/2024 còn hiệu lực k")."""
    return _STILL_ASKED.search(folded_words(question, "/")) is not None


def successor_asked(question: str) -> bool:
    """The question asks what replaced a text, or since when ("… bị thay bằng nghị định nào")."""
    return _SUCCESSOR_ASKED.search(folded_words(question, "/")) is not None


def replaced_untold(question: str, text: str, replaced: dict[str, str]) -> list[str]:
    """The replaced texts the question names (number and year) whose successor the answer
    ``text`` never names: the officer quoting "căn cứ NĐ 91/2017" would otherwise not learn
    that it is gone and what applies now. In the order ``replaced`` lists them."""
    said = _numbers(folded_words(text, "/"))
    out = []
    for number in replaced_named(question, replaced):
        successor = folded_words(replaced[number], "/")
        successors = _numbers(successor)
        if not successors and successor.startswith("luat"):
            # "Luật Thi đua, khen thưởng 2022" is named by its year
            successors = set(re.findall(r"\b\d{4}\b", successor))
            said = said | set(re.findall(r"\b\d{4}\b", folded_words(text, "/")))
        if not successors or not successors <= said:
            out.append(number)
    return out


__all__ += ["gone_offered", "in_force_verdict"]

#: the Luật named by its year, as officers do: "luật thi đua 2022", "luật TĐKT năm 2022"
_LAW_BY_YEAR = re.compile(r"\bluat (?:thi dua(?: khen thuong)? |tdkt )?(?:nam |so )?(\d{4})\b")
#: a text claimed not (or no longer) in force
_NOT_IN_FORCE = re.compile(
    r"\b(?:chua (?:co )?(?:hieu luc|ap dung|duoc ap dung)|het hieu luc|het dung"
    r"|khong con (?:hieu luc|ap dung|dung)|bi thay(?: the)?|bi bai bo)\b"
)
#: a text asked or claimed to be the one in force: "đúng văn bản hiện hành chưa", "còn hiệu
#: lực không", "đang áp dụng đúng không"
_IN_FORCE_ASKED = re.compile(
    r"\b(?:(?:dung|la) (?:van ban |can cu )?hien hanh|hien hanh (?:chua|khong|k|ko)"
    r"|con hieu luc|dang (?:co )?hieu luc|co hieu luc (?:chua|khong|k|ko)|con (?:ap dung|dung)"
    r"|dang (?:ap dung|dung)"
    # the drafter's căn cứ line put up: "can cu e ghi ca Luat TDKT 2022 va ND 152/2025 la dung
    # chua" (task f194a)
    r"|can cu (?:\S+ ){0,12}?(?:la )?dung (?:chua|khong|k|ko)"
    # task f202 (b202 F2): the line written put up ("… em ghi 'Luật Thi đua, khen thưởng 2022'
    # vậy đúng chưa")
    r"|\b(?:ghi|trich|go|de) (?:\S+ ){0,10}?(?:la |vay |the |nhu vay )?dung (?:chua|khong|k|ko))\b"
)


def _in_force(replaced: dict[str, str]) -> tuple[set[str], set[str]]:
    """The texts named as successors in the replaced list and not replaced themselves: their
    numbers, and the years of the Luật among them."""
    gone = {_short(n) for n in replaced}
    numbers: set[str] = set()
    years: set[str] = set()
    for successor in replaced.values():
        words = folded_words(successor, "/")
        numbers |= _numbers(words) - gone
        if words.startswith("luat") and (year := re.search(r"\b(\d{4})\b", words)):
            years.add(year.group(1))
    return numbers, years


#: task f194a (b194 F1): the replaced text offered only as the alternative after the ask on
#: the drafter's line ("can cu e ghi ca Luat TDKT 2022 va ND 152/2025 la dung chua, hay con ND
#: 98/2023"): the line written is what is judged; the text offered is answered after it
_GONE_OFFERED = re.compile(
    r"\bhay (?:la )?(?:van )?(?:(?:con|dung|ghi|theo) )*(?:nd|nghi dinh|tt|thong tu) ?"
    r"\d{1,3}/\d{4}(?:/\S+)?(?: (?:nua|a|ad|vay|nhi|ha))*$"
)


def gone_offered(question: str) -> bool:
    """The question ends offering a text as the alternative to the line it asks about."""
    return _GONE_OFFERED.search(folded_words(question, "/")) is not None


def in_force_verdict(question: str, replaced: dict[str, str]) -> str | None:
    """ "Tờ trình ghi căn cứ NĐ 152/2025 và TT 15/2025, đúng văn bản hiện hành chưa" → "Có";
    "zalo bảo luật thi đua 2022 chưa có hiệu lực, vẫn dùng luật cũ, đúng k" → "Không": the
    texts named are all in force (successors in ``content/law/replaced.yaml`` not replaced
    themselves) and the question asks or claims whether they apply. None when it names a
    replaced text (its own readers answer) or asks nothing of the kind (task h120)."""
    words = folded_words(question, "/")
    if offered := _GONE_OFFERED.search(words):
        words = question = words[: offered.start()].rstrip()
    if replaced_named(question, replaced):
        return None
    numbers, years = _in_force(replaced)
    named = _numbers(words)
    laws = set(_LAW_BY_YEAR.findall(words))
    if not (named or laws) or not named <= numbers or not laws <= years:
        return None
    # the line may be one clause of several: "nghe nói nđ 86/2023 hết hiệu lực rồi đúng k,
    # thôn văn hóa ai ký" puts it up before the comma and asks another part after it
    clauses = [folded_words(c) for c in re.split(r"[,.;?!\n]+", question)]
    put_up = _NOT_IN_FORCE.search(words) and _CONFIRM_TAIL.search(words)
    if put_up or any(_NOT_IN_FORCE.search(c) and _CONFIRM_TAIL.search(c) for c in clauses if c):
        return "Không"
    if _IN_FORCE_ASKED.search(words):
        return "Có"
    return None


#: the asking clause claims a thing was abolished or no longer holds
_GONE = re.compile(
    r"\b(?:(?:bi|da|duoc) (?:bai )?bo|bai bo|bo roi|khong con|het hieu luc|xoa bo|giai the)\b"
    # "bỏ cấp huyện từ 1/7/2025 đúng k": the level named after a bare "bỏ" (not "cán bộ huyện",
    # "toàn bộ huyện", "đảng bộ huyện") (task h434)
    # nor "hồi chưa bỏ huyện", "không bỏ huyện": the abolition negated is no claim of it
    r"|(?<!\bcan )(?<!\btoan )(?<!\bdang )(?<!\bcb )(?<!\bchua )(?<!\bkhong )(?<!\bko )"
    r"(?<!\bk )(?<!\bchang )\bbo (?:cap )?(?:huyen|quan|thi xa)\b"
    # "bỏ huyện (rồi) thì …", "từ khi bỏ huyện thì NĐ 98 vẫn …": the abolition told as the
    # premise of another claim, which that claim's part judges (stop 45 merge, b31, b80, b83, b95)
    r"(?! (?:roi )?(?:thi|ma|nen)\b| roi\b)"
    # task f184: "từ đó bỏ thẩm quyền của chủ tịch huyện": the district's power claimed gone
    r"|\bbo (?:tham )?quyen (?:cua )?(?:chu tich |ubnd |uy ban )?(?:huyen|quan|thi xa)\b"
)
#: a lead sentence saying the thing no longer exists or applies
_GONE_STATED = re.compile(r"\b(?:khong con|bo hinh thuc|da bo|bai bo|het hieu luc)\b")
#: the asking clause ends putting a claim up for confirmation
_CONFIRM_ASKED = re.compile(
    r"\b(?:dung|phai|that)\s*(?:khong|ko|k|hong|chu|a|ha)?\s*$"
    # task f184: "có phải từ đó bỏ thẩm quyền của chủ tịch huyện k": the claim put up between
    r"|\bco phai\b(?: \w+)+ (?:khong|ko|k)(?: a| ha)?\s*$"
)


def claimed_gone(question: str, body: str) -> bool:
    """The asking clause claims the thing is gone ("đã bị bỏ", "không còn", "hết hiệu lực …
    đúng không") and the fact's lead sentence states that it is: the claim is confirmed."""
    text = folded_words(question)
    asked = _CONFIRM_ASKED.search(text)
    if asked is None:
        return False
    # only the last clause is the claim: "huyện đã bỏ, nay xã ký đúng không" claims the xã
    clause = re.split(r"[,.;:?!]", " ".join(fold(question).split()))
    clause = [c for c in clause if c.strip()]
    if not clause:
        return False
    last = folded_words(clause[-1])
    said = list(REPORTED.finditer(text))
    if said and len(clause) == 1:
        # "thị trấn k còn, nghe nói danh hiệu vẫn gọi là …, đúng k" read without its commas:
        # what was said, after the word reporting it, is the claim; the gone thing told
        # before it is the premise (task h320)
        last = text[said[-1].end() :]
    if _GONE.search(last) is None:
        return False
    opened = body.strip()
    for opener in ("Không. ", "Có. "):
        opened = opened.removeprefix(opener)
    lead = re.split(r"(?<=[.!?])\s+", opened, maxsplit=2)
    stated = folded_words(" ".join(lead[:2]))
    return _GONE_STATED.search(stated) is not None
