"""Writing the answer: one short block per (entity, attribute) part, decisive fact first.

A yes/no part starts with "Có.", "Không." or "Tùy …" from the fact; a question naming the
abolished district level first gets what changed on 01/7/2025. Amounts are computed on the asked
date (coefficient × mức lương cơ sở, rounded up to 10.000 đồng).

``compose`` is the pipeline: the stages here write the reform block, the blocks of repealed
texts, choose each pair's fact and write its body, and make the passes over all parts at the
end; ``claim_stages`` reads what a yes/no claims, ``verdict_stages`` decides the verdict and
``amend_stages`` sets it against the whole claim. They share a ``Draft`` and one ``Block`` per
pair (``draft.py``); the readers they call live in modules by what they judge.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from bot.core.text import fold, folded_words
from bot.knowledge.facts.amend_stages import givers_and_prize_added, verdict_amended
from bot.knowledge.facts.amounts import (
    amounts_text,
    other_decisions,
    paid_on,
    priced_text,
    title_year_bases,
    when_decided,
)
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import wrong_turned
from bot.knowledge.facts.case_kind import DOT_XUAT
from bot.knowledge.facts.claim import (
    district_award_kept,
    district_signed_before_reform,
    district_signed_in_run,
    joint_verdict,
    multiple_verdict,
    occasion_verdict,
    order_verdict,
    repealed_named,
    same_verdict,
    told_as_past,
    update_asked,
)
from bot.knowledge.facts.claim_stages import (
    claim_read,
    papers_and_denial_claimed,
    requirement_day_and_base_claimed,
    route_and_limit_claimed,
    way_claimed,
)
from bot.knowledge.facts.claimed_article import article_claimed
from bot.knowledge.facts.claimed_runs import of_the_year_asked
from bot.knowledge.facts.confirmed import circumstance, unconfirmed
from bot.knowledge.facts.draft import Block, Draft, Part, block_part, cite_line, opens_with_verdict
from bot.knowledge.facts.figures import claims_amount
from bot.knowledge.facts.gone_claim import claimed_gone, gone_confirmed
from bot.knowledge.facts.model import Fact, FactModel, SourceCite, tokens
from bot.knowledge.facts.opener import unasked_verdict_dropped, without_opener
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.part_claims import BODIES
from bot.knowledge.facts.ratios import province_share_applied
from bot.knowledge.facts.reform_claim import (
    abolition_confirmed,
    abolition_only_told,
    council_gone_claimed,
    district_as_background,
    district_form_still_asked,
    district_only_offered_second,
    district_only_teller,
    district_still_claimed,
    district_then_xa_now,
    firm_acts_alone_claimed,
    firm_power_moved,
    gone_with_district_asked,
    intermediary_asked,
    moved_to_xa_claimed,
    nobody_signs_claimed,
    only_province_left_claimed,
    other_gone_with_district,
    own_power_asked,
    reform_date_wrong,
    xa_acts_alone_claimed,
    xa_acts_now_claimed,
    xa_now_confirmed_midway,
    xa_power_denied,
    xa_power_denied_first,
    xa_signs_claimed,
    xa_signs_now_claimed,
)
from bot.knowledge.facts.restated import former_district_only, province_claimed
from bot.knowledge.facts.routes import case_met, route_stated
from bot.knowledge.facts.run_projected import run_projection
from bot.knowledge.facts.second_ask import CLAUSE_COMMA, asks_wh
from bot.knowledge.facts.shared_claims import (
    dated_sum_part,
    household_share_as_criteria,
    recipients_compared,
    shared_claimed,
)
from bot.knowledge.facts.turns import route_recognised_told
from bot.knowledge.facts.verdict import asks_yesno
from bot.knowledge.facts.verdict_stages import verdict_decided
from bot.knowledge.money import SalaryTable, format_date, format_dong

__all__ = ["OWN_SIGNING_CONFIRMED", "compose"]

_REFORM_TITLE = "Cấp huyện đã bỏ từ 01/7/2025"
#: the district's own act claimed gone: "chủ tịch huyện k tặng giấy khen nữa đúng k"
_DISTRICT_ACT_DENIED = re.compile(
    r"\bhuyen (?:khong|k|ko|kg) (?:con )?(?:\w+ ){1,5}?nua (?:dung|phai) (?:khong|k|ko|kg)\b"
)
#: task f180b (b180): "… giờ chẳng lẽ xã tự ký được sao": a claim put up in surprise
_SURPRISED = re.compile(r"\bch(?:a|ẳ)ng l(?:e|ẽ)\b", re.IGNORECASE)
#: said first when a firm's or a cooperative's own awards are claimed gone to the xã
_FIRM_KEEPS = (
    "Bỏ cấp huyện không đổi thẩm quyền của doanh nghiệp, hợp tác xã: Tổng giám đốc, Giám đốc"
    " doanh nghiệp, hợp tác xã vẫn quyết định tặng Tập thể lao động tiên tiến, Chiến sĩ thi đua"
    " cơ sở, Lao động tiên tiến và giấy khen cho người của đơn vị mình (Luật Thi đua, khen"
    " thưởng 2022, Điều 80 khoản 4)."
)
#: said first when the abolition is claimed from another day
_REFORM_DAY_TOLD = "Cấp huyện không bỏ từ {told} mà từ ngày 01/7/2025."


#: the xã told as the one acting now, after the district told as the past ("bây giờ chủ tịch
#: xã ký", "nay xã tự khen")
_XA_NOW = re.compile(
    r" (?:bay gio|gio|nay|hien nay|hien tai|tu nay)(?: [a-z]+){0,2}? (?:chu tich |ct |ubnd )?xa "
)


def compose(model: FactModel, reading: Reading, as_of: date, salaries: SalaryTable) -> list[Part]:
    """The answer's parts: the reform block, the blocks of repealed texts named, one block per
    pair asked, then the passes over all of them (which part opens, the total, verdicts kept
    or dropped)."""
    compared = recipients_compared(model, reading.pairs, reading.question)
    compared = dated_sum_part(
        model, compared, reading.question, isinstance(reading.decided, date), reading.entities
    )
    compared = household_share_as_criteria(compared, reading.question)
    if compared is not reading.pairs:
        # "giấy khen tập thể và cá nhân đều 0,3": each recipient's prize is a part (h354)
        reading = dataclasses.replace(reading, pairs=compared)
    draft = Draft(
        model,
        reading,
        as_of,
        salaries,
        paid=paid_on(reading, as_of, salaries),
        yesno=_yes_no_asked(reading),
    )
    _reform_block(draft)
    _repealed_blocks(draft)
    projected = _run_projected(draft)
    for pair in _pairs_asked(draft):
        block = _fact_chosen(draft, pair)
        if block is None:
            continue
        _case_decided(draft, block)
        _body_written(draft, block)
        article_claimed(draft, block)
        # what the question claims, read against this fact
        claim_read(draft, block)
        requirement_day_and_base_claimed(draft, block)
        way_claimed(draft, block)
        route_and_limit_claimed(draft, block)
        papers_and_denial_claimed(draft, block)
        verdict_decided(draft, block)
        verdict_amended(draft, block)
        givers_and_prize_added(draft, block)
        _deadline_left_to_province(draft, block)
        if block.pair.attr == "cap" and _province_share_applied(draft, block):
            continue
        if block.pair.yesno:
            draft.asked_verdicts.add((block.pair.attr, block.body.partition(".")[0]))
        else:
            draft.unasked_at.append((len(draft.parts), block.pair.attr))
        fact = block.fact
        draft.parts.append(
            block_part(
                block.title,
                block.body,
                fact,
                money=bool(fact.coefficients),
                as_of=block.priced,
                salaries=salaries,
            )
        )
    if projected is not None:
        _projected_first(draft, projected)
    _contrary_unasked_opener_dropped(draft)
    _left_part_first(draft)
    _denied_part_first(draft)
    _total_added(draft)
    _carried_openers_dropped(draft)
    _premise_verdict_restored(draft)
    _move_opener_dropped(draft)
    return draft.parts


#: the titles a record of CSTĐCS years may be read under (LĐTT: the year that breaks the run)
#: (Luật 2022 Điều 22, 23)
_RUN_TITLES = frozenset({"cstdcs", "cstd_tinh", "ldtt"})


def _run_projected(draft: Draft) -> Part | None:
    """ "CSTĐCS 2023, 2024, 2025; 2026 chỉ LĐTT; nếu 2027 lại đạt thì năm nào đủ 3 lần liên
    tục": the record counted year by year, the year the run reaches 03 (task f186)."""
    if not any(p.entity in _RUN_TITLES for p in draft.reading.pairs):
        return None
    found = run_projection(draft.reading.question)
    if found is None:
        return None
    verdict, body = found
    cited = draft.model.fact("cstd_tinh", "eligible")
    sources = cited.sources if cited is not None else ()
    fact = Fact(body, sources, "H", verdict, ())
    return block_part("Chuỗi Chiến sĩ thi đua cơ sở liên tục", body, fact)


