"""Is a question about thi đua – khen thưởng at all?

Retrieval always finds a closest entry, and a question about something else can share its words
("xe máy có phải đóng thuế không" with the entry on tax on prize money, "bằng lái xe có bị thu
hồi" with the one on revoking a commendation). A question that names no title of the fact model
and none of the field's own words is declined, with what the assistant can do, before retrieval
gets a chance to answer it from the wrong topic.
"""

from __future__ import annotations

import re

from bot.core.text import fold, sentences
from bot.knowledge.retype import without_introduction

__all__ = ["OFF_TOPIC_TEXT", "names_peoples_council", "on_topic"]

#: folded words and phrases only this field uses (whole words; "khen" also covers "giấy khen")
_FIELD = (
    "thi dua", "khen", "danh hieu", "sang kien", "thanh tich", "huan chuong", "tdkt",
    "td kt", "hoi dong", "ke hoach", "binh xet", "niem yet", "to trinh", "bien ban", "chung nhan",
    "luong co so", "phong trao", "vinh du", "anh hung", "tieu chuan", "tieu chi", "cong nhan",
    "de nghi", "ho so", "tien tien", "van hoa", "tieu bieu", "chien si", "ldtt", "cstd", "gdvh",
    "xuat sac",
    # a council's vote on proposals (task h90): "tỷ lệ phiếu do tỉnh quy định đúng k"
    "ty le phieu", "ti le phieu", "bo phieu", "kiem phieu", "phieu dong y", "so phieu",
    "bieu quyet",
    "nghi dinh", "thong tu", "152", "129", "86/2023", "quy che", "chuyen de", "dot xuat",
    "ky luat", "hoan thanh", "nhiem vu", "tro ly", "bot", "huong dan",
    "noi vu",
)  # fmt: skip
_FIELD_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _FIELD) + r")\b")
#: field words other services use as much ("giấy chứng nhận quyền sử dụng đất", "hồ sơ kết hôn",
#: "hướng dẫn cấp đổi CCCD"): beside a word of another service they do not make the ask ours
_SHARED = (
    "chung nhan", "ho so", "de nghi", "huong dan", "hoan thanh", "nhiem vu", "ke hoach",
    "cong nhan", "tieu chuan", "tieu chi",
    # task h418 (b159 F9): every service's request goes by tờ trình ("ấp xin kinh phí làm
    # đường bê tông thì làm tờ trình gửi ai")
    "to trinh",
)  # fmt: skip
_SHARED_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _SHARED) + r")\b")
_OWN_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _FIELD if w not in _SHARED) + r")\b")
#: a legal text named by number ("nd 98/2023", "thông tư 12/2019", "luật 2022"): whether it is
#: still in force is a question the assistant answers; one outside the field falls to retrieval's
#: own thresholds
_LEGAL_RE = re.compile(
    r"\b(?:nd|nghi dinh|tt|thong tu|qd|quyet dinh|luat|nq|nghi quyet|chi thi|ct)\s*(?:so\s*)?\d"
)
#: a number over a year ("98/2023"): a text's number, unless another service is named beside
#: it, where it is a month ("nghỉ hưu tháng 3/2026, hồ sơ … gửi bảo hiểm xã hội": task h209)
_NUMBERED_RE = re.compile(r"\b\d{1,4}/20\d\d\b")

