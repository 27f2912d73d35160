"""Task f201 (b201 families, diag_201.md): claims judged whole, comparisons, the verdict policy.

F1 a claim of two clauses about two titles ("X thì A, còn Y thì B, đúng k") is true only when
both clauses are: each is answered alone, the answer opens with the verdict of the whole
(NĐ 152/2025 Điều 50 for the prizes and papers; Luật 2022 Điều 21-24, 27, 28; NĐ 86/2023 for
GĐVH and thôn văn hóa). The GĐVH review's 25/11 denied ("k cần xong trước 25/11") is wrong.
F2 a prize claimed "gấp hơn N lần" another's is weighed by the two coefficients (NĐ 152/2025
Điều 50); two decisions' prizes claimed equal or different are weighed by the lương cơ sở on the
two days signed (NĐ 152/2025 Điều 49).
F4 verdict policy: one achievement, one form chosen, is the Law's rule (Luật 2022 Điều 5 khoản 2
điểm c: "Có."); a unit's own cap ("xã e giới hạn CSTĐCS 20 %") and a vote threshold told as a
unit's practice are "Tùy" (the province's quy chế; NĐ 152/2025 Điều 6 khoản 2 điểm c).
F5 a form put up as a title or a title as a form (Luật 2022 Điều 3 khoản 2, 3; Điều 19); the
province's Huy hiệu put up as a form still in force (Luật 2022 Điều 9).
Each family: the b201 questions (and the earlier twins' of the same shape), new wordings,
controls that keep their verdict.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, keyed_cases


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: two clauses about two titles, judged whole
F1 = [
    (
        "LDTT chi dc ghi ten trong QD ko co tien, con CSTDCS moi co tien thuong, dung ko",
        ["Không.", "0,3", "1,0"],
    ),
    (
        "CSTDCS dc bang chung nhan va khung, con LDTT thi ko co bang, dung ko",
        ["Có.", "Bằng chứng nhận"],
    ),
    ("TTLDTT ko co bang chung nhan, chi TTLDXS moi co, dung k", ["Có.", "Bằng chứng nhận"]),
    (
        "CSTD tinh dc huy hieu con CSTDCS thi k co huy hieu dung k, tien thuong 2 cai he so bn",
        ["Có.", "3,0", "1,0"],
    ),
    (
        "LDTT can hoan thanh tot nhiem vu tro len, CSTDCS thi hoan thanh xuat sac hoac co sang "
        "kien, dung ko ad",
        ["Có.", "Điều 24", "Điều 23"],
    ),
    (
        "sang kien cho CSTD tinh anh huong trong tinh, con CSTD toan quoc phai anh huong toan "
        "quoc dung k",
        ["Có.", "toàn quốc"],
    ),
    ("TTLDXS phai co ca nhan dat CSTDCS con TTLDTT thi k bat buoc, dung k", ["Có."]),
    (
        "TTLDXS can 100% ca nhan hoan thanh nhiem vu va it nhat 70% LDTT, con TTLDTT can tren 50% "
        "dat LDTT, dung ko",
        ["Có.", "100%", "50%"],
    ),
    ("TTLDXS k can co ai dat CSTDCS, chi can 70% LDTT la dc phai k", ["Không.", "70%"]),
    (
        "binh xet GDVH thi moi xa tu chon ngay, k can xong truoc 25/11 theo ND 86, dung k",
        ["Không.", "25/11"],
    ),
    (
        "GDVH thi truong thon chu tri binh xet, con thon VH thi hoi dong TDKT xa danh gia, dung k",
        ["Có.", "Hội đồng"],
    ),
    # new wordings
    ("TTLĐXS được Bằng chứng nhận, còn TTLĐTT cũng được bằng như vậy, đúng không ạ", ["Không."]),
    ("GDVH k nhat thiet phai binh xet truoc 25/11 dung k", ["Không.", "25/11"]),
    # the earlier twin b189's own shape, keyed "Có" though "chỉ cần" may read as "only": the
    # LĐTT clause alone is judged short of the Law's other criteria (Điều 24 khoản 1)
    (
        "LDTT chi can HTTNV tro len, con CSTDCS can HTXSNV hoac sang kien, e hieu vay dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ", "sáng kiến"],
    ),
]
F1_NOT_YET = {
    "LDTT chi can HTTNV tro len, con CSTDCS can HTXSNV hoac sang kien, e hieu vay dung k": (
        "the LĐTT clause's 'chỉ cần' is judged 'Không. Chưa đủ' alone (the Law also asks for "
        "the movement's part), so the whole opens 'Không.'; the key reads 'chỉ' loosely"
    ),
}
F1_CONTROLS = [
    # answered right before the fix, kept right
    ("giay khen tap the thuong 0,6 con TTLDTT thi k co tien, dung k", ["Không."]),
    ("CSTD toan quoc thi phai 2 lan CSTD tinh, con CSTD tinh can 3 lan CSTDCS dung ko", ["Có."]),
    # two titles, one clause wrong: "Không." kept
    (
        "ad oi CSTDCS thi chu tich xa ky con LDTT thi truong phong ky dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("TTLDXS can it nhat 70% LDTT, con TTLDTT chi can 50% la du, dung k", ["Không.", "70%"]),
    # both right: "Có." kept
    ("cuoi nam nay LDTT dc 760k con CSTDCS dc 2tr530 dung k a", ["Có.", "760.000", "2.530.000"]),
    (
        "CSTD toan quoc thuong 4,5 lan con CSTD tinh 3,0 lan luong co so dung k",
        ["Có.", "4,5", "3,0"],
    ),
    # a story or a saying around the two clauses: the readers of stories answer, as before
    (
        "chi phong VHXH bao neu bi ky luat khien trach thi chi mat CSTDCS thoi con LDTT van dc, "
        "dung k",
        ["Không.", "khiển trách"],
    ),
    (
        "Bằng khen tỉnh thì xã gửi hồ sơ qua Sở Nội vụ, còn giấy khen xã thì không cần, đúng "
        "không?",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "hoi dong TDKT xa chi tham muu, con quyet dinh la chu tich UBND xa, dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "nghe noi tap the lao dong xuat sac k can co ai dat CSTDCS, chi can 70% LDTT, dung k a",
        ["Không."],
    ),
    # one clause: the 25/11 claimed right stays "Có."
    ("binh xet GDVH phai xong truoc 25/11 dung k", ["Có.", "25/11"]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F1, F1_NOT_YET))
def test_two_clauses_judged_whole(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert "Căn cứ" in text, text


@pytest.mark.parametrize(("question", "keys"), F1_CONTROLS)
def test_two_clauses_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: comparisons of two prizes
F2 = [
    ("CSTDCS thuong gap hon 3 lan LDTT dung k", ["Có.", "0,3", "1,0"]),
    ("co thi dua cua tinh thuong gap hon 5 lan TTLDXS dung k", ["Có.", "8,0", "1,5"]),
    (
        "TTLDXS QD thang 3/2026 voi QD thang 1/2027 thuong bang nhau phai k",
        ["Không.", "3.510.000", "3.800.000"],
    ),
    # new wordings
    ("LDTT thuong gap hon 3 lan CSTDCS dung k", ["Không."]),
    ("tien thuong TTLDXS gap tren 2 lan TTLDTT phai k", ["Không.", "1,5", "0,8"]),
    ("LDTT ky thang 8/2026 voi ky thang 12/2026 tien thuong nhu nhau dung k", ["Có.", "760.000"]),
]
F2_NOT_YET: dict[str, str] = {}
F2_CONTROLS = [
    ("CSTD tinh thuong gap 3 lan CSTDCS dung k", ["Có.", "3,0"]),
    ("TTLDXS thuong gap 3 lan TTLDTT dung k", ["Không."]),
    ("giay khen tap the gap doi ca nhan dung k", ["Có.", "0,6"]),
    ("TTLDXS thuong cao hon TTLDTT phai k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F2, F2_NOT_YET))
def test_prizes_compared(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), F2_CONTROLS)
def test_prizes_compared_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F4: the Law's rule "Có."; a unit's cap or vote threshold "Tùy" (quy chế)
F4 = [
    (
        "thanh tich chong bao nam nay, chon giay khen xa hay bang khen tinh thi chi dc chon 1 cho "
        "thanh tich do phai k",
        ["Có.", "Điều 5"],
    ),
    ("xa e gioi han CSTDCS 20% so LDTT co dc k", ["Tùy", "quy chế"]),
    (
        "Hội đồng TĐKT xã em họp xét CSTĐCS, anh A được 65% phiếu, chị B được 80% phiếu. Phó chủ "
        "tịch nói ai dưới 70% thì không được. Vậy anh A có bị loại không?",
        ["Tùy", "quy chế"],
    ),
    # new wordings
    ("co quan e gioi han LDTT 60% tong so, vay co dung k", ["Tùy", "quy chế"]),
]
F4_CONTROLS = [
    # answered right before the fix, kept right
    ("cung 1 thanh tich cuu ho thi chi duoc khen 1 hinh thuc thoi dung k", ["Có.", "Điều 5"]),
    (
        "hoi dong xa bo phieu LDTT, chi Lan dc 60% phieu, chu tich bao duoi 2/3 la bi loai, dung k",
        ["Tùy", "quy chế"],
    ),
    # a second form for the same deed: "Không."
    (
        "anh Nam cuu nguoi duoc giay khen xa roi, gio xa de nghi them bang khen tinh cho thanh "
        "tich do dc k",
        ["Không."],
    ),
    # the cap or the threshold claimed as the Law's: "Không."
    ("nghe noi luat gioi han CSTDCS 15% so LDTT dung k", ["Không.", "15%"]),
    ("nghe noi theo luat phai dat 70% phieu moi dc CSTDCS, dung k", ["Không."]),
    # one form may be given many times, for different achievements
    ("moi nam chi dc 1 giay khen cho 1 nguoi dung k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_verdict_policy(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), F4_CONTROLS)
def test_verdict_policy_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: form or title; the province's Huy hiệu
F5 = [
    (
        "giay khen cua CT xa cung la mot danh hieu thi dua giong LDTT phai k",
        ["Không.", "hình thức khen thưởng"],
    ),
    (
        "huy hieu cua tinh ngay truoc gio con la mot hinh thuc khen thuong rieng ben canh bang "
        "khen k",
        ["Không.", "Điều 9"],
    ),
    # new wordings
    ("LDTT la mot hinh thuc khen thuong dung k", ["Không.", "danh hiệu thi đua"]),
    ("bang khen tinh cung tinh la danh hieu thi dua phai k a", ["Không.", "hình thức khen thưởng"]),
]
F5_CONTROLS = [
    # answered right before the fix, kept right
    (
        "tinh van con tang huy hieu cua tinh nhu mot hinh thuc khen thuong phai k",
        ["Không.", "Điều 9"],
    ),
    ("LDTT la danh hieu thi dua phai k", ["Có."]),
    ("giay khen la hinh thuc khen thuong phai k", ["Có."]),
    ("huy hieu cua tinh da bi bo dung k", ["Có.", "Điều 9"]),
    # the Huy hiệu given with CSTĐ tỉnh is that title's in-kind item
    ("CSTD tinh co dc tang huy hieu k", ["Có.", "Huy hiệu"]),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_form_or_title(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert "Căn cứ" in text, text


@pytest.mark.parametrize(("question", "keys"), F5_CONTROLS)
def test_form_or_title_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: Gia đình văn hóa claimed to have moved from the huyện (Luật 2022 Điều 80 khoản 3: the xã
# has always recognised it; NĐ 129/2025 Điều 59 moved the others)
F3 = [
    ("truoc GDVH do CT huyen tang, bay gio CT xa moi tang, dung k", ["Không.", "Chủ tịch UBND"]),
    # new wordings
    ("GDVH truoc day do huyen cong nhan phai k", ["Không.", "Điều 80"]),
    (
        "nghe noi tu 1/7/2025 gia dinh van hoa chuyen tu chu tich huyen ve chu tich xa cong nhan, "
        "dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # test_h114 had pinned "Có." for this claim (the move confirmed); its first half is false
    ("truoc day huyen cong nhan gia dinh van hoa, gio chu tich xa ky luon dung khong", ["Không."]),
]
F3_CONTROLS = [
    ("GDVH gio do ai cong nhan", ["Chủ tịch UBND"]),
    # thôn văn hóa did move from the huyện (Luật 2022 Điều 80 khoản 2): the reform notice answers
    (
        "truoc thon van hoa do CT huyen cong nhan, gio CT xa cong nhan dung k",
        ["01/7/2025", "Chủ tịch UBND xã"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_family_culture_never_district(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), F3_CONTROLS)
def test_family_culture_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
