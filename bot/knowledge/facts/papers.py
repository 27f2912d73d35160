"""Papers and routes told in a question: which papers are asked ("gửi hồ sơ gì lên xã"), where a
dossier is sent ("gửi thẳng lên tỉnh"), a step or the papers told in one part and asked about in
another ("niêm yết 7 ngày rồi nộp lên xã được không"), and a bare requirement put back."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.knowledge.facts.segment import Segment


def asks_papers(words: list[str]) -> bool:
    """ "hồ sơ gì", "hồ sơ gồm …", "hồ sơ những gì": which papers are asked."""
    return any(
        (words[i : i + 2] == ["ho", "so"] and words[i + 2 : i + 3] in (["gi"], ["j"], ["gom"]))
        or words[i : i + 4] == ["ho", "so", "nhung", "gi"]
        for i in range(len(words) - 2)
    )


#: words that name or ask for papers beyond the bare "hồ sơ" sent ("tờ trình", "gồm gì")
_PAPER_PAIRS = frozenset(
    {("to", "trinh"), ("bien", "ban"), ("thu", "tuc"), ("giay", "to"), ("bieu", "mau")}
    | {("bao", "cao"), ("chuan", "bi"), ("ho", "so"), ("giay", "chung"), ("giay", "xac")}
)
_PAPER_ASKS = frozenset({"gi", "j", "gom", "nhung", "mau"})


def only_file_sent(words: list[str]) -> bool:
    """ "hồ sơ CSTĐ tỉnh gửi đi đâu": "hồ sơ" is only what is sent; the part asks where it
    goes, not which papers it holds (no other paper named, no "gì / gồm")."""
    named = [p for p in pairwise(words) if p in _PAPER_PAIRS]
    return named == [("ho", "so")] and not _PAPER_ASKS & set(words)


#: a dossier sent, then (past the title and whom it is for) where it goes asked at the end:
#: "nộp hồ sơ đề nghị giấy khen cho hộ gia đình ở đâu" (fixer f49l)
_SENT_WHERE = re.compile(
    r"\b(?:nop|gui|trinh|chuyen) ho so(?: \S+){1,10} (?:o|di|ve|len|toi) dau"
    r"(?: (?:a|ad|ah|ak|vay|nhi|nhe|ha|the))*$"
)


def sent_where(words: list[str]) -> bool:
    """ "nộp hồ sơ đề nghị giấy khen cho hộ gia đình ở đâu": the file sent is named before the
    title, and "ở đâu" closing the ask is where it goes (Luật 2022 Điều 84; the xã's bộ phận
    một cửa receives), not which papers it holds; no paper asked for ("gì", "gồm")."""
    return _SENT_WHERE.search(" ".join(words)) is not None and not _PAPER_ASKS & set(words)


def sends_papers(words: list[str]) -> bool:
    """A part about sending a dossier: it names "hồ sơ" or "nộp", and looks nothing up."""
    pairs = set(pairwise(words))
    return (("ho", "so") in pairs or "nop" in words) and ("tra", "cuu") not in pairs


#: a dossier sent to a level: "gửi (thẳng) lên tỉnh", "nộp về Sở Nội vụ", "trình qua huyện"
_DESTINATION = re.compile(
    r"\b(?:gui|nop|trinh|chuyen) (?:(?:thang|luon|truc tiep|ho so) )?(?:(?:len|ve|qua|cho|toi) )?"
    r"(?:so noi vu|tinh|huyen|xa|ubnd tinh|ubnd xa)\b"
)


def names_destination(words: list[str]) -> bool:
    """The clause says to which level a dossier is sent ("gửi thẳng lên tỉnh")."""
    return _DESTINATION.search(" ".join(words)) is not None


#: words that make a council a step of a title's procedure ("có phải họp hội đồng", "qua hội
#: đồng xét", "hội đồng họp xét"), not the body asked about
STEP_WORDS = frozenset({"hop", "qua"})


def names_minutes(words: list[str]) -> bool:
    """ "có cần biên bản họp hội đồng": the council's minutes named as a paper, before the
    meeting word; "có phải họp hội đồng lập biên bản" still asks whether the council meets."""
    step = next((i for i, w in enumerate(words) if w in STEP_WORDS), len(words))
    return " bien ban " in f" {' '.join(words[:step])} "


#: the words of a bare yes/no asking whether the thing just named is required ("có bắt buộc
#: không", "có cần không", "có nhất thiết phải có không")
_BARE_REQUIRED = frozenset(
    {"co", "bat", "buoc", "can", "phai", "nhat", "thiet", "khong", "k", "ko", "kg", "khg"}
    | {"hong", "a", "ha", "ah", "nua", "hay"}
)


def bare_requirement(words: list[str]) -> bool:
    """ "có bắt buộc không", "có cần không": only the words asking whether a thing is required."""
    told = set(words)
    return told <= _BARE_REQUIRED and bool({"buoc", "can", "thiet"} & told)


#: the words of "không có thì không được (xét) (à)": lacking the thing just named loses it
_LACK_LOSES = frozenset({"khong", "co", "thi", "duoc", "xet", "dat", "dung", "a", "ha"})

#: the attributes a title may be claimed lost without ("sáng kiến bắt buộc, không có thì …")
_LOST_WITHOUT = frozenset({"initiative", "criteria"})


def _lack_loses(words: list[str]) -> bool:
    """ "(sáng kiến bắt buộc phải có,) không có thì không được": the requirement named in the
    part before, restated as its loss; it asks nothing of its own."""
    return set(words) <= _LACK_LOSES and "thi" in words and words.count("khong") >= 2


#: a step sent on after the one told ("… rồi trình xã", "… rồi gửi lên xã") and its yes/no
_SENT_ON = frozenset({"trinh", "gui", "nop", "chuyen"})
#: what a sent-on step's yes/no may say besides ("… rồi gửi lên xã luôn cho kịp được không")
_SENT_ON_WORDS = _SENT_ON | frozenset(
    {"len", "xa", "ubnd", "luon", "duoc", "khong", "co", "a", "ha", "cho", "kip", "ngay", "vay"}
)


def step_told_back(segments: list[Segment], at: int) -> list[str]:
    """ "thôn niêm yết danh sách GĐVH 5 ngày rồi trình xã được không": the yes/no of a step
    sent on asks whether the step told before it, with its figure, is allowed; the figure is
    read against that attribute's rule (NĐ 86/2023 Điều 8: niêm yết 10 ngày). Empty unless the
    part before names a figured attribute and tells a number of days or months."""
    words = segments[at].words
    before = segments[at - 1] if at > 0 else None
    if before is None or before.story or not _SENT_ON & set(words) or set(words) - _SENT_ON_WORDS:
        return []
    figured = [a for a in before.attrs if a in {"publicity", "publicity_list"}]
    told = any(w.isdigit() and nxt in {"ngay", "thang"} for w, nxt in pairwise([*before.words, ""]))
    return figured[:1] if told else []


#: the papers and steps of a dossier as a letter tells them (folded)
_PAPERS_TOLD = (
    "to trinh",
    "bien ban",
    "bao cao thanh tich",
    "hop hoi dong",
    "danh sach",
    "ban kiem diem",
)
#: "có cần đầy đủ vậy không", "như vậy có cần không": the question points back at what was told
_NEEDED_BACK = re.compile(r"\b(?:can|phai|bat buoc)\b.*\b(?:vay|the|nhu vay|day du)\b")
#: a bare "(vậy) có đúng không" asked of a saying told before it
_CONFIRMED_BACK = re.compile(
    r"^(?:vay |the |nhu vay )?(?:co )?(?:dung|dung vay|phai) (?:k|ko|khong|kg)\b"
)
#: someone told as saying what must be done ("bảo phải", "nói cần", "yêu cầu phải")
_SAID_NEEDED = re.compile(r"\b(?:bao|noi|yeu cau|doi) (?:la )?(?:phai|can|bat buoc)\b")


def papers_back(segments: list[Segment], at: int) -> list[str]:
    """ "sếp bảo phải họp hội đồng, lập biên bản, có báo cáo thành tích … khen đột xuất có
    thật sự cần đầy đủ vậy không": a yes/no pointing back at the papers and steps the letter
    told asks the dossier, not who may have the title (task h106). Empty unless two of them
    are told before."""
    asked = " ".join(segments[at].words)
    told = " ".join(w for seg in segments[:at] for w in seg.words)
    # "chị văn phòng bảo phải đợi cuối năm, lập tờ trình, biên bản hội đồng. vậy có đúng
    # không": the saying told is what the yes/no confirms (task h246)
    confirmed = _CONFIRMED_BACK.search(asked) and _SAID_NEEDED.search(told)
    if _NEEDED_BACK.search(asked) is None and not confirmed:
        return []
    if sum(1 for paper in _PAPERS_TOLD if paper in told) < 2:
        return []
    return ["dossier"]


def required_back(segments: list[Segment], at: int) -> list[str]:
    """ "sáng kiến để xét CSTĐCS thì cấp nào công nhận, có bắt buộc không": a yes/no of only
    requirement words asks whether the thing the part before it names first is required.
    Empty when it holds any other word, or no part before it names an attribute."""
    lack = _lack_loses(segments[at].words)
    if not (bare_requirement(segments[at].words) or lack):
        return []
    before = segments[at - 1] if at > 0 else None
    if before is None or before.story or not before.attrs:
        return []
    if lack and before.attrs[0] not in _LOST_WITHOUT:
        return []  # "… trước khi đề nghị X, không có thì không được": no requirement named
    return before.attrs[:1]


#: words that make "về xã" a place papers go to, not where a transferred officer went
_SENDS = frozenset({"nop", "gui", "trinh", "ho", "giay"})


def transfer_destination(seg: Segment) -> None:
    """ "em chuyển từ cơ quan cũ về xã tháng 3 thì cuối năm được xét LĐTT không": "về xã" is
    where the officer was transferred to, not the submit cue it also is; with nothing sent in
    the clause the yes/no asks whether the transferred officer may be considered (task h89)."""
    if (
        seg.yesno
        and seg.attrs == ["submit"]
        and "chuyen_cong_tac" in seg.subjects
        and not _SENDS & set(seg.words)
    ):
        seg.attrs = ["eligible"]


#: "do ai ký", "ai sẽ ký", "ai phải kí": who signs, with no paper of its own named
_WHO_SIGNS = re.compile(r"\bai (?:se |phai |can |dung ra |la nguoi )?k[yi]\b")
#: a paper of the dossier, or a mark on one, named beside "ai ký": its signer is asked
_PAPER_WORDS = re.compile(
    r"\b(?:to trinh|bien ban|bao cao|danh sach|ho so|giay to|bieu mau|chu ky|xac nhan|dau)\b"
)


def award_signer_asked(words: list[str]) -> bool:
    """ "CSTĐCS của tôi do ai ký", "TTLĐTT ai phải ký": a title or form named before a bare
    "ai ký" asks who signs its decision, i.e. who decides it (Luật 2022 Điều 80); "tờ trình /
    biên bản / hồ sơ … ai ký" keeps the papers' signer (task h266)."""
    said = " ".join(words)
    return _WHO_SIGNS.search(said) is not None and _PAPER_WORDS.search(said) is None


#: "bỏ phiếu xong là thành QĐ luôn", "biểu quyết xong coi như quyết định": the council's vote
#: claimed to be the decision itself
_VOTE_AS_DECISION = re.compile(
    r"\b(?:bo phieu|bieu quyet)\b(?: \w+){0,8}? (?:la thanh|thanh|la|coi nhu|coi nhu la|thay cho)"
    r" (?:(?:luon|da|ra) )?(?:qd|quyet dinh)\b"
)


def vote_taken_as_decision(words: list[str]) -> bool:
    """ "hội đồng bỏ phiếu xong là thành QĐ luôn phải k": whether the council's vote is the
    decision is asked (it advises, the chairman decides: Luật 2022 Điều 90 khoản 4), not the
    minutes that record the vote (task h266)."""
    return _VOTE_AS_DECISION.search(" ".join(words)) is not None