#: the steps of the work, asked about without naming the field in a chat that is about it
#: ("nộp ở đâu vậy", "hạn nộp là khi nào", "ai ký quyết định", "mẫu số 04 là gì")
_STEPS = (
    "nop", "han", "mau", "quyet dinh", "qd",
    # a commendation obtained by false declaration and revoked (Luật 2022 Điều 93 khoản 8;
    # task h209): "khai gian bị thu hồi không, ai hủy QĐ"
    "khai gian", "gian doi", "khai man", "phu trach", "tra cuu", "ma", "tien do", "dong dau",
    "bao cao", "sap nhap", "xa", "phuong", "thon", "ubnd", "chu tich", "so noi vu", "xet",
    # the abolished district names the reform, unless the question is about something else
    # done there ("mai trời có mưa không, em định đi công tác huyện bên": task h107)
    "huyen",
)  # fmt: skip
#: other services officers' constituents ask about: with one of these and no word of the field,
#: a step word ("nộp thuế đất ở đâu", "tra cứu điểm thi THPT") does not make it the field's
_ELSEWHERE = (
    "thue", "ngan hang", "hoc phi", "bao hiem", "bhyt", "khai sinh", "ket hon", "so do",
    "can cuoc", "tam tru", "thuong tru", "giay phep", "luong huu", "tro cap", "xe may", "xe",
    "oto", "o to", "gia vang", "thoi tiet", "bong da", "nop phat", "bi phat", "phat nguoi",
    # a land parcel split (h343): "giáo viên hỏi thủ tục tách thửa đất ở của gia đình"
    "tach thua", "thua dat",
    "thpt", "tien dien", "cat dien", "dat dai", "den bu", "vay von",
    # the weather told in everyday words ("trời có mưa không", "dự báo nắng nóng")
    "troi", "du bao",
    # land titles, marriage and identity papers carry "chứng nhận", "hồ sơ", "phí" (h169)
    "su dung dat", "hon nhan", "cccd", "cmnd", "can cuoc cong dan", "ho chieu",
    # courts, disputes and pensions (task h209): "ly hôn nộp ở tòa huyện", "tranh chấp đất với
    # hàng xóm thì xã hòa giải", "hồ sơ hưởng lương hưu mấy bộ"
    "ly hon", "toa", "tranh chap", "hoa giai", "ranh gioi", "nghi huu",
    "bhxh",
    # land taken and paid for, businesses registered, civil papers (task h221): "bị thu hồi
    # đất thì bồi thường giá nào", "đăng ký thành lập HTX nộp hồ sơ ở phòng nào", "chứng thực
    # bản sao ở đâu" share "thu hồi", "hợp tác xã", "hồ sơ", "nộp" with the field
    "thu hoi dat", "boi thuong", "giai phong mat bang", "tai dinh cu", "giao dat", "dia chinh",
    "chuyen muc dich", "giay phep xay dung", "dang ky thanh lap", "dang ky kinh doanh",
    "dang ky doanh nghiep", "dang ky hop tac xa", "dang ky htx", "thanh lap hop tac xa",
    "thanh lap htx", "thanh lap doanh nghiep", "thanh lap cong ty", "ho kinh doanh",
    "chung thuc", "ho tich", "khai tu", "nhan con nuoi", "ly lich tu phap",
    # a firm's papers changed after the merger of communes, and money for building (task
    # h263): "đăng ký thay đổi địa chỉ trụ sở công ty sau sáp nhập xã", "thôn xin vốn nông
    # thôn mới làm đường bê tông" share "sáp nhập", "xã", "thôn" with the field
    "dang ky thay doi", "thay doi dia chi", "doi dia chi", "dia chi tru so", "tru so cong ty",
    "xin von", "nguon von", "von dau tu", "giai ngan", "be tong", "lam duong", "duong giao thong",
    # task h418 (b159 F9): money or materials asked for works ("xin kinh phí", "xin hỗ trợ xi
    # măng làm đường")
    "xin kinh phi", "cap kinh phi", "xin ho tro", "xi mang",
    # other reports and accounts share "báo cáo", "mẫu", "xã" with the field (task h328): "báo
    # cáo thống kê dân số mẫu lấy ở đâu", "báo cáo kinh tế - xã hội quý 3 cần chỉ tiêu gì",
    # "zalo của xã bị khóa tài khoản"
    # no bare "thống kê": "công chức văn phòng - thống kê" is the xã's own post
    "bao cao thong ke", "so lieu thong ke", "chi cuc thong ke", "cuc thong ke",
    "dieu tra thong ke", "dan so", "ho ngheo", "can ngheo", "kinh te xa hoi", "kinh te - xa hoi",
    "kt-xh", "ktxh",
    "khoa tai khoan", "tai khoan bi khoa", "bi khoa", "mo khoa", "mo lai tai khoan",
    # a firm's or HTX's own business papers (task h358): "HTX muốn đăng ký nhãn hiệu gạo thì
    # nộp hồ sơ ở đâu" names an organisation the field knows and asks of another service
    "nhan hieu", "thuong hieu", "so huu tri tue", "ma so vung trong", "vietgap",
    "truy xuat nguon goc", "ma vach", "an toan thuc pham",
    # task h407: the respeller splits "VietGAP" into "Viet GAP"; other product certificates
    # ("chứng nhận VietGAP cho rau", "OCOP") share "chứng nhận" with the field
    "viet gap", "global gap", "globalgap", "ocop", "chung nhan chat luong", "hop quy",
    # task h387: a device or an app to set up, a recruitment, a bank account: other services,
    # whoever asks ("hướng dẫn cài zalo trên máy tính cho HTX", "trường tuyển giáo viên thì nộp
    # hồ sơ ở đâu")
    "zalo", "facebook", "may tinh", "dien thoai", "cai dat", "wifi", "mat khau", "dang nhap",
    "tuyen giao vien", "tuyen nhan vien", "tuyen vien chuc", "tuyen cong chuc", "thi tuyen",
    "xet tuyen", "du tuyen", "tuyen sinh", "mo tai khoan", "nganh nghe kinh doanh",
    # task h420: a plan of another service ("mẫu kế hoạch tổ chức lễ hội dân gian", "kế hoạch
    # tiêm chủng mở rộng", "kế hoạch phòng chống lụt bão") shares "kế hoạch", "mẫu" with the
    # field; a word of the field beside it ("khen … phòng chống lụt bão") keeps the ask ours
    "le hoi", "tiem chung", "phong chong lut bao", "lut bao", "phong chong thien tai",
    "phong chong dich",
    # task f181 (b181 F7): a school's entrance marks, a road, a market day or a wedding asked
    # of the old district ("điểm chuẩn trường huyện", "đường lên huyện bị sạt lở đi đường
    # nào", "chợ huyện họp phiên"): "huyện" is where, no district level of thi đua
    "diem chuan", "thi vao lop", "vao lop 10", "sat lo", "di duong nao", "hop phien",
    "phien cho", "dam cuoi",
)  # fmt: skip
#: the People's Council (HĐND), no council of thi đua: its sessions' minutes, votes and plans
#: share "biên bản", "biểu quyết", "kế hoạch" with the field (task h358)
_PEOPLES_COUNCIL_RE = re.compile(r"\b(?:hdnd|hd nd|hoi dong nhan dan)\b")
#: other bodies whose own meetings keep minutes and votes (task h372): a Party cell or
#: committee, the pupils' parents; their session words are not the field's either
_OTHER_MEETING_RE = re.compile(
    r"\b(?:chi bo|dang uy|dang bo|chi uy|hop phu huynh|phu huynh|cha me hoc sinh)\b"
)
#: the field's words a People's Council session uses as much
_SESSION_WORDS_RE = re.compile(
    r"\b(?:bien ban|to trinh|bieu quyet|bo phieu|kiem phieu|phieu dong y|so phieu|ke hoach"
    r"|nghi quyet|hoi dong)\b"
)
#: a person's own pay asked ("hệ số lương 2,34 lĩnh bao nhiêu", "nâng lương", "phụ cấp"):
#: "lương cơ sở" is the field's only as the base of a prize, so beside pay of one's own and
#: no other word of the field the ask is about salary (task h263)
_PAY = ("he so luong", "nang luong", "bac luong", "phu cap", "linh luong", "tien luong")
#: a grade's pay named by the grade ("lương công chức bậc 1 hệ số 2,34", "ngạch chuyên viên"):
#: a step or scale of the salary table, never a prize's coefficient (task h286)
_GRADE_PAY = (
    r"luong (?:cua )?(?:cong chuc|vien chuc|can bo|giao vien|nhan vien)",
    r"bac \d+",
    r"ngach",
)
_PAY_RE = re.compile(r"\b(?:" + "|".join((*_PAY, *_GRADE_PAY)) + r")\b")
#: a discipline named beside one's pay: the pay rules' case, no word of the field by itself
_DISCIPLINE_RE = re.compile(r"\b(?:bi )?(?:ky luat|khien trach|canh cao)\b")
_STEPS_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _STEPS) + r")\b")
_ELSEWHERE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _ELSEWHERE) + r")\b")

