"""Task h286 (stop 36, issue 11): money parts a letter loses or a claim builds wrong.

- A yes/no on a prize ("giấy khen đột xuất có kèm tiền thưởng không, mỗi người bao nhiêu") opens
  "Có." even when the letter tells a date ("tháng 10/2026") or a head-count ("4 thanh niên"):
  neither is a figure put up to be judged (NĐ 152/2025/NĐ-CP Điều 50: every form carries its
  prize).
- A civil servant's pay by grade (bậc, ngạch, hệ số lương) with no title or prize named is not
  ours, even with "lương cơ sở" in it.
- The tax on a sudden award's prize, likened to a yearly title's, is answered by the tax fact
  (TT 111/2013/TT-BTC Điều 2 khoản 2 điểm e.1), not by the rule on sudden and yearly awards;
  "không bị trừ thuế" is the claim "not taxed".
- A decision's month and year split by a word ("tháng 6 nhưng năm 2026") date the decision; a
  month told without its year ("quyết định ký tháng 2") dates it too, and asks nothing of who
  decides: the base claimed new or old is judged on that date (NĐ 152/2025 Điều 49).
- A payer claimed beside a coefficient and put up by the letter's closing tail ("… thì xã phải
  tự chi, vậy có đúng k") gets its payer block; an award a firm's director gave is paid by the
  firm (Luật Thi đua, khen thưởng 2022 Điều 80 khoản 4), not the xã.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Hỏi: đội thanh niên xung kích (tập thể) và 2 đoàn viên được khen đột xuất ngày "
        "3/11/2026, có được thưởng tiền không, tập thể bao nhiêu, cá nhân bao nhiêu?",
        "QĐ ký tháng 12/2026, LĐTT có tiền thưởng k, bao nhiêu",
        "e hoi chut: 4 cong nhan duoc giay khen dot xuat thang 10/2026, co kem tien k, "
        "moi nguoi bao nhieu",
        "chủ tịch xã ký QĐ tháng 10/2026 khen đột xuất cho 6 thanh niên cứu hộ và đội dân "
        "quân, giấy khen đột xuất có kèm tiền thưởng không, cá nhân bn, tập thể bn",
        "thang 9/2026 xa khen dot xuat 3 hoc sinh nhat duoc cua roi, khen dot xuat co kem "
        "tien thuong k, moi em bao nhieu",
    ],
)
def test_a_prize_asked_beside_dates_and_head_counts_opens_yes(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "760.000" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "luong co so 2.530.000 thi luong cong chuc bac 2 he so 2,67 la bao nhieu",
        "lương viên chức bậc 3 hệ số 3,0 nhận bao nhiêu khi lương cơ sở tăng lên 2.530.000",
        "em là công chức xã ngạch chuyên viên hệ số 2,34, lương cơ sở mới thì em lĩnh bao nhiêu ạ",
        "lương của giáo viên hệ số 4,0 từ 1/7/2026 là bao nhiêu",
        "can bo xa bac 1 he so 2,34 thi luong thang bn khi luong co so 2.530.000",
    ],
)
def test_a_grade_pay_is_declined(officer_kb: KnowledgeBase, question: str) -> None:
    assert not officer_kb.ask(question, TODAY).answered, question


@pytest.mark.parametrize(
    "question",
    [
        "luong co so 2.530.000 thi LDTT thuong bn",
        "giáo viên bậc 2 hệ số 2,67 được LĐTT thì thưởng bao nhiêu",
    ],
)
def test_a_prize_beside_a_grade_stays_ours(officer_kb: KnowledgeBase, question: str) -> None:
    assert "760.000" in ask(officer_kb, question), question


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói giấy khen đột xuất thì không bị trừ thuế TNCN giống danh hiệu cuối năm, đúng k",
        "thưởng đột xuất không phải nộp thuế TNCN giống thưởng CSTĐCS cuối năm đúng không",
        "tiền thưởng LĐTT không bị khấu trừ thuế TNCN phải không",
        "khen đột xuất cũng không chịu thuế tncn như danh hiệu thi đua đúng k ad",
        "thuong giay khen dot xuat cung k tinh thue TNCN giong thuong danh hieu thi dua phai k",
    ],
)
def test_tax_on_a_sudden_prize_is_the_tax_fact(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Khen đột xuất và danh hiệu cuối năm" not in text, text
    block = ask_part_verdict(officer_kb, question, "**Thuế**", "Có")
    assert "thu nhập chịu thuế" in block, text


@pytest.mark.parametrize(
    ("question", "verdict", "base"),
    [
        (
            "nghe noi QD ky thang 6 nhung nam 2026 thi cu tinh luong co so moi cho ca nam, dung k",
            "Không",
            "2.340.000",
        ),
        (
            "quyết định LĐTT ký tháng 5 của năm 2026 thì tính theo lương cơ sở mới phải không",
            "Không",
            "2.340.000",
        ),
        (
            "qd CSTDCS ky thang 3 ma nam 2026 roi thi van tinh luong co so cu dung k",
            "Có",
            "2.340.000",
        ),
        (
            "nghe bảo QĐ ký tháng 4 nhưng năm 2026 là năm tăng lương nên tính theo lương cơ sở "
            "mới, đúng k",
            "Không",
            "2.340.000",
        ),
        (
            "LĐTT quyết định ký tháng 9 năm 2026 thì vẫn tính lương cơ sở cũ đúng không",
            "Không",
            "2.530.000",
        ),
    ],
)
def test_a_month_and_its_year_split_date_the_decision(
    officer_kb: KnowledgeBase, question: str, verdict: str, base: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert base in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "giấy khen cá nhân quyết định ký tháng 2, tiền thưởng tính theo lương cơ sở mới "
            "đúng không",
            "Không",
        ),
        ("LDTT qd ky thang 3 thi tinh theo luong co so moi phai k", "Không"),
        ("CSTĐCS quyết định ký tháng 10, thưởng theo lương cơ sở mới đúng k", "Có"),
        ("thon van hoa qd ky thang 10, thuong theo luong co so moi phai k", "Có"),
        ("giay khen tap the QD ky thang 5, tinh luong co so moi dung khong", "Không"),
    ],
)
def test_a_yearless_month_dates_the_decision_and_asks_no_decider(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    head = text.split("\n")[0]
    assert "Tiền thưởng" in head and "Ai quyết định" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thang 11/2026 UBND tinh QD tang TTLDXS cho tram y te xa, truong tram bao tien thuong "
        "1,5 lan luong co so thi xa phai tu chi vi tram thuoc xa, vay co dung k a",
        "Chủ tịch tỉnh tặng CSTĐ tỉnh cho cô giáo, hiệu trưởng bảo tiền thưởng 3,0 lần lương cơ "
        "sở thì xã phải tự chi, vậy có đúng không",
        "UBND tỉnh khen TTLĐXS cho trường, kế toán bảo 1,5 lần lương cơ sở xã chi từ ngân sách "
        "xã, như vậy có đúng k",
        "chao ad, thang 11/2026 UBND tinh QD tang danh hieu TTLDXS cho Tram y te xa e. truong "
        "tram noi tinh chi gui QD va bang, con tien thuong 1,5 lan luong co so thi xa phai tu "
        "chi, e la ke toan xa, vay co dung k a",
        "tỉnh tặng cờ thi đua cho xã, tiền thưởng 8,0 lần lương cơ sở thì xã tự chi, vậy có đúng k",
    ],
)
def test_a_payer_claimed_beside_a_coefficient_gets_its_block(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Không")
    block = ask_part_verdict(officer_kb, question, "Ai chi tiền thưởng", "Không")
    assert "quỹ của tỉnh" in block, block


@pytest.mark.parametrize(
    "question",
    [
        "cong ty may tren dia ban xa co 30 cong nhan dc giam doc cong ty tang LDTT, cong ty de "
        "nghi xa chi tien thuong. vay xa co phai chi tien thuong LDTT cho cong nhan k",
        "Giám đốc doanh nghiệp tặng giấy khen cho 5 nhân viên, công ty đề nghị UBND xã chi "
        "tiền thưởng, xã có phải chi không?",
        "chu nhiem HTX tang LDTT cho xa vien, tien thuong xa phai chi dung k",
        "giám đốc công ty ký quyết định tặng CSTĐCS cho kỹ sư, vậy tiền thưởng xã chi phải không",
        "nhan vien cty dc tong giam doc cong ty tang LDTT nam 2026, xa co phai tra tien thuong k a",
    ],
)
def test_a_firms_own_award_is_not_paid_by_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
    block = ask_part_verdict(officer_kb, question, "Ai chi tiền thưởng", "Không")
    assert "Giám đốc" in block and "doanh nghiệp chi" in block, block
