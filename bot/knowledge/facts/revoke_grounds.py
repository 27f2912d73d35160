"""Whether what a question tells is a ground to revoke a title already awarded.

A decision is cancelled, and its hiện vật and tiền thưởng taken back, for dishonesty in
declaring achievements, false information or forged papers, an unlawful review or proposal, or
a violation shown to fall in the period assessed (Luật Thi đua, khen thưởng 2022 Điều 93;
NĐ 152/2025). A discipline for something done later ("năm sau bị kỷ luật") is none of them:
the title won before stands.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = [
    "CLERICAL_NOTE",
    "LATER_DISCIPLINE_NOTE",
    "RESTORED_NOTE",
    "SANCTIONS_NOTE",
    "award_kept_claimed",
    "clerical_slip_told",
    "consequence_asked",
    "criminal_asked",
    "false_claim_told",
    "honour_restored",
    "later_discipline_only",
    "lost_paper_told",
    "no_ground_note",
    "sanctions_limited",
]

LATER_DISCIPLINE_NOTE = (
    "Kỷ luật vì việc xảy ra sau khi đã được tặng không phải căn cứ hủy bỏ danh hiệu đã xét: "
    "quyết định chỉ bị hủy khi gian dối trong kê khai thành tích, cung cấp thông tin sai sự "
    "thật, làm giả hồ sơ, xét, đề nghị trái pháp luật, hoặc vi phạm được kết luận xảy ra trong "
    "chính thời gian xét tặng."
)

_DISCIPLINE = r"(?:bi |dinh |nhan )?(?:ky luat|khien trach|canh cao|xu phat|bi phat)"
#: the words one of which each match of ``_DISCIPLINE`` holds
_DISCIPLINE_WORDS = ("ky luat", "khien trach", "canh cao", "xu phat", "bi phat")
#: the discipline placed after the award: "năm sau bị kỷ luật", "sau đó lại vi phạm",
#: "bị kỷ luật vào năm sau", "đến năm 2026 mới bị kỷ luật"
_LATER = re.compile(
    r"\b(?:nam sau|nam tiep theo|nam ke tiep|sau do|sau nay|ve sau|sang nam(?: \d{4})?"
    r"|sau khi (?:duoc|dc|da)(?: \w+){1,4}?) "
    rf"(?:\w+ ){{0,3}}?{_DISCIPLINE}\b"
    rf"|\b{_DISCIPLINE} (?:\w+ ){{0,2}}?(?:vao |trong )?(?:nam sau|nam tiep theo|sau do)\b"
    # task h298: "bị khiển trách vì việc mới phát sinh", "kỷ luật do chuyện khác": an act of
    # its own, after the award
    rf"|\b{_DISCIPLINE} (?:\w+ ){{0,3}}?(?:vi|do) (?:(?:viec|chuyen|loi|vi pham) (?:moi|khac)"
    r"|(?:viec|chuyen|vi pham) (?:\w+ )?phat sinh sau)\b"
)
#: task h298: "bị kỷ luật là bị thu hồi hết các danh hiệu đã nhận": a blanket claim that any
#: discipline takes back every title, with no ground told
_BLANKET = re.compile(
    rf"\b{_DISCIPLINE} (?:\w+ ){{0,3}}?(?:la|thi) (?:\w+ ){{0,2}}?(?:thu hoi|huy bo|huy|mat)"
    r" (?:\w+ ){0,1}?(?:het|tat ca|toan bo|moi|ca)\b"
    # task h361: the "all" said first: "bị kỷ luật thì tất cả danh hiệu … các năm trước đều bị
    # thu hồi", "kỷ luật là mọi danh hiệu đã có đều mất"
    rf"|\b{_DISCIPLINE} (?:la|thi) (?:het|tat ca|toan bo|moi|ca) (?:\w+ ){{0,10}}?"
    r"(?:deu |cung )?(?:bi )?(?:thu hoi|huy bo|huy|mat)\b"
)
#: "LĐTT năm ngoái …, năm nay bị kỷ luật": the title told as last year's, the discipline as now
_PAST_TITLE = re.compile(r"\b(?:nam ngoai|nam truoc|nam roi)\b")
#: either word order: "năm nay bị kỷ luật", "bị kỷ luật khiển trách năm nay" (task h235)
_NOW_DISCIPLINE = re.compile(
    rf"\b(?:nam nay|gio|bay gio) (?:\w+ ){{0,2}}?{_DISCIPLINE}\b"
    rf"|\b{_DISCIPLINE} (?:\w+ ){{0,3}}?(?:nam nay|bay gio)\b"
)
#: a ground of revocation told: dishonesty, forgery, an unlawful review, a violation found in
#: the year of the title itself
_GROUND = re.compile(
    r"\b(?:khai gian|gian doi|gian lan|khai man|khai sai|lam gia|gia mao|sai su that|sao chep"
    r"|trai phap luat|trai quy dinh|ho so gia|thanh tich gia|khong dung su that"
    # a conclusion, inquiry or inspection may show the standard was not met in the year itself
    # (an inquiry still under way is not one: "đang bị điều tra" is judged by _PENDING)
    r"|ket luan|thanh tra|phat hien|kiem tra|ban an)\b"
    r"|\bvi pham (?:\w+ ){0,3}?(?:tu|trong) (?:nam do|nam duoc|thoi gian xet|truoc khi)\b"
)


#: a year told: "năm 2025", "3/2026", "2025"
_YEAR = re.compile(r"\b(?:\d{1,2}/){0,2}(20\d\d)\b")
#: a school year "năm học 2025-2026": the title covers up to its second year
_SCHOOL_YEAR = re.compile(r"\bnam hoc (20\d\d) (20\d\d)\b")
#: the year of the discipline told before or after it ("tháng 3/2026 bị kỷ luật", "bị kỷ luật
#: khiển trách năm 2026")
_DISCIPLINE_YEAR = re.compile(
    # no other year between ("năm 2025 năm 2026 bị khiển trách" is 2026's, task h298)
    rf"\b(?:nam |thang )?(?:\d{{1,2}}/){{0,2}}(20\d\d) (?:(?!20\d\d\b)\w+ ){{0,2}}?{_DISCIPLINE}\b"
    rf"|\b{_DISCIPLINE} (?:\w+ ){{0,3}}?(?:nam |thang )(?:\d{{1,2}}/){{0,2}}(20\d\d)\b"
)
#: the year of the act disciplined, which decides the matter over the discipline's own date
#: ("vi phạm xảy ra năm 2026", "sai phạm từ năm 2025")
_VIOLATION_YEAR = re.compile(
    r"\b(?:vi pham|sai pham|viec lam|hanh vi) (?:\w+ ){0,4}?(?:nam |thang )"
    r"(?:\d{1,2}/){0,2}(20\d\d)\b"
)


def _later_by_years(said: str) -> bool:
    """The discipline (or the act disciplined) is told in a year after the title's: "được LĐTT
    năm 2025, tháng 3/2026 bị kỷ luật vì vi phạm năm 2026". The title's year is the first one
    told; an act told in the title's own year is a violation in the period assessed."""
    discipline = _DISCIPLINE_YEAR.search(said)
    first = _YEAR.search(said)
    if discipline is None or first is None:
        return False
    if first.start() >= discipline.start():
        return _titles_told_after(said, discipline)
    school = _SCHOOL_YEAR.search(said)
    title_year = int(school.group(2)) if school else int(first.group(1))
    violation = _VIOLATION_YEAR.search(said)
    act_year = int(
        violation.group(1) if violation else (discipline.group(1) or discipline.group(2))
    )
    return act_year > title_year


