"""Task h245 (stop 34): one part of a message must not sway another part's yes/no.

Luật 2022 Điều 24 khoản 1 (TT 15/2025): a person disciplined from khiển trách up in the year is
not reviewed for Lao động tiên tiến (so not for CSTĐCS either, Điều 23). Asked beside "… năm
ngoái có bị hủy không", the "có bị" of the revocation's clause is that part's own ask: the
eligibility part is still "Không" (not turned into "Có" as if "có bị loại" were asked), and the
revocation part says a discipline for a later act is no ground to revoke (Điều 93 khoản 3).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    ("question", "revoked"),
    [
        (
            "chồng tôi bị cảnh cáo trong năm nay thì năm nay có được xét Lao động tiên tiến "
            "không, và bằng Chiến sĩ thi đua cơ sở năm trước có bị thu hồi không?",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "cô giáo bị kỷ luật năm nay, LĐTT năm nay có được không, "
            "LĐTT năm ngoái có bị hủy không",
            "Lao động tiên tiến: Hủy",
        ),
        (
            "anh ấy bị khiển trách năm nay: năm nay có được xét chiến sĩ thi đua cơ sở k và "
            "lao động tiên tiến năm ngoái có bị thu hồi k",
            "Lao động tiên tiến: Hủy",
        ),
        (
            "me em bi ky luat khien trach nam nay, LDTT nam nay co dc xet ko, CSTDCS nam ngoai "
            "co bi huy ko",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "Chị kế toán bị khiển trách năm nay thì năm nay có được đề nghị CSTĐCS không, "
            "còn LĐTT năm trước có bị hủy không",
            "Lao động tiên tiến: Hủy",
        ),
    ],
)
def test_eligibility_part_keeps_its_own_no(
    officer_kb: KnowledgeBase, question: str, revoked: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "kỷ luật" in text.split("\n\n")[0], text
    ask_part_verdict(officer_kb, question, revoked, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "bi ky luat nam nay thi LDTT nam nay co bi loai k",
        "em bị khiển trách năm nay, có bị loại khỏi danh sách Lao động tiên tiến không",
    ],
)
def test_adverse_ask_alone_still_turns(officer_kb: KnowledgeBase, question: str) -> None:
    """A single "có bị loại" ask is still the reverse of "có được": the case bars the title."""
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict", "decisive"),
    [
        # NĐ 152/2025 Điều 49 (Luật 2022 Điều 78): Lao động tiên tiến brings 0,3 × lương cơ sở
        (
            "chị văn phòng bảo Lao động tiên tiến không có tiền thưởng, em thấy buồn lắm. "
            "có đúng vậy không",
            "Không",
            "0,3 lần mức lương cơ sở",
        ),
        # Luật 2022 Điều 93 khoản 3: an inquiry pending is no ground to revoke
        (
            "nghe noi bi dieu tra la mat het danh hieu, ca nha lo lang lam. dung vay ko",
            "Không",
            "Đang bị điều tra",
        ),
        (
            "anh em bảo đang bị thanh tra thì bị thu hồi bằng khen, tôi hoang mang quá. "
            "Có đúng thế không ạ",
            "Không",
            "Đang bị điều tra",
        ),
        (
            "con em được giấy khen xã năm ngoái, giờ bị tạm đình chỉ công tác, nghe nói bị thu "
            "hồi giấy khen, nhà em lo lắm. Có đúng vậy k ad",
            "Không",
            "chưa phải căn cứ",
        ),
        # NĐ 129/2025 Điều 59: the xã chairman awards Tập thể lao động tiên tiến
        (
            "nghe nói TTLĐTT do chủ tịch xã quyết định, em thắc mắc lắm, đúng k",
            "Có",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_feeling_aside_leaves_the_yesno_to_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, decisive: str
) -> None:
    """ "… nhà em lo lắm. Có đúng vậy không": the yes/no closes the saying before the feeling."""
    text = ask_verdict(officer_kb, question, verdict)
    assert decisive in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Công nhân cũng phải hoàn thành tốt nhiệm vụ như công chức mới được Lao động tiên tiến, "
        "đúng không?",
        "nghe nói ngư dân cũng phải hoàn thành tốt nhiệm vụ mới được LĐTT, phải k",
        "bà con nông dân cũng cần hoàn thành tốt nhiệm vụ thì mới đạt lao động tiên tiến "
        "phải không",
        "nguoi lao dong tu do cung phai hoan thanh tot nhiem vu moi dc xet LDTT a",
        "Nông dân trong thôn cũng phải hoàn thành tốt nhiệm vụ trở lên mới được xét danh hiệu LĐTT "
        "đúng không ạ",
        "tiểu thương ở chợ cũng phải hoàn thành tốt nhiệm vụ mới được LĐTT à",
    ],
)
def test_also_keeps_the_worker_asked(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 24 khoản 3: công nhân, nông dân, người lao động are held to working and
    producing to good effect, not to the staff's level of task completion; "cũng phải" (also
    must) keeps the worker as the one the claim is about."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "giáo viên cũng phải hoàn thành tốt nhiệm vụ mới được LĐTT đúng k",
        "ngư dân có được xét danh hiệu Lao động tiên tiến không",
    ],
)
def test_also_keeps_other_cases(officer_kb: KnowledgeBase, question: str) -> None:
    """A teacher is held to hoàn thành tốt nhiệm vụ (khoản 1); a fisherman may have LĐTT."""
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "ubnd xa tang giay khen cho ban tri su chua, nghe noi chu tich tinh ky, dung k",
        "xã khen thưởng sư trụ trì ở chùa, nghe nói phải do chủ tịch tỉnh ký, đúng k",
        "thôn vận động bà con ở chùa, xã tặng giấy khen cho ban trị sự chùa, nghe nói phải "
        "trình tỉnh ký, phải k",
        "UBND phường khen sư trụ trì của chùa, nghe nói giấy khen này do Chủ tịch UBND tỉnh ký, "
        "đúng không",
        "xã tặng giấy khen cho ni sư ở chùa, nghe nói phải trình lên tỉnh quyết định, đúng không",
    ],
)
def test_pagoda_is_no_yesno(officer_kb: KnowledgeBase, question: str) -> None:
    """ "… cho ban trị sự chùa": "chùa" folds like "chưa" but closes no yes/no; the saying that
    the province signs is what is asked, and the xã chairman awards the giấy khen (Luật 2022
    Điều 75, Điều 80 khoản 3)."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text


