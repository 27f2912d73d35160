"""Task h86: yes/no misses pooled over every tuning set (blind 25's included), grouped by why the
verdict was wrong or missing; the kind fixed here is the wrong actor read for a claim (the place
or unit told taken for who is asked about, or for no one). Wordings are our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # the asker's word after the unit ("thôn em", "tổ mình") says whose unit it is
        "to dan pho em tu cong nhan gia dinh van hoa duoc khong",
        "thôn e tự tặng giấy khen cho mấy cháu học giỏi được không",
        # "tự" makes the village the one acting, "được" or not
        "to truong to dan pho co duoc tu quyet dinh tang giay khen k",
        # the one named after "thay (mặt)" is whose power is borrowed, not the actor
        "tổ trưởng tổ dân phố ký công nhận gia đình văn hóa thay mặt chủ tịch UBND xã được không",
        # the village level named after the deciding verb is where it is claimed to be decided
        "giay khen cho hoc sinh co the ky o cap thon duoc khong",
    ],
)
def test_village_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the people of a place told as a crowd ("cả xóm") are not the one asked about
        (
            "Bac Tam la nong dan, nuoi bo gioi, giup ca xom cung lam theo."
            " Truong thon muon de nghi bac LDTT. Vay bac Tam co duoc xet khong",
            "Có",
        ),
        ("cả thôn ai cũng quý ông Sáu, ông là nông dân. Ông có được xét LĐTT không", "Có"),
        # "anh / ông hỏi" is a person asking, not an association ("hội")
        (
            "chu Binh lam cong chuc xa, nam nay hoan thanh xuat sac nhiem vu, da dat ldtt."
            " chu hoi co len duoc cstdcs khong",
            "Có",
        ),
    ],
)
def test_place_or_proposer_not_read_as_who(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # hearsay of "only" told in the letter; the asking clause is about someone else
        (
            "Nghe nói Lao động tiên tiến chỉ xét cho công chức thôi. Vậy bác Năm làm ruộng"
            " có được xét không",
            "Có",
        ),
        # the hearsay itself asked back keeps its own verdict
        ("Nghe nói LĐTT chỉ xét cho công chức thôi. Có đúng không", "Không"),
        ("ldtt chi xet cho cong chuc, con nguoi lam ruong thi khong duoc phai k", "Không"),
    ],
)
def test_hearsay_claim_is_not_the_asked_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "head", "verdict"),
    [
        # two titles joined by "và" under one claim: the first keeps the yes/no, the second the
        # actor (Luật 2022 Điều 74, 80: the province gives bằng khen, the xã LĐTT)
        ("chu tich tinh co ky bang khen va ldtt k", "Lao động tiên tiến: Ai quyết định", "Không"),
        ("chủ tịch UBND xã có ký được LĐTT và CSTĐCS không", "Lao động tiên tiến", "Có"),
        (
            "chu tich xa co quyet dinh tang giay khen va gia dinh van hoa khong hay phai xin tinh",
            "Giấy khen",
            "Có",
        ),
    ],
)
def test_titles_joined_share_the_claim(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, "Có")  # the first title's claim holds in every case
    ask_part_verdict(officer_kb, question, head, verdict)
