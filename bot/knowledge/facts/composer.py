"""Writing the answer: one short block per (entity, attribute) part, decisive fact first.

A yes/no part starts with "Có.", "Không." or "Tùy …" from the fact; a question naming the
abolished district level first gets what changed on 01/7/2025. Amounts are computed on the asked
date (coefficient × mức lương cơ sở, rounded up to 10.000 đồng).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from bot.core.text import fold, folded_words
from bot.knowledge.facts.amounts import (
    amounts_text,
    bases_compared,
    other_decisions,
    paid_on,
    priced_text,
    title_year_bases,
    when_decided,
)
from bot.knowledge.facts.analyser import (
    REGISTRATION,
    Pair,
    Reading,
    bare_requirement,
    counts_as,
    old_base_heard,
    province_requires_registration,
    record_held,
)
from bot.knowledge.facts.asked import (
    COEFFICIENT_KEPT,
    base_changed_verdict,
    coefficient_change_asked,
    commune_unit_told,
    criteria_same_verdict,
    form_number_verdict,
    payer_claimed,
    repeat_denied,
    route_offered,
    stand_in_signer,
    wait_verdict,
    wrong_turned,
)
from bot.knowledge.facts.claim import (
    alternative_verdict,
    amount_verdict,
    base_verdict,
    claimed_amounts,
    coefficient_verdict,
    current_named,
    day_verdict,
    denied,
    district_award_kept,
    every_clause_named,
    figure_verdict,
    insufficient,
    joint_verdict,
    law_sets_verdict,
    old_figure_claimed,
    one_way_verdict,
    period_verdict,
    repealed_named,
    required_figure_verdict,
    route_sufficiency_verdict,
    same_verdict,
    sufficiency_verdict,
    told_as_past,
    uniform_verdict,
    unmet,
    update_asked,
    value_verdict,
    values_denied,
)
from bot.knowledge.facts.clauses import asking_claims, first_option, last_clause, own_clause
from bot.knowledge.facts.confirmed import (
    circumstance,
    confirmed_verdict,
    heard_not_asked,
    kind_of,
    old_figure_said,
    sentence_confirmed,
    two_names,
    unconfirmed,
)
from bot.knowledge.facts.criteria import (
    REQUIREMENTS,
    in_fact_words,
    lacks_initiative,
    level_short_without,
    no_one_reached,
    other_criteria,
    requirement_claimed,
    requirement_loss_reported,
    title_required,
)
from bot.knowledge.facts.deciders import (
    asker_decides,
    awarding_level,
    centrally_awarded,
    council_role_stated,
    former_name,
    giver_of,
    holder_verdict,
    honour_kind_verdict,
    honour_revoker,
    ministries_hold,
    only_level_verdict,
    participant_named,
    proposer_only,
    province_details_claimed,
    revoker_told,
    revoker_verdict,
)
from bot.knowledge.facts.gatekeeping import (
    PAID_ALIKE,
    enough_restated,
    paid_by_employment,
    removal_said,
    stricter_claimed,
)
from bot.knowledge.facts.gone_claim import claimed_gone, gone_confirmed
from bot.knowledge.facts.limits import limit_stated, narrowed_claimed, only_one
from bot.knowledge.facts.model import Fact, FactModel, SourceCite, tokens
from bot.knowledge.facts.opener import (
    capitalized,
    unasked_verdict_dropped,
    with_verdict,
    without_opener,
    without_tuy,
)
from bot.knowledge.facts.papers import (
    direct_verdict,
    lacking_item,
    paper_required,
    papers_listed,
    papers_named,
    place_claimed,
    sends,
)
from bot.knowledge.facts.permission import (
    adverse,
    allowed_by_fact,
    breaks_rule,
    claims_voluntary,
    exemption_of_tax,
    late_told,
    none_exists,
    not_needed,
    registration_left_to_province,
    substitutes,
    unrequired,
)
from bot.knowledge.facts.ratios import (
    cap_left_to_province,
    figure_only_told,
    ratio_verdict,
    threshold_claimed,
)
from bot.knowledge.facts.records import broken_run_told, of_the_year_asked, run_claimed_required
from bot.knowledge.facts.reform_claim import (
    abolition_confirmed,
    abolition_only_told,
    gone_with_district_asked,
    moved_to_xa_claimed,
    prize_change_asked,
    xa_acts_alone_claimed,
    xa_power_denied,
)
from bot.knowledge.facts.restated import (
    claim_put_up,
    condition_restated,
    former_district_only,
    kept_claimed,
    only_agent_absent,
    prohibition_restated,
    province_claimed,
    removal_restated,
    single_payment_claimed,
    spared_claimed,
    unit_head_gives,
)
from bot.knowledge.facts.routes import (
    initiative_reach_short,
    reach_lacked,
    reach_short,
    registered_as_enough,
    route_in_criteria,
    route_qualified,
    route_stated,
    told_not_this,
)
from bot.knowledge.facts.sayings import closing_ask
from bot.knowledge.facts.turns import (
    claimed_loss,
    denied_elsewhere,
    higher_approval,
    level_sufficiency,
    local_rule,
    negated_claim,
    negation_confirmed,
    only_one_claimed,
    power_denied,
    reported_denial,
    step_skipped,
)
from bot.knowledge.facts.verdict import asks_yesno, verdict_of
from bot.knowledge.money import SalaryTable, format_dong

__all__ = ["Part", "compose"]

_REFORM_TITLE = "Cấp huyện đã bỏ từ 01/7/2025"
LOW_CONFIDENCE_NOTE = (
    "Lưu ý: nguồn về điểm này chưa thống nhất, cần đối chiếu văn bản gốc và quy chế của tỉnh."
)


@dataclass(frozen=True, slots=True)
class Part:
    #: "Lao động tiên tiến: Tiền thưởng"
    title: str
    #: the block shown (title line in bold, fact, "Căn cứ:" line)
    text: str
    sources: tuple[SourceCite, ...]
    confidence: str


@dataclass(slots=True)
class Draft:
    """The answer being composed: what it is composed from, the parts written so far, and
    what the stages tell the later ones (where a part to move or amend stands)."""

    model: FactModel
    reading: Reading
    as_of: date
    salaries: SalaryTable
    # Prize money uses the base in force on the decision date the question gives, if any.
    paid: date
    parts: list[Part] = field(default_factory=list)
    #: the part that makes a "… chứ không …" claim wrong, to open the answer (task h101)
    denied_at: int | None = None
    moved_at: int | None = None  # the reform block that confirmed the move (task h114)
    premise_at: int | None = None  # the reform block told only as a premise (task h114)
    #: whether the question asks a yes/no of any part (or of a text named, with no part)
    yesno: bool = False
    #: the repealed texts named whose own block carries the verdict: (number, successor)
    repealed: list[tuple[str, str]] = field(default_factory=list)
    #: the blocks of repealed texts whose successor keeps the rule asked about
    carried_at: list[int] = field(default_factory=list)
    #: the facts shown already, with the case asked of them
    shown: set[tuple[int, str | None]] = field(default_factory=set)
    #: the part that carries a claim of sameness, and the verdict on it
    compared: Pair | None = None
    same: str | None = None
    step_said: bool = False  # a skipped step is said once, in the first part stating it


@dataclass(slots=True)
class Block:
    """One asked pair's block while the stages write it: the fact chosen, the text so far, the
    claim read against it and the verdict decided. The stages set the fields in order."""

    pair: Pair
    fact: Fact
    #: "Lao động tiên tiến: Tiền thưởng", or the attribute alone for a rule shared by titles
    title: str
    #: the facts do not decide the case asked
    undecided: bool = False
    #: the fact is a case's (its verdict says whether one in that case may have the title)
    of_case: bool = False
    body: str = ""
    priced: date | None = None  # the decision date whose base the block cites
    #: the question's own clause for this pair (of "A không hay B", A)
    claim: str = ""
    #: the verdict on the claim as read against the fact, when a reader decided it
    claimed: str | None = None
    needed_verdict: str | None = None
    day: tuple[str, str] | None = None
    #: the base claimed against the one in force on the decision date: (verdict, note)
    based: tuple[str, str] | None = None
    picked: str | None = None
    route_enough: str | None = None
    qualified: str | None = None
    limit_read: bool = False
    listed: tuple[str, str] | None = None
    denial: bool = False
    told_case: tuple[str, str] | None = None
    verdict: str | None = None
    granted: bool = False


#: the xã told as the one acting now, after the district told as the past ("bây giờ chủ tịch
#: xã ký", "nay xã tự khen")
_XA_NOW = re.compile(
    r" (?:bay gio|gio|nay|hien nay|hien tai|tu nay)(?: [a-z]+){0,2}? (?:chu tich |ct |ubnd )?xa "
)
#: the way a prize is rounded, as a claim names it (NĐ 152/2025 Điều 49 khoản 2: up, to tens
#: of thousands)
_ROUNDED_UP = re.compile(r" (?:len|hang chuc nghin|chuc nghin|10 nghin|10000|10 000) ")
_ROUNDED_OTHER = re.compile(r" (?:xuong|hang tram|tram nghin|hang trieu|(?<!chuc )hang nghin) ")


def _rounding_verdict(claim: str) -> str | None:
    """ "có được làm tròn lên hàng chục nghìn không" → "Có"; "làm tròn xuống / đến hàng nghìn
    đúng không" → "Không"; None when the claim names no way (task h95)."""
    said = f" {' '.join(t for t in tokens(claim) if t.isalnum())} "
    if _ROUNDED_OTHER.search(said):
        return "Không"
    if _ROUNDED_UP.search(said):
        return "Có"
    return None


#: the way claimed required is one of the ways the fact allows (task h95)
_ONE_WAY_NOT_REQUIRED = (
    "Cách anh/chị nêu chỉ là một trong các cách văn bản cho phép, không bắt buộc."
)
_ONE_WAY_NOTE = (
    "Tùy cách đơn vị chọn: không bắt buộc riêng một cách, văn bản cho phép một trong các cách"
    " nêu sau; quy chế thi đua, khen thưởng của tỉnh, của đơn vị có thể quy định cụ thể."
)


def compose(model: FactModel, reading: Reading, as_of: date, salaries: SalaryTable) -> list[Part]:
    """The answer's parts: the reform block, the blocks of repealed texts named, one block per
    pair asked, then the passes over all of them (which part opens, the total, verdicts kept
    or dropped)."""
    draft = Draft(model, reading, as_of, salaries, paid=paid_on(reading, as_of, salaries))
    _reform_block(draft)
    _repealed_blocks(draft)
    for pair in _pairs_asked(draft):
        block = _fact_chosen(draft, pair)
        if block is None:
            continue
        _case_decided(draft, block)
        _body_written(draft, block)
        # what the question claims, read against this fact
        _claim_read(draft, block)
        _requirement_day_and_base_claimed(draft, block)
        _way_claimed(draft, block)
        _route_and_limit_claimed(draft, block)
        _papers_and_denial_claimed(draft, block)
        _verdict_decided(draft, block)
        _verdict_amended(draft, block)
        _givers_and_prize_added(draft, block)
        fact = block.fact
        draft.parts.append(
            _block(
                block.title,
                block.body,
                fact,
                money=bool(fact.coefficients),
                as_of=block.priced,
                salaries=salaries,
            )
        )
    _denied_part_first(draft)
    _total_added(draft)
    _carried_openers_dropped(draft)
    _premise_verdict_restored(draft)
    _move_opener_dropped(draft)
    return draft.parts


