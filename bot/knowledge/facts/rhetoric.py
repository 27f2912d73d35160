"""Claims put up in a rhetorical frame, restated in the plain form the readers know.

An officer often puts a claim up for confirmation with a tag or a frame rather than with
"… không": "CSTĐ tỉnh thưởng 3 lần lương cơ sở chứ gì" (a tag: "… chứ, right?"), "chẳng phải
TTLĐTT 0,8 lần sao" ("isn't it 0,8?": the claim is that it is), "CSTĐCS đâu có cần LĐTT
đâu nhỉ" ("đâu" negates: the claim is that it is not needed). Read word by word, "gì" is a
what-ask, "chẳng" a plain negation and "đâu" a where-ask, and the claim loses its yes/no or
turns round. Each frame is restated once, before any reader, as the plain yes/no the readers
answer ("… chứ", "… phải không", "có cần X không"; a denied X's verdict is then turned to judge
the denial), so every reader sees the same claim. "chẳng lẽ X sao" ("surely not X?") is asked
of X's positive core: "chẳng lẽ không được xét sao" doubts a denial, and is answered on "được
xét" ("Có." when one is), the way officers and the tuning keys read it. The question is
matched folded (marks off: phones drop them) and restated in its own spelling: folding an NFC
text keeps its length, so a folded index points into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.core.text import fold, nfc
from bot.knowledge.facts.doubted import (
    doubted_claim,
    framed_claim,
    own_claim,
    put_up,
    surprised_claim,
)
from bot.knowledge.facts.triggers import gate_module

#: a restated frame from its match and a reader of a group in the question's own spelling
Restate = Callable[[re.Match[str], Callable[[re.Match[str], str], str]], str]

#: a clause's words up to its punctuation ("0,8" and "2.530.000" are numbers, not ends)
_CLAUSE = r"(?:[^,.;?!]|(?<=\d)[,.](?=\d))+?"
#: "… chứ gì / chứ nhỉ / chứ ạ / chứ hả": the tag after "chứ" only asks for the confirmation
#: "chứ" already asks (a what-ask "gì" stands before "chứ" or opens its own clause)
_TAG = re.compile(
    r"\b(?P<word>chu) (?:gi|nhi|a|ha|he|nhe|nha|phong|ak|ah)"
    r"(?: (?:a|ak|ah|nhe|nha|nhi))?(?= *(?:[,.;?!]|$))"
)
#: "chẳng phải (là) X sao / à / ư / hả / nhỉ / chứ": "isn't it X?", the claim is X; "chả"
#: is the spoken "chẳng"
_ISNT_IT = re.compile(
    rf"\b(?:chang|cha) phai (?P<claim>{_CLAUSE})"
    r" (?:hay sao|sao|a|u|ha|nhi|nhe|nha|chu|he|phong|ak|ah)(?= *(?:[,.;?!]|$))"
)
#: "chẳng lẽ X sao / à / ư / hả": the asker doubts X; X's first negation ("không", "k",
#: "chẳng") is the doubted denial, so the verdict judges X without it
_SURELY_NOT = re.compile(
    rf"\b(?:chang|cha) le (?P<claim>{_CLAUSE})"
    # task h473: "chẳng lẽ X k … à / ư / hả" asserts the denial as typed (``doubted``)
    r" (?:hay sao|sao|chu)(?= *(?:[,.;?!]|$))"
)
#: a denial inside a doubted claim ("mà k được xét", "xã không còn ai …")
_DENIAL = re.compile(r"\b(?:khong|ko|k|kg|hong|chang|cha|chua) (?=\w)")
#: "đâu (có) cần / được / phải X (đâu) (nhỉ)": "đâu" before a modal negates it ("đâu có cần
#: LĐTT đâu" = it is not needed); folded "dau" is also "đầu" ("6 tháng đầu có được …") and
#: "ở đâu được" asks a place, so the frame must close on its second "đâu" or be written "đâu";
#: "X chứ đâu phải Y" sets a contrast, not a denial put up
_NOT_THERE = re.compile(
    r"\b(?<!\bo )(?<!\btu )(?<!\bdi )(?<!\bve )(?<!\blay )(?<!\bchu )(?P<word>dau) (?:co )?"
    rf"(?P<modal>can|duoc|dc|phai|bat buoc|bi) (?P<claim>{_CLAUSE})"
    r"(?P<closed> dau)?(?: (?:nhi|a|ha|ma|nhe|nha|he|ak|ah))?(?= *(?:[,.;?!]|$))"
)
#: "X chứ (không / đâu / có) phải (là) Y (đâu)": the asker asserts X and sets Y aside; the
#: contrast is dropped so the verdict judges X ("… tính theo ngày ký chứ k phải ngày trao, đúng
#: k" → "… tính theo ngày ký, đúng k"); the denied Y ends at the clause's end or at a closing
#: "đúng / phải không"; with no closing ask after it, X is put up as "X phải không"
_CONTRAST = re.compile(
    # task h473: "chứ k chỉ (có) Y" sets Y aside as "chứ k phải Y" does; task f180a: so do
    # "chứ k còn Y" (a sum of before) and "chứ k làm Y"; "chứ k có Y" is no contrast, it
    # adds "and no Y" to the claim ("chỉ tặng giấy thôi chứ k có tiền thưởng")
    r"(?P<whole>\s*,?\s*\b(?P<word>chu) (?:(?:khong|ko|k|kg|dau|chang|cha)"
    r" (?:phai|chi|con|lam)|co phai)"
    r"(?: la| co)?"
    rf" (?P<denied>{_CLAUSE})(?: dau)?(?P<tail> (?:nhi|a|ha|ma|nhe|nha|he|ak|ah|u))?)"
    # a "," or "." inside a sum ("chứ k còn 2.340.000") ends nothing (task f180a)
    r"(?:(?P<closing> *,? *)(?=(?:dung|phai) (?:khong|ko|k|kg)\b)|(?= *(?:[;?!]|[,.](?!\d)|$)))"
)
#: the contrast turned round without "chứ": "X, không phải Y, đúng k" where Y is a moment the
#: prize is reckoned on ("… theo lương cơ sở ngày trao giấy khen, k phải ngày ký quyết định,
#: đúng k"; task h360); only a moment: "…, không phải họp hội đồng, đúng k" claims no meeting
_MOMENT_CONTRAST = re.compile(
    r"(?P<whole>\s*,\s*(?:khong|ko|k|kg) phai(?: la)? (?:theo |tinh theo )?"
    rf"(?:ngay|luc|thoi diem|hom) {_CLAUSE})"
    r"(?P<closing> *,? *)(?=(?:dung|phai) (?:khong|ko|k|kg)\b)"
)
#: task f180a: a sum set aside after the one claimed, "…, k phải 760 nghìn, đúng k", "…, k còn
#: 3.510.000 như trước chứ nhỉ": the claimed sum is judged, the other only named to be denied
_SUM_CONTRAST = re.compile(
    r"(?P<whole>\s*,\s*(?:khong|ko|k|kg) (?:phai|con)(?: la)? \d[\d.,]*"
    r"(?: ?(?:nghin|ngan|trieu|dong|d|k))?(?: nhu (?:truoc|nam ngoai|nam truoc|cu))?)"
    r"(?P<closing> *,? *)(?=(?:(?:dung|phai) (?:khong|ko|k|kg)|chu)\b)"
)
#: "sao lại không X (mà Y) (nhỉ)": "why not X?" presumes X is how it should be; X is the claim
#: the asker makes ("sao lại k để chủ tịch xã ký CSTĐCS mà phải gửi tỉnh" → "để chủ tịch xã ký
#: CSTĐCS phải không"); the Y after "mà" is the practice the asker doubts
_WHY_NOT = re.compile(
    rf"\bsao lai (?:khong|ko|k|kg) (?P<claim>{_CLAUSE})(?: ma {_CLAUSE})?"
    r"(?: (?:nhi|a|ha|vay|the|nhe|ak|ah))?(?= *(?:[,.;?!]|$))"
)
#: "P thì có sao không / có trái quy định không / như vậy có sai không / có vi phạm gì không":
#: the asker asks whether the practice P breaks the rule; P is put up as "P, đúng không" and
#: the verdict turned, so "Có." says that P breaks the rule and "Không." that it does not;
#: only as the message's closing ask (in a letter, a colleague's "có sao không" is told)
_PROBLEM = re.compile(
    r"\s*,?\s*(?:\b(?:nhu vay|nhu the|lam vay|lam the|vay|the) )?(?:\bthi )?\bco (?:bi )?"
    r"(?:sao|van de gi|(?:trai|sai|vi pham)(?: (?:quy dinh|luat))?(?: gi)?)"
    r" (?:khong|ko|k|kg)(?: (?:a|ak|ah|nhi|ha|ad|anh|chi|em|vay))*(?=[ ,.;?!]*$)"
)
#: a yes/no asked before the practice ("có cần đăng ký không, không đăng ký thì có sao không"):
#: the message's verdict answers that ask, so it is not turned
_ASKED_BEFORE = re.compile(r"\b(?:khong|ko|k|kg)(?: (?:a|ak|ah|nhi|ha))? *[,;?]")
#: "không có lý do gì (để / mà) không X": a double denial, X is what is claimed
_NO_REASON_NOT = re.compile(
    r"\b(?:khong|ko|k|kg|chang) (?:co )?(?:ly do|li do|le gi) (?:gi )?(?:de |ma )?"
    r"(?:khong|ko|k|kg|chang) (?=\w)"
)
#: a verdict on the asked X and its opinion line, turned to judge the claim "not X" instead
_TURNED = {"Có.": "Không.", "Không.": "Có.", "Ý kiến đó đúng.": "Ý kiến đó chưa đúng."}
_TURNED |= {v: k for k, v in _TURNED.items()}


@dataclass(frozen=True)
class Restated:
    """A question restated: ``text`` asks plainly; ``turned`` when its claim is the asked
    clause denied ("đâu cần X đâu") or a practice asked about, so a verdict on ``text``
    judges the claim the other way round."""

    text: str
    turned: bool = False
    #: a practice put up as a claim ("P thì có sao không" → "P, đúng không")
    practice: bool = False
    #: a contrast's set-aside part dropped ("X chứ không phải Y" → "X")
    dropped: bool = False


def restated(question: str) -> Restated:
    """``question`` with each rhetorical frame of a claim restated as its plain yes/no."""
    text = nfc(question)
    # "… thì k có lý do gì k được LĐTT đúng k": the two denials cancel, X is claimed (task f185a)
    text = _spliced(text, _NO_REASON_NOT.finditer(fold(text).lower()), lambda m, t: "")
    if text != nfc(question):
        question = text
    folded = fold(text)
    # "ai bảo X, Y", "… vậy là sai rồi à, Y?", "… k phải Y sao?": the asker's own closing
    # claim, judged (task h473)
    own, own_turned = own_claim(text)
    if own != text:
        return Restated(own, turned=own_turned)
    # "… làm gì có X", "P, có sao đâu", "ai lại bắt X", "chứ k phải X hả, …", "đâu có X, phải
    # thế k": the claim the frame puts up, judged (task f180a)
    framed, framed_turned = framed_claim(text)
    if framed != text:
        return Restated(framed, turned=framed_turned)
    # "chẳng lẽ / k lẽ nào X" with no asking tail: X as typed, put up (task f180a)
    text, surprise_turned = surprised_claim(text)
    if surprise_turned:
        return Restated(text, turned=True)
    if not any(w in folded for w in ("chu ", "phai", "dau", "le ", "sao lai", "co ")):
        doubted = doubted_claim(text)
        return Restated(question if doubted == text else doubted)
    # "… chủ ạ" (the owner) folds as "chu a" too: only "chứ", or "chu" typed without marks
    tags = [
        m
        for m in _TAG.finditer(folded)
        if text[m.start() : m.end("word")].lower() in ("chứ", "chu")
    ]
    text = _spliced(text, tags, lambda m, t: "chứ")
    # "hồ sơ LĐTT k cần biên bản đâu nhỉ", "chẳng lẽ … k dc tiền thưởng à": a denial put up
    # with a doubting tag is the claim, put up as "…, đúng không" (task h473)
    text = doubted_claim(text)
    why_not = _WHY_NOT.finditer(fold(text))
    text = _spliced(text, why_not, lambda m, t: f"{t(m, 'claim')} phải không")
    contrasts = [
        m
        for m in _CONTRAST.finditer(fold(text))
        if text[m.start("word") : m.end("word")].lower() in ("chứ", "chu")
    ]
    if not contrasts and " phai " in folded:
        contrasts = list(_MOMENT_CONTRAST.finditer(fold(text)))
    if not contrasts:
        contrasts = list(_SUM_CONTRAST.finditer(fold(text)))
    # task h473: put up in the question's own spelling ("… hàng chục nghin phải không" mixed
    # was read as off the topic)
    asked = put_up(text, "phải không")
    dropped = _spliced(text, contrasts, lambda m, t: _contrast_dropped(m, t, asked))
    text, contrasted = dropped, dropped != text
    isnt_it = _ISNT_IT.finditer(fold(text))
    text = _spliced(text, isnt_it, lambda m, t: f"{t(m, 'claim')} phải không")
    # a doubted claim with no denial in it is already read on X as typed ("chẳng lẽ … được
    # khen hai lần sao"): only a denial to drop is restated
    doubted = [m for m in _SURELY_NOT.finditer(fold(text)) if _DENIAL.search(m.group("claim"))]
    text = _spliced(text, doubted, _doubt_asked)
    denied = [
        m
        for m in _NOT_THERE.finditer(fold(text))
        if m.group("closed") or text[m.start("word") : m.end("word")].lower() == "đâu"
    ]
    # two denied claims (or two practices asked about) in one message would need two turned
    # verdicts: left as written
    turned = len(denied) == 1
    if turned:
        text = _spliced(text, denied, _asked_plainly)
    problems = list(_PROBLEM.finditer(fold(text)))
    if len(problems) == 1 and not _ASKED_BEFORE.search(fold(text), 0, problems[0].start()):
        text = _spliced(text, problems, lambda m, t: ", đúng không")
        return Restated(text, turned=not turned, practice=True, dropped=contrasted)
    return Restated(text, turned=turned, dropped=contrasted)


def _contrast_dropped(
    match: re.Match[str], group: Callable[[re.Match[str], str], str], asked: str = "phải không"
) -> str:
    """The contrast "chứ không phải Y" dropped before the closing "đúng không", or put as
    " phải không" when no ask follows it (the asserted X is then put up for confirmation)."""
    if match.group("closing") is not None:
        # "X chứ k phải Y, đúng k" → "X đúng k": the closing ask is kept in X's clause (a
        # ", đúng k" standing alone reads as "dùng không", still in use)
        return " "
    if not match.string[match.end() :].strip(" ,.;?!"):
        return f" {asked}"
    # a contrast in a saying told before the ask ("chị ấy nói … chứ không phải đột xuất. Vậy
    # chị ấy nói đúng không"): the saying is judged as told
    return group(match, "whole")


def _doubt_asked(match: re.Match[str], group: Callable[[re.Match[str], str], str]) -> str:
    """The doubted claim of ``match`` asked plainly of its positive core: "chẳng lẽ mà k được
    xét sao" → "mà được xét phải không"."""
    claim = group(match, "claim")
    denial = _DENIAL.search(fold(claim))
    assert denial is not None  # only denials are restated
    return f"{claim[: denial.start()]}{claim[denial.end() :]} phải không"


