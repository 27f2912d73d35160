"""Reading a question: every entity, subject and attribute it names, paired part by part.

The question is folded, phone spellings are expanded ("dc" → "được", "k" → "không"), a word the
model does not know that is one edit away from a word it does is corrected ("tieu chuaan"), then
cue phrases are matched greedily, longest first. Unmatched connectors ("và", "còn") and
punctuation split the question into parts. Each part's attributes pair with its entities; a part
with attributes and no entity takes the previous part's ("… là gì và tiền thưởng bao nhiêu"), a
part with entities and no attribute takes the next part's or else the previous one's
("TTLĐTT và TTLĐXS được thưởng bao nhiêu").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from bot.core.text import fold
from bot.knowledge.facts.asked import payer_claimed
from bot.knowledge.facts.asking_words import (
    ADDRESSED,
    ASKERS,
    ASKING_TAILS,
    CONFIRMING,
    CONFIRMS,
    PARTICLES,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    SENTENCE_ENDS,
    WHY,
)
from bot.knowledge.facts.dates import (
    DAY_CLAIMABLE,
    DAY_WORDS,
    LATE_WORDS,
    claims_day,
    claims_days,
    dates_a_decision,
    day_told_before,
    decided_on,
    moments_in,
)
from bot.knowledge.facts.deciders import (
    DIRECTOR_DECIDES,
    OWNER_WORDS,
    alternative_authority,
    asker_directs,
    award_owner,
    befell_no_one,
    council_chair_claim,
    decided_at_village,
    enterprise_acts,
    everyone_in,
    gives_told,
    names_decider,
    names_enterprise,
    proposer_named,
    unit_gives,
    village,
    village_gives,
)
from bot.knowledge.facts.model import BREAKS, Fact, FactModel, Phrase, token_marks, tokens
from bot.knowledge.facts.papers import (
    STEP_WORDS,
    asks_papers,
    names_destination,
    names_minutes,
    papers_back,
    required_back,
    sends_papers,
    step_told_back,
    transfer_destination,
)
from bot.knowledge.facts.records import (
    CLAUSE_ENDS,
    run_count,
)
from bot.knowledge.facts.reform_told import (
    FORMER_NAME,
    NOW_TOLD,
    PAST_TOLD,
    STILL_WORDS,
    bare_district,
    now_before,
    past_then_now,
    self_acting,
    still_words,
    told_past,
    xa_self_deciding,
)
from bot.knowledge.facts.registration import (
    REGISTRATION,
    REGISTRATION_MATTERS,
    REQUIRE_MARKS,
    registers,
    registration_as_step,
    registration_excludes,
)
from bot.knowledge.facts.segment import (
    Segment,
)
from bot.knowledge.facts.service import (
    RECRUITED,
    TIMED,
    months_served,
    service_start_told,
    started_late,
    told_service,
)
from bot.knowledge.facts.spelling import (
    Speller,
    elided_titles,
    expand,
)
from bot.knowledge.facts.words import (
    NEGATED,
    NOT_SPELLED,
    TYPED_NOT,
)

__all__ = [
    "REQUIRE_WORDS",
    "Pair",
    "Reading",
    "read",
    "required_at",
]

#: connectors that start a new part when no cue phrase claimed them
CONNECTORS = frozenset({"va", "con", "voi", "them", "hoac", "roi", "ngoai", "kem", "cung"})
#: subjects that say what situation a person is in (not who or where they are): told in a
#: letter's story, they are the case its final question asks about
_CIRCUMSTANCES = frozenset(
    {"moi_tuyen", "ky_luat", "thai_san", "chuyen_cong_tac", "hop_dong", "dan_quan", "dan_quan_tt"}
    | {"di_hoc", "cong_an", "nghi_om", "bi_thuong"}
    | {"htnv", "httnv", "htxs", "co_sang_kien"}
)
_PLACES = frozenset({"thon", "xa"})
#: last syllables of the units a place name follows ("trạm y tế xã", "trường mầm non xã",
#: "địa bàn xã", "văn phòng xã"): the xã or thôn after them says where, not who is asked about
_UNIT_ENDS = frozenset({"tram", "non", "hoc", "thcs", "ban", "phong", "truong", "doan"})
_LOCATIONS = frozenset({"tren", "ngoai", "khap", "ban"})
#: "(tuyển) vào / (làm) ở / (công tác) tại" a unit: where a person told works
#: task h128: "chuyển từ trường THCS sang văn phòng" names where a person moved from and to
_WORKS_IN = frozenset({"vao", "o", "tai", "tu", "sang"})
#: words naming a person before "ở / vào / tại" a unit ("anh Nam ở văn phòng xã", "tôi được
#: tuyển vào phòng văn hóa"); "cô" folds like "có", so it is not one
_PRONOUNS = frozenset({"anh", "chi", "em", "e", "toi", "thay", "ong", "ba", "minh", "a", "c"})
#: subjects that tell a person (the one a unit after ``_WORKS_IN`` is the workplace of)
_PERSONS_TOLD = frozenset({"ca_nhan", "moi_tuyen", "chuyen_cong_tac", "hop_dong"})
_UNIT_ENDS |= _LOCATIONS
#: two-syllable units whose last syllable alone means something else ("thực tế xã em …")
_UNIT_PAIRS = frozenset({("y", "te")})
#: an asker's word before "hỏi" (to ask), or a word after it, which "hội" never has
_ASKING_HOI = frozenset({"e", "em", "toi", "minh", "cho", "xin", "muon", "can", "t", "dc"})
_AFTER_HOI = frozenset({"chut", "ti", "xiu", "ad", "admin", "ban", "anh", "chi", "thu", "ve"})
#: "hỏi a / e / ông … có được": asking about a person a pronoun names
_AFTER_HOI |= {"a", "e", "c", "em", "ong", "ba", "thay"}
#: "anh / ông / bác hỏi có đủ …": a person told asking, not an association
_ASKING_HOI |= {"anh", "ong", "bac", "chu"}
#: words naming people, after which a bare "ho" is the pronoun "họ", not "hộ"
_PEOPLE = frozenset(
    {"nguoi", "cong chuc", "can bo", "vien chuc", "giao vien", "nhan vien", "dong chi", "ca nhan"}
    # members of an organisation and farmers are people too (task h91)
    | {"hoi vien", "doan vien", "dang vien", "xa vien", "nong dan"}
    | {"cbcc", "cbccvc", "cb", "cc", "anh em", "chi em", "cac ban", "hai ban", "co giao"}
)
#: words after "hộ" that make it a household ("hộ gia đình", "hộ ông A", "hộ nghèo")
_HOUSEHOLD_NAMED = frozenset({"gia", "dan", "ong", "ba", "anh", "chi", "ngheo", "nay", "do"})


#: the cases whose time away a question asks to count towards a yearly title
_COUNTED_CASES = frozenset({"thai_san", "nghi_om", "bi_thuong", "di_hoc"})


def _consideration_asked(words: list[str]) -> bool:
    """ "… thì có được xét LĐTT không", "còn được xét không": whether one may be considered
    (task h106)."""
    joined = f" {' '.join(words)} "
    return any(f" {w} xet " in joined for w in ("duoc", "dc", "dk")) and not any(
        cue in joined for cue in (" han ", " khi nao ", " bao gio ", " ngay nao ", " thang nao ")
    )


def _time_counted(words: list[str]) -> bool:
    """ "… có được tính (là thời gian công tác) để xét …", "… có bị trừ không": asks whether
    time away counts (task h106)."""
    joined = f" {' '.join(words)} "
    return any(
        cue in joined
        for cue in (" duoc tinh ", " dc tinh ", " tinh la thoi gian ", " bi tru ", " tinh vao ")
    ) and (" xet " in joined or " thoi gian " in joined)


def _rescue_wound(toks: list[str]) -> bool:
    """ "bị thương … (để / khi) cứu người", "bị thương khi chiến đấu": a wound taken rescuing
    someone or fighting, told anywhere in the sentence (task h106)."""
    for at in range(len(toks) - 1):
        if toks[at : at + 2] == ["bi", "thuong"]:
            rest = toks[at + 2 : at + 20]
            end = next((i for i, t in enumerate(rest) if t in {".", "?", "!"}), len(rest))
            sentence = rest[:end]
            pairs = [sentence[i : i + 2] for i in range(len(sentence))]
            if "cuu" in sentence or ["chien", "dau"] in pairs:
                return True
    return False


#: the ways of commending (not titles) whose form the xã's chairman gives: Giấy khen
_WAYS_OF_COMMENDING = frozenset({"khen_dot_xuat", "khen_chuyen_de"})


def _chair_gives_form(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "khen đột xuất … thì chủ tịch xã có được tặng giấy khen không": the xã's chairman named
    giving a giấy khen for a way of commending asks who decides it, not which hiện vật it
    carries (task h106). Only giấy khen: a bằng khen the xã does not give keeps its reading."""
    joined = f" {' '.join(toks)} "
    if " giay khen " not in joined or " bang khen " in joined:
        return pairs
    if not any(f" {verb} " in joined for verb in ("tang", "ky", "khen")):
        return pairs
    return [
        replace(p, attr="decides")
        if p.yesno
        and p.attr == "object"
        and p.authority == "xa"
        and p.entity in _WAYS_OF_COMMENDING
        and model.fact(p.entity, "decides") is not None
        else p
        for p in pairs
    ]


def _council_chair_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "chủ tịch hội đồng tđkt xã là chủ tịch ubnd xã đúng k": the council named with who is
    claimed to chair it asks who chairs it (its "chair" fact), not whether the person named
    decides titles, which the "chủ tịch ubnd xã" or "thủ tướng" in the claim would otherwise
    read it as (task h118; Luật 2022 Điều 90 khoản 2, domain.md 1.3)."""
    if council_chair_claim(toks) is None:
        return pairs
    return [
        replace(p, attr="chair", authority=None)
        if p.yesno and p.attr != "chair" and model.fact(p.entity, "chair") is not None
        else p
        for p in pairs
    ]


#: what a council is claimed to do when it is its role, not a decision, that is put up
_COUNCIL_ROLE = re.compile(r"\b(?:tham muu|tu van)\b(?! (?:ho so|giay to|cach|thu tuc))")


def _council_role_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "hội đồng tđkt xã làm nhiệm vụ tham mưu, tư vấn cho chủ tịch xã phải không": a council
    claimed to advise asks its role (its "criteria" fact, Luật 2022 Điều 90 khoản 4), not
    whether the chairman named after "cho" decides (task h118)."""
    joined = " ".join(toks)
    role = _COUNCIL_ROLE.search(joined)
    if role is None or re.search(r"\b(?:hay|hoac|quyen)\b", joined[: role.start()]):
        # "hội đồng có quyền ký quyết định không hay chỉ tư vấn": the power is asked, the
        # role is only the other answer offered
        return pairs
    return [
        replace(p, attr="criteria", authority=None, subject=None)
        if p.yesno
        and p.attr == "decides"
        and model.fact(p.entity, "chair") is not None
        and model.fact(p.entity, "criteria") is not None
        else p
        for p in pairs
    ]


#: "(có phải) là danh hiệu vinh dự nhà nước": the class a title is claimed to be
_HONOUR_CLAIMED = re.compile(r"\b(?:phai|la) (?:la |mot )?(?:danh hieu )?vinh du nha nuoc\b")
#: the entity the class itself is read as (Luật 2022 Điều 59)
_HONOURS = "khen_nha_nuoc"


def _state_honour_claimed(
    pairs: list[Pair], toks: list[str], model: FactModel, told: Sequence[str] = ()
) -> list[Pair]:
    """ "chiến sĩ thi đua toàn quốc có phải danh hiệu vinh dự nhà nước không": a title claimed
    to be of the class of state honours asks what kind of title it is, which its "kind" fact
    says (Luật 2022 Điều 19, 20, 59), not the criteria of both (task h118)."""
    if _HONOUR_CLAIMED.search(" ".join(toks)) is None or not any(p.yesno for p in pairs):
        return pairs
    named = [p.entity for p in pairs if p.entity != _HONOURS]
    if not named and any(p.entity == _HONOURS for p in pairs):
        # "anh X được CSTĐ toàn quốc, vậy là danh hiệu vinh dự nhà nước rồi đúng k": the title
        # told in the story is what the asking part claims to be a state honour (task h137)
        named = [e for e in told if e != _HONOURS]
    if not named or all(p.entity != _HONOURS for p in pairs):
        return pairs  # the class was not read as named: nothing to turn
    entity = named[0]
    if model.fact(entity, "kind") is None:
        return pairs
    return [Pair(entity, "kind", None, True)]


#: the verbs of undoing an award (Luật 2022 Điều 93): "hủy (bỏ)", "tước", "thu hồi"
_UNDO = re.compile(r"\b(?:huy|tuoc|thu hoi)\b")


