"""The pairs read against the whole question, after each part has been paired: what the
composer should answer given everything the question tells. A run of years told toward
another title ("2 năm liền LĐTT thì được CSTĐCS à"), a sum paid or a payer put up, what follows
"ngoài", a route or a step asked, a share of a collective, a figure claimed of a prize, the xã
told signing or acting now, who may revoke, the council's chair and role, an honour claimed,
registration asked, each turns, drops or adds pairs. Each reader takes the pairs and returns
them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from bot.core.text import fold, folded_words
from bot.knowledge.facts.across_parts import CONFIRM_TAIL, SAYING
from bot.knowledge.facts.asked import payer_claimed, payer_claimed_in_a_clause
from bot.knowledge.facts.case_kind import AWARD_KINDS
from bot.knowledge.facts.cases import CIRCUMSTANCES
from bot.knowledge.facts.claim import SUM_PATTERN, values_denied
from bot.knowledge.facts.claimed_papers import centre_claimed, paper_told_lacking
from bot.knowledge.facts.dates import decided_on, old_base_heard
from bot.knowledge.facts.deciders import DIRECTOR_DECIDES, council_chair_claim, names_enterprise
from bot.knowledge.facts.model import Fact, FactModel, Phrase, tokens
from bot.knowledge.facts.pair import Pair, needs
from bot.knowledge.facts.papers import STEP_WORDS, names_minutes
from bot.knowledge.facts.part_claims import BODIES
from bot.knowledge.facts.registration import REGISTRATION, REGISTRATION_MATTERS
from bot.knowledge.facts.revoke_grounds import consequence_asked
from bot.knowledge.facts.routes import initiative_told_lacking
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.triggers import per_question
from bot.knowledge.facts.words import COMMUNE, NEGATED, NOT_SPELLED, is_multiple_word
from bot.knowledge.facts.yesno import is_yesno, put_up

#: the ways of commending (not titles) whose form the xã's chairman gives: Giấy khen
_WAYS_OF_COMMENDING = AWARD_KINDS


@needs(lambda pairs, *_: any(p.yesno and p.attr == "object" and p.authority == "xa" for p in pairs))
def chair_gives_form(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "khen đột xuất … thì chủ tịch xã có được tặng giấy khen không": the xã's chairman named
    giving a giấy khen for a way of commending asks who decides it, not which hiện vật it
    carries (task h106). Only giấy khen: a bằng khen the xã does not give keeps its reading."""
    joined = f" {' '.join(toks)} "
    if " giay khen " not in joined or " bang khen " in joined:
        return pairs
    if not any(f" {verb} " in joined for verb in ("tang", "ky", "khen")):
        return pairs
    return [
        replace(p, attr="decides")
        if p.yesno
        and p.attr == "object"
        and p.authority == "xa"
        and p.entity in _WAYS_OF_COMMENDING
        and model.fact(p.entity, "decides") is not None
        else p
        for p in pairs
    ]


@needs(
    lambda pairs, toks, model: any(
        p.yesno and p.attr != "chair" and model.fact(p.entity, "chair") is not None for p in pairs
    )
)
def council_chair_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "chủ tịch hội đồng tđkt xã là chủ tịch ubnd xã đúng k": the council named with who is
    claimed to chair it asks who chairs it (its "chair" fact), not whether the person named
    decides titles, which the "chủ tịch ubnd xã" or "thủ tướng" in the claim would otherwise
    read it as (task h118; Luật 2022 Điều 90 khoản 2, domain.md 1.3)."""
    if council_chair_claim(toks) is None:
        return pairs
    return [
        replace(p, attr="chair", authority=None)
        if p.yesno and p.attr != "chair" and model.fact(p.entity, "chair") is not None
        else p
        for p in pairs
    ]


#: what a council is claimed to do when it is its role, not a decision, that is put up
_COUNCIL_ROLE = re.compile(r"\b(?:tham muu|tu van)\b(?! (?:ho so|giay to|cach|thu tuc))")


@needs(
    lambda pairs, *_: any(
        p.yesno and (p.attr == "decides" or (p.attr == "eligible" and p.entity in BODIES))
        for p in pairs
    )
)
def council_role_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "hội đồng tđkt xã làm nhiệm vụ tham mưu, tư vấn cho chủ tịch xã phải không": a council
    claimed to advise asks its role (its "criteria" fact, Luật 2022 Điều 90 khoản 4), not
    whether the chairman named after "cho" decides (task h118)."""
    joined = " ".join(toks)
    role = _COUNCIL_ROLE.search(joined)
    if role is None or re.search(r"\b(?:hay|hoac|quyen)\b", joined[: role.start()]):
        # "hội đồng có quyền ký quyết định không hay chỉ tư vấn": the power is asked, the
        # role is only the other answer offered
        return pairs
    return [
        replace(p, attr="criteria", authority=None, subject=None)
        if p.yesno
        # "hội đồng … là cơ quan tham mưu, tư vấn": "cơ quan" reads the council as a
        # collective that may be given a title; its role is what is claimed (task h167)
        and (p.attr == "decides" or (p.attr == "eligible" and p.entity in BODIES))
        and model.fact(p.entity, "chair") is not None
        and model.fact(p.entity, "criteria") is not None
        else p
        for p in pairs
    ]


#: "(có phải) là danh hiệu vinh dự nhà nước": the class a title is claimed to be; "(có) nằm
#: trong / thuộc (nhóm) danh hiệu vinh dự nhà nước" claims the same class (task h192)
_HONOUR_CLAIMED = re.compile(
    r"\b(?:(?:phai|la) (?:la |mot )?|(?:nam trong|thuoc|trong) (?:nhom |so |cac |loai |hang )?)"
    r"(?:danh hieu )?vinh du nha nuoc\b"
)
#: the entity the class itself is read as (Luật 2022 Điều 59)
_HONOURS = "khen_nha_nuoc"


def state_honour_claimed(
    pairs: list[Pair], toks: list[str], model: FactModel, told: Sequence[str] = ()
) -> list[Pair]:
    """ "chiến sĩ thi đua toàn quốc có phải danh hiệu vinh dự nhà nước không": a title claimed
    to be of the class of state honours asks what kind of title it is, which its "kind" fact
    says (Luật 2022 Điều 19, 20, 59), not the criteria of both (task h118)."""
    if _HONOUR_CLAIMED.search(" ".join(toks)) is None or not any(p.yesno for p in pairs):
        return pairs
    named = [p.entity for p in pairs if p.entity != _HONOURS]
    if not named and any(p.entity == _HONOURS for p in pairs):
        # "anh X được CSTĐ toàn quốc, vậy là danh hiệu vinh dự nhà nước rồi đúng k": the title
        # told in the story is what the asking part claims to be a state honour (task h137)
        named = [e for e in told if e != _HONOURS]
    if not named or all(p.entity != _HONOURS for p in pairs):
        return pairs  # the class was not read as named: nothing to turn
    entity = named[0]
    if model.fact(entity, "kind") is None:
        return pairs
    return [Pair(entity, "kind", None, True)]


#: a state honour named by its own name (Luật 2022 Điều 59 khoản 2), as the letter folds it
#: told to exist ("có danh hiệu Nghệ nhân ưu tú"); "được xét …" asks who may have it
_HONOUR_NAMED = re.compile(
    r"\bco (?:danh hieu|dh) (?:la )?(?:anh hung|ba me viet nam anh hung|me vn anh hung"
    r"|nha giao (?:nhan dan|uu tu)|thay thuoc (?:nhan dan|uu tu)|nghe si (?:nhan dan|uu tu)"
    r"|nghe nhan (?:nhan dan|uu tu))\b"
)


