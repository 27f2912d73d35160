"""Yes/no claims about what the 2025 reform did, read against the reform block (task h114).

The reform block's own verdict is "Không": it answers "does the district still do it". Officers
who moved from the old district or from merged communes more often put the reform itself up for
confirmation ("quyền khen của chủ tịch huyện chuyển về chủ tịch xã đúng k", "giờ gửi thẳng lên
tỉnh, không qua huyện nữa phải không"), or tell the abolition only as a premise ("bỏ huyện rồi
thì CSTĐ tỉnh vẫn cần 3 lần CSTĐCS đúng k") and ask about a rule the reform did not touch. The
readers here say which: the first is confirmed by the block (NĐ 129/2025 Điều 59 gave the
district chairman's powers to the xã chairman; dossiers for the province go to Sở Nội vụ), the
second leaves the verdict to the parts. They never invent a transition rule.
"""

from __future__ import annotations

import itertools
import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.words import COMMUNE, OR_ELSE, PAST_TIME

__all__ = [
    "abolition_only_told",
    "district_as_background",
    "district_only_teller",
    "district_still_claimed",
    "gone_with_district_asked",
    "moved_to_xa_claimed",
    "nobody_signs_claimed",
    "prize_change_asked",
    "xa_power_denied",
    "xa_power_denied_first",
    "xa_signs_claimed",
]

#: the xã level as a question names it after the merger (a ward is a xã-level unit too)
_XA = COMMUNE
_DISTRICT = r"(?:huyen|quan|thi xa)"
#: the district's own office or head named before it ("phòng nội vụ huyện", "UBND huyện")
_DISTRICT_OFFICE = r"(?:phong noi vu |noi vu |phong |ubnd |chu tich (?:ubnd )?)"
#: "cán bộ huyện", "toàn bộ huyện", "đảng bộ huyện" fold to hold "bo huyen": a person, the whole
#: district or its party body, not the district abolished ("bỏ huyện"); "cán bộ huyện cũ bảo …"
#: only tells who said it (task h360)
_NOT_BO = r"(?<!\bcan )(?<!\btoan )(?<!\bdang )(?<!\bcb )"
#: the claim that the district's power or route now belongs to the xã, or goes straight up
_MOVED = re.compile(
    # "quyền khen của chủ tịch huyện chuyển về chủ tịch xã", "giấy khen huyện chuyển thành
    # giấy khen chủ tịch xã", "giao cho UBND phường"
    # ("đưa" is not a verb here: it folds as "đua" of "thi đua … cho xã")
    rf"\b(?:chuyen|giao) (?:\w+ ){{0,2}}?(?:ve|cho|sang|xuong|thanh) (?:\w+ ){{0,4}}?{_XA}\b"
    # "thay bằng giấy khen chủ tịch xã", "thay cho huyện … xã"
    rf"|\bthay (?:bang|the bang|cho) (?:\w+ ){{0,5}}?{_XA}\b"
    # task f194a (b194 F1): the drafter's line edited from the district to the xã: "trước kính
    # gửi chủ tịch UBND huyện, giờ em sửa thành kính gửi chủ tịch UBND xã đúng k"
    rf"|\b(?:sua|doi) (?:lai )?(?:thanh|sang) (?:\w+ ){{0,5}}?{_XA}\b"
    # "chủ tịch xã ký thay huyện", "phường ký luôn", "xã tự công nhận thay"
    rf"|\b{_XA} (?:\w+ ){{0,2}}?(?:ky|quyet dinh|cong nhan|tang|khen|xet) (?:thay|luon)\b"
    # "gửi thẳng lên tỉnh / Sở Nội vụ", "không qua huyện nữa"; fixer f51l (L3): the dossier
    # that "đi thẳng lên tỉnh" goes the same way
    r"|\b(?:gui|trinh|nop|chuyen|di) thang (?:len )?(?:tinh|so noi vu|so)\b"
    # task f199 (b199 F5): the route told as a past and a present: "trước gửi huyện, giờ gửi
    # Sở Nội vụ" (NĐ 129/2025 Điều 59; Luật 72/2025/QH15)
    rf"|\btruoc(?: day| kia)?(?: \w+){{0,2}}? (?:gui|trinh|nop|qua) (?:len |ve )?"
    rf"{_DISTRICT_OFFICE}?{_DISTRICT}\b(?: \w+){{0,3}}? (?:gio|nay|bay gio|hien nay) "
    r"(?:\w+ ){0,2}?(?:gui|trinh|nop|chuyen)(?: len| ve| thang)* (?:so noi vu|so|tinh)\b"
    # "gửi hồ sơ trực tiếp lên tỉnh" (task h261)
    r"|\b(?:gui|trinh|nop|chuyen) (?:ho so )?truc tiep (?:len )?(?:tinh|so noi vu|so)\b"
    # task f181 (b181 F1): "k qua phòng nội vụ huyện nữa", "k gửi phòng nội vụ huyện nữa":
    # the district's office named for the district
    rf"|\b(?:khong|k|ko) (?:con )?(?:phai )?(?:qua|thong qua) (?:cap |{_DISTRICT_OFFICE})?"
    rf"{_DISTRICT}\b"
    # "chủ tịch xã ký quyết định tặng LĐTT luôn", "không phải trình huyện nữa" (task h120)
    rf"|\b{_XA} (?:\w+ ){{0,2}}?(?:ky|quyet dinh|cong nhan) (?:\w+ ){{1,6}}?luon\b"
    rf"|\b(?:khong|k|ko) (?:con )?(?:phai|can) (?:trinh|gui|nop) (?:len )?(?:cap )?{_DISTRICT}\b"
    rf"|\b(?:khong|k|ko) (?:con )?(?:phai |can )?(?:trinh|gui|nop) (?:len |cho |ve )?"
    rf"{_DISTRICT_OFFICE}{_DISTRICT}\b"
    # "chủ tịch xã được quyết định tặng CSTĐCS thay chủ tịch UBND huyện": the district named
    # as the one the xã now stands in for, however many words the title takes (task h138)
    rf"|\b{_XA} (?:\w+ ){{0,3}}?(?:ky|quyet dinh|cong nhan|tang|khen|xet) (?:\w+ ){{0,10}}?"
    rf"thay (?:cho )?(?:chu tich )?(?:ubnd )?(?:cap )?{_DISTRICT}\b"
)
#: the xã claimed to decide in the district's stead ("chủ tịch xã ký thay", "chuyển về cho chủ tịch
#: xã ký"), not only the route said to go straight up ("gửi thẳng Sở Nội vụ", "không qua huyện")
_XA_SIGNS_NOW = re.compile(
    rf"\b(?:chuyen|giao) (?:\w+ ){{0,2}}?(?:ve|cho|sang|xuong|thanh) (?:\w+ ){{0,4}}?{_XA}\b"
    rf"|\bthay (?:bang|the bang|cho) (?:\w+ ){{0,5}}?{_XA}\b"
    # task h406: "xã đề nghị tỉnh khen", "xã trình tỉnh xét": the xã proposes, the other level
    # decides; only the xã's own act is claimed
    rf"|\b{_XA} (?:(?!de |trinh |xin |gui |nop )\w+ ){{0,3}}?"
    r"(?:ky|quyet dinh|cong nhan|tang|khen|xet)\b"
)
#: "không phải trình lên trên (nữa)": the xã decides alone, claimed only of what it decides;
#: a question naming the province (its awards) is left to the parts (task h120)
_NOT_UP = re.compile(
    r"\b(?:khong|k|ko) (?:con )?(?:phai|can) (?:trinh|gui|nop) len (?:tren|cap tren)\b"
)
_PROVINCE = re.compile(r"\b(?:tinh|bang khen|co thi dua|trung uong|thu tuong)\b")
#: the claim turned round: the district still in the route ("vẫn phải qua huyện")
#: ("vẫn phải xin ý kiến UBND huyện cũ": the district's opinion still asked, task h138)
_STILL_DISTRICT = re.compile(
    r"\b(?:van|con) (?:phai )?(?:qua|thong qua|gui|trinh|xin y kien|hoi y kien|xin) "
    rf"(?:(?:chu tich|ubnd|phong noi vu) )?(?:cap )?{_DISTRICT}\b"
)
#: words around a district name that tell its abolition ("bỏ huyện", "quận cũ bị bỏ",
#: "không còn huyện", "sau sáp nhập")
_ABOLITION = re.compile(
    # "vì k còn huyện": the typed "k" of "không" tells the abolition too (task h320)
    rf"\b{_NOT_BO}(?:bo|xoa|giai the|(?:khong|ko|k|kg) con|sap nhap) (?:cap )?{_DISTRICT}\b"
    rf"|\b{_DISTRICT} (?:cu )?(?:da |bi |duoc )?(?:bo|xoa|giai the|sap nhap)\b"
)
_ANY_DISTRICT = re.compile(rf"\b{_DISTRICT}\b")
#: "… còn được giấy khen không": whether the award is still had after the reform
_STILL_HAD = re.compile(r"\bcon (?:duoc|dc) (?:\w+ ){1,8}?(?:khong|ko|k|hong|kg|chu)\b")
#: the district told acting in the past: "trước (đây) huyện tặng", "năm trước chủ tịch huyện
#: ký", "hồi trước huyện công nhận" (task h390)
_PAST_DISTRICT_ACT = re.compile(
    r"\b(?:truoc|truoc day|truoc kia|nam truoc|nam ngoai|hoi truoc|ngay truoc)\b"
    rf"(?: \w+){{0,5}}? (?:chu tich |ct |ubnd |ub )?{_DISTRICT}\b"
    r"(?= (?:\w+ ){0,1}(?:tang|ky|ki|cong nhan|khen|xet|quyet dinh)\b)"
)
#: the prize asked to differ now the xã signs ("mức thưởng có khác không", "có bị giảm không")
_PRIZE_CHANGED = re.compile(
    r"\b(?:muc thuong|tien thuong|muc tien thuong|so tien thuong) (?:\w+ ){0,3}?"
    r"(?:co |da |bi |se )?(?:khac|giam|thay doi|doi|it hon|thap hon|tang)\b"
)


