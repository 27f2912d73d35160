"""A run of LĐTT years claimed to be required for CSTĐCS (the lead, stop 26).

Luật 2022 Điều 23 reviews Chiến sĩ thi đua cơ sở each year on that year's LĐTT and one route; a
run of LĐTT years is no criterion. h115 answers a run told or claimed enough with the case
"nam_ldtt" ("Tùy" when only the run is told). A run claimed *required* ("phải … mới") is a claim
of a criterion the law does not set, and gets the title's own years rule: "Không".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi muon dc chien si thi dua co so thi can 3 nam lien LDTT moi dc, dung k",
        "chi hoi bao CSTDCS phai co 2 nam lien dat LDTT moi dc de nghi, co dung k",
        "CSTĐCS bắt buộc phải 2 năm liên tục lao động tiên tiến mới được xét à",
    ],
)
def test_a_run_claimed_required_is_no_criterion(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Không cần năm liên tục" in text, text


def test_a_run_claimed_enough_still_reads_the_missing_route(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "chi can 2 nam LDTT lien la du CSTDCS a", "Không")
    assert "Chưa đủ" in text, text
