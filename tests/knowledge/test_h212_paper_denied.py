"""Task h212: a paper of a dossier's required list claimed unneeded gets "Không.".

"hồ sơ LĐTT không cần biên bản bình xét đúng k", "biên bản k cần trong hồ sơ …": the list the
dossier requires holds the paper (Luật 2022 Điều 84; NĐ 152/2025: tờ trình, báo cáo thành
tích, biên bản), so the claim is wrong, told directly or reported ("nghe nói …"), with the
paper named before or after "không cần". A paper the list does not require (giấy chứng nhận
sáng kiến for LĐTT) claimed unneeded is right.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("ho so LDTT khong can bien ban binh xet dung k", "Không", "biên bản"),
        ("hồ sơ CSTĐCS không cần tờ trình phải không", "Không", "tờ trình"),
        ("ho so giay khen ca nhan ko can bao cao thanh tich dung khong", "Không", "báo cáo"),
        ("bao cao thanh tich k can trong ho so TTLDTT phai k ad", "Không", "báo cáo"),
        (
            "Báo cáo thành tích không cần trong hồ sơ giấy khen cá nhân phải không",
            "Không",
            "báo cáo",
        ),
        (
            "a van phong bao bien ban hop hoi dong k can trong ho so CSTDCS, dung k",
            "Không",
            "biên bản",
        ),
        ("chi ke toan noi ho so TTLDTT khong can to trinh, co dung khong", "Không", "tờ trình"),
        ("nghe noi ho so LDTT k can bien ban binh xet, dung k", "Không", "biên bản"),
        ("ho so LDTT khong can giay chung nhan sang kien dung k", "Có", "sáng kiến"),
        ("ho so LDTT co can bien ban binh xet k", "Có", "biên bản"),
    ],
)
def test_required_paper_denied(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        # a bare "… à" keeps the keys' convention of answering whether it is needed
        "hồ sơ TTLĐTT không cần biên bản họp hội đồng à",
        # "… thì có sao không" asks what follows, not whether the claim holds
        "hồ sơ LĐTT không cần biên bản bình xét thì có sao không",
    ],
)
def test_not_put_up_answers_needed(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
