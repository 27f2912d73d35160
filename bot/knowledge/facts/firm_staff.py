"""A firm's or cooperative's own people kept in view (Luật 2022 Điều 80 khoản 4): whoever the
question tells about them (a worker's level of duty, a tổ sản xuất's share of LĐTT, the asker
heading the firm), the firm's director decides their LĐTT, CSTĐCS and TTLĐTT, and the xã neither
signs nor reviews them."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import Fact, FactModel
from bot.knowledge.facts.pair import Pair, needs
from bot.knowledge.facts.registration import REGISTRATION

#: the titles a firm's director decides for its own people (Luật 2022 Điều 80 khoản 4); giấy
#: khen is left out: the xã's chairman also gives one to the firm itself (Điều 75)
_DIRECTOR_TITLES = frozenset({"ldtt", "cstdcs", "ttldtt"})
#: a title above the director's power, whose decider is still asked of the firm's people: its
#: firm case says where the director's power stops (Điều 80 khoản 4; Điều 27)
_ABOVE_DIRECTOR = frozenset({"ttldxs"})
#: the giấy khen a board's chair gives, whichever recipient it was read for
_GIAY_KHEN = frozenset({"giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the"})
#: subjects whose own decider is not the firm's director, or that already are the firm
_OWN_DECIDER = frozenset({"htx", "cong_an", "dan_quan_tt", "dan_quan", "don_vi_tinh"})
#: levels the question's authority names when it asks of a body other than the firm
_OTHER_AUTHORITY = frozenset({"tinh", "so", "bo", "tw", "hdqt", "don_vi"})

_FIRM = r"(?:cong ty|cty|doanh nghiep|htx|hop tac xa)"
#: the xã put up as the one that reviews or gives a title: "(ủy ban) xã có xét … không"
_XA_REVIEWS = re.compile(
    r"\b(?:uy ban|ubnd|chu tich) (?:\S+ )?xa (?:co |se |van )?(?:xet|tang|cong nhan|binh xet)\b"
    r"|\bxa (?:co |se )?(?:xet|tang|binh xet)\b(?: \S+){1,6} (?:khong|k|ko) hay\b"
)
#: the firm put up as the other one that may: "… hay (là) công ty xét"
_FIRM_REVIEWS = re.compile(rf"\bhay (?:la )?(?:do )?{_FIRM} (?:xet|tang|ky|ki|cong nhan|tu xet)\b")
#: the asker heads the firm ("e là giám đốc cty TNHH", "tôi làm chủ nhiệm HTX")
_ASKER_HEADS_FIRM = re.compile(
    r"\b(?:e|em|toi|minh|anh|chi) (?:la|lam) (?:giam doc|tong giam doc|chu|chu nhiem) "
    rf"(?:\S+ ){{0,1}}{_FIRM}\b"
)
#: the firm's people told as its own: "công nhân cty", "xã viên HTX", "tổ sản xuất HTX",
#: "kế toán cho một công ty", "nhân viên của doanh nghiệp"
_FIRM_PEOPLE = re.compile(
    r"\b(?:cong nhan|nhan vien|ke toan|ky su|tho|nguoi lao dong|xa vien|to san xuat|phan xuong"
    rf"|to doi|doi san xuat) (?:\S+ ){{0,3}}{_FIRM}\b"
    # the firm named first, its people pointed back to: "doanh nghiệp FDI …, khen LĐTT cho công
    # nhân của họ" (task h300)
    rf"|\b{_FIRM}\b(?: \S+){{0,15}}? (?:cong nhan|nhan vien|nguoi lao dong|tho|ky su)"
    r" (?:cua )?(?:ho|minh|doanh nghiep do|cong ty do|cty do|htx do)\b"
    # task h418 (b159 F5): the asker's own firm, then its staff, with where it stands between
    # ("cty tui ở thị xã cũ, trước huyện hay khen, nay nhân viên đạt LĐTT thì ai ký")
    rf"|\b{_FIRM} (?:tui|toi|minh|e|em|chung toi|bon toi|chung em)\b(?: \S+){{0,15}}?"
    r" (?:nhan vien|nguoi lao dong|xa vien)\b"
)
#: task h278: words that only a firm's or cooperative's people use, with no firm word needed
#: ("xã viên" is a member of a hợp tác xã, "phân xưởng", "quản đốc", "nhà máy", "xí nghiệp" are
#: a firm's works and their head)
_FIRM_ALONE = re.compile(
    r"\b(?:xa vien|phan xuong|quan doc|nha may|xi nghiep)\b"
    # a workshop by its trade, or workers at one ("xưởng may", "công nhân ở xưởng"); a bare
    # "xuong" is also "xuống" (down), so it needs one of these (h343)
    r"|\bxuong (?:may|go|co khi|che bien|san xuat|giay|det|in|moc|dien tu)\b"
    r"|\bcong nhan (?:\S+ ){0,2}?(?:o|tai|cua) xuong\b"
)
#: a production team with a director above it ("tổ sản xuất của e …, giám đốc tặng …"): a
#: firm's team; a thôn's farming team has no giám đốc
_TEAM = re.compile(r"\b(?:to san xuat|doi san xuat|ca san xuat)\b")
_DIRECTOR = re.compile(r"\b(?:giam doc|tong giam doc)\b")


#: a firm's board, which only a company has (Luật Doanh nghiệp; Luật 2022 Điều 80 khoản 4
#: gives its chairman the giấy khen): "chủ tịch HĐTV", "hội đồng quản trị" (task h323)
_BOARD = re.compile(r"\b(?:hdtv|hdqt|hoi dong thanh vien|hoi dong quan tri)\b")
#: a firm's workers, named with a director or a firm word anywhere in the letter: "công nhân
#: …, giám đốc tặng CSTĐCS", "cty e tặng LĐTT cho 40 công nhân" (task h323)
# ("công nhận", recognised, folds the same: a verb's word before it or a title after it marks
# that one)
_WORKERS = re.compile(
    r"(?<!\bduoc )(?<!\bdc )(?<!\bda )(?<!\bxa )(?<!\btu )(?<!\bde )(?<!\bse )(?<!\bdinh )"
    r"(?<!\bky )(?<!\bmoi )(?<!\bchua )(?<!\bphai )(?<!\bkhong )(?<!\bko )(?<!\bk )"
    r"\bcong nhan\b(?! (?:ldtt|cstdcs|ttldtt|danh hieu|lao dong|chien si|tap the|thon|gia dinh"
    r"|gdvh|cho|lai|la|sang kien|ket qua|quyet dinh|qd|duoc|dc)\b)"
)
_FIRM_WORD = re.compile(rf"\b{_FIRM}\b")


def firm_people_told(text: str) -> bool:
    """The question tells the firm as the asker's or the people's own."""
    return bool(
        _ASKER_HEADS_FIRM.search(text)
        or _FIRM_PEOPLE.search(text)
        or _FIRM_ALONE.search(text)
        or (_TEAM.search(text) and _DIRECTOR.search(text))
        or _BOARD.search(text)
        or (_WORKERS.search(text) and (_DIRECTOR.search(text) or _FIRM_WORD.search(text)))
    )


#: who a firm's workers are, before the director's own power is told beside the xã's
_WORKERS_LEAD = "Với công nhân, người lao động của doanh nghiệp, hợp tác xã: "


def workers_giver(model: FactModel, pair: Pair, text: str) -> tuple[str, Fact] | None:
    """ "công nhân có được CSTĐCS không": workers named with no employer may be a firm's, whose
    director gives the title to its own people (Luật 2022 Điều 80 khoản 4), beside the xã's
    chairman who gives it to the xã's (h357); None when no such worker is told or the firm's
    case is already the one read."""
    if (
        pair.entity not in _DIRECTOR_TITLES
        or "nong_dan" not in pair.cases
        or "htx" in pair.cases
        or not _WORKERS.search(text)
    ):
        return None
    decides = model.fact(pair.entity, "decides")
    firm = decides.by_subject.get("htx") if decides is not None else None
    if firm is None:
        return None
    first = re.split(r"(?<=[.;])\s+", firm.text.strip(), maxsplit=1)[0]
    # only the director's power is told here (Điều 80 khoản 4), not the xã's giấy khen
    return f"{_WORKERS_LEAD}{first}", replace(firm, sources=firm.sources[:1])


def _firm_title_read(pairs: list[Pair], *_: object) -> bool:
    """A part ``firm_decides_for_staff`` may turn is read: who may have, who decides or what
    carries one of the titles a firm's director or board gives (s49a: one reading in four)."""
    return any(
        (p.attr in ("eligible", "object") and p.entity in _DIRECTOR_TITLES)
        or (p.attr == "decides" and p.entity in _FIRM_DECIDED)
        for p in pairs
    )


