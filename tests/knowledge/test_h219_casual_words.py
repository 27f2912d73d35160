"""Task h219 (b69 families 7-9): casual words read for what they are.

- the bare verb "quyết" names who decides; a provincial department named by its field ("sở
  giáo dục") claims to decide a commune's title it does not (Luật 2022 Điều 80 khoản 1, 3);
- "cơ quan cấp trên chi" claims the level above pays, but the prize is paid from the fund of the
  level that decides (NĐ 152/2025/NĐ-CP): "Không.";
- "trường hợp" is no school, "cơ quan cấp trên" no collective asked about;
- a hire of this year told with "nếu" whose months reach six is decided by the 6-month rule
  (Luật 2022 Điều 24; Thông tư 15/2025/TT-BNV), and "cuối năm đủ 7 tháng thì" is the length
  served, no floor claimed;
- an administrative sanction is no discipline: "Tùy" the province's quy chế (domain.md 2.2).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe bảo LĐTT của cô giáo trường tiểu học xã phải do sở giáo dục quyết, có đúng không",
        "co giao truong mam non cua phuong thi CSTDCS do so giao duc quyet a",
        "LĐTT của viên chức trạm y tế xã có phải sở y tế quyết không",
        "chị văn phòng bảo giấy khen cho giáo viên trường xã do sở gd quyết, đúng k",
        "thầy hiệu trưởng nói danh hiệu LĐTT của giáo viên trường THCS xã do Sở Giáo dục và Đào tạo"
        " quyết, vậy có đúng không",
    ],
)
def test_department_claimed_to_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng giấy khen của chủ tịch xã do cấp trên chi phải không",
        "nghe noi tien thuong CSTDCS do co quan cap tren chi, dung k",
        "CSTĐCS thì cơ quan cấp trên trả tiền thưởng à",
        "tien thuong bang khen tinh co phai cap tren chi k",
        "anh kế toán bảo tiền thưởng LĐTT không lấy quỹ của xã mà do cơ quan cấp trên chi, đúng"
        " không",
    ],
)
def test_level_above_claimed_to_pay(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "quỹ thi đua, khen thưởng của cấp ra quyết định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nếu tuyển dụng từ tháng 4 thì đến cuối năm hơn 8 tháng, có đủ điều kiện xét LĐTT không",
        "Nếu chị ấy được tuyển dụng từ tháng 4 thì đến hết năm được 9 tháng, có được đề nghị LĐTT"
        " không",
        "truong hop cong chuc tuyen dung tu thang 6, cuoi nam du 7 thang thi co xet LDTT dc k",
        "neu vien chuc tuyen dung tu thang 3, den thang 12 dc 10 thang co du dk LDTT khong",
        "trường hợp anh Nam tuyển dụng từ tháng 2, cuối năm đủ 11 tháng thì có được xét lao động"
        " tiên tiến không",
    ],
)
def test_hire_told_with_if_meets_six_months(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "6 tháng" in text, text


def test_floor_claimed_still_judged(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "nghe noi phai du 10 thang thi moi dc xet LDTT dung k", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "neu bi xu phat hanh chinh trong nam thi co bi mat LDTT k",
        "Anh Hùng là công chức xã, năm nay bị xử phạt vi phạm hành chính về giao thông, có được xét"
        " LĐTT không",
        "giao vien bi phat hanh chinh vi xay nha trai phep thi con dc lao dong tien tien khong",
        "chị kế toán bị phạt hành chính hồi tháng 3, cuối năm có được bình xét LĐTT không ạ",
        "người lao động bị xử phạt hành chính có bị loại khỏi danh sách lao động tiên tiến không",
    ],
)
def test_administrative_sanction_left_to_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text and "kỷ luật" in text, text


def test_discipline_still_bars(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "bị kỷ luật khiển trách có được LĐTT không", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "nghe bảo bị xử phạt hành chính thì theo luật không được LĐTT, có đúng không",
        "theo luật, bị xử phạt hành chính có bị loại khỏi LĐTT không",
        "luat co cho xet LDTT nguoi bi phat hanh chinh khong",
        "chi van phong bao theo luat ai bi phat hanh chinh thi mat LDTT, co dung k",
        "Pháp luật có cấm xét lao động tiên tiến cho người bị xử phạt vi phạm hành chính không",
    ],
)
def test_sanction_asked_of_the_law(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text and "kỷ luật" in text, text
