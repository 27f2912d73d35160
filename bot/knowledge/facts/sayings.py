"""A rule someone told in a letter's story, set aside when the letter closes on its own question.

"Phòng em 8 người, 5 người đạt LĐTT. Anh văn phòng nói phải trên 70 % mới được. Vậy phòng em có
đủ tỷ lệ đề nghị TTLĐTT không?": the saying is what the asker heard, the closing "vậy …" asks of
their own case. Read whole, the saying's figure is taken for the claim put up and the verdict
judges it ("Không, mức luật là trên 50 %") instead of the case (5/8 is above 50 %: "Có"). A closing
ask that points back at the saying ("nói vậy có đúng không", "như vậy đúng không") has no content
of its own: then the saying IS the claim asked, and the letter is kept whole (task h143).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.core.text import fold, sentences
from bot.knowledge.facts.asking_words import QUESTION_PHRASES, QUESTION_WORDS
from bot.knowledge.facts.segment import Segment

#: a saying reported: "anh văn phòng nói", "chị kế toán bảo", "nghe nói", "có người bảo"
_SAID = re.compile(r"\b(noi|bao)\b")
#: folded words after "nói" that make it "nội / nơi / nổi" (nội vụ, nơi ở, nổi bật), not "said"
_NOT_SAID_AFTER = frozenset(
    {"vu", "bo", "dung", "o", "cu", "nao", "lam", "cong", "tieng", "bat", "that", "thanh", "dia"}
    | {"tiep", "troi", "khac", "day", "ve", "tro", "chua"}
)
#: after "bảo": báo cáo, bao nhiêu, bao giờ, bảo hiểm, bảo vệ, bảo đảm, bảo lưu … (not "chi":
#: "chị văn phòng bảo chỉ có …" is a saying)
_NOT_SAID_BAO = frozenset(
    {"cao", "nhieu", "gio", "lau", "hiem", "ve", "tin", "dam", "luu", "dong", "tri", "ho"}
    | {"quan", "tang", "gom", "bi", "lai"}
)
#: before "nói / bảo": kết nối, ở nơi, thông báo, cảnh báo …
#: task f182: "bão" folds like "bảo": "phòng chống lụt bão, danh sách …", "mưa bão" is a storm
_NOT_SAID_BEFORE = frozenset(
    {"o", "tai", "ket", "moi", "cac", "tung", "den", "thong", "canh", "khap", "nhieu", "mot"}
    | {"lut", "chong", "mua"}
)
#: the closing ask opens with "vậy"
_ASK_OPENS = ("vay ",)
#: or closes on a yes/no: "… có phải là danh hiệu thi đua không ạ?"
_YESNO_END = re.compile(r"\b(?:khong|ko|k|hong|chua)(?: (?:a|ad|ha|vay|nhi))?\W*$")
#: "vậy có đúng không, …", "vậy đúng k": the closing ask confirms what was told before it; so
#: does one naming who told it, "vậy chị ấy nói có đúng k", "vậy kế toán mới nói đúng k" (h211);
#: task f180b (b180): and with a rising tail, "vậy là kế toán nói sai rồi à", "… nói đúng hả"
_POINTS_BACK = re.compile(
    r"^(?:vay |nhu vay |the )?(?:(?:\w+ ){0,4}?(?:noi|bao) (?:vay |the |nhu vay )?)?(?:thi )?"
    r"(?:co )?(?:(?:dung|phai|sai) (?:khong|ko|k|hong|chua)"
    r"|(?:dung|sai) (?:roi |that )?(?:a|ha|u|ak|ah))\b"
)
#: "như thế", "làm thế", "thế thì", "nói thế": "thế" pointing back
_THUS = re.compile(r"\b(?:nhu|lam|noi|bao) the\b|\bthe thi\b")
#: words of a closing ask that carry no content of its own: pointers back at what was told,
#: the yes/no tail, particles
_POINTING = frozenset(
    {"vay", "nhu", "the", "la", "co", "dung", "khong", "ko", "k", "hong", "phai", "chu", "a"}
    | {"ad", "ha", "ah", "nhi", "sai", "luat", "quy", "dinh", "khong", "ko", "e", "em", "anh"}
    | {"chi", "oi", "ay", "do", "noi", "bao", "y", "kien", "nay", "tren", "hay", "ko", "chua"}
    # task f197 (b197): "vậy có đúng theo luật hiện hành k": the law in force named as the
    # judge of the saying told, as "luật" alone is; no question of its own
    | {"theo", "hien", "hanh"}
)
#: a closing ask needs this many content words to be a question of its own
_OWN_WORDS = 3


def _is_saying(folded: str, at: int) -> bool:
    before = re.findall(r"\w+", folded[:at])[-1:] or [""]
    after = re.findall(r"\w+", folded[at:])[1:2] or [""]
    word = folded[at : at + 3]
    if before[0] in _NOT_SAID_BEFORE:
        return False
    excluded = _NOT_SAID_AFTER if word == "noi" else _NOT_SAID_BAO
    return after[0] not in excluded


#: verbs of telling beyond "nói / bảo" whose subject is a speaker: "phòng hướng dẫn", "xã
#: thông báo", "tổ chức cho biết", "trưởng phòng bắt phải có sáng kiến"
_TOLD_PAIRS = (
    ("huong", "dan"),
    ("cho", "biet"),
    ("tra", "loi"),
    ("thong", "bao"),
    ("ket", "luan"),
    ("giai", "thich"),
    ("yeu", "cau"),
    ("bat", "phai"),
    ("khang", "dinh"),
    # task h260: a unit that passes on someone's question ("hội nhắn zalo hỏi: chị có được
    # LĐTT k", "phòng nhờ em hỏi") relays it; the one it asks about is the person after
    ("nhan", "zalo"),
    ("nhan", "tin"),
    ("nhan", "qua"),
    ("gui", "zalo"),
    ("gui", "tin"),
    ("goi", "dien"),
    ("nho", "em"),
    ("nho", "e"),
    ("nho", "minh"),
    ("nho", "toi"),
    ("nho", "hoi"),
)
#: words a unit's name may run on with before its verb ("tổ chức", "phòng nội vụ", "xã ta")
_SPEAKER_RUN = 3
#: "đơn vị nói công chức …": a person named right after "nói", not "nội công"
_PERSON_NEXT = {"cong": "chuc"}
#: words that end a unit's name: what follows tells something of the unit, not what it said
_NOT_NAME = frozenset({"duoc", "co", "la", "dat", "bi", "cho", "da", "se", "van", "cung", "khong"})


def speaks_after(toks: list[str], end: int) -> bool:
    """Whether the unit named up to ``end`` is the speaker of a saying ("phòng bảo vậy", "tổ
    chức bảo anh ấy LĐTT", "xã hướng dẫn …"): a hearsay's source, not who is asked about."""
    for at in range(end, min(end + _SPEAKER_RUN, len(toks))):
        word, after = toks[at], toks[at + 1 : at + 2] or [""]
        if word in ("noi", "bao"):
            excluded = _NOT_SAID_AFTER if word == "noi" else _NOT_SAID_BAO
            if (
                after[0] not in excluded | {"chung", "chuyen"}
                or _PERSON_NEXT.get(after[0]) in toks[at + 2 : at + 3]
            ):
                return True
        if (word, after[0]) in _TOLD_PAIRS:
            return True
        if word == "noi" and toks[at + 1 : at + 3] in _SAID_RIGHT:
            return True  # "chị văn hóa xã nói đúng không": "nói đúng", not "nội dung"
        if word in _NOT_NAME:
            return False
    return False


#: what follows "nhóm" when it is a chat group: its app, or "đăng" (posted) (fixer f179b)
_CHAT_AFTER = frozenset({"zalo", "chat", "fb", "facebook", "mess", "messenger", "dang"})


def chat_group(toks: list[str], start: int, end: int) -> bool:
    """ "nhóm zalo đăng: …", "nhóm đăng '…'": the chat group a saying was read in, its source,
    not a collective asked about (b179 F2: "hội viên nông dân … được xét LĐTT" read as a
    collective's title)."""
    return toks[start:end] == ["nhom"] and toks[end : end + 1] != [] and toks[end] in _CHAT_AFTER


#: "… nói đúng không": the yes/no tail after "nói đúng" (folded like "nội dung")
_SAID_RIGHT = (["dung", "k"], ["dung", "khong"], ["dung", "ko"], ["dung", "hong"])
#: kin words that open a person named by their job ("chị văn phòng", "anh văn hóa xã")
_SPEAKER_KIN = frozenset({"anh", "a", "chi", "c", "co", "chu", "bac", "ong", "ba", "thay"})
#: how many words before a phrase its speaker's kin word may stand ("chị | văn hóa | xã")
_KIN_REACH = 3


def names_speaker(toks: list[str], start: int, end: int, breaks: frozenset[str]) -> bool:
    """Whether the words ``start:end`` are the job a speaker is named by ("chị văn phòng bảo
    …", "anh văn hóa xã nói …"): who told the rule, not the title or subject asked about."""
    for at in range(start - 1, max(start - _KIN_REACH, 0) - 1, -1):
        if toks[at] in breaks:
            return False
        if toks[at] in _SPEAKER_KIN:
            # the saying's verb must follow in the same clause ("chị Hoa được giấy khen xã,
            # chị nói …" tells of the title, and someone else speaks; "… bầu thầy LĐTT nhưng
            # bạn bảo": a new clause's speaker)
            stops = breaks | _CLAUSE_OPENS
            cut = next((i for i in range(end, len(toks)) if toks[i] in stops), len(toks))
            return speaks_after(toks[:cut], end)
    return False


#: words that open the clause of a saying ("…, nhưng chị kế toán bảo", "… vì anh ấy nói")
_CLAUSE_OPENS = frozenset({"nhung", "ma", "nen", "con", "thi", "va"})
#: "vì / do nghe nói …": a saying given as the asker's reason, not a rule put against the ask
_BECAUSE = frozenset({"vi", "do"})
#: how many words before "nói / bảo" name who said it ("anh phó chủ tịch xã")
_SPEAKER_WORDS = 5


def _saying_at(sentence: str) -> int | None:
    """Where the clause reporting a saying starts in ``sentence`` (after the comma or the
    connector before its speaker), or None when it reports none."""
    folded = fold(sentence)
    for found in _SAID.finditer(folded):
        if not _is_saying(folded, found.start()):
            continue
        at = found.start()
        for _ in range(_SPEAKER_WORDS):
            head = folded[:at].rstrip()
            if not head or head.endswith((",", ";", ":")):
                break
            start = head.rfind(" ") + 1
            if head[start:] in _BECAUSE:
                # "em định … vì nghe nói …": the asker's own reason, which the ask goes on
                return None
            if head[start:] in _CLAUSE_OPENS:
                at = start
                break
            at = start
        return at
    return None


def reports_saying(sentence: str) -> bool:
    """Whether ``sentence`` reports what someone said ("chị kế toán bảo …", "nghe nói …")."""
    return _saying_at(sentence) is not None


def _asks_own(ask: str) -> bool:
    """A closing "vậy …" with a question of its own ("vậy phòng em có đủ tỷ lệ không"), not a
    pointer back at what was told ("vậy nói thế có đúng không")."""
    folded = fold(ask).strip()
    words = re.findall(r"[a-z0-9%/]+", folded)
    if not words or _POINTS_BACK.match(folded):
        return False
    if "vay" in words[1:] or _THUS.search(folded):
        # "khen đột xuất có thật sự cần đầy đủ vậy không": "vậy / như thế" inside points back at
        # what was told, the saying among it ("thay thế" is no pointer)
        return False
    if not (folded.startswith(_ASK_OPENS) or _YESNO_END.search(folded)):
        return False
    return sum(1 for w in words if w not in _POINTING) >= _OWN_WORDS


def closing_ask(question: str) -> str | None:
    """The letter's closing question when it asks on its own after a story ("… Chị thủ quỹ tính
    702.000. Vậy mỗi người 710.000 đúng không"), else None."""
    parts = sentences(question)
    if len(parts) < 2 or not _asks_own(parts[-1]):
        return None
    return parts[-1]


#: a yes/no ask's end ("… có được không", "… k ạ") and the break after it: a comma or sentence
#: end, a connector opening the next clause ("… không mà chị kế toán bảo …"), or a bare space
#: (the analyser's asking clause has its commas dropped)
_ASK_BREAK = re.compile(
    r"\b(?:khong|ko|k|kg|khg|hong|chua)(?: (?:a|ad|ha|nhi|vay)(?= ?[,;.?!]))?"
    r"(?P<mark> ?[,;.?!]+ ?| (?:(?=(?:ma|nhung|con) ))?)"
)
#: a clause pointing back at a saying ("…, vậy chị ấy nói có đúng không", "… phải k"), or
#: closing on a yes/no of its own: the saying is then put up, not set against the ask
_SAYING_ASKED = re.compile(
    r"\b(?:dung|phai|sai|chuan) (?:khong|ko|k|hong|chua)\b|\b(?:khong|ko|k|hong|chua)\W*$"
)


def ask_before_rival(question: str) -> str | None:
    """The folded ask up to its yes/no word when the message opens with its own yes/no ask and
    a third party's saying trails it with nothing pointing back ("chủ tịch xã có được tặng giấy
    khen cho hộ gia đình không, anh văn phòng bảo chỉ cho cá nhân"): the saying is the rival
    answer the asker heard, not the claim put up, and judging it flips the ask's verdict (task
    h211). None when no saying trails, or when the tail asks of the saying ("…, đúng không")."""
    folded = " ".join(fold(question).split())
    for found in _ASK_BREAK.finditer(folded):
        head, tail = folded[: found.start()].strip(), folded[found.end() :].strip()
        if not head or not tail:
            continue
        if _saying_at(tail) == 0 and _SAYING_ASKED.search(tail) is None:
            return f"{folded[: found.end()].rstrip(' ,;.?!')}"
        if found.group("mark").strip():
            # the first clause closed on another tail: the message does not open on its ask
            return None
    return None


def without_sayings(question: str, titles: Callable[[str], frozenset[str]]) -> str:
    """``question`` with the sayings its story reports dropped when it closes on a "vậy …"
    question of its own; unchanged otherwise (a short question, no saying, a pointing ask).
    ``titles`` reads the titles a text names: a saying that names one the rest does not ("trưởng
    phòng bảo cứ cho họ vào danh sách LĐTT. Vậy họ có đủ điều kiện không") carries the topic
    the ask points at, and the letter is kept whole."""
    parts = sentences(question)
    if len(parts) < 3 or not _asks_own(parts[-1]):
        return question
    kept, dropped = [], False
    for sentence in parts[:-1]:
        at = _saying_at(sentence)
        if at is None:
            kept.append(sentence)
            continue
        dropped = True
        head = sentence[:at].rstrip(" ,;")
        if head:
            kept.append(f"{head}.")
        if own := _own_contrast(sentence[at:]):
            kept.append(own)
    if not dropped:
        return question
    shorter = " ".join([*kept, parts[-1]])
    return shorter if titles(shorter) == titles(question) else question


#: task h387: a clause after a saying that opens "còn <someone> thì" tells the asker's own case
#: against the saying ("anh chủ tịch hội bảo luật bỏ đăng ký rồi, k cần làm nữa, còn xã thì vẫn
#: đòi nộp"): it is kept when the saying is dropped
_OWN_CONTRAST = re.compile(r"\bcon (?:\w+ ){1,4}?thi (?:van|con|cu|lai|deu)\b")


def _own_contrast(said: str) -> str | None:
    """The clause of ``said`` (a saying and what follows it in one sentence) that opens "còn …
    thì vẫn …", with what follows it, or None."""
    bounds = [m.end() for m in _CLAUSE_CUT.finditer(said)]
    for end in bounds:
        rest = said[end:].strip()
        if _OWN_CONTRAST.match(fold(rest)):
            return rest if rest.endswith((".", "?", "!")) else f"{rest}."
    return None


#: the closing ask naming whose saying it judges: "vậy trưởng phòng nói đúng k", "chị văn phòng
#: nói có đúng không", "vậy năm nay nói thế đúng k", "vậy chị ấy nói có đúng k ạ"
_SPEAKER_ASKED = re.compile(
    r"^(?:vay |the |con )?(?P<who>(?:\w+ ){1,4}?)(?:noi|bao) (?:vay |the |nhu vay )?(?:thi )?"
    r"(?:co )?(?:dung|sai|chuan) (?:khong|ko|k|hong|chua)\b"
)
#: words of a speaker's name that tell no one apart: the kin words of address (all but
#: "thầy", which names a teacher), pointers, particles
_ADDRESS_WORDS = (_SPEAKER_KIN - {"thay"}) | frozenset(
    {"em", "e", "ay", "do", "ta", "lai", "thi", "nguoi", "vay", "nhu"}
)
#: how a pronoun speaker ("chị ấy", "anh ấy") is addressed: the first word of the speaker's name
_ADDRESSED = {"c": "c chi", "chi": "c chi", "a": "a anh", "anh": "a anh", "ong": "ong", "ba": "ba"}
#: a clause's bounds inside a sentence: commas, semicolons
_CLAUSE_CUT = re.compile(r"[,;]")


def _speaker(clause: str) -> tuple[int, list[str]] | None:
    """Where the saying in ``clause`` starts and the folded words naming its speaker (without
    the connector opening the clause), or None when it reports none."""
    at = _saying_at(clause)
    if at is None:
        return None
    folded = fold(clause)
    verb = next(m.start() for m in _SAID.finditer(folded) if _is_saying(folded, m.start()))
    words = re.findall(r"\w+", folded[at:verb])
    while words and words[0] in _CLAUSE_OPENS:
        words = words[1:]
    return at, words


def _is_asked(asked: list[str], speaker: list[str]) -> bool:
    names = [w for w in asked if w not in _ADDRESS_WORDS]
    if names:
        return all(w in speaker for w in names)
    # "chị ấy", "anh ấy": the one addressed so, named before
    return bool(speaker) and speaker[0] in _ADDRESSED.get(asked[0], "").split()


def without_rivals(question: str, titles: Callable[[str], frozenset[str]]) -> str:
    """``question`` with the sayings of everyone but the speaker its closing ask names dropped:
    "trưởng phòng bảo em vẫn được LĐTT, nhưng chị tổ chức bảo không được, vậy trưởng phòng nói
    đúng không" judges the head of office's claim, not the other's (task h211). Unchanged when
    the ask names no one, when not exactly one saying is the named speaker's, or when a dropped
    saying carries a title the rest does not name (it holds the topic)."""
    parts = sentences(question)
    if not parts:
        return question
    last = parts[-1]
    cuts = [0, *(m.end() for m in _CLAUSE_CUT.finditer(last))]
    asked = None
    for cut in cuts:
        found = _SPEAKER_ASKED.match(" ".join(fold(last[cut:]).split()))
        if found is not None:
            asked, ask_at = found.group("who").split(), cut
            break
    if asked is None or asked == ["ai"]:
        return question
    told = [*parts[:-1], last[:ask_at]]
    clauses: list[tuple[int, int, list[str]]] = []  # (sentence, start in it, speaker)
    pieces: list[list[str]] = []
    for n, sentence in enumerate(told):
        bounds = [0, *(m.end() for m in _CLAUSE_CUT.finditer(sentence)), len(sentence)]
        pieces.append([sentence[a:b] for a, b in itertools.pairwise(bounds)])
        for k, clause in enumerate(pieces[-1]):
            said = _speaker(clause)
            if said is not None:
                clauses.append((n, k, said[1]))
                pieces[-1][k] = clause  # kept whole until the rivals are known
    named = [c for c in clauses if _is_asked(asked, c[2])]
    if len(named) != 1 or len(clauses) < 2:
        return question
    for n, k, _ in clauses:
        if (n, k) == named[0][:2]:
            continue
        clause = pieces[n][k]
        head = clause[: _saying_at(clause) or 0]
        if set(re.findall(r"\w+", fold(head))) <= _ADDRESS_WORDS:
            head = ""  # "em thì nghe nói …": nothing of the story before the saying
        end = re.search(r"[,;.?!]\s*$", clause)
        pieces[n][k] = head.rstrip(" ,;") + (end.group().strip() if end and head.strip() else "")
    kept = ["".join(p).strip(" ,;") for p in pieces]
    kept = [
        p if not p or p[-1] in ".?!" or n == len(kept) - 1 else f"{p}." for n, p in enumerate(kept)
    ]
    ask = last[ask_at:].strip()
    shorter = " ".join(p for p in [*kept[:-1], f"{kept[-1]}, {ask}" if kept[-1] else ask] if p)
    shorter = re.sub(r"\s*,(?:\s*,)+", ",", re.sub(r"\s+", " ", shorter)).strip()
    return shorter if titles(shorter) == titles(question) else question


#: "… nói đúng không", "bảo vậy có đúng k": a part that only asks whether a saying is right
_SAID_RIGHT_ASK = re.compile(r"\b(?:noi|bao)(?: (?:vay|the|nhu vay))?(?: co)? (?:dung|sai)\b")


def said_right_back(segments: list[Segment], at: int) -> list[str]:
    """ "…, chị văn hóa xã bảo 25/11, chị văn hóa xã nói đúng không": a part asking only
    whether a saying is right asks the question the letter put before the sayings (the
    deadline, who signs), not whether the title can be had. Empty when no earlier part
    names what it asks, or when rival sayings were told (whose is asked is another reading's)."""
    if not _SAID_RIGHT_ASK.search(" ".join(segments[at].words)):
        return []
    told = [s for s in segments[:at] if _saying_at(" ".join(s.words)) is not None]
    if len(told) != 1:
        return []
    # a part told before "vậy …" is the story, not a question the letter put
    return next((s.attrs for s in reversed(segments[:at]) if s.attrs and not s.story), [])


#: words that make a clause a yes/no anywhere in it ("có đúng không", "phải k")
_ASKS_YESNO = frozenset({"khong", "ko", "k", "hong", "chua", "dung", "phai", "chu"})


def _wh_ask(ask: str) -> bool:
    """A clause asking with a question word and no yes/no of its own ("hồ sơ cần thêm giấy tờ
    gì", "mỗi người nhận bn")."""
    said = re.findall(r"[a-z0-9%/]+", fold(ask))
    words, joined = set(said), f" {' '.join(said)} "
    if _ASKS_YESNO & words:
        return False
    return bool(QUESTION_WORDS & words) or any(f" {p} " in joined for p in QUESTION_PHRASES)


#: the confirming tail a trailing saying is put up with
_PUT_UP = "đúng không"


def trailing_saying_put_up(question: str, asked: Callable[[str], frozenset[str]]) -> str:
    """ "hồ sơ CSTĐCS theo đường sáng kiến cần thêm giấy tờ gì, chị văn phòng bảo chỉ cần tờ
    trình là đủ": a bare saying after a wh-question, about the very thing the question asks
    (``asked`` reads the attributes a text asks), is the answer the asker doubts; it is put up
    for confirmation, so the answer judges it by the fact that answers the question (task
    h218). A saying on another attribute, or one asked of already, leaves it unchanged."""
    text = question.rstrip(" .?!")
    cuts = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    if not cuts:
        return question
    head, clause = text[: cuts[-1]], text[cuts[-1] + 1 :].strip()
    folded = fold(clause)
    # "…, nơi xã nộp hồ sơ": a clause opening on the verb ("noi" is also "nơi") names no speaker
    opens_on_verb = _SAID.match(folded) is not None
    if _saying_at(clause) != 0 or opens_on_verb or _SAYING_ASKED.search(folded) or _wh_ask(clause):
        return question
    ask = _CLAUSE_BREAK.split(head)[-1]
    own, told = asked(ask), asked(f"{clause}, {_PUT_UP}")
    # "ai ký quyết định LĐTT, anh văn phòng bảo chủ tịch huyện": a short saying with no cue of
    # its own fills the slot the question asks; a longer one must name what it asks
    elliptic = told <= {"eligible"} and len(folded.split()) <= _ELLIPTIC_WORDS
    if not _wh_ask(ask) or not own or not (own & told or elliptic):
        return question
    return f"{text}, {_PUT_UP}"


#: a clause break: a comma, semicolon or stop that is not inside a number ("0,3 lần", "2.530.000")
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,.;?!]|[,.;?!](?!\d)")
#: the words of a saying short enough to be the answer to the slot asked
_ELLIPTIC_WORDS = 8


