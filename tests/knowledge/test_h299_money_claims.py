"""Issue 11, h299 (stop 37): money claims read as an officer means them.

The prize is the coefficient (NĐ 152/2025/NĐ-CP Điều 50) times the lương cơ sở in force on the
day the decision is signed, rounded up to the next 10.000 đồng (domain.md, prize money). An
officer writes his own working ("0,6 x 2.530.000 ra 1.518.000 thì chi 1.520.000"), a rounding
unit of his own ("làm tròn lên 100 nghìn"), a claim with no figure ("không có tiền thưởng",
"12 lần mức cá nhân", "thưởng bằng LĐTT"), the base asked with no sum (the difference after
the base rose), the day by a verb of paying ("lúc phát thưởng"), an award month with no
decision word ("xã khen tháng 3/2026"), a sum he donated, the base told with its start day,
and a share for each of two titles. Each is judged on what it claims."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the product worked is the asker's arithmetic; the sum paid after it is the claim
        (
            "LĐTT: 0,3 × 2.530.000 = 759.000, kế toán phát 760.000 là đúng chứ ạ",
            "Có",
            "760.000",
        ),
        (
            "ke toan hoi: giay khen tap the 0,6 x 2.530.000 ra 1.518.000 thi chi 1.520.000 dung k",
            "Có",
            "1.520.000",
        ),
        # a sum paid as worked, not rounded up
        (
            "TTLĐTT 0,8 x 2.530.000 = 2.024.000 e chi luôn 2.024.000 có được không hay phải "
            "làm tròn",
            "Không",
            "10.000",
        ),
        # a rounding step larger than tens of thousands
        (
            "thu quy hoi: LDTT 759.000 chi tron 1 trieu cho chan, lam tron len 1 trieu co dung k",
            "Không",
            "hàng chục nghìn",
        ),
        ("nghe noi tien thuong duoc lam tron len 100.000 dong, dung k", "Không", "10.000"),
        (
            "Chị kế toán bảo tiền thưởng làm tròn lên trăm nghìn cho dễ chi, vậy có đúng không ạ",
            "Không",
            "hàng chục nghìn",
        ),
        # a product already a multiple of 10.000 has nothing to round
        (
            "CSTĐ tỉnh 3,0 × 2.530.000 = 7.590.000 thì có phải làm tròn nữa không",
            "Không",
            "không phải làm tròn thêm",
        ),
        ("xa tieu bieu 2,0 x 2.530.000 co can lam tron them k", "Không", "5.060.000"),
    ],
)
def test_worked_sums_and_rounding_steps(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a prize claimed absent
        (
            "giay khen ho gia dinh chi tang giay thoi chu k co tien thuong, dung k ad",
            "Không",
            "0,3",
        ),
        ("giấy khen hộ gia đình không có tiền thưởng đúng không", "Không", "760.000"),
        (
            "Anh trưởng thôn bảo người già được khen thì không có giấy khen hay tiền thưởng, "
            "đúng không ạ? nếu có giấy khen cá nhân thì bao nhiêu",
            "Không",
            "760.000",
        ),
        # a form asked whether it brings a prize at all
        (
            "ông tôi ủng hộ 50 triệu làm cầu, được xã tặng giấy khen, ông có được nhận tiền "
            "thưởng không",
            "Có",
            "760.000",
        ),
        # a multiple of the individual's prize, or the members' count
        ("giay khen tap the 10 nguoi thi thuong 10 lan muc ca nhan phai k", "Không", "0,6"),
        (
            "đội văn nghệ 8 người được giấy khen tập thể, tiền thưởng nhân số người với mức cá "
            "nhân đúng không",
            "Không",
            "0,6",
        ),
        ("giấy khen tập thể thưởng 2 lần mức cá nhân phải không", "Có", "0,6"),
        # equal to another title's prize
        ("chiến sĩ tiên tiến thưởng như LĐTT phải không", "Có", "0,3"),
        ("CSTT cua dan quan thuong truc thuong bang LDTT dung ko", "Có", "0,3"),
        ("CSTĐCS thưởng bằng LĐTT đúng không", "Không", "1,0"),
    ],
)
def test_money_claims_without_a_figure(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the difference after the base rose is not owed
        (
            "QĐ LĐTT ký tháng 6/2026 nhưng tháng 8 mới chi, lương cơ sở tăng rồi có phải bù "
            "phần chênh lệch không",
            "Không",
            "ngày ký quyết định",
        ),
        (
            "quyet dinh CSTDCS ky 20/6/2026, thang 9 moi phat tien, co dc truy linh phan chenh "
            "lech k",
            "Không",
            "2.340.000",
        ),
        (
            "giấy khen tập thể ký tháng 5/2026, chi tiền tháng 10/2026 thì kế toán có phải chi "
            "thêm chênh lệch lương cơ sở không",
            "Không",
            "ngày ký quyết định",
        ),
        # another base than lương cơ sở
        (
            "xa co dc tu tinh tien thuong theo luong toi thieu vung cho cao hon k",
            "Không",
            "lương cơ sở",
        ),
        (
            "xã em định thưởng giấy khen theo lương tối thiểu vùng cho nhiều hơn, được không",
            "Không",
            "lương cơ sở",
        ),
        # the day named by a verb of paying
        (
            "tiền thưởng LĐTT tính theo lương cơ sở lúc phát thưởng phải không",
            "Không",
            "ngày ký quyết định",
        ),
        ("thon van hoa tinh tien theo luong co so khi linh tien dung k", "Không", "ngày ký"),
        ("giay khen ca nhan tinh luong co so luc nhan tien thuong ha ad", "Không", "ngày ký"),
    ],
)
def test_which_base_and_which_day(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


def test_an_event_day_is_no_base_day(officer_kb: KnowledgeBase) -> None:
    """ "tổ chức ngày hội" names an event: the sum claimed for the decision month decides."""
    ask_verdict(
        officer_kb,
        "mat tran xa to chuc ngay hoi dai doan ket, muon khen 3 khu dan cu bang giay khen tap "
        "the, qd ky thang 11/2026, moi khu thuong 1.520.000 dung k",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "prize"),
    [
        ("hộ tôi được xã khen tháng 5/2026 vì hiến đất, tiền thưởng bao nhiêu", "710.000"),
        ("ong A duoc khen thuong thang 2/2026 giay khen ca nhan thi nhan bn", "710.000"),
        (
            "trường em được khen giấy khen tập thể tháng 6/2026, tiền thưởng bao nhiêu ạ",
            "1.410.000",
        ),
        ("nhà em dc xa khen thang 3/2026 giay khen ho gia dinh, dc bn tien", "710.000"),
        (
            "Bà tôi hiến đất làm đường, xã khen giấy khen tháng 3/2026 thì thưởng bao nhiêu",
            "710.000",
        ),
    ],
)
def test_award_month_dates_the_decision(
    officer_kb: KnowledgeBase, question: str, prize: str
) -> None:
    """A month right after the award ("xã khen … tháng 3/2026") is when it was given: before
    01/7/2026 the base is 2.340.000 đồng."""
    text = ask(officer_kb, question)
    assert prize in text, text
    assert "2.530.000" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "cty e tai tro 1 ty xay truong, xa khen giay khen tap the cho cty thi thuong bn",
        "bà con đóng góp 20 triệu làm đường, xã tặng giấy khen hộ gia đình thì được bao nhiêu",
        "anh A quyên góp 30 triệu giúp dân vùng lũ, xã khen thì anh có tiền thưởng không",
        "cu ong trong thon gop 200 trieu xay nha van hoa, chu tich xa tang giay khen, cu co dc "
        "nhan tien thuong k",
        "doanh nghiệp tài trợ 3 tỷ đồng làm trường và 500 triệu cứu trợ lũ, xã khen giấy khen "
        "cho công ty, được bao nhiêu tiền",
    ],
)
def test_donated_sums_are_no_claimed_prize(officer_kb: KnowledgeBase, question: str) -> None:
    """The sum the asker gave is the deed told, never a prize judged wrong."""
    text = ask(officer_kb, question)
    money = next(b for b in text.split("\n\n") if ": Tiền thưởng**" in b)
    assert leading_verdicts(money)[:1] in ([], ["Có"]), text
    assert "0,3" in money or "0,6" in money, text


@pytest.mark.parametrize(
    ("question", "verdict", "prize"),
    [
        (
            "nghe noi luong co so tu 1/7/2026 la 2.530.000 nen tien thuong LDTT gio la 760.000, "
            "dung hong",
            "Có",
            "760.000",
        ),
        (
            "lương cơ sở từ 1/7/2026 là 2.530.000 nên giấy khen tập thể giờ được 1.520.000 "
            "đúng không",
            "Có",
            "1.520.000",
        ),
        (
            "nghe noi lcs tu 1/7/2026 la 2.530.000, vay thon van hoa thuong 3.800.000 dung k",
            "Có",
            "3.800.000",
        ),
        (
            "luong co so tu ngay 1/7/2026 la 2tr53 thi CSTDCS thuong 2.530.000 phai k",
            "Có",
            "2.530.000",
        ),
        (
            "lương cơ sở từ 1/7/2026 là 2.530.000 thì LĐTT được 800.000 đúng không",
            "Không",
            "760.000",
        ),
    ],
)
def test_base_told_with_its_start_day_is_no_prize(
    officer_kb: KnowledgeBase, question: str, verdict: str, prize: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert prize in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("TTLDTT chi can tren 50% LDTT, TTLDXS can it nhat 70% phai hong", "Có"),
        ("TTLĐTT cần trên 50% LĐTT, còn TTLĐXS cần từ 70% trở lên phải không", "Có"),
        ("TTLDXS it nhat 70% LDTT, TTLDTT tren 50% dung k ad", "Có"),
        ("TTLĐTT cần 70%, TTLĐXS cần trên 50% đúng không", "Không"),
        ("TTLĐXS cần 70% LĐTT còn TTLĐTT cần trên 50% đúng không", "Có"),
    ],
)
def test_each_title_owns_its_share(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """A share told by each title's name is judged for that title, each part with a verdict."""
    for head in ("Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc"):
        ask_part_verdict(officer_kb, question, head, verdict)
