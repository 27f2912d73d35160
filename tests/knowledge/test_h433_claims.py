"""Task h433: b166's failure families, read as rules (issue 11).

The voice of b166 states a premise as settled and asks the next step. Each case is what the
officer sees: the first verdict the answer opens with and the decisive facts, folded as the
scorer folds them. Per family: the tuning questions (b166), the evaluator's new wordings, our
own wordings; then controls whose answer must not change.

F1. a negative or hearsay claim read with the topic's polarity ("HTXSNV nhưng k có đề tài nên
    k đủ CSTĐCS, đúng k" is false: Luật 2022 Điều 23 khoản 2; a huyện-given title still counts
    in a run: Điều 22; LĐTT is not abolished: Điều 24; the xã chairman's giấy khen is for
    individuals too: Điều 75, Điều 80 khoản 3; "có đúng là X không" puts X up).
F2. the verdict of the next step, not of the premise: a share told meets the minimum whatever
    minimum was heard (Điều 28); the own unit's maximum is "Tùy" (NĐ 152/2025 Điều 6 khoản 2
    điểm c); signing before the 10-day posting is wrong (NĐ 86/2023 Điều 8).
F4. a word in passing does not take the block: the fund letter (NĐ 152/2025 Điều 46 khoản 3),
    the Ban Công tác Mặt trận at the GĐVH review and the GĐVH papers (NĐ 86/2023 Điều 8), the
    đặc khu's chairman (NĐ 129/2025 Điều 59), the province's dossier rules (NĐ 152/2025 Điều 6).
F5. a claim without "đúng k": a rounding about to be paid (NĐ 152/2025 Điều 49 khoản 2), the
    legal basis written into a decision.
F6. what the province decides opens "Tùy": striking the unregistered (Luật 2022 Điều 7), the
    registration's deadline, a ratio for the own unit.
F7. the commune's award procedures charge no fee.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict or None, facts the answer must hold)
F1 = [
    # b166
    (
        "nghe noi danh hieu LDTT gio bo roi, chi con xep loai hoan thanh tot nhiem vu thoi, dung k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "CSTDCS phai dat LDTT truoc, vay nguoi nam nay k dat LDTT thi du co sang kien cung k dc"
        " CSTDCS dung k, con nguoi dat thi ai ky QD",
        "Có",
        ["Lao động tiên tiến", "Chủ tịch UBND"],
    ),
    (
        "sang kien de xet CSTDCS phai dc cap tinh cong nhan, xa cong nhan thi k co gia tri, dung k",
        "Không",
        ["cơ sở công nhận"],
    ),
    (
        "Tôi là trưởng thôn mới. Trưởng thôn cũ bàn giao sổ sách có ghi gia đình văn hóa 3 năm mới"
        " công nhận 1 lần, lần gần nhất là năm 2024, nên năm nay thôn không phải họp bình xét. Bà"
        " con hỏi sao năm nay không thấy bình xét. Vậy có đúng là năm nay thôn không phải làm"
        " không",
        "Không",
        ["25/11"],
    ),
    (
        "CSTD tinh can 3 lan CSTDCS lien tuc va sang kien co pham vi anh huong trong tinh, vay chi"
        " co sang kien xa cong nhan thi chua du dung k",
        "Có",
        ["phạm vi ảnh hưởng"],
    ),
    (
        "anh V dc CSTDCS 2024 do chu tich huyen ky, 2025 va 2026 do chu tich xa ky. vi 2 cap khac"
        " nhau nen k tinh lien tuc de xet CSTD tinh, dung k",
        "Không",
        ["3 lần"],
    ),
    (
        "e phu trach thi dua o phong van hoa xa hoi. chi H nam nay dc binh LDTT, dong thoi dc giay"
        " khen chu tich xa vi thanh tich van dong hien dat lam duong. ke toan xa bao 1 nguoi cung"
        " luc dc danh hieu thi dua va hinh thuc khen thuong thi nhan ca 2 khoan tien. vay QD thang"
        " 12 chi H nhan ca tien LDTT va tien giay khen dung k a",
        "Có",
        ["cả hai"],
    ),
    (
        "e la ke toan xa. nam 2024 e dc CSTDCS do chu tich huyen ky QD thang 1/2025. nam 2026 e dat"
        " LDTT va dc danh gia HTXSNV. chi van hoa xa bao vi chu tich huyen k con nen danh hieu cu k"
        " con gia tri, va nam nay e cung k dc CSTDCS vi chuoi da dut. vay co dung k a",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    # the evaluator's new wordings
    (
        "co giao truong e nghi thai san 5 thang nen hieu pho bao k du thoi gian xet LDTT nam nay,"
        " dung k a",
        "Không",
        ["thai sản"],
    ),
    (
        "chi ke toan bao TTLDTT cua tram y te chi la danh hieu suong, k co tien thuong, phai k",
        "Không",
        ["2.030.000"],
    ),
    (
        "CSTDCS nam 2024 do chu tich huyen ky thi nay k con gia tri de tinh 3 lan lien tuc xet CSTD"
        " tinh nua, dung k ad",
        "Không",
        ["liên tục"],
    ),
    # our own
    (
        "nghe ns danh hieu lao dong tien tien nam nay bi bo roi, xa k xet nua dung k ad",
        "Không",
        ["Điều 24"],
    ),
    (
        "Chị văn phòng bảo cô Hoa hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến nên không"
        " đủ chiến sĩ thi đua cơ sở, đúng không?",
        "Không",
        ["không bắt buộc"],
    ),
    (
        "anh Minh dat CSTDCS 2024 (QD chu tich huyen), 2025, 2026 (QD chu tich xa), pho chu tich"
        " bao k tinh lien tuc dc vi khac cap, phai k",
        "Không",
        ["giữ nguyên giá trị"],
    ),
    (
        "sang kien de xet CSTDCS bat buoc phai duoc tinh cong nhan moi tinh, dung k",
        "Không",
        ["cơ sở công nhận"],
    ),
]

#: near wordings whose answer must not change
F1_CONTROLS = [
    ("chủ tịch xã tặng giấy khen cho những ai", None, ["hộ gia đình"]),
    (
        "nam nay chi B k dat LDTT, co sang kien dc xa cong nhan nhung van k dc CSTDCS dung k ad",
        "Có",
        ["Lao động tiên tiến"],
    ),
    ("anh A HTXSNV, dat LDTT, vay du CSTDCS chua", "Có", ["hoàn thành xuất sắc nhiệm vụ"]),
    (
        "sang kien de xet CSTD tinh phai co pham vi anh huong trong tinh dung k",
        "Có",
        ["trong tỉnh"],
    ),
]

F2 = [
    # b166
    (
        "luat 2022 k dat ty le khong che LDTT, vay xa co 20 nguoi deu HTTNV tro len thi xet LDTT"
        " ca 20 nguoi dc k",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "e la hieu truong truong THCS cua xa. nam hoc 2025-2026 truong co 45 cb gv nv, 100% hoan"
        " thanh nhiem vu, 33 nguoi dat LDTT, 3 nguoi CSTDCS, truong hoan thanh xuat sac nhiem vu,"
        " k ai bi ky luat. nam ngoai thi dua huyen bao TTLDXS phai co 80% LDTT nen truong k du."
        " nam nay voi so lieu tren truong e co du dieu kien de xa de nghi TTLDXS k",
        "Có",
        ["70%"],
    ),
    (
        "e phu trach van hoa xa. nam nay xa co 4 thon de nghi thon van hoa. chu tich muon ky QD"
        " cong nhan ngay cho kip hoi nghi tong ket, sau do moi niem yet ds len trang thong tin"
        " dien tu va bang tin de dan gop y. e thay thu tu nhu vay hoi la nhung anh van phong bao"
        " lam the cung dc. vay lam nhu the co dung k a",
        "Không",
        ["10 ngày"],
    ),
    # the evaluator's new wording
    (
        "nghe noi TTLDTT phai co 60% LDTT, to e 10 nguoi co 6 nguoi LDTT thi de nghi TTLDTT dc k",
        "Có",
        ["trên 50"],
    ),
    # our own
    (
        "nghe noi TTLDTT phai co tren 60% LDTT, phong e 12 nguoi co 8 nguoi LDTT thi de nghi"
        " TTLDTT dc k",
        "Có",
        ["8/12"],
    ),
    (
        "xa e co 30 nguoi deu HTTNV, luat k khong che thi xet LDTT ca 30 nguoi dc k",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "truong e 25 gv deu dat chuan, vay xet LDTT ca 25 nguoi dc k hay bi gioi han ty le",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "xa ky QD cong nhan GDVH truoc roi moi niem yet danh sach o nha van hoa cho dan gop y dc k",
        "Không",
        ["10 ngày"],
    ),
]

F2_CONTROLS = [
    # a share below the minimum stays short whatever minimum was heard
    (
        "nghe noi TTLDTT phai co 60% LDTT, to e 10 nguoi co 5 nguoi LDTT thi de nghi TTLDTT dc k",
        "Không",
        ["trên 50"],
    ),
    # the settled policy: a bare cap question opens "Tùy" since stop 46 (was "Không.", h476)
    ("LDTT co bi gioi han so luong k", "Tùy", ["tỉnh"]),
    (
        "thôn văn hóa thì niêm yết lấy ý kiến 10 ngày rồi mới trình chủ tịch ký đúng không",
        "Có",
        ["10 ngày"],
    ),
]

F4 = [
    # b166
    (
        "Anh là chủ tịch xã. Năm nay quỹ thi đua khen thưởng của xã gần cạn, mà cuối năm phải chi"
        " LĐTT, CSTĐCS, thôn văn hóa. Văn phòng báo quỹ TĐKT cấp xã chỉ lấy từ đóng góp của doanh"
        " nghiệp, ngân sách không cấp đồng nào, nên anh định đi vận động doanh nghiệp ủng hộ cho"
        " đủ. Vậy có đúng là quỹ chỉ có nguồn đó không",
        "Không",
        ["ngân sách"],
    ),
    (
        "ho so GDVH gom van ban de nghi, bang tong hop ds ho va bien ban hop binh xet, vay thon nop"
        " 3 thu do la du dung k",
        "Có",
        ["biên bản"],
    ),
    (
        "Đặc khu là đơn vị hành chính cấp xã nên chủ tịch UBND đặc khu có thẩm quyền khen thưởng"
        " như chủ tịch xã, đúng không",
        "Có",
        ["Chủ tịch UBND"],
    ),
    (
        "ho so thu tuc LDTT, CSTDCS gio do tinh quy dinh chi tiet theo ND 152, vay xa lam theo quy"
        " che tinh dung k",
        "Có",
        ["tỉnh"],
    ),
    (
        "thon e nop ban dang ky thi dua cho cong chuc phu trach TDKT cua xa, han do tinh quy dinh,"
        " vay nam sau van han 31/3 nhu nam nay dung k",
        "Tùy",
        ["tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "e la ke toan, cuoi nam xa ky QD thon van hoa va GDVH, nhung quy TDKT cua xa lay tu nguon"
        " nao ma chi",
        None,
        ["ngân sách", "1,0 %", "1,5 %"],
    ),
    (
        "dac khu e muon tang giay khen cho doi tau ca cuu nan tren bien, chu tich UBND dac khu ky"
        " dc k",
        "Có",
        ["Chủ tịch UBND"],
    ),
    # our own
    (
        "Chủ tịch UBND đặc khu không có thẩm quyền tặng giấy khen, phải xin tỉnh đúng không",
        "Không",
        ["đơn vị hành chính cấp xã"],
    ),
    (
        "quy thi dua cua xa chi dua vao tien ung ho cua doanh nghiep thoi dung k",
        "Không",
        ["ngân sách"],
    ),
    ("quy TDKT cua xa lay tu nguon nao", None, ["ngân sách"]),
    ("thu tuc LDTT o xa lam theo quy che cua tinh dung k", "Có", ["tỉnh"]),
    (
        "ho so GDVH gom van ban de nghi, bang tong hop danh sach ho dat tieu chuan va bien ban hop"
        " binh xet la du phai k",
        "Có",
        ["biên bản"],
    ),
]

F4_CONTROLS = [
    # a prize's payer is still who pays, not the fund's sources
    ("tien thuong LDTT lay tu nguon nao", None, ["quỹ thi đua"]),
    # two papers only: not the whole GĐVH dossier
    ("ho so GDVH chi can bien ban hop va danh sach ho la du dung k", "Không", ["Văn bản đề nghị"]),
    ("ai chu tri hop binh xet GDVH", None, ["Mặt trận"]),
]

F5 = [
    # b166
    (
        "TTLDTT 0,8 nhan 2.530.000 ra 2.024.000, ke toan cu bao lam tron thanh 2.020.000 la dung"
        " quy dinh, e chi luon nhe",
        "Không",
        ["2.030.000"],
    ),
    (
        "tham quyen khen thuong cua chu tich xa gio can cu ND 129/2025 dieu 59, vay QD e ghi can"
        " cu do dc k",
        "Có",
        ["129/2025"],
    ),
    # the evaluator's new wordings
    (
        "TTLDXS 1,5 x 2.530.000 = 3.795.000, e lam tron 3.790.000 roi chuyen cho truong nhe",
        "Không",
        ["3.800.000"],
    ),
    (
        "QD cong nhan LDTT e ghi can cu Luat TDKT 2022 va ND 152/2025, ND 129/2025 la du roi"
        " phai k",
        "Có",
        ["152/2025"],
    ),
    (
        "giay khen cho ho gia dinh he so 0,3, e ghi vao to trinh 760.000 la chuan ha",
        "Có",
        ["760.000"],
    ),
    # our own
    (
        "GK tap the 0,6 x 2.530.000 = 1.518.000, ke toan lam tron xuong 1.510.000, e chi luon nhe",
        "Không",
        ["1.520.000"],
    ),
    ("0,3 x 2.530.000 = 759.000, e lam tron 760.000 roi chi cho chi Lan nhe", "Có", ["760.000"]),
    (
        "quyet dinh tang giay khen e ghi can cu nghi dinh 129/2025 co dc khong",
        "Có",
        ["Điều 59"],
    ),
]

F5_CONTROLS = [
    ("QD LDTT e van ghi can cu ND 91/2017 dc k", "Không", ["hết hiệu lực"]),
    ("tien thuong lam tron nhu the nao", None, ["hàng chục nghìn"]),
    (
        "TTLDXS 1,5 x 2.530.000 = 3.795.000, e lam tron thanh 3.800.000 dung k",
        "Có",
        ["3.800.000"],
    ),
]

F6 = [
    # b166
    (
        "e o van phong xa, dang tong hop ds de nghi LDTT cuoi nam. co 4 nguoi dau nam quen nop ban"
        " dang ky thi dua nhung ca nam lam tot, dc danh gia hoan thanh tot nhiem vu. anh pho van"
        " phong noi theo luat TDKT 2022 k dang ky thi dua thi k dc xet danh hieu nen bao e gach ten"
        " 4 nguoi do. vay e gach ten co dung k a",
        "Tùy",
        ["tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "thon e quen nop dang ky thi dua dau nam, xa bao the thi cuoi nam k dc xet thon van hoa,"
        " vay thon chiu mat luon a",
        "Tùy",
        ["tỉnh"],
    ),
    ("xa e 50 nguoi LDTT thi chi dc toi da 7 CSTDCS theo ty le 15% dung k", "Tùy", ["tỉnh"]),
    ("han dang ky thi dua nam 2027 van la 15/3 nhu luat quy dinh dung k", "Tùy", ["tỉnh"]),
    # our own
    (
        "Anh phó chủ tịch bảo ai không nộp bản đăng ký thi đua đầu năm thì gạch tên khỏi danh sách"
        " LĐTT, em gạch như vậy có đúng không",
        "Tùy",
        ["Điều 7"],
    ),
    (
        "hạn nộp đăng ký thi đua năm 2027 có phải vẫn 31/3 như năm nay không",
        "Tùy",
        ["tỉnh"],
    ),
]

#: the disputed keys of b166 (#27, #29): the Law itself is claimed to require registration,
#: which it does not (Luật 2022 Điều 7): "Không."
F6_CONTROLS = [
    (
        "thon k dang ky thon van hoa tu dau nam thi cuoi nam k dc xet, luat quy dinh vay dung k",
        "Không",
        ["tỉnh"],
    ),
    (
        "giao vien k dang ky CSTDCS tu dau nam hoc thi cuoi nam du HTXSNV cung k de nghi dc vi luat"
        " 2022 dieu 7 bat buoc, dung k",
        "Không",
        ["tỉnh"],
    ),
]

F7 = [
    # b166
    (
        "ho so khen thuong o xa k mat le phi, vay dan nop ho so giay khen cho ho gia dinh o bo phan"
        " mot cua cung k thu tien dung k",
        "Có",
        ["phí"],
    ),
    # the evaluator's new wordings
    ("dan nop ho so de nghi giay khen cho ho gia dinh thi co mat le phi gi k ad", "Không", ["phí"]),
    ("thu tuc cong nhan GDVH o xa co thu phi k", "Không", ["phí"]),
    ("xa de nghi thon van hoa thi thon co phai nop phi tham dinh cho xa k", "Không", ["phí"]),
    # our own
    ("lam ho so de nghi LDTT o xa co ton phi gi k", "Không", ["lệ phí"]),
    ("nop ho so khen thuong o mot cua phuong co phai dong le phi k ad", "Không", ["lệ phí"]),
    ("Thủ tục công nhận thôn văn hóa có mất lệ phí không", "Không", ["lệ phí"]),
]

F7_CONTROLS = [
    # a tax or the fund's money is not the procedure's fee
    ("tien thuong LDTT co phai nop thue TNCN k", "Không", ["thuế"]),
    ("kinh phi khen thuong cua xa lay tu dau", None, ["ngân sách"]),
]

CASES = F1 + F1_CONTROLS + F2 + F2_CONTROLS + F4 + F4_CONTROLS + F5 + F5_CONTROLS
CASES += F6 + F6_CONTROLS + F7 + F7_CONTROLS


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)


def test_fee_block_only_where_a_fee_is_asked(officer_kb: KnowledgeBase) -> None:
    # "kinh phí" (the fund's money) and "chi phí" are no fee of the procedure
    for question in (
        "kinh phi khen thuong cua xa lay tu dau",
        "chi phi lam khung bang khen ai tra",
    ):
        assert "**Không thu phí, lệ phí**" not in ask(officer_kb, question)
