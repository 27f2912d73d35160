"""The asker who corrects himself (issue 11, task h423): "QĐ ký 15/7/2026 … đúng k\n*15/6/2026 à,
e gõ nhầm tháng", "8 người, 4 người đạt LĐTT … *5 người ạ", "thôn văn hóa do chủ tịch xã ký đúng
k. *xã tiêu biểu chứ k phải thôn", "… đúng k. à nhầm, ý e là: … đúng k".

Read as one unit, the message gave every later reader the first value of each slot (the
decision date, the count, the title, the decider, the claim) and the verdict judged what the
asker took back. The question is rewritten once, before any reading: the corrected value
replaces the value of the same kind before the marker and the withdrawn one is gone, so the
amount by decision date, the verdict and the blocks all see the corrected message. A question
with no marker is returned as it is (a literal pre-check keeps the cost off them). The markers
and the kinds of value are data (content/facts/corrections.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.core.text import fold_chars
from bot.knowledge.facts.triggers import compiled_gated, gate_module, lowered_gate

#: a yes/no or wh- tail: a body holding one is a whole ask of its own
_ASK_TAIL = re.compile(
    r"(?:\b(?:dung|phai|dc|duoc|co|chua|sai)\s+(?:k|ko|khong|hong|chua|hem)\b"
    r"|\b(?:bn|bao\s+nhieu|ai\s+ky|ai\s+quyet\s+dinh|gom\s+gi|the\s+nao|nhu\s+the\s+nao|o\s+dau)\b"
    r"|\?|\b(?:k|ko|khong)\s*(?:a|ạ)?\s*[.?]?\s*$)"
)
_YESNO_TAIL = re.compile(
    r"\s*,?\s*\b(?:dung|phai|dc|duoc)\s+(?:k|ko|khong)\b(?:\s+(?:a|ạ|ad|ạ\s+ad|a\s+ad))?\s*[.?]?\s*$"
)
_NEGATION = re.compile(r"^(?:k|ko|khong|chua)\s+(?P<rest>\S.*)$")
#: a sentence end in a message: "?", "!", a line break, "…", or a dot not inside a number
_SENTENCE_END = re.compile(r"[?!\n]|\.{2,}|…|\.(?!\d)")
#: a clause end; a comma between digits ("0,3 lần") is a decimal mark, not a clause end
_CLAUSE_END = re.compile(r"[?!\n;]|,(?!\d)|\.{2,}|…|\.(?!\d)|\bnhung\b")
_FAMILIES = (
    ("ldtt", "cstd", "lao dong tien tien", "chien si"),
    ("ttld", "tap the lao dong"),
    ("giay khen", "bang khen", "bk", "gk"),
    ("van hoa", "tieu bieu", "gdvh"),
    ("khen",),
)


@dataclass(frozen=True)
class Corrections:
    precheck: re.Pattern[str]
    markers: tuple[tuple[str, re.Pattern[str]], ...]
    whole_ask: frozenset[str]
    filler_lead: re.Pattern[str]
    filler_tail: re.Pattern[str]
    explicit: tuple[re.Pattern[str], ...]
    slots: tuple[tuple[str, re.Pattern[str]], ...]
    reported_claim: re.Pattern[str] | None = None
    unit_heads: re.Pattern[str] | None = None
    unit_end: re.Pattern[str] | None = None
    #: what the pre-check cannot match without (s48b, see ``_may_correct``), from the pattern
    gate: tuple[tuple[str, ...], tuple[str, ...]] | None = field(
        init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "gate", lowered_gate(self.precheck))


def load_corrections(content_dir: Path) -> Corrections | None:
    path = content_dir / "facts" / "corrections.yaml"
    if not path.exists():
        return None
    d = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Corrections(
        precheck=re.compile(d["precheck"], re.IGNORECASE),
        # s46b: the patterns read with search / match / finditer are gated by their needed
        # strings (``triggers.gated``); the fillers, read with ``sub``, stay as compiled
        markers=tuple((k, compiled_gated(v)) for k, v in d["markers"].items()),
        whole_ask=frozenset(d["whole_ask"]),
        filler_lead=re.compile(d["filler_lead"]),
        filler_tail=re.compile(d["filler_tail"]),
        explicit=tuple(compiled_gated(p) for p in d["explicit"]),
        slots=tuple((k, compiled_gated(d["slots"][k])) for k in d["order"]),
        # s47b: task h475's patterns (read with match / search) are gated as the others are
        reported_claim=compiled_gated(d["reported_claim"]) if "reported_claim" in d else None,
        unit_heads=compiled_gated(d["unit_heads"]) if "unit_heads" in d else None,
        unit_end=compiled_gated(d["unit_end"]) if "unit_end" in d else None,
    )


def _folded(text: str) -> str:
    """``text`` folded character by character: positions in it are positions in ``text``."""
    return fold_chars(text)


def corrected(question: str, rules: Corrections | None) -> str:
    """``question`` with each correction applied to what it corrects (unchanged without one)."""
    if rules is None:
        return question
    lowered = question.lower()
    if not _may_correct(lowered, rules.gate) or not rules.precheck.search(lowered):
        return question
    text = unicodedata.normalize("NFC", question)
    for _ in range(3):
        new = _one(text, rules)
        if new is None or new == text:
            break
        text = new
    return text if text != unicodedata.normalize("NFC", question) else question


def _may_correct(lowered: str, gate: tuple[tuple[str, ...], tuple[str, ...]] | None) -> bool:
    """False only when the pre-check cannot match ``lowered`` (s48b): it holds none of the
    strings the pre-check needs and none of the characters that would match one of theirs
    ignoring case (``triggers.lowered_gate``). The pattern's 23 branches, most opening with a
    word boundary, ignoring case, were tried at every character: 14-23 µs a question; four in
    five questions hold none of the strings."""
    if gate is None:
        return True
    strings, extras = gate
    for string in strings:  # a plain loop: any() of a generator costs more
        if string in lowered:
            return True
    return any(char in lowered for char in extras)


def _clause_start_ok(folded: str, start: int) -> bool:
    head = folded[:start].rstrip()
    return not head or head[-1] in ".,;:!?\n*…" or head.endswith("..")


def _marker(folded: str, rules: Corrections) -> tuple[str, re.Match[str]] | None:
    best: tuple[str, re.Match[str]] | None = None
    for name, pattern in rules.markers:
        for m in pattern.finditer(folded):
            before = folded[: m.start()]
            if len(re.findall(r"[a-z0-9]+", before)) < 2:
                continue  # nothing said yet: an opening "xin lỗi", "ý em là" corrects nothing
            if name == "slip" and not _clause_start_ok(folded, m.start()):
                continue  # "QĐ ghi nhầm ngày": a slip in the record, not the asker's
            if name == "redo" and (
                not _clause_start_ok(folded, m.start())
                or re.match(r"\s*(?:cho|lam phien|ad|anh|chi)\b", folded[m.end() :])
            ):
                continue
            if name == "not_that" and not _clause_start_ok(folded, m.start()):
                continue
            if name == "meant" and not _clause_start_ok(folded, m.start()):
                continue
            if name == "ask_again" and not _clause_start_ok(folded, m.start()):
                continue
            if best is None or m.start() < best[1].start():
                best = (name, m)
            break
    return best


def _body_end(folded: str, start: int) -> int:
    m = _SENTENCE_END.search(folded, start)
    while m and not folded[start : m.start()].strip(" ,:"):
        m = _SENTENCE_END.search(folded, m.end())
    if m is None:
        return len(folded)
    return m.end() if m.group() == "?" else m.start()


def _clean(body: str, rules: Corrections) -> str:
    b = body.strip(" ,:.\n")
    for _ in range(4):
        b2 = rules.filler_lead.sub("", b)
        b2 = _ASK_AGAIN_LEAD.sub("", b2)
        b2 = rules.filler_tail.sub("", b2).strip(" ,:.")
        if b2 == b:
            break
        b = b2
    return b


_ASK_AGAIN_LEAD = re.compile(
    r"^(?:y\s+(?:(?:e|em|toi|minh)\s+)?(?:la|hoi|muon\s+hoi)|(?:thoi\s+)?hoi\s+lai(?:\s+cho\s+ro)?"
    r"|hoi(?!\s+(?:dong|vien|nong\s+dan|phu\s+nu|cuu))|(?:a\s+)?(?:k|ko|khong)\s+phai\s*,)\b\s*[,:]?\s*"
)
_STOP = frozenset(
    [
        "a",
        "e",
        "em",
        "anh",
        "chi",
        "toi",
        "la",
        "va",
        "co",
        "k",
        "ko",
        "khong",
        "thi",
        "ma",
        "cua",
        "cho",
        "o",
        "tu",
        "den",
        "da",
        "dc",
        "duoc",
        "roi",
        "nay",
        "do",
    ]
)


def _slots(text: str, rules: Corrections) -> list[tuple[str, re.Match[str]]]:
    """Every typed value in ``text``, by position (the first kind listed wins a tie)."""
    found = []
    for rank, (kind, pattern) in enumerate(rules.slots):
        for m in pattern.finditer(text):
            found.append((m.start(), rank, kind, m))
    found.sort(key=lambda x: (x[0], x[1]))
    return [(k, m) for _, _, k, m in found]


def _slot(text: str, rules: Corrections) -> tuple[str, re.Match[str]] | None:
    found = _slots(text, rules)
    return found[0] if found else None


def _slot_of(text: str, kind: str, rules: Corrections) -> re.Match[str] | None:
    return dict(rules.slots)[kind].search(text)


def _unit(value: str) -> str:
    m = re.search(r"[a-z%]+", re.sub(r"^[\d,\s]+", "", value))
    return m.group() if m else ""


def _shape(value: str) -> str:
    if re.match(r"\d", value):
        return "day"
    return "month" if value.startswith("thang") else "year"


def _family(value: str) -> int:
    for i, words in enumerate(_FAMILIES):
        if any(w in value for w in words):
            return i
    return -1


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _last_of_kind(fbefore: str, kind: str, value: str, rules: Corrections) -> re.Match[str] | None:
    found = list(dict(rules.slots)[kind].finditer(fbefore))
    if kind == "count":
        found = [m for m in found if _unit(m.group()) == _unit(value)]
    elif kind == "title":
        found = [m for m in found if _family(m.group()) == _family(value)] or found
    elif kind == "date":
        found = [m for m in found if _shape(m.group()) == _shape(value)] or found
    if any(_same(m.group(), value) for m in found):
        return None  # the value is already there: the correction refines, it replaces nothing
    return found[-1] if found else None


def _filled(new: str, old: str) -> str:
    """ "20/7" for "20/6/2026": the year the asker did not retype is the old one's."""
    year = re.search(r"/(\d{4})$", old)
    if year and re.fullmatch(r"\d{1,2}/\d{1,2}", new):
        return f"{new}/{year.group(1)}"
    if old.startswith("thang") and re.fullmatch(r"\d{1,2}/\d{4}", new):
        return f"thang {new}"  # "QĐ tháng 6/2026 *8/2026": still a month
    return new


