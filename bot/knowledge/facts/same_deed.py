"""One achievement, one form; one form, many achievements (Luật 2022 Điều 5 khoản 2 điểm c),
told in the asker's own nouns rather than in the cue phrases of ``attributes.yaml``.

Two readings, each a rule over the question's words (folded, one pass of a compiled pattern):

- the same deed pointed back at with any deed noun ("cho đúng khoản ủng hộ đó", "cho chính đóng
  góp đó", "cho cùng 1 việc đó"), or two forms named for one contribution ("một lần đóng góp
  vừa nhận giấy khen xã vừa nhận bằng khen tỉnh"), with a further award told: the part asked is
  ``one_achievement`` (no second form for that deed), not whether the form may be had;
- a form said to be had only once ("1 người không được nhận cùng 1 hình thức 2 lần", "đã được
  giấy khen năm ngoái thì năm nay không được tặng nữa", "1 người 1 năm chỉ được nhận tiền giấy
  khen 1 lần"): the part asked is ``repeat`` (a form may be given many times, one per deed).

Task h259 (issue 11): the cue lists named these with a few fixed nouns and word orders.
"""

from __future__ import annotations

import re

from bot.core.text import folded_words
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.yesno import is_yesno

#: nouns that name a deed or a gift ("khoản ủng hộ", "đóng góp", "đợt", "việc", "công trình")
_DEED_NOUN = (
    r"(?:viec|vu|dot|lan|khoan|dong gop|tai tro|ung ho|cong trinh|so tien|thanh tich|dip"
    r"|phan viec|dong tien|mon|chuyen|giai|ket qua)"
)
#: the same deed pointed back at: "(cùng | chính | đúng) [1 | một] <deed> [up to 2 words]
#: (đó | này | ấy)"; "cùng việc này" of a new gift is ruled out by the further award required.
#: "đúng" folds like "dùng" (to use): "dùng khoản tiền đó để chi / vào …" spends, it points
#: at no deed
_SAME_DEED = re.compile(
    # "lấy luôn thành tích đó đề nghị tỉnh", "cho đúng thành tích chống covid năm đó" (h284)
    rf"\b(?:dung|lay|lay luon|lay lai) (?:(?:1|mot) )?{_DEED_NOUN}(?: [a-z]+){{0,3}}?"
    r" (?:do|nay|ay)\b"
    # ("đó đề nghị tỉnh" proposes with it: "đề" is no "để")
    r"(?! (?:de\b(?! nghi)|chi|vao|mua|tra|thuong)\b)"
    # "cho chính vụ cứu người đó để anh được thêm tiền" (h343): after "cùng / chính" a purpose
    # ("để …") still points at the deed; only spending the sum ("để chi", "vào") does not
    rf"|\b(?:cung|chinh) (?:(?:1|mot) )?{_DEED_NOUN}(?: [a-z]+){{0,3}}? (?:do|nay|ay)\b"
    r"(?! (?:de (?:chi|mua|tra)|chi|vao|mua|tra|thuong)\b)"
)
#: the deed pointed back at by the reason an award is for, or by the achievement itself named
#: as the one told ("cũng vì giải nhất đó", "vì thành tích chống lũ đó", "thành tích bầu cử đó
#: có còn được tính …"): read only when an award is told before it and one is named after
#: (task h306)
_FOR_THAT_DEED = re.compile(
    # ("giấy khen riêng cho việc đó" names the deed a new award is for: "cho" is no pointer)
    r"\bvi (?:(?:cung|chinh|dung) )?(?:(?:1|mot) )?(?:thanh tich|giai|ket qua|viec)"
    r"(?: [a-z0-9]+){0,4}? (?:do|nay|ay)\b"
    r"|\bthanh tich(?: [a-z0-9]+){0,3}? (?:do|nay|ay)\b"
)
#: an award named: the one told before the pointer, and the further one named after it
_FORM_NAMED = re.compile(r"\b(?:giay khen|bang khen|gk|bk|khen)\b")
#: one contribution counted once ("một lần đóng góp", "1 khoản tài trợ", "ủng hộ 1 lần")
_ONE_DEED = re.compile(
    # ("mỗi lần là 1 thành tích khác": another deed each time, no deed counted once)
    r"\b(?:mot|1) (?:lan |dot |khoan |dip )?(?:dong gop|ung ho|tai tro|thanh tich|viec|vu)\b"
    r"(?! khac\b)"
    # "ủng hộ 1 lần", "cho một lần hiến đất"
    r"|\b(?:mot|1) lan\b(?! (?:nua|lien|lien tuc|luong)\b)"
)
#: two forms for it at once: "vừa nhận giấy khen xã vừa nhận bằng khen tỉnh"
_BOTH_FORMS = re.compile(
    r"\bvua (?:duoc |nhan |duoc nhan |tang |khen |lay )?(?:giay|bang) khen\b(?: [a-z]+){0,4}?"
    r" vua (?:duoc |nhan |duoc nhan |tang |khen |lay )?(?:giay|bang) khen\b"
)
#: two forms named together for one deed: "cả giấy khen trường và giấy khen xã" (task h306)
_BOTH_NAMED = re.compile(
    r"\bca (?:giay|bang) khen\b(?: [a-z0-9]+){0,4}? va (?:[a-z]+ )?(?:giay|bang) khen\b"
)
#: a further award told: "tặng thêm", "lại tặng", "khen nữa", an award given "rồi" or "đã"
_FURTHER = re.compile(
    r"\b(?:them|lai|nua|roi)\b|\bda (?:duoc )?(?:[a-z]+ ){0,2}?(?:tang|khen|trao|nhan)\b"
)

