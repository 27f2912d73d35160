"""Task h114: yes/no claims about what the 2025 reform did, from officers who moved from the old
district or from merged communes. Each test asks the real knowledge base with a wording of our
own (none copied from a question set) and asserts the plain verdict an officer reads first.

NĐ 129/2025 Điều 59 gave the district chairman's powers to the xã chairman; dossiers for the
province go straight to Sở Nội vụ; NĐ 152/2025 Điều 50 sets a title's coefficient whoever signs.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        # the district's power claimed moved to the xã (or ward) chairman
        "sau khi bo cap huyen, quyen cong nhan LDTT cua chu tich huyen da giao cho chu tich UBND"
        " xa phai khong",
        "quan cu giai the roi, giay khen cua quan duoc thay bang giay khen chu tich phuong phai k",
        # (the Gia đình văn hóa case moved to test_f201: the district never recognised it)
        # the route claimed straight up, not through the district
        "nay ho so de nghi bang khen tinh xa nop thang len so noi vu, khong phai qua huyen nua"
        " dung ko",
    ],
)
def test_the_move_claimed_is_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text


@pytest.mark.parametrize(
    "question",
    [
        # the district claimed still in the route: the reform's own "Không"
        "ho so bang khen tinh van phai qua huyen dung k",
        "phòng nội vụ huyện còn nhận hồ sơ thi đua cho xã không",
        # an alternative whose first side keeps the district
        "ho so CSTD tinh gio con phai gui qua huyen k hay nop thang len so noi vu",
        # the move told, but the district claimed still in the route after it
        "ho so CSTD tinh xa gui thang len so noi vu nhung van phai qua huyen xac nhan dung k",
    ],
)
def test_the_district_claimed_still_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


def test_a_false_half_of_the_claim_takes_the_verdict(officer_kb: KnowledgeBase) -> None:
    # the move is right, the coefficient (1,5 lần, NĐ 152/2025 Điều 50) is not: no "Có." on top
    text = ask(officer_kb, "xa ky thay huyen va thon van hoa thuong 2 lan luong co so dung k")
    assert leading_verdicts(text)[:1] == ["Không"], text


def test_a_replaced_text_is_not_confirmed_by_the_xa_acting_now(
    officer_kb: KnowledgeBase,
) -> None:
    # "giờ xã …" names the xã acting now, but the claim is reusing a plan citing NĐ 91/2017
    text = ask_verdict(
        officer_kb,
        "Mau ke hoach thi dua cua huyen nam 2019 dan ND 91/2017, gio xa dung lai co dc k",
        "Không",
    )
    assert "152/2025" in text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("truoc LDTT do huyen ky, nay xa ky thi tien thuong co thay doi k", "Lao động tiên tiến"),
        (
            "truoc day huyen tang CSTDCS, gio chu tich xa tang thi muc thuong co bi giam khong",
            "cơ sở",
        ),
    ],
)
def test_the_prize_is_not_changed_by_the_signer(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Tiền thưởng", "Không")
    assert "Hệ số không đổi" in block and head in block


def test_the_abolition_told_as_a_premise_leaves_the_rule_to_its_part(
    officer_kb: KnowledgeBase,
) -> None:
    # the rule asked (3 lần CSTĐCS, Luật Điều 22; dossier to Sở Nội vụ) is right: no "Không"
    text = ask(
        officer_kb,
        "bo cap huyen roi thi muon de nghi CSTD tinh van phai co 3 lan CSTDCS lien tiep va gui so"
        " noi vu dung khong",
    )
    assert leading_verdicts(text)[:1] == ["Có"], text


def test_a_kept_claim_after_the_premise_gets_no_false_no(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "sap nhap xong, khong con huyen thi tieu chuan CSTDCS van nhu cu dung k")
    assert "Không" not in leading_verdicts(text)[:1], text


def test_something_claimed_gone_with_the_district_is_denied(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "bo huyen roi thi danh hieu LDTT co bi bo luon khong", "Không")
