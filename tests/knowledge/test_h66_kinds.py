"""Task h66: blind set 16's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind16_questions.yaml``)
and each test asserts what the officer sees in the chat.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing on a list": the yes/no that closes a list of whom ("cho A, B,
        # C không") is asked of every item, with the clause's own question (who gives it)
        "chủ tịch UBND xã có quyền tặng giấy khen cho cán bộ, thôn, hộ gia đình không",
        "Chủ tịch xã có ký giấy khen cho tập thể, cá nhân không ạ",
        "ct xa dc tang giay khen cho ho gia dinh, ca nhan, tap the ko",
    ],
)
def test_a_yesno_closing_a_list_is_asked_of_every_item(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    verdicts = leading_verdicts(text)
    assert verdicts and set(verdicts) == {"Có"}, text
    assert text.count("Ai quyết định") >= 2, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, a requirement stated in another fact of the title": the title
        # claimed required is named as one to reach in the title's ratio or years fact, not in
        # the block asked; no "Tiêu chuẩn không đòi hỏi …" then
        "khoa cua tram y te co duoc TTLDTT ko, phai co bao nhieu LDTT",
        "bang khen chu tich tinh co can 2 lan cstdcs ko",
    ],
)
def test_a_requirement_stated_in_another_fact_is_no_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert "không đòi hỏi" not in text, text
    assert leading_verdicts(text)[:1] in (["Có"], ["Tùy"]), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, a basis read as an old rule": "căn cứ" folds like "cũ"; a fact
        # stating the claimed figure as "một căn cứ" confirms it
        "Bằng khen của chủ tịch tỉnh đòi 2 lần CSTĐCS liên tục phải không",
        "bang khen tinh can 2 lan lien tuc cstdcs dung k",
    ],
)
def test_a_basis_is_no_old_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    years = text.split("Số năm liên tục**\n", 1)
    assert len(years) == 2, text
    assert years[1].startswith("Có."), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong, a claim agreeing with the refused case": the figure required
        # ("cần / phải đủ N tháng") is what is claimed; the fact confirms it although the case
        # told (fewer months) is refused, and a figure it does not state is still denied
        ("em mới vào làm được 3 tháng, phải đủ 6 tháng mới xét LĐTT phải không", "Có"),
        ("nhân viên mới tuyển 2 tháng, cần 6 tháng mới được lao động tiên tiến đúng k", "Có"),
        ("nv moi tuyen 5 thang, can 10 thang moi dc ldtt dung k", "Không"),
    ],
)
def test_the_figure_required_is_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "the case told in a long letter misread": the whole is counted in teachers
        # ("cô giáo", "thầy cô") and the achievers as "người"; the achievers' own count is no
        # second count (9 of 9 read as 100 %)
        "tổ mình có 12 thầy cô, năm nay 5 người đạt LĐTT, tổ vẫn hoàn thành tốt nhiệm vụ. Vậy tổ "
        "có được đề nghị TTLĐTT không",
        "to mau giao co 9 co giao, 4 nguoi dat LDTT. to co dc tap the LDTT k",
    ],
)
def test_a_whole_counted_in_teachers(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa đạt mức trên 50 %" in text, text