#: giving words a repeat claim is made of
_GIVE = r"(?:nhan|tang|khen|de nghi|xet|trao)"
#: a form said not to be had twice, or had once only: "không được nhận (cùng 1 hình thức) 2 lần",
#: "chỉ được nhận (tiền giấy khen) 1 lần", "chỉ được đề nghị 1 giấy khen", "đã được giấy khen
#: năm ngoái thì năm nay không được tặng nữa"
_ONCE_ONLY = re.compile(
    rf"\bkhong (?:duoc |the )?{_GIVE}(?: [a-z0-9]+){{0,6}}? (?:2|hai) lan\b"
    # "chỉ được xã khen 1 lần", "chỉ được chủ tịch xã tặng 1 lần": the giver named (task h306)
    rf"|\bchi (?:duoc )?(?:[a-z]+ ){{0,4}}?{_GIVE}(?: [a-z]+){{0,6}}? (?:1|mot)"
    r" (?:lan|giay khen|bang khen)\b"
    # "1 năm chỉ được GK chủ tịch xã 1 lần": the form named with no giving word (task h284)
    r"|\bchi (?:duoc )?(?:giay khen|bang khen|gk|bk)(?: [a-z]+){0,5}? (?:1|mot) lan\b"
    rf"|\b(?:duoc|nhan|co)(?: [a-z]+){{0,6}}? (?:nam ngoai|nam truoc|nam roi|lan truoc|roi)"
    rf"(?: [a-z]+){{0,2}}? (?:nam nay|nam sau|lan nay|lan sau|nam tiep theo)"
    rf"(?: [a-z]+){{0,1}}? khong (?:duoc |the )?(?:[a-z]+ ){{0,4}}?nua\b"
    # "mỗi người (chỉ được) 1 lần", "chỉ (chi) thưởng 1 lần thôi": the limit said of the person
    # or of the prize (task h344)
    r"|\bmoi nguoi (?:chi )?(?:duoc )?(?:1|mot) lan\b"
    r"|\bchi (?:chi )?thuong (?:1|mot) lan\b"
)
#: words telling a form had again ("lại được đề nghị", "khen tiếp", "tặng nữa")
_AGAIN_WORDS = frozenset({"lai", "nua", "tiep"})
#: weak cues a telling carries ("năm nay" of when, "đề nghị" of who)
_TELLING_WEAK = frozenset({"deadline", "decides"})
#: what a part may ask and still be the rule's part: whether the form may be had (again)
_FORM_ASKS = frozenset(
    {"eligible", "repeat", "several", "consecutive", "donation", "one_achievement"}
)


def _word_spans(toks: list[str], segments: list[Segment]) -> list[tuple[int, int] | None]:
    """Where each part's words stand among the question's words (parts are cut in order and
    keep their words contiguous); None for a part not found."""
    spans: list[tuple[int, int] | None] = []
    at = 0
    for seg in segments:
        n = len(seg.words)
        found = None
        for start in range(at, len(toks) - n + 1):
            if n and toks[start : start + n] == seg.words:
                found = (start, start + n)
                break
        if found is None and n:
            # "…, vậy có được không": the part dropped a filler word ("vậy") (task h284)
            found = _loose_span(toks, seg.words, at)
        if found is not None:
            at = found[1]
        spans.append(found)
    return spans


#: how many of the question's words a part may have dropped and still be found
_SKIPPED_MAX = 2


