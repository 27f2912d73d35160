"""Task h47: blind set 7's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind7_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.claim import denied
from bot.knowledge.facts.permission import substitutes
from tests.knowledge.asking import TODAY, ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # "dk" where a noun is due is "điều kiện": the title's criteria are asked, not what is
        # given with it ("được gì")
        ("ttldtt can dk gi, thuong bao nhieu tien", ["Tiêu chuẩn", "Tiền thưởng"]),
        ("ttldxs can dk gi a, nhan duoc bao nhieu tien", ["Tiêu chuẩn", "Tiền thưởng"]),
        ("ldtt dk j vay ad, co dc bang k", ["Tiêu chuẩn", "Hiện vật"]),
    ],
)
def test_phone_shorthand_read_by_its_neighbours(
    officer_kb: KnowledgeBase, question: str, shown: list[str]
) -> None:
    text = ask(officer_kb, question)
    for words in shown:
        assert words in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a xã after a unit or a location says where the person works, not that the xã (a
        # collective) is asked about, nor that the xã gives
        ("giao vien truong mam non xa co dc xet lao dong tien tien k", "Có"),
        ("nhan vien tram y te xa lam tot thi co dc xet lao dong tien tien k", "Có"),
        ("hop tac xa tren dia ban xa co duoc tu tang ldtt cho nguoi lao dong k", "Có"),
        # "hỏi" (to ask) and "áp dụng" typed without marks fold like "hội" and "ấp"
        ("em hoi ve sang kien ap dung trong xa, co dc tinh de xet cstdcs k", "Có"),
    ],
)
def test_place_and_verbs_are_not_who_is_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "danh hiệu cá nhân" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the months worked told in another clause than the recruitment decide the 6-month
        # rule (Luật 2022 Điều 24, NĐ 152/2025); "gần 6 tháng" falls short of it
        ("anh ay moi vao lam tu thang 5, den cuoi nam la 7 thang, co dc binh ldtt k", "Có"),
        (
            "co ay moi tuyen dung thang 4, den thang 12 la 8 thang, du thoi gian xet ldtt chua",
            "Có",
        ),
        (
            "ban ay moi tuyen dung giua nam, den cuoi nam gan 6 thang, co xet lao dong tien tien k",
            "Không",
        ),
    ],
)
def test_months_told_anywhere_in_the_message(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "6 tháng" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        # a value stated as the rule and ended by "ạ" is put up for confirmation: a yes/no
        ("ho so de nghi giay khen cua xa chi can nop la 01 bo a", "Có", "01 bộ"),
        (
            "thoi han giai quyet ho so giay khen o xa noi nao cung la 20 ngay lam viec a",
            "Không",
            "20 ngày",
        ),
        # a day claimed to hold everywhere, against a text giving it as local practice
        ("han dang ky thi dua o tat ca cac tinh deu la 15/3 dung k", "Không", "15/3"),
        ("han dang ky thi dua toan quoc thong nhat la 31/3 phai khong", "Không", "31/3"),
    ],
)
def test_value_claimed_as_the_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text, text


@pytest.mark.parametrize(
    "question",
    [
        # who the question says does a step is named for it in the fact, in brackets or as one
        # of alternatives ("xác nhận của thủ trưởng hoặc trưởng thôn"): a "who" claim confirmed
        "thu truong co quan xac nhan bao cao thanh tich ca nhan de xin giay khen cua xa co dc k",
        "truong thon co chu tri hop binh xet gia dinh van hoa o thon k",
        "cho em hoi, to truong to dan pho chu tri binh xet gia dinh van hoa dung k",
    ],
)
def test_actor_named_for_the_step(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


def test_actor_not_named_is_not_confirmed(officer_kb: KnowledgeBase) -> None:
    # the fact names the head of the thôn, not a commune officer: no "Có" from the role alone
    text = ask(officer_kb, "can bo van hoa xa chu tri binh xet gia dinh van hoa dung k")
    assert leading_verdicts(text)[:1] != ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # "Không có X" in the fact denies a question asking whether there is X
        "dang ky thi dua co bieu mau thong nhat toan quoc k",
        "ban dang ky thi dua co mau chung dung cho ca nuoc khong",
    ],
)
def test_there_is_none(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


def test_no_ban_is_no_denial() -> None:
    # "không có quy định cấm …" says it is allowed: never a "Không" to "có được … không"
    assert denied("có mẫu chung toàn quốc không", "Không có mẫu chung toàn quốc.")
    assert not denied(
        "có được nhận hai giấy khen trong một năm không",
        "Không có quy định cấm nhận hai giấy khen trong một năm.",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 24 khoản 2, Điều 80 khoản 5: the police get "Chiến sĩ tiên tiến", set
        # by Bộ Công an, not LĐTT from the xã chairman (a fact group content lacked)
        ("chien si cong an xa co duoc binh lao dong tien tien khong", "Không"),
        ("truong cong an xa lam tot thi chu tich ubnd xa co tang ldtt cho anh ay dc k", "Không"),
        # the police's own title counts for Chiến sĩ thi đua cơ sở (Điều 23 khoản 1)
        ("cong an xa chinh quy co dc xet chien si thi dua co so k", "Có"),
    ],
)
def test_police_title(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chiến sĩ tiên tiến" in text
    assert "Bộ Công an" in text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        # a letter that tells the case in one sentence (its cue words, "giấy tờ", "báo cáo thành
        # tích", ask nothing) and then asks a bare yes/no about a title: whether the title can
        # be had in that case
        (
            "Anh ơi, phòng em có chị bị cảnh cáo hồi đầu năm vì sai sót giấy tờ. Cuối năm mọi "
            "người vẫn muốn bầu chị ấy lao động tiên tiến. Có được không ạ?",
            "Không",
            "kỷ luật",
        ),
        (
            "Chào anh, trường em có cô giáo nghỉ sinh từ tháng 3 đến tháng 8 theo chế độ. Cuối "
            "năm tổ vẫn muốn đề nghị lao động tiên tiến cho cô ấy. Có được không?",
            "Có",
            "thai sản",
        ),
        (
            "Xin chào, văn phòng em có anh bị khiển trách hồi tháng 5 vì nộp báo cáo thành tích "
            "chậm. Cuối năm em định đưa anh ấy vào danh sách chiến sĩ thi đua cơ sở. Được không "
            "anh?",
            "Không",
            "kỷ luật",
        ),
    ],
)
def test_told_sentence_then_bare_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text, text
    assert "Hồ sơ" not in text, text


@pytest.mark.parametrize(
    ("question", "case", "verdict"),
    [
        # one attribute asked for two cases, the first plainly and the second as a yes/no:
        # each case is its own part (the yes/no used to replace the plain one)
        (
            "ldtt nguoi moi tuyen dung phai lam toi thieu bao lau, con di hoc boi duong ngan "
            "han co duoc tinh k",
            "đi học",
            "Có",
        ),
        (
            # "có bị trừ … không" asks the reverse of "được tính": not deducted
            "moi tuyen dung can bao nhieu thang moi xet lao dong tien tien, nghi de co bi tru "
            "thoi gian k",
            "thai sản",
            "Không",
        ),
    ],
)
def test_two_cases_two_parts(
    officer_kb: KnowledgeBase, question: str, case: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert "6 tháng" in text, text
    assert case in text, text
    assert leading_verdicts(text)[-1:] == [verdict], text


@pytest.mark.parametrize(
    "question",
    [
        # "X có thay (cho / thế) Y không": the fact names X as another route ("… hoặc có đề
        # tài, đề án … đã nghiệm thu") to the condition Y belongs to → "Có", whatever the
        # fact's own verdict says of Y being required
        "de an khoa hoc da duoc nghiem thu co the thay the sang kien de xet cstdcs khong",
        "cong trinh khoa hoc cong nghe da nghiem thu thay cho sang kien khi binh chien si thi "
        "dua co so duoc khong",
    ],
)
def test_another_route_substitutes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


def test_no_route_no_substitute() -> None:
    # the fact's other route is a sáng kiến, not the đề tài asked about: nothing substitutes
    assert not substitutes(
        "đề tài khoa học có thay cho hoàn thành xuất sắc nhiệm vụ được không",
        "Đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được công nhận.",
    )


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # a clause of a short compound question that the answer's source does not read is
        # asked of the entries on its own (the tax entry said nothing of the fund)
        (
            "tien thuong thi dua co phai dong thue thu nhap k, chi tu quy nao",
            # the tax is a fact since h341 (TT 111/2013 Điều 2 khoản 2 điểm e.1), answered in
            # the order asked; the fund is a fact of every title (h49)
            ["Thuế", "Ai chi tiền thưởng"],
        ),
        (
            "tien thuong ldtt bao nhieu, quy thi dua cua xa lay tu dau",
            ["Lao động tiên tiến: Tiền thưởng", "Quỹ thi đua, khen thưởng của xã"],
        ),
    ],
)
def test_clause_the_answer_does_not_read(
    officer_kb: KnowledgeBase, question: str, parts: list[str]
) -> None:
    assert [p.part for p in officer_kb.ask(question, TODAY).parts] == parts


def test_titles_listed_get_no_extra_entry(officer_kb: KnowledgeBase) -> None:
    # "A và B được thưởng bao nhiêu": A alone asks nothing and already has its part
    answer = officer_kb.ask("thôn văn hóa và gia đình văn hóa được thưởng bao nhiêu", TODAY)
    assert all(": " in p.part for p in answer.parts), [p.part for p in answer.parts]


def test_clause_added_beside_a_block_that_only_cites_it(officer_kb: KnowledgeBase) -> None:
    # the reform block cites NĐ 152/2025 in passing; the clause asks what it replaced: the
    # entry is added unless it is already shown as a part (its bold heading)
    question = "nghi dinh 152/2025 thay the nghi dinh nao, cap huyen con duoc tang giay khen khong"
    text = ask(officer_kb, question)
    assert "**Nghị định 152/2025/NĐ-CP**" in text, text
    assert "98/2023" in text, text
