"""Task h340 (stop 39, issue 11): claims the user states, judged the right way round.

A line an officer was told is judged as the line, not as the title it names: a bare denial of
CSTĐCS to one who completed duty excellently (Luật Thi đua, khen thưởng 2022 Điều 23 khoản 2),
excellent duty claimed the only route where a sáng kiến is another, a title claimed to be had
once only (Điều 5 khoản 2 điểm c), a rule put up inside "có phải … không", another body's leave
asked of a firm's own award (Điều 80 khoản 4), the tax exemption asked as "có đúng là được miễn
không" (TT 111/2013/TT-BTC), a sum claimed unrounded (NĐ 152/2025), a fund share planned and
asked whether it goes over the cap (NĐ 152/2025 Điều 46 khoản 3) and the province title's
sáng kiến claimed enough once the cơ sở recognises it (Luật Điều 22 khoản 1)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "anh Nam htxs nv nhung k co sang kien, truong phong noi k dc CSTDCS, dung k",
        "Chị ấy hoàn thành xuất sắc nhiệm vụ mà không có sáng kiến, có người bảo không thể đề "
        "nghị CSTĐCS, có đúng không ạ",
        "thay giao HTXS nam hoc, k co skkn, hieu pho bao k the xet CSTDCS dc, co dung ko",
        "nghe nói người hoàn thành xuất sắc nhiệm vụ nhưng chưa có sáng kiến thì không được "
        "chiến sĩ thi đua cơ sở, đúng không",
        "xa e co 3 nguoi htxs nv, truong phong noi nguoi khong co sang kien bi loai khoi danh "
        "sach CSTDCS, dung ko",
        "danh sách CSTĐCS có 4 chị hoàn thành xuất sắc nhiệm vụ, chủ tịch công đoàn bảo ai "
        "không có sáng kiến thì gạch tên, đúng k",
    ],
)
def test_excellent_duty_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text.split("\n\n")[0], text


def test_denial_right_for_a_disciplined_person(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "anh Tuấn htxs nv nhung bi khien trach, nghe noi k dc CSTDCS dung k", "Có"
    )
    assert "kỷ luật" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e co sang kien dc cong nhan nhung chi hoan thanh tot nv, ke toan bao phai HTXS nv moi "
        "duoc xet CSTDCS, dung ko ad",
        "chị Lan hoàn thành tốt nhiệm vụ, có sáng kiến được hội đồng xã công nhận; phó phòng "
        "nói bắt buộc HTXS mới được CSTĐCS, đúng không ạ",
        "có phải chỉ htxs mới được chiến sĩ thi đua cơ sở không",
        "nghe noi k dat htxs thi k dc de nghi cstdcs, co dung k",
        "Anh em có đề tài khoa học đã nghiệm thu, chỉ hoàn thành tốt nhiệm vụ. Văn phòng nói "
        "phải hoàn thành xuất sắc nhiệm vụ thì mới được đề nghị CSTĐCS. Đúng không?",
    ],
)
def test_excellent_duty_not_the_only_route(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sáng kiến được cơ sở công nhận" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Tôi là văn thư phường, chị Hoa năm 2024 được CSTĐCS, năm nay lại xuất sắc, sếp bảo "
        "chỉ xét một lần thôi, năm nay khỏi đề nghị. Có đúng ko",
        "nghe nói danh hiệu chiến sĩ thi đua cơ sở mỗi người chỉ được tặng một lần trong đời, "
        "có đúng không",
        "LĐTT chỉ được 1 lần thôi phải không ạ",
        "anh Quang 2025 dat CSTDCS roi, nam 2026 van htxs, ke toan bao CSTDCS chi dc 1 lan, "
        "k de nghi lai dc, dung k",
        "chi Mai nam ngoai dc CSTDCS, pho chu tich bao da dat roi thi k duoc de nghi lai nua, "
        "dung khong",
    ],
)
def test_title_not_once_only(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    # the rule leads, or follows as the reason of the facts' own "Không"
    assert "tặng nhiều lần" in text, text


def test_one_year_titles_paid_once_kept(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "anh Ba đạt cả LĐTT và CSTĐCS cùng năm, nghe nói chỉ được nhận tiền 1 lần, đúng không",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("co phai chua dat LDTT thi k the xet CSTDCS k", "Có"),
        ("có phải không đạt LĐTT thì không được xét CSTĐCS không", "Có"),
        ("Cho em hỏi có phải nghỉ thai sản 6 tháng thì không được xét LĐTT không ạ", "Không"),
        ("có phải bị khiển trách thì mất LĐTT không", "Có"),
        ("co phai chua dat lao dong tien tien thi k xet dc chien si thi dua co so ko", "Có"),
    ],
)
def test_rule_put_up_inside_co_phai(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "tôi là giám đốc hợp tác xã, tặng chiến sĩ thi đua cơ sở cho xã viên thì có phải "
            "xin ủy ban nhân dân xã không",
            "Không",
        ),
        ("htx tang cstdcs cho xa vien co phai qua hoi dong thi dua xa k ad", "Không"),
        (
            "Giám đốc DN tặng giấy khen cho nhân viên thì có cần trình Chủ tịch UBND phường "
            "duyệt không",
            "Không",
        ),
        ("doanh nghiệp khen lao động tiên tiến có phải được xã đồng ý không", "Không"),
        (
            "giám đốc công ty tặng giấy khen cho công nhân, không cần trình xã đúng không",
            "Có",
        ),
        ("cty minh, giam doc ky LDTT cho cong nhan la du, k can trinh UBND phuong, phai k", "Có"),
    ],
)
def test_firm_needs_no_leave(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tự quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("có đúng là tiền thưởng giấy khen không phải chịu thuế không", "Có"),
        ("ke toan bao tien thuong LDTT phai khai thue TNCN, co dung la dc mien k", "Có"),
        (
            "anh em được thưởng CSTĐCS 2.530.000, người bảo phải khai thuế thu nhập cá nhân "
            "người bảo không, cho tôi hỏi có đúng là được miễn không",
            "Có",
        ),
        ("thuong CSTDCS co dung la dc mien thue TNCN k", "Có"),
        ("có phải tiền thưởng giấy khen phải nộp thuế không", "Không"),
    ],
)
def test_tax_exemption_mirrored(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "thu nhập chịu thuế" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("a truong phong bao chi LDTT 759.000 dung theo he so k dc lam tron, dung k", "Không"),
        (
            "kế toán nói tiền thưởng LĐTT là 759.000 đồng, không được làm tròn, đúng không",
            "Không",
        ),
        (
            "chị văn phòng bảo giấy khen cá nhân không được 760.000 mà chỉ 759.000, có đúng không",
            "Không",
        ),
        ("nghe noi LDTT thuong 760.000, k phai 759.000, dung k", "Có"),
        ("ke toan bao CSTDCS chi 2.530.000 thoi, k dc them, dung k", "Có"),
    ],
)
def test_sum_claimed_not_turned(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "làm tròn" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "xa mien nui, chi thuong xuyen 30 ty, chi dinh trich quy thi dua khen thuong 2%, "
            "hoi trich 2% co vuot muc toi da k",
            "Có",
        ),
        ("xã đồng bằng trích quỹ thi đua 1,2% tổng chi thường xuyên thì có vượt mức không", "Có"),
        ("xa vung sau trich quy tdkt 1,5% co vuot muc toi da ko", "Không"),
        (
            "phường em ở đồng bằng định trích quỹ khen thưởng 0,8% chi thường xuyên, vậy có "
            "quá mức tối đa không",
            "Không",
        ),
        ("xã miền núi trích quỹ TĐKT 1,8 % có vượt quy định không ạ", "Có"),
    ],
)
def test_fund_share_over_the_cap(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tối đa" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói sáng kiến để xét chiến sỹ thi đua tỉnh thì chỉ cần hội đồng cơ sở công "
        "nhận là đủ có phải không",
        "CSTĐ cấp tỉnh chỉ cần sáng kiến được xã công nhận thôi đúng k",
        "sang kien de xet cstd tinh chi can don vi cong nhan la du phai k ad",
        "chiến sĩ thi đua tỉnh thì sáng kiến cơ sở công nhận là đủ rồi, có đúng không ạ",
        "truong phong bao xet chien sy thi dua tinh chi can sang kien dc phuong cong nhan, dung k",
    ],
)
def test_province_title_initiative_level(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "trong tỉnh" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # a story's own refusal is no line reported; the ask that closes the letter is answered
        "chị Thu năm ngoái không được đề nghị CSTĐCS dù hoàn thành xuất sắc nhiệm vụ, vì chưa "
        "có sáng kiến. Theo luật thì không có sáng kiến vẫn có thể được CSTĐCS đúng không",
        # excellent duty offered as the other answer after "hay" is no line put up
        "chị Na có đề tài đã nghiệm thu, hoàn thành tốt nhiệm vụ; chị có dc đề nghị CSTĐCS k, "
        "hay bắt buộc phải hoàn thành xuất sắc nhiệm vụ",
    ],
)
def test_story_and_alternative_not_claims(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # a requirement counted ("chỉ cần 1 lần") and a payment counted ("1 lần tiền thưởng")
        # are no once-only claim
        "có người nói CSTĐ toàn quốc chỉ cần 1 lần CSTĐ tỉnh, đúng không",
        "nghe nói 2 danh hiệu ở 2 thời kỳ khác nhau thì chỉ được 1 lần tiền thưởng, đúng k",
    ],
)
def test_other_counts_not_once_only(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Một danh hiệu được tặng nhiều lần" not in text, text