def _projected_first(draft: Draft, projected: Part) -> None:
    """The record's count opens the answer; the parts after it lose their plain verdicts, which
    answer the title's rule, not the record (task f186)."""
    kept = []
    for part in draft.parts:
        head, sep, body = part.text.partition("\n")
        if head.startswith("**") and opens_with_verdict(part):
            body = body.removeprefix("Tùy trường hợp. ")
            part = dataclasses.replace(part, text=f"{head}{sep}{without_opener(body)}")
        kept.append(part)
    draft.parts[:] = [projected, *kept]


def _province_share_applied(draft: Draft, block: Block) -> bool:
    """ "tỉnh e quy định CSTĐCS k quá 15% số LĐTT, xã có 40 người LĐTT thì tối đa bn người":
    the share told applied to the count told, after the cap's own opener; the base title's
    cap part (LĐTT) asks nothing of its own and is dropped (True). Task h421."""
    note = province_share_applied(draft.reading.question)
    if note is None:
        return False
    if block.pair.entity != "cstdcs":
        return True
    opener, dot, rest = block.body.partition(". ")
    if opener.startswith("Tùy") and dot:
        block.body = f"{opener}. {note} {rest}"
    else:
        block.body = f"{note} {block.body}"
    return False


def _yes_no_asked(reading: Reading) -> bool:
    """Whether the question asks a yes/no of any part, of the reform, or of a text it names."""
    # "nđ 28/2024 còn hiệu lực ko" names no title: the yes/no is asked of the text itself
    return (
        any(p.yesno for p in reading.pairs)
        or reading.reform_yesno
        or (not reading.pairs and asks_yesno(reading.question))
    )


#: the province named in the words of a claim
_PROVINCE_WORD = re.compile(r"\btinh\b")


def _province_put_up(reading: Reading) -> bool:
    """A part read as the province claimed to decide a title ("gửi Sở Nội vụ cho tỉnh quyết
    định", told before a closing "như vậy có đúng k"): the claim the reform answers, though
    the closing part alone names no level (task h167)."""
    if not any(p.yesno and p.attr == "decides" and p.authority == "tinh" for p in reading.pairs):
        return False
    # "xã có được tự quyết định … không hay phải xin ý kiến tỉnh": the province offered only as
    # the other way after "hay" is no claim put up (task h323)
    return _PROVINCE_WORD.search(folded_words(reading.question).split(" hay ")[0]) is not None


#: the district's power told of a decision dated before the reform (task h219)
_DISTRICT_THEN = (
    "Quyết định ký trước 01/7/2025 thì Chủ tịch UBND huyện ký là đúng thẩm quyền lúc đó (khoản 2"
    " Điều 80 Luật Thi đua, khen thưởng khi ấy còn giao cho cấp huyện)."
)


#: the xã's council, which the reform left in place (Luật 2022 Điều 90 khoản 4)
_XA_COUNCIL = "hoi_dong_xa"


#: "do luật hay do tỉnh quy định", "tỉnh quy định hay luật": which level sets it is asked
_LAW_OR_PROVINCE = re.compile(
    r"\bluat (?:\w+ ){0,3}?hay (?:\w+ ){0,2}?(?:tinh|so noi vu)\b"
    r"|\b(?:tinh|so noi vu) (?:\w+ ){0,3}?hay (?:\w+ ){0,2}?luat\b"
)
#: a deadline body that leaves the day to the province
_PROVINCE_SETS_DAY = re.compile(r"\b(?:quy che|so noi vu|ke hoach)\b.*\btinh\b|\btinh quy dinh\b")


def _deadline_left_to_province(draft: Draft, block: Block) -> None:
    """ "hạn nộp thật sự là ngày nào, do luật hay do tỉnh quy định": the Law sets no day for
    the dossiers sent up; the province's quy chế and its Sở Nội vụ do, so the deadline's part
    opens "Tùy" (NĐ 152/2025 Điều 6 khoản 2 điểm c; domain.md 2.10) (task h420)."""
    opening = folded_words(block.body[:12])
    if block.pair.attr != "deadline" or opening.startswith(("co ", "khong ", "tuy")):
        return
    if not _LAW_OR_PROVINCE.search(folded_words(draft.reading.question)):
        return
    if not _PROVINCE_SETS_DAY.search(folded_words(block.body)):
        return
    block.body = f"Tùy quy chế của tỉnh: luật không ấn định ngày này. {block.body}"


def _sum_claimed(question: str) -> bool:
    """The letter claims a sum of money ("… giờ xã chi 2.530.000 đúng k") (task h420)."""
    return claims_amount([t for t in tokens(question) if t.isalnum()])


def _council_kept(draft: Draft) -> tuple[str, Fact] | None:
    """The verdict on the xã's council claimed gone with the district or asked to stay, with
    the fact that it stays; None when the council is not named so (task h356)."""
    reading = draft.reading
    if _XA_COUNCIL not in reading.entities or not asks_yesno(reading.question):
        return None
    # the whole letter: the asking clause drops "còn" ("xã còn hội đồng … không")
    verdict = council_gone_claimed(reading.question)
    kept = draft.model.fact(_XA_COUNCIL, "establish")
    if verdict is None or kept is None:
        return None
    return verdict, kept


#: the titles the xã's chairman gives asked as a list: "chủ tịch xã (được) quyết định / ký những
#: danh hiệu nào", "… ký tổng cộng những danh hiệu gì" (task h477)
_XA_TITLES_ASKED = re.compile(
    r"\b(?:chu tich|ct) (?:ubnd |uy ban )?(?:xa|phuong|dac khu)\b(?: \w+){0,6}?"
    r" (?:nhung|cac|bao nhieu) (?:danh hieu|hinh thuc)(?: \w+){0,3}? (?:nao|gi|chi)\b"
)
#: titles the province's chairman decides, before and after the reform (Luật 2022 Điều 22, 27,
#: 29, 74, 79): a district claimed to decide them still was never their decider
_PROVINCE_DECIDES = frozenset({"ttldxs", "bang_khen_tinh", "cstd_tinh", "xa_tieu_bieu"})


def _province_deciders(draft: Draft) -> list[tuple[str, Fact]]:
    """The "decides" facts of the titles named, when every title named is the province's
    chairman's to decide; empty otherwise (task h477)."""
    titles = [e for e in draft.reading.entities if e not in BODIES]
    if not titles or not set(titles) <= _PROVINCE_DECIDES:
        return []
    facts = [(e, draft.model.fact(e, "decides")) for e in dict.fromkeys(titles)]
    return [(e, f) for e, f in facts if f is not None]