#: "… còn phải qua huyện k hay nộp thẳng lên sở": the claim is the first alternative
_OR_ELSE = re.compile(OR_ELSE)


def moved_to_xa_claimed(asked: str) -> bool:
    """The asking clause claims the reform's move: the district's power now with the xã, or
    the dossier for the province sent straight up, not through the district; a district still
    claimed in the route ("nhưng vẫn phải qua huyện") means the move is not what is claimed."""
    said = _OR_ELSE.split(folded_words(asked, "/"))[0]
    if _STILL_DISTRICT.search(said) is not None:
        return False
    if _NOT_UP.search(said) and _PROVINCE.search(said) is None:
        return True
    return _MOVED.search(said) is not None or _XA_BODY_NOW.search(said) is not None


#: the district office's work claimed the xã's body's now: "giờ hội đồng TĐKT xã đánh giá",
#: "nay công chức thi đua của xã thẩm định" (NĐ 129/2025 Điều 59; the reform block says so)
_XA_BODY_NOW = re.compile(
    r"\b(?:bay gio|gio|nay|hien nay|hien tai)\b (?:\w+ ){0,2}?"
    r"(?:hoi dong (?:tdkt|thi dua(?: khen thuong)?)|hd ?tdkt|hdtd|cong chuc(?: \w+){0,3}?)"
    rf" (?:cua |cap )?{_XA} (?:\w+ ){{0,2}}?(?:tham dinh|danh gia|xet|binh xet|lam)\b"
)


#: the abolition told as the reason of a saying: "… do Sở Nội vụ ký vì k còn huyện"
_ABOLITION_AS_REASON = re.compile(
    rf"\b(?:vi|boi vi|tai vi) (?:da )?(?:(?:khong|ko|k|kg) con|bo|bai bo|giai the|sap nhap)"
    rf" (?:cap )?{_DISTRICT}\b"
)


def abolition_as_reason(question: str) -> bool:
    """The district's abolition is told as the reason a saying gives ("LĐTT phải do Sở Nội vụ
    ký vì k còn huyện, đúng k"): the saying, not the reform, is what is put up (task h320)."""
    said = folded_words(question, "/")
    return " vi " in f" {said} " and _ABOLITION_AS_REASON.search(said) is not None


def abolition_only_told(question: str) -> bool:
    """Every district the question names is named in telling its abolition ("bỏ huyện rồi thì
    …"): the reform is the asker's premise, not what the yes/no asks."""
    said = folded_words(question, "/")
    named = len(_ANY_DISTRICT.findall(said))
    told = sum(len(_ANY_DISTRICT.findall(m.group(0))) for m in _ABOLITION.finditer(said))
    # task h390: "trước (đây) huyện tặng giấy khen cho thôn, giờ bỏ huyện rồi thì …": what the
    # district did before is told as the past, the premise too, when what is asked is whether
    # the award is still had ("còn được … không"), not who signs now (a saying judged)
    if _STILL_HAD.search(said):
        told += len(_PAST_DISTRICT_ACT.findall(_ABOLITION.sub(" ", said)))
    return named > 0 and told >= named and _ABOLITION.search(said) is not None


def prize_change_asked(question: str) -> bool:
    """The prize (not only its coefficient) asked to have changed with the signer: "trước huyện
    thưởng, giờ xã ký thì mức thưởng có bị giảm không"."""
    return _PRIZE_CHANGED.search(folded_words(question, "/")) is not None


#: the thing asked claimed gone along with the district ("có bị bỏ luôn không", "còn không")
_GONE_WITH = re.compile(r"\b(?:bi bo|bo luon|bi xoa|bi mat|mat luon|bi huy|khong con|het)\b")


def gone_with_district_asked(asked: str) -> bool:
    """The asking clause asks whether something went with the district ("danh hiệu TTLĐTT có
    bị bỏ luôn không"): the reform's own "Không" answers that, and nothing else."""
    # the district's own abolition ("không còn huyện thì …") is the premise, not the claim
    return _GONE_WITH.search(_ABOLITION.sub(" ", folded_words(asked, "/"))) is not None


__all__ += ["other_gone_with_district"]

#: a gone word with the district named a few words before or after it: "huyện k còn tặng",
#: "quận cũ của em giờ không còn", "chứ k còn là huyện": the district itself is claimed gone
_GONE_WORD = r"(?:bi bo|bo luon|bi xoa|bi mat|mat luon|bi huy|khong con|het)"
_DISTRICT_GONE = re.compile(
    rf"\b{_DISTRICT} (?:\w+ ){{0,5}}?{_GONE_WORD}\b|\b{_GONE_WORD} (?:\w+ ){{0,3}}?{_DISTRICT}\b"
)


def other_gone_with_district(asked: str) -> bool:
    """The asking clause claims something other than the district gone with it ("sau khi bỏ
    cấp huyện thì GV không còn được xét CSTĐCS nữa"): a title or a right, which its own part
    judges; "huyện không còn tặng giấy khen" claims the district's own power gone (task h261)."""
    said = _ABOLITION.sub(" ", folded_words(asked, "/"))
    gone = _GONE_WITH.search(_DISTRICT_GONE.sub(" ", said))
    if gone is None:
        return False
    # "CSTĐCS 2024 có bị hủy vì kỷ luật năm 2026 không": gone for a cause of its own, not with
    # the district; "… vì CSTĐCS là danh hiệu cấp huyện" gives the district as the cause
    cause = _CAUSE.search(gone.string[gone.end() :])
    return cause is None or _ANY_DISTRICT.search(cause.group(1)) is not None


