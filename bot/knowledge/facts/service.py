"""A new hire's service told in a question: when it started ("tuyển dụng từ tháng 3/2026"),
whether it starts late in the year, and the months served when every length told reaches the
6-month rule (Luật 2022 Điều 24; TT 15/2025)."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.knowledge.facts.segment import Segment

#: circumstances that last a while ("trong thời gian bị kỷ luật / nghỉ thai sản")
TIMED = frozenset({"ky_luat", "thai_san", "chuyen_cong_tac", "hop_dong", "di_hoc", "nghi_om"})
#: a recruitment told ("mới tuyển 5 tháng", "được tuyển dụng từ tháng 3", "mới vào làm"),
#: whether or not recent enough to make the asker a new hire; "tuyên dương" is praise
#: (a person on probation, "thử việc" / "tập sự", has just been recruited too: task h113)
RECRUITED = re.compile(
    r"\b(?:tuyen(?! duong| truyen)|moi vao|moi ve|thu viec|tap su"
    # task h283: "hợp đồng mới ký từ tháng 10", "mới được bầu làm phó thôn từ tháng 10": a
    # contract signed or an election is where this person's service in the post began
    r"|(?:hop dong|hd|hdld) moi k[yi]|moi k[yi] (?:hop dong|hd|hdld)"
    r"|(?:moi )?(?:duoc |dc )?bau lam"
    # task h298: "1 y sĩ mới hợp đồng tháng 9", "trạm nhận 1 điều dưỡng mới từ 1/3": a
    # contract or a hire just begun
    r"|moi (?:lam )?(?:hop dong|hd|hdld)|nhan (?:\w+ ){1,3}moi)\b"
)


#: "nghỉ 3 tháng", "nghỉ điều trị 2 tháng", "nghỉ mất 4 tháng": months told as time off work
_LEAVE_MONTHS = re.compile(r"\bnghi (?:\w+ ){0,2}?\d{1,2} thang\b")


#: task h417: months told of a course ("bồi dưỡng 3 tháng loại giỏi", "người học 3 tháng",
#: "2 lớp bồi dưỡng, 2 tháng và 3 tháng, đều đạt khá"): a course's length, not a new hire's
#: service (domain.md 2.2: short training under a year counts with the time at work)
_COURSE_MONTHS = re.compile(
    r"\b(?:hoc|boi duong|tap huan|dao tao|lop|khoa hoc)(?: \w+){0,4}? \d{1,2} thang\b"
    r"|\b\d{1,2} thang (?:\w+ ){0,3}?(?:loai|xep loai|dat|deu dat)"
    r" (?:gioi|kha|trung binh|xuat sac)\b"
)


def _course_months_only(words: list[str]) -> bool:
    """The months a part tells are a course's, and it tells no recruitment."""
    joined = " ".join(words)
    return _COURSE_MONTHS.search(joined) is not None and not RECRUITED.search(joined)


#: a course told by its own words ("2 lớp bồi dưỡng", "đi tập huấn"), graded or not
_COURSE_TOLD = re.compile(r"\b(?:lop boi duong|boi duong|tap huan|di hoc|khoa hoc|lop hoc)\b")


def _course_told(segments: list[Segment]) -> bool:
    """The letter tells a course with its months, and no recruitment anywhere: "2 lớp bồi dưỡng
    liền nhau, 2 tháng và 3 tháng, đều đạt khá" spreads the course over its commas."""
    said = " ".join(w for seg in segments for w in seg.words)
    return (
        _COURSE_TOLD.search(said) is not None
        and _COURSE_MONTHS.search(said) is not None
        and not RECRUITED.search(said)
    )


def _leave_months_only(words: list[str]) -> bool:
    """The only months a part tells are a time off work, and it tells no recruitment."""
    joined = " ".join(words)
    return _LEAVE_MONTHS.search(joined) is not None and not RECRUITED.search(joined)


