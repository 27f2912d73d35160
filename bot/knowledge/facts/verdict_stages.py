"""The composer's stages that decide a block's verdict ("Có", "Không", "Tùy").

``verdict_decided`` runs only when the pair asks a yes/no the facts can answer; it starts from the
fact's own verdict (or what its opener implies) and turns it, stage by stage, by what the question
tells: who decides, a share of holders, a route or a run of years, an initiative's reach, the
case told, a negation or a local rule. The last stage writes the verdict in front of the body.
"""

from __future__ import annotations

import dataclasses
import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.act_judged import ACT_JUDGED, ACT_JUDGED_H266, award_named_only
from bot.knowledge.facts.act_judged import ACT_JUDGED as _ACT_JUDGED
from bot.knowledge.facts.act_judged import act_judged as _act_judged
from bot.knowledge.facts.amounts import bases_compared
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import (
    FIRM_PAYS,
    commune_award_paid,
    commune_school_told,
    commune_unit_told,
    decider_level_told,
    different_deeds_told,
    firm_gives_told,
    payer_claimed,
    repeat_denied,
    route_offered,
    stand_in_signer,
)
from bot.knowledge.facts.bound_kind import bound_flipped
from bot.knowledge.facts.cases import CIRCUMSTANCES
from bot.knowledge.facts.claim import (
    alone_claimed_left,
    besides_required,
    claimed_amounts,
    criterion_quoted,
    enough_claimed,
    every_clause_named,
    figure_verdict,
    insufficient,
    joined_besides,
    main_clause_claimed,
    prerequisite_not_in,
    unmet,
    values_denied,
)
from bot.knowledge.facts.claim_stages import ONE_WAY_NOT_REQUIRED
from bot.knowledge.facts.claimed_deciders import (
    PRIZE_TAKEN_BACK,
    asker_decides,
    awarding_level,
    centrally_awarded,
    chair_after_council_claimed,
    chair_named,
    council_decides_claimed,
    council_reviews_claimed,
    council_role_stated,
    former_name,
    holder_verdict,
    honour_revoker,
    ministries_hold,
    participant_named,
    prize_kept_claimed,
    province_details_claimed,
    revoker_told,
    revoker_verdict,
)
from bot.knowledge.facts.claimed_papers import direct_verdict, fuller_report_asked, sends
from bot.knowledge.facts.claimed_runs import broken_run_told, run_claimed_required, run_routes
from bot.knowledge.facts.clauses import first_option
from bot.knowledge.facts.confirmed import confirmed_verdict, old_figure_said
from bot.knowledge.facts.criteria import (
    PROVINCE_DETAILS_NOTE,
    REQUIREMENTS,
    either_route_claimed,
    in_fact_words,
    initiative_required_claimed,
    lacks_initiative,
    level_short_without,
    local_rule_claimed,
    no_one_reached,
    requirement_claimed,
    requirement_loss_reported,
    route_unrecognised,
    title_need_denied,
)
from bot.knowledge.facts.draft import Block, Draft
from bot.knowledge.facts.firm_staff import firm_acts_itself, informal_employer_told
from bot.knowledge.facts.fund_share import fund_share_verdict
from bot.knowledge.facts.gatekeeping import (
    PAID_ALIKE,
    enough_restated,
    paid_by_employment,
    removal_said,
    stricter_claimed,
)
from bot.knowledge.facts.in_force import in_force_verdict
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.opener import (
    capitalized,
    judges_a_saying,
    with_verdict,
    without_opener,
    without_tuy,
)
from bot.knowledge.facts.own_ask import BOTH_PAID_NOTE, both_paid_asked, told_persons_asked
from bot.knowledge.facts.own_figures import own_figures_clause
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.pair_adjusters import council_signing_told, fund_denied
from bot.knowledge.facts.part_claims import BODIES
from bot.knowledge.facts.participation import joining_verdict
from bot.knowledge.facts.permission import (
    LAW_ITSELF,
    adverse_to_may,
    allowed_by_fact,
    breaks_rule,
    claims_penalty,
    claims_voluntary,
    dropped_claimed,
    exemption_of_tax,
    late_told,
    none_exists,
    not_needed,
    registration_left_to_province,
    registration_part_judged,
    registration_review_asked,
    substitutes,
    unrequired,
)
from bot.knowledge.facts.prerequisite import lower_title_held, prerequisite_lacked
from bot.knowledge.facts.ratio_base import base_verdict
from bot.knowledge.facts.ratios import (
    cap_left_to_province,
    cap_size_asked,
    count_claim_right,
    exemption_claimed,
    own_case_asked,
    own_max_asked,
    own_minimum_claimed,
    province_cap_binds,
    province_may_cap,
    ratio_verdict,
    share_asked,
    share_denied_told,
    threshold_claimed,
)
from bot.knowledge.facts.records import counts_as, record_held, run_told_short
from bot.knowledge.facts.reform_claim import abolition_as_reason
from bot.knowledge.facts.registration import (
    REGISTRATION,
    province_power_denied,
    province_requires_registration,
)
from bot.knowledge.facts.rescue import deed_told
from bot.knowledge.facts.restated import (
    RESTATABLE,
    claim_put_up,
    condition_restated,
    content_restated,
    denied_before,
    double_payment_asked,
    held_right_claimed,
    prohibition_restated,
    removal_restated,
    shortfall_put_up,
    single_payment_claimed,
)
from bot.knowledge.facts.review_period import period_verdict
from bot.knowledge.facts.revoke_actors import (
    firm_award_told,
    firm_head_acts,
    revoke_actor_verdict,
)
from bot.knowledge.facts.revoke_grounds import (
    RESTORED_NOTE,
    SANCTIONS_NOTE,
    award_kept_claimed,
    criminal_asked,
    honour_restored,
    no_ground_note,
    sanctions_limited,
)
from bot.knowledge.facts.routes import (
    case_met,
    excellent_without_initiative,
    reach_lacked,
    reach_short,
    route_in_criteria,
    route_stated,
    told_not_this,
)
from bot.knowledge.facts.rule_setter import XA_SETS_NOT, xa_sets_criteria_claimed
from bot.knowledge.facts.same_deed import once_only_said, year_title_beside_deed
from bot.knowledge.facts.service import service_start_told
from bot.knowledge.facts.signer_claimed import other_signer_claimed
from bot.knowledge.facts.turns import (
    claimed_loss,
    leaning_dropped,
    level_joined_route,
    level_sufficiency,
    list_put_up,
    local_rule,
    negated_claim,
    negation_confirmed,
    reported_denial,
    saying_judged,
    stressed_denial,
    who_denied,
)
from bot.knowledge.facts.verdict import asks_yesno, verdict_of
from bot.knowledge.facts.words import NOT_SPELLED

__all__ = ["ACT_NOTES", "HONOUR_REVOKER", "act_verdict", "verdict_decided"]


def verdict_decided(draft: Draft, block: Block) -> None:
    """The verdict of a yes/no the facts can answer: what the fact says, then turned by what the
    question tells, stage by stage."""
    model, reading, repealed = draft.model, draft.reading, draft.repealed
    pair, fact, body, claim, claimed, denial = (
        block.pair,
        block.fact,
        block.body,
        block.claim,
        block.claimed,
        block.denial,
    )
    block.told_case = told_not_this(model, pair, reading.question)
    # After the reform block has said "Không", a "who decides now" part must not say "Có".
    if (
        # "… tiền thì khỏi trả, đúng không": a claim on what a revocation takes back is put up
        # for a verdict even when the closing ask went to another part (task h214)
        (
            pair.yesno
            or prize_kept_claimed(pair, reading.question)
            or registration_part_judged(pair, reading.question)
            # "cơ quan e 30 người thì dc tối đa bao nhiêu LĐTT": the own unit's maximum is
            # answered "Tùy" as its province's quy chế decides (task h401)
            or (pair.attr == "cap" and own_max_asked(reading.question))
            # "về CSTĐCS bây giờ giới hạn bao nhiêu %": the cap's size asked bare, "Tùy" the
            # same way (task f194b)
            or (pair.attr == "cap" and cap_size_asked(pair, reading.question))
            # "… làm tròn thành 2.020.000, e chi luôn nhé": a rounding the asker is about to
            # pay, judged as a claim put up (task h433)
            or (pair.attr == "rounding" and claimed is not None)
        )
        and not repealed
        and (
            claimed
            or denial
            or fact.verdict
            or fact.coefficients
            or verdict_of(body)
            or not_needed(reading.question, body)
            or none_exists(claim, body)
            or direct_verdict(claim, body)
            # "hồ sơ đột xuất có phải báo cáo đầy đủ như tổng kết năm k" (task h356)
            or (pair.attr == "dossier" and fuller_report_asked(reading.question, body) is not None)
            or pair.authority in ("tw", "hdqt")
            or (pair.attr == "submit" and sends(reading.question, body))
            or block.told_case is not None
            # "tiền thưởng giấy khen xã chi à": a level claimed to pay is weighed below
            # against the level that decides (task h115)
            or (pair.attr == "payer" and payer_claimed(reading.question) is not None)
            or (pair.attr == "chair" and holder_verdict(claim, body) is not None)
            or (pair.attr == "chair" and chair_named(claim, body) is not None)
            or (pair.attr == "chair" and participant_named(claim, body) is not None)
            # "hội đồng … làm nhiệm vụ tham mưu, tư vấn … phải không" (task h118)
            or council_role_stated(model, pair, reading.question, body)
            or (pair.attr not in _NO_CONFIRM and confirmed_verdict(claim, body, model))
            # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k" (task h137)
            or province_details_claimed(pair, reading.question, body)
            # "tiêu chuẩn GĐVH do đâu quy định, xã tự đặt ra được k" (task h358)
            or (pair.yesno and _xa_sets_criteria(pair, reading.question, body))
            # "… nhưng không ai đạt CSTĐCS, có đủ chuẩn TTLĐXS không": a requirement told unmet
            or (
                pair.attr in ("eligible", "criteria")
                and (criteria_fact := model.fact(pair.entity, "criteria")) is not None
                and no_one_reached(reading.question, criteria_fact.text, model) is not None
            )
            # "… hoàn thành tốt nhiệm vụ trở lên và tích cực thi đua là đủ tiêu chuẩn LĐTT
            # đúng không": every clause of the criteria claimed enough (task h107)
            or (
                pair.attr in ("eligible", "criteria")
                and (criteria_fact := model.fact(pair.entity, "criteria")) is not None
                and every_clause_named(claim, criteria_fact.text)
            )
            # "40 giáo viên, 18 người đạt LĐTT, vậy có đạt tiêu chuẩn TTLĐTT không": the
            # head-count told decides against the title's minimum share, whichever of its
            # attributes (who may have it, its criteria, its ratio) the yes/no names
            or (
                pair.attr in ("eligible", "cap", "criteria")
                and ratio_verdict(reading.question, model, pair.entity) is not None
            )
            or _part_of_criteria_asked(model, pair, claim)
            or _criteria_clause_told(model, pair, reading.question, claim)
            or _restated_verdict(model, block) is not None
            # "chỉ hoàn thành nhiệm vụ, có đúng tiêu chuẩn không" (task h239)
            or _case_short_of_criteria(model, pair) is not None
            # "y sĩ … hoàn thành tốt nhiệm vụ, tích cực thi đua, có đủ chuẩn LĐTT không"
            or _case_meeting_criteria(model, pair, reading.question) is not None
            or _route_short_of_criteria(model, pair, reading.question) is not None
            or _level_short_told(model, pair, reading.question) is not None
            # "đạt CSTĐCS 2023, 2025, 2026 … vẫn tính 3 lần đúng k": a run told broken
            # decides the criteria that have no verdict of their own (task h196)
            or broken_run_told(model, pair, reading.question)
            # "tỉnh có quy chế giới hạn … 20 %, xã có phải theo không" (task h196)
            or province_cap_binds(pair, reading.question)
            # "chi thường xuyên 20 tỷ, quỹ 500 triệu có vượt không" (task h220)
            or _fund_share_told(pair, reading.question, body)
            # "người cao tuổi có được tham gia thi đua không" (task h328)
            or (pair.attr == "parties" and joining_verdict(reading.question) is not None)
            # "TTHC … có thời hạn giải quyết cố định bn ngày k": the province's days (task h476)
            or _fixed_days_asked(block, reading.question)
            # "giờ phải căn cứ NĐ 152/2025 đúng k" (task h370)
            or (
                pair.attr == "in_force"
                and in_force_verdict(reading.question, fact.text, tuple(model.replaced)) is not None
            )
        )
        # the reform told only as the reason of a saying ("… do Sở Nội vụ ký vì k còn huyện,
        # đúng k"): the reform block has no verdict, so who decides is judged here (h320)
        and not (
            reading.reform
            and pair.attr == "decides"
            and not pair.reform_told
            and not (draft.premise_at is not None and abolition_as_reason(reading.question))
        )
    ):
        _verdict_opened(draft, block)
        _verdict_of_who_decides(draft, block)
        _verdict_of_ratio_route_and_run(draft, block)
        _verdict_of_reach_and_criteria(draft, block)
        _verdict_of_prerequisite_lacked(draft, block)
        _verdict_of_short_case(draft, block)
        _verdict_of_initiative_required(draft, block)
        _verdict_of_case_told(draft, block)
        _verdict_of_denial_told(draft, block)
        _verdict_of_period_told(draft, block)
        _verdict_of_wrong_asked(draft, block)
        _verdict_of_act_judged(draft, block)
        _verdict_of_case_voted(draft, block)
        _verdict_of_fuller_report(draft, block)


def _verdict_of_fuller_report(draft: Draft, block: Block) -> None:
    """ "hồ sơ đột xuất có phải báo cáo thành tích đầy đủ như tổng kết năm k": the fact says a
    summary is enough (Luật 2022 Điều 85), whatever a stage read of "báo cáo thành tích" as a
    paper of the list (task h356)."""
    if block.pair.attr != "dossier":
        return
    verdict = fuller_report_asked(draft.reading.question, block.body)
    if verdict is None:
        return
    block.verdict = verdict
    block.body = with_verdict(verdict, without_opener(block.body))


def _xa_sets_criteria(pair: Pair, question: str, body: str) -> bool:
    """The xã claimed to write criteria the province details (task h358)."""
    level = pair.authority or pair.subject
    return xa_sets_criteria_claimed(pair.attr, level, folded_words(question).split(), body)


#: attributes whose fact may say how often the title is reviewed
_PERIOD_ATTRS = frozenset({"deadline", "eligible", "criteria", "repeat"})


def _verdict_of_period_told(draft: Draft, block: Block) -> None:
    """ "GĐVH giờ xét hằng năm, không phải 3 năm 1 lần nữa, đúng k": a period of several
    years claimed or denied for a title the fact says is reviewed yearly (task h305)."""
    if not block.pair.yesno or block.pair.attr not in _PERIOD_ATTRS:
        return
    # the claim put up, not a rival saying told after the ask ("… có bình xét mỗi năm không,
    # có người bảo 3 năm 1 lần")
    verdict = period_verdict(block.claim or "", block.body)
    if verdict is None:
        return
    block.verdict = verdict
    block.body = f"{verdict}. {without_opener(block.body)}"
    block.claimed = None


#: the ask is whether the sum told is wrong: "chi sai thật không", "… là sai phải k", "thưởng
#: như vậy có sai không"
_SUM_WRONG_ASKED = re.compile(
    r"\b(?:chi|tra|tinh|thuong|la|co|bi|vay|the) sai (?:that |roi |het )?"
    r"(?:khong|ko|k|kg|hong|a|ha|chu|phai khong|phai k|phai ko|dung khong|dung k|dung ko)"
    r"(?![\w])"
)
#: "có chi thừa không", "trả thiếu à": the sum told asked to be too much (or too little)
_SUM_OFF_ASKED = re.compile(
    r"\b(?:chi|tra|tinh|thuong|bi|co) (thua|du|qua|thieu|hut) "
    r"(?:khong|ko|k|kg|hong|a|ha|chu|phai khong|phai k|dung khong|dung k)(?![\w])"
)
_SUM = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)")
_PRIZE = re.compile(r"= (\d{1,3}(?:\.\d{3})+) đồng")
_SUM_WRONG = "Số tiền đó chưa đúng."
_SUM_RIGHT = "Số tiền đó đúng."
_SUM_OVER = "Số tiền đó cao hơn mức đúng."
_SUM_UNDER = "Số tiền đó thấp hơn mức đúng."


def _verdict_of_wrong_asked(draft: Draft, block: Block) -> None:
    """ "đã chi mỗi người 710.000, chi sai thật không": the sum told judged wrong ("Không" to
    "is it right") answers "is it wrong" with "Có", and the reverse; "chi 2.030.000, có chi
    thừa không": "Có" when the sum told is above the prize, "thiếu" when below (task h235)."""
    if block.pair.attr != "money" or block.claimed not in ("Có", "Không"):
        return
    if block.verdict != block.claimed:
        return
    said = " ".join(fold(draft.reading.question).lower().split())
    off = _SUM_OFF_ASKED.search(said)
    if off is not None:
        prize = _PRIZE.search(block.body)
        told = [int(m.group().replace(".", "")) for m in _SUM.finditer(said)]
        if prize is None or not told:
            return
        right = int(prize.group(1).replace(".", ""))
        over = off.group(1) in ("thua", "du", "qua")
        wrong = any(t > right if over else t < right for t in told)
        if any(t > right for t in told):
            note = _SUM_OVER
        elif any(t < right for t in told):
            note = _SUM_UNDER
        else:
            note = _SUM_RIGHT
    elif _SUM_WRONG_ASKED.search(said) is not None:
        wrong = block.claimed == "Không"
        note = _SUM_WRONG if wrong else _SUM_RIGHT
    else:
        return
    block.verdict = "Có" if wrong else "Không"
    block.body = f"{block.verdict}. {note} {without_opener(block.body)}"


#: an act judged in the asking clause: an award ("xét LĐTT cho người đó", "khen như vậy")
#: or a refusal by someone ("tỉnh trả hồ sơ", "hội đồng loại tên"), then "(là | có) sai /
#: đúng" asked. A rule's own clause ("… thì không xét LĐTT, đúng k"), a refusal suffered ("bị
#: loại") and a saying reported between ("… vì nghe nói …, vậy có đúng k") are no act judged
def act_verdict(question: str, barred: bool) -> tuple[str, str] | None:
    """The verdict on an award or a refusal the question closes by judging ("tỉnh trả hồ sơ vì
    …, tỉnh trả vậy có đúng k", "xã vẫn công nhận LĐTT cho …, công nhận thế là sai đúng không"),
    given whether the rule bars the case told, with the note saying so; None when no act is
    judged, or an award is asked to be right (the rule's own verdict) (task h266)."""
    said = folded_words(question)
    found = ACT_JUDGED_H266.search(said)
    if found is not None and award_named_only(said, found):
        found = None  # "… phải xin bằng khen tỉnh. Vậy là sai rồi à": a form named (f185b)
    act = (found.group("award") is not None, found.group("judged") == "dung") if found else None
    if act is None:
        # task h422: an act judged in a clause of its own or pointed back at, read only by the
        # refusal and award claims of the facts' own readers (not the "gạch vậy" verbs alone)
        act = _act_judged(question)
        if act is not None and ACT_JUDGED.search(folded_words(question)) is not None:
            act = None
    if act is None:
        return None
    awarded, judged_right = act
    if awarded and judged_right:
        return None
    # an award judged wrong, or a refusal judged right: true when the case may not have it
    verdict = "Có" if barred == (awarded != judged_right) else "Không"
    if awarded:
        return verdict, _AWARD_WRONG if barred else _AWARD_RIGHT
    return verdict, _REFUSAL_RIGHT if barred else _REFUSAL_WRONG


#: the attributes whose verdict says whether the case told may have the title
_CASE_RULES = frozenset({"eligible", "criteria", "cap"})
#: task h422: the rules an act is judged on: the case's, a run told short ("mới có 2 lần"), an
#: initiative claimed missing to cancel the award ("Không bắt buộc" lets it stand)
_ACT_RULES = _CASE_RULES | {"consecutive", "initiative"}


