"""Stop 32, h196: runs of years told as lists or periods, and the trace tool on every stage.

Wordings are the helper's own (no set holds them).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge import officer_eval
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.trace_answer import trace


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(CONTENT)


def _first(kb: KnowledgeBase, question: str) -> str:
    text = kb.ask(question, officer_eval.AS_OF).text
    return text.split("\n\n")[0].split("\n", 1)[-1]


def test_trace_reaches_the_criteria_clause_stage(kb: KnowledgeBase) -> None:
    # `_verdict_of_part_of_criteria(block, criteria)` takes a block first and a str
    # second: the trace tool took the str for the block and crashed
    log = trace(
        kb,
        "mot thanh vien chi hoi noi tieu chi gia dinh van hoa do trung uong quy dinh chi tiet "
        "het, tinh khong duoc quy dinh them gi. vay co dung khong",
    )
    assert log[-1].startswith("  answer: ")


@pytest.mark.parametrize(
    "question",
    [
        "anh Hùng đạt CSTĐCS 3 năm liền 2024, 2025, 2026, có sáng kiến áp dụng trong toàn tỉnh, "
        "xã đề nghị CSTĐ tỉnh được không",
        "chi Lan 3 nam lien CSTDCS 2022-2024, de tai nghiem thu co pham vi anh huong trong tinh, "
        "de nghi chien si thi dua cap tinh dc ko",
        "đề nghị Chiến sĩ thi đua cấp tỉnh cho thầy Nam được không? thầy đạt CSTĐCS 03 lần liên "
        "tục, sáng kiến nhân rộng toàn tỉnh",
        "CSTĐCS 3 năm liền 2024-2026 có sáng kiến áp dụng trong toàn tỉnh thì xin CSTĐ tỉnh được k",
        "CSTĐCS ba năm liền 2023-2025, sáng kiến áp dụng toàn tỉnh, vậy xin CSTĐ tỉnh được chứ",
        "ông Tư 2 lần liên tục đạt CSTĐ tỉnh, có sáng kiến ảnh hưởng toàn quốc, đề nghị CSTĐ "
        "toàn quốc được không",
    ],
)
def test_run_and_reach_told_settle_the_title(kb: KnowledgeBase, question: str) -> None:
    # the years in a row and the initiative's reach, both told: every criterion met
    # (Luật 2022 Điều 21 khoản 1, Điều 22 khoản 1)
    assert _first(kb, question).startswith("Có.")


@pytest.mark.parametrize(
    "question",
    [
        "em đạt CSTĐCS 3 năm liên tục, sáng kiến chỉ áp dụng trong xã, đề nghị CSTĐ tỉnh "
        "được không",
        "em đạt CSTĐCS 2 năm liền, sáng kiến áp dụng toàn tỉnh, đề nghị CSTĐ tỉnh được không",
    ],
)
def test_run_or_reach_short_stays_no(kb: KnowledgeBase, question: str) -> None:
    assert _first(kb, question).startswith("Không.")


@pytest.mark.parametrize(
    "question",
    [
        "cô Hoa đạt CSTĐCS 2022, 2024 và 2025, năm 2023 chỉ LĐTT, vậy có đủ 3 lần để đề nghị "
        "CSTĐ tỉnh không",
        "anh Minh CSTDCS cac nam 2021, 2022, 2024, tinh la 3 lan de len CSTD tinh dc k",
        "phó chủ tịch bảo chị Thu đạt CSTĐCS năm 2020, 2022, 2023 thì đủ điều kiện CSTĐ tỉnh, "
        "đúng không",
        "ong Ba dat chien si thi dua co so 2023, 2025, 2026, de nghi CSTD tinh duoc khong",
        "Chị Ngọc là CSTĐCS năm 2019, 2021 và 2022 thì đã đủ để lên CSTĐ cấp tỉnh chưa ạ",
    ],
)
def test_years_listed_with_a_gap_break_the_run(kb: KnowledgeBase, question: str) -> None:
    # a year missing from the list breaks the 03 lần liên tục (Luật 2022 Điều 22 khoản 1
    # điểm a), whoever claims it counts
    first = _first(kb, question)
    assert first.startswith("Không."), first
    assert "liên tục" in first


@pytest.mark.parametrize(
    "question",
    [
        "Tỉnh tôi có quy chế giới hạn LĐTT không quá 70% số cán bộ, vậy xã có phải theo 70% đó "
        "không",
        "quy chế của tỉnh khống chế CSTĐCS không quá 20% số người đạt LĐTT thì xã có phải làm "
        "theo không",
        "tỉnh em ban hành quy chế, tỷ lệ CSTĐCS tối đa 25%, xã có bắt buộc theo tỷ lệ đó không ạ",
        "tinh toi co quy che gioi han chien si thi dua co so khong qua 15% so LDTT, vay xa co "
        "phai theo muc do khong",
        "Tỉnh ban hành quy chế giới hạn CSTĐCS tối đa 20% số LĐTT, vậy phường có phải theo không",
    ],
)
def test_province_cap_told_binds_the_commune(kb: KnowledgeBase, question: str) -> None:
    # no cap by law, but the province's own quy chế that sets one binds its communes
    first = _first(kb, question)
    assert first.startswith("Có."), first
    assert "quy chế" in first


@pytest.mark.parametrize(
    "question",
    # "xã có bị khống chế tỷ lệ CSTĐCS không" left this list (task h263): with no law named it
    # asks whether the asker's xã is capped, which its province's quy chế decides ("Tùy");
    # see test_h263_left_to_province.py
    ["luật có giới hạn tỷ lệ CSTĐCS không", "cả nước có khống chế tỷ lệ CSTĐCS không"],
)
def test_no_cap_by_law_stays_no(kb: KnowledgeBase, question: str) -> None:
    # settled by the lead: no national cap (Luật 2022 Điều 23; NĐ 91/2017's 15 % repealed)
    assert _first(kb, question).startswith("Không.")
