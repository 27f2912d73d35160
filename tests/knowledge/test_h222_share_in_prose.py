"""Task h222 (stop 33): a unit's LĐTT holders counted in prose, the title told at the end of
their own clause ("24 cô, 15 cô … hoàn thành tốt nhiệm vụ và được bình LĐTT").

Luật 2022 Điều 27 khoản 2 điểm c (Tập thể lao động tiên tiến): "có trên 50 % cá nhân trong tập
thể đạt danh hiệu Lao động tiên tiến". The share told decides the verdict, not "Tùy".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        (
            "Trạm y tế có 10 nhân viên, 6 người được đánh giá hoàn thành tốt nhiệm vụ và được"
            " bình xét LĐTT. Trạm có đủ điều kiện Tập thể lao động tiên tiến không?",
            "Có",
            "6/10",
        ),
        (
            "Trường mầm non có 18 cô, 11 cô được đánh giá hoàn thành tốt nhiệm vụ và được bình"
            " LĐTT. Trường có được đề nghị tập thể lao động tiên tiến không?",
            "Có",
            "11/18",
        ),
        (
            "truong tieu hoc co 30 giao vien, 12 giao vien xep loai hoan thanh tot nhiem vu va dc"
            " xet LDTT, vay truong dat TTLDTT k",
            "Không",
            "12/30",
        ),
        (
            "tram y te co 8 nhan vien, 3 nhan vien hoan thanh tot nhiem vu va duoc binh LDTT thi"
            " tram co dat TTLDTT k",
            "Không",
            "3/8",
        ),
        (
            "trung tâm có 12 viên chức, 7 viên chức hoàn thành nhiệm vụ tốt và được bình LĐTT,"
            " vậy có đạt tập thể LĐTT không",
            "Tùy",
            "7/12",
        ),
    ],
)
def test_holders_counted_in_prose(
    officer_kb: KnowledgeBase, question: str, verdict: str, shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert shown in text.split("\n\n")[0], text