def _verdict_of_act_judged(draft: Draft, block: Block) -> None:
    """ "bị kỷ luật trong năm mà vẫn được LĐTT, vậy xét LĐTT cho người đó là sai phải k": the
    verdict of the rule says whether the case may have the title; the ask judges an act told,
    so an award judged wrong is "Có" when the case may not have it, a refusal judged right is
    "Có" when the case may not have it (task h262)."""
    pair = block.pair
    # task h422: a run told short ("mới có 2 lần CSTĐCS") is judged as the case barred, its
    # block opening "Không." whether or not its part was the yes/no
    if not (pair.yesno or pair.attr == "consecutive") or block.verdict not in ("Có", "Không"):
        return
    if pair.attr not in _ACT_RULES and not (pair.attr == "decides" and pair.authority == "tinh"):
        # task h422: also who decides, asked of the province that sent a xã's title back ("Sở
        # trả vậy có đúng k": "Không" bars the province, so the refusal is right)
        return
    if judges_a_saying(without_opener(block.body)):
        # a saying or the asker's reading of the case was judged already, not the act: its
        # verdict is that judgement, no bar on the case to turn again (stop 40 merge)
        return
    said = draft.reading.asked or folded_words(draft.reading.question)
    act = _ACT_JUDGED.search(said)
    if act is not None and award_named_only(said, act):
        act = None  # a form named in the line told, no award judged (task f185b)
    if act is not None:
        awarded = act.group("award") is not None
        judged_right = act.group("judged") == "dung"
    else:
        found = _act_judged(draft.reading.question)
        if found is None:
            return
        awarded, judged_right = found
    if awarded and judged_right:
        return  # "khen như vậy có đúng không" is the rule's own verdict
    barred = block.verdict == "Không"
    # an award judged wrong, or a refusal judged right: true when the case may not have it
    block.verdict = "Có" if barred == (awarded != judged_right) else "Không"
    if awarded:
        note = _AWARD_WRONG if barred else _AWARD_RIGHT
    else:
        note = _REFUSAL_RIGHT if barred else _REFUSAL_WRONG
    block.body = f"{block.verdict}. {note} {without_opener(block.body)}"


#: the note ``title_required`` writes when the criteria do not require the title claimed
_NOT_REQUIRED_NOTE = "Tiêu chuẩn không đòi hỏi"
_AWARD_WRONG = "Xét tặng trong trường hợp đó là sai quy định."
_AWARD_RIGHT = "Xét tặng trong trường hợp đó không sai quy định."
_REFUSAL_RIGHT = "Trả lại, không xét trong trường hợp đó là đúng quy định."
_REFUSAL_WRONG = "Trả lại, không xét trong trường hợp đó là chưa đúng quy định."
#: the notes an act judged opens with: a rule that judged the act itself drops them (task h393)
ACT_NOTES = (_AWARD_WRONG, _AWARD_RIGHT, _REFUSAL_RIGHT, _REFUSAL_WRONG)


def _fund_share_told(pair: Pair, question: str, body: str) -> bool:
    """The fund and the budget it is capped by both told with sums: their share decides."""
    return pair.attr == "cap" and fund_share_verdict(question, body) is not None


#: a claim closed "… đúng không / phải không / đúng chứ": put up for confirmation
_RIGHT_CLOSED = re.compile(
    r"\b(?:dung|phai)(?: (?:khong|ko|k|hong|chu|chua|nhi))?(?: (?:a|ad|ah|ha))?\s*$"
)


def _need_denied_claimed(draft: Draft, block: Block) -> bool:
    """ "sáng kiến chỉ là một con đường chứ không bắt buộc, đúng không": the claim put up says
    the thing is not needed, as the fact's own "Không bắt buộc …" clause does; that clause
    agrees with the claim rather than denying it."""
    claim = block.claim
    return not_needed(draft.reading.question, block.body) == "Có" and bool(
        _RIGHT_CLOSED.search(folded_words(claim)) or stressed_denial(claim)
    )


def _verdict_opened(draft: Draft, block: Block) -> None:
    """The fact's or its opener's verdict, turned by a permission claimed, a case left open,
    money, a run of years, a requirement lacking, and the claims on volunteering, tax, a
    repeated achievement and a council's role."""
    model, reading, as_of, salaries, paid = (
        draft.model,
        draft.reading,
        draft.as_of,
        draft.salaries,
        draft.paid,
    )
    pair, fact, undecided, claim, claimed = (
        block.pair,
        block.fact,
        block.undecided,
        block.claim,
        block.claimed,
    )
    # a fact with no verdict of its own but an opener that implies one ("Không cần …")
    needless = not_needed(reading.question, block.body)
    block.verdict = (
        # "nghe nói CSTĐCS không cần sáng kiến, phải k" against "Không bắt buộc có sáng
        # kiến": the claim that it is not needed is the fact, whatever "is it needed?"
        # verdict the fact carries (task h185)
        # a bare "LĐTT không cần sáng kiến à" asks the need itself and keeps the fact's verdict
        (
            needless
            if needless == "Có"
            and (_RIGHT_CLOSED.search(folded_words(claim)) or stressed_denial(claim))
            else None
        )
        # "… chứ không còn đăng ký thi đua nữa đúng không": the thing claimed dropped
        or dropped_claimed(claim, block.body, tokens(model.entities.get(pair.entity, "")))
        or fact.verdict
        or verdict_of(block.body)
        or needless
        or none_exists(claim, block.body)
        or direct_verdict(claim, block.body)
    )
    # "tỉnh có được quy định tỷ lệ riêng không" against "Tỉnh có thể quy định tỷ lệ …":
    # the fact's own verdict answers another way of asking (is there a cap?); the case's
    # own checks below (years, shares, routes lacking) still decide
    if block.verdict is None and pair.attr == "submit" and sends(reading.question, block.body):
        # "xã có được đề nghị CSTĐ tỉnh không": the fact names that level as the one
        # sending the proposal
        block.verdict = "Có"
    subject = tokens(model.entities.get(pair.entity, ""))
    # a movement's award toward a yearly title is refused by the law's criteria themselves:
    # "có tự động được LĐTT" finds "tự động" in the refusal, no permission (task h306)
    block.granted = (
        claimed is None
        and pair.attr != "counts_toward"
        and (
            allowed_by_fact(claim, block.body, subject)
            or unrequired(claim, block.body)
            # "… (story with its own 'không') … Vậy tỉnh có được tự quy định tỷ lệ không":
            # the permission is asked in the asking sentence; the story's negations are
            # the case told, not the ask (task h146)
            or (bool(reading.asked) and allowed_by_fact(reading.asked, block.body, subject))
        )
    )
    if block.granted:
        block.verdict = "Có"
    if (
        undecided
        and block.verdict in ("Có", "Không")
        and not (needless == "Có" and _RIGHT_CLOSED.search(folded_words(claim)))
    ):
        block.verdict = "Tùy"  # the rules below may still decide the case (years, ratios)
    elif (
        block.verdict == "Tùy"
        and pair.yesno
        and not pair.without
        and (condition_restated(reading.asked or reading.question, block.body, model, pair.entity))
    ):
        # "khen đột xuất là thành tích ngoài kế hoạch đúng k" against "Chỉ thành tích
        # ngoài kế hoạch … mới khen đột xuất": what the thing is, stated as the very
        # condition the fact's "Tùy" names, is the fact itself (task h121)
        block.verdict = "Có"
    if pair.attr == "money" and fact.coefficients and not fact.verdict:
        # "… có được thưởng tiền không": a coefficient says yes; a figure the question
        # states ("… 1 triệu không") is answered by the amount itself, not a bare "Có"
        block.verdict = None if reading.figure else "Có"
    if pair.attr == "money" and fact.coefficients:
        # "QĐ ký tháng 6/2026 và tháng 12/2026 thì tiền thưởng có khác nhau không": two
        # decisions on either side of a raise are paid on different bases (task h106)
        block.verdict = bases_compared(reading.question, paid, salaries, as_of) or block.verdict
    if (
        block.verdict == "Tùy"
        and pair.attr == "consecutive"
        and fact.years
        and reading.count == fact.years
        and run_claimed_required(reading.question, fact, pair, model)
    ):
        # "phải 3 năm liền CSTĐCS mới được đề nghị CSTĐ tỉnh đúng k": the run the
        # question claims is needed is the fact's own, of the very title it names
        # (Luật 2022 Điều 22 khoản 1 điểm a); the rest of the criteria are still said
        block.verdict = "Có"
    short = fact.years and reading.count == fact.years and run_told_short(reading.question)
    if fact.years and reading.count is not None and (reading.count < fact.years or short):
        block.verdict = "Không"  # "CSTĐCS 2 năm liền có lên CSTĐ tỉnh được không": needs 3
        # the case's own opener ("Có. 02 lần liên tục …") is the rule's, not the answer
        told = (
            "mới đạt 1 lần, "  # "chỉ 1 năm CSTĐCS": a single year is no run
            if reading.count == 1
            else f"{reading.count} năm liên tục, "
        )
        if short:
            # "chưa đủ CSTĐCS 3 lần liên tục": the count named is the rule's, told unmet, so
            # no figure is claimed and none is repeated back as the asker's
            told = ""
            block.claimed = None
        block.body = (
            f"Anh/chị nêu {told}chưa đủ {fact.years:02d} lần liên tục. {without_opener(block.body)}"
        )
    if pair.without and pair.attr in REQUIREMENTS:
        # "có được CSTĐCS mà không có sáng kiến không": "not required" means "yes"
        block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
        if block.verdict in ("Có", "Không") and claimed_loss(reading.question):
            # "không có sáng kiến thì không được CSTĐCS đúng không": the line put up
            # claims the title is lost without it, the negation of "can it be had
            # without it" (task h120)
            block.verdict = "Không" if block.verdict == "Có" else "Có"
            said = "Nhận định đó chưa đúng." if block.verdict == "Không" else "Đúng như vậy."
            block.body = f"{said} {without_opener(block.body)}"
        level_rule = level_short_without(model, pair, reading.question)
        if block.verdict == "Có" and level_rule is not None:
            # "hoàn thành tốt nhiệm vụ mà không có sáng kiến thì được CSTĐCS k": the
            # requirement is not one alone, but the level told reaches the title only
            # by the route told missing (Luật 2022 Điều 23 khoản 2; task h149)
            block.verdict = "Không"
            block.body = without_tuy(level_rule.text)
    if pair.attr == "voluntary" and pair.yesno and claims_voluntary(reading.question):
        # "tham gia thi đua là tự nguyện đúng k": the fact's verdict answers "is it
        # compulsory?"; the claim is its opposite, so the answer turns round (task h118;
        # Luật 2022 Điều 3 khoản 1: tham gia tự nguyện)
        block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
        if block.body.startswith("Không bắt buộc"):
            block.body = f"Tham gia thi đua là tự nguyện, không{block.body[len('Không') :]}"
    if pair.attr == "parties" and block.verdict is None:
        # who may take part in thi đua: anyone, freely (Luật 2022 Điều 3 khoản 1; task h328)
        block.verdict = joining_verdict(reading.question)
    if (
        pair.attr == "sources"
        and block.verdict == "Có"
        and fund_denied(reading.asked or reading.question)
        # a denial reported ("nghe nói xã không có quỹ …") is turned with the others below
        and not reported_denial(claim_put_up(reading.question))
    ):
        # "giờ xã k có quỹ thi đua riêng đúng k": the xã keeps its own fund (task h328)
        block.verdict = "Không"
    if exemption_of_tax(pair, reading.question):
        # "tiền thưởng được miễn thuế TNCN đúng k": exempt is the opposite of taxed, the
        # question the fact's verdict answers (TT 111/2013/TT-BTC; task h142)
        block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
    if pair.attr == "one_achievement" and pair.yesno and repeat_denied(claim):
        # "… thì không đề nghị thêm bằng khen tỉnh cho thành tích đó nữa, đúng k": the
        # claim states the rule (Luật 2022 Điều 5 khoản 2 điểm c; task h138)
        block.verdict = {"Không": "Có"}.get(block.verdict, block.verdict)
    if council_role_stated(model, pair, reading.question, block.body):
        # "hội đồng tđkt xã làm nhiệm vụ tham mưu, tư vấn … phải không": the council's
        # role claimed is the one its fact states (Luật 2022 Điều 90 khoản 4; h118)
        block.verdict = "Có"
        # the body's own "Có, bắt buộc: …" answered "is it required?": drop that word
        for opener in ("Có, ", "Không, "):
            if block.body.startswith(opener):
                block.body = block.body[len(opener)].upper() + block.body[len(opener) + 1 :]


#: the xã's chairman put up, then the village offered as the other way: "… do chủ tịch (UBND)
#: xã quyết định à, hay trưởng thôn công nhận"
_CHAIRMAN_BEFORE_VILLAGE = re.compile(
    r"\bchu tich (?:ubnd )?(?:xa|phuong)\b(?: \w+){0,5} hay (?:la )?(?:do )?"
    r"(?:truong thon|thon|to truong|truong ap|truong ban)\b"
)


def payer_verdict(paying: str, level: str | None) -> str | None:
    """ "bằng khen tỉnh … thì xã có tự chi tiền thưởng được không": the prize is paid from the
    fund of the level that decides (NĐ 152/2025/NĐ-CP), which the title's own "decides"
    fact names (task h108). The general rule claimed ("cấp ra quyết định thì cấp đó chi") is
    right; a district (gone since 01/7/2025), a school or a fund kept for another purpose (quỹ
    khuyến học, quỹ phúc lợi …) pays no such prize (tasks h166, h194)."""
    if paying == "decider":
        return "Có"
    if paying in ("huyen", "truong", "other"):
        return "Không"
    if level is None:
        return None
    return "Có" if paying == level else "Không"


#: the councils whose "decides" fact says they only advise
_COUNCILS_ADVISING = frozenset({"hoi_dong_xa"})
#: what a council does, said when it is claimed to decide (Luật 2022 Điều 90 khoản 4)
_COUNCIL_ADVISES = (
    "Hội đồng Thi đua - Khen thưởng chỉ tham mưu, tư vấn, không quyết định khen thưởng."
)


#: the council asked to pass a case by its vote: "hội đồng có biểu quyết thông qua được k",
#: "bỏ phiếu đồng ý cho trường hợp này được không"
_CASE_PASSED = re.compile(
    r"\b(?:bieu quyet|bo phieu|hoi dong)(?: \w+){0,3}? (?:thong qua|dong y|cho qua|cho dat)\b"
)


#: the parts a vote on a case is read as ("biểu quyết" the vote, "hội đồng … thông qua" the
#: council, "thông qua rồi chủ tịch ký" the decision)
_VOTED_ON = frozenset({"vote", "council", "decides"})


def _verdict_of_case_voted(draft: Draft, block: Block) -> None:
    """ "1 trường hợp … bị cảnh cáo nên không đạt LĐTT, hội đồng có biểu quyết thông qua được
    k": the vote is asked of a case the title's rule bars (its "eligible" fact for the case
    told says "Không"), so no vote passes it (Luật 2022 Điều 23, 24: the standard comes
    before the vote); the rule barring it is said first (task h277)."""
    pair = block.pair
    if pair.attr not in _VOTED_ON or not pair.yesno or pair.subject not in CIRCUMSTANCES:
        # only a case told of the person (discipline, a new hire …) is barred by it; "bỏ phiếu
        # đồng ý LĐTT cho 35 người" names who the title is for, no bar
        return
    if _CASE_PASSED.search(folded_words(draft.reading.question)) is None:
        return
    eligible = draft.model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject) if eligible is not None else None
    if case is None or case.verdict != "Không":
        return
    block.verdict = "Không"
    barred = without_opener(case.text)
    block.body = with_verdict(
        "Không",
        f"{barred} Hội đồng không biểu quyết thông qua trường hợp không đủ tiêu chuẩn."
        f" {without_opener(block.body)}",
    )


#: the province named as the one who does not decide: "k phải do chủ tịch tỉnh ký"
#: task f50l (b190): "k phải trưởng thôn công nhận mà là chủ tịch xã ký": the thôn's head denied
#: the decision, the one after "mà là" asserted (the xã's chairman, Luật 2022 Điều 80 khoản 3)
_VILLAGE_DENIED = re.compile(
    r"\b(?:khong|k|ko|kg) phai (?:do |la )?(?:truong (?:thon|ap|khom|ban|khu pho|to dan pho|tdp)"
    r"|to truong|thon|ap|khom)\b(?: \S+){0,4} ma (?:la |do )?(?:chu tich|ct|ubnd|uy ban)"
    r" (?:ubnd |uy ban nhan dan )?(?:xa|phuong)\b"
)
_PROVINCE_DENIED = re.compile(
    # "k phải tỉnh chi" denies the province as plainly as "k phải do tỉnh" (task f189a)
    r"\b(?:khong|k|ko|kg) (?:phai (?:do )?|do )(?:chu tich |ubnd |uy ban nhan dan |uy ban )*tinh\b"
    r"(?=.*\b(?:dung|phai) (?:khong|k|ko|kg)\b)"
)


#: task f197 (b197): the first of two ways offered claims the file goes up to the province
#: ("xã có phải lập tờ trình gửi tỉnh k hay chủ tịch xã ký luôn"): the xã proposes, the
#: province decides (Luật 2022 Điều 79; the xã sends its tờ trình via Sở Nội vụ)
_UP_TO_PROVINCE_FIRST = re.compile(
    r"\b(?:trinh|gui|nop|chuyen)(?: \w+){0,2}? (?:len |ve )?(?:tinh|so noi vu)\b"
)


def _province_route_offered_first(question: str) -> bool:
    """ "A hay B", A the file sent up to the province: the verdict judges A (task f197)."""
    if "hay" not in tokens(question):
        return False
    offered = first_option(question)
    # only the "A không hay B" form offers A alone; without its "không" the whole question comes
    # back ("bằng khen tỉnh xã tự quyết hay phải trình tỉnh, chủ tịch xã ký được không": the
    # yes/no after the choice is judged, test_h223)
    if offered == question:
        return False
    return _UP_TO_PROVINCE_FIRST.search(folded_words(offered)) is not None


