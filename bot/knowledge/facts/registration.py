"""Registration for a title (đăng ký thi đua) told in a question: whether registering is what is
asked, whether the province's quy chế is said to require it, and a thôn named as the one that
registers for its own title."""

from __future__ import annotations

import re

from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.words import NOT_SPELLED


def registers(seg: Segment) -> bool:
    """A thôn, tổ dân phố named as the one that registers ("thôn đăng ký thôn văn hóa"): the
    unit signs up for its own title in the commune's plan (domain.md §2: thôn đăng ký thi đua),
    which the thôn's lack of power to grant titles does not answer."""
    if seg.authority != ["thon"]:
        return False
    words = " ".join(seg.words)
    return _UNIT_REGISTERS.search(words) is not None


#: the thôn or its peers ("ấp tui", "khóm em", "xóm mình", task h296) told registering
_UNIT_REGISTERS = re.compile(
    r"\b(?:thon|to dan pho|tdp|ap|khom|xom|khu pho|khu dan cu)\b(?: \w+){0,3}? dang k[yi]\b"
)


REQUIRE_MARKS = frozenset({"can", "phai", "buoc"})

#: registration, a step a title may be asked to require (no title: its criteria never name it)
REGISTRATION = "dang_ky_thi_dua"

#: registration told missing ("không / chưa / quên (nộp bản) đăng ký") ...
_UNREGISTERED = re.compile(
    r"\b(?:khong|chua|quen)(?: (?:nop|lam|gui))?(?: (?:ban|phieu))? dang ky\b"
)
#: ... and a title claimed lost for it ("bị loại", "không được xét") ...
#: ("không bao giờ được đề nghị bằng khen": a form proposed, not only a title considered)
_EXCLUDED = re.compile(
    r"\b(?:bi loai|khong (?:bao gio )?(?:duoc |dc )?(?:xet|de nghi)"
    r"|khong (?:bao gio )?duoc (?:cong nhan|tang))\b"
    # "không được chi tiền thưởng", "không được thưởng", "luật không cho xét" (task h284)
    r"|\bkhong (?:duoc |dc )?(?:chi |nhan |huong |linh )?tien thuong\b"
    r"|\bkhong (?:duoc |dc )thuong\b|\bkhong cho (?:xet|de nghi)\b"
    # "luật cấm xét LĐTT", "bị gạch tên khỏi danh sách" (task h358)
    r"|\bcam (?:xet|de nghi|tang|cong nhan|khen)\b|\bgach ten\b"
)
#: ... or registration claimed a condition of the title ("phải đăng ký … mới được xét")
_REGISTER_FIRST = re.compile(
    r"\b(?:can|phai|bat buoc)(?: [a-z]+){0,2} dang ky(?: [a-z]+){0,6} moi\b"
    # "muốn được xã tiêu biểu, có phải đăng ký trước (từ đầu năm) không" (h236)
    r"|\b(?:can|phai|bat buoc)(?: [a-z]+){0,2} dang ky(?: thi dua)? (?:truoc|tu dau nam|dau nam)\b"
    # task f199 (b199 F2): "CSTĐCS có phải đăng ký k", the registration asked bare and closing
    # the line: the title's need of it, not who may have the title
    r"|\bco (?:can|phai|bat buoc)(?: phai)? dang ky khong$"
)


#: ... or told as the condition in other orders (task h237): "muốn được giấy khen xã (thì)
#: phải đăng ký thi đua từ đầu năm" (stated, not asked "thì có cần … không": the law answers
#: that, task h61), "có được đề nghị khen thưởng nếu / khi / mà không đăng ký"
_CONDITION = re.compile(
    r"\bmuon (?:duoc|dc) (?:\w+ ){0,8}?(?:thi )?(?<!\bco )(?:phai|can|bat buoc)"
    r"(?: \w+){0,2}? dang ky\b"
    r"|\b(?:duoc|dc) (?:\w+ ){0,8}?(?:neu|khi|ma) (?:khong|chua) (?:\w+ )?dang ky\b"
)


def registration_conditioned(said: str) -> bool:
    """``said`` (folded words, short forms of "không" spelled out) tells registration as the
    condition of a title in the orders `_REGISTER_FIRST` misses."""
    return _CONDITION.search(said) is not None


#: ... or, registration told missing, whether the unit is still considered is the closing ask
#: ("quên nộp bản đăng ký …, vậy thôn e còn dc xét k a", "k đăng ký đầu năm, cuối năm đề nghị
#: TDP văn hóa dc nữa k"): the registration rule answers it (Luật 2022 Điều 7; task h401)
_STILL_ASKED = re.compile(
    r"\b(?:duoc|dc) (?:(?:xet|de nghi|cong nhan|binh|binh xet)(?: \w+){0,4}? )?(?:nua )?"
    r"(?:khong|chu)(?: (?:a|ad|ha|anh|chi|ban|vay))*$"
)


#: the lack put as a condition, not told ("không đăng ký thi đua thì có được xét CSTĐCS không"):
#: the title's own part answers it, with the registration note
_IF_UNREGISTERED = re.compile(r"\bdang ky(?: thi dua)?(?: \w+){0,3}? thi (?:co )?(?:duoc|dc|bi)\b")