def told_service(segments: list[Segment]) -> None:
    """Months typed with a leave are the leave's ("nghỉ thai sản 5 tháng"), not a new hire's.

    "chuyển từ làm ruộng sang công chức xã …, trước đó không làm ở cơ quan nhà nước": a move
    into the state's service is a first recruitment (the 6-month rule), not a transfer between
    units; said anywhere in the message, it turns every "chuyển" of it round."""
    for seg in segments:
        if (
            "moi_tuyen" in seg.subjects
            and {"thai_san", "di_hoc", "ky_luat", "nghi_om"} & set(seg.subjects)
            and not RECRUITED.search(" ".join(seg.words))
        ):
            # "nghỉ thai sản 5 tháng trong năm": the months are the leave's, not a new hire's
            seg.subjects.remove("moi_tuyen")
        elif "moi_tuyen" in seg.subjects and _leave_months_only(seg.words):
            # "bị gãy chân nghỉ 3 tháng": months off work, no new hire; a leave of its own
            # (sick leave, or a wound's treatment where it was taken rescuing, task h298)
            seg.subjects.remove("moi_tuyen")
            seg.add(seg.subjects, "nghi_om")
        elif "moi_tuyen" in seg.subjects and (
            _course_months_only(seg.words)
            or (_course_told(segments) and not RECRUITED.search(" ".join(seg.words)))
        ):
            # "người học 3 tháng loại giỏi có được kết hợp thời gian để xét LĐTT k": a course
            seg.subjects.remove("moi_tuyen")
            seg.add(seg.subjects, "di_hoc")
    outside = [seg for seg in segments if "tu_ngoai" in seg.subjects]
    if not outside:
        return
    if _outside_only(segments, outside):
        # "tôi chạy xe ôm, không làm nhà nước, có được LĐTT không": no move into the state's
        # service is told; the person works outside it, the khoản 3 group (Luật 2022 Điều 24
        # khoản 3: người lao động không thuộc khoản 1; h357)
        for seg in outside:
            seg.subjects = [s for s in seg.subjects if s != "tu_ngoai"]
            seg.add(seg.subjects, "nong_dan")
        return
    moved = [seg for seg in segments if "chuyen_cong_tac" in seg.subjects] or outside
    for seg in segments:
        seg.subjects = [s for s in seg.subjects if s not in ("tu_ngoai", "chuyen_cong_tac")]
    for seg in moved:
        seg.add(seg.subjects, "moi_tuyen")


#: the state's service denied with no move out of it ("không làm nhà nước", "ngoài nhà nước")
_OUTSIDE_DENIED = re.compile(
    r"\b(?:khong|chua|k|ko|kg) (?:tung )?(?:lam|lam viec)(?: o| trong| cho)?"
    r" (?:co quan )?nha nuoc\b"
    r"|\bngoai (?:khu vuc )?nha nuoc\b"
)
#: a move into a post told anywhere ("chuyển sang", "được tuyển", "vào làm", "lên làm")
_MOVED_IN = re.compile(r"\b(?:sang|chuyen|len lam|vao lam|ve lam|xet tuyen|thi tuyen)\b")


def _outside_only(segments: list[Segment], outside: list[Segment]) -> bool:
    """Each "tu_ngoai" part only denies the state's service, and no part tells a move in."""
    if any("chuyen_cong_tac" in seg.subjects for seg in segments):
        return False
    said = " ".join(w for seg in segments for w in seg.words)
    if RECRUITED.search(said) or _MOVED_IN.search(said):
        return False
    return all(_OUTSIDE_DENIED.search(" ".join(seg.words)) for seg in outside)


#: a contract worker taken on: "nhận 1 y tá hợp đồng", "làm hợp đồng" (the start follows)
#: ("nhân viên hợp đồng" names a post, no taking on)
_CONTRACTED = r"nhan (?!vien )(?:\w+ ){1,3}?(?:hop dong|hd|hdld)|lam (?:hop dong|hd|hdld)"

#: "bắt đầu đi làm từ tháng 8", "vào làm tháng 9", "tuyển dụng từ tháng 10/2026": the month the
#: asker's service began
#: task h406: "công tác bầu cử", "công tác phòng chống dịch": the work done, no service begun
_TASK_WORK = (
    r"cong tac(?! (?:bau cu|phong chong|chong|thi dua|khen thuong|tuyen truyen|dan so|phuc vu))"
)

