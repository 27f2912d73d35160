"""Stop 33, the lead: "chẳng lẽ X sao" answered on X's positive core; defence staff read as people.

The asker doubts X. When X holds a denial ("chẳng lẽ … không được xét sao"), the denial is what
is doubted and the verdict says whether the thing denied holds: "Có." when one is considered.
When X holds none ("chẳng lẽ … được khen hai lần sao"), the verdict says whether X holds. Both
are how yesno_tuning9 and blind71 key the form, where X's polarity decides.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.rhetoric import restated
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # LĐTT's criterion is "hoàn thành tốt nhiệm vụ" (Luật TĐKT 2022 Điều 24)
        ("chang le can bo thon hoan thanh tot nhiem vu lai ko dc binh LDTT sao", "Có", "Lao động"),
        # CSTĐ tỉnh is decided by the province's chairman (Điều 80)
        # task h473: "chẳng lẽ X k … à" asserts the denial as typed (the b172/b173 voice, the
        # lead's brief: "chẳng lẽ hợp đồng không được xét LĐTT à?" → "Không."); only "… sao"
        # doubts it: the phường chairman indeed may not decide CSTĐ tỉnh, so "Có."
        ("Chẳng lẽ chủ tịch phường không được quyết định CSTĐ cấp tỉnh à?", "Có", "tỉnh"),
        # under 6 months of service, no LĐTT (NĐ 152/2025)
        (
            "chang le nhan viec tu thang 9 thi cuoi nam k dc xet lao dong tien tien sao",
            "Không",
            "6 tháng",
        ),
        # one achievement, one form (Luật 2022 Điều 6)
        ("chẳng lẽ một thành tích lại được khen hai hình thức sao", "Không", "thành tích"),
        # the xã chairman gives Giấy khen to households (Điều 75)
        ("chang le chu tich xa khong duoc tang giay khen cho ho gia dinh sao", "Có", "hộ gia đình"),
    ],
)
def test_doubted_claim_answered_on_its_core(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


def test_denial_dropped_from_the_doubted_claim() -> None:
    assert restated("chang le ma k dc xet sao").text == "ma dc xet phải không"
    # no denial: read as typed, which already judges X
    assert restated("chẳng lẽ được khen hai lần sao?").text == "chẳng lẽ được khen hai lần sao?"


@pytest.mark.parametrize(
    "question",
    [
        "công nhân quốc phòng có được xét chiến sĩ thi đua cơ sở của xã không",
        "vien chuc quoc phong dong o xa co dc xet LDTT cua xa k",
        "cong chuc quoc phong co duoc binh xet chien si thi dua co so khong",
    ],
)
def test_defence_staff_are_people_not_an_office(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 24 khoản 2: công nhân, công chức, viên chức quốc phòng hold "Chiến sĩ tiên
    # tiến"; the "phòng" of "quốc phòng" is no office, so the answer is not the collective's
    text = ask(officer_kb, question).split("\n\n")[0]
    assert "Chiến sĩ tiên tiến" in text and "danh hiệu cá nhân" not in text, text
