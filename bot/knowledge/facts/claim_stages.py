"""The composer's stages that read what a yes/no question claims against the block's fact.

Run in order on each block after its body is written: the claim's own clause and the values,
kinds and figures it names; a requirement, a day, a run of years or a base claimed; one of the
ways the fact allows; a route, a limit or a level's sole power; papers, the place of submission,
and a claim the fact denies elsewhere. Each sets ``block.claimed`` (the verdict on the claim, when
a reader decides it) and may amend ``block.body``; the readers themselves live in the modules by
what they judge (papers, routes, deciders, …).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from bot.core.text import fold, folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.asked import (
    COEFFICIENT_KEPT,
    base_changed_verdict,
    coefficient_change_asked,
    criteria_same_verdict,
    form_number_verdict,
    wait_verdict,
)
from bot.knowledge.facts.claim import (
    EVERYWHERE,
    MULTIPLE_CLAIMED,
    OWN_BASE_RIGHT,
    alternative_verdict,
    amount_verdict,
    base_verdict,
    claimed_amounts,
    coefficient_verdict,
    current_named,
    day_verdict,
    denied,
    figure_verdict,
    law_sets_verdict,
    multiple_verdict,
    old_figure_claimed,
    one_way_verdict,
    other_bar_claimed,
    period_verdict,
    required_figure_verdict,
    route_sufficiency_verdict,
    sufficiency_verdict,
    uniform_verdict,
    value_verdict,
    values_denied,
)
from bot.knowledge.facts.claimed_deciders import only_level_verdict
from bot.knowledge.facts.claimed_papers import (
    attached_claimed,
    lacking_item,
    lacking_required_asked,
    paper_denied,
    paper_required,
    papers_listed,
    papers_named,
    place_claimed,
)
from bot.knowledge.facts.clauses import (
    asking_claims,
    before_offered,
    first_option,
    last_clause,
    own_clause,
    title_clause,
)
from bot.knowledge.facts.confirmed import heard_not_asked, kind_of, sentence_confirmed
from bot.knowledge.facts.criteria import other_criteria, title_required
from bot.knowledge.facts.dates import old_base_heard
from bot.knowledge.facts.draft import Block, Draft
from bot.knowledge.facts.durations import duration_verdict
from bot.knowledge.facts.fund_share import cap_of, region_rates_verdict, regions_paired
from bot.knowledge.facts.limits import limit_stated, no_cap_confirmed
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.opener import without_opener
from bot.knowledge.facts.own_figures import (
    named_before,
    named_titles,
    own_figures_clause,
    without_row_totals,
)
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.papers import bare_requirement
from bot.knowledge.facts.permission import exemption_of_tax
from bot.knowledge.facts.ratios import figure_only_told, floor_shares_only
from bot.knowledge.facts.reform_claim import prize_change_asked
from bot.knowledge.facts.registration import REGISTRATION
from bot.knowledge.facts.restated import (
    claim_put_up,
    kept_claimed,
    only_agent_absent,
    post_only_claimed,
    put_up_at_end,
    spared_claimed,
    unit_head_gives,
)
from bot.knowledge.facts.rounded_sums import (
    already_round_note,
    rounded_up,
    sums_rounded_note,
    told_sums_verdict,
    wrong_step_told,
)
from bot.knowledge.facts.routes import (
    initiative_reach_short,
    initiative_told_lacking,
    registered_as_enough,
    route_qualified,
)
from bot.knowledge.facts.sayings import closing_ask
from bot.knowledge.facts.shared_claims import HOUSEHOLD_SHARE_CASE
from bot.knowledge.facts.skip_level import skip_level_claimed
from bot.knowledge.facts.skipped_steps import skipped_step
from bot.knowledge.facts.study_length import study_length_verdict
from bot.knowledge.facts.turns import denied_elsewhere, reported_denial
from bot.knowledge.money import SalaryTable, format_coefficient, format_dong

__all__ = [
    "ONE_WAY_NOT_REQUIRED",
    "claim_read",
    "papers_and_denial_claimed",
    "requirement_day_and_base_claimed",
    "route_and_limit_claimed",
    "way_claimed",
]

#: the way a prize is rounded, as a claim names it (NĐ 152/2025 Điều 49 khoản 2: up, to tens
#: of thousands)
_ROUNDED_UP = re.compile(r" (?:len|hang chuc nghin|chuc nghin|10 nghin|10000|10 000) ")
_ROUNDED_OTHER = re.compile(r" (?:xuong|hang tram|tram nghin|hang trieu|(?<!chuc )hang nghin) ")
#: "làm tròn lên hay xuống", "tròn xuống hay lên": both ways offered, the asker chooses none
_ROUNDED_ASKED = re.compile(r" co (?:duoc |phai |can )?(?:lam )?tron (?:khong|ko|k|kg) ")
_ROUNDED_CHOICE = re.compile(r" (?:len|xuong) (?:hay|hoac) (?:la )?(?:lam tron )?(?:len|xuong) ")


#: a claim put up for confirmation, then the rival answer offered: "… 710.000 đúng k, hay phải
#: tính lại theo lương mới" (h359): what follows "hay" is no ask of the base
_RIVAL_AFTER_CONFIRM = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong)\s*,?\s+hay\b")


def _before_rival(question: str) -> str:
    """``question`` up to the rival answer offered after a confirmation tail, else whole."""
    if " hay " not in question:
        return question
    folded = fold(question).lower()
    found = _RIVAL_AFTER_CONFIRM.search(folded)
    return folded[: found.start()] if found is not None else question


#: the base salary of the year of the deed claimed ("lương cơ sở của năm (đạt) thành tích")
_BASE_OF_YEAR = re.compile(r"\bluong co so cua nam (?:dat |co )?thanh tich\b")
_BASE_OF_DECISION_DAY = (
    "Tiền thưởng tính theo mức lương cơ sở áp dụng vào ngày ký quyết định khen thưởng, không"
    " theo năm đạt thành tích."
)


#: "lương cơ sở đã tăng thì có phải chi thêm phần chênh lệch k": the difference claimed owed
#: after the base rose; the prize stays on the base of the signing day (domain.md §3.3, money)
_TOP_UP = re.compile(
    r"\b(?:chi|tra|bu|truy linh|linh|nhan|cap|thanh toan) (?:them |bo sung |bu |lai )?"
    r"(?:phan |khoan |tien |so )?chenh lech\b"
)
_NO_TOP_UP = (
    "Không phải chi thêm phần chênh lệch: tiền thưởng tính theo mức lương cơ sở đang áp dụng"
    " vào ngày ký quyết định khen thưởng, lương cơ sở tăng sau ngày ký không làm đổi số tiền."
)


def _top_up_claimed(claim: str) -> tuple[str, str] | None:
    """A difference claimed owed after the base rose: "Không" and why; None otherwise (a base
    other than lương cơ sở claimed is hearsay.yaml's ``base_not_other_salary``)."""
    return ("Không", _NO_TOP_UP) if _TOP_UP.search(folded_words(claim)) else None


#: the asker's own next act told, closed by "nhé / nha" ("e chi luôn nhé", "rồi chuyển cho
#: trường nha"): put up for a yes or no though no "đúng k" is typed (task h433)
#: (the polite tail is gone from the reading's question: the act closes it)
_ACT_ANNOUNCED = re.compile(
    r"\b(?:e|em|minh|toi|tui)(?: \S+){0,6} (?:chi|chuyen|tra|ghi|ky|trinh|nop|phat)(?: \S+){0,3}"
    r"(?: (?:nhe|nha|nhen|nghen)(?: a| ad)?)?$"
)


def _rounding_verdict(claim: str, question: str) -> str | None:
    """ "có được làm tròn lên hàng chục nghìn không" → "Có"; "làm tròn xuống / đến hàng nghìn
    đúng không" → "Không"; None when the claim names no way (task h95)."""
    said = f" {' '.join(t for t in tokens(claim) if t.isalnum())} "
    # a wrong step decides first: "759.000 chi tròn 1 triệu, làm tròn lên 1 triệu" tells sums
    # that agree with each other but not with the rule
    worked = (
        ("Không" if wrong_step_told(claim) else None)
        or _rounded_sum_verdict(claim)
        or told_sums_verdict(claim)
    )
    if worked is not None:
        return worked
    if _ROUNDED_CHOICE.search(said):
        # a choice asked is answered by the fact's way, not judged as a claim of either; a
        # "có làm tròn không" before it is asked plainly, and the prize is rounded
        asked = f" {' '.join(t for t in tokens(question) if t.isalnum())} "
        return "Có" if _ROUNDED_ASKED.search(asked) else None
    if _ROUNDED_OTHER.search(said):
        return "Không"
    if _ROUNDED_UP.search(said):
        return "Có"
    return None


def _asked_rounding_verdict(asked: str | None) -> str | None:
    """ "kế toán chi đúng 759.000, vậy có phải làm tròn lên k": the closing question names the
    way itself and tells no sum, so it is asked of the rule (rounded up to 10.000 đồng, NĐ
    152/2025 Điều 49 khoản 2), not of the colleague's sum told before it (task h421)."""
    if not asked or " lam tron " not in f" {' '.join(fold(asked).split())} ":
        return None
    if re.search(r"\d", asked):
        # a sum or a unit told in the ask itself ("làm tròn lên 100.000 đúng k") is judged by
        # the claim's own readers
        return None
    return _rounding_verdict(asked, asked)


def _rounded_sum_verdict(claim: str) -> str | None:
    """ "0,8 x 2tr34 = 1tr872 làm tròn 1tr88 đúng k": a sum told before "làm tròn" and the one
    it is said to become after it; right when the second is the first rounded up to the next
    10.000 đồng (NĐ 152/2025/NĐ-CP Điều 49 khoản 2), wrong otherwise; None unless both are told
    (task h194)."""
    folded = " ".join(fold(claim).split())
    parts = re.split(r"\blam tron\b", folded, maxsplit=1)
    if len(parts) < 2:
        return None
    before, after = claimed_amounts(parts[0]), claimed_amounts(parts[1])
    if not before or not after:
        return None
    raw, told = before[-1], after[0]
    return "Có" if told == rounded_up(raw) else "Không"


def _title_sum_rounded(draft: Draft, pair: Pair, claim: str) -> tuple[str, str] | None:
    """The one sum told after "làm tròn" for a title of one coefficient, against its prize on
    the decision date (coefficient × base, rounded up to 10.000 đồng, NĐ 152/2025 Điều 49, 50):
    the verdict and the line working it out; None unless exactly one such sum is told."""
    money = draft.model.fact(pair.entity, "money")
    folded = " ".join(fold(claim).split())
    if money is None or len(money.coefficients) != 1 or " lam tron " not in f" {folded} ":
        return None
    told = claimed_amounts(folded.split("lam tron", 1)[1])
    if len(told) != 1:
        return None
    coefficient = money.coefficients[0][1]
    base = draft.salaries.at(draft.paid).amount
    prize = SalaryTable.prize(coefficient, base)
    raw = round(coefficient * base)
    note = (
        f"{format_coefficient(coefficient)} × {format_dong(base)} = {format_dong(raw)}, làm tròn"
        f" lên hàng chục nghìn là {format_dong(prize)}"
        + ("." if told[0] == prize else f", không phải {format_dong(told[0])}.")
    )
    return ("Có" if told[0] == prize else "Không"), note


#: the way claimed required is one of the ways the fact allows (task h95)
ONE_WAY_NOT_REQUIRED = (
    "Cách anh/chị nêu chỉ là một trong các cách văn bản cho phép, không bắt buộc."
)
_ONE_WAY_DENIED_NOTE = (
    "Đúng, cách anh/chị nêu không bắt buộc: đó chỉ là một trong các cách văn bản cho phép."
)
_ONE_WAY_NOTE = (
    "Tùy cách đơn vị chọn: không bắt buộc riêng một cách, văn bản cho phép một trong các cách"
    " nêu sau; quy chế thi đua, khen thưởng của tỉnh, của đơn vị có thể quy định cụ thể."
)


#: said when two names the question compares are one title
_NO_POST_NEEDED = (
    "Danh hiệu không dành riêng cho người giữ chức vụ lãnh đạo, quản lý: cá nhân nào đạt tiêu"
    " chuẩn thì được xét."
)
_SAME_TITLE = "Hai tên gọi anh/chị nêu là cùng một danh hiệu, áp dụng chung một quy định."


def claim_read(draft: Draft, block: Block) -> None:
    """What the question claims of the fact: a paper, a kept decision, values, kinds, figures."""
    model, reading = draft.model, draft.reading
    pair, fact, of_case = block.pair, block.fact, block.of_case
    # what the question claims, read against this fact (figures, a negated clause); of "A
    # không hay B" only A is claimed: B is the other answer the asker offers
    # "có phải X không" puts X up as "X đúng không" does: one wording for every claim reader
    block.claim = put_up_at_end(own_clause(reading, pair) or first_option(reading.question))
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
    # "LĐTT chỉ dành cho cá nhân, tập thể thì gọi là TTLĐTT, đúng k": each clause pairs its own
    # title with a kind of recipient; this title's clause is its claim (task h392)
    own = title_clause(block.claim, pair.entity, model)
    if pair.yesno and not pair.without and pair.attr in model.values:
        named = value_verdict(own, block.body, model.values[pair.attr]) or value_verdict(
            block.claim, block.body, model.values[pair.attr]
        )
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
            kind_of(own, block.body, model.values.get("kind", {}))
            or kind_of(block.claim, block.body, model.values.get("kind", {}))
            or block.claimed
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
        if pair.attr == "cap":
            # "TTLĐTT trên 50 % LĐTT, TTLĐXS ít nhất 70 %": each title's share is the one
            # told next to its own name, not another's (issue 11, h299; as h255 for sums)
            named = [p.entity for p in reading.pairs if p.attr == "cap"]
            figured = (
                own_figures_clause(figured, pair.entity, model, named, reading.question) or figured
            )
            # "thực tế chỉ 40 %, nghe nói phải có trên 50 %": the unit's share is the case, the
            # floor worded share the claim (task h361)
            figured = floor_shares_only(figured)
        # "có được để 1 tháng mới ra QĐ không": a length against the limit it is of (h261)
        block.claimed = duration_verdict(figured, block.body) or figure_verdict(figured, block.body)
        if (
            block.claimed == "Không"
            and pair.attr == "cap"
            and no_cap_confirmed(figured, block.body)
            # put up for confirmation ("…, đúng k"); a bare one-clause "… k còn bị giới hạn 15 %
            # nữa hả" keeps the older positive reading, "Không." (test_yesno_angles)
            and _CONFIRMING.search(" ".join(tokens(reading.question))) is not None
        ):
            # "CSTĐCS k còn bị giới hạn 15 %": the old figure is named only as gone, so the
            # figure read against the fact must not judge the claim (a claim with no figure
            # is turned by the denial stage)
            block.claimed = "Có"
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
        if old_figure_claimed(block.claim, f"{block.body}\n{cases}") or other_bar_claimed(
            block.claim, block.body
        ):
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
    if pair.yesno and not pair.without and pair.attr == "cap":
        # "quỹ xã miền núi 1,5 % còn đồng bằng 1,0 % đúng k": each share against its own
        # region's cap, not all against the one region the reading kept (task h276)
        regional = _region_rates_claimed(draft, pair)
        block.claimed = regional or block.claimed
        whole = model.fact(pair.entity, pair.attr)
        both = whole is not None and regions_paired(reading.question, _regions(draft, whole)) > 1
        if regional and whole is not None and both:
            # both regions claimed: the rule for both is shown, not one region's case
            block.body = whole.text
    if _province_time_claimed(pair, block) and not (
        # "cả nước đều 20 ngày", "luật quy định 20 ngày": one rule claimed for all, which the
        # law does not set; the readers of such claims answer "Không"
        any(f" {w} " in f" {' '.join(tokens(reading.question))} " for w in EVERYWHERE)
        or law_sets_verdict(reading.question, block.body)
    ):
        # "xã phải giải quyết hồ sơ LĐTT trong 15 ngày đúng k": the days are the province's
        # procedure set (domain.md 2.1), whatever number is claimed (task h260)
        block.claimed = "Tùy"
    if (
        pair.yesno
        and pair.attr == "eligible"
        and fact.verdict == "Có"
        and block.claimed is None
        and post_only_claimed(reading.question)
    ):
        # "CSTĐCS chỉ xét cho lãnh đạo, nhân viên như em không được, đúng k": the title is
        # open to whoever meets its standard, no post is required (Luật 2022 Điều 23, 24)
        block.claimed = "Không"
        block.body = f"Ý kiến đó chưa đúng. {_NO_POST_NEEDED} {without_opener(block.body)}"
    if pair.yesno and reading.same_title is not None and block.claimed is None:
        # "tổ dân phố văn hóa có khác thôn văn hóa về tiền thưởng không": one title under two
        # names, one rule for both
        block.claimed = reading.same_title
        block.body = f"{_SAME_TITLE} {without_opener(block.body)}"


def _region_rates_claimed(draft: Draft, pair: Pair) -> str | None:
    """The shares a question pairs with regions, judged against the cap the fact's case for
    each region states; None when the fact has no such cases or the question pairs none."""
    whole = draft.model.fact(pair.entity, pair.attr)
    if whole is None or not whole.by_subject:
        return None
    caps = {k: cap_of(c.text) for k, c in whole.by_subject.items()}
    if None in caps.values():
        return None
    return region_rates_verdict(draft.reading.question, caps, _regions(draft, whole))  # type: ignore[arg-type]


def _regions(draft: Draft, fact: Fact) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The namings of each case of ``fact`` (its regions, for the fund's cap)."""
    return {k: draft.model.names_of("subject", k) for k in fact.by_subject}


#: a number of days claimed ("trong 20 ngày", "15 ngày làm việc")
_DAYS_CLAIMED = re.compile(r"\b\d+ (?:ngay|hom)\b")
#: the fact's lead gives the time limit to the province's procedure set
_PROVINCE_TIME = "thoi han giai quyet do bo thu tuc hanh chinh cua ubnd tinh"


def _province_time_claimed(pair: Pair, block: Block) -> bool:
    """A yes/no on the days to settle a dossier whose time limit the fact leaves to the
    province's procedure set."""
    return (
        pair.yesno
        and not pair.without
        and pair.attr == "processing_time"
        and " ".join(tokens(block.body)).startswith(_PROVINCE_TIME)
        and _DAYS_CLAIMED.search(" ".join(tokens(block.claim))) is not None
    )


def _others(draft: Draft, pair: Pair) -> list[float]:
    """The coefficients of the other prizes the question asks beside ``pair``'s."""
    facts = (
        draft.model.fact(p.entity, "money")
        for p in draft.reading.pairs
        if p.entity != pair.entity and p.attr == "money"
    )
    others = [c for f in facts if f is not None for _, c in f.coefficients]
    return others or _recipient_coefficients(draft, pair)


#: "gấp 12 lần mức cá nhân": the recipient whose prize a multiple is claimed of
_OF_RECIPIENT = re.compile(
    r"\blan (?:muc |tien |so tien )?(?:thuong )?(?:cua )?(ca nhan|tap the|ho gia dinh)\b"
)
#: the giấy khen family's whole prize fact, whose cases give each recipient's coefficient
_GIVER_FAMILY = "giay_khen"


def _recipient_coefficients(draft: Draft, pair: Pair) -> list[float]:
    """ "giấy khen tập thể nhận 12 lần mức cá nhân": the coefficient of the recipient the claim
    names, from the giấy khen fact that gives every recipient's (NĐ 152/2025 Điều 50); empty
    for other titles or when no recipient is named."""
    named = _OF_RECIPIENT.search(folded_words(draft.reading.question))
    whole = draft.model.fact(_GIVER_FAMILY, "money")
    if named is None or whole is None or not pair.entity.startswith(_GIVER_FAMILY):
        return []
    return [c for label, c in whole.coefficients if named.group(1) in folded_words(label)]


#: "chỉ tặng giấy thôi chứ không có tiền thưởng", "không kèm tiền": the prize claimed absent
_NO_PRIZE = re.compile(
    r"\b(?:khong|k|ko|kg|chang) (?:co |duoc |dc |nhan |kem |phat )?"
    r"(?:(?:giay khen|bang khen|giay|bang) (?:hay|va|hoac|lan|cung) )?(?:tien thuong|tien|thuong)\b"
    r"(?! (?:bao nhieu|bn|may|gi))"
    r"|\bchi (?:tang |co |duoc |dc |nhan |cap |phat )?(?:giay khen|giay|bang khen)"
    r" (?:thoi|suong|khong thoi|chu|ma)\b"
)
#: "nhân số người", "mỗi người trong tổ đều được": a collective's prize claimed per member
_PER_MEMBER = re.compile(
    r"\bnhan (?:voi |theo |cho )?(?:so (?:nguoi|thanh vien|nhan khau)|dau nguoi)\b"
    r"|\bmoi (?:nguoi|thanh vien) (?:trong |cua )?(?:tap the|to|doi|don vi|thon)(?: \w+)?"
    r" (?:deu )?(?:duoc|dc|nhan)\b"
)
#: "có được nhận tiền thưởng không": whether the form brings a prize at all
_PRIZE_ASKED = re.compile(
    r"\bco (?:duoc |dc )?(?:nhan |lanh |linh |kem )?(?:tien thuong|tien|thuong)"
    r"(?: (?:gi|nua|them))? (?:khong|k|ko|kg|hong)\b"
)
#: a story that may take the prize away or put it in doubt: a fault, a revoked or repeated
#: award, a second prize; the plain "yes" would not answer it
_NEGATIVE_CASE = re.compile(
    r"\b(?:ky luat|vi pham|thu hoi|huy|da nhan|lan thu|ca hai|ca 2|2 khoan|hai khoan|trung"
    r"|khong co|chua co|khong dat|nghi|het|chuyen)\b"
)
#: "thưởng bằng LĐTT", "tiền như của cá nhân": the prize claimed equal to another's
_LIKE = re.compile(
    r"\b(?:thuong|tien|muc thuong|muc tien|nhan|duoc|dc) (?:bang|nhu|giong|ngang) (?:voi )?"
    r"(?:muc |tien )?(?:cua )?((?:\w+ ?){1,6})"
)


def _relation_verdict(draft: Draft, pair: Pair, claim: str, own: list[float]) -> str | None:
    """A money claim with no figure, against the coefficients (NĐ 152/2025 Điều 50): a prize
    claimed absent is wrong; a collective's claimed per member is wrong; a prize claimed equal
    to another title's is right when their coefficients are (issue 11, h299)."""
    said = folded_words(claim)
    # the clause marks kept: "nhận cả 2 lần k, thưởng mỗi lần bn" closes one ask at its "k"
    marked = " ".join(fold(claim).lower().split())
    fact = draft.model.fact(pair.entity, pair.attr)
    if (
        any(c > 0 for c in own)
        and _NO_PRIZE.search(marked)
        # a fact with a verdict of its own is turned by the denial stage, as before
        and (fact is None or fact.verdict not in ("Có", "Không"))
    ):
        # a saying reported ("nghe nói … không có tiền thưởng, đúng k") is turned by its own
        # reader, which answers on the rule ("the prize is paid"); one put up plainly is
        # judged here
        return "Có" if reported_denial(claim_put_up(draft.reading.question)) else "Không"
    if _PER_MEMBER.search(said):
        return "Không"
    if (
        any(c > 0 for c in own)
        and _PRIZE_ASKED.search(said)
        and (fact is None or fact.verdict not in ("Có", "Không"))
        and not _NEGATIVE_CASE.search(folded_words(draft.reading.question))
    ):
        # "góp 200 triệu …, chủ tịch xã tặng giấy khen, cụ có được nhận tiền thưởng không":
        # the form comes with its prize (NĐ 152/2025 Điều 50)
        return "Có"
    like = _LIKE.search(said)
    if like is None:
        return None
    model = draft.model
    for entity in named_titles(like.group(1), model, model.facts):
        money = model.fact(entity, "money")
        if money is not None and money.coefficients:
            theirs = {c for _, c in money.coefficients}
            return "Có" if theirs == set(own) or entity == pair.entity else "Không"
    return None


#: the prize claimed multiplied for a kind of person: no rule sets any such multiple
_NO_KIND_MULTIPLE = (
    "Không có mức thưởng nhân lên (gấp đôi, gấp rưỡi…) theo đối tượng: mức thưởng theo hệ số"
    " của danh hiệu, hình thức, như nhau cho mọi người được tặng."
)


#: the prize's word, then a multiple within three words: "tiền thưởng nhân gấp đôi",
#: "thưởng gấp rưỡi", "tiền thưởng nhân đôi"
_PRIZE_MULTIPLIED = re.compile(
    r"\b(?:thuong|tien)(?: \w+){0,3}? (?:(?:nhan )?gap (?:doi|ruoi|hai|ba|\d)|nhan doi)\b"
)


def _kind_multiplied(draft: Draft, pair: Pair, claim: str) -> bool:
    """The claim puts up a multiple of the prize ("tiền thưởng gấp đôi", "thưởng nhân đôi")
    with no other prize asked or named to weigh it by: said of a kind of person (or of the
    prize itself), which no rule multiplies (NĐ 152/2025 sets one coefficient per title or
    form). The multiple must follow the prize's own word: "năng suất tăng gấp rưỡi" is the
    deed told, no prize claimed."""
    if "gap" not in claim and "gấp" not in claim and "doi" not in claim and "đôi" not in claim:
        return False
    folded = " ".join(fold(claim).lower().split())
    found = _PRIZE_MULTIPLIED.search(folded)
    return found is not None and not _others(draft, pair)


def _named_first(draft: Draft, pair: Pair) -> bool | None:
    """Whether ``pair``'s prize is the one a multiple is claimed of, named just before it in its
    clause ("tập thể chỉ bằng nửa cá nhân"); None when the clause names none before it."""
    money = [p.entity for p in draft.reading.pairs if p.attr == "money"]
    subject = named_before(draft.reading.question, MULTIPLE_CLAIMED, draft.model, money)
    return None if subject is None else subject == pair.entity


#: a bare coefficient put up ("có phải 2,0 không"), its "hệ số" said in another clause
_BARE_COEFFICIENT = re.compile(r"(?<![\d.,])\d{1,2},\d{1,2}(?![\d.,])")


def _coefficient_claimed(
    claim: str, asked: str, own: list[float], entity: str, draft: Draft
) -> str | None:
    """The coefficient claimed of ``entity``: in its own clause, or, when the clause puts up a
    bare figure ("…, đặc khu tiêu biểu có phải 2,0 không"), in the ask whose other clause says it
    is the "hệ số" (task h255). Only the figures next to the title's own name count."""
    model, named = draft.model, [p.entity for p in draft.reading.pairs]
    whole = draft.reading.question
    found = coefficient_verdict(own_figures_clause(claim, entity, model, named, whole), own)
    if found is not None or not _BARE_COEFFICIENT.search(fold(claim)):
        return found
    return coefficient_verdict(own_figures_clause(asked, entity, model, named, whole), own)


def _required_title_case(block: Block, model: FactModel) -> bool:
    """ "quân nhân muốn CSTĐCS có phải đạt LĐTT không": the title asked to be required is a
    case of the fact ("can_ldtt"), whose own verdict for the person told decides (Luật 2022
    Điều 23 khoản 1: LĐTT or Chiến sĩ tiên tiến; task h370)."""
    return block.fact.verdict is not None and any(
        c.startswith("can_") and c[4:] in model.entities for c in block.pair.cases
    )


def requirement_day_and_base_claimed(draft: Draft, block: Block) -> None:
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
        # a share of households asked of a village title counts GĐVH, requires it of no one
        # (h354)
        and pair.subject != HOUSEHOLD_SHARE_CASE
    ):
        # "TTLĐTT có cần có người đạt CSTĐCS không": another title required of this one is
        # in its criteria or not
        # the story told first ("anh ấy đã đạt LĐTT. Vậy có đề nghị CSTĐCS được không") has
        # what the asker holds, not what is asked to be required
        asking = first_option(reading.asked) if reading.asked else claim
        required = (
            None
            if _required_title_case(block, model)
            else title_required(asking, block.body, pair.entity, model)
        )
        confirmed = sentence_confirmed(reading.question) if required is None else None
        if confirmed is not None:
            # "… bảo giấy khen phải có 2 năm LĐTT mới được. em không biết đúng không": the
            # claim is the sentence the bare confirmation points back at (task h121)
            required = title_required(confirmed, block.body, pair.entity, model)
        own = title_clause(reading.question, pair.entity, model)
        if required is None and own != reading.question and not _required_title_case(block, model):
            # "TTLĐXS có bắt buộc phải có cá nhân đạt CSTĐCS k, TTLĐTT có cần k": each title
            # asked in its own comma clause is asked the requirement its clause names; the
            # whole message names another title's too (Luật 2022 Điều 27, 28; task f189a)
            required = title_required(own, block.body, pair.entity, model)
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
        asked = reading.asked or reading.question
        block.claimed = wait_verdict(asked, block.body, first_option(asked)) or block.claimed
    studied = (
        study_length_verdict(reading.question, block.body)
        if pair.yesno and not pair.without and block.claimed is None
        else None
    )
    if studied is not None:
        # "đi học liên thông 2 năm có được xét LĐTT như bình thường không": a course of a
        # year or more is not the short course whose time is joined (task h191)
        block.claimed, note = studied
        block.body = f"{note} {without_opener(block.body)}"
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
        own = [c for _, c in fact.coefficients]
        # "thưởng 760 nghìn đúng không": the amount claimed against the ones shown; "2,0 lần
        # lương cơ sở là 4.680.000" claims both, and a wrong sum makes the claim wrong even
        # with the right coefficient (task h143). A sum the closing ask states is the one
        # claimed; the story's are its working ("tính … là 702.000 … vậy 710.000 đúng không")
        ask = closing_ask(reading.question)
        summed = ask if ask is not None and claimed_amounts(ask) else claim
        # "7 LĐTT | 760.000 | 5.320.000 / … / tổng 7.850.000": a row's price is its claim, its
        # line total and the table's total are arithmetic (task h435)
        summed = without_row_totals(summed)
        # "TTLĐXS hệ số 1,5 còn CSTĐ tỉnh hệ số 3,0 đúng k": each title judges the figures
        # next to its own name, not another's (task h255)
        named = [p.entity for p in reading.pairs]
        figures = (
            _coefficient_claimed(claim, reading.question, own, pair.entity, draft),
            amount_verdict(
                own_figures_clause(summed, pair.entity, model, named, reading.question),
                _first_date_only(reading.question, block.body),
            ),
        )
        block.claimed = (
            "Không" if "Không" in figures else figures[0] or figures[1]
        ) or block.claimed
        if block.claimed is None:
            # "giấy khen tập thể gấp đôi cá nhân phải k": the multiple claimed between this
            # prize and another the question names, by their coefficients (task h182)
            block.claimed = multiple_verdict(
                claim,
                [c for _, c in fact.coefficients],
                _others(draft, pair),
                _named_first(draft, pair),
            )
        if block.claimed is None and _kind_multiplied(draft, pair, claim):
            # "người cao tuổi được giấy khen thì tiền thưởng nhân gấp đôi": no other prize to
            # weigh it by; the coefficient is one for every person given it (h359)
            block.claimed = "Không"
            block.body = f"{_NO_KIND_MULTIPLE} {without_opener(block.body)}"
        if block.claimed is None:
            # "chỉ tặng giấy, không có tiền thưởng", "thưởng bằng LĐTT": no figure claimed
            block.claimed = _relation_verdict(draft, pair, claim, own)
    block.based = (
        base_verdict(claim, salaries.at(paid).amount)
        if pair.yesno and not pair.without and (fact.coefficients or "{base}" in fact.text)
        else None
    )
    if block.based is None and pair.yesno and _BASE_OF_YEAR.search(folded_words(claim)):
        # "Vậy tiền thưởng tính theo lương cơ sở của năm thành tích là đúng k": the base is
        # the one in force on the day the decision is signed (NĐ 152/2025), never the year of
        # the deed; the story's figure may be a saying read apart (task h277)
        block.based = ("Không", _BASE_OF_DECISION_DAY)
    if (
        block.based is None
        and pair.yesno
        and not pair.without
        and (fact.coefficients or "{base}" in fact.text)
    ):
        # "lương cơ sở đã tăng thì có phải chi thêm phần chênh lệch k": a top-up claimed
        # (issue 11, h299); said once, in the base's own block when the question has one
        dated_too = pair.attr != "money_date" and any(p.attr == "money_date" for p in reading.pairs)
        block.based = None if dated_too else _top_up_claimed(claim)
    if block.based is None and pair.yesno and not pair.without and fact.coefficients:
        # "qđ ký 1/7/2026 thì thưởng theo lương cơ sở mới chưa": the base on the date told
        # is asked to be the new one, or to differ between two dates told (task h108)
        # a month told without its year is dated by ``paid_on`` alone (task h286)
        signed = paid if paid != draft.as_of else None
        changed = base_changed_verdict(
            _before_rival(reading.question), lambda d: salaries.at(d).amount, signed
        )
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


#: a day named as the moment a prize is reckoned on ("tính theo ngày chi", "lương cơ sở lúc phát
#: thưởng"); "tổ chức ngày hội" names an event, not the base's day (issue 11, h299)
_BASE_MOMENT = re.compile(
    r"\b(?:theo|tinh|ap dung|dung|lay|can cu|cua|tai|vao|luc|khi|thoi diem|hay)"
    r"(?: (?:muc|luong|co|so|lcs|cua|tai|vao|o|theo|tinh|tien|thuong))*"
    r" (?:ngay|luc|khi|thoi diem|hom)\b"
)


def way_claimed(draft: Draft, block: Block) -> None:
    """One of the ways or dates the fact allows claimed, a form number, rounding, and whether
    what is claimed suffices."""
    model, reading = draft.model, draft.reading
    pair, fact, title, claim, based = block.pair, block.fact, block.title, block.claim, block.based
    block.picked = None
    block.route_enough = None
    block.way_denied = False
    if pair.yesno and not pair.without and based is None:
        # "tính theo ngày nộp hồ sơ phải không" against "ngày ký quyết định (không theo ngày
        # chi tiền …)": the one the fact names, or another of its kind
        block.picked = alternative_verdict(claim, fact.text)
        block.claimed = block.picked or block.claimed
        dated = (
            model.fact(pair.entity, "money_date")
            if pair.attr == "money" and _BASE_MOMENT.search(folded_words(claim))
            else None
        )
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
        block.claimed = _asked_rounding_verdict(reading.asked) or _rounding_verdict(
            claim, reading.question
        )
    if pair.yesno and not pair.without and pair.attr == "rounding" and block.claimed is None:
        # "giấy khen tập thể QĐ tháng 3/2026 làm tròn thành 1.400.000 được k": the one sum
        # told is the title's prize claimed, judged against the prize on the day signed
        summed = _title_sum_rounded(draft, pair, claim)
        if summed is not None:
            block.claimed, note = summed
            block.body = f"{note} {without_opener(block.body)}"
    if (
        pair.attr == "rounding"
        and not pair.yesno
        and block.claimed is None
        and _ACT_ANNOUNCED.search(folded_words(reading.question))
    ):
        # task h433 (b166 F5): a rounding told as what the asker is about to do ("… làm tròn
        # thành 2.020.000, e chi luôn nhé"): the act told is put up as "… đúng k" is
        block.claimed = told_sums_verdict(reading.question)
    if pair.attr == "rounding" and (note := sums_rounded_note(reading.question)) is not None:
        # "0,6 x 2.340.000 = 1.404.000 làm tròn bao nhiêu": the sum told, rounded by the rule
        block.body = f"{block.body} {note}"
    elif pair.attr == "rounding" and (note := already_round_note(reading.question)) is not None:
        # "1,0 x 2.530.000 thì có phải làm tròn thêm k": the sum told is already round
        block.body = f"{block.body} {note}"
    if pair.yesno and not pair.without and block.claimed is None and based is None:
        # "có bắt buộc phải bỏ phiếu kín không hay giơ tay cũng được" against "biểu quyết
        # hoặc bỏ phiếu kín": one of two ways the fact allows is claimed required (task h95)
        block.claimed = one_way_verdict(claim, block.body)
        block.way_denied = block.claimed == "Có"
        if block.way_denied:
            # "CSTĐCS k bắt buộc có sáng kiến, đúng k": the way denied required is one of the
            # ways the fact allows; the claim holds (Luật 2022 Điều 23 khoản 2)
            block.body = f"{_ONE_WAY_DENIED_NOTE} {without_opener(block.body)}"
        elif block.claimed is not None and fact.verdict == "Không":
            # "bắt buộc phải có đề tài khoa học" against "Không bắt buộc …: … hoặc … hoặc
            # …": the fact itself says none of its ways is required; the one claimed is a
            # way among them, not left to the unit (Luật 2022 Điều 23 khoản 2, task h101)
            block.claimed = "Không"
            block.body = f"{ONE_WAY_NOT_REQUIRED} {without_opener(block.body)}"
        elif block.claimed is not None:
            block.body = f"{_ONE_WAY_NOTE} {without_opener(block.body)}"
    if based is not None:
        # "QĐ ký 12/1/2026, kế toán tính lương cơ sở 2.530.000 có đúng không": the base
        # claimed against the one in force on the decision date told (or today); a right
        # base does not right a wrong sum worked from it ("759.000 vì 0,3 x 2.530.000": the
        # prize is rounded up, NĐ 152/2025 Điều 49; task h182)
        verdict, note = based
        block.claimed = block.claimed if (verdict, block.claimed) == ("Có", "Không") else verdict
        if verdict == "Có" and note.startswith(OWN_BASE_RIGHT):
            # "kế toán tính 2.530.000, e nghĩ phải là 2.340.000, e nghĩ vậy đúng k": the sum of
            # the asker's view is the base, not a prize claimed (task h401)
            block.claimed = "Có"
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


#: the national public-service portal claimed required: "có phải / bắt buộc nộp qua cổng dịch
#: vụ công quốc gia", "phải gửi trên DVC quốc gia" (task h477)
_NATIONAL_PORTAL_REQUIRED = re.compile(
    r"\b(?:phai|bat buoc|buoc|can)(?: \w+){0,4}? (?:qua|tren|len|vao) (?:cong )?"
    r"(?:dich vu cong|dvc) (?:truc tuyen )?quoc gia\b"
)


def route_and_limit_claimed(draft: Draft, block: Block) -> None:
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
        and (
            (pair.attr in ("criteria", "eligible") and pair.entity != REGISTRATION)
            # "đăng ký thi đua xong là chắc chắn được khen cuối năm, đúng k", no title named:
            # the registration's own "who may" block carries the claim (task h374)
            or (pair.attr == "eligible" and pair.entity == REGISTRATION)
        )
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
    if (
        pair.yesno
        and not pair.without
        and block.claimed is None
        and pair.attr == "eligible"
        and unit_head_gives(reading.asked or reading.question, block.body, signing=True) == "Không"
    ):
        # "chủ tịch hội phụ nữ xã có được ký giấy khen thay chủ tịch xã k": "được" reads an
        # eligibility too, but the claim is who signs; the head proposes only (Luật 2022
        # Điều 80; task h221)
        block.claimed = "Không"
        block.body = f"{_HEAD_PROPOSES} {without_opener(block.body)}"
    if pair.yesno and not pair.without and block.claimed is None and pair.attr == "step_up":
        # "có được khen vượt cấp không": the step-up rule asked from the other side, its
        # verdict the reverse of "phải có giấy khen rồi mới …" (Luật 2022 Điều 5 khoản 2 c)
        # ("anh văn phòng nói không được khen vượt cấp. Có đúng không": the saying is the claim)
        block.claimed = next(
            (v for c in asking_claims(reading) if (v := skip_level_claimed(c)) is not None), None
        )
    if pair.yesno and not pair.without and block.claimed is None:
        # "thời hạn có thống nhất cả nước không" against a rule each province sets
        block.claimed = uniform_verdict(claim, block.body)
    if (
        pair.yesno
        and not pair.without
        and block.claimed is None
        and pair.attr == "channel"
        and _NATIONAL_PORTAL_REQUIRED.search(" ".join(folded_words(reading.question).split()))
    ):
        # "hồ sơ khen thưởng của xã gửi tỉnh có phải nộp qua cổng dịch vụ công quốc gia k": a
        # national obligation claimed; the TĐKT procedures between xã and tỉnh are mostly
        # internal and the province sets how they are sent (NĐ 152/2025 Điều 6 khoản 2 điểm
        # c; domain.md 1.3, 5.1) (task h477)
        block.claimed = "Không"
    if pair.yesno and not pair.without and block.claimed is None:
        # "luật có bắt / có ghi cụ thể … không" against a rule the fact leaves to the province
        block.claimed = law_sets_verdict(reading.asked or reading.question, block.body)
        block.law_read = block.claimed is not None
        if block.claimed == "Không":
            # the "Tùy" opener answers "how much": asked whether the law sets it, the
            # "Không" leads and the province's part follows in the body (task h95)
            block.body = block.body.removeprefix("Tùy quy chế của tỉnh. ").removeprefix(
                "Tùy quy chế của tỉnh: "
            )


def _own_place(submit: Fact | None, pair: Pair) -> Fact | None:
    """The submission case of a subject told that carries its own verdict (a doanh nghiệp or
    HTX keeps its workers' dossier, Luật 2022 Điều 80 khoản 4): that case, not the place the
    letter names, decides where the file goes."""
    if submit is None:
        return None
    cases = (pair.subject, *pair.cases) if pair.subject else pair.cases
    return next(
        (
            submit.by_subject[c]
            for c in cases
            if c in submit.by_subject and submit.by_subject[c].verdict
        ),
        None,
    )


#: a count of copies told ("1 bộ", "01 bộ bản chính", "hai bộ"), folded
_COPIES_TOLD = re.compile(r"(?<![\d/])(?:\d{1,2}|mot|hai|ba) bo (?:ban |ho so |thoi |la )?")


def _copies_claimed(pair: Pair, question: str) -> bool:
    """The dossier's count of copies is what the question claims ("chỉ nộp 1 bộ bản chính")."""
    if pair.attr not in ("copies", "dossier") or " bo " not in f" {fold(question)} ":
        return False
    return _COPIES_TOLD.search(" ".join(fold(question).split())) is not None


#: the attributes that tell a procedure's steps, which a letter may claim to leave out
_STEP_ATTRS = frozenset({"dossier", "submit", "publicity", "publicity_list", "review"})


def _choice_beside_yesno(reading: Reading, pair: Pair) -> bool:
    """ "CSTĐCS xã tự quyết định hay vẫn phải trình tỉnh, chủ tịch xã ký được k": the either-or
    part is no yes/no; the place it offers is answered in its block without a verdict, and the
    yes/no asked after it gives the answer's verdict (task h223)."""
    return not pair.yesno and any(p.yesno and p.attr != pair.attr for p in reading.pairs)


def papers_and_denial_claimed(draft: Draft, block: Block) -> None:
    """Papers listed or missing and the place of submission claimed; a claim the fact denies in
    another clause."""
    model, reading, yesno = draft.model, draft.reading, draft.yesno
    claimed_before = block.claimed
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
        papers_listed(reading.question, reading.asked, block.body, model.papers)
        if yesno
        and block.pair.attr in ("dossier", "dossier_law")
        and not block.pair.without
        and lacking is None
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
        if yesno
        and block.pair.attr in ("submit", "dossier")
        and not block.pair.without
        and not _choice_beside_yesno(reading, block.pair)
        else None
    )
    own = _own_place(model.fact(block.pair.entity, "submit"), block.pair)
    if own is not None and (placed is not None or (yesno and block.pair.attr == "submit")):
        # a place named (or where the file goes asked) for a subject whose case keeps it
        placed = (own.verdict or "", without_opener(own.text))
    if placed is not None and block.claimed is None:
        # "giấy khen xã có phải nộp lên tỉnh không": the place claimed against the one the
        # title's own submission fact names
        block.claimed, where = placed
        if own is not None and block.pair.attr == "submit":
            block.body = where
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
        block.claimed = paper_required(
            reading.asked or reading.question,
            block.body,
            read_denial=not reported_denial(claim_put_up(reading.question)),
        )
        if block.claimed is None and attached_claimed(reading.question):
            # "… thì kèm thêm văn bản nghiệm thu đề tài, đúng k": the asked words lost "kèm
            # thêm", the whole question still claims the paper required (task h386)
            block.claimed = paper_required(reading.question, block.body, attached=True)
        if block.claimed is not None and paper_denied(
            reading.asked or reading.question, block.body
        ):
            # a paper the list requires claimed unneeded is the claim put up, whichever part
            # was read as the yes/no
            block.pair = dataclasses.replace(block.pair, yesno=True)
    skipped = (
        skipped_step(reading.asked or reading.question, block.body, reading.question)
        if yesno
        and block.pair.attr in _STEP_ATTRS
        and not block.pair.without
        # "nghe nói … không cần công khai, đúng k": a reported denial is judged by its reader
        and not reported_denial(claim_put_up(reading.question))
        else None
    )
    if skipped is not None:
        # "k cần gửi báo cáo thành tích lên xã, đúng k", "gửi lên xã luôn, k niêm yết nữa, có
        # được k": a step the fact says is done, claimed unneeded (task h191); "không cần
        # nộp lên tỉnh" where the fact sends it to the xã holds
        block.claimed = skipped
        block.body = without_opener(block.body)
        block.pair = dataclasses.replace(block.pair, yesno=True)
    if lacking is not None:
        # "… nhưng không có biên bản họp, hồ sơ đủ chưa": a paper the list requires is told
        # missing; the letter's yes/no may point back at it from another clause. "…, hồ sơ có
        # bắt buộc biên bản họp k" asks the requirement itself, which the list answers "Có";
        # the lack told follows it (task h356)
        required = claimed_before is None and lacking_required_asked(reading.question, lacking)
        block.claimed = "Có" if required else "Không"
        block.body = f"Hồ sơ anh/chị nêu còn thiếu: {lacking}. {without_opener(block.body)}"
        block.pair = dataclasses.replace(block.pair, yesno=True)
    # a told case ("… nhưng không có sáng kiến, có được …") is no claim: only what is asked
    block.denial = (
        block.pair.yesno
        and not block.pair.without
        # "có cần biên bản bình xét không" judged above against the list: the fact's own
        # "Không cần giấy chứng nhận sáng kiến" denies another paper, not the one claimed
        and (block.claimed is None or claimed_before is not None)
        # "chỉ cần nộp 1 bộ bản chính đúng k": the count of copies claimed was judged against
        # the fact's own; its "Không cần giấy chứng nhận …" denies a paper, not the count
        and not (claimed_before is not None and _copies_claimed(block.pair, reading.question))
        # "LĐTT không có giấy chứng nhận, đúng k": the value reader judged that denial itself
        and not values_denied(block.claim, model.values.get(block.pair.attr, {}))
        # the figure required is the claim; the case told may be the one refused
        and needed_verdict is None
        and qualified is None
        # "theo năm học phải k" against "theo năm học (không phải theo năm dương lịch)": the
        # option claimed is the fact's own; its "không phải" denies the others (task h139)
        and picked != "Có"
        and route_enough is None
        and not exemption_of_tax(block.pair, reading.question)
        # "(hoàn thành xuất sắc,) k có sáng kiến, có được CSTĐCS không": the sáng kiến told
        # missing is the case; the fact's "không bắt buộc sáng kiến" agrees with it (h297)
        and not (block.pair.attr == "eligible" and initiative_told_lacking(reading.question))
        # of "… không hay bắt buộc phải có sáng kiến" only the first is claimed (task h101)
        and denied(
            first_option(reading.asked or reading.question),
            block.body,
            before_offered(reading.question),
        )
    )
    if block.pair.yesno and not block.pair.without and not block.denial and block.claimed is None:
        why = denied_elsewhere(model, reading, block.pair, block.body)
        block.denial = why is not None
        if why:
            block.body = f"{why} {without_opener(block.body)}"


