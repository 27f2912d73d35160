"""Task h111: the stop-25 kinds said in other words. Each test asks the real knowledge base
with a wording of our own (none copied from a question set, none from yesno_tuning3.yaml) and
asserts the plain verdict an officer reads first."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # TT 01/2024 (domain.md 2.2): under 6 months by the review is not considered; "tháng 10,
        # tháng 12 bình xét" names two months of the year, not ten months served
        (
            "chi ay bat dau lam viec tu thang 10, thang 12 binh xet thi co duoc xet LDTT khong",
            "Không",
        ),
        ("anh ay moi tuyen tu thang 4, thang 12 binh xet thi co dc xet lao dong tien tien k", "Có"),
    ],
)
def test_month_of_the_year_is_no_length(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_old_figure_required_is_wrong(officer_kb: KnowledgeBase) -> None:
    # the 10-month floor is the old rule (TT 01/2024: 6 months): put up as a requirement in
    # force, with no case named, it is wrong
    text = ask_verdict(
        officer_kb,
        "truong thon bao phai lam du 10 thang moi dc binh xet LDTT, dung vay ko",
        "Không",
    )
    assert "6 tháng" in text


def test_once_in_a_lifetime_claimed(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 5 khoản 2 điểm c: one form may be given to one person several times
    ask_verdict(
        officer_kb,
        "moi can bo chi duoc nhan giay khen cua xa mot lan trong doi thoi dung k",
        "Không",
    )


def test_so_noi_vu_named_as_signer(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 74: the province's chairman decides; the province named as whose award it
    # is does not make the Sở the signer
    text = ask_verdict(
        officer_kb, "bang khen cua UBND tinh la do giam doc so noi vu ky phai ko", "Không"
    )
    assert "Sở Nội vụ không ký" in text


def test_staff_signer_read_as_a_title(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 80 khoản 3: the xã chairman decides, staff draft
    text = ask_verdict(
        officer_kb, "can bo van phong xa co duoc ky giay khen thay chu tich khong", "Không"
    )
    assert "Chủ tịch UBND xã" in text


def test_review_month_told_bare_ends_the_service(officer_kb: KnowledgeBase) -> None:
    # a school reviews in May: January to May is 5 months, short of the 6-month rule
    ask_verdict(
        officer_kb,
        "thay ay moi duoc tuyen dung thang 1, thang 5 truong binh xet thi dua thi co duoc LDTT k",
        "Không",
    )


def test_reform_now_then_past_over_a_comma(officer_kb: KnowledgeBase) -> None:
    # NĐ 129/2025 Điều 59: the xã chairman now decides what the district chairman did; the
    # present told in one clause, the past in the next
    ask_verdict(
        officer_kb,
        "chu tich xa nay tang giay khen cho ho gia dinh, truoc day la chu tich huyen tang dung k",
        "Có",
    )


def test_initiative_kept_in_the_office(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 22: CSTĐ tỉnh needs an initiative with reach in the province; one used
    # only in the asker's own office falls short
    text = ask_verdict(
        officer_kb,
        "sang kien cua chi ay chi ap dung noi bo co quan thi co de nghi CSTD tinh duoc khong",
        "Không",
    )
    assert "trong tỉnh" in text
