"""Commendation told by its giver instead of its form: "xã khen tập thể được không", "xin chủ
tịch xã khen cho hộ", "đề nghị tỉnh khen". People outside the staff (traders, households, firms,
donors) write it so far more than "giấy khen"; with no form named the question read no title
and was declined.

The giver names the form: the xã chairman gives Giấy khen (Luật Thi đua, khen thưởng 2022 Điều
80 khoản 3, as amended from 01/7/2025; the xã has no other form of its own), the province's
chairman gives Bằng khen of the province (Điều 80 khoản 2 điểm b). Only when the message names
no title at all: a title named anywhere is what the question is about."""

from __future__ import annotations

from bot.knowledge.facts.model import FactModel, token_marks
from bot.knowledge.facts.rescue import deed_span

#: the last word of a giver told before "khen" ("(chủ tịch) (UBND) xã", "tỉnh"), and the
#: form's words put in its place
_FORMS: dict[str, tuple[str, ...]] = {
    "xa": ("giay", "khen"),
    "phuong": ("giay", "khen"),
    "tinh": ("bang", "khen", "tinh"),
}
#: the giver's own marks when typed with them ("xã", "tỉnh"): "xa" (far), "tính", "tình" are no
#: giver
_MARKED = dict(zip(("xa", "phuong", "tinh"), token_marks("xã phường tỉnh"), strict=True))
#: words an officer puts between the giver and the verb ("xã có khen", "tỉnh sẽ khen", "xã
#: muốn khen"); "được" is not one of them: "xã được khen" is the xã commended, not giving
_BETWEEN = frozenset(
    {"co", "se", "da", "moi", "muon", "cung", "con", "van", "dinh", "chi", "lai", "them", "chua",
     "nen", "phai", "hay", "thuong", "xet"}
)  # fmt: skip


def giver_form(
    toks: list[str], marks: list[str | None], model: FactModel
) -> tuple[list[str], list[str | None]]:
    """The form a giver gives put after the verb "khen" when no title is named: "xã khen tập
    thể" reads "xã khen giấy khen tập thể"; the subject told then narrows it as for any title
    (giấy khen cho tập thể, hộ gia đình, cá nhân)."""
    if "khen" not in toks:
        return toks, marks
    # task h432: a council named ("trước đây hội nộp hồ sơ lên Hội đồng thi đua huyện") is no
    # title; a body's proposal of its own people is still read (``_proposed_at_xa``)
    titled = model.names_title(toks)
    if titled and _titles_named(toks, model) - _COUNCILS:
        return toks, marks
    if deed_span(toks, marks) is not None:
        # "dập lửa, kéo 2 bà cụ ra …, chợ sẽ xin xã khen": a brave deed names khen đột xuất
        # (Luật 2022 Điều 85), the form the xã gives it, as a title named would (task h246)
        return toks, marks
    for at, tok in enumerate(toks):
        if tok != "khen" or not at:
            continue
        form = () if titled else _giver_before(toks, marks, at)
        if not form and _proposed_at_xa(toks, at):
            form = _FORMS["xa"]
        if form:
            end = at + 1 + (toks[at + 1 : at + 2] == ["thuong"])
            return (
                [*toks[:end], *form, *toks[end:]],
                [*marks[:end], *([None] * len(form)), *marks[end:]],
            )
    return (toks, marks) if titled else _upward(toks, marks)


#: the councils, entities that are no title (Luật 2022 Điều 90: they advise, the head decides)
_COUNCILS = frozenset({"hoi_dong_xa", "hoi_dong_tw"})


def _titles_named(toks: list[str], model: FactModel) -> set[str]:
    """The entities named anywhere in ``toks``."""
    starts = model.title_starts()  # s47b: a word starting no title is not asked
    return {model.title_at(toks, i)[0] for i in range(len(toks)) if toks[i] in starts} - {""}


#: the recipients a body at the xã proposes for commendation ("đề nghị khen 3 chi hội và 8 hội
#: viên", "đề nghị khen các tổ, hộ")
#: (the body's own units and members, or "cá nhân, tập thể"; not households, villages or bare
#: "người", whose proposals the reform and dossier readings answer)
_XA_RECIPIENTS = frozenset({"chi", "hoi", "ca", "tap", "to", "doi", "nhom", "clb", "ban", "doan"})
#: words that name the province or its form: a proposal sent there is no xã giấy khen
_ABOVE_XA = frozenset({"tinh", "bang", "trung", "huan"})


def _proposed_at_xa(toks: list[str], at: int) -> bool:
    """ "Hội Nông dân xã … muốn đề nghị khen 3 chi hội và 8 hội viên": a body of the xã proposes
    its own collectives and members, no giver or province named; the xã chairman decides them
    with his Giấy khen (Luật 2022 Điều 75, Điều 80 khoản 3; NĐ 129/2025 Điều 59) (task h432)."""
    if toks[max(at - 2, 0) : at] != ["de", "nghi"] or _ABOVE_XA & set(toks):
        return False
    nxt = [t for t in toks[at + 1 : at + 5] if not t.isdigit() and t not in {"cho", "cac", "nhung"}]
    if nxt[:1] in (["ca"], ["tap"]):
        # "cá nhân", "tập thể"; "cả hộ" (the whole household) is no recipient named so
        return nxt[:2] in (["ca", "nhan"], ["tap", "the"])
    return bool(nxt) and nxt[0] in _XA_RECIPIENTS


#: words that make a message about sending a proposal on ("hồ sơ khen cao gửi đâu", "hạn nộp")
_SENDING = frozenset({"gui", "nop", "trinh", "chuyen", "han", "so"})


def _upward(toks: list[str], marks: list[str | None]) -> tuple[list[str], list[str | None]]:
    """ "hồ sơ đề nghị khen cao gửi đâu", "khen cấp trên nộp ở đâu": a proposal sent above the
    xã, no form named. Every such dossier goes to the province first (Sở Nội vụ; Luật 2022
    Điều 79, NĐ 152/2025), so it is read as the province's Bằng khen, the first form above the
    xã; only where the message is about sending it ("khen cao hơn", the ladder, is left)."""
    if not _SENDING & set(toks):
        return toks, marks
    for at in range(1, len(toks) - 1):
        if toks[at - 1] != "khen":
            continue
        nxt = toks[at : at + 2]
        if nxt in (["cap", "tren"], ["cap", "cao"]) or (nxt[0] == "cao" and nxt[1:] != ["hon"]):
            end = at + (1 if nxt[0] == "cao" else 2)
            if toks[end : end + 1] == ["hon"]:
                continue
            # "khen cao" gives way to the form ("đề nghị bằng khen tỉnh cho …"): a verb
            # "khen" left before it reads as whether the person may have it
            form = _FORMS["tinh"]
            return (
                [*toks[: at - 1], *form, *toks[end:]],
                [*marks[: at - 1], *([None] * len(form)), *marks[end:]],
            )
    return toks, marks


def _giver_before(toks: list[str], marks: list[str | None], at: int) -> tuple[str, ...]:
    """The form of the giver told just before the verb at ``at`` (a few helping words may sit
    between), or () when none is."""
    i = at - 1
    while i > 0 and at - i <= 2 and toks[i] in _BETWEEN and toks[i] not in _FORMS:
        i -= 1
    tok = toks[i]
    if tok not in _FORMS or marks[i] not in (None, tok, _MARKED[tok]):
        return ()
    return _FORMS[tok]
