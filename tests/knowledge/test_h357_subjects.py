"""Task h357 (stop 40, issue 11): whose title or award a question is about.

The asker's own post ("em là tổ trưởng TDP"), the unit that proposes ("hội phụ nữ đề nghị …"),
the body that recognises ("được phòng GD huyện công nhận") and the level that acts on a firm
("HTX bị xã thu hồi giấy khen") are not the subject; a title told as already held ("đã đủ
LĐTT", "đều đạt CSTĐCS") is the case, not the thing asked; "cả hai" may count people. Workers
outside the State by their trade ("thợ may", "xe ôm") are the khoản 3 group of Luật 2022 Điều
24; a pupil's schooling is no officer's course; "công nhân" may be a firm's staff, whose
director decides (Điều 80 khoản 4); a rescue told as "chở hơn 20 người ra chỗ an toàn" is a
deed commended at once (Điều 85); every leave or contract told of one person is answered."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "e la truong ap, ngay xua xet ap van hoa do huyen ky, bua ni xa ky dung k",
        "tui la truong thon, ngay xua xet thon van hoa do huyen ky, bua ni xa ky dung k",
        "em la truong ap, ap van hoa gio chu tich xa ky quyet dinh phai k",
        "Mình là tổ trưởng tổ dân phố. Tổ dân phố văn hóa có phải do chủ tịch phường "
        "công nhận không?",
        "toi lam truong khom, khom van hoa nam nay xa cong nhan dung ko",
        "tui la to truong to dan pho, nam nay to dan pho van hoa do chu tich phuong ky dung k",
    ],
)
def test_asker_post_is_no_subject(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "không tặng cho cá nhân" not in text, text
    assert "Chủ tịch UBND xã quyết định công nhận thôn" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi muon len CSTDCS thi sang kien phai dc phong GD huyen cong nhan, dung k",
        "nghe nói giáo viên muốn đạt CSTĐCS bắt buộc có sáng kiến được phòng giáo dục "
        "huyện công nhận, đúng không",
        "to truong bao CSTDCS phai co SKKN do phong GD huyen cong nhan moi dc, dung ko",
        "giáo viên muốn lên CSTĐCS thì phải có SKKN được phòng GD huyện công nhận đúng k",
        "nghe noi xet CSTDCS cho gv bat buoc co sang kien dc phong gd huyen cong nhan, co that k",
    ],
)
def test_recognising_office_is_no_subject(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "là danh hiệu cá nhân" not in text, text
    assert "hoàn thành xuất sắc nhiệm vụ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("HTX bị xã thu hồi giấy khen vì khai man thành tích có đúng không", "Có"),
        ("cong ty bi UBND xa huy giay khen do gian doi thanh tich, xa co quyen k", "Có"),
        ("nghe nói doanh nghiệp bị xã thu hồi giấy khen nếu kê khai sai, có thật không", "Có"),
        ("htx duoc xa tang giay khen nam ngoai, nay phat hien khai man, xa co thu hoi dc k", "Có"),
        ("nghe noi hop tac xa bi xa thu hoi giay khen khi khai sai thanh tich, dung k", "Có"),
        # the firm that gave the award itself: its director revokes, not the xã
        ("giam doc HTX tang giay khen cho xa vien, UBND xa co quyen huy k", "Không"),
    ],
)
def test_firm_acted_on_is_no_giver(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Có":
        assert "người đã quyết định tặng, có thẩm quyền hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tôi làm thợ hồ ở thôn, không phải công chức, có được xét LĐTT không",
        "anh Ba chay xe om, co dc binh LDTT o xa k",
        "chị Hoa bán tạp hóa ở chợ xã có được bình lao động tiên tiến không ạ",
        "em lam nghe tu do, LDTT co xet cho em ko",
        "ông Tư làm thuê, không làm nhà nước, có được lao động tiên tiến không ạ",
        "Tôi chạy xe ôm ở thôn, không làm nhà nước, có được xét Lao động tiên tiến không",
    ],
)
def test_trades_are_khoan_3(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sản xuất có hiệu quả" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "công chức vừa nghỉ thai sản vừa đi bồi dưỡng 2 tháng loại giỏi, có được LĐTT không",
        "chi ke toan vua nghi de vua di hoc ngan han 1 thang, xep loai kha, LDTT co dc xet ko",
        "gv vua nghi sinh vua di hoc boi duong 2 thang loai kha, cuoi nam xet LDTT dc ko",
        "viên chức trạm y tế vừa nghỉ thai sản vừa đi tập huấn 1 tháng đạt khá, "
        "LĐTT có xét được không",
        "can bo hoi nong dan vua nghi sinh con vua di hoc lop boi duong 2 thang loai gioi, "
        "co dat LDTT k",
    ],
)
def test_two_leaves_both_answered(officer_kb: KnowledgeBase, question: str) -> None:
    first = ask_verdict(officer_kb, question, "Có").split("\n\n")[0]
    assert "thai sản" in first, first
    assert "đi học" in first, first


@pytest.mark.parametrize(
    "question",
    [
        "co giao hop dong nghi thai san 4 thang, co dc LDTT k",
        "e la gv hop dong, nghi thai san tu thang 2 den thang 7, hieu truong bao hop dong k dc "
        "LDTT va nghi de cung k dc, vay e co dc k",
        "Nhân viên hợp đồng ở trạm y tế nghỉ sinh 5 tháng, trưởng trạm nói hợp đồng không được "
        "LĐTT và nghỉ sinh cũng không được. Vậy có được không ạ",
        "y si hop dong nghi de 6 thang, di lam lai hoan thanh tot nv, co dc LDTT k",
        "cô giáo mầm non hợp đồng, nghỉ sinh từ tháng 3 đến tháng 8. Hiệu phó bảo hợp đồng thì "
        "không được LĐTT, nghỉ sinh cũng không được. Có đúng không ạ",
    ],
)
def test_contract_and_leave_both_answered(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "thai sản" in first, text
    assert "hợp đồng" in first, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("hội cựu chiến binh đề nghị giấy khen cho 1 hộ, tiền thưởng hộ gia đình bằng cá nhân "
         "0,3 lần đúng không", "0,3"),
        ("Hội phụ nữ xã đề nghị giấy khen cho 3 hội viên, mỗi người được thưởng 0,3 lần lương "
         "cơ sở đúng không", "0,3"),
        ("hoi khuyen hoc de nghi giay khen cho gia dinh hieu hoc, ho gia dinh thuong ngang "
         "ca nhan phai k", "0,3"),
        ("hội người cao tuổi đề nghị giấy khen cho hộ ông Năm, giấy khen hộ thưởng bằng cá "
         "nhân đúng không", "0,3"),
        ("hoi phu nu xa de nghi giay khen cho ho chi Mai, nghe noi ho gia dinh thuong bang "
         "ca nhan, dung ko", "0,3"),
    ],
)  # fmt: skip
def test_proposer_is_no_subject(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert fact in text, text
    assert "Giấy khen của Chủ tịch UBND xã cho tập thể" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "title"),
    [
        (
            "chị Lan công chức văn phòng đã đạt LĐTT, hoàn thành xuất sắc, không có sáng kiến, "
            "có lên CSTĐCS được không",
            "Có",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "can bo da dat LDTT, hoan thanh xuat sac nv, chua co SK, xet CSTDCS dc ko",
            "Có",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "cô giáo 3 năm đều đạt CSTĐCS nhưng chưa có sáng kiến, tổ trưởng bảo đủ CSTĐ tỉnh "
            "rồi, đúng k",
            "Không",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
        (
            "thầy giáo đã đạt CSTĐCS 3 năm liên tục nhưng không có sáng kiến, người ta nói tự "
            "động đủ CSTĐ tỉnh, có đúng không",
            "Không",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
        (
            "Trường em có thầy dạy Văn, 2024, 2025, 2026 đều đạt CSTĐCS vì hoàn thành xuất sắc "
            "nhiệm vụ, chưa có sáng kiến nào. Có người nói như vậy là tự động đủ điều kiện CSTĐ "
            "cấp tỉnh, có đúng không ạ",
            "Không",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
    ],
)
def test_held_title_is_the_case(
    officer_kb: KnowledgeBase, question: str, verdict: str, title: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert text.startswith(f"**{title}") or f"\n**{title}" in text.split("\n\n")[1], text
    assert "Lao động tiên tiến: Sáng kiến" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "anh A và chị B đều đạt LĐTT, hoàn thành xuất sắc, cả 2 đều đủ điều kiện CSTĐCS phải không",
        "ca hai co deu dat LDTT va hoan thanh xuat sac nhiem vu, co xet CSTDCS duoc khong",
        "hai thầy cùng đạt LĐTT, hoàn thành xuất sắc; một thầy chưa có sáng kiến. Cả hai thầy "
        "có được đề nghị CSTĐCS không",
        "Trường có 2 giáo viên đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, 1 cô có sáng kiến. Cả "
        "hai cô đều đủ chuẩn CSTĐCS phải không ạ",
        "to co 2 nhan vien dat LDTT, HTXS nv, ca 2 deu du dk CSTDCS k a",
    ],
)
def test_both_people_not_several_titles(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Nhiều danh hiệu cùng lúc" not in text, text
    assert "hoàn thành xuất sắc" in text, text


def test_both_titles_still_several(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "dat LDTT va CSTDCS cung nam thi co nhan ca hai khoan tien k", "Không"
    )
    assert "Nhiều danh hiệu cùng lúc" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "sinh viên năm 3 đang đi học có được xét Lao động tiên tiến của xã không",
        "hs lop 12 dang di hoc co duoc LDTT ko",
        "Em là sinh viên đại học, đang đi học thì có được xét chiến sĩ thi đua cơ sở không?",
        "con toi dang di hoc dai hoc, xa co xet lao dong tien tien cho chau duoc khong",
        "chau nha em la sinh vien dang di hoc o tinh, he ve phu xa, co dc de nghi LDTT k",
    ],
)
def test_pupil_is_no_officer_on_course(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Học sinh, sinh viên không thuộc đối tượng" in text, text


def test_officer_on_course_still_counts(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "toi la giao vien, dang di hoc thac si 6 thang, co dc LDTT k", "Có"
    )
    assert "Thời gian đi học" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("cong nhan co dc xet LDTT k", "Có"),
        ("Công nhân có được bình chiến sĩ thi đua cơ sở không ạ", "Có"),
        ("công nhân có được Chiến sĩ thi đua cơ sở không hay chỉ cán bộ nhà nước", "Có"),
        ("người ta bảo công nhân thì không được CSTĐCS, chỉ công chức mới được, đúng không",
         "Không"),
        ("nghe noi cong nhan thi k bao gio dc CSTDCS, chi danh cho can bo nha nuoc, dung k",
         "Không"),
    ],
)  # fmt: skip
def test_workers_director_named(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


def test_farmer_has_no_director(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "nông dân có được xét LĐTT không", "Có")
    assert "Giám đốc" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "anh Hai dung ghe cho gan 15 nguoi trong vung ngap ra cho an toan, co phai cho tong ket "
        "cuoi nam moi khen k",
        "trong đợt bão, tổ thanh niên sơ tán khoảng 30 hộ dân ra nơi an toàn, có phải đợi cuối "
        "năm mới khen không",
        "chị Ba chèo xuồng chở hơn 10 người già ra chỗ an toàn lúc lũ, xã khen có phải đợi tổng "
        "kết không",
        "ông Tư cứu gần 20 người khỏi đám cháy, có phải chờ cuối năm mới được khen không",
        "em bán cá ở chợ, lũ về em chở được hơn 12 bà con ra chỗ an toàn. Xã bảo sẽ khen, có "
        "phải đợi tổng kết năm không ạ",
    ],
)
def test_rescue_deed_commended_at_once(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đột xuất" in text.split("\n\n")[0], text
