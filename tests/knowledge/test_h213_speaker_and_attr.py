"""Who told a rule is not whom or what the question asks about (task h213). Questions of our
own wording, none from a set.

- "chị văn phòng bảo …", "anh văn hóa xã nói …", "anh công an xã bảo …": the job after a kin
  word names the speaker of a saying; it is neither the collective, the xã, the police force
  nor the title "văn hóa" asked about;
- "…, chị văn phòng bảo 2 lần, chị nói đúng không": a closing ask that only asks whether the one
  saying told is right asks the letter's own question (how many runs, which deadline, who
  signs), judged against the law: Luật 2022 Điều 22 khoản 1 điểm a (CSTĐ tỉnh: 03 lần CSTĐCS
  liên tục), Điều 80 khoản 3 (LĐTT: Chủ tịch UBND xã), NĐ 86/2023 Điều 8 (GĐVH: thôn bình xét
  xong trước 25/11), Luật 2022 Điều 24 khoản 1 (LĐTT needs no sáng kiến).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "needle"),
    [
        # the police officer is only the speaker: the farmer / the contract worker is asked
        # about (LĐTT, Luật 2022 Điều 24 khoản 1, 3), not Chiến sĩ tiên tiến of the police
        (
            "anh công an xã bảo nông dân không được xét lao động tiên tiến, đúng không",
            "Không",
            "nông dân",
        ),
        ("a cong an xa bao nguoi hop dong k dc xet LDTT, dung k", "Không", "hợp đồng"),
        (
            "chị công an phường nói người làm hợp đồng không được LĐTT, đúng không",
            "Không",
            "hợp đồng",
        ),
        # the office is not the collective asked about
        (
            "chị văn phòng bảo LĐTT do chủ tịch UBND tỉnh quyết định, chị văn phòng nói đúng không",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "chi van phong bao LDTT do chu tich UBND tinh quyet dinh, chi van phong noi dung k",
            "Không",
            "Chủ tịch UBND xã",
        ),
        # the culture officer is not the title Gia đình văn hóa of the xã
        (
            "anh van hoa xa noi gia dinh van hoa binh xet xong truoc 15/12, a noi dung k",
            "Không",
            "25/11",
        ),
    ],
)
def test_speakers_job_is_not_the_subject(
    officer_kb: KnowledgeBase, question: str, verdict: str, needle: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert needle in text, text
    assert "Chiến sĩ tiên tiến" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "needle"),
    [
        (
            "gia đình văn hóa bình xét xong trước ngày nào, chị văn hóa xã bảo 15/12, "
            "chị văn hóa nói đúng không",
            "Không",
            "25/11",
        ),
        (
            "binh xet gia dinh van hoa phai xong truoc ngay nao, c van hoa xa bao 25/11, "
            "c van hoa xa noi dung k",
            "Có",
            "25/11",
        ),
        (
            "CSTĐ tỉnh cần mấy lần CSTĐCS liên tục, chị văn phòng bảo 2 lần, "
            "chị văn phòng nói đúng không",
            "Không",
            "03 lần",
        ),
        (
            "cstd cap tinh can may lan cstdcs lien tuc, a to chuc bao 3 lan, a noi dung k",
            "Có",
            "03 lần",
        ),
        (
            "LDTT ai ky quyet dinh, anh van phong bao chu tich xa ky, anh van phong noi dung k",
            "Có",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_saying_asked_right_judges_the_question_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str, needle: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert needle in text, text


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("ho so CSTD tinh gui di dau", "Sở Nội vụ"),
        ("hồ sơ đề nghị bằng khen tỉnh gửi đi đâu ạ", "Sở Nội vụ"),
        ("ho so de nghi co thi dua cua tinh nop di dau a", "Sở Nội vụ"),
        ("Hồ sơ xét Tập thể lao động tiên tiến gửi đi đâu vậy", "công chức phụ trách"),
        ("ho so ldtt nop o dau", "công chức phụ trách"),
        ("ho so xet CSTDCS chuyen den dau", "công chức phụ trách"),
    ],
)
def test_file_sent_asks_where_not_which_papers(
    officer_kb: KnowledgeBase, question: str, needle: str
) -> None:
    """ "hồ sơ … gửi đi đâu": where the file goes (Luật 2022 Điều 84; NĐ 152/2025: the Sở Nội
    vụ is the standing body of the province's council), not the list of its papers."""
    first = ask(officer_kb, question).split("\n\n")[0]
    assert "Nộp ở đâu" in first and needle in first, first


def test_papers_asked_with_where_keep_both(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "hồ sơ LĐTT gồm gì, nộp ở đâu")
    assert "Hồ sơ" in text and "Nộp ở đâu" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "con di bo doi nam nay xa co binh LDTT cho chau k",
        "em trai em đang đi bộ đội, năm nay có được xét lao động tiên tiến ở xã không",
        "chau toi la quan nhan chuyen nghiep, co dc xet LDTT k",
        "Bộ đội đang tại ngũ có được bình xét Lao động tiên tiến không ạ",
        "quan nhan co duoc danh hieu lao dong tien tien khong",
    ],
)
def test_serving_soldier_gets_chien_si_tien_tien(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 24 khoản 2: a quân nhân of the Quân đội nhân dân gets "Chiến sĩ tiên
    tiến", firmly, not the militia's "Tùy lực lượng"."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chiến sĩ tiên tiến" in text and "Quân nhân" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "anh Hùng đi bộ đội về, nay là công chức văn phòng xã, có được xét LĐTT không",
        "quân nhân xuất ngũ về làm công chức xã có được xét lao động tiên tiến không",
        "anh Nam bộ đội phục viên, giờ làm nhân viên hợp đồng ở UBND xã, cuối năm có được LĐTT k",
        "cuu quan nhan nay la vien chuc tram y te xa co dc xet ldtt k",
        "bo doi xuat ngu ve lam giao vien truong xa, co duoc lao dong tien tien khong",
    ],
)
def test_soldier_back_home_is_a_person(officer_kb: KnowledgeBase, question: str) -> None:
    """A soldier back in civilian life who works for the xã is a person like any other
    (Luật 2022 Điều 24 khoản 1, 3): LĐTT is open, the force's title is not asked."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chiến sĩ tiên tiến" not in text.split("\n\n")[0], text
