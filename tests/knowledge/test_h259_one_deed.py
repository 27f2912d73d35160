"""Task h259 (issue 11): one achievement, one form; one form, many achievements.

Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c: "Một hình thức khen thưởng có thể tặng
nhiều lần cho một đối tượng; không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt
được". Officers and donors name the deed with their own nouns ("khoản tài trợ ấy", "chính số
tiền đó", "cùng một đóng góp này"), ask for two forms at once for one gift ("vừa nhận giấy khen
xã vừa nhận bằng khen tỉnh"), say a form is had once only ("năm trước nhận rồi thì năm nay không
được nữa"), and write "ký được cả X" for a director's power reaching a title. Each is read as
the rule it asks, not as whether the form may be had or whether two titles pay both."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Doanh nghiệp tôi tài trợ xây nhà văn hóa thôn, UBND xã đã tặng giấy khen rồi. Giờ xã đề "
        "nghị tỉnh tặng thêm bằng khen cho đúng khoản tài trợ ấy có được không?",
        "ong A ho tro 50 trieu lam duong, chu tich xa da khen roi, nay tinh lai tang bang khen "
        "cho chinh so tien do dc ko",
        "Hợp tác xã góp tiền sửa trường, đã nhận giấy khen của xã; tỉnh có tặng thêm bằng khen "
        "cho cùng một đóng góp này không ạ",
        "xã tặng giấy khen cho đội thanh niên vì đợt cứu hộ bão, giờ xin tỉnh khen thêm cho "
        "đúng đợt cứu hộ đó được k",
        "chị Lan hiến 200m2 đất làm đường, được vừa nhận giấy khen xã vừa nhận bằng khen tỉnh "
        "cho một lần hiến đất đó không?",
        "cong ty toi ung ho quy vi nguoi ngheo 1 lan, co the vua nhan giay khen cua xa vua nhan "
        "bang khen tinh khong",
    ],
)
def test_same_deed_in_own_nouns_is_one_achievement(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Một thành tích" in first and "nhiều hình thức cho một thành tích" in first, text


def test_a_new_gift_is_not_the_same_deed(officer_kb: KnowledgeBase) -> None:
    # "lại ủng hộ đợt lũ này" is another deed: no second form for one achievement is asked
    text = ask_verdict(
        officer_kb,
        "năm ngoái công ty ủng hộ xây cầu được giấy khen, năm nay lại ủng hộ đợt lũ này, có "
        "được khen nữa không",
        "Có",
    )
    assert "Một thành tích" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Trưởng thôn nói ai đã nhận giấy khen của xã năm trước thì năm nay không được đề nghị "
        "giấy khen nữa, có đúng không?",
        "nghe noi moi nguoi k dc nhan 1 hinh thuc khen thuong 2 lan, dung ko",
        "cán bộ văn phòng bảo một người một năm chỉ được nhận 1 giấy khen thôi, vậy đúng không ạ",
        "ong B duoc giay khen xa nam 2025 roi, nam 2026 lai co thanh tich chong lu, nguoi ta bao "
        "da nhan roi thi nam sau k dc khen nua, dung k",
        "Hội phụ nữ hỏi: chị em đã được giấy khen lần trước thì lần này không được tặng nữa phải "
        "không?",
        "1 người không được nhận cùng một hình thức khen thưởng hai lần đúng không",
    ],
)
def test_once_only_saying_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nhiều lần cho một đối tượng" in text.split("\n\n")[0], text


def test_not_twice_for_one_deed_still_holds(officer_kb: KnowledgeBase) -> None:
    # the rule itself claimed ("cùng 1 thành tích"): the saying is right
    text = ask_verdict(
        officer_kb, "nghe nói không được khen 2 lần cho cùng 1 thành tích, đúng k", "Có"
    )
    assert "Một thành tích" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("nghe noi giam doc cong ty ky duoc ca bang khen tinh cho cong nhan, dung k", "Bằng khen"),
        (
            "Giám đốc hợp tác xã có tặng được cả danh hiệu Chiến sĩ thi đua cấp tỉnh cho xã viên "
            "không?",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
        ("giam doc DN quyet dinh duoc ca CSTD tinh cho nhan vien k", "Chiến sĩ thi đua cấp tỉnh"),
        ("gd htx cong nhan dc ca TTLDXS cho to san xuat ko", "Tập thể lao động xuất sắc"),
        (
            "chủ tịch HĐQT công ty cổ phần ký được cả Tập thể lao động xuất sắc cho phân xưởng à",
            "Tập thể lao động xuất sắc",
        ),
    ],
)
def test_signing_even_a_title_asks_who_decides(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert title in first and "Ai quyết định" in first, text


def test_both_prizes_still_read_as_several(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "anh A vừa đạt LĐTT vừa được giấy khen thì có được nhận cả 2 khoản tiền thưởng không",
        "Có",
    )
    assert "Nhiều danh hiệu cùng lúc" in text.split("\n\n")[0], text


def test_signing_even_for_a_deed_keeps_one_verdict(officer_kb: KnowledgeBase) -> None:
    # "cho người cứu người" tells whom the award is for: khen đột xuất is no title claimed
    text = ask_verdict(
        officer_kb,
        "chủ tịch phường ký được cả bằng khen tỉnh cho người cứu người đuối nước à",
        "Không",
    )
    assert "Khen thưởng đột xuất" not in text and "Chủ tịch UBND tỉnh quyết định" in text, text
