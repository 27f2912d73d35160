"""Task h105: claims put up for confirmation whose tail folds to "a" ("à", or a polite "ạ") open
with the verdict when they state who decides ("… do chủ tịch xã ký à"); a polite request that
names no decider stays a plain question. Wordings are our own, none copied from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật Điều 80 khoản 3: the xã chairman decides LĐTT
        ("ldtt do chủ tịch xã ký à", "Có"),
        ("danh hieu lao dong tien tien do ct xa quyet dinh a", "Có"),
        # Luật Điều 27, 79: TTLĐXS is the province chairman's, the xã only proposes
        ("ttldxs do chu tich xa quyet dinh a", "Không"),
        ("tap the lao dong xuat sac do chu tich tinh ky a", "Có"),
    ],
)
def test_decider_put_up(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_two_titles_one_decider(officer_kb: KnowledgeBase) -> None:
    # each title's own decider decides its own part
    q = "lđtt và gđvh đều do chủ tịch xã ký à"
    ask_part_verdict(officer_kb, q, "Lao động tiên tiến: Ai quyết định", "Có")
    ask_part_verdict(officer_kb, q, "Gia đình văn hóa: Ai quyết định", "Có")
    q = "lao dong tien tien va ttldxs deu do chu tich xa ky a"
    ask_part_verdict(officer_kb, q, "Tập thể lao động xuất sắc: Ai quyết định", "Không")


def test_polite_request_is_no_claim(officer_kb: KnowledgeBase) -> None:
    # "ạ" after a request that names no decider asks nothing to confirm
    text = ask(officer_kb, "em muon hoi ve viec ky quyet dinh lao dong tien tien a")
    assert leading_verdicts(text)[:1] == [], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 152/2025 Điều 49: lương cơ sở on the day the decision is signed, not the payout day
        ("tien thuong tinh theo luong co so luc phat thuong a", "Không"),
        ("tiền thưởng tính theo lương cơ sở vào ngày ký quyết định à", "Có"),
    ],
)
def test_moment_put_up(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)
