"""Who decides, signs, chairs, proposes and revokes, against what a question names.

The level a title is awarded at (xã, tỉnh, trung ương), the one who strips a state honour (the
Chủ tịch nước), the one who only proposes, the one told to sign in another's stead, a council's
advisory role, a province detailing a standard: each read from the fact's opening sentence and
weighed against the actor the question names (Luật 2022 Điều 80; NĐ 152/2025).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.text import fold, folded_words
from bot.knowledge.facts.clauses import first_option
from bot.knowledge.facts.firm_staff import XA_SIGNS_FIRM_AWARD, firm_acts_itself
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.opener import with_verdict, without_opener
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.papers import vote_taken_as_decision
from bot.knowledge.facts.reform_told import still_words
from bot.knowledge.facts.words import PAST_TIME

__all__ = [
    "OPENERS",
    "PRIZE_TAKEN_BACK",
    "asker_decides",
    "awarding_level",
    "centrally_awarded",
    "chair_named",
    "council_decides_claimed",
    "council_reviews_claimed",
    "council_role_stated",
    "former_name",
    "giver_of",
    "holder_verdict",
    "honour_kind_verdict",
    "honour_revoker",
    "ministries_hold",
    "only_level_verdict",
    "participant_named",
    "prize_kept_claimed",
    "proposer_only",
    "province_details_claimed",
    "revoker_told",
    "revoker_verdict",
]

#: who the fact names to chair a council ("Chủ tịch UBND xã làm Chủ tịch Hội đồng; …")
_HOLDS = re.compile(r"^(?P<who>[^;.]+?) làm Chủ tịch Hội đồng")
#: the commune's other office-holders, any of whom a question may claim chairs instead
_OTHER_HOLDERS = (
    "pho chu tich",
    "bi thu",
    "chu tich hdnd",
    "chu tich hoi dong nhan dan",
    "chu tich mat tran",
    "chu tich uy ban mat tran",
    "truong thon",
    "cong chuc",
    "van phong",
    "truong cong an",
    "chi huy truong",
)


#: the verbs that put someone at a meeting ("tham gia", "chủ trì", "dự họp"), or at the
#: review itself ("hội đồng thi đua xã đánh giá", "mặt trận bình xét") (task h195)
#: sitting on a council is taking part in it ("mặt trận là thành viên hội đồng") (task h356)
_TAKES_PART = (
    ("tham", "gia"),
    ("chu", "tri"),
    ("du", "hop"),
    ("danh", "gia"),
    ("binh", "xet"),
    ("thanh", "vien"),
    # task h477: "trưởng ban công tác mặt trận ấp ngồi chung với trưởng ấp để bình xét": who
    # sits in the meeting takes part in it
    ("ngoi", "chung"),
    ("ngoi", "cung"),
)
#: a body typed short, as the fact's words name it ("MTTQ xã" is the Mặt trận)
_BODY_SHORT = {"mttq": ("mat", "tran"), "ubmttq": ("mat", "tran")}
#: bodies a question names in two words, which a fact names with more ("Trưởng ban Công tác
#: Mặt trận", "Hội đồng Thi đua - Khen thưởng xã") (task h195)
_TWO_WORD_BODIES = frozenset({("mat", "tran"), ("hoi", "dong")})
#: a denial right before the verb: "mặt trận không tham gia" claims the body stays out
_NOT_BEFORE = frozenset({"khong", "chang", "k", "ko", "hong"})


def participant_named(question: str, body: str) -> str | None:
    """ "ban công tác mặt trận ở thôn có tham gia bình xét GĐVH không" against "Trưởng thôn chủ
    trì, cùng Trưởng ban Công tác Mặt trận …": "Có" when the words before the verb (three of them
    at least, or two naming a body) are named in the fact, "Không" when the question says they
    do not take part ("mặt trận không tham gia", task h195); None otherwise (never "Không" for
    one the fact does not name: it may name them in other words)."""
    asked = [w for t in tokens(question) if t.isalnum() for w in _BODY_SHORT.get(t, (t,))]
    said = f" {' '.join(tokens(body))} "
    found = None
    for at in range(1, len(asked) - 1):
        if tuple(asked[at : at + 2]) not in _TAKES_PART:
            continue
        denied = asked[at - 1] in _NOT_BEFORE
        end = at - 1 if denied or asked[at - 1] in {"co", "duoc", "se", "cung", "la"} else at
        before = asked[max(0, end - 6) : end]
        for size in range(len(before), 1, -1):
            for start in range(len(before) - size + 1):
                words = before[start : start + size]
                if size == 2 and tuple(words) not in _TWO_WORD_BODIES:
                    continue
                if f" {' '.join(words)} " in said:
                    # a denial anywhere wins: "mặt trận không tham gia bình xét" names the
                    # body again before "bình xét", but what is claimed is that it stays out
                    found = "Không" if denied else found or "Có"
    return found


#: office-holders a question may claim chair a meeting ("chủ tịch xã chủ trì", "công chức văn
#: hóa chủ trì"): named as the one chairing, they stand against the one the fact names
_OFFICES = (
    "chu tich",
    "bi thu",
    "cong chuc",
    "can bo",
    "mat tran",
    "hoi dong",
    "ubnd",
    "uy ban",
    "van phong",
    "cong an",
    "doan",
    "hoi",
    "truong thon",
    "to truong",
    "truong ban",
)
#: words that only lead up to the actor of "… chủ trì" ("do", "là", "có", "được", "sẽ")
_BEFORE_ACTOR = frozenset({"do", "la", "co", "duoc", "dc", "se", "cung", "thi", "boi"})


def _chair_before(words: list[str]) -> list[str] | None:
    """The words naming who chairs right before the first "chủ trì" (at most six), or None."""
    for at in range(1, len(words) - 1):
        if words[at : at + 2] != ["chu", "tri"]:
            continue
        if words[at - 1] in _NOT_BEFORE:
            return None  # "… không chủ trì": a denial, weighed elsewhere
        end = at
        while end > 0 and words[end - 1] in _BEFORE_ACTOR:
            end -= 1
        start = end
        while start > 0 and end - start < 6 and words[start - 1] not in _BEFORE_ACTOR:
            start -= 1
        return words[start:end] or None
    return None


#: the words ending the one put up: the asking tail
_PUT_UP_ENDS = frozenset({"khong", "k", "ko", "kg", "hong", "a", "ha", "ak", "nhi", "vay", "chu"})


def _put_up_after(words: list[str]) -> list[str] | None:
    """The words after the last "phải" (at most six, up to the asking tail): "…, có phải
    trưởng thôn k" puts up "trưởng thôn"; None when there is no such "phải"."""
    if "phai" not in words:
        return None
    at = len(words) - 1 - words[::-1].index("phai")
    put = []
    for word in words[at + 1 : at + 7]:
        if word in _PUT_UP_ENDS:
            break
        put.append(word)
    return put or None