def _reform_block(draft: Draft) -> None:
    """The block on the district level abolished from 01/7/2025, with the verdict the question
    asks of the reform (NĐ 129/2025 Điều 59), or none when it is only the premise."""
    model, reading, parts = draft.model, draft.reading, draft.parts
    if reading.reform:
        fact = model.reform
        body = fact.text
        cited = fact  # the fact whose sources the block cites
        council = _council_kept(draft)
        if council is not None:
            # "huyện bỏ rồi thì hội đồng TĐKT xã cũng bỏ luôn, đúng k": the xã's own council
            # stays (Luật 2022 Điều 90 khoản 4); only the district's went (task h356)
            verdict, kept = council
            body = f"{verdict}. {without_opener(kept.text)} {body}"
            # the council's own articles, then the reform's (NĐ 129/2025 Điều 59)
            cited = dataclasses.replace(
                kept, sources=tuple(dict.fromkeys([*kept.sources, *fact.sources]))
            )
        elif asks_yesno(reading.question) and intermediary_asked(reading.question):
            # "trước hồ sơ khen tỉnh phải qua UBND huyện tổng hợp, giờ xã có phải qua trung
            # gian nào k": no level is left between the xã and the province (task h401)
            body = f"Không. {_NO_INTERMEDIARY} {body}"
        elif (
            reading.entities
            and set(reading.entities) - BODIES <= _XA_DECIDES
            and OWN_SIGNING_CONFIRMED.search(folded_words(reading.question))
        ):
            # task f185b (b185): "… nay tôi ký hết những cái đó luôn, vậy là đúng chứ, có cần xin
            # ý kiến tỉnh k": the chairman's own signing of the district's former titles is put
            # up first; it is right (NĐ 129/2025 Điều 59), and no province's leave is needed
            body = f"Có. {_POWERS_TO_XA} {body}"
        elif (
            reading.entities
            # a council named beside the titles reviews them; it is no title (task h167)
            and set(reading.entities) - BODIES <= _XA_DECIDES
            and asks_yesno(reading.question)
            and (province_claimed(reading.asked or reading.question) or _province_put_up(reading))
        ):
            # "bỏ huyện thì CSTĐCS giờ do tỉnh ký, đúng k", "xã k được ký nữa, phải gửi tỉnh":
            # the district's powers went to the xã's chairman, not up to the province (NĐ
            # 129/2025 Điều 59), whichever part the yes/no was read in (task h119)
            body = f"Không. {_POWERS_TO_XA} {body}"
        elif (
            reading.entities
            and set(reading.entities) - BODIES <= _XA_DECIDES
            and nobody_signs_claimed(reading.question)
        ):
            # "CSTĐCS thì k ai ký à? từ khi bỏ huyện xã gửi lên đâu": the district's titles are
            # not left with no one to decide; the xã's chairman decides them (NĐ 129/2025 Điều
            # 59) and nothing goes up (fixer f49l, b180)
            body = f"Không. {_POWERS_TO_XA} {body}"
        elif asks_yesno(reading.question) and only_province_left_claimed(reading.question):
            # "bỏ huyện rồi nông dân chỉ còn bằng khen tỉnh thôi, đúng k": the district's giấy
            # khen went to the xã's chairman, so the province's form is not all that is left
            # (NĐ 129/2025 Điều 59; Luật 2022 Điều 80 khoản 3) (task h346)
            body = f"Không. {_XA_GIVES_GIAY_KHEN} {body}"
        elif asks_yesno(reading.question) and firm_power_moved(reading.question):
            # "bỏ huyện thì HTX không còn tự khen, phải do chủ tịch xã ký, đúng k": a firm's
            # or a cooperative's director still decides (Luật 2022 Điều 80 khoản 4; h221),
            # whatever title's part was read beside ("HTX mất quyền tặng LĐTT", h236)
            body = f"Không. {_FIRM_KEEPS} {body}"
        elif (
            reading.entities
            and set(reading.entities) - BODIES <= _XA_DECIDES | _PROVINCE_ASKED_TOO
            and own_power_asked(reading.asked or reading.question, reading.question)
        ):
            # "Văn phòng bảo CSTĐCS, TTLĐTT vẫn phải gửi huyện cũ xin ý kiến trước khi tôi ký.
            # Tôi có quyền ký luôn không": the asker's own ask is whether the xã signs alone; it
            # does (NĐ 129/2025 Điều 59), the saying told is the premise (task h408)
            body = f"Có. {_POWERS_TO_XA} {body}"
        elif fact.verdict and district_still_claimed(reading.question):
            # "vẫn phải trình phòng nội vụ huyện thẩm định rồi xã mới ký, đúng k", "phòng nội
            # vụ huyện cũ còn nhận hồ sơ k": the district is claimed to act still; it is gone
            # and its work is the xã's (NĐ 129/2025 Điều 59) (task h284)
            deciders = _province_deciders(draft)
            if deciders:
                # task h477: "TTLĐXS bây giờ vẫn do huyện xét, đúng k": a title the province's
                # chairman decides was never the district's; its decider is said first, so
                # that the xã is not taken to have it (Luật 2022 Điều 27, 29, 79)
                told = " ".join(
                    f"{model.entities[e]}: {without_opener(f.text)}" for e, f in deciders
                )
                body = f"{fact.verdict}. {told} {body}"
                cited = dataclasses.replace(
                    fact,
                    sources=tuple(
                        dict.fromkeys([*(c for _, f in deciders for c in f.sources), *fact.sources])
                    ),
                )
            else:
                body = f"{fact.verdict}. {body}"
        elif (
            fact.verdict
            and asks_yesno(reading.question)
            and xa_power_denied(reading.question)
            # told aside, the district leaves the claim to the first way offered (task h184)
            and (reading.reform_yesno or xa_power_denied_first(reading.asked or reading.question))
            and set(reading.entities) <= _XA_DECIDES
            and district_award_kept(reading.question) is None
        ):
            # "bỏ cấp huyện thì xã không còn quyền tặng CSTĐCS, phải trình tỉnh đúng k": the
            # district's powers went to the xã, not up to the province (task h106), whether the
            # district is asked of or only told ("ông phó phòng nội vụ huyện cũ bảo …", h184); a
            # provincial award ("bằng khen tỉnh phải trình tỉnh") is not one of them
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
            elif (
                past is not None
                and district_signed_before_reform(reading.question)
                # a sum claimed of that decision is the prize part's yes/no (task h420)
                and not _sum_claimed(reading.question)
            ):
                # "quyết định CSTĐCS ký ngày 20/6/2025 do chủ tịch huyện ký có đúng k": the
                # district held the power until 01/7/2025 (Luật 2022 Điều 80 khoản 2 then);
                # its decision of that day was its own to sign, and holds (task h219)
                body = f"Có. {_DISTRICT_THEN} {past.text} {body}"
                cited = past
            elif past is not None and district_signed_before_reform(reading.question):
                # "QĐ GK của chủ tịch UBND huyện ký tháng 12/2024 … thưởng 710 nghìn đúng k": the
                # district's decision of then is the premise, the sum claimed the prize part's
                # yes/no (stop 44 fall, b88)
                draft.premise_at = len(parts)
            elif update_asked(asked):
                body = f"Có. Cần cập nhật theo quy định hiện hành: {body}"
            elif district_form_still_asked(reading.question):
                # "giấy khen cấp huyện năm nay còn k hay chuyển về xã hết rồi": the district's
                # form is asked to exist still; it is gone with the district (NĐ 129/2025 Điều
                # 59), whatever the second way offered says
                body = f"{fact.verdict}. {body}"
            elif xa_acts_alone_claimed(asked) and set(reading.entities) <= _XA_DECIDES:
                # "năm ngoái hồ sơ TTLĐTT gửi phòng Nội vụ huyện, năm nay xã tự quyết định được
                # chưa": the district's power is the xã chairman's now (NĐ 129/2025 Điều 59),
                # not a district still asked about (task h126)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
            elif (
                moved_to_xa_claimed(asked)
                and xa_signs_claimed(asked)
                and set(reading.entities) - BODIES - _XA_DECIDES
            ):
                # "bằng khen tỉnh giờ chủ tịch xã ký thay vì huyện đã bỏ, đúng k": only what
                # the district decided moved to the xã (NĐ 129/2025 Điều 59); the province's
                # own awards stay with its chairman (Luật 2022 Điều 79) (task h184)
                body = f"Không. {_PROVINCE_KEPT} {body}"
            elif moved_to_xa_claimed(asked):
                # "quyền khen của chủ tịch huyện chuyển về chủ tịch xã đúng k", "giờ gửi thẳng
                # lên tỉnh, không qua huyện nữa phải không": the claim is what the reform did
                # (NĐ 129/2025 Điều 59), which the block states (task h114)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
            elif (told := reform_date_wrong(reading.question)) is not None:
                # "cấp huyện bị bỏ từ 1/1/2025 phải k": the reform is right, the day is not;
                # the two-level local government runs from 01/7/2025 (task h221)
                body = f"Không. {_REFORM_DAY_TOLD.format(told=told)} {body}"
            elif abolition_confirmed(reading.question):
                # "zalo bảo cấp huyện bỏ từ 1/7/2025, đúng k ạ, vậy LĐTT giờ ai ký": the
                # abolition is put up for confirmation in a clause of its own (task h120)
                body = f"Có. {body}"
            elif (
                reading.entities
                and set(reading.entities) - BODIES <= _XA_DECIDES
                and all(p.attr == "decides" for p in reading.pairs)
                and xa_acts_now_claimed(asked)
            ):
                # "trước kia thị xã công nhận TDP văn hóa, bây giờ phường tôi có được tự công
                # nhận không", "không còn huyện thì xã có tặng giấy khen cho gia đình bà được
                # không": the district told first, the xã claimed to decide now; what the
                # district decided the xã's chairman decides (NĐ 129/2025 Điều 59) (task h374)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
            elif any(p.yesno and p.attr == "payer" for p in reading.pairs) and district_then_xa_now(
                asked
            ):
                # "trước đây tiền thưởng LĐTT do quỹ của huyện chi, bây giờ có phải lấy từ quỹ
                # của xã không": the district is the past; who pays now is the part's to answer
                # (NĐ 152/2025 Điều 46: the fund of the level that decides) (task h374)
                draft.premise_at = len(parts)
            elif reading.pairs and (
                abolition_only_told(reading.question)
                # "thị xã cũ của em giờ sáp nhập, …": a former district told (task h119)
                or former_district_only(reading.question)
                # "…, em mới ở huyện về xã nên chưa rõ": the asker's past (task h284)
                or district_as_background(reading.question)
                # "…, 2 năm đầu do chủ tịch huyện ký, … đủ điều kiện CSTĐ tỉnh k": the district
                # signed titles of the run told (task f187)
                or district_signed_in_run(reading.question)
                # "cán bộ huyện cũ nói …, đúng k": the district only tells (task h360)
                or district_only_teller(reading.question)
            ):
                # "bỏ huyện rồi thì CSTĐ tỉnh vẫn cần 3 lần CSTĐCS đúng k": the abolition is
                # the premise; the rule asked is the parts' to decide (task h114), unless none
                # of them does (then the block's own verdict is put back below)
                draft.premise_at = len(parts)
            elif any(p.yesno for p in reading.pairs) and other_gone_with_district(asked):
                # "sau khi bỏ cấp huyện thì GV không còn được xét CSTĐCS nữa, đúng k": what is
                # claimed gone is a title or a right, not the district; the abolition is the
                # premise and the title's part decides (the reform's own "Không" is put back
                # below when none does) (task h261)
                draft.premise_at = len(parts)
            elif any(p.yesno for p in reading.pairs) and district_only_offered_second(asked):
                # "hồ sơ gửi qua Sở Nội vụ đúng k hay vẫn qua phòng nội vụ huyện": the claim
                # is the first way, which a part answers; the district is the premise
                draft.premise_at = len(parts)
            elif claimed_gone(asked, body) or _DISTRICT_ACT_DENIED.search(folded_words(asked)):
                # "cấp huyện bị bỏ từ 1/7/2025 đúng không": the claim is the reform itself,
                # which the block states (task h101); "huyện bỏ rồi thì chủ tịch huyện k tặng
                # giấy khen nữa đúng k": the district's act claimed gone (task f185a)
                body = f"Có. {body}"
            elif firm_acts_alone_claimed(asked):
                # "trước gửi danh sách LĐTT lên huyện, giờ bỏ huyện thì công ty tự ký được k":
                # the director decides for the firm's own people (Luật 2022 Điều 80 khoản 4),
                # before the reform and after it (h236)
                body = f"Có. {_FIRM_KEEPS} {body}"
            elif (
                xa_signs_now_claimed(asked)
                and reading.entities
                and set(reading.entities) - BODIES <= _XA_DECIDES
            ):
                # "trước chủ tịch huyện ký TTLĐTT cho trường, giờ bỏ huyện thì chủ tịch xã ký
                # đúng k": the district's power is the xã chairman's now (NĐ 129/2025 Điều 59)
                body = f"Có. {body}"
                draft.moved_at = len(parts)
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
            fact.verdict
            and asks_yesno(reading.question)
            and district_signed_before_reform(reading.question)
            and (past := fact.by_subject.get("past_awards")) is not None
            # "QĐ … do chủ tịch huyện ký 20/12/2024 nhưng chưa chi, giờ xã chi 2.530.000 đúng
            # k": the sum claimed is the yes/no, which the prize's part judges (task h420)
            and not _sum_claimed(reading.question)
        ):
            # the same, told aside ("…, do chủ tịch UBND huyện ký, vậy có đúng thẩm quyền
            # không"): the district's own power then (task h219)
            body = f"Có. {_DISTRICT_THEN} {past.text} {body}"
            cited = past
        elif (
            not reading.pairs
            and asks_yesno(reading.question)
            and (
                _XA_NOW.search(f" {' '.join(tokens(reading.asked or reading.question))} ")
                # task h432: "trước gửi lên UBND huyện, bây giờ k còn huyện thì chủ tịch xã ký
                # đúng k": the abolition told between "bây giờ" and the xã
                or xa_acts_now_claimed(reading.asked or reading.question)
            )
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
            reading.entities
            and set(reading.entities) - BODIES <= _XA_DECIDES
            and any(p.attr == "decides" for p in reading.pairs)
            and xa_acts_now_claimed(reading.asked or reading.question)
            and not xa_power_denied(reading.question)
            # a plain "… được không" is the title's part to answer (test_h261)
            and (not asks_yesno(reading.question) or _SURPRISED.search(reading.question))
        ):
            # task f180b (b180): "CSTĐCS trước là chủ tịch UBND huyện ký, giờ chẳng lẽ xã tự ký
            # được sao, thưởng bn": the district told as the past, the xã claimed to decide now
            # with a surprised or tag ask (no plain yes/no tail, or a second ask after it); what
            # the district decided the xã's chairman decides (NĐ 129/2025 Điều 59)
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
        elif (
            reading.entities
            and set(reading.entities) - BODIES <= _XA_DECIDES
            and xa_now_confirmed_midway(reading.question)
        ):
            # "thôn VH trước do huyện công nhận, giờ chủ tịch xã công nhận đúng k, vậy thôn gửi
            # gì lên xã": the move put up in a clause before the last ask (task h403)
            body = f"Có. {body}"
            draft.moved_at = len(parts)
        listed = fact.by_subject.get("xa_titles")
        if listed is not None and _XA_TITLES_ASKED.search(folded_words(reading.question)):
            # "sau khi bỏ cấp huyện thì chủ tịch xã được quyết định tặng những danh hiệu nào":
            # the whole list the xã's chairman decides now, Gia đình văn hóa (his before the
            # reform too) with the district's former titles (NĐ 129/2025 Điều 59), after
            # whatever verdict the letter's own claim was given (task h477)
            body = f"{body} {listed.text}"
            cited = dataclasses.replace(
                cited, sources=tuple(dict.fromkeys([*cited.sources, *listed.sources]))
            )
        parts.append(block_part(_REFORM_TITLE, body, cited))