def _sentence_start(fbefore: str) -> int:
    head = fbefore.rstrip(" ,.:;…\n*")
    last = 0
    for m in _SENTENCE_END.finditer(head):
        last = m.end()
    return last


def _sentence_end(fbefore: str, start: int) -> int:
    m = _SENTENCE_END.search(fbefore, start)
    return m.start() if m else len(fbefore.rstrip(" ,:;*\n"))


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP and len(w) > 1}


def _closest_clause(fbefore: str, fbody: str) -> tuple[int, int] | None:
    """The clause of ``fbefore`` the body restates: the one sharing most content words (at
    least two), the last of equals."""
    words = _content(fbody)
    best: tuple[int, float] = (1, 0.0)
    where = None
    start = 0
    for m in [*_CLAUSE_END.finditer(fbefore), None]:
        end = m.start() if m else len(fbefore)
        own = _content(fbefore[start:end])
        shared = len(words & own)
        score = (shared, shared / len(own) if own else 0.0)
        if shared >= 2 and score >= best:
            best, where = score, (start, end)
        if m:
            start = m.end()
    if where is None:
        return None
    s, e = where
    while s < e and fbefore[s] in " \n":
        s += 1
    return s, e


def _anchored(fbefore: str, fbody: str) -> tuple[int, int] | None:
    """ "e là chỉ huy phó … à nhầm, e là công chức …", "xã nói sẽ khen theo đợt …, à k, xã nói
    sẽ khen riêng": the correction opens with the words the withdrawn clause opened with."""
    words = fbody.split()
    if len(words) < 3:
        return None
    found = list(
        re.finditer(rf"(?<![a-z0-9]){re.escape(words[0])} {re.escape(words[1])}\b", fbefore)
    )
    if not found:
        return None
    start = found[-1].start()
    end = _CLAUSE_END.search(fbefore, found[-1].end())
    return start, end.start() if end else len(fbefore.rstrip(" ,.:;…\n*"))