#: the parts whose facts name a criterion's routes ("… hoặc có sáng kiến được cơ sở công nhận")
_ROUTED = frozenset({"initiative", "criteria", "eligible"})


#: attributes whose facts state a rule's figure (days, %, times, copies): a figure the question
#: claims is checked against them; who may get a title states thresholds ("dưới 6 tháng"), not
#: a value to match, and an amount answers by itself
_FIGURED = frozenset({"publicity", "publicity_list", "deadline", "cap", "consecutive", "dossier"})


#: attributes whose facts name each paper's form ("Tờ trình (Mẫu 04)")
_FORMED = frozenset({"dossier", "form"})


#: a claim put up for confirmation: "đúng không", "đúng vậy k", "phải vậy không", "có đúng"
_CONFIRMING = re.compile(
    r"\b(?:dung|phai|that) (?:vay |the )?(?:khong|ko|k|hong|ha|a|chu)\b|\bco dung\b"
)


#: the attributes whose fact names the level that holds a power
_LEVEL_HELD = frozenset({"decides", "revoke"})
#: said before the eligibility fact when a head of a unit, a đoàn thể, the Mặt trận or the HĐND
#: is claimed to give the award himself
_HEAD_PROPOSES = (
    "Người đứng đầu đơn vị, đoàn thể, Mặt trận hay HĐND xã không tự quyết định tặng danh hiệu,"
    " giấy khen của Nhà nước; họ bình xét, đề nghị, còn người quyết định là người Luật Thi đua,"
    " khen thưởng 2022 Điều 80 giao (ở xã: Chủ tịch UBND xã, khoản 3)."
)