#: a sum rounded ("702.000 làm tròn thành 700.000", "làm tròn 759 nghìn"): in this chat the only
#: sums rounded are prizes (NĐ 152/2025 Điều 49 khoản 2; task h255)
_SUM_ROUNDED_RE = re.compile(
    r"\blam tron\b.*\b(?:\d{1,3}(?:\.\d{3})+|\d+\s*(?:nghin|ngan|trieu|tr|k)\b|\d+tr\d+)"
    r"|\b(?:\d{1,3}(?:\.\d{3})+|\d+\s*(?:nghin|ngan|trieu|tr|k)\b|\d+tr\d+).*\blam tron\b"
)

#: the salary regime's own bonus (NĐ 73/2024 Điều 4: a fund of 10 % of the salary fund, shared
#: by the agency's own rules), not a prize for a title: named without a word of the field, it is
#: not ours ("tiền thưởng theo NĐ 73 (quỹ thưởng 10% quỹ lương) chia thế nào"; task h255)
_SALARY_BONUS_RE = re.compile(
    r"\b(?:quy (?:tien )?luong|tong quy luong|thuong dinh ky|che do tien thuong)\b"
)
#: a decree named by its number ("Nghị định 73", "NĐ 73/2024"): no word of the field by itself
_LAW_NAMED_RE = re.compile(r"\b(?:nghi dinh|nd|thong tu|tt)\s*(?:so\s*)?\d+(?:/[\w-]+)*")

