"""Task h42: facts, aliases, cues and KB text the answers lacked (issue 11, blind set 5's misses
read as tuning material). Each behaviour here is data in ``content/`` answered through the
engine; the questions are our own (never copied from a blind set) and each test asserts what the
officer sees in the chat (``KnowledgeBase.ask`` is what the handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


def _block(text: str, title: str) -> str:
    """The answer part headed ``**title**`` (up to the next part)."""
    head = f"**{title}**"
    assert head in text, text
    return text.split(head, 1)[1].split("\n\n**", 1)[0]


def test_the_governments_flag_has_its_own_prize(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 50 khoản 2 điểm đ: 12,0 × 2.530.000 đ; it was an alias of the state
    # awards, which have no prize fact, so the amount was never given
    text = ask(officer_kb, "cờ thi đua của chính phủ và cờ thi đua của tỉnh thưởng mấy tiền")
    assert "30.360.000" in _block(text, "Cờ thi đua của Chính phủ: Tiền thưởng")
    assert "20.240.000" in _block(text, "Cờ thi đua của UBND tỉnh: Tiền thưởng")
    assert "Điều 50 khoản 2 điểm đ" in text


def test_xa_does_not_award_the_governments_flag(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "chủ tịch xã có được tặng cờ thi đua của chính phủ không")
    assert leading_verdicts(text)[0] == "Không"


def test_who_sets_the_power_to_award_chien_si_tien_tien(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 80 khoản 5, not the province's dossier rule (NĐ 152 Điều 6)
    text = ask(officer_kb, "thẩm quyền tặng chiến sĩ tiên tiến do cấp nào quy định")
    assert "Bộ Quốc phòng, Bộ Công an" in text
    assert "Điều 80 khoản 5" in text and "Tỉnh quy định" not in text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("lđtt của công chức xã bị phát hiện khai man thì ai có quyền hủy", "Lao động tiên tiến"),
        ("giấy khen xã tặng sai đối tượng thì ai hủy bỏ", "Giấy khen của Chủ tịch UBND xã"),
        ("gia đình văn hóa công nhận nhầm thì ai thu hồi", "Gia đình văn hóa"),
    ],
)
def test_the_xa_chairman_revokes_what_he_awarded(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    # Luật 2022 Điều 93 khoản 8: who awarded it revokes it; the general rule did not say who
    block = _block(ask(officer_kb, question), f"{title}: Hủy bỏ, thu hồi")
    assert "Chủ tịch UBND xã, người đã quyết định tặng" in block
    assert "Điều 93 khoản 8" in block


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "tổ văn phòng 10 người, 6 người đạt LĐTT, cả tổ hoàn thành tốt nhiệm vụ, tổ có được "
            "tập thể lao động tiên tiến không",
            "Tập thể lao động tiên tiến: Ai được xét",
        ),
        (
            "khoa dược có 12 người, 9 người đạt LĐTT, 2 người đạt CSTĐCS, tất cả đều hoàn thành "
            "xuất sắc nhiệm vụ, khoa có được tập thể lao động xuất sắc không",
            "Tập thể lao động xuất sắc: Ai được xét",
        ),
    ],
)
def test_a_collective_telling_every_figure_gets_yes(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    # `also` in facts.yaml: the duty level told meets the rule's other figure (Điều 27, 28)
    block = _block(ask(officer_kb, question), title)
    assert block.lstrip("\n").startswith("Có.")


def test_the_funds_ceiling_is_a_part_of_its_own(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "tiền thưởng lđtt có bị tính thuế không, còn quỹ thi đua của xã tối đa bao nhiêu phần trăm",
    )
    assert leading_verdicts(text)[0] == "Không"  # the tax part
    block = _block(text, "Quỹ thi đua, khen thưởng của xã: Tỷ lệ, giới hạn")
    figures = block.replace(" %", "%")  # "1,0 %" and "1,0%" are the same figure
    assert "1,0%" in figures and "1,5%" in figures and "Điều 46 khoản 3" in block


def test_a_council_with_no_level_only_advises(officer_kb: KnowledgeBase) -> None:
    # Named with no level by a xã officer, it is the xã's council (merged with task h39's rule)
    text = ask(officer_kb, "hội đồng tđkt có được tự ký quyết định khen không")
    block = _block(text, "Hội đồng Thi đua - Khen thưởng xã: Ai quyết định")
    assert block.lstrip("\n").startswith("Không.") and "tham mưu" in block


def test_the_provinces_huy_hieu_is_gone(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "tỉnh còn hình thức huy hiệu không")
    assert leading_verdicts(text)[0] == "Không" and "không còn hình thức" in text.lower()
    # the Huy hiệu a provincial title comes with is still given
    text = ask(officer_kb, "chiến sĩ thi đua cấp tỉnh có được tặng huy hiệu không")
    assert leading_verdicts(text)[0] == "Có"


def test_xa_van_hoa_money_names_the_xas_real_title(officer_kb: KnowledgeBase) -> None:
    block = _block(ask(officer_kb, "xã văn hóa được thưởng mấy tiền"), "Xã văn hóa: Tiền thưởng")
    assert block.lstrip("\n").startswith('Không có "xã văn hóa"')
    assert "xã, phường, đặc khu tiêu biểu" in block and "5.060.000" in block


@pytest.mark.parametrize(
    ("question", "title", "wanted"),
    [
        # "có kịp không" asks the time limit
        (
            "thôn em họp xét gia đình văn hóa ngày 27/11 có kịp không",
            "Gia đình văn hóa: Thời hạn",
            "25/11",
        ),
        # "gửi hồ sơ gì" asks the papers, not only where they go
        (
            "họp bình xét gia đình văn hóa xong thì gửi hồ sơ gì lên xã",
            "Gia đình văn hóa: Hồ sơ",
            "biên bản",
        ),
        # "gửi cơ quan nào" asks where to submit
        (
            "hồ sơ chiến sĩ thi đua cấp tỉnh gửi cơ quan nào",
            "Chiến sĩ thi đua cấp tỉnh: Nộp ở đâu",
            "Sở Nội vụ",
        ),
        # "cty" is "công ty": the director recognises the company's own staff
        (
            "công nhân cty giày có được xã tặng ldtt không hay cty tự tặng",
            "Lao động tiên tiến: Ai quyết định",
            "Giám đốc",
        ),
        # "hđ trung ương" is the central council
        ("hđ trung ương ai làm chủ tịch", "Hội đồng Thi đua - Khen thưởng Trung ương", "Thủ tướng"),
    ],
)
def test_cue_words_and_phone_spellings(
    officer_kb: KnowledgeBase, question: str, title: str, wanted: str
) -> None:
    text = ask(officer_kb, question)
    assert f"**{title}" in text and wanted in text


def test_kb_text_states_rounding_and_the_general_dossier(officer_kb: KnowledgeBase) -> None:
    assert "10.000" in ask(officer_kb, "tiền thưởng lẻ thì làm tròn ra sao")
    text = ask(officer_kb, "theo luật thì hồ sơ đề nghị danh hiệu thi đua có những giấy tờ gì")
    assert all(p in text for p in ("tờ trình", "báo cáo thành tích", "biên bản bình xét"))
    assert "Điều 84" in text
