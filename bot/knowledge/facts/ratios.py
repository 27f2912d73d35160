"""The share of title holders a question tells against a title's minimum, and caps.

"40 giáo viên, 18 người đạt LĐTT, vậy có đạt TTLĐTT không": a head-count or share of the asker's
own unit, read against the minimum a collective title's rule sets (over 50 % LĐTT, …), and a ratio
cap a unit applies locally.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.model import FactModel, phrase_at, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.permission import LAW_ITSELF
from bot.knowledge.facts.routes import NOT_HAVING, says_phrase
from bot.knowledge.facts.words import COMMUNE

__all__ = [
    "cap_left_to_province",
    "count_claim_right",
    "exemption_claimed",
    "figure_only_told",
    "floor_shares_only",
    "own_case_asked",
    "own_max_asked",
    "own_minimum_claimed",
    "province_cap_binds",
    "province_may_cap",
    "ratio_verdict",
    "share_asked",
    "share_denied_told",
    "threshold_claimed",
]


def figure_only_told(pair: Pair, reading: Reading) -> bool:
    """A cap asked with its figures in the story only, the asking sentence naming none."""
    asked = reading.asked
    return pair.attr == "cap" and bool(asked) and re.search(r"\d", asked) is None


#: a share with a floor word before it: "trên 50 %", "ít nhất 70%", "tối thiểu 70 %", "từ 70 %"
_FLOOR_SHARE = re.compile(r"\b(?:tren|it nhat|toi thieu|tu|hon) (\d{1,3}(?:[.,]\d+)?) ?%")
#: any share told: "40%", "60 %"
_SHARE = re.compile(r"\b(\d{1,3}(?:[.,]\d+)?) ?%")


def floor_shares_only(claim: str) -> str:
    """ "ti le thuc te chi 40%, nghe noi TTLDTT phai co tren 50% …", "can it nhat 70% LDTT nen
    to e 60% thi k dat": a share said with a floor word restates the title's minimum; the other
    shares are the unit's own, told as the case, not claimed as the rule (task h361). The claim
    with those case shares left out; unchanged unless both kinds are told."""
    if "%" not in claim:
        return claim
    said = folded_words(claim, "%")
    floors = {m.start(1) for m in _FLOOR_SHARE.finditer(said)}
    if not floors:
        return claim
    shares = list(_SHARE.finditer(said))
    if all(m.start(1) in floors for m in shares):
        return claim
    kept = said
    for found in reversed(shares):
        if found.start(1) not in floors:
            kept = f"{kept[: found.start()]}{kept[found.end() :]}"
    return kept


_PEOPLE = re.compile(
    r"(\d{1,4})\s*(?:nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|thay giao|thay co|cong nhan|nhan su"
    # an association's members are its people (task h114: "hội có 10 hội viên, 6 người đạt")
    r"|hoi vien|doan vien|dang vien|xa vien|ng"
    # h345: a school's or firm's whole staff typed short ("40 CBGVNV", "25 CBCNV")
    r"|cbgvnv|cbgvcnv|gvnv|cbcnv|cnv|cbvc|nld)\b"
)
#: "3 người CSTĐCS", "2 người đạt chiến sĩ thi đua": a count of another title's holders, no
#: head-count of the unit (h345: "40 CBGVNV, 30 người LĐTT, 3 người CSTĐCS" is 30/40)
_OTHER_TITLE_AFTER = re.compile(
    r"\s*(?:deu\s*)?(?:dat\s*)?(?:danh hieu\s*)?(?:cstd|chien si thi dua|bang khen|giay khen)"
)
#: "30 người đạt LĐTT", "30 đạt lao động tiên tiến": the count the share is about, when several
#: counts are told ("40 giáo viên …, 30 người đạt LĐTT, 2 người đạt CSTĐCS")
_ACHIEVERS = re.compile(
    r"(\d{1,4})\s*(?:([a-z]+)\s*)?(?:[a-z]+\s*)?(?:deu\s*)?dat\s*(?:danh hieu\s*)?"
    r"(?:ldtt|lao dong tien tien)\b"
)
#: "15 người LĐTT", "12 giáo viên là LĐTT": the holders counted by a noun of people with no
#: "đạt" (task h95); the noun is needed, else "năm 2025 LĐTT" would count a year
_HOLDERS_COUNTED = re.compile(
    r"(\d{1,4})\s*(nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|thay giao|cong nhan|ng)\s*(?:deu\s*)?"
    r"(?:la\s*)?(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)
#: "25 giáo viên, 19 có LĐTT" (or "19 cô LĐTT"): the holders counted with "có"; up to three
#: digits, so that a year ("năm 2025 có LĐTT") is never a count
_HOLDERS_HAVING = re.compile(
    r"(?<![\d/.,])(\d{1,3})\s*(co)\s*(?:deu\s*)?(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)
#: "24 cô, 15 cô đánh giá hoàn thành tốt nhiệm vụ trở lên và được bình LĐTT": the holders
#: counted by a noun of people, the title told at the end of their own clause (no comma, no
#: other figure between), after "và được bình / xét / công nhận" (task h222)
_HOLDERS_TOLD_LATER = re.compile(
    r"(?<![\d/.,])(\d{1,3})\s*(nguoi|ca nhan|cb|cong chuc|giao vien|vien chuc|nhan vien|can bo"
    r"|gv|nv|co giao|co|thay giao|cong nhan|hoi vien|doan vien)\b(?: [a-z]+){1,12}? va "
    r"(?:duoc|dc) (?:binh xet|binh|xet|cong nhan|tang)(?: danh hieu)? (?:ldtt|lao dong tien tien)\b"
)
#: "25 gv, 13 LĐTT": the holders counted bare, no noun, no "đạt" (task h239); only read when
#: a larger count of people is told before it, so that a lone "2 LĐTT" or a year is no share
_HOLDERS_BARE = re.compile(
    r"(?<![\d/.,])(\d{1,3})\s*(nguoi)?\s*(?:deu\s*)?(?:la\s*)?(?:ldtt|lao dong tien tien)\b"
)
#: task h408: the holders counted after the title, as a record's columns write them ("tổng 40
#: người / LĐTT 20 / CSTĐCS 2", "LĐTT: 16 (66,7%)"); never a year, a share, a run or a date
_HOLDERS_AFTER = re.compile(
    r"(?<![\w])(?:ldtt|lao dong tien tien)\s*(?:la\s*|:\s*|=\s*)?(\d{1,3})(?![\d/%])(?![.,]\d)"
    r"(?!\s*(?:%|phan tram|nam|thang|ngay|lan|trieu|tr\b|k\b|d\b|dong))"
)
#: the achievers' count negated: "5 người chưa đạt LĐTT", "3 cô không đạt" (task h393)
_NOT_ACHIEVED = re.compile(r"\b(?:chua|khong|k|ko|kg)\s*dat\b")
#: words between a count and "đạt" that are no noun counting people ("3 đều đạt"); "co" stays:
#: "7 cô đạt" (folded like "20 có đạt") counts teachers, and "12 cô" is then the whole
_NOT_A_COUNT = frozenset({"deu", "nguoi", "da", "cung", "duoc", "dc", "thi"})
#: a share of people told as a percentage of the title's holders ("75% LĐTT", "80 % đạt lao
#: động tiên tiến"), not a rule claimed ("cần 75 %", "tối thiểu 75 %", "tỷ lệ là 75 %")
_SHARE_TOLD = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(?:%|phan tram)\s*(?:[a-z]+\s*){0,2}?(?:dat\s*)?"
    r"(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)
#: task h370: a cap claimed ("tối đa 70 % LĐTT", "không quá 70 %") is a rule put up too, the
#: floor of Luật 2022 Điều 27 read as a ceiling, not the unit's own share
_RULE_WORDS = (
    "can",
    "phai",
    "it nhat",
    "toi thieu",
    "tren",
    "quy dinh",
    "la",
    "yeu cau",
    "tu",
    "toi da",
    "khong qua",
    "nhieu nhat",
    "duoi",
)


def _stated_as_rule(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is what the rule requires ("cần 75 % LĐTT", "phải 2/3 số
    người"), not the asker's own unit: a word of the rule among the three words before it."""
    before = f" {' '.join(text[:at].split()[-3:])} "
    return any(f" {w} " in before for w in _RULE_WORDS)


#: task h407: "tổ có hơn 50% xã viên đạt LĐTT": the share told is above its figure, not at it
_ABOVE_BEFORE = re.compile(r"\b(?:hon|qua|vuot)\s*$")


def _told_above(text: str) -> bool:
    """Whether the share ``_told_share`` reads is told as above its figure ("hơn 50 %")."""
    for found in _SHARE_TOLD.finditer(text):
        if not _stated_as_rule(text, found.start()):
            return _ABOVE_BEFORE.search(text[: found.start()]) is not None
    return False


def _told_share(text: str) -> int | None:
    """The share of title holders a question tells of its own unit ("trường mình … 75% LĐTT"),
    or None when it tells none or states it as what the rule requires ("cần 75 % LĐTT")."""
    for found in _SHARE_TOLD.finditer(text):
        if _stated_as_rule(text, found.start()):
            continue
        share = int(found.group(1))
        if 0 < share <= 100:
            return share
    return None


