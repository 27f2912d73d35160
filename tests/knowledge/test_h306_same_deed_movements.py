"""Task h306 (stop 37): stories of one deed, the đột xuất / theo đợt line, and movements.

- The same achievement pointed back at in a story ("vì thành tích … đó", "cũng vì giải … đó",
  "thành tích … đó có còn được tính"), two forms named for one deed ("cả giấy khen trường và
  giấy khen xã"), or a later "xã còn tặng … nữa" after the deed told commended: one achievement
  is commended once, with one form (Luật 2022 Điều 5 khoản 2 điểm c). A form said to be had
  "chỉ 1 lần" with its giver named is the repeat rule's claim, denied.
- Whether an award is đột xuất is asked of its criteria and decided by the case told: the drive
  ("theo đợt", "cuối đợt", "đúng kế hoạch") says theo đợt, chuyên đề; the condition itself
  ("ngoài kế hoạch") or a rescue told by its count ("cứu cả 2") says đột xuất (Điều 85,
  domain.md 2.9).
- A movement's award does not make, is not required for and does not count toward the yearly
  titles (Điều 22-24).
- A share's whole is the head-count of the unit asked about, told with "có".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Thôn được tỉnh tặng bằng khen vì chống bão rồi. Nay xã muốn tặng thêm giấy khen cho thôn "
        "vì thành tích chống bão đó. Vậy có được không?",
        "doi dan quan xa da dc tinh khen truoc day, gio xa lai de nghi giay khen cung vi giai "
        "nhat hoi thao do, vay dc k ad",
        "anh B da nhan giay khen chuyen de phong chong dich roi, thanh tich chong dich do co "
        "dc de nghi giay khen chu tich xa them nua k",
        "Hội LHPN xã đã được tỉnh hội tặng bằng khen cho chính thành tích này. Xã có tặng "
        "giấy khen cho hội nữa được không?",
        "co dc nhan ca giay khen cua truong va giay khen cua phuong cho cung 1 dot hien mau do k",
        "em nghe bảo được cả bằng khen tỉnh và giấy khen xã cho cùng một thành tích, có đúng ko",
    ],
)
def test_one_deed_told_in_a_story_is_commended_once(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi moi ho chi dc xa khen 1 lan thoi, lan sau dong gop k khen nua, dung k",
        "Có phải mỗi doanh nghiệp chỉ được Chủ tịch UBND xã tặng giấy khen một lần không?",
        "anh truong thon bao moi nguoi chi dc UBND xa tang giay khen 1 lan, co dung ko",
        "chi dc chu tich xa khen 1 lan trong doi a, dung k",
        "Cán bộ văn phòng nói người nước ngoài chỉ được xã khen một lần thôi, có đúng không ạ",
    ],
)
def test_once_only_with_the_giver_named_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nhiều lần" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "xa phat dong thi dua giu gin ve sinh theo dot, cuoi dot xa khen cac ho lam tot, "
            "vay co phai la khen dot xuat khong",
            "Không",
            "theo đợt",
        ),
        (
            "Tổ xung kích làm đúng kế hoạch được giao trong đợt ra quân, xã khen cuối đợt thì "
            "có tính là khen đột xuất không?",
            "Không",
            "theo đợt",
        ),
        (
            "hội thi văn nghệ theo đợt của xã, đội đạt giải được xã khen, có phải khen đột xuất ko",
            "Không",
            "theo đợt",
        ),
        (
            "anh Hùng phát hiện cháy rừng sớm, việc này nằm ngoài kế hoạch được giao, xã khen "
            "ngay thì có phải khen đột xuất không",
            "Có",
            "ngoài",
        ),
        (
            "chi Lan phat hien duong day dien dut va bao kip thoi, viec nay khong co trong ke "
            "hoach, vay co phai khen dot xuat k",
            "Có",
            "ngoài",
        ),
    ],
)
def test_dot_xuat_or_theo_dot_is_decided_by_the_case(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    head = next(b for b in text.split("\n\n") if "đột xuất" in b.split("\n")[0])
    assert fact in head, text


@pytest.mark.parametrize(
    "question",
    [
        "Con tôi thấy 3 bạn bị nước cuốn, đã lao xuống cứu được cả 3. Xã có khen ngay cho "
        "cháu không?",
        "chau e nhay xuong ho cuu duoc ca hai, xa co khen dot xuat cho chau dc k",
        "anh Minh lội xuống suối cứu cả 2, đề nghị khen đột xuất được không ạ",
        "thuyen lat, em trai toi bơi ra cuu duoc ca 2. co dc khen dot xuat k",
        "ông Tư nhảy xuống kênh cứu sống cả hai, xã khen đột xuất được không",
    ],
)
def test_a_rescue_told_by_its_count_is_dot_xuat(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "đột xuất" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Có phải có giấy khen chuyên đề thì mới được đề nghị Chiến sĩ thi đua cơ sở không?",
            "xuất sắc",
        ),
        ("gv dc gk theo dot hoi giang roi thi cuoi nam co tu dong dc LDTT ko", "hoàn thành tốt"),
        (
            "nghe nói giấy khen theo đợt được tính vào 1 trong 3 lần liên tục để xét CSTĐ tỉnh, "
            "đúng không ạ",
            "03 lần liên tục",
        ),
        ("Giấy khen chuyên đề chuyển đổi số có được tính thay cho LĐTT năm nay không?", "tích cực"),
        (
            "co giao dat giay khen chuyen de day tot, vay co tu dong duoc chien si thi dua co so k",
            "xuất sắc",
        ),
    ],
)
def test_a_movement_award_makes_no_yearly_title(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Giấy khen theo đợt, chuyên đề" in first and fact in first, text


@pytest.mark.parametrize(
    ("question", "verdict", "stated"),
    [
        (
            "HTX có 30 xã viên, tổ chăn nuôi có 8 người, 5 người đạt LĐTT, tổ có đủ tỷ lệ "
            "TTLĐTT không",
            "Có",
            "5/8",
        ),
        (
            "truong co 40 gv, to van co 10 nguoi, 4 nguoi dat LDTT, to van du ti le TTLDTT ko",
            "Không",
            "4/10",
        ),
        (
            "Phường có 50 cán bộ, bộ phận một cửa gồm 6 người, 4 người đạt LĐTT. Bộ phận này "
            "có đủ tỷ lệ xét TTLĐTT không?",
            "Có",
            "4/6",
        ),
        (
            "cong ty co 120 cong nhan, phan xuong A co 20 nguoi, 9 nguoi dat LDTT, phan xuong "
            "du ti le TTLDTT chua",
            "Không",
            "9/20",
        ),
        (
            "Xã có 35 CBCC, tổ địa chính có 5 người, 3 người đạt LĐTT, vậy tổ có đủ tỷ lệ "
            "TTLĐTT không?",
            "Có",
            "3/5",
        ),
    ],
)
def test_the_unit_asked_is_the_share_whole(
    officer_kb: KnowledgeBase, question: str, verdict: str, stated: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert stated in text.split("\n\n")[0], text