_STARTED = re.compile(
    r"\b(?:di lam|vao lam|lam viec|nhan viec|" + _TASK_WORK + r"|tuyen dung|tuyen|nhan cong tac"
    r"|thu viec|tap su"
    # task h187: "ký hợp đồng với xã từ tháng 8", "về làm ở xã từ tháng 9", "được nhận vào từ …"
    r"|k[yi] (?:hop dong|hd|hdld)|ve lam|nhan vao(?: lam)?"
    # task h283: "hợp đồng mới ký từ tháng 10", "được bầu làm phó thôn từ tháng 10"
    r"|(?:hop dong|hd|hdld) moi k[yi]|bau lam"
    # task h298: "mới hợp đồng tháng 9/2026", "nhận 1 điều dưỡng mới từ tháng 3"
    r"|moi (?:lam )?(?:hop dong|hd|hdld)|nhan (?:\w+ ){1,3}moi"
    # h321: "mới được bố trí từ tháng 8", "trúng tuyển tháng 9"
    r"|bo tri|trung tuyen"
    # h345: "trạm mới nhận 1 y tá hợp đồng từ 15/9", "chị ấy làm hợp đồng từ tháng 9": a
    # contract worker's service began then
    rf"|{_CONTRACTED})"
    r"(?: chinh thuc)?"
    # who was hired may stand between ("tuyển dụng một công chức văn hóa từ tháng 8"); task
    # h128: also with no "từ" ("tuyển dụng công chức xã tháng 3/2026"), the month then dated
    # task h298: the post may take many words ("tuyển viên chức trung tâm dịch vụ tổng hợp
    # của xã từ tháng 3")
    r"(?: (?:tu |vao |bat dau tu )?| (?:[a-z0-9]+ ){1,12}?(?:tu|vao|bat dau tu) "
    r"| (?:[a-z]+ ){1,4}?(?=thang \d{1,2} / 20\d\d\b))thang (\d{1,2})\b"
)
#: "tuyển dụng vào phường từ 15/7/2026": the day the asker's service began
_STARTED_ON = re.compile(
    r"\b(?:di lam|vao lam|lam viec|nhan viec|" + _TASK_WORK + r"|tuyen dung|tuyen|nhan cong tac"
    r"|thu viec|tap su|k[yi] (?:hop dong|hd|hdld)|ve lam|nhan vao(?: lam)?"
    rf"|moi (?:lam )?(?:hop dong|hd|hdld)|nhan (?:\w+ ){{1,3}}moi|{_CONTRACTED})"
    r"(?: chinh thuc)?(?: (?:[a-z0-9]+ ){0,12}?)? ?(?:tu|vao|bat dau tu)(?: ngay)? "
    r"(\d{1,2}) / (\d{1,2})\b"
)


#: "ký hợp đồng (lao động) với xã", "hợp đồng mới ký từ tháng 2": a contract signed, the start
#: of service, no decision
_CONTRACT = re.compile(r"\bk[yi] (?:hop dong|hd|hdld)\b|\b(?:hop dong|hd|hdld) (?:moi )?k[yi]\b")


def contract_signed_only(words: list[str]) -> bool:
    """ "ký hợp đồng với xã từ tháng 8": the only signing told is a work contract's, so its
    "ký" asks no one who decides (task h187)."""
    joined = " ".join(words)
    return _CONTRACT.search(joined) is not None and len(re.findall(r"\bk[yi]\b", joined)) == 1


def service_start_told(joined: str) -> bool:
    """ "vào làm công chức xã từ 1/6/2026", "tuyển dụng từ tháng 3": the day or month the
    asker's service began is told."""
    return _STARTED.search(joined) is not None or _STARTED_ON.search(joined) is not None


#: the 6-month rule (Luật 2022 Điều 24; TT 15/2025): months served by the year's end
_MIN_SERVICE = 6


