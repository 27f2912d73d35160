"""The figures a claim puts next to one title, when it names several.

"TTLĐXS cho tập thể hệ số 1,5 còn CSTĐ tỉnh cho cá nhân hệ số 3,0 đúng k" claims 1,5 of the
first title and 3,0 of the second; "LĐTT 0,3 và CSTĐCS 1,0 lần lương cơ sở đúng k" says "lần
lương cơ sở" once for both. Each title's block judges only the figures written after its own name
and before another title's; a title named with no figure of its own ("… cũng nhận 760.000 như
giáo viên được giấy khen cá nhân") is the yardstick, and its block judges nothing (task h255).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.core.text import fold
from bot.knowledge.facts.model import FactModel

__all__ = ["named_before", "named_titles", "own_figures_clause", "without_row_totals"]

#: a multiple of the base said once for the titles listed before it ("0,3 và 1,0 lần lương cơ sở")
_SHARED_UNIT = re.compile(r"\b(?:lan (?:muc )?(?:luong|lcs)|he so)\b")
#: one figure said of every title named ("đều", "mỗi loại", "cả hai", "như nhau")
_EACH = re.compile(r"\b(?:deu|moi loai|moi cai|ca hai|ca 2|nhu nhau|bang nhau|giong nhau)\b")
#: "như", "bằng", "giống" a few words before a title: the title is what another is likened to
_LIKENED = re.compile(r"\b(?:nhu|bang|giong)\b(?: \w+){0,3} ?$")
#: a bare decimal with no word of its own after it ("LĐTT 0,3 và …")
_BARE = re.compile(
    # a comma after the figure ends its clause ("giấy khen cá nhân 0,3, tập thể 0,6 lần"), task h264
    r"(?<![\d.,\w])(\d[.,]\d{1,2})(?!\d|[.,]\d)(?! ?(?:lan|trieu|tr|nghin|ngan|k|%|phan tram)\b)"
)


@lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ordered) + r")\b")


def _mentions(folded: str, model: FactModel, entities: Iterable[str]) -> list[tuple[int, str]]:
    """Where each title is named, longest naming first, a naming inside a longer one dropped
    ("lao động tiên tiến" inside "tập thể lao động tiên tiến")."""
    spans: list[tuple[int, int, str]] = []
    for entity in entities:
        names = tuple(" ".join(n) for n in model.names_of("entity", entity))
        if names:
            spans += [(m.start(), m.end(), entity) for m in _names_pattern(names).finditer(folded)]
    spans.sort(key=lambda s: (s[0], s[0] - s[1]))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return [(start, entity) for start, _, entity in kept]


#: task h405: a recipient named bare beside figures ("giấy khen cá nhân 0,3, tập thể 0,6 lần
#: lương cơ sở") names the giấy khen of that recipient when the message asks of it
_RECIPIENT_WORDS = {"ca nhan": "_ca_nhan", "tap the": "_tap_the", "ho gia dinh": "_ho"}
_RECIPIENT_NAMED = re.compile(r"\b(?:ca nhan|tap the|ho gia dinh)\b")


def _recipients_named(
    folded: str, entity: str, others: list[str], mentions: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """``mentions`` with each bare recipient word ("cá nhân", "tập thể", "hộ gia đình") read as
    the naming of the same form for that recipient, when the title and its sibling for another
    recipient are both asked (NĐ 152/2025 Điều 50: one coefficient per recipient)."""
    family = next(
        (entity[: -len(sfx)] for sfx in _RECIPIENT_WORDS.values() if entity.endswith(sfx)), None
    )
    if family is None or not any(o.startswith(family) for o in others):
        return mentions
    known = {family + sfx for sfx in _RECIPIENT_WORDS.values()} & {entity, *others}
    taken = sorted(mentions)
    found = []
    for m in _RECIPIENT_NAMED.finditer(folded):
        named = family + _RECIPIENT_WORDS[m.group(0)]
        if named not in known:
            continue
        # a recipient word inside a title's own naming ("giấy khen cá nhân") starts no new one
        inside = any(
            e == named
            and start <= m.start()
            and not any(c.isdigit() for c in folded[start : m.start()])
            for start, e in taken
        )
        if not inside:
            found.append((m.start(), named))
    return sorted([*mentions, *found])


def named_titles(folded: str, model: FactModel, entities: Iterable[str]) -> list[str]:
    """The titles named in ``folded``, in order, a naming inside a longer one dropped."""
    return [entity for _, entity in _mentions(folded, model, entities)]


def own_figures_clause(
    claim: str, entity: str, model: FactModel, others: Iterable[str], whole: str = ""
) -> str:
    """The words of ``claim`` that speak of ``entity``: from each naming of it to the next
    naming of another title. The claim as it is when it names no other title beside it.
    ``whole``: the message, where a title this clause does not name may be named elsewhere."""
    folded = " ".join(fold(claim).lower().split())
    others = [o for o in dict.fromkeys(others) if o not in (entity, "*")]
    if not others:
        return claim
    # "LĐTT và CSTĐCS đều 760k", "mỗi loại 760k": one figure for each title; read only in the
    # clauses that state a figure ("…, xã tiêu biểu 2 lần lương cơ sở đúng k; năm nay mỗi cái
    # bn" asks the sums in its own clause, task h405)
    figured = " ".join(c for c in re.split(r"[;?]", folded) if any(ch.isdigit() for ch in c))
    if _EACH.search(figured):
        return claim
    mentions = _recipients_named(
        folded, entity, others, _mentions(folded, model, [entity, *others])
    )
    if all(e == entity for _, e in mentions):
        return claim
    if not any(e == entity for _, e in mentions):
        # "chi LĐTT 760.000 đúng k" asked beside "còn CSTĐCS bao nhiêu": the figures are the
        # other title's; the title asked here is named elsewhere in the message. A title read
        # from the case told ("nhà bị lũ cuốn … giấy khen hộ gia đình 0,3 lần") is named
        # nowhere: the figure is the claim about it
        named_elsewhere = any(
            e == entity
            for _, e in _mentions(" ".join(fold(whole).lower().split()), model, [entity])
        )
        if named_elsewhere and any(c.isdigit() for c in folded[mentions[0][0] :]):
            return ""
        return claim
    # "thôn văn hóa chỉ bằng giấy khen tập thể, tức là 0,6 lần": the title likened to is the
    # yardstick, its naming ends no title's words; named only so, it is claimed nothing of
    likened = {
        start for start, _ in mentions if _LIKENED.search(folded[max(start - 30, 0) : start])
    }
    if all(start in likened for start, e in mentions if e == entity):
        return ""
    mentions = [(start, e) for start, e in mentions if start not in likened]
    shared_unit = _SHARED_UNIT.search(folded) is not None
    owned = []
    for i, (start, named) in enumerate(mentions):
        if named != entity:
            continue
        end = next((s for s, e in mentions[i + 1 :] if e != entity), len(folded))
        words = folded[start:end]
        if shared_unit:
            # "LĐTT 0,3 và CSTĐCS 1,0 lần lương cơ sở": the unit said once is each figure's
            words = _BARE.sub(r"\1 lan luong co so", words)
        owned.append(words)
    if not any(c.isdigit() for w in owned for c in w) and (
        mentions[0][1] == entity
        or any(
            w.rstrip(" ,").endswith((" va", " voi", " cung", " hoac")) or w.rstrip().endswith(",")
            for w in owned
        )
    ):
        # "LĐTT và CSTĐCS 760k đúng k": titles listed share the figure after them; "nhà bị lũ
        # cuốn …, giấy khen cho hộ gia đình kèm 0,3 lần": the case told first, with no figure
        # of its own, is what the figures after it are claimed of
        return claim
    # the closing ask ("đúng k", "phải không") stays with every title's words
    tail = folded[mentions[-1][0] :] if mentions[-1][1] != entity else ""
    asked = re.search(r"\b(?:dung|phai|duoc|dc) (?:khong|ko|k|hong|chua)\b.*$", tail)
    return " ".join([*owned, asked.group(0) if asked else ""]).strip()


#: a clause's end, folded text
_CLAUSE_END = re.compile(r"[,.;?!:]\s|[;?!]")


def named_before(
    text: str, cue: re.Pattern[str], model: FactModel, entities: Iterable[str]
) -> str | None:
    """The title named last before ``cue`` inside its clause ("giấy khen tập thể chỉ bằng nửa
    giấy khen cá nhân": tập thể, what the multiple is claimed of); None when ``cue`` is not
    in ``text`` or its clause names none of ``entities`` before it (task h264)."""
    folded = " ".join(fold(text).lower().split())
    found = cue.search(folded)
    if found is None:
        return None
    start = max((m.end() for m in _CLAUSE_END.finditer(folded, 0, found.start())), default=0)
    before = [e for at, e in _mentions(folded, model, entities) if start <= at < found.start()]
    return before[-1] if before else None


#: task h435: a sum written as a table's cell ("760.000", "5.320.000")
_CELL_SUM = re.compile(r"^(\d{1,3}(?:\.\d{3}){1,3})(?: ?(?:d|dong|vnd))?$")
#: a row's leading count of recipients ("7 LĐTT", "1 giấy khen tập thể")
_ROW_COUNT = re.compile(r"^(?:\S+ )*?(\d{1,3}) \D")
#: a row that is the table's total ("tổng 7.850.000", "cộng: 3.800.000")
_TOTAL_ROW = re.compile(r"^(?:tong|tong cong|cong|tong so)\b\W*(?:so tien\W*)?\d")


def without_row_totals(text: str) -> str:
    """A prize table pasted as rows ("7 LĐTT | 760.000 | 5.320.000 / 1 CSTĐCS | 2.530.000 |
    2.530.000 / tổng 7.850.000"), read as the claims it makes: each row's unit price after its
    title ("7 LĐTT 760.000, 1 CSTĐCS 2.530.000"); a line total (count × the row's price) and the
    table's total are the asker's arithmetic, not a prize claimed of a title (Nghị định
    152/2025/NĐ-CP Điều 50 fixes the prize per person or collective). The text unchanged when
    it pastes no such row."""
    if "|" not in text:
        return _without_told_total(text)
    rows = re.split(r"(\s+/\s+|\n)", text)
    out, changed = [], False
    for row in rows:
        cells = [c.strip() for c in row.split("|")]
        folded = [" ".join(fold(c).lower().split()) for c in cells]
        if len(cells) == 1 and _TOTAL_ROW.match(folded[0]) and changed:
            # "tổng 7.850.000. đơn giá … đúng chưa": the total dropped, the question kept
            rest = re.split(r"[.;]\s+", cells[0], maxsplit=1)
            out.append(rest[1] if len(rest) == 2 else "")
            continue
        count = _ROW_COUNT.match(folded[0]) if len(cells) >= 3 else None
        sums = [
            (i, int(m.group(1).replace(".", "")))
            for i, c in enumerate(folded)
            if (m := _CELL_SUM.match(c))
        ]
        if count and len(sums) >= 2 and sums[-1][1] == int(count.group(1)) * sums[-2][1]:
            kept = [c for i, c in enumerate(cells) if i != sums[-1][0]]
            out.append(" ".join(kept) + ",")
            changed = True
            continue
        out.append(row)
    if not changed:
        return text
    return re.sub(r",\s+/\s+", ", ", "".join(out))


#: a total told after the one prize: "tổng 10.640.000", "tổng cộng là 7.100.000 đ"
_TOLD_TOTAL = re.compile(
    r",?\s*\b(?:tổng|tong)(?: (?:cộng|cong|số tiền|so tien|tiền|tien))?(?: (?:là|la))?\s*"
    r"(\d{1,3}(?:\.\d{3}){2,})\s*(?:đồng|dong|đ|d)?\b",
    re.IGNORECASE,
)
#: the one prize told ("mỗi người 760k", "760.000/người")
_ONE_PRIZE = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d{2,4})\s*(k|nghìn|nghin|ngàn|ngan)?\b")


def _without_told_total(text: str) -> str:
    """ "kế toán tính mỗi người 760k, tổng 10.640.000": the total is the prize times the count,
    the asker's arithmetic, not a second prize claimed (task f186). The text unchanged when no
    total told is a whole multiple (more than one) of a smaller sum told before it."""
    found = _TOLD_TOTAL.search(text)
    if found is None:
        return text
    total = int(found.group(1).replace(".", ""))
    prizes = []
    for one in _ONE_PRIZE.finditer(text[: found.start()]):
        value = int(one.group(1).replace(".", ""))
        prizes.append(value * 1000 if one.group(2) else value)
    if not any(10_000 <= p < total and total % p == 0 for p in prizes):
        return text
    return text[: found.start()] + text[found.end() :]
