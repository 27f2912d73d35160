"""Task h185: a claim put up for confirmation that denies what a fact grants, or that says a thing
is not needed.

Questions of our own, in an officer's voice (none copied from a question set). Keys
(``../shared/reference``): Luật 2022 Điều 74, NĐ 152/2025 (the xã chairman gives Giấy khen to
cá nhân, tập thể, hộ gia đình), NĐ 86/2023 (he recognises Gia đình văn hóa), Luật 2022 Điều 93
khoản 8 (whoever awarded revokes, fraud included), Điều 23 khoản 2 (CSTĐCS: LĐTT plus excellent
duty OR a sáng kiến OR a study: no initiative is required), Điều 24 (LĐTT needs none).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # the power to give, denied with the verb of giving, not the attribute's cue words
        ("nghe nói chủ tịch UBND xã không được tặng giấy khen cho tập thể, đúng không", "tập thể"),
        ("co nguoi bao chu tich xa k duoc cong nhan gia dinh van hoa, phai k", "Gia đình văn hóa"),
        ("nghe noi giay khen ca nhan thi chu tich xa khong dc ky, dung k a", "cá nhân"),
        ("chủ tịch xã không được khen hộ gia đình có thành tích, phải không", "hộ gia đình"),
        ("giấy khen cho tập thể thì chủ tịch xã không được tặng, đúng không", "tập thể"),
        ("gia dinh van hoa thi chu tich xa k dc cong nhan, phai k", "Gia đình văn hóa"),
        ("giay khen cho ca nhan thi chu tich phuong k dc khen dung k", "cá nhân"),
        # nobody said able to revoke: "không ai hủy / thu hồi được"
        ("anh ở xã bên bảo quyết định khen đã ký thì không ai hủy được, đúng không", "hủy bỏ"),
        ("nghe noi tien thuong da nhan roi thi khong ai thu hoi duoc, phai k", "hủy bỏ"),
    ],
)
def test_act_denied_turns_the_fact(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        # "not needed" claimed, against a fact that says "không bắt buộc" / "không cần"
        "nghe noi xet CSTDCS k can co sang kien, phai k a",
        "co phai chien si thi dua co so khong bat buoc sang kien, dung k",
        "chị văn phòng bảo CSTĐCS chỉ cần hoàn thành xuất sắc nhiệm vụ, không cần sáng kiến, đúng"
        " k",
        "nghe nói LĐTT không cần sáng kiến, đúng không",
        "Có người nói muốn đạt chiến sĩ thi đua cơ sở thì không cần sáng kiến, phải không ạ?",
    ],
)
def test_not_needed_claimed_is_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến" in text


@pytest.mark.parametrize(
    ("question", "verdict", "named"),
    [
        # the class of state honours denied of one that is in it (Luật 2022 Điều 59 khoản 2)
        (
            "nghe nói Nghệ sĩ nhân dân không phải là danh hiệu vinh dự nhà nước, đúng không",
            "Không",
            "Nghệ sĩ nhân dân",
        ),
        (
            "co nguoi bao nha giao uu tu chi la danh hieu cua nganh giao duc, k phai danh hieu"
            " vinh du nha nuoc, phai k",
            "Không",
            "Nhà giáo ưu tú",
        ),
        (
            "Anh hùng lao động không phải danh hiệu vinh dự nhà nước phải không ạ",
            "Không",
            "Anh hùng Lao động",
        ),
        (
            "thay thuoc nhan dan khong phai la danh hieu vinh du nha nuoc dung k",
            "Không",
            "Thầy thuốc nhân dân",
        ),
        # denied of a form of award, which indeed is not one: the denial holds
        ("huy chương không phải danh hiệu vinh dự nhà nước, đúng k", "Có", "hình thức khen"),
        # not denied: the class claimed as before
        ("Bà mẹ Việt Nam anh hùng là danh hiệu vinh dự nhà nước đúng không", "Có", "Bà mẹ"),
    ],
)
def test_state_honour_class_denied(
    officer_kb: KnowledgeBase, question: str, verdict: str, named: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert named in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # one level claimed to revoke every decision: whoever awarded revokes (Điều 93 khoản 8)
        ("nghe nói chỉ chủ tịch tỉnh mới được hủy quyết định khen thưởng, đúng không", "Không"),
        ("mọi quyết định khen thưởng đều do chủ tịch UBND tỉnh hủy, phải không", "Không"),
        ("thu hồi khen thưởng thì đều phải do tỉnh làm, đúng k", "Không"),
        ("co nguoi bao chi ubnd tinh moi co quyen huy quyet dinh khen thuong, dung k a", "Không"),
        ("huy quyet dinh khen thi phai do chu tich tinh huy het ca, dung k", "Không"),
        # the decision's own level told: the same level revokes it
        ("quyết định khen của tỉnh thì đều do tỉnh hủy, đúng không", "Có"),
    ],
)
def test_one_revoker_for_all_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 93" in text