def _verdict_of_who_decides(draft: Draft, block: Block) -> None:
    """Who decides, signs, chairs, revokes or pays, against the level or body the question names."""
    model, reading = draft.model, draft.reading
    pair, claim = block.pair, block.claim
    if (
        pair.attr == "decides"
        and pair.subject == "htx"
        and pair.authority == "xa"
        and (
            pair.entity in _DIRECTOR_TITLES
            # "công ty muốn tự bình xét … gửi lên xã để chủ tịch xã ký không, hay công ty tự
            # ký được": the firm's own giấy khen for its people, not the xã's for the firm
            # (Luật 2022 Điều 80 khoản 4; task h258)
            or (
                pair.entity in _UNIT_TITLES and firm_acts_itself(" ".join(tokens(reading.question)))
            )
        )
        and not asker_decides(reading.question, block.body)
    ):
        # the enterprise's verdict answers "does the director decide?"; asked whether
        # the xã chairman does for its staff, the answer turns round
        block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
    if (
        pair.attr == "decides"
        and pair.authority == "tinh"
        and (block.verdict == "Có" or "tinh" in tokens(block.body))
    ):
        # decides verdicts answer "does the xã decide?"; asked about the province,
        # the answer turns round ("chủ tịch tỉnh có ký TTLĐXS không": Có), unless the
        # fact gives the decision to neither (Chiến sĩ tiên tiến: the two ministries)
        block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
        if centrally_awarded(model, pair.entity):
            # a title the Thủ tướng or the Chủ tịch nước gives is not the province's
            # to sign: the province only proposes it (Luật 2022 Điều 76, Điều 77)
            block.verdict = "Không"
        if _PROVINCE_DENIED.search(folded_words(leaning_dropped(claim))):
            # "chắc CSTĐCS k phải do chủ tịch tỉnh ký đâu nhỉ": the province's act is the one
            # denied, so the verdict judges that denial (task f185a)
            block.verdict = {"Có": "Không", "Không": "Có"}.get(block.verdict, block.verdict)
    if (
        pair.attr == "decides"
        and pair.authority != "tinh"
        and block.verdict == "Không"
        and "tinh" in tokens(block.body)
        and not centrally_awarded(model, pair.entity)
        and _province_route_offered_first(reading.question)
    ):
        # "TTLĐXS thì xã có phải lập tờ trình gửi tỉnh k hay chủ tịch xã ký luôn": the first
        # way offered is the claim, and the fact's "Không" answers the second (the xã's
        # chairman signing); the province deciding, the route claimed is right (Luật 2022
        # Điều 27, 79) (task f197, b197)
        block.verdict = "Có"
    if pair.attr == "decides" and pair.authority == "hdqt":
        # a board's chair gives giấy khen only (Luật 2022 Điều 80 khoản 4), whichever
        # title the claim says it gives
        block.verdict = "Có" if pair.entity in _BOARD_GIVES else "Không"
        block.body = f"{_BOARD_DECIDES} {without_opener(block.body)}"
    if pair.attr == "chair":
        # "… có phải do X làm chủ tịch không": the one claimed against the one the
        # fact names to chair; "X có tham gia bình xét không": X among those the fact
        # names at the meeting (task h95)
        # "chủ tịch mặt trận là thành viên hội đồng k": a seat asked, not the chair (h356)
        seated = " thanh vien " in f" {folded_words(claim)} "
        block.verdict = (
            (participant_named(claim, block.body) if seated else None)
            or holder_verdict(claim, block.body)
            # "họp bình xét GĐVH do chủ tịch xã chủ trì": the one claimed to chair (h220)
            or chair_named(claim, block.body)
            or participant_named(claim, block.body)
            or block.verdict
        )
    if council_decides_claimed(pair, reading.question, block.body):
        # "LĐTT có phải do hội đồng thi đua xã quyết định không": the council advises, the
        # person the fact names decides (Luật 2022 Điều 90 khoản 4)
        block.verdict = "Không"
        if "tham mưu" not in block.body:
            block.body = f"{_COUNCIL_ADVISES} {without_opener(block.body)}"
    if pair.entity in _COUNCILS_ADVISING and chair_after_council_claimed(pair, reading.question):
        # "hội đồng xã xét rồi chủ tịch xã quyết định, đúng k": the claim is the rule
        block.verdict = "Có"
        block.body = f"Có. {without_opener(block.body)}"
    if (
        pair.entity in _COUNCILS_ADVISING
        and block.verdict == "Không"
        and council_reviews_claimed(pair, reading.question)
    ):
        # "nay hội đồng thi đua xã tự xét được k": reviewing and proposing is the council's
        # role (Luật 2022 Điều 90 khoản 4), which its fact states (task h277)
        block.verdict = "Có"
        block.body = f"Có. {without_opener(block.body)}"
    renamed = former_name(model, pair, reading.question)
    if renamed is not None:
        # "còn danh hiệu khu dân cư văn hóa không": the name asked about is no longer in
        # force, whichever title it named; the title in force is said with it
        block.verdict = "Không"
        block.body = f"{renamed} {without_opener(block.body)}"
    revoker = (
        (
            # "Sở Nội vụ có quyền tự hủy không", "xã có hủy LĐTT giám đốc công ty tặng không",
            # "thủ tục hủy do tỉnh quy định": the actor claimed is judged first (task h235)
            revoke_actor_verdict(reading.question)
            or revoker_verdict(model, pair, reading.question)
            or revoker_told(pair, reading.question)
        )
        if pair.attr == "revoke" and pair.yesno
        else None
    )
    if revoker is not None:
        # "chủ tịch xã có hủy được bằng khen của tỉnh không": who may revoke is who
        # awarded (Luật 2022 Điều 93 khoản 8), whatever verb or title the claim uses
        block.verdict, note = revoker
        rest = without_opener(block.body)
        if firm_award_told(reading.question) or firm_head_acts(reading.question):
            # the fact's first sentence names the xã chairman as the awarder, not this award's
            rest = re.split(r"(?<=\.)\s", rest, maxsplit=1)[-1]
        if note:
            block.body = f"{note} {rest}"
    # the mishap told before the ask ("QĐ đánh máy nhầm tên thôn, nghe nói danh hiệu vẫn giữ
    # nguyên đúng k") is in the whole letter when the question was cut to its ask (task h361)
    told = reading.whole or reading.question
    no_ground = no_ground_note(told) if pair.attr == "revoke" and pair.yesno else None
    if no_ground is not None:
        # "được CSTĐCS mà năm sau bị kỷ luật thì danh hiệu năm trước có bị thu hồi không", "làm
        # mất bằng khen thì bị hủy quyết định à", "đang bị điều tra là mất hết danh hiệu": none
        # is a ground to cancel it (Luật 2022 Điều 93; tasks h220, h235)
        block.verdict = "Không"
        block.body = f"{no_ground} {without_opener(block.body)}"
        # task h422: the claim of loss ("coi như chưa được khen", "mất tiền thưởng") is judged
        # here once; a later stage must not turn it again as a claim on the title's case
        block.kept_read = True
        if award_kept_claimed(told):
            # "… vẫn giữ nguyên / vẫn còn nguyên, k bị hủy, đúng k": the claim is that the award
            # stands, which the note says; judged here once, never turned again (task h361)
            block.verdict, block.kept_read = "Có", True
    if prize_kept_claimed(pair, reading.question):
        # "chỉ thu lại giấy chứng nhận, tiền thì khỏi trả": both are taken back
        block.verdict = "Không"
        if "tiền thưởng đều bị thu hồi" not in block.body:  # a hearsay rule may have said it
            block.body = f"{PRIZE_TAKEN_BACK} {without_opener(block.body)}"
    honour = honour_revoker(pair, reading.question)
    if honour is not None:
        # "thủ tướng quyết định tước danh hiệu anh hùng lao động à": only the Chủ tịch
        # nước strips a state honour (Luật 2022 Điều 93 khoản 7), not the level the
        # general revoke rule would pick for "trung ương" (task h121)
        block.verdict = honour
        block.body = f"{HONOUR_REVOKER} {without_opener(block.body)}"
    if pair.attr == "revoke" and pair.yesno and honour != "Không":
        # a body other than the Chủ tịch nước claimed to strip the honour is the first ask
        # ("chủ tịch tỉnh tước được k? nếu tòa tuyên k có tội thì có được trao lại k"): its
        # "Không" stands (b147; task h422)
        _verdict_of_revoke_story(block, reading.question)
    if pair.attr == "decides" and pair.authority == "thon":
        # Luật 2022 Điều 75-80 give every decision to the head of an agency or a
        # chairman of a people's committee: the village reviews and proposes only
        block.verdict = "Không"
        block.body = f"{_VILLAGE_DECIDES_NOTHING} {without_opener(block.body)}"
        if _VILLAGE_DENIED.search(folded_words(leaning_dropped(claim))):
            # "GĐVH k phải trưởng thôn công nhận mà là chủ tịch xã ký quyết định, đúng k": the
            # thôn's head is the one denied and the one asserted decides, which is the rule
            # (task f50l, b190; as _PROVINCE_DENIED for the province)
            block.verdict = "Có"
    paying = payer_claimed(reading.question) if pair.attr == "payer" else None
    if pair.yesno and paying is not None:
        # the general rule's pair names no title: the level told deciding is the one paying
        level = (
            awarding_level(model, pair.entity)
            or decider_level_told(reading.question)
            or commune_award_paid(pair.entity, reading.question)
        )
        firm = paying in ("xa", "tinh") and firm_gives_told(reading.question)
        # "giám đốc công ty tặng LĐTT …, xã có phải chi không": the firm decided, so the
        # firm pays, not the level that usually gives the title (task h286)
        paid = "Không" if firm else payer_verdict(paying, level)
        block.verdict = paid or block.verdict
        if firm:
            block.body = f"{FIRM_PAYS} {without_opener(block.body)}"
    # "giám đốc sở nội vụ tặng LĐTT cho công chức của sở": the Sở Nội vụ is then a
    # provincial department giving its own staff (Luật 2022 Điều 80 khoản 1), not the
    # standing office claimed to sign the province's awards (task h137)
    own_staff = (
        pair.authority == "so_noi_vu"
        and _SO_OWN_STAFF.search(" ".join(tokens(reading.question))) is not None
    )
    if (
        not own_staff
        and pair.attr == "decides"
        and (
            pair.authority == "so_noi_vu"
            # "bằng khen của UBND tỉnh do giám đốc Sở Nội vụ ký hả": the province is named
            # as whose award it is, the Sở as who signs it (task h111)
            or _SO_NOI_VU_SIGNS.search(" ".join(tokens(reading.question))) is not None
        )
    ):
        # "bằng khen tỉnh do Sở Nội vụ ký à": the Sở is where the file goes and who
        # appraises it; a chairman of a people's committee decides (task h108)
        block.verdict = "Không"
        block.body = f"{_SO_NOI_VU_DECIDES_NOTHING} {without_opener(block.body)}"
    signer = (
        stand_in_signer(reading.question)
        if pair.yesno and pair.attr in ("decides", "eligible")
        else None
    )
    if signer is not None:
        # "công chức văn hóa xã có được ký giấy khen thay chủ tịch không": a member of
        # staff claimed to sign, read as a title's part; the chairman decides (h111)
        block.verdict = "Không"
        if "đoàn thể, Mặt trận" not in block.body:
            # a case's own text may say it already ("Người đứng đầu đơn vị, đoàn thể, Mặt trận
            # … không tự quyết định"): said once (task h277)
            block.body = f"{without_opener(signer)} {without_opener(block.body)}"
    if (
        pair.attr == "decides"
        and pair.yesno
        and pair.authority == "htx"
        and pair.entity in _CULTURE_TITLES
    ):
        # "HTX tự tặng GĐVH cho xã viên có đúng k": a firm's or a cooperative's director gives
        # only LĐTT, CSTĐCS, TTLĐTT and giấy khen (Luật 2022 Điều 80 khoản 4); what the xã
        # chairman decides (khoản 3) stays his (task h323)
        block.verdict = "Không"
        block.body = f"{_FIRM_GIVES_ONLY} {without_opener(block.body)}"
        if draft.denied_at is None:
            draft.denied_at = len(draft.parts)  # the firm's power is what the claim gets wrong
    if pair.attr == "decides" and pair.authority == "don_vi" and pair.subject == "htx":
        # "công đoàn công ty tự ký LĐTT cho công nhân": in a firm its director decides
        # (Luật 2022 Điều 80 khoản 4), which the fact's firm case says; no other unit does
        block.verdict = "Không"
    elif pair.attr == "decides" and pair.authority == "don_vi" and signer is None:
        # (a mass organisation read as a unit and claimed to sign is answered by its signer
        # note above: "mặt trận có tự ký GK được k"; task h277)
        # Luật 2022 Điều 80: a unit decides only when it is an agency with legal
        # personality of a ministry, a sector or a provincial department (khoản 1); a
        # unit under the xã reviews and proposes, the xã chairman decides (khoản 3), so a
        # unit told as the commune's ("trường THCS của xã") is answered (task h167)
        # "con em được xã khen, nghe nói GK do hiệu trưởng ký": the award told as the xã's
        xa_gave = _XA_GAVE.search(" ".join(tokens(reading.question))) is not None
        local = commune_unit_told(reading.question) or xa_gave
        if xa_gave and pair.yesno and draft.denied_at is None:
            draft.denied_at = len(draft.parts)  # the signer claimed is what the claim gets wrong
        higher = awarding_level(model, pair.entity) == "tinh"
        # no unit gives any other title (a village's, a family's): "ban công tác mặt trận tự
        # công nhận thôn văn hóa" is false wherever the unit sits (task h186)
        foreign = pair.entity not in _UNIT_TITLES
        # a pagoda's board, a household business, a club: no unit of the State and no firm,
        # so no khoản of Điều 80 gives it the power (task h258)
        informal = informal_employer_told(" ".join(tokens(reading.question)))
        block.verdict = "Không" if higher or local or foreign or informal else "Tùy"
        block.body = f"{_UNIT_DECIDES} {without_opener(block.body)}"
    if (
        pair.attr == "decides"
        and pair.yesno
        and block.verdict in ("Có", "Không", "Tùy")
        and other_signer_claimed(claim or reading.question)
        # fixer f49l (b185): "GĐVH k phải do chủ tịch UBND xã quyết định à, hay trưởng thôn
        # công nhận luôn": the chairman is put up first, the village only offered after "hay";
        # the chairman decides (Luật 2022 Điều 80 khoản 3), the village only reviews
        and not _CHAIRMAN_BEFORE_VILLAGE.search(folded_words(reading.question))
    ):
        # "phòng VH-XH của xã được ký QĐ LĐTT", "trình cho chủ tịch MTTQ xã ký": a body that
        # decides no title claimed to sign; the one the fact names decides (Luật 2022 Điều 80)
        block.verdict = "Không"
    if (
        pair.yesno
        and (pair.authority == "so" or own_staff)
        and pair.attr in ("decides", "eligible")
    ):
        # "giám đốc sở có được tặng bằng khen không": the head of a provincial department
        # gives only TTLĐTT, CSTĐCS, LĐTT and giấy khen (Luật 2022 Điều 80 khoản 1; h118)
        block.verdict = "Có" if pair.entity in _DEPARTMENT_GIVES else "Không"
        lead = _DEPARTMENT_DECIDES
        if not own_staff and (
            commune_unit_told(reading.question) or commune_school_told(reading.question)
        ):
            # "trường mầm non xã em … giám đốc sở giáo dục ký à": not the department's
            # own unit; the xã chairman decides (Điều 80 khoản 3; task h142), which is said
            # first: the department's own powers come after as the reason (task h277)
            block.verdict = "Không"
            lead = f"{_COMMUNE_NOT_DEPARTMENT} {lead}"
        block.body = f"{lead} {without_opener(block.body)}"
    if province_details_claimed(pair, reading.question, block.body):
        # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k": the fact says the
        # province details the standard on the national frame (NĐ 86/2023; Luật 2022
        # Điều 75 khoản 2), which the claim restates (task h137)
        block.verdict = "Có"
        # the fact's clause on the repealed scoring ("không còn chấm điểm … như quy
        # định cũ") denies the old rule, not the province's detailing
        block.claimed = None
        block.denial = False
    if pair.yesno and _xa_sets_criteria(pair, reading.question, block.body):
        # "xã tự đặt ra tiêu chuẩn GĐVH được không": the province details the criteria on
        # the national frame (NĐ 86/2023), the xã does not write its own (task h358)
        block.verdict = "Không"
        block.claimed = None
        block.denial = False
        block.body = f"{XA_SETS_NOT} {without_opener(block.body)}"
    if pair.attr in ("decides", "regulates") and pair.authority == "bo":
        # "thẩm quyền tặng chiến sĩ tiên tiến do bộ quốc phòng quy định đúng k": the two
        # ministries hold the power only where the fact gives it them (Luật 2022 Điều
        # 80 khoản 5); the verdict it carries answers whether the xã decides (h118)
        block.verdict = "Có" if ministries_hold(block.body) else "Không"
    if pair.attr == "decides" and pair.authority == "tw":
        # the central level decides no commune title; the national one is the Thủ
        # tướng's, which the body says without a bare verdict for the council asked
        other_award = pair.entity in _LEVEL_NAMED and "xa" not in tokens(reading.question)
        block.verdict = None if pair.entity in _NATIONAL_TITLES or other_award else "Không"


#: the titles whose share counts a collective's members holding LĐTT (Luật 2022 Điều 27, 28)
_SHARE_BASED = frozenset({"ldtt", "ttldtt", "ttldxs"})


#: the closing ask of the case's own sufficiency: "vậy trường e có đủ không", "tổ em có đạt k"
_OWN_ENOUGH_ASKED = re.compile(
    r"\bco (?:du|dat)(?: \w+){0,2}? (?:khong|k|ko|chua)\b"
    # task h433 (b166 F2): the next step asked of the case ("… thì đề nghị TTLĐTT dc k", "trường
    # e có đủ điều kiện để xã đề nghị TTLĐXS k"): the share told decides it, not the saying
    r"|\bde nghi (?:\w+ ){0,3}(?:dc|duoc) (?:khong|k|ko|kg|hong|hok)\b"
    r"|\bco du dieu kien(?: \w+){0,8}? (?:khong|k|ko|kg|chua)\b"
)
#: task h418 (b159 F2): "60 % đạt LĐTT, có dc TTLĐTT k hay phải 70 % mới dc": the case's own
#: title is asked first, the other minimum only offered after "hay"; the share told decides
_OWN_THEN_OTHER = re.compile(
    r"\b(?:dc|duoc|du|dat) (?:\w+ ){0,4}?(?:khong|k|ko|kg|hong|hok|chua) hay (?:la )?(?:phai|can)\b"
)


def _share_asked_past_saying(
    reading: Reading, ratio: tuple[str, str] | None, model: FactModel, entity: str
) -> bool:
    """The share told decides ``ratio`` and the closing ask claims no minimum of its own: a
    minimum claimed in the story ("phó hiệu trưởng bảo phải 2/3 …") is a saying told, the
    ask ("vậy trường tôi có đủ tỉ lệ k") the case's (task h287)."""
    return (
        ratio is not None
        and bool(reading.asked)
        and reading.asked != reading.question
        # "… bạn ấy nói đúng k": the saying itself is judged, not the case's share
        and (share_asked(reading.asked) or own_case_asked(reading.asked))
        and threshold_claimed(reading.asked, model, entity) is None
    )