#: what the letter's closing ask becomes when the saying it reports answers the same question:
#: the saying is put up for confirmation before the question is answered
_SAYING_PUT_UP = "Nói vậy có đúng không"
#: a saying that itself judges something ("có người bảo … là không đúng"): putting it up would
#: judge a judgement, whose verdict reads backwards
_JUDGES = re.compile(r"\b(?:khong dung|sai|chua dung|dung roi|dung la)\b")
#: a sum in the saying ("theo lương cơ sở mới 2.530.000"): the claim readers take a told sum
#: for the prize, which the base or a fund is not; such a saying is left to the plain answer
_SUM_TOLD = re.compile(
    r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:[.,]\d+)? ?(?:trieu|tr|nghin|ngan|k|dong)\b"
)


def saying_put_up(question: str, asked: Callable[[str], frozenset[str]]) -> str:
    """ "… trưởng phòng bảo chi theo lương cơ sở mới vì chi sau 1/7. Vậy mỗi người nhận bn": a
    rule told in the story about the very thing the closing wh-question asks (``asked`` reads
    the attributes a text asks) is what the asker doubts; it is put up for confirmation before
    the ask (tasks h212, h218). The caller keeps it only when the same fact answers both.
    Unchanged otherwise."""
    parts = sentences(question)
    if len(parts) < 2 or not _wh_ask(parts[-1]):
        return question
    own = asked(parts[-1])
    told = [
        s
        for s in parts[:-1]
        if (at := _saying_at(s)) is not None
        and not _JUDGES.search(fold(s[at:]))
        and not _SUM_TOLD.search(fold(s[at:]))
        and own & asked(f"{s[at:].rstrip(' .;')}, {_SAYING_PUT_UP.lower()}")
    ]
    if not own or len(told) != 1:
        return question
    ask = parts[-1].strip()
    if fold(ask).startswith("vay "):
        ask = ask[4:]
    return " ".join([*parts[:-1], f"{_SAYING_PUT_UP}, {ask}"])
