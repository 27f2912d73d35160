"""Task h212: a letter's second ask is kept.

- "giấy khen tập thể thưởng bao nhiêu, còn cá nhân": "còn" and only whom it is for asks the
  same question of the title for them (NĐ 152/2025: giấy khen 0,3 lần lương cơ sở for a person
  or a household, 0,6 lần for a collective).
- "… gửi lên tỉnh để Chủ tịch tỉnh ký. Đúng không, và hồ sơ gồm những gì?": the dossier asked
  beside the routed claim is answered too (the Chủ tịch UBND xã decides CSTĐCS and LĐTT: Luật
  2022 Điều 80 khoản 3, NĐ 129/2025 Điều 59; the dossier: Luật 2022 Điều 84).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict


@pytest.mark.parametrize(
    ("question", "heads"),
    [
        (
            "giay khen ca nhan thuong bao nhieu, con tap the thi sao",
            ["cho cá nhân: Tiền thưởng", "cho tập thể: Tiền thưởng"],
        ),
        (
            "Giấy khen cá nhân của chủ tịch xã thưởng bao nhiêu tiền, còn hộ gia đình thì sao ạ",
            ["cho cá nhân: Tiền thưởng", "cho hộ gia đình: Tiền thưởng"],
        ),
        (
            "giay khen cho thon thuong may lan luong co so, con ca nhan",
            ["cho tập thể: Tiền thưởng", "cho cá nhân: Tiền thưởng"],
        ),
        (
            "giấy khen tập thể cần hồ sơ gì, còn cá nhân?",
            ["cho tập thể: Hồ sơ", "cho cá nhân: Hồ sơ"],
        ),
        (
            "giấy khen tập thể ký tháng 5/2026 được bao nhiêu tiền ạ, còn hộ gia đình",
            ["cho tập thể: Tiền thưởng", "cho hộ gia đình: Tiền thưởng"],
        ),
    ],
)
def test_con_subject_asks_again(officer_kb: KnowledgeBase, question: str, heads: list[str]) -> None:
    text = ask(officer_kb, question)
    for head in heads:
        assert head in text, text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "có người bảo CSTĐCS phải gửi lên tỉnh để Chủ tịch tỉnh ký. Đúng không anh, và hồ sơ "
            "gồm những gì?",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "xa em de nghi LDTT cho 12 nguoi, chi van phong bao phai trinh len tinh cho chu tich "
            "tinh ky. dung k a, va ho so can nhung gi",
            "Lao động tiên tiến",
        ),
        (
            "Nghe nói CSTĐCS bây giờ phải gửi hồ sơ lên tỉnh để chủ tịch tỉnh quyết định, phải "
            "không ạ, và hồ sơ gồm giấy tờ gì",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "co nguoi noi LDTT phai nop len tinh de chu tich tinh ky, dung khong, va ho so gom gi",
            "Lao động tiên tiến",
        ),
        (
            "anh phó bảo CSTĐCS vẫn phải trình tỉnh để chủ tịch tỉnh ký. Có đúng không, và cần "
            "chuẩn bị hồ sơ gì",
            "Chiến sĩ thi đua cơ sở",
        ),
    ],
)
def test_dossier_kept_beside_routed_claim(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    ask_part_verdict(officer_kb, question, f"{title}: Ai quyết định", "Không")
    text = ask(officer_kb, question)
    assert f"{title}: Hồ sơ" in text, text
    assert "biên bản" in text
