"""Dates and decisions told in a question: the date a decision was signed (which picks the base
salary its prize is reckoned on), the moment of an event ("lúc nộp hồ sơ"), and a day or a
number of days claimed against a time limit ("họp bình xét ngày 28/11 có kịp không")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from bot.core.text import fold
from bot.knowledge.facts.asking_words import CONFIRMS, QUESTION_PHRASES, QUESTION_WORDS
from bot.knowledge.facts.reform_told import by_the_district_then
from bot.knowledge.facts.segment import Segment
from bot.knowledge.retype import REPORTED


def claims_days(words: list[str]) -> bool:
    """ "trong 10 ngày", "15 ngày làm việc": a number of days is a time limit claimed."""
    return any(w.isdigit() and nxt == "ngay" for w, nxt in pairwise(words))


#: words that make a day told the day something is done by ("xong", "kịp", "nộp", "họp"); a
#: day alone may be a case ("nghỉ từ 1/3")
DAY_WORDS = frozenset({"xong", "kip", "han", "nop", "hop", "binh", "tre", "muon", "cham", "gui"})
#: the words that call a day late ("trễ", "muộn", "quá hạn", "kịp")
LATE_WORDS = frozenset({"tre", "muon", "han", "kip"})
#: the words after "muon" that make it "muốn" (want), not "muộn" (late): "em muốn đề nghị"
_WANTED_AFTER = frozenset({"de", "lam", "xin", "hoi", "duoc", "dc", "khen", "gui", "nop", "biet"})


def late_said(words: list[str]) -> bool:
    """A word of lateness in ``words``; "muon" before a verb ("e muon de nghi khen") is "muốn"
    (want), no lateness (task h392)."""
    return any(
        word in LATE_WORDS and not (word == "muon" and set(words[i + 1 : i + 2]) & _WANTED_AFTER)
        for i, word in enumerate(words)
    )


#: what a yes/no part with a day claimed may have been read as besides its time limit
DAY_CLAIMABLE = frozenset({"eligible", "decides", "dossier"})


def day_told_before(seg: Segment, segments: list[Segment]) -> bool:
    """ "thôn đến 12/12 mới họp bình xét GĐVH, có người bảo không sao, vậy có đúng không": a
    bare confirming part (no title of its own) after a part telling the day a review or a
    filing is done confirms that day against the time limit (task h148)."""
    told = segments[: segments.index(seg)]
    return (
        not seg.entities
        and bool(CONFIRMS & set(seg.words))
        and any(claims_day(t.words) and DAY_WORDS & set(t.words) for t in told)
    )


#: the words after "a/b" that make it a share of people ("5/6 người", "8/10 giáo viên")
_HEADS_COUNTED = frozenset(
    {"nguoi", "ng", "nhan", "vien", "gv", "giao", "cong", "can", "thanh", "hoc", "lao", "cbcc"}
)


def claims_day(words: list[str]) -> bool:
    """ "ngày 28/11", "xong 30/11": a day and month with no year (a dated decision has one)."""
    for i in range(len(words) - 2):
        day, slash, month = words[i : i + 3]
        if not (slash == "/" and day.isdigit() and month.isdigit()):
            continue
        # "xong sau 25/11", "nộp sau ngày 15/12": a step done after a day is a day claimed
        # against its limit (task h210); "nghỉ sau 1/3" is not
        done_after = "sau" in words[max(i - 2, 0) : i] and bool(
            DAY_WORDS & set(words[max(i - 3, 0) : i])
        )
        if (
            words[max(i - 2, 0) : i][-1:] in (["tu"], ["sau"]) or words[i - 2 : i] == ["ke", "tu"]
        ) and not done_after:
            continue  # "nghỉ từ 1/3": since when, a case told, not a day claimed
        if words[i + 3 : i + 4] and words[i + 3] in _HEADS_COUNTED:
            continue  # "5/6 người đạt LĐTT": a share of a head count, not a day (task h308)
        if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and words[i + 3 : i + 4] != ["/"]:
            return True
    # "hẹn sang tháng 12 mới họp bình xét": a month told as when it is done (claim.py reads it
    # against the fact's day, task h101); "tháng 12/2025" is a month of a year, a case
    for i in range(len(words) - 2):
        when, month, nxt = words[i], words[i + 1], words[i + 2]
        if month == "het" and nxt == "thang":
            # "làm đến hết tháng 12": the month is still the one told
            month, nxt = nxt, words[i + 3] if i + 3 < len(words) else ""
            if words[i + 4 : i + 5] == ["/"]:
                continue
        if when == "den" and "tu" in words[max(i - 4, 0) : i]:
            continue  # "nghỉ sinh từ tháng 3 đến tháng 8": a span of the case told, no deadline
        if (
            when in _MONTH_WHEN
            and month == "thang"
            and nxt.isdigit()
            and 1 <= int(nxt) <= 12
            and words[i + 3 : i + 4] != ["/"]
        ):
            return True
    return _month_done(words)


def _month_done(words: list[str]) -> bool:
    """ "tháng 12 mới họp bình xét", "tháng 12 này nộp có kịp không": a month with no "vào /
    sang" before it, told as when a step is done because "mới" (late) or a word calling it late
    stands by it (task h191); "tháng 12 bình xét, anh A có được LĐTT không" tells no claim."""
    late = bool(LATE_WORDS & set(words))
    for i in range(len(words) - 2):
        if words[i] != "thang" or not words[i + 1].isdigit() or not 1 <= int(words[i + 1]) <= 12:
            continue
        rest = words[i + 2 : i + 6]
        if rest[:1] in (["nay"], ["toi"]):
            rest = rest[1:]
        if any(w == "moi" and nxt in _STEP_WORDS for w, nxt in pairwise(rest)):
            return True  # "tháng 12 (này) (thôn) mới họp"
        if late and _STEP_WORDS & set(rest[:1]):
            return True
    return False


#: the steps a month may be told as done in ("tháng 12 mới họp / nộp / tổ chức")
_STEP_WORDS = frozenset({"hop", "binh", "xet", "nop", "gui", "xong", "lam", "to", "trinh"})
#: words before "tháng N" that make it when something is done (claim._MONTH_TOLD)
_MONTH_WHEN = frozenset({"trong", "vao", "sang", "den", "toi", "cuoi", "dau", "giua"})
#: the words that date a decision between a title and its year ("quyết định ký tháng 6 / 2026")
_DATING_WORDS = frozenset(
    {"quyet", "dinh", "qd", "ky", "ki", "ngay", "thang", "nam", "vao", "duoc", "dc", "/"}
) | frozenset(str(n) for n in range(1, 32))
#: fixer f48l (b180): "quyết định cuối năm 2026", "QĐ đầu năm 2027": a part of the year
_DATING_WORDS |= {"cuoi", "dau", "giua"}


def decision_dated(words: list[str]) -> bool:
    """The words date a decision: "quyết định (ký) 20/12/2026", "qđ năm nay ký tháng 3/2026",
    a decision word followed by only dating words up to a year."""
    for i, w in enumerate(words):
        if w not in _DECISION_CUES:
            continue
        for nxt in words[i + 1 :]:
            if len(nxt) == 4 and nxt.startswith("20"):
                return True
            if nxt not in _DATING_WORDS and nxt != "nay":
                break
    return False


_DECISION_CUES = frozenset({"quyet", "qd", "ky", "ki"})


#: the words that put a told statement up for confirmation ("đúng không", "phải k")
_PUT_UP = frozenset({"dung", "phai", "co", "khong", "k", "ko", "hong", "chua", "a", "ad", "nhi"})


def date_only_put_up(words: list[str]) -> bool:
    """ "…, QĐ ký 28/12/2026, đúng k": the part only dates the decision and closes the whole
    statement with its yes/no; it asks nothing of who decides (task h260)."""
    rest = [w for w in words if w not in _DATING_WORDS and w not in _PUT_UP]
    years = [w for w in rest if len(w) == 4 and w.startswith("20")]
    if not rest and _month_signed(words):
        # "…, qđ ký tháng 5, đúng k": a month with no year dates the decision too (task h276)
        return True
    return decision_dated(words) and rest == years and bool(years)


def _month_signed(words: list[str]) -> bool:
    """A decision word followed by "tháng N" ("qđ ký tháng 5")."""
    return bool(_DECISION_CUES & set(words)) and any(
        w == "thang" and nxt.isdigit() for w, nxt in pairwise(words)
    )


def _month_of_decision(words: list[str]) -> list[int]:
    """Where "tháng N" stands right after a decision word and its dating words ("quyết định
    ký tháng 2"), as a one-item list; empty when no month is told so."""
    for i, w in enumerate(words):
        if w not in _DECISION_CUES:
            continue
        for j in range(i + 1, len(words) - 1):
            if words[j] == "thang" and words[j + 1].isdigit():
                return [j]
            if words[j] not in _DATING_WORDS:
                break
    return []


#: words before a date that make it when a rule starts ("từ 01/7/2025 chủ tịch xã được quyết
#: định …", "kể từ năm 2025"), not when a decision was signed
_RULE_START = frozenset({"tu"})


def _rule_start(words: list[str], year_at: int) -> bool:
    """The date ending at ``year_at`` follows "từ" before any decision word: the day a rule
    holds from (h343); "ký hợp đồng từ tháng 2/2026" dates what was signed."""
    at = year_at
    while at > 0 and words[at - 1] in _DATING_WORDS and words[at - 1] not in _DECISION_CUES:
        at -= 1
    return (
        at > 0 and words[at - 1] in _RULE_START and not _DECISION_CUES.intersection(words[: at - 1])
    )


def dates_a_decision(seg: Segment) -> bool:
    """A part that tells when a decision was signed ("quyết định ký tháng 5/2026: LĐTT …"): a
    year before any title, and no question word or yes/no of its own."""
    # "giấy khen cá nhân quyết định ký tháng 2, …": a month with no year dates it too (h286)
    years = [i for i, w in enumerate(seg.words) if len(w) == 4 and w.startswith("20")]
    years = years or _month_of_decision(seg.words)
    return (
        bool(years)
        and not _rule_start(seg.words, years[0])
        and not seg.yesno
        and (
            not seg.mentions
            or years[0] < seg.mentions[0][1]  # told before the title
            # "LĐTT quyết định ký tháng 6/2026": after it, with only the decision's words between
            # ("CSTĐCS năm 2023" is the title's year, no decision dated)
            or (
                set(between := seg.words[seg.mentions[0][1] + 1 : years[0]]) <= _DATING_WORDS
                and bool({"quyet", "qd", "ky", "ki"} & set(between))
            )
            # "thôn văn hóa năm nay quyết định ký 20/12/2026": a title of several words
            or decision_dated(seg.words)
            or bool(_month_of_decision(seg.words))
        )
        and not QUESTION_WORDS & set(seg.words)
        and not any(p in " ".join(seg.words) for p in QUESTION_PHRASES)
    )


_EVENTS = {
    "ky": ("ky quyet dinh", "ky qd", "ra quyet dinh", "quyet dinh khen thuong"),
    "de_nghi": ("de nghi", "lam to trinh", "trinh khen"),
    "nop": ("nop ho so", "gui ho so"),
    "chi": ("chi tien", "chi thuong", "nhan tien", "phat thuong", "trao thuong"),
    # "theo lương cơ sở lúc đăng ký thi đua đầu năm": the year's registration (task h126)
    "dang_ky": ("dang ky thi dua", "dang ky danh hieu", "dang ky dau nam", "dang ky"),
}
#: the words that name a moment before an event ("lúc nộp hồ sơ", "vào ngày ký quyết định")
_MOMENT = re.compile(
    r"\b(?:luc|ngay|thoi diem|khi|hoi|hom) (?:(?:da|duoc|moi) )?(?P<rest>(?:\w+ ?){1,4})"
)


def moments_in(joined: str) -> set[str]:
    """The events whose moment ``joined`` (folded words) names: "lúc nộp hồ sơ" → nop."""
    found = set()
    for m in _MOMENT.finditer(joined):
        rest = f"{m.group('rest')} "
        for event, names in _EVENTS.items():
            if any(rest.startswith(f"{n} ") for n in names):
                found.add(event)
    return found


# "ký ngày 20/6/2026", "tháng 3/2026", "tháng 3 năm 2026", "năm 2025"; "từ / sau 01/7/2025" says
# since when, not when the decision was made, and "152/2025" is a decree number (no lookbehind
# digit or slash).
_DATE = re.compile(
    r"(?<![\d/])(?:(\d{1,2})[/.-](\d{1,2})[/.-](20\d\d)"
    # "tháng 6 nhưng năm 2026", "tháng 6 của năm 2026": the month and its year split (h286)
    r"|thang (\d{1,2})(?:/| (?:(?:nhung|ma|cua|trong|thuoc) )?nam )(20\d\d)"
    r"|nam (20\d\d)"
    # a bare month on a phone: "qđ 12/2025", "ký 8/2026" (a decision word must stand by it,
    # and a document's number "NĐ 12/2025" is not a month: see _NUMBERED)
    r"|(\d{1,2})/(20\d\d))(?![\d/])"
)
#: words that make "N/20YY" a document's number rather than a month
_NUMBERED = ("nd ", "nghi dinh ", "tt ", "thong tu ", "luat ", "so ", "qd so ", "nq ", "ct ")
_SINCE = ("tu ", "sau ", "ke tu ")
#: "tuyển dụng ngày 1/6/2026", "vào làm từ tháng 3/2026": the day someone started work, not
#: when a decision was signed (task h276)
_HIRED_ON = re.compile(
    r"\b(?:tuyen(?: dung)?|vao lam|nhan viec|ve (?:xa|truong|co quan)|chuyen ve|bat dau lam)"
    r" (?:tu |vao |ke tu )?(?:ngay |thang )?$"
)
_BEFORE = ("truoc ", "truoc ngay ", "truoc thoi diem ", "truoc khi ")
_DECISION_WORDS = ("quyet dinh", " qd ", " ky ", " ki ", "trao", "tang", "cong nhan", "nhan tien")
#: after the year only the decision itself ("năm 2025 tôi được … ra quyết định"); "năm 2025 có
#: sáng kiến được công nhận" dates the initiative, not an award
_DECIDED_AFTER = ("quyet dinh", " ky ", " ki ", "trao", "tang")
#: how far before a bare year ("năm 2025") its decision word may be (characters)
_DECISION_REACH = 40
#: "xã khen giấy khen tháng 3/2026", "được khen thưởng tháng 4/2026": a month right after the
#: award itself is the month it was given, though no decision word is written; the council
#: ("hội đồng thi đua khen thưởng tháng 3 họp") is no award
_PRAISED_MONTH = re.compile(
    # "giấy khen tập thể cho đội thuyền cứu hộ hồi tháng 4/2026": the kind and then the one
    # given, up to four words, may both stand between (task f196)
    r"(?<!thi dua )\bkhen(?: thuong)? (?:(?:ca nhan|tap the|ho gia dinh) )?(?:cho (?:\w+ ){1,4})?"
    # "giấy khen tập thể của chủ tịch xã tháng 4/2026": the giver named between (task h316)
    r"(?:(?:cua )?(?:chu tich |ct )?(?:ubnd |ub )?(?:xa|phuong|tinh) )?"
    r"(?:(?:vao|trong|hoi|dip) )?$"
)
_OLD_BASE = ("luong co so cu", "muc luong cu", "luong cu", "muc cu", "truoc khi tang luong")
_OLD_BASE_SPACED = tuple(f" {cue} " for cue in _OLD_BASE)

#: hearsay put up for confirmation ("nghe nói …, đúng không"); a colleague's saying ("kế toán xã
#: bảo …", task h166) is read by the one reporting-verb reader, ``retype.REPORTED``
_HEARD = re.compile(r"\bnghe (?:noi|bao|dau|nguoi ta noi)\b")
_CONFIRMED = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chu)\b|\bco dung\b")
#: "vẫn tính theo lương cơ sở cũ": the old base claimed to still apply
#: "vẫn tính theo lương cơ sở cũ", "bảo … thì tính theo lương cơ sở cũ cho đỡ" (task h255)
_STILL_OLD = re.compile(
    r"\b(?:van|con|phai|tinh|ap dung|lay) (?:\w+ ){0,3}(?:luong co so cu|luong cu|muc cu)\b"
)

