"""Task h102: wrong and missing yes/no verdicts pooled from the older tuning sets' misses and
fixed by the kind of reading that failed. Each kind is checked on wordings of our own (none
copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the old route told in two clauses, the present asked with "giờ"
        (
            "CSTD tinh truoc xa nop huyen roi huyen nop tinh, gio nop thang so noi vu dung k",
            "Có",
        ),
        # the district's council told abolished, the xã's own council asked
        ("hoi dong tdkt huyen giai the roi thi xa van phai thanh lap hoi dong tdkt xa chu", "Có"),
        # the old thing told, "nay xã tặng …" then a clause asking what comes with it
        (
            "truoc huyen tang CSTDCS co bang chung nhan, nay xa tang CSTDCS thi co duoc bang "
            "chung nhan kem khung k",
            "Có",
        ),
    ],
)
def test_present_asked_after_district_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """A district told as the past (even over two clauses) and a present asked after "giờ /
    nay" or of the xã: the reform block says what changed but does not take the verdict."""
    text = ask_verdict(officer_kb, question, verdict)
    reform = next(b for b in text.split("\n\n") if "Cấp huyện đã bỏ" in b)
    assert "\nKhông." not in reform, text


@pytest.mark.parametrize(
    "question",
    [
        "truoc huyen cong nhan thon van hoa, gio huyen con cong nhan k",
        "truoc huyen xet LDTT, gio con xet k",
        # the present clause names the district again: not the old story going on
        "to dan pho van hoa truoc do huyen cong nhan, nay huyen con cong nhan nua k hay la xa",
    ],
)
def test_district_still_asked_keeps_its_no(officer_kb: KnowledgeBase, question: str) -> None:
    """Whether the district still does it is asked: the reform block answers "Không"."""
    ask_verdict(officer_kb, question, "Không")
