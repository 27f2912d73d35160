"""A question as the officer meant it, before anything reads it.

Phones add what the question is not: a greeting ("Dạ cho em hỏi,", "a ơi"), a polite tail ("…
không vậy ạ", "… ad"), two neighbouring letters swapped ("tuhong") or a letter's keyboard
neighbour hit ("tguong"), and two words run together when the space key is missed ("cầnhồ sơ",
"sang kienk"). Every reader after this one (the off-topic gate, the yes/no cue at the end, the
fact model, retrieval) looks at the words in their place, so these are undone once, here, by
general rules against the known vocabulary, never per question. Marks are kept: folding maps a
precomposed letter to one letter, so a fix found on the folded word is made on the typed one at
the same place. Only a word no reader knows and that is no Vietnamese syllable is mended.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from bot.core.text import fold, nfc
from bot.knowledge.spoken import SpokenNumbers

__all__ = ["Retyper", "introduces", "without_introduction", "without_place_names"]

_ADDRESS = r"(?:anh chi|anh/chi|a/c|admin|anh|chi|bot|ban|ad|ac|em|a|c|e)"
_ASK = (
    r"(?:(?:cho|xin)\s+(?:em|e|toi|minh|tui|chau)?\s*(?:xin\s+)?hoi"
    r"|(?:em|e|toi|minh)\s+(?:xin\s+)?hoi)"
)
#: on the folded text: "dạ", "chào anh", "a ơi", "cho em hỏi (chút)", in that order, each optional
_GREETING = re.compile(
    rf"^(?:da\b[\s,.!]*)?(?:(?:chao\s+)?{_ADDRESS}\s+oi\b[\s,.!]*|chao\s+{_ADDRESS}\b[\s,.!]*)?"
    rf"(?:{_ASK}(?:\s+(?:chut|ti|xiu))?\b[\s,.:!]*)?"
)
#: sentence-final politeness that carries no content ("ạ", "vậy", "nhé", "ad" for admin), as
#: typed: a bare "a" may be "à", which asks ("ldtt phải có sáng kiến à"), and "nha" may be "nhà",
#: so those two go only after a word that closes a question
_TAILS = frozenset({"ạ", "ad", "admin", "vậy", "nhé", "nhe"})
_TAILS_AFTER_CLOSING = frozenset({"a", "nha"})
#: two words that close politely together ("… được không với ạ"); "vay a" typed bare may be
#: the asking "vậy à" ("giờ vẫn vậy à")
_TAIL_PAIRS = frozenset({("với", "ạ"), ("voi", "a"), ("vậy", "ạ")})
#: thanks after the ask (", em cảm ơn", "cam on ad nhieu"): the question has ended before it
_THANKS = re.compile(
    r"(?:\s*[,.!]\s*(?:(?:em|e|minh|toi)\s+)?|\s+(?:em|e|minh|toi)\s+)(?:xin\s+)?"
    r"(?:cam on|thanks|thank you|tks|thks)"
    r"(?:\s+(?:ad|admin|anh chi|ac|a/c|moi nguoi|mn|nhieu|a))*[\s.!]*$"
)
#: a closing request for a clear answer, after the ask (", nói rõ giúp tui nhen", ". Ad giải
#: thích cụ thể giùm em với ạ"), folded: it asks nothing of its own (task h358); a request
#: naming what to explain ("giải thích giúp em hồ sơ") does not end here and is kept
_COURTESY = re.compile(
    r"\s*[,.!?]\s*(?:(?:ad|admin|anh chi|ac|a/c|anh|chi|mn|moi nguoi)\s+)?(?:xin\s+)?"
    r"(?:noi|giai thich|tra loi|chi|huong dan|giai dap|tu van)"
    r"(?:\s+(?:ro|cu the|chi tiet|ky|ro rang|hon|them|lai|ho|dum|gium|giup))+"
    r"(?:\s+(?:tui|toi|em|e|minh|chau|con|ong|ba|bac|chu|co|anh|chi|voi|nhen|nhe|nha|nghen|ne|a"
    r"|nhieu|di|ad|admin))*"
    r"[\s.!?]*$"
)
#: a letter closed by a bare request to check ("… Anh chị xem giúp ạ.", "Nhờ ad kiểm tra giúp em
#: với"), folded: after a rule someone reported it asks whether that rule is right, as "Vậy có
#: đúng không?" does (h169); a request naming what to look at ("xem giúp hồ sơ") is kept
_CHECK_REQUEST = re.compile(
    # the asker's doubt before it ("em thấy không đúng, ad xem giúp") claims nothing of its own:
    # the reported rule is still what is asked to be checked (task h211)
    r"[.!?]\s*(?:(?:em|e|toi|minh|chau)\s+(?:thay|nghi)\s+(?:(?:khong|ko|k|chua)\s+"
    r"(?:dung|hop ly|on)|vo ly|sai(?:\s+sai)?)(?:\s+(?:qua|lam|a|ah))*\s*[,.!]?\s*)?"
    rf"(?:(?:nho|mong|xin)\s+)?(?:{_ADDRESS}\s+){{0,2}}(?:xem|kiem tra|coi)\s+(?:lai\s+)?"
    r"(?:giup|ho|dum|gium)(?:\s+(?:em|e|minh|toi|chau))?(?:\s+(?:voi|nhe|nha|a|ah|nhe))*"
    r"[\s.!?]*$"
)
#: a letter closed by the asker's own role and a bare doubt ("… e là tổ trưởng mới nên k biết
#: có đúng k ạ"), folded: after a rule someone reported it asks whether that rule is right,
#: as "Vậy có đúng không?" does; the role is the asker's, never a subject of the award
_ROLE_DOUBT = re.compile(
    r"[.!?]\s*(?:em|e|toi|minh|chau|tui)\s+(?:moi\s+)?(?:la|lam)\s+(?:\w+\s+){1,6}?"
    r"(?:nen|ma|nhung|thi)?\s*(?:(?:em|e|toi|minh|chau|tui)\s+)?(?:khong|k|ko|chua)\s+"
    r"(?:biet|ro)\s+(?:(?:nhu vay|vay|the|nhu the)\s+)?(?:co\s+)?(?:dung|chinh xac)\s+"
    r"(?:khong|k|ko|hong|ha)(?:\s+(?:a|ah|ak|nhi|vay|ha))*[\s.!?]*$"
)
#: someone's words reported, folded ("phó chủ tịch bảo …", "chị ấy nói là …", "sở hướng dẫn
#: …"): the one reader of a reporting verb for retype and the fact readers
REPORTED = re.compile(
    # "báo cáo", "bao nhiêu", "nội vụ", "nội dung" fold like "bảo" / "nói" but report no one
    # ("nghe nói bỏ quận …" folds to "nghe noi bo …": heard, then the district dropped, no
    # "nội bộ"; task h420)
    r"\b(?:bao(?! (?:cao|nhieu|lau|gio|ve|tri))|noi(?! (?:vu|dung|bo|quy))|(?<=nghe )noi(?= bo)"
    r"|cho rang|khang dinh|tra loi|huong dan)\b"
)
#: one Vietnamese syllable, folded: a word that is one is never split ("tiêm", "xăng", "Tuấn")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"\w+")
#: a word opening with a letter Vietnamese spelling has not, as chat spelling writes a sound
#: ("fải", "jấy khen", "wy trình", "zậy", "dzô"), and the onsets it may stand for, in order
_CHAT_ONSET = re.compile(r"(?<!\w)(dz|[fjwz])(?=\w)", re.IGNORECASE)
_CHAT_SOUNDS = {"f": ("ph",), "j": ("gi",), "w": ("qu",), "z": ("v", "d", "gi"), "dz": ("v", "d")}
#: a phone spelling is as sure a word as the most frequent one
_CASUAL = 1 << 30
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: the letters either side of each plain letter on a phone's keyboard
_NEAR = {
    row[i]: row[max(i - 1, 0) : i] + row[i + 1 : i + 2] for row in _ROWS for i in range(len(row))
}


#: a clause that only greets or says who asks ("chào ad", "mọi người ơi", "em là công chức văn
#: hóa xã", "mình ở thôn 5", "bên trường em"), folded
_INTRODUCTION = re.compile(
    r"(?:(?:da|chao|xin chao)\b|.*\boi$|nho\b"
    r"|(?:em|e|minh|toi|tui)\s+(?:la|o|lam|ben|phu trach|moi nhan|dang lam|dang phu trach)\b"
    r"|ben\s)"
)
#: words that make a clause tell the asker's case, not only who they are ("em mới tuyển dụng
#: tháng 8", "em là viên chức đang nghỉ thai sản", "mình bị khiển trách"), folded
_CASE_TOLD = re.compile(
    r"\b(?:tuyen|thu viec|tap su|thai san|nghi|om|benh|ky luat|khien trach|canh cao|bi|huu"
    r"|chuyen|thang \d|\d+ thang)\b"
)
#: a clause ending at a comma or a colon ("chào ad, …", "nhờ mọi người giúp: …")
_LEADING_CLAUSE = re.compile(r"^([^,:;.?!]*?)\s*[,:]\s+(?=\S)")


#: the words a place's proper name follows ("xã Tân Lập", "thôn Bản Mới"), folded
_PLACE_WORDS = frozenset({"xa", "thon", "phuong", "tinh", "huyen", "xom", "dac khu"})
#: capitalised words after a place word that name a kind of place, not one place: a title
#: ("Tỉnh Anh hùng", "xã Nông thôn mới", "thôn Văn hóa") is what the question is about
_KIND_WORDS = ("anh hung", "nong thon", "van hoa", "kieu mau", "tieu bieu", "dac khu")


def _titled(word: str) -> bool:
    """A word typed as a proper name: a capital, then small letters ("Lập", not "UBND")."""
    core = word.rstrip(",.;:?!")
    return len(core) > 1 and core.isalpha() and core[0].isupper() and core[1:].islower()


def without_place_names(question: str) -> str:
    """``question`` without the proper name of a place typed after its place word ("xã Tân Lập
    có được tặng …" → "xã có được tặng …"): which xã or thôn it is changes nothing the law
    says, and readers that look at the word after "xã" or "trưởng thôn" (who gives, who
    signs, where a file is sent) must find the verb there. Only a name of two capitalised
    syllables or more, not opening the question, is dropped."""
    words = question.split(" ")
    kept: list[str] = []
    at = 0
    while at < len(words):
        word = words[at]
        kept.append(word)
        at += 1
        if fold(word).lower().strip(",.;:?!") not in _PLACE_WORDS or word[-1:] in ",.;:?!":
            continue
        end = at
        while end < len(words) and _titled(words[end]) and words[end - 1][-1:] not in ",.;:?!":
            end += 1
        named = fold(" ".join(words[at:end])).lower()
        if end - at >= 2 and not any(k in named for k in _KIND_WORDS):
            kept[-1] = word + words[end - 1][len(words[end - 1].rstrip(",.;:?!")) :]
            at = end
    return " ".join(kept)


#: a count typed in words, before what it counts: "mười người", "tám tháng", "muoi lan luong".
#: The readers of counts (a team's share of LĐTT, months served, times the base salary, years in
#: a row) read digits; the words mean the same count. As typed with marks; bare, only the words
#: no other word folds to ("ba" may be "bà", "nam" "nam", "sau" "sau", "tam" "tạm"). "một" is
#: left: "một lần" / "một năm" also say "once" / "a whole year", which readers know as words.
_COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "bon": 4,
    "bay": 7,
    "chin": 9,
    "muoi": 10,
}
#: what is counted; "lần" only of the base salary or of a run ("mười lần lương", "ba lần liên
#: tục"): "hai lần, mỗi lần được bao nhiêu" tells occasions, and "2 lần" there reads as a cadence
_COUNTED = (
    r"(?:(?:lần|lan) (?:lương|luong|liên tục|lien tuc|liên tiếp|lien tiep)|tháng|thang|người|"
    r"nguoi|đợt|dot|nhiệm kỳ|nhiem ky|năm|nam|cá nhân|ca nhan)"
)
_COUNT_IN_WORDS = re.compile(
    rf"(?<!\w)({'|'.join(_COUNT_WORDS)})(?=\s+{_COUNTED}(?!\w))", re.IGNORECASE
)


def counts_in_digits(text: str) -> str:
    """``text`` with a count typed in words before what it counts put in digits ("mười người"
    → "10 người"). "năm" (five) counts only before "năm", "lần" or "người": "năm tháng 8" is
    a year's month."""

    def digit(m: re.Match[str]) -> str:
        word = m.group(1)
        n = _COUNT_WORDS.get(word.lower())
        if n is None or (n == 3 and bare):
            return word
        if n == 5 and not re.match(r"\s+(?:năm|lần|người)\b", text[m.end() :], re.I):
            return word
        return str(n)

    bare = fold(text) == text.lower()
    return _COUNT_IN_WORDS.sub(digit, text)


#: a sum "per" a recipient typed with a slash ("thưởng LĐTT 1 triệu/người", "500k/hộ"): the
#: slash otherwise reads as a date's or a part's mark and the sum is lost to the figure readers
#: (task h376); written as "mỗi người", "moi ho" as the officer says it
_PER_UNIT = re.compile(
    r"(\d[\d.,]*\s*(?:k|đ|triệu|trieu|tr|nghìn|nghin|ngàn|ngan|đồng|dong)|\d{1,3}(?:\.\d{3})+)\s*/\s*"
    r"(người|nguoi|ng|hộ|ho|suất|suat|tập thể|tap the|lượt|luot)\b",
    re.IGNORECASE,
)


def _per_unit_spelled(text: str) -> str:
    """ "1 triệu/người" as "1 triệu mỗi người" ("moi" in a text typed without marks)."""
    if "/" not in text:
        return text
    marked = any(c.lower() != fold(c) for c in text if c.isalpha())
    each = "mỗi" if marked else "moi"
    return _PER_UNIT.sub(lambda m: f"{m.group(1)} {each} {m.group(2)}", text)


def introduces(clause: str) -> bool:
    """The clause only greets or says who asks ("chào ad", "em là công chức văn hóa xã")."""
    folded = fold(clause).strip()
    return _INTRODUCTION.match(folded) is not None and _CASE_TOLD.search(folded) is None


def without_introduction(question: str) -> str:
    """``question`` without its leading clauses that only greet or say who asks, when four words
    or more are left: what retrieval should weigh is the ask, not "em làm văn phòng xã"."""
    rest = question
    while (m := _LEADING_CLAUSE.match(rest)) is not None and introduces(m.group(1)):
        if len(rest[m.end() :].split()) < 4:
            break
        rest = rest[m.end() :]
    return rest


#: words that close a yes/no question ("… không", "… chứ"): a bare "a" after one is the "ạ"
#: typed without marks, not the asking "à" ("… phải có sáng kiến à")
_CLOSING = frozenset({"khong", "k", "ko", "kg", "khg", "hong", "hok", "chu", "chua", "nhi"})


def _closes(word: str) -> bool:
    return fold(word).strip(",") in _CLOSING


def _without_thanks(text: str) -> str:
    """``text`` without the thanks typed after the ask, when four words or more are left."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for tail in (_THANKS, _COURTESY):
        m = tail.search(folded)
        if m is not None and len(folded[: m.start()].split()) >= 4:
            # the ask's own "?" stays: it marks what was asked
            mark = "?" if m.group().lstrip().startswith("?") else ""
            text, folded = text[: m.start()] + mark, folded[: m.start()] + mark
    return text


#: task f184: a polite "ạ" between the yes/no's "không" and the other way offered ("chủ tịch xã
#: ký được k ạ hay phải lên tỉnh"), folded: the readers of "không hay" must meet the two words
_POLITE_BEFORE_OR = re.compile(r"\b(?:khong|k|ko|kg|khg|hong|chua)( (?:a|ah|ak)\b)(?= hay\b)")


#: task f184: an emoji between two words ("tôi là trưởng thôn 3 🙏 gia đình văn hóa …") closes
#: what came before it as a comma would; "tranh thủ hỏi" ("con ốm nên e tranh thủ hỏi:") is
#: the asker taking a moment to ask, not "thu hồi"
_EMOJI_BETWEEN = re.compile(
    r"(?<=\w)[ \t]*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+[ \t]+(?=\w)"
)
_SNATCHED_ASK = re.compile(r"\btranh thu (?=hoi\b)")


def _wrap_read(text: str) -> str:
    """``text`` with an emoji between two words read as a comma and "tranh thủ hỏi" as
    "hỏi"."""
    text = _EMOJI_BETWEEN.sub(", ", text)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    for m in reversed(list(_SNATCHED_ASK.finditer(folded.lower()))):
        text = text[: m.start()] + text[m.end() :]
    return text


def _polite_before_or(text: str) -> str:
    """``text`` without a polite "ạ" between its yes/no "không" and "hay"."""
    folded = fold(text)
    if len(folded) != len(text) or " hay" not in folded:
        return text
    for m in reversed(list(_POLITE_BEFORE_OR.finditer(folded))):
        text = text[: m.start(1)] + text[m.end(1) :]
    return text


#: a month typed short before its year ("qđ t6/2026", "T12/2026"): every reader of a decision's
#: date reads "tháng 6/2026" (task f199)
_SHORT_MONTH = re.compile(r"(?<![\w/.])[tT](\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def _short_month_spelled(text: str) -> str:
    """``text`` with each short month ("t6/2026") spelt "tháng 6/2026"; "thang" in a text typed
    without marks, so that it stays unmarked for the readers that tell the two apart."""
    if "/" not in text:
        return text
    word = "thang" if text.isascii() else "tháng"

    def spelt(m: re.Match[str]) -> str:
        return f"{word} {m.group(1)}/{m.group(2)}" if 1 <= int(m.group(1)) <= 12 else m.group()

    return _SHORT_MONTH.sub(spelt, text)


class Retyper:
    """``known``: folded words the readers know (with their frequency, to choose a fix);
    ``casual``: phone spellings ("k", "bn") and what they stand for; ``terms``: the fact
    model's words, abbreviations of titles included ("ldtt")."""

    def __init__(
        self,
        known: Mapping[str, int],
        casual: Mapping[str, tuple[str, ...]] | None = None,
        terms: Collection[str] = (),
        spoken: SpokenNumbers | None = None,
    ) -> None:
        self.known = known
        # a spelling that stands for a bare particle ("ak" → "a") says too little to split on
        self.casual = frozenset(k for k, v in (casual or {}).items() if len("".join(v)) > 1)
        self.terms = frozenset(terms)
        # numbers said aloud ("mười hai lần", "năm mươi phần trăm"); without the model's data
        # only a lone count word before what it counts
        self.in_digits: Callable[[str], str] = spoken or counts_in_digits
        # where a spoken yes/no ends and the fillers around it ("… được không hồ sơ …", "ờ")
        self.asks_ended: Callable[[str], str] = spoken.asks if spoken is not None else str

    def __call__(self, question: str) -> str:
        text = _polite_before_or(_wrap_read(self._chat_respelled(nfc(question))))
        text = _short_month_spelled(text)
        text = self.asks_ended(text)
        text = self._check_request_asked(self._strip_greeting(text))
        return _per_unit_spelled(self.in_digits(self._split_glued(self._strip_tail(text))))

    def _chat_respelled(self, text: str) -> str:
        """Chat spelling's letters put back as Vietnamese writes them ("fải" → "phải", "jấy
        khen" → "giấy khen", "wy trình" → "quy trình", "zậy" → "vậy"): Vietnamese has no f, j,
        w or z, so only a word no reader knows is rewritten, and only into a known syllable
        ("zalo", "file", "web" stay)."""
        if _CHAT_ONSET.search(text) is None:
            return text
        return _CHAT_ONSET.sub(lambda m: self._sound_of(m, text), text)

    def _sound_of(self, onset: re.Match[str], text: str) -> str:
        typed = onset.group()
        word = _WORD.match(text, onset.start())
        folded = fold(word.group()) if word is not None else ""
        # a word typed with its marks ("jấy", "fải") is chat spelling even where the bare form is
        # read as a dialect word ("jay", "fai": task h375); only an unmarked word ("zalo",
        # "file") may be a known name or loan word
        marked = word is not None and word.group().lower() != folded
        if not folded or (
            not marked and (folded in self.known or folded in self.casual or folded in self.terms)
        ):
            return typed
        rest = folded[len(typed) :]
        for sound in _CHAT_SOUNDS[typed.lower()]:
            # "jì" is "gì": the "i" of "gi" is the syllable's own vowel
            if sound == "gi" and rest[:1] == "i":
                sound = "g"
            spelled = sound + rest
            if _SYLLABLE.fullmatch(spelled) and spelled in self.known:
                return sound.capitalize() if typed[0].isupper() else sound
        return typed

    @staticmethod
    def _check_request_asked(text: str) -> str:
        folded = fold(text).lower()
        m = _CHECK_REQUEST.search(folded)
        if m is None and "biet" in folded[-60:]:
            m = _ROLE_DOUBT.search(folded)
        if m is None or len(folded) != len(text) or not REPORTED.search(folded[: m.start()]):
            return text
        return text[: m.start() + 1] + " Vậy có đúng không?"

    @staticmethod
    def _strip_greeting(text: str) -> str:
        folded = fold(text)
        if len(folded) != len(text):
            return text
        m = _GREETING.match(folded)
        if m is None or not m.group().strip():
            return text
        if "hội" in text[: m.end()].lower():  # "cho hội nông dân …" is content, not a greeting
            return text
        rest = text[m.end() :]
        if len(_WORD.findall(rest)) < 2:
            return text
        return rest[:1].lower() + rest[1:] if not rest.split(" ", 1)[0].isupper() else rest

    @staticmethod
    def _strip_tail(text: str) -> str:
        asked = _without_thanks(text)
        body = asked.rstrip(" ?.!")
        end = asked[len(body) :]
        for _ in range(3):
            words = body.split(" ")
            if len(words) < 4:
                break
            last = words[-1].lower().strip(",")
            if (words[-2].lower(), last) in _TAIL_PAIRS and len(words) >= 5:
                body = " ".join(words[:-2]).rstrip(" ,")
            elif last in _TAILS or (last in _TAILS_AFTER_CLOSING and _closes(words[-2])):
                body = " ".join(words[:-1]).rstrip(" ,")
            else:
                break
        return body + end.strip()

    def _split_glued(self, text: str) -> str:
        out: list[str] = []
        last = 0
        for m in _WORD.finditer(text):
            word = m.group()
            if not self._unknown(word, fold(word)):
                continue  # a known word is never retyped below: tested once, not thrice (s42)
            swap = self._swapped_at(word)
            if swap >= 0:
                i = m.start() + swap
                out.append(text[last:i] + text[i + 1] + text[i])
                last = i + 2
                continue
            near = self._near_key_at(word)
            if near is not None:
                i = m.start() + near[0]
                out.append(text[last:i] + near[1])
                last = i + 1
                continue
            split = self._split_at(word)
            if split:
                out.append(text[last : m.start() + split] + " ")
                last = m.start() + split
        out.append(text[last:])
        return "".join(out)

    def _unknown(self, word: str, folded: str) -> bool:
        """Not a word any reader knows, nor one Vietnamese syllable, nor an abbreviation typed
        in capitals: only such a word is retyped."""
        return (
            len(folded) == len(word)
            and len(folded) >= 4
            and folded.isalpha()
            and not word.isupper()
            and folded not in self.known
            and folded not in self.casual
            and _SYLLABLE.fullmatch(folded) is None
        )

    def _swapped_at(self, word: str) -> int:
        """Where two neighbouring letters were swapped ("tuhong", "rtường", "tltdxs"): the swap
        that gives the most frequent known word, marks kept (-1: none does)."""
        folded = fold(word)
        if not self._unknown(word, folded):
            return -1
        best, at = 0, -1
        for i in range(len(folded) - 1):
            swapped = folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :]
            score = self.known.get(swapped, 0)
            if score > best:
                best, at = score, i
        return at

    def _near_key_at(self, word: str) -> tuple[int, str] | None:
        """Where one plain letter was typed with its neighbour on the keyboard ("tguong",
        "cstdca"): the change that gives the most frequent known word (None: none does)."""
        folded = fold(word)
        if not self._unknown(word, folded):
            return None
        best, found = 0, None
        for i, typed in enumerate(word):
            for key in _NEAR.get(typed, ""):
                score = self.known.get(folded[:i] + key + folded[i + 1 :], 0)
                if score > best:
                    best, found = score, (i, key)
        return found

    def _split_at(self, word: str) -> int:
        """Where a word unknown to every reader is two known ones run together (0: it is not)."""
        folded = fold(word)
        if not self._unknown(word, folded):
            return 0
        best, at = 0, 0
        for i in range(2, len(folded)):
            score = min(self._part(folded[:i]), self._part(folded[i:]))
            if score > best:
                best, at = score, i
        return at

    def _part(self, part: str) -> int:
        """How sure a piece of a run-together word is a word of its own (0: it is not): a phone
        spelling ("dc", "ko", "bn"), a title's abbreviation ("ldtt", "tdkt"), or a known
        syllable of two letters or more ("ubmttq" is no "ubmt" + "tq", "canho" no "canh" + "o")."""
        if part in self.casual:
            return _CASUAL
        if part in self.terms or (len(part) >= 2 and _SYLLABLE.fullmatch(part)):
            return self.known.get(part, 0)
        return 0
