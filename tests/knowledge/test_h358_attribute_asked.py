"""Task h358 (stop 40, issue 11): which part of a form the question asks.

Each family below was read as another attribute than the one asked: "chỉ" (only) folded to
"chi" read as who pays; a courtesy tail ("nói rõ giúp tui nhen") made the bot decline; time
served ("không đủ thời gian") read as a deadline; "xã tự đặt ra tiêu chuẩn" read as who awards;
"bị xóa tên" read as revoking; the People's Council (HĐND) and a firm's business papers taken
for the field; days to a decision claimed ("7 ngày là phải có QĐ") read as where to send; a
bare "khen" told in the story or as "hình thức khen của xã"; one attribute compared across two
titles; a unit told not registered read as a decider claimed."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict


def _blocks(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("nghe bảo CSTĐ tỉnh chỉ thưởng 2 lần lương cơ sở thôi, có đúng không", "7.590.000"),
        ("cstd tinh chi thuong co 2 lan luong co so dung ko ad", "7.590.000"),
        ("nghe noi CSTD tinh chi thuong 2 lan luong co so, dung k", "7.590.000"),
        ("TTLĐXS chỉ thưởng 1 lần lương cơ sở thôi hả", "3.800.000"),
        ("Chiến sĩ thi đua cấp tỉnh chỉ thưởng 1,5 lần mức lương cơ sở phải không?", "7.590.000"),
    ],
)
def test_only_is_no_payer(officer_kb: KnowledgeBase, question: str, figure: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = _blocks(text)[0]
    assert "Tiền thưởng" in first and figure in first, text


def test_payer_claimed_still_judged(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "bằng khen tỉnh thì xã chi tiền thưởng phải không", "Không")
    assert "Ai chi tiền thưởng" in _blocks(text)[0], text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "tui la dan, muon biet chu tich xa ky dc nhung danh hieu chi, noi ro giup tui nhen",
            "Chủ tịch UBND xã được khen những gì",
        ),
        (
            "Chủ tịch xã được tặng những danh hiệu nào? Giải thích cụ thể giùm em với ạ",
            "Chủ tịch UBND xã được khen những gì",
        ),
        (
            "chủ tịch xã được tặng những danh hiệu nào, nói rõ hơn giùm tôi nhé",
            "Chủ tịch UBND xã được khen những gì",
        ),
        (
            "ông muốn biết xã được khen những danh hiệu gì, giải thích rõ giùm ông nghen",
            "Chủ tịch UBND xã được khen những gì",
        ),
        ("LDTT thuong bao nhieu, ad tra loi ro giup e nha", "Lao động tiên tiến: Tiền thưởng"),
        ("hồ sơ CSTĐCS gồm những gì, chỉ rõ giúp mình nhé, cảm ơn ad", "Chiến sĩ thi đua cơ sở"),
    ],
)
def test_courtesy_tail_kept_out(officer_kb: KnowledgeBase, question: str, head: str) -> None:
    text = ask(officer_kb, question)
    assert head in _blocks(text)[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nu ho sinh tram y te nghi thai san 6 thang nam nay, truong tram bao k du thoi gian "
        "nen gach ten khoi LDTT, dung k",
        "Cô giáo nghỉ sinh 6 tháng, hiệu trưởng nói không đủ thời gian nên không xét LĐTT, "
        "có đúng không?",
        "nghỉ thai sản 6 tháng thì không đủ thời gian xét LĐTT, đúng không ạ",
        "co giao nghi sinh 5 thang, hieu truong bao thieu thoi gian nen loai khoi LDTT, vay co "
        "dung k",
        "em nghi thai san 6 thang, truong bao k du thoi gian nen k xet LDTT cho em, dung ko",
    ],
)
def test_time_served_is_no_deadline(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = _blocks(text)[0]
    assert "Thời hạn" not in first and "thai sản" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "tieu chuan chi tiet GDVH do dau quy dinh, xa tu dat ra dc k",
        "xã có quyền tự đặt ra tiêu chuẩn GĐVH riêng không",
        "tieu chuan thon van hoa xa tu quy dinh dc ko",
        "Tiêu chuẩn gia đình văn hóa do đâu quy định? Xã tự ban hành được không?",
        "UBND xã tự đề ra tiêu chí khu dân cư văn hóa có được không ad",
    ],
)
def test_xa_sets_no_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = _blocks(text)[0]
    assert "Tiêu chuẩn" in first and "UBND tỉnh quy định chi tiết" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "nha tui co bi xoa ten GDVH neu co nguoi vi pham phap luat k, tieu chuan chi tiet do ai "
        "quy dinh",
        "Con trai tôi bị phạt hành chính vì đánh nhau, nhà tôi có bị xóa tên gia đình văn hóa "
        "không?",
        "nha co nguoi vi pham phap luat thi bi gach ten khoi danh sach GDVH dung k",
        "ho tui co nguoi bi xu phat, thon bao xoa ten GDVH nam nay, vay dung ko",
        "gia dinh co con nghien ma tuy thi co bi xoa ten gia dinh van hoa khong",
    ],
)
def test_struck_off_is_no_revoking(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = _blocks(text)[0]
    assert "Hủy bỏ" not in first and "Gia đình văn hóa" in first, text


def test_struck_from_decision_still_revokes(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "LĐTT đã có quyết định rồi, giờ phát hiện khai gian thì có bị xóa tên khỏi quyết "
        "định không",
    )
    assert "Hủy bỏ, thu hồi" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "mẫu biên bản họp HĐND xã kỳ họp thường lệ lấy ở đâu",
        "bien ban ky hop hoi dong nhan dan xa ai ky",
        "HĐND xã biểu quyết nghị quyết ngân sách cần bao nhiêu phiếu",
        "to trinh gui HDND xa ve ke hoach dau tu cong lam theo mau nao",
        "Kỳ họp HĐND xã cuối năm cần chuẩn bị những tài liệu gì",
        "HTX muon dang ky nhan hieu gao cua ap thi nop ho so o dau",
        "công ty muốn xây dựng thương hiệu sản phẩm thì làm hồ sơ gì",
        "Hợp tác xã xin cấp mã số vùng trồng nộp hồ sơ ở đâu",
        "doanh nghiep lam giay chung nhan an toan thuc pham o dau",
        "HTX đăng ký sở hữu trí tuệ cho sản phẩm OCOP thì nộp ở đâu",
    ],
)
def test_other_services_off_topic(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, TODAY).text
    assert text.startswith("**Ngoài lĩnh vực thi đua, khen thưởng**"), text


def test_council_of_the_field_still_answered(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "biên bản họp hội đồng thi đua xã ai ký")
    assert "Hội đồng" in _blocks(text)[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ho so TTLDTT cua hoi phu nu nop len xa thi 7 ngay la phai co QD, dung k",
        "Hồ sơ LĐTT gửi xã rồi, 5 ngày làm việc là có quyết định đúng không ạ",
        "giấy khen xã, nộp hồ sơ đủ thì 10 ngày có QĐ đúng không",
        "ho so CSTDCS nop xong thi 15 ngay se co ket qua phai khong ad",
        "Nghe nói nộp hồ sơ TTLĐTT lên xã thì 3 ngày là phải ký quyết định, có đúng vậy không?",
    ],
)
def test_days_to_decision_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = _blocks(text)[0]
    assert "Thời hạn giải quyết" in first and "tỉnh" in first, text


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "ban quan ly cho xa de nghi khen cho cac tieu thuong thuc hien tot van minh thuong "
            "mai, thi ho so gom nhung gi",
            ("Giấy khen", "tờ trình", "báo cáo thành tích", "biên bản"),
        ),
        (
            "xa de nghi khen cho ba con tieu thuong bán hàng văn minh, ho so can gi",
            ("Giấy khen", "tờ trình", "biên bản"),
        ),
        (
            "Dear ad, toi la Viet kieu Uc, nam 2025 toi va ban be o Uc gui ve 300 trieu ung ho "
            "xa khac phuc bao. Xa co gui thu cam on va noi se de nghi khen. Toi muon hoi hinh "
            "thuc khen cua xa cho nguoi nhu toi la gi va ai quyet dinh",
            ("Giấy khen", "Chủ tịch UBND xã quyết định"),
        ),
        (
            "toi 68 tuoi, nghi huu o thon, lam chi hoi truong chi hoi nguoi cao tuoi. nam nay "
            "chi hoi van dong dc 40 trieu lam den duong, xa bao khen ca nhan toi va ca chi hoi. "
            "toi hoi ca nhan toi va chi hoi dc thuong bao nhieu, ai ky",
            ("760.000", "1.520.000", "Chủ tịch UBND xã"),
        ),
        (
            "toi la truong thon, xa bao khen ca nhan toi va ca thon. ca nhan toi va thon dc "
            "thuong bao nhieu, ai ky",
            ("760.000", "1.520.000", "Chủ tịch UBND xã"),
        ),
    ],
)
def test_bare_khen_is_the_xa_giay_khen(
    officer_kb: KnowledgeBase, question: str, facts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Giấy khen của Chủ tịch UBND xã"), text
    for fact in facts:
        assert fact in text, (fact, text)


@pytest.mark.parametrize(
    ("question", "heads"),
    [
        (
            "tien thuong tap the lao dong tien tien va tap the lao dong xuat sac nam 2026 khac "
            "nhau the nao",
            ("Tập thể lao động tiên tiến: Tiền thưởng", "Tập thể lao động xuất sắc: Tiền thưởng"),
        ),
        (
            "tiền thưởng LĐTT và CSTĐCS khác nhau thế nào",
            ("Lao động tiên tiến: Tiền thưởng", "Chiến sĩ thi đua cơ sở: Tiền thưởng"),
        ),
        (
            "hồ sơ giấy khen và bằng khen tỉnh khác gì nhau",
            ("Giấy khen của Chủ tịch UBND xã: Hồ sơ", "Bằng khen của Chủ tịch UBND tỉnh: Hồ sơ"),
        ),
        (
            "ai quyet dinh LDTT va CSTD tinh khac nhau the nao",
            ("Lao động tiên tiến: Ai quyết định", "Chiến sĩ thi đua cấp tỉnh: Ai quyết định"),
        ),
        (
            "tiền thưởng giấy khen xã và bằng khen tỉnh chênh lệch thế nào",
            (
                "Giấy khen của Chủ tịch UBND xã: Tiền thưởng",
                "Bằng khen của Chủ tịch UBND tỉnh: Tiền thưởng",
            ),
        ),
    ],
)
def test_one_attribute_compared(
    officer_kb: KnowledgeBase, question: str, heads: tuple[str, str]
) -> None:
    blocks = _blocks(ask(officer_kb, question))
    assert heads[0] in blocks[0], blocks
    assert any(heads[1] in b for b in blocks[1:3]), blocks


@pytest.mark.parametrize(
    "question",
    [
        "don vi k dang ky thi dua dau nam thi cuoi nam luat cam xet LDTT dung k",
        "luật cấm xét LĐTT nếu không đăng ký thi đua phải không",
        "chua dang ky thi dua thi luat cam de nghi CSTDCS ha",
        "Phòng văn hóa không đăng ký thi đua đầu năm nên luật cấm xét TTLĐTT cuối năm, đúng "
        "không ạ",
        "trường không đăng ký thi đua thì luật cấm công nhận TTLĐTT à",
    ],
)
def test_registration_claimed_to_bar(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    blocks = _blocks(text)
    assert "Đăng ký thi đua" in blocks[0] and "đăng ký" in blocks[0], text
