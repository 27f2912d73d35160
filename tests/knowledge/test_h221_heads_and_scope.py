"""Task h221 (stop 33): who is claimed to give an award, off-topic words shared with the field,
a wrong reform day, a burn taken rescuing someone.

Luật 2022 Điều 80: the heads named there decide (at the xã its chairman, khoản 3; a firm's or a
cooperative's director, khoản 4); the head of a đoàn thể, of the Mặt trận, of the HĐND or of a
public service unit of the xã reviews and proposes, he decides nothing. The district level went
on 01/7/2025. Time in hospital for a wound taken rescuing someone counts towards LĐTT (TT 15/2025).
"""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import on_topic
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chủ tịch hội nông dân xã có được ký giấy khen thay chủ tịch UBND xã không",
        "nghe noi chu tich hoi lien hiep phu nu xa duoc tu quyet dinh tang LDTT cho can bo hoi,"
        " dung k",
        "bi thu xa doan co quyen tu ky giay khen cho doan vien k a",
        "chủ tịch UBMTTQ xã ký quyết định công nhận gia đình văn hóa cho các hộ được không",
        "Giấy khen của xã cho hội viên có phải do chủ tịch Hội Cựu chiến binh ký không",
        "chu tich hdnd xa duoc quyet dinh tang danh hieu lao dong tien tien cho cong chuc k",
        "khen 3 hội viên bằng giấy khen của xã thì phải trình chủ tịch hội đồng nhân dân xã ký à",
    ],
)
def test_a_commune_body_head_decides_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giam doc trung tam dich vu nong nghiep thuoc xa dc tu quyet dinh CSTDCS cho vien chuc k",
        "Giám đốc ban quản lý dự án của xã có thể ký quyết định tặng giấy khen cho nhân viên không",
        "giám đốc trung tâm cung ứng dịch vụ công của xã tự ký LĐTT cho viên chức được không",
        "nghe noi giam doc trung tam van hoa the thao thuoc ubnd xa duoc ky giay khen, dung k",
        "giam doc don vi su nghiep cua xa co quyen quyet dinh tang danh hieu LDTT k",
    ],
)
def test_a_service_unit_director_of_the_xa_decides_nothing(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "chu tich hoi phu nu co duoc ky to trinh de nghi tang giay khen cho hoi vien k",
        # the head asks whether the xã may recognise it: the xã is the one claimed
        "truong thon hoi xa co dc tu cong nhan thon van hoa k",
        "Chủ tịch UBND xã ký giấy khen cho hội viên phụ nữ đúng không",
    ],
)
def test_the_head_proposing_or_the_chairman_signing_stays_yes(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "nha em bi thu hoi dat lam truong hoc, tien boi thuong tinh the nao a",
        "Bị thu hồi đất nông nghiệp để làm đường thì được bồi thường bao nhiêu một mét",
        "muon thanh lap hop tac xa dich vu nong nghiep thi ho so gom nhung gi",
        "Doanh nghiệp tư nhân đăng ký kinh doanh mới nộp hồ sơ ở đâu vậy ad",
        "cho hoi chung thuc ban sao giay to o xa thi nop ho so o bo phan nao",
        "Hợp tác xã em muốn đăng ký thành lập thì nộp hồ sơ ở phòng nào của xã",
    ],
)
def test_land_business_and_civil_asks_are_declined(question: str) -> None:
    assert not on_topic(question, False), question


@pytest.mark.parametrize(
    "question",
    [
        "thu hoi giay khen cua xa thi ai ky quyet dinh",
        "thanh lap hoi dong thi dua khen thuong xa gom nhung ai",
        "tien thuong ldtt co phai dong thue k",
        "cấp huyện giải thể từ 1/7/2025 thì giấy khen ai ký",
    ],
)
def test_the_field_keeps_its_own_asks(question: str) -> None:
    assert on_topic(question, False), question


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("cap huyen bi bo tu 1/1/2025 phai khong", "1/1/2025"),
        ("Nghe nói bỏ cấp huyện từ ngày 1/3/2025, đúng không?", "1/3/2025"),
        ("huyen da giai the tu thang 1/2025 dung k", "tháng 1/2025"),
        ("từ 1/1/2026 cấp huyện bị bỏ phải không ạ", "1/1/2026"),
        ("bo huyen tu nam 2024 roi phai k", "năm 2024"),
    ],
)
def test_a_wrong_reform_day_is_denied(officer_kb: KnowledgeBase, question: str, told: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"không bỏ từ {told} mà từ ngày 01/7/2025" in text, text


def test_the_right_reform_day_is_confirmed(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "cap huyen bi bo tu 1/7/2025 dung khong", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "co giao truong tieu hoc cuu hoc sinh trong dam chay bi bong nang, nam vien 3 thang. thoi"
        " gian nam vien co bi tru khi xet LDTT k",
        "Anh ấy lao vào nhà cháy cứu 2 cháu nhỏ, bị bỏng phải nằm viện 3 tháng. Thời gian nằm"
        " viện đó có bị trừ khi bình xét lao động tiên tiến không ạ?",
        "chi ay xong vao cuu ba cu bi bong, nam vien 2 thang, thoi gian do co bi tru khi xet"
        " lao dong tien tien k",
    ],
)
def test_a_burn_taken_rescuing_is_no_sick_leave(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "không phải nghỉ ốm thông thường" in text, text
    assert "Tùy quy chế" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "can bo hoi dat CSTDCS 2 nam lien, nam thu 3 co sang kien cap tinh thi len CSTD tinh dc"
        " chua",
        "chi ay 2 nam lien CSTDCS, nam nay co sang kien duoc cong nhan cap tinh, vay len CSTD cap"
        " tinh duoc chua",
        "Cán bộ đoàn đạt chiến sĩ thi đua cơ sở hai năm liên tục, năm thứ ba có sáng kiến cấp tỉnh"
        " thì đã được CSTĐ tỉnh chưa?",
    ],
)
def test_an_initiative_of_the_province_is_no_decider(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa đủ 03 lần liên tục" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giáo viên đạt CSTĐCS 3 năm liền, có sáng kiến có ảnh hưởng trong tỉnh thì được đề nghị"
        " CSTĐ cấp tỉnh không",
        "chu tich tinh ky CSTD tinh dung k",
        "CSTĐ cấp tỉnh do chủ tịch UBND tỉnh quyết định phải không",
    ],
)
def test_the_province_still_decides_its_own_title(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi bo huyen roi thi hop tac xa khong duoc tu khen xa vien nua, phai trinh xa,"
        " dung k",
        "Từ khi bỏ cấp huyện, công ty trên địa bàn không còn tự khen thưởng người lao động, phải do"
        " chủ tịch xã ký hết, có đúng không?",
        "bo cap huyen thi doanh nghiep phai xin xa ky khen cho cong nhan dung k",
        "Em làm kế toán HTX. Nghe bảo bỏ huyện xong thì HTX không được tự khen nữa mà phải trình"
        " chủ tịch UBND xã, đúng không ạ?",
        "khong con cap huyen thi cong ty co phai trinh xa khen cho cong nhan k",
    ],
)
def test_the_reform_leaves_a_firm_its_own_awards(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 80 khoản 4" in text, text
