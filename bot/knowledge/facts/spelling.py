"""The question's words spelled out before any phrase is matched.

``Speller`` corrects a word one edit away from the model's vocabulary ("tieu chuaan"); ``expand``
spells phone forms out ("dc" → "được", "k" → "không") where the words around a short form say
which word it is; ``elided_titles`` puts back the words a second title shares with the first
and leaves out ("cờ thi đua tỉnh và bằng khen"); ``unit_culture`` puts back the unit a "… văn
hóa" title is asked for ("tổ dân phố có được xét văn hóa không" → "tổ dân phố văn hóa").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.knowledge.facts.model import FactModel
from bot.knowledge.facts.records import CLAUSE_ENDS

#: everyday words the KB's text lacks, one edit from a cue word: "lo lắng" is no "lo bằng",
#: "mong ad giải đáp" no "bông", "hoang mang" no "khoảng" (an aside, task h245)
_EVERYDAY = frozenset({"lang", "mong", "hoang"})


class Speller:
    """One-edit corrections towards the model's vocabulary (deletion index, symmetric)."""

    def __init__(self, vocabulary: Iterable[str], known: Iterable[str] = ()) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.known = frozenset(known) | self.vocabulary | _EVERYDAY
        self.index: dict[str, str] = {}
        for word in sorted(self.vocabulary):
            if len(word) < 3 or not word.isalpha():
                continue
            for variant in _deletes(word):
                self.index.setdefault(variant, word)

    def fix(self, word: str) -> str:
        if len(word) == 3 and word not in self.known and _no_syllable(word):
            # "sag kien": a 3-letter word no Vietnamese syllable ends so ("g" without "n") lost
            # a letter on the phone keyboard; only a word with a letter put back is tried
            return self.index.get(word, word)
        if word in self.known or len(word) < 4 or not word.isalpha():
            return word
        if word in self.index:  # one letter too many ("thuongg")
            return self.index[word]
        for i in range(2, len(word) - 1):  # a missing space ("dongtien")
            if _one_syllable(word):
                break  # "giong" (giống) is one word the vocabulary lacks, not "gi ong" (h108)
            if word[:i] in self.vocabulary and word[i:] in self.vocabulary:
                return f"{word[:i]} {word[i:]}"
        for variant in _deletes(word):  # one letter wrong or missing, or two swapped
            found = self.index.get(variant)
            if found is not None and abs(len(found) - len(word)) <= 1:
                return found
            if variant in self.vocabulary:
                return variant
        return word


#: how a Vietnamese syllable may end when it ends in a consonant (folded): c, ch, m, n, ng,
#: nh, p, t
_FINALS = ("c", "ch", "m", "n", "ng", "nh", "p", "t")
_VOWELS = frozenset("aeiouy")


def _no_syllable(word: str) -> bool:
    """True for a word of letters that cannot be one Vietnamese syllable because of its end
    ("sag", "thog"): its consonant ending is none a syllable has."""
    if not word.isalpha() or word[-1] in _VOWELS:
        return False
    end = len(word)
    while end > 0 and word[end - 1] not in _VOWELS:
        end -= 1
    return end > 0 and word[end:] not in _FINALS


def _one_syllable(word: str) -> bool:
    """True for a word that can be one Vietnamese syllable: one run of vowels, ending as a
    syllable may ("giong", "nghieng"); "dongtien" has two runs and is two words glued."""
    runs = re.findall(r"[aeiouy]+", word)
    return len(runs) == 1 and not _no_syllable(word)


def _deletes(word: str) -> list[str]:
    # A list, left to right: the first correction found must not depend on set order, which
    # changes with PYTHONHASHSEED (the same question got its parts in another order per process).
    return list(dict.fromkeys(word[:i] + word[i + 1 :] for i in range(len(word))))


#: phone shorthands that stand for more than one word: "dk" is "được" ("có dk không"), but
#: "điều kiện" where a noun is due ("đủ dk", "cần dk gì", "những dk") and "đăng ký" before
#: "thi đua" ("dk thi đua"); the words around decide, not the question's topic
_AMBIGUOUS_SHORT = frozenset({"dk", "đk"})
#: words after which a noun follows, never a verb: "đủ", "các", "những", "về", "mọi"
_NOUN_BEFORE = frozenset({"du", "nhung", "cac", "ve", "moi", "cua", "bao", "dap"})
#: words a noun is asked about with: "dk gì", "dk nào", "dk ra sao"
_ASKED_AFTER = frozenset({"gi", "j", "nao", "ji", "z"})


def _short_in_context(raw: list[str], at: int) -> tuple[str, ...] | None:
    before = raw[at - 1] if at > 0 else ""
    after = raw[at + 1] if at + 1 < len(raw) else ""
    if after in ("thi", "td", "tdua") and (after != "thi" or raw[at + 2 : at + 3] == ["dua"]):
        return ("dang", "ky")
    if before in _NOUN_BEFORE or after in _ASKED_AFTER:
        return ("dieu", "kien")
    return None


