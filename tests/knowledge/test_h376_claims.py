"""Task h376 (b135): claims officers put up, judged on what they claim, not on the title named.

Taking part in thi đua is free (Luật Thi đua, khen thưởng 2022 Điều 3 khoản 1): a line saying so
is "Có", a duty, a forced joining or a penalty for staying out is "Không". The xã chairman, not
the Mặt trận, a thôn or the HĐND, decides the xã's titles and giấy khen (Điều 80 khoản 3; NĐ
129/2025 Điều 59). The prize follows the lương cơ sở of the decision's day and is paid from the
Quỹ thi đua, khen thưởng (NĐ 152/2025 Điều 46, 50), a sum "per person" typed with a slash is a
sum. A movement is a căn cứ of the year's titles and its giấy khen replaces no review (Luật Điều
7, 24). The papers of a xã giấy khen and the days to decide are the province's (NĐ 152/2025 Điều
6 khoản 2 điểm c). Giấy khen do not reach CSTĐ cấp tỉnh (Điều 22); a xã plan promises no province
award and makes registration a condition only where the province's rules do (Điều 7, 79).
Farmers are reviewed for LĐTT as persons (Điều 24 khoản 3); a firm's head gives its own giấy
khen (Điều 80 khoản 4).
"""

# ruff: noqa: E501
import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