def _repealed_blocks(draft: Draft) -> None:
    """One block per repealed text the question names by its number, saying what replaced it,
    with the verdict when the question asks whether the text still applies."""
    model, reading, parts, yesno = draft.model, draft.reading, draft.parts, draft.yesno
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
            draft.carried_at.append(len(parts))
        parts.append(Part(title, f"**{title}**\n{body}", (cite,), "H"))


def _pairs_asked(draft: Draft) -> list[Pair]:
    """The pairs to answer, in order: the repealed rule a letter tells first, then those read."""
    model, reading, yesno = draft.model, draft.reading, draft.yesno
    pairs, draft.compared, draft.same = _compared(model, reading)
    pairs = _told_pairs_dropped(pairs, reading)
    pairs = _kind_asked_of_person(model, pairs, reading.question)
    pairs = _prize_of_payer(model, pairs, reading.question)
    pairs = _yes_no_shared(model, pairs, reading.question)
    pairs = _judged_before_share(pairs)
    pairs = _failed_case_first(model, pairs)
    pairs = _paper_asked_first(pairs, reading.question)
    pairs = _revoked_award_told(pairs, reading.question)
    pairs = _council_paper_of_title(pairs)
    pairs = _decision_days_asked(pairs, reading.question)
    told_old = _old_rule_told(model, reading) if yesno else None
    if told_old is not None:
        # "ông hàng xóm nói GĐVH vẫn chấm điểm, dưới 85 là trượt … năm nay có bị trượt không":
        # the rule the letter tells is the repealed one, whose own part answers first
        pairs = [told_old, *pairs]
    return pairs


#: the days a decision is asked to be made in: "có phải ra QĐ trong 10 ngày k" (task f186)
_DECISION_DAYS_ASKED = re.compile(
    r"\b(?:ra|ky|ban hanh) (?:qd|quyet dinh)(?: \w+){0,3}? trong (?:vong )?\d+ ngay"
    r"(?: \w+){0,3}? (?:khong|k|ko|hong)\b"
)


def _decision_days_asked(pairs: list[Pair], question: str) -> list[Pair]:
    """ "xã nhận đủ hồ sơ GĐVH ngày 1/12, chủ tịch xã có phải ra QĐ trong 10 ngày k": the yes/no
    is of the days the decision is made in (NĐ 86/2023 Điều 8: 10 ngày from the full dossier),
    not of the yearly review's deadline the day told was read against; the processing time's
    part carries it (task f186)."""
    deadline = next((p for p in pairs if p.attr == "deadline" and p.yesno), None)
    if deadline is None or not _DECISION_DAYS_ASKED.search(folded_words(question)):
        return pairs
    timed = next(
        (p for p in pairs if p.attr == "processing_time" and p.entity == deadline.entity), None
    )
    if timed is None or timed.yesno:
        return pairs
    return [
        dataclasses.replace(p, yesno=True) if p is timed else p for p in pairs if p is not deadline
    ]


def _told_pairs_dropped(pairs: list[Pair], reading: Reading) -> list[Pair]:
    """ "nhà bà được chủ tịch xã tặng giấy khen, có 760 nghìn tiền thưởng, con rể bảo phải đóng
    thuế TNCN có đúng không": a message asking only whether a prize is taxed (no who, what, how
    much) tells the prize itself as its background: who signed it and the amount had. Those
    parts are not answered; a block on them would answer, and open with a verdict on, what
    nobody asked (task h374). Other parts are left as read."""
    if not any(p.attr == "tax" and p.yesno for p in pairs):
        return pairs
    words = [t for t in tokens(reading.question) if t.isalnum()]
    if asks_wh(words) or "hay" in words:
        return pairs
    clauses = [c for c in CLAUSE_COMMA.split(reading.question) if c.strip()]
    if any(asks_yesno(c) for c in clauses[:-1]):
        # "… thưởng 1.520.000 phải k, tiền đó có phải đóng thuế k": the amount is put up in
        # an ask of its own (b105)
        return pairs
    return [p for p in pairs if p.attr not in _TAXED_TOLD] or pairs


#: what a message asking whether a prize is taxed tells of that prize
_TAXED_TOLD = frozenset({"money", "decides"})


#: "tiền thưởng" (the prize) named in a question
_PRIZE_NAMED = re.compile(r"\btien thuong\b")


def _prize_of_payer(model: FactModel, pairs: list[Pair], question: str) -> list[Pair]:
    """ "bỏ huyện rồi thì tiền thưởng thôn văn hóa giờ xã chi từ quỹ của xã đúng k": the prize
    named is said with who pays it, its amount after the payer's part (NĐ 152/2025 Điều 46, 50)
    (task h374)."""
    if not _PRIZE_NAMED.search(folded_words(question)):
        return pairs
    have = {(p.entity, p.attr) for p in pairs}
    out = list(pairs)
    for p in pairs:
        money = model.facts.get(p.entity, {}).get("money")
        if (
            p.attr == "payer"
            # a payer put up for confirmation ("… xã chi từ quỹ của xã đúng k"); asked apart
            # ("lấy ở đâu") the amount is not asked (task h244)
            and p.yesno
            and money is not None
            and money.coefficients
            and (p.entity, "money") not in have
        ):
            out.append(dataclasses.replace(p, attr="money", yesno=False))
            have.add((p.entity, "money"))
    return out


