"""Task h390: b145's failure families, read as rules (issue 11).

Each case is what the officer sees: the first verdict the answer opens with (a reform block
opens with none) and the decisive facts, folded as the scorer folds them. Per family: the
tuning questions (b145), the evaluator's new wordings, and our own; then controls whose answer
must not change (h386's side of the caps: a cap claimed of the national law opens "Không.").

1. reform told as the past ("trước huyện tặng …, giờ bỏ huyện rồi thì … còn được … k"): the
   parts decide, now the xã chairman (NĐ 129/2025 Điều 59; Luật 2022 Điều 75).
2. hearsay with its negation in the words ("bị bỏ", "hết", "chỉ còn", "phải có … mới"): the
   saying is judged (NĐ 152/2025 Điều 50; Luật 2022 Điều 28).
3. the pair asked: "thôn có được đề nghị thôn văn hóa" (thôn proposed, Luật Điều 30, 75); a
   title counted towards another (Luật Điều 22 khoản 1); the asker's post is no subject.
4. "Ai được xét" decided for an eligible subject (hộ gia đình, Luật Điều 75) and for phòng,
   chống thiên tai told by the act (Luật Điều 85; domain.md 2.9).
5. a cap or registration asked with no national rule named opens "Tùy" with the province
   (Luật 2022 Điều 7, 23, 24; domain.md 1.2(6), 2.11).
6. every stated circumstance answered: thai sản counts (TT 15/2025), a new hire under 6
   months and a khiển trách each bar LĐTT (Luật 2022 Điều 24).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict, facts the answer must hold)
REFORM = [
    # b145
    (
        "thon e nam nay phong trao hien mau, xay nha van hoa deu dan dau xa. truoc day moi lan"
        " nhu vay huyen tang giay khen cho thon, gio bo huyen roi thi thon con dc giay khen k hay"
        " chi ca nhan moi dc, ai ky",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    # evaluator
    (
        "nam truoc huyen tang giay khen cho to dan pho e, nam nay bo huyen roi thi to con dc"
        " giay khen k",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "truoc huyen cong nhan thon van hoa, nay k con huyen thi thon e con dc cong nhan thon"
        " van hoa k, ai ky",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "truoc chu tich huyen ky CSTDCS cho giao vien, bo huyen roi giao vien con dc CSTDCS k",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    # ours
    (
        "năm ngoái huyện tặng giấy khen cho thôn em, giờ bỏ huyện rồi thôn còn được giấy khen"
        " không, ai ký",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "hoi truoc huyen ky cong nhan to dan pho van hoa, nay k con huyen thi to dan pho con dc"
        " cong nhan ko",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "truoc day chu tich huyen ky LDTT cho gv, gio bo cap huyen r thi gv con dc LDTT hong",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
]

HEARSAY = [
    # b145
    (
        "nghe noi huy hieu cua tinh bi bo roi nen CSTD tinh gio k con huy hieu, dung k",
        "Không",
        ["Huy hiệu"],
    ),
    (
        "tram y te e 9 nguoi, nam nay 5 nguoi dat LDTT, tram hoan thanh tot nhiem vu, noi bo doan"
        " ket, tich cuc phong trao. ben TTYT khu vuc bao phai co 1 nguoi CSTDCS thi moi de nghi"
        " TTLDTT. vay co dung k a",
        "Không",
        ["50 %"],
    ),
    # evaluator
    (
        "chi ke toan bao huy hieu bi bo nen CSTD tinh chi con bang va tien, phai k a",
        "Không",
        ["Huy hiệu"],
    ),
    (
        "nghe noi thon van hoa gio chi con giay chung nhan, het tien thuong roi, dung k",
        "Không",
        ["3.800.000"],
    ),
    (
        "truong e 11 nguoi 6 LDTT, hoan thanh tot nhiem vu, pho hieu truong bao thieu CSTDCS nen"
        " k xin TTLDTT dc, dung k",
        "Không",
        ["50 %"],
    ),
    # ours
    (
        "nghe nói huy hiệu CSTĐ tỉnh bị bãi bỏ rồi, giờ chỉ còn bằng với tiền thôi, đúng không",
        "Không",
        ["Huy hiệu"],
    ),
    ("ban e bao LDTT het tien thuong roi, dung ko", "Không", ["760.000"]),
    (
        "truong e 10 gv, 6 nguoi LDTT, truong hoan thanh tot nhiem vu. hieu pho bao phai co it"
        " nhat 1 nguoi CSTDCS thi moi xin TTLDTT, vay dung k",
        "Không",
        ["50 %"],
    ),
]

PAIR = [
    # b145
    (
        "thon e nam nay dan dau xay dung NTM, thon co dc de nghi giay khen chu tich xa k,"
        " thuong bn",
        "Có",
        ["Chủ tịch UBND", "1.520.000"],
    ),
    (
        "co giao day toan truong THCS xa e: CSTDCS 2023, 2024, 2025, nam nay chac cung dat, co sang"
        " kien day hoc so da dc ap dung toan tinh. nha truong muon lam ho so CSTD cap tinh. cho hoi"
        " dieu kien so lan CSTDCS lien tuc la bao nhieu va ho so gui ve dau",
        None,
        ["03 lần", "Sở Nội vụ"],
    ),
    (
        "e la cong chuc VHXH phu trach TDKT. anh Hung cong chuc dia chinh 2 nam lien LDTT, nam nay"
        " danh gia hoan thanh xuat sac nhiem vu nhung k co sang kien nao. truong phong bao thieu"
        " sang kien thi chi LDTT thoi. e dang soan to trinh, hoi CSTDCS cho anh Hung co de nghi dc"
        " k va neu chu tich ky thang 12 thi thuong bao nhieu",
        "Có",
        ["2.530.000"],
    ),
    # evaluator
    ("thon co dc de nghi thon van hoa k", "Có", ["Chủ tịch UBND xã"]),
    (
        "co giao CSTDCS 2024, 2025, 2026, sang kien ap dung toan tinh, dieu kien de len CSTD tinh"
        " la gi, ho so nop dau",
        None,
        ["03 lần", "Sở Nội vụ"],
    ),
    # ours
    (
        "tổ dân phố em có được đề nghị công nhận tổ dân phố văn hóa không",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "thay giao dat CSTDCS 2024 2025 2026, de tai ap dung trong tinh, nay lam ho so CSTD tinh"
        " thi can may lan CSTDCS lien tuc, gui ho so cho ai",
        None,
        ["03 lần", "Sở Nội vụ"],
    ),
    (
        "e la cong chuc VHXH. chi Hoa cong chuc tu phap dat LDTT, nam nay hoan thanh xuat sac"
        " nhiem vu, k co sang kien. hoi CSTDCS cho chi Hoa co de nghi dc k",
        "Có",
        ["không bắt buộc sáng kiến"],
    ),
    (
        "Em là công chức văn hóa xã hội. Anh Dũng công chức địa chính đạt LĐTT, năm nay hoàn thành"
        " xuất sắc nhiệm vụ, không có sáng kiến; trưởng phòng bảo thiếu sáng kiến thì thôi. Hỏi"
        " CSTĐCS cho anh Dũng có đề nghị được không",
        "Có",
        ["không bắt buộc sáng kiến"],
    ),
]

ELIGIBLE = [
    # b145
    (
        "xa e vua xong tuyen duong lam duong giao thong nong thon, co 15 ho hien dat, trong do ho"
        " ong Ba hien 300m2. lanh dao bao lam giay khen chu tich xa cho cac ho. ho gia dinh co dc"
        " tang giay khen k, va moi ho dc thuong bn neu ky thang 12 nay",
        "Có",
        ["760.000"],
    ),
    # the disputed key (fixed to the procedure and the signer, no verdict): a hedge on a team's
    # own duty would be defensible; the facts asked must be there either way
    (
        "doi xung kich thon chong lu gioi, khen tap the dot xuat dc k, ai ky",
        None,
        ["thủ tục đơn giản", "Chủ tịch UBND"],
    ),
    # evaluator
    (
        "chi hoi phu nu giup dan don dep sau bao, khen dot xuat cho ca chi hoi dc k, ai ky",
        "Có",
        ["thủ tục đơn giản", "Chủ tịch UBND xã"],
    ),
    ("to dan pho e chong lu gioi, co dc khen dot xuat k", "Có", ["thủ tục đơn giản"]),
    (
        "xa vua lam xong duong lien thon, 20 ho hien dat, chu tich muon tang giay khen cho cac ho."
        " ho gia dinh co dc giay khen k, moi ho bao nhieu tien",
        "Có",
        ["760.000"],
    ),
    # ours
    (
        "hội cựu chiến binh giúp dân chống lũ, xã khen đột xuất cho hội được không, ai ký",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    (
        "ho ong Nam hien 200m2 dat lam duong, lanh dao bao lam giay khen cho ho. ho gia dinh co dc"
        " giay khen k, thuong bao nhieu neu ky thang 12",
        "Có",
        ["760.000"],
    ),
    (
        "doan thanh nien don dep sau bao cho ba con, co khen dot xuat dc k",
        "Có",
        ["thủ tục đơn giản"],
    ),
]

PROVINCE = [
    # b145 (keyed "Tùy"): the council's own list to be cut is told, so the settled caps
    # policy's own-unit clause answers it, "Tùy" the province's quy chế (task h420, stop 44)
    (
        "LDTT co bi khong che ty le toi da bao nhieu % k, hoi dong e dinh cat bot cho vua chi tieu",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "nghe noi LDTT phai co ban dang ky thi dua tu dau nam, k dang ky la loai, dung k",
        "Tùy",
        ["tỉnh", "đăng ký"],
    ),
    # evaluator (stop 42 kept "Không." for a cap asked with no unit of the asker's; the lead's
    # settled policy of stop 46 makes the bare cap "Tùy" with the province, task h476)
    ("LDTT co bi khong che so luong k", "Tùy", ["tỉnh"]),
    # stop 42: the repealed national figure claimed keeps the settled "Không." (test_h318)
    ("nghe noi CSTDCS toi da 15% so LDTT cua don vi, dung k ad", "Không", ["tỉnh", "91/2017"]),
    ("ban dang ky thi dua co bat buoc de xet thon van hoa k", "Tùy", ["tỉnh", "Điều 7"]),
    # ours
    ("CSTĐCS có bị giới hạn số lượng không", "Tùy", ["tỉnh"]),
    ("nghe noi xa chi dc de nghi LDTT toi da 70% so nguoi, dung k", "Tùy", ["tỉnh"]),
    ("thon co bat buoc dang ky thi dua de xet thon van hoa k", "Tùy", ["tỉnh", "Điều 7"]),
    ("nghe noi k dang ky thi dua la bi loai khoi xet CSTDCS, dung k", "Tùy", ["tỉnh"]),
]

CIRCUMSTANCES = [
    # b145
    (
        "gv mam non nghi thai san 6 thang trong nam hoc, danh gia van hoan thanh tot nhiem vu,"
        " hieu truong co dua vao de nghi LDTT dc k",
        "Có",
        ["thai sản"],
    ),
    (
        "tram y te xa e co 8 nguoi: 1 y si moi tuyen dung thang 9/2026, 1 dieu duong bi khien"
        " trach thang 3 vi de mat so tiem chung, 6 nguoi con lai hoan thanh tot nhiem vu. ke toan"
        " TTYT bao ca 8 nguoi cu lap ds LDTT het, xa xet sau. e hoi y si moi va dieu duong bi khien"
        " trach co dua vao xet LDTT dc k",
        "Không",
        ["6 tháng", "khiển trách"],
    ),
    # evaluator
    (
        "to y te co 2 nguoi: chi Lan moi ve lam thang 8/2026, anh Son bi khien trach hoi thang 2"
        " vi di muon, con lai deu hoan thanh tot. tram truong hoi chi Lan va anh Son co dua vao"
        " xet LDTT dc k",
        "Không",
        ["6 tháng", "khiển trách"],
    ),
    # hired in 7/2026: by the year's end six months are reached, so only the khiển trách bars
    (
        "bo phan mot cua co anh Vinh moi tuyen dung thang 7/2026, chi Thu bi khien trach thang 6,"
        " nhung nguoi khac hoan thanh tot nhiem vu. anh Vinh va chi Thu co vao ds LDTT dc k",
        "Không",
        ["khiển trách"],
    ),
    (
        "co giao nghi thai san 4 thang, hoan thanh tot nhiem vu, hieu truong co dua vao de nghi"
        " LDTT dc k",
        "Có",
        ["thai sản"],
    ),
    # ours
    (
        "cô giáo nghỉ sinh 5 tháng, vẫn hoàn thành tốt nhiệm vụ, có được đưa vào danh sách LĐTT"
        " không",
        "Có",
        ["thai sản"],
    ),
    (
        "tram co 1 bac si moi tuyen thang 10/2026, 1 y si bi khien trach thang 4, con lai hoan"
        " thanh tot. bac si va y si co dc xet LDTT k",
        "Không",
        ["6 tháng", "khiển trách"],
    ),
    (
        "phong co anh Tuan moi tuyen dung thang 10/2026, chi Hoa bi khien trach thang 5, con lai"
        " HTTNV. anh Tuan va chi Hoa co dc LDTT k",
        "Không",
        ["6 tháng", "khiển trách"],
    ),
]

#: near wordings whose answer must not change (and h386's side of the caps)
CONTROLS = [
    ("bo huyen roi thi huyen con tang giay khen k", "Không", ["01/7/2025"]),
    ("CSTD tinh co huy hieu k", "Có", ["Huy hiệu"]),
    ("nghe noi CSTD tinh k con huy hieu, dung k", "Không", ["Huy hiệu"]),
    ("xa co dc de nghi cstd tinh k", "Có", ["Sở Nội vụ"]),
    ("CSTDCS toi da 15% theo ND 91 dung k", "Không", ["hết hiệu lực"]),
    ("luat moi van gioi han CSTDCS 15% phai k", "Không", ["91/2017"]),
    ("ca nuoc ap 15% cho CSTDCS dung k", "Không", ["91/2017"]),
    ("theo luat LDTT co bi khong che ty le k", "Không", ["91/2017"]),
    ("tinh em quy dinh CSTDCS k qua 20%, xa co phai theo k", "Có", ["quy chế"]),
    ("gv nghi thai san 6 thang, hieu truong co dua vao de nghi LDTT dc k", "Có", ["thai sản"]),
    ("co quan 10 nguoi, 4 nguoi dat LDTT, co dat TTLDTT k", "Không", ["50 %"]),
    ("luat co bat buoc dang ky thi dua k", "Không", ["Điều 7"]),
    (
        "doi dan quan xa truc chong lu theo ke hoach, cuoi dot xa khen, co phai khen dot xuat k",
        "Không",
        [],
    ),
    (
        "Giáo viên trường tiểu học có được tính vào tỷ lệ LĐTT của cơ quan UBND xã không?",
        "Không",
        [],
    ),
]

FAMILIES = {
    "reform": REFORM,
    "hearsay": HEARSAY,
    "pair": PAIR,
    "eligible": ELIGIBLE,
    "province": PROVINCE,
    "circumstances": CIRCUMSTANCES,
    "control": CONTROLS,
}
CASES = [
    pytest.param(q, v, facts, id=f"{family}-{i}")
    for family, cases in FAMILIES.items()
    for i, (q, v, facts) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
