"""Task h236 (stop 34): the leaders who sign, and who acts now after the reform.

Luật 2022 Điều 80 khoản 3 and NĐ 129/2025 Điều 59: the xã's awards are decided and signed by
the Chủ tịch UBND xã (phường, đặc khu), in his name; khoản 4: the director of a firm or a
cooperative decides its own LĐTT, CSTĐCS, TTLĐTT and giấy khen. Since 01/7/2025 there is no
district: what its chairman decided is the commune chairman's now.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "bí thư đảng ủy phường có được ký giấy khen thay chủ tịch UBND không",
        "pho chu tich xa tu ky giay khen nhan danh pho chu tich cho ho gia dinh dc k",
        "Chủ tịch HĐND xã ký quyết định tặng Lao động tiên tiến cho công chức được không?",
        "chu tich hoi dong nhan dan phuong co dc ky giay khen cho ho dan k",
        "e la pho chu tich dac khu, chu tich nghi phep, e ky giay khen dot xuat thay chu tich dc k",
        "chu tich mat tran xa co duoc ky giay khen tang cac chi hoi k",
    ],
)
def test_another_office_holder_does_not_sign_the_chairmans_award(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND" in text and "Điều 80" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "toi la pho chu tich xa, LDTT cho cong chuc xa thi chu tich xa ky dung k",
        "bí thư đảng ủy xã có được đề nghị xét Lao động tiên tiến không",
    ],
)
def test_a_holder_named_only_as_the_asker_or_the_person_keeps_the_yes(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "trước đây chủ tịch UBND huyện ký LĐTT cho giáo viên, giờ bỏ huyện rồi thì chủ tịch xã ký"
        " phải không",
        "truoc gui phong noi vu quan, nay k con quan thi chu tich phuong ky TTLDTT cho truong"
        " dung k",
        "bo huyen roi thi chu tich dac khu ky giay khen cho to dan pho dung ko",
        "Trước kia huyện ký Chiến sĩ thi đua cơ sở cho viên chức trạm y tế, nay hết huyện thì chủ"
        " tịch UBND xã quyết định đúng không",
        "huyen bo r, CSTDCS cho giao vien mam non gio chu tich xa ky la dung phai k",
    ],
)
def test_the_xa_chairman_signs_now_what_the_district_signed(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "trước gửi danh sách LĐTT lên huyện, giờ bỏ huyện thì công ty tự ký được không",
        "bo huyen roi thi HTX tu ky quyet dinh LDTT cho xa vien dc k",
        "giờ không còn huyện, doanh nghiệp tư nhân tự công nhận Chiến sĩ thi đua cơ sở cho công"
        " nhân được không",
        "cty may truoc xin huyen khen, nay bo huyen thi cty tu khen LDTT cho cong nhan dc ko",
        "hop tac xa truoc nop ds len quan, gio bo quan thi giam doc HTX tu quyet dinh LDTT duoc k",
    ],
)
def test_a_firm_or_cooperative_decides_for_itself_after_the_reform(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói bỏ cấp huyện nên công ty không còn quyền khen LĐTT cho công nhân, phải đề nghị"
        " xã, đúng không",
        "tu khi bo huyen thi HTX mat quyen tang CSTDCS cho xa vien, phai xin xa ky, dung k",
        "bo quan roi nen doanh nghiep het quyen ky LDTT, phai trinh chu tich phuong, phai k",
        "giờ bỏ huyện thì hợp tác xã không được tự khen LĐTT nữa, phải do chủ tịch xã ký, đúng k",
        "bo huyen thi cty k con quyen tang giay khen cho cong nhan, phai de nghi xa dung ko",
    ],
)
def test_a_firm_keeps_its_power_after_the_reform(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "toi la chu tich xa, co chi ke toan moi tuyen dung tu thang 9, phong de nghi LDTT, toi ky"
        " dc k",
        "Tôi là chủ tịch phường. Một viên chức bị kỷ luật khiển trách hồi tháng 4, trường vẫn đề"
        " nghị Lao động tiên tiến. Tôi có ký được không?",
        "chu tich dac khu hoi: giao vien vua tuyen dung thang 10, truong de nghi CSTDCS, toi ky"
        " cho co ay duoc ko",
        "công chức bị khiển trách tháng 6, cuối năm hoàn thành tốt nhiệm vụ, chủ tịch xã có nên"
        " ký LĐTT cho anh ấy không",
        "chu tich xa co ky LDTT cho cong chuc moi tuyen dung dc k",
    ],
)
def test_may_i_sign_with_a_barring_case_told_is_the_case(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "toi la chu tich xa, cong chuc dia chinh hoan thanh tot nhiem vu, de nghi LDTT, toi ky"
        " dc k",
        "Tôi là chủ tịch phường, giáo viên nghỉ thai sản 6 tháng, trường đề nghị LĐTT, tôi ký"
        " được không",
    ],
)
def test_may_i_sign_with_no_barring_case_stays_who_decides(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "phòng văn hóa - xã hội muốn được TTLĐXS, có bắt buộc phải có người đạt CSTĐCS không",
            "Có",
        ),
        ("to dan pho so 2 muon dc TTLDTT, co can phai co nguoi dat LDTT k", "Có"),
        (
            "Trạm y tế xã muốn được Tập thể lao động tiên tiến, có bắt buộc có người đạt CSTĐCS"
            " không",
            "Không",
        ),
        ("van phong ubnd phuong muon dat TTLDXS, co phai co ca nhan dat CSTDCS k", "Có"),
        (
            "truong mam non muon duoc tap the lao dong tien tien, co can co nguoi dat chien si"
            " thi dua co so khong",
            "Không",
        ),
    ],
)
def test_a_title_wanted_then_a_member_title_required_asks_the_wanted_criteria(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiêu chuẩn" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "trường tiểu học của xã có được đề nghị Cờ thi đua của UBND tỉnh không",
        "don vi su nghiep van hoa the thao xa co dc de nghi co thi dua tinh k",
        "don vi su nghiep thuoc phuong co duoc xet co thi dua cua tinh khong",
        "cơ quan UBND đặc khu có được đề nghị tặng cờ thi đua tỉnh không ạ",
        "truong mam non xa e dan dau cum thi dua, co dc de nghi Co thi dua cua UBND tinh k",
    ],
)
def test_a_unit_may_be_proposed_for_the_province_flag(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Sở Nội vụ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "dac khu hop hoi dong xet CSTDCS, co phai bo phieu dat tren 70% moi de nghi dc k",
        "hội đồng xã xét LĐTT thì số phiếu phải đạt trên 50% mới được, đúng không",
        "xet TTLDTT co phai bieu quyet dat 2/3 thanh vien k",
        "Phường họp xét Chiến sĩ thi đua cơ sở, phiếu đạt trên 80% mới đề nghị được phải không",
        "xet giay khen ca nhan thi phieu phai dat tren 50% dung k",
    ],
)
def test_a_share_of_votes_asks_the_vote_share_not_a_cap(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Tỷ lệ phiếu cần đạt**") or "Tỷ lệ phiếu cần đạt" in text, text
    assert "tỉnh" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xã muốn được xã tiêu biểu, có phải đăng ký trước từ đầu năm không",
        "truong muon TTLDXS thi co phai dang ky truoc k",
        "muon dc CSTDCS co bat buoc dang ky thi dua tu dau nam khong",
        "thon muon dat TTLDTT co can dang ky truoc ko",
        "Cơ quan muốn được Tập thể lao động tiên tiến thì có phải đăng ký thi đua đầu năm không",
    ],
)
def test_registration_asked_with_a_title_wanted_is_the_registration_rule(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert "đăng ký" in text.split("\n\n")[0].lower(), text