#: the South's and Centre's names for a thôn ("ấp", "khóm", "xóm", "sóc", "buôn"): their head,
#: "trưởng ấp", is the thôn's head the facts name (Luật 2022 Điều 20 khoản 1 điểm e; task h477)
_HAMLETS = frozenset({"ap", "khom", "xom", "soc", "buon", "bon", "ban", "lang", "phum"})


def _hamlet_heads(words: list[str]) -> list[str]:
    """ "trưởng ấp", "trưởng khóm" read as "trưởng thôn"; other words as typed."""
    return [
        "thon" if w in _HAMLETS and at and words[at - 1] == "truong" else w
        for at, w in enumerate(words)
    ]


def chair_named(question: str, body: str) -> str | None:
    """ "họp bình xét GĐVH do chủ tịch xã chủ trì, đúng k" against "Trưởng thôn (tổ trưởng tổ
    dân phố) chủ trì …": "Có" when the question names as chairing the one the fact names,
    "Không" when it names another office-holder (NĐ 86/2023 Điều 8: the thôn's meeting is
    chaired by its head); None when either names no one (task h220)."""
    fact_words = tokens(re.sub(r"\([^)]*\)", " ", body))
    chair = _chair_before([t for t in fact_words if t.isalnum()])
    words = _hamlet_heads([t for t in tokens(question) if t.isalnum()])
    asked = _chair_before(words)
    if asked in (None, ["ai"]):
        # "ai chủ trì …, có phải trưởng thôn k": the one put up after "phải" (task h356)
        asked = _put_up_after(words)
    if not chair or not asked:
        return None
    # "Trưởng thôn (tổ trưởng tổ dân phố) chủ trì": the bracket names the same one elsewhere
    heads = [" ".join(chair[-2:])] + [
        " ".join(tokens(alt)[:2]) for alt in re.findall(r"\(([^)]*)\)\s*chủ trì", body)
    ]
    said = f" {' '.join(asked)} "
    if any(f" {h} " in said and f" pho {h} " not in said for h in heads):
        return "Có"
    if any(f" {o} " in said for o in _OFFICES):
        return "Không"
    return None


def holder_verdict(question: str, body: str) -> str | None:
    """ "Có" when a yes/no names as chair the one the fact names, "Không" when it names another
    office-holder of the commune instead; None otherwise (or when it names both)."""
    found = _HOLDS.search(body)
    if found is None:
        return None
    who = " ".join(tokens(found.group("who")))
    asked = f" {' '.join(tokens(question))} "
    named = any(
        f" {w} " in asked and f" pho {w} " not in asked for w in (who, who.replace(" ubnd", ""))
    )
    other = any(f" {r} " in asked for r in _OTHER_HOLDERS)
    if named != other:
        return "Có" if named else "Không"
    return None


#: words that name who gives a title; a body naming one already says who gives it
_GIVERS = ("chu tich", "giam doc", "thu truong", "thu tuong", "bo truong", "nguoi dung dau")


def giver_of(model: FactModel, pair: Pair, body: str) -> tuple[str, Fact] | None:
    """The first sentence of who decides the title (for the case asked, if the fact has one),
    with the fact it comes from; None when the body already names who gives it."""
    decides = model.fact(pair.entity, "decides")
    if decides is None or any(g in " ".join(tokens(body)) for g in _GIVERS):
        return None
    subject = pair.subject or ""
    if subject == "nong_dan" and "htx" in pair.cases:
        # a firm's workers, a cooperative's members: their director decides (Luật 2022 Điều
        # 80 khoản 4), whichever khoản of Điều 24 sets their criteria (task h258)
        subject = "htx"
    fact = decides.by_subject.get(subject, decides)
    if fact.verdict == "Không":
        return None  # a case the xã does not decide for: its own text says so when asked
    text = without_opener(fact.text)
    first = re.split(r"(?<=[.;])\s+", text.strip(), maxsplit=1)[0].rstrip(";")
    if not first or not any(g in " ".join(tokens(first)) for g in _GIVERS):
        return None
    return first if first.endswith(".") else f"{first}.", fact


#: words an asker opens with before the one the question is about
OPENERS = frozenset({"cho", "em", "hoi", "xin", "a", "anh", "chi", "oi", "ad", "ban", "vay"})


