"""Task h265 (stop 35): claim polarity, round two.

- A denial of eligibility that tells a date or a barring case before "thì" ("bị khiển trách
  tháng 10/2025 thì năm 2025-2026 không được xét LĐTT, đúng k") is the rule itself (Luật 2022
  Điều 24; TT 15/2025): it holds. A figure claimed and a negated condition still go to their
  own readers.
- "chỉ hoàn thành nhiệm vụ (không phải hoàn thành tốt)" tells the lower level and denies the
  higher: LĐTT needs hoàn thành tốt nhiệm vụ trở lên (Điều 24 khoản 1 điểm a).
- A penalty claimed for staying out of thi đua says taking part is compulsory: it is voluntary
  (Luật 2022 Điều 3 khoản 1).
- "DN" is a firm: its head gives LĐTT, CSTĐCS, TTLĐTT and giấy khen (Luật 2022 Điều 80 khoản 4).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói cô giáo bị kỷ luật khiển trách tháng 11/2025 thì năm học 2025-2026 ko được "
        "xét LĐTT, đúng ko",
        "giáo viên bị khiển trách năm 2025 thì không được xét lao động tiên tiến năm đó phải không",
        "cán bộ bị cảnh cáo tháng 3/2026 thì năm 2026 ko được bình LĐTT đúng ko",
        "a ke toan bao nv bi ky luat khien trach thang 5/2026 thi k dc xet LDTT nam 2026, dung k",
        "Công chức bị kỷ luật cảnh cáo hồi tháng 2/2026 thì không được xét Lao động tiên tiến "
        "năm 2026, có đúng không",
    ],
)
def test_barring_case_with_a_date_is_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "kỷ luật" in text


@pytest.mark.parametrize(
    "question",
    [
        # a figure claimed is judged by the figure's reader (6 months, TT 15/2025)
        "LĐTT không xét người mới vào làm dưới 9 tháng phải không",
        "có phải LĐTT không xét người mới tuyển chưa đủ 12 tháng",
    ],
)
def test_figure_in_the_denial_still_judged(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "anh A chi hoan thanh nhiem vu chu k phai hoan thanh tot, co dc LDTT k",
        "chị B năm nay xếp loại hoàn thành nhiệm vụ (không phải hoàn thành tốt) thì có được xét "
        "lao động tiên tiến không",
        "gv chỉ htnv thôi, ko phải httnv, vậy có được bình LĐTT ko ạ",
        "Nhân viên văn phòng chỉ hoàn thành nhiệm vụ chứ không phải hoàn thành tốt nhiệm vụ, xét "
        "LĐTT được không",
        "e đc đánh giá hoàn thành nhiệm vụ, k phải hoàn thành tốt, thì e có đạt LĐTT k",
    ],
)
def test_level_set_right_by_khong_phai_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành tốt nhiệm vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        "truong thon bao nha nao k tham gia phong trao thi dua thi bi phat, dung k a",
        "nghe nói không tham gia thi đua sẽ bị phạt tiền phải không",
        "cán bộ không tham gia phong trào thi đua thì bị kỷ luật đúng không",
        "Thôn em họp bảo hộ nào không tham gia thi đua thì bị phạt 200 nghìn, vậy có đúng luật "
        "không",
        "ông trưởng thôn nói nhà nào ko tham gia phong trào thi đua thì bị phạt, có đúng ko",
        "viet kieu ve que co bat buoc phai dang ky tham gia phong trao thi dua cua xa k",
    ],
)
def test_penalty_claimed_for_staying_out(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tự nguyện" in text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi DN tu nhan k co quyen khen thuong gi, phai xin chu tich xa ky het, dung k",
        "DN k co quyen tu khen cong nhan dung ko",
        "giám đốc DN chỉ được tặng giấy khen thôi, LĐTT phải xin xã đúng ko",
        "nghe nói DN ngoài quốc doanh không được tự xét CSTĐCS cho người lao động, phải không",
        "DN trên địa bàn xã không được tự tặng LĐTT cho công nhân đúng không",
    ],
)
def test_dn_is_a_firm_that_gives_its_own_titles(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc doanh nghiệp" in text
