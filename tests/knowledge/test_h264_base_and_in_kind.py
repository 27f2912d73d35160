"""Task h264 (stop 35): the base salary as a thing of its own, and hiện vật beside the prize.

Lương cơ sở is 2.340.000 đ/tháng from 01/7/2024 (NĐ 73/2024/NĐ-CP) and 2.530.000 đ/tháng from
01/7/2026 (NĐ 161/2026/NĐ-CP): a start date told for one of them is judged, even when no title
is named. The prize is the title's coefficient × that one base, never each person's own salary
grade (NĐ 152/2025 Điều 50). And the Bằng chứng nhận, khung, Huy hiệu are given besides the prize
(Điều 50: "được tặng Bằng chứng nhận, khung … và được thưởng … lần"), not deducted from it nor
counted inside it."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nghe bảo lương cơ sở tăng lên 2.530.000 từ 01/01/2026 đúng không ạ", "Không"),
        ("luong co so 2530000 ap dung tu thang 1 nam 2026 phai ko ad", "Không"),
        ("Kế toán nói từ đầu năm 2026 lương cơ sở đã là 2.530.000 đồng, có đúng không?", "Không"),
        ("lương cơ sở lên 2.530.000 từ 1/7/2026 đúng k", "Có"),
        ("Có phải mức lương cơ sở 2.340.000 đ áp dụng từ 01/7/2024 không?", "Có"),
        ("luong co so 2.340.000 ap dung tu 1/1/2024 dung k", "Không"),
    ],
)
def test_base_start_date_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "01/7/2026" in first and "Nghị định 161/2026/NĐ-CP" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "chị kế toán bảo tiền thưởng LĐTT nhân với hệ số lương của từng người, đúng không ạ",
        "tien thuong CSTDCS tinh theo bac luong moi nguoi phai k",
        "Người lương cao thì tiền thưởng thi đua cũng cao hơn, có phải vậy không?",
        "thuong giay khen co dua tren luong thuc te cua ca nhan k ad",
        "Có phải mức thưởng tính theo hệ số lương đang hưởng của cán bộ không?",
    ],
)
def test_prize_not_on_personal_salary(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "mức lương cơ sở chung" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Văn phòng định trừ tiền in bằng và mua khung vào tiền thưởng CSTĐCS của anh em, "
        "đúng không?",
        "khung voi bang chung nhan co tinh luon vao tien thuong TTLDXS khong",
        "tiền thưởng CSTĐ tỉnh 3,0 lần đã bao gồm huy hiệu và khung rồi phải không ạ",
        "xa bao lay tien thuong thon van hoa de tru tien lam bang va khung, vay co dung k",
        "Huy hiệu với hộp đựng có bị khấu trừ vào tiền thưởng của chiến sĩ thi đua tỉnh không",
    ],
)
def test_in_kind_not_taken_from_prize(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngoài tiền thưởng" in text.split("\n\n")[0], text
    # no later block turns the line back to "Có."
    assert "\nCó. " not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Năm 2026 xã chi tiền thưởng cho 12 người LĐTT. Anh chủ tịch bảo quỹ ít nên vẫn tính "
        "theo lương cơ sở cũ, đúng không ạ, mỗi người được bao nhiêu",
        "thang 12/2026 xa chi thuong LDTT, ke toan noi tinh luong co so cu 2.340.000 cho do ton "
        "quy. vay co dung k, moi nguoi bn",
        "Cuối năm 2026 UBND xã chi khen thưởng CSTĐCS cho 3 người từ quỹ thi đua của xã. Văn "
        "phòng bảo áp dụng lương cũ 2.340.000 thôi, có đúng không?",
        "QĐ khen LĐTT ký tháng 12/2026, xã tự chi, chị PCT bảo cứ tính lương cơ sở cũ cho đỡ, "
        "như vậy có đúng không",
        "Tháng 12/2026 xã chi thưởng 20 người lao động tiên tiến và 2 tập thể. Anh văn phòng "
        "nói là quỹ thi đua hết tiền thì tính theo lương cũ 2.340.000 cho đỡ. Tính lương cũ vậy "
        "có đúng không, mỗi người LĐTT được bao nhiêu",
    ],
)
def test_old_base_told_is_judged_first(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Tiền thưởng" in first.split("\n")[0] and "2.530.000" in first, text


@pytest.mark.parametrize(
    ("question", "head", "verdict"),
    [
        ("giay khen ca nhan 0,3, giay khen tap the 0,6 lan luong co so phai k", "cá nhân", "Có"),
        ("LDTT 0,3, CSTDCS 1,0 lan luong co so dung ko", "Lao động tiên tiến", "Có"),
        ("LĐTT 0,5; CSTĐCS 1,0 lần lương cơ sở đúng không", "Lao động tiên tiến", "Không"),
        ("Thôn văn hóa 1,5, TTLĐXS 1,5 lần lương cơ sở có đúng không", "Thôn", "Có"),
        ("TTLĐXS 1,0, TTLĐTT 0,8 lần lương cơ sở đúng k ad", "Tập thể lao động xuất sắc", "Không"),
    ],
)
def test_first_bare_coefficient_takes_the_shared_unit(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    title, body = text.split("\n")[:2]
    # the first block itself opens with the verdict, not only a later one
    assert head in title and body.startswith(f"{verdict}. "), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "xa minh sap trao thuong, ke toan bao giay khen ho gia dinh chi bang nua ca nhan "
            "thoi, dung k a",
            "Không",
        ),
        ("giấy khen hộ gia đình chỉ bằng một nửa giấy khen cá nhân phải không", "Không"),
        ("giay khen tap the chi bang nua giay khen ca nhan dung k", "Không"),
        ("Giấy khen cá nhân chỉ bằng nửa giấy khen tập thể, có đúng không?", "Có"),
        ("LĐTT chỉ bằng 1/2 CSTĐCS phải không ạ", "Không"),
        ("giay khen ca nhan gap doi tap the dung k", "Không"),
    ],
)
def test_relative_amount_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng" in text.split("\n")[0] and "lần mức lương cơ sở" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "base"),
    [
        (
            "qd ky 30/12/2025, thang 3/2026 moi chi tien, van tinh 2.340.000 dung k",
            "Có",
            "2.340.000",
        ),
        ("Quyết định ký 10/7/2026 thì tính 2.340.000 đúng không", "Không", "2.530.000"),
        ("qd ky 20/8/2026 tinh 2tr53 dung k ad", "Có", "2.530.000"),
        (
            "QĐ ký ngày 30/6/2026, chi tháng 9/2026, tính theo mức 2.530.000 được không",
            "Không",
            "2.340.000",
        ),
        (
            "Quyết định ký 5/1/2026, chi tiền tháng 7/2026 thì tính 2530000 phải không",
            "Không",
            "2.340.000",
        ),
    ],
)
def test_bare_base_sum_judged_on_the_day_signed(
    officer_kb: KnowledgeBase, question: str, verdict: str, base: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert f"tính theo mức lương cơ sở {base}" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # "tỉnh … tự chi tiền thưởng" folds like "tính … vào tiền thưởng": no hiện vật claimed
        "bang khen tinh cho ca nhan o xa thi xa tu chi tien thuong duoc khong",
        "Bằng khen tỉnh tặng tập thể thôn thì tỉnh chi tiền thưởng phải không",
    ],
)
def test_no_in_kind_rule_without_in_kind_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Hiện vật tặng kèm" not in ask(officer_kb, question), question


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen cá nhân và tập thể thưởng bao nhiêu, tập thể có gấp đôi không",
        "gk ca nhan voi tap the moi loai bn tien, tap the gap doi dung k",
    ],
)
def test_a_multiple_in_a_clause_naming_no_title(officer_kb: KnowledgeBase, question: str) -> None:
    """The clause of the multiple names no title: the cá nhân block is not judged as "cá nhân
    gấp đôi tập thể"."""
    text = ask(officer_kb, question)
    assert "\nKhông. " not in text, text