def _one(text: str, rules: Corrections) -> str | None:
    folded = _folded(text)
    found = _marker(folded, rules)
    if found is None:
        return None
    name, m = found
    end = _body_end(folded, m.end())
    before, fbefore = text[: m.start()], folded[: m.start()]
    rest = text[end:]
    fbody = _clean(folded[m.end() : end], rules)
    at0 = folded.find(fbody, m.end()) if fbody else -1

    def orig(s: int, e: int) -> str:  # a span of fbody, as typed
        return text[at0 + s : at0 + e] if at0 >= 0 else fbody[s:e]

    body = orig(0, len(fbody))

    def joined(head: str) -> str:
        head = head.rstrip(" ,;:*\n")
        tail = rest
        if head[-1:] in ".?!…" and tail[:1] == "." and tail[:2] != "..":
            tail = tail[1:]
        if tail[:1] in ".?!,\n" or not tail:
            return head + tail
        return f"{head} {tail.lstrip()}" if head[-1:] in ".?!…" else f"{head}. {tail.lstrip()}"

    if not fbody:
        return joined(before)
    if name == "second_message" and _merges(fbody, rules):
        # "tin 1: … 760.000 dung k / tin 2: e gõ nhầm, ý e là 710.000 dung k": a second message
        # with no subject of its own corrects the first one, it does not replace it
        lead = _FIRST_MESSAGE.match(fbefore)
        if lead:
            before, fbefore = before[lead.end() :], fbefore[lead.end() :]
        name = "slip"
    elif name in ("drop_ask", "second_message"):
        return body + rest
    # "X chứ k phải Y", "k phải Y, X": the withdrawn value is named
    for pattern in rules.explicit:
        e = pattern.match(fbody)
        if not e:
            continue
        old, new_at = e.group("old").strip(" ,."), (e.start("new"), e.end("new"))
        new = orig(*new_at).strip(" ,.")
        so, sn = _slot(old, rules), _slot(fold_new := new.lower(), rules)
        if so and sn and so[0] == sn[0]:
            old = so[1].group()
            new = new[sn[1].start() : sn[1].end()]
        elif so and sn and re.match(r"\d", so[1].group()) and re.match(r"\d", sn[1].group()):
            # "*k phải 3 lần, họ nói 5 lần lương cơ sở": a count named again as a multiple
            old = so[1].group()
            new = new[sn[1].start() : sn[1].end()]
        elif re.fullmatch(r"\d+(?:,\d+)?", old) and sn and re.match(r"\d", sn[1].group()):
            new = re.match(r"\d+(?:,\d+)?", sn[1].group()).group()
        at = fbefore.rfind(old)
        if at < 0:
            return joined(before)  # the withdrawn value was never typed: nothing to undo
        stop = at + len(old)
        if sn:  # the whole value the old one sits in ("thôn" of "thôn văn hóa")
            for v in dict(rules.slots)[sn[0]].finditer(fbefore):
                if v.start() <= at < v.end():
                    at, stop = v.start(), max(v.end(), stop)
        if re.match(r"/\d{4}", fbefore[stop:]) and re.search(r"/\d{4}$", new):
            stop += 5
        del fold_new
        return joined(before[:at] + _filled(new, old) + before[stop:])
    asks = bool(_ASK_TAIL.search(fbody)) and len(fbody.split()) >= 3
    # "ý e là: … đúng k" asks anew; "ý e là cho chi hội" only names what the ask is about
    whole = name in rules.whole_ask and asks
    values = _slots(fbody, rules)
    if values and values[0][0] == "date" and _RANGE.search(fbody):
        values = []  # "e nghỉ từ tháng 1 đến tháng 6": a span restated, not one date
    early = [
        (k, v) for k, v in values
        if len(fbody[: v.start()].split()) <= (5 if k in _LOOSE_KINDS or "%" in v.group() else 2)
        or (k == "title" and _SUBJECT_LEAD.fullmatch(fbody[: v.start()]))
    ]  # fmt: skip
    if not whole and (years := _years_replaced(fbefore, fbody)):
        # "CSTĐCS 2024, 2025, 2026 liên tục, à nhầm, 2023 2025 2026 thôi, 2024 chỉ LĐTT",
        # "năm 2025 chỉ LĐTT. à nhầm, 2025 cũng CSTĐCS": the years said again replace the
        # years (or the year's clause) said before
        return joined(before[: years[0]] + body + before[years[1] :])
    if not whole:
        neg = _NEGATION.match(fbody)
        if neg and (at := fbefore.rfind(neg.group("rest"))) >= 0:
            return joined(before[:at] + body + before[at + len(neg.group("rest")) :])
        if neg and (at := _said_from(fbefore, neg.group("rest"))) >= 0:
            # "… vượt 2 triệu phải tính thuế TNCN, à nhầm, k phải tính thuế đúng k": the
            # negated claim takes the place of the clause it negates
            said_neg = re.search(r"\b(?:k|ko|khong|chua)\s+$", fbefore[:at])
            if said_neg:
                at = said_neg.start()  # "k quá 15 % …, *k quá 15 % …": the clause was negated
            stop = _CLAUSE_END.search(fbefore, at)
            stop_at = stop.start() if stop else len(fbefore)
            new = body
            tail = _YESNO_TAIL.search(fbefore[at:stop_at].rstrip(" .…"))
            if tail and not _ASK_TAIL.search(fbody):
                new = f"{body} {tail.group().strip(' ,.?')}"
            return joined(before[:at] + new + before[stop_at:])
        if asks:
            # "a nhầm, 10 ngày kể từ … đúng k": the value and what follows it restate the end
            # of the sentence the old value stands in
            s0 = _sentence_start(fbefore)
            for kind, v in early[:1]:
                old = _last_of_kind(fbefore[s0:], kind, v.group(), rules)
                if old is not None and (
                    len(fbody[: v.start()].split()) <= 1
                    or (kind == "title" and _SUBJECT_LEAD.fullmatch(fbody[: v.start()]))
                ):
                    cut = s0 + old.start()
                    stop = _sentence_end(fbefore, cut)
                    value = _filled(orig(v.start(), v.end()), old.group())
                    more = orig(v.end(), len(fbody))
                    bound = _BOUND.fullmatch(fbody[: v.start()])
                    if bound:
                        # "cần từ 70% … *à nhầm, trên 50%": the bound is part of the value
                        # (Luật 2022 Điều 28 asks "trên 50 %", not "từ 50 %"), it replaces the
                        # bound typed before the withdrawn value
                        value = orig(bound.start(1), v.end())
                        said = re.search(r"\b(?:tren|duoi|tu|qua|hon|it\s+nhat|toi\s+thieu)\s+$",
                                         fbefore[s0 : cut])  # fmt: skip
                        if said:
                            cut = s0 + said.start()
                    # the "đúng k" both carry says nothing of what the value stands in
                    kept = _content(_YESNO_TAIL_IN.sub(" ", fbefore[s0 + old.end() : stop]))
                    if kept and not kept & _content(_YESNO_TAIL_IN.sub(" ", fbody[v.end() :])):
                        # "60% LĐTT *72%, có 1 CSTĐCS, đủ TTLĐXS k": the rest of the withdrawn
                        # sentence is not restated; only the value is replaced, the ask added
                        head = before[:cut] + value + before[s0 + old.end() : stop]
                        head = head.rstrip(" *\n")
                        more = more.strip()
                        if _YESNO_TAIL.fullmatch(fbody[v.end() :]) and _YESNO_TAIL.search(
                            fbefore[s0:stop].rstrip(" .?")
                        ):
                            more = ""  # "… đúng k. *trên 50% đúng k": the ask is said once
                        return joined(head + (more if more[:1] in ",;." else " " + more))
                    return joined(before[:cut] + value + more + before[stop:])
        else:
            for kind, v in early:
                if kind == "count" and (told := _count_of_title(fbefore, fbody, v, rules)):
                    # "9 người, 5 LĐTT … *à nhầm, 4 người LĐTT": the count of that title
                    a, b, e = told
                    return joined(before[:a] + orig(v.start(), e) + before[b:])
                old = _last_of_kind(fbefore, kind, v.group(), rules)
                if old is None and kind == "date" and re.search(r"\bqd\b", fbody[: v.start()]):
                    # "CSTĐCS năm 2027 thưởng … đúng k, à nhầm, QĐ ký tháng 1/2026": the
                    # decision date takes the place of the year typed for it
                    year = list(re.finditer(r"\bnam\s+(?:19|20)\d{2}\b", fbefore))
                    if year and not _slot_of(fbefore, "date", rules):
                        y = year[-1]
                        return joined(before[: y.start()] + orig(0, v.end()) + before[y.end() :])
                if old is not None:
                    new = _filled(orig(v.start(), v.end()), old.group())
                    old_end = old.end()
                    giver = _GIVER.match(fbefore, old_end) if kind == "title" else None
                    if giver and not _slot_of(fbody, "person", rules):
                        # "GK chủ tịch xã có phải chủ tịch tỉnh ký k\n*BK ạ": the giver named
                        # with the withdrawn form is that form's (Luật 2022 Điều 74, 75: the
                        # Bằng khen is the provincial chairman's), it goes with it
                        old_end = giver.end()
                    head = before[: old.start()] + new + before[old_end:]
                    more = orig(v.end(), len(fbody)).strip()
                    said = _content(fbody[v.end() :])
                    claim_end = _YESNO_TAIL_IN.search(fbefore, old.end())
                    if (
                        said
                        and claim_end
                        and said & _content(fbefore[old.end() : claim_end.start()])
                    ):
                        # "nộp 2 bộ, 1 bản chính 1 bản sao đúng k\n*01 bộ bản chính": the value
                        # and its words restate the whole claim up to its "đúng k"
                        head = before[: old.start()] + orig(v.start(), len(fbody)) + " "
                        return joined(head + before[claim_end.start() :].lstrip(" ,"))
                    if len(said) >= 2 and not said <= _content(fbefore[old.end() :]):
                        # "65% LDTT *75%, co 2 CSTDCS, du TTLDXS chua": what follows the value
                        # goes on with the message, it is not dropped
                        head = head.rstrip(" *\n")
                        head += more if more[:1] in ",;." else " " + more
                    return joined(head)
            first = early[0] if early else None
            if (
                (
                    first
                    and first[0] == "title"
                    and _same_title_in(fbefore, first[1].group(), rules)
                    # "ho nói giấy khen cho TDP thì chủ tịch phường ký": a whole claim restated
                    # (its clause goes below), not a title narrowed (task h434)
                    and not _closest_clause(fbefore, fbody[first[1].end() :])
                )
                or (fbody.startswith("cho "))
            ):
                # "bằng khen … *hỏi lại: bằng khen cho tập thể", "*hỏi cho giáo viên …": the
                # ask is kept and narrowed
                return joined(before.rstrip(" ,.;:*\n…") + ", " + body)
            words = fbody.split()
            if 2 <= len(words) <= 4:
                tail = " ".join(words[1:])
                for w in re.finditer(r"(\w+) " + re.escape(tail) + r"\b", fbefore):
                    if w.group(1) != words[0]:
                        return joined(
                            before[: w.start(1)] + orig(0, len(words[0])) + before[w.end(1) :]
                        )
    if not whole and (said := _consequent_replaced(fbefore, fbody, rules)):
        # "… thì chỉ nhận cái lớn hơn đúng k\n*à nhầm, ý e nghe nói nhận cả 2 khoản": the claim
        # said again takes the place of the withdrawn one after "thì" / "là"
        at, stop, claim_at = said
        new = orig(claim_at, len(fbody))
        tail = _YESNO_TAIL.search(fbefore[at:stop].rstrip(" .…"))
        if tail and not _ASK_TAIL.search(fbody):
            new = f"{new} {tail.group().strip(' ,.?')}"
        return joined(before[:at] + new + before[stop:])
    if not whole and not asks and (unit := _unit_replaced(fbefore, fbody, rules)):
        # "trường THPT ở xã đề nghị … à nhầm, trường mầm non thuộc xã": the unit named again
        return joined(before[: unit[0]] + body + before[unit[1] :])
    if (
        asks
        and _INSTEAD.search(fbody)
        and re.search(r"\b(?:huyen|quan|thi\s+xa)\b", fbefore)
        and re.search(r"(?:\b(?:k|ko|khong|chua)|\?)[\s,.?]*$", fbefore)
    ):
        # "hội đồng TĐKT huyện còn xét cho xã k, à k, ý e là giờ hội đồng TĐKT xã xét thay
        # đúng k": the new ask is about what stands in for the abolished level; the old one
        # stays as what "thay" replaces
        return joined(before.rstrip(" ,;:*\n…") + ", " + body)
    # a whole claim or ask taken back: its clause (or sentence) goes; the new one keeps what
    # the first one was about and the "đúng k" it carried
    anchor = None if whole else _anchored(fbefore, fbody)
    span = None if whole else (anchor or _closest_clause(fbefore, fbody))
    if span is None and not whole and not asks:
        # nothing it restates: what the asker adds is read after what he said
        head = before.rstrip(" ,;:*\n…")
        return joined(head + (" " if head.endswith(".") else ". ") + body)
    if span is None:
        span = (_sentence_start(fbefore), len(fbefore.rstrip(" ,.:;…\n*")))
    cut, stop = span
    withdrawn = fbefore[cut:stop]
    new = body
    if not whole:
        # "anh ấy k bị kỷ luật gì cả, người bị khiển trách là người khác": a later clause that
        # repeats the withdrawn value only says where it went
        gone = {v.group() for _, v in _slots(withdrawn, rules)}
        parts = fbody.split(", ")
        keep = [parts[0]] + [
            p for p in parts[1:] if not (any(g in p for g in gone) and _ELSEWHERE.search(p))
        ]
        if len(keep) < len(parts):
            new = orig(0, len(parts[0]))
            for p in keep[1:]:
                i = fbody.find(p)
                new += ", " + orig(i, i + len(p))
    lead = fbody.split()[0]
    if (
        (whole or asks)
        and lead in _ANCHORS
        and (at := [x.start() for x in re.finditer(rf"\b{lead}\b", withdrawn)])
    ):
        # "… tại ngày nộp hồ sơ đúng k. à nhầm, ý e là tại ngày ký QĐ đúng k"
        after = before[stop:]
        if _YESNO_TAIL.search(fbody) and _YESNO_TAIL.fullmatch(fbefore[stop:].rstrip(" .?\n")):
            after = ""  # the new claim carries its own "đúng k"
        return joined(before[: cut + at[-1]] + body + after)
    t = _slot_of(withdrawn, "title", rules)
    if (
        (whole or asks)
        and t is not None
        and not _same_title_in(fbody, t.group(), rules)
        and not _subject_title(fbody, rules)
        and not _slot_of(fbefore[:cut], "title", rules)
    ):
        new = f"{before[cut : cut + t.end()]} {new}"
    elif t is not None and not whole and not asks and not _slot_of(fbody, "title", rules):
        # "gv mới tuyển dưới 6 tháng vẫn được xét LĐTT, à nhầm, thầy nói dưới 10 tháng thì k":
        # the restated claim keeps the title (and who it is for) the withdrawn one named
        a, b = _subject_phrase(withdrawn, t, rules)
        subject = before[cut + a : cut + b]
        if anchor is not None and not _slot_of(fbefore[:cut], "title", rules):
            n = len(" ".join(fbody.split()[:2]))
            new = f"{new[:n]} {subject} {new[n:].lstrip()}"
        elif not _slot_of(fbefore[:cut], "title", rules):
            new = f"{new} {subject}"
    tail = _YESNO_TAIL.search(withdrawn.rstrip(" .…"))
    if tail and not _ASK_TAIL.search(fbody):
        new = f"{new} {tail.group().strip(' ,.?')}"
    head = before[:cut]
    return (
        joined(head + new + before[stop:]) if before[stop:].strip(" ,.…\n*") else joined(head + new)
    )


