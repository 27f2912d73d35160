"""Task h419: b162's failure families (the twin of a speech-recogniser judge), read as rules.

Each case is what the officer sees, checked as the question sets' scorer reads a key
(``ask_keyed``): the verdict the answer opens with and every decisive fact, folded. Per family:
b162's tuning questions, the evaluator's new wordings and our own (with and without marks, chat
spelling); controls whose answer must not change are in ``CONTROLS``.

F6. right title, wrong attribute: "tiền thưởng có bằng LĐTT" compares the prize (NĐ 152/2025
    Điều 50 k1d); "ủy ban xã có xét LĐTT cho (công nhân công ty) không hay công ty xét" asks who
    decides (Luật 2022 Điều 80 k4); "năm nào cũng xét lại hay được 1 lần là giữ luôn" (LĐTT is
    reviewed each year); a deadline said "đến hết tháng mười hai" (NĐ 86/2023 Điều 8: 25/11);
    "tổ dân phố ở phường cũng bình xét GĐVH không" (Luật 2022 Điều 20 k2).
F1. the asker's case, not the block's stock verdict: one title asked of two people ("mới tuyển 4
    tháng …, còn … nghỉ thai sản có bị loại"), head counts said aloud ("tám người … bảy người").
F2. a sáng kiến told held and recognised, then CSTĐCS asked: eligibility (Luật 2022 Điều 23).
F3, F7. sums, years and months said aloud and typed bare ("hai trieu nam tram ba muoi nghin",
    "thang ba nam hai nghin khong tram hai muoi sau", "thang muoi hai"); "tiên tiền" misheard.
F8. the second ask after "… đúng không mà …", "… à mà …" typed bare or with marks.
F5. a thing claimed not needed ("k cần ai xác nhận", "không cần báo cáo tóm tắt") that the fact
    requires: "Không".
F4. caps: the settled policy (a bare cap question "Không.", the asker's own province "Tùy"),
    held as controls; the set's "Tùy" keys are disputed and left.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: (family, question, keys as a question set writes them: a verdict key, then facts)
CASES: list[tuple[str, str, list[str]]] = []

# --- b162 tuning questions
CASES += [
    (
        "F6",
        "dan quan thuong truc dc Chien si tien tien thi tien thuong co bang LDTT k, bn tien",
        ["Có.", "760.000"],
    ),
    (
        "F6",
        "thon toi co anh thanh nien con nha ong truong chi hoi nong dan di lam cong nhan cho cong ty may o khu cong nghiep ben canh ba nam nay lam rat cham chi cong ty cung khen nam nay gia dinh hoi toi la uy ban xa co xet lao dong tien tien cho anh ay khong hay la cong ty xet",
        ["Không.", "Giám đốc"],
    ),
    (
        "F6",
        "LDTT co phai nam nao cung xet lai k hay dc 1 lan la giu luon, dc thi thuong bn",
        ["Có.", "hằng năm", "760.000"],
    ),
    (
        "F6",
        "truong thon toi nghe noi binh xet gia dinh van hoa thi lam den het thang muoi hai cung duoc phai khong",
        ["Không.", "25/11"],
    ),
    (
        "F6",
        "to dan pho chung toi o phuong thi cung binh xet gia dinh van hoa nhu o thon hay la phuong thi khong co danh hieu do",
        ["Có.", "tổ dân phố"],
    ),
    (
        "F1",
        "o phong van hoa xa hoi cua xa co tam nguoi nam nay bay nguoi dat lao dong tien tien mot nguoi nghi om dai ngay thi ve ty le la hon nam muoi phan tram roi thi phong du dieu kien ve ty le de xet tap the lao dong tien tien roi phai khong",
        ["Có.", "50%"],
    ),
    (
        "F8",
        "nghe noi tap the lao dong xuat sac thi chu tich xa cung ky duoc dung khong ma thuong bao nhieu",
        ["Không.", "tỉnh", "3.800.000"],
    ),
    (
        "F8",
        "tôi là trưởng thôn ờ thôn tôi năm ngoái chưa đạt năm nay bà con góp tiền làm đường bê tông sửa nhà văn hóa an ninh tốt không có tệ nạn thì tôi muốn xin thôn văn hóa thì tôi phải làm cái gì gửi lên xã à mà xã có phải họp hội đồng thi đua khen thưởng để xét không hay chủ tịch tự ký luôn",
        ["báo cáo thành tích", "Hội đồng"],
    ),
    (
        "F8",
        "xa toi la xa mien nui thi quy thi dua khen thuong duoc trich toi da mot phay nam phan tram chi thuong xuyen phai khong con xa dong bang thi bao nhieu",
        ["Có.", "1,5%", "1,0%"],
    ),
    (
        "F2",
        "truong toi co co giao day gioi co sang kien ve day hoc duoc hoi dong sang kien co so cong nhan roi nhung nam nay chi xep loai hoan thanh tot nhiem vu chu khong phai xuat sac thi co duoc de nghi chien si thi dua co so khong hay la phai xuat sac moi duoc",
        ["Có.", "sáng kiến"],
    ),
    (
        "F2",
        "con trai toi la dan quan thuong truc cua xa nam nay don vi binh chien si tien tien no lai co cai sang kien cai tien cach canh gac duoc chi huy cong nhan toi la cuu chien binh toi muon biet voi thanh tich nhu the thi no co du dieu kien chien si thi dua co so khong",
        ["Có.", "Chiến sĩ tiên tiến"],
    ),
    (
        "F3",
        "hiệu trưởng trường tiểu học hỏi là nghe nói giáo viên thì xét lao động tiên tiền theo năm dương lịch giống công chức xã có đúng không ạ",
        ["Không.", "năm học"],
    ),
    (
        "F3",
        "nghe noi tien thuong thi dua tu thang bay nam nay tinh theo luong co so moi hai trieu nam tram ba muoi nghin dung khong",
        ["Có.", "2.530.000"],
    ),
    ("F5", "bao cao thanh tich ca nhan k can ai xac nhan dung k", ["Không.", "thủ trưởng"]),
    (
        "F7",
        "toi la chu tich hoi cuu chien binh phuong o hoi chung toi nam ngoai lam tot cong tac giup nhau lam kinh te xoa nha tam cho ba ho hoi vien kho khan nen thang ba nam hai nghin khong tram hai muoi sau chu tich phuong co quyet dinh tang giay khen tap the cho hoi nhung den nay chua nhan tien thi tien thuong la bao nhieu",
        ["1.410.000"],
    ),
    (
        "F7",
        "chau toi lam ke toan o uy ban xa nam ngoai duoc chien si thi dua co so quyet dinh ky hoi thang ba nam hai nghin khong tram hai muoi sau chau bao duoc thuong hai trieu ba tram bon muoi nghin nhung ong ban chau cung duoc ma ky thang tam lai nhan nhieu hon toi thay la vay thuong chien si thi dua co so ky thang ba la hai trieu ba tram bon muoi nghin co dung khong",
        ["Có.", "2.340.000"],
    ),
]

# --- the evaluator's new wordings
CASES += [
    ("F6", "GK ho gia dinh thi tien thuong co bang GK ca nhan k", ["Có.", "760.000"]),
    ("F6", "nhan vien hop tac xa trong xa thi LDTT do xa ky hay giam doc HTX ky", ["Giám đốc"]),
    ("F6", "GDVH nam nay han chot binh xet o thon la ngay nao a", ["25/11"]),
    (
        "F1",
        "co giao moi ve truong dc 5 thang thi cuoi nam hoc nay co dc binh LDTT k",
        ["Không.", "6 tháng"],
    ),
    (
        "F1",
        "ờ phòng tôi có mười người mà chỉ năm người lao động tiên tiến thôi thì có đủ tỷ lệ tập thể lao động tiên tiến không",
        ["Không.", "50"],
    ),
    (
        "F1",
        "tram yt co 6 nguoi thi 4 nguoi dat lao dong tien tien vay la du ty le tap the lao dong tien tien roi dung khong",
        ["Có.", "50"],
    ),
    ("F8", "TTLDTT ai ky, thuong bn, can bao nhieu % LDTT", ["Chủ tịch UBND", "2.030.000", "50"]),
    (
        "F8",
        "giấy khen hộ gia đình thì ai ký mà hồ sơ nộp ở đâu với được thưởng bao nhiêu",
        ["Chủ tịch UBND", "hành chính công", "760.000"],
    ),
    (
        "F8",
        "CSTD tinh can may lan CSTDCS lien tuc, thuong bn, ai quyet dinh",
        ["3 lần", "7.590.000", "Chủ tịch UBND tỉnh"],
    ),
    (
        "F2",
        "anh ke toan xa co sang kien dc hoi dong xa cong nhan, nam nay chi hoan thanh tot nv, co len CSTDCS dc k",
        ["Có."],
    ),
    (
        "F2",
        "chau toi dan quan thuong truc dat chien si tien tien, co de tai da nghiem thu, vay du chien si thi dua co so chua",
        ["Có.", "Chiến sĩ tiên tiến"],
    ),
    (
        "F3",
        "ong to truong bao gv xet LDTT theo nam duong lich nhu ben uy ban, dung k",
        ["Không.", "năm học"],
    ),
    (
        "F3",
        "nghe noi tu thang bay tien thuong chien si thi dua co so la hai trieu nam tram ba muoi nghin phai khong",
        ["Có.", "2.530.000"],
    ),
    (
        "F3",
        "ờ người ta nói tiền thưởng tính theo lương cơ sở ngày chi tiền chứ không phải ngày ký quyết định có đúng không",
        ["Không."],
    ),
    ("F5", "ho so LDTT k can bien ban binh xet dung k", ["Không.", "biên bản"]),
    (
        "F5",
        "khen đột xuất thì không cần báo cáo tóm tắt thành tích phải không",
        ["Không.", "tóm tắt"],
    ),
    (
        "F7",
        "ờ quyết định lao động tiên tiến ký ngày mười lăm tháng năm năm hai nghìn không trăm hai mươi sáu thì được bao nhiêu tiền",
        ["710.000"],
    ),
    (
        "F7",
        "gk ca nhan qd ky thang hai nam hai nghin khong tram hai muoi sau thi thuong bao nhieu",
        ["710.000"],
    ),
    (
        "F7",
        "tap the lao dong tien tien quyet dinh thang sau nam hai nghin khong tram hai muoi sau thuong mot trieu tam tram tam muoi nghin phai khong",
        ["Có.", "1.880.000"],
    ),
    (
        "F9",
        "ờ xóm tôi có anh thương binh năm nay tự bỏ tiền sửa cây cầu tre cho học sinh qua suối thôn muốn xin xã khen cho anh thì được không ai ký",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "F9",
        "thon toi co ba cu bay muoi tuoi gop tien xay nha van hoa thon, thon de nghi xa tang giay khen cho ba co dc k",
        ["Có."],
    ),
    (
        "F9",
        "ho ong bay hien dat mo duong vao truong mam non, to dan pho muon xin GK ho gia dinh cho ong thi ai ky a",
        ["Chủ tịch UBND"],
    ),
]

# --- our own wordings
CASES += [
    ("F6", "chiến sĩ tiên tiến tiền thưởng có bằng lao động tiên tiến không", ["Có.", "760.000"]),
    ("F6", "chien si tien tien thuong co ngang LDTT khong", ["Có.", "760.000"]),
    (
        "F6",
        "xã viên hợp tác xã thì ủy ban xã có xét lao động tiên tiến cho họ không",
        ["Không.", "Giám đốc"],
    ),
    (
        "F6",
        "chị ấy làm kế toán cho doanh nghiệp tư nhân, ủy ban xã có xét chiến sĩ thi đua cơ sở cho chị ấy không hay doanh nghiệp xét",
        ["Không.", "Giám đốc"],
    ),
    ("F6", "dat LDTT roi thi giu luon hay nam sau phai xet lai", ["hằng năm"]),
    (
        "F6",
        "lao động tiên tiến được một lần rồi thì các năm sau có phải xét nữa không",
        ["Có.", "hằng năm"],
    ),
    ("F6", "tdp o phuong co binh xet GDVH k", ["Có.", "tổ dân phố"]),
    ("F6", "ở phường có bình xét gia đình văn hóa không", ["Có.", "phường"]),
    ("F6", "GDVH binh xet den thang muoi hai moi xong co duoc khong", ["Không.", "25/11"]),
    (
        "F1",
        "to co tam nguoi, bay nguoi dat LDTT, vay du ty le tap the lao dong tien tien chua",
        ["Có.", "50"],
    ),
    (
        "F1",
        "phong co muoi nguoi ma chi bon nguoi dat lao dong tien tien thi co du ty le tap the lao dong tien tien khong",
        ["Không.", "50"],
    ),
    (
        "F2",
        "chị văn thư có sáng kiến được hội đồng xã công nhận, năm nay hoàn thành tốt nhiệm vụ, có được đề nghị chiến sĩ thi đua cơ sở không",
        ["Có.", "sáng kiến"],
    ),
    (
        "F2",
        "anh dan quan thuong truc dat chien si tien tien, co sang kien duoc don vi cong nhan, co du dieu kien CSTDCS khong",
        ["Có.", "Chiến sĩ tiên tiến"],
    ),
    (
        "F2",
        "gv co de tai khoa hoc da duoc nghiem thu, nam nay chi hoan thanh tot nhiem vu thi co duoc xet CSTDCS k",
        ["Có."],
    ),
    (
        "F3",
        "nghe noi tien thuong LDTT tu thang bay la bay tram sau muoi nghin dung khong",
        ["Có.", "760.000"],
    ),
    (
        "F3",
        "nghe noi tien thuong giay khen ca nhan tu thang bay la bay tram muoi nghin dung k",
        ["Không.", "760.000"],
    ),
    (
        "F3",
        "nghe nói giáo viên trường mầm non xét lao động tiên tiền theo năm học phải không",
        ["Có.", "năm học"],
    ),
    (
        "F7",
        "giay khen ca nhan quyet dinh ky thang muoi hai nam hai nghin khong tram hai muoi lam thi thuong bao nhieu",
        ["710.000"],
    ),
    (
        "F7",
        "chien si thi dua co so ky thang tu nam hai nghin khong tram hai muoi sau thuong bao nhieu",
        ["2.340.000"],
    ),
    (
        "F7",
        "qd tap the lao dong tien tien ky thang tam nam hai nghin khong tram hai muoi sau thi thuong bao nhieu",
        ["2.030.000"],
    ),
    (
        "F8",
        "nghe noi chien si thi dua tinh thi chu tich xa ky duoc dung khong ma thuong bao nhieu",
        ["Không.", "tỉnh", "7.590.000"],
    ),
    (
        "F8",
        "xa dong bang thi quy thi dua duoc trich toi da mot phay khong phan tram phai khong con xa mien nui thi bao nhieu",
        ["Có.", "1,0%", "1,5%"],
    ),
    (
        "F8",
        "muốn xin công nhận thôn văn hóa thì thôn phải làm cái gì gửi lên xã à mà có cần họp hội đồng không",
        ["báo cáo thành tích", "Hội đồng"],
    ),
    (
        "F5",
        "báo cáo thành tích cá nhân không cần thủ trưởng xác nhận phải không",
        ["Không.", "thủ trưởng"],
    ),
    ("F5", "khen dot xuat k can to trinh dung k", ["Không.", "tờ trình"]),
    (
        "F5",
        "ho so giay khen khong can bao cao thanh tich dung khong",
        ["Không.", "báo cáo thành tích"],
    ),
]

#: near wordings whose answer must not change (family, question, keys)
CONTROLS: list[tuple[str, str, list[str]]] = [
    ("F6", "LDTT co bang chung nhan k", ["Không."]),
    ("F6", "CSTDCS co bang khong", ["Có."]),
    ("F6", "lao động tiên tiến tiền thưởng bao nhiêu", ["760.000"]),
    ("F6", "thon co duoc tang gia dinh van hoa khong", ["Không."]),
    ("F6", "cong nhan cong ty co duoc xet LDTT khong", ["Có."]),
    (
        "F6",
        "nong dan trong thon thi uy ban xa co xet lao dong tien tien khong",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "F6",
        "thon em binh xet GDVH dau thang 12. truong thon bao van kip vi huyen truoc cho nop den 15/12. vay han binh xet la bao gio",
        ["25/11"],
    ),
    ("F6", "LĐTT chỉ được tặng 1 lần trong đời đúng không", ["Không."]),
    ("F1", "nv nghi thai san co bi loai khoi LDTT k", ["Không.", "thai sản"]),
    ("F2", "CSTDCS co bat buoc phai co sang kien khong", ["Không."]),
    ("F2", "chua co sang kien, chi hoan thanh tot nhiem vu thi co duoc CSTDCS khong", ["Không."]),
    ("F5", "khen dot xuat khong can bien ban hop binh xet phai khong", ["Có."]),
    ("F5", "bao cao thanh tich ca nhan co can thu truong xac nhan khong", ["Có.", "thủ trưởng"]),
    ("F7", "tram yt co ba tram nguoi thi LDTT toi da bao nhieu", []),
    # F4, the settled policy on caps (NĐ 152/2025 Điều 6 khoản 2 điểm c): a cap claimed or the
    # repealed 15 % opens "Không."; the asker's own province "Tùy"; a bare question whether a
    # cap exists "Tùy" as b162 keys it (the lead's settled policy of stop 46; task h476)
    ("F4", "nghe noi LDTT bi khong che toi da 50% quan so don vi, dung k", ["Không.", "tỉnh"]),
    ("F4", "nghe noi CSTDCS chi dc toi da 15% so LDTT, van con ap dung a", ["Không."]),
    ("F4", "CSTDCS moi nam co bi khong che so luong k", ["Tùy", "tỉnh"]),
    ("F4", "tinh toi con gioi han CSTDCS 15% nhu truoc k ad", ["Tùy", "tỉnh"]),
]

#: wordings of the families this task did not reach (kept visible, not fixed)
NOT_REACHED: list[tuple[str, str, list[str]]] = [
    (
        "F1",
        "cô giáo mới tuyển 3 tháng có được xét lao động tiên tiến không, còn cô nghỉ thai sản 5 tháng có bị loại không",
        ["Không.", "6 tháng", "thai sản"],
    ),
    (
        "F1",
        "gv moi tuyen dung dc 4 thang co dc xet LDTT nam hoc nay k, con gv nghi thai san thi co bi loai k",
        ["Không.", "6 tháng", "thai sản"],
    ),
    # the share asked in words ("tất cả mọi người đều hoàn thành nhiệm vụ"), not as "100 %"
    (
        "F1",
        "tap the lao dong xuat sac thi co can tat ca moi nguoi deu hoan thanh nhiem vu khong hay chi can da so con tap the lao dong tien tien thi can bao nhieu phan tram lao dong tien tien",
        ["Có.", "100%", "50%"],
    ),
    # "có mất cơ hội" with no level of duty told: the route's "Có" is not turned
    (
        "F2",
        "ờ cô giáo có sáng kiến cấp trường được công nhận mà năm nay không đạt xuất sắc thì có mất cơ hội chiến sĩ thi đua cơ số không",
        ["Không."],
    ),
    # the long letter about a deed falls to the fund passage
    (
        "F9",
        "thôn tôi có ông cụ tám mươi tuổi là thương binh ờ năm nay ông tự nguyện hiến hơn hai trăm mét vuông đất để làm đường liên thôn bà con ai cũng quý thôn muốn đề nghị xã tặng giấy khen cho ông thì có được không mà ai là người ký giấy khen",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "F5",
        "ờ trạm tôi họp bỏ phiếu xét chiến sĩ thi đua cơ sở thì cần bao nhiêu phần trăm phiếu đồng ý là có quy định chung không hay tỉnh quy định",
        ["Không.", "tỉnh"],
    ),
    (
        "F5",
        "muc tien thuong thi dua co quy dinh chung ca nuoc k hay moi tinh 1 muc",
        ["Có.", "Điều 50"],
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_b162_family_read(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("family", "question", "keys"), CONTROLS)
def test_b162_control_kept(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.xfail(reason="not reached by task h419", strict=False)
@pytest.mark.parametrize(("family", "question", "keys"), NOT_REACHED)
def test_b162_not_reached(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