def _reform_block(draft: Draft) -> None:
    """The block on the district level abolished from 01/7/2025, with the verdict the question
    asks of the reform (NĐ 129/2025 Điều 59), or none when it is only the premise."""
    model, reading, parts = draft.model, draft.reading, draft.parts
    if reading.reform:
        fact = model.reform
        body = fact.text
        cited = fact  # the fact whose sources the block cites
        if (
            reading.entities
            and set(reading.entities) <= _XA_DECIDES
            and asks_yesno(reading.question)
            and province_claimed(reading.asked or reading.question)
        ):
            # "bỏ huyện thì CSTĐCS giờ do tỉnh ký, đúng k", "xã k được ký nữa, phải gửi tỉnh":
            # the district's powers went to the xã's chairman, not up to the province (NĐ
            # 129/2025 Điều 59), whichever part the yes/no was read in (task h119)
            body = f"Không. {_POWERS_TO_XA} {body}"
        elif reading.reform_yesno and fact.verdict:
            # "kế hoạch vẫn ghi phòng nội vụ huyện thẩm định, có cần sửa lại không": what is
            # gone must be changed (task h95)
            asked = reading.asked or reading.question
            kept = district_award_kept(reading.question)
            past = fact.by_subject.get("past_awards")
            if kept is not None and past is not None:
                # "CSTĐCS 2024 do huyện ký còn giá trị không": a decision of the district is
                # asked, not whether the district still decides; it holds and counts
                body = f"{kept}. {past.text} {body}"
                cited = past
            elif update_asked(asked):
                body = f"Có. Cần cập nhật theo quy định hiện hành: {body}"
            elif xa_power_denied(reading.question) and set(reading.entities) <= _XA_DECIDES:
                # "bỏ cấp huyện thì xã không còn quyền tặng CSTĐCS, phải trình tỉnh đúng k":
                # the district's powers went to the xã, not up to the province (task h106); a
                # provincial award ("bằng khen tỉnh phải trình tỉnh") is not one of them
                body = f"Không. {_POWERS_TO_XA} {body}"
            elif xa_acts_alone_claimed(asked) and set(reading.entities) <= _XA_DECIDES:
                # "năm ngoái hồ sơ TTLĐTT gửi phòng Nội vụ huyện, năm nay xã tự quyết định được
                # chưa": the district's power is the xã chairman's now (NĐ 129/2025 Điều 59),
                # not a district still asked about (task h126)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
            elif moved_to_xa_claimed(asked):
                # "quyền khen của chủ tịch huyện chuyển về chủ tịch xã đúng k", "giờ gửi thẳng
                # lên tỉnh, không qua huyện nữa phải không": the claim is what the reform did
                # (NĐ 129/2025 Điều 59), which the block states (task h114)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
            elif abolition_confirmed(reading.question):
                # "zalo bảo cấp huyện bỏ từ 1/7/2025, đúng k ạ, vậy LĐTT giờ ai ký": the
                # abolition is put up for confirmation in a clause of its own (task h120)
                body = f"Có. {body}"
            elif reading.pairs and (
                abolition_only_told(reading.question)
                # "thị xã cũ của em giờ sáp nhập, …": a former district told (task h119)
                or former_district_only(reading.question)
            ):
                # "bỏ huyện rồi thì CSTĐ tỉnh vẫn cần 3 lần CSTĐCS đúng k": the abolition is
                # the premise; the rule asked is the parts' to decide (task h114), unless none
                # of them does (then the block's own verdict is put back below)
                draft.premise_at = len(parts)
            elif claimed_gone(asked, body):
                # "cấp huyện bị bỏ từ 1/7/2025 đúng không": the claim is the reform itself,
                # which the block states (task h101)
                body = f"Có. {body}"
            else:
                body = f"{fact.verdict}. {body}"
        elif (
            fact.verdict
            and asks_yesno(reading.question)
            and (kept := district_award_kept(reading.question)) is not None
            and (past := fact.by_subject.get("past_awards")) is not None
        ):
            # "CSTĐCS huyện tặng năm 2023, 2024 và xã tặng năm 2025 có tính 3 lần liên tục
            # không": the district told only as the giver of a past title (so the reform's own
            # "Không" is not asked) still asks whether that title holds and counts (Luật 2022
            # Điều 80 khoản 2 gave the power then, Điều 22 counts the titles, whoever signed)
            body = f"{kept}. {past.text} {body}"
            cited = past
        elif (
            not reading.pairs
            and asks_yesno(reading.question)
            and _XA_NOW.search(f" {' '.join(tokens(reading.asked or reading.question))} ")
            # "kế hoạch mẫu của huyện còn dẫn NĐ 91/2017, giờ xã dùng lại được không": the
            # replaced text's own block answers; the xã acting now is not the claim (task h114)
            and not [
                n
                for n, _ in repealed_named(reading.question, model.replaced)
                if not told_as_past(reading.question, n)
            ]
        ):
            # "trước trình chủ tịch huyện ký, bây giờ chủ tịch xã ký thay đúng không": the
            # district told as the past, the xã asked as the one acting now, and no title named
            # for a part of its own: the reform's own text answers it, and says the xã (task h95)
            body = f"Có. {body}"
        elif (
            fact.verdict
            and asks_yesno(reading.question)
            and moved_to_xa_claimed(reading.asked or reading.question)
            and not xa_power_denied(reading.question)
        ):
            # "quận cũ bị bỏ, hồ sơ tổ dân phố văn hóa giờ phường ký luôn đúng k": the district
            # told as the past, the claim the move itself (task h114)
            body = f"Có. {body}"
            draft.moved_at = len(parts)
        elif (
            not reading.pairs
            and asks_yesno(reading.question)
            and xa_acts_alone_claimed(reading.asked or reading.question)
        ):
            # "chủ tịch quận trước phát động phong trào, bây giờ chủ tịch phường tự phát động
            # được k": the xã launches its own movements and decides what the district did
            # (NĐ 129/2025 Điều 59; domain.md: UBND xã phát động phong trào) (task h126)
            body = f"Có. {body}"
        parts.append(_block(_REFORM_TITLE, body, cited))


def _repealed_blocks(draft: Draft) -> None:
    """One block per repealed text the question names by its number, saying what replaced it;
    whether the question asks a yes/no at all is settled here, for every part."""
    model, reading, parts = draft.model, draft.reading, draft.parts
    # "nđ 28/2024 còn hiệu lực ko" names no title: the yes/no is asked of the text itself
    draft.yesno = (
        any(p.yesno for p in reading.pairs)
        or reading.reform_yesno
        or (not reading.pairs and asks_yesno(reading.question))
    )
    named_repealed = repealed_named(reading.question, model.replaced)
    # A text whose successor keeps the rule asked about ("TT 01/2024 … dưới 6 tháng …") is told
    # replaced, but does not take the verdict from that rule's own part.
    draft.repealed = [r for r in named_repealed if r[0] not in model.carried]
    # "trước theo NĐ 91 …, giờ còn …": the old text told as the past is said replaced, but the
    # claim asked is about the rule now, whose own part gives the verdict
    past = {n for n, _ in named_repealed if told_as_past(reading.question, n)}
    draft.repealed = [r for r in draft.repealed if r[0] not in past]
    for number, successor in named_repealed:
        # "còn dùng NĐ 122/2018 để chấm điểm không": the text asked about is no longer in force;
        # this block carries the verdict, the parts below only say what applies now
        suffix = number.split("/")[-1]
        # "47/2005/QH11": a text of the Quốc hội (QH and its term) is a Luật
        kind = _DOC_KIND.get(suffix, "Luật" if suffix.startswith("QH") else "Văn bản")
        body = f"{kind} {number} đã hết hiệu lực, thay bằng {successor}."
        if draft.yesno and number not in past:
            # "NĐ 91/2017 hết hiệu lực rồi phải không" claims what this block states
            gone = claimed_gone(reading.asked or reading.question, body)
            if update_asked(reading.asked or reading.question):
                body = f"Có. Cần thay căn cứ: {body}"  # "… ghi căn cứ NĐ 91/2017, cần sửa không"
            else:
                body = f"{'Có' if gone else 'Không'}. {body}"
                # "nghe nói NĐ 86/2023 thay NĐ 122/2018 về gia đình văn hóa, …, đúng k": the
                # replacement claimed, with the successor this block names (task h142)
                body = gone_confirmed(reading.question, body, model.replaced) or body
                # "… ghi căn cứ NĐ 91/2017 thì có sai không": citing it is wrong (task h108)
                body = wrong_turned(reading.asked or reading.question, body) or body
        title = "Văn bản đã hết hiệu lực"
        cite = SourceCite("Văn bản đã hết hiệu lực", number)
        if number in model.carried:
            draft.carried_at.append(len(parts))
        parts.append(Part(title, f"**{title}**\n{body}", (cite,), "H"))


def _pairs_asked(draft: Draft) -> list[Pair]:
    """The pairs to answer, in order: the repealed rule a letter tells first, then those read."""
    model, reading, yesno = draft.model, draft.reading, draft.yesno
    pairs, draft.compared, draft.same = _compared(model, reading)
    told_old = _old_rule_told(model, reading) if yesno else None
    if told_old is not None:
        # "ông hàng xóm nói GĐVH vẫn chấm điểm, dưới 85 là trượt … năm nay có bị trượt không":
        # the rule the letter tells is the repealed one, whose own part answers first
        pairs = [told_old, *pairs]
    return pairs


def _fact_chosen(draft: Draft, pair: Pair) -> Block | None:
    """The fact that answers the pair and the block's title; None when that fact is shown
    already."""
    model, reading, shown = draft.model, draft.reading, draft.shown
    fact = _sudden_deed_fact(model, pair, reading.question)
    if fact is not None:
        # the block is the sudden award's, titled so ("Khen thưởng đột xuất: Hồ sơ")
        pair = dataclasses.replace(pair, entity=_SUDDEN)
    else:
        fact = model.fact(pair.entity, pair.attr)
    held = _held_rule(model, pair)
    if held is not None:
        # "GĐVH 3 năm liền thì được giấy khen có đúng không": the rule is stated on the
        # title held (its years), naming the award asked; the award's own fact is general
        pair = dataclasses.replace(pair, entity=pair.subject[4:], subject=None)
        fact = held
    # one fact asked for two cases ("mới tuyển …, nghỉ thai sản …") is shown for each
    case = pair.subject if fact is not None and pair.subject in fact.by_subject else None
    if fact is None or (id(fact), case) in shown:
        # made for this title alone, never shared (and never kept: its id is not a key)
        fact = _article(model, pair.entity) if pair.attr == "article" else None
        if fact is None:
            return None  # a rule for every title ("*") is shown once, not once per title named
    else:
        shown.add((id(fact), case))
    own = model.facts.get(pair.entity, {}).get(pair.attr)
    if pair.attr == "article" or (pair.entity in model.entities and own is fact):
        title = f"{model.entities[pair.entity]}: {model.attributes[pair.attr]}"
    else:
        title = model.attributes[pair.attr]
    return Block(pair, fact, title)


def _case_decided(draft: Draft, block: Block) -> None:
    """Whether the facts leave the case asked undecided; the case's own fact when it decides."""
    reading = draft.reading
    pair = block.pair
    # the facts do not decide the case asked: a condition on another title ("nếu đạt giấy
    # khen …", "phải có … rồi mới …") no case of this fact covers, or a circumstance the model
    # does not know ("bị xử phạt giao thông có bị mất LĐTT không") against the general rule
    block.undecided = pair.yesno and (
        (
            (pair.subject or "").startswith(("dat_", "khong_dat_", "can_"))
            and pair.subject not in block.fact.by_subject
            # "vừa được LĐTT vừa được giấy khen": the titles had are what a rule on
            # several titles is about, no condition it leaves open
            and pair.attr != "several"
        )
        or (
            pair.attr == "eligible"
            and (pair.subject not in _CASES or pair.subject not in block.fact.by_subject)
            and not (pair.subject or "").startswith(("dat_", "khong_dat_", "can_"))
            and (
                circumstance(of_the_year_asked(reading))
                # the story's own figures ("giúp đỡ 5 hộ khác") describe the case; only
                # a figure in the asking sentences is a claim about the rule
                or unconfirmed(reading.asked or reading.question, block.fact)
            )
        )
        or (pair.attr == "decides" and "uy quyen" in " ".join(tokens(reading.question)))
    )
    if (
        pair.subject
        and pair.subject in block.fact.by_subject
        # who sets the powers differs by whom they are for (Luật Điều 80 khoản 5: the
        # armed forces' titles), asked as "ai quy định" as often as yes/no; which prizes are
        # paid for several titles is the case's rule however it is asked
        # a run of years of a held title is the case's rule however it is asked ("LĐTT 3
        # năm liền thì được gì", task h115)
        and (
            pair.yesno
            or pair.attr in ("eligible", "decides", "regulates", "several", "consecutive")
        )
    ):
        case = block.fact.by_subject[pair.subject]
        if pair.yesno and pair.subject in _LEVEL_CASES and case.verdict == "Có":
            # a level of duty reached allows it, but who the asker is may rule it out
            case = next(
                (
                    block.fact.by_subject[c]
                    for c in pair.cases
                    if c not in _LEVEL_CASES
                    and c in block.fact.by_subject
                    and (block.fact.by_subject[c].verdict or "").startswith(("Không", "Tùy"))
                ),
                case,
            )
        block.fact = case