#: the giver typed right after a form, "GK (của) chủ tịch xã", not "… chủ tịch xã ký"
_GIVER = re.compile(
    r"\s+(?:cua\s+)?(?:chu\s+tich|ct)\s+(?:ubnd\s+)?(?:xa|phuong|tinh|huyen)\b"
    r"(?!\s+(?:ky|quyet\s+dinh|tang|trao|cong\s+nhan|xet|duyet|khen)\b)"
)
#: a bound typed with a corrected share or count: "trên 50%", "ít nhất 3 lần"
_BOUND = re.compile(r"(tren|duoi|tu|qua|hon|it\s+nhat|toi\s+thieu)\s+")
#: who the corrected title is about, before it: "chị ấy được LĐTT", "e đạt CSTĐCS"
_SUBJECT_LEAD = re.compile(
    r"(?:(?:chi|anh|co|ong|ba|thay|vo|chong|con)\s+(?:ay|ta|do|e|em)\s+|(?:e|em|no|minh)\s+)?"
    r"(?:chi\s+|cung\s+|moi\s+)?(?:dc|duoc|dat)\s+"
)
#: "xét thay", "thay cho": the new ask stands in for the old level's
_INSTEAD = re.compile(r"\bthay(?:\s+(?:cho|the|vao))?\b(?!\s+doi)")


