"""Titles that a title's criteria require, and whether the question tells them reached.

"TTLĐTT có cần có người đạt CSTĐCS không", "… nhưng không ai đạt CSTĐCS": the other titles a
title's criteria name (as required, or as one route of several), the requirement told lost or
unmet, and the level of duty a rule requires.
"""

from __future__ import annotations

import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.claim import in_fact_terms
from bot.knowledge.facts.conditions import required_at
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.registration import REGISTRATION
from bot.knowledge.facts.restated import claim_put_up
from bot.knowledge.facts.routes import route_stated
from bot.knowledge.facts.words import NOT_SPELLED

__all__ = [
    "NEED_DENIED",
    "PROVINCE_DETAILS_NOTE",
    "REQUIREMENTS",
    "either_route_claimed",
    "in_fact_words",
    "initiative_required_claimed",
    "lacks_initiative",
    "level_short_without",
    "local_rule_claimed",
    "no_one_reached",
    "other_criteria",
    "requirement_claimed",
    "requirement_loss_reported",
    "route_unrecognised",
    "title_need_denied",
    "title_required",
]


def requirement_claimed(question: str) -> bool:
    """The question claims something is required: "phải / cần / bắt buộc …", not "có phải là"."""
    toks = tokens(question)
    return any(toks[i + 1 : i + 2] != ["la"] for i in required_at(toks))


#: "tùy quy chế tỉnh", "tùy theo quy định của từng tỉnh", "tùy tỉnh": the claim that a thing
#: the law does not require is left to each province's own rules (task h220)
_LOCAL_RULE = re.compile(
    r"\btuy (?:theo |vao )?(?:(?:quy che|quy dinh|huong dan|ke hoach)(?: thi dua)? )?"
    r"(?:cua )?(?:tung |moi |cac )?(?:tinh|dia phuong)\b"
)


def local_rule_claimed(question: str) -> bool:
    """The question claims a thing is left to the province's own rules ("tùy quy chế tỉnh")."""
    return _LOCAL_RULE.search(folded_words(question, "/")) is not None


def in_fact_words(claim: str, model: FactModel) -> str:
    """``claim`` (folded) with each phrase of a meaning group written as the facts write it."""
    words = [NOT_SPELLED.get(t, t) for t in tokens(claim) if t.isalnum()]
    read = in_fact_terms(words, model.meanings)
    return claim if read == words else " ".join(read)


def _titles_in(toks: list[str], model: FactModel) -> list[str]:
    """The titles named in ``toks``, each by its longest naming ("tập thể lao động tiên tiến"
    is not also "lao động tiên tiến")."""
    found: list[str] = []
    i = 0
    while i < len(toks):
        key, size = model.title_at(toks, i)
        if size:
            found.append(key)
        i += size or 1
    return found


#: a criteria fact saying the province details the standard ("Tiêu chuẩn chi tiết do tỉnh quy
#: định"), folded
_PROVINCE_DETAILS = re.compile(r"\bchi tiet do (?:ubnd )?tinh quy dinh\b")
PROVINCE_DETAILS_NOTE = (
    "Luật chỉ đặt khung; tiêu chuẩn chi tiết do tỉnh quy định, nên có đòi hỏi thêm hay không là"
    " theo quy chế thi đua, khen thưởng của tỉnh."
)


