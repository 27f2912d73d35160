"""Task h418: the b159 families (Central and Southern officers' voice: ấp, khóm, hội, trường,
trạm y tế, firms and HTX), read as rules, not as single questions.

F1 the verdict judges the hearsay line put up, not the rule the facts state; F2 "A k hay phải B"
is answered on A; F3 a background clause (the reform, a leave) is no claim; F4 the attribute
asked (who pays, a deadline, a paper of the dossier) is answered; F5 a firm in a former district
keeps its director's power; F6 a yes/no with a speaker's tag, or a wh-question then a hearsay
"đúng k", gets a verdict; F7 what the LAW says of registering is "Không", not "Tùy"; F8 the date
part of a compound is given; F9 a TĐKT cue word does not pull in another passage or another
service's request. Each case: the b159 question, the evaluator's new wordings, our own.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: the hearsay line judged (Luật 2022 Điều 24 khoản 1, 3; Điều 5 khoản 2 điểm c; Điều 80
# khoản 3; NĐ 86/2023 Điều 8; NĐ 129/2025 Điều 59)
F1 = [
    (
        "chu tich hoi phu nu xa nam ni chi hoan thanh nhiem vu, k dat muc tot, nghe noi van "
        "binh LDTT dc, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "ba tui lam nghe tu do, chay xe om va phu ho ap don ve sinh, k thuoc co quan nao. nam ni "
        "ong lam an kha, gia dinh chap hanh tot, ap ai cung thuong. nghe may ong o quan nuoc noi "
        "nguoi k thuoc co quan nao thi k dc LDTT, dung k",
        ["Không.", "có hiệu quả"],
    ),
    (
        "ba tui dc xa khen dau nam roi, nghe noi 1 nguoi 1 nam chi dc 1 giay khen cua xa, khen "
        "lan 2 la sai, dung k",
        ["Không.", "nhiều lần"],
    ),
    (
        "to truong TDP hoi: nghe noi nay GDVH do to truong cong nhan luon k can len phuong, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # the evaluator's new wordings
    (
        "nghe may ba o hoi noi nong dan lam ruong thi k ai xet LDTT cho dau, dung hong",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    (
        "anh truong khom bao khom van hoa thi khom tu cong nhan, phuong chi ky ten cho co, phai k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "co nguoi noi da dc giay khen dot xuat hoi thang 6 thi cuoi nam k dc giay khen tong ket "
        "nua, khen 2 lan la sai luat, dung k",
        ["Không.", "nhiều lần"],
    ),
    # our own wordings
    (
        "nghe noi chi hoan thanh nhiem vu thoi ma van duoc binh LDTT, dung hong may ba",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chú tôi làm thợ hồ tự do, không thuộc cơ quan nào, nghe nói người như vậy không được "
        "xét LĐTT, đúng không",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    (
        "nghe noi to truong tu cong nhan GDVH cho cac ho luon, k can trinh phuong, phai k",
        ["Không.", "Chủ tịch UBND"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_f1_hearsay_line_judged(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: "A k hay (phải) B" answered on A (Luật 2022 Điều 23, 24 khoản 1, Điều 28)
F2 = [
    (
        "chi la cong chuc dia chinh xa, nam ni danh gia hoan thanh tot nhiem vu, rua co dc LDTT "
        "k hay phai xuat sac moi dc",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "Chồng tui là công chức tư pháp xã, năm nay đạt Lao động tiên tiến, có sáng kiến số hóa "
        "sổ hộ tịch được xã công nhận. Ổng hỏi vậy đủ điều kiện Chiến sĩ thi đua cơ sở chưa, hay "
        "phải hoàn thành xuất sắc nữa mới được",
        ["Có.", "sáng kiến"],
    ),
    # the evaluator's new wordings
    (
        "o y si tram dat hoan thanh tot nhiem vu thi co dc LDTT hong hay phai hoan thanh xuat "
        "sac moi dc",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    ("truong tui 60% gv dat LDTT, co dc TTLDTT k hay phai 70% moi dc", ["Có.", "50 %"]),
    (
        "chi dat LDTT, co de tai khoa hoc da nghiem thu, vay du CSTDCS chua hay con phai co sang "
        "kien nua",
        ["Có.", "đề tài"],
    ),
    # our own wordings
    (
        "e dc danh gia hoan thanh tot nhiem vu, vay co dc LDTT ko hay phai htxs moi dc a",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chị văn thư xã hoàn thành tốt nhiệm vụ, có được Lao động tiên tiến không hay phải hoàn "
        "thành xuất sắc mới được",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    ("to cua e 55% dat LDTT thi co dc TTLDTT k hay phai 70% moi dc", ["Có.", "50 %"]),
    # controls: the first option not met keeps "Không"
    ("truong tui 40% gv dat LDTT, co dc TTLDTT k hay phai 70% moi dc", ["Không.", "50 %"]),
    (
        "ke toan xa danh gia hoan thanh nhiem vu, co dc LDTT k hay phai hoan thanh tot moi dc",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_f2_first_option_answered(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: a background clause is no claim (Luật 2022 Điều 24, Điều 30; TT 15/2025 on thai sản;
# NĐ 152/2025; NĐ 129/2025 Điều 59)
F3 = [
    (
        "giao vien truong tieu hoc cua xa, truoc LDTT do huyen ky, nay van xet theo nam hoc dung "
        "k, ai ky QD",
        ["Có.", "năm học", "Chủ tịch UBND"],
    ),
    (
        "tui la hieu truong mam non cua xa. co giao A nghi sinh 6 thang tu thang 10/2025 toi "
        "thang 4/2026, di lam lai day tot, cuoi nam hoc danh gia hoan thanh tot nhiem vu. hieu "
        "pho bao nghi thai san thi mat LDTT nam hoc do de nhuong suat cho nguoi khac, phai hong "
        "may ong",
        ["Không.", "thai sản"],
    ),
    # the evaluator's new wordings
    ("truoc TDP van hoa do quan cong nhan, nay van xet hang nam dung k", ["Có.", "hằng năm"]),
    (
        "e nghi sinh 5 thang nam ni, chi to truong bao nghi sinh la mat luon CSTDCS nam do, "
        "phai hong",
        ["Không.", "thai sản"],
    ),
    (
        "hoi truoc huyen ky giay khen cho truong, nay giay khen cua chu tich xa cho ca nhan van "
        "thuong 0,3 luong co so dung k",
        ["Có.", "760.000"],
    ),
    # our own wordings
    (
        "co giao nghi de 4 thang, hieu truong bao nghi de thi mat LDTT nam hoc nay, dung k may ong",
        ["Không.", "thai sản"],
    ),
    (
        "truong tieu hoc xa, truoc huyen ky LDTT, nay van xet LDTT theo nam hoc dung k",
        ["Có.", "năm học"],
    ),
    (
        "hoi truoc quan cong nhan khom van hoa, nay khom van hoa van binh xet hang nam dung k",
        ["Có.", "hằng năm"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_f3_background_is_no_claim(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F4: the attribute asked answered (Luật 2022 Điều 80 khoản 3, Điều 84 khoản 1; NĐ 152/2025;
# NĐ 86/2023 Điều 8)
F4 = [
    (
        "xa vien HTX dc chu tich xa tang giay khen vi lam mo hinh hay, nghe noi HTX phai tu bo "
        "tien thuong, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "nghe noi binh xet GDVH lam toi truoc tet cung dc, k co han, dung k may ong",
        ["Không.", "25/11"],
    ),
    (
        "Biên bản bình xét thi đua có bắt buộc trong hồ sơ đề nghị danh hiệu thi đua không",
        ["Có.", "biên bản"],
    ),
    # the evaluator's new wordings
    (
        "tien thuong thon van hoa 3,8 trieu la xa chi hay thon tu lo, nghe noi thon tu lo, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    ("ap tui de sang thang 12 moi binh xet GDVH dc k, nghe noi k co han chot", ["Không.", "25/11"]),
    ("to trinh co bat buoc phai co trong ho so de nghi LDTT k", ["Có.", "tờ trình"]),
    # our own wordings
    (
        "hội viên hội nông dân được chủ tịch xã tặng giấy khen, nghe nói hội phải tự chi tiền "
        "thưởng, đúng không",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "cong nhan cty dc chu tich xa tang giay khen vi cuu nguoi, cty co phai bo tien thuong k",
        ["Không.", "Quỹ thi đua"],
    ),
    ("thon tui binh GDVH vao thang 12 cung dc, k co han chot dung k", ["Không.", "25/11"]),
    ("bao cao thanh tich co bat buoc trong ho so de nghi CSTDCS k", ["Có.", "báo cáo thành tích"]),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_f4_attribute_asked(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: a firm in a former district keeps its director's power (Luật 2022 Điều 80 khoản 4)
F5 = [
    (
        "cty tui o thi xa cu, truoc huyen hay khen, nay nhan vien dat LDTT thi ai ky QD",
        ["Giám đốc"],
    ),
    # the evaluator's new wordings
    (
        "xuong che bien dieu o huyen cu, cong nhan dat CSTDCS thi nay chu tich xa ky hay giam doc "
        "xuong",
        ["Giám đốc"],
    ),
    ("HTX thuy san o thi xa cu, xa vien dat LDTT thi bay gio ai ky QD", ["Giám đốc"]),
    (
        "cty TNHH o phuong, hoi truoc quan khen, nay nhan vien dc giay khen cua cty thi ai ky",
        ["Giám đốc"],
    ),
    # our own wordings
    ("cty tui o huyen cu, truoc huyen hay khen, nay nhan vien dat LDTT thi ai ky QD", ["Giám đốc"]),
    (
        "công ty chúng tôi ở thị xã cũ, nay người lao động đạt Lao động tiên tiến thì ai ký quyết "
        "định",
        ["Giám đốc"],
    ),
    ("htx e o quan cu, xa vien dat CSTDCS thi ai ky", ["Giám đốc"]),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_f5_firm_director_after_reform(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    decider = next(b for b in text.split("\n\n") if "Ai quyết định" in b.split("\n")[0])
    assert "Giám đốc" in decider.split("\n")[1], text


# F6: a yes/no with a speaker's tag, a wh-question then a hearsay "đúng k" (Luật 2022 Điều 24
# khoản 1, 3; Điều 27; Điều 29; Điều 30, Điều 75; NĐ 86/2023)
F6 = [
    (
        "Đoàn kết, tương trợ có phải là một tiêu chuẩn của danh hiệu Lao động tiên tiến không, "
        "chị hội trưởng hỏi",
        ["Có.", "đoàn kết"],
    ),
    (
        "thon truong hoi: tieu chuan giay khen cua chu tich xa co phai theo quy che thi dua cua "
        "tinh k",
        ["Có.", "tỉnh"],
    ),
    (
        "Xã tiêu biểu phải đạt những tiêu chuẩn gì, nghe nói chỉ cần đủ tiêu chí nông thôn mới là "
        "được, đúng không",
        ["Không.", "kinh tế"],
    ),
    # the evaluator's new wordings
    (
        "ba chu tich mat tran hoi: lao dong san xuat co hieu qua co phai la tieu chuan LDTT cho "
        "nong dan k",
        ["Có.", "có hiệu quả"],
    ),
    ("TTLDXS can nhung dieu kien gi, nghe noi chi can 50% LDTT la du, dung k", ["Không.", "70 %"]),
    (
        "Tiêu chuẩn thôn văn hóa có phải do tỉnh quy định chi tiết không, anh trưởng thôn hỏi",
        ["Có.", "tỉnh"],
    ),
    # our own wordings
    (
        "đoàn kết, tương trợ có phải là một tiêu chuẩn của Lao động tiên tiến không",
        ["Có.", "đoàn kết"],
    ),
    (
        "giay khen chu tich xa tieu chuan co theo quy che cua tinh hong, anh truong ap hoi",
        ["Có.", "tỉnh"],
    ),
    (
        "xa minh dat nong thon moi nang cao roi, vay la du xa tieu bieu dung k",
        ["Không.", "kinh tế"],
    ),
    # control: the same criteria asked the same in every province stays "Không"
    ("tieu chuan giay khen cua chu tich xa co giong nhau o moi tinh k", ["Không.", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), F6)
def test_f6_yesno_read(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F7: what the Law says of registering is "Không" (Luật 2022 Điều 7); the asker's own xã's rule
# stays "Tùy"; the cap policy holds (NĐ 152/2025 Điều 6 khoản 2 điểm c)
F7 = [
    (
        "luat thi dua khen thuong 2022 co con dieu nao bat doanh nghiep phai dang ky thi dua k",
        ["Không.", "Điều 7"],
    ),
    # the evaluator's new wordings
    ("luat 2022 con bat ca nhan phai dang ky thi dua moi dc xet danh hieu k", ["Không.", "căn cứ"]),
    ("co dieu luat nao bat HTX phai nop ban dang ky thi dua cho xa k", ["Không.", "Điều 7"]),
    ("luat moi co quy dinh ty le CSTDCS toi da 15% nua k", ["Không.", "tỉnh"]),
    # our own wordings
    ("luật có bắt thôn phải ký giao ước thi đua không", ["Không.", "Điều 7"]),
    ("luat 2022 co dieu nao bat cong ty phai dang ky thi dua k", ["Không.", "Điều 7"]),
    ("co quy dinh nao trong luat bat ca nhan dang ky thi dua hong", ["Không.", "Điều 7"]),
    # control: the asker's own xã still asking it depends on the xã and the province
    ("xa em van bat dang ky thi dua, vay co phai dang ky k", ["Tùy", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), F7)
def test_f7_law_itself_settles(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F8: the date part of a compound (Luật 2022 in force 01/01/2024; NĐ 152/2025 Điều 59: 01/7/2025)
F8 = [
    (
        "luat 2022 bo dang ky thi dua ra khoi can cu xet tang tu khi nao, con viec dang ky gio ai "
        "quy dinh",
        ["1/1/2024", "tỉnh"],
    ),
    # the evaluator's new wordings
    ("nghi dinh 152/2025 co hieu luc tu bua mo, thay nghi dinh nao", ["1/7/2025", "98/2023"]),
    ("bo cap huyen tu ngay nao, thon van hoa gio ai ky", ["1/7/2025", "Chủ tịch UBND xã"]),
    # our own wordings
    (
        "dang ky thi dua bi bo khoi can cu xet tu khi nao, gio ai quy dinh dang ky",
        ["1/1/2024", "tỉnh"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F8)
def test_f8_date_given(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F9: a culture title's council (Luật 2022 Điều 30; NĐ 86/2023; domain.md §2.7) and requests of
# other services declined
F9 = [
    (
        "khom van hoa thi to truong tu danh gia roi trinh thang chu tich phuong, k qua hoi dong "
        "nao, dung k",
        ["Không.", "Hội đồng"],
    ),
    # the evaluator's new wording
    (
        "to truong TDP tu cham diem TDP van hoa roi gui phuong luon, k can hoi dong thi dua "
        "phuong xet, dung k",
        ["Không.", "Hội đồng"],
    ),
    # our own wording
    (
        "khóm văn hóa có phải qua hội đồng thi đua phường xét không hay tổ trưởng trình thẳng",
        ["Có.", "Hội đồng"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F9)
def test_f9_council_reviews(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert "Tỷ lệ, giới hạn" not in text.split("\n")[0], text


F9_OFF = [
    "ap tui muon xin kinh phi lam duong be tong thi lam to trinh gui ai",
    # the evaluator's new wordings
    "ap tui lam to trinh xin ho tro xi mang lam duong thi gui phong kinh te hay chu tich xa",
    "mau to trinh xin cap kinh phi sua nha van hoa ap the nao",
    # our own wordings
    "thon xin kinh phi lam duong be tong thi to trinh gui ai",
    "to trinh xin ho tro xi mang lam duong ap gui ai",
]


@pytest.mark.parametrize("question", F9_OFF)
def test_f9_other_service_declined(kb: KnowledgeBase, question: str) -> None:
    assert not kb.ask(question, TODAY).answered, question


# controls: near wordings whose answer must not change
CONTROLS = [
    ("truong thon chu tri binh xet GDVH dung k", ["Có.", "chủ trì"]),
    ("giam doc HTX tang giay khen cho xa vien thi HTX tu chi tien thuong dung k", ["Có."]),
    ("cty tui nhan vien dat LDTT thi ai ky QD", ["Giám đốc"]),
    ("thon xin kinh phi khen thuong cho GDVH thi lam to trinh gui ai", ["Chủ tịch UBND xã"]),
    ("to trinh de nghi khen thuong gui ai", ["Chủ tịch UBND"]),
    ("thon van hoa do chu tich xa cong nhan hang nam dung k", ["Có.", "hằng năm"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls found on the tuning sets: the Law itself asked to detail the giấy khen's criteria,
# another title's conditions, the drop of registration put up, a head proposing to the xã
KEPT = [
    (
        "giay khen theo dot co dc tinh thay 1 lan CSTDCS de du dieu kien len CSTD tinh k",
        ["Không."],
    ),
    (
        "tui hoi xiu: luat co quy dinh chi tiet tieu chuan jay khen cua chu tich xa hok hay de "
        "tinh quy dinh",
        ["Không."],
    ),
    (
        "tieu chuan giay khen chu tich xa co phai luat quy dinh chi tiet het k hay tinh quy dinh",
        ["Không."],
    ),
    ("Từ Luật 2022 thì không còn bắt buộc đăng ký thi đua nữa đúng chứ", ["Có."]),
    ("trưởng thôn đề nghị xã công nhận GĐVH đúng k", ["Có.", "Chủ tịch UBND xã"]),
]


@pytest.mark.parametrize(("question", "keys"), KEPT)
def test_near_readings_kept(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
