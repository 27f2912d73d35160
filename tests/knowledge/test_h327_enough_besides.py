"""Task h327 (stop 38): "X là đủ" read on the condition told before "là đủ".

Chiến sĩ thi đua cấp tỉnh needs 03 lần liên tục Chiến sĩ thi đua cơ sở AND a sáng kiến or đề
tài with influence in the province (Luật Thi đua, khen thưởng 2022 Điều 22 khoản 1). A claim
that the run alone "là đủ để lên CSTĐ tỉnh" is wrong: the words after the cue name the title
sought ("tỉnh", "để"), not a condition held, and must not count as naming the sáng kiến clause."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "đạt 3 lần CSTĐCS liên tục là đủ để lên CSTĐ tỉnh đúng không",
        "3 nam lien tuc CSTDCS thi du de nghi chien si thi dua cap tinh roi phai k",
        "truong phong bao dat CSTDCS 3 nam lien tiep la du de nghi CSTD tinh, k can them gi, "
        "dung ko",
        "Tôi đạt Chiến sĩ thi đua cơ sở 3 năm liền, vậy đã đủ đề nghị Chiến sĩ thi đua "
        "cấp tỉnh rồi phải không ạ?",
        "Chị kế toán nói có 3 năm liên tục CSTĐCS thì đủ để lên CSTĐ cấp tỉnh, có đúng không?",
    ],
)
def test_the_run_alone_is_not_enough(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sáng kiến" in text.split("\n\n")[0], text


def test_the_run_with_the_initiative_is_enough(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "3 lần CSTĐCS liên tục và có sáng kiến ảnh hưởng trong tỉnh là đủ đề nghị CSTĐ tỉnh "
        "đúng không",
        "Có",
    )
