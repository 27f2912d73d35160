"""Task h29: yes/no answers decided from what the question claims, long letters read for their
question, and cue words read with the marks the asker typed.

Each question is our own (the blind sets are tuning material now, never copied here) and each
test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the handlers call).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.text import fold, nfc
from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts, presents_repealed

TODAY = date(2026, 11, 22)


def _verdict(kb: KnowledgeBase, question: str) -> str | None:
    found = leading_verdicts(ask(kb, question))
    return found[0] if found else None


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a figure with its unit against the fact's own figure of that unit
        ("thôn văn hóa niêm yết lấy ý kiến 7 ngày có được không", "Không", "10 ngày"),
        ("bình xét gia đình văn hóa phải niêm yết 10 ngày đúng không", "Có", "10 ngày"),
        ("tap the lao dong tien tien can tren 50% ldtt dung k", "Có", "50"),
        # the old rule's figure ("15 % cũ … hết hiệu lực") is not the rule now
        ("cstdcs gio van bi gioi han 15% so ldtt phai khong", "Không", "15"),
        # a local example ("nhiều tỉnh 20 ngày") claimed for the whole country
        ("thời hạn giải quyết giấy khen cả nước đều là 20 ngày phải không", "Không", "20"),
    ],
)
def test_a_claimed_figure_is_checked_against_the_fact(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the fact's clause on the very thing claimed is negated
        ("khen cuối đợt thi đua có tính là khen đột xuất không", "Không"),
        ("thi tran tieu bieu bay gio con duoc xet khong", "Không"),
        (
            "xã đề nghị bằng khen tỉnh cho anh A thì có bắt buộc anh phải có giấy khen rồi mới"
            " được đề nghị không",
            "Không",
        ),
        # a thing the title comes with, named: in the title's own fact or not
        ("cstd tinh co duoc tang huy hieu khong", "Có"),
        ("chiến sĩ thi đua cơ sở có được tặng huy hiệu không", "Không"),
        ("ttldtt co duoc cap bang chung nhan ko", "Không"),
        ("CSTĐCS có được cấp bằng khen kèm theo không", "Không"),
        # what kind of title it is (Luật Điều 19, 20), a value of the attribute "kind"
        ("thon van hoa co phai danh hieu ca nhan khong", "Không"),
        ("gia đình văn hóa có phải là danh hiệu thi đua không", "Có"),
        ("cstdcs có phải là hình thức khen thưởng không", "Không"),
        # a title typed short is compared with the fact in full words
        ("tập thể lđxs có cần thành viên đạt cstdcs không", "Có"),
        # the same pair asked open, then yes/no, answers once with the verdict
        ("cstd tinh ai ky, xa co ky duoc khong", "Không"),
    ],
)
def test_the_claim_decides_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert _verdict(officer_kb, question) == verdict, ask(officer_kb, question)


def test_a_replaced_text_named_as_current_is_answered_no(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "thôn còn chấm điểm gia đình văn hóa theo nghị định 122/2018 không")
    assert text.split("\n")[1].startswith("Không. Nghị định 122/2018/NĐ-CP đã hết hiệu lực")
    assert "86/2023" in text and not presents_repealed(text)
    # the parts below say what applies now, never a second verdict contradicting the first
    assert leading_verdicts(text) == ["Không"]


def test_every_title_answers_which_article_states_it(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "tập thể lao động xuất sắc nằm ở điều nào của luật, còn ttldtt")
    assert "Điều 27" in text and "Điều 28" in text
    assert "Điều 23" in ask(officer_kb, "cstdcs quy dinh o dieu may")


def test_a_letter_is_answered_from_its_final_question(officer_kb: KnowledgeBase) -> None:
    """The told sentences set the case (a recent recruit, a discipline, a stated figure); their
    cue words ("hồ sơ", "năm học", "tối đa") are not what is asked."""
    recruit = (
        "Chị Lan là kế toán trường tiểu học của xã, mới được tuyển dụng lần đầu từ tháng 9/2026, "
        "đến tổng kết năm học mới làm được hơn 2 tháng. Đơn vị có nên đề nghị chị Lan danh hiệu "
        "Lao động tiên tiến năm nay không?"
    )
    text = ask(officer_kb, recruit)
    assert leading_verdicts(text)[:1] == ["Không"] and "6 tháng" in text, text
    discipline = (
        "Anh Hùng là công chức xã, bị kỷ luật cảnh cáo tháng 5/2026 vì chậm nộp hồ sơ đất đai, "
        "từ đó làm việc rất tốt. Hội đồng thi đua xã có được đưa anh vào danh sách Lao động tiên "
        "tiến năm 2026 không?"
    )
    text = ask(officer_kb, discipline)
    assert leading_verdicts(text)[:1] == ["Không"] and "kỷ luật" in text, text
    assert "Hồ sơ" not in text.split("\n")[0]
    told_figure = (
        "Tổ dân phố tôi họp bình xét gia đình văn hóa xong ngày 18/11/2026, định niêm yết danh "
        "sách 3 ngày rồi gửi lên phường. Làm như vậy có được không?"
    )
    text = ask(officer_kb, told_figure)
    assert leading_verdicts(text)[:1] == ["Không"] and "10 ngày" in text, text
    # a year in the story dates no decision: the amount is on today's base
    tinh = (
        "Chị Mai công chức xã đạt chiến sĩ thi đua cơ sở 3 năm liền, năm 2025 chị có sáng kiến "
        "được công nhận áp dụng trong toàn tỉnh. Xã có đề nghị chiến sĩ thi đua cấp tỉnh cho chị "
        "được không, nếu được thì thưởng bao nhiêu?"
    )
    text = ask(officer_kb, tinh)
    assert "7.590.000" in text and "7.020.000" not in text, text
    assert "Chiến sĩ thi đua cấp tỉnh: Ai được xét" in text


def test_circumstances_the_asker_is_not_in_or_that_rule_a_title_out(
    officer_kb: KnowledgeBase,
) -> None:
    assert (
        _verdict(
            officer_kb,
            "đồng chí ấy không bị kỷ luật gì, hoàn thành tốt nhiệm vụ, có được ldtt không",
        )
        == "Có"
    )
    text = ask(officer_kb, "dân quân thường trực hoàn thành tốt nhiệm vụ có được xét LĐTT không")
    # task h34: Luật 2022 Điều 24 khoản 2, the standing militia get "Chiến sĩ tiên tiến" (was Tùy)
    assert leading_verdicts(text)[:1] == ["Không"] and "Chiến sĩ tiên tiến" in text, text


def test_cue_words_are_read_with_the_marks_typed(officer_kb: KnowledgeBase) -> None:
    """ "chỉ huy" typed with its marks is not "hủy" (to cancel): the folded word is the same,
    the typed one is not; a question typed bare keeps matching the folded cue."""
    question = (
        "Ban chỉ huy quân sự xã đề nghị Lao động tiên tiến cho dân quân thường trực có được không"
    )
    text = ask(officer_kb, question)
    assert "Hủy bỏ" not in text and "Chiến sĩ tiên tiến" in text, text
    assert "Hủy bỏ" in ask(officer_kb, "khai gian thanh tich thi giay khen co bi huy khong")
    # an alias typed with one mark forgotten still matches
    assert "Tập thể lao động tiên tiến" in ask(officer_kb, "tap the lđtt thưởng bao nhiêu")


def test_invisible_characters_are_not_part_of_a_word(officer_kb: KnowledgeBase) -> None:
    assert nfc("xã\u200bcó\ufeff được") == "xã có được"
    assert fold("LĐ\u00adTT") == "ldtt"
    plain = officer_kb.ask("hồ sơ ldtt gồm những gì", TODAY).text
    assert officer_kb.ask("hồ\u200bsơ ldtt\ufeff gồm những gì", TODAY).text == plain


def test_a_criterion_the_question_says_is_not_met(officer_kb: KnowledgeBase) -> None:
    """TTLĐXS needs 100 % of its members to complete their duties: one who did not rules it out;
    TTLĐTT states no such criterion ("hoàn thành tốt nhiệm vụ" is the collective's own), and a
    requirement that is one route of several ("… hoặc có sáng kiến") is never unmet alone."""
    text = ask(
        officer_kb,
        "tổ có một người chưa hoàn thành nhiệm vụ thì tổ còn được tập thể lao động xuất sắc không",
    )
    assert leading_verdicts(text)[:1] == ["Không"] and "100 % cá nhân hoàn thành nhiệm vụ" in text
    other = ask(
        officer_kb,
        "phòng có một công chức không hoàn thành nhiệm vụ, vậy phòng còn được đề nghị tập thể "
        "lao động tiên tiến không",
    )
    assert "Chưa đạt tiêu chuẩn" not in other
    assert _verdict(officer_kb, "không có sáng kiến thì có được cstdcs không") == "Có"


def test_a_route_among_several_is_never_unmet_alone() -> None:
    from bot.knowledge.facts.claim import unmet

    criteria = (
        "Đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ, hoặc có đề tài khoa học đã "
        "nghiệm thu; 100 % cá nhân hoàn thành nhiệm vụ"
    )
    assert unmet("em chưa có đề tài khoa học thì có được không", criteria) is None
    assert unmet("có 1 người chưa hoàn thành nhiệm vụ thì sao", criteria) == (
        "100 % cá nhân hoàn thành nhiệm vụ"
    )