#: words before "hs" that make it a person ("cho hs", "em hs", "1 hs lớp 9"), and after it
#: ("hs lớp 9", "hs giỏi"): "hs" is otherwise "hồ sơ"
_PUPIL_BEFORE = frozenset({"cho", "em", "1", "mot", "cac", "nhung", "tang", "khen"})
_PUPIL_AFTER = frozenset({"lop", "gioi", "tieu", "thcs", "thpt", "truong"})


def _pupil_in_context(raw: list[str], at: int) -> bool:
    """ "chủ tịch xã có tặng giấy khen đột xuất cho hs được không": "hs" after "cho" or before
    "lớp" is a pupil (học sinh), not the dossier (task h108)."""
    before = raw[at - 1] if at > 0 else ""
    after = raw[at + 1] if at + 1 < len(raw) else ""
    return before in _PUPIL_BEFORE or after in _PUPIL_AFTER


#: a month glued to its unit (task h209): "5t" (5 tháng), "t12" (tháng 12); figures glued to
#: "k" / "tr" ("760k", "2tr53") are read by the figure readers as typed
_MONTHS = re.compile(r"(\d{1,2})t|t(\d{1,2})")


def _glued_month(tok: str, after: str) -> tuple[str, ...] | None:
    """The words a month glued to its unit stands for, or None ("t2" … "t7" alone are week
    days: a month only before "/" or from "t8" on)."""
    found = _MONTHS.fullmatch(tok)
    if found is None:
        return None
    if found[1]:
        return (found[1], "thang")
    return ("thang", found[2]) if after == "/" or int(found[2]) >= 8 else None


#: who "QĐ" after them decides ("xã QĐ", "ai QĐ", "chủ tịch QĐ", "tự QĐ"): there it is the verb
#: "quyết định"; elsewhere it names a decision as a paper ("có QĐ GĐVH rồi", "ký QĐ", "QĐ ký
#: 29/12", "QĐ tháng 11/2026"), read as typed by the readers of a decision's date
_DECIDER_BEFORE = frozenset({"xa", "phuong", "huyen", "tinh", "ai", "tu", "tich", "ubnd", "ct"})
_DECIDER_BEFORE |= {"do", "truong", "thon", "ban"}


def _decides_in_context(raw: list[str], at: int) -> bool:
    before = raw[at - 1] if at > 0 else ""
    after = raw[at + 1] if at + 1 < len(raw) else ""
    dated = after[:1].isdigit() or after in {"ky", "ngay", "thang", "so"}
    return before in _DECIDER_BEFORE and not dated and not _MONTHS.fullmatch(after)


#: words around "HĐ" that make it the council (Hội đồng), not a labour contract (hợp đồng):
#: "biên bản HĐ", "họp HĐ", "CT HĐ", "HĐ TĐKT", "HĐ xét"
#: ("HĐ TĐKT", "CT HĐ" are aliases of the council already)
_COUNCIL_BEFORE = frozenset({"ban", "hop", "thanh", "vien", "tv"})
_COUNCIL_AFTER = frozenset({"xet", "hop", "binh"})


def _council_in_context(raw: list[str], at: int) -> bool:
    """ "GK đột xuất cần biên bản HĐ k": "HĐ" after "biên bản" or before "TĐKT" is the
    council of thi đua, khen thưởng (task h209); otherwise it stays the contract cue."""
    before = raw[at - 1] if at > 0 else ""
    after = raw[at + 1] if at + 1 < len(raw) else ""
    return before in _COUNCIL_BEFORE or after in _COUNCIL_AFTER


def _casual_as_typed(tok: str, mark: str | None, model: FactModel) -> bool:
    """A phone spelling stands for its casual word when typed bare ("dc hong") or in a marked
    form casual.yaml lists ("hông", "hổng"); typed with other marks it is the word itself:
    "bằng khen bị hỏng" is broken, not "không"."""
    return mark is None or mark == tok or mark in model.casual_marked


def expand(
    raw: list[str], marks: list[str | None], model: FactModel, speller: Speller
) -> tuple[list[str], list[str | None]]:
    """Phone spellings expanded and typos fixed; a word that changed has no marks to go by."""
    out: list[str] = []
    out_marks: list[str | None] = []
    for at, (tok, mark) in enumerate(zip(raw, marks, strict=True)):
        if tok in model.casual:
            words = model.casual[tok] if _casual_as_typed(tok, mark, model) else (tok,)
        else:
            words = tuple(speller.fix(tok).split(" "))
        if tok in _AMBIGUOUS_SHORT:
            words = _short_in_context(raw, at) or words
        elif tok == "hs" and _pupil_in_context(raw, at):
            words = ("hoc", "sinh")
        elif tok[:1].isdigit() or tok[:1] == "t":
            words = _glued_month(tok, raw[at + 1] if at + 1 < len(raw) else "") or words
        elif tok in {"qd", "qđ"} and _decides_in_context(raw, at):
            words = ("quyet", "dinh")
        elif tok in {"hd", "hđ"} and _council_in_context(raw, at):
            words = ("hoi", "dong")
        out.extend(words)
        out_marks.extend([mark] if words == (tok,) else [None] * len(words))
    return out, out_marks