def _body_written(draft: Draft, block: Block) -> None:
    """The block's text: the fact, its amounts on the decision dates asked, and no verdict that
    no one asked for."""
    model, reading, as_of, salaries, paid, yesno = (
        draft.model,
        draft.reading,
        draft.as_of,
        draft.salaries,
        draft.paid,
        draft.yesno,
    )
    pair, fact = block.pair, block.fact
    # a case's verdict ("thai sản: Có") says whether one in that case may have the title
    block.of_case = fact is not model.fact(pair.entity, pair.attr)
    # a base named in the text ("{base}") is the one in force on the decision date told
    block.body = priced_text(
        fact, paid if fact.coefficients or "{base}" in fact.text else as_of, salaries
    )
    block.priced = paid  # the decision date whose base the block cites
    titled = (
        title_year_bases(reading.question, as_of, salaries, model.names_of("entity", pair.entity))
        if fact.coefficients and reading.decided is None
        else None
    )
    if titled is not None:
        # "LĐTT năm 2024 thưởng bao nhiêu": decided at that year's review, on the base in
        # force then, not today's; both figures when the review spans a change (h102)
        year, first, later = titled
        block.priced = first
        block.body = priced_text(fact, first, salaries)
        for other in later:
            block.body = f"{block.body} {when_decided(other, first, salaries)}: "
            block.body += f"{amounts_text(fact, other, salaries)}."
        block.body = f"{block.body} {_TITLE_YEAR_NOTE.format(year=year, next=year + 1)}"
    elif fact.coefficients:
        for other in other_decisions(reading.question, paid, salaries, as_of):
            # "quyết định tháng 4 thưởng bao nhiêu, nếu tháng 8 thì bao nhiêu": each date
            # asked is paid on the base in force that day
            block.body = f"{block.body} {when_decided(other, paid, salaries)}: "
            block.body += f"{amounts_text(fact, other, salaries)}."
    if not yesno and not asks_yesno(reading.question):
        # a fact written to answer its yes/no ("Không. Hội đồng … chỉ tham mưu") opens
        # with a verdict no one asked for when the part asks who, what or how much
        block.body = unasked_verdict_dropped(block.body)
    elif (
        not pair.yesno
        and pair.entity in _COUNCILS
        and any(p.yesno and p.entity != pair.entity for p in reading.pairs)
    ):
        # "hội đồng xã có tự xét TTLĐTT không, và ai ký": the council is named as the one
        # acting on a title whose part carries the yes/no; the council's own opener
        # ("Không. Hội đồng … chỉ tham mưu") would be read as the answer to it (task h108).
        # Only councils: a rule shared by titles (several titles at once) answers the
        # question whichever title's part the yes/no was put on, and keeps its verdict
        block.body = unasked_verdict_dropped(block.body)


def _claim_read(draft: Draft, block: Block) -> None:
    """What the question claims of the fact: a paper, a kept decision, values, kinds, figures."""
    model, reading = draft.model, draft.reading
    pair, fact, of_case = block.pair, block.fact, block.of_case
    # what the question claims, read against this fact (figures, a negated clause); of "A
    # không hay B" only A is claimed: B is the other answer the asker offers
    block.claim = own_clause(reading, pair) or first_option(reading.question)
    if pair.attr in model.per_paper:
        # "biên bản có cần đóng dấu không": the minutes' own sentence answers, and decides
        # the yes/no, not the tờ trình's stamp stated next to it
        block.body = papers_named(block.claim, block.body, model.papers) or block.body
    block.claimed = None
    if pair.attr == "revoke" and kept_claimed(reading.asked or reading.question, block.body):
        # "làm giả hồ sơ thì chỉ bị phê bình, QĐ khen vẫn giữ đúng k": the decision is
        # claimed to stand where the fact says it is cancelled (task h106)
        block.body = f"Không. {_KEPT_WRONG} {without_opener(block.body)}"
        block.claimed = "Không"
    elif pair.attr == "revoke" and spared_claimed(reading.asked or reading.question, block.body):
        # "làm giả hồ sơ thì tiền thưởng không phải trả lại đúng k": the prize or the hiện
        # vật claimed kept where the fact recovers both (Luật 2022 Điều 93; task h118)
        block.body = f"Không. {_SPARED_WRONG} {without_opener(block.body)}"
        block.claimed = "Không"
    if pair.yesno and not pair.without and pair.attr in model.values:
        named = value_verdict(block.claim, block.body, model.values[pair.attr])
        if named is not None:
            block.claimed, missing = named
            unsaid = [m for m in missing if m not in " ".join(tokens(block.body))]
            if unsaid and pair.attr == "object":  # say what is not given before what is
                names = ", ".join(model.values[pair.attr][m] for m in unsaid)
                block.body = f"Không kèm {names}. {without_opener(block.body)}"
    if pair.yesno and not pair.without and pair.attr == "kind":
        # "Huân chương là danh hiệu vinh dự nhà nước phải không": the kind stated for the
        # thing named, not for another in the same fact
        block.claimed = (
            kind_of(block.claim, block.body, model.values.get("kind", {})) or block.claimed
        )
    if (
        pair.yesno
        and not pair.without
        and (
            pair.attr in _FIGURED
            # "quyết định GĐVH phải ra trong 15 ngày đúng k": a title's own time limit;
            # the "*" list gives other titles' limits to the province, decided by none
            or (pair.attr == "processing_time" and pair.attr in model.facts.get(pair.entity, {}))
        )
        # "100 % cán bộ hoàn thành nhiệm vụ thì được TTLĐTT không": the share told is of the
        # case's own measure, which that case's "Tùy" text says is not the rule's (task h89)
        and not (of_case and fact.verdict == "Tùy")
    ):
        # a cap's figure told in the story ("quy chế tỉnh ghi không quá 20 %") is the case,
        # not the ask, when the asking sentence names none ("tỉnh có được tự quy định tỷ lệ
        # tối đa không"); the province's own cap is the quy chế's (task h146)
        figured = reading.asked if figure_only_told(pair, reading) else block.claim
        block.claimed = figure_verdict(figured, block.body)
    elif (
        pair.yesno
        and not pair.without
        and pair.attr in ("eligible", "criteria")
        # the saying itself put up ("…, đúng không"); "nghe nói phải đủ 10 tháng, vậy em có
        # được xét không" asks the asker's own case, which the months told decide
        and reading.served is None
        and _CONFIRMING.search(" ".join(tokens(reading.question))) is not None
    ):
        # "phải công tác đủ 10 tháng mới được xét LĐTT đúng không": a figure the fact gives
        # only as the old rule, put up as the rule in force, whoever says it (task h111)
        # the fact's cases hold the old figure ("quy định cũ là dưới 10 tháng") even when
        # the question names no case ("phải công tác đủ 10 tháng")
        whole = model.fact(pair.entity, pair.attr) or fact
        cases = " ".join(c.text for c in whole.by_subject.values())
        if old_figure_claimed(block.claim, f"{block.body}\n{cases}"):
            block.claimed = "Không"
            # the rule in force is said with it: the case whose text gives the old figure
            rule = next(
                (
                    c.text
                    for c in whole.by_subject.values()
                    if c.text not in block.body and old_figure_claimed(block.claim, c.text)
                ),
                None,
            )
            if rule is not None:
                block.body = f"{without_opener(rule)} {without_opener(block.body)}"


def _requirement_day_and_base_claimed(draft: Draft, block: Block) -> None:
    """A requirement, a day against the deadline, years in a row, a coefficient, an amount or a
    base claimed."""
    model, reading, salaries, paid = draft.model, draft.reading, draft.salaries, draft.paid
    pair, fact, claim = block.pair, block.fact, block.claim
    block.needed_verdict = None
    if (
        pair.yesno
        and not pair.without
        and pair.attr in ("criteria", "eligible")
        # registration asked as lost titles' condition names those titles, none required
        # of registration itself (task h102)
        and pair.entity != REGISTRATION
    ):
        # "TTLĐTT có cần có người đạt CSTĐCS không": another title required of this one is
        # in its criteria or not
        # the story told first ("anh ấy đã đạt LĐTT. Vậy có đề nghị CSTĐCS được không") has
        # what the asker holds, not what is asked to be required
        asking = first_option(reading.asked) if reading.asked else claim
        required = title_required(asking, block.body, pair.entity, model)
        confirmed = sentence_confirmed(reading.question) if required is None else None
        if confirmed is not None:
            # "… bảo giấy khen phải có 2 năm LĐTT mới được. em không biết đúng không": the
            # claim is the sentence the bare confirmation points back at (task h121)
            required = title_required(confirmed, block.body, pair.entity, model)
        if required is not None:
            block.claimed, note = required
            if note:
                block.body = f"{note} {without_opener(block.body)}"
        # "mới tuyển 4 tháng thì cần 6 tháng mới được LĐTT đúng không": the claim is the
        # figure required, which the fact may confirm while the case told is refused
        block.needed_verdict = (
            None
            if reading.served is not None and heard_not_asked(asking)
            else required_figure_verdict(asking, block.body)
        )
        block.claimed = block.needed_verdict or block.claimed
    block.day = None
    if pair.yesno and not pair.without and pair.attr == "deadline":
        # the day may be told in the letter before the asking sentence ("hôm nay đã 28/11
        # mà chưa họp xong. Vậy có bị trễ hạn không")
        block.day = day_verdict(reading.asked or reading.question, block.body) or day_verdict(
            reading.question, block.body
        )
    if block.day is not None:
        block.claimed, note = block.day
        block.body = f"{note} {without_opener(block.body)}"
    elif pair.yesno and not pair.without and pair.attr == "deadline":
        # "có phải đợi tổng kết cuối năm không" against "xét ngay …" (task h108)
        block.claimed = wait_verdict(reading.asked or reading.question, block.body) or block.claimed
    if (
        pair.yesno
        and not pair.without
        and block.day is None
        # "năm nào cũng đạt GĐVH, 3 năm liền thì được giấy khen à": the years in a row
        # claimed are asked, not whether the title is yearly (task h102)
        and not (pair.attr == "consecutive" and reading.count is not None)
    ):
        # "5 năm mới xét 1 lần" against "xét hằng năm"; a day told against the deadline
        # decides first ("năm nào cũng được công nhận … họp ngày 28/11 có được không")
        block.claimed = period_verdict(claim, block.body) or block.claimed
    if pair.yesno and not pair.without and fact.coefficients:
        # "thôn văn hóa thưởng 1,5 lần lương cơ sở đúng không": the coefficient claimed
        own = (c for _, c in fact.coefficients)
        # "thưởng 760 nghìn đúng không": the amount claimed against the ones shown; "2,0 lần
        # lương cơ sở là 4.680.000" claims both, and a wrong sum makes the claim wrong even
        # with the right coefficient (task h143). A sum the closing ask states is the one
        # claimed; the story's are its working ("tính … là 702.000 … vậy 710.000 đúng không")
        ask = closing_ask(reading.question)
        summed = ask if ask is not None and claimed_amounts(ask) else claim
        figures = (coefficient_verdict(claim, own), amount_verdict(summed, block.body))
        block.claimed = (
            "Không" if "Không" in figures else figures[0] or figures[1]
        ) or block.claimed
    block.based = (
        base_verdict(claim, salaries.at(paid).amount)
        if pair.yesno and not pair.without and (fact.coefficients or "{base}" in fact.text)
        else None
    )
    if block.based is None and pair.yesno and not pair.without and fact.coefficients:
        # "qđ ký 1/7/2026 thì thưởng theo lương cơ sở mới chưa": the base on the date told
        # is asked to be the new one, or to differ between two dates told (task h108)
        changed = base_changed_verdict(reading.question, lambda d: salaries.at(d).amount)
        block.based = (changed, "") if changed is not None else None
    if (
        block.based is None
        and pair.yesno
        and not pair.without
        and fact.coefficients
        and fact.confidence == "H"
        and (
            coefficient_change_asked(reading.asked or reading.question)
            # "trước huyện thưởng, giờ xã ký thì mức thưởng có bị giảm không": with the
            # signer's change told, the prize asked changed is its coefficient (task h114)
            or (reading.reform and prize_change_asked(reading.asked or reading.question))
        )
    ):
        # "trước huyện tặng CSTĐCS 1 lần lương cơ sở, giờ xã tặng có thay đổi hệ số không":
        # only a coefficient the brief holds sure (H) is said kept (task h108)
        block.based = ("Không", COEFFICIENT_KEPT)
    if pair.yesno and not pair.without and pair.attr == "criteria" and block.claimed is None:
        # "CST tiêu chuẩn giống LĐTT đúng không", "LĐTT cho công chức và cho nông dân tiêu
        # chuẩn có giống nhau không": the titles' or groups' criteria compared (task h108)
        block.claimed = criteria_same_verdict(
            reading.asked or reading.question,
            fact.text,
            model.names_of("entity", pair.entity),
            other_criteria(model, reading, pair.entity),
        )