def _verdict_of_ratio_route_and_run(draft: Draft, block: Block) -> None:
    """The share of holders told against the minimum, an initiative lacking, the route told, and
    the run of years held or broken."""
    model, reading = draft.model, draft.reading
    pair, fact, denial, granted = block.pair, block.fact, block.denial, block.granted
    if (
        pair.yesno
        and pair.attr == "in_force"
        and (in_force := in_force_verdict(reading.question, fact.text, tuple(model.replaced)))
    ):
        # "giờ phải căn cứ NĐ 152/2025 đúng k": a text in force named (task h370)
        block.verdict = in_force
        block.body = without_opener(block.body)
        block.claimed = None
        return
    if (
        pair.yesno
        and pair.attr == "cap"
        and (flipped := bound_flipped(reading.asked or reading.question, fact.text))
    ):
        # "TTLĐXS tối đa 70 % LĐTT đúng k": the rule's own figure with its bound turned (a floor
        # called a ceiling); whatever share a unit tells, the claim is wrong (task h370)
        block.verdict = "Không"
        block.body = f"{flipped.removeprefix('Không. ')} {without_opener(block.body)}"
        block.claimed = None
        return
    if pair.yesno and pair.attr in ("eligible", "cap") and pair.entity in _SHARE_BASED:
        # "giáo viên trường mầm non có được tính vào tỷ lệ LĐTT của cơ quan UBND xã không":
        # whose members the share counts, not the share's size (Luật 2022 Điều 24, 28)
        base = base_verdict(reading.question)
        if base is not None:
            block.verdict, note = base
            block.body = f"{note} {without_opener(block.body)}"
            block.claimed = None
            return
    ratio = None
    if pair.yesno and (
        pair.attr in ("eligible", "cap")
        # the criteria asked: a requirement told unmet ("chưa ai đạt CSTĐCS") is said
        # below as the criterion missed, which the share told does not change
        or (pair.attr == "criteria" and no_one_reached(reading.question, fact.text, model) is None)
    ):
        # "cơ quan 10 người, 4 người đạt LĐTT, có đạt TTLĐTT không": the stated ratio
        # against the title's minimum; met, the other criteria still decide ("Tùy")
        # "đạt tỷ lệ TTLĐTT không": the share is asked of the title too (task h239)
        share_only = pair.attr == "cap" or share_asked(reading.question)
        ratio = ratio_verdict(reading.question, model, pair.entity, share_only=share_only)
        unrequired = block.claimed == "Không" and _NOT_REQUIRED_NOTE in block.body
        if ratio is not None:
            block.verdict, note = ratio
            block.body = f"{note} {block.body}"
            if unrequired and saying_judged(reading.question):
                # "TTYT bảo phải có 1 người CSTĐCS thì mới đề nghị TTLĐTT, vậy có đúng k": the
                # saying requires a title the criteria do not (Luật 2022 Điều 28); the share
                # told is said, the saying is wrong (task h390)
                block.verdict = "Không"
                block.body = f"Ý kiến đó chưa đúng. {block.body}"
            elif (
                ratio[0] != "Không"
                and saying_judged(reading.question)
                and share_denied_told(reading.question, reading.asked)
                and threshold_claimed(reading.question, model, pair.entity) is None
            ):
                # "chị kế toán bảo 10/18 chưa quá nửa nên k đủ TTLĐTT, chị ấy nói vậy đúng k": the
                # share told meets the minimum, so the saying that it falls short is wrong (task
                # h401; Luật 2022 Điều 28)
                block.verdict = "Không"
                block.body = f"Ý kiến đó chưa đúng. {without_tuy(without_opener(block.body))}"
                block.threshold_read = True  # the saying judged: never turned again
            # the shares told are the case, not a figure claimed for the rule
            block.claimed = None
            _shortfall_judged(draft, block)
            rule = own_minimum_claimed(reading.question, model, pair.entity)
            if rule is not None and pair.attr == "cap":
                # "tổ em 45 %, nghe nói phải có trên 50 % đạt LĐTT, đúng k": the saying is the
                # title's own minimum, right whatever the unit's share (task h361)
                block.verdict = "Có"
                block.body = f"Mức tối thiểu đúng là {rule}. {without_opener(block.body)}"
        # "TTLĐTT trên 50 % LĐTT, TTLĐXS ít nhất 70 %": each title's share is the one told
        # by its own name (issue 11, h299)
        named = [p.entity for p in reading.pairs if p.attr == "cap"]
        # a title named only as the yardstick ("… như TTLĐTT") keeps the whole question
        own = (
            own_figures_clause(reading.question, pair.entity, model, named, reading.question)
            or reading.question
        )
        threshold = threshold_claimed(own, model, pair.entity)
        if threshold is not None:
            # "TTLĐTT phải 2/3 số người đạt LĐTT nên 5/9 chưa đủ, đúng k": the minimum
            # share claimed is not the title's own, so the saying is wrong whatever the
            # case's share (task h121). "phó hiệu trưởng bảo phải 2/3 …. Vậy trường tôi có
            # đủ tỉ lệ k": the saying is told in the story and the closing ask is the case's
            # own share, which the share told decides; the saying is still corrected
            if not _share_asked_past_saying(reading, ratio, model, pair.entity) and not (
                # "… nghe nói phải trên 70 % mới được. vậy trường e có đủ không": the case's own
                # share is the closing ask, which the share told decides (b56; task h401)
                ratio is not None
                and (
                    _OWN_ENOUGH_ASKED.search(folded_words(reading.asked or ""))
                    or _OWN_THEN_OTHER.search(folded_words(reading.question))
                )
            ):
                block.verdict = "Không"
            block.body = f"{threshold} {without_opener(block.body)}"
            block.claimed = None
            block.threshold_read = True
        elif (right := count_claim_right(own, model, pair.entity)) is not None:
            # "tổ em 9 người, nghe nói phải 5 người mới đủ TTLĐTT, đúng k": the head count
            # claimed is the least the minimum share allows (Luật 2022 Điều 28; task h405)
            block.verdict = "Có"
            block.body = f"{right} {without_opener(block.body)}"
            block.claimed = None
    if pair.yesno and lacks_initiative(reading.question) and pair.attr != "initiative":
        required = model.fact(pair.entity, "initiative")
        if required is not None and required.verdict == "Có":
            block.verdict = "Không"  # "đạt CSTĐCS 3 năm liền nhưng không có sáng kiến …"
    lacked = None
    routes = run_routes(model, pair, fact)
    if block.verdict == "Tùy" and not case_met(reading.question, fact, routes):
        lacked = route_stated(reading.question, routes, negated=True)
    # "có cần hoàn thành xuất sắc nhiệm vụ nữa không" (a level asked as required, the
    # subject "can_<level>"): the other route told met makes the level not needed, the
    # route told missing makes it needed, the reverse of "may one have it" (task h101)
    asks_required = (pair.subject or "").startswith("can_") and not _ENOUGH_OR_LEVEL.search(
        folded_words(reading.question)
    )
    short = _route_short_of_eligible(model, pair, reading.question)
    if short is not None:
        # "có sáng kiến nhưng chưa được công nhận, vậy vẫn đủ CSTĐCS đúng k": the route told
        # falls short of what the criteria ask of it (Luật 2022 Điều 23 khoản 2)
        block.verdict = "Có" if asks_required else "Không"
        block.body = f"{short} {without_tuy(without_opener(block.body))}"
        block.claimed = None
        return
    if lacked is not None:
        # "chỉ hoàn thành tốt nhiệm vụ, chưa có sáng kiến nào": the route told missing
        block.verdict = "Có" if asks_required else "Không"
        block.body = f"Trường hợp anh/chị nêu chưa có “{lacked}”. {without_tuy(block.body)}"
        if not asks_required:
            _shortfall_judged(draft, block)
    route = case_met(reading.question, fact, routes) if block.verdict == "Tùy" else None
    if route is None and block.verdict == "Tùy" and fact.met_by_deed and reading.whole:
        # "trên đường đi dạy gặp cháy nhà, đã vào cứu 2 cháu nhỏ, có được khen đột xuất k": the
        # mishap told ("gặp cháy nhà") cut the letter to its ask; the deed told with it is the
        # case (Luật 2022 Điều 85: a deed outside the assigned task) (task h374)
        route = deed_told(reading.whole)
    if route is not None and fact.years and (reading.count or 0) < fact.years:
        route = None  # "có sáng kiến cấp tỉnh" settles it only with the years told too
    if route is not None:
        # "chỉ hoàn thành tốt nhiệm vụ … có đề tài đã nghiệm thu": the case's condition
        # is met by what the question says the asker has
        block.verdict = "Không" if asks_required else "Có"
        met = f"Trường hợp anh/chị nêu có “{route}”, đáp ứng điều kiện này."
        if asks_required:
            met = f"Trường hợp anh/chị nêu có “{route}”, đã là một con đường của tiêu chuẩn."
        block.body = f"{met} {without_tuy(block.body)}"
    told_route = (
        route_in_criteria(reading.question, model.fact(pair.entity, "criteria"))
        if pair.attr == "eligible"
        and route is None
        and lacked is None
        and told_not_this(model, pair, reading.question) is None
        # "hoàn thành xuất sắc, sáng kiến chưa được công nhận": the sáng kiến named is the
        # route lacking, not one the case meets (task h297)
        and not excellent_without_initiative(reading.question)
        else None
    )
    if told_route is not None and fold(told_route) not in fold(block.body):
        # "có đề tài khoa học đã nghiệm thu thì có xét CSTĐCS không": the condition
        # told is one route the title's criteria name; the asker sees which
        block.body += f" Điều kiện anh/chị nêu (“{told_route}”) là một con đường của tiêu chuẩn."
    if block.claimed is not None:
        # "niêm yết 5 ngày có được không": the figure claimed against the fact's own
        block.verdict = block.claimed
    if (
        pair.yesno
        and pair.attr in ("deadline", "processing_time")
        and fact.text.startswith("Tùy quy chế tỉnh")
        and law_set_asked(reading.question)
    ):
        # "hạn 31/3 đó có phải luật TĐKT cả nước quy định k, hay do tỉnh quy định": no law
        # fixes the day; the province's quy chế does (Luật 2022 Điều 7; NĐ 152/2025 Điều 6
        # khoản 2 điểm c), so the claim that the law sets it is answered "Không" (task h434)
        block.verdict = "Không"
        block.body = f"Không do luật quy định chung cả nước. {without_tuy(block.body)}"
    held = record_held(reading.question) if pair.attr == "consecutive" else None
    run_verdict = None
    if held is not None and reading.count is not None and held < reading.count:
        # "2024 CSTĐCS, 2025 chỉ LĐTT, 2026 lại CSTĐCS thì có tính là 2 lần liên tục
        # không": the record told breaks the run the question claims
        block.verdict = "Không"
        block.body = (
            f"Theo các năm anh/chị kể, chỉ {held} năm liền gần nhất đạt cùng danh hiệu: "
            f"năm đạt danh hiệu khác làm gián đoạn, nên chưa được {reading.count} lần "
            f"liên tục. {without_opener(block.body)}"
        )
    elif (
        held is not None
        and reading.count is not None
        # a single year held is no run (test_h143: "2022 và 2024 CSTĐCS, 2023 chỉ LĐTT")
        and held >= 2
        and counts_as(reading.question)
    ):
        # "2023 2024 2025 em đều đạt CSTĐCS thì có tính là 3 lần liên tục không": the
        # record holds the run claimed, whatever the title itself requires
        run_verdict = "Có"
        block.body = (
            f"Theo các năm anh/chị kể, {held} năm liền đạt cùng danh hiệu, đủ "
            f"{reading.count} lần liên tục. {without_opener(block.body)}"
        )
    if fact.years and reading.count is not None and reading.count < fact.years:
        # fewer years or times told than the rule needs decide it, whatever else the
        # question claims ("CSTĐ tỉnh chỉ cần 2 lần CSTĐCS đúng không": needs 3)
        block.verdict = "Không"
    elif (
        denial
        and not granted
        and route is None
        # "tổ 10 người, 4 người chỉ HTNV, 6 người LĐTT, tỷ lệ có đạt không": the share told
        # decided it; the case's clause on another share denies nothing claimed (h321)
        and ratio is None
        and not _need_denied_claimed(draft, block)
        # "không nhất thiết phải có sáng kiến": the claim is the fact's own denial
        and not block.way_denied
        # "cần sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ, 1 trong 2 là được": the routes
        # restated, no requirement claimed for the one the clause denies (h359)
        and not (pair.attr == "eligible" and either_route_claimed(reading.question))
        # "không nhất thiết phải có giấy khen xã rồi mới đề nghị bằng khen tỉnh": the skip
        # reader judged the lower form claimed not needed, the fact's own denial (h401)
        and not (pair.attr == "step_up" and block.claimed is not None)
        # "… bảo phải loại vì luật mới bắt buộc sáng kiến … xin hỏi 3 người đó có dc xét k":
        # the asker's own ask of the persons is answered; the saying is denied in the body
        and not (pair.attr == "eligible" and told_persons_asked(reading.question))
        # "theo luật 2022 k còn đăng ký thi đua nữa đúng k": the claim is the very dropping
        # the fact's clause states, already judged "Có" (task f185a)
        and dropped_claimed(block.claim, block.body, tokens(model.entities.get(pair.entity, "")))
        != "Có"
        # "GĐVH là danh hiệu thi đua còn GK hộ gia đình là hình thức khen thưởng, đúng k": the
        # kind reader judged this title's own clause, its "không phải danh hiệu thi đua"
        # included; the other title's kind named in the claim is denied nothing (Luật 2022
        # Điều 3; task f189a)
        and not (pair.attr == "kind" and block.claimed == "Có")
    ):
        # "tháng cao điểm có tính là đột xuất" against "… không phải đột xuất", "thị trấn
        # tiêu biểu còn xét không" against "Không còn thị trấn": the fact's clause on the
        # very thing claimed outweighs its general verdict. Not when the case told meets
        # the fact's own condition ("cứu người …, đề nghị khen đột xuất được không"):
        # the clause denies other cases, the one told is the fact's own (task h101)
        block.verdict = "Không"
    if run_verdict is not None:
        # the run told decides whether it counts as the run claimed ("Không cần năm
        # liên tục" denies no run the asker holds)
        block.verdict = run_verdict
    if broken_run_told(model, pair, reading.question):
        # "3 lần CSTĐCS ngắt quãng có lên CSTĐ tỉnh được không": the rule counts times
        # in a row only (Luật 2022 Điều 21, 22; task h142)
        block.verdict = block.claimed = "Không"  # read on the claim: its "không" is not turned
        block.body = f"{_BROKEN_RUN} {without_opener(block.body)}"


#: the law of the whole country claimed to set a rule: "có phải luật TĐKT cả nước quy định k",
#: "do luật quy định đúng k", "nghị định quy định hạn đó phải k"
_LAW_SETS = re.compile(
    r"\b(?:luat|phap luat|nghi dinh|nd|trung uong|ca nuoc|toan quoc)\b(?: \w+){0,6}? quy dinh\b"
)


def law_set_asked(question: str) -> bool:
    """The asking clause claims the national law sets the rule (not the province)."""
    said = folded_words(question)
    clauses = [c for c in re.split(r"[.?!;\n]", said) if c.strip()]
    return bool(clauses) and any(
        _LAW_SETS.search(c) and re.search(r"\b(?:k|ko|khong|hong|dung|phai)\b", c)
        for c in clauses[-1:]
    )


def _shortfall_judged(draft: Draft, block: Block) -> None:
    """ "chỉ 40 % đạt LĐTT, như vậy là không đạt TTLĐTT đúng không": the verdict on whether
    the case reaches the title answers the asker's claim that it falls short the other way
    round; an eligibility claim of loss and a saying reported are turned later (task h285)."""
    pair, question = block.pair, draft.reading.question
    if block.verdict not in ("Có", "Không") or not shortfall_put_up(question):
        return
    if pair.attr == "eligible" and claimed_loss(question):
        return
    if reported_denial(claim_put_up(question)):
        return  # "kế toán bảo vậy là không đủ": a saying reported is turned with the others
    block.verdict = "Không" if block.verdict == "Có" else "Có"
    said = "Nhận định đó chưa đúng." if block.verdict == "Không" else "Đúng như vậy."
    block.body = f"{said} {without_opener(block.body)}"


#: told cases that fall short of a title's criteria (a duty level below the one needed, a
#: discipline, a new hire, LĐTT not reached): the title's ``eligible`` fact says which
_SHORT_CASES = frozenset({"htnv", "ky_luat", "moi_tuyen", "khong_dat_ldtt"})


def _route_short_of_criteria(model: FactModel, pair: Pair, question: str) -> str | None:
    """The note on a route told short of the criteria ("sáng kiến chưa được công nhận") on a
    yes/no of the criteria, or None."""
    if not pair.yesno or pair.attr != "criteria":
        return None
    criteria = model.fact(pair.entity, "criteria")
    return route_unrecognised(question, criteria.text) if criteria is not None else None


def _level_short_told(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """ "chỉ hoàn thành tốt nhiệm vụ, k HTXSNV, k sáng kiến, k đề tài, vậy có đủ chuẩn CSTĐCS
    k": a yes/no of the criteria whose level told reaches the title only by a route the
    question tells lacking (Luật 2022 Điều 23 khoản 2; task h361). The level's rule, or None."""
    if not pair.yesno or pair.attr != "criteria" or pair.without:
        return None
    rule = level_short_without(model, pair, question)
    if rule is None or route_stated(question, rule.met_by, negated=True) is None:
        return None
    return rule


def _verdict_of_prerequisite_lacked(draft: Draft, block: Block) -> None:
    """ "kỹ sư cty có đề tài nghiệm thu nhưng năm đó k đạt LĐTT, vẫn đề nghị CSTĐCS được
    không": the title the asked one is chosen among, told not reached, decides it."""
    model, pair, question = draft.model, block.pair, draft.reading.question
    case = prerequisite_lacked(model, pair, question) or lower_title_held(model, pair, question)
    if case is None or block.verdict == "Không":
        return
    block.verdict = "Không"
    block.claimed = None
    block.body = f"{without_opener(case.text)} {without_opener(block.body)}"
    _case_cited(block, case)


def _case_cited(block: Block, case: Fact) -> None:
    """The case's rule is stated in the block, so its articles join the block's "Căn cứ"."""
    extra = tuple(s for s in case.sources if s not in block.fact.sources)
    if extra:
        block.fact = dataclasses.replace(block.fact, sources=(*extra, *block.fact.sources))


#: the told cases that fail the title's first condition outright, whatever else is told: a
#: duty level below "hoàn thành tốt" (Luật 2022 Điều 24 khoản 1 điểm a, which CSTĐCS needs
#: too, Điều 23 khoản 1), a discipline in the year, the lower title not reached. A new hire is
#: left to the months served (``_new_hire_served``)
_FAILED_CASES = frozenset({"htnv", "ky_luat", "khong_dat_ldtt"})
#: the parts such a case decides: whether one may have the title, and its prize
_FAILED_DECIDES = frozenset({"eligible", "money"})
#: an earlier year told: the case may be that year's, or the title asked of
_EARLIER_TOLD = re.compile(r"\bnam (?:ngoai|truoc|roi|kia)\b")


def _verdict_of_short_case(draft: Draft, block: Block) -> None:
    """ "HTNV mà có sáng kiến được cơ sở công nhận thì có được CSTĐCS không", "em chỉ HTNV, nghe
    nói vẫn được thưởng 0,3 như LĐTT": the case told fails the title's first condition, so a
    route met or a figure claimed that matches the fact cannot make it "Có" (issue 11, h321)."""
    pair = block.pair
    if not pair.yesno or pair.attr not in _FAILED_DECIDES or pair.subject not in _FAILED_CASES:
        return
    eligible = draft.model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject) if eligible is not None else None
    if case is None or case.verdict != "Không" or block.verdict == "Không":
        return
    if _EARLIER_TOLD.search(folded_words(draft.reading.question)):
        # "năm nay HTNV, năm trước được LĐTT mà chưa nhận tiền": the title asked of may be
        # an earlier year's, which this year's case does not touch
        return
    block.verdict = "Không"
    block.claimed = None
    said = without_opener(case.text)
    if fold(said) not in fold(block.body):
        # the prize is the title's: the asker sees it is paid only once the title is given
        joint = " Tiền thưởng chỉ trả khi được tặng danh hiệu:" if pair.attr == "money" else ""
        block.body = f"{said}{joint} {without_opener(block.body)}"
        _case_cited(block, case)


def _verdict_of_initiative_required(draft: Draft, block: Block) -> None:
    """ "CSTĐCS bắt buộc phải có sáng kiến, k có thì dù hoàn thành xuất sắc cũng k được,
    đúng k": the fact says it is not required ("Không bắt buộc …"), so the requirement claimed
    or asked is answered "Không", whatever else the claim's wording turned (Luật 2022 Điều 23
    khoản 2: sáng kiến is one route among three; task h279)."""
    pair, fact = block.pair, block.fact
    if not pair.yesno or pair.attr not in REQUIREMENTS or fact.verdict != "Không":
        return
    question = draft.reading.question
    # "có được … mà không có sáng kiến": the loss claimed is read by the ``without`` turn;
    # only a requirement said outright ("bắt buộc phải có sáng kiến") is judged here
    if block.verdict == "Không" or not initiative_required_claimed(question, not pair.without):
        return
    if block.way_denied:
        # "CSTĐCS không nhất thiết phải có sáng kiến": the requirement is denied, not claimed
        return
    if pair.without and not _RIGHT_CLOSED.search(folded_words(question)):
        # "có người bảo không có sáng kiến thì không được, tôi có đủ tiêu chuẩn không": the
        # asker's own case is asked; only a saying put up to confirm ("…, đúng k") is judged
        return
    if _title_requiring_initiative(draft.model, pair.entity, question):
        # "3 năm liền CSTĐCS muốn lên CSTĐ tỉnh thì phải có sáng kiến": the requirement is
        # claimed of the higher title, which does require one (Luật 2022 Điều 22 khoản 1)
        return
    block.verdict = "Không"
    block.claimed = None
    block.body = without_opener(block.body)


#: the higher titles named by their short forms, which the title walk may not know unspelled
_HIGHER_TITLE = re.compile(r"\b(?:cstd|chien si thi dua) (?:cap )?(?:tinh|toan quoc|bo|nganh)\b")


def _title_requiring_initiative(model: FactModel, entity: str, question: str) -> bool:
    """Whether the question names another title whose own rule requires an initiative."""
    if _HIGHER_TITLE.search(folded_words(question)):
        return True
    toks = tokens(question)
    for at in range(len(toks)):
        title, size = model.title_at(toks, at)
        own = model.fact(title, "initiative") if size and title != entity else None
        if own is not None and own.verdict == "Có":
            return True
    return False


def _route_short_of_eligible(model: FactModel, pair: Pair, question: str) -> str | None:
    """The note on a route told short of the criteria ("sáng kiến chưa được công nhận", "giải
    pháp chưa áp dụng") on a yes/no of who may have the title, or None."""
    if not pair.yesno or pair.attr != "eligible":
        return None
    criteria = model.fact(pair.entity, "criteria")
    return route_unrecognised(question, criteria.text) if criteria is not None else None


#: the cases told that the ``eligible`` facts accept outright: a level of duty reached, a
#: farmer's or worker's own criteria (Luật 2022 Điều 23, 24 khoản 1, 3)
_MET_CASES = frozenset({"httnv", "htxs", "nong_dan"})
#: the criteria asked of the case told: "có đủ chuẩn …", "thì đủ tiêu chuẩn … phải k"
_MEETS_ASKED = (" du chuan ", " du tieu chuan ", " dat chuan ", " du dieu kien ", " du dk ")


def _case_meeting_criteria(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """The ``eligible`` case fact answering "Có" for the case a yes/no on the criteria tells
    and asks to be enough ("… hoàn thành tốt nhiệm vụ, có đủ chuẩn LĐTT không"), or None."""
    if not pair.yesno or pair.attr != "criteria" or pair.subject not in _MET_CASES:
        return None
    said = f" {folded_words(question)} "
    if not any(asked in said for asked in _MEETS_ASKED):
        return None
    eligible = model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject or "") if eligible is not None else None
    return case if case is not None and case.verdict == "Có" else None


def _case_short_of_criteria(model: FactModel, pair: Pair) -> Fact | None:
    """The ``eligible`` case fact answering "Không" for the case a yes/no on the criteria
    tells ("chỉ hoàn thành nhiệm vụ … có đúng tiêu chuẩn không"), or None."""
    if not pair.yesno or pair.attr != "criteria" or pair.subject not in _SHORT_CASES:
        return None
    eligible = model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject or "") if eligible is not None else None
    return case if case is not None and case.verdict == "Không" else None


#: "còn cần gì", "cần thêm gì nữa", "còn thiếu gì": what else is needed, asked
_MORE_ASKED = re.compile(
    r"\b(?:con|can) (?:can|them|thieu)(?: (?:them|nhung))? (?:gi|dieu kien gi)\b"
)

#: "đủ 3 lần liên tục", "đủ số lần", "đủ 3 năm": the count is what "đủ" asks
# task h402: "đủ mốc số năm", "đủ ngưỡng số lần": the count named with its mark
_COUNT_ASKED = re.compile(r"\bdu (?:(?:moc |nguong )?so (?:lan|nam)|\d+ (?:lan|nam))\b")
#: "đủ số lần (để lên / xét …) chưa": the count named as what is asked (task h392)
#: task h408: "(nếu 2026 đạt nữa thì) đủ 3 lần liên tục để xét CSTĐ tỉnh chưa": the count told
#: is what "đủ … chưa" asks, never "chỉ cần đủ 3 lần … là được" (enough claimed)
_ONLY_COUNT_ASKED = re.compile(
    r"\bdu (?:moc |nguong )?so (?:lan|nam)\b"
    r"|(?<!chi can )\bdu \d+ (?:lan|nam)(?: lien tuc| lien)?(?: [a-z]+){0,6}? (?:chua|khong|k|ko)$"
)
#: "đủ điều kiện / tiêu chuẩn CSTĐ tỉnh chưa": the whole title is asked, not the count
_WHOLE_ASKED = re.compile(r"\bdu (?:dieu kien|tieu chuan|dk|chuan)\b")