def _titles_told_after(said: str, discipline: re.Match[str]) -> bool:
    """The discipline told first, the titles' years after it: "bị kỷ luật năm 2026 thì LĐTT,
    CSTĐCS của các năm 2022-2025 cũng bị hủy hết". Every title year told is before the year of
    the discipline (or of the act disciplined, when told), so none is the period assessed."""
    violation = _VIOLATION_YEAR.search(said)
    act_year = int(
        violation.group(1) if violation else (discipline.group(1) or discipline.group(2))
    )
    rest = said[discipline.end() :]
    if violation is not None and violation.start() >= discipline.end():
        rest = rest.replace(violation.group(0), " ")
    title_years = [int(year) for year in _YEAR.findall(rest)]
    return bool(title_years) and max(title_years) < act_year


#: "được giấy khen tháng 1/2026, tháng 5 bị khiển trách": the award's month, then the
#: discipline's, in one year
_AWARD_MONTH = re.compile(r"\bthang (\d{1,2})(?:/(20\d\d))?\b")
_DISCIPLINE_MONTH = re.compile(
    rf"\bthang (\d{{1,2}})(?:/(20\d\d))? (?:(?!thang\b)\w+ ){{0,2}}?{_DISCIPLINE}\b"
)


def _later_by_months(said: str) -> bool:
    """The discipline is told in a later month of the award's year (task h298)."""
    discipline = _DISCIPLINE_MONTH.search(said)
    award = _AWARD_MONTH.search(said)
    if discipline is None or award is None or award.start() >= discipline.start():
        return False
    years = {y for y in (award.group(2), discipline.group(2)) if y}
    return len(years) <= 1 and int(discipline.group(1)) > int(award.group(1))