def _way_claimed(draft: Draft, block: Block) -> None:
    """One of the ways or dates the fact allows claimed, a form number, rounding, and whether
    what is claimed suffices."""
    model, reading = draft.model, draft.reading
    pair, fact, title, claim, based = block.pair, block.fact, block.title, block.claim, block.based
    block.picked = None
    block.route_enough = None
    if pair.yesno and not pair.without and based is None:
        # "tính theo ngày nộp hồ sơ phải không" against "ngày ký quyết định (không theo ngày
        # chi tiền …)": the one the fact names, or another of its kind
        block.picked = alternative_verdict(claim, fact.text)
        block.claimed = block.picked or block.claimed
        dated = model.fact(pair.entity, "money_date") if pair.attr == "money" else None
        if dated is not None:
            # "tiền thưởng LĐTT tính theo lương cơ sở lúc phát thưởng phải không": a title's
            # prize is paid on the base of the day the rule for every prize names
            by_day = alternative_verdict(claim, dated.text)
            if by_day is not None and dated is not fact:
                block.claimed = by_day
                rule = re.split(r"(?<=\.)\s+", dated.text, maxsplit=1)[0]
                block.body = f"{rule} {without_opener(block.body)}"
    if pair.yesno and not pair.without and pair.attr in _FORMED and block.claimed is None:
        # "báo cáo thành tích thôn văn hóa theo mẫu 06 phải k": the number claimed against
        # the one the fact gives that paper (task h142)
        block.claimed = form_number_verdict(reading.question, block.body, model.papers)
    if pair.yesno and not pair.without and pair.attr == "rounding" and block.claimed is None:
        block.claimed = _rounding_verdict(claim)
    if pair.yesno and not pair.without and block.claimed is None and based is None:
        # "có bắt buộc phải bỏ phiếu kín không hay giơ tay cũng được" against "biểu quyết
        # hoặc bỏ phiếu kín": one of two ways the fact allows is claimed required (task h95)
        block.claimed = one_way_verdict(claim, block.body)
        if block.claimed is not None and fact.verdict == "Không":
            # "bắt buộc phải có đề tài khoa học" against "Không bắt buộc …: … hoặc … hoặc
            # …": the fact itself says none of its ways is required; the one claimed is a
            # way among them, not left to the unit (Luật 2022 Điều 23 khoản 2, task h101)
            block.claimed = "Không"
            block.body = f"{_ONE_WAY_NOT_REQUIRED} {without_opener(block.body)}"
        elif block.claimed is not None:
            block.body = f"{_ONE_WAY_NOTE} {without_opener(block.body)}"
    if based is not None:
        # "QĐ ký 12/1/2026, kế toán tính lương cơ sở 2.530.000 có đúng không": the base
        # claimed against the one in force on the decision date told (or today)
        block.claimed, note = based
        if note:
            block.body = f"{note} {without_opener(block.body)}"
    if pair.yesno and not pair.without:
        # "A đã đủ chưa, hay phải B": whether A suffices, read from which of the two the
        # fact states
        asked = reading.asked or reading.question
        block.claimed = sufficiency_verdict(asked, block.body, title) or block.claimed
        # "sáng kiến được cơ sở công nhận có đủ không" against "… hoặc có sáng kiến được cơ
        # sở công nhận": the route is one the fact names, whatever it says of its being
        # required (task h146)
        if block.claimed is None and pair.attr in _ROUTED:
            block.route_enough = route_sufficiency_verdict(asked, block.body)
        if block.route_enough is not None:
            block.claimed = "Có"
            block.body = (
                f"Điều kiện anh/chị nêu (“{block.route_enough}”) là một con đường của tiêu "
                f"chuẩn. {block.body}"
            )
    if pair.yesno and not pair.without and pair.attr in ("initiative", "criteria"):
        # "CSTĐ tỉnh chỉ cần sáng kiến cấp cơ sở là đủ": the reach claimed for the
        # initiative is below the one the fact requires (task h106)
        block.claimed = (
            initiative_reach_short(reading.asked or reading.question, block.body) or block.claimed
        )


def _route_and_limit_claimed(draft: Draft, block: Block) -> None:
    """A route's qualification, a limit, the text in force, registering as a guarantee, the base
    of a decision, one level's sole power, or a rule the province sets, claimed."""
    model, reading, repealed = draft.model, draft.reading, draft.repealed
    pair, fact, claim = block.pair, block.fact, block.claim
    block.qualified = None
    if (
        pair.yesno
        and not pair.without
        and block.claimed is None
        and pair.attr in _ROUTED
        # "đề tài khoa học … ai nghiệm thu, có bắt buộc không": the thing itself is asked to
        # be required, not how a route must be qualified
        and not bare_requirement(last_clause(reading.question))
    ):
        # "sáng kiến có phải được công nhận mới tính không" against "… hoặc có sáng kiến
        # được cơ sở công nhận": what the claim requires of a route is how the fact names it,
        # whatever the fact says of the route being required
        block.qualified = route_qualified(reading.asked or reading.question, fact.text)
        block.claimed = block.qualified
    # the limit reader answers "chỉ A, không B" as a whole: its negation is no claim to turn
    block.limit_read = False
    if pair.yesno and not pair.without and block.claimed is None:
        # "hội đồng chỉ tham mưu thôi, đúng không" against "Hội đồng … chỉ tham mưu, tư
        # vấn": the limit claimed is the one the fact states, whatever its own verdict
        block.claimed = limit_stated(
            reading.asked or reading.question, reading.question, block.body
        )
        block.limit_read = block.claimed is not None
    if pair.yesno and not pair.without and block.claimed is None and not repealed:
        # "GĐVH giờ theo NĐ 86/2023 phải không": a text in force that the fact cites
        cited = " ".join([block.body, *(s.text() for s in fact.sources)])
        block.claimed = "Có" if current_named(claim, cited, model.replaced) else None
    if (
        pair.yesno
        and not pair.without
        and pair.attr in ("criteria", "eligible")
        and pair.entity != REGISTRATION
        and registered_as_enough(reading.question)
    ):
        # "đã đăng ký CSTĐCS từ đầu năm thì cuối năm chắc chắn được công nhận đúng k":
        # registering guarantees nothing; the title is judged on achievement and its
        # criteria (Luật 2022 Điều 7) (task h106)
        block.claimed = "Không"
        block.body = f"{_REGISTERED_NOT_ENOUGH} {without_opener(block.body)}"
    if (
        pair.yesno
        and not pair.without
        and pair.attr == "money"
        # a decision dated before the raise is paid on the old base: the saying holds
        and not isinstance(reading.decided, date)
        and old_base_heard(claim)
    ):
        # "nghe nói tiền thưởng vẫn tính theo lương cơ sở cũ vì danh hiệu là của năm trước,
        # đúng k": the base is the one in force on the day the decision is signed
        # (domain.md 2.4, NĐ 152/2025) (task h106)
        block.claimed = "Không"
        block.body = f"{_BASE_ON_SIGNING} {without_opener(block.body)}"
    if pair.yesno and not pair.without and block.claimed is None and pair.attr in _LEVEL_HELD:
        # "chỉ tỉnh mới có quyền hủy QĐ giấy khen do chủ tịch xã ký": one level claimed to
        # hold the power alone, against the level the fact gives it to (task h106)
        block.claimed = only_level_verdict(reading.asked or reading.question, block.body)
        if block.claimed is None:
            # "chỉ tòa án mới hủy được …": a holder the fact does not name (task h119)
            block.claimed = only_agent_absent(reading.asked or reading.question, block.body)
        if block.claimed is None and pair.attr == "decides":
            # "hiệu trưởng tự ký giấy khen cho giáo viên được k": a unit head proposes,
            # the holder the fact names decides (Luật 2022 Điều 80; the lead, stop 27)
            block.claimed = unit_head_gives(reading.asked or reading.question, block.body)
    if pair.yesno and not pair.without and block.claimed is None:
        # "thời hạn có thống nhất cả nước không" against a rule each province sets
        block.claimed = uniform_verdict(claim, block.body)
    if pair.yesno and not pair.without and block.claimed is None:
        # "luật có bắt / có ghi cụ thể … không" against a rule the fact leaves to the province
        block.claimed = law_sets_verdict(reading.asked or reading.question, block.body)
        if block.claimed == "Không":
            # the "Tùy" opener answers "how much": asked whether the law sets it, the
            # "Không" leads and the province's part follows in the body (task h95)
            block.body = block.body.removeprefix("Tùy quy chế của tỉnh. ").removeprefix(
                "Tùy quy chế của tỉnh: "
            )


def _papers_and_denial_claimed(draft: Draft, block: Block) -> None:
    """Papers listed or missing and the place of submission claimed; a claim the fact denies in
    another clause."""
    model, reading, yesno = draft.model, draft.reading, draft.yesno
    needed_verdict, picked, route_enough, qualified = (
        block.needed_verdict,
        block.picked,
        block.route_enough,
        block.qualified,
    )
    lacking = (
        lacking_item(reading.question, block.body)
        if yesno and block.pair.attr == "dossier" and not block.pair.without
        else None
    )
    block.listed = (
        papers_listed(reading.question, reading.asked, block.body)
        if yesno and block.pair.attr == "dossier" and not block.pair.without and lacking is None
        else None
    )
    if block.listed is not None:
        # "hồ sơ gồm tờ trình và danh sách, như vậy đủ chưa": the papers the letter lists
        # against the ones the dossier requires
        block.claimed, missing = block.listed
        if missing:
            block.body = f"Hồ sơ anh/chị nêu còn thiếu: {missing}. {without_opener(block.body)}"
        block.pair = dataclasses.replace(block.pair, yesno=True)
    placed = (
        place_claimed(reading.asked or reading.question, model.fact(block.pair.entity, "submit"))
        if yesno and block.pair.attr in ("submit", "dossier") and not block.pair.without
        else None
    )
    if placed is not None and block.claimed is None:
        # "giấy khen xã có phải nộp lên tỉnh không": the place claimed against the one the
        # title's own submission fact names
        block.claimed, where = placed
        if block.pair.attr == "dossier" and not any(
            p.entity == block.pair.entity and p.attr == "submit" for p in reading.pairs
        ):
            block.body = f"{where} {without_opener(block.body)}"
        block.pair = dataclasses.replace(block.pair, yesno=True)
    if (
        yesno
        and block.pair.attr in ("dossier", "dossier_law")
        and not block.pair.without
        and block.claimed is None
    ):
        # "hồ sơ giấy khen có cần biên bản họp không": a paper asked to be required against
        # the list the dossier requires
        block.claimed = paper_required(reading.asked or reading.question, block.body)
    if lacking is not None:
        # "… nhưng không có biên bản họp, hồ sơ đủ chưa": a paper the list requires is told
        # missing; the letter's yes/no may point back at it from another clause
        block.claimed = "Không"
        block.body = f"Hồ sơ anh/chị nêu còn thiếu: {lacking}. {without_opener(block.body)}"
        block.pair = dataclasses.replace(block.pair, yesno=True)
    # a told case ("… nhưng không có sáng kiến, có được …") is no claim: only what is asked
    block.denial = (
        block.pair.yesno
        and not block.pair.without
        # the figure required is the claim; the case told may be the one refused
        and needed_verdict is None
        and qualified is None
        # "theo năm học phải k" against "theo năm học (không phải theo năm dương lịch)": the
        # option claimed is the fact's own; its "không phải" denies the others (task h139)
        and picked != "Có"
        and route_enough is None
        and not exemption_of_tax(block.pair, reading.question)
        # of "… không hay bắt buộc phải có sáng kiến" only the first is claimed (task h101)
        and denied(first_option(reading.asked or reading.question), block.body, reading.question)
    )
    if block.pair.yesno and not block.pair.without and not block.denial and block.claimed is None:
        why = denied_elsewhere(model, reading, block.pair, block.body)
        block.denial = why is not None
        if why:
            block.body = f"{why} {without_opener(block.body)}"


