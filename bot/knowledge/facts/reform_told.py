"""The 2025 reform as a question tells it: the district named as the past and the xã now
("trước huyện xét, nay xã có tự xét không"), the words of the present and of the past
(``NOW_TOLD``, ``PAST_TOLD``, "còn / vẫn"), a district still said to act, and the xã told deciding
on its own. Read against the reform block by ``reform_claim``; here only what is told."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.knowledge.facts.model import Phrase, token_marks
from bot.knowledge.facts.segment import Segment

#: "quận" as typed with its marks, in the form the marks of a question take
_DISTRICT_MARKED = token_marks("quận")[0]


def bare_district(toks: list[str], at: int, size: int, phrase: Phrase, marks: list) -> bool:
    """A lone district cue "quận" counts only typed with its mark: folded, "quan" is as often
    "cơ quan", "liên quan" or "quan tâm" as the abolished level, so a bare one is no cue."""
    return (
        (
            phrase.kind == "reform"
            and size == 1
            and toks[at] == "quan"
            and marks[at] != _DISTRICT_MARKED
            and not _district_still_acting(toks, at)
        )
        or _province_office(toks, at, size, phrase)
        or _own_office(toks, at, size, phrase)
    )


#: the words naming the province after an office ("phòng nội vụ tỉnh", "nội vụ TP")
_PROVINCE_AFTER = frozenset({"tinh", "tp"})


def _province_office(toks: list[str], at: int, size: int, phrase: Phrase) -> bool:
    """A reform cue naming the home-affairs office with no level ("phòng nội vụ", "nội vụ")
    followed by the province names a provincial body: "phòng nội vụ tỉnh bảo …" reports what
    the province says, not the abolished district office."""
    end = at + size
    return (
        phrase.kind == "reform"
        and toks[end - 2 : end] == ["noi", "vu"]
        and end < len(toks)
        and toks[end] in _PROVINCE_AFTER
    )


#: task h408: the words after a levelless "phòng nội vụ" that make it the xã's own office: its
#: level ("phòng nội vụ xã / phường") or a saying it tells ("phòng nội vụ nói / bảo / hướng dẫn")
_OWN_LEVEL_AFTER = frozenset({"xa", "phuong", "dac"})
_TELLS_AFTER = frozenset({"noi", "bao", "cho", "huong", "nhac", "thong", "ke", "dan"})


def _own_office(toks: list[str], at: int, size: int, phrase: Phrase) -> bool:
    """A levelless "phòng nội vụ" named with the xã's level after it, or as the one telling a
    rule ("Phòng nội vụ nói LĐTT còn phải tích cực tham gia phong trào, đúng không"), is the
    office of the xã that does the home-affairs work since 01/7/2025 (NĐ 150/2025), not the
    abolished district office: the saying is judged by the facts, no reform block (task h408).
    "phòng nội vụ không nhận hồ sơ nữa" (the office itself said gone) stays a cue."""
    end = at + size
    return (
        phrase.kind == "reform"
        and toks[at:end] == ["phong", "noi", "vu"]
        and end < len(toks)
        and (toks[end] in _OWN_LEVEL_AFTER or toks[end] in _TELLS_AFTER)
    )


#: what a level is said to still do: "quận vẫn giữ quyền", "quan con ky", "quan van xet"
_ACTING_WORDS = frozenset({"giu", "ky", "xet", "quyet", "cong", "tang", "khen", "co", "duoc"})


def _district_still_acting(toks: list[str], at: int) -> bool:
    """A bare "quan" said to still hold or use a power ("nghe nói quan vẫn giữ quyền công nhận
    …", typed bare): a level acting, so the abolished district, not "liên quan" or "cơ quan"."""
    if at > 0 and toks[at - 1] in {"lien", "co", "chu", "tuong"}:
        return False
    after = toks[at + 1 : at + 3]
    if at + 1 < len(toks) and toks[at + 1] in _NOT_DISTRICT_AFTER:
        return False
    if at > 0 and toks[at - 1] in _ROUTE_TO and (at < 2 or toks[at - 2] != "co"):
        # task h387: "phường vẫn phải trình qua quan", "trình quan khen", "hội đồng thi đua khen
        # thưởng quan": a dossier's route or the council of a level
        return True
    # task h387: "quan vẫn còn hội đồng", "quan còn hok": the level said to still exist
    if (
        len(after) == 2
        and after[0] in STILL_WORDS
        and (after[1] in _ACTING_WORDS or after[1] in STILL_WORDS or after[1] in _STILL_ASKED)
    ):
        return True
    # task h389: "trước quan công nhận TDP văn hóa", "giờ còn do quan ký k": a bare "quan"
    # after the past or "do" (by whom), acting at once, is the district deciding
    return (
        at > 0
        and toks[at - 1] in _BY_OR_BEFORE
        and (after[:1] in _DECIDES or after == ["cong", "nhan"] or after == ["quyet", "dinh"])
    )


#: "trước quan …", "do quan …": the words before a bare "quan" that make it a level acting
_BY_OR_BEFORE = frozenset({"truoc", "do", "day"})
#: a level's act right after it ("quan ký", "quan xét")
_DECIDES = [[w] for w in ("ky", "xet", "tang", "khen", "duyet")]


#: words before a bare "quan" that make it the level a dossier goes to or whose council it is
_ROUTE_TO = frozenset({"trinh", "qua", "len", "ve", "gui", "nop", "thuong", "tdkt"})
#: words after "quan" that make it another word ("quân đội", "quản lý", "quan tâm", "quân sự")
_NOT_DISTRICT_AFTER = frozenset(
    {"doi", "su", "nhan", "ly", "tam", "he", "trong", "diem", "sat", "ao", "chuc", "khu", "dan"}
)
#: "quận còn không": the level asked to exist still
_STILL_ASKED = frozenset({"khong", "k", "ko", "hok", "hong", "hem", "nua"})


#: task h387: "thị xã giải thể rồi", "thị xã bị bỏ": the former district level told abolished,
#: never "thì xã"
_TOWN_ABOLISHED = frozenset({"giai", "bi", "bo", "sap", "xoa"})


def town_abolished(toks: list[str], end: int) -> bool:
    """The words after a "thi xa" cue tell the level abolished ("giải thể", "bị bỏ")."""
    return end < len(toks) and toks[end] in _TOWN_ABOLISHED


def by_the_district_then(after: str, before: str = "") -> bool:
    """The clause of a year names the district as the one that decided, and a later clause
    asks in the present ("giờ", "nay", "hiện nay")."""
    clauses = re.split(r"[,.;?!]", after)
    # the district may be named before the year in its clause as well ("thôn được chủ tịch
    # huyện tặng thôn văn hóa năm 2024. Năm nay … thưởng bn"): the past either way
    told = f" {re.split(r'[,.;?!]', before)[-1]} {clauses[0]} "
    rest = f" {' '.join(clauses[1:])} "
    return " huyen " in told and any(f" {w} " in rest for w in NOW_TOLD | {"bay"})


#: words that say a level was done away with ("huyện bỏ rồi", "không còn huyện", "sáp nhập")
_ABOLISHED = frozenset({"bo", "giai", "sap", "xoa"})

#: words a clause naming the former district may hold besides its name ("UBND thị xã cũ")
FORMER_NAME = frozenset({"ubnd", "uy", "ban", "chu", "tich", "ct", "cu", "truoc", "day", "kia"})


def told_past(segments: list[Segment], seg: Segment) -> bool:
    """A told clause naming the district is the past: it says so itself, or it goes on a past
    told just before it ("TTLĐXS trước xã gửi huyện, rồi huyện gửi tỉnh": the second clause is
    the same old route) (task h102)."""
    at = segments.index(seg)
    for s in reversed(segments[: at + 1]):
        # a story before it makes only a told clause of its own story the past: "em là công
        # chức xã, phòng nội vụ huyện còn nhận hồ sơ không" asks of the district now
        story_past = s.story and seg.story
        if PAST_TOLD & set(s.words) or _before_reform(s.words) or _abolished(s.words) or story_past:
            return True
        if not s.reform or s.yesno or NOW_TOLD & set(s.words):
            # the chain of told district clauses is broken, or this one tells the present
            # ("…, giờ huyện còn công nhận không hay xã làm")
            return False
    return False


def _abolished(words: list[str]) -> bool:
    """The clause tells the district level abolished ("nay huyện bỏ rồi", "bỏ cấp huyện",
    "không còn huyện"): it tells the reform itself, so the district is the past there as after
    "trước đây", and a yes/no elsewhere about the xã is not asked of it (task h96)."""
    for i, w in enumerate(words):
        if w != "huyen":
            continue
        near = words[max(i - 2, 0) : i] + words[i + 1 : i + 3]
        if _ABOLISHED & set(near) or words[max(i - 2, 0) : i] == ["khong", "con"]:
            return True
    return False


def abolished_then_xa(words: list[str]) -> bool:
    """Every district the clause names is told abolished, and the xã is named after it: "giờ
    không còn huyện thì xã gửi hồ sơ thẳng lên tỉnh được k" asks of the xã now; the district
    there is the premise, as in a clause of its own (task h261)."""
    spots = [i for i, w in enumerate(words) if w == "huyen"]
    return (
        bool(spots)
        and all(_abolished_at(words, i) for i in spots)
        and "xa" in words[spots[-1] + 1 :]
        # "bỏ huyện thì xã trình thẳng chủ tịch tỉnh": what goes up to the province is the
        # reform block's to judge (its powers went to the xã, not up)
        and not _PROVINCE_WORDS & set(words)
    )


_PROVINCE_WORDS = frozenset({"tinh", "so", "tw"})


def _abolished_at(words: list[str], at: int) -> bool:
    near = words[max(at - 2, 0) : at] + words[at + 1 : at + 3]
    return bool(_ABOLISHED & set(near)) or words[max(at - 2, 0) : at] == ["khong", "con"]


#: "… không hay …": the other way put after the yes/no the clause asks
_OR_AFTER = frozenset({"khong", "k", "ko", "hong", "chua"})


def district_other_way(words: list[str]) -> bool:
    """The clause asks of the xã and names the district only as the other way after its yes/no:
    "xã có khen được không hay phải chờ thị xã": the claim is the first way (the xã acts), the
    district is no level still asked of (task h261)."""
    at = next(
        (k for k in range(1, len(words)) if words[k] == "hay" and words[k - 1] in _OR_AFTER),
        None,
    )
    if at is None:
        return False
    before, after = words[:at], words[at + 1 :]
    xa_before = any(w == "xa" and before[i - 1 : i] != ["thi"] for i, w in enumerate(before))
    district_after = "huyen" in after or "quan" in after or ("thi", "xa") in pairwise(after)
    return xa_before and district_after and "huyen" not in before and "quan" not in before


def past_then_now(words: list[str]) -> bool:
    """The district named after a word of the past and before a word of the present, and only
    the xã after it: "trước đó huyện ký, nay xã ký" in one clause."""
    past = next((i for i, w in enumerate(words) if w in PAST_TOLD), None)
    if past is None:
        return False
    now = next((i for i in range(past + 1, len(words)) if words[i] in NOW_TOLD), None)
    if now is None:
        return _now_then_past(words, past)
    return "huyen" in words[past:now] and "huyen" not in words[now:] and "xa" in words[now:]


def now_before(segments: list[Segment], seg: Segment) -> bool:
    """The clause before ``seg`` tells the xã now and ``seg`` the district in the past, the two
    read as one clause by ``_now_then_past``."""
    at = segments.index(seg)
    if at == 0 or segments[at - 1].yesno or segments[at - 1].reform:
        return False
    before = segments[at - 1].words
    past = next((i for i, w in enumerate(seg.words) if w in PAST_TOLD), None)
    return past is not None and _now_then_past([*before, *seg.words], len(before) + past)


def _now_then_past(words: list[str], past: int) -> bool:
    """The same told the other way round: "chủ tịch xã bây giờ được tặng CSTĐCS mà trước là
    quyền của chủ tịch huyện đúng không": the xã with a word of the present, then the district
    after a word of the past, and no xã after it (task h107)."""
    now = next((i for i in range(past) if words[i] in NOW_TOLD), None)
    if now is None:
        return False
    before, after = words[:past], words[past:]
    return "xa" in before and "huyen" not in before and "huyen" in after and "xa" not in after


#: words that put what follows in the present ("nay / bây giờ / bh / hiện nay")
NOW_TOLD = frozenset({"nay", "gio", "hien", "bh"})
#: "còn / vẫn": whether what was told still holds
STILL_WORDS = frozenset({"con", "van"})
#: syllables after which a bare "van" is "văn" (văn hóa, văn bản, văn phòng…), not "vẫn":
#: "gia đình văn hóa có được giấy khen không" asks nothing about what still holds
_VAN_AFTER = frozenset({"hoa", "ban", "phong", "minh", "nghe", "kien"})


def still_words(words: list[str]) -> set[str]:
    """The words of ``words`` that say "còn / vẫn" (still). Typed without marks "văn" and
    "vẫn" fold alike; a mark typed decides it before folding, else the word after does ("văn
    hóa / văn bản"), or the one before ("công văn")."""
    found = set()
    for at, word in enumerate(words):
        if word not in STILL_WORDS:
            continue
        if word == "van" and (
            (at + 1 < len(words) and words[at + 1] in _VAN_AFTER) or words[at - 1 : at] == ["cong"]
        ):
            continue
        found.add(word)
    return found


#: words that put what a clause tells in the past ("trước đây / trước kia / hồi xưa / cũ"; not
#: "kia" alone, "the other" as often: "trước kia" is told by its "trước")
PAST_TOLD = frozenset({"truoc", "cu", "xua"})

#: "tự xét / tự quyết / tự tặng / tự công nhận / tự ký": a level told deciding on its own
_SELF_VERBS = frozenset({"xet", "quyet", "tang", "cong", "ky", "khen"})


def self_acting(toks: list[str]) -> bool:
    return any(a == "tu" and b in _SELF_VERBS for a, b in pairwise(toks))


def xa_self_deciding(toks: list[str]) -> bool:
    """The xã told deciding on its own: "xã (có được) tự xét / tự công nhận / tự ra quyết
    định …" (task h114)."""
    said = f" {' '.join(toks)} "
    return " xa " in said and (self_acting(toks) or " tu ra quyet dinh " in said)


def _before_reform(words: list[str]) -> bool:
    """The clause dates what it tells to a year before the district level was abolished
    (01/7/2025): "năm 2024 huyện còn xét …" is the past, whatever its verb."""
    return any(
        w.isdigit() and 2000 <= int(w) <= 2024 and i > 0 and words[i - 1] == "nam"
        for i, w in enumerate(words)
    )