CASES = [
    # A: voluntariness confirmed
    (
        "nghe noi tham gia thi dua la tu nguyen, ca ca nhan, tap the lan ho gia dinh deu dc tham gia phong trao NTM, dung k a",
        "Có",
        ["tự nguyện"],
    ),
    (
        "xa to chuc dai hoi TDTT, ca nhan, tap the, ho gia dinh deu dc tu nguyen tham gia thi dua dung k",
        "Có",
        ["tự nguyện"],
    ),
    (
        "a chu tich xa bao thi dua la tu nguyen, k ai ep dc ho dan tham gia phong trao CDS, dung k ad",
        "Có",
        ["tự nguyện"],
    ),
    (
        "hoi CCB nghe noi ho gia dinh cung dc tu nguyen tham gia thi dua nhu ca nhan, tap the, phai k",
        "Có",
        ["hộ gia đình"],
    ),
    (
        "truong e tham gia thi dua NTM la tu nguyen chu k phai bat buoc dung k a",
        "Có",
        ["tự nguyện"],
    ),
    (
        "Nghe nói người dân tham gia phong trào thi đua hoàn toàn tự nguyện, đúng không ạ",
        "Có",
        ["tự nguyện"],
    ),
    (
        "chi hoi truong bao tham gia phong trao la tu nguyen, ko ai bi ep ca, dung ko",
        "Có",
        ["tự nguyện"],
    ),
    ("e nghe bảo hộ gia đình tham gia thi đua cũng tự nguyện thôi phải k ad", "Có", ["tự nguyện"]),
    # H: a duty, a penalty, forcing
    (
        "doan xa phat dong thi dua binh dan hoc vu so, ban e noi theo luat thi dua thi tham gia la bat buoc, dung k",
        "Không",
        ["tự nguyện"],
    ),
    (
        "xa phat dong thi dua chao mung bau cu, thon nao k tham gia thi dua co bi phat k",
        "Không",
        ["tự nguyện"],
    ),
    (
        "ho nao k tham gia phong trao NTM thi co bi tru diem hay bi xu ly gi k ad",
        "Không",
        ["tự nguyện"],
    ),
    ("luat thi dua co bat buoc moi hoi vien phai tham gia phong trao k", "Không", ["tự nguyện"]),
    (
        "phong trao TDDKXDDSVH, thon e co ho k muon tham gia binh xet gia dinh van hoa, co ep dc k",
        "Không",
        ["tự nguyện"],
    ),
    ("Xã có được cưỡng ép các thôn tham gia phong trào thi đua không", "Không", ["tự nguyện"]),
    ("nha nao ko tham gia phong trao thi dua thi bi phat tien dung ko ad", "Không", ["tự nguyện"]),
    ("co quan e tham gia thi dua la bat buoc dung k", "Không", ["tự nguyện"]),
    # B: the wrong decider claimed
    (
        "nghe noi giay khen CDS cua xa phai do MT ky vi MT phat dong phong trao, dung k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "nghe noi GDVH gio truong thon cong nhan luon k can len xa, dung k, vay ai cong nhan",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "ke hoach TDDK ghi Ban CTMT thon se ky cong nhan GDVH, ghi vay co dung k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "nghe noi thon van hoa gio do truong ban CTMT xa ky cong nhan, dung k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "a pho chu tich HDND bao LDTT cua cong chuc xa do HDND xa quyet dinh, dung k ad",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "ke hoach hoi dien ghi hieu truong truong THCS se ky giay khen cho doi dat giai thay chu tich xa, vay co dung k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "Nghe nói giấy khen của xã giờ do Mặt trận Tổ quốc xã ký, đúng không",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "truong ap bao gia dinh van hoa do ap tu cong nhan, k can xa, dung k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    # C: amounts, the fund, căn cứ
    (
        "nghe noi tu 1/7/2026 luong co so len 2.530.000 nen tien thuong CSTDCS cung tang theo, dung k",
        "Có",
        ["2.530.000"],
    ),
    (
        "ke hoach CDS cua xa ghi thuong LDTT 1 trieu/nguoi cho hap dan, lam vay co dung quy dinh k",
        "Không",
        ["760.000"],
    ),
    (
        "quy thi dua xa co dc nhan tien ung ho cua con em xa xa que de thuong cho phong trao TDDK k",
        "Có",
        ["Quỹ thi đua"],
    ),
    (
        "co giay khen phong trao TDDK roi thi cuoi nam LDTT van phai xet rieng theo tieu chuan dung k",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "thanh tich cua cong nhan trong phong trao CDS co dc cty dung lam can cu xet danh hieu thi dua cuoi nam k",
        "Có",
        ["phong trào thi đua"],
    ),
    ("ke toan xa bao TTLDTT quyet dinh thang 12/2026 dc 2.030.000, dung k", "Có", ["2.030.000"]),
    (
        "nghe noi quy thi dua cua xa mien nui dc trich toi da 1,5% chi thuong xuyen, dung k",
        "Có",
        ["1,5"],
    ),
    ("a truong thon bao thon van hoa nam 2026 dc thuong 5 trieu, dung k", "Không", ["3.800.000"]),
    (
        "Kế hoạch của xã ghi thưởng LĐTT 1 triệu/người, ghi vậy có đúng quy định không",
        "Không",
        ["760.000"],
    ),
    ("nghe noi luong co so tang thi tien thuong LDTT cung tang theo phai k", "Có", ["lương cơ sở"]),
    (
        "thành tích trong phong trào chuyển đổi số có được lấy làm căn cứ xét danh hiệu thi đua cuối năm không",
        "Có",
        ["phong trào thi đua"],
    ),
    # D: the level of the verdict
    (
        "khen doan vien trong dot NTM bang giay khen xa thi co bat buoc bien ban hop xet k hay chi can to trinh",
        "Tùy",
        ["tỉnh"],
    ),
    ("ho so giay khen cho ho gia dinh co bat buoc kem bien ban hop thon k a", "Tùy", ["tỉnh"]),
    (
        "ad cho e hoi, xa e dang du thao ke hoach phat dong thi dua NTM giai doan moi. Anh pho chu tich muon ghi vao ke hoach cau 'tap the, ca nhan nao khong dang ky thi dua thi khong duoc xet khen thuong'. E nho luat moi hinh nhu bo dang ky thi dua roi. Vay ke hoach ghi vay co dc k",
        "Tùy",
        ["tỉnh"],
    ),
    # asked bare, the common set's minute is required: "Có" (brief: "Hồ sơ (01 bộ)" lists the
    # biên bản xét khen thưởng; test_h72's requirement words), as the merged suite showed
    (
        "Hồ sơ giấy khen của Chủ tịch xã cho tập thể có bắt buộc phải có biên bản họp xét không",
        "Có",
        ["biên bản"],
    ),
    ("gk xa cho ca nhan co can bien ban hop ko hay chi can to trinh thoi", "Tùy", ["tỉnh"]),
    (
        "ke hoach cua thon ghi ho nao k dang ky thi dua thi k dc xet gia dinh van hoa, ghi vay dc k",
        "Tùy",
        ["tỉnh"],
    ),
    # E: the subject a casual word names
    (
        "chao ad, e la chu tich hoi nong dan xa. Trong phong trao NTM nam nay co may ho nong dan lam mo hinh trong rau sach, nuoi bo vo beo rat hieu qua, lai tich cuc gop cong lam duong. Ho la nong dan thuan tuy, k phai can bo cong chuc gi. Hoi muon de nghi xet LDTT cho ho thi co dc k a, tieu chuan la gi",
        "Có",
        ["sản xuất có hiệu quả"],
    ),
    (
        "may ba con dan toc trong thon lam kinh te gioi, ho k phai can bo, hoi de nghi LDTT cho ho dc k",
        "Có",
        ["sản xuất có hiệu quả"],
    ),
    (
        "cty e co doi cuu ho ung cuu dan trong bao, giam doc co dc tang giay khen dot xuat cho doi k",
        "Có",
        ["Giám đốc"],
    ),
    (
        "HTX e co to xa vien chong lu gioi, chu tich HDQT HTX co dc tang giay khen cho to k",
        "Có",
        ["giấy khen"],
    ),
    (
        "mấy bà con nông dân nuôi cá giỏi, họ không phải cán bộ, xã đề nghị LĐTT cho họ được không",
        "Có",
        ["sản xuất có hiệu quả"],
    ),
    (
        "bac Tu la nong dan thuan tuy trong rau sach gioi, co dc xet LDTT k",
        "Có",
        ["sản xuất có hiệu quả"],
    ),
    ("cong ty e giam doc co dc tang giay khen cho to bao ve k ad", "Có", ["Giám đốc"]),
    # F: the attribute asked
    (
        "ky su cty e co 3 giay khen NTM lien tuc, nghe noi du dieu kien de nghi CSTD tinh, dung k, vay can nhung gi",
        "Không",
        ["3 lần", "sáng kiến"],
    ),
    (
        "can bo xa da 3 lan CSTDCS lien tuc thi du de nghi CSTD tinh chua hay con thieu gi",
        "Không",
        ["sáng kiến"],
    ),
    (
        "Chao ad. Thang 10 vua roi anh Nam nhan vien buu dien xa phat hien 1 vu lua dao qua mang, bao cong an kip thoi, giu lai dc hon 200 trieu cho ba cu trong thon. Xa muon khen dot xuat cho anh Nam. E hoi ho so co can bien ban hop hoi dong thi dua k, va gom nhung gi a",
        "Không",
        ["tờ trình", "tóm tắt"],
    ),
    (
        "GV truong e hoi co phai muon dc LDTT thi bat buoc phai co giay khen cua phong trao CDS k",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "xa vua khen dot xuat anh cuu nguoi, cuoi nam lai khen giay khen tong ket cho dung viec cuu nguoi do dc k",
        "Không",
        ["một thành tích"],
    ),
    (
        "Kế hoạch CĐS của xã có được ghi sẽ tặng CSTĐ tỉnh cho cá nhân xuất sắc nhất không",
        "Không",
        ["Chủ tịch UBND", "tỉnh"],
    ),
    ("tien thuong giay khen cho to bau cu lay tu kinh phi bau cu dung k", "Không", ["Quỹ thi đua"]),
    (
        "thuong giay khen cho doi xung kich chong bao lay tu kinh phi phong chong thien tai dc k",
        "Không",
        ["Quỹ thi đua"],
    ),
    (
        "Thưa ad, em ở Ủy ban MTTQ xã. Xã em sau sáp nhập đang làm lại quy trình khen hộ gia đình trong phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa. Có anh bảo hồ sơ, thủ tục tặng giấy khen cho hộ gia đình là do tỉnh quy định, không phải trung ương. Vậy có đúng không ạ?",
        "Có",
        ["tỉnh"],
    ),
    (
        "anh ay co 5 giay khen lien tuc roi, vay co du dieu kien de nghi chien si thi dua cap tinh k",
        "Không",
        ["sáng kiến"],
    ),
    (
        "Tiền thưởng giấy khen cho đội dân quân chống dịch có lấy từ kinh phí phòng chống dịch được không",
        "Không",
        ["Quỹ thi đua"],
    ),
    (
        "ke hoach thi dua cua xa ghi se tang bang khen tinh cho tap the xuat sac, ghi vay co dc k",
        "Không",
        ["Chủ tịch UBND"],
    ),
    ("muon dat LDTT co can phai co giay khen xa truoc k", "Không", ["hoàn thành tốt nhiệm vụ"]),
    # H: days to decide
    (
        "hoi thi xong thang 9/2026 thi xa phai ra quyet dinh khen trong 15 ngay dung k",
        "Tùy",
        ["tỉnh"],
    ),
    ("chủ tịch xã phải ra quyết định khen thưởng trong 30 ngày có đúng không", "Tùy", ["tỉnh"]),
    ("xa phai ky quyet dinh khen trong vong 7 ngay phai k ad", "Tùy", ["tỉnh"]),
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_claim_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    for fact in facts:
        assert has_fact(text, fact), (fact, text)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "tong ket dot CDS xong thi chu tich xa phai ky quyet dinh khen trong may ngay",
            ["Tùy", "tỉnh"],
        ),
        ("chủ tịch xã ký quyết định khen trong bao nhiêu ngày", ["tỉnh"]),
    ],
)
def test_decision_days_from_province(
    officer_kb: KnowledgeBase, question: str, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    for fact in facts:
        assert has_fact(text, fact), (fact, text)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a title's standard, not taking part as such
        (
            "muốn được LĐTT có bắt buộc phải tham gia phong trào thi đua không",
            "Có",
            "tích cực tham gia phong trào",
        ),
        (
            "không tham gia phong trào thi đua thì có được xét lao động tiên tiến không",
            "Không",
            "tích cực tham gia phong trào",
        ),
        # the right decider told
        ("trưởng thôn đề nghị xã công nhận GĐVH đúng k", "Có", "Chủ tịch UBND xã"),
        ("nghe noi GDVH do chu tich UBND xa cong nhan, dung k", "Có", "Chủ tịch UBND xã"),
        # the right sum, the fund's own words
        ("ke toan bao LDTT quyet dinh thang 12/2026 dc 760.000, dung k", "Có", "760.000"),
        (
            "tien thuong giay khen cua xa lay tu quy thi dua khen thuong cua xa dung k",
            "Có",
            "Quỹ thi đua",
        ),
        # đột xuất keeps its simple procedure
        ("khen dot xuat co can bien ban hop hoi dong k", "Không", "tờ trình"),
        # the right decider offered after the wrong one, and a duty laid after "tự nguyện hay"
        (
            "Tôi là chủ hộ ở thôn Trung, năm nay nhà tôi được thôn họp bình xét Gia đình văn hóa. Con tôi hỏi giấy công nhận sẽ do ông trưởng thôn ký hay chủ tịch UBND xã ký. Tôi nghĩ là chủ tịch xã ký, đúng không ạ",
            "Có",
            "Chủ tịch UBND xã",
        ),
        (
            "thi dua la tu nguyen hay bat buoc, xa bat ho dan phai ky cam ket tham gia phong trao thi dua co dung luat k",
            "Không",
            "tự nguyện",
        ),
        # a firm's own decider is still the firm's
        ("giam doc cong ty co dc tu tang LDTT cho cong nhan k", "Có", "Giám đốc"),
        # a board's chairman gives giấy khen only; the other answer offered is no claim; a
        # signer asked before the minute keeps its own verdict
        (
            "chu tich HDQT cty co dc tang LDTT cho cong nhan hok hay chi jay khen, z ai tang LDTT",
            "Không",
            "giấy khen",
        ),
        (
            "ho so khen theo chuyen de, giay khen, LDTT co phai do tinh quy dinh chi tiet k hay trung uong quy dinh het",
            "Có",
            "tỉnh",
        ),
        ("GK dot xuat chu tich xa ky dc k, co can bien ban hoi dong k", "Có", "Chủ tịch UBND xã"),
        # farmers denied the title by a saying: the denial is judged
        (
            "a chu tich mttq xa bao nong dan k phai can bo cong chuc nen k co danh hieu LDTT, dung k ad",
            "Không",
            "Lao động tiên tiến",
        ),
        # CSTĐ tỉnh on its own run
        ("3 nam lien CSTDCS va co sang kien cap tinh thi du CSTD tinh chua", "Có", "sáng kiến"),
    ],
)
def test_controls_unchanged(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert has_fact(text, fact), (fact, text)