def _loose_span(toks: list[str], words: list[str], at: int) -> tuple[int, int] | None:
    """Where a part's words stand in order from ``at``, with at most ``_SKIPPED_MAX`` of the
    question's words between them left out of the part."""
    for start in range(at, len(toks)):
        if toks[start] != words[0]:
            continue
        i, skipped = start + 1, 0
        for word in words[1:]:
            while i < len(toks) and toks[i] != word and skipped <= _SKIPPED_MAX:
                i, skipped = i + 1, skipped + 1
            if i >= len(toks) or skipped > _SKIPPED_MAX:
                break
            i += 1
        else:
            return start, i
    return None


def _words_hit(said: str, match: re.Match[str]) -> tuple[int, int]:
    """The word indices a match covers in the space-joined words ``said``."""
    first = said.count(" ", 0, match.start())
    return first, first + said.count(" ", match.start(), match.end()) + 1


def _parts_hit(spans: list[tuple[int, int] | None], first: int, last: int) -> list[int]:
    """The parts whose words meet the word range [first, last)."""
    return [i for i, s in enumerate(spans) if s and s[0] < last and first < s[1]]


def _read_as(seg: Segment, attr: str) -> None:
    seg.attrs = [attr]
    seg.weak = []


def _asks_form_only(seg: Segment) -> bool:
    """The part asks at most whether the form may be had; a weak cue of when or who ("năm nay",
    "đề nghị") is the telling's, not an ask of its own."""
    return set(seg.attrs) <= _FORM_ASKS and set(seg.weak) <= _FORM_ASKS | _TELLING_WEAK


def _bare_asks_after(segments: list[Segment], at: int) -> list[Segment]:
    """The bare yes/no parts after a story part ("có đúng không", "vậy chi 2 lần tiền được
    không"): they ask whether what the story says holds."""
    if not segments[at].story:
        return []
    return [
        seg
        for seg in segments[at + 1 :]
        if not (seg.story or seg.entities or seg.attrs) and is_yesno(seg.words)
    ]


def _asked_back(segments: list[Segment], at: int, attr: str) -> None:
    """A saying told in the story and then put up bare ("Sếp bảo … Làm vậy có đúng không"):
    the saying's part is what is asked, not the scene, and the bare yes/no asks the same."""
    bare = _bare_asks_after(segments, at)
    if not bare:
        return
    segments[at].story = False
    for seg in bare:
        _read_as(seg, attr)


def one_deed_told(segments: list[Segment], toks: list[str]) -> None:
    """The same deed pointed back at with a further award told, or two forms for one
    contribution: the parts that say it ask ``one_achievement``; a bare yes/no after a story
    that says it ("vậy chi 2 lần tiền được không") asks it too."""
    words = [t for t in toks if t.isalnum()]
    said = " ".join(words)
    same = _SAME_DEED.search(said) or _deed_pointed_between_awards(said)
    both = _BOTH_FORMS.search(said) or _BOTH_NAMED.search(said)
    if same and _FURTHER.search(said):
        hit = same
    elif both and (_ONE_DEED.search(said) or same):
        hit = both
    else:
        return
    spans = _word_spans(words, segments)
    marked = [i for i in _parts_hit(spans, *_words_hit(said, hit)) if _asks_form_only(segments[i])]
    while marked and not segments[marked[0]].entities and marked[0] > 0:
        # "bằng khen cho | cùng khoản tài trợ đó": "cùng" cut the form off the deed it is for
        before = segments[marked[0] - 1]
        if before.story or not _asks_form_only(before):
            break
        marked.insert(0, marked[0] - 1)
    for i in marked:
        _read_as(segments[i], "one_achievement")
        if segments[i].story and is_yesno(segments[i].words):
            # "… cho đúng thành tích bếp ăn đó, vậy có được không": the story's last part
            # asks it (task h284)
            segments[i].story = False
    if marked:
        _asked_back(segments, marked[-1], "one_achievement")
        _form_again_after(segments, marked[-1])


def _deed_pointed_between_awards(said: str) -> re.Match[str] | None:
    """ "xã đã tặng giấy khen … Hiệu trưởng muốn đề nghị tiếp giấy khen … cũng vì giải nhất
    đó": the reason or the achievement pointed back at, with an award told before it and two
    awards named in all (the pointer with one award may tell a first award)."""
    pointed = _FOR_THAT_DEED.search(said)
    if pointed is None or not _FORM_NAMED.search(said, 0, pointed.start()):
        return None
    return pointed if len(_FORM_NAMED.findall(said)) >= 2 else None


#: what a later part may ask and still ask the same deed's further award: whether the form
#: may be had, and who gives it ("xã còn tặng giấy khen … nữa được không")
_AGAIN_ASKS = _FORM_ASKS | {"decides", "deadline"}
#: words telling the form had once more
_MORE_WORDS = frozenset({"lai", "nua", "tiep", "them", "con"})