def title_required(
    question: str, criteria: str, entity: str, model: FactModel
) -> tuple[str, str] | None:
    """ "Có" when every other title the question asks to be required ("… có cần / phải đạt Y")
    is named in ``criteria`` (as a condition, not one route of several: "Tùy"), else "Không"
    with a note naming what the criteria do not require; None when no other title is asked."""
    asked = tokens(question)
    # "có phải (là) khen đột xuất không" asks what a thing is, not what it requires: "phải"
    # requires only with a verb of having after it ("phải đạt", "phải có")
    marks = [
        i
        for i, t in enumerate(asked)
        if (t == "can" and asked[i + 1 : i + 2] != ["bo"])  # "cán bộ" folds like "cần"
        or t == "buoc"
        or (t == "phai" and asked[i + 1 : i + 2] in (["dat"], ["co"]))
    ]
    # "CSTĐCS có phải là điều kiện để xét CSTĐ tỉnh không": asked the other way round, the
    # titles before "điều kiện" are the ones asked to be required (task h297)
    wanted = _prerequisites_named(asked, model, entity)
    need_denied = False
    if not wanted:
        if not marks:
            return None
        after = asked[marks[-1] + 1 :]
        # "TTLĐXS không cần ai đạt CSTĐCS đúng k": the claim is that the title is not
        # required, the opposite of asking whether it is (task h137)
        # (not "…, k, cần bao nhiêu %": a yes/no tail before a question of how much)
        need_denied = _need_denied_at(asked, marks[-1])
        # the yes/no's own "không" closes what is asked to be required: in "đăng ký có bắt
        # buộc k, nếu k đăng ký thì có được xét LĐTT k" the LĐTT belongs to the next question
        after = after[: after.index("khong")] if "khong" in after else after
        wanted = [t for t in _titles_in(after, model) if t not in (entity, REGISTRATION)]
    if not wanted:
        return None
    clauses = [tokens(c) for c in re.split(r"[.;]\s*", criteria) if c.strip()]
    verdict = "Có"
    through = ""
    for title in wanted:
        # "… không phải khen đột xuất" names a title to deny it
        # only a negation before the title denies it: "Có, nếu đạt LĐTT: …, không bắt buộc
        # sáng kiến" requires LĐTT and denies the sáng kiến alone
        naming = [
            c
            for c in clauses
            if title in _titles_in(c, model) and not _title_negated(c, title, model)
        ]
        if not naming:
            # the title's other facts may state the requirement ("trên 50 % … đạt Lao động
            # tiên tiến" is the ratio's fact, "02 lần liên tục đạt CSTĐCS" the years'): a
            # requirement stated anywhere for the title is no "Không"
            naming = [
                c
                for c in _other_clauses(entity, criteria, model)
                if _reached(c, title, model) and not _title_negated(c, title, model)
            ]
        prior, via = (None, []) if naming else _required_through(clauses, entity, title, model)
        if prior is not None:
            # "muốn lên CSTĐ tỉnh thì mỗi năm phải đạt LĐTT không": the title is required by
            # the one these criteria require (CSTĐ tỉnh: 03 lần CSTĐCS, Luật 2022 Điều 22
            # khoản 1 điểm a; CSTĐCS: đạt tiêu chuẩn LĐTT, Điều 23 khoản 1)
            naming = via
            through = (
                f"Phải đạt “{model.entities[title]}”: danh hiệu này đòi hỏi "
                f"“{model.entities[prior]}”, mà tiêu chuẩn của “{model.entities[prior]}” có "
                f"“{model.entities[title]}”."
            )
        if not naming:
            name = model.entities[title]
            # "không cần …" claimed of a title the criteria do not require holds
            note = f"Tiêu chuẩn không đòi hỏi “{name}”."
            if title.startswith("giay_khen") and entity in _HIGHER_FORMS:
                # "phải có giấy khen xã rồi mới đề nghị bằng khen tỉnh": the lower form is no
                # step to the higher (Luật 2022 Điều 5 khoản 2 điểm c; task h401)
                note = f"{note} {_STEP_UP_NOTE}"
            elif not need_denied and _PROVINCE_DETAILS.search(" ".join(tokens(criteria))):
                # "tiêu chuẩn giấy khen tập thể có bắt buộc phải đạt TTLĐTT trước k": the Law's
                # frame does not require it, but the province details the standard (Luật 2022
                # Điều 75 khoản 2), so its quy chế may (task h420)
                return "Tùy", f"{note} {PROVINCE_DETAILS_NOTE}"
            return ("Có" if need_denied else "Không"), note
        if all(_a_route(c, title, model) for c in naming):
            verdict = "Tùy"
    if need_denied:
        verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
    return verdict, through


#: forms above the xã's giấy khen, which no giấy khen must come before
_HIGHER_FORMS = frozenset({"bang_khen_tinh", "bang_khen_ttg"})
_STEP_UP_NOTE = "Thành tích đến đâu khen thưởng đến đó: hình thức khen chọn theo mức thành tích."