#: words of a claim that a name still holds ("giờ", "đổi tên"; "còn", "vẫn" by still_words,
#: which tells "vẫn" from the "văn" of the very names asked about: "khu dân cư văn hóa")
_STILL_NAMED = frozenset({"nay", "gio", "hien", "doi"})


#: the words before a folded "nay" that make it "này" (this), not "nay" (now): "danh hiệu
#: này", "cái này", "loại này"
_THIS_AFTER = frozenset({"hieu", "cai", "loai", "truong", "hop", "van", "ban"})


def _now_named(words: list[str]) -> bool:
    """A word of now ("nay", "giờ", "hiện", "đổi") in ``words``; "danh hiệu này" (folded "danh
    hieu nay") points at the title named, it says no "now" (task f179a, b179 F4: "văn bản cũ
    ghi 'thị trấn tiêu biểu', vậy đặc khu có được xét danh hiệu này không")."""
    return any(
        w in _STILL_NAMED and not (w == "nay" and at and words[at - 1] in _THIS_AFTER)
        for at, w in enumerate(words)
    )


#: task f194a (b194 F1): the name is a line of the asker's draft ("e ghi 'Khu dan cu van hoa'
#: nhu qd cu dc k", "e ghi dung ten danh hieu chua"): a name the asker writes into a tờ trình or
#: quyết định now must be the one in force, so a former one there is judged as if asked "còn
#: không"; what an old text wrote ("văn bản cũ ghi '…', vậy đặc khu có được xét") is not
_NAME_WRITTEN = re.compile(r"\b(?:(?:e|em|minh|toi) (?:ghi|viet)|ghi ten|de ten|dung ten)\b")


def former_name(model: FactModel, pair: Pair, asked: str) -> str | None:
    """The line saying a name the yes/no names is no longer in force and what it is now, when
    the part asks whether the title (its kind or who has it) still is, or the name is written
    in the asker's draft; None otherwise."""
    if not pair.yesno or pair.attr not in ("eligible", "kind"):
        return None
    words = tokens(asked)
    if (
        not _now_named(words)
        and not still_words(words)
        and not _NAME_WRITTEN.search(" ".join(words))
    ):
        return None
    said = f" {' '.join(words)} "
    for folded, written, why in model.former.get(pair.entity, ()):
        if f" {folded} " in said:
            return f"Không còn “{written}”: {why} “{model.entities[pair.entity]}”."
    return None


#: the opening words of a "decides" fact that name the level awarding the title
_AWARDED_BY = (("chu tich ubnd xa", "xa"), ("chu tich ubnd tinh", "tinh"), ("thu tuong", "tw"))


#: "… giấy khen do chủ tịch tỉnh tặng", "… của UBND tỉnh": the level the letter says awarded it
_TOLD_AWARDER = re.compile(
    r"\b(?:do|cua) (?:chu tich )?(?:ubnd |uy ban nhan dan )?(xa|tinh|thu tuong)\b"
)
_LEVEL_NAMES = {"xa": "Chủ tịch UBND xã", "tinh": "Chủ tịch UBND tỉnh", "tw": "Thủ tướng"}


def awarding_level(model: FactModel, entity: str) -> str | None:
    """The level ("xa", "tinh", "tw") the title's own "decides" fact opens by naming."""
    decides = model.fact(entity, "decides")
    if decides is None:
        return None
    lead = " ".join(tokens(decides.text))
    return next((lv for words, lv in _AWARDED_BY if lead.startswith(words)), None)


#: titles given at the central level whose "decides" fact opens otherwise than "Thủ tướng …"
_STATE_LEVEL = frozenset({"khen_nha_nuoc", "hoi_dong_tw"})


def centrally_awarded(model: FactModel, entity: str) -> bool:
    """Whether the title is given by the Thủ tướng or the Chủ tịch nước, not by a province."""
    return entity in _STATE_LEVEL or awarding_level(model, entity) == "tw"


#: who is claimed to strip a state honour ("thủ tướng", "chủ tịch nước", …)
_STRIPPER = re.compile(
    r"\b(thu tuong|chinh phu|chu tich nuoc|chu tich tinh|chu tich ubnd tinh"
    # the commune level by any of its names: "xã, phường, đặc khu" are one level since
    # 01/7/2025 (NĐ 129/2025/NĐ-CP Điều 59 gives their chairman the same powers)
    r"|chu tich (?:ubnd )?(?:xa|phuong|dac khu)|bo truong|hoi dong thi dua|hoi dong tdkt)\b"
)

#: a body other than the Chủ tịch nước right before "tước" (a department, a ministry, a
#: sector, a people's committee, a school, the police)
_OTHER_STRIPPER = re.compile(
    # "bố" (father) folds like "bộ": a ministry is named with its field; "bị tước" is suffered
    r"\b(?:so|bo (?:gd|giao duc|noi vu|y te|van hoa|chu quan)|nganh|ubnd|uy ban|truong"
    r"|cong an|toa an|toa|hoi dong|cap tinh|tinh|xa)"
    r"(?: \w+){0,2}? (?:(?:co|duoc|dc|se|tu|quyen|the) )*(?<!bi )tuoc\b"
)

#: the xã claimed only to propose a title: "xã chỉ đề nghị (thôi)", "xã chỉ được trình"
_ONLY_PROPOSES = re.compile(
    r"\b(?:xa|ubnd xa|phuong|ubnd phuong|dac khu) chi (?:duoc |dc )?"
    r"(?:de nghi|trinh|lap ho so|gui ho so)\b"
)