def test_pagoda_then_not_yet_still_asks(officer_kb: KnowledgeBase) -> None:
    """ "… cho nhà chùa chưa": the "chưa" after the pagoda still asks yes or no."""
    ask_verdict(officer_kb, "xa da tang giay khen cho nha chua chua", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói tiền thưởng giấy khen tính theo lương cơ sở lúc nhận tiền chứ không phải lúc ký "
        "quyết định, đúng không",
        "tien thuong giay khen tinh theo luong co so luc nhan tien phai k",
        "Kế toán bảo tiền thưởng CSTĐCS tính theo lương cơ sở khi chi tiền, không phải khi ký "
        "quyết định, đúng không?",
        "nghe nói tiền thưởng giấy khen tính theo mức lương cơ sở thời điểm nhận tiền đúng k",
        "chị kế toán nói tiền thưởng chiến sĩ thi đua cơ sở lấy lương cơ sở lúc nhận tiền, "
        "có đúng không",
    ],
)
def test_pay_day_is_not_the_base_day(officer_kb: KnowledgeBase, question: str) -> None:
    """NĐ 152/2025 Điều 49: the prize is counted on the lương cơ sở in force on the day the
    decision is signed, not the day the money is paid or received."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngày ký quyết định" in text.split("\n\n")[0], text
