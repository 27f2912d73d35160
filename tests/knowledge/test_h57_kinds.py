"""Task h57: blind set 12's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind12_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask


def _lead(text: str) -> str:
    """The verdict an officer reads first: the body's opening word after the title line."""
    body = text.partition("\n")[2] if text.startswith("**") else text
    return body.split(".", 1)[0].strip()


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong": a title claimed to follow from one condition by itself
        # ("tự động", "đương nhiên") is a claim of enough, answered by the further condition
        "Đạt CSTĐCS 3 năm liên tục thì đương nhiên được CSTĐ cấp tỉnh phải không",
        "Đạt LĐTT thì tự động được CSTĐCS luôn đúng không",
        "3 nam lien dat CSTDCS co tu dong len CSTD tinh k",
    ],
)
def test_automatic_title_is_a_claim_of_enough(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Không", text
    assert "Chưa đủ: còn cần" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong": a text in force named as the one that applies, cited by the fact
        # answering, is a claim that holds (the mirror of a repealed text named as current)
        "Gia đình văn hóa bây giờ áp dụng Nghị định 86/2023 đúng không",
        "Tiền thưởng LĐTT hiện tính theo Nghị định 152/2025 phải không",
        "gia dinh van hoa hien xet theo nd 86/2023 dung k",
    ],
)
def test_text_in_force_named_as_current_is_confirmed(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Có", text


def test_repealed_text_named_as_current_is_still_denied(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "Gia đình văn hóa giờ còn chấm điểm theo NĐ 122/2018 không")
    assert _lead(text) == "Không", text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong subject read in a long letter": "họ" typed without marks folds like "hộ" (a
        # household); after people told in the letter it points back at them
        "Thon co 2 can bo khong chuyen trach moi lam tu thang 10, cuoi nam ho co duoc xet LDTT k",
        "To dan pho co 3 nguoi lam bao ve, ho lam rat tot, cuoi nam ho co duoc LDTT k",
        "Truong em co 2 giao vien hop dong, hieu truong bao cu dua ho vao danh sach LDTT, vay ho "
        "co du dieu kien k",
    ],
)
def test_they_are_the_people_told(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "hộ gia đình" not in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "case told ignored": "vừa tuyển" tells a new hire as "mới tuyển" does
        "Phòng em vừa tuyển dụng 1 chuyên viên hồi tháng 9, cuối năm có xét LĐTT cho bạn ấy "
        "được không",
        "Xa vua tuyen 2 cong chuc thang 10, cuoi nam co xet LDTT cho 2 ban do dc k",
    ],
)
def test_just_recruited_is_a_new_hire(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Không", text
    assert "6 tháng" in text, text


def test_a_household_is_still_a_household(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "ho gia dinh ong Ba co duoc tang giay khen k")
    assert "Hộ gia đình" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong subject read in a long letter": the unit the letter opens with ("phòng em",
        # "trường em") is where the person works; the person pointed at is who is asked about
        "Phong em co chi Lan, nam nay chi ay co sang kien duoc cong nhan va dat LDTT. Vay chi ay "
        "co du dieu kien CSTDCS k",
        "Tổ em có anh Nam, năm nay anh ấy có đề tài được nghiệm thu và đạt LĐTT. Anh ấy có đủ "
        "điều kiện CSTĐCS không",
        "Truong em co thay Binh dat LDTT, co sang kien duoc cong nhan. Vay thay do co du dieu "
        "kien de nghi CSTDCS k",
    ],
)
def test_person_pointed_at_not_the_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Có", text
    assert "tập thể xét" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "a part of a compound dropped": what a body is for ("vai trò", "chức năng",
        # "nhiệm vụ gì") is a part of its own next to who chairs it
        "hd tdkt xa co nhiem vu gi, chu tich hd la ai",
        "Hội đồng thi đua xã có vai trò gì, thành viên gồm những ai",
        "Hội đồng TĐKT phường có chức năng gì và ai làm chủ tịch",
    ],
)
def test_role_and_chair_both_answered(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "tư vấn" in text and "Chủ tịch UBND xã làm Chủ tịch Hội đồng" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong": the one the question opens with is the one the fact says decides;
        # a xã named after it is where the firm is, not the xã chairman asked about
        ("giam doc cong ty tren dia ban xa tu xet LDTT cho cong nhan dc k", "Có"),
        ("Giam doc HTX trong xa co duoc tu quyet dinh tang CSTDCS cho xa vien k", "Có"),
        ("Tổng giám đốc công ty ở xã có tự tặng giấy khen cho nhân viên được không", "Có"),
        # the xã chairman asked about still gets the turned verdict
        ("chu tich ubnd xa co tang LDTT cho cong nhan doanh nghiep dc k", "Không"),
        ("chủ tịch xã có ký LĐTT cho nhân viên công ty không", "Không"),
    ],
)
def test_director_asked_about_decides(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == verdict, text


def _titles(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("**")]


@pytest.mark.parametrize(
    ("question", "second"),
    [
        # kind "a part of a compound dropped": "còn X mấy lần" repeats the previous part's
        # measure of a prize ("lần lương cơ sở") for another title, not how many times it is given
        ("TTLĐTT thưởng mấy lần lương cơ sở, còn TTLĐXS mấy lần", "Tập thể lao động xuất sắc"),
        (
            "giấy khen cá nhân được mấy lần lương cơ sở, còn tập thể bao nhiêu lần",
            "Giấy khen của Chủ tịch UBND xã cho tập thể",
        ),
        ("LĐTT thưởng 0,3 lần lương cơ sở, CSTĐCS thì mấy lần", "Chiến sĩ thi đua cơ sở"),
    ],
)
def test_measure_repeated_for_another_title(
    officer_kb: KnowledgeBase, question: str, second: str
) -> None:
    text = ask(officer_kb, question)
    assert f"**{second}: Tiền thưởng**" in _titles(text), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "case told ignored": a discipline told with a level of duties bars the title
        # whatever the level, so the answer is about the discipline
        "cong chuc bi khien trach trong nam, van hoan thanh nhiem vu, co xet LDTT dc k",
        "Chị Hoa bị khiển trách tháng 4, cả năm chỉ hoàn thành nhiệm vụ, còn xét LĐTT được không",
        "Anh Hai bị cảnh cáo tháng 5 nhưng hoàn thành xuất sắc nhiệm vụ, có được CSTĐCS không",
    ],
)
def test_discipline_outranks_the_level_told(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Không", text
    assert "khiển trách" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the same kind: time away on a course told with the level of the rest of the year is
        # what is asked about (whether it counts), not the level
        (
            "Chị Ngọc đi học bồi dưỡng 3 tháng, thời gian còn lại hoàn thành tốt nhiệm vụ. Thời "
            "gian đi học có được tính để xét LĐTT không",
            "Có",
        ),
        (
            "Anh Nam được cử đi tập huấn 2 tháng, cả năm hoàn thành tốt nhiệm vụ, có bị mất LĐTT "
            "không",
            "Không",
        ),
    ],
)
def test_time_away_outranks_the_level_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == verdict, text
    assert "dưới 01 năm" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong": the detailed rule asked of the law ("cụ thể", "chi tiết") is one
        # a later sentence of the fact leaves to the province
        "Tiêu chuẩn chi tiết để tặng giấy khen xã có ghi trong luật không",
        "luat co quy dinh cu the tieu chuan giay khen cua chu tich xa k",
        "tieu chuan cu the cua giay khen xa thi luat co ghi ro khong",
    ],
)
def test_details_left_to_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _lead(text) == "Không", text
    assert "tỉnh quy định" in text, text
