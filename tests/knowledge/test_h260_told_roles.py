"""Task h260 (stop 35): who and what a question tells, read apart from what it asks.

A place a person works in ("công chức địa chính xã") or an office held ("ông phó chủ tịch xã đạt
CSTĐCS") names the person up for the title, not the xã; a unit that relays a question ("hội nhắn
zalo hỏi") is not asked about; a reason told for a discipline ("vì chậm hồ sơ") asks no dossier;
the council named reviewing a case ("hội đồng xét CSTĐCS cho công chức bị cảnh cáo") asks whether
the case may have it; the days to settle a dossier are the province's procedure set (domain.md
2.1); "hội đồng nào đánh giá" asks who reviews (NĐ 86/2023 Điều 8); a signing told before a yes/no
of its own is no yes/no; the head of a xã's public unit claimed to decide is answered by Luật 2022
Điều 80 khoản 3; and "hội đồng xét rồi chủ tịch xã quyết định" is the rule (Điều 90 khoản 4)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("công chức địa chính xã năm nay hoàn thành tốt nhiệm vụ, có đủ LĐTT không", "Có", "tốt"),
        ("cong chuc tu phap xa e nam nay HTTNV, k co sang kien, co dc LDTT k", "Có", "tốt"),
        (
            "Viên chức trạm khuyến nông xã xếp loại hoàn thành tốt nhiệm vụ thì có được xét "
            "LĐTT không ạ?",
            "Có",
            "tốt",
        ),
        (
            "Ông phó chủ tịch xã đạt CSTĐCS 3 năm liền, có sáng kiến nhân rộng trong tỉnh, đủ "
            "CSTĐ tỉnh chưa",
            "Có",
            "03 lần",
        ),
        ("chu tich xa dat HTXSNV nam nay va dat LDTT thi co dc CSTDCS k", "Có", "xuất sắc"),
    ],
)
def test_place_or_office_names_a_person(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
    assert "không tặng cho xã" not in text, text


def test_office_holder_given_an_award_is_paid_as_a_person(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "bà phó chủ tịch UBND xã được tặng giấy khen thì thưởng bao nhiêu")
    assert "760.000" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Hội đồng xét CSTĐCS cho công chức bị cảnh cáo năm nay được không?", "kỷ luật"),
        ("hoi dong thi dua xet LDTT cho nguoi moi tuyen 3 thang dc k", "6 tháng"),
        ("hd xet cstdcs cho gv bi khien trach co dung k", "kỷ luật"),
        ("hội đồng xét CSTĐCS cho anh Nam bị khiển trách năm nay có được không", "kỷ luật"),
        (
            "hội đồng thi đua xét Lao động tiên tiến cho viên chức bị cảnh cáo tháng 3 được k",
            "kỷ luật",
        ),
    ],
)
def test_council_reviewing_a_case_asks_the_case(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hội nhắn zalo hỏi: chị Hoa công chức hoàn thành tốt nhiệm vụ có được LĐTT không",
        "Phòng nhắn tin hỏi giúp: anh Tuấn công chức hoàn thành tốt nhiệm vụ có được LĐTT không",
        "doan thanh nien nho em hoi: ban Lan doan vien vien chuc HTTNV co dc LDTT ko",
        "hội phụ nữ gọi điện hỏi chị Hoa viên chức hoàn thành tốt nhiệm vụ thì có đạt LĐTT không",
        "truong nhan zalo: co giao hop dong hoan thanh tot nhiem vu co dc LDTT k",
    ],
)
def test_relaying_unit_is_not_asked_about(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "danh hiệu cá nhân" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e bi khien trach thang 3 vi cham bao cao, cuoi nam van hoan thanh tot nv thi co dc LDTT k",
        "Tôi bị cảnh cáo vì làm sai thủ tục, năm nay hoàn thành tốt nhiệm vụ có được LĐTT không?",
        "anh ấy bị kỷ luật khiển trách vì chậm nộp hồ sơ, vẫn được xét CSTĐCS chứ",
        "bi ky luat khien trach vi lam mat ho so, nam nay httnv thi co dc xet LDTT k",
        "chị bị khiển trách hồi tháng 5 vì sai biểu mẫu, cuối năm xếp loại hoàn thành tốt nhiệm "
        "vụ có được Lao động tiên tiến không",
    ],
)
def test_told_reason_asks_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "kỷ luật" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("xa phai giai quyet ho so giay khen trong 20 ngay dung k", "Tùy"),
        ("hồ sơ LĐTT xã phải giải quyết trong 15 ngày làm việc phải không", "Tùy"),
        ("CSTDCS thi xa giai quyet trong 10 ngay phai k", "Tùy"),
        # one rule claimed for the whole country: the law sets none
        ("thời hạn giải quyết hồ sơ giấy khen ở xã là 20 ngày theo luật đúng không", "Không"),
        ("nghe noi luat quy dinh xa phai giai quyet ho so LDTT trong 20 ngay, dung k", "Không"),
    ],
)
def test_days_to_settle_are_the_provinces(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    head = text.split("\n\n")[0]
    assert "Thời hạn giải quyết" in head and "tỉnh" in head, text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa do hội đồng nào đánh giá?",
        "tdp van hoa xet hang nam dung k, hoi dong nao danh gia",
        "Thôn văn hóa thì hội đồng nào xét vậy ad",
        "cho hỏi tổ dân phố văn hóa ai đánh giá",
        "thon van hoa hoi dong nao cham diem",
    ],
)
def test_which_body_assesses(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    block = next(b for b in text.split("\n\n") if "Ai chủ trì" in b)
    assert "Hội đồng Thi đua - Khen thưởng xã" in block, text


@pytest.mark.parametrize(
    "question",
    [
        "Giám đốc công ty ký quyết định LĐTT cho công nhân, tiền thưởng đó có phải đóng thuế "
        "TNCN không?",
        "chủ tịch xã ký quyết định CSTĐCS cho chị Lan, tiền thưởng có bị trừ thuế thu nhập cá "
        "nhân không?",
        "giam doc HTX ky QD LDTT cho xa vien, tien thuong do co phai chiu thue k?",
        "chủ tịch UBND xã ký quyết định giấy khen cho hộ ông Ba, khoản tiền thưởng đó có tính "
        "thuế không?",
    ],
)
def test_told_signing_takes_no_yes_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "thuế" in text, text


@pytest.mark.parametrize(
    ("question", "base"),
    [
        (
            "kế toán nói CSTĐCS thưởng theo lương cơ sở 2.340.000 đồng, quyết định ký 15/12/2026, "
            "đúng k",
            "2.530.000",
        ),
        (
            "ke toan cty bao tien thuong LDTT tinh theo luong co so 2.340.000 vi nam thi dua "
            "bat dau tu thang 1, QD ky 28/12/2026, dung k",
            "2.530.000",
        ),
    ],
)
def test_decision_date_closes_the_claim(
    officer_kb: KnowledgeBase, question: str, base: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert base in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi giam doc trung tam dich vu tong hop xa dc tu ky QD LDTT cho vien chuc, dung k",
        "giám đốc trung tâm văn hóa thể thao xã tự ký giấy khen cho viên chức được không",
        "giam doc trung tam dv tong hop xa ky QD tang LDTT cho vien chuc trung tam dung ko",
        "giám đốc trung tâm dịch vụ tổng hợp của xã được tự tặng giấy khen cho người lao động "
        "trung tâm không",
        "nghe noi giam doc trung tam van hoa xa tu ky quyet dinh CSTDCS cho vien chuc, co dung ko",
    ],
)
def test_head_of_a_xa_unit_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng thi đua xã bình xét, chủ tịch UBND xã ký quyết định, vậy đúng không",
        "hd tdkt xa chi de nghi, ct xa moi la nguoi ky dung ko",
        "giờ là hội đồng TĐKT xã xét rồi chủ tịch xã quyết định đúng k",
        "hoi dong thi dua khen thuong xa tham muu roi chu tich xa quyet dinh phai k",
        "hội đồng thi đua xã xét, chủ tịch xã ký quyết định giấy khen, như vậy có đúng k",
    ],
)
def test_council_reviews_chairman_decides(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text, text
