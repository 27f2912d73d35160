"""Permissions and requirements asked, against what the fact allows or requires.

"xét 2 năm liền được không", "có cần qua hội đồng không", "có bị trừ điểm không": what a clause
of the fact allows, does not require or says does not exist; whether the asker asks if something
breaks a rule or befalls them; a rule left to the province asked as the law's.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import exemption_asked
from bot.knowledge.facts.asking_words import clause_start
from bot.knowledge.facts.claim import COMMON_SYLLABLES, NOT_A_THING
from bot.knowledge.facts.clauses import first_option, yesno_clauses
from bot.knowledge.facts.criteria import NEED_DENIED
from bot.knowledge.facts.model import BREAKS, tokens
from bot.knowledge.facts.opener import without_opener
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.registration import REGISTRATION, registration_conditioned
from bot.knowledge.facts.restated import FRAMING, NOT_WORDS
from bot.knowledge.facts.turns import claimed_loss, reported_denial
from bot.knowledge.facts.words import NOT_SPELLED

__all__ = [
    "LAW_ITSELF",
    "adverse",
    "adverse_to_may",
    "allowed_by_fact",
    "breaks_rule",
    "claims_penalty",
    "claims_voluntary",
    "exemption_of_tax",
    "late_told",
    "none_exists",
    "not_needed",
    "registration_left_to_province",
    "registration_part_judged",
    "registration_review_asked",
    "substitutes",
    "unrequired",
]

#: "có bị …", "bị … không": the yes/no asks whether something befalls the asker ("bị" is the
#: adverse passive); a case told with "bị" ("bị kỷ luật thì có được …") asks with "có được"
_ADVERSE = re.compile(r"\bco (?:con )?bi\b")
#: "cô bị khiển trách có đưa vào danh sách không": "cô" folds like "có", and a later "có"
#: asking to put the person forward is the yes/no asked, the "bị" before it the case told
_MAY_ASKED = re.compile(r"\bco (?:con )?(?:duoc|dc|dua (?:vao|ten)|ghi ten|de nghi|xet)\b")


#: the asking sentence asks whether doing it breaks a rule ("có sai nguyên tắc không", "có vi
#: phạm quy định không", "có trái luật không")
_BREAKS = re.compile(
    r"\b(?:sai|vi pham|trai)\s+(?:nguyen tac|quy dinh|quy che|luat|phap luat)\b"
    # "như vậy có sai không", "làm thế có vi phạm không": the breach itself is the predicate
    r"|\bco (?:bi )?(?:sai|vi pham|trai luat|trai quy dinh)\s*(?:khong|ko|k|hong|chu|a|ha)?\s*$"
    # "năm nào cũng đề nghị, có bị cấm không", "luật có cấm không": a permission asked as a
    # prohibition (task h148)
    r"|\bco (?:bi )?cam\b"
)


def breaks_rule(reading: Reading) -> bool:
    """The asking sentence asks whether what it tells breaks a rule (the reverse of allowed)."""
    asked = first_option(reading.asked or reading.question)
    return _BREAKS.search(" ".join(fold(asked).split())) is not None


#: the asking sentence calls the day told late ("như vậy là trễ hạn rồi đúng không", "đã quá
#: hạn rồi phải không"): the same reverse question as "có bị trễ hạn không", without "bị"; a
#: lateness told as a condition ("nếu trễ hạn thì …") claims nothing
_LATE = re.compile(
    r"\b(?<!neu )(?:la |da )?(?:tre|qua|lo|muon|cham) han\b|\b(?:tre|muon|cham) (?:mat )?roi\b"
    r"|\b(?<!neu )(?:la|da) (?:tre|muon|cham)\b(?! nhat)"
    # "họp tháng 12 như vậy có muộn không": lateness asked outright (task h191)
    r"|\bco (?:tre|muon|cham)(?: han| qua)? (?:khong|ko|k|hong)\b"
)


def late_told(reading: Reading) -> bool:
    """The asking sentence claims the day told is late, and no "có bị" asks it already."""
    asked = " ".join(fold(first_option(reading.asked or reading.question)).split())
    return _LATE.search(asked) is not None and not adverse(reading)


def adverse(reading: Reading) -> bool:
    """The asking sentence asks whether something adverse befalls the asker."""
    asked = " ".join(fold(first_option(reading.asked or reading.question)).split())
    found = list(_ADVERSE.finditer(asked))
    # "cô bị kỷ luật có được LĐTT không": "cô" (the teacher) folds like "có"; a "có được"
    # after it is the yes/no asked, the "bị" before it the case told
    return bool(found) and _MAY_ASKED.search(asked, found[-1].end()) is None


def adverse_to_may(reading: Reading, pair: Pair | None = None) -> bool:
    """`adverse`, for a part asking whether the asker may have a thing: "bị kỷ luật năm nay:
    LĐTT năm nay có được xét k, và CSTĐCS năm ngoái có bị hủy k" asks "có được" in one clause
    and "có bị" in another, which is another part's ask (the revocation); the "có bị" of that
    clause does not turn this part's yes/no (task h245)."""
    if not adverse(reading):
        return False
    clauses = yesno_clauses(reading.question)
    if len(clauses) < 2 or len({p.attr for p in reading.pairs if p.yesno}) < 2:
        return True
    return not any(_MAY_ASKED.search(c) and not _ADVERSE.search(c) for c in clauses)


