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


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã chairman's giấy khen also goes to collectives and households (Luật Điều 75)
        ("giấy khen của xã chỉ dành cho cá nhân thôi phải không", "Không"),
        ("giay khen chu tich xa chi tang cho tap the thoi dung k", "Không"),
        # so does the province's bằng khen (Luật Điều 74)
        ("bằng khen tỉnh chỉ tặng cho cá nhân thôi đúng không", "Không"),
        # a title for one kind of recipient alone confirms the claim
        ("TTLĐTT chỉ xét cho tập thể thôi đúng không", "Có"),
        ("lao dong tien tien chi danh cho ca nhan thoi phai k", "Có"),
        ("CSTĐCS chỉ tặng cho tập thể thôi đúng không", "Không"),
    ],
)
def test_only_one_kind_of_recipient(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """ "X chỉ tặng cho Y thôi" claims whom the title is for: read against all its recipients
    (not narrowed to Y's own giấy khen first), with the recipients said."""
    text = ask_verdict(officer_kb, question, verdict)
    # the reason names whom the title really goes to
    assert "cá nhân" in text or "tập thể" in text, text


def test_only_offered_as_the_other_answer_is_no_claim(officer_kb: KnowledgeBase) -> None:
    """ "hộ gia đình có được … không hay chỉ cá nhân": the first option is asked."""
    ask_verdict(officer_kb, "hộ gia đình có được tặng giấy khen không hay chỉ cá nhân thôi", "Có")