def _verdict_decided(draft: Draft, block: Block) -> None:
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
        pair.yesno
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
            or pair.authority in ("tw", "hdqt")
            or (pair.attr == "submit" and sends(reading.question, body))
            or block.told_case is not None
            # "tiền thưởng giấy khen xã chi à": a level claimed to pay is weighed below
            # against the level that decides (task h115)
            or (pair.attr == "payer" and payer_claimed(reading.question) is not None)
            or (pair.attr == "chair" and holder_verdict(claim, body) is not None)
            or (pair.attr == "chair" and participant_named(claim, body) is not None)
            # "hội đồng … làm nhiệm vụ tham mưu, tư vấn … phải không" (task h118)
            or council_role_stated(model, pair, reading.question, body)
            or (pair.attr not in _NO_CONFIRM and confirmed_verdict(claim, body, model))
            # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k" (task h137)
            or province_details_claimed(pair, reading.question, body)
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
        )
        and not (reading.reform and pair.attr == "decides" and not pair.reform_told)
    ):
        # a fact with no verdict of its own but an opener that implies one ("Không cần …")
        _verdict_opened(draft, block)
        _verdict_of_who_decides(draft, block)
        _verdict_of_ratio_route_and_run(draft, block)
        _verdict_of_reach_and_criteria(draft, block)
        _verdict_of_case_told(draft, block)
        _verdict_of_denial_told(draft, block)


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
    block.verdict = (
        fact.verdict
        or verdict_of(block.body)
        or not_needed(reading.question, block.body)
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
    block.granted = claimed is None and (
        allowed_by_fact(claim, block.body, subject)
        or unrequired(claim, block.body)
        # "… (story with its own 'không') … Vậy tỉnh có được tự quy định tỷ lệ không":
        # the permission is asked in the asking sentence; the story's negations are
        # the case told, not the ask (task h146)
        or (bool(reading.asked) and allowed_by_fact(reading.asked, block.body, subject))
    )
    if block.granted:
        block.verdict = "Có"
    if undecided and block.verdict in ("Có", "Không"):
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
    if fact.years and reading.count is not None and reading.count < fact.years:
        block.verdict = "Không"  # "CSTĐCS 2 năm liền có lên CSTĐ tỉnh được không": needs 3
        # the case's own opener ("Có. 02 lần liên tục …") is the rule's, not the answer
        block.body = (
            f"Anh/chị nêu {reading.count} năm liên tục, chưa đủ {fact.years:02d}. "
            f"{without_opener(block.body)}"
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


def _verdict_of_who_decides(draft: Draft, block: Block) -> None:
    """Who decides, signs, chairs, revokes or pays, against the level or body the question names."""
    model, reading = draft.model, draft.reading
    pair, claim = block.pair, block.claim
    if (
        pair.attr == "decides"
        and pair.subject == "htx"
        and pair.authority == "xa"
        and pair.entity in _DIRECTOR_TITLES
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
    if pair.attr == "decides" and pair.authority == "hdqt":
        # a board's chair gives giấy khen only (Luật 2022 Điều 80 khoản 4), whichever
        # title the claim says it gives
        block.verdict = "Có" if pair.entity in _BOARD_GIVES else "Không"
        block.body = f"{_BOARD_DECIDES} {without_opener(block.body)}"
    if pair.attr == "chair":
        # "… có phải do X làm chủ tịch không": the one claimed against the one the
        # fact names to chair; "X có tham gia bình xét không": X among those the fact
        # names at the meeting (task h95)
        block.verdict = (
            holder_verdict(claim, block.body)
            or participant_named(claim, block.body)
            or block.verdict
        )
    renamed = former_name(model, pair, reading.question)
    if renamed is not None:
        # "còn danh hiệu khu dân cư văn hóa không": the name asked about is no longer in
        # force, whichever title it named; the title in force is said with it
        block.verdict = "Không"
        block.body = f"{renamed} {without_opener(block.body)}"
    revoker = (
        (revoker_verdict(model, pair, reading.question) or revoker_told(pair, reading.question))
        if pair.attr == "revoke" and pair.yesno
        else None
    )
    if revoker is not None:
        # "chủ tịch xã có hủy được bằng khen của tỉnh không": who may revoke is who
        # awarded (Luật 2022 Điều 93 khoản 8), whatever verb or title the claim uses
        block.verdict, note = revoker
        if note:
            block.body = f"{note} {without_opener(block.body)}"
    honour = honour_revoker(pair, reading.question)
    if honour is not None:
        # "thủ tướng quyết định tước danh hiệu anh hùng lao động à": only the Chủ tịch
        # nước strips a state honour (Luật 2022 Điều 93 khoản 7), not the level the
        # general revoke rule would pick for "trung ương" (task h121)
        block.verdict = honour
        block.body = f"{_HONOUR_REVOKER} {without_opener(block.body)}"
    if pair.attr == "decides" and pair.authority == "thon":
        # Luật 2022 Điều 75-80 give every decision to the head of an agency or a
        # chairman of a people's committee: the village reviews and proposes only
        block.verdict = "Không"
        block.body = f"{_VILLAGE_DECIDES_NOTHING} {without_opener(block.body)}"
    paying = payer_claimed(reading.question) if pair.attr == "payer" else None
    if pair.yesno and paying is not None and (level := awarding_level(model, pair.entity)):
        # "bằng khen tỉnh … thì xã có tự chi tiền thưởng được không": the prize is paid
        # from the fund of the level that decides (NĐ 152/2025), which the title's own
        # "decides" fact names (task h108)
        block.verdict = "Có" if paying == level else "Không"
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
    if (
        pair.yesno
        and pair.attr in ("decides", "eligible")
        and (signer := stand_in_signer(reading.question)) is not None
    ):
        # "công chức văn hóa xã có được ký giấy khen thay chủ tịch không": a member of
        # staff claimed to sign, read as a title's part; the chairman decides (h111)
        block.verdict = "Không"
        block.body = f"{without_opener(signer)} {without_opener(block.body)}"
    if pair.attr == "decides" and pair.authority == "don_vi":
        # Luật 2022 Điều 80: a unit decides only when it is an agency with legal
        # personality of a ministry, a sector or a provincial department (khoản 1); a
        # unit under the xã reviews and proposes, the xã chairman decides (khoản 3)
        block.verdict = "Không" if awarding_level(model, pair.entity) == "tinh" else "Tùy"
        block.body = f"{_UNIT_DECIDES} {without_opener(block.body)}"
    if (
        pair.yesno
        and (pair.authority == "so" or own_staff)
        and pair.attr in ("decides", "eligible")
    ):
        # "giám đốc sở có được tặng bằng khen không": the head of a provincial department
        # gives only TTLĐTT, CSTĐCS, LĐTT and giấy khen (Luật 2022 Điều 80 khoản 1; h118)
        block.verdict = "Có" if pair.entity in _DEPARTMENT_GIVES else "Không"
        if not own_staff and commune_unit_told(reading.question):
            # "trường mầm non xã em … giám đốc sở giáo dục ký à": not the department's
            # own unit; the xã chairman decides (Điều 80 khoản 3; task h142)
            block.verdict = "Không"
        block.body = f"{_DEPARTMENT_DECIDES} {without_opener(block.body)}"
    if province_details_claimed(pair, reading.question, block.body):
        # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k": the fact says the
        # province details the standard on the national frame (NĐ 86/2023; Luật 2022
        # Điều 75 khoản 2), which the claim restates (task h137)
        block.verdict = "Có"
        # the fact's clause on the repealed scoring ("không còn chấm điểm … như quy
        # định cũ") denies the old rule, not the province's detailing
        block.claimed = None
        block.denial = False
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


def _verdict_of_ratio_route_and_run(draft: Draft, block: Block) -> None:
    """The share of holders told against the minimum, an initiative lacking, the route told, and
    the run of years held or broken."""
    model, reading = draft.model, draft.reading
    pair, fact, denial, granted = block.pair, block.fact, block.denial, block.granted
    if pair.yesno and (
        pair.attr in ("eligible", "cap")
        # the criteria asked: a requirement told unmet ("chưa ai đạt CSTĐCS") is said
        # below as the criterion missed, which the share told does not change
        or (pair.attr == "criteria" and no_one_reached(reading.question, fact.text, model) is None)
    ):
        # "cơ quan 10 người, 4 người đạt LĐTT, có đạt TTLĐTT không": the stated ratio
        # against the title's minimum; met, the other criteria still decide ("Tùy")
        ratio = ratio_verdict(reading.question, model, pair.entity, share_only=pair.attr == "cap")
        if ratio is not None:
            block.verdict, note = ratio
            block.body = f"{note} {block.body}"
            # the shares told are the case, not a figure claimed for the rule
            block.claimed = None
        threshold = threshold_claimed(reading.question, model, pair.entity)
        if threshold is not None:
            # "TTLĐTT phải 2/3 số người đạt LĐTT nên 5/9 chưa đủ, đúng k": the minimum
            # share claimed is not the title's own, so the saying is wrong whatever the
            # case's share (task h121)
            block.verdict = "Không"
            block.body = f"{threshold} {without_opener(block.body)}"
            block.claimed = None
    if pair.yesno and lacks_initiative(reading.question) and pair.attr != "initiative":
        required = model.fact(pair.entity, "initiative")
        if required is not None and required.verdict == "Có":
            block.verdict = "Không"  # "đạt CSTĐCS 3 năm liền nhưng không có sáng kiến …"
    lacked = None
    if block.verdict == "Tùy" and not route_stated(reading.question, fact.met_by):
        lacked = route_stated(reading.question, fact.met_by, negated=True)
    # "có cần hoàn thành xuất sắc nhiệm vụ nữa không" (a level asked as required, the
    # subject "can_<level>"): the other route told met makes the level not needed, the
    # route told missing makes it needed, the reverse of "may one have it" (task h101)
    asks_required = (pair.subject or "").startswith("can_")
    if lacked is not None:
        # "chỉ hoàn thành tốt nhiệm vụ, chưa có sáng kiến nào": the route told missing
        block.verdict = "Có" if asks_required else "Không"
        block.body = f"Trường hợp anh/chị nêu chưa có “{lacked}”. {without_tuy(block.body)}"
    route = route_stated(reading.question, fact.met_by) if block.verdict == "Tùy" else None
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
        else None
    )
    if told_route is not None and fold(told_route) not in fold(block.body):
        # "có đề tài khoa học đã nghiệm thu thì có xét CSTĐCS không": the condition
        # told is one route the title's criteria name; the asker sees which
        block.body += f" Điều kiện anh/chị nêu (“{told_route}”) là một con đường của tiêu chuẩn."
    if block.claimed is not None:
        # "niêm yết 5 ngày có được không": the figure claimed against the fact's own
        block.verdict = block.claimed
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
    elif held is not None and reading.count is not None and counts_as(reading.question):
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
    elif denial and not granted and route is None:
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
    ):
        # "có 1 người chưa hoàn thành nhiệm vụ thì còn xét TTLĐXS được không": the
        # question states a criterion of the title that is not met
        missed = unmet(reading.question, criteria.text) or no_one_reached(
            reading.question, criteria.text, model
        )
        if missed is not None:
            block.verdict = "Không"
            block.body = f"Chưa đạt tiêu chuẩn: {missed}. {without_opener(block.body)}"
    if (
        block.verdict in (None, "Tùy")
        and pair.attr not in _NO_CONFIRM
        and not pair.without
        # a figure claimed that the fact gives only as a local practice ("nhiều tỉnh 20
        # ngày làm việc") stays "Tùy": the words matching do not make it the rule
        and not (claimed == "Tùy" and pair.attr in ("deadline", "processing_time"))
    ):
        # no verdict of its own, or "Tùy" for another way of asking ("is there a cap?"):
        # the body stating exactly what the question asks to confirm answers it
        block.verdict = confirmed_verdict(claim, block.body, model) or block.verdict
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
    more = None
    if block.verdict in ("Có", "Tùy") and not pair.without:
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
        if more is None and block.verdict != "Không" and criteria is not None and not pair.without
        else None
    )
    if below is not None:
        # "LĐTT chỉ cần hoàn thành nhiệm vụ là đủ": the level claimed enough is below
        # the one the criteria need, whatever the case's verdict on requiring it
        block.verdict = "Không"
        block.body = f"{below} {without_opener(block.body)}"
    if more is not None:
        # "chỉ cần X là đủ" against a fact that joins a further condition to X
        block.verdict = "Không"
        block.body = f"Chưa đủ: còn cần {more}. {without_opener(block.body)}"


