"""A plain "Có." / "Không." first for a yes/no question whose answer only implies it.

An answer that opens "Không bắt buộc …", "Không cần …" or "Có thể …" carries the verdict in its
first words but an officer scanning a phone screen wants the word itself first. The opener decides
the verdict; failing that, a sentence of the answer stating exactly what "X có phải / có cần Y"
asks to confirm gives "Có." (task h39: KB entries and quoted clauses carry no verdict of their
own). Nothing else in the answer is changed.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.core.text import fold, sentences
from bot.knowledge.facts.asked import (
    distinct_papers_verdict,
    exemption_turned,
    stand_in_signer,
    wrong_turned,
)
from bot.knowledge.facts.claim import (
    COMMON_SYLLABLES,
    EVERYWHERE,
    NEGATED,
    amount_from_verdict,
    claimed_amounts,
    date_verdict,
    figure_verdict,
    in_fact_terms,
    law_sets_verdict,
    required_figure_verdict,
    same_verdict,
    thing_asked,
    uniform_verdict,
)
from bot.knowledge.facts.dates import moments_in
from bot.knowledge.facts.deciders import council_chair_claim
from bot.knowledge.facts.gone_claim import gone_confirmed
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.second_ask import CLAUSE_COMMA, asks_wh
from bot.knowledge.facts.triggers import per_question
from bot.knowledge.facts.turns import after_reported
from bot.knowledge.facts.words import NOT_SPELLED, OR_ELSE
from bot.knowledge.facts.yesno import is_yesno

__all__ = ["asks_yesno", "lead_verdict", "verdict_of"]

#: folded openers that state a verdict without saying it plainly ("không có" is left out: "không
#: có quy định cấm" can mean yes)
_NO = ("khong bat buoc", "khong can", "khong con", "khong duoc", "khong phai", "khong the")
_YES = ("co the", "co,", "duoc,", "van duoc", "co bat buoc", "bat buoc")


def verdict_of(body: str) -> str | None:
    """ "Không" / "Có" from the first words of ``body``, or None when it opens otherwise."""
    opening = " ".join(fold(body[:40]).split())
    if opening.startswith(("khong.", "co.", "tuy")):
        return None  # already plain
    if opening.startswith(_NO):
        return "Không"
    if opening.startswith(_YES):
        return "Có"
    return None


#: "… tập thể hông, hay chỉ cơ quan thôi": the yes/no's "không", then the other answer offered
_OR_ELSE_AT = re.compile(OR_ELSE)


#: "Bà con trong khóm hỏi tui: …", "dân hỏi em: …": who asked, told before the question
_ASKED_BY = re.compile(r"^[^:?.!\n]{0,60}\bhoi(?: (?:tui|toi|em|minh|anh|chi|ad))?\s*:")


def _first_option_words(question: str) -> list[str]:
    """The question's words, past a lead-in telling who asked it ("bà con hỏi tui: …") and up to
    its yes/no "không" when the asker offers the other answer after it ("hộ gia đình có được
    tham gia như cá nhân, tập thể hông, hay chỉ cơ quan thôi"): the claim is the first option,
    the words of the other are no part of it (task h301)."""
    asked_by = _ASKED_BY.match(fold(question))
    if asked_by is not None and len(question) == len(fold(question)):
        question = question[asked_by.end() :]
    words = [NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum()]
    joined = " ".join(words)
    found = _OR_ELSE_AT.search(joined)
    if found is None or not joined[: found.start()].strip():
        return words
    return [*joined[: found.start()].split(), "khong"]


#: "không thể truy tặng … được nữa": a possibility the question claims does not exist
_CANNOT = re.compile(r"\bkhong the (\w+ \w+)\b")


def cannot_claimed_verdict(question: str, body: str) -> str | None:
    """ "nghe nói cụ đã mất thì không thể truy tặng … được nữa, đúng không" against a body
    opening "Có thể truy tặng": the claim denies what the body allows, so "Không"; the body's
    own "Có thể" opener answers only the question asked the other way (task h168)."""
    found = _CANNOT.search(" ".join(NOT_SPELLED.get(t, t) for t in tokens(question)))
    opening = " ".join(fold(body[:60]).split())
    if found is None or not opening.startswith(f"co the {found.group(1)}"):
        return None
    return "Không"


def lead_verdict(question: str, text: str, model: FactModel | None) -> str:
    """``text`` (a "**title**" line, then the body) with "Có." / "Không." put first when the
    question asks yes or no and the body's opener implies the verdict; ``model`` gives the
    meanings a claim in other words is read by (none without a fact model)."""
    words = _first_option_words(question)
    title, sep, body = text.partition("\n")
    if not sep or not title.startswith("**"):
        title, sep, body = "", "", text
    if (turned := wrong_turned(question, body)) is not None:
        # "ghi căn cứ NĐ 98/2023 thì có sai không / là sai à" against "Không. … đã được thay
        # bằng …": its own asking tail makes it a yes/no
        return f"{title}{sep}{turned}"
    if (exempt := exemption_turned(question, body)) is not None:
        # "tiền thưởng thi đua được miễn thuế TNCN đúng k" against "Không. … không tính vào thu
        # nhập chịu thuế": exempt is what the entry says (TT 111/2013/TT-BTC; task h142)
        return f"{title}{sep}{exempt}"
    if model is not None and (gone := gone_confirmed(question, body, model.replaced)) is not None:
        # "zalo bảo NĐ 98/2023 hết hiệu lực rồi, đúng k" against "Không. … đã được thay bằng …":
        # the line quoted says the text is gone, which the block confirms (task h120)
        return f"{title}{sep}{gone}"
    if not is_yesno(words) and not _first_clause_yesno(question):
        return text
    if " ".join(fold(body[:12]).split()).startswith(("khong.", "co.", "tuy")):
        return text  # already plain
    papers = distinct_papers_verdict(question, model.papers) if model is not None else None
    # "công chức … có được ký quyết định khen thay chủ tịch không": the chairman decides (h108)
    papers = papers or stand_in_signer(question)
    if papers is not None and verdict_of(body) is None:
        # "tờ trình … có phải là báo cáo thành tích không": two papers are not one (h108)
        return f"{title}{sep}{papers} {body}"
    verdict = (
        cannot_claimed_verdict(question, body)
        or verdict_of(body)
        # "giải pháp chưa áp dụng có phải là sáng kiến không" against the definition: a
        # condition it states is denied (before ``stated``, which reads the term's own sentence)
        or definition_unmet_verdict(question, body)
        or denied_decider_verdict(question, body)
        # "lương cơ sở tháng 4/2026 là 2.530.000 đúng không": the base of the month told, read
        # before ``stated`` takes the sentence on today's base to confirm any figure
        or base_on_day_verdict(question, body)
        # "chủ tịch hội đồng xã là chủ tịch mặt trận hả" against "Chủ tịch UBND xã làm Chủ tịch
        # Hội đồng; thành viên … Chủ tịch Ủy ban Mặt trận": a member named is not the chair (h118)
        or chair_verdict(question, body)
        or everywhere_verdict(question, body)
        # "hạn đăng ký thi đua năm 2027 có phải 15/3 k" against an entry whose day the
        # province's quy chế sets: no law fixes it (task h374)
        or province_day_verdict(question, body)
        # "luật có hiệu lực từ 1/7/2023 phải không" against the date the entry gives that event
        or date_verdict(question, body)
        # "lương cơ sở 2.530.000 từ 01/01/2026 đúng k" against "2.530.000 …, từ 01/7/2026"
        or amount_from_verdict(question, body)
        or law_sets_verdict(question, body)
        # "… có chung cả nước không" against an entry whose rule each place sets
        or uniform_verdict(question, body)
        # "quỹ xã đồng bằng có bằng miền núi không" against an entry giving each its own figure
        or same_verdict(question, body, ())
        or stated(words, body, title, model.meanings if model is not None else ())
        # a letter's story before its question lends the claim's subject words the body never
        # names ("xã không đồng ý … trường THCS gửi lên. Vậy … có phải thông báo bằng văn bản
        # không"): the asking sentence alone is read again (task h150)
        or _stated_in_ask(question, body, title, model)
        or listed_verdict(words, body, title)
        or _listed_in_ask(question, body, title)
        or required_figure_verdict(question, body)
        or stated_amount_verdict(question, body)
        or moment_verdict(question, body)
        or principle_verdict(words, title, body)
    )
    if verdict is None:
        return text
    return f"{title}{sep}{verdict}. {body}"


#: words that name a principle or rule a question puts up for confirmation
_PRINCIPLE = ("nguyen", "tac")
#: "… trong luật / của luật": where the principle is claimed to stand, not what it says
_IN_LAW = frozenset({"trong", "cua", "luat", "khen", "thuong", "thi", "dua"})
#: the confirming words of the yes/no tail ("đúng không", "phải không")
_CONFIRMING_TAIL = frozenset({"dung", "phai"})
#: the Law named short ("luật TĐKT", "luật TĐ-KT")
_LAW_SHORT = frozenset({"tdkt", "td", "kt"})
#: "… có phải là / là / cũng là" before "nguyên tắc"
_COPULA = frozenset({"co", "phai", "la", "cung", "mot"})


def principle_verdict(words: list[str], title: str, body: str = "") -> str | None:
    """ "khen thưởng có (phải) theo nguyên tắc thành tích đến đâu khen đến đó không" answered by
    the entry titled with that very principle, or listing it as one clause: the principle the
    question names is the one the entry states, so "Có". Only with "nguyên tắc" named and nearly
    every syllable of the title or clause after it; never "Không" (a principle worded otherwise
    may still be the one stated)."""
    at = next((i for i, pair in enumerate(pairwise(words)) if pair == _PRINCIPLE), None)
    if at is None:
        return None
    # "… có câu X không, nghĩa là sao": the second question claims nothing (task h126)
    claim = _own_part(words[at + 2 :])
    while claim and claim[-1] in _TAIL | _CONFIRMING_TAIL:
        claim = claim[:-1]  # the yes/no tail's "không" negates nothing
    # "… là nguyên tắc của luật TĐKT 2022 đúng k": the law named by its short name and year is
    # where the principle stands, not the principle (fixer f179b)
    if len([w for w in claim if w not in _LOOSE | _IN_LAW | _LAW_SHORT and w.isalpha()]) < 3:
        # "thành tích đến đâu khen đến đó có phải là nguyên tắc (trong luật) không" (task h96):
        # the principle is named before "nguyên tắc", which is what it is claimed to be
        claim = words[:at]
        while claim and claim[-1] in _COPULA:
            claim = claim[:-1]
    if any(w in _ROUTE or w in NEGATED for w in claim):
        return None
    after = set(claim)
    for stating in [title, *re.split(r"[;.\n]", body)]:
        named = {w for w in tokens(stating) if w.isalpha() and w not in _LOOSE}
        if len(named) >= 3 and len(named & after) * 5 >= len(named) * 4:
            return "Có"
    return None


def everywhere_verdict(question: str, body: str) -> str | None:
    """ "hạn đăng ký cả nước đều là 15/3 phải không" answered by an entry that gives the figure
    as a local practice ("thông lệ là từ 15/3"): a claim that it holds everywhere is read
    against the entry's figures as against a fact's (``figure_verdict``); None otherwise."""
    asked = f" {' '.join(tokens(question))} "
    if not any(f" {w} " in asked for w in EVERYWHERE):
        return None
    return figure_verdict(question, body)


#: words a claim may end with: the yes/no tail, particles
_TAIL = frozenset({"khong", "a", "ad", "ha", "nhi", "vay", "chu", "the", "ko", "k", "nua", "o"})
#: syllables that tie nothing: the claim's common words and what every title shares
_LOOSE = COMMON_SYLLABLES | {"da", "tai", "o", "ve", "theo", "luat", "nguoi", "mot", "cac"}
#: words that make a clause one route among several or a condition
_ROUTE = frozenset({"neu", "hoac", "tuy", "chi"})
#: what "… mới tính / mới được xét / mới được công nhận" closes a condition with
_COUNTED_TAIL = frozenset({"duoc", "dc", "tinh", "xet", "cong", "nhan", "dung", "phai"})
#: the modal of "có được Y không"
_MAY = frozenset({"duoc", "dc", "đc"})
#: the verbs sending a paper somewhere
_SENDS = frozenset({"gui", "nop"})


def _window(toks: list[str], wanted: set[str]) -> tuple[int, int]:
    """The shortest run of ``toks`` holding every syllable of ``wanted`` that ``toks`` has."""
    present = wanted & set(toks)
    best = (0, len(toks))
    for i, tok in enumerate(toks):
        if tok not in present:
            continue
        seen: set[str] = set()
        for j in range(i, len(toks)):
            if toks[j] in present:
                seen.add(toks[j])
                if seen == present:
                    if j - i < best[1] - best[0]:
                        best = (i, j + 1)
                    break
    return best


def stated(
    words: list[str],
    body: str,
    title: str = "",
    meanings: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (),
) -> str | None:
    """``_stated``, failing that the same claim read in the facts' words for its meaning
    ("tiền ủng hộ của doanh nghiệp" → "ủng hộ của tổ chức"; ``content/facts/meanings.yaml``)."""
    found = _stated(words, body, title)
    if found is None and (meant := in_fact_terms(words, meanings)) != words:
        found = _stated(meant, body, title)
    return found


def _stated(words: list[str], body: str, title: str = "") -> str | None:
    """ "Có" when a yes/no question "X có phải (là) Y không" / "có cần Y" is answered by a body
    (a KB entry, a quoted clause) one of whose sentences names both X and Y: "Nhà giáo ưu tú có
    phải danh hiệu vinh dự nhà nước" against "Danh hiệu vinh dự nhà nước gồm: … Nhà giáo ưu
    tú". Never "Không": a body that does not state the claim may state it in other words.
    None when the words Y holds are negated or are one route among several in the body."""
    # "X có phải / có cần Y"; failing that "X có Y không", a thing asked to exist or be done
    marks = (
        # the "phải" of a closing "phải không" asks, it marks no claim (task h126)
        [
            i
            for i, w in enumerate(words)
            if w in {"phai", "can"} and not set(words[i + 1 :]) <= _TAIL
        ]
        or thing_asked(words)
        # "X có được Y không": Y is what is claimed allowed; a body stating Y plainly allows it
        or [i + 1 for i, w in enumerate(words[:-2]) if w == "co" and words[i + 1] in _MAY]
        # "hồ sơ khen cao của xã gửi lên Sở Nội vụ tỉnh đúng k": where a paper is sent is what
        # is claimed (task h142)
        or [i for i, w in enumerate(words[:-2]) if w in _SENDS]
    )
    if not marks and "thi" in words[1:]:
        # "A thì (được) B không": what follows the last "thì" is the consequence claimed
        marks = [max(i for i, w in enumerate(words) if w == "thi")]
    if not marks:
        return None
    at = marks[-1]
    said = _own_part(words[at + 1 :])
    if "moi" in said[1:]:
        # "phải được áp dụng rồi mới tính (đúng không)" (task h96): "(rồi) mới tính / được xét"
        # closes the condition claimed; the condition is what comes before it
        cut = len(said) - said[::-1].index("moi") - 1
        if set(said[cut + 1 :]) <= _COUNTED_TAIL | _TAIL:
            said = said[:cut]
            while said and said[-1] == "roi":
                said = said[:-1]
    claim = [w for w in said if w.isalpha() and w not in _TAIL | _LOOSE | _MAY]
    start = at - 1 if at > 0 and words[at - 1] == "co" else at
    # "chị Lan bảo sáng kiến phải …": the subject is what was said to have to, not who said it
    subject = [w for w in after_reported(words[:start]) if w.isalpha() and w not in _TAIL | _LOOSE]
    if len(claim) < 2:
        return None
    for sentence in re.split(r"(?<=[.;])\s+", body):
        toks = tokens(re.sub(r"\([^)]*\)", " ", sentence))
        if len(set(claim) & set(toks)) < max(2, -(-len(set(claim)) * 4 // 5)):
            continue
        about = set(toks) | set(tokens(title))
        if subject and len(set(subject) & about) * 2 < len(set(subject)):
            continue  # the sentence is about another thing
        first, last = _window(toks, set(claim))
        if subject and _denied_of(toks[last:], subject):
            # "CSTĐCS là danh hiệu thi đua, không phải bằng khen hay giấy khen": the thing
            # asked about is named only as what the claim is not
            return "Không"
        span = set(toks[max(first - 3, 0) : last])
        if span & NEGATED or (span & _ROUTE) - set(words[at + 1 :]):
            return None
        return "Có"
    return _titled(claim, subject, body, title)


#: what opens a list claimed: "hồ sơ gồm / bao gồm …", "căn cứ xét là …"
_LIST_OPENERS = frozenset({"gom", "la"})


def listed_verdict(words: list[str], body: str, title: str = "") -> str | None:
    """ "nghe nói hồ sơ gồm tờ trình, báo cáo thành tích và biên bản bình xét, đúng k" against
    a body one of whose sentences lists them all ("… gồm: tờ trình …; báo cáo thành tích …;
    biên bản bình xét …"): "Có". A list runs on through its semicolons, so the body is cut at
    sentence ends only. Only a list ("… và …") of at least four words after "gồm / là" is
    read; never "Không" (a list in other words may still be right) (task h142)."""
    opens = [i for i, w in enumerate(words[:-2]) if w in _LIST_OPENERS and i >= 2]
    if not opens:
        return None
    at = opens[-1]
    said = [w for w in _own_part(words[at + 1 :]) if w not in {"dung", "phai"}]
    claim = {w for w in said if w.isalpha() and w not in _TAIL | _LOOSE}
    if "va" not in said or len(claim) < 4:
        return None
    subject = {w for w in after_reported(words[:at]) if w.isalpha() and w not in _TAIL | _LOOSE}
    for sentence in re.split(r"(?<=\.)\s+|\n", body):
        toks = set(tokens(re.sub(r"\([^)]*\)", " ", sentence)))
        if len(claim & toks) < -(-len(claim) * 4 // 5) or toks & NEGATED & set(said):
            continue
        if subject and len(subject & (toks | set(tokens(title)))) * 2 < len(subject):
            continue
        return "Có"
    return None


def asking_sentence(question: str) -> str:
    """The question's last sentence when a told story comes before it; "" for a one-sentence
    question (already read whole)."""
    parts = sentences(question)
    return parts[-1] if len(parts) > 1 else ""


def _words(text: str) -> list[str]:
    return [NOT_SPELLED.get(t, t) for t in tokens(text) if t.isalnum()]


def _asking_parts(question: str) -> list[list[str]]:
    """The words of :func:`asking_sentence`, then those of the ask without a leading clause
    that asks nothing when the rest asks yes or no ("hôm qua họp có bàn, sáng kiến có cần …
    không"): the context told first is no part of the claim's subject. Only what is set apart
    from the whole question (already read whole)."""
    sentence = asking_sentence(question)
    parts = [_words(sentence)] if sentence else []
    head, rest = (*CLAUSE_COMMA.split(sentence or question, maxsplit=1), "")[:2]
    head_words, rest_words = _words(head), _words(rest)
    if rest_words and not is_yesno(head_words) and not asks_wh(head_words) and is_yesno(rest_words):
        parts.append(rest_words)
    return parts


def _stated_in_ask(question: str, body: str, title: str, model: FactModel | None) -> str | None:
    meanings = model.meanings if model is not None else ()
    return next(
        (v for w in _asking_parts(question) if (v := stated(w, body, title, meanings))), None
    )


def _listed_in_ask(question: str, body: str, title: str) -> str | None:
    return next((v for w in _asking_parts(question) if (v := listed_verdict(w, body, title))), None)


def _first_clause_yesno(question: str) -> bool:
    """ "tiền thưởng có làm tròn không, làm tròn đến bao nhiêu": the first clause asks yes or
    no though the whole ends in a wh-question (task h108)."""
    first = re.split(r"[,;?]", question, maxsplit=1)[0]
    if first == question:
        return False
    return is_yesno([NOT_SPELLED.get(t, t) for t in tokens(first) if t.isalnum()])


#: words that make what follows a "không" a second question, not more of the claim
_ASKING = frozenset({"bn", "bao", "gi", "j", "nao", "ai", "dau", "may", "sao"})


def _own_part(said: list[str]) -> list[str]:
    """The claim up to its "không" when a wh-question follows it ("có làm tròn không, làm
    tròn đến bao nhiêu"): the second part asks its own question and claims nothing (task
    h108). Unchanged otherwise: words after "không" may be the claim's condition."""
    for i, w in enumerate(said[:-1]):
        if w == "khong" and _ASKING & set(said[i + 1 :]):
            return said[:i]
    return said


def _titled(claim: list[str], subject: list[str], body: str, title: str) -> str | None:
    """ "X có phải là một tiêu chuẩn không" answered by a block titled "…: Tiêu chuẩn" one of
    whose sentences states X: the block's title names what its text is (the criteria, the
    papers), so X stated there is one of them. "Có" only when the title holds every word of
    the claim, one sentence nearly every word of X, and nothing there negates it or makes it
    one route among several; None otherwise."""
    named = set(tokens(title))
    wanted = set(subject) - named
    if not title or not set(claim) <= named or len(wanted) < 3:
        return None
    for sentence in re.split(r"(?<=[.;])\s+", body):
        toks = tokens(re.sub(r"\([^)]*\)", " ", sentence))
        if len(wanted & set(toks)) * 4 < len(wanted) * 3:
            continue
        first, last = _window(toks, wanted)
        span = set(toks[max(first - 3, 0) : last])
        return None if span & (NEGATED | _ROUTE) else "Có"
    return None


def _denied_of(after: list[str], subject: list[str]) -> bool:
    """ "…, không phải A hay B" after the claim's words names every word of ``subject``."""
    for i in range(len(after) - 1):
        if after[i] == "khong" and after[i + 1] in {"phai", "la"}:
            return set(subject) <= set(after[i + 2 :])
    return False


#: a sentence or line that gives a figure as the one before the current ("Trước đó, … là …")
_BEFORE = (" truoc do ", " truoc day ", " cu ", " het hieu luc ", " khong con ", " da bai bo ")


#: a base salary stated with the day it applies from: "… là 2.530.000 đồng/tháng, từ 01/7/2026",
#: "Trước đó, từ 01/7/2024, là 2.340.000 đồng"
_BASE_FROM = re.compile(
    r"(\d{1,3}(?:\.\d{3}){2}) đồng[^.;\n]*?từ (\d{1,2})/(\d{1,2})/(\d{4})"
    r"|từ (\d{1,2})/(\d{1,2})/(\d{4}), là (\d{1,3}(?:\.\d{3}){2}) đồng"
)
#: today named: "hiện nay", "bây giờ", "giờ", "hiện tại", "hiện hành", "năm nay"
_NOW = re.compile(r"\b(?:hien nay|bay gio|gio|hien tai|hien hanh|nam nay|luc nay)\b")
#: the month a question asks about: "tháng 5/2026", "ngày 20/5/2026", "5/2026"
_TOLD_MONTH = re.compile(r"\b(?:(\d{1,2})/)?(\d{1,2})/(20\d\d)\b")


def _base_schedule(body: str) -> list[tuple[tuple[int, int, int], int]]:
    """Each (day it applies from, base) an entry on the base salary states, earliest first."""
    out = []
    for m in _BASE_FROM.finditer(body):
        amount, d, mo, y, d2, mo2, y2, amount2 = m.groups()
        if amount:
            out.append(((int(y), int(mo), int(d)), int(amount.replace(".", ""))))
        else:
            out.append(((int(y2), int(mo2), int(d2)), int(amount2.replace(".", ""))))
    return sorted(out)


def base_on_day_verdict(question: str, body: str) -> str | None:
    """ "tháng 5/2026 lương cơ sở đã là 2.530.000 chưa" against an entry giving 2.530.000 from
    01/7/2026 and 2.340.000 from 01/7/2024: the base claimed against the one in force in the
    month the question names (NĐ 73/2024; NĐ 161/2026). A base the entry gives for no day at
    all ("hiện nay vẫn là 1.800.000 hả") is not one in force either. None without a base
    claimed or an entry that gives the bases by day (task h144)."""
    folded = " ".join(fold(question).split())
    if "luong co so" not in folded and " lcs " not in f" {folded} ":
        return None
    claimed = {a for a in claimed_amounts(question, keep_base=True) if 1_000_000 <= a < 10_000_000}
    schedule = _base_schedule(body)
    if not claimed or not schedule:
        return None
    told = [m for m in _TOLD_MONTH.finditer(folded) if int(m.group(2)) <= 12]
    if len(told) > 1:
        return None
    if len(schedule) == 1:
        # an entry giving only today's base ("Hiện nay lương cơ sở là 2.530.000 đồng (từ
        # 01/7/2026)"): "tiền thưởng vẫn tính theo lương cơ sở 1.800.000 đúng k" claims a base
        # no longer in force when no earlier day is told (NĐ 161/2026; task h171)
        return "Không" if not told and not claimed & {schedule[0][1]} else None
    if not told:
        bases = {b for _, b in schedule}
        if not claimed & bases:
            return "Không"
        if _NOW.search(folded):
            # "lương cơ sở hiện nay là 2.340.000 đúng k": today's is the latest the entry gives
            return "Có" if claimed == {schedule[-1][1]} else "Không"
        return None
    day, month, year = told[0].groups()
    when = (int(year), int(month), int(day or 1))
    if day is None:
        when = (int(year), int(month), 31)  # a month told: the base on its last day
    in_force = [b for start, b in schedule if start <= when]
    if not in_force:
        return None
    return "Có" if claimed == {in_force[-1]} else "Không"


#: a definition's first sentence: "Sáng kiến là giải pháp …, đã được áp dụng …"
_DEFINED = re.compile(r"^\s*([^.,;:\n]{2,30}?) la ([^.\n]+)")
#: a condition denied: "chưa áp dụng", "không có khả năng nhân rộng", "chưa được công nhận"
_DENIED_CONDITION = re.compile(
    r"\b(?:chua|khong|ko|chang) (?:(?:duoc|dc|co|the|he) ){0,2}((?:\w+ ){0,2}\w+)"
)


def definition_unmet_verdict(question: str, body: str) -> str | None:
    """ "giải pháp chưa áp dụng ở đâu thì đã là sáng kiến chưa" against "Sáng kiến là giải pháp …
    đã được áp dụng tại cơ sở, có khả năng nhân rộng và được cấp có thẩm quyền công nhận": the
    question asks whether a thing is the term defined while denying a condition the definition
    states, so "Không" (Luật 2022 Điều 3: what the words mean; task h144). None unless the
    body opens with a definition of the very term the question calls the thing."""
    found = _DEFINED.match(fold(body))
    if found is None:
        return None
    term = " ".join(tokens(found.group(1)))
    asked = " ".join(tokens(question))
    if not re.search(rf"\b(?:la|thanh) {re.escape(term)}\b", asked):
        return None
    definition = f" {' '.join(tokens(found.group(2)))} "
    for denied in _DENIED_CONDITION.finditer(asked):
        words = denied.group(1).split()
        # the condition's own words, two at least, as the definition states them
        for n in (3, 2):
            if len(words) >= n and f" {' '.join(words[:n])} " in definition:
                return "Không"
    return None


#: the one a question claims decides: "do thủ tướng công nhận", "do chủ tịch tỉnh ký"
_DECIDER_CLAIMED = re.compile(
    r"\bdo ((?:\w+ ){1,5}?)(?:xem xet |tu )?(?:cong nhan|quyet dinh|ky|xet|tang|cap)\b"
)


def denied_decider_verdict(question: str, body: str) -> str | None:
    """ "phạm vi ảnh hưởng toàn quốc của sáng kiến có phải do Thủ tướng công nhận không"
    against an entry line "… do người đứng đầu Bộ, ban, ngành, tỉnh xem xét, công nhận, không
    phải Thủ tướng Chính phủ": the decider claimed is the one the entry denies, so "Không"
    (task h144). None unless a line of the body names every word of the claimed decider right
    after "không phải"."""
    found = _DECIDER_CLAIMED.search(" ".join(tokens(question)))
    if found is None:
        return None
    claimed = found.group(1).split()
    for line in re.split(r"\n", body):
        words = tokens(line)
        for i in range(len(words) - 1):
            if (
                words[i : i + 2] == ["khong", "phai"]
                and claimed == words[i + 2 : i + 2 + len(claimed)]
            ):
                return "Không"
    return None


def stated_amount_verdict(question: str, body: str) -> str | None:
    """ "lương cơ sở bây giờ vẫn là 2.340.000 đúng không" against an entry giving 2.530.000 as
    the one in force and 2.340.000 on a line "Trước đó …": an amount claimed is read against
    the line of the body that states it. "Không" when one is stated only as the earlier
    figure, "Có" when each is stated plainly; None when the body states one of them nowhere
    (another figure of another kind may be meant)."""
    claimed = claimed_amounts(question, keep_base=True)
    if not claimed:
        return None
    lines = [f" {' '.join(tokens(x))} " for x in re.split(r"(?<=[.;])\s+|\n", body) if x.strip()]
    verdicts = []
    for amount in claimed:
        shown = f"{amount:,}".replace(",", ".")
        stating = [x for x in lines if f" {' '.join(tokens(shown))} " in x]
        if not stating:
            return None
        old = all(any(m in x for m in _BEFORE) for x in stating)
        verdicts.append("Không" if old else "Có")
    return "Không" if "Không" in verdicts else "Có"


#: events a rule may count from, each with the ways it is named
def _moments(text: str) -> set[str]:
    return moments_in(" ".join(tokens(text)))


def moment_verdict(question: str, body: str) -> str | None:
    """ "tiền thưởng tính theo lương cơ sở lúc nộp hồ sơ phải không" against an entry that
    counts "vào ngày ký quyết định": the moment claimed against the one the rule counts from.
    "Có" when they are the same event, "Không" when another; None unless the body's first
    sentence names exactly one such moment and the question one."""
    claimed = _moments(question)
    lead = re.split(r"(?<=[.!?])\s+", body.strip(), maxsplit=1)[0]
    counted = _moments(re.sub(r"\([^)]*\)", " ", lead))
    if len(claimed) != 1 or len(counted) != 1:
        return None
    return "Có" if claimed == counted else "Không"


#: one person's title written in full or short: folded to the short form before comparing
_TITLE_SHORT = (
    ("uy ban nhan dan", "ubnd"),
    ("uy ban mat tran to quoc", "mat tran"),
    ("uy ban mttq", "mat tran"),
    ("mttq", "mat tran"),
    ("mat tran to quoc", "mat tran"),
    ("uy ban", "ubnd"),
    ("ct", "chu tich"),
    ("pct", "pho chu tich"),
    ("ttg", "thu tuong"),
    # a ward's or a special zone's chairman is the commune level's (Luật 72/2025)
    ("phuong", "xa"),
    ("dac khu", "xa"),
)
#: words a claimed person may end with or carry that name no one: the yes/no tail, particles,
#: the level already named by the council ("… xã", "cấp xã")
_CHAIR_LOOSE = _TAIL | {"dung", "phai", "k", "hay", "sao", "vay", "cap", "a", "ak", "nhe", "nhi"}
#: the chair stated in a council's fact: "X làm Chủ tịch Hội đồng" or "Chủ tịch Hội đồng là X"
_CHAIR_STATED = (
    re.compile(r"(?:^|\bdo )([\w ]+?) lam chu tich hoi dong\b"),
    re.compile(r"\bchu tich hoi dong la ([\w ]+?)(?: cac | va |$)"),
)


def _short_title(words: list[str]) -> list[str]:
    joined = f" {' '.join(words)} "
    for full, short in _TITLE_SHORT:
        joined = joined.replace(f" {full} ", f" {short} ")
    return joined.split()


def chair_verdict(question: str, body: str) -> str | None:
    """ "chủ tịch hội đồng tđkt trung ương là thủ tướng đúng k" against a council's fact that
    names its chair ("Chủ tịch Hội đồng là Thủ tướng Chính phủ"): "Có" when every word of the
    person claimed is in the chair's title, "Không" when the claim names another (a member, the
    President, the Front's chairman); None unless both a claimed and a stated chair are read."""
    claimed = council_chair_claim(tokens(question))
    if claimed is None:
        return None
    # the first clause that names the chair: a fact opens with it, a quoted clause may not
    clauses = [" ".join(tokens(x)) for x in re.split(r"[;.\n,“”]", body) if x.strip()]
    stated_chair = next(
        (m.group(1) for c in clauses for rx in _CHAIR_STATED if (m := rx.search(c))), None
    )
    if stated_chair is None:
        return None
    chair = set(_short_title(stated_chair.split()))
    person = _short_title(claimed)
    while person and person[-1] in _CHAIR_LOOSE:
        person = person[:-1]  # the asking tail, read from the end: "chủ" opens a title
    if not person or not {"chu", "thu", "pho", "truong", "mat"} & set(person):
        return None  # no one's title claimed
    return "Có" if set(person) <= chair else "Không"


@per_question
def asks_yesno(question: str) -> bool:
    """The question read as a whole asks yes or no (whatever its parts were read as)."""
    words = [NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum()]
    # "… thì nhận cả 2 khoản tiền à": typed without marks, "à" (put up for confirmation) and
    # "ạ" (only polite) are one word; the fact's own verdict stays for it
    return is_yesno(words) or bool(words and words[-1] in {"a", "ha", "ah", "ak"})


#: a day and month told ("15/3", "31/03", "ngày 31 tháng 3")
_DAY_TOLD = re.compile(r"\b\d{1,2}/\d{1,2}\b|\bngay \d{1,2} thang \d{1,2}\b")
#: a deadline named ("hạn", "hạn chót", "thời hạn"): a text's start day is no deadline
_DEADLINE_WORD = re.compile(r"\b(?:han|han chot|thoi han|cham nhat)\b")
#: an entry's line leaving its day to the province ("Tùy quy chế tỉnh: hạn cụ thể …")
_PROVINCE_DAY = re.compile(r"\btuy quy che (?:cua )?tinh\b")


def province_day_verdict(question: str, body: str) -> str | None:
    """ "hạn đăng ký thi đua của trường năm 2027 có phải 15/3 k": a day claimed against an entry
    that says the province's quy chế sets it: "Tùy quy chế tỉnh" (task h374)."""
    said = " ".join(fold(question).lower().split())
    if _DAY_TOLD.search(said) is None or _DEADLINE_WORD.search(said) is None:
        return None
    if _PROVINCE_DAY.search(" ".join(fold(body).lower().split())) is None:
        return None
    # "hạn đăng ký thi đua là 31/3 do Luật TĐKT quy định": the day put on the law is wrong as
    # written, no law fixes it (Luật 2022 Điều 7; domain.md §1.2, §2.10) (fixer f179b)
    return law_sets_verdict(question, body) or "Tùy quy chế tỉnh"
