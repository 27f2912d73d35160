"""Task h101: what heads of units under the xã ask (trưởng thôn, tổ trưởng tổ dân phố, hiệu
trưởng, trưởng trạm y tế, bí thư chi đoàn, chi hội trưởng) about their own people and units.

Questions of our own, in their voice (none copied from a question set), one per kind of reading
fixed. Keys (``../shared/reference``): Luật 2022 Điều 23 (CSTĐCS: hoàn thành xuất sắc nhiệm vụ
or a sáng kiến or a đề tài), Điều 24 khoản 1 and 3 (LĐTT; the farmer's own criteria), Điều 27
(TTLĐXS: 100 % hoàn thành nhiệm vụ, 70 % LĐTT, decided by the province), Điều 75 (giấy khen:
no run of years, the province details it), Điều 84 khoản 1 (the sáng kiến paper for CSTĐCS),
Điều 85 and domain.md 2.9 (khen đột xuất), NĐ 86/2023 (GĐVH bình xét before 25/11; the thôn
sends its report), NĐ 152/2025 Điều 50 (prizes; LĐTT and TTLĐTT carry no Bằng chứng nhận),
domain.md 1 (the district level is gone since 01/7/2025; no "xã văn hóa" title).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # a rescue told: the fact's clause on drives ("không phải đột xuất") is about other cases
        "bảo vệ trường em cứu một học sinh bị đuối nước, trường đề nghị khen đột xuất được không",
        # the lost money returned, told in other words than "của rơi"
        "hội viên chi hội em nhặt được chiếc ví trả lại người mất, đề nghị khen đột xuất dc ko",
    ],
)
def test_deed_told_meets_khen_dot_xuat(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_only_the_first_alternative_is_the_figure_claimed(officer_kb: KnowledgeBase) -> None:
    # "… 100 % không hay 80 % là được": 80 % is the other answer offered, not the claim
    text = ask_verdict(
        officer_kb,
        "tap the lao dong xuat sac co can 100% hoan thanh nhiem vu k hay 80% la duoc",
        "Có",
    )
    assert "100 %" in text


def test_one_route_claimed_required_is_not(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "giáo viên muốn đạt chiến sĩ thi đua cơ sở thì bắt buộc phải có đề tài khoa học phải không",
        "Không",
    )


@pytest.mark.parametrize(
    "question",
    [
        # the level denied ("không hoàn thành xuất sắc") is not the case; the sáng kiến route is
        "cô giáo trường em có sáng kiến nhưng không hoàn thành xuất sắc nhiệm vụ, chỉ hoàn thành "
        "tốt. cô có được đề nghị CSTĐCS theo con đường sáng kiến không",
        # asked whether one may be proposed, the requirement offered after "hay" is no claim
        "y sĩ trạm em hoàn thành xuất sắc nhiệm vụ, không có sáng kiến gì. anh ấy có được đề "
        "nghị chiến sĩ thi đua cơ sở không hay bắt buộc phải có sáng kiến",
    ],
)
def test_proposal_by_a_route_told(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_reform_claimed_done_is_confirmed(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "huyện bị bỏ từ 1/7/2025 rồi phải không ad", "Có")
    assert "01/7/2025" in text


def test_level_after_chu_is_denied(officer_kb: KnowledgeBase) -> None:
    # "tỉnh quyết định chứ không phải xã": the claim is that the province decides
    ask_verdict(
        officer_kb,
        "danh hiệu tập thể lao động xuất sắc do chủ tịch tỉnh quyết định chứ không phải chủ tịch "
        "xã đúng không",
        "Có",
    )


def test_one_of_listed_conditions_is_not_enough(officer_kb: KnowledgeBase) -> None:
    # "làm kinh tế giỏi" is the facts' "sản xuất có hiệu quả" (meanings.yaml); Điều 24 khoản 3
    # joins the other conditions to it
    text = ask_verdict(
        officer_kb,
        "người nông dân chỉ cần làm kinh tế giỏi là đủ điều kiện LĐTT đúng không",
        "Không",
    )
    assert "hoạt động xã hội" in text


def test_recipient_offered_after_hay_is_not_asked(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "hội viên hội nông dân thôn em làm kinh tế giỏi, có được xét lao động tiên tiến không "
        "hay chỉ dành cho công chức",
        "Có",
    )
    assert "sản xuất có hiệu quả" in text


def test_besides_the_prize_the_other_thing_is_asked(officer_kb: KnowledgeBase) -> None:
    # "ngoài tiền thưởng": the prize is given; the certificate is what is asked (it has none)
    ask_verdict(
        officer_kb,
        "anh ấy đạt lao động tiên tiến, ngoài tiền thưởng có được cấp giấy chứng nhận không",
        "Không",
    )


def test_title_after_nhu_is_only_compared(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "trạm y tế xã đạt tập thể lao động tiên tiến, có được tặng bằng chứng nhận như tập thể "
        "lao động xuất sắc không",
        "Không",
    )
    assert text.startswith("**Tập thể lao động tiên tiến")


def test_counted_title_before_moi_is_the_condition(officer_kb: KnowledgeBase) -> None:
    # Điều 75: no run of years in the law; the province details giấy khen criteria
    text = ask_verdict(
        officer_kb,
        "giấy khen của chủ tịch xã có bắt buộc đạt 3 năm liền lao động tiên tiến mới được tặng "
        "không",
        "Tùy",
    )
    assert "Giấy khen" in text


def test_council_named_with_cua_xa(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "hội đồng thi đua của phường có phải họp xét tổ dân phố văn hóa không hay tổ tự chấm",
        "Có",
    )
    assert text.startswith("**Có phải qua Hội đồng"), text


def test_title_denied_after_chu_khong(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "hộ gia đình chỉ được xét gia đình văn hóa thôi chứ không được giấy khen phải không",
        "Không",
    )
    assert text.startswith("**Giấy khen")


def test_other_route_met_makes_the_level_unneeded(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "bác sĩ đã có đề tài khoa học được nghiệm thu thì có cần hoàn thành xuất sắc nhiệm vụ nữa "
        "mới đạt CSTĐCS không",
        "Không",
    )


def test_paper_of_the_route_told(officer_kb: KnowledgeBase) -> None:
    ask_part_verdict(
        officer_kb,
        "đề nghị chiến sĩ thi đua cơ sở vì có sáng kiến thì hồ sơ có phải kèm giấy công nhận "
        "sáng kiến không",
        "Hồ sơ",
        "Có",
    )


def test_giver_confirmed_with_the_prize(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "chi hội phụ nữ thôn có được chủ tịch xã tặng giấy khen tập thể không", "Có"
    )
    assert "1.520.000" in text


def test_share_of_ldtt_asked(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "trường tiểu học có 20 giáo viên, 16 người đạt LĐTT, 1 người đạt CSTĐCS. trường muốn "
        "đề nghị TTLĐXS thì có đủ tỉ lệ LĐTT không",
        "Có",
    )
    assert "70 %" in text


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # a rescue from water names khen đột xuất, told in a letter
        (
            "hai đoàn viên bơi ra kéo một cụ bà bị nước cuốn vào bờ. đoàn xin khen thì làm hồ "
            "sơ gì",
            ["tóm tắt thành tích"],
        ),
        # a comma closes the yes/no clause before: its "không" negates nothing after it
        (
            "LĐTT có cần sáng kiến không, mới tuyển dụng thì bao lâu mới được xét",
            ["6 tháng"],
        ),
        # "được nhận gì" asks what the title comes with
        ("tổ dân phố đạt tổ dân phố văn hóa thì được nhận gì", ["Bằng chứng nhận"]),
    ],
)
def test_part_read(officer_kb: KnowledgeBase, question: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    for fact in facts:
        assert fact in text, text


def test_month_told_is_checked_against_the_limit(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "thôn em định cuối tháng 12 mới họp bình xét gia đình văn hóa có được không",
        "Không",
    )
    assert "25/11" in text


def test_years_told_are_no_question(officer_kb: KnowledgeBase) -> None:
    # "mấy năm nay": told; the question is whether a "phường văn hóa" title exists
    text = ask_verdict(
        officer_kb,
        "tổ em đạt tổ dân phố văn hóa mấy năm nay rồi, phường có danh hiệu phường văn hóa không",
        "Không",
    )
    assert "tiêu biểu" in text
    assert "Số năm liên tục" not in text, text


def test_new_contract_is_a_new_hire(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "cô cấp dưỡng trường em mới ký hợp đồng tháng 10, cuối năm có được xét LĐTT không",
        "Không",
    )
    assert "6 tháng" in text


def test_what_to_send_asks_the_dossier(officer_kb: KnowledgeBase) -> None:
    # "phải gửi cái gì" asks the title's dossier; the thôn sends its report (NĐ 86/2023)
    text = ask(
        officer_kb,
        "tổ dân phố muốn đề nghị tổ dân phố văn hóa thì tổ trưởng phải gửi cái gì lên phường",
    )
    assert text.startswith("**Thôn, tổ dân phố văn hóa: Hồ sơ**"), text
    assert "báo cáo thành tích" in text


def test_no_run_of_years_for_a_title_that_does_not_exist(officer_kb: KnowledgeBase) -> None:
    block = ask_part_verdict(
        officer_kb, "xa van hoa co can dat may nam lien tuc khong", "Số năm liên tục", "Không"
    )
    assert "tiêu biểu" in block