#: words after "có" that make it no question of whether a thing exists ("có được", "có phải")
_NOT_A_THING = NOT_A_THING


def none_exists(question: str, body: str) -> str | None:
    """ "đăng ký thi đua có mẫu chung không" answered by a body that opens "Không có mẫu …":
    the thing asked to exist is the one the fact says there is none of → "Không"."""
    asked = tokens(question)
    heads = {
        asked[i + 1]
        for i in range(len(asked) - 2)
        if asked[i] == "co" and asked[i + 1].isalpha() and asked[i + 1] not in _NOT_A_THING
    }
    opening = tokens(body)[:3]
    if opening[:2] == ["khong", "co"] and opening[2:] and opening[2] in heads:
        return "Không"
    return None


#: "được" typed short
_MAY = frozenset({"duoc", "dc", "dk", "dduoc"})
#: a clause that allows: "có thể …", "… hoặc có đề tài …" (one accepted way among several)
_ALLOWING = ("co the", "hoac", "van duoc", "duoc phep")


def _i_for_y(syllable: str) -> str:
    """ "tỉ lệ" and "tỷ lệ", "kỉ luật" and "kỷ luật" are one word in two spellings: a final
    "y" after a consonant (not "qu", "uy") is read as "i" so the two match."""
    if len(syllable) > 1 and syllable[-1] == "y" and syllable[-2] not in "aeiouy":
        return syllable[:-1] + "i"
    return syllable


#: levels of government that may be the one a permission is asked for
_LEVEL_ACTORS = frozenset({"tinh", "xa", "phuong", "huyen", "thon"})


#: what may close a yes/no after its "không": "ạ", "ad", "?" (task h143: "… CSTĐCS không ạ?")
_AFTER_TAIL = frozenset({"a", "ad", "ha", "ah", "ak", "nhi", "vay", "?", ".", "!"})


def _without_tail(asked: list[str]) -> list[str]:
    """``asked`` without its closing "không" and what may follow it ("ạ", "?"): the yes/no
    tail negates nothing of the question's own."""
    end = len(asked)
    while end and asked[end - 1] in _AFTER_TAIL:
        end -= 1
    return asked[: end - 1] if end and asked[end - 1] in NOT_WORDS else asked


def _first_option(asked: list[str]) -> list[str]:
    """ "tỉnh có được tự đặt tỷ lệ không, hay luật cấm": the permission is the first way
    offered, closed by its "không"; the other way after "hay" is what a "Có" denies."""
    for at, tok in enumerate(asked):
        if tok == "hay" and at > 1 and set(asked[at - 2 : at]) & NOT_WORDS:
            first = asked[:at]
            while first and not first[-1].isalnum():
                first.pop()  # the comma before "hay" closes nothing of the ask
            return first
    return asked


#: tokens above which a question is a letter whose story tells its case
_SHORT_ASK = 24