#: "15/22 người đạt LĐTT", "9/12 gv LĐTT": holders of the title told as a part of the whole
_FRACTION_TOLD = re.compile(
    # task h417: "30 trên 32 người đạt LĐTT" is the same part of the whole as "30/32"
    r"(?<![\d.,/])(\d{1,4})\s*(?:/|\btren\b)\s*(\d{1,4})(?![\d/])\s*"
    # only a noun counting people may stand between: "8/2026 chị được LĐTT" is a month
    r"(?:(?:nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|cong nhan|hoi vien|doan vien"
    # "ng" is how officers type "người" ("6/8 ng đạt LĐTT"); without it the part went unread
    # and the whole was taken for the holders (8/8)
    r"|dang vien|xa vien|ng)\s*)?(?:deu\s*)?(?:dat\s*|la\s*)?"
    r"(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)


#: the rows of a table pasted into a letter ("Họ tên | Xếp loại | LĐTT / Hoa | HTT | có / …"):
#: a row ends at " / " (a date's "01/9/2025" has no spaces round its slashes) or a new line
_TABLE_ROWS = re.compile(r"\s+/\s+|\n")
#: a column header naming the individual title whose holders a collective's share counts
_HOLDER_COLUMN = re.compile(r"\b(?:ldtt|lao dong tien tien)\b")
#: a cell saying the member holds it, or not
_CELL_YES = frozenset({"co", "x", "dat", "c", "v", "ok", "roi"})
_CELL_NO = frozenset({"k", "khong", "ko", "kg", "chua", "-", "0"})


def table_share(question: str) -> tuple[int, int] | None:
    """The (holders, members) of a table the letter pastes, counted down its LĐTT column
    ("Họ tên | Xếp loại | LĐTT / Hoa | HTT | có / Hải | HT | k / …": 1 of 2), or None when it
    pastes none with such a column, or fewer than two rows read (task h420; the share of
    Luật 2022 Điều 27, 28 is counted from the record, not asked again)."""
    if "|" not in question:
        return None
    rows = [[c.strip() for c in fold(r).lower().split("|")] for r in _TABLE_ROWS.split(question)]
    for at, header in enumerate(rows):
        if len(header) < 2:
            continue
        cols = [
            i
            for i, c in enumerate(header)
            if _HOLDER_COLUMN.search(c) and not re.search(r"\btt ?ldt", c)
        ]
        if len(cols) != 1:
            continue
        col, held, total = cols[0], 0, 0
        for row in rows[at + 1 :]:
            if len(row) != len(header):
                break
            words = re.findall(r"[\w-]+", row[col])
            cell = words[0] if words else "-"
            if cell in _CELL_YES:
                held += 1
            elif cell not in _CELL_NO:
                break
            total += 1
        if total >= 2:
            return held, total
        break
    return _flattened_share(question)


def _flattened_share(question: str) -> tuple[int, int] | None:
    """The same count for a table whose line breaks were flattened to spaces ("Họ tên | Xếp loại
    | LĐTT Hoa | HTT | có Minh | …"), its LĐTT column last: each cell after a row's last pipe
    holds that row's mark, then the next row's first cell."""
    cells = [fold(c).lower().split() for c in question.split("|")]
    at = next(
        (i for i, c in enumerate(cells) if i and c[:1] in (["ldtt"], ["lao"], ["dat"]) and c),
        None,
    )
    if at is None:
        return None
    header = re.match(r"(?:dat )?(?:ldtt|lao dong tien tien)\b", " ".join(cells[at]))
    if header is None or not " ".join(cells[at])[header.end() :].strip():
        return None  # a last column with no next row's name after it: not flattened
    held = total = 0
    for i in range(2 * at, len(cells), at):
        cell = cells[i][0] if cells[i] else "-"
        if cell in _CELL_YES:
            held += 1
        elif cell in _CELL_NO:
            pass
        else:
            break
        total += 1
    return (held, total) if total >= 2 else None


#: task h435: a record's cell with the share written out after the holders ("LĐTT 9 người
#: (75%)", "LDTT 20 (66,7%)"): the share told is of those holders, never the CSTĐCS cell next
#: to it (the bot built 1/9 from "CSTĐCS 1 người")
_HOLDERS_BRACKETED = re.compile(
    r"(?<![\w])(?:ldtt|lao dong tien tien)\s*(?::\s*|=\s*|la\s*)?(\d{1,3})\s*(?:nguoi|ng|gv|nv)?"
    r"\s*\(\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phan tram)\s*\)"
)


def _share_in_brackets(text: str) -> tuple[int, int] | None:
    """The (holders, members) of "LĐTT 9 người (75%)": the whole is the head-count that share
    gives (9 of 12), so the share written out decides, not the other cells (task h435)."""
    found = _HOLDERS_BRACKETED.search(text)
    if found is None:
        return None
    part, share = int(found.group(1)), float(found.group(2).replace(",", "."))
    if not part or not 0 < share <= 100:
        return None
    return part, round(part * 100 / share)


#: task h435: a row of a table of units ("Phòng VH-XH | 10 người | 5 LĐTT"): its name, its
#: head-count and its holders
_ROW_COUNT = re.compile(r"^(\d{1,4}) ?(?:nguoi|ng|gv|nv|cb|cbcc|cong chuc|vien chuc|thanh vien)?$")
_ROW_HOLDERS = re.compile(r"^(\d{1,4}) ?(?:nguoi |ng )?(?:dat )?(?:ldtt|lao dong tien tien)\b")
#: words naming no unit of its own ("phòng", "trường"): a row is named by the rest
_ROW_GENERIC = frozenset({"phong", "truong", "bo", "phan", "to", "doi", "ban", "tram", "van"})


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).lower()).split())


def named_rows(question: str) -> list[tuple[str, int, int]]:
    """The rows of a pasted table of units that the question names after it ("VP | 12 người |
    7 LĐTT / Phòng VH-XH | 10 người | 5 LĐTT … phòng VH-XH có đề nghị TTLĐTT dc k"): each as
    (name, holders, members), in the table's order; empty when no such row is named. The share
    asked is the named row's, not the first row's (task h435; Luật 2022 Điều 27, 28)."""
    if "|" not in question:
        return []
    parts = _TABLE_ROWS.split(question)
    rows: list[tuple[str, int, int]] = []
    for part in parts:
        cells = [_bare(c) for c in part.split("|")]
        if len(cells) < 3:
            continue
        count = next((int(m.group(1)) for c in cells[1:] if (m := _ROW_COUNT.match(c))), None)
        held = next((int(m.group(1)) for c in cells[1:] if (m := _ROW_HOLDERS.match(c))), None)
        # the row's name is its first cell, after any lead-in ("bảng tổng hợp: trường MN")
        shown = " ".join(re.split(r"[:.;,]", part.split("|")[0])[-1].split()[-4:])
        if count and held is not None and held <= count and _bare(shown):
            rows.append((shown, held, count))
    if len(rows) < 2:
        return []
    last = parts[-1]
    tail = _bare(last.split("|")[-1])
    named = []
    for name, held, count in rows:
        own = [w for w in _bare(name).split() if w not in _ROW_GENERIC]
        if own and re.search(rf"\b{re.escape(' '.join(own))}\b", tail):
            named.append((name, held, count))
    return named


def _rows_judged(
    rows: list[tuple[str, int, int]], model: FactModel, entity: str
) -> tuple[str, str] | None:
    """Several named rows judged against the title's minimum share: "Không" when none meets
    it, "Tùy" when some do and some do not (each told); None when all meet it (the other
    criteria are then read as for one unit)."""
    cap = model.facts.get(entity, {}).get("cap")
    if cap is None:
        return None
    found = [(w, int(n)) for w, n in _MINIMUM.findall(" ".join(fold(cap.text).split()))]
    found = [(w, n) for w, n in found if n < 100]
    if not found:
        return None
    word, minimum = found[0]
    rule = f"mức {_MINIMUM_WORDS.get(word, word)} {minimum} %"
    said, short = [], []
    for name, held, count in rows:
        share = 100 * held / count
        met = share > minimum if word == "tren" else share >= minimum
        said.append(f"{name}: {held}/{count} = {share:.0f} %")
        if not met:
            short.append(name)
    if not short:
        return None
    told = "; ".join(said)
    if len(short) == len(rows):
        return "Không", f"Tỷ lệ anh/chị nêu ({told}) chưa đạt {rule}."
    return "Tùy", f"Tỷ lệ anh/chị nêu ({told}): chỉ đơn vị đạt {rule} mới đủ về tỷ lệ."


def _told_fraction(text: str) -> tuple[int, int] | None:
    """The (part, whole) of title holders a question tells as "A/B" of its own unit, or None
    when it tells none or claims the fraction as the rule ("phải 2/3 số người đạt LĐTT")."""
    for found in _FRACTION_TOLD.finditer(text):
        if _stated_as_rule(text, found.start()):
            continue
        part, whole = int(found.group(1)), int(found.group(2))
        if 0 <= part <= whole and whole:
            return part, whole
    return None


def _holders_told(toks: list[str], label: str, model: FactModel) -> bool | None:
    """Whether a question counts holders of the title a rule's condition names ("có cá nhân đạt
    Chiến sĩ thi đua cơ sở" told as "3 người CSTĐCS", "có 2 CSTĐCS"): True for a count above
    zero, False for "0 người …" / "không ai …", None when it counts none or the label names no
    title."""
    folded = tuple(tokens(label))
    named = [
        key
        for key, name in model.entities.items()
        if (t := tuple(tokens(name)))
        and any(folded[i : i + len(t)] == t for i in range(len(folded)))
    ]
    if not named:
        return None
    aliases = [phrase for key in named for phrase in model.names_of("entity", key)]
    result = None
    for i in range(len(toks)):
        for alias in aliases:
            if tuple(toks[i : i + len(alias)]) != alias:
                continue
            before = toks[max(0, i - 4) : i]
            if {"khong", "chua", "ko", "k"} & set(before[-3:]) and "ai" in before:
                return False
            if _NONE_OF_THEM.search(" ".join(toks[max(0, i - 6) : i])):
                return False  # "không có cô nào đạt CSTĐCS" (task h281)
            numbers = [t for t in before if t.isdigit()]
            if numbers:
                if int(numbers[-1]) == 0:
                    return False
                result = True
    return result


#: "không có cô nào đạt", "chưa người nào được": no one of the unit holds the title
_NONE_OF_THEM = re.compile(r"\b(?:khong|chua|ko|k) (?:co )?(?:\w+ )?nao (?:dat|duoc|dc|la)$")