def _verdict_of_case_told(draft: Draft, block: Block) -> None:
    """The case the question tells: bad news beside a permission, a rule left to the province,
    months served, a broken rule, several titles, a denial reported."""
    model, reading = draft.model, draft.reading
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
    if (
        block.verdict in ("Có", "Không")
        and good_news
        and (
            adverse(reading) or (pair.attr == "deadline" and day is not None and late_told(reading))
        )
    ):
        # "có bị loại khỏi xét LĐTT không", "có bị trễ hạn không": the fact's verdict
        # says whether the asker may have it / is in time; the question asks the reverse
        block.verdict = "Không" if block.verdict == "Có" else "Có"
    if (
        block.verdict == "Tùy"
        and good_news
        and adverse(reading)
        and _LAW_FREE.search(folded_words(block.body))
    ):
        # "quên đăng ký thi đua thì có bị loại LĐTT không": the case's "Tùy" is for the
        # province's own rules; the law bars no one for it, the plain answer to "bị loại"
        block.verdict = "Không"
        block.body = capitalized(_LOCAL_OPENER.sub("", block.body, count=1))
    if registration_left_to_province(
        pair, block.verdict, reading.question
    ) and not removal_restated(claim, block.body):
        # "… bảo đăng ký không còn là căn cứ xét danh hiệu nữa, đúng k" restates what
        # the law removed: judged below as the removal, not left to the province (h126)
        # "zalo bảo không đăng ký thi đua đầu năm thì cuối năm không được xét, đúng k":
        # the law no longer bars anyone (Luật 2022 Điều 7), but the province's quy chế
        # may; the line is judged "Tùy" with both said, unless the law alone is asked
        block.verdict = "Tùy"
        said = without_opener(block.body).removeprefix("Không bắt buộc theo luật: ")
        block.body = f"{_REGISTRATION_LOCAL} {capitalized(said)}"
    if pair.entity == REGISTRATION and province_requires_registration(reading.question):
        # "quy chế của tỉnh vẫn bắt đăng ký thi đua thì xã có phải làm theo không": the
        # law dropped it as a căn cứ (Luật 2022 Điều 7), the province's quy chế that
        # keeps it binds its communes (task h144)
        block.verdict = "Có"
        said = without_opener(block.body).removeprefix("Không bắt buộc theo luật: ")
        block.body = f"{_PROVINCE_REQUIRES} {capitalized(said)}"
    if cap_left_to_province(pair, block.verdict, reading.question):
        # "huyện cũ khống chế CSTĐCS 15 %, năm nay xã vẫn áp 15 % đúng k": no national
        # cap (domain.md: the 15 % of NĐ 91/2017 is repealed), the province may set one
        block.verdict = "Tùy"
        block.body = f"{_CAP_LOCAL} {capitalized(without_opener(block.body))}"
    hire = model.fact(pair.entity, pair.attr)
    served = reading.served if block.verdict == "Có" else None
    if served is not None and hire is not None and "moi_tuyen" in hire.by_subject:
        # a new hire whose months told reach the rule: the case is met, and the rule
        # it meets is said with it ("mới tuyển tháng 8 …, đến cuối năm học hơn 9 tháng")
        rule = hire.by_subject["moi_tuyen"].text.rstrip(".")
        block.body = f"Anh/chị nêu {served} tháng công tác. {rule}. {without_opener(block.body)}"
    if block.verdict in ("Có", "Không") and pair.attr in _PERMISSIONS and breaks_rule(reading):
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
        block.verdict = "Không" if block.verdict == "Có" else "Có"
        said = "Ý kiến đó chưa đúng." if block.verdict == "Không" else "Ý kiến đó đúng."
        block.body = f"{said} {without_opener(block.body)}"
    if (
        block.verdict in ("Có", "Không")
        and reported_denial(claim_put_up(reading.question))
        # "không đăng ký thì không được xét": the registration rule's "Không" already
        # answers the saying (task h102)
        and pair.entity != REGISTRATION
        # a value claim reader already judged the denial itself ("… bảo CSTĐCS không có
        # bằng chứng nhận"): its verdict is on the saying, not to be turned again
        and not values_denied(claim, model.values.get(pair.attr, {}))
        # "… bảo CSTĐCS chỉ được giấy chứng nhận thôi, không có tiền thưởng": the thing
        # the saying gives is not what the title brings, so the saying is wrong whatever
        # it denies (its denial has its own part; task h120)
        and not (pair.attr in model.values and claimed == "Không" and block.verdict == "Không")
        # "… bảo không có sáng kiến thì không được CSTĐCS": the without-requirement
        # reader above already judged that saying (task h126: never turned twice)
        and not (pair.attr in REQUIREMENTS and pair.without and claimed_loss(reading.question))
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
        and negation_confirmed(claim, _attr_names(model, pair.attr))
        # "kế toán bảo LĐTT không có tiền thưởng, vậy có đúng không": a denial someone
        # is reported to make is turned by its own reader below
        and not reported_denial(claim_put_up(reading.question))
        and not (
            pair.attr == "eligible"
            and pair.entity != REGISTRATION
            and claimed_loss(reading.question)
        )
        and not limit_read
        # a claim reader that already read the negation (the things "không có …" of
        # h96's value claims) gave the verdict on the claim itself; "không bị …" closing
        # the question is turned below, with what still happens said (task h96)
        and claimed is None
        and not negated_claim(reading.asked or reading.question, block.body)
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
        # the raw question: the asked words drop "hoặc" as a joiner
        and route_offered(reading.question, fact.text)
    ):
        # "… hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến đúng không": the rule
        # restated with its routes; it is right, and the route is not required (h108)
        block.verdict = "Có"
        block.body = without_opener(block.body.replace(_ONE_WAY_NOT_REQUIRED, "").strip())
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
    if block.verdict:
        block.body = with_verdict(block.verdict, block.body)


def _verdict_amended(draft: Draft, block: Block) -> None:
    """The verdict put against the whole claim: sameness, a thing gone, two names, the figure
    required, only one, a power denied, a higher approval, a step skipped."""
    model, reading, yesno, compared, same = (
        draft.model,
        draft.reading,
        draft.yesno,
        draft.compared,
        draft.same,
    )
    pair, title, told_case = block.pair, block.title, block.told_case
    if pair is compared and same is not None:
        block.body = with_verdict(same, block.body)
    if (
        pair.yesno
        and block.body.startswith("Không. ")
        # the case told is not this one: what the claim drops is beside the point
        and told_case is None
        and claimed_gone(reading.asked or reading.question, block.body)
    ):
        # "huy hiệu tỉnh đã bị bỏ rồi đúng không": the fact's "Không" says the thing no
        # longer exists or applies, which is what the asker put up for confirmation
        block.body = with_verdict("Có", block.body)
    named = two_names(reading.asked or reading.question, pair.entity, model)
    if pair.yesno and named is not None and not block.body.startswith(("Có. ", "Không. ")):
        # "khen chuyên đề có phải là khen theo đợt không": both names are the one form whose
        # definition the fact gives; what the fact leaves open ("Tùy") is not asked here
        rest = block.body.removeprefix("Tùy trường hợp. ")
        block.body = f"Có. Cả hai đều là {model.entities[pair.entity]}. {rest}"
    floor = (
        # of "cần 100 % không hay 90 % là được" only the first is claimed (task h101)
        required_figure_verdict(first_option(reading.asked or reading.question), block.body)
        if pair.yesno
        and not (reading.served is not None and heard_not_asked(reading.asked or reading.question))
        else None
    )
    if (
        floor is not None
        and block.body.startswith(("Có. ", "Không. "))
        # a minimum share claimed against the title's own was judged above (task h121)
        and "Mức luật quy định là" not in block.body
    ):
        # "phải đủ 6 tháng mới được xét đúng không": the floor claimed is judged against
        # the fact's bar, not the asker's own months that the verdict would otherwise meet
        block.body = with_verdict(floor, block.body)
    if (
        yesno
        and block.body.startswith("Có. ")
        and only_one(first_option(reading.question), block.body)
    ):
        # "chỉ được nhận 1 khoản thôi, đúng không" against "nhận … của cả hai": the claim
        # limits what the fact grants in full, whichever part the asking clause named; of
        # "cả hai không, hay chỉ 1" only the first is claimed, the limit is the other answer
        block.body = with_verdict("Không", block.body)
    elif pair.yesno and (suffered := negated_claim(reading.asked or reading.question, block.body)):
        # "dù khai gian cũng không bị thu hồi đúng không" against "Có. … bị thu hồi": the
        # negation is the claim put up for confirmation
        block.body = with_verdict(
            "Không", f"Vẫn {suffered} theo quy định. {without_opener(block.body)}"
        )
    elif yesno and only_one_claimed(first_option(reading.asked or reading.question), block.body):
        # "chỉ được khen 1 hình thức thôi" against "Không. Không khen … nhiều hình thức":
        # the limit claimed is the one the fact sets; in the asking clause only ("… chỉ là 1
        # thành tích thôi. Xã có khen 2 lần được không" tells the case in its story)
        block.body = with_verdict("Có", block.body)
    if (
        pair.yesno
        and not _opens_with_verdict(Part(title, f"**{title}**\n{block.body}", (), ""))
        and power_denied(reading.asked or reading.question, block.body, pair.authority)
    ):
        # "… có phải danh hiệu chủ tịch xã tặng không" against "không thuộc thẩm quyền
        # của xã": the level asked as the giver has no power over it, said first
        level = "xã" if pair.authority == "xa" else "tỉnh"
        block.body = with_verdict("Không", f"Không thuộc thẩm quyền của {level}. {block.body}")
    if (
        pair.yesno
        and pair.attr in ("decides", "submit")
        and higher_approval(reading.asked or reading.question, block.body)
    ):
        # "… xã công nhận thì có phải báo cáo tỉnh duyệt lại không": the xã chairman's
        # own power (Luật 2022 Điều 80 khoản 3); no province approval follows it
        own = "Không cần tỉnh duyệt lại: việc này thuộc thẩm quyền của Chủ tịch UBND xã."
        block.body = with_verdict("Không", f"{own} {without_opener(block.body)}")
    skipped = step_skipped(reading.question, block.body) if yesno and not draft.step_said else None
    if skipped is not None:
        draft.step_said = True
        # "… không niêm yết gì cả, làm vậy có đúng quy trình không": a step the fact states,
        # told skipped, decides whatever the fact's own verdict answers
        block.body = with_verdict(skipped[0], f"{skipped[1]} {without_opener(block.body)}")


def _givers_and_prize_added(draft: Draft, block: Block) -> None:
    """Who gives the title, a narrowed right, the honour and who proposes or revokes it, the
    part denying a claim, and the prize that comes with a title."""
    model, reading, salaries, paid, parts = (
        draft.model,
        draft.reading,
        draft.salaries,
        draft.paid,
        draft.parts,
    )
    pair, told_case = block.pair, block.told_case
    if (
        pair.yesno
        and pair.attr == "eligible"
        and block.body.startswith("Có. ")
        and not any(p.entity == pair.entity and p.attr == "decides" for p in reading.pairs)
    ):
        # "nông dân có được xét LĐTT không": one who may have a title is told who gives it
        giver = giver_of(model, pair, block.body)
        if giver is not None:
            said, giving = giver
            block.body = f"{block.body} {said}"
            sources = tuple(dict.fromkeys((*block.fact.sources, *giving.sources)))
            block.fact = dataclasses.replace(block.fact, sources=sources)
    if (
        pair.yesno
        and block.body.startswith("Có. ")
        # a letter's asking sentence is the claim: "có người nói LĐTT chỉ dành cho công
        # chức. Vậy anh Hùng (nông dân) có được xét không" asks of anh Hùng, not of the
        # hearsay ("… Có đúng không" points back at it: no asking clause of its own)
        and any(narrowed_claimed(first_option(text), block.body) for text in asking_claims(reading))
    ):
        # "LĐTT chỉ dành cho công chức thôi đúng không" against a fact (or the giver told
        # above) granting it to viên chức and người lao động too: the "only" is wrong
        block.body = with_verdict("Không", block.body)
    honour_kind = honour_kind_verdict(pair, reading.asked or reading.question)
    if honour_kind is not None:
        # "mẹ Việt Nam anh hùng có phải danh hiệu vinh dự nhà nước không": the form named
        # decides, not the kind fact's own opener, and is said first (task h121)
        verdict_of_form, lead = honour_kind
        block.body = with_verdict(verdict_of_form, f"{lead} {without_opener(block.body)}")
    proposer = proposer_only(pair, reading.asked or reading.question, model)
    if proposer is not None:
        # "TTLĐXS thì xã chỉ đề nghị thôi đúng không": the xã's part claimed is to propose
        # only, which is who decides, not whether the xã may have the title (task h121)
        block.body = proposer
    honour = honour_revoker(pair, reading.question)
    if honour is not None and _HONOUR_REVOKER not in block.body:
        # "thủ tướng quyết định tước danh hiệu anh hùng à": a claim put up with "à" is no
        # yes/no part, yet the general rule's own "Có." would answer it (task h121)
        block.body = with_verdict(honour, f"{_HONOUR_REVOKER} {without_opener(block.body)}")
    if (
        pair.yesno
        and pair.denied
        and block.body.startswith(("Có. ", "Không. "))
        # the case reader already judged a claim that names the title negated ("… chứ
        # không phải đột xuất"): its verdict is on the claim itself
        and told_case is None
    ):
        # "hộ chỉ được GĐVH thôi chứ không được giấy khen đúng không": the claim denies this
        # title; the fact granting it makes the claim wrong, and that is said first
        block.granted = block.body.startswith("Có. ")
        block.body = with_verdict("Không" if block.granted else "Có", without_opener(block.body))
        if block.granted:
            draft.denied_at = len(parts)
    prize = model.facts.get(pair.entity, {}).get("money")
    given = (
        pair.yesno
        and pair.attr in ("eligible", "decides")
        and block.body.startswith("Có. ")
        and "tang" in tokens(reading.asked or reading.question)
    )
    if (
        (pair.attr == "object" or given)
        and prize is not None
        and prize.coefficients
        and not any(p.entity == pair.entity and p.attr == "money" for p in reading.pairs)
    ):
        # "nếu được công nhận thì tổ được nhận những gì": what comes with a title includes
        # its prize, as an amount on the decision date, not only "1,5 lần lương cơ sở";
        # so does a "có được … tặng … không" answered "Có" (task h101)
        block.body = f"{block.body} Tiền thưởng: {amounts_text(prize, paid, salaries)}."
        sources = tuple(dict.fromkeys((*block.fact.sources, *prize.sources)))
        block.fact = Fact(
            block.fact.text, sources, block.fact.confidence, block.fact.verdict, prize.coefficients
        )


