"""A letter that tells a story, then asks: where its question starts (the last "vậy", or the
sentences that end the letter and ask), a sentence told before the yes/no that it is the case
of, a yes/no that only points back at what was told ("làm vậy có được không"), a circumstance or
a title told of another year than the one asked, and what a question naming no title asks of
(the commune's flag, a person's year-end review: Lao động tiên tiến)."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.knowledge.facts.asking_words import (
    ADDRESSED,
    ASKERS,
    ASKING_TAILS,
    PARTICLES,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    SENTENCE_ENDS,
)
from bot.knowledge.facts.conditions import NEGATED_CONDITION
from bot.knowledge.facts.model import BREAKS, FactModel
from bot.knowledge.facts.reform_told import NOW_TOLD, STILL_WORDS, still_words
from bot.knowledge.facts.sayings import reports_saying
from bot.knowledge.facts.segment import CONNECTORS, Segment
from bot.knowledge.facts.words import NEGATED, TYPED_NOT
from bot.knowledge.facts.yesno import TAIL_WORDS, is_yesno
from bot.knowledge.retype import introduces

#: words of a yes/no part that only points back at what was told ("làm vậy / như thế có được
#: không", "vậy có đúng không")
POINTERS = frozenset({"lam", "vay", "nhu", "the", "cach", "nay", "do", "thi"})


#: the first word of a two-word phrase of now or of applying ("năm nay", "áp dụng"), dropped
#: where the phrase stands whole
_NOW_PHRASE_HEADS = (["nam", "nay"], ["ap", "dung"])


def still_so(words: list[str]) -> bool:
    """Only pointers, time words and the yes/no tail, with a word of now or of still ("giờ còn
    vậy không"): the clause names no claim of its own. "làm vậy có đúng không" has neither: it
    asks about the case told, not whether a rule still holds."""
    asked = NOW_TOLD | STILL_WORDS
    # "năm nay còn áp dụng k": "áp dụng" asks whether the rule told still holds, as "còn vậy"
    # does, and "năm nay" is a time word as "giờ" is; "ấp" alone (a hamlet, folded alike) names
    # something of its own (fixer f179b)
    words = [w for at, w in enumerate(words) if words[at : at + 2] not in _NOW_PHRASE_HEADS]
    return bool(NOW_TOLD & set(words) or still_words(words)) and all(
        w in TAIL_WORDS or w in POINTERS or w in asked or w in {"bay", "luc"} for w in words
    )


#: a clause that only asks whether the law says so ("luật quy định vậy phải không", "luật có
#: quy định chung cả nước không", "nghị định có bắt không"): the law named, a verb of setting,
#: and words of scope; it names no claim of its own and asks about the clause before it
_LAW_NAMES = frozenset({"luat", "nghi", "nd", "trung", "uong", "nha", "nuoc"})
#: the Law named by its title ("luật TĐKT", "luật thi đua khen thưởng") (task h95)
_LAW_NAMES |= {"tdkt", "thi", "dua", "khen", "thuong"}
_LAW_VERBS = frozenset({"quy", "dinh", "ghi", "bat", "buoc", "yeu", "cau"})
_LAW_SCOPE = frozenset(
    {"chung", "cho", "ca", "toan", "quoc", "ro", "cu", "the", "moi", "tinh", "noi"}
)


def _asks_the_law(words: list[str]) -> bool:
    own = [w for w in words if w not in TAIL_WORDS]
    allowed = POINTERS | _LAW_NAMES | _LAW_VERBS | _LAW_SCOPE
    return (
        bool(own)
        and all(w in allowed for w in own)
        and bool({"luat", "nghi", "nd", "trung", "nha"} & set(own))
        and bool(_LAW_VERBS & set(own))
    )


#: what a pointing clause may ask of what it points at: whether it is right or breaks a rule
#: ("như vậy có sai không", "làm thế có vi phạm quy định không", "vậy có đúng không")
_JUDGED = frozenset({"sai", "dung", "vi", "pham", "trai", "luat", "quy", "dinh", "nguyen", "tac"})
#: or whether it is enough ("như vậy đủ chưa", "thế đã đủ không")
_JUDGED |= {"du", "da"}
#: or whether it is forbidden ("có bị cấm không", "luật có cấm không") (task h148)
_JUDGED |= {"bi", "cam"}
#: task f197 (b197): the law named as the one in force ("có đúng theo luật hiện hành không",
#: "luật hiện hành có cấm không"): which law judges the saying told, no claim of its own. "theo"
#: only with "hiện hành": "vậy theo luật có đúng vậy k" keeps the reading it had (b160)
_LAW_IN_FORCE = frozenset({"hien", "hanh"})


#: a verb of hearing or saying right before a pointer ("nghe vậy", "nói thế", "bảo như vậy"):
#: it names what was told, as the pointer does, and asks nothing of its own
_TOLD_VERBS = frozenset({"nghe", "noi", "bao"})


def _told_pointer(words: list[str], at: int) -> bool:
    return words[at] in _TOLD_VERBS and words[at + 1 : at + 2] in (["vay"], ["the"], ["nhu"])


def refers_back(words: list[str]) -> bool:
    # the law in force named ("theo luật hiện hành") judges; "theo" counts only with "hiện hành"
    judging = _JUDGED
    if "luat" in words:
        judging = judging | _LAW_IN_FORCE | ({"theo"} if "hanh" in words else set())
    own = [
        w
        for at, w in enumerate(words)
        if w not in TAIL_WORDS and w not in judging and not _told_pointer(words, at)
    ]
    if _asks_the_law(words):
        return True
    if not own and {"sai", "luat", "quy", "nguyen", "cam"} & set(words):
        # "có đúng quy định không", "có sai luật không" (task h96): a clause asking only
        # whether it is lawful judges what the story told, as "làm vậy có đúng không" does
        return True
    return bool(own) and all(w in POINTERS for w in own) and bool(POINTERS & set(own) - {"thi"})


#: the words that judge what was told: "đúng không", "sai không", "phải không"
_CONFIRMING = frozenset({"dung", "sai", "phai"})


#: how many parts back a saying may start: "chị kế toán bảo chỉ được nhận 1 khoản, chọn cái
#: cao hơn. Vậy có đúng không" cuts the saying at its comma
_SAYING_PARTS = 3


def confirmed_saying(words: list[str], told: list[list[str]]) -> int:
    """ "… Chị kế toán bảo chỉ được nhận 1 khoản thôi. Nghe vậy đúng không, mỗi khoản bao
    nhiêu": a clause of only pointers and the yes/no tail, after parts reporting what someone
    said, asks whether the saying is right: the saying is the claim asked, even when other asks
    follow it (h174 family 1). Returns how many of the last ``told`` parts hold the saying
    (from the part that reports it), 0 when the clause confirms none."""
    if "lam" in words:
        return 0  # "làm như vậy có đúng không" asks of the act told, read by ``refers_back``
    if (
        not _CONFIRMING & set(words)
        or not all(
            w in TAIL_WORDS
            or w in POINTERS
            or w in _ASKER_WORDS
            or _told_pointer(words, at)
            # fixer f48l (b180): "vậy là đúng à", "như thế là sai à": "là" after the pointer (or
            # first, the "vậy" that opened the question read off)
            or (w == "la" and (at == 0 or words[at - 1] in POINTERS))
            # "số đó đúng k": the figure the saying told, pointed back at
            or (w == "so" and words[at + 1 : at + 2] in (["do"], ["nay"], ["ay"]))
            for at, w in enumerate(words)
        )
    ):
        return 0
    for back in range(1, min(_SAYING_PARTS, len(told)) + 1):
        if reports_saying(" ".join(told[-back])):
            # "nghe nói … nên (em) không làm hồ sơ nữa": the asker's own act follows the
            # saying, and the yes/no may ask of it; the parts keep their reading
            return 0 if _own_act_after(told[-back]) else back
    return 0


#: what a saying's "nên" clause may end on when it is the saying's own conclusion, not the
#: asker's act: "… nên nộp xã là xong / là đủ / là được"
_SUFFICES = (("la", "xong"), ("la", "du"), ("la", "duoc"), ("la", "dc"))


def _own_act_after(words: list[str]) -> bool:
    """ "nghe nói … nên (em) không làm hồ sơ nữa": the asker's own act follows the saying after
    "nên"; "… thuộc thẩm quyền chủ tịch xã nên nộp xã là xong" (fixer f48l, b180) ends on what
    suffices, the saying's own conclusion."""
    if "nen" not in words:
        return False
    after = words[words.index("nen") + 1 :]
    return not any(pair in _SUFFICES for pair in pairwise(after))


#: words that open the question proper after a story ("vậy", "như vậy", "thế thì")
_ASK_WORDS = frozenset({"vay"})
_STORY_WORDS = 10


def final_question(toks: list[str]) -> int | None:
    """Where the question starts after a told story: the last "vậy" with words after it, or
    the first of the sentences that end the letter and ask something."""
    by_sentence = _asking_sentences(toks)
    for i in range(len(toks) - 2, 0, -1):
        if toks[i] not in _ASK_WORDS:
            continue  # only "vậy" can open it: the lists below cost a pass over the question
        rest = [t for t in toks[i + 1 :] if t not in PARTICLES and t not in BREAKS]
        told = [t for t in toks[:i] if t not in BREAKS]
        # only a told situation (a long lead-in) is a story; "… bao nhiêu vậy, hồ sơ gồm gì"
        # is a compound question whose first part still counts
        # "…, vậy em có được …" opens the question; "làm vậy", "như vậy" mean "so doing"
        opens = toks[i - 1] in BREAKS or toks[i - 1] in CONNECTORS or _asks_to_ask(toks, i)
        # "…, giờ còn vậy không": a "vậy" followed only by the yes/no tail means "so", and asks
        # whether what was said before holds; it opens no question of its own
        tail_only = all(t in NEGATED or t in ADDRESSED for t in rest)
        if toks[i] in _ASK_WORDS and opens and rest and not tail_only and len(told) >= _STORY_WORDS:
            if _confirmed_just_before(toks, i):
                # task h403: "làm tròn là làm tròn lên chục nghìn đúng k, vậy TTLĐXS … được bn":
                # the clause before "vậy" puts its own line up to be confirmed; it is asked
                # with the next step, not a story told
                continue
            return i if by_sentence is None or i > by_sentence else by_sentence
    if by_sentence is not None:
        return by_sentence
    told_then = _told_then_asked(toks)
    return told_then if told_then is not None else _mishap_then_asked(toks)


#: a clause put up for confirmation: "… đúng k", "… phải không ạ"
_CONFIRMED_CLAUSE = re.compile(
    r"\b(?:dung|phai|chuan)(?: (?:khong|k|ko|kg|hong|hok|hem|chua|a|ad|ha|nhi|ak|ah))+$"
)


def _confirmed_just_before(toks: list[str], at: int) -> bool:
    """The clause that ends right before ``at`` (at its break) is put up for confirmation."""
    end = at
    while end > 0 and toks[end - 1] in BREAKS:
        end -= 1
    if end == at:
        return False  # "… đúng k vậy": no break, the "vậy" belongs to the clause
    start = end
    while start > 0 and toks[start - 1] not in BREAKS:
        start -= 1
    return _CONFIRMED_CLAUSE.search(" ".join(toks[start:end])) is not None


def _asks_to_ask(toks: list[str], at: int) -> bool:
    """ "… vậy cho tôi hỏi …", "vậy xin hỏi …": a spoken letter with no marks opens its question
    with the request to ask, which no clause of a story holds (task h389)."""
    after = toks[at + 1 : at + 4]
    return (after[:1] == ["xin"] and after[1:2] == ["hoi"]) or (
        after[:1] == ["cho"] and after[1:2] in ([a] for a in ASKERS) and after[2:3] == ["hoi"]
    )


def _told_then_asked(toks: list[str]) -> int | None:
    """ "em hoàn thành xuất sắc nhiệm vụ và đạt LĐTT nhưng không có sáng kiến, có được CSTĐCS
    không": a short message that opens with the asker and tells, clause by clause, what they
    have, then asks one yes/no after the last comma. The told clauses are the case (like a
    letter's story), not parts asked; a message whose earlier clauses ask too is compound."""
    if not toks or toks[0] not in ASKERS:
        return None
    commas = [i for i, t in enumerate(toks) if t in BREAKS]
    if not commas:
        return None
    last = commas[-1]
    asked = [t for t in toks[last + 1 :] if t not in BREAKS]
    if not asked or not is_yesno(asked):
        return None
    if still_so(asked):
        # "em nhớ LĐTT phải có sáng kiến, giờ còn vậy không": the last clause only asks whether
        # what was told holds, so the told clause is the claim asked about, not the asker's case
        return None
    start = 0
    for end in commas:
        told = toks[start:end]
        if told and _asks(told, ""):
            return None
        start = end + 1
    return last


#: a clause that reports what went wrong with an award or its dossier: sent back ("sở trả hồ
#: sơ vì …", "bị trả về"), a paper written wrong ("ghi sai tên", "in nhầm"), a paper lost or
#: spoilt ("mất bằng", "cháy kho làm hỏng bằng"), a person left out ("nhà em không được GĐVH")
_MISHAP = re.compile(
    r"\b(?:bi tra|(?<!kiem )(?<!thanh )tra (?:lai |ve )?ho so"
    # a loss needs its verb: "giải phóng mặt bằng" (site clearance) folds like "mất bằng"
    r"|(?:ghi|in|danh may|go) (?:sai|nham)"
    r"|(?:(?:lam|bi|danh) (?:mat|hong|chay|rach)|that lac) (?:het )?"
    r"(?:bang|giay|huy hieu|ho so|quyet dinh|qd|ky niem chuong|ban goc|ban chinh)|bi chay|mat het"
    r"|chay (?:kho|nha|van phong|tru so)"
    r"|khong ai dua|(?:nha|to|phong|truong) (?:e|em|toi|minh) khong duoc)\b"
)
#: words that make a clause a rule claimed or asked, not a mishap told ("nghe nói phải …",
#: "mất hiện vật là coi như mất danh hiệu"): the ask, even where a mishap word is in it
_RULE_WORDS = frozenset({"phai", "can", "nghe", "dung", "coi", "quy", "bat", "luat", "neu"})


#: "thì" of a condition ("sợ làm sai thì bị trả về"): a rule or a fear, not a mishap told;
#: "thi đua" is no "thì"
_CONDITION_THEN = re.compile(r"\bthi\b(?! dua)")


def _mishap_told(words: list[str]) -> bool:
    """A clause that only tells what went wrong: a mishap named, no rule claimed in it, and no
    asking tail closing it ("… nên chưa phát" tells; "… chưa" alone would ask)."""
    joined = " ".join(words)
    return (
        bool(words)
        and not _RULE_WORDS & set(words)
        and _CONDITION_THEN.search(joined) is None
        and words[-1] not in NEGATED | ASKING_TAILS
        and _MISHAP.search(joined) is not None
    )


def _clause_ends(toks: list[str]) -> list[int]:
    """Where the clauses of ``toks`` end: at each break but a comma inside a figure ("1,5")."""
    return [
        i
        for i, t in enumerate(toks)
        if t in BREAKS
        and not (0 < i < len(toks) - 1 and toks[i - 1].isdigit() and toks[i + 1].isdigit())
    ] + [len(toks)]


def mishap_told(toks: list[str]) -> bool:
    """Whether any clause of ``toks`` (a story's words) tells what went wrong."""
    start = 0
    for end in _clause_ends(toks):
        if _mishap_told([t for t in toks[start:end] if t not in BREAKS]):
            return True
        start = end + 1
    return False


#: the verb of a slip right after who made it ("văn phòng ghi nhầm", "xã làm mất hồ sơ")
_SLIP_VERBS = frozenset({"ghi", "in", "danh", "go", "lam", "de"})
#: the words that run on a unit's name before its verb ("văn phòng UBND xã")
_UNIT_NAMED = frozenset({"ubnd", "ub", "uy", "ban", "xa", "phuong", "dang"})
_SLIP_DONE = re.compile(r"(?:ghi|in|danh may|go) (?:sai|nham)|(?:lam|de) (?:mat|hong|chay|rach)")


def mishap_done_after(toks: list[str], end: int) -> bool:
    """Whether the words from ``end`` name a slip made with an award's paper ("… ghi sai ngày",
    "… in nhầm chức vụ", "… làm mất bằng"): the unit before them made it, and is no recipient."""
    while end < len(toks) and toks[end] in _UNIT_NAMED:
        end += 1  # "văn phòng UBND xã ghi nhầm": the unit's name runs on
    if end >= len(toks) or toks[end] not in _SLIP_VERBS:
        return False
    return _SLIP_DONE.match(" ".join(toks[end : end + 3])) is not None


def _mishap_then_asked(toks: list[str]) -> int | None:
    """ "sở trả hồ sơ vì xã nộp bản photo, hồ sơ phải nộp bản chính đúng k", "nhà em không được
    GĐVH, nghe nói GĐVH do trưởng thôn quyết định, đúng k": a message that first tells what went
    wrong, clause by clause, then asks. The told clauses up to the last mishap are the case (a
    story); their cue words, figures and papers are not what is asked (h273 family 1). Returns
    the index of the break that ends the story, or None."""
    start, end_of_story = 0, None
    for end in _clause_ends(toks):
        words = [t for t in toks[start:end] if t not in BREAKS]
        if end < len(toks) and _mishap_told(words):
            end_of_story = end
        elif end_of_story is None and words and _asks(words, ""):
            return None  # an earlier clause asks: a compound question, not a story
        start = end + 1
    if end_of_story is None:
        return None
    asked = [t for t in toks[end_of_story + 1 :] if t not in BREAKS]
    if "vay" in asked[1:]:
        # "… có thật sự cần đầy đủ vậy không": the ask points back at what was told, it is
        # read whole
        return None
    return end_of_story if asked and _asks(asked, "") else None


def told_before(seg: Segment, before: Segment) -> bool:
    """ "… bị kỷ luật khiển trách vì chậm trễ hồ sơ. Cuối năm vẫn muốn bình LĐTT cho anh ấy,
    có được không?": a yes/no part naming a title after a sentence that only tells the case
    asks whether the title can be had; the told sentence's cue words ("hồ sơ") are the case,
    not an attribute it carries over."""
    if not seg.yesno or before.entities or not before.words:
        return False
    words = before.words
    joined = f" {' '.join(words)} "
    # by its end: "có cán bộ bị …" holds "có cán" (folded like "có cần") and asks nothing
    return not (
        QUESTION_WORDS & set(words)
        or any(f" {p} " in joined for p in QUESTION_PHRASES)
        or set(words[-3:]) & (NEGATED | ASKING_TAILS | {"chu"})
    )


#: negations that make the question word after them (or after "có") mean none
_NONE_BEFORE = NEGATED | TYPED_NOT | {"cha"}
#: words that open what follows a case ("không có thì cần gì"): the question word asks again
_CONSEQUENCE = frozenset({"thi", "can", "phai", "lam", "sao"})


def _none(words: list[str], at: int) -> bool:
    """ "không ai có sáng kiến", "chưa có gì", "chưa ai có sáng kiến nào": the question word at
    ``at`` follows a negated "ai" / "có" in its clause and means none; it asks nothing. "không
    rõ ai ký" still asks who, and so does "không có thì cần gì" (a consequence follows)."""
    window = words[max(at - 5, 0) : at + 1]
    for i, (a, b) in enumerate(pairwise(window)):
        if a in _NONE_BEFORE and b in {"ai", "co"}:
            return not _CONSEQUENCE & set(window[i + 2 :])
    return False


def _asks(words: list[str], ended_by: str) -> bool:
    if ended_by == "?":
        return True
    if not words:
        return False
    joined = f" {' '.join(words)} "
    # "năm nào cũng được công nhận", "ai cũng hoàn thành": "nào / ai … cũng" means every,
    # it asks nothing
    asking = {
        w
        for i, w in enumerate(words)
        if w in QUESTION_WORDS and words[i + 1 : i + 2] != ["cung"] and not _none(words, i)
    }
    return (
        is_yesno(words)
        or bool(QUESTION_WORDS & asking)
        or any(f" {p} " in joined for p in QUESTION_PHRASES)
    )


def _asking_sentences(toks: list[str]) -> int | None:
    """ "Tháng 10/2026 lũ lớn, anh B … cứu 2 cháu. Xã muốn khen ngay. Xin hỏi ai tặng, hồ sơ gì
    và thưởng bao nhiêu?": the sentences that end the letter and ask something are the question;
    the told sentences before them (at least :data:`_STORY_WORDS` words) are its story. Returns
    the index of the sentence end just before the question, or None."""
    sentences: list[tuple[int, list[str], str]] = []  # (index of the end before, words, end)
    start = -1
    for i, tok in enumerate([*toks, "."]):
        if tok == "." and 0 < i < len(toks) - 1 and toks[i - 1].isdigit() and toks[i + 1].isdigit():
            continue  # "2.530.000"
        if tok in SENTENCE_ENDS:
            words = [t for t in toks[start + 1 : i] if t not in BREAKS]
            if words:
                sentences.append((start, words, tok))
            start = i
    if len(sentences) < 2:
        return None  # one sentence is all question or all told: no story before a question
    first = len(sentences)
    while first > 0 and _asks(sentences[first - 1][1], sentences[first - 1][2]):
        first -= 1
    if first == 0 or first == len(sentences):
        return None
    if sentences[0][2] == "?" and is_yesno(sentences[0][1]):
        # fixer f48l (b180): "LĐTT thì k được thưởng đồng nào à? kế toán xã bảo chỉ có tên trong
        # quyết định thôi. mà ai ký quyết định đó": a letter that opens on its own yes/no ask
        # tells no story before its question; the saying after it is what the ask doubts
        return None
    told = sum(len(words) for _, words, _ in sentences[:first])
    return sentences[first][0] if told >= _STORY_WORDS else None


#: what befalls the asker and counts only in its own year ("bị kỷ luật năm 2025")
_OF_A_YEAR = frozenset(
    {"ky_luat", "moi_tuyen", "thai_san", "chuyen_cong_tac", "di_hoc", "nghi_om"}
    # a level of duty is rated year by year too: "năm 2025 chỉ HTNV …, năm 2026 HTXS, có
    # sáng kiến, năm 2026 có được CSTĐCS không" (issue 11, h321)
    | {"htnv", "httnv", "htxs"}
)


def other_years(segments: list[Segment], asked: list[Segment], toks: list[str]) -> None:
    """ "năm 2025 em bị kỷ luật …. năm 2026 em có được xét LĐTT không": a circumstance told of
    another year than the one asked is no case of the year asked (titles are judged year by
    year), so the story's sentence does not pass it on."""
    said = list(pairwise(toks))
    past = [i for i, pair in enumerate(said) if pair in _LAST_YEAR]
    now = [i for i, pair in enumerate(said) if pair == ("nam", "nay")]
    if past and now and past[0] < now[-1]:
        # "bị khiển trách năm ngoái thì năm nay có được LĐTT không": the sentence telling the
        # case holds no "năm nay", the one asking does
        for seg in segments:
            if (seg.story or not is_yesno(seg.words)) and "nay" not in seg.words:
                if "ky_luat" in seg.subjects:
                    _discipline_past(asked)
                seg.subjects = [s for s in seg.subjects if s not in _OF_A_YEAR]
    _discipline_dated_before(asked)
    dated = [years_in(seg.words) for seg in asked]
    wanted = next((years for years in reversed(dated) if years), set())
    told = {w for seg in segments for w in years_in(seg.words)}
    if not wanted and len(told) > 1 and any(("nam", "nay") in pairwise(s.words) for s in asked):
        # "năm 2025 bị khiển trách, năm 2026 hoàn thành tốt … vậy năm nay có được LĐTT không":
        # the story runs up to the year it is told in, so "năm nay" is the latest year it names
        wanted = {max(told)}
    if len(wanted) != 1:
        return
    for i, seg in enumerate(segments):
        years = years_in(seg.words)
        after = segments[i + 1].words if i + 1 < len(segments) else []
        if not years and seg.words[-1:] == ["nam"] and after and all(map(_YEAR.fullmatch, after)):
            # "bị kỷ luật năm ngoái (2025), còn năm 2026 …": the year in brackets is read as a
            # segment of its own; it dates the one before it (task h475)
            years = set(after)
        # a sentence that tells (no yes/no of its own): "anh ấy bị cảnh cáo năm 2025 rồi"
        if (seg.story or not is_yesno(seg.words)) and years and not years & wanted:
            if "ky_luat" in seg.subjects and max(years) < min(wanted):
                _discipline_past(asked)
            seg.subjects = [s for s in seg.subjects if s not in _OF_A_YEAR]

    if any("ky_luat_truoc" in seg.subjects for seg in asked):
        # "… có người bảo bị kỷ luật thì 2 năm sau mới được xét": once the asker's discipline
        # is dated to an earlier year, a rule someone is said to state names no case of theirs
        for seg in segments:
            said = set(pairwise(seg.words)) & _SAID_RULE
            if said and seg not in asked and not is_yesno(seg.words):
                seg.subjects = [s for s in seg.subjects if s != "ky_luat"]


#: the words that tell a discipline: "khiển trách", "cảnh cáo", "kỷ luật"
_DISCIPLINE_WORDS = frozenset({("khien", "trach"), ("canh", "cao"), ("ky", "luat")})


def _discipline_dated_before(asked: list[Segment]) -> None:
    """ "bị khiển trách tháng 11/2025 thì LĐTT năm 2026 còn xét được k": one asking part dates
    the discipline to a year before the "năm …" it asks of; the rule bars a discipline of the
    year reviewed only (Luật 2022 Điều 24 khoản 1; TT 15/2025), so it is an earlier year's
    (task f186)."""
    for seg in asked:
        if "ky_luat" not in seg.subjects or not is_yesno(seg.words):
            continue
        words = seg.words
        told = next(
            (i for i, pair in enumerate(pairwise(words)) if pair in _DISCIPLINE_WORDS), None
        )
        if told is None:
            continue
        years = [(i, int(w)) for i, w in enumerate(words) if _YEAR.fullmatch(w) and i > told]
        asked_years = [y for i, y in years if words[i - 1] == "nam"]
        if len(years) < 2 or not asked_years or years[0][1] >= asked_years[-1]:
            continue
        seg.subjects = [s for s in seg.subjects if s != "ky_luat"]
        seg.add(seg.subjects, "ky_luat_truoc")


def _discipline_past(asked: list[Segment]) -> None:
    """The rule bars a discipline "trong năm" only: one of an earlier year, told, is the case
    the title's facts answer "Có" to (the asker still has to meet the criteria this year)."""
    for seg in asked:
        if is_yesno(seg.words) and "ky_luat" not in seg.subjects:
            seg.add(seg.subjects, "ky_luat_truoc")


_YEAR = re.compile(r"20\d\d")


def years_in(words: list[str]) -> set[str]:
    """The words that are years ("2025"). s47b: only a word opening "20" is matched (a slice,
    no call; the pattern was asked of every word of every segment, 18,000 calls a round)."""
    return {w for w in words if w[:2] == "20" and _YEAR.fullmatch(w)}


#: a rule told as someone's word: "có người bảo …", "nghe nói …"
_SAID_RULE = frozenset(
    {
        ("nguoi", "bao"),
        ("nguoi", "noi"),
        ("nghe", "noi"),
        ("nghe", "bao"),
        ("ta", "noi"),
        ("ta", "bao"),
    }
)
#: a year before the one asked, told without its number ("năm qua" is the year under review)
_LAST_YEAR = frozenset({("nam", "ngoai"), ("nam", "truoc"), ("nam", "roi"), ("nam", "kia")})

#: a person's circumstance told at the unit's year-end review (not discipline: its own entry
#: answers every title a disciplined person loses)
_PERSON_CASES = frozenset(
    {"moi_tuyen", "thai_san", "nghi_om", "hop_dong", "chuyen_cong_tac", "di_hoc"}
)
#: "bình xét thi đua", "xét thi đua": a person's year-end review with no title named
_REVIEW_WORDS = re.compile(r"\b(?:binh xet|xet|binh bau|bau) thi dua\b")
#: task h128: the review named bare ("được bình xét") beside a wait asked ("bao lâu")
_BARE_REVIEW = re.compile(r"\b(?:binh xet|duoc xet|binh bau)\b")
_HOW_LONG = re.compile(r"\b(?:bao lau|may thang|bao nhieu thang)\b")


def bare_flag(segments: list[Segment]) -> None:
    """ "chủ tịch xã có tự tặng cờ thi đua cho trường được không": "cờ thi đua" with no title
    named anywhere is the flag a commune's collective may have, the UBND tỉnh's (Luật 2022 Điều
    26; the Government's flag is chosen among those); with a title named it stays a thing that
    title comes with (task h113)."""
    if any(seg.entities for seg in segments):
        return
    for seg in segments:
        if "co thi dua" in " ".join(seg.words):
            seg.add(seg.entities, "co_thi_dua_tinh")
            return


def person_review_title(segments: list[Segment]) -> None:
    """ "người mới vào làm 4 tháng có được bình xét thi đua không": a person's case is told and
    the year-end review asked with no title named anywhere; the title a person's year-end review
    decides first is Lao động tiên tiến (Luật 2022 Điều 24; the others need it), so the part
    asking is read of it (task h113)."""
    if any(seg.entities for seg in segments):
        return
    if not any(_PERSON_CASES & set(seg.subjects) for seg in segments):
        return
    for seg in segments:
        joined = " ".join(seg.words)
        if ((seg.yesno or is_yesno(seg.words)) and _REVIEW_WORDS.search(joined)) or (
            # "người mới vào làm bao lâu thì được bình xét": the wait asked, the review bare
            _HOW_LONG.search(joined) and _BARE_REVIEW.search(joined)
        ):
            seg.add(seg.entities, "ldtt")
            return


#: the asker's own pronoun ("em", "tôi", "mình"): a "chi" after it is "chỉ", not "chị"
_ASKER_WORDS = frozenset({"e", "em", "toi", "minh", "tui"})


#: the units and levels an asker works at ("văn phòng UBND xã", "trường", "thôn 5"): where
#: the asker is, not who; who they are ("công chức", "nông dân", "mới tuyển") may be what an
#: implicit "may I" asks about ("tôi là nông dân …, có được xét LĐTT không")
WHERE_ASKER_IS = frozenset({"tap_the", "xa", "thon"})


def asker_introduced(segments: list[Segment]) -> bool:
    """The first part only says who or where the asker is ("em làm văn phòng UBND xã", "mình
    ở thôn 5", "bên trường em hỏi chút") and the rest never points back at the asker: the
    unit it names is where the asker works, not whom the question is about. "em ở văn phòng
    xã, em có được xét LĐTT không" asks of the asker, so there it stays a subject."""
    return introduced_parts(segments) > 0


def introduced_parts(segments: list[Segment]) -> int:
    """How many opening parts only greet or say who or where the asker is ("dạ em chào anh",
    "em là Hương VP xã"), when the rest never points back at the asker; 0 otherwise. A
    greeting before the words of who asks is part of the introduction (task f184)."""
    count = 0
    while count < len(segments) - 1:
        part = segments[count]
        if len(part.words) < 2 or part.entities or part.yesno:
            break
        if not introduces(" ".join(part.words)):
            break
        count += 1
    rest = {w for s in segments[count:] for w in s.words}
    return count if count and not _ASKER_WORDS & rest else 0


#: what a part asks when it asks whether a title may be had (its route, its years)
_WHETHER_HAD = frozenset({"eligible", "criteria", "initiative", "consecutive"})
#: words right before a title that tell it as the asker's own record ("đạt LĐTT", "không đạt
#: LĐTT", "chỉ mới LĐTT"), not as a title asked about
_RECORD_WORDS = frozenset({"dat", "moi"})


def record_before_asked(segments: list[Segment], model: FactModel) -> None:
    """ "năm nay em không đạt LĐTT nhưng có sáng kiến, có lên thẳng CSTĐCS được không", "em chỉ
    mới LĐTT nhưng có sáng kiến …, có nhảy thẳng lên CSTĐ tỉnh được không": a clause that only
    tells a title the asker reached (or did not), followed by a clause asking yes or no about
    another title, tells a condition of that other title, as "nếu (không) đạt X thì …" does
    inside one clause (``drop_conditions``); the told title is not answered on its own. A
    title told "chỉ (mới)" is the only one held: the asked title's prerequisite that it is not
    is then told not reached (task h107)."""
    for n, told in enumerate(segments[:-1]):
        if not told.mentions or (is_yesno(told.words) and not _lack_closing(told)):
            continue
        # three words before each title: "chỉ mới đạt LĐTT" tells "only" before "mới đạt"
        record = [
            (e, tuple(told.words[max(at - 4, 0) : at]))
            for e, at, before in told.mentions
            if _RECORD_WORDS & set(before)
        ]
        if len(record) != len(told.mentions) or len({e for e, _ in record}) != 1:
            continue
        held, before = record[0]
        asking = next((s for s in segments[n + 1 :] if s.entities and is_yesno(s.words)), None)
        if asking is None or held in asking.entities or held not in model.yearly:
            continue
        if set(asking.attrs) - _WHETHER_HAD or any(
            set(before[-1:]) & {"nhu", "giong"} for _, _, before in asking.mentions
        ):
            # "đạt TTLĐTT, có được tặng bằng chứng nhận như TTLĐXS không": what comes with the
            # held title is asked, the other only compared; not whether the other may be had
            continue
        negated = bool(NEGATED_CONDITION & set(before[-3:]))
        # "em chỉ mới (đạt) LĐTT": "chỉ" folds like "chị", so "only" is read after the asker's
        # own pronoun ("chị đạt LĐTT" tells whose record it is)
        only = not negated and any(
            pair == ("chi", "moi") and (k == 0 or before[k - 1] in _ASKER_WORDS)
            for k, pair in enumerate(pairwise(before))
        )
        if told.story and not (negated or only) and not _held_short(model, held, asking, segments):
            # a story's titles reached are the asker's record, read as such elsewhere
            continue
        cases = set()
        for entity in asking.entities:
            for fact in model.facts.get(entity, {}).values():
                cases |= set(fact.by_subject)
        if negated:
            case = f"khong_dat_{held}"
        elif only:
            # "chỉ mới LĐTT": no other title held, so the prerequisite named by the asked
            # title's own "khong_dat_" case is not reached
            # a title's prerequisite title, not registration (no title held)
            unmet = (
                c
                for c in sorted(cases)
                if c.startswith("khong_dat_") and c.removeprefix("khong_dat_") in model.yearly
            )
            case = next((c for c in unmet if c != f"khong_dat_{held}"), None)
        else:
            case = f"dat_{held}"
        told.entities = [e for e in told.entities if e != held]
        told.mentions = []
        if not told.entities:
            # the clause's other words ("nhưng có sáng kiến") tell the case, they ask nothing
            told.attrs, told.weak = [], []
        if case is not None and case in cases:
            asking.subjects.insert(0, case)


def _lack_closing(told: Segment) -> bool:
    """ "… nhưng năm đó k đạt LĐTT": the clause closes on a title told not reached, whose
    negation reads like a yes/no tail but tells the record (task h279)."""
    _, at, before = told.mentions[-1]
    return (
        at == len(told.words) - 1
        and bool(NEGATED_CONDITION & set(before))
        and bool(_RECORD_WORDS & set(before))
    )


def _held_short(model: FactModel, held: str, asking: Segment, segments: list[Segment]) -> bool:
    """A title held that the asked title's rule of who may have it names as falling short
    ("3 năm liền đạt LĐTT" asked of CSTĐ tỉnh, which counts CSTĐCS): the story's record is
    then the case asked (task h279; Luật 2022 Điều 22 khoản 1 điểm a). Not when the story
    names another title too ("2023 CSTĐCS, 2024 chỉ LĐTT"): a record of years, read elsewhere."""
    named = {held, *asking.entities}
    if any(set(seg.entities) - named for seg in segments):
        return False
    case = f"dat_{held}"
    for entity in asking.entities:
        eligible = model.fact(entity, "eligible")
        if eligible is not None and case in eligible.by_subject:
            return True
    return False


#: words right before a title named as the one put up for the person ("đề nghị CSTĐCS cho …",
#: "xét CSTĐCS", "tặng CSTĐCS"): the title wanted, not one already held
_PUT_UP_WORDS = frozenset({"nghi", "xet", "tang"})


def record_after_wanted(segments: list[Segment], model: FactModel) -> None:
    """ "MTTQ đề nghị CSTĐCS cho chủ tịch hội, hoàn thành xuất sắc nv, đạt LĐTT, không sáng
    kiến, được không": a clause that only tells a title held ("đạt LĐTT"), after a clause that
    puts another title up for the person and before a yes/no naming no title, tells a
    condition of the title put up, as ``record_before_asked`` reads it when the yes/no names
    the title; the held title is not the one asked (task h242)."""
    for n, told in enumerate(segments[1:-1], start=1):
        # a clause that closes with the yes/no ("vậy trường đạt TTLĐTT không") asks it
        if not told.mentions or told.story or is_yesno(told.words):
            continue
        held = {e for e, _, before in told.mentions if _RECORD_WORDS & set(before[-2:])}
        if len(held) != 1 or len(told.mentions) != len(told.entities) or set(told.entities) - held:
            continue
        (title,) = held
        wanted = next(
            (
                s
                for s in reversed(segments[:n])
                if any(e != title and _PUT_UP_WORDS & set(b[-2:]) for e, _, b in s.mentions)
            ),
            None,
        )
        later = segments[n + 1 :]
        if (
            wanted is None
            or title not in model.yearly
            or any(s.entities for s in later)
            or not any(is_yesno(s.words) for s in later)
        ):
            continue
        told.entities, told.mentions, told.attrs, told.weak = [], [], [], []
        case = f"dat_{title}"
        cases = {
            c
            for e in wanted.entities
            for f in model.facts.get(e, {}).values()
            for c in f.by_subject
        }
        if case in cases:
            wanted.subjects.insert(0, case)
