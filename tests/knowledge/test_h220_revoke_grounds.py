"""Task h220, family 3 (h214's leftovers): the grounds of revocation, and a prize claimed kept.

A title is cancelled for dishonesty, false information, forged papers, an unlawful review, or a
violation in the period assessed (Luật Thi đua, khen thưởng 2022 Điều 93; NĐ 152/2025): a
discipline for something done after the award is no ground, so "… năm sau bị kỷ luật thì danh
hiệu năm trước có bị thu hồi không" is "Không.". When a decision is cancelled the tiền thưởng is
taken back with the hiện vật (Điều 93 khoản 9): "tiền thưởng nhận rồi thì khỏi trả lại" is
"Không." even when no level is claimed to revoke.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị Hà được LĐTT năm 2025, sang năm 2026 bị kỷ luật khiển trách thì có bị hủy danh hiệu"
        " LĐTT không",
        "anh Tuấn được giấy khen xã, sau đó bị kỷ luật cảnh cáo, giấy khen có bị thu hồi không",
        "được CSTĐCS rồi năm sau vi phạm bị kỷ luật thì có bị hủy quyết định không ạ",
        "dc LDTT nam ngoai, nam nay bi ky luat thi LDTT nam ngoai co bi thu hoi ko",
        "vien chuc dat chien si thi dua co so, nam tiep theo bi canh cao thi danh hieu do co bi"
        " huy k",
    ],
)
def test_later_discipline_keeps_the_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "duoc CSTDCS ma sau do phat hien khai gian thi co bi thu hoi k",
        "LĐTT năm ngoái, năm nay phát hiện làm giả hồ sơ thì có bị hủy không",
        # a conclusion found later may show the year itself fell short
        "dang bi thanh tra ma da dc CSTDCS, neu sau do ket luan vi pham thi co bi huy k",
    ],
)
def test_fraud_found_later_still_revokes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "anh Nam khai gian thanh tich de dc LDTT, nghe noi tien thuong nhan roi thi khoi tra lai,"
        " dung k, ai huy",
        "Chị Mai làm giả hồ sơ được CSTĐCS, tiền thưởng đã tiêu rồi thì khỏi phải trả, đúng"
        " không ạ",
        "thon khai gian thanh tich dc thon van hoa, nghe bao tien thuong k phai tra, dung ko, ai"
        " huy quyet dinh",
        "khai gian duoc giay khen, tien thuong nhan roi khoi tra lai dung k",
        "Hộ ông Bình khai sai thành tích được giấy khen, người ta bảo tiền nhận rồi thì khỏi hoàn"
        " trả, có đúng không",
    ],
)
def test_prize_claimed_kept_after_fraud(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tiền thưởng" in text, text
