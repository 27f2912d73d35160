"""Task h237 (stop 34): cue words that take the wrong attribute.

Cues are folded before they are matched, so "qua Ban thi đua tỉnh" (through a board) read as
"quá bán" (a majority of votes), "theo khung nghị định nào" (a legal frame) as the picture frame
"khung" of a Bằng chứng nhận, "em kiểm tra hồ sơ …" (the asker's own work) as the review step.
The everyday phrases are data (tests/knowledge/everyday_phrases.yaml), checked against every cue
here; "theo khung (nghị định) nào" asks the legal basis, "tháng nào" when.
"""

from pathlib import Path

import pytest
import yaml

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.matching import match_phrases
from bot.knowledge.facts.model import token_marks, tokens
from tests.knowledge.asking import ask, ask_verdict

_PHRASES = yaml.safe_load((Path(__file__).parent / "everyday_phrases.yaml").read_text("utf-8"))


def _cues_in(kb: KnowledgeBase, phrase: str) -> list[str]:
    assert kb.facts is not None
    toks = tokens(phrase)
    found = match_phrases(toks, kb.facts, token_marks(phrase))
    return [
        f"{' '.join(toks[a:b])} -> {p.kind} {p.key}"
        for a, b, p in found
        if p is not None and p.kind in ("attr", "weak")
    ]


@pytest.mark.parametrize(
    "phrase",
    [*_PHRASES["phrases"], *(fold(p) for p in _PHRASES["phrases"]), *_PHRASES["marked"]],
)
def test_an_everyday_phrase_names_no_attribute(officer_kb: KnowledgeBase, phrase: str) -> None:
    assert _cues_in(officer_kb, phrase) == [], phrase


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ bằng khen tỉnh của xã gửi qua Ban Thi đua - Khen thưởng tỉnh phải không",
        "ho so bang khen tinh xa nop qua ban thi dua tinh dung k",
        "xã trình bằng khen tỉnh qua Ban TĐKT tỉnh có đúng không",
        "bk tinh thi xa gui qua ban noi vu tinh phai k a",
        "Bằng khen của Chủ tịch tỉnh, hồ sơ chuyển qua Ban thi đua tỉnh đúng không",
    ],
)
def test_qua_ban_names_where_a_dossier_goes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Tỷ lệ phiếu" not in text, text
    assert "Sở Nội vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa năm nay xét theo khung nghị định nào",
        "xet thon van hoa theo khung nghi dinh nao vay a",
        "gia đình văn hóa bình xét theo khung nào",
        "to dan pho van hoa cong nhan theo khung nao",
        "Tỉnh chưa ra tiêu chí mới thì GĐVH xét theo khung nghị định nào ạ",
    ],
)
def test_theo_nghị_định_nào_asks_the_legal_basis(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    # the frame of a Bằng chứng nhận is not what is asked; the decree is (NĐ 86/2023)
    assert "Hiện vật" not in text, text
    assert "86/2023" in first, first


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("tháng nào thì bình xét gia đình văn hóa", "25/11"),
        ("binh xet GDVH vao thang nao trong nam", "25/11"),
        ("thôn văn hóa xét vào tháng nào ạ", "Thời hạn"),
        ("Gia đình văn hóa: thôn họp bình xét tháng nào?", "25/11"),
        ("dang ky thi dua thang nao", "15/3"),
    ],
)
def test_tháng_nào_asks_when(officer_kb: KnowledgeBase, question: str, shown: str) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    assert shown in first, first
    assert not first.split("\n")[1].startswith("Có."), first


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "Tôi đang kiểm tra hồ sơ đề nghị LĐTT của trường, "
            "thấy thiếu biên bản bình xét, vậy đủ chưa",
            "Không",
        ),
        (
            "e kiem tra ho so CSTDCS cua anh Nam thay chua co bao cao thanh tich, the da du chua",
            "Không",
        ),
        (
            "Tôi kiểm tra hồ sơ LĐTT của anh Tuấn có đủ tờ trình, "
            "báo cáo thành tích và biên bản bình xét, như vậy đủ chưa?",
            "Có",
        ),
        (
            "Mình đang rà soát hồ sơ CSTĐCS của chị Lan, "
            "không có báo cáo thành tích cá nhân, vậy có được không",
            "Không",
        ),
        (
            "em dang kiem tra ho so LDTT cua co Mai, "
            "chi co to trinh va bao cao thanh tich, vay du chua",
            "Không",
        ),
    ],
)
def test_the_askers_own_check_is_no_review_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Hồ sơ" in text.split("\n")[0] and "Tiếp nhận" not in text.split("\n")[0], text
