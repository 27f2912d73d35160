"""Task h218 (stop 33): whose claim a yes/no asks when the claim is followed by a clause of its
own.

A consequence clause ("…, không có là trượt, đúng k", "…, nếu không thì bị loại, đúng không")
only tells what follows when the claim before it is not met: the yes/no judges the claim. Luật
Thi đua, khen thưởng 2022 Điều 23 khoản 2 (CSTĐCS: sáng kiến is one way, not required), Điều 24
(LĐTT: no sáng kiến needed).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict, leading_verdicts


@pytest.mark.parametrize(
    ("question", "decisive"),
    [
        ("CSTĐCS bắt buộc phải có sáng kiến, không có thì trượt, đúng không", "Không bắt buộc"),
        ("chien si thi dua co so bat buoc co sang kien, k co la truot, dung ko", "Không bắt buộc"),
        ("CSTĐ cơ sở phải có sáng kiến, nếu không thì bị loại, phải không ạ", "sáng kiến"),
        (
            "muốn được lao động tiên tiến thì bắt buộc có sáng kiến, không có thì không được xét, "
            "phải không",
            "Không cần sáng kiến",
        ),
        ("ldtt bat buoc co sang kien, khong co la khong duoc, dung k", "Không cần sáng kiến"),
        ("cstdcs bat buoc phai co sang kien, k co la truot dung k", "Không bắt buộc"),
        ("nghe nói CSTĐCS bắt buộc có sáng kiến, không có là trượt, đúng không", "Không bắt buộc"),
        ("chi ke toan bao cstdcs phai co sang kien, k co la truot, dung ko", "Không bắt buộc"),
    ],
)
def test_a_consequence_clause_leaves_the_claim_asked(
    officer_kb: KnowledgeBase, question: str, decisive: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert decisive in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "thôn niêm yết danh sách gia đình văn hóa 7 ngày rồi gửi lên xã thì có đủ không",
        "to dan pho niem yet GDVH 5 ngay, roi trinh phuong, co du k",
        "tổ dân phố công khai danh sách GĐVH 3 ngày rồi chuyển lên phường như vậy là đủ chưa",
        "thon e niem yet danh sach gia dinh van hoa co 6 ngay roi trinh xa thi co du ko",
        "Thôn niêm yết danh sách hộ gia đình văn hóa 4 ngày, rồi nộp UBND xã, có đủ không ạ",
    ],
)
def test_a_period_told_before_the_next_step_is_weighed(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # NĐ 86/2023 Điều 8: the thôn posts the list for 10 days before it sends the dossier
    text = ask_verdict(officer_kb, question, "Không")
    assert "10 ngày" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "decisive"),
    [
        # the dossier facts (NĐ 152/2025): the tờ trình alone is not the dossier
        ("hồ sơ LĐTT gồm những gì, anh văn phòng bảo chỉ cần tờ trình là đủ", "Không", "thiếu"),
        ("hồ sơ CSTĐCS cần giấy tờ gì, chị kế toán nói chỉ cần tờ trình là được", "Không", "thiếu"),
        # Luật 2022 Điều 80 khoản 3: no district level since 01/7/2025
        ("ai ky quyet dinh tang CSTDCS, chi noi vu bao chu tich huyen ky", "Không", "cấp huyện"),
        ("Gia đình văn hóa do ai công nhận, trưởng thôn bảo chủ tịch UBND xã", "Có", "UBND xã"),
        # NĐ 152/2025 Điều 50: LĐTT 0,3 lần mức lương cơ sở
        ("Lao dong tien tien duoc thuong bn, ke toan noi 0,5 lan luong co so", "Không", "0,3 lần"),
        ("LĐTT thưởng bao nhiêu, kế toán bảo 0,3 lần lương cơ sở", "Có", "0,3 lần"),
    ],
)
def test_a_bare_saying_after_a_wh_question_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, decisive: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert decisive in text.split("\n\n")[0], text


def test_a_clause_opening_on_noi_is_no_saying(officer_kb: KnowledgeBase) -> None:
    # "nơi xã nộp hồ sơ" folds like "nói": no speaker, nothing put up
    text = ask(officer_kb, "cơ quan thường trực hội đồng thi đua tỉnh là ai, nơi xã nộp hồ sơ")
    assert leading_verdicts(text)[:1] == [], text


@pytest.mark.parametrize(
    "question",
    [
        "Có người bảo một người không được khen giấy khen hai lần. Đúng không chị?",
        "nghe nói mỗi cá nhân chỉ được tặng bằng khen của chủ tịch tỉnh 2 lần thôi, đúng không anh",
        "chi van phong bao ko duoc nhan giay khen chu tich xa 2 lan, dung k ban",
        "Năm ngoái em được giấy khen xã rồi. Kế toán nói không được khen giấy khen xã hai lần. "
        "Đúng không admin?",
        "ông trưởng thôn nói hộ gia đình không được tặng giấy khen hai lần, đúng không ạ",
    ],
)
def test_a_form_given_twice_is_the_repeat_rule(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 5 khoản 2 điểm c: a form may be given again for another achievement
    text = ask_verdict(officer_kb, question, "Không")
    assert "tặng nhiều lần" in text.split("\n\n")[0], text


def test_a_requirement_of_two_runs_is_no_repeat(officer_kb: KnowledgeBase) -> None:
    # "bằng khen tỉnh có cần 2 lần CSTĐCS": the years rule, not the repeat rule
    text = ask(officer_kb, "bằng khen của chủ tịch tỉnh cho cá nhân có cần 2 lần CSTĐCS không")
    assert "Khen nhiều lần" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "head"),
    [
        # NĐ 152/2025 Điều 50: the base in force on the decision's day, not the paying day
        (
            "Xã tôi quyết định tặng CSTĐCS ngày 20/6/2026, tháng 9 mới phát tiền. Chị kế toán bảo "
            "tính theo lương cơ sở mới vì chi sau 1/7. Vậy mỗi người được bao nhiêu",
            "Không",
            "Tiền thưởng",
        ),
        (
            "truong em co QD LDTT ky 15/6/2026, thang 8 moi chi. thay hieu truong noi tinh luong "
            "co so moi vi chi sau 1/7. vay moi co nhan bn",
            "Không",
            "Tiền thưởng",
        ),
        (
            "Quyết định LĐTT ký ngày 10/7/2026. Anh kế toán nói tính theo lương cơ sở mới. "
            "Vậy mỗi người được bao nhiêu",
            "Có",
            "Tiền thưởng",
        ),
        # Luật 2022 Điều 80: a firm's director decides its own workers' LĐTT
        (
            "Công ty TNHH trên địa bàn phường muốn tặng LĐTT cho công nhân. Nghe nói phải xin "
            "chủ tịch phường ký. Vậy ai có thẩm quyền",
            "Không",
            "Ai quyết định",
        ),
        # Luật 2022 Điều 29, 80: the provincial chairman decides xã tiêu biểu
        (
            "Xã em muốn đề nghị xã tiêu biểu. Anh phó chủ tịch bảo chủ tịch xã tự ký công nhận "
            "được. Vậy ai quyết định",
            "Không",
            "Ai quyết định",
        ),
    ],
)
def test_a_saying_on_what_the_closing_ask_asks_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert head in text.split("\n\n")[0].partition("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # the saying is itself a judgement ("… là không đúng"): left to the plain answer
        "Xã em có anh dân quân. Có người bảo cho dân quân LĐTT là không đúng. Vậy xét gì cho "
        "anh ấy",
        # the reform notice leads: it does not answer the ask, so it judges no saying
        "thon em binh xet GDVH dau thang 12. truong thon bao van kip vi huyen truoc cho nop den "
        "15/12. vay han binh xet la bao gio",
    ],
)
def test_a_saying_judged_only_by_the_block_answering_the_ask(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text.split("\n\n")[0])[:1] in ([], ["Tùy"]), text


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen cho tập thể được thưởng 1,2 lần lương cơ sở phải không",
        "bang khen tinh tang ca nhan thuong 2 lan muc luong co so dung ko",
    ],
)
def test_a_prize_of_two_times_the_base_is_no_repeat(
    officer_kb: KnowledgeBase, question: str
) -> None:
    assert "Khen nhiều lần" not in ask(officer_kb, question)