_MINIMUM = re.compile(r"(tren|it nhat|toi thieu|tu)\s*(\d{1,3})\s*%")
_MINIMUM_WORDS = {"tren": "trên", "it nhat": "ít nhất", "toi thieu": "tối thiểu", "tu": "từ"}


#: a minimum share claimed as the rule: "phải 2/3 số người", "cần ít nhất 70 %", "phải trên 60%"
_SHARE_CLAIMED = re.compile(
    r"\b(?:phai|can|bat buoc|it nhat|toi thieu)\s+(?:co\s+|dat\s+)?(?:tren\s+|it nhat\s+)?"
    r"(?:(\d{1,3})\s*/\s*(\d{1,3})|(\d{1,3})\s*(?:%|phan tram)"
    # a share in words: "chỉ cần nửa số gv đạt LĐTT", "phải quá nửa" (task h279)
    r"|((?:mot |phan |qua )?nua))"
)


#: the cap fact's minimum share of members holding LĐTT
_LDTT_MINIMUM = re.compile(
    r"(tren|it nhat|toi thieu|tu)\s*(\d{1,3})\s*%(?:\s+\w+){0,5}?\s+dat lao dong tien tien"
)
#: what follows a share claimed of LĐTT holders: "(số người / cá nhân) đạt LĐTT"
# task h401: "phải trên 60 % mới đủ TTLĐTT": the share said as what the title needs ("mới đủ /
# mới đạt / mới được" and the title) is the same minimum share of LĐTT holders
_LDTT_AFTER = re.compile(
    r"^(?:(?:\s+\w+){0,4}?\s+(?:dat\s+)?(?:ldtt|lao dong tien tien)\b"
    r"|\s+moi\s+(?:du|dat|duoc|dc|xet)\b)"
)


def threshold_claimed(question: str, model: FactModel, entity: str) -> str | None:
    """The note saying the title's own minimum share when the question claims another one as
    the rule ("phải 2/3 số người đạt LĐTT" against "trên 50 %"); None when it claims none, the
    one it claims is the title's, or the title has no minimum share."""
    cap = model.facts.get(entity, {}).get("cap")
    if cap is None:
        return None
    # the share of the title's members holding LĐTT ("trên 50 % cá nhân … đạt Lao động tiên
    # tiến"), never its other shares ("100 % hoàn thành nhiệm vụ")
    own = _LDTT_MINIMUM.search(" ".join(fold(cap.text).split()))
    if own is None:
        return None
    word, minimum = own.group(1), int(own.group(2))
    text = " ".join(fold(question).split())
    said = _SHARE_CLAIMED.search(text) or _SHARE_HEARD.search(text)
    if said is None:
        return _count_claimed(text, word, minimum)
    if _LDTT_AFTER.match(text[said.end() :]) is None and not (
        # task h405: "cần trên bao nhiêu % đạt LĐTT, nghe nói 2/3 đúng k": the share heard is
        # of the LĐTT holders the question named before it
        _LDTT_NAMED.search(text[: said.start()])
        and _CONFIRMED_AFTER.match(text[said.end() :].lstrip(" ,"))
    ):
        return None
    if said.group(4) is not None:
        share, shown = 50.0, said.group(4).replace("mot", "một").replace("phan", "phân")
        shown = shown.replace("qua", "quá").replace("nua", "nửa") + " số"
    elif said.group(3) is not None:
        share, shown = float(said.group(3)), f"{said.group(3)} %"
    else:
        part, whole = int(said.group(1)), int(said.group(2))
        if not whole or part >= whole:
            return None
        share, shown = 100 * part / whole, f"{part}/{whole}"
    if abs(share - minimum) < 1:
        return None
    rule = f"{_MINIMUM_WORDS.get(word, word)} {minimum} %"
    return f"Mức luật quy định là {rule}, không phải {shown}."


#: the saying put up for confirmation after the share: "…, đúng k", "phải không"
_CONFIRMED_AFTER = re.compile(r"\b(?:dung|phai) (?:khong|k|ko|chu|ha)\b")

#: task h405: a share heard, its rule word left out ("nghe nói 2/3 đúng k", "bảo là 60 % phải
#: k"); the same groups as ``_SHARE_CLAIMED``
_SHARE_HEARD = re.compile(
    r"\b(?:nghe noi|nghe bao|bao|noi)\s+(?:la\s+)?"
    r"(?:(\d{1,3})\s*/\s*(\d{1,3})|(\d{1,3})\s*(?:%|phan tram)|(\bqua nua\b))"
)
#: the LĐTT holders named as what a share counts ("bao nhiêu % đạt LĐTT", "tỉ lệ LĐTT")
_LDTT_NAMED = re.compile(r"(?:%|\bphan tram|\bt[iy] le)(?:\s+\w+){0,3}?\s+(?:dat\s+)?ldtt\b")
#: task h405: a head count claimed needed ("phải 6 người mới đủ TTLĐTT"), and the unit's size
#: told before it ("tổ e 9 người")
_COUNT_CLAIMED = re.compile(
    r"\b(?:phai|can|it nhat)\s+(?:co\s+)?(\d{1,3})\s+(?:nguoi|thanh vien|can bo|cb|gv|giao vien)"
    r"(?:\s+\w+){0,3}?\s+(?:thi\s+)?moi\s+(?:du|dat|duoc|dc)\b"
)
_UNIT_SIZE = re.compile(r"\b(\d{1,3})\s+(?:nguoi|thanh vien|can bo|cb|gv|giao vien)\b")


def count_claim_right(question: str, model: FactModel, entity: str) -> str | None:
    """ "tổ em 9 người, nghe nói phải 5 người đạt LĐTT mới đủ TTLĐTT, đúng k": the head count
    claimed is the least the title's minimum share allows on the unit's size told; the note
    saying so, or None (task h405)."""
    cap = model.facts.get(entity, {}).get("cap")
    own = _LDTT_MINIMUM.search(" ".join(fold(cap.text).split())) if cap is not None else None
    if own is None:
        return None
    text = " ".join(fold(question).split())
    said, size = _COUNT_CLAIMED.search(text), _UNIT_SIZE.search(text)
    if said is None or size is None or size.start() >= said.start():
        return None
    if _count_claimed(text, own.group(1), int(own.group(2))) is not None:
        return None
    count, whole = int(said.group(1)), int(size.group(1))
    if not whole or count > whole:
        return None
    rule = f"{_MINIMUM_WORDS.get(own.group(1), own.group(1))} {own.group(2)} %"
    return (
        f"Đúng: mức luật quy định là {rule}, {whole} người thì cần {count} người đạt"
        " Lao động tiên tiến."
    )


def _count_claimed(text: str, word: str, minimum: int) -> str | None:
    """The note correcting a head count claimed needed ("tổ e 9 người có 5 người LĐTT, nghe nói
    phải 6 người mới đủ TTLĐTT") against the minimum share on the unit's size told first; None
    when no count is claimed, no size is told, or the count is the least the share allows."""
    said = _COUNT_CLAIMED.search(text)
    size = _UNIT_SIZE.search(text)
    if said is None or size is None or size.start() >= said.start():
        return None
    count, whole = int(said.group(1)), int(size.group(1))
    if not whole or count > whole:
        return None
    # the least head count meeting the share: above it ("trên"), or at least it
    least = next(
        n
        for n in range(whole + 1)
        if (100 * n > minimum * whole if word == "tren" else 100 * n >= minimum * whole)
    )
    if count == least:
        return None
    rule = f"{_MINIMUM_WORDS.get(word, word)} {minimum} %"
    return (
        f"Mức luật quy định là {rule} số người đạt Lao động tiên tiến: {whole} người thì"
        f" {least} người là đủ, không phải {count}."
    )


#: the unit's own share asked instead: "tổ em có đạt không", "vậy có đủ không"
#: task h403: or the unit's share claimed met ("2 người LĐTT là đạt tỉ lệ rồi đúng k", "vậy
#: là đủ rồi phải k"): the claim on the case is judged, not the saying before it
_CASE_ASKED_AFTER = re.compile(
    r"\bco (?:dat|du|duoc|dc)\b"
    r"|\b(?:la|thi|vay|nen) (?:da )?(?:dat|du) (?:(?:ti|ty) le |tieu chuan |chuan )?roi\b"
)
#: the floor words that say the same minimum as the rule's word
_AT_LEAST = ("it nhat", "toi thieu", "tu")
_SAME_FLOOR = {
    "tren": ("tren", "hon"),
    "it nhat": _AT_LEAST,
    "toi thieu": _AT_LEAST,
    "tu": _AT_LEAST,
}


#: task h401: a saying that the unit's share falls short: "10/18 chưa quá nửa nên k đủ
#: TTLĐTT", "trường e k đủ", "chưa đạt tỷ lệ"
_SHARE_DENIED = re.compile(
    r"\b(?:k|ko|kg|khong|chua|chang)\s+(?:du|dat|qua nua|toi nua|duoc|dc)\b"
    r"|\bduoi (?:50|mot nua|nua)\b"
)


def share_denied_told(question: str, asked: str | None) -> bool:
    """The story before the closing ask says the unit's share or title falls short ("chị kế
    toán bảo 10/18 chưa quá nửa nên k đủ TTLĐTT, chị ấy nói vậy đúng k"): with the share told
    meeting the minimum, the saying is what is wrong (Luật 2022 Điều 28)."""
    text = " ".join(fold(question).split())
    if asked:
        tail = " ".join(fold(asked).split())
        at = text.rfind(tail)
        if at > 0:
            text = text[:at]
    return _SHARE_DENIED.search(text) is not None


