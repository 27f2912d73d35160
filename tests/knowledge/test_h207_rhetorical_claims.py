"""Task h207: a claim put up in a rhetorical frame is judged as the claim the officer makes.

- "… chứ gì / chứ nhỉ / chứ ạ / chứ hả": a tag asking to confirm the claim before it; "gì" is no
  what-ask here, and a second ask after it ("…, hồ sơ gồm những gì") stays asked.
- "đâu (có) cần / được / phải X (đâu) (nhỉ)": "đâu" negates; the claim is "X is not needed /
  not allowed", judged "Có." when the law agrees (LĐTT needs no sáng kiến: Luật TĐKT 2022
  Điều 24) and "Không." when it does not (CSTĐCS needs LĐTT first: Điều 23).
- "chẳng phải X sao / à / hả" claims X ("LĐTT thưởng bao nhiêu, chẳng phải 0,3 lần sao": Có).
  "chẳng lẽ X sao" is asked of X's positive core (test_lead33_doubted_claims.py).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.rhetoric import restated
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Giấy khen của chủ tịch xã cho cá nhân thưởng 0,3 lần lương cơ sở chứ nhỉ?",
            "Có",
            "760.000",
        ),
        ("LDTT cua can bo xa do chu tich UBND xa quyet dinh chu a", "Có", "Chủ tịch UBND xã"),
        ("ca nhan bi ky luat canh cao van dc xet CSTDCS chu gi", "Không", "khiển trách"),
        ("TTLĐXS thì chủ tịch xã tự quyết được chứ hả", "Không", "Chủ tịch UBND tỉnh"),
        ("chien si thi dua tinh thuong 3 lan luong co so chu gi", "Có", "7.590.000"),
        ("Giấy khen xã cho tập thể thưởng 1,5 lần lương cơ sở chứ gì ạ", "Không", "1.520.000"),
    ],
)
def test_claim_tagged_for_confirmation(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


def test_tag_keeps_the_other_ask(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "CSTĐ tỉnh thưởng 3 lần lương cơ sở chứ gì, ai quyết định", "Có")
    assert "7.590.000" in text and "Chủ tịch UBND tỉnh" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("LĐTT đâu cần sáng kiến đâu nhỉ", "Có", "sáng kiến"),
        ("Chien si thi dua co so dau can dat LDTT dau", "Không", "Lao động tiên tiến"),
        ("nguoi bi ky luat khien trach trong nam dau duoc xet LDTT dau a", "Có", "khiển trách"),
        (
            "Thôn văn hóa đâu có cần biên bản họp bình xét, em chỉ làm tờ trình thôi",
            "Không",
            "biên bản",
        ),
        ("CSTD cap tinh dau phai co sang kien dau nhi", "Không", "sáng kiến"),
    ],
)
def test_denied_with_dau(officer_kb: KnowledgeBase, question: str, verdict: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "6 thang dau co dc xet LDTT khong",  # "đầu": the first months, no denial
        "nop ho so de nghi bang khen o dau duoc a",  # "ở đâu": a place asked
        "tien thuong giay khen chi tu dau",
    ],
)
def test_dau_not_a_denial(question: str) -> None:
    assert not restated(question).turned


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("Chẳng phải CSTĐ tỉnh do chủ tịch UBND tỉnh quyết định sao?", "Có", "Chủ tịch UBND tỉnh"),
        ("chang phai LDTT thuong 0,3 lan luong co so a", "Có", "760.000"),
        ("LĐTT thưởng bao nhiêu, chẳng phải 0,3 lần lương cơ sở sao", "Có", "760.000"),
        ("Tập thể LĐXS thưởng bao nhiêu, chả phải 1,5 lần lương cơ sở à", "Có", "3.800.000"),
        (
            "thon van hoa duoc thuong bao nhieu vay, chang phai 1,5 lan luong co so u",
            "Có",
            "3.800.000",
        ),
        ("chả phải giấy khen của chủ tịch xã thưởng 1 lần lương cơ sở hả", "Không", "0,3"),
    ],
)
def test_isnt_it(officer_kb: KnowledgeBase, question: str, verdict: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


def test_owner_is_no_tag() -> None:
    # "chủ ạ" (the owner, with marks) is no "chứ" tag
    assert restated("hồ sơ này em gửi cho chủ ạ").text == "hồ sơ này em gửi cho chủ ạ"


def test_answer_text_reads_back(officer_kb: KnowledgeBase) -> None:
    assert ask(officer_kb, "LDTT thuong 0,3 lan luong co so chu gi")