#: the title whose years in a row CSTĐ tỉnh is chosen from, named as held
_BASE_TITLE_TOLD = re.compile(r"\b(?:cstdcs|chien s[iy] thi dua co so|cstd co so)\b")


def _whole_title_left(pair: Pair, question: str, body: str) -> str | None:
    """What the title needs besides the years told in a row, when the question asks whether
    the whole title is reached ("đủ điều kiện / tiêu chuẩn … chưa"); None otherwise."""
    if pair.attr != "consecutive" or not pair.yesno or pair.without:
        return None
    said = " ".join(fold(question).lower().split())
    whole = _WHOLE_ASKED.search(said)
    if whole is None or said[whole.end() :].startswith(" ve so"):
        return None  # "đủ điều kiện về số lần chưa": the count is asked
    told = said[: whole.start()]
    if _BASE_TITLE_TOLD.search(told) is None:
        # "nông dân được LĐTT 3 năm liền …": the years are of another title, which the
        # fact's own sentence answers
        return None
    # the years told before the ask are the condition held ("… 3 năm liền, đủ điều kiện")
    return insufficient(f"{told} la du", body)


def _count_then_more_asked(pair: Pair, question: str) -> bool:
    """The yes/no asks whether a count of years is reached ("đủ 3 lần liên tục chưa") and the
    question goes on to ask what else is needed: the count decides the verdict."""
    if pair.attr != "consecutive":
        return False
    said = " ".join(fold(question).split())
    # "nếu 2027 đạt tiếp thì đủ số lần để lên CSTĐ tỉnh chưa": the count alone is asked; what
    # the fact joins to it is said after the verdict all the same (task h392)
    return (
        (_MORE_ASKED.search(said) is not None or _ONLY_COUNT_ASKED.search(said) is not None)
        and _COUNT_ASKED.search(said) is not None
        and _WHOLE_ASKED.search(said) is None
    )


#: the denial of a form itself: "không có / không được (khen) …" right before the form's name
_FORM_DENIED = re.compile(r"\b(?:khong|k|ko|chang) (?:co|duoc|dc|bao gio duoc)(?: khen)? ")
#: a fact saying every kind of recipient may have the form (as the facts write it)
_EVERY_KIND = "cá nhân, tập thể, hộ gia đình đều có thể"


def _form_denied_outright(reading: Reading, model: FactModel, pair: Pair) -> bool:
    """The question denies the form by its own name ("không có khen đột xuất", "không được khen
    đột xuất") where the fact says every kind of recipient may have it: a claim about the rule,
    not a criterion the case lacks."""
    fact = model.fact(pair.entity, "eligible")
    if fact is None or _EVERY_KIND not in fact.text:
        return False
    said = f" {folded_words(reading.asked or reading.question)} "
    for found in _FORM_DENIED.finditer(said):
        rest = said[found.end() - 1 :]
        names = model.names_of("entity", pair.entity)
        if any(rest.startswith(f" {' '.join(name)} ") for name in names):
            return True
    return False


def _verdict_of_reach_and_criteria(draft: Draft, block: Block) -> None:
    """An initiative's reach short of the one required, criteria met or lacking, a requirement
    claimed, substitutes, and the level of duty reached."""
    model, reading = draft.model, draft.reading
    pair, claim, claimed = block.pair, block.claim, block.claimed
    short = reach_short(reading.question, model, pair)
    if short is not None:
        # "3 lần liên tục CSTĐCS nhưng sáng kiến chỉ áp dụng trong xã, có đủ CSTĐ tỉnh
        # không": the years are met, the initiative's reach is not (Luật 2022 Điều 22
        # khoản 1 điểm b: nhân rộng, phạm vi ảnh hưởng trong tỉnh)
        block.verdict = "Không"
        block.body = (
            f"Trường hợp anh/chị nêu (“{short}”) chưa đạt phạm vi ảnh hưởng tiêu chuẩn "
            f"đòi hỏi. {without_opener(block.body)}"
        )
    lacking = reach_lacked(reading.question, model, pair) if short is None else None
    if lacking is not None and block.verdict != "Không":
        # "3 năm liền CSTĐCS, sáng kiến chưa có phạm vi ảnh hưởng trong tỉnh, đủ CSTĐ
        # tỉnh chưa": the route the rule names is told missing (Luật 2022 Điều 22
        # khoản 1 điểm b; task h146)
        block.verdict = "Không"
        block.body = f"Trường hợp anh/chị nêu chưa có “{lacking}”. {without_opener(block.body)}"
    if pair.attr == "eligible" and not pair.without and _form_denied_outright(reading, model, pair):
        # "nghe nói y tế chỉ được khen cuối năm, không có khen đột xuất, đúng k": the form
        # itself is claimed not to exist for a whole group; the fact names every kind of
        # recipient it reaches, so the group may have it, whatever deed the letter tells
        # (Luật 2022 Điều 85; task h360). A reported denial turns this "Có" below; a denial
        # the asker puts up himself ("giáo viên không được khen đột xuất đúng không") is wrong
        reported = reported_denial(claim_put_up(reading.question))
        block.verdict = "Có" if reported else "Không"
        return
    criteria = model.fact(pair.entity, "criteria")
    if (
        (
            block.verdict in (None, "Tùy")
            # "hoàn thành tốt nhiệm vụ nhưng không tham gia phong trào thi đua nào thì
            # vẫn được LĐTT đúng không": the case's "Có" holds only with the title's
            # other criteria, and the question says one of them is not met (task h107)
            or (block.verdict == "Có" and pair.yesno and pair.attr == "eligible")
        )
        and pair.attr in ("eligible", "criteria")
        and criteria is not None
        and not pair.without
        # registration is no title: its rule's words told missing ("chưa đăng ký") are the
        # case its verdict answers, not a criterion unmet (task h263)
        and pair.entity != REGISTRATION
    ):
        # "có 1 người chưa hoàn thành nhiệm vụ thì còn xét TTLĐXS được không": the
        # question states a criterion of the title that is not met
        missed = unmet(reading.question, criteria.text) or no_one_reached(
            reading.question, criteria.text, model
        )
        if missed is not None:
            block.verdict = "Không"
            block.body = f"Chưa đạt tiêu chuẩn: {missed}. {without_opener(block.body)}"
    short_case = _case_short_of_criteria(model, pair) if block.verdict is None else None
    if short_case is not None:
        # "năm đó chỉ xếp loại hoàn thành nhiệm vụ, vậy có đúng tiêu chuẩn CSTĐCS không": the
        # case told is one the title's rule of who may have it turns away (task h239)
        block.verdict = "Không"
        block.body = f"{without_opener(short_case.text)} {block.body}"
    met_case = (
        _case_meeting_criteria(model, pair, reading.question) if block.verdict is None else None
    )
    if met_case is not None:
        # "y sĩ … hoàn thành tốt nhiệm vụ, tích cực phong trào, có đủ chuẩn LĐTT không": the
        # case told is one the title's rule of who may have it accepts; its condition, if
        # any ("Có, nếu đạt tiêu chuẩn Lao động tiên tiến: …"), goes before the criteria
        block.verdict = "Có"
        if met_case.text.startswith(("Có, ", "Có: ")):
            block.body = f"{met_case.text} {block.body}"
    level_rule = _level_short_told(model, pair, reading.question) if block.verdict is None else None
    if level_rule is not None:
        # "chỉ HTTNV, k sáng kiến, k đề tài, có đủ chuẩn CSTĐCS k": the level told reaches the
        # title only by the routes told lacking (task h361)
        block.verdict = "Không"
        block.body = f"{without_tuy(level_rule.text)} {block.body}"
    unrecognised = _route_short_of_criteria(model, pair, reading.question)
    if unrecognised is not None and block.verdict is None:
        # "đạt qua sáng kiến nhưng sáng kiến chưa được công nhận, có đúng tiêu chuẩn không"
        block.verdict = "Không"
        block.body = f"{unrecognised} {block.body}"
    if (
        block.verdict in (None, "Tùy")
        and pair.attr not in _NO_CONFIRM
        and not pair.without
        # a figure claimed that the fact gives only as a local practice ("nhiều tỉnh 20
        # ngày làm việc") stays "Tùy": the words matching do not make it the rule; so does a
        # cap the fact gives for one case only ("1,5 % ở miền núi", no region told)
        and not (claimed == "Tùy" and pair.attr in ("deadline", "processing_time", "cap"))
        # task f184: "bỏ phiếu kín xét CSTĐCS có quy định tỷ lệ phiếu tối thiểu không", "hội
        # đồng họp xét phải có tối thiểu bao nhiêu thành viên dự họp": the share and the quorum
        # are the province's and the council's rules to set (brief §2.3), so the bare "is there
        # one?" keeps the fact's "Tùy"; words shared with the body confirm nothing
        and not (
            pair.attr in ("vote_share", "quorum")
            and block.verdict == "Tùy"
            and not local_rule_claimed(claim)
        )
        # registration told missing asks what follows from it, not a restatement (h263)
        and not registration_part_judged(pair, reading.question)
        # a requirement the province's details may add was judged "Tùy" (task h420)
        and PROVINCE_DETAILS_NOTE not in block.body
        # a criterion the case leaves to the province ("TTLĐTT có cần không ai bị kỷ luật từ
        # cảnh cáo trở lên không": Điều 28 names none, the quy chế may): the words the claim
        # shares with the criteria confirm nothing (domain.md 2.4; task h477)
        # task f194b (b194 F2): so is a case of who may be reviewed that the province decides
        # ("tập thể có cá nhân bị kỷ luật thì còn xét TTLĐTT dc ko": Điều 28 names no
        # discipline rule, the fact opens "Tùy quy chế của tỉnh:")
        and not (pair.attr in ("criteria", "eligible") and block.body.startswith(_PROVINCE_CASE))
        # "có quy định tỷ lệ phiếu đồng ý tối thiểu k": a figure the fact leaves to the
        # province's quy chế; its words are no confirmation unless the claim names the
        # province (Luật 2022 Điều 75 khoản 2; task f186)
        and not (
            pair.attr == "vote_share"
            and block.verdict == "Tùy"
            and "tinh" not in folded_words(claim or "").split()
        )
    ):
        # no verdict of its own, or "Tùy" for another way of asking ("is there a cap?"):
        # the body stating exactly what the question asks to confirm answers it
        block.verdict = confirmed_verdict(claim, block.body, model) or block.verdict
    if block.verdict is None and (restated := _restated_verdict(model, block)) is not None:
        # "LĐTT của nông dân xét theo lao động sản xuất có hiệu quả đúng k": the claim says
        # in its own words what one clause of the fact states, or what it denies (task h222)
        block.verdict = restated
    if (
        block.verdict == "Tùy"
        and claimed is None
        and not pair.without
        and requirement_claimed(claim)
        and (verdict_of(block.body) == "Không" or _NO_CONDITION in block.body)
    ):
        # "LĐTT có phải đăng ký thi đua mới được xét không" against a fact whose lead is
        # "Không bắt buộc theo luật": its "Tùy" is for local rules; the claim that the
        # law requires it is answered by the lead
        block.verdict = "Không"
        # "có cần 100 % hoàn thành nhiệm vụ không": no condition is a conclusion, not
        # the "not enough to conclude" said of a share told
        block.body = capitalized(block.body.replace(_UNDECIDED, "", 1))
    if (
        pair.yesno
        and local_rule_claimed(claim)
        and not requirement_claimed(claim)
        and "không bắt buộc theo luật" in block.body.lower()
        and "tỉnh" in block.body
    ):
        # "đăng ký thi đua là tùy quy chế của tỉnh, đúng k": the law does not require it and
        # leaves it to the province's rules, which is the claim (Luật 2022 Điều 3; task h220)
        block.verdict = "Có"
    share = fund_share_verdict(reading.question, block.body) if pair.attr == "cap" else None
    if pair.yesno and share is not None:
        # "chi thường xuyên 20 tỷ, lập quỹ 500 triệu có vượt mức tối đa không": the share of
        # the two sums told against the cap (NĐ 152/2025 Điều 46 khoản 3; task h220)
        block.verdict = share[0]
        block.body = f"{share[1]} {without_opener(block.body)}"
    if substitutes(reading.asked or reading.question, block.body):
        # "đề tài đã nghiệm thu có thay cho sáng kiến được không": the fact names it as
        # another route to the same condition, whatever it says of the one replaced
        block.verdict = "Có"
    if (
        not block.verdict
        and pair.yesno
        and pair.attr in ("criteria", "eligible")
        and criteria is not None
        and every_clause_named(claim, criteria.text)
    ):
        # "đạt hoàn thành tốt nhiệm vụ trở lên và tích cực thi đua là đủ tiêu chuẩn LĐTT
        # đúng không": the claim of enough names each clause of the criteria (task h107)
        block.verdict = "Có"
    if not block.verdict and _criteria_asked(pair) and criteria is not None:
        _verdict_of_part_of_criteria(model, block, criteria.text)
    more = None
    # "X là tiêu chuẩn chính" claims no more than that X comes first: the clauses joined to it
    # are listed in the body, not a fault of the claim
    main = criteria is not None and (
        main_clause_claimed(claim, criteria.text) or criterion_quoted(claim, criteria.text)
    )
    if block.verdict in ("Có", "Tùy") and not pair.without and not main:
        # "Tùy" on a claim that one condition is enough (or brings the title by itself):
        # the further condition the fact joins decides, whatever it says of the first
        # the claim read in the facts' words too ("làm ăn có lãi" → "sản xuất có hiệu
        # quả", meanings.yaml), so a condition named in other words is still named
        more = insufficient(in_fact_words(claim, model), block.body)
        if more is None and pair.attr == "eligible" and criteria is not None:
            more = insufficient(
                in_fact_words(claim, model), criteria.text
            )  # "… là đủ điều kiện": who may
    below = (
        level_sufficiency(claim, pair.subject, criteria.text)
        if more is None
        and block.verdict != "Không"
        and criteria is not None
        and not pair.without
        and not main
        else None
    )
    if more is None and below is None and block.verdict != "Không" and not main:
        more = _joined_clause_left(model, pair, claim, criteria)
    if more is None and below is None and block.verdict in ("Có", "Tùy"):
        # "đạt CSTĐCS 3 năm liền, đủ điều kiện CSTĐ tỉnh chưa": the whole title is asked of
        # the years told; the condition the fact joins to them (a sáng kiến with influence in
        # the province, Luật 2022 Điều 22 khoản 1 điểm b) is still needed unless told (h354)
        more = _whole_title_left(pair, reading.question, block.body)
    if more is None and below is None and block.verdict != "Không" and not main and criteria:
        # "gv không bị kỷ luật là tự động được LĐTT": a condition outside the criteria (or
        # one of them) claimed to bring the title by itself; the criteria are still needed
        more = alone_claimed_left(claim, criteria.text)
    if (
        more is None
        and below is None
        and block.verdict in ("Có", "Tùy")
        and _criteria_asked(pair)
        and criteria is not None
        and _prerequisite_unnamed(model, claim, criteria.text)
    ):
        # "xét CSTĐCS bắt buộc có bài báo khoa học, phải k": who may have the title is
        # answered, but the prerequisite claimed is none of its criteria
        block.verdict = "Không"
        block.body = f"{_NOT_A_CRITERION} {without_opener(block.body)}"
    if (
        more is None
        and below is None
        and block.verdict == "Có"
        and criteria is not None
        and list_put_up(claim)
    ):
        # "e tóm tắt tiêu chuẩn LĐTT là: …. vậy là đủ ý chưa": the list told names every
        # criterion of the main group (the first sentence); the asker sees them (task h401)
        main_rule = re.split(r"(?<=\.)\s+", criteria.text.strip(), maxsplit=1)[0]
        body = without_opener(block.body)
        if fold(main_rule) not in fold(body):
            block.body = f"Đủ các tiêu chuẩn: {main_rule} {body}"
    if below is not None:
        # "LĐTT chỉ cần hoàn thành nhiệm vụ là đủ": the level claimed enough is below
        # the one the criteria need, whatever the case's verdict on requiring it
        block.verdict = "Không"
        block.body = f"{below} {without_opener(block.body)}"
    # "k bắt buộc có sáng kiến, cứ HTXS là được": the claim is of which way is required; the
    # condition the fact joins to every way is stated in its text, not held against the claim
    if more is not None and not block.way_denied and _count_then_more_asked(pair, reading.question):
        # "vậy là đủ 3 lần liên tục chưa, còn cần gì": the count is what "đủ" asks, met; what
        # the fact joins to it is the second part asked, no fault of the claim (h345)
        block.body = f"{block.body} Còn cần: {more}."
    elif more is not None and not block.way_denied:
        # "chỉ cần X là đủ" against a fact that joins a further condition to X
        block.verdict = "Không"
        block.body = f"Chưa đủ: còn cần {more}. {without_opener(block.body)}"
    joined = (
        level_joined_route(claim, pair.subject, criteria.text)
        if more is None and below is None and criteria is not None and pair.attr == "eligible"
        else None
    )
    if joined is not None and block.verdict in (None, "Tùy"):
        # "có sáng kiến được cơ sở công nhận thì chỉ cần hoàn thành tốt nhiệm vụ cũng đủ":
        # the route told meets the criteria's second condition (Luật 2022 Điều 23 khoản 2)
        block.verdict = "Có"
        block.body = f"{joined} Tiêu chuẩn: {criteria.text}"


def _criteria_asked(pair: Pair) -> bool:
    return pair.yesno and pair.attr in ("criteria", "eligible") and not pair.without


def _joined_clause_left(
    model: FactModel, pair: Pair, claim: str, criteria: Fact | None
) -> str | None:
    """ "LĐTT chỉ cần hoàn thành tốt nhiệm vụ là đủ": the clauses of the title's criteria,
    joined by ";" (all required), that a claim of enough leaves out (task h222)."""
    if criteria is None or not _criteria_asked(pair):
        return None
    return joined_besides(in_fact_words(claim, model), criteria.text)


def _restated_verdict(model: FactModel, block: Block) -> str | None:
    """The verdict of a yes/no claim that restates (or contradicts) one clause of a criteria,
    timing or procedure fact that has no verdict of its own (task h222)."""
    pair = block.pair
    if not pair.yesno or pair.without or pair.attr not in RESTATABLE or block.fact.verdict:
        return None
    restated = content_restated(block.claim, block.body, model)
    if restated is None and "," in block.claim:
        # "Em chuyển về xã tháng 3/2026, tiêu chuẩn LĐTT vẫn là hoàn thành tốt nhiệm vụ trở lên
        # đúng không": the story before the comma lends the claim its figures and words; the
        # asking clause alone restates the clause (issue 11, h321)
        restated = content_restated(_asking_clause(block.claim), block.body, model)
    return restated


def _asking_clause(claim: str) -> str:
    """The claim's last clause after a comma, with a short ask closing it (", đúng không ạ")."""
    head, _, tail = claim.rpartition(",")
    if len(tail.split()) <= 3 and "," in head:
        return f"{head.rpartition(',')[2]} {tail}"
    return tail


def _criteria_clause_told(model: FactModel, pair: Pair, question: str, claim: str) -> bool:
    """A yes/no on a title's criteria (which have no verdict of their own) that tells one of
    their required clauses unmet ("không tích cực tham gia phong trào gì cả, vẫn đạt LĐTT
    chứ") or claims some of them enough: the criteria decide it (Luật 2022 Điều 24 khoản 1;
    task h222)."""
    criteria = model.fact(pair.entity, "criteria")
    if criteria is None or not _criteria_asked(pair):
        return False
    return (
        unmet(question, criteria.text) is not None
        or _joined_clause_left(model, pair, claim, criteria) is not None
    )


def _part_of_criteria_asked(model: FactModel, pair: Pair, claim: str) -> bool:
    """ "ngoài X còn cần gì nữa không", "X là tiêu chuẩn chính": one clause of the title's
    criteria asked about, which the criteria decide though their fact has no verdict (h169)."""
    criteria = model.fact(pair.entity, "criteria")
    return (
        _criteria_asked(pair)
        and criteria is not None
        and (
            besides_required(claim, criteria.text) is not None
            or main_clause_claimed(claim, criteria.text)
            or criterion_quoted(claim, criteria.text)
            # "… phải đạt giáo viên dạy giỏi cấp tỉnh, phải k": a prerequisite not named
            or _prerequisite_unnamed(model, claim, criteria.text)
        )
    )


def _prerequisite_unnamed(model: FactModel, claim: str, criteria: str) -> bool:
    """A prerequisite claimed that the criteria do not name, and that names no title ("có
    người đạt CSTĐCS" is a title held, which the criteria write in full)."""
    found = prerequisite_not_in(claim, criteria)
    if found is None:
        return False
    return not model.names_title(found.split())