#: the year told right after a start month ("từ tháng 9 / 2019") and any year in a message
_YEAR_AFTER = re.compile(r" / ((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _older_year(joined: str, end: int, years: list[str]) -> bool:
    """ "làm hợp đồng từ tháng 9/2019, năm 2026 …": a start dated before the latest year the
    message tells is years of service back, not a late start in the year reviewed (h345)."""
    year = _YEAR_AFTER.match(joined, end)
    # "vào làm tháng 9/2025 thì 2025 có xét k, còn 2026 thì sao": the year before the latest is
    # still a year asked about, so only a start two or more years back is left out
    return year is not None and int(year.group(1)) < max(map(int, years)) - 1


def started_late(segments: list[Segment]) -> None:
    """Service that began too late in the year to reach six months by its end ("đi làm từ tháng
    8") is a new hire's case, whatever words the letter tells it in."""
    years = [y for seg in segments for y in _YEAR.findall(" ".join(seg.words))]
    message = " ".join(" ".join(seg.words) for seg in segments)
    # task h377: a school year told is reckoned to its end (May, or the month told "kết thúc
    # tháng 5"), not to December: "tuyển từ tháng 9/2025, năm học 2025-2026" serves 9 months,
    # "tuyển tháng 2/2026, năm học 2025-2026" only 4
    school = " nam hoc " in f" {message} "
    closes = _UNTIL.search(message) if school else None
    last = int(next(g for g in closes.groups() if g)) if closes is not None else 5
    for at, seg in enumerate(segments):
        joined = " ".join(seg.words)
        if not _STARTED.search(joined) and at + 1 < len(segments):
            # "ký hợp đồng | với xã từ tháng 8": the part cut at "với" still dates the verb
            # (task h187); only a verb in this part counts
            joined = f"{joined} {' '.join(segments[at + 1].words)}"
        own = len(" ".join(seg.words))
        found = _STARTED.search(joined)
        if found is not None and (found.start() >= own or not 1 <= int(found.group(1)) <= 12):
            found = None
        served = 13 - int(found.group(1)) if found is not None else None
        if served is not None and school and 1 <= int(found.group(1)) <= 12:
            served = (last - int(found.group(1))) % 12 + 1
        dated = _STARTED_ON.search(joined) if found is None else None
        if dated is not None and dated.start() >= own:
            dated = None
        if dated is not None and 1 <= int(dated.group(2)) <= 12:
            # "tuyển dụng từ 15/7/2026": a month begun after its first day is not served whole
            day, month = int(dated.group(1)), int(dated.group(2))
            served = 13 - month - (0.5 if day > 1 else 0)
            if school:
                served = (last - month) % 12 + 1 - (0.5 if day > 1 else 0)
        if served is None or (not school and _older_year(joined, (found or dated).end(), years)):
            continue
        if served < _MIN_SERVICE and "chuyen_cong_tac" not in seg.subjects:
            seg.add(seg.subjects, "moi_tuyen")


#: words before a number of months that make it fall short of it ("gần 6 tháng", "chưa đủ 6")
_SHORT_OF = frozenset({"gan", "duoi", "chua", "thieu", "xap", "suyt"})

#: words before a number of months that make it a rule told ("nghe nói phải đủ 10 tháng",
#: "cần 6 tháng", "thay cho mốc 10 tháng trước đây"), not a length served
_RULE_TOLD = frozenset({"phai", "can", "buoc", "moc"})

#: what bars a title below a length: "dưới 10 tháng thì không (được) xét"
_BARRED = frozenset({"khong", "chua", "bi"})


def _barred_below(message: list[str], at: int) -> bool:
    """ "nghe nói mới tuyển dưới 10 tháng thì không xét LĐTT": a length under which the title
    is barred is the rule told (the old one, or the 6 months of Thông tư 15/2025/TT-BNV), not the
    asker's own service (task h210)."""
    after = message[at + 2 : at + 4]
    return (
        at > 0
        and message[at - 1] in {"duoi", "chua"}
        and bool(after)
        and (after[0] in _BARRED or (after[0] == "thi" and after[1:2] and after[1] in _BARRED))
    )


#: "đến tháng 5 là tổng kết", "tháng 12 xét thi đua": the month a told service runs to (the
#: review's month told bare, a few words before its "xét / họp / tổng kết", task h111)
_UNTIL = re.compile(
    r"\bden (?:het |cuoi )?thang (\d{1,2})\b"
    r"|\bthang (\d{1,2}) (?:\w+ ){0,2}?(?:xet|binh xet|hop|tong ket|danh gia)\b"
    # "năm học … tổng kết tháng 5/2027": the review's month told after it (task h139)
    r"|\btong ket (?:vao |trong )?thang (\d{1,2})\b"
    # task h283: "năm học 2025-2026 kết thúc tháng 5/2026"
    r"|\bket thuc (?:vao |trong )?thang (\d{1,2})\b"
)
#: words that make a start month no month of the calendar year being reviewed
_OTHER_YEAR = ("nam hoc", "nam ngoai", "nam truoc", "nam roi")


def _same_year(rest: str) -> bool:
    """The start month told is of the year reviewed: no year after it ("tuyển tháng 2"), or
    one that is the only year the message names ("từ tháng 3/2026 …, cuối năm 2026")."""
    words = rest.split()
    told = {w for w in words[:3] if len(w) == 4 and w.isdigit()}
    return not told or told == {w for w in words if len(w) == 4 and w.isdigit()}


#: a month something began in: "vào tháng 9", "từ tháng 3/2026", "từ 01/4/2026"
_START_MONTH = re.compile(
    r"\b(?:vao|tu|bat dau)(?: ngay)? (?:thang (\d{1,2})|\d{1,2} / (\d{1,2}))\b"
)


def _several_starts(joined: str) -> bool:
    """ "2 gv mới tuyển: 1 người vào tháng 9/2025, 1 người vào tháng 3/2026": two starts told
    are two people's services, no one service to count (task h283)."""
    return len({a or b for a, b in _START_MONTH.findall(joined)}) > 1


def months_served(message: list[str]) -> int | None:
    """The longest service a message tells in months when every length it tells reaches the
    6-month rule; None when none is told or one falls short ("gần 6 tháng", "chưa đủ 6"). "tháng
    8" is a month of the year, "9 tháng" a length: only lengths are counted."""
    lengths = [
        int(w) - (0.5 if _SHORT_OF & set(message[max(i - 2, 0) : i]) else 0)
        for i, (w, nxt) in enumerate(pairwise(message))
        if w.isdigit()
        and nxt == "thang"
        # "từ tháng 9/2026 tháng 12 xét": a year or a date's part is no length (task h139)
        and int(w) < 100
        and (i == 0 or message[i - 1] != "/")
        and not _RULE_TOLD & set(message[max(i - 2, 0) : i])
        and not _barred_below(message, i)
        # "từ tháng 9, tháng 12 xét": the 9 is a month of the year, not nine months served
        and (i == 0 or message[i - 1] != "thang")
    ]
    joined = " ".join(message)
    started = _STARTED.search(joined)
    first, late = (int(started.group(1)), 0.0) if started is not None else (0, 0.0)
    dated = _STARTED_ON.search(joined) if started is None else None
    if dated is not None:
        # "vào làm từ 1/6/2026": a month begun after its first day is not served whole
        first, late = int(dated.group(2)), 0.5 if int(dated.group(1)) > 1 else 0.0
        started = dated
    if not lengths and started is not None and 1 <= first <= 12 and not _several_starts(joined):
        # "tuyển tháng 2, đến cuối năm": the months from its start to the end told count
        rest = joined[started.end() :]
        until = _UNTIL.search(rest)
        last = int(next(g for g in until.groups() if g)) if until is not None else 0
        if 1 <= last <= 12:
            lengths.append((last - first) % 12 + 1 - late)
        elif _same_year(rest) and not any(f" {w} " in f" {joined} " for w in _OTHER_YEAR):
            # to the calendar year's end; a year told with the month ("tháng 10/2024") or a
            # school year ("năm học", ending in May) is another reckoning
            lengths.append(13 - first - late)
        elif " nam hoc " in f" {joined} ":
            # task h377: "tuyển từ tháng 9/2025, năm học 2025-2026": to the school year's end
            # (May, its review), 9 months
            lengths.append((5 - first) % 12 + 1 - late)
    if not lengths or min(lengths) < _MIN_SERVICE:
        return None
    return int(max(lengths))