#: which title asked ("danh hiệu gì", "danh hiệu nào")
_WHICH_TITLE = re.compile(r"\bdanh hieu (?:gi|j|nao)\b")


def _kind_asked_of_person(model: FactModel, pairs: list[Pair], question: str) -> list[Pair]:
    """ "con trai tôi là dân quân thường trực, cuối năm được xét LĐTT hay là danh hiệu gì": the
    kind of title asked of a person the title's own rule names a case of is which title that
    person has, the eligibility rule's (Luật 2022 Điều 24 khoản 2: Chiến sĩ tiên tiến), not
    whether the title is a danh hiệu or a hình thức khen thưởng (task h374)."""
    if _WHICH_TITLE.search(folded_words(question)) is None:
        # "GĐVH là danh hiệu thi đua hay hình thức khen thưởng" asks the kind itself (b128)
        return pairs
    out = []
    for p in pairs:
        rule = model.fact(p.entity, "eligible") if p.attr == "kind" and p.subject else None
        if rule is not None and p.subject in rule.by_subject:
            p = dataclasses.replace(p, attr="eligible")
        out.append(p)
    return out


#: what a revocation takes back, which its own block says (Luật 2022 Điều 93 khoản 8)
_TAKEN_BACK = frozenset({"object"})
#: the initiative itself told as copied: the false achievement the revocation is asked of
_COPIED = re.compile(r"\b(?:di chep|chep cua|chep lai|sao chep|dao van|dao sang kien)\b")


#: an amount asked ("bao nhiêu", "bn", "mấy tiền")
_AMOUNT_ASKED = re.compile(r"\b(?:bao nhieu|bn|may tien|may trieu)\b|\d")


def _revoked_award_told(pairs: list[Pair], question: str) -> list[Pair]:
    """ "thôn được công nhận, có bằng có tiền rồi, nhưng phát hiện khai khống thì xử lý ra sao":
    the award's certificate told as had is taken back by the revoking rule asked (Luật 2022
    Điều 93 khoản 8); a copied initiative told is the false achievement, not a criterion asked
    (task h374). A part put up as a yes/no, or an amount asked or told, stays (h337, b109)."""
    revoked = {p.entity for p in pairs if p.attr == "revoke"}
    said = folded_words(question)
    if not revoked or _AMOUNT_ASKED.search(said):
        # "bị hủy vì khai man, tôi phải nộp lại bao nhiêu tiền": the prize is asked (h337)
        return pairs
    copied = _COPIED.search(said) is not None
    return [
        p
        for p in pairs
        if not (
            p.entity in revoked
            and not p.yesno
            and (p.attr in _TAKEN_BACK or (copied and p.attr == "initiative"))
        )
    ] or pairs


#: the xã's council, whose minutes are a paper of a title's dossier
_COUNCIL_ENTITIES = frozenset({"hoi_dong_xa"})


def _council_paper_of_title(pairs: list[Pair]) -> list[Pair]:
    """ "có cần biên bản họp hội đồng thi đua để khen đột xuất không": the council's minutes are
    the paper asked of the award's dossier, not the council's own dossier; the award's part
    answers (a sudden award needs none: Luật 2022 Điều 85) (task h374)."""
    titled = [p for p in pairs if p.attr == "dossier" and p.entity == _SUDDEN]
    if not titled:
        # a yearly title's dossier holds the minutes the council's block details: both stay
        return pairs
    return [p for p in pairs if not (p.attr == "dossier" and p.entity in _COUNCIL_ENTITIES)]


#: the paper that proves a sáng kiến or đề tài, named as a paper ("giấy công nhận sáng kiến")
_INITIATIVE_PAPER = re.compile(
    r"\b(?:giay|quyet dinh|qd|van ban|ban) (?:\w+ ){0,2}?(?:cong nhan|chung nhan|xac nhan)"
    r" (?:\w+ ){0,2}?(?:sang kien|de tai|sk)\b"
)

#: whether a sáng kiến is required, asked in its own words ("có bắt buộc sáng kiến không")
_INITIATIVE_ASKED = re.compile(
    r"\b(?:bat buoc|can|phai|doi hoi) (?:co |phai co )?(?:sang kien|sk)\b"
)


def _paper_asked_first(pairs: list[Pair], question: str) -> list[Pair]:
    """ "CSTĐCS xét theo diện sáng kiến thì hồ sơ có phải kèm giấy công nhận sáng kiến k": the
    paper asked is the dossier's (Luật 2022 Điều 84 khoản 1 điểm d), so the dossier's block
    answers first, before the one on whether a sáng kiến is required at all."""
    dossier = next((p for p in pairs if p.attr == "dossier" and p.yesno), None)
    if dossier is None or not any(p.attr == "initiative" for p in pairs):
        return pairs
    said = folded_words(question)
    # "có bắt buộc sáng kiến không, hồ sơ có cần kèm giấy …": the requirement asked too, first
    if _INITIATIVE_PAPER.search(said) is None or _INITIATIVE_ASKED.search(said):
        return pairs
    return [dossier, *(p for p in pairs if p is not dossier)]


#: told cases that fail a title's first condition (Luật 2022 Điều 23 khoản 1, Điều 24 khoản 1)
_FAILED_CASES = frozenset({"htnv", "ky_luat", "khong_dat_ldtt"})


def _failed_case_first(model: FactModel, pairs: list[Pair]) -> list[Pair]:
    """ "nghỉ thai sản gần cả năm, cuối năm chỉ HTNV, nghe nói thai sản vẫn được LĐTT, đúng k":
    one yes/no read for two cases told; the case that fails the title ("Không") decides the
    answer, so its block opens, the allowing case's rule after it (issue 11, h321)."""
    out = list(pairs)
    for failed in pairs:
        if not failed.yesno or failed.subject not in _FAILED_CASES:
            continue
        if _case_verdict(model, failed) != "Không":
            continue
        at = next(
            (
                j
                for j, other in enumerate(out[: out.index(failed)])
                if (other.entity, other.attr) == (failed.entity, failed.attr)
                and other.yesno
                # both cases told of one person for one ask ("nghỉ thai sản …, chỉ HTNV"), not
                # two asks in turn ("thai sản có được tính không, bị khiển trách thì sao")
                and other.subject in failed.cases
                # two failing cases told of two people keep the letter's order
                and _case_verdict(model, other) != "Không"
            ),
            None,
        )
        if at is not None:
            out.remove(failed)
            out.insert(at, failed)
    return out


def _case_verdict(model: FactModel, pair: Pair) -> str | None:
    """The verdict the title's rule of who may have it gives the pair's case, if it names it."""
    eligible = model.fact(pair.entity, "eligible")
    case = eligible.by_subject.get(pair.subject or "") if eligible is not None else None
    return case.verdict if case is not None else None


def _judged_before_share(pairs: list[Pair]) -> list[Pair]:
    """ "trung tâm 12 viên chức, 100% hoàn thành nv, 9 người LĐTT …, đề nghị TTLĐXS được k": a
    share told ("100%") reads the title's share part, which carries no verdict; the title's
    yes/no part, which judges that share, answers first, the share's rule after it."""
    out = list(pairs)
    for k, judged in enumerate(pairs):
        if not judged.yesno or judged.attr != "eligible":
            continue
        at = next(
            (
                j
                for j, share in enumerate(out[:k])
                if share.attr == "cap" and share.entity == judged.entity and not share.yesno
            ),
            None,
        )
        if at is not None:
            out.remove(judged)
            out.insert(at, judged)
    return out


def _yes_no_shared(model: FactModel, pairs: list[Pair], question: str) -> list[Pair]:
    """ "25 người, 17 người LĐTT … bảo đủ 65 % là được TTLĐXS, đúng k": the yes/no read on a
    later pair of the same fact (its subject "cá nhân" only from the head-count "người") is
    asked of the block that fact shows once, the first pair's. "lao xuống hồ cứu …, giấy khen
    cho ông có phải chờ cuối năm không": the giấy khen's deadline shows the sudden deed's
    fact, which the khen đột xuất pair read before it shows already (task h195)."""
    out = list(pairs)
    for k, later in enumerate(pairs):
        sudden = _sudden_deed_fact(model, later, question)
        fact = sudden or model.fact(later.entity, later.attr)
        if not later.yesno or fact is None or later.subject in fact.by_subject:
            continue
        for j, first in enumerate(out[:k]):
            if (
                (
                    (first.entity, first.attr) == (later.entity, later.attr)
                    or (sudden is not None and model.fact(first.entity, first.attr) is sudden)
                    # task h401: a general rule read on two titles ("… giấy khen xã rồi mới
                    # đề nghị bằng khen tỉnh" asks the step-up rule of both) is one fact
                    or (
                        first.attr == later.attr
                        and model.attributes.get(later.attr) is not None
                        and model.fact(first.entity, first.attr) is fact
                    )
                )
                and not first.yesno
                and first.subject not in fact.by_subject
            ):
                out[j] = dataclasses.replace(first, yesno=True)
                break
    return out


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


#: words that only open the case told ("nếu …", "trường hợp …")
_CONDITION_WORD = re.compile(r"\b(?:neu|truong hop)\b")


