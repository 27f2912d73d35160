"""What happens to one person's titles when life intervenes (task h128): leave, a wound taken
rescuing someone, study, a reminder or a discipline, military service, death, an unmet rating,
a hire month told. The plain answer is the rule for that event, not the title's general facts.
Wordings are the author's own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # maternity leave counts (TT 15/2025 keeping TT 01/2024)
        (
            "chi ke toan nghi de 5 thang, truong phong noi nam nay phai nhuong LDTT cho nguoi "
            "khac vi chi nghi lau, vay co dung k",
            "Không",
            "thai sản",
        ),
        (
            "cô văn thư đang nghỉ sinh con thì cuối năm có được xét lao động tiên tiến không "
            "hay là mất",
            "Có",
            "hoàn thành tốt nhiệm vụ",
        ),
        # a wound taken rescuing someone
        (
            "anh bảo vệ lao xuống sông cứu cháu bé rồi bị thương phải điều trị 2 tháng, có "
            "người nói mấy tháng đó bị trừ khi bình xét, đúng không",
            "Không",
            "điều trị",
        ),
        # short study graded khá or better, and below it
        (
            "tôi được cử đi bồi dưỡng 4 tháng, xếp loại giỏi, tổ trưởng bảo năm nay tôi mất "
            "LĐTT vì vắng mặt, đúng không",
            "Không",
            "khá",
        ),
        (
            "di tap huan 2 thang ket qua trung binh thi co dc cong thoi gian de xet LDTT k",
            "Không",
            "khá",
        ),
        # a reminder is no discipline; a discipline bars the year
        (
            "tôi chỉ bị góp ý nhắc nhở ở buổi sinh hoạt, chưa bị kỷ luật, năm nay có bình "
            "LĐTT được không",
            "Có",
            "khiển trách",
        ),
        (
            "đồng chí ấy bị cảnh cáo hồi tháng 4 mà vẫn được nhận thưởng lao động tiên tiến "
            "cuối năm phải không",
            "Không",
            "kỷ luật",
        ),
        (
            "bi khien trach nam nay nen truot CSTDCS, 2 lan CSTDCS truoc van duoc tinh noi "
            "tiep cho du 3 lan lien tuc xet CSTD tinh dung k",
            "Không",
            "liên tục",
        ),
        # soldiers and militia get Chiến sĩ tiên tiến
        (
            "cháu tôi đang đi nghĩa vụ quân sự, xã có bình LĐTT cho cháu ở quê không",
            "Không",
            "Chiến sĩ tiên tiến",
        ),
        # state honours may be posthumous
        (
            "co nguoi noi ong ay mat roi nen danh hieu vinh du nha nuoc k duoc truy tang nua, "
            "dung k",
            "Không",
            "truy tặng",
        ),
        # an unmet rating, and sick leave with the rating met
        (
            "anh ấy ốm dài, cuối năm chỉ xếp loại chưa hoàn thành tốt nhiệm vụ, vậy có được "
            "xét LĐTT không",
            "Không",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "em bị bệnh phải mổ nghỉ 1 tháng, cả năm vẫn được đánh giá hoàn thành xuất sắc "
            "nhiệm vụ, em có được đề nghị CSTĐCS không",
            "Có",
            "kết quả đánh giá",
        ),
        # titles up the ladder
        (
            "nghe noi cu du 3 lan CSTDCS la len CSTD tinh, k can sang kien nua, dung k",
            "Không",
            "sáng kiến",
        ),
        (
            "cứ có 2 lần liên tục chiến sĩ thi đua tỉnh là được chiến sĩ thi đua toàn quốc "
            "phải không",
            "Không",
            "toàn quốc",
        ),
        (
            "người sắp về hưu thì không cần đạt LĐTT vẫn được xét CSTĐCS, đúng không",
            "Không",
            "Lao động tiên tiến",
        ),
        # "có phải … không" and "quy định thế nào" put the told line up too
        (
            "có phải cứ nghỉ đẻ thì chỉ được lao động tiên tiến, không được lên CSTĐCS không",
            "Không",
            "thai sản",
        ),
        (
            "chị phó phòng bảo em nghỉ sinh 6 tháng thì năm nay không được bình xét, quy định "
            "thế nào ạ",
            "Không",
            "thai sản",
        ),
        # a move between the xã's units names where the person worked, not a collective
        (
            "e chuyen tu truong mam non cua xa sang van phong ubnd xa thang 4, e van "
            "hoan thanh xuat sac nhiem vu, co dc de nghi CSTDCS k",
            "Có",
            "Chiến sĩ thi đua cơ sở",
        ),
        # a hire month told with its year: months to the year's end
        (
            "chị ấy được tuyển dụng viên chức tháng 4/2026, cuối năm có được bình LĐTT không",
            "Có",
            "6 tháng",
        ),
    ],
)
def test_life_event_answered(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact.lower() in text.lower(), text


def test_late_hire_month_still_short(officer_kb: KnowledgeBase) -> None:
    # tháng 9 to December is four months: the 6-month rule still bars the year
    ask_verdict(
        officer_kb,
        "anh ấy được tuyển dụng công chức tháng 9/2026, cuối năm có xét LĐTT không",
        "Không",
    )


def test_wait_asked_without_title(officer_kb: KnowledgeBase) -> None:
    # no title named, the wait asked: the 6-month rule of LĐTT, not a refusal
    text = ask(officer_kb, "nhân viên mới vào làm thì bao lâu mới được bình xét")
    assert "6 tháng" in text, text


def test_organised_by_is_no_team(officer_kb: KnowledgeBase) -> None:
    # "do huyện tổ chức": a verb, no "tổ" (a collective) asked about
    text = ask_verdict(
        officer_kb,
        "kỳ thi công chức năm trước do huyện tổ chức, em được tuyển dụng từ tháng 1/2026, năm "
        "nay em có được xét LĐTT không",
        "Có",
    )
    # no part of its own on the collective title (the reform block, background, may name it)
    assert not any(b.startswith("**Tập thể lao động tiên tiến") for b in text.split("\n\n")), text


def test_unit_title_not_read_as_sick_leave(officer_kb: KnowledgeBase) -> None:
    # a school's title with its staff's sick leave told: no sick-leave block leads
    text = officer_kb.ask(
        "truong co nhieu co nghi om dai nen chi 8/20 nguoi dat LDTT, truong van hoan thanh tot "
        "nhiem vu, co dc de nghi TTLDTT k",
        TODAY,
    ).text
    assert not text.startswith("**Nghỉ ốm, tai nạn"), text


def test_district_decision_not_reissued(officer_kb: KnowledgeBase) -> None:
    # a title the district decided before 01/7/2025 holds: no new decision of the xã is needed
    text = ask_verdict(
        officer_kb,
        "lao dong tien tien 2023 cua chi ay do chu tich huyen ky, nay co phai doi sang quyet "
        "dinh cua xa khong",
        "Không",
    )
    assert "giữ nguyên giá trị" in text, text