def _need_denied_at(asked: list[str], mark: int) -> bool:
    """ "TTLĐXS không cần ai đạt CSTĐCS", "k bắt phải có X", "không cần phải đạt X": the need
    at ``mark`` is denied (the denial may stand before the words of need leading to it), and
    no question of how much follows (task h137, h392)."""
    before = mark - 1
    while before > 0 and asked[before] in _NEED_WORDS:
        before -= 1
    return (
        before >= 0
        and asked[before] in NEED_DENIED
        and not {"bao", "may", "gi", "j"} & set(asked[mark + 1 :])
    )


def title_need_denied(question: str, model: FactModel) -> bool:
    """Whether ``question`` claims a title is not needed for another ("k cần phải có LĐTT mới
    được giấy khen"): ``title_required`` has judged that denial itself (task h392)."""
    asked = tokens(question)
    marks = [
        i
        for i, t in enumerate(asked)
        if (t == "can" and asked[i + 1 : i + 2] != ["bo"])
        or t == "buoc"
        or (t == "phai" and asked[i + 1 : i + 2] in (["dat"], ["co"]))
    ]
    if not marks or not _need_denied_at(asked, marks[-1]):
        return False
    after = asked[marks[-1] + 1 :]
    # the claim ends at its own yes/no ("… đúng k") or at the end of its sentence
    end = next((i for i, t in enumerate(after) if t in NEED_DENIED or t in {".", "?", ","}), None)
    return bool(_titles_in(after[:end], model))


#: "(là) điều kiện / tiêu chuẩn (bắt buộc) để": what precedes it is asked to be required
_PREREQUISITE_MARK = ("dieu", "kien")


def _prerequisites_named(asked: list[str], model: FactModel, entity: str) -> list[str]:
    """The titles named before "(là) điều kiện (để …)" in "CSTĐCS có phải là điều kiện để xét
    CSTĐ tỉnh không", when the title after it is ``entity``; [] otherwise."""
    at = next(
        (
            i
            for i in range(1, len(asked) - 1)
            if (asked[i], asked[i + 1]) == _PREREQUISITE_MARK and "la" in asked[max(0, i - 2) : i]
        ),
        None,
    )
    if at is None or entity not in _titles_in(asked[at + 2 :], model):
        return []
    return [t for t in _titles_in(asked[:at], model) if t not in (entity, REGISTRATION)]


def _required_through(
    clauses: list[list[str]], entity: str, title: str, model: FactModel
) -> tuple[str | None, list[list[str]]]:
    """The title these ``clauses`` require (not as one route of several) whose own criteria
    require ``title`` in turn, with those clauses: a requirement one step removed. (None, [])
    when there is none."""
    for clause in clauses:
        for prior in _titles_in(clause, model):
            if prior in (entity, title) or _title_negated(clause, prior, model):
                continue
            if _a_route(clause, prior, model):
                continue
            rule = model.fact(prior, "criteria")
            if rule is None:
                continue
            through = [
                c
                for c in (tokens(t) for t in re.split(r"[.;]\s*", rule.text) if t.strip())
                if title in _titles_in(c, model) and not _title_negated(c, title, model)
            ]
            if through:
                return prior, through
    return None, []


def _other_clauses(entity: str, criteria: str, model: FactModel) -> list[list[str]]:
    """The clauses of the entity's own facts (and their cases) other than ``criteria``."""
    texts = []
    for fact in model.facts.get(entity, {}).values():
        texts += [fact.text, *(own.text for own in fact.by_subject.values())]
    return [
        tokens(c)
        for text in texts
        if text != criteria
        for c in re.split(r"[.;]\s*", text)
        if c.strip()
    ]


def _reached(clause: list[str], title: str, model: FactModel) -> bool:
    """The clause names the title as one to have reached ("… đạt Lao động tiên tiến"), not as
    one given or compared ("tự quyết định tặng danh hiệu …")."""
    name = tokens(model.entities[title])
    return any(
        clause[i : i + len(name)] == name and "dat" in clause[max(0, i - 3) : i]
        for i in range(len(clause) - len(name) + 1)
    )


#: "không / chưa (có) ai đạt X", "không có cá nhân nào đạt X": no one in the case has a title
_NO_ONE = re.compile(
    r"\b(?:khong|chua)(?: co)? (?:ai|nguoi nao|ca nhan nao|dong chi nao)(?: (?:dat|duoc|co))* "
)