def _served_decides(reading: Reading, asked: str) -> bool:
    """ "nếu tuyển dụng từ tháng 5 thì đến cuối năm hơn 6 tháng, có đủ đk xét LĐTT k": the case
    told is a new hire's service that reaches the 6-month rule (Luật 2022 Điều 24, Thông tư
    15/2025/TT-BNV), which decides it; nothing else befell the one asked about (task h219)."""
    if reading.served is None:
        return False
    return not circumstance(_CONDITION_WORD.sub(" ", " ".join(fold(asked).lower().split())))


#: a "nếu" that only says which kind of commune-level unit is asked about ("nếu là đặc khu",
#: "nếu trước đây là thị xã, nay thành phường"): the place's own case, no circumstance
_PLACE_SUPPOSED = re.compile(
    r"\bneu (?:(?:truoc (?:day |kia )?|von |cu )?la (?:thi xa|thi tran|quan|huyen)\b,? "
    r"(?:nay|gio|bay gio|hien nay|hien|sau sap nhap) (?:da )?(?:thanh|la|chuyen thanh|len)|la)"
    r" (?:xa|phuong|dac khu)\b"
)


def _place_named(pair: Pair, asked: str) -> str:
    """The text read for a circumstance, a place's kind supposed ("nếu là đặc khu thì có xét
    danh hiệu tiêu biểu như xã k") taken out when the place is the case asked: the kind is who
    the rule's case is (task f205: xã, phường, đặc khu tiêu biểu, NĐ 152/2025 Điều 50)."""
    if pair.subject not in _PLACE_CASES:
        return asked  # the cheap gate: no place asked of
    folded = " ".join(fold(asked).lower().split())
    return _PLACE_SUPPOSED.sub(" ", folded) if "neu " in folded else asked


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
            # several titles is about, no condition it leaves open; so are they for the
            # rule of one achievement, one form (Luật 2022 Điều 5 khoản 2 điểm c; f199)
            and pair.attr not in ("several", "one_achievement")
            and not _run_of_held_title_denied(block)
            and not _route_met_beside_held(block, reading.question)
        )
        or (
            pair.attr == "eligible"
            and (pair.subject not in _CASES or pair.subject not in block.fact.by_subject)
            and not (pair.subject or "").startswith(("dat_", "khong_dat_", "can_"))
            and (
                (
                    circumstance(
                        _place_named(pair, of_the_year_asked(reading)), _rule_of_case(block)
                    )
                    and not _served_decides(reading, of_the_year_asked(reading))
                )
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
            # where a doanh nghiệp, HTX sends its workers' file: nowhere, its director
            # decides (Luật 2022 Điều 80 khoản 4), however asked
            # a force's prize asked under LĐTT's name is its own title's (Chiến sĩ tiên tiến)
            or pair.attr
            in ("eligible", "decides", "regulates", "several", "consecutive", "submit", "money")
            # the criteria of a title the armed forces reach by their own title (Chiến sĩ tiên
            # tiến for LĐTT, Luật 2022 Điều 23 khoản 1, Điều 24 khoản 2), however asked (h370)
            or (pair.attr == "criteria" and pair.subject in _ARMED_CASES)
            # "phường ký những danh hiệu tập thể nào, còn danh hiệu nào phải trình tỉnh": the
            # titles of the level asked, its own and those it sends up (task h374)
            or (pair.attr == "titles" and pair.subject == "xa")
        )
    ):
        case = block.fact.by_subject[pair.subject]
        # task h233: the person told decides the case asked of them: a level of duty asked of a
        # farmer is no criterion of theirs (Luật 2022 Điều 24 khoản 3): "<person>+<case>"
        case = next(
            (
                block.fact.by_subject[f"{c}+{pair.subject}"]
                for c in pair.cases
                if f"{c}+{pair.subject}" in block.fact.by_subject
            ),
            case,
        )
        if pair.yesno and pair.subject in _LEVEL_CASES and case.verdict == "Có":
            # a level of duty reached allows it, but who the asker is may rule it out
            case = next(
                (
                    block.fact.by_subject[c]
                    for c in pair.cases
                    if c not in _LEVEL_CASES
                    and c in block.fact.by_subject
                    # "công chức địa chính xã": a person told, the xã is where the post is,
                    # not a second one up for the title (task h260)
                    and not (c in _PLACE_CASES and _PERSON_CASES & set(pair.cases))
                    and (block.fact.by_subject[c].verdict or "").startswith(("Không", "Tùy"))
                ),
                case,
            )
        if pair.yesno and pair.subject in _PERSON_CASES and case.verdict != "Không":
            # "hội đồng xét CSTĐCS cho công chức bị cảnh cáo được không": the person is
            # asked about, the discipline told of them bars the title (task h260)
            barred = next(
                (
                    block.fact.by_subject[c]
                    for c in pair.cases
                    if c in _BARRING_CASES
                    and c in block.fact.by_subject
                    and (block.fact.by_subject[c].verdict or "").startswith("Không")
                ),
                None,
            )
            if barred is not None:
                case, block.undecided = barred, False
        if pair.yesno and pair.subject in _ARMED_CASES and case.verdict == "Không":
            # "2 dân quân thường trực hoàn thành tốt nhiệm vụ, xét LĐTT được k hay danh hiệu
            # khác": the force's own title (Chiến sĩ tiên tiến) rules LĐTT out whatever level
            # of duty is told (Luật 2022 Điều 24 khoản 2; task f186)
            block.undecided = False
        if pair.yesno and pair.subject in _LEAVES_COUNTED:
            case = _leaves_joined(block.fact, pair, case)
        block.fact = case


#: the armed forces (quân nhân, dân quân thường trực; công an), whose first condition of a title
#: is their own title (task h370)
_ARMED_CASES = frozenset({"dan_quan_tt", "cong_an"})
#: times away from work whose rule says they count toward the year's title (TT 15/2025)
_LEAVES_COUNTED = frozenset({"thai_san", "di_hoc", "bi_thuong"})
#: the cases said beside a leave asked of: the other leaves, and a contract told of the same
#: person ("cô giáo hợp đồng, nghỉ thai sản": both rules are asked of, h357)
_JOINED_CASES = _LEAVES_COUNTED | {"hop_dong"}


def _leaves_joined(fact: Fact, pair: Pair, case: Fact) -> Fact:
    """ "vừa nghỉ thai sản vừa đi học 3 tháng loại khá": each time away told whose rule grants
    the same verdict is said, one sentence each, under that verdict (h357)."""
    others = [
        fact.by_subject[c]
        for c in pair.cases
        if c != pair.subject and c in _JOINED_CASES and c in fact.by_subject
    ]
    others = [o for o in others if o.verdict == case.verdict == "Có" and o.text not in case.text]
    if not others:
        return case
    text = " ".join([case.text, *(without_opener(o.text) for o in others)])
    sources = tuple(dict.fromkeys([*case.sources, *(c for o in others for c in o.sources)]))
    return dataclasses.replace(case, text=text, sources=sources)


def _rule_of_case(block: Block) -> str:
    """The rule for the person asked about (the case's own fact, else the general one): the
    text whose condition a "nếu" clause of the question may restate."""
    case = block.fact.by_subject.get(block.pair.subject or "")
    return (case or block.fact).text


def _route_met_beside_held(block: Block, question: str) -> bool:
    """ "đạt LĐTT, có đề tài khoa học đã nghiệm thu thì có được đề nghị CSTĐCS không": the held
    title the criteria start from, told beside another of their routes met (a sáng kiến
    recognised, a đề tài accepted), meets the criteria (Luật 2022 Điều 23 khoản 2); the case is
    decided, no condition left open."""
    return (
        block.pair.attr == "eligible"
        and block.pair.subject == "dat_ldtt"
        and "de tai" in fold(block.fact.text)
        and route_recognised_told(" ".join(fold(question).lower().split()))
    )


def _run_of_held_title_denied(block: Block) -> bool:
    """ "đạt TTLĐTT 3 năm liền thì có được TTLĐXS không": the title asked needs no run of years
    of any title (its fact says "Không"), so years of another title held bring it by no rule;
    its own criteria decide, which the verdict stage adds (Luật 2022 Điều 27; h169)."""
    return (
        block.pair.attr == "consecutive"
        and (block.pair.subject or "").startswith("dat_")
        and block.fact.verdict == "Không"
    )


def _day_written(question: str, day: date) -> bool:
    """Whether ``question`` writes ``day`` with its day of the month ("10/12/2025")."""
    return re.search(rf"(?<![\d/])0?{day.day}/0?{day.month}\b", question) is not None


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
        others = list(other_decisions(reading.question, paid, salaries, as_of, reading.whole))
        for other in others:
            # "quyết định tháng 4 thưởng bao nhiêu, nếu tháng 8 thì bao nhiêu": each date
            # asked is paid on the base in force that day
            block.body = f"{block.body} {when_decided(other, paid, salaries)}: "
            block.body += f"{amounts_text(fact, other, salaries)}."
        if (
            # two decisions compared ("qđ t6/2026 vs t7/2026"): each is priced above, and a
            # month gives no day of its own to name as "the" decision's (task f199); a day the
            # asker wrote is the decision's ("ký ngày 10/12/2025, tháng 9/2026 mới chi")
            isinstance(reading.decided, date)
            and (not others or _day_written(reading.question, reading.decided))
            and salaries.at(paid).amount != salaries.at(as_of).amount
        ):
            # "quyết định ký ngày 20/12/2025 …, xã bảo đợi lương cơ sở tăng thì tính mức
            # mới": a past decision is paid on its own day's base, however late the money
            # comes (NĐ 152/2025; domain.md "Prize money") (task h474)
            block.body = f"{block.body} {_DECISION_DAY_NOTE.format(day=format_date(paid))}"
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


