"""Task h46: the kinds of miss blind set 6 showed, fixed as mechanisms (not per question).

Each question is our own wording of a kind (none is copied from ``blind6_questions.yaml``) and
each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the handlers
call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "A không hay B": A is claimed, B is the other answer offered (a yearly review)
        ("tap the lao dong tien tien xet hang nam ko hay 3 nam mot lan", "Có"),
        ("Lao động tiên tiến năm nào cũng xét phải không, hay 2 năm một lần?", "Có"),
        ("ttldtt co xet 2 nam 1 lan khong hay hang nam", "Không"),
    ],
)
def test_first_option_is_the_claim(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # "có bị …" asks whether something befalls the asker: the reverse of "may they have it"
        ("em nghỉ thai sản 4 tháng thì có bị mất LĐTT không", "Không", "thai sản"),
        (
            "anh ay moi chuyen cong tac ve xa thi co bi loai khoi danh sach xet ldtt k",
            "Không",
            "Chuyển công tác",
        ),
        # and the day told in the letter, before the asking sentence, against the time limit
        (
            "thon em den 30/11 moi hop binh xet gia dinh van hoa. vay co bi qua han khong",
            "Có",
            "sau hạn 25/11",
        ),
    ],
)
def test_adverse_claim_turns_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # another title asked to be required: named in this title's criteria or not (Luật 2022
        # Điều 22-28)
        ("cstd tinh co can 3 lan cstdcs khong", "Có", "Chiến sĩ thi đua cơ sở"),
        (
            "danh hiệu lao động tiên tiến có bắt buộc phải có chiến sĩ thi đua cơ sở không",
            "Không",
            "không đòi hỏi “Chiến sĩ thi đua cơ sở”",
        ),
        (
            "Tập thể lao động xuất sắc có bắt buộc có người đạt chiến sĩ thi đua cơ sở không?",
            "Có",
            "Chiến sĩ thi đua cơ sở",
        ),
    ],
)
def test_title_required_of_a_title(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        # Chiến sĩ tiên tiến: the two ministries set who decides (Luật 2022 Điều 80 khoản 5);
        # neither the xã nor the province chairman does
        "ubnd xa co quyet dinh tang chien si tien tien cho dan quan thuong truc duoc khong",
        "Chủ tịch tỉnh có ký quyết định chiến sĩ tiên tiến cho dân quân tự vệ cơ động không?",
        "danh hieu chien si tien tien cho dan quan co phai chu tich xa ky ko",
    ],
)
def test_decider_named_is_not_the_one(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Bộ Quốc phòng" in text


@pytest.mark.parametrize(
    "question",
    [
        # a letter: the service told as a start month (under six months by the year's end),
        # the head of a unit ("trưởng / phó phòng", "hiệu trưởng") a person, not a collective,
        # and the case told in one sentence is the one the final question asks about
        "Chị Lan nhận việc từ tháng 10, làm rất tốt. Phó phòng muốn đề nghị lao động tiên tiến "
        "cho chị, vậy có được không?",
        "em bat dau cong tac tu thang 9. truong phong hoi em co duoc binh xet lao dong tien tien "
        "nam nay khong",
        "anh ay di lam tu thang 11 thoi, hieu truong van muon de nghi ldtt cho anh ay, co dc ko",
    ],
)
def test_letter_tells_a_late_start(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "6 tháng" in text


@pytest.mark.parametrize(
    "question",
    ["truong phong co duoc xet lao dong tien tien k", "phó ban có được bình xét LĐTT không"],
)
def test_head_of_a_unit_is_a_person(officer_kb: KnowledgeBase, question: str) -> None:
    # "trưởng phòng" heads the unit: a person, who may have Lao động tiên tiến
    text = ask(officer_kb, question)
    assert "danh hiệu cá nhân" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # "em tính thử / tính ra": the asker calculating, not the province (both fold "tinh")
        "Cơ quan em có 20 người, 12 người đạt LĐTT. Em tính thử xem có đủ tập thể lao động "
        "xuất sắc chưa?",
        "don vi co 30 nguoi, 18 nguoi dat ldtt. toi tinh ra thi du tap the lao dong xuat sac chua",
    ],
)
def test_calculating_is_not_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "70 %" in text


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        # a second title with its shared words left out after "và / hay" is still asked
        (
            "bằng khen tỉnh và thủ tướng thưởng bao nhiêu",
            ["Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Thủ tướng Chính phủ"],
        ),
        (
            "co thi dua cap tinh voi co chinh phu tien thuong khac nhau the nao",
            ["Cờ thi đua của UBND tỉnh", "Cờ thi đua của Chính phủ"],
        ),
        # words that name something else ("hồ sơ", folded like "hộ") are no title's qualifier
        ("giay khen xa va ho so can gi", ["Giấy khen"]),
    ],
)
def test_elided_second_title(officer_kb: KnowledgeBase, question: str, titles: list[str]) -> None:
    text = ask(officer_kb, question)
    for title in titles:
        assert f"**{title}" in text, text
    assert "hộ gia đình" not in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # a permission asked that a clause of the fact grants ("Tỉnh có thể quy định tỷ lệ",
        # "… hoặc có đề tài khoa học đã nghiệm thu"), whatever the fact's own verdict answers
        "UBND tinh co duoc quy dinh ty le cstdcs trong quy che cua tinh minh ko",
        "đề tài khoa học đã được nghiệm thu thì thay cho sáng kiến để xét chiến sĩ thi đua cơ sở "
        "được không",
    ],
)
def test_permission_granted_by_a_clause(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # a requirement asked, or a case told lacking, is not a permission
        "có cần có sáng kiến mới được xét chiến sĩ thi đua cơ sở không",
        "chua dat lao dong tien tien thi co duoc de nghi cstdcs khong",
    ],
)
def test_not_a_permission(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # the thing asked to exist is the one the fact opens by saying there is none of
        "nhà nước có mẫu bản đăng ký thi đua thống nhất không",
        "dang ky thi dua thi co mau in san cua trung uong ko",
        "dat lao dong tien tien thi co bang khong",
    ],
)
def test_none_exists(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Không có" in text


@pytest.mark.parametrize(
    ("question", "successor"),
    [
        # a replaced text named by its kind and bare number, as officers type it
        ("xã em vẫn chấm điểm gia đình văn hóa theo nđ 122 được không", "86/2023"),
        ("thon van hoa con cong nhan theo nghi dinh 122 khong", "86/2023"),
        ("tập thể lao động tiên tiến còn xét theo nđ 98 không", "152/2025"),
        ("giay khen con theo tt 12 duoc ko", "15/2025"),
    ],
)
def test_replaced_text_by_bare_number(
    officer_kb: KnowledgeBase, question: str, successor: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert successor in text


@pytest.mark.parametrize(
    "question",
    [
        # sent directly ("thẳng", folded like "tháng") against a fact saying "không qua huyện"
        "hồ sơ chiến sĩ thi đua tỉnh xã nộp thẳng về Sở Nội vụ được không",
        "hồ sơ tập thể lao động xuất sắc xã gửi thẳng lên Sở Nội vụ được không",
        "ho so bang khen tinh xa gui thang len tinh duoc khong",
    ],
)
def test_sent_directly(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Có" in leading_verdicts(text), text
    assert "không qua huyện" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "X là <kind> phải không": the kind claimed for X, read from the clause naming X
        # (Luật 2022 Điều 59 khoản 2; Điều 20 khoản 2)
        ("anh hung lao dong la danh hieu vinh du nha nuoc phai k", "Có"),
        ("Huân chương lao động là danh hiệu vinh dự nhà nước đúng không", "Không"),
        ("gia dinh van hoa la hinh thuc khen thuong phai ko", "Không"),
    ],
)
def test_kind_claimed_for_what_is_named(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # a force with its own title (Chiến sĩ tiên tiến, Luật 2022 Điều 24 khoản 2): who the
        # person is decides before how well they did, also when told earlier in the letter
        "Tôi là chiến sĩ công an chính quy ở xã, cả năm hoàn thành xuất sắc nhiệm vụ. Xã có xét "
        "lao động tiên tiến cho tôi không?",
        "cong an xa chinh quy hoan thanh tot nhiem vu thi duoc ldtt ko",
        "dân quân thường trực hoàn thành tốt nhiệm vụ có được xét lao động tiên tiến không",
    ],
)
def test_force_with_its_own_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Chiến sĩ tiên tiến" in text


def test_decree_signer(officer_kb: KnowledgeBase) -> None:
    # a fact the reference states (domain.md: NĐ 152/2025, PTT Nguyễn Hòa Bình ký 14/6/2025)
    text = ask(officer_kb, "nghị định 152 do ai ký ban hành vậy")
    assert "Nguyễn Hòa Bình" in text