#: a person of the former district told as who said a thing: "cán bộ huyện cũ nói", "chị ở phòng
#: nội vụ huyện bảo", "người bên quận cũ hướng dẫn"; the district names the teller, not a claim
_TELLER_DISTRICT = re.compile(
    r"\b(?:can bo|cb|cong chuc|chuyen vien|nhan vien|anh|chi|ong|ba|co|chu|bac|nguoi|may anh"
    # "phòng Nội vụ huyện cũ bảo …", "phòng GD huyện trước hướng dẫn …", "trước huyện bảo …":
    # the district's office, or the district told as the past, only tells the saying (task h420)
    r"|may chi|ben|phong|truoc|truoc day|hoi truoc|nam ngoai)"
    r"(?: (?:o|cua|ben|tren|phong noi vu|noi vu|phong|ubnd|cap|gd|gddt|giao duc|giao duc va dao"
    r" tao|giao duc dao tao|tai chinh|van hoa|vh|tdkt|thi dua|lao dong))* "
    rf"{_DISTRICT}(?: cu| truoc| truoc day| truoc kia)?(?: (?:co|da|thi|hay|tung|van))? "
    r"(?:noi|bao|ke|cho biet|huong dan|dan|nhac|thong bao)\b"
)


#: "quân số" (the staff count) folds as "quan so": no district
_HEADCOUNT = re.compile(r"\bquan so\b")


def district_only_teller(question: str) -> bool:
    """Every district the letter names is in who told it the saying ("cán bộ huyện cũ nói không
    đăng ký đầu năm thì cuối năm không được xét, đúng k"): the reform is no claim put up, the
    saying is, and the parts judge it (task h360). A district named in the saying itself ("…
    bảo TTLĐTT vẫn do huyện xét") is a claim the block answers."""
    said = folded_words(question, "/")
    tellers = _TELLER_DISTRICT.findall(said)
    # "quân số" folds to "quan so" (the staff count), and the abolition told beside the teller
    # ("… bỏ huyện rồi thì thôn vẫn …") is the premise, not a district claimed (task h420)
    rest = _ABOLISHED.sub(" ", _HEADCOUNT.sub(" ", said))
    return bool(tellers) and len(_ANY_DISTRICT.findall(rest)) <= len(tellers)


#: the cause told after a thing claimed gone: "… vì kỷ luật", "… do không đủ tỷ lệ"
_CAUSE = re.compile(r"\b(?:vi|do|boi vi|tai vi) (.*)$")


__all__ += ["abolition_confirmed"]

#: a clause that only puts what precedes it up for confirmation: "đúng k ạ", "phải không"
_CONFIRM_ONLY = re.compile(
    r"^(?:co )?(?:dung|phai)(?: (?:vay|the|khong|ko|k|hong|chua|chu|a|ad|ha|nhi))*$"
)
#: a line and its confirming tail in one clause: "cấp huyện bỏ từ 1/7/2025 đúng k"
_TAILED = re.compile(
    r"^(.+?) ((?:co )?(?:dung|phai)(?: (?:vay|the|khong|ko|k|hong|chua|chu|a|ad|ha|nhi))+)$"
)
#: the abolition put up with its subject left in the clause before: "giờ bỏ rồi đúng k"
_ELIDED_ABOLITION = re.compile(
    r"^(?:(?:gio|nay|bay gio|hien nay|hien gio) )?(?:da |bi )?(?:bo|xoa|giai the|khong con)"
    r"(?: (?:roi|het|luon))* (?:dung|phai)(?: (?:vay|the|khong|ko|k|hong|chua|chu|a|ad|ha|nhi))*$"
)
#: the district's abolition stated as a fact: "cấp huyện bỏ từ 1/7/2025", "đã bỏ huyện rồi"
_ABOLISHED = re.compile(
    rf"\b(?:cap )?{_DISTRICT} (?:da |bi |duoc )?(?:bo|xoa|giai the)\b"
    rf"|\b{_NOT_BO}(?:bo|xoa|giai the|khong con) (?:cap )?{_DISTRICT}\b"
)


#: the abolition told as the reason of another claim in its clause ("… phải trình Sở Nội vụ vì
#: huyện bị bỏ", "do bỏ huyện nên …", "huyện bỏ rồi thì …"): the claim is the other one
_CAUSE_BEFORE = re.compile(r"\b(?:vi|do|boi|tai|boi vi|tai vi|la do|la vi)$")
_RESULT_AFTER = re.compile(r"^(?:\w+ ){0,4}?(?:nen|thi)\b")


def _abolition_as_reason(clause: str) -> bool:
    """Every abolition the clause tells is the reason of something else claimed in it."""
    found = list(_ABOLISHED.finditer(clause))
    return bool(found) and all(
        _CAUSE_BEFORE.search(clause[: m.start()].strip())
        or _RESULT_AFTER.search(clause[m.end() :].strip())
        for m in found
    )


def _xa_signs_now(clause: str) -> bool:
    """The clause claims the xã decides or signs, naming no provincial award."""
    said = _ABOLISHED.sub(" ", clause)
    return _XA_SIGNS_NOW.search(said) is not None and _PROVINCE.search(said) is None


