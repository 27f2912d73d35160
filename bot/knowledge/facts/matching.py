"""Cue phrases matched in a question's words: titles and the district level first, longest
first, then the cue words in the gaps; a word typed with its marks is matched only to a phrase
that fits them ("lương" is no "luồng")."""

from __future__ import annotations

from bot.core.text import fold
from bot.knowledge.facts.case_kind import DOT_XUAT
from bot.knowledge.facts.model import BREAKS, FactModel, Phrase, typed_with_marks
from bot.knowledge.facts.reform_told import bare_district
from bot.knowledge.facts.rescue import deed_span

#: the award a brave deed told by its act names (Luật 2022 Điều 85), as the aliases would
_DEED = Phrase("entity", DOT_XUAT)


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


#: words making one noun with a "xã" before them ("xã viên", "xã hội", "xã đội"): "thi xa viên"
#: is "thì xã viên", never "thị xã" (task h258)
_XA_COMPOUNDS = frozenset({"vien", "hoi", "doi", "giao"})


def _xa_compound(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "tặng LĐTT thi xa vien dc 760.000": the district cue "thị xã" read across "thì" and
    a xã compound noun."""
    return (
        phrase.kind == "reform"
        and toks[at : at + 2] == ["thi", "xa"]
        and toks[at + 2 : at + 3] != []
        and toks[at + 2] in _XA_COMPOUNDS
    )


#: words around an unmarked "thue" that make it "thuê" (to hire, to rent), never "thuế" (tax):
#: "làm thuê", "thuê 3 người", "thuê nhà" (task h258)
_HIRED_BEFORE = frozenset({"lam", "di", "dang"})
_HIRED_AFTER = frozenset({"nguoi", "nha", "dat", "mat", "xe", "lao", "nhan", "them", "tho"})


def _hired(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "chồng em làm thuê cho xưởng", "hộ em thuê 3 người": hiring, no tax asked."""
    if phrase.kind != "attr" or phrase.key != "tax" or toks[at] != "thue":
        return False
    after = toks[at + 1 : at + 3]
    if after[:1] and after[0].isdigit():
        # "thuê 3 người" hires; "trừ thuế 10%" is a tax
        after = after[1:]
    return (at > 0 and toks[at - 1] in _HIRED_BEFORE) or (after != [] and after[0] in _HIRED_AFTER)


#: an unmarked "bi thu" before these is "bị thu (lại / hồi)", taken back, not "bí thư" (a party
#: secretary): "GK va tien thuong co bi thu lai k" asks whether it is revoked (task h374)
_TAKEN_BACK_AFTER = frozenset({"lai", "hoi", "ve"})


def _taken_back(toks: list[str], at: int, phrase: Phrase, marks: list[str | None]) -> bool:
    """ "tiền thưởng có bị thu lại không": the passive "bị thu", not the secretary."""
    if phrase.kind != "subject" or toks[at : at + 2] != ["bi", "thu"]:
        return False
    if marks[at] not in (None, "bi") or marks[at + 1] not in (None, "thu"):
        return False  # typed with marks: "bí thư" is the secretary, "bị thu" the verb
    return at + 2 < len(toks) and toks[at + 2] in _TAKEN_BACK_AFTER


def _clinic(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "cấp cứu người bị tai nạn": a clinic's daily work, no brave deed ("cứu người")."""
    return phrase == _DEED and toks[at] == "cuu" and at > 0 and toks[at - 1] == "cap"


def _treasurer(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "thủ quỹ xã bị khiển trách": the treasurer (a person, subjects.yaml), whose "quỹ xã" is
    no Quỹ thi đua, khen thưởng of the xã (task h378)."""
    return phrase.kind == "entity" and toks[at] == "quy" and at > 0 and toks[at - 1] == "thu"


def _cashless(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "hướng dẫn bà con thanh toán không tiền mặt": the cashless-payment drive, whose "tiền
    mặt" is no prize paid in cash (task h406)."""
    return (
        phrase.key == "money"
        and toks[at : at + 2] == ["tien", "mat"]
        and at > 0
        and toks[at - 1] == "khong"
        and "toan" in toks[max(0, at - 4) : at - 1]
    )


#: what follows "không qua" when it is a route past an office ("k qua phòng nội vụ huyện nữa",
#: "không qua UBND huyện", "không qua Sở"), not "không quá" of a cap (task f181, b181 F1)
_PASSED_OFFICE = frozenset({"phong", "ubnd", "huyen", "quan", "tinh", "xa", "chu", "hoi"})


def _route_past(toks: list[str], at: int, phrase: Phrase) -> bool:
    """ "hồ sơ k qua phòng nội vụ huyện nữa": "không qua" before an office, typed without marks
    like "không quá" (a cap); the office's own words are taken first as the district, so the
    ``none`` phrases "không qua huyện" cannot reach them."""
    after = toks[at + 2 : at + 4]
    return (
        phrase.key == "cap"
        and toks[at : at + 2] == ["khong", "qua"]
        and bool(after)
        and (after[0] in _PASSED_OFFICE or after == ["so", "noi"])
    )


def _dong_only(toks: list[str], at: int) -> bool:
    """ "1.000 đồng thôi", "760 nghìn đồng thôi": a sum and "only", typed without marks like
    "đồng thời" (at once; task h255)."""
    return (
        toks[at : at + 2] == ["dong", "thoi"]
        and at > 0
        and (toks[at - 1][-1:].isdigit() or toks[at - 1] in ("nghin", "ngan", "trieu"))
    )


#: words before a bare "cong nhan" that make it the verb "công nhận" (to recognise), never the
#: worker ("công nhân"): "QĐ / quyết định / đã / được / xét / đề nghị / ký công nhận"
_RECOGNISE_BEFORE = frozenset({"qd", "dinh", "da", "duoc", "dc", "xet", "nghi", "ky", "tu"})
#: words after it that make it so: "công nhận là / danh hiệu / thôn … / lại"
_RECOGNISE_AFTER = frozenset({"la", "danh", "thon", "lai", "cho", "dat"})


def _recognising(
    toks: list[str], marks: list[str | None], at: int, phrase: Phrase, model: FactModel
) -> bool:
    """ "QĐ ngày 22/12 cong nhan 3 CSTĐCS": typed without marks, "cong nhan" before a count or a
    title, or after a deciding word, is "công nhận" (recognises), not the worker subject
    "công nhân" (task h301)."""
    if phrase.kind != "subject" or toks[at : at + 2] != ["cong", "nhan"]:
        return False
    if marks[at + 1] not in (None, "nhan"):
        return False  # typed "nhân" or "nhận": the marks decide
    after = toks[at + 2] if at + 2 < len(toks) else ""
    return (
        (at > 0 and toks[at - 1] in _RECOGNISE_BEFORE)
        or after[:1].isdigit()
        or after in _RECOGNISE_AFTER
        or (at + 2 < len(toks) and model.title_at(toks, at + 2)[1] > 0)
    )


def _deed_claimed(
    toks: list[str],
    marks: list[str | None],
    claimed: list[tuple[int, int, Phrase]],
    taken: list[bool],
) -> None:
    """A brave deed told by its act ("kéo 2 bà cụ ra khỏi đám cháy") names khen đột xuất as
    its aliases do ("cứu người"), unless an alias already named it or its words are taken."""
    if any(p == _DEED for _, _, p in claimed):
        return
    span = deed_span(toks, marks)
    if span is None or any(taken[span[0] : span[1]]):
        return
    claimed.append((span[0], span[1], _DEED))
    for j in range(*span):
        taken[j] = True


def _kind_starts(model: FactModel, kinds: tuple[str, ...]) -> dict[str, int]:
    """First word → the longest phrase of one of ``kinds`` it starts (no longer than
    ``model.starts`` says): a longer span can name no phrase of these kinds, so matching need
    not look (most words start no title). Kept on the model, built on first use (s42)."""
    kept: dict[tuple[str, ...], dict[str, int]] = vars(model).setdefault("_kind_starts", {})
    found = kept.get(kinds)
    if found is None:
        found = {}
        for key, variants in model.variants.items():
            if any(p.kind in kinds for _, p in variants):
                size = min(len(key), model.starts.get(key[0], 0))
                found[key[0]] = max(found.get(key[0], 0), size)
        kept[kinds] = found
    return found


def match_phrases(
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
    strict = typed_with_marks(toks, marks)
    count = len(toks)
    for kinds in (("entity", "reform"), ("subject", "attr", "weak", "none", "authority")):
        starts = _kind_starts(model, kinds)
        i = 0
        # s47b: every word is asked here twice a reading (102,000 calls a bench round, most
        # of them ``starts.get`` and ``len``): the word is looked up, the length read once
        while i < count:
            tok = toks[i]
            longest = starts[tok] if tok in starts else 0  # noqa: SIM401 - no call
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
                    and not _clinic(toks, i, phrase)
                    and not _treasurer(toks, i, phrase)
                    and not _dong_only(toks, i)
                    and not _route_past(toks, i, phrase)
                    and not _cashless(toks, i, phrase)
                    and not _recognising(toks, marks, i, phrase, model)
                    and not _xa_compound(toks, i, phrase)
                    and not _hired(toks, i, phrase)
                    and not _taken_back(toks, i, phrase, marks)
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
        if kinds[0] == "entity":
            _deed_claimed(toks, marks, claimed, taken)
    spans: list[tuple[int, int, Phrase | None]] = list(claimed)
    spans += [(i, i + 1, None) for i in range(len(toks)) if not taken[i]]
    return sorted(spans, key=lambda span: span[0])