def allowed_by_fact(question: str, body: str, subject: list[str] | tuple[str, ...] = ()) -> bool:
    """A permission asked ("X có được Y không", "X dùng thay Z được không") that a clause of the
    body grants: the clause allows ("có thể", "được phép") or is one accepted way ("hoặc …"),
    and holds both what the question names before "được" and what it asks after it."""
    asked = _first_option(tokens(question))
    at = [i for i, t in enumerate(asked) if t in _MAY]
    if not at or {"can", "phai", "buoc"} & set(asked):
        return False  # no permission asked, or a requirement ("có cần … mới được …")
    body_of = _without_tail(asked)
    # "khống chế" (to cap) folds to "không chế": a word of its own, not a negation
    negations = {
        t for i, t in enumerate(body_of) if t in NOT_WORDS and body_of[i + 1 : i + 2] != ["che"]
    }
    if negations:
        return False  # "không đạt LĐTT thì có được …": a case told lacking, not a permission
    # the words of the asking clause only: a clause of context or a time said before it
    # ("hôm qua họp giao ban có bàn, …", "năm nay …") neither asks nor names the level; a
    # letter's story is its case ("… có 1 sáng kiến …. Vậy em có được đề nghị …"), kept whole
    told = clause_start(asked, at[0]) if len(asked) <= _SHORT_ASK else 0
    own = asked[told:]
    content = {_i_for_y(t) for t in own if t.isalpha() and len(t) > 1} - COMMON_SYLLABLES
    content -= {"khong", "ko", "dc", "nao", "gi", "rieng", "nua"}
    # the title asked about, spelled out ("chiến sĩ thi đua cơ sở"), is who the permission is
    # for, not what it permits: its syllables would outweigh the permission's own words, so
    # "tỉnh có được quy định tỷ lệ khống chế chiến sĩ thi đua cơ sở không" read like
    # "… tỷ lệ CSTĐCS"; the frame of a claim put up ("nghe nói …, đúng không") is no content
    content -= {_i_for_y(t) for t in subject} | FRAMING
    # the field's own initials ("quy chế TĐKT của tỉnh") name no permission
    content.discard("tdkt")
    if len(content) < 3:
        return False
    # the level that would act, named before "được" ("tỉnh có được …", "xã có được …")
    actors = _LEVEL_ACTORS & set(asked[told : at[0]])
    for clause in re.split(r"[.;:]\s*|,\s*(?=hoặc)", body):
        folded = " ".join(tokens(clause))
        if not any(f" {a} " in f" {folded} " for a in _ALLOWING):
            continue
        if re.search(r"\bkhong\b", folded):
            continue  # "không bắt buộc …, hoặc …": a negated clause grants nothing
        if actors and not actors & set(folded.split()):
            continue  # "xã có được quy định tỷ lệ …" against "Tỉnh có thể …": another level's
        shared = content & {_i_for_y(t) for t in folded.split()}
        if len(shared) >= 3 and len(shared) * 2 >= len(content):
            return True
    return False


#: a lead that says a thing is not required ("Không cần năm liên tục", "không bắt buộc …")
_UNREQUIRED = ("khong can", "khong bat buoc", "khong doi hoi", "khong nhat thiet", "khong buoc")


def unrequired(question: str, body: str) -> bool:
    """A permission asked ("xét 2 năm liền được không", "có được làm X không") against a fact
    whose lead sentence says the thing is not required: what is not required is not barred
    either, so the permission holds ("Có") though the fact's own verdict ("Không") answers
    whether it is required. The lead must share a word with what is asked after the title."""
    asked = tokens(question)
    if not _MAY & set(asked) or {"can", "phai", "buoc", "bat"} & set(asked):
        return False  # no permission asked, or a requirement asked
    body_of = asked[:-1] if asked and asked[-1] in NOT_WORDS else asked
    if NOT_WORDS & set(body_of):
        return False  # a case told lacking something, not a permission
    lead = " ".join(tokens(re.split(r"(?<=[.!?])\s+", without_opener(body), maxsplit=1)[0]))
    found = [lead.find(f"{n} ") for n in _UNREQUIRED if f"{n} " in f"{lead} "]
    if not found:
        return False
    rest = set(lead[min(found) :].split()) - COMMON_SYLLABLES
    content = {t for t in asked if t.isalpha() and len(t) > 1} - COMMON_SYLLABLES - _MAY
    return bool(content & rest)


#: how a fact says a thing is not needed, folded
_NOT_NEEDED_SAID = tuple(tuple(n.split()) for n in _UNREQUIRED)


#: the words closing a claim put up for confirmation ("đúng không ạ", "phải k")
_ASK_TAIL = FRAMING | {"khong", "a", "ah", "ad", "nhi", "chua", "vay", "the", "dau"}
#: "… sáng kiến k bắt buộc. bây giờ còn đúng k": the claim asked to hold still, now (h420)
_STILL_NOW = frozenset({"bay", "gio", "con", "nay", "hien", "van", "nua", "hom"})


def _named_before(asked: list[str], start: int) -> set[str]:
    """The content words of the clause before the negated requirement word at ``start``
    ("không cần", "không bắt buộc"), back to the clause's start."""
    neg = start - 2 if asked[start - 1 : start] == ["bat"] else start - 1
    named: set[str] = set()
    for tok in reversed(asked[: max(neg, 0)]):
        if tok in BREAKS:
            break
        if tok.isalpha() and tok not in COMMON_SYLLABLES:
            named.add(tok)
    return named