#: said when the question claims a prerequisite the criteria do not name
_NOT_A_CRITERION = "Điều kiện anh/chị nêu không có trong tiêu chuẩn của danh hiệu."


def _verdict_of_part_of_criteria(model: FactModel, block: Block, criteria: str) -> None:
    """A yes/no on one clause of a title's criteria, whose fact has no verdict of its own:
    "ngoài hoàn thành tốt nhiệm vụ còn cần gì nữa không" is "Có" while the criteria join
    other clauses to it; "hoàn thành tốt nhiệm vụ là tiêu chuẩn chính" is "Có" when it is
    their first clause (Luật 2022 Điều 24 khoản 1; h169)."""
    besides = besides_required(block.claim, criteria)
    if besides is not None:
        block.verdict = "Có" if besides else "Không"
        if besides:
            block.body = f"Còn cần: {'; '.join(besides)}. {without_opener(block.body)}"
    elif main_clause_claimed(block.claim, criteria) or criterion_quoted(block.claim, criteria):
        # "tiêu chuẩn là lao động, sản xuất có hiệu quả đúng k": a clause quoted (task h326)
        block.verdict = "Có"
    elif _prerequisite_unnamed(model, block.claim, criteria):
        # "muốn CSTĐCS thì giáo viên phải đạt giáo viên dạy giỏi cấp tỉnh": a prerequisite
        # the criteria do not name (Luật 2022 Điều 23-28 list them all)
        block.verdict = "Không"
        block.body = f"{_NOT_A_CRITERION} {without_opener(block.body)}"


#: a fact opening the award to everyone: "cá nhân, tập thể, hộ gia đình đều có thể được khen"
#: the collective titles whose criteria count a share of members (Luật 2022 Điều 27, 28)
_COLLECTIVES_BY_SHARE = frozenset({"ttldtt", "ttldxs"})
#: one member told: "có 1 người HTNV", "một gv chỉ hoàn thành nhiệm vụ"
_ONE_MEMBER = re.compile(
    r"\b(?:1|mot) (?:nguoi|gv|giao vien|thanh vien|nhan vien|can bo|cb|vien chuc|cong chuc"
    r"|ban|chi|anh|co|thay)\b"
)
#: a note of the criteria reader that read "chỉ cần 1 người …" as a level claimed enough
_SHORT_NOTE = re.compile(r"^Chưa đủ: [^.]*\.\s*")


def _one_member_loss_said(pair: Pair, reading: Reading) -> bool:
    """ "tổ có 1 người chỉ HTNV, nghe nói vậy là cả tổ mất TTLĐTT, đúng k": one member at
    "hoàn thành nhiệm vụ" said (reported or put up) to cost a share-based collective title."""
    if not (
        pair.yesno
        and pair.attr == "eligible"
        and pair.entity in _COLLECTIVES_BY_SHARE
        and pair.subject in ("htnv", "can_htnv")
    ):
        return False
    if _ONE_MEMBER.search(folded_words(reading.question)) is None:
        return False
    if _DUTY_FAILED.search(folded_words(reading.question)) is not None:
        # "1 cô bị đánh giá k hoàn thành nhiệm vụ": below the level, not at it (task h393)
        return False
    return reported_denial(claim_put_up(reading.question)) or claimed_loss(reading.question)


#: a member told to have failed the duty ("k hoàn thành nhiệm vụ"), not one at that level
_DUTY_FAILED = re.compile(r"\b(?:khong|k|ko|kg|chua) (?:duoc danh gia )?hoan thanh nhiem vu\b")
_ONE_MEMBER_NOTE = (
    "Một cá nhân chỉ hoàn thành nhiệm vụ không tự làm tập thể mất danh hiệu: tập thể vẫn được"
    " xét nếu đủ tỷ lệ cá nhân đạt Lao động tiên tiến và các tiêu chuẩn khác."
)
_ALL_MAY = re.compile(r"\bdeu (?:co the )?(?:duoc|dc) (?:khen|xet|tang)\b")


#: a rule's bound of months quoted: "dưới 10 tháng", "chưa đủ 6 tháng", "ít hơn 6 tháng"
_BOUND_QUOTED = re.compile(r"\b(?:duoi|chua du|it hon|khong du) (?:\d+|bao nhieu|may) thang\b")
#: a leave or a course told: its months may be the ones counted, not the service's
_LEAVE_TOLD = re.compile(r"\b(?:thai san|nghi sinh|nghi de|nghi om|nam vien|di hoc|boi duong)\b")


def _new_hire_served(draft: Draft, block: Block) -> None:
    """ "ký hợp đồng từ 02/5/2026, đến cuối năm được gần 8 tháng … chị văn phòng nói mới vào
    năm đầu thì chưa được xét": the new hire's bar answers the block, but the months told reach
    the 6-month rule (Luật 2022 Điều 24, Thông tư 15/2025/TT-BNV): the bar is not met, "Có"
    (task h283). The months said with the rule follow in ``_verdict_of_case_told``."""
    hire = draft.model.fact(block.pair.entity, block.pair.attr)
    if (
        draft.reading.served is None
        or block.verdict != "Không"
        # "trước quy định dưới 10 tháng, giờ còn 10 tháng không": a bound quoted makes the
        # months the rule's, not the asker's service
        or _BOUND_QUOTED.search(folded_words(draft.reading.question)) is not None
        or _LEAVE_TOLD.search(folded_words(draft.reading.question)) is not None
        or hire is None
        or "moi_tuyen" not in hire.by_subject
    ):
        return
    rule = hire.by_subject["moi_tuyen"].text.rstrip(".")
    if without_opener(block.body).startswith(rule):
        # "… em thiếu vài ngày, vậy là em mất LĐTT rồi hả": the loss put up is the claim the
        # months told disprove (task f180a, b180)
        block.verdict = "Không" if claimed_loss(draft.reading.question) else "Có"
        block.body = without_opener(block.body)[len(rule) :].lstrip(". ")


#: a count of days claimed ("5 ngày làm việc", "trong 7 ngày")
_DAYS_CLAIMED = re.compile(
    # the days as the limit ("trong 5 ngày", "là 20 ngày", "15 ngày làm việc"), not a story's
    # days ("nấu cơm 5 ngày liền")
    r"\b(?:trong|trong vong|la|mat|het|toi da|chi|can) \d{1,3} ngay\b|\b\d{1,3} ngay lam viec\b"
)
#: time-limit attributes whose days the province's procedure set fixes (NĐ 152/2025 Điều 6
#: khoản 2 điểm c; domain.md: thời hạn TTHC in each province's quy chế)
_PROCEDURE_TIMES = frozenset({"deadline", "processing_time"})
#: the figure claimed to hold everywhere ("nơi nào cũng là 20 ngày", "áp dụng chung"): a claim
#: about every province, which no national rule makes true ("Không")
_EVERYWHERE = re.compile(
    r"\b(?:noi nao cung|o dau cung|dau dau cung|moi noi|tinh nao cung|xa nao cung"
    r"|quy dinh chung|ap dung chung|chung cho)\b"
)


#: task h476 (b176 D1): whether a time limit is a fixed number of days, asked yes/no ("có thời
#: hạn giải quyết cố định bn ngày k", "có quy định cứng mấy ngày không")
_FIXED_DAYS_ASKED = re.compile(
    r"\b(?:co dinh|an dinh|quy dinh cung|dinh san|thong nhat)\b(?: \w+){0,2}? "
    r"(?:bao nhieu|may|bn) ngay (?:khong|ko|k|kg|hong|hok)\b"
    # task f187 (b187 C): "hồ sơ giấy khen xã có thời hạn giải quyết cố định k": the time limit
    # named, then asked fixed, no number of days typed
    r"|\bthoi han (?:\w+ ){0,3}?(?:co )?(?:co dinh|an dinh|thong nhat)"
    r" (?:khong|ko|k|kg|hong|hok)\b"
)


def _fixed_days_asked(block: Block, question: str) -> bool:
    """A yes/no asking whether the province-set time limit is a fixed number of days, no law
    named (the law's own days are the national answer, read elsewhere)."""
    if block.pair.attr not in _PROCEDURE_TIMES or not block.pair.yesno:
        return False
    said = folded_words(question)
    if _FIXED_DAYS_ASKED.search(said) is None or LAW_ITSELF.search(said):
        return False
    body = folded_words(block.body)
    return "thu tuc" in body and "tinh" in body


def _province_time_verdict(block: Block, question: str) -> str | None:
    """A number of days claimed for a time limit the fact leaves to the province's procedure
    set: "Tùy" when claimed with no law named (judged against an example province's figure,
    the claim would read as wrong where the asker's province may well set it), "Không" when
    claimed to hold by law or everywhere (no national rule fixes it, the settled rule of task
    h263); None when neither, or the fact is not such a time limit."""
    if block.pair.attr not in _PROCEDURE_TIMES or block.verdict == "Có":
        return None
    said = folded_words(question)
    if _DAYS_CLAIMED.search(said) is None:
        return None
    body = folded_words(block.body)
    if "thu tuc" not in body or "tinh" not in body:
        return None
    national = LAW_ITSELF.search(said) is not None or _EVERYWHERE.search(said) is not None
    if national:
        return "Không" if block.pair.yesno and block.verdict != "Không" else None
    return "Tùy" if block.verdict == "Không" and block.claimed == "Không" else None


def _verdict_of_case_told(draft: Draft, block: Block) -> None:
    """The case the question tells: bad news beside a permission, a rule left to the province,
    months served, a broken rule, several titles, a denial reported."""
    model, reading = draft.model, draft.reading
    if block.kept_read:
        return  # an award's standing already judged against Điều 93 (task h422)
    pair, of_case, claim, claimed, day, told_case = (
        block.pair,
        block.of_case,
        block.claim,
        block.claimed,
        block.day,
        block.told_case,
    )
    good_news = (pair.attr == "eligible" and of_case) or (
        pair.attr == "deadline" and day is not None
    )
    _new_hire_served(draft, block)
    law_said = _law_on_left_case(
        pair.subject, block.fact.verdict, reading.asked or reading.question
    )
    if law_said is not None:
        # "bị xử phạt hành chính thì không được LĐTT theo luật, đúng k": the law bars no one
        # for it, the province's quy chế may: "Tùy", both said (task h219)
        block.verdict = law_said
        return
    if (
        block.verdict in ("Có", "Không")
        and good_news
        and (
            adverse_to_may(reading, pair)
            or (pair.attr == "deadline" and day is not None and late_told(reading))
        )
    ):
        # "có bị loại khỏi xét LĐTT không", "có bị trễ hạn không": the fact's verdict
        # says whether the asker may have it / is in time; the question asks the reverse
        block.verdict = "Không" if block.verdict == "Có" else "Có"
    if (
        block.verdict == "Tùy"
        and good_news
        and adverse_to_may(reading, pair)
        and _LAW_FREE.search(folded_words(block.body))
        and LAW_ITSELF.search(folded_words(reading.question))
    ):
        # "theo luật, quên đăng ký thi đua thì có bị loại LĐTT không": the law bars no one
        # for it, the plain answer to "bị loại" asked of the law. Asked of the asker's own
        # review, with no law named, the case's "Tùy" stands: the province's quy chế may bar
        # it, and a bare "Không" reads as "you may not be reviewed" (task h263)
        block.verdict = "Không"
        block.body = capitalized(_LOCAL_OPENER.sub("", block.body, count=1))
    if (
        registration_left_to_province(pair, block.verdict, reading.question)
        and not removal_restated(claim, block.body)
        # the province's own requirement told is judged below ("Có": it binds its communes)
        and not (pair.entity == REGISTRATION and province_requires_registration(reading.question))
    ):
        # "… bảo đăng ký không còn là căn cứ xét danh hiệu nữa, đúng k" restates what
        # the law removed: judged below as the removal, not left to the province (h126)
        # "zalo bảo không đăng ký thi đua đầu năm thì cuối năm không được xét, đúng k":
        # the law no longer bars anyone (Luật 2022 Điều 7), but the province's quy chế
        # may; the line is judged "Tùy" with both said, unless the law alone is asked
        block.verdict = "Tùy"
        said = without_opener(block.body).removeprefix("Không bắt buộc theo luật: ")
        local = (
            _REGISTRATION_REVIEW_LOCAL
            if registration_review_asked(reading.question)
            else _REGISTRATION_LOCAL
        )
        block.body = f"{local} {capitalized(said)}"
    if (
        pair.entity == REGISTRATION
        and pair.subject == "htx"
        and _WITH_COMMUNE.search(folded_words(reading.question))
        and not LAW_ITSELF.search(folded_words(reading.question))
        and block.body.startswith("Tùy")
    ):
        # "HTX có phải đăng ký thi đua với xã k", "công ty trên địa bàn có bắt buộc đăng ký
        # thi đua với UBND xã k": registering toward the xã is what the province's quy chế
        # (and the xã's plan under it) may require; the law does not (Luật 2022 Điều 7). The
        # firm's own rule for its people follows (Điều 80 khoản 4) (task h477)
        block.verdict = "Tùy"
        own = block.body[:1].lower() + block.body[1:]
        block.body = f"{_FIRM_WITH_COMMUNE} Còn đăng ký trong nội bộ đơn vị: {own}"
    if pair.entity == REGISTRATION and _province_power_asked_second(reading.question):
        # "đăng ký còn là căn cứ theo luật mới không? mà tỉnh có được bắt đăng ký không": the
        # first ask's verdict opens (Luật 2022 Điều 7); the province's power answers the second
        block.body = f"{without_opener(block.body)} {_PROVINCE_REQUIRES_SECOND}"
    elif pair.entity == REGISTRATION and province_requires_registration(reading.question):
        # "quy chế của tỉnh vẫn bắt đăng ký thi đua thì xã có phải làm theo không": the
        # law dropped it as a căn cứ (Luật 2022 Điều 7), the province's quy chế that
        # keeps it binds its communes (task h144)
        # "… nên tỉnh không được bắt xã đăng ký nữa, đúng không": the power claimed gone is
        # wrong, the province may still require it (task h421)
        block.verdict = "Không" if province_power_denied(reading.question) else "Có"
        said = without_opener(block.body).removeprefix("Không bắt buộc theo luật: ")
        block.body = f"{_PROVINCE_REQUIRES} {capitalized(said)}"
    if (
        pair.entity == REGISTRATION
        and pair.yesno
        and _UNREGISTERED_SANCTION.search(folded_words(reading.question))
    ):
        # "thôn k đăng ký thi đua năm nay thì có bị phạt hay bị kỷ luật gì k": no rule fines
        # or disciplines a unit for not registering; thi đua is joined freely (Luật 2022 Điều 3
        # khoản 1) and registering is no longer a căn cứ (Điều 7). A province's quy chế may
        # still ask it before a title is reviewed, which is no sanction (task h374)
        block.verdict = "Không"
        said = without_opener(block.body).removeprefix("Không bắt buộc theo luật: ")
        said = _LOCAL_OPENER.sub("", said, count=1)
        block.body = f"{_NO_SANCTION} {capitalized(said)}"
    days = _province_time_verdict(block, reading.question)
    if days is not None:
        # "TTHC giấy khen xã giải quyết trong bao nhiêu ngày, nghe nói 5 ngày phải k": the
        # days are the province's procedure set's; "… ở đâu cũng 5 ngày" claims them of
        # every province, which no national rule does (task h339)
        block.verdict = days
        block.claimed = None
        opener = _TIME_LOCAL if days == "Tùy" else "Không."
        block.body = f"{opener} {capitalized(without_opener(block.body))}"
    if block.verdict in (None, "Có") and _fixed_days_asked(block, reading.question):
        # "TTHC tặng LĐTT ở xã có thời hạn giải quyết cố định bn ngày k": a yes/no on whether
        # the days are fixed, which the province's procedure set decides (NĐ 152/2025 Điều 6
        # khoản 2 điểm c; the settled "Tùy"); the fact itself carries no verdict, and a "Có"
        # read from its words ("có … không") answers no fixed figure (task h476)
        block.verdict = "Tùy"
        block.body = f"{_TIME_LOCAL} {capitalized(without_opener(block.body))}"
    if block.verdict != "Không" and exemption_claimed(pair, reading.question):
        # "tập thể nhỏ thì được miễn tỷ lệ LĐTT khi xét TTLĐTT đúng k": the minimum share
        # binds every collective (Luật 2022 Điều 27, 28), no exemption by size
        block.verdict = "Không"
        block.body = f"{_NO_EXEMPTION} {capitalized(without_opener(block.body))}"
    binds = province_cap_binds(pair, reading.question)
    power = None if binds else province_may_cap(pair, reading.question)
    if not binds and power is None and cap_left_to_province(pair, block.verdict, reading.question):
        # "huyện cũ khống chế CSTĐCS 15 %, năm nay xã vẫn áp 15 % đúng k": no national
        # cap (domain.md: the 15 % of NĐ 91/2017 is repealed), the province may set one
        block.verdict = "Tùy"
        block.body = f"{_CAP_LOCAL} {capitalized(without_opener(block.body))}"
    if binds:
        # "tỉnh em có quy chế giới hạn CSTĐCS không quá 20 %, xã có phải theo không": the
        # law sets no cap, the province's own quy chế that sets one binds its communes
        block.verdict = "Có"
        block.body = f"{_PROVINCE_CAP_BINDS} {capitalized(without_opener(block.body))}"
    if power is not None:
        # "UBND tỉnh có quyền khống chế tỷ lệ CSTĐCS k", "tỉnh đặt trần 15 % có trái luật
        # k": the province's power to cap is asked, which the law leaves to it; the fact's
        # "Không" answers whether a cap binds by law
        # the fact's own text already says "Tỉnh có thể quy định tỷ lệ trong quy chế"
        block.verdict = power
        block.body = capitalized(without_opener(block.body))
    hire = model.fact(pair.entity, pair.attr)
    # task h298: a new hire's case whose rule a quoted bound kept ("tuyển dụng từ tháng 2 …
    # nói dưới 12 tháng thì không được xét, đúng không") still has the months from its start
    # (a leave told may hold the months instead: "… 1 chị nghỉ thai sản 6 tháng")
    folded = folded_words(reading.question)
    started = (
        pair.subject == "moi_tuyen"
        and service_start_told(folded)
        and _LEAVE_TOLD.search(folded) is None
    )
    served = reading.served if block.verdict == "Có" or started else None
    if served is not None and hire is not None and "moi_tuyen" in hire.by_subject:
        # a new hire whose months told reach the rule: the case is met, and the rule
        # it meets is said with it ("mới tuyển tháng 8 …, đến cuối năm học hơn 9 tháng")
        rule = hire.by_subject["moi_tuyen"].text.rstrip(".")
        said = without_opener(block.body).removeprefix(f"{rule}.").lstrip()
        block.body = f"Anh/chị nêu {served} tháng công tác. {rule}. {said}".rstrip()
    if (
        block.verdict in ("Có", "Không")
        and pair.attr in _PERMISSIONS
        and breaks_rule(reading)
        and not _two_deeds_weighed(pair, reading.question)
    ):
        # "năm nào cũng tặng giấy khen cho một người có sai nguyên tắc không": the fact's
        # verdict says whether it is allowed; the question asks whether it breaks a rule
        block.verdict = "Không" if block.verdict == "Có" else "Có"
    if (
        block.verdict in ("Có", "Không")
        and pair.attr == "several"
        and single_payment_claimed(reading.question)
    ):
        # "2 cái là trùng nên chỉ nhận tiền 1 lần, có đúng k": the fact's verdict says
        # whether both prizes are paid; the claim is its negation (task h119)
        if both_paid_asked(reading.question) and block.verdict == "Có":
            # "kế toán bảo chỉ được 1 khoản. Em có được nhận cả hai khoản không": the asker's
            # own question is answered, the saying said wrong in the body (task h417)
            block.body = f"{BOTH_PAID_NOTE} {without_opener(block.body)}"
        else:
            block.verdict = "Không" if block.verdict == "Có" else "Có"
            if not double_payment_asked(reading.question):
                # a saying judged; "chi cả 2 khoản có bị coi là chi trùng k" reports none (h361)
                said = "Ý kiến đó chưa đúng." if block.verdict == "Không" else "Ý kiến đó đúng."
                block.body = f"{said} {without_opener(block.body)}"
    if _one_member_loss_said(pair, reading):
        # "trạm có 1 người HTNV, nghe nói vậy là cả trạm mất TTLĐTT, đúng k": the title rests
        # on a share of members (Luật 2022 Điều 27, 28) and "hoàn thành nhiệm vụ" is still
        # duty done, so one such member does not by itself cost the collective (task h320)
        block.verdict = "Không"
        share = model.fact(pair.entity, "cap")
        told = _SHORT_NOTE.sub("", without_opener(block.body), count=1)
        # the share's own figures, unless the criteria told already give them
        figures = set(re.findall(r"\d+ %", share.text)) if share else set()
        shown = share.text if share and not figures <= set(re.findall(r"\d+ %", told)) else ""
        said = ["Ý kiến đó chưa đúng.", _ONE_MEMBER_NOTE, shown, told]
        block.body = " ".join(p for p in said if p)
    elif (
        block.verdict in ("Có", "Không")
        and reported_denial(claim_put_up(reading.question))
        # "k còn danh hiệu TDP văn hóa, chỉ còn phường văn hóa": the denial is of another
        # title; this one is claimed to remain, which its own fact judges (task h392)
        and not _kept_only_claimed(claim, pair.entity, model)
        # "k cần phải có LĐTT mới được giấy khen": ``title_required`` judged the need denied
        # (task h392: never turned twice)
        and not (pair.attr == "eligible" and title_need_denied(claim, model))
        # "không đăng ký thì không được xét": the registration rule's "Không" already
        # answers the saying (task h102)
        and pair.entity != REGISTRATION
        # "… chi 1 khoản thôi vì nghe nói k dc nhận 2 lần tiền thưởng, đúng k": the single
        # payment claimed was judged above (h386: never turned twice, no "Có. Ý kiến đó đúng.
        # Ý kiến đó chưa đúng.")
        and not (pair.attr == "several" and single_payment_claimed(reading.question))
        # a value claim reader already judged the denial itself ("… bảo CSTĐCS không có
        # bằng chứng nhận"): its verdict is on the saying, not to be turned again
        and not values_denied(claim, model.values.get(pair.attr, {}))
        # "nghe nói TTLĐTT không có bằng mà chỉ thưởng tiền": the thing denied is the
        # object's, which its own part judges; the prize's part does not turn on it
        and not _value_denied_elsewhere(reading, pair, claim, model.values)
        # "… bảo CSTĐCS chỉ được giấy chứng nhận thôi, không có tiền thưởng": the thing
        # the saying gives is not what the title brings, so the saying is wrong whatever
        # it denies (its denial has its own part; task h120)
        and not (pair.attr in model.values and claimed == "Không" and block.verdict == "Không")
        # "… bảo chi LĐTT 759.000 đúng theo hệ số, k dc làm tròn": the sum claimed was judged
        # against the prize itself; its "không" only says why (task h340: never turned twice);
        # a prize denied outright ("LĐTT không có tiền thưởng") names no sum and is turned
        and not (pair.attr == "money" and claimed is not None and claimed_amounts(reading.question))
        # "… bảo không có sáng kiến thì không được CSTĐCS": the without-requirement
        # reader above already judged that saying (task h126: never turned twice)
        and not (pair.attr in REQUIREMENTS and pair.without and claimed_loss(reading.question))
        # "… bảo CSTĐCS không cần sáng kiến": ``not_needed`` already judged the saying that
        # it is not needed against the fact's "không bắt buộc" (task h185: never turned twice)
        and not (
            not_needed(reading.question, block.body) == "Có"
            and _RIGHT_CLOSED.search(folded_words(claim))
        )
        # "… không cần chủ tịch ký nữa": its "không" claims the council decides, which the
        # council's "decides" fact already judges (task h167)
        and not (
            pair.entity in BODIES
            and pair.attr == "decides"
            and council_signing_told(tokens(reading.question))
        )
        # "… nói không được khen vượt cấp": the skip reader already judged that saying
        # against the step-up rule (task h192: never turned twice)
        and not (pair.attr == "step_up" and claimed is not None)
        # "ông ấy bảo tiền đã nhận thì không phải trả": ``prize_kept_claimed`` already judged
        # that saying against Điều 93 khoản 9 (task h214: never turned twice)
        and not prize_kept_claimed(pair, reading.question)
        and not _participation_denied(pair, claim, block.body)
        # "LĐTT chỉ cần hoàn thành tốt nhiệm vụ, không cần gì thêm": its "không" is part of
        # the claim of enough the criteria already judged (task h222: never turned twice)
        and not (_criteria_asked(pair) and enough_claimed(claim))
        # "nghe nói cùng thành tích ấy thì không được trường tặng lại": ``repeat_denied``
        # already judged that saying as the rule itself (task h240: never turned twice)
        and not (pair.attr == "one_achievement" and repeat_denied(claim))
        # "nghe nói luật bắt buộc trường có người bị kỷ luật thì không được TTLĐXS": whether
        # the law requires it was judged on the saying itself (task h262: never turned twice)
        and not block.law_read
        # "nghe nói TTLĐXS bắt buộc 100 % LĐTT nên trường k đủ": the share claimed was judged
        # on the saying itself (task h320: never turned twice)
        and not block.threshold_read
        # "… nghe nói lỗi của xã chứ không phải lỗi em nên qđ vẫn giữ nguyên, đúng k": the
        # kept or spared reader already judged that saying against Điều 93 (h282: never
        # turned twice)
        and not (pair.attr == "revoke" and claimed is not None)
        # "bị tước thì không bao giờ được trao lại": the revoke story already judged the
        # restoring denied (h285: never turned twice)
        and not (pair.attr == "revoke" and honour_restored(reading.question))
        # "nghe nói mất bằng thì coi như mất danh hiệu, sau này k được tính nữa": the
        # no-ground reader already judged that saying against Điều 93 (h344: never turned
        # twice)
        and not (pair.attr == "revoke" and no_ground_note(reading.question) is not None)
    ):
        # "hiệu trưởng bảo không được xét LĐTT … vậy nói có đúng không": the verdict
        # says whether the title may be had; the claim confirmed is its negation
        if not requirement_loss_reported(pair, reading.question):
            block.verdict = "Không" if block.verdict == "Có" else "Có"
        if old_figure_said(claim, block.body):
            # "nghe nói mới tuyển dưới 10 tháng thì không được xét LĐTT": the denial
            # rests on a figure the fact gives only as the old rule, so the saying is
            # wrong whatever the case it denies (task h106)
            block.verdict = "Không"
        # the fact's own words answer the title, not the saying: say which is judged
        said = "Ý kiến đó chưa đúng." if block.verdict == "Không" else "Ý kiến đó đúng."
        block.body = f"{said} {without_opener(block.body)}"
    elif (
        block.verdict == "Tùy"
        and pair.attr == "eligible"
        and who_denied(claim_put_up(reading.question))
        and _ALL_MAY.search(folded_words(block.body))
    ):
        # "phường muốn khen đột xuất … nghe nói người kinh doanh không thuộc đối tượng khen,
        # đúng k": the case's "Tùy" is on the deed; the fact lets every person, collective
        # and household have it, so the saying on who is wrong (Luật 2022 Điều 75, 85)
        block.verdict = "Không"
        block.body = f"Ý kiến đó chưa đúng. {without_opener(block.body)}"
    elif (
        block.verdict in ("Có", "Không")
        and pair.attr == "eligible"
        # "không đăng ký thì không được xét": the registration rule's verdict already
        # answers that claim (task h102)
        and pair.entity != REGISTRATION
        and told_case is None
        and not pair.denied
        # a claim reader already judged the claim itself ("chưa đủ 6 tháng" read as
        # the 6-month rule stated plainly): its verdict is on the claim, not the title
        and claimed is None
        and claimed_loss(reading.question)
    ):
        # "… thì không được xét LĐTT, quy định này đúng không", "nghỉ thai sản thì coi
        # như mất LĐTT đúng k": the asker's own claim that the case loses the title is
        # the negation of whether it may be had (task h107)
        block.verdict = "Không" if block.verdict == "Có" else "Có"
        said = "Nhận định đó chưa đúng." if block.verdict == "Không" else "Đúng như vậy."
        block.body = f"{said} {without_opener(block.body)}"
    if (
        pair.yesno
        and pair.attr == "repeat"
        and block.verdict == "Có"
        # "… được khen nhiều lần không hay chỉ 1 lần": the saying offered after "không hay"
        # is the other answer; the yes/no asks the first option (task h320)
        and once_only_said(first_option(reading.question))
    ):
        # "đã được giấy khen năm ngoái thì năm nay không được tặng nữa, đúng k": a form said
        # to be had once only, which the rule denies (Luật 2022 Điều 5 khoản 2 điểm c) however
        # far the saying runs from the word reporting it (task h259)
        block.verdict = "Không"
        block.body = f"Ý kiến đó chưa đúng. {without_opener(block.body)}"
    first = first_option(reading.question)
    if (
        pair.yesno
        and pair.attr == "one_achievement"
        and block.verdict == "Không"
        and first != reading.question
        and year_title_beside_deed(first)
    ):
        # "được giấy khen đột xuất vì cứu người, cuối năm có được xét thêm LĐTT k hay bị coi
        # là khen 2 lần": the first option is asked; the year's title rewards another
        # achievement than the deed (task h320)
        block.verdict = "Có"
        block.body = f"{_YEAR_TITLE_OTHER_DEED} {without_opener(block.body)}"