#: a decision still to come: "quyết định cuối năm nay", "QĐ sắp tới", "quyết định tháng tới"
_DECIDED_AHEAD = re.compile(
    r"\b(?:quyet dinh|qd) (?:\w+ ){0,2}?"
    r"(?:cuoi nam nay|sap toi|thang toi|sap ky|tong ket nam nay)\b"
)


def old_base_heard(text: str) -> bool:
    """The letter reports a saying that the old base still applies and asks whether it is right
    ("e nghe nói tiền thưởng vẫn tính theo lương cơ sở cũ vì …, đúng k") (task h106)."""
    said = " ".join(fold(text).split())
    return bool(
        (_HEARD.search(said) or REPORTED.search(said))
        and _CONFIRMED.search(said)
        and _STILL_OLD.search(said)
    )


def _old_base_named(text: str) -> bool:
    """The previous base named, as whole words: "mức của giấy khen" is no "mức cũ" (h210)."""
    padded = f" {text} "
    return any(map(padded.__contains__, _OLD_BASE_SPACED))  # s46b: no generator's frame


def decided_on(question: str) -> date | str | None:
    """When the question dates the decision, or "old" when it asks for the previous base."""
    # "(QĐ 30/12/2025)": an opening bracket sets the decision word apart as a space does (a
    # closing one stays: "năm 2023 (chủ tịch huyện ký), 2024 …" dates no decision by "ký")
    text = " ".join(fold(question).translate(_BRACKETS).split())
    if _old_base_named(text) and _DECIDED_AHEAD.search(text):
        # "… LĐTT chỉ được 0,3 lần lương cũ 2.340.000, quyết định cuối năm nay thì được bao
        # nhiêu": the old base is what the asker heard; a decision still to be signed this year
        # is paid on the base in force when it is signed (NĐ 152/2025 Điều 49 khoản 1) (h119)
        return _dated(text, day_only=True)
    if _old_base_named(text) and old_base_heard(text):
        # "nghe nói tiền thưởng vẫn tính theo lương cơ sở cũ …, đúng k": the old base is a
        # saying to be judged, not the base asked for; the decision's own date (or today)
        # picks the base (task h106)
        return _dated(text, day_only=True)
    if _old_base_named(text):
        # "quyết định ký ngày 10/8/2026 nhưng dự toán vẫn ghi lương cơ sở cũ": the day the
        # decision was signed picks the base (NĐ 152/2025), not the figure the asker saw
        return _dated(text, day_only=True) or "old"
    return _dated(text)