def _count_of_title(
    fbefore: str, fbody: str, v: re.Match[str], rules: Corrections
) -> tuple[int, int, int] | None:
    """ "*4 người LĐTT" against "5 LĐTT" (or "5 người đạt LĐTT") before: where the old count of
    that title starts and ends, and where the title ends in the body; None when the body's
    count names no title, says more after it, or the count is the same."""
    lead = re.match(r"\s*(?:dat\s+)?", fbody[v.end() :])
    title = dict(rules.slots)["title"].match(fbody, v.end() + lead.end())
    if title is None or fbody[title.end() :].strip(" ,.?"):
        return None
    number = re.match(r"\d+(?:,\d+)?", v.group()).group()
    said = list(
        re.finditer(
            rf"\b(\d+(?:,\d+)?)\s*(?:nguoi\s+)?(?:dat\s+)?{re.escape(title.group())}\b", fbefore
        )
    )
    if not said or said[-1].group(1) == number:
        return None
    return said[-1].start(), said[-1].end(), title.end()


_YEAR = r"(?:19|20)\d{2}"
_YEAR_LIST = re.compile(rf"\b{_YEAR}(?:\s*(?:,|\bva\b|-)?\s*{_YEAR}\b)+(?:\s+lien\s+tuc\b)?")
_YEAR_CLAUSE = re.compile(rf"^(?:nam\s+)?({_YEAR})\s+(?:cung|chi|lai|la|dc|duoc|dat)\b")