def _may_register(toks: list[str]) -> bool:
    """False only when the words, respelled and joined by spaces, cannot hold "dang ky": it
    needs a word ending in "dang", which the words run together hold too (the respelling only
    ever writes "khong")."""
    return "dang" in "".join(toks)


def registration_excludes(toks: list[str]) -> bool:
    """The question claims that a title is lost without registration ("quên nộp đăng ký thì
    bị loại LĐTT", "không đăng ký thì không được xét thôn văn hóa", "phải đăng ký đầu năm mới
    được xét"): that is the registration rule's to answer (Luật 2022 Điều 7, task h102)."""
    # s47b: "dang ky" is read across a word ending in "dang": with none, nothing is read (the
    # words are respelled and joined below, a call a word, on every reading)
    if not _may_register(toks):
        return False
    # "k / ko đăng ký": the typed short forms of "không" (NOT_SPELLED) tell the same case
    said = " ".join(NOT_SPELLED.get(t, t) for t in toks if t.isalnum())
    if "dang ky" not in said:
        return False
    return bool(
        (
            _UNREGISTERED.search(said)
            and (
                _EXCLUDED.search(said)
                or (_STILL_ASKED.search(said) and not _IF_UNREGISTERED.search(said))
            )
        )
        or _REGISTER_FIRST.search(said)
        or registration_conditioned(said)
    )


#: the province's quy chế told to require registration, and the xã asking whether it must follow
_PROVINCE_REQUIRES_TOLD = re.compile(
    r"\b(?:tinh|quy che)\b(?:\s\w+){0,6}?\s(?:van |con )?(?:bat|bat buoc|yeu cau|doi hoi)"
    r"(?: phai)? dang ky\b"
)
_MUST_FOLLOW = re.compile(r"\bphai (?:lam theo|theo|thuc hien|chap hanh|dang ky)\b")


def province_requires_registration(question: str) -> bool:
    """ "quy chế của tỉnh vẫn bắt đăng ký thi đua thì xã có phải làm theo không": the asker
    tells that the province requires registration and asks whether the xã must follow (task
    h144): the law dropped it as a căn cứ (Luật 2022 Điều 7), the province's quy chế binds."""
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    if _PROVINCE_MAY_REQUIRE.search(words):
        # "tỉnh có quyền bắt các xã phải đăng ký không": the same power, asked (task h237)
        return True
    return (
        _PROVINCE_REQUIRES_TOLD.search(words) is not None and _MUST_FOLLOW.search(words) is not None
    )


def province_power_denied(question: str) -> bool:
    """ "luật bỏ đăng ký nên tỉnh không được bắt xã đăng ký nữa, đúng không": the province's
    power claimed gone; its quy chế may still require it, so the claim is wrong (task h421)."""
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    return _PROVINCE_POWER_DENIED.search(words) is not None


_PROVINCE_POWER_DENIED = re.compile(
    r"\b(?:tinh|quy che)\b(?:\s\w+){0,3}?\s(?:khong|chang|het)\s(?:con\s)?"
    r"(?:co quyen|duoc quyen|dc quyen|duoc|dc|the)\s(?:bat|bat buoc|buoc|yeu cau|doi hoi)\b"
    r"(?:\s\w+){0,7}?\sdang ky\b"
)


#: the province's power to require registration asked: "tỉnh có quyền / được bắt … đăng ký"
_PROVINCE_MAY_REQUIRE = re.compile(
    r"\b(?:tinh|quy che)\b(?:\s\w+){0,4}?\s(?:co quyen|duoc quyen|dc quyen|co duoc|duoc|dc)"
    r"\s(?:bat|bat buoc|buoc|yeu cau|doi hoi)\b(?:\s\w+){0,7}?\sdang ky\b"
)


#: the law named as the one that requires registration or bars a title without it ("luật bắt
#: buộc phải đăng ký", "không đăng ký là luật cấm xét"): what Luật 2022 Điều 7 no longer does
_LAW_REQUIRES = re.compile(
    r"\bluat\b(?: \w+){0,5}? (?:bat buoc|bat|yeu cau|doi hoi|cam)(?: phai)?"
    r" (?:dang ky|xet)\b|\bdang ky\b(?: \w+){0,4}? (?:la |thi )?luat cam\b"
)
#: the claim that no one loses a title for not registering, or that the law no longer
#: requires it: "không đăng ký … vẫn (có thể) được xét", "luật không còn bắt buộc"
_CONSIDERED_WITHOUT = re.compile(
    r"\b(?:khong|chua) dang ky\b(?: \w+){0,10}? van (?:co the )?(?:duoc |dc )?xet\b"
    r"|\bluat (?:\w+ ){0,3}?khong (?:con )?(?:bat buoc|yeu cau|doi hoi)\b"
)


