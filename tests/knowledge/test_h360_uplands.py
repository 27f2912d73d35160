"""Task h360 (stop 40): the words and claims of the mountain and ethnic-minority communes.

Hamlets go by many names (buôn, bon, plei, làng, bản, phum, sóc …): their "… văn hóa" is the
thôn, tổ dân phố văn hóa (Luật Thi đua, khen thưởng 2022 Điều 30; NĐ 86/2023), and their head
confirms a household's báo cáo thành tích as the trưởng thôn does (domain.md 2.1). A former
district officer who tells a saying ("cán bộ huyện cũ nói …") is a teller: the reform block does
not judge the saying. A cap asked of the asker's own unit is the province's quy chế's. A border
guard is a quân nhân: Chiến sĩ tiên tiến (Điều 24 khoản 2). Đột xuất goes by the simplified
procedure, with no council vote or minutes (Điều 85). The prize is reckoned on the signing day's
base, whichever contrast the claim is put in (NĐ 152/2025 Điều 49). A sáng kiến certificate is
needed only on that route (Điều 23 khoản 2). A firm keeps its own power (Điều 80 khoản 4).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("buôn em năm nay đạt buôn văn hóa thì được thưởng bao nhiêu", "3.800.000"),
        ("lang van hoa bay gio ai cong nhan vay", "Chủ tịch UBND xã"),
        ("Ai ký công nhận làng văn hóa cho làng tôi ở Tây Nguyên?", "Chủ tịch UBND xã"),
        ("plơi văn hóa được thưởng mấy tiền", "3.800.000"),
        ("bon dat van hoa thi ai quyet dinh cong nhan", "Chủ tịch UBND xã"),
    ],
)
def test_upland_hamlet_title(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask(officer_kb, question)
    assert "Thôn, tổ dân phố văn hóa" in text and fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Plei của tôi có được xét danh hiệu plei văn hóa không?",
        "buon e co dc cong nhan buon van hoa ko",
        "làng chúng tôi có được xét làng văn hóa không hay chỉ thôn ở đồng bằng mới được",
        "Bon ở xã vùng cao có được công nhận bon văn hóa không ạ",
        "plei van hoa co con xet nua k",
    ],
)
def test_upland_hamlet_may_be_recognised(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Thôn, tổ dân phố văn hóa" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("báo cáo thành tích của hộ gia đình ở bản có cần trưởng bản xác nhận không", "Có"),
        ("truong buon xac nhan bao cao thanh tich cho ho gia dinh duoc ko", "Có"),
        ("Trưởng làng ký xác nhận báo cáo thành tích hộ gia đình có được không ạ", "Có"),
        ("ho o ap, bao cao thanh tich thi truong ap xac nhan dc k", "Có"),
        ("già làng xác nhận báo cáo thành tích cho hộ gia đình được không", "Không"),
    ],
)
def test_hamlet_head_confirms_household_report(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "xác nhận của trưởng thôn" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "chị ở phòng nội vụ huyện cũ bảo không đăng ký thi đua thì cuối năm không được "
            "xét LĐTT, đúng không",
            "Tùy",
        ),
        (
            "Anh cán bộ huyện cũ nói hồ sơ LĐTT phải có biên bản họp hội đồng, có đúng không?",
            "Có",
        ),
        ("cb huyen cu noi k dang ky thi dua dau nam thi cuoi nam k dc khen, dung ko", "Tùy"),
        ("can bo huyen cu bao LDTT van do chu tich huyen ky, dung k", "Không"),
        ("zalo bảo cấp huyện bỏ từ 1/7/2025, đúng k ạ, vậy LĐTT giờ ai ký", "Có"),
    ],
)
def test_former_district_officer_is_a_teller(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("CSTĐCS ở trường em có bị khống chế 15% số LĐTT không", "Tùy"),
        ("cstdcs xa toi co bi gioi han 15 % so ldtt khong", "Tùy"),
        ("CSTĐCS trong HTX em có bị khống chế 15% không?", "Tùy"),
        ("chien si thi dua co so tram y te minh co bi gioi han 15% k ad", "Tùy"),
        ("luật có giới hạn 15% CSTĐCS không", "Không"),
        ("luat TDKT co quy dinh ti le toi da CSTDCS 15% toan quoc k", "Không"),
    ],
)
def test_cap_of_own_unit_is_the_provinces(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tỉnh" in text.split("\n\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "chien si don bien phong co dc xet ldtt o xa ko",
        "Chiến sĩ đồn biên phòng trên địa bàn xã có được xét danh hiệu LĐTT của xã không?",
        "anh em biên phòng giúp dân chống lũ, xã xét lao động tiên tiến cho họ được k",
        "Xã em có mấy chiến sĩ biên phòng ở đồn, họ có được xã bình xét LĐTT cuối năm không?",
        "lính biên phòng có được danh hiệu lao động tiên tiến của xã không",
    ],
)
def test_border_guard_gets_chien_si_tien_tien(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chiến sĩ tiên tiến" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "khen đột xuất cho người cứu đuối có phải bỏ phiếu kín không",
        "de nghi khen dot xuat co can bien ban bieu quyet cua hoi dong k",
        "xã khen đột xuất anh dân quân dập lửa, có phải họp biểu quyết không",
        "Khen đột xuất thì hội đồng có cần biểu quyết không hay chỉ cần tờ trình?",
        "khen dot xuat co phai lam bien ban bieu quyet ko",
    ],
)
def test_dot_xuat_needs_no_vote(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tóm tắt" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Tiền thưởng LĐTT tính theo lương cơ sở lúc chi tiền, không phải lúc ký quyết "
            "định, đúng không?",
            "Không",
        ),
        ("tien thuong tinh theo luong co so ngay nhan tien, ko phai ngay ky qd, dung ko", "Không"),
        (
            "nghe nói tiền thưởng giấy khen tính theo lương cơ sở ngày trao thưởng, k phải ngày "
            "ký QĐ, phải k",
            "Không",
        ),
        (
            "thưởng CSTĐCS tính theo lương cơ sở thời điểm chi, không phải thời điểm ký quyết "
            "định, đúng k",
            "Không",
        ),
        (
            "tiền thưởng tính theo lương cơ sở ngày ký quyết định, không phải ngày trao, đúng "
            "không",
            "Có",
        ),
    ],
)
def test_base_day_claimed_in_reversed_contrast(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "ngày ký quyết định" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("ho so CSTDCS co bat buoc kem giay chung nhan sang kien k", "Không"),
        (
            "Đề nghị chiến sĩ thi đua cơ sở thì hồ sơ bắt buộc phải có giấy công nhận sáng "
            "kiến phải không",
            "Không",
        ),
        ("hồ sơ cstdcs có bắt buộc văn bản công nhận sáng kiến không ạ", "Không"),
        (
            "CSTĐCS theo đường sáng kiến thì hồ sơ có bắt buộc giấy công nhận sáng kiến không",
            "Có",
        ),
    ],
)
def test_route_paper_is_not_mandatory(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "hoàn thành xuất sắc nhiệm vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi HTX muon khen xa vien thi phai trinh huyen nhu truoc, dung k",
        "Công ty muốn tặng giấy khen cho công nhân vẫn phải xin ý kiến huyện đúng không?",
        "giam doc htx tang LDTT cho xa vien co phai trinh len huyen ko",
        "doanh nghiệp khen người lao động của mình có phải gửi lên phòng nội vụ huyện không",
        "HTX xét CSTĐCS cho xã viên vẫn phải qua huyện à",
    ],
)
def test_firm_keeps_its_power(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "thi đua khen thưởng giờ áp dụng luật nào, nghị định nào",
        "thi dua khen thuong theo nhung van ban nao, luat nao",
        "làm thi đua khen thưởng bây giờ phải căn cứ văn bản pháp luật nào",
        "cac van ban ve thi dua khen thuong dang con hieu luc la gi",
        "các văn bản pháp luật về thi đua khen thưởng đang áp dụng là gì",
    ],
)
def test_texts_in_force(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "06/2022" in text and "152/2025" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói thôn văn hóa chỉ cần trưởng thôn với bí thư chi bộ tự công nhận là được, đúng k",
        "đoàn thể bản bảo bản văn hóa chỉ cần trưởng bản với bí thư chi bộ tự công nhận, đúng k",
        "buôn văn hóa do trưởng buôn và già làng tự công nhận phải không",
        "truong thon cung ban cong tac mat tran tu cong nhan thon van hoa dc k",
        "lang van hoa thi truong lang voi chi bo tu cong nhan la xong dung ko",
    ],
)
def test_village_actors_claimed_to_recognise(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nhân viên y tế cứu người đuối nước, nghe nói y tế chỉ được khen cuối năm, không có "
        "khen đột xuất, đúng k",
        "nghe noi giao vien k dc khen dot xuat, dung ko",
        "chị kế toán bảo hộ gia đình không được khen đột xuất, có đúng không",
        "hội phụ nữ không có khen đột xuất, đúng k",
        "doan vien cuu nguoi, nghe noi doan the k dc khen dot xuat, dung ko",
    ],
)
def test_form_denied_to_a_group(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đều có thể được khen" in text.split("\n\n")[0], text
