"""Task h372 (tuning set b139): a line put up for confirmation is judged as said, not as the
plain question about its title.

- A reported claim, often negated ("k còn dc tặng huy hiệu", "k phải nộp lại", "chưa đủ 3 lần
  liên tục"), is answered on whether the claim holds: CSTĐ cấp tỉnh keeps its Huy hiệu (NĐ
  152/2025 Điều 50 khoản 1 điểm b); a cancelled decision takes back hiện vật and money (Luật
  Điều 93); a year with LĐTT only breaks the run of CSTĐCS (Điều 22 khoản 1 điểm a); the province
  may still ask for registration (Điều 7; domain.md 1.2 mục 2); without LĐTT no CSTĐCS (Điều 23
  khoản 1); a đề tài nghiệm thu is a route like a sáng kiến (Điều 23 khoản 2); no "xã văn hóa",
  the title is xã, phường, đặc khu tiêu biểu (Điều 29); under 6 months no LĐTT (TT 15/2025).
- The claim's own content is judged: LĐTT needs no sáng kiến (Điều 24 khoản 1), contract staff
  are người lao động (Điều 24 khoản 1, Điều 23), no years of service (Điều 24), TTLĐTT needs
  over 50 % LĐTT, not all (Điều 28).
- A concrete detail names the attribute asked: a discipline and the list, one deed with two
  forms (Điều 5 khoản 2 điểm c), a village title held years (xét hằng năm, NĐ 86/2023), the
  school's dossier (Điều 84 khoản 1), registration, a vote share set by the province.
- Dossier, time-limit, cap and ward claims open with their verdict (Điều 84 khoản 1; NĐ
  152/2025 Điều 6 khoản 2 điểm c; Điều 29).
- Farmers, traders and workers outside the state are of LĐTT (Điều 24 khoản 3).
- Another body's meeting (chi bộ, phụ huynh) is no thi đua minutes: declined.
"""

# ruff: noqa: E501

import pytest

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


def _has(text: str, fact: str) -> bool:
    return fold(fact).lower() in fold(text).lower()


def _check(kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]) -> None:
    text = ask_verdict(kb, question, verdict) if verdict else ask(kb, question)
    for fact in facts:
        assert _has(text, fact), (fact, text)