_BRACKETS = str.maketrans("([", "  ")


#: how near before a month a decision word must be for the month to date it beside an old
#: base named ("quyết định tháng 9/2026 … theo mức cũ") (characters)
_MONTH_REACH = 20


def _dated(text: str, day_only: bool = False) -> date | None:
    """The decision's date: a day ("ký ngày 20/6/2026"), else (without ``day_only``) a month or
    a year with a decision word by it. A bare month or year is only a fallback: a day the
    decision was signed told later in the letter dates it ("năm 2026 … quyết định ký ngày
    15/1/2026"; task h235). With ``day_only``, a month right after a decision word still
    dates it ("quyết định tháng 9/2026")."""
    fallback: date | None = None
    misdated: date | None = None
    first: date | None = None
    slip_told = any(cue in text for cue in _SLIP_CUES)
    truth_told = any(cue in text for cue in _TRUTH_CUES)
    for found in _DATE.finditer(text):
        on = _date_of(text, found, day_only, fallback is not None)
        if on is None:
            continue
        if found.group(3):  # a full day
            before = text[max(found.start() - _SLIP_REACH, 0) : found.start()]
            if truth_told and _REALLY_SIGNED.search(before) is not None:
                # "… nhưng thực tế ký 2/7/2026": the day really signed wins
                return on
            if slip_told and _WRITTEN_WRONG.search(before) is not None:
                # "ghi nhầm 30/6/2026 mà thực tế ký 2/7/2026": a day written wrong yields to
                # the day the decision was really signed, told after it
                misdated = misdated or on
                continue
            if not truth_told:
                return on
            first = first or on
            continue
        fallback = fallback or on
    return first or misdated or fallback


