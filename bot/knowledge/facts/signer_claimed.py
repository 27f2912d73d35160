"""A body of the commune that decides no title, claimed to sign one's decision.

"nghe nói phòng văn hóa xã hội của xã được ký QĐ LĐTT", "thôn trình QĐ GĐVH cho chủ tịch MTTQ
xã ký": the decision is the Chủ tịch UBND's (Luật Thi đua, khen thưởng 2022 Điều 80 khoản 3);
a department, the office, an officer, the Front, a mass organisation or the hamlet head only
advise or propose (task h361). The council is read by ``council_decides_claimed``.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["other_signer_claimed"]

#: the commune's bodies and office-holders that decide no title (folded words)
_NON_DECIDER = (
    r"(?:phong (?:van hoa(?: xa hoi)?|vh ?xh|vhxh|noi vu|chuyen mon)"
    r"|van phong(?: hdnd)?(?: (?:va |ubnd|uy ban)+)?"
    r"|chu tich (?:uy ban |ub )?(?:mttq|mat tran(?: to quoc)?)|(?:ub |uy ban )?mttq"
    r"|mat tran(?: to quoc)?|truong thon|to truong(?: to dan pho)?|bi thu(?: dang uy| chi bo)?"
    r"|chu tich hdnd|chu tich hoi dong nhan dan|cong chuc(?: van hoa| tdkt| thi dua| noi vu)?"
    r"|doan (?:thanh nien|tn|xa)|hoi phu nu|hoi cuu chien binh|hoi nong dan|cong doan"
    # task f189a: the head of a department ("LĐTT thì trưởng phòng ký") heads no agency of
    # Điều 80 khoản 1 (a ministry's, a sector's or a provincial department's); in the xã the
    # chairman decides (khoản 3)
    r"|truong phong|pho phong)"
)
#: a word between the body and the verb that hands the signing to someone else, names the
#: one who decides ("công chức văn hóa trình chủ tịch xã ký", "MTTQ đề nghị, chủ tịch xã ký")
#: or reports another's saying ("bí thư bảo đoàn xã tự quyết định": the đoàn is claimed)
_HANDED = r"(?!(?:chu tich|ct|ubnd|trinh|de nghi|cho|de|gui|len|roi|bao|noi|cho rang)\b)"
#: the body signing or deciding: "phòng VH-XH của xã được ký QĐ", "cho chủ tịch MTTQ xã ký"
_SIGNS = re.compile(
    # "em là công chức văn hóa xã, …", "em làm văn phòng xã, …": the asker, not a signer claimed
    rf"(?<!\bla )(?<!\blam )\b(?:cho |de |do )?{_NON_DECIDER}(?: {_HANDED}\w+){{0,3}}? "
    r"(?:(?:co |duoc |dc |co quyen |tu )+)?(?P<verb>ky|ki|quyet dinh|cong nhan)"
    # a paper the body does sign: the minutes, the proposal (not the decision)
    r"(?! (?:bien ban|to trinh|van ban de nghi|de nghi|xac nhan)\b)\b"
)
#: words that deny the signing right before it: "phòng VH-XH không được ký"
_DENIED = frozenset({"khong", "k", "ko", "chang", "chua"})
#: the verbs' spellings, tested before the regex
_SIGN_HINTS = ("ký", "ky", "ki", "quyết", "quyet", "công nhận", "cong nhan")
#: what a body's signing must be of: a decision or a title
_DECISION = re.compile(r"\b(?:qd|quyet dinh|danh hieu|giay khen|ldtt|gdvh|cstdcs|ttldtt)\b")


def other_signer_claimed(question: str) -> bool:
    """The question claims (or asks whether) a commune body that decides no title signs or
    decides one ("phòng văn hóa xã hội của xã được ký QĐ LĐTT, đúng k", "trình QĐ GĐVH cho chủ
    tịch MTTQ xã ký, đúng thẩm quyền k"); False when the signing is denied ("… không được ký")
    or no decision is named."""
    lowered = question.lower()
    if not any(w in lowered for w in _SIGN_HINTS):
        return False  # a substring test before the regex: most questions name no signing
    said = folded_words(question, "/")
    found = _SIGNS.search(said)
    if found is None or _DECISION.search(said) is None:
        return False
    between = said[found.start() : found.start("verb")].split()
    return not _DENIED & set(between)
