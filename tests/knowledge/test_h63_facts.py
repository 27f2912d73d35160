"""Task h63: facts the law states that officers keep asking about and the content lacked.

One group of facts per section, each with its checked source. The questions are our own
wordings (with and without diacritics, at least one yes/no per group), asked as the chat asks
them (``KnowledgeBase.ask``); each test asserts the decisive fact and the "Căn cứ" source.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts

# --- the armed forces at the xã (Luật 2022 Điều 20 khoản 1 điểm c, d; Điều 80 khoản 5;
# NĐ 152/2025 Điều 50 khoản 1 điểm d, khoản 2 điểm a, b) ---


@pytest.mark.parametrize(
    ("question", "ministry"),
    [
        ("ai quy định thẩm quyền tặng danh hiệu thi đua cho dân quân tự vệ cơ động", "Quốc phòng"),
        ("tham quyen tang danh hieu cho dan quan thuong truc cua xa do ai quy dinh", "Quốc phòng"),
        ("thẩm quyền tặng danh hiệu cho công an xã chính quy do ai quy định", "Công an"),
    ],
)
def test_who_sets_the_powers_for_the_armed_forces(
    officer_kb: KnowledgeBase, question: str, ministry: str
) -> None:
    text = ask(officer_kb, question)
    assert f"Bộ {ministry} quy định thẩm quyền" in text, text
    assert "Tỉnh quy định" not in text, text
    assert "Điều 80 khoản 5" in text, text


def test_chien_si_tien_tien_has_its_prize(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "danh hieu chien si tien tien duoc thuong bao nhieu")
    assert "0,3 lần mức lương cơ sở = 760.000 đồng" in text, text
    assert "Điều 50 khoản 1 điểm d" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact", "source"),
    [
        (
            "trung đội dân quân thường trực của xã có được xét Đơn vị tiên tiến không",
            "Có",
            "dân quân thường trực",
            "Điều 20 khoản 1 điểm d",
        ),
        (
            "chu tich xa co dc tang don vi tien tien cho trung doi dan quan k",
            "Không",
            "Bộ Quốc phòng, Bộ Công an quy định",
            "Điều 80 khoản 5",
        ),
    ],
)
def test_don_vi_tien_tien(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str, source: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text, text
    assert source in text, text


def test_don_vi_quyet_thang_prize(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "don vi quyet thang thuong bao nhieu tien")
    assert "1,5 lần mức lương cơ sở = 3.800.000 đồng" in text, text
    assert "Điều 50 khoản 2 điểm a" in text, text