_GIVE_RE = re.compile(r"\b(?:duoc tang|tang gi|tang cho|truy tang|xet tang|de nghi tang)\b")

OFF_TOPIC_TEXT = (
    "**Ngoài lĩnh vực thi đua, khen thưởng**\n"
    "Câu hỏi này không thuộc lĩnh vực thi đua, khen thưởng nên tôi không trả lời, để tránh "
    "trả lời sai. Tôi có thể giúp anh/chị: tiêu chuẩn, ai quyết định, tiền thưởng và hiện vật "
    "của các danh hiệu, hình thức khen thưởng ở xã; hồ sơ cần những gì và nộp ở đâu; thời hạn "
    "trong kế hoạch thi đua; tra cứu hồ sơ bằng mã. Việc khác anh/chị hỏi bộ phận một cửa của "
    "xã hoặc cơ quan phụ trách lĩnh vực đó. Nếu câu hỏi là về thi đua, khen thưởng, anh/chị hỏi "
    "lại cụ thể hơn hoặc gửi cho cán bộ phụ trách thi đua, khen thưởng của xã."
)


def on_topic(question: str, names_title: bool) -> bool:
    """``names_title``: the fact model recognised a title or form of commendation in it. The
    field's words must be in the ask itself: "em mới nhận việc thi đua, bằng lái xe có bị thu
    hồi không" says who asks in the field's words and asks of another service. An ask that
    names no other service is read with what is told before it ("Xã vừa phát động phong trào.
    Vậy có phải tổng kết không")."""
    if names_title:
        return True
    asked = asked_part(question)
    if asked != question and _ELSEWHERE_RE.search(" ".join(fold(asked).lower().split())):
        return _asks_field(asked)
    return _asks_field(question)


def names_peoples_council(question: str) -> bool:
    """The People's Council (HĐND) named: its sessions and elections are no thi đua plan's, so
    an off-topic ask naming it takes no plan passage either (task h358)."""
    return _PEOPLES_COUNCIL_RE.search(" ".join(fold(question).lower().split())) is not None


def asked_part(question: str) -> str:
    """The ask without what is told before it: a letter's last sentence, without a leading
    clause that only greets or says who asks."""
    parts = sentences(question)
    return without_introduction(parts[-1] if len(parts) > 1 else question)


#: a building called a cultural house ("nhà văn hóa huyện cho thuê làm đám cưới"): a place,
#: not the "văn hóa" of Gia đình văn hóa or of a thôn văn hóa (task f181, b181 F7)
_CULTURAL_HOUSE_RE = re.compile(r"\bnha van hoa\b")


def _asks_field(question: str) -> bool:
    text = _CULTURAL_HOUSE_RE.sub(" ", " ".join(fold(question).lower().split()))
    if _pay_asked(text, question) or (
        _SALARY_BONUS_RE.search(text) is not None
        and _OWN_RE.search(_LAW_NAMED_RE.sub(" ", text)) is None
    ):
        return False
    body = _PEOPLES_COUNCIL_RE.search(text) or _OTHER_MEETING_RE.search(text)
    if body is not None:
        # "mẫu biên bản họp HĐND xã kỳ họp thường lệ": the People's Council's own session is
        # asked unless a word only the field uses is left once its name and session words go;
        # so is a Party cell's or the parents' meeting (task h372: "mẫu biên bản họp chi bộ
        # cuối năm", "biên bản họp phụ huynh")
        rest = _SESSION_WORDS_RE.sub(
            " ", _OTHER_MEETING_RE.sub(" ", _PEOPLES_COUNCIL_RE.sub(" ", text))
        )
        return (
            _OWN_RE.search(rest) is not None
            or _LEGAL_RE.search(rest) is not None
            or _GIVE_RE.search(rest) is not None
            or "thưởng" in question.lower()
        )
    if _OWN_RE.search(text) is not None or _LEGAL_RE.search(text) is not None:
        return True
    # read outside the shared words: "hồ sơ đỏ" is no "sổ đỏ" ("hồ sơ do HĐ xã thẩm định")
    elsewhere = _ELSEWHERE_RE.search(_SHARED_RE.sub(" ", text)) is not None
    if _NUMBERED_RE.search(text) is not None and not elsewhere:
        return True
    if _FIELD_RE.search(text) is not None and not elsewhere:
        return True
    if _STEPS_RE.search(text) is not None and not elsewhere:
        return True
    if _SUM_ROUNDED_RE.search(text) is not None and not elsewhere:
        return True
    # "tặng" (to award) folds like "tăng" (to rise): typed with marks, or in its phrases
    if "tặng" in question.lower() or _GIVE_RE.search(text) is not None:
        return True
    # "thưởng" folds like "thường" ("đăng ký thường trú"): typed with marks it must be "thưởng";
    # typed without any, "thuong" is taken at its word
    lowered = question.lower()
    if "thưởng" in lowered:
        return "tết" not in lowered  # a company's Tết bonus is not a commendation
    return (
        text == " ".join(lowered.split())
        # "bồi thường" (to compensate) typed without marks is no "thưởng"
        # nor "thương hiệu" (a brand)
        and re.search(r"(?<!boi )\bthuong\b(?! hieu)", text) is not None
        and "tet" not in text
    )