_STATE_FORMS = re.compile(r"\b(?:huan chuong|huy chuong|bang khen (?:cua )?thu tuong)\b")
# "X nằm trong / thuộc (nhóm) danh hiệu vinh dự nhà nước" claims the class too (task h185)
_CLASS_NAMED = re.compile(
    r"\b(?:phai|la|nam trong|thuoc) (?:la |mot |nhom |so )?(?:(?:cac|nhung) )?(?:danh hieu )?"
    r"vinh du nha nuoc\b"
)
#: a negation right before the class claimed: "… không phải / không nằm trong / chẳng thuộc …"
_CLASS_DENIED = re.compile(r"\b(?:khong|ko|k|chang|chu khong)\s*$")


#: the honours of Luật 2022 Điều 59 khoản 2 as written, by their folded names (longest first)
_HONOURS_WRITTEN = (
    ("anh hung luc luong vu trang", "Anh hùng Lực lượng vũ trang nhân dân"),
    ("anh hung lao dong", "Anh hùng Lao động"),
    ("me viet nam anh hung", "Bà mẹ Việt Nam anh hùng"),
    ("me vn anh hung", "Bà mẹ Việt Nam anh hùng"),
    ("nha giao nhan dan", "Nhà giáo nhân dân"),
    ("nha giao uu tu", "Nhà giáo ưu tú"),
    ("thay thuoc nhan dan", "Thầy thuốc nhân dân"),
    ("thay thuoc uu tu", "Thầy thuốc ưu tú"),
    ("nghe si nhan dan", "Nghệ sĩ nhân dân"),
    ("nghe si uu tu", "Nghệ sĩ ưu tú"),
    ("nghe nhan nhan dan", "Nghệ nhân nhân dân"),
    ("nghe nhan uu tu", "Nghệ nhân ưu tú"),
)


#: a state honour told to exist: "có danh hiệu Nghệ nhân ưu tú"
_HONOUR_EXISTS = re.compile(
    r"\bco (?:danh hieu|dh) (?:la )?(" + "|".join(f for f, _ in _HONOURS_WRITTEN) + r")\b"
)


def honour_kind_verdict(pair: Pair, question: str) -> tuple[str, str] | None:
    """("Có", "<the honour> là danh hiệu vinh dự nhà nước …") when a state honour is claimed
    to be one, ("Không", …) when a state form of award (Huân chương …) is; None when the
    question claims no such class or names neither."""
    if pair.attr != "kind" or pair.entity != "khen_nha_nuoc" or not pair.yesno:
        return None
    said = " ".join(tokens(question))
    claim = _CLASS_NAMED.search(said)
    if claim is None:
        # "nghe nói có danh hiệu Nghệ nhân ưu tú, đúng k": the honour told to exist (h323)
        told = _HONOUR_EXISTS.search(said)
        written = told and next((w for f, w in _HONOURS_WRITTEN if f == told.group(1)), None)
        if written is None:
            return None
        return "Có", f"“{written}” là danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 khoản 2)."
    named = f" {said[: claim.start()]} "
    # "thầy thuốc ưu tú không phải danh hiệu vinh dự nhà nước, đúng k": the class is denied,
    # so the answer on the form named turns round (task h185)
    denied = _CLASS_DENIED.search(said[: claim.start()]) is not None
    if _STATE_FORMS.search(named):
        return "Có" if denied else "Không", (
            "Huân chương, Huy chương, Bằng khen của Thủ tướng là hình thức khen thưởng cấp Nhà"
            " nước, không phải danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 khoản 2)."
        )
    written = next((w for f, w in _HONOURS_WRITTEN if f" {f} " in named), None)
    if written is None:
        return None
    lead = f"“{written}” là danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 khoản 2)."
    return "Không" if denied else "Có", lead


def proposer_only(pair: Pair, question: str, model: FactModel) -> str | None:
    """The answer to "X thì xã chỉ đề nghị thôi đúng không": "Có" and who decides when the
    title is the province's or the State's (Luật 2022 Điều 74, 79), "Không" when the xã
    chairman decides it himself (NĐ 129/2025 Điều 59); None when the question claims no such
    role or the title's deciding level is unknown."""
    if not pair.yesno or pair.without or pair.attr not in ("eligible", "decides"):
        return None
    if pair.subject not in (None, "xa") or pair.authority not in (None, "xa"):
        return None
    if _ONLY_PROPOSES.search(" ".join(tokens(question))) is None:
        return None
    level = awarding_level(model, pair.entity)
    decides = model.fact(pair.entity, "decides")
    if level is None or decides is None:
        return None
    verdict = "Không" if level == "xa" else "Có"
    return with_verdict(verdict, without_opener(decides.text))


def honour_revoker(pair: Pair, question: str) -> str | None:
    """ "Có" when the question says the Chủ tịch nước strips ("tước") a state honour, "Không"
    when it names another (Thủ tướng, a chairman, a minister, a council); None when it names
    no one or does not say "tước" of a state award."""
    if pair.attr != "revoke" or pair.entity != "khen_nha_nuoc":
        return None
    said = f" {' '.join(tokens(question))} "
    # task h422: a state honour is taken away only by "tước" (Luật 2022 Điều 93 khoản 7);
    # "chủ tịch xã có quyền thu hồi / hủy danh hiệu Bà mẹ VN anh hùng" claims the same act
    said = _HONOUR_TAKEN.sub(" tuoc ", said)
    if " tuoc " not in said:
        return None
    named = _STRIPPER.search(said)
    if named is None:
        # "Sở GD tước danh hiệu", "bộ có quyền tước không": any other body claimed to strip it
        if _OTHER_STRIPPER.search(said) is not None:
            return "Không"
        # "AHLLVTND bị tước danh hiệu thì UBND tỉnh quyết định", "NGƯT chỉ là danh hiệu của
        # tỉnh thôi": the body named after the verb, or the honour claimed a province's or a
        # sector's own; it is the state's (Luật 2022 Điều 59 khoản 2; Điều 93 khoản 7) (h323)
        after = _STRIPPER_AFTER.search(said)
        if after is not None:
            return "Có" if after.group(1) == "nuoc" else "Không"
        return "Không" if _LEVEL_OWNS.search(said) is not None else None
    return "Có" if named.group(1) == "chu tich nuoc" else "Không"


