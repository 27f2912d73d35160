"""Task h339 (stop 39): the province's matters asked of a unit, and claims against the law.

What the province sets (a ratio cap on CSTĐCS / LĐTT, registration for thi đua, the days of its
TTHC) is answered "Tùy quy chế … tỉnh" when asked of a unit's practice with no law named, and
"Không." when the law itself is claimed to fix it (the settled rule of stop 35, task h263). The
law sets no cap (Luật Thi đua, khen thưởng 2022 Điều 23; NĐ 91/2017's 15 % is repealed), no
registration (Điều 7) and no days for the commune's procedures (domain.md: thời hạn TTHC in each
province's quy chế). A minimum share of a collective title (TTLĐTT trên 50 %, Điều 28; TTLĐXS
ít nhất 70 %, Điều 27) binds every collective: a small unit claimed exempt is answered "Không."."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "trường mầm non của em chỉ được đề nghị CSTĐCS tối đa 15% số LĐTT, đúng không ạ",
        "HTX mình 30 xã viên thì chỉ dc bình tối đa 20% LĐTT phải k",
        "hieu truong bao truong minh nam nay chi duoc 2 suat CSTDCS thoi, "
        "gioi han nhu vay co dung k",
        "trạm y tế tôi chỉ được xét CSTĐCS tối đa 10 % số người, có đúng quy định không?",
        "nghe noi cong ty chi dc khen LDTT toi da 60% cong nhan, dung ko ad",
        "trạm y tế xã chỉ được 1 suất CSTĐCS, giới hạn như vậy có đúng không",
    ],
)
def test_unit_limit_told_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text.split("\n\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "theo luật thì trường em chỉ được đề nghị CSTĐCS tối đa 15% số LĐTT, đúng không",
        "nghị định quy định HTX chỉ được bình tối đa 15% CSTĐCS phải k",
        "luat TDKT 2022 quy dinh truong chi dc de nghi CSTDCS toi da 15% so LDTT dung k",
    ],
)
def test_unit_limit_claimed_of_the_law_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tỉnh" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "đăng ký thi đua đầu năm có bắt buộc không anh",
        "doan the co bat buoc phai dang ky thi dua ko a",
        "thôn em có phải nộp bản đăng ký thi đua cho xã không",
        "truong minh co can dang ky thi dua voi xa tu dau nam k",
        "Đăng ký thi đua với UBND xã có bắt buộc không ạ?",
    ],
)
def test_registration_asked_as_an_obligation(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text.split("\n\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "luật có bắt buộc đăng ký thi đua đầu năm không",
        "dang ky thi dua co bat buoc theo luat TDKT 2022 k",
    ],
)
def test_registration_asked_of_the_law(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "trạm y tế nhỏ chỉ 5 người thì được miễn tỷ lệ LĐTT khi xét TTLĐTT đúng không",
        "to cong tac 4 nguoi co dc mien ti le LDTT khi de nghi TTLDTT k",
        "Đơn vị dưới 10 người xét Tập thể lao động tiên tiến thì không cần đủ tỷ lệ LĐTT, phải k?",
        "nghe noi tap the it nguoi xet TTLDTT thi mien ty le, dung ko",
        "chi hội 6 hội viên được miễn tỷ lệ khi xét tập thể lao động tiên tiến phải không",
    ],
)
def test_small_unit_exemption_claimed_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "50 %" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen của chủ tịch xã giải quyết trong bao lâu, nghe nói 5 ngày làm việc phải không",
        "thoi han TTHC giay khen xa la 7 ngay dung k",
        "thoi han giai quyet ho so giay khen cua CT xa la 10 ngay phai ko a",
        "nghe nói hồ sơ giấy khen xã phải giải quyết trong 3 ngày, đúng không",
        "giấy khen xã có thời hạn giải quyết 15 ngày làm việc phải không ad",
    ],
)
def test_procedure_days_claimed_are_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi giay khen xa phai giai quyet trong 5 ngay lam viec theo luat, dung k",
        "luật quy định thời hạn giải quyết giấy khen xã là 20 ngày đúng không",
    ],
)
def test_procedure_days_claimed_of_the_law(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tỉnh" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "thoi han giai quyet giay khen xa tinh nao cung la 20 ngay lam viec phai k",
        "nghe nói giấy khen xã ở đâu cũng giải quyết trong 5 ngày, đúng không",
    ],
)
def test_procedure_days_claimed_everywhere(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tỉnh" in text.lower(), text
