"""The block that judges a claim leads the answer, not one a complaint's story adds (task h344).

"người trong tổ khiếu nại kết quả bỏ phiếu, chủ tịch bảo phải đạt 70 % phiếu …, đúng k", "hồ
sơ nộp lên xã 3 tuần chưa có QĐ, nghe nói thời hạn giải quyết là 20 ngày, đúng k", "tố cáo
thôn văn hóa xét k đúng, danh sách có phải công khai lấy ý kiến k": the story's words (bỏ phiếu,
nộp, hồ sơ, xét) add a general part of the same title; the specific part asked (the share of
votes, the time limit, the publicity) is what the claim is about. The general part stays, after
it: only the order changes, never a block dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.text import folded_words
from bot.knowledge.facts.act_judged import act_judged
from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.rescue import deed_told
from bot.knowledge.facts.revoke_grounds import (
    clerical_slip_told,
    criminal_asked,
    false_claim_told,
    later_discipline_only,
    lost_paper_told,
    sanctions_limited,
)

__all__ = [
    "copies_lead",
    "lost_paper_leads",
    "refusal_judged_leads",
    "sanction_claim_leads",
    "specific_claim_leads",
]

#: a specific part asked, and the general parts of the same title a story's words add
_GENERAL_OF = {
    "vote_share": frozenset({"vote"}),
    "processing_time": frozenset({"submit", "dossier"}),
    "publicity": frozenset({"eligible"}),
    "publicity_list": frozenset({"eligible"}),
}
#: a dispute or a saying told: a complaint, a report, someone's claim (folded words)
_DISPUTE = re.compile(
    r"\b(?:to cao|khieu nai|phan anh|kien nghi|don thu|thac mac|bao(?! (?:cao|nhieu)\b)"
    r"|noi(?! vu\b)|cho rang)\b"
)


def specific_claim_leads(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """``pairs`` with the general parts of a title put right after the specific yes/no part of
    the same title, when the question tells a complaint or someone's claim."""
    specific = [p for p in pairs if p.yesno and p.attr in _GENERAL_OF]
    if not specific:
        return pairs

    def general(pair: Pair) -> bool:
        return any(pair.entity == s.entity and pair.attr in _GENERAL_OF[s.attr] for s in specific)

    demoted = [p for p in pairs if general(p)]
    if not demoted or pairs.index(demoted[0]) > pairs.index(specific[0]):
        return pairs
    if _DISPUTE.search(" ".join(toks)) is None:
        return pairs
    ordered: list[Pair] = []
    for pair in pairs:
        if general(pair):
            continue
        ordered.append(pair)
        if pair is specific[-1]:
            ordered.extend(demoted)
    return ordered


#: the title itself said to be lost or void with the paper: "mất danh hiệu", "coi như mất",
#: "k được tính", "còn giá trị", "bị hủy", "vô hiệu" (folded words)
_TITLE_LOSS = re.compile(
    r"\b(?:mat (?:luon |het |ca )?danh hieu|coi nhu mat|(?:khong|k|ko) (?:con |duoc |dc )?tinh"
    r"|con gia tri|het gia tri|mat gia tri|bi huy|vo hieu|thu hoi|khong con"
    # the title claimed to stand with the paper gone: "vẫn được tính", "vẫn giữ nguyên" (h361)
    r"|van (?:duoc |dc )?tinh|giu nguyen"
    # task h422: the prize, the validity or the use of the title asked ("có bị mất tiền thưởng
    # k", "còn hiệu lực", "còn được tính vào chuỗi", "k được dùng làm căn cứ", "coi như chưa
    # được khen", "có bị xóa k")
    r"|mat (?:\S+ )?tien(?: thuong)?|(?:con |het |mat )?hieu luc|con (?:duoc |dc )?tinh"
    r"|(?:duoc|dc) tinh vao (?:chuoi|so lan|thanh tich)"
    r"|dung (?:lam|de lam) can cu|coi nhu (?:chua|khong|k|ko) (?:duoc |dc )?(?:khen|tang)"
    r"|bi xoa|(?:bi )?huy bo|danh hieu (?:\S+ ){0,3}?(?:bi )?mat)\b"
)


#: words a loss of the paper is told with (marks or none), tested before the regex
_LOSS_HINTS = (
    " mất",
    " mat ",
    "hỏng",
    " hong ",
    "cháy",
    " chay ",
    "chuột",
    "chuot",
    "cuốn",
    "cuon",
    "thất lạc",
    "that lac",
    "rách",
    " rach",
)