def later_discipline_only(question: str) -> bool:
    """The question tells a discipline that came after the title and no ground to revoke it
    ("được CSTĐCS mà năm sau bị kỷ luật thì danh hiệu năm trước có bị thu hồi không")."""
    said = folded_words(question, "/")
    if not any(word in said for word in _DISCIPLINE_WORDS):
        # s48a: every way of placing the discipline later names it; most questions name none
        return False
    later = (
        _LATER.search(said) is not None
        or (_PAST_TITLE.search(said) is not None and _NOW_DISCIPLINE.search(said) is not None)
        or _later_by_years(said)
        or _later_by_months(said)
        or _BLANKET.search(said) is not None
    )
    return later and _GROUND.search(said) is None


#: a certificate lost or spoiled: the decision stands, only the paper is gone
_LOST = re.compile(
    # a loss word needs its "làm / bị / đánh": a bare "mặt bằng" folds like "mất bằng"
    r"\b(?:(?:lam|bi|danh) (?:mat|hong|rach|chay)|that lac) "
    r"(?:\w+ ){0,2}?(?:bang|giay khen|giay chung nhan|bang chung nhan|quyet dinh|huy hieu)\b"
    r"|\b(?:bang|giay khen|giay chung nhan|bang chung nhan|huy hieu)(?: \w+){0,4} "
    r"(?:(?:bi |da )?(?:mat|that lac|rach|chay)\b|(?:bi |da )hong\b"
    # task f191: a bare "hong" ending the question is the Southern "không?" tail ("thu hồi cả
    # hiện vật bằng khung hong"), not "hỏng"; told broken it has its "bị / đã" or goes on
    r"|hong\b(?!(?: (?:ad|a|vay|nhi|ha|ta))? *$))"
    # task h344: the loss told as the claim ("mất bằng thì coi như mất danh hiệu") or by what
    # took the paper ("lũ cuốn mất hết đồ đạc, trong đó có bằng", "bị chuột cắn")
    r"|\bmat (?:bang|giay khen|giay chung nhan)(?: \w+){0,2}? (?:thi|la) (?:coi nhu |cung )?"
    r"(?:mat|bi huy|khong con)\b"
    r"|\b(?:cuon mat|cuon troi|troi mat|chay mat|chay rui|chuot can|moi an|moi xong)\b"
)
#: an inquiry, a suspension or a complaint still pending: nothing is concluded yet
_PENDING = re.compile(
    r"\b(?:dang (?:bi )?(?:dieu tra|xem xet|thanh tra|kiem tra|xac minh|khoi to|to cao)"
    r"|(?:tam )?dinh chi cong tac|bi khoi to|bi to cao|co don to cao|bi dieu tra)\b"
)
#: a conclusion still awaited: "phải chờ kết luận", "chưa có kết luận", "đợi bản án"
_AWAITED = re.compile(
    r"\b(?:cho|doi|chua co|chua|truoc khi co) (?:\w+ ){0,2}?(?:ket luan|ban an|ket qua)\b"
)
#: what ends the wait: a conclusion, a judgement (also one supposed: "nếu tòa xử có tội"), or a
#: wrong the rule names already found
_CONCLUDED = re.compile(
    r"\b(?:ket luan|ban an|tuyen an|ket an|xu an|co ket qua|xac dinh (?:co )?vi pham"
    r"|(?:xu|tuyen|ket luan|bi an) (?:la )?co toi|bi ket toi"
    # "có đơn tố cáo …, nếu đã ký QĐ rồi mới phát hiện khai không đúng số liệu": found, not
    # pending
    r"|phat hien|khai sai|khai khong dung|khong dung su that|sai so lieu"
    r"|khai gian|gian doi|gian lan|khai man|lam gia|gia mao|sai su that|trai phap luat)\b"
)

