"""Task h220, family 1 (b68 families 4 and 5): a paper's name, a reform told as the reason, and
who chairs the thôn's meeting.

- "chứng nhận hoặc xác nhận … sáng kiến có phạm vi ảnh hưởng" names one paper (Luật Thi đua,
  khen thưởng 2022 Điều 84 khoản 1 điểm d); its "hoặc" is no route among several, so a dossier
  asked to hold it is "Có.", not "Tùy".
- "X giờ phải trình Sở Nội vụ vì huyện bị bỏ, đúng k": the abolition is the reason given, the
  claim is the route up to the province, which NĐ 129/2025 Điều 59 denies for what the xã now
  decides ("Không."), not the abolition itself ("Có.").
- "họp bình xét GĐVH do chủ tịch xã chủ trì": NĐ 86/2023 Điều 8 has the head of the thôn (tổ
  dân phố) chair it; another office-holder claimed is "Không.", the head "Có.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ chiến sĩ thi đua cấp tỉnh có phải kèm xác nhận sáng kiến phạm vi ảnh hưởng trong"
        " tỉnh không",
        "ho so CSTD toan quoc co can chung nhan sang kien co pham vi anh huong toan quoc k",
        "hồ sơ CSTĐ tỉnh của chị Hoa có cần giấy xác nhận sáng kiến phạm vi trong tỉnh không",
        "lam ho so chien si thi dua tinh co can giay xac nhan sang kien ko a",
        "Hồ sơ Chiến sĩ thi đua toàn quốc có cần chứng nhận đề tài, sáng kiến ảnh hưởng toàn"
        " quốc không?",
    ],
)
def test_paper_named_with_its_reach_is_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến" in text, text


def test_law_dossier_for_any_title_stays_conditional(officer_kb: KnowledgeBase) -> None:
    # the Law's list asks it only "khi đề nghị" a CSTĐ title: still one case among several
    question = "hồ sơ danh hiệu thi đua theo luật có cần xác nhận sáng kiến không"
    ask_verdict(officer_kb, question, "Tùy")


@pytest.mark.parametrize(
    "question",
    [
        "nghe bảo thôn văn hóa bây giờ phải trình Sở Nội vụ vì huyện bị bỏ, đúng không",
        "huyen bo roi nen CSTDCS phai gui len so noi vu, phai k",
        "GĐVH nay phải trình Sở Nội vụ công nhận vì không còn huyện, đúng không",
        "LĐTT giờ phải gửi lên tỉnh duyệt vì quận đã bỏ, đúng k ạ",
        "do bo huyen nen giay khen xa gio phai trinh chu tich tinh ky, dung ko",
    ],
)
def test_route_up_claimed_because_district_gone(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "gio LDTT khong can bien ban binh xet nua vi huyen bi bo, dung k",
        "giờ xét CSTĐCS không cần họp hội đồng nữa vì quận đã bỏ, đúng không",
    ],
)
def test_other_claim_because_district_gone(officer_kb: KnowledgeBase, question: str) -> None:
    # the abolition is the reason given; the reform block does not confirm the claim
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "cap huyen bo tu 1/7/2025, dung k a",
        "nghe nói cấp huyện đã bị bỏ, đúng không",
        # the xã signing now is the move the reform made (NĐ 129/2025 Điều 59)
        "từ khi bỏ huyện thì chủ tịch phường ký giấy khen cho tổ dân phố, đúng không",
    ],
)
def test_abolition_itself_put_up_is_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "hop xet gia dinh van hoa do cong chuc van hoa xa chu tri dung ko",
        "chủ tịch UBND xã chủ trì cuộc họp bình xét gia đình văn hóa ở thôn có đúng không",
        "bình xét GĐVH thì phó chủ tịch UBND xã chủ trì đúng không ạ",
        "ban cong tac mat tran chu tri binh xet gdvh phai k",
        "nghe noi hop binh xet gia dinh van hoa la bi thu chi bo chu tri, dung k",
    ],
)
def test_other_office_claimed_to_chair(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Trưởng thôn" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tổ trưởng tổ dân phố chủ trì họp bình xét gia đình văn hóa đúng k",
        "nghe noi truong thon chu tri hop binh xet gia dinh van hoa, dung k",
    ],
)
def test_head_of_thon_claimed_to_chair(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