# ("… cũng không bị hủy phải không" is turned by turns.negated_claim, which says "Vẫn bị …")
_KEPT_WRONG = (
    "Gian dối, làm giả hồ sơ hoặc xét, đề nghị trái pháp luật thì quyết định khen thưởng bị hủy"
    " bỏ, hiện vật và tiền thưởng bị thu hồi, không chỉ phê bình."
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


#: a date in a clause: "tháng 12/2025", "28/6/2026", "12/2026"
_DATED = re.compile(r"\b(?:\d{1,2}/)?\d{1,2}/20\d\d\b")
#: where the amounts of a later decision begin in a money block
_OTHER_DATE_AMOUNTS = " Nếu quyết định "


def _first_date_only(question: str, body: str) -> str:
    """``body`` without the amounts of the later decisions it adds ("Nếu quyết định từ
    01/7/2026: …") when the sum claimed is put up in the clause of the first decision dated
    ("CSTĐCS qđ ký tháng 12/2025 thì tiền thưởng là 2.530.000 đúng k, còn qđ ký tháng 12/2026
    thì bn"): that sum is weighed against its own date's prize only (task h401)."""
    if _OTHER_DATE_AMOUNTS not in body:
        return body
    if _signed_day_first(question):
        # task f181 (b181 F4): "QĐ LĐTT ký ngày 10/1/2026, đến tháng 7/2026 mới chi …, vậy e
        # tính 760.000 dc k": the prize is the signing day's (NĐ 152/2025 Điều 50; domain.md
        # §2), whatever later day it is paid; the later decision's sums are no answer to it
        return body.split(_OTHER_DATE_AMOUNTS, 1)[0]
    clauses = re.split(r",|;|[.?!](?:\s|$)|\bcòn\b|\bcon\b|\bnếu\b|\bneu\b", question)
    dated = [c for c in clauses if _DATED.search(c)]
    if len(dated) < 2 or not _CONFIRMED_SUM.search(fold(dated[0]).lower()):
        return body
    return body.split(_OTHER_DATE_AMOUNTS, 1)[0]


#: the decision's signing day told: "QĐ … ký ngày 10/1/2026", "ký 28/6/2026"
_SIGNED_ON = re.compile(r"\b(?:ky|ki)(?: vao)?(?: ngay)? (?:\d{1,2}/)?\d{1,2}/20\d\d\b")


def _signed_day_first(question: str) -> bool:
    """The question tells the one day its decision is signed, before any other day it names
    (a signing day planned, then moved, tells two: "định ký 20/1/2026 … giờ chốt ký ngày
    20/11/2026" is left to the dated clauses)."""
    folded = " ".join(fold(question).lower().split())
    signed = list(_SIGNED_ON.finditer(folded))
    return len(signed) == 1 and _DATED.search(folded[: signed[0].start()]) is None


#: a sum put up for confirmation in a clause: "… 2.530.000 đúng k"
_CONFIRMED_SUM = re.compile(
    r"\d[\d.,]{4,}(?: ?(?:d|dong|vnd|k|nghin|trieu))?(?: \w+){0,2}"
    r" (?:dung|phai) (?:khong|ko|k|hong|chu)\b"
)
