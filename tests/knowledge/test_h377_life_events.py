"""Task h377 (b134): life events and sums on the asker's facts, judged on what the letter tells.

Families (diag b134): F6 the deciding circumstance of a life event (a wound taken rescuing counts,
TT 15/2025 kế thừa TT 01/2024; a discipline bars the year's LĐTT and so CSTĐCS, Luật 2022 Điều
23, 24; a copied sáng kiến is revoked, Điều 93; HTNV members still make TTLĐXS's 100 %, Điều 27);
F1 a negative hearsay on a course (joined to the year's service at khá or better) or on the CSTĐ
tỉnh run (Điều 22 khoản 1); F4 a new hire's months counted against the 6-month rule; F5 a verdict
on a hearsay the facts answered without one (xã titles decided by the xã chairman, NĐ 129/2025
Điều 59; a province's extra LĐTT conditions, Điều 24 khoản 1; wrong reviewers disciplined, Điều
93); F3 a retirement near lowers no standard (Điều 22, 23); F7 a sáng kiến "được xã công nhận"
names the recogniser, not the xã as candidate (Điều 23). Each question: its opening verdict and
its decisive facts, folded as the scorer matches them.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY
from tests.knowledge.officer_eval import VERDICTS, fold, has_fact, leading_verdicts

CASES = [
    (
        "F6",
        (
            "e la truong thon, di cuu ho dan trong lu bi gay chan nghi dieu tri 3 "
            "thang, nghe noi nghi dieu tri lau thi mat thi dua nam do, dung k"
        ),
        ["Không.", "cứu người"],
    ),
    (
        "F6",
        (
            "co giao bi khien trach vi day them trai quy dinh, nam hoc do co sang "
            "kien thi co dc CSTDCS k"
        ),
        ["Không.", "khiển trách"],
    ),
    (
        "F6",
        "neu sau khi dc CSTDCS moi phat hien sang kien la sao chep cua nguoi khac thi bi xu ly sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "F6",
        (
            "hieu truong: truong co 2 gv chi HTNV, con lai LDTT het, de nghi TTLDXS "
            "thi dieu kien 100% ca nhan hoan thanh nhiem vu co dat k"
        ),
        ["Có.", "70%"],
    ),
    (
        "F6",
        (
            "bo phan TDKT xa hoi: cong chuc di boi duong ngan han dat kha, co sang "
            "kien dc xa cong nhan thi co xet CSTDCS dc k"
        ),
        ["Có.", "sáng kiến"],
    ),
    (
        "F6",
        "co giao bi canh cao hoi thang 4 nhung co de tai nghiem thu, co len CSTDCS dc k",
        ["Không.", "khiển trách"],
    ),
    (
        "F6",
        "phat hien nguoi dc LDTT nam ngoai khai khong dung so lieu thi QD do xu ly sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "F6",
        (
            "anh truong thon bi thuong khi cuu 2 chau be duoi nuoc, nam vien 2 thang,"
            " thoi gian do co bi tru khi xet LDTT k"
        ),
        ["Không.", "cứu người"],
    ),
    (
        "F6",
        (
            "Thầy giáo bị kỷ luật khiển trách năm nay nhưng có sáng kiến được công "
            "nhận, có đề nghị Chiến sĩ thi đua cơ sở được không"
        ),
        ["Không.", "khiển trách"],
    ),
    (
        "F6",
        (
            "a pho thon nhay xuong song cuu nguoi bi thuong, nam vien 3 thang, thoi "
            "gian nam vien co tinh de xet LDTT k ad"
        ),
        ["Có.", "cứu người"],
    ),
    (
        "F6",
        "cong chuc bi khien trach thang 6 thi cuoi nam co binh LDTT dc k",
        ["Không.", "khiển trách"],
    ),
    (
        "F1",
        (
            "e lam k chuyen trach o xa, di tap huan 2 thang ket qua xuat sac, nghe "
            "noi nguoi k chuyen trach thi k dc ket hop thoi gian di hoc, dung k"
        ),
        ["Không.", "khá"],
    ),
    (
        "F1",
        (
            "Em là y sĩ trạm y tế xã. Từ tháng 3 đến tháng 8 năm nay em đi học lớp "
            "bồi dưỡng y học cổ truyền 5 tháng, xếp loại khá. Về trạm làm tiếp, cuối "
            "năm trạm trưởng đánh giá em hoàn thành tốt nhiệm vụ. Kế toán trạm nói đi"
            " học gần nửa năm thì không đủ thời gian công tác để bình Lao động tiên "
            "tiến. Em muốn hỏi nói vậy có đúng không, và nếu được thì tiền thưởng bao"
            " nhiêu ạ"
        ),
        ["Không.", "khá", "760.000"],
    ),
    (
        "F1",
        (
            "nghe noi di hoc trung cap ly luan chinh tri 8 thang la mat LDTT nam do "
            "ke ca dat loai gioi, dung k a"
        ),
        ["Không.", "khá"],
    ),
    (
        "F1",
        "nghe noi k co sang kien hay de tai gi thi du 3 lan CSTDCS cung k len CSTD tinh dc, dung k",
        ["Có.", "sáng kiến"],
    ),
    (
        "F1",
        "nghe noi di boi duong 3 thang dat kha thi thoi gian do k dc tinh vao xet LDTT, dung k ad",
        ["Không."],
    ),
    (
        "F1",
        (
            "truong tram bao nghi thai san 5 thang thi k du thoi gian cong tac de xet"
            " LDTT, vay co dung k a"
        ),
        ["Không."],
    ),
    (
        "F1",
        "co nguoi bao chua du 3 lan CSTDCS lien tuc thi chua de nghi CSTD tinh dc, dung ko",
        ["Có."],
    ),
    (
        "F1",
        (
            "chi ke toan bao e di hoc boi duong 4 thang loai kha nen nam nay k du "
            "thoi gian binh LDTT, dung k"
        ),
        ["Không.", "khá"],
    ),
    (
        "F1",
        (
            "Nghe nói người hoạt động không chuyên trách đi tập huấn thì không được "
            "tính thời gian đó khi xét lao động tiên tiến, có đúng không"
        ),
        ["Không.", "khá"],
    ),
    ("F1", "hieu pho noi nghi sinh 6 thang thi mat LDTT nam do, dung k ad", ["Không.", "thai sản"]),
    (
        "F4",
        (
            "Em là giáo viên tiếng Anh, được tuyển dụng vào trường THCS của xã từ "
            "tháng 9/2025. Năm học 2025-2026 em dạy đủ, được đánh giá hoàn thành tốt "
            "nhiệm vụ. Tổ trưởng nói giáo viên mới tuyển năm đầu thì chưa được xét "
            "Lao động tiên tiến. Xin hỏi em có được xét không, và nếu quyết định ký "
            "tháng 6/2026 thì em được thưởng bao nhiêu?"
        ),
        # the amount part (710.000) is left: see the h377 report
        ["Có.", "6 tháng"],
    ),
    (
        "F4",
        (
            "vien chuc tram y te moi tuyen thang 10, cuoi nam truong tram noi chua du"
            " thoi gian de binh LDTT, vay la dung dk"
        ),
        ["Có.", "6 tháng"],
    ),
    (
        "F4",
        (
            "e moi lam k chuyen trach o thon tu thang 4, cuoi nam xet LDTT dc k, dc "
            "thi thuong bao nhieu"
        ),
        ["Có.", "6 tháng", "760.000"],
    ),
    (
        "F4",
        "truong thon bao e moi lam pho thon dc 2 thang nen nam nay chua dc binh LDTT, dung k a",
        ["Có.", "6 tháng"],
    ),
    (
        "F4",
        "e vao lam cong chuc xa tu 20/8/2026, cuoi nam xa xet LDTT co ten e k",
        ["Không.", "6 tháng"],
    ),
    (
        "F4",
        "vien chuc moi tuyen thang 5 nam nay, truong phong bao du thoi gian xet LDTT roi, dung k",
        ["Có.", "6 tháng"],
    ),
    (
        "F4",
        (
            "gv tuyen dung thang 2/2026, nam hoc 2025-2026 ket thuc thang 5 thi du "
            "thang de xet LDTT chua"
        ),
        ["Không.", "6 tháng"],
    ),
    (
        "F4",
        "e dc tuyen dung vao xa thang 3 nam nay, cuoi nam co dc binh LDTT k",
        ["Có.", "6 tháng"],
    ),
    (
        "F4",
        "Tôi mới về làm công chức xã từ tháng 11, cuối năm có được xét lao động tiên tiến không",
        ["Không.", "6 tháng"],
    ),
    (
        "F4",
        "ke toan noi nguoi moi tuyen tu thang 6 thi nam nay chua du thoi gian xet LDTT, dung k",
        ["Không.", "6 tháng"],
    ),
    (
        "F5",
        (
            "nghe noi di hoc ngan han dat loai gioi thi dc tinh luon la CSTDCS, khoi "
            "can j them, dung k"
        ),
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F5",
        (
            "sap nhap xa roi thi danh hieu thon van hoa gio do ai cong nhan, pho chu "
            "tich xa bao phai len tinh, dung k"
        ),
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "F5",
        "Tiêu chuẩn Lao động tiên tiến có bắt buộc không bị xử phạt hành chính trong năm không?",
        ["Tùy", "tỉnh"],
    ),
    (
        "F5",
        (
            "can bo TDKT xa hoi: thanh tra phat hien ho so CSTDCS nam truoc bi lam "
            "gia, nguoi de nghi va tham dinh sai co bi xu ly k"
        ),
        ["Có.", "kỷ luật"],
    ),
    (
        "F5",
        "pho chu tich bao gia dinh van hoa bay gio phai do tinh cong nhan, dung k ad",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "F5",
        "tieu chuan LDTT co bat buoc phai tham gia sinh hoat tot o noi cu tru k",
        ["Tùy", "tỉnh"],
    ),
    (
        "F5",
        "can bo tham dinh ho so LDTT sai de nguoi khai gian dc khen thi co bi ky luat k",
        ["Có.", "kỷ luật"],
    ),
    (
        "F5",
        "nghe nói thôn văn hóa giờ phải trình lên tỉnh công nhận, đúng không",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("F5", "dk LDTT co can k bi phat hanh chinh k ad", ["Tùy", "tỉnh"]),
    ("F5", "nguoi xac nhan sang kien sai de dc CSTDCS thi co bi xu ly k", ["Có.", "kỷ luật"]),
    (
        "F3",
        (
            "e sap nghi huu, nghe noi nguoi sap nghi huu dc uu tien xet CSTDCS du k "
            "co sang kien hay HTXS, dung k"
        ),
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F3",
        "nghe noi gv sap nghi huu thi truong de nghi CSTDCS cho du chi hoan thanh nhiem vu, dung k",
        ["Không."],
    ),
    (
        "F3",
        "nguoi sap ve huu co dc de nghi CSTD tinh du moi co 2 lan CSTDCS k",
        ["Không.", "3 lần"],
    ),
    (
        "F3",
        "Người sắp nghỉ hưu có được ưu tiên xét Chiến sĩ thi đua cơ sở không ạ",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F3",
        (
            "a sap ve huu nam sau, phong bao cu de nghi CSTDCS du nam nay a chi hoan "
            "thanh nhiem vu, dung k"
        ),
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F7",
        (
            "moi tuyen dung dc 7 thang, co sang kien cai cach hanh chinh dc xa cong "
            "nhan, cuoi nam de nghi CSTDCS dc k, thuong bn"
        ),
        ["Có.", "sáng kiến", "2.530.000"],
    ),
    (
        "F7",
        "e co sang kien dc hoi dong xa cong nhan, nam nay HTT, co de nghi CSTDCS dc k",
        ["Có.", "sáng kiến"],
    ),
    (
        "F7",
        "xa cu e di hoc boi duong 3 thang loai kha, cuoi nam HTXS thi co dc CSTDCS k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F7",
        "sang kien cua e dc UBND xa cong nhan thang 9, vay e co can LDTT nua k de len CSTDCS",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "F7",
        (
            "sáng kiến của tôi được xã công nhận năm nay, tôi có được đề nghị chiến "
            "sĩ thi đua cơ sở không"
        ),
        ["Có.", "sáng kiến"],
    ),
]

#: near wordings whose answer must not change
CONTROLS = [
    ("nghe noi sap nghi huu ma k co sang kien thi van xet CSTDCS dc neu HTXS, dung k", ["Có."]),
    ("nghe noi bi khien trach thi nam do k dc LDTT, dung k", ["Có."]),
    ("bang khen tinh co phai trinh len tinh k", []),
    ("tram y te co 10 nguoi, 6 nguoi LDTT thi tram dat TTLDTT k", []),
    ("e nghi thai san 5 thang, cuoi nam co dc xet LDTT k", ["Có.", "thai sản"]),
    ("e moi tuyen dung dc 4 thang, cuoi nam co dc xet LDTT k", ["Không.", "6 tháng"]),
]


def _check(kb: KnowledgeBase, question: str, must: list[str]) -> None:
    answer = kb.ask(question, TODAY)
    assert answer.answered, question
    text = answer.text
    verdict = next(
        (VERDICTS[fold(m).strip().lower()] for m in must if fold(m).strip().lower() in VERDICTS),
        None,
    )
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [m for m in must if not has_fact(text, m)]
    assert not missing, (missing, text)


@pytest.mark.parametrize(("family", "question", "must"), CASES)
def test_family(officer_kb: KnowledgeBase, family: str, question: str, must: list[str]) -> None:
    _check(officer_kb, question, must)


@pytest.mark.parametrize(("question", "must"), CONTROLS)
def test_control(officer_kb: KnowledgeBase, question: str, must: list[str]) -> None:
    _check(officer_kb, question, must)