def no_one_reached(question: str, criteria: str, model: FactModel) -> str | None:
    """The clause of ``criteria`` requiring someone to have reached a title that the question
    says no one has ("9 người đạt LĐTT nhưng không ai đạt CSTĐCS" against "có cá nhân đạt
    Chiến sĩ thi đua cơ sở"); None when none is told, or the title is one route of several."""
    text = " ".join(tokens(question))
    for found in _NO_ONE.finditer(text):
        titles = _titles_in(text[found.end() :].split()[:8], model)
        if not titles:
            continue
        name = tokens(model.entities[titles[0]])
        for clause in re.split(r"[.;]\s*", criteria):
            words = tokens(clause)
            if "hoac" in words:
                continue
            for i in range(len(words) - len(name) + 1):
                named = words[i : i + len(name)] == name
                if named and "dat" in words[max(0, i - 3) : i] and "khong" not in words[:i]:
                    return clause.strip()
    return None


def _title_negated(clause: list[str], title: str, model: FactModel) -> bool:
    """A "không" before the title's name in the clause (or the clause naming it only after)."""
    name = tokens(model.entities[title])
    for i in range(len(clause) - len(name) + 1):
        if clause[i : i + len(name)] == name:
            return "khong" in clause[:i]
    return "khong" in clause


def _a_route(clause: list[str], title: str, model: FactModel) -> bool:
    """The title is named next to an "hoặc" (one route of several), not merely in a clause that
    has a choice elsewhere ("… 03 lần đạt CSTĐCS, và có sáng kiến hoặc đề tài")."""
    name = tokens(model.entities[title])
    for i in range(len(clause) - len(name) + 1):
        if clause[i : i + len(name)] == name:
            near = clause[max(0, i - 6) : i + len(name) + 3]
            if "hoac" in near:
                return True
    return False


#: a negation before "cần": "không / k / ko / chẳng cần …" claims a paper is not needed
NEED_DENIED = frozenset({"khong", "k", "ko", "kh", "hong", "chang", "cha", "khoi"})

#: words of need between a denial and the last mark ("k bắt phải", "không cần phải")
#: (task h401: "không nhất thiết phải có X": "nhất thiết" is a word of need too)
_NEED_WORDS = frozenset({"bat", "buoc", "can", "phai", "nhat", "thiet"})


_LACKS = re.compile(r"\b(?:khong|chua|ko|k) co (?:sang kien|de tai)|\bthieu (?:sang kien|de tai)")


