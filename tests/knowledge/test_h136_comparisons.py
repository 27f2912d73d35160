"""Two things weighed against each other (task h136): which title is higher, which pays more,
who decides which, and each decision's date priced on its own base. Wordings are the author's
own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the chain of titles and forms
        (
            "bao la chi can ba nam lien chien si thi dua co so la du xet chien si thi dua toan "
            "quoc, k can cstd tinh, dung k",
            "Không",
            "chưa đủ để xét toàn quốc",
        ),
        ("chien si thi dua co so co cao hon lao dong tien tien khong", "Có", "1,0 lần"),
        (
            "anh tổ trưởng nói bằng khen của tỉnh thưởng ít hơn giấy khen của xã, đúng không",
            "Không",
            "0,3 lần",
        ),
        (
            "toi nghe la cung mot hinh thuc thi tap the duoc thuong it hon ca nhan, phai khong",
            "Không",
            "0,6 lần",
        ),
        # who decides, after the reform
        (
            "nghe noi chu tich xa k dc quyet dinh LDTT cho cong chuc, van phai trinh tinh, dung k",
            "Không",
            "Chủ tịch UBND xã quyết định",
        ),
        (
            "danh hieu tap the lao dong xuat sac la do chu tich tinh ky, xa chi lap ho so, dung k",
            "Có",
            "Sở Nội vụ",
        ),
        (
            "bỏ huyện rồi thì danh hiệu chiến sĩ thi đua cơ sở cũng bị bỏ luôn, đúng không",
            "Không",
            "Chủ tịch UBND xã",
        ),
        ("nghe đâu giờ xã không còn hội đồng thi đua nữa, đúng không", "Không", "tham mưu"),
        # khen đột xuất against the drive's commendation
        (
            "co thanh tich bat ngo thi khen dot xuat luon, khong phai cho den tong ket, dung ko",
            "Có",
            "ngay sau khi có thành tích",
        ),
        (
            "khen theo chuyen de khi tong ket dot co can bao cao thanh tich k hay chi can to "
            "trinh giong khen dot xuat",
            "Có",
            "báo cáo thành tích",
        ),
        # the routes to CSTĐCS
        (
            "chi ay chua dat muc hoan thanh tot nhiem vu nhung co sang kien cap co so, xet "
            "CSTDCS dc k",
            "Không",
            "dù có sáng kiến",
        ),
        (
            "hoan thanh xuat sac nhiem vu ma chua co sang kien thi co dc CSTDCS k hay chi la LDTT",
            "Có",
            "không bắt buộc có sáng kiến",
        ),
        (
            "to e co 7/9 nguoi dat LDTT ma k ai dat CSTDCS, de nghi TTLDXS dc k hay chi TTLDTT",
            "Không",
            "có cá nhân đạt Chiến sĩ thi đua cơ sở",
        ),
        # the decree in force
        (
            "nghe nói tiền thưởng bây giờ theo nghị định 152/2025, không còn theo nghị định 98 "
            "nữa, đúng không",
            "Có",
            "hết hiệu lực",
        ),
        (
            "tien thuong tinh theo luong co so tu dau nam chu khong phai ngay ky, dung khong",
            "Không",
            "ngày ký quyết định",
        ),
    ],
)
def test_weighed_line_answered(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact.lower() in text.lower(), text


def test_own_question_beats_quoted_line(officer_kb: KnowledgeBase) -> None:
    # a quoted line says "thẳng bằng khen"; the asker's own last clause asks about the same deed
    text = ask_verdict(
        officer_kb,
        "ông A bảo thành tích lớn thì lên thẳng bằng khen tỉnh. tôi muốn hỏi: cùng một vụ "
        "cứu hộ, xã tặng giấy khen rồi thì tỉnh còn tặng bằng khen cho vụ đó được không",
        "Không",
    )
    assert "một thành tích" in text, text


def test_losing_block_drops_its_judgement(officer_kb: KnowledgeBase) -> None:
    # the rule says "Không."; no later block may still say the line is right
    text = ask_verdict(
        officer_kb,
        "co nguoi noi chu tich xa k dc quyet dinh CSTDCS ma van phai trinh len tinh, dung k",
        "Không",
    )
    assert "Ý kiến đó đúng" not in text, text


def test_each_dated_decision_priced(officer_kb: KnowledgeBase) -> None:
    # two decisions joined by "với" and one "sau tháng 7/2026": one amount per base
    text = ask(
        officer_kb,
        "LĐTT ký quyết định tháng 3/2026 với quyết định tháng 11/2026 thì tiền thưởng mỗi cái "
        "bao nhiêu",
    )
    assert "710.000" in text and "760.000" in text, text
    text = ask(
        officer_kb,
        "thon van hoa quyet dinh nam 2025 va quyet dinh sau thang 7/2026 thi chenh nhau bao nhieu",
    )
    assert "3.510.000" in text and "3.800.000" in text, text


def test_district_past_date_not_the_prize_date(officer_kb: KnowledgeBase) -> None:
    # the day told dates the district's old decision; the prize asked is of one made now
    text = ask(
        officer_kb,
        "trước 15/6/2025 huyện ký tập thể lao động tiên tiến, giờ xã ký thì thưởng bao nhiêu",
    )
    assert "2.030.000" in text, text


def test_two_prizes_weighed_both_shown(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "chi bộ thôn nhận giấy khen tập thể hay thôn văn hóa thì nhiều tiền hơn")
    assert "1.520.000" in text and "3.800.000" in text, text


def test_both_payments_priced(officer_kb: KnowledgeBase) -> None:
    # "khoản tiền" asks the prizes, not only whether both are paid
    text = ask(
        officer_kb,
        "anh ấy vừa đạt lao động tiên tiến vừa được giấy khen của xã, có lĩnh cả hai khoản tiền "
        "không",
    )
    assert "760.000" in text, text


def test_own_case_asked_after_a_saying(officer_kb: KnowledgeBase) -> None:
    # the saying is wrong, but the question asks the asker's own case: "Có"
    text = ask_verdict(
        officer_kb,
        "anh ay dat LDTT, hoan thanh xuat sac nhiem vu, chua co sang kien. pho phong noi phai co "
        "sang kien moi len CSTDCS. vay anh ay co the de nghi CSTDCS khong",
        "Có",
    )
    # the rule the saying got wrong is still said (task h143 sets the saying aside before
    # reading, so it is said as the case's own criterion: "… không bắt buộc sáng kiến")
    assert "không bắt buộc" in text and "sáng kiến" in text, text


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        # a consequence drawn from the rank is a claim of its own (not "Có, cao hơn")
        (
            "bằng khen tỉnh cao hơn giấy khen xã nên phải có giấy khen trước mới được bằng khen, "
            "đúng không",
            "Bằng khen tỉnh cao hơn Giấy khen xã",
        ),
        # giấy khen may go either way through the council: not "Không, xã vẫn có hội đồng"
        (
            "giấy khen cho hộ gia đình thì không cần qua hội đồng thi đua xã, đúng không",
            "Xã vẫn có Hội đồng",
        ),
        # both titles are the xã's own: not "xã không tự quyết được cả hai"
        (
            "nghe noi xa tu quyet dc ca hai danh hieu LDTT va CSTDCS, dung k",
            "Xã không tự quyết được cả hai",
        ),
    ],
)
def test_rule_not_read_beyond_its_case(
    officer_kb: KnowledgeBase, question: str, absent: str
) -> None:
    assert absent not in ask(officer_kb, question)