def honour_existence_asked(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "nghe nói có danh hiệu Nghệ nhân ưu tú, đúng k": a state honour named and asked to
    exist is read as who may have it, which no fact answers; what it is (a danh hiệu vinh dự
    nhà nước, Luật 2022 Điều 59 khoản 2) is the fact that does (task h323)."""
    if len(pairs) != 1 or pairs[0].entity != _HONOURS or pairs[0].attr != "eligible":
        return pairs
    if not pairs[0].yesno or model.fact(_HONOURS, "eligible") is not None:
        return pairs
    if _HONOUR_NAMED.search(" ".join(toks)) is None:
        return pairs
    return [replace(pairs[0], attr="kind")]


#: the verbs of undoing an award (Luật 2022 Điều 93): "hủy (bỏ)", "tước", "thu hồi"
_UNDO = re.compile(r"\b(?:huy|tuoc|thu hoi|lay lai|thu lai)\b")
#: a right named with the undoing it allows: "có quyền thu hồi", "thẩm quyền hủy bỏ"
_RIGHT_TO_UNDO = re.compile(r"\bquyen (?:\w+ ){0,1}(?:huy|tuoc|thu hoi|lay lai|thu lai)\b")


@needs(
    lambda pairs, *_: (
        any(p.attr == "revoke" for p in pairs) and any(p.attr == "decides" for p in pairs)
    )
)
def revoker_asked(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "ai có quyền tước danh hiệu vinh dự nhà nước, chủ tịch tỉnh được k": the level put up
    in the yes/no is claimed to be the one who may undo the award, not to award it; the
    revoke part carries the yes/no and the level (Luật 2022 Điều 93 khoản 7, 8; task h137)."""
    said = " ".join(toks)
    if _UNDO.search(said) is None:
        return pairs
    revoked = {p.entity for p in pairs if p.attr == "revoke"}
    # "ai có quyền thu hồi", "không ai có quyền lấy lại": the right named is the right to undo,
    # so the decider's pair read from "có quyền" is that same question (task h198)
    right_to_undo = _RIGHT_TO_UNDO.search(said) is not None
    asked = {
        p.entity: p
        for p in pairs
        if p.attr == "decides"
        and p.entity in revoked
        and (right_to_undo or (p.yesno and p.authority))
    }
    if not asked:
        return pairs
    return [
        replace(p, yesno=p.yesno or asked[p.entity].yesno, authority=asked[p.entity].authority)
        if p.attr == "revoke" and p.entity in asked
        else p
        for p in pairs
        if not (p.attr == "decides" and p.entity in asked)
    ]


#: an award told as already given: "đã tặng rồi", "tặng rồi", "đã trao", "đã được khen"
_GIVEN_ALREADY = re.compile(
    r"\b(?:da (?:duoc |dc )?(?:tang|trao|khen|nhan|cong nhan)|(?:tang|trao|khen|nhan) roi)\b"
)


#: an award told as given against the criteria or by mistake: "tặng LĐTT sai tiêu chuẩn", "xét
#: không đúng tiêu chuẩn", "ký tặng giấy khen nhầm người"
_WRONGLY_GIVEN = re.compile(
    r"\b(?:tang|khen|xet|cong nhan|trao|binh xet)(?: \w+){0,5}? (?:(?:sai|khong dung|khong du"
    r"|k dung|k du|ko dung|ko du|chua du|chua dat|khong dat) tieu chuan|nham|sai)\b"
)


#: a decision told as made: "quyết định công nhận / tặng …", "QĐ khen …"
_DECISION_TOLD = re.compile(r"\b(?:quyet dinh|qd) (?:cong nhan|tang|khen)\b")
_LEVELS = frozenset({"xa", "tinh"})
#: what a revoke story's dates read as ("cùng năm 2025", "2 năm liền")
_STORY_DATES = frozenset({"several", "consecutive"})


@needs(lambda pairs, *_: any(p.attr == "revoke" and p.yesno for p in pairs))
def revoked_after_given(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "giấy khen đã tặng rồi thì không ai lấy lại được đúng không": the award told as given
    is the story, and whether it may be undone is asked (Luật 2022 Điều 93); the bare "who
    may receive it" read from the story part is no part of the question (task h198)."""
    revoked = {p.entity for p in pairs if p.attr == "revoke" and p.yesno}
    said = " ".join(toks)
    if not revoked:
        return pairs
    # "đang bị điều tra vụ việc cùng năm 2025", "được LĐTT 2 năm liền, nay bị kỷ luật": the
    # years told date the story of a revoke yes/no; no run or several titles is asked
    pairs = [p for p in pairs if p.yesno or p.attr not in _STORY_DATES]
    if _DECISION_TOLD.search(said) is not None:
        # "quyết định công nhận LĐTT của xã ghi nhầm năm, … ai hủy": the level owning the
        # decision told is no recipient asked about (task h262)
        pairs = [
            p
            for p in pairs
            if not (p.attr == "eligible" and p.entity in revoked and p.subject in _LEVELS)
        ]
    if _WRONGLY_GIVEN.search(said) is not None:
        # "giám đốc tặng LĐTT sai tiêu chuẩn cho công nhân, xã có quyền hủy không": the
        # criteria missed and who gave it are the story, the revocation is asked (task h235)
        story = ("eligible", "criteria", "decides")
    elif _GIVEN_ALREADY.search(said) is not None:
        story = ("eligible",)
    else:
        return pairs
    return [p for p in pairs if not (p.attr in story and not p.yesno and p.entity in revoked)]


#: the parts a wrong award's story spawns ("tặng giấy khen nhầm", "hội đồng xét CSTĐCS")
_STORY_OF_WRONG = frozenset({"eligible", "criteria", "dossier", "decides", "council"})


def wrong_award_handled(pairs: list[Pair], question: str) -> list[Pair]:
    """ "xã đã ký quyết định, nay phát hiện không đủ điều kiện thì xử lý thế nào", "khen nhầm
    có bị xử lý không": what follows a wrong award is its cancellation (Luật 2022 Điều 93), a
    revoke part for the title told (or the general rule) when none was read (task h235)."""
    asked = consequence_asked(question)
    if asked is None or any(p.attr == "revoke" for p in pairs):
        return pairs
    titled = next((p for p in pairs if p.entity != "*"), None)
    entity = titled.entity if titled is not None else "*"
    subject = titled.subject if titled is not None else None
    if not asked:
        # "thôn dùng số liệu không thật để được thôn văn hóa thì xử lý thế nào": what is asked
        # is the consequence, which leads; the title's parts read from the story follow (h401)
        return [Pair(entity, "revoke", subject, False), *pairs]
    # "xét sai dẫn đến tặng giấy khen nhầm, người xét có bị xử lý không": the yes/no asks what
    # follows; a title's eligibility or dossier read from the story is told, not asked
    told = [replace(p, yesno=False) if p.attr in _STORY_OF_WRONG else p for p in pairs]
    return [Pair(entity, "revoke", subject, True), *told]


#: a state award named by its own form: an honour of Luật 2022 Điều 59 khoản 2, or a Huân
#: chương, Huy chương, Bằng khen của Thủ tướng
_OWN_FORMS = re.compile(
    r"\b(?:anh hung|me viet nam|me vn|nha giao (?:nhan dan|uu tu)|thay thuoc (?:nhan dan|uu tu)"
    r"|nghe si (?:nhan dan|uu tu)|nghe nhan (?:nhan dan|uu tu)|huan chuong|huy chuong"
    r"|bang khen (?:cua )?thu tuong)\b"
)


def own_honour_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "mẹ Việt Nam anh hùng có phải danh hiệu vinh dự nhà nước không": the form named is
    itself one of the state awards, so both names read as the same entity, which has no
    criteria fact of its own; what kind of award it is, is asked (Luật 2022 Điều 59, task
    h121). Only when every part is of the state awards and one is a yes/no."""
    said = " ".join(toks)
    claim = _HONOUR_CLAIMED.search(said)
    if claim is None or not pairs or any(p.entity != _HONOURS for p in pairs):
        return pairs
    if not any(p.yesno for p in pairs) or model.fact(_HONOURS, "kind") is None:
        return pairs
    if "vinh du" in said[: claim.start()]:
        return pairs  # the class itself named first: no form of it to place
    if _OWN_FORMS.search(said[: claim.start()]) is None:
        return pairs  # "kỷ niệm chương có phải …": a form that is no state award at all
    # the other parts ("…, ai có quyền tước") stay as asked
    kept = [p for p in pairs if not (p.yesno and p.attr in ("criteria", "eligible", "kind"))]
    return [Pair(_HONOURS, "kind", None, True), *kept]


#: a count of years or times ("2 năm", "ba lần"); the word after it is "năm" or "lần"
_RUN_COUNT = frozenset({"hai", "ba", "bon", "2", "3", "4", "5"})
#: a count of one: a single time is no run, whatever the rule needs ("CSTĐ tỉnh 1 lần")
_ONCE = frozenset({"1", "mot"})
#: a run told as one: "liền", "liên tục", "liên tiếp"
_RUN_AS_ONE = re.compile(r"\b(?:lien|lien tuc|lien tiep)\b")
#: a run of years claimed to be required ("phải 2 năm liền LĐTT mới được xét")
_RUN_REQUIRED = re.compile(r"\b(?:phai|can|bat buoc)\b(?: \w+){1,8}? moi\b")
#: a route or condition of a title told beside a run of years
_ROUTE_TOLD = re.compile(r"\b(?:sang kien|xuat sac|de tai|nghiem thu)\b")
#: "… thì được gì", "được những gì": what a run of years leads to is asked
_WHAT_FOLLOWS = (("duoc", "gi"), ("duoc", "nhung"), ("se", "duoc"))


def _run_told(pairs: list[Pair], toks: list[str], *_: object) -> bool:
    """A count of years or times ("2 năm", "ba lần", "1 lần") may be told: both its words are
    among the question's, which ``run_toward`` reads nothing without (s49a: one in six
    readings)."""
    return not _RUN_UNITS.isdisjoint(toks) and not _COUNTS.isdisjoint(toks)


#: the words after a count of a run, and the counts themselves (``run_toward``'s ``counted``)
_RUN_UNITS = frozenset({"nam", "lan"})
_COUNTS = _RUN_COUNT | _ONCE


#: the words asking how many times a run takes ("cần mấy lần", "bao nhiêu năm")
_HOW_MANY = frozenset({"may", "bn"})


def _own_run_asked(titles: list[tuple[int, int, str]], toks: list[str], held_at: int) -> bool:
    """Whether the title held at ``titles[held_at]`` is named again with its own run asked
    right after it ("… còn CSTĐ tỉnh cần mấy lần CSTĐCS") (task f197)."""
    held = titles[held_at][2]
    for j, (_, end, key) in enumerate(titles):
        after = toks[end : end + 4]
        if (
            j != held_at
            and key == held
            and (_HOW_MANY & set(after) or "bao nhieu" in " ".join(after))
        ):
            return True
    return False


@needs(_run_told)
def run_toward(
    pairs: list[Pair],
    toks: list[str],
    spans: list[tuple[int, int, Phrase | None]],
    model: FactModel,
) -> list[Pair]:
    """ "chỉ cần 2 năm LĐTT là đủ CSTĐCS à", "cô ấy 2 năm liền đạt CSTĐCS, có được đề nghị CSTĐ
    tỉnh không": a run of years told with one title (held) and another title named after it
    (asked) is a claim about the asked title's rule on runs of the held one (its case
    "dat_<held>", Luật 2022 Điều 22-23), not the held title's own years rule nor who may have the
    asked one. With no other title named, "LĐTT 3 năm liền thì được gì" asks what the run leads
    to: each title whose rule names a run of the held one answers (task h115)."""
    titles = sorted(
        (a, b, p.key if p.kind == "entity" else p.key[len("dat_") :])
        for a, b, p in spans
        if p is not None
        and (p.kind == "entity" or (p.kind == "subject" and p.key.startswith("dat_")))
    )
    words = [t for t in toks if t.isalnum()]
    asked = any(p.yesno for p in pairs) or put_up(words)
    follows = any(pair in _WHAT_FOLLOWS for pair in pairwise(toks))
    if not (asked or follows):
        return pairs
    if _ROUTE_TOLD.search(" ".join(toks)):
        # "3 năm liền CSTĐCS và có sáng kiến trong tỉnh thì đủ chưa": more than the run is
        # told; the asked title's criteria answer, not its rule on runs
        return pairs
    for i, (start, end, held) in enumerate(titles):
        near = toks[max(0, start - 4) : start] + toks[end : end + 4]
        # a single time is "1 lần" of a title ("CSTĐ tỉnh 1 lần"), not "cùng 1 năm" nor a
        # prize's "1 lần lương cơ sở"
        # "thưởng CSTĐCS chỉ bằng 2 lần LĐTT": a multiple of a prize, no run (task h378)
        multiple = start >= 3 and is_multiple_word(toks, start - 3)
        counted = [
            t
            for t, u, w in zip(near, near[1:], [*near[2:], ""], strict=False)
            if (u in ("nam", "lan") and t in _RUN_COUNT)
            or (u == "lan" and t in _ONCE and w not in ("luong", "muc"))
        ]
        if multiple and toks[start - 1] == "lan":
            continue
        if not counted:
            continue
        # the asked title is most often named after the run ("2 năm LĐTT là đủ CSTĐCS"), but
        # may open the claim ("giấy khen phải có 2 năm LĐTT mới được")
        runs = [
            key
            for _, _, key in [*titles[i + 1 :], *titles[:i]]
            if key not in (held, "*") and _runs_of(model, key, held)
        ]
        if runs and asked:
            # a rule naming the run in its own text ("03 lần liên tục đạt CSTĐCS") has no case:
            # the count of the run decides it, so the run must be told as one ("liền", "liên
            # tục"), or be claimed enough ("… là đủ"), which the rule's added condition answers
            case = _run_case(model, runs[0], held)
            once = counted[0] in _ONCE
            if case is None and not (_RUN_AS_ONE.search(" ".join(near)) or "du" in words or once):
                return pairs
            if case is not None and _RUN_REQUIRED.search(" ".join(toks)):
                rule = model.facts[runs[0]]["consecutive"].by_subject[case]
                if rule.verdict == "Tùy":
                    # "CSTĐCS phải 2 năm liền LĐTT mới được xét": the run is claimed to be
                    # required, and a run the case calls no criterion is not; the title's own
                    # years rule ("không cần năm liên tục") answers it with its "Không"
                    return pairs
            if any(p.entity == runs[0] and p.attr == "consecutive" for p in pairs):
                if case is None and _own_run_asked(titles, toks, i):
                    # "CSTĐ toàn quốc có phải cần 2 lần liên tục CSTĐ tỉnh k, còn CSTĐ tỉnh cần
                    # mấy lần CSTĐCS": the held title opens a part of its own asking its own run
                    # (Luật 2022 Điều 21, 22): its years rule is a second part, asked "mấy"
                    # (task f197, b197)
                    return [
                        replace(p, yesno=False)
                        if p.entity == held and p.attr == "consecutive"
                        else p
                        for p in pairs
                    ]
                if case is None:
                    # read already as the rule on runs, whose own count decides; the held
                    # title's years rule ("không cần năm liên tục") is no part of "CSTĐCS 2
                    # năm liền -> CSTĐ tỉnh được k" (task h210)
                    return [
                        p
                        for p in pairs
                        if not (p.entity == held and p.attr == "consecutive" and p.yesno)
                    ]
                # read already as the rule on runs: only the case of the held title is set
                return [
                    replace(p, subject=case, cases=(case,))
                    if p.entity == runs[0] and p.attr == "consecutive" and p.yesno
                    else p
                    for p in pairs
                ]
            # the asked title's other parts asked beside ("…, thưởng mấy lần lương cơ sở")
            kept = [
                p
                for p in pairs
                if not p.yesno
                and p.entity != held
                and (p.entity != runs[0] or p.attr in ("money", "object"))
            ]
            cases = (case,) if case else ()
            return [Pair(runs[0], "consecutive", case, True, cases=cases), *kept]
        if follows and len({key for *_, key in titles}) == 1:
            led = [
                key
                for key, facts in model.facts.items()
                if key not in (held, "*") and _runs_of(model, key, held)
            ]
            if led:
                kept = [p for p in pairs if not (p.entity == held and p.attr == "consecutive")]
                return [
                    *(
                        Pair(key, "consecutive", case, False, cases=(case,) if case else ())
                        for key in led
                        for case in [_run_case(model, key, held)]
                    ),
                    *kept,
                ]
    return pairs


def _runs_of(model: FactModel, key: str, held: str) -> bool:
    """The title ``key``'s rule on runs of years is about the ``held`` title: it has a case
    for it, or names a run of it ("03 lần liên tục đạt Chiến sĩ thi đua cơ sở"); a rule that
    names the held title otherwise ("điều kiện để xét Chiến sĩ thi đua cơ sở") is not."""
    rule = model.facts.get(key, {}).get("consecutive")
    if rule is None:
        return False
    name = model.entities.get(held, chr(0))
    # "03 lần liên tục đạt Chiến sĩ thi đua cơ sở", "02 lần liên tục được tặng Chiến sĩ thi
    # đua cấp tỉnh" (Luật 2022 Điều 21 khoản 1 điểm a)
    named = (f"liên tục đạt {name}", f"liên tục được tặng {name}")
    return _run_case(model, key, held) is not None or any(n in rule.text for n in named)


def _run_case(model: FactModel, key: str, held: str) -> str | None:
    """The case of ``key``'s rule on runs for years of ``held``: "nam_<held>" (years told of a
    title that is only the asked one's yearly condition) or "dat_<held>"; None without one."""
    rule = model.facts.get(key, {}).get("consecutive")
    cases = rule.by_subject if rule is not None else {}
    return next((c for c in (f"nam_{held}", f"dat_{held}") if c in cases), None)