def own_minimum_claimed(question: str, model: FactModel, entity: str) -> str | None:
    """ "tổ em chỉ 45 %, nghe nói TTLĐTT phải có trên 50 % cá nhân đạt LĐTT, đúng k": the
    saying restates the title's own minimum, with its floor word, and is put up for
    confirmation; the unit's share is the story (task h361). The rule as the fact words it
    ("trên 50 %"), or None."""
    cap = model.facts.get(entity, {}).get("cap")
    if cap is None:
        return None
    own = _LDTT_MINIMUM.search(" ".join(fold(cap.text).split()))
    if own is None:
        return None
    word, minimum = own.group(1), own.group(2)
    text = " ".join(fold(question).split())
    said = _SHARE_CLAIMED.search(text)
    if said is None or said.group(3) != minimum or _LDTT_AFTER.match(text[said.end() :]) is None:
        return None
    floors = _SAME_FLOOR.get(word, (word,))
    if not any(f" {w} " in f" {said.group(0)} " for w in floors):
        return None
    rest = text[said.end() :]
    if _CONFIRMED_AFTER.search(rest) is None or _CASE_ASKED_AFTER.search(rest) is not None:
        return None
    return f"{_MINIMUM_WORDS.get(word, word)} {minimum} %"


def _year(number: str) -> bool:
    """ "năm học 2025-2026 có 12 cô": a year before a noun ("2026 có", folded like "2026 cô")
    counts no people; no unit of a xã has some two thousand staff (task h281)."""
    return len(number) == 4 and number[:2] in ("19", "20")


def ratio_verdict(
    question: str, model: FactModel, entity: str, share_only: bool = False
) -> tuple[str, str] | None:
    """ "Không" when the head-count the question gives falls short of the title's minimum share
    (its cap fact: "trên 50 %", "ít nhất 70 %"); when it is met, "Có" if the question also states
    every other figure the rule needs (the cap fact's ``also``), else "Tùy"."""
    text = " ".join(fold(question).split())
    found_achievers = list(_ACHIEVERS.finditer(text))
    found_achievers += [
        m
        for m in [
            *_HOLDERS_COUNTED.finditer(text),
            *_HOLDERS_HAVING.finditer(text),
            *_HOLDERS_TOLD_LATER.finditer(text),
            *_HOLDERS_AFTER.finditer(text),
        ]
        if not any(a.start() <= m.start() < a.end() for a in found_achievers)
    ]
    found_achievers += _bare_holders(text, found_achievers)
    found_achievers.sort(key=lambda m: m.start())
    achievers = [int(m.group(1)) for m in found_achievers]
    # "trường có 32 gv, 20 có đạt LĐTT": the achievers are a count of people too
    # a count inside the achievers' own words ("9 người đạt LĐTT") is no second count: the
    # whole must be told apart ("20 cô giáo và nhân viên"), else 9 of 9 reads as 100 %
    counts = [
        int(m.group(1))
        for m in _PEOPLE.finditer(text)
        if not any(a.start() <= m.start() < a.end() for a in found_achievers)
        and not _year(m.group(1))
        and not _OTHER_TITLE_AFTER.match(text, m.end())
    ] + achievers
    # "12 cô …, 7 cô đạt LĐTT": whatever noun counts the achievers counts the whole too
    for m in found_achievers:
        noun = m.group(2) if m.re.groups >= 2 else None
        if noun and noun not in _NOT_A_COUNT:
            found = re.findall(rf"\b(\d{{1,4}})\s*{noun}\b", text)
            counts += [int(n) for n in found if not _year(n)]
    told_share = _told_share(text)
    rows = named_rows(question)
    if len(rows) > 1:
        judged = _rows_judged(rows, model, entity)
        if judged is not None:
            return judged
    fraction = (
        (rows[0][1:] if rows else None)
        or _told_fraction(text)
        or _share_in_brackets(text)
        or table_share(question)
    )
    if fraction is not None:
        # "15/22 người đạt LĐTT": the part and the whole are told together; any other count
        # ("1 cô giáo bị cảnh cáo", "1 người đạt CSTĐCS") is no share of the unit
        achievers, counts = [fraction[0]], list(fraction)
    cap = model.facts.get(entity, {}).get("cap")
    if ((len(counts) < 2 or not max(counts)) and told_share is None) or cap is None:
        return None
    found = [(w, int(n)) for w, n in _MINIMUM.findall(" ".join(fold(cap.text).split()))]
    found = [(w, n) for w, n in found if n < 100]
    if not found:
        return None
    word, minimum = found[0]
    if len(counts) >= 2 and max(counts):
        part = achievers[0] if achievers and achievers[0] < max(counts) else min(counts)
        whole = max(counts)
        if fraction is None and found_achievers:
            whole = _unit_whole(text, found_achievers[0].start(), part) or whole
        if found_achievers and _NOT_ACHIEVED.search(found_achievers[0].group(0)) and part < whole:
            # "phòng 8 người mà 5 người chưa đạt LĐTT": the count told is of those without the
            # title; the holders are the rest (task h393)
            part = whole - part
        share = 100 * part / whole
        stated = f"{part}/{whole} = {share:.0f} %".replace(".", ",")
        holders = part
    else:
        holders = None
        share = told_share or 0
        stated = f"{share} %"
        if _told_above(text):
            # "hơn 50 %" is above 50: it meets "trên 50 %" (task h407)
            stated = f"hơn {share} %"
            share += 0.5
    met = share > minimum if word == "tren" else share >= minimum
    # the rule's own figure goes with the asker's, so the answer shows what was compared
    rule = f"mức {_MINIMUM_WORDS.get(word, word)} {minimum} %"
    if not met:
        return "Không", f"Tỷ lệ anh/chị nêu ({stated}) chưa đạt {rule}."
    toks = tokens(question)
    denied = [
        label
        for label, said in cap.also
        if any(says_phrase(toks, p, negated=True) for p in said)
        or _holders_told(toks, label, model) is False
        or (label.startswith("100 %") and _DUTY_FAILED.search(text) is not None)
    ]
    if denied:
        # "… 30 người đạt LĐTT, không ai đạt CSTĐCS": another figure the rule needs is told unmet
        return (
            "Không",
            f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}, nhưng chưa có: {', '.join(denied)}.",
        )
    done = _duty_done(toks)
    whole = max(counts) if counts else None
    unsaid = [
        label
        for label, said in cap.also
        if not any(says_phrase(toks, p) or says_phrase(done, p) for p in said)
        and not _holders_told(toks, label, model)
        and not _figure_told(done, label, whole)
        and not (label.startswith("100 %") and _ratings_cover(text, whole))
        and not (label.startswith("100 %") and _rest_rated(text, holders, whole))
    ]
    if cap.also and not unsaid:
        return (
            "Có",
            f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}; các điều kiện khác anh/chị nêu cũng đạt.",
        )
    rest = f"; còn cần: {', '.join(unsaid)}" if unsaid else "; còn phải đạt các tiêu chuẩn khác"
    # "tỉ lệ như vậy có đủ không" asks about the share: a rule that is only a share is met, and
    # the other criteria (a duty level among them) are a note; one with figures of its own in
    # ``also`` ("100 % cá nhân hoàn thành nhiệm vụ") is a share too, and still needs them
    figured = [label for label, _ in cap.also if any(c.isdigit() for c in label)]
    verdict = "Có" if share_only and not figured else "Tùy"
    if share_only and _SHARE_OF_TITLE.search(text):
        # "có đủ tỉ lệ LĐTT không": the share of that title is what is asked, and it is met;
        # what else the rule needs is said with it (task h101)
        verdict = "Có"
    return verdict, f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}{rest}."


#: "tổ có 8 người", "HTX gồm 25 xã viên": the head-count of a unit, told with "có" / "gồm"
_UNIT_HAS = re.compile(r"\b(?:co|gom|tong so|tong cong)\s+" + _PEOPLE.pattern)


def _unit_whole(text: str, before: int, part: int) -> int | None:
    """ "HTX có 25 xã viên … tổ có 8 người, 5 người đạt LĐTT": the holders are a share of the
    unit whose head-count is told last before them, not of the largest count told (task h306);
    None when no unit's head-count above the holders is told before them."""
    wholes = [
        int(m.group(1))
        for m in _UNIT_HAS.finditer(text, 0, before)
        if not _year(m.group(1)) and int(m.group(1)) > part
    ]
    return wholes[-1] if wholes else None


