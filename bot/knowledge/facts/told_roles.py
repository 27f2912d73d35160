"""Words a question tells about who or what is in its case, not what it asks (task h260).

A reason told for a case ("bị khiển trách vì chậm hồ sơ") names no part asked; a place a person
works in or a deed was done for ("công chức địa chính xã", "xây cầu cho thôn") names no one up
for the title; a title held before the one proposed ("trường đạt TTLĐTT rồi, năm nay đề nghị
TTLĐXS") is the case, not a second ask."""

from __future__ import annotations

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


#: the verbs after an office named that tell its holder won or was put up for a title ("phó chủ
#: tịch xã đạt CSTĐCS", "chủ tịch xã được tặng bằng khen"), not that the office decides
_WON = frozenset({"dat"})
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