#: the other verbs of taking an award away, read as "tước" of a state honour (task h422);
#: "huy" of "huy chương, huy hiệu" is no cancelling
_HONOUR_TAKEN = re.compile(r" (?:thu hoi|thu lai|huy bo|huy(?! (?:chuong|hieu|dong))|xoa bo) ")


#: the body that strips, named after "(bị) tước …": "… thì UBND tỉnh quyết định", "… là do
#: chủ tịch nước"
_STRIPPER_AFTER = re.compile(
    r"\btuoc\b(?: \w+){0,6}? (?:thi|la|do|la do) (?:(?:chu tich|ubnd|uy ban|nhan dan|cap) )*"
    r"(nuoc|tinh|xa|phuong|bo|so|nganh|thu tuong|chinh phu)\b"
)
#: a state honour claimed to be a lower level's own title: "(chỉ) là danh hiệu của tỉnh"
_LEVEL_OWNS = re.compile(r"\bla danh hieu (?:cua |cap )(?:tinh|xa|phuong|bo|nganh|huyen|so)\b")


#: the level claimed to revoke, right before the verb ("xã có tự hủy được không", "UBND xã có
#: quyền thu hồi …", "tỉnh hủy được không"): only modal words between them
_REVOKER_CLAIMED = re.compile(
    r"\b(?:chu tich |ct |ubnd |uy ban(?: nhan dan)? )?(xa|tinh|thu tuong)"
    # "phải là chủ tịch tỉnh mới hủy được": "mới" (only then) between them too (task h300)
    r"((?: (?:co|tu|minh|quyen|duoc|dc|phep|the|nao|lai|se|di|ra|moi))*) (?:huy|thu hoi)\b"
)


def revoker_claimed(question: str) -> str | None:
    """The level a revoke question claims acts ("… thì xã có tự hủy được không"): the reading
    may take the xã for where it happens and the awarder told for the actor (task h214)."""
    m = _REVOKER_CLAIMED.search(" ".join(tokens(question)))
    if m is None:
        return None
    return "tw" if m.group(1) == "thu tuong" else m.group(1)


#: "… k hay phải …": the yes/no's particle closes the first of two alternatives
_ALTERNATIVE = re.compile(r"\b(?:khong|k|ko|kg|chua|hong) hay\b")
#: the asker tells his own office: "e là chủ tịch xã", "tôi là phó chủ tịch phường"
_ASKER_OFFICE = re.compile(
    r"\b(?:e|em|toi|minh|tui) (?:la|lam) (?:pho )?(?:chu tich|ct) (?:ubnd )?(xa|phuong|tinh)\b"
)
_OWN_REVOKING = re.compile(r"\b(?:e|em|toi|minh|tui) (?:\w+ ){0,3}?(?:tu )?huy\b")


def _first_alternative_revoker(question: str) -> str | None:
    """The level claimed to revoke, read in the first of "A k hay (phải) B" when there is
    one: "e có quyền tự hủy QĐ k hay phải báo cáo tỉnh hủy" asks of A, whose actor is the
    asker (his office told: "e là chủ tịch xã"), not the province of B (task h421)."""
    said = " ".join(tokens(question))
    cut = _ALTERNATIVE.search(said)
    if cut is None:
        return revoker_claimed(question)
    first = said[: cut.start()]
    claimed = revoker_claimed(first)
    if claimed is not None:
        return claimed
    office = _ASKER_OFFICE.search(said)
    if office is not None and _OWN_REVOKING.search(first):
        return "tinh" if office.group(1) == "tinh" else "xa"
    return revoker_claimed(question)


def revoker_verdict(model: FactModel, pair: Pair, question: str = "") -> tuple[str, str] | None:
    """ "Có" when the level a revoke question names (its ``authority``) is the one the title's
    own "decides" fact opens with, "Không" with the awarding level said when it is another;
    None when either is not known (a ministry, a council, no level named). A level the question
    itself says awarded it ("giấy khen do chủ tịch tỉnh tặng") is that award's, whatever the
    title's usual awarder (task h89)."""
    decides = model.fact(pair.entity, "decides")
    # the level right before the verb acts; one named elsewhere may be the awarder told
    # ("chủ tịch tỉnh tặng bằng khen … thì xã có tự hủy được không")
    pair = replace(pair, authority=_first_alternative_revoker(question) or pair.authority)
    if pair.authority not in ("xa", "tinh", "tw") or decides is None:
        return None
    level = awarding_level(model, pair.entity)
    # "do / của" marks the awarder; the revoker opens the question without it
    told = [
        "tw" if m.group(1) == "thu tuong" else m.group(1)
        for m in _TOLD_AWARDER.finditer(" ".join(tokens(question)))
    ]
    if told and told[0] != level and told[0] != pair.authority:
        return "Không", (
            f"Khen thưởng anh/chị nêu do {_LEVEL_NAMES[told[0]]} quyết định tặng; người quyết"
            " định tặng mới có thẩm quyền hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
        )
    if level is None:
        return None
    if level == pair.authority:
        return "Có", ""
    awarded = re.split(r"(?<=[;.])\s", decides.text, maxsplit=1)[0].rstrip(";.")
    return "Không", (
        f"{model.entities[pair.entity]}: {awarded}; người quyết định tặng mới có thẩm quyền"
        " hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
    )


