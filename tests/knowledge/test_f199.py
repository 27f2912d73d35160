"""Task f199 (b199 families, diag_199.md): the one-handed ask, each ask of it answered.

F1 every ask of a jammed message: GĐVH decided by the Chủ tịch UBND xã with the decision on Mẫu
số 10 Phụ lục IV NĐ 86/2023; a prize asked for two decision months, each at the lương cơ sở of
its own date (2.340.000 đ until 30/6/2026, 2.530.000 đ from 01/7/2026: NĐ 152/2025 Điều 50);
maternity leave counts for LĐTT but a recruit of under 6 months is not reviewed (TT 15/2025);
thôn văn hóa's prize and who signs it (NĐ 129/2025 Điều 59); LĐTT's prize and its payer.
F2 the leading verdict agrees with the body and the verdict policy: registration asked bare is
"Tùy" (Luật 2022 Điều 7 dropped it, provinces may keep it); the council's secret ballot is
"Tùy" (biểu quyết hoặc bỏ phiếu kín); "ngày ra QĐ" is the decision's date ("Có."); one
achievement, two forms is "Không." (Luật 2022 Điều 5 khoản 2 điểm c).
F3 the yes/no of a compound ask gets its verdict: the council does not decide (Luật 2022 Điều
90 khoản 4); a false declaration has the decision cancelled (Điều 93); a rescue may be
commended đột xuất (Điều 85).
F4 the ask wins over the asker's role or a repealed text named: CSTĐCS without sáng kiến
(Điều 23); TT 12/2019 and NĐ 91/2017 forms are no longer used.
F5 the reform told as a past and a present ("trước gửi huyện, giờ gửi Sở Nội vụ"): "Có.".
Each family: the b199 questions, new wordings, controls.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, keyed_cases


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


NOT_YET: dict[str, str] = {}

# F1: every ask of a jammed message answered
F1 = [
    ("gdvh ai ky mau qd so may", ["Chủ tịch UBND", "Mẫu số 10"]),
    ("cstdcs qd t6/2026 vs t7/2026 moi cai bn", ["2.340.000", "2.530.000"]),
    ("nghi thai san xet ldtt dc k, moi tuyen 3 thang thi sao", ["Có.", "6 tháng"]),
    (
        "a oi thon e nam nay dat het tieu chi van hoa truong thon hoi qd thang 12 nay dc thuong "
        "bn voi ai ky",
        ["3.800.000", "Chủ tịch UBND"],
    ),
    (
        "chi ke toan xa day vua co qd ldtt cho 20 nguoi ky ngay 10/12/2026 moi nguoi bn tien lay "
        "tu nguon nao chi",
        ["760.000", "Quỹ thi đua"],
    ),
    # new wordings
    ("gdvh ai quyet dinh mau qd so may", ["Chủ tịch UBND", "Mẫu số 10"]),
    ("ttldtt qd t5/2026 vs t9/2026 moi cai bn", ["1.880.000", "2.030.000"]),
    (
        "to dan pho e nam nay dat het tieu chi van hoa qd thang 12 dc thuong bn voi ai ky",
        ["3.800.000", "Chủ tịch UBND"],
    ),
    (
        "giay khen ca nhan qd 15/12/2026 moi nguoi bn tien lay tu quy nao",
        ["760.000", "Quỹ thi đua"],
    ),
]
F1_CONTROLS = [
    # the same asks split by a comma, or one at a time, kept
    ("gia dinh van hoa ai ky qd, theo mau so may", ["Chủ tịch UBND", "Mẫu số 10"]),
    ("ldtt qd thang 5/2026 vs thang 8/2026 bn tien", ["710.000", "760.000"]),
    ("thon van hoa qd thang 12 thuong bn, ai ky", ["3.800.000", "Chủ tịch UBND"]),
    ("gk ca nhan qd 15/12/2026 bn tien, chi tu quy nao", ["760.000", "Quỹ thi đua"]),
    ("dang nghi thai san co dc xet ldtt k, nguoi moi tuyen 2 thang thi sao", ["Có.", "6 tháng"]),
    ("tien thuong ldtt lay tu quy nao", ["Quỹ thi đua"]),
    ("gdvh ai ky", ["Chủ tịch UBND"]),
    ("quyet dinh cong nhan gdvh theo mau so may", ["Mẫu số 10"]),
    ("cstdcs qd t7/2026 bn", ["2.530.000"]),
    ("nghi thai san xet ldtt dc k", ["Có."]),
    ("moi tuyen 3 thang xet ldtt dc k", ["Không.", "6 tháng"]),
    ("ldtt qd 10/12/2026 bn tien", ["760.000"]),
]

# F2: the leading verdict agrees with the body and the verdict policy
F2 = [
    ("Lđtt có cần đăng ký trước k", ["Tùy"]),
    ("hd tdkt phai bo phieu kin dung k", ["Tùy"]),
    ("Tiền thưởng LĐTT tính theo lương cơ sở ngày ra QĐ đúng k", ["Có."]),
    (
        "ct xa day e dang phan van 1 can bo vua dc ldtt vua dc gk cho cung 1 thanh tich chong bao "
        "thi co dc khen ca 2 hinh thuc k",
        ["Không.", "Điều 5"],
    ),
    # new wordings
    ("cstdcs co phai dang ky k", ["Tùy"]),
    ("hd tdkt xa co phai bo phieu kin k", ["Tùy"]),
    ("thuong gk tinh theo luong co so ngay ban hanh quyet dinh phai k", ["Có."]),
]
F2_CONTROLS = [
    ("cstdcs co phai dang ky thi dua tu dau nam k", ["Tùy"]),
    ("hoi dong thi dua xa bat buoc bo phieu kin phai k", ["Tùy"]),
    ("thuong cstdcs tinh theo luong co so tai ngay ky qd dung k", ["Có."]),
    ("1 thanh tich vua tang gk vua de nghi bk tinh dc k", ["Không.", "Điều 5"]),
    ("1 thanh tich da dc ldtt roi lai tang them gk co dc k", ["Không."]),
    # the law's own rule asked: registration is no căn cứ (Luật 2022 Điều 7)
    ("theo luat ldtt co can dang ky truoc k", ["Không."]),
    # a bare "phải" claimed as the law's rule, with a vote share: "Không." (b179)
    (
        "nhom zalo: xet CSTDCS trong hoi dong phai bo phieu kin dat tu 90% tro len theo luat. "
        "dung k",
        ["Không."],
    ),
    # a way the law sets alone is no "Tùy": sáng kiến is not required for CSTĐCS
    ("cstdcs phai co sang kien dung k", ["Không."]),
    ("luat bat buoc dang ky thi dua moi dc xet ldtt dung k", ["Không."]),
    ("Tiền thưởng LĐTT tính theo lương cơ sở ngày chi tiền đúng k", ["Không."]),
    ("1 thanh tich dc khen 2 hinh thuc k", ["Không."]),
]

# F3: the yes/no of a compound ask gets its verdict
F3 = [
    ("hd tdkt xa co quyen qd khen k, ai lam ct", ["Không.", "Chủ tịch UBND"]),
    ("khai gian bi huy qd k, ai huy", ["Có.", "Điều 93"]),
    (
        "e la bi thu doan xa day doan vien xa e nhay xuong song cuu 2 chau nho tuan truoc xa khen "
        "dot xuat dc k hs can nhung gi",
        ["Có.", "Tờ trình"],
    ),
    # new wordings
    ("hd tdkt xa co quyen qd khen k", ["Không."]),
    ("lam gia giay to bi thu hoi qd k", ["Có.", "Điều 93"]),
    ("dan quan cuu nguoi xa khen dot xuat dc k hs gom nhung gi", ["Có.", "Tờ trình"]),
]
F3_CONTROLS = [
    ("hoi dong tdkt xa dc quyet dinh tang gk k, ai chu tri", ["Không.", "Chủ tịch UBND"]),
    ("lam gia ho so bi thu hoi khen thuong k, ai thu hoi", ["Có.", "Điều 93"]),
    ("dan cuu nguoi duoi nuoc khen dot xuat dc k, can giay to gi", ["Có.", "Tờ trình"]),
    ("khai man thanh tich bi thu hoi qd k", ["Có."]),
    ("hoi dong tdkt co quyen quyet dinh khen thuong k", ["Không."]),
    ("chu tich xa co quyen quyet dinh tang gk k", ["Có."]),
    ("khen dot xuat hs can nhung gi", ["Tờ trình"]),
    ("cuu nguoi duoi nuoc co dc khen dot xuat k", ["Có."]),
]

# F4: the ask wins over the asker's role or the repealed text named
F4 = [
    (
        "e thu ky hd tdkt xa hop xet cstdcs co 1 chi ko co sang kien nhung hoan thanh xuat sac "
        "nhiem vu ca nam thi van de nghi dc k a",
        ["Có.", "Điều 23"],
    ),
    (
        "e moi nhan viec tdkt o xa thay kho luu tru con may mau cu theo tt 12/2019 voi nd 91 dung "
        "tiep dc k",
        ["Không."],
    ),
]
F4_CONTROLS = [
    ("mau bieu cu theo tt 12/2019 xa tiep tuc dung dc k", ["Không."]),
    (
        "e la thu ky hoi dong xa, co 1 anh k co sang kien nhung hoan thanh xuat sac nhiem vu, de "
        "nghi cstdcs dc k",
        ["Có.", "Điều 23"],
    ),
    ("van phong xa con bo mau cu theo nd 91/2017, dung tiep dc k", ["Không."]),
    ("mau bieu theo nd 91/2017 xa con dung tiep dc k", ["Không."]),
    ("khen dot xuat co phai hop hoi dong tdkt k", ["Không."]),
    ("cstdcs bat buoc phai co sang kien k", ["Không."]),
    ("tt 12/2019 con hieu luc k", ["Không."]),
]

# F5: the reform told as a past and a present
F5 = [
    ("hs de nghi bk tinh truoc gui huyen gio gui so noi vu dung k", ["Có.", "Sở Nội vụ"]),
]
F5_CONTROLS = [
    ("ho so bang khen tinh truoc nop huyen, nay nop thang so noi vu phai k", ["Có.", "Sở Nội vụ"]),
    (
        "ho so de nghi cstd tinh truoc day nop phong noi vu huyen, nay nop len so noi vu phai k",
        ["Có.", "Sở Nội vụ"],
    ),
    ("hs de nghi bk tinh van phai gui qua huyen dung k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F1, NOT_YET))
def test_every_ask(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F2, NOT_YET))
def test_verdict_agrees(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F3, NOT_YET))
def test_compound_verdict(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F4, NOT_YET))
def test_ask_over_context(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F5, NOT_YET))
def test_reform_past_and_present(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: the asker's post on the council told ("em là thành viên / thư ký HĐ TĐKT"): no ask of who sits
#: on it, nor of its power to sign ("thư ký" holds a "ký")
POSTS = [
    "e la thanh vien hoi dong tdkt, 1 anh k co sang kien nhung hoan thanh xuat sac nhiem vu xet "
    "cstdcs dc k",
    "em la thu ky hoi dong tdkt xa, nghi thai san co dc xet ldtt k",
]


@pytest.mark.parametrize("question", POSTS)
def test_post_not_asked(kb: KnowledgeBase, question: str) -> None:
    text = ask_keyed(kb, question, ["Có."])
    assert "Ai chủ trì" not in text and "Ai quyết định" not in text.split("\n")[0], text


def test_members_asked_control(kb: KnowledgeBase) -> None:
    text = ask_keyed(kb, "hoi dong tdkt xa gom nhung ai, ai la thanh vien", ["Chủ tịch UBND"])
    assert "Ai chủ trì" in text, text


@pytest.mark.parametrize(
    ("question", "keys"), F1_CONTROLS + F2_CONTROLS + F3_CONTROLS + F4_CONTROLS + F5_CONTROLS
)
def test_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


def test_compared_months_name_no_day(kb: KnowledgeBase) -> None:
    # two decision months compared: each priced, and no day is made up for "the" decision's
    text = ask_keyed(kb, "cstdcs qd t6/2026 vs t7/2026 moi cai bn", ["2.340.000", "2.530.000"])
    assert "28/6/2026" not in text, text