def not_needed(question: str, body: str) -> str | None:
    """ "có cần qua hội đồng không" answered by "… không cần biên bản họp Hội đồng TĐKT": the
    body's "không cần" clause names what was asked (two or more shared syllables) → "Không"."""
    asked = tokens(question)
    if not {"can", "buoc"} & set(asked):
        return None
    start = max(i for i, t in enumerate(asked) if t in {"can", "buoc"})
    wanted = {t for t in asked[start + 1 :] if t.isalpha() and t not in COMMON_SYLLABLES}
    if not wanted - _ASK_TAIL - _STILL_NOW:
        # "sáng kiến chỉ là một con đường chứ không bắt buộc, đúng không": the requirement
        # word closes its clause, so what is not needed is named before it
        wanted = _named_before(asked, start)
    folded = tokens(body)
    for i in range(len(folded) - 1):
        # the fact may say it "không bắt buộc", "không đòi hỏi" as well as "không cần"
        # ("CSTĐCS k cần sáng kiến" against "Không bắt buộc có sáng kiến", task h185)
        said = next((n for n in _NOT_NEEDED_SAID if tuple(folded[i : i + len(n)]) == n), None)
        if said is not None:
            clause = set()
            for tok in folded[i + len(said) : i + len(said) + 10]:
                if tok in BREAKS:
                    break
                clause.add(tok)
            if len(wanted & clause) >= 2:
                # "hồ sơ đột xuất k cần biên bản đúng k": the asker claims what the body
                # says is not needed, so the claim holds (task h114)
                # "không bắt buộc sáng kiến": the negation stands before "bắt buộc"
                before = (
                    asked[start - 2 : start - 1]
                    if asked[start - 1 : start] == ["bat"]
                    else (asked[start - 1 : start])
                )
                return "Có" if before and before[0] in NEED_DENIED else "Không"
    return None


#: a body opening on the thing not being required ("Không bắt buộc theo luật: …")
_NOT_REQUIRED_OPENERS = ("khong bat buoc", "khong can", "khong con")
#: words that may stand between "không còn" and the thing no longer asked ("không còn phải …")
_DROPPED_FILLERS = frozenset({"phai", "can", "bat", "buoc", "yeu", "cau", "viec", "la"})


def dropped_claimed(claim: str, body: str, name: tuple[str, ...]) -> str | None:
    """ "căn cứ … chứ không còn đăng ký thi đua nữa đúng không" against "Không bắt buộc theo
    luật: Luật 2022 bỏ đăng ký thi đua …": the claim that the thing ``name`` is no longer asked
    is the fact itself, so "Có"; the body's "Không" answers "is it required?" (task h326).
    None unless "không còn" stands right before the thing's first two syllables or right
    after its last two."""
    head = tuple(name[:2])
    if len(head) < 2 or not " ".join(fold(body[:30]).lower().split()).startswith(
        _NOT_REQUIRED_OPENERS
    ):
        return None
    asked = tokens(claim)
    for i, tok in enumerate(asked[:-2]):
        if tok == "bo" and tuple(asked[i + 1 : i + 3]) == head and "khoi" in asked[i + 3 : i + 8]:
            # "luật 2022 bỏ đăng ký thi đua ra khỏi căn cứ rồi, đúng k" (task h362); "không
            # bỏ …" denies the fact
            return "Không" if i and asked[i - 1] in NOT_WORDS else "Có"
        if tok not in NOT_WORDS or asked[i + 1] != "con":
            continue
        if i >= 2 and tuple(asked[i - 2 : i]) == tuple(name[-2:]):
            return "Có"  # "đăng ký thi đua không còn là căn cứ nữa": the thing named first
        at = i + 2
        while at < len(asked) and asked[at] in _DROPPED_FILLERS:
            at += 1
        if tuple(asked[at : at + 2]) == head:
            return "Có"
    return None


#: words that end what is replaced: "thay cho sáng kiến khi xét …", "thay sáng kiến để …"
_SUBSTITUTE_ENDS = frozenset({"khi", "de", "duoc", "dc", "khong", "k", "ko", "trong", "o"})


