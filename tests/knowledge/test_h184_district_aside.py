"""Task h184 (stop 32): the abolished district named beside a question, not in it. Since
01/7/2025 there is no district level (Luật 72/2025/QH15; NĐ 129/2025/NĐ-CP Điều 59 gave the
district chairman's powers to the xã's chairman). A question that names the district only as
the comparison ("như hội đồng huyện trước"), the other way after its claim ("… phải không hay
huyện cũ chi"), the old practice ("vì trước huyện hướng dẫn vậy") or a premise ("thị xã cũ đã
giải thể, giờ …") is answered by its own rule; the reform's "Không" (the district no longer does
it) answers only a district claimed to act. Beside it: a provincial award is not one of the
powers that moved (Luật 2022 Điều 79), a district's signature claimed as required now is no past
award kept, "thi xa" typed bare before what the xã does is "thì xã", the xã after "được" and
before a verb reviews the asker's case, and "tự lập / cần lập hội đồng … riêng" asks whether the
xã sets up its council (Luật 2022 Điều 90). Wordings are our own, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts

_REFORM = "Cấp huyện đã bỏ từ 01/7/2025"


def _first_verdict(kb: KnowledgeBase, question: str) -> str | None:
    verdicts = leading_verdicts(ask(kb, question))
    return verdicts[0] if verdicts else None


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the comparison: "như / giống" the old district's council
        (
            "hội đồng TĐKT phường xét danh hiệu có phải biểu quyết giống hội đồng quận cũ không",
            "Có",
            "biểu quyết",
        ),
        (
            "thon co phai niem yet danh sach gia dinh van hoa nhu huyen truoc day k",
            "Có",
            "niêm yết",
        ),
        # the old practice given as the reason
        (
            "tổ dân phố bình xét GĐVH xong không niêm yết vì trước đây quận bảo vậy, "
            "vậy tổ có phải niêm yết công khai không",
            "Có",
            "niêm yết",
        ),
        # the former town told abolished in a clause of its own, the xã's power asked after
        (
            "thị xã cũ của tôi đã giải thể, giờ chủ tịch phường có được tặng giấy khen cho tổ dân "
            "phố không",
            "Có",
            "Chủ tịch UBND xã",
        ),
        # the other way offered after the claim, told as the past
        (
            "xa co phai tu lap hoi dong thi dua khen thuong ko hay dung chung hoi dong huyen cu",
            "Có",
            "thành lập",
        ),
    ],
)
def test_district_aside_leaves_the_rule_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        # the district claimed to still act: the reform's own "Không" answers
        "huyện cũ còn ký giấy khen cho giáo viên không",
        "ho so LDTT van phai gui phong noi vu huyen phai k",
        # the district's signature claimed to be required now (no past award asked of)
        "giấy khen cho hộ gia đình phải do chủ tịch huyện ký mới có giá trị phải không",
        "cstdcs phai la chu tich ubnd quan ky moi co gia tri a",
        # a provincial award claimed to have moved to the xã with the district's powers
        "bằng khen chủ tịch tỉnh giờ chủ tịch xã ký thay huyện phải không",
        "nghe noi co thi dua cua tinh nay chuyen ve cho chu tich phuong ky, dung ko",
    ],
)
def test_district_claimed_to_act_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    assert _first_verdict(officer_kb, question) == "Không"


@pytest.mark.parametrize(
    "question",
    [
        # the reform's move itself put up: the route straight to the province, the xã signing
        "hồ sơ bằng khen tỉnh giờ gửi thẳng Sở Nội vụ, không qua huyện nữa đúng không",
        "quyen tang giay khen cua chu tich huyen chuyen ve chu tich xa dung k",
        # a past decision of the district asked to hold
        "CSTĐCS năm 2024 do chủ tịch huyện ký còn giá trị không",
    ],
)
def test_move_and_past_awards_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    assert _first_verdict(officer_kb, question) == "Có"


def test_province_kept_its_awards(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "nghe nói bằng khen tỉnh nay do chủ tịch xã ký thay vì huyện đã bỏ, đúng k",
        "Không",
    )
    assert "Chủ tịch UBND tỉnh" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nguoi dan lan chiem dat cong thi xa xu ly the nao",
        "hộ dân xây nhà trái phép thi xa xu phat ra sao",
    ],
)
def test_then_the_xa_is_no_former_town(officer_kb: KnowledgeBase, question: str) -> None:
    assert _REFORM not in officer_kb.ask(question, TODAY).text


def test_former_town_typed_bare_still_read(officer_kb: KnowledgeBase) -> None:
    assert _REFORM in ask(officer_kb, "thi xa cua toi da bo, vay giay khen gio ai ky")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã reviews the asker's case: whether the asker may have the title is asked
        ("tôi đạt LĐTT và hoàn thành xuất sắc nhiệm vụ, có được xã xét CSTĐCS không", "Có"),
        ("em chi hoan thanh nhiem vu thoi, co dc phuong xet CSTDCS k", "Không"),
        ("chị ấy đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, có được đặc khu xét CSTĐCS không", "Có"),
    ],
)
def test_xa_reviewing_is_no_recipient(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "không tặng cho xã" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "phường mới sáp nhập có cần lập hội đồng thi đua khen thưởng riêng không",
        "xa co phai tu lap HD TDKT k",
        "dac khu co can lap hoi dong TDKT rieng ko",
        "giờ xã có phải tự lập Hội đồng Thi đua - Khen thưởng không",
        "quận cũ có hội đồng thi đua, nay phường có cần lập hội đồng TĐKT riêng không",
    ],
)
def test_council_set_up_asked(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Có" in leading_verdicts(text)[:2], text
    assert "thành lập" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # the province offered as the other way after the claim: the xã's power is asked
        "trước CSTĐCS do chủ tịch huyện ký, giờ chủ tịch xã ký được chưa hay phải trình tỉnh",
        "LDTT truoc huyen ky, nay chu tich phuong tu ky duoc hay van phai trinh tinh a",
        "ông phó phòng nội vụ huyện cũ bảo giờ xã không còn quyền tặng CSTĐCS, phải trình tỉnh, "
        "đúng không",
    ],
)
def test_power_denial_only_as_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    denied = "không chuyển lên tỉnh" in ask(officer_kb, question)
    assert denied == question.startswith("ông"), question
