"""The asker's own label before a colon ("chi hội phụ nữ:", "hiệu trưởng hỏi:", "nhân sự công ty
hỏi: …"): it says who asks, not whom or what the question is about (issue 11, h322).

Read as content, the label's unit became the subject of a pair ("nhân sự công ty" made the
firm the subject of an LĐTT question about its workers) or the case of a hearsay rule ("chi hội"
read as an outside body to be commended). The question is read without the label when what is
left names its own case; a label whose rest asks of the asker ("hiệu trưởng hỏi: tôi có …")
keeps it, since there the label tells who "tôi" is.

Officers also relay without a colon (issue 11, h343): "trưởng thôn hỏi thôn dc tặng giấy khen
k" made "trưởng thôn" the subject, and "Chi hoi nam nay chi co du…" (chị hỏi) inside a letter
read as "chi hội", a collective. A post or a pronoun then "hỏi" at the start of the message or
of a sentence is such a relay when the word after "hoi" names no association ("chi hoi nong
dan", "hoi dong", "hoi nghi" are bodies and meetings, not asking). The one who relays is put
as the plain asker ("em hỏi …"), which every reader already takes as who asks: left out, a
letter's "… . Em hỏi vậy có đúng không" would lose the words that mark its yes/no as asked.
"""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.triggers import gate_module

__all__ = ["without_asker_label"]

#: the folded label before the first colon, with no clause break inside it
_LABEL = re.compile(r"^\s*([^:,.;?!\n]{2,80}?)\s*:\s*(?=\S)")
#: the most words a label "… hỏi:" runs to ("hiệu trưởng trường THCS của xã hỏi")
_MAX_ASKING_LABEL = 9
#: the most words a bare label runs to ("chi hội phụ nữ", "trạm y tế xã")
_MAX_BARE_LABEL = 5
#: words a bare label (no "hỏi") opens with: a post, a unit or a body that asks
_LABEL_OPENERS = frozenset(
    {"chi", "hoi", "tram", "truong", "ban", "hieu", "ke", "thu", "van", "chanh", "chu", "pho",
     "nhan", "giam", "htx", "doan", "mat", "mttq", "can", "cong", "to", "y", "bac", "giao",
     "nguoi", "uy", "ubnd"}
)  # fmt: skip
#: words that make a bare label a topic ("thôn văn hóa:", "giấy khen QĐ tháng 3:"), not an asker
_TOPIC_WORDS = frozenset(
    {"vh", "hoa", "ldtt", "cstdcs", "ttldtt", "ttldxs", "cstd", "khen", "danh", "hieu", "thuong",
     "tieu", "bieu", "quy", "ho", "so", "qd", "thi", "dua", "muon", "len", "tien", "hoach"}
)  # fmt: skip
#: words of a greeting that end in "hỏi" ("cho em hỏi:", "xin hỏi:"): no label of a post
_GREETING_ASKS = frozenset({"cho", "xin", "em", "e", "toi", "minh", "tui", "chau", "muon"})
#: the asker's own pronoun: a rest that asks of "tôi / em" speaks as the label's post
_ASKER_SELF = frozenset({"toi", "em", "e", "minh", "tui"})
#: nouns of people that hold the pronoun "em": "chị em (công nhân)", "anh em" are the people
#: asked about, not the asker speaking (h343)
_PEOPLE_NOUNS = frozenset({("chi", "em"), ("anh", "em")})
#: fewest words the rest must have for the label to be left out
_MIN_REST = 4

