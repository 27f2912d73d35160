"""Task h388: b146's families (young officers' chat), read as rules over wordings.

F1. The Đoàn's own award or rating is not the State's: a Đoàn giấy khen, bằng khen, cờ is the
    Đoàn's under its điều lệ, not the Chủ tịch UBND xã's giấy khen nor the Chủ tịch UBND tỉnh's
    Bằng khen, Cờ (Luật 2022 Điều 74, 75, 80 khoản 2, 3); the Đoàn confers no LĐTT, TTLĐTT
    (Điều 80 khoản 3; NĐ 129/2025 Điều 59); its award is no route to CSTĐCS (Điều 23).
F2. A letter that puts a line up ("… có đúng vậy k") and then asks a second thing opens with
    the verdict on the line: maternity counts (TT 15/2025), LĐTT is not for công chức only
    (Điều 24 khoản 1), a short course graded khá joins (TT 15/2025); "đủ đk chưa hay phải HTXS"
    opens with the case told (Điều 23 khoản 2: a sáng kiến is a route of its own).
F3. A negative or double claim judged, not the plain topic: the titles with a bằng also carry a
    prize (NĐ 152/2025 Điều 50); the Chủ tịch UBND xã chairs the Hội đồng TĐKT xã (Điều 90).
F4. Settled verdicts: the end of a volunteer campaign is a đợt, not đột xuất (Điều 85, brief
    §2.9); households get the xã chairman's giấy khen (Điều 75); LĐTT needs no sáng kiến
    (Điều 24 khoản 1), asked with "… chứ mn".
F6. Persons, collectives and households kept apart: LĐTT / CSTĐCS are persons' titles, a
    household's is Gia đình văn hóa (Điều 19, 20 khoản 2); giấy khen to each volunteer is a
    person's (0,3 × 2.530.000 = 760.000 đ).
F7. A team and its members each commended: both amounts (tập thể 1.520.000 đ, cá nhân 760.000 đ).
F8. A storm or flood evacuation told in a long letter with marks is a sudden deed: khen đột xuất
    at once, tờ trình and báo cáo tóm tắt (Điều 85).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, opening verdict or None, decisive facts)
CASES = [
    # F1 tuning (b146)
    ("Đoàn xã có quyền xét LĐTT cho đoàn viên k mn", "Không", ["Chủ tịch UBND"]),
    (
        "giay khen cua Doan truong cho sv tinh nguyen co fai la giay khen cua chu tich xa k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "e la nv hop dong o van phong phuong, kiem pho bi thu doan phuong. nam nay e dc Doan "
        "phuong tang giay khen vi phong trao chuyen doi so, cong viec chuyen mon thi danh gia "
        "hoan thanh tot nhiem vu. chi van phong bao co giay khen cua Doan la du dk de nghi "
        "CSTDCS. co dung k ad",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "nghe noi bang khen cua tinh doan cung tinh la bang khen chu tich tinh, dung k",
        "Không",
        ["Chủ tịch UBND tỉnh"],
    ),
    # F1 evaluator's wordings
    (
        "co thi dua cua tinh doan tang cho chi doan e co fai la co thi dua cua UBND tinh k ad",
        "Không",
        ["Chủ tịch UBND tỉnh"],
    ),
    (
        "giay chung nhan tinh nguyen cua Thanh doan co dung thay cho dk de xet LDTT o xa dc k z",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chi doan dc Doan xa binh la chi doan vung manh xuat sac, vay co tinh la TTLDTT cua xa "
        "luon k mn",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    # F1 own
    (
        "Bằng khen của Tỉnh đoàn có được tính là bằng khen của UBND tỉnh không ạ",
        "Không",
        ["Chủ tịch UBND tỉnh"],
    ),
    ("doan xa co tham quyen xet LDTT cho bi thu chi doan k z", "Không", ["Chủ tịch UBND xã"]),
    (
        "e dc Huyen doan tang bang khen, vay co tinh nhu dat CSTDCS luon k ad",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    # F2 tuning
    (
        "e la dieu duong tram y te, 25t, sinh be dau nghi thai san 6 thang tu thang 2 den thang 8 "
        "nam nay, di lam lai van hoan thanh tot nhiem vu. chi trong tram bao nghi sinh nua nam la "
        "mat LDTT, nhuong cho ng khac. co dung vay k a, thoi gian thai san co dc tinh k",
        "Không",
        ["thai sản"],
    ),
    (
        "e lam hop dong o bo phan mot cua cua phuong dc 2 nam, nam nay danh gia hoan thanh tot "
        "nhiem vu, k vi pham j. chi van phong bao LDTT chi xet cho cong chuc nen k dua e vao danh "
        "sach binh xet. e hoi luat co noi vay k, neu e dc LDTT thi thuong bn",
        "Không",
        ["người lao động", "760.000"],
    ),
    (
        "c la y si tram y te xa, 28t. nam nay c lam 1 sang kien cai tien so theo doi tiem chung "
        "tren dien thoai, tram va xa ap dung tu thang 5, hoi dong sang kien xa da cong nhan. danh "
        "gia cuoi nam c hoan thanh tot nhiem vu, chac dat LDTT. vay c du dk de nghi CSTDCS chua "
        "hay fai hoan thanh xuat sac nhiem vu nua a",
        "Có",
        ["sáng kiến"],
    ),
    # F2 evaluator's wordings
    (
        "e vao lam o xa tu thang 2 nam nay, a pho fong bao e chua du thoi gian de binh LDTT. a "
        "noi vay co dung k ad, hay e van dc xet",
        "Không",
        ["6 tháng"],
    ),
    (
        "e di boi duong 2 thang dat loai kha, chi ke toan bao vay la nam nay k dc LDTT. chi noi "
        "dung k, thoi gian di hoc co dc cong vao k a",
        "Không",
        ["khá"],
    ),
    (
        "e co sang kien dc xa cong nhan va dat LDTT, nhung hieu truong bao van phai HTXS nhiem vu "
        "moi len CSTDCS. vay e du dk chua hay fai HTXS nua z",
        "Có",
        ["sáng kiến"],
    ),
    # F2 own
    (
        "chi to truong bao nghi de 6 thang la k dc binh LDTT. co dung vay k a, e nghi thai san co "
        "dc tinh vao thoi gian cong tac k",
        "Không",
        ["thai sản"],
    ),
    (
        "a ke toan bao LDTT chi xet cho nguoi bien che nen hop dong nhu e k dc. luat co noi vay k "
        "a, neu dc thi thuong bn",
        "Không",
        ["người lao động", "760.000"],
    ),
    (
        "e co 1 sang kien da dc cong nhan, dat LDTT roi, vay e du dk CSTDCS chua hay phai HTXS "
        "nua a",
        "Có",
        ["sáng kiến"],
    ),
    # F3 tuning
    ("nghe noi TTLDXS chi dc tang bang, k co tien, dung k c", "Không", ["3.800.000"]),
    ("Chủ tịch UBND xã kiêm luôn chủ tịch hội đồng TĐKT xã đúng k ad", "Có", ["Chủ tịch UBND"]),
    # F3 evaluator's wordings
    (
        "nghe noi CSTDCS chi dc bang chung nhan voi khung thoi, k co tien thuong, dung k mn",
        "Không",
        ["2.530.000"],
    ),
    ("chu tich hoi dong TDKT xa cung chinh la chu tich UBND xa fai k ad", "Có", ["Chủ tịch UBND"]),
    ("nghe bao thon van hoa chi dc bang chung nhan, k dc tien, dung k z", "Không", ["3.800.000"]),
    # F3 own
    (
        "nghe noi thon van hoa chi dc tang bang chung nhan thoi, k co thuong, dung k",
        "Không",
        ["3.800.000"],
    ),
    (
        "Có người bảo Chiến sĩ thi đua cơ sở chỉ được bằng và khung, không có tiền thưởng, đúng "
        "không",
        "Không",
        ["2.530.000"],
    ),
    ("ct ubnd xa kiem chu tich hd thi dua xa luon phai k a", "Có", ["tham mưu"]),
    # F4 tuning
    (
        "nghe mn trong doi bao chien dich tinh nguyen he ai xuat sac la dc khen dot xuat, dung k",
        "Không",
        ["chuyên đề"],
    ),
    (
        "nghe noi giay khen xa chi tang ca nhan voi tap the, ho gia dinh k dc, dung k. neu ho dc "
        "thi thuong bn",
        "Không",
        ["hộ gia đình", "760.000"],
    ),
    (
        "e cong chuc VH-XH, nam nay hoan thanh tot nhiem vu nhung k co sang kien j, van du LDTT "
        "chu mn",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # F4 evaluator's wordings
    (
        "thang cao diem tinh nguyen ket thuc, xa khen may doi vien xuat sac, vay la khen dot xuat "
        "fai k ad",
        "Không",
        ["chuyên đề"],
    ),
    (
        "ho gia dinh co dc nhan giay khen cua chu tich xa k hay chi ca nhan voi tap the thoi",
        "Có",
        ["hộ gia đình"],
    ),
    (
        "hoan thanh tot nhiem vu ma k co sang kien thi van dc LDTT chu ha mn",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # F4 own
    (
        "ket thuc chien dich tinh nguyen, xa khen 3 ban xuat sac, do la khen dot xuat dung k",
        "Không",
        ["chuyên đề"],
    ),
    (
        "nghe noi giay khen chu tich xa k tang cho ho gia dinh, chi ca nhan thoi, dung k",
        "Không",
        ["hộ gia đình"],
    ),
    (
        "Em hoàn thành tốt nhiệm vụ nhưng không có sáng kiến nào, vẫn được LĐTT chứ ạ",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # F6 tuning
    (
        "ho gia dinh trong thon co dc xet LDTT k hay ho thi chi co GD van hoa",
        "Không",
        ["Gia đình văn hóa"],
    ),
    (
        "e la sv nam 3, he nay di tinh nguyen o 1 xa mien nui 6 tuan. cuoi dot xa tang giay khen "
        "cua chu tich UBND xa cho e va 4 ban. nhom e nghe anh doi truong bao giay khen cho sv chi "
        "la giay thoi, k co tien thuong vi sv k phai can bo cua xa. vay co dung k ad, neu co thi "
        "bn",
        "Không",
        ["760.000"],
    ),
    # F6 evaluator's wordings
    (
        "e va 2 ban dc giay khen ca nhan cua chu tich xa, nghe bao moi ng dc 1tr5 dung k",
        "Không",
        ["760.000"],
    ),
    ("ho gia dinh e co dc binh CSTDCS k hay chi ca nhan moi dc", "Không", ["Gia đình văn hóa"]),
    (
        "xa tang giay khen rieng cho tung ban trong doi tinh nguyen thi moi ban dc bn tien z",
        None,
        ["760.000"],
    ),
    # F6 own
    ("hộ dân có được tặng lao động tiên tiến không", "Không", ["Gia đình văn hóa"]),
    ("xa tang giay khen cho em va 3 ban trong doi, moi ban dc bn tien", None, ["760.000"]),
    ("nghe noi ho gia dinh k dc xet LDTT, dung k", "Có", ["Gia đình văn hóa"]),
    # F7 tuning
    (
        "tụi e la doi sv tinh nguyen 15 ng ve xa lam mua he xanh 2 thang, xay 2 cay cau, day hoc "
        "he cho tre. cuoi dot UBND xa noi se tang giay khen cho doi va 3 ban tieu bieu. cho e hoi "
        "giay khen do ai ky, doi dc bn tien va moi ban ca nhan dc bn",
        None,
        ["Chủ tịch UBND", "1.520.000", "760.000"],
    ),
    ("thon thi xet danh hieu tap the nao, dat thi thuong bn z", None, ["văn hóa", "3.800.000"]),
    # F7 evaluator's wordings
    ("thon dat danh hieu j thi dc thuong tien, bn tien v mn", None, ["văn hóa", "3.800.000"]),
    (
        "doi tinh nguyen va ban doi truong deu dc giay khen xa, doi dc bn va ban doi truong dc bn",
        None,
        ["1.520.000", "760.000"],
    ),
    ("TTLDTT danh cho ai, dat thi thuong bn", None, ["50", "2.030.000"]),
    # F7 own
    ("tổ dân phố xét danh hiệu gì, thưởng bao nhiêu", None, ["văn hóa", "3.800.000"]),
    (
        "giay khen cho doi sv tinh nguyen va 2 ban tieu bieu, doi dc bn, moi ban dc bn",
        None,
        ["1.520.000", "760.000"],
    ),
    ("doi sinh vien tinh nguyen dc giay khen xa thi thuong bn", None, ["1.520.000"]),
    (
        "doi thanh nien tinh nguyen va ban doi truong cung dc giay khen, doi dc bao nhieu con ban "
        "doi truong dc bao nhieu",
        None,
        ["1.520.000", "760.000"],
    ),
    # F8 tuning
    (
        "Em là SV tình nguyện hè ở xã ven biển. Tuần trước có bão, đội em cùng dân quân giúp sơ "
        "tán hơn 40 hộ trong đêm, bạn trưởng nhóm bị thương nhẹ. Chủ tịch xã nói sẽ khen. Cho em "
        "hỏi khen kiểu này có phải chờ cuối năm k, hồ sơ cần gì ạ",
        "Không",
        ["đột xuất", "tờ trình"],
    ),
    # F8 evaluator's wordings
    (
        "Tối qua lũ về, nhóm tình nguyện tụi em cùng công an xã đưa 20 cụ già lên chỗ cao. Xã bảo "
        "sẽ khen. Có phải đợi tổng kết năm k ạ, cần giấy tờ gì",
        "Không",
        ["đột xuất", "tờ trình"],
    ),
    (
        "ban e cuu 1 ba cu bi nuoc cuon trong lu, xa muon khen ngay, co fai doi cuoi nam k, can "
        "giay to j ad",
        "Không",
        ["đột xuất", "tờ trình"],
    ),
    # F8 own
    (
        "Đêm qua bão, đội em giúp dân sơ tán khỏi vùng trũng, xã nói sẽ khen. Có phải chờ tổng "
        "kết cuối năm không, hồ sơ gồm gì",
        "Không",
        ["đột xuất", "tờ trình"],
    ),
    (
        "Bão vừa qua đội em giúp sơ tán 30 hộ dân, chủ tịch xã muốn khen. hồ sơ cần những gì",
        None,
        ["đột xuất", "tờ trình"],
    ),
    (
        "mua lu vua roi doi e giup so tan ba con trong dem, xa bao se khen, co phai cho cuoi nam k",
        "Không",
        ["đột xuất"],
    ),
]

#: near wordings whose answer must not change (question, verdict or None, facts, title that
#: must NOT lead the answer)
CONTROLS = [
    ("giay khen cua chu tich UBND xa cho doan vien dc bao nhieu tien", None, ["760.000"], "Đoàn"),
    (
        "a pho chu tich bao CSTDCS phai HTXS nhiem vu, e co sang kien dc cong nhan, vay e co can "
        "HTXS nua k",
        "Không",
        ["sáng kiến"],
        "Đoàn",
    ),
    (
        "e di boi duong 3 thang loai gioi, thoi gian di hoc co dc tinh de xet LDTT k",
        "Có",
        ["khá"],
        "Đoàn",
    ),
    ("TTLDXS dc tang nhung gi", None, ["Bằng chứng nhận"], "Có tiền thưởng kèm theo"),
    (
        "trong chien dich tinh nguyen he ban e cuu 1 em be duoi nuoc, co dc khen dot xuat k",
        "Có",
        ["đột xuất"],
        "Đoàn",
    ),
    ("giay khen tap the cho doi tinh nguyen dc bn tien", None, ["1.520.000"], "cá nhân"),
    (
        "nghe noi LDTT chi xet cho can bo cong chuc, nong dan k dc, vay xa tang LDTT cho nong dan "
        "la sai, dung k",
        "Không",
        [],
        "Danh hiệu không chỉ dành cho công chức",
    ),
    ("LDTT co can sang kien k", "Không", ["hoàn thành tốt nhiệm vụ"], "Đoàn"),
    ("thon co dc xet danh hieu TTLDTT k", "Không", ["văn hóa"], "Tiền thưởng"),
    (
        "toi la chu tich UBND xa kiem chu tich hoi dong TDKT. cuoi nam co 1 cong chuc bi ky luat "
        "khien trach, trong phong muon de nghi LDTT cho anh ay. theo quy dinh co duoc k",
        "Không",
        ["khiển trách"],
        "Hội đồng",
    ),
    (
        "c oi e la y si tram y te xa, ky hop dong lam viec tu 1/9/2026. truong tram bao cuoi nam "
        "ca tram deu binh LDTT, e cung dc de xuat luon cho vui. nhu vay co dung quy dinh k c",
        "Không",
        ["6 tháng"],
        "hợp đồng",
    ),
    (
        "chu tich xa co duoc ky giay khen cho chi doan k hay phai la Doan cap tren moi khen dc",
        "Có",
        ["Chủ tịch UBND xã"],
        "Đoàn",
    ),
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_family_wording(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert answer.answered, question
    if verdict is not None:
        assert leading_verdicts(answer.text)[:1] == [verdict], answer.text
    for fact in facts:
        assert has_fact(answer.text, fact), (fact, answer.text)


@pytest.mark.parametrize(("question", "verdict", "facts", "not_leading"), CONTROLS)
def test_control_unchanged(
    officer_kb: KnowledgeBase,
    question: str,
    verdict: str | None,
    facts: list[str],
    not_leading: str,
) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert answer.answered, question
    if verdict is not None:
        assert leading_verdicts(answer.text)[:1] == [verdict], answer.text
    for fact in facts:
        assert has_fact(answer.text, fact), (fact, answer.text)
    assert not_leading not in answer.text.split("\n", 1)[0], answer.text