#: the words that may tell a day written wrong, or the day really signed (a cheap guard)
_SLIP_CUES = ("ghi ", " in ", " go ", "viet ", "danh may")
_TRUTH_CUES = (
    "thuc te",
    "that ra",
    "thuc ra",
    "dung ra",
    "ky that",
    "ngay that",
    "dung la",
    "ky dung",
)
#: "thực tế ký 2/7/2026", "đúng ra ký ngày 30/6/2026", "ngày ký thật 25/6/2026", "ngày ký
#: đúng là 5/7/2026": the day the decision was really signed
_REALLY_SIGNED = re.compile(
    r"\b(?:thuc te|that ra|thuc ra|dung ra|ky that|ngay that|ky dung|dung la)"
    r"(?: (?:la|ky|vao|ngay|thi|qd|quyet dinh|duoc|da|phai|moi|chu tich|xa|ubnd))* $"
)


#: how far before a day the words saying it was written wrong may start (characters)
_SLIP_REACH = 30
#: "ghi nhầm 30/6/2026", "đánh máy nhầm thành 25/7/2026", "in sai ngày là 1/7/2026": the day
#: on the paper, written wrong
_WRITTEN_WRONG = re.compile(
    r"\b(?:ghi|in|go|viet|danh may) (?:sai|nham)(?: (?:ngay|thanh|la|ky|thang|ra|qd))* $"
)