def _years_replaced(fbefore: str, fbody: str) -> tuple[int, int] | None:
    """The span of the years said before that the body's years replace: a list of years for a
    list ("2023 2025 2026 thôi"), the clause of the year for a year with what it was."""
    if m := _YEAR_LIST.match(fbody):
        said = list(_YEAR_LIST.finditer(fbefore))
        if said and not _same(said[-1].group(), m.group()):
            return said[-1].start(), said[-1].end()
        return None
    if m := _YEAR_CLAUSE.match(fbody):
        verb = r"\s+(?:cung|chi|lai|la|dc|duoc|dat)\b"
        said = list(re.finditer(rf"(?:\bnam\s+)?\b{m.group(1)}{verb}", fbefore))
        if said:
            end = _CLAUSE_END.search(fbefore, said[-1].end())
            stop = end.start() if end else len(fbefore.rstrip(" ,.:;…\n*"))
            if not _same(fbefore[said[-1].start() : stop], fbody):
                return said[-1].start(), stop
    return None


def _consequent_replaced(
    fbefore: str, fbody: str, rules: Corrections
) -> tuple[int, int, int] | None:
    """Where the withdrawn claim after the last "thì" (else "là") of the last sentence starts
    and ends, and where the reported claim starts in the body; None unless the body is a
    reported claim with no value of its own and one of the two carries a yes/no tail."""
    if rules.reported_claim is None:
        return None
    m = rules.reported_claim.match(fbody)
    if m is None or _slots(fbody[m.start("claim") :], rules):
        return None
    s0 = _sentence_start(fbefore)
    stop = len(fbefore.rstrip(" ,.:;…\n*"))
    sentence = fbefore[s0:stop]
    if not (_YESNO_TAIL.search(sentence) or _YESNO_TAIL.search(fbody)):
        return None
    heads = list(re.finditer(r"\sthi\s", sentence)) or list(re.finditer(r"\sla\s", sentence))
    if not heads:
        return None
    return s0 + heads[-1].end(), stop, m.start("claim")


