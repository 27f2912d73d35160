"""Task h192: the class of state honours claimed by "nằm trong / thuộc", and who may be commended.

"Nghệ nhân ưu tú (không) nằm trong / thuộc nhóm danh hiệu vinh dự nhà nước" asks what kind of
award the title is, as "có phải là danh hiệu vinh dự nhà nước" does (Luật TĐKT 2022 Điều 59
khoản 2), a denial of it turned. "Nghe nói người kinh doanh không thuộc đối tượng khen" denies
who may be commended: cá nhân, tập thể, hộ gia đình with an achievement may be (Luật 2022 Điều
75, 85), so the saying is wrong even where the case of a sudden award is "Tùy" on the deed.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Nhà giáo nhân dân có thuộc nhóm danh hiệu vinh dự nhà nước không?", "Có"),
        ("bà mẹ việt nam anh hùng có nằm trong danh hiệu vinh dự nhà nước k", "Có"),
        ("anh hung lao dong thuoc nhom danh hieu vinh du nha nuoc dung khong", "Có"),
        ("thay thuoc uu tu khong thuoc danh hieu vinh du nha nuoc dung khong", "Không"),
        ("Nghệ sĩ nhân dân không thuộc nhóm danh hiệu vinh dự nhà nước phải không", "Không"),
        ("huân chương lao động có nằm trong danh hiệu vinh dự nhà nước không", "Không"),
        ("lao dong tien tien co nam trong danh hieu vinh du nha nuoc ko", "Không"),
    ],
)
def test_honour_class_by_belonging(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Loại danh hiệu" in text


@pytest.mark.parametrize(
    "question",
    [
        (
            "phường định khen đột xuất chị bán rau đã góp tiền mua áo phao cho dân vùng lũ. Nghe "
            "nói người buôn bán không thuộc đối tượng khen của phường, đúng không?"
        ),
        (
            "xa tinh khen dot xuat chu xuong moc da cho muon xe cho dan di tranh bao. co nguoi "
            "bao chu doanh nghiep tu nhan khong thuoc doi tuong khen cua xa, dung k"
        ),
    ],
)
def test_sudden_case_who_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đột xuất" in text


@pytest.mark.parametrize(
    "question",
    [
        (
            "xa muon khen dot xuat ba chu tiem tap hoa vi da cuu 2 chau bi nuoc cuon. nghe noi "
            "ho kinh doanh ca the khong thuoc doi tuong khen, dung khong"
        ),
        (
            "Anh tài xế xe ôm dũng cảm bắt cướp, xã định khen đột xuất nhưng chị văn thư bảo "
            "người lao động tự do không thuộc diện khen của xã. Chị nói có đúng không?"
        ),
        "nghe nói người buôn bán tự do không thuộc đối tượng được tặng giấy khen xã, đúng không",
        (
            "anh cán bộ văn hóa nói tiểu thương ở chợ không thuộc đối tượng xét giấy khen. Nói "
            "vậy có đúng không?"
        ),
        "người lao động hợp đồng không thuộc đối tượng xét lao động tiên tiến đúng không",
    ],
)
def test_not_of_those_commended_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