#: why the year's title beside a deed's award is no second reward of one achievement
_YEAR_TITLE_OTHER_DEED = (
    "Được: danh hiệu thi đua cuối năm ghi nhận thành tích cả năm, là thành tích khác với việc"
    " đã được khen, nên không phải khen hai lần cho một thành tích."
)


def _two_deeds_weighed(pair: Pair, question: str) -> bool:
    """ "được giấy khen vì hiến đất và nhà được gia đình văn hóa, có trái nguyên tắc một thành
    tích một hình thức không": two deeds told, so the rule (Luật 2022 Điều 5 khoản 2 điểm c)
    is not broken and its "Không" stands unturned (task h240)."""
    return pair.attr == "one_achievement" and different_deeds_told(question)


def _participation_denied(pair: Pair, claim: str, body: str) -> bool:
    """ "mặt trận không tham gia bình xét đúng không": who decides the review already read the
    denial against those the fact names at it, so it is not turned a second time (task h195)."""
    return pair.attr == "chair" and participant_named(claim, body) == "Không"


def _value_denied_elsewhere(
    reading: Reading, pair: Pair, claim: str, values: dict[str, dict[str, str]]
) -> bool:
    """Whether a prize's claim denies a thing (a certificate, a badge) that the object part read
    of the same title names among its values: that part judges the denial."""
    return pair.attr == "money" and any(
        other.attr == "object"
        and other.entity == pair.entity
        and (
            values_denied(claim, values.get(other.attr, {}))
            or _CERTIFICATE_DENIED.search(folded_words(claim)) is not None
        )
        for other in reading.pairs
    )


#: "LĐTT ko có bằng", "không được cấp giấy": the certificate denied by its short name, which
#: the object part judges as it does "không có bằng chứng nhận" (task h320)
_CERTIFICATE_DENIED = re.compile(
    r"\b(?:khong|ko|k|kg|chang) (?:co |duoc |dc |nhan |cap |kem )*(?:bang|giay)\b"
    r"(?! (?:khen|chung nhan)\b)"
)


def _verdict_of_denial_told(draft: Draft, block: Block) -> None:
    """A negation confirmed, a case that is not this one, a local rule, an initiative route, a
    requirement, cap or payer claimed, a paper lacking; then the verdict written."""
    model, reading = draft.model, draft.reading
    pair, fact, claim, claimed, limit_read, listed, told_case = (
        block.pair,
        block.fact,
        block.claim,
        block.claimed,
        block.limit_read,
        block.listed,
        block.told_case,
    )
    if (
        block.verdict in ("Có", "Không")
        and not pair.without
        and negation_confirmed(
            claim,
            _attr_names(
                model,
                pair.attr,
                _acts_denied(pair, claim, fact.verdict == "Không"),
                # a claimed actor's denial already weighed by who decides is not turned twice
                with_acts=pair.attr != "decides"
                or block.verdict == "Có"
                # "TTLĐXS chủ tịch xã k ký dc, đúng k": the xã's act denied against the
                # fact's "Không" (the province decides) holds (task h473)
                or _commune_act_denied(pair, claim),
                contrast=bool(_ONLY_BUT_NOT.search(f" {folded_words(claim)} ")),
            ),
        )
        # "kế toán bảo LĐTT không có tiền thưởng, vậy có đúng không": a denial someone
        # is reported to make is turned by its own reader below
        and not reported_denial(claim_put_up(reading.question))
        and not (
            pair.attr == "eligible"
            and pair.entity != REGISTRATION
            and claimed_loss(reading.question)
        )
        and not limit_read
        and not block.kept_read
        # fixer f49l (b180): "… chẳng lẽ chỉ dc nhận 1 khoản, k dc cả 2": the single payment
        # claimed, its "không" inside, was judged by the case told (h119, h386): never turned
        # twice
        and not (pair.attr == "several" and single_payment_claimed(reading.question))
        # a claim reader that already read the negation (the things "không có …" of
        # h96's value claims) gave the verdict on the claim itself; "không bị …" closing
        # the question is turned below, with what still happens said (task h96)
        and claimed is None
        and not negated_claim(reading.asked or reading.question, block.body)
        and not _participation_denied(pair, claim, block.body)
        # "hộ nào không tham gia thì bị phạt": the negation opens the condition; the penalty
        # claimed says taking part is compulsory, which the fact's verdict already answers
        and not (pair.attr == "voluntary" and claims_penalty(claim))
        # "… tòa xử vô tội thì không thể lấy lại danh hiệu": getting the honour back denied,
        # which the revoke story judged, not the revoking (h285: never turned twice)
        and not (pair.attr == "revoke" and honour_restored(reading.question))
        # "tiền đã chi rồi thì không thu hồi được dù QĐ bị hủy": ``prize_kept_claimed`` already
        # judged that saying against Điều 93 khoản 9 (h304: never turned twice)
        and not prize_kept_claimed(pair, reading.question)
        # "… tố cáo anh K không có sáng kiến là đúng, đúng k": the negation is the case told;
        # the claim holds the complaint right, which the fact's verdict answers (h304)
        and not held_right_claimed(claim)
    ):
        # "CSTĐCS chỉ được thưởng tiền, không có bằng chứng nhận đúng không", "QĐ đã ký
        # thì không bao giờ hủy được đúng không": the claim put up for confirmation is
        # the negation of what the fact's verdict answers (task h95)
        block.verdict = "Không" if block.verdict == "Có" else "Có"
    if (
        block.verdict == "Không"
        and fact.verdict == "Không"
        # a reader that took the claim for the fact's own question ("theo luật … có
        # không") gave the fact's "Không"; a figure claimed is judged by its own reader
        and claimed in (None, "Không")
        and figure_verdict(claim, block.body) is None
        and told_case is None
        # a denial reported of the registration rule was not turned above (its own
        # reader answers it), so the removal it restates is judged here (task h126:
        # "nghe nói đăng ký thi đua không còn là căn cứ bắt buộc, đúng k")
        and (pair.entity == REGISTRATION or not reported_denial(claim_put_up(reading.question)))
        # "luật bỏ đăng ký nên tỉnh không được bắt đăng ký nữa": the removal is the premise,
        # the province's power denied is the claim (task h421)
        and not (pair.entity == REGISTRATION and province_power_denied(reading.question))
        and (
            removal_restated(claim, block.body)
            or removal_said(claim, block.body)
            # "tiền thưởng đó không phải đóng thuế đúng không": the prohibition the
            # fact states, restated negated (task h119)
            or prohibition_restated(claim, block.body)
        )
    ):
        # "đăng ký thi đua bây giờ không còn là căn cứ xét danh hiệu đúng k" against
        # "Luật 2022 bỏ đăng ký thi đua khỏi căn cứ …": the claim restates the removal
        # the fact states, so it holds (task h106)
        block.verdict = "Có"
    if told_case is not None:
        # "xã phát động tháng cao điểm …, khen theo thủ tục đột xuất được không": the
        # case the letter tells is one the rule says is not this one, whoever
        # is reported to claim it and whatever the claim adds
        block.verdict, note = told_case
        if note not in block.body:
            # the rule's sentence on the case leads, and is not said twice
            rest = without_opener(block.body)
            why = note.partition("”. ")[2]
            if why:
                rest = " ".join(rest.replace(why, "").split())
            block.body = f"{note} {rest}"
    local = (
        local_rule(reading.asked or reading.question, block.body)
        if block.verdict == "Không"
        else None
    )
    if local is not None:
        # "trường em có bị giới hạn tỷ lệ không": the law's "Không" is not the answer for
        # the asker's own unit, which follows the province's rules
        block.verdict = "Tùy"
        block.body = f"{local} {without_opener(block.body)}"
    if (
        block.verdict == "Không"
        and pair.attr == "initiative"
        # the raw question: the asked words drop "hoặc" as a joiner; "sáng kiến hoặc hoàn
        # thành xuất sắc, 1 trong 2 là được" names the routes the other way round (h359)
        and (
            route_offered(reading.question, fact.text)
            # the fact itself must name routes: LĐTT's sáng kiến fact has none
            or (" hoặc " in fact.text and either_route_claimed(reading.question))
        )
        # "phải có đề tài hoặc sáng kiến mới được": the routes named leave out the level of
        # duty, so they are claimed required, not the rule restated (task h279)
        and not initiative_required_claimed(reading.question)
    ):
        # "… hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến đúng không": the rule
        # restated with its routes; it is right, and the route is not required (h108)
        block.verdict = "Có"
        block.body = without_opener(block.body.replace(ONE_WAY_NOT_REQUIRED, "").strip())
        block.body = f"{_ROUTE_RESTATED} {block.body}"
    if (
        pair.yesno
        and (
            (pair.attr in REQUIREMENTS and fact.verdict == "Không")
            # the saying on the title's "who may" part: the initiative fact decides
            or (
                pair.attr == "eligible"
                and (own := model.fact(pair.entity, "initiative")) is not None
                and own.verdict == "Không"
                and stricter_claimed(reading.question, initiative=True)
            )
        )
        and stricter_claimed(reading.question)
    ):
        # "không có sáng kiến, chị hội bảo phải có sáng kiến mới bầu CSTĐCS được": the
        # claim judged is the requirement, not whether the case told may have the title
        # by another route (Luật 2022 Điều 23 khoản 2, task h113)
        block.verdict = "Không"
    if (
        pair.yesno
        and pair.attr == "cap"
        and block.verdict in ("Có", "Tùy")
        and (criteria_fact := model.fact(pair.entity, "criteria")) is not None
        and (missed := unmet(reading.question, criteria_fact.text)) is not None
    ):
        # "1 cô không hoàn thành nhiệm vụ, bạn bảo vẫn đề nghị TTLĐXS được vì trên 70 %
        # LĐTT": the share met does not make up for a criterion told unmet (task h113)
        block.verdict = "Không"
        block.body = f"Chưa đạt tiêu chuẩn: {missed}. {without_opener(block.body)}"
    if (
        pair.yesno
        and pair.attr == "money"
        and fact.coefficients
        and paid_by_employment(reading.question)
    ):
        # "tiền thưởng LĐTT của người hợp đồng thấp hơn viên chức đúng k": one amount
        # per title for every person (NĐ 152/2025 Điều 50 khoản 1, task h113)
        block.verdict = "Không"
        block.body = f"{PAID_ALIKE} {without_opener(block.body)}"
    if (
        pair.yesno
        and block.verdict == "Không"
        # papers the claim leaves out of the list (task h144): not a restatement
        and not (listed is not None and listed[0] == "Không")
        and enough_restated(claim, block.body)
    ):
        # "… chỉ cần tờ trình và tóm tắt thành tích, không cần biên bản đúng không": the
        # claim restates what the fact says is enough and not needed (task h113)
        block.verdict = "Có"
    _verdict_of_held_run(model, block)
    if block.verdict:
        block.body = with_verdict(block.verdict, block.body)


def _commune_act_denied(pair: Pair, claim: str) -> bool:
    """Who decides asked of the xã with the xã's own act denied ("chủ tịch xã k ký dc", "xã
    không được tặng"): the claim is that the xã may not, judged against the fact's verdict on
    whether it may (task h473)."""
    return pair.authority == "xa" and _COMMUNE_DENIED.search(f" {folded_words(claim)} ") is not None


#: the xã (its chairman) named, then a denial of its act within a few words
_COMMUNE_DENIED = re.compile(
    r" (?:chu tich |ct |ubnd )*(?:xa|phuong|dac khu)(?: \w+){0,2}? (?:khong|ko|k|kg|chang)"
    r" (?:(?:duoc|dc|the|co quyen|con) )*(?:ky|tang|quyet dinh|cong nhan|khen)\b"
)


def _verdict_of_held_run(model: FactModel, block: Block) -> None:
    """ "đạt TTLĐTT 3 năm liền thì (có phải) được TTLĐXS (luôn) không": the title asked needs no
    run of years, so years of another title bring it by no rule, "Không" whatever the claim's
    words; its own criteria are what decide (Luật 2022 Điều 27 for TTLĐXS; h169)."""
    pair, fact = block.pair, block.fact
    held = (pair.subject or "").removeprefix("dat_")
    if not (
        pair.yesno
        and pair.attr == "consecutive"
        and held != (pair.subject or "")
        and held in model.entities
        and held != pair.entity
        and fact.verdict == "Không"
    ):
        return
    block.verdict = "Không"
    criteria = model.fact(pair.entity, "criteria")
    if criteria is not None and criteria.text not in block.body:
        block.body = (
            f"{without_opener(block.body)} Tiêu chuẩn {model.entities[pair.entity]}: "
            f"{criteria.text}"
        )


