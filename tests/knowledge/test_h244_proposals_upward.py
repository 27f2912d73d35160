"""Stop 34 (h244): a proposal sent above the xã with no form named ("hồ sơ khen cao gửi đâu")
and a dossier claimed sent to a central body ("gửi thẳng về Ban TĐKT TW", "nộp lên Bộ Ngoại
giao"). Every such dossier of the xã goes to the province's Sở Nội vụ first (Luật Thi đua,
khen thưởng 2022 Điều 79; NĐ 152/2025/NĐ-CP), and the deadline is the province's."""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase

AS_OF = date(2026, 11, 22)


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ đề nghị khen cao của xã gửi về đâu ạ",
        "xa de nghi khen cap tren thi nop ho so cho co quan nao",
        "Phường trình khen cao thì chuyển hồ sơ lên đâu",
        "ho so khen cap cao nop o dau vay ad",
        "bên mình muốn đề nghị khen cao cho anh trưởng thôn, hồ sơ gửi ai",
    ],
)
def test_upward_proposal_goes_to_so_noi_vu(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, AS_OF).text
    first = text.split("\n\n")[0]
    assert "Sở Nội vụ" in first, text[:300]


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói hồ sơ khen cao giờ gửi thẳng ra Ban thi đua khen thưởng trung ương, không qua"
        " tỉnh, đúng không",
        "ho so bang khen tinh xa nop thang len bo noi vu k qua tinh dung k",
        "người ta bảo hồ sơ CSTĐ tỉnh xã phải trình thẳng Thủ tướng, phải không",
        "nghe noi viet kieu muon dc bang khen tinh thi tu nop ho so len bo ngoai giao, dung k ad",
        "hồ sơ đề nghị bằng khen thủ tướng xã gửi thẳng về trung ương không qua tỉnh được không",
    ],
)
def test_dossier_claimed_sent_to_the_centre_is_denied(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = officer_kb.ask(question, AS_OF).text
    first = text.split("\n\n")[0]
    assert first.split("\n")[1].startswith("Không."), text[:300]
    assert "Sở Nội vụ" in first


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ bằng khen tỉnh xã gửi lên Sở Nội vụ đúng không",
        "ho so CSTD tinh xa nop thang len tinh dung k",
    ],
)
def test_the_right_route_is_still_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, AS_OF).text
    assert text.split("\n")[1].startswith("Có."), text[:300]


def test_a_higher_form_asked_as_the_ladder_is_not_the_route(officer_kb: KnowledgeBase) -> None:
    # "khen cao hơn" asks whether a lower form must come first, not where a dossier goes
    text = officer_kb.ask("phải có giấy khen rồi mới được khen cao hơn à", AS_OF).text
    assert "Nộp ở đâu" not in text.split("\n\n")[0]


def test_a_level_passed_by_is_no_cap(officer_kb: KnowledgeBase) -> None:
    # "không qua tỉnh" (past the province) folds like "không quá" (a cap): no cap is asked
    text = officer_kb.ask(
        "hồ sơ bằng khen tỉnh giờ gửi thẳng về Ban TĐKT trung ương, không qua tỉnh, phải không",
        AS_OF,
    ).text
    assert "Tỷ lệ, giới hạn" not in text
