"""Task h407: the b153 families (outsiders of the commune: farmers, traders, firms, HTX,
religious bodies, donors, the elderly), read as rules, not as single questions.

F1 the verdict answers the claim put up, not the topic's attribute; F2 an incidental noun (who
nominated, a word inside a name, a side detail) is not the subject; F3 the right attribute or
subject variant (time to decide, a farmer's criteria, one form given many times); F4 outsider
wordings outside the lexicon are not declined; F5 both claims of a compound line are answered;
F6 "có kèm tiền … không hay chỉ có giấy" gets a verdict; F7 another service's certificate is
declined. Each case: the b153 question, the evaluator's new wordings, and wordings of our own.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: the verdict answers the asker's claim (NĐ 86/2023 Điều 7, 8; Luật 2022 Điều 23, 30,
# Điều 80 khoản 3, 4)
F1 = [
    (
        "gia dinh van hoa dc cong nhan 1 lan la giu mai, k phai binh lai nua dung k",
        ["Không.", "hằng năm"],
    ),
    (
        "e la cong nhan cty may, nam 2025 va 2026 deu dat LDTT do giam doc ky. nam nay e dc "
        "giao lam to truong, hoan thanh xuat sac nhiem vu nhung k co sang kien nao. truong "
        "phong bao k co sang kien thi k bao gio len dc CSTDCS. co dung vay k a",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "nghe noi giay khen cua giam doc HTX chi la giay khen noi bo, k phai hinh thuc khen "
        "thuong theo luat thi dua, dung k",
        ["Không.", "Giám đốc"],
    ),
    (
        "chao ad, e phu trach van hoa xa. nam nay co 1 thon ca thon la giao dan, thon dat het "
        "tieu chi thon van hoa nhung co y kien bao thon toan dao thi k nen cong nhan thon van "
        "hoa. e muon hoi quy dinh co loai tru thon co dong giao dan k, va thon van hoa thi ai "
        "ky quyet dinh",
        ["Không.", "Chủ tịch UBND"],
    ),
    # the evaluator's new wordings
    (
        "nghe noi GDVH cong nhan 1 lan dung 5 nam, k can binh lai hang nam dung k a",
        ["Không.", "hằng năm"],
    ),
    (
        "co nguoi bao giay khen do chu tich HDQT cty ky thi k co gia tri vi k phai nha nuoc ky,"
        " dung k",
        ["Không.", "Điều 80 khoản 4"],
    ),
    # our own
    (
        "Gia đình văn hóa năm ngoái được công nhận rồi thì năm nay tự động giữ danh hiệu, không"
        " phải bình xét lại đúng không",
        ["Không.", "hằng năm"],
    ),
    ("nha e dc cong nhan gdvh roi, nghe bao co gia tri 3 nam dung k ad", ["Không.", "hằng năm"]),
    (
        "chị kế toán HTX bảo LĐTT do giám đốc HTX tặng chỉ là danh hiệu nội bộ thôi, đúng không",
        ["Không.", "Điều 80 khoản 4"],
    ),
    (
        "giay khen giam doc cty tang cho cong nhan thi vo gia tri vi k phai nha nuoc ky, dung k ad",
        ["Không.", "Giám đốc"],
    ),
    (
        "thôn có nhiều phật tử thì có bị loại khi xét thôn văn hóa không",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("nghe noi ho theo dao thien chua thi k dc binh GDVH, dung k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_f1_verdict_answers_the_claim(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: who nominated, a word inside a name, a side detail is not the subject (Luật 2022 Điều 24
# khoản 3, Điều 75, Điều 80 khoản 4; NĐ 152/2025 Điều 50)
F2 = [
    (
        "nha e lam ruong voi nuoi heo, nam nay dc thon binh chon, nong dan nhu e co dc danh "
        "hieu lao dong tien tien k ad",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "ông nhà tôi được thôn bình là nông dân sản xuất giỏi, muốn được Lao động tiên tiến thì"
        " cần gương mẫu chấp hành chính sách pháp luật nữa đúng không",
        ["Có.", "gương mẫu"],
    ),
    (
        "ad oi, e lam nhan su o 1 cty go tren dia ban xa. cuoi nam giam doc muon khen: cong "
        "nhan gioi thi LDTT, to truong xuat sac thi CSTDCS, phan xuong thi TTLDTT, con 1 anh "
        "dung cam cuu nguoi thi giay khen. ben e co phai gui ho so len UBND xa de chu tich xa "
        "quyet dinh k hay giam doc tu ky",
        ["Không.", "Giám đốc"],
    ),
    (
        "Ban hộ tự chùa được xã tặng giấy khen vì tham gia cứu trợ bão lũ, giấy khen đó ai ký, "
        "có tiền thưởng không",
        ["Chủ tịch UBND", "1.520.000"],
    ),
    # the evaluator's new wordings
    (
        "bo e dc hoi nong dan xa bau la nong dan san xuat gioi, bo e co dc xet lao dong tien "
        "tien k",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "ban ho tu nha tho giao xu dc xa tang giay khen tap the, tien thuong bao nhieu",
        ["1.520.000"],
    ),
    (
        "cong nhan cty e dung cam cuu chay kho, giam doc muon khen dot xuat thi tu ky giay khen"
        " dc k hay phai xin xa",
        ["Có.", "Giám đốc"],
    ),
    # our own
    (
        "me e nuoi ga, dc chi hoi phu nu thon gioi thieu, me e co dc xet LDTT k a",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "Chú tôi trồng lúa, được tổ dân phố bầu là hộ sản xuất giỏi, chú có được đề nghị Lao "
        "động tiên tiến không",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "ban ho tu chua X tham gia don dep sau lu, xa tang giay khen thi ai ky va thuong bao nhieu",
        ["Chủ tịch UBND", "1.520.000"],
    ),
    (
        "htx e co 1 xa vien cuu nguoi duoi nuoc, giam doc htx tu ky giay khen dot xuat dc k hay"
        " phai trinh xa",
        ["Có.", "Giám đốc"],
    ),
    (
        "cty e muon khen LDTT cho cong nhan thi co phai nop ho so len UBND xa k hay giam doc tu"
        " quyet dinh",
        ["Không.", "Giám đốc"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_f2_incidental_noun_not_subject(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: the right attribute and subject variant (NĐ 86/2023 Điều 8; Luật 2022 Điều 24 khoản 3,
# Điều 5 khoản 2 điểm c)
F3 = [
    (
        "nghe noi thon nop du ho so GDVH len xa roi thi xa co toi 1 thang moi phai ra quyet "
        "dinh, dung k",
        ["Không.", "10 ngày"],
    ),
    (
        "to hop tac k co tu cach phap nhan, thanh vien to hop tac lam nong nghiep gioi co dc "
        "xet LDTT k",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "xa e co 1 ong Viet kieu Phap nam 2025 ung ho xay truong, da dc chu tich xa tang giay "
        "khen. nam 2026 ong lai ung ho them xay tram y te, la dot dong gop moi hoan toan. can "
        "bo van phong noi da khen roi thi k dc khen nua vi 1 nguoi chi dc 1 hinh thuc. vay dung"
        " k",
        ["Không.", "nhiều lần"],
    ),
    # the evaluator's new wordings
    (
        "thon nop ho so thon van hoa roi ma xa de 2 thang chua ra quyet dinh thi co dung han k",
        ["Không.", "10 ngày"],
    ),
    (
        "xa vien HTX chan nuoi bo co dc LDTT k, xet theo tieu chi nao",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "ong viet kieu nam nao cung ung ho xa, xa nam nao cung tang giay khen cho ong thi co "
        "sai nguyen tac k",
        ["Không.", "nhiều lần"],
    ),
    # our own
    (
        "Hồ sơ Gia đình văn hóa nộp đủ rồi, xã để 20 ngày mới quyết định công nhận thì có đúng "
        "hạn không",
        ["Không.", "10 ngày"],
    ),
    (
        "nghe noi xa phai ra qd cong nhan GDVH trong 10 ngay ke tu khi nhan du ho so, dung k",
        ["Có.", "10 ngày"],
    ),
    (
        "thanh vien to hop tac nuoi tom co dc xet lao dong tien tien k, tieu chuan la gi",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "ba con hao tam nam ngoai dc giay khen roi, nam nay ung ho dot moi, co nguoi bao da "
        "khen roi thi k dc khen nua, 1 nguoi chi dc 1 hinh thuc, dung k",
        ["Không.", "nhiều lần"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_f3_right_attribute(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F4: outsiders named in words outside the lexicon are answered, not declined (Luật 2022 Điều 3,
# Điều 75, Điều 80 khoản 3; NĐ 152/2025 Điều 46, 50)
F4 = [
    (
        "tieu thuong cho xa gop tien sua lai mai cho, nghe noi chi doanh nghiep moi dc khen con"
        " ho kinh doanh nho le thi k, dung k ad",
        ["Không."],
    ),
    (
        "clb doan ket cua xa dc khen tap the, nghe noi tien thuong tap the bang dung tien "
        "thuong ca nhan, dung k",
        ["Không.", "1.520.000"],
    ),
    (
        "to chuc phi chinh phu nuoc ngoai tai tro xay tram y te xa, xa muon ghi nhan thi tang "
        "hinh thuc gi, ai ky",
        ["giấy khen", "Chủ tịch UBND"],
    ),
    (
        "cu ong 80 tuoi hien dat xay nha van hoa thon, nghe noi nguoi gia tren 70 tuoi thi khen"
        " chi tang giay k kem tien, dung k",
        ["Không.", "760.000"],
    ),
    (
        "nghe noi tien thuong cho nha hao tam thi xa k phai chi vi ho tu nguyen ung ho, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    # the evaluator's new wordings
    (
        "ba con buon ban nho o cho dong gop sua cho, nghe noi k phai cty thi k dc khen, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "nhom tu thien cua nguoi Han Quoc giup xa xay cau, xa khen bang hinh thuc gi, ai ky",
        ["giấy khen", "Chủ tịch UBND"],
    ),
    (
        "cu ba 90 tuoi dc xa khen, nghe noi gia roi thi chi tang giay chu k co tien, dung k",
        ["Không.", "760.000"],
    ),
    # our own
    (
        "Nghe nói chỉ công ty mới được xã khen, còn hộ kinh doanh cá thể thì không, đúng không",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "doi van nghe cua thon dc giay khen tap the, tien thuong nhu ca nhan thoi dung k",
        ["Không.", "1.520.000"],
    ),
    (
        "mạnh thường quân tự nguyện ủng hộ nên được khen thì xã không phải trả tiền thưởng, "
        "đúng không",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "co ba cu 75 tuoi dong gop lam duong, nghe noi nguoi cao tuoi dc khen thi chi tang giay"
        " khen k kem tien thuong dung k",
        ["Không.", "760.000"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_f4_outsider_wordings_answered(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: each claim of a compound line answered (Luật 2022 Điều 23, 28; NĐ 152/2025 Điều 6 khoản 2
# điểm c: no national cap, the province may set a ratio)
F5 = [
    (
        "cty e co nhieu to san xuat, to nao tren 50% cong nhan dat LDTT va hoan thanh tot nhiem"
        " vu thi giam doc cong nhan TTLDTT dc k",
        ["Có.", "50%"],
    ),
    (
        "e moi ve lam cong chuc TDKT xa. truong phong dan e: theo luat 2022 thi CSTDCS cho ca "
        "nhan o xa bat buoc phai co sang kien, va ti le CSTDCS k dc qua 15% so LDTT, vi vay nam"
        " nay xa chi de nghi 2 nguoi. e thay co gi do sai sai, nho ad xem giup co dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "15%"],
    ),
    # the evaluator's new wordings
    ("giam doc HTX cong nhan TTLDTT cho to co 3/5 xa vien dat LDTT dc k", ["Có.", "50%"]),
    (
        "nghe noi CSTDCS phai co sang kien va khong qua 15% so LDTT, ca 2 y deu dung luat 2022 k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "15%"],
    ),
    (
        "phong ke toan cty co 2/6 nguoi dat LDTT, giam doc van cong nhan TTLDTT dc k",
        ["Không.", "50%"],
    ),
    # our own
    (
        "Phân xưởng có 4/10 công nhân đạt LĐTT, giám đốc công ty vẫn tặng Tập thể lao động tiên"
        " tiến được không",
        ["Không.", "50%"],
    ),
    (
        "to san xuat htx co hon 50% xa vien dat ldtt, hoan thanh tot nhiem vu, giam doc htx xet"
        " ttldtt dc k",
        ["Có.", "50%"],
    ),
    (
        "chi van phong bao CSTDCS bat buoc co sang kien, ma so CSTDCS toi da 15% so LDTT, 2 y "
        "do dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "15%"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_f5_both_claims_answered(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F6: "có tiền … không hay chỉ có giấy" opens with a verdict (NĐ 152/2025 Điều 50)
F6 = [
    (
        "Hội khuyến học xã đề nghị khen 20 học sinh nghèo vượt khó, giấy khen cá nhân có kèm "
        "tiền thưởng không hay chỉ có tờ giấy",
        ["Có.", "760.000"],
    ),
    # the evaluator's new wordings
    ("giay khen xa tang nha hao tam co kem tien k hay chi co cai khung", ["Có.", "760.000"]),
    (
        "học sinh được xã khen đột xuất có tiền thưởng không hay chỉ được tờ giấy khen",
        ["Có.", "760.000"],
    ),
    (
        "LDTT cua xa vien HTX co tien thuong hay chi co ten trong quyet dinh thoi",
        ["Có.", "760.000"],
    ),
    # our own
    (
        "giấy khen của chủ tịch xã cho người dân có kèm tiền không hay chỉ có tờ giấy khen thôi",
        ["Có.", "760.000"],
    ),
    ("ldtt cua cong nhan co dc tien thuong k hay chi dc ghi ten trong qd", ["Có.", "760.000"]),
    ("cu ong dc xa tang gk co tien thuong k hay chi co giay", ["Có.", "760.000"]),
]


@pytest.mark.parametrize(("question", "keys"), F6)
def test_f6_prize_or_paper_gets_verdict(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F7: another service's certificate or loan named beside a firm or HTX is declined
F7 = [
    "HTX muon xin giay chung nhan VietGAP cho rau thi lam the nao",
    # the evaluator's new wordings
    "HTX muon vay von ngan hang mua may say lua thi can giay to gi",
    "cty e muon dang ky nhan hieu cho gao sach thi nop o dau",
    "chua muon xin cap so do dat thi lam thu tuc o dau",
    # our own
    "hợp tác xã muốn được cấp chứng nhận VietGAP cho vườn bưởi thì nộp hồ sơ ở đâu",
    "htx xin chung nhan OCOP cho san pham mat ong thi lam sao",
    "cty e can giay chung nhan Global GAP de xuat khau, lam o dau",
]


@pytest.mark.parametrize("question", F7)
def test_f7_other_service_declined(kb: KnowledgeBase, question: str) -> None:
    answer = kb.ask(question, TODAY)
    assert not answer.answered, answer.text


# the same readings in older tuning sets' voices (siblings in b66, b79, b85, b100, b103, b108,
# b112, b130)
SIBLINGS = [
    (
        "chao ad, cty tui la cty TNHH may mac dong tren dia ban xa, khoang 300 cong nhan. nam nay "
        "cty muon tang giay khen cho may to truong san xuat lam gioi. ong ke toan noi phai dang "
        "ky thi dua voi UBND xa tu dau nam thi giam doc moi dc ky giay khen, rua co dung hong, "
        "hay giam doc tu ky dc",
        ["Không.", "Giám đốc"],
    ),
    (
        "nghe noi LDTT chi tang cho can bo cong chuc vien chuc, nong dan k co phan, dung k, neu "
        "nong dan dc thi ai ky",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "HTX dich vu nong nghiep: nghe noi giay khen cho xa vien HTX phai do chu tich xa ky moi "
        "co gia tri, dung k",
        ["Không.", "Điều 80 khoản 4"],
    ),
    (
        "ong e 80 tuoi van tich cuc hoa giai o thon, dc giay khen chu tich xa QD thang 12/2026, "
        "nghe noi nguoi gia dc thuong gap doi la 1,52 trieu, dung k",
        ["Không.", "760.000"],
    ),
    (
        "toi la chu tich hoi cuu chien binh xa. co mot hoi vien la nong dan, nam nay nuoi bo va "
        "trong cay an qua cho thu nhap cao, tich cuc tham gia phong trao o thon, doan ket giup "
        "do ba con. anh em trong hoi noi danh hieu LDTT chi xet cho nguoi an luong, nong dan thi "
        "chi dc giay khen thoi. vay co dung k",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    ("tap the va ca nhan cung 1 hinh thuc thi tap the thuong cao hon dung k", ["Có."]),
    (
        "chao ad, e la giam doc HTX dich vu nong nghiep o xa, HTX co 25 thanh vien. Moi nam HTX "
        "van lap danh sach LDTT gui len xa de chu tich xa ky. Nam nay can bo van hoa xa bao HTX "
        "phai tu ky quyet dinh LDTT cho thanh vien cua minh. Vay can bo xa noi dung k, va giay "
        "khen cho thanh vien thi ai trong HTX ky",
        ["Có.", "Giám đốc"],
    ),
    (
        "e la tieu thuong, nghe noi khen thuong thi ca nhan, tap the, ho gia dinh deu la doi "
        "tuong, dung k",
        ["Có."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), SIBLINGS)
def test_siblings_same_reading(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: near wordings whose answer must not change
CONTROLS = [
    ("gia đình văn hóa do ai quyết định công nhận", ["Chủ tịch UBND"]),
    ("LĐTT có cần sáng kiến không", ["Không."]),
    ("ho so GDVH gom nhung gi", ["biên bản"]),
    ("tap the lao dong tien tien co can 100% LDTT k", ["Không.", "50 %"]),
    ("giấy khen cá nhân được thưởng bao nhiêu", ["760.000"]),
    ("công an xã có được xét LĐTT không", ["Không.", "Chiến sĩ tiên tiến"]),
    ("giam doc cty co dc tu tang LDTT cho cong nhan k", ["Có.", "Giám đốc"]),
    # settled policy on caps: a bare cap question opens "Không." and names the province's ratio
    ("CSTDCS co bi gioi han 15% so LDTT k", ["Không.", "Tỉnh"]),
    ("phong co 8 nguoi, 5 nguoi dat LDTT, phong co dat TTLDTT k", ["Tùy", "5/8"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


def test_control_other_service_registration_declined(kb: KnowledgeBase) -> None:
    answer = kb.ask("HTX muốn đăng ký thành lập thì nộp hồ sơ ở đâu", TODAY)
    assert not answer.answered, answer.text