def _bare_holders(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "trạm 9 người, 4 LĐTT": a bare count of holders read where no other reader found one,
    only after a larger count of people told earlier (the whole it is a share of)."""
    if found:
        return []
    people = [(m.start(), int(m.group(1))) for m in _PEOPLE.finditer(text)]
    return [
        m
        for m in _HOLDERS_BARE.finditer(text)
        if any(at < m.start() and whole > int(m.group(1)) for at, whole in people)
    ]


#: "đạt tỷ lệ TTLĐTT không", "về tỷ lệ thì đủ không", "đủ tỉ lệ chưa": the share is what is
#: asked, not the whole title (task h239)
_SHARE_ASKED = re.compile(r"\b(?:dat|du|ve|dung|co du) (?:ty|ti) le\b")


def share_asked(question: str) -> bool:
    """Whether the question asks whether the share told is enough, not the whole title."""
    return _SHARE_ASKED.search(" ".join(fold(question).split())) is not None


#: task h387: the asker's own unit asked to qualify after a saying quoted in the story ("Vậy
#: trường tui có đủ điều kiện không", "vậy tổ em có đạt k"): the share told decides it
_OWN_CASE_ASKED = re.compile(
    r"\b(?:tui|toi|em|minh|chung toi|chung em|bon em|bon toi|ben em|ben toi)\b(?: \w+){0,2}?"
    r" co (?:du|dat|duoc|dc)\b"
)


def own_case_asked(question: str) -> bool:
    """Whether the question asks whether the asker's own unit qualifies (task h387)."""
    return _OWN_CASE_ASKED.search(" ".join(fold(question).split())) is not None


#: "tỉ lệ LĐTT", "tỷ lệ lao động tiên tiến": the share asked is of that title
_SHARE_OF_TITLE = re.compile(r"\bt[iy] le (?:dat )?(?:ldtt|lao dong tien tien)\b")
#: a rule's own share of the whole ("100 % cá nhân hoàn thành nhiệm vụ"): the figure, then what
#: the members must do
_FIGURED_LABEL = re.compile(r"^(\d{1,3}) ?% (?:ca nhan )?(.+)$")
#: words that may stand between a share or a count told and what those members did ("100 %
#: giáo viên đều hoàn thành …", "cả 10 người hoàn thành …"): at most this many
_BETWEEN = 4


def _figure_told(toks: list[str], label: str, whole: int | None) -> bool:
    """Whether the question tells the figure a condition of the rule sets for the members,
    whatever noun it counts them by: "100 % giáo viên hoàn thành nhiệm vụ" or "cả 10 người hoàn
    thành nhiệm vụ" (the whole count told) meets "100 % cá nhân hoàn thành nhiệm vụ"; a
    smaller share, or one negated before it, does not."""
    found = _FIGURED_LABEL.match(" ".join(tokens(label)))
    if found is None:
        return False
    need, act = int(found.group(1)), tuple(found.group(2).split())
    for i in phrase_at(toks, act):
        if NOT_HAVING & set(toks[max(0, i - 3) : i]):
            continue
        before = toks[max(0, i - _BETWEEN - 2) : i]
        # the count nearest the act, within its own clause, is the one that did it
        j = len(before) - 1
        while j >= 0 and not before[j].isdigit() and (before[j].isalpha() or before[j] == "%"):
            j -= 1
        if j < 0 or not before[j].isdigit():
            continue
        share_told = j + 1 < len(before) and before[j + 1] in {"%", "phan"}
        if share_told and int(before[j]) >= need:
            return True
        # "cả 10 người …" against the whole told elsewhere: every member, when the rule asks
        # all of them
        if not share_told and need == 100 and whole and int(before[j]) == whole:
            return True
    return False


#: task h435: members counted as not doing their duty ("không hoàn thành nv 1", "1 người không
#: hoàn thành nhiệm vụ"): the "100 % cá nhân hoàn thành nhiệm vụ" of Luật 2022 Điều 27 is not met
_DUTY_FAILED = re.compile(
    r"\b(?:khong|chua|k|ko|kg) hoan thanh (?:nhiem vu|nv)?\s*(?::\s*|=\s*|la\s*)?0*[1-9]\d{0,2}"
    r"(?![\d/.,%])|(?<![\d/.,])0*[1-9]\d{0,2} (?:nguoi |ng |gv |nv |cb |vien chuc )?"
    r"(?:khong|chua|k|ko|kg) hoan thanh (?:nhiem vu|nv)\b"
)


#: levels of duty above "hoàn thành nhiệm vụ": each includes it
_ABOVE_DONE = (("tot",), ("xuat", "sac"))


def _duty_done(toks: list[str]) -> list[str]:
    """ "tất cả đều hoàn thành xuất sắc nhiệm vụ" also says "… hoàn thành nhiệm vụ": a level
    above the one a rule needs meets it (the level's words dropped). Only for what is had: "không
    hoàn thành tốt nhiệm vụ" does not deny "hoàn thành nhiệm vụ"."""
    out: list[str] = []
    toks = _duty_spelled(toks)
    i = 0
    while i < len(toks):
        if i >= 2 and toks[i - 2 : i] == ["hoan", "thanh"]:
            for level in _ABOVE_DONE:
                after = toks[i + len(level) : i + len(level) + 2]
                if tuple(toks[i : i + len(level)]) == level and after == ["nhiem", "vu"]:
                    i += len(level)
                    break
        out.append(toks[i])
        i += 1
    return out


#: task h408: a rating's count as a record writes it, either way round ("HTXSNV 10 | HTTNV 28 |
#: HTNV 4", "10 HTXSNV, 28 HTTNV")
_RATED = re.compile(
    r"\b(?:htxsnv|httnv|htnv)\s*:?\s*(\d{1,3})(?![\d/.,%])|(?<![\d/.,])(\d{1,3})\s*(?:htxsnv|httnv|htnv)\b"
)


def _ratings_cover(text: str, whole: int | None) -> bool:
    """The counts of the ratings at "hoàn thành nhiệm vụ" or above told add up to the whole
    ("tổng 42 người / HTXSNV 10 | HTTNV 28 | HTNV 4"): every member did the duty, the "100 % cá
    nhân hoàn thành nhiệm vụ" of Luật 2022 Điều 27 (task h408)."""
    if not whole:
        return False
    counts = [int(m.group(1) or m.group(2)) for m in _RATED.finditer(text)]
    return len(counts) >= 2 and sum(counts) == whole


#: task h417: "2 người còn lại chỉ hoàn thành nhiệm vụ", "5 người còn lại HTNV": the members
#: without the title told with their rating, at "hoàn thành nhiệm vụ" or above
_REST_RATED = re.compile(
    r"(?<![\d/.,])(\d{1,3})\s*(?:nguoi|ng|gv|giao vien|co|cb|can bo|nhan vien|nv|vien chuc)?\s*"
    r"(?:con lai\s*)?(?:deu\s*)?(?:chi\s*)?(?:dat\s*|xep loai\s*|danh gia\s*)?(?:muc\s*)?"
    r"(?:htnv|hoan thanh nhiem vu|httnv|hoan thanh tot nhiem vu)\b"
)


def _rest_rated(text: str, holders: int | None, whole: int | None) -> bool:
    """The title's holders and the rest told with a rating of "hoàn thành nhiệm vụ" or above
    add up to the whole ("32 người, 30 đạt LĐTT, 2 người còn lại chỉ hoàn thành nhiệm vụ"):
    every member did the duty (LĐTT itself needs hoàn thành tốt nhiệm vụ, Luật 2022 Điều 24),
    the "100 % cá nhân hoàn thành nhiệm vụ" of Điều 27 (task h417)."""
    if not holders or not whole:
        return False
    rest = [int(m.group(1)) for m in _REST_RATED.finditer(text)]
    return any(holders + n == whole for n in rest)


#: the phone forms of a duty rating (Luật 2022 Điều 24, 27, 28 name them in full)
_RATINGS = {
    "htnv": ["hoan", "thanh", "nhiem", "vu"],
    "httnv": ["hoan", "thanh", "tot", "nhiem", "vu"],
    "htxsnv": ["hoan", "thanh", "xuat", "sac", "nhiem", "vu"],
}


def _duty_spelled(toks: list[str]) -> list[str]:
    """ "cả 10 hoàn thành nv", "tập thể hoàn thành tốt nv": the phone form of "nhiệm vụ" after
    "hoàn thành" (and its level) spelled out; elsewhere "nv" counts nhân viên (task h239)."""
    out: list[str] = []
    for i, tok in enumerate(toks):
        before = toks[max(0, i - 4) : i]
        if tok == "nv" and "thanh" in before and "hoan" in before:
            out += ["nhiem", "vu"]
        elif tok in _RATINGS:
            # "cả 20 HTNV": the rating typed short (task h408)
            out += _RATINGS[tok]
        else:
            out.append(tok)
    return out


#: a cap figure put to a local unit's practice: "xã vẫn áp 15 %", "đơn vị còn giữ tỷ lệ 15%
#: không". Without a figure, "xã có bị khống chế tỷ lệ không" asks whether the asker's own unit
#: is capped, which its province decides (the lead's reading of domain.md §1.2 item 6, task
#: h263; it reverses h126's "asks whether any cap binds"): see _UNIT_CAP_ASKED
#: task f194b (b194 F2): or set by the asker's own unit ("xã e quy định số LĐTT không quá 70 %
#: biên chế", "trường e tự đặt …"): its own rule, which its province's quy chế may allow or set
_CAP_APPLIED_LOCALLY = re.compile(
    rf"\b(?:{COMMUNE}|tinh|don vi|co quan|truong)\b(?: \w+){{0,3}}? "
    r"(?:ap|ap dung|giu|con dung|van dung|(?<!theo )quy dinh|tu quy dinh|tu dat|dat ra)\b"
)


def cap_left_to_province(pair: Pair, verdict: str | None, question: str) -> bool:
    """A ratio cap asked of a local unit's practice ("năm nay xã vẫn áp 15 % đúng k"), not
    of the law or the whole country: the cap fact's "Không" answers the national rule, while
    a province's quy chế may still set one (domain.md: "provinces may keep a cap")."""
    if pair.attr != "cap" or verdict != "Không":
        return False
    said = folded_words(question)
    if LAW_ITSELF.search(said) or _NATIONAL_RULE.search(said):
        return False
    if cap_size_asked(pair, question):
        # task f194b (b194 F2): "về CSTĐCS bây giờ giới hạn bao nhiêu %": how large the cap is,
        # asked bare; no law sets one (NĐ 91/2017's 15 % is repealed), the province's quy chế
        # may (NĐ 152/2025 Điều 6 khoản 2 điểm c): the settled "Tùy" (domain.md 1.2 item 6)
        return True
    if _MUST_KEEP.search(said) is not None:
        # "nghe nói CSTĐCS bị khống chế 15 %, trường tui phải theo đúng k": whether the
        # asker's unit must keep to a cap, no province's cap told (that one binds, see
        # province_cap_binds): the province's quy chế decides (task h318)
        return True
    if pair.entity in _TITLE_CAPS and _UNIT_ONLY_ALLOWED.search(said) is not None:
        # "trường TH e chỉ được đề nghị CSTĐCS tối đa 15 % phải k", "chủ tịch xã bảo trạm y tế
        # năm nay chỉ được 1 suất CSTĐCS": a limit told as applied to a unit, with no law
        # named, is that unit's practice, which its province's quy chế decides (task h339)
        return True
    if _unit_cap_asked(_ASKER_AT.sub(" ", said)) and not re.search(
        r"\d", _cap_asked_clause(question)
    ):
        # "HTX e có bị giới hạn số CSTĐCS k, nghe nói phải dưới 15 %", "trung tâm 12 người
        # đề nghị cả 12 LĐTT được k, có bị giới hạn không": the unit's cap asked in a clause
        # with no figure; a figure told elsewhere is an example or hearsay, not the ask
        # (task h318). A figure in the asking clause itself ("trường mình 40 gv, CSTĐCS có
        # bị giới hạn 15 % không") stays the national answer's (b24)
        return True
    if pair.entity in _TITLE_CAPS and own_max_asked(question):
        # "cơ quan e 30 người thì dc tối đa bao nhiêu LĐTT": the asker's own unit's maximum
        # is its province's quy chế's to set (task h401; NĐ 152/2025 Điều 6 khoản 2)
        return True
    if _OWN_UNIT_CAP_ASKED.search(_cap_asked_clause(question)):
        # "CSTĐCS xã mình có bị giới hạn 15 % số LĐTT không", "tỷ lệ CSTĐCS trong trường có bị
        # khống chế 15 % không": the cap asked of the asker's own unit, a figure or not, with
        # no law named; the province's quy chế decides it (the lead's settled rule, stop 40;
        # task h360)
        return True
    if _CUT_ASKED.search(said) is not None:
        # "xã e đề nghị 9 CSTĐCS, nghe nói không được quá 15 %, vậy phải cắt bớt đúng k": whether
        # the asker's own list must be cut is the unit's practice; no national cap binds it and
        # its province's quy chế may set one (NĐ 152/2025 Điều 6 khoản 2 điểm c) (task h420)
        return True
    if _CAP_DENIED.search(said) is not None:
        # "LĐTT k bị giới hạn tỉ lệ nào, đúng k", "có phải CSTĐCS k bị giới hạn tỉ lệ nào k":
        # the denial of a cap is judged as the cap asked is, no law named: the province's quy
        # chế may set one (NĐ 152/2025 Điều 6 khoản 2 điểm c; task f180a, b180); a share told
        # beside it ("trường e định đề nghị 40 %") is the unit's plan, not a cap claimed
        return True
    if _BARE_CAP_ASKED.search(_bare_cap_clause(question)):
        # "CSTĐCS có giới hạn tỷ lệ % so với LĐTT k", "CSTĐCS năm nay có bị khống chế tối đa bao
        # nhiêu người k": a bare "is there a cap", no figure, no law and no line put up; the
        # settled policy's "Tùy": no national cap (NĐ 91/2017's 15 % is repealed), the province's
        # quy chế may set one (NĐ 152/2025 Điều 6 khoản 2 điểm c) (task h476, b176 B)
        return True
    if pair.entity in _TITLE_CAPS and _PER_PART_CAP.search(said) is not None:
        # "trường e quy định mỗi tổ chỉ được 1 CSTĐCS", "phòng bảo mỗi bộ phận tối đa 80 %",
        # "hiệu trưởng bảo mỗi khối chỉ được 1 người LĐTT": a limit laid on each part of a
        # unit, no law named, is that unit's rule within its province's quy chế; no national
        # cap (Luật 2022 Điều 23, 24; NĐ 91/2017's 15 % repealed), the province may set one
        # (NĐ 152/2025 Điều 6 khoản 2 điểm c) (task f197, b197)
        return True
    if _OVER_ALLOWED_ASKED.search(said) and not re.search(r"\d\s*%", question):
        # "xã e 25 LĐTT, đề nghị 6 CSTĐCS thì có vượt tỷ lệ cho phép k": the asker's own list
        # weighed against an allowed share, none claimed; no national cap (NĐ 91/2017's 15 %
        # repealed), the province's quy chế may set one (NĐ 152/2025 Điều 6 khoản 2 điểm c;
        # task f186)
        return True
    if not re.search(r"\d\s*%", question):
        # a figure told beside the counts ("15 %") is left to the national answer: the
        # tuning keys read "tối đa 15 % … đúng k" as asked of the law (b28, b71)
        return _unit_counts_told(said) and _CAPPED_ASKED.search(said) is not None
    return (
        _CAP_APPLIED_LOCALLY.search(said) is not None or _PROVINCE_CAP_SET.search(said) is not None
    )


#: how large a cap is asked with a verb of limiting: "giới hạn bao nhiêu %", "khống chế mấy
#: phần trăm" (not money or days); "tỷ lệ tối đa là bao nhiêu" asks the national figure, which
#: keeps no verdict (test_h432_claims)
_CAP_SIZE_ASKED = re.compile(
    r"\b(?:gioi han|khong che|tran)(?: \w+){0,3}? (?:bao nhieu|bn|may)\b"
    r"(?! (?:tien|ngay|thang|nam|lan)\b)"
)


#: the asker's list asked to go over an allowed share: "có vượt tỷ lệ cho phép k" (task f186)
_OVER_ALLOWED_ASKED = re.compile(
    r"\bco (?:bi )?vuot (?:qua )?(?:ty le|ti le|so luong|chi tieu)(?: (?:cho phep|quy dinh))? "
    r"(?:khong|ko|k|kg|hong)\b"
)
#: a cap denied: "không bị giới hạn / khống chế tỉ lệ (nào)" (task f180a)
_CAP_DENIED = re.compile(
    r"\b(?:khong|k|ko|kg) bi (?:gioi han|khong che) (?:ti le|ty le|so luong)\b"
)
#: the asker's own list asked to be cut down for a cap: "vậy phải cắt bớt đúng k", "phải bớt lại
#: mấy người" (task h420)
_CUT_ASKED = re.compile(
    r"\b(?:phai|co phai|bat buoc|buoc|dinh|du dinh|tinh|muon) (?:\w+ ){0,2}?"
    r"(?:cat bot|bot lai|bot di|giam bot|cat giam"
    r"|bo bot|rut bot)\b"
)


#: the province told setting a cap ("tỉnh đặt trần 15 %", "tỉnh em tự quy định … 20 %"):
#: whether the asker's province does is its quy chế's. The act follows "tỉnh" closely, with no
#: "có", "bị" or title between, so an asker's unit told before a cap asked ("em ở tỉnh, CSTĐCS
#: có giới hạn 15 % không") is no cap set
_PROVINCE_CAP_SET = re.compile(
    r"\b(?<!thi dua )(?<!cstd )(?<!cap )(?<!khen )tinh (?:(?!co |bi |cstdcs |ldtt )\w+ ){0,2}"
    r"(?:dat tran|dat ty le|dat ti le|quy dinh|khong che|gioi han)\b"
)


#: the asker's unit told with its own counts: "trạm y tế có 2 người xin CSTĐCS mà chỉ có 6
#: LĐTT", "trong trường … năm nay e có 12 LĐTT mà 3 cô xin": the cap is asked of that unit,
#: which its province's quy chế decides (h263's rule, extended by task h284)
_COUNTS = re.compile(
    # the unit's name straight before its head-count too: "trung tâm 12 người", "cơ quan xã
    # 30 người", "HTX 25 xã viên" (task h318)
    r"\b(?:co|chi co|duoc|dc|xa|phuong|truong|tram|trung tam|htx|hop tac xa|cty|cong ty|ban)"
    r" \d+ (?:ldtt|lao dong tien tien|nguoi|co|thay|gv|giao vien|nhan vien|can bo|cb|cstdcs"
    r"|chien si|ca nhan|dong chi|ng|xa vien|cong nhan|lao dong)\b"
)


def _unit_counts_told(said: str) -> bool:
    """A unit is named and its people counted (see ``_COUNTS``)."""
    return _COUNTS.search(said) is not None and _UNIT_NAMED.search(said) is not None


#: a rule of the whole State named without the word "luật": "NĐ 91", "quy định chung",
#: "thông tư", "nhà nước": asked of it, the national answer ("Không") stands (task h263)
_NATIONAL_RULE = re.compile(r"\b(?:nd|thong tu|quy dinh chung|nha nuoc)\b")
#: a unit where the titles are given, the asker's or one named ("xã", "trường", "trạm y tế",
#: "trung tâm dịch vụ xã", "HTX"); "đơn vị", "cơ quan" alone are the ratio's base ("số người
#: trong cơ quan"), "mỗi xã", "các xã" any unit, and "tỉnh" is the one that may set the cap
_UNIT = (
    rf"(?<!moi )(?<!cac )(?:{COMMUNE}|truong|tram|trung tam|htx|hop tac xa|cong ty|cty"
    r"|doanh nghiep|thon|to dan pho|benh vien)"
)
#: the units a limit may be told applied to: those above, and "đơn vị / cơ quan / phòng em chỉ
#: được 1 suất" (h354; not "phong trào")
_OWN_UNIT = _UNIT[:-1] + r"|don vi|co quan|phong(?! trao))"
#: a cap asked of such a unit: "xã có bị khống chế tỷ lệ CSTĐCS không", "số LĐTT ở xã có bị
#: giới hạn không"; "xã có được quy định tỷ lệ không" asks a power instead (no "bị")
#: task h475 (b175 H): "xã có phải khống chế số lượng LĐTT mỗi năm k": whether the unit must
#: cap is the same cap asked of it (bare, no law named: "Tùy" the province's quy chế)
_UNIT_CAP_ASKED = re.compile(
    rf"\b{_UNIT}\b(?: \w+){{0,10}}? (?:co )?(?:bi|phai) (?:\w+ ){{0,2}}?"
    r"(?:gioi han|khong che|han che)\b"
)


_UNIT_NAMED = re.compile(rf"\b{_UNIT}\b")
#: the unit asked about is the asker's own ("xã mình", "trường e") or where the titles are given
#: ("ở xã", "trong trường"), in the clause asking whether a cap binds (task h360)
_OWN_UNIT_CAP_ASKED = re.compile(
    rf"(?:\b{_UNIT}(?: y te| mam non| tieu hoc| thcs| thpt)? (?:minh|em|e|toi|tui|chung toi)"
    rf"|\b(?:o|trong|tai) {_UNIT})\b"
    r"(?: \w+){0,10}? (?:co )?bi (?:\w+ ){0,2}?(?:gioi han|khong che|han che)\b"
)
#: the titles and forms whose number the law does not cap (their "cap" fact, or the generic one,
#: says so): giấy khen among them (Luật 2022 Điều 75; task f197), a limit on them being the
#: province's or the unit's rule; not the fund's share of the budget, which NĐ 152/2025 Điều 46
#: caps itself
_TITLE_CAPS = frozenset(
    {"*", "ldtt", "cstdcs", "giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the", "giay_khen_ho"}
)
#: task f197: a limit laid on each part of a unit ("mỗi tổ chỉ được 1", "mỗi bộ phận tối đa
#: 80 %", "mỗi thôn chỉ được đề nghị tối đa 2"): the parts a school, a commune or an office is
#: cut into, then "chỉ được" or a maximum; "mỗi người", "mỗi lần" are no part
_PER_PART_CAP = re.compile(
    r"\bmoi (?:to|khoi|bo phan|phong|khoa|lop|doi|nhom|thon|ap|ban|chi nhanh|to dan pho)\b"
    r"(?: \w+){0,3}? (?:chi (?:duoc|dc)|toi da|khong qua|ko qua|k qua)\b"
)
#: a limit told as applied to a unit where the titles are given: the unit, then within its own
#: words "chỉ được", then a maximum or a count ("trường TH e chỉ được đề nghị CSTĐCS tối đa 15 %",
#: "HTX e 40 lao động, có phải chỉ được bình tối đa 15 %", "trạm y tế năm nay chỉ được 1 suất")
_UNIT_ONLY_ALLOWED = re.compile(
    rf"\b{_OWN_UNIT}\b(?: \w+){{0,6}}? chi (?:duoc|dc) (?:\w+ ){{0,4}}?(?:toi da|\d+ suat)\b"
)
#: "… có bị giới hạn tỷ lệ không", anywhere once the unit's counts are told
_CAPPED_ASKED = re.compile(r"\bbi (?:\w+ ){0,2}?(?:gioi han|khong che|han che)\b")


#: task h476: a bare cap asked ("có (bị) giới hạn / khống chế … k", "có trần k"), the clause
#: ending on its "không"; "… đúng k", "… phải k" put a line up instead
_BARE_CAP_ASKED = re.compile(
    r"\bco (?:bi |con )?(?:\w+ ){0,1}?(?:gioi han|khong che|han che|tran)\b(?: \w+){0,8}? "
    r"(?<!\bdung )(?<!\bphai )(?:khong|ko|k|kg|hong|hok)(?: (?:a|ad|ha|nhi|z|v|ak|ac))*$"
)


def _bare_cap_clause(question: str) -> str:
    """The clause (folded) that asks whether a cap binds, or "" when a figure is told in it, or
    anywhere a law or a line reported is named (a cap told, not asked bare)."""
    said = folded_words(question)
    # "nói" reports a line, "nội vụ" is the asker's post (task f186)
    if re.search(r"\bnghe\b|\bnoi\b(?! vu)|\bbao\b(?! nhieu| gio| lau)", said):
        return ""
    for clause in _CLAUSES.split(question):
        # task f187 (b187 B): "trong 1 cơ quan xã" tells no figure: "1" is the article ("một")
        # before the unit, not a cap told
        words = " ".join(_ONE_UNIT.sub(" ", folded_words(clause)).split())
        if _BARE_CAP_ASKED.search(words):
            return "" if re.search(r"\d", words) else words
    return ""


#: "trong 1 cơ quan", "ở 1 trường", "mỗi 1 đơn vị": the "1" of "một" before a unit, no figure
_ONE_UNIT = re.compile(rf"\b(?:trong|o|moi|tai|cua) 1 (?={_UNIT}\b|don vi\b|co quan\b)")


def _cap_asked_clause(question: str) -> str:
    """The clause (folded) that asks whether a cap binds ("… có bị giới hạn … k"), or the
    whole question (folded) when no clause does."""
    for clause in _CLAUSES.split(question):
        words = folded_words(clause)
        if _CAPPED_ASKED.search(words):
            return words
    return folded_words(question)


_CLAUSES = re.compile(r"[,;.?!\n]")
#: where the asker lives or works, told as who asks ("mình ở thôn 5, LĐTT có bị khống chế tỷ lệ
#: không"): no unit whose titles are asked
_ASKER_AT = re.compile(
    r"\b(?:minh|em|e|toi|tui) (?:o|song o|lam o|cong tac o) "
    r"(?:xa|phuong|thon|to dan pho|ap|khom|xom)\b(?: \d+)?"
)


#: task h401: the asker's own unit's maximum asked: "cơ quan e 30 người thì dc tối đa bao
#: nhiêu LĐTT", "trường mình được bình tối đa mấy CSTĐCS", "xã e tối đa dc bn LĐTT"
_OWN_MAX_ASKED = re.compile(
    rf"\b{_OWN_UNIT}(?: y te| mam non| tieu hoc| thcs| thpt)? (?:minh|em|e|toi|tui|chung toi)\b"
    r"(?: \w+){0,8}? (?:(?:duoc|dc) (?:\w+ ){0,2}?toi da|toi da (?:\w+ ){0,2}?(?:duoc|dc)|toi da)"
    r" (?:\w+ )?(?:bao nhieu|bn|may)\b"
    # task h432 (b168): the maximum asked first, the own unit after it: "tỷ lệ CSTĐCS tối đa ở
    # xã em là bao nhiêu phần trăm số LĐTT ạ"
    rf"|\btoi da (?:o |cua |tai |trong )?{_OWN_UNIT}(?: y te| mam non| tieu hoc| thcs| thpt)?"
    r" (?:minh|em|e|toi|tui|chung toi)\b(?: \w+){0,3}? (?:bao nhieu|bn|may)\b"
    # task h422: the asker's own unit setting its own cap, asked whether it may ("xã e quy định
    # số người đạt LĐTT k quá 80 % …, vậy có đc giới hạn như vậy k", "xã e tự đặt trần CSTĐCS
    # tối đa 10 %, vậy có đc k"): its province's quy chế decides (NĐ 152/2025 Điều 6 khoản 2
    # điểm c), no national rule either way
    rf"|\b{_OWN_UNIT} (?:minh|em|e|toi|tui|chung toi)(?: \w+){{0,2}}? (?:tu )?"
    r"(?:quy dinh|dat|dat ra|de ra|ap)(?: \w+){0,10}? "
    r"(?:gioi han|khong qua|ko qua|k qua|toi da|tran|khong che)\b"
    r"(?=.*\bco (?:duoc|dc)(?: \w+){0,4}? (?:khong|ko|k|kg)\b)"
)


def cap_size_asked(pair: Pair, question: str) -> bool:
    """How large a title's cap is asked bare ("về CSTĐCS bây giờ giới hạn bao nhiêu %"), no law
    or national rule named: answered as the own unit's maximum is, "Tùy" (task f194b). A
    title's only: the fund's share has its ceiling in the decree ("quỹ … k giới hạn, muốn trích
    bn cũng dc": NĐ 152/2025 Điều 46 khoản 3, test_h276)."""
    said = folded_words(question)
    return (
        pair.entity in _TITLE_CAPS
        and _CAP_SIZE_ASKED.search(said) is not None
        and LAW_ITSELF.search(said) is None
        and _NATIONAL_RULE.search(said) is None
    )


def own_max_asked(question: str) -> bool:
    """The most titles the asker's own unit may have is asked ("cơ quan e 30 người thì dc tối
    đa bao nhiêu LĐTT"): no national cap binds it, its province's quy chế may (task h401)."""
    return _OWN_MAX_ASKED.search(folded_words(question)) is not None


def _unit_cap_asked(said: str) -> bool:
    """ "trung tâm dịch vụ xã xét CSTĐCS có bị giới hạn tỷ lệ không": whether a unit's own
    titles are capped, with no figure and no law named. No national cap binds it (Luật 2022
    Điều 23; NĐ 91/2017's 15 % repealed) but its province's quy chế may: "Tùy" (task h263)."""
    return _UNIT_CAP_ASKED.search(said) is not None


#: the province's own cap told ("tỉnh em có quy chế giới hạn CSTĐCS không quá 20 %", "quy chế
#: của tỉnh khống chế tỷ lệ 15 %"): the province, then its quy chế or rule, then a cap word
_CAP_WORDS = r"(?:gioi han|khong qua|ko qua|k qua|toi da|khong che|ty le|ti le|chi tieu)\b"
_PROVINCE_CAP_TOLD = re.compile(
    r"\btinh\b(?: \w+){0,4}? (?:quy che|quy dinh|ban hanh)\b(?: \w+){0,6}? "
    + _CAP_WORDS
    + r"|\bquy (?:che|dinh) (?:cua )?tinh\b(?: \w+){0,6}? "
    + _CAP_WORDS
)
#: the commune or unit asking whether it must keep to it ("xã có phải theo 20 % đó không")
_MUST_KEEP = re.compile(
    # any unit where titles are given (task h318: "HTX", "trạm", "trung tâm" too)
    rf"\b(?:{_UNIT}|don vi|co quan)\b(?: \w+){{0,5}}? "
    r"(?:phai|bat buoc|co buoc) (?:theo|lam theo|ap dung|thuc hien|tuan thu|chap hanh)\b"
)


def province_cap_binds(pair: Pair, question: str) -> bool:
    """ "tỉnh em có quy chế giới hạn CSTĐCS không quá 20 % số LĐTT, vậy xã có phải theo
    không": no cap binds by law, but the asker tells the province's own quy chế sets one and
    asks whether the commune must keep to it: the province's quy chế binds the units it
    governs (Luật 2022 Điều 23 leaves the ratio to it; NĐ 152/2025 Điều 6 khoản 2)."""
    if pair.attr != "cap" or not pair.yesno:
        return False
    said = folded_words(question)
    return _PROVINCE_CAP_TOLD.search(said) is not None and _MUST_KEEP.search(said) is not None


#: the province named as the one that sets a cap: "tỉnh đặt trần 15 %", "UBND tỉnh có quyền
#: khống chế tỷ lệ", "quy chế của tỉnh giới hạn CSTĐCS"; what stands between the two (at most
#: four words: "có quyền", "có được tự", "được phép") is read as the ask
_PROVINCE_SETS_CAP = re.compile(
    # "CSTĐ tỉnh", "cấp tỉnh", "Bằng khen tỉnh" name a title or a level's award, no actor
    r"\b(?<!thi dua )(?<!cstd )(?<!cap )(?<!khen )"
    r"(?:quy (?:che|dinh) (?:tdkt |thi dua khen thuong )?(?:cua )?)?tinh\b"
    r"(?P<between>(?: \w+){0,4}?) (?:tu )?"
    # "đặt" folds like "đạt" (to reach): only "đặt trần / tỷ lệ / mức / ra" is setting a cap
    r"(?:dat (?:tran|ty le|ti le|muc|ra|gioi han)|quy dinh|khong che|gioi han|han che)\b"
)
#: a power asked between the province and its act ("có quyền", "có thẩm quyền", "được phép")
#: or closing the line ("… được không", "… dc k")
_POWER_BETWEEN = re.compile(r"\b(?:quyen|duoc|dc|phep|co the)\b")
_POWER_CLOSING = re.compile(r"\b(?:duoc|dc|duoc phep|dc phep) (?:khong|ko|k|kg|chu|a|ha|hok)$")
#: the act asked to break a rule ("có trái luật k", "như vậy có sai quy định không", "có vi
#: phạm gì không") or to keep to it ("có đúng luật không", "có hợp pháp không")
_BREACH_ASKED = re.compile(
    r"\bco (?:bi )?(?:sao|van de gi|(?:trai|sai|vi pham)(?: (?:luat|phap luat|quy dinh"
    r"|nguyen tac))?(?: gi)?) "
    r"(?:khong|ko|k|kg|hok|a|ha)\b"
)
_LAWFUL_ASKED = re.compile(
    r"\bco (?:dung|hop) (?:luat|phap|phap luat|quy dinh)(?: khong| ko| k| kg| hok)?\b"
)


#: a clause closed by its yes/no ("… có đúng k", "luật có giới hạn tỷ lệ k", "… phải không ạ")
_CLAUSE_ASKED = re.compile(r"\b(?:khong|ko|k|kg|hok)(?: (?:a|ha|ad|nhi))?$")


def _asked_before(question: str, province: str) -> bool:
    """Whether a clause before the one naming the province (``province``, folded) closes
    with its own yes/no: "luật có giới hạn tỷ lệ LĐTT k, tỉnh có được tự đặt không" asks the
    law first."""
    clauses = [folded_words(c) for c in re.split(r"[,;?.]", question)]
    at = next((i for i, c in enumerate(clauses) if province in c), None)
    return at is not None and any(_CLAUSE_ASKED.search(c) for c in clauses[:at])


#: the province named as the setter: "… là do (UBND) tỉnh quy định", "… tùy tỉnh quy định"
_SETTER_BEFORE = re.compile(
    r"\b(?:do|boi|tuy|tuy theo|thuoc quyen) (?:ubnd |uy ban nhan dan |uy ban |chu tich )?$"
)
#: … then put up for confirmation: "đúng k", "phải không ạ"
_SETTER_CONFIRMED = re.compile(
    r"^(?: \w+){0,3}? (?:dung|phai) (?:khong|ko|k|kg|hong|chu)\b(?: \w+){0,2}$"
)


def province_may_cap(pair: Pair, question: str) -> str | None:
    """The province's own power to cap a title asked: "UBND tỉnh có quyền khống chế tỷ lệ
    CSTĐCS k" ("Có"), "tỉnh đặt trần 15 % CSTĐCS có trái luật k" ("Không": it breaks none),
    "quy chế tỉnh giới hạn LĐTT có đúng luật không" ("Có"). The law sets no national cap and
    leaves one to the province (Luật 2022 Điều 23; domain.md §2.11 Caps): the fact's own "Không"
    answers whether a cap binds by law, not whether the province may set one."""
    if pair.attr != "cap" or not pair.yesno:
        return None
    said = folded_words(question)
    found = _PROVINCE_SETS_CAP.search(said)
    if found is None or _asked_before(question, found.group()):
        # "… 15 % theo luật, có đúng k, và tỉnh có được đặt tỷ lệ riêng k": the first yes/no
        # asks the law, which the fact's "Không" answers; its text says the province may
        return None
    rest = said[found.end() :]
    if _SETTER_BEFORE.search(said[: found.start()]) and _SETTER_CONFIRMED.match(rest):
        # "tỷ lệ CSTĐCS tối đa bao nhiêu % là do tỉnh quy định đúng k": the province named as
        # the one that sets it, which the law leaves to it (task h401)
        return "Có"
    if _BREACH_ASKED.search(rest):
        return "Không"
    if _LAWFUL_ASKED.search(rest):
        return "Có"
    if _POWER_BETWEEN.search(found.group("between")) or _POWER_CLOSING.search(rest):
        return "Có"
    return None


#: collective titles whose share of LĐTT holders is a minimum set by the law itself (Luật 2022
#: Điều 27: TTLĐXS ít nhất 70 %; Điều 28: TTLĐTT trên 50 %), with no exception by size
_MINIMUM_SHARE_TITLES = frozenset({"ttldtt", "ttldxs"})
#: an exemption from that share claimed: "được miễn tỷ lệ", "không cần đủ tỷ lệ", "khỏi tính tỷ lệ"
#: ("miền" folds like "miễn": "trường miền núi tỷ lệ …" names no exemption, so a bare "miễn"
#: must stand right before the share)
_EXEMPTION = re.compile(
    r"\b(?:(?:duoc|dc) mien (?:\w+ ){0,2}?|mien |khong can (?:du |dat )?|khoi (?:tinh )?"
    r"|khong (?:ap dung|tinh) )(?:ty|ti) le\b"
)


def exemption_claimed(pair: Pair, question: str) -> bool:
    """ "trạm y tế nhỏ chỉ 6 người thì được miễn tỷ lệ LĐTT khi xét TTLĐTT đúng k": a unit
    claimed exempt from a collective title's minimum share. The law sets the share for every
    collective, small or large (Luật 2022 Điều 27, 28): the claim is wrong, "Không" (task h339)."""
    if pair.entity not in _MINIMUM_SHARE_TITLES or pair.attr not in ("cap", "criteria"):
        return False
    said = folded_words(question)
    return ("mien" in said or "khong" in said or "khoi" in said) and _EXEMPTION.search(
        said
    ) is not None


#: the province's own share told as its rule: "tỉnh e quy định CSTĐCS k quá 15% số LĐTT", "quy
#: chế tỉnh e cho CSTĐCS tối đa 20% số LĐTT" (task h421)
_PROVINCE_SHARE_TOLD = re.compile(
    r"\b(?:tinh|quy che)\b(?: \w+){0,6}? (?P<title>cstdcs|chien si thi dua co so)\b(?: \w+){0,3}? "
    r"(?:khong qua|k qua|ko qua|toi da|khong vuot qua|duoi|chi) (?P<pct>\d+(?:[.,]\d+)?) ?% "
    r"(?:tren )?(?:tong )?(?:so )?(?:nguoi )?(?:dat )?(?:ldtt|lao dong tien tien)\b"
)
#: the unit's count of LĐTT holders told after it: "xã e có 40 người đạt LĐTT", "25 người LĐTT"
_HOLDERS_COUNT = re.compile(
    r"\b(?P<n>\d+) (?:nguoi|ca nhan|can bo|gv|giao vien|cbcc)? ?(?:dat |duoc |dc |co )?"
    r"(?:danh hieu )?(?:ldtt|lao dong tien tien)\b"
)
#: how many asked: "tối đa bn người", "được đề nghị bao nhiêu", "mấy người"
_HOW_MANY = re.compile(r"\b(?:bao nhieu|bn|may) (?:nguoi|suat|cstdcs|ca nhan)?\b")


def province_share_applied(question: str) -> str | None:
    """The province's share told as fact and the unit's LĐTT holders counted, how many asked:
    the share applied to the count, rounded down so it is not exceeded ("15 % × 40 = 6
    người"). The Law sets no national ratio (the 15 % of NĐ 91/2017 is repealed); a ratio set
    in the province's quy chế binds its units (NĐ 152/2025 Điều 6 khoản 2 điểm c; task h421)."""
    said = folded_words(question, "%")
    told = _PROVINCE_SHARE_TOLD.search(said)
    if told is None or _HOW_MANY.search(said[told.end() :]) is None:
        return None
    count = _HOLDERS_COUNT.search(said, told.end())
    if count is None:
        return None
    pct = float(told.group("pct").replace(",", "."))
    holders = int(count.group("n"))
    exact = pct * holders / 100
    most = int(exact + 1e-9)
    shown = told.group("pct").replace(".", ",")
    return (
        f"Theo quy chế của tỉnh anh/chị nêu (Chiến sĩ thi đua cơ sở không quá {shown} % số Lao"
        f" động tiên tiến): {shown} % × {holders} = {most} người"
        + (" (làm tròn xuống để không vượt tỷ lệ)" if exact != most else "")
        + " được đề nghị tối đa; mỗi người vẫn phải đạt tiêu chuẩn."
    )
