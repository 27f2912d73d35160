"""Who gives, decides or proposes, as a question tells it: a xã, a unit, a village or a firm
claimed to give ("xã có thể tặng giấy khen cho hộ …"), an authority named after "do" or in the
other answer offered, a director asking about their own staff, the chair of the council, and
the level that proposes ("xã đề nghị CSTĐ tỉnh cho anh")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from bot.knowledge.facts.asking_words import ASKERS
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.words import NEGATED

OWNER_WORDS = frozenset({"cua", "thuoc", "o", "tai", "trong"})

#: a wh-word where the person would stand: "chủ tịch hội đồng là ai" asks, it claims no one
_CHAIR_ASKED = frozenset({"ai", "gi", "j", "nao", "may", "bao"})
#: what ends the person claimed and opens another clause ("… là chủ tịch xã và hội đồng …")
_CHAIR_CLAUSE_END = frozenset({"va", "hay", "con", "thi", "nhung", "ma", "vay"})


def council_chair_claim(toks: list[str]) -> list[str] | None:
    """The person a yes/no claims chairs a council: "chủ tịch hội đồng tđkt xã là chủ tịch
    mặt trận xã hả" → the words after "là"; "thủ tướng làm chủ tịch hội đồng … à" → the words
    before "làm". None when no council's chair is named with "là" / "làm", or when a wh-word
    stands for the person ("… là ai", "ai làm chủ tịch hội đồng"): that asks (task h118)."""
    joined = " ".join(toks)
    if "hoi dong" not in joined and "hd" not in joined:
        return None  # both patterns below name the council; the lazy one is slow on a letter
    after = re.search(r"\b(?:chu tich|ct) (?:cua )?(?:hoi dong|hd)\b[\w ]*? la ([\w ]+)", joined)
    if after is not None:
        person = list(
            itertools.takewhile(lambda w: w not in _CHAIR_CLAUSE_END, after.group(1).split())
        )
        return None if not person or _CHAIR_ASKED & set(person[:2]) else person
    before = re.search(r"([\w ]+?) (?:lam|giu chuc) chu tich (?:hoi dong|hd)\b", joined)
    if before is not None:
        person = before.group(1).split()[-6:]
        return None if _CHAIR_ASKED & set(person[-2:]) else person
    return None


#: the levels that propose titles for their own people and units
_PROPOSING_LEVELS = {
    "xa": ("xa", "phuong", "dac khu", "ubnd xa"),
    "thon": ("thon", "to dan pho", "tdp"),
}
#: "X (có) (được) đề nghị / trình / xin …": X is the one proposing
_PROPOSES = re.compile(r"^(?:minh |em |ta )?(?:co )?(?:duoc |dc )?(?:de nghi|trinh|xin)\b")


def _proposers(words: list[str]) -> Iterator[tuple[str, int]]:
    """Each level (xã, thôn) ``words`` name as the agent of proposing, right before "(có)
    (được) đề nghị / trình / xin", with where its name starts in the joined words: the one
    reading behind both who proposes in a question and whether a part opens with its proposer."""
    text = " ".join(words)
    for level, names in _PROPOSING_LEVELS.items():
        for name in names:
            for found in re.finditer(rf"(?:^| ){name} ", text):
                if _PROPOSES.match(text[found.end() :]):
                    yield level, found.start()


def proposing_level(question: str) -> str | None:
    """The level (xã, thôn) a question names as the agent of proposing ("… xã có được đề nghị
    CSTĐ tỉnh không"), anywhere in it; None when it names none so."""
    return next((level for level, _ in _proposers(tokens(question))), None)


def proposer_named(words: list[str], subjects: list[str]) -> bool:
    """Whether a level the part names (xã, thôn) stands as the agent of proposing: first in
    its part, right before "(có) (được) đề nghị / trình / xin" ("thôn có được đề nghị xã khen
    …"); "đề nghị … cho xã" names it as the one given the title instead."""
    return any(at == 0 and level in subjects for level, at in _proposers(words))


#: who may decide, sign or award, as named after "do" ("do chủ tịch xã ký")
#: ("giám đốc sở nội vụ ký à", task h108: the title is longer, the verb comes later)
_DECIDERS = frozenset(
    {"chu", "ubnd", "ub", "ct", "hoi", "so", "xa", "tinh", "huyen", "thu", "giam", "gd"}
)
#: what the decider is claimed to do
_DECIDING = frozenset({"ky", "quyet", "tang", "xet", "cong", "duyet", "khen"})


def names_decider(words: list[str]) -> bool:
    """ "… do chủ tịch xã ký …": "do" followed at once by an authority and, a few words on, by
    a deciding verb ("do" alone also means "because": "do bận nên chưa nộp")."""
    return any(
        w == "do"
        and words[i + 1 : i + 2]
        and words[i + 1] in _DECIDERS
        and _DECIDING & set(words[i + 2 : i + 7])
        for i, w in enumerate(words)
    )


#: "xã (có quyền) quyết định …" gives as much as "xã tặng …": the xã is who decides, not who gets
_GIVE_VERBS = frozenset({"tang", "khen", "trao", "ky", "ki", "quyet"})  # "kí": ký spelt with i
#: "xã giờ (có) tự quyết định …", "xã nay tặng …": a word of the present between the xã and its
#: verb dates the act, it does not make the xã the one given
_GIVE_SKIP = frozenset(
    {"co", "the", "tu", "duoc", "quyen", "minh", "toi", "chung", "gio", "nay", "phai"}
)
#: what a unit is about to do or is doing ("văn phòng định / đang / sẽ xét …"): an actor's
#: aspect words, which stand between it and its verb as "có thể" does ("muốn" is left out: "xã
#: muốn khen đột xuất" asks whether the deed may be commended)
_GIVE_SKIP |= {"dinh", "dang", "se", "sap", "vua"}
#: "xã còn / không còn / vẫn xét …": whether the xã still acts, not whether it is given
_GIVE_SKIP |= {"con", "van", "khong"}
#: the asker's word right after a unit ("thôn em", "tổ chúng tôi"): whose unit, not another actor
_ASKER_OWNS = frozenset({"em", "e", "ta"})


#: what a level does to someone's case: "được xã xét / tặng / khen / công nhận / đề nghị"
_AGENT_VERBS = _GIVE_VERBS | {"xet", "cong", "de"}


def agent_of_passive(toks: list[str], start: int, end: int) -> bool:
    """ "em có được xã xét CSTĐCS không", "được phường tặng giấy khen": the level after "được"
    and before a verb of giving or reviewing is the one acting on the asker's case (task h184),
    not a recipient of the title."""
    return (
        toks[start - 1 : start] in (["duoc"], ["dc"])
        and toks[end : end + 1] != []
        and (toks[end] in _AGENT_VERBS)
    )


#: how far a unit's name may run between "được" and its verb ("được phòng GD huyện công nhận")
_UNIT_NAME_SPAN = 4


def unit_agent_of_passive(toks: list[str], start: int, end: int) -> bool:
    """ "sáng kiến được phòng GD huyện công nhận", "em có được trường đề nghị …": a unit right
    after "được / do" whose verb of giving or reviewing follows its name acts on someone's
    case; it is not who the title is for (h357)."""
    if toks[start - 1 : start] not in (["duoc"], ["dc"], ["do"]):
        return False
    for at in range(end, min(end + _UNIT_NAME_SPAN, len(toks))):
        tok, nxt = toks[at], toks[at + 1 : at + 2]
        if tok in _GIVE_VERBS or tok == "xet":
            return True
        if (tok, nxt) in (("cong", ["nhan"]), ("de", ["nghi"])):
            return True
    return False


#: the place that ends a unit's name before its verb ("trường THCS xã đề nghị …") (h281)
_UNITS_PLACE = frozenset({"xa", "phuong", "thon", "to"})


#: the words that name an association after "hội" ("hội phụ nữ", "hội cựu chiến binh", "hội
#: người cao tuổi"): the rest of the proposer's name, not what it does (h357)
_ASSOCIATION_NAMES = frozenset(
    {"phu", "nu", "lhpn", "pn", "nong", "dan", "nd", "cuu", "chien", "binh", "ccb", "nguoi",
     "cao", "tuoi", "nct", "khuyen", "hoc", "chu", "thap", "do", "cha", "me", "thanh", "nien"}
)  # fmt: skip


def _name_tail_end(toks: list[str], end: int) -> int:
    """Where an association's name told after "hội" ends ("hội | phụ nữ | đề nghị …")."""
    at = end
    while at < len(toks) and at < end + 3 and toks[at] in _ASSOCIATION_NAMES:
        at += 1
    return at


def gives_told(toks: list[str], end: int, propose: bool = False) -> bool:
    """ "xã (có thể / có quyền / tự) tặng …": the xã acts; "xã có được tặng …" is passive; with
    ``propose``, "xã có thể đề nghị … cho anh" too."""
    if propose and toks[end - 1 : end] == ["hoi"]:
        # "hội phụ nữ đề nghị giấy khen cho hộ …": the association proposes under its full
        # name; the household given is who the award is for (h357)
        end = _name_tail_end(toks, end)
    for at in range(end, min(end + 4, len(toks))):
        tok = toks[at]
        if propose and at == end and tok in _UNITS_PLACE:
            continue  # "ban công tác mặt trận thôn đề nghị …": the unit's place ends its name
        if propose and at == end and tok in _ASKER_OWNS:
            continue  # "xã e đề nghị cả 100 %": the asker's own xã proposes (task h421)
        if tok == "duoc" and toks[end : end + 1] != ["co"]:
            return False
        # "xã có xét CSTĐCS cho chị không": the xã reviews someone's case, like proposing
        reviews = tok == "xet" and "cho" in toks[at + 1 : at + 7]
        # "văn phòng đang rà soát anh Đức": the unit checks a person's record to propose them
        reviews = reviews or toks[at : at + 2] == ["ra", "soat"]
        if toks[at : at + 2] == ["tham", "quyen"]:
            return True  # "xã có thẩm quyền không": the xã claimed to decide (task h95)
        if toks[at : at + 2] == ["quyet", "dinh"] or toks[at : at + 3] == ["ra", "quyet", "dinh"]:
            # "xã có được quyết định tặng CSTĐCS không", "có cần UBND xã ra quyết định không":
            # the xã claimed to decide
            return True
        if (
            at > end
            and toks[at - 1] == "tu"
            and (tok in _GIVE_VERBS or tok in ("xet", "cong"))
            and toks[end - 2 : end - 1] not in (["o"], ["tai"], ["tren"], ["thuoc"], ["cua"])
        ):
            # "xã (có được) tự xét tặng / tự công nhận …": acting on its own, whatever "được"
            # says of being allowed; "công ty ở xã có được tự xét …" is the firm's (task h95)
            return True
        # "xã (có / còn) xét, công nhận thôn văn hóa không": the xã reviewing a title, not
        # being given it ("xã có được xét …" stays passive, as "được" says below)
        judges = (
            not propose
            and (tok == "xet" or toks[at : at + 2] == ["cong", "nhan"])
            # the xã alone opens the clause: "dân quân của xã", "được xã xét" are no actor
            and toks[end - 2 : end - 1] not in (["cua"], ["o"], ["tai"], ["duoc"], ["dc"])
            # "xã xét cho anh …": someone's case is reviewed, asked of that person
            and "cho" not in toks[at + 1 : at + 7]
            and set(toks[end:at]) <= {"co", "con", "khong", "van"}
        )
        if (
            tok in _GIVE_VERBS
            or judges
            or (propose and (toks[at : at + 2] == ["de", "nghi"] or reviews))
        ):
            # "xã có được tặng giấy khen cho hộ …": being allowed to give, not being given
            return (
                "duoc" not in toks[end:at]
                or "quyen" in toks[end : end + 3]
                or "cho" in toks[at + 1 : at + 7]
            )
        if tok not in _GIVE_SKIP:
            return False
    return False


#: who a circumstance is told of as no one ("không ai", "chưa người nào", "không cán bộ nào")
_NO_ONE = frozenset({"ai", "nao"})


def befell_no_one(toks: list[str], start: int) -> bool:
    """ "không ai bị kỷ luật", "chưa người nào bị xử lý kỷ luật": the circumstance is told of no
    one, a few words after the negated "ai" / "… nào" in the same clause."""
    before = toks[max(start - 6, 0) : start]
    for at, tok in enumerate(before[:-1]):
        if tok in NEGATED and _NO_ONE & set(before[at + 1 : at + 4]):
            return not {",", ".", "nhung", "con", "va"} & set(before[at:])
    return False


#: how an asker says they head a firm ("tôi là giám đốc", "tôi làm chủ doanh nghiệp", "em là
#: chủ cty"), after "là / làm"
_DIRECTING = (
    ("giam", "doc"), ("tong", "giam", "doc"), ("chu", "doanh", "nghiep"), ("chu", "cong", "ty"),
    ("chu", "cty"), ("chu", "htx"), ("chu", "nhiem", "htx"), ("chu", "nhiem", "hop", "tac", "xa"),
)  # fmt: skip
#: the titles and forms a firm's director decides for their own staff (Luật 2022 Điều 80 khoản 4)
DIRECTOR_DECIDES = frozenset(
    {"ldtt", "cstdcs", "ttldtt", "giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the"}
)


#: the verbs that tell the asker as director ("tôi là / làm giám đốc")
_HEADS_VERBS = frozenset({"la", "lam"})


def asker_directs(toks: list[str]) -> bool:
    """ "Tôi làm giám đốc công ty nhỏ … tôi có tự quyết được không hay phải xin xã": the asker
    heads a firm and asks whether they themselves may act. Both must be told: the asker as
    director ("tôi là/làm …") and as the one acting ("tôi có tự / được …", "hay phải xin")."""
    if ASKERS.isdisjoint(toks) or _HEADS_VERBS.isdisjoint(toks):
        # s48a: the asker as director needs an asker's word and "là" / "làm": two set tests
        # before a walk over every word
        return False
    heads = any(
        toks[i] in ASKERS
        and toks[i + 1] in _HEADS_VERBS
        and any(tuple(toks[i + 2 : i + 2 + len(d)]) == d for d in _DIRECTING)
        for i in range(len(toks) - 2)
    )
    if not heads:
        return False
    acts = any(
        toks[i] in ASKERS and toks[i + 1] == "co" and toks[i + 2] in ("tu", "duoc")
        for i in range(len(toks) - 2)
    )
    return acts or any(toks[i : i + 3] == ["hay", "phai", "xin"] for i in range(len(toks)))


def names_enterprise(toks: list[str]) -> bool:
    joined = f" {' '.join(toks)} "
    return any(f" {w} " in joined for w in ("cong ty", "doanh nghiep", "htx", "hop tac xa"))


def enterprise_acts(toks: list[str], end: int) -> bool:
    """ "công ty (ở xã) (có được) (tự) tặng / ký / xét … cho nhân viên": the firm acts; where
    it is ("ở xã", "trên địa bàn") may come between it and its verb."""
    at = end
    if toks[at : at + 1] and toks[at] in OWNER_WORDS | {"tren"}:
        while at < min(end + 4, len(toks)) and toks[at] not in _GIVE_SKIP:
            at += 1
    if village_gives(toks, at):
        return True
    verb = next((i for i in range(at, min(at + 5, len(toks))) if toks[i] == "xet"), None)
    return verb is not None and "cho" in toks[verb + 1 : verb + 9]


def unit_gives(toks: list[str], end: int, start: int | None = None) -> bool:
    """ "trường (thì / có) tự ký giấy khen cho …": a unit acts, as a village does; "thì" may
    stand between a unit put first and its verb."""
    while toks[end : end + 1] in (["thi"], ["minh"]):
        end += 1
    signs = next((i for i in range(end, min(end + 5, len(toks))) if toks[i] == "ky"), None)
    if signs is not None and toks[signs + 1 : signs + 3] == ["hop", "dong"]:
        return False  # "trường ký hợp đồng lao động": a contract, not an award
    return village_gives(toks, end) or unit_self_acts(toks, end, start=start)


#: what ends the words naming a unit before its verb ("chi hội phụ nữ thôn 3 tự …"): a clause
#: ends, or another actor or a recipient comes in
_NAME_ENDS = frozenset(
    {",", ".", "?", "cho", "chu", "ubnd", "ct", "de", "trinh", "gui", "nop", "do", "boi", "hay"}
)
_NAME_ENDS |= {"nhung", "ma", "va", "con"}
#: a head named after the unit ("doanh nghiệp … thì giám đốc tự ký"): the verb is the head's
_NAME_ENDS |= {"giam", "gd", "hieu", "thu", "truong"}
#: a level named after a village ("thôn văn hóa xã tự công nhận"): the xã acts, not the village
_LEVELS_NAMED = frozenset({"xa", "phuong", "tinh", "huyen"})


def unit_act_at(
    toks: list[str], end: int, village: bool = False, start: int | None = None
) -> int | None:
    """ "chi hội phụ nữ tự công nhận …", "trạm y tế xã (có) tự xét …", "trường tiểu học xã có
    quyền ký …", "… được ra quyết định công nhận": a unit, the rest of its name between it and
    its verb, told acting on its own ("tự", "có quyền") or issuing a decision; where that word
    is, so the words before it are read as the unit's name. Without such a word the name may
    run on into a clause about the unit given a title, so nothing is read (None). A unit
    named right after "hay" (from ``start``) is the other way offered, not the claim."""
    if start is not None and "hay" in toks[max(start - 5, 0) : start]:
        return None
    skip_to = end
    for at in range(end, min(end + 7, len(toks))):
        if at < skip_to:
            continue
        tok = toks[at]
        if tok == "thon" and not village:
            return None  # "ban mặt trận thôn …": the village's own body, read as the village
        if village and tok in _JOINED and (joined := _village_partner(toks, at + 1)):
            # "trưởng thôn với bí thư chi bộ tự công nhận": the village's head and another of
            # the village's own act together; the verb after both is theirs (task h360)
            skip_to = at + 1 + joined
            continue
        if tok in _NAME_ENDS or ((village or at == end) and tok in _LEVELS_NAMED):
            # "hỏi: xã giờ có tự quyết …" ("hỏi" folds like "hội"): a level right after the
            # unit's word is the actor itself; inside a longer name ("trường tiểu học xã")
            # it says whose unit
            return None
        if toks[at : at + 3] == ["ra", "quyet", "dinh"]:
            return at  # "ra quyết định công nhận": issuing the decision is deciding
        if tok == "tu" or (tok == "quyen" and toks[at - 1 : at] in (["co"], ["duoc"], ["dc"])):
            # "có / được quyền công nhận"; "mất quyền xét" is losing the right to be considered
            verb = toks[at + 1 : at + 4]
            if verb == ["ra", "quyet", "dinh"]:
                return at  # "có quyền ra quyết định …"
            acts = bool(verb) and (
                verb[0] in _GIVE_VERBS or verb[0] == "xet" or verb[:2] == ["cong", "nhan"]
            )
            return at if acts else None
    return None


#: the words joining a second actor to the first ("trưởng thôn với / và / cùng bí thư chi bộ")
_JOINED = frozenset({"voi", "va", "cung"})
#: the village's own people and bodies who may be told acting with its head
_VILLAGE_PARTNERS = (
    ("bi", "thu", "chi", "bo"),
    ("ban", "cong", "tac", "mat", "tran"),
    ("ban", "mat", "tran"),
    ("chi", "bo"),
    ("gia", "lang"),
)


def _village_partner(toks: list[str], at: int) -> int:
    """How many words the village partner named at ``at`` takes (0 when none is)."""
    for partner in _VILLAGE_PARTNERS:
        if tuple(toks[at : at + len(partner)]) == partner:
            return len(partner)
    return 0


def unit_self_acts(
    toks: list[str], end: int, village: bool = False, start: int | None = None
) -> bool:
    """Whether a unit, its name running on, is told acting on its own (``unit_act_at``)."""
    return unit_act_at(toks, end, village, start) is not None


#: the words naming a village (a thôn by its Southern names too: ấp, khóm, sóc, phum), in the
#: name of its head ("trưởng ấp", "khóm trưởng"); "bản" is left out: "trưởng ban" folds alike
_HAMLETS = frozenset({"thon", "xom", "ap", "khom", "soc", "phum"})


def village(words: list[str], key: str) -> bool:
    """The thôn, tổ dân phố or one of its heads ("trưởng thôn", "trưởng ấp", "tổ trưởng tổ dân
    phố")."""
    return key == "thon" or bool(_HAMLETS & set(words)) or words[-3:] == ["to", "dan", "pho"]


def village_gives(toks: list[str], end: int) -> bool:
    """ "(trưởng) thôn (có quyền / tự) ký / tặng / công nhận …": the village acts. With "được"
    between, only signing or giving to someone ("có được ký giấy khen cho hộ") is acting; "thôn
    có được công nhận …" is the thôn being given."""
    for at in range(end, min(end + 5, len(toks))):
        tok = toks[at]
        if tok in _GIVE_VERBS or toks[at : at + 2] == ["cong", "nhan"]:
            # "tự" before the verb says the village does it itself ("có được tự quyết …")
            acts = {"quyen", "tu"} & set(toks[end:at])
            passive = {"duoc", "dc"} & set(toks[end:at]) and not acts
            return not passive or tok == "ky" or "cho" in toks[at + 1 : at + 7]
        # "thôn em / thôn mình tự tặng …": the asker's word after the unit says whose village
        if tok not in _GIVE_SKIP | _ASKER_OWNS | {"dc"}:
            return False
    return False


def everyone_in(toks: list[str], start: int) -> bool:
    """ "cả thôn", "cả xóm": everyone in the place, unless given to ("tặng cho cả thôn")."""
    return toks[start - 1 : start] == ["ca"] and toks[start - 2 : start - 1] != ["cho"]


def decided_at_village(toks: list[str], start: int) -> bool:
    """ "thôn văn hóa có tự công nhận ở cấp thôn được không": the village level named after the
    deciding verb is where the decision is claimed to be made, as "thôn tự công nhận" says."""
    if toks[start - 1 : start] != ["cap"]:
        return False
    before = toks[max(start - 6, 0) : start - 1]
    return any(
        w in _GIVE_VERBS or before[i : i + 2] == ["cong", "nhan"] for i, w in enumerate(before)
    )


def alternative_authority(toks: list[str], start: int) -> bool:
    """ "xã tự công nhận được không hay phải xin tỉnh": the authority after "… không hay
    (là) (phải)" is the other way put against the one asked about, not the one asked."""
    before = toks[max(start - 5, 0) : start]
    if "hay" not in before:
        return False
    at = max(i for i, w in enumerate(before) if w == "hay")
    return at > 0 and before[at - 1] in NEGATED


def award_owner(toks: list[str], start: int, end: int) -> bool:
    """ "(giấy khen) của (chủ tịch) xã", "(giấy khen) do (chủ tịch) xã tặng": the authority
    names whose award it is, not who acts."""
    before = toks[max(start - 3, 0) : start]
    if not before or before[-1] not in ("cua", "do", "tich", "ubnd"):
        return False
    # "do X quyết định" names who acts; only "do X tặng / trao" names the award's giver
    return "cua" in before or ("do" in before and bool(_GIVES & set(toks[end : end + 2])))


#: the verbs of giving an award: "giấy khen do chủ tịch xã tặng"
_GIVES = frozenset({"tang", "trao"})


#: another actor named between a unit's head and a verb: the verb is theirs ("hiệu trưởng đề
#: nghị chủ tịch xã ký"), or a clause ends
_OTHER_ACTOR = frozenset({"chu", "ubnd", "ct", "de", "trinh", "gui", "nop", "cho", ",", ".", "?"})


def head_acts(toks: list[str], end: int) -> bool:
    """ "hiệu trưởng (trường THCS của xã) nói ông ấy tự ký CSTĐCS cho giáo viên", "trưởng trạm ký
    giấy khen cho …": the head of a unit is told signing or giving in the same clause; "hiệu
    trưởng có được tặng CSTĐCS không" is the head given a title (task h167). A place named
    ("trạm y tế xã", "của xã") says whose unit; a chairman or a route verb names another actor."""
    # "giám đốc trung tâm văn hóa thể thao xã có được tự ký": a unit's name takes up to a dozen
    # words before its head's verb (task h323)
    for at in range(end, min(end + 14, len(toks))):
        tok = toks[at]
        if tok in _GIVE_VERBS or toks[at : at + 2] == ["cong", "nhan"]:
            if at - end >= 10 and toks[at - 1] != "tu":
                return False  # far from the head only "tự ký" is still the head's own act
            between = set(toks[end:at])
            return not ({"duoc", "dc"} & between) or bool({"tu", "quyen"} & between)
        if (
            tok == ","
            and toks[at + 1 : at + 2]
            and toks[at + 1] in _FIRST_PERSON
            and _self_introduced(toks, end)
        ):
            # "em là hiệu trưởng mầm non của xã, em tự ký …": the asker, who named herself the
            # head, goes on as the one acting
            continue
        if tok in _OTHER_ACTOR:
            return False
    return False


#: the asker naming herself: "em", "tôi", "mình"
_FIRST_PERSON = frozenset({"em", "e", "toi", "minh"})


def self_head_carried(segments: list) -> None:
    """ "Em là hiệu trưởng mầm non của xã, em tự ký …": the head the asker introduced herself as
    acts in the next part, which opens with her pronoun; that part is the one asked, so it
    takes the unit head's authority (Luật 2022 Điều 80 khoản 3; task h323)."""
    for told, asked in itertools.pairwise(segments):
        if (
            "don_vi" in told.authority
            and not asked.authority
            and asked.words[:1]
            and asked.words[0] in _FIRST_PERSON
            and told.words[1:2] == ["la"]
            and told.words[0] in _FIRST_PERSON
        ):
            asked.authority.append("don_vi")


def _self_introduced(toks: list[str], end: int) -> bool:
    """ "em là hiệu trưởng …": the head just read is the asker, introduced by "<I> là"."""
    return any(
        toks[at] == "la" and toks[at - 1] in _FIRST_PERSON for at in range(max(end - 5, 1), end)
    )


#: "(xã) tự quyết / duyệt / ký / công nhận / tặng (được) không hay …": the asker's own level's
#: power put first in an either-or
_OWN_POWER_FIRST = re.compile(
    r"\btu (?:quyet|duyet|ky|ki|cong nhan|tang|khen)\b(?: \S+){0,6}? (?:khong|ko|k|kg) hay\b"
)


def own_power_first(words: list[str]) -> bool:
    """Whether the first option of an either-or claims the asker's level decides itself."""
    return _OWN_POWER_FIRST.search(" ".join(words)) is not None