def _denied_part_first(draft: Draft) -> None:
    """The part that makes the claim wrong opens the answer."""
    reading, parts, denied_at = draft.reading, draft.parts, draft.denied_at
    if denied_at is not None:
        # the part that makes a "… chứ không …" claim wrong opens the answer (task h101)
        parts.insert(0, parts.pop(denied_at))
    elif (wrong_at := _conjunct_denied_at(reading, parts)) is not None:
        # "trường được bằng chứng nhận, khung và tiền thưởng 3.510.000 đồng phải k": one ask
        # over several things; the thing the facts deny makes the whole claim wrong (task h146)
        parts.insert(0, parts.pop(wrong_at))


def _total_added(draft: Draft) -> None:
    """The total of several prizes asked, as a part of its own."""
    model, reading, salaries, paid, parts = (
        draft.model,
        draft.reading,
        draft.salaries,
        draft.paid,
        draft.parts,
    )
    total = _total(model, reading, paid, salaries)
    if total is not None:
        parts.append(total)


def _carried_openers_dropped(draft: Draft) -> None:
    """A replaced text's block loses its verdict when the rule's own part decides."""
    parts, carried_at = draft.parts, draft.carried_at
    if carried_at and any(_opens_with_verdict(p) for p in parts[carried_at[-1] + 1 :]):
        # the rule's part decides the yes/no; the replaced text's block only says it is replaced
        for at in carried_at:
            part = parts[at]
            head, _, body = part.text.partition("\n")
            parts[at] = dataclasses.replace(part, text=f"{head}\n{without_opener(body)}")


def _premise_verdict_restored(draft: Draft) -> None:
    """The reform block's own verdict when it was told as a premise and no part decides."""
    model, reading, parts, premise_at = draft.model, draft.reading, draft.parts, draft.premise_at
    if (
        premise_at is not None
        and model.reform.verdict
        and gone_with_district_asked(reading.asked or reading.question)
    ):
        firm = ("Có.", "Không.")
        if not any(p.text.partition("\n")[2].startswith(firm) for p in parts[premise_at + 1 :]):
            # "không còn huyện thì danh hiệu TTLĐTT có bị bỏ luôn k": no part decides (a "Tùy"
            # of who may be considered is no answer to it), so the block's own "Không" (the
            # reform took nothing else away) answers; a claim that something is kept ("tiêu
            # chuẩn vẫn như cũ") is left without a verdict rather than given that "Không"
            part = parts[premise_at]
            head, _, body = part.text.partition("\n")
            verdict = model.reform.verdict
            parts[premise_at] = dataclasses.replace(part, text=f"{head}\n{verdict}. {body}")


def _move_opener_dropped(draft: Draft) -> None:
    """The reform block loses its "Có." when a part of the claim is wrong."""
    parts, moved_at = draft.parts, draft.moved_at
    if moved_at is not None and any(
        p.text.partition("\n")[2].startswith("Không.") for p in parts[moved_at + 1 :]
    ):
        # "giờ xã ký thay huyện và thưởng 2 lần đúng k": the move is right but a part of the
        # claim is not; a "Có." on the move would read as a yes to the whole (task h114)
        part = parts[moved_at]
        head, _, body = part.text.partition("\n")
        parts[moved_at] = dataclasses.replace(part, text=f"{head}\n{without_opener(body)}")


def _old_rule_told(model: FactModel, reading: Reading) -> Pair | None:
    """A yes/no part on a title's repealed rules (``old_rules``) when the story of a letter
    names them (its cues: "chấm điểm", "85 điểm") and the title they are of, and no part asks
    them already: the asking sentence ("có bị trượt không", "còn áp dụng không") points back
    at the rule told. None otherwise."""
    if not reading.asked or any(p.attr == "old_rules" for p in reading.pairs):
        return None
    cues = model.names_of("attr", "old_rules")
    story, asked = tuple(tokens(reading.question)), tuple(reading.asked.split())

    def names(toks: tuple[str, ...]) -> bool:
        return any(toks[i : i + len(c)] == c for c in cues for i in range(len(toks)))

    if not names(story) or names(asked):
        return None  # told in the asking sentence itself, its own parts read it
    held = [e for e in reading.entities if "old_rules" in model.facts.get(e, {})]
    if len(held) != 1:
        return None
    return Pair(held[0], "old_rules", None, True)


#: the parts whose facts name a criterion's routes ("… hoặc có sáng kiến được cơ sở công nhận")
_ROUTED = frozenset({"initiative", "criteria", "eligible"})


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


#: a yes/no ask's end ("… phải không ạ?", "… có tiền k, …", "… k và …")
_ASK_END = re.compile(
    r"\b(?:khong|ko|k|kg|khg|hong|chua)\b(?:\s+(?:a|ha|nhi|vay|ad|anh|chi|em))*\s*"
    r"(?:[,;?.!]|\bva\b|\bcon\b|$)"
)
#: what a title brings (its object, its prize): a claim may list them under one ask
_BROUGHT = frozenset({"object", "money"})


def _conjunct_denied_at(reading: Reading, parts: list[Part]) -> int | None:
    """Where the first "Không." block stands when a "Có." block comes before it and the letter
    asks one yes/no only ("… được A, B và C phải không"), about one title: A, B and C are
    claimed together, so the one denied decides the claim. None otherwise."""
    yesno = [p for p in reading.pairs if p.yesno]
    if len(yesno) < 2 or len({p.entity for p in yesno}) != 1:
        return None
    if any(p.attr not in _BROUGHT for p in yesno):
        return None  # only what a title brings is claimed as one list ("bằng, khung và tiền")
    folded = " ".join(fold(reading.question).split())
    if len(_ASK_END.findall(folded)) != 1:
        return None  # "có tiền k, có giấy chứng nhận k": two asks, each answered on its own
    if {"hay", "hoac"} & set(tokens(reading.asked or reading.question)):
        return None  # "A hay B": an alternative, not a claim of both
    openings = [p.text.partition("\n")[2][:6] for p in parts]
    denied = next((i for i, o in enumerate(openings) if o.startswith("Không.")), None)
    if denied is None or not any(o.startswith("Có.") for o in openings[:denied]):
        return None
    return denied


def _opens_with_verdict(part: Part) -> bool:
    """The block (after its bold title line) opens with "Có", "Không" or "Tùy"."""
    body = part.text.partition("\n")[2]
    opening = " ".join(fold(body[:12]).split())
    return opening.startswith(("co.", "co,", "khong.", "khong,", "tuy")) or bool(verdict_of(body))


#: a case's "Tùy quy chế của tỉnh: …" opener, which a plain "Không." under the law replaces
_LOCAL_OPENER = re.compile(r"^Tùy [^:.]*: ")
#: a case's text saying the law does not require what the case lacks
_LAW_FREE = re.compile(r"\btheo luat (?:\w+ ){0,3}?khong bat buoc\b")


#: a body saying the thing asked about is no condition of the title ("tỷ lệ cán bộ hoàn thành
#: nhiệm vụ không phải điều kiện của danh hiệu"): the claim that it is required is answered "Không"
_NO_CONDITION = "không phải điều kiện"
_UNDECIDED = "Chưa đủ để kết luận: "


#: the prizes asked added up: "cộng lại", "tổng cộng", "tất cả được bao nhiêu"
_SUM = re.compile(r"\b(?:cong lai|tong cong|tong tien|tong so tien|tat ca|gop lai|ca thay)\b")


def _total(model: FactModel, reading: Reading, paid: date, salaries: SalaryTable) -> Part | None:
    """ "LĐTT và CSTĐCS cộng lại được bao nhiêu": the prizes of the titles asked, added up on
    the decision date's base (each title one coefficient, else which one is meant is unsaid)."""
    if _SUM.search(" ".join(tokens(reading.question))) is None:
        return None
    facts = []
    for pair in reading.pairs:
        fact = model.facts.get(pair.entity, {}).get("money") if pair.attr == "money" else None
        if fact is not None and fact not in facts:
            facts.append(fact)
    if len(facts) < 2 or any(len(f.coefficients) != 1 for f in facts):
        return None
    base = salaries.at(paid)
    amounts = [SalaryTable.prize(f.coefficients[0][1], base.amount) for f in facts]
    sum_line = " + ".join(format_dong(a).removesuffix(" đồng") for a in amounts)
    body = f"Cộng lại: {sum_line} = {format_dong(sum(amounts))}"
    body += f" (lương cơ sở {format_dong(base.amount)})."
    sources = tuple(dict.fromkeys(c for f in facts for c in f.sources))
    fact = Fact(body, sources, "H", None, ())
    return _block("Tổng tiền thưởng", body, fact, money=True, as_of=paid, salaries=salaries)


def _compared(model: FactModel, reading: Reading) -> tuple[list[Pair], Pair | None, str | None]:
    """ "cá nhân với tập thể thưởng như nhau không", "thời hạn tỉnh nào cũng giống nhau": a
    claim of sameness is about every part asked at once, so the facts of all the parts decide it
    (``same_verdict``) and the first part carries the verdict alone; a part "Ai được xét" read
    only because the comparing clause names no attribute of its own is dropped. Returns the
    pairs to show, the one carrying the verdict and the verdict (the pairs as read, None, None
    when no sameness is claimed or the facts show no difference)."""
    pairs = list(reading.pairs)
    if not any(p.yesno for p in pairs):
        return _attribute_shared(model, reading, pairs), None, None
    # the clause naming the second thing compared names no attribute ("cá nhân với tập thể
    # thưởng khác nhau không"): it is compared on the attribute asked of the first
    valued = {p.attr for p in pairs if p.attr != "eligible"}
    kept: list[Pair] = []
    for p in pairs:
        if p.attr == "eligible" and len(valued) == 1:
            (attr,) = valued
            if any(q.entity == p.entity and q.attr == attr for q in pairs):
                continue
            if model.fact(p.entity, attr) is not None:
                p = dataclasses.replace(p, attr=attr)
        kept.append(p)
    facts = [f for p in kept if (f := model.fact(p.entity, p.attr)) is not None]
    coefficients = [c for f in facts for _, c in f.coefficients]
    # titles compared with each other: each one's own coefficients (a title compared with
    # itself, "cá nhân với tập thể", is one fact whose several coefficients differ)
    each = [{c for _, c in f.coefficients} for f in facts]
    titles = len({p.entity for p in kept}) >= 2 and len(facts) == len(kept)
    same = same_verdict(
        reading.question, " ".join(f.text for f in facts), coefficients, each if titles else None
    )
    if same is None and len({p.entity for p in kept}) == 1 and len(facts) == 1:
        same = joint_verdict(reading.question, model.entities.get(kept[0].entity, ""), coefficients)
    if same is None or not kept:
        return pairs, None, None
    # each part shows its fact as asked without a yes/no (no case picked for the verdict); the
    # first carries the verdict on the comparison
    kept = [dataclasses.replace(p, yesno=False) for p in kept]
    return kept, kept[0], same