#: a clerical slip in the decision itself: a name, a date, a birth year typed wrong. It is
#: none of the grounds of Điều 93 (a false declaration is "khai sai", read as a ground)
_CLERICAL_ITEM = (
    r"(?:ho ten|ten|ngay ky|ngay thang|nam sinh|ngay sinh|dia chi|chuc vu|so quyet dinh"
    r"|chinh ta|ten don vi)"
)
_CLERICAL = re.compile(
    rf"\b(?:ghi|viet|danh|go|in) (?:\w+ ){{0,2}}?(?:sai|nham|lon) (?:\w+ )?{_CLERICAL_ITEM}\b"
    rf"|\b(?:sai|nham) {_CLERICAL_ITEM}\b"
    rf"|\b{_CLERICAL_ITEM} (?:\w+ ){{0,2}}?(?:bi )?(?:ghi |viet |danh may |go )?(?:sai|nham)\b"
    # "tên của tôi trong quyết định bằng khen tỉnh bị viết sai"
    rf"|\b{_CLERICAL_ITEM} (?:\w+ ){{0,8}}?bi (?:ghi |viet |danh may |go |in )?(?:sai|nham)\b"
    r"|\b(?:danh may|go) (?:\w+ ){0,1}?(?:nham|sai)\b"
    r"|\bloi (?:danh may|chinh ta|in an)\b"
)
#: the award claimed void or the prize taken back: "bị hủy (bỏ)", "vô hiệu", "thu hồi", "trả lại"
_VOIDED = re.compile(
    r"\b(?:bi (?:\w+ )?huy|vo hieu|thu hoi|tra lai|nop lai|mat (?:danh hieu|tien|gia tri))\b"
    # task h422: a ground to cancel asked ("có phải lý do để chủ tịch xã hủy bỏ QĐ k"), the award
    # claimed of no use ("k được dùng làm căn cứ", "coi như chưa được khen", "hết hiệu lực")
    r"|\b(?:ly do|can cu) (?:\w+ ){0,5}?(?:huy|thu hoi)\b"
    r"|\b(?:khong|k|ko) (?:con )?(?:duoc |dc )?dung (?:lam|de lam) can cu\b"
    r"|\bcoi nhu (?:chua|khong|k|ko) (?:duoc |dc )?(?:khen|tang|cong nhan)\b"
    r"|\b(?:het|mat) hieu luc\b|\bbi xoa\b"
)
CLERICAL_NOTE = (
    "Quyết định ghi sai tên, ngày ký hay đánh máy nhầm không phải căn cứ hủy bỏ quyết định khen: "
    "danh hiệu, hình thức khen thưởng và tiền thưởng đã nhận vẫn giữ; quyết định chỉ bị hủy bỏ, "
    "hiện vật và tiền thưởng chỉ bị thu hồi khi gian dối trong kê khai thành tích, cung cấp "
    "thông tin sai sự thật, làm giả hồ sơ hoặc xét, đề nghị trái pháp luật."
)


def clerical_slip_told(question: str) -> bool:
    """The question tells a name, a date or a year typed wrong in the decision or on the
    certificate, and no ground of Điều 93 (task h422)."""
    said = folded_words(question, "/")
    if not (" sai " in f" {said} " or "nham" in said):
        return False
    return _CLERICAL.search(said) is not None and _GROUND.search(said) is None