#: a revocation claimed to leave the prize money with the holder ("tiền thì khỏi trả", "tiền
#: thưởng không phải trả lại") or to take back the certificate alone ("chỉ thu lại giấy …")
_PRIZE_KEPT = re.compile(
    r"\btien(?: thuong)? (?:\S+ ){0,3}(?:(?:thi|van|duoc|dc) )?(?:khoi|khong|k|ko|kg|chang)"
    r" (?:can |phai |bi |duoc |dc |can phai )?(?:tra|thu|nop|hoan|hoi)\b"
    r"|\b(?:duoc|dc) giu (?:lai )?tien\b"
    r"|\bchi (?:bi )?(?:thu|lay)(?: lai| hoi)? (?:giay|bang|hien vat|huy hieu|ky niem chuong)\b"
)
#: the recovery asked directly: "tiền có phải thu hồi không", "có bị đòi lại không"
_RECOVERY_ASKED = re.compile(
    r"\bco (?:phai|bi|can) (?:\S+ ){0,2}(?:thu hoi|tra|nop|hoan|doi)\b"
    r"(?! (?:\S+ )*(?:dung|phai) (?:khong|ko|k|kg)\b)"
)
#: what the law takes back with the decision (Luật 2022 Điều 93 khoản 9)
PRIZE_TAKEN_BACK = (
    "Khi quyết định khen bị hủy bỏ, cả hiện vật khen thưởng (giấy chứng nhận, bằng, huy hiệu)"
    " và tiền thưởng đều bị thu hồi (Luật 2022 Điều 93 khoản 8, khoản 9)."
)


def prize_kept_claimed(pair: Pair, question: str) -> bool:
    """ "bị hủy danh hiệu thì chỉ thu lại giấy chứng nhận, tiền thì khỏi trả, đúng không": the
    claim is that the money stays, which the law denies: the decision revoked, the hiện vật and
    the tiền thưởng are both taken back (Luật 2022 Điều 93 khoản 9; task h214)."""
    if pair.attr != "revoke":
        return False  # the claim itself is the yes/no, whichever pair the ask went to
    clauses = [c for c in (folded_words(c) for c in re.split(r"[,.;:?!]", question)) if c]
    if clauses and _RECOVERY_ASKED.search(clauses[-1]) and not _PRIZE_KEPT.search(clauses[-1]):
        # "… người đó bảo tiền tiêu rồi k phải trả. Vậy tiền có phải thu hồi k": the saying is
        # the story, the asker's own question asks directly, which the fact answers (h256)
        return False
    return _PRIZE_KEPT.search(" ".join(tokens(question))) is not None


#: one level claimed for every decision: "… làm cả", "đều do …", "chỉ … mới …", "mọi / tất cả"
_ONE_FOR_ALL = re.compile(
    r" (?:lam|huy|thu hoi) (?:het )?ca (?!nhan )| deu (?:do|phai|la)? ?| chi (?:co )?(?:chu tich|ct"
    r"|ubnd|uy ban|tinh|xa|trung uong|thu tuong)\b.* moi | (?:moi|tat ca|toan bo) quyet dinh "
)


def revoker_told(pair: Pair, question: str) -> tuple[str, str] | None:
    """ "có phải chỉ chủ tịch tỉnh mới có quyền hủy quyết định khen của xã không": no title is
    named, so the rule's general fact answers, but the question tells whose decision it is ("của
    / do xã"); who may revoke is who decided (Luật 2022 Điều 93 khoản 8), so the level claimed
    to revoke is weighed against the one told. None when no level is claimed or none told
    (task h115)."""
    # the level right before the verb acts; one named elsewhere may be the awarder told
    # ("chủ tịch tỉnh tặng bằng khen … thì xã có tự hủy được không")
    pair = replace(pair, authority=revoker_claimed(question) or pair.authority)
    if pair.authority not in ("xa", "tinh", "tw"):
        return None
    told = [
        "tw" if m.group(1) == "thu tuong" else m.group(1)
        for m in _TOLD_AWARDER.finditer(" ".join(tokens(question)))
    ]
    if (
        pair.entity == "*"
        and told in ([], [pair.authority])
        and _ONE_FOR_ALL.search(f" {' '.join(tokens(question))} ")
    ):
        # "hủy quyết định khen thưởng phải do chủ tịch tỉnh làm cả": one level claimed to
        # revoke every decision, whoever made it; its "do tỉnh" is the claim, not a decision
        # told (that one would be named besides: "QĐ của xã thì đều do xã hủy"; task h185)
        return "Không", (
            "Không phải một cấp hủy mọi quyết định: người quyết định tặng mới có thẩm quyền"
            " hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
        )
    if not told:
        return None
    if told[0] == pair.authority:
        return "Có", ""
    return "Không", (
        f"Quyết định anh/chị nêu do {_LEVEL_NAMES[told[0]]} quyết định; người quyết định tặng"
        " mới có thẩm quyền hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
    )


#: the xã's chairman (or people's committee) told as the one who signs or decides
_XA_SIGNS = re.compile(
    r" (?:do|de|cho) (?:ong |ba )?(?:chu tich|ct|ubnd|uy ban)(?: ubnd| uy ban(?: nhan dan)?)? xa "
    r"| (?:chu tich|ct|ubnd)(?: ubnd)? xa (?:ky|ki|quyet dinh|tang|cong nhan|xet tang) "
)


