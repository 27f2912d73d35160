"""Task h168: which way a claim points, read before the fact's own verdict answers it.

Questions of our own, in an officer's voice (none copied from a question set), one group per
family mended. Keys (``../shared/reference``): Luật 2022 Điều 7 (registration is no longer a
basis for titles; a province's quy chế may still ask for it), Điều 23 khoản 2 (CSTĐCS: a sáng
kiến recognised at cơ sở is enough), Điều 93 khoản 8 (a commendation got by fraud is cancelled
and its prize taken back, and the person is also disciplined, fined or prosecuted), Điều 59
khoản 1 (the dead may be honoured posthumously); NĐ 86/2023 (GĐVH: the thôn posts the list and
takes the people's views), NĐ 152/2025 Điều 50 with NĐ 73/2024 and the 2026 base (2.340.000 then
2.530.000 from 01/7/2026; Cờ thi đua tỉnh 8,0 lần = 20.240.000).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the claim that the law requires it, or bars a title without it
        (
            "chi van phong bao luat bat buoc dang ky thi dua, chua dang ky la luat cam xet, dung k",
            "Không",
        ),
        (
            "theo luật năm nay xã không đăng ký thi đua thì vẫn được xét danh hiệu"
            " nếu đủ chuẩn phải k",
            "Có",
        ),
        ("dang ky thi dua do quy che tinh dat ra thoi, luat khong con bat buoc nua dung k", "Có"),
    ],
)
def test_registration_claim_read_by_its_direction(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Luật 2022" in text


@pytest.mark.parametrize(
    ("question", "step"),
    [
        (
            "truong thon bao gia dinh van hoa k can lay y kien nguoi dan, chi can hop thon, dung k",
            "lấy ý kiến",
        ),
        (
            "hop hoi dong bo phieu kin xong thi k phai nop bien ban kiem phieu phai k",
            "biên bản kiểm phiếu",
        ),
    ],
)
def test_step_claimed_not_needed_is_a_step_skipped(
    officer_kb: KnowledgeBase, question: str, step: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"bỏ bước {step}" in text


@pytest.mark.parametrize(
    "question",
    [
        "khai man thanh tich de lay giay khen thi chi bi huy quyet dinh thoi,"
        " k bi xu ly gi ca phai k",
        "nghe nói ai gian dối kê khai thành tích thì chỉ bị thu hồi tiền thưởng thôi đúng không",
    ],
)
def test_only_revoked_nothing_more_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "xử lý" in text


def test_cannot_be_posthumous_is_wrong(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "ông ngoại em đã qua đời nên không thể truy tặng huân chương được nữa phải k",
        "Không",
    )
    assert "truy tặng" in text


def test_initiative_claimed_at_a_higher_level_than_the_law_asks(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb, "sang kien cua CSTDCS phai duoc tinh cong nhan moi tinh dung k", "Không"
    )
    # the xã's own council recognises at cơ sở: the level the law names
    ask_verdict(
        officer_kb,
        "sáng kiến được hội đồng sáng kiến của phường công nhận thì xét CSTĐCS được k",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("co thi dua tinh thuong tren 20 trieu phai k", "Có"),
        ("cờ thi đua của tỉnh thưởng dưới 15 triệu đúng không", "Không"),
    ],
)
def test_amount_told_as_a_bound(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "20.240.000" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("quyết định CSTĐCS ký 25/6/2026 thì vẫn tính lương cơ sở cũ đúng k", "Có"),
        (
            "tien thuong LDTT qd ky 5/9/2026 ma ke toan van tinh theo luong co so cu, dung k",
            "Không",
        ),
    ],
)
def test_old_base_told_by_word(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)
