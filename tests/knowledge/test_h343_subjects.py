"""Task h343 (stop 39, issue 11): who asks, whom the question is about, and what is asked.

- Relay words without a colon ("trưởng thôn hỏi thôn dc …", "… . Chi hoi nam nay chi …" =
  chị hỏi) say who asks: the post did not become the subject, nor "chi hoi" a chi hội.
- "ai bình xét đánh giá trước rồi ai công nhận" asks the reviewing council beside the decider
  (NĐ 86/2023 Điều 8 for the văn hóa titles).
- "tặng thêm 1 giấy khen nữa cho chính vụ đó để anh được thêm tiền" asks for a second award of
  one achievement (Luật 2022 Điều 5 khoản 2 điểm c): a purpose after the deed still points back.
- "hộ gia đình có danh hiệu thi đua riêng không" names the household's title, Gia đình văn hóa
  (Luật 2022 Điều 20 khoản 2), not the chairman's Giấy khen, a form of award.
- "xã có 3 thôn đạt văn hóa": the xã says where the thôn are; the title is the thôn's (there is
  no "xã văn hóa").
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "truong thon hoi to dan pho dc tang giay khen chu tich xa k",
        "Trưởng ban công tác mặt trận hỏi tổ dân phố có được tặng giấy khen chủ tịch xã không",
        "to truong tdp hoi tdp co dc giay khen cua chu tich ubnd xa ko",
        "Chủ tịch MTTQ xã hỏi thôn có được giấy khen chủ tịch xã không ạ",
        "Em la can bo van phong. Chi hoi thon co dc tang giay khen chu tich xa k",
        "chi hoi nam nay thon minh co dc giay khen chu tich xa k",
    ],
)
def test_relay_words_are_not_the_subject(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "cho tập thể" in first, text
    assert "cho cá nhân" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "Chi cong chuc nhan: nam 2025 chi dat LDTT, nam nay chi hoan thanh xuat sac nhiem vu, "
        "k co sang kien. Chi hoi nam nay chi co du dieu kien CSTDCS k",
        "anh ke toan nhan: chi van phong nam nay HTXSNV, dat LDTT. Chi hoi chi co dc xet CSTDCS k",
        "Cô giáo nhắn: năm nay cô hoàn thành xuất sắc nhiệm vụ, đạt LĐTT. Chi hoi co du "
        "dieu kien CSTDCS khong",
        "chi hoi nam nay chi dat LDTT va hoan thanh xuat sac nhiem vu, k co sang kien thi co "
        "dc CSTDCS k",
        "Chị văn thư nhắn: chị được LĐTT, hoàn thành xuất sắc nhiệm vụ. Chi hoi chi co dc "
        "de nghi chien si thi dua co so k",
    ],
)
def test_chi_hoi_is_the_asker(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Chiến sĩ thi đua cơ sở" in first, text
    assert "danh hiệu cá nhân" not in first, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("chi hoi phu nu thon co dc tang giay khen chu tich xa k", "Có."),
        ("chu tich hoi nong dan hoi thon dc tang giay khen k", "Có."),
        ("chi hội phụ nữ có được giấy khen của chủ tịch xã không", "Có."),
    ],
)
def test_association_names_are_kept(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask(officer_kb, question)
    assert "cho tập thể" in text.split("\n\n")[0], text
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa thì ai bình xét đánh giá, ai ký quyết định công nhận",
        "thon van hoa ai binh xet truoc roi ai cong nhan",
        "tổ dân phố văn hóa do hội đồng nào bình xét đánh giá, ai quyết định",
        "tdp van hoa ai xet danh gia, ai ky QD",
        "xin hỏi thôn văn hoá ai bình xét đánh giá trước khi chủ tịch xã công nhận",
    ],
)
def test_reviewer_asked_beside_decider(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Hội đồng Thi đua - Khen thưởng xã" in text, text
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "anh bộ đội cứu người đuối nước đã được xã khen đột xuất rồi, giờ hội cựu chiến binh đề "
        "nghị xã tặng thêm một giấy khen nữa cho chính việc cứu người đó để anh có thêm tiền "
        "thưởng, có được không",
        "thon da dc giay khen vi dot chong lu, nay mat tran muon xin them 1 giay khen nua cho "
        "chinh dot chong lu do de thon co them kinh phi, dc k",
        "chị ấy được giấy khen vì vụ bắt trộm rồi, giờ đề nghị khen thêm lần nữa cho cùng vụ "
        "bắt trộm đó để được thêm tiền có được không",
        "xa tang gk cho ong A vi hien dat lam duong roi, gio muon tang them 1 gk nua cho chinh "
        "khoan hien dat ay de ong dc them tien dc ko",
        "cô giáo đã nhận giấy khen đột xuất vì cứu học sinh, trường định đề nghị xã khen thêm 1 "
        "lần nữa cho chính vụ cứu học sinh này để cô được thêm thưởng thì có được không",
    ],
)
def test_second_award_for_same_deed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hoi nong dan hoi: ho gia dinh san xuat gioi co dc danh hieu thi dua rieng k, ten la gi",
        "hộ gia đình có được xét danh hiệu thi đua không",
        "gia dinh co thanh tich trong phong trao co dc tang danh hieu thi dua k",
        "hộ gia đình có danh hiệu thi đua riêng không, gọi là gì",
        "ho gia dinh co duoc cong nhan danh hieu thi dua nao khong",
    ],
)
def test_household_title_is_named(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Gia đình văn hóa" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nam nay xa co 3 thon va 2 to dan pho dat danh hieu van hoa, moi thon thuong bn",
        "phuong e co 4 to dan pho dat van hoa nam nay, moi to thuong bao nhieu",
        "Xã em có 6 thôn được công nhận văn hóa, mỗi thôn được thưởng bao nhiêu tiền",
        "xa minh nam 2026 co 2 thon dat van hoa thi thuong moi thon bn",
        "phường có 3 tổ dân phố đạt văn hóa, tiền thưởng mỗi tổ là bao nhiêu",
    ],
)
def test_thon_inside_xa_is_the_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Thôn, tổ dân phố văn hóa" in text.split("\n\n")[0], text
    assert "3.800.000" in text, text
    assert "Xã văn hóa" not in text, text


def test_xa_alone_still_has_no_culture_title(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "xã có được xét văn hóa không", "Không")
    assert "xã, phường, đặc khu tiêu biểu" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "nam nay co 2 chi o thon quen dang ky thi dua, cuoi nam ca 2 deu hoan thanh tot "
            "nhiem vu, nghe noi k dang ky thi luat k cho xet LDTT dung k",
            "Không",
            "đăng ký",
        ),
        (
            "Hiệu trưởng bảo giáo viên muốn đạt CSTĐCS phải có cả hai điều kiện hoàn thành xuất "
            "sắc và sáng kiến, đúng không",
            "Không",
            "Không bắt buộc có sáng kiến",
        ),
        (
            "CSTDCS bat buoc co ca 2 tieu chuan HTXSNV va sang kien dung ko",
            "Không",
            "Không bắt buộc có sáng kiến",
        ),
        (
            "y si tram y te bao CSTDCS phai co ca 2 dieu kien xuat sac va sang kien moi dc, "
            "dung k, thuong bn",
            "Không",
            "2.530.000",
        ),
        (
            "dau nam 2 cong chuc quen nop dang ky thi dua, ca hai dong chi deu hoan thanh tot "
            "nhiem vu, truong phong bao k dang ky thi luat cam xet LDTT, dung k",
            "Không",
            "đăng ký",
        ),
    ],
)
def test_both_people_or_criteria_are_not_several_titles(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Nhiều danh hiệu cùng lúc" not in text, text
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "dan quan thuong truc lam tot nhiem vu, xa QD tang LDTT cho a ay dc k hay danh hieu khac",
        "xã ra quyết định tặng lao động tiên tiến cho dân quân thường trực được không",
        "chu tich xa ky LDTT cho anh dan quan thuong truc dc ko",
        "Chủ tịch UBND xã tặng LĐTT cho dân quân thường trực của xã có được không",
        "xa tang lao dong tien tien cho dan quan thuong truc duoc k",
    ],
)
def test_who_may_get_not_who_decides(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chiến sĩ tiên tiến" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Anh trưởng phòng bảo từ 01/7/2025 Chủ tịch UBND xã được quyết định cả CSTĐCS và "
        "TTLĐTT, đúng không ạ",
        "tu 1/7/2025 chu tich xa dc quyet dinh ca CSTDCS va TTLDTT phai k",
        "nghe nói kể từ 01/7/2025 chủ tịch UBND xã được quyết định cả lao động tiên tiến và "
        "chiến sĩ thi đua cơ sở, có đúng không",
        "từ năm 2025 chủ tịch xã được ký cả CSTĐCS và TTLĐTT đúng k",
        "tu ngay 1/7/2025 chu tich ubnd xa duoc quyet dinh ca LDTT va TTLDTT dung ko",
    ],
)
def test_rule_start_date_is_no_decision_dated(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Ai quyết định" in text.split("\n\n")[0], text
    assert "Ai được xét" not in text, text
    assert "Có." in text, text


@pytest.mark.parametrize(
    "question",
    [
        "cty e xet LDTT noi bo thi ho so can to trinh, bao cao thanh tich, bien ban binh xet, "
        "xong co phai gui xa tham dinh k",
        "cong ty xet LDTT noi bo co phai gui len xa k",
        "HTX bình xét LĐTT cho xã viên xong có phải trình xã duyệt không",
        "HTX xét LĐTT cho xã viên, hồ sơ gồm gì, có phải nộp xã thẩm định không",
        "doanh nghiep tu xet LDTT cho cong nhan, xong co can gui xa duyet k",
    ],
)
def test_xa_sent_to_is_where(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Giám đốc" in text, text
    assert "không tặng cho xã" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hội LHPN xã hỏi: chị em làm công nhân ở xưởng may trên địa bàn có được xét LĐTT không, "
        "ai quyết định",
        "chi hoi phu nu hoi: chi em cong nhan xuong may co dc LDTT k, ai ky",
        "cong nhan xuong go tren dia ban xa co dc LDTT k, ai ky",
        "công nhân làm ở xưởng chế biến gỗ trong xã có được xét lao động tiên tiến không, ai ký",
        "Hội phụ nữ hỏi: chị em công nhân tại xưởng may có được LĐTT không, ai quyết định",
    ],
)
def test_firm_workers_are_people(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Công nhân" in text.split("\n\n")[0], text
    assert "Giám đốc" in text, text
