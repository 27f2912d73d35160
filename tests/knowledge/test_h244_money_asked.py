"""Stop 34 (h244): where the prize money comes from, asked with the title and its recipient
between the money and the ask ("tiền thưởng giấy khen của tiểu thương lấy từ đâu"). The payer
fact (NĐ 152/2025: the fund of the level that decides pays) answers; the prize's amount is kept
only where it is asked too."""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase

AS_OF = date(2026, 11, 22)
PAYER = "**Ai chi tiền thưởng**"
FUND = "quỹ thi đua, khen thưởng của cấp ra quyết định"


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng giấy khen cho bà bán rau ngoài chợ thì lấy ở đâu",
        "tien thuong bang khen tinh cua ong truong thon lay tu dau vay",
        "thưởng LĐTT cho mấy cô giáo mầm non thì lấy đâu ra tiền",
        "giấy khen xã tặng hội phụ nữ thôn thì tiền thưởng lấy ở đâu ra",
        "Tiền thưởng CSTĐCS của anh kế toán xã trích từ đâu ạ",
        "tien thuong giay khen ho gia dinh hien dat o dau ra",
    ],
)
def test_payer_asked_apart_answers_the_fund(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, AS_OF).text
    assert PAYER in text, text[:200]
    assert FUND in text
    # the amount was not asked: no prize block
    assert "Tiền thưởng**" not in text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng giấy khen của bác xe ôm lấy từ đâu, mức bao nhiêu",
        "tien thuong giay khen cho co ban tap hoa lay tu dau, nam nay bn",
    ],
)
def test_payer_and_amount_both_answered(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, AS_OF).text
    assert PAYER in text
    assert "760.000 đồng" in text


def test_a_form_fetched_from_somewhere_is_no_payer(officer_kb: KnowledgeBase) -> None:
    # "lấy ở đâu" of another clause (the form) asks no payer
    text = officer_kb.ask("mẫu giấy khen lấy ở đâu, tiền thưởng bao nhiêu", AS_OF).text
    assert PAYER not in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói tiền thưởng giấy khen cho tổ thiện nguyện phải lấy từ tiền quyên góp của tổ,"
        " đúng không",
        "tien thuong bang khen tinh cho ho hien dat lay tu von chuong trinh NTM phai k",
        "có người bảo thưởng LĐTT cho cô giáo chi bằng tiền tài trợ của phụ huynh, đúng ko",
        "tiền thưởng giấy khen tập thể cho hội người cao tuổi lấy từ tiền ủng hộ của doanh"
        " nghiệp đúng không",
        "Nghe nói thưởng CSTĐCS trích từ kinh phí chương trình nông thôn mới, có đúng không ạ",
    ],
)
def test_money_raised_for_another_purpose_pays_no_prize(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = officer_kb.ask(question, AS_OF).text
    first = text.split("\n\n")[0]
    assert first.startswith(PAYER), text[:200]
    assert first.split("\n")[1].startswith("Không."), first
    assert FUND in first


def test_the_fund_taking_donations_is_no_payer_claim(officer_kb: KnowledgeBase) -> None:
    # the fund's own income, not the prize paid past it: no "Không." on the payer
    text = officer_kb.ask("quỹ thi đua khen thưởng xã có được lấy từ tiền ủng hộ không", AS_OF).text
    assert not text.split("\n")[1].startswith("Không.")