#: the fund of the thi đua, khen thưởng (an entity of its own, not a title)
_FUND = "quy_tdkt"


@needs(lambda pairs, *_: any(p.entity == _FUND for p in pairs))
def fund_kept(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "bỏ huyện rồi thì xã có được lập quỹ TĐKT riêng k": setting up the fund is answered by
    what it is made of and that the xã keeps its own (NĐ 152/2025 Điều 46 khoản 3), not by the
    council's "establish" fact, which names a council (task h256). "quỹ trước ở huyện, giờ xã
    có quỹ riêng k" asks the same of the fund's existence: a pair of the fund with no fact of
    its own ("huyện" read as who decides, "có" as who may have it) is that one (task h328)."""
    own = "rieng" in toks
    facts = model.facts.get(_FUND, {})
    return [
        replace(p, attr="sources")
        if p.entity == _FUND and (p.attr == "establish" or (own and p.attr not in facts))
        else p
        for p in pairs
    ]


#: the xã's own fund denied: "xã không có quỹ thi đua riêng", "k còn quỹ", "chưa lập quỹ"
_FUND_DENIED = re.compile(
    # "xã k cần trích quỹ nữa": no share set aside is the fund denied too (task h341)
    r"\b(?:khong|ko|k|chua) (?:co|con|duoc lap|lap|duoc co|(?:can |phai )?trich) quy\b"
)


#: the past told: "trước xã k có quỹ riêng, quỹ ở huyện" is how it was, not what is claimed now,
#: unless the ask comes back to now ("…, giờ xã k có quỹ à")
_BEFORE = frozenset({"truoc", "xua", "kia"})
_NOW = frozenset({"gio", "nay", "hien"})


def fund_denied(question: str) -> bool:
    """ "giờ xã k có quỹ thi đua riêng đúng k": the claim denies what the fund's sources fact
    states (the xã keeps its own, NĐ 152/2025 Điều 46 khoản 3), so its "Có" turns (h328). A
    denial told of the past ("trước xã k có quỹ riêng, …, giờ xã có phải lập quỹ k") is the
    story before the reform, not the claim (task h341)."""
    said = folded_words(question)
    found = _FUND_DENIED.search(said)
    if found is None:
        return False
    before = said[: found.start()].split()
    past = max((at for at, w in enumerate(before) if w in _BEFORE), default=-1)
    now = max((at for at, w in enumerate(before) if w in _NOW), default=-1)
    return past < 0 or now > past


def _payer_claim_asked(pairs: list[Pair], toks: list[str], words: list[str]) -> bool:
    """Whether the payer claimed is asked: a pair's yes/no, a rising tail, a bare yes/no, or
    the letter's closing tail that puts up what it told."""
    return (
        any(p.yesno for p in pairs)
        or put_up(words)
        or (not pairs and is_yesno(toks))
        # "… tiền thưởng 1,5 lần thì xã phải tự chi …, vậy có đúng k": the letter's closing
        # tail puts up what it told, the payer claimed with it (task h286)
        or CONFIRM_TAIL.search(" ".join(words)) is not None
    )


def payer_put_up(pairs: list[Pair], question: str, toks: list[str], model: FactModel) -> list[Pair]:
    """ "tiền thưởng giấy khen xã chi à", "bằng khen tỉnh thì tiền thưởng do xã chi đúng k":
    the prize asked with a level claimed to pay it asks who pays, not how much; the prize part
    becomes the payer's yes/no, which the composer weighs against the level that decides (the
    fund of the deciding level pays, NĐ 152/2025). A title read only as what the asker holds
    ("tiền thưởng LĐTT … chi từ quỹ thi đua của xã": the fund became the entity) is the title
    asked. Nothing changes unless a level is claimed to pay and the claim is asked (task h115).
    """
    words = [t for t in toks if t.isalnum()]
    claimed = payer_claimed_in_a_clause(question)
    if claimed and old_base_heard(question):
        # task h264: "xã chi thưởng …; chị PCT bảo tính theo lương cơ sở cũ, đúng không": the
        # old base is the line put up; the payer told in the story claims nothing
        claimed = False
        pairs = [replace(p, yesno=False) if p.attr == "payer" else p for p in pairs]
        # the prize judged on that base leads the parts the story named
        pairs.sort(key=lambda p: p.attr != "money")
    # s51: whether the claim is asked is read only when a payer is claimed (few readings
    # claim one): with none, the branch below is taken whatever it says
    if not (claimed and _payer_claim_asked(pairs, toks, words)):
        if any(p.attr == "payer" for p in pairs):
            return pairs
        if _PAYER_ASKED.search(folded_words(question)):
            # "trường tự chi hay xã chi", "vậy ai chi mới đúng": who pays is asked, not
            # claimed; it is answered beside the prize (task h166)
            return pairs + [replace(p, yesno=False) for p in _payers_of(pairs, model)]
        if "dau" in words and payer_asked_apart(question):
            # "tiền thưởng giấy khen của tiểu thương lấy từ đâu": the title and its recipient
            # stand between the money and "lấy từ đâu", so no payer cue is whole; the prize
            # stays only where its amount is asked too ("…, năm nay bn") (task h244)
            payers = [replace(p, yesno=False) for p in _payers_of(pairs, model)]
            if not payers or "bn" in words or "nhieu" in words:
                return pairs + payers
            # the payer stands where the prize was read: a part asked before it keeps its place
            at = next(i for i, p in enumerate(pairs) if p.attr == "money")
            rest = [p for p in pairs if p.attr != "money"]
            return rest[:at] + payers + rest[at:]
        return pairs
    if _FIGURE_PUT_UP.search(fold(question).lower()) or "bn" in words or "nhieu" in words:
        # "CSTĐ tỉnh thưởng 7.590.000 và do quỹ tỉnh chi phải k", "… xã phải tự chi đúng k,
        # thưởng bn": the figure is put up or asked beside who pays; both are answered
        payers = payer_beside_money(pairs, model, asked="bn" in words or "nhieu" in words)
        if _PAYER_ASKED.search(folded_words(question)):
            # "… mỗi cái bao nhiêu và xã chi hay tỉnh chi": the payer is asked, not claimed
            return [replace(p, yesno=False) if p.attr == "payer" else p for p in payers]
        return payers
    payers = {p.entity for p in pairs if p.attr == "payer"}
    if payers:
        # "tiền thưởng TTLĐXS xã tự chi à": the payer was read from its own cue; the claim
        # put up makes it the yes/no, and the prize beside it was not asked
        return [
            replace(p, yesno=True) if p.attr == "payer" else p
            for p in pairs
            if not (p.attr == "money" and p.entity in payers)
        ]
    prize_paid = _prize_paid_claimed(question)
    if not pairs:
        # "cấp nào quyết định khen thì cấp đó chi, đúng k": a payer claimed with no title named
        # is the general rule's yes/no (NĐ 152/2025/NĐ-CP Điều 46)
        return [Pair(_FUND, "payer", None, True)] if prize_paid else pairs
    out: list[Pair] = []
    for p in pairs:
        entity = p.entity
        if model.fact(entity, "decides") is None:
            # the title told as what was won ("khen đột xuất cho người dân …"): its level pays
            won = [c for c in (p.subject or "", *p.cases) if c.startswith("dat_")]
            entity = won[0][len("dat_") :] if won else entity
        # "tiền lấy từ quỹ thi đua của xã phải không": the fund named is whose money pays,
        # whatever attribute its words were read as (task h166)
        if p.entity == _FUND or (p.attr == "money" and model.fact(entity, "decides") is not None):
            subject = None if entity != p.entity else p.subject
            p = replace(p, entity=entity, attr="payer", yesno=True, subject=subject)
        if p not in out:
            out.append(p)
    if prize_paid and not any(p.attr == "payer" for p in out):
        # "thôn văn hóa là chủ tịch xã tặng, tiền xã chi phải k": who pays is claimed beside
        # who decides, which is mostly told; the claim on the payer leads, as its own part
        payer = [
            replace(p, attr="payer", yesno=True, subject=None)
            for p in out
            if model.fact(p.entity, "decides") is not None
        ][:1]
        out = payer + out
    return out


def centre_route_put_up(pairs: list[Pair], question: str) -> list[Pair]:
    """ "Việt kiều muốn được bằng khen tỉnh thì phải nộp hồ sơ lên Bộ Ngoại giao, đúng k": a
    dossier claimed sent to a central body is the claim put up; the title wanted in the
    condition asks nothing of its own, so the submission part takes the yes/no (task h244)."""
    if not any(p.yesno for p in pairs) or not any(p.attr == "submit" for p in pairs):
        return pairs
    if not centre_claimed(question):
        return pairs
    return [replace(p, yesno=p.attr == "submit") for p in pairs]


def payer_beside_money(pairs: list[Pair], model: FactModel, asked: bool) -> list[Pair]:
    """The payer's yes/no added beside the prize of each title whose prize is read (task h166).
    When the amount is asked ("thưởng bn") the yes/no is the payer's alone and leads; when a
    figure is put up ("thưởng 7.590.000 và do quỹ tỉnh chi phải k") both claims are judged."""
    if any(p.attr == "payer" for p in pairs):
        return [replace(p, yesno=True) if p.attr == "payer" else p for p in pairs]
    payers = _payers_of(pairs, model)
    if not payers:
        return pairs
    if asked:
        return payers + [replace(p, yesno=False) for p in pairs]
    return pairs + payers


def _payers_of(pairs: list[Pair], model: FactModel) -> list[Pair]:
    """The payer part (a yes/no) of the first title whose prize is read, if it is a title."""
    return [
        replace(p, attr="payer", yesno=True, subject=None)
        for p in pairs
        if p.attr == "money" and model.fact(p.entity, "decides") is not None
    ][:1]


#: where the prize money comes from, asked with words between the money and the ask ("tiền
#: thưởng giấy khen của tiểu thương lấy từ đâu", "thưởng cho các hộ thì lấy đâu ra"): within
#: one clause, so a "lấy ở đâu" of another clause (a form, a paper) is no payer asked
_PAYER_APART = re.compile(
    # "tiền thưởng trường nhận ở đâu", "… lĩnh ở đâu": where the recipient draws it (task h341)
    r"\b(?:tien|thuong)\b(?: \w+){0,12}? (?:(?:lay|chi|trich|nhan|linh) (?:tu |o )?dau\b"
    r"|lay dau ra\b"
    r"|(?:tu|o) dau ra\b)"
)


def payer_asked_apart(question: str) -> bool:
    """Whether one clause asks where the prize money comes from in words set apart (task h244)."""
    return any(_PAYER_APART.search(folded_words(c)) for c in re.split(r"[,.;:?!]", question))


#: the prize itself told as paid by a level: "tiền xã chi", "xã phải chi tiền thưởng", "trạm
#: chi khoản này"; a bare "xã chi …" may be "xã chỉ …" (only), which no diacritic tells apart
_PRIZE_PAID = re.compile(
    r"\btien(?: thuong)? (?:do |thi )?(?:xa|phuong|tinh|truong|tram) "
    r"(?:(?:phai|co|van|se|tu) )*chi\b"
    r"|\b(?:xa|phuong|tinh|truong|tram)(?: (?:phai|co|van|se|tu|duoc|dc))* (?:chi|tra) "
    r"(?:tien|khoan|thuong)\b"
)


def _prize_paid_claimed(question: str) -> bool:
    """Whether the question claims who pays in words no "chỉ" (only) could stand for: the
    general rule ("cấp nào quyết định thì cấp đó chi") or a level paying the prize named."""
    # the sentence that asks: "Năm nay phường chi thưởng LĐTT …. Có phải khấu trừ thuế k" tells
    # who paid and asks the tax
    asking = next((s for s in reversed(re.split(r"[.?!]", question)) if s.strip()), question)
    said = folded_words(asking)
    return payer_claimed(question) == "decider" or _PRIZE_PAID.search(said) is not None


#: a figure put up beside who pays: a sum ("7.590.000", "760k"), a coefficient ("3,0") or a
#: share ("1,5%"); a date told ("QĐ ký 22/12/2026") is none
_FIGURE_PUT_UP = re.compile(f"(?:{SUM_PATTERN})" + r"|(?<![\d/])\d{1,2},\d\b|\d ?%")
#: who pays asked rather than claimed: "ai chi", "tỉnh hay phường chi", "trường tự chi hay xã"
_PAYER_ASKED = re.compile(
    r"\bai (?:chi|tra)\b|\b(?:tu )?chi hay\b|\bhay (?:\w+ ){1,2}(?:tu )?chi\b"
)


#: a sum of money as typed with its thousands ("2.340.000", "760,000")
#: a sum told as paid or received ("kế toán chi cho em 2.340.000", "nhận 760.000"), not given
#: by the asker ("ủng hộ 50.000.000")
#: ("nên ghi 3.800.000 mỗi người" in a budget: the sum written down is claimed, task h421)
_SUM_TOLD = re.compile(
    r"(?:\b(?:chi|nhan|phat|tra|linh|ghi)(?: \S+){0,3}? "
    # task h422: "chi tiền thưởng thôn văn hóa theo lương cơ sở 2.340.000": the base paid on
    r"|\btheo (?:muc )?(?:luong co so|lcs)(?: moi| cu)? )"
    f"(?:{SUM_PATTERN})"
)
#: "kế toán tính 760.000", "tính tiền thưởng theo lương cơ sở mới 2.530.000", "tính 1,5 x
#: 2.530.000": a sum worked out is told as paid too ("tính" only with the words of working
#: out between, since the folded "tỉnh" is the same word); the sum read as every claimed sum is
_SUM_WORKED = re.compile(
    r"\btinh (?:ra |la |duoc |dc )?(?:tien thuong |tien |thuong )?"
    r"(?:theo (?:muc )?(?:luong co so|lcs)(?: moi| cu)? )?(?:\d(?:[.,]\d+)? ?[x*×] ?)?"
    + f"(?:{SUM_PATTERN})"
)


#: a product worked out with its result: "3 x 2.530.000 = 7.590.000", "0,8 x 2.530.000 =
#: 2.024.000" (the asker's own arithmetic, whoever is said to have done it; task h421)
_PRODUCT_WORKED = re.compile(
    r"\b\d+(?:[.,]\d+)? ?[x*×] ?\d{1,3}(?:[.,]\d{3})+ ?= ?\d{1,3}(?:[.,]\d{3})+\b"
)


@per_question
def _sum_told(question: str) -> bool:
    """A sum told as paid or worked out for a title (tasks h107, h115, h182, h421)."""
    said = " ".join(fold(question).split())
    return bool(_SUM_TOLD.search(said) or _SUM_WORKED.search(said) or _PRODUCT_WORKED.search(said))


def _case_unasked(pair: Pair, question: str) -> bool:
    """The part asks nothing of a case: no subject read, or one read off the story ("xã em",
    "thôn được tặng", "chủ tịch xã ký") with no word asking who may have the title ("có được",
    "đủ điều kiện"), so the sum told is what the yes/no checks (task h182)."""
    return pair.subject is None or not _ELIGIBILITY_ASKED.search(" ".join(fold(question).split()))


def paid_sum_judged(pairs: list[Pair], question: str) -> list[Pair]:
    """ "quyết định CSTĐCS ký 15/01/2026, kế toán chi cho em 2.340.000 … chi như vậy là đúng
    phải không": a sum told of a title whose prize is asked, and a yes/no with nothing of its
    own to ask of that title (who may have it, read by default), asks whether the sum is right:
    the prize part carries the yes/no, and who may have the title is not asked (task h107)."""
    if not any(p.yesno and p.attr == "eligible" for p in pairs) or not any(
        p.attr == "money" and not p.yesno for p in pairs
    ):
        # s48a: no yes/no on who may have a title, or no prize asked plainly: nothing is
        # "bare" below, whatever sum is told, and the scan for one is skipped
        return pairs
    if not _sum_told(question):
        return pairs
    priced = {p.entity for p in pairs if p.attr == "money" and not p.yesno}
    bare = [
        p
        for p in pairs
        if p.yesno and p.attr == "eligible" and _case_unasked(p, question) and p.entity in priced
    ]
    if not bare:
        return pairs
    asked = {p.entity for p in bare}
    return [
        replace(p, yesno=True) if p.attr == "money" and p.entity in asked else p
        for p in pairs
        if p not in bare
    ]


@needs(lambda pairs, *_: any(p.yesno and p.attr in ("eligible", "decides") for p in pairs))
def paid_sum_unpriced(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "QĐ LĐTT ký 2/9/2026, kế toán chi 710.000. Kế toán chi vậy đúng không": a sum told as
    paid for a title, with no word for the prize ("tiền thưởng") and a yes/no with nothing of
    its own to ask of that title, asks whether the sum is right, as ``paid_sum_judged`` reads
    it when the prize is named: the title's prize part carries the yes/no (task h115)."""
    if any(p.attr == "money" for p in pairs) or not _sum_told(question):
        return pairs
    # "qđ LĐTT ký 10/01/2026, kế toán chi 760.000 đúng k": the "ký" dates the decision whose
    # prize is paid, it does not ask who signs (task h137)
    # "3 x 2.530.000 = 7.590.000 cho QĐ ký sau 1/7/2026": a product worked out is the claim,
    # the "ký" only says which base applies (task h421)
    dated = isinstance(decided_on(question), date) or bool(
        _PRODUCT_WORKED.search(" ".join(fold(question).split()))
    )
    attrs = {"eligible", "decides"} if dated else {"eligible"}
    return [
        replace(p, attr="money")
        if p.yesno
        and p.attr in attrs
        and _case_unasked(p, question)
        and (prize := model.fact(p.entity, "money")) is not None
        and prize.coefficients
        else p
        for p in pairs
    ]


def besides_asked(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "ngoài tiền thưởng (ra) có được giấy chứng nhận không": what follows "ngoài" is taken
    as given, the yes/no asks of the other thing. The part of the attribute named right after
    "ngoài" is answered plainly (its amount), not opened with a verdict of its own, when another
    yes/no part of the same title is asked (task h101)."""
    besides: set[str] = set()
    for i, w in enumerate(toks):
        if w != "ngoai":
            continue
        at = i + 2 if toks[i + 1 : i + 2] == ["ra"] else i + 1
        for n in range(model.longest, 0, -1):
            phrase = model.phrases.get(tuple(toks[at : at + n]))
            if phrase is not None and phrase.kind == "attr":
                besides.add(phrase.key)
                break
    if not besides:
        return pairs
    out = []
    for p in pairs:
        other = any(q.yesno and q.entity == p.entity and q.attr not in besides for q in pairs)
        out.append(replace(p, yesno=False) if p.yesno and p.attr in besides and other else p)
    return out


def denied_object_put_up(pairs: list[Pair], question: str, model: FactModel) -> list[Pair]:
    """ "nghe nói CSTĐCS không có bằng chứng nhận, chỉ có tiền, đúng k": the thing denied is the
    claim put up, the prize after "chỉ" is what the saying leaves; the yes/no read at the prize
    also asks the title's hiện vật, whose part judges the denial (task h238)."""
    denied = [
        p
        for p in pairs
        if p.attr == "object"
        and not p.yesno
        and any(q.yesno and q.entity == p.entity and q.attr == "money" for q in pairs)
    ]
    if not denied or not values_denied(question, model.values.get("object", {})):
        return pairs
    return [replace(p, yesno=True) if p in denied else p for p in pairs]


#: words that ask whether a thing is required ("có cần / phải / bắt buộc có sáng kiến")
_REQUIRING = frozenset({"can", "phai", "bat", "buoc", "yeu", "cau", "doi", "hoi"})
#: "(có) được đề nghị / xét / công nhận …": whether the title may be had
_MAY_HAVE = frozenset({"de", "xet", "cong", "tang", "len", "dat", "nhan"})


def route_with_paper_lacking(pairs: list[Pair], question: str) -> list[Pair]:
    """ "đề nghị CSTĐCS vì có sáng kiến nhưng thiếu giấy công nhận sáng kiến, hồ sơ đủ chưa":
    the sáng kiến is the route told, the dossier is what is asked; the ``initiative`` part
    (is one required?) is no question here, so it gives way to the dossier's (task h214)."""
    dossiers = {p.entity for p in pairs if p.attr == "dossier"}
    if not any(p.attr == "initiative" and p.entity in dossiers for p in pairs):
        return pairs
    if not paper_told_lacking(question) and not _initiative_as_condition(fold(question)):
        return pairs
    return [p for p in pairs if not (p.attr == "initiative" and p.entity in dossiers)]


#: "CSTĐCS k có sáng kiến thì có cần biên bản … không": the sáng kiến told missing opens the
#: condition, the paper after "thì" is what is asked (task h297)
_INITIATIVE_AS_CONDITION = re.compile(
    r"\b(?:khong|k|ko|kg|chua) (?:co )?(?:sang kien|de tai)(?: \w+){0,3}? thi\b"
)
#: "… có bắt buộc phải có sáng kiến không": the requirement is asked too, its part stays
_INITIATIVE_REQUIRED_ASKED = re.compile(
    r"\b(?:can|phai|bat buoc|yeu cau)(?: phai)?(?: co)? (?:sang kien|de tai)\b"
)


def _initiative_as_condition(folded: str) -> bool:
    return bool(_INITIATIVE_AS_CONDITION.search(folded)) and not (
        _INITIATIVE_REQUIRED_ASKED.search(folded)
    )


def route_asked(pairs: list[Pair], asked: list[str]) -> list[Pair]:
    """ "có được đề nghị CSTĐCS theo đường sáng kiến không", "anh ấy có được đề nghị CSTĐCS
    không hay bắt buộc phải có sáng kiến": the yes/no clause asks whether the title may be had,
    the sáng kiến named is the route told (or the other answer offered after "hay"), not a
    question whether one is required. The ``initiative`` part, whose verdict answers that, is
    read as the title's ``eligible`` part then, whose routes (``met_by``) the case is judged by.
    Unchanged when the clause up to its yes/no tail asks a requirement ("có cần sáng kiến mới
    được …") (task h101)."""
    if not any(p.attr == "initiative" and (p.yesno or _eligible_asked(p, pairs)) for p in pairs):
        return pairs
    may = _may_have_at(asked)
    if may is None:
        return pairs
    end = next((i for i in range(may, len(asked)) if asked[i] in NEGATED), None)
    # "… được phải không": "phải" before the yes/no tail asks nothing required
    tail = end - 1 if end and asked[end - 1] == "phai" else end
    if end is None or _requires(asked[:tail]):
        return pairs
    out: list[Pair] = []
    asked_yesno = any(p.attr == "initiative" and p.yesno for p in pairs)
    for p in pairs:
        if p.attr == "initiative" and (p.yesno or _eligible_asked(p, pairs)):
            if any(q.entity == p.entity and q.attr == "eligible" for q in pairs):
                continue
            p = _person_with_route(replace(p, attr="eligible"))
        elif p.attr == "eligible" and asked_yesno and not p.yesno:
            # "đoàn xã xét CSTĐCS cho bí thư chi đoàn, …, không có sáng kiến, được không": the
            # yes/no the sáng kiến part carried is this part's (task h297)
            p = replace(p, yesno=True)
        out.append(p)
    return out


#: subjects that name a unit or a place: the proposer or where someone works, when a person's
#: level of duty is told beside them
_UNIT_SUBJECTS = frozenset({"tap_the", "xa", "thon"})


def _person_with_route(part: Pair) -> Pair:
    """ "mặt trận đề nghị CSTĐCS cho trưởng ban …, htxs, ko sáng kiến, được k": the level of
    duty told with the sáng kiến lacking is one person's case; the unit named proposes
    (task h297)."""
    if "htxs" not in part.cases:
        return part
    cases = tuple(c for c in part.cases if c not in _UNIT_SUBJECTS)
    return replace(part, subject="htxs", cases=cases)


def _requires(words: list[str]) -> bool:
    """A word asking whether a thing is required; the "hội" of "hội đồng" is no "đòi hỏi"."""
    return any(
        w in _REQUIRING and not (w == "hoi" and words[i + 1 : i + 2] == ["dong"])
        for i, w in enumerate(words)
    )


def _eligible_asked(part: Pair, pairs: list[Pair]) -> bool:
    """The same title's ``eligible`` part is asked yes/no beside this one."""
    return any(q.entity == part.entity and q.attr == "eligible" and q.yesno for q in pairs)


#: a yes/no tail right after "được": "… được phải không / đúng không", "… được chứ / à"
_CONFIRMING = (["phai", "khong"], ["dung", "khong"])
_TAIL_ENDS = frozenset({"chu", "a", "ha", "nhi", "nhe", "ko", "k", "hong"})


def _may_have_at(asked: list[str]) -> int | None:
    """Where the clause asks whether the title may be had: "(có) được đề nghị / xét …", and
    (task h297) "có được CSTĐCS không", "vẫn đề nghị CSTĐCS được phải không" when the sáng kiến
    is told lacking ("k sáng kiến", "sáng kiến chưa được công nhận"): the title is asked, whose
    eligibility names the other routes, not whether a sáng kiến is required."""
    lacking = initiative_told_lacking(" ".join(asked))
    for i, w in enumerate(asked[:-1]):
        if w != "duoc":
            continue
        if asked[i + 1] in _MAY_HAVE:
            return i
        if lacking and (asked[i - 1 : i] in (["co"], ["van"]) or asked[i + 1] in NEGATED):
            return i
        if lacking and (asked[i + 1 : i + 3] in _CONFIRMING or asked[i + 1] in _TAIL_ENDS):
            return i
    return None


#: steps asked after the council has met (NĐ 86/2023: the list is published for comments)
_AFTER_COUNCIL = frozenset({"publicity", "publicity_list"})


def _council_reviewing(seg: Segment) -> bool:
    """The council named reviewing right after its name ("có cần hội đồng TĐKT xã xét k"): a step
    as "họp hội đồng" is (task h405)."""
    return any(
        e in BODIES
        and {"xet", "duyet"} & set(seg.words[at + 1 : at + 6])
        # the council needed ("có cần / phải hội đồng xét"), not told reviewing a case
        and {"can", "phai", "buoc"} & set(seg.words[max(at - 3, 0) : at])
        and "tinh" not in seg.words[at : at + 6]
        for e, at, _ in seg.mentions
    )


def council_as_step(segments: list[Segment], named: list[str]) -> None:
    """ "khen đột xuất có phải họp hội đồng TĐKT không", "thôn văn hóa thì hội đồng xã họp xét
    phải không": a yes/no naming a council with a meeting word, in a message naming a title,
    asks whether that title goes through the council, not about the council's own papers or
    powers. Its part is read as the title's ``council`` attribute."""
    # mentions, not entities: "thôn văn hóa thì hội đồng … họp xét" tells the title as a case;
    # and the titles a story named ("chủ tịch muốn tặng giấy khen đột xuất. … có cần họp hội
    # đồng không"), which it no longer holds
    titles = [e for seg in segments for e, _, _ in seg.mentions if e not in BODIES]
    titles = titles or [e for e in named if e not in BODIES]
    if not titles:
        return
    for seg in segments:
        if not (
            seg.yesno
            and BODIES & set(seg.entities)
            and (STEP_WORDS & set(seg.words) or _council_reviewing(seg))
        ):
            continue
        if names_minutes(seg.words):
            # "hồ sơ TTLĐXS có cần biên bản họp hội đồng không" asks for a paper of the dossier
            continue
        own = [e for e in seg.entities if e not in BODIES]
        if _AFTER_COUNCIL & set(seg.attrs):
            # task h387: "hội đồng xã họp đánh giá thôn văn hóa xong phải công khai lấy ý kiến
            # 10 ngày phải k": the meeting is told as the step before; the title's publication
            # is asked, not the council's
            seg.entities = own or titles[-1:]
            continue
        if "quorum" in seg.attrs:
            # task h408: "HĐ TĐKT xã họp xét CSTĐCS phải có mặt từ 2/3 thành viên trở lên mới
            # hợp lệ": how many must sit is asked, which the council's rules and the province's
            # set (Luật 2022 Điều 90 khoản 5), not whether the title goes through the council
            continue
        seg.entities = own or titles[-1:]
        seg.attrs, seg.weak = ["council"], []
        # the title told as a case ("thôn văn hóa thì …") is now the one asked about
        seg.subjects = [s for s in seg.subjects if s.removeprefix("dat_") not in seg.entities]


def _counts_its_case(pair: Pair, rule: Fact, model: FactModel) -> bool:
    """The pair's case is a title held ("dat_<title>") that ``rule``, with no case of its own,
    counts by name ("02 lần liên tục được tặng Chiến sĩ thi đua cấp tỉnh")."""
    held = (pair.subject or "").removeprefix("dat_")
    name = model.entities.get(held) if pair.subject and pair.subject.startswith("dat_") else None
    return not rule.by_subject and bool(name) and fold(name).lower() in fold(rule.text).lower()


def held_title_counts(pairs: list[Pair], named: list[str], model: FactModel) -> list[Pair]:
    """ "chị đạt CSTĐCS năm 2024 và 2025. Xã có đề nghị Bằng khen tỉnh cho chị được không": a
    title the message tells is held, asked whether it leads to the title asked about, is read
    against the asked title's rule on consecutive years of that held title (its case
    "dat_<held>"), not only against who may be proposed; the years told then decide (only a
    message that tells how many years is read so: one year told is no case of the rule)."""
    asked = {p.entity for p in pairs if p.yesno}
    held = [e for e in named if e not in asked]
    out = list(pairs)
    for pair in pairs:
        if not pair.yesno or pair.without or pair.attr == "consecutive":
            continue
        rule = model.facts.get(pair.entity, {}).get("consecutive")
        case = next((f"dat_{e}" for e in held if rule and f"dat_{e}" in rule.by_subject), None)
        if (
            case is None
            and pair.attr == "eligible"
            and rule is not None
            and rule.years
            and _counts_its_case(pair, rule, model)
        ):
            # "CSTĐ toàn quốc chỉ cần 1 lần CSTĐ tỉnh đúng k": the held title is read as the
            # case ("dat_cstd_tinh") and the rule, one for all, counts that very title: the
            # count is what the line claims, so the rule on it answers in place of who is
            # eligible (whose "Có." would confirm the line)
            if not any(p.entity == pair.entity and p.attr == "consecutive" for p in out):
                out[out.index(pair)] = replace(pair, attr="consecutive")
            continue
        if case is None or any(p.entity == pair.entity and p.attr == "consecutive" for p in out):
            continue
        out.insert(out.index(pair) + 1, replace(pair, attr="consecutive", subject=case))
    return out


def prize_with_its_base(pairs: list[Pair], model: FactModel) -> list[Pair]:
    """ "GK cá nhân QĐ ký 10/7/2026 tính theo lương cơ sở nào": which base a title's prize is
    paid on is asked to reach the prize itself, so the title's amount on that base comes with
    the rule (a title with no money fact, or one whose money is asked already, adds nothing)."""
    out = list(pairs)
    for pair in pairs:
        if (
            pair.attr == "money_date"
            and pair.entity != "*"
            and "money" in model.facts.get(pair.entity, {})
            and not any(p.entity == pair.entity and p.attr == "money" for p in out)
        ):
            out.insert(out.index(pair) + 1, replace(pair, attr="money", yesno=False))
    return out


#: what a count of members is counted in before the title they hold ("20 người LĐTT")
_HEADS_COUNTED = frozenset({"nguoi", "ca", "nhan", "gv", "giao", "vien", "cb", "can", "bo", "co"})


def _only_counted(toks: list[str], entity: str, model: FactModel) -> bool:
    """Every mention of ``entity`` in the question is a count of members holding it ("30
    người, 20 người LĐTT, 2 người CSTĐCS"): a figure of a collective's share, not a title
    asked about."""
    found = False
    starts = model.title_starts()
    for at in range(len(toks)):
        # s47b: a word starting no title names none, as title_at would say
        title = model.title_at(toks, at)[0] if toks[at] in starts else ""
        if title != entity:
            continue
        before = toks[max(at - 3, 0) : at]
        words = {w for w in before if not w.isdigit()} - {",", "."}
        if tuple(toks[max(at - 2, 0) : at]) in _MEMBER_HOLDS:
            # "TTLĐXS phải có 100 % …, và có người đạt CSTĐCS": a member holding the title is
            # a criterion of the collective (Luật 2022 Điều 27), no title asked (task h420)
            found = True
            continue
        if not any(w.isdigit() for w in before) or not words <= _HEADS_COUNTED:
            return False
        found = True
    return found


#: the collective's parts that a share of its members decides
_SHARE_PARTS = frozenset({"cap", "criteria", "eligible"})
#: a member told holding a title: "có người đạt CSTĐCS", "có cá nhân đạt …" (task h420)
_MEMBER_HOLDS = frozenset({("nguoi", "dat"), ("nhan", "dat"), ("ai", "dat"), ("vien", "dat")})


#: a share asked as met ("trạm đủ tỉ lệ không", "đạt tỷ lệ chưa"): a collective's minimum,
#: which no individual title's cap (a maximum, if the province sets one) can be
_SHARE_MET = re.compile(r"\b(?:dat|du|co du) (?:ty|ti) le\b")


def _share_met_asked(toks: list[str] | None) -> bool:
    return toks is not None and _SHARE_MET.search(" ".join(toks)) is not None


def _collective_of_members(entity: str, named: list[str], model: FactModel) -> str | None:
    """ "… đề nghị trạm TTLĐTT và bác sĩ CSTĐCS. Trạm đủ tỉ lệ k": the share met is the
    collective's named beside the individual title (``entity``), the one whose share rule
    counts holders of a title the question names (task h318)."""
    for title in named:
        share = model.facts.get(title, {}).get("cap")
        if title == entity or share is None:
            continue
        text = share.text.lower()
        own = model.entities.get(title, "").lower()
        members = (model.entities.get(m, "").lower() for m in named if m != title)
        if any(m and m != own and m in text for m in members):
            return title
    return None


def share_of_collective(
    pairs: list[Pair], named: list[str], model: FactModel, toks: list[str] | None = None
) -> list[Pair]:
    """ "trường muốn đề nghị TTLĐTT. Vậy tỷ lệ LĐTT như vậy đủ chưa": the share of members
    holding a title is a criterion of the collective title whose share rule names it; asked
    about a collective named in the question, the share, and the other parts asked of the
    members' title (who decides, the prize), are the collective's. The collective is found
    from the facts (its "cap" text names the members' title), not from the wording."""
    out = list(pairs)
    asked_of = {p.entity for p in pairs}
    for pair in pairs:
        counted = (
            pair.yesno
            and pair.attr in ("eligible", "criteria")
            and toks is not None
            and _only_counted(toks, pair.entity, model)
        )
        if (pair.attr != "cap" and not counted) or pair.entity not in model.entities:
            # "trường có 30 người, 20 người LĐTT, 2 người CSTĐCS, vậy trường đủ điều kiện
            # chưa": a title told only as members counted is the collective's figure
            continue
        member = model.entities[pair.entity].lower()
        collective = next(
            (
                t
                for t in named
                if t != pair.entity
                and (share := model.facts.get(t, {}).get("cap")) is not None
                and member in share.text.lower()
                and member != model.entities.get(t, "").lower()
            ),
            None,
        )
        met_share = collective is None and pair.attr == "cap" and _share_met_asked(toks)
        if met_share:
            collective = _collective_of_members(pair.entity, named, model)
        if collective is None:
            continue
        # the collective asked for itself keeps the member's other parts as they are; a
        # share met asked beside another title's own parts moves only the share
        alone = collective not in asked_of and not met_share
        if counted and not alone:
            # "TTLĐXS phải có …, ít nhất 70 % đạt LĐTT và có người đạt CSTĐCS, đúng k": the
            # members' title is the collective's criterion, the yes/no the collective's own
            # (Luật 2022 Điều 27, 28) (task h420)
            out = [
                replace(p, yesno=True) if p.entity == collective and p.attr in _SHARE_PARTS else p
                for p in out
                if not (p.entity == pair.entity and p.attr in ("eligible", "criteria"))
            ]
            continue
        out = [
            replace(p, entity=collective)
            if p.entity == pair.entity and (alone or p.attr == "cap")
            else p
            for p in out
        ]
    # the collective's part named twice (told, then asked as yes/no) is answered once, with
    # the verdict
    merged: dict[tuple[str, str, str | None], Pair] = {}
    for p in out:
        key = (p.entity, p.attr, p.subject)
        merged[key] = (
            replace(merged[key], yesno=True) if key in merged and p.yesno else (merged.get(key, p))
        )
    return list(merged.values())


def director_decides(pairs: list[Pair]) -> list[Pair]:
    """A director asking whether they may give their staff a title in their power asks who
    decides it, for a firm (``htx``), not whether the staff (or the xã) may receive it."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.attr in ("eligible", "decides") and p.entity in DIRECTOR_DECIDES:
            p = replace(p, attr="decides", subject="htx", authority="htx")
        out.append(p)
    return out


def told_rule_put_up(pairs: list[Pair], segments: list[Segment]) -> list[Pair]:
    """ "chị hội bảo giấy khen mỗi người chỉ được nhận 1 lần trong đời, năm ngoái cô ấy nhận
    rồi thì năm nay thôi, đúng k": a rule someone is told to have said, then what it means for
    the case, and "đúng k" closing the last part, which names nothing of its own. The rule's
    parts are what is put up for confirmation (task h121). Only when no part is yes/no yet."""
    if not pairs or any(p.yesno for p in pairs):
        return pairs
    asked = [seg for seg in segments if seg.words]
    if len(asked) < 2:
        return pairs
    last = asked[-1]
    if last.entities or last.attrs or last.authority:
        return pairs
    if CONFIRM_TAIL.search(" ".join(w for w in last.words if w.isalnum())) is None:
        return pairs
    told = [seg for seg in asked[:-1] if seg.entities and SAYING & set(seg.words)]
    if not told:
        return pairs
    named = {e for seg in told for e in seg.entities}
    return [replace(p, yesno=True) if p.entity in named else p for p in pairs]


def xa_acting(pairs: list[Pair], model: FactModel, acting: bool = False) -> list[Pair]:
    """With the district told as the past, the xã named in the yes/no is the one now doing
    what the district did ("năm 2024 huyện còn xét …, năm nay xã có tự xét không", "trước huyện
    chi, giờ xã chi à"), never the one receiving the title: "is the xã eligible" is no part of
    it. Who may receive it is asked as whether the xã decides it; any other attribute is asked
    of the title itself."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.subject == "xa" and (acting or not _xa_receives(model, p)):
            if p.attr == "eligible":
                p = replace(p, attr="decides", authority="xa")
            p = replace(p, subject=None, cases=tuple(c for c in p.cases if c != "xa"))
            if any((q.entity, q.attr) == (p.entity, p.attr) for q in out):
                out = [q for q in out if (q.entity, q.attr) != (p.entity, p.attr)]
        out.append(p)
    return out


#: the xã's chairman told as the one signing, in a line put up for confirmation: "giờ chủ tịch
#: xã ký CSTĐCS luôn, không phải trình lên trên, đúng k", "chủ tịch xã ký được cả …"
#: (only a signing told as now, or as alone: "chủ tịch xã ký giấy khen tháng 5" told in a
#: story is no such line)
_XA_SIGNS = re.compile(
    r" (?:gio|bay gio|hien nay|hien gio|nay|tu nay) (?:\w+ ){0,2}?chu tich (?:ubnd )?"
    rf"{COMMUNE} (?:tu |duoc )?(?:ky|quyet dinh|cong nhan) "
    rf"| chu tich (?:ubnd )?{COMMUNE} (?:tu |duoc )?(?:ky|quyet dinh|cong nhan) "
    r"(?:\w+ ){0,8}?(?:luon|(?:khong|k|ko) (?:phai|can) (?:trinh|gui)|thay huyen) "
)
_SIGNER_CONFIRMED = re.compile(r" (?:dung|phai) (?:vay |the )?(?:khong|ko|k|hong|chua|chu) ")

#: a prize figure as typed: "1.880.000", "4,68 triệu", "1,5 lần (lương cơ sở)"
_PRIZE_FIGURE = re.compile(r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d+(?:[.,]\d+)? ?(?:lan|trieu|tr)\b")
#: the base salary's own figure: "lương cơ sở (lên / là / mới) 2.530.000"
_BASE_FIGURE = re.compile(r"\bluong co so (?:\w+ ){0,3}?\d")
#: words that ask who may have the title, not what it pays
_ELIGIBILITY_ASKED = re.compile(
    r"\b(?:duoc xet|dc xet|du dieu kien|du dk|du tieu chuan|co duoc|co dc|ai duoc|ai dc"
    r"|xet duoc|tieu chuan|dieu kien)\b"
)


def prize_figure_claimed(question: str, toks: list[str]) -> bool:
    """A figure of the prize put up for confirmation in a clause of its own ("TTLĐTT thưởng bao
    nhiêu, đồng nghiệp bảo 1.880.000 là đúng chưa", "CSTĐCS thưởng 1,5 lần lương cơ sở, trong
    zalo nói vậy đúng k"), with nothing asking who may have the title (task h120)."""
    said = " ".join(fold(question).lower().split())
    if _PRIZE_FIGURE.search(said) is None or _ELIGIBILITY_ASKED.search(said):
        return False
    if _BASE_FIGURE.search(said):
        return False  # "lương cơ sở lên 2.530.000, đúng k": the base is the figure claimed
    return _SIGNER_CONFIRMED.search(f" {' '.join(toks)} ") is not None or said.rstrip(
        " ?.!"
    ).endswith((" khong", " k", " ko", " chua", " dung chua"))


def figure_on_prize(pairs: list[Pair]) -> list[Pair]:
    """The yes/no the separate "… đúng k" clause put on who may have the title belongs to the
    prize whose figure is claimed: the eligibility part read off that clause alone is dropped
    and the prize part carries the yes/no (task h120)."""
    priced = {p.entity for p in pairs if p.attr == "money"}
    if not priced:
        return pairs
    out = []
    for p in pairs:
        if p.attr == "eligible" and p.yesno and p.entity in priced and p.subject is None:
            continue
        if p.attr == "money" and p.entity in priced and not p.yesno:
            p = replace(p, yesno=True)
        out.append(p)
    return out


def xa_signer_claimed(toks: list[str]) -> bool:
    """The line says the xã's chairman signs (now, alone) and asks whether that is right; the
    xã there is the signer, never a recipient of the titles named (task h120)."""
    said = f" {' '.join(toks)} "
    return bool(_XA_SIGNS.search(said) and _SIGNER_CONFIRMED.search(said))


def xa_signer_pairs(pairs: list[Pair]) -> list[Pair]:
    """The yes/no parts read off the xã as subject ("who may receive it", and the "trình lên
    trên" / "luôn" of the line read as where to submit or when) asked as whether the xã
    decides each title named; one part per title (task h120)."""
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.subject == "xa" and p.attr in ("eligible", "submit", "deadline"):
            p = replace(
                p,
                attr="decides",
                authority="xa",
                subject=None,
                cases=tuple(c for c in p.cases if c != "xa"),
            )
        elif p.attr == "decides" and p.authority == "xa" and not p.yesno:
            # "bây giờ chủ tịch phường ký tặng CSTĐCS luôn, … đúng không": the signing is the
            # line put up, so its part carries the yes/no
            p = replace(p, yesno=True, subject=None, cases=tuple(c for c in p.cases if c != "xa"))
        if any((q.entity, q.attr) == (p.entity, p.attr) for q in out):
            continue
        out.append(p)
    return out


def _xa_receives(model: FactModel, pair: Pair) -> bool:
    """A title the xã itself receives ("thị xã cũ nay thành phường, phường có được xét xã, phường
    tiêu biểu không"): the xã named is who may get it, as its own fact says, not who acts."""
    if pair.authority == "xa":
        return False  # "giờ xã có tự xét … không": the xã told acting
    fact = model.fact(pair.entity, "eligible") if pair.attr == "eligible" else None
    case = fact.by_subject.get("xa") if fact is not None else None
    return case is not None and case.verdict == "Có"


def held_years_rule(named: list[str], model: FactModel) -> tuple[str, str] | None:
    """(title held, form asked) when a question names a title whose consecutive-years fact
    says "Không" and names the other form, which has no years rule of its own (Gia đình văn
    hóa, thôn văn hóa: the old giấy khen for 3 or 5 years in a row is gone)."""
    for held in named:
        rule = model.facts.get(held, {}).get("consecutive")
        if rule is None or rule.verdict != "Không":
            continue
        said = f" {' '.join(tokens(rule.text))} "
        for award in named:
            if award == held or "consecutive" in model.facts.get(award, {}):
                continue
            names = model.names_of("entity", award)
            if any(f" {' '.join(name)} " in said for name in names):
                return held, award
    return None


#: the yes/no parts a claim that registration bars a title is read in: whether the title may
#: be had, what it requires, when, and its prize ("không đăng ký thì cuối năm không được chi
#: tiền thưởng LĐTT": the prize follows the title, task h284)
_RULE_READS = frozenset({"eligible", "criteria", "deadline", "money"})
#: the case of a unit or person told not registered
_UNREGISTERED_CASE = "khong_dat_dang_ky_thi_dua"


def registration_rule(pairs: list[Pair]) -> list[Pair]:
    """The yes/no asked of whether a title may be had (or what it requires) becomes the yes/no
    of whether registration is required: "Không" by law, the province's quy chế may still ask
    for it. The other parts stay as asked."""
    out: list[Pair] = []
    for p in pairs:
        # "… có phải đăng ký trước từ đầu năm không": the time words read the title's deadline
        if (
            p.yesno
            and p.entity != REGISTRATION
            and (
                p.attr in _RULE_READS
                # "đơn vị k đăng ký … luật cấm xét LĐTT đúng k": the unit named is the one not
                # registered, not a decider claimed (task h358)
                or (p.attr == "decides" and _UNREGISTERED_CASE in p.cases)
            )
        ):
            p = Pair(REGISTRATION, "criteria", None, True, p.authority, False, p.cases)
        elif p.yesno and p.entity == REGISTRATION and p.attr == "decides":
            # "phải đăng ký thi đua với xã từ đầu năm, đúng k": "với xã" names where one
            # registers, not who decides; the requirement is claimed (task h284)
            p = Pair(REGISTRATION, "criteria", None, True, p.authority, False, p.cases)
        if p not in out:
            out.append(p)
    return out


@needs(lambda pairs, *_: any(p.entity == REGISTRATION for p in pairs))
def title_registered(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "xã muốn đăng ký danh hiệu X năm nay được không": registering names the title sought,
    so the yes/no is asked of X (whether the unit may have it, whether it exists), not of the
    registration rule ("not required by law"), whose block is left out. Only with "đăng ký
    danh hiệu" naming the title, another title's yes/no read and nothing that makes
    registration itself the matter (a lack, a requirement, a deadline) (task h126)."""
    words = [NOT_SPELLED.get(t, t) for t in toks]
    joined = f" {' '.join(words)} "
    if " dang ky danh hieu " not in joined or REGISTRATION_MATTERS & set(words[:-2]):
        return pairs
    others = [p for p in pairs if p.entity not in (REGISTRATION, "*") and p.yesno]
    if not others:
        return pairs
    return [p for p in pairs if p.entity != REGISTRATION]


#: a file sent on for someone else to act on it: "trình tỉnh hủy", "gửi Sở Nội vụ cho tỉnh
#: quyết định", "gửi hồ sơ lên chủ tịch xã ký", "gửi UBND xã để chủ tịch xã ký"; the level
#: right before the acting verb is the one claimed to act (the route's stops before it only
#: carry the file)
_ROUTED_ACTOR = re.compile(
    r"\b(?:gui|trinh|nop|chuyen)\b(?: \w+){0,10}? (?:(?:chu tich|ct|ubnd|uy ban)(?: ubnd)? )?"
    r"(?P<level>xa|phuong|dac khu|tinh) (?:(?:de|cho|moi) )?(?:(?:no|ho|ong|ba) )?"
    r"(?P<verb>ky|ki|quyet dinh|huy|huy bo|cong nhan)\b"
)
#: what a routed file may be read as before its acting verb is known
_ROUTE_ATTRS = frozenset({"submit", "dossier", "eligible", "decides", "revoke"})


@needs(lambda pairs, *_: any(p.yesno for p in pairs))
def routed_decider(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "cán bộ xã nói phải gửi hồ sơ lên chủ tịch xã ký", "giấy khen … phải trình tỉnh hủy":
    the file is sent on for the level named to sign or undo, so who decides (or revokes) is
    what the claim puts up, not where to lodge it; the decider checks then judge the level
    claimed (Luật 2022 Điều 80: who decides; Điều 93 khoản 8: who awarded revokes). A firm
    told keeps its staff as whose titles they are (Điều 80 khoản 4: its director decides)."""
    m = _ROUTED_ACTOR.search(" ".join(toks))
    if m is None or not any(p.yesno for p in pairs):
        return pairs
    level = "tinh" if m.group("level") == "tinh" else "xa"
    attr = "revoke" if m.group("verb").startswith("huy") else "decides"
    firm = names_enterprise(toks) or any(p.subject == "htx" or "htx" in p.cases for p in pairs)
    out: list[Pair] = []
    for p in pairs:
        # a council named beside is who reviews the file, not a title sent on (Điều 90)
        if (
            p.attr in _ROUTE_ATTRS
            and p.entity not in BODIES
            # "… gửi lên tỉnh để chủ tịch tỉnh ký. Đúng không, và hồ sơ gồm những gì": the
            # papers asked plainly beside the claim are no routed file; they stay
            and (p.yesno or p.attr != "dossier")
            # "… hỏi có phải trình chủ tịch xã ký không. Vậy giám đốc có tự quyết định …": a
            # decider asked about in the part itself stays the one asked about
            and not (p.attr == "decides" and p.authority not in (None, level))
            and model.fact(p.entity, attr) is not None
        ):
            p = replace(
                p,
                attr=attr,
                authority=level,
                yesno=True,
                subject="htx" if firm and attr == "decides" else p.subject,
            )
        if any((q.entity, q.attr) == (p.entity, p.attr) for q in out):
            continue
        out.append(p)
    return out


#: the commune's council told as signing or deciding on its own: "hội đồng (tđkt xã) họp xong là
#: tự ký tặng …", "hội đồng biểu quyết thông qua thì coi như đã có danh hiệu, không cần chủ tịch
#: ký"; "hay" before it offers the act as the other answer only
_COUNCIL_NAMED = re.compile(r"\bhoi dong\b(?! (?:quan tri|thanh vien|nhan dan|truong))")
_COUNCIL_SIGNS = re.compile(
    r"\bhoi dong\b(?: \w+){0,8}? (?:tu ky|tu ki|tu quyet dinh|tu cong nhan|ky luon|ky tang"
    r"|ra quyet dinh tang|quyet dinh tang)\b"
    r"|\b(?:khong|k|ko|chang) can (?:\w+ )?(?:chu tich|ct)(?: ubnd)?(?: xa)? (?:ky|ki|quyet dinh)\b"
    # task h219: "hội đồng đó có quyết định thay chủ tịch không", "hội đồng ký thay chủ tịch"
    r"|\bhoi dong\b(?: \w+){0,3}? (?:(?:co|duoc|dc|the) )*(?:quyen )?(?:quyet dinh|ky|ki) thay\b"
    r"|\bhoi dong\b(?: \w+){0,3}? (?:(?:co|duoc|dc) )*thay (?:chu tich|ct) (?:ky|ki|quyet dinh)\b"
)
#: the commune's council, whose "decides" fact says it only advises (Luật 2022 Điều 90 khoản 4)
_COMMUNE_COUNCIL = "hoi_dong_xa"


def council_signing_told(toks: list[str]) -> bool:
    """The commune's council is told signing or deciding by itself, put up as the claim (not
    offered after "hay" as the other answer) (task h167)."""
    joined = " ".join(toks)
    signs = _COUNCIL_SIGNS.search(joined)
    return (
        signs is not None
        and _COUNCIL_NAMED.search(joined) is not None
        and re.search(r"\bhay\b", joined[: signs.start()]) is None
    )


def council_signs_claimed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "nghe nói hội đồng tđkt xã họp xong là tự ký tặng LĐTT luôn", "biểu quyết thông qua là
    có danh hiệu, không cần chủ tịch ký": the council is claimed to decide, which its own fact
    denies (it advises; the xã chairman decides: Luật 2022 Điều 90 khoản 4, Điều 80 khoản 3).
    The yes/no moves off the title's step or eligibility onto that fact; the titles named stay
    without it (task h167)."""
    if (
        not council_signing_told(toks)
        or model.fact(_COMMUNE_COUNCIL, "decides") is None
        # another council named ("hội đồng tw có quyết định tặng …") is judged by its own fact
        or any(p.entity in BODIES and p.entity != _COMMUNE_COUNCIL for p in pairs)
        # a letter naming no title ("báo cáo hội đồng nào …, hội đồng đó có quyết định thay
        # chủ tịch không") asks the council's power itself (task h219)
        or not (
            any(p.yesno for p in pairs)
            or (not pairs and is_yesno([NOT_SPELLED.get(t, t) for t in toks if t.isalnum()]))
        )
    ):
        return pairs
    rest = [
        replace(p, yesno=False) if p.attr in ("council", "eligible", "decides") else p
        for p in pairs
        if p.entity != _COMMUNE_COUNCIL and p.attr != "council"
    ]
    return [Pair(_COMMUNE_COUNCIL, "decides", None, True), *rest]


#: the chairman named bare as the one claimed to sign ("chủ tịch có quyền ký không"), and the
#: xã's chairman named elsewhere in the letter, whom the bare word points back at
_BARE_CHAIR_SIGNS = re.compile(
    r"\b(?:chu tich|ct) (?:(?:co|duoc|dc|quyen|the) )*(?:ky|ki|quyet dinh|cong nhan)\b"
)
_XA_CHAIR = re.compile(rf"\b(?:chu tich|ct) (?:ubnd |uy ban )?{COMMUNE}\b")


@needs(
    lambda pairs, *_: any(p.yesno and p.attr == "decides" and p.authority is None for p in pairs)
)
def bare_chair_claimed(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "công đoàn đề nghị chủ tịch UBND xã ký LĐTT cho công nhân. chủ tịch có quyền ký không hay
    là công ty tự ký": the bare "chủ tịch" claimed to sign is the xã's, told before; a yes/no
    on who decides with no level read gets the xã as the level claimed, which the decider
    checks judge (a firm's staff: its director decides, Luật 2022 Điều 80 khoản 4) (h167)."""
    joined = " ".join(toks)
    asked = joined.split(" hay ")[0]
    if _BARE_CHAIR_SIGNS.search(asked) is None or _XA_CHAIR.search(joined) is None:
        return pairs
    return [
        replace(p, authority="xa") if p.yesno and p.attr == "decides" and p.authority is None else p
        for p in pairs
    ]


#: the asker asks only whether they may sign it ("tôi có ký được không", "ký cho anh ấy được
#: k", "có nên ký không"), not who signs ("ai ký", "ai quyết định")
_MAY_I_SIGN = re.compile(
    r"\b(?:co (?:the |nen |duoc )?)?ky (?:\w+ ){0,8}?(?:duoc|dc|nen|luon)?"
    r" ?(?:khong|k|ko|kg|hay|chua)\b"
)
_WHO_SIGNS = re.compile(r"\bai (?:\w+ )?(?:ky|quyet dinh|cong nhan|tang)\b")


@needs(
    lambda pairs, *_: any(
        p.yesno and p.attr == "decides" and p.authority in (None, "xa") for p in pairs
    )
)
def barred_case_signed(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "tôi là chủ tịch xã … công chức mới tuyển dụng tháng 8 …, tôi có ký LĐTT được không":
    the weak "ký" read the part as who decides, but a case told that bars the title (mới
    tuyển dưới 6 tháng, kỷ luật khiển trách: the case's own eligible fact says "Không", Luật
    2022 Điều 24; NĐ 152/2025) makes the signing wrong whoever signs. The part becomes whether
    that case may have the title (h236). A question asking who signs is left as read."""
    said = f" {' '.join(toks)} "
    if _MAY_I_SIGN.search(said) is None or _WHO_SIGNS.search(said) is not None:
        return pairs
    out: list[Pair] = []
    for p in pairs:
        if p.yesno and p.attr == "decides" and p.authority in (None, "xa"):
            rule = model.fact(p.entity, "eligible")
            told = (p.subject, *p.cases)
            barred = [
                c
                for c in told
                if rule is not None
                # a person's circumstance told (mới tuyển, kỷ luật), not the kind of recipient
                # (a school, a thôn: "CSTĐCS của gv trường … chủ tịch xã ký phải k")
                and c in CIRCUMSTANCES
                and (case := rule.by_subject.get(c)) is not None
                and case.verdict == "Không"
            ]
            if barred:
                p = replace(p, attr="eligible", subject=barred[0], authority=None)
        out.append(p)
    return out


#: the units a village title names after "công nhận" ("công nhận tổ dân phố văn hóa")
_VILLAGE_UNITS = frozenset({"thon", "to", "tdp", "ap", "khom", "soc", "phum", "xom", "ban", "khu"})


@needs(lambda pairs, *_: any(p.yesno and p.subject == "xa" for p in pairs))
def xa_of_village_title(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "phường có được công nhận tổ dân phố văn hóa không (hay chỉ xã)", "UBND phường có được
    công nhận gia đình văn hóa không", "phường tự công nhận (tổ dân phố văn hóa) được chưa": the
    title recognised names whom it goes to, so the xã or phường named is where they are, or who
    recognises them, never a recipient of a title it cannot hold; the xã's chairman decides it
    (Luật 2022 Điều 30; NĐ 129/2025 Điều 59; task h301)."""
    # "được / tự công nhận …": a plan's "xã ghi công nhận …" names the xã writing, not acting
    told = any(
        toks[at - 1] in ("duoc", "dc", "tu")
        and (
            toks[at - 1] == "tu"
            or toks[at + 2 : at + 3] in ([u] for u in _VILLAGE_UNITS)
            or (at + 2 < len(toks) and model.title_at(toks, at + 2)[1] > 0)
        )
        for at in range(1, len(toks) - 1)
        if toks[at : at + 2] == ["cong", "nhan"]
    )
    if not told or not any(p.subject == "xa" for p in pairs):
        return pairs
    # a title the xã itself receives keeps it as the recipient (``xa_acting``)
    return xa_acting(pairs, model, acting=False)


#: who chairs asked, then the one thought of put up: "ai chủ trì …, có phải trưởng thôn k"
_CHAIR_PUT_UP = re.compile(r"\bai (?:chu tri|la chu tich|lam chu tich)\b.*\b(?:co )?phai\b")


def chair_put_up(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "ai chủ trì họp bình xét GĐVH ở thôn, có phải trưởng thôn k": the person put up after
    "có phải" is the chair asked, not a person asking for the title; the title's "who may have
    it" read of that person is dropped and the chair part becomes the yes/no, which its fact
    decides (NĐ 86/2023 Điều 8; task h356)."""
    if "ai" not in toks or len(pairs) != 2:
        return pairs
    chair, other = pairs
    if not (
        chair.attr == "chair"
        and not chair.yesno
        and other.attr == "eligible"
        and other.yesno
        and other.entity == chair.entity
        and other.subject == chair.subject
    ):
        return pairs
    if _CHAIR_PUT_UP.search(" ".join(toks)) is None:
        return pairs
    return [replace(chair, yesno=True)]


#: task h401: a vote count told ("anh A dc 5/8 phiếu đồng ý", "chị B được 11/20 phiếu", "5 trên 8
#: thành viên đồng ý") ...
_VOTES_TOLD = re.compile(
    r"\b\d{1,3} ?(?:/|tren) ?\d{1,3} (?:phieu|thanh vien (?:dong y|tan thanh)|nguoi (?:dong y|tan"
    r" thanh))\b|\b(?:duoc|dc|dat) \d{1,3} phieu\b"
)
#: ... and whether it carries the case asked: "vậy anh A có đạt k", "có đủ phiếu để trình xã
#: k", "như vậy có được không"
_VOTES_ASKED = re.compile(
    r"\b(?:co )?(?:dat|du|duoc|dc|qua)(?: phieu| (?:\w+ ){0,4}?phieu)?(?: \w+){0,4}? "
    r"(?:khong|ko|k|kg|hong|chua)(?: (?:a|ad|ha|anh|chi))*$"
)
#: the parts a told vote leaves as story: the title's eligibility, the council's role
_STORY_OF_VOTE = frozenset({"eligible", "criteria", "council", "dossier", "vote"})


def vote_share_asked(pairs: list[Pair], question: str) -> list[Pair]:
    """ "hội đồng họp xét CSTĐCS, anh A được 5/8 phiếu đồng ý …, vậy anh A có đạt k": the share
    of votes a case needs is asked, which the province's quy chế sets (the law sets none; TT
    15/2025, quy chế TĐKT tỉnh): the vote share's "Tùy" leads, the title's parts told are the
    story (task h401)."""
    said = folded_words(question, "/")
    if _VOTES_TOLD.search(said) is None or _VOTES_ASKED.search(said) is None:
        return pairs
    read = next((p for p in pairs if p.attr == "vote_share"), None)
    lead = replace(read, yesno=True) if read is not None else Pair("*", "vote_share", None, True)
    rest = [p for p in pairs if p.attr not in _STORY_OF_VOTE and p.attr != "vote_share"]
    return [lead, *rest]


#: task h401: a paper told missing from a dossier ("chị văn phòng bảo còn thiếu biên bản họp xét
#: của trạm", "chưa có giấy chứng nhận sáng kiến") ...
_PAPER_MISSING = re.compile(
    r"\b(?:thieu|chua co|khong co|chua lam|quen|con thieu)(?: \w+){0,2}? "
    r"(?:bien ban|to trinh|bao cao thanh tich|bao cao|giay chung nhan|giay cong nhan|giay xac nhan"
    r"|van ban|danh sach)\b"
)
#: ... then a bare ask whether it is needed, pointing back at it: "có cần thật k ạ", "có bắt buộc
#: k", "cần k", "có phải có k"
_NEED_POINTED = re.compile(
    r"(?:^|[.,;?!] ?)(?:vay |the |nhu vay )?(?:co )?(?:can|bat buoc|phai co|can phai co)"
    r"(?: (?:that|thiet|nua|lam|khong nhi))? (?:khong|ko|k|kg|hong|chu)(?: (?:a|ad|ha|anh|chi))*"
    r" ?[.?!]*$"
)


@needs(lambda pairs, *_: any(p.yesno and p.attr in ("eligible", "criteria") for p in pairs))
def missing_paper_asked(pairs: list[Pair], question: str) -> list[Pair]:
    """ "… chị văn phòng bảo còn thiếu biên bản họp xét của trạm. có cần thật k ạ": the bare
    need asked points back at the paper told missing, so the dossier's yes/no is asked, not
    whether the title may be had (Luật 2022 Điều 84; task h401)."""
    said = folded_words(question, "/")
    if _PAPER_MISSING.search(said) is None:
        return pairs
    if _NEED_POINTED.search(" ".join(fold(question).lower().split())) is None:
        return pairs
    if any(p.attr == "dossier" and p.yesno for p in pairs):
        return pairs
    asked = [p for p in pairs if p.yesno and p.attr in ("eligible", "criteria")]
    if not asked:
        return pairs
    first = asked[0]
    lead = replace(first, attr="dossier")
    return [lead, *(p for p in pairs if p not in asked and p.attr != "dossier")]


#: task h401: the asking sentence names the sáng kiến (or đề tài) route of the people it asks
#: about ("2 người có sáng kiến thì có phải kèm giấy chứng nhận sáng kiến k")
_INITIATIVE_ROUTE_ASKED = re.compile(
    r"\b(?:(?:nguoi|ca nhan|truong hop|dien|duong|con duong|theo) (?:\w+ ){0,2}?"
    r"(?:co |bang |theo )?(?:sang kien|de tai))\b"
)
_EXCELLENT = re.compile(r"\bxuat sac\b|\bhtxs\b")
_INITIATIVE_LACKED = re.compile(r"\b(?:khong|k|ko|kg|chua) (?:co )?(?:sang kien|de tai)\b")
#: the sáng kiến told in place of excellence: "có sáng kiến … thay cho / thay vì hoàn thành xuất
#: sắc nhiệm vụ"
_INSTEAD_OF_EXCELLENT = re.compile(
    r"\b(?:sang kien|de tai)\b(?: \w+){0,6}? (?:thay cho|thay vi|thay the|thay)"
    r" (?:\w+ ){0,2}?(?:hoan thanh xuat sac|htxs)\b"
)
_ROUTE_OF_EXCELLENCE = frozenset({"htxs", "can_htxs"})


@needs(
    lambda pairs, *_: any(
        (p.yesno and p.subject in _ROUTE_OF_EXCELLENCE) or p.attr == "dossier" for p in pairs
    )
)
def asked_route_over_story(pairs: list[Pair], question: str) -> list[Pair]:
    """ "… 3 người theo diện hoàn thành xuất sắc nhiệm vụ, 2 người theo diện có sáng kiến. … 2
    người có sáng kiến thì có phải kèm giấy chứng nhận sáng kiến k": the story tells both routes
    of CSTĐCS (Luật 2022 Điều 23 khoản 2); the asking sentence names the sáng kiến one, whose
    dossier needs the certificate (Điều 84 khoản 1), so the excellence route read from the story
    is not the case asked."""
    sentences = [s for s in re.split(r"[.?!\n]+", question) if s.strip()]
    last = folded_words(sentences[-1]) if sentences else ""
    if _INSTEAD_OF_EXCELLENT.search(last) is None:
        # "CSTĐCS có sáng kiến được cơ sở công nhận thay cho hoàn thành xuất sắc nhiệm vụ":
        # the excellence named is the route replaced, the ask is the sáng kiến's (b73)
        if len(sentences) < 2:
            return pairs
        if _INITIATIVE_ROUTE_ASKED.search(last) is None or _EXCELLENT.search(last):
            return pairs
        if _INITIATIVE_LACKED.search(last):
            # "hồ sơ của 2 người không có sáng kiến thì có cần giấy công nhận sáng kiến k": the
            # people asked about lack it, their route is the story's excellence (test_h90)
            return pairs
    out = [
        replace(p, subject=None) if p.yesno and p.subject in _ROUTE_OF_EXCELLENCE else p
        for p in pairs
    ]
    if _PAPER_ASKED.search(last) and any(p.attr == "dossier" for p in out):
        # "… thì có phải kèm giấy chứng nhận sáng kiến k": the paper of the route is asked,
        # not whether a sáng kiến is needed for the title
        out = [
            replace(p, yesno=True) if p.attr == "dossier" else p
            for p in out
            if p.attr != "initiative"
        ]
    return out


#: a paper asked of the route: "kèm giấy chứng nhận", "giấy tờ gì", "hồ sơ"
_PAPER_ASKED = re.compile(r"\b(?:kem|giay (?:chung|cong) nhan|giay to|ho so)\b")


#: the chairman's power or act named, which asks who decides ("chủ tịch xã có quyền tặng …",
#: "chủ tịch xã ký giấy khen cho …"); "giấy khen của chủ tịch xã" names the form only
_CHAIR_POWER = re.compile(
    r"\b(?:quyen|tham quyen)\b|\bchu tich(?: ubnd)?(?: xa| phuong)? (?:co )?(?:the )?(?:duoc |dc )?"
    r"(?:tang|ky|khen|quyet dinh)\b"
)
#: a person's case told that the giver's eligibility facts rule on (task h402)
_CASES_OF_GIVEN = frozenset({"moi_tuyen", "htnv", "ky_luat", "thai_san", "nghi_om"})


@needs(
    lambda pairs, *_: any(p.yesno and p.attr == "decides" and p.authority == "xa" for p in pairs)
)
def case_given_by_xa(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "viên chức mới vào 3 tháng làm tốt, cuối năm xã tặng giấy khen cho bạn ấy được k": the
    xã named giving it, with a person's case told (a new hire, a rating, a leave), asks whether
    that person may have it, which the title's ``eligible`` facts answer for the case, not who
    decides (task h402; Luật 2022 Điều 75). The chairman's power named ("chủ tịch xã có quyền
    tặng giấy khen cho người bị kỷ luật không") still asks who decides (test_h283)."""
    if _CHAIR_POWER.search(" ".join(toks)):
        return pairs
    out: list[Pair] = []
    for p in pairs:
        giver = p.attr == "decides" and p.entity.startswith("giay_khen")
        fact = model.fact(p.entity, "eligible") if giver else None
        if (
            fact is not None
            and p.yesno
            and p.authority == "xa"
            and p.subject in _CASES_OF_GIVEN
            and p.subject in fact.by_subject
        ):
            p = replace(p, attr="eligible", authority=None)
        out.append(p)
    return out
