"""Task h279 (stop 36, issue 11): titles that chain and the routes to them.

Chiến sĩ thi đua cơ sở needs the Lao động tiên tiến standard and one of: hoàn thành xuất sắc
nhiệm vụ, a sáng kiến được cơ sở công nhận, or a đề tài đã được nghiệm thu (Luật Thi đua, khen
thưởng 2022 Điều 23). So a sáng kiến told not recognised (or not yet applied) does not meet the
route; a recognised one beside hoàn thành tốt nhiệm vụ does; a sáng kiến claimed required is
wrong; a prerequisite told failed ("k đạt LĐTT") bars CSTĐCS; LĐTT held for years is not the
CSTĐCS run CSTĐ tỉnh is chosen among (Điều 22 khoản 1 điểm a); and a share claimed in words
("nửa số") is judged against the title's own minimum (TTLĐXS: ít nhất 70 %, Điều 27)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Cô Lan hoàn thành tốt nhiệm vụ, có sáng kiến nhưng chưa được hội đồng công nhận, "
        "vậy cô có đủ CSTĐCS không",
        "ke toan xa co sang kien chua dc cong nhan, hoan thanh tot nv, nghe bao van xet CSTDCS "
        "dc, dung k",
        "anh Tuấn có giải pháp hay nhưng chưa được cấp có thẩm quyền công nhận là sáng kiến, "
        "đề nghị chiến sĩ thi đua cơ sở được không",
        "giao vien e co sang kien ma chua duoc truong cong nhan, nam nay hoan thanh tot nhiem vu "
        "thoi, co du chien si thi dua co so k",
        "Sáng kiến của chị Mai đang áp dụng ở phòng nhưng chưa được công nhận, chị chỉ hoàn "
        "thành tốt nhiệm vụ, xét CSTĐCS được không ạ",
    ],
)
def test_route_told_unrecognised_is_unmet(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa được công nhận" in text


@pytest.mark.parametrize(
    "question",
    [
        "giai phap cai tien so sach cua phong moi nghi ra, chua ap dung, co nguoi bao van tinh "
        "la sang kien de xet CSTDCS, dung k",
        "Giải pháp của chị Thu mới nghĩ ra, chưa áp dụng, vẫn tính là sáng kiến để xét CSTĐCS "
        "đúng không",
    ],
)
def test_route_told_unapplied_is_unmet(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa áp dụng" in text


@pytest.mark.parametrize(
    "question",
    [
        "sang kien cua chi Hoa da dc hoi dong xa cong nhan, chi can hoan thanh tot nhiem vu la "
        "du CSTDCS dung k",
        "Anh Nam có đề tài đã được nghiệm thu, chỉ cần hoàn thành tốt nhiệm vụ là đủ chiến sĩ "
        "thi đua cơ sở phải không",
        "nghe noi co sang kien duoc co so cong nhan thi chi can hoan thanh tot nv cung du CSTDCS, "
        "dung k a",
        "Sáng kiến của tôi đã được công nhận, năm nay tôi chỉ hoàn thành tốt nhiệm vụ thì có đủ "
        "CSTĐCS không",
        "co de tai da nghiem thu thi chi can hoan thanh tot nhiem vu la du chien si thi dua co so "
        "phai k",
    ],
)
def test_route_told_recognised_meets_it(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến được cơ sở công nhận" in text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "ky su cong ty co sang kien dc cong nhan nhung nam nay k dat LDTT, van de nghi CSTDCS "
            "dc k",
            "đạt tiêu chuẩn Lao động tiên tiến",
        ),
        (
            "Chị kế toán có đề tài đã nghiệm thu, nhưng năm đó chị không đạt LĐTT, vẫn xét CSTĐCS "
            "được không",
            "đạt tiêu chuẩn Lao động tiên tiến",
        ),
        (
            "nhân viên công ty năm nay chưa đạt LĐTT mà có sáng kiến lớn, xét CSTĐCS được không",
            "đạt tiêu chuẩn Lao động tiên tiến",
        ),
        (
            "nong dan dat LDTT 3 nam lien thi du dk len CSTD tinh chua",
            "03 lần liên tục đạt Chiến sĩ thi đua cơ sở",
        ),
        (
            "Anh Hùng 3 năm liền đạt lao động tiên tiến, năm nay đề nghị chiến sĩ thi đua cấp "
            "tỉnh được không",
            "03 lần liên tục đạt Chiến sĩ thi đua cơ sở",
        ),
        (
            "toi dat LDTT lien tuc 4 nam, co sang kien ap dung toan tinh, du CSTD cap tinh chua",
            "03 lần liên tục đạt Chiến sĩ thi đua cơ sở",
        ),
    ],
)
def test_prerequisite_told_unmet(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        "pho hieu truong bao CSTDCS bat buoc phai co sang kien, k co thi du hoan thanh xuat sac "
        "cung k dc, dung k",
        "Nghe nói bác sĩ trạm y tế phải có đề tài hoặc sáng kiến mới được xét CSTĐCS, có đúng "
        "không",
        "CSTĐCS có bắt buộc phải có sáng kiến không",
        "xet chien si thi dua co so co can bat buoc co sang kien k a",
        "nghe noi CSTDCS bat buoc co sang kien dc cong nhan, anh hoan thanh xuat sac nhiem vu ma "
        "k co sang kien thi k dc, dung k",
    ],
)
def test_initiative_claimed_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi TTLDXS chi can nua so gv dat LDTT la du, dung k",
        "tap the lao dong xuat sac can mot nua nhan vien dat lao dong tien tien thoi phai k",
        "Tập thể lao động xuất sắc chỉ cần phân nửa số người đạt LĐTT, đúng không",
        "truong phong bao TTLDXS phai co qua nua vien chuc dat LDTT la duoc, dung k",
        "TTLĐXS chỉ cần một nửa cán bộ đạt LĐTT thôi đúng không ạ",
    ],
)
def test_share_claimed_in_words(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "70 %" in text
