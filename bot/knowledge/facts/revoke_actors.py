"""Who a revoke question claims acts: a body that never awarded the title, the commune over an
award a firm gave itself, or a province said to set the procedure.

Only the one who decided to award may cancel the decision (Luật Thi đua, khen thưởng 2022
Điều 93 khoản 8), and the Government, not a province, sets the procedure for cancelling it and
taking back the hiện vật and tiền thưởng (Điều 93 khoản 9).
"""

from __future__ import annotations

import re

from bot.core.text import folded_words

__all__ = ["firm_award_told", "firm_head_acts", "firm_own_revoker", "revoke_actor_verdict"]

#: modal words between the one claimed and the verb ("có quyền tự hủy", "được phép thu hồi")
_MODAL = r"(?: (?:co|tu|minh|quyen|duoc|dc|phep|the|nao|lai|se|di|ra|dung ra|dung))*"
_VERB = r" (?:huy|thu hoi|lay lai|thu lai)\b"
#: bodies that advise, keep records or pay, and never decide an award (Luật 2022 Điều 90
#: khoản 4: the councils advise; the Sở / Phòng Nội vụ is their standing office)
_NON_AWARDERS = {
    "so noi vu": "Sở Nội vụ",
    "phong noi vu": "Phòng Nội vụ",
    "hoi dong": "Hội đồng Thi đua - Khen thưởng",
    "truong thon": "trưởng thôn",
    "ke toan": "kế toán",
    "thanh tra": "cơ quan thanh tra",
    "cong an": "công an",
    "ban thi dua": "Ban Thi đua - Khen thưởng",
}
_NON_AWARDER = re.compile(
    r"\b(" + "|".join(_NON_AWARDERS) + r")"
    r"(?: (?:thi dua|tdkt|khen thuong|xa|tinh|phuong))*" + _MODAL + _VERB
)
#: a word between the firm and a verb that makes the firm the one acted on ("HTX bị xã thu hồi
#: giấy khen", "công ty được xã tặng"): the firm is the recipient there, not the giver (h357)
_NOT_PASSIVE = r"(?!(?:bi|duoc|dc)\b)"
#: an award a firm or cooperative gave its own workers, told (Luật 2022 Điều 80 khoản 4)
_FIRM_GAVE = re.compile(
    r"\b(?:giam doc|thu truong|chu tich hdqt|chu tich hoi dong quan tri|chu nhiem|ban giam doc"
    rf"|cong ty|doanh nghiep|hop tac xa|htx)(?: {_NOT_PASSIVE}\w+){{0,5}}?"
    # "giấy khen" is the award named, no verb of giving
    r" (?:tang|(?<!giay )khen|ky|quyet dinh tang)\b"
)
#: the firm's own head claimed to cancel ("giám đốc có quyền hủy quyết định đó không")
_FIRM_HEAD_ACTS = re.compile(
    r"\b(?:giam doc|gd|chu nhiem|tong giam doc|chu tich hdqt)(?! so\b)"
    r"(?: (?:htx|hop tac xa|cong ty|cty|doanh nghiep))?" + _MODAL + _VERB
)
_FIRM = re.compile(r"\b(?:cong ty|cty|doanh nghiep|hop tac xa|htx)\b")
#: the commune or the province claimed to cancel it
_LEVEL_ACTS = re.compile(r"\b(?:chu tich |ubnd |uy ban )?(?:xa|tinh|phuong)" + _MODAL + _VERB)
#: the procedure of cancelling claimed to be set by a province, a commune or a ministry
_PROCEDURE = re.compile(r"\bthu tuc (?:\w+ ){0,12}?(?:huy|thu hoi)\b")
_SETTER = re.compile(
    r"\b(?:do |la do |la )?(tinh|xa|bo|ubnd tinh|chinh phu|bo noi vu)(?: tu| duoc)?"
    r" (?:quy dinh|ban hanh|dat ra)\b"
)

