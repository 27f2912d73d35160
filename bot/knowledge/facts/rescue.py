"""A brave deed told by its act: a verb of saving, pulling out, putting out or catching with a
person or a danger as its object in the same clause ("kéo được 2 bà cụ ra khỏi đám cháy",
"vớt em bé", "dập đám cháy", "bắt được tên trộm").

Such a deed lies outside any plan or assigned task and is commended at once by the simplified
procedure (Luật Thi đua, khen thưởng 2022 Điều 85: khen thưởng đột xuất). A list of phrases
misses most ways a letter tells it, so the class is read here: the verb, then within a few
words (numbers, "được", "sống" skipped) the person or the danger it acts on. Ordinary work
words stay out because the object must follow: "đội cứu hộ", "kéo dài", "đưa ra", "bắt đầu",
"ngăn kéo", "khống chế tỷ lệ". A verb that also names everyday moving ("đưa", "kéo", "chở")
needs the danger or the way out ("ra khỏi", "thoát", "lên bờ") in its clause too: "đưa 5
người đi tập huấn" is no rescue. A syllable typed with its marks must carry the word's
("cựu chiến binh" is no "cứu", "chạy" no "cháy").
"""

from __future__ import annotations

import re

from bot.core.text import fold, nfc
from bot.knowledge.facts.model import BREAKS, mark_of, token_marks, tokens, typed_with_marks

__all__ = ["DEED_WORDS", "deed_span", "deed_told"]


#: a table of phrases: first folded syllable → (folded phrase, its syllables' marks)
_Table = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


def _words(*written: str) -> _Table:
    """The phrases by their first folded syllable, each with the marks it is written with."""
    table: _Table = {}
    for w in written:
        phrase = tuple(fold(w).split())
        table.setdefault(phrase[0], []).append((phrase, tuple(mark_of(s) for s in w.split())))
    return table


#: verbs whose object, a person, is saved by the act itself
_SAVE = _words("cứu", "cứu sống", "giải cứu", "ứng cứu", "vớt", "cứu vớt")
#: task h375: first aid given to a person hurt ("sơ cứu, cầm máu cho nạn nhân"): the person may
#: stand after the care given ("cầm máu cho", "băng bó cho"), anywhere in the clause
_FIRST_AID = _words("sơ cứu")
#: verbs of moving someone: a rescue only with the danger or the way out in the clause
_MOVE = _words(
    "kéo", "lôi", "đưa", "dìu", "cõng", "bế", "bồng", "chở", "túm", "sơ tán", "di dời", "bơi ra"
)
#: verbs of putting out or holding back a danger
_QUENCH = _words("dập", "dập tắt", "khống chế", "ngăn", "ngăn chặn", "chặn", "đẩy lùi")
#: verbs of catching an offender
_CATCH = _words("bắt", "bắt giữ", "tóm", "tóm gọn", "vật ngã", "đuổi bắt", "truy bắt")

