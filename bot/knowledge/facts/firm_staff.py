"""A firm's or cooperative's own people kept in view (Luật 2022 Điều 80 khoản 4): whoever the
question tells about them (a worker's level of duty, a tổ sản xuất's share of LĐTT, the asker
heading the firm), the firm's director decides their LĐTT, CSTĐCS and TTLĐTT, and the xã neither
signs nor reviews them."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

#: the titles a firm's director decides for its own people (Luật 2022 Điều 80 khoản 4); giấy
#: khen is left out: the xã's chairman also gives one to the firm itself (Điều 75)
_DIRECTOR_TITLES = frozenset({"ldtt", "cstdcs", "ttldtt"})
#: a title above the director's power, whose decider is still asked of the firm's people: its
#: firm case says where the director's power stops (Điều 80 khoản 4; Điều 27)
_ABOVE_DIRECTOR = frozenset({"ttldxs"})
#: subjects whose own decider is not the firm's director, or that already are the firm
_OWN_DECIDER = frozenset({"htx", "cong_an", "dan_quan_tt", "dan_quan", "don_vi_tinh"})
#: levels the question's authority names when it asks of a body other than the firm
_OTHER_AUTHORITY = frozenset({"tinh", "so", "bo", "tw", "hdqt", "don_vi"})

_FIRM = r"(?:cong ty|cty|doanh nghiep|htx|hop tac xa)"
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
)


def firm_people_told(text: str) -> bool:
    """The question tells the firm as the asker's or the people's own."""
    return bool(_ASKER_HEADS_FIRM.search(text) or _FIRM_PEOPLE.search(text))


def firm_decides_for_staff(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "e là công nhân cty giấy, hoàn thành tốt nhiệm vụ, ai ký", "tổ sản xuất HTX … 50 % …
    ai ký": the level of duty or the share told is how the title is won, the firm is whose
    people they are, so who decides is the firm's case (Luật 2022 Điều 80 khoản 4)."""
    text = " ".join(toks)
    told = None
    out: list[Pair] = []
    for p in pairs:
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
    return out


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
#: longer works: Luật 2022 Điều 24 names those who work)
_BARRED_PEOPLE = frozenset({"hoc_sinh", "nguoi_cao_tuoi"})


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