#: a rule for every title answers only a question about commendation at all: "xe máy có phải
#: đóng thuế không" names no title and none of these, so the tax rule for prizes is not its answer
_TOPIC = (
    "thi dua",
    "khen",
    "thuong",
    "danh hieu",
    "sang kien",
    "thanh tich",
    "huan chuong",
    "tdkt",
    # "hồ sơ không được duyệt thì xã có phải trả lời không": in this chat a dossier is one for
    # an award; only a rule for every title (a general attribute's cue) reads it so
    "ho so",
    # the papers of a dossier (task h90): "tờ trình theo mẫu số mấy", "biên bản ai ký"
    "to trinh",
    "bien ban",
    "binh xet",
    "niem yet",
    "cong khai danh sach",
    "phieu",
    "bieu quyet",
)


#: words that make a number told a sum of money ("759 nghìn", "2 triệu", "150.000 đồng")
_MONEY_WORDS = frozenset({"nghin", "ngan", "trieu", "tr", "dong", "d", "vnd"})
#: one token that is a sum by itself ("760k", "1tr404", "2tr")
_MONEY_TOKEN = re.compile(r"\d+(?:k|tr\d*)")


#: a decision undone for a false declaration ("khai gian bị hủy qđ k"): in this chat the
#: decision is an award's (Luật 2022 Điều 93), though no topic word is typed (task f199)
_FALSE_CLAIM = re.compile(r"\b(?:khai gian|khai man|khai khong|gian doi|gian lan|lam gia)\b")
_DECISION_UNDONE = re.compile(r"\b(?:huy|thu hoi)(?: bo)? (?:qd|quyet dinh)\b")


def about_commendation(toks: list[str]) -> bool:
    joined = " ".join(toks)
    if any(word in joined for word in _TOPIC):
        return True
    if (
        ("huy" in joined or "thu hoi" in joined)
        and _DECISION_UNDONE.search(joined)
        and _FALSE_CLAIM.search(joined)
    ):
        return True
    # "702.000 làm tròn thành 700.000 đúng k": in this chat the only sums rounded are prizes
    # (NĐ 152/2025 Điều 49 khoản 2; task h255)
    return "lam tron" in joined and _sum_told(toks)


def _sum_told(toks: list[str]) -> bool:
    """A sum of money among the tokens: thousands grouped by dots ("702.000" reads "702", ".",
    "0"), a number with a money word, or a token that is a sum by itself."""
    for i, tok in enumerate(toks):
        if _MONEY_TOKEN.fullmatch(tok) is not None:
            return True
        if not tok.isdigit() or i + 1 >= len(toks):
            continue
        after = toks[i + 1]
        if after in _MONEY_WORDS or (after == "." and i + 2 < len(toks) and toks[i + 2].isdigit()):
            return True
    return False


def _pay_asked(text: str, question: str) -> bool:
    """ "lương cơ sở tăng lên thì hệ số lương 2,34 lĩnh bao nhiêu": a salary asked, whose only
    word of the field is "lương cơ sở"; a prize ("thưởng", "khen", a title) keeps it ours."""
    if _PAY_RE.search(text) is None:
        return False
    # "bị kỷ luật khiển trách thì kéo dài thời hạn nâng lương mấy tháng": a discipline's effect
    # on pay is the civil-service rules', not the field's (task h283)
    rest = _DISCIPLINE_RE.sub(" ", text.replace("luong co so", " "))
    return (
        _OWN_RE.search(rest) is None
        and "thưởng" not in question.lower()
        # typed without marks "thuong" may be "thưởng"; "thường xuyên" is not
        and re.search(r"\bthuong\b(?! xuyen)", text) is None
    )
