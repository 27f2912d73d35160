"""Task h63: facts the law states that officers keep asking about and the content lacked.

One group of facts per section, each with its checked source. The questions are our own
wordings (with and without diacritics, at least one yes/no per group), asked as the chat asks
them (``KnowledgeBase.ask``); each test asserts the decisive fact and the "Căn cứ" source.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict

# --- the armed forces at the xã (Luật 2022 Điều 20 khoản 1 điểm c, d; Điều 80 khoản 5;
# NĐ 152/2025 Điều 50 khoản 1 điểm d, khoản 2 điểm a, b) ---


@pytest.mark.parametrize(
    ("question", "ministry"),
    [
        ("ai quy định thẩm quyền tặng danh hiệu thi đua cho dân quân tự vệ cơ động", "Quốc phòng"),
        ("tham quyen tang danh hieu cho dan quan thuong truc cua xa do ai quy dinh", "Quốc phòng"),
        ("thẩm quyền tặng danh hiệu cho công an xã chính quy do ai quy định", "Công an"),
    ],
)
def test_who_sets_the_powers_for_the_armed_forces(
    officer_kb: KnowledgeBase, question: str, ministry: str
) -> None:
    text = ask(officer_kb, question)
    assert f"Bộ {ministry} quy định thẩm quyền" in text, text
    assert "Tỉnh quy định" not in text, text
    assert "Điều 80 khoản 5" in text, text


def test_chien_si_tien_tien_has_its_prize(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "danh hieu chien si tien tien duoc thuong bao nhieu")
    assert "0,3 lần mức lương cơ sở = 760.000 đồng" in text, text
    assert "Điều 50 khoản 1 điểm d" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact", "source"),
    [
        (
            "trung đội dân quân thường trực của xã có được xét Đơn vị tiên tiến không",
            "Có",
            "dân quân thường trực",
            "Điều 20 khoản 1 điểm d",
        ),
        (
            "chu tich xa co dc tang don vi tien tien cho trung doi dan quan k",
            "Không",
            "Bộ Quốc phòng, Bộ Công an quy định",
            "Điều 80 khoản 5",
        ),
    ],
)
def test_don_vi_tien_tien(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str, source: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text
    assert source in text, text


def test_don_vi_quyet_thang_prize(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "don vi quyet thang thuong bao nhieu tien")
    assert "1,5 lần mức lương cơ sở = 3.800.000 đồng" in text, text
    assert "Điều 50 khoản 2 điểm a" in text, text


# --- the Hội đồng Thi đua - Khen thưởng (Luật 2022 Điều 90 khoản 4, 5; domain.md 2.3, 3.5) ---


@pytest.mark.parametrize(
    "question",
    [
        # compound: the other part used to hide the retrieval entry that says it
        "ai làm chủ tịch hội đồng tđkt xã, hội đồng xét bằng biểu quyết hay bỏ phiếu kín",
        "ai lam chu tich hd tdkt xa, hd xet bang bieu quyet hay bo phieu kin",
    ],
)
def test_how_the_council_votes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "biểu quyết hoặc bỏ phiếu kín" in text, text
    assert "biên bản kiểm phiếu" in text, text
    assert "Căn cứ: Thông tư 15/2025/TT-BNV" in text, text


def test_the_share_of_votes_is_the_provinces(officer_kb: KnowledgeBase) -> None:
    question = "cstdcs thuong bao nhieu, luat co quy dinh hd phai dat bao nhieu % phieu k"
    text = ask(officer_kb, question)
    assert "Tỷ lệ phiếu cần đạt**\nKhông." in text, text
    assert "quy chế thi đua, khen thưởng của tỉnh quy định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "phường mới có phải thành lập hội đồng thi đua khen thưởng riêng không",
        "xa moi sap nhap co phai lap hd tdkt rieng k",
    ],
)
def test_the_xa_sets_up_its_own_council(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "quyết định thành lập" in text, text
    assert "Điều 90 khoản 4, khoản 5" in text, text


def test_who_regulates_the_council(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "ai quy dinh chi tiet to chuc va hoat dong cua hoi dong tdkt xa")
    assert "Chính phủ quy định chi tiết tổ chức và hoạt động" in text, text
    assert "Điều 90 khoản 5" in text, text
    assert "Tỉnh quy định: từ 01/7/2025" not in text, text


# --- the household as a party to thi đua (Luật 2022 Điều 3 khoản 1-3, Điều 20 khoản 2) ---


@pytest.mark.parametrize(
    "question",
    [
        "đối tượng của thi đua, khen thưởng gồm những ai",
        "doi tuong thi dua khen thuong gom nhung ai",
    ],
)
def test_the_parties_to_thi_dua(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "gồm cá nhân, tập thể và hộ gia đình" in text, text
    assert "Điều 3 khoản 1, khoản 2, khoản 3" in text, text


@pytest.mark.parametrize(
    "question",
    ["hộ gia đình có được tham gia thi đua không", "ho gia dinh co phai doi tuong thi dua k"],
)
def test_the_household_is_a_party(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Gia đình văn hóa" in text, text
    assert "Điều 20 khoản 2" in text, text


# --- thôn / khu dân cư văn hóa over several years (domain.md 1.2 point 8: NĐ 122/2018's giấy
# khen after 5 years in a row is gone with it; NĐ 86/2023, Luật 2022 Điều 30) ---


@pytest.mark.parametrize(
    "question",
    [
        "thôn đạt thôn văn hóa 5 năm liền thì được giấy khen đúng không",
        "thon dat thon van hoa 5 nam lien tuc co duoc giay khen k",
        "thon van hoa co can dat 3 nam lien tuc k",
    ],
)
def test_no_award_for_years_of_thon_van_hoa(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Thôn, tổ dân phố văn hóa: Số năm liên tục**\nKhông." in text, text
    assert "NĐ 122/2018, đã hết hiệu lực" in text, text
    assert "Căn cứ: Nghị định 86/2023/NĐ-CP" in text, text


# --- TT 01/2024/TT-BNV replaced by TT 15/2025/TT-BNV (domain.md 1.1 [M]); the 6-month rule the
# facts cite to TT 15/2025 keeps its own verdict (content/facts/carried.yaml) ---


@pytest.mark.parametrize(
    "question",
    [
        "theo thông tư 01/2024 người mới tuyển dụng 5 tháng có được xét LĐTT không",
        "moi tuyen dung 4 thang co dc xet ldtt theo tt 01/2024 k",
    ],
)
def test_the_old_circular_is_named_replaced_and_the_rule_still_answers(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Thông tư 01/2024/TT-BNV đã hết hiệu lực, thay bằng Thông tư 15/2025/TT-BNV" in text
    assert "Ai được xét**\nKhông. Người mới tuyển dụng dưới 6 tháng" in text, text
    assert "Thông tư 15/2025/TT-BNV." in text.split("Căn cứ:")[-1], text


def test_the_old_circular_named_as_current(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "thông tư hướng dẫn luật thi đua khen thưởng bây giờ là TT 01/2024 phải k",
        "Không",
    )
    assert "Thông tư 15/2025/TT-BNV" in text, text


# --- a dossier is one set of originals (domain.md 2: "01 bộ bản chính" [H]) ---


@pytest.mark.parametrize(
    "question",
    ["hồ sơ đề nghị giấy khen nộp lên xã mấy bộ, bản sao có được không", "ho so ldtt nop may bo"],
)
def test_one_set_of_originals(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "01 bộ (bản chính)" in text, text
    assert "Điều 84" in text, text


# --- khen đột xuất is done by the thủ tục đơn giản (domain.md 2.9 [M-H]; Luật 2022 Điều 85) ---


@pytest.mark.parametrize(
    "question",
    ["thế nào là khen thưởng đột xuất", "the nao la thanh tich dot xuat"],
)
def test_dot_xuat_is_the_simple_procedure(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "ngoài" in text and "thủ tục đơn giản" in text.split("Căn cứ:")[0], text
    assert "Điều 85" in text, text


def test_dot_xuat_yes_no(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "cuối đợt thi đua tháng cao điểm có được khen đột xuất không", "Không"
    )
    assert "thủ tục đơn giản" in text, text
