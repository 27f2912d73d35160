"""Words a question tells about who or what is in its case, not what it asks (task h260).

A reason told for a case ("bị khiển trách vì chậm hồ sơ") names no part asked; a place a person
works in or a deed was done for ("công chức địa chính xã", "xây cầu cho thôn") names no one up
for the title; a title held before the one proposed ("trường đạt TTLĐTT rồi, năm nay đề nghị
TTLĐXS") is the case, not a second ask."""

from __future__ import annotations

import re

from bot.knowledge.facts.asking_words import QUESTION_PHRASES, QUESTION_WORDS
from bot.knowledge.facts.words import NEGATED
from bot.knowledge.facts.yesno import is_yesno

#: words that open a reason told ("vì", "bởi vì", "tại vì", "do")
_BECAUSE = frozenset({"vi"})
#: words after "vì" that make it ask why ("vì sao"), or fold like it ("vi phạm")
_NOT_BECAUSE_AFTER = frozenset({"sao", "pham", "the", "vay"})
#: the passive of what befell the person ("bị khiển trách vì …"): the reason told is for it
_BEFELL = "bi"
#: how many words may stand between "vì" and the cue it tells the reason with
_REASON_REACH = 3


def told_reason(toks: list[str], start: int, breaks: frozenset[str]) -> bool:
    """Whether the cue at ``start`` is inside a reason told ("bị khiển trách vì chậm hồ sơ",
    "bị trả lại vì thiếu tờ trình"): "vì" a few words before it, something told before "vì"
    in its sentence part, and no asking word from "vì" to the part's end."""
    for at in range(start - 1, max(start - 1 - _REASON_REACH, -1), -1):
        if toks[at] in breaks:
            return False
        if toks[at] not in _BECAUSE:
            continue
        if toks[at + 1 : at + 2] and toks[at + 1] in _NOT_BECAUSE_AFTER:
            return False
        if at == 0 or toks[at - 1] in breaks:
            return False  # "vì hồ sơ …" opening a part: the reason may be what is asked
        opens = next((i + 1 for i in range(at - 1, -1, -1) if toks[i] in breaks), 0)
        if _BEFELL not in toks[opens:at]:
            # "nghe nói vẫn được vì có sáng kiến": a reason claimed for the title, which the
            # yes/no may judge; only the reason told for a sanction ("bị … vì") is set aside
            return False
        end = next((i for i in range(start, len(toks)) if toks[i] in breaks), len(toks))
        rest = toks[at:end]
        text = f" {' '.join(rest)} "
        # "… vì cùng việc đó không": the reason is what the yes/no asks about
        return (
            not (QUESTION_WORDS & set(rest))
            and not any(f" {p} " in text for p in QUESTION_PHRASES)
            and not is_yesno(rest)
        )
    return False


#: what the holder's own year told after an office looks like, a few words of time first
#: ("năm 2026", "năm nay"): a level of duty, a sanction, a sáng kiến had need no holder word
#: (an office decides none of them: "bare"); a title had ("được LĐTT") only with one ("ông
#: chủ tịch xã được LĐTT"), since "chủ tịch xã được tặng LĐTT không" asks the office's power
_OWN_YEAR = re.compile(
    r"^(?:(?:nam|trong|ca) (?:nay|qua|ngoai|truoc|\d{4}|nam) |(?:nam|ca) |\d{4} |vua |da |cung )*"
    r"(?:(?P<bare>hoan thanh|htxs|httnv|htnv|bi (?:ky luat|khien trach|canh cao)|xep loai"
    r"|co sang kien|co de tai|nghi thai san|nghi om|di hoc)"
    r"|(?:duoc|dc) (?:tang |xet |cong nhan |binh |binh xet |de nghi )?(?:danh hieu )?"
    r"(?:ldtt|lao dong tien tien|cstd|chien si thi dua|giay khen|gk|bang khen|bk))\b"
)
#: the words before an office that name its holder as a person: "đồng chí", "ông", "bà"
_HOLDER_WORDS = frozenset({"ong", "ba", "anh", "chi", "co", "thay", "bac", "chu"})


def _holder_named(toks: list[str], start: int) -> bool:
    """ "đồng chí (phó) chủ tịch", "ông chủ tịch", "chị phó chủ tịch": a word naming the holder
    just before the office at ``start`` (past its "phó")."""
    at = start - 1 if start and toks[start - 1] == "pho" else start
    return (at > 0 and toks[at - 1] in _HOLDER_WORDS) or toks[max(at - 2, 0) : at] == [
        "dong",
        "chi",
    ]


