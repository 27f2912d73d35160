"""Task h246 (stop 34): whose members form a collective's share of Lao động tiên tiến.

The share of Tập thể lao động tiên tiến (trên 50 % cá nhân đạt LĐTT, Luật Thi đua, khen thưởng
2022 Điều 28) and of Tập thể lao động xuất sắc (Điều 27) counts the collective's own people whom
LĐTT can reach (cán bộ, công chức, viên chức, người lao động: Điều 24 khoản 1): not pupils, not
people of another unit; a contract worker of the unit itself is counted. And a share told in a
letter ("100% hoàn thành") does not put the share's rule, which has no verdict, before the
title's yes/no that judges it."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Giáo viên trường tiểu học có được tính vào tỷ lệ LĐTT của cơ quan UBND xã không?",
            "Không",
        ),
        (
            "xa vien hop tac xa nong nghiep co duoc tinh chung vao ti le "
            "cua UBND xa de xet TTLDTT k",
            "Không",
        ),
        (
            "công nhân nhà máy trên địa bàn có được tính vào tỷ lệ lao "
            "động tiên tiến của văn phòng UBND không",
            "Không",
        ),
        ("hoc sinh truong THCS co dc tinh vao ti le LDTT cua truong de xet TTLDTT k", "Không"),
        (
            "Trẻ em lớp mẫu giáo có được tính vào tỷ lệ để trường mầm "
            "non xét tập thể lao động xuất sắc không",
            "Không",
        ),
        (
            "trường tiểu học có 3 nhân viên hợp đồng, họ có được tính "
            "vào tỷ lệ LĐTT của trường để xét TTLĐTT không",
            "Có",
        ),
        ("nv hop dong cua tram y te co dc tinh vao ti le LDTT cua tram k", "Có"),
    ],
)
def test_whose_members_form_the_share(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tỷ lệ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "title"),
    [
        (
            "trung tâm văn hóa 12 viên chức, 100% hoàn thành nhiệm vụ, 9 người LĐTT, 1 người "
            "CSTĐCS, trung tâm hoàn thành xuất sắc nhiệm vụ, đề nghị "
            "TTLĐXS được không, ai quyết định",
            "Có",
            "Tập thể lao động xuất sắc",
        ),
        (
            "tram y te 10 nguoi, 100% hoan thanh nv, 5 nguoi LDTT, 1 CSTDCS, tram hoan thanh xuat "
            "sac nv, de nghi tap the lao dong xuat sac dc k",
            "Không",
            "Tập thể lao động xuất sắc",
        ),
        (
            "Trường mầm non 20 giáo viên, 100% hoàn thành nhiệm vụ, 15 người đạt LĐTT, 2 người "
            "CSTĐCS, trường hoàn thành xuất sắc nhiệm vụ. Trường có đủ điều kiện TTLĐXS không?",
            "Có",
            "Tập thể lao động xuất sắc",
        ),
    ],
)
def test_the_judged_share_answers_before_its_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str, title: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert title in first and "Tỷ lệ, giới hạn" not in first.split("\n")[0], text