# family 1: a reported claim, often negated, is judged as said
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # tuning (b139)
        (
            "nghe noi luat moi bo hinh thuc huy hieu nen CSTD tinh bay gio k con dc tang huy hieu nua, dung k",
            "Không",
            ("Huy hiệu",),
        ),
        (
            "nghe noi GDVH bi huy thi tien va giay chung nhan k phai nop lai, dung k",
            "Không",
            ("thu hồi",),
        ),
        (
            "to truong bao co giao 2023 CSTDCS, 2024 chi LDTT, 2025 2026 CSTDCS thi chua du 3 lan lien tuc de xet CSTD tinh, dung k",
            "Có",
            ("liên tục",),
        ),
        (
            "nghe noi luat 2022 bo dang ky thi dua khoi can cu xet danh hieu, nhung tinh van co the bat dang ky, dung k",
            "Có",
            ("tỉnh",),
        ),
        (
            "hieu truong bao co giao day toan nam nay k dat LDTT thi du co sang kien dc truong cong nhan cung k de nghi CSTDCS dc, dung k",
            "Có",
            ("Lao động tiên tiến",),
        ),
        (
            "chuyen vien VP xa co de tai khoa hoc cap tinh da nghiem thu, nam nay dat LDTT, truong phong bao de tai nghiem thu cung du dieu kien CSTDCS nhu sang kien, dung k",
            "Có",
            ("đề tài",),
        ),
        (
            "nghe noi gio k con danh hieu xa van hoa, ma la xa, phuong, dac khu tieu bieu, dung k",
            "Có",
            ("tiêu biểu",),
        ),
        # the evaluator's new wordings
        (
            "chi pho phong bao CSTDCS gio k con dc tang bang chung nhan nua, chi co tien thoi, dung k ad",
            "Không",
            ("Bằng chứng nhận",),
        ),
        (
            "ke toan bao nguoi moi vao lam 4 thang thi nam nay chua dc xet LDTT, a ay noi vay dung k",
            "Có",
            ("6 tháng",),
        ),
        (
            "nghe noi TTLDTT k dc tang bang chung nhan, chi co tien thuong 0,8 lan, dung k",
            "Có",
            ("0,8",),
        ),
        # our own
        (
            "nghe nói CSTĐ cấp tỉnh giờ không còn được trao huy hiệu nữa, đúng không ạ",
            "Không",
            ("Huy hiệu",),
        ),
        (
            "Nghe nói quyết định khen bị hủy thì tiền thưởng không phải trả lại, đúng không ạ",
            "Không",
            ("thu hồi",),
        ),
        (
            "chi van phong bao nam 2025 chi dat LDTT nen chua du 3 lan lien tuc CSTDCS de len CSTD tinh, dung k ad",
            "Có",
            ("liên tục",),
        ),
        (
            "anh ấy mới tuyển dụng được 3 tháng, trưởng phòng nói năm nay chưa được xét LĐTT, nói vậy đúng không",
            "Có",
            ("6 tháng",),
        ),
        (
            "nghe noi de tai khoa hoc da nghiem thu cung tinh nhu sang kien de xet CSTDCS, dung k",
            "Có",
            ("đề tài",),
        ),
    ],
)
def test_reported_claim_judged_as_said(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 2: the claim's own content is judged, not a stock claim of the title
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "Trong Hội đồng có ý kiến: Lao động tiên tiến phải có ít nhất một sáng kiến được công nhận. Ý kiến đó đúng không ạ?",
            "Không",
            ("hoàn thành tốt nhiệm vụ",),
        ),
        (
            "e la bi thu doan thanh nien xa, doan vien cua e la giao vien hop dong truong mam non, nam nay hoan thanh xuat sac nhiem vu, co sang kien lam do choi dc truong cong nhan. hieu truong bao nguoi hop dong k dc xet CSTDCS. e hoi co dung k",
            "Không",
            ("người lao động",),
        ),
        (
            "Phó chủ tịch nói muốn được Lao động tiên tiến thì phải công tác ở xã đủ 2 năm. Nói vậy có đúng không ạ?",
            "Không",
            (),
        ),
        (
            "hieu pho bao nhan vien bao ve hop dong cua truong k dc binh LDTT vi k phai vien chuc, dung k",
            "Không",
            ("người lao động",),
        ),
        (
            "trong hoi dong co y kien: TTLDTT thi toan bo thanh vien phai dat LDTT, y kien do dung k",
            "Không",
            ("trên 50",),
        ),
        (
            "co nguoi bao LDTT phai co sang kien moi dc xet, vay dung k",
            "Không",
            ("hoàn thành tốt nhiệm vụ",),
        ),
        (
            "Chị kế toán bảo người làm hợp đồng lao động thì không được bình Lao động tiên tiến, có đúng không?",
            "Không",
            ("người lao động",),
        ),
        (
            "ad oi truong phong bao ca phong phai dat LDTT het thi moi dc TTLDTT, dung k",
            "Không",
            ("trên 50",),
        ),
        ("bí thư bảo phải công tác đủ 3 năm mới được xét LĐTT, đúng k ad", "Không", ()),
    ],
)
def test_claim_content_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 3: a concrete detail of the case names the attribute asked
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "cong chuc tu phap ho tich bi khien trach thang 4/2026, chu tich xa bao nam nay k dua a ay vao danh sach LDTT, vay la dung quy dinh phai k",
            "Có",
            ("khiển trách",),
        ),
        (
            "chao ad. e la thanh vien hoi dong TDKT xa, dai dien hoi CCB. trong cuoc hop xet, co y kien de nghi vua tang giay khen xa vua de nghi tinh tang bang khen cho cung 1 thanh tich chong lu cua doi xung kich, bao vay moi xung dang. e thay k on. lam vay co dung luat k",
            "Không",
            ("nhiều hình thức",),
        ),
        (
            "e la truong thon, thon e 3 nam nay deu dc cong nhan thon van hoa, ban van hoa bao nam nay k can xet nua vi da du 3 nam, tu dong giu danh hieu. e hoi co dung k, va thon van hoa thuong bn",
            "Không",
            ("hằng năm", "3.800.000"),
        ),
        (
            "e la van thu truong mam non xa, kiem nhiem TDKT cua truong. nam hoc nay truong de nghi LDTT cho 20 co, TTLDTT cho truong. hieu truong bao e lam ho so gom to trinh va danh sach la du, k can bien ban binh xet. e hoi vay co du k, neu k thi can them gi",
            "Không",
            ("biên bản", "báo cáo thành tích"),
        ),
        (
            "nghe noi giao vien k ky dang ky thi dua dau nam hoc thi chac chan k dc xet LDTT, dung k",
            "Tùy",
            ("tỉnh",),
        ),
        (
            "e la can bo TDKT xa. thang 12 nay xa hop hoi dong TDKT xet khen tong ket. chu tich xa hoi nguong bo phieu cong nhan CSTDCS, a pho phong bao 70% la luat quy dinh cung cho ca nuoc. co dung la luat quy dinh k",
            "Không",
            ("tỉnh",),
        ),
        (
            "co giao mam non bi canh cao thang 5, hieu truong bao nam nay k dua co vao danh sach LDTT cua truong, lam vay dung k",
            "Có",
            (),
        ),
        (
            "doi xung kich thon e da dc tinh tang bang khen vu chong lu thang 9, gio xa tang them giay khen cho chinh vu do dc k",
            "Không",
            (),
        ),
        (
            "to dan pho e dat TDP van hoa 2024 2025, nam 2026 co phai lam lai ho so binh xet k hay giu nguyen danh hieu",
            "Có",
            ("hằng năm",),
        ),
        (
            "xa e bi khien trach thang 8, chu tich bao k dua vao danh sach LDTT nam nay, vay dung k",
            "Có",
            ("khiển trách",),
        ),
        (
            "thon e dat thon van hoa 3 nam lien roi, nam nay co can binh xet lai k hay tu dong giu",
            "Có",
            ("hằng năm",),
        ),
        (
            "khong ky dang ky thi dua dau nam thi cuoi nam k dc binh LDTT, dung k ad",
            "Tùy",
            ("tỉnh",),
        ),
        (
            "nghe noi nguong 70% phieu bau CSTDCS la luat quy dinh chung ca nuoc, dung k",
            "Không",
            ("tỉnh",),
        ),
    ],
)
def test_case_detail_names_attribute(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 4: the right passage opens with its verdict
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "nghe noi ho so danh hieu thi dua chi can to trinh va danh sach, bao cao thanh tich bo roi, dung k",
            "Không",
            ("báo cáo thành tích",),
        ),
        (
            "thi xa cu nay tach thanh 3 phuong, moi phuong co dc de nghi phuong tieu bieu rieng k",
            "Có",
            ("tỉnh",),
        ),
        (
            "thu tuc tang giay khen cho ho gia dinh o xa giai quyet trong may ngay, co phai 5 ngay k",
            "Tùy",
            ("tỉnh",),
        ),
        (
            "e la pho chu tich UBND xa, pho chu tich hoi dong TDKT. ban van hoa xa hoi trinh danh sach CSTDCS 9 nguoi tren 40 LDTT, co nguoi bao vuot 15% phai cat bot vi luat quy dinh. e can biet 15% co con la quy dinh cua luat k, va CSTDCS nam nay thuong bn",
            "Không",
            ("tỉnh", "2.530.000"),
        ),
        (
            "nghe noi ho so CSTDCS k can bien ban hop hoi dong, chi can bao cao thanh tich la du, dung k",
            "Không",
            ("biên bản",),
        ),
        (
            "phuong e moi sap nhap tu 2 phuong cu, nam 2026 van dc de nghi phuong tieu bieu phai k",
            "Có",
            ("Chủ tịch UBND tỉnh",),
        ),
        ("luat co khong che so LDTT cua xa toi da 80% so nguoi k ad", "Không", ("tỉnh",)),
        (
            "nghe nói hồ sơ LĐTT không cần biên bản bình xét, chỉ cần tờ trình là đủ, đúng không",
            "Không",
            ("biên bản bình xét",),
        ),
        ("phuong moi sau sap xep co duoc de nghi phuong tieu bieu k", "Có", ("tỉnh",)),
        ("thu tuc giay khen cho ca nhan giai quyet 7 ngay theo luat dung k", "Không", ("tỉnh",)),
        ("co nguoi bao ty le CSTDCS toi da 15% la theo luat, dung k", "Không", ("tỉnh",)),
    ],
)
def test_passage_opens_with_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 6: farmers, traders and workers outside the state (Điều 24 khoản 3)
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "truong thon bao nong dan san xuat gioi, tich cuc phong trao van dc xet LDTT chu k rieng can bo cong chuc, dung k",
            "Có",
            ("sản xuất có hiệu quả",),
        ),
        (
            "ba con tieu thuong o cho xa lam an gioi, tich cuc phong trao, co dc de nghi LDTT k, tieu chuan la gi",
            "Có",
            ("sản xuất có hiệu quả",),
        ),
        (
            "cong nhan xuong may HTX trong xa k phai can bo, muon dc LDTT thi can dat nhung gi",
            None,
            ("sản xuất có hiệu quả", "gương mẫu chấp hành"),
        ),
        (
            "nong dan nuoi ca gioi o thon co dc chu tich xa tang LDTT k hay chi giay khen",
            "Có",
            ("Lao động tiên tiến",),
        ),
        (
            "nong dan nuoi bo gioi, tich cuc phong trao cung dc xet LDTT dung k",
            "Có",
            ("sản xuất có hiệu quả",),
        ),
        (
            "Người buôn bán nhỏ ở chợ làm ăn giỏi có được đề nghị Lao động tiên tiến không",
            "Có",
            ("sản xuất có hiệu quả",),
        ),
    ],
)
def test_workers_outside_state(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 7: another body's meeting is not the field's
@pytest.mark.parametrize(
    "question",
    [
        "mau bien ban hop chi bo cuoi nam tai o dau",
        "mau bien ban hop phu huynh cuoi nam hoc lay o dau",
        "bien ban ban giao tai san khi nghi huu lam the nao",
        "mau bao cao tong ket cong tac dan van nam 2026",
        "Mẫu biên bản họp chi bộ tháng 12 lấy ở đâu ạ",
        "bien ban hop cha me hoc sinh dau nam mau nao",
        "mau nghi quyet chi bo ve cong tac thang 1",
    ],
)
def test_other_meeting_declined(officer_kb: KnowledgeBase, question: str) -> None:
    assert not officer_kb.ask(question, TODAY).answered, question


# controls: near wordings whose answer must not change
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "Hồ sơ đề nghị danh hiệu thi đua có bắt buộc biên bản bình xét không, có cần tờ trình không?",
            "Có",
            (),
        ),
        (
            "ho so LDTT cho nhan vien tram co can bien ban binh xet k, bao cao thanh tich ca nhan co phai nop k",
            "Có",
            (),
        ),
        ("LDTT thi luat k gioi han ty le toan quoc, dung k", "Có", ()),
        ("khong dat ldtt thi co len cstdcs duoc k", "Không", ()),
        ("CSTD tinh co dc tang huy hieu k", "Có", ("Huy hiệu",)),
        ("LDTT co can sang kien k", "Không", ()),
        ("nguoi moi tuyen dung 8 thang co dc xet LDTT k", "Có", ()),
        ("khong dat LDTT thi co dc de nghi CSTDCS k", "Không", ()),
        ("TTLDTT can bao nhieu phan tram LDTT", None, ("trên 50",)),
        ("thon van hoa thuong bao nhieu", None, ("3.800.000",)),
        ("mau bien ban hop hoi dong thi dua xa lay o dau", None, ("Biên bản",)),
        ("truong e de nghi giay khen cho hoi cha me hoc sinh dc k", "Có", ()),
        ("nghe noi gio van con danh hieu xa van hoa, dung k", "Không", ("tiêu biểu",)),
        # the first way offered is the one asked (b61, b119 after the merge)
        ("gio con danh hieu xa van hoa k hay doi thanh xa tieu bieu roi", "Không", ("tiêu biểu",)),
        ("ờ giờ còn danh hiệu xã văn hóa không hay là đổi thành xã tiêu biểu", "Không", ()),
        ("nghe noi xa van hoa doi thanh xa tieu bieu roi dung k", "Có", ("tiêu biểu",)),
    ],
)
def test_near_wordings_unchanged(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


# family 5: a letter with two persons' cases answers each, in the order asked
@pytest.mark.parametrize(
    ("question", "verdicts", "facts"),
    [
        (
            "ad oi, e la cong chuc phu trach TDKT xa. cuoi nam tong hop LDTT co 3 truong hop kho: 1 anh van thu tuyen dung thang 7/2026, 1 chi ke toan nghi sinh 5 thang, 1 anh dia chinh bi khien trach thang 10. truong phong bao ca 3 deu loai. e hoi chi ke toan nghi sinh co bi loai k, va anh bi khien trach thi sao",
            ["Không", "Có"],
            ("thai sản", "khiển trách"),
        ),
        (
            "tong hop LDTT e vuong 2 ca: 1 anh dia chinh bi khien trach thang 6, 1 chi di boi duong 3 thang loai kha. anh co dc xet k, con chi thi sao",
            ["Không", "Có"],
            ("khiển trách", "bồi dưỡng"),
        ),
        (
            "hoi dong xet 2 ca CSTDCS: co giao nghi sinh 6 thang co sang kien dc cong nhan, va thay bi khien trach thang 3 nhung HTXSNV. ai dc, ai k",
            None,
            ("thai sản", "khiển trách"),
        ),
        (
            "to e co 2 nguoi: 1 anh moi tuyen dung thang 10, 1 chi nghi thai san 4 thang. anh co dc xet LDTT k, con chi thi sao",
            ["Không", "Có"],
            ("6 tháng", "thai sản"),
        ),
        (
            "Tổ em có 2 trường hợp: 1 chị bị khiển trách tháng 5, 1 anh đi bồi dưỡng 2 tháng đạt loại giỏi. Chị có được xét LĐTT không, còn anh thì sao?",
            ["Không", "Có"],
            ("khiển trách", "bồi dưỡng"),
        ),
        (
            "phong e co 1 chi nghi thai san 6 thang, 1 anh bi canh cao thang 9, ca 2 co dc xet LDTT k",
            None,
            ("thai sản", "khiển trách"),
        ),
    ],
)
def test_each_persons_case(
    officer_kb: KnowledgeBase, question: str, verdicts: list[str] | None, facts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    if verdicts is not None:
        assert leading_verdicts(text)[:2] == verdicts, text
    else:
        # "Có, nếu đạt tiêu chuẩn: …" opens the allowing case's block
        assert "Không" in leading_verdicts(text) and "\nCó" in text, text
    for fact in facts:
        assert _has(text, fact), (fact, text)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("chi nghi thai san 5 thang co dc xet LDTT k", "Có"),
        ("anh bi khien trach thang 3 co dc xet LDTT k", "Không"),
    ],
)
def test_one_persons_case_unchanged(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "\n\n**Lao động tiên tiến: Ai được xét**" not in text, text