def _revoker_asked(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "ai có quyền tước danh hiệu vinh dự nhà nước, chủ tịch tỉnh được k": the level put up
    in the yes/no is claimed to be the one who may undo the award, not to award it; the
    revoke part carries the yes/no and the level (Luật 2022 Điều 93 khoản 7, 8; task h137)."""
    if _UNDO.search(" ".join(toks)) is None:
        return pairs
    revoked = {p.entity for p in pairs if p.attr == "revoke"}
    asked = {
        p.entity: p
        for p in pairs
        if p.attr == "decides" and p.yesno and p.authority and p.entity in revoked
    }
    if not asked:
        return pairs
    return [
        replace(p, yesno=True, authority=asked[p.entity].authority)
        if p.attr == "revoke" and p.entity in asked
        else p
        for p in pairs
        if not (p.attr == "decides" and p.entity in asked)
    ]


#: a state award named by its own form: an honour of Luật 2022 Điều 59 khoản 2, or a Huân
#: chương, Huy chương, Bằng khen của Thủ tướng
_OWN_FORMS = re.compile(
    r"\b(?:anh hung|me viet nam|me vn|nha giao (?:nhan dan|uu tu)|thay thuoc (?:nhan dan|uu tu)"
    r"|nghe si (?:nhan dan|uu tu)|nghe nhan (?:nhan dan|uu tu)|huan chuong|huy chuong"
    r"|bang khen (?:cua )?thu tuong)\b"
)


def _own_honour_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "mẹ Việt Nam anh hùng có phải danh hiệu vinh dự nhà nước không": the form named is
    itself one of the state awards, so both names read as the same entity, which has no
    criteria fact of its own; what kind of award it is, is asked (Luật 2022 Điều 59, task
    h121). Only when every part is of the state awards and one is a yes/no."""
    said = " ".join(toks)
    claim = _HONOUR_CLAIMED.search(said)
    if claim is None or not pairs or any(p.entity != _HONOURS for p in pairs):
        return pairs
    if not any(p.yesno for p in pairs) or model.fact(_HONOURS, "kind") is None:
        return pairs
    if "vinh du" in said[: claim.start()]:
        return pairs  # the class itself named first: no form of it to place
    if _OWN_FORMS.search(said[: claim.start()]) is None:
        return pairs  # "kỷ niệm chương có phải …": a form that is no state award at all
    # the other parts ("…, ai có quyền tước") stay as asked
    kept = [p for p in pairs if not (p.yesno and p.attr in ("criteria", "eligible", "kind"))]
    return [Pair(_HONOURS, "kind", None, True), *kept]


def _acts_when(toks: list[str], end: int) -> bool:
    """ "xã xét vào tháng 12", "xã họp cuối tháng 12": the level is told with when it acts, to
    say a step is still in time; who decides is not asked (task h106)."""
    after = toks[end : end + 4]
    if not after or after[0] not in {"xet", "hop", "duyet", "binh", "tong"}:
        return False
    rest = after[1:]
    return rest[:2] in (["vao", "thang"], ["cuoi", "thang"], ["trong", "thang"]) or (
        rest[:1] == ["thang"] and rest[1:2] != [] and rest[1].isdigit()
    )


def _compared_with(toks: list[str], start: int) -> bool:
    """A subject named after "như" / "giống" ("… như xã miền núi", "giống thôn"): the thing
    compared with, not a second subject; "cá nhân cũng như tập thể" lists both (task h106)."""
    before = toks[max(start - 2, 0) : start]
    if before[-1:] == ["giong"]:
        return True
    return before[-1:] == ["nhu"] and before[:1] != ["cung"]


def _after_unit(toks: list[str], start: int) -> bool:
    return start > 0 and (
        toks[start - 1] in _UNIT_ENDS or tuple(toks[start - 2 : start]) in _UNIT_PAIRS
    )


#: "công nhân" folds like "công nhận" (to recognise), so workers are told only when counted
#: ("có 12 công nhân", "các công nhân"); "công nhận … cho hộ" stays a household
_COUNTING = frozenset({"cac", "nhung", "nhieu", "may", "moi", "cho"})


def _workers_counted(words: list[str]) -> bool:
    """ "có 12 công nhân … tặng LĐTT cho họ": the people told are workers, counted."""
    return any(
        (a, b) == ("cong", "nhan") and (before.isdigit() or before in _COUNTING)
        for before, a, b in zip(["", *words], words, words[1:], strict=False)
    )


def _folds_like_subject(toks: list[str], start: int, end: int) -> bool:
    """A verb typed without marks that folds like a subject: "hỏi" like "hội" (tập thể) after
    the asker or before "chút / anh / về", "áp dụng" like "ấp" (a thôn)."""
    words = toks[start:end]
    before = toks[start - 1] if start > 0 else ""
    after = toks[end] if end < len(toks) else ""
    if words == ["hoi"]:
        return before in _ASKING_HOI or after in _AFTER_HOI
    if words == ["ho"] and after not in _HOUSEHOLD_NAMED:
        # "họ" (they) typed without marks folds like "hộ" (a household): after people told
        # earlier in the letter ("3 công chức mới … cho họ vào danh sách") it points back at them
        told = set(toks[:start])
        return (
            bool(told & _PEOPLE)
            or any(" ".join(pair) in _PEOPLE for pair in itertools.pairwise(toks[:start]))
            or _workers_counted(toks[:start])
        )
    if words == ["to"] and after == "chuc" and before in _ORGANISERS:
        # "thi công chức do huyện tổ chức", "xã đã tổ chức": organised by someone, no "tổ"
        # (a team) asked about (task h128)
        return True
    return words == ["ap"] and after == "dung"


#: who or what stands before "tổ chức" when it is the verb "organise", not a team ("tổ")
_ORGANISERS = frozenset(
    {"huyen", "tinh", "xa", "phuong", "so", "bo", "do", "da", "se", "dang", "duoc", "moi", "tu"}
)

_TAIL_WORDS = PARTICLES | NEGATED | {"co", "duoc", "nua", "phai", "dung", "the", "sao"}
_YESNO_PHRASES = (
    "co can",  # "có cần sáng kiến?" asks yes or no even without "không"
    "co bat buoc",
    "co bi",
    "co phai",
    "phai khong",
    "dung khong",
    "hay khong",
    "duoc khong",
    # "phường có được nhận bằng khen không hay chỉ cá nhân mới được": yes or no, then the other way
    "khong hay",
)


@dataclass(frozen=True, slots=True)
class Pair:
    entity: str
    attr: str
    subject: str | None
    yesno: bool
    #: "xa" or "tinh" when the question asks whether that level decides
    authority: str | None = None
    #: "có được Y mà không có X không": asks whether Y can be had without X, not whether X is
    #: required, so a requirement's verdict turns round
    without: bool = False
    #: every subject named for this part: who the asker is can rule a title out whatever level
    #: of duty they reached ("dân quân … hoàn thành tốt nhiệm vụ … LĐTT có đúng không")
    cases: tuple[str, ...] = ()
    #: the question tells the district level as the past and asks about the xã now
    reform_told: bool = False
    #: the claim denies this title ("hộ chỉ được GĐVH thôi chứ không được giấy khen đúng
    #: không"): the verdict on the title answers the claim turned round
    denied: bool = False


@dataclass
class Reading:
    question: str
    pairs: list[Pair]
    reform: bool
    reform_yesno: bool
    entities: list[str]
    #: share of the question's words claimed by a cue phrase (0..1)
    coverage: float
    #: consecutive years or times the question states ("2 năm liền", "hai lần liên tục")
    count: int | None = None
    #: the question states an amount or coefficient of its own ("có được thưởng 1 triệu không")
    figure: bool = False
    #: the date the question gives its decision ("quyết định ký 20/6/2026", "năm 2025"), or
    #: "old" when it asks for the previous lương cơ sở: amounts are computed on that date
    decided: date | str | None = None
    #: the asking sentences of a letter (folded words), without the story told before them; the
    #: whole question when nothing is told first
    asked: str = ""
    #: the months a new hire tells having served when every length told reaches the 6-month
    #: rule ("mới tuyển tháng 8 …, đến cuối năm học hơn 9 tháng"); None otherwise
    served: int | None = None

    @property
    def empty(self) -> bool:
        return not self.pairs and not self.reform


#: the units a "… văn hóa" title is for, as typed, nearest first when several fit
_CULTURE_UNITS = (
    ("to", "dan", "pho"), ("khu", "dan", "cu"), ("gia", "dinh"), ("thon",), ("ban",), ("ap",),
    ("xa",), ("phuong",),
)  # fmt: skip
#: words just before "văn hóa" that make it the title recognised ("được xét / công nhận / đạt
#: văn hóa"), not culture in general ("phòng văn hóa", "hoạt động văn hóa")
_RECOGNISED = frozenset({"xet", "nhan", "dat", "hieu", "la"})


def _unit_culture(
    toks: list[str], marks: list[str | None], model: FactModel
) -> tuple[list[str], list[str | None]]:
    """ "tổ dân phố có được xét văn hóa không": the unit named before in the clause is the one
    the "… văn hóa" title is asked for ("tổ dân phố văn hóa"); its words are put back."""
    out: list[str] = []
    out_marks: list[str | None] = []
    for i, tok in enumerate(toks):
        if tok == "van" and toks[i + 1 : i + 2] == ["hoa"] and i > 0 and toks[i - 1] in _RECOGNISED:
            start = i
            while start > 0 and toks[start - 1] not in CLAUSE_ENDS:
                start -= 1
            unit = _last_unit(toks[start:i])
            if unit is not None and model.phrases.get((*unit, "van", "hoa")) is not None:
                out.extend(unit)
                out_marks.extend([None] * len(unit))
        out.append(tok)
        out_marks.append(marks[i])
    return out, out_marks


def _last_unit(clause: list[str]) -> tuple[str, ...] | None:
    """The first unit the clause names (the subject asked about, before any comparison)."""
    for at in range(len(clause)):
        for unit in _CULTURE_UNITS:
            if tuple(clause[at : at + len(unit)]) == unit:
                return unit
    return None


#: share of a question's syllables carrying a mark above which it counts as typed with marks
_MARKED_SHARE = 0.4


def _typed_with_marks(toks: list[str], marks: list[str | None]) -> bool:
    """Most syllables carry their marks: a bare one is then really bare ("chỉ huy", not "hủy")."""
    known = [(t, m) for t, m in zip(toks, marks, strict=True) if m is not None]
    marked = sum(1 for t, m in known if m != t)
    return marked >= 2 and marked >= _MARKED_SHARE * len(known)


def _fits(typed: tuple[str | None, ...], written: tuple[str | None, ...], strict: bool) -> bool:
    """Whether syllables typed with ``typed`` marks may be the alias written with ``written``.

    A syllable typed with a mark must carry the alias's ("thì" is not the "thi" of "thi đua",
    "nhận" not "nhân"); a bare syllable in a question typed with marks (``strict``) is bare
    ("chỉ huy" is not "hủy"), except inside a longer alias, where forgotten marks are
    forgiven. Unknown marks (a phone spelling, a fixed typo, an alias written bare) fit."""
    bare_misses = 0
    for have, want in zip(typed, written, strict=True):
        if have is None or want is None or have == want:
            continue
        if have != fold(have):
            return False  # typed with a different mark
        bare_misses += 1
    # a bare syllable says nothing in a question typed bare, nor inside a longer alias (a mark
    # forgotten in "tap the lđtt"); alone, in a question typed with marks, it is really bare
    return bare_misses == 0 or not strict or len(written) > 1


def _agency(toks: list[str], at: int, phrase: Phrase) -> bool:
    """A district cue starting "quan" right after "co": "cơ quan cũ" (an agency), typed
    without marks, is no "quận cũ"."""
    return phrase.kind == "reform" and toks[at] == "quan" and at > 0 and toks[at - 1] == "co"


def _match(
    toks: list[str], model: FactModel, marks: list[str | None] | None = None
) -> list[tuple[int, int, Phrase | None]]:
    """Spans (start, end, phrase or None for an unmatched token), in order.

    Titles and the district level are matched first, greedily and longest first, so that a cue
    word cannot eat part of a title ("được tặng bằng" must not swallow "bằng khen"); cue words
    are then matched in the gaps.
    """
    claimed: list[tuple[int, int, Phrase]] = []
    taken = [False] * len(toks)
    marks = marks if marks is not None else [None] * len(toks)
    strict = _typed_with_marks(toks, marks)
    for kinds in (("entity", "reform"), ("subject", "attr", "weak", "none", "authority")):
        i = 0
        while i < len(toks):
            longest = model.starts.get(toks[i], 0)
            if taken[i] or not longest:
                i += 1
                continue
            found = None
            # a span stops at the first word taken or break: longer sizes cannot fit
            reach, limit = 0, min(longest, len(toks) - i)
            while reach < limit and not taken[i + reach] and toks[i + reach] not in BREAKS:
                reach += 1
            for size in range(reach, 0, -1):
                variants = model.variants.get(tuple(toks[i : i + size]))
                if not variants:
                    continue  # most sizes name nothing: no marks to compare then
                typed = tuple(marks[i : i + size])
                phrase = next(
                    (
                        p
                        for written, p in variants
                        if p.kind in kinds and _fits(typed, written, strict)
                    ),
                    None,
                )
                if (
                    phrase is not None
                    and not _agency(toks, i, phrase)
                    and not bare_district(toks, i, size, phrase, marks)
                ):
                    found = (i, i + size, phrase)
                    break
            if found is None:
                i += 1
                continue
            claimed.append(found)
            for j in range(found[0], found[1]):
                taken[j] = True
            i = found[1]
    spans: list[tuple[int, int, Phrase | None]] = list(claimed)
    spans += [(i, i + 1, None) for i in range(len(toks)) if not taken[i]]
    return sorted(spans, key=lambda span: span[0])


#: what a level "công nhận" of an initiative: its reach, its effect (Luật 2022 Điều 21 khoản 2,
#: Điều 22 khoản 2)
_INITIATIVE_RECOGNISED = re.compile(
    r"\bcong nhan (?:\S+ ){0,2}(?:pham vi|hieu qua|kha nang nhan rong|sang kien|de tai)\b"
)


#: the levels whose heads recognise an initiative's reach for CSTĐ toàn quốc and CSTĐ Bộ,
#: ngành, tỉnh (Luật 2022 Điều 21 khoản 2: người đứng đầu Bộ, ban, ngành, tỉnh)
_RECOGNISERS = frozenset({"tinh", "bo"})


def _recognises_initiative(words: list[str]) -> bool:
    """ "tỉnh công nhận phạm vi toàn quốc", "công nhận hiệu quả sáng kiến": a level recognising
    an initiative, not awarding a title."""
    return _INITIATIVE_RECOGNISED.search(" ".join(words)) is not None


#: the words just before a title that ask whether something is of its kind
_IS_A = frozenset({("co", "phai"), ("phai", "la"), ("tinh", "la"), ("coi", "la"), ("co", "la")})
#: words before "có phải" that name no case ("xã", "em", "cái này")
_NO_CASE = frozenset({"xa", "em", "toi", "minh", "cai", "nay", "do", "vay", "the", "thi", "co"})


def _is_a_kind(seg: Segment) -> bool:
    """A yes/no part that names a title right after "có phải / tính là / coi là", with a case
    of its own before: "tháng cao điểm có phải khen đột xuất không"."""
    if not seg.yesno or not seg.mentions or seg.subjects or seg.authority:
        return False
    # the case may itself be a title's alias ("tháng cao điểm" is khen theo đợt's)
    _, at, before = seg.mentions[-1]
    if before not in _IS_A:
        return False
    case = [w for w in seg.words[: at - 2] if w.isalpha() and w not in _NO_CASE]
    return len(case) >= 2


#: the yes/no tail after what a requirement names ("… không", "… k a")
_TAIL = frozenset({"khong", "k", "ko", "kg", "khg", "hong", "a", "ha", "chu", "nua", "?"})


def _criterion_required(seg: Segment, model: FactModel) -> bool:
    """ "LĐTT có cần tích cực tham gia phong trào thi đua không": the words after the last
    "cần / phải" of a part naming one title, three or more, are a run of that title's criteria
    (folded, in order)."""
    if len(seg.entities) != 1:
        return False
    words = seg.words
    for i, w in enumerate(words):
        if w in NEGATED and _OFFERED_AFTER.match(" ".join(words[i + 1 : i + 3])):
            # "… có phải tích cực tham gia phong trào thi đua không hay chỉ cần làm tốt việc
            # của mình": the "cần" of the other answer offered is no requirement asked (h107)
            words = words[:i]
            break
    ends = required_at(words)
    if not ends:
        return False
    need = words[ends[-1] + 1 :]
    while need and need[-1] in _TAIL:
        need = need[:-1]
    if need[:1] in (["co"], ["dat"], ["la"]):
        need = need[1:]
    criteria = model.fact(seg.entities[0], "criteria")
    if len(need) < 3 or criteria is None or not all(w.isalpha() for w in need):
        return False
    # the criteria's commas part what the question runs together ("đoàn kết tương trợ")
    return f" {' '.join(need)} " in f" {' '.join(w for w in tokens(criteria.text) if w.isalpha())} "


#: the other answer offered after a yes/no's "không": "hay …", "ạ hay …", "hoặc …"
_OFFERED_AFTER = re.compile(r"(?:(?:a|ad|ha) )?(?:hay|hoac)\b")


#: kinds of title ("kind" values) that a question may name before "có phải là <title>"
_TITLE_KINDS = ("danh hieu thi dua", "hinh thuc khen thuong", "danh hieu vinh du nha nuoc")


def _kind_named_first(seg: Segment, model: FactModel) -> bool:
    """ "danh hiệu thi đua cho hộ gia đình có phải là GĐVH không": a kind of title told before
    "có phải (là)" and the title named right after it."""
    if not seg.mentions or "kind" not in model.values:
        return False
    _, at, before = seg.mentions[-1]
    if before not in _IS_A:
        return False
    said = " " + " ".join(seg.words[:at]) + " "
    return any(f" {kind} " in said for kind in _TITLE_KINDS)


def _in_number(toks: list[str], at: int) -> bool:
    return (
        toks[at] in (".", ",")
        and 0 < at < len(toks) - 1
        and toks[at - 1].isdigit()
        and toks[at + 1].isdigit()
    )


def _still_negated(toks: list[str], at: int) -> bool:
    """ "không còn / ko còn / chưa còn": "còn" says "any longer" inside one claim, it does not
    start another part ("cstdcs ko còn giới hạn 15 % nữa à")."""
    return toks[at] == "con" and at > 0 and toks[at - 1] in NEGATED


def _counted(toks: list[str], at: int) -> bool:
    """ "1 con số", "một con dấu": "con" after a number is the classifier, not "còn" (which
    starts another part)."""
    return toks[at] == "con" and at > 0 and (toks[at - 1].isdigit() or toks[at - 1] == "mot")


#: most words a bare item of a list may hold ("tập thể", "hộ gia đình không")
_LIST_ITEM = 4


def _a_title_listed(seg: Segment) -> bool:
    """A list item that only names a title or two: nothing asked, told or claimed of its own."""
    return bool(seg.entities) and not (seg.attrs or seg.weak or seg.story or seg.yesno)


def _conjoined_claims(segments: list[Segment], toks: list[str]) -> list[Segment]:
    """ "xã tiêu biểu giờ xã tự công nhận và thưởng 2 lần lương cơ sở đúng k": a statement
    joined by "và" to the clause put up for confirmation is claimed too, so its part answers
    yes or no as well, and a false half is not hidden behind the true one (task h114). Only a
    told clause with a cue of its own and no question word of its own ("ai quyết định và …
    đúng không" asks who) is taken, and only when the tail confirms a statement."""
    if len(segments) < 2:
        return []
    tail = segments[-1]
    if tail.story or not is_yesno(tail.words) or not CONFIRMS & set(tail.words[-3:]):
        return []
    said = f" {' '.join(toks)} "
    out: list[Segment] = []
    for before, seg in pairwise(segments):
        if seg is not tail and not any(seg is c for c in out):
            continue
        if before.story or is_yesno(before.words) or QUESTION_WORDS & set(before.words):
            continue
        if not (before.attrs or before.authority) or not before.words or not seg.words:
            continue
        if f" {' '.join(before.words)} va {' '.join(seg.words[:2])} " not in said:
            continue
        out.append(before)
    return out


#: a clause claiming a figure told still holds: "vẫn 2.340.000 như năm ngoái à", "trước em
#: nhớ là 2 lần, giờ vẫn vậy à"
_STILL_CLAIM = frozenset({"van"})
_PUT_UP_END = frozenset({"a", "ha", "ah", "ak", "chu", "nhi"})
#: the attributes a remembered figure is about: the prize, the run of years
_FIGURED = frozenset({"money", "consecutive"})


def still_figure_put_up(question: str) -> bool:
    """The question ends putting a remembered figure up as still holding ("…, vẫn 2.340.000
    như năm ngoái à", "trước em nhớ là 2 lần, giờ vẫn vậy à") after asking how much or how
    many: the figure is claimed too, and the sum to judge is in the last clauses, not in the
    pair's own (task h114)."""
    # a mark inside a figure ("2.340.000", "0,3") splits no clause
    clauses = [c for c in re.split(r"[;?!\n]|[,.](?!\d)", fold(question).lower()) if c.strip()]
    if len(clauses) < 2:
        return False
    words = re.findall(r"[a-z0-9]+", " ".join(clauses[-2:]))
    if not _STILL_CLAIM & set(re.findall(r"[a-z0-9]+", clauses[-1])):
        return False
    return (
        bool(words)
        and bool(_STILL_CLAIM & set(words))
        and (words[-1] in _PUT_UP_END or bool({"dung", "phai"} & set(words[-3:])))
        and any(w.isdigit() for w in words)
    )


def _list_asked(segments: list[Segment]) -> None:
    """ "chủ tịch xã có được tặng giấy khen cho cá nhân, tập thể, hộ gia đình không": the yes/no
    that closes a list is asked of every item of it, with the question of the clause the list
    opens in; the last item alone would otherwise be read as a question of its own (who may
    have the title) and the others as plain questions with no verdict."""
    if len(segments) < 2:
        return
    tail = segments[-1]
    if not tail.yesno or tail.attrs or tail.story:
        return
    at = len(segments) - 2
    while at > 0 and _bare_item(segments[at], segments[at].words):
        at -= 1
    head = segments[at]
    if head.yesno or head.story or not head.attrs or QUESTION_WORDS & set(head.words):
        return
    if "cho" not in head.words or any(seg.reform for seg in segments):
        # a list of whom ("… cho A, B, C"); "trước huyện chi, nay xã chi à" is a change told
        return
    if not _bare_item(tail, [w for w in tail.words if w not in _YESNO_TAIL]):
        return
    for seg in segments[at:]:
        seg.yesno = True
    tail.attrs = list(head.attrs)


#: the words that end a yes/no question
_YESNO_TAIL = frozenset({"khong", "k", "ko", "kg", "a", "ha", "nhi", "vay", "chu", "nhe"})
#: words that make a clause say something of its own, not name one more item
_CLAIMING = frozenset({"co", "duoc", "dc", "phai", "can", "la", "bi", "se", "da"})


def _titles_share_claim(segments: list[Segment]) -> None:
    """Several titles named, one claim shared: each title gets the claim whole (its yes/no,
    its cue words, its actor), whichever way the connectors split it.

    - Claim first: "chủ tịch xã có ký được CSTĐCS và TTLĐTT không", a clause with its cue,
      then only another title and the yes/no tail, leaves the first with no yes/no and the
      second with no cue and no actor.
    - Titles first (task h89): "LĐTT và CSTĐCS đều do chủ tịch xã quyết định đúng không",
      titles listed before the clause that makes the claim; without it only the last title
      opens with a verdict and the others read as plain questions. Their cue words are the
      claim's as every listed title's are (``_listed_claim``, where ``read`` picks each part's
      attributes)."""
    for head, tail in pairwise(segments):
        # "… không hay phải trình tỉnh": the other way offered after the yes/no is no claim
        offered = next(
            (i for i, w in enumerate(tail.words) if w == "hay" and tail.words[i - 1] in NEGATED),
            None,
        )
        core = tail.words[:offered]
        if head.story or tail.story or head.yesno or not tail.yesno:
            continue
        if tail.attrs and offered is None:
            continue
        if not (head.attrs and head.entities and tail.mentions) or tail.mentions[0][1] != 0:
            continue
        if tail.authority or tail.subjects or _CLAIMING & set(core):
            continue
        if len([w for w in core if w not in _YESNO_TAIL | _TAIL_WORDS]) > _LIST_ITEM:
            continue
        tail.attrs = list(head.attrs)
        _share_claim(tail, head)
    for i, seg in enumerate(segments):
        if not _a_title_listed(seg) or not _only_a_title(seg):
            continue
        claim = _listed_claim(segments, i)
        if claim is None or not claim.yesno or claim.story or not claim.attrs:
            continue
        if not claim.entities:
            continue
        _share_claim(seg, claim)


def _listed_claim(segments: list[Segment], at: int) -> Segment | None:
    """The clause a title listed at ``at`` shares ("LĐTT, CSTĐCS và TTLĐTT thưởng bao
    nhiêu"): the first part after it that is no bare list item; None when none follows."""
    return next((s for s in segments[at + 1 :] if not _a_title_listed(s)), None)


def _share_claim(title: Segment, claim: Segment) -> None:
    """A title of the list and the clause making the claim both ask yes or no, the title of
    the claim's actor."""
    title.yesno = claim.yesno = True
    for level in claim.authority:
        title.add(title.authority, level)


def _only_a_title(seg: Segment) -> bool:
    """A segment that opens with a title and says little else: a list item ("LĐTT", "cả
    CSTĐCS"), not a sentence of its own that names one ("năm nay hội muốn đề nghị LĐTT cho …")."""
    return (
        bool(seg.mentions)
        and seg.mentions[0][1] <= 1
        and not seg.subjects
        and "cho" not in seg.words
        and not _CLAIMING & set(seg.words)
        and len(seg.words) <= 8
    )


def _bare_item(seg: Segment, words: list[str]) -> bool:
    """A list item with no question of its own: no cue, nothing told, and past the title words
    carried into it ("giấy khen cho …") only a few words naming whom."""
    named = words[words.index("cho") + 1 :] if "cho" in words else words
    return (
        not seg.attrs
        and not seg.story
        and len(named) <= _LIST_ITEM
        and not _CLAIMING & set(named)
        and not QUESTION_WORDS & set(words)
    )


#: the recipients a title may be for, as a claim of "only" names them (folded words)
_RECIPIENTS = (("ca", "nhan"), ("tap", "the"), ("ho", "gia", "dinh"), ("gia", "dinh"))
#: words that may stand between "chỉ" and whom ("chỉ dành cho", "chỉ được tặng cho", "chỉ xét")
_ONLY_VERBS = frozenset({"tang", "danh", "cho", "xet", "khen", "trao", "duoc", "ap", "dung", "la"})


def _only_recipient(words: list[str]) -> bool:
    """ "chỉ (được) tặng cho cá nhân (thôi)", "chỉ dành cho tập thể": the claim is that the title
    goes to that one kind of recipient alone. "chỉ tiêu", "chị ấy là cá nhân" are no such claim:
    only verbs of giving may stand between "chỉ" and whom (task h102)."""
    for i, w in enumerate(words):
        if w != "chi" or "hay" in words[:i]:
            # "hộ gia đình có được không hay chỉ cá nhân": the "only" is the other answer
            # offered, not the claim
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j] in _ONLY_VERBS:
            j += 1
        for r in _RECIPIENTS:
            # "chỉ được xét gia đình văn hóa thôi": a title named, not a recipient
            if tuple(words[j : j + len(r)]) == r and words[j + len(r) : j + len(r) + 2] != [
                "van",
                "hoa",
            ]:
                return True
    return False


def _existence(model: FactModel, seg: Segment, entity: str, narrowed: str, attr: str) -> str:
    """ "phường có hội đồng TĐKT riêng không": a body named right after "có" (to have) is
    claimed to exist; the yes/no falls back to who may get it, which a body (a council) has
    no fact for, so the fact stating that it exists and who sets it up answers. A body that
    acts ("hội đồng có được đưa … vào danh sách không") is no such claim."""
    own = model.facts.get(narrowed, {})
    if attr != "eligible" or "eligible" in own or "establish" not in own:
        return attr
    had = any(e == entity and before[-1:] == ("co",) for e, _, before in seg.mentions)
    return "establish" if had else attr


def _procedure_of_title(seg: Segment) -> bool:
    """A title named right after "thủ tục" ("theo thủ tục khen đột xuất"): the procedure named
    by the kind of award it belongs to, which the question asks to use for its case."""
    return any(before[-2:] in (("thu", "tuc"), ("tuc", "khen")) for _, _, before in seg.mentions)


#: "… được xét chứ ạ, hay …": a claim put up with "chứ", its other answer offered after "hay"
_CHU_OR = re.compile(r" (?:duoc|van|con|co) (?:\w+ ){0,4}chu (?:a |ha |nhi )?hay ")


def is_yesno(words: list[str]) -> bool:
    while len(words) > 1 and words[-1] in ADDRESSED:
        words = words[:-1]  # "… sáng kiến hả ad": the asking tail is before whom it is put to
    words = _when_after_tail(words)
    words = _condition_after_tail(words)
    tail = [w for w in words if w not in PARTICLES][-3:]
    if any(w in NEGATED for w in tail) or (words and words[-1] == "chu"):
        return True  # "… không", "… chưa", "… được chứ"
    if words and words[0] == "lieu":
        return True  # "liệu thôn có thể được … "
    if "phai" in words and words[-1] in {"a", "ha", "ak", "ah", "sao", "nhi"}:
        return True  # "ldtt phải có sáng kiến à"
    if (
        len(words) >= 4
        and words[-1] in CONFIRMING
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in f" {' '.join(words)} " for p in QUESTION_PHRASES)
    ):
        # "xã tiêu biểu do chủ tịch tỉnh tặng hả", "… được tính nhỉ": a statement put up for
        # confirmation ("ạ" alone is only polite: "em hỏi về hồ sơ LĐTT ạ" asks nothing)
        return True
    if _put_up(words) and ("mat" in words or ("bi", "loai") in pairwise(words)):
        # "nghỉ thai sản 6 tháng là mất LĐTT à": a loss claimed and put up for confirmation
        # asks whether it is so, as "… không được xét … à" does (task h107)
        return True
    if _put_up(words) and council_chair_claim(words) is not None:
        # "chủ tịch hội đồng tđkt trung ương là thủ tướng à": who chairs a council, claimed and
        # put up for confirmation, asks whether it is so (task h118)
        return True
    if _put_up(words) and any(w in NEGATED for w in words):
        # "ldtt không cần sáng kiến à", "thôn ko được xét LĐTT à": a negated claim put up for
        # confirmation asks its positive reading, as "… không cần … đúng không" does
        return True
    if (
        _put_up(words)
        and PAST_TOLD & set(words)
        and NOW_TOLD & set(words)
        and not QUESTION_WORDS & set(words)
    ):
        # "trước do huyện chi, giờ xã chi à": a change from then to now, stated and put up
        # for confirmation (a bare "ạ" after a question asks nothing of its own)
        return True
    if (
        _put_up(words)
        and (NOW_TOLD | PAST_TOLD) & set(words)
        and still_words(words)
        and not QUESTION_WORDS & set(words)
    ):
        # "hồ sơ giờ vẫn gửi qua huyện à", "nay còn chi 0,3 lần à", "vẫn chấm 85 điểm như
        # trước à": a rule claimed to hold still, now or as before, put up for confirmation
        return True
    if _put_up(words) and names_decider(words) and not QUESTION_WORDS & set(words):
        # "ldtt do chủ tịch xã ký à", "LĐTT và GĐVH đều do chủ tịch xã ký à" (task h105): who
        # decides, stated and put up for confirmation; folded "a" may be a polite "ạ", but a
        # polite request names no decider after "do"
        return True
    if _put_up(words) and _limit_told(words) and not QUESTION_WORDS & set(words):
        # "bằng khen tỉnh chỉ dành cho tập thể thôi à" (task h112): a limit stated ("chỉ …
        # thôi") and put up for confirmation; a polite request asks with a question word
        return True
    if _put_up(words) and names_destination(words) and not QUESTION_WORDS & set(words):
        # "hồ sơ TTLĐXS của xã gửi thẳng lên tỉnh à" (task h108): where a dossier goes, stated
        # and put up for confirmation; a polite request names no level after the sending verb
        return True
    if _put_up(words) and moments_in(" ".join(words)) and not QUESTION_WORDS & set(words):
        # "tiền thưởng tính theo lương cơ sở ngày trao thưởng à" (task h105): the moment a rule
        # counts from, stated and put up; a polite "ạ" after a request names no such moment
        return True
    if _put_up(words) and _copula_claim(words):
        # "TTLĐXS là danh hiệu cá nhân à", "CSTĐ tỉnh là danh hiệu vinh dự nhà nước à": what a
        # thing is, stated with "là" and put up for confirmation (task lead26); a polite "ạ"
        # after a request or a question word asks nothing of its own
        return True
    if words and words[-1] in ASKING_TAILS and _states_figure(words):
        # "thời hạn … cả nước đều là 20 ngày làm việc ạ", "tiền thưởng tính theo lương cơ sở
        # ngày trao thưởng à": a value stated as the rule, put up for confirmation
        return True
    joined = " ".join(words)
    if _CHU_OR.search(f" {joined} "):
        # "năm nay em vẫn được xét LĐTT chứ ạ hay mất trắng năm": the first option, put up
        # with "chứ", is the yes/no; the other after "hay" is its negation (task h106)
        return True
    if _YESNO_THEN_OR.search(joined):
        # "… có được cấp giấy chứng nhận không ạ, hay chỉ có tên trong quyết định": a yes/no
        # with the other answer the asker offers after it; the yes/no is on the first (h107)
        return True
    if _SUFFICES_OR.search(joined):
        # "sáng kiến cấp phòng đã đủ chưa hay phải có phạm vi cả tỉnh": whether A suffices,
        # with the requirement offered instead after "hay"
        return True
    return any(p in joined for p in _YESNO_PHRASES)


#: words that open a time told after the asking tail: "… không sau sáp nhập", "… k từ 1/7"
_WHEN_AFTER = frozenset({"sau", "tu", "ke"})


def _condition_after_tail(words: list[str]) -> list[str]:
    """ "giờ phường có thu hồi không nếu phát hiện khai gian": a condition typed after the "có …
    không" that asks says in which case the question holds; the words before it decide whether
    it is a yes/no (task h119). Only a "có" before the tail and a short condition."""
    for i in range(len(words) - 2, max(len(words) - 12, 0) - 1, -1):
        if words[i] in NEGATED and words[i + 1] in ("neu", "khi") and "co" in words[1:i]:
            return words[: i + 1]
    return words


def _when_after_tail(words: list[str]) -> list[str]:
    """ "còn giấy khen của chủ tịch xã k sau sáp nhập": a short time phrase typed after the
    asking tail says when the question holds, not what it asks; the words before it decide
    whether it is a yes/no (task h108)."""
    for i in range(len(words) - 2, max(len(words) - 6, 0) - 1, -1):
        if words[i] in NEGATED and words[i + 1] in _WHEN_AFTER and i > 1:
            return words[: i + 1]
    return words


def _limit_told(words: list[str]) -> bool:
    """ "chỉ … thôi": a limit stated, "chỉ" then "thôi" within eight words after it."""
    return any(w == "chi" and "thoi" in words[i + 1 : i + 9] for i, w in enumerate(words))


#: what follows a "là" that joins a condition to its outcome ("… là được", "… là đủ")
_SUFFICES_AFTER = frozenset({"duoc", "dc", "du", "xong", "ok", "on", "dat"})
#: words of a request ("nhờ ad hướng dẫn … ạ", "em hỏi … ạ"): a polite "ạ" follows them
_REQUEST_WORDS = frozenset({"hoi", "nho", "xin", "giup", "huong"})


def _copula_claim(words: list[str]) -> bool:
    """ "X là Y à": a statement of what a thing is, with no question word or phrase and no
    request, so the folded "a" is the asking "à", not a polite "ạ"."""
    joined = f" {' '.join(words)} "
    # "chỉ cần 2 năm là được à": a "là" before "được / đủ" joins a condition to its outcome,
    # it says what suffices, not what a thing is
    copulas = [i for i, w in enumerate(words[1:-2], 1) if w == "la"]
    return (
        any(words[i + 1] not in _SUFFICES_AFTER for i in copulas)
        and "hay" not in words  # "… là tự nguyện hay bắt buộc ạ" offers a choice
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in joined for p in QUESTION_PHRASES)
        and not _REQUEST_WORDS & set(words)
    )


def _put_up(words: list[str]) -> bool:
    """A clause ending in an asking tail ("… à", "… hả") and not asking why ("tại sao … à"):
    what it states is put up for confirmation, if what it states is a claim."""
    return bool(words) and words[-1] in ASKING_TAILS and not WHY & set(pairwise(words))


#: "… (đã) đủ chưa / không, hay phải …"
#: a yes/no clause closed by "không (ạ)", then "hay / hay là / hoặc" and the other answer offered
_YESNO_THEN_OR = re.compile(
    r"\b(?:co|duoc) (?:\w+ ){1,10}?(?:khong|chua) (?:a |ad |ha )?(?:hay|hoac)\b"
)
_SUFFICES_OR = re.compile(r"\bdu (?:chua|khong|ko|k|hong) (?:hay|hoac) (?:la )?(?:phai|can)\b")


def _rising_claim(seg: Segment) -> bool:
    """ "thôn văn hóa được thưởng 2 lần lương cơ sở à?", "xã tiêu biểu xét hằng năm à?": a
    statement closed by "à" and a typed "?" puts the statement up for confirmation, whatever it
    states (task h144). The "?" is what tells the rising "à" from a polite "ạ", which closes a
    question that already asks with a question word, a choice ("hay") or a request."""
    words = seg.words
    joined = f" {' '.join(words)} "
    return (
        seg.marked
        and len(words) >= 4
        and _put_up(words)
        and "hay" not in words
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in joined for p in QUESTION_PHRASES)
        and not _REQUEST_WORDS & set(words)
    )


