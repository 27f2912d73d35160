"""Task h258 (stop 35): employers outside the State and the asker's own unit kept in view.

A firm's or cooperative's director decides LĐTT, CSTĐCS and TTLĐTT for its own people, and the
xã neither signs nor reviews them (Luật Thi đua, khen thưởng 2022 Điều 80 khoản 4), whatever level
of duty or share the question tells; an employer that is no firm (a hộ kinh doanh, an unregistered
workshop, a pagoda's board, a club) has no such power. A firm's workers and a cooperative's
members take the criteria of Điều 24 khoản 3 (lao động, sản xuất có hiệu quả). Only schools
review by the school year (domain brief, "Time"). "thì xã viên" is no "thị xã", "làm thuê" no
tax, and an elderly resident who no longer works is not among those Điều 24 names."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict

_XA_CHAIR_LDTT = "Chủ tịch UBND xã quyết định tặng danh hiệu Lao động tiên tiến cho cán bộ"


@pytest.mark.parametrize(
    "question",
    [
        "tôi làm kỹ sư ở công ty TNHH, năm nay hoàn thành xuất sắc nhiệm vụ, ai ký quyết định "
        "CSTĐCS cho tôi",
        "cong nhan xuong may cua cty co phan hoan thanh tot nhiem vu thi LDTT ai quyet dinh",
        "Chị em là thợ may của công ty TNHH Hoa Sen, năm nay hoàn thành tốt nhiệm vụ. "
        "Ai ký quyết định Lao động tiên tiến cho chị?",
        "toi la chu nhiem HTX dich vu, to san xuat cua HTX co 8/12 nguoi dat LDTT thi ai ky QD "
        "TTLDTT",
        "em la giam doc cong ty co phan, muon tang LDTT cho tho thi ai ky quyet dinh",
    ],
)
def test_firm_people_have_their_director_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text
    assert _XA_CHAIR_LDTT not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "HTX đã ký quyết định LĐTT cho xã viên rồi thì xã có phải ký lại không",
        "giam doc cty ky LDTT cho cong nhan roi, UBND xa co can phe duyet k",
        "Công ty em tự bình xét LĐTT, CSTĐCS và giấy khen cho tổ sản xuất. Có bắt buộc gửi hồ sơ "
        "lên UBND xã để chủ tịch xã ký không, hay công ty tự ký được?",
        "nghe nói doanh nghiệp phải gửi biên bản bình xét LĐTT lên xã thẩm định rồi giám đốc "
        "mới được ký, đúng không",
        "giám đốc hợp tác xã có được tự ký Tập thể lao động xuất sắc cho tổ sản xuất không",
    ],
)
def test_xa_does_not_sign_or_review_firm_titles(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tiệm tạp hóa hộ kinh doanh của tôi có 2 người làm thuê, tôi có được tự tặng LĐTT cho họ "
        "như giám đốc công ty không",
        "nghe nói chủ xưởng may tư nhân chưa đăng ký doanh nghiệp vẫn ký LĐTT cho thợ được, "
        "đúng không",
        "câu lạc bộ dưỡng sinh có quyền tự tặng giấy khen cho hội viên như công ty không",
        "ban tri su giao hoi o xa co dc tu tang danh hieu LDTT cho phat tu k",
        "ho kinh doanh co dc tu khen LDTT cho nhan vien nhu doanh nghiep k",
    ],
)
def test_employer_that_is_no_firm_awards_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "doanh nghiệp, hợp tác xã" in text, text
    assert "**Thuế**" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe nói công nhân nhà máy của công ty muốn đạt LĐTT phải sản xuất có hiệu quả, "
            "đúng không",
            "Có",
        ),
        (
            "cong nhan cong ty chi can di lam du ngay cong, k can tham gia phong trao thi dua "
            "van dc LDTT, dung k",
            "Không",
        ),
        ("tho may cong ty co dc xet LDTT theo tieu chuan cong nhan k", "Có"),
        (
            "xã viên hợp tác xã không có đánh giá xếp loại như công chức thì có đủ LĐTT không",
            "Có",
        ),
        ("người lao động phổ thông của HTX muốn LĐTT thì phải sản xuất có hiệu quả phải k", "Có"),
    ],
)
def test_firm_workers_take_khoan_3(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "sản xuất có hiệu quả" in text.split("\n\n")[0], text
    assert _XA_CHAIR_LDTT not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("trạm y tế xã cũng tổng kết thi đua theo năm học phải không", "Không"),
        ("cong chuc UBND xa xet LDTT theo nam hoc co dung k", "Không"),
        ("ban quan ly du an xa xet thi dua theo nam hoc nhu truong hoc dung k", "Không"),
        ("đơn vị sự nghiệp của xã có xét LĐTT theo năm học không", "Không"),
        ("nghe noi htx cung binh xet xa vien theo nam hoc giong truong, dung k", "Không"),
    ],
)
def test_only_schools_follow_the_school_year(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "năm học" in text.split("\n\n")[0], text


def test_a_school_still_follows_the_school_year(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "trường tiểu học xét LĐTT theo năm học phải không", "Có")
    assert "năm học" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("giam doc ky LDTT thi xa vien duoc thuong 760.000 dung k", "Có"),
        ("HTX tang LDTT thi xa vien dc bao nhieu tien", None),
        ("hop tac xa khen LDTT thi xa vien co phai nop thue k", "Không"),
        ("QĐ giám đốc HTX ký tháng 11/2026, LĐTT thi xa vien nhan 760.000 phai k", "Có"),
        ("chủ nhiệm htx khen cstdcs thi xa vien dc thuong bao nhieu", None),
    ],
)
def test_thi_xa_vien_is_no_town(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict) if verdict else ask(officer_kb, question)
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "xã tặng LĐTT cho bà cụ 75 tuổi ở thôn được không",
        "người cao tuổi không còn đi làm có được xét lao động tiên tiến k",
        "ong noi e da nghi huu, o nha trong chau, co dc xet LDTT k",
        "Xã định tặng Lao động tiên tiến cho ông Tư 72 tuổi, người cao tuổi tiêu biểu của thôn, "
        "có được không?",
        "cu gia 80 tuoi co dc LDTT k",
    ],
)
def test_elderly_resident_not_working_gets_no_ldtt(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 24" in text, text
    assert "giấy khen" in text, text


def test_a_post_holder_of_the_elderly_association_is_a_person(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "chủ tịch hội người cao tuổi xã có được LĐTT không", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói quỹ từ thiện chỉ được MTTQ khen, chính quyền không khen, đúng không",
        "clb thien nguyen chi dc mat tran khen thoi, xa k khen dc, phai k",
        "nhóm thiện nguyện của thôn chỉ được mặt trận tổ quốc khen chứ chính quyền không khen "
        "đúng không ạ",
        "hội từ thiện chỉ dc MTTQ tặng giấy khen thôi phải không",
        "nghe noi doi thien nguyen chi dc mttq khen, chinh quyen k khen, dung k",
    ],
)
def test_charities_can_be_commended_by_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text