def level_short_without(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """The title's rule for the level of duty the question tells ("hoàn thành tốt nhiệm vụ")
    when that level reaches the title only by a route (its ``met_by``: sáng kiến, đề tài) and
    the question tells none of them met; None otherwise."""
    rule = model.fact(pair.entity, "eligible")
    if rule is None:
        return None
    for case in pair.cases:
        own = rule.by_subject.get(case)
        if own is not None and own.met_by and route_stated(question, own.met_by) is None:
            return own
    return None


def lacks_initiative(question: str) -> bool:
    """ "không có sáng kiến": the initiative told missing, and no other route of the criteria
    (a scientific project, "đề tài khoa học") told or asked in its place (Luật 2022 Điều 22
    khoản 1 điểm b, Điều 23 khoản 2: sáng kiến hoặc đề tài, đề án khoa học)."""
    text = " ".join(fold(question).split())
    lacked = _LACKS.search(text)
    if lacked is None:
        return False
    # "không có sáng kiến hay đề tài": a route joined to the one lacked is lacked too
    joined = re.compile(r"\s*(?:(?:hay|hoac|va|voi|,|ca|cung)\s*)*")
    outside = (
        m
        for m in _OTHER_ROUTE.finditer(text)
        if not lacked.start() <= m.start() < lacked.end()
        and joined.fullmatch(text[lacked.end() : m.start()]) is None
    )
    return next(outside, None) is None


#: "sáng kiến (đó) chưa được (cấp có thẩm quyền) công nhận", "đề tài chưa nghiệm thu": the
#: route told, but short of what the criteria ask of it (Luật 2022 Điều 23 khoản 2: sáng kiến
#: "được cơ sở công nhận", đề tài "đã được nghiệm thu")
_ROUTE_UNRECOGNISED = re.compile(
    r"\bsang kien\b(?: \w+){0,10}? (?:chua|khong|ko|k|chang) (?:duoc |dc )?(?:\w+ ){0,5}?"
    r"cong nhan\b|\bde (?:tai|an)\b(?: \w+){0,3}? (?:chua|khong|ko|k) (?:duoc |dc )?nghiem thu\b"
    # "giải pháp … nhưng chưa được cấp có thẩm quyền công nhận là sáng kiến"
    r"|\b(?:chua|khong|ko|k|chang) (?:duoc |dc )?(?:\w+ ){0,5}?cong nhan (?:la )?sang kien\b"
)
#: "giải pháp mới nghĩ ra, chưa áp dụng, … vẫn tính là sáng kiến": a solution not yet applied
#: cannot have been recognised as the criteria's sáng kiến (its effect is what is recognised)
_ROUTE_UNAPPLIED = re.compile(
    r"\b(?:chua|khong|ko|k|chang) (?:duoc |dc |dem )?(?:ap dung|trien khai|ung dung)\b"
    # "chưa áp dụng trong toàn tỉnh" is a reach short, not an initiative unapplied
    r"(?! (?:o|tai|trong|toan|rong|ra)\b)"
)
_SANG_KIEN = re.compile(r"\bsang kien\b")
#: the other route of the criteria told met: "hoàn thành xuất sắc nhiệm vụ"
_EXCELLENT = re.compile(r"\bxuat sac\b|\bhtxs")


def route_unrecognised(question: str, criteria: str) -> str | None:
    """The note saying the route told falls short ("sáng kiến chưa được công nhận") when the
    title's criteria ask that route recognised and the question tells no other route met
    (hoàn thành xuất sắc nhiệm vụ); None otherwise (task h239)."""
    text = " ".join(fold(question).split())
    if "cong nhan" not in fold(criteria) or _EXCELLENT.search(text):
        return None
    if _ROUTE_UNRECOGNISED.search(text) is not None:
        return (
            "Sáng kiến chưa được công nhận (đề tài chưa được nghiệm thu) thì chưa đáp ứng điều "
            "kiện này; khi đó phải hoàn thành xuất sắc nhiệm vụ."
        )
    if _SANG_KIEN.search(text) is not None and _ROUTE_UNAPPLIED.search(text) is not None:
        return (
            "Giải pháp chưa áp dụng thì chưa được cơ sở công nhận là sáng kiến, nên chưa đáp "
            "ứng điều kiện này; khi đó phải hoàn thành xuất sắc nhiệm vụ."
        )
    return None


#: the routes of the criteria besides an initiative ("đề tài khoa học", "đề án khoa học")
_OTHER_ROUTE = re.compile(r"\bde (?:tai|an)\b|\bcong trinh khoa hoc\b")


#: attributes whose yes/no verdict answers "is X required?"
REQUIREMENTS = frozenset({"initiative"})

#: a claim that an initiative is required: "bắt buộc (phải) có sáng kiến", "phải có đề tài hoặc
#: sáng kiến mới được", "không có sáng kiến thì … không được" (not "không bắt buộc …")
_INITIATIVE_REQUIRED = re.compile(
    r"(?<!\bkhong )(?<!\bk )(?<!\bko )(?<!\bchang )(?<!\bkhoi )"
    r"\b(?:bat buoc|phai co|can co|yeu cau co)\b(?: \w+){0,5}? sang kien\b"
    r"|\bsang kien\b(?: \w+){0,4}? moi (?:duoc|dc|xet|du)\b"
)
#: the same claim as a loss: "không có sáng kiến thì … không được"
_INITIATIVE_LOSS = re.compile(
    r"\b(?:khong|ko|k|chua) co sang kien\b(?: \w+){0,3}? thi\b(?: \w+){0,8}? "
    r"(?:khong|ko|k|chang) (?:duoc|dc|xet)\b"
)


#: the initiative said not needed: "k cần sáng kiến", "không bắt buộc có sáng kiến"
_NEED_DENIED_SAID = re.compile(
    r"\b(?:khong|k|ko|kg|chang) (?:can|bat buoc|phai)(?: co)? (?:sang kien|de tai)\b"
)
#: the higher titles by their short forms ("CSTĐ tỉnh"), whose own rule requires an initiative
_HIGHER_TITLE = re.compile(r"\b(?:cstd|chien si thi dua) (?:cap )?(?:tinh|toan quoc|bo|nganh)\b")
#: "hoàn thành xuất sắc hoặc có sáng kiến": the initiative named as one route beside the level
_EXCELLENT_OR = re.compile(
    r"\b(?:xuat sac|htxs)\b(?: \w+){0,3}? hoac\b|\bhoac(?: \w+){0,2}? (?:xuat sac|htxs)\b"
)


#: "1 trong 2 là được", "một trong hai đều được": either of the routes named is enough
_ONE_OF_TWO = re.compile(r"\b(?:1|mot) trong (?:2|hai|cac)\b")
#: the initiative or the research project named as a route
_INITIATIVE_NAMED = re.compile(r"\b(?:sang kien|de tai)\b")


def either_route_claimed(question: str) -> bool:
    """ "CSTĐCS thì cần sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ, 1 trong 2 là được": the
    initiative named as one route beside excellence, as Luật 2022 Điều 23 khoản 2 words it;
    the claim restates the rule and denies nothing (h359)."""
    if " hoac " not in f" {question} " and " trong " not in f" {question} ":
        return False
    said = folded_words(question)
    if _INITIATIVE_NAMED.search(said) is None:
        return False
    return _EXCELLENT_OR.search(said) is not None or (
        _ONE_OF_TWO.search(said) is not None
        and (" xuat sac " in f" {said} " or " htxs " in f" {said} ")
    )


def initiative_required_claimed(question: str, loss_too: bool = True) -> bool:
    """The question claims (or asks whether) an initiative is required for the title, not
    as one route beside "hoàn thành xuất sắc nhiệm vụ"; with ``loss_too`` also as the title
    lost without one ("không có sáng kiến thì không được")."""
    said = folded_words(question)
    claimed = _INITIATIVE_REQUIRED.search(said) is not None or (
        loss_too and _INITIATIVE_LOSS.search(said) is not None
    )
    return (
        claimed
        and _EXCELLENT_OR.search(said) is None
        # "muốn lên CSTĐ tỉnh thì vẫn phải có sáng kiến": claimed of the higher title, which
        # does require one (Luật 2022 Điều 22 khoản 1 điểm b)
        and _HIGHER_TITLE.search(said) is None
        # "năm ngoái cần có sáng kiến, nay chủ tịch bảo k cần sáng kiến, đúng k": both told,
        # the saying judged is the later one, which the fact's own verdict answers
        and _NEED_DENIED_SAID.search(said) is None
    )


#: a saying that lacking the requirement loses the title: "(chị văn phòng bảo) không có sáng
#: kiến thì khỏi đăng ký / thì không được CSTĐCS" (the negation before a "thì" that is not the
#: "thi" of "thi đua")
# "… k có sáng kiến là loại / là trượt": "là" before a loss opens the consequence as "thì" does
# (h359)
_LACKING_THEN = re.compile(
    r"\b(?:khong|ko|k|chua|chang) (?:co )?\w+.*? "
    r"(?:thi (?!dua\b)|la (?:loai|truot|mat|hong|thoi|khoi|rot|tach)\b)"
)


def requirement_loss_reported(pair: Pair, question: str) -> bool:
    """A requirement fact ("CSTĐCS: Sáng kiến", whose verdict answers "is it required?") and a
    saying reported that lacking it loses the title: the saying claims it is required, which
    the fact's own verdict already answers, so the reported-denial turn must not turn it
    (task h126; Luật 2022 Điều 23 khoản 2: sáng kiến is one route among three)."""
    if pair.attr not in REQUIREMENTS or pair.without:
        return False
    said = folded_words(claim_put_up(question))
    return _LACKING_THEN.search(said) is not None


def other_criteria(
    model: FactModel, reading: Reading, entity: str
) -> list[tuple[tuple[tuple[str, ...], ...], str]]:
    """Each other title the question names, or names as a condition ("dat_cstt"), with the
    folded phrases naming it and its criteria text."""
    keys = list(reading.entities)
    for p in reading.pairs:
        keys += [c.removeprefix("dat_") for c in p.cases if c.startswith("dat_")]
    out = []
    for key in dict.fromkeys(keys):
        criteria = model.fact(key, "criteria") if key != entity else None
        if criteria is not None:
            out.append((model.names_of("entity", key), criteria.text))
    return out
