"""Reading a question: every entity, subject and attribute it names, paired part by part.

The question is folded, phone spellings are expanded ("dc" → "được", "k" → "không"), a word the
model does not know that is one edit away from a word it does is corrected ("tieu chuaan"), then
cue phrases are matched greedily, longest first. Unmatched connectors ("và", "còn") and
punctuation split the question into parts. Each part's attributes pair with its entities; a part
with attributes and no entity takes the previous part's ("… là gì và tiền thưởng bao nhiêu"), a
part with entities and no attribute takes the next part's or else the previous one's
("TTLĐTT và TTLĐXS được thưởng bao nhiêu").

``read`` runs these as stages, each a function below it, in order; the state they share is a
``_Parts``. The readers each stage leans on live in modules named for what they read
(``spelling``, ``matching``, ``lookalikes``, ``deciders``, ``story``, ``yesno``,
``part_claims``, ``conditions``, ``pair_adjusters``, …; README.md lists them in order).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from bot.core.text import fold, folded_words
from bot.knowledge.facts.across_parts import (
    CONFIRM_TAIL,
    SAYING,
    change_confirmed,
    echoed_figure_claim,
    echoed_measure,
    elaboration_confirmed,
    giver_rejoined,
    requirement_confirmed_after,
    same_deed_again,
    second_award,
    second_award_after,
    told_vote,
)
from bot.knowledge.facts.asides import is_aside
from bot.knowledge.facts.asked import stand_in_signer
from bot.knowledge.facts.asked_part import proposal_allowed_asked, source_ask_continued
from bot.knowledge.facts.asking_words import QUESTION_WORDS
from bot.knowledge.facts.assessors import assessor_claimed
from bot.knowledge.facts.case_kind import (
    award_kind_asked,
    dot_xuat_kind_asked,
    movement_award_toward_title,
    rescue_count_not_several,
)
from bot.knowledge.facts.cases import (
    CIRCUMSTANCES,
    COUNTED_CASES,
    consideration_asked,
    rescue_wound,
    time_counted,
)
from bot.knowledge.facts.claim import claimed_amounts
from bot.knowledge.facts.claim_lead import (
    copies_lead,
    lost_paper_leads,
    refusal_judged_leads,
    sanction_claim_leads,
    specific_claim_leads,
)
from bot.knowledge.facts.conditions import (
    MEMBER_COUNTED,
    THEN_AFTER,
    acts_told,
    after_condition,
    counted_members,
    dossier_as_eligibility,
    drop_conditions,
    drop_had,
    drop_prerequisite,
    drop_required,
    held_at,
    held_before,
    prize_multiple,
    required_at,
    required_title,
    route_as_case,
    then_inside,
    unmet_title_told,
)
from bot.knowledge.facts.counted_share import decider_counted, share_rounded
from bot.knowledge.facts.counted_title import counted_title_moved, share_title_dropped
from bot.knowledge.facts.dates import (
    DAY_CLAIMABLE,
    DAY_WORDS,
    claims_day,
    claims_days,
    date_only_put_up,
    dates_a_decision,
    day_told_before,
    decided_on,
    decision_dated,
    late_said,
)
from bot.knowledge.facts.dating import tells_time
from bot.knowledge.facts.deciders import (
    OWNER_WORDS,
    agent_of_passive,
    alternative_authority,
    asker_directs,
    award_owner,
    befell_no_one,
    decided_at_village,
    enterprise_acts,
    everyone_in,
    gives_told,
    head_acts,
    names_enterprise,
    own_power_first,
    proposer_named,
    self_head_carried,
    unit_act_at,
    unit_agent_of_passive,
    unit_gives,
    unit_self_acts,
    village,
    village_gives,
)
from bot.knowledge.facts.durations import limit_asked
from bot.knowledge.facts.figure_owner import (
    percent_owner,
    shares_each_put_up,
    uncapped_beside_owner,
)
from bot.knowledge.facts.figures import (
    FIGURED,
    claims_amount,
    claims_coefficient,
    figure_told,
    heard_figure_put_up,
    paid_sum,
    read_numbers,
    still_figure_put_up,
)
from bot.knowledge.facts.firm_staff import (
    barred_person_given,
    considered_by_standard,
    firm_decides_for_staff,
    firm_registers,
    firm_workers_khoan_3,
    xa_asked_to_sign,
)
from bot.knowledge.facts.giver_form import giver_form
from bot.knowledge.facts.held_condition import decision_signer_read, held_title_parts_moved
from bot.knowledge.facts.held_route import held_route_asked
from bot.knowledge.facts.in_force import (
    fix_asked,
    keep_asked,
    rule_source_asked,
    texts_asked,
)
from bot.knowledge.facts.lookalikes import (
    LOCATIONS,
    NOT_A_UNIT,
    NOT_A_UNIT_AFTER,
    acts_when,
    after_chu_not,
    after_unit,
    also_of_subject,
    anothers_council,
    compared_with,
    con_counted,
    counts_in,
    denied_after_chu,
    denied_being,
    denied_case,
    folds_like_subject,
    got_before_or,
    heads,
    in_number,
    initiative_reach,
    is_verb,
    offered_after,
    replaced,
    same_clause,
    still_negated,
)
from bot.knowledge.facts.matching import match_phrases
from bot.knowledge.facts.model import BREAKS, FactModel, Phrase, token_marks, tokens
from bot.knowledge.facts.money_asks import (
    coefficient_told,
    compared_form_told,
    counted_recipients_priced,
    each_recipient_priced,
    fund_prize_of_form_told,
    fund_read_as_title,
    tax_leads,
)
from bot.knowledge.facts.needs import needs_read
from bot.knowledge.facts.next_form import next_form_asked, xa_bang_khen_asked
from bot.knowledge.facts.now_asked import (
    district_aside,
    district_only_told,
    former_still_asked,
    still_asked,
    uniform_asked,
)
from bot.knowledge.facts.occasion import attained_asked, rescue_as_case
from bot.knowledge.facts.pair import Pair, needs
from bot.knowledge.facts.pair_adjusters import (
    asked_route_over_story,
    bare_chair_claimed,
    barred_case_signed,
    besides_asked,
    case_given_by_xa,
    centre_route_put_up,
    chair_gives_form,
    chair_put_up,
    council_as_step,
    council_chair_claimed,
    council_role_claimed,
    council_signs_claimed,
    denied_object_put_up,
    director_decides,
    figure_on_prize,
    fund_kept,
    held_title_counts,
    held_years_rule,
    honour_existence_asked,
    missing_paper_asked,
    own_honour_claimed,
    paid_sum_judged,
    paid_sum_unpriced,
    payer_put_up,
    prize_figure_claimed,
    prize_with_its_base,
    registration_rule,
    revoked_after_given,
    revoker_asked,
    route_asked,
    route_with_paper_lacking,
    routed_decider,
    run_toward,
    share_of_collective,
    state_honour_claimed,
    title_registered,
    told_rule_put_up,
    vote_share_asked,
    wrong_award_handled,
    xa_acting,
    xa_of_village_title,
    xa_signer_claimed,
    xa_signer_pairs,
)
from bot.knowledge.facts.papers import (
    asks_papers,
    award_signer_asked,
    only_file_sent,
    papers_back,
    required_back,
    sends_papers,
    sent_where,
    step_told_back,
    transfer_destination,
    vote_taken_as_decision,
)
from bot.knowledge.facts.part_claims import (
    BODIES,
    EACH,
    RECOGNISERS,
    a_title_listed,
    alternative,
    asks_without,
    bare_claim,
    cap_kept_back,
    compares,
    conjoined_claims,
    consequence_asked,
    consequence_clause,
    criterion_required,
    existence,
    is_a_kind,
    kind_named_first,
    list_asked,
    listed_claim,
    only_recipient,
    procedure_of_title,
    recognises_initiative,
    rising_claim,
    same_period,
    same_title_compared,
    sufficiency_after_count,
    thing_given,
    titles_share_claim,
    twice_given,
)
from bot.knowledge.facts.person_case import (
    person_case_asked,
    person_counted_in_share,
    share_base_not_title,
)
from bot.knowledge.facts.price_list import price_list_pairs
from bot.knowledge.facts.proposed_level import level_proposed_to
from bot.knowledge.facts.records import run_count
from bot.knowledge.facts.reform_claim import gone_with_district_asked
from bot.knowledge.facts.reform_told import self_acting, town_abolished, xa_self_deciding
from bot.knowledge.facts.registration import (
    REGISTRATION,
    registers,
    registration_as_step,
    registration_excludes,
)
from bot.knowledge.facts.required_told import required_title_dropped
from bot.knowledge.facts.restated import (
    amount_pairs,
    prizes_beside,
    single_payment_claimed,
    single_payment_pairs,
    single_payment_read,
)
from bot.knowledge.facts.review_place import review_place_asked
from bot.knowledge.facts.rule_setter import cap_setter_joined, rule_set_told
from bot.knowledge.facts.same_deed import (
    once_only_claimed,
    one_deed_told,
    other_deeds_told,
    signing_even_read,
)
from bot.knowledge.facts.sayings import chat_group, names_speaker, said_right_back, speaks_after
from bot.knowledge.facts.scope import about_commendation
from bot.knowledge.facts.segment import CONNECTORS, Segment
from bot.knowledge.facts.service import (
    RECRUITED,
    contract_signed_only,
    months_served,
    service_start_told,
    started_late,
    told_service,
)
from bot.knowledge.facts.spelling import Speller, elided_titles, expand, unit_culture
from bot.knowledge.facts.story import (
    WHERE_ASKER_IS,
    bare_flag,
    confirmed_saying,
    final_question,
    introduced_parts,
    mishap_done_after,
    mishap_told,
    other_years,
    person_review_title,
    record_after_wanted,
    record_before_asked,
    refers_back,
    still_so,
    told_before,
)
from bot.knowledge.facts.subjects import (
    LEVELS,
    LEVELS_ABOVE,
    SAME_PERIOD,
    WHO_KINDS,
    level_decides,
    pick_subject,
    pupil_at_school,
    specialize,
)
from bot.knowledge.facts.table_rows import RATINGS, row_rating
from bot.knowledge.facts.told_roles import (
    council_reviews_case,
    never_befell,
    office_holder_told,
    told_reason,
)
from bot.knowledge.facts.words import NEGATED
from bot.knowledge.facts.yesno import TAIL_WORDS, is_yesno
from bot.knowledge.retype import REPORTED

__all__ = [
    "Reading",
    "read",
]

_PLACES = frozenset({"thon", "xa"})
#: "(tuyển) vào / (làm) ở / (công tác) tại" a unit: where a person told works
#: task h128: "chuyển từ trường THCS sang văn phòng" names where a person moved from and to
_WORKS_IN = frozenset({"vao", "o", "tai", "tu", "sang", "ben"})  # "chị bên hội …" (h281)
#: words of a paper or an award made for a unit ("làm hồ sơ cho thôn", "làm tờ trình đề nghị
#: cho trường"): the unit is then the candidate, not a workplace
_MADE_FOR = ("ho so", "to trinh", "bao cao", "giay", "thu tuc", "de nghi", "van ban", "danh sach")


#: who decides asked outright ("ai ký", "ai quyết định", "ai công nhận")
_WHO_DECIDES = re.compile(r"\bai (?:se |la nguoi )?(?:ky|ki|quyet dinh|qd|cong nhan)\b")


def _who_decides_asked(words: list[str]) -> bool:
    """The part asks who decides in so many words, beside another ask (a form's number)."""
    return "ai" in words and _WHO_DECIDES.search(" ".join(words)) is not None


#: the sum asked outright ("mỗi người bn tiền", "được thưởng bao nhiêu")
_SUM_ASKED = re.compile(
    r"\b(?:bn|bao nhieu|may) (?:tien|dong|trieu)\b|\b(?:thuong|duoc|dc|nhan) (?:bn|bao nhieu)\b"
)


def _sum_asked(words: list[str]) -> bool:
    """The part asks how much in so many words, beside another ask (who pays)."""
    return _SUM_ASKED.search(" ".join(words)) is not None


#: (attribute, attribute it overrides) → the test that the overridden one is asked in its own
#: words all the same: "gđvh ai ký mẫu qđ số mấy" asks who signs beside the form's number, not
#: the "quyết định" the form's cue names; "mỗi người bn tiền lấy từ nguồn nào chi" asks the sum
#: beside who pays, not the "tiền" the payer's cue names (task f199)
_ASKED_BESIDE: dict[tuple[str, str], Callable[[list[str]], bool]] = {
    ("form", "decides"): _who_decides_asked,
    ("payer", "money"): _sum_asked,
}


def _works_for(toks: list[str], start: int) -> bool:
    """ "tôi làm bảo vệ cho ủy ban xã", "làm tạp vụ cho trường": the unit after "làm <a job>
    cho" (a word or two before it) is where the person works, not a candidate (task h389)."""
    at = next((i for i in range(start - 1, max(start - 3, -1), -1) if toks[i] == "cho"), None)
    if at is None or at < 2:
        return False
    job = toks[max(at - 4, 0) : at]
    if "lam" not in job:
        return False
    made = f" {' '.join(job[job.index('lam') + 1 :])} "
    return job[-1] != "lam" and not any(f" {w} " in made for w in _MADE_FOR)


#: the head of a unit, read as a person (subjects.yaml): told signing, the unit claims to decide
_UNIT_HEADS = (
    ["hieu", "truong"],
    ["truong", "tram"],
    ["tram", "truong"],
    ["chu", "tich", "cong", "doan"],
    ["cong", "doan"],
)
#: words naming a person before "ở / vào / tại" a unit ("anh Nam ở văn phòng xã", "tôi được
#: tuyển vào phòng văn hóa"); "cô" folds like "có", so it is not one
_PRONOUNS = frozenset({"anh", "chi", "em", "e", "toi", "thay", "ong", "ba", "minh", "a", "c"})
#: subjects that tell a person (the one a unit after ``_WORKS_IN`` is the workplace of)
_PERSONS_TOLD = frozenset({"ca_nhan", "moi_tuyen", "chuyen_cong_tac", "hop_dong"})
#: kinds of person a question may deny the person told is ("không phải cán bộ")
_PERSON_KINDS = frozenset({"ca_nhan", "nong_dan"})
#: "như / giống (như) X": X is what the asked title is likened to
_LIKE = frozenset({("nhu",), ("giong",)})


#: "xử lý", "làm gì", "nộp lại", "trả lại", "thu hồi": what is to be done with what was told
_HANDLING = frozenset({("xu", "ly"), ("lam", "gi"), ("nop", "lai"), ("tra", "lai"), ("thu", "hoi")})


#: what a letter's procedural question asks of every title its story prepares (task h90)
_PROCEDURE = frozenset({"dossier", "submit", "signer", "copies", "form", "publicity_list"})


#: words telling a unit reached its criteria ("đạt hết các tiêu chí", "đạt chuẩn", "đủ tiêu chuẩn")
_REACHED = frozenset({"dat", "du"})


#: beside a held title's years, whether the form may be had (again) is not the part asked
_HELD_YEARS_BESIDE = frozenset({"eligible", "repeat", "object", "consecutive"})


#: attributes whose yes/no overrides their ``overrides`` in every part of the question, not
#: only in its own: "cùng" (a connector) often splits the clause that names them
_QUESTION_WIDE = ("one_achievement",)
#: beside one of those, whether a form may be had is never the part asked (task h102)
_NOT_ASKED_BESIDE = frozenset({"eligible"})


#: a person pointed at ("anh ấy", "cô giáo"), and the subjects that cannot then be the one asked
_POINTED = "nguoi_ay"
_COLLECTIVES = frozenset({_POINTED, "tap_the", "ho_gia_dinh", "xa", "thon"})


@dataclass
class Reading:
    question: str
    pairs: list[Pair]
    reform: bool
    reform_yesno: bool
    entities: list[str]
    #: share of the question's words claimed by a cue phrase (0..1)
    coverage: float
    #: consecutive years or times the question states ("2 năm liền", "hai lần liên tục")
    count: int | None = None
    #: the question states an amount or coefficient of its own ("có được thưởng 1 triệu không")
    figure: bool = False
    #: the date the question gives its decision ("quyết định ký 20/6/2026", "năm 2025"), or
    #: "old" when it asks for the previous lương cơ sở: amounts are computed on that date
    decided: date | str | None = None
    #: the asking sentences of a letter (folded words), without the story told before them; the
    #: whole question when nothing is told first
    asked: str = ""
    #: the months a new hire tells having served when every length told reaches the 6-month
    #: rule ("mới tuyển tháng 8 …, đến cuối năm học hơn 9 tháng"); None otherwise
    served: int | None = None
    #: two names of one title compared in a yes/no ("tổ dân phố văn hóa có khác thôn văn hóa
    #: … không"): the verdict the comparison takes ("Không" for "khác"), else None
    same_title: str | None = None
    #: the whole letter as typed when ``question`` holds only the ask after a mishap told
    #: ("hồ sơ bị trả làm QĐ lùi từ 25/6/2026 sang 3/7/2026, …"); "" otherwise
    whole: str = ""

    @property
    def empty(self) -> bool:
        return not self.pairs and not self.reform


def read(question: str, model: FactModel, speller: Speller) -> Reading:
    """The question read in stages, each one a function below, in this order."""
    toks, marks = _spelled(question, model, speller)
    parts = _parts_matched(question, model, toks, marks)
    _recipients_carried(parts)
    _papers_list_joined(parts)
    _tails_merged(parts)
    _compared_title_dropped(parts)  # fixer f48l
    _parts_read_together(parts)
    _story_read(parts)
    _claims_read(parts)
    _parts_related(parts)
    _collective_told_carried(parts)
    pairs = _pairs_built(parts)
    pairs, count, reform_yesno = _pairs_adjusted(parts, pairs)
    pairs = person_case_asked(pairs, toks)  # h417
    pairs = person_counted_in_share(pairs, toks)  # h417
    pairs = share_base_not_title(pairs, toks)  # h417
    pairs = _level_claimed_enough(pairs, toks, model)
    pairs = _title_ceiling_read(pairs, toks, model)
    if any(p.attr == "in_force" for p in pairs):
        # a bare "nghị định nào" beside a title, a form or a sum asks that thing's own source
        # ("GĐVH theo nghị định nào", "mẫu tờ trình theo thông tư nào"), which its own facts
        # and entries answer; the list of texts in force is asked as such (task h370)
        pairs = [p for p in pairs if p.attr != "in_force" or texts_asked(question, p.entity)]
    if rule_source_asked(question):
        # "hệ số tiền thưởng quy định tại văn bản nào": one rule's source, not the texts in
        # force (task h370)
        pairs = [p for p in pairs if p.attr != "in_force"]
    if fix_asked(question, tuple(model.replaced)) or keep_asked(question, tuple(model.replaced)):
        # "mẫu cũ ghi căn cứ NĐ 98/2023, em có phải sửa không, giờ căn cứ văn bản nào": the
        # texts in force answer a yes/no too (task h370)
        pairs = [replace(p, yesno=True) if p.attr == "in_force" else p for p in pairs]
        if not any(p.attr == "in_force" for p in pairs):
            # "mẫu cũ ghi căn cứ NĐ 91/2017, em có phải sửa lại không": the texts in force are
            # what the citation is changed to, asked with no cue of their own
            pairs.append(Pair("*", "in_force", None, True))
    pairs = _household_share_of_village(pairs, toks)
    pairs = pairs or _award_signed_unnamed(parts)
    pairs = pairs or _sum_put_up(parts)
    pairs = pairs or _flow_asked(parts)
    pairs = price_list_pairs(parts.toks, model, pairs)  # h378
    pairs = required_title_dropped(pairs, question, model)  # h390
    pairs = counted_title_moved(pairs, question, model)  # h390
    pairs = share_title_dropped(pairs, question, model)  # f179b
    pairs = held_title_parts_moved(pairs, question, model)  # h434
    pairs = decision_signer_read(pairs, question, model)  # h434
    if not pairs and _bare_khen_named(parts):
        # a question nothing else answers, asking of a bare "khen" (task h302)
        pairs, count, reform_yesno = _pairs_adjusted(parts, _pairs_built(parts))
    elif not pairs and _household_title_named(parts):
        # "hộ gia đình có danh hiệu thi đua riêng không, tên là gì" (h343)
        pairs, count, reform_yesno = _pairs_adjusted(parts, _pairs_built(parts))
    return _reading(parts, pairs, count, reform_yesno)


#: the words that set a title beside another as the model of a claim ("ký như TTLĐTT luôn")
_LIKE_WORDS = frozenset({"nhu", "giong"})
#: what may follow the compared title to the part's end: "luôn", "vậy", the yes/no tail
_AFTER_COMPARED = frozenset({"luon", "vay", "thoi", "nhe"}) | TAIL_WORDS


def _signs_before(words: list[str], at: int) -> bool:
    """ "ký như", "duyệt như", "quyết định như": the act of deciding right before ``at``."""
    return (at > 0 and words[at - 1] in ("ky", "ki", "duyet")) or words[at - 2 : at] == [
        "quyet",
        "dinh",
    ]


def _compared_title_dropped(parts: _Parts) -> None:
    """ "văn phòng bảo TTLĐXS thì chủ tịch xã ký như TTLĐTT luôn. đúng k, nếu k thì hồ sơ gửi
    đâu và thưởng bn": the title after "như" that ends the part is the model the claim compares
    the other one with, not the one asked about; the asks after it are of the title told first
    (fixer f48l, b181: TTLĐXS is the province's, Luật 2022 Điều 27, 79)."""
    model = parts.model
    for seg in parts.segments:
        if len(seg.entities) < 2:
            continue
        words = seg.words
        for at, word in enumerate(words[:-1]):
            if word not in _LIKE_WORDS or not _signs_before(words, at):
                # only who signs compared ("ký như TTLĐTT"); a thing or a sum compared ("bằng
                # chứng nhận như TTLĐXS", "0,3 lần như LĐTT") reads the title it is compared with
                continue
            start = at + 2 if words[at + 1] == "nhu" and word == "giong" else at + 1
            key, size = model.title_at(words, start) if start < len(words) else ("", 0)
            if not size or not all(w in _AFTER_COMPARED for w in words[start + size :]):
                continue
            before = {model.title_at(words, i)[0] for i in range(at)} - {""}
            if key in before or not before & set(seg.entities):
                continue
            seg.entities = [e for e in seg.entities if e != key]
            break


def _household_share_of_village(pairs: list[Pair], toks: list[str]) -> list[Pair]:
    """ "thôn văn hóa thì tỷ lệ hộ đạt GĐVH phải từ 80 % trở lên, đúng k": the village's title
    named in a part of its own ("thôn văn hóa thì …") is still the title whose share of
    households is asked; it joins the asked pairs, so the share is read as its criterion (h354,
    ``household_share_as_criteria``), not as the cap on households (task h408)."""
    joined = f" {' '.join(toks)} "
    # the households ("hộ") first: most questions name none, and the titles are then not
    # looked for (s47a)
    if " ho " not in joined or not any(f" {w} " in joined for w in _VILLAGE_TITLE):
        return pairs
    if any(p.entity == "thon_vh" for p in pairs):
        return pairs
    caps = [p for p in pairs if p.entity == "gdvh" and p.attr == "cap"]
    if not caps:
        return pairs
    return [*pairs, replace(caps[0], entity="thon_vh")]


#: the village's title named ("thôn văn hóa", "tổ dân phố văn hóa"), folded
_VILLAGE_TITLE = ("thon van hoa", "to dan pho van hoa", "tdp van hoa", "ap van hoa", "ban van hoa")


#: task h408: the collective titles a record may tell a unit reached (Luật 2022 Điều 27, 28)
_COLLECTIVE_TITLES = ("ttldtt", "ttldxs")


def _collective_told_carried(parts: _Parts) -> None:
    """ "18 GV đạt LĐTT | 3 GV đạt CSTĐCS | trường đạt TTLĐTT … mỗi LĐTT, mỗi CSTĐCS và tập thể
    trường thưởng bao nhiêu": a bare "tập thể" in a part that asks, beside parts naming other
    titles, is the unit whose collective title the story told; that title is asked too (task
    h408). Only when one collective title is told and no asking part names one."""
    told = set()
    for seg in parts.segments:
        if not seg.story:
            continue
        joined = f" {' '.join(seg.words)} "
        for key, spelled in _COLLECTIVE_SPELLED.items():
            if any(f" {w} " in joined for w in spelled):
                told.add(key)
    asking = [s for s in parts.segments if not s.story]
    if len(told) != 1 or any(e in _COLLECTIVE_TITLES for s in asking for e in s.entities):
        return
    if not any(s.entities for s in asking):
        return
    for seg in asking:
        words = seg.words
        bare = [
            k
            for k, w in enumerate(words)
            if w == "tap" and words[k + 1 : k + 2] == ["the"] and words[k + 2 : k + 3] != ["lao"]
        ]
        # "mỗi GV LĐTT và tập thể …": joined by "và" to a title of its own part
        if bare and (not seg.entities or words[bare[0] - 1 : bare[0]] == ["va"]):
            seg.entities.append(next(iter(told)))


#: how a story spells the collective titles, folded
_COLLECTIVE_SPELLED = {
    "ttldtt": ("ttldtt", "tap the lao dong tien tien", "tap the ldtt"),
    "ttldxs": ("ttldxs", "tap the lao dong xuat sac", "tap the ldxs"),
}


#: the household's own title of thi đua (Luật 2022 Điều 20 khoản 2)
_HOUSEHOLD_TITLE = "gdvh"


def _household_title_named(parts: _Parts) -> bool:
    """Asks which "danh hiệu (thi đua)" a household may have, naming no title: the one the law
    gives a household is Gia đình văn hóa (Luật 2022 Điều 20 khoản 2), not the chairman's
    Giấy khen, a form of award, that retrieval found (h343); whether one was named so."""
    segments = parts.segments
    if parts.named_all or _HOUSEHOLD_TITLE not in parts.model.entities:
        return False
    part = next(
        (
            s
            for s in segments
            # asked yes/no ("có … không"): "tên là gì" alone is answered by the list of titles
            if not s.story and s.yesno and "ho_gia_dinh" in s.subjects and _names_a_title(s.words)
        ),
        None,
    )
    if part is None or any(s.entities for s in segments):
        return False
    part.entities = [_HOUSEHOLD_TITLE]
    parts.named_all = [_HOUSEHOLD_TITLE]
    return True


def _names_a_title(words: list[str]) -> bool:
    """ "danh hiệu (thi đua)": the words name a title of thi đua, not a form of award."""
    return any(w == "danh" and words[k + 1 : k + 2] == ["hieu"] for k, w in enumerate(words))


def _bare_khen_named(parts: _Parts) -> bool:
    """Names the xã chairman's Giấy khen in the first asking part with a bare "khen" told of
    a recipient, where no title is named; whether one was."""
    segments = parts.segments
    if parts.named_all or any(s.entities for s in segments):
        return False
    if parts.reform or (
        # a saying told in a letter asking no yes/no ("xã báo khen cá nhân tôi …, được thưởng
        # bao nhiêu") is no saying put up to be judged (task h358)
        any(s.yesno for s in segments) and REPORTED.search(" ".join(parts.toks))
    ):
        # the district level's end, or a saying put up, is answered by its own rule block
        return False
    part = next((s for s in segments if _bare_khen_asked(s, segments)), None)
    if part is None and any(_bare_khen_told(s, segments) for s in segments if s.story):
        # "xã báo khen cá nhân tôi và cả chi hội. … được thưởng bao nhiêu, ai ký": the
        # commendation told in the story is what the asking parts ask of (task h358)
        part = next((s for s in segments if not s.story and (s.attrs or s.subjects)), None)
    if part is None and any(
        not s.story and not s.attrs and not s.yesno and _bare_khen_told(s, segments)
        for s in segments
    ):
        # "đội xung kích thôn em muốn được khen, cần nộp những gì": the commendation told in
        # one clause, what it needs asked in the next (task h375)
        part = next(
            (s for s in segments if not s.story and s.attrs and "khen" not in s.words), None
        )
    if part is None:
        # "tờ trình đề nghị khen gửi chủ tịch UBND tỉnh thì qua đâu, kèm những gì": a bare
        # "khen" sent up to the province's chairman is his Bằng khen (Luật 2022 Điều 74, 79)
        part = next(
            (
                s
                for s in segments
                if not s.story
                and s.attrs
                and "khen" in s.words
                and _SENT_TO_PROVINCE_CHAIR.search(" ".join(s.words))
            ),
            None,
        )
        if part is None:
            return False
        part.entities = ["bang_khen_tinh"]
        parts.named_all = ["bang_khen_tinh"]
        return True
    part.entities = ["giay_khen"]
    parts.named_all = ["giay_khen"]
    return True


#: a proposal sent up to the province's chairman ("gửi chủ tịch UBND tỉnh") (task h392)
_SENT_TO_PROVINCE_CHAIR = re.compile(
    r"\b(?:gui|trinh|nop)(?: len| ve| cho)? chu tich (?:ubnd |uy ban nhan dan )?tinh\b"
)


#: who checks a dossier, then who decides: "ai thẩm định, trình ai quyết", "ai kiểm tra, ai
#: xét, ai ký" (task f186)
_FLOW_ASKED = re.compile(
    r"\bai (?:tham dinh|kiem tra|tiep nhan|xet)\b(?: \w+){0,6}? (?:ai (?:ky|ki|quyet)|trinh ai)\b"
)


def _flow_asked(parts: _Parts) -> list[Pair]:
    """ "công chức nội vụ mới, nhận hồ sơ thôn gửi lên, ai thẩm định, trình ai quyết": nothing
    else read, no title named, a dossier's path asked step by step: the commune's thẩm định flow
    (công chức TĐKT tiếp nhận, thẩm định → Hội đồng TĐKT xã → Chủ tịch UBND xã quyết định;
    Luật 2022 Điều 90 khoản 4; domain.md §2)."""
    if parts.named_all or "review" not in parts.model.general:
        return []
    said = " ".join(t for t in parts.toks if t.isalnum())
    if " ho so " not in f" {said} " or _FLOW_ASKED.search(said) is None:
        return []
    return [Pair("*", "review", None, False)]


def _sum_put_up(parts: _Parts) -> list[Pair]:
    """ "kế toán tính giấy khen tập thể = 0,6 x 2.340.000 = 1.404.000 và chi đúng 1.404.000, QĐ
    ký 15/5/2026. vậy đúng k": nothing else read, one award named, sums told and the whole put
    up: the award's prize is the claim judged (NĐ 152/2025 Điều 50; task f186)."""
    if len(parts.named_all) != 1 or not is_yesno(parts.toks):
        return []
    entity = parts.named_all[0]
    fact = parts.model.fact(entity, "money")
    if fact is None or not fact.coefficients:
        return []
    if not claimed_amounts(parts.question):
        return []
    return [Pair(entity, "money", None, True)]


def _award_signed_unnamed(parts: _Parts) -> list[Pair]:
    """ "phó chủ tịch xã ký quyết định khen thay chủ tịch được k": someone other than the
    chairman claimed to sign an award the question names no title of; the xã's awards (its
    giấy khen first) are the Chủ tịch UBND xã's to decide, in his name (Luật 2022 Điều 80
    khoản 3; NĐ 129/2025 Điều 59), which the giấy khen's "who decides" part answers and the
    verdict stage turns to "Không" with who signs (task h242)."""
    if parts.named_all or not is_yesno(parts.toks):
        return []
    if stand_in_signer(parts.question) is None:
        return []
    return [Pair("giay_khen", "decides", None, True)]


@dataclass
class _Parts:
    """The question as the stages of ``read`` pass it on: its words, the parts they were cut
    into, and what the stages found across parts."""

    question: str
    model: FactModel
    #: the question's words, folded, spelled out and corrected
    toks: list[str]
    #: (start, end, phrase or None for an unmatched word) of every run of words, in order
    spans: list[tuple[int, int, Phrase | None]]
    #: where the question starts after a told story; None when nothing is told first
    asked_from: int | None
    segments: list[Segment]
    #: a part names the abolished district level
    reform: bool
    #: the words kept in parts, and those a cue phrase claimed (the reading's coverage)
    words: int
    claimed: int
    #: the parts not told as the story
    asked: list[Segment] = field(default_factory=list)
    #: the title the story names last ("… Trường muốn đề nghị TTLĐTT."): what an asking part
    #: that names none asks about, before any later part names its own
    wanted: list[str] = field(default_factory=list)
    #: every title named, in order
    named_all: list[str] = field(default_factory=list)
    #: the title the story says is proposed ("hiệu trưởng muốn đề nghị TTLĐXS"), when the
    #: question names none: what its parts ask about, not the last title told (task h281)
    proposed: list[str] = field(default_factory=list)
    #: a yes/no that points back at what was told: every pair carries its verdict
    referring: bool = False


@dataclass
class _Matching:
    """Where matching the question's phrases has got to: the parts cut so far, and what the
    last phrase matched was."""

    toks: list[str]
    model: FactModel
    #: a subject named in full somewhere in the message ("tổ dân phố"): a bare first syllable of
    #: it elsewhere ("Tổ có đạt … không") points back at it, not at another subject ("tổ", a team)
    named_in_full: dict[tuple[str, ...], str]
    asked_from: int | None
    segments: list[Segment] = field(default_factory=lambda: [Segment()])
    reform: bool = False
    words: int = 0
    claimed: int = 0
    previous: tuple[int, str] = (-1, "")  # end and kind of the last phrase matched
    workplace_end: int = -1  # where a unit told as a person's workplace ends ("ở văn phòng | xã")
    #: where the verb of a unit told acting on its own is ("trạm y tế xã | tự công nhận"): the
    #: places named before it are the unit's name
    unit_acts_at: int = -1


#: a year as typed or as the speech reader wrote it ("2025")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _years_joined(toks: list[str], at: int) -> bool:
    """ "2024 và 2025", "năm 2024 và năm 2025": "và" between two years of one list."""
    before = toks[at - 1] if at > 0 else ""
    after = toks[at + 1 : at + 3]
    if after[:1] == ["nam"]:
        after = after[1:]
    return bool(_YEAR.match(before)) and bool(after) and bool(_YEAR.match(after[0]))


#: a "/" with a space on both sides: a line break typed in one line
_SPACED_SLASH = re.compile(r"(?<=\s)/(?=\s)")


def _spelled(
    question: str, model: FactModel, speller: Speller
) -> tuple[list[str], list[str | None]]:
    """The question's words folded, phone spellings expanded, typos fixed, a title's elided
    words put back ("cờ thi đua tỉnh và bằng khen …"), a culture unit's own title named and the
    form a giver gives named ("xã khen tập thể")."""
    # " / " typed between two asks is the new line of a chat message ("… k / ai ký"); a "/"
    # inside a date or a count ("12/11", "9/11 người") stays a word (task h392)
    question = _SPACED_SLASH.sub(";", question)
    toks, marks = expand(tokens(question), token_marks(question), model, speller)
    toks, marks = elided_titles(toks, marks, model)
    toks, marks = unit_culture(toks, marks, model)
    toks, marks = giver_form(toks, marks, model)
    return toks, marks


def _unit_in_post(words: list[str], key: str, model: FactModel) -> str:
    """ "tổ trưởng tổ dân phố": a post named with its unit in full; a bare "tổ" elsewhere is
    that unit (a thôn), not the post's holder (task h281). Other phrases keep their key."""
    if key not in _PERSON_KINDS:
        return key
    for at in range(1, len(words)):
        if words[at] == words[0]:
            inner = match_phrases(words[at:], model)
            if inner and inner[0][2] is not None and inner[0][2].kind == "subject":
                return inner[0][2].key
    return key


#: words after a bare unit that make it someone's unit ("tổ tôi", "hội mình")
_POSSESSORS = frozenset({"toi", "em", "minh", "chung", "e", "ta"})


def _unit_of_post(toks: list[str], start: int, fuller: str) -> bool:
    """ "tôi là tổ trưởng …, giấy khen cho tổ", "tổ tôi ra quân": the bare unit after a post
    named in full ("tổ trưởng") is the unit, given an award or owned, not the post's holder
    (task h281)."""
    if fuller not in _PERSON_KINDS:
        return False
    owned = start + 1 < len(toks) and toks[start + 1] in _POSSESSORS
    return owned or given_to(toks, start)


def _parts_matched(
    question: str, model: FactModel, toks: list[str], marks: list[str | None]
) -> _Parts:
    """The question cut into parts at breaks and connectors, each part holding the entities,
    attributes, subjects and authorities its cue phrases name."""
    asked_from = final_question(toks)
    spans = match_phrases(toks, model, marks)
    named_in_full = {
        tuple(toks[a:b]): _unit_in_post(toks[a:b], p.key, model)
        for a, b, p in spans
        if p is not None and p.kind == "subject" and b - a > 1
    }
    m = _Matching(toks, model, named_in_full, asked_from)
    for start, end, phrase in spans:
        _span_read(m, start, end, phrase)
    if len(m.segments) > 1:
        self_head_carried(m.segments)
    return _Parts(
        question, model, toks, spans, asked_from, m.segments, m.reform, m.words, m.claimed
    )


def _span_read(m: _Matching, start: int, end: int, phrase: Phrase | None) -> None:
    """One run of words matched (a cue phrase, or an unmatched word): added to the part it
    is in, or the break or connector that opens the next part."""
    toks, segments, model = m.toks, m.segments, m.model
    tok = toks[start]
    seg = segments[-1]
    if phrase is not None and phrase.kind == "subject" and end - start == 1:
        fuller = next(
            (k for w, k in m.named_in_full.items() if w[0] == tok and k != phrase.key), None
        )
        if fuller is not None and not _unit_of_post(toks, start, fuller):
            phrase = replace(phrase, key=fuller)
    if start == m.asked_from:
        # "Tôi là công chức …, năm 2025 tôi được … quyết định …, vậy … được thưởng bao
        # nhiêu": everything before "vậy" is the story; the question follows it.
        if seg.words:
            segments.append(Segment())
        for told in segments[:-1]:
            told.story = True
        return
    if (
        phrase is not None
        and phrase.kind == "subject"
        and (
            (tok, toks[start - 1] if start else "") in NOT_A_UNIT
            or (tok, toks[end] if end < len(toks) else "") in NOT_A_UNIT_AFTER
        )
    ):
        # "phong trào nông thôn mới" names a drive, not a village; "hội đồng sáng kiến" a
        # council, not an association; "cơ sở công nhận" a recognition, not workers; their
        # words stay, as any other's (task h96)
        seg.words.extend(toks[start:end])
        m.words += end - start
        return
    if phrase is None:
        if in_number(toks, start):
            return  # "3.800.000": the dots group thousands, they end no sentence
        if (
            tok in BREAKS
            or (
                tok in CONNECTORS
                and not still_negated(toks, start)
                and not con_counted(toks, start)
                and not also_of_subject(toks, start, seg.subjects)
                # "chủ tịch HĐQT (công ty em) cũng ký được LĐTT": "cũng" after a board's chair
                # claimed to act, before any title or act is named, joins it to its verb
                # (task h300); "tổ hợp tác cũng tự tặng … như HTX" keeps its own reading
                and not (
                    tok == "cung" and "hdqt" in seg.authority and not (seg.entities or seg.attrs)
                )
                # "theo con đường sáng kiến": "con" of "con đường" (a route), not "còn"
                and toks[start : start + 2] != ["con", "duong"]
                # "trưởng ấp có chủ trì họp bình xét GĐVH cùng trưởng ban công tác mặt trận
                # k": the one named after "cùng / với" sits in the meeting asked of, it starts
                # no second ask (task h477)
                and not (tok in ("cung", "voi") and "chair" in seg.attrs)
                # "có phải cũng đạt …", "có cũng được …": "cũng" after an auxiliary is an
                # adverb inside the clause, it joins no second ask (task h378)
                and not (tok == "cung" and start and toks[start - 1] in ("phai", "co"))
                # "tối đa 1,5% đối với xã miền núi": "với" of "đối với" (as to) joins nothing
                and toks[max(start - 1, 0) : start + 1] != ["doi", "voi"]
                # "3 năm liền 2023 2024 và 2025 đều đạt CSTĐCS": "và" between two years lists
                # the years of one run, it starts no part (task h374)
                and not _years_joined(toks, start)
            )
        ):
            if seg.words:
                seg.marked = tok == "?"
                segments.append(Segment())
            return
        seg.words.append(tok)
        m.words += 1
        return
    if (
        phrase.kind in ("entity", "subject", "attr")
        # a person's job ("anh trưởng thôn bảo") still reads as a person, who outranks the
        # place the letter is set in ("thôn em có ông Ba nông dân …")
        and phrase.key not in (_POINTED, "ca_nhan")
        and names_speaker(toks, start, end, BREAKS)
    ):
        # "chị văn phòng bảo …", "anh công an xã nói …": the job names who told a rule; it
        # is neither the title, the force nor the unit asked about (task h213)
        seg.words.extend(toks[start:end])
        m.words += end - start
        m.previous = (end, "none")
        return
    if phrase.kind == "entity" and anothers_council(toks, start, end):
        seg.words.extend(toks[start:end])  # "hội đồng TĐKT của trường": not the xã's
        m.words += end - start
        return
    seg.words.extend(toks[start:end])
    m.words += end - start
    m.claimed += end - start
    if phrase.kind == "entity":
        seg.add(seg.entities, phrase.key)
        at = len(seg.words) - (end - start)
        seg.mentions.append((phrase.key, at, tuple(seg.words[max(at - 2, 0) : at])))
        if phrase.key in model.entity_authority:
            seg.add(seg.authority, model.entity_authority[phrase.key])
    elif phrase.kind == "attr":
        if ((seg.attrs or seg.authority) and offered_after(toks, start)) or (
            seg.entities and got_before_or(toks, start)
        ):
            # "chủ tịch xã ký được không hay phải trình lên trên": what follows "không hay"
            # is the other way offered; the yes/no asks about the first, when the first
            # names what it asks ("có được bằng khen không hay chỉ giấy chứng nhận" does not)
            return
        if toks[start] == "may" and toks[end : end + 1] in (["roi"], ["nay"]):
            # "đạt thôn văn hóa mấy năm rồi / mấy năm nay": how long, told; not asked
            # (task h101)
            return
        if told_reason(toks, start, BREAKS):
            # "bị khiển trách vì chậm hồ sơ, … có được LĐTT k": the reason told for the case
            # asks no part of its own (task h260)
            return
        if phrase.key == "deadline" and tells_time(toks, start, end):
            # "k bao giờ được xét", "đạt LĐTT năm học này": never / the year the case is in,
            # no question of a time limit (task h188)
            return
        seg.add(seg.attrs, phrase.key)
    elif phrase.kind == "weak":
        if toks[start:end] == ["truoc"] and m.previous == (start, "entity"):
            # "CSTĐCS có cần phải LĐTT trước không": a title to hold first, a condition,
            # not a time limit
            m.previous = (end, "none")
            return
        seg.add(seg.weak, phrase.key)
    elif phrase.kind == "subject":
        _subject_read(m, seg, start, end, phrase)  # it moves ``m.previous`` on itself
        return
    elif phrase.kind == "authority":
        if (
            phrase.key == "xa"
            and seg.authority == ["don_vi"]
            and m.previous[1] == "authority"
            and toks[start] in ("xa", "phuong")
        ):
            # "giám đốc trung tâm dịch vụ tổng hợp phường tự quyết định": the ward ends the
            # name of the unit whose head is claimed to decide; it claims nothing itself
            m.previous = (end, "none")
            return
        if office_holder_told(toks, start, end):
            # "ông phó chủ tịch xã đạt CSTĐCS 3 năm liền": the one holding the office won the
            # title; a person is asked about, not the xã, nor who decides (task h260)
            seg.add(seg.subjects, "ca_nhan")
            m.previous = (end, "subject")
            return
        if toks[start:end] == ["tinh"] and counts_in(toks, start):
            m.previous = (end, "none")
            return  # "nghỉ thai sản có được tính …" folds like "tỉnh" (the province)
        if "tinh" in toks[start:end] and initiative_reach(toks, end - 1):
            m.previous = (end, "none")
            return  # "sáng kiến cấp tỉnh": how far it reaches, not who decides (task h221)
        if (
            alternative_authority(toks, start)
            or replaced(toks, start)
            or denied_after_chu(toks, start, end)
        ):
            m.previous = (end, "none")
            return
        if toks[start:end] == ["giam", "doc"] and not names_enterprise(toks):
            if head_acts(toks, end):
                # "giám đốc trung tâm dịch vụ tổng hợp xã được tự ký QĐ LĐTT": the head of a
                # public unit of the xã claimed to decide; the xã chairman does (Luật 2022
                # Điều 80 khoản 3), as for a school's head (task h260)
                seg.add(seg.authority, "don_vi")
                m.previous = (end, "authority")
                return
            m.previous = (end, "none")
            return  # a director of something else ("giám đốc sở", "giám đốc trung tâm")
        if toks[start:end] == ["giam", "doc"] and toks[start - 1 : start] in (
            ["ca"],
            ["cho"],
            ["va"],
        ):
            # "tặng giấy khen cho doanh nghiệp và cả giám đốc của họ": the director named as
            # one given the award, not as the one who gives it (task h167)
            m.previous = (end, "none")
            return
        if seg.authority and award_owner(toks, start, end):
            # "chủ tịch tỉnh hủy giấy khen của chủ tịch xã": the one after "của" gave the
            # award; the one asked about acts on it (Luật 2022 Điều 93 khoản 8; task h149)
            m.previous = (end, "none")
            return
        if phrase.key == "xa" and _recognised_by(toks, start, end):
            # "có sáng kiến được (hội đồng) xã công nhận, đề nghị CSTĐCS được k": the xã
            # recognised the asker's sáng kiến (Luật 2022 Điều 23); it is neither the one the
            # title is for nor the one asked to decide (task h377)
            m.previous = (end, "none")
            return
        seg.add(seg.authority, phrase.key)
        if phrase.key in model.subjects:  # "giám đốc htx tự công nhận": whose staff, too
            seg.add(seg.subjects, phrase.key)
    elif phrase.kind == "reform":
        if (
            (
                toks[start:end] == ["thi", "xa"]
                # "chủ tịch thị xã ký", "UBND thị xã": the head of a unit, never "thì xã"
                and toks[start - 1 : start] not in (["tich"], ["ubnd"])
                # "thị xã giải thể rồi": the level told abolished (task h387)
                and not town_abolished(toks, end)
            )
            and (
                toks[start - 1 : start] in THEN_AFTER
                or acts_told(toks[end : end + 3], then_inside(toks, start))
                or after_condition(toks, start)
            )
        ):
            # "TTLĐXS là tỉnh thì xã có được trình không": "thì xã", not "thị xã"
            m.previous = (end, "none")
            if gives_told(toks, end):
                # "bằng khen của chủ tịch tỉnh thì xã có quyền quyết định không": the xã
                # is the one claimed to decide, as when "xã" is typed alone
                seg.add(seg.authority, "xa")
                m.previous = (end, "authority")
            return
        if toks[start - 1 : start] and toks[start - 1] in _COURT_BEFORE:
            # "tòa (án) huyện", "viện kiểm sát huyện", "bệnh viện huyện": a court or a
            # hospital of the area, not the abolished level of government (task h209)
            m.previous = (end, "none")
            return
        m.reform = seg.reform = True
    m.previous = (end, phrase.kind)


#: the armed forces, whose titles the two ministries set who awards (Luật 2022 Điều 80 khoản 5)
_ARMED = frozenset({"cong_an", "dan_quan_tt"})
#: the titles khoản 5 names ("xét CSTĐCS", "tặng LĐTT"); a giấy khen stays the xã's to give
_ARMED_TITLES = re.compile(
    r"\b(?:cstdcs|ldtt|ttldtt|chien si thi dua|lao dong tien tien|chien si tien tien"
    r"|don vi tien tien|tap the lao dong)\b"
)
#: words just before "huyện" that name a court or hospital, not the district's government
_COURT_BEFORE = frozenset({"toa", "an", "sat", "vien"})


#: words before a body that say where a paper goes or who acts: "gửi (cho / lên) cơ quan nào"
_TOWARD = frozenset({"cho", "len", "ve", "den", "toi", "tai", "gui", "nop", "do", "trinh"})


def _destination_asked(toks: list[str], start: int, end: int) -> bool:
    """ "gửi cho cơ quan nào", "do đơn vị nào quyết định": a body asked by "nào" after a word
    of sending or acting."""
    return toks[end : end + 1] == ["nao"] and start > 0 and toks[start - 1] in _TOWARD


def _subject_read(m: _Matching, seg: Segment, start: int, end: int, phrase: Phrase) -> None:
    """A subject matched: who is asked about, unless the words around it say it is where
    someone works, who gives or decides, or a word that only folds like it."""
    toks, segments = m.toks, m.segments
    # "công an xã", "cán bộ … của thôn", "TTLĐXS xã": a place right after a person,
    # a title or "của / thuộc / ở" says whose, not who is asked about.
    owner = start > 0 and toks[start - 1] in OWNER_WORDS
    after = m.previous[0] == start and m.previous[1] in ("subject", "entity")
    if _other_option(toks, start) and any(s.subjects for s in [*segments, seg]):
        # "nông dân … có được LĐTT k hay chỉ dành cho cán bộ công chức": the kind named in the
        # other option offered is not the one asked about; the one named first is (task h378)
        m.previous = (end, "none")
        return
    if phrase.key == _POINTED:
        seg.pointed = True
        m.previous = (end, "none")
        return
    if phrase.key in _PERSON_KINDS and (
        m.previous == (start, "denied") or denied_being(toks, start)
    ):
        # "hội viên nông dân …, không phải cán bộ công chức": the kind denied is not who the
        # person is; the case told beside it (a farmer, Luật 2022 Điều 24 khoản 3) stays the
        # one asked about (task h223)
        m.previous = (end, "denied")
        return
    if phrase.key == "ky_luat" and denied_case(toks, start):
        # "chỉ bị nhắc nhở, chưa đến mức khiển trách": no discipline told (task h298)
        m.previous = (end, "denied")
        return
    if start < m.unit_acts_at:
        # "chi hội nông dân thôn | tự công nhận …", "phòng văn hóa xã | tự …": a place inside
        # the name of a unit told deciding says whose unit, not who acts or is asked about
        m.previous = (end, "none")
        return
    if phrase.key == "tap_the" and _destination_asked(toks, start, end):
        # "hồ sơ xã gửi cho cơ quan nào": which body a paper goes to or who decides is asked,
        # not who the title is for (task h297)
        m.previous = (end, "none")
        return
    if folds_like_subject(toks, start, end):
        if toks[start:end] == ["ho"]:
            seg.add(seg.subjects, "ca_nhan")  # "họ": the people told, each a person
        m.previous = (end, "none")
        return  # "em hỏi chút" is not "hội", "áp dụng" is not "ấp" (a thôn)
    if toks[start:end] in _UNIT_HEADS and head_acts(toks, end):
        # "hiệu trưởng (trường THCS của xã) tự ký CSTĐCS cho giáo viên", "trưởng trạm ký giấy
        # khen": the head of a unit claimed to decide; whom it gives to is who is asked about
        # (Luật 2022 Điều 80 khoản 1, 3; task h167)
        seg.add(seg.authority, "don_vi")
        m.previous = (end, "authority")
        return
    if phrase.key == "tap_the" and chat_group(toks, start, end):
        # "nhóm zalo đăng: …": where the saying was read, not who is asked about (f179b)
        m.previous = (end, "none")
        return
    if phrase.key in ("tap_the", "xa", "thon") and speaks_after(toks, end):
        # "phòng bảo vậy", "tổ chức bảo anh ấy được LĐTT", "xã hướng dẫn …": the unit is the
        # source of a saying, not who is asked about (task h193)
        m.previous = (end, "none")
        return
    if phrase.key in ("tap_the", "xa", "thon") and mishap_done_after(toks, end):
        # "văn phòng ghi sai ngày trên giấy khen của chị Lan", "bộ phận một cửa làm mất hồ
        # sơ": the office that made the slip tells the case; the award is someone else's
        m.previous = (end, "none")
        return
    if (
        (phrase.key == "tap_the" and _WORKS_IN & set(toks[max(start - 2, 0) : start]))
        # task h389: "tôi làm bảo vệ cho ủy ban xã", "làm tạp vụ cho trường mầm non"
        or (phrase.key in ("tap_the", "xa") and _works_for(toks, start))
    ) and (_PERSONS_TOLD & set(seg.subjects) or _PRONOUNS & set(seg.words)):
        # "em là công chức mới tuyển vào văn phòng UBND xã", "anh A ở phòng kinh tế":
        # the unit a person told works in says where, not who is asked about
        m.previous = (end, "none")
        m.workplace_end = end
        return
    if phrase.key in _SERVED_KINDS and _served(toks, start):
        # "làm phần mềm quản lý học sinh", "ứng dụng hỗ trợ người dân nộp hồ sơ": the people
        # a deed serves are part of the story; the one who did it is asked about (task h281)
        m.previous = (end, "none")
        return
    if phrase.key == "tap_the" and _person_of_unit(toks, start):
        # "a văn phòng được CSTĐCS 3 năm liền", "chị phòng văn hóa": a person called by the
        # office they work in is who is asked about, not the office (task h281)
        seg.add(seg.subjects, "ca_nhan")
        m.previous = (end, "subject")
        return
    if phrase.key in _PLACES and toks[max(0, start - 3) : start] == ["nha", "van", "hoa"]:
        # "góp công làm nhà văn hóa thôn": the thôn of a building says where, it is neither
        # a recipient nor who gives (task h373)
        m.previous = (end, "none")
        return
    if phrase.key in _PLACES and everyone_in(toks, start):
        # "giúp cả xóm cùng làm", "cả xã ai cũng khen": the people of the place told
        # as a crowd, not the place asked about
        m.previous = (end, "none")
        return
    if (
        phrase.key in _PLACES
        and after_unit(toks, start)
        # "trên địa bàn xã thì giám đốc …" says where, it names no unit
        and toks[start - 1] not in LOCATIONS
        and unit_self_acts(toks, end, start=start)
    ):
        # "trạm y tế xã tự công nhận LĐTT cho nhân viên": the unit of the xã claimed to
        # decide; the xã chairman does (Luật 2022 Điều 80 khoản 3; task h197)
        seg.add(seg.authority, "don_vi")
        m.previous = (end, "authority")
        return
    if phrase.key in _PLACES and after_unit(toks, start):
        # "trạm y tế xã", "trên địa bàn xã" say where: neither who is asked about nor
        # who gives; a unit named with no one in it before ("trạm y tế xã có đạt …")
        # is a collective
        if (
            toks[start - 1] not in LOCATIONS
            and not seg.subjects
            # "ở trường mầm non xã": the unit's own name may run on before its xã
            and not 0 <= start - m.workplace_end <= 3
            # "hội phụ nữ xã đề nghị giấy khen cho hộ …": the unit proposes, no recipient (h357)
            and not gives_told(toks, end, propose=True)
        ):
            seg.add(seg.subjects, "tap_the")
        m.previous = (end, "none")
        return
    if village(toks[start:end], phrase.key) and (
        (
            toks[start - 1 : start] not in (["tren"], *([w] for w in OWNER_WORDS))
            and (village_gives(toks, end) or unit_self_acts(toks, end, village=True, start=start))
        )
        or decided_at_village(toks, start)
    ):
        # "trưởng thôn ký giấy khen cho hộ …", "ban mặt trận thôn có quyền công nhận …":
        # the village claimed to decide; it is not who is asked about
        seg.add(seg.authority, "thon")
        m.previous = (end, "authority")
        return
    if (
        phrase.key == "tap_the"
        # bare "phòng", "tổ" are also "phong trào", "tổ dân phố" (but "phòng văn hóa xã tự
        # công nhận …" names a unit by the rest of its name, task h197); "(hội đồng) là cơ
        # quan quyết định" says what another body is
        and (
            toks[start:end] not in (["phong"], ["to"])
            or (toks[start:end] == ["phong"] and unit_self_acts(toks, end, start=start))
        )
        and toks[start - 1 : start] != ["la"]
        and not (owner or m.previous == (start, "subject") or heads(toks, start))
        and unit_gives(toks, end, start)
    ):
        # "trường học thì ký giấy khen cho giáo viên được không": a unit claimed to
        # decide; who is asked about is whom it gives to
        m.unit_acts_at = unit_act_at(toks, end, start=start) or -1
        seg.add(seg.authority, "don_vi")
        m.previous = (end, "authority")
        return
    if (
        phrase.key == "htx"
        and enterprise_acts(toks, end)
        # "chủ tịch có quyền ký không hay là công ty tự ký": the firm is the other answer
        # offered; the claim is the one before "hay" (task h167)
        and not alternative_authority(toks, start)
    ):
        # "công ty ở xã có được tự xét CSTĐCS cho nhân viên": the firm decides for its
        # own staff (Luật 2022 Điều 80 khoản 4), as its director named would
        seg.add(seg.authority, "htx")
        seg.add(seg.subjects, "htx")
        m.previous = (end, "authority")
        return
    if (
        phrase.key == "xa"
        and agent_of_passive(toks, start, end)
        and _ARMED & set(seg.subjects)
        and _ARMED_TITLES.search(" ".join(toks[end : end + 8]))
    ):
        # "chiến sĩ công an xã có được UBND xã xét CSTĐCS không": the police's and the army's
        # titles are awarded as the two ministries set (Luật 2022 Điều 80 khoản 5), so the xã
        # acting on the case is who is claimed to decide (task h277)
        seg.add(seg.authority, "xa")
        m.previous = (end, "authority")
        return
    if phrase.key == "xa" and agent_of_passive(toks, start, end):
        # "em có được xã xét CSTĐCS không": the xã reviews the asker's case, whether the
        # asker may have the title is asked, as for a proposer below (task h184)
        m.previous = (end, "none")
        return
    if phrase.key == "tap_the" and unit_agent_of_passive(toks, start, end):
        # "SKKN được phòng GD huyện công nhận": the office acts on the case, whose title is
        # asked (h357)
        m.previous = (end, "none")
        return
    if phrase.key == "xa" and gives_told(toks, end) and not acts_when(toks, end):
        # "xã có thể tặng giấy khen cho hộ …": the xã gives; it is not who is asked about
        seg.add(seg.authority, "xa")
        m.previous = (end, "authority")
        return
    if phrase.key in ("xa", "tap_the", "thon") and gives_told(toks, end, propose=True):
        # "xã có thể đề nghị CSTĐ tỉnh cho anh không": the xã proposes; whether the
        # person may get it is asked, not who decides nor whether a xã may get it; so
        # for a unit ("trường đề nghị thầy B CSTĐ tỉnh"): the proposer is no recipient
        m.previous = (end, "none")
        return
    if phrase.key in CIRCUMSTANCES - LEVELS and (
        NEGATED & set(same_clause(toks[max(start - 2, 0) : start]))
        or befell_no_one(toks, start)
        or never_befell(toks, start)
    ):
        m.previous = (end, "none")
        return  # "không bị kỷ luật gì": a circumstance the asker is not in
    if (
        phrase.key in LEVELS_ABOVE
        and (
            NEGATED & set(toks[max(start - 1, 0) : start])
            # "không đạt mức hoàn thành tốt nhiệm vụ" (task h302)
            or (start > 1 and toks[start - 1] == "dat" and toks[start - 2] in NEGATED)
            # "cty hok xếp loại / đánh giá hoàn thành tốt nhiệm vụ như công chức" (task h375): no
            # level is rated at all, none is told reached
            or (
                start > 2
                and toks[start - 2 : start] in (["xep", "loai"], ["danh", "gia"])
                and toks[start - 3] in NEGATED
            )
        )
    ):
        # "có sáng kiến nhưng không hoàn thành xuất sắc nhiệm vụ, chỉ hoàn thành tốt":
        # the level denied is the one not reached; the level told after is the case
        # (task h101)
        m.previous = (end, "none")
        return
    if phrase.key in LEVELS and _level_set_right(toks, start, [*segments, seg]):
        # "chỉ hoàn thành nhiệm vụ (không phải hoàn thành tốt)": the level after "không
        # phải" sets right the level told; it is denied, neither told nor required
        m.previous = (end, "none")
        return
    if is_verb(toks, start, end):
        m.previous = (end, "none")
        return  # "quyết định công nhận CSTĐCS" folds like "công nhân" (a worker)
    if (phrase.key in WHO_KINDS and alternative_authority(toks, start)) or (
        seg.subjects and phrase.key not in LEVELS and offered_after(toks, start)
    ):
        # "hội viên … làm kinh tế giỏi, có được xét LĐTT không hay chỉ dành cho cán
        # bộ": who is named in the other answer offered is not the one asked about; the
        # yes/no is about the one told first (tasks h101, h100)
        m.previous = (end, "none")
        return
    told_before = segments[-2].for_whom if len(segments) > 1 else []
    joined = _recipient_joined(toks, start) and phrase.key not in LEVELS
    if joined and told_before and not seg.for_whom:
        # "… cho 10 cá nhân | và 2 tập thể", "cho cá nhân | , tập thể": the list of recipients
        # goes on past the break; the part's own case stays its own
        told_before.append(phrase.key)
    if (given_to(toks, start) or (joined and seg.for_whom)) and phrase.key not in LEVELS:
        if not seg.for_whom:
            seg.before_for = [s for s in seg.subjects if s in _RECIPIENT_KINDS]
        seg.for_whom.append(phrase.key)  # "xã đề nghị … cho (1) cán bộ": who gets it
    standard = phrase.key in LEVELS and _standard_said(seg.words[: len(seg.words) - (end - start)])
    if phrase.key in LEVELS and (required_at(seg.words[-(end - start) - 3 :]) or standard):
        if offered_after(toks, start) and (
            any(s.startswith("can_") for g in [*segments, seg] for s in g.subjects)
            or _enough_asked_before_or(toks, start)
        ):
            # "phải hoàn thành xuất sắc, đúng k hay chỉ cần hoàn thành tốt": the level
            # offered after "không hay" is the other answer, the claim is the first
            # level required (task h135)
            m.previous = (end, "none")
            return
        seg.add(seg.subjects, f"can_{phrase.key}")
        seg.standard_level = seg.standard_level or standard
    elif phrase.key == "tap_the" and (
        owner or m.previous == (start, "subject") or heads(toks, start)
    ):
        # "viên chức trường học", "cán bộ của phòng": where the person works
        pass
    elif compared_with(toks, start) and any(s.subjects for s in segments):
        # "xã đồng bằng cũng được trích 1,5 % như xã miền núi": the subject after
        # "như" is what the claim is measured against; the one named first is asked
        # about (task h106)
        pass
    elif not (phrase.key in _PLACES and (owner or after)):
        seg.add(seg.subjects, phrase.key)
    m.previous = (end, phrase.kind)


#: the words naming a title's standard ("tiêu chuẩn", "điều kiện", "tc")
_STANDARD_WORDS = (("tieu", "chuan"), ("dieu", "kien"), ("tc",), ("doi", "hoi"))


def _standard_said(before: list[str]) -> bool:
    """ "tiêu chuẩn LĐTT là hoàn thành xuất sắc nhiệm vụ (phải hok)": the level told right
    after "tiêu chuẩn … là" (or "đòi hỏi") is the level the title is claimed to require, as
    after "cần / phải" (task h375; Luật 2022 Điều 24 khoản 1 điểm a)."""
    if before[-2:] == ["doi", "hoi"]:
        return True
    if not before or before[-1] != "la":
        return False
    head = before[-6:-1]
    return any(tuple(head[k : k + len(w)]) == w for w in _STANDARD_WORDS for k in range(len(head)))


#: words that count or pick out the recipients after "cho" ("cho 1 học sinh", "cho các hộ")
_RECIPIENTS_COUNTED = frozenset({"mot", "hai", "ba", "cac", "nhung", "ca", "tung", "moi"})
#: the classifier of people before their kind ("cho 2 em học sinh", "cho các bạn đoàn viên")
_PEOPLE_CLASSIFIERS = frozenset({"em", "ban", "chau", "nguoi", "anh", "chi", "co", "thay"})


#: words between "hay" and the kind of recipient it offers ("hay chỉ dành cho", "hay là cho")
_OPTION_WORDS = frozenset(
    {"chi", "danh", "cho", "la", "rieng", "tang", "xet", "can", "bo", "nguoi"}
)


def _other_option(toks: list[str], start: int) -> bool:
    """ "… hay chỉ dành cho cán bộ công chức": a kind of recipient offered after "hay" (the
    other option), with only option words between."""
    window = toks[max(start - 7, 0) : start]
    if "hay" not in window:
        return False
    at = len(window) - window[::-1].index("hay")
    after = window[at:]
    if after == ["cho"] and at >= 2 and window[at - 2] not in _NOT_BEFORE_OR:
        # task h386: "tặng giấy khen cho hộ hay cho từng người, tiền có khác k": two
        # recipients offered side by side, no "không hay": both are asked of
        return False
    return bool(after) and "cho" in after and all(w in _OPTION_WORDS for w in after)


#: the words that close a yes/no before "hay" ("… được không hay chỉ dành cho …")
_NOT_BEFORE_OR = frozenset({"khong", "chua", "chang", "ko", "k", "hong", "hok", "ha", "a"})


def _lead_word(toks: list[str], start: int) -> str:
    """The word before a subject once its count and classifier are passed ("cho | 2 em
    học sinh", "và | 2 tập thể")."""
    at = start - 1
    if at >= 0 and toks[at] in _PEOPLE_CLASSIFIERS and at > 0 and toks[at - 1] != "cho":
        at -= 1  # "2 em học sinh": the classifier after a count
    if at >= 0 and (toks[at].isdigit() or toks[at] in _RECIPIENTS_COUNTED):
        at -= 1
    return toks[at] if at >= 0 else ""


#: words before a "cho" that make it "chợ", a market ("ở chợ xã", "đi chợ", "tại chợ thôn")
_AT_MARKET = frozenset({"o", "tai", "di", "trong", "ngoai", "ra"})


def given_to(toks: list[str], start: int) -> bool:
    """ "cho cán bộ", "cho 1 học sinh", "cho 2 em học sinh": the subject at ``start`` is whom
    the award is for (task h281: a count between "cho" and the recipient kept it unread)."""
    if start > 1 and toks[start - 1] == "cho" and toks[start - 2] in _AT_MARKET:
        return False  # "bán tạp hóa ở chợ xã": where the trader works, no one given (h357)
    return _lead_word(toks, start) == "cho"


def _recipient_joined(toks: list[str], start: int) -> bool:
    """ "cho 10 cá nhân và 2 tập thể": a recipient joined to the one after "cho"."""
    return _lead_word(toks, start) in ("va", ",")


#: the kinds of people a deed is done for ("dạy học sinh", "hỗ trợ người dân")
_SERVED_KINDS = frozenset({"hoc_sinh", "nong_dan", "ho_gia_dinh"})
#: the verbs of a deed whose object is the people served: "quản lý", "dạy", "hỗ trợ", …
_SERVING = (
    ("quan", "ly"),
    ("ho", "tro"),
    ("huong", "dan"),
    ("cham", "soc"),
    ("boi", "duong"),
    ("phu", "dao"),
    ("phuc", "vu"),
    ("giup",),
    ("day",),
)


#: words before "đây" (here, now) that fold like "dạy" without marks
_HERE_BEFORE = frozenset({"truoc", "o", "gan", "tu", "den", "bay"})


def _served(toks: list[str], start: int) -> bool:
    """ "quản lý học sinh", "hỗ trợ người dân", "giúp bà con": the people right after a verb
    of serving are whom a deed was for, not who is asked about."""
    if start > 1 and toks[start - 1] == "day" and toks[start - 2] in _HERE_BEFORE:
        return False  # "trước đây hộ …", "ở đây": "đây" folds like "dạy" (to teach)
    at = start
    if _lead_word(toks, start) == "cho":
        # "hướng dẫn cho 20 hộ khác làm theo": the verb before "cho" and the count
        at = max(i for i in range(start) if toks[i] == "cho")
    return any(tuple(toks[max(at - len(v), 0) : at]) == v for v in _SERVING)


#: the kin words that call a person by their office ("anh văn phòng", "chị phòng văn hóa")
_CALLED_BY_OFFICE = frozenset({"a", "anh", "c", "chi", "chu", "bac"})


def _person_of_unit(toks: list[str], start: int) -> bool:
    """ "a văn phòng", "chị phòng kế toán": a kin word right before an office's name."""
    at = start - 1
    if toks[at : at + 1] == ["van"]:
        at -= 1  # "văn phòng": "phòng" is the word matched
    return at >= 0 and toks[at] in _CALLED_BY_OFFICE and (at == 0 or toks[at - 1] in BREAKS)


def _level_set_right(toks: list[str], start: int, parts: list[Segment]) -> bool:
    """Whether the level at ``start`` follows "không phải" after another level was told."""
    before = toks[max(start - 2, 0) : start]
    return (
        len(before) == 2
        and before[0] in NEGATED
        and before[1] == "phai"
        and any(s in LEVELS for part in parts for s in part.subjects)
    )


def _joined(parts: list[Segment]) -> Segment:
    """One asked part holding what ``parts`` name, their words in order."""
    whole = Segment()
    for part in parts:
        offset = len(whole.words)
        whole.words.extend(part.words)
        whole.mentions.extend((e, at + offset, before) for e, at, before in part.mentions)
        for mine, theirs in (
            (whole.entities, part.entities),
            (whole.attrs, part.attrs),
            (whole.weak, part.weak),
            (whole.subjects, part.subjects),
            (whole.authority, part.authority),
            (whole.for_whom, part.for_whom),
        ):
            for key in theirs:
                whole.add(mine, key)
        whole.pointed = whole.pointed or part.pointed
        whole.reform = whole.reform or part.reform
        whole.without = whole.without or part.without
    whole.marked = parts[-1].marked
    return whole


#: the attributes a dossier's paper named in a list is cued as
_PAPER_ATTRS = frozenset({"dossier", "dossier_law", "initiative"})


def _papers_list_joined(parts: _Parts) -> None:
    """ "hồ sơ … gồm tờ trình, báo cáo thành tích, biên bản bình xét, có sáng kiến thì kèm
    chứng nhận sáng kiến, đúng k": the papers listed after "gồm", cut at its commas, and the
    yes/no closing the list are one claim about the dossier (task h392)."""
    segments = parts.segments
    for at, seg in enumerate(segments):
        if "gom" not in seg.words or not set(seg.attrs) & {"dossier", "dossier_law"}:
            continue
        end = at + 1
        while end < len(segments) and not segments[end].entities:
            later = segments[end]
            if not set(later.attrs) <= _PAPER_ATTRS or later.subjects or later.authority:
                break
            end += 1
        if end - at < 3 or not is_yesno(segments[end - 1].words):
            return
        # the papers' own cues ("sáng kiến" of its certificate) ask nothing of their own
        for later in segments[at + 1 : end]:
            seg.words.extend(later.words)
        del segments[at + 1 : end]
        return


def _tails_merged(parts: _Parts) -> None:
    """A part that is only an asking tail ("… còn không", "có đúng không") joined to the
    part before it; a service told is read first, while the parts are as cut."""
    toks, segments = parts.toks, parts.segments
    told_service(segments)
    started_late(segments)
    for seg in segments:
        if seg.entities and "repeat" not in seg.attrs and twice_given(seg.words):
            # "không được khen giấy khen hai lần": the repeat rule, the title named between
            seg.add(seg.attrs, "repeat")
    merged: list[Segment] = []
    for at, seg in enumerate(segments):
        if not seg.words:
            continue
        bare = not (seg.entities or seg.attrs or seg.weak or seg.subjects or seg.authority)
        # after a told story a short yes/no opens the question instead: "… Trường muốn đề
        # nghị TTLĐXS. Có đạt không và ai quyết định" asks whether the title wanted can be had
        # ("… Kế toán bảo phải khấu trừ thuế. Có đúng không?" alone still points back at it)
        opens = (
            merged
            and merged[-1].story
            and not seg.story
            # "… 14 người LĐTT, vậy có đạt k": a closing whether-ask of attaining opens it too
            and (any(later.words for later in segments[at + 1 :]) or attained_asked(seg.words))
        )
        # a bare tail the rule below already joins to the part before keeps that reading
        joined_below = not opens and (
            all(w in TAIL_WORDS for w in seg.words) or (len(seg.words) <= 3 and is_yesno(seg.words))
        )
        said = (
            0
            if seg.story or not bare or joined_below
            else confirmed_saying(seg.words, [m.words for m in merged])
        )
        if said and any(t.reform for t in merged[-said:]):
            said = 0  # a saying naming the old district is read by the reform rules
        told = merged[-said:] if said else []
        claims = [frozenset(t.attrs + t.weak + t.authority) for t in told]
        if len(told) > 1 and all(claims) and len(set(claims)) == len(claims):
            # "nghe nói GĐVH do chủ tịch xã ký, còn bình xét ở thôn thì trưởng thôn chủ trì,
            # đúng không": each clause names a claim of its own; the yes/no reaches each
            for part in told:
                part.story = False
                part.words.extend(seg.words)
            continue
        if told and (any(t.story for t in told) or not any(claims[1:])):
            # "… chị kế toán bảo …, chọn cái cao hơn. Nghe vậy đúng không": the saying told in
            # the story, or cut at commas that add no claim, is the one claim the yes/no asks
            merged[-said:] = [_joined([*told, seg])]
            continue
        if merged and (
            (all(w in TAIL_WORDS for w in seg.words) and not opens)
            # "… cấp giấy khen kèm theo không": a short yes/no ending that names nothing
            or (
                bare and len(seg.words) <= 3 and is_yesno(seg.words) and not seg.story and not opens
            )
            or (bare and not seg.story and is_yesno(seg.words) and still_so(seg.words))
        ):
            if _consequence_before(merged) or _aside_before(merged):
                # "CSTĐCS bắt buộc có sáng kiến, không có là trượt, đúng k": the yes/no asks the
                # claim; the clause between only tells what follows when it is not met
                # ("… bị thu hồi hết giấy khen, nhà em lo lắm. Có đúng vậy k": a feeling)
                merged.pop()
            merged[-1].words.extend(seg.words)  # "… còn không": the tail of the previous part
            merged[-1].reform = merged[-1].reform or seg.reform
            _sufficiency_folded(merged)
            last = merged[-1]
            if (
                len(merged) > 1
                and not (last.entities or last.attrs or last.weak or last.subjects)
                and not (last.authority or last.story)
                and is_yesno(last.words)
                and still_so(last.words)
            ):
                # "…, giờ còn vậy không", "…, hiện nay còn như thế không": a clause of pointers
                # and time words asks whether the previous part still holds: it is its claim
                merged[-2].words.extend(merged.pop().words)
            continue
        merged.append(seg)
        if consequence_asked(seg.words) and _consequence_before(merged):
            # "… phải có 3 năm liền, không thì không được công nhận đúng ko": the same, the
            # confirming tail typed inside the consequence clause
            merged[-2].words.extend(consequence_asked(merged.pop().words))
        _sufficiency_folded(merged)
    parts.segments = segments = merged
    rising = "," not in parts.question and _RISING_A.search(parts.question[-6:]) is not None
    if segments and (toks[-1:] == ["?"] or rising):
        # a clause merged into the one before it ("…, cũng được à?") ends where the "?" is;
        # a one-clause statement closed by "à" with its mark rises as a "?" does ("được
        # thưởng 2 lần à"), unlike the polite "ạ" (h354); after a comma the "à" puts up the
        # clause it closes ("trước huyện chi, giờ xã chi à"), which its readers already take
        segments[-1].marked = True


#: the rising "à" closing a message, typed with its grave mark ("à", or "à" as "a" + U+0300)
_RISING_A = re.compile(r"(?:^|\s)(?:\u00e0|a\u0300)[\s?.!]*$", re.IGNORECASE)


def _consequence_before(merged: list[Segment]) -> bool:
    """The last part is a consequence clause ("không có là trượt", "nếu không thì bị loại")
    naming no title of its own, after a claim that names a cue."""
    if len(merged) < 2:
        return False
    last, claim = merged[-1], merged[-2]
    return (
        consequence_clause(last.words)
        and not last.entities
        and not last.story
        and not claim.story
        # the claim names a cue of its own ("bắt buộc có sáng kiến"); a claim read only by a
        # weak cue ("bước bắt buộc trước khi đề nghị") is not sure enough to take the yes/no
        and bool(claim.attrs)
    )


def _aside_before(merged: list[Segment]) -> bool:
    """The last part is the asker's feeling or thanks naming no cue ("nhà em lo lắm"), after a
    part naming a title or a cue: the yes/no typed next asks that part (task h245)."""
    if len(merged) < 2:
        return False
    last, claim = merged[-1], merged[-2]
    return (
        not (last.entities or last.attrs or last.weak or last.subjects or last.authority)
        and is_aside(last.words)
        and bool(claim.entities or claim.attrs)
    )


def _sufficiency_folded(merged: list[Segment]) -> None:
    """ "thôn niêm yết GĐVH chỉ 5 ngày rồi trình xã thì có đủ k": a closing step (naming at
    most a sending) that asks whether it suffices weighs the count told in the part before,
    the period, not whether the step's level is eligible: it is folded into that part."""
    if len(merged) < 2:
        return
    last, told = merged[-1], merged[-2]
    if (
        not (last.entities or last.weak or last.story or told.story)
        and told.attrs
        and set(last.attrs) <= {"submit"}
        and sufficiency_after_count(last.words, told.words)
    ):
        told.words.extend(merged.pop().words)


def _parts_read_together(parts: _Parts) -> None:
    """What only the parts read together tell: a claim elaborated or echoed, a vote told, a
    second award, one payment for two titles, other years, a record told before asking."""
    question, model, toks, asked_from, segments = (
        parts.question,
        parts.model,
        parts.toks,
        parts.asked_from,
        parts.segments,
    )
    elaboration_confirmed(segments)
    cap_setter_joined(segments)  # f179a
    echoed_measure(segments)
    echoed_figure_claim(segments)  # h434
    told_vote(segments)
    second_award(segments, toks[asked_from:] if asked_from is not None else toks)
    second_award_after(segments, toks, toks[asked_from:] if asked_from is not None else toks)
    same_deed_again(segments, toks[asked_from:] if asked_from is not None else toks)  # h126
    one_deed_told(segments, toks)  # h259
    once_only_claimed(segments, toks)  # h259
    other_deeds_told(segments, toks)  # h327
    signing_even_read(segments)  # h259
    dot_xuat_kind_asked(segments)  # h306
    award_kind_asked(segments)  # h405
    movement_award_toward_title(segments, toks)  # h306
    rescue_count_not_several(segments)  # h306
    giver_rejoined(segments)
    needs_read(segments)  # h378
    # "… 2 cái trùng nên chỉ nhận tiền 1 lần, đúng k": whether two awards pay both (task h119)
    single_payment_read(segments, question)
    parts.asked = asked = [seg for seg in segments if not seg.story]
    other_years(segments, asked, toks)
    record_before_asked(segments, model)
    record_after_wanted(segments, model)
    person_review_title(segments)
    bare_flag(segments)
    _contrast_dropped(segments, toks)


def _contrast_dropped(segments: list[Segment], toks: list[str]) -> None:
    """ "ngoài xã tiêu biểu còn danh hiệu xã văn hóa do tỉnh xét, đúng k": the title after
    "ngoài" is only what the next one is set beside; the claim is of the title after "còn"
    (task h281)."""
    joined = f" {' '.join(toks)} "
    for seg, after in pairwise(segments):
        if (
            seg.entities
            and after.entities
            and not set(seg.entities) & set(after.entities)
            and not seg.attrs
            and any(f" ngoai {' '.join(seg.words)}{c} con " in joined for c in ("", " ,"))
        ):
            seg.entities, seg.mentions = [], []


#: the words right before a title named as held by the members a collective title requires
_HOLDER_OF_REQUIRED = frozenset(
    {("nguoi", "dat"), ("nhan", "dat"), ("vien", "dat"), ("nguoi", "duoc"), ("nhan", "duoc")}
)


def _required_of_wanted(prev: Segment, seg: Segment) -> bool:
    """``prev`` names a title wanted ("muốn được TTLĐXS") and ``seg`` only titles held by the
    members that one requires ("người đạt CSTĐCS"), none the same."""
    wanted = [before for *_, before in prev.mentions]
    return (
        bool(prev.entities and seg.entities)
        and not set(prev.entities) & set(seg.entities)
        and any(before[-1:] in (("muon",), ("duoc",), ("dc",), ("dat",)) for before in wanted)
        and any(before[:1] == ("muon",) or before[-2:-1] == ("muon",) for before in wanted)
        and all(before in _HOLDER_OF_REQUIRED for *_, before in seg.mentions)
    )


def _story_read(parts: _Parts) -> None:
    """A letter that tells a story before it asks: the story's titles are the asker's record
    or the title wanted, its cue words are not asked, its circumstances are the case."""
    segments, asked = parts.segments, parts.asked
    wanted: list[str] = []
    named_all = list(dict.fromkeys(e for seg in segments for e in seg.entities))
    story_mentions = [m for seg in segments if seg.story for m in seg.mentions]
    if asked and len(asked) < len(segments) and any(seg.entities for seg in asked):
        # "em đạt LĐTT, có sáng kiến …, vậy em có đủ điều kiện CSTĐCS không": the question names
        # its own title; the story's titles are the asker's record, not what is asked
        wanted = next(
            (list(s.entities[-1:]) for s in reversed(segments) if s.story and s.entities), []
        )
        for seg in segments:
            if seg.story:
                seg.entities, seg.mentions = [], []
                # "em làm kế toán xã …": where the asker works, not who is asked about
                seg.subjects = [s for s in seg.subjects if s not in _PLACES]
            elif (
                wanted
                and seg.entities
                and not set(wanted) & set(seg.entities)
                and all(required_title(before) for _, _, before in seg.mentions)
            ):
                # "Xã muốn đề nghị anh CSTĐCS. Anh có cần đạt LĐTT trước không": a title the
                # question names only as what is required is the claim; the title the story
                # wants is the one whose requirements are asked
                seg.entities = list(wanted)
    for prev, seg in pairwise(segments):
        if _required_of_wanted(prev, seg):
            # "phòng … muốn được TTLĐXS, có bắt buộc phải có người đạt CSTĐCS không": the
            # title after "người đạt" is what the wanted one requires; its criteria are asked
            # (Luật 2022 Điều 27, 28 count members by their titles) (h236)
            seg.entities = prev.entities[-1:]
            if not seg.attrs:
                seg.add(seg.attrs, "criteria")
    told_false = any("revoke" in s.attrs for s in segments if s.story)
    if asked and len(asked) < len(segments) and told_false:
        # "… bị phát hiện khai gian thành tích. Giấy khen và tiền thưởng đó xử lý thế nào": the
        # story tells the award was won falsely; what is to be done with it asks the revoking
        # rule (Luật 2022 Điều 93), not the award's amount or who gives it
        for seg in asked:
            if _HANDLING & set(pairwise(seg.words)):
                seg.add(seg.attrs, "revoke")
    if (
        asked
        and len(asked) < len(segments)
        # "… đến tổng kết năm học mới làm được 2 tháng. Có nên đề nghị LĐTT không?": a yes/no
        # question with no cue of its own asks whether; the story's cue words are not asked
        # ("làm như vậy có được không" points back at the story: its cues are the claim)
        and any(
            (seg.attrs or seg.weak or is_yesno(seg.words)) and not refers_back(seg.words)
            for seg in asked
        )
    ):
        for seg in segments:
            if seg.story:  # the story's titles stay in play; its cue words are not asked
                # "nghe nói trưởng thôn được ký …, đúng k, vậy ai ký": a saying that is itself
                # put up for confirmation keeps who it claims decides (task h167)
                said = SAYING & set(seg.words) and CONFIRM_TAIL.search(" ".join(seg.words))
                kept = seg.authority if said else []
                seg.attrs, seg.weak, seg.authority = [], [], kept
    if asked and len(asked) < len(segments):
        # "cô Hà mới được tuyển dụng từ tháng 4 … Trường có nên đề nghị LĐTT không": the
        # asker's circumstances told in the story are the case the question asks about
        told = [s for seg in segments if seg.story for s in seg.subjects if s in CIRCUMSTANCES]
        if any("decides" in seg.attrs for seg in asked):
            # "công ty trên địa bàn xã muốn tặng LĐTT cho công nhân … xã có phải ký không":
            # whose staff the story tells (an enterprise's) decides who signs for them
            told += [s for seg in segments if seg.story for s in seg.subjects if s == "htx"]
        rating = row_rating(parts.question, [w for seg in asked for w in seg.words])
        if rating is not None:
            # "anh A | HTXS / … / anh C | hoàn thành nhiệm vụ. hỏi anh C có được LĐTT k": the
            # row of the person asked is the case, not every rating of the list (task f186)
            told = [s for s in told if s not in RATINGS] + [rating]
        for seg in asked:
            if len(set(told) & CIRCUMSTANCES) > 1 and set(seg.subjects) & CIRCUMSTANCES:
                # "1 bạn nghỉ thai sản …, 1 bạn mới tuyển … Bạn nghỉ thai sản có được xét
                # không, còn bạn mới tuyển thì sao": several people's cases told, and the part
                # names its own; the others' cases are not this part's (task h106)
                continue
            for subject in told:
                seg.add(seg.subjects, subject)
    parts.wanted, parts.named_all = wanted, named_all
    if asked and len(asked) < len(segments) and not any(seg.entities for seg in asked):
        parts.proposed = _title_proposed(segments)
    elif asked and len(asked) < len(segments) and _council_paper_only(asked):
        # "xã đề nghị TTLĐXS cho văn phòng …. hồ sơ có bắt buộc biên bản họp hội đồng TĐKT xã
        # k, rồi gửi về đâu, ai quyết định": the council is named as a paper of the dossier;
        # the title the story puts up is the one asked about (task h392)
        proposed = [e for e, _, before in story_mentions if before[-2:] == ("de", "nghi")][-1:]
        for seg in asked:
            if proposed and seg.entities:
                seg.entities = [*proposed, *seg.entities]
                break


def _council_paper_only(asked: list[Segment]) -> bool:
    """The asking parts name no title but a council, and that as a meeting's minutes
    ("biên bản (họp) hội đồng TĐKT xã")."""
    named = [e for seg in asked for e in seg.entities]
    if not named or not set(named) <= BODIES:
        return False
    return any(("bien", "ban") in set(pairwise(seg.words)) for seg in asked if seg.entities)


def _title_proposed(segments: list[Segment]) -> list[str]:
    """The last title the story names right after "đề nghị" ("muốn đề nghị TTLĐXS")."""
    mentions = [m for seg in segments if seg.story for m in seg.mentions]
    proposed = [entity for entity, _, before in mentions if before[-2:] == ("de", "nghi")]
    others = [before for entity, _, before in mentions if entity not in proposed[-1:]]
    if not all(before[-1:] in _HELD_OR_REQUIRED for before in others):
        # "đề nghị CSTĐCS, đồng thời đề nghị thêm giấy khen cho chị L": two titles put up, the
        # question is of both
        return []
    return proposed[-1:]


#: the word before a title told as held or required beside the one proposed ("15 người đạt
#: LĐTT", "phải có cá nhân đạt CSTĐCS", "70 % LĐTT")
_HELD_OR_REQUIRED = frozenset({("dat",), ("co",), ("duoc",), ("dc",), ("la",), ("%",)})


def _claims_read(parts: _Parts) -> None:
    """Each part's yes/no and its claim: the cue words that say what it asks, settled."""
    model, toks, segments = parts.model, parts.toks, parts.segments
    conjoined = conjoined_claims(segments, toks)
    #: the cue words of the last part that named its own (not weak): what "còn X thì …" repeats
    prior_attrs: list[str] = []
    # a story whose question only points back at it: its named cues are the claim, and a weak
    # one ("họp bình xét") gives way to them as it would within one part
    story_cues = any(s.attrs for s in segments if s.story) and any(
        not s.story and not s.entities and is_yesno(s.words) and refers_back(s.words)
        for s in segments
    )
    # a new hire told in one clause makes "đủ thời gian chưa" in another ask the 6-month rule
    # (task h139: so does a start of service told, "tuyển dụng từ tháng 3/2026", that reaches
    # the six months: whether it is enough is the same rule, Luật 2022 Điều 24; TT 15/2025)
    hired = any(
        "moi_tuyen" in seg.subjects or service_start_told(" ".join(seg.words)) for seg in segments
    )
    if same_period(segments, model):
        for seg in segments:
            if "several" in seg.attrs + seg.weak:
                seg.subjects.insert(0, SAME_PERIOD)
    unmet_title_told(segments)
    for seg in segments:
        if story_cues and seg.story:
            seg.weak = []
        if _yesno_read(parts, seg, conjoined, hired):
            continue
        prior_attrs = _cues_settled(parts, seg, prior_attrs)
        _day_claimed(parts, seg, hired)
        if "voluntary" in seg.attrs and _done_freely(seg):
            # task h405: "người dân tự nguyện chèo thuyền ứng cứu …", "đoàn viên tự nguyện hiến
            # máu 20 lần": a deed told done of one's own will, no ask whether thi đua is
            # voluntary (Luật 2022 Điều 3 khoản 1)
            seg.attrs = [a for a in seg.attrs if a != "voluntary"]


#: the words after "tự nguyện" that keep it the asked rule ("tự nguyện hay bắt buộc", "… là tự
#: nguyện à"), not the manner of a deed told
_VOLUNTARY_ASKED_AFTER = frozenset(
    {"hay", "khong", "k", "ko", "kg", "a", "ha", "phai", "dung", "chu", "thi", "la", "hoac"}
)


def _done_freely(seg: Segment) -> bool:
    """The part tells a deed done "tự nguyện" (a verb after it) and asks nothing."""
    words = seg.words
    at = next((i for i in range(len(words) - 1) if words[i : i + 2] == ["tu", "nguyen"]), None)
    if at is None or seg.yesno or QUESTION_WORDS & set(words):
        return False
    after = words[at + 2 : at + 3]
    return bool(after) and after[0] not in _VOLUNTARY_ASKED_AFTER


def _yesno_read(parts: _Parts, seg: Segment, conjoined: list[Segment], hired: bool) -> bool:
    """Whether the part asks yes/no, with the conditions, numbers and destination its words
    tell; True when the yes/no only points back at what was told (no cue of its own)."""
    model, segments = parts.model, parts.segments
    seg.yesno = (
        is_yesno(seg.words)
        or rising_claim(seg)
        or bare_claim(seg, segments)
        or change_confirmed(seg, segments)
        or any(seg is c for c in conjoined)
        or requirement_confirmed_after(seg, segments)
    )
    if (
        seg.yesno
        and not seg.story
        and not seg.entities
        # "kế toán bảo LĐTT tính theo lương cơ sở 2.340.000, QĐ ký 28/12/2026, đúng k": the
        # date told closes the statement before it with its yes/no (task h260)
        and (
            refers_back(seg.words)
            # (only beside a part that names what it claims: a bare sum's part takes the
            # figure readers' pairs from this one)
            or (
                seg is segments[-1]
                and date_only_put_up(seg.words)
                and any(s.attrs for s in segments if s is not seg)
            )
        )
    ):
        # "(định niêm yết 5 ngày …). Làm vậy có được không, niêm yết bao nhiêu ngày?":
        parts.referring = True
        seg.attrs, seg.weak, seg.authority = [], [], []
        if not refers_back(seg.words):
            # the date is the decision's, told; the part lends its yes/no and asks no
            # title's eligibility of its own
            seg.yesno = False
        return True
    thing_given(seg, model)
    if seg.yesno and seg.attrs == ["deadline"] and "thoi" in seg.words and time_counted(seg.words):
        # "thời gian điều trị có tính để xét LĐTT k": whether the period counts (the case's
        # rule), not when the title is due (h243)
        seg.attrs.remove("deadline")
    if (
        seg.yesno
        and {"criteria", "consecutive"} <= set(seg.attrs)
        and ("tinh", "la") in pairwise(seg.words)
    ):
        # "2024 CSTĐCS, 2025 chỉ LĐTT, 2026 lại CSTĐCS thì có tính là 2 lần liên tục không":
        # "có tính là" (a criteria cue) carries the claim; what is claimed is the run
        seg.attrs.remove("criteria")
    if seg.yesno and {"criteria", "money"} <= set(seg.attrs) and _figure_after_la(seg.words):
        # "tiền thưởng GK cá nhân có phải là 0,3 lần lương cơ sở không": "có phải là" (a
        # criteria cue) puts up a figure; what is claimed is the prize
        seg.attrs.remove("criteria")
    elif seg.yesno and seg.attrs == ["criteria"] and _prize_after_la(seg.words):
        # "LĐTT có phải là 760 nghìn không": a sum or a multiple of the base put up is the
        # prize claimed, though no word for the prize is written
        seg.attrs = ["money"]
    dossier_as_eligibility(seg)
    if seg.yesno:
        drop_conditions(seg)
        registration_as_step(seg)
        drop_required(seg)
        drop_prerequisite(seg)
        route_as_case(seg, segments)
        drop_had(seg)
        seg.without = asks_without(seg.words)
    elif "initiative" in seg.attrs and any(
        # (a later part telling the paper lacking, "chưa có văn bản nghiệm thu đề tài thì hồ sơ
        # có hợp lệ k", is read by the lacking-paper readers as before)
        "dossier" in s.attrs and is_yesno(s.words) and not _LACKING & set(s.words)
        for s in segments[next(i for i, s in enumerate(segments) if s is seg) + 1 :]
    ):
        # task h386: "đề nghị CSTĐCS cho bác sĩ theo hướng đề tài … thì phải kèm văn bản
        # nghiệm thu đúng k": the route told before the dossier's own yes/no is its case
        route_as_case(seg, segments, asked_after=True)
    read_numbers(seg, [w for told in segments for w in told.words], hired)
    transfer_destination(seg)
    return False


def _held_run_only_told(segments: list[Segment], held: str, award: str) -> bool:
    """ "Hộ nhà bà H đạt GĐVH 5 năm liền, … Phường có tặng giấy khen cho hộ được không": the
    run of the held title is the household's record told in the story; the yes/no asks of the
    other form by its own cue (who gives it, whether it may be had), not the old years rule."""
    asked = [s for s in segments if not s.story]
    return (
        len(asked) < len(segments)
        and not any(held in s.entities for s in asked)
        and any(s.yesno and award in s.entities and s.attrs for s in asked)
        # "… Vậy năm nay còn được giấy khen 5 năm liên tục như trước không": the run asked
        and all(run_count(s.words) is None for s in asked)
    )


#: a person's own case in the year (a life event, a low rating, a discipline) that the award's
#: facts answer for that person: asked with the award, it is whether that person may have it
_PERSON_CASES = frozenset({"ky_luat", "htnv", "thai_san", "nghi_om"})
#: the power itself claimed or asked ("chủ tịch xã có quyền ký …", "xã tự tặng …", "có quyết
#: định được không"); "ký" of "kỷ luật" (folded alike) is no signing
_POWER_RE = re.compile(
    r"\b(?:quyen|quyet|tu (?:ky|ki|tang|khen|cong nhan|xet)|(?:ky|ki)(?! luat))\b"
)


def _case_given_by_owner(parts: _Parts, seg: Segment) -> bool:
    """ "e bị khiển trách, giấy khen của chủ tịch xã có xin được không": a giấy khen asked, the
    only authority the xã, named with no power word, and the question tells a person's own case:
    the case is asked against the award, not who gives it (task h283)."""
    if (
        not any(e.startswith("giay_khen") for e in seg.entities)
        or not seg.authority
        or set(seg.authority) - {"xa"}
        or _POWER_RE.search(" ".join(seg.words))
    ):
        return False
    told = {s for part in parts.segments for s in part.subjects}
    return bool(told & _PERSON_CASES)


def _figure_after_la(words: list[str]) -> bool:
    """ "(có phải) là 0,3 lần", "là 760 nghìn": a number right after "là" is a figure claimed."""
    return any(w == "la" and nxt[:1].isdigit() for w, nxt in pairwise(words))


#: the words after a number that make it a sum of money ("760 nghìn", "1,5 triệu")
_MONEY_UNITS = frozenset({"nghin", "ngan", "trieu", "dong"})


def _prize_after_la(words: list[str]) -> bool:
    """ "là 760 nghìn", "là 0,3 lần lương cơ sở": a sum, or a multiple of the base, after "là"."""
    for at in range(len(words) - 2):
        if words[at] != "la" or not words[at + 1][:1].isdigit():
            continue
        unit = words[at + 2 : at + 4]
        if unit[:1] and (unit[0] in _MONEY_UNITS or unit in (["lan", "luong"], ["lan", "muc"])):
            return True
    return False


#: days told to a decision or its result: "7 ngày là phải có QĐ", "10 ngày làm việc thì có
#: kết quả"
_DAYS_TO_DECISION = re.compile(
    r"\b\d+ ngay (?:lam viec )?(?:la |thi )?(?:phai |se )?(?:co|ra|ky|tra|nhan) "
    r"(?:qd|quyet dinh|ket qua)\b"
)


def _days_to_decision_claimed(words: list[str], attrs: list[str]) -> bool:
    """A count of days claimed as the time to a decision: its own words, or the time-limit
    cue beside a count of days ("phải ra quyết định trong 7 ngày")."""
    if "processing_time" in attrs:
        return any(w.isdigit() and words[k + 1 : k + 2] == ["ngay"] for k, w in enumerate(words))
    return _DAYS_TO_DECISION.search(" ".join(words)) is not None


def _criteria_named(parts: _Parts) -> bool:
    """A part of the question names a title's criteria ("tiêu chuẩn", "tiêu chí")."""
    return any("criteria" in s.attrs for s in parts.segments)


#: attributes no figure answers: "bao nhiêu" after one of them cannot ask it again
_UNCOUNTED = frozenset(
    {"payer", "decides", "eligible", "dossier", "submit", "object", "kind", "chair", "signer",
     "council", "steps", "addressee", "channel", "publicity", "voluntary", "definition",
     "regulates", "establish", "parties", "sources", "titles", "initiative", "authority",
     "refusal", "old_rules", "article", "form"}
)  # fmt: skip


#: what a title needs, asked before ("TTLĐTT cần bao nhiêu % cá nhân đạt LĐTT"): the share
#: of its members (Luật 2022 Điều 27, 28), its criteria, its run of years
_NEEDS_ASKED = frozenset({"cap", "criteria", "consecutive"})


def _need_repeated(parts: _Parts, seg: Segment, prior_attrs: list[str]) -> bool:
    """ "…, còn TTLĐXS cần bao nhiêu": after a part asking what a title needs, a part opened by
    "còn" whose "cần" has only a bare "bao nhiêu" asks the same need of X (Luật 2022 Điều 27:
    70 %), not its prize, as "còn X thì bao nhiêu" does (task f196)."""
    return (
        "can" in seg.words
        and bool(_NEEDS_ASKED & set(prior_attrs))
        and f" con {' '.join(seg.words)} " in f" {' '.join(parts.toks)} "
    )


def _amount_after_uncounted(seg: Segment, prior_attrs: list[str]) -> bool:
    """ "CSTĐCS … ai chi tiền, có lấy từ quỹ lương k; LĐTT thì bn": a bare "bao nhiêu" after
    a part asking no figure (who pays, who decides, may one have it) asks the prize of the
    title named, not the previous question again (task h378)."""
    return "money" in seg.weak and set(prior_attrs) <= _UNCOUNTED


def _values_claimed(said: str, model: FactModel) -> list[str]:
    """The attributes one of whose own values ``said`` (folded words, a space each side) claims
    after "là" ("… là danh hiệu vinh dự nhà nước …"): every value of every attribute is looked
    for, so a part with no "là" is answered at once, as none can be found in it (s47a)."""
    if " la " not in said:
        return []
    return [
        attr
        for attr, values in model.values.items()
        if any(f" la {value} " in said for value in values)
    ]


#: words of money beside "thưởng": the prize is asked, not only the giving (the units of a sum
#: and the words that ask one)
_MONEY_WORDS = _MONEY_UNITS | {"tien", "bao", "nhieu", "muc", "he", "so", "bn", "luong"}


def _kinds_given_to(words: list[str]) -> bool:
    """ "thưởng cho (cả 3) đối tượng …": the award given to the kinds of recipient, with no
    word of money beside it."""
    said = f" {' '.join(words)} "
    return " thuong cho " in said and " doi tuong " in said and not _MONEY_WORDS & set(words)


def _cues_settled(parts: _Parts, seg: Segment, prior_attrs: list[str]) -> list[str]:
    """The part's cue words turned into what it asks; returns the cue words of the last part
    that named its own (what "còn X thì …" repeats)."""
    model, named_all = parts.model, parts.named_all
    if "submit" in seg.attrs and "dossier" not in seg.attrs and asks_papers(seg.words):
        # "gửi hồ sơ gì lên xã": the submit cue holds "hồ sơ", and "gì" after it asks
        # which papers as well as where they go
        seg.add(seg.attrs, "dossier")
    if seg.attrs == ["dossier"] and sent_where(seg.words):
        # "nộp hồ sơ đề nghị giấy khen cho hộ gia đình ở đâu": where the file goes is asked,
        # the title between the verb and "ở đâu" (fixer f49l); "hồ sơ" only names the file
        seg.attrs = ["submit"]
    if {"submit", "dossier"} <= set(seg.attrs) and only_file_sent(seg.words):
        # "hồ sơ LĐTT nộp ở đâu", "hồ sơ CSTĐ tỉnh gửi đi đâu": the file is the thing sent;
        # where it goes is asked first, its papers follow (task h213)
        seg.attrs = ["submit", *(a for a in seg.attrs if a != "submit")]
    if seg.yesno and {"money", "eligible"} <= set(seg.attrs) and _kinds_given_to(seg.words):
        # "giấy khen … có phải thưởng cho cả 3 đối tượng cá nhân, tập thể, hộ gia đình k":
        # "thưởng cho" the kinds of recipient is the giving, who may have it (Luật 2022 Điều 75),
        # no prize asked while no word of money is typed (fixer f49l)
        seg.attrs.remove("money")
    if "consecutive" in seg.attrs and _form_given_yearly(seg, named_all):
        # "học sinh có được nhận giấy khen của chủ tịch xã 2 năm liền không": a form of award
        # has no run of years; given again each year is the same form given many times (Luật
        # Điều 5 khoản 2 điểm c) (task h234)
        seg.attrs = [a for a in seg.attrs if a != "consecutive"]
        seg.add(seg.attrs, "repeat")
    if (
        {"revoke", "submit"} <= set(seg.attrs)
        and not sends_papers(seg.words)
        and not _SENDING & set(seg.words)
    ):
        # "Sở Nội vụ có quyền hủy giấy khen xã tặng": the body named is the actor claimed to
        # revoke, which the revoke fact judges; no dossier is sent anywhere (task h256)
        seg.attrs.remove("submit")
    if {"consecutive", "repeat"} & set(seg.attrs) and _times_of_base(parts.toks, seg.words):
        # "cờ thi đua tỉnh hệ số 8,0 phải k, còn cờ thi đua chính phủ mấy lần": beside a
        # coefficient or the lương cơ sở, "mấy lần" asks the prize's multiple (task h256)
        seg.attrs = [a for a in seg.attrs if a not in ("consecutive", "repeat")]
        seg.add(seg.attrs, "money")
    if (
        set(seg.attrs) <= set(seg.weak)
        and "chenh" in seg.words
        and _TIMES_OF_BASE_TOLD.search(" ".join(parts.toks))
    ):
        # "CSTĐ toàn quốc thưởng 4,5 lần lương cơ sở, CSTĐ tỉnh 3 lần, vậy năm nay chênh nhau
        # thế nào": beside multiples of the lương cơ sở told, "chênh" weighs the prizes
        # (NĐ 152/2025 Điều 50), not a weak "thế nào" read as the criteria (task f189b, F4)
        seg.attrs = ["money"]
    if seg.yesno and "ngay" in seg.words and _days_to_decision_claimed(seg.words, seg.attrs):
        # "nộp lên xã thì 7 ngày là phải có QĐ, đúng k": the days claimed to a decision are
        # the time limit (the province's procedure sets it); where the file went is told
        # (task h358)
        seg.attrs = [
            "processing_time",
            *(
                a
                for a in seg.attrs
                if a not in ("processing_time", "submit", "dossier", "deadline")
            ),
        ]
    if "dossier_law" in seg.attrs and seg.entities:
        # "hồ sơ đề nghị danh hiệu thi đua CSTĐCS gồm gì": that title's own list
        seg.attrs = [a for a in seg.attrs if a != "dossier_law"]
        seg.add(seg.attrs, "dossier")
    if seg.yesno and {"copies", "submit"} <= set(seg.attrs):
        # "gửi hồ sơ lên xã bằng bản photo được không": the copy claimed is the yes/no; where
        # the papers go is answered after it
        seg.attrs = ["copies", *(a for a in seg.attrs if a != "copies")]
    if "channel" in seg.attrs and not (sends_papers(seg.words) or _internal_named(seg.words)):
        # "hội đồng họp trực tuyến được không", "biên bản gửi qua email cho thành viên ký",
        # "tra cứu hồ sơ trên hệ thống": a way of meeting, signing or looking up, not of
        # sending a dossier
        seg.attrs.remove("channel")
    if "donation" in seg.attrs and not any(model.fact(e, "donation") for e in named_all):
        # "hộ gia đình ủng hộ xây trường có được giấy khen không": the giving is the deed
        # praised; only a thing that takes contributions (the fund) is asked about taking them
        seg.attrs.remove("donation")
    if {"dossier", "vote"} & set(seg.attrs) and vote_taken_as_decision(seg.words):
        # "hội đồng bỏ phiếu xong là thành QĐ luôn": who decides, not the minutes nor the way
        # of voting (task h266)
        seg.attrs = list(
            dict.fromkeys("decides" if a in ("dossier", "vote") else a for a in seg.attrs)
        )
    if "signer" in seg.attrs and seg.entities and award_signer_asked(seg.words):
        # "TTLĐTT do ai ký": the title's decision is what is signed, not a paper (task h266)
        seg.attrs = list(dict.fromkeys("decides" if a == "signer" else a for a in seg.attrs))
    kept = [
        kept
        for (over, kept), asked in _ASKED_BESIDE.items()
        if over in seg.attrs and kept in seg.attrs and asked(seg.words)
    ]
    for attr in list(seg.attrs):
        seg.attrs = [a for a in seg.attrs if a not in model.overrides.get(attr, ())]
    seg.attrs = [*kept, *seg.attrs]
    if any(a in model.expands for a in seg.attrs):
        # "quy trình …", "xã làm những bước nào": each step the facts state is asked
        seg.attrs = list(dict.fromkeys(x for a in seg.attrs for x in model.expands.get(a, (a,))))
    if (
        ("tw" in seg.authority or "hdqt" in seg.authority)
        and seg.yesno
        and set(seg.attrs) <= {"eligible", "decides"}
    ):
        # "Hội đồng TĐKT trung ương có xét LĐTT … không": asks whether the central level
        # does it (it does not decide commune titles), not whether the title exists
        seg.attrs = ["decides"]
    if not seg.attrs and seg.yesno and registers(seg):
        # "thôn đăng ký thôn văn hóa được k" (task h130): the thôn named registers for its
        # own title, it claims no power to grant it; whether it may have the title answers
        seg.attrs = ["eligible"]
        seg.add(seg.subjects, "thon")
    if (
        not seg.attrs
        and seg.authority
        and set(seg.authority) <= RECOGNISERS
        and recognises_initiative(seg.words)
    ):
        # "… do người đứng đầu bộ, tỉnh công nhận phạm vi toàn quốc": the level named
        # recognises the initiative's reach, it does not award the title (task h148); a
        # level the law does not name for it (the xã) is still read as claiming the power
        seg.attrs = ["initiative"]
    if (
        not seg.attrs
        and seg.authority
        and seg.entities
        and (("money" in seg.weak and not seg.yesno) or (seg.yesno and paid_sum(seg.words)))
    ):
        # "giấy khen tập thể của chủ tịch xã QĐ 10/10/2026 mỗi loại bn": the giver named with
        # the title is whose form it is; how much is asked, or a sum paid is put up ("… ủng hộ
        # 200 triệu có được chủ tịch xã tặng giấy khen k" puts up a gift, not a prize; h255)
        seg.attrs = ["money"]
    elif not seg.attrs and seg.yesno and _case_given_by_owner(parts, seg):
        # "bị khiển trách, còn giấy khen của chủ tịch xã có xin được không": the chairman
        # names whose award it is; whether this person may have it is asked (task h283)
        seg.attrs = ["eligible"]
    elif not seg.attrs and seg.yesno and _criteria_named(parts) and rule_set_told(seg.words):
        # "tiêu chuẩn GĐVH do đâu quy định, xã tự đặt ra được k": the level claimed to set
        # the criteria, not to award the title (task h358)
        seg.attrs = ["criteria"]
    elif (
        not seg.attrs
        and seg.yesno
        and set(seg.authority) == {"xa"}
        and (set(seg.subjects) - {"xa"}) & (_KHEN_RECIPIENTS | {"hop_dong"})
        and _xa_only_placed(seg.words)
        # the xã where one works ("ở UBND xã"), or whose award it is with the other way offered
        # ("… của chủ tịch xã hok hay chỉ cá nhân"); "nhà tôi là hộ gia đình thì có được giấy
        # khen của chủ tịch xã không" keeps the reading it had
        and ("hay" in seg.words or _xa_placed_at_work(seg.words))
    ):
        # "NV hợp đồng ở UBND xã có đc tặng LĐTT hok", "thôn có đc tặng giấy khen của chủ
        # tịch xã hok": the xã named only as where the asker works or whose award it is; the
        # one told first may have the title or not (task h375), no power of the xã is claimed
        seg.attrs = ["eligible"]
        seg.subjects[:] = [s for s in seg.subjects if s != "xa"]
    elif not seg.attrs and seg.authority and (seg.yesno or set(seg.weak) - {"chair"}):
        # "chủ tịch xã có được công nhận … không"; "chủ tịch hội đồng … là ai" asks who
        # chairs, not whether that level decides
        seg.attrs = ["decides"]
    if seg.yesno and set(seg.attrs) & {"dossier", "submit"} and own_power_first(seg.words):
        # "hồ sơ CSTĐ toàn quốc xã có tự quyết được k hay chỉ chuẩn bị … gửi tỉnh": the power
        # claimed in the first option is asked; the sending after "hay" is the other answer
        # offered, answered after it (task h217)
        seg.attrs = ["decides", *(a for a in seg.attrs if a == "submit")]
    if seg.yesno and alternative(seg, asked=True) and "decides" not in seg.attrs:
        # (with "decides" — "chủ tịch xã có tặng bằng khen được không hay chỉ giấy khen" —
        # the two are what that authority may give: whose power each is answers it)
        # "có được làm theo thủ tục khen đột xuất không hay phải khen theo đợt": which of
        # the two it is, told by what each is; "thủ tục" there names no dossier asked
        seg.attrs = ["criteria"]
        seg.asked_of = seg.mentions[0][0]
    elif not seg.attrs and alternative(seg):
        # "đây là khen đột xuất hay khen theo chuyên đề": which of two titles it is, told
        # by what each is (the criteria say "tháng cao điểm … không phải đột xuất")
        seg.attrs = ["criteria"]
    if "decides" in seg.attrs + seg.weak and (
        dates_a_decision(seg)
        # "TTLĐTT quyết định 12/3/2026 nhận 2tr02 đúng không": beside a sum claimed, the
        # dated decision picks the base of the prize claimed
        or (seg.yesno and claims_amount(seg.words) and decision_dated(seg.words))
        # "CSTĐCS QĐ ký 15/12/2025 mà chưa lĩnh tiền, …": the signing told with its day
        # (task h329)
        or _signing_day_told(seg)
        # "…, quyết định tháng 10/2026, kế toán bảo thưởng 1.520.000 đúng không": a part of
        # only the decision's date, lent the yes/no of the claim after it
        or date_only_put_up(seg.words)
    ):
        # "qđ ký tháng 5/2026: LĐTT … được bao nhiêu tiền": the decision's date is told
        # (it picks the base salary); who decides is not asked
        seg.attrs = [a for a in seg.attrs if a != "decides"]
        seg.weak = [a for a in seg.weak if a != "decides"]
    if "decides" in seg.weak and "decides" not in seg.attrs and contract_signed_only(seg.words):
        seg.weak = [a for a in seg.weak if a != "decides"]
    if seg.yesno and set(seg.attrs) <= {"eligible"} and seg.entities:
        # "Bà mẹ Việt Nam anh hùng là danh hiệu vinh dự nhà nước phải không": "là" and one
        # of an attribute's own values claim that value, whatever the asking words
        valued = _values_claimed(" " + " ".join(seg.words) + " ", model)
        if len(valued) == 1:
            seg.attrs = valued
    if (
        seg.yesno
        and set(seg.attrs) <= {"eligible", "voluntary"}
        and criterion_required(seg, model, claim_put_up="voluntary" in seg.attrs)
    ):
        # "LĐTT có cần tích cực tham gia phong trào thi đua không": what is asked to be
        # required is a run of the title's own criteria, not who may have it; "muốn được LĐTT
        # thì phải tham gia phong trào thi đua" asks it of a title named, no duty to take part
        # in thi đua at all (Luật 2022 Điều 24; task h302)
        seg.attrs = ["criteria"]
    if seg.yesno and seg.attrs == ["criteria"] and seg.standard_level:
        # "tiêu chuẩn LĐTT là hoàn thành xuất sắc nhiệm vụ phải hok": the level claimed as the
        # standard is weighed as "có cần HTXS không" is, by the title's eligibility (task h375)
        seg.attrs = ["eligible"]
    if seg.yesno and seg.attrs == ["criteria"] and _level_required_case(seg, model):
        # "nông dân có cần đạt mức hoàn thành tốt nhiệm vụ mới được LĐTT không": "cần đạt" is
        # a criteria cue, but the level required is a case the title's eligibility decides
        # (Luật 2022 Điều 24 khoản 1, 3; task h302)
        seg.attrs = ["eligible"]
    if seg.yesno and set(seg.attrs) <= {"criteria"} and kind_named_first(seg, model):
        # "danh hiệu thi đua cho hộ gia đình có phải là GĐVH không": the kind told first is
        # claimed of the title after "có phải là", as "GĐVH có phải là danh hiệu … không"
        seg.attrs = ["kind"]
    if not seg.attrs and is_a_kind(seg):
        # "tháng thi đua cao điểm có phải khen đột xuất không": whether the case named
        # first is of that kind, told by what the title is, not who may get it
        seg.attrs = ["criteria"]
    if (
        not seg.attrs
        and seg.weak
        and seg.entities
        and prior_attrs
        and ("thi" in seg.words or _need_repeated(parts, seg, prior_attrs))
        and not _amount_after_uncounted(seg, prior_attrs)
    ):
        # "TTLĐTT cần bao nhiêu phần trăm LĐTT, còn TTLĐXS thì bao nhiêu": "X thì …" with
        # only a bare "bao nhiêu / thế nào" asks the previous part's question of X
        seg.attrs = list(prior_attrs)
    if not seg.attrs and prior_attrs and _subject_after_con(parts, seg):
        # "giấy khen tập thể thưởng bao nhiêu, còn cá nhân": "còn" and only whom it is for
        # asks the previous part's question of the same title for them (task h212)
        seg.attrs = list(prior_attrs)
    if (
        "revoke" in seg.attrs
        and ("money" in seg.weak or "tien" in seg.words)
        and ("bao", "nhieu") in pairwise(seg.words)
    ):
        # "ai hủy QĐ, số tiền phải thu hồi bao nhiêu": the sum paid back is the prize paid on
        # the decision revoked (Luật 2022 Điều 93 khoản 8), priced on that decision's date
        seg.attrs.append("money")
    if not seg.attrs:
        seg.attrs = list(seg.weak)
    elif not seg.story:
        prior_attrs = list(seg.attrs)
    return prior_attrs


#: the words that offer another answer in a part
_OTHER_OFFERED = frozenset({"hay", "hoac"})
#: a level asked as one to reach ("có cần đạt mức hoàn thành tốt …"); not "chỉ cần đạt …", which
#: claims it is enough and is weighed by the criteria
_LEVEL_REACHED_ASKED = re.compile(r"(?<!\bchi )\b(?:can|phai) dat (?:muc )?hoan thanh\b")


#: a level of duty claimed enough: "chỉ cần (đạt) (mức) hoàn thành …"
_LEVEL_ENOUGH = re.compile(r"\bchi can (?:dat )?(?:muc )?(?:hoan thanh|ht|htnv|httnv|htxs)\b")
#: "không cần gì thêm / nữa / khác": the claim that nothing else is needed
_NOTHING_MORE = re.compile(r"\b(?:khong|k|ko|hong) can (?:gi|j|them gi) (?:them|nua|khac)\b")


def _level_claimed_enough(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "CSTĐCS chỉ cần hoàn thành tốt nhiệm vụ, không cần gì thêm, đúng k": "cần gì" is a
    criteria cue, but the claim is that the level is enough, which the title's eligibility for
    that level decides, as "… là đủ" reads (Luật 2022 Điều 23; task h370). One title asked."""
    said = " ".join(toks)
    if len(pairs) != 1 or not _LEVEL_ENOUGH.search(said) or not _NOTHING_MORE.search(said):
        return pairs
    pair = pairs[0]
    level = (pair.subject or "").removeprefix("can_")
    # the levels below the top one ("hoàn thành xuất sắc" claimed enough still leaves LĐTT's
    # standard, which the criteria say)
    if not pair.yesno or pair.attr != "criteria" or level not in LEVELS - {"htxs"}:
        return pairs
    fact = model.fact(pair.entity, "eligible")
    if fact is None or not {level, f"can_{level}"} & set(fact.by_subject):
        return pairs
    return [replace(pair, attr="eligible")]


#: "(không có sáng kiến thì) tối đa (chỉ) (được) LĐTT": a title named as the highest reachable,
#: no share capped (no figure follows "tối đa")
_CEILING_TITLE = re.compile(r"\btoi da (?:chi )?(?:(?:duoc|dc|dat|la|len|co) )?(?P<rest>.*)$")
#: the sáng kiến told lacking before the ceiling
_NO_INITIATIVE = re.compile(r"\b(?:khong|k|ko|chua|hong) (?:co )?sang kien\b")


def _title_ceiling_read(pairs: list[Pair], toks: list[str], model: FactModel) -> list[Pair]:
    """ "không có sáng kiến thì tối đa chỉ được LĐTT thôi, đúng k": the claim is that the title
    above (CSTĐCS, ``next_up``) needs a sáng kiến, which its ``initiative`` fact answers ("Không":
    hoàn thành xuất sắc nhiệm vụ is a route of its own, Luật 2022 Điều 23 khoản 2); "tối đa"
    there caps no share (task h370)."""
    said = " ".join(toks)
    if not pairs or not all(p.yesno or p.attr == "cap" for p in pairs):
        return pairs
    lacking = _NO_INITIATIVE.search(said)
    if lacking is None:
        return pairs
    capped = [p for p in pairs if p.attr == "cap" and p.entity in model.next_up]
    for pair in capped:
        found = _CEILING_TITLE.search(said, lacking.end())
        if found is None:
            continue
        rest = tuple(found.group("rest").split()[:6])
        names = model.names_of("entity", pair.entity)
        if not any(rest[: len(n)] == tuple(n) for n in names):
            continue
        up = model.next_up[pair.entity][0]
        if model.fact(up, "initiative") is None:
            continue
        # the claim's other readings of the same titles go with it ("thời hạn" of a year told)
        kept = [p for p in pairs if p.entity not in (pair.entity, up)]
        return [replace(pair, entity=up, attr="initiative", yesno=True, without=False), *kept]
    return pairs


def _level_required_case(seg: Segment, model: FactModel) -> bool:
    """The part asks whether a level of duty is required ("can_<level>") of the one title it
    names, and that title's eligibility has a case for it."""
    levels = [s for s in seg.subjects if s.startswith("can_")]
    if (
        len(seg.entities) != 1
        or not levels
        or _OTHER_OFFERED & set(seg.words)
        or not _LEVEL_REACHED_ASKED.search(" ".join(seg.words))
    ):
        # "… đủ tiêu chuẩn không hay phải xuất sắc mới được": two answers offered are
        # weighed by the criteria themselves
        return False
    fact = model.fact(seg.entities[0], "eligible")
    return fact is not None and any(level in fact.by_subject for level in levels)


#: the xã chairman's giấy khen, a form of award given for each achievement, not a title won
#: over a run of years
_GIAY_KHEN = frozenset({"giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the", "giay_khen_ho"})
#: a run asked as a requirement ("có cần 2 năm liền không"), not as being given again
_REQUIRED_RUN = frozenset({"can", "phai", "yeu", "dieu", "doi", "bat"})
#: the form told as given or received ("được nhận", "xã tặng") in the part
_GIVEN = frozenset({"duoc", "dc", "nhan", "tang", "trao"})


#: the verbs of sending a dossier somewhere
_SENDING = frozenset({"nop", "gui", "trinh", "chuyen"})
#: "mấy lần", "bao nhiêu lần" with no years: a multiple, when the question speaks of the base
_TIMES_ASKED = re.compile(r"\b(?<!can )(?<!phai )(?<!dat )(?:may|bao nhieu) lan\b")
_TITLE_WORDS = frozenset({"ldtt", "cstdcs", "cstd", "ttldtt", "ttldxs", "lao", "chien", "tap"})
_RUN_WORDS = re.compile(r"\b(?:lien tuc|lien tiep|lien|nam|dot|thanh tich)\b")
#: the prize's base or its coefficient told: "hệ số", "lương cơ sở", "8,0 lần", "0,3 lần"
_BASE_TOLD = re.compile(r"\b(?:he so|luong co so|lcs|\d+ \d lan)\b")
#: a multiple of the base told: "1 lần lương cơ sở", "2 lần mức lương"
_TIMES_OF_BASE_TOLD = re.compile(r"\b\d+(?: \d)? lan (?:muc )?luong\b")


def _times_of_base(toks: list[str], words: list[str]) -> bool:
    """Whether the part's "mấy lần" asks a multiple of the lương cơ sở, not a run of years:
    the part names no years and the question speaks of the base or a coefficient."""
    part = " ".join(words)
    if "luong" in words and _TIMES_OF_BASE_TOLD.search(part):
        # "TTLĐXS chỉ thưởng 1 lần lương cơ sở thôi hả": the count told is the prize's
        # multiple, not one award in a lifetime (task h358)
        return True
    asked = _TIMES_ASKED.search(part)
    # "CSTĐCS cần mấy lần LĐTT": a title after the count is what is counted
    return bool(
        asked
        and not set(part[asked.end() :].split()) & _TITLE_WORDS
        and not _RUN_WORDS.search(part)
        and _BASE_TOLD.search(" ".join(toks))
    )


def _form_given_yearly(seg: Segment, named_all: list[str]) -> bool:
    """The part asks of the xã's giấy khen given in a run of years, not whether it needs one."""
    entities = seg.entities or named_all
    words = set(seg.words)
    return (
        bool(entities)
        and set(entities) <= _GIAY_KHEN
        and not _REQUIRED_RUN & words
        # "Việt kiều ủng hộ 2 năm liền, năm nào xã cũng tặng giấy khen": the run told of a
        # deed, the form named in another part
        and bool(_GIVEN & words or not seg.entities)
        # "giấy khen gia đình văn hóa 3 năm liên tục còn không": the former form of the
        # culture title, whose run the old rules counted
        and "van hoa" not in " ".join(seg.words)
    )


#: what may follow the subject of an elliptic "còn …" part: "còn cá nhân thì sao ạ"
_ELLIPSIS_TAIL = frozenset({"thi", "sao", "the", "nao", "nua", "a", "ad", "vay", "nhi", "ha"})


def _subject_after_con(parts: _Parts, seg: Segment) -> bool:
    """A part opened by "còn" that names only a subject: no title, cue, yes/no or story."""
    if seg.entities or seg.weak or seg.yesno or seg.story or not seg.subjects or not seg.words:
        return False
    own = [w for w in seg.words if w not in _ELLIPSIS_TAIL]
    if not own or len(own) > 3:
        return False
    return f" con {' '.join(seg.words)} " in f" {' '.join(parts.toks)} "


def _internal_named(words: list[str]) -> bool:
    """ "khen thưởng ở xã là thủ tục nội bộ": the kind of procedure, how a dossier goes, named
    without "hồ sơ" or "nộp" (task h173)."""
    return " thu tuc noi bo " in f" {' '.join(words)} "


#: the words that name the base salary a prize is priced on
_BASE_WORDS = frozenset({"luong", "lcs"})
#: "theo lương cơ sở mới", "lcs cũ", "lương cơ sở 2.530.000": the base claimed
_BASE_CLAIM = re.compile(r"\b(?:luong co so|lcs|theo luong) (?:moi|cu)\b")


def _base_claimed(seg: Segment) -> bool:
    """A part claiming which base the prize is priced on ("tính theo lương cơ sở mới")."""
    return _BASE_CLAIM.search(" ".join(seg.words)) is not None


def _day_claimed(parts: _Parts, seg: Segment, hired: bool) -> None:
    """A day or a number of days claimed in a yes/no is checked against the time limit."""
    segments = parts.segments
    if (seg.yesno and set(seg.attrs) <= {"eligible"} and claims_amount(seg.words)) or (
        seg.yesno and seg.attrs == ["deadline"] and paid_sum(seg.words)
    ):
        # "CSTĐCS được 2 triệu 5 đúng không": a sum of money claimed is a claim about the
        # prize, whatever verb carries it; whether the title can be had is not asked
        seg.attrs = ["money"]
    elif (
        seg.yesno
        and not seg.attrs
        and claims_coefficient(seg.words)
        and any("money" in s.attrs for s in segments)
    ):
        # "Hệ số tiền thưởng danh hiệu xã, phường, đặc khu tiêu biểu có phải 2,0 không": the
        # figure put up is the coefficient the question's other part names (task h255)
        seg.attrs = ["money"]
    elif seg.yesno and not seg.attrs and _BASE_WORDS & set(seg.words) and _base_claimed(seg):
        # "QĐ ký 15/7/2026 thì tính theo lương cơ sở mới đúng k, vậy trường được bao nhiêu":
        # the base claimed is a yes/no of the prize, though the next part asks how much
        # (task h329)
        seg.attrs = ["money"]
    if (
        seg.yesno
        and claims_day(seg.words)
        and (
            "deadline" in seg.attrs
            or (
                set(seg.attrs) <= DAY_CLAIMABLE
                and DAY_WORDS & set(seg.words)
                # "vào làm từ 1/6, cuối tháng 12 tổng kết có được bình LĐTT k": with a start
                # of service told, the day is where the months served are counted to (the
                # 6-month rule), not a time limit claimed (task h139)
                and not hired
            )
        )
    ):
        # "họp bình xét ngày 28/11 có kịp không": a day of the year claimed is checked
        # against the time limit, not whether the title can be had
        seg.attrs = ["deadline"]
    if (
        seg.yesno
        and set(seg.attrs) <= DAY_CLAIMABLE
        and (late_said(seg.words) or day_told_before(seg, segments))
        and not claims_day(seg.words)
        and any(claims_day(told.words) for told in segments[: segments.index(seg)])
    ):
        # "thôn tôi 26/11 mới họp xét GĐVH, vậy là muộn rồi phải không": the day told in a
        # part before, called late in this one, is the claim against the time limit
        seg.attrs = ["deadline"]
        for told in segments[: segments.index(seg)]:
            if claims_day(told.words) and set(told.attrs) <= DAY_CLAIMABLE:
                # the meeting told with its day ("đến 12/12 mới họp bình xét") is when it
                # was held, not its papers asked (task h148)
                told.attrs = ["deadline"]
    if (
        seg.yesno
        and set(seg.attrs) <= {"decides", "eligible"}
        and ("decides" in seg.attrs or not seg.attrs)
        and claims_days(seg.words)
    ):
        # "chủ tịch xã phải ra quyết định … trong 10 ngày đúng không": the claim is a time
        # limit; who decides is only the verb that carries it
        seg.attrs = ["deadline"]


def _parts_related(parts: _Parts) -> None:
    """Parts read against their neighbours: a list sharing one question, titles compared,
    a told case carried into the yes/no after it, a council told as a step."""
    segments, named_all = parts.segments, parts.named_all
    list_asked(segments)
    titles_share_claim(segments)
    for before, seg in pairwise(segments):
        compared = compares(seg.words) or compares(before.words)
        if compared and not (seg.story or before.story) and not (seg.attrs or before.attrs):
            # "LĐTT với CSTĐCS khác nhau chỗ nào" ("với" splits it in two): titles set side by
            # side differ in what each requires
            for part in (before, seg):
                if part.entities:
                    part.attrs = ["criteria"]
    for told, seg in pairwise(segments):
        if told_before(seg, told) and seg.entities and not (seg.attrs or seg.weak):
            # the told sentence is the case of the yes/no after it: its circumstances ("bị kỷ
            # luật") are who that asks about, its cue words ("chậm trễ hồ sơ") ask nothing
            told.attrs, told.weak = [], []
            if len(set(told.subjects) & CIRCUMSTANCES) > 1 and set(seg.subjects) & CIRCUMSTANCES:
                continue  # several people's cases told; the part names its own (task h106)
            for subject in told.subjects:
                if subject in CIRCUMSTANCES:
                    seg.add(seg.subjects, subject)
    council_as_step(segments, named_all)


@dataclass
class _Pairing:
    """What building the pairs carries from one part to the next."""

    #: every subject any part names
    all_subjects: list[str]
    #: titles told as held or counted of members: the case, not what is asked
    held_all: set[str]
    #: the titles the story names, in order
    told_titles: list[str]
    pairs: list[Pair] = field(default_factory=list)
    #: where each (entity, attr) already paired is in ``pairs``
    seen: dict[tuple[str, str], int] = field(default_factory=dict)
    #: the titles the last part that named any asks about
    previous_entities: list[str] = field(default_factory=list)
    #: titles of parts that borrowed the next part's question ("thôn văn hóa và xã tiêu biểu
    #: tiền thưởng bao nhiêu, ai tặng"): a later part with no title asks about all of them
    carried: list[str] = field(default_factory=list)
    #: where in ``pairs`` the pairs a told part of the story made are
    from_story: set[int] = field(default_factory=set)


#: "QĐ ký 15/12/2025", "ký quyết định tháng 12/2025", "quyết định ký ngày 3/7": a decision told
#: signed on a day, a fact of the story
_SIGNED_ON_DAY = re.compile(
    r"\b(?:(?:qd|quyet dinh) (?:ky|ki)|(?:ky|ki) (?:qd|quyet dinh))"
    r"(?: (?:ngay|thang|nam|vao|tu|luc))* \d"
    # "QĐ CSTĐCS năm 2024 do chủ tịch UBND huyện ký 20/12/2024": the title, its year and who
    # signed told between, then a whole day (task h420)
    r"|\b(?:qd|quyet dinh)(?: \w+){1,8}? (?:ky|ki)(?: (?:ngay|vao|tu|luc))* \d{1,2} / \d{1,2}\b"
)
#: words that ask or claim who decides beside a signing day: "ai", "cấp nào", "thẩm quyền"
_DECIDER_ASKED = frozenset({"ai", "nao", "quyen"})


#: "lương cơ sở lúc ký quyết định", "khi ký QĐ": the signing told as the day the base is
#: taken on
_BASE_ON_SIGNING = re.compile(r"\b(?:luc|khi|ngay|thoi diem|tai) (?:ky|ki) (?:quyet dinh|qd)\b")


def _signing_day_told(seg: Segment) -> bool:
    """A part that tells a decision signed on a day, or prices the prize on the signing day,
    and asks no decider: "cstdcs qd ky 15/12/2025 mà chưa lĩnh tiền", "tính lương cơ sở lúc
    ký quyết định đúng ko" (task h329)."""
    if seg.authority or _DECIDER_ASKED & set(seg.words):
        return False
    said = " ".join(seg.words)
    if {"money", "money_date"} & set(seg.attrs) and _BASE_ON_SIGNING.search(said):
        return True
    return _SIGNED_ON_DAY.search(said) is not None


def _asking(segments: list[Segment]) -> list[Segment]:
    """The parts without an opening one that only says where the asker works."""
    told = introduced_parts(segments)
    if told and {s for seg in segments[:told] for s in seg.subjects} <= WHERE_ASKER_IS:
        return segments[told:]
    return segments


def _subjects_named(segments: list[Segment], model: FactModel) -> list[str]:
    """Every subject the parts name, but the unit an opening introduction says the asker
    works at ("em làm văn phòng UBND xã, …"): who asks is not whom the question is about;
    nor the asker's post where no title the rest names is one a person may have ("e là tổ
    trưởng TDP, tổ dân phố văn hóa giờ phường ký đúng k", h357)."""
    told = introduced_parts(segments)
    intro = segments[:told]
    role_only = told and _titles_refuse(
        model,
        [e for seg in segments[told:] for e in seg.entities],
        [s for seg in intro for s in seg.subjects],
    )
    return [
        s
        for seg in segments
        for s in seg.subjects
        if not (any(seg is i for i in intro) and (s in WHERE_ASKER_IS or s in role_only))
    ]


def _titles_refuse(model: FactModel, entities: list[str], told: list[str]) -> set[str]:
    """The kinds of recipient ``told`` that every title in ``entities`` refuses outright (a
    person for thôn văn hóa: its "eligible" fact's case opens "Không")."""
    refused: set[str] = set()
    for kind in set(told) & WHO_KINDS:
        facts = [model.fact(e, "eligible") for e in entities]
        if facts and all(
            f is not None and (getattr(f.by_subject.get(kind), "verdict", "") or "") == "Không"
            for f in facts
        ):
            refused.add(kind)
    return refused


#: a pasted list of awards, a count before each title: "2 cstdcs / 35 ldtt / 3 ttldtt"
_AWARD_ROWS = re.compile(r"\b\d+ [a-z]+(?: [a-z]+){0,4}? / \d+ [a-z]+")


def _award_rows_priced(parts: _Parts) -> bool:
    """The story pastes a list of awards with their counts and a part naming no title asks
    the money (task f186)."""
    asked = [s for s in parts.segments if not s.story]
    return (
        bool(asked)
        and not any(s.entities for s in asked)
        and any("money" in s.attrs for s in asked)
        and _AWARD_ROWS.search(folded_words(parts.question, "/")) is not None
    )


def _pairs_built(parts: _Parts) -> list[Pair]:
    """Each part's titles paired with what it asks and of whom, part by part."""
    segments = parts.segments
    held_all = {
        e
        for s in segments
        for e, at, before in s.mentions
        if held_before(before) and not prize_multiple(s.words, at)
    }
    # "… cần mấy lần CSTĐ tỉnh liên tục": a title counted, unless another part is about it
    # ("CSTĐ tỉnh cần mấy lần CSTĐCS, CSTĐ toàn quốc cần mấy lần CSTĐ tỉnh", task h297)
    topics = {
        s.mentions[0][0]
        for s in segments
        if s.mentions and not held_at(s.words, s.mentions[0][1], s.mentions[0][2])
    }
    held_all |= {
        e
        for s in segments
        for e, at, before in s.mentions
        if e not in topics and held_at(s.words, at, before)
    }
    held_all |= counted_members(segments, parts.named_all)
    held_all |= {
        e for s in segments for e, at, before in s.mentions if _told_held(before) and not s.yesno
    }
    # task h386: "cstdcs 2023, 2025 và 2026 không liên tục vẫn đề nghị cstd tỉnh được": the
    # title told with the years it was held is the case, the one proposed after it is asked
    held_all |= {
        e
        for i, s in enumerate(segments)
        for k, (e, at, _) in enumerate(s.mentions)
        if _years_held_after(s.words, at)
        and any(
            o != e
            for o, _, _ in [
                *s.mentions[k + 1 :],
                *(m for t in segments[i + 1 :] for m in t.mentions),
            ]
        )
    }
    if _award_rows_priced(parts):
        # "ds khen thưởng QĐ ký 20/1/2026: 2 CSTĐCS / 35 LĐTT / 3 TTLĐTT. mỗi người, mỗi tập
        # thể mức bao nhiêu": the rows are the titles the decision gives, each one's prize
        # asked, not titles held by members (NĐ 152/2025 Điều 50; task f186)
        held_all -= {e for s in segments if s.story for e in s.entities}
    built = _Pairing(
        _subjects_named(segments, parts.model),
        held_all,
        list(dict.fromkeys(e for s in segments if s.story for e in s.entities)),
    )
    _form_asked_named(segments)
    _firm_own_titles_named(segments)
    for i, seg in enumerate(segments):
        entities = _members_each_asked(parts, built, seg) or _entities_asked(parts, built, i, seg)
        attrs, borrowed = _attrs_asked(parts, built, i, seg, entities)
        attrs, subjects = _subjects_asked(parts, built, i, seg, attrs)
        if seg.story and parts.proposed and not set(entities) & set(parts.proposed):
            # "… phải có cá nhân đạt CSTĐCS. Vậy trường đủ chưa, ai quyết định": a title the
            # story names beside the one proposed borrows none of the question's asks
            attrs = []
        _pairs_added(parts, built, seg, entities, attrs, subjects)
        if seg.entities:
            built.previous_entities = list(dict.fromkeys([*built.carried, *seg.entities]))
            built.carried = list(seg.entities) if borrowed else []
    return built.pairs


#: words telling a paper lacking ("chưa có", "thiếu")
_LACKING = frozenset({"chua", "thieu"})
#: a year a title was held ("2023", "2025")
_YEAR = re.compile(r"(?:19|20)\d\d$")
#: the words a title's own name may run to before its years ("chiến sĩ thi đua cơ sở năm")
_YEARS_LEAD = frozenset({"chien", "si", "thi", "dua", "co", "so", "cap", "nam", "cac", "vao"})


def _years_held_after(words: list[str], at: int) -> bool:
    """The title at ``at`` is followed by three years or more ("cstdcs 2023, 2025 và 2026"):
    the run it was held, told whole as the case of the title proposed after it (task h386). Two
    years are often a run still being told ("CSTĐCS 2024, 2025 cộng thêm năm 2027", "2024, 2025
    nhưng 2026 chỉ LĐTT"), whose own count is asked."""
    k = at + 1
    while k < len(words) and k - at <= 7 and words[k] in _YEARS_LEAD:
        k += 1
    years = 0
    while k < len(words) and (_YEAR.match(words[k]) or (years and words[k] in ("va", "voi"))):
        years += bool(_YEAR.match(words[k]))
        k += 1
    return years >= 3


#: the words right before a title that tell it already held ("đã đủ LĐTT", "đều đạt CSTĐCS")
_HELD_MARKERS = frozenset({("da", "du"), ("da", "dat"), ("deu", "dat"), ("da", "duoc")})


def _told_held(before: tuple[str, ...] | list[str]) -> bool:
    """A title a told (not asked) part says is already held: the case, while another title
    the message names is what is asked (h357); "2 cô đều LĐTT" too."""
    return tuple(before[-2:]) in _HELD_MARKERS or tuple(before[-1:]) == ("deu",)


def _form_asked_named(segments: list[Segment]) -> None:
    """A letter naming no title that asks "được khen bằng hình thức gì / nào" (a volunteer
    group the xã will commend) asks of the form the xã's chairman gives: Giấy khen (Luật 2022
    Điều 75, Điều 80 khoản 3); its decider and prize follow in the next parts (task h266)."""
    if any(s.entities for s in segments):
        return
    form_part = next((s for s in segments if _form_asked(s)), None)
    if form_part is None:
        return
    form_part.entities = ["giay_khen"]
    for seg in segments:
        if not seg.entities and "money" in seg.attrs and _each_member_told(seg.words):
            # "mỗi thành viên được thưởng bao nhiêu": each member's own Giấy khen
            seg.entities = ["giay_khen_ca_nhan"]


def _bare_khen_asked(seg: Segment, segments: list[Segment]) -> bool:
    """ "xã tự khen các tổ bầu cử được k", "nhóm thiện nguyện có được khen tập thể k": the verb
    "khen" with no form named, asked of a recipient the letter names (a person, a collective, a
    household) or with the xã acting: the xã's commendation is the chairman's Giấy khen (Luật
    2022 Điều 75, Điều 80 khoản 3); "khen ngợi" (praise) and "khen thưởng" (the whole field)
    name no award (task h302)."""
    if seg.story or not (seg.yesno or seg.attrs):
        return False
    if seg.authority and not set(seg.authority) <= {"xa"}:
        return False  # a firm's or another level's own forms are theirs to name
    if _other_level_named(seg.words):
        return False
    if _xa_form_asked(seg.words):
        # "hình thức khen của xã cho người như tôi là gì": the xã's form itself is asked
        # (task h358)
        return True
    return _bare_khen_told(seg, segments)


def _xa_form_asked(words: list[str]) -> bool:
    """ "hình thức khen của xã … là gì / nào": which form the xã gives is asked; "vừa được
    hình thức khen cùng lúc" names a form in general and asks nothing of it."""
    at = next(
        (k for k, w in enumerate(words) if w == "khen" and words[k - 2 : k] == ["hinh", "thuc"]),
        None,
    )
    if at is None:
        return False
    after = words[at + 1 :]
    return "xa" in after and bool(_WHICH_ASKED & set(after))


#: words that make a part ask of its own ("gồm gì", "nộp đâu", "cái nào")
_ASKING = frozenset({"gi", "nao", "dau", "sao", "khong"})
#: the words that ask which one ("là gì", "nào")
_WHICH_ASKED = frozenset({"gi", "nao"})


def _bare_khen_told(seg: Segment, segments: list[Segment]) -> bool:
    """The verb "khen" told of a recipient the letter names, or with the xã acting ("xã sẽ
    đề nghị khen", "xã báo khen"), in this part."""
    if seg.authority and not set(seg.authority) <= {"xa"}:
        return False
    if "khen" not in seg.words:
        return False
    told = {s for g in segments for s in g.subjects} | {s for g in segments for s in g.for_whom}
    if not told & _KHEN_RECIPIENTS:
        return False
    words = seg.words
    return any(
        w == "khen"
        and (
            _recipient_after_khen(words[k + 1 :])
            or _xa_acting(words[:k])
            or _recipient_before_passive(seg, words[:k])
        )
        for k, w in enumerate(words)
    )


#: the words that make the xã named after them a place or an owner ("ở UBND xã", "của chủ
#: tịch xã"), and the words of its name between
_PLACING = frozenset({"o", "tai", "cua", "thuoc"})
_XA_NAME = frozenset({"ubnd", "uy", "ban", "nhan", "dan", "chu", "tich", "ct"})


def _xa_only_placed(words: list[str]) -> bool:
    """Every "xã" of the part stands as where someone works or whose award it is, right
    after "ở / tại / của / thuộc" (its name's words between), before any "có được"."""
    found = False
    for k, w in enumerate(words):
        if w != "xa":
            continue
        j = k - 1
        while j >= 0 and words[j] in _XA_NAME:
            j -= 1
        if j < 0 or words[j] not in _PLACING:
            return False
        found = True
    return found


def _recipients_carried(parts: _Parts) -> None:
    """ "cá nhân em và đội xung kích nếu được giấy khen … mỗi bên thưởng bao nhiêu": a part
    naming only a kind of recipient, joined by "và" to the next that names another and the
    award, is one of the recipients that part asks of (task h375; Luật 2022 Điều 75: cá nhân,
    tập thể, hộ gia đình each have their own giấy khen)."""
    segments = parts.segments
    for seg, nxt in pairwise(segments):
        if (
            seg.subjects
            and set(seg.subjects) <= _KHEN_RECIPIENTS
            and not (seg.entities or seg.attrs or seg.yesno or seg.story)
            # "em là tổ trưởng, xã muốn tặng giấy khen cho tổ em": the asker's own post told is
            # no recipient (task h281)
            and "la" not in seg.words
            and len(seg.words) <= 6
            and nxt.entities
            and set(nxt.subjects) & _KHEN_RECIPIENTS
            and not set(seg.subjects) & set(nxt.subjects)
        ):
            # the letter's order kept: the recipient it named first stays first
            nxt.subjects[:0] = [s for s in seg.subjects if s not in nxt.subjects]


def _xa_placed_at_work(words: list[str]) -> bool:
    """ "ở / tại UBND xã": the xã named as where someone works."""
    return any(
        w in ("o", "tai") and "xa" in words[k + 1 : k + 4] and words[k + 1] in _XA_NAME | {"xa"}
        for k, w in enumerate(words)
    )


def _recipient_before_passive(seg: Segment, before: list[str]) -> bool:
    """ "đội xung kích thôn em muốn được khen": the recipient this part names, then a passive
    "được khen" (task h375): the xã's commendation of a collective or a person is the
    chairman's Giấy khen (Luật 2022 Điều 75)."""
    return (
        bool(before)
        and before[-1] == "duoc"
        and bool(set(seg.subjects) & _KHEN_RECIPIENTS)
        and not _other_level_named(before)
    )


def _other_level_named(words: list[str]) -> bool:
    """A level above the xã named ("của tỉnh", "bộ"): "tình nguyện", "tinh thần" are none."""
    return any(
        w in _OTHER_LEVELS
        and not (w == "tinh" and words[k + 1 : k + 2] and words[k + 1] in _NOT_PROVINCE)
        for k, w in enumerate(words)
    )


#: the words after a folded "tinh" that make it no province ("tình nguyện", "tinh thần")
_NOT_PROVINCE = frozenset({"nguyen", "than", "hinh", "cam", "yeu", "thuong", "te"})


def _xa_acting(before: list[str]) -> bool:
    """ "xã khen", "xã đề nghị khen", "xã sẽ / báo khen": the xã is who commends."""
    at = len(before)
    while at > 0 and before[at - 1] in _BEFORE_KHEN:
        at -= 1
    return at > 0 and before[at - 1] == "xa" and len(before) - at <= 3


def _recipient_after_khen(after: list[str]) -> bool:
    """ "khen (cho) (các) tổ bầu cử", "khen tập thể": a recipient right after the verb."""
    while after and after[0] in _BEFORE_RECIPIENT:
        after = after[1:]
    return bool(after) and (after[0] in _RECIPIENT_WORDS or tuple(after[:2]) in _RECIPIENT_PAIRS)


#: the words between the xã and its "khen": "xã (sẽ) đề nghị khen", "xã báo khen"
_BEFORE_KHEN = frozenset({"de", "nghi", "se", "bao", "co", "tu", "duoc", "dinh", "muon", "cung"})
#: levels whose own forms a bare "khen" may be: not the xã's Giấy khen
_OTHER_LEVELS = frozenset({"tinh", "huyen", "bo", "chinh", "thu"})
#: the words between "khen" and its recipient: "cho", "các", "những"
_BEFORE_RECIPIENT = frozenset({"cho", "cac", "nhung", "tu"})
#: the first words of the recipients a bare "khen" is told of (folded)
_RECIPIENT_WORDS = frozenset({"to", "nhom", "clb", "doi", "thon", "hoi"})
_RECIPIENT_PAIRS = frozenset(
    {
        ("tap", "the"),
        ("ca", "nhan"),
        ("cau", "lac"),
        ("hoc", "sinh"),
        ("nong", "dan"),
        ("ho", "gia"),
        ("chi", "hoi"),
        ("chi", "doan"),
    }
)
#: whom a xã's Giấy khen may go to (Luật 2022 Điều 75)
_KHEN_RECIPIENTS = frozenset({"ca_nhan", "tap_the", "ho_gia_dinh", "nong_dan", "hoc_sinh", "thon"})


def _form_asked(seg: Segment) -> bool:
    """ "được khen bằng hình thức gì": the form of commendation asked, not a firm's own."""
    words = set(seg.words)
    return (
        not seg.story
        and "khen" in words
        # "hình thức gì / nào": the form itself is what is asked, not "nhiều hình thức … điều nào"
        and any(
            seg.words[k : k + 2] == ["hinh", "thuc"] and seg.words[k + 2 : k + 3] in _WHICH_ONE
            for k in range(len(seg.words) - 2)
        )
        and "htx" not in seg.authority
    )


def _each_member_told(words: list[str]) -> bool:
    """ "mỗi thành viên", "từng người": each member of the collective, by its counting noun."""
    return any(
        w in _EACH_WORDS
        and (
            (k + 1 < len(words) and words[k + 1] in _MEMBER_NOUNS)
            or tuple(words[k + 1 : k + 3]) in _MEMBER_PAIRS
        )
        for k, w in enumerate(words)
    )


#: "mỗi gv", "từng người", "mỗi cô": each member of the collective told, by the noun counting
#: them
_EACH_WORDS = frozenset({"moi", "tung"})
_MEMBER_NOUNS = frozenset({"gv", "nguoi", "co", "thay", "cb", "nv", "cbcc", "cbgv"})
_MEMBER_PAIRS = frozenset(
    {
        ("giao", "vien"),
        ("ca", "nhan"),
        ("nhan", "vien"),
        ("can", "bo"),
        ("thanh", "vien"),
        ("cong", "chuc"),
        ("vien", "chuc"),
        ("hoi", "vien"),
        ("doan", "vien"),
        ("xa", "vien"),
    }
)


def _members_each_asked(parts: _Parts, built: _Pairing, seg: Segment) -> list[str]:
    """ "trường đạt TTLĐTT và có 12 gv LĐTT, tiền thưởng tập thể bn và mỗi gv bn": a part naming
    no title that asks the prize of each member asks of the individual title the members are
    told holding, not of the collective named before (task h239). Empty otherwise."""
    if seg.entities or seg.story or "money" not in seg.attrs:
        return []
    each = _each_member_told(seg.words)
    if not each:
        return []
    return [
        e for e in parts.named_all if e in built.held_all and e not in MEMBER_COUNTED and e != "*"
    ]


#: the xã's TĐKT fund, and the regions that set its ceiling (subjects.yaml)
_FUND = "quy_tdkt"
_FUND_REGIONS = frozenset({"mien_nui", "dong_bang"})


#: the word after "mỗi" / "từng" that makes it each award named: "mỗi loại", "từng danh hiệu"
_KINDS = frozenset({"loai", "danh", "thu", "cai"})


def _entities_asked(parts: _Parts, built: _Pairing, i: int, seg: Segment) -> list[str]:
    """The titles the part asks about: its own, else the ones it points back at or the story
    names."""
    question, model, toks, segments, asked, wanted, named_all = (
        parts.question,
        parts.model,
        parts.toks,
        parts.segments,
        parts.asked,
        parts.wanted,
        parts.named_all,
    )
    entities = seg.entities or built.previous_entities
    if not seg.entities and not seg.story and parts.proposed:
        # "Hiệu trưởng muốn đề nghị TTLĐXS. … phải có cá nhân đạt CSTĐCS. Vậy trường đủ chưa,
        # ai quyết định": the closing ask is of the title proposed, not the last one named
        entities = parts.proposed
    likened = {e for e, _, before in seg.mentions if before[-1:] in _LIKE}
    if seg.attrs and likened and set(seg.entities) <= likened:
        # "trường đạt TTLĐTT … có được tặng bằng chứng nhận như TTLĐXS không": the title
        # after "như" is what the asked one is likened to; the question is of the title
        # named before (task h101)
        before = [*built.previous_entities, *(p.entity for p in built.pairs), *named_all]
        entities = list(dict.fromkeys(e for e in before if e not in likened))[:1] or entities
    said_each = EACH & set(pairwise(seg.words))
    # "mỗi loại", "từng danh hiệu": each kind named, never "cả 2 (năm)" said of one title
    each_kind = any(w in _KINDS for _, w in said_each)
    # "HTX tự tặng LĐTT và CSTĐCS thì mỗi danh hiệu thưởng mấy lần": the part naming the last
    # title asks each kind named, not that one alone (task h341)
    each = bool(said_each) and (not seg.entities or (each_kind and "money" in seg.attrs))
    if each:
        # "tiền thưởng mỗi cái bao nhiêu", "cả hai thưởng bao nhiêu": every title named
        entities = named_all or entities
    if (
        not seg.entities
        and not seg.story
        and "money" in seg.attrs
        and len(built.told_titles) > 1
        and not any(s.entities for s in asked)
    ):
        # "trường đạt TTLĐTT, 3 cô đạt CSTĐCS … Tiền thưởng là bao nhiêu": a letter whose
        # question names no title asks the money of every title its story tells was won
        entities = built.told_titles
    if (
        not seg.entities
        and not seg.story
        and len(built.told_titles) > 1
        and not any(s.entities for s in asked)
        and _PROCEDURE & set(seg.attrs)
    ):
        # "… chuẩn bị hồ sơ đề nghị LĐTT và CSTĐCS cho cán bộ. Hồ sơ gồm những gì, nộp mấy
        # bộ": a letter whose question names no title asks the papers of every title its
        # story is preparing, not only of the last one named (task h90)
        entities = [e for e in built.told_titles if e not in built.held_all] or entities
    if not seg.entities and not seg.story and entities and set(entities) <= BODIES:
        # "Thôn đạt chuẩn thôn văn hóa. Hội đồng TĐKT xã đã họp. Cần những mẫu hồ sơ nào,
        # ai ký": the council told acting is the story's actor; a question naming nothing
        # asks of the title the story tells
        titles = [e for e in built.told_titles if e not in BODIES]
        if titles:
            entities = titles[-1:]
        elif "thon" in built.all_subjects and _REACHED & set(toks) and "thon_vh" in model.entities:
            # "tổ dân phố em năm nay đạt hết các tiêu chí, hội đồng TĐKT phường đã họp. Cần
            # mẫu nào, thưởng bao nhiêu": a thôn told reaching the criteria, with only the
            # council named, is up for the thôn's own title (Luật 2022 Điều 20 khoản 1 e)
            entities = ["thon_vh"]
    if not seg.entities and "cap" in seg.attrs:
        # "quỹ thi đua … chỉ được trích tối đa 1% … cho 14 thôn văn hóa. Xã miền núi có đúng
        # là chỉ 1% không": the percentage claimed is the limit of the title whose fact
        # states one, not of the last title told (task h195)
        entities = percent_owner(seg.words, entities, named_all, model) or entities
    if not entities and "cap" in seg.attrs and _FUND_REGIONS & set(seg.subjects):
        # "xã trung du được áp mức 1,5% như miền núi đúng k": a ceiling told by the region of
        # the xã is the ceiling of its fund, the only one the region sets (NĐ 152/2025 Điều 46
        # khoản 3), though "quỹ" is not typed (task h256)
        entities = [e for e in (_FUND,) if e in model.entities]
    if not entities and not seg.story:
        # "Trường muốn đề nghị TTLĐTT. Vậy trường có đủ tỷ lệ không, và cô bị kỷ luật có
        # được LĐTT không": the first part asks of the title the story wants, not the next
        entities = wanted
    if not entities and seg.attrs and set(seg.attrs) <= _RULE_FOR_EVERY_SUM and not seg.story:
        # "làm tròn là làm tròn lên chục nghìn đúng k, vậy TTLĐXS QĐ tháng 12 này trường được
        # bn": the rounding rule is the same for every prize (NĐ 152/2025 Điều 49), asked of
        # itself; the title of the next part is that part's (task h403)
        entities = ["*"]
    if not entities:
        entities = next((s.entities for s in segments[i + 1 :] if s.entities), [])
    wanted_titles = [e for e in named_all if e not in built.held_all]
    # "3 GV được CSTĐCS, 25 GV LĐTT, trường đạt TTLĐTT … tiền thưởng mỗi loại bao nhiêu": each
    # kind told is asked, the members' titles too (task h261)
    # "trường đạt TTLĐTT và 1 gv đạt LĐTT thì thưởng bn mỗi loại": the part names both titles
    # itself, and "mỗi loại" asks each of them, the counted one too
    if built.held_all & set(entities) and wanted_titles and not (each_kind and named_all):
        # "CSTĐ tỉnh: ngoài 3 lần CSTĐCS còn cần gì": the title held is the case, the
        # other one named in the message is asked about
        entities = [e for e in entities if e not in built.held_all] or wanted_titles
    if not entities and not any(s.entities for s in segments):
        # "khai man thành tích có bị thu hồi không": a rule for every title, none named
        general = any(a in model.general for a in seg.attrs) or (
            # "2 danh hiệu ở 2 giai đoạn khác nhau thì chỉ được 1 lần tiền thưởng": the
            # rule of several awards holds for every title (task h119)
            seg.attrs == ["several"] and single_payment_claimed(question)
        )
        entities = ["*"] if general and about_commendation(toks) else []
    return entities


def _registered_titles_asked(seg: Segment) -> bool:
    """The part names registration and asks which title ("đăng ký danh hiệu gì / nào")."""
    if "dang_ky_thi_dua" not in seg.entities:
        return False
    words = seg.words
    return any(
        (a, b) == ("danh", "hieu") and c in _WHICH_WORDS
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


#: rules every prize follows alike, asked of themselves (task h403)
_RULE_FOR_EVERY_SUM = frozenset({"rounding"})


def _firm_own_titles_named(segments: list[Segment]) -> None:
    """ "HTX tự ký được những danh hiệu nào, và muốn tỉnh khen thì trình qua đâu": beside a part
    naming a title, the titles a firm's head gives are asked; the LĐTT fact lists them for the
    firm (Luật 2022 Điều 80 khoản 4), not the title the next part names (task h266). Alone,
    the question is left to the firms' own page."""
    if not any(s.entities for s in segments):
        return
    for seg in segments:
        if _firm_own_titles_asked(seg):
            seg.entities, seg.attrs = ["ldtt"], ["decides"]


#: "những danh hiệu nào", "hình thức gì": which titles or forms are asked
_WHICH_WORDS = frozenset({"nao", "gi", "j"})
_FORM_PAIRS = frozenset({("danh", "hieu"), ("hinh", "thuc")})
_WHICH_ONE = (["gi"], ["nao"], ["j"])


def _firm_own_titles_asked(seg: Segment) -> bool:
    """A part naming no title that asks which titles or forms a firm's or HTX's head may give
    on its own ("HTX tự ký được những danh hiệu nào", "giám đốc cty khen được hình thức gì")."""
    return (
        not seg.entities
        and not seg.story
        and "htx" in seg.authority
        and set(seg.attrs) <= {"decides"}
        and bool(_WHICH_WORDS & set(seg.words))
        and bool(_FORM_PAIRS & set(pairwise(seg.words)))
    )


def _own_title_proposed(seg: Segment, model: FactModel) -> bool:
    """ "thôn có được đề nghị thôn văn hóa / giấy khen chủ tịch xã không": the title named right
    after "đề nghị" is one the level itself may be given (Luật 2022 Điều 30, Điều 75), so the
    level is the one proposed for it, not a proposer asking where to send (task h390); "xã có
    được đề nghị CSTĐ tỉnh không", a title for persons, keeps the level as the proposer."""
    if "cho" in seg.words:
        return False
    levels = [s for s in seg.subjects if s in ("thon", "xa")]
    for entity, at, _before in seg.mentions:
        # "đề nghị (công nhận / xét / tặng) thôn văn hóa"
        lead = seg.words[max(at - 4, 0) : at]
        if not any(lead[i : i + 2] == ["de", "nghi"] for i in range(len(lead) - 1)):
            continue
        fact = model.fact(entity, "eligible")
        case = fact.by_subject.get(levels[0]) if fact is not None and levels else None
        if case is not None and case.verdict == "Có":
            return True
    return False


def _attrs_asked(
    parts: _Parts, built: _Pairing, i: int, seg: Segment, entities: list[str]
) -> tuple[list[str], bool]:
    """What the part asks of its titles: its own cue words, else the next or the previous
    part's; and whether it borrowed the next part's."""
    borrowed = False
    model, segments, reform = parts.model, parts.segments, parts.reform
    attrs = seg.attrs
    if i > 0 and attrs and _compared_with_previous(seg, segments[i - 1]):
        # "tiền thưởng TTLĐTT và TTLĐXS khác nhau thế nào": the comparison asks the previous
        # part's attribute of both titles, not what "thế nào" reads alone (task h358)
        attrs = segments[i - 1].attrs
    if not attrs and _registered_titles_asked(seg):
        # "TDP đăng ký danh hiệu gì cho tổ", "bản đăng ký ghi danh hiệu gì": the titles each
        # kind of unit registers for (Luật 2022 Điều 19, 20), not the registration's paper
        # (task h403)
        attrs = ["titles"]
    if not attrs and seg.entities:
        later = next((s for s in segments[i + 1 :] if s.attrs or s.entities), None)
        if later is not None and not seg.story and a_title_listed(later):
            # "LĐTT, CSTĐCS và TTLĐTT thưởng bao nhiêu": the titles listed before the one
            # the question closes on share its question, not only the one next to it
            later = listed_claim(segments, i) or later
        if seg.yesno and later is not None and not later.yesno and not seg.story:
            # "xã có thể đề nghị CSTĐ tỉnh cho anh không, nếu được thì thưởng bao nhiêu":
            # the yes/no part asks whether it can be had; the next part asks its own thing
            attrs = ["eligible"]
        elif (
            seg.yesno
            and later is not None
            and later.yesno
            and not later.entities
            and later.subjects
            and later.attrs
            and all(a in model.general for a in later.attrs)
            and not seg.story
        ):
            # "còn hình thức Huy hiệu của tỉnh không, hộ gia đình có là đối tượng khen
            # thưởng không": the next yes/no asks a rule for every title of someone else;
            # this one asks whether the title itself still is (task h95)
            attrs = ["eligible"]
        elif (
            seg.yesno
            and later is not None
            and later.yesno
            and later.attrs
            and set(later.entities) <= set(seg.entities)
            and not seg.story
            and seg.words[-1:] != []
            and seg.words[-1] in _OWN_ASK_TAIL
            # the next ask is on the procedure; a share or limit asked next ("đề nghị cả 15
            # LĐTT được không, có bị giới hạn không") elaborates this one
            and set(later.attrs) <= _PROCEDURE_ASKS
            # a title whose case is a kind of deed (khen đột xuất): whether the deed is its case
            and set(seg.entities) <= {"khen_dot_xuat"}
        ):
            # task h405: "… cứu 2 học sinh. trường hợp này có đúng khen đột xuất k, hồ sơ có cần
            # biên bản họp hội đồng k": the title asked closed by its own "k", then a second
            # yes/no on its papers: the first asks whether the case is the title's (Luật 2022
            # Điều 85 for khen đột xuất), not the papers the next ask asks
            attrs = ["eligible"]
        elif later is not None and later.attrs:
            attrs = later.attrs
            borrowed = True
        elif seg.yesno and CIRCUMSTANCES & set(seg.subjects) and not seg.story:
            # "…, và kỷ luật có ảnh hưởng LĐTT của anh ấy không": a case of its own asks
            # whether one in that case may have the title, not the previous part's question
            attrs = ["eligible"]
        elif (
            i > 0
            and set(segments[i - 1].attrs) <= _RULE_FOR_EVERY_SUM
            and segments[i - 1].attrs
            and not segments[i - 1].entities
        ):
            # "làm tròn … xuống phải k, vậy TTLĐTT QĐ tháng 12 này e chi 2.020.000": after the
            # rounding rule, a title named with its decision asks its own prize (task h403)
            attrs = ["money"]
        elif i > 0 and segments[i - 1].attrs and not told_before(seg, segments[i - 1]):
            attrs = segments[i - 1].attrs
        elif seg.yesno and coefficient_told(seg.words):
            attrs = ["money"]  # "GK hộ gia đình tính như tập thể 0,6 đúng k" (task h341)
        elif seg.yesno:
            attrs = ["eligible"]  # "thị trấn tiêu biểu còn không", "thôn được … không"
        elif reform:
            attrs = ["decides"]
    if not attrs and not seg.entities and entities and seg.yesno and not seg.story:
        # "trước LĐTT thưởng 0,3 lần, giờ còn 0,3 không": "còn / vẫn" asks whether the
        # previous part's rule still holds, not whether the title can be had; else "… LĐTT
        # cho các đồng chí này, vậy có đúng danh hiệu không"
        attrs = (
            still_asked(segments, i)
            or uniform_asked(segments, i)
            or required_back(segments, i)
            or step_told_back(segments, i)
            or cap_kept_back(segments, i)
            or said_right_back(segments, i)
            or source_ask_continued(segments, i)
            or ["eligible"]
        )
    if attrs and not seg.yesno and set(attrs) <= {"dossier"} and not _ASKING & set(seg.words):
        # "hồ sơ LĐTT gửi xã rồi, 5 ngày làm việc là có quyết định đúng k": the file told
        # sent is the story of the time limit claimed next (task h358)
        later = next((s for s in segments[i + 1 :] if s.attrs or s.entities), None)
        if later is not None and later.yesno and later.attrs[:1] == ["processing_time"]:
            attrs, borrowed = later.attrs, True
    if attrs == ["submit"] and seg.yesno and not seg.story:
        # "niêm yết 7 ngày rồi nộp lên xã được không": the step sent on is no question of
        # where to send; the figure of the step told before it is
        attrs = step_told_back(segments, i) or attrs
    if (
        attrs == ["eligible"]
        and seg.yesno
        and proposer_named(seg.words, seg.subjects)
        and not _own_title_proposed(seg, model)
    ):
        # "xã có được đề nghị CSTĐ tỉnh không": the level named before "đề nghị" is the one
        # that proposes, not the one given the title; who sends the proposal answers it
        attrs = ["submit"]
    if attrs == ["dossier"] and seg.yesno and procedure_of_title(seg):
        # "làm theo thủ tục khen đột xuất được không": whether the case may take that
        # title's procedure is whether it is that title's case; the papers follow
        attrs = ["eligible", "dossier"]
    elif (
        attrs == ["dossier"]
        and CIRCUMSTANCES & set(built.all_subjects)
        and proposal_allowed_asked(seg)
    ):
        # "bị cảnh cáo năm nay, mà xã vẫn làm hồ sơ đề nghị CSTĐ tỉnh cho ông, được k": with
        # a case told, whether he may be proposed at all is its eligibility (task h305)
        attrs = ["eligible"]
    return attrs, borrowed


#: words that compare two titles on one attribute ("khác nhau", "khác gì", "chênh lệch")
_COMPARING = frozenset({("khac", "nhau"), ("khac", "gi"), ("chenh", "lech"), ("giong", "nhau")})


#: task h405: the words a part closed as a yes/no of its own ends with ("… có đúng khen đột xuất
#: k", "… được không"), folded and spelled out
_PROCEDURE_ASKS = frozenset(
    {"dossier", "council", "vote", "submit", "signer", "initiative", "processing_time", "copies"}
)
_OWN_ASK_TAIL = frozenset({"khong", "k", "ko", "kg", "hong", "hok", "hem"})


def _compared_with_previous(seg: Segment, previous: Segment) -> bool:
    """The part names a title and only a weak ask ("thế nào") beside a comparison, after a
    part asking its own attribute of another title."""
    return (
        bool(seg.entities)
        and set(seg.attrs) <= set(seg.weak)
        and bool(previous.entities)
        and bool(previous.attrs)
        and not set(previous.attrs) <= set(previous.weak)
        and not previous.story
        and any(tuple(seg.words[k : k + 2]) in _COMPARING for k in range(len(seg.words) - 1))
    )


#: whom a decider other than the xã chairman's decides for: a firm's workers (its director,
#: Luật 2022 Điều 80 khoản 4), the police and the standing militia (their ministries, khoản 5)
_OWN_DECIDERS = frozenset({"htx", "cong_an", "dan_quan_tt"})
#: the armed forces whose members hold "Chiến sĩ tiên tiến" instead of LĐTT (Điều 24 khoản 2)
_FORCES_TOLD = frozenset({"cong_an", "dan_quan_tt"})
#: a case told in one part that bars the title whatever level of duty another part tells
#: (task h298: a new hire's short service bars it too, Luật 2022 Điều 24; TT 15/2025)
_BARS_TOLD = frozenset({"ky_luat", "moi_tuyen"})


def _recipients_told(segments: list[Segment], all_subjects: list[str]) -> list[str]:
    """The subjects a part naming none asks about: every part's, but where the letter names
    whom the award is for ("giấy khen cho tổ", "GK cho chi đoàn và cho từng bạn"), those
    recipients stand for the kinds of recipient: the asker's own post ("tôi là tổ trưởng")
    and the proposer are no recipient (task h281)."""
    # "quét dọn cho cả xóm", "hiến đất cho xã": a "cho" in a part telling no award names whom
    # a deed served, not a recipient
    # ("… và cho từng hội viên": a part opening with "cho" goes on with the list of recipients)
    awarding = [s for s in segments if _AWARD_WORDS & set(s.words) or s.words[:1] == ["cho"]]
    recipients = [k for s in awarding for k in s.for_whom if k in _RECIPIENT_KINDS]
    if recipients and any(_person_given(s.words) for s in awarding):
        recipients.append("ca_nhan")  # "cho chị M và cho cả chi hội": a person and a unit
    if not recipients:
        return all_subjects
    # the letter's own order is kept: the kind it named first stays first
    kept = [s for s in all_subjects if s not in _RECIPIENT_KINDS or s in recipients]
    return [*kept, *(r for r in dict.fromkeys(recipients) if r not in kept)]


#: words of a part that tells an award given or proposed ("tặng / đề nghị giấy khen cho …")
_AWARD_WORDS = frozenset({"khen", "gk", "tang", "nghi", "xet", "thuong", "trao"})
#: the kin words before a person's name: "cho chị M", "cho anh Tuấn" ("em" is left out: "cho
#: em hỏi" is the asker asking)
_KIN_NAMED = frozenset({"a", "anh", "c", "chi", "co", "chu", "ong", "ba", "thay", "bac"})


def _person_given(words: list[str]) -> bool:
    """ "tặng giấy khen cho chị M": a person named by a kin word after "cho"."""
    return any(
        w == "cho" and nxt in _KIN_NAMED and after != "hoi"
        for w, nxt, after in zip(words, words[1:], [*words[2:], ""], strict=False)
    )


#: a pupil given an award is an individual recipient, with the individual's prize
_PUPIL_AS_PERSON = {"hoc_sinh": "ca_nhan"}
#: the kinds of recipient an award may be given to: each its own prize (a pupil, as any
#: individual, has the individual's giấy khen)
_RECIPIENT_KINDS = WHO_KINDS | {"hoc_sinh"}


def _cases_added_after(later: list[Segment], subjects: list[str]) -> list[str]:
    """The times away told by the yes/no parts right after a title's own that name no title
    nor ask, only a case ("… và nghỉ sinh cũng k được"), that the title's part does not tell."""
    added: list[str] = []
    for seg in later:
        if seg.entities or seg.attrs or not seg.yesno or not seg.subjects:
            break
        if not set(seg.subjects) <= COUNTED_CASES:
            break
        added += [s for s in seg.subjects if s not in subjects and s not in added]
    return added


def _subjects_asked(
    parts: _Parts, built: _Pairing, i: int, seg: Segment, attrs: list[str]
) -> tuple[list[str], list[str]]:
    """Whom the part asks about (its own subjects or every part's), and what it asks as the
    case told turns it."""
    toks, segments = parts.toks, parts.segments
    subjects = seg.subjects or _recipients_told(segments, built.all_subjects)
    if any(s.pointed for s in segments):
        # "phòng em có chị Lan …, chị ấy có đủ …": a person pointed at is asked about, not
        # the unit or place the letter named around her
        subjects = [s for s in subjects if s not in _COLLECTIVES]
    if seg.yesno and not CIRCUMSTANCES & set(subjects):
        # "anh ấy đi làm từ tháng 11, hiệu trưởng muốn đề nghị LĐTT cho anh ấy, có được
        # không": the case told in another sentence of the letter is the one asked about
        subjects = [*subjects, *(s for s in built.all_subjects if s in CIRCUMSTANCES)]
    elif seg.yesno and set(subjects) & CIRCUMSTANCES <= LEVELS:
        # "em bị khiển trách tháng 4, cuối năm vẫn hoàn thành tốt nhiệm vụ thì có được LĐTT
        # k": the level of duty the asking part tells does not hide the bar told in the
        # part before it; the case's rule weighs both (task h260)
        # task h390: so does a time away told ("nghỉ thai sản 6 tháng …, đánh giá vẫn hoàn
        # thành tốt nhiệm vụ"), whose own rule (TT 15/2025: the leave counts) answers it
        subjects = [
            *subjects,
            *(
                s
                for s in built.all_subjects
                if (s in _BARS_TOLD or s in COUNTED_CASES) and s not in subjects
            ),
        ]
    if (
        "decides" in attrs
        and not set(seg.subjects) - set(seg.authority)
        # "xã tặng giấy khen cho doanh nghiệp": the firm itself is given, by the xã
        and not seg.for_whom
        and not any(e.startswith("giay_khen") for e in parts.named_all)
    ):
        # "Hội viên … là công nhân công ty tư nhân …, được công ty bình LĐTT. Ông ấy hỏi có
        # cần xã ký quyết định không": a part naming only who is claimed to decide asks of the
        # firm's worker or the force's member the letter told, whose decider is their own
        # (Luật 2022 Điều 80 khoản 4, 5; task h197)
        told = [s for s in built.all_subjects if s in _OWN_DECIDERS and s not in subjects]
        subjects = [*told, *subjects]
    if seg.yesno and LEVELS & set(subjects) and not _FORCES_TOLD & set(subjects):
        # "dân quân thường trực đạt chiến sĩ tiên tiến và hoàn thành xuất sắc nhiệm vụ thì có
        # đủ điều kiện CSTĐCS không": the level is the case's, the force told in the other
        # part says whose title and whose decider it is (Luật 2022 Điều 24 khoản 2, Điều 80
        # khoản 5; task h197)
        subjects = [*(s for s in built.all_subjects if s in _FORCES_TOLD), *subjects]
    if seg.yesno and seg.entities:
        # "hợp đồng thì k được LĐTT và nghỉ sinh cũng k được": a yes/no part after that names
        # only a case, no title nor ask, is one more case of this title's question (h357)
        subjects = [*subjects, *_cases_added_after(segments[i + 1 :], subjects)]
    if seg.yesno and subjects and set(subjects) <= COUNTED_CASES:
        # "vừa nghỉ sinh, vừa đi học 2 tháng loại giỏi, có đạt LĐTT k": each time away the
        # letter tells of the one asked about is a case of the question (h357)
        subjects = [
            *subjects,
            *(s for s in built.all_subjects if s in COUNTED_CASES and s not in subjects),
        ]
    if "di_hoc" in subjects and "hoc_sinh" not in subjects and pupil_at_school(built.all_subjects):
        # "em là sinh viên, đang đi học thì có được CSTĐCS không": the schooling asked of is
        # the pupil's told in the part before (h357)
        subjects = ["hoc_sinh", *subjects]
    if rescue_wound(toks) and "nghi_om" in subjects:
        # "bị thương … nằm viện … để cứu người": the stay in hospital is the wound's
        # treatment, not sick leave (task h106)
        subjects = [s for s in subjects if s != "nghi_om"] + ["bi_thuong"]
    if (
        seg.yesno
        and attrs == ["dossier"]
        # "hoàn thành xuất sắc nhiệm vụ, đã đủ LĐTT, … hội đồng xét CSTĐCS cho được k": a
        # level told is the case reviewed as much (h357)
        and CIRCUMSTANCES & set(subjects)
        and council_reviews_case(seg.words)
    ):
        # "hội đồng xét CSTĐCS cho công chức bị kỷ luật cảnh cáo được không": the council
        # reviews the case told; whether it may have the title is asked (task h260)
        attrs = ["eligible"]
    if seg.yesno and set(attrs) <= {"eligible", "criteria"} and papers_back(segments, i):
        # "sếp bảo phải họp hội đồng, lập biên bản … khen đột xuất có cần đầy đủ vậy không":
        # the papers told are what is asked about (task h106)
        attrs = ["dossier"]
    if (
        seg.yesno
        and attrs == ["deadline"]
        and (CIRCUMSTANCES & set(subjects) or RECRUITED.search(" ".join(toks)))
        and consideration_asked(seg.words)
    ):
        # "mới tuyển từ tháng 8, đến tháng 12 bình xét thì có được xét LĐTT không": the
        # months told are the case's service, and whether it may be considered is asked,
        # not when the review is (task h106)
        attrs = ["eligible"]
    if seg.yesno and time_counted(seg.words) and COUNTED_CASES & set(subjects):
        # "nghỉ thai sản có được tính là thời gian công tác để xét LĐTT không": whether the
        # case's time counts is whether the case may be considered; "tính" is no prize
        # reckoning and "thời gian" no deadline here (task h106)
        attrs = ["eligible"]
    return attrs, subjects


def _pairs_added(
    parts: _Parts,
    built: _Pairing,
    seg: Segment,
    entities: list[str],
    attrs: list[str],
    subjects: list[str],
) -> None:
    """The part's pairs, one for each title (narrowed to whom it is asked of) and attribute;
    the same pair asked again is answered once."""
    model = parts.model
    subject = pick_subject(subjects)
    # who gets it ("… cho cán bộ") answers who may be proposed, not who decides
    for_whom = pick_subject(seg.for_whom) or subject
    # "bằng khen Thủ tướng xã có tự tặng được không": the xã's power is what is asked
    authority = "xa" if "xa" in seg.authority else (seg.authority[0] if seg.authority else None)
    if seg.authority[:1] == ["don_vi"]:
        # "trưởng trạm y tế xã tự ký …": the head told first acts; the xã names whose unit
        authority = "don_vi"
    if "hdqt" in seg.authority:
        # "chủ tịch HĐQT công ty … trong xã có được tặng CSTĐCS không": the board's chair
        # is who acts; the xã named is only where the firm is (task h106)
        authority = "hdqt"
    only = seg.yesno and set(attrs) <= {"eligible", "kind"} and only_recipient(seg.words)
    for entity in entities:
        # A title already narrowed by its own words ("giấy khen tập thể") is only narrowed
        # again by a subject in its own part, not by one named for another part.
        narrow = entity in model.narrowed
        # "trường đề nghị giấy khen cho 1 học sinh": whom the part names after "cho" is the
        # recipient the title is narrowed to, not the proposer; beside a unit proposing, the
        # pupil given the award is an individual recipient (task h281)
        recipients = [
            _PUPIL_AS_PERSON.get(s, s) if s in seg.for_whom and seg.before_for else s
            for s in subjects
            if s not in set(seg.before_for) - set(seg.for_whom)
        ]
        targets = specialize(model, entity, seg.subjects if narrow else recipients)
        own_attrs = attrs
        if only and model.fact(entity, "kind") is not None:
            # "giấy khen chỉ tặng cho cá nhân thôi đúng không" claims whom the title is
            # for: read against all its recipients, not narrowed to the one named (h102)
            targets, own_attrs = [entity], ["kind"]
        who = for_whom
        if level_decides(entity, for_whom, subjects):
            who = "httnv"  # the leave counts; the level told decides CSTĐCS (task h475)
        for narrowed in targets:
            for attr in own_attrs:
                attr = existence(model, seg, entity, narrowed, attr)
                pair = Pair(
                    narrowed,
                    attr,
                    subject if attr == "decides" else who,
                    # "X không hay Y": the yes/no is on X; Y is only told
                    seg.yesno and (seg.asked_of is None or entity == seg.asked_of),
                    authority,
                    seg.without,
                    tuple(subjects),
                    denied=any(
                        e == entity and after_chu_not(seg.words, at) for e, at, _ in seg.mentions
                    ),
                )
                at = built.seen.get((narrowed, attr))
                if (
                    at is not None
                    # "mới tuyển cần tối thiểu mấy tháng, nghỉ thai sản có bị trừ không":
                    # asked plainly then as yes/no, each case is still its own part
                    and (pair.yesno or built.pairs[at].yesno)
                    and pair.subject in CIRCUMSTANCES
                    and pair.subject in seg.subjects
                    and pair.subject != built.pairs[at].subject
                    and (built.pairs[at].yesno or built.pairs[at].subject in CIRCUMSTANCES)
                ):
                    # "mới tuyển 3 tháng có xét LĐTT không, nghỉ thai sản có được tính
                    # không": the same question asked again for another case is its own part
                    built.pairs.append(pair)
                    continue
                if at is None:
                    built.seen[(narrowed, attr)] = len(built.pairs)
                    if seg.story:
                        built.from_story.add(len(built.pairs))
                    built.pairs.append(pair)
                    other = _other_persons_case(parts.toks, subjects, pair)
                    if other is not None:
                        # "1 bạn mới tuyển tháng 9, 1 chị bị khiển trách …, 2 người này có
                        # được đưa vào danh sách không": each person's case is its own part
                        built.pairs.append(replace(pair, subject=other))
                elif _asked_of_whom_told(built, at, seg, pair):
                    # "… xã ký LĐTT cho bố em. … Vậy bố em xét danh hiệu gì" with "bố em là dân
                    # quân thường trực" told: the ask says whom it is about; the story's
                    # part said only where (h169)
                    built.pairs[at] = replace(pair, yesno=pair.yesno or built.pairs[at].yesno)
                    built.from_story.discard(at)
                elif seg.yesno and not built.pairs[at].yesno:
                    # "TTLĐXS ai quyết định, xã có ký được không": the same pair asked
                    # again as yes/no is answered once, with the verdict; a bare "sở nói vậy
                    # đúng không" names no level and judges the one told before (task h266)
                    told = built.pairs[at].authority
                    built.pairs[at] = pair if seg.authority else replace(pair, authority=told)


#: what a level does to a sáng kiến or đề tài it recognises ("được xã công nhận")
_RECOGNISES = (["cong", "nhan"], ["nghiem", "thu"], ["xac", "nhan"], ["danh", "gia"])


def _recognised_by(toks: list[str], start: int, end: int) -> bool:
    """ "sáng kiến được (UBND / hội đồng) xã công nhận": the level after "được" recognises a
    sáng kiến or đề tài told before it (task h377)."""
    before = toks[max(start - 3, 0) : start]
    told = " ".join(toks[:start])
    return (
        bool({"dc", "duoc"} & set(before))
        # the verb after the level, or inside its phrase ("xã công nhận" is one cue)
        and any(toks[at : at + 2] in _RECOGNISES for at in range(start + 1, end + 1))
        and any(w in told for w in ("sang kien", "de tai", "skkn"))
    )


#: a person's case that bars or limits a yearly title, each answered on its own
_BARRING_CASES = ("moi_tuyen", "ky_luat", "thai_san", "nghi_om", "di_hoc", "xu_phat")
#: two persons told apart: "1 bạn …, 1 chị …", "2 người này", "cả hai"
#: (task h390: also told by their posts, "1 y sĩ …, 1 điều dưỡng …", or joined by name in the
#: ask, "anh Vinh và chị Thu", "y sĩ mới và điều dưỡng")
_PERSON = (
    r"(?:ban|chi|anh|nguoi|co|thay|em|ong|ba|dong chi|y si|dieu duong|bac si|ho sinh|giao vien"
    r"|gv|ke toan|nhan vien|cong chuc|vien chuc)"
)
_TWO_PERSONS = re.compile(
    rf"\b(?:1|mot) {_PERSON}\b.*\b(?:1|mot) {_PERSON}\b"
    r"|\b(?:2|hai) (?:nguoi|ban|truong hop) (?:nay|do|tren)\b|\bca (?:2|hai)\b"
    rf"|\b{_PERSON} \w+(?: \w+)? va {_PERSON}\b"
)


def _other_persons_case(toks: list[str], subjects: list[str], pair: Pair) -> str | None:
    """The second person's case when a yes/no on a title tells two persons with two barring
    cases (a new hire, a discipline): the pair answers one, this one the other (task h281)."""
    if not pair.yesno or pair.attr != "eligible" or pair.subject not in _BARRING_CASES:
        return None
    others = [s for s in _BARRING_CASES if s in subjects and s != pair.subject]
    if not others or not _TWO_PERSONS.search(" ".join(toks)):
        return None
    return others[0]


@needs(
    lambda pairs, *_: any(
        p.yesno and p.attr == "eligible" and p.subject in _BARRING_CASES for p in pairs
    )
)
def _each_persons_case(pairs: list[Pair], toks: list[str], asked: list[str]) -> list[Pair]:
    """Two persons told apart with two cases of a title's review ("1 anh địa chính bị khiển
    trách tháng 6, 1 chị đi bồi dưỡng 3 tháng loại khá. anh có dc xét k, còn chị thì sao"),
    the yes/no given to the story's pair by the ask after it: each case is its own part, as
    when the ask itself names both (``_other_persons_case``; task h372). ``asked``: the cases
    the asking clauses name ("…, và anh bị khiển trách thì sao"), which may have no title of
    their own to be paired with. The parts follow the order the asks name the cases in, else
    the letter's; each person's part reads its own case only."""
    if not _TWO_PERSONS.search(" ".join(toks)):
        return pairs
    out: list[Pair] = []
    for pair in pairs:
        if not pair.yesno or pair.attr != "eligible" or pair.subject not in _BARRING_CASES:
            out.append(pair)
            continue
        done = {p.subject for p in pairs if p.entity == pair.entity and p.attr == pair.attr}
        named = [c for c in dict.fromkeys(asked) if c in _BARRING_CASES]
        if len(named) == 1:
            # "… 1 cô bị khiển trách. Cô bị khiển trách có đưa vào danh sách không": the ask
            # singles out one person's case
            out.append(pair)
            continue
        told = list(dict.fromkeys([*asked, *pair.cases]))
        others = [c for c in told if c in _BARRING_CASES and c not in done]
        if not others:
            out.append(pair)
            continue
        group = [pair, *(replace(pair, subject=c, cases=(c,)) for c in others[:1])]
        group.sort(key=lambda p: told.index(p.subject) if p.subject in told else len(told))
        out.extend(group)
    return out


#: subjects that say where the title is given, not who has it
_PLACE_SUBJECTS = frozenset({"xa", "thon"})
#: subjects that are no one person's case: a household or a collective told in the ask is not
#: the person a story's title was for
_NOT_A_PERSON = _PLACE_SUBJECTS | {"tap_the", "ho_gia_dinh"}


def _asked_of_whom_told(built: _Pairing, at: int, seg: Segment, pair: Pair) -> bool:
    """The asking part pairs again what a told part paired with a place for its subject, and
    names a person's case of its own."""
    return (
        at in built.from_story
        and not seg.story
        and bool(seg.subjects)
        and built.pairs[at].subject in _PLACE_SUBJECTS
        and pair.subject is not None
        and pair.subject not in _NOT_A_PERSON
    )


def _pairs_adjusted(parts: _Parts, pairs: list[Pair]) -> tuple[list[Pair], int | None, bool]:
    """The pairs read against the whole question: shares, routes, runs, who signs, the
    reform told; returns them with the count of years told and whether the reform is
    asked as a yes/no."""
    question, model, toks, spans, segments, named_all, reform = (
        parts.question,
        parts.model,
        parts.toks,
        parts.spans,
        parts.segments,
        parts.named_all,
        parts.reform,
    )
    pairs = share_of_collective(pairs, named_all, model, toks)
    pairs = prize_with_its_base(pairs, model)
    pairs = route_asked(pairs, [w for seg in segments if not seg.story for w in seg.words])
    pairs = route_with_paper_lacking(pairs, question)
    pairs = besides_asked(pairs, toks, model)
    pairs = denied_object_put_up(pairs, question, model)  # task h238
    pairs = rescue_as_case(pairs)  # task h243
    count = run_count(toks)  # a pass over the question, and the Reading needs it again below
    if count is not None:
        pairs = held_title_counts(pairs, named_all, model)
    # the pairs asked yes/no by their own words, before a "làm vậy có được không" lends its
    # yes/no to every pair of the story
    asked_own = {(p.entity, p.attr) for p in pairs if p.yesno or not parts.referring}
    if parts.referring:
        pairs = [replace(p, yesno=True) for p in pairs]
    # the cases the closing sentence names ("e hỏi chị nghỉ sinh có bị loại k, và anh bị khiển
    # trách thì sao"), read apart from the story's
    ends = [i for i, t in enumerate(toks[:-1]) if t in (".", "?", "!")]
    closing = f" {' '.join(filter(str.isalnum, toks[ends[-1] + 1 if ends else 0 :]))} "
    asked_cases = [
        c
        for seg in segments
        if seg.words and f" {' '.join(seg.words)} " in closing
        for c in seg.subjects
    ]
    pairs = _each_persons_case(pairs, toks, asked_cases)  # task h372
    pairs = told_rule_put_up(pairs, segments)
    pairs = single_payment_pairs(pairs, question)  # task h119
    pairs = amount_pairs(pairs, question, model)  # task h119
    pairs = prizes_beside(pairs, question, parts.named_all, model)
    pairs = paid_sum_judged(pairs, question)
    pairs = paid_sum_unpriced(pairs, question, model)
    pairs = payer_put_up(pairs, question, toks, model)
    pairs = fund_kept(pairs, toks, model)  # task h256, h328
    pairs = fund_read_as_title(pairs, toks, model)  # task h341
    pairs = compared_form_told(pairs, toks, model)  # task h341
    pairs = tax_leads(pairs)  # task h341
    pairs = fund_prize_of_form_told(pairs, toks, model)  # fixer f48l
    pairs = each_recipient_priced(pairs, toks, model)  # task h341
    pairs = counted_recipients_priced(pairs, question, model)  # task h401
    pairs = centre_route_put_up(pairs, question)  # task h244
    pairs = run_toward(pairs, toks, spans, model)
    if asker_directs(toks):
        pairs = director_decides(pairs)
    pairs = chair_gives_form(pairs, toks, model)
    pairs = case_given_by_xa(pairs, toks, model)  # task h402
    pairs = council_chair_claimed(pairs, toks, model)
    pairs = council_role_claimed(pairs, toks, model)
    pairs = assessor_claimed(pairs, toks, model, named_all)  # task h195
    pairs = uncapped_beside_owner(pairs, toks, model)  # task h195
    pairs = shares_each_put_up(pairs, question, model)  # issue 11, h299
    pairs = state_honour_claimed(pairs, toks, model, named_all)
    pairs = honour_existence_asked(pairs, toks, model)
    pairs = next_form_asked(pairs, toks, model)  # task h346
    pairs = xa_bang_khen_asked(pairs, " ".join(toks))  # task h346
    pairs = level_proposed_to(pairs, toks, model)  # task h323
    pairs = revoker_asked(pairs, toks)
    pairs = revoked_after_given(pairs, toks)  # task h198
    pairs = wrong_award_handled(pairs, question)  # task h235
    pairs = vote_share_asked(pairs, question)  # task h401
    pairs = missing_paper_asked(pairs, question)  # task h401
    pairs = asked_route_over_story(pairs, question)  # task h401
    pairs = routed_decider(pairs, toks, model)  # task h167
    pairs = council_signs_claimed(pairs, toks, model)  # task h167
    pairs = bare_chair_claimed(pairs, toks)  # task h167
    pairs = chair_put_up(pairs, toks)  # task h356
    pairs = own_honour_claimed(pairs, toks, model)
    pairs = barred_case_signed(pairs, toks, model)  # task h236
    pairs = firm_decides_for_staff(pairs, toks)  # task h258
    pairs = review_place_asked(pairs, toks)  # task h419
    pairs = held_route_asked(pairs, toks)  # task h419
    pairs = xa_asked_to_sign(pairs, toks)  # task h258
    pairs = considered_by_standard(pairs, toks)  # task h258
    pairs = firm_workers_khoan_3(pairs, toks)  # task h258
    pairs = barred_person_given(pairs, model)  # task h258
    pairs = firm_registers(pairs, toks)  # task h278
    pairs = decider_counted(pairs, toks, model)  # h345
    pairs = share_rounded(pairs, toks, model)  # h345
    pairs = specific_claim_leads(pairs, toks)  # task h344
    pairs = lost_paper_leads(pairs, question, model)  # task h344
    pairs = sanction_claim_leads(pairs, question)  # task h422
    pairs = refusal_judged_leads(pairs, question, model)  # task h422
    pairs = copies_lead(pairs, question)  # task h422
    if any(p.yesno for p in pairs):
        # "… có đúng vậy k, căn cứ văn bản nào": the claim's verdict leads, its sources after
        # (task h219)
        pairs = sorted(pairs, key=lambda p: p.attr == "article" and not p.yesno)
    if REGISTRATION in model.entities and registration_excludes(toks):
        pairs = registration_rule(pairs)
    pairs = title_registered(pairs, toks)  # task h126
    held_years = held_years_rule(named_all, model) if count is not None else None
    if held_years is not None and _held_run_only_told(segments, *held_years):
        held_years = None
    if held_years is not None and any(p.yesno for p in pairs):
        # "GĐVH 3 năm liền thì được xã tặng giấy khen, có phải vậy không", told over several
        # sentences: the years of the title held are the old rule for the other form, which
        # the held title's own fact states (task h102)
        held, award = held_years
        pairs = [
            Pair(award, "consecutive", f"dat_{held}", True),
            *(p for p in pairs if not p.yesno and p.attr not in _HELD_YEARS_BESIDE),
        ]
    for key in _QUESTION_WIDE:
        if any(p.yesno and p.attr == key for p in pairs):
            # "BK tỉnh có được tặng kèm GK xã cho cùng thành tích không": the rule of one
            # achievement, one form (Luật Điều 5) is asked; who may have either form, or the
            # prize of several titles, is not, in whichever part "cùng" split it off (h102)
            # a yes/no of its own on repeating ("…, còn 1 hình thức tặng nhiều lần được không")
            # is another part, and stays; one that only points back at the story is no part
            # of its own ("… đồng thời đề nghị bằng khen cho đúng thành tích đó. Làm vậy có
            # được không": h169)
            dropped = model.overrides.get(key, frozenset())
            pairs = [
                p
                for p in pairs
                if p.attr not in dropped
                or (p.yesno and (p.entity, p.attr) in asked_own and p.attr not in _NOT_ASKED_BESIDE)
            ]
    reform_yesno = reform and any(s.yesno for s in segments)
    if (
        reform_yesno
        and (
            district_only_told(segments)
            # "bỏ huyện rồi thì LĐTT có bị bỏ luôn không" asks what went with the district
            or (district_aside(segments, toks) and not gone_with_district_asked(question))
        )
        and not former_still_asked(segments, toks)
    ):
        # "thôn văn hóa trước do huyện công nhận, nay xã có quyền công nhận không": the
        # district is told as the past; the xã's power now is asked, which the parts answer
        reform_yesno = False
        pairs = xa_acting([replace(p, reform_told=True) for p in pairs], model, self_acting(toks))
    # s49a: each pair test below comes before the reader of the words it guards: the step turns
    # only pairs of the kind tested, so with none the reader's answer changes nothing
    if any(p.attr == "money" for p in pairs) and heard_figure_put_up(question):
        # "nghe nói giấy khen tập thể 0,6 lần lương cơ sở, vậy thôn e dc bn": the figure heard
        # is put up, then the sum asked (task h372)
        pairs = [replace(p, yesno=True) if p.attr == "money" else p for p in pairs]
    if (
        any(p.attr in FIGURED for p in pairs)
        and still_figure_put_up(question)
        and (QUESTION_WORDS & set(toks) or ("bao", "nhieu") in pairwise(toks))
    ):
        # "CSTĐCS được bao nhiêu tiền, vẫn 2.340.000 như năm ngoái à": how much is asked and
        # the remembered figure put up as still holding; the figure gets its yes/no
        pairs = [replace(p, yesno=True) if p.attr in FIGURED else p for p in pairs]
    if not reform_yesno and any(p.attr == "decides" for p in pairs) and xa_self_deciding(toks):
        # "giờ xã có được tự ra quyết định thôn văn hóa không": the xã is told deciding on its
        # own, not asked about as a recipient of the title (task h114)
        pairs = xa_acting(pairs, model, acting=True)
    pairs = xa_of_village_title(pairs, toks, model)
    # a length claimed against the decision asks its time limit (task h261)
    pairs = limit_asked(pairs, question)
    if xa_signer_claimed(toks):
        pairs = xa_signer_pairs(pairs)
    if any(p.attr == "money" for p in pairs) and prize_figure_claimed(question, toks):
        pairs = figure_on_prize(pairs)
    if reform:
        pairs = _story_eligible_dropped(pairs)
    return pairs, count, reform_yesno


def _story_eligible_dropped(pairs: list[Pair]) -> list[Pair]:
    """ "LĐTT năm 2025 trước là huyện xét, nay chủ tịch xã ký QĐ …, chi mỗi người 710.000 đúng
    k": beside the reform told, the title's prize is put up; who may have the title, read off
    the story's "xét", is not asked (task h255)."""
    priced = {p.entity for p in pairs if p.attr == "money" and p.yesno}
    return [p for p in pairs if not (p.attr == "eligible" and not p.yesno and p.entity in priced)]


def _asked_after_mishap(parts: _Parts) -> str | None:
    """ "sở trả hồ sơ vì xã nộp bản photo, hồ sơ phải nộp bản chính đúng k": a story that tells
    what went wrong, then an ask of its own. The claim (figures, papers, negations) is read
    from the ask alone: the story's "bản photo", "45 %" or "thiếu biên bản" are what happened,
    not what the asker claims (h273 family 1). None when no such story is told, or the ask only
    points back at it ("vậy có đúng không")."""
    start = parts.asked_from
    if start is None or not mishap_told(parts.toks[:start]):
        return None
    asked = parts.toks[start + 1 :]
    # the story ends at a break, or at the "vậy" that opens the ask (kept in the words)
    words = [t for t in parts.toks[start:] if t not in BREAKS]
    if all(w in TAIL_WORDS for w in words) or refers_back(words) or "vay" in words[1:]:
        # "…, đúng không ạ": a bare yes/no tail asks of the whole letter
        # "khen đột xuất có thật sự cần đầy đủ vậy không": "vậy" inside the ask points back at
        # the story; one opening it ("…, vậy hồ sơ phải nộp bản chính à") only says "so"
        return None
    if _REVOKE_ASKED.search(" ".join(words)):
        # "nhà cháy mất bằng LĐTT, danh hiệu có bị hủy không": whether the award falls is
        # asked of the mishap itself (a lost paper cancels nothing, Luật 2022 Điều 93)
        return None
    typed = _typed_after(parts.question, parts.toks[: start + 1])
    if typed is not None:
        return typed
    # the words are cut at every mark: a figure's own mark ("1,5", "3.800.000") is joined back
    return _FIGURE_MARK.sub(r"\1\2", " ".join(asked))


def _typed_after(question: str, told: list[str]) -> str | None:
    """The question as typed (folded) after the break that ends ``told``: the words rebuilt
    from the tokens lose a figure's zeros ("760.000" is cut "760 . 0"), which then claims
    760 đồng. The break is found by counting marks, which spelling never adds or drops; None
    when ``told`` does not end at a mark or the count runs past the question."""
    if not told or told[-1] not in BREAKS:
        return None
    wanted = sum(1 for t in told if t in BREAKS)
    folded = fold(question)
    for seen, found in enumerate(_MARK.finditer(folded), start=1):
        if seen == wanted:
            return folded[found.end() :] if found.group() == told[-1] else None
    return None


#: an ask whether the award falls: its mishap told is the case the revoking rule weighs
_REVOKE_ASKED = re.compile(
    r"\b(?:huy|thu hoi|thu lai|tra lai|nop lai|tuoc|mat (?:\w+ )?danh hieu)\b"
)
#: the marks the tokens keep as breaks
_MARK = re.compile(r"[,;?.!\n]")
#: a mark inside a figure, as the words cut it ("1 , 5")
_FIGURE_MARK = re.compile(r"(\d) ([.,]) (?=\d)")


def _reading(parts: _Parts, pairs: list[Pair], count: int | None, reform_yesno: bool) -> Reading:
    """The ``Reading`` handed to the composer."""
    question, toks, segments, reform = parts.question, parts.toks, parts.segments, parts.reform
    entities = list(dict.fromkeys(e for s in segments for e in s.entities))
    told = [w for seg in segments for w in seg.words]
    coverage = parts.claimed / max(parts.words, 1)
    # "… bao nhiêu tiền cho 1 người": with the amount asked, a count of whom the prize is for
    # states no figure (told alone, "khen cho 60 người", it stays one: the yes/no may be about
    # something else told, and a bare "Có" would then answer the money)
    amount_asked = "bn" in toks or ("bao", "nhieu") in pairwise(toks)
    figure = figure_told(toks, amount_asked)
    after_mishap = _asked_after_mishap(parts)
    return Reading(
        after_mishap or question,
        pairs,
        reform,
        reform_yesno,
        entities,
        coverage,
        count,
        figure,
        decided_on(question),
        # who asks is told, not asked: "trường em" in "bên trường em hỏi chút, …" is no unit
        # the question asks of (``local_rule`` reads the asked words for one)
        " ".join([w for seg in _asking(segments) if not seg.story for w in seg.words]),
        months_served(told) if RECRUITED.search(" ".join(told)) else None,
        next(
            (
                v
                for at, seg in enumerate(segments)
                if seg.yesno and (v := same_title_compared(seg, segments[at - 1] if at else None))
            ),
            None,
        ),
        question if after_mishap else "",
    )


#: task h388: "vậy c đủ đk đề nghị CSTĐCS chưa hay phải hoàn thành xuất sắc nhiệm vụ nữa": the
#: first option asks whether the case told is enough; the level after "chưa hay" is the other
#: answer offered, not a level the asker claims required
_ENOUGH = frozenset({"dk", "dieu", "chuan", "tieu"})


def _enough_asked_before_or(toks: list[str], start: int) -> bool:
    """Whether "đủ điều kiện / đủ chuẩn / đủ tiêu chuẩn" is asked just before the "chưa hay" /
    "không hay" that offers the level at ``start``."""
    before = toks[max(start - 14, 0) : start]
    ors = [i for i, w in enumerate(before) if w == "hay"]
    if not ors:
        return False
    head = before[: ors[-1]]
    return any(w == "du" and nxt in _ENOUGH for w, nxt in pairwise(head))