def _states_figure(words: list[str]) -> bool:
    """ "… là 20 ngày …": a figure given as the value of the rule, with nothing asked for."""
    if QUESTION_WORDS & set(words) or any(
        f" {p} " in f" {' '.join(words)} " for p in QUESTION_PHRASES
    ):
        return False
    return any(
        w == "la" and any(t[:1].isdigit() for t in words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )


def read(question: str, model: FactModel, speller: Speller) -> Reading:
    """The question read in stages, each one a function below, in this order."""
    toks, marks = _spelled(question, model, speller)
    parts = _parts_matched(question, model, toks, marks)
    _tails_merged(parts)
    _parts_read_together(parts)
    _story_read(parts)
    _claims_read(parts)
    _parts_related(parts)
    pairs = _pairs_built(parts)
    pairs, count, reform_yesno = _pairs_adjusted(parts, pairs)
    return _reading(parts, pairs, count, reform_yesno)


@dataclass
class _Parts:
    """The question as the stages of ``read`` pass it on: its words, the parts they were cut
    into, and what the stages found across parts."""

    question: str
    model: FactModel
    #: the question's words, folded, spelled out and corrected
    toks: list[str]
    #: (start, end, phrase or None for an unmatched word) of every run of words, in order
    spans: list[tuple[int, int, Phrase | None]]
    #: where the question starts after a told story; None when nothing is told first
    asked_from: int | None
    segments: list[Segment]
    #: a part names the abolished district level
    reform: bool
    #: the words kept in parts, and those a cue phrase claimed (the reading's coverage)
    words: int
    claimed: int
    #: the parts not told as the story
    asked: list[Segment] = field(default_factory=list)
    #: the title the story names last ("… Trường muốn đề nghị TTLĐTT."): what an asking part
    #: that names none asks about, before any later part names its own
    wanted: list[str] = field(default_factory=list)
    #: every title named, in order
    named_all: list[str] = field(default_factory=list)
    #: a yes/no that points back at what was told: every pair carries its verdict
    referring: bool = False


@dataclass
class _Matching:
    """Where matching the question's phrases has got to: the parts cut so far, and what the
    last phrase matched was."""

    toks: list[str]
    model: FactModel
    #: a subject named in full somewhere in the message ("tổ dân phố"): a bare first syllable of
    #: it elsewhere ("Tổ có đạt … không") points back at it, not at another subject ("tổ", a team)
    named_in_full: dict[tuple[str, ...], str]
    asked_from: int | None
    segments: list[Segment] = field(default_factory=lambda: [Segment()])
    reform: bool = False
    words: int = 0
    claimed: int = 0
    previous: tuple[int, str] = (-1, "")  # end and kind of the last phrase matched
    workplace_end: int = -1  # where a unit told as a person's workplace ends ("ở văn phòng | xã")


def _spelled(
    question: str, model: FactModel, speller: Speller
) -> tuple[list[str], list[str | None]]:
    """The question's words folded, phone spellings expanded, typos fixed, a title's elided
    words put back ("cờ thi đua tỉnh và bằng khen …") and a culture unit's own title named."""
    toks, marks = expand(tokens(question), token_marks(question), model, speller)
    toks, marks = elided_titles(toks, marks, model)
    toks, marks = _unit_culture(toks, marks, model)
    return toks, marks


def _parts_matched(
    question: str, model: FactModel, toks: list[str], marks: list[str | None]
) -> _Parts:
    """The question cut into parts at breaks and connectors, each part holding the entities,
    attributes, subjects and authorities its cue phrases name."""
    asked_from = _final_question(toks)
    spans = _match(toks, model, marks)
    named_in_full = {
        tuple(toks[a:b]): p.key
        for a, b, p in spans
        if p is not None and p.kind == "subject" and b - a > 1
    }
    m = _Matching(toks, model, named_in_full, asked_from)
    for start, end, phrase in spans:
        _span_read(m, start, end, phrase)
    return _Parts(
        question, model, toks, spans, asked_from, m.segments, m.reform, m.words, m.claimed
    )


def _span_read(m: _Matching, start: int, end: int, phrase: Phrase | None) -> None:
    """One run of words matched (a cue phrase, or an unmatched word): added to the part it
    is in, or the break or connector that opens the next part."""
    toks, segments, model = m.toks, m.segments, m.model
    tok = toks[start]
    seg = segments[-1]
    if phrase is not None and phrase.kind == "subject" and end - start == 1:
        fuller = next(
            (k for w, k in m.named_in_full.items() if w[0] == tok and k != phrase.key), None
        )
        if fuller is not None:
            phrase = replace(phrase, key=fuller)
    if start == m.asked_from:
        # "Tôi là công chức …, năm 2025 tôi được … quyết định …, vậy … được thưởng bao
        # nhiêu": everything before "vậy" is the story; the question follows it.
        if seg.words:
            segments.append(Segment())
        for told in segments[:-1]:
            told.story = True
        return
    if (
        phrase is not None
        and phrase.kind == "subject"
        and (
            (tok, toks[start - 1] if start else "") in _NOT_A_UNIT
            or (tok, toks[end] if end < len(toks) else "") in _NOT_A_UNIT_AFTER
        )
    ):
        # "phong trào nông thôn mới" names a drive, not a village; "hội đồng sáng kiến" a
        # council, not an association; "cơ sở công nhận" a recognition, not workers; their
        # words stay, as any other's (task h96)
        seg.words.extend(toks[start:end])
        m.words += end - start
        return
    if phrase is None:
        if _in_number(toks, start):
            return  # "3.800.000": the dots group thousands, they end no sentence
        if (
            tok in BREAKS
            or (
                tok in CONNECTORS
                and not _still_negated(toks, start)
                and not _counted(toks, start)
                # "theo con đường sáng kiến": "con" of "con đường" (a route), not "còn"
                and toks[start : start + 2] != ["con", "duong"]
            )
        ):
            if seg.words:
                seg.marked = tok == "?"
                segments.append(Segment())
            return
        seg.words.append(tok)
        m.words += 1
        return
    if phrase.kind == "entity" and _anothers_council(toks, start, end):
        seg.words.extend(toks[start:end])  # "hội đồng TĐKT của trường": not the xã's
        m.words += end - start
        return
    seg.words.extend(toks[start:end])
    m.words += end - start
    m.claimed += end - start
    if phrase.kind == "entity":
        seg.add(seg.entities, phrase.key)
        at = len(seg.words) - (end - start)
        seg.mentions.append((phrase.key, at, tuple(seg.words[max(at - 2, 0) : at])))
        if phrase.key in model.entity_authority:
            seg.add(seg.authority, model.entity_authority[phrase.key])
    elif phrase.kind == "attr":
        if (seg.attrs or seg.authority) and _offered(toks, start):
            # "chủ tịch xã ký được không hay phải trình lên trên": what follows "không hay"
            # is the other way offered; the yes/no asks about the first, when the first
            # names what it asks ("có được bằng khen không hay chỉ giấy chứng nhận" does not)
            return
        if toks[start] == "may" and toks[end : end + 1] in (["roi"], ["nay"]):
            # "đạt thôn văn hóa mấy năm rồi / mấy năm nay": how long, told; not asked
            # (task h101)
            return
        seg.add(seg.attrs, phrase.key)
    elif phrase.kind == "weak":
        if toks[start:end] == ["truoc"] and m.previous == (start, "entity"):
            # "CSTĐCS có cần phải LĐTT trước không": a title to hold first, a condition,
            # not a time limit
            m.previous = (end, "none")
            return
        seg.add(seg.weak, phrase.key)
    elif phrase.kind == "subject":
        _subject_read(m, seg, start, end, phrase)  # it moves ``m.previous`` on itself
        return
    elif phrase.kind == "authority":
        if toks[start:end] == ["tinh"] and _counts_in(toks, start):
            m.previous = (end, "none")
            return  # "nghỉ thai sản có được tính …" folds like "tỉnh" (the province)
        if (
            alternative_authority(toks, start)
            or _replaced(toks, start)
            or _denied_after_chu(toks, start, end)
        ):
            m.previous = (end, "none")
            return
        if toks[start:end] == ["giam", "doc"] and not names_enterprise(toks):
            m.previous = (end, "none")
            return  # a director of something else ("giám đốc sở", "giám đốc trung tâm")
        if seg.authority and award_owner(toks, start, end):
            # "chủ tịch tỉnh hủy giấy khen của chủ tịch xã": the one after "của" gave the
            # award; the one asked about acts on it (Luật 2022 Điều 93 khoản 8; task h149)
            m.previous = (end, "none")
            return
        seg.add(seg.authority, phrase.key)
        if phrase.key in model.subjects:  # "giám đốc htx tự công nhận": whose staff, too
            seg.add(seg.subjects, phrase.key)
    elif phrase.kind == "reform":
        if (
            (
                toks[start:end] == ["thi", "xa"]
                # "chủ tịch thị xã ký", "UBND thị xã": the head of a unit, never "thì xã"
                and toks[start - 1 : start] not in (["tich"], ["ubnd"])
            )
            and (
                toks[start - 1 : start] in _THEN_AFTER
                or _acts(toks[end : end + 3])
                or _after_condition(toks, start)
            )
        ):
            # "TTLĐXS là tỉnh thì xã có được trình không": "thì xã", not "thị xã"
            m.previous = (end, "none")
            if gives_told(toks, end):
                # "bằng khen của chủ tịch tỉnh thì xã có quyền quyết định không": the xã
                # is the one claimed to decide, as when "xã" is typed alone
                seg.add(seg.authority, "xa")
                m.previous = (end, "authority")
            return
        m.reform = seg.reform = True
    m.previous = (end, phrase.kind)


def _subject_read(m: _Matching, seg: Segment, start: int, end: int, phrase: Phrase) -> None:
    """A subject matched: who is asked about, unless the words around it say it is where
    someone works, who gives or decides, or a word that only folds like it."""
    toks, segments = m.toks, m.segments
    # "công an xã", "cán bộ … của thôn", "TTLĐXS xã": a place right after a person,
    # a title or "của / thuộc / ở" says whose, not who is asked about.
    owner = start > 0 and toks[start - 1] in OWNER_WORDS
    after = m.previous[0] == start and m.previous[1] in ("subject", "entity")
    if phrase.key == _POINTED:
        seg.pointed = True
        m.previous = (end, "none")
        return
    if _folds_like_subject(toks, start, end):
        if toks[start:end] == ["ho"]:
            seg.add(seg.subjects, "ca_nhan")  # "họ": the people told, each a person
        m.previous = (end, "none")
        return  # "em hỏi chút" is not "hội", "áp dụng" is not "ấp" (a thôn)
    if (
        phrase.key == "tap_the"
        and _WORKS_IN & set(toks[max(start - 2, 0) : start])
        and (_PERSONS_TOLD & set(seg.subjects) or _PRONOUNS & set(seg.words))
    ):
        # "em là công chức mới tuyển vào văn phòng UBND xã", "anh A ở phòng kinh tế":
        # the unit a person told works in says where, not who is asked about
        m.previous = (end, "none")
        m.workplace_end = end
        return
    if phrase.key in _PLACES and everyone_in(toks, start):
        # "giúp cả xóm cùng làm", "cả xã ai cũng khen": the people of the place told
        # as a crowd, not the place asked about
        m.previous = (end, "none")
        return
    if phrase.key in _PLACES and _after_unit(toks, start):
        # "trạm y tế xã", "trên địa bàn xã" say where: neither who is asked about nor
        # who gives; a unit named with no one in it before ("trạm y tế xã có đạt …")
        # is a collective
        if (
            toks[start - 1] not in _LOCATIONS
            and not seg.subjects
            # "ở trường mầm non xã": the unit's own name may run on before its xã
            and not 0 <= start - m.workplace_end <= 3
        ):
            seg.add(seg.subjects, "tap_the")
        m.previous = (end, "none")
        return
    if village(toks[start:end], phrase.key) and (
        (
            toks[start - 1 : start] not in (["tren"], *([w] for w in OWNER_WORDS))
            and village_gives(toks, end)
        )
        or decided_at_village(toks, start)
    ):
        # "trưởng thôn ký giấy khen cho hộ …", "ban mặt trận thôn có quyền công nhận …":
        # the village claimed to decide; it is not who is asked about
        seg.add(seg.authority, "thon")
        m.previous = (end, "authority")
        return
    if (
        phrase.key == "tap_the"
        # bare "phòng", "tổ" are also "phong trào", "tổ dân phố"; "(hội đồng) là cơ
        # quan quyết định" says what another body is
        and toks[start:end] not in (["phong"], ["to"])
        and toks[start - 1 : start] != ["la"]
        and not (owner or m.previous == (start, "subject") or _heads(toks, start))
        and unit_gives(toks, end)
    ):
        # "trường học thì ký giấy khen cho giáo viên được không": a unit claimed to
        # decide; who is asked about is whom it gives to
        seg.add(seg.authority, "don_vi")
        m.previous = (end, "authority")
        return
    if phrase.key == "htx" and enterprise_acts(toks, end):
        # "công ty ở xã có được tự xét CSTĐCS cho nhân viên": the firm decides for its
        # own staff (Luật 2022 Điều 80 khoản 4), as its director named would
        seg.add(seg.authority, "htx")
        seg.add(seg.subjects, "htx")
        m.previous = (end, "authority")
        return
    if phrase.key == "xa" and gives_told(toks, end) and not _acts_when(toks, end):
        # "xã có thể tặng giấy khen cho hộ …": the xã gives; it is not who is asked about
        seg.add(seg.authority, "xa")
        m.previous = (end, "authority")
        return
    if phrase.key in ("xa", "tap_the", "thon") and gives_told(toks, end, propose=True):
        # "xã có thể đề nghị CSTĐ tỉnh cho anh không": the xã proposes; whether the
        # person may get it is asked, not who decides nor whether a xã may get it; so
        # for a unit ("trường đề nghị thầy B CSTĐ tỉnh"): the proposer is no recipient
        m.previous = (end, "none")
        return
    if phrase.key in _CIRCUMSTANCES - _LEVELS and (
        NEGATED & set(_same_clause(toks[max(start - 2, 0) : start])) or befell_no_one(toks, start)
    ):
        m.previous = (end, "none")
        return  # "không bị kỷ luật gì": a circumstance the asker is not in
    if phrase.key in _LEVELS_ABOVE and NEGATED & set(toks[max(start - 1, 0) : start]):
        # "có sáng kiến nhưng không hoàn thành xuất sắc nhiệm vụ, chỉ hoàn thành tốt":
        # the level denied is the one not reached; the level told after is the case
        # (task h101)
        m.previous = (end, "none")
        return
    if _is_verb(toks, start, end):
        m.previous = (end, "none")
        return  # "quyết định công nhận CSTĐCS" folds like "công nhân" (a worker)
    if (phrase.key in _WHO_KINDS and alternative_authority(toks, start)) or (
        seg.subjects and phrase.key not in _LEVELS and _offered(toks, start)
    ):
        # "hội viên … làm kinh tế giỏi, có được xét LĐTT không hay chỉ dành cho cán
        # bộ": who is named in the other answer offered is not the one asked about; the
        # yes/no is about the one told first (tasks h101, h100)
        m.previous = (end, "none")
        return
    if start > 0 and toks[start - 1] == "cho" and phrase.key not in _LEVELS:
        seg.for_whom.append(phrase.key)  # "xã đề nghị … cho cán bộ": who gets it
    if phrase.key in _LEVELS and required_at(seg.words[-(end - start) - 3 :]):
        if _offered(toks, start) and any(
            s.startswith("can_") for g in [*segments, seg] for s in g.subjects
        ):
            # "phải hoàn thành xuất sắc, đúng k hay chỉ cần hoàn thành tốt": the level
            # offered after "không hay" is the other answer, the claim is the first
            # level required (task h135)
            m.previous = (end, "none")
            return
        seg.add(seg.subjects, f"can_{phrase.key}")
    elif phrase.key == "tap_the" and (
        owner or m.previous == (start, "subject") or _heads(toks, start)
    ):
        # "viên chức trường học", "cán bộ của phòng": where the person works
        pass
    elif _compared_with(toks, start) and any(s.subjects for s in segments):
        # "xã đồng bằng cũng được trích 1,5 % như xã miền núi": the subject after
        # "như" is what the claim is measured against; the one named first is asked
        # about (task h106)
        pass
    elif not (phrase.key in _PLACES and (owner or after)):
        seg.add(seg.subjects, phrase.key)
    m.previous = (end, phrase.kind)


def _tails_merged(parts: _Parts) -> None:
    """A part that is only an asking tail ("… còn không", "có đúng không") joined to the
    part before it; a service told is read first, while the parts are as cut."""
    toks, segments = parts.toks, parts.segments
    told_service(segments)
    started_late(segments)
    merged: list[Segment] = []
    for at, seg in enumerate(segments):
        if not seg.words:
            continue
        bare = not (seg.entities or seg.attrs or seg.weak or seg.subjects or seg.authority)
        # after a told story a short yes/no opens the question instead: "… Trường muốn đề
        # nghị TTLĐXS. Có đạt không và ai quyết định" asks whether the title wanted can be had
        # ("… Kế toán bảo phải khấu trừ thuế. Có đúng không?" alone still points back at it)
        opens = (
            merged
            and merged[-1].story
            and not seg.story
            and any(later.words for later in segments[at + 1 :])
        )
        if merged and (
            (all(w in _TAIL_WORDS for w in seg.words) and not opens)
            # "… cấp giấy khen kèm theo không": a short yes/no ending that names nothing
            or (
                bare and len(seg.words) <= 3 and is_yesno(seg.words) and not seg.story and not opens
            )
            or (bare and not seg.story and is_yesno(seg.words) and _still_so(seg.words))
        ):
            merged[-1].words.extend(seg.words)  # "… còn không": the tail of the previous part
            merged[-1].reform = merged[-1].reform or seg.reform
            last = merged[-1]
            if (
                len(merged) > 1
                and not (last.entities or last.attrs or last.weak or last.subjects)
                and not (last.authority or last.story)
                and is_yesno(last.words)
                and _still_so(last.words)
            ):
                # "…, giờ còn vậy không", "…, hiện nay còn như thế không": a clause of pointers
                # and time words asks whether the previous part still holds: it is its claim
                merged[-2].words.extend(merged.pop().words)
            continue
        merged.append(seg)
    parts.segments = segments = merged
    if segments and toks[-1:] == ["?"]:
        # a clause merged into the one before it ("…, cũng được à?") ends where the "?" is
        segments[-1].marked = True


def _parts_read_together(parts: _Parts) -> None:
    """What only the parts read together tell: a claim elaborated or echoed, a vote told, a
    second award, one payment for two titles, other years, a record told before asking."""
    question, model, toks, asked_from, segments = (
        parts.question,
        parts.model,
        parts.toks,
        parts.asked_from,
        parts.segments,
    )
    _elaboration_confirmed(segments)
    _echoed_measure(segments)
    _told_vote(segments)
    _second_award(segments, toks[asked_from:] if asked_from is not None else toks)
    _second_award_after(segments, toks, toks[asked_from:] if asked_from is not None else toks)
    _same_deed_again(segments, toks[asked_from:] if asked_from is not None else toks)  # h126
    # "… 2 cái trùng nên chỉ nhận tiền 1 lần, đúng k": whether two awards pay both (task
    # h119); imported here, the reader module imports this one
    from bot.knowledge.facts.restated import single_payment_read

    single_payment_read(segments, question)
    parts.asked = asked = [seg for seg in segments if not seg.story]
    _other_years(segments, asked, toks)
    _record_before_asked(segments, model)
    _person_review_title(segments)
    _bare_flag(segments)


def _story_read(parts: _Parts) -> None:
    """A letter that tells a story before it asks: the story's titles are the asker's record
    or the title wanted, its cue words are not asked, its circumstances are the case."""
    segments, asked = parts.segments, parts.asked
    wanted: list[str] = []
    named_all = list(dict.fromkeys(e for seg in segments for e in seg.entities))
    if asked and len(asked) < len(segments) and any(seg.entities for seg in asked):
        # "em đạt LĐTT, có sáng kiến …, vậy em có đủ điều kiện CSTĐCS không": the question names
        # its own title; the story's titles are the asker's record, not what is asked
        wanted = next(
            (list(s.entities[-1:]) for s in reversed(segments) if s.story and s.entities), []
        )
        for seg in segments:
            if seg.story:
                seg.entities, seg.mentions = [], []
                # "em làm kế toán xã …": where the asker works, not who is asked about
                seg.subjects = [s for s in seg.subjects if s not in _PLACES]
            elif (
                wanted
                and seg.entities
                and not set(wanted) & set(seg.entities)
                and all(_required_title(before) for _, _, before in seg.mentions)
            ):
                # "Xã muốn đề nghị anh CSTĐCS. Anh có cần đạt LĐTT trước không": a title the
                # question names only as what is required is the claim; the title the story
                # wants is the one whose requirements are asked
                seg.entities = list(wanted)
    told_false = any("revoke" in s.attrs for s in segments if s.story)
    if asked and len(asked) < len(segments) and told_false:
        # "… bị phát hiện khai gian thành tích. Giấy khen và tiền thưởng đó xử lý thế nào": the
        # story tells the award was won falsely; what is to be done with it asks the revoking
        # rule (Luật 2022 Điều 93), not the award's amount or who gives it
        for seg in asked:
            if _HANDLING & set(pairwise(seg.words)):
                seg.add(seg.attrs, "revoke")
    if (
        asked
        and len(asked) < len(segments)
        # "… đến tổng kết năm học mới làm được 2 tháng. Có nên đề nghị LĐTT không?": a yes/no
        # question with no cue of its own asks whether; the story's cue words are not asked
        # ("làm như vậy có được không" points back at the story: its cues are the claim)
        and any(
            (seg.attrs or seg.weak or is_yesno(seg.words)) and not _refers_back(seg.words)
            for seg in asked
        )
    ):
        for seg in segments:
            if seg.story:  # the story's titles stay in play; its cue words are not asked
                seg.attrs, seg.weak, seg.authority = [], [], []
    if asked and len(asked) < len(segments):
        # "cô Hà mới được tuyển dụng từ tháng 4 … Trường có nên đề nghị LĐTT không": the
        # asker's circumstances told in the story are the case the question asks about
        told = [s for seg in segments if seg.story for s in seg.subjects if s in _CIRCUMSTANCES]
        if any("decides" in seg.attrs for seg in asked):
            # "công ty trên địa bàn xã muốn tặng LĐTT cho công nhân … xã có phải ký không":
            # whose staff the story tells (an enterprise's) decides who signs for them
            told += [s for seg in segments if seg.story for s in seg.subjects if s == "htx"]
        for seg in asked:
            if len(set(told) & _CIRCUMSTANCES) > 1 and set(seg.subjects) & _CIRCUMSTANCES:
                # "1 bạn nghỉ thai sản …, 1 bạn mới tuyển … Bạn nghỉ thai sản có được xét
                # không, còn bạn mới tuyển thì sao": several people's cases told, and the part
                # names its own; the others' cases are not this part's (task h106)
                continue
            for subject in told:
                seg.add(seg.subjects, subject)
    parts.wanted, parts.named_all = wanted, named_all


def _claims_read(parts: _Parts) -> None:
    """Each part's yes/no and its claim: the cue words that say what it asks, settled."""
    model, toks, segments = parts.model, parts.toks, parts.segments
    conjoined = _conjoined_claims(segments, toks)
    #: the cue words of the last part that named its own (not weak): what "còn X thì …" repeats
    prior_attrs: list[str] = []
    # a story whose question only points back at it: its named cues are the claim, and a weak
    # one ("họp bình xét") gives way to them as it would within one part
    story_cues = any(s.attrs for s in segments if s.story) and any(
        not s.story and not s.entities and is_yesno(s.words) and _refers_back(s.words)
        for s in segments
    )
    # a new hire told in one clause makes "đủ thời gian chưa" in another ask the 6-month rule
    # (task h139: so does a start of service told, "tuyển dụng từ tháng 3/2026", that reaches
    # the six months: whether it is enough is the same rule, Luật 2022 Điều 24; TT 15/2025)
    hired = any(
        "moi_tuyen" in seg.subjects or service_start_told(" ".join(seg.words)) for seg in segments
    )
    if _same_period(segments, model):
        for seg in segments:
            if "several" in seg.attrs + seg.weak:
                seg.subjects.insert(0, _SAME_PERIOD)
    _unmet_title_told(segments)
    for seg in segments:
        if story_cues and seg.story:
            seg.weak = []
        if _yesno_read(parts, seg, conjoined, hired):
            continue
        prior_attrs = _cues_settled(parts, seg, prior_attrs)
        _day_claimed(parts, seg, hired)


def _yesno_read(parts: _Parts, seg: Segment, conjoined: list[Segment], hired: bool) -> bool:
    """Whether the part asks yes/no, with the conditions, numbers and destination its words
    tell; True when the yes/no only points back at what was told (no cue of its own)."""
    model, segments = parts.model, parts.segments
    seg.yesno = (
        is_yesno(seg.words)
        or _rising_claim(seg)
        or _change_confirmed(seg, segments)
        or any(seg is c for c in conjoined)
        or _requirement_confirmed_after(seg, segments)
    )
    if seg.yesno and not seg.story and not seg.entities and _refers_back(seg.words):
        # "(định niêm yết 5 ngày …). Làm vậy có được không, niêm yết bao nhiêu ngày?":
        parts.referring = True
        seg.attrs, seg.weak, seg.authority = [], [], []
        return True
    _thing_given(seg, model)
    if (
        seg.yesno
        and {"criteria", "consecutive"} <= set(seg.attrs)
        and ("tinh", "la") in pairwise(seg.words)
    ):
        # "2024 CSTĐCS, 2025 chỉ LĐTT, 2026 lại CSTĐCS thì có tính là 2 lần liên tục không":
        # "có tính là" (a criteria cue) carries the claim; what is claimed is the run
        seg.attrs.remove("criteria")
    if seg.yesno:
        _drop_conditions(seg)
        registration_as_step(seg)
        _drop_required(seg)
        _route_as_case(seg, segments)
        _drop_had(seg)
        seg.without = _asks_without(seg.words)
    _read_numbers(seg, [w for told in segments for w in told.words], hired)
    transfer_destination(seg)
    return False


def _cues_settled(parts: _Parts, seg: Segment, prior_attrs: list[str]) -> list[str]:
    """The part's cue words turned into what it asks; returns the cue words of the last part
    that named its own (what "còn X thì …" repeats)."""
    model, named_all = parts.model, parts.named_all
    if "submit" in seg.attrs and "dossier" not in seg.attrs and asks_papers(seg.words):
        # "gửi hồ sơ gì lên xã": the submit cue holds "hồ sơ", and "gì" after it asks
        # which papers as well as where they go
        seg.add(seg.attrs, "dossier")
    if "dossier_law" in seg.attrs and seg.entities:
        # "hồ sơ đề nghị danh hiệu thi đua CSTĐCS gồm gì": that title's own list
        seg.attrs = [a for a in seg.attrs if a != "dossier_law"]
        seg.add(seg.attrs, "dossier")
    if seg.yesno and {"copies", "submit"} <= set(seg.attrs):
        # "gửi hồ sơ lên xã bằng bản photo được không": the copy claimed is the yes/no; where
        # the papers go is answered after it
        seg.attrs = ["copies", *(a for a in seg.attrs if a != "copies")]
    if "channel" in seg.attrs and not sends_papers(seg.words):
        # "hội đồng họp trực tuyến được không", "biên bản gửi qua email cho thành viên ký",
        # "tra cứu hồ sơ trên hệ thống": a way of meeting, signing or looking up, not of
        # sending a dossier
        seg.attrs.remove("channel")
    if "donation" in seg.attrs and not any(model.fact(e, "donation") for e in named_all):
        # "hộ gia đình ủng hộ xây trường có được giấy khen không": the giving is the deed
        # praised; only a thing that takes contributions (the fund) is asked about taking them
        seg.attrs.remove("donation")
    for attr in list(seg.attrs):
        seg.attrs = [a for a in seg.attrs if a not in model.overrides.get(attr, ())]
    if any(a in model.expands for a in seg.attrs):
        # "quy trình …", "xã làm những bước nào": each step the facts state is asked
        seg.attrs = list(dict.fromkeys(x for a in seg.attrs for x in model.expands.get(a, (a,))))
    if (
        ("tw" in seg.authority or "hdqt" in seg.authority)
        and seg.yesno
        and set(seg.attrs) <= {"eligible", "decides"}
    ):
        # "Hội đồng TĐKT trung ương có xét LĐTT … không": asks whether the central level
        # does it (it does not decide commune titles), not whether the title exists
        seg.attrs = ["decides"]
    if not seg.attrs and seg.yesno and registers(seg):
        # "thôn đăng ký thôn văn hóa được k" (task h130): the thôn named registers for its
        # own title, it claims no power to grant it; whether it may have the title answers
        seg.attrs = ["eligible"]
        seg.add(seg.subjects, "thon")
    if (
        not seg.attrs
        and seg.authority
        and set(seg.authority) <= _RECOGNISERS
        and _recognises_initiative(seg.words)
    ):
        # "… do người đứng đầu bộ, tỉnh công nhận phạm vi toàn quốc": the level named
        # recognises the initiative's reach, it does not award the title (task h148); a
        # level the law does not name for it (the xã) is still read as claiming the power
        seg.attrs = ["initiative"]
    if not seg.attrs and seg.authority and (seg.yesno or set(seg.weak) - {"chair"}):
        # "chủ tịch xã có được công nhận … không"; "chủ tịch hội đồng … là ai" asks who
        # chairs, not whether that level decides
        seg.attrs = ["decides"]
    if seg.yesno and _alternative(seg, asked=True) and "decides" not in seg.attrs:
        # (with "decides" — "chủ tịch xã có tặng bằng khen được không hay chỉ giấy khen" —
        # the two are what that authority may give: whose power each is answers it)
        # "có được làm theo thủ tục khen đột xuất không hay phải khen theo đợt": which of
        # the two it is, told by what each is; "thủ tục" there names no dossier asked
        seg.attrs = ["criteria"]
        seg.asked_of = seg.mentions[0][0]
    elif not seg.attrs and _alternative(seg):
        # "đây là khen đột xuất hay khen theo chuyên đề": which of two titles it is, told
        # by what each is (the criteria say "tháng cao điểm … không phải đột xuất")
        seg.attrs = ["criteria"]
    if "decides" in seg.attrs + seg.weak and dates_a_decision(seg):
        # "qđ ký tháng 5/2026: LĐTT … được bao nhiêu tiền": the decision's date is told
        # (it picks the base salary); who decides is not asked
        seg.attrs = [a for a in seg.attrs if a != "decides"]
        seg.weak = [a for a in seg.weak if a != "decides"]
    if seg.yesno and set(seg.attrs) <= {"eligible"} and seg.entities:
        # "Bà mẹ Việt Nam anh hùng là danh hiệu vinh dự nhà nước phải không": "là" and one
        # of an attribute's own values claim that value, whatever the asking words
        said = " " + " ".join(seg.words) + " "
        valued = [
            attr
            for attr, values in model.values.items()
            if any(f" la {value} " in said for value in values)
        ]
        if len(valued) == 1:
            seg.attrs = valued
    if seg.yesno and set(seg.attrs) <= {"eligible"} and _criterion_required(seg, model):
        # "LĐTT có cần tích cực tham gia phong trào thi đua không": what is asked to be
        # required is a run of the title's own criteria, not who may have it
        seg.attrs = ["criteria"]
    if seg.yesno and set(seg.attrs) <= {"criteria"} and _kind_named_first(seg, model):
        # "danh hiệu thi đua cho hộ gia đình có phải là GĐVH không": the kind told first is
        # claimed of the title after "có phải là", as "GĐVH có phải là danh hiệu … không"
        seg.attrs = ["kind"]
    if not seg.attrs and _is_a_kind(seg):
        # "tháng thi đua cao điểm có phải khen đột xuất không": whether the case named
        # first is of that kind, told by what the title is, not who may get it
        seg.attrs = ["criteria"]
    if not seg.attrs and seg.weak and seg.entities and prior_attrs and "thi" in seg.words:
        # "TTLĐTT cần bao nhiêu phần trăm LĐTT, còn TTLĐXS thì bao nhiêu": "X thì …" with
        # only a bare "bao nhiêu / thế nào" asks the previous part's question of X
        seg.attrs = list(prior_attrs)
    if not seg.attrs:
        seg.attrs = list(seg.weak)
    elif not seg.story:
        prior_attrs = list(seg.attrs)
    return prior_attrs


def _day_claimed(parts: _Parts, seg: Segment, hired: bool) -> None:
    """A day or a number of days claimed in a yes/no is checked against the time limit."""
    segments = parts.segments
    if seg.yesno and set(seg.attrs) <= {"eligible"} and _claims_amount(seg.words):
        # "CSTĐCS được 2 triệu 5 đúng không": a sum of money claimed is a claim about the
        # prize, whatever verb carries it; whether the title can be had is not asked
        seg.attrs = ["money"]
    if (
        seg.yesno
        and claims_day(seg.words)
        and (
            "deadline" in seg.attrs
            or (
                set(seg.attrs) <= DAY_CLAIMABLE
                and DAY_WORDS & set(seg.words)
                # "vào làm từ 1/6, cuối tháng 12 tổng kết có được bình LĐTT k": with a start
                # of service told, the day is where the months served are counted to (the
                # 6-month rule), not a time limit claimed (task h139)
                and not hired
            )
        )
    ):
        # "họp bình xét ngày 28/11 có kịp không": a day of the year claimed is checked
        # against the time limit, not whether the title can be had
        seg.attrs = ["deadline"]
    if (
        seg.yesno
        and set(seg.attrs) <= DAY_CLAIMABLE
        and (LATE_WORDS & set(seg.words) or day_told_before(seg, segments))
        and not claims_day(seg.words)
        and any(claims_day(told.words) for told in segments[: segments.index(seg)])
    ):
        # "thôn tôi 26/11 mới họp xét GĐVH, vậy là muộn rồi phải không": the day told in a
        # part before, called late in this one, is the claim against the time limit
        seg.attrs = ["deadline"]
        for told in segments[: segments.index(seg)]:
            if claims_day(told.words) and set(told.attrs) <= DAY_CLAIMABLE:
                # the meeting told with its day ("đến 12/12 mới họp bình xét") is when it
                # was held, not its papers asked (task h148)
                told.attrs = ["deadline"]
    if (
        seg.yesno
        and set(seg.attrs) <= {"decides", "eligible"}
        and ("decides" in seg.attrs or not seg.attrs)
        and claims_days(seg.words)
    ):
        # "chủ tịch xã phải ra quyết định … trong 10 ngày đúng không": the claim is a time
        # limit; who decides is only the verb that carries it
        seg.attrs = ["deadline"]


def _parts_related(parts: _Parts) -> None:
    """Parts read against their neighbours: a list sharing one question, titles compared,
    a told case carried into the yes/no after it, a council told as a step."""
    segments, named_all = parts.segments, parts.named_all
    _list_asked(segments)
    _titles_share_claim(segments)
    for before, seg in pairwise(segments):
        compared = _compares(seg.words) or _compares(before.words)
        if compared and not (seg.story or before.story) and not (seg.attrs or before.attrs):
            # "LĐTT với CSTĐCS khác nhau chỗ nào" ("với" splits it in two): titles set side by
            # side differ in what each requires
            for part in (before, seg):
                if part.entities:
                    part.attrs = ["criteria"]
    for told, seg in pairwise(segments):
        if _told_before(seg, told) and seg.entities and not (seg.attrs or seg.weak):
            # the told sentence is the case of the yes/no after it: its circumstances ("bị kỷ
            # luật") are who that asks about, its cue words ("chậm trễ hồ sơ") ask nothing
            told.attrs, told.weak = [], []
            if len(set(told.subjects) & _CIRCUMSTANCES) > 1 and set(seg.subjects) & _CIRCUMSTANCES:
                continue  # several people's cases told; the part names its own (task h106)
            for subject in told.subjects:
                if subject in _CIRCUMSTANCES:
                    seg.add(seg.subjects, subject)
    _council_as_step(segments, named_all)


@dataclass
class _Pairing:
    """What building the pairs carries from one part to the next."""

    #: every subject any part names
    all_subjects: list[str]
    #: titles told as held or counted of members: the case, not what is asked
    held_all: set[str]
    #: the titles the story names, in order
    told_titles: list[str]
    pairs: list[Pair] = field(default_factory=list)
    #: where each (entity, attr) already paired is in ``pairs``
    seen: dict[tuple[str, str], int] = field(default_factory=dict)
    #: the titles the last part that named any asks about
    previous_entities: list[str] = field(default_factory=list)
    #: titles of parts that borrowed the next part's question ("thôn văn hóa và xã tiêu biểu
    #: tiền thưởng bao nhiêu, ai tặng"): a later part with no title asks about all of them
    carried: list[str] = field(default_factory=list)


def _pairs_built(parts: _Parts) -> list[Pair]:
    """Each part's titles paired with what it asks and of whom, part by part."""
    segments = parts.segments
    held_all = {e for s in segments for e, _, before in s.mentions if _held(before)}
    held_all |= _counted_members(segments)
    built = _Pairing(
        [s for seg in segments for s in seg.subjects],
        held_all,
        list(dict.fromkeys(e for s in segments if s.story for e in s.entities)),
    )
    for i, seg in enumerate(segments):
        entities = _entities_asked(parts, built, i, seg)
        attrs, borrowed = _attrs_asked(parts, built, i, seg, entities)
        attrs, subjects = _subjects_asked(parts, built, i, seg, attrs)
        _pairs_added(parts, built, seg, entities, attrs, subjects)
        if seg.entities:
            built.previous_entities = list(dict.fromkeys([*built.carried, *seg.entities]))
            built.carried = list(seg.entities) if borrowed else []
    return built.pairs


def _entities_asked(parts: _Parts, built: _Pairing, i: int, seg: Segment) -> list[str]:
    """The titles the part asks about: its own, else the ones it points back at or the story
    names."""
    # imported here: the restated module imports this one
    from bot.knowledge.facts.restated import single_payment_claimed

    question, model, toks, segments, asked, wanted, named_all = (
        parts.question,
        parts.model,
        parts.toks,
        parts.segments,
        parts.asked,
        parts.wanted,
        parts.named_all,
    )
    entities = seg.entities or built.previous_entities
    likened = {e for e, _, before in seg.mentions if before[-1:] in _LIKE}
    if seg.attrs and likened and set(seg.entities) <= likened:
        # "trường đạt TTLĐTT … có được tặng bằng chứng nhận như TTLĐXS không": the title
        # after "như" is what the asked one is likened to; the question is of the title
        # named before (task h101)
        before = [*built.previous_entities, *(p.entity for p in built.pairs), *named_all]
        entities = list(dict.fromkeys(e for e in before if e not in likened))[:1] or entities
    if not seg.entities and _EACH & set(pairwise(seg.words)):
        # "tiền thưởng mỗi cái bao nhiêu", "cả hai thưởng bao nhiêu": every title named
        entities = named_all or entities
    if (
        not seg.entities
        and not seg.story
        and "money" in seg.attrs
        and len(built.told_titles) > 1
        and not any(s.entities for s in asked)
    ):
        # "trường đạt TTLĐTT, 3 cô đạt CSTĐCS … Tiền thưởng là bao nhiêu": a letter whose
        # question names no title asks the money of every title its story tells was won
        entities = built.told_titles
    if (
        not seg.entities
        and not seg.story
        and len(built.told_titles) > 1
        and not any(s.entities for s in asked)
        and _PROCEDURE & set(seg.attrs)
    ):
        # "… chuẩn bị hồ sơ đề nghị LĐTT và CSTĐCS cho cán bộ. Hồ sơ gồm những gì, nộp mấy
        # bộ": a letter whose question names no title asks the papers of every title its
        # story is preparing, not only of the last one named (task h90)
        entities = [e for e in built.told_titles if e not in built.held_all] or entities
    if not seg.entities and not seg.story and entities and set(entities) <= _BODIES:
        # "Thôn đạt chuẩn thôn văn hóa. Hội đồng TĐKT xã đã họp. Cần những mẫu hồ sơ nào,
        # ai ký": the council told acting is the story's actor; a question naming nothing
        # asks of the title the story tells
        titles = [e for e in built.told_titles if e not in _BODIES]
        if titles:
            entities = titles[-1:]
        elif "thon" in built.all_subjects and _REACHED & set(toks) and "thon_vh" in model.entities:
            # "tổ dân phố em năm nay đạt hết các tiêu chí, hội đồng TĐKT phường đã họp. Cần
            # mẫu nào, thưởng bao nhiêu": a thôn told reaching the criteria, with only the
            # council named, is up for the thôn's own title (Luật 2022 Điều 20 khoản 1 e)
            entities = ["thon_vh"]
    if not entities and not seg.story:
        # "Trường muốn đề nghị TTLĐTT. Vậy trường có đủ tỷ lệ không, và cô bị kỷ luật có
        # được LĐTT không": the first part asks of the title the story wants, not the next
        entities = wanted
    if not entities:
        entities = next((s.entities for s in segments[i + 1 :] if s.entities), [])
    wanted_titles = [e for e in named_all if e not in built.held_all]
    if built.held_all & set(entities) and wanted_titles:
        # "CSTĐ tỉnh: ngoài 3 lần CSTĐCS còn cần gì": the title held is the case, the
        # other one named in the message is asked about
        entities = [e for e in entities if e not in built.held_all] or wanted_titles
    if not entities and not any(s.entities for s in segments):
        # "khai man thành tích có bị thu hồi không": a rule for every title, none named
        general = any(a in model.general for a in seg.attrs) or (
            # "2 danh hiệu ở 2 giai đoạn khác nhau thì chỉ được 1 lần tiền thưởng": the
            # rule of several awards holds for every title (task h119)
            seg.attrs == ["several"] and single_payment_claimed(question)
        )
        entities = ["*"] if general and _on_topic(toks) else []
    return entities


def _attrs_asked(
    parts: _Parts, built: _Pairing, i: int, seg: Segment, entities: list[str]
) -> tuple[list[str], bool]:
    """What the part asks of its titles: its own cue words, else the next or the previous
    part's; and whether it borrowed the next part's."""
    borrowed = False
    model, segments, reform = parts.model, parts.segments, parts.reform
    attrs = seg.attrs
    if not attrs and seg.entities:
        later = next((s for s in segments[i + 1 :] if s.attrs or s.entities), None)
        if later is not None and not seg.story and _a_title_listed(later):
            # "LĐTT, CSTĐCS và TTLĐTT thưởng bao nhiêu": the titles listed before the one
            # the question closes on share its question, not only the one next to it
            later = _listed_claim(segments, i) or later
        if seg.yesno and later is not None and not later.yesno and not seg.story:
            # "xã có thể đề nghị CSTĐ tỉnh cho anh không, nếu được thì thưởng bao nhiêu":
            # the yes/no part asks whether it can be had; the next part asks its own thing
            attrs = ["eligible"]
        elif (
            seg.yesno
            and later is not None
            and later.yesno
            and not later.entities
            and later.subjects
            and later.attrs
            and all(a in model.general for a in later.attrs)
            and not seg.story
        ):
            # "còn hình thức Huy hiệu của tỉnh không, hộ gia đình có là đối tượng khen
            # thưởng không": the next yes/no asks a rule for every title of someone else;
            # this one asks whether the title itself still is (task h95)
            attrs = ["eligible"]
        elif later is not None and later.attrs:
            attrs = later.attrs
            borrowed = True
        elif seg.yesno and _CIRCUMSTANCES & set(seg.subjects) and not seg.story:
            # "…, và kỷ luật có ảnh hưởng LĐTT của anh ấy không": a case of its own asks
            # whether one in that case may have the title, not the previous part's question
            attrs = ["eligible"]
        elif i > 0 and segments[i - 1].attrs and not _told_before(seg, segments[i - 1]):
            attrs = segments[i - 1].attrs
        elif seg.yesno:
            attrs = ["eligible"]  # "thị trấn tiêu biểu còn không", "thôn được … không"
        elif reform:
            attrs = ["decides"]
    if not attrs and not seg.entities and entities and seg.yesno and not seg.story:
        # "trước LĐTT thưởng 0,3 lần, giờ còn 0,3 không": "còn / vẫn" asks whether the
        # previous part's rule still holds, not whether the title can be had; else "… LĐTT
        # cho các đồng chí này, vậy có đúng danh hiệu không"
        attrs = (
            _still_asked(segments, i)
            or required_back(segments, i)
            or step_told_back(segments, i)
            or ["eligible"]
        )
    if attrs == ["submit"] and seg.yesno and not seg.story:
        # "niêm yết 7 ngày rồi nộp lên xã được không": the step sent on is no question of
        # where to send; the figure of the step told before it is
        attrs = step_told_back(segments, i) or attrs
    if attrs == ["eligible"] and seg.yesno and proposer_named(seg.words, seg.subjects):
        # "xã có được đề nghị CSTĐ tỉnh không": the level named before "đề nghị" is the one
        # that proposes, not the one given the title; who sends the proposal answers it
        attrs = ["submit"]
    if attrs == ["dossier"] and seg.yesno and _procedure_of_title(seg):
        # "làm theo thủ tục khen đột xuất được không": whether the case may take that
        # title's procedure is whether it is that title's case; the papers follow
        attrs = ["eligible", "dossier"]
    return attrs, borrowed


def _subjects_asked(
    parts: _Parts, built: _Pairing, i: int, seg: Segment, attrs: list[str]
) -> tuple[list[str], list[str]]:
    """Whom the part asks about (its own subjects or every part's), and what it asks as the
    case told turns it."""
    toks, segments = parts.toks, parts.segments
    subjects = seg.subjects or built.all_subjects
    if any(s.pointed for s in segments):
        # "phòng em có chị Lan …, chị ấy có đủ …": a person pointed at is asked about, not
        # the unit or place the letter named around her
        subjects = [s for s in subjects if s not in _COLLECTIVES]
    if seg.yesno and not _CIRCUMSTANCES & set(subjects):
        # "anh ấy đi làm từ tháng 11, hiệu trưởng muốn đề nghị LĐTT cho anh ấy, có được
        # không": the case told in another sentence of the letter is the one asked about
        subjects = [*subjects, *(s for s in built.all_subjects if s in _CIRCUMSTANCES)]
    if _rescue_wound(toks) and "nghi_om" in subjects:
        # "bị thương … nằm viện … để cứu người": the stay in hospital is the wound's
        # treatment, not sick leave (task h106)
        subjects = [s for s in subjects if s != "nghi_om"] + ["bi_thuong"]
    if seg.yesno and set(attrs) <= {"eligible", "criteria"} and papers_back(segments, i):
        # "sếp bảo phải họp hội đồng, lập biên bản … khen đột xuất có cần đầy đủ vậy không":
        # the papers told are what is asked about (task h106)
        attrs = ["dossier"]
    if (
        seg.yesno
        and attrs == ["deadline"]
        and (_CIRCUMSTANCES & set(subjects) or RECRUITED.search(" ".join(toks)))
        and _consideration_asked(seg.words)
    ):
        # "mới tuyển từ tháng 8, đến tháng 12 bình xét thì có được xét LĐTT không": the
        # months told are the case's service, and whether it may be considered is asked,
        # not when the review is (task h106)
        attrs = ["eligible"]
    if seg.yesno and _time_counted(seg.words) and _COUNTED_CASES & set(subjects):
        # "nghỉ thai sản có được tính là thời gian công tác để xét LĐTT không": whether the
        # case's time counts is whether the case may be considered; "tính" is no prize
        # reckoning and "thời gian" no deadline here (task h106)
        attrs = ["eligible"]
    return attrs, subjects


def _pairs_added(
    parts: _Parts,
    built: _Pairing,
    seg: Segment,
    entities: list[str],
    attrs: list[str],
    subjects: list[str],
) -> None:
    """The part's pairs, one for each title (narrowed to whom it is asked of) and attribute;
    the same pair asked again is answered once."""
    model = parts.model
    subject = _pick_subject(subjects)
    # who gets it ("… cho cán bộ") answers who may be proposed, not who decides
    for_whom = _pick_subject(seg.for_whom) or subject
    # "bằng khen Thủ tướng xã có tự tặng được không": the xã's power is what is asked
    authority = "xa" if "xa" in seg.authority else (seg.authority[0] if seg.authority else None)
    if "hdqt" in seg.authority:
        # "chủ tịch HĐQT công ty … trong xã có được tặng CSTĐCS không": the board's chair
        # is who acts; the xã named is only where the firm is (task h106)
        authority = "hdqt"
    only = seg.yesno and set(attrs) <= {"eligible", "kind"} and _only_recipient(seg.words)
    for entity in entities:
        # A title already narrowed by its own words ("giấy khen tập thể") is only narrowed
        # again by a subject in its own part, not by one named for another part.
        narrow = entity in model.narrowed
        targets = _specialize(model, entity, seg.subjects if narrow else subjects)
        own_attrs = attrs
        if only and model.fact(entity, "kind") is not None:
            # "giấy khen chỉ tặng cho cá nhân thôi đúng không" claims whom the title is
            # for: read against all its recipients, not narrowed to the one named (h102)
            targets, own_attrs = [entity], ["kind"]
        for narrowed in targets:
            for attr in own_attrs:
                attr = _existence(model, seg, entity, narrowed, attr)
                pair = Pair(
                    narrowed,
                    attr,
                    subject if attr == "decides" else for_whom,
                    # "X không hay Y": the yes/no is on X; Y is only told
                    seg.yesno and (seg.asked_of is None or entity == seg.asked_of),
                    authority,
                    seg.without,
                    tuple(subjects),
                    denied=any(
                        e == entity and _after_chu_not(seg.words, at) for e, at, _ in seg.mentions
                    ),
                )
                at = built.seen.get((narrowed, attr))
                if (
                    at is not None
                    # "mới tuyển cần tối thiểu mấy tháng, nghỉ thai sản có bị trừ không":
                    # asked plainly then as yes/no, each case is still its own part
                    and (pair.yesno or built.pairs[at].yesno)
                    and pair.subject in _CIRCUMSTANCES
                    and pair.subject in seg.subjects
                    and pair.subject != built.pairs[at].subject
                    and (built.pairs[at].yesno or built.pairs[at].subject in _CIRCUMSTANCES)
                ):
                    # "mới tuyển 3 tháng có xét LĐTT không, nghỉ thai sản có được tính
                    # không": the same question asked again for another case is its own part
                    built.pairs.append(pair)
                    continue
                if at is None:
                    built.seen[(narrowed, attr)] = len(built.pairs)
                    built.pairs.append(pair)
                elif seg.yesno and not built.pairs[at].yesno:
                    # "TTLĐXS ai quyết định, xã có ký được không": the same pair asked
                    # again as yes/no is answered once, with the verdict
                    built.pairs[at] = pair


def _pairs_adjusted(parts: _Parts, pairs: list[Pair]) -> tuple[list[Pair], int | None, bool]:
    """The pairs read against the whole question: shares, routes, runs, who signs, the
    reform told; returns them with the count of years told and whether the reform is
    asked as a yes/no."""
    # imported here: the restated module imports this one
    from bot.knowledge.facts.restated import amount_pairs, single_payment_pairs

    question, model, toks, spans, segments, named_all, reform = (
        parts.question,
        parts.model,
        parts.toks,
        parts.spans,
        parts.segments,
        parts.named_all,
        parts.reform,
    )
    pairs = _share_of_collective(pairs, named_all, model, toks)
    pairs = _prize_with_its_base(pairs, model)
    pairs = _route_asked(pairs, [w for seg in segments if not seg.story for w in seg.words])
    pairs = _besides(pairs, toks, model)
    count = run_count(toks)  # a pass over the question, and the Reading needs it again below
    if count is not None:
        pairs = _held_title_counts(pairs, named_all, model)
    if parts.referring:
        pairs = [replace(p, yesno=True) for p in pairs]
    pairs = _told_rule_put_up(pairs, segments)
    pairs = single_payment_pairs(pairs, question)  # task h119
    pairs = amount_pairs(pairs, question, model)  # task h119
    pairs = _paid_sum_judged(pairs, question)
    pairs = _paid_sum_unpriced(pairs, question, model)
    pairs = _payer_put_up(pairs, question, toks, model)
    pairs = _run_toward(pairs, toks, spans, model)
    if asker_directs(toks):
        pairs = _director_decides(pairs)
    pairs = _chair_gives_form(pairs, toks, model)
    pairs = _council_chair_claimed(pairs, toks, model)
    pairs = _council_role_claimed(pairs, toks, model)
    pairs = _state_honour_claimed(pairs, toks, model, named_all)
    pairs = _revoker_asked(pairs, toks)
    pairs = _own_honour_claimed(pairs, toks, model)
    if REGISTRATION in model.entities and registration_excludes(toks):
        pairs = _registration_rule(pairs)
    pairs = _title_registered(pairs, toks)  # task h126
    held_years = _held_years_rule(named_all, model) if count is not None else None
    if held_years is not None and any(p.yesno for p in pairs):
        # "GĐVH 3 năm liền thì được xã tặng giấy khen, có phải vậy không", told over several
        # sentences: the years of the title held are the old rule for the other form, which
        # the held title's own fact states (task h102)
        held, award = held_years
        pairs = [
            Pair(award, "consecutive", f"dat_{held}", True),
            *(p for p in pairs if not p.yesno and p.attr not in _HELD_YEARS_BESIDE),
        ]
    for key in _QUESTION_WIDE:
        if any(p.yesno and p.attr == key for p in pairs):
            # "BK tỉnh có được tặng kèm GK xã cho cùng thành tích không": the rule of one
            # achievement, one form (Luật Điều 5) is asked; who may have either form, or the
            # prize of several titles, is not, in whichever part "cùng" split it off (h102)
            # a yes/no of its own on repeating ("…, còn 1 hình thức tặng nhiều lần được không")
            # is another part, and stays
            dropped = model.overrides.get(key, frozenset())
            pairs = [
                p
                for p in pairs
                if p.attr not in dropped or (p.yesno and p.attr not in _NOT_ASKED_BESIDE)
            ]
    reform_yesno = reform and any(s.yesno for s in segments)
    if reform_yesno and _district_only_told(segments) and not _former_still_asked(segments, toks):
        # "thôn văn hóa trước do huyện công nhận, nay xã có quyền công nhận không": the
        # district is told as the past; the xã's power now is asked, which the parts answer
        reform_yesno = False
        pairs = _xa_acting([replace(p, reform_told=True) for p in pairs], model, self_acting(toks))
    if still_figure_put_up(question) and (
        QUESTION_WORDS & set(toks) or ("bao", "nhieu") in pairwise(toks)
    ):
        # "CSTĐCS được bao nhiêu tiền, vẫn 2.340.000 như năm ngoái à": how much is asked and
        # the remembered figure put up as still holding; the figure gets its yes/no
        pairs = [replace(p, yesno=True) if p.attr in _FIGURED else p for p in pairs]
    if not reform_yesno and xa_self_deciding(toks) and any(p.attr == "decides" for p in pairs):
        # "giờ xã có được tự ra quyết định thôn văn hóa không": the xã is told deciding on its
        # own, not asked about as a recipient of the title (task h114)
        pairs = _xa_acting(pairs, model, acting=True)
    if _xa_signer_claimed(toks):
        pairs = _xa_signer_pairs(pairs)
    if _prize_figure_claimed(question, toks):
        pairs = _figure_on_prize(pairs)
    return pairs, count, reform_yesno


def _reading(parts: _Parts, pairs: list[Pair], count: int | None, reform_yesno: bool) -> Reading:
    """The ``Reading`` handed to the composer."""
    question, toks, segments, reform = parts.question, parts.toks, parts.segments, parts.reform
    entities = list(dict.fromkeys(e for s in segments for e in s.entities))
    told = [w for seg in segments for w in seg.words]
    coverage = parts.claimed / max(parts.words, 1)
    # "… bao nhiêu tiền cho 1 người": with the amount asked, a count of whom the prize is for
    # states no figure (told alone, "khen cho 60 người", it stays one: the yes/no may be about
    # something else told, and a bare "Có" would then answer the money)
    amount_asked = "bn" in toks or ("bao", "nhieu") in pairwise(toks)
    figure = any(
        _is_figure(t) and not (amount_asked and toks[i + 1 : i + 2] in (["nguoi"], ["ca"], ["ho"]))
        for i, t in enumerate(toks)
    )
    return Reading(
        question,
        pairs,
        reform,
        reform_yesno,
        entities,
        coverage,
        count,
        figure,
        decided_on(question),
        " ".join(w for seg in segments if not seg.story for w in seg.words),
        months_served(told) if RECRUITED.search(" ".join(told)) else None,
    )


#: a count of years or times ("2 năm", "ba lần"); the word after it is "năm" or "lần"
_RUN_COUNT = frozenset({"hai", "ba", "bon", "2", "3", "4", "5"})
#: a run told as one: "liền", "liên tục", "liên tiếp"
_RUN_AS_ONE = re.compile(r"\b(?:lien|lien tuc|lien tiep)\b")
#: a run of years claimed to be required ("phải 2 năm liền LĐTT mới được xét")
_RUN_REQUIRED = re.compile(r"\b(?:phai|can|bat buoc)\b(?: \w+){1,8}? moi\b")
#: a route or condition of a title told beside a run of years
_ROUTE_TOLD = re.compile(r"\b(?:sang kien|xuat sac|de tai|nghiem thu)\b")
#: "… thì được gì", "được những gì": what a run of years leads to is asked
_WHAT_FOLLOWS = (("duoc", "gi"), ("duoc", "nhung"), ("se", "duoc"))


def _run_toward(
    pairs: list[Pair],
    toks: list[str],
    spans: list[tuple[int, int, Phrase | None]],
    model: FactModel,
) -> list[Pair]:
    """ "chỉ cần 2 năm LĐTT là đủ CSTĐCS à", "cô ấy 2 năm liền đạt CSTĐCS, có được đề nghị CSTĐ
    tỉnh không": a run of years told with one title (held) and another title named after it
    (asked) is a claim about the asked title's rule on runs of the held one (its case
    "dat_<held>", Luật 2022 Điều 22-23), not the held title's own years rule nor who may have the
    asked one. With no other title named, "LĐTT 3 năm liền thì được gì" asks what the run leads
    to: each title whose rule names a run of the held one answers (task h115)."""
    titles = sorted(
        (a, b, p.key if p.kind == "entity" else p.key[len("dat_") :])
        for a, b, p in spans
        if p is not None
        and (p.kind == "entity" or (p.kind == "subject" and p.key.startswith("dat_")))
    )
    words = [t for t in toks if t.isalnum()]
    asked = any(p.yesno for p in pairs) or _put_up(words)
    follows = any(pair in _WHAT_FOLLOWS for pair in pairwise(toks))
    if not (asked or follows):
        return pairs
    if _ROUTE_TOLD.search(" ".join(toks)):
        # "3 năm liền CSTĐCS và có sáng kiến trong tỉnh thì đủ chưa": more than the run is
        # told; the asked title's criteria answer, not its rule on runs
        return pairs
    for i, (start, end, held) in enumerate(titles):
        near = toks[max(0, start - 4) : start] + toks[end : end + 4]
        if not any(t in _RUN_COUNT and u in ("nam", "lan") for t, u in pairwise(near)):
            continue
        # the asked title is most often named after the run ("2 năm LĐTT là đủ CSTĐCS"), but
        # may open the claim ("giấy khen phải có 2 năm LĐTT mới được")
        runs = [
            key
            for _, _, key in [*titles[i + 1 :], *titles[:i]]
            if key not in (held, "*") and _runs_of(model, key, held)
        ]
        if runs and asked:
            # a rule naming the run in its own text ("03 lần liên tục đạt CSTĐCS") has no case:
            # the count of the run decides it, so the run must be told as one ("liền", "liên
            # tục"), or be claimed enough ("… là đủ"), which the rule's added condition answers
            case = _run_case(model, runs[0], held)
            if case is None and not (_RUN_AS_ONE.search(" ".join(near)) or "du" in words):
                return pairs
            if case is not None and _RUN_REQUIRED.search(" ".join(toks)):
                rule = model.facts[runs[0]]["consecutive"].by_subject[case]
                if rule.verdict == "Tùy":
                    # "CSTĐCS phải 2 năm liền LĐTT mới được xét": the run is claimed to be
                    # required, and a run the case calls no criterion is not; the title's own
                    # years rule ("không cần năm liên tục") answers it with its "Không"
                    return pairs
            if any(p.entity == runs[0] and p.attr == "consecutive" for p in pairs):
                if case is None:
                    return pairs
                # read already as the rule on runs: only the case of the held title is set
                return [
                    replace(p, subject=case, cases=(case,))
                    if p.entity == runs[0] and p.attr == "consecutive" and p.yesno
                    else p
                    for p in pairs
                ]
            kept = [p for p in pairs if p.entity not in (held, runs[0]) and not p.yesno]
            cases = (case,) if case else ()
            return [Pair(runs[0], "consecutive", case, True, cases=cases), *kept]
        if follows and len({key for *_, key in titles}) == 1:
            led = [
                key
                for key, facts in model.facts.items()
                if key not in (held, "*") and _runs_of(model, key, held)
            ]
            if led:
                kept = [p for p in pairs if not (p.entity == held and p.attr == "consecutive")]
                return [
                    *(
                        Pair(key, "consecutive", case, False, cases=(case,) if case else ())
                        for key in led
                        for case in [_run_case(model, key, held)]
                    ),
                    *kept,
                ]
    return pairs


def _runs_of(model: FactModel, key: str, held: str) -> bool:
    """The title ``key``'s rule on runs of years is about the ``held`` title: it has a case
    for it, or names a run of it ("03 lần liên tục đạt Chiến sĩ thi đua cơ sở"); a rule that
    names the held title otherwise ("điều kiện để xét Chiến sĩ thi đua cơ sở") is not."""
    rule = model.facts.get(key, {}).get("consecutive")
    if rule is None:
        return False
    named = f"liên tục đạt {model.entities.get(held, chr(0))}"
    return _run_case(model, key, held) is not None or named in rule.text


def _run_case(model: FactModel, key: str, held: str) -> str | None:
    """The case of ``key``'s rule on runs for years of ``held``: "nam_<held>" (years told of a
    title that is only the asked one's yearly condition) or "dat_<held>"; None without one."""
    rule = model.facts.get(key, {}).get("consecutive")
    cases = rule.by_subject if rule is not None else {}
    return next((c for c in (f"nam_{held}", f"dat_{held}") if c in cases), None)


#: a level claimed to pay within one clause; "xã. Chi hội …", "chi bộ", "chi đoàn" are no
#: payment but a branch of an organisation
_PAYER_IN_CLAUSE = re.compile(
    r"\b(?:xa|tinh) (?:co )?(?:tu )?(?:chi|tra)\b(?! (?:hoi|bo|doan|nhanh)\b)"
    r"|\b(?:chi|lay) (?:tu )?quy (?:\w+ ){0,4}?(?:cua )?(?:xa|tinh)\b"
)


def _payer_put_up(
    pairs: list[Pair], question: str, toks: list[str], model: FactModel
) -> list[Pair]:
    """ "tiền thưởng giấy khen xã chi à", "bằng khen tỉnh thì tiền thưởng do xã chi đúng k":
    the prize asked with a level claimed to pay it asks who pays, not how much; the prize part
    becomes the payer's yes/no, which the composer weighs against the level that decides (the
    fund of the deciding level pays, NĐ 152/2025). A title read only as what the asker holds
    ("tiền thưởng LĐTT … chi từ quỹ thi đua của xã": the fund became the entity) is the title
    asked. Nothing changes unless a level is claimed to pay and the claim is asked (task h115).
    """
    if payer_claimed(question) is None or not any(
        _PAYER_IN_CLAUSE.search(" ".join(clause.split()))
        for clause in re.split(r"[,.;:?!]", fold(question).lower())
    ):
        return pairs
    words = [t for t in toks if t.isalnum()]
    if not (any(p.yesno for p in pairs) or _put_up(words)):
        return pairs
    if any(any(c.isdigit() for c in w) for w in words) or "bn" in words or "nhieu" in words:
        # "… giờ xã chi thì vẫn 1,5 lần lương cơ sở đúng k", "xã chi bao nhiêu": the figure
        # is what is put up or asked; who pays is only told
        return pairs
    payers = {p.entity for p in pairs if p.attr == "payer"}
    if payers:
        # "tiền thưởng TTLĐXS xã tự chi à": the payer was read from its own cue; the claim
        # put up makes it the yes/no, and the prize beside it was not asked
        return [
            replace(p, yesno=True) if p.attr == "payer" else p
            for p in pairs
            if not (p.attr == "money" and p.entity in payers)
        ]
    out = []
    for p in pairs:
        entity = p.entity
        if model.fact(entity, "decides") is None and (p.subject or "").startswith("dat_"):
            entity = (p.subject or "")[len("dat_") :]
        if p.attr == "money" and model.fact(entity, "decides") is not None:
            subject = None if entity != p.entity else p.subject
            p = replace(p, entity=entity, attr="payer", yesno=True, subject=subject)
        out.append(p)
    return out


#: a sum of money as typed with its thousands ("2.340.000", "760,000")
#: a sum told as paid or received ("kế toán chi cho em 2.340.000", "nhận 760.000"), not given
#: by the asker ("ủng hộ 50.000.000")
_SUM_TOLD = re.compile(
    r"\b(?:chi|nhan|phat|tra|linh)(?: \w+){0,3} \d{1,3}(?:[.,]\d{3}){1,2}(?!\d|[.,/]\d)"
)


def _paid_sum_judged(pairs: list[Pair], question: str) -> list[Pair]:
    """ "quyết định CSTĐCS ký 15/01/2026, kế toán chi cho em 2.340.000 … chi như vậy là đúng
    phải không": a sum told of a title whose prize is asked, and a yes/no with nothing of its
    own to ask of that title (who may have it, read by default), asks whether the sum is right:
    the prize part carries the yes/no, and who may have the title is not asked (task h107)."""
    if not _SUM_TOLD.search(" ".join(fold(question).split())):
        return pairs
    priced = {p.entity for p in pairs if p.attr == "money" and not p.yesno}
    bare = [
        p
        for p in pairs
        if p.yesno and p.attr == "eligible" and p.subject is None and p.entity in priced
    ]
    if not bare:
        return pairs
    asked = {p.entity for p in bare}
    return [
        replace(p, yesno=True) if p.attr == "money" and p.entity in asked else p
        for p in pairs
        if p not in bare
    ]


def _paid_sum_unpriced(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "QĐ LĐTT ký 2/9/2026, kế toán chi 710.000. Kế toán chi vậy đúng không": a sum told as
    paid for a title, with no word for the prize ("tiền thưởng") and a yes/no with nothing of
    its own to ask of that title, asks whether the sum is right, as ``_paid_sum_judged`` reads
    it when the prize is named: the title's prize part carries the yes/no (task h115)."""
    if any(p.attr == "money" for p in pairs) or not _SUM_TOLD.search(
        " ".join(fold(question).split())
    ):
        return pairs
    # "qđ LĐTT ký 10/01/2026, kế toán chi 760.000 đúng k": the "ký" dates the decision whose
    # prize is paid, it does not ask who signs (task h137)
    attrs = {"eligible", "decides"} if isinstance(decided_on(question), date) else {"eligible"}
    return [
        replace(p, attr="money")
        if p.yesno
        and p.attr in attrs
        and p.subject is None
        and (prize := model.fact(p.entity, "money")) is not None
        and prize.coefficients
        else p
        for p in pairs
    ]


def _besides(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "ngoài tiền thưởng (ra) có được giấy chứng nhận không": what follows "ngoài" is taken
    as given, the yes/no asks of the other thing. The part of the attribute named right after
    "ngoài" is answered plainly (its amount), not opened with a verdict of its own, when another
    yes/no part of the same title is asked (task h101)."""
    besides: set[str] = set()
    for i, w in enumerate(toks):
        if w != "ngoai":
            continue
        at = i + 2 if toks[i + 1 : i + 2] == ["ra"] else i + 1
        for n in range(model.longest, 0, -1):
            phrase = model.phrases.get(tuple(toks[at : at + n]))
            if phrase is not None and phrase.kind == "attr":
                besides.add(phrase.key)
                break
    if not besides:
        return pairs
    out = []
    for p in pairs:
        other = any(q.yesno and q.entity == p.entity and q.attr not in besides for q in pairs)
        out.append(replace(p, yesno=False) if p.yesno and p.attr in besides and other else p)
    return out


#: words right before a title that count it held ("2 năm liền LĐTT", "3 lần CSTĐCS")
_RUN_TOLD = frozenset({"lien", "tuc", "nam", "lan"})
#: "như / giống (như) X": X is what the asked title is likened to
_LIKE = frozenset({("nhu",), ("giong",)})


#: words that ask whether a thing is required ("có cần / phải / bắt buộc có sáng kiến")
_REQUIRING = frozenset({"can", "phai", "bat", "buoc", "yeu", "cau", "doi", "hoi"})
#: "(có) được đề nghị / xét / công nhận …": whether the title may be had
_MAY_HAVE = frozenset({"de", "xet", "cong", "tang", "len", "dat", "nhan"})


def _route_asked(pairs: list[Pair], asked: list[str]) -> list[Pair]:
    """ "có được đề nghị CSTĐCS theo đường sáng kiến không", "anh ấy có được đề nghị CSTĐCS
    không hay bắt buộc phải có sáng kiến": the yes/no clause asks whether the title may be had,
    the sáng kiến named is the route told (or the other answer offered after "hay"), not a
    question whether one is required. The ``initiative`` part, whose verdict answers that, is
    read as the title's ``eligible`` part then, whose routes (``met_by``) the case is judged by.
    Unchanged when the clause up to its yes/no tail asks a requirement ("có cần sáng kiến mới
    được …") (task h101)."""
    if not any(p.attr == "initiative" and p.yesno for p in pairs):
        return pairs
    may = next(
        (
            i
            for i, w in enumerate(asked[:-1])
            # "có được đề nghị / xét …"; "không có sáng kiến thì vẫn được LĐTT" asks of the
            # condition, whether it is required, as the initiative part answers
            if w == "duoc" and asked[i + 1] in _MAY_HAVE
        ),
        None,
    )
    if may is None:
        return pairs
    end = next((i for i in range(may, len(asked)) if asked[i] in NEGATED), None)
    if end is None or _REQUIRING & set(asked[:end]):
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.attr == "initiative" and p.yesno:
            if any(q.entity == p.entity and q.attr == "eligible" for q in pairs):
                continue
            p = replace(p, attr="eligible")
        out.append(p)
    return out


def _council_as_step(segments: list[Segment], named: list[str]) -> None:
    """ "khen đột xuất có phải họp hội đồng TĐKT không", "thôn văn hóa thì hội đồng xã họp xét
    phải không": a yes/no naming a council with a meeting word, in a message naming a title,
    asks whether that title goes through the council, not about the council's own papers or
    powers. Its part is read as the title's ``council`` attribute."""
    # mentions, not entities: "thôn văn hóa thì hội đồng … họp xét" tells the title as a case;
    # and the titles a story named ("chủ tịch muốn tặng giấy khen đột xuất. … có cần họp hội
    # đồng không"), which it no longer holds
    titles = [e for seg in segments for e, _, _ in seg.mentions if e not in _BODIES]
    titles = titles or [e for e in named if e not in _BODIES]
    if not titles:
        return
    for seg in segments:
        if not (seg.yesno and _BODIES & set(seg.entities) and STEP_WORDS & set(seg.words)):
            continue
        if names_minutes(seg.words):
            # "hồ sơ TTLĐXS có cần biên bản họp hội đồng không" asks for a paper of the dossier
            continue
        own = [e for e in seg.entities if e not in _BODIES]
        seg.entities = own or titles[-1:]
        seg.attrs, seg.weak = ["council"], []
        # the title told as a case ("thôn văn hóa thì …") is now the one asked about
        seg.subjects = [s for s in seg.subjects if s.removeprefix("dat_") not in seg.entities]


def _counts_its_case(pair: Pair, rule: Fact, model: FactModel) -> bool:
    """The pair's case is a title held ("dat_<title>") that ``rule``, with no case of its own,
    counts by name ("02 lần liên tục được tặng Chiến sĩ thi đua cấp tỉnh")."""
    held = (pair.subject or "").removeprefix("dat_")
    name = model.entities.get(held) if pair.subject and pair.subject.startswith("dat_") else None
    return not rule.by_subject and bool(name) and fold(name).lower() in fold(rule.text).lower()


def _held_title_counts(pairs: list[Pair], named: list[str], model: FactModel) -> list[Pair]:
    """ "chị đạt CSTĐCS năm 2024 và 2025. Xã có đề nghị Bằng khen tỉnh cho chị được không": a
    title the message tells is held, asked whether it leads to the title asked about, is read
    against the asked title's rule on consecutive years of that held title (its case
    "dat_<held>"), not only against who may be proposed; the years told then decide (only a
    message that tells how many years is read so: one year told is no case of the rule)."""
    asked = {p.entity for p in pairs if p.yesno}
    held = [e for e in named if e not in asked]
    out = list(pairs)
    for pair in pairs:
        if not pair.yesno or pair.without or pair.attr == "consecutive":
            continue
        rule = model.facts.get(pair.entity, {}).get("consecutive")
        case = next((f"dat_{e}" for e in held if rule and f"dat_{e}" in rule.by_subject), None)
        if (
            case is None
            and pair.attr == "eligible"
            and rule is not None
            and rule.years
            and _counts_its_case(pair, rule, model)
        ):
            # "CSTĐ toàn quốc chỉ cần 1 lần CSTĐ tỉnh đúng k": the held title is read as the
            # case ("dat_cstd_tinh") and the rule, one for all, counts that very title: the
            # count is what the line claims, so the rule on it answers in place of who is
            # eligible (whose "Có." would confirm the line)
            if not any(p.entity == pair.entity and p.attr == "consecutive" for p in out):
                out[out.index(pair)] = replace(pair, attr="consecutive")
            continue
        if case is None or any(p.entity == pair.entity and p.attr == "consecutive" for p in out):
            continue
        out.insert(out.index(pair) + 1, replace(pair, attr="consecutive", subject=case))
    return out


def _prize_with_its_base(pairs: list[Pair], model: FactModel) -> list[Pair]:
    """ "GK cá nhân QĐ ký 10/7/2026 tính theo lương cơ sở nào": which base a title's prize is
    paid on is asked to reach the prize itself, so the title's amount on that base comes with
    the rule (a title with no money fact, or one whose money is asked already, adds nothing)."""
    out = list(pairs)
    for pair in pairs:
        if (
            pair.attr == "money_date"
            and pair.entity != "*"
            and "money" in model.facts.get(pair.entity, {})
            and not any(p.entity == pair.entity and p.attr == "money" for p in out)
        ):
            out.insert(out.index(pair) + 1, replace(pair, attr="money", yesno=False))
    return out


#: what a count of members is counted in before the title they hold ("20 người LĐTT")
_HEADS_COUNTED = frozenset({"nguoi", "ca", "nhan", "gv", "giao", "vien", "cb", "can", "bo", "co"})


def _only_counted(toks: list[str], entity: str, model: FactModel) -> bool:
    """Every mention of ``entity`` in the question is a count of members holding it ("30
    người, 20 người LĐTT, 2 người CSTĐCS"): a figure of a collective's share, not a title
    asked about."""
    found = False
    for at in range(len(toks)):
        title, _ = model.title_at(toks, at)
        if title != entity:
            continue
        before = toks[max(at - 3, 0) : at]
        words = {w for w in before if not w.isdigit()} - {",", "."}
        if not any(w.isdigit() for w in before) or not words <= _HEADS_COUNTED:
            return False
        found = True
    return found


def _share_of_collective(
    pairs: list[Pair], named: list[str], model: FactModel, toks: list[str] | None = None
) -> list[Pair]:
    """ "trường muốn đề nghị TTLĐTT. Vậy tỷ lệ LĐTT như vậy đủ chưa": the share of members
    holding a title is a criterion of the collective title whose share rule names it; asked
    about a collective named in the question, the share, and the other parts asked of the
    members' title (who decides, the prize), are the collective's. The collective is found
    from the facts (its "cap" text names the members' title), not from the wording."""
    out = list(pairs)
    asked_of = {p.entity for p in pairs}
    for pair in pairs:
        counted = (
            pair.yesno
            and pair.attr in ("eligible", "criteria")
            and toks is not None
            and _only_counted(toks, pair.entity, model)
        )
        if (pair.attr != "cap" and not counted) or pair.entity not in model.entities:
            # "trường có 30 người, 20 người LĐTT, 2 người CSTĐCS, vậy trường đủ điều kiện
            # chưa": a title told only as members counted is the collective's figure
            continue
        member = model.entities[pair.entity].lower()
        collective = next(
            (
                t
                for t in named
                if t != pair.entity
                and (share := model.facts.get(t, {}).get("cap")) is not None
                and member in share.text.lower()
                and member != model.entities.get(t, "").lower()
            ),
            None,
        )
        if collective is None:
            continue
        # the collective asked for itself keeps the member's other parts as they are
        alone = collective not in asked_of
        out = [
            replace(p, entity=collective)
            if p.entity == pair.entity and (alone or p.attr == "cap")
            else p
            for p in out
        ]
    # the collective's part named twice (told, then asked as yes/no) is answered once, with
    # the verdict
    merged: dict[tuple[str, str, str | None], Pair] = {}
    for p in out:
        key = (p.entity, p.attr, p.subject)
        merged[key] = (
            replace(merged[key], yesno=True) if key in merged and p.yesno else (merged.get(key, p))
        )
    return list(merged.values())


def _director_decides(pairs: list[Pair]) -> list[Pair]:
    """A director asking whether they may give their staff a title in their power asks who
    decides it, for a firm (``htx``), not whether the staff (or the xã) may receive it."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.attr in ("eligible", "decides") and p.entity in DIRECTOR_DECIDES:
            p = replace(p, attr="decides", subject="htx", authority="htx")
        out.append(p)
    return out


#: marks that close a clause, the comma among them
_BREAKS = frozenset({".", "?", "!", ",", ";"})


def _same_clause(before: list[str]) -> list[str]:
    """The words of ``before`` after its last clause break: "LĐTT có cần sáng kiến không, mới
    tuyển dụng bao lâu …": the "không" closing the clause before negates nothing after it."""
    cut = max((i + 1 for i, w in enumerate(before) if w in _BREAKS), default=0)
    return before[cut:]


def _after_chu_not(words: list[str], at: int) -> bool:
    """ "… thôi chứ không (được / có / phải) <title>": the title at ``at`` is claimed not to be
    had (task h101)."""
    before = words[max(at - 3, 0) : at]
    if "chu" not in before:
        return False
    rest = before[before.index("chu") + 1 :]
    return bool(rest) and rest[0] in NEGATED and all(w in _NOT_TAIL for w in rest[1:])


#: what may stand between "chứ không" and the title it denies
_NOT_TAIL = frozenset({"duoc", "co", "phai", "la", "nhan"})


def _denied_after_chu(toks: list[str], start: int, end: int) -> bool:
    """ "tỉnh quyết định chứ không phải xã", "chủ tịch tỉnh quyết định chứ chủ tịch xã không
    được ký": the level after "chứ" is the one the claim denies, not the one claimed to act;
    the claim is about the level named before it (task h101). "chứ" folds like "chủ": it is
    "chứ" only when a negation follows it or the level's own name ("chủ tịch …") starts
    right after it, with a negation after that name."""
    before = toks[max(start - 3, 0) : start]
    if "chu" in before and before[before.index("chu") + 1 : before.index("chu") + 2] != ["tich"]:
        after_chu = before[before.index("chu") + 1 :]
        if after_chu and after_chu[0] in NEGATED:
            return True
    if toks[start - 1 : start] == ["chu"] and toks[start : start + 2] == ["chu", "tich"]:
        return bool(NEGATED & set(toks[end : end + 3]))
    return False


def _replaced(toks: list[str], start: int) -> bool:
    """ "trưởng thôn ký thay (cho / mặt) chủ tịch xã": the one named after "thay" is whose power
    the actor before it claims to use, not the one claimed to act."""
    before = toks[max(start - 2, 0) : start]
    return before[-1:] == ["thay"] or before in (["thay", "cho"], ["thay", "mat"])


def _offered(toks: list[str], start: int) -> bool:
    """ "… được không hay phải trình lên trên / nộp hồ sơ lên Sở Nội vụ": the way offered after
    "không hay", not a question of its own ("… không hay ai quy định" asks who)."""
    before = toks[max(start - 5, 0) : start]
    ors = [i for i, w in enumerate(before) if w == "hay" and i > 0 and before[i - 1] in NEGATED]
    if not ors:
        return False
    after_or = [*before[ors[-1] :], *toks[start:][:1]]
    return not {"ai", "gi", "nao", "dau", "sao", "bao"} & set(after_or)


#: "không có X", "mà không …", "chưa có X", "thiếu X" in a "có được Y … không" question
_WITHOUT = ("ma khong", "khong co sang", "chua co sang", "ko co sang", "thieu", "ma chua")


#: words of a yes/no part that only points back at what was told ("làm vậy / như thế có được
#: không", "vậy có đúng không")
_POINTERS = frozenset({"lam", "vay", "nhu", "the", "cach", "nay", "do", "thi"})


#: the bare confirmation a clause may close with: "đúng không", "phải k ạ"
_CONFIRMED_END = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chu)(?: a| ad| ha)?$")


def _elaboration_confirmed(segments: list[Segment]) -> None:
    """ "thi đua là tự nguyện, không ai ép đăng ký được, đúng k": a clause that names nothing
    (no title, attribute, person, level) and only restates the claim before it in other words,
    closed by the bare confirmation, is put up with that claim: the two are merged, so the
    claim reads as the yes/no (task h126). Only when the claim before it is no story and asks
    nothing of its own."""
    if len(segments) < 2:
        return
    last, before = segments[-1], segments[-2]
    if last.entities or last.attrs or last.weak or last.authority or last.pointed:
        return  # a person or a level alone ("xã không ép ai") names no claim of its own
    if is_yesno(before.words) or not before.entities + before.attrs:
        return
    said = " ".join(last.words)
    if not (end := _CONFIRMED_END.search(said)):
        return
    raw = said[: end.start()].split()
    own = [w for w in raw if w not in _TAIL_WORDS]
    # "the"/"co" are tail words too: the pointers are looked for among the clause's own words
    if len(own) < 2 or (_POINTERS | {"co"}) & set(raw):
        # "…. như vậy có đúng k": a pointer back at the whole story asks of the case told
        return
    # the confirmation closing the letter makes what it confirms the question, not its story
    before.words.extend(last.words)
    before.story = False
    segments.pop()


def _still_so(words: list[str]) -> bool:
    """Only pointers, time words and the yes/no tail, with a word of now or of still ("giờ còn
    vậy không"): the clause names no claim of its own. "làm vậy có đúng không" has neither: it
    asks about the case told, not whether a rule still holds."""
    asked = NOW_TOLD | STILL_WORDS
    return bool(NOW_TOLD & set(words) or still_words(words)) and all(
        w in _TAIL_WORDS or w in _POINTERS or w in asked or w in {"bay", "luc"} for w in words
    )


#: a clause that only asks whether the law says so ("luật quy định vậy phải không", "luật có
#: quy định chung cả nước không", "nghị định có bắt không"): the law named, a verb of setting,
#: and words of scope; it names no claim of its own and asks about the clause before it
_LAW_NAMES = frozenset({"luat", "nghi", "nd", "trung", "uong", "nha", "nuoc"})
#: the Law named by its title ("luật TĐKT", "luật thi đua khen thưởng") (task h95)
_LAW_NAMES |= {"tdkt", "thi", "dua", "khen", "thuong"}
_LAW_VERBS = frozenset({"quy", "dinh", "ghi", "bat", "buoc", "yeu", "cau"})
_LAW_SCOPE = frozenset(
    {"chung", "cho", "ca", "toan", "quoc", "ro", "cu", "the", "moi", "tinh", "noi"}
)


def _asks_the_law(words: list[str]) -> bool:
    own = [w for w in words if w not in _TAIL_WORDS]
    allowed = _POINTERS | _LAW_NAMES | _LAW_VERBS | _LAW_SCOPE
    return (
        bool(own)
        and all(w in allowed for w in own)
        and bool({"luat", "nghi", "nd", "trung", "nha"} & set(own))
        and bool(_LAW_VERBS & set(own))
    )


#: words that set two things side by side ("khác nhau", "khác gì", "phân biệt", "so với")
_COMPARING = (("khac", "nhau"), ("khac", "gi"), ("phan", "biet"), ("so", "voi"), ("khac", "biet"))


#: "mỗi cái", "từng cái", "cả hai", "mỗi loại": a part asked of every title named before it
_EACH = frozenset({("moi", "cai"), ("tung", "cai"), ("ca", "hai"), ("ca", "2"), ("moi", "loai")})
_EACH |= {("tung", "loai"), ("moi", "danh"), ("tung", "danh"), ("moi", "thu"), ("tung", "thu")}


def _compares(words: list[str]) -> bool:
    return any(pair in _COMPARING for pair in pairwise(words))


#: what befalls the asker and counts only in its own year ("bị kỷ luật năm 2025")
_OF_A_YEAR = frozenset({"ky_luat", "moi_tuyen", "thai_san", "chuyen_cong_tac", "di_hoc", "nghi_om"})


def _other_years(segments: list[Segment], asked: list[Segment], toks: list[str]) -> None:
    """ "năm 2025 em bị kỷ luật …. năm 2026 em có được xét LĐTT không": a circumstance told of
    another year than the one asked is no case of the year asked (titles are judged year by
    year), so the story's sentence does not pass it on."""
    said = list(pairwise(toks))
    past = [i for i, pair in enumerate(said) if pair in _LAST_YEAR]
    now = [i for i, pair in enumerate(said) if pair == ("nam", "nay")]
    if past and now and past[0] < now[-1]:
        # "bị khiển trách năm ngoái thì năm nay có được LĐTT không": the sentence telling the
        # case holds no "năm nay", the one asking does
        for seg in segments:
            if (seg.story or not is_yesno(seg.words)) and "nay" not in seg.words:
                if "ky_luat" in seg.subjects:
                    _discipline_past(asked)
                seg.subjects = [s for s in seg.subjects if s not in _OF_A_YEAR]
    dated = [{w for w in seg.words if _YEAR.fullmatch(w)} for seg in asked]
    wanted = next((years for years in reversed(dated) if years), set())
    told = {w for seg in segments for w in seg.words if _YEAR.fullmatch(w)}
    if not wanted and len(told) > 1 and any(("nam", "nay") in pairwise(s.words) for s in asked):
        # "năm 2025 bị khiển trách, năm 2026 hoàn thành tốt … vậy năm nay có được LĐTT không":
        # the story runs up to the year it is told in, so "năm nay" is the latest year it names
        wanted = {max(told)}
    if len(wanted) != 1:
        return
    for seg in segments:
        years = {w for w in seg.words if _YEAR.fullmatch(w)}
        # a sentence that tells (no yes/no of its own): "anh ấy bị cảnh cáo năm 2025 rồi"
        if (seg.story or not is_yesno(seg.words)) and years and not years & wanted:
            if "ky_luat" in seg.subjects and max(years) < min(wanted):
                _discipline_past(asked)
            seg.subjects = [s for s in seg.subjects if s not in _OF_A_YEAR]
    if any("ky_luat_truoc" in seg.subjects for seg in asked):
        # "… có người bảo bị kỷ luật thì 2 năm sau mới được xét": once the asker's discipline
        # is dated to an earlier year, a rule someone is said to state names no case of theirs
        for seg in segments:
            said = set(pairwise(seg.words)) & _SAID_RULE
            if said and seg not in asked and not is_yesno(seg.words):
                seg.subjects = [s for s in seg.subjects if s != "ky_luat"]


def _discipline_past(asked: list[Segment]) -> None:
    """The rule bars a discipline "trong năm" only: one of an earlier year, told, is the case
    the title's facts answer "Có" to (the asker still has to meet the criteria this year)."""
    for seg in asked:
        if is_yesno(seg.words) and "ky_luat" not in seg.subjects:
            seg.add(seg.subjects, "ky_luat_truoc")


_YEAR = re.compile(r"20\d\d")
#: a rule told as someone's word: "có người bảo …", "nghe nói …"
_SAID_RULE = frozenset(
    {
        ("nguoi", "bao"),
        ("nguoi", "noi"),
        ("nghe", "noi"),
        ("nghe", "bao"),
        ("ta", "noi"),
        ("ta", "bao"),
    }
)
#: a year before the one asked, told without its number ("năm qua" is the year under review)
_LAST_YEAR = frozenset({("nam", "ngoai"), ("nam", "truoc"), ("nam", "roi"), ("nam", "kia")})


#: what a pointing clause may ask of what it points at: whether it is right or breaks a rule
#: ("như vậy có sai không", "làm thế có vi phạm quy định không", "vậy có đúng không")
_JUDGED = frozenset({"sai", "dung", "vi", "pham", "trai", "luat", "quy", "dinh", "nguyen", "tac"})
#: or whether it is enough ("như vậy đủ chưa", "thế đã đủ không")
_JUDGED |= {"du", "da"}
#: or whether it is forbidden ("có bị cấm không", "luật có cấm không") (task h148)
_JUDGED |= {"bi", "cam"}


#: "xử lý", "làm gì", "nộp lại", "trả lại", "thu hồi": what is to be done with what was told
_HANDLING = frozenset({("xu", "ly"), ("lam", "gi"), ("nop", "lai"), ("tra", "lai"), ("thu", "hoi")})


#: a rule told as someone's saying: "chị hội bảo …", "có người nói …", "nghe nói …"
_SAYING = frozenset({"bao", "noi", "nghe"})
#: the confirmation closing a question: "đúng không", "phải k", "đúng k ad"
_CONFIRM_TAIL = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chu)(?: (?:a|ad|ha|vay))?$")


def _requirement_confirmed_after(seg: Segment, segments: list[Segment]) -> bool:
    """ "có người bảo giấy khen phải có 2 năm LĐTT mới được. em không biết đúng không": a title
    claimed to require another ("phải / cần … mới được") in one sentence, confirmed in the next,
    which names nothing of its own. The claim is the yes/no, so its condition title is read as
    the condition, not as a second title asked (task h121)."""
    if len(seg.mentions) < 2 or "moi" not in seg.words:
        return False
    if not {"phai", "can", "bat"} & set(seg.words[: seg.words.index("moi")]):
        return False
    later = [s for s in segments[segments.index(seg) + 1 :] if s.words]
    if not later or later[0].entities or later[0].attrs or later[0].authority:
        return False
    return _CONFIRM_TAIL.search(" ".join(w for w in later[0].words if w.isalnum())) is not None


def _told_rule_put_up(pairs: list[Pair], segments: list[Segment]) -> list[Pair]:
    """ "chị hội bảo giấy khen mỗi người chỉ được nhận 1 lần trong đời, năm ngoái cô ấy nhận
    rồi thì năm nay thôi, đúng k": a rule someone is told to have said, then what it means for
    the case, and "đúng k" closing the last part, which names nothing of its own. The rule's
    parts are what is put up for confirmation (task h121). Only when no part is yes/no yet."""
    if not pairs or any(p.yesno for p in pairs):
        return pairs
    asked = [seg for seg in segments if seg.words]
    if len(asked) < 2:
        return pairs
    last = asked[-1]
    if last.entities or last.attrs or last.authority:
        return pairs
    if _CONFIRM_TAIL.search(" ".join(w for w in last.words if w.isalnum())) is None:
        return pairs
    told = [seg for seg in asked[:-1] if seg.entities and _SAYING & set(seg.words)]
    if not told:
        return pairs
    named = {e for seg in told for e in seg.entities}
    return [replace(p, yesno=True) if p.entity in named else p for p in pairs]


def _refers_back(words: list[str]) -> bool:
    own = [w for w in words if w not in _TAIL_WORDS and w not in _JUDGED]
    if _asks_the_law(words):
        return True
    if not own and {"sai", "luat", "quy", "nguyen", "cam"} & set(words):
        # "có đúng quy định không", "có sai luật không" (task h96): a clause asking only
        # whether it is lawful judges what the story told, as "làm vậy có đúng không" does
        return True
    return bool(own) and all(w in _POINTERS for w in own) and bool(_POINTERS & set(own) - {"thi"})


#: a person's circumstance told at the unit's year-end review (not discipline: its own entry
#: answers every title a disciplined person loses)
_PERSON_CASES = frozenset(
    {"moi_tuyen", "thai_san", "nghi_om", "hop_dong", "chuyen_cong_tac", "di_hoc"}
)
#: "bình xét thi đua", "xét thi đua": a person's year-end review with no title named
_REVIEW_WORDS = re.compile(r"\b(?:binh xet|xet|binh bau|bau) thi dua\b")
#: task h128: the review named bare ("được bình xét") beside a wait asked ("bao lâu")
_BARE_REVIEW = re.compile(r"\b(?:binh xet|duoc xet|binh bau)\b")
_HOW_LONG = re.compile(r"\b(?:bao lau|may thang|bao nhieu thang)\b")


def _bare_flag(segments: list[Segment]) -> None:
    """ "chủ tịch xã có tự tặng cờ thi đua cho trường được không": "cờ thi đua" with no title
    named anywhere is the flag a commune's collective may have, the UBND tỉnh's (Luật 2022 Điều
    26; the Government's flag is chosen among those); with a title named it stays a thing that
    title comes with (task h113)."""
    if any(seg.entities for seg in segments):
        return
    for seg in segments:
        if "co thi dua" in " ".join(seg.words):
            seg.add(seg.entities, "co_thi_dua_tinh")
            return


def _person_review_title(segments: list[Segment]) -> None:
    """ "người mới vào làm 4 tháng có được bình xét thi đua không": a person's case is told and
    the year-end review asked with no title named anywhere; the title a person's year-end review
    decides first is Lao động tiên tiến (Luật 2022 Điều 24; the others need it), so the part
    asking is read of it (task h113)."""
    if any(seg.entities for seg in segments):
        return
    if not any(_PERSON_CASES & set(seg.subjects) for seg in segments):
        return
    for seg in segments:
        joined = " ".join(seg.words)
        if ((seg.yesno or is_yesno(seg.words)) and _REVIEW_WORDS.search(joined)) or (
            # "người mới vào làm bao lâu thì được bình xét": the wait asked, the review bare
            _HOW_LONG.search(joined) and _BARE_REVIEW.search(joined)
        ):
            seg.add(seg.entities, "ldtt")
            return


def _asks_without(words: list[str]) -> bool:
    joined = " ".join(words)
    if not any(cue in joined for cue in _WITHOUT):
        return False
    return "duoc" in words  # "không cần sáng kiến đúng không" confirms, it asks nothing else


#: a council named with no level ("hội đồng thi đua khen thưởng", "hội đồng tđkt")
_BARE_COUNCIL = frozenset(
    {("hoi", "dong", "thi", "dua", "khen", "thuong"), ("hoi", "dong", "tdkt")}
)
_XA_WORDS = frozenset({"xa", "phuong", "ubnd", "dac"})


def _anothers_council(toks: list[str], start: int, end: int) -> bool:
    """ "hội đồng TĐKT của trường tiểu học": a council named with no level is the xã's unless
    the words after it give it another owner ("của / ở / tại" + not the xã)."""
    if tuple(toks[start:end]) not in _BARE_COUNCIL or end + 1 >= len(toks):
        return False
    if toks[end] not in OWNER_WORDS:
        return False
    owner = [t for t in toks[end + 1 : end + 4] if t not in {"mot", "cac", "nhung"}]
    return bool(owner) and owner[0] not in _XA_WORDS


def _district_only_told(segments: list[Segment]) -> bool:
    """The district is named only in clauses that ask nothing, and every yes/no clause asks
    about the xã: "No, the district no longer does it" would answer a question not asked."""
    asking = [s for s in segments if s.yesno]
    # "LĐTT trước đó huyện ký nay xã ký đúng không": one clause tells the past and then
    # claims the present; its district is told, its xã asked
    # told over a comma ("chủ tịch xã bây giờ ký …, trước kia là chủ tịch huyện ký phải không"):
    # the clause before tells the xã now, and the two are read as one (task h111)
    joined = [s for s in asking if s.reform and now_before(segments, s)]
    turned = [s for s in asking if s.reform and past_then_now(s.words)] + joined
    told = [s for s in segments if s.reform and not s.yesno] + turned
    return (
        bool(told)
        # "trước đây huyện …" or "năm 2024 huyện còn …" (a year before the reform), not "huyện
        # còn …" alone
        # or told in a letter's story before the question: what the district did there is the
        # asker's past, as the district no longer exists ("năm ngoái huyện khen hộ ông B …")
        and all(told_past(segments, s) for s in told)
        and all(not s.reform or s in turned for s in asking)
        and (
            all(
                "xa" in s.authority
                or "xa" in s.subjects
                or _asks_present(segments, s)
                or s in joined
                for s in asking
            )
            # a letter whose story alone names the district ("2024 CSTĐCS do chủ tịch huyện ký,
            # 2025 xã ký. Năm 2026 chị có được đề nghị CSTĐ tỉnh không") asks of its titles, not
            # of the district: the story is the asker's record, the level it names is gone
            # (a told clause that asks, "ông hỏi HĐ TĐKT quận còn tồn tại không", is no story,
            # and a question without a title of its own, "điều đó còn áp dụng không", points
            # back at what the story tells of the district)
            or (
                all(s.story and not is_yesno(s.words) for s in told)
                and all(s.entities and not _refers_back(s.words) for s in asking)
            )
        )
    )


#: a subject's word read as part of a longer name that is no unit: (word, the word before it)
_NOT_A_UNIT = frozenset(
    {("thon", "nong")}
    | {("cong", w) for w in ("so", "da", "chua", "tinh")}
    # "kế toán / văn thư / giáo viên / y sĩ trường …": the school where a person works, told
    # with their job; the person is asked about
    | {("truong", w) for w in ("toan", "thu", "vien", "quy", "si", "duong")}
)
#: (word, the word after it): "hội đồng (sáng kiến)" is a council, not an association; "(chỉ)
#: tờ giấy", "tờ trình" fold as "tổ" but are a sheet and a paper, not a team
_NOT_A_UNIT_AFTER = frozenset({("hoi", "dong"), ("to", "giay"), ("to", "trinh")})


def _former_still_asked(segments: list[Segment], toks: list[str]) -> bool:
    """ "UBND thị xã cũ còn khen thưởng cho các phường không": the clause before "còn" only
    names the former district, so "còn" is "still" and the district is what the yes/no asks
    about (whatever it names after), not a story told before a question about the xã (task
    h108)."""
    for before, seg in pairwise(segments):
        if not (seg.yesno and before.reform and not before.yesno and before.words and seg.words):
            continue
        # the split dropped "còn"; the question's own words show it stood between the two
        said = f" {' '.join(toks)} "
        if f" {' '.join(before.words)} con {' '.join(seg.words[:2])} " not in said:
            continue
        rest = [w for w in before.words if w not in FORMER_NAME]
        if rest and set(rest) <= {"huyen", "quan", "thi", "xa", "thanh", "pho", "cap"}:
            return True
    return False


def _asks_present(segments: list[Segment], seg: Segment) -> bool:
    """A yes/no clause asks about today, not about the district told before it: it names the
    xã, or it, or a told clause of its own sentence after the last district clause, opens with
    a word of the present ("giờ gửi thẳng Sở Nội vụ phải không", "nay xã tặng CSTĐCS thì có
    được bằng chứng nhận và khung không", "thì xã có hội đồng riêng không"); "giờ còn xét
    không" names nothing new and still asks of the district (task h102)."""
    if seg.reform:
        return False
    at = segments.index(seg)
    for s in reversed(segments[: at + 1]):
        if s.reform:
            return False
        if "xa" in s.words or NOW_TOLD & set(s.words[:3]):
            # a bare "giờ" before "còn xét không" (split at "còn") tells no present of its own
            said = [w for w in s.words if w not in NOW_TOLD and w not in _TAIL_WORDS]
            own = [w for w in seg.words if w not in _TAIL_WORDS and w not in _POINTERS]
            return (
                bool(said and own)
                and bool(seg.entities or seg.attrs or seg.authority)
                and not (still_words(seg.words) and "xa" not in seg.words and not seg.authority)
            )
        if s.yesno and s is not seg:
            return False
    return False


def _still_asked(segments: list[Segment], at: int) -> list[str]:
    """The attributes of the part before a yes/no that asks whether it still holds: "còn /
    vẫn" in the yes/no, or a clause of time words only between them ("nay còn 1,5 lần không",
    split at "còn"). Empty when it asks nothing of the kind."""
    now = False
    k = at - 1
    while k >= 0 and not segments[k].attrs and set(segments[k].words) <= NOW_TOLD | {"bay"}:
        now = True
        k -= 1
    if k < 0 or segments[k].story or not segments[k].attrs:
        return []
    return list(segments[k].attrs) if now or still_words(segments[at].words) else []


def _xa_acting(pairs: list[Pair], model: FactModel, acting: bool = False) -> list[Pair]:
    """With the district told as the past, the xã named in the yes/no is the one now doing
    what the district did ("năm 2024 huyện còn xét …, năm nay xã có tự xét không", "trước huyện
    chi, giờ xã chi à"), never the one receiving the title: "is the xã eligible" is no part of
    it. Who may receive it is asked as whether the xã decides it; any other attribute is asked
    of the title itself."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.subject == "xa" and (acting or not _xa_receives(model, p)):
            if p.attr == "eligible":
                p = replace(p, attr="decides", authority="xa")
            p = replace(p, subject=None, cases=tuple(c for c in p.cases if c != "xa"))
            if any((q.entity, q.attr) == (p.entity, p.attr) for q in out):
                out = [q for q in out if (q.entity, q.attr) != (p.entity, p.attr)]
        out.append(p)
    return out


#: the xã's chairman told as the one signing, in a line put up for confirmation: "giờ chủ tịch
#: xã ký CSTĐCS luôn, không phải trình lên trên, đúng k", "chủ tịch xã ký được cả …"
#: (only a signing told as now, or as alone: "chủ tịch xã ký giấy khen tháng 5" told in a
#: story is no such line)
_XA_SIGNS = re.compile(
    r" (?:gio|bay gio|hien nay|hien gio|nay|tu nay) (?:\w+ ){0,2}?chu tich (?:ubnd )?"
    r"(?:xa|phuong|dac khu) (?:tu |duoc )?(?:ky|quyet dinh|cong nhan) "
    r"| chu tich (?:ubnd )?(?:xa|phuong|dac khu) (?:tu |duoc )?(?:ky|quyet dinh|cong nhan) "
    r"(?:\w+ ){0,8}?(?:luon|(?:khong|k|ko) (?:phai|can) (?:trinh|gui)|thay huyen) "
)
_SIGNER_CONFIRMED = re.compile(r" (?:dung|phai) (?:vay |the )?(?:khong|ko|k|hong|chua|chu) ")


#: a prize figure as typed: "1.880.000", "4,68 triệu", "1,5 lần (lương cơ sở)"
_PRIZE_FIGURE = re.compile(r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:[.,]\d+)? ?(?:lan|trieu|tr)\b")
#: the base salary's own figure: "lương cơ sở (lên / là / mới) 2.530.000"
_BASE_FIGURE = re.compile(r"\bluong co so (?:\w+ ){0,3}?\d")
#: words that ask who may have the title, not what it pays
_ELIGIBILITY_ASKED = re.compile(
    r"\b(?:duoc xet|dc xet|du dieu kien|du dk|du tieu chuan|co duoc|co dc|ai duoc|ai dc"
    r"|xet duoc|tieu chuan|dieu kien)\b"
)


def _prize_figure_claimed(question: str, toks: list[str]) -> bool:
    """A figure of the prize put up for confirmation in a clause of its own ("TTLĐTT thưởng bao
    nhiêu, đồng nghiệp bảo 1.880.000 là đúng chưa", "CSTĐCS thưởng 1,5 lần lương cơ sở, trong
    zalo nói vậy đúng k"), with nothing asking who may have the title (task h120)."""
    said = " ".join(fold(question).lower().split())
    if _PRIZE_FIGURE.search(said) is None or _ELIGIBILITY_ASKED.search(said):
        return False
    if _BASE_FIGURE.search(said):
        return False  # "lương cơ sở lên 2.530.000, đúng k": the base is the figure claimed
    return _SIGNER_CONFIRMED.search(f" {' '.join(toks)} ") is not None or said.rstrip(
        " ?.!"
    ).endswith((" khong", " k", " ko", " chua", " dung chua"))


def _figure_on_prize(pairs: list[Pair]) -> list[Pair]:
    """The yes/no the separate "… đúng k" clause put on who may have the title belongs to the
    prize whose figure is claimed: the eligibility part read off that clause alone is dropped
    and the prize part carries the yes/no (task h120)."""
    priced = {p.entity for p in pairs if p.attr == "money"}
    if not priced:
        return pairs
    out = []
    for p in pairs:
        if p.attr == "eligible" and p.yesno and p.entity in priced and p.subject is None:
            continue
        if p.attr == "money" and p.entity in priced and not p.yesno:
            p = replace(p, yesno=True)
        out.append(p)
    return out


def _xa_signer_claimed(toks: list[str]) -> bool:
    """The line says the xã's chairman signs (now, alone) and asks whether that is right; the
    xã there is the signer, never a recipient of the titles named (task h120)."""
    said = f" {' '.join(toks)} "
    return bool(_XA_SIGNS.search(said) and _SIGNER_CONFIRMED.search(said))


def _xa_signer_pairs(pairs: list[Pair]) -> list[Pair]:
    """The yes/no parts read off the xã as subject ("who may receive it", and the "trình lên
    trên" / "luôn" of the line read as where to submit or when) asked as whether the xã
    decides each title named; one part per title (task h120)."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.subject == "xa" and p.attr in ("eligible", "submit", "deadline"):
            p = replace(
                p,
                attr="decides",
                authority="xa",
                subject=None,
                cases=tuple(c for c in p.cases if c != "xa"),
            )
        elif p.attr == "decides" and p.authority == "xa" and not p.yesno:
            # "bây giờ chủ tịch phường ký tặng CSTĐCS luôn, … đúng không": the signing is the
            # line put up, so its part carries the yes/no
            p = replace(p, yesno=True, subject=None, cases=tuple(c for c in p.cases if c != "xa"))
        if any((q.entity, q.attr) == (p.entity, p.attr) for q in out):
            continue
        out.append(p)
    return out


def _xa_receives(model: FactModel, pair: Pair) -> bool:
    """A title the xã itself receives ("thị xã cũ nay thành phường, phường có được xét xã, phường
    tiêu biểu không"): the xã named is who may get it, as its own fact says, not who acts."""
    if pair.authority == "xa":
        return False  # "giờ xã có tự xét … không": the xã told acting
    fact = model.fact(pair.entity, "eligible") if pair.attr == "eligible" else None
    case = fact.by_subject.get("xa") if fact is not None else None
    return case is not None and case.verdict == "Có"


def _change_confirmed(seg: Segment, segments: list[Segment]) -> bool:
    """ "trước do huyện chi, giờ xã chi à": the last clause states the present against a past
    told in an earlier clause and puts it up for confirmation: the change is the claim asked."""
    words = seg.words
    if seg is not segments[-1] or not _put_up(words):
        return False
    if not NOW_TOLD & set(words) or QUESTION_WORDS & set(words):
        return False
    return any(PAST_TOLD & set(s.words) for s in segments[:-1])


#: units a "trưởng / phó" heads ("trưởng phòng", "phó ban", "tổ trưởng" is read the other way)
_UNITS = frozenset({"phong", "ban", "khoa", "to", "thon", "doan", "hoi", "nhom", "bo", "tram"})


def _heads(toks: list[str], start: int) -> bool:
    """ "trưởng phòng", "phó ban", "hiệu trưởng", "tổ trưởng": a person who heads a unit, not
    the unit ("trưởng" folds like "trường", a school)."""
    before = toks[start - 1] if start > 0 else ""
    after = toks[start + 1] if start + 1 < len(toks) else ""
    if toks[start] == "truong" and (before in _UNITS | {"hieu"} or after in _UNITS):
        return True
    return before in ("truong", "pho") and toks[start] in _UNITS


def _read_numbers(seg: Segment, message: list[str], hired: bool = False) -> None:
    """Stated numbers that change the case: "mới tuyển 8 tháng" is past the 6-month rule;
    "được tặng nhiều năm liền" asks whether it may be repeated, not whether years are needed.
    The months worked may be told in another clause of the message than the recruitment
    ("mới tuyển từ tháng 3, đến tháng 12 là 9 tháng, …")."""
    joined = " ".join(seg.words)
    recruited = "moi_tuyen" in seg.subjects
    if (
        recruited
        and "duoi" not in seg.words
        and "chua du" not in joined
        and months_served(message) is not None
    ):
        seg.subjects.remove("moi_tuyen")
    named = seg.attrs or seg.weak
    asks_time = named == ["deadline"] or (
        set(named) <= {"deadline", "money", "eligible"} and "thang" in seg.words
    )
    if (recruited or hired) and named and asks_time:
        seg.attrs = ["eligible"]  # "mới tuyển dụng bao lâu thì được xét": the 6-month rule
    elif seg.yesno and named == ["deadline"] and TIMED & set(seg.subjects):
        # "trong thời gian bị kỷ luật có được LĐTT không": the time is the circumstance's,
        # the question is whether the title can be had in it
        seg.attrs = ["eligible"]
    if (
        seg.yesno
        and {"object", "money"} <= set(seg.attrs)
        and not {"tien", "bao", "may", "bn", "trieu"} & set(seg.words)
    ):
        seg.attrs.remove("money")  # "có được thưởng thêm huy hiệu không": the thing, not money
    if {"tax", "money"} <= set(seg.attrs) and not {"bao", "may"} & set(seg.words):
        seg.attrs.remove("money")  # "tiền thưởng … có phải đóng thuế": what is taxed, not how much
    if "definition" in seg.attrs and not _opens_with_term(seg.words):
        seg.attrs.remove("definition")  # "chiến sĩ thi đua là gì" asks about a title
    if "consecutive" in seg.attrs and "nhieu" in seg.words and not required_at(seg.words):
        seg.attrs = ["repeat" if a == "consecutive" else a for a in seg.attrs]


#: what may come before "thi đua / khen thưởng là gì" in a question asking what the words mean
_FILLERS = frozenset(
    {"cho", "em", "hoi", "xin", "minh", "toi", "ad", "a", "ban", "oi", "bot", "vay"}
)
_TERM_STARTS = frozenset({"thi", "khen", "the", "khai", "dinh", "danh", "hieu"})


def _opens_with_term(words: list[str]) -> bool:
    for word in words:
        if word in _TERM_STARTS:
            return True
        if word not in _FILLERS:
            return False
    return False


#: "công nhận" (to recognise) folds to "cong nhan" like "công nhân" (a worker): it is the verb
#: after these words or before a title
_VERB_BEFORE = frozenset({"dinh", "xet", "nghi", "ra", "ai", "tinh"})
_VERB_AFTER = frozenset({"danh", "la", "cho", "lai", "hieu", "sang", "ket"})


#: "được tính", "tính vào / để / là …": the verb "tính" (to count), which folds like "tỉnh"
_COUNT_BEFORE = frozenset({"duoc", "se", "cach", "khi", "deu", "van", "moi"})
#: "em tính thử", "tôi tính ra": a person calculating ("tính" folds like "tỉnh", the province)
_COUNT_BEFORE |= {"e", "em", "toi", "minh", "to"}
_COUNT_AFTER = frozenset({"de", "vao", "la", "thue", "tien", "nhu", "sao", "theo", "luon", "ca"})
_COUNT_AFTER |= {"thu", "ra", "lai", "toan"}
#: "anh tính giúp / tính hộ / tính dùm mỗi LĐTT bao nhiêu": asked to calculate (task h106)
_COUNT_AFTER |= {"giup", "ho", "dum", "gium", "xem"}
_COUNT_BEFORE |= {"a", "anh", "ad"}  # not "chi": "chỉ tỉnh mới …" names the province
#: the yes/no tail after "có tính": "… có tính không", nothing after it
_COUNT_TAIL = frozenset({"khong", "ko", "k", "hong", "ha", "a", "chu", ""})


def _counts_in(toks: list[str], start: int) -> bool:
    before = toks[start - 1] if start > 0 else ""
    after = toks[start + 1] if start + 1 < len(toks) else ""
    if before == "co" and after in _COUNT_TAIL:
        return True  # "nghỉ thai sản có tính không" closes asking whether it counts (task h96)
    return before in _COUNT_BEFORE or after in _COUNT_AFTER


def _is_verb(toks: list[str], start: int, end: int) -> bool:
    if toks[start:end] != ["cong", "nhan"]:
        return False
    before = toks[start - 1] if start > 0 else ""
    after = toks[end] if end < len(toks) else ""
    return before in _VERB_BEFORE or after in _VERB_AFTER


#: words that open the question proper after a story ("vậy", "như vậy", "thế thì")
_ASK_WORDS = frozenset({"vay"})
_STORY_WORDS = 10


def _final_question(toks: list[str]) -> int | None:
    """Where the question starts after a told story: the last "vậy" with words after it, or
    the first of the sentences that end the letter and ask something."""
    by_sentence = _asking_sentences(toks)
    for i in range(len(toks) - 2, 0, -1):
        if toks[i] not in _ASK_WORDS:
            continue  # only "vậy" can open it: the lists below cost a pass over the question
        rest = [t for t in toks[i + 1 :] if t not in PARTICLES and t not in BREAKS]
        told = [t for t in toks[:i] if t not in BREAKS]
        # only a told situation (a long lead-in) is a story; "… bao nhiêu vậy, hồ sơ gồm gì"
        # is a compound question whose first part still counts
        # "…, vậy em có được …" opens the question; "làm vậy", "như vậy" mean "so doing"
        opens = toks[i - 1] in BREAKS or toks[i - 1] in CONNECTORS
        # "…, giờ còn vậy không": a "vậy" followed only by the yes/no tail means "so", and asks
        # whether what was said before holds; it opens no question of its own
        tail_only = all(t in NEGATED or t in ADDRESSED for t in rest)
        if toks[i] in _ASK_WORDS and opens and rest and not tail_only and len(told) >= _STORY_WORDS:
            return i if by_sentence is None or i > by_sentence else by_sentence
    return by_sentence if by_sentence is not None else _told_then_asked(toks)


def _told_then_asked(toks: list[str]) -> int | None:
    """ "em hoàn thành xuất sắc nhiệm vụ và đạt LĐTT nhưng không có sáng kiến, có được CSTĐCS
    không": a short message that opens with the asker and tells, clause by clause, what they
    have, then asks one yes/no after the last comma. The told clauses are the case (like a
    letter's story), not parts asked; a message whose earlier clauses ask too is compound."""
    if not toks or toks[0] not in ASKERS:
        return None
    commas = [i for i, t in enumerate(toks) if t in BREAKS]
    if not commas:
        return None
    last = commas[-1]
    asked = [t for t in toks[last + 1 :] if t not in BREAKS]
    if not asked or not is_yesno(asked):
        return None
    if _still_so(asked):
        # "em nhớ LĐTT phải có sáng kiến, giờ còn vậy không": the last clause only asks whether
        # what was told holds, so the told clause is the claim asked about, not the asker's case
        return None
    start = 0
    for end in commas:
        told = toks[start:end]
        if told and _asks(told, ""):
            return None
        start = end + 1
    return last


def _told_before(seg: Segment, before: Segment) -> bool:
    """ "… bị kỷ luật khiển trách vì chậm trễ hồ sơ. Cuối năm vẫn muốn bình LĐTT cho anh ấy,
    có được không?": a yes/no part naming a title after a sentence that only tells the case
    asks whether the title can be had; the told sentence's cue words ("hồ sơ") are the case,
    not an attribute it carries over."""
    if not seg.yesno or before.entities or not before.words:
        return False
    words = before.words
    joined = f" {' '.join(words)} "
    # by its end: "có cán bộ bị …" holds "có cán" (folded like "có cần") and asks nothing
    return not (
        QUESTION_WORDS & set(words)
        or any(f" {p} " in joined for p in QUESTION_PHRASES)
        or set(words[-3:]) & (NEGATED | ASKING_TAILS | {"chu"})
    )


#: negations that make the question word after them (or after "có") mean none
_NONE_BEFORE = NEGATED | TYPED_NOT | {"cha"}
#: words that open what follows a case ("không có thì cần gì"): the question word asks again
_CONSEQUENCE = frozenset({"thi", "can", "phai", "lam", "sao"})


def _none(words: list[str], at: int) -> bool:
    """ "không ai có sáng kiến", "chưa có gì", "chưa ai có sáng kiến nào": the question word at
    ``at`` follows a negated "ai" / "có" in its clause and means none; it asks nothing. "không
    rõ ai ký" still asks who, and so does "không có thì cần gì" (a consequence follows)."""
    window = words[max(at - 5, 0) : at + 1]
    for i, (a, b) in enumerate(pairwise(window)):
        if a in _NONE_BEFORE and b in {"ai", "co"}:
            return not _CONSEQUENCE & set(window[i + 2 :])
    return False


def _asks(words: list[str], ended_by: str) -> bool:
    if ended_by == "?":
        return True
    if not words:
        return False
    joined = f" {' '.join(words)} "
    # "năm nào cũng được công nhận", "ai cũng hoàn thành": "nào / ai … cũng" means every,
    # it asks nothing
    asking = {
        w for i, w in enumerate(words) if words[i + 1 : i + 2] != ["cung"] and not _none(words, i)
    }
    return (
        is_yesno(words)
        or bool(QUESTION_WORDS & asking)
        or any(f" {p} " in joined for p in QUESTION_PHRASES)
    )


def _asking_sentences(toks: list[str]) -> int | None:
    """ "Tháng 10/2026 lũ lớn, anh B … cứu 2 cháu. Xã muốn khen ngay. Xin hỏi ai tặng, hồ sơ gì
    và thưởng bao nhiêu?": the sentences that end the letter and ask something are the question;
    the told sentences before them (at least :data:`_STORY_WORDS` words) are its story. Returns
    the index of the sentence end just before the question, or None."""
    sentences: list[tuple[int, list[str], str]] = []  # (index of the end before, words, end)
    start = -1
    for i, tok in enumerate([*toks, "."]):
        if tok == "." and 0 < i < len(toks) - 1 and toks[i - 1].isdigit() and toks[i + 1].isdigit():
            continue  # "2.530.000"
        if tok in SENTENCE_ENDS:
            words = [t for t in toks[start + 1 : i] if t not in BREAKS]
            if words:
                sentences.append((start, words, tok))
            start = i
    first = len(sentences)
    while first > 0 and _asks(sentences[first - 1][1], sentences[first - 1][2]):
        first -= 1
    if first == 0 or first == len(sentences):
        return None
    told = sum(len(words) for _, words, _ in sentences[:first])
    return sentences[first][0] if told >= _STORY_WORDS else None


#: a rule for every title answers only a question about commendation at all: "xe máy có phải
#: đóng thuế không" names no title and none of these, so the tax rule for prizes is not its answer
#: what a letter's procedural question asks of every title its story prepares (task h90)
_PROCEDURE = frozenset({"dossier", "submit", "signer", "copies", "form", "publicity_list"})

_TOPIC = (
    "thi dua",
    "khen",
    "thuong",
    "danh hieu",
    "sang kien",
    "thanh tich",
    "huan chuong",
    "tdkt",
    # "hồ sơ không được duyệt thì xã có phải trả lời không": in this chat a dossier is one for
    # an award; only a rule for every title (a general attribute's cue) reads it so
    "ho so",
    # the papers of a dossier (task h90): "tờ trình theo mẫu số mấy", "biên bản ai ký"
    "to trinh",
    "bien ban",
    "binh xet",
    "niem yet",
    "cong khai danh sach",
    "phieu",
    "bieu quyet",
)


def _on_topic(toks: list[str]) -> bool:
    joined = " ".join(toks)
    return any(word in joined for word in _TOPIC)


_MONEY_WORDS = frozenset({"trieu", "tr", "nghin", "ngan", "tram"})


def _is_figure(tok: str) -> bool:
    """An amount word, or a number that is not a year ("2026")."""
    return tok in _MONEY_WORDS or (tok.isdigit() and not (len(tok) == 4 and tok.startswith("20")))


#: the unit of a sum of money as typed ("2 triệu 5", "500 nghìn", "500k", "760.000 đồng")
_CURRENCY = frozenset({"trieu", "tr", "nghin", "ngan", "dong", "d", "vnd"})
_THOUSANDS = re.compile(r"\d{1,3}k")


def _claims_amount(words: list[str]) -> bool:
    """The words state a sum of money: a number and its currency word, or "500k"."""
    return any(
        _THOUSANDS.fullmatch(w) or (w.isdigit() and nxt in _CURRENCY)
        for w, nxt in pairwise([*words, ""])
    )


#: the most specific subject wins when several are named ("em hỏi thôn có được … không")
_SUBJECT_ORDER = (
    # two yearly titles of one year: the prize rule of the case decides ("trường đạt cả …")
    "cung_thoi_gian",
    "chuyen_cong_tac",  # "mới chuyển công tác về được 3 tháng" is not newly recruited
    "di_hoc",  # "đi học bồi dưỡng 3 tháng" is time away from work, not a new hire
    # a wound taken rescuing someone is no sick leave: its treatment counts (task h106)
    "bi_thuong",
    "nghi_om",  # so is "nghỉ ốm 3 tháng"
    "moi_tuyen",
    "thai_san",
    "ky_luat",
    "hop_dong",
    "dan_quan_tt",
    "dan_quan",
    "cong_an",
    "htx",
    "thon",
    "ho_gia_dinh",
    "tap_the",
    "nong_dan",
    "hoc_sinh",
    "mien_nui",  # "xã miền núi": the region sets the fund's ceiling, the xã is only where
    "dong_bang",
    # a person told ("anh Tuấn, công chức …") is who is asked about even where the xã acts
    # in the letter ("xã tuyển dụng anh …", "sáng kiến được xã công nhận")
    "ca_nhan",
    "xa",  # "trường … thuộc xã": the xã is often only where the subject is
)


#: words before a title that make it a condition of the question, not what is asked about
_CONDITION_WORDS = frozenset({"dat", "neu"})
#: what a subject does right after "thi xa" typed without marks ("… thì xã có phải trả lời",
#: "… thì xã được …"): "thì xã", the xã acting; "thị xã có còn không" asks about the unit
_ACTS = frozenset(
    {"phai", "duoc", "dc", "se", "can", "tu", "lam", "xet", "ky", "nen", "quyen", "quyet"}
    # "giấy khen xã thì xã chi tiền thưởng", "thì xã chỉ đề nghị", "thì xã gửi / nộp / trình /
    # lập hồ sơ": the xã acting, not the former thị xã (task h108)
    | {"chi", "gui", "nop", "trinh", "lap", "tra"}
    # "tổ bầu cử làm tốt thì xã khen / tặng giấy khen": the xã commending (task h127)
    | {"khen", "tang"}
)


#: "thì xã em / xã mình có phải …": whose xã, typed between it and what it does (task h144)
_OWN = frozenset({"em", "minh", "toi", "ta"})


def _acts(after: list[str]) -> bool:
    if after[:1] and after[0] in _OWN:
        after = after[1:]
    after = after[:2]
    if not after:
        return False
    if after[:2] == ["de", "nghi"]:
        return True  # "… thì xã đề nghị lên tỉnh": the xã proposes
    if after[0] == "co":
        return len(after) > 1 and after[1] in _ACTS
    return after[0] in _ACTS


#: words that open a condition clause: its "thì" comes later in the same sentence
_IF_WORDS = frozenset({"neu", "khi", "lo", "gia"})
#: words that make the "thi xa" right after them a place: "nếu ở thị xã cũ …"
_AT_PLACE = frozenset(
    {"o", "tai", "cua", "cap", "ubnd", "tich", "ve", "va", "hoac", "nhu", "tu", "con"}
)


def _after_condition(toks: list[str], start: int) -> bool:
    """ "nếu không được duyệt thì xã có báo lại không": "thi xa" closing a condition opened
    earlier in the same sentence is "thì xã", whatever the xã then does."""
    if toks[start - 1 : start] and toks[start - 1] in _AT_PLACE:
        return False
    for at in range(start - 2, -1, -1):
        if toks[at] in BREAKS:
            return False
        if toks[at] in _IF_WORDS:
            return True
    return False


#: a level named just before "thi xa" typed without marks: "tỉnh thì xã", never "tỉnh thị xã"
_THEN_AFTER = (["tinh"], ["huyen"], ["thon"], ["phuong"], ["truong"], ["do"], ["vay"], ["roi"])
#: words before a title that make it the one wanted ("muốn đạt X", "để đạt X", "muốn lên X"),
#: not a condition
_GOAL_WORDS = frozenset({"muon", "de", "len"})
_NEGATED_CONDITION = frozenset({"khong", "chua", "quen"})
#: bodies that act in a story (a council meets, advises): no title a question asks about
_BODIES = frozenset({"hoi_dong_xa", "hoi_dong_tw"})
#: words telling a unit reached its criteria ("đạt hết các tiêu chí", "đạt chuẩn", "đủ tiêu chuẩn")
_REACHED = frozenset({"dat", "du"})
#: the words that claim or ask that a thing is required ("cần", "phải", "bắt buộc"): a level of
#: duty after them asks whether it is required ("có cần hoàn thành xuất sắc"); the composer's
#: readers of a requirement claimed or asked share this list
REQUIRE_WORDS = ("can", "phai", "bat buoc", "yeu cau")


#: each word of ``REQUIRE_WORDS`` by its last syllable, so a question is scanned once
_REQUIRE_ENDS = {word.split()[-1]: word.split() for word in REQUIRE_WORDS}


def required_at(words: list[str]) -> list[int]:
    """Where in ``words`` (folded syllables) a word of ``REQUIRE_WORDS`` ends. "cán bộ" folds
    to "can bo", whose "can" is no "cần" ("cán bộ xã chỉ hoàn thành nhiệm vụ" tells a level, it
    requires none)."""
    return [
        i
        for i, w in enumerate(words)
        if w in _REQUIRE_ENDS
        and words[max(i + 1 - len(_REQUIRE_ENDS[w]), 0) : i + 1] == _REQUIRE_ENDS[w]
        and not (w == "can" and words[i + 1 : i + 2] == ["bo"])
    ]


_LEVELS = frozenset({"htnv", "httnv", "htxs"})
#: the kinds of recipient a question may name (not a case told of one: a new hire, discipline)
_WHO_KINDS = frozenset({"ca_nhan", "tap_the", "nong_dan", "ho_gia_dinh", "thon", "xa"})
#: the levels above the bare duty: "không hoàn thành xuất sắc" denies that level only, while
#: "không hoàn thành nhiệm vụ" still reads as the lowest level (both rule the higher titles out)
_LEVELS_ABOVE = frozenset({"httnv", "htxs"})


def _unmet_title_told(segments: list[Segment]) -> None:
    """ "… nhưng năm nay không đạt LĐTT, vẫn xét CSTĐCS được à": a clause telling only that a
    title was not reached, then a yes/no clause asking another, is the condition of that
    question, as "nếu không đạt LĐTT thì …" is in one clause (task h137)."""
    for told, asked in pairwise(segments):
        asking = asked.yesno or is_yesno(asked.words) or asked.words[-1:] in (["a"], ["ha"])
        if told.yesno or not asking or len(told.mentions) != 1:
            continue
        title, _, before = told.mentions[0]
        if "dat" not in before or not _NEGATED_CONDITION & set(before):
            continue
        if not asked.entities or title in asked.entities:
            continue
        told.entities = [e for e in told.entities if e != title]
        told.mentions = []
        # what else the clause tells ("có đề tài …") is the case, not a part asked
        told.attrs, told.weak = [], []
        asked.subjects.insert(0, f"khong_dat_{title}")


def _drop_conditions(seg: Segment) -> None:
    """In "nếu (không) đạt LĐTT thì có được CSTĐCS không" the asked title is CSTĐCS.

    A title before "thì", or right after "đạt" / "nếu", with another title after it, is a
    condition: it leaves the part's titles and becomes a subject ("khong_dat_ldtt" when negated,
    "dat_ldtt" otherwise), so that the asked title's facts can answer for that case.
    """
    if len(seg.mentions) < 2:
        return
    then = next(
        (
            i
            for i, w in enumerate(seg.words)
            if (w == "thi" and seg.words[i + 1 : i + 2] != ["dua"])
            # "phải có giấy khen rồi mới được đề nghị bằng khen": the title before "mới" is
            # the condition
            or (w == "moi" and seg.words[i + 1 : i + 2] in (["duoc"], ["de"], ["xet"]))
        ),
        None,
    )
    if (
        then is not None
        and seg.words[then] == "moi"
        and all(at < then for _, at, _ in seg.mentions)
        and len({e for e, _, _ in seg.mentions}) == 2
        and seg.mentions[-1][0] != seg.mentions[0][0]
        # the condition counted ("2 năm liền LĐTT", "3 lần CSTĐCS"): a title held, not one
        # of two asked ("LĐTT có phải đăng ký thi đua … mới được xét")
        and set(seg.mentions[-1][2]) & _RUN_TOLD
    ):
        # "giấy khen chủ tịch xã có bắt buộc 2 năm liền LĐTT mới được tặng không": no title
        # after "mới", so the one right before it is the condition and the one the sentence
        # opens with is asked (task h101)
        condition, _, before = seg.mentions[-1]
        seg.entities = [e for e in seg.entities if e != condition] or seg.entities
        negated = bool(_NEGATED_CONDITION & set(before))
        seg.subjects.insert(0, f"{'khong_dat' if negated else 'dat'}_{condition}")
        return
    conditions = []
    for n, (entity, at, before) in enumerate(seg.mentions):
        later = [e for e, pos, _ in seg.mentions[n + 1 :] if e != entity]
        if not later:
            break
        if _GOAL_WORDS & set(before) and not _CONDITION_WORDS - {"dat"} & set(before):
            # "muốn lên CSTĐCS thì có cần đạt LĐTT không": the title wanted is what is asked
            # about; the one it requires is after the "cần" (``_drop_required``)
            continue
        # what stands between "thì" and each later title ("thì cần có người đạt CSTĐCS")
        required_after = then is not None and all(
            REQUIRE_MARKS & set(seg.words[then:pos])
            for e, pos, _ in seg.mentions[n + 1 :]
            if e != entity
        )
        if then is not None and at < then and required_after and not _CONDITION_WORDS & set(before):
            # "CSTĐCS thì phải đạt LĐTT trước đúng không": the title before "thì" is the topic,
            # the one after "phải / cần" what it requires, not a case (task h95)
            continue
        if (then is not None and at < then) or _CONDITION_WORDS & set(before):
            negated = bool(_NEGATED_CONDITION & set(before))
            conditions.append((entity, negated))
    # a title held ("3 lần CSTĐCS", "ngoài CSTĐCS") is a condition wherever it stands
    held = {e for e, _, before in seg.mentions if _held(before)}
    # "CSTĐCS 2 lần liên tục là căn cứ đề nghị bằng khen": counted right after it, with another
    # title named later, the title is held too
    held |= {
        e for (e, at, _), (_, nxt, _) in pairwise(seg.mentions) if _counted_after(seg.words[at:nxt])
    }
    if held and any(e not in held for e, _, _ in seg.mentions):
        conditions += [(e, False) for e in held if e not in {c for c, _ in conditions}]
    asked = [e for e in seg.entities if e not in {c for c, _ in conditions}]
    if not conditions or not asked:
        return
    seg.entities = asked
    for entity, negated in conditions:
        seg.subjects.insert(0, f"{'khong_dat' if negated else 'dat'}_{entity}")


#: the asker's own pronoun ("em", "tôi", "mình"): a "chi" after it is "chỉ", not "chị"
_ASKER_WORDS = frozenset({"e", "em", "toi", "minh", "tui"})
#: what a part asks when it asks whether a title may be had (its route, its years)
_WHETHER_HAD = frozenset({"eligible", "criteria", "initiative", "consecutive"})
#: words right before a title that tell it as the asker's own record ("đạt LĐTT", "không đạt
#: LĐTT", "chỉ mới LĐTT"), not as a title asked about
_RECORD_WORDS = frozenset({"dat", "moi"})


def _record_before_asked(segments: list[Segment], model: FactModel) -> None:
    """ "năm nay em không đạt LĐTT nhưng có sáng kiến, có lên thẳng CSTĐCS được không", "em chỉ
    mới LĐTT nhưng có sáng kiến …, có nhảy thẳng lên CSTĐ tỉnh được không": a clause that only
    tells a title the asker reached (or did not), followed by a clause asking yes or no about
    another title, tells a condition of that other title, as "nếu (không) đạt X thì …" does
    inside one clause (``_drop_conditions``); the told title is not answered on its own. A
    title told "chỉ (mới)" is the only one held: the asked title's prerequisite that it is not
    is then told not reached (task h107)."""
    for n, told in enumerate(segments[:-1]):
        if not told.mentions or is_yesno(told.words):
            continue
        # three words before each title: "chỉ mới đạt LĐTT" tells "only" before "mới đạt"
        record = [
            (e, tuple(told.words[max(at - 4, 0) : at]))
            for e, at, before in told.mentions
            if _RECORD_WORDS & set(before)
        ]
        if len(record) != len(told.mentions) or len({e for e, _ in record}) != 1:
            continue
        held, before = record[0]
        asking = next((s for s in segments[n + 1 :] if s.entities and is_yesno(s.words)), None)
        if asking is None or held in asking.entities or held not in model.yearly:
            continue
        if set(asking.attrs) - _WHETHER_HAD or any(
            set(before[-1:]) & {"nhu", "giong"} for _, _, before in asking.mentions
        ):
            # "đạt TTLĐTT, có được tặng bằng chứng nhận như TTLĐXS không": what comes with the
            # held title is asked, the other only compared; not whether the other may be had
            continue
        negated = bool(_NEGATED_CONDITION & set(before[-3:]))
        # "em chỉ mới (đạt) LĐTT": "chỉ" folds like "chị", so "only" is read after the asker's
        # own pronoun ("chị đạt LĐTT" tells whose record it is)
        only = not negated and any(
            pair == ("chi", "moi") and (k == 0 or before[k - 1] in _ASKER_WORDS)
            for k, pair in enumerate(pairwise(before))
        )
        if told.story and not (negated or only):
            # a story's titles reached are the asker's record, read as such elsewhere
            continue
        cases = set()
        for entity in asking.entities:
            for fact in model.facts.get(entity, {}).values():
                cases |= set(fact.by_subject)
        if negated:
            case = f"khong_dat_{held}"
        elif only:
            # "chỉ mới LĐTT": no other title held, so the prerequisite named by the asked
            # title's own "khong_dat_" case is not reached
            # a title's prerequisite title, not registration (no title held)
            unmet = (
                c
                for c in sorted(cases)
                if c.startswith("khong_dat_") and c.removeprefix("khong_dat_") in model.yearly
            )
            case = next((c for c in unmet if c != f"khong_dat_{held}"), None)
        else:
            case = f"dat_{held}"
        told.entities = [e for e in told.entities if e != held]
        told.mentions = []
        if not told.entities:
            # the clause's other words ("nhưng có sáng kiến") tell the case, they ask nothing
            told.attrs, told.weak = [], []
        if case is not None and case in cases:
            asking.subjects.insert(0, case)


def _same_period(segments: list[Segment], model: FactModel) -> bool:
    """ "cùng năm đạt cả LĐTT và CSTĐCS": two yearly titles, and nothing else commended, named
    in one message are counted over the same year (only the higher prize is paid)."""
    named = {entity for seg in segments for entity, _, _ in seg.mentions}
    return len(named) >= 2 and named <= model.yearly


def _counted_after(span: list[str]) -> bool:
    """ "CSTĐCS 2 lần liên tục là căn cứ …": a number of times or years follows the title (the
    span from it to the next title named); "CSTĐ tỉnh cần 3 lần liên tục CSTĐCS" counts the
    next title instead, the count standing right before it."""
    for i, w in enumerate(span):
        if w.isdigit() and span[i + 1 : i + 2] in (["lan"], ["nam"]):
            return any(t not in _RUN_WORDS for t in span[i + 2 :])
    return False


#: words that only say a count runs on ("liên tục", "liền", "liên tiếp") or what it counts
_RUN_WORDS = frozenset({"lien", "tuc", "tiep", "dat", "duoc"})


def _required_title(before: tuple[str, ...] | list[str]) -> bool:
    """ "phải đạt LĐTT", "cần có LĐTT", "cần LĐTT": a title named as what is required."""
    words = list(before)
    if words[-1:] in (["dat"], ["co"]):
        return words[-2:-1] in (["phai"], ["can"])
    return words[-1:] in (["phai"], ["can"])


def _held(before: tuple[str, ...] | list[str]) -> bool:
    """ "3 lần CSTĐCS", "ngoài CSTĐCS": a title counted in times, or one the asker already has
    beside what more is asked, is held (a condition), not the title asked about."""
    words = list(before)
    return words[-1:] == ["ngoai"] or (
        words[-1:] == ["lan"] and len(words) > 1 and words[-2].isdigit()
    )


#: the collective titles whose criteria count members by the titles they hold (Luật 2022
#: Điều 27, 28)
_MEMBER_COUNTED = frozenset({"ttldtt", "ttldxs"})


def _counted_members(segments: list[Segment]) -> set[str]:
    """ "đề nghị TTLĐXS cho phòng, phòng 10 người, 6 người LĐTT, 1 CSTĐCS": with a collective
    title named, an individual title after a bare count is the members who hold it, the
    collective's figures, not a title asked about (task h119). A year ("2024 CSTĐCS") is four
    digits and no count; with no collective named the count is read as before."""
    named = {e for s in segments for e, _, _ in s.mentions}
    if not named & _MEMBER_COUNTED:
        return set()
    counted: dict[str, bool] = {}
    for s in segments:
        for e, _, before in s.mentions:
            bare = bool(before[-1:]) and before[-1].isdigit() and len(before[-1]) <= 2
            # every naming of the title must count: "15/26 LĐTT" beside "cô giáo đó có xét LĐTT
            # được không" still asks of LĐTT
            counted[e] = counted.get(e, True) and bare
    return {e for e, bare in counted.items() if bare and e not in _MEMBER_COUNTED}


#: words before an award form that make it a thing given with another title ("LĐTT có được
#: cấp giấy khen kèm theo không"), not a second title asked about
_GIVEN_WITH = frozenset({"cap", "kem", "them", "tang"})


def _thing_given(seg: Segment, model: FactModel) -> None:
    """ "LĐTT có được cấp giấy khen kèm theo không": the giấy khen is what the question claims
    LĐTT comes with (its ``object`` values), so the part asks about LĐTT's object."""
    values = model.values.get("object", {})
    if len(seg.mentions) < 2 or not values:
        return
    first = seg.mentions[0][0]
    if first in _BODIES:
        # "hội đồng TĐKT xã có phải là cơ quan quyết định tặng giấy khen không": a council
        # gives nothing with a title; what it is claimed to do with the award is asked (h95)
        if {"quyet", "ky", "ki"} & set(seg.words):
            seg.entities = [first]
            seg.mentions = [m for m in seg.mentions if m[0] == first]
            seg.attrs, seg.weak = ["decides"], []
        return
    for entity, at, before in seg.mentions[1:]:
        words = " ".join(seg.words[at : at + 2])
        if entity != first and _GIVEN_WITH & set(before) and words in values:
            seg.entities = [e for e in seg.entities if e != entity]
            seg.mentions = [m for m in seg.mentions if m[0] != entity]
            seg.attrs = ["object"]
            seg.weak = []
            return


#: beside a held title's years, whether the form may be had (again) is not the part asked
_HELD_YEARS_BESIDE = frozenset({"eligible", "repeat", "object", "consecutive"})


def _held_years_rule(named: list[str], model: FactModel) -> tuple[str, str] | None:
    """(title held, form asked) when a question names a title whose consecutive-years fact
    says "Không" and names the other form, which has no years rule of its own (Gia đình văn
    hóa, thôn văn hóa: the old giấy khen for 3 or 5 years in a row is gone)."""
    for held in named:
        rule = model.facts.get(held, {}).get("consecutive")
        if rule is None or rule.verdict != "Không":
            continue
        said = f" {' '.join(tokens(rule.text))} "
        for award in named:
            if award == held or "consecutive" in model.facts.get(award, {}):
                continue
            names = model.names_of("entity", award)
            if any(f" {' '.join(name)} " in said for name in names):
                return held, award
    return None


#: attributes whose yes/no overrides their ``overrides`` in every part of the question, not
#: only in its own: "cùng" (a connector) often splits the clause that names them
_QUESTION_WIDE = ("one_achievement",)
#: beside one of those, whether a form may be had is never the part asked (task h102)
_NOT_ASKED_BESIDE = frozenset({"eligible"})


def _registration_rule(pairs: list[Pair]) -> list[Pair]:
    """The yes/no asked of whether a title may be had (or what it requires) becomes the yes/no
    of whether registration is required: "Không" by law, the province's quy chế may still ask
    for it. The other parts stay as asked."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.attr in ("eligible", "criteria") and p.entity != REGISTRATION:
            p = Pair(REGISTRATION, "criteria", None, True, p.authority, False, p.cases)
        if p not in out:
            out.append(p)
    return out


#: the sáng kiến route told as the case: "(đề nghị) theo (con) đường sáng kiến", "bằng sáng kiến"
_INITIATIVE_ROUTE = re.compile(r"\b(?:theo|bang|qua|di) (?:con )?(?:duong |huong )?sang kien\b")


def _route_as_case(seg: Segment, segments: list[Segment]) -> None:
    """ "đề nghị CSTĐCS theo đường sáng kiến có bắt buộc kèm giấy công nhận sáng kiến không":
    the route is the case told, the paper is what is asked (Luật 2022 Điều 84 khoản 1 điểm d);
    the sáng kiến named by the route raises no question of whether one is required (task h144).
    "kèm" splits the paper off into the next part, which then carries the dossier."""
    if "initiative" not in seg.attrs or not _INITIATIVE_ROUTE.search(" ".join(seg.words)):
        return
    at = next(i for i, s in enumerate(segments) if s is seg)
    if "dossier" in seg.attrs or any("dossier" in s.attrs for s in segments[at + 1 : at + 2]):
        seg.attrs.remove("initiative")


def _drop_required(seg: Segment) -> None:
    """In "TTLĐXS có cần có cá nhân đạt CSTĐCS không" the title after "cần" is part of the
    requirement asked about: the question is about the first title's criteria, not about who
    may get the second one."""
    if len(seg.entities) < 2:
        return
    marks = [i for i, w in enumerate(seg.words) if w in REQUIRE_MARKS]
    if not marks:
        return
    first_at = seg.mentions[0][1]
    # only a title someone in it must have reached ("cần có cá nhân đạt X"); "có phải đăng ký
    # thi đua mới được xét" names a step, which _drop_conditions and the facts handle
    # so is a title the asker must already hold ("có bắt buộc phải có giấy khen xã trước")
    required = [
        e
        for e, at, before in seg.mentions
        # "cần LĐTT" typed bare, without "đạt" / "có", names the title required just as well
        # ("có phải khen đột xuất" asks what a thing is: no "phải" alone)
        if at > marks[0] > first_at and ("dat" in before or before[-1:] in (("co",), ("can",)))
    ]
    asked = [e for e in seg.entities if e not in required]
    if not required or not asked:
        return
    seg.entities = asked
    seg.mentions = [m for m in seg.mentions if m[0] in asked]
    seg.subjects = [s for s in seg.subjects if s != "ca_nhan"]  # "có cá nhân đạt …" is a count
    if not seg.attrs or seg.attrs == ["eligible"]:
        seg.attrs = ["criteria"]


def _alternative(seg: Segment, asked: bool = False) -> bool:
    """Two titles joined by "hay" ("… đột xuất hay … chuyên đề"), with no yes/no; with
    ``asked``, joined by "không hay" ("có phải khen đột xuất không hay là khen theo đợt"): a
    yes/no on the first put against the second, which of the two it is."""
    if len(seg.mentions) < 2 or (seg.yesno and not asked):
        return False
    # any two titles in a row, not only the first two: "khen tháng cao điểm là khen đột xuất
    # hay khen theo đợt" names the case asked about first, then the two it may be
    for (one, first, _), (other, second, _) in pairwise(seg.mentions):
        between = seg.words[first:second]
        if one == other or "hay" not in between:
            continue
        at = between.index("hay")
        if not asked or (at > 0 and between[at - 1] in NEGATED):
            return True
    return False


#: what an asker may say they have that is also the initiative attribute's cue
_ROUTES = (("sang", "kien"), ("de", "tai"), ("de", "an"))


def _drop_had(seg: Segment) -> None:
    """ "hoàn thành tốt nhiệm vụ, có đề tài đã nghiệm thu thì có được CSTĐCS không": the
    initiative is told as had ("có / đã có" right before it) and the part asks whether a title
    can be had after it; it is the case, not the question "is an initiative required"."""
    if "initiative" not in seg.attrs or not seg.entities:
        return
    words = seg.words
    for i in range(1, len(words) - 1):
        if (words[i], words[i + 1]) not in _ROUTES or words[i - 1] != "co":
            continue
        if i >= 2 and (words[i - 2] in NEGATED or required_at(words[: i - 1])[-1:] == [i - 2]):
            return  # "không có sáng kiến", "cần có sáng kiến": asked or told as missing
        if "duoc" in words[i + 2 :]:
            seg.attrs = [a for a in seg.attrs if a != "initiative"]
        return


#: forces with a title of their own (Chiến sĩ tiên tiến, Luật 2022 Điều 24 khoản 2): who the
#: person is decides which title applies before how well they did
_FORCES = ("cong_an", "dan_quan_tt")


#: a person pointed at ("anh ấy", "cô giáo"), and the subjects that cannot then be the one asked
_POINTED = "nguoi_ay"
_COLLECTIVES = frozenset({_POINTED, "tap_the", "ho_gia_dinh", "xa", "thon"})


#: how many times / years: a count that a prize's "lần lương cơ sở" also asks in its own unit
_COUNTS = frozenset({"repeat", "consecutive"})


def _echoed_measure(segments: list[Segment]) -> None:
    """ "TTLĐTT thưởng mấy lần lương cơ sở, còn TTLĐXS mấy lần": a later part that repeats the
    previous part's measure ("lần") with its unit left out asks the same thing of another title,
    not how many times it may be given (``repeat``) or held in a row (``consecutive``)."""
    for prev, seg in itertools.pairwise(segments):
        if (
            "money" in prev.attrs
            and seg.attrs
            and set(seg.attrs) <= _COUNTS
            and "lan" in seg.words
            and "lan" in prev.words
            and not {"nam", "lien", "tiep", "tuc"} & set(seg.words)
        ):
            seg.attrs = ["money"]


#: an award told as already given ("xã đã tặng giấy khen", "anh ấy đã được khen")
_GIVEN = re.compile(r"\bda (?:duoc )?(?:[a-z]+ ){0,2}?(?:tang|khen|trao|nhan|cong nhan)\b")
#: the same achievement pointed back at ("thành tích này / đó / trên / ấy")
_SAME_ACHIEVEMENT = re.compile(r"\bthanh tich (?:nay|do|tren|ay|nay roi)\b")


def _second_award(segments: list[Segment], asking: list[str]) -> None:
    """ "xã đã tặng giấy khen cho anh ấy về thành tích chống lũ. Giờ đề nghị thêm bằng khen
    tỉnh cho đúng thành tích này được không": a further form asked for the achievement already
    rewarded is the rule of one achievement, one form (Luật 2022 Điều 5 khoản 2 điểm c), not
    whether the person may have that form (task h95)."""
    told = " ".join(w for seg in segments for w in seg.words)
    if not _GIVEN.search(told) or not _SAME_ACHIEVEMENT.search(told):
        return
    # "thêm" / "nữa" may be read as no word of a part: the asking sentence's own words decide
    if not {"them", "nua"} & set(asking) or not _SAME_ACHIEVEMENT.search(" ".join(asking)):
        return
    for seg in segments:
        if not seg.story and _SAME_ACHIEVEMENT.search(" ".join(seg.words)):
            seg.attrs = ["one_achievement"]
            seg.weak = []


#: an award told as given with "rồi" after it ("xã tặng giấy khen rồi", "đã nhận bằng khen rồi"):
#: the particle is dropped from the segments, so the question's own words are read
_GIVEN_DONE = re.compile(r"\b(?:tang|khen|trao|nhan|cong nhan)(?: [a-z]+){0,3}? roi\b")


def _second_award_after(segments: list[Segment], toks: list[str], asking: list[str]) -> None:
    """ "xã tặng giấy khen rồi, giờ lấy đúng thành tích đó đề nghị thêm bằng khen tỉnh được
    không": the award already given may be told with "rồi" rather than "đã", and the further
    form asked may stand in the next part ("thêm" splits it off from "thành tích đó"). Either
    way the part asked is the rule of one achievement, one form (Luật 2022 Điều 5 khoản 2
    điểm c), not whether the form may be had (task h121)."""
    said = " ".join(t for t in toks if t.isalnum())
    if not (_GIVEN.search(said) or _GIVEN_DONE.search(said)) or not _SAME_ACHIEVEMENT.search(said):
        return
    if not {"them", "nua"} & set(asking) or not _SAME_ACHIEVEMENT.search(" ".join(asking)):
        return
    asked = [seg for seg in segments if not seg.story]
    for seg in asked:
        if _SAME_ACHIEVEMENT.search(" ".join(seg.words)):
            seg.attrs = ["one_achievement"]
            seg.weak = []
    for seg, nxt in itertools.pairwise(asked):
        if seg.attrs == ["one_achievement"] and set(nxt.attrs) <= {"eligible"}:
            # "… thành tích đó đề nghị | thêm bằng khen tỉnh được không": the title and the
            # yes/no of the further form are the next part's
            nxt.attrs = ["one_achievement"]
            nxt.weak = []


def _told_vote(segments: list[Segment]) -> None:
    """ "Hội đồng 9 thành viên, 7 người dự, 5 người đồng ý. Vậy đã đủ tỉ lệ chưa": the share
    asked after a story that tells a council's vote is the share of votes needed (the
    province's quy chế), not a title's cap on how many may hold it (task h95)."""
    if not any(seg.story and {"vote_share", "vote"} & set(seg.attrs) for seg in segments):
        return
    for seg in segments:
        if not seg.story and "cap" in seg.attrs and "vote_share" not in seg.attrs:
            seg.attrs = ["vote_share" if a == "cap" else a for a in seg.attrs]


#: a person's case told next to a level of duties, which it outranks (discipline bars the
#: title whatever the level; time away is asked about whether it counts)
# "nghỉ thai sản …, đi làm lại vẫn hoàn thành tốt nhiệm vụ" (task h96): the leave is the case
_OUTRANK_LEVELS = ("ky_luat", "di_hoc", "thai_san", "bi_thuong", "nghi_om")


def _pick_subject(subjects: list[str]) -> str | None:
    for key in _FORCES:
        if key in subjects:
            return key
    if _SAME_PERIOD in subjects:
        # "đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, được CSTĐCS. Vậy có được nhận cả hai khoản
        # không": two yearly titles of one year are what the several-prizes part asks about; the
        # level of duty told is how they were won (task h143)
        return _SAME_PERIOD
    return _pick_by_rank(subjects)


#: the case of two yearly titles counted over one year (only the higher prize is paid)
_SAME_PERIOD = "cung_thoi_gian"


def _pick_by_rank(subjects: list[str]) -> str | None:
    for key in _OUTRANK_LEVELS:
        if key in subjects and _LEVELS & set(subjects):
            # "bị khiển trách, vẫn hoàn thành nhiệm vụ", "đi học 3 tháng, còn lại hoàn thành tốt
            # nhiệm vụ": the level is the rest of the year; the case told is what is asked
            return key
    for key in subjects:
        if key.startswith("dat_") and "htxs" in subjects:
            # "hoàn thành xuất sắc nhiệm vụ và đạt LĐTT là đủ CSTĐCS": the title held is the
            # premise of the route the level gives (Luật 2022 Điều 23); the level decides the
            # case (task h142)
            return "htxs"
        if key.startswith(("khong_dat_", "dat_", "can_")) or key in _LEVELS:
            return key  # a condition on another title says most about the case asked
    for key in _SUBJECT_ORDER:
        if key in subjects:
            return key
    return subjects[0] if subjects else None


def _specialize(model: FactModel, entity: str, subjects: list[str]) -> list[str]:
    """The narrower entities the subjects name ("giấy khen tập thể và cá nhân": both)."""
    narrower = model.specialize.get(entity) or {}
    found = [narrower[s] for s in subjects if s in narrower]
    if found and entity in model.narrowed:
        # a title its own words narrowed ("giấy khen tập thể … gấp đôi cá nhân") stays asked
        found.insert(0, entity)
    return list(dict.fromkeys(found)) or [entity]


def _title_registered(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "xã muốn đăng ký danh hiệu X năm nay được không": registering names the title sought,
    so the yes/no is asked of X (whether the unit may have it, whether it exists), not of the
    registration rule ("not required by law"), whose block is left out. Only with "đăng ký
    danh hiệu" naming the title, another title's yes/no read and nothing that makes
    registration itself the matter (a lack, a requirement, a deadline) (task h126)."""
    words = [NOT_SPELLED.get(t, t) for t in toks]
    joined = f" {' '.join(words)} "
    if " dang ky danh hieu " not in joined or REGISTRATION_MATTERS & set(words[:-2]):
        return pairs
    others = [p for p in pairs if p.entity not in (REGISTRATION, "*") and p.yesno]
    if not others:
        return pairs
    return [p for p in pairs if p.entity != REGISTRATION]


#: a further award asked: "khen lại", "tặng thêm", "khen nữa", "được khen lại … không"
_AGAIN = re.compile(r"\b(?:khen|tang|trao|de nghi|xet)(?: \w+){0,2}? (?:lai|them|nua)\b")
#: words around a deed that name none of it
_DEED_LOOSE = frozenset(
    {
        "viec",
        "thanh",
        "tich",
        "khen",
        "lai",
        "them",
        "nua",
        "duoc",
        "dc",
        "khong",
        "ko",
        "k",
        "a",
        "ad",
        "ha",
        "co",
        "cho",
        "ve",
        "do",
        "nay",
        "ban",
        "anh",
        "chi",
        "em",
        "e",
    }
)


def _deed_after(words: list[str]) -> set[str]:
    """The words of the deed an award is "cho (việc) …" / "về …", after the last such word."""
    at = max((i for i, w in enumerate(words) if w in ("cho", "ve")), default=None)
    if at is None:
        return set()
    return {w for w in words[at + 1 : at + 6] if w.isalpha() and w not in _DEED_LOOSE}


def _same_deed_again(segments: list[Segment], asking: list[str]) -> None:
    """ "… 1 bạn đã được giấy khen xã tháng 3 cho việc hiến máu. Bạn đó có được khen lại cho
    việc hiến máu không": the deed of the award already given named again for a further one is
    one achievement rewarded twice (Luật 2022 Điều 5 khoản 2 điểm c), as "thành tích đó" is to
    ``_second_award``; not whether the form may be given many times (task h126). The deed must
    share two words with the one told given, and the parts asked must ask an award again."""
    run: list[Segment] = []
    for seg in reversed(segments):
        if seg.story:
            break
        run.insert(0, seg)
    told = segments[: len(segments) - len(run)]
    if not run or not told:
        return
    words = [w for seg in run for w in seg.words]
    # "thêm" / "nữa" may be read as no word of a part: the asking sentence's own words decide
    if not _AGAIN.search(" ".join(t for t in asking if t.isalnum())):
        return
    deed = _deed_after(words)
    if len(deed) < 2:
        return
    for seg in told:
        said = " ".join(seg.words)
        given = _GIVEN.search(said)
        if given and len(deed & _deed_after(said[given.start() :].split())) >= 2:
            break
    else:
        return
    for seg in run:
        if not seg.attrs or set(seg.attrs) <= {"eligible", "repeat", "criteria", "dossier"}:
            seg.attrs = ["one_achievement"]
            seg.weak = []