#: who decides a title and where it is sent to be decided: one claim on who acts
_WHO_ACTS = frozenset({"decides", "submit"})


def _contrary_unasked_opener_dropped(draft: Draft) -> None:
    """A part asked no yes/no loses the "Có." / "Không." its fact opens with when the part
    that carries the yes/no opens with the other: "giám đốc chỉ được tặng LĐTT, còn CSTĐCS
    phải xin tỉnh, đúng k" asks the claim of CSTĐCS ("Không."); the LĐTT part's own "Có."
    (the director decides both, Luật 2022 Điều 80 khoản 4) would read as a yes to the whole
    claim (task h242)."""
    firm = {"Có", "Không"}
    if len(draft.asked_verdicts) != 1:
        return
    ((attr, verdict),) = draft.asked_verdicts
    if verdict not in firm or attr not in _WHO_ACTS:
        # only who acts: an object or money part's own verdict may answer the claim itself
        # ("huy hiệu chỉ CSTĐ tỉnh, còn CSTĐCS chỉ có bằng và khung phải k")
        return
    for at, unasked_attr in draft.unasked_at:
        part = draft.parts[at]
        head, _, body = part.text.partition("\n")
        # only the same question of another title ("ai quyết định" of LĐTT beside CSTĐCS,
        # "phải trình tỉnh" told of it): a part asking something else keeps its opener
        if unasked_attr in _WHO_ACTS and body.partition(".")[0] in firm - {verdict}:
            draft.parts[at] = dataclasses.replace(part, text=f"{head}\n{without_opener(body)}")


#: the attributes whose figure the province's quy chế sets (Luật 2022 Điều 75 khoản 2; NĐ
#: 152/2025 Điều 6 khoản 2 điểm c)
_LEFT_ATTRS = frozenset({"vote_share", "cap"})


def _left_part_first(draft: Draft) -> None:
    """ "bỏ phiếu kín ở hội đồng TĐKT xã, có quy định tỷ lệ phiếu đồng ý tối thiểu k": the one
    yes/no part answers "Tùy" (the province sets the share); a part asked no yes/no before it
    whose fact opens "Có." would read as the answer, so the asked part opens (task f186)."""
    if len(draft.asked_verdicts) != 1:
        return
    ((attr, opening),) = draft.asked_verdicts
    if attr not in _LEFT_ATTRS or not opening.startswith("Tùy"):
        return
    unasked = {at for at, _ in draft.unasked_at}
    asked = [at for at in range(len(draft.parts)) if at not in unasked]
    if len(asked) != 1:
        return
    at = asked[0]
    firm_before = [
        i
        for i in sorted(unasked)
        if i < at and draft.parts[i].text.partition("\n")[2].startswith(("Có.", "Không."))
    ]
    if firm_before:
        draft.parts.insert(firm_before[0], draft.parts.pop(at))


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
    elif (payer_at := _payer_denied_at(draft)) is not None:
        # "xã phải chi 7.590.000 từ quỹ xã đúng k": the sum is right but the payer claimed is
        # not; who pays is what the claim gets wrong, so it opens the answer (task h276)
        parts.insert(0, parts.pop(payer_at))


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
    if carried_at and any(opens_with_verdict(p) for p in parts[carried_at[-1] + 1 :]):
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


