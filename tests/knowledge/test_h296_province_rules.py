"""Task h296 (stop 37): the province's matters asked of the asker's own unit.

Registration for thi đua, a cap on how many may hold a title and the share of votes a council
needs are the province's: Luật Thi đua, khen thưởng 2022 sets none of them (Điều 7 dropped
registration from the grounds; no national cap; the share of votes is the quy chế's). Asked of
one's own unit ("ấp tui", "khóm em", "xã có được giới hạn …") the answer opens "Tùy quy chế …
tỉnh" with what the law does say; a claim that the LAW fixes one is "Không." with the province
named (settled rule, stop 35)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ấp tui có bắt buộc đăng ký thi đua với xã không",
        "khom em nam nay co phai dang ky thi dua k",
        "xóm mình có cần làm bản đăng ký thi đua đầu năm không hay tùy nơi",
        "tổ em có phải đăng ký thi đua mới được xét cuối năm không ạ",
        "phòng tôi có buộc phải nộp đăng ký thi đua không",
    ],
)
def test_registration_of_own_unit_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "quy chế" in first and "tỉnh" in first, text
    assert "Luật 2022 bỏ đăng ký thi đua" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "ấp tui năm nay có đăng ký thi đua không, ai nhận đăng ký vậy",
        "khóm em có phải đăng ký thi đua ko, đăng ký với ai",
        "xom minh co phai dang ky thi dua k, ai nhan ban dang ky",
        "tổ em có cần đăng ký thi đua không, nộp đăng ký cho ai",
        "ap toi co dang ky thi dua hong, dang ky o dau",
    ],
)
def test_registration_and_who_receives_it(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "công chức phụ trách thi đua, khen thưởng của xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "xã em có được giới hạn số người LĐTT không hay luật bắt phải công nhận hết",
        "xa co dc khong che toi da 70% so ho dat GDVH k",
        "trường có được giới hạn CSTĐCS tối đa 20% số giáo viên không",
        "don vi toi co dc tu gioi han so nguoi dat lao dong tien tien k, hay luat cam",
        "phường có được giới hạn mỗi tổ dân phố chỉ 3 người LĐTT không",
    ],
)
def test_cap_of_own_unit_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "Tỉnh có thể quy định tỷ lệ" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "luật quy định CSTĐCS tối đa 15% số người đúng không",
        "theo nghị định thì xã chỉ được công nhận LĐTT không quá 50% đúng k",
    ],
)
def test_cap_claimed_of_the_law_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Tỉnh có thể quy định tỷ lệ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "bỏ phiếu kín CSTĐCS trong hội đồng xã phải đạt trên 70% mới được đúng không",
        "bo phieu kin LDTT o hoi dong phai tren 80 % moi dat ha",
        "nghe nói biểu quyết chiến sĩ thi đua cơ sở cần 90% thành viên hội đồng, đúng k",
        "hội đồng TĐKT xã bỏ phiếu kín, CSTĐCS phải được 2/3 tức khoảng 67 % mới qua à",
        "xét LĐTT bằng biểu quyết thì phải đạt 75% mới được công nhận phải không",
    ],
)
def test_share_of_votes_claimed_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "Tỷ lệ phiếu cần đạt" in first and "quy chế" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "luật quy định bỏ phiếu kín CSTĐCS phải đạt 70% đúng không",
        "theo luat thi bieu quyet LDTT phai dat tren 50% phieu dung k",
    ],
)
def test_share_of_votes_claimed_of_the_law_is_denied(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "quy chế thi đua, khen thưởng của tỉnh" in text.split("\n\n")[0], text
