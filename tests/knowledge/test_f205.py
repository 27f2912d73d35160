"""Task f205 (diag_205 F2-F6 of blind205, diag_203 F2-F4 of blind203): the verdict follows the
case the officer supposes, not the usual one, and answers the proposition asked.

b205 F3 the hypothesis decides: a sáng kiến not recognised and no hoàn thành xuất sắc is neither
route of Điều 23 khoản 2 ("Không."); hoàn thành xuất sắc meets LĐTT's "hoàn thành tốt nhiệm vụ
trở lên" (Điều 24 khoản 1, "Có."); a condition the province has put in its quy chế binds the xã
("Có."); an đặc khu, a former thị xã now a phường, is reviewed for "xã, phường, đặc khu tiêu biểu"
(NĐ 152/2025 Điều 50 khoản 2 điểm c, the district level gone on 01/7/2025, "Có.").
b205 F2 the stated case, not the usual one: a đề tài khoa học đã nghiệm thu is its own route to
CSTĐCS (Điều 23 khoản 2); NĐ 98/2023 was in force until 30/6/2025 (NĐ 152/2025 Điều 59);
bình xét GĐVH finished after 25/11 is late (NĐ 86/2023); CSTĐCS in 2025 and 2026 is 2 lần liên tục.
b205 F4 the unit's practice asked first ("có bị loại không", "có đủ phiếu không") is "Tùy" (the
province's / unit's quy chế), even when the law's "Không." follows.
b205 F6 the subject is the deed, not one word: a rescue in a flood is khen đột xuất (Luật Điều
85), not "tham gia thi đua là tự nguyện"; a công an xã chính quy is reviewed for Chiến sĩ tiên
tiến, its authority set by Bộ Công an (Luật Điều 24 khoản 2, Điều 80 khoản 5).
b205 F5 the xã chairman decides now what the district did (NĐ 129/2025 Điều 59): "Có.".
b203 F2 the yes/no of an attribute card: forging papers brings discipline, fines or criminal
liability (Luật Điều 93, "Có."); the prize follows the lương cơ sở of the decision date ("Có.").
b203 F3 a condition claimed as the LAW's own ("luật bắt buộc …") is "Không.", Điều 24 khoản 1.
b203 F4 a giấy khen's years asked bare: the province's criteria decide (Luật Điều 75), "Tùy".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


CASES = [
    # b205 F3: the hypothesis decides
    (
        "F3",
        "neu a chi dua vao sang kien de xin cstdcs ma sang kien do chua dc co so cong nhan, cung "
        "k dat hoan thanh xuat sac thi co dc k",
        ["Không.", "công nhận"],
    ),
    (
        "F3",
        "neu xep loai hoan thanh xuat sac thi co dat tieu chi muc do hoan thanh nhiem vu cua "
        "ldtt k",
        ["Có.", "Điều 24"],
    ),
    (
        "F3",
        "neu tinh ban hanh quy che moi them tieu chi ldtt phai k bi xu phat hanh chinh thi xa co "
        "phai ap dung k",
        ["Có.", "tỉnh"],
    ),
    (
        "F3",
        "gia su quy che thi dua cua tinh quy dinh them ldtt phai guong mau noi cu tru thi xa co "
        "phai lam theo k",
        ["Có.", "tỉnh"],
    ),
    ("F3", "neu la dac khu thi co xet danh hieu tieu bieu nhu xa k", ["Có.", "đặc khu tiêu biểu"]),
    (
        "F3",
        "neu truoc day la thi xa, nay thanh phuong thi xet danh hieu phuong tieu bieu dung k",
        ["Có.", "01/7/2025"],
    ),
    ("F3", "phuong e truoc la thi tran, gio co dc xet phuong tieu bieu k", ["Có.", "01/7/2025"]),
    # b205 F2: the stated case, not the usual one
    (
        "F2",
        "lo sang kien chua kip cong nhan nhung de tai khoa hoc cua c da dc nghiem thu thi co "
        "dung de tai de xet cstdcs dc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "F2",
        "sang kien chua dc cong nhan nhung de tai khoa hoc da nghiem thu roi thi co du xet "
        "cstdcs k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "F2",
        "neu qd khen ky ngay 25/6/2025 thi luc do nd 98/2023 con hieu luc k",
        ["Có.", "01/7/2025"],
    ),
    ("F2", "qd ky thang 5/2025 thi can cu nd 98/2023 co dung k", ["Có.", "01/7/2025"]),
    (
        "F2",
        "toi la truong thon. nam nay thon binh xet gdvh bi cham, den 27/11 moi hop xong, niem yet "
        "7 ngay roi gui len xa. neu vay thi co bi tre han k, va niem yet 7 ngay co du k",
        ["Có.", "25/11", "10 ngày"],
    ),
    (
        "F2",
        "nam 2025 e dat cstdcs, nam 2026 e nghi thai san 6 thang nhung van hoan thanh xuat sac "
        "nhiem vu. neu nam 2026 e van dc cstdcs thi tinh la 2 lan lien tuc dung k, va tien thuong "
        "neu qd ky thang 12/2026 la bn",
        ["Có.", "2.530.000"],
    ),
    # b205 F4: the unit's practice first, the law second
    (
        "F4",
        "neu k dang ky thi dua thi co bi loai k, con luat tdkt co bat buoc dang ky k",
        ["Tùy", "Điều 7"],
    ),
    (
        "F4",
        "e la thu ky hoi dong tdkt xa. cuoi nam hop xet cstdcs, a X dc 7/11 phieu dong y (khoang "
        "64%). hoi dong chua thong nhat. neu vay thi a X co du phieu de de nghi k, va luat tdkt "
        "co quy dinh ti le phieu toi thieu k",
        ["Tùy", "tỉnh"],
    ),
    (
        "F4",
        "to e k nop dang ky thi dua dau nam thi cuoi nam co bi loai k, luat co bat buoc k",
        ["Tùy", "Điều 7"],
    ),
    # b205 F6: the deed, not one word
    (
        "F6",
        "gia su trong dot lu co nguoi dan tu nguyen cuu tai san cua hang xom thi co de nghi khen "
        "dot xuat dc k",
        ["Có."],
    ),
    (
        "F6",
        "a thanh nien tu nguyen lao xuong suoi cuu 2 chau be bi duoi nuoc thi xa co khen dot "
        "xuat dc k",
        ["Có."],
    ),
    (
        "F6",
        "a K la cong an xa chinh quy, nam nay hoan thanh xuat sac nhiem vu. chu tich xa muon dua "
        "a K vao danh sach ldtt cua ubnd. neu vay thi a K xet danh hieu gi moi dung, tham quyen "
        "do ai quy dinh",
        ["Chiến sĩ tiên tiến", "Bộ Công an"],
    ),
    # b205 F5: the xã chairman decides now
    (
        "F5",
        "nếu hồ sơ thôn văn hóa năm 2025 đã gửi UBND huyện trước 01/7/2025 mà chưa xét thì giờ "
        "Chủ tịch xã có tự quyết được không",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "F5",
        "ho so ldtt nam truoc gui huyen ma huyen giai the roi chua xet, gio chu tich xa co ky dc k",
        ["Có.", "Chủ tịch UBND"],
    ),
    # b203 F2: the yes/no of an attribute card
    (
        "b203F2",
        "lam gia giay to trong ho so CSTDCS thi nguoi lam gia co the bi ky luat, phat hanh chinh "
        "hoac truy cuu hinh su phai k",
        ["Có."],
    ),
    (
        "b203F2",
        "tu 1/7/2026 luong co so len 2.530.000 thi tien thuong LDTT QD thang 12 cung tang theo "
        "phai k",
        ["Có."],
    ),
    # b203 F3: the LAW's rule claimed
    ("b203F3", "nghe noi luat TDKT bat buoc LDTT k dc bi xu phat hanh chinh, dung k", ["Không."]),
    (
        "b203F3",
        "luat thi dua khen thuong co quy dinh ldtt phai guong mau noi cu tru k",
        ["Không."],
    ),
    # b203 F4: a giấy khen's years asked bare
    ("b203F4", "giay khen cua chu tich xa co can 2 nam lien HTTNV k", ["Tùy"]),
    ("b203F4", "muon dc giay khen chu tich xa thi co phai 3 nam lien hoan thanh tot k", ["Tùy"]),
]
CONTROLS = [
    # near wordings the bot already answered right before this task
    (
        "gia su sang kien cua e chua dc cong nhan va nam nay e chi hoan thanh tot nhiem vu thi "
        "co dc de nghi cstdcs k",
        ["Không."],
    ),
    ("nếu được đánh giá hoàn thành xuất sắc nhiệm vụ thì có đủ mức để xét LĐTT không", ["Có."]),
    ("neu thon hop binh xet gdvh ngay 28/11 thi co bi tre han k", ["Có.", "25/11"]),
    ("neu nam 2025 va nam 2026 e deu dat cstdcs thi co tinh la 2 lan lien tuc k", ["Có."]),
    # the practice's rightness asked of a late review, not its lateness
    ("thon e 28/11 moi hop binh xet gdvh, vay co kip k", ["Không."]),
    # a sanction told of a person: the province's quy chế
    ("bi xu phat hanh chinh vi vi pham giao thong thi co bi mat ldtt k", ["Tùy"]),
    # "pháp luật" takes in the province's own legal texts (task h219)
    (
        "Pháp luật có cấm xét lao động tiên tiến cho người bị xử phạt vi phạm hành chính không",
        ["Tùy"],
    ),
    # a circumstance told of the xã stays open
    ("neu xa bi thien tai nang thi co dc xet xa tieu bieu k", ["Tùy"]),
    # a đề tài not yet accepted either
    ("sang kien chua cong nhan, de tai cung chua dc nghiem thu thi co xet cstdcs dc k", ["Không."]),
    # NĐ 98/2023 asked of a decision after 01/7/2025
    ("qd ky thang 8/2025 ma van can cu nd 98/2023 co dung k", ["Không."]),
    # a drive's end is no sudden deed
    ("ket thuc dot thi dua cao diem thi co khen dot xuat dc k", ["Không."]),
    # a decision signed before the raise
    ("qd ky thang 5/2026 thi tien thuong co tang theo luong co so moi k", ["Không."]),
    # fraud: only cancelled, nobody answers for it, claimed
    ("khai gian thanh tich de dc ldtt thi chi bi thu hoi thoi, k bi xu ly gi dung k", ["Không."]),
    # a culture title held for years: NĐ 122/2018's gone rule
    ("ho nao 3 nam lien dat gdvh thi duoc giay khen, co dung k", ["Không."]),
    # a recognised sáng kiến is the route; a đề tài not yet accepted is not
    ("neu sang kien da dc co so cong nhan thi co du dieu kien xet cstdcs k", ["Có."]),
    ("de tai khoa hoc chua dc nghiem thu thi co dung de xet cstdcs dc k", ["Không."]),
    # hoàn thành nhiệm vụ alone is below LĐTT's level
    ("neu chi hoan thanh nhiem vu thi co dat ldtt k", ["Không."]),
    # the extra condition asked bare is the province's
    ("ldtt co can k bi xu phat hanh chinh k", ["Tùy"]),
    # a former title no longer in force
    ("thi tran tieu bieu nam nay con xet k", ["Không."]),
    # NĐ 98/2023 now
    ("nd 98/2023 bay gio con hieu luc k", ["Không."]),
    # finished before 25/11 is on time
    ("neu thon hop binh xet gdvh xong ngay 20/11 thi co bi tre han k", ["Không."]),
    # a broken run
    ("nam 2024 dat cstdcs, 2025 k dat, 2026 dat thi co tinh 2 lan lien tuc k", ["Không."]),
    # the law asked alone: no registration, no vote share of its own
    ("luat tdkt co bat buoc dang ky thi dua k", ["Không."]),
    ("nghe noi luat tdkt quy dinh phai dat 2/3 so phieu moi de nghi cstdcs, dung k", ["Không."]),
    # taking part in thi đua asked
    ("tham gia phong trao thi dua co bat buoc k", ["Không."]),
    # the cấp huyện asked
    ("cap huyen bay gio con xet ldtt k", ["Không."]),
    # a title's own years
    ("LDTT co can 2 nam lien k", ["Không."]),
]

#: cases not fixed in this task, with the reason (each shown as an expected failure)
NOT_YET: dict[str, str] = {
    "nam 2025 e dat cstdcs, nam 2026 e nghi thai san": (
        "a run of two years told clause by clause, the second supposed ('nếu năm 2026 em vẫn được "
        "CSTĐCS') beside a maternity leave: records.record_held reads only lists or three years "
        "told, and 'nghỉ' reads as the year lost"
    ),
    "a K la cong an xa chinh quy": (
        "the police officer told in the story is not carried to the LĐTT the chairman's wish "
        "names in a later sentence (the pair's cases hold only 'htxs'), so Chiến sĩ tiên tiến "
        "is not answered; a what-to-review ask, no yes/no for a hearsay rule"
    ),
}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, NOT_YET))
def test_case(kb: KnowledgeBase, family: str, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