def _unit_replaced(fbefore: str, fbody: str, rules: Corrections) -> tuple[int, int] | None:
    """The span of the unit named before that the body's unit (no value, no ask) replaces."""
    if rules.unit_heads is None or rules.unit_end is None:
        return None
    head = rules.unit_heads.match(fbody)
    if head is None or len(fbody.split()) > 7 or _slots(fbody, rules):
        return None
    said = list(re.finditer(rf"(?<![a-z0-9]){re.escape(head.group())}\b", fbefore))
    if not said:
        return None
    start = said[-1].start()
    end = rules.unit_end.search(fbefore, said[-1].end())
    stop = end.start() if end else len(fbefore.rstrip(" ,.:;…\n*"))
    if _same(fbefore[start:stop], fbody) or stop <= said[-1].end():
        return None
    return start, stop


_ELSEWHERE = re.compile(r"\b(?:nguoi|cai|thon|don vi)\s+khac\b|\b(?:k|ko|khong)\s+phai\b")
_RANGE = re.compile(r"\btu\s+(?:thang\s+)?\d[\d/]*\s*,?\s*den\s+(?:thang\s+)?\d")
#: kinds whose value may stand a few words into the correction ("QĐ năm 2025 ký từ 15/1/2026")
_LOOSE_KINDS = frozenset({"date", "discipline", "grade", "law", "fund", "multiple"})
#: a correction opening with one of these restates the end of the withdrawn sentence from it
_ANCHORS = frozenset({"tai", "theo", "cua", "tu", "trong", "ngoai", "vao", "truoc", "sau"})