def abolition_confirmed(question: str) -> bool:
    """An earlier clause of the question says the district level is gone and the clause right
    after it only asks to confirm that ("zalo bảo cấp huyện bỏ từ 1/7/2025, đúng k ạ, vậy LĐTT
    giờ ai ký"): the reform itself is one claim asked, whatever the last clause asks. A date
    the line gives must be the reform's own (01/7/2025), else it is not what the block states
    (task h120)."""
    clauses = [folded_words(c, "/") for c in re.split(r"[,.;:?!]", question)]
    clauses = [c for c in clauses if c]
    pairs = list(itertools.pairwise(clauses))
    # task h474 (b174): "cấp huyện bỏ từ 1/7/2025 đúng k, vậy ai ký giấy khen": the line and
    # its "đúng k" typed in one clause, no comma between them
    pairs += [(m[1], m[2]) for c in clauses if (m := _TAILED.match(c))]
    for before, clause in pairs:
        if _ELIDED_ABOLITION.match(clause) and re.search(rf"\b{_DISTRICT}\b", before):
            # task h403: "trước kia có hội đồng TĐKT huyện, giờ bỏ rồi đúng k, còn …": the
            # district named in the clause before, its abolition put up in a clause of its own
            return True
        if not _CONFIRM_ONLY.match(clause) or not _ABOLISHED.search(before):
            continue
        if _abolition_as_reason(before) and not _xa_signs_now(before):
            # "thôn văn hóa giờ phải trình Sở Nội vụ vì huyện bị bỏ, đúng k": the reform is
            # the reason given; the claim it explains is the parts' to judge, unless it is the
            # xã signing now ("bỏ huyện thì chủ tịch xã ký giấy khen"), the move it made
            continue
        if _STILL_DISTRICT.search(before):
            # "bỏ huyện thì xã vẫn phải xin ý kiến huyện cũ, đúng k": the abolition is the
            # premise; the claim is the district still in the route, which the block denies
            continue
        dates = re.findall(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b", before)
        if all((int(d), int(m), y) == (1, 7, "2025") for d, m, y in dates):
            return True
    # task h483 (b173 G): "cấp huyện bỏ từ 1/7/2025 đúng k, giờ LĐTT ai ký": the abolition and
    # its "đúng k" in one clause of their own, another ask after it
    # (alone too: "cấp huyện bỏ từ 1/7/2025 đúng không", the ask read on its own)
    return any(_abolition_put_up(clause) for clause in clauses)


#: a clause that states the abolition and puts it up: "cấp huyện bỏ từ 1/7/2025 đúng k"
_PUT_UP_TAIL = re.compile(
    r"^(?P<line>.+?) (?:co )?(?:dung|phai)(?: (?:vay|the|khong|ko|k|hong|chua|chu|a|ad|ha|nhi))*$"
)
#: the words an abolition's own line may hold besides the abolition and its day
_ABOLITION_FILLERS = frozenset(
    {"cap", "tu", "ke", "ngay", "thang", "nam", "da", "roi", "bi", "het", "luon", "la", "that",
     "nghe", "noi", "bao", "chinh", "thuc", "chinh thuc", "nay", "gio"}
)  # fmt: skip


def _abolition_put_up(clause: str) -> bool:
    """The clause is the district's abolition alone, dated 01/7/2025 or not dated, put up for
    confirmation ("cấp huyện bỏ từ 1/7/2025 đúng k", "huyện bị bỏ rồi phải không")."""
    put = _PUT_UP_TAIL.match(re.sub(r"(?<=\d) ?/ ?(?=\d)", "/", clause))
    if put is None or not _ABOLISHED.search(put["line"]):
        return False
    dates = re.findall(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b", put["line"])
    if any((int(d), int(m), y) != (1, 7, "2025") for d, m, y in dates):
        return False
    rest = re.sub(r"\b\d{1,2}/\d{1,2}/20\d\d\b", " ", _ABOLISHED.sub(" ", put["line"]))
    return set(rest.split()) <= _ABOLITION_FILLERS


__all__ += ["reform_date_wrong"]

#: a date as the abolition's start: "1/1/2025", "7/2025", "2024"
_DAY = r"(\d{1,2}/\d{1,2}/20\d\d|\d{1,2}/20\d\d|20\d\d)"
_SINCE = r"(?:tu|ke tu|vao|bat dau tu)(?: ngay| thang| nam)?"
_ABOLISHED_ON = re.compile(
    rf"(?:{_ABOLISHED.pattern})(?: \w+){{0,2}}? {_SINCE} {_DAY}\b"
    rf"|\b{_SINCE} {_DAY} (?:\w+ ){{0,2}}?(?:{_ABOLISHED.pattern})"
)
#: the reform's own start (NĐ 129/2025, Luật Tổ chức chính quyền địa phương 2025: 01/7/2025)
_REFORM_DAY = frozenset(
    {"1/7/2025", "01/7/2025", "1/07/2025", "01/07/2025", "7/2025", "07/2025", "2025"}
)


def reform_date_wrong(question: str) -> str | None:
    """The district's abolition claimed from a day that is not 01/7/2025 ("cấp huyện bị bỏ từ
    1/1/2025 phải k"): the day told, to be denied (task h221); None when no day is told with
    the abolition, or it is the reform's own."""
    found = _ABOLISHED_ON.search(folded_words(question, "/"))
    if found is None:
        return None
    told = next(d for d in found.groups() if d)
    if told in _REFORM_DAY:
        return None
    # "1/1/2025" is a day, "1/2025" a month, "2024" a year
    return told if told.count("/") == 2 else f"{'tháng' if '/' in told else 'năm'} {told}"


__all__ += ["firm_power_moved"]

#: a firm or a cooperative named as the one whose awards are in question
_FIRM = re.compile(r"\b(?:htx|hop tac xa|doanh nghiep|cong ty|cty)\b")
#: its power claimed gone to the xã: "phải do chủ tịch UBND xã ký", "không còn tự khen được",
#: "phải trình xã"
_FIRM_POWER_GONE = re.compile(
    r"\b(?:khong|k|ko) (?:con |duoc |dc )*tu (?:khen|tang|ky|cong nhan|quyet dinh)"
    # "không còn quyền khen", "mất quyền tặng LĐTT", "hết quyền ký" (h236)
    r"|\b(?:(?:khong|k|ko) (?:con )?(?:co )?|mat (?:het )?|het )quyen (?:tu )?"
    r"(?:khen|tang|ky|cong nhan|quyet dinh|xet)\b"
    r"|\bphai de nghi (?:len )?(?:chu tich )?(?:ubnd )?xa\b"
    r"|\bphai (?:do |de |trinh |xin )(?:chu tich )?(?:ubnd )?xa\b"
    rf"|\b{_XA} (?:ky|quyet dinh|cong nhan) (?:thay|het|luon)\b"
)
#: "HTX muốn khen xã viên thì phải trình huyện như trước": its power claimed to need the district
#: still; the director decides his own people's titles, not a provincial award (task h360)
_FIRM_NEEDS_DISTRICT = re.compile(
    r"\b(?:phai|van phai|con phai) (?:trinh|xin y kien|hoi y kien|xin|de nghi|gui|nop|qua)"
    r" (?:len |ve |qua )?"
    rf"(?:chu tich |ubnd |phong noi vu )?(?:cap )?{_DISTRICT}\b"
)


def firm_power_moved(question: str) -> bool:
    """ "từ khi bỏ cấp huyện, danh hiệu của xã viên HTX phải do Chủ tịch UBND xã ký, HTX không
    còn tự khen được nữa, đúng không": the reform moved the district's powers only; a firm's or
    a cooperative's director still decides for its own people (Luật 2022 Điều 80 khoản 4;
    task h221)."""
    said = folded_words(question)
    if _FIRM.search(said) is None:
        return False
    if _FIRM_POWER_GONE.search(said) is not None:
        return True
    return _FIRM_NEEDS_DISTRICT.search(said) is not None and _PROVINCE.search(said) is None


__all__ += ["own_power_asked", "xa_acts_alone_claimed"]

#: task h408: the asker (the xã's chairman) asks whether they may sign themselves: "tôi có quyền
#: ký luôn không", "CT xã ký luôn được k", "xã tự ký được không"
_OWN_POWER = re.compile(
    r"\b(?:toi|em|e|minh|chu tich|ct|xa|phuong)(?: xa| phuong)? (?:co quyen |duoc |dc )?"
    r"(?:ky|quyet dinh) luon (?:duoc |dc )?(?:khong|k|ko|hong|chua)\b"
    r"|\b(?:toi|em|e|minh) co quyen (?:ky|quyet dinh)(?: luon)? (?:khong|k|ko|hong)\b"
    # "không còn huyện thì tôi vẫn ký giấy khen như trước được chứ" (task h420)
    r"|\b(?:toi|em|e|minh|chu tich|ct|xa|phuong)(?: xa| phuong)? van (?:ky|tang|quyet dinh"
    r"|cong nhan)(?: \w+){0,6}? (?:duoc|dc) (?:chu|khong|k|ko|hong)\b"
    # "chủ tịch xã có quyền quyết định CSTĐCS k, hay vẫn phải gửi huyện": the xã's own power
    # offered first, the district second (NĐ 129/2025 Điều 59; task f186)
    r"|\b(?:chu tich|ct)(?: ubnd)? (?:xa|phuong) (?:co quyen|duoc|dc) (?:ky|quyet dinh|cong nhan"
    r"|tang)(?: \w+){0,6}? (?:khong|k|ko|hong) hay (?:la )?(?:van )?(?:phai )?(?:gui|do|trinh|qua)"
    r" huyen\b"
)


def own_power_asked(asked: str, question: str | None = None) -> bool:
    """The asking clause asks whether the xã's chairman may sign now without the district ("Văn
    phòng bảo … vẫn phải gửi huyện cũ xin ý kiến. Tôi có quyền ký luôn không"): the asker's
    own ask, answered "Có" (NĐ 129/2025 Điều 59), whatever the saying told before it claims."""
    said = folded_words(asked, "/")
    found = _OWN_POWER.search(said)
    if found is None:
        return False
    before = said[: found.start()]
    if question is not None:
        # the asking clause alone may not name the title: "TTLĐXS trước đây huyện trình tỉnh,
        # nay chuyển về chủ tịch xã ký như TTLĐTT, vậy … cho chủ tịch ký luôn dc k" (b148)
        whole = folded_words(question, "/")
        starts = [m.start() for m in _OWN_POWER.finditer(whole)]
        if starts:
            before = whole[: starts[-1]]
    # "TTLĐXS trước huyện trình tỉnh, giờ chủ tịch xã ký luôn được hông": a provincial title
    # named before the ask is what is asked to be signed, which stays the province's (h408)
    return _PROVINCE_TITLE.search(before) is None


#: the province's own titles and forms (Luật 2022 Điều 79): never the xã chairman's to sign
_PROVINCE_TITLE = re.compile(
    r"\b(?:ttldxs|tap the lao dong xuat sac|bang khen|cstd (?:cap )?tinh|co thi dua)\b"
)


#: the xã claimed to act on its own now: "xã tự quyết định", "chủ tịch phường tự phát động",
#: "phường tự ký được không" (task h126); what the district did before is the premise
_XA_ALONE = re.compile(
    rf"\b{_XA} (?:\w+ ){{0,2}}?tu (?:ky|quyet dinh|cong nhan|tang|khen|xet|phat dong|to chuc)\b"
)


def xa_acts_alone_claimed(asked: str) -> bool:
    """The asking clause claims the xã now does alone what the district did ("năm ngoái gửi
    phòng Nội vụ huyện, năm nay xã tự quyết định được chưa"): for what the xã's chairman
    decides (NĐ 129/2025 Điều 59) or launches (the xã's own movements), the move the reform
    block states. The caller checks the titles named are the xã's to decide."""
    said = _OR_ELSE.split(folded_words(asked, "/"))[0]
    if _STILL_DISTRICT.search(said) is not None or _PROVINCE.search(said) is not None:
        return False
    return _XA_ALONE.search(said) is not None


#: "xã không còn quyền …", "xã ko được tặng … nữa", "phải trình tỉnh": the claim that the xã
#: lost the district's powers, or that they went up to the province
_XA_DENIED = re.compile(
    rf"\b(?:(?:chu tich |chu tich ubnd |ubnd )?{_XA}) (?:khong|ko|k|hong) (?:con )?"
    r"(?:quyen|duoc|dc|tang|ky|xet)\b"
)
_UP_TO_PROVINCE = re.compile(r"\b(?:phai|deu phai|chuyen) (?:trinh|len|ve|gui|nop) (?:len )?tinh\b")


def xa_power_denied_first(asked: str) -> bool:
    """The xã's loss of power is the claim put up, not the other way offered after it ("xã có
    thể tự quyết định CSTĐCS không hay vẫn phải trình lên tỉnh": the claim is the first)."""
    return xa_power_denied(_OR_ANY.split(folded_words(asked, "/"))[0])


#: "… ký được chưa hay phải trình tỉnh", "tự ký được hay phải trình tỉnh": the way offered
#: after "hay" is the other answer, whatever tail the claim ends with
_OR_ANY = re.compile(r"\bhay\b")


def xa_power_denied(question: str) -> bool:
    """The letter claims that with the district gone the xã lost its powers or that they went up
    to the province ("xã ko còn quyền tặng CSTĐCS nữa, phải trình tỉnh"): NĐ 129/2025 Điều 59
    gave them to the xã's chairman, so the claim is wrong (task h106)."""
    said = " ".join(fold(question).lower().split())
    return bool(_XA_DENIED.search(said) or _UP_TO_PROVINCE.search(said))


def xa_signs_claimed(asked: str) -> bool:
    """The move claimed puts the xã in the district's place as the one deciding ("bằng khen tỉnh
    giờ chủ tịch xã ký thay"), not only the dossier's route straight up to the province."""
    said = _OR_ELSE.split(folded_words(asked, "/"))[0]
    return _XA_SIGNS_NOW.search(said) is not None


__all__ += ["firm_acts_alone_claimed", "xa_signs_now_claimed"]

#: a firm or a cooperative claimed to decide itself now: "cty tự ký được k", "HTX tự công nhận
#: LĐTT cho xã viên được không", "giám đốc công ty tự quyết định"
_FIRM_ALONE = re.compile(
    r"\b(?:htx|hop tac xa|doanh nghiep|cong ty|cty|giam doc)(?: \w+){0,3}? tu "
    r"(?:ky|quyet dinh|cong nhan|tang|khen|xet)\b"
)


def firm_acts_alone_claimed(asked: str) -> bool:
    """ "trước gửi danh sách LĐTT lên huyện, giờ bỏ huyện thì công ty tự ký được không": the
    director of a firm or a cooperative decides its own LĐTT, CSTĐCS, TTLĐTT and giấy khen
    (Luật 2022 Điều 80 khoản 4), which the reform did not touch, so the claim is right (h236).
    A denial ("không còn tự khen") is ``firm_power_moved``'s, and is left to it."""
    said = _OR_ELSE.split(folded_words(asked, "/"))[0]
    return _FIRM_ALONE.search(said) is not None and _FIRM_POWER_GONE.search(said) is None


def xa_signs_now_claimed(asked: str) -> bool:
    """ "trước chủ tịch huyện ký TTLĐTT cho trường, giờ bỏ huyện rồi thì chủ tịch xã ký đúng
    k": the xã named as the one that decides now, with no district kept in the route and no
    province or firm named as the one asked of (their own powers are read elsewhere). The
    caller checks the titles named are the xã's to decide (NĐ 129/2025 Điều 59) (h236)."""
    said = _OR_ELSE.split(folded_words(asked, "/"))[0]
    if _STILL_DISTRICT.search(said) or _PROVINCE.search(said) or _FIRM.search(said):
        return False
    # "chủ tịch thị xã ký": a former district, not the xã (task h107)
    said = said.replace("thi xa", "thixa")
    return _XA_CHAIR_SIGNS.search(said) is not None and not xa_power_denied(said)


#: the xã's chairman (or people's committee) named as the one signing: "chủ tịch xã ký", "chủ
#: tịch UBND phường quyết định"; a bare "xã xin giấy khen", "phường giờ ai ký" is no such claim
_XA_CHAIR_SIGNS = re.compile(
    rf"\b(?:chu tich|ct|ubnd|uy ban nhan dan)(?: ubnd)? {_XA}(?: \w+){{0,3}}? "
    r"(?:ky|quyet dinh|cong nhan)\b"
)


#: the district claimed to act still: "vẫn phải trình phòng nội vụ huyện thẩm định", "xã phải
#: trình huyện cho ý kiến", "phòng nội vụ huyện cũ còn nhận hồ sơ k" (task h284); "thị xã" is
#: left out: "… thì xã tổng hợp" folds to the same words
_STILL_ROUTE = re.compile(
    r"\b(?:van|con|phai|van phai|con phai|deu phai|bat buoc) (?:phai )?"
    # task f180b (b180): "phải đợi huyện cũ cho ý kiến": waiting on the district is routing
    # through it
    r"(?:qua|thong qua|gui|trinh|nop|xin y kien|hoi y kien|chuyen|doi|cho) (?:ho so )?"
    r"(?:len |ve |qua )?"
    r"(?:(?:chu tich|ubnd|phong noi vu|phong gd|phong giao duc|hoi dong tdkt|hoi dong thi dua|"
    r"phong) ){0,2}(?:cap )?(?:huyen|quan)\b"
    # fixer f51l (L3): the district's office pointed back at ("phòng nội vụ quận trước xét …,
    # giờ phường còn gửi hồ sơ lên phòng đó k"); only read once a district is named
    r"|\b(?:van|con|van phai|con phai) (?:qua|thong qua|gui|trinh|nop|chuyen) (?:ho so )?"
    r"(?:len |ve |qua |cho )?(?:phong|noi|cho|ben|co quan) (?:do|ay)\b"
)
_STILL_ACTS = re.compile(
    r"\b(?:huyen|quan) (?:cu )?(?:van|con) (?:\w+ ){0,1}?"
    r"(?:nhan|tham dinh|ky|duyet|xet|quyet dinh|cho y kien|tang|khen|cong nhan)\b"
    # task f180b (b180): "quận vẫn còn làm TĐKT đến hết năm 2026" (not "bỏ cấp huyện, còn tui
    # làm giáo viên": "còn" there is "as for")
    r"|\b(?:huyen|quan) (?:cu )?(?:van con|van|con) lam (?:tdkt|thi dua|khen thuong)\b"
    # task f180b: the district's council or office set to review now ("cứ lấy Hội đồng TĐKT
    # huyện cũ xét cho nhanh")
    r"|\b(?:lay|nho|de) (?:hoi dong tdkt|hoi dong thi dua|phong noi vu|ubnd|chu tich) (?:cap )?"
    r"(?:huyen|quan)(?: cu)? (?:\w+ ){0,1}?(?:xet|ky|duyet|tham dinh|quyet dinh|cong nhan)\b"
)
#: task h408: the district claimed to still sign or approve, as a restriction is typed ("chủ
#: tịch xã chỉ được ký LĐTT, còn CSTĐCS vẫn phải huyện ký", "thôn văn hóa vẫn cho huyện cũ
#: duyệt")
_STILL_SIGNS = re.compile(
    # task f180b (b180): "vẫn phải cho huyện công nhận": two such words before the district
    r"\b(?:van|con) (?:(?:phai|do|cho|de|la) ){0,2}(?:chu tich |ct |ubnd )?(?:cap )?(?:huyen|quan)"
    r"(?: cu)? (?:\w+ )?(?:ky|ki|duyet|xet|quyet dinh|cong nhan|tang|khen|tham dinh)\b"
)
#: a word just before the match that denies it ("không phải trình huyện"); a time gone by
#: before it is ``_PAST_CLAUSE``'s
_NOT_NOW = frozenset({"khong", "k", "ko", "chang"})
#: task f180b (b180): "… chẳng lẽ thế thật", "… vậy sao": asked in surprise
_ASKED_AFTER = re.compile(r"\b(?:khong|k|ko|hong|chua|dung|phai|a|that|sao)\b")
#: task f180b (b180): "hồ sơ … k phải vẫn qua phòng nội vụ huyện … à": "không phải X à" puts X
#: up to be confirmed; its "không" denies nothing
_NOT_SO_PUT_UP = re.compile(r"\b(?:a|ha|u|ak|ah|sao)$")


def district_still_claimed(question: str) -> bool:
    """The letter claims the abolished district still acts in the route now ("vẫn phải trình
    phòng nội vụ huyện thẩm định rồi chủ tịch xã mới ký, đúng k", "phòng nội vụ huyện cũ còn
    nhận hồ sơ không"): since 01/7/2025 it does not (NĐ 129/2025 Điều 59), so the claim is
    wrong. A district told in the past ("trước đây phải trình huyện") or denied is no claim."""
    said = _OR_ELSE.split(folded_words(question, "/"))[0]
    if _FIRM.search(said):
        return False  # a firm's own powers are read by the firm rules (Luật 2022 Điều 80 khoản 4)
    if _MOVED.search(said):
        # "tỉnh trả hồ sơ vì xã vẫn nộp qua huyện cũ, giờ gửi thẳng lên sở đúng k": the move
        # is what is claimed; the district told is the mistake that led to it
        return False
    sentences = _SENTENCES.split(_OR_ELSE.split(fold(question))[0])
    offered = _OR_ELSE.search(fold(question)) is not None
    for at, sentence in enumerate(sentences):
        words = " ".join(folded_words(sentence, "/").split())
        rest = " ".join(folded_words(" ".join(sentences[at + 1 :]), "/").split())
        for found in itertools.chain(
            _STILL_ROUTE.finditer(words),
            _STILL_ACTS.finditer(words),
            _STILL_SIGNS.finditer(words),
        ):
            if _PAST_CLAUSE.search(_since_now(words[: found.start()])):
                continue  # "trước hồ sơ phải qua huyện, giờ …", "năm 2024 huyện còn xét"
            before = words[: found.start()].split()[-3:]
            # task h483 (b173 G): "chẳng lẽ vẫn phải qua huyện à" asks in surprise whether it
            # still does; its "chẳng" denies nothing
            before = [w for i, w in enumerate(before) if before[i : i + 2] != ["chang", "le"]]
            if _NOT_NOW & set(before) and not _not_so_put_up(before, f"{words} {rest}".strip()):
                continue
            # the claim is put up after it is told ("…, đúng k", "… còn nhận … không"), or by
            # the "k hay" that offered the other way, cut off above (fixer f51l, L3: "phòng nội
            # vụ huyện cũ còn thẩm định hồ sơ của xã k hay gửi thẳng lên đâu")
            if _ASKED_AFTER.search(f"{words[found.end() :]} {rest}") or (
                offered and at == len(sentences) - 1
            ):
                return True
            # fixer f49l (b180): "ai bảo Hội đồng TĐKT huyện vẫn họp xét khen cho xã?": "who
            # says" before it puts the claim up to be denied, whatever follows
            if _WHO_SAYS.search(words[: found.start()]):
                return True
    return False


def nobody_signs_claimed(question: str) -> bool:
    """ "CSTĐCS thì k ai ký à? từ khi bỏ huyện …": the district gone, no one is claimed to
    decide what it decided; its powers went to the xã's chairman (NĐ 129/2025 Điều 59), so the
    claim is wrong (fixer f49l, b180)."""
    # the folded text keeps its commas: "… xét dc k, ai ký" is a yes/no, then who signs
    return _NOBODY_SIGNS.search(" ".join(fold(question).split())) is not None


#: "không (còn) ai ký (nữa) à": no one claimed to decide; not a yes/no tail ("dc k ai ký")
#: before "ai ký"
_NOBODY_SIGNS = re.compile(
    r"(?<!\bdc )(?<!\bduoc )\b(?:k|ko|khong|chang|hong) (?:con )?ai "
    r"(?:ky|ki|quyet dinh|cong nhan|duyet)\b"
)
#: "ai bảo / ai nói …": a claim put up in rhetoric, to be denied
_WHO_SAYS = re.compile(r"(?:^|\b)ai (?:bao|noi)\b")


def _not_so_put_up(before: list[str], told: str) -> bool:
    """ "hồ sơ khen tỉnh k phải vẫn qua phòng nội vụ huyện … à": the words before the claim end
    "không phải" and the letter ends rising, so the claim is put up, not denied (task f180b)."""
    return (
        len(before) >= 2
        and before[-1] == "phai"
        and before[-2] in _NOT_NOW
        and _NOT_SO_PUT_UP.search(told) is not None
    )


#: fixer f51l (L3): a word that brings the letter back to now ("trước … huyện xét, giờ phường
#: còn gửi … k"): a past told before it does not reach the claim after it ("jo" as typed)
_NOW_AGAIN = re.compile(r"\b(?:gio|jo|bay gio|hien nay|hien tai|nam nay|tu nay)\b")


def _since_now(words: str) -> str:
    """``words`` from the last word that brings the letter back to now, or all of them."""
    ends = [m.end() for m in _NOW_AGAIN.finditer(words)]
    return words[ends[-1] :] if ends else words


#: a letter's sentences, each read on its own for the time it tells
_SENTENCES = re.compile(r"[.;!?\n]")
#: a clause told of the time before the reform, or told as a cause ("vì xã vẫn nộp qua huyện")
_PAST_CLAUSE = re.compile(
    rf"\b(?:{PAST_TIME}|vi|boi vi|tai vi|nam 20(?:1\d|2[0-4])"
    r"|hoi (?:dau|giua|cuoi|do|ay|nam|thang|luc))\b"
)


#: a district told only as background, each mention read in the few words around it:
#: the asker's own past ("em mới ở huyện về xã", "e từ quận chuyển về phường"), a former unit
#: doing what it did then ("thị xã cũ của em trước công nhận …"), or the signer of a decision
#: dated before 01/7/2025 ("QĐ của chủ tịch UBND thị xã ký 1/6/2025") (task h284)
_DISTRICT_AT = re.compile(r"\b(?:huyen|quan|thi xa)\b")
_ASKER_CAME = re.compile(
    r"(?:^| )(?:e|em|toi|minh|anh|chi) (?:moi |vua |da |truoc )?(?:o|tu|lam o|cong tac o) "
    r"(?:cap )?$"
)
_CAME_AFTER = re.compile(
    r"^(?:cu )?(?:moi |vua |da )?(?:ve|chuyen ve|chuyen sang|sang|len|xuong)\b"
)
_FORMER_THEN = re.compile(r"^cu (?:cua (?:e|em|toi|minh) )?(?:truoc|truoc day|ngay truoc)\b")
#: task f194a (b194 F1): a title the former district gave ("CSTĐCS do huyện cũ tặng"): given
#: before the reform, it stays and is listed among the titles had (Luật 2022 Điều 22 counts it);
#: "vẫn do chủ tịch huyện cũ ký" claims the district still signs, and is no background
_FORMER_GAVE = re.compile(r"^cu (?:da )?(?:tang|trao)\b")
_STILL_BEFORE = re.compile(r"\b(?:van|con|gio|nay)\b(?: \w+){0,6} ?$")
_SIGNER_BEFORE = re.compile(r"(?:chu tich|ct|ubnd) (?:ubnd )?$")
_SIGNED_ON = re.compile(r"^(?:da )?(?:ky|ki) (?:ngay )?(\d{1,2}) (\d{1,2}) (20\d\d)\b")
#: the signer's decision dated by a year before the reform, a few words on: "chủ tịch huyện ký
#: năm 2024", "chủ tịch huyện tặng giấy khen năm 2024 về nông thôn mới"
_GAVE_IN_YEAR = re.compile(
    r"^(?:da )?(?:ky|ki|tang|trao|khen|cong nhan)\b(?: \w+){0,4}? nam 20(?:1\d|2[0-4])\b"
)


#: the year told first: "năm 2024 em được chủ tịch huyện ký tặng …"
_YEAR_THEN_SIGNER = re.compile(
    r"\bnam 20(?:1\d|2[0-4])(?: \w+){0,4} (?:chu tich|ct|ubnd) (?:ubnd )?$"
)
_GAVE = re.compile(r"^(?:da )?(?:ky|ki|tang|trao|khen|cong nhan)\b")


#: a time gone by told a few words before the district ("còn trước đây phòng GD huyện vẫn
#: duyệt"): what the district did then, not a claim of now (bare "trước" may be "trước khi")
_PAST_JUST_BEFORE = re.compile(
    r"\b(?:truoc day|truoc kia|ngay xua|ngay truoc|hoi truoc|nam ngoai|nam truoc)(?: \w+){0,4} ?$"
)

#: what the district did then asked of now ("trước đây huyện tặng TTLĐTT, giờ còn không")
_STILL_ASKED = re.compile(r"\b(?:con|nua)(?: \w+){0,3} (?:khong|k|ko|hong)\b")


#: task h432: the signer's former level told in passing, "giấy khen của chủ tịch xã (trước là
#: huyện)", "chủ tịch phường (trước đây là chủ tịch quận)": what the xã signs now was the
#: district's, no claim of the district now
_FORMERLY_WAS = re.compile(r"\btruoc(?: day| kia)? la (?:cua )?(?:chu tich |ct |ubnd )?(?:cap )?$")


def _background_mention(before: str, after: str) -> bool:
    """One district mention is background (see ``_DISTRICT_AT``)."""
    if _PAST_JUST_BEFORE.search(before) and not _STILL_ASKED.search(after):
        return True
    if _FORMERLY_WAS.search(before) and not _STILL_ASKED.search(after):
        return True
    if _ASKER_CAME.search(before) and _CAME_AFTER.match(after):
        return True
    if _FORMER_THEN.match(after):
        return True
    if (
        _FORMER_GAVE.match(after)
        and not _STILL_ASKED.search(after)
        and not _STILL_BEFORE.search(before)
    ):
        return True
    if _SIGNER_BEFORE.search(before) and (
        _GAVE_IN_YEAR.match(after) or (_YEAR_THEN_SIGNER.search(before) and _GAVE.match(after))
    ):
        return True
    signed = _SIGNED_ON.match(after)
    if signed and _SIGNER_BEFORE.search(before):
        day, month, year = (int(n) for n in signed.groups())
        return (year, month, day) < (2025, 7, 1)
    return False


def district_as_background(question: str) -> bool:
    """Every district the letter names is background to what it asks ("… 760.000 đồng phải
    không, em mới ở huyện về xã nên chưa rõ"): the reform is not what the yes/no is put to,
    so the parts decide, and the district still claimed to act is not background."""
    said = " ".join(folded_words(question, "/").replace("/", " ").split())
    named = list(_DISTRICT_AT.finditer(said))
    if not named or district_still_claimed(question):
        return False
    return all(_background_mention(said[: m.start()], said[m.end() :].lstrip()) for m in named)


__all__ += ["district_only_offered_second"]


def district_only_offered_second(asked: str) -> bool:
    """ "hồ sơ gửi qua Sở Nội vụ đúng k hay vẫn qua phòng nội vụ huyện": the district is only
    the other way offered after the claim; the claim put first is the parts' to judge."""
    said = folded_words(asked, "/")
    if " hay " not in f" {said} ":
        return False
    first, *rest = _OR_ELSE.split(said, maxsplit=1)
    return bool(rest) and not _ANY_DISTRICT.search(first) and bool(_ANY_DISTRICT.search(rest[0]))


__all__ += ["district_form_still_asked"]

#: a form of the district asked whether it still exists, the other way offered after it
#: ("giấy khen cấp huyện năm nay còn k hay chuyển về xã hết", "giấy khen của chủ tịch huyện
#: bây giờ còn không"): "còn" closed by the asking word, a few words after the district
_FORM_STILL = re.compile(
    rf"\b{_DISTRICT}\b(?: \w+){{0,4}}? con (?:nua )?(?:khong|k|ko|hong|hem)(?: \w+)?$"
)
#: a verb of the district's own acting between it and "còn": "huyện tặng năm 2024 còn không"
#: asks whether that decision holds (``claim.district_award_kept``), not whether the form exists
_DISTRICT_ACTS = re.compile(r"\b(?:tang|ky|ki|cong nhan|trao|khen|xet|nhan|duyet)\b")


def district_form_still_asked(question: str) -> bool:
    """ "giấy khen cấp huyện năm nay còn không hay chuyển về xã hết rồi": whether the district's
    form still exists is the claim put first; since 01/7/2025 there is no district level and
    its powers are the xã chairman's (NĐ 129/2025 Điều 59), so the reform's own "Không"
    answers it."""
    said = folded_words(question, "/")
    if " con " not in f" {said} ":
        return False
    # "… giờ còn không? bây giờ ai ký": a second ask after the mark is not the form's
    return any(_form_still(folded_words(ask, "/")) for ask in question.split("?"))


def _form_still(said: str) -> bool:
    head = _OR_ANY.split(said)[0].strip()
    found = _FORM_STILL.search(head)
    return found is not None and _DISTRICT_ACTS.search(found.group(0)) is None


#: the province's form claimed the only one left ("chỉ còn bằng khen tỉnh thôi", "giờ chỉ tỉnh
#: mới khen được"): "chỉ … còn / mới" with the province's form or the province as giver
_ONLY_PROVINCE_LEFT = re.compile(
    r"\bchi con (?:(?:duoc|dc|co|nhan) )?(?:bang khen|bk)(?: \w+){0,4}? tinh\b"
    r"|\bchi con (?:(?:duoc|dc) )?(?:chu tich |ubnd |uy ban )?tinh (?:khen|tang)\b"
    r"|\bchi (?:co )?(?:chu tich |ubnd |uy ban )?tinh moi (?:\w+ )?(?:khen|tang)\b"
)


def only_province_left_claimed(question: str) -> bool:
    """ "bỏ huyện rồi nông dân chỉ còn bằng khen tỉnh thôi": an exclusive claim that, with the
    district gone, only the province's Bằng khen is left. The district's giấy khen went to the
    xã's chairman (NĐ 129/2025 Điều 59; Luật 2022 Điều 80 khoản 3), so the claim is wrong."""
    said = folded_words(question, "/")
    if " chi " not in f" {said} ":
        return False
    return _ONLY_PROVINCE_LEFT.search(said) is not None


__all__ += ["council_gone_claimed"]

#: the xã's council claimed gone (with the district): "hội đồng TĐKT xã cũng bỏ luôn", "hội
#: đồng thi đua xã bị giải thể theo huyện", "xã không còn hội đồng thi đua"; a right of the
#: council lost ("hội đồng không còn quyền …") is no such claim
_COUNCIL_GONE = re.compile(
    r"\bhoi dong\b(?! (?:quan tri|nhan dan))(?: (?!huyen\b|quan\b)\w+){0,6}?"
    r" (?:cung |da |bi |da bi |se )*"
    r"(?:bo|giai the|xoa bo|bai bo|xoa|khong con|het|mat|dep)(?: (?:luon|theo|roi|di|nua))*"
    r"(?! (?:quyen|duoc|dc|tham|nhiem|vai|chuc))\b"
    r"|\b(?:khong|k|ko) con (?:\w+ ){0,2}?hoi dong\b"
)
#: the xã's council asked to stay: "xã còn hội đồng TĐKT không", "hội đồng thi đua xã còn k"
_COUNCIL_STILL = re.compile(
    r"(?<!khong )(?<!k )(?<!ko )\bcon (?:\w+ ){0,1}?hoi dong\b"
    r"|\bhoi dong\b(?: \w+){0,6}? (?:van )?con (?:khong|ko|k|hong|chu|nua khong)\b"
)


#: the district's council named ("hội đồng TĐKT huyện còn k"): the reform's own answer, not the
#: xã's council
_DISTRICT_COUNCIL = re.compile(
    r"\b(?:hoi dong|hd)(?: (?!xa\b|phuong\b)\w+){0,4}? (?:huyen|quan)\b"
    r"|\b(?:huyen|quan)(?: (?!xa\b|phuong\b)\w+){0,2}? con (?:\w+ )?(?:hoi dong|hd)\b"
)


def council_gone_claimed(question: str) -> str | None:
    """ "nghe nói huyện bỏ rồi thì hội đồng TĐKT xã cũng bỏ luôn, đúng k" → "Không"; "bỏ
    huyện rồi thì xã còn hội đồng thi đua không" → "Có": the xã keeps its own council (Luật
    2022 Điều 90 khoản 4: the councils of every level advise their own head); only the old
    district's went with it (task h356). None when the council is claimed or asked neither."""
    words = folded_words(question, "/")
    if "hoi dong" not in words or _DISTRICT_COUNCIL.search(words) is not None:
        return None
    if _COUNCIL_GONE.search(words) is not None:
        return "Không"
    if _COUNCIL_STILL.search(words) is not None:
        return "Có"
    return None


__all__ += ["district_then_xa_now", "xa_acts_now_claimed"]

#: the xã (a ward) named as the one acting now, a few words before its act: "xã có tặng giấy
#: khen cho gia đình bà được không", "phường tôi có được tự công nhận không", "chủ tịch xã được
#: ký CSTĐCS" (task h374); "thị xã" is a former district, folded apart by the caller
_XA_ACTS_NOW = re.compile(
    rf"\b(?:(?:chu tich|ct|ubnd|uy ban nhan dan|uy ban)(?: ubnd)? )?{_XA}(?: \w+){{0,4}}? "
    r"(?:tu )?(?:ky|ki|quyet dinh|cong nhan|tang|khen|xet|duyet|trao)\b"
)
#: a district named before the xã's clause ("thixa": "thị xã" folded apart); "dân quân" is the
#: militia, not a district
_DISTRICT_BEFORE = re.compile(r"\b(?:huyen|(?<!dan )quan|thixa)\b")
#: who or what asked between the xã and its act ("phường giờ ai ký")
_WH_WORD = re.compile(r"\b(?:ai|gi|j|nao)\b")


#: "thị xã" (a former district) where folding leaves "thi xa": at the start, after a word that
#: names a place or a past, or before "cũ"; elsewhere "… nữa thì xã có tặng …" is "thì xã"
_TOWN = re.compile(
    r"(?:^|\b(?:truoc kia|truoc day|truoc|hoi truoc|cua|o|tai|ubnd|chu tich|ct|uy ban|len|ve"
    r"|qua|phong noi vu|hoi dong(?: \w+){0,3}?)) thi xa\b|\bthi xa cu\b"
)


def _towns_apart(said: str) -> str:
    return _TOWN.sub(lambda m: m.group(0).replace("thi xa", "thixa"), said)


def _xa_clause(asked: str) -> tuple[str, re.Match[str] | None]:
    said = _towns_apart(_OR_ELSE.split(folded_words(asked, "/"))[0])
    return said, _XA_ACTS_NOW.search(said)


def xa_acts_now_claimed(asked: str) -> bool:
    """ "trước kia thị xã công nhận tổ dân phố văn hóa, bây giờ phường tôi có được tự công nhận
    không", "bây giờ không còn huyện thì chủ tịch xã được ký CSTĐCS có đúng không": the district
    told first (as the past, or gone), then the xã named as the one deciding now. What the
    district decided the xã's chairman decides now (NĐ 129/2025 Điều 59), so the claim is the
    move the reform block states; a district kept in the route, the province or a firm named,
    or the xã's power denied is no such claim (task h374). The caller checks the titles named
    are the xã's to decide."""
    said, found = _xa_clause(asked)
    if found is None or _DISTRICT_BEFORE.search(said[: found.start()]) is None:
        return False
    if _DISTRICT_BEFORE.search(said[found.end() :]) or _WH_WORD.search(found.group(0)):
        # "… huyện ký hay xã ký, giờ huyện còn ký k", "phường giờ ai ký, quận cũ còn ký dc k":
        # the district is asked of after the xã, or who signs is asked (b103, b66)
        return False
    if _STILL_DISTRICT.search(said) or _PROVINCE.search(said) or _FIRM.search(said):
        return False
    return not xa_power_denied(said)


#: the xã named after the district, as the level whose fund or office is asked of now: "bây giờ
#: có phải lấy từ quỹ thi đua của xã không", "giờ xã chi từ quỹ của xã đúng k"
_XA_NAMED = re.compile(rf"\b{_XA}\b")


def district_then_xa_now(asked: str) -> bool:
    """The district told first and the xã named after it in the asking clause ("trước đây tiền
    thưởng LĐTT do quỹ thi đua của huyện chi, bây giờ có phải lấy từ quỹ của xã không"): the
    district is the past, the claim is about the xã now, which the parts answer (task h374)."""
    said = _towns_apart(_OR_ELSE.split(folded_words(asked, "/"))[0])
    district = _DISTRICT_BEFORE.search(said)
    if district is None or _STILL_DISTRICT.search(said) or xa_power_denied(said):
        return False
    xa = _XA_NAMED.search(said, district.end())
    # "xã làm hồ sơ xin huyện cấp tiền thưởng": the district named after the xã still acts (b93)
    return xa is not None and _DISTRICT_BEFORE.search(said, xa.end()) is None


__all__ += ["xa_now_confirmed_midway"]

#: a clause put up for confirmation at its end: "gio chu tich xa cong nhan dung k"
_CONFIRMED_END = re.compile(
    r"\b(?:dung|phai)(?: (?:khong|ko|k|kg|hong|chua|chu|a|ad|ha|nhi|ko a|k a))+$"
)


def xa_now_confirmed_midway(question: str) -> bool:
    """ "thôn VH trước do huyện công nhận, giờ chủ tịch xã công nhận đúng k, vậy thôn gửi gì
    lên xã": the xã claimed to decide now is put up for confirmation in a clause of its own,
    before another ask; the claim is the move the reform made (NĐ 129/2025 Điều 59), whatever
    the last clause asks (task h403). The caller checks the titles named are the xã's."""
    clauses = [c.strip() for c in re.split(r"[,.;:?!]", question) if c.strip()]
    for i, clause in enumerate(clauses[:-1]):
        if not _CONFIRMED_END.search(folded_words(clause, "/")):
            continue
        upto = ", ".join(clauses[: i + 1])
        if xa_acts_now_claimed(upto) or (
            _DISTRICT_BEFORE.search(folded_words(upto, "/")) and xa_signs_now_claimed(clause)
        ):
            return True
    return False


__all__ += ["intermediary_asked"]

#: task h401: whether a level still stands between the xã and the province is asked: "giờ xã có
#: phải qua trung gian nào k", "hồ sơ còn phải qua cơ quan nào ở giữa k", "có qua cấp nào nữa
#: không hay gửi thẳng sở nội vụ"
_INTERMEDIARY = re.compile(
    r"\b(?:phai |con |van |co )*qua (?:\w+ ){0,2}?(?:trung gian|co quan nao|cap nao|noi nao"
    r"|dau nua|khau nao|cap trung gian|o giua)\b(?: \w+){0,4}? (?:khong|ko|k|kg|hong|chua)\b"
)


def intermediary_asked(asked: str) -> bool:
    """Whether a body between the xã and the province is asked after the district's end: none
    is left; the xã sends the dossier straight to the Sở Nội vụ, the standing body of the
    province's council (NĐ 129/2025 Điều 59; Luật 2022 Điều 84)."""
    return _INTERMEDIARY.search(folded_words(asked)) is not None
