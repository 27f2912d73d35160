"""The composer's stages after a block's verdict: the verdict set against the whole claim, and
what a title brings with it (who gives it, its honour, the prize on the decision date).
"""

from __future__ import annotations

import dataclasses
import re

from bot.core.text import folded_words
from bot.knowledge.facts.amounts import amounts_text
from bot.knowledge.facts.claim import required_figure_verdict
from bot.knowledge.facts.claimed_deciders import (
    giver_of,
    honour_kind_verdict,
    honour_revoker,
    proposer_only,
)
from bot.knowledge.facts.clauses import asking_claims, first_option, title_clause
from bot.knowledge.facts.confirmed import heard_not_asked, two_names
from bot.knowledge.facts.draft import Block, Draft, Part, opens_with_verdict
from bot.knowledge.facts.firm_staff import workers_giver
from bot.knowledge.facts.gone_claim import claimed_gone
from bot.knowledge.facts.limits import narrowed_claimed, only_one
from bot.knowledge.facts.model import Fact, FactModel, tokens
from bot.knowledge.facts.opener import with_verdict, without_opener
from bot.knowledge.facts.own_ask import both_paid_asked
from bot.knowledge.facts.permission import LAW_ITSELF, own_case_left
from bot.knowledge.facts.registration import REGISTRATION, registration_direction
from bot.knowledge.facts.revoke_actors import firm_own_revoker
from bot.knowledge.facts.turns import (
    higher_approval,
    negated_claim,
    only_one_claimed,
    power_denied,
    step_skipped,
)
from bot.knowledge.facts.verdict_stages import HONOUR_REVOKER

__all__ = ["givers_and_prize_added", "verdict_amended"]


def _firm_revoker_named(block: Block, question: str) -> None:
    """ "e là giám đốc HTX, … HTX đã trao bằng …, ai có quyền hủy": the firm's director who gave
    the title cancels it, not the xã chairman the fact's first sentence names (Luật 2022 Điều 80
    khoản 4, Điều 93 khoản 8; task h278). A yes/no on who revokes is judged before this."""
    if block.pair.attr != "revoke" or block.pair.yesno:
        return
    own = firm_own_revoker(question)
    if own is None or own in block.body:
        return
    rest = re.split(r"(?<=\.)\s", without_opener(block.body), maxsplit=1)[-1]
    block.body = f"{own} {rest}"


def verdict_amended(draft: Draft, block: Block) -> None:
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
    _firm_revoker_named(block, reading.question)
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
        # "kế toán bảo chỉ được 1 khoản. Em có được nhận cả hai khoản không": the asker's own
        # ask is answered (task h417)
        and not both_paid_asked(reading.question)
    ):
        # "chỉ được nhận 1 khoản thôi, đúng không" against "nhận … của cả hai": the claim
        # limits what the fact grants in full, whichever part the asking clause named; of
        # "cả hai không, hay chỉ 1" only the first is claimed, the limit is the other answer
        block.body = with_verdict("Không", block.body)
    elif (
        pair.yesno
        # "… vẫn còn nguyên, k bị hủy": the award claimed to stand was judged (task h361)
        and not block.kept_read
        and (suffered := _still_suffered(reading.asked or reading.question, block.body))
    ):
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
        and not opens_with_verdict(Part(title, f"**{title}**\n{block.body}", (), ""))
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
    direction = registration_direction(reading.asked or reading.question)
    if (
        direction == "Có"
        and block.body.startswith("Tùy")
        and (
            own_case_left(reading.question)
            # task f185b (b185): "đăng ký thi đua không bắt buộc chứ, k đăng ký thì cuối năm vẫn
            # xét bình thường?": no law named anywhere, the province's quy chế may still require
            # it (Luật 2022 Điều 7; domain.md 1.2 mục 2): the "Tùy" stands
            or not LAW_ITSELF.search(folded_words(reading.question))
        )
    ):
        # "k còn bắt buộc theo luật, vậy TDP e k nộp đăng ký vẫn được xét chứ": the law is the
        # premise, the asker's own unit is asked of, and the province's quy chế may still
        # require it (Luật 2022 Điều 7; domain.md 1.2 mục 2): the "Tùy" stands (task h421)
        direction = None
    if pair.yesno and pair.entity == REGISTRATION and direction is not None:
        # "luật bắt buộc đăng ký, không đăng ký là luật cấm xét, đúng k" / "không đăng ký vẫn
        # được xét nếu đủ tiêu chuẩn, đúng k": which way the claim points decides, not the
        # "không" of "không đăng ký" the generic readers turn on (Luật 2022 Điều 7)
        block.body = with_verdict(direction, without_opener(block.body))
    if draft.step_said and pair.attr == "decides" and block.body.startswith("Có. "):
        # the procedure told was judged wrong above ("bỏ bước công khai"): who decides is
        # still said, but its "Có" would read as leave to go ahead (task h277)
        block.body = without_opener(block.body)
        return
    skipped = step_skipped(reading.question, block.body) if yesno and not draft.step_said else None
    step_fact = model.fact(pair.entity, "publicity") if pair.attr == "decides" else None
    if skipped is None and yesno and not draft.step_said and step_fact is not None:
        # "xã chưa công khai …, chủ tịch muốn ký quyết định luôn được k": the step the decision
        # waits for is stated by the title's publicity fact, said with the note (task h277)
        skipped = step_skipped(reading.question, step_fact.text)
        if skipped is not None:
            skipped = skipped[0], f"{skipped[1]} {without_opener(step_fact.text)}"
    if skipped is not None:
        draft.step_said = True
        # "… không niêm yết gì cả, làm vậy có đúng quy trình không": a step the fact states,
        # told skipped, decides whatever the fact's own verdict answers
        block.body = with_verdict(skipped[0], f"{skipped[1]} {without_opener(block.body)}")


