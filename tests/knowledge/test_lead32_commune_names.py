"""The commune level answers to three names since 01/7/2025 (Luật 72/2025/QH15: xã, phường, đặc
khu; NĐ 129/2025/NĐ-CP Điều 59 gives their chairmen one set of powers), so a reader of "the xã"
reads all three through one alternation, ``words.COMMUNE`` (stop 32). Wordings are our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a file sent on for the special zone's chairman to sign: who decides is what is claimed
        ("hồ sơ LĐTT của trạm y tế phải gửi lên chủ tịch đặc khu ký đúng không", "Có", "xã"),
        ("ho so CSTDCS trinh len chu tich UBND dac khu ky quyet dinh phai k", "Có", "xã"),
        # the zone's chairman asked to sign a firm's own staff titles: its director decides
        (
            "công đoàn xin chủ tịch UBND đặc khu ký LĐTT cho công nhân. chủ tịch có quyền ký "
            "không hay công ty tự ký",
            "Không",
            "Giám đốc",
        ),
        # a cap put to the zone's own practice is the province's to set
        ("dac khu minh van giu ty le 15% CSTDCS dc k", "Tùy", "tỉnh"),
    ],
)
def test_a_special_zone_is_read_as_the_commune_level(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
