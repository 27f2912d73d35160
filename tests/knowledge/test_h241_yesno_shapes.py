"""Yes/no asked in other shapes (stop 34, h241): "A không hay B" asks about A, B is only the
other way offered; a saying reported with no tag question is put up for the bot to judge."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict

#: "được xét / nhận / khen X không hay phải Y": whether one gets X is asked (Luật 2022 Điều 24
#: khoản 3: công nhân, nông dân, người lao động khác may be LĐTT; Điều 75 giấy khen for
#: người dân; Điều 85 khen đột xuất for an unforeseen deed)
ALTERNATIVES = [
    ("thợ xây ở thôn có được xét lao động tiên tiến không hay phải là cán bộ", "Có"),
    ("bác nông dân có đc nhận giấy khen xã ko hay phải đợi tổng kết cuối năm", "Có"),
    (
        "em lao xuống sông cứu 2 cháu bé đuối nước, em có được khen đột xuất không hay phải chờ "
        "tổng kết năm",
        "Có",
    ),
    ("anh bao ve dan pho co dc xet LDTT ko hay phai xet chien si tien tien", "Có"),
    ("công nhân công ty có được xét CSTĐCS không hay chỉ LĐTT thôi", "Có"),
]


@pytest.mark.parametrize(("question", "verdict"), ALTERNATIVES)
def test_first_option_takes_the_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


#: a figure reported as hearsay, then nothing asked or only "hỏi lại cho chắc" (NĐ 152/2025
#: Điều 50: LĐTT 0,3; CSTĐCS 1,0; TTLĐTT 0,8; giấy khen cá nhân 0,3 lần lương cơ sở)
SAYINGS = [
    ("nghe nói tập thể lao động tiên tiến được thưởng 1 lần lương cơ sở, nhờ ad xem giúp", "Không"),
    ("chị kế toán bảo LĐTT thưởng 0,5 lần lương cơ sở.", "Không"),
    ("nghe noi CSTDCS thuong 1,5 lan luong co so", "Không"),
    (
        "anh văn phòng nói giấy khen chủ tịch xã thưởng 0,15 lần lương cơ sở, em hỏi lại cho chắc",
        "Không",
    ),
    ("nghe nói LĐTT được thưởng 0,3 lần lương cơ sở, hiệu trưởng hỏi lại cho chắc", "Có"),
]


@pytest.mark.parametrize(("question", "verdict"), SAYINGS)
def test_saying_without_tag_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "lần mức lương cơ sở" in text


#: a form number stated for a paper and put up (NĐ 86/2023 Phụ lục IV: quyết định công nhận
#: Gia đình văn hóa Mẫu số 10; thôn văn hóa: tờ trình 04, báo cáo thành tích 05, biên bản 06)
FORMS = [
    ("quyết định công nhận gia đình văn hóa theo mẫu số 08 đúng không", "Không"),
    ("quyết định công nhận GĐVH là mẫu số 10 NĐ 86 đúng ko", "Có"),
    ("QD cong nhan gia dinh van hoa theo mau so 10 phai k", "Có"),
    ("biên bản bình xét thôn văn hóa dùng mẫu số 06 phải không ạ", "Có"),
    ("báo cáo thành tích thôn văn hóa theo mẫu số 05 phải k", "Có"),
]


@pytest.mark.parametrize(("question", "verdict"), FORMS)
def test_form_number_stated_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert "Mẫu số" in ask_verdict(officer_kb, question, verdict)


#: two names of one title compared (NĐ 86/2023: "thôn, tổ dân phố văn hóa" is one title;
#: "chiến sĩ thi đua cơ sở" spelled out or as CSTĐCS): they do not differ
SAME_TITLE = [
    ("to dan pho van hoa co khac thon van hoa ve tien thuong k", "Không"),
    ("tổ dân phố văn hóa có khác thôn văn hóa về hồ sơ không", "Không"),
    ("thôn văn hóa và tổ dân phố văn hóa có khác nhau về tiêu chuẩn không", "Không"),
    ("khu phố văn hóa có giống thôn văn hóa về thẩm quyền công nhận không", "Có"),
    ("danh hiệu chiến sĩ thi đua cơ sở có khác CSTĐCS k", "Không"),
]


@pytest.mark.parametrize(("question", "verdict"), SAME_TITLE)
def test_two_names_of_one_title(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "cùng một danh hiệu" in ask_verdict(officer_kb, question, verdict)


#: a condition claimed to bring the title by itself: no title comes by itself, its criteria
#: are judged (Luật 2022 Điều 24 khoản 1: hoàn thành tốt nhiệm vụ trở lên and the spirit clause)
ALONE = [
    "cán bộ xã không bị kỷ luật thì đương nhiên được lao động tiên tiến phải không",
    "nghe nói nhân viên trạm y tế cứ không vi phạm là được LĐTT à",
    "cong chuc hoan thanh tot nhiem vu la tu dong duoc LDTT phai k",
    "nghe nói giáo viên mầm non đi làm đủ cả năm là tự động đạt lao động tiên tiến, đúng k",
    "ke toan ubnd k bi ky luat thi mac nhien dc LDTT dung ko",
]


@pytest.mark.parametrize("question", ALONE)
def test_condition_alone_is_not_enough(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Chưa đủ: còn cần" in ask_verdict(officer_kb, question, "Không")


#: a prerequisite the criteria do not name (Luật 2022 Điều 23, 24, 28)
PREREQUISITES = [
    "nghe noi muon CSTDCS thi gv tieu hoc phai dat gv day gioi cap huyen, phai k",
    "nghe nói xét CSTĐCS bắt buộc có bài báo đăng tạp chí khoa học, phải ko",
    "muốn được TTLĐTT thì trường phải đạt chuẩn quốc gia mức độ 2 phải k",
    "chiến sĩ thi đua cơ sở phải có chứng chỉ ngoại ngữ B1 đúng không",
    "tập thể lao động tiên tiến bắt buộc có phòng truyền thống riêng phải không ạ",
]


@pytest.mark.parametrize("question", PREREQUISITES)
def test_prerequisite_not_in_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    assert "không có trong tiêu chuẩn" in ask_verdict(officer_kb, question, "Không")


#: the principal typed "HT" claimed to sign a title of the commune's (Luật 2022 Điều 80
#: khoản 3; NĐ 129/2025 Điều 59: the xã chairman decides)
PRINCIPAL = [
    "nghe nói HT trường mầm non được tự ký giấy khen cho cô giáo phải không",
    "HT THCS co quyen tang LDTT cho giao vien k",
    "ht truong tieu hoc tu ky quyet dinh LDTT cho gv duoc ko",
    "nghe nói HT trường THCS được tự ký CSTĐCS cho thầy cô, đúng k",
    "nghe noi HT MN duoc tu tang giay khen cho giao vien dung k",
]


@pytest.mark.parametrize("question", PRINCIPAL)
def test_principal_short_is_a_claimed_decider(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Chủ tịch UBND xã" in ask_verdict(officer_kb, question, "Không")


#: the people's comments on the list (NĐ 86/2023: công khai lấy ý kiến 10 ngày before the xã
#: chairman decides thôn / tổ dân phố văn hóa and Gia đình văn hóa)
COMMENTS = [
    ("người dân có được góp ý danh sách gia đình văn hóa không", "Có"),
    ("ba con trong thon co quyen gop y ds GDVH ko", "Có"),
    ("dân có quyền góp ý danh sách thôn văn hóa trước khi chủ tịch xã công nhận không ạ", "Có"),
    ("nghe nói người dân không được góp ý danh sách tổ dân phố văn hóa, đúng k", "Không"),
    ("nghe noi dan k co quyen gop y danh sach gia dinh van hoa dung ko", "Không"),
]


@pytest.mark.parametrize(("question", "verdict"), COMMENTS)
def test_people_comment_on_the_list(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "10 ngày" in ask_verdict(officer_kb, question, verdict)


#: the council advises, the chairman decides (Luật 2022 Điều 90 khoản 4; Điều 80 khoản 3)
COUNCIL = [
    "hoi dong co phai noi quyet dinh khen thuong k",
    "hội đồng có quyền quyết định tặng LĐTT không",
    "em là thư ký hội đồng TĐKT xã. Hội đồng có phải là nơi quyết định cuối cùng không ạ",
    "hội đồng là nơi quyết định CSTĐCS phải không",
    "hội đồng có phải là cơ quan quyết định tặng giấy khen không",
]


@pytest.mark.parametrize("question", COUNCIL)
def test_bare_council_decides_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    assert "Chủ tịch UBND xã" in ask_verdict(officer_kb, question, "Không")
