"""Task h115 (stop 26): two kinds of claim left in the older tuning sets and in the lead's own
wording. A level claimed to pay a prize ("… xã chi à") is weighed against the level that
decides the title (the fund of the deciding level pays, NĐ 152/2025); a level claimed to cancel a
decision whose awarder the question tells ("… hủy quyết định khen của xã") is weighed against
that awarder (Luật 2022 Điều 93 khoản 8). Wordings are our own, none copied from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã's chairman decides giấy khen and LĐTT: the xã's fund pays
        ("tiền thưởng giấy khen xã chi à", "Có"),
        ("tien thuong LDTT la xa chi tu quy thi dua cua xa phai ko", "Có"),
        # the province's chairman decides: the province's fund pays, not the xã's
        ("bằng khen tỉnh cho cán bộ xã thì tiền thưởng do xã chi đúng k", "Không"),
        ("tien thuong TTLDXS xa tu chi a", "Không"),
        ("tiền thưởng chiến sĩ thi đua cấp tỉnh thì tỉnh chi phải không", "Có"),
    ],
)
def test_payer_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quỹ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # no title named: the decision told as the xã's is the xã chairman's to cancel
        ("có phải chỉ chủ tịch tỉnh mới được hủy quyết định khen thưởng của xã không", "Không"),
        ("chi chu tich UBND tinh moi co quyen huy bo qd khen cua xa dung k", "Không"),
        ("chủ tịch xã có quyền hủy quyết định khen do xã ban hành không", "Có"),
    ],
)
def test_revoker_of_told_decision(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 93" in text or verdict == "Có", text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 23: years of LĐTT are no criterion of CSTĐCS; a claim that they are
        # enough is "Không", with the route still needed
        ("chỉ cần 2 năm LĐTT là đủ CSTĐCS à", "Không"),
        ("3 nam lien dat LDTT la du chien si thi dua co so roi dung k", "Không"),
        # Điều 22 khoản 1: three runs of CSTĐCS for the province's title, told beside a workplace
        (
            "cô Hoa dạy ở trường mầm non xã, 2 năm liền đạt CSTĐCS, đề nghị CSTĐ tỉnh được không",
            "Không",
        ),
    ],
)
def test_run_of_held_title_toward_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "liên tục" in text or "sáng kiến" in text, text


def test_what_a_run_leads_to(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "đạt lao động tiên tiến 3 năm liền thì được những gì")
    assert "không phải tiêu chuẩn của Chiến sĩ thi đua cơ sở" in text, text
    text = ask(officer_kb, "cstdcs 3 nam lien thi duoc gi")
    assert "Chiến sĩ thi đua cấp tỉnh: Số năm liên tục" in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # the figure is put up; who pays is only told
        ("gdvh thon van hoa gio xa chi thi van 1,5 lan luong co so dung k", "3.800.000"),
    ],
)
def test_payer_only_told(officer_kb: KnowledgeBase, question: str, amount: str) -> None:
    text = ask(officer_kb, question)
    assert amount in text, text


def test_run_not_told_as_one_gets_no_yes(officer_kb: KnowledgeBase) -> None:
    # "2 năm" with neither "liền" nor "đủ": the count cannot be weighed, so no firm "Có"
    text = ask(officer_kb, "CSTĐ tỉnh chỉ cần 2 năm CSTĐCS là được à")
    assert leading_verdicts(text)[:1] != ["Có"], text


@pytest.mark.parametrize(
    "question", ["khen đột xuất bao lâu thì có quyết định", "khen dot xuat may ngay co ket qua"]
)
def test_sudden_award_processing_time(officer_kb: KnowledgeBase, question: str) -> None:
    # the simplified procedure's own time block, not the general one listing every title
    text = ask(officer_kb, question)
    assert text.startswith("**Khen thưởng đột xuất"), text
    assert "thủ tục đơn giản" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # no word for the prize: the sum paid for the title is what is put up (0,3 × 2.530.000)
        (
            "QĐ LĐTT của anh ký 10/9/2026, kế toán chi 700.000. kế toán chi vậy có đúng không",
            "Không",
        ),
        ("qd lao dong tien tien ky 3/10/2026, e nhan 760.000. nhu vay dung k", "Có"),
    ],
)
def test_sum_paid_without_prize_word(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "760.000" in text, text
