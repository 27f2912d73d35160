"""Task h301 (stop 37): Southern and Central words, the South's hamlets, folded homographs.

- Dialect words (content/facts/dialect.yaml) are read as the standard word only where the
  words around say so: "còn hôn" closes a yes/no, "cao hơn" and "kết hôn" do not; "nộp mô" is
  "nộp đâu", "mô hình" stays; "cần chi" is "cần gì", "xã chi", "chi hội" stay; "năm ni" is
  "năm nay", "ni sư" stays.
- "có phải X hông" puts X up for confirmation as "X đúng không" does.
- khóm, sóc, phum are thôn by another name (thôn, tổ dân phố văn hóa: Luật Thi đua, khen
  thưởng 2022 Điều 20 khoản 1 điểm e); their heads decide no award (Điều 75, 80 khoản 3).
- folded homographs: "văn thư hỏi" is no "thu hồi", "QĐ công nhận 3 CSTĐCS" no worker,
  "linh mục" no soldier, "thì xã công khai" no thị xã.
- "bằng khen (của) chủ tịch UBND tỉnh theo chuyên đề … thì chủ tịch xã có tặng không": one
  award named, decided by the province's chairman (Luật 2022 Điều 74, 79)."""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.dialect import respelled
from bot.knowledge.facts.model import mark_of
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("hội đồng thi đua huyện giờ còn hôn", "Không", "không còn cấp huyện"),
        ("hoi dong tdkt quan gio con hon ad", "Không", "không còn cấp huyện"),
        ("LĐTT có cần sáng kiến hôn anh", "Không", "Không cần sáng kiến"),
        ("ldtt co bat buoc co sang kien hon", "Không", "Không cần sáng kiến"),
        ("chủ tịch xã ký quyết định LĐTT được hôn", "Có", "Chủ tịch UBND xã"),
        ("tập thể có được tặng giấy khen xã hôn nhen", "Có", "Tập thể"),
    ],
)
def test_hon_closes_a_yesno(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "read"),
    [
        # the Southern and Central words where their rule holds
        ("hội đồng huyện còn hôn", "hội đồng huyện còn không"),
        ("hoi dong huyen con hon nhen", "hoi dong huyen con khong nhe"),
        ("hồ sơ LĐTT nộp mô", "hồ sơ LĐTT nộp đâu"),
        ("ho so gui o mo", "ho so gui o dau"),
        ("hồ sơ thôn văn hóa gồm chi", "hồ sơ thôn văn hóa gồm gì"),
        ("ldtt can chi a", "ldtt can gi a"),
        ("năm ni tiền thưởng bao nhiêu", "năm nay tiền thưởng bao nhiêu"),
        ("LĐTT răng phải có sáng kiến", "LĐTT sao phải có sáng kiến"),
        ("bây chừ nộp ở mô", "bây giờ nộp ở đâu"),
        ("ldtt co can sk hon dzay", "ldtt co can sk khong dzay"),
        ("LĐTT cần sáng kiến hôn rứa", "LĐTT cần sáng kiến không rứa"),
        # the standard words they fold like, kept
        ("CSTĐCS thưởng cao hơn LĐTT không", "CSTĐCS thưởng cao hơn LĐTT không"),
        ("thưởng nhiều hon", "thưởng nhiều hon"),
        ("nghỉ phép kết hôn có được tính không", "nghỉ phép kết hôn có được tính không"),
        ("hôn nhân gia đình", "hôn nhân gia đình"),
        ("tiền thưởng LĐTT do ai chi", "tiền thưởng LĐTT do ai chi"),
        ("xã chi tiền thưởng từ quỹ nào", "xã chi tiền thưởng từ quỹ nào"),
        ("chi hội phụ nữ có được giấy khen không", "chi hội phụ nữ có được giấy khen không"),
        ("ldtt chi can hoan thanh tot nhiem vu", "ldtt chi can hoan thanh tot nhiem vu"),
        ("mô hình dân vận khéo", "mô hình dân vận khéo"),
        ("quy mô của xã", "quy mô của xã"),
        ("ni sư chùa có được khen không", "ni sư chùa có được khen không"),
        ("chị Ni văn thư", "chị Ni văn thư"),
        ("ông nói rằng phải có sáng kiến", "ông nói rằng phải có sáng kiến"),
        ("nhen nhóm phong trào", "nhen nhóm phong trào"),
        ("được xét chứ", "được xét chứ"),
    ],
)
def test_dialect_words_read_where_their_rule_holds(
    officer_kb: KnowledgeBase, question: str, read: str
) -> None:
    assert officer_kb.facts is not None
    assert respelled(question, officer_kb.facts.dialect, mark_of) == read


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("co phai luat thi dua khen thuong 2022 da bo dang ky thi dua ra khoi can cu hong", "Có"),
        ("có phải Luật 2022 đã bỏ việc đăng ký thi đua khỏi căn cứ xét danh hiệu hổng", "Có"),
        ("cho em hỏi có phải luật mới bỏ đăng ký thi đua rồi không ạ", "Có"),
        ("có phải LĐTT không cần sáng kiến hông", "Có"),
        ("có phải LĐTT phải có sáng kiến không", "Không"),
        ("vậy có phải thôn văn hóa do chủ tịch xã công nhận không", "Có"),
    ],
)
def test_co_phai_puts_the_claim_up(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "khóm văn hóa thưởng bao nhiêu",
        "tien thuong khom van hoa la bao nhieu",
        "sóc văn hóa được thưởng bao nhiêu tiền",
        "phum dat van hoa thi thuong bn",
        "khóm em đạt khóm văn hóa năm 2026, tiền thưởng bao nhiêu ạ",
    ],
)
def test_southern_hamlets_are_thon(officer_kb: KnowledgeBase, question: str) -> None:
    assert officer_kb.facts is not None
    reading = officer_kb.read(question)
    assert reading is not None and "thon_vh" in reading.entities, question
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "Thôn, tổ dân phố văn hóa" in first and "3.800.000" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "ba con hoi giay khen ho gia dinh thi truong ap ky hay ai ky, ong truong ap noi ong ky dc",
        "trưởng ấp ký giấy khen cho hộ gia đình được không",
        "truong khom tu ky giay khen cho ho dan dc k",
        "trưởng sóc có quyền ký giấy khen cho hộ gia đình không",
        "ông trưởng phum tự tặng giấy khen cho hộ được không",
    ],
)
def test_a_hamlet_head_decides_no_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text or "không có thẩm quyền" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "head"),
    [
        ("van thu hoi: LDTT co mau giay chung nhan rieng de in phat k", "Không", "Hiện vật"),
        ("văn thư hỏi: LĐTT có bằng chứng nhận không", "Không", "Hiện vật"),
        ("QD cong nhan 40 LDTT roi, vay LDTT co phai in bang k", "Không", "Hiện vật"),
        (
            "Chu tich ky QD ngay 22/12/2026 cong nhan 3 CSTDCS va 40 LDTT. "
            "Vay LDTT co phai in bang k",
            "Không",
            "Hiện vật",
        ),
        ("da cong nhan LDTT thi co in bang chung nhan k", "Không", "Hiện vật"),
    ],
)
def test_folded_homographs(
    officer_kb: KnowledgeBase, question: str, verdict: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert head in text and "Công nhân, nông dân" not in text, text
    assert "Hủy bỏ, thu hồi" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "linh muc giao xu tren dia ban xa co the nhan giay khen cua chu tich xa k, "
        "tien thuong bao nhieu",
        "linh mục giáo xứ có được chủ tịch xã tặng giấy khen không, thưởng bao nhiêu",
        "sư thầy chùa trong xã có được giấy khen xã không, tiền thưởng mấy",
        "linh muc xu dao co dc giay khen xa k, thuong bn",
        "ông linh mục nhà thờ ủng hộ xây cầu, xã tặng giấy khen được không, được bao nhiêu tiền",
    ],
)
def test_a_priest_is_a_person(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "cho tập thể" not in text and "Chiến sĩ tiên tiến" not in text, text
    assert "760.000" in text and "Tập thể: 0,6" not in text, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "thon van hoa thi xa cong khai lay y kien 10 ngay roi moi trinh chu tich ky phai k",
            "10 ngày",
        ),
        ("ldtt thi xa binh xet o thon hay o xa", "Lao động tiên tiến"),
        ("ttldtt thi xa hop hoi dong xet roi moi trinh chu tich dung k", "Tập thể lao động"),
        ("thon vh thi xa danh gia lap danh sach roi cong khai phai ko", "10 ngày"),
        ("GDVH thi xa lay y kien nhan dan may ngay", "10 ngày"),
    ],
)
def test_thi_xa_then_a_review_step(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask(officer_kb, question)
    assert "Cấp huyện đã bỏ" not in text and fact in text, text


@pytest.mark.parametrize(
    "question",
    ["thị xã công nhận thôn văn hóa được không", "truoc day thi xa cong nhan thon van hoa, gio ai"],
)
def test_the_former_town_keeps_its_notice(officer_kb: KnowledgeBase, question: str) -> None:
    assert "không còn cấp huyện" in ask(officer_kb, question)


@pytest.mark.parametrize(
    "question",
    [
        "bang khen chu tich UBND tinh theo chuyen de nong thon moi thi chu tich xa co tham "
        "quyen tang k",
        "bằng khen của chủ tịch UBND tỉnh theo chuyên đề thì xã có được tự tặng không",
        "bk tinh theo dot thi dua thi chu tich xa ky dc k",
        "bằng khen tỉnh khen chuyên đề thì chủ tịch xã có quyền quyết định không",
        "Bằng khen chủ tịch tỉnh theo chuyên đề xây dựng NTM thì xã tặng được không ạ",
    ],
)
def test_provincial_bang_khen_named_with_its_drive(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND tỉnh" in text.split("\n\n")[0], text
