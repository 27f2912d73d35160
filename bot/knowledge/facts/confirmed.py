"""What a question puts up for confirmation, against what the fact states.

"Có" when the body states every figure and name a yes/no asks to confirm ("X là <kind> phải
không", "trưởng thôn xác nhận … được không"); the figures or circumstances a question states that
the rule does not (the case is then left undecided); a bare "đúng không" pointing back at a
sentence told before it.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words, sentences
from bot.knowledge.facts.asking_words import clause_start
from bot.knowledge.facts.claim import (
    COMMON_SYLLABLES,
    figure_verdict,
    in_fact_terms,
    thing_asked,
    with_text_years,
)
from bot.knowledge.facts.claimed_deciders import OPENERS
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.verdict import asking_sentence, asks_yesno
from bot.knowledge.retype import REPORTED, without_introduction

__all__ = [
    "circumstance",
    "confirmed_verdict",
    "heard_not_asked",
    "kind_of",
    "old_figure_said",
    "sentence_confirmed",
    "two_names",
    "unconfirmed",
]

#: what ties "A … B" as a thing and its kind: "A có phải (là) B", "A là B", "A thuộc B"
_KIND_ASKED = re.compile(r" (?:co phai la|co phai|phai la|la|thuoc) ")


def two_names(question: str, entity: str, model: FactModel) -> tuple[str, str] | None:
    """ "khen chuyên đề có phải là khen theo đợt không": the two different names (folded) of
    ``entity`` on either side of "có phải (là)"; None unless each side names it."""
    folded = f" {' '.join(tokens(question))} "
    tie = _KIND_ASKED.search(folded)
    if tie is None:
        return None
    sides = []
    for side in (folded[: tie.start()], folded[tie.end() :]):
        words = side.split()
        found = [
            " ".join(words[i : i + n])
            for i in range(len(words))
            # no phrase is longer than the longest one its first word starts (s42)
            for n in range(min(model.starts.get(words[i], 0), len(words) - i), 0, -1)
            if (p := model.phrases.get(tuple(words[i : i + n]))) is not None
            and p.kind == "entity"
            and p.key == entity
        ]
        if not found:
            return None
        sides.append(max(found, key=len))
    if sides[0] == sides[1] or sides[0] in sides[1] or sides[1] in sides[0]:
        return None
    return sides[0], sides[1]


def kind_of(question: str, body: str, values: dict[str, str]) -> str | None:
    """ "X là <kind> phải không" against the clause of the body that names X most: "Có" when
    that clause gives X the kind claimed, "Không" when it does not or denies it ("không phải
    hình thức khen thưởng"); None when the question claims no kind or no clause names X."""
    asked = tokens(question)
    said = " " + " ".join(asked) + " "
    value = next((v for v in sorted(values, key=len, reverse=True) if f" la {v} " in said), None)
    if value is None:
        return None
    at = said.index(f" la {value} ")
    subject = {t for t in said[:at].split() if t.isalpha()} - COMMON_SYLLABLES
    if not subject:
        return None
    best: tuple[int, list[str]] = (0, [])
    for clause in re.split(r"[.;]\s*", body):
        toks = tokens(clause)
        shared = len(subject & set(toks))
        if shared > best[0]:
            best = (shared, toks)
    shared, toks = best
    if shared * 2 < len(subject):
        return None
    text = " " + " ".join(toks) + " "
    found = text.find(f" {value} ")
    if found < 0:
        return "Không"
    return "Không" if " khong " in text[max(0, found - 14) : found + 1] else "Có"


#: a figure in the question ("25/11", "50%", "10 ngày"), not a year
# a comma and a space after it end the clause ("trước 25/11, đúng k"), no decimal (task h142)
_FIGURE = re.compile(r"(?<![\d/.,])\d{1,3}(?:[/.,]\d{1,2})?(?![\d/.]|,\S)")
#: words that make a clause conditional or one route among several
_CONDITIONAL = ("chi khi", "neu ", "hoac", "tuy ", "moi can", "truong hop", "khi de nghi")
#: two names of one paper joined by "hoặc" (Luật 2022 Điều 84 khoản 1 điểm d: "chứng nhận hoặc
#: xác nhận của cấp có thẩm quyền về sáng kiến"): no route among several, the paper itself
_ONE_PAPER = re.compile(r" (?:chung nhan hoac xac nhan|xac nhan hoac chung nhan) ")


def _figures(text: str) -> set[str]:
    folded = with_text_years(" ".join(fold(text).split()))
    return {m.replace(",", ".") for m in _FIGURE.findall(folded)}


def _named_in_full(toks: list[str], model: FactModel | None) -> list[str]:
    """ "cstdcs" → "chien si thi dua co so": a title typed as an abbreviation is compared with
    the fact in the words the fact writes it in."""
    if model is None:
        return toks
    out: list[str] = []
    i = 0
    while i < len(toks):
        key, size = model.title_at(toks, i)
        if size:
            out.extend(tokens(model.entities[key]))
        else:
            out.append(toks[i])
        i += size or 1
    return out


def confirmed_verdict(question: str, body: str, model: FactModel | None = None) -> str | None:
    """ "Có" when the body states what a yes/no question asks to confirm: every figure the
    question gives ("xong trước 25/11 đúng không", "cần trên 50 % …"), or the thing after
    "cần / phải" named in one of its clauses ("hồ sơ CSTĐCS có cần biên bản họp hội đồng");
    "Tùy" when that clause is conditional or one route of several ("… hoặc có sáng kiến")."""
    found = _confirmed_in(question, body, model)
    if found is None and (asking := asking_sentence(question)):
        # a letter's story lends the claim figures and words that are its case, not what is
        # put up ("phát động đợt 2 vào 19/5/2026. … là ngày 11/6 đúng k"): the asking sentence
        # alone is read again (task h150)
        found = _confirmed_in(asking, body, model)
    if found is None and (bare := _bare_ask(question)) not in ("", question):
        # task f184: the ask wrapped in a greeting and a word of who asks ("chào ad tôi là
        # trưởng thôn 2, biên bản … có cần ghi … k ạ?") or a line after it ("mai tôi nộp rồi
        # 🙏"): the wrapping lends figures and words that are no part of the claim
        found = _confirmed_in(bare, body, model)
    return found


def _bare_ask(question: str) -> str:
    """The sentence of ``question`` that asks yes or no (the last that does), without the
    leading clauses that only greet or say who asks; "" when no sentence asks."""
    parts = sentences(question)
    # a sentence closed by "?" is the ask; "Sếp đang đợi ạ" after it only presses
    asking = [s for s in parts if s.rstrip().endswith("?") and asks_yesno(s)] or [
        s for s in parts if asks_yesno(s)
    ]
    return without_introduction(asking[-1]) if asking else ""


def _confirmed_in(question: str, body: str, model: FactModel | None) -> str | None:
    figures = _figures(question)
    if figures:
        return "Có" if figures <= _figures(body) else None
    asked = tokens(question)
    marks = [i for i, t in enumerate(asked) if t in {"can", "phai"}]
    if not marks:
        # "… có thủ tục đơn giản không", "có nhận cả hai khoản không": a thing asked to exist
        # or be done, confirmed the same way when a clause of the body states it
        marks = thing_asked(asked)
    if not marks:
        return _actor_named(asked, body)
    typed = asked[marks[-1] + 1 :]
    # "báo cáo thành tích cá nhân k cần ai xác nhận đúng k": the thing claimed not needed; a
    # body stating it as required says the claim is wrong (task h419)
    # ("không phải" is "is not", no need denied: only "không cần")
    unneeded = (
        asked[marks[-1]] == "can" and marks[-1] > 0 and asked[marks[-1] - 1] in _NOT_NEEDED_BEFORE
    )
    if unneeded:
        # "k cần ai xác nhận đúng k": no one claimed to act, the confirming tail no claim
        while typed and typed[-1] in _CONFIRM_TAIL:
            typed = typed[:-1]
        typed = [t for t in typed if t != "ai"]
    # a title is compared in the words the fact writes it in; a phrase that also names a title
    # ("thủ tục đơn giản" is khen đột xuất) may be stated in the typed words themselves
    # … and a claim in other words in the facts' words for its meaning (meanings.yaml)
    candidates = (
        tuple(_named_in_full(typed, model)),
        tuple(typed),
        tuple(in_fact_terms(typed, model.meanings if model else ())),
    )
    for claimed in dict.fromkeys(candidates):
        wanted = {t for t in claimed if t.isalpha() and t not in COMMON_SYLLABLES}
        if len(wanted) < 2:
            continue
        for sentence in re.split(r"(?<=[.;])\s+", body):
            folded = tokens(sentence)
            shared = wanted & set(folded)
            if len(shared) >= max(2, -(-len(wanted) * 3 // 5)):
                # an aside in brackets ("kết quả biểu quyết hoặc bỏ phiếu kín") is no condition
                text = " ".join(tokens(re.sub(r"\([^)]*\)", " ", sentence))) + " "
                if "khong can" in text or "khong phai" in text or "khong bat buoc" in text:
                    return None  # said not needed: not_needed decides, never "Có" here
                head = next((t for t in claimed if t in wanted), "")
                if f" khong {head} " in f" {text}":
                    # "… giấy khen của xã thì không trình tỉnh": the sentence denies the thing
                    # asked for one case; it confirms nothing
                    return None
                # whole words: "kế hoạch" folds to "ke hoach", which holds "hoac" (or)
                words = _ONE_PAPER.sub(" xac nhan ", f" {text}")
                if any(f" {c.strip()} " in words for c in _CONDITIONAL):
                    return "Tùy"
                return "Không" if unneeded else "Có"
    return None if unneeded else _actor_named(asked, body)


#: the words before "cần / phải" that claim a thing is not needed ("k cần", "không phải")
_NOT_NEEDED_BEFORE = frozenset({"khong", "k", "ko", "kg", "chang", "cha"})
#: the words confirming a claim at its end ("đúng không", "phải k ạ")
_CONFIRM_TAIL = frozenset(
    {"dung", "phai", "khong", "k", "ko", "kg", "hong", "a", "ha", "ad", "nhi"}
)


#: what one does in a procedure: "trưởng thôn xác nhận …", "tổ trưởng có chủ trì … không"
_ROLES = (("xac", "nhan"), ("chu", "tri"), ("tham", "muu"), ("to", "chuc"), ("ky",))


#: a last sentence that only asks whether the one before is right: "em không biết đúng không",
#: "có đúng không ạ", "đúng k"
_BARE_CONFIRM = re.compile(
    r"^(?:(?:e|em|toi|minh|a|anh|chi) )?(?:(?:khong|ko|k|chua) (?:biet|ro) )?(?:co )?"
    r"(?:dung|phai) (?:khong|ko|k|hong)(?: (?:a|ad|ha|vay))?$"
)


def sentence_confirmed(question: str) -> str | None:
    """The sentence a bare last one ("em không biết đúng không") confirms, or None."""
    sentences = [s for s in re.split(r"[.?!\n]+", question) if s.strip()]
    if len(sentences) < 2:
        return None
    last = " ".join(t for t in tokens(sentences[-1]) if t.isalnum())
    return sentences[-2] if _BARE_CONFIRM.match(last) else None


def _actor_named(asked: list[str], body: str) -> str | None:
    """ "trưởng thôn xác nhận báo cáo thành tích được không", "tổ trưởng tổ dân phố có chủ trì
    bình xét không": who the question says does a step (the words before its role verb) is
    named for that step in one sentence of the fact, brackets and alternatives included
    ("xác nhận của thủ trưởng hoặc trưởng thôn") → "Có"; None otherwise (never "Không": the
    fact may name them in other words)."""
    start = 0
    while start < len(asked) and (asked[start] in OPENERS or not asked[start].isalnum()):
        start += 1
    for at in range(start + 2, len(asked)):
        role = next((r for r in _ROLES if tuple(asked[at : at + len(r)]) == r), None)
        if role is None:
            continue
        end = at - 1 if asked[at - 1] in {"co", "duoc", "se"} else at
        # "xã em mới sáp nhập, trưởng thôn có chủ trì …", "năm nay trưởng thôn …": the actor
        # is in the asking clause, after any context or time said before it
        begin = max(start, clause_start(asked, end))
        while begin < end and asked[begin] in OPENERS:
            begin += 1
        actor = asked[begin:end]
        if len(actor) < 2 or not all(t.isalpha() for t in actor):
            return None
        for sentence in re.split(r"(?<=[.;])\s+", body):
            toks = tokens(sentence.replace("(", " ").replace(")", " "))
            joined = f" {' '.join(toks)} "
            # the head of the actor is enough: "thủ trưởng cơ quan" is the fact's "thủ trưởng"
            heads = (actor[:size] for size in range(len(actor), 1, -1))
            if not any(f" {' '.join(h)} " in joined for h in heads):
                continue
            if f" {' '.join(role)} " not in joined:
                continue
            at_role = joined.find(f" {' '.join(role)} ")
            if any(
                f" {n} " in joined[max(at_role - 12, 0) : at_role + 1] for n in ("khong", "chua")
            ):
                return None
            return "Có"
        return None
    return None


#: a circumstance the asker is in ("bị xử phạt", "vi phạm", "nếu …"): the general rule of who
#: may get a title does not say what it does to them
#: "không bị gì", "chưa bị kỷ luật": a circumstance denied is none
_CIRCUMSTANCE = re.compile(
    r"\b(?<!khong )(?<!\bk )(?<!\bko )(?<!chua )(?:bi(?! thu)|vi pham)\b"
    r"|\b(?:neu|truong hop)\b"
    # "mất" (died, lost) is a case told; "Mặt trận Tổ quốc" is a named organisation and "mọi
    # mặt / các mặt / về mặt" an aspect, which fold alike and tell no case (task h102)
    r"|(?<!\bmoi )(?<!\bcac )(?<!\bve )(?<!\bnhieu )(?<!\bmot )\bmat\b(?! tran\b)"
)


def unconfirmed(question: str, fact: Fact) -> bool:
    """The question states a figure ("3 năm mới xét 1 lần") the rule does not: who may get the
    title does not answer it."""
    # months of service ("mới tuyển 8 tháng") are read against the 6-month rule by the analyser
    # and a month of the year ("tuyển từ tháng 4, đến tháng 12") dates the case, claims nothing
    # "… nếu QĐ ký ngày 20/12/2026": the date of the decision dates the prize, claims nothing
    folded = _DATED_DECISION.sub(" ", " ".join(fold(question).split()))
    # "ông 70 tuổi vẫn trồng vườn", "nhà chỉ còn 2 ông bà": an age or the people of a home
    # describe the one asked about, no bound of a rule ("trên 60 tuổi" stays a claim) (h302)
    folded = _AGE_TOLD.sub(" ", folded)
    # "có tặng cho cả 3 đối tượng cá nhân, tập thể, hộ gia đình k": the count of the kinds the
    # question lists is that list, no figure of a rule (fixer f49l; Luật 2022 Điều 75)
    folded = _KINDS_COUNTED.sub(
        lambda m: " " if _kinds_listed(folded) == int(m[1]) else m[0], folded
    )
    # task f194a (b194 F1): "cho thon 2", "xóm 5", "tổ dân phố 3": the number names the place
    # (thôn are numbered), no figure of a rule
    folded = _PLACE_NUMBERED.sub(" ", folded)
    question = folded
    months = set(re.findall(r"(\d{1,3}) thang", folded) + re.findall(r"thang (\d{1,2})\b", folded))
    figures = _figures(question) - {"1"} - months
    return bool(figures - _figures(fact.text))


#: a thôn, xóm, ấp or tổ dân phố named by its number ("thôn 2"), not a count after it ("thôn 2
#: năm liền", "thôn 3 lần")
_PLACE_NUMBERED = re.compile(
    r"\b(?:thon|xom|ap|to dan pho|tdp|khu pho) \d{1,2}\b"
    r"(?! ?(?:nam|lan|thang|ngay|nguoi|ho|%|phan tram|trieu|nghin|dong)\b)"
)
#: a count of kinds of recipient ("cả 3 đối tượng", "2 loại"), read against the kinds listed
_KINDS_COUNTED = re.compile(r"\b(?:ca )?(\d) (?:doi tuong|loai doi tuong|loai|nhom)\b")
#: the recipients a giấy khen or a title is given to (Luật 2022 Điều 75: cá nhân, tập thể, hộ
#: gia đình)
_RECIPIENT_KINDS = re.compile(r"\b(?:ca nhan|tap the|ho gia dinh)\b")


def _kinds_listed(folded: str) -> int:
    """How many different recipient kinds ``folded`` names."""
    return len(set(_RECIPIENT_KINDS.findall(folded)))


#: an age, or the members of a home, told of the one asked about, not after a bound word
#: ("trên / dưới / quá / từ 60 tuổi", "tối thiểu 3 thế hệ" stay claims)
_AGE_TOLD = re.compile(
    r"(?<!\btren )(?<!\bduoi )(?<!\bqua )(?<!\btu )(?<!\bhon )(?<!\bngoai )(?<!\bdu )"
    r"(?<!\btoi thieu )(?<!\bit nhat )(?<!\btoi da )"
    r"\b\d{1,3} (?:tuoi|ong ba|vo chong|nhan khau|the he)\b"
)


def circumstance(question: str, rule: str = "") -> bool:
    """A circumstance the asker is in, which the general rule (``rule``, the fact's text) does
    not decide. A "nếu" clause that only dates the decision, or restates the rule's own
    condition, opens no case."""
    # "nếu không thì …", "nếu được thì ai ký": a follow-up on the answer, not a case told
    folded = _ON_THE_ANSWER.sub(" ", " ".join(fold(question).split()))
    # "thưởng bao nhiêu nếu QĐ ký tháng 12/2026": the date dates the prize, befalls no one;
    # not in a letter that tells a case ("đã nghỉ hưu thì …") or reports a saying, whose
    # title part, when read as asked, is no plain yes/no the rule answers
    dated = _DATED_DECISION.sub(" ", folded)
    if dated != folded and not _TOLD_BESIDES.search(dated) and not _saying_told(dated):
        folded = dated
    if rule and _rule_condition_restated(folded, rule):
        folded = _CONDITION_OPENED.sub(" ", folded)
    # "xã bị bão quét, nhà văn hóa bị tốc mái": a disaster that struck the place is the scene
    # of a deed, not a case of the one asked about (task h106)
    folded = _STRUCK.sub(" ", folded)
    return _CIRCUMSTANCE.search(_NO_ONE_BEFELL.sub(" ", folded)) is not None


#: an instruction reported ("lãnh đạo bảo làm giấy khen cho các hộ"): what to do, no saying
#: about the rule (task h390)
_INSTRUCTED = re.compile(r"\s*(?:(?:em|e|minh|toi|chung em) )?(?:lam|lap|soan|trinh|chuan bi)\b")


def _saying_told(folded: str) -> bool:
    """A saying reported in the question, not an instruction passed on."""
    return any(not _INSTRUCTED.match(folded, m.end()) for m in REPORTED.finditer(folded))


#: a disaster or damage that struck a place ("bị bão", "bị lũ cuốn", "bị tốc mái", "bị cháy")
_STRUCK = re.compile(
    r"\bbi (?:bao|lu|lut|ngap|toc mai|chay|sat lo|thien tai|mua da|loc|hu hong|sap)\b"
)


#: "không ai vi phạm", "chưa người nào bị kỷ luật": a circumstance told of no one is none
_NO_ONE_BEFELL = re.compile(
    r"\b(?:khong|ko|k|chua)(?: co)? (?:ai|nguoi nao|thanh vien nao|ca nhan nao)"
    r"(?: (?:trong [a-z]+|da|tung|bi))* (?:bi|vi pham)\b"
)


_ON_THE_ANSWER = re.compile(r"\bneu (?:khong|ko|k|co|duoc|dc|vay|the|dung)(?: thi)?\b")

#: "nếu QĐ ký tháng 12", "nếu ký quyết định vào ngày …": a condition that only dates the
#: decision (the base salary paid follows it), no case of the one asked about
_DATED_DECISION = re.compile(
    r"\bneu (?:(?:qd|quyet dinh|ky|duoc|khen|tang|ban hanh|cong nhan)\s+){1,3}"
    r"(?:vao |trong |tu |sau |truoc )?(?:ngay|thang|nam|dau nam|cuoi nam)\b"
    r"(?: \d{1,2}(?: ?/ ?\d{1,2})?(?: ?/ ?\d{2,4})?\b)?(?: thi\b)?"
)
#: a case told with its consequence ("… đã nghỉ hưu thì có được nhận không"); not "thi đua"
_TOLD_BESIDES = re.compile(r"\bthi\b(?! dua)")
#: the words opening a condition; "nếu" alone, as the clause is then read as the rule's own
_CONDITION_OPENED = re.compile(r"\bneu\b")
#: the text of a clause a "nếu" opens, up to the clause's end
_IF_CLAUSE = re.compile(r"\bneu ([^,.;?!()]+)")
#: the rule's own condition: the whole sentence after its "nếu", its list's commas and all
_RULE_IF = re.compile(r"\bneu ([^.;?!()]+)")
#: framing and joining words, which say nothing of a condition's content
_CONDITION_FILL = frozenset(
    {"va", "hoac", "co", "duoc", "dc", "la", "thi", "dung", "phai", "k", "ko", "khong", "a"}
)


#: the words that close a yes/no ("đúng không ạ", "phải k", "không")
_ASK_END = frozenset(
    {"dung", "phai", "khong", "k", "ko", "hong", "a", "ad", "ah", "ha", "nhi", "chu"}
)


def _rule_condition_restated(folded: str, rule: str) -> bool:
    """ "nông dân cũng được xét LĐTT nếu lao động sản xuất giỏi, đúng k" against "… được xét
    Lao động tiên tiến nếu lao động, sản xuất có hiệu quả, …": the question's "nếu" clause
    restates the rule's own condition (two of its words or more stand in that condition, at
    most one does not), so it is the rule put up, not a case the rule leaves open. A clause
    with a negation ("nếu không tham gia …") tells a criterion lacking and is a case."""
    said = _IF_CLAUSE.search(folded)
    own = _RULE_IF.findall(" ".join(fold(rule).lower().split()))
    if said is None or not own:
        return False
    words = said.group(1).split()
    while words and words[-1] in _ASK_END:
        words.pop()  # "… nếu sản xuất giỏi đúng không ạ": the asking tail, no negation
    if any(w in ("khong", "k", "ko", "chua", "bi") for w in words):
        return False
    content = {w for w in words if w not in _CONDITION_FILL and w not in COMMON_SYLLABLES}
    condition = set(" ".join(own).replace(",", " ").split())
    shared = content & condition
    return len(shared) >= 2 and len(content - condition) <= 1


#: a rule told as hearsay ("nghe nói phải đủ 10 tháng"), and the words that put a claim up
#: for confirmation ("đúng không", "có đúng vậy không")
_HEARSAY = re.compile(r"\bnghe (?:noi|bao|dau|nguoi ta noi)\b|\bco nguoi (?:noi|bao)\b")
_CONFIRM = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chua|ko a|k a)\b|\bco dung\b")


def heard_not_asked(asking: str) -> bool:
    """ "tôi có được xét LĐTT không, nghe nói phải đủ 10 tháng?": a figure required is told as
    hearsay, not put up for confirmation; with the asker's own service told, their case is
    the yes/no (the rule is still said in the answer)."""
    said = " ".join(fold(asking).split())
    return _HEARSAY.search(said) is not None and _CONFIRM.search(said) is None


def old_figure_said(claim: str, body: str) -> bool:
    """A saying put up for confirmation rests on a figure ("dưới 10 tháng") that the fact
    states only as the old rule or not at all while it gives another of the same unit: the
    saying is wrong, whichever way its denial turns (task h106). Not the asker's own months
    below the fact's bound ("trừ em vì em mới tuyển 4 tháng" against "dưới 6 tháng không được
    xét", task h130): that is the case the rule denies, so the denial reported holds."""
    if _case_below_bound(claim, body) or _floor_restated(claim, body):
        return False
    # "dưới 6 tháng không xét, thay cho mốc 10 tháng trước đây": the old figure said as the
    # one replaced is no figure the saying rests on (task h283)
    folded = folded_words(claim)
    if _REPLACED_FIGURE.search(folded) is not None:
        claim = _REPLACED_FIGURE.sub(" ", folded)
    return figure_verdict(claim, body) == "Không"


#: an old figure said as the one a rule replaced: "thay cho mốc 10 tháng (trước đây)", "trước
#: là 10 tháng", "mốc 10 tháng trước đây / cũ"
_REPLACED_FIGURE = re.compile(
    r"\b(?:thay (?:cho |the )?|truoc (?:day |kia )?(?:la )?|cu (?:la )?)(?:moc |muc )?"
    r"(?:duoi )?\d+ thang\b|\b(?:moc|muc) (?:duoi )?\d+ thang (?:truoc day|truoc kia|cu|truoc)\b"
)


#: a figure said as a rule's bound: "dưới 10 tháng", "chưa đủ 6 tháng", "tối thiểu 2 lần"
_BOUND_FIGURE = re.compile(
    r"\b(?:duoi|tren|it hon|nhieu hon|qua|toi thieu|toi da|it nhat|du|chua du|khong du|tu)"
    r" \d"
)
#: the fact's floor of months: "dưới 6 tháng không được xét"
_MONTHS_FLOOR = re.compile(r"\bduoi (\d+) thang (?:thi )?khong (?:duoc|dc)\b")


def _case_below_bound(claim: str, body: str) -> bool:
    """The claim tells months of its own case, no bound of a rule, and every one of them is
    under the fact's floor of months."""
    said = folded_words(claim)
    floor = _MONTHS_FLOOR.search(folded_words(body))
    if floor is None or _BOUND_FIGURE.search(said):
        return False
    months = [int(m) for m in re.findall(r"\b(\d+) thang\b", said)]
    return bool(months) and all(m < int(floor.group(1)) for m in months)


#: a floor of months said as a rule's bound: "dưới 6 tháng", "đủ 6 tháng"
_MONTHS_BOUND = re.compile(r"\b(?:duoi|du|chua du) (\d+) thang\b")


def _floor_restated(claim: str, body: str) -> bool:
    """ "mới tuyển 4 tháng, anh TCCB bảo mới tuyển dụng dưới 6 tháng thì k xét LĐTT, đúng k":
    every bound of months the saying states is the fact's own floor; the months told bare are
    the case it applies to, not a figure it rests on (task h361)."""
    if "thang" not in claim and "tháng" not in claim:
        return False
    floor = _MONTHS_FLOOR.search(folded_words(body))
    if floor is None:
        return False
    bounds = _MONTHS_BOUND.findall(folded_words(claim))
    return bool(bounds) and all(b == floor.group(1) for b in bounds)