def asker_decides(question: str, body: str) -> bool:
    """ "giám đốc công ty trên địa bàn xã tự xét LĐTT … được không": the one the question opens
    with is the one the fact says decides, so the xã named after is only where the firm is and
    the fact's verdict stands as it is."""
    asked = [t for t in tokens(question) if t.isalnum()]
    claimed = " ".join(t for t in tokens(first_option(question)) if t.isalnum())
    if (
        firm_acts_itself(claimed)
        and not _XA_SIGNS.search(f" {claimed} ")
        and not XA_SIGNS_FIRM_AWARD.search(claimed)
    ):
        # "HTX có tự xét LĐTT … được k hay phải trình chủ tịch xã ký": the firm acting itself
        # is the claim, the xã's chairman only the other answer offered (task h277)
        return True
    start = 0
    while start < len(asked) and asked[start] in OPENERS:
        start += 1
    head = asked[start : start + 2]
    if len(head) < 2 or "xa" in asked[start : start + 4]:  # "chủ tịch xã": the xã itself
        return False
    if _XA_SIGNS.search(f" {' '.join(asked)} ") or XA_SIGNS_FIRM_AWARD.search(" ".join(asked)):
        # "doanh nghiệp trên địa bàn xã thì LĐTT … do chủ tịch xã ký đúng không": the firm
        # opens the question, but the one claimed to sign is the xã's chairman (task h95)
        return False
    return f" {' '.join(head)} " in f" {' '.join(tokens(body))} "


#: the province claimed to detail a standard: "do (ubnd) tỉnh quy định (chi tiết)"
_PROVINCE_DETAILS = re.compile(r"\b(?:ubnd |uy ban nhan dan |uy ban )?tinh (?:tu )?quy dinh\b")
#: how a criteria fact says the province details it ("UBND tỉnh quy định chi tiết", "tiêu
#: chuẩn chi tiết do tỉnh quy định": task h277)
_DETAILED_BY_PROVINCE = ("tinh quy dinh chi tiet", "chi tiet do tinh quy dinh")


def province_details_claimed(pair: Pair, question: str, body: str) -> bool:
    """The yes/no claims the province details a title's standard ("tiêu chuẩn GĐVH do UBND tỉnh
    quy định chi tiết đúng k") and the criteria fact says it does (NĐ 86/2023 on the national
    frame; Luật 2022 Điều 75 khoản 2); "chung cả nước không hay tỉnh quy định" asks a choice,
    not this claim (task h137)."""
    asked = tokens(question)
    return (
        pair.yesno
        and pair.attr == "criteria"
        and _PROVINCE_DETAILS.search(" ".join(asked)) is not None
        and "hay" not in asked
        and any(said in fold(body) for said in _DETAILED_BY_PROVINCE)
    )


#: "chỉ (có) (UBND / chủ tịch) tỉnh mới …": one level claimed to hold the power alone
_ONLY_LEVEL = re.compile(
    r"\bchi (?:co )?(?:ubnd |uy ban |chu tich (?:ubnd )?)?(tinh|xa|trung uong|huyen)"
    r" (?:moi|thi moi)\b"
)
#: the words just before "chỉ … mới" that tell it as the past ("trước chỉ huyện mới …")
_TOLD_BEFORE = re.compile(rf"\b{PAST_TIME}\s*$")
#: the claim about now that follows it ("giờ / nay / bây giờ / hiện nay …")
_NOW_CLAIMED = re.compile(r"\b(?:gio|nay|bay gio|hien nay|hien tai|tu nay)\b")
#: how a fact names the holder at each level (folded)
_LEVEL_HOLDER = {
    "tinh": "chu tich ubnd tinh",
    "xa": "chu tich ubnd xa",
    "trung uong": "thu tuong",
    "huyen": "chu tich ubnd huyen",
}


def only_level_verdict(question: str, body: str) -> str | None:
    """ "chỉ tỉnh mới có quyền hủy …": "Không" when the fact's opening sentence gives the power
    to another level's holder and not to the one claimed; None when nothing is claimed alone
    or the fact does not name a holder (task h106). Of "xã có quyền ký … không hay chỉ tỉnh
    mới ký" only the first option is claimed: the "chỉ … mới" after "hay" is the other one."""
    said = " ".join(fold(first_option(question)).split())
    found = _ONLY_LEVEL.search(said)
    if found is None:
        return None
    if _TOLD_BEFORE.search(said[: found.start()]) and _NOW_CLAIMED.search(said[found.end() :]):
        # "trước chỉ chủ tịch huyện mới tặng …, giờ chủ tịch xã tự quyết định được đúng k": the
        # level alone is the past told; what is claimed is who does it now (task h113)
        return None
    first = re.split(r"(?<=[.;])\s", body.removeprefix("Có. "), maxsplit=1)[0]
    opening = " ".join(fold(first).split())
    holders = {lvl for lvl, who in _LEVEL_HOLDER.items() if who in opening}
    if not holders:
        return None
    return "Có" if found.group(1) in holders and len(holders) == 1 else "Không"


def advice_claimed(question: str) -> str | None:
    """ "tham mưu" or "tư vấn", the role a question claims of a council, as folded words."""
    joined = " ".join(tokens(question))
    return next((w for w in ("tham muu", "tu van") if f" {w} " in f" {joined} "), None)


#: a council claimed to be the one deciding: "do Hội đồng thi đua xã quyết định", "hội đồng TĐKT
#: ký", "HĐ thi đua khen thưởng xã công nhận" (folded; not "chủ tịch hội đồng …", a person)
_COUNCIL_DECIDES = re.compile(
    r"(?<!chu tich )(?<!ct )\b(?:hoi dong|hd)(?: (?:thi dua|tdkt|td kt|khen thuong|xa|phuong"
    r"|dac khu|-))*(?: (?:tu|se|duoc|dc|co quyen))? (?:quyet dinh|ky|tang|cong nhan)\b"
)


