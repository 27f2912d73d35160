"""Task h190: families round one left.

A reported denial of a title turned round ("nghe nói X không được xét …, đúng
không" → "Không. Ý kiến đó chưa đúng.") still tells who gives the title, as a "Có" does.

Luật Thi đua, khen thưởng 2022 Điều 24, 27; NĐ 152/2025/NĐ-CP: Chủ tịch UBND xã tặng Lao động
tiên tiến and Tập thể lao động tiên tiến to those of the xã.

"Danh hiệu vinh dự nhà nước gồm những danh hiệu nào" is answered with the members (Luật 2022
Điều 59 khoản 2), not with the list of every hình thức khen thưởng.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Có người bảo nhân viên hợp đồng ở UBND xã không được xét lao động tiên tiến, đúng không?",
        "ke toan noi bao ve dan pho khong duoc xet LDTT, co dung k",
        "Nghe nói trạm y tế xã không được xét tập thể lao động tiên tiến, có đúng không ạ",
        "nghe noi truong tieu hoc cua xa thi khong duoc xet tap the lao dong tien tien, dung k",
        "anh Tư nói người làm hợp đồng thì không được xét LĐTT, nói thế có đúng không",
    ],
)
def test_giver_told_after_denial_turned(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "danh hieu vinh du nha nuoc bao gom nhung danh hieu gi",
        "cho hỏi các danh hiệu vinh dự nhà nước gồm danh hiệu nào vậy",
        "Khen thưởng cấp nhà nước gồm các danh hiệu nào",
        "vinh du nha nuoc gom nhung danh hieu nao, xa co duoc tang k",
        "Những danh hiệu vinh dự Nhà nước bao gồm các danh hiệu nào ạ",
    ],
)
def test_state_honours_listed(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 59 khoản 2: the members, not the list of every hình thức khen thưởng
    text = ask(officer_kb, question)
    assert "Danh hiệu vinh dự nhà nước gồm" in text, text
    assert "Anh hùng Lao động" in text and "Nhà giáo" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Giấy khen của chủ tịch xã thì ai đề nghị, ai quyết định?",
        "LĐTT ở xã do ai đề nghị và ai ký quyết định",
        "thon van hoa ai lam to trinh, ai cong nhan",
        "khen thuong dot xuat cho nguoi dan thi do ai de nghi, ai ky",
        "Chiến sĩ thi đua cơ sở do ai đề nghị, chủ tịch xã có quyền quyết định không",
    ],
)
def test_who_proposes_told(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 84: the proposal is the tờ trình / văn bản đề nghị of the dossier; who
    # decides is a part of its own (Điều 80, NĐ 129/2025 Điều 59)
    text = ask(officer_kb, question)
    assert ": Hồ sơ**" in text, text
    dossier = text.split(": Hồ sơ**")[1].split("\n\n")[0]
    assert "đề nghị" in dossier or "tờ trình" in dossier, text
    assert "Chủ tịch UBND" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "theo luat k dang ky thi dua thi k dc de nghi bang khen tinh dung k",
        "Chị kế toán bảo theo luật không đăng ký thi đua thì không bao giờ được đề nghị giấy khen, "
        "đúng không",
        "nghe noi ko dang ky dau nam thi theo luat ko dc de nghi tap the ldtt, dung ko",
        "Không đăng ký thi đua thì theo luật không được đề nghị bằng khen tỉnh, phải không ạ",
    ],
)
def test_registration_claimed_by_law(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 7: registration is no longer a căn cứ; a claim that the law bars a form
    # or title without it is wrong (a province's quy chế may still ask for it)
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 7" in text, text


def test_registration_claimed_with_no_law_named(officer_kb: KnowledgeBase) -> None:
    # task h263 (the lead's rule on domain.md §2): with no law named, the claim that an
    # unregistered member is never proposed is the province's quy chế to settle ("Tùy"), the
    # law's "không" said with it; it left the law-named list above for that reason
    question = "chua dang ky thi dua thi khong bao gio duoc de nghi CSTDCS phai k"
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Điều 7" in text and "Theo luật thì không." in text, text
