"""The next form up asked after a form named ("ngoài giấy khen xã thì hình thức cao hơn là gì",
"đạt LĐTT rồi, muốn lên cao hơn thì sao"), and the xã's own Bằng khen asked of ("xã có bằng khen
riêng không"). Above the xã's giấy khen is the Bằng khen of the province's chairman (Luật 2022
Điều 74, 79: the xã proposes, through the Sở Nội vụ); above LĐTT, CSTĐCS; above CSTĐCS, CSTĐ
tỉnh (Điều 22, 23). Which form is next is data (``next_up`` in entities.yaml)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.pair import Pair

#: the next form asked for: wished for ("muốn (khen) cao hơn", "muốn lên trên") or asked after
#: ("hình thức cao hơn là gì", "khen cao hơn thì hồ sơ gửi đâu", "hình thức nào cao hơn"); a
#: rule put up ("phải lên hình thức cao hơn, đúng k") or a rank compared ("CSTĐCS là danh hiệu
#: cao hơn LĐTT") asks no next form, and neither does a sum compared ("tiền thưởng tập thể có
#: cao hơn cá nhân không"), which names no form nor a wish
_HIGHER_ASKED = re.compile(
    r"\bmuon (?:\w+ ){0,3}(?:cao hon|len tren)\b"
    r"|\b(?:thuc|khen|hieu|cap|len) cao hon(?: \w+){0,4}? (?:gi|nao|sao|dau|ai)\b"
    r"|\b(?:thuc|khen|hieu) nao cao hon\b"
)
#: a sum, a rate or a rank compared just before: the money's "cao hơn", not the next form
_COMPARED_BEFORE = re.compile(
    r"\b(?:tien|thuong|muc|he so)(?: \w+){0,3} (?:cao hon|len tren)\b|\bla (?:\w+ ){0,2}cao hon\b"
)


def higher_form_asked(joined: str) -> bool:
    """Whether the question asks the form above one named: ``joined`` is its folded words."""
    if " cao hon" not in joined and " len tren" not in joined:
        return False
    return _HIGHER_ASKED.search(joined) is not None and _COMPARED_BEFORE.search(joined) is None


def _lower_form(pairs: list[Pair], model: FactModel) -> str | None:
    """The form the next one up is asked above: the highest named that has one (a question
    naming LĐTT and CSTĐCS asks above CSTĐCS)."""
    lower = [p.entity for p in pairs if p.entity in model.next_up]
    tops = [e for e in lower if model.next_up[e][0] not in lower]
    return tops[0] if tops else None


def _named_after_besides(toks: list[str], entity: str, model: FactModel) -> bool:
    """ "ngoài giấy khen xã (ra) thì …": the form is given, the question is about the next one."""
    # the title narrowed by the subject ("giấy khen … cho cá nhân") is named by its broad names too
    broad = [e for e, narrow in model.specialize.items() if entity in narrow.values()]
    names = [n for e in (entity, *broad) for n in model.names_of("entity", e)]
    for i, w in enumerate(toks):
        if w != "ngoai":
            continue
        at = i + 2 if toks[i + 1 : i + 2] == ["ra"] else i + 1
        if any(tuple(toks[at : at + len(n)]) == n for n in names):
            return True
    return False


def next_form_asked(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """The next form up as a part of its own when the question asks for the form above one
    named. What is asked plainly of the named one ("… muốn khen cao hơn thì hồ sơ gửi đâu",
    "ngoài giấy khen xã thì hình thức cao hơn là gì, ai quyết định") is asked of the next form;
    a yes/no of the named one's own ("có được giấy khen không, và nếu muốn cao hơn …") stays,
    unless the named one comes after "ngoài", which takes it as given (task h346)."""
    if not model.next_up or not higher_form_asked(" ".join(toks)):
        return pairs
    lower = _lower_form(pairs, model)
    if lower is None:
        return pairs
    upper, attr = model.next_up[lower]
    if any(p.entity == upper for p in pairs) or model.fact(upper, attr) is None:
        return pairs
    named = [p for p in pairs if p.entity == lower]
    if len(named) != len(pairs):
        # several forms asked of ("tôi được ký những danh hiệu nào, và hồ sơ khen cao hơn gửi
        # đâu"): what is asked of each stays its own; the next form of which one is not told
        return pairs
    given = _named_after_besides(toks, lower, model)
    kept = [p for p in named if p.yesno and not given]
    moved = [
        replace(p, entity=upper, yesno=False)
        for p in named
        if p not in kept and model.fact(upper, p.attr) is not None
    ]
    if not moved:
        moved.append(Pair(upper, attr, named[0].subject, False))
    rest = [p for p in pairs if p.entity != lower or p in kept]
    return [*rest, *moved]


#: the province's Bằng khen (the only one in the facts) spoken of as the xã's own: "bằng khen
#: (riêng) của xã", "bằng khen cấp xã", "xã có bằng khen riêng k"; "bằng khen của chủ tịch xã"
#: is the xã's giấy khen by its aliases and never reaches here
_XA_OWN_BANG_KHEN = re.compile(
    r"\bbang khen (?:rieng )?(?:cua (?:ubnd )?|cap )(?:xa|phuong)\b"
    r"|\b(?:xa|phuong) (?:\w+ )?co bang khen (?:rieng|cua minh|(?:khong|k|ko|kg)\b)"
    # task h370: the xã's chairman named as the one giving it ("chủ tịch UBND xã có được tặng
    # bằng khen không hay chỉ giấy khen"): the office's power, not a person given a Bằng khen
    r"|^(?:\w+ ){0,3}?chu tich (?:ubnd |uy ban (?:nhan dan )?)?(?:xa|phuong|dac khu) (?:co )?"
    r"(?:(?:duoc|dc|quyen|the) )*(?:tang|ky|trao|khen|cap) (?:\w+ )?bang khen\b"
)
#: the attributes a yes/no on "the xã's bằng khen" is read at: whether there is one, who gives it
_EXISTENCE_READ = frozenset({"object", "decides", "eligible", "kind"})
#: the Bằng khen's key: the one form above the xã's giấy khen
_PROVINCE_FORM = "bang_khen_tinh"


def xa_bang_khen_asked(pairs: list[Pair], joined: str) -> list[Pair]:
    """ "xã có bằng khen riêng không hay chỉ tặng giấy khen": the xã gives no Bằng khen of its
    own; its chairman gives the giấy khen and the Bằng khen is the province chairman's (Luật
    2022 Điều 74, 79, 80 khoản 3). A yes/no read at the Bằng khen asks whether the xã gives it,
    which its ``decides`` fact answers "Không" (task h346). ``joined``: the folded words."""
    if " bang khen " not in f" {joined} " or _XA_OWN_BANG_KHEN.search(joined) is None:
        return pairs
    read = [p for p in pairs if p.entity == _PROVINCE_FORM and p.yesno]
    if not read or not all(p.attr in _EXISTENCE_READ for p in read):
        return pairs
    asked = replace(read[0], attr="decides", authority="xa")
    return [asked, *(p for p in pairs if p.entity != _PROVINCE_FORM)]