def lost_paper_told(question: str) -> bool:
    """The question tells a certificate lost or spoiled (task h344)."""
    return _LOST.search(folded_words(question, "/")) is not None


LOST_NOTE = (
    "Mất, hỏng bằng hay giấy khen không phải căn cứ hủy bỏ quyết định khen: danh hiệu, hình "
    "thức khen thưởng vẫn giữ nguyên giá trị; quyết định chỉ bị hủy khi gian dối, cung cấp "
    "thông tin sai sự thật, làm giả hồ sơ hoặc xét, đề nghị trái pháp luật."
)
PENDING_NOTE = (
    "Đang bị điều tra, tố cáo hay tạm đình chỉ công tác thì chưa phải căn cứ hủy bỏ: danh hiệu "
    "đã tặng không tự động mất; chỉ khi có kết luận, bản án xác định gian dối, làm giả hồ sơ, "
    "xét, đề nghị trái pháp luật hoặc vi phạm trong chính thời gian xét tặng thì người quyết "
    "định tặng mới hủy bỏ và thu hồi."
)


#: the person left after the award: resigned, retired, moved, died (task h283)
_LEFT = re.compile(
    r"\b(?:(?:xin )?thoi viec|nghi viec|xin nghi|nghi huu|ve huu|chuyen (?:cong tac|di|sang)"
    r"|cham dut hop dong|het hop dong|qua doi|da mat|tu tran|nghi che do)\b"
)
LEFT_NOTE = (
    "Nghỉ việc, thôi việc, nghỉ hưu, chuyển công tác hay qua đời sau khi được tặng không phải căn"
    " cứ hủy bỏ quyết định khen: danh hiệu và tiền thưởng đã nhận vẫn giữ; quyết định chỉ bị hủy"
    " bỏ, hiện vật và tiền thưởng chỉ bị thu hồi khi gian dối trong kê khai thành tích, cung cấp"
    " thông tin sai sự thật, làm giả hồ sơ hoặc xét, đề nghị trái pháp luật."
)


def no_ground_note(question: str) -> str | None:
    """What the question tells in place of a ground, said as why the award stands: a
    discipline for a later act, a lost certificate, leaving the service, an inquiry not yet
    concluded; None when it
    tells a real ground (or nothing of the kind). Luật Thi đua, khen thưởng 2022 Điều 93."""
    if later_discipline_only(question):
        return LATER_DISCIPLINE_NOTE
    said = folded_words(question, "/")
    if _ACQUITTED.search(said) is not None:
        # a prosecution that ended in an acquittal is no inquiry still pending
        return None
    if _CONCLUDED.search(_AWAITED.sub(" ", said)) is not None:
        return None
    if _LOST.search(said) is not None:
        return LOST_NOTE
    if (
        # a typo in the decision, with no ground of Điều 93 told (the substring guards the regex)
        (" sai " in f" {said} " or "nham" in said)
        # "… ghi sai tên, chủ tịch có quyền hủy QĐ đó k": the power asked, which the revoker
        # readers judge (task h262)
        and "quyen" not in said
        and _CLERICAL.search(said) is not None
        # the typo claimed to void the award or take the prize back, not a fix the asker plans
        # ("… ghi sai tên thôn, phải gửi lên huyện để hủy QĐ cũ")
        # (or claimed to stand: "đánh máy nhầm tên thôn, danh hiệu vẫn giữ nguyên đúng k", h361)
        and (_VOIDED.search(said) is not None or award_kept_claimed(question))
        and _GROUND.search(said) is None
    ):
        return CLERICAL_NOTE
    if _LEFT.search(said) is not None and _GROUND.search(said) is None:
        return LEFT_NOTE
    if _PENDING.search(said) is not None or _AWAITED.search(said) is not None:
        return PENDING_NOTE
    return None


