"""Task h239 (stop 34): figures, runs and shortfalls told against the title asked.

- A bare count of holders ("25 gv, 13 LĐTT") after the head-count is a share of the unit, and
  "hoàn thành nv" is "hoàn thành nhiệm vụ": the share is judged against the title's minimum
  (Luật 2022 Điều 27, 28: trên 50 % LĐTT; ít nhất 70 % LĐTT, 100 % hoàn thành nhiệm vụ, có
  CSTĐCS); "đạt tỷ lệ … không" asks the share.
- A run told as a count ("2 năm CSTĐCS"), with who signed between the years ("năm 2024 do
  huyện tặng và năm 2025 do xã tặng"), or with the next year pending ("năm 2026 cũng đang được
  đề nghị CSTĐCS") is counted against the 03 lần liên tục of CSTĐ tỉnh (Điều 22 khoản 1).
- A told case short of the criteria ("chỉ hoàn thành nhiệm vụ", "sáng kiến chưa được công
  nhận") answers a yes/no on the criteria "Không" (Điều 23 khoản 2, Điều 24 khoản 1).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        (
            "trạm y tế 12 người, 5 LĐTT thì đề nghị tập thể lao động tiên tiến được không",
            "Không",
            "5/12",
        ),
        ("truong mam non 30 gv, 20 LDTT, co dat ty le TTLDTT ko", "Có", "20/30"),
        (
            "Tổ văn phòng có 8 người, 3 LĐTT, vậy có đủ tập thể lao động tiên tiến chưa?",
            "Không",
            "3/8",
        ),
        ("phong van hoa xa 6 nguoi, 4 LDTT, ve ty le co du TTLDTT k", "Có", "4/6"),
        (
            "Trường THCS 40 cán bộ, cả 40 hoàn thành nv, 30 người LĐTT, có 2 CSTĐCS, trường"
            " hoàn thành xuất sắc nv. Về tỷ lệ có đủ TTLĐXS không?",
            "Có",
            "30/40",
        ),
        (
            "don vi 20 nguoi, ca 20 hoan thanh nv, 15 nguoi dat LDTT, 2 nguoi CSTDCS, tap the"
            " hoan thanh xuat sac nv, dat ty le TTLDXS chua",
            "Có",
            "15/20",
        ),
    ],
)
def test_bare_holders_and_duty_abbreviated(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "chị Lan có 2 năm CSTĐCS, sáng kiến áp dụng toàn tỉnh, đề nghị CSTĐ tỉnh được không",
            "Không",
        ),
        (
            "ông Bình 2 năm đạt chiến sĩ thi đua cơ sở, có sáng kiến cấp tỉnh, xét CSTĐ cấp tỉnh"
            " được không",
            "Không",
        ),
        (
            "anh Tuấn đạt CSTĐCS năm 2024 do huyện tặng và năm 2025 do xã tặng, năm nay đề nghị"
            " chiến sĩ thi đua tỉnh được chưa",
            "Không",
        ),
        (
            "Năm 2024, 2025 em đều đạt CSTĐCS, năm 2026 em cũng đang được xét CSTĐCS. Sáng kiến"
            " của em được áp dụng, nhân rộng trong toàn tỉnh. Vậy đề nghị CSTĐ tỉnh được không?",
            "Có",
        ),
        (
            "nam 2023 va 2024 thay Nam dat cstdcs, nam 2025 thay cung dang duoc de nghi cstdcs,"
            " sang kien nhan rong trong toan tinh. co du dk cstd tinh k",
            "Có",
        ),
    ],
)
def test_runs_counted(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "03 lần" in text, text


def test_higher_title_proposed_is_no_year_of_the_run(officer_kb: KnowledgeBase) -> None:
    """The year after the run put up for CSTĐ tỉnh itself adds no CSTĐCS to the run."""
    text = ask_verdict(
        officer_kb,
        "Năm 2024, 2025 anh đạt CSTĐCS, năm 2026 xã cũng đề nghị CSTĐ tỉnh cho anh, vậy anh có"
        " đủ điều kiện CSTĐ tỉnh chưa",
        "Không",
    )
    assert "03 lần" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Chị Hoa được công nhận CSTĐCS năm 2025 nhưng năm đó chỉ hoàn thành nhiệm vụ, có đúng"
        " tiêu chuẩn không",
        "anh ke toan chi xep loai hoan thanh nhiem vu ma dc CSTDCS, co dung tieu chuan ko",
        "sáng kiến của cô giáo chưa được hội đồng công nhận mà trường vẫn đề nghị CSTĐCS nhờ"
        " sáng kiến đó, có đúng tiêu chuẩn k",
        "CSTĐCS xét nhờ đề tài nhưng đề tài chưa được nghiệm thu thì có đúng tiêu chuẩn không",
        "cstdcs cua y si tram dat nho sang kien, ma sang kien chua duoc co so cong nhan, vay"
        " dung tieu chuan chua",
    ],
)
def test_shortfall_told_against_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe nói tiền thưởng thi đua của giáo viên lấy từ quỹ lương của trường, đúng không",
            "Không",
        ),
        (
            "tien thuong khen thuong chi tu luong cua co quan chu k phai quy thi dua, phai k",
            "Không",
        ),
        ("kế toán bảo tiền thưởng thi đua trả từ lương của trạm y tế, có đúng vậy không", "Không"),
        ("tiền thưởng thi đua chi từ quỹ lương đúng ko", "Không"),
        (
            "tiền thưởng thi đua lấy từ quỹ thi đua khen thưởng chứ không phải từ lương,"
            " đúng không",
            "Có",
        ),
    ],
)
def test_prize_paid_from_wages_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """No title named: the rule for every prize answers who pays (NĐ 152/2025: the Quỹ thi
    đua, khen thưởng of the level that decides), and "X chứ không phải Y" claims X."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "quỹ thi đua, khen thưởng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("truong mam non dat TTLDTT, 14 co dat LDTT, thuong tap the bn, moi co bn", "760.000"),
        (
            "Phòng văn hóa đạt tập thể lao động tiên tiến, 6 cán bộ đạt LĐTT. Tiền thưởng tập thể"
            " bao nhiêu, mỗi cán bộ bao nhiêu?",
            "760.000",
        ),
        (
            "Tổ đạt TTLĐXS, 5 công chức LĐTT, tiền thưởng của tổ và từng công chức là bao nhiêu",
            "760.000",
        ),
        (
            "tram y te dat TTLDTT, 2 nguoi dat CSTDCS, tap the duoc bn tien, tung nguoi duoc bn",
            "2.530.000",
        ),
        (
            "trường em đạt TTLĐTT và có 20 giáo viên đạt LĐTT, cho hỏi mỗi giáo viên được thưởng"
            " bao nhiêu và trường được bao nhiêu",
            "760.000",
        ),
    ],
)
def test_each_members_prize_asked(officer_kb: KnowledgeBase, question: str, shown: str) -> None:
    """The part asking "mỗi gv / từng người bao nhiêu" asks the members' own title's prize
    (NĐ 152/2025 Điều 50 khoản 1: LĐTT 0,3, CSTĐCS 1,0 lần lương cơ sở) beside the collective's
    (khoản 2)."""
    text = ask(officer_kb, question)
    assert shown in text, text
    assert "2.030.000" in text or "3.800.000" in text, text


def test_denied_half_is_no_claim(officer_kb: KnowledgeBase) -> None:
    """ "X chứ không phải Y": the fund claimed is X, the wages are denied."""
    text = ask_verdict(
        officer_kb,
        "tiền thưởng thi đua chi từ quỹ thi đua khen thưởng chứ không phải chi từ lương, đúng"
        " không",
        "Có",
    )
    assert "quỹ thi đua, khen thưởng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "CSTDCS dat nho sang kien nhung sang kien chua dc cap co tham quyen cong nhan, co dung"
        " tieu chuan k",
        "anh ay co sang kien nhung chua duoc cap co tham quyen cong nhan, co dc xet LDTT k",
        "sang kien cua anh chua dc co quan co tham quyen cong nhan thi co dc CSTDCS k",
    ],
)
def test_recognised_is_no_worker(officer_kb: KnowledgeBase, question: str) -> None:
    """ "được / chưa được / có thẩm quyền công nhận" is the verb, never the workers (công nhân)
    whose LĐTT criteria are those of Điều 24 khoản 3."""
    reading = officer_kb.read(question)
    assert reading is not None
    assert all(p.subject != "nong_dan" for p in reading.pairs), reading.pairs
