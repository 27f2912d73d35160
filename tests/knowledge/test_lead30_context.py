"""Stop 30, the lead: words that change nothing a lawyer cares about must not change the answer.

h155 measured it (``python -m tests.knowledge.perturb --family context``): a polite closer after
the ask ("… a nhé", "… đúng k với ạ", "…, em cảm ơn") and a clause saying who asks before a
message of two asks ("em làm văn phòng xã, …") dropped or flipped right verdicts. Wordings of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.retype import Retyper, introduces
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "tu 2026 cstdcs van do xa ky dung k, em cam on ad nhieu",
            "tu 2026 cstdcs van do xa ky dung k",
        ),
        (
            "Quỹ thi đua xã miền núi tối đa 1,5% phải không? Em cảm ơn",
            "Quỹ thi đua xã miền núi tối đa 1,5% phải không?",
        ),
        ("ttldtt do chu tich tinh tang a nhe", "ttldtt do chu tich tinh tang a"),
        ("ldtt co can sang kien khong voi a", "ldtt co can sang kien khong"),
        # thanks that are the content, and an asking "vậy à" typed bare, stay
        ("hộ nghèo nhận hỗ trợ có được cảm ơn", "hộ nghèo nhận hỗ trợ có được cảm ơn"),
        (
            "truoc can 10 thang moi xet ldtt, gio van vay a",
            "truoc can 10 thang moi xet ldtt, gio van vay a",
        ),
    ],
)
def test_a_polite_closer_is_no_part_of_the_question(typed: str, meant: str) -> None:
    assert Retyper({})(typed) == meant


def test_a_closer_after_the_ask_keeps_the_verdict(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "ttldtt do chu tich tinh tang a nhe", "Không")


@pytest.mark.parametrize(
    ("question", "second"),
    [
        (
            "em lam van phong xa, thi tran tieu bieu con k, con xa tieu bieu thi co k",
            "Xã, phường, đặc khu tiêu biểu: Ai được xét",
        ),
        (
            "minh o thon 2, thon dc tang danh hieu gia dinh van hoa k, con ho gia dinh thi dc k",
            "Gia đình văn hóa: Ai được xét",
        ),
    ],
)
def test_who_asks_does_not_hide_the_second_ask(
    officer_kb: KnowledgeBase, question: str, second: str
) -> None:
    # the second ask's block is added after the first ask's (whose title may be the same)
    last = ask(officer_kb, question).split("\n\n")[-1]
    assert last.startswith(f"**{second}**\nCó."), last


def test_who_asks_does_not_hide_the_ask_before_a_who(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "mọi người ơi, thôn văn hóa do chủ tịch tỉnh công nhận đúng không, vậy ai công nhận",
        "Không",
    )


def test_a_clause_telling_the_claim_is_not_set_apart(officer_kb: KnowledgeBase) -> None:
    # "nghe nói …, nông dân không được, đúng k" is one claim: no second block of its own
    text = ask(officer_kb, "nghe noi cstdcs chi danh cho cong chuc, nguoi hop dong k dc, dung k")
    assert text.count("**Chiến sĩ thi đua cơ sở: Ai được xét**") <= 1


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("em làm văn phòng ubnd xã, cho hỏi sáng kiến được hiểu là gì", "Sáng kiến là giải pháp"),
        ("em la giao vien truong tieu hoc, luong co so bay gio la bao nhieu", "2.530.000"),
    ],
)
def test_who_asks_does_not_dilute_retrieval(
    officer_kb: KnowledgeBase, question: str, shown: str
) -> None:
    assert shown in ask(officer_kb, question)


def test_who_asks_stays_when_it_is_what_is_asked(officer_kb: KnowledgeBase) -> None:
    # the trưởng thôn's own dossier: without "trưởng thôn" the ask names no topic
    text = ask(officer_kb, "em la truong thon, hop xong roi thi nop nhung giay to gi len xa")
    assert "Gia đình văn hóa" in text


@pytest.mark.parametrize(
    ("clause", "only_who_asks"),
    [
        ("em là công chức văn hóa xã", True),
        ("em mới nhận việc thi đua", True),
        ("mình ở thôn 5", True),
        # the asker's case is what a rule reads: it is no introduction to set aside
        ("e mới tuyển dụng tháng 8", False),
        ("em là viên chức đang nghỉ thai sản", False),
        ("mình bị khiển trách năm nay", False),
    ],
)
def test_an_introduction_tells_no_case(clause: str, only_who_asks: bool) -> None:
    assert introduces(clause) is only_who_asks