def substitutes(question: str, body: str) -> bool:
    """ "X có thay (cho / thế) Y được không" answered by a sentence of the fact that names Y
    and, after "hoặc", X: one route of several counts for the other."""
    asked = tokens(question)
    if "thay" not in asked:
        return False
    at = asked.index("thay")
    end = at + 1 + (asked[at + 1 : at + 2] in (["cho"], ["the"]))
    stop = next((i for i in range(end, len(asked)) if asked[i] in _SUBSTITUTE_ENDS), len(asked))
    before = [t for t in asked[:at] if t.isalpha() and t not in COMMON_SYLLABLES]
    replaced = [t for t in asked[end:stop] if t.isalpha() and t not in COMMON_SYLLABLES]
    if len(before) < 2 or not replaced:
        return False
    for sentence in re.split(r"(?<=[.;])\s+", body):
        toks = tokens(sentence)
        routes = [i for i, t in enumerate(toks) if t == "hoac"]
        if not routes or not set(replaced) <= set(toks):
            continue
        for i in routes:
            after = set(toks[i + 1 : i + 12])
            if len(set(before) & after) >= max(2, -(-len(set(before)) * 3 // 5)):
                return True
    return False


def exemption_of_tax(pair: Pair, question: str) -> bool:
    """The tax part asked or claimed exempt ("tiền thưởng có được miễn thuế thu nhập không"):
    the fact's "không tính vào thu nhập chịu thuế" is then the exemption itself, no denial of
    the claim, and its verdict (to "is it taxed?") turns round (TT 111/2013/TT-BTC Điều 2
    khoản 2 điểm e.1; task h142)."""
    return pair.attr == "tax" and pair.yesno and exemption_asked(question)


#: the question asks what the law itself says ("luật có quy định …", "theo luật", "cả nước")
LAW_ITSELF = re.compile(r"\b(?:luat|phap luat|nghi dinh|ca nuoc|toan quoc|trung uong)\b")


def registration_left_to_province(pair: Pair, verdict: str | None, question: str) -> bool:
    """A line claiming that not registering for thi đua loses the titles ("không đăng ký thì
    cuối năm không được xét", said or reported) and not asking what the law itself says: the
    registration rule's "Không" answers the law, the province's quy chế may still require it
    (task h120)."""
    if pair.entity != REGISTRATION or pair.attr not in ("eligible", "criteria"):
        return False
    if verdict == "Có":
        # "quên đăng ký thì có được xét không": the rule's "not required" read as "may be
        # reviewed without it" answers the law; the province's quy chế may still bar it. The
        # law told only as the premise ("k còn bắt buộc theo luật, vậy TDP e k nộp … vẫn được
        # xét chứ") leaves the closing ask to the province too (task h421)
        if LAW_ITSELF.search(_closing_ask(question)):
            return False
        if _NOT_REQUIRED_BARE.search(folded_words(question)) and not LAW_ITSELF.search(
            folded_words(question)
        ):
            # "đăng ký thi đua không bắt buộc chứ": not required claimed bare, no law named; the
            # law does not require it (Luật 2022 Điều 7), the province's quy chế may (task f185b)
            return True
        return registration_lacked(question) or _own_drop_asked(question)
    # "Tùy trường hợp" (the case left open) is said as the province's quy chế as well
    if verdict not in ("Không", "Tùy"):
        return False
    if _own_drop_asked(question) and not LAW_ITSELF.search(_closing_ask(question)):
        # "luật bỏ đăng ký rồi, vậy xã tôi bỏ luôn bước đăng ký được không" (task h421)
        return True
    if LAW_ITSELF.search(folded_words(question)):
        return _law_and_local_asked(question)
    if claimed_loss(question) or reported_denial(question):
        return True
    if registration_lacked(question):
        return True
    said = folded_words(question)
    if _REGISTRATION_ASKED_NEEDED.search(said):
        return True
    if (
        verdict == "Không"
        and "dot xuat" not in said
        and _REGISTRATION_OBLIGED.search(said)
        and (not _TITLE_NAMED.search(said) or _BARE_OBLIGATION_ASKED.search(said))
    ):
        # the law's plain "not required" only: a case's own "Tùy" (a firm's own quy chế)
        # already says who decides; a sudden deed's award needs no registration anywhere
        # (Luật 2022 Điều 85: thủ tục đơn giản). Asked as a title's condition in a line put up
        # ("… phải đăng ký mới được xét LĐTT, đúng k"), other readers judge it; asked bare ("LĐTT
        # có cần đăng ký thi đua k") it is "Tùy" as with no title named (task h476)
        return True
    if registration_conditioned(
        " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    ):
        # "muốn được giấy khen xã phải đăng ký từ đầu năm, đúng k", "có được đề nghị … nếu
        # không đăng ký không": the same condition, told in other orders (task h237)
        return True
    # "… đầu năm thì cuối năm k dc xét danh hiệu, đúng k": the loss after "thì" (not the "thi"
    # of "thi đua"), put up for confirmation
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    then = re.search(r"\bthi (?!dua\b)(.*)$", words) or _LOSS_AFTER_LA.search(words)
    return (
        then is not None
        and _REGISTRATION_LOSS.search(then.group(1)) is not None
        and (_PUT_UP.search(words) is not None or _ASKED_TAIL.search(words) is not None)
    )


#: task f185b (b185): registration claimed not required, with no law named ("đăng ký thi đua
#: không bắt buộc chứ", "k cần đăng ký nữa à")
_NOT_REQUIRED_BARE = re.compile(
    r"\bdang ky(?: thi dua)?(?: \w+){0,3}? (?:khong|k|ko|kg|chang) (?:con )?(?:bat buoc|can|phai)\b"
    r"|\b(?:khong|k|ko|kg|chang) (?:con )?(?:bat buoc|can|phai) (?:\w+ ){0,2}?dang ky\b"
)


#: where the closing ask starts after a premise: "…, vậy …", "… nên …", "như vậy …"
_ASK_STARTS = re.compile(r"\b(?:vay|nen|nhu vay|the thi|the)\b")


def _closing_ask(question: str) -> str:
    """The words after the last "vậy / nên" that open the asker's own question; the whole
    question when none is said."""
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    starts = list(_ASK_STARTS.finditer(words))
    return words[starts[-1].end() :] if starts else words


#: the asker's own unit dropping registration and asking leave: "xã e bỏ hẳn bước đăng ký thi
#: đua … vậy bỏ được k", "thôn mình không làm đăng ký nữa có được k" (task h421): the law no
#: longer requires it (Luật 2022 Điều 7), the province's quy chế may
_OWN_DROP = re.compile(
    r"\b(?:xa|phuong|e|em|minh|toi|thon|truong|don vi)\b(?: \w+){0,4}? "
    r"(?:bo|bo han|bo qua|thoi|ngung|dung|khong (?:lam|bat|yeu cau|to chuc)) "
    r"(?:(?:han|luon|het|buoc|viec|khau|thu tuc|lam|nop|ban|phieu) ){0,3}dang ky\b"
)
_LEAVE_ASKED = re.compile(r"\b(?:duoc|dc) (?:khong|chu|chua)\b")


#: the asker's own unit named in the closing ask: "TDP e", "thôn mình", "xã tôi"
_OWN_UNIT = re.compile(r"\b(?:e|em|minh|toi|tui|chung toi|chung em)\b")


def own_case_left(question: str) -> bool:
    """The closing ask (after "vậy / nên") is of the asker's own unit and names no law: what
    the province's quy chế may still require is left to it (task h421)."""
    ask = _closing_ask(question)
    return ask != " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum()) and (
        _OWN_UNIT.search(ask) is not None and LAW_ITSELF.search(ask) is None
    )


def _own_drop_asked(question: str) -> bool:
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    return _OWN_DROP.search(words) is not None and _LEAVE_ASKED.search(words) is not None


#: registration told not done: "không / chưa / quên (nộp bản) đăng ký", "chưa tổ chức cho công
#: chức đăng ký", "đăng ký thi đua đầu năm k nộp"; not "không bắt buộc / cần đăng ký", which
#: claims the rule rather than telling a case
_REGISTRATION_LACKED = re.compile(
    r"\b(?:khong|chua|quen) (?!(?:bat buoc|can|phai)\b)(?:\w+ ){0,5}?dang ky\b"
    r"|\bdang ky (?:\w+ ){0,4}?(?:khong|chua) (?:nop|gui|lam)\b"
)
#: what may follow from it, asked or claimed: being reviewed, proposed, awarded, or left out
_REVIEW_ASKED = re.compile(
    r"\b(?:xet|binh|de nghi|cong nhan|khen|tang|bi loai|loai|mat|danh hieu|ldtt|cstdcs)\b"
)


def registration_part_judged(pair: Pair, question: str) -> bool:
    """The registration part told beside a title asked ("chưa đăng ký, cuối năm có được xét
    LĐTT không"): the title's part holds the yes/no, but what the asker wants to know is
    whether the missing registration bars them, so the registration rule is judged too."""
    return (
        pair.entity == REGISTRATION
        and pair.attr in ("eligible", "criteria")
        and registration_lacked(question)
    )


def registration_review_asked(question: str) -> bool:
    """ "quên đăng ký thì cuối năm có được xét không": the review asked, not a loss claimed
    ("… thì không được xét, đúng k"): "theo luật thì không" would read as "not reviewed"."""
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    return (
        registration_lacked(question)
        and _LOSS_SAID.search(words) is None
        and not claimed_loss(question)
        and not reported_denial(question)
    )


#: the loss said in the line itself ("… thì không được xét, đúng k"), not asked
_LOSS_SAID = re.compile(
    r"\bkhong (?:bao gio )?(?:duoc|dc) (?:xet|cong nhan|binh|de nghi|tang|khen)\b"
)


def registration_lacked(question: str) -> bool:
    """ "không đăng ký thi đua thì cuối năm có được xét LĐTT không", "k nộp bản đăng ký thì có
    được bình không": registration told not done, and the review after it asked or claimed.
    The law bars no one for it (Luật 2022 Điều 7), the province's quy chế may: "Tùy". A plain
    "Không" (meaning "not required") reads as "you cannot be reviewed" (task h263)."""
    clauses = [
        " ".join(NOT_SPELLED.get(t, t) for t in tokens(c) if t.isalnum())
        for c in re.split(r"[,;.?!]", question)
    ]
    for i, words in enumerate(clauses):
        lack = _REGISTRATION_LACKED.search(words)
        # the review may be asked in the clause's tail or in a clause after it ("đầu năm chưa
        # đăng ký, cuối năm có được xét không")
        rest = " ".join([words[lack.end() :], *clauses[i + 1 :]]) if lack else ""
        if lack is not None and _REVIEW_ASKED.search(rest):
            return True
        if lack is not None and _LOSS_FOR_LACK.search(words):
            # "thôn bình xét GĐVH, trưởng thôn bảo nhà tôi k được vì k đăng ký": the loss
            # told first, the missing registration given as its reason (task h318)
            return True
    return False


#: a review or a loss, then "vì / do / tại" giving the reason: "không được vì", "bị loại do"
_LOSS_FOR_LACK = re.compile(
    r"\b(?:xet|binh|de nghi|cong nhan|khen|loai|mat|duoc|dc)(?: \w+){0,5}? (?:vi|do|tai) "
    r"(?:khong|chua|quen) (?:\w+ ){0,3}?dang ky\b"
)


#: "luật có quy định vậy không hay do tỉnh quy định": the law and the province set side by side
_LAW_OR_PROVINCE = re.compile(r"\bhay (?:la |do |theo )?(?:tinh|quy che)\b")
#: "… giờ còn bắt buộc không": whether it is required today, wherever the rule comes from
_STILL_REQUIRED = re.compile(r"\b(?:con|van) (?:bat buoc|phai)\b")


def _law_and_local_asked(question: str) -> bool:
    """The question asks about the law and, apart from it, about what binds today (task h130):
    "đăng ký thi đua giờ còn bắt buộc k, luật 2022 có quy định k" asks two things, "luật có quy
    định vậy k hay do tỉnh quy định" sets the two sources side by side. Either way the province's
    quy chế answers one part and the law (Luật 2022 Điều 7) the other: "Tùy …, theo luật thì
    không" says both; a question about the law alone is answered by the law's "Không"."""
    if _LAW_OR_PROVINCE.search(folded_words(question)):
        return True
    clauses = [folded_words(c) for c in re.split(r"[,;.?!]", question) if c.strip()]
    today = any(_STILL_REQUIRED.search(c) and not LAW_ITSELF.search(c) for c in clauses)
    return today and any(LAW_ITSELF.search(c) for c in clauses)


#: "… thì tập thể k dc xét à": the loss itself asked back with a closing "à / hả" (task h135)
_ASKED_TAIL = re.compile(r"\s(?:a|ha|ah)$")


#: registration asked as the condition of a title: "có bắt buộc đăng ký … (thì) mới được xét
#: CSTĐCS không", "phải đăng ký thi đua mới được công nhận LĐTT à" (task h126): the province's
#: quy chế may make it one, the law does not (domain.md §2)
_REGISTRATION_ASKED_NEEDED = re.compile(
    r"\b(?:bat buoc|phai|can)(?: \w+){0,2}? dang ky\b.*\bmoi (?:duoc|dc|đc) "
    r"(?:xet|cong nhan|binh xet|de nghi|tang|khen)"
    # task h390: "bản đăng ký thi đua có bắt buộc để xét thôn văn hóa k": the purpose told
    # after the obligation is the same condition
    r"|\bdang ky thi dua\b(?: \w+){0,3}? (?:bat buoc|can thiet|can) (?:de|moi) (?:duoc |dc )?"
    r"(?:xet|cong nhan|binh xet|de nghi|tang|khen)\b"
    r"|\b(?:bat buoc|phai|can)(?: \w+){0,2}? dang ky\b(?: \w+){0,4}? de (?:duoc |dc )?"
    r"(?:xet|cong nhan|binh xet|de nghi|tang|khen)\b"
)


#: registration itself asked as an obligation, no law named: "đăng ký thi đua đầu năm có bắt
#: buộc không", "trường có phải gửi bản đăng ký thi đua cho xã k", "HTX có bắt buộc đăng ký thi
#: đua với xã k": the law requires none (Luật 2022 Điều 7), the province's quy chế may (task h339)
#: a title or its review named beside registration: registration asked as its condition
_TITLE_NAMED = re.compile(
    r"\b(?:ldtt|cstdcs|cstd|ttldtt|ttldxs|lao dong tien tien|chien si thi dua|danh hieu"
    r"|tap the lao dong|giay khen|bang khen|(?:duoc|dc|de) xet)\b"
)
#: task h476 (b176 B): the obligation asked bare of a title, no line put up and no law named
#: ("LĐTT có cần đăng ký thi đua k", "muốn xét CSTĐCS thì có phải đăng ký thi đua từ đầu năm
#: học k"): the settled policy's "Tùy" (Luật 2022 Điều 7 drops it as a căn cứ; the province's
#: quy chế may keep it), as the same ask with no title named
_BARE_OBLIGATION_ASKED = re.compile(
    r"\bco (?:can|phai|bat buoc|can phai|bat buoc phai) (?:nop |lam |gui |co )?(?:ban )?"
    # task f199 (b199 F2): "Lđtt có cần đăng ký trước k", "thi đua" left out in a hurry: the
    # pair is registration's already, so the bare "đăng ký" is that registration
    r"dang ky(?: thi dua)?\b(?: \w+){0,6}? (?:khong|ko|k|kg|hong|hok)\b(?! (?:dung|phai)\b)"
)
_REGISTRATION_OBLIGED = re.compile(
    r"\bdang ky thi dua\b(?: \w+){0,5}? co (?:bat buoc|can thiet|can phai)\b"
    # "không phải / không cần đăng ký" claims the rule dropped, read by removal_restated;
    # "chỉ cần đăng ký là được" claims registration enough, which the criteria deny
    # task h477: "có bắt buộc các đơn vị đăng ký thi đua k": who registers may take three words
    r"|\b(?<!khong )(?<!ko )(?<!k )(?<!chi )(?:co )?(?:bat buoc|phai|can) (?:\w+ ){0,3}?"
    r"(?:ban )?"
    r"dang ky thi dua\b"
    # task f199: "thi đua" left out ("LĐTT có cần đăng ký trước k"), asked with "có … không"
    r"|\bco (?:bat buoc|phai|can) dang ky\b(?! thi dua)(?: \w+){0,3}? (?:khong|ko|k|kg)$"
    # task h477: registering for a văn hóa title by its name ("ấp có phải đăng ký phấn đấu ấp
    # văn hóa k", "hộ có cần đăng ký GĐVH k"): the province's quy chế may ask it (Điều 7)
    r"|\b(?<!khong )(?<!ko )(?<!k )(?<!chi )(?:co )?(?:bat buoc|phai|can) (?:\w+ ){0,2}?"
    r"dang ky (?:phan dau )?(?:gdvh|gia dinh van hoa|(?:thon|ap|khom|xom|to dan pho|tdp)"
    r" van hoa)\b"
)
#: a title lost: "không được xét / công nhận / bình xét", "bị loại"
_REGISTRATION_LOSS = re.compile(
    r"\b(?:(?:khong|ko|k) (?:duoc|dc|đc) (?:xet|cong nhan|binh xet|tang)|bi loai)\b|^loai\b"
)
#: "k đăng ký là loại", "không đăng ký là không được xét": "là" joining the loss to the lack
#: as "thì" does (task h390)
_LOSS_AFTER_LA = re.compile(
    r"\b(?:khong|ko|k|chua) dang ky(?: thi dua)? la ((?:bi )?loai\b.*|(?:khong|ko|k) .*)$"
)
#: the line put up for confirmation at the end: "đúng không", "phải k ạ", "có đúng vậy không"
_PUT_UP = re.compile(r"\b(?:dung|phai)(?: (?:vay|the|khong|chua|chu|a|ha|ad|nhi))*$")


#: "tự nguyện" not itself denied ("không tự nguyện"): the claim is that taking part is free
_VOLUNTARY_CLAIMED = re.compile(r"(?<!\bkhong )(?<!\bko )(?<!\bk )(?<!\bchua )\btu nguyen\b")


_BAT_BUOC_DENIED = re.compile(r" (?:khong|ko|k|cha) (?:phai )?bat buoc ")


#: a penalty for staying out ("không tham gia thì bị phạt"): the claim is that taking part is
#: compulsory, whatever negation opens its condition
_PENALTY_CLAIMED = re.compile(r"\b(?:bi|se bi) (?:xu )?(?:phat|xu ly|ky luat)\b")


def claims_penalty(question: str) -> bool:
    """ "hộ nào không tham gia phong trào thì bị phạt, đúng k": a penalty claimed for not
    taking part, which says taking part is compulsory (Luật 2022 Điều 3 khoản 1: tự nguyện)."""
    return _PENALTY_CLAIMED.search(" ".join(tokens(question))) is not None


def claims_voluntary(question: str) -> bool:
    """ "thi đua là tự nguyện hả": the question claims taking part is voluntary, not that it is
    compulsory; a "bắt buộc" also named ("tự nguyện hay bắt buộc") leaves the plain reading."""
    # "thi đua có phải tự nguyện không hay bắt buộc": the yes/no asks its first option only;
    # the one offered after "không hay" is the other answer, no claim (task h320)
    joined = " ".join(tokens(first_option(question)))
    # "tự nguyện chứ không bắt buộc": a "bắt buộc" denied says the same as "tự nguyện"
    free = _BAT_BUOC_DENIED.sub(" ", f" {joined} ")
    return _VOLUNTARY_CLAIMED.search(joined) is not None and "bat buoc" not in free