#: a court that cleared the person: "tòa tuyên không có tội", "miễn trách nhiệm hình sự"
_ACQUITTED = re.compile(
    # task h422: "tòa xử k có tội", typed with the chat's "k"
    r"\b(?:(?:khong|k|ko|kg) co toi|vo toi|mien (?:truy cuu )?(?:trach nhiem hinh su|tnhs))\b"
)
#: a state honour named ("danh hiệu vinh dự nhà nước", "Anh hùng Lao động", "Nhà giáo ưu tú")
_HONOUR = re.compile(
    r"\b(?:vinh du nha nuoc|anh hung|nha giao (?:uu tu|nhan dan)|thay thuoc (?:uu tu|nhan dan)"
    r"|nghe si (?:uu tu|nhan dan)|nghe nhan (?:uu tu|nhan dan))\b"
)
#: getting the honour back asked: "có được phục hồi không", "trao lại", "lấy lại danh hiệu"
_RESTORE_ASKED = re.compile(r"\b(?:phuc hoi|trao lai|tra lai danh hieu|lay lai danh hieu)\b")
RESTORED_NOTE = (
    "Người bị tước danh hiệu vinh dự nhà nước mà sau đó có bản án, quyết định của Tòa án có"
    " hiệu lực pháp luật tuyên không có tội, miễn trách nhiệm hình sự thì được phục hồi và trao"
    " lại danh hiệu; Chủ tịch nước quyết định tước, phục hồi và trao lại danh hiệu vinh dự nhà"
    " nước (Luật 2022 Điều 93 khoản 6, khoản 7)."
)


def honour_restored(question: str) -> bool:
    """A state honour stripped, then the court cleared the person, and getting it back asked
    ("bị tước rồi tòa tuyên không có tội thì có được phục hồi không")."""
    said = folded_words(question, "/")
    return (
        _ACQUITTED.search(said) is not None
        and _HONOUR.search(said) is not None
        and _RESTORE_ASKED.search(said) is not None
    )


#: the sanctions claimed to stop at discipline: "chỉ bị kỷ luật thôi", "không bị truy cứu hình
#: sự", "chỉ xử lý kỷ luật chứ không đi tù"
_ONLY_DISCIPLINE = re.compile(
    # task h422: "chỉ bị nhắc nhở thôi", "chỉ bị phạt tiền": a lighter limit claimed the same way
    # ("đã khen rồi thì k hủy được, chỉ rút kinh nghiệm thôi" claims the award stands, not a
    # sanction: the cancelling rule answers it, b154)
    # task f190 (b190 F1): "k chỉ bị nhắc nhở mà còn phải trả lại tiền" widens the sanctions,
    # it claims no limit: a "chỉ" denied is no "only"
    r"(?<!khong )(?<!\bko )(?<!\bkg )(?<!\bk )"
    r"\bchi (?:bi )?(?:xu ly )?(?:ky luat|xu phat|phat hanh chinh|nhac nho|phe binh|phat tien"
    r")\b(?: \w+){0,3}?"
    r" (?:thoi|thui|chu khong|chu k|con khong)\b"
    r"|(?<!khong )(?<!\bko )(?<!\bkg )(?<!\bk )\bchi (?:bi )?(?:nhac nho|phe binh|phat tien)\b"
)
_NO_CRIMINAL = re.compile(
    # task h422: "k bao giờ bị xử lý hình sự": the chat's "k", "never" between
    # task f190 (b190 F1): "k đến mức (bị) truy cứu hình sự": the same denial, of degree
    r"\b(?:khong|k|ko|kg)(?: bao gio| he)? (?:the |duoc |dc |bi |phai |den muc )*"
    r"(?:truy cuu|xu ly hinh su|hinh su|di tu|ngoi tu)\b"
)
#: task h422: criminal liability asked as the yes/no itself ("có (thể) bị truy cứu (trách
#: nhiệm) hình sự không", "… k hay chỉ bị kỷ luật thôi"): the law allows it (Điều 93, domain.md
#: 2.11), "Có", whatever lighter alternative is offered after "hay"
_CRIMINAL_ASKED = re.compile(
    r"\bco (?:the |kha nang )?(?:bi )?(?:truy cuu (?:trach nhiem )?hinh su|xu ly hinh su"
    r"|di tu|ngoi tu)(?: \w+){0,2}? (?:khong|k|ko|kg)\b"
)
SANCTIONS_NOTE = (
    "Không chỉ kỷ luật: tùy tính chất, mức độ vi phạm, người gian dối trong kê khai thành tích,"
    " làm giả hồ sơ hoặc xét, đề nghị trái pháp luật bị xử lý kỷ luật, xử phạt vi phạm hành"
    " chính hoặc truy cứu trách nhiệm hình sự; quyết định khen bị hủy bỏ, hiện vật và tiền"
    " thưởng bị thu hồi."
)


