"""Issue 18 (task h33): a question no entry, fact or plan answers is answered from the clause.

Readers write to legal columns politely and at length ("Cho em hỏi … hiện nay được nhà nước quy
định ra sao ạ?"); the engine used to decline such questions even when a packaged clause states
the answer, because the framing words outweighed the topic. These questions are written for the
tests, not taken from any evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.wrong_claims import check

TODAY = date(2026, 11, 22)


def test_a_polite_question_on_the_principles_is_answered_from_article_5(
    officer_kb: KnowledgeBase,
) -> None:
    answer = officer_kb.ask(
        "Cho em hỏi nguyên tắc khen thưởng hiện nay được nhà nước quy định ra sao ạ?", TODAY
    )
    assert answer.answered and answer.entry_id is None and answer.passage_id is None
    assert answer.text.startswith("**Theo Điều 5 khoản 2 Luật Thi đua, khen thưởng 2022**")
    # the clause itself, verbatim, and the list it announces
    assert "“Việc khen thưởng được thực hiện theo các nguyên tắc sau đây:”" in answer.text
    assert "thành tích đến đâu khen thưởng đến đó" in answer.text
    assert "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích" in answer.text
    assert "kiểm tra văn bản gốc" in answer.text  # the packaged text is a partial extract
    assert "Căn cứ: Điều 5 khoản 2 Luật Thi đua, khen thưởng 2022 (06/2022/QH15)." in answer.text
    assert [(s.title, s.citation) for s in answer.sources] == [
        ("Luật Thi đua, khen thưởng 2022", "Điều 5 khoản 2")
    ]
    assert not check([("law", answer.text)])


@pytest.mark.parametrize(
    ("question", "where", "says"),
    [
        (
            "Cho em hỏi phạm vi tổ chức thi đua gồm những cấp nào theo quy định hiện nay?",
            "Điều 16 khoản 2 Luật Thi đua, khen thưởng 2022",
            "Cụm, khối thi đua",
        ),
        (
            "Xin hỏi nội dung tổ chức phong trào thi đua gồm những gì theo luật hiện hành?",
            "Điều 17 Luật Thi đua, khen thưởng 2022",
            "5. Sơ kết, tổng kết và khen thưởng.",
        ),
        (
            "Cho em hỏi hình thức tổ chức thi đua gồm những hình thức nào ạ?",
            "Điều 16 khoản 1 Luật Thi đua, khen thưởng 2022",
            "Thi đua thường xuyên",
        ),
    ],
)
def test_questions_no_entry_covers_are_answered_from_the_clause(
    officer_kb: KnowledgeBase, question: str, where: str, says: str
) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert answer.answered and answer.entry_id is None and answer.passage_id is None
    assert answer.text.startswith(f"**Theo {where}**")
    assert says in answer.text
    assert "kiểm tra văn bản gốc" in answer.text
    assert f"Căn cứ: {where} (06/2022/QH15)." in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # words the law texts never use ("mở cửa", "kinh phí sửa chữa"): no clause can answer
        "nhà văn hóa của thôn mở cửa lúc mấy giờ",
        "Ai lo kinh phí sửa chữa hội trường thôn?",
        # framed like a legal question, about another field
        "Cho tôi hỏi quy định hiện nay về việc đặt tên đường trong xã ra sao?",
        "Cho em hỏi lịch tiêm chủng của trạm y tế xã như thế nào?",
        "hồ sơ xin vay vốn ngân hàng chính sách gồm những gì",
        # the clause on who is responsible holds most of it, but not "kinh phí"
        "Cơ quan nào chịu trách nhiệm về kinh phí công tác thi đua, khen thưởng?",
        # "nguyên tắc … quy định như thế nào" about another field: a third of it matches
        "Xin hỏi nguyên tắc xét tuyển viên chức hiện nay được quy định như thế nào?",
        "Tiền thưởng thi đua có được chuyển khoản không?",
    ],
)
def test_what_no_clause_answers_is_still_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered and answer.sources == []
    assert "Theo Điều" not in answer.text and "Căn cứ" not in answer.text
