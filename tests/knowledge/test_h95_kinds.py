"""Task h95: the xã leadership's misses (blind28) grouped by the kind of reading that failed —
a council's vote read as a title's cap, one way of two claimed required, a base claimed with a
date, holders counted without "đạt", the xã claimed to decide a firm's title, a negation put up
for confirmation, a second form for one achievement, a title's own yes/no beside a rule for
everyone, "có cần sửa lại" about what the reform removed, a council claimed to decide, a paper
asked to belong to the dossier, the rounding of a prize. Each kind is checked on wordings of our
own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


def test_council_vote_told_then_share_asked(officer_kb: KnowledgeBase) -> None:
    """A vote told as people ("6 người đồng ý") and asked as "đủ tỉ lệ chưa" is the share of
    votes the province's quy chế sets, not the title's cap (no national cap: "Không")."""
    text = ask_verdict(
        officer_kb,
        "hội đồng xã có 11 thành viên, họp xét LĐTT có 8 người dự, 6 người đồng ý. "
        "Vậy đủ tỉ lệ chưa, luật quy định mấy phần trăm",
        "Tùy",
    )
    assert "quy chế" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng xét danh hiệu có bắt buộc bỏ phiếu kín không",
        "xet LDTT hoi dong co buoc phai bo phieu kin k hay bieu quyet cung dc",
    ],
)
def test_one_of_two_ways_claimed_required(officer_kb: KnowledgeBase, question: str) -> None:
    """The fact allows "biểu quyết hoặc bỏ phiếu kín": requiring the second is not "Có"."""
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "biểu quyết hoặc bỏ phiếu kín" in text, text


def test_base_claimed_with_decision_date(officer_kb: KnowledgeBase) -> None:
    """NĐ 152/2025: the base in force on the decision date (2.340.000 before 01/7/2026)."""
    text = ask_verdict(
        officer_kb,
        "quyết định khen ký 15/5/2026 thì tính lương cơ sở 2.530.000 phải không",
        "Không",
    )
    assert "2.340.000" in text, text


def test_holders_counted_without_dat(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 27: 100 % hoàn thành, ≥ 70 % LĐTT, có CSTĐCS. "16 người LĐTT" is the
    share (16/20 = 80 %), not the one CSTĐCS."""
    text = ask_part_verdict(
        officer_kb,
        "trạm y tế 20 người, cả 20 hoàn thành nhiệm vụ, 16 người LĐTT, 2 người CSTĐCS, "
        "đề nghị TTLĐXS có đủ tỷ lệ không",
        "Tập thể lao động xuất sắc",
        "Có",
    )
    assert "16/20" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "doanh nghiệp trên địa bàn thì LĐTT cho công nhân của họ do chủ tịch xã ký phải không",
        "công ty may nhờ xã tặng LĐTT cho công nhân. Xã có thẩm quyền không hay công ty tự làm",
    ],
)
def test_xa_claimed_to_decide_a_firms_title(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 80 khoản 4: the firm's director decides its staff's titles."""
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "giám đốc công ty ở xã tự xét LĐTT cho công nhân được không",
        "doanh nghiệp ở xã có được tự xét LĐTT cho người lao động không",
    ],
)
def test_a_firm_acting_itself_stays_yes(officer_kb: KnowledgeBase, question: str) -> None:
    """ "ở xã" says where the firm is: the xã is not the one claimed to act."""
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("TTLĐXS chỉ có tiền thưởng, không có bằng chứng nhận đúng không", "Hiện vật"),
        ("quyết định khen đã ban hành thì không bao giờ bị hủy phải không", "Hủy bỏ"),
    ],
)
def test_negation_put_up_for_confirmation(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    """NĐ 152/2025 Điều 50 (Bằng chứng nhận), Luật 2022 Điều 93 khoản 8 (hủy bỏ)."""
    ask_part_verdict(officer_kb, question, head, "Không")


def test_requirement_denied_keeps_its_reader(officer_kb: KnowledgeBase) -> None:
    """ "không cần sáng kiến phải không" puts up a rule that is right, so it is confirmed, and
    the requirement's own words follow ("Có. Không cần sáng kiến …"): the blind sets key a
    right "not needed" claim closed by "đúng / phải không" "Có." (stop 32, task h185)."""
    text = ask_verdict(officer_kb, "lao động tiên tiến thì không cần sáng kiến phải không", "Có")
    assert "Không cần sáng kiến" in text, text
    text = ask_verdict(
        officer_kb, "chiến sĩ thi đua cơ sở thì không bắt buộc sáng kiến phải không", "Có"
    )
    assert "Không bắt buộc" in text, text


def test_second_form_for_one_achievement(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 5 khoản 2 điểm c: no several forms for one achievement."""
    text = ask_verdict(
        officer_kb,
        "thôn em đã được xã tặng giấy khen về thành tích xây dựng nông thôn mới. "
        "Nay xã đề nghị thêm bằng khen tỉnh cho thành tích đó được không",
        "Không",
    )
    assert "một thành tích" in text, text


def test_titles_own_yesno_beside_rule_for_everyone(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 dropped the province's Huy hiệu; Điều 3: households are subjects."""
    text = ask(
        officer_kb,
        "bây giờ còn hình thức huy hiệu của tỉnh không, hộ gia đình có là đối tượng thi đua không",
    )
    assert leading_verdicts(text)[:2] == ["Không", "Có"], text


def test_update_asked_of_what_the_reform_removed(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "quy chế thi đua của xã vẫn ghi hội đồng TĐKT huyện xét và căn cứ nđ 91/2017. "
        "Có phải sửa lại không, căn cứ mới là gì",
    )
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "152/2025" in text, text


def test_xa_now_after_district_told_as_past(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "trước đây hồ sơ khen trình chủ tịch huyện ký, nay chủ tịch xã ký phải không",
        "Có",
    )


def test_council_claimed_to_decide(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 90 khoản 4: the council advises; the chairman decides (Điều 75)."""
    text = ask_verdict(
        officer_kb, "hội đồng TĐKT xã có phải là nơi quyết định tặng giấy khen không", "Không"
    )
    assert "Chủ tịch UBND xã" in text, text


def test_paper_asked_to_belong_to_the_dossier(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 84 khoản 1: the dossier lists the biên bản bình xét."""
    ask_verdict(
        officer_kb,
        "tờ trình có phải là 1 thành phần trong hồ sơ đề nghị danh hiệu thi đua không",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("tiền thưởng CSTĐCS có được làm tròn lên hàng chục nghìn không", "Có"),
        ("tiền thưởng được làm tròn xuống phải không", "Không"),
    ],
)
def test_rounding_of_the_prize(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """NĐ 152/2025 Điều 49 khoản 2: rounded up to tens of thousands."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "10.000" in text, text


def test_reported_negation_is_turned_once(officer_kb: KnowledgeBase) -> None:
    """A denial someone is reported to make is turned by its own reader, not twice."""
    ask_part_verdict(
        officer_kb,
        "anh văn phòng bảo chiến sĩ thi đua cơ sở không có bằng chứng nhận, vậy có đúng không",
        "Hiện vật",
        "Không",
    )


def test_who_regulates_the_councils(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 90 khoản 5: the Government details the councils' organisation."""
    text = ask(
        officer_kb,
        "hội đồng thi đua xã làm nhiệm vụ gì, tỉnh hay chính phủ quy định chi tiết tổ chức của "
        "hội đồng",
    )
    assert "tham mưu" in text, text
    assert "Chính phủ quy định chi tiết" in text, text


def test_award_found_wrong_afterwards(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 93: an award given against the law is revoked, its prize recovered."""
    text = ask(
        officer_kb,
        "chị ấy được tặng LĐTT, sau đó bị phát hiện vi phạm ngay trong năm đó thì xử lý sao",
    )
    assert "hủy bỏ" in text and "thu hồi" in text, text


def test_a_participant_named_in_the_fact(officer_kb: KnowledgeBase) -> None:
    """NĐ 86/2023 Điều 8: the village's Ban Công tác Mặt trận sits in the review."""
    ask_verdict(
        officer_kb,
        "trưởng ban công tác mặt trận thôn có tham gia họp bình xét gia đình văn hóa không",
        "Có",
    )


def test_a_participant_not_named_gets_no_verdict(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "hội nông dân thôn có tham gia bình xét gia đình văn hóa không")
    assert leading_verdicts(text)[:1] in ([], ["Tùy"]), text


@pytest.mark.parametrize(
    "question",
    [
        "cờ thi đua của tỉnh thì xã có tự xét tặng cho thôn được không",
        "CSTĐ cấp tỉnh xã có được tự xét tặng không",
    ],
)
def test_xa_acting_itself_on_a_provincial_title(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 79: the province's chairman gives its titles; the xã proposes."""
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("chiến sĩ thi đua cơ sở thì phải đạt lao động tiên tiến trước phải không", "Chiến sĩ"),
        ("TTLĐXS thì cần có người đạt CSTĐCS không", "Tập thể lao động xuất sắc"),
    ],
)
def test_title_before_then_with_a_requirement_after(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    """Luật 2022 Điều 23 (CSTĐCS needs LĐTT), Điều 27 (TTLĐXS needs a CSTĐCS): the title before
    "thì" is asked about; the one after "phải / cần" is what it requires, not a case."""
    ask_part_verdict(officer_kb, question, head, "Có")


def test_the_law_asked_of_the_part_before(officer_kb: KnowledgeBase) -> None:
    """ "…, luật TĐKT có quy định cụ thể không": asked of the share before it, which the Law
    leaves to the province's quy chế."""
    text = ask_verdict(
        officer_kb,
        "phieu dong y bao nhieu % thi dc xet TTLDTT, luat tdkt co quy dinh ro k",
        "Không",
    )
    assert "quy chế" in text, text
