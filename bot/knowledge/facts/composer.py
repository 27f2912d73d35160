"""Writing the answer: one short block per (entity, attribute) part, decisive fact first.

A yes/no part starts with "Có.", "Không." or "Tùy …" from the fact; a question naming the
abolished district level first gets what changed on 01/7/2025. Amounts are computed on the asked
date (coefficient × mức lương cơ sở, rounded up to 10.000 đồng).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import (
    COEFFICIENT_KEPT,
    base_changed_verdict,
    coefficient_change_asked,
    commune_unit_told,
    criteria_same_verdict,
    exemption_asked,
    form_number_verdict,
    payer_claimed,
    repeat_denied,
    route_offered,
    run_broken,
    stand_in_signer,
    wait_verdict,
    wrong_turned,
)
from bot.knowledge.facts.claim import (
    COMMON_SYLLABLES,
    NEGATED,
    NOT_A_THING,
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
    in_fact_terms,
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
    thing_asked,
    told_as_past,
    uniform_verdict,
    unmet,
    update_asked,
    value_verdict,
    values_denied,
)
from bot.knowledge.facts.conditions import REQUIRE_WORDS, required_at
from bot.knowledge.facts.dates import decided_on, old_base_heard
from bot.knowledge.facts.deciders import proposing_level
from bot.knowledge.facts.gatekeeping import (
    PAID_ALIKE,
    enough_restated,
    paid_by_employment,
    removal_said,
    stricter_claimed,
)
from bot.knowledge.facts.gone_claim import gone_confirmed
from bot.knowledge.facts.model import BREAKS, Fact, FactModel, SourceCite, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.papers import bare_requirement
from bot.knowledge.facts.records import counts_as, record_held
from bot.knowledge.facts.reform_claim import (
    abolition_confirmed,
    abolition_only_told,
    gone_with_district_asked,
    moved_to_xa_claimed,
    prize_change_asked,
    xa_acts_alone_claimed,
)
from bot.knowledge.facts.reform_told import still_words
from bot.knowledge.facts.registration import REGISTRATION, province_requires_registration
from bot.knowledge.facts.restated import (
    claim_put_up,
    closing_words,
    former_district_only,
    only_agent_absent,
    prohibition_restated,
    province_claimed,
    single_payment_claimed,
    unit_head_gives,
)
from bot.knowledge.facts.sayings import closing_ask
from bot.knowledge.facts.turns import (
    claimed_loss,
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
from bot.knowledge.facts.verdict import asking_sentence, verdict_of
from bot.knowledge.facts.words import NOT_SPELLED, TYPED_NOT
from bot.knowledge.facts.yesno import is_yesno
from bot.knowledge.money import SalaryTable, format_coefficient, format_date, format_dong

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
    parts: list[Part] = []
    # Prize money uses the base in force on the decision date the question gives, if any.
    paid = _paid_on(reading, as_of, salaries)
    denied_at: int | None = None
    moved_at: int | None = None  # the reform block that confirmed the move (task h114)
    premise_at: int | None = None  # the reform block told only as a premise (task h114)
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
            elif _xa_power_denied(reading.question) and set(reading.entities) <= _XA_DECIDES:
                # "bỏ cấp huyện thì xã không còn quyền tặng CSTĐCS, phải trình tỉnh đúng k":
                # the district's powers went to the xã, not up to the province (task h106); a
                # provincial award ("bằng khen tỉnh phải trình tỉnh") is not one of them
                body = f"Không. {_POWERS_TO_XA} {body}"
            elif xa_acts_alone_claimed(asked) and set(reading.entities) <= _XA_DECIDES:
                # "năm ngoái hồ sơ TTLĐTT gửi phòng Nội vụ huyện, năm nay xã tự quyết định được
                # chưa": the district's power is the xã chairman's now (NĐ 129/2025 Điều 59),
                # not a district still asked about (task h126)
                body = f"Có. {body}"
                moved_at = len(parts)
            elif moved_to_xa_claimed(asked):
                # "quyền khen của chủ tịch huyện chuyển về chủ tịch xã đúng k", "giờ gửi thẳng
                # lên tỉnh, không qua huyện nữa phải không": the claim is what the reform did
                # (NĐ 129/2025 Điều 59), which the block states (task h114)
                body = f"Có. {body}"
                moved_at = len(parts)
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
                premise_at = len(parts)
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
            and not _xa_power_denied(reading.question)
        ):
            # "quận cũ bị bỏ, hồ sơ tổ dân phố văn hóa giờ phường ký luôn đúng k": the district
            # told as the past, the claim the move itself (task h114)
            body = f"Có. {body}"
            moved_at = len(parts)
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
    # "nđ 28/2024 còn hiệu lực ko" names no title: the yes/no is asked of the text itself
    yesno = (
        any(p.yesno for p in reading.pairs)
        or reading.reform_yesno
        or (not reading.pairs and asks_yesno(reading.question))
    )
    named_repealed = repealed_named(reading.question, model.replaced)
    # A text whose successor keeps the rule asked about ("TT 01/2024 … dưới 6 tháng …") is told
    # replaced, but does not take the verdict from that rule's own part.
    repealed = [r for r in named_repealed if r[0] not in model.carried]
    # "trước theo NĐ 91 …, giờ còn …": the old text told as the past is said replaced, but the
    # claim asked is about the rule now, whose own part gives the verdict
    past = {n for n, _ in named_repealed if told_as_past(reading.question, n)}
    repealed = [r for r in repealed if r[0] not in past]
    carried_at: list[int] = []
    for number, successor in named_repealed:
        # "còn dùng NĐ 122/2018 để chấm điểm không": the text asked about is no longer in force;
        # this block carries the verdict, the parts below only say what applies now
        suffix = number.split("/")[-1]
        # "47/2005/QH11": a text of the Quốc hội (QH and its term) is a Luật
        kind = _DOC_KIND.get(suffix, "Luật" if suffix.startswith("QH") else "Văn bản")
        body = f"{kind} {number} đã hết hiệu lực, thay bằng {successor}."
        if yesno and number not in past:
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
            carried_at.append(len(parts))
        parts.append(Part(title, f"**{title}**\n{body}", (cite,), "H"))
    shown: set[tuple[int, str | None]] = set()
    pairs, compared, same = _compared(model, reading)
    told_old = _old_rule_told(model, reading) if yesno else None
    if told_old is not None:
        # "ông hàng xóm nói GĐVH vẫn chấm điểm, dưới 85 là trượt … năm nay có bị trượt không":
        # the rule the letter tells is the repealed one, whose own part answers first
        pairs = [told_old, *pairs]
    step_said = False  # a skipped step is said once, in the first part stating it
    for pair in pairs:
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
                continue  # a rule for every title ("*") is shown once, not once per title named
        else:
            shown.add((id(fact), case))
        own = model.facts.get(pair.entity, {}).get(pair.attr)
        if pair.attr == "article" or (pair.entity in model.entities and own is fact):
            title = f"{model.entities[pair.entity]}: {model.attributes[pair.attr]}"
        else:
            title = model.attributes[pair.attr]
        # the facts do not decide the case asked: a condition on another title ("nếu đạt giấy
        # khen …", "phải có … rồi mới …") no case of this fact covers, or a circumstance the model
        # does not know ("bị xử phạt giao thông có bị mất LĐTT không") against the general rule
        undecided = pair.yesno and (
            (
                (pair.subject or "").startswith(("dat_", "khong_dat_", "can_"))
                and pair.subject not in fact.by_subject
                # "vừa được LĐTT vừa được giấy khen": the titles had are what a rule on
                # several titles is about, no condition it leaves open
                and pair.attr != "several"
            )
            or (
                pair.attr == "eligible"
                and (pair.subject not in _CASES or pair.subject not in fact.by_subject)
                and not (pair.subject or "").startswith(("dat_", "khong_dat_", "can_"))
                and (
                    _circumstance(_of_the_year_asked(reading))
                    # the story's own figures ("giúp đỡ 5 hộ khác") describe the case; only
                    # a figure in the asking sentences is a claim about the rule
                    or _unconfirmed(reading.asked or reading.question, fact)
                )
            )
            or (pair.attr == "decides" and "uy quyen" in " ".join(tokens(reading.question)))
        )
        if (
            pair.subject
            and pair.subject in fact.by_subject
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
            case = fact.by_subject[pair.subject]
            if pair.yesno and pair.subject in _LEVEL_CASES and case.verdict == "Có":
                # a level of duty reached allows it, but who the asker is may rule it out
                case = next(
                    (
                        fact.by_subject[c]
                        for c in pair.cases
                        if c not in _LEVEL_CASES
                        and c in fact.by_subject
                        and (fact.by_subject[c].verdict or "").startswith(("Không", "Tùy"))
                    ),
                    case,
                )
            fact = case
        # a case's verdict ("thai sản: Có") says whether one in that case may have the title
        of_case = fact is not model.fact(pair.entity, pair.attr)
        # a base named in the text ("{base}") is the one in force on the decision date told
        body = _body(fact, paid if fact.coefficients or "{base}" in fact.text else as_of, salaries)
        priced = paid  # the decision date whose base the block cites
        titled = (
            _title_year_bases(
                reading.question, as_of, salaries, model.names_of("entity", pair.entity)
            )
            if fact.coefficients and reading.decided is None
            else None
        )
        if titled is not None:
            # "LĐTT năm 2024 thưởng bao nhiêu": decided at that year's review, on the base in
            # force then, not today's; both figures when the review spans a change (h102)
            year, first, later = titled
            priced = first
            body = _body(fact, first, salaries)
            for other in later:
                body = f"{body} {_when_decided(other, first, salaries)}: "
                body += f"{_amounts(fact, other, salaries)}."
            body = f"{body} {_TITLE_YEAR_NOTE.format(year=year, next=year + 1)}"
        elif fact.coefficients:
            for other in _other_decisions(reading.question, paid, salaries, as_of):
                # "quyết định tháng 4 thưởng bao nhiêu, nếu tháng 8 thì bao nhiêu": each date
                # asked is paid on the base in force that day
                body = f"{body} {_when_decided(other, paid, salaries)}: "
                body += f"{_amounts(fact, other, salaries)}."
        if not yesno and not asks_yesno(reading.question):
            # a fact written to answer its yes/no ("Không. Hội đồng … chỉ tham mưu") opens
            # with a verdict no one asked for when the part asks who, what or how much
            body = _unasked_verdict_dropped(body)
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
            body = _unasked_verdict_dropped(body)
        # what the question claims, read against this fact (figures, a negated clause); of "A
        # không hay B" only A is claimed: B is the other answer the asker offers
        claim = _own_clause(reading, pair) or first_option(reading.question)
        if pair.attr in model.per_paper:
            # "biên bản có cần đóng dấu không": the minutes' own sentence answers, and decides
            # the yes/no, not the tờ trình's stamp stated next to it
            body = _papers_named(claim, body, model.papers) or body
        claimed = None
        if pair.attr == "revoke" and _kept_claimed(reading.asked or reading.question, body):
            # "làm giả hồ sơ thì chỉ bị phê bình, QĐ khen vẫn giữ đúng k": the decision is
            # claimed to stand where the fact says it is cancelled (task h106)
            body = f"Không. {_KEPT_WRONG} {_without_opener(body)}"
            claimed = "Không"
        elif pair.attr == "revoke" and _spared_claimed(reading.asked or reading.question, body):
            # "làm giả hồ sơ thì tiền thưởng không phải trả lại đúng k": the prize or the hiện
            # vật claimed kept where the fact recovers both (Luật 2022 Điều 93; task h118)
            body = f"Không. {_SPARED_WRONG} {_without_opener(body)}"
            claimed = "Không"
        if pair.yesno and not pair.without and pair.attr in model.values:
            named = value_verdict(claim, body, model.values[pair.attr])
            if named is not None:
                claimed, missing = named
                unsaid = [m for m in missing if m not in " ".join(tokens(body))]
                if unsaid and pair.attr == "object":  # say what is not given before what is
                    names = ", ".join(model.values[pair.attr][m] for m in unsaid)
                    body = f"Không kèm {names}. {_without_opener(body)}"
        if pair.yesno and not pair.without and pair.attr == "kind":
            # "Huân chương là danh hiệu vinh dự nhà nước phải không": the kind stated for the
            # thing named, not for another in the same fact
            claimed = _kind_of(claim, body, model.values.get("kind", {})) or claimed
        if (
            pair.yesno
            and not pair.without
            and (
                pair.attr in _FIGURED
                # "quyết định GĐVH phải ra trong 15 ngày đúng k": a title's own time limit;
                # the "*" list gives other titles' limits to the province, decided by none
                or (
                    pair.attr == "processing_time" and pair.attr in model.facts.get(pair.entity, {})
                )
            )
            # "100 % cán bộ hoàn thành nhiệm vụ thì được TTLĐTT không": the share told is of the
            # case's own measure, which that case's "Tùy" text says is not the rule's (task h89)
            and not (of_case and fact.verdict == "Tùy")
        ):
            # a cap's figure told in the story ("quy chế tỉnh ghi không quá 20 %") is the case,
            # not the ask, when the asking sentence names none ("tỉnh có được tự quy định tỷ lệ
            # tối đa không"); the province's own cap is the quy chế's (task h146)
            figured = reading.asked if _figure_only_told(pair, reading) else claim
            claimed = figure_verdict(figured, body)
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
            if old_figure_claimed(claim, f"{body}\n{cases}"):
                claimed = "Không"
                # the rule in force is said with it: the case whose text gives the old figure
                rule = next(
                    (
                        c.text
                        for c in whole.by_subject.values()
                        if c.text not in body and old_figure_claimed(claim, c.text)
                    ),
                    None,
                )
                if rule is not None:
                    body = f"{_without_opener(rule)} {_without_opener(body)}"
        needed_verdict = None
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
            required = _title_required(asking, body, pair.entity, model)
            confirmed = _sentence_confirmed(reading.question) if required is None else None
            if confirmed is not None:
                # "… bảo giấy khen phải có 2 năm LĐTT mới được. em không biết đúng không": the
                # claim is the sentence the bare confirmation points back at (task h121)
                required = _title_required(confirmed, body, pair.entity, model)
            if required is not None:
                claimed, note = required
                if note:
                    body = f"{note} {_without_opener(body)}"
            # "mới tuyển 4 tháng thì cần 6 tháng mới được LĐTT đúng không": the claim is the
            # figure required, which the fact may confirm while the case told is refused
            needed_verdict = (
                None
                if reading.served is not None and _heard_not_asked(asking)
                else required_figure_verdict(asking, body)
            )
            claimed = needed_verdict or claimed
        day = None
        if pair.yesno and not pair.without and pair.attr == "deadline":
            # the day may be told in the letter before the asking sentence ("hôm nay đã 28/11
            # mà chưa họp xong. Vậy có bị trễ hạn không")
            day = day_verdict(reading.asked or reading.question, body) or day_verdict(
                reading.question, body
            )
        if day is not None:
            claimed, note = day
            body = f"{note} {_without_opener(body)}"
        elif pair.yesno and not pair.without and pair.attr == "deadline":
            # "có phải đợi tổng kết cuối năm không" against "xét ngay …" (task h108)
            claimed = wait_verdict(reading.asked or reading.question, body) or claimed
        if (
            pair.yesno
            and not pair.without
            and day is None
            # "năm nào cũng đạt GĐVH, 3 năm liền thì được giấy khen à": the years in a row
            # claimed are asked, not whether the title is yearly (task h102)
            and not (pair.attr == "consecutive" and reading.count is not None)
        ):
            # "5 năm mới xét 1 lần" against "xét hằng năm"; a day told against the deadline
            # decides first ("năm nào cũng được công nhận … họp ngày 28/11 có được không")
            claimed = period_verdict(claim, body) or claimed
        if pair.yesno and not pair.without and fact.coefficients:
            # "thôn văn hóa thưởng 1,5 lần lương cơ sở đúng không": the coefficient claimed
            own = (c for _, c in fact.coefficients)
            # "thưởng 760 nghìn đúng không": the amount claimed against the ones shown; "2,0 lần
            # lương cơ sở là 4.680.000" claims both, and a wrong sum makes the claim wrong even
            # with the right coefficient (task h143). A sum the closing ask states is the one
            # claimed; the story's are its working ("tính … là 702.000 … vậy 710.000 đúng không")
            ask = closing_ask(reading.question)
            summed = ask if ask is not None and claimed_amounts(ask) else claim
            figures = (coefficient_verdict(claim, own), amount_verdict(summed, body))
            claimed = ("Không" if "Không" in figures else figures[0] or figures[1]) or claimed
        based = (
            base_verdict(claim, salaries.at(paid).amount)
            if pair.yesno and not pair.without and (fact.coefficients or "{base}" in fact.text)
            else None
        )
        if based is None and pair.yesno and not pair.without and fact.coefficients:
            # "qđ ký 1/7/2026 thì thưởng theo lương cơ sở mới chưa": the base on the date told
            # is asked to be the new one, or to differ between two dates told (task h108)
            changed = base_changed_verdict(reading.question, lambda d: salaries.at(d).amount)
            based = (changed, "") if changed is not None else None
        if (
            based is None
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
            based = ("Không", COEFFICIENT_KEPT)
        if pair.yesno and not pair.without and pair.attr == "criteria" and claimed is None:
            # "CST tiêu chuẩn giống LĐTT đúng không", "LĐTT cho công chức và cho nông dân tiêu
            # chuẩn có giống nhau không": the titles' or groups' criteria compared (task h108)
            claimed = criteria_same_verdict(
                reading.asked or reading.question,
                fact.text,
                model.names_of("entity", pair.entity),
                _other_criteria(model, reading, pair.entity),
            )
        picked = None
        route_enough = None
        if pair.yesno and not pair.without and based is None:
            # "tính theo ngày nộp hồ sơ phải không" against "ngày ký quyết định (không theo ngày
            # chi tiền …)": the one the fact names, or another of its kind
            picked = alternative_verdict(claim, fact.text)
            claimed = picked or claimed
            dated = model.fact(pair.entity, "money_date") if pair.attr == "money" else None
            if dated is not None:
                # "tiền thưởng LĐTT tính theo lương cơ sở lúc phát thưởng phải không": a title's
                # prize is paid on the base of the day the rule for every prize names
                by_day = alternative_verdict(claim, dated.text)
                if by_day is not None and dated is not fact:
                    claimed = by_day
                    rule = re.split(r"(?<=\.)\s+", dated.text, maxsplit=1)[0]
                    body = f"{rule} {_without_opener(body)}"
        if pair.yesno and not pair.without and pair.attr in _FORMED and claimed is None:
            # "báo cáo thành tích thôn văn hóa theo mẫu 06 phải k": the number claimed against
            # the one the fact gives that paper (task h142)
            claimed = form_number_verdict(reading.question, body, model.papers)
        if pair.yesno and not pair.without and pair.attr == "rounding" and claimed is None:
            claimed = _rounding_verdict(claim)
        if pair.yesno and not pair.without and claimed is None and based is None:
            # "có bắt buộc phải bỏ phiếu kín không hay giơ tay cũng được" against "biểu quyết
            # hoặc bỏ phiếu kín": one of two ways the fact allows is claimed required (task h95)
            claimed = one_way_verdict(claim, body)
            if claimed is not None and fact.verdict == "Không":
                # "bắt buộc phải có đề tài khoa học" against "Không bắt buộc …: … hoặc … hoặc
                # …": the fact itself says none of its ways is required; the one claimed is a
                # way among them, not left to the unit (Luật 2022 Điều 23 khoản 2, task h101)
                claimed = "Không"
                body = f"{_ONE_WAY_NOT_REQUIRED} {_without_opener(body)}"
            elif claimed is not None:
                body = f"{_ONE_WAY_NOTE} {_without_opener(body)}"
        if based is not None:
            # "QĐ ký 12/1/2026, kế toán tính lương cơ sở 2.530.000 có đúng không": the base
            # claimed against the one in force on the decision date told (or today)
            claimed, note = based
            if note:
                body = f"{note} {_without_opener(body)}"
        if pair.yesno and not pair.without:
            # "A đã đủ chưa, hay phải B": whether A suffices, read from which of the two the
            # fact states
            asked = reading.asked or reading.question
            claimed = sufficiency_verdict(asked, body, title) or claimed
            # "sáng kiến được cơ sở công nhận có đủ không" against "… hoặc có sáng kiến được cơ
            # sở công nhận": the route is one the fact names, whatever it says of its being
            # required (task h146)
            if claimed is None and pair.attr in _ROUTED:
                route_enough = route_sufficiency_verdict(asked, body)
            if route_enough is not None:
                claimed = "Có"
                body = (
                    f"Điều kiện anh/chị nêu (“{route_enough}”) là một con đường của tiêu "
                    f"chuẩn. {body}"
                )
        if pair.yesno and not pair.without and pair.attr in ("initiative", "criteria"):
            # "CSTĐ tỉnh chỉ cần sáng kiến cấp cơ sở là đủ": the reach claimed for the
            # initiative is below the one the fact requires (task h106)
            claimed = _initiative_reach_short(reading.asked or reading.question, body) or claimed
        qualified = None
        if (
            pair.yesno
            and not pair.without
            and claimed is None
            and pair.attr in _ROUTED
            # "đề tài khoa học … ai nghiệm thu, có bắt buộc không": the thing itself is asked to
            # be required, not how a route must be qualified
            and not bare_requirement(_last_clause(reading.question))
        ):
            # "sáng kiến có phải được công nhận mới tính không" against "… hoặc có sáng kiến
            # được cơ sở công nhận": what the claim requires of a route is how the fact names it,
            # whatever the fact says of the route being required
            qualified = _route_qualified(reading.asked or reading.question, fact.text)
            claimed = qualified
        # the limit reader answers "chỉ A, không B" as a whole: its negation is no claim to turn
        limit_read = False
        if pair.yesno and not pair.without and claimed is None:
            # "hội đồng chỉ tham mưu thôi, đúng không" against "Hội đồng … chỉ tham mưu, tư
            # vấn": the limit claimed is the one the fact states, whatever its own verdict
            claimed = _limit_stated(reading.asked or reading.question, reading.question, body)
            limit_read = claimed is not None
        if pair.yesno and not pair.without and claimed is None and not repealed:
            # "GĐVH giờ theo NĐ 86/2023 phải không": a text in force that the fact cites
            cited = " ".join([body, *(s.text() for s in fact.sources)])
            claimed = "Có" if current_named(claim, cited, model.replaced) else None
        if (
            pair.yesno
            and not pair.without
            and pair.attr in ("criteria", "eligible")
            and pair.entity != REGISTRATION
            and _registered_as_enough(reading.question)
        ):
            # "đã đăng ký CSTĐCS từ đầu năm thì cuối năm chắc chắn được công nhận đúng k":
            # registering guarantees nothing; the title is judged on achievement and its
            # criteria (Luật 2022 Điều 7) (task h106)
            claimed = "Không"
            body = f"{_REGISTERED_NOT_ENOUGH} {_without_opener(body)}"
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
            claimed = "Không"
            body = f"{_BASE_ON_SIGNING} {_without_opener(body)}"
        if pair.yesno and not pair.without and claimed is None and pair.attr in _LEVEL_HELD:
            # "chỉ tỉnh mới có quyền hủy QĐ giấy khen do chủ tịch xã ký": one level claimed to
            # hold the power alone, against the level the fact gives it to (task h106)
            claimed = _only_level_verdict(reading.asked or reading.question, body)
            if claimed is None:
                # "chỉ tòa án mới hủy được …": a holder the fact does not name (task h119)
                claimed = only_agent_absent(reading.asked or reading.question, body)
            if claimed is None and pair.attr == "decides":
                # "hiệu trưởng tự ký giấy khen cho giáo viên được k": a unit head proposes,
                # the holder the fact names decides (Luật 2022 Điều 80; the lead, stop 27)
                claimed = unit_head_gives(reading.asked or reading.question, body)
        if pair.yesno and not pair.without and claimed is None:
            # "thời hạn có thống nhất cả nước không" against a rule each province sets
            claimed = uniform_verdict(claim, body)
        if pair.yesno and not pair.without and claimed is None:
            # "luật có bắt / có ghi cụ thể … không" against a rule the fact leaves to the province
            claimed = law_sets_verdict(reading.asked or reading.question, body)
            if claimed == "Không":
                # the "Tùy" opener answers "how much": asked whether the law sets it, the
                # "Không" leads and the province's part follows in the body (task h95)
                body = body.removeprefix("Tùy quy chế của tỉnh. ").removeprefix(
                    "Tùy quy chế của tỉnh: "
                )
        lacking = (
            _lacking_item(reading.question, body)
            if yesno and pair.attr == "dossier" and not pair.without
            else None
        )
        listed = (
            _papers_listed(reading.question, reading.asked, body)
            if yesno and pair.attr == "dossier" and not pair.without and lacking is None
            else None
        )
        if listed is not None:
            # "hồ sơ gồm tờ trình và danh sách, như vậy đủ chưa": the papers the letter lists
            # against the ones the dossier requires
            claimed, missing = listed
            if missing:
                body = f"Hồ sơ anh/chị nêu còn thiếu: {missing}. {_without_opener(body)}"
            pair = dataclasses.replace(pair, yesno=True)
        placed = (
            _place_claimed(reading.asked or reading.question, model.fact(pair.entity, "submit"))
            if yesno and pair.attr in ("submit", "dossier") and not pair.without
            else None
        )
        if placed is not None and claimed is None:
            # "giấy khen xã có phải nộp lên tỉnh không": the place claimed against the one the
            # title's own submission fact names
            claimed, where = placed
            if pair.attr == "dossier" and not any(
                p.entity == pair.entity and p.attr == "submit" for p in reading.pairs
            ):
                body = f"{where} {_without_opener(body)}"
            pair = dataclasses.replace(pair, yesno=True)
        if (
            yesno
            and pair.attr in ("dossier", "dossier_law")
            and not pair.without
            and claimed is None
        ):
            # "hồ sơ giấy khen có cần biên bản họp không": a paper asked to be required against
            # the list the dossier requires
            claimed = _paper_required(reading.asked or reading.question, body)
        if lacking is not None:
            # "… nhưng không có biên bản họp, hồ sơ đủ chưa": a paper the list requires is told
            # missing; the letter's yes/no may point back at it from another clause
            claimed = "Không"
            body = f"Hồ sơ anh/chị nêu còn thiếu: {lacking}. {_without_opener(body)}"
            pair = dataclasses.replace(pair, yesno=True)
        # a told case ("… nhưng không có sáng kiến, có được …") is no claim: only what is asked
        denial = (
            pair.yesno
            and not pair.without
            # the figure required is the claim; the case told may be the one refused
            and needed_verdict is None
            and qualified is None
            # "theo năm học phải k" against "theo năm học (không phải theo năm dương lịch)": the
            # option claimed is the fact's own; its "không phải" denies the others (task h139)
            and picked != "Có"
            and route_enough is None
            and not _exemption_of_tax(pair, reading.question)
            # of "… không hay bắt buộc phải có sáng kiến" only the first is claimed (task h101)
            and denied(first_option(reading.asked or reading.question), body, reading.question)
        )
        if pair.yesno and not pair.without and not denial and claimed is None:
            why = _denied_elsewhere(model, reading, pair, body)
            denial = why is not None
            if why:
                body = f"{why} {_without_opener(body)}"
        told_case = _told_not_this(model, pair, reading.question)
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
                or _not_needed(reading.question, body)
                or _none_exists(claim, body)
                or _direct(claim, body)
                or pair.authority in ("tw", "hdqt")
                or (pair.attr == "submit" and _sends(reading.question, body))
                or told_case is not None
                # "tiền thưởng giấy khen xã chi à": a level claimed to pay is weighed below
                # against the level that decides (task h115)
                or (pair.attr == "payer" and payer_claimed(reading.question) is not None)
                or (pair.attr == "chair" and _holder_verdict(claim, body) is not None)
                or (pair.attr == "chair" and _participant_named(claim, body) is not None)
                # "hội đồng … làm nhiệm vụ tham mưu, tư vấn … phải không" (task h118)
                or _council_role_stated(model, pair, reading.question, body)
                or (pair.attr not in _NO_CONFIRM and _confirmed(claim, body, model))
                # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k" (task h137)
                or _province_details_claimed(pair, reading.question, body)
                # "… nhưng không ai đạt CSTĐCS, có đủ chuẩn TTLĐXS không": a requirement told unmet
                or (
                    pair.attr in ("eligible", "criteria")
                    and (criteria_fact := model.fact(pair.entity, "criteria")) is not None
                    and _no_one_reached(reading.question, criteria_fact.text, model) is not None
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
                    and _ratio_verdict(reading.question, model, pair.entity) is not None
                )
            )
            and not (reading.reform and pair.attr == "decides" and not pair.reform_told)
        ):
            # a fact with no verdict of its own but an opener that implies one ("Không cần …")
            verdict = (
                fact.verdict
                or verdict_of(body)
                or _not_needed(reading.question, body)
                or _none_exists(claim, body)
                or _direct(claim, body)
            )
            # "tỉnh có được quy định tỷ lệ riêng không" against "Tỉnh có thể quy định tỷ lệ …":
            # the fact's own verdict answers another way of asking (is there a cap?); the case's
            # own checks below (years, shares, routes lacking) still decide
            if verdict is None and pair.attr == "submit" and _sends(reading.question, body):
                # "xã có được đề nghị CSTĐ tỉnh không": the fact names that level as the one
                # sending the proposal
                verdict = "Có"
            subject = tokens(model.entities.get(pair.entity, ""))
            granted = claimed is None and (
                _allowed(claim, body, subject)
                or _unrequired(claim, body)
                # "… (story with its own 'không') … Vậy tỉnh có được tự quy định tỷ lệ không":
                # the permission is asked in the asking sentence; the story's negations are
                # the case told, not the ask (task h146)
                or (bool(reading.asked) and _allowed(reading.asked, body, subject))
            )
            if granted:
                verdict = "Có"
            if undecided and verdict in ("Có", "Không"):
                verdict = "Tùy"  # the rules below may still decide the case (years, ratios)
            elif (
                verdict == "Tùy"
                and pair.yesno
                and not pair.without
                and (
                    _condition_restated(reading.asked or reading.question, body, model, pair.entity)
                )
            ):
                # "khen đột xuất là thành tích ngoài kế hoạch đúng k" against "Chỉ thành tích
                # ngoài kế hoạch … mới khen đột xuất": what the thing is, stated as the very
                # condition the fact's "Tùy" names, is the fact itself (task h121)
                verdict = "Có"
            if pair.attr == "money" and fact.coefficients and not fact.verdict:
                # "… có được thưởng tiền không": a coefficient says yes; a figure the question
                # states ("… 1 triệu không") is answered by the amount itself, not a bare "Có"
                verdict = None if reading.figure else "Có"
            if pair.attr == "money" and fact.coefficients:
                # "QĐ ký tháng 6/2026 và tháng 12/2026 thì tiền thưởng có khác nhau không": two
                # decisions on either side of a raise are paid on different bases (task h106)
                verdict = _bases_compared(reading.question, paid, salaries, as_of) or verdict
            if (
                verdict == "Tùy"
                and pair.attr == "consecutive"
                and fact.years
                and reading.count == fact.years
                and _run_claimed_required(reading.question, fact, pair, model)
            ):
                # "phải 3 năm liền CSTĐCS mới được đề nghị CSTĐ tỉnh đúng k": the run the
                # question claims is needed is the fact's own, of the very title it names
                # (Luật 2022 Điều 22 khoản 1 điểm a); the rest of the criteria are still said
                verdict = "Có"
            if fact.years and reading.count is not None and reading.count < fact.years:
                verdict = "Không"  # "CSTĐCS 2 năm liền có lên CSTĐ tỉnh được không": needs 3
                # the case's own opener ("Có. 02 lần liên tục …") is the rule's, not the answer
                body = (
                    f"Anh/chị nêu {reading.count} năm liên tục, chưa đủ {fact.years:02d}. "
                    f"{_without_opener(body)}"
                )
            if pair.without and pair.attr in _REQUIREMENTS:
                # "có được CSTĐCS mà không có sáng kiến không": "not required" means "yes"
                verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
                if verdict in ("Có", "Không") and claimed_loss(reading.question):
                    # "không có sáng kiến thì không được CSTĐCS đúng không": the line put up
                    # claims the title is lost without it, the negation of "can it be had
                    # without it" (task h120)
                    verdict = "Không" if verdict == "Có" else "Có"
                    said = "Nhận định đó chưa đúng." if verdict == "Không" else "Đúng như vậy."
                    body = f"{said} {_without_opener(body)}"
                level_rule = _level_short_without(model, pair, reading.question)
                if verdict == "Có" and level_rule is not None:
                    # "hoàn thành tốt nhiệm vụ mà không có sáng kiến thì được CSTĐCS k": the
                    # requirement is not one alone, but the level told reaches the title only
                    # by the route told missing (Luật 2022 Điều 23 khoản 2; task h149)
                    verdict = "Không"
                    body = _without_tuy(level_rule.text)
            if pair.attr == "voluntary" and pair.yesno and claims_voluntary(reading.question):
                # "tham gia thi đua là tự nguyện đúng k": the fact's verdict answers "is it
                # compulsory?"; the claim is its opposite, so the answer turns round (task h118;
                # Luật 2022 Điều 3 khoản 1: tham gia tự nguyện)
                verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
                if body.startswith("Không bắt buộc"):
                    body = f"Tham gia thi đua là tự nguyện, không{body[len('Không') :]}"
            if _exemption_of_tax(pair, reading.question):
                # "tiền thưởng được miễn thuế TNCN đúng k": exempt is the opposite of taxed, the
                # question the fact's verdict answers (TT 111/2013/TT-BTC; task h142)
                verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
            if pair.attr == "one_achievement" and pair.yesno and repeat_denied(claim):
                # "… thì không đề nghị thêm bằng khen tỉnh cho thành tích đó nữa, đúng k": the
                # claim states the rule (Luật 2022 Điều 5 khoản 2 điểm c; task h138)
                verdict = {"Không": "Có"}.get(verdict, verdict)
            if _council_role_stated(model, pair, reading.question, body):
                # "hội đồng tđkt xã làm nhiệm vụ tham mưu, tư vấn … phải không": the council's
                # role claimed is the one its fact states (Luật 2022 Điều 90 khoản 4; h118)
                verdict = "Có"
                # the body's own "Có, bắt buộc: …" answered "is it required?": drop that word
                for opener in ("Có, ", "Không, "):
                    if body.startswith(opener):
                        body = body[len(opener)].upper() + body[len(opener) + 1 :]
            if (
                pair.attr == "decides"
                and pair.subject == "htx"
                and pair.authority == "xa"
                and pair.entity in _DIRECTOR_TITLES
                and not _asker_decides(reading.question, body)
            ):
                # the enterprise's verdict answers "does the director decide?"; asked whether
                # the xã chairman does for its staff, the answer turns round
                verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
            if (
                pair.attr == "decides"
                and pair.authority == "tinh"
                and (verdict == "Có" or "tinh" in tokens(body))
            ):
                # decides verdicts answer "does the xã decide?"; asked about the province,
                # the answer turns round ("chủ tịch tỉnh có ký TTLĐXS không": Có), unless the
                # fact gives the decision to neither (Chiến sĩ tiên tiến: the two ministries)
                verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
                if _centrally_awarded(model, pair.entity):
                    # a title the Thủ tướng or the Chủ tịch nước gives is not the province's
                    # to sign: the province only proposes it (Luật 2022 Điều 76, Điều 77)
                    verdict = "Không"
            if pair.attr == "decides" and pair.authority == "hdqt":
                # a board's chair gives giấy khen only (Luật 2022 Điều 80 khoản 4), whichever
                # title the claim says it gives
                verdict = "Có" if pair.entity in _BOARD_GIVES else "Không"
                body = f"{_BOARD_DECIDES} {_without_opener(body)}"
            if pair.attr == "chair":
                # "… có phải do X làm chủ tịch không": the one claimed against the one the
                # fact names to chair; "X có tham gia bình xét không": X among those the fact
                # names at the meeting (task h95)
                verdict = _holder_verdict(claim, body) or _participant_named(claim, body) or verdict
            renamed = _former_name(model, pair, reading.question)
            if renamed is not None:
                # "còn danh hiệu khu dân cư văn hóa không": the name asked about is no longer in
                # force, whichever title it named; the title in force is said with it
                verdict = "Không"
                body = f"{renamed} {_without_opener(body)}"
            revoker = (
                (_revoker(model, pair, reading.question) or _revoker_told(pair, reading.question))
                if pair.attr == "revoke" and pair.yesno
                else None
            )
            if revoker is not None:
                # "chủ tịch xã có hủy được bằng khen của tỉnh không": who may revoke is who
                # awarded (Luật 2022 Điều 93 khoản 8), whatever verb or title the claim uses
                verdict, note = revoker
                if note:
                    body = f"{note} {_without_opener(body)}"
            honour = _honour_revoker(pair, reading.question)
            if honour is not None:
                # "thủ tướng quyết định tước danh hiệu anh hùng lao động à": only the Chủ tịch
                # nước strips a state honour (Luật 2022 Điều 93 khoản 7), not the level the
                # general revoke rule would pick for "trung ương" (task h121)
                verdict = honour
                body = f"{_HONOUR_REVOKER} {_without_opener(body)}"
            if pair.attr == "decides" and pair.authority == "thon":
                # Luật 2022 Điều 75-80 give every decision to the head of an agency or a
                # chairman of a people's committee: the village reviews and proposes only
                verdict = "Không"
                body = f"{_VILLAGE_DECIDES_NOTHING} {_without_opener(body)}"
            paying = payer_claimed(reading.question) if pair.attr == "payer" else None
            if pair.yesno and paying is not None and (level := _awarding_level(model, pair.entity)):
                # "bằng khen tỉnh … thì xã có tự chi tiền thưởng được không": the prize is paid
                # from the fund of the level that decides (NĐ 152/2025), which the title's own
                # "decides" fact names (task h108)
                verdict = "Có" if paying == level else "Không"
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
                verdict = "Không"
                body = f"{_SO_NOI_VU_DECIDES_NOTHING} {_without_opener(body)}"
            if (
                pair.yesno
                and pair.attr in ("decides", "eligible")
                and (signer := stand_in_signer(reading.question)) is not None
            ):
                # "công chức văn hóa xã có được ký giấy khen thay chủ tịch không": a member of
                # staff claimed to sign, read as a title's part; the chairman decides (h111)
                verdict = "Không"
                body = f"{_without_opener(signer)} {_without_opener(body)}"
            if pair.attr == "decides" and pair.authority == "don_vi":
                # Luật 2022 Điều 80: a unit decides only when it is an agency with legal
                # personality of a ministry, a sector or a provincial department (khoản 1); a
                # unit under the xã reviews and proposes, the xã chairman decides (khoản 3)
                verdict = "Không" if _awarding_level(model, pair.entity) == "tinh" else "Tùy"
                body = f"{_UNIT_DECIDES} {_without_opener(body)}"
            if (
                pair.yesno
                and (pair.authority == "so" or own_staff)
                and pair.attr in ("decides", "eligible")
            ):
                # "giám đốc sở có được tặng bằng khen không": the head of a provincial department
                # gives only TTLĐTT, CSTĐCS, LĐTT and giấy khen (Luật 2022 Điều 80 khoản 1; h118)
                verdict = "Có" if pair.entity in _DEPARTMENT_GIVES else "Không"
                if not own_staff and commune_unit_told(reading.question):
                    # "trường mầm non xã em … giám đốc sở giáo dục ký à": not the department's
                    # own unit; the xã chairman decides (Điều 80 khoản 3; task h142)
                    verdict = "Không"
                body = f"{_DEPARTMENT_DECIDES} {_without_opener(body)}"
            if _province_details_claimed(pair, reading.question, body):
                # "tiêu chuẩn GĐVH do UBND tỉnh quy định chi tiết đúng k": the fact says the
                # province details the standard on the national frame (NĐ 86/2023; Luật 2022
                # Điều 75 khoản 2), which the claim restates (task h137)
                verdict = "Có"
                # the fact's clause on the repealed scoring ("không còn chấm điểm … như quy
                # định cũ") denies the old rule, not the province's detailing
                claimed = None
                denial = False
            if pair.attr in ("decides", "regulates") and pair.authority == "bo":
                # "thẩm quyền tặng chiến sĩ tiên tiến do bộ quốc phòng quy định đúng k": the two
                # ministries hold the power only where the fact gives it them (Luật 2022 Điều
                # 80 khoản 5); the verdict it carries answers whether the xã decides (h118)
                verdict = "Có" if _ministries_hold(body) else "Không"
            if pair.attr == "decides" and pair.authority == "tw":
                # the central level decides no commune title; the national one is the Thủ
                # tướng's, which the body says without a bare verdict for the council asked
                other_award = pair.entity in _LEVEL_NAMED and "xa" not in tokens(reading.question)
                verdict = None if pair.entity in _NATIONAL_TITLES or other_award else "Không"
            if pair.yesno and (
                pair.attr in ("eligible", "cap")
                # the criteria asked: a requirement told unmet ("chưa ai đạt CSTĐCS") is said
                # below as the criterion missed, which the share told does not change
                or (
                    pair.attr == "criteria"
                    and _no_one_reached(reading.question, fact.text, model) is None
                )
            ):
                # "cơ quan 10 người, 4 người đạt LĐTT, có đạt TTLĐTT không": the stated ratio
                # against the title's minimum; met, the other criteria still decide ("Tùy")
                ratio = _ratio_verdict(
                    reading.question, model, pair.entity, share_only=pair.attr == "cap"
                )
                if ratio is not None:
                    verdict, note = ratio
                    body = f"{note} {body}"
                    # the shares told are the case, not a figure claimed for the rule
                    claimed = None
                threshold = _threshold_claimed(reading.question, model, pair.entity)
                if threshold is not None:
                    # "TTLĐTT phải 2/3 số người đạt LĐTT nên 5/9 chưa đủ, đúng k": the minimum
                    # share claimed is not the title's own, so the saying is wrong whatever the
                    # case's share (task h121)
                    verdict = "Không"
                    body = f"{threshold} {_without_opener(body)}"
                    claimed = None
            if pair.yesno and _lacks_initiative(reading.question) and pair.attr != "initiative":
                required = model.fact(pair.entity, "initiative")
                if required is not None and required.verdict == "Có":
                    verdict = "Không"  # "đạt CSTĐCS 3 năm liền nhưng không có sáng kiến …"
            lacked = None
            if verdict == "Tùy" and not _route_stated(reading.question, fact.met_by):
                lacked = _route_stated(reading.question, fact.met_by, negated=True)
            # "có cần hoàn thành xuất sắc nhiệm vụ nữa không" (a level asked as required, the
            # subject "can_<level>"): the other route told met makes the level not needed, the
            # route told missing makes it needed, the reverse of "may one have it" (task h101)
            asks_required = (pair.subject or "").startswith("can_")
            if lacked is not None:
                # "chỉ hoàn thành tốt nhiệm vụ, chưa có sáng kiến nào": the route told missing
                verdict = "Có" if asks_required else "Không"
                body = f"Trường hợp anh/chị nêu chưa có “{lacked}”. {_without_tuy(body)}"
            route = _route_stated(reading.question, fact.met_by) if verdict == "Tùy" else None
            if route is not None and fact.years and (reading.count or 0) < fact.years:
                route = None  # "có sáng kiến cấp tỉnh" settles it only with the years told too
            if route is not None:
                # "chỉ hoàn thành tốt nhiệm vụ … có đề tài đã nghiệm thu": the case's condition
                # is met by what the question says the asker has
                verdict = "Không" if asks_required else "Có"
                met = f"Trường hợp anh/chị nêu có “{route}”, đáp ứng điều kiện này."
                if asks_required:
                    met = (
                        f"Trường hợp anh/chị nêu có “{route}”, đã là một con đường của tiêu chuẩn."
                    )
                body = f"{met} {_without_tuy(body)}"
            told_route = (
                _route_in_criteria(reading.question, model.fact(pair.entity, "criteria"))
                if pair.attr == "eligible"
                and route is None
                and lacked is None
                and _told_not_this(model, pair, reading.question) is None
                else None
            )
            if told_route is not None and fold(told_route) not in fold(body):
                # "có đề tài khoa học đã nghiệm thu thì có xét CSTĐCS không": the condition
                # told is one route the title's criteria name; the asker sees which
                body += f" Điều kiện anh/chị nêu (“{told_route}”) là một con đường của tiêu chuẩn."
            if claimed is not None:
                # "niêm yết 5 ngày có được không": the figure claimed against the fact's own
                verdict = claimed
            held = record_held(reading.question) if pair.attr == "consecutive" else None
            run_verdict = None
            if held is not None and reading.count is not None and held < reading.count:
                # "2024 CSTĐCS, 2025 chỉ LĐTT, 2026 lại CSTĐCS thì có tính là 2 lần liên tục
                # không": the record told breaks the run the question claims
                verdict = "Không"
                body = (
                    f"Theo các năm anh/chị kể, chỉ {held} năm liền gần nhất đạt cùng danh hiệu: "
                    f"năm đạt danh hiệu khác làm gián đoạn, nên chưa được {reading.count} lần "
                    f"liên tục. {_without_opener(body)}"
                )
            elif held is not None and reading.count is not None and counts_as(reading.question):
                # "2023 2024 2025 em đều đạt CSTĐCS thì có tính là 3 lần liên tục không": the
                # record holds the run claimed, whatever the title itself requires
                run_verdict = "Có"
                body = (
                    f"Theo các năm anh/chị kể, {held} năm liền đạt cùng danh hiệu, đủ "
                    f"{reading.count} lần liên tục. {_without_opener(body)}"
                )
            if fact.years and reading.count is not None and reading.count < fact.years:
                # fewer years or times told than the rule needs decide it, whatever else the
                # question claims ("CSTĐ tỉnh chỉ cần 2 lần CSTĐCS đúng không": needs 3)
                verdict = "Không"
            elif denial and not granted and route is None:
                # "tháng cao điểm có tính là đột xuất" against "… không phải đột xuất", "thị trấn
                # tiêu biểu còn xét không" against "Không còn thị trấn": the fact's clause on the
                # very thing claimed outweighs its general verdict. Not when the case told meets
                # the fact's own condition ("cứu người …, đề nghị khen đột xuất được không"):
                # the clause denies other cases, the one told is the fact's own (task h101)
                verdict = "Không"
            if run_verdict is not None:
                # the run told decides whether it counts as the run claimed ("Không cần năm
                # liên tục" denies no run the asker holds)
                verdict = run_verdict
            if _broken_run_told(model, pair, reading.question):
                # "3 lần CSTĐCS ngắt quãng có lên CSTĐ tỉnh được không": the rule counts times
                # in a row only (Luật 2022 Điều 21, 22; task h142)
                verdict = claimed = "Không"  # read on the claim: its "không" is not turned
                body = f"{_BROKEN_RUN} {_without_opener(body)}"
            short = _reach_short(reading.question, model, pair)
            if short is not None:
                # "3 lần liên tục CSTĐCS nhưng sáng kiến chỉ áp dụng trong xã, có đủ CSTĐ tỉnh
                # không": the years are met, the initiative's reach is not (Luật 2022 Điều 22
                # khoản 1 điểm b: nhân rộng, phạm vi ảnh hưởng trong tỉnh)
                verdict = "Không"
                body = (
                    f"Trường hợp anh/chị nêu (“{short}”) chưa đạt phạm vi ảnh hưởng tiêu chuẩn "
                    f"đòi hỏi. {_without_opener(body)}"
                )
            lacking = _reach_lacked(reading.question, model, pair) if short is None else None
            if lacking is not None and verdict != "Không":
                # "3 năm liền CSTĐCS, sáng kiến chưa có phạm vi ảnh hưởng trong tỉnh, đủ CSTĐ
                # tỉnh chưa": the route the rule names is told missing (Luật 2022 Điều 22
                # khoản 1 điểm b; task h146)
                verdict = "Không"
                body = f"Trường hợp anh/chị nêu chưa có “{lacking}”. {_without_opener(body)}"
            criteria = model.fact(pair.entity, "criteria")
            if (
                (
                    verdict in (None, "Tùy")
                    # "hoàn thành tốt nhiệm vụ nhưng không tham gia phong trào thi đua nào thì
                    # vẫn được LĐTT đúng không": the case's "Có" holds only with the title's
                    # other criteria, and the question says one of them is not met (task h107)
                    or (verdict == "Có" and pair.yesno and pair.attr == "eligible")
                )
                and pair.attr in ("eligible", "criteria")
                and criteria is not None
                and not pair.without
            ):
                # "có 1 người chưa hoàn thành nhiệm vụ thì còn xét TTLĐXS được không": the
                # question states a criterion of the title that is not met
                missed = unmet(reading.question, criteria.text) or _no_one_reached(
                    reading.question, criteria.text, model
                )
                if missed is not None:
                    verdict = "Không"
                    body = f"Chưa đạt tiêu chuẩn: {missed}. {_without_opener(body)}"
            if (
                verdict in (None, "Tùy")
                and pair.attr not in _NO_CONFIRM
                and not pair.without
                # a figure claimed that the fact gives only as a local practice ("nhiều tỉnh 20
                # ngày làm việc") stays "Tùy": the words matching do not make it the rule
                and not (claimed == "Tùy" and pair.attr in ("deadline", "processing_time"))
            ):
                # no verdict of its own, or "Tùy" for another way of asking ("is there a cap?"):
                # the body stating exactly what the question asks to confirm answers it
                verdict = _confirmed(claim, body, model) or verdict
            if (
                verdict == "Tùy"
                and claimed is None
                and not pair.without
                and _requirement_claimed(claim)
                and (verdict_of(body) == "Không" or _NO_CONDITION in body)
            ):
                # "LĐTT có phải đăng ký thi đua mới được xét không" against a fact whose lead is
                # "Không bắt buộc theo luật": its "Tùy" is for local rules; the claim that the
                # law requires it is answered by the lead
                verdict = "Không"
                # "có cần 100 % hoàn thành nhiệm vụ không": no condition is a conclusion, not
                # the "not enough to conclude" said of a share told
                body = _capitalized(body.replace(_UNDECIDED, "", 1))
            if _substitutes(reading.asked or reading.question, body):
                # "đề tài đã nghiệm thu có thay cho sáng kiến được không": the fact names it as
                # another route to the same condition, whatever it says of the one replaced
                verdict = "Có"
            if (
                not verdict
                and pair.yesno
                and pair.attr in ("criteria", "eligible")
                and criteria is not None
                and every_clause_named(claim, criteria.text)
            ):
                # "đạt hoàn thành tốt nhiệm vụ trở lên và tích cực thi đua là đủ tiêu chuẩn LĐTT
                # đúng không": the claim of enough names each clause of the criteria (task h107)
                verdict = "Có"
            more = None
            if verdict in ("Có", "Tùy") and not pair.without:
                # "Tùy" on a claim that one condition is enough (or brings the title by itself):
                # the further condition the fact joins decides, whatever it says of the first
                # the claim read in the facts' words too ("làm ăn có lãi" → "sản xuất có hiệu
                # quả", meanings.yaml), so a condition named in other words is still named
                more = insufficient(_in_fact_words(claim, model), body)
                if more is None and pair.attr == "eligible" and criteria is not None:
                    more = insufficient(
                        _in_fact_words(claim, model), criteria.text
                    )  # "… là đủ điều kiện": who may
            below = (
                level_sufficiency(claim, pair.subject, criteria.text)
                if more is None and verdict != "Không" and criteria is not None and not pair.without
                else None
            )
            if below is not None:
                # "LĐTT chỉ cần hoàn thành nhiệm vụ là đủ": the level claimed enough is below
                # the one the criteria need, whatever the case's verdict on requiring it
                verdict = "Không"
                body = f"{below} {_without_opener(body)}"
            if more is not None:
                # "chỉ cần X là đủ" against a fact that joins a further condition to X
                verdict = "Không"
                body = f"Chưa đủ: còn cần {more}. {_without_opener(body)}"
            good_news = (pair.attr == "eligible" and of_case) or (
                pair.attr == "deadline" and day is not None
            )
            if (
                verdict in ("Có", "Không")
                and good_news
                and (
                    adverse(reading)
                    or (pair.attr == "deadline" and day is not None and late_told(reading))
                )
            ):
                # "có bị loại khỏi xét LĐTT không", "có bị trễ hạn không": the fact's verdict
                # says whether the asker may have it / is in time; the question asks the reverse
                verdict = "Không" if verdict == "Có" else "Có"
            if (
                verdict == "Tùy"
                and good_news
                and adverse(reading)
                and _LAW_FREE.search(folded_words(body))
            ):
                # "quên đăng ký thi đua thì có bị loại LĐTT không": the case's "Tùy" is for the
                # province's own rules; the law bars no one for it, the plain answer to "bị loại"
                verdict = "Không"
                body = _capitalized(_LOCAL_OPENER.sub("", body, count=1))
            if _registration_left_to_province(
                pair, verdict, reading.question
            ) and not _removal_restated(claim, body):
                # "… bảo đăng ký không còn là căn cứ xét danh hiệu nữa, đúng k" restates what
                # the law removed: judged below as the removal, not left to the province (h126)
                # "zalo bảo không đăng ký thi đua đầu năm thì cuối năm không được xét, đúng k":
                # the law no longer bars anyone (Luật 2022 Điều 7), but the province's quy chế
                # may; the line is judged "Tùy" with both said, unless the law alone is asked
                verdict = "Tùy"
                said = _without_opener(body).removeprefix("Không bắt buộc theo luật: ")
                body = f"{_REGISTRATION_LOCAL} {_capitalized(said)}"
            if pair.entity == REGISTRATION and province_requires_registration(reading.question):
                # "quy chế của tỉnh vẫn bắt đăng ký thi đua thì xã có phải làm theo không": the
                # law dropped it as a căn cứ (Luật 2022 Điều 7), the province's quy chế that
                # keeps it binds its communes (task h144)
                verdict = "Có"
                said = _without_opener(body).removeprefix("Không bắt buộc theo luật: ")
                body = f"{_PROVINCE_REQUIRES} {_capitalized(said)}"
            if _cap_left_to_province(pair, verdict, reading.question):
                # "huyện cũ khống chế CSTĐCS 15 %, năm nay xã vẫn áp 15 % đúng k": no national
                # cap (domain.md: the 15 % of NĐ 91/2017 is repealed), the province may set one
                verdict = "Tùy"
                body = f"{_CAP_LOCAL} {_capitalized(_without_opener(body))}"
            hire = model.fact(pair.entity, pair.attr)
            served = reading.served if verdict == "Có" else None
            if served is not None and hire is not None and "moi_tuyen" in hire.by_subject:
                # a new hire whose months told reach the rule: the case is met, and the rule
                # it meets is said with it ("mới tuyển tháng 8 …, đến cuối năm học hơn 9 tháng")
                rule = hire.by_subject["moi_tuyen"].text.rstrip(".")
                body = f"Anh/chị nêu {served} tháng công tác. {rule}. {_without_opener(body)}"
            if verdict in ("Có", "Không") and pair.attr in _PERMISSIONS and breaks_rule(reading):
                # "năm nào cũng tặng giấy khen cho một người có sai nguyên tắc không": the fact's
                # verdict says whether it is allowed; the question asks whether it breaks a rule
                verdict = "Không" if verdict == "Có" else "Có"
            if (
                verdict in ("Có", "Không")
                and pair.attr == "several"
                and single_payment_claimed(reading.question)
            ):
                # "2 cái là trùng nên chỉ nhận tiền 1 lần, có đúng k": the fact's verdict says
                # whether both prizes are paid; the claim is its negation (task h119)
                verdict = "Không" if verdict == "Có" else "Có"
                said = "Ý kiến đó chưa đúng." if verdict == "Không" else "Ý kiến đó đúng."
                body = f"{said} {_without_opener(body)}"
            if (
                verdict in ("Có", "Không")
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
                and not (pair.attr in model.values and claimed == "Không" and verdict == "Không")
                # "… bảo không có sáng kiến thì không được CSTĐCS": the without-requirement
                # reader above already judged that saying (task h126: never turned twice)
                and not (
                    pair.attr in _REQUIREMENTS and pair.without and claimed_loss(reading.question)
                )
            ):
                # "hiệu trưởng bảo không được xét LĐTT … vậy nói có đúng không": the verdict
                # says whether the title may be had; the claim confirmed is its negation
                if not _requirement_loss_reported(pair, reading.question):
                    verdict = "Không" if verdict == "Có" else "Có"
                if _old_figure_said(claim, body):
                    # "nghe nói mới tuyển dưới 10 tháng thì không được xét LĐTT": the denial
                    # rests on a figure the fact gives only as the old rule, so the saying is
                    # wrong whatever the case it denies (task h106)
                    verdict = "Không"
                # the fact's own words answer the title, not the saying: say which is judged
                said = "Ý kiến đó chưa đúng." if verdict == "Không" else "Ý kiến đó đúng."
                body = f"{said} {_without_opener(body)}"
            elif (
                verdict in ("Có", "Không")
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
                verdict = "Không" if verdict == "Có" else "Có"
                said = "Nhận định đó chưa đúng." if verdict == "Không" else "Đúng như vậy."
                body = f"{said} {_without_opener(body)}"
            if (
                verdict in ("Có", "Không")
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
                and not negated_claim(reading.asked or reading.question, body)
            ):
                # "CSTĐCS chỉ được thưởng tiền, không có bằng chứng nhận đúng không", "QĐ đã ký
                # thì không bao giờ hủy được đúng không": the claim put up for confirmation is
                # the negation of what the fact's verdict answers (task h95)
                verdict = "Không" if verdict == "Có" else "Có"
            if (
                verdict == "Không"
                and fact.verdict == "Không"
                # a reader that took the claim for the fact's own question ("theo luật … có
                # không") gave the fact's "Không"; a figure claimed is judged by its own reader
                and claimed in (None, "Không")
                and figure_verdict(claim, body) is None
                and told_case is None
                # a denial reported of the registration rule was not turned above (its own
                # reader answers it), so the removal it restates is judged here (task h126:
                # "nghe nói đăng ký thi đua không còn là căn cứ bắt buộc, đúng k")
                and (
                    pair.entity == REGISTRATION
                    or not reported_denial(claim_put_up(reading.question))
                )
                and (
                    _removal_restated(claim, body)
                    or removal_said(claim, body)
                    # "tiền thưởng đó không phải đóng thuế đúng không": the prohibition the
                    # fact states, restated negated (task h119)
                    or prohibition_restated(claim, body)
                )
            ):
                # "đăng ký thi đua bây giờ không còn là căn cứ xét danh hiệu đúng k" against
                # "Luật 2022 bỏ đăng ký thi đua khỏi căn cứ …": the claim restates the removal
                # the fact states, so it holds (task h106)
                verdict = "Có"
            if told_case is not None:
                # "xã phát động tháng cao điểm …, khen theo thủ tục đột xuất được không": the
                # case the letter tells is one the rule says is not this one, whoever
                # is reported to claim it and whatever the claim adds
                verdict, note = told_case
                if note not in body:
                    # the rule's sentence on the case leads, and is not said twice
                    rest = _without_opener(body)
                    why = note.partition("”. ")[2]
                    if why:
                        rest = " ".join(rest.replace(why, "").split())
                    body = f"{note} {rest}"
            local = (
                local_rule(reading.asked or reading.question, body) if verdict == "Không" else None
            )
            if local is not None:
                # "trường em có bị giới hạn tỷ lệ không": the law's "Không" is not the answer for
                # the asker's own unit, which follows the province's rules
                verdict = "Tùy"
                body = f"{local} {_without_opener(body)}"
            if (
                verdict == "Không"
                and pair.attr == "initiative"
                # the raw question: the asked words drop "hoặc" as a joiner
                and route_offered(reading.question, fact.text)
            ):
                # "… hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến đúng không": the rule
                # restated with its routes; it is right, and the route is not required (h108)
                verdict = "Có"
                body = _without_opener(body.replace(_ONE_WAY_NOT_REQUIRED, "").strip())
                body = f"{_ROUTE_RESTATED} {body}"
            if (
                pair.yesno
                and (
                    (pair.attr in _REQUIREMENTS and fact.verdict == "Không")
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
                verdict = "Không"
            if (
                pair.yesno
                and pair.attr == "cap"
                and verdict in ("Có", "Tùy")
                and (criteria_fact := model.fact(pair.entity, "criteria")) is not None
                and (missed := unmet(reading.question, criteria_fact.text)) is not None
            ):
                # "1 cô không hoàn thành nhiệm vụ, bạn bảo vẫn đề nghị TTLĐXS được vì trên 70 %
                # LĐTT": the share met does not make up for a criterion told unmet (task h113)
                verdict = "Không"
                body = f"Chưa đạt tiêu chuẩn: {missed}. {_without_opener(body)}"
            if (
                pair.yesno
                and pair.attr == "money"
                and fact.coefficients
                and paid_by_employment(reading.question)
            ):
                # "tiền thưởng LĐTT của người hợp đồng thấp hơn viên chức đúng k": one amount
                # per title for every person (NĐ 152/2025 Điều 50 khoản 1, task h113)
                verdict = "Không"
                body = f"{PAID_ALIKE} {_without_opener(body)}"
            if (
                pair.yesno
                and verdict == "Không"
                # papers the claim leaves out of the list (task h144): not a restatement
                and not (listed is not None and listed[0] == "Không")
                and enough_restated(claim, body)
            ):
                # "… chỉ cần tờ trình và tóm tắt thành tích, không cần biên bản đúng không": the
                # claim restates what the fact says is enough and not needed (task h113)
                verdict = "Có"
            if verdict:
                body = _with_verdict(verdict, body)
        if pair is compared and same is not None:
            body = _with_verdict(same, body)
        if (
            pair.yesno
            and body.startswith("Không. ")
            # the case told is not this one: what the claim drops is beside the point
            and told_case is None
            and claimed_gone(reading.asked or reading.question, body)
        ):
            # "huy hiệu tỉnh đã bị bỏ rồi đúng không": the fact's "Không" says the thing no
            # longer exists or applies, which is what the asker put up for confirmation
            body = _with_verdict("Có", body)
        named = _two_names(reading.asked or reading.question, pair.entity, model)
        if pair.yesno and named is not None and not body.startswith(("Có. ", "Không. ")):
            # "khen chuyên đề có phải là khen theo đợt không": both names are the one form whose
            # definition the fact gives; what the fact leaves open ("Tùy") is not asked here
            rest = body.removeprefix("Tùy trường hợp. ")
            body = f"Có. Cả hai đều là {model.entities[pair.entity]}. {rest}"
        floor = (
            # of "cần 100 % không hay 90 % là được" only the first is claimed (task h101)
            required_figure_verdict(first_option(reading.asked or reading.question), body)
            if pair.yesno
            and not (
                reading.served is not None and _heard_not_asked(reading.asked or reading.question)
            )
            else None
        )
        if (
            floor is not None
            and body.startswith(("Có. ", "Không. "))
            # a minimum share claimed against the title's own was judged above (task h121)
            and "Mức luật quy định là" not in body
        ):
            # "phải đủ 6 tháng mới được xét đúng không": the floor claimed is judged against
            # the fact's bar, not the asker's own months that the verdict would otherwise meet
            body = _with_verdict(floor, body)
        if yesno and body.startswith("Có. ") and _only_one(first_option(reading.question), body):
            # "chỉ được nhận 1 khoản thôi, đúng không" against "nhận … của cả hai": the claim
            # limits what the fact grants in full, whichever part the asking clause named; of
            # "cả hai không, hay chỉ 1" only the first is claimed, the limit is the other answer
            body = _with_verdict("Không", body)
        elif pair.yesno and (suffered := negated_claim(reading.asked or reading.question, body)):
            # "dù khai gian cũng không bị thu hồi đúng không" against "Có. … bị thu hồi": the
            # negation is the claim put up for confirmation
            body = _with_verdict("Không", f"Vẫn {suffered} theo quy định. {_without_opener(body)}")
        elif yesno and only_one_claimed(first_option(reading.asked or reading.question), body):
            # "chỉ được khen 1 hình thức thôi" against "Không. Không khen … nhiều hình thức":
            # the limit claimed is the one the fact sets; in the asking clause only ("… chỉ là 1
            # thành tích thôi. Xã có khen 2 lần được không" tells the case in its story)
            body = _with_verdict("Có", body)
        if (
            pair.yesno
            and not _opens_with_verdict(Part(title, f"**{title}**\n{body}", (), ""))
            and power_denied(reading.asked or reading.question, body, pair.authority)
        ):
            # "… có phải danh hiệu chủ tịch xã tặng không" against "không thuộc thẩm quyền
            # của xã": the level asked as the giver has no power over it, said first
            level = "xã" if pair.authority == "xa" else "tỉnh"
            body = _with_verdict("Không", f"Không thuộc thẩm quyền của {level}. {body}")
        if (
            pair.yesno
            and pair.attr in ("decides", "submit")
            and higher_approval(reading.asked or reading.question, body)
        ):
            # "… xã công nhận thì có phải báo cáo tỉnh duyệt lại không": the xã chairman's
            # own power (Luật 2022 Điều 80 khoản 3); no province approval follows it
            own = "Không cần tỉnh duyệt lại: việc này thuộc thẩm quyền của Chủ tịch UBND xã."
            body = _with_verdict("Không", f"{own} {_without_opener(body)}")
        skipped = step_skipped(reading.question, body) if yesno and not step_said else None
        if skipped is not None:
            step_said = True
            # "… không niêm yết gì cả, làm vậy có đúng quy trình không": a step the fact states,
            # told skipped, decides whatever the fact's own verdict answers
            body = _with_verdict(skipped[0], f"{skipped[1]} {_without_opener(body)}")
        if (
            pair.yesno
            and pair.attr == "eligible"
            and body.startswith("Có. ")
            and not any(p.entity == pair.entity and p.attr == "decides" for p in reading.pairs)
        ):
            # "nông dân có được xét LĐTT không": one who may have a title is told who gives it
            giver = _giver(model, pair, body)
            if giver is not None:
                said, giving = giver
                body = f"{body} {said}"
                sources = tuple(dict.fromkeys((*fact.sources, *giving.sources)))
                fact = dataclasses.replace(fact, sources=sources)
        if (
            pair.yesno
            and body.startswith("Có. ")
            # a letter's asking sentence is the claim: "có người nói LĐTT chỉ dành cho công
            # chức. Vậy anh Hùng (nông dân) có được xét không" asks of anh Hùng, not of the
            # hearsay ("… Có đúng không" points back at it: no asking clause of its own)
            and any(_narrowed(first_option(text), body) for text in _asking_claims(reading))
        ):
            # "LĐTT chỉ dành cho công chức thôi đúng không" against a fact (or the giver told
            # above) granting it to viên chức and người lao động too: the "only" is wrong
            body = _with_verdict("Không", body)
        honour_kind = _honour_kind(pair, reading.asked or reading.question)
        if honour_kind is not None:
            # "mẹ Việt Nam anh hùng có phải danh hiệu vinh dự nhà nước không": the form named
            # decides, not the kind fact's own opener, and is said first (task h121)
            verdict_of_form, lead = honour_kind
            body = _with_verdict(verdict_of_form, f"{lead} {_without_opener(body)}")
        proposer = _proposer_only(pair, reading.asked or reading.question, model)
        if proposer is not None:
            # "TTLĐXS thì xã chỉ đề nghị thôi đúng không": the xã's part claimed is to propose
            # only, which is who decides, not whether the xã may have the title (task h121)
            body = proposer
        honour = _honour_revoker(pair, reading.question)
        if honour is not None and _HONOUR_REVOKER not in body:
            # "thủ tướng quyết định tước danh hiệu anh hùng à": a claim put up with "à" is no
            # yes/no part, yet the general rule's own "Có." would answer it (task h121)
            body = _with_verdict(honour, f"{_HONOUR_REVOKER} {_without_opener(body)}")
        if (
            pair.yesno
            and pair.denied
            and body.startswith(("Có. ", "Không. "))
            # the case reader already judged a claim that names the title negated ("… chứ
            # không phải đột xuất"): its verdict is on the claim itself
            and told_case is None
        ):
            # "hộ chỉ được GĐVH thôi chứ không được giấy khen đúng không": the claim denies this
            # title; the fact granting it makes the claim wrong, and that is said first
            granted = body.startswith("Có. ")
            body = _with_verdict("Không" if granted else "Có", _without_opener(body))
            if granted:
                denied_at = len(parts)
        prize = model.facts.get(pair.entity, {}).get("money")
        given = (
            pair.yesno
            and pair.attr in ("eligible", "decides")
            and body.startswith("Có. ")
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
            body = f"{body} Tiền thưởng: {_amounts(prize, paid, salaries)}."
            sources = tuple(dict.fromkeys((*fact.sources, *prize.sources)))
            fact = Fact(fact.text, sources, fact.confidence, fact.verdict, prize.coefficients)
        parts.append(
            _block(
                title, body, fact, money=bool(fact.coefficients), as_of=priced, salaries=salaries
            )
        )
    if denied_at is not None:
        # the part that makes a "… chứ không …" claim wrong opens the answer (task h101)
        parts.insert(0, parts.pop(denied_at))
    elif (wrong_at := _conjunct_denied_at(reading, parts)) is not None:
        # "trường được bằng chứng nhận, khung và tiền thưởng 3.510.000 đồng phải k": one ask
        # over several things; the thing the facts deny makes the whole claim wrong (task h146)
        parts.insert(0, parts.pop(wrong_at))
    total = _total(model, reading, paid, salaries)
    if total is not None:
        parts.append(total)
    if carried_at and any(_opens_with_verdict(p) for p in parts[carried_at[-1] + 1 :]):
        # the rule's part decides the yes/no; the replaced text's block only says it is replaced
        for at in carried_at:
            part = parts[at]
            head, _, body = part.text.partition("\n")
            parts[at] = dataclasses.replace(part, text=f"{head}\n{_without_opener(body)}")
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
    if moved_at is not None and any(
        p.text.partition("\n")[2].startswith("Không.") for p in parts[moved_at + 1 :]
    ):
        # "giờ xã ký thay huyện và thưởng 2 lần đúng k": the move is right but a part of the
        # claim is not; a "Có." on the move would read as a yes to the whole (task h114)
        part = parts[moved_at]
        head, _, body = part.text.partition("\n")
        parts[moved_at] = dataclasses.replace(part, text=f"{head}\n{_without_opener(body)}")
    return parts


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


def _limit_stated(asked: str, question: str, body: str) -> str | None:
    """ "Có" when the asking clause claims a limit "chỉ A B" ("chỉ" typed with its mark, or
    closed by "thôi": "chi" alone is also "chi tiền", "chị") and the body states the same
    "chỉ A B", not negated; None otherwise (never "Không": the body may limit in other words)."""
    # of "A hay chỉ B" only A is claimed; of "nếu chỉ A thì B" only B
    toks = tokens(first_option(asked))
    if "thi" in toks:
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    said = tokens(body)
    marked = "chỉ" in question.lower()
    for i in range(len(toks) - 2):
        if toks[i] != "chi" or not (marked or "thoi" in toks[i + 3 : i + 8]):
            continue
        limit = toks[i + 1 : i + 3]
        if not all(t.isalpha() and t not in COMMON_SYLLABLES for t in limit):
            continue
        for j in range(len(said) - 2):
            if (
                said[j] == "chi"
                and said[j + 1 : j + 3] == limit
                and not NEGATED & set(said[max(0, j - 2) : j])
            ):
                return "Có"
    return None


#: the parts whose facts name a criterion's routes ("… hoặc có sáng kiến được cơ sở công nhận")
_ROUTED = frozenset({"initiative", "criteria", "eligible"})
#: the words of a claim that only say it is required, not what is required
_MODAL = frozenset(
    {"co", "phai", "can", "bat", "buoc", "duoc", "da", "thi", "la", "roi", "khong", "dung"}
)


def _route_qualified(question: str, text: str) -> str | None:
    """ "Có" when the question names a route of the fact ("sáng kiến", "đề tài": what follows
    "có" in one of its "hoặc" branches) and claims of it what that branch says of it ("được …
    công nhận", "đã nghiệm thu"); None otherwise, also when it claims nothing of it."""
    asked = tokens(question)
    for branch in re.split(r"\bhoặc\b|:", text):
        words = [t for t in tokens(branch) if t.isalnum()]
        if len(words) < 4 or words[0] != "co":
            continue
        route, said = tuple(words[1:3]), set(words[3:]) - _MODAL - COMMON_SYLLABLES
        for i in range(len(asked) - 1):
            if tuple(asked[i : i + 2]) != route:
                continue
            after = []
            for t in asked[i + 2 :]:
                if t in {"moi", "thi"} and after:
                    break
                after.append(t)
            wanted = {t for t in after if t.isalpha()} - _MODAL - COMMON_SYLLABLES
            if len(wanted & said) >= 2 and not NEGATED & set(after):
                return "Có"
    return None


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


#: who the fact names to chair a council ("Chủ tịch UBND xã làm Chủ tịch Hội đồng; …")
_HOLDS = re.compile(r"^(?P<who>[^;.]+?) làm Chủ tịch Hội đồng")
#: the commune's other office-holders, any of whom a question may claim chairs instead
_OTHER_HOLDERS = (
    "pho chu tich",
    "bi thu",
    "chu tich hdnd",
    "chu tich hoi dong nhan dan",
    "chu tich mat tran",
    "chu tich uy ban mat tran",
    "truong thon",
    "cong chuc",
    "van phong",
    "truong cong an",
    "chi huy truong",
)


#: the verbs that put someone at a meeting ("tham gia", "chủ trì", "dự họp")
_TAKES_PART = (("tham", "gia"), ("chu", "tri"), ("du", "hop"))


def _participant_named(question: str, body: str) -> str | None:
    """ "ban công tác mặt trận ở thôn có tham gia bình xét GĐVH không" against "Trưởng thôn chủ
    trì, cùng Trưởng ban Công tác Mặt trận …": "Có" when the words before the verb (three of them
    at least, or two naming a body) are named in the fact; None otherwise (never "Không": the
    fact may name them in other words)."""
    asked = [t for t in tokens(question) if t.isalnum()]
    said = f" {' '.join(tokens(body))} "
    for at in range(1, len(asked) - 1):
        if tuple(asked[at : at + 2]) not in _TAKES_PART:
            continue
        end = at - 1 if asked[at - 1] in {"co", "duoc", "se", "cung"} else at
        before = asked[max(0, end - 6) : end]
        for size in range(len(before), 2, -1):
            for start in range(len(before) - size + 1):
                if f" {' '.join(before[start : start + size])} " in said:
                    return "Có"
    return None


def _holder_verdict(question: str, body: str) -> str | None:
    """ "Có" when a yes/no names as chair the one the fact names, "Không" when it names another
    office-holder of the commune instead; None otherwise (or when it names both)."""
    found = _HOLDS.search(body)
    if found is None:
        return None
    who = " ".join(tokens(found.group("who")))
    asked = f" {' '.join(tokens(question))} "
    named = any(
        f" {w} " in asked and f" pho {w} " not in asked for w in (who, who.replace(" ubnd", ""))
    )
    other = any(f" {r} " in asked for r in _OTHER_HOLDERS)
    if named != other:
        return "Có" if named else "Không"
    return None


#: a yes/no ask's end ("… phải không ạ?", "… có tiền k, …", "… k và …")
_ASK_END = re.compile(
    r"\b(?:khong|ko|k|kg|khg|hong|chua)\b(?:\s+(?:a|ha|nhi|vay|ad|anh|chi|em))*\s*"
    r"(?:[,;?.!]|\bva\b|\bcon\b|$)"
)
#: what a title brings (its object, its prize): a claim may list them under one ask
_BROUGHT = frozenset({"object", "money"})


def _figure_only_told(pair: Pair, reading: Reading) -> bool:
    """A cap asked with its figures in the story only, the asking sentence naming none."""
    asked = reading.asked
    return pair.attr == "cap" and bool(asked) and re.search(r"\d", asked) is None


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


#: what ties "A … B" as a thing and its kind: "A có phải (là) B", "A là B", "A thuộc B"
_KIND_ASKED = re.compile(r" (?:co phai la|co phai|phai la|la|thuoc) ")


def _two_names(question: str, entity: str, model: FactModel) -> tuple[str, str] | None:
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
            for n in range(min(model.longest, len(words) - i), 0, -1)
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


#: a body saying the thing asked about is no condition of the title ("tỷ lệ cán bộ hoàn thành
#: nhiệm vụ không phải điều kiện của danh hiệu"): the claim that it is required is answered "Không"
_NO_CONDITION = "không phải điều kiện"
_UNDECIDED = "Chưa đủ để kết luận: "


def _requirement_claimed(question: str) -> bool:
    """The question claims something is required: "phải / cần / bắt buộc …", not "có phải là"."""
    toks = tokens(question)
    return any(toks[i + 1 : i + 2] != ["la"] for i in required_at(toks))


#: words that name who gives a title; a body naming one already says who gives it
_GIVERS = ("chu tich", "giam doc", "thu truong", "thu tuong", "bo truong", "nguoi dung dau")


def _giver(model: FactModel, pair: Pair, body: str) -> tuple[str, Fact] | None:
    """The first sentence of who decides the title (for the case asked, if the fact has one),
    with the fact it comes from; None when the body already names who gives it."""
    decides = model.fact(pair.entity, "decides")
    if decides is None or any(g in " ".join(tokens(body)) for g in _GIVERS):
        return None
    fact = decides.by_subject.get(pair.subject or "", decides)
    if fact.verdict == "Không":
        return None  # a case the xã does not decide for: its own text says so when asked
    text = _without_opener(fact.text)
    first = re.split(r"(?<=[.;])\s+", text.strip(), maxsplit=1)[0].rstrip(";")
    if not first or not any(g in " ".join(tokens(first)) for g in _GIVERS):
        return None
    return first if first.endswith(".") else f"{first}.", fact


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


#: "có bị …", "bị … không": the yes/no asks whether something befalls the asker ("bị" is the
#: adverse passive); a case told with "bị" ("bị kỷ luật thì có được …") asks with "có được"
_ADVERSE = re.compile(r"\bco (?:con )?bi\b")
_MAY_ASKED = re.compile(r"\bco (?:con )?(?:duoc|dc)\b")


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
#: facts whose verdict says whether a thing is allowed (not whether it is required)
_PERMISSIONS = frozenset({"repeat", "several", "one_achievement"})


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


#: "… không hay …", "… không, hay …": a yes/no followed by the other answer the asker offers
_OR_ELSE = re.compile(r"\b(?:khong|ko|k|hong|chua)\s*,?\s+(?:(?:a|ad|ha)\s*,?\s+)?(?:hay|hoac)\b")
#: a yes/no tail closing its clause, then a clause asking what, which or how much
_THEN_ASKS = re.compile(
    r"\b(?:khong|ko|k|hong|chua)\s*[,;?]\s+(?=.*\b(?:gi|j|nao|dau|ai|bao nhieu|may|sao)\b)"
)


#: a yes/no clause's end: its "không" (or a phone spelling), then a break or "và"
_YESNO_END = re.compile(r"\b(?:khong|ko|k|kg|khg|hong|chua)\b\s*(?:[,;?]+\s*|\s+va\s+)")
#: words above which a question is a letter, whose clauses are not its parts one by one
_SHORT_COMPOUND = 20


def _in_fact_words(claim: str, model: FactModel) -> str:
    """``claim`` (folded) with each phrase of a meaning group written as the facts write it."""
    words = [NOT_SPELLED.get(t, t) for t in tokens(claim) if t.isalnum()]
    read = in_fact_terms(words, model.meanings)
    return claim if read == words else " ".join(read)


def _own_clause(reading: Reading, pair: Pair) -> str | None:
    """ "cstđcs cần LĐTT không và có cần sáng kiến không": two yes/no clauses, two parts of one
    title. Each part's claim is its own clause, in the order the parts were read, so the words
    of one (a route, "sáng kiến") do not decide the other. None unless a short question has
    exactly as many yes/no clauses as it has yes/no parts of distinct attributes."""
    if not pair.yesno or len(reading.question.split()) > _SHORT_COMPOUND:
        return None
    folded = " ".join(fold(reading.question).split())
    ends = [m.end() for m in _YESNO_END.finditer(f"{folded} ")]
    if not ends:
        return None
    clauses = [folded[a:b] for a, b in itertools.pairwise([0, *ends])]
    if folded[ends[-1] :].strip():
        clauses.append(folded[ends[-1] :])
    attrs = list(dict.fromkeys(p.attr for p in reading.pairs if p.yesno))
    if len(attrs) < 2 or len(clauses) != len(attrs):
        return None
    return clauses[attrs.index(pair.attr)]


def first_option(question: str) -> str:
    """The question up to its yes/no "không" when an alternative follows ("xét hằng năm không
    hay 2 năm một lần" claims "hằng năm"), else the whole question."""
    folded = " ".join(fold(question).split())
    found = _OR_ELSE.search(folded)
    if found is None or not folded[: found.start()].strip():
        # "X có cần Y không, ngoài ra cần gì": the yes/no clause claims Y; the clause after
        # it asks another part and its words (its own "cần") are no part of the claim
        found = _THEN_ASKS.search(folded)
        if found is None or not folded[: found.start()].strip():
            return question
    return folded[: found.start()] + " khong"


#: words that point the asking sentence back at a thing the letter named ("danh hiệu đó",
#: "cái này", "như vậy"); "do" before a maker ("do ai", "do tỉnh") is "by", no pointer
_BACK = frozenset({"do", "nay", "ay", "kia", "vay"})
_BY = frozenset({"ai", "tinh", "xa", "chu", "ubnd", "cap", "thu", "hoi", "nha", "huyen"})


#: "năm nay", "hôm nay", "lúc này": a time, not a thing pointed back at
_TIMES = frozenset({"nam", "thang", "ngay", "hom", "luc", "gio", "bay", "dot", "ky", "lan", "sau"})


def _points_back(asked: str) -> bool:
    toks = tokens(asked)
    return any(
        w in _BACK
        and i > 0
        and toks[i - 1] not in _TIMES
        and (i + 1 == len(toks) or toks[i + 1] not in _BY)
        for i, w in enumerate(toks)
    )


def _denied_elsewhere(model: FactModel, reading: Reading, pair: Pair, body: str) -> str | None:
    """The fact negates the claim the question makes, read more widely than the asking
    sentence against this block: an asking sentence that points back ("có danh hiệu đó
    không") claims what the letter named before it, so the whole letter is the claim; and
    whether one may have a title turns on its criteria, so a claim about how it is judged
    ("chấm trên 85 điểm mới đạt") is also read against the title's criteria fact. None when
    neither negates it; else the criteria's sentence that does ("" when it is this block's)."""
    letter = " ".join(NOT_SPELLED.get(w, w) for w in tokens(reading.question))
    told_first = reading.asked and len(tokens(reading.asked)) + 3 < len(letter.split())
    # of "… không hay bắt buộc phải có sáng kiến" only the first is claimed (task h101)
    claimed = first_option(letter)
    if told_first and _points_back(reading.asked) and denied(claimed, body, letter):
        return ""
    criteria = model.fact(pair.entity, "criteria") if pair.attr == "eligible" else None
    if criteria is None or criteria.text in body:
        return None
    asked = first_option(reading.asked or reading.question)
    for sentence in re.split(r"(?<=[.!?])\s+", criteria.text.strip()):
        if denied(asked, sentence, reading.question):
            return sentence  # the asker sees why: the rule claimed is the one denied
    return None


def _kind_of(question: str, body: str, values: dict[str, str]) -> str | None:
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


def _title_required(
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
    if not marks:
        return None
    after = asked[marks[-1] + 1 :]
    # "TTLĐXS không cần ai đạt CSTĐCS đúng k": the claim is that the title is not required,
    # the opposite of asking whether it is (task h137)
    # (not "…, k, cần bao nhiêu %": a yes/no tail before a question of how much)
    need_denied = (
        bool(asked[marks[-1] - 1 : marks[-1]])
        and asked[marks[-1] - 1] in _NEED_DENIED
        and not {"bao", "may", "gi", "j"} & set(after)
    )
    # the yes/no's own "không" closes what is asked to be required: in "đăng ký có bắt buộc k,
    # nếu k đăng ký thì có được xét LĐTT k" the LĐTT belongs to the next question
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
            return ("Có" if need_denied else "Không"), f"Tiêu chuẩn không đòi hỏi “{name}”."
        if all(_a_route(c, title, model) for c in naming):
            verdict = "Tùy"
    if need_denied:
        verdict = {"Có": "Không", "Không": "Có"}.get(verdict, verdict)
    return verdict, through


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


def _no_one_reached(question: str, criteria: str, model: FactModel) -> str | None:
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


#: words after "có" that make it no question of whether a thing exists ("có được", "có phải")
_NOT_A_THING = NOT_A_THING


def _none_exists(question: str, body: str) -> str | None:
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


#: "gửi thẳng lên tỉnh", "nộp thẳng về Sở": sent directly, past any level between ("thẳng"
#: folds like "tháng": only next to a verb of sending or a direction)
_DIRECTLY = re.compile(r"\b(?:gui|nop|trinh|chuyen) thang\b|\bthang (?:len|ve|toi|den)\b")


def _direct(question: str, body: str) -> str | None:
    """ "xã gửi thẳng lên tỉnh được không" against "Xã gửi hồ sơ lên Sở Nội vụ …, không qua
    huyện": the fact says it goes past no level in between → "Có"."""
    if _DIRECTLY.search(" ".join(tokens(question))) is None:
        return None
    return "Có" if re.search(r"\bkhong qua\b", " ".join(tokens(body))) else None


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
#: words that frame a claim put up for confirmation ("nghe nói …, đúng không"), not its content
_FRAMING = frozenset({"nghe", "noi", "dung", "phai", "ha", "chu", "k", "ko", "hong"})


#: "Chỉ <condition> mới …": the one case a "Tùy" fact allows, as the body writes it
_ONLY_CASE = re.compile(r"\bchi (.+?) moi\b")
#: words of a claim that say nothing of its content: the asking frame and "là" itself
_RESTATED_FRAME = _FRAMING | {"la", "khong", "dc", "duoc", "a", "ah", "vay", "nhi", "thi"}


#: a run claimed as needed: "phải / cần … mới (được)", "bắt buộc … mới"
_RUN_NEEDED = re.compile(r"\b(?:phai|can|bat buoc)\b(?: \w+){1,12}? moi\b")
#: a run claimed to suffice ("chỉ cần", "là đủ", "đủ điều kiện", "tự động", "là được")
_RUN_SUFFICES = re.compile(r"\bchi can\b|\bla du\b|\bdu dieu kien\b|\btu dong\b|\bla (?:duoc|dc)\b")


def _run_claimed_required(question: str, fact: Fact, pair: Pair, model: FactModel) -> bool:
    """The question claims the run of years as what the title needs ("phải 3 năm liền CSTĐCS
    mới được …"), not as what suffices ("chỉ cần 3 năm liền là đủ"), and names as held the
    very title the fact's run is of (its name is in the fact's text)."""
    said = " ".join(t for t in tokens(question) if t.isalnum())
    if _RUN_NEEDED.search(said) is None or _RUN_SUFFICES.search(said) is not None:
        return False
    held = (pair.subject or "").removeprefix("dat_")
    name = model.entities.get(held, "") if pair.subject != held else ""
    return bool(name) and f" {' '.join(tokens(name))} " in f" {' '.join(tokens(fact.text))} "


def _condition_restated(question: str, body: str, model: FactModel, entity: str) -> bool:
    """ "X là <Y> đúng không" where <Y> is, word for word (the title's own name aside), the
    condition of the body's "Chỉ <Y> mới …": the claim defines the thing as the fact does. At
    least three words of <Y>, and no negation in it ("không phải", "không cần")."""
    toks = [t for t in tokens(question) if t.isalnum()]
    if "la" not in toks[1:]:
        return False
    after = toks[toks.index("la", 1) + 1 :]
    while after and (after[-1] in _RESTATED_FRAME or after[-1] in _NOT_WORDS):
        after.pop()  # the asking tail: "đúng không ạ", "phải k"
    if "hay" in after:
        return False  # "… là A hay B": a choice offered, no definition
    named = set(tokens(model.entities.get(entity, "")))
    content = [t for t in after if t not in _RESTATED_FRAME and t not in named]
    if len(content) < 3:
        return False
    # a negation told must be the case's own ("không lường trước"), never one of its own
    # making ("không cần biên bản")
    negated = [" ".join(after[i : i + 2]) for i, t in enumerate(after) if t in _NOT_WORDS]
    folded = " ".join(t for t in tokens(body) if t.isalnum())
    return any(
        all(t in set(case.split()) for t in content)
        and all(f" {n} " in f" {case} " for n in negated)
        for case in _ONLY_CASE.findall(folded)
    )


#: what may close a yes/no after its "không": "ạ", "ad", "?" (task h143: "… CSTĐCS không ạ?")
_AFTER_TAIL = frozenset({"a", "ad", "ha", "ah", "ak", "nhi", "vay", "?", ".", "!"})


def _without_tail(asked: list[str]) -> list[str]:
    """``asked`` without its closing "không" and what may follow it ("ạ", "?"): the yes/no
    tail negates nothing of the question's own."""
    end = len(asked)
    while end and asked[end - 1] in _AFTER_TAIL:
        end -= 1
    return asked[: end - 1] if end and asked[end - 1] in _NOT_WORDS else asked


def _allowed(question: str, body: str, subject: list[str] | tuple[str, ...] = ()) -> bool:
    """A permission asked ("X có được Y không", "X dùng thay Z được không") that a clause of the
    body grants: the clause allows ("có thể", "được phép") or is one accepted way ("hoặc …"),
    and holds both what the question names before "được" and what it asks after it."""
    asked = tokens(question)
    at = [i for i, t in enumerate(asked) if t in _MAY]
    if not at or {"can", "phai", "buoc"} & set(asked):
        return False  # no permission asked, or a requirement ("có cần … mới được …")
    body_of = _without_tail(asked)
    # "khống chế" (to cap) folds to "không chế": a word of its own, not a negation
    negations = {
        t for i, t in enumerate(body_of) if t in _NOT_WORDS and body_of[i + 1 : i + 2] != ["che"]
    }
    if negations:
        return False  # "không đạt LĐTT thì có được …": a case told lacking, not a permission
    content = {_i_for_y(t) for t in asked if t.isalpha() and len(t) > 1} - COMMON_SYLLABLES
    content -= {"khong", "ko", "dc", "nao", "gi", "rieng", "nua"}
    # the title asked about, spelled out ("chiến sĩ thi đua cơ sở"), is who the permission is
    # for, not what it permits: its syllables would outweigh the permission's own words, so
    # "tỉnh có được quy định tỷ lệ khống chế chiến sĩ thi đua cơ sở không" read like
    # "… tỷ lệ CSTĐCS"; the frame of a claim put up ("nghe nói …, đúng không") is no content
    content -= {_i_for_y(t) for t in subject} | _FRAMING
    if len(content) < 3:
        return False
    # the level that would act, named before "được" ("tỉnh có được …", "xã có được …")
    actors = _LEVEL_ACTORS & set(asked[: at[0]])
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


def _unrequired(question: str, body: str) -> bool:
    """A permission asked ("xét 2 năm liền được không", "có được làm X không") against a fact
    whose lead sentence says the thing is not required: what is not required is not barred
    either, so the permission holds ("Có") though the fact's own verdict ("Không") answers
    whether it is required. The lead must share a word with what is asked after the title."""
    asked = tokens(question)
    if not _MAY & set(asked) or {"can", "phai", "buoc", "bat"} & set(asked):
        return False  # no permission asked, or a requirement asked
    body_of = asked[:-1] if asked and asked[-1] in _NOT_WORDS else asked
    if _NOT_WORDS & set(body_of):
        return False  # a case told lacking something, not a permission
    lead = " ".join(tokens(re.split(r"(?<=[.!?])\s+", _without_opener(body), maxsplit=1)[0]))
    found = [lead.find(f"{n} ") for n in _UNREQUIRED if f"{n} " in f"{lead} "]
    if not found:
        return False
    rest = set(lead[min(found) :].split()) - COMMON_SYLLABLES
    content = {t for t in asked if t.isalpha() and len(t) > 1} - COMMON_SYLLABLES - _MAY
    return bool(content & rest)


#: a claim that limits a thing to one: "chỉ được 1 …", "chỉ nhận một …", "chỉ … thôi"
_ONLY_ONE = re.compile(
    r"\bchi (?:duoc |dc |nhan |lay |huong |co ){0,3}(?:1|mot)\b|\bchi\b.*\bthoi\b"
)
#: a fact granting more than one: "cả hai", "cả 2", "đều được", "nhiều lần"
_MORE_THAN_ONE = re.compile(r"\bca (?:hai|2)\b|\bdeu duoc\b|\bnhieu lan\b")


def _only_one(question: str, body: str) -> bool:
    """The question claims a limit to one ("chỉ được nhận 1 khoản tiền thưởng thôi") that the
    fact's lead sentence does not set: it grants both, or many."""
    asked = " ".join(tokens(question))
    if " chi can " in f" {asked} " or _ONLY_ONE.search(asked) is None:
        return False
    lead = " ".join(tokens(re.split(r"(?<=[.!?])\s+", _without_opener(body), maxsplit=1)[0]))
    return _MORE_THAN_ONE.search(lead) is not None


#: who a rule may be for, on two axes a claim may narrow: the kind of person, the kind of unit
_GROUP_AXES = (
    {
        "can bo": "can bo",
        "cong chuc": "cong chuc",
        "vien chuc": "vien chuc",
        "nguoi lao dong": "nguoi lao dong",
        "lao dong hop dong": "nguoi lao dong",
        "cong nhan": "cong nhan",
        "nong dan": "nong dan",
        # "chỉ cho (người trong) biên chế": the state's payroll, not its contract workers
        "bien che": "cong chuc",
        "trong bien che": "cong chuc",
        "nguoi trong bien che": "cong chuc",
    },
    {"ca nhan": "ca nhan", "tap the": "tap the", "ho gia dinh": "ho gia dinh"},
)
#: "chỉ (xét / dành / tặng / áp dụng) (cho / với) …": a claim that narrows who the rule is for
_NARROWED = re.compile(
    r"\bchi (?:co )?(?:(?:duoc |dc )?(?:xet|danh|tang|ap dung|khen|trao|cong nhan|de nghi) )?"
    r"(?:rieng )?(?:cho |voi |doi voi )?(?P<who>(?:[a-z]+ ?,? ?){1,12})"
)


def _groups(words: str, axis: dict[str, str]) -> set[str]:
    padded = f" {words} "
    return {group for name, group in axis.items() if f" {name} " in padded}


def _asking_claims(reading: Reading) -> tuple[str, ...]:
    """Where a letter's claim is: its asking clause (the whole question when that clause
    points back at the story) and its last sentence (a clause of the same sentence, "A chỉ
    xét cho X, còn Y thì không được đúng không", carries the claim on)."""
    sentences = re.split(r"(?<=[.?!])\s+", reading.question.strip())
    last = sentences[-1]
    if len(sentences) > 1 and _bare_right_asked(last):
        # "ông tổ trưởng bảo chỉ công chức mới được LĐTT thôi. Ông nói có đúng không": the
        # asking sentence only asks whether the saying before it is right (task h107)
        # the claim is what was said: the words after the reporting verb, not the reporter
        # ("chị công chức văn hóa nói …": "chị" folds like "chỉ", no "only")
        said = " ".join(fold(sentences[-2]).split())
        reported = list(_SAID.finditer(said))
        if reported:
            return (reading.asked or reading.question, last, said[reported[0].end() :])
    return (reading.asked or reading.question, last)


#: the verb reporting someone's words ("ông tổ trưởng bảo …", "chị ấy nói …"); "báo cáo",
#: "bao nhiêu", "nội vụ" fold alike but report no one
_SAID = re.compile(
    r"\b(?:bao(?! (?:cao|nhieu|lau|gio|ve|tri))|noi(?! (?:vu|dung|bo|quy))|cho rang)\b"
)
#: the words of a bare "(ông ấy) nói (vậy) có đúng không (ạ)": nothing claimed of its own
_RIGHT_ONLY = frozenset(
    {"ong", "ba", "anh", "chi", "co", "chu", "bac", "ay", "do", "ta", "ho", "noi", "bao", "vay",
     "the", "nhu", "la", "dung", "khong", "ko", "k", "hong", "chua", "a", "ad", "ha", "nhi", "em",
     "e", "oi", "sep", "truong", "to"}
)  # fmt: skip


def _bare_right_asked(sentence: str) -> bool:
    words = [w for w in tokens(sentence) if w.isalnum()]
    return "dung" in words and bool({"noi", "bao"} & set(words)) and set(words) <= _RIGHT_ONLY


def _narrowed(question: str, body: str) -> bool:
    """The question claims the rule is only for some ("LĐTT chỉ xét cho công chức thôi") and a
    sentence of the fact grants it to another of the same kind (viên chức, người lao động): the
    claim of "only" is wrong whatever the fact says of the ones named. Negated sentences and
    bracketed asides of the fact grant nothing."""
    asked = " ".join(tokens(question))
    found = _NARROWED.search(asked)
    if found is None:
        return False
    # the groups named right after "chỉ", up to "thôi" or a clause turning to others ("còn …")
    who = re.split(r"\b(?:thoi|con|ma|thi|khong|k|ko|dung|phai)\b", found.group("who"))[0]
    if not any(who.startswith(name) for axis in _GROUP_AXES for name in axis):
        return False  # "chi hội", "chị Mai": the word is no "only" before a group
    for n, axis in enumerate(_GROUP_AXES):
        claimed = _groups(who, axis)
        if not claimed:
            continue
        for sentence in re.split(r"(?<=[.;])\s+", _without_opener(body)):
            words = " ".join(tokens(re.sub(r"\([^)]*\)", " ", sentence)))
            if {"khong", "chua"} & set(words.split()):
                continue
            if _groups(words, axis) - claimed:
                return True
            # "giấy khen chỉ tặng cho cán bộ thôi" against "cá nhân, tập thể, hộ gia đình":
            # a rule for every person (or for units too) is wider than a kind of person
            # (only a sentence naming no kind of person: "cá nhân là cán bộ, công chức …"
            # names the kinds, which the line above compares)
            if (
                n == 0
                and not _groups(words, axis)
                and _groups(words, _GROUP_AXES[1]) & {"ca nhan", "tap the", "ho gia dinh"}
            ):
                return True
    return False


def _not_needed(question: str, body: str) -> str | None:
    """ "có cần qua hội đồng không" answered by "… không cần biên bản họp Hội đồng TĐKT": the
    body's "không cần" clause names what was asked (two or more shared syllables) → "Không"."""
    asked = tokens(question)
    if not {"can", "buoc"} & set(asked):
        return None
    start = max(i for i, t in enumerate(asked) if t in {"can", "buoc"})
    wanted = {t for t in asked[start + 1 :] if t.isalpha() and t not in COMMON_SYLLABLES}
    folded = tokens(body)
    for i in range(len(folded) - 1):
        if folded[i : i + 2] == ["khong", "can"]:
            clause = set()
            for tok in folded[i + 2 : i + 12]:
                if tok in BREAKS:
                    break
                clause.add(tok)
            if len(wanted & clause) >= 2:
                # "hồ sơ đột xuất k cần biên bản đúng k": the asker claims what the body
                # says is not needed, so the claim holds (task h114)
                return (
                    "Có"
                    if asked[start - 1 : start] and asked[start - 1] in _NEED_DENIED
                    else "Không"
                )
    return None


#: a negation before "cần": "không / k / ko / chẳng cần …" claims a paper is not needed
_NEED_DENIED = frozenset({"khong", "k", "ko", "kh", "hong", "chang", "cha", "khoi"})


#: titles the central level awards (Luật 2022 Điều 21): "does the centre decide" is not a "Không"
_NATIONAL_TITLES = frozenset({"cstd_toan_quoc", "khen_nha_nuoc"})
#: attributes a stated figure must not confirm: an amount is answered by the amount itself
#: publicity_list (task h90): its general "Tùy" is the province's rule, which the fact's own
#: words on the văn hóa titles ("công khai … 10 ngày") do not confirm for every title
_NO_CONFIRM = frozenset({"money", "consecutive", "cap_count", "publicity_list"})
#: a figure in the question ("25/11", "50%", "10 ngày"), not a year
# a comma and a space after it end the clause ("trước 25/11, đúng k"), no decimal (task h142)
_FIGURE = re.compile(r"(?<![\d/.,])\d{1,3}(?:[/.,]\d{1,2})?(?![\d/.]|,\S)")
#: words that make a clause conditional or one route among several
_CONDITIONAL = ("chi khi", "neu ", "hoac", "tuy ", "moi can", "truong hop")


def _figures(text: str) -> set[str]:
    return {m.replace(",", ".") for m in _FIGURE.findall(" ".join(fold(text).split()))}


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


def _confirmed(question: str, body: str, model: FactModel | None = None) -> str | None:
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
    return found


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
                    return None  # said not needed: _not_needed decides, never "Có" here
                head = next((t for t in claimed if t in wanted), "")
                if f" khong {head} " in f" {text}":
                    # "… giấy khen của xã thì không trình tỉnh": the sentence denies the thing
                    # asked for one case; it confirms nothing
                    return None
                # whole words: "kế hoạch" folds to "ke hoach", which holds "hoac" (or)
                words = f" {text}"
                return "Tùy" if any(f" {c.strip()} " in words for c in _CONDITIONAL) else "Có"
    return _actor_named(asked, body)


#: what one does in a procedure: "trưởng thôn xác nhận …", "tổ trưởng có chủ trì … không"
_ROLES = (("xac", "nhan"), ("chu", "tri"), ("tham", "muu"), ("to", "chuc"), ("ky",))
#: words an asker opens with before the one the question is about
_OPENERS = frozenset({"cho", "em", "hoi", "xin", "a", "anh", "chi", "oi", "ad", "ban", "vay"})


#: the parts of a case-defined title whose yes/no assumes the case is that one ("làm theo thủ
#: tục đột xuất được không", "đây có phải thành tích đột xuất không")
_CASE_PARTS = frozenset({"dossier", "criteria", "eligible"})


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
    if _route_stated(question, rule.met_by) is None or _route_stated(question, rule.not_met_by):
        return None
    return model.facts.get(_SUDDEN, {}).get(pair.attr)


def _told_not_this(model: FactModel, pair: Pair, question: str) -> tuple[str, str] | None:
    """The verdict, with a line saying why, that the case a question tells gives a claim that
    the case is this title's: "Không" when it tells one the rule names as not its own
    (``not_met_by``: "tháng cao điểm" is not khen đột xuất) and none it names as its own
    (``met_by``: "cứu người"); "Có" when it tells one of its own (with one not its own, or
    asked of the criteria); turned round when the claim names the title negated. None
    otherwise: the other checks decide."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.attr not in _CASE_PARTS or rule is None or not rule.not_met_by:
        return None
    told = _route_stated(question, rule.not_met_by)
    met = _route_stated(question, rule.met_by)
    if met is not None and (told is not None or pair.attr == "criteria") and pair.attr != "dossier":
        # "cứu người đuối nước trong đợt cao điểm phòng chống lũ": the act told is the case's
        # own, whatever drive it happened in; its papers are asked otherwise
        verdict = "Không" if _named_negated(model, pair.entity, question) else "Có"
        return verdict, f"Trường hợp anh/chị nêu có “{met}”, đáp ứng điều kiện này."
    if told is None or met is not None:
        return None
    # the rule's own sentence on such cases: "… không phải đột xuất", "… chưa có khả năng nhân rộng"
    why = next(
        (x for x in re.split(r"(?<=\.)\s+", rule.text) if "không phải" in x or "chưa có" in x), ""
    )
    # "… là khen theo đợt chứ không phải đột xuất, nói vậy đúng không": the claim itself says
    # the case is not this one, and the case told bears it out
    verdict = "Có" if _named_negated(model, pair.entity, question) else "Không"
    return verdict, f"Trường hợp anh/chị nêu có “{told}”. {why}".strip()


#: negations as typed, phone spellings included ("k phải đột xuất")
_NOT_WORDS = NEGATED | TYPED_NOT


def _named_negated(model: FactModel, entity: str, question: str) -> bool:
    """The question names ``entity`` right after a negation ("không phải đột xuất")."""
    toks = tokens(question)
    for phrase in model.names_of("entity", entity):
        size = len(phrase)
        for i in range(len(toks) - size + 1):
            if tuple(toks[i : i + size]) == phrase and _NOT_WORDS & set(toks[max(0, i - 3) : i]):
                return True
    return False


#: words of a claim that a name still holds ("giờ", "đổi tên"; "còn", "vẫn" by still_words,
#: which tells "vẫn" from the "văn" of the very names asked about: "khu dân cư văn hóa")
_STILL_NAMED = frozenset({"nay", "gio", "hien", "doi"})


def _former_name(model: FactModel, pair: Pair, asked: str) -> str | None:
    """The line saying a name the yes/no names is no longer in force and what it is now, when
    the part asks whether the title (its kind or who has it) still is; None otherwise."""
    if not pair.yesno or pair.attr not in ("eligible", "kind"):
        return None
    words = tokens(asked)
    if not _STILL_NAMED & set(words) and not still_words(words):
        return None
    said = f" {' '.join(words)} "
    for folded, written, why in model.former.get(pair.entity, ()):
        if f" {folded} " in said:
            return f"Không còn “{written}”: {why} “{model.entities[pair.entity]}”."
    return None


#: the opening words of a "decides" fact that name the level awarding the title
_AWARDED_BY = (("chu tich ubnd xa", "xa"), ("chu tich ubnd tinh", "tinh"), ("thu tuong", "tw"))


#: "… giấy khen do chủ tịch tỉnh tặng", "… của UBND tỉnh": the level the letter says awarded it
_TOLD_AWARDER = re.compile(
    r"\b(?:do|cua) (?:chu tich )?(?:ubnd |uy ban nhan dan )?(xa|tinh|thu tuong)\b"
)
_LEVEL_NAMES = {"xa": "Chủ tịch UBND xã", "tinh": "Chủ tịch UBND tỉnh", "tw": "Thủ tướng"}


def _awarding_level(model: FactModel, entity: str) -> str | None:
    """The level ("xa", "tinh", "tw") the title's own "decides" fact opens by naming."""
    decides = model.fact(entity, "decides")
    if decides is None:
        return None
    lead = " ".join(tokens(decides.text))
    return next((lv for words, lv in _AWARDED_BY if lead.startswith(words)), None)


#: titles given at the central level whose "decides" fact opens otherwise than "Thủ tướng …"
_STATE_LEVEL = frozenset({"khen_nha_nuoc", "hoi_dong_tw"})


def _centrally_awarded(model: FactModel, entity: str) -> bool:
    """Whether the title is given by the Thủ tướng or the Chủ tịch nước, not by a province."""
    return entity in _STATE_LEVEL or _awarding_level(model, entity) == "tw"


#: who is claimed to strip a state honour ("thủ tướng", "chủ tịch nước", …)
_STRIPPER = re.compile(
    r"\b(thu tuong|chinh phu|chu tich nuoc|chu tich tinh|chu tich ubnd tinh|chu tich xa"
    r"|chu tich ubnd xa|bo truong|hoi dong thi dua|hoi dong tdkt)\b"
)
_HONOUR_REVOKER = (
    "Chủ tịch nước quyết định tước, phục hồi và trao lại danh hiệu vinh dự nhà nước (Luật 2022"
    " Điều 93 khoản 7)."
)


#: the xã claimed only to propose a title: "xã chỉ đề nghị (thôi)", "xã chỉ được trình"
_ONLY_PROPOSES = re.compile(
    r"\b(?:xa|ubnd xa|phuong) chi (?:duoc |dc )?(?:de nghi|trinh|lap ho so|gui ho so)\b"
)


#: a last sentence that only asks whether the one before is right: "em không biết đúng không",
#: "có đúng không ạ", "đúng k"
_BARE_CONFIRM = re.compile(
    r"^(?:(?:e|em|toi|minh|a|anh|chi) )?(?:(?:khong|ko|k|chua) (?:biet|ro) )?(?:co )?"
    r"(?:dung|phai) (?:khong|ko|k|hong)(?: (?:a|ad|ha|vay))?$"
)


def _sentence_confirmed(question: str) -> str | None:
    """The sentence a bare last one ("em không biết đúng không") confirms, or None."""
    sentences = [s for s in re.split(r"[.?!\n]+", question) if s.strip()]
    if len(sentences) < 2:
        return None
    last = " ".join(t for t in tokens(sentences[-1]) if t.isalnum())
    return sentences[-2] if _BARE_CONFIRM.match(last) else None


#: the state honours (Luật 2022 Điều 59 khoản 2), folded, and the state forms of award that
#: are not honours (Huân chương, Huy chương, Bằng khen của Thủ tướng: Điều 8)
_HONOUR_NAMES = re.compile(
    r"\b(?:anh hung|ba me viet nam|me viet nam|me vn|nha giao (?:nhan dan|uu tu)"
    r"|thay thuoc (?:nhan dan|uu tu)|nghe si (?:nhan dan|uu tu)|nghe nhan (?:nhan dan|uu tu))\b"
)
_STATE_FORMS = re.compile(r"\b(?:huan chuong|huy chuong|bang khen (?:cua )?thu tuong)\b")
_CLASS_NAMED = re.compile(r"\b(?:phai|la) (?:la |mot )?(?:danh hieu )?vinh du nha nuoc\b")


#: the honours of Luật 2022 Điều 59 khoản 2 as written, by their folded names (longest first)
_HONOURS_WRITTEN = (
    ("anh hung luc luong vu trang", "Anh hùng Lực lượng vũ trang nhân dân"),
    ("anh hung lao dong", "Anh hùng Lao động"),
    ("me viet nam anh hung", "Bà mẹ Việt Nam anh hùng"),
    ("me vn anh hung", "Bà mẹ Việt Nam anh hùng"),
    ("nha giao nhan dan", "Nhà giáo nhân dân"),
    ("nha giao uu tu", "Nhà giáo ưu tú"),
    ("thay thuoc nhan dan", "Thầy thuốc nhân dân"),
    ("thay thuoc uu tu", "Thầy thuốc ưu tú"),
    ("nghe si nhan dan", "Nghệ sĩ nhân dân"),
    ("nghe si uu tu", "Nghệ sĩ ưu tú"),
    ("nghe nhan nhan dan", "Nghệ nhân nhân dân"),
    ("nghe nhan uu tu", "Nghệ nhân ưu tú"),
)


def _honour_kind(pair: Pair, question: str) -> tuple[str, str] | None:
    """("Có", "<the honour> là danh hiệu vinh dự nhà nước …") when a state honour is claimed
    to be one, ("Không", …) when a state form of award (Huân chương …) is; None when the
    question claims no such class or names neither."""
    if pair.attr != "kind" or pair.entity != "khen_nha_nuoc" or not pair.yesno:
        return None
    said = " ".join(tokens(question))
    claim = _CLASS_NAMED.search(said)
    if claim is None:
        return None
    named = f" {said[: claim.start()]} "
    if _STATE_FORMS.search(named):
        return "Không", (
            "Huân chương, Huy chương, Bằng khen của Thủ tướng là hình thức khen thưởng cấp Nhà"
            " nước, không phải danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 khoản 2)."
        )
    written = next((w for f, w in _HONOURS_WRITTEN if f" {f} " in named), None)
    if written is None:
        return None
    return "Có", f"“{written}” là danh hiệu vinh dự nhà nước (Luật 2022 Điều 59 khoản 2)."


def _proposer_only(pair: Pair, question: str, model: FactModel) -> str | None:
    """The answer to "X thì xã chỉ đề nghị thôi đúng không": "Có" and who decides when the
    title is the province's or the State's (Luật 2022 Điều 74, 79), "Không" when the xã
    chairman decides it himself (NĐ 129/2025 Điều 59); None when the question claims no such
    role or the title's deciding level is unknown."""
    if not pair.yesno or pair.without or pair.attr not in ("eligible", "decides"):
        return None
    if pair.subject not in (None, "xa") or pair.authority not in (None, "xa"):
        return None
    if _ONLY_PROPOSES.search(" ".join(tokens(question))) is None:
        return None
    level = _awarding_level(model, pair.entity)
    decides = model.fact(pair.entity, "decides")
    if level is None or decides is None:
        return None
    verdict = "Không" if level == "xa" else "Có"
    return _with_verdict(verdict, _without_opener(decides.text))


def _honour_revoker(pair: Pair, question: str) -> str | None:
    """ "Có" when the question says the Chủ tịch nước strips ("tước") a state honour, "Không"
    when it names another (Thủ tướng, a chairman, a minister, a council); None when it names
    no one or does not say "tước" of a state award."""
    if pair.attr != "revoke" or pair.entity != "khen_nha_nuoc":
        return None
    said = f" {' '.join(tokens(question))} "
    if " tuoc " not in said:
        return None
    named = _STRIPPER.search(said)
    if named is None:
        return None
    return "Có" if named.group(1) == "chu tich nuoc" else "Không"


def _revoker(model: FactModel, pair: Pair, question: str = "") -> tuple[str, str] | None:
    """ "Có" when the level a revoke question names (its ``authority``) is the one the title's
    own "decides" fact opens with, "Không" with the awarding level said when it is another;
    None when either is not known (a ministry, a council, no level named). A level the question
    itself says awarded it ("giấy khen do chủ tịch tỉnh tặng") is that award's, whatever the
    title's usual awarder (task h89)."""
    decides = model.fact(pair.entity, "decides")
    if pair.authority not in ("xa", "tinh", "tw") or decides is None:
        return None
    level = _awarding_level(model, pair.entity)
    # "do / của" marks the awarder; the revoker opens the question without it
    told = [
        "tw" if m.group(1) == "thu tuong" else m.group(1)
        for m in _TOLD_AWARDER.finditer(" ".join(tokens(question)))
    ]
    if told and told[0] != level and told[0] != pair.authority:
        return "Không", (
            f"Khen thưởng anh/chị nêu do {_LEVEL_NAMES[told[0]]} quyết định tặng; người quyết"
            " định tặng mới có thẩm quyền hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
        )
    if level is None:
        return None
    if level == pair.authority:
        return "Có", ""
    awarded = re.split(r"(?<=[;.])\s", decides.text, maxsplit=1)[0].rstrip(";.")
    return "Không", (
        f"{model.entities[pair.entity]}: {awarded}; người quyết định tặng mới có thẩm quyền"
        " hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
    )


def _revoker_told(pair: Pair, question: str) -> tuple[str, str] | None:
    """ "có phải chỉ chủ tịch tỉnh mới có quyền hủy quyết định khen của xã không": no title is
    named, so the rule's general fact answers, but the question tells whose decision it is ("của
    / do xã"); who may revoke is who decided (Luật 2022 Điều 93 khoản 8), so the level claimed
    to revoke is weighed against the one told. None when no level is claimed or none told
    (task h115)."""
    if pair.authority not in ("xa", "tinh", "tw"):
        return None
    told = [
        "tw" if m.group(1) == "thu tuong" else m.group(1)
        for m in _TOLD_AWARDER.finditer(" ".join(tokens(question)))
    ]
    if not told:
        return None
    if told[0] == pair.authority:
        return "Có", ""
    return "Không", (
        f"Quyết định anh/chị nêu do {_LEVEL_NAMES[told[0]]} quyết định; người quyết định tặng"
        " mới có thẩm quyền hủy bỏ quyết định đó (Luật 2022 Điều 93 khoản 8)."
    )


#: the xã's chairman (or people's committee) told as the one who signs or decides
_XA_SIGNS = re.compile(
    r" (?:do|de|cho) (?:ong |ba )?(?:chu tich|ct|ubnd|uy ban)(?: ubnd| uy ban(?: nhan dan)?)? xa "
    r"| (?:chu tich|ct|ubnd)(?: ubnd)? xa (?:ky|ki|quyet dinh|tang|cong nhan|xet tang) "
)


def _asker_decides(question: str, body: str) -> bool:
    """ "giám đốc công ty trên địa bàn xã tự xét LĐTT … được không": the one the question opens
    with is the one the fact says decides, so the xã named after is only where the firm is and
    the fact's verdict stands as it is."""
    asked = [t for t in tokens(question) if t.isalnum()]
    start = 0
    while start < len(asked) and asked[start] in _OPENERS:
        start += 1
    head = asked[start : start + 2]
    if len(head) < 2 or "xa" in asked[start : start + 4]:  # "chủ tịch xã": the xã itself
        return False
    if _XA_SIGNS.search(f" {' '.join(asked)} "):
        # "doanh nghiệp trên địa bàn xã thì LĐTT … do chủ tịch xã ký đúng không": the firm
        # opens the question, but the one claimed to sign is the xã's chairman (task h95)
        return False
    return f" {' '.join(head)} " in f" {' '.join(tokens(body))} "


def _actor_named(asked: list[str], body: str) -> str | None:
    """ "trưởng thôn xác nhận báo cáo thành tích được không", "tổ trưởng tổ dân phố có chủ trì
    bình xét không": who the question says does a step (the words before its role verb) is
    named for that step in one sentence of the fact, brackets and alternatives included
    ("xác nhận của thủ trưởng hoặc trưởng thôn") → "Có"; None otherwise (never "Không": the
    fact may name them in other words)."""
    start = 0
    while start < len(asked) and (asked[start] in _OPENERS or not asked[start].isalnum()):
        start += 1
    for at in range(start + 2, len(asked)):
        role = next((r for r in _ROLES if tuple(asked[at : at + len(r)]) == r), None)
        if role is None:
            continue
        end = at - 1 if asked[at - 1] in {"co", "duoc", "se"} else at
        actor = asked[start:end]
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


#: words that end what is replaced: "thay cho sáng kiến khi xét …", "thay sáng kiến để …"
_SUBSTITUTE_ENDS = frozenset({"khi", "de", "duoc", "dc", "khong", "k", "ko", "trong", "o"})


def _substitutes(question: str, body: str) -> bool:
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


_LACKS = re.compile(r"\b(?:khong|chua|ko|k) co (?:sang kien|de tai)|\bthieu (?:sang kien|de tai)")
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


#: subjects that are themselves a circumstance: a fact's case for one decides it
_CASES = frozenset(
    {"ky_luat", "moi_tuyen", "thai_san", "chuyen_cong_tac", "hop_dong", "htnv", "httnv", "htxs"}
    | {"di_hoc", "nghi_om", "bi_thuong", "ky_luat_truoc"}
)
#: awards named after their level: with another level named ("bằng khen Thủ tướng") the
#: question is about that level's award, not this one
_LEVEL_NAMED = frozenset({"bang_khen_tinh"})


def _unconfirmed(question: str, fact: Fact) -> bool:
    """The question states a figure ("3 năm mới xét 1 lần") the rule does not: who may get the
    title does not answer it."""
    # months of service ("mới tuyển 8 tháng") are read against the 6-month rule by the analyser
    # and a month of the year ("tuyển từ tháng 4, đến tháng 12") dates the case, claims nothing
    folded = " ".join(fold(question).split())
    months = set(re.findall(r"(\d{1,3}) thang", folded) + re.findall(r"thang (\d{1,2})\b", folded))
    figures = _figures(question) - {"1"} - months
    return bool(figures - _figures(fact.text))


#: words that, just before a route, say the asker does not have it ("chưa có sáng kiến")
_NOT_HAVING = _NOT_WORDS | {"thieu"}


def _route_stated(
    question: str, routes: tuple[tuple[tuple[str, ...], str], ...], negated: bool = False
) -> str | None:
    """The first route of a case (as the data writes it) that the question says the asker
    has, not negated within the three words before it (with ``negated``: says they lack it,
    "chưa có sáng kiến")."""
    toks = _unscoped(tokens(question)) if routes else []
    lacked = () if negated else _lacked_spans(toks, routes)
    for route, written in routes:
        phrase = _unscoped(list(route))
        if negated:
            if _says(toks, phrase, negated=True):
                return written
        elif any(not _within(i, len(phrase), lacked) for i in _told_at(toks, phrase)):
            return written
    return None


def _told_at(toks: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    """Where the question says the phrase, not negated within the three words before it."""
    size = len(phrase)
    return [
        i
        for i in range(len(toks) - size + 1)
        if tuple(toks[i : i + size]) == phrase and not _NOT_HAVING & set(toks[max(0, i - 3) : i])
    ]


def _lacked_spans(
    toks: tuple[str, ...], routes: tuple[tuple[tuple[str, ...], str], ...]
) -> list[tuple[int, int]]:
    """The spans of the routes the question says negated ("chưa có phạm vi ảnh hưởng trong
    tỉnh"): a shorter route inside one ("ảnh hưởng trong tỉnh") is negated with it, though its
    own three words before carry no "chưa" (task h146; Luật 2022 Điều 22 khoản 1)."""
    spans = []
    for route, _written in routes:
        phrase = _unscoped(list(route))
        size = len(phrase)
        for i in range(len(toks) - size + 1):
            if tuple(toks[i : i + size]) == phrase and _NOT_HAVING & set(toks[max(0, i - 3) : i]):
                spans.append((i, i + size))
    return spans


def _within(start: int, size: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and start + size <= e for s, e in spans)


#: words that only say how far a scope reaches ("trong / toàn / cả / khắp tỉnh"): a route
#: written "áp dụng trong toàn tỉnh" is the one told "áp dụng ở cả tỉnh" or "trên toàn tỉnh"
_SCOPE_WORDS = frozenset({"trong", "toan", "ca", "khap", "o", "tren", "ra"})


def _unscoped(toks: list[str]) -> tuple[str, ...]:
    return tuple(t for t in toks if t not in _SCOPE_WORDS)


_LOOSE_WORDS = COMMON_SYLLABLES | {"co", "da", "duoc", "cac", "cua", "va", "hoac", "the"}
#: what separates the routes of a criteria text ("…, hoặc có sáng kiến …, hoặc có đề tài …")
_ROUTES_SPLIT = re.compile(r"\bhoặc\b|[;:]|\(\d\)|\.\s")


def _route_in_criteria(question: str, criteria: Fact | None) -> str | None:
    """The route of a title's criteria ("có đề tài khoa học … đã được nghiệm thu") whose own
    words the question tells at least half of (three at least), as the data writes it; None
    when it tells none."""
    if criteria is None:
        return None
    toks = tokens(question)
    told = set(toks)
    for clause in _ROUTES_SPLIT.split(criteria.text):
        words = {w for w in tokens(clause) if w.isalpha() and w not in _LOOSE_WORDS}
        if len(words & told) < 3 or len(words & told) * 2 < len(words):
            continue
        first = min(i for i, t in enumerate(toks) if t in words)
        if _NOT_HAVING & set(toks[max(first - 3, 0) : first]):
            return None  # "chưa có đề tài nghiệm thu": the route told missing
        return clause.strip(" ,.;")
    return None


def _capitalized(text: str) -> str:
    """``text`` opening with a capital letter, as a block's sentence does."""
    return text[:1].upper() + text[1:]


def _without_tuy(body: str) -> str:
    for opener in ("Tùy trường hợp. ", "Tùy: ", "Tùy. "):
        if body.startswith(opener):
            return _capitalized(body[len(opener) :])
    return body


#: the parts whose yes/no asks whether the case told reaches the title
_REACH_PARTS = frozenset({"eligible", "consecutive", "initiative"})


def _reach_short(question: str, model: FactModel, pair: Pair) -> str | None:
    """The reach of an initiative the question tells that the title's own rule names as short
    of it (its ``not_met_by``: "chỉ áp dụng trong xã" for CSTĐ tỉnh), none it names as enough
    being told too; None otherwise."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.without or pair.attr not in _REACH_PARTS or rule is None:
        return None
    if not rule.not_met_by or _route_stated(question, rule.met_by) is not None:
        return None
    if _told_not_this(model, pair, question) is not None:
        return None  # the case told is already answered as not the title's own
    return _route_stated(question, rule.not_met_by)


def _reach_lacked(question: str, model: FactModel, pair: Pair) -> str | None:
    """The route of a title's rule (its ``met_by``: "phạm vi ảnh hưởng trong tỉnh" for CSTĐ
    tỉnh) the question tells missing ("chưa có phạm vi ảnh hưởng trong tỉnh"), none told met;
    read for the rule's criteria too, which name the same route in other words."""
    rule = model.fact(pair.entity, "eligible")
    if not pair.yesno or pair.without or rule is None or not rule.not_met_by:
        return None
    if pair.attr not in _REACH_PARTS | {"criteria"}:
        return None
    if _route_stated(question, rule.met_by) is not None:
        return None
    return _route_stated(question, rule.met_by, negated=True)


def _level_short_without(model: FactModel, pair: Pair, question: str) -> Fact | None:
    """The title's rule for the level of duty the question tells ("hoàn thành tốt nhiệm vụ")
    when that level reaches the title only by a route (its ``met_by``: sáng kiến, đề tài) and
    the question tells none of them met; None otherwise."""
    rule = model.fact(pair.entity, "eligible")
    if rule is None:
        return None
    for case in pair.cases:
        own = rule.by_subject.get(case)
        if own is not None and own.met_by and _route_stated(question, own.met_by) is None:
            return own
    return None


def _lacks_initiative(question: str) -> bool:
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


#: the routes of the criteria besides an initiative ("đề tài khoa học", "đề án khoa học")
_OTHER_ROUTE = re.compile(r"\bde (?:tai|an)\b|\bcong trinh khoa hoc\b")


_YEAR = re.compile(r"\b20\d\d\b")


def _of_the_year_asked(reading: Reading) -> str:
    """The letter without its sentences told of another year than the one the asking sentences
    name ("năm 2025 em bị kỷ luật. … năm 2026 em có được xét LĐTT không"): titles are judged
    year by year, so what befell the asker another year is no circumstance of this one."""
    sentences = re.split(r"(?<=[.!?;\n])\s*", reading.question)
    # the year of the last sentence that names one: the asking sentence comes last
    wanted = next((set(y) for y in map(_YEAR.findall, reversed(sentences)) if y), set())
    if len(wanted) != 1:
        return reading.question
    return " ".join(s for s in sentences if not set(_YEAR.findall(s)) - wanted)


def _circumstance(question: str) -> bool:
    # "nếu không thì …", "nếu được thì ai ký": a follow-up on the answer, not a case told
    folded = _ON_THE_ANSWER.sub(" ", " ".join(fold(question).split()))
    # "xã bị bão quét, nhà văn hóa bị tốc mái": a disaster that struck the place is the scene
    # of a deed, not a case of the one asked about (task h106)
    folded = _STRUCK.sub(" ", folded)
    return _CIRCUMSTANCE.search(_NO_ONE_BEFELL.sub(" ", folded)) is not None


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


_PEOPLE = re.compile(
    r"(\d{1,4})\s*(?:nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|thay giao|thay co|cong nhan|nhan su"
    # an association's members are its people (task h114: "hội có 10 hội viên, 6 người đạt")
    r"|hoi vien|doan vien|dang vien|xa vien)\b"
)
#: "30 người đạt LĐTT", "30 đạt lao động tiên tiến": the count the share is about, when several
#: counts are told ("40 giáo viên …, 30 người đạt LĐTT, 2 người đạt CSTĐCS")
_ACHIEVERS = re.compile(
    r"(\d{1,4})\s*(?:([a-z]+)\s*)?(?:[a-z]+\s*)?(?:deu\s*)?dat\s*(?:danh hieu\s*)?"
    r"(?:ldtt|lao dong tien tien)\b"
)
#: "15 người LĐTT", "12 giáo viên là LĐTT": the holders counted by a noun of people with no
#: "đạt" (task h95); the noun is needed, else "năm 2025 LĐTT" would count a year
_HOLDERS_COUNTED = re.compile(
    r"(\d{1,4})\s*(nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|thay giao|cong nhan)\s*(?:deu\s*)?"
    r"(?:la\s*)?(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)
#: words between a count and "đạt" that are no noun counting people ("3 đều đạt"); "co" stays:
#: "7 cô đạt" (folded like "20 có đạt") counts teachers, and "12 cô" is then the whole
_NOT_A_COUNT = frozenset({"deu", "nguoi", "da", "cung", "duoc", "dc", "thi"})
#: a share of people told as a percentage of the title's holders ("75% LĐTT", "80 % đạt lao
#: động tiên tiến"), not a rule claimed ("cần 75 %", "tối thiểu 75 %", "tỷ lệ là 75 %")
_SHARE_TOLD = re.compile(
    r"(?<![\d.,])(\d{1,3})\s*(?:%|phan tram)\s*(?:[a-z]+\s*){0,2}?(?:dat\s*)?"
    r"(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)
_RULE_WORDS = ("can", "phai", "it nhat", "toi thieu", "tren", "quy dinh", "la", "yeu cau", "tu")


def _stated_as_rule(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is what the rule requires ("cần 75 % LĐTT", "phải 2/3 số
    người"), not the asker's own unit: a word of the rule among the three words before it."""
    before = f" {' '.join(text[:at].split()[-3:])} "
    return any(f" {w} " in before for w in _RULE_WORDS)


def _told_share(text: str) -> int | None:
    """The share of title holders a question tells of its own unit ("trường mình … 75% LĐTT"),
    or None when it tells none or states it as what the rule requires ("cần 75 % LĐTT")."""
    for found in _SHARE_TOLD.finditer(text):
        if _stated_as_rule(text, found.start()):
            continue
        share = int(found.group(1))
        if 0 < share <= 100:
            return share
    return None


#: "15/22 người đạt LĐTT", "9/12 gv LĐTT": holders of the title told as a part of the whole
_FRACTION_TOLD = re.compile(
    r"(?<![\d.,/])(\d{1,4})\s*/\s*(\d{1,4})(?![\d/])\s*"
    # only a noun counting people may stand between: "8/2026 chị được LĐTT" is a month
    r"(?:(?:nguoi|ca nhan|cb|cong chuc|thanh vien|dong chi|giao vien|vien chuc|nhan vien"
    r"|can bo|cbcc|cbccvc|lao dong|gv|nv|cbnv|cbgv|co giao|cong nhan|hoi vien|doan vien"
    r"|dang vien|xa vien)\s*)?(?:deu\s*)?(?:dat\s*)?(?:danh hieu\s*)?(?:ldtt|lao dong tien tien)\b"
)


def _told_fraction(text: str) -> tuple[int, int] | None:
    """The (part, whole) of title holders a question tells as "A/B" of its own unit, or None
    when it tells none or claims the fraction as the rule ("phải 2/3 số người đạt LĐTT")."""
    for found in _FRACTION_TOLD.finditer(text):
        if _stated_as_rule(text, found.start()):
            continue
        part, whole = int(found.group(1)), int(found.group(2))
        if 0 <= part <= whole and whole:
            return part, whole
    return None


def _holders_told(toks: list[str], label: str, model: FactModel) -> bool | None:
    """Whether a question counts holders of the title a rule's condition names ("có cá nhân đạt
    Chiến sĩ thi đua cơ sở" told as "3 người CSTĐCS", "có 2 CSTĐCS"): True for a count above
    zero, False for "0 người …" / "không ai …", None when it counts none or the label names no
    title."""
    folded = tuple(tokens(label))
    named = [
        key
        for key, name in model.entities.items()
        if (t := tuple(tokens(name)))
        and any(folded[i : i + len(t)] == t for i in range(len(folded)))
    ]
    if not named:
        return None
    aliases = [phrase for key in named for phrase in model.names_of("entity", key)]
    result = None
    for i in range(len(toks)):
        for alias in aliases:
            if tuple(toks[i : i + len(alias)]) != alias:
                continue
            before = toks[max(0, i - 4) : i]
            if {"khong", "chua", "ko", "k"} & set(before[-3:]) and "ai" in before:
                return False
            numbers = [t for t in before if t.isdigit()]
            if numbers:
                if int(numbers[-1]) == 0:
                    return False
                result = True
    return result


_MINIMUM = re.compile(r"(tren|it nhat|toi thieu|tu)\s*(\d{1,3})\s*%")
_MINIMUM_WORDS = {"tren": "trên", "it nhat": "ít nhất", "toi thieu": "tối thiểu", "tu": "từ"}


#: a minimum share claimed as the rule: "phải 2/3 số người", "cần ít nhất 70 %", "phải trên 60%"
_SHARE_CLAIMED = re.compile(
    r"\b(?:phai|can|bat buoc|it nhat|toi thieu)\s+(?:co\s+|dat\s+)?(?:tren\s+|it nhat\s+)?"
    r"(?:(\d{1,3})\s*/\s*(\d{1,3})|(\d{1,3})\s*(?:%|phan tram))"
)


#: the cap fact's minimum share of members holding LĐTT
_LDTT_MINIMUM = re.compile(
    r"(tren|it nhat|toi thieu|tu)\s*(\d{1,3})\s*%(?:\s+\w+){0,5}?\s+dat lao dong tien tien"
)
#: what follows a share claimed of LĐTT holders: "(số người / cá nhân) đạt LĐTT"
_LDTT_AFTER = re.compile(r"^(?:\s+\w+){0,4}?\s+(?:dat\s+)?(?:ldtt|lao dong tien tien)\b")


def _threshold_claimed(question: str, model: FactModel, entity: str) -> str | None:
    """The note saying the title's own minimum share when the question claims another one as
    the rule ("phải 2/3 số người đạt LĐTT" against "trên 50 %"); None when it claims none, the
    one it claims is the title's, or the title has no minimum share."""
    cap = model.facts.get(entity, {}).get("cap")
    if cap is None:
        return None
    # the share of the title's members holding LĐTT ("trên 50 % cá nhân … đạt Lao động tiên
    # tiến"), never its other shares ("100 % hoàn thành nhiệm vụ")
    own = _LDTT_MINIMUM.search(" ".join(fold(cap.text).split()))
    if own is None:
        return None
    word, minimum = own.group(1), int(own.group(2))
    text = " ".join(fold(question).split())
    said = _SHARE_CLAIMED.search(text)
    if said is None or _LDTT_AFTER.match(text[said.end() :]) is None:
        return None
    if said.group(3) is not None:
        share, shown = float(said.group(3)), f"{said.group(3)} %"
    else:
        part, whole = int(said.group(1)), int(said.group(2))
        if not whole or part >= whole:
            return None
        share, shown = 100 * part / whole, f"{part}/{whole}"
    if abs(share - minimum) < 1:
        return None
    rule = f"{_MINIMUM_WORDS.get(word, word)} {minimum} %"
    return f"Mức luật quy định là {rule}, không phải {shown}."


def _ratio_verdict(
    question: str, model: FactModel, entity: str, share_only: bool = False
) -> tuple[str, str] | None:
    """ "Không" when the head-count the question gives falls short of the title's minimum share
    (its cap fact: "trên 50 %", "ít nhất 70 %"); when it is met, "Có" if the question also states
    every other figure the rule needs (the cap fact's ``also``), else "Tùy"."""
    text = " ".join(fold(question).split())
    found_achievers = list(_ACHIEVERS.finditer(text))
    found_achievers += [
        m
        for m in _HOLDERS_COUNTED.finditer(text)
        if not any(a.start() <= m.start() < a.end() for a in found_achievers)
    ]
    found_achievers.sort(key=lambda m: m.start())
    achievers = [int(m.group(1)) for m in found_achievers]
    # "trường có 32 gv, 20 có đạt LĐTT": the achievers are a count of people too
    # a count inside the achievers' own words ("9 người đạt LĐTT") is no second count: the
    # whole must be told apart ("20 cô giáo và nhân viên"), else 9 of 9 reads as 100 %
    counts = [
        int(m.group(1))
        for m in _PEOPLE.finditer(text)
        if not any(a.start() <= m.start() < a.end() for a in found_achievers)
    ] + achievers
    # "12 cô …, 7 cô đạt LĐTT": whatever noun counts the achievers counts the whole too
    for m in found_achievers:
        noun = m.group(2)
        if noun and noun not in _NOT_A_COUNT:
            counts += [int(n) for n in re.findall(rf"\b(\d{{1,4}})\s*{noun}\b", text)]
    told_share = _told_share(text)
    fraction = _told_fraction(text)
    if fraction is not None:
        # "15/22 người đạt LĐTT": the part and the whole are told together; any other count
        # ("1 cô giáo bị cảnh cáo", "1 người đạt CSTĐCS") is no share of the unit
        achievers, counts = [fraction[0]], list(fraction)
    cap = model.facts.get(entity, {}).get("cap")
    if ((len(counts) < 2 or not max(counts)) and told_share is None) or cap is None:
        return None
    found = [(w, int(n)) for w, n in _MINIMUM.findall(" ".join(fold(cap.text).split()))]
    found = [(w, n) for w, n in found if n < 100]
    if not found:
        return None
    word, minimum = found[0]
    if len(counts) >= 2 and max(counts):
        part = achievers[0] if achievers and achievers[0] < max(counts) else min(counts)
        share = 100 * part / max(counts)
        stated = f"{part}/{max(counts)} = {share:.0f} %".replace(".", ",")
    else:
        share = told_share or 0
        stated = f"{share} %"
    met = share > minimum if word == "tren" else share >= minimum
    # the rule's own figure goes with the asker's, so the answer shows what was compared
    rule = f"mức {_MINIMUM_WORDS.get(word, word)} {minimum} %"
    if not met:
        return "Không", f"Tỷ lệ anh/chị nêu ({stated}) chưa đạt {rule}."
    toks = tokens(question)
    denied = [
        label
        for label, said in cap.also
        if any(_says(toks, p, negated=True) for p in said)
        or _holders_told(toks, label, model) is False
    ]
    if denied:
        # "… 30 người đạt LĐTT, không ai đạt CSTĐCS": another figure the rule needs is told unmet
        return (
            "Không",
            f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}, nhưng chưa có: {', '.join(denied)}.",
        )
    done = _duty_done(toks)
    whole = max(counts) if counts else None
    unsaid = [
        label
        for label, said in cap.also
        if not any(_says(toks, p) or _says(done, p) for p in said)
        and not _holders_told(toks, label, model)
        and not _figure_told(done, label, whole)
    ]
    if cap.also and not unsaid:
        return (
            "Có",
            f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}; các điều kiện khác anh/chị nêu cũng đạt.",
        )
    rest = f"; còn cần: {', '.join(unsaid)}" if unsaid else "; còn phải đạt các tiêu chuẩn khác"
    # "tỉ lệ như vậy có đủ không" asks about the share: a rule that is only a share is met, and
    # the other criteria (a duty level among them) are a note; one with figures of its own in
    # ``also`` ("100 % cá nhân hoàn thành nhiệm vụ") is a share too, and still needs them
    figured = [label for label, _ in cap.also if any(c.isdigit() for c in label)]
    verdict = "Có" if share_only and not figured else "Tùy"
    if share_only and _SHARE_OF_TITLE.search(text):
        # "có đủ tỉ lệ LĐTT không": the share of that title is what is asked, and it is met;
        # what else the rule needs is said with it (task h101)
        verdict = "Có"
    return verdict, f"Tỷ lệ anh/chị nêu ({stated}) đạt {rule}{rest}."


#: "tỉ lệ LĐTT", "tỷ lệ lao động tiên tiến": the share asked is of that title
_SHARE_OF_TITLE = re.compile(r"\bt[iy] le (?:dat )?(?:ldtt|lao dong tien tien)\b")
#: a rule's own share of the whole ("100 % cá nhân hoàn thành nhiệm vụ"): the figure, then what
#: the members must do
_FIGURED_LABEL = re.compile(r"^(\d{1,3}) ?% (?:ca nhan )?(.+)$")
#: words that may stand between a share or a count told and what those members did ("100 %
#: giáo viên đều hoàn thành …", "cả 10 người hoàn thành …"): at most this many
_BETWEEN = 4


def _figure_told(toks: list[str], label: str, whole: int | None) -> bool:
    """Whether the question tells the figure a condition of the rule sets for the members,
    whatever noun it counts them by: "100 % giáo viên hoàn thành nhiệm vụ" or "cả 10 người hoàn
    thành nhiệm vụ" (the whole count told) meets "100 % cá nhân hoàn thành nhiệm vụ"; a
    smaller share, or one negated before it, does not."""
    found = _FIGURED_LABEL.match(" ".join(tokens(label)))
    if found is None:
        return False
    need, act = int(found.group(1)), tuple(found.group(2).split())
    for i in range(len(toks) - len(act) + 1):
        if tuple(toks[i : i + len(act)]) != act or _NOT_HAVING & set(toks[max(0, i - 3) : i]):
            continue
        before = toks[max(0, i - _BETWEEN - 2) : i]
        # the count nearest the act, within its own clause, is the one that did it
        j = len(before) - 1
        while j >= 0 and not before[j].isdigit() and (before[j].isalpha() or before[j] == "%"):
            j -= 1
        if j < 0 or not before[j].isdigit():
            continue
        share_told = j + 1 < len(before) and before[j + 1] in {"%", "phan"}
        if share_told and int(before[j]) >= need:
            return True
        # "cả 10 người …" against the whole told elsewhere: every member, when the rule asks
        # all of them
        if not share_told and need == 100 and whole and int(before[j]) == whole:
            return True
    return False


#: a level's name as the one a submit fact says sends the proposal ("Xã gửi hồ sơ …")
_SENDERS = {"xa": ("xa", "ubnd xa"), "thon": ("thon", "truong thon")}


def _sends(question: str, body: str) -> bool:
    """Whether the question names a level as proposing and ``body`` opens by naming that level
    as the one that sends or submits ("Xã gửi hồ sơ …"); a claim on how it is sent ("… qua
    huyện") is another question, left to the fact's own text."""
    level = proposing_level(question)
    if level is None:
        return False
    opening = " ".join(tokens(body)[:4])
    # "Hồ sơ gửi Sở Nội vụ …": the dossier the level asked about sends, its sender unnamed
    senders = ("ho so", *_SENDERS.get(level, ()))
    return any(
        opening.startswith(f"{name} {verb}")
        for name in senders
        for verb in ("gui", "trinh", "nop", "de nghi")
    )


#: levels of duty above "hoàn thành nhiệm vụ": each includes it
_ABOVE_DONE = (("tot",), ("xuat", "sac"))


def _duty_done(toks: list[str]) -> list[str]:
    """ "tất cả đều hoàn thành xuất sắc nhiệm vụ" also says "… hoàn thành nhiệm vụ": a level
    above the one a rule needs meets it (the level's words dropped). Only for what is had: "không
    hoàn thành tốt nhiệm vụ" does not deny "hoàn thành nhiệm vụ"."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        if i >= 2 and toks[i - 2 : i] == ["hoan", "thanh"]:
            for level in _ABOVE_DONE:
                after = toks[i + len(level) : i + len(level) + 2]
                if tuple(toks[i : i + len(level)]) == level and after == ["nhiem", "vu"]:
                    i += len(level)
                    break
        out.append(toks[i])
        i += 1
    return out


def _says(toks: list[str], phrase: tuple[str, ...], negated: bool = False) -> bool:
    """The question says the phrase, not negated within the three words before it (or, with
    ``negated``, says it negated: "không ai đạt CSTĐCS")."""
    size = len(phrase)
    return any(
        tuple(toks[i : i + size]) == phrase
        and bool(_NOT_HAVING & set(toks[max(0, i - 3) : i])) == negated
        for i in range(len(toks) - size + 1)
    )


#: titles an enterprise's director gives its own staff (Luật 2022 Điều 80 khoản 4); a giấy
#: khen for the enterprise itself is still the xã chairman's
_DIRECTOR_TITLES = frozenset({"ldtt", "cstdcs", "ttldtt"})

#: attributes whose facts state a rule's figure (days, %, times, copies): a figure the question
#: claims is checked against them; who may get a title states thresholds ("dưới 6 tháng"), not
#: a value to match, and an amount answers by itself
_FIGURED = frozenset({"publicity", "publicity_list", "deadline", "cap", "consecutive", "dossier"})
_LEVEL_CASES = frozenset({"htnv", "httnv", "htxs"})
_DOC_KIND = {"NĐ-CP": "Nghị định", "TT-BNV": "Thông tư"}

#: attributes whose yes/no verdict answers "is X required?"
_REQUIREMENTS = frozenset({"initiative"})


#: a saying that lacking the requirement loses the title: "(chị văn phòng bảo) không có sáng
#: kiến thì khỏi đăng ký / thì không được CSTĐCS" (the negation before a "thì" that is not the
#: "thi" of "thi đua")
_LACKING_THEN = re.compile(r"\b(?:khong|ko|k|chua|chang) (?:co )?\w+.*? thi (?!dua\b)")


def _requirement_loss_reported(pair: Pair, question: str) -> bool:
    """A requirement fact ("CSTĐCS: Sáng kiến", whose verdict answers "is it required?") and a
    saying reported that lacking it loses the title: the saying claims it is required, which
    the fact's own verdict already answers, so the reported-denial turn must not turn it
    (task h126; Luật 2022 Điều 23 khoản 2: sáng kiến is one route among three)."""
    if pair.attr not in _REQUIREMENTS or pair.without:
        return False
    said = folded_words(claim_put_up(question))
    return _LACKING_THEN.search(said) is not None


#: "không có / chưa có / thiếu …": a paper told missing from a dossier
_LACKING = re.compile(
    r"\b(?:khong co|chua co|thieu|khong kem|chua kem|khong gui|chua gui|khong nop|chua nop"
    r"|khong lam|chua lam|ko co|k co)\s+(?:ban\s+|cai\s+)?([a-z]+ [a-z]+)"
)
#: words in a dossier's clause that make the paper optional or one case of several
_OPTIONAL = (" chi khi ", " neu ", " hoac ", " khong can ", " tuy ", " khong bat buoc ")


def _lacking_item(question: str, body: str) -> str | None:
    """The paper of a dossier ``body`` that the question says is missing ("trưởng thôn gửi …
    nhưng không có biên bản họp" against "…; biên bản họp bình xét"), as the body words it;
    None when it tells none missing, or the body makes that paper optional."""
    asked = folded_words(question)
    told = [m.group(1) for m in _LACKING.finditer(asked)]
    if not told:
        return None
    for clause in re.split(r"[;:.]\s*|,\s+", body):
        words = f" {folded_words(clause)} "
        # "(kết quả biểu quyết hoặc bỏ phiếu kín)" says how the paper is made, not that it is
        # one route among several
        plain = f" {folded_words(re.sub(r'[(][^)]*[)]', ' ', clause))} "
        if any(o in plain for o in _OPTIONAL):
            continue
        for paper in told:
            if f" {paper} " in words:
                return clause.strip().rstrip(".")
    return None


#: the list of papers a dossier fact requires: "01 bộ gồm: a; b; c." (its first sentence)
_REQUIRED = re.compile(r"gồm:\s*([^.]*)")
#: a sufficiency asked of what the letter told ("như vậy đủ chưa", "thế đã đủ không")
#: (task h144) or the claim of enough put up: "chỉ cần tờ trình là đủ đúng không / à"
_ENOUGH_ASKED = re.compile(
    r"\b(?:du|day du) (?:chua|khong|ko|k|chu|roi)\b"
    r"|\b(?:la|thi) du(?: roi)?(?: (?:dung|phai|that))? (?:khong|ko|k|hong|chu|chua|a|ha)\b"
)


#: the verb that sends a dossier somewhere, and the places it may be claimed to go
_SENT = re.compile(r"\b(?:nop|gui|trinh|chuyen)\b")
_PROVINCE = re.compile(r"\b(?:so noi vu|tinh)\b")
_COMMUNE = re.compile(r"\b(?:xa|mot cua|trung tam phuc vu)\b")


#: a form of award named in a question, and where its file goes (domain.md, table of titles)
_FORM_NAMED = re.compile(r"\b(?:giay khen|bang khen)\b")
_FORM_PLACE = {"giay khen": "xa", "bang khen": "tinh"}


def _place_of(text: str) -> str | None:
    """Where a submission fact sends the dossier: the province (Sở Nội vụ named, not denied)
    or the xã; None when it names neither."""
    folded = folded_words(text)
    folded = re.sub(
        r"\bkhong (?:gui |nop |qua |trinh )?(?:len )?[a-z ]*?(?:huyen|tinh)\b", " ", folded
    )
    if "so noi vu" in folded:
        return "tinh"
    return "xa" if _COMMUNE.search(folded) else None


def _place_claimed(asked: str, submit: Fact | None) -> tuple[str, str] | None:
    """ "giấy khen của chủ tịch xã có phải nộp lên tỉnh không": the place the question says
    the dossier is sent to (after the verb that sends it) against the one the title's
    submission fact names: ("Có" or "Không", that fact's text); None when no place is claimed
    or the fact names none (the district is the reform block's to answer)."""
    if submit is None:
        return None
    folded = folded_words(asked)
    sent = _SENT.search(folded)
    if not sent:
        return None
    after = folded[sent.end() :]
    claimed = "tinh" if _PROVINCE.search(after) else "xa" if _COMMUNE.search(after) else None
    place = _place_of(submit.text)
    if submit.verdict and submit.verdict.startswith("Tùy"):
        # khen đột xuất, khen theo chuyên đề: where the file goes depends on the form, so only
        # a form the question names decides it (the xã chairman's giấy khen stays at the xã)
        place = _FORM_PLACE.get(next(iter(_FORM_NAMED.findall(folded)), ""))
    if claimed is None or place is None:
        return None
    return ("Có" if claimed == place else "Không"), submit.text


#: what makes a yes/no ask whether a thing is required ("có cần", "có phải", "bắt buộc")
_NEED_ASKED = re.compile(rf"\b(?:{'|'.join(REQUIRE_WORDS)})\b")


def _papers_required(found: re.Match[str]) -> tuple[list[str], list[str]]:
    """The papers a dossier's "gồm: …" list requires, and each one's head: its first two words
    folded, its bracketed note left out ("tờ trình", "biên bản"), which is how a letter names it."""
    papers = [p.strip() for p in found.group(1).split(";") if p.strip()]
    heads = [" ".join(folded_words(re.sub(r"[(][^)]*[)]", " ", p)).split()[:2]) for p in papers]
    return papers, heads


def _paper_required(asked: str, body: str) -> str | None:
    """ "hồ sơ giấy khen có cần biên bản họp hội đồng không": "Có" when the paper the question
    asks to be required (known by its first two words) is one of the list the dossier fact
    requires ("01 bộ gồm: …"); None otherwise (a paper the list does not name may be required
    by another rule: silence decides nothing, and a negated clause is ``denied``'s)."""
    folded = folded_words(asked)
    need = _NEED_ASKED.search(folded)
    found = _REQUIRED.search(body)
    if not need or not found:
        return None
    claim = f" {folded[need.end() :]} "
    if _PART_OF_DOSSIER.match(f" {claim.strip()}"):
        # "biên bản họp hội đồng có phải là 1 thành phần trong hồ sơ không": the paper is
        # named before the asking words, which ask whether it belongs to the list (task h95)
        claim = f" {folded[: need.start()]} "
    heads = _papers_required(found)[1]
    if any(len(h.split()) == 2 and f" {h} " in claim for h in heads):
        return "Có"
    # "hồ sơ CSTĐCS có bắt buộc kèm xác nhận sáng kiến không" against "Chỉ khi đề nghị theo con
    # đường sáng kiến … mới cần thêm giấy công nhận sáng kiến": a paper the fact requires only in
    # a case is "Tùy" that case (task h90)
    for sentence in _SENTENCE_SPLIT.split(body):
        said = f" {folded_words(sentence)} "
        if any(c in said for c in _PAPER_CASE) and any(
            f" {w} " in said for w in _PAPER_KEYS if f" {w} " in claim
        ):
            # "đề nghị CSTĐCS vì có sáng kiến thì hồ sơ phải kèm chứng nhận sáng kiến": the
            # case the paper is required in is the one told before the asking words (task h101)
            return "Có" if _ROUTE_TOLD.search(f" {folded[: need.start()]} ") else "Tùy"
    return None


#: the route a proposal takes told as the asker's case: "vì có sáng kiến", "theo đường đề tài"
#: (not "không / chưa có sáng kiến")
_ROUTE_TOLD = re.compile(
    r"(?<!khong )(?<!chua )(?<!ko )\bco (?:sang kien|de tai)\b"
    r"|\btheo (?:con )?duong (?:sang kien|de tai)\b"
    # "xét CSTĐCS bằng sáng kiến" (task h144)
    r"|\bbang (?:con duong )?(?:sang kien|de tai)\b"
)


#: "… có phải là (một) thành phần / giấy tờ (bắt buộc) trong hồ sơ": belonging to the list
_PART_OF_DOSSIER = re.compile(r" (?:la )?(?:1 |mot )?(?:thanh phan|giay to|tai lieu|phan)\b")
#: words of a sentence that make the paper it names required in a case only
_PAPER_CASE = (" chi khi ", " neu ", " truong hop ")
#: what a conditional paper is about, as the question and the fact both name it
_PAPER_KEYS = ("sang kien", "de tai", "nghiem thu")


def _papers_listed(question: str, asked: str, body: str) -> tuple[str, str] | None:
    """ "Em chuẩn bị hồ sơ LĐTT gồm tờ trình và danh sách. Như vậy đủ chưa?": the papers the
    question lists read against those the dossier fact requires (each known by its first two
    words, "tờ trình", "báo cáo", "biên bản"): ("Không", the papers not listed) when some are
    not, ("Có", "") when all are; None when sufficiency is not asked or no required paper is
    listed (nothing told to judge)."""
    folded = folded_words(question)
    if not _ENOUGH_ASKED.search(folded_words(asked or question)):
        return None
    found = _REQUIRED.search(body)
    if not found:
        return None
    papers, heads = _papers_required(found)
    told = [f" {h} " in f" {folded} " for h in heads]
    if len(papers) < 2 or not any(told):
        return None
    missing = [p for p, t in zip(papers, told, strict=True) if not t]
    return ("Không", "; ".join(missing)) if missing else ("Có", "")


#: the asking clause claims a thing was abolished or no longer holds
_GONE = re.compile(
    r"\b(?:(?:bi|da|duoc) (?:bai )?bo|bai bo|bo roi|khong con|het hieu luc|xoa bo|giai the)\b"
)
#: a lead sentence saying the thing no longer exists or applies
_GONE_STATED = re.compile(r"\b(?:khong con|bo hinh thuc|da bo|bai bo|het hieu luc)\b")
#: the asking clause ends putting a claim up for confirmation
_CONFIRM_ASKED = re.compile(r"\b(?:dung|phai|that)\s*(?:khong|ko|k|hong|chu|a|ha)?\s*$")


def claimed_gone(question: str, body: str) -> bool:
    """The asking clause claims the thing is gone ("đã bị bỏ", "không còn", "hết hiệu lực …
    đúng không") and the fact's lead sentence states that it is: the claim is confirmed."""
    text = folded_words(question)
    asked = _CONFIRM_ASKED.search(text)
    if asked is None:
        return False
    # only the last clause is the claim: "huyện đã bỏ, nay xã ký đúng không" claims the xã
    clause = re.split(r"[,.;:?!]", " ".join(fold(question).split()))
    clause = [c for c in clause if c.strip()]
    if not clause or _GONE.search(folded_words(clause[-1])) is None:
        return False
    opened = body.strip()
    for opener in ("Không. ", "Có. "):
        opened = opened.removeprefix(opener)
    lead = re.split(r"(?<=[.!?])\s+", opened, maxsplit=2)
    stated = folded_words(" ".join(lead[:2]))
    return _GONE_STATED.search(stated) is not None


_BROKEN_RUN = "Các lần anh/chị nêu không liên tục nên không đủ: tiêu chuẩn tính các lần liên tục."


def _broken_run_told(model: FactModel, pair: Pair, question: str) -> bool:
    """A yes/no on a title whose rule counts times in a row (its ``consecutive`` fact has
    ``years``), told of times that are not in a row ("không liên tục", "ngắt quãng")."""
    run = model.fact(pair.entity, "consecutive")
    return (
        pair.yesno
        and pair.attr in ("consecutive", "eligible", "criteria")
        and run is not None
        and bool(run.years)
        and run_broken(question)
    )


#: attributes whose facts name each paper's form ("Tờ trình (Mẫu 04)")
_FORMED = frozenset({"dossier", "form"})


def _exemption_of_tax(pair: Pair, question: str) -> bool:
    """The tax part asked or claimed exempt ("tiền thưởng có được miễn thuế thu nhập không"):
    the fact's "không tính vào thu nhập chịu thuế" is then the exemption itself, no denial of
    the claim, and its verdict (to "is it taxed?") turns round (TT 111/2013/TT-BTC Điều 2
    khoản 2 điểm e.1; task h142)."""
    return pair.attr == "tax" and pair.yesno and exemption_asked(question)


def asks_yesno(question: str) -> bool:
    """The question read as a whole asks yes or no (whatever its parts were read as)."""
    words = [NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum()]
    # "… thì nhận cả 2 khoản tiền à": typed without marks, "à" (put up for confirmation) and
    # "ạ" (only polite) are one word; the fact's own verdict stays for it
    return is_yesno(words) or bool(words and words[-1] in {"a", "ha", "ah", "ak"})


def _other_criteria(
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


#: the province claimed to detail a standard: "do (ubnd) tỉnh quy định (chi tiết)"
_PROVINCE_DETAILS = re.compile(r"\b(?:ubnd |uy ban nhan dan |uy ban )?tinh (?:tu )?quy dinh\b")
#: how a criteria fact says the province details it
_DETAILED_BY_PROVINCE = "tinh quy dinh chi tiet"


def _province_details_claimed(pair: Pair, question: str, body: str) -> bool:
    """The yes/no claims the province details a title's standard ("tiêu chuẩn GĐVH do UBND tỉnh
    quy định chi tiết đúng k") and the criteria fact says it does (NĐ 86/2023 on the national
    frame; Luật 2022 Điều 75 khoản 2); "chung cả nước không hay tỉnh quy định" asks a choice,
    not this claim (task h137)."""
    asked = tokens(question)
    return (
        pair.yesno
        and pair.attr == "criteria"
        and _PROVINCE_DETAILS.search(" ".join(asked)) is not None
        and "hay" not in asked
        and _DETAILED_BY_PROVINCE in fold(body)
    )


#: the Sở Nội vụ (or its director) claimed to sign: "do (giám đốc) sở nội vụ ký", "sở nội vụ
#: quyết định"
_SO_NOI_VU_SIGNS = re.compile(r"\bso noi vu (?:tinh )?(?:ky|quyet dinh|cong nhan)\b")


#: a rule restated with its routes ("… hoặc có sáng kiến"): confirmed, the route not required
_ROUTE_RESTATED = "Đúng như anh/chị nêu, đây là một trong các con đường của tiêu chuẩn."


#: the councils that advise on titles (Luật 2022 Điều 90): actors, not titles
_COUNCILS = frozenset({"hoi_dong_xa", "hoi_dong_tw"})


def _unasked_verdict_dropped(body: str) -> str:
    """``body`` without a bare "Có." / "Không." opening it (a "Có, nếu …" keeps its
    condition)."""
    for opener in ("Có. ", "Không. "):
        if body.startswith(opener):
            return _capitalized(body[len(opener) :])
    return body


def _without_opener(body: str) -> str:
    for opener in ("Có. ", "Không. ", "Có, ", "Không, "):
        if body.startswith(opener):
            return _capitalized(body[len(opener) :])
    return body


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


#: a clause that opens with a date alone ("tháng 8/2026 thì …", "ngày 10/9/2026 …")
_BARE_DATE = re.compile(r"\s*(?:tháng|thang|ngày|ngay)\s+\d{1,2}\s*/")
#: a later clause asking the prize on the base now in force ("… năm 2026 lương mới thì …")
_NEW_BASE = ("luong co so moi", "muc luong moi", "luong moi", "sau khi tang luong")


def _other_decisions(
    question: str, paid: date, salaries: SalaryTable, as_of: date | None = None
) -> list[date]:
    """Decision dates a question gives in its later clauses ("…, nếu quyết định tháng 8/2026
    thì bao nhiêu", "ký tháng 6/2026 và đợt ký tháng 12/2026"; "… lương cũ và … lương mới" names
    the base in force on ``as_of``) whose base differs from the one ``paid`` uses, one per base."""
    # a letter's sentences are clauses too ("QĐ … ký 28/6/2026. QĐ … sẽ ký tháng 12/2026. …")
    # "quyết định tháng 1/2026 với quyết định tháng 12/2026": "với" joins two decisions too
    clauses = re.split(
        r",|;|[.?!](?:\s|$)|\bnếu\b|\bneu\b|\bcòn\b|\bcon\b|\bvà\b|\bva\b|\bvới\b|\bvoi\b",
        question,
    )
    bases = {salaries.at(paid).start}
    out = []
    for clause in clauses[1:]:
        on = decided_on(clause) or _decided_after_month(clause)
        if on is None and _BARE_DATE.match(clause):
            # "quyết định tháng 3/2026 và tháng 8/2026": a date listed after a dated decision
            # dates another decision of the same list
            on = decided_on(f"quyết định {clause}")
        if on is None and as_of is not None and any(c in _words_of(clause) for c in _NEW_BASE):
            on = as_of
        if isinstance(on, date) and salaries.at(on).start not in bases:
            bases.add(salaries.at(on).start)
            out.append(on)
    return out


#: "quyết định sau tháng 7/2026": a decision signed after that month (task h136)
_AFTER_MONTH = re.compile(
    r"\b(?:quyet dinh|qd|ky) (?:\S+ ){0,2}sau (?:thang )?(\d{1,2})[ /](20\d\d)\b"
)


def _decided_after_month(clause: str) -> date | None:
    """The first day after the month a decision is told signed after; None without one."""
    found = _AFTER_MONTH.search(folded_words(clause))
    if found is None:
        return None
    month, year = int(found.group(1)), int(found.group(2))
    if not 1 <= month <= 12:
        return None
    return date(year + month // 12, month % 12 + 1, 1)


#: a year's titles are decided at its review: late December or January for the calendar year,
#: June to August for the school year (domain.md, calendar of the year)
_TITLE_YEAR = re.compile(r"\bnam (20\d\d)\b")
_NOW_ASKED = frozenset({"nay", "gio", "hien", "tiep"})
_TITLE_YEAR_NOTE = (
    "Tiền thưởng danh hiệu năm {year} tính theo mức lương cơ sở tại ngày ký quyết định khen"
    " (thường cuối năm {year} hoặc trong năm {next}), không theo mức lương cơ sở hiện nay."
)


def _title_year_bases(
    question: str, as_of: date, salaries: SalaryTable, names: Iterable[tuple[str, ...]]
) -> tuple[int, date, list[date]] | None:
    """The one past year a money question gives the title itself ("LĐTT năm 2024", named right
    before the year), when the base in force over its review (01/12 of that year to 31/8 of the
    next) is not today's: the year, the first day of that window and the start of each later
    base inside it. None otherwise, or when the window starts before the bases we keep."""
    toks = tokens(question)
    years = {int(y) for y in _TITLE_YEAR.findall(" ".join(toks))}
    if len(years) != 1 or _NOW_ASKED & set(toks):
        # "năm 2024 huyện công nhận …, năm nay thưởng bao nhiêu": the year is the story's, the
        # prize asked is today's
        return None
    year = years.pop()
    at = next(i for i in range(len(toks) - 1) if toks[i : i + 2] == ["nam", str(year)])
    if not any(n and tuple(toks[max(at - len(n), 0) : at]) == tuple(n) for n in names):
        # "năm 2025 chị có sáng kiến …, CSTĐ tỉnh thưởng bao nhiêu": a year of the story, not
        # the title's own
        return None
    start, end = date(year, 12, 1), date(year + 1, 8, 31)
    if year >= as_of.year or start < salaries.rows[0].start or end >= as_of.replace(day=1):
        return None
    if salaries.at(start) == salaries.at(as_of) and salaries.at(end) == salaries.at(as_of):
        return None
    later = [r.start for r in salaries.rows if start < r.start <= end]
    return year, start, later


#: a rule told as hearsay ("nghe nói phải đủ 10 tháng"), and the words that put a claim up
#: for confirmation ("đúng không", "có đúng vậy không")
_HEARSAY = re.compile(r"\bnghe (?:noi|bao|dau|nguoi ta noi)\b|\bco nguoi (?:noi|bao)\b")
_CONFIRM = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chua|ko a|k a)\b|\bco dung\b")


def _heard_not_asked(asking: str) -> bool:
    """ "tôi có được xét LĐTT không, nghe nói phải đủ 10 tháng?": a figure required is told as
    hearsay, not put up for confirmation; with the asker's own service told, their case is
    the yes/no (the rule is still said in the answer)."""
    said = " ".join(fold(asking).split())
    return _HEARSAY.search(said) is not None and _CONFIRM.search(said) is None


def _last_clause(question: str) -> list[str]:
    """The folded words after the question's last comma, semicolon or sentence end."""
    toks = tokens(question)
    ends = [i for i, t in enumerate(toks) if t in {",", ";", ".", "?", "!"} and i < len(toks) - 1]
    return [t for t in toks[ends[-1] + 1 if ends else 0 :] if t not in {"?", "!", "."}]


def _words_of(clause: str) -> str:
    return " " + " ".join(fold(clause).split()) + " "


def _when_decided(other: date, paid: date, salaries: SalaryTable) -> str:
    """ "Nếu quyết định từ 01/7/2026" / "Nếu quyết định trước 01/7/2026": the base's own
    boundary, since a month asked ("tháng 8/2026") gives no day of its own."""
    if other > paid:
        return f"Nếu quyết định từ {format_date(salaries.at(other).start)}"
    return f"Nếu quyết định trước {format_date(salaries.at(paid).start)}"


def _paid_on(reading: Reading, as_of: date, salaries: SalaryTable) -> date:
    if reading.decided == "old":
        previous = salaries.previous(as_of)
        return previous.start if previous is not None else as_of
    if isinstance(reading.decided, date):
        return reading.decided
    return as_of


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


#: the question asks what the law itself says ("luật có quy định …", "theo luật", "cả nước")
_LAW_ITSELF = re.compile(r"\b(?:luat|phap luat|nghi dinh|ca nuoc|toan quoc|trung uong)\b")


def _registration_left_to_province(pair: Pair, verdict: str | None, question: str) -> bool:
    """A line claiming that not registering for thi đua loses the titles ("không đăng ký thì
    cuối năm không được xét", said or reported) and not asking what the law itself says: the
    registration rule's "Không" answers the law, the province's quy chế may still require it
    (task h120)."""
    if pair.entity != REGISTRATION or pair.attr not in ("eligible", "criteria"):
        return False
    if verdict != "Không":
        return False
    if _LAW_ITSELF.search(folded_words(question)):
        return _law_and_local_asked(question)
    if claimed_loss(question) or reported_denial(question):
        return True
    if _REGISTRATION_ASKED_NEEDED.search(folded_words(question)):
        return True
    # "… đầu năm thì cuối năm k dc xét danh hiệu, đúng k": the loss after "thì" (not the "thi"
    # of "thi đua"), put up for confirmation
    words = " ".join(NOT_SPELLED.get(t, t) for t in tokens(question) if t.isalnum())
    then = re.search(r"\bthi (?!dua\b)(.*)$", words)
    return (
        then is not None
        and _REGISTRATION_LOSS.search(then.group(1)) is not None
        and (_PUT_UP.search(words) is not None or _ASKED_TAIL.search(words) is not None)
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
    today = any(_STILL_REQUIRED.search(c) and not _LAW_ITSELF.search(c) for c in clauses)
    return today and any(_LAW_ITSELF.search(c) for c in clauses)


#: "… thì tập thể k dc xét à": the loss itself asked back with a closing "à / hả" (task h135)
_ASKED_TAIL = re.compile(r"\s(?:a|ha|ah)$")


#: registration asked as the condition of a title: "có bắt buộc đăng ký … (thì) mới được xét
#: CSTĐCS không", "phải đăng ký thi đua mới được công nhận LĐTT à" (task h126): the province's
#: quy chế may make it one, the law does not (domain.md §2)
_REGISTRATION_ASKED_NEEDED = re.compile(
    r"\b(?:bat buoc|phai|can)(?: \w+){0,2}? dang ky\b.*\bmoi (?:duoc|dc|đc) "
    r"(?:xet|cong nhan|binh xet|de nghi|tang|khen)"
)
#: a cap figure put to a local unit's practice: "xã vẫn áp 15 %", "đơn vị còn giữ tỷ lệ 15%
#: không"; "xã có bị khống chế tỷ lệ không" asks whether any cap binds, not a practice (h126)
_CAP_APPLIED_LOCALLY = re.compile(
    r"\b(?:xa|phuong|tinh|don vi|co quan|truong)\b(?: \w+){0,3}? "
    r"(?:ap|ap dung|giu|con dung|van dung)\b"
)
#: the cap judged where the province's quy chế decides (domain.md §1.6, §2.2)
_CAP_LOCAL = "Tùy quy chế thi đua, khen thưởng của UBND tỉnh. Theo luật thì không khống chế."


def _cap_left_to_province(pair: Pair, verdict: str | None, question: str) -> bool:
    """A ratio cap asked of a local unit's practice ("năm nay xã vẫn áp 15 % đúng k"), not
    of the law or the whole country: the cap fact's "Không" answers the national rule, while
    a province's quy chế may still set one (domain.md: "provinces may keep a cap")."""
    if pair.attr != "cap" or verdict != "Không":
        return False
    said = folded_words(question)
    if _LAW_ITSELF.search(said) or not re.search(r"\d\s*%", question):
        return False
    return _CAP_APPLIED_LOCALLY.search(said) is not None


#: a title lost: "không được xét / công nhận / bình xét", "bị loại"
_REGISTRATION_LOSS = re.compile(
    r"\b(?:(?:khong|ko|k) (?:duoc|dc|đc) (?:xet|cong nhan|binh xet|tang)|bi loai)\b"
)
#: the line put up for confirmation at the end: "đúng không", "phải k ạ", "có đúng vậy không"
_PUT_UP = re.compile(r"\b(?:dung|phai)(?: (?:vay|the|khong|chua|chu|a|ha|ad|nhi))*$")


def _with_verdict(verdict: str, body: str) -> str:
    if body.startswith(f"{verdict}.") or (verdict.startswith("Tùy") and body.startswith("Tùy")):
        return body
    # a body that opens with its own "Có," / "Không." (written for the other way of asking)
    # gives way to the verdict: never "Có. Có, bắt buộc", "Không. Có. …" nor "Tùy trường
    # hợp. Có. …"
    for opener in ("Có. ", "Không. ", "Có, ", "Không, ", "Có: ", "Không: "):
        if body.startswith(opener):
            body = body[len(opener) :]
            break
    if verdict.startswith("Tùy"):
        return f"Tùy trường hợp. {_capitalized(body)}"
    return f"{verdict}. {_said_agreeing(verdict, body)}"


#: what a turned verdict says of the saying it judges, wrong then right: a later reader that
#: turns the verdict again must turn these words with it, never "Có. Ý kiến đó chưa đúng."
_SAID_WRONG_RIGHT = (
    ("Ý kiến đó chưa đúng.", "Ý kiến đó đúng."),
    ("Nhận định đó chưa đúng.", "Đúng như vậy."),
)


def _said_agreeing(verdict: str, body: str) -> str:
    body = _capitalized(body)
    for wrong, right in _SAID_WRONG_RIGHT:
        if verdict == "Có" and body.startswith(wrong):
            return right + body[len(wrong) :]
        if verdict == "Không" and body.startswith(right):
            return wrong + body[len(right) :]
    return body


def _papers_named(question: str, body: str, papers: tuple[str, ...]) -> str | None:
    """The sentences of a one-sentence-per-paper fact about the papers ``question`` names, with
    the sentences that name no paper (the province's say); None when it names none."""
    asked = f" {' '.join(tokens(question))} "
    named = [p for p in papers if f" {p} " in asked]
    if not named:
        return None
    kept = []
    for sentence in _SENTENCE_SPLIT.split(body):
        opening = " ".join(tokens(sentence)[:4])
        about = next((p for p in papers if opening.startswith(p)), None)
        if about is None or about in named:
            kept.append(sentence)
    return " ".join(kept) if len(kept) > 0 else None


#: a sentence ends at ". " before a capital letter (the facts write sentences so)
_SENTENCE_SPLIT = re.compile(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")


def _body(fact: Fact, as_of: date, salaries: SalaryTable) -> str:
    base = salaries.at(as_of)
    base_text = f"{format_dong(base.amount)} từ {format_date(base.start)}"
    text = fact.text.replace("{base}", base_text)
    if not fact.coefficients:
        return text
    # "cá nhân, hộ gia đình: 0,3 lần …" opens the block when no verdict is put before it
    return f"{_capitalized(_amounts(fact, as_of, salaries))}. {text}"


def _amounts(fact: Fact, as_of: date, salaries: SalaryTable) -> str:
    """ "0,3 lần mức lương cơ sở = 760.000 đồng (lương cơ sở … từ …, làm tròn …)"."""
    base = salaries.at(as_of)
    base_text = f"{format_dong(base.amount)} từ {format_date(base.start)}"
    amounts = []
    for label, coefficient in fact.coefficients:
        amount = format_dong(SalaryTable.prize(coefficient, base.amount))
        line = f"{format_coefficient(coefficient)} lần mức lương cơ sở = {amount}"
        amounts.append(f"{label}: {line}" if label else line)
    money = "; ".join(amounts)
    return f"{money} (lương cơ sở {base_text}, làm tròn lên hàng chục nghìn)"


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


def _old_figure_said(claim: str, body: str) -> bool:
    """A saying put up for confirmation rests on a figure ("dưới 10 tháng") that the fact
    states only as the old rule or not at all while it gives another of the same unit: the
    saying is wrong, whichever way its denial turns (task h106). Not the asker's own months
    below the fact's bound ("trừ em vì em mới tuyển 4 tháng" against "dưới 6 tháng không được
    xét", task h130): that is the case the rule denies, so the denial reported holds."""
    if _case_below_bound(claim, body):
        return False
    return figure_verdict(claim, body) == "Không"


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


#: the attributes whose fact names the level that holds a power
_LEVEL_HELD = frozenset({"decides", "revoke"})
#: "chỉ (có) (UBND / chủ tịch) tỉnh mới …": one level claimed to hold the power alone
_ONLY_LEVEL = re.compile(
    r"\bchi (?:co )?(?:ubnd |uy ban |chu tich (?:ubnd )?)?(tinh|xa|trung uong|huyen)"
    r" (?:moi|thi moi)\b"
)
#: the words just before "chỉ … mới" that tell it as the past ("trước chỉ huyện mới …")
_TOLD_BEFORE = re.compile(r"\b(?:truoc|truoc day|truoc kia|hoi truoc|ngay truoc|nam ngoai)\s*$")
#: the claim about now that follows it ("giờ / nay / bây giờ / hiện nay …")
_NOW_CLAIMED = re.compile(r"\b(?:gio|nay|bay gio|hien nay|hien tai|tu nay)\b")
#: how a fact names the holder at each level (folded)
_LEVEL_HOLDER = {
    "tinh": "chu tich ubnd tinh",
    "xa": "chu tich ubnd xa",
    "trung uong": "thu tuong",
    "huyen": "chu tich ubnd huyen",
}


def _only_level_verdict(question: str, body: str) -> str | None:
    """ "chỉ tỉnh mới có quyền hủy …": "Không" when the fact's opening sentence gives the power
    to another level's holder and not to the one claimed; None when nothing is claimed alone
    or the fact does not name a holder (task h106)."""
    said = " ".join(fold(question).split())
    found = _ONLY_LEVEL.search(said)
    if found is None:
        return None
    if _TOLD_BEFORE.search(said[: found.start()]) and _NOW_CLAIMED.search(said[found.end() :]):
        # "trước chỉ chủ tịch huyện mới tặng …, giờ chủ tịch xã tự quyết định được đúng k": the
        # level alone is the past told; what is claimed is who does it now (task h113)
        return None
    first = re.split(r"(?<=[.;])\s", body.removeprefix("Có. "), maxsplit=1)[0]
    opening = " ".join(fold(first).split())
    holders = {lvl for lvl, who in _LEVEL_HOLDER.items() if who in opening}
    if not holders:
        return None
    return "Có" if found.group(1) in holders and len(holders) == 1 else "Không"


#: "… đúng không", "… phải không", "… đúng k": a claim put up for confirmation
_RESTATE_TAIL = re.compile(r" (?:dung|phai)(?: (?:khong|chu|a|ha|nhi))?(?: a| ad| ah)? $")
#: what may stand between the negation and what it removes: "không còn là căn cứ"
_RESTATE_FILL = frozenset({"con", "la", "duoc", "dc", "co", "nam", "thuoc"})
#: words of the fact's clause that say a thing was taken out: "bỏ … khỏi căn cứ"
_REMOVED = frozenset({"bo", "khoi", "bai", "khong"})


def _removal_restated(claim: str, body: str) -> bool:
    """The claim, put up for confirmation, negates the very thing the fact's own clause says was
    removed ("không còn là căn cứ" against "bỏ … khỏi căn cứ xét danh hiệu"): it agrees with the
    fact's "Không" and holds (task h106). The two words after the last negation and its fillers
    must stand in one clause of the fact right after a removal word or a negation ("bỏ … khỏi
    căn cứ")."""
    text = closing_words(claim)
    tail = _RESTATE_TAIL.search(text)
    if tail is None:
        return False
    toks = text[: tail.start()].split()
    if "thi" in toks:
        # "không đăng ký thì không được xét": what comes before "thì" is the condition, the
        # consequence after it is what is claimed
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    negations = [at for at, tok in enumerate(toks) if tok in NEGATED]
    # "không đăng ký … là không được xét": the last negation is the one claimed
    for at in negations[-1:]:
        if toks[at + 1 : at + 2] in (["can"], ["phai"], ["bat"]):
            # "không cần / không phải / không bắt buộc …": asks whether it is required, which
            # the fact's own verdict answers
            continue
        start = at + 1
        while start < len(toks) and start - at <= 3 and toks[start] in _RESTATE_FILL:
            start += 1
        removed = toks[start : start + 2]
        if len(removed) < 2:
            continue
        phrase = " ".join(removed)
        for clause in re.split(r"[.;:(),]", fold(body).lower()):
            words = clause.split()
            joined = f" {' '.join(words)} "
            where = joined.find(f" {phrase} ")
            if where > 0 and _REMOVED & set(joined[:where].split()[-1:]):
                return True
    return False


#: "xã không còn quyền …", "xã ko được tặng … nữa", "phải trình tỉnh": the claim that the xã
#: lost the district's powers, or that they went up to the province
_XA_DENIED = re.compile(
    r"\b(?:xa|phuong|chu tich xa|chu tich ubnd xa|ubnd xa) (?:khong|ko|k|hong) (?:con )?"
    r"(?:quyen|duoc|dc|tang|ky|xet)\b"
)
_UP_TO_PROVINCE = re.compile(r"\b(?:phai|deu phai|chuyen) (?:trinh|len|ve|gui|nop) (?:len )?tinh\b")


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


def _xa_power_denied(question: str) -> bool:
    """The letter claims that with the district gone the xã lost its powers or that they went up
    to the province ("xã ko còn quyền tặng CSTĐCS nữa, phải trình tỉnh"): NĐ 129/2025 Điều 59
    gave them to the xã's chairman, so the claim is wrong (task h106)."""
    said = " ".join(fold(question).lower().split())
    return bool(_XA_DENIED.search(said) or _UP_TO_PROVINCE.search(said))


#: "quyết định vẫn giữ", "vẫn còn giá trị", "chỉ bị phê bình / nhắc nhở": a decision claimed
#: to stand after a wrong the revocation rule covers
_KEPT = re.compile(
    r"\b(?:van|con) (?:giu|giu nguyen|con gia tri|gia tri|hieu luc|con hieu luc|duoc giu)\b"
    r"|\bchi (?:bi )?(?:phe binh|nhac nho|rut kinh nghiem|kiem diem)\b"
)
# ("… cũng không bị hủy phải không" is turned by turns.negated_claim, which says "Vẫn bị …")
_KEPT_WRONG = (
    "Gian dối, làm giả hồ sơ thì quyết định khen thưởng bị hủy bỏ, hiện vật và tiền thưởng bị"
    " thu hồi, không chỉ phê bình."
)
#: the wrongs for which the rule cancels a decision (Luật 2022 Điều 93)
_REVOKING_WRONGS = ("gian doi", "gia mao", "lam gia", "khai gian", "sai su that", "trai phap luat")


#: the prize or the hiện vật claimed kept: "tiền thưởng không phải trả lại", "chỉ thu hồi bằng
#: thôi" (then the money stays), "không bị thu hồi tiền"
_SPARED = re.compile(
    r"\b(?:tien thuong|tien|hien vat|bang|giay khen)(?: \w+){0,3} (?:khong|ko|k) "
    r"(?:phai |bi |can )?(?:tra lai|thu hoi|nop lai|hoan tra|hoan lai|tra)\b"
    r"|\b(?:khong|ko|k) (?:phai |bi )?(?:tra lai|thu hoi|nop lai|hoan tra) (?:tien|hien vat)"
    r"|\bchi (?:bi )?thu hoi (?:bang|giay khen|hien vat|quyet dinh)(?: \w+){0,3} thoi\b"
)
_SPARED_WRONG = (
    "Gian dối, làm giả hồ sơ thì quyết định khen thưởng bị hủy bỏ và cả hiện vật lẫn tiền thưởng"
    " đều bị thu hồi."
)


def _spared_claimed(question: str, body: str) -> bool:
    """The letter tells a wrong the revocation rule covers and claims the prize money or the
    hiện vật is kept, against a fact that recovers both (task h118)."""
    said = " ".join(fold(question).lower().split())
    if not any(w in said for w in _REVOKING_WRONGS) or _SPARED.search(said) is None:
        return False
    folded = fold(body).lower()
    return "thu hoi" in folded and "tien thuong" in folded


def _kept_claimed(question: str, body: str) -> bool:
    """The letter tells a wrong the revocation rule covers (forged papers, false declaration)
    and claims the decision stands or only a reprimand follows, against a fact that cancels it
    (task h106)."""
    said = " ".join(fold(question).lower().split())
    if not any(w in said for w in _REVOKING_WRONGS) or _KEPT.search(said) is None:
        return False
    return "huy bo" in fold(body).lower()


#: how far an initiative reaches, lowest first, as questions and facts write it (folded)
_REACHES = (
    (
        *("co so", "cap xa", "trong don vi", "don vi cong nhan", "xa cong nhan", "cap don vi"),
        # the asker's own office only ("chỉ áp dụng trong cơ quan", task h111)
        *("trong co quan", "tai co quan", "tai don vi", "noi bo", "trong truong", "o co quan"),
        # the asker's own commune ("áp dụng trong xã là đủ", task h142)
        *("trong xa", "tai xa", "trong phuong", "tai phuong", "cap phuong"),
    ),
    ("trong tinh", "toan tinh", "cap tinh", "tinh cong nhan"),
    ("toan quoc", "cap bo", "cap nha nuoc"),
)


def _reach(text: str) -> int | None:
    for level, names in enumerate(_REACHES):
        if any(f" {n} " in f" {text} " for n in names):
            return level
    return None


def _initiative_reach_short(question: str, body: str) -> str | None:
    """ "CSTĐ tỉnh chỉ cần có sáng kiến cấp cơ sở là đủ" against "phải có sáng kiến … nhân rộng
    trong tỉnh": "Không" when the initiative claimed reaches less far than the one the fact
    requires; None when either names no reach (task h106). Only the words right after
    "sáng kiến" are read: "Chiến sĩ thi đua cơ sở" elsewhere names a title, not a reach."""
    said = " ".join(_plain_words(question))
    at = said.find("sang kien ")
    if at < 0:
        return None
    # a few words on, up to the "thì" that turns to the title ("sáng kiến chỉ áp dụng trong
    # cơ quan thì có đủ …")
    after = said[at:].split()[2:10]
    claimed = _reach(" ".join(after[: after.index("thi")] if "thi" in after else after))
    folded = fold(body).lower()
    where = folded.find("sang kien")
    if claimed is None or where < 0:
        return None
    required = _reach(" ".join(re.split(r"[;]", folded[where:], maxsplit=1)[0].split()))
    if required is None or claimed >= required:
        return None
    return "Không"


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text).lower())


#: "chắc chắn / tự động / đương nhiên được …": a title claimed to follow by itself
_AS_ENOUGH = ("chac chan", "tu dong", "duong nhien", "mac nhien", "nghiem nhien", "mac dinh")
_REGISTERED_NOT_ENOUGH = (
    "Đăng ký thi đua không bảo đảm được công nhận: danh hiệu xét theo phong trào thi đua,"
    " thành tích và tiêu chuẩn (Luật 2022 Điều 7), cuối năm phải đạt tiêu chuẩn mới được xét."
)


def _registered_as_enough(question: str) -> bool:
    """The letter tells the title was registered for and claims it follows by itself ("đã đăng
    ký CSTĐCS … thì chắc chắn được công nhận") (task h106)."""
    said = " ".join(_plain_words(question))
    at = said.find("dang ky")
    return at >= 0 and any(f" {cue} " in f" {said[at:]} " for cue in _AS_ENOUGH)


_BASE_ON_SIGNING = (
    "Tiền thưởng tính theo mức lương cơ sở đang áp dụng vào ngày ký quyết định khen thưởng,"
    " không theo năm của danh hiệu hay mức lương cơ sở cũ."
)


#: "có khác nhau không", "có khác không" / "có như nhau không", "có giống nhau không"
_DIFFER_ASKED = re.compile(
    r"\bco khac(?: nhau)? (?:khong|ko|k|hong)\b|\bkhac nhau (?:khong|ko|k)\b"
)
_SAME_ASKED = re.compile(r"\bco (?:nhu nhau|giong nhau|bang nhau) (?:khong|ko|k|hong)\b")


def _bases_compared(question: str, paid: date, salaries: SalaryTable, as_of: date) -> str | None:
    """Whether two decisions the question dates are paid alike: a later dated decision whose
    base differs from the first one's makes them differ (task h106); None when the question
    compares nothing or dates no second decision on another base."""
    said = " ".join(fold(question).lower().split())
    differ, same = _DIFFER_ASKED.search(said), _SAME_ASKED.search(said)
    if not (differ or same) or not _other_decisions(question, paid, salaries, as_of):
        return None
    return "Có" if differ else "Không"


#: "tự nguyện" not itself denied ("không tự nguyện"): the claim is that taking part is free
_VOLUNTARY_CLAIMED = re.compile(r"(?<!\bkhong )(?<!\bko )(?<!\bk )(?<!\bchua )\btu nguyen\b")


def claims_voluntary(question: str) -> bool:
    """ "thi đua là tự nguyện hả": the question claims taking part is voluntary, not that it is
    compulsory; a "bắt buộc" also named ("tự nguyện hay bắt buộc") leaves the plain reading."""
    joined = " ".join(tokens(question))
    return _VOLUNTARY_CLAIMED.search(joined) is not None and "bat buoc" not in joined


def advice_claimed(question: str) -> str | None:
    """ "tham mưu" or "tư vấn", the role a question claims of a council, as folded words."""
    joined = " ".join(tokens(question))
    return next((w for w in ("tham muu", "tu van") if f" {w} " in f" {joined} "), None)


def _council_role_stated(model: FactModel, pair: Pair, question: str, body: str) -> bool:
    """A council's role claimed ("tham mưu", "tư vấn") and stated by its criteria fact."""
    role = advice_claimed(question) if pair.attr == "criteria" else None
    return (
        role is not None
        and model.fact(pair.entity, "chair") is not None
        and f" {role} " in f" {' '.join(tokens(body))} "
    )


def _ministries_hold(body: str) -> bool:
    """The fact's first sentence opens by giving the power to Bộ Quốc phòng / Bộ Công an."""
    lead = " ".join(tokens(_without_opener(body)))
    return lead.startswith(("bo quoc phong", "bo cong an"))