_COUNCIL_NAMED = re.compile(r"(?<!chu tich )(?<!ct )\b(?:hoi dong|hd)\b")
_WORD = re.compile(r"\w+")


def council_decides_claimed(pair: Pair, question: str, body: str) -> bool:
    """The yes/no claims a Hội đồng Thi đua - Khen thưởng decides the title ("giấy khen có phải
    do hội đồng thi đua xã quyết định không, hay chủ tịch ký") while the fact gives the
    decision to a person: the council only advises (Luật TĐKT 2022 Điều 90 khoản 4: "tham mưu,
    tư vấn"). Only the first option of an either-or is the claim."""
    if pair.attr != "decides" or not pair.yesno:
        return False
    said = " ".join(fold(first_option(question)).lower().split())
    decider = " ".join(tokens(without_opener(body))[:6])
    # "HĐ thi đua bỏ phiếu đồng ý LĐTT rồi, vậy là thành quyết định luôn": the vote claimed
    # to be the decision claims the council decides (task h266)
    voted = _COUNCIL_NAMED.search(said) is not None and vote_taken_as_decision(_WORD.findall(said))
    return (_COUNCIL_DECIDES.search(said) is not None or voted) and "hoi dong" not in decider


#: the council named reviewing, then the chairman deciding: "hội đồng TĐKT xã xét rồi chủ tịch
#: xã quyết định", "hội đồng bình xét, chủ tịch UBND xã ký"
_COUNCIL_THEN_CHAIR = re.compile(
    r"\b(?:hoi dong|hd)\b(?: \S+){0,4}? (?:xet|binh xet|tham muu|de nghi|bo phieu)\b"
    r"(?: \S+){0,4}? (?:chu tich|ct)(?: ubnd| uy ban)? (?:xa|phuong|dac khu)\b"
    r"(?: \S+){0,4}? (?:quyet dinh|ky|ki|tang|cong nhan)\b"
)


def chair_after_council_claimed(pair: Pair, question: str) -> bool:
    """The yes/no claims the xã's council reviews and its chairman decides ("giờ là hội đồng
    TĐKT xã xét rồi chủ tịch xã quyết định, đúng k"): what the council's "decides" fact says
    (Luật 2022 Điều 90 khoản 4, Điều 80 khoản 3), so its "Không" (said to a council claimed to
    decide) turns to "Có" (task h260)."""
    if pair.attr != "decides" or not pair.yesno:
        return False
    said = " ".join(tokens(first_option(question)))
    return _COUNCIL_DECIDES.search(said) is None and _COUNCIL_THEN_CHAIR.search(said) is not None


#: the council claimed to do what it does: review ("hội đồng thi đua xã tự xét được k", "HĐ
#: TĐKT xã bình xét"); a vote claimed is left to ``vote_taken_as_decision`` (task h266)
_COUNCIL_REVIEWS = re.compile(
    r"(?<!chu tich )(?<!ct )\b(?:hoi dong|hd)(?: (?:thi dua|tdkt|td kt|khen thuong|xa|phuong"
    r"|dac khu|-))*(?: (?:tu|se|duoc|dc|co|co the|the|lai|van|cung))*"
    r" (?:xet(?! (?:tang|duyet|cong nhan|quyet))|binh xet|danh gia|tham muu)\b"
)
#: an act of deciding named after the review claimed
_ACT_AFTER = re.compile(r"\b(?:ky|ki|quyet dinh|cong nhan|tang|thay)\b")
#: the chairman's signature claimed unneeded: "không cần chủ tịch ký (nữa)", "khỏi ký"; the
#: council's review is then claimed to be the decision (task h266)
_SIGNING_DENIED = re.compile(r"\b(?:khong|k|ko|khoi) (?:can |phai )*(?:\w+ ){0,3}?ky\b")


def council_reviews_claimed(pair: Pair, question: str) -> bool:
    """The yes/no claims the council reviews ("trước hội đồng huyện xét, nay hội đồng thi đua
    xã tự xét được k"): its role (Luật 2022 Điều 90 khoản 4: "tham mưu, tư vấn": it reviews,
    votes and proposes), so the "Không" its "decides" fact says to a council claimed to decide
    turns to "Có" (task h277). A claim it decides or signs is ``council_decides_claimed``."""
    if pair.attr != "decides" or not pair.yesno:
        return False
    said = " ".join(tokens(first_option(question)))
    reviews = _COUNCIL_REVIEWS.search(said)
    return (
        reviews is not None
        # "hội đồng xét xong có thể ký thay chủ tịch không": an act after the review is the
        # claim (task h219)
        and _ACT_AFTER.search(said, reviews.end()) is None
        and _COUNCIL_DECIDES.search(said) is None
        and _SIGNING_DENIED.search(said) is None
        and not vote_taken_as_decision(_WORD.findall(said))
    )


def council_role_stated(model: FactModel, pair: Pair, question: str, body: str) -> bool:
    """A council's role claimed ("tham mưu", "tư vấn") and stated by its criteria fact."""
    role = advice_claimed(question) if pair.attr == "criteria" else None
    return (
        role is not None
        and model.fact(pair.entity, "chair") is not None
        and f" {role} " in f" {' '.join(tokens(body))} "
    )


def ministries_hold(body: str) -> bool:
    """The fact's first sentence opens by giving the power to Bộ Quốc phòng / Bộ Công an."""
    lead = " ".join(tokens(without_opener(body)))
    return lead.startswith(("bo quoc phong", "bo cong an"))