def _form_again_after(segments: list[Segment], at: int) -> None:
    """ "… đã được tỉnh đoàn tặng bằng khen cho chính thành tích này. Xã còn tặng giấy khen
    cho 5 bạn này nữa được không": a yes/no part after the deed told, naming a form had once
    more, asks whether the same deed earns it (task h306); and in one sentence ("thành tích
    đó có còn được tính … đề nghị giấy khen thêm lần nữa không") the parts up to the yes/no."""
    for seg in segments[at + 1 :]:
        if seg.story:
            continue
        again = _MORE_WORDS & set(seg.words)
        # "… cho cùng 1 khoản ủng hộ được không": the closing yes/no names no form of its own
        bare = not (seg.entities or seg.attrs) or (not seg.entities and is_yesno(seg.words))
        if set(seg.attrs + seg.weak) <= _AGAIN_ASKS and (again or bare):
            _read_as(seg, "one_achievement")
        if is_yesno(seg.words):
            break


def once_only_claimed(segments: list[Segment], toks: list[str]) -> None:
    """A form said to be had only once (the claim the repeat rule denies): the part that ends
    the claim asks ``repeat``; the other parts it spans ask nothing of their own."""
    words = [t for t in toks if t.isalnum()]
    said = " ".join(words)
    claim = _ONCE_ONLY.search(said)
    if not claim or any("one_achievement" in seg.attrs for seg in segments):
        return
    spans = _word_spans(words, segments)
    hit = [i for i in _parts_hit(spans, *_words_hit(said, claim)) if _asks_form_only(segments[i])]
    if not hit:
        return
    _read_as(segments[hit[-1]], "repeat")
    _asked_back(segments, hit[-1], "repeat")
    if not is_yesno(segments[hit[-1]].words):
        # "… chỉ được GK 1 lần, đạt giải rồi thì cuối năm k được GK nữa, đúng k": the claim
        # told, then carried on to the yes/no; whether the form may be had there is the same
        # claim (task h284)
        for seg in segments[hit[-1] + 1 :]:
            if is_yesno(seg.words) and not seg.story and set(seg.attrs + seg.weak) <= {"eligible"}:
                _read_as(seg, "repeat")
    for i in hit[:-1]:
        segments[i].attrs = [a for a in segments[i].attrs if a != "eligible"]
        segments[i].weak = [a for a in segments[i].weak if a != "eligible"]
    for seg in segments:
        if set(seg.attrs + seg.weak) == {"eligible"} and _AGAIN_WORDS & set(seg.words):
            # "năm nay lại được đề nghị": the form had again is what the claim is about
            _read_as(seg, "repeat")


#: each award for another deed: "mỗi lần là 1 thành tích khác", "các thành tích khác nhau"
_OTHER_DEEDS = re.compile(r"\b(?:(?:1|mot) )?thanh tich khac\b")


def other_deeds_told(segments: list[Segment], toks: list[str]) -> None:
    """ "được giấy khen nhiều lần nếu mỗi lần là 1 thành tích khác": the "1 thành tích" cue of
    ``one_achievement`` names another deed each time, so the part asks ``repeat`` (a form may
    be given many times, one per deed; Luật 2022 Điều 5 khoản 2 điểm c), unless the same deed
    is pointed back at too."""
    if not any("one_achievement" in seg.attrs for seg in segments):
        return
    said = " ".join(t for t in toks if t.isalnum())
    if _SAME_DEED.search(said):
        return
    two_occasions = bool(
        _DRIVE_AWARD.search(said)
        and _YEAR_AWARD.search(said)
        # "cùng 1 thành tích …", "cho thành tích đó": one deed named for both awards
        and not _SAME_DEED_TOLD.search(said)
        and not _THAT_DEED.search(said)
    )
    if not two_occasions and (" khac" not in said or not _OTHER_DEEDS.search(said)):
        return
    for seg in segments:
        if "one_achievement" in seg.attrs:
            seg.attrs = list(
                dict.fromkeys("repeat" if a == "one_achievement" else a for a in seg.attrs)
            )


#: task h405: two awards told for two occasions, a drive or a sudden deed and the year's review
#: ("2 giấy khen (1 đợt chuyên đề, 1 tổng kết năm)"): two achievements, not one (Luật 2022 Điều 5
#: khoản 2 điểm c)
_DRIVE_AWARD = re.compile(r"\b(?:chuyen de|dot thi dua|theo dot|dot xuat|(?:1|mot) dot)\b")
_THAT_DEED = re.compile(r"\b(?:thanh tich|viec|vu) (?:\S+ ){0,3}?(?:do|nay|ay)\b")
_YEAR_AWARD = re.compile(r"\b(?:tong ket (?:nam|cuoi nam|ca nam)|cuoi nam|ca nam)\b")