def lost_paper_leads(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "lũ cuốn mất bằng CSTĐCS, nghe nói mất bằng thì coi như mất danh hiệu, đúng k": the
    revoke part of the title is what the saying is about; it leads, as a yes/no, so its fact
    says the title stands (Luật 2022 Điều 93 names no such ground). Only when the question
    tells a paper lost and the title said lost or void with it; the revoke part is added for the
    first title named when none was read."""
    if not pairs:
        return pairs
    said = f" {question.lower()} "
    if not any(hint in said for hint in _LOSS_HINTS) and not _mishap_told(question):
        # a substring test before the regex: most questions tell no loss
        return pairs
    # the yes/no a dropped deed form held is still the question's; a line put up in a clause
    # of its own ("…, mất bằng thì danh hiệu bị thu hồi luôn. E hỏi có đúng vậy k") asks too
    asked_yesno = any(p.yesno for p in pairs) or _PUT_UP.search(folded_words(question)) is not None
    pairs = _disaster_not_deed(pairs, question)
    if not pairs or not asked_yesno:
        return pairs
    revoke = next((p for p in pairs if p.attr == "revoke"), None)
    if revoke is not None and pairs[0] is revoke and revoke.yesno:
        return pairs
    if (
        not (lost_paper_told(question) or _mishap_told(question))
        or _TITLE_LOSS.search(folded_words(question)) is None
    ):
        # "lũ cuốn mất bằng Bà mẹ VN anh hùng, ai có quyền tước": the loss is only the story
        return pairs
    if revoke is None:
        entity = pairs[0].entity
        if model.fact(entity, "revoke") is None:
            return pairs
        return [Pair(entity, "revoke", None, True), *pairs]
    return [replace(revoke, yesno=True), *(p for p in pairs if p is not revoke)]


#: a line put up for confirmation in a clause of its own: "có đúng vậy k", "… đúng k", "phải k"
_PUT_UP = re.compile(r"\b(?:dung|phai) (?:vay |the |khong )?(?:khong|k|ko|kg)\b")


def sanction_claim_leads(pairs: list[Pair], question: str) -> list[Pair]:
    """ "khai phóng đại thành tích, nếu bị phát hiện thì chỉ bị nhắc nhở thôi phải k", "làm giả
    hồ sơ có bị truy cứu hình sự k": what the wrongdoer faces is put up or asked as a yes/no,
    whichever clause holds the asking tail, so the revoke part leads as a yes/no and is judged
    on it (Luật 2022 Điều 93; domain.md 2.11; task h422)."""
    revoke = next((p for p in pairs if p.attr == "revoke"), None)
    if revoke is None or (revoke.yesno and pairs[0] is revoke):
        return pairs
    if not (criminal_asked(question) or sanctions_limited(question)):
        if not (revoke.yesno and not any(p.yesno for p in pairs[: pairs.index(revoke)])):
            return pairs
        if not false_claim_told(question):
            return pairs
        # "viết báo cáo thành tích quá tay so với thực tế, lộ ra thì có bị hủy giấy khen k": the
        # report named is the story; the yes/no on the award leads
    return [replace(revoke, yesno=True), *(p for p in pairs if p is not revoke)]


def _mishap_told(question: str) -> bool:
    """Task h422: what the asker tells in place of a ground (a name or a date typed wrong in the
    decision, a discipline for a later act): like a lost paper, none cancels the award (Luật
    2022 Điều 93 khoản 8), so whether the title or its prize stands is the revoke part."""
    return clerical_slip_told(question) or later_discipline_only(question)


#: the brave-deed form a disaster word names ("lũ cuốn", "nước cuốn")
_DEED_FORM = "khen_dot_xuat"


def _disaster_not_deed(pairs: list[Pair], question: str) -> list[Pair]:
    """ "nhà bị lũ cuốn mất bằng CSTĐCS, …": the flood tells how the paper was lost, not a
    brave deed to commend (Luật 2022 Điều 85); the deed form's pairs go unless a deed is told
    by its act ("cứu", "vớt", "dập lửa") or the form is named (task h361)."""
    if not any(p.entity == _DEED_FORM for p in pairs) or not lost_paper_told(question):
        return pairs
    if deed_told(question) is not None or _DEED_NAMED.search(folded_words(question)):
        return pairs
    return [p for p in pairs if p.entity != _DEED_FORM]


#: the deed form named by its own name, not by a disaster word
_DEED_NAMED = re.compile(r"\b(?:dot xuat|dung cam|cuu (?:nguoi|song|nan|duoc))\b")


#: the parts a refusal's story spawns ("gửi lên Sở", "trả lại", "hồ sơ"): told, not asked
_REFUSAL_STORY = frozenset({"submit", "refusal", "dossier", "addressee", "processing_time"})
#: the rules that bar a case: the refusal judged is right when they bar it
_CASE_RULES = ("cap", "consecutive", "criteria", "eligible")
#: the province's side named as the one refusing or receiving ("Sở Nội vụ", "tỉnh")
_PROVINCE = re.compile(r"\b(?:so noi vu|so|tinh|hoi dong tdkt tinh|ubnd tinh)\b")
#: the reason of a refusal told ("… vì …", "do …", "lý do …")
_BECAUSE = re.compile(r"\b(?:vi|do|ly do|voi ly do)\b")
#: the xã chairman named as who decides, in a decides fact
_XA_DECIDES = "Chủ tịch UBND xã"


def refusal_judged_leads(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "Sở Nội vụ trả hồ sơ TTLĐXS vì trường chỉ có 65 % LĐTT, Sở làm vậy có đúng k", "xã gửi
    hồ sơ CSTĐCS lên Sở để tỉnh xét, bị Sở trả về, Sở trả vậy có đúng k": a refusal is judged.
    The rule that bars the case told leads as the yes/no, the act's story (where it was sent,
    the return, the dossier) follows: the province refusing a title the xã chairman decides is
    right (NĐ 129/2025 Điều 59; Luật 2022 Điều 80 khoản 3), a case short of the criteria is
    rightly refused (task h422)."""
    if not pairs:
        return pairs
    act = act_judged(question)
    if act is None or act[0]:
        return pairs  # no act judged, or an award judged
    said = folded_words(question)
    titled = [p for p in pairs if p.entity != "*"]
    if not titled:
        return pairs
    entity, subject = titled[0].entity, titled[0].subject
    story = [replace(p, yesno=False) for p in pairs if p.attr in _REFUSAL_STORY]
    rest = [p for p in pairs if p.attr not in _REFUSAL_STORY]
    decides = model.fact(entity, "decides")
    reason = _BECAUSE.search(said)
    if (
        _PROVINCE.search(said) is not None
        and decides is not None
        and _XA_DECIDES in decides.text
        and (reason is None or "tham quyen" in said[reason.start() :])
    ):
        # the province sent back a title the xã chairman decides: who decides leads, asked of
        # the province (its verdict "Không": not the province's to decide)
        lead = Pair(entity, "decides", subject, True, authority="tinh")
        others = [p for p in rest if not (p.entity == entity and p.attr == "decides")]
        return [lead, *story, *(replace(p, yesno=False) for p in others)]
    if pairs[0].yesno and pairs[0].attr in _CASE_RULES:
        return pairs  # the rule of the case told already leads
    case = next((p for p in rest if p.attr in _CASE_RULES), None)
    if case is None:
        return pairs
    others = [replace(p, yesno=False) for p in rest if p is not case]
    return [replace(case, yesno=True), *others, *story]


#: the form of the papers named ("bản photo", "bản sao", "bản chụp", "scan"): the copies part
_COPY_FORM = re.compile(r"\b(?:ban photo|photo|ban sao|ban chup|ban scan|scan|phô tô|pho to)\b")


def copies_lead(pairs: list[Pair], question: str) -> list[Pair]:
    """ "nộp hồ sơ đề nghị bằng khen tỉnh bằng bản photo có đc k hay phải bản chính": the form
    of the papers is what is asked; the copies part (01 bộ bản chính) leads the dossier's list
    of the same title as the yes/no (task h422)."""
    copies = next((p for p in pairs if p.attr == "copies" and p.yesno), None)
    if copies is None or pairs[0] is copies:
        return pairs
    if _COPY_FORM.search(folded_words(question)) is None:
        return pairs
    rest = [
        replace(p, yesno=False) if p.attr == "dossier" and p.entity == copies.entity else p
        for p in pairs
        if p is not copies
    ]
    return [copies, *rest]
