"""Task h121: kinds of reading pooled from the tuning sets' leftovers and the lead's gaps. Each
test asks the real knowledge base with wordings of our own (one with diacritics, one without)
and asserts what an officer reads first."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 5 khoản 2 điểm c: one achievement, one form; the first award told with
        # "rồi" (no "đã"), the further form split off by "thêm" into a part of its own
        "chị ấy chống lũ giỏi, xã khen rồi, nay lấy đúng thành tích đó xin thêm bằng khen tỉnh"
        " được không",
        "anh ay bat duoc trom, xa tang giay khen roi, gio dung thanh tich do de nghi them bang"
        " khen tinh dc ko",
        "xa da tang giay khen, thanh tich do xin them bang khen tinh duoc ko",
    ],
)
def test_second_award_for_the_same_achievement(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # another achievement later is no second award for the same one: it stays "Có"
        "xã tặng giấy khen rồi, năm sau anh ấy có thành tích khác thì đề nghị bằng khen tỉnh"
        " được không",
    ],
)
def test_other_achievement_is_no_second_award(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 22 khoản 1 điểm a: 03 lần liên tục CSTĐCS, the very condition claimed
        "phải 3 năm liền CSTĐCS mới đề nghị được CSTĐ tỉnh phải không",
        "bat buoc 3 nam lien CSTDCS moi de nghi CSTD tinh dc dung k",
    ],
)
def test_run_claimed_as_the_condition_is_the_law(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến" in text, text  # khoản 1 điểm b is still said


@pytest.mark.parametrize(
    "question",
    [
        # fewer years than the law's three still get "Không"
        "chỉ cần 2 năm liền CSTĐCS là đề nghị được CSTĐ tỉnh phải không",
        "cstdcs 2 nam lien co de nghi cstd tinh dc k",
    ],
)
def test_shorter_run_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 85 as the fact words it: "Chỉ thành tích ngoài kế hoạch … không lường
        # trước mới khen đột xuất"; the question defines the thing by that very condition
        "khen thưởng đột xuất là khen thành tích không lường trước, đúng không ạ",
        "khen dot xuat la thanh tich ngoai ke hoach duoc giao phai k",
    ],
)
def test_definition_restating_the_condition(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # a definition the condition does not hold stays undecided, never "Có"
        "khen dot xuat la thanh tich khong nam trong ke hoach dung k",
        "khen đột xuất là thành tích trong kế hoạch đúng không",
    ],
)
def test_other_definition_gets_no_yes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert not text.split("\n")[1].startswith("Có."), text


@pytest.mark.parametrize(
    "question",
    [
        # a bare "quận" typed with its mark names the abolished level (01/7/2025)
        "quận còn xét thi đua không",
        "hồ sơ LĐTT có phải gửi lên quận không",
        # typed bare, "quan" alone is too often "cơ quan", "liên quan": only "lên quận" counts
        "ho so ldtt co phai gui len quan k",
    ],
)
def test_bare_district_quan(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Cấp huyện đã bỏ từ 01/7/2025" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "co quan co dc tang giay khen k",
        "lien quan den ldtt thi ai quyet dinh",
        "cơ quan có được tặng giấy khen không",
    ],
)
def test_folded_quan_is_no_district(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 24: discipline from khiển trách bars LĐTT; the asker's own claim that
        # the case is left off the list ("không đưa vào danh sách", "không bình xét"), put up
        # with "là đúng phải không", agrees with the rule
        "người bị khiển trách năm nay thì đơn vị em không đưa tên vào danh sách LĐTT là đúng"
        " phải không",
        "nguoi bi ky luat canh cao trong nam thi khong binh xet LDTT la dung phai ko",
    ],
)
def test_left_out_claim_agrees(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Đúng như vậy" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 24 khoản 1 (TT 15/2025: under 6 months only is left out): 8 months
        # served is no reason to leave one off, so the claim is wrong
        "chị ấy vào làm 8 tháng thì không đưa vào danh sách LĐTT là đúng phải không",
        "nguoi moi tuyen 8 thang thi khong dua vao danh sach LDTT dung k",
    ],
)
def test_left_out_claim_disagrees(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 93 khoản 7: only the Chủ tịch nước strips a state honour
        ("thủ tướng có quyền tước danh hiệu nhà giáo nhân dân không", "Không"),
        ("chu tich ubnd tinh quyet dinh tuoc danh hieu anh hung lao dong a", "Không"),
        ("chủ tịch nước quyết định tước danh hiệu thầy thuốc ưu tú à", "Có"),
    ],
)
def test_who_strips_a_state_honour(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch nước" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 74, 79: the province's titles are decided by its chairman, the xã
        # proposes; NĐ 129/2025 Điều 59: the xã chairman decides LĐTT himself
        ("Tập thể lao động xuất sắc thì xã chỉ được đề nghị thôi, đúng không", "Có"),
        ("bang khen tinh xa chi trinh thoi phai k", "Có"),
        ("lao dong tien tien thi xa chi de nghi thoi dung k", "Không"),
    ],
)
def test_xa_only_proposes(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quyết định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 5 khoản 2 điểm c: one form may be given many times for different
        # achievements; the rule someone said, then its consequence for the case, then "đúng k"
        "anh phó chủ tịch bảo giấy khen mỗi người chỉ nhận một lần trong đời, năm ngoái chú ấy"
        " được rồi thì năm nay thôi, đúng không",
        "co nguoi noi giay khen chi dc nhan 1 lan trong doi, nam truoc anh ay nhan roi thi thoi,"
        " dung k",
    ],
)
def test_told_rule_then_case_is_put_up(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 75: giấy khen asks for thành tích, no run of LĐTT; the requirement is
        # claimed in one sentence and confirmed in the next
        "có người nói giấy khen của chủ tịch xã phải có 3 năm LĐTT mới được xét. em không rõ"
        " đúng không",
        "chi ay bao giay khen phai co 2 nam ldtt moi dc. e ko biet dung k",
    ],
)
def test_requirement_confirmed_in_next_sentence(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Lao động tiên tiến: Ai được xét" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 28 (TTLĐTT: trên 50 % đạt LĐTT), Điều 27 (TTLĐXS: ít nhất 70 %): a
        # minimum share claimed as the rule is judged against the title's own
        (
            "phòng em 7 người, 4 người đạt LĐTT, chị trưởng phòng bảo TTLĐTT phải 2/3 số người đạt"
            " LĐTT nên chưa đủ, đúng không",
            "Không",
        ),
        ("ttldxs chi can 50% dat ldtt la du dung k", "Không"),
        # the title's own share, or another share of the rule, is not a wrong claim
        ("tap the lao dong xuat sac can it nhat 70% dat LDTT phai k", "Có"),
        ("TTLĐXS có cần 100% cá nhân hoàn thành nhiệm vụ không", "Có"),
    ],
)
def test_minimum_share_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 59 khoản 2 lists the state honours; a Huân chương is a form of award
        ("bà mẹ Việt Nam anh hùng có phải là danh hiệu vinh dự nhà nước không", "Có"),
        ("thay thuoc uu tu co phai danh hieu vinh du nha nuoc k", "Có"),
        ("huan chuong lao dong co phai la danh hieu vinh du nha nuoc ko", "Không"),
    ],
)
def test_state_honour_named_by_its_own_form(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_state_honour_kind_keeps_other_parts(officer_kb: KnowledgeBase) -> None:
    # the part asking who strips it (Điều 93 khoản 7) is still answered
    text = ask_verdict(
        officer_kb, "anh hung lao dong co phai danh hieu vinh du nha nuoc k, ai co quyen tuoc", "Có"
    )
    assert "Chủ tịch nước" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # Luật 2022 Điều 23 khoản 2: hoàn thành xuất sắc nhiệm vụ is a route of its own; the
        # denial someone reports is judged although another part follows the "vậy có đúng k"
        "anh ấy đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, chưa có sáng kiến. chủ tịch công đoàn"
        " bảo không có sáng kiến thì không được CSTĐCS. vậy có đúng không, nếu được thì ai ký",
        "co ay dat ldtt, htxs nhiem vu, ko co sang kien. hieu truong bao ko co sang kien thi ko"
        " bau cstdcs dc. vay co dung k, neu dc thi thuong bao nhieu",
    ],
)
def test_reported_denial_before_another_part(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Chiến sĩ thi đua cơ sở: Sáng kiến", "Không")
    assert "chưa đúng" in block, block