def cues_named(toks: tuple[str, ...], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``cues`` stands in ``toks``: ``any(toks[i : i + len(c)] == c for c in cues
    for i in range(len(toks)))``, with a cue's words compared only where its first word stands
    (s46b: the words of a cue that match start with its first; an empty cue matches any words
    but none)."""
    for c in cues:
        if not c:
            if toks:
                return True
            continue
        head, size = c[0], len(c)
        for i, tok in enumerate(toks):
            if tok == head and toks[i : i + size] == c:
                return True
    return False


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
        return cues_named(toks, cues)

    if not names(story) or names(asked):
        return None  # told in the asking sentence itself, its own parts read it
    held = [e for e in reading.entities if "old_rules" in model.facts.get(e, {})]
    if len(held) != 1:
        return None
    return Pair(held[0], "old_rules", None, True)


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
    if len(yesno) == 1 and yesno[0].attr in _BROUGHT:
        # "xã tiêu biểu chỉ được bằng chứng nhận, không có tiền thưởng, đúng k": the things
        # one title brings, listed under the one ask, are claimed together though the yes/no
        # was read on the last (h354)
        yesno = [p for p in reading.pairs if p.entity == yesno[0].entity and p.attr in _BROUGHT]
    if len(yesno) < 2:
        return None
    # "TTLĐXS cần ít nhất 70 % LĐTT, còn TTLĐTT chỉ cần 50 % là đủ, đúng k": several titles'
    # shares claimed under one ask are one claim, wrong when one share is (Luật 2022 Điều 27,
    # 28; task f186)
    shares = all(p.attr == "cap" for p in yesno)
    if (
        not shares
        and len({p.entity for p in yesno}) != 1
        and not shared_claimed(reading.asked or reading.question)
        and not _sides_paired(reading, yesno)
    ):
        # "LĐTT và CSTĐCS đều 0,3 đúng k": one figure claimed of several titles is one claim
        # too, wrong when any title's figure differs (h354)
        return None
    if not shares and any(p.attr not in _BROUGHT for p in yesno):
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


def _sides_paired(reading: Reading, yesno: list[Pair]) -> bool:
    """ "CSTĐCS thưởng 1,0 lần còn TTLĐTT thưởng 1,5 lần đúng k": each title's own figure of one
    attribute set side by side with "còn" under one ask is one two-sided claim, wrong when
    either side is (NĐ 152/2025 Điều 50; task f195, b195 F1)."""
    # (the whole question: the asking clause as read drops "còn")
    return len({p.attr for p in yesno}) == 1 and "con" in tokens(reading.question)


#: a claim asked to be wrong: "vậy là sai phải không", "có sai không"
_WRONG_ASKED = re.compile(r"\b(?:la |co |bi )?sai (?:\w+ )?(?:phai|dung|khong|ko|k|ha|a)\b")


def _payer_denied_at(draft: Draft) -> int | None:
    """Where the payer block stands when it opens "Không." after a money block opening "Có."
    and the letter asks one yes/no: the sum and its payer are claimed together. None
    otherwise."""
    reading, parts = draft.reading, draft.parts
    attrs = {p.attr for p in reading.pairs if p.yesno}
    if not {"payer", "money"} <= attrs:
        return None
    folded = " ".join(fold(reading.question).split())
    if len(_ASK_END.findall(folded)) != 1 or _WRONG_ASKED.search(folded):
        # "chi … là 1.880.000, vậy là sai phải k": the sum is asked wrong, and the money
        # block's "Có." answers that, not the payer
        return None
    label = draft.model.attributes.get("payer", "")
    payer = next((i for i, p in enumerate(parts) if label and p.title.endswith(label)), None)
    if payer is None or not parts[payer].text.partition("\n")[2].startswith("Không."):
        return None
    before = [p.text.partition("\n")[2][:3] for p in parts[:payer]]
    return payer if "Có." in before else None


#: the prizes asked added up: "cộng lại", "tổng cộng", "tất cả được bao nhiêu"
_SUM = re.compile(r"\b(?:cong lai|tong cong|tong tien|tong so tien|tat ca|gop lai|ca thay)\b")


def _total(model: FactModel, reading: Reading, paid: date, salaries: SalaryTable) -> Part | None:
    """ "LĐTT và CSTĐCS cộng lại được bao nhiêu": the prizes of the titles asked, added up on
    the decision date's base (each title one coefficient, else which one is meant is unsaid)."""
    if (
        _SUM.search(" ".join(tokens(reading.question))) is None
        and _TOTAL_ASKED.search(" ".join(tokens(reading.question))) is None
    ):
        return None
    facts = []
    for pair in reading.pairs:
        fact = model.facts.get(pair.entity, {}).get("money") if pair.attr == "money" else None
        if fact is not None and fact not in facts:
            facts.append(fact)
    if len(facts) == 1 and len(facts[0].coefficients) == 1:
        return _count_total(facts[0], reading, paid, salaries)
    if len(facts) < 2 or any(len(f.coefficients) != 1 for f in facts):
        return None
    base = salaries.at(paid)
    amounts = [SalaryTable.prize(f.coefficients[0][1], base.amount) for f in facts]
    sum_line = " + ".join(format_dong(a).removesuffix(" đồng") for a in amounts)
    body = f"Cộng lại: {sum_line} = {format_dong(sum(amounts))}"
    body += f" (lương cơ sở {format_dong(base.amount)})."
    sources = tuple(dict.fromkeys(c for f in facts for c in f.sources))
    fact = Fact(body, sources, "H", None, ())
    return block_part("Tổng tiền thưởng", body, fact, money=True, as_of=paid, salaries=salaries)


#: the recipients counted in a letter: "3 thôn", "ca 2 thon", "14 GV", "5 cá nhân"
_COUNTED = re.compile(
    r"\b(\d{1,3}) (?:thon|to dan pho|tdp|to|ban|nguoi|gv|giao vien|tap the|ca nhan|ho|truong"
    r"|don vi|cong chuc|vien chuc|can bo)\b"
)
#: a total asked: "tổng 3 thôn bao nhiêu", "cả 2 thôn tổng bao nhiêu"
_TOTAL_ASKED = re.compile(r"\btong\b(?: \w+){0,4}? bao nhieu\b|\btong bao nhieu\b")


def _count_total(fact: Fact, reading: Reading, paid: date, salaries: SalaryTable) -> Part | None:
    """ "3 thôn văn hóa QĐ ký 26/6/2026, … tổng 3 thôn bao nhiêu": one prize times the count
    told, when every count the letter tells is the same (NĐ 152/2025 Điều 50; task f186)."""
    said = " ".join(tokens(reading.question))
    if _TOTAL_ASKED.search(said) is None:
        return None
    counts = {int(n) for n in _COUNTED.findall(said)}
    if len(counts) != 1 or (count := counts.pop()) < 2:
        return None
    base = salaries.at(paid)
    amount = SalaryTable.prize(fact.coefficients[0][1], base.amount)
    body = (
        f"Cộng lại: {count} × {format_dong(amount).removesuffix(' đồng')} = "
        f"{format_dong(count * amount)} (lương cơ sở {format_dong(base.amount)})."
    )
    total = Fact(body, fact.sources, "H", None, ())
    return block_part("Tổng tiền thưởng", body, total, money=True, as_of=paid, salaries=salaries)


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
    if same is not None and titles and len(each) == 2:
        # "GK hộ gia đình chỉ thưởng bằng nửa cá nhân": "bằng" with a ratio claims the ratio,
        # not sameness; two titles with one coefficient each are in a ratio that decides it
        same = multiple_verdict(reading.question, each[0], each[1]) or same
    if same is None and titles:
        # "CSTT có ít hơn LĐTT không": the order claimed between the two titles' prizes
        same = order_verdict(reading.question, each, [_side_names(model, p) for p in kept])
    if same is None and len({p.entity for p in kept}) == 1 and len(facts) == 1:
        same = joint_verdict(reading.question, model.entities.get(kept[0].entity, ""), coefficients)
        same = same or occasion_verdict(reading.question, coefficients)
    if same is None or not kept:
        return pairs, None, None
    # each part shows its fact as asked without a yes/no (no case picked for the verdict); the
    # first carries the verdict on the comparison
    kept = [dataclasses.replace(p, yesno=False) for p in kept]
    return kept, kept[0], same


def _side_names(model: FactModel, pair: Pair) -> tuple[tuple[str, ...], ...]:
    """The folded phrases naming one side compared: its title's own names and those of the
    recipients that narrow a form to it ("tập thể" for the giấy khen of a collective)."""
    subjects = {
        s for narrow in model.specialize.values() for s, e in narrow.items() if e == pair.entity
    }
    return (
        *model.namings.get(("entity", pair.entity), ()),
        *(n for s in sorted(subjects) for n in model.namings.get(("subject", s), ())),
    )


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


#: the award given for a sudden deed, by the simplified procedure (Luật Điều 85)
_SUDDEN = DOT_XUAT
#: what the simplified procedure changes: whether the council meets, the papers, and when it
#: is decided (at once, not at the year-end review: Luật 2022 Điều 85; task h188)
_SUDDEN_PARTS = ("council", "dossier", "deadline", "processing_time")


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
    if case_met(question, rule) is None or route_stated(question, rule.not_met_by):
        return None
    return model.facts.get(_SUDDEN, {}).get(pair.attr)


#: the state honours (Luật 2022 Điều 59 khoản 2), folded, and the state forms of award that
#: are not honours (Huân chương, Huy chương, Bằng khen của Thủ tướng: Điều 8)
_HONOUR_NAMES = re.compile(
    r"\b(?:anh hung|ba me viet nam|me viet nam|me vn|nha giao (?:nhan dan|uu tu)"
    r"|thay thuoc (?:nhan dan|uu tu)|nghe si (?:nhan dan|uu tu)|nghe nhan (?:nhan dan|uu tu))\b"
)


#: subjects that are themselves a circumstance: a fact's case for one decides it
_CASES = frozenset(
    {"ky_luat", "moi_tuyen", "thai_san", "chuyen_cong_tac", "hop_dong", "htnv", "httnv", "htxs"}
    | {"di_hoc", "nghi_om", "bi_thuong", "ky_luat_truoc", "xu_phat"}
    # an elderly resident: their age told ("70 tuổi") is the case, no figure claimed (h258)
    | {"nguoi_cao_tuoi"}
    # a pupil: who they are settles a worker's title, whatever class or age told ("hs lớp
    # 12"; Luật 2022 Điều 24; h357)
    | {"hoc_sinh"}
)


_LEVEL_CASES = frozenset({"htnv", "httnv", "htxs"})
#: places a person may be told to work in, and the cases that tell a person
_PLACE_CASES = frozenset({"xa", "thon"})
_PERSON_CASES = frozenset({"ca_nhan", "nong_dan", "hop_dong", "moi_tuyen", "chuyen_cong_tac"})
#: a case told of a person that bars a title whatever else is told (TT 15/2025: discipline)
_BARRING_CASES = frozenset({"ky_luat"})
_DOC_KIND = {"NĐ-CP": "Nghị định", "TT-BNV": "Thông tư"}


#: the councils that advise on titles (Luật 2022 Điều 90): actors, not titles
_COUNCILS = frozenset({"hoi_dong_xa", "hoi_dong_tw"})


def _article(model: FactModel, entity: str) -> Fact | None:
    """ "LĐTT quy định ở điều mấy": the articles the title's own criteria (or eligibility, or
    decision) facts rest on, so every title answers it without a fact written for it."""
    if entity not in model.entities:
        return None  # a rule shared by every title ("*") names no title's article
    # a fund or a body has no criteria: its own sources ("sources") or its cap name its article
    for attr in ("criteria", "eligible", "decides", "sources", "cap"):
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


#: a past decision's prize: the base of its own day, not of the day the money is paid
_DECISION_DAY_NOTE = (
    "Tiền thưởng tính theo mức lương cơ sở tại ngày ký quyết định ({day}), không theo ngày chi"
    " tiền: lương cơ sở tăng sau ngày đó không làm đổi mức thưởng."
)

_TITLE_YEAR_NOTE = (
    "Tiền thưởng danh hiệu năm {year} tính theo mức lương cơ sở tại ngày ký quyết định khen"
    " (thường cuối năm {year} hoặc trong năm {next}), không theo mức lương cơ sở hiện nay."
)


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
_PROVINCE_KEPT = (
    "Chỉ những việc cấp huyện quyết định trước đây mới chuyển về Chủ tịch UBND xã; khen thưởng"
    " của tỉnh (Bằng khen, Cờ thi đua, danh hiệu Chiến sĩ thi đua và các danh hiệu của tỉnh) vẫn"
    " do Chủ tịch UBND tỉnh quyết định, xã chỉ lập hồ sơ đề nghị gửi Sở Nội vụ."
)
#: the xã still gives its giấy khen after the reform (task h346)
_XA_GIVES_GIAY_KHEN = (
    "Ngoài Bằng khen của Chủ tịch UBND tỉnh vẫn còn giấy khen: giấy khen trước đây do Chủ tịch"
    " UBND huyện tặng nay do Chủ tịch UBND xã tặng."
)
_NO_INTERMEDIARY = (
    "Không còn cấp trung gian: xã gửi hồ sơ đề nghị khen cấp tỉnh thẳng Sở Nội vụ (cơ quan"
    " thường trực Hội đồng Thi đua - Khen thưởng tỉnh)."
)
#: task h408: a provincial title asked in another part beside the xã's own ("… và nếu đề nghị
#: TTLĐXS thì trình ai") leaves the xã's signing asked of its own titles
_PROVINCE_ASKED_TOO = frozenset({"ttldxs", "bang_khen_tinh", "cstd_tinh"})
#: task f185b (b185): the asker's own signing told, then put up as right ("nay tôi ký hết những
#: cái đó luôn, vậy là đúng chứ"): the xã chairman signing the district's former titles
OWN_SIGNING_CONFIRMED = re.compile(
    r"\b(?:toi|em|minh|tui|xa|chu tich xa)(?: \S+){0,3}? (?:ky|ki|quyet dinh)"
    r" (?:het|luon|tat ca|ca)(?: \S+){0,6}? (?:vay|nhu vay|the)(?: la)? dung"
    r" (?:chu|a|ha|khong|k|ko|phai khong)\b"
)
_POWERS_TO_XA = (
    "Thẩm quyền trước đây của cấp huyện nay chuyển về Chủ tịch UBND xã, không chuyển lên tỉnh;"
    " xã vẫn tự quyết định, không phải trình tỉnh."
)