#: what the chair of an enterprise's board may give (Luật 2022 Điều 80 khoản 4)
_BOARD_GIVES = frozenset({"giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the"})
#: what the head of a provincial department or a ministry's unit may give (Luật 2022 Điều 80
#: khoản 1)
_DEPARTMENT_GIVES = _BOARD_GIVES | {"ttldtt", "cstdcs", "ldtt"}
_DEPARTMENT_DECIDES = (
    "Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh (giám đốc sở) chỉ quyết định tặng danh hiệu"
    " Tập thể lao động tiên tiến, Chiến sĩ thi đua cơ sở, Lao động tiên tiến và giấy khen"
    " (Luật 2022 Điều 80 khoản 1)."
)
#: the commune's units are not a department's own: said before who decides for them (h277)
_COMMUNE_NOT_DEPARTMENT = (
    "Trường, đơn vị và người của xã (mầm non, tiểu học, trung học cơ sở) không thuộc sở: Chủ"
    " tịch UBND xã quyết định khen (Luật 2022 Điều 80 khoản 3; Nghị định 129/2025/NĐ-CP Điều 59)."
)
_BOARD_DECIDES = (
    "Chủ tịch Hội đồng quản trị, Chủ tịch Hội đồng thành viên chỉ quyết định tặng giấy khen; "
    "Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến do Tổng giám đốc, "
    "Giám đốc doanh nghiệp quyết định (Luật 2022 Điều 80 khoản 4)."
)


#: what a village's head or its committees may do about an award (Luật 2022 Điều 75-80)
_UNIT_DECIDES = (
    "Đơn vị thuộc UBND xã (trường mầm non, tiểu học, trung học cơ sở, trạm, phòng, ban) không tự"
    " quyết định: đơn vị bình xét, đề nghị, Chủ tịch UBND xã quyết định; chỉ thủ trưởng đơn vị có"
    " tư cách pháp nhân thuộc bộ, ngành hoặc cơ quan chuyên môn của tỉnh mới tự tặng Lao động"
    " tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến và giấy khen (Luật Thi đua,"
    " khen thưởng 2022 Điều 80 khoản 1, khoản 3)."
)
_VILLAGE_DECIDES_NOTHING = (
    "Thôn, tổ dân phố (trưởng thôn, ban công tác Mặt trận) không có thẩm quyền quyết định khen "
    "thưởng hay công nhận danh hiệu; thôn chỉ bình xét, đề nghị lên xã."
)


#: a case's "Tùy quy chế của tỉnh: …" opener, which a plain "Không." under the law replaces
_LOCAL_OPENER = re.compile(r"^Tùy [^:.]*: ")
#: a case's text leaving the rule to the province (facts.yaml "Tùy quy chế của tỉnh: …")
_PROVINCE_CASE = "Tùy quy chế của tỉnh:"
#: cases the law leaves to the province's quy chế: asked of the law, the law's own answer
_LEFT_TO_QUY_CHE = frozenset({"xu_phat"})
#: a loss told or asked: "thì không được LĐTT", "k dc xét", "mất LĐTT", "bị loại", "cấm"
_TITLE_LOST = re.compile(
    r"\b(?:khong|k|ko|chua) (?:duoc|dc)\b|\b(?:mat|bi loai|loai|cam)\b(?! ket)"
)


def _law_on_left_case(subject: str | None, verdict: str | None, asked_text: str) -> str | None:
    """ "nghe nói bị xử phạt hành chính thì không được LĐTT theo luật, đúng k": a case the law
    leaves to the province (its fact "Tùy" the quy chế) asked of the law itself. The law bars no
    one for it, the province's quy chế may (Luật 2022 Điều 24 khoản 1; domain.md 2.2): the
    answer stays "Tùy", with both said, rather than a verdict on whether the law "sets" it
    turned by the claim. None unless such a case is asked with the law named (task h219)."""
    if verdict != "Tùy" or subject not in _LEFT_TO_QUY_CHE:
        return None
    return "Tùy" if LAW_ITSELF.search(folded_words(asked_text)) else None


#: a case's text saying the law does not require what the case lacks
_LAW_FREE = re.compile(r"\btheo luat (?:\w+ ){0,3}?khong bat buoc\b")


#: a body saying the thing asked about is no condition of the title ("tỷ lệ cán bộ hoàn thành
#: nhiệm vụ không phải điều kiện của danh hiệu"): the claim that it is required is answered "Không"
_NO_CONDITION = "không phải điều kiện"
_UNDECIDED = "Chưa đủ để kết luận: "


#: facts whose verdict says whether a thing is allowed (not whether it is required)
_PERMISSIONS = frozenset({"repeat", "several", "one_achievement"})


#: titles the central level awards (Luật 2022 Điều 21): "does the centre decide" is not a "Không"
_NATIONAL_TITLES = frozenset({"cstd_toan_quoc", "khen_nha_nuoc"})
#: attributes a stated figure must not confirm: an amount is answered by the amount itself
#: publicity_list (task h90): its general "Tùy" is the province's rule, which the fact's own
#: words on the văn hóa titles ("công khai … 10 ngày") do not confirm for every title
_NO_CONFIRM = frozenset({"money", "consecutive", "cap_count", "publicity_list"})


def _verdict_of_revoke_story(block: Block, question: str) -> None:
    """A revoke yes/no that tells how the matter ended or claims what follows: a state honour
    stripped, then the court cleared the person ("có được phục hồi không": Có, Luật 2022 Điều
    93 khoản 6, 7); the wrongdoer claimed to face discipline only (Không: criminal liability
    too, domain.md 2.11)."""
    if honour_restored(question):
        # "bị tước thì không bao giờ được trao lại, đúng k": the restoring claimed denied
        block.verdict = "Không" if _restore_denied(question) else "Có"
        said = "Ý kiến đó chưa đúng. " if block.verdict == "Không" else ""
        block.body = f"{said}{RESTORED_NOTE} {without_opener(block.body)}"
    elif criminal_asked(question):
        # "làm giả giấy xác nhận … có bị truy cứu hình sự k (hay chỉ bị kỷ luật thôi)": the
        # criminal law is asked, and the law allows it (Luật 2022 Điều 93; task h422)
        block.verdict = "Có"
        block.body = f"{CRIMINAL_NOTE} {without_opener(block.body)}"
    elif sanctions_limited(question):
        block.verdict = "Không"
        block.body = f"{SANCTIONS_NOTE} {without_opener(block.body)}"


#: getting an honour back, as the asker names it ("trao lại", "phục hồi", "lấy lại")
_RESTORE_WORD = re.compile(r"\b(?:phuc hoi|trao lai|tra lai|lay lai|cap lai)\b")


def _restore_denied(question: str) -> bool:
    """The restoring is claimed denied for good ("không bao giờ được trao lại")."""
    said = " ".join(NOT_SPELLED.get(w, w) for w in folded_words(question, "/").split())
    found = _RESTORE_WORD.search(said)
    return found is not None and denied_before(said, found.start())


CRIMINAL_NOTE = (
    "Người gian dối trong kê khai thành tích, làm giả hồ sơ, giấy tờ hoặc xét, đề nghị khen"
    " thưởng trái pháp luật có thể bị truy cứu trách nhiệm hình sự, hoặc bị xử lý kỷ luật, xử"
    " phạt vi phạm hành chính, tùy tính chất, mức độ vi phạm; quyết định khen bị hủy bỏ, hiện"
    " vật và tiền thưởng bị thu hồi."
)
HONOUR_REVOKER = (
    "Chủ tịch nước quyết định tước, phục hồi và trao lại danh hiệu vinh dự nhà nước (Luật 2022"
    " Điều 93 khoản 7)."
)


#: awards named after their level: with another level named ("bằng khen Thủ tướng") the
#: question is about that level's award, not this one
_LEVEL_NAMED = frozenset({"bang_khen_tinh"})


#: titles an enterprise's director gives its own staff (Luật 2022 Điều 80 khoản 4); a giấy
#: khen for the enterprise itself is still the xã chairman's
_DIRECTOR_TITLES = frozenset({"ldtt", "cstdcs", "ttldtt"})
#: the culture titles of families and villages the xã chairman decides (Luật 2022 Điều 80
#: khoản 3; NĐ 129/2025 Điều 59), which no firm gives
_CULTURE_TITLES = frozenset({"gdvh", "thon_vh"})
#: said when a firm or a cooperative is claimed to give a title the xã chairman decides
_FIRM_GIVES_ONLY = (
    "Doanh nghiệp, hợp tác xã chỉ tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở,"
    " Tập thể lao động tiên tiến và giấy khen cho người lao động, tập thể của mình (Luật 2022"
    " Điều 80 khoản 4); danh hiệu này không thuộc thẩm quyền của họ."
)
#: the award told given by the xã ("con em được xã khen", "xã tặng giấy khen"): a unit's head
#: claimed to sign it is not its decider (Luật 2022 Điều 80 khoản 3; task h323)
_XA_GAVE = re.compile(
    r"\b(?:duoc|dc|do) (?:chu tich |ubnd )?(?:xa|phuong) (?:khen|tang|trao|cong nhan)\b"
)
#: what the head of a unit with legal personality gives its own staff and units (Luật 2022
#: Điều 80 khoản 1): these titles and giấy khen, nothing else
_UNIT_TITLES = _DIRECTOR_TITLES | {"giay_khen", "giay_khen_ca_nhan", "giay_khen_tap_the"}


_BROKEN_RUN = "Các lần anh/chị nêu không liên tục nên không đủ: tiêu chuẩn tính các lần liên tục."


#: why the province's Sở Nội vụ signs no title (Luật 2022 Điều 74, 75, 80; domain brief: "xã
#: trình qua Sở Nội vụ")
_SO_NOI_VU_DECIDES_NOTHING = (
    "Sở Nội vụ là cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh: nhận, thẩm định hồ sơ"
    " và trình; Sở Nội vụ không ký quyết định khen thưởng."
)


#: a department's own people as the ones given: "cho công chức (của) sở", "nhân viên của sở",
#: "cán bộ trong sở"
_SO_OWN_STAFF = re.compile(
    r"\b(?:cong chuc|vien chuc|can bo|nhan vien|nguoi lao dong|phong)"
    r" (?:cua |trong |thuoc )?(?:so|minh)\b"
)


#: the Sở Nội vụ (or its director) claimed to sign: "do (giám đốc) sở nội vụ ký", "sở nội vụ
#: quyết định"
_SO_NOI_VU_SIGNS = re.compile(r"\bso noi vu (?:tinh )?(?:ky|quyet dinh|cong nhan)\b")


#: a rule restated with its routes ("… hoặc có sáng kiến"): confirmed, the route not required
_ROUTE_RESTATED = "Đúng như anh/chị nêu, đây là một trong các con đường của tiêu chuẩn."


#: the registration line judged where the province's quy chế decides (domain.md 1.2: the
#: law must not be said to bar anyone for it; many provinces still require it)
_REGISTRATION_LOCAL = "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì không."
#: the same, to "chưa đăng ký thì có được xét không": the law's answer said as a permission,
#: since a bare "không" there reads as "not reviewed" (task h263)
_REGISTRATION_REVIEW_LOCAL = (
    "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì chưa đăng ký vẫn được xét"
    " nếu đạt tiêu chuẩn."
)


#: registration told toward the commune: "đăng ký thi đua với xã / với UBND phường / lên xã /
#: cho UBND đặc khu" (the commune as where one registers, not who is registered)
_WITH_COMMUNE = re.compile(
    r"\bdang ky(?: thi dua)?(?: \w+){0,4}? (?:voi|len|cho|tai|ve) (?:ubnd |uy ban )?"
    r"(?:xa|phuong|dac khu)\b"
)
#: a firm or cooperative registering with the commune: the province's quy chế decides
_FIRM_WITH_COMMUNE = (
    "Tùy quy chế thi đua, khen thưởng của UBND tỉnh: luật không bắt buộc doanh nghiệp, hợp tác"
    " xã đăng ký thi đua với UBND xã (Luật 2022 bỏ đăng ký khỏi căn cứ xét), nhưng quy chế của"
    " tỉnh và kế hoạch của xã theo quy chế đó có thể yêu cầu đơn vị trên địa bàn đăng ký nếu muốn"
    " được Chủ tịch UBND xã tặng giấy khen hay được xã đề nghị tỉnh khen."
)


#: the province keeping registration in its quy chế, said to an xã asking whether to follow
def _province_power_asked_second(question: str) -> bool:
    """Two yes/no asks, the first of registration itself ("đăng ký còn là căn cứ … không?"),
    the province's power to require it only in a later one: the first is the one judged."""
    first, mark, rest = question.partition("?")
    return (
        bool(mark)
        and bool(rest.strip())
        and asks_yesno(first)
        and province_requires_registration(rest)
        and not province_requires_registration(first)
    )


_PROVINCE_REQUIRES = (
    "Quy chế thi đua, khen thưởng của UBND tỉnh còn yêu cầu đăng ký thì xã trong tỉnh thực hiện"
    " theo quy chế đó; luật thì không còn coi đăng ký là căn cứ xét danh hiệu."
)


#: the province's power, answered after the law's own answer to a first ask
_PROVINCE_REQUIRES_SECOND = (
    "Quy chế thi đua, khen thưởng của UBND tỉnh còn yêu cầu đăng ký thì xã trong tỉnh thực hiện"
    " theo quy chế đó."
)


#: registering left undone, then a sanction asked of it: "không đăng ký thi đua thì có bị phạt",
#: "k nộp đăng ký … bị kỷ luật gì k", "chưa đăng ký có bị xử phạt không" (task h374)
_UNREGISTERED_SANCTION = re.compile(
    r"\b(?:khong|k|ko|kg|chua|hong) (?:\w+ ){0,2}?dang (?:ky|ki)\b(?: \w+){0,10}? "
    r"(?:bi )?(?:phat|xu phat|ky luat|ki luat|phat tien|khien trach|canh cao)\b"
)
_NO_SANCTION = (
    "Không. Không đăng ký thi đua thì không bị phạt hay kỷ luật: thi đua là hoạt động với sự"
    " tham gia tự nguyện (Luật Thi đua, khen thưởng 2022, Điều 3 khoản 1) và luật không còn coi"
    " đăng ký là căn cứ xét danh hiệu (Điều 7); quy chế của tỉnh có yêu cầu đăng ký thì đó chỉ là"
    " điều kiện để được xét, không phải hình thức xử phạt."
)
#: a time limit the province's procedure set fixes (domain.md: thời hạn TTHC)
_TIME_LOCAL = "Tùy bộ thủ tục hành chính của UBND tỉnh."
#: a collective claimed exempt from its title's minimum share (Luật 2022 Điều 27, 28)
_NO_EXEMPTION = "Không. Luật không miễn điều kiện tỷ lệ cho tập thể ít người."
#: the cap judged where the province's quy chế decides (domain.md §1.6, §2.2)
#: ("Theo luật thì không.": the law's answer said whole, as for registration, task h390)
_CAP_LOCAL = "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì không."
_PROVINCE_CAP_BINDS = (
    "Tỷ lệ do quy chế thi đua, khen thưởng của UBND tỉnh đặt ra thì xã, đơn vị trong tỉnh thực"
    " hiện theo quy chế đó; luật thì không khống chế."
)


#: the verbs that deny eligibility once negated ("không được xét", "không được bình"): who
#: may be considered is named by the act, not by the attribute's own cue ("ai được xét");
#: "không được tặng" is left out, it may deny a giver ("chủ tịch HĐTV không được tặng LĐTT")
_ELIGIBLE_ACTS: tuple[tuple[str, ...], ...] = (
    ("xet",),
    ("binh",),
    # task f185a: "chắc k được đề nghị CSTĐCS đâu nhỉ"
    ("de", "nghi"),
)
#: task f185a: "k được giấy khen" denies eligibility too; "được giấy khen" only: "k có giấy
#: khen" claims no form, not the subject barred (b103)
_FORM_ACTS: tuple[tuple[str, ...], ...] = (("duoc", "giay", "khen"), ("dc", "giay", "khen"))
#: "chỉ được xét GĐVH thôi chứ không được giấy khen": one title kept, the form set against it;
#: the contrast is the claim, which each title's own block answers (test_h101), so the form's
#: denial is no eligibility act to turn
_ONLY_BUT_NOT = re.compile(r"\bchi (?:\w+ ){1,10}?thoi chu (?:khong|k|ko|kg) ")


#: a date or a school or calendar year told ("tháng 10/2025", "năm học 2025-2026"): when the
#: story happened, not a figure the claim puts up
_DATE_TOLD = re.compile(
    r"\b(?:thang \d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{4}|(?:19|20)\d{2})\b"
)
#: a negation opening the condition of "… thì không được xét"
_NEGATED_CONDITION = re.compile(r"\b(?:khong|k|ko|chua|chang)\b")


def _acts_denied(pair: Pair, claim: str, case_bars: bool = False) -> bool:
    """Whether a denied act ("không được xét") names the eligibility claimed: not when a figure
    is claimed ("không xét người mới tuyển dưới 10 tháng": the figure's reader judges it; a
    date is no figure), nor of the registration rule, whose own reader answers what it is said
    to bar, nor when the denial hangs on a condition ("không ký giao ước thì không được xét"):
    the condition is what is claimed. A told case that bars by itself ("bị kỷ luật khiển trách
    thì không được xét"): the case reader's denial is the claim, so it is turned."""
    words = folded_words(leaning_dropped(claim))
    return (
        pair.attr == "eligible"
        and pair.entity != REGISTRATION
        # task f185a: a figure telling the case before the denial ("người mới tuyển dụng dưới 6
        # tháng chắc k được đề nghị CSTĐCS") is the subject, not the claim
        and not any(ch.isdigit() for ch in _DATE_TOLD.sub(" ", _from_denial(words)))
        and _condition_not_claimed(pair, words, case_bars)
    )


#: the first denial of a claim's words
_FIRST_DENIAL = re.compile(r"\b(?:khong|k|ko|kg|chua|chang)\b")


def _from_denial(words: str) -> str:
    """``words`` from their first denial on (all of them when none)."""
    found = _FIRST_DENIAL.search(words)
    return words[found.start() :] if found else words


def _condition_not_claimed(pair: Pair, words: str, case_bars: bool) -> bool:
    """No "thì" in the claim, or one after a told case, not itself negated, whose own fact
    bars the title ("bị khiển trách thì không được xét"); a case the fact allows ("công an xã
    thì xét Chiến sĩ tiên tiến, không xét LĐTT") leaves the claim to its own reader."""
    condition, then, _ = f" {words} ".partition(" thi ")
    if not then:
        return True
    return bool(pair.cases) and case_bars and not _NEGATED_CONDITION.search(condition)


def _attr_names(
    model: FactModel,
    attr: str,
    acts_denied: bool = False,
    with_acts: bool = True,
    contrast: bool = False,
) -> list[tuple[str, ...]]:
    """The words naming an attribute and each of its values ("bằng chứng nhận", "huy hiệu");
    with ``acts_denied``, the acts whose denial is the claim ("có phải cán bộ thôn không được
    xét LĐTT": Luật Điều 24 names who is considered, so the denial is answered "Không")."""
    acts = (*_ELIGIBLE_ACTS, *(() if contrast else _FORM_ACTS)) if acts_denied else ()
    return [
        *model.names_of("attr", attr),
        *(tuple(v.split()) for v in model.values.get(attr, {})),
        *acts,
        *(model.acts.get(attr, ()) if with_acts else ()),
    ]


def _kept_only_claimed(claim: str, entity: str, model: FactModel) -> bool:
    """Whether ``claim`` says ``entity`` is the one that remains ("chỉ còn phường văn hóa"):
    a denial elsewhere in the saying is of the other titles, not of this one (task h392)."""
    toks = tokens(claim)
    starts = [i + 2 for i in range(len(toks) - 1) if toks[i : i + 2] == ["chi", "con"]]
    return any(model.title_at(toks, j)[0] == entity for at in starts for j in range(at, len(toks)))


#: task h388: "vậy e đủ đk chưa hay phải HTXS nữa": the closing ask is whether the case told is
#: enough (its verdict opens), the level offered after "chưa hay" is the other answer, even when
#: a saying before claimed that level required
_ENOUGH_OR_LEVEL = re.compile(
    r"\bdu (?:dk|dieu kien|chuan|tieu chuan)(?: \w+){0,4}? (?:chua|khong|k|ko|kg) hay"
    r" (?:\w+ ){0,2}(?:htxs|hoan thanh xuat sac|hoan thanh tot|httnv|htxsnv)\b"
)
