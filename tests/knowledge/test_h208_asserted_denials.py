"""Task h208: a denial the asker asserts with a closing "đâu (nhỉ)".

"… không ai thu hồi được đâu nhỉ", "… không phải nộp thuế đâu" put the denial up for
confirmation exactly as "… đúng không" does: the verdict judges the denial as stated. A bare
"… không … à" still asks its positive reading (the tuning sets key it so: yesno_tuning2 seven
items against two of b71, see BENCHMARKS.md "Stop 33, h208").

Sources: Luật Thi đua, khen thưởng 2022 Điều 93 khoản 8 (the deciding person annuls a decision
got by deceit and the money is recovered); Luật Thuế TNCN 04/2007/QH12 Điều 4 khoản 11 as
amended (bonuses with thi đua titles are not taxable income); Luật 2022 Điều 24 (LĐTT needs no
sáng kiến), Điều 5 khoản 2 (one achievement, one form); NĐ 86/2023 (GĐVH list posted for
comments).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # revocation: the decision can be annulled, so the asserted denial is wrong
        ("bằng khen tỉnh trao rồi thì không ai thu hồi được đâu nhỉ", "Không", "hủy bỏ"),
        ("CSTDCS da cong nhan roi thi chu tich xa ko huy bo dc dau a", "Không", "hủy bỏ"),
        ("giay khen phat roi thi khong ai thu hoi lai dc dau nhi", "Không", "hủy bỏ"),
        # tax: the bonus is not taxable income, so the asserted denial holds
        ("tiền thưởng LĐTT thì không bị tính thuế TNCN đâu nhỉ", "Có", "thuế"),
        ("tien thuong giay khen khong phai nop thue dau nhi", "Có", "thuế"),
        # requirement denied: LĐTT needs no sáng kiến; GĐVH needs the list posted
        ("LDTT khong can sang kien dau nhi", "Có", "hoàn thành tốt nhiệm vụ"),
        ("Lao động tiên tiến thì không cần sáng kiến đâu nhỉ", "Có", "hoàn thành tốt nhiệm vụ"),
        ("gia dinh van hoa ko can niem yet lay y kien dau nhi", "Không", "niêm yết"),
        # one achievement, one form
        ("mot thanh tich thi khong duoc khen nhieu hinh thuc dau nhi", "Có", "một thành tích"),
    ],
)
def test_asserted_denial_judged_as_stated(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a bare "à" still asks the positive reading (the majority of the tuning keys)
        ("lao dong tien tien khong can sang kien a", "Không"),
        ("chủ tịch xã không được tặng bằng khen tỉnh à", "Không"),
    ],
)
def test_bare_a_keeps_positive_reading(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # "gửi đâu" asks where, whatever denial the story tells before it
        "phong noi vu huyen ko con thi ho so bang khen tinh gui dau",
        "Hội đồng TĐKT huyện không còn thì hồ sơ CSTĐ tỉnh của xã nộp đâu",
    ],
)
def test_where_after_denial_gets_no_verdict(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0].partition("\n")[2]
    assert not first.startswith(("Có.", "Không.")), text