def _date_of(text: str, found: re.Match[str], day_only: bool, later: bool) -> date | None:
    """The date one match of ``_DATE`` gives the decision, or None when it dates something
    else; ``later``: a month or year already dates it, so only a signed day can override."""
    if text[: found.start()].endswith(_SINCE) or _HIRED_ON.search(text[: found.start()]):
        return None
    day, month, year, month2, year2, year3, month4, year4 = found.groups()
    if month4:
        if text[: found.start()].endswith(_NUMBERED):
            return None
        month2, year2 = month4, year4
    try:
        if year:
            on = date(int(year), int(month), int(day))
            if by_the_district_then(text[found.end() :], text[: found.start()]) and not (
                _UNPAID.search(text)
            ):
                # "trước 1/7/2025 chủ tịch huyện ký thôn văn hóa, giờ … bao nhiêu": the day
                # dates the district's past, the prize asked is of a decision made now; unless
                # that decision is told still unpaid ("… ký 20/12/2024 nhưng chưa chi, giờ xã
                # chi …"): its own day picks the base (NĐ 152/2025 Điều 49 khoản 1) (h420)
                return None
            if text[: found.start()].endswith(_BEFORE):
                # "lương cơ sở trước 01/7/2026", "quyết định ký trước ngày 01/7/2026": the
                # day before, so the base then in force is used
                return on - timedelta(days=1)
            if later and not _decision_before(text, found.start(), _DECISION_REACH):
                return None  # a day of something else after the decision's month or year
            return on
        if day_only:
            if year2 and _decision_before(text, found.start(), _MONTH_REACH):
                return date(int(year2), int(month2), 28)
            return None
        before = f" {text[max(found.start() - _DECISION_REACH, 0) : found.start()]}"
        after = f"{text[found.end() : found.end() + _DECISION_REACH].split(',')[0]} "
        # task h417: "tháng 1/2026 em ký hợp đồng": a contract signed starts the asker's work,
        # no decision is signed (NĐ 152/2025 Điều 49 khoản 1: the decision's day picks the base)
        before, after = _CONTRACT_SIGNED.sub(" ", before), _CONTRACT_SIGNED.sub(" ", after)
        dated_before = any(word in before for word in _DECISION_WORDS) or bool(
            year2 and _PRAISED_MONTH.search(before)
        )
        if not dated_before and _DATE.search(after):
            # "xét tháng 6/2026 nhưng qđ ký 2/7/2026": the decision word after the month
            # dates the next date, which is when the decision was signed
            return None
        if not dated_before and not any(word in after for word in _DECIDED_AFTER):
            # "LĐTT năm 2025" names the title's year, and "năm 2025 anh có sáng kiến … thưởng
            # bao nhiêu" the year of the story: only "quyết định / ký … năm 2025" dates one;
            # so does a month ("tháng 7/2025 em chuyển về xã" dates the asker's move)
            return None
        if by_the_district_then(text[found.end() :], text[: found.start()]) and not (
            _UNPAID.search(text)
        ):
            # "năm 2024 chủ tịch huyện ký LĐTT cho tôi, giờ LĐTT ai ký, thưởng bn": a
            # decision of the abolished level is the asker's past; the part asked "now" is
            # the prize of a decision made today
            return None
        if year2:
            return date(int(year2), int(month2), 28)
        return date(int(year3), 12, 31)
    except ValueError:
        return None


#: the prize of a decision told still unpaid, or paid only now: "chưa chi", "chưa nhận tiền",
#: "giờ mới chi" (task h420)
_UNPAID = re.compile(
    r"\b(?:chua|van chua|moi|gio moi|nay moi|den nay moi) (?:duoc )?"
    r"(?:chi|nhan|linh|tra|thanh toan)\b"
)

#: "ký hợp đồng", "kí HĐLĐ": a contract signed, no decision; "kỹ thuật", "kỷ luật", "kỷ niệm",
#: "kỹ năng" fold to the same "ky" and sign nothing
_CONTRACT_SIGNED = re.compile(
    r"\bk[yi] (?:(?:ket|lai|tiep) )?(?:hop dong|hd|hdld)\b|\bky (?:thuat|luat|niem|nang)\b"
)


def _decision_before(text: str, at: int, reach: int) -> bool:
    """A decision word ("quyết định", "ký", "tặng") stands within ``reach`` characters before
    ``at``."""
    before = f" {text[max(at - reach, 0) : at]}"
    return any(word in before for word in _DECISION_WORDS)
