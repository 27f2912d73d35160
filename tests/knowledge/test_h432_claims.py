"""Task h432: b168's failure families, read as rules (issue 11).

Each case is what the officer sees: the first verdict the answer opens with (a reform block
opens with none, so the first block that opens with one) and the decisive facts, folded as the
scorer folds them. Per family: the tuning questions (b168 and their siblings in older sets), the
evaluator's new wordings, and our own; then controls whose answer must not change.

1. a prize, a movement's giấy khen, a deed or a standard met claimed to make or stand for a
   yearly title (LĐTT, CSTĐCS, Gia đình văn hóa, thôn văn hóa, xã tiêu biểu): "Không", the title
   is reviewed on its own criteria (Luật 2022 Điều 20, 23, 24, 29, 30; NĐ 86/2023).
2. the very deed commended again, or a waiting period claimed: "Không" (Luật 2022 Điều 5
   khoản 2 điểm c).
3. confirm-shaped yes/no: a chi hội is a collective (Điều 75), a criterion of LĐTT (Điều 24),
   an award at a drive's close is khen theo đợt (Điều 75), the culture titles' forms are the
   province's ("Tùy", NĐ 152/2025 Điều 6 khoản 2 điểm c).
4. the reform block does not take the verdict: a former level told in passing, the xã claimed
   to sign now, a letter naming the old district council still gets its papers (NĐ 129/2025
   Điều 59).
5. province-delegated rules open "Tùy": the forms above and the own unit's maximum (settled
   policy: NĐ 152/2025 Điều 6 khoản 2 điểm c).
6. a firm's own head gives its workers' sudden-deed giấy khen (Luật 2022 Điều 80 khoản 4).
7. a collective named by an unusual word that won a prize may be proposed for khen theo đợt.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict or None, facts the answer must hold)
AWARD_NOT_TITLE = [
    # b168
    (
        "giay khen chuyen de chuyen doi so co thay dc danh hieu LDTT cuoi nam cho cong chuc k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    ("ho dc giay khen chuyen doi so thi nam do tu dong la gia dinh van hoa dung k", "Không", []),
    ("thon dc giay khen NTM thi coi nhu dat luon thon van hoa nam do dung k", "Không", []),
    (
        "ke hoach chuyen doi so cua doan xa ghi 'doan vien dat giai se dc cong nhan CSTDCS', ghi"
        " vay dung k",
        "Không",
        ["Lao động tiên tiến"],
    ),
    (
        "ke hoach dai hoi TDTT xa ghi 'van dong vien dat giai nhat dc tang danh hieu LDTT', ghi"
        " vay co dung k ad",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # siblings in older sets (b116, b76)
    (
        "ke hoach hoi thao cua xa ghi doi nao dat giai nhat se dc cong nhan thon van hoa luon, a"
        " can bo van hoa bao ghi vay dung, phai k",
        "Không",
        ["tiêu chuẩn"],
    ),
    (
        "ban to chuc lien hoan nghe noi danh hieu LDTT chi xet cho nguoi dat giai trong cac hoi"
        " thao, dung k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "xa dat chuan NTM thi co tu dong dc danh hieu xa tieu bieu k",
        "Không",
        ["Chủ tịch UBND tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "ho nha e dat giai nhat hoi thi gia dinh tre cua xa, vay la dc cong nhan GDVH luon phai k",
        "Không",
        [],
    ),
    (
        "co giao dc giay khen hoi thi GV gioi cap xa roi thi cuoi nam mac nhien len CSTDCS dung k",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ", "sáng kiến"],
    ),
    (
        "ke hoach chong lu cua xa ghi ai tham gia cuu ho deu dc xet LDTT cuoi nam, ghi the co"
        " dung k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # our own
    (
        "Nhà bác Hòa được giấy khen vì hiến đất làm đường, vậy năm nay mặc nhiên là Gia đình văn"
        " hóa phải không ạ?",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    (
        "thon e dat giai nhat hoi dien van nghe cua xa thi tu dong dc thon van hoa luon dung k mn",
        "Không",
        ["Điều 30"],
    ),
    (
        "Kế hoạch hội thi của đoàn xã ghi: cá nhân đạt giải nhất sẽ được công nhận Lao động tiên"
        " tiến. Ghi như vậy có đúng không?",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "phuong e dat chuan van minh do thi roi thi coi nhu la phuong tieu bieu dung k ad",
        "Không",
        ["Chủ tịch UBND tỉnh"],
    ),
    (
        "ban tổ chức bảo danh hiệu ldtt chỉ dành cho người đạt giải hội thao thôi, đúng k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
]

SAME_DEED = [
    # b168
    (
        "ho nha ong Tam da dc giay khen cua xa vi hien dat lam duong thon nam 2025, nam nay xa"
        " lai khen them lan nua cho chinh viec hien dat do dc k",
        "Không",
        ["một thành tích"],
    ),
    (
        "Năm học trước trường em được xã tặng giấy khen tập thể vì triển khai học bạ số tốt. Năm"
        " nay trường mở rộng sang chữ ký số và thu học phí không dùng tiền mặt, kết quả mới hẳn."
        " Em định đề nghị khen tiếp thì có người bảo một tập thể đã có giấy khen rồi thì phải 5"
        " năm sau mới được khen lại. Đúng không ạ?",
        "Không",
        ["nhiều lần"],
    ),
    # the evaluator's new wordings
    (
        "nam ngoai chi doan dc giay khen vi lam tuyen duong thap sang, nam nay xa khen lai dung"
        " tuyen duong do lan nua dc k",
        "Không",
        ["một thành tích"],
    ),
    (
        "nghe noi thon da dc giay khen roi thi 3 nam sau moi dc de nghi tiep, dung k a",
        "Không",
        ["nhiều lần"],
    ),
    (
        "hoi vien da dc tinh tang bang khen vi cuu nguoi trong bao, xa tang them giay khen cho"
        " viec cuu nguoi do co dc k",
        "Không",
        ["một thành tích"],
    ),
    # our own
    (
        "Anh Tuấn đã được giấy khen đột xuất vì cứu 2 cháu bé đuối nước, giờ hội cựu chiến binh"
        " muốn xin xã khen thêm cho chính việc cứu người đó nữa thì có được không?",
        "Không",
        ["một thành tích"],
    ),
    (
        "ho e dc xa khen vi ung ho xay truong roi, nam nay xin khen lai cung dong gop do dc ko",
        "Không",
        ["một thành tích"],
    ),
    (
        "chi van phong bao da co giay khen thi phai doi 2 nam moi dc de nghi khen tiep, dung k",
        "Không",
        ["nhiều lần"],
    ),
    (
        "Nghe nói hộ đã nhận giấy khen thì phải chờ 3 năm sau mới được xét khen lại, có đúng"
        " không ạ?",
        "Không",
        ["nhiều lần"],
    ),
]

CONFIRMED = [
    # b168
    (
        "xa e phat dong thi dua chuyen doi so, cuoi dot khen ca nhan co thanh tich thi goi la"
        " khen theo chuyen de dung k",
        "Có",
        ["chuyên đề"],
    ),
    (
        "Hội phụ nữ xã muốn đề nghị khen chi hội phụ nữ thôn, chi hội có phải là tập thể được"
        " tặng giấy khen không?",
        "Có",
        [],
    ),
    (
        "cong nhan tham gia tich cuc phong trao thi dua, hoat dong xa hoi la 1 tieu chi LDTT"
        " cua cong nhan dung k",
        "Có",
        ["phong trào thi đua"],
    ),
    (
        "ho so de nghi cong nhan GDVH cua thon gui len xa co phai theo dung mau cua ND 86 k",
        "Tùy",
        ["tỉnh"],
    ),
    # the evaluator's new wordings
    ("khen cuoi dot thi dua tiem chung la khen theo dot chu k phai dot xuat, dung k", "Có", []),
    ("chi doan thon co tinh la 1 tap the de xa tang giay khen k", "Có", []),
    ("bien ban hop binh xet thon van hoa co bat buoc theo mau 06 cua ND 86 k", "Tùy", ["tỉnh"]),
    # our own
    ("CLB dưỡng sinh của xã có được coi là tập thể để xin giấy khen không ạ", "Có", []),
    (
        "tổng kết đợt thi đua cao điểm 90 ngày đêm, xã khen các tổ thì gọi là khen theo đợt"
        " đúng không",
        "Có",
        ["theo đợt"],
    ),
    (
        "hoan thanh tot nhiem vu tro len la 1 trong cac tieu chuan LDTT cua cong chuc phai k ad",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "to trinh de nghi cong nhan thon van hoa co bat buoc dung mau 04 cua nghi dinh 86 khong",
        "Tùy",
        ["tỉnh"],
    ),
]

REFORM_BLOCK = [
    # b168
    (
        "hoi vien CCB cuu dan trong bao, giay khen dot xuat cua chu tich xa (truoc la huyen)"
        " thuong 0,3 luong co so dung k",
        "Có",
        ["760.000"],
    ),
    (
        "thon e truoc gui de nghi khen chuyen doi so len UBND huyen, bay gio k con huyen thi chu"
        " tich xa ky dung k",
        "Có",
        ["1/7/2025"],
    ),
    (
        "Hội Nông dân xã em có mô hình cánh đồng lớn góp phần xây dựng nông thôn mới nâng cao,"
        " nhiều hội viên sản xuất giỏi. Trước đây hội nộp hồ sơ khen lên Hội đồng thi đua huyện."
        " Nay hội muốn đề nghị khen 3 chi hội và 8 hội viên thì hồ sơ gồm những giấy tờ gì, ai"
        " quyết định?",
        None,
        ["tờ trình", "biên bản", "Chủ tịch UBND"],
    ),
    # the evaluator's new wordings
    (
        "giay khen thon van hoa cua chu tich xa (truoc la chu tich huyen) thuong 1,5 luong co so"
        " dung k",
        "Có",
        ["3.800.000"],
    ),
    (
        "to bau cu truoc de nghi huyen khen, nay xa khen thi ho so gom nhung gi",
        None,
        ["tờ trình", "biên bản", "Chủ tịch UBND"],
    ),
    (
        "truong MN truoc do huyen cong nhan TTLDTT, nay chu tich xa cong nhan luon phai k a",
        "Có",
        ["1/7/2025"],
    ),
    # our own
    (
        "Giấy khen của chủ tịch phường (trước đây là chủ tịch quận) cho cá nhân thưởng 0,3 lần"
        " lương cơ sở đúng không?",
        "Có",
        ["760.000"],
    ),
    (
        "ap e truoc nop ho so thon van hoa len UBND huyen, gio ko con huyen nua thi chu tich xa"
        " cong nhan dung ko",
        "Có",
        ["1/7/2025"],
    ),
    (
        "Trước đây đoàn nộp hồ sơ lên Hội đồng thi đua huyện. Nay đoàn xã muốn đề nghị khen 2"
        " chi đoàn và 5 đoàn viên thì hồ sơ gồm gì, ai quyết định?",
        None,
        ["tờ trình", "biên bản", "Chủ tịch UBND"],
    ),
]

PROVINCE_RULES = [
    # b168 (the own unit's maximum: "Tùy", the settled cap policy)
    (
        "ho so thon van hoa co phai lam dung mau 04, 05, 06 cua ND 86 k hay tinh quy dinh rieng",
        "Tùy",
        ["tỉnh"],
    ),
    ("Tỷ lệ CSTĐCS tối đa ở xã em là bao nhiêu phần trăm số LĐTT ạ?", "Tùy", ["tỉnh"]),
    # the evaluator's new wordings
    (
        "ho so thon van hoa bay gio tinh minh co mau rieng hay van dung mau cua ND 86 a",
        "Tùy",
        ["tỉnh"],
    ),
    ("xa giai quyet ho so thon van hoa trong 10 ngay nhu ND 86 phai k", "Tùy", ["tỉnh"]),
    (
        "bang tong hop danh sach ho GDVH cua thon co phai lam theo mau cua ND 86 k hay mau cua"
        " tinh",
        "Tùy",
        ["tỉnh"],
    ),
    # our own
    (
        "Biên bản họp bình xét Gia đình văn hóa ở tổ dân phố có phải dùng mẫu của Nghị định 86"
        " không ạ?",
        "Tùy",
        ["tỉnh"],
    ),
    ("so LDTT toi da trong truong minh la bao nhieu nguoi", "Tùy", ["tỉnh"]),
    (
        "mẫu tờ trình thôn văn hóa tỉnh có ban hành riêng hay vẫn theo mẫu 04 của NĐ 86 ạ",
        "Tùy",
        ["tỉnh"],
    ),
]

FIRM_HEAD = [
    # b168
    (
        "Công nhân công ty em cứu người trong lũ, giám đốc công ty tặng giấy khen đột xuất cho"
        " công nhân được không?",
        "Có",
        ["Giám đốc"],
    ),
    # the evaluator's new wordings
    (
        "HTX e co xa vien dung cam cuu tau ca, giam doc HTX tu ky giay khen dot xuat cho xa vien"
        " dc k",
        "Có",
        ["Giám đốc"],
    ),
    (
        "cong ty e muon khen dot xuat cong nhan hien mau cuu nguoi, phai xin UBND xa hay giam doc"
        " ky",
        None,
        ["Giám đốc"],
    ),
    (
        "chu tich HDTV cong ty tang giay khen cho to bao ve chong bao dc k, con CSTDCS thi ai ky",
        "Có",
        ["Giám đốc"],
    ),
    # our own
    (
        "cty tnhh e co anh bao ve dap lua cuu kho hang, giam doc khen dot xuat cho anh ay dc ko",
        "Có",
        ["Giám đốc"],
    ),
    (
        "Xã viên dũng cảm cứu người đuối nước, giám đốc hợp tác xã có được tặng giấy khen đột"
        " xuất cho anh ấy không ạ?",
        "Có",
        ["Giám đốc"],
    ),
    (
        "doanh nghiep e muon tang giay khen dot xuat cho cong nhan cuu dong nghiep bi dien giat,"
        " giam doc ky dc k",
        "Có",
        ["Giám đốc"],
    ),
]

COLLECTIVES = [
    # b168
    (
        "to dan pho doat giai nhat hoi thi khu pho xanh sach dep cua phuong, co dc de nghi khen"
        " theo dot k",
        "Có",
        [],
    ),
    # the evaluator's new wordings
    (
        "to Zalo cong dong cua khu pho dc phuong tang giay khen tap the thi thuong bao nhieu",
        None,
        ["1.520.000"],
    ),
    (
        "doi thanh nien xung kich cua ap doat giai nhat hoi thi phong chay, co dc de nghi khen"
        " theo dot k",
        "Có",
        [],
    ),
    (
        "nhom nong dan lien ket trong rau an toan dc xa tang giay khen tap the, thuong bao nhieu,"
        " ai ky",
        None,
        ["1.520.000", "Chủ tịch UBND"],
    ),
    # our own
    ("CLB duong sinh dat giai ba hoi thao xa thi co duoc khen theo dot khong", "Có", []),
    (
        "Đội văn nghệ thôn đạt giải nhì liên hoan văn nghệ của xã, có được đề nghị khen theo đợt"
        " không?",
        "Có",
        [],
    ),
    (
        "nhom tinh nguyen cua ap gianh giai nhat cuoc thi ve sinh moi truong, xa khen theo dot"
        " dc hok",
        "Có",
        [],
    ),
]

CASES = AWARD_NOT_TITLE + SAME_DEED + CONFIRMED + REFORM_BLOCK + PROVINCE_RULES + FIRM_HEAD
CASES += COLLECTIVES

#: near wordings whose answer must not change: (question, first verdict or None for none at
#: all, facts the answer must hold)
CONTROLS = [
    # a household may be reviewed for GĐVH after a prize: it is asked, nothing is claimed
    ("Hộ đạt giải nhất hội thi gia đình trẻ thì có được xét Gia đình văn hóa không?", "Có", []),
    # the old consecutive-years giấy khen of NĐ 122/2018
    ("ho dat GDVH 3 nam lien thi dc giay khen k", "Không", ["122/2018"]),
    # a new deed of the same kind next year may be commended again
    (
        "nam 2025 dc xa khen chong dich, nam 2026 lai chong dich tiep co khen dc nua k",
        "Có",
        ["nhiều lần"],
    ),
    # the bare cap question keeps the settled policy, "Tùy" since stop 46 (was "Không", task
    # h476; NĐ 152/2025 Điều 6 khoản 2 điểm c)
    ("CSTDCS co bi gioi han ty le khong", "Tùy", ["tỉnh"]),
    # the national figure asked, no own unit: no verdict
    ("ty le CSTDCS toi da la bao nhieu phan tram", None, ["91/2017"]),
    # a xã's sudden-deed giấy khen with no firm named stays the xã chairman's
    ("khen dot xuat cho nguoi dan cuu nguoi thi ai ky", None, ["Chủ tịch UBND xã"]),
    # the xã commends a firm's worker for a deed on its territory: still the xã chairman's
    (
        "cong ty tui o dac khu, 1 cong nhan dung cam chua chay cuu nha hang xom, xa khen dot xuat"
        " cho anh do dc k",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
    # a contest's individual prize money asked stays the prize's own answer
    (
        "hoi thi the thao cua xa co 12 ca nhan dat giai, xa tang giay khen theo dot, qd ky thang"
        " 9/2026, moi nguoi dc 760 nghin dung k",
        "Có",
        ["760.000"],
    ),
    # a prize asked as a sudden deed stays "Tùy"
    ("doi van nghe thon dat giai nhat thi co dc khen dot xuat k", "Tùy", []),
    # the collective's prize for a giấy khen that names a thôn, no culture title
    ("giay khen cho thon thuong bao nhieu", None, ["1.520.000"]),
    # a collective claimed not to be one
    ("chi hoi phu nu khong phai la tap the nen k dc tang giay khen, dung k", "Không", []),
    # a culture title's decision time still the province's procedure
    ("thoi han cong nhan thon van hoa la bao nhieu ngay", None, []),
    # the district asked to still sign: the reform's own "Không"
    ("giay khen cap huyen nam nay con k", "Không", ["01/7/2025"]),
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


@pytest.mark.parametrize(("question", "verdict", "facts"), CONTROLS)
def test_control(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ([verdict] if verdict else []), text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
