"""Task h324 (stop 38, issue 11): money, dates and counts read inside one question.

- A figure put up after "là" ("có phải là 0,3 lần lương cơ sở", "là 760 nghìn") is the prize
  claimed, not the title's criteria: one money block, opened by the verdict.
- A month told right after the award and its giver ("giấy khen tập thể của chủ tịch xã tháng
  4/2026") dates the decision, so the base then in force prices it (NĐ 152/2025 Điều 49: the
  base on the day signed; 2.340.000 before 01/7/2026).
- "5/6 người đạt LĐTT" is a share of a head count, not a day claimed against a time limit.
- "2 năm liền, năm nay đạt tiếp lần 3" is a run of three (Luật 2022 Điều 22 khoản 1 điểm a).
- "QĐ ký … mà chưa nhận tiền" tells the prize is not paid yet; it lacks no condition, so the
  claim that the base of the signing day applies is judged ("Có").
"""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.records import run_count
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("GK cá nhân của CT xã thưởng có phải là 0,3 lần lương cơ sở k", "760.000"),
        ("tien thuong LDTT co phai la 0,3 lan muc luong co so khong a", "760.000"),
        ("cho hỏi CSTĐCS được thưởng có phải là 1,0 lần lương cơ sở không", "2.530.000"),
        ("TTLĐTT thưởng có phải là 0,8 lần mức lương cơ sở ko", "2.030.000"),
        ("LĐTT có phải là 760 nghìn không", "760.000"),
        ("cstdcs thưởng có phải là 2,53 triệu k", "2.530.000"),
    ],
)
def test_figure_after_la_is_the_prize(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tiêu chuẩn**" not in text
    assert text.count("Tiền thưởng**") == 1
    assert amount in text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "thôn em được giấy khen tập thể của chủ tịch xã tháng 3/2026, thưởng bao nhiêu",
            "1.410.000",
        ),
        ("chi e dc giay khen cua chu tich UBND xa thang 2/2026 thi thuong bn", "710.000"),
        ("bác tôi được giấy khen chủ tịch xã tháng 5/2026, tiền thưởng bao nhiêu ạ", "710.000"),
        ("to dan pho dc giay khen tap the cua ct xa thang 1/2026 thuong bao nhieu", "1.410.000"),
        (
            "hộ gia đình ông Ba được giấy khen của UBND xã tháng 6/2026 thì được thưởng bao nhiêu",
            "710.000",
        ),
    ],
)
def test_award_month_after_giver_dates_it(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask(officer_kb, question)
    assert amount in text
    assert "2.340.000" in text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "trạm y tế xã năm nay 100% hoàn thành nhiệm vụ, 6/8 người đạt LĐTT, 1 người CSTĐCS. "
            "Cho hỏi trạm có đủ điều kiện Tập thể lao động xuất sắc không, ai quyết định",
            "Tập thể lao động xuất sắc",
        ),
        (
            "khoa em năm nay 100% nhân viên hoàn thành nhiệm vụ, 8/10 người đạt LĐTT, có 1 người "
            "đạt CSTĐCS. Em muốn hỏi khoa có được đề nghị TTLĐXS không, thưởng bao nhiêu",
            "Tập thể lao động xuất sắc",
        ),
        (
            "phòng tôi có 10 người, 7/10 người đạt LĐTT, phòng hoàn thành tốt nhiệm vụ, đoàn kết. "
            "Tôi muốn hỏi phòng có đủ điều kiện TTLĐTT không, thưởng bao nhiêu",
            "Tập thể lao động tiên tiến",
        ),
        (
            "truong co 100% gv hoan thanh nhiem vu, 20/25 gv dat LDTT, 2 gv dat CSTDCS. Xin hoi "
            "truong co du dieu kien TTLDXS k va thuong bao nhieu",
            "Tập thể lao động xuất sắc",
        ),
        (
            "Chào ad, tôi là trạm trưởng. Năm nay trạm 100% nhân viên hoàn thành nhiệm vụ, 5/6 "
            "người đạt LĐTT, 1 người đạt CSTĐCS. Tôi muốn hỏi trạm có đủ điều kiện đề nghị Tập "
            "thể lao động xuất sắc không, thưởng bao nhiêu",
            "Tập thể lao động xuất sắc",
        ),
    ],
)
def test_share_of_heads_is_no_day(officer_kb: KnowledgeBase, question: str, title: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert f"**{title}: Ai được xét**" in text.split("\n\n")[0]
    assert "Thời hạn**" not in text.split("\n\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS 2 năm liền rồi, năm nay lại đạt, sáng kiến áp dụng toàn tỉnh, "
        "đủ đề nghị CSTĐ tỉnh chưa",
        "toi dat CSTDCS 2 nam lien tuc, nam nay dat tiep, co de tai ap dung trong toan tinh, "
        "du dieu kien CSTD cap tinh k",
        "co giao dc CSTDCS 2 nam lien, nam nay lan 3, sang kien dc ap dung trong toan tinh, "
        "xet CSTD tinh dc k",
        "anh ấy 2 năm liền CSTĐCS, năm nay đạt nữa, có sáng kiến phạm vi toàn tỉnh, đề nghị "
        "Chiến sĩ thi đua tỉnh có được không",
    ],
)
def test_run_plus_this_year_makes_three(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Chiến sĩ thi đua cấp tỉnh: Ai được xét", "Có")
    assert "03 lần liên tục" in block
    assert "chưa đủ 03 lần" not in block


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("e dc CSTDCS 2 nam lien, nam nay dat tiep lan 3", 3),
        ("CSTĐCS 2 năm liên tiếp, năm nay được lần thứ 3", 3),
        ("chị ấy 2 năm liền CSTĐCS, năm nay lại đạt", 3),
        ("3 năm liền CSTĐCS, năm nay đạt nữa", 4),
        ("2 năm liên tục CSTĐCS, năm nay chỉ đạt LĐTT", 2),
    ],
)
def test_run_count_adds_this_year(question: str, count: int) -> None:
    assert run_count([t for t in tokens(question) if t.isalnum()]) == count


@pytest.mark.parametrize(
    "question",
    [
        "e HTNV nam nay, nam truoc dc LDTT QD ky thang 1/2026 ma chua nhan tien, nghe noi van "
        "tinh theo luong co so luc ky QD, dung k",
        "LĐTT QĐ ký tháng 2/2026 mà chưa nhận tiền, nghe nói tính theo lương cơ sở "
        "lúc ký QĐ, đúng k",
        "TTLĐTT quyết định ký 20/6/2026 mà chưa nhận tiền, người ta bảo tính theo mức lương cơ sở "
        "lúc ký quyết định, phải không",
        "nam truoc dc LDTT QD ky thang 1/2026 ma chua nhan tien, nghe noi van tinh theo luong co "
        "so luc ky QD, dung k",
        "tiền thưởng CSTĐCS của em, QĐ ký tháng 3/2026 mà chưa lĩnh, nghe nói tính theo lương cơ "
        "sở lúc ký QĐ, đúng không",
        "thưởng giấy khen QĐ ký 10/5/2026 mà chưa chi, kế toán nói tính theo lương cơ sở lúc ký "
        "quyết định, phải k",
    ],
)
def test_not_yet_paid_lacks_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "ngày ký quyết định" in text.split("\n\n")[0]
    assert "2.340.000" in text