#: a relay without a colon: at the start or after a sentence break, up to six words, then
#: "hoi" not followed by a word that makes it "hội" (an association, a council, a meeting) or
#: "hồi" (back when)
_RELAY = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*((?:[a-z]+ ){1,6}?)(hoi) (?!(?:nong|phu|cuu|ccb|lhpn|pn|nd|nguoi|chu|"
    r"khuyen|cha|doanh|lien|thanh|dong|luat|van|sinh|vien|lam|nghe|cd|nct|tn|lhtn|kh|truong|"
    r"pho|nghi|thi|thao|dien|cho|dap|xuan|lang|giao|phat|tu|dan|khoa|my|ke|xa|tp|nhiep|"
    # task h386: "trạm hỏi y sĩ này …": "y sĩ", "y tá" are the person asked of, no "hội y …"
    r"y(?! (?:si|ta)\b)|"
    # "hồi tháng 4", "hồi năm ngoái", "hồi đó": back when, not asking
    r"thang|nam (?:ngoai|truoc|do|kia|ay|roi|\d)|truoc|do|nay|xua|dau|cuoi|ngay|sang|chieu|toi|ay|"
    r"con|moi|xuong)\b)"
)
#: pronouns that relay alone ("chị hỏi" typed bare reads as "chi hội", an association): a
#: single word before "hoi" must be one; "anh / ông / bác hỏi" are known as askers already
_RELAY_PRONOUNS = frozenset({"chi"})
#: task h386: a unit that relays alone ("trạm hỏi y sĩ này có dc …", "phòng hỏi chị ấy …"): the
#: unit is who asks, the person after is asked of ("trưởng" is left out: "trưởng hội")
_RELAY_UNITS = frozenset({"tram", "phong"})
#: a chi hội named in the letter ("chi hoi phu nu thon 3"): a later bare "chi hoi" is that one
_CHI_HOI_NAMED = re.compile(r"\bchi hoi (?:nong|phu|cuu|ccb|nguoi|cha|khuyen|lhpn|pn|nd|tn)\b")
#: the plain asker put for the relay words
_ASKER = "em "
#: words that make the words before "hoi" a topic or a title, not the one who relays
_RELAY_TOPIC_WORDS = frozenset(
    {"vh", "ldtt", "cstdcs", "ttldtt", "ttldxs", "cstd", "khen", "danh", "hieu", "thuong", "tieu",
     "bieu", "cho", "xin", "muon", "neu", "khi", "thi", "va", "ma", "co", "duoc", "dc"}
)  # fmt: skip
#: words that make one word with the "hoi" after them: "thu hồi" (to revoke), "giáo hội", "xã
#: hội", "đại hội", "phục hồi", "cơ hội": no one asking
_HOI_COMPOUNDS = frozenset(
    {"thu", "giao", "xa", "quoc", "dai", "hiep", "le", "co", "phuc", "tong", "thuong", "hoc",
     "nghiep", "khu", "van", "y", "nong", "phu"}
)  # fmt: skip
#: the marked spellings of the asking verb: a marked "hội" is the association
_ASKING_VERB = frozenset({"hoi", "hỏi"})


#: task h386: a unit that sends the question or the list up ("phòng kinh tế gửi lên:", "bên trạm
#: y tế xã gửi ds đề nghị:"): the verb of sending in the label's last words, the unit before it
_SENDING = frozenset({"gui", "chuyen", "nop"})
#: the words a sending label may end with after its verb (what is sent, where)
_SENT = frozenset({"len", "ds", "danh", "sach", "de", "nghi", "ve", "qua", "ho", "so", "hs"})
#: a title or an award before the sending verb makes the label a topic ("LĐTT gửi lên:"); a
#: unit's own name may hold "văn hóa", "xã hội" ("phòng văn hóa gửi lên:")
_SENT_TOPICS = frozenset(
    {"ldtt", "cstdcs", "ttldtt", "ttldxs", "cstd", "khen", "danh", "hieu", "thuong", "qd", "tien"}
)


def _is_label(words: list[str]) -> bool:
    """Whether the folded ``words`` before a colon name who asks."""
    if words[-1] == "hoi" and 2 <= len(words) <= _MAX_ASKING_LABEL:
        return words[-2] not in _GREETING_ASKS
    sent = [i for i, w in enumerate(words) if w in _SENDING]
    if (
        sent
        and 2 <= len(words) <= _MAX_ASKING_LABEL
        and sent[-1] >= 1
        and set(words[sent[-1] + 1 :]) <= _SENT
        and words[0] not in _GREETING_ASKS
        and not _SENT_TOPICS.intersection(words[: sent[-1]])
    ):
        # "phòng kinh tế gửi lên: chị kế toán …": the unit relays, the person after is asked of
        return True
    return (
        len(words) <= _MAX_BARE_LABEL
        and words[0] in _LABEL_OPENERS
        and not _TOPIC_WORDS.intersection(words)
        # "giấy khen QĐ tháng 3/2026:": a date or a count makes it a topic
        and not any(w[:1].isdigit() for w in words)
    )


def _is_relay(words: list[str], marked: bool) -> bool:
    """Whether the folded ``words`` before a colon-less "hoi" name one who relays; ``marked``:
    the verb was typed "hỏi", which no compound ("thu hồi", "xã hội") has."""
    if words[-1] in _HOI_COMPOUNDS and not marked:
        return False
    if len(words) == 1:
        return words[0] in _RELAY_PRONOUNS or words[0] in _RELAY_UNITS
    return (
        words[0] in _LABEL_OPENERS or words[0] in _RELAY_PRONOUNS
    ) and not _RELAY_TOPIC_WORDS.intersection(words[1:])


def _without_relays(question: str, folded: str) -> str:
    """``question`` with the colon-less relay words ("trưởng thôn hỏi", "chị hỏi") put as the
    plain asker ("em hỏi")."""
    kept: list[str] = []
    start = 0
    for found in _RELAY.finditer(folded):
        rest_words = folded[found.end() :].split(maxsplit=_MIN_REST)
        verb = question[found.start(2) : found.end(2)].lower()
        if found.group(1) == "chi " and _CHI_HOI_NAMED.search(folded):
            continue  # "Chi hoi phu nu thon 3 … Chi hoi co dc giay khen k": that chi hội again
        if (
            verb in _ASKING_VERB
            and _is_relay(found.group(1).split(), verb != "hoi")
            and len(rest_words) >= _MIN_REST - 1
        ):
            kept.append(question[start : found.start(1)] + _ASKER)
            start = found.start(2)
    if not kept:
        return question
    return "".join(kept) + question[start:]


#: a bare "hoi" opening a clause with a title named right after it ("…, hoi CSTĐCS cho anh
#: Hùng có đề nghị được k"): the verb "hỏi" with its subject left out; no association is
#: called "hội CSTĐCS" (task h390)
_ASKS_OF_TITLE = re.compile(
    r"(?:^|(?<=[,.;!?\n]))(\s*)hoi (?=(?:ve |la |xem )?(?:ldtt|cstdcs|cstd|ttldtt|ttldxs|gdvh"
    r"|lao dong tien tien|chien si thi dua|tap the lao dong|giay khen|bang khen|thon van hoa"
    r"|gia dinh van hoa)\b)"
)


def without_asker_label(question: str) -> str:
    """``question`` without an opening label that only says who asks, nor relay words without
    a colon ("trưởng thôn hỏi …", "… . Chị hỏi …"); as typed otherwise."""
    question = _without_colon_label(question)
    if " hoi " not in question and " hỏi " not in question.lower():
        return _title_asked_of(question) if question[:4].lower() == "hoi " else question
    folded = fold(question).lower()
    if len(folded) != len(question):
        return question
    question = _without_relays(question, folded)
    return _title_asked_of(question)


def _title_asked_of(question: str) -> str:
    """``question`` with a subject-less "hoi" before a title said by the plain asker ("em hoi"),
    as a relay is; as typed otherwise."""
    folded = fold(question).lower()
    if len(folded) != len(question):
        return question
    out, start = [], 0
    for found in _ASKS_OF_TITLE.finditer(folded):
        out.append(question[start : found.end(1)] + _ASKER)
        start = found.end(1)
    return "".join(out) + question[start:]


def _without_colon_label(question: str) -> str:
    """``question`` without an opening label before a colon that only says who asks."""
    if ":" not in question[:90]:
        return question
    found = _LABEL.match(fold(question).lower())
    if found is None or len(fold(question)) != len(question):
        return question
    words = found.group(1).split()
    if not words or not _is_label(words):
        return question
    rest = question[found.end() :]
    rest_words = fold(rest).lower().split()
    if len(rest_words) < _MIN_REST or (
        _ASKER_SELF.intersection(rest_words[:2]) and tuple(rest_words[:2]) not in _PEOPLE_NOUNS
    ):
        # "hiệu trưởng hỏi: tôi có được ký …": the label says who "tôi" is
        return question
    return rest


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