#: words that join two titles ("cờ thi đua tỉnh và cờ chính phủ")
_JOINING = frozenset({"va", "voi", "hay", "hoac", "cung", ","})


def elided_titles(
    toks: list[str], marks: list[str | None], model: FactModel
) -> tuple[list[str], list[str | None]]:
    """A second title whose shared words are left out after "và / hay": "cờ thi đua tỉnh và
    cờ chính phủ", "bằng khen tỉnh và thủ tướng" name "cờ thi đua (của) chính phủ" and "bằng
    khen thủ tướng"; the words left out are put back from the title before."""
    out: list[str] = []
    out_marks: list[str | None] = []
    last: list[str] = []
    ended = -1  # where the last title ends in ``out``: the join must follow it at once
    starts, count = model.title_starts(), len(toks)
    i = 0
    while i < count:
        # s47b: a word starting no title is not asked (title_at would say 0)
        size = model.title_at(toks, i)[1] if toks[i] in starts else 0
        if size:
            last = toks[i : i + size]
            out.extend(last)
            out_marks.extend(marks[i : i + size])
            ended = len(out)
            i += size
            continue
        if last and len(out) == ended + 1 and out[-1] in _JOINING:
            found = _completed(last, toks, i, model)
            if found is not None:
                title, used = found
                out.extend(title)
                out_marks.extend([None] * len(title))
                last = title
                ended = len(out)
                i += used
                continue
        out.append(toks[i])
        out_marks.append(marks[i])
        i += 1
    return out, out_marks


def _completed(
    last: list[str], toks: list[str], at: int, model: FactModel
) -> tuple[list[str], int] | None:
    """The title that the words at ``at`` name with the start of ``last`` put back, and how many
    words of ``toks`` it takes; None when no other title is named so."""
    named = model.phrases.get(tuple(last))
    # "giấy khen xã và hồ sơ …": words that name something else ("hồ sơ") are not a title's
    # qualifier, even when they fold like one ("hộ")
    other = max(
        (
            size
            for size in range(1, min(model.starts.get(toks[at], 0), len(toks) - at) + 1)
            if (found := model.phrases.get(tuple(toks[at : at + size]))) is not None
            and found.kind in ("attr", "weak")
        ),
        default=0,
    )
    for used in range(min(3, len(toks) - at), other, -1):
        typed = toks[at : at + used]
        if typed[0] == last[0] and used > 1:
            typed = typed[1:]  # "… và cờ chính phủ": the head repeated, its qualifiers not
        for keep in range(len(last) - 1, 0, -1):
            phrase = model.phrases.get(tuple(last[:keep] + typed))
            if (
                phrase is not None
                and phrase.kind == "entity"
                and (named is None or phrase.key != named.key)
            ):
                return last[:keep] + typed, used
    return None


#: the units a "… văn hóa" title is for, as typed, nearest first when several fit
_CULTURE_UNITS = (
    ("to", "dan", "pho"), ("khu", "dan", "cu"), ("gia", "dinh"), ("thon",), ("ban",), ("ap",),
    ("khom",), ("soc",), ("phum",), ("buon",), ("plei",), ("ploi",), ("lang",), ("bon",),
    ("xa",), ("phuong",),
)  # fmt: skip
#: words just before "văn hóa" that make it the title recognised ("được xét / công nhận / đạt
#: văn hóa"), not culture in general ("phòng văn hóa", "hoạt động văn hóa")
_RECOGNISED = frozenset({"xet", "nhan", "dat", "hieu", "la"})


def unit_culture(
    toks: list[str], marks: list[str | None], model: FactModel
) -> tuple[list[str], list[str | None]]:
    """ "tổ dân phố có được xét văn hóa không": the unit named before in the clause is the one
    the "… văn hóa" title is asked for ("tổ dân phố văn hóa"); its words are put back."""
    if "hoa" not in toks and len(marks) >= len(toks):
        # s47b: no "văn hóa", nothing put back: the words and their marks as they came (the
        # loop below copies them word by word, two calls a word, on every reading)
        return list(toks), marks[: len(toks)]
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


#: the commune's own names: "xã có 3 thôn đạt văn hóa" says where the thôn are (h343)
_COMMUNE_UNITS = frozenset({("xa",), ("phuong",)})


def _last_unit(clause: list[str]) -> tuple[str, ...] | None:
    """The first unit the clause names (the subject asked about, before any comparison); a
    xã or phường before a thôn or tổ dân phố holds it, so the unit inside is the one meant."""
    commune = None
    for at in range(len(clause)):
        for unit in _CULTURE_UNITS:
            if tuple(clause[at : at + len(unit)]) == unit:
                if unit not in _COMMUNE_UNITS:
                    return unit
                commune = commune or unit
    return commune