#: people a deed saves or moves
_PEOPLE = _words(
    "người",
    "người dân",
    "cháu",
    "cháu bé",
    "cụ",
    "cụ già",
    "em",
    "em bé",
    "bé",
    "nạn nhân",
    "trẻ",
    "trẻ em",
    "học sinh",
    "bà",
    "ông",
    "bà cụ",
    "ông cụ",
    "thuyền viên",
    "ngư dân",
    "hành khách",
    "dân",
    "bà con",
    "mẹ con",
    "gia đình",
    "thanh niên",
    "cô bé",
    "cậu bé",
    "anh",
    "chị",
    "người già",
    "người bị nạn",
    "công nhân",
    "du khách",
    "hộ dân",
)
#: dangers put out and offenders caught
_FIRE = _words("lửa", "cháy", "đám cháy", "đám lửa", "vụ cháy", "hỏa hoạn", "ngọn lửa", "cháy rừng")
_OFFENDERS = _words(
    "cướp",
    "trộm",
    "kẻ",
    "kẻ gian",
    "tên",
    "đối tượng",
    "kẻ trộm",
    "kẻ cướp",
    "tên cướp",
    "tên trộm",
    "vụ cướp",
    "cướp giật",
    "kẻ cướp giật",
    "đối tượng cướp",
)
#: a danger that makes a moving verb a rescue ("ra khỏi" alone is no danger: "đưa 2 người ra
#: khỏi danh sách"; nor "hồ" of "hồ sơ", "bão" of "bao nhiêu", "sập" of "sắp", "khói" of "khỏi")
_DANGER = _words(
    "lũ",
    "lũ quét",
    "lũ cuốn",
    "nước lũ",
    "sạt lở",
    "ngập",
    "vùng ngập",
    "đám cháy",
    "cháy",
    "lửa",
    "đuối nước",
    "nước cuốn",
    "dòng nước",
    "nước xiết",
    "sông",
    "suối",
    "ao",
    "giếng",
    "cuốn trôi",
    "lên bờ",
    "vào bờ",
    "thoát nạn",
    "nơi an toàn",
    "chỗ an toàn",
    "điện giật",
    "bị nạn",
    # task h374: "chở 2 người bị tai nạn đi viện", "người gặp nạn"
    "tai nạn",
    "gặp nạn",
)
#: dangers whose bare spelling is an everyday word ("lúa", "chạy", "sống", "áo"): typed bare,
#: they tell no danger
_BARE_EVERYDAY = frozenset({"lua", "chay", "song", "ao"})
#: moving verbs whose bare spelling is an everyday word ("cho em hỏi", "đưa", "bé", "công"):
#: typed bare, a count must stand before the person ("cho 30 lượt người dân ra khỏi vùng ngập")
_BARE_COUNTED = frozenset({"cho", "dua", "be", "bong", "cong", "loi", "tum"})
#: what may follow a passive saving verb ("được anh Tư cứu sống"): "cựu chủ tịch" is no rescue
_AFTER_PASSIVE = frozenset({"song", "kip", "duoc", "thoat", "len", "ra"})
#: words skipped between a verb and its object: results, counts, measure words
_BETWEEN = frozenset(
    {"duoc", "song", "kip", "thoat", "len", "xuong", "ngay", "luon", "nhanh", "gon"}
    # task h375: the chat's "được" ("bắt đc tên trộm", "cứu dc người") as the word itself
    | {"dc", "dk", "dduoc"}
    | {"mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "may", "nhieu"}
    | {"cac", "nhung", "ca", "luot", "chiec", "nguoi", "con", "vai"}
    # a count told roughly ("chở được hơn 20 người già", "cứu gần 10 người", "khoảng 30 người")
    | {"hon", "gan", "khoang", "tren", "chung", "ngot"}
)
#: the syllables of the deed's words: the speller must not "correct" them ("ngập" into "gặp",
#: "chèo thuyền" into "theo chuyên") when no title or cue holds them
DEED_WORDS = frozenset(
    t
    for table in (_SAVE, _FIRST_AID, _MOVE, _QUENCH, _CATCH, _PEOPLE, _FIRE, _OFFENDERS, _DANGER)
    for phrases in table.values()
    for phrase, _ in phrases
    for t in phrase
) | frozenset({"cheo", "thuyen", "xuong", "lao", "nhay", "xong"})
#: the counts of people a letter tells
#: ("ba", "năm", "một", "nhiều" are left out: "cho bà con", "cho năm nay", "cho nhiều người")
_COUNTS = frozenset({"hai", "bon", "sau", "bay", "tam", "chin", "muoi", "may", "luot", "vai"})
#: the way out a bare moving verb needs besides ("cho 14 người già ra chỗ an toàn")
_ESCAPE = _words(
    "ra khỏi", "thoát", "an toàn", "lên bờ", "vào bờ", "qua suối", "qua sông", "sơ tán"
)
#: how far the object may stand from its verb, and the danger from a moving verb's object
_OBJECT_REACH = 4
_CLAUSE_REACH = 14


def _at(toks: list[str], marks: list[str | None], i: int, table: _Table) -> int:
    """The length of the longest phrase of ``table`` at ``i`` whose marks fit the syllables as
    typed (an unknown mark fits any), or 0."""
    best = 0
    for phrase, written in table.get(toks[i], ()):
        size = len(phrase)
        if size <= best or tuple(toks[i : i + size]) != phrase:
            continue
        typed = marks[i : i + size]
        if all(m is None or m == w for m, w in zip(typed, written, strict=True)):
            best = size
    return best


def _bare(mark: str | None, tok: str) -> bool:
    """The syllable was typed without its marks (or they are unknown)."""
    return mark is None or mark == tok


def _counted(toks: list[str], start: int, end: int) -> bool:
    """A count stands between a verb and its object ("chở 30 lượt người")."""
    return any(t.isdigit() or t in _COUNTS for t in toks[start:end])


def _object_at(toks: list[str], marks: list[str | None], j: int, table: _Table) -> int:
    """The end of ``table``'s phrase standing as the object from ``j`` (counts and result words
    skipped), or 0."""
    for k in range(j, min(len(toks), j + _OBJECT_REACH)):
        if toks[k] in BREAKS:
            return 0
        size = _at(toks, marks, k, table)
        if size:
            return k + size
        if toks[k] not in _BETWEEN and not toks[k].isdigit():
            return 0
    return 0


#: counts that may stand alone as the people saved ("cứu cả 2", "cứu sống được hai")
_COUNT_WORDS = frozenset({"hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"})


def _count_saved_at(toks: list[str], j: int) -> int:
    """The end of a count standing alone as the object of a saving verb up to the clause's end
    ("nhảy xuống cứu cả 2.", "cứu được hai"): the people are the ones told before (task h306),
    or 0."""
    counted = False
    for k in range(j, min(len(toks), j + _OBJECT_REACH) + 1):
        if k == len(toks) or toks[k] in BREAKS:
            return k if counted else 0
        if toks[k].isdigit() or toks[k] in _COUNT_WORDS:
            counted = True
        elif toks[k] not in _BETWEEN:
            return 0
    return 0


def _told_after(toks: list[str], marks: list[str | None], j: int, table: _Table) -> bool:
    """A phrase of ``table`` told in the clause from ``j``."""
    for k in range(j, min(len(toks), j + _CLAUSE_REACH)):
        if toks[k] in BREAKS:
            return False
        if _at(toks, marks, k, table):
            return True
    return False


def _danger_after(toks: list[str], marks: list[str | None], j: int) -> bool:
    """A danger told in the clause from ``j``."""
    for k in range(j, min(len(toks), j + _CLAUSE_REACH)):
        if toks[k] in BREAKS:
            return False
        size = _at(toks, marks, k, _DANGER)
        if size and not (size == 1 and toks[k] in _BARE_EVERYDAY and _bare(marks[k], toks[k])):
            return True
    return False


def _saved_before(toks: list[str], marks: list[str | None], i: int) -> bool:
    """A passive "được" just before the verb and the person saved or the danger told before it
    in the clause ("em bé ngã xuống ao được anh Tư cứu sống")."""
    near = toks[max(0, i - _OBJECT_REACH) : i]
    if "duoc" not in near or any(t in BREAKS for t in near):
        return False
    passive = i - len(near) + near.index("duoc")
    start = passive
    while start > 0 and toks[start - 1] not in BREAKS and passive - start < _CLAUSE_REACH:
        start -= 1
    return any(
        _at(toks, marks, k, _PEOPLE) or _at(toks, marks, k, _DANGER) for k in range(start, passive)
    )


#: the first words of every deed's verb: a question with none of them tells no deed
_DEED_VERBS = (
    frozenset(_SAVE)
    | frozenset(_FIRST_AID)
    | frozenset(_QUENCH)
    | frozenset(_CATCH)
    | frozenset(_MOVE)
)


def deed_span(toks: list[str], marks: list[str | None]) -> tuple[int, int] | None:
    """The first brave deed told in the words (folded, with their marks as typed): its start
    and end, or None. In a message typed bare a bare syllable may be any word it folds from;
    among marked words it is really bare ("cho" there is "cho", never "chở")."""
    if _DEED_VERBS.isdisjoint(toks):
        return None  # most questions tell no deed: every span below starts at one of these
    if not typed_with_marks(toks, marks):
        marks = [None if m == t else m for m, t in zip(marks, toks, strict=True)]
    for i, tok in enumerate(toks):
        if tok in BREAKS or tok not in _DEED_VERBS:
            continue  # every table below is keyed by its verbs' first words (s42)
        size = _at(toks, marks, i, _SAVE)
        if size:
            end = _object_at(toks, marks, i + size, _PEOPLE) or _count_saved_at(toks, i + size)
            if end and not (i and toks[i - 1] == "cap"):  # "cấp cứu" is the clinic's work
                return i, end
            after = toks[i + size] if i + size < len(toks) else "."
            if (after in BREAKS or after in _AFTER_PASSIVE) and _saved_before(toks, marks, i):
                return i, i + size
        size = _at(toks, marks, i, _FIRST_AID)
        if size and _told_after(toks, marks, i + size, _PEOPLE):
            return i, i + size
        size = _at(toks, marks, i, _QUENCH)
        if size:
            end = _object_at(toks, marks, i + size, _FIRE) or _object_at(
                toks, marks, i + size, _OFFENDERS
            )
            if end:
                return i, end
        size = _at(toks, marks, i, _CATCH)
        if size:
            end = _object_at(toks, marks, i + size, _OFFENDERS)
            if end:
                return i, end
        size = _at(toks, marks, i, _MOVE)
        if size:
            end = _object_at(toks, marks, i + size, _PEOPLE)
            bare = size == 1 and tok in _BARE_COUNTED and _bare(marks[i], tok)
            if bare and not (_counted(toks, i + 1, end) and _told_after(toks, marks, end, _ESCAPE)):
                end = 0
            # "đưa ba người bị nạn đi viện": the danger may be told of the people moved, inside
            # the object's own words (task h374)
            if end and _danger_after(toks, marks, i + size):
                return i, end
    return None


#: a word or a mark of punctuation, as :func:`tokens` cuts them
_WORD = re.compile(r"\w+|[,;?.!\n/%]")


def deed_told(question: str) -> str | None:
    """The brave deed the question tells, in its own words as typed, or None."""
    toks = tokens(question)
    marks = token_marks(question)
    if len(marks) != len(toks):
        marks = [None] * len(toks)
    span = deed_span(toks, marks)
    if span is None:
        return None
    typed = _WORD.findall(nfc(question))
    words = typed if len(typed) == len(toks) else toks
    return " ".join(words[span[0] : span[1]])
