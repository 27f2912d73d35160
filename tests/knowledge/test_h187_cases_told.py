"""Cases told in a letter that decide the verdict, and facts on who decides for the armed
forces and for doanh nghiệp, HTX (task h187). Questions of our own wording, none from a set.

- Luật 2022 Điều 80 khoản 5: in the Công an nhân dân, Quân đội nhân dân and the dân quân
  thường trực, dân quân tự vệ cơ động, who awards Chiến sĩ thi đua cơ sở is set by the Bộ Công
  an / Bộ Quốc phòng, not the xã's chairman;
- Điều 80 khoản 4: a doanh nghiệp's or HTX's director awards Lao động tiên tiến to its own
  workers, so their file is not sent to the xã;
- a contract signed with the xã from a late month is the start of service (the 6-month rule,
  TT 15/2025), and its "ký" asks no one who decides;
- "đi theo hướng sáng kiến" tells the route, so the certificate of the sáng kiến is required
  (Điều 84 khoản 1).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("Công an xã chính quy thì CSTĐCS do chủ tịch UBND xã quyết định phải không", "Bộ Công an"),
        ("cong an phuong dat CSTDCS thi chu tich phuong ky qd dung k", "Bộ Công an"),
        ("dân quân thường trực thì ai quyết định tặng CSTĐCS, chủ tịch xã à?", "Bộ Quốc phòng"),
        ("dan quan tu ve co dong dc CSTDCS thi chu tich xa quyet dinh a", "Bộ Quốc phòng"),
        ("Nghe nói CSTĐCS của chiến sĩ công an cũng do xã xét tặng, đúng không ạ", "Bộ Công an"),
    ],
)
def test_forces_cstdcs_decider_is_their_ministry(
    officer_kb: KnowledgeBase, question: str, needle: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert needle in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hop tac xa co phai nop ho so ldtt len ubnd xa khong",
        (
            "công ty TNHH trên địa bàn xã có phải nộp hồ sơ lao động "
            "tiên tiến cho công nhân lên xã không"
        ),
        (
            "doanh nghiệp tư nhân ở xã muốn xét LĐTT cho người lao "
            "động thì gửi hồ sơ cho xã đúng không"
        ),
        (
            "HTX dich vu nong nghiep gui ho so LDTT cho xa vien len "
            "phuong de chu tich phuong ky, dung k"
        ),
        "Ông giám đốc HTX hỏi có phải gửi hồ sơ Lao động tiên tiến của xã viên lên UBND xã không",
    ],
)
def test_enterprise_keeps_its_ldtt_file(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "a ky hop dong voi xa tu thang 9 nam nay, cuoi nam co dc xet LDTT k",
        (
            "Chị kế toán ký hợp đồng lao động với UBND phường từ tháng "
            "9/2026, năm nay có được xét lao động tiên tiến không?"
        ),
        "anh Nam ki hd voi phuong tu 15/8/2026, nam 2026 co duoc xet chien si thi dua co so k",
        "em ký hợp đồng với xã từ tháng 10 năm nay thì có được bình xét LĐTT không",
        "anh ấy được nhận vào làm ở phường từ tháng 9 năm nay, có xét LĐTT không",
    ],
)
def test_late_contract_is_a_new_hire(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "6 tháng" in text, text
    # the contract's "ký" asks no one who decides
    assert "Ai quyết định" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ho so CSTDCS di theo huong sang kien thi co phai kem giay cong nhan sang kien k",
        (
            "Hồ sơ Chiến sĩ thi đua cơ sở xét theo hướng sáng kiến "
            "có cần giấy công nhận sáng kiến không"
        ),
        "nghe noi xet CSTDCS dien sang kien thi phai nop them giay cong nhan sang kien, dung k",
        "đề nghị CSTĐCS nhờ sáng kiến thì hồ sơ phải kèm giấy công nhận sáng kiến đúng không",
        (
            "ho so chien si thi dua co so theo huong de tai thi "
            "phai co van ban nghiem thu de tai dung k"
        ),
    ],
)
def test_route_told_needs_its_certificate(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "giấy công nhận sáng kiến hoặc văn bản nghiệm thu" in text, text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            (
                "cong chuc nghi om dai ngay 4 thang, danh gia cuoi nam chi "
                "hoan thanh nhiem vu, co dc LDTT k"
            ),
            "LĐTT",
        ),
        (
            "vien chuc nghi om dai ngay, danh gia chi hoan thanh nhiem vu thi co dc xet ldtt k",
            "LĐTT",
        ),
        (
            (
                "Chị ấy nghỉ thai sản 6 tháng, cuối năm xếp loại hoàn thành "
                "nhiệm vụ, xét CSTĐCS được không"
            ),
            "CSTĐCS",
        ),
        (
            (
                "anh ay di hoc 3 thang, con lai chi hoan thanh nhiem vu, co "
                "duoc lao dong tien tien khong"
            ),
            "LĐTT",
        ),
        (
            (
                "Cô ấy nghỉ bệnh 2 tháng, xếp loại chỉ hoàn thành nhiệm vụ "
                "thì có được xét Lao động tiên tiến không ạ"
            ),
            "LĐTT",
        ),
    ],
)
def test_failed_level_decides_before_the_leave(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành tốt nhiệm vụ" in text, (title, text)


@pytest.mark.parametrize(
    "question",
    [
        (
            "anh cán bộ văn hóa bị tai nạn khi nhảy xuống sông cứu 2 em "
            "nhỏ, nằm viện 2 tháng, thời gian đó có được tính để xét LĐTT không"
        ),
        (
            "cô giáo bị thương khi cứu học sinh trong vụ cháy, phải nằm "
            "viện 3 tháng, có dc tính xét LDTT k"
        ),
        (
            "Trong lúc cứu người đuối nước, anh Hùng bị tai nạn phải nằm "
            "viện 4 tháng; thời gian nằm viện có tính xét lao động tiên tiến không"
        ),
        (
            "nhan vien xa bi gay chan khi cuu nguoi trong lu, nghi dieu "
            "tri 3 thang thi co duoc tinh de xet LDTT khong"
        ),
        (
            "Cán bộ bị thương khi chiến đấu với tội phạm, điều trị 5 "
            "tháng, thời gian điều trị có được tính để xét LĐTT không"
        ),
    ],
)
def test_wound_while_rescuing_counts(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "cứu người" in text, text


@pytest.mark.parametrize(
    "question",
    [
        (
            "nu ho sinh cua tram y te co 3 nam CSTDCS lien tuc va sang "
            "kien cap co so thoi, de nghi CSTD tinh dc k"
        ),
        "Chị hộ sinh trạm y tế có được xét Chiến sĩ thi đua cơ sở không",
        "ho ly tram y te xa hoan thanh tot nhiem vu thi co dc LDTT k",
        "Nữ hộ sinh hoàn thành xuất sắc nhiệm vụ thì có được CSTĐCS không ạ",
        "y si va nu ho sinh cua tram co duoc xet lao dong tien tien khong",
    ],
)
def test_midwife_is_a_person_not_a_household(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "hộ gia đình" not in text.split("\n\n")[0], text