def _attribute_shared(model: FactModel, reading: Reading, pairs: list[Pair]) -> list[Pair]:
    """ "giấy khen cho tập thể với cá nhân thì tiền thưởng mỗi loại bao nhiêu": the clause naming
    the first thing names no attribute of its own ("Ai được xét" was read for want of one), so
    it is asked the one attribute the other parts ask, when its title has that fact."""
    valued = {p.attr for p in pairs if p.attr != "eligible"}
    if len(valued) != 1 or _names_attribute(reading.question, model, "eligible"):
        return pairs
    (attr,) = valued
    # only a second thing compared: a title asked something else too is read as asked
    asked = {p.entity for p in pairs if p.attr != "eligible"}
    out: list[Pair] = []
    for p in pairs:
        if p.attr == "eligible" and p.entity not in asked and model.fact(p.entity, attr):
            p = dataclasses.replace(p, attr=attr)
        out.append(p)
    return out


def _names_attribute(question: str, model: FactModel, attr: str) -> bool:
    """A cue of ``attr`` stands in the question (the attribute was asked, not defaulted to); a
    weak cue ("khen") names no attribute by itself."""
    toks = tokens(question)
    for size in range(1, model.longest + 1):
        for i in range(len(toks) - size + 1):
            phrase = model.phrases.get(tuple(toks[i : i + size]))
            if phrase is not None and phrase.kind == "attr" and phrase.key == attr:
                return True
    return False


#: facts whose verdict says whether a thing is allowed (not whether it is required)
_PERMISSIONS = frozenset({"repeat", "several", "one_achievement"})


#: titles the central level awards (Luật 2022 Điều 21): "does the centre decide" is not a "Không"
_NATIONAL_TITLES = frozenset({"cstd_toan_quoc", "khen_nha_nuoc"})
#: attributes a stated figure must not confirm: an amount is answered by the amount itself
#: publicity_list (task h90): its general "Tùy" is the province's rule, which the fact's own
#: words on the văn hóa titles ("công khai … 10 ngày") do not confirm for every title
_NO_CONFIRM = frozenset({"money", "consecutive", "cap_count", "publicity_list"})


#: the award given for a sudden deed, by the simplified procedure (Luật Điều 85)
_SUDDEN = "khen_dot_xuat"
#: what the simplified procedure changes: whether the council meets, and the papers
_SUDDEN_PARTS = ("council", "dossier")


def _sudden_deed_fact(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """A form that may be given either at a review or for a sudden deed (its council fact is
    "Tùy": giấy khen, bằng khen), asked for a deed the letter tells as sudden (``met_by`` of
    khen đột xuất: "lao xuống sông cứu em bé đuối nước") and no drive: whether the council
    meets and which papers are the sudden deed's, not "Tùy" (task h102)."""
    if pair.attr not in _SUDDEN_PARTS or pair.entity == _SUDDEN:
        return None
    either = model.fact(pair.entity, "council")
    rule = model.fact(_SUDDEN, "eligible")
    if either is None or either.verdict != "Tùy" or rule is None:
        return None
    if route_stated(question, rule.met_by) is None or route_stated(question, rule.not_met_by):
        return None
    return model.facts.get(_SUDDEN, {}).get(pair.attr)


_HONOUR_REVOKER = (
    "Chủ tịch nước quyết định tước, phục hồi và trao lại danh hiệu vinh dự nhà nước (Luật 2022"
    " Điều 93 khoản 7)."
)


#: the state honours (Luật 2022 Điều 59 khoản 2), folded, and the state forms of award that
#: are not honours (Huân chương, Huy chương, Bằng khen của Thủ tướng: Điều 8)
_HONOUR_NAMES = re.compile(
    r"\b(?:anh hung|ba me viet nam|me viet nam|me vn|nha giao (?:nhan dan|uu tu)"
    r"|thay thuoc (?:nhan dan|uu tu)|nghe si (?:nhan dan|uu tu)|nghe nhan (?:nhan dan|uu tu))\b"
)


#: subjects that are themselves a circumstance: a fact's case for one decides it
_CASES = frozenset(
    {"ky_luat", "moi_tuyen", "thai_san", "chuyen_cong_tac", "hop_dong", "htnv", "httnv", "htxs"}
    | {"di_hoc", "nghi_om", "bi_thuong", "ky_luat_truoc"}
)
#: awards named after their level: with another level named ("bằng khen Thủ tướng") the
#: question is about that level's award, not this one
_LEVEL_NAMED = frozenset({"bang_khen_tinh"})


#: titles an enterprise's director gives its own staff (Luật 2022 Điều 80 khoản 4); a giấy
#: khen for the enterprise itself is still the xã chairman's
_DIRECTOR_TITLES = frozenset({"ldtt", "cstdcs", "ttldtt"})

#: attributes whose facts state a rule's figure (days, %, times, copies): a figure the question
#: claims is checked against them; who may get a title states thresholds ("dưới 6 tháng"), not
#: a value to match, and an amount answers by itself
_FIGURED = frozenset({"publicity", "publicity_list", "deadline", "cap", "consecutive", "dossier"})
_LEVEL_CASES = frozenset({"htnv", "httnv", "htxs"})
_DOC_KIND = {"NĐ-CP": "Nghị định", "TT-BNV": "Thông tư"}


_BROKEN_RUN = "Các lần anh/chị nêu không liên tục nên không đủ: tiêu chuẩn tính các lần liên tục."


#: attributes whose facts name each paper's form ("Tờ trình (Mẫu 04)")
_FORMED = frozenset({"dossier", "form"})


#: why the province's Sở Nội vụ signs no title (Luật 2022 Điều 74, 75, 80; domain brief: "xã
#: trình qua Sở Nội vụ")
_SO_NOI_VU_DECIDES_NOTHING = (
    "Sở Nội vụ là cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh: nhận, thẩm định hồ sơ"
    " và trình; Sở Nội vụ không ký quyết định khen thưởng."
)


#: a claim put up for confirmation: "đúng không", "đúng vậy k", "phải vậy không", "có đúng"
_CONFIRMING = re.compile(
    r"\b(?:dung|phai|that) (?:vay |the )?(?:khong|ko|k|hong|ha|a|chu)\b|\bco dung\b"
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


#: the councils that advise on titles (Luật 2022 Điều 90): actors, not titles
_COUNCILS = frozenset({"hoi_dong_xa", "hoi_dong_tw"})


def _article(model: FactModel, entity: str) -> Fact | None:
    """ "LĐTT quy định ở điều mấy": the articles the title's own criteria (or eligibility, or
    decision) facts rest on, so every title answers it without a fact written for it."""
    for attr in ("criteria", "eligible", "decides"):
        fact = model.facts.get(entity, {}).get(attr)
        if fact is None:
            continue
        if not any(s.cite.startswith("Điều") for s in fact.sources):
            continue
        name = model.entities[entity]
        text = f"“{name}” được quy định tại {cite_line(list(fact.sources))}."
        return Fact(text, fact.sources, fact.confidence)
    return None


def _held_rule(model: FactModel, pair: Pair) -> Fact | None:
    """The fact of the title a case holds ("đạt GĐVH …") on the attribute asked, when it names
    the title asked about and the latter has no fact of its own on it (only the rule for every
    title); else None."""
    if not (pair.subject or "").startswith("dat_"):
        return None
    fact = model.fact(pair.entity, pair.attr)
    if pair.attr in model.facts.get(pair.entity, {}):
        return None  # the title asked states its own rule: "CSTĐ tỉnh" needs 3 years
    held = model.facts.get(pair.subject[4:], {}).get(pair.attr)
    if held is None or held is fact:
        return None
    said = f" {' '.join(tokens(held.text))} "
    names = model.names_of("entity", pair.entity)
    return held if any(f" {' '.join(name)} " in said for name in names) else None


_TITLE_YEAR_NOTE = (
    "Tiền thưởng danh hiệu năm {year} tính theo mức lương cơ sở tại ngày ký quyết định khen"
    " (thường cuối năm {year} hoặc trong năm {next}), không theo mức lương cơ sở hiện nay."
)


def cite_line(sources: list[SourceCite]) -> str:
    """One document once: "Luật …, Điều 24 khoản 1, Điều 23; Nghị định 129/2025/NĐ-CP, Điều 59"."""
    grouped: dict[str, list[str]] = {}
    for source in sources:
        cites = grouped.setdefault(source.doc, [])
        if source.cite and source.cite not in cites:
            cites.append(source.cite)
    return "; ".join(", ".join([doc, *cites]) for doc, cites in grouped.items())


#: the registration line judged where the province's quy chế decides (domain.md 1.2: the
#: law must not be said to bar anyone for it; many provinces still require it)
_REGISTRATION_LOCAL = "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì không."
#: the province keeping registration in its quy chế, said to an xã asking whether to follow
_PROVINCE_REQUIRES = (
    "Quy chế thi đua, khen thưởng của UBND tỉnh còn yêu cầu đăng ký thì xã trong tỉnh thực hiện"
    " theo quy chế đó; luật thì không còn coi đăng ký là căn cứ xét danh hiệu."
)


#: the cap judged where the province's quy chế decides (domain.md §1.6, §2.2)
_CAP_LOCAL = "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì không khống chế."


def _attr_names(model: FactModel, attr: str) -> list[tuple[str, ...]]:
    """The words naming an attribute and each of its values ("bằng chứng nhận", "huy hiệu")."""
    return [*model.names_of("attr", attr), *(tuple(v.split()) for v in model.values.get(attr, {}))]


def _block(
    title: str,
    body: str,
    fact: Fact,
    *,
    money: bool = False,
    as_of: date | None = None,
    salaries: SalaryTable | None = None,
) -> Part:
    sources = list(fact.sources)
    if money and as_of is not None and salaries is not None:
        sources.append(SourceCite(salaries.at(as_of).doc, "mức lương cơ sở"))
    lines = [f"**{title}**", body]
    if fact.confidence == "L":
        lines.append(LOW_CONFIDENCE_NOTE)
    lines.append("Căn cứ: " + cite_line(sources) + ".")
    return Part(title, "\n".join(lines), tuple(sources), fact.confidence)


#: the attributes whose fact names the level that holds a power
_LEVEL_HELD = frozenset({"decides", "revoke"})


#: the titles the district decided that the xã's chairman now decides (NĐ 129/2025 Điều 59)
_XA_DECIDES = frozenset(
    {
        "ldtt",
        "cstdcs",
        "ttldtt",
        "giay_khen",
        "giay_khen_ca_nhan",
        "giay_khen_tap_the",
        "giay_khen_ho",
        "gdvh",
        "thon_vh",
    }
)
_POWERS_TO_XA = (
    "Thẩm quyền trước đây của cấp huyện nay chuyển về Chủ tịch UBND xã, không chuyển lên tỉnh;"
    " xã vẫn tự quyết định, không phải trình tỉnh."
)


# ("… cũng không bị hủy phải không" is turned by turns.negated_claim, which says "Vẫn bị …")
_KEPT_WRONG = (
    "Gian dối, làm giả hồ sơ thì quyết định khen thưởng bị hủy bỏ, hiện vật và tiền thưởng bị"
    " thu hồi, không chỉ phê bình."
)


_SPARED_WRONG = (
    "Gian dối, làm giả hồ sơ thì quyết định khen thưởng bị hủy bỏ và cả hiện vật lẫn tiền thưởng"
    " đều bị thu hồi."
)


_REGISTERED_NOT_ENOUGH = (
    "Đăng ký thi đua không bảo đảm được công nhận: danh hiệu xét theo phong trào thi đua,"
    " thành tích và tiêu chuẩn (Luật 2022 Điều 7), cuối năm phải đạt tiêu chuẩn mới được xét."
)


_BASE_ON_SIGNING = (
    "Tiền thưởng tính theo mức lương cơ sở đang áp dụng vào ngày ký quyết định khen thưởng,"
    " không theo năm của danh hiệu hay mức lương cơ sở cũ."
)