def criminal_asked(question: str) -> bool:
    """Criminal liability is itself the yes/no asked ("làm giả giấy xác nhận để được bằng khen
    thì có bị truy cứu hình sự k", "… có thể bị truy cứu TNHS k hay chỉ bị kỷ luật thôi")."""
    return _CRIMINAL_ASKED.search(folded_words(question, "/")) is not None


def sanctions_limited(question: str) -> bool:
    """A revoke question claims the wrongdoer faces discipline only, never the criminal law
    ("làm giả hồ sơ chỉ bị kỷ luật thôi chứ không bị truy cứu hình sự đúng không")."""
    said = folded_words(question, "/")
    if criminal_asked(question):
        return False  # the criminal law asked first: its "Có" answers (task h422)
    if _ONLY_DISCIPLINE.search(said) is not None:
        return True
    no_criminal = _NO_CRIMINAL.search(said)
    # task f190 (b190 F1): "… k đến mức truy cứu hình sự đâu nhỉ": "đâu" (or "đúng không")
    # right after the denial asserts it as the asker's claim, as "chỉ (bị kỷ luật)" does
    return no_criminal is not None and (
        " chi " in f" {said} " or _ASSERTED_AFTER.match(said, no_criminal.end()) is not None
    )


#: a doubting "đâu" closing the denial just read ("… hình sự đâu nhỉ"), or the "đúng không" it
#: is restated with (``rhetoric.restated``): the denial is claimed
_ASSERTED_AFTER = re.compile(
    r"(?: trach nhiem)?(?: hinh su)?(?: dau\b| ?,? (?:dung|phai) (?:khong|ko|k|kg)\b)"
)


#: an award told as wrongly made: a ground the rule names, or an award made by mistake or
#: against the criteria
_WRONG_AWARD = re.compile(
    r"\b(?:khai gian|gian doi|gian lan|khai man|lam gia|gia mao|sai su that|trai phap luat"
    r"|trai quy dinh|(?:khen|xet|tang|cong nhan|de nghi) (?:\w+ ){0,3}?(?:nham|sai)"
    r"|tham dinh (?:\w+ ){0,3}?sai|sai tieu chuan|khong dung tieu chuan|khong du tieu chuan"
    # task h401: "thôn dùng số liệu không thật để được thôn văn hóa", "báo cáo không đúng sự
    # thật", "kê khai không trung thực": a false achievement declared (Luật 2022 Điều 93)
    r"|(?:so lieu|thong tin|bao cao|ho so|thanh tich|ke khai) (?:\w+ ){0,2}?"
    r"(?:khong that|gia|bia|ao|khong dung su that|khong trung thuc)"
    r"|khong dung su that|khong trung thuc"
    # task h422: achievements blown up ("khai phóng đại", "viết quá tay so với thực tế")
    r"|phong dai|thoi phong|noi qua|qua tay|khai khong|khai tang|nang khong"
    r"|(?:khong dung|sai|cao hon|hon|qua) (?:so voi )?thuc te)\b"
)


def false_claim_told(question: str) -> bool:
    """The question tells an award wrongly made: a false or blown-up declaration, a forgery, an
    unlawful review (task h422)."""
    return _WRONG_AWARD.search(folded_words(question, "/")) is not None