#: the titles whose decider ``firm_decides_for_staff`` reads as the firm's
_FIRM_DECIDED = _DIRECTOR_TITLES | _ABOVE_DIRECTOR | _GIAY_KHEN


@needs(_firm_title_read)
def firm_decides_for_staff(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "e là công nhân cty giấy, hoàn thành tốt nhiệm vụ, ai ký", "tổ sản xuất HTX … 50 % …
    ai ký": the level of duty or the share told is how the title is won, the firm is whose
    people they are, so who decides is the firm's case (Luật 2022 Điều 80 khoản 4)."""
    text = " ".join(toks)
    told = None
    out: list[Pair] = []
    for p in pairs:
        if (
            p.attr == "eligible"
            and p.entity in _DIRECTOR_TITLES
            and (p.subject == "htx" or p.subject not in _OWN_DECIDER)
            and _XA_REVIEWS.search(text)
            and (_FIRM_REVIEWS.search(text) or firm_people_told(text))
        ):
            # "ủy ban xã có xét LĐTT cho anh ấy không hay là công ty xét": the xã put up as the
            # one reviewing a firm's worker asks who decides, not whether a worker may have the
            # title (Luật 2022 Điều 80 khoản 4: the firm's director) (task h419)
            p = replace(
                p,
                attr="decides",
                subject="htx",
                authority="xa",
                cases=tuple(dict.fromkeys((*p.cases, "htx"))),
            )
        if p.attr == "decides" and p.entity in _DIRECTOR_TITLES and p.authority == "don_vi":
            # "nhà máy e …, giám đốc có quyền tặng CSTĐCS k": the giám đốc read as a public
            # unit's head is the firm's own once the firm is told (task h278)
            if told is None:
                told = firm_people_told(text)
            if (told or p.subject == "htx") and _firm_director_acts(text):
                p = replace(p, authority="htx")
        if (
            p.attr == "object"
            and p.authority == "hdqt"
            and p.entity in _DIRECTOR_TITLES
            and " giay khen" in text
        ):
            # "chủ tịch HĐQT có tặng LĐTT được không hay chỉ tặng giấy khen": the giấy khen is
            # the board chair's power put against the title, not the title's hiện vật (h323)
            p = replace(
                p, attr="decides", subject="htx", cases=tuple(dict.fromkeys((*p.cases, "htx")))
            )
        if p.attr == "decides" and p.authority == "hdqt" and p.entity in _GIAY_KHEN:
            if p.subject != "htx":
                # "chủ tịch HĐTV chỉ được tặng giấy khen": the board chair's giấy khen is the
                # firm's own, for its people (Luật 2022 Điều 80 khoản 4), not the xã's (h323)
                p = replace(
                    p,
                    entity="giay_khen",
                    subject="htx",
                    cases=tuple(dict.fromkeys((*p.cases, "htx"))),
                )
            if not p.yesno and any(_director_claimed(q) for q in pairs):
                # the letter's yes/no ("…, còn CSTĐCS là giám đốc tặng, phải k") reaches the
                # board chair's half too
                p = replace(p, yesno=True)
        if (
            p.attr == "decides"
            and p.entity in _DIRECTOR_TITLES | _ABOVE_DIRECTOR
            and p.subject not in _OWN_DECIDER
            and p.authority not in _OTHER_AUTHORITY
        ):
            if told is None:
                told = firm_people_told(text)
            if told:
                p = replace(p, subject="htx", cases=tuple(dict.fromkeys((*p.cases, "htx"))))
        out.append(p)
    return _share_before_signer(out, text)


def _director_claimed(pair: Pair) -> bool:
    """A yes/no part claiming the firm's director decides a title ("…, còn CSTĐCS là giám đốc
    tặng, phải k"): the claim the board chair's giấy khen is told beside."""
    # the director is read as a unit's head ("don_vi") until the firm is told, just below
    return (
        pair.yesno
        and pair.attr == "decides"
        and pair.entity in _DIRECTOR_TITLES
        and pair.authority in ("htx", "don_vi")
    )


#: the director only likened to ("ban trị sự … như giám đốc DN"): another body acts
_LIKENED_DIRECTOR = re.compile(r"\b(?:nhu|giong|giong nhu) (?:tong )?giam doc\b")


def _firm_director_acts(text: str) -> bool:
    """A firm's director is told acting, not an informal body likened to one (task h278)."""
    return (
        _DIRECTOR.search(text) is not None
        and _LIKENED_DIRECTOR.search(text) is None
        and not informal_employer_told(text)
    )


#: members counted holding LĐTT ("10 người, 4 người đạt LĐTT"): the collective's share is told
_MEMBERS_COUNTED = re.compile(
    r"\b\d{1,4} (?:\S+ )?(?:deu )?(?:dat|la|co) (?:danh hieu )?(?:ldtt|lao dong tien tien)\b"
)

#: who signs asked in words of its own ("nếu đủ thì ai ký"), beside the yes/no
_SIGNER_ASKED = re.compile(r"\bai (?:ky|ki|quyet dinh|tang|duyet|co tham quyen)\b")


def _share_before_signer(pairs: list[Pair], text: str) -> list[Pair]:
    """ "tổ sản xuất 10 người, 4 người đạt LĐTT, giám đốc tặng TTLĐTT cho tổ dc k, nếu đủ thì ai
    ký": with the share told, whether the team may have the title is the yes/no (trên 50 %,
    Luật 2022 Điều 28), and the director who signs it is asked beside it (task h278)."""
    signer = next(
        (
            p
            for p in pairs
            if p.entity == "ttldtt" and p.attr == "decides" and p.yesno and p.subject == "htx"
        ),
        None,
    )
    if signer is None or any(p.entity == "ttldtt" and p.attr == "eligible" for p in pairs):
        return pairs
    if _MEMBERS_COUNTED.search(text) is None or _SIGNER_ASKED.search(text) is None:
        return pairs
    at = pairs.index(signer)
    share = replace(signer, attr="eligible", authority=None)
    return [*pairs[:at], share, replace(signer, yesno=False), *pairs[at + 1 :]]


#: the xã put up as signing or approving what the firm decided: "xã có phải ký lại k", "có bắt
#: buộc phải gửi hồ sơ lên UBND xã để chủ tịch xã ký không"
XA_SIGNS_FIRM_AWARD = re.compile(
    r"\b(?:ubnd |chu tich |ct )?xa (?:co )?(?:phai|can|bat buoc(?: phai)?|con phai) "
    r"(?:\S+ ){0,1}(?:ky|ki|duyet|phe duyet|xac nhan|quyet dinh|cong nhan)\b"
    r"|\b(?:gui|nop|trinh) (?:\S+ ){0,5}(?:len )?(?:ubnd |uy ban )?xa (?:de |cho )?"
    r"(?:ubnd |chu tich |ct )?(?:xa )?(?:ky|ki|duyet|phe duyet|quyet dinh|tham dinh|xet duyet)\b"
)
#: the firm told deciding or reviewing on its own: "công ty muốn tự bình xét", "hay công ty tự
#: ký được"
_FIRM_ACTS_ITSELF = re.compile(
    rf"\b(?:{_FIRM[3:-1]}|giam doc) (?:\S+ ){{0,3}}(?:tu|muon tu|duoc tu|co the tu) "
    r"(?:binh xet|xet|ky|ki|tang|khen|quyet(?: dinh)?)\b"
)


def firm_acts_itself(text: str) -> bool:
    """The firm is told reviewing or signing its people's awards itself."""
    return _FIRM_ACTS_ITSELF.search(text) is not None


def xa_asked_to_sign(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "giám đốc HTX ký LĐTT cho xã viên rồi, xã có phải ký lại k": the firm's case is told,
    and whether the xã signs it is asked; the decider checks then judge the xã claimed
    (Luật 2022 Điều 80 khoản 4: the director decides, the xã does not sign again)."""
    if not any(p.attr == "decides" and p.subject == "htx" for p in pairs):
        return pairs
    if XA_SIGNS_FIRM_AWARD.search(" ".join(toks)) is None:
        return pairs
    return [
        replace(p, authority="xa", yesno=True)
        if p.attr == "decides"
        and p.subject == "htx"
        and p.entity in _DIRECTOR_TITLES
        and p.authority in (None, "htx", "xa")
        else p
        for p in pairs
    ]


#: an employer or body that is no doanh nghiệp or hợp tác xã and no unit with legal personality
#: of a ministry or province: Luật 2022 Điều 80 gives it no power to award (khoản 1, 4)
_INFORMAL_EMPLOYER = re.compile(
    r"\b(?:ho kinh doanh|chua dang ky (?:doanh nghiep|kinh doanh)|chu xuong|ban tri su"
    r"|cau lac bo|clb|to hop tac)\b"
)


def informal_employer_told(text: str) -> bool:
    """ "ban trị sự chùa có được tự tặng LĐTT như giám đốc DN k": the body told acting is
    neither a firm nor a unit of the State."""
    return _INFORMAL_EMPLOYER.search(text) is not None


#: a firm's or cooperative's workers and members (Luật 2022 Điều 24 khoản 3: công nhân, nông dân,
#: người lao động outside khoản 1), not its salaried office staff
_FIRM_WORKERS = re.compile(r"\b(?:cong nhan|xa vien|tho|lao dong pho thong)\b")
#: the State's staff named as the ones asked about (khoản 1), not only compared with ("như công
#: chức")
_STATE_STAFF = re.compile(
    r"(?<!nhu )(?<!giong )(?<!phai )\b(?:can bo|cong chuc|vien chuc|cbcc|cbccvc)\b"
)
#: the worker told without the civil service's rating: "không có đánh giá xếp loại như công chức"
_NO_RATING = re.compile(
    r"\b(?:khong|chua) (?:co |duoc )?(?:danh gia )?(?:xep loai|danh gia)\b"
    r"|\bkhong phai (?:la )?(?:can bo|cong chuc|vien chuc)\b"
)
#: the attributes whose subject says which khoản of Điều 24 sets the criteria
_CRITERIA_ATTRS = frozenset({"eligible", "criteria"})
_LEVEL_SUBJECTS = frozenset({"htnv", "httnv", "htxs"})


def firm_workers_khoan_3(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "công nhân cty muốn LĐTT phải lao động sản xuất có hiệu quả …, đúng k", "xã viên …
    không có xếp loại như công chức, có đủ LĐTT không": a firm's workers and a cooperative's
    members are the công nhân, nông dân, người lao động of Luật 2022 Điều 24 khoản 3, whose
    criteria are their work's results, not a civil-service level of duty (khoản 1)."""
    text = " ".join(toks)
    out: list[Pair] = []
    for p in pairs:
        if (
            p.entity == "ldtt"
            and p.attr in _CRITERIA_ATTRS
            # an eligible part told, not asked ("… muốn khen mấy xã viên …, ai có thẩm quyền"),
            # is read by the composer as who decides, which the firm's case answers
            and (p.yesno or p.attr == "criteria")
            and "htx" in (p.subject, *p.cases)
            and (
                p.subject in ("htx", None)
                or (p.subject in _LEVEL_SUBJECTS and _NO_RATING.search(text))
            )
            and _FIRM_WORKERS.search(text)
            and not _STATE_STAFF.search(text)
        ):
            p = replace(p, subject="nong_dan")
        out.append(p)
    return out


#: "có được xét LĐTT theo tiêu chuẩn nông dân không": whether the title may be had is asked, the
#: standard named is how (its criteria follow)
_CONSIDERED_BY_STANDARD = re.compile(
    r"\bduoc (?:xet|binh xet)(?: \S+){1,4} theo tieu chuan(?: \S+){0,3} khong\b"
)


def considered_by_standard(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """The yes/no the criteria cue took from "được xét … theo tiêu chuẩn …" goes back to
    whether the title may be had; the criteria stay asked beside it."""
    if not any(p.attr == "criteria" and p.yesno for p in pairs):
        return pairs
    if _CONSIDERED_BY_STANDARD.search(" ".join(toks)) is None:
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if (
            p.attr == "criteria"
            and p.yesno
            and not any(q.entity == p.entity and q.attr == "eligible" for q in pairs)
        ):
            out.append(replace(p, attr="eligible"))
            p = replace(p, yesno=False)
        out.append(p)
    return out


#: people whom who they are keeps out of a title's reach (a pupil, an elderly resident who no
#: longer works: Luật 2022 Điều 24 names those who work); a standing militiaman has "Chiến sĩ
#: tiên tiến" instead of LĐTT (Điều 24 khoản 2), whatever the xã decides (h343)
_BARRED_PEOPLE = frozenset({"hoc_sinh", "nguoi_cao_tuoi", "dan_quan_tt"})


def barred_person_given(pairs: list[Pair], model: FactModel) -> list[Pair]:
    """ "xã tặng LĐTT cho bà cụ 75 tuổi ở thôn được không": the xã is the giver named, the
    person given is who the yes/no is about; when the title's own case for that person says
    "Không" the xã's power does not make it right, so whether the person may have it is asked."""
    out: list[Pair] = []
    for p in pairs:
        if (
            p.yesno
            and p.attr == "decides"
            and p.authority in (None, "xa")
            and p.subject in _BARRED_PEOPLE
            and (rule := model.fact(p.entity, "eligible")) is not None
            and (case := rule.by_subject.get(p.subject)) is not None
            and case.verdict == "Không"
        ):
            p = replace(p, attr="eligible", authority=None)
            if any((q.entity, q.attr) == (p.entity, p.attr) for q in pairs):
                continue  # the person's own eligibility is already asked beside it
        out.append(p)
    return out


#: the people a firm registers for ("đăng ký thi đua cho công nhân"), read as the recipient
_FIRM_PERSONS = frozenset({"nong_dan", "ca_nhan"})


def firm_registers(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "công ty e có phải đăng ký thi đua cho công nhân k", "doanh nghiệp tư nhân có cần đăng ký
    thi đua với xã k": the firm told is who registers, so its own rule answers (its director
    decides its people's titles, Luật 2022 Điều 80 khoản 4), not the province's rule for the
    workers named or the xã named as where one registers; one block is enough."""
    asked = [p for p in pairs if p.entity == REGISTRATION]
    if not asked:
        return pairs
    # the firm named by its works ("nhà máy", "xã viên") is told in the words, not the subjects
    firm = any("htx" in p.cases for p in asked) or firm_people_told(" ".join(toks))
    if not firm:
        return pairs
    out: list[Pair] = []
    seen = False
    for p in pairs:
        if p.entity == REGISTRATION:
            if p.attr in _CRITERIA_ATTRS:
                if seen:
                    # one fact: whether one must register (the xã named is where, no second ask)
                    continue
                seen = True
            if p.subject in _FIRM_PERSONS or p.subject == "xa":
                p = replace(p, subject="htx")
        out.append(p)
    return out