_YESNO_TAIL_IN = re.compile(
    r"\s*,?\s*\b(?:dung|phai|dc|duoc)\s+(?:k|ko|khong)\b|\bco\s+(?:dung|phai)\s+(?:k|ko|khong)\b"
)


def _said_from(fbefore: str, rest: str) -> int:
    """Where the longest opening of ``rest`` (two words at least) was said before, or -1."""
    words = rest.split()
    for n in range(len(words), 1, -1):
        at = fbefore.rfind(" ".join(words[:n]))
        if at >= 0 and (at == 0 or not fbefore[at - 1].isalnum()):
            return at
    return -1


_FIRST_MESSAGE = re.compile(r"^\s*tin\s+1\s*[,:.]\s*")
#: where a subject phrase stops: a value, or the verb that opens what is said of it
_PHRASE_STOP = re.compile(r"\s+(?:thuong|duoc|dc|la|van|thi|co|phai|k|ko|khong)\b")


def _merges(fbody: str, rules: Corrections) -> bool:
    """A second message that only corrects the first: no title of its own, or "X chứ k phải Y"."""
    if any(p.match(fbody) for p in rules.explicit):
        return True
    return _slot_of(fbody, "title", rules) is None


def _subject_phrase(withdrawn: str, title: re.Match[str], rules: Corrections) -> tuple[int, int]:
    """ "giấy khen của chủ tịch xã cho cá nhân" of "giấy khen … cho cá nhân thưởng 0,3 lần"."""
    end = len(withdrawn)
    for kind in ("date", "multiple", "money", "count"):
        m = _slot_of(withdrawn[title.end() :], kind, rules)
        if m:
            end = min(end, title.end() + m.start())
    stop = _PHRASE_STOP.search(withdrawn, title.end(), end)
    if stop:
        end = stop.start()
    while end > title.end() and withdrawn[end - 1] in " ,":
        end -= 1
    return title.start(), end


def _subject_title(fbody: str, rules: Corrections) -> bool:
    """A title the correction is about, not one it requires ("chỉ cần LĐTT và …")."""
    for m in dict(rules.slots)["title"].finditer(fbody):
        if not re.search(
            r"(?:\b(?:can|co|dat|va|la|voi|hoac|k|ko|khong|chua|duoc|dc)|\d%?|phan tram)\s*$",
            fbody[: m.start()],
        ):
            return True
    return False


def _same_title_in(fbody: str, title: str, rules: Corrections) -> bool:
    return any(_same(m.group(), title) for m in dict(rules.slots)["title"].finditer(fbody))


def _spliced(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