#: the short forms officers type, spelled out as the question's words are ("dc", "k")
_SHORT = {"dc": "duoc", "đc": "duoc", "k": "khong", "ko": "khong", "kg": "khong", "hok": "khong"}
#: a deed named as one ("cùng 1 thành tích", "một việc"): then "not twice" is the rule itself
_ONE_DEED_NAMED = re.compile(r"\b(?:cung |chinh |dung )?(?:1|mot) (?:thanh tich|viec|vu)\b")


def once_only_said(question: str) -> bool:
    """The question says a form is had once only ("1 người không được nhận cùng 1 hình thức 2
    lần", "năm ngoái được rồi thì năm nay không được tặng nữa"), of no one deed: the saying
    the repeat rule denies (Luật 2022 Điều 5 khoản 2 điểm c)."""
    said = " ".join(_SHORT.get(w, w) for w in folded_words(question).split())
    return _ONCE_ONLY.search(said) is not None and _ONE_DEED_NAMED.search(said) is None


#: "ký được cả TTLĐXS", "tặng dc cả CSTĐ tỉnh": "cả" after a signing verb means "even", the
#: power claimed reaching a title, not two titles had at once
_EVEN_SIGNED = re.compile(r"\b(?:ky|ki|tang|cong nhan|quyet dinh|khen|trao|xet) duoc ca\b")


def signing_even_read(segments: list[Segment]) -> None:
    """ "giám đốc DN ký được cả TTLĐXS": a part whose ``several`` cue is "được cả" after a
    signing verb asks who decides the title (Luật 2022 Điều 80 khoản 4 lists what a director
    gives), not whether two titles pay both (task h259)."""
    for seg in segments:
        even = _EVEN_SIGNED.search(" ".join(seg.words))
        if "several" not in seg.attrs or even is None:
            continue
        seg.attrs = list(dict.fromkeys("decides" if a == "several" else a for a in seg.attrs))
        _deed_titles_dropped(seg, " ".join(seg.words)[: even.end()].count(" ") + 1)


def _deed_titles_dropped(seg: Segment, after: int) -> None:
    """ "ký được cả bằng khen cho người cứu người": a title named after "cho" tells whom or
    which deed the power is used for ("cứu người" names khen đột xuất); the power claimed is
    over the titles before it."""
    cho = next((i for i in range(after, len(seg.words)) if seg.words[i] == "cho"), None)
    if cho is None:
        return
    kept = {e for e, at, _ in seg.mentions if at < cho}
    if kept:
        seg.entities = [e for e in seg.entities if e in kept]
        seg.mentions = [m for m in seg.mentions if m[0] in kept]


#: an award told given for a deed: "được giấy khen đột xuất vì cứu người", "bằng khen do hiến đất"
_DEED_AWARD = re.compile(r"\b(?:giay khen|bang khen|khen) (?:\S+ ){0,2}?(?:vi|do) \S+")
#: the year's title asked to be had besides it: "cuối năm có được xét thêm LĐTT không"
_YEAR_TITLE_ASKED = re.compile(
    r"\b(?:duoc|dc) (?:xet |de nghi |nhan |tang |cong nhan )?(?:them |ca |tiep |nua )?"
    r"(?:ldtt|lao dong tien tien|cstdcs|chien si thi dua|gdvh|gia dinh van hoa)\b"
)
#: the same deed named twice: "cùng thành tích đó", "chính việc ấy"
_SAME_DEED_TOLD = re.compile(r"\b(?:cung|chinh) (?:mot |1 )?(?:viec|vu|dot|thanh tich)\b")


def year_title_beside_deed(first: str) -> bool:
    """ "được giấy khen đột xuất vì cứu người, cuối năm có được xét thêm LĐTT k hay bị coi là
    khen 2 lần cho 1 thành tích": the first option (``first``, the question up to its "không
    hay") asks for the year's title beside an award told for one deed; the title rewards the
    year's work, another achievement, so the one-achievement rule (Luật 2022 Điều 5 khoản 2
    điểm c) does not bar it. False when the same deed is named twice."""
    words = folded_words(first)
    if _SAME_DEED_TOLD.search(words):
        return False
    deed = _DEED_AWARD.search(words)
    asked = _YEAR_TITLE_ASKED.search(words)
    return deed is not None and asked is not None and deed.start() < asked.start()
