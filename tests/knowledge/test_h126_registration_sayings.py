"""Task h126: sayings about registering for the year and about a requirement, put up for
confirmation. Luật 2022 (Điều 7) dropped đăng ký thi đua as a căn cứ for the titles, a province's
quy chế may still require it (domain.md §2); sáng kiến is one route of three to CSTĐCS (Luật 2022
Điều 23 khoản 2). Wordings of our own, one with diacritics and one without in each group."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "đồng nghiệp nói đăng ký thi đua không còn là căn cứ xét danh hiệu theo luật mới, "
        "đúng không",
        "chi van phong noi dang ky thi dua khong con la can cu xet danh hieu nua, dung k",
        "nghe noi dang ky thi dua k con la can cu bat buoc theo luat, dung k",
    ],
)
def test_reported_removal_of_registration_holds(officer_kb: KnowledgeBase, question: str) -> None:
    # a saying that restates the removal is right, and not left to the province
    text = ask_verdict(officer_kb, question, "Có")
    assert "Luật 2022" in text


@pytest.mark.parametrize(
    "question",
    [
        "có phải đăng ký thi đua đầu năm mới được xét Lao động tiên tiến không",
        "phai dang ky thi dua moi dc cong nhan LDTT a",
    ],
)
def test_registration_asked_as_condition_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Theo luật thì không." in text
    assert "UBND tỉnh" in text


@pytest.mark.parametrize(
    "question",
    [
        "anh truong phong bao khong co sang kien thi khoi de nghi chien si thi dua co so, "
        "dung khong",
        "Chị kế toán bảo chưa có sáng kiến thì khỏi đăng ký Chiến sĩ thi đua cơ sở, đúng không ạ",
        # the without-requirement reader judges this one; never turned a second time
        "chi van phong bao k co sang kien thi k dc CSTDCS, dung k",
    ],
)
def test_told_not_to_bother_without_initiative(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text
    assert "Ý kiến đó đúng" not in text
