"""Task h362 (stop 40): the young officers' chat: the Đoàn's awards, claims put up in chat
spelling, requirements claimed.

The Đoàn (Đoàn xã, Tỉnh đoàn, Trung ương Đoàn) is none of the deciders of Luật Thi đua, khen
thưởng 2022 Điều 80: its giấy khen or bằng khen neither is nor replaces Lao động tiên tiến
(Điều 24, the xã chairman decides, Điều 80 khoản 3) or Chiến sĩ thi đua cơ sở (Điều 23: LĐTT plus
HTXS, a sáng kiến or a đề tài), bars no review of another achievement (Điều 5 khoản 2 điểm c)
and stands for no paper of the dossier (Điều 84 khoản 1); the Đoàn's work is the LĐTT standard
"tích cực tham gia phong trào thi đua" (Điều 24 khoản 1 điểm b). A length of service claimed as
a requirement is in no standard. A prize is priced by the title, not by the kind of post (NĐ
152/2025 Điều 50 khoản 1). A sudden deed goes up to the province's Bằng khen when it is large
(Điều 5 khoản 2 điểm c, Điều 74), is commended at once (Điều 85) and for anyone."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "mình có bằng khen của Tỉnh đoàn năm nay thì có được coi như đạt LĐTT luôn không",
        "giay khen huyen doan co thay duoc danh hieu lao dong tien tien k ad",
        "chi doan e duoc Thanh doan khen, vay co tu dong la tap the lao dong tien tien k",
        "anh phó phòng nói có giấy khen Đoàn phường rồi thì khỏi xét CSTĐCS, có đúng không ạ",
        "bk tinh doan co tinh thay cstdcs dc hok ad",
        "Tỉnh đoàn tặng bằng khen cho em rồi, nghe bảo thế là mặc nhiên đạt CSTĐCS đúng k",
    ],
)
def test_doan_award_is_no_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Khen thưởng của Đoàn" in first, text
    assert "hoàn thành xuất sắc nhiệm vụ" in first and "Lao động tiên tiến" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "giay khen doan xa dung thay bao cao thanh tich trong ho so ldtt dc k",
        "nghe noi co bang khen tinh doan thi k can bien ban binh xet, dung k",
        "Bằng khen của Trung ương Đoàn có thay cho tờ trình khi đề nghị CSTĐCS được không",
        "gk cua doan phuong thay bien ban binh xet dc ko ad",
        "Có giấy khen của Đoàn thanh niên thì hồ sơ LĐTT khỏi cần biên bản phải không",
    ],
)
def test_doan_award_is_no_dossier_paper(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "biên bản bình xét" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("hoạt động Đoàn của mình có được ghi vào báo cáo thành tích xét LĐTT không", "Có"),
        ("e di mua he xanh 1 thang, co dc tinh vao thanh tich xet LDTT k", "Có"),
        ("cong tac doan cua e co duoc ke vao bao cao thanh tich k ad", "Có"),
        (
            "doi tinh nguyen cua xa lam tot, nghe noi hoat dong tinh nguyen k dc tinh "
            "khi xet LDTT, dung k",
            "Không",
        ),
        ("Thành tích hoạt động Đoàn có được đưa vào hồ sơ xét LĐTT không ạ", "Có"),
    ],
)
def test_doan_work_counts(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "phong trào thi đua" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS có cần ít nhất 3 năm công tác không ạ",
        "chị kế toán bảo phải đủ 2 năm thâm niên mới được bình LĐTT, đúng không",
        "nghe mn noi LDTT chi xet cho ai co tren 3 nam cong tac thoi, dung k z",
        "a truong ban bao phai lam du 5 nam moi dc xet CSTDCS, dung hok",
        "lao dong tien tien yeu cau it nhat 1 nam lam viec phai k",
    ],
)
def test_service_years_not_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "hoàn thành tốt nhiệm vụ" in first and "6 tháng" in first, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "anh tổ trưởng bảo luật TĐKT bỏ đăng ký thi đua ra khỏi căn cứ xét khen rồi, đúng k mn",
            "Có",
        ),
        ("luat moi bo dang ky thi dua ra khoi can cu binh xet roi phai k v", "Có"),
        ("Luật 2022 đã bỏ đăng ký thi đua khỏi căn cứ xét danh hiệu phải không ạ", "Có"),
        (
            "a truong phong noi luat moi bo dang ky thi dua ra khoi tieu chuan xet LDTT, dung hok",
            "Có",
        ),
        ("Luật mới bỏ việc đăng ký thi đua ra khỏi căn cứ khen thưởng, đúng không anh", "Có"),
        ("co phai luat 2022 bo dang ky thi dua ra khoi can cu xet danh hieu k ad", "Có"),
    ],
)
def test_registration_dropped_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "đăng ký thi đua" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "e hop dong o xa, nghe noi LDTT cua hop dong chi dc thuong mot nua bien che, dung k",
        "người làm hợp đồng được LĐTT thì tiền thưởng thấp hơn biên chế phải không",
        "nv hop dong dat CSTDCS thi muc thuong bi giam 50% so voi cong chuc dung k ad",
        "Anh bảo vệ hợp đồng đạt LĐTT, kế toán nói chỉ được nửa mức thưởng, vậy có đúng không",
        "lao dong hop dong dc LDTT thi tien thuong it hon bien che phai k",
    ],
)
def test_prize_same_for_contract(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "0,3 lần" in text or "1,0 lần" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("khen dot xuat co the de nghi len bang khen tinh k neu thanh tich cao", "Có"),
        ("vụ cứu người lần này lớn, khen đột xuất có xin được bằng khen của tỉnh không", "Có"),
        ("nghe noi khen dot xuat chi dc giay khen xa thoi, k len bk tinh dc, dung k", "Không"),
        ("khen đột xuất không được đề nghị bằng khen tỉnh đâu, phải không ad", "Không"),
        ("thanh tich dot xuat rat lon thi xa co trinh bang khen chu tich tinh dc k", "Có"),
    ],
)
def test_sudden_deed_to_province(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Sở Nội vụ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nguoi dan thuong k phai can bo thi co dc khen dot xuat k",
        "Người dân không phải cán bộ có được khen đột xuất không ạ",
        "dan binh thuong cuu nguoi thi co duoc khen dot xuat hok ad",
        "ông hàng xóm em không phải công chức, bắt được trộm, có được xét khen đột xuất không",
        "nghe noi nguoi dan k dc khen dot xuat, chi can bo moi dc, dung k",
    ],
)
def test_sudden_deed_for_anyone(officer_kb: KnowledgeBase, question: str) -> None:
    verdict = "Không" if "dung k" in question else "Có"
    text = ask_verdict(officer_kb, question, verdict)
    assert "đột xuất" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "e đi học lớp bồi dưỡng 3 tháng kết quả trung bình, nghe nói vẫn dc LĐTT bình thường hok",
        "di hoc trung cap chinh tri 5 thang xep loai trung binh, van dc xet LDTT luon hok ad",
        "học lớp tập huấn 2 tháng đạt loại trung bình thì có được kết hợp xét LĐTT hok",
        "e di boi duong 4 thang, ket qua trung binh, co dc tinh LDTT k",
        "đi học 6 tháng loại trung bình, nghe mn bảo vẫn được bình LĐTT, đúng k z",
    ],
)
def test_study_below_kha_told(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "khá" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "đêm qua nước lũ cuốn 2 đứa nhỏ, anh dân quân lao ra kéo lên được, nghe nói phải đợi "
        "hết mùa lũ mới khen, đúng k",
        "e voi 3 ban lao ra keo 1 ong cu bi nuoc cuon, nghe noi phai cho qua mua mua moi khen, "
        "dung hok",
        "anh ấy lao ra giữa dòng nước lũ cứu người, xã nói phải chờ đến tổng kết cuối năm mới "
        "khen, có đúng không",
        "bạn e bị nước cuốn được dân quân lao ra cứu, nghe bảo phải đợi cuối năm mới khen "
        "dc phải k",
        "co chu be bi lu cuon, anh thanh nien lao ra cuu, nghe noi doi het mua lu moi de "
        "nghi khen, dung k ad",
    ],
)
def test_sudden_deed_no_wait(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngay sau khi có thành tích" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("LĐTT của công nhân công ty trên địa bàn thì chủ tịch xã ký được không", "Không"),
        ("cong ty may o xa e xet LDTT cho cong nhan, UBND xa ky dc k", "Không"),
        (
            "doanh nghiep tu nhan trong phuong xet CSTDCS cho nhan vien, phuong ky duoc khong",
            "Không",
        ),
        ("HTX dịch vụ xét LĐTT cho xã viên, xã quyết định được không ạ", "Không"),
        ("LDTT cua cong nhan thi giam doc hop tac xa tu ky dc k", "Có"),
    ],
)
def test_firm_titles_not_xa(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Giám đốc" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "bao cao thanh tich thi co can ghi cac giay khen da nhan truoc day k",
        "Báo cáo thành tích có phải liệt kê các danh hiệu đã được tặng các năm trước không",
        "viet bao cao thanh tich co can ke cac hinh thuc khen thuong da dc tang hok",
        "trong báo cáo thành tích cá nhân có cần nêu danh hiệu đã đạt những năm trước không ạ",
        "bao cao thanh tich xet CSTDCS co phai ghi bang khen da co k ad",
    ],
)
def test_report_lists_past_awards(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "đã nhận" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "chị trưởng phòng nói em không đăng ký thi đua nên không được bình LĐTT, đúng không",
        "anh truong phong bao e k dang ky thi dua thi k dc xet LDTT, dung k",
        "chi truong phong noi e k dang ky thi dua nen k duoc binh LDTT, dung k",
    ],
)
def test_speaker_post_is_no_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "chức vụ lãnh đạo" not in text and "Ý kiến đó đúng. Ý kiến đó chưa đúng" not in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("bỏ huyện rồi thì xã không còn quỹ thi đua khen thưởng nữa phải không", "Không"),
        ("quy tdkt cua phuong van con sau sap nhap dung k ad", "Có"),
        (
            "nghe noi quy thi dua cua huyen nhap het ve tinh, xa k con tien thuong, dung hok",
            "Không",
        ),
        ("Có người bảo quỹ thi đua khen thưởng cấp xã bị bỏ theo huyện, đúng không ạ", "Không"),
        ("xa van co quy thi dua khen thuong rieng sau khi bo huyen dung k", "Có"),
    ],
)
def test_xa_fund_kept(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Quỹ thi đua, khen thưởng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("đầu năm đăng ký thi đua em có được đăng ký CSTĐCS không hay chỉ được LĐTT", "Có"),
        ("bản đăng ký thi đua cá nhân có thể đăng ký chiến sĩ thi đua cơ sở không", "Có"),
        ("ca nhan dc dk CSTDCS trong ban dang ky thi dua k ad", "Có"),
        ("nghe noi ca nhan chi dc dang ky LDTT, k dc dang ky CSTDCS, dung k", "Không"),
        ("đăng ký thi đua chỉ được ghi LĐTT, không được đăng ký CSTĐCS phải không ad", "Không"),
    ],
)
def test_registration_names_titles(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chiến sĩ thi đua cơ sở" in text.split("\n\n")[0], text