#: an award told as made, then a fault found in it
_DECIDED = re.compile(
    r"\b(?:(?:ky|ra|co) quyet dinh|quyet dinh tang|da (?:duoc |dc )?(?:tang|khen|cong nhan))\b"
    # task h422: the title told as held ("người được LĐTT 2025", "chị được CSTĐCS năm ngoái")
    r"|\b(?:duoc|dc|dat) (?:danh hieu )?(?:ldtt|lao dong tien tien|cstdcs|chien si thi dua"
    r"|giay khen|bang khen|gdvh|gia dinh van hoa|thon van hoa|ttldtt|ttldxs)\b"
)
_FAULT = re.compile(
    # task h422: a court or an inspection concluding a wrong in the year itself
    r"\b(?:ket luan|ban an|pham toi|ket an|lo ra|"
    r"(?:ky luat|khien trach|canh cao) (?:\w+ ){0,3}?(?:ngay )?trong (?:nam|chinh nam|thoi gian)"
    r"|(?:nam|thoi gian) do (?:\w+ ){0,2}?(?:bi |dang bi )?(?:ky luat|khien trach|canh cao)|"
    r"phat hien|sai sot|nham|khong du (?:dieu kien|dk|tieu chuan)|chua du (?:dieu kien|dk))\b"
)
#: the consequence asked: "xử lý thế nào / sao / ra sao", "thì sao", "có bị xử lý không"
_CONSEQUENCE = re.compile(
    r"\b(?:xu ly (?:the nao|sao|ra sao|nhu the nao|gi|nhu nao)|(?:co )?bi xu ly|thi sao)\b"
)
_CONSEQUENCE_YESNO = re.compile(r"\b(?:co )?bi xu ly (?:khong|k|ko|kg|hay)\b")


def consequence_asked(question: str) -> bool | None:
    """What follows a wrong award is asked ("khen nhầm thì xử lý thế nào", "xét trái pháp luật
    thì sao", "thẩm định sai có bị xử lý không"): the decision is cancelled and the hiện vật,
    tiền thưởng recovered, the wrongdoer disciplined (Luật 2022 Điều 93). True when asked as a
    yes/no ("có bị xử lý không"), False when asked openly, None when not asked or no wrong
    award is told ("nộp muộn thì sao")."""
    said = folded_words(question, "/")
    if _CONSEQUENCE.search(said) is None:
        return None
    wrong = _WRONG_AWARD.search(said) is not None or (
        _DECIDED.search(said) is not None and _FAULT.search(said) is not None
    )
    if not wrong:
        return None
    return _CONSEQUENCE_YESNO.search(said) is not None


#: the award claimed to stand: "vẫn giữ nguyên (giá trị)", "vẫn còn nguyên", "vẫn còn giá trị",
#: "vẫn được tính", "k bị hủy", "k làm mất danh hiệu", "không ảnh hưởng" (task h361)
_KEPT = re.compile(
    r"\b(?:(?:van )?(?:con )?(?:giu nguyen|nguyen ven)|(?:van )?con nguyen"
    r"|(?:van )?con (?:gia tri|hieu luc)|van (?:duoc |dc )?(?:tinh|giu|cong nhan)"
    # task h422: "lần CSTĐCS đó có còn được tính (vào chuỗi) k": the award asked to stand
    r"|con (?:duoc |dc )tinh|(?:duoc|dc) tinh vao (?:chuoi|so lan|thanh tich)"
    r"|(?:khong|k|ko) (?:bi )?(?:huy|huy bo|thu hoi|tuoc|mat|anh huong)"
    r"|(?:khong|k|ko) lam mat)\b"
)
#: a negation right before a kept phrase turns it into a loss: "k còn giá trị", "không còn
#: nguyên"
_NEGATION = frozenset({"khong", "k", "ko", "chua", "chang", "het"})


def award_kept_claimed(question: str) -> bool:
    """The question claims, or asks whether, the award stands: "sai thông tin trên bằng thì
    danh hiệu vẫn còn nguyên, k bị hủy, đúng k", "bị khiển trách vì việc mới phát sinh, nghe
    nói LĐTT 2025 vẫn giữ nguyên, đúng k". Read only where ``no_ground_note`` found no ground to
    cancel it, so the claim is judged once against Điều 93: "Có" (task h361)."""
    said = folded_words(question, "/")
    for found in _KEPT.finditer(said):
        if said[: found.start()].split()[-1:] and said[: found.start()].split()[-1] in _NEGATION:
            continue  # "k còn giá trị": the award claimed lost
        return True
    return False
