"""Task h284 (stop 36, issue 11): the 2025 reform as a claim or as background, "thì xã" typed
without marks before a dossier step, a cap asked of a unit told with its counts, the school
year against the calendar year, one achievement and repeat awards worded with gaps, and
registration claimed to bar a title's prize.

- The abolished district claimed to act still ("vẫn phải trình phòng nội vụ huyện thẩm định",
  "phòng nội vụ huyện cũ còn nhận hồ sơ không") is answered "Không": since 01/7/2025 its work
  is the xã's (NĐ 129/2025 Điều 59).
- A district told only as the asker's past, a former unit, or the signer of a decision dated
  before 01/7/2025 is background: the part asked (the prize) gives the verdict.
- "… thì xã tổng hợp / thẩm định / duyệt" is the xã acting, not the former thị xã.
- A cap asked of a unit told with its own counts opens "Tùy" (h263's rule: the province's quy
  chế may set a cap; Luật 2022 Điều 23 sets none).
- "xét theo năm học chứ không theo năm dương lịch": the option denied is not the one claimed.
- One achievement, one form; one form, many achievements (Luật 2022 Điều 5 khoản 2 điểm c).
- Registration is no legal condition of a title (Luật 2022 Điều 7); asked of one's own unit, the
  province's quy chế decides ("Tùy").
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ban em noi ho so LDTT cua xa van phai gui phong noi vu huyen tham dinh, co dung k",
        "Nghe nói giấy khen đột xuất vẫn phải xin ý kiến UBND huyện rồi xã mới ký, đúng không ạ?",
        "phòng nội vụ huyện cũ còn nhận hồ sơ thôn văn hóa của xã không ạ",
        "xa phai trinh chu tich huyen duyet truoc khi cong nhan gia dinh van hoa dung ko",
        "hồ sơ CSTĐCS của trường mầm non xã còn phải qua phòng giáo dục huyện không",
        "hoi dong TDKT huyen van xet LDTT cho can bo xa phai k ad",
        "nghe noi xa phai trinh huyen duyet truoc khi chu tich xa ky giay khen cho thon, dung k",
        "nghe nói xã phải xin ý kiến huyện trước khi chủ tịch xã công nhận gia đình văn hóa, "
        "đúng không",
        "giay khen dot xuat cho ho dan van phai gui huyen tham dinh truoc roi xa moi ky phai k",
    ],
)
def test_district_claimed_to_act_still(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "01/7/2025" in text, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "em moi o huyen ve xa, LDTT quyet dinh thang 8/2026 thi moi nguoi duoc 760.000 dong "
            "dung k",
            "760.000",
        ),
        (
            "CSTĐCS quyết định ký tháng 9/2026 được 2.530.000 đồng đúng không, tôi từ huyện "
            "chuyển về phường nên chưa nắm",
            "2.530.000",
        ),
        (
            "QĐ của chủ tịch UBND huyện ký ngày 10/6/2025 tặng CSTĐCS thì tiền thưởng là "
            "2.340.000 đúng k",
            "2.340.000",
        ),
        (
            "quyet dinh cua ct ubnd quan ky 15/5/2025 ve LDTT thi moi nguoi 710.000 dung ko",
            "710.000",
        ),
        (
            "QĐ chủ tịch UBND thị xã ký 20/5/2025 tặng LĐTT thì mỗi người 710.000 đồng đúng không",
            "710.000",
        ),
        (
            "quyet dinh cua chu tich ubnd thi xa ky 10/6/2025 ve CSTDCS tien thuong 2.340.000 "
            "dung ko",
            "2.340.000",
        ),
        (
            "anh mới ở quận về, giấy khen cá nhân của chủ tịch xã ký năm 2026 thưởng 760.000 "
            "đồng phải không",
            "760.000",
        ),
    ],
)
def test_district_told_as_background(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ho so bang khen tinh cho truong thi xa tong hop roi gui So Noi vu dung khong",
        "de nghi bang khen tinh cua thon thi xa tham dinh xong gui len So Noi vu phai k",
        "ho so CSTD tinh cua gv thi xa tong hop gui so noi vu dung k a",
        "bang khen chu tich tinh cho HTX thi xa tong hop ho so roi nop So Noi vu, dung khong",
        "hồ sơ bằng khen tỉnh của giáo viên thì xã tổng hợp rồi gửi Sở Nội vụ đúng không",
        "ho so bang khen tinh cua thon van hoa thi xa tham dinh roi gui So Noi vu phai khong",
    ],
)
def test_thi_xa_before_a_dossier_step(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Sở Nội vụ" in text and "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "truong e co 20 gv dat LDTT, 4 nguoi xin CSTDCS, co bi gioi han ty le k a",
        "trạm y tế xã có 8 người LĐTT mà 3 người đề nghị CSTĐCS thì có bị khống chế tỷ lệ không",
        "xa e co 30 LDTT, 6 nguoi de nghi CSTDCS thi co bi khong che ty le k",
        "HTX co 10 nguoi LDTT ma 2 nguoi xin CSTDCS co bi han che ty le khong",
        "trường mình 25 giáo viên, có 18 LĐTT, đề nghị 5 CSTĐCS có bị giới hạn tỷ lệ không ạ",
    ],
)
def test_cap_asked_of_a_counted_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "quy chế" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "LDTT cua giao vien tieu hoc xet theo nam hoc chu khong theo nam duong lich phai k",
        "danh hiệu LĐTT của cô giáo mầm non xét theo năm học chứ không phải năm dương lịch, "
        "đúng không",
        "gv THCS xet LDTT theo nam hoc, k theo nam duong lich dung ko a",
        "lao dong tien tien cua giao vien tinh theo nam hoc chu ko tinh theo nam duong lich dung k",
        "LĐTT giáo viên trường tiểu học xét theo năm học chứ k theo năm dương lịch đúng ko",
    ],
)
def test_school_year_with_the_calendar_year_denied(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "năm học" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nam 2024 xa tang GK cho anh B vi cuu nguoi, gio thon lai de nghi bang khen tinh cho "
        "dung thanh tich cuu nguoi nam ay, duoc k",
        "chủ tịch xã đã tặng giấy khen cho ông C vì hiến đất, giờ lấy luôn thành tích đó đề "
        "nghị tỉnh tặng bằng khen, có được không",
        "xa tang giay khen va tinh tang bang khen cho cung 1 lan chong lu cua doi thanh nien, "
        "vay co dung k",
        "HTX đã được xã tặng giấy khen, nay lại đề nghị bằng khen tỉnh cho đúng thành tích sản "
        "xuất giỏi đó, vậy có được không",
        "thon da dc GK xa roi, lai lay thanh tich do de nghi tinh tang bang khen, lam vay dung ko",
    ],
)
def test_one_achievement_worded_with_gaps(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi moi nguoi 1 nam chi dc giay khen chu tich xa 1 lan, thang 3 duoc roi thi cuoi "
        "nam k dc nua, dung k",
        "ông tôi đã có giấy khen của chủ tịch xã rồi thì năm sau không được tặng thêm giấy khen "
        "nữa, đúng không",
        "mỗi người một năm chỉ được nhận giấy khen của chủ tịch xã 1 lần thôi, đúng không ạ",
        "nghe noi 1 ca nhan chi dc tang giay khen xa 1 lan, lan sau phai xet hinh thuc khac, "
        "dung k",
        "ba e da co giay khen xa nam ngoai roi thi nam nay k dc tang giay khen nua phai ko",
    ],
)
def test_repeat_award_claimed_once_only(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nhiều lần" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thon k dang ky thi dua dau nam thi cuoi nam k dc chi tien thuong LDTT, dung k",
        "trường em không nộp bản đăng ký thi đua đầu năm học, hiệu trưởng bảo giáo viên không "
        "được xét LĐTT, đúng không",
        "nghe noi hoi nong dan muon dc khen thi phai dang ky thi dua voi xa tu dau nam, dung ko",
        "co quan e quen nop ban dang ky thi dua, truong phong bao khong duoc tien thuong LDTT, "
        "dung k",
        "nghe noi doan thanh nien muon duoc khen thi phai dang ky thi dua voi xa tu dau nam, "
        "dung khong",
    ],
)
def test_registration_asked_of_ones_own_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text, text