#: the verbs after an office named that tell its holder won or was put up for a title ("phó chủ
#: tịch xã đạt CSTĐCS", "chủ tịch xã được tặng bằng khen"), not that the office decides
_WON = frozenset({"dat"})
#: the verbs of telling by which an office's holder passes on his own words ("nhắn", "bảo")
_RELAYS = frozenset({"nhan", "bao", "noi", "ke"})
#: the holder's own words on a title he won ("e đạt …", "tôi đã đạt …")
_SELF_WON = re.compile(r"^(?:e|em|toi|minh|anh|chi|tui) (?:da |vua |cung )?dat\b")
_GIVEN_AFTER = frozenset({"tang", "khen", "xet", "de", "binh", "trao", "nhan"})
#: words before an office that name its holder ("ông", "bà phó", "đồng chí")
_HOLDER_BEFORE = frozenset({"ong", "ba", "anh", "chi", "dong", "pho", "em", "e", "toi"})


def office_holder_told(toks: list[str], start: int, end: int) -> bool:
    """Whether the chairman's office matched at ``start:end`` ("(phó) chủ tịch xã") names the
    person holding it as the one who won or is put up for a title: the office is then who is
    asked about, a person of the xã, not the xã nor the one who decides."""
    if toks[start : start + 2] != ["chu", "tich"]:
        return False
    after = toks[end : end + 2]
    if not after:
        return False
    if after[0] in _WON:
        return True
    if (
        after[0] in _RELAYS
        and _holder_named(toks, start)
        and _SELF_WON.match(" ".join(toks[end + 1 : end + 5]))
    ):
        # "anh phó chủ tịch xã nhắn: 'e đạt CSTĐCS 2024, 2025 …'": the holder tells of his own
        # titles; he is the person up for the next one, not the xã (fixer f179b, b179 F2)
        return True
    own_year = _OWN_YEAR.match(" ".join(toks[end : end + 12]))
    if own_year is not None and (own_year.group("bare") or _holder_named(toks, start)):
        # task h370: "đồng chí phó chủ tịch UBND xã năm 2026 hoàn thành xuất sắc nhiệm vụ",
        # "ông chủ tịch xã năm nay được LĐTT": the holder's own year (a level of duty, a title
        # had, a sanction) is told; the office names a person up for a title, not the xã (a
        # collective) nor the one who decides (Luật 2022 Điều 23, 24: danh hiệu cá nhân)
        return True
    # "được tặng" also says what the office may give ("TTLĐTT nay chủ tịch xã được tặng
    # không"): a person only when named as one ("bà phó chủ tịch xã được tặng giấy khen")
    named = toks[max(start - 2, 0) : start]
    return (
        after[0] in ("duoc", "dc")
        and after[1:] != []
        and after[1] in _GIVEN_AFTER
        and bool(_HOLDER_BEFORE & set(named))
    )


#: the council named as the one reviewing ("hội đồng (thi đua) xét …")
_COUNCIL_REVIEWS = ("hoi dong xet", "hoi dong thi dua xet", "hd xet")
#: words naming papers: with one, the dossier is what is asked
_PAPER_WORDS = ("ho so", "bien ban", "to trinh", "giay to", "bao cao", "thu tuc")


def council_reviews_case(words: list[str]) -> bool:
    """ "Hội đồng xét CSTĐCS cho 1 công chức bị kỷ luật cảnh cáo được không": the council
    named is who reviews the case; whether the case may have the title is asked, not the
    papers of the meeting (no paper named)."""
    text = f" {' '.join(words)} "
    return any(f" {c} " in text for c in _COUNCIL_REVIEWS) and not any(
        f" {p} " in text for p in _PAPER_WORDS
    )


#: "(chưa) bao giờ", "(chưa) từng", "(không) hề": never, between a negation and the case
_EVER = frozenset({"gio", "tung", "he"})


def never_befell(toks: list[str], start: int) -> bool:
    """ "anh ấy chưa bao giờ bị kỷ luật", "chưa từng bị khiển trách": the case at ``start`` is
    told never to have befallen the person; a negation a few words before it, then "bao giờ /
    từng / hề", in the same clause."""
    before = toks[max(start - 5, 0) : start]
    for at, tok in enumerate(before):
        if tok in NEGATED and _EVER & set(before[at + 1 : at + 4]):
            return not {",", ".", "nhung", "con", "va"} & set(before[at:])
    return False