def _asked_plainly(match: re.Match[str], group: Callable[[re.Match[str], str], str]) -> str:
    """The denied clause of ``match`` asked plainly: "có cần X không"."""
    return f"có {group(match, 'modal')} {group(match, 'claim')} không"


def opens_with_depends(text: str) -> bool:
    """Whether ``text`` (an answer) opens its first block with "Tùy"."""
    return _first_body(text).startswith("Tùy")


def opens_with_verdict(text: str) -> bool:
    """Whether ``text`` (an answer) opens its first block with "Có.", "Không." or "Tùy"."""
    return _first_body(text).startswith(("Có.", "Không.", "Tùy"))


def _first_body(text: str) -> str:
    """The body of an answer's first block, after its title line."""
    return text.partition("\n\n")[0].partition("\n")[2]


def verdict_turned(text: str) -> str:
    """``text`` (an answer) with its first block's verdict and opinion line turned round."""
    head, sep, rest = text.partition("\n\n")
    title, nl, body = head.partition("\n")
    for said in ("Có. ", "Không. "):
        if body.startswith(said):
            body = f"{_TURNED[said.strip()]} {body.removeprefix(said)}"
            break
    for said in ("Ý kiến đó chưa đúng.", "Ý kiến đó đúng."):
        if said in body:
            body = body.replace(said, _TURNED[said], 1)
            break
    return title + nl + body + sep + rest


def _spliced(text: str, matches: Iterable[re.Match[str]], restate: Restate) -> str:
    """``text`` with each match (made on its fold, in order) replaced by ``restate(match,
    group)``, where ``group(match, name)`` gives the group in the text's own spelling."""

    def group(match: re.Match[str], name: str) -> str:
        return text[match.start(name) : match.end(name)]

    out, at = [], 0
    for match in matches:
        out += [text[at : match.start()], restate(match, group)]
        at = match.end()
    return "".join([*out, text[at:]]) if out else text


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