_NOT_AWARDER = (
    "{who} không quyết định tặng nên không có quyền hủy bỏ: chỉ người đã quyết định tặng mới có"
    " thẩm quyền hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8); {who} chỉ có thể kiến nghị."
)
_FIRM_REVOKES = (
    "Danh hiệu do Giám đốc (người đứng đầu) doanh nghiệp, hợp tác xã quyết định tặng thì chính"
    " người đó có thẩm quyền hủy bỏ quyết định (Luật 2022 Điều 80 khoản 4, Điều 93 khoản 8);"
    " UBND xã, tỉnh không tự hủy, chỉ có thể kiến nghị."
)
_GOVERNMENT_SETS = (
    "Thủ tục hủy bỏ quyết định khen thưởng, thu hồi hiện vật và tiền thưởng do Chính phủ quy"
    " định chi tiết (Luật 2022 Điều 93 khoản 9), không do tỉnh tự đặt ra."
)


def firm_award_told(question: str) -> bool:
    """An award the firm or cooperative gave itself is told, and the xã or tỉnh claimed to
    cancel it: the title's usual awarder named by its fact is then not this award's."""
    said = folded_words(question, "/")
    return _FIRM_GAVE.search(said) is not None and _LEVEL_ACTS.search(said) is not None


#: task h278: the asker heads the firm or cooperative that gave the award ("e là giám đốc HTX,
#: … HTX đã trao bằng"), or the firm told giving it ("công ty đã tặng LĐTT cho …")
_ASKER_HEADS_FIRM = re.compile(
    r"\b(?:e|em|toi|minh|anh|chi) (?:la|lam) (?:giam doc|tong giam doc|chu nhiem) "
    r"(?:\w+ )?(?:cong ty|cty|doanh nghiep|hop tac xa|htx)\b"
)
_FIRM_HANDED = re.compile(
    rf"\b(?:cong ty|cty|doanh nghiep|hop tac xa|htx)(?: {_NOT_PASSIVE}\w+){{0,2}}?"
    r" (?:tang|trao|ky|(?<!giay )khen)\b"
)


def firm_own_revoker(question: str) -> str | None:
    """Who cancels the firm's own award, for "… ai có quyền hủy" asked by or of the firm that gave
    it: its director who decided (Luật 2022 Điều 80 khoản 4, Điều 93 khoản 8); None when the
    question tells no such award."""
    said = folded_words(question, "/")
    if _ASKER_HEADS_FIRM.search(said) or _FIRM_HANDED.search(said):
        return _FIRM_REVOKES
    return None


def firm_head_acts(question: str) -> bool:
    """A firm's or cooperative's award told, and its own head claimed to cancel it."""
    said = folded_words(question, "/")
    return _FIRM.search(said) is not None and _FIRM_HEAD_ACTS.search(said) is not None


def revoke_actor_verdict(question: str) -> tuple[str, str] | None:
    """("Không", why) when a revoke question claims the wrong actor: a body that never awarded
    ("Sở Nội vụ có quyền tự hủy không"), the xã or tỉnh over a firm's own award, or a province
    setting the procedure; ("Có", why) when it says the Government sets it; None otherwise."""
    said = folded_words(question, "/")
    if _PROCEDURE.search(said) is not None:
        setter = _SETTER.search(said)
        if setter is not None:
            by_government = setter.group(1) == "chinh phu"
            return ("Có" if by_government else "Không"), _GOVERNMENT_SETS
    body = _NON_AWARDER.search(said)
    if body is not None:
        return "Không", _NOT_AWARDER.format(who=_NON_AWARDERS[body.group(1)])
    if firm_award_told(question):
        return "Không", _FIRM_REVOKES
    if firm_head_acts(question):
        # "LĐTT của công ty … thì giám đốc có quyền hủy không": the firm's head who gave it
        return "Có", _FIRM_REVOKES
    return None
