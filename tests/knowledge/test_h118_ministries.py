"""Bộ Quốc phòng / Bộ Công an named as the one holding a power (task h118, law-coverage set
yesno_tuning5): Luật 2022 Điều 80 khoản 5 gives the two ministries the power over the titles of
the army, the police and the standing militia, and none over a commune official's title (Điều 80
khoản 3). The titles' "decides" verdicts answer whether the xã decides, so the ministry named is
read against whom the fact gives the power. Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "chiến sĩ tiên tiến thì bộ quốc phòng quy định ai có thẩm quyền tặng phải không",
            "Có",
        ),
        ("chien si tien tien ben cong an do bo cong an quy dinh tham quyen ha", "Có"),
        # a commune official's title: the xã chairman decides, not a ministry
        ("lao dong tien tien cho can bo xa do bo quoc phong quyet dinh dung ko", "Không"),
        ("bộ công an có quyết định tặng CSTĐCS cho công chức văn phòng xã không", "Không"),
    ],
)
def test_ministry_named(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Quốc phòng" in text or "Chủ tịch UBND xã" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 80 khoản 1: the head of a provincial department gives these four
        ("giám đốc sở tài chính có được tặng giấy khen cho phòng thuộc sở không", "Có"),
        ("giam doc so giao duc co quyet dinh tang cstdcs cho giao vien cua so dc k", "Có"),
        # and nothing the province's chairman gives
        ("gđ sở có được ký bằng khen cho cán bộ của sở không", "Không"),
        ("giam doc so tu tang tap the lao dong xuat sac cho phong cua minh dc ko", "Không"),
    ],
)
def test_department_head_named(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 80 khoản 1" in text


def test_so_noi_vu_signer_kept(officer_kb: KnowledgeBase) -> None:
    # the Sở Nội vụ named as who signs the province's award keeps its own reading (h108)
    text = ask_verdict(officer_kb, "bằng khen tỉnh do giám đốc sở nội vụ ký đúng không", "Không")
    assert "Sở Nội vụ" in text
