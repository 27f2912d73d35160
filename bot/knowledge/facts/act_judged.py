"""An act the question tells and judges: an award, or a refusal (a dossier returned, a name
struck off), closed by "… đúng / sai không" (task h262, h266; moved here in task h422 so the
analyser may read it too).

"hội đồng xã gạch tên 1 anh bị khiển trách, gạch vậy là đúng phải k", "Sở Nội vụ trả hồ sơ
TTLĐXS vì trường chỉ có 65 % LĐTT, Sở làm vậy có đúng k": the verdict judges the act, from
whether the rule bars the case told.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words
from bot.knowledge.facts.triggers import per_question, present

__all__ = ["ACT_JUDGED", "ACT_JUDGED_H266", "act_judged", "award_named_only"]

#: the acts judged: an award, or a refusal (its verbs, then the verb alone pointed back at)
_ACTS = (
    # task f180b (b180): "… bảo nghỉ quá nửa năm thì k dc xét LĐTT. vậy là sai rồi à": an award
    # denied in a line told is that line's rule, no award made and judged
    r"\b(?:(?<!k dc )(?<!k duoc )(?<!ko dc )(?<!khong dc )(?<!khong duoc )"
    r"(?P<award>xet|khen|tang|cong nhan|trao)|(?<!bi )(?P<refuse>tra (?:lai|ve) ho so"
    # "loại" as a noun ("xếp loại", "các loại", "thể loại") is no refusal
    # "đạt loại giỏi", "kết quả loại khá" are a grade, no refusal (task h377)
    r"|tra ho so|tu choi|(?<!xep )(?<!phan )(?<!the )(?<!cac )(?<!moi )(?<!nhieu )(?<!dat )"
    # "k đăng ký là loại, đúng k": a rule's consequence put up, no act of refusal (h390)
    r"(?<!qua )(?<!la )loai"
    # "tỉnh trả vậy có đúng k": the return told before, named by its verb alone
    r"|gach ten|bac ho so|tra(?= (?:vay|nhu vay|the|lai nhu vay)\b)"
)
#: the judgement closing the question after the act
_JUDGED = (
    r"))\b"
    r"(?: (?!bao\b|noi\b|nghe\b|thi\b|khong\b|k\b|ko\b)\w+){0,8}?"
    r" (?:vay |nhu vay |the |lam vay |nhu the )?(?:la |co |cung )?"
    r"(?P<judged>sai|dung)(?: (?:roi|that|quy dinh|luat))?"
    r" (?:khong|ko|k|kg|hong|chu|a|ha|phai khong|phai k|phai ko|dung khong|dung k|dung ko)"
    r"(?: (?:a|ad|ah|ha))?\s*$"  # "… đúng không ạ"
)

#: the act and its judgement at the end of the question; task h422 adds the refusal's verb
#: alone ("gạch vậy là đúng phải k", "loại thế có đúng k")
ACT_JUDGED = re.compile(_ACTS + r"|(?:gach|loai|bac)(?= (?:vay|nhu vay|the|nhu the)\b)" + _JUDGED)

#: the act as tasks h262, h266 read it, for the hearsay rules whose own verdict judges the
#: claim (a bare "gạch như vậy là đúng" after a rule's case is that rule's to judge)
ACT_JUDGED_H266 = re.compile(_ACTS + _JUDGED)


#: task h422: the act told first, then pointed back at and judged in a clause of its own ("Sở
#: Nội vụ trả hồ sơ TTLĐXS vì …, Sở làm vậy có đúng k"): the judging clause, and the act's verb
_BACK_JUDGED = re.compile(
    # task f180b (b180): "hiệu trưởng vẫn đưa em vào danh sách …. Như vậy là hiệu trưởng làm
    # sai rồi phải không": the act told, judged by its bare verb "làm" with "rồi / thật" ("người
    # làm sai không bị xử lý gì" tells a wrongdoer, judges no act)
    r"\b(?:(?:lam|xu ly|tra|gach|loai|bac) (?:vay|nhu vay|the|nhu the)"
    r"|lam(?= (?:sai|dung) (?:roi|that) )|noi(?: vay| the)?)"
    r" (?:la |co |cung )?"
    r"(?P<judged>sai|dung)(?: (?:roi|that|quy dinh|luat))?"
    r" (?:khong|ko|k|kg|hong|chu|a|ha|phai khong|phai k|phai ko)\b"
)
_ACT_TOLD = re.compile(
    # task f180b (b180): "giấy khen", "bằng khen" are the award's name, no act of awarding ("trưởng
    # thôn bảo chỉ cán bộ mới dc giấy khen … nói sai rồi à" told no award); an award denied in
    # the line told ("bảo … k dc xét LĐTT") is that line's rule, no act either
    r"\b(?:(?<!k dc )(?<!k duoc )(?<!ko dc )(?<!khong dc )(?<!khong duoc )"
    r"(?P<award>xet|(?<!giay )(?<!bang )khen|tang|"
    # task f185b (b185): "con trai tôi làm công nhân ở khu công nghiệp", "bảo công nhân k phải
    # cán bộ": the worker (folded like "công nhận"), no act of recognising
    r"(?<!\blam )(?<!\bnguoi )(?<!\bcac )(?<!\bnhung )cong nhan"
    r"(?! (?:k |khong |ko |kg )?phai\b| o\b| (?:nha may|cty|cong ty|khu|xi nghiep)\b)"
    r"|trao|dua (?:\w+ ){0,3}?vao danh sach|de nghi)"
    r"|(?P<refuse>tra (?:lai |ve )?ho so|tu choi"
    r"|gach ten|bac ho so|loai (?:\w+ ){0,3}?(?:ra|khoi)"
    # ("trả về quỹ": money paid back to the fund, no dossier refused)
    r"|(?:bi )?tra (?:lai|ve)(?! (?:cho )?quy\b)"
    r"|(?:khong|k|ko) (?:tiep )?nhan))\b"
)


#: the act judged pointed back at ("cùng 1 thành tích, như vậy là sai đúng k")
_POINTED = re.compile(r"\b(?:nhu vay|lam vay|nhu the|lam the)\b")


def award_named_only(clause: str, act: re.Match[str]) -> bool:
    """task f185b (b185): "… tập thể thì phải xin bằng khen tỉnh. Vậy là sai rồi à": the "khen"
    read is the name of a form in the line told ("bằng khen", "giấy khen"), and the judgement
    points at nothing done ("như vậy"): no act of awarding is judged, the line told is."""
    if act.group("award") != "khen":
        return False
    if not clause[: act.start("award")].endswith(("bang ", "giay ")):
        return False
    return _POINTED.search(act.group(0)) is None


#: task h422: whether a name must be struck off asked ("hội đồng xã có phải loại ra k"): a
#: refusal put up to be judged right
_MUST_REFUSE = re.compile(
    r"\b(?:co )?(?:phai|can|nen|bat buoc) (?:loai|gach|xoa ten)(?: \w+){0,4}?"
    r" (?:ra|khoi|ten)(?: \w+){0,4}? (?:khong|k|ko|kg)(?: (?:a|ad|ha))?$"
)
#: task h422: an award claimed to be cancelled ("… nên phải hủy, đúng k", "phải thu hồi danh
#: hiệu phải k"): the award put up to be judged wrong
_MUST_CANCEL = re.compile(
    # ("không phải thu hồi" denies the taking back, no cancelling claimed)
    r"\b(?<!khong )(?<!k )(?<!ko )(?<!kg )(?<!chua )(?<!khoi )(?:nen |thi )?(?:phai|can) (?:bi )?"
    r"(?:huy|thu hoi)(?! (?:hieu|chuong|dong))"
    r"(?: \w+){0,3}? (?:dung|phai) (?:khong|k|ko|kg)(?: (?:a|ad|ha))?$"
)


#: a condition or a cancellation told before the cancelling claim: the rule's consequence
_CONSEQUENCE_ASKED = re.compile(r"\b(?:neu|khi|huy|bi huy)\b")


#: the patterns ``act_judged`` reads a clause or the whole question with; ``_ACT_TOLD`` is read
#: only after ``_BACK_JUDGED`` matched
_READ_OVER_CLAUSES = (ACT_JUDGED, _MUST_REFUSE, _MUST_CANCEL, _BACK_JUDGED)


@per_question
def act_judged(question: str) -> tuple[bool, bool] | None:
    """(an award?, judged right?) of the act the question judges, read over the whole
    question, then clause by clause (a later ask may follow: "… sở trả vậy là đúng phải k, cần
    mấy lần"), then as an act told first and pointed back at ("… sở làm vậy có đúng k")."""
    said = folded_words(question)
    if not any(present(pattern, said) for pattern in _READ_OVER_CLAUSES):
        # s49a: a clause's words are the whole question's words (the marks it is cut at are no
        # word's letters): when the whole holds none of the strings each pattern cannot match
        # without (about half the questions), no clause matches, and none is folded
        return None
    # the last clause first: the act judged there is the one put up ("… để tỉnh xét, bị Sở trả
    # về. Sở trả vậy có đúng k" judges the return, not the review the story names)
    parts = [folded_words(c) for c in re.split(r"[,.;?!\n]", question)]
    clauses = [*reversed([c for c in parts if c]), said]
    for clause in clauses:
        act = ACT_JUDGED.search(clause)
        if act is not None and award_named_only(clause, act):
            continue
        if act is not None:
            return act.group("award") is not None, act.group("judged") == "dung"
    for clause in clauses:
        if _MUST_REFUSE.search(clause):
            return False, True
        cancel = _MUST_CANCEL.search(clause)
        # "nếu … khai gian thì QĐ bị hủy và phải thu hồi tiền thưởng đúng k", "hủy quyết định
        # thì phải thu hồi cả tiền thưởng đúng không": the law's consequence of a cancellation
        # asked, no award of the asker's put up to be cancelled
        if cancel is not None and not _CONSEQUENCE_ASKED.search(said[: said.find(cancel.group())]):
            return True, False
    back = _BACK_JUDGED.search(said)
    if back is None:
        return None
    told = list(_ACT_TOLD.finditer(said[: back.start()]))
    if not told:
        return None
    # the last act told is the one pointed back at ("chậm trả hồ sơ … trưởng phòng vẫn đưa tên
    # e vào danh sách đề nghị LĐTT. làm vậy có đúng k": the proposal, not the story's return)
    last = told[-1]
    return last.group("award") is not None, back.group("judged") == "dung"
