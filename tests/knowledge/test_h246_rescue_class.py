"""Task h246 (stop 34): a brave deed is read as a class, not a list of phrases.

A verb of saving, pulling out, putting out or catching with a person or a danger as its
object in the same clause ("kéo 2 bà cụ ra khỏi đám cháy", "vớt em bé", "khống chế tên
cướp") tells an act no plan or task foresees: khen đột xuất, commended at once by the
simplified procedure (Luật Thi đua, khen thưởng 2022 Điều 85). Ordinary work words ("đội cứu
hộ", "kéo dài", "đưa ra", "bắt đầu", "ngăn kéo", "khống chế tỷ lệ", "cựu chiến binh") are no
deed."""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.rescue import deed_told
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Anh Tư kéo được hai bà cụ ra khỏi căn nhà đang cháy, xã có khen đột xuất được không?",
            "Có",
        ),
        (
            "em be roi xuong gieng duoc chi Hoa cuu song, "
            "chi ay co phai cho cuoi nam moi dc khen k",
            "Không",
        ),
        ("ong Sau bat duoc 2 ten trom xe may o cho, xa khen dot xuat dc k", "Có"),
        (
            "Nhóm thanh niên sơ tán 40 hộ dân khỏi vùng sạt lở trong đêm, "
            "UBND xã tặng giấy khen đột xuất được không",
            "Có",
        ),
        ("co giao cong 3 hoc sinh qua suoi lu, co phai doi tong ket nam hoc moi khen k", "Không"),
        (
            "Anh Hùng khống chế tên cướp giật ở chợ, có phải đợi cuối năm mới được khen không",
            "Không",
        ),
        ("Bác bảo vệ dập tắt ngọn lửa ở kho lúa thôn, khen theo thủ tục đơn giản được không", "Có"),
        (
            "2 hoc sinh lop 9 vot duoc chau be duoi nuoc o ao lang, truong de nghi khen ngay dc k",
            "Có",
        ),
        (
            "nghe nói chú Năm chèo thuyền chở 25 người già ra khỏi vùng ngập "
            "thì phải đợi tổng kết mới được khen, đúng không",
            "Không",
        ),
    ],
)
def test_a_deed_told_by_its_act_is_a_sudden_deed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "đột xuất" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "đội cứu hộ của xã có 10 người, cuối năm có được xét tập thể lao động tiên tiến không",
        "hội cựu chiến binh xã có 30 người, có được tặng giấy khen không",
        "cuộc họp xét thi đua kéo dài 3 tiếng, 12 người dự",
        "xã đưa ra danh sách 5 người đề nghị khen",
        "bắt đầu từ năm 2026 người lao động hợp đồng có được xét LĐTT không",
        "hồ sơ để trong ngăn kéo tủ bị mất, xin cấp lại được không",
        "tỷ lệ CSTĐCS có bị khống chế không",
        "xã đưa 5 người đi tập huấn ở tỉnh có tính là thành tích không",
        "trạm y tế cấp cứu người bị tai nạn giao thông hằng ngày",
        "mới tuyển dụng 4 tháng, đi cứu hộ nhiều, có được LĐTT không",
        "hội cựu học sinh trường tặng quỹ khuyến học, xã khen được không",
        "bác sĩ trạm y tế cấp cứu người bệnh hằng ngày có được khen không",
        "chủ tịch xã đưa 2 người ra khỏi danh sách đề nghị khen có đúng không",
        "văn thư đưa 3 người đi nộp hồ sơ khen thưởng lên tỉnh",
        "công ty chở 30 công nhân đi nghỉ mát ở biển, có tính là phúc lợi không",
    ],
)
def test_everyday_work_is_no_deed(question: str) -> None:
    assert deed_told(question) is None, question


def test_a_rescue_team_is_a_collective_not_a_household(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "đội cứu hộ của xã có 10 người, cuối năm có được xét tập thể lao động tiên tiến không",
        "Tùy",
    )
    assert "Hộ gia đình" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Chợ cháy lúc nửa đêm, chị Lan dập lửa, kéo 2 bà cụ ra ngoài. Ban quản lý chợ sẽ xin xã "
        "khen. Khen này là khen gì, hồ sơ gồm gì?",
        "trong lu, anh toi cheo thuyen cho 30 luot nguoi dan ra khoi vung ngap, thon se de nghi "
        "xa khen, khen loai nay goi la gi, ho so can gi",
        "Ông Bảy vớt được hai cháu học sinh bị nước cuốn, thôn xin xã khen, thì khen theo hình "
        "thức nào và ai ký",
    ],
)
def test_a_deed_names_the_sudden_award_the_giver_gives(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert "Khen thưởng đột xuất" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "y sĩ trạm y tế bị tai nạn khi đi cứu người trong lũ, nằm viện 3 tháng, thời gian "
            "điều trị có được tính để xét LĐTT không",
            "Có",
        ),
        (
            "co giao bi tai nan khi lao xuong ao cuu hoc sinh, nghi dieu tri 2 thang, nam nay co "
            "dc xet LDTT k",
            "Có",
        ),
    ],
)
def test_a_wound_taken_in_a_rescue_counts_for_ldtt(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "cứu người" in text.split("\n\n")[0], text


def test_the_clinics_emergency_work_is_no_deed(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb, "tram y te cap cuu nguoi bi tai nan giao thong, nhan vien tram co dc xet LDTT k"
    )
    assert "Lao động tiên tiến" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "cho em hoi ai quyet dinh danh hieu xa tieu bieu va tien thuong la bao nhieu",
        "tro cap cho nguoi cao tuoi tren 80 tuoi la bao nhieu tien mot thang",
        "hoi thanh ung ho 300 trieu cho ba con vung ngap, xa tang giay khen co dung k",
        "Công ty muốn xã tặng Lao động tiên tiến cho 30 công nhân đi làm đường, có được không",
        "anh A duoc cuu chu tich xa khen nam ngoai",
        "xã giữ tên 3 người trong danh sách đề nghị khen",
        "Xã tặng giấy khen cho 30 công nhân bảo đảm an toàn lao động, có đúng không",
        "Xã tặng giấy khen cho 30 công nhân đã ra khỏi vùng lũ an toàn sau đợt diễn tập",
        "cho em hoi xa sap to chuc hop xet thi dua",
    ],
)
def test_everyday_words_typed_bare_are_no_deed(question: str) -> None:
    assert deed_told(question) is None, question
