"""Task h89: five wrong or weak answers the lead found in a spot check of new wordings, each
checked with the lead's wording and two of our own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict

_FUND = "Quỹ thi đua, khen thưởng của xã"


@pytest.mark.parametrize(
    "question",
    [
        "doanh nghiep tai tro tien cho quy thi dua cua xa dc k",
        "nguoi dan co duoc ung ho quy thi dua khen thuong k",
        "cong ty dong gop vao quy thi dua khen thuong cua xa duoc khong",
        "quỹ TĐKT xã có nhận tài trợ của cá nhân không",
    ],
)
def test_fund_takes_contributions(officer_kb: KnowledgeBase, question: str) -> None:
    # NĐ 152/2025 Điều 46 khoản 3: the fund is the budget share plus contributions
    text = ask_verdict(officer_kb, question, "Có")
    assert text.startswith(f"**{_FUND}"), text
    assert "Điều 46 khoản 3" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "gia dinh anh Tu dong gop xay truong co dc chu tich xa tang giay khen k, thuong bn",
        "ho ba Lan tai tro xay cau co dc tang giay khen ko, thuong bao nhieu tien",
    ],
)
def test_giving_praised_is_no_question_about_the_fund(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # "ủng hộ" told of a household is the deed praised, not a contribution asked about: the
    # yes/no (may it have the giấy khen) keeps its verdict, the prize its own part
    text = ask_verdict(officer_kb, question, "Có")
    assert _FUND not in text, text
    assert "Tiền thưởng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "em chuyen tu co quan cu ve xa thang 3 thi cuoi nam dc xet LDTT k",
        "a luan chuyen tu so ve xa giua nam thi nam nay co xet ldtt cho a dc khong",
        "anh chuyen tu truong hoc ve xa tu thang 4 thi nam nay anh co dc xet lao dong tien tien"
        " khong",
    ],
)
def test_transferred_officer_is_eligibility(officer_kb: KnowledgeBase, question: str) -> None:
    # "về xã" is where the officer went: the transfer case answers, not where papers go
    text = ask_verdict(officer_kb, question, "Có")
    assert "Nộp ở đâu" not in text, text
    assert "đơn vị cũ" in text, text


@pytest.mark.parametrize(
    ("question", "titles", "verdict"),
    [
        (
            "LDTT va CSTDCS deu do chu tich xa quyet dinh dung k",
            ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
            "Có",
        ),
        (
            "ldtt, cstdcs co phai do chu tich ubnd xa ky khong",
            ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
            "Có",
        ),
        (
            "tap the lao dong tien tien voi giay khen deu do chu tich tinh tang phai ko",
            ["Tập thể lao động tiên tiến", "Giấy khen của Chủ tịch UBND xã"],
            "Không",
        ),
    ],
)
def test_every_title_of_a_shared_claim_opens_its_verdict(
    officer_kb: KnowledgeBase, question: str, titles: list[str], verdict: str
) -> None:
    for title in titles:
        ask_part_verdict(officer_kb, question, f"**{title}: Ai quyết định", verdict)


@pytest.mark.parametrize(
    "question",
    [
        "100% can bo hoan thanh nhiem vu thi tap the dc TTLDTT k",
        "truong 100% giao vien htnv thi co duoc de nghi TTLDTT ko",
        "cơ quan em cả 12 người đều hoàn thành nhiệm vụ, vậy cơ quan có được công nhận tập thể"
        " lao động tiên tiến không",
    ],
)
def test_duty_share_names_what_is_still_needed(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 28: over 50 % of members holding LĐTT, not a share who did their duty
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "trên 50 %" in text and "Lao động tiên tiến" in text, text
    assert "không phải tối đa" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("chu tich xa co duoc thu hoi giay khen do chu tich tinh tang k", "Không"),
        ("giay khen cua chu tich ubnd tinh thi chu tich xa co quyen thu hoi khong", "Không"),
        ("chủ tịch xã có được hủy giấy khen do chủ tịch tỉnh ký không", "Không"),
        # the award the letter says the xã chairman gave is his to revoke
        ("chu tich xa co duoc thu hoi giay khen do chu tich xa tang k", "Có"),
    ],
)
def test_revoker_is_the_awarder_the_letter_names(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Không":
        assert "Chủ tịch UBND tỉnh" in text and "Điều 93 khoản 8" in text, text


def test_a_sentence_naming_a_title_is_no_list_item(officer_kb: KnowledgeBase) -> None:
    # the first sentence tells the plan (a title for whom); only the question's own yes/no,
    # about farmers, decides, not one carried back to the sentence
    question = (
        "hoi phu nu muon de nghi LDTT cho may chi em lam kinh te gioi. Nong dan co duoc LDTT khong"
    )
    ask_verdict(officer_kb, question, "Có")
