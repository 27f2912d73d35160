"""Task h302 (stop 37): subjects and unnamed forms.

- A farmer told by the garden or livestock they work ("trồng vườn", "chăn nuôi") is the Luật
  2022 Điều 24 khoản 3 group, also when old; the age told describes the person, no bound of a
  rule; nor do the people left in a home ("nhà chỉ còn 2 ông bà": a household, Điều 20 khoản 2).
- Khoản 3's own criteria answer a farmer's LĐTT questions: no sáng kiến needed, no level of duty
  ("cần đạt mức hoàn thành tốt nhiệm vụ"), and "muốn được LĐTT thì phải tham gia phong trào
  thi đua (và hoạt động xã hội)" is a criterion claimed (true), no duty to take part in thi đua.
- A "khen" with no form named, asked of a recipient or with the xã acting, is the xã chairman's
  Giấy khen (Điều 75, Điều 80 khoản 3); a club ("CLB") is a collective.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "bác tôi 68 tuổi, vẫn trồng vườn cam, có được bình xét lao động tiên tiến không",
        "ông Hai 72 tuoi lam vuon gioi co dc LDTT ko",
        "cụ 75 tuổi làm trang trại rất giỏi thì có được xét LĐTT k",
        "nguoi lam vuon o thon co duoc xet lao dong tien tien khong",
        "Ông bảy mươi tuổi còn làm trang trại, có được bình LĐTT không ạ",
    ],
)
def test_farmer_by_work_is_khoan_3(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sản xuất có hiệu quả" in text


@pytest.mark.parametrize(
    "question",
    [
        "nhà chỉ còn 2 ông bà già thì có được bình gia đình văn hóa không",
        "nha chi con hai vo chong gia, co dc xet GDVH k",
        "bố mẹ em già rồi, nhà chỉ có 2 ông bà, năm nay có được công nhận gia đình văn hóa k",
        "nhà neo người chỉ có bà cụ, có xét gia đình văn hóa được không",
        "Hộ neo đơn có được bình xét Gia đình văn hóa không",
    ],
)
def test_home_told_by_who_is_left_is_a_household(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Hộ gia đình" in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói nông dân muốn được LĐTT thì phải có sáng kiến, đúng không",
        "nong dan co can sang kien moi dc LDTT k",
        "ngư dân muốn đạt lao động tiên tiến có bắt buộc phải có sáng kiến được công nhận không",
        "người làm vườn có cần sáng kiến để được LĐTT ko",
        "Bà con nông dân muốn LĐTT có phải có sáng kiến không ạ",
    ],
)
def test_farmer_needs_no_initiative_khoan_3(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text


@pytest.mark.parametrize(
    "question",
    [
        "nông dân có cần đạt mức hoàn thành tốt nhiệm vụ mới được LĐTT không",
        "ngu dan co phai dat muc hoan thanh tot nhiem vu thi moi dc LDTT k",
        "người trồng vườn có cần đạt mức hoàn thành xuất sắc nhiệm vụ để được LĐTT không",
        "nông dân muốn LĐTT có phải đạt mức hoàn thành nhiệm vụ như cán bộ không",
        "bà con làm ruộng có cần đạt mức hoàn thành tốt nhiệm vụ mới xét lao động tiên tiến k",
    ],
)
def test_farmer_has_no_duty_level(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói muốn được LĐTT thì phải tham gia phong trào thi đua, đúng không",
        "nong dan muon dc LDTT thi phai tham gia phong trao thi dua va hoat dong xa hoi dung k",
        "người cao tuổi làm vườn muốn LĐTT thì phải tham gia phong trào thi đua và hoạt động "
        "xã hội phải không",
        "Muốn đạt lao động tiên tiến thì phải tham gia phong trào thi đua đúng ko",
        "ngư dân muốn được LĐTT có phải tham gia phong trào thi đua và hoạt động xã hội không",
    ],
)
def test_criterion_claimed_is_no_duty_to_take_part(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tiêu chuẩn" in text
    assert "Không bắt buộc" not in text


def test_taking_part_in_thi_dua_stays_voluntary(officer_kb: KnowledgeBase) -> None:
    # the movement asked with no title named is still the voluntary rule (Luật 2022 Điều 3)
    text = ask_verdict(officer_kb, "thi đua có bắt buộc tham gia không", "Không")
    assert "tự nguyện" in text


@pytest.mark.parametrize(
    "question",
    [
        "nhóm thiện nguyện nấu cháo cho bệnh nhân có được khen tập thể không",
        "CLB dưỡng sinh của xã có được xã khen không",
        "câu lạc bộ bóng đá thôn đạt giải, xã có khen cho câu lạc bộ được không",
        "doi thanh nien tinh nguyen co dc khen tap the ko",
        "Tổ hòa giải thôn làm tốt, có được khen tập thể k",
    ],
)
def test_bare_khen_of_a_collective_is_giay_khen(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giấy khen" in text


@pytest.mark.parametrize(
    "question",
    [
        "xa tu khen cac to bau cu dc k, ai ky, tap the dc thuong bn",
        "xã khen các tổ phục vụ bầu cử được không, ai ký, mỗi tổ bao nhiêu tiền",
        "bầu cử xong xã tự khen cho các tổ được k, ai ký quyết định, tập thể được thưởng bao nhiêu",
        "Xã có được tự khen các đội văn nghệ không, ai ký, thưởng tập thể bao nhiêu",
        "sau bau cu xa khen cac to bau cu duoc ko ai ky thuong tap the bn",
    ],
)
def test_xa_khen_unnamed_is_chairman_giay_khen(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Giấy khen" in text
    assert "Chủ tịch UBND xã" in text
    assert "1.520.000" in text


def test_praise_is_no_award(officer_kb: KnowledgeBase) -> None:
    # "khen ngợi" (praise) names no form: no Giấy khen block is made up for it
    answer = officer_kb.ask("cô giáo khen ngợi học sinh trước lớp thì có sao không", TODAY)
    assert "Giấy khen của Chủ tịch UBND xã" not in answer.text