#: the words a turned verdict opens with when the saying it judges denied the title
_DENIAL_WRONG = ("Không. Ý kiến đó chưa đúng.", "Không. Nhận định đó chưa đúng.")


def grants_title(block: Block) -> bool:
    """The block tells the one asked of that they may have the title: its "Có", or a "Không"
    that says a reported denial of the title is wrong while the fact grants it ("nghe nói
    trường mầm non không được xét TTLĐTT, đúng không": "Không. Ý kiến đó chưa đúng …")."""
    if block.body.startswith("Có. "):
        return True
    return block.fact.verdict == "Có" and block.body.startswith(_DENIAL_WRONG)


def givers_and_prize_added(draft: Draft, block: Block) -> None:
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
        and grants_title(block)
        and not any(p.entity == pair.entity and p.attr == "decides" for p in reading.pairs)
    ):
        # "nông dân có được xét LĐTT không": one who may have a title is told who gives it
        giver = giver_of(model, pair, block.body)
        if giver is not None:
            said, giving = giver
            block.body = f"{block.body} {said}"
            sources = tuple(dict.fromkeys((*block.fact.sources, *giving.sources)))
            block.fact = dataclasses.replace(block.fact, sources=sources)
        firm = workers_giver(model, pair, " ".join(tokens(reading.question)))
        if firm is not None:
            # "công nhân có được CSTĐCS không": a firm's workers have theirs from its
            # director (Luật 2022 Điều 80 khoản 4; h357)
            block.body = f"{block.body} {firm[0]}"
            sources = tuple(dict.fromkeys((*block.fact.sources, *firm[1].sources)))
            block.fact = dataclasses.replace(block.fact, sources=sources)
    if (
        pair.yesno
        and block.body.startswith("Có. ")
        # a letter's asking sentence is the claim: "có người nói LĐTT chỉ dành cho công
        # chức. Vậy anh Hùng (nông dân) có được xét không" asks of anh Hùng, not of the
        # hearsay ("… Có đúng không" points back at it: no asking clause of its own)
        # "CSTĐCS chỉ xét cho cá nhân, còn tập thể thì xét TTLĐTT": the "only" is of the
        # other title's clause, not of this one (task h392)
        and any(
            narrowed_claimed(first_option(text), block.body)
            and not _only_of_another(first_option(text), pair.entity, model)
            for text in asking_claims(reading)
        )
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
    if honour is not None and HONOUR_REVOKER not in block.body:
        # "thủ tướng quyết định tước danh hiệu anh hùng à": a claim put up with "à" is no
        # yes/no part, yet the general rule's own "Có." would answer it (task h121)
        block.body = with_verdict(honour, f"{HONOUR_REVOKER} {without_opener(block.body)}")
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


def _still_suffered(asked: str, body: str) -> str | None:
    """What still happens against a "không bị …" claim (``negated_claim``), read on the fact's
    "Có." even where a claim reader already turned it to "Không." ("khai man … thì không bị thu
    hồi nữa đúng ko": h304 turns a judged claim never twice, but the answer still says it)."""
    if body.startswith("Không. "):
        body = f"Có. {without_opener(body)}"
    return negated_claim(asked, body)


def _only_of_another(claim: str, entity: str, model: FactModel) -> bool:
    """ "CSTĐCS chỉ xét cho cá nhân, còn tập thể thì xét TTLĐTT": the claim's clause naming
    ``entity`` says no "chỉ"; the "only" is of another title's clause (task h392)."""
    own = title_clause(claim, entity, model)
    return own != claim and "chi" not in tokens(own)