def registration_direction(question: str) -> str | None:
    """The verdict on a claim about what the law says of registration, read by which way it
    points: required by the law, or a title barred by the law without it, is "Không";
    considered without it, or no longer required by the law, is "Có" (Luật 2022 Điều 7 bases
    the titles on the movement, the achievement and the criteria; a province's quy chế may
    still ask for it). None when the claim points neither way; the "không" of "không đăng ký"
    is the case told, never the claim's polarity (task h168)."""
    toks = tokens(question)
    if not _may_register(toks):  # s47b: as in ``registration_excludes``
        return None
    words = " ".join(NOT_SPELLED.get(t, t) for t in toks if t.isalnum())
    if "dang ky" not in words:
        return None
    if _CONSIDERED_WITHOUT.search(words):
        return "Có"
    if _LAW_REQUIRES.search(words):
        return "Không"
    return None


#: the văn hóa titles a household or a hamlet registers for by name
_CULTURE_TITLES = frozenset({"gdvh", "thon_vh"})
#: a requirement asked of registering for a title named next: "có phải đăng ký phấn đấu (ấp
#: văn hóa)", "có cần đăng ký (GĐVH)" (task h477)
_REGISTERS_FOR = re.compile(r"\b(?:can|phai|bat buoc|buoc)(?: \w+){0,2}? dang ky(?: phan dau)?$")


def _title_registered(seg: Segment) -> None:
    """ "ấp có phải đăng ký phấn đấu ấp văn hóa từ đầu năm k", "hộ gia đình có cần đăng ký GĐVH
    k": registration named by the văn hóa title it is for, asked as a requirement. The
    registration rule answers it (Luật 2022 Điều 7: no longer a căn cứ; the province's quy chế
    may require it), not who may have the title (task h477)."""
    if REGISTRATION in seg.entities:
        return
    for entity, at, before in seg.mentions:
        if entity in _CULTURE_TITLES and _REGISTERS_FOR.search(" ".join(seg.words[:at])):
            seg.entities.append(REGISTRATION)
            seg.mentions.append((REGISTRATION, max(at - 1, 0), before))
            return


def registration_as_step(seg: Segment) -> None:
    """ "LĐTT có phải đăng ký thi đua không": registration asked as a requirement of another
    title is answered by the registration rule itself (Luật 2022 Điều 7: no longer a legal
    basis, so "Không" by law; the province's quy chế may ask for it), as task h61 answers a
    requirement claimed against it; not by who may get the title ("Có. Cán bộ …")."""
    _title_registered(seg)
    if REGISTRATION in seg.entities and province_requires_registration(" ".join(seg.words)):
        # "quy chế của tỉnh vẫn bắt đăng ký thi đua thì xã có phải làm theo không": whether
        # registration binds, not who decides anything (task h144)
        seg.attrs, seg.authority = ["criteria"], []
        return
    if seg.entities == [REGISTRATION] and registration_direction(" ".join(seg.words)):
        # "đăng ký giờ là quy định của quy chế tỉnh chứ luật không còn bắt buộc": whether the
        # law requires it, not who decides anything
        seg.attrs, seg.authority = ["criteria"], []
        return
    if seg.entities == [REGISTRATION] and _required_before(seg):
        # "trường mình có phải đăng ký với xã từ đầu năm học k": whether it is required, not
        # who decides nor the deadline the year's words name (task h237)
        kept = [a for a in seg.attrs if a not in _STORY_ATTRS]
        seg.attrs = ["criteria", *kept]
        seg.authority = []
        return
    if REGISTRATION not in seg.entities or len(seg.entities) < 2:
        return
    at = next(pos for e, pos, _ in seg.mentions if e == REGISTRATION)
    if not any(i < at for i, w in enumerate(seg.words) if w in REQUIRE_MARKS):
        return
    seg.entities = [REGISTRATION]
    seg.mentions = [m for m in seg.mentions if m[0] == REGISTRATION]
    seg.attrs = ["criteria"]


#: a body's power to require registration asked: "có quyền bắt", "được (quyền) yêu cầu"
_MAY_REQUIRE = re.compile(
    r"\b(?:co quyen|duoc quyen|dc quyen|duoc|dc) (?:bat|bat buoc|buoc|yeu cau|doi hoi)\b"
)
#: attributes a requirement asked of registration does not ask: who decides (a body named as
#: the one bound), the deadline ("từ đầu năm học" says when one registers), who may have it
_STORY_ATTRS = frozenset({"decides", "deadline", "eligible", "criteria"})


def _required_before(seg: Segment) -> bool:
    """A mark of requirement ("phải", "cần", "bắt (buộc)") before registration is named: its
    need is asked ("trường mình có phải đăng ký … k"), whatever else the words tell."""
    at = next((pos for e, pos, _ in seg.mentions if e == REGISTRATION), None)
    if at is None:
        return False
    before = seg.words[:at]
    return any(w in REQUIRE_MARKS or w == "bat" for w in before) or (
        _MAY_REQUIRE.search(" ".join(before)) is not None
    )


#: words that make registration itself the matter: a lack of it, a requirement, a deadline
REGISTRATION_MATTERS = frozenset(
    {"khong", "ko", "k", "chua", "quen", "bat", "buoc", "phai", "can", "moi", "han", "tre", "lo"}
)
