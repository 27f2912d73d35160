"""Task h112 (stop 25): stop 24's mechanisms asked in other words. Two readings widened to their
general form: a claim that one condition is enough when it reaches the criteria's level of duty
but leaves out the clauses joined to it, and a permission asked with the title spelled out or
with "khống chế" (to cap). Wordings are our own, none copied from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 24 khoản 1: "hoàn thành tốt nhiệm vụ" AND "tinh thần tự lực, …"
        "chỉ cần hoàn thành tốt nhiệm vụ là đủ điều kiện LĐTT phải không",
        "lao dong tien tien chi can hoan thanh tot nhiem vu la du r ha",
    ],
)
def test_level_met_other_clauses_unnamed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tự lực" in text, text


def test_collective_level_met_other_clauses_unnamed(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 28: TTLĐTT also needs the emulation, unity and law clauses
    text = ask_verdict(
        officer_kb,
        "tap the lao dong tien tien chi can hoan thanh tot nhiem vu la du dung ko",
        "Không",
    )
    assert "đoàn kết" in text, text


def test_every_clause_named_stays_enough(officer_kb: KnowledgeBase) -> None:
    # both clauses of Điều 24 khoản 1 named: the claim of enough holds
    ask_verdict(
        officer_kb,
        "ldtt chi can hoan thanh tot nhiem vu va tich cuc tham gia phong trao thi dua la du dung k",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # domain.md 1.2.6, 2.11: no national cap; "Tỉnh có thể quy định tỷ lệ"
        ("tinh co duoc quy dinh ty le khong che chien si thi dua co so k", "Có"),
        ("tỉnh có được đặt ra tỷ lệ khống chế lao động tiên tiến không", "Có"),
        # the permission is the province's: the xã asked gets the fact's own answer
        ("xa co duoc quy dinh ti le khong che cstdcs k", "Không"),
    ],
)
def test_permission_to_cap(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 80 khoản 2 (the district's power then), Điều 22 ("03 lần liên tục")
        ("cstdcs huyen tang nam 2023, 2024 va xa tang nam 2025 co tinh 3 lan lien tuc k", "Có"),
        (
            "năm 2023, 2024 huyện tặng CSTĐCS, năm 2025 xã tặng, vậy có tính 3 lần liên tục không",
            "Có",
        ),
        ("ldtt nam 2024 cua huyen co phai lam lai k", "Không"),
    ],
)
def test_district_past_award_told_then_counted(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "trước 01/7/2025" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # TT 01/2024 (kept by TT 15/2025): không xét cho người mới tuyển dụng dưới 6 tháng
        ("nghe noi phai cong tac du 10 thang moi dc xet ldtt, dung k", "Không"),
        ("LĐTT phải làm đủ 10 tháng mới được xét đúng không", "Không"),
        ("ldtt phai cong tac du 6 thang moi dc xet dung k", "Có"),
    ],
)
def test_months_floor_claimed_against_the_bar(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "6 tháng" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 74 (Bằng khen tỉnh), Điều 75 (Giấy khen): cá nhân, tập thể, hộ gia đình
        ("bằng khen chủ tịch tỉnh chỉ dành cho tập thể thôi à", "Không"),
        ("giấy khen xã chỉ tặng cho cá nhân thôi à", "Không"),
        # Điều 28: TTLĐTT is a collective's title
        ("ttldtt chi xet cho tap the thoi a", "Có"),
    ],
)
def test_limit_put_up_with_a(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)
