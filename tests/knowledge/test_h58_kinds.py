"""Task h58: blind set 13's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind13_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, figure claimed": a prize claimed as months of base salary, or
        # with the multiple written as a word, is the same claim as "N lần lương cơ sở"
        ("LĐTT được thưởng một tháng lương cơ sở phải không", "Không"),
        ("Giấy khen của chủ tịch xã thưởng nửa tháng lương cơ sở, đúng chứ?", "Không"),
        ("tap the LDTT thuong 2 thang luong co so dung ko", "Không"),
    ],
)
def test_a_prize_claimed_in_months_of_base_salary(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong, who decides": "… thì xã có quyền quyết định" claims the xã
        # decides, though the title's own name carries the province
        (
            "tap the lao dong xuat sac do chu tich tinh tang thi xa co quyen quyet dinh khong",
            "Không",
        ),
        ("CSTD cap tinh cua chu tich tinh thi xa co quyen ky k", "Không"),
        ("LDTT thi xa co quyen quyet dinh k", "Có"),
        ("giay khen cua chu tich xa thi xa co quyen quyet dinh k", "Có"),
    ],
)
def test_the_xa_claimed_to_decide_after_thi(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing, law claimed to set the details": the fact leaves the details
        # to the province in a sentence after its lead, which answers "luật có ghi chi tiết"
        "Luật có quy định cụ thể tiêu chuẩn Giấy khen của chủ tịch xã không?",
        "tieu chuan LDTT nghi dinh co ghi chi tiet khong",
        "ho so LDTT nghi dinh co quy dinh cu the k",
    ],
)
def test_details_left_to_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "tỉnh" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, a removal claimed": the asker puts up "X đã bị bỏ / không còn"
        # for confirmation; the fact's "Không" (X no longer exists) confirms it
        "Huy hiệu của tỉnh không còn nữa phải không",
        "thi tran tieu bieu khong con xet nua dung ko",
        "nghe bảo huy hiệu cấp tỉnh bị bãi bỏ rồi, đúng chứ",
    ],
)
def test_a_removal_claimed_is_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, reform": one clause tells the district as the past and then
        # claims the xã does it now; the claim is the xã's power, not the district's
        "giấy khen trước đây huyện tặng giờ xã tặng phải không",
        "thôn văn hóa trước kia huyện công nhận hiện nay xã công nhận đúng không",
        "LDTT cho co giao mam non truoc day huyen xet gio xa xet dung ko",
    ],
)
def test_past_then_now_in_one_clause(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Có" in leading_verdicts(text), text
    assert "Không" not in leading_verdicts(text), text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # kind "wrong title read": a title counted in times ("3 lần CSTĐCS") or put beside what
        # more is asked ("ngoài CSTĐCS") is held, the other title named is the one asked about
        (
            "Chiến sĩ thi đua tỉnh: ngoài 3 lần CSTĐCS liên tục thì còn phải có sáng kiến không",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
        (
            "Anh tôi đã được 3 lần CSTDCS liên tiếp. Muốn đề nghị CSTĐ cấp tỉnh. Ngoài 3 lần "
            "CSTĐCS cần thêm điều kiện gì?",
            "Chiến sĩ thi đua cấp tỉnh",
        ),
        (
            "bang khen tinh, ngoai 2 lan CSTDCS con can dieu kien gi nua",
            "Bằng khen của Chủ tịch UBND tỉnh",
        ),
    ],
)
def test_a_title_held_is_not_the_title_asked(
    officer_kb: KnowledgeBase, question: str, asked: str
) -> None:
    text = ask(officer_kb, question)
    assert text.startswith(f"**{asked}"), text
    assert "**Chiến sĩ thi đua cơ sở" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "wrong attribute read": "có bắt buộc phải có <another title> trước không" asks
        # whether the first title's criteria require the other, not about a deadline
        ("đề nghị Bằng khen tỉnh thì có cần có giấy khen của xã trước không", "Không"),
        ("CSTD tinh co can phai co bang khen tinh truoc khong", "Không"),
        ("CSTD tinh co bat buoc phai co CSTDCS truoc khong", "Có"),
    ],
)
def test_a_title_required_before_another(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert "Tiêu chuẩn" in text.split("\n", 1)[0], text
    assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "case told ignored, long letter": the month a hire started is told with who was
        # hired between the verb and the month; before six months by the year's end it is the
        # new hire's case
        "Trường nhận công tác một cô giáo mới từ tháng 9. Cuối năm trường muốn đề nghị LĐTT "
        "cho cô. Có được không?",
        "Thôn báo xã tuyển dụng 2 nhân viên văn phòng vào tháng 10. Đến tháng 12 bình xét, "
        "họ có được LĐTT không?",
        "xa tuyen dung chi Mai lam ke toan tu thang 8. Cuoi nam xet LDTT cho chi duoc khong",
    ],
)
def test_hire_month_told_with_words_between(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "6 tháng" in text, text
    assert "Không" in leading_verdicts(text), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "case told ignored, wrong recipient": a person told in the letter is who a
        # personal title is asked for, though the xã acts in it too (it recognised the
        # initiative, it employs the person)
        "Chị Hương là công chức tư pháp xã, đạt LĐTT và có đề tài được xã nghiệm thu. Chị có "
        "đủ điều kiện CSTĐCS không?",
        "Chi Mai vien chuc tram y te, nam nay dat LDTT, co de tai duoc xa nghiem thu. Chi muon "
        "de nghi CSTDCS. Chi du dieu kien khong?",
    ],
)
def test_the_person_told_is_the_recipient(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "không tặng cho xã" not in text, text
    assert leading_verdicts(text)[:1] == ["Có"], text


def test_the_xa_alone_is_still_the_recipient(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "xa co duoc tang CSTDCS khong")
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "fact missing": the urban district (quận) was abolished with the rural one
        # (domain brief: "huyện/quận"); its council and chairman are the reform's cues too
        "Hội đồng thi đua khen thưởng quận bây giờ còn họp xét không?",
        "chu tich quan con ky quyet dinh LDTT k",
    ],
)
def test_the_quan_was_abolished_with_the_huyen(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Cấp huyện đã bỏ từ 01/7/2025**"), text
    assert leading_verdicts(text)[:1] == ["Không"], text


def test_co_quan_is_no_district(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "co quan cu cua toi co duoc xet TTLDTT khong")
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "fact missing / not read": "VN" for "Việt Nam", and "Mẹ Việt Nam anh hùng"
        # without "Bà", name the state honour title (Luật 2022 Điều 59 khoản 2)
        "Mẹ VN anh hùng có phải danh hiệu thi đua không",
        "Bà mẹ VN anh hùng do ai quyết định",
    ],
)
def test_the_state_honour_in_short(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Khen thưởng cấp Nhà nước"), text
