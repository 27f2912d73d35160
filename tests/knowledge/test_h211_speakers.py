"""Whose claim a yes/no judges when a message reports what others said (task h211, b68–b70).
Wordings of our own, none from a set:

- a direct yes/no ask followed by a rival's saying ("…, chị văn phòng bảo chỉ …") is answered on
  the ask: the saying is the other answer the asker heard, not the claim (Luật 2022 Điều 5, 24,
  75; NĐ 152/2025 Điều 24, 50; NĐ 86/2023 Điều 8);
- a closing ask pointing back at the saying ("…, vậy chị ấy nói đúng không") still judges it;
- of two speakers, the one the closing ask names ("vậy anh trưởng phòng nói có đúng không",
  "vậy cô ấy nói có đúng k") is judged, not the other (LĐTT: Luật 2022 Điều 24, NĐ 152/2025
  Điều 6; Gia đình văn hóa: NĐ 86/2023 Điều 8, bình xét ở thôn xong trước 25/11).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.sayings import ask_before_rival, without_rivals
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Công nhân hợp đồng ở thôn có được bình LĐTT không, chị nội vụ bảo chỉ công chức thôi",
            "Có",
            "hợp đồng",
        ),
        (
            "ong chu tich xa co duoc ky giay khen cho ho gia dinh khong, anh to chuc noi chi tap "
            "the va ca nhan thoi",
            "Có",
            "hộ gia đình",
        ),
        (
            "Cùng lúc được CSTĐCS và giấy khen thì có nhận cả hai khoản tiền không, kế toán xã "
            "bảo chỉ được nhận một",
            "Có",
            "cả hai",
        ),
        (
            "gia dinh van hoa co binh xet moi nam khong, co nguoi bao 3 nam 1 lan",
            "Có",
            "hằng năm",
        ),
        (
            "Nhân viên làm 8 tháng có được xét lao động tiên tiến không ạ, anh trưởng phòng nói "
            "phải đủ 1 năm mới xét",
            "Có",
            "Lao động tiên tiến",
        ),
        (
            "Viên chức hợp đồng ở trường có được xét LĐTT không ạ? Anh tổ chức bảo chỉ xét cho "
            "biên chế.",
            "Có",
            "hợp đồng",
        ),
        (
            "1 nguoi co duoc tang giay khen nhieu lan k, chu van phong bao moi nguoi chi 1 lan",
            "Có",
            "nhiều lần",
        ),
    ],
)
def test_rival_saying_after_the_ask_is_not_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


def test_saying_pointed_back_at_is_the_claim() -> None:
    # the tail asks of the saying: no cut, the saying is what is put up
    assert (
        ask_before_rival("LĐTT có xét cho hợp đồng không, chị tổ chức bảo chỉ biên chế, đúng không")
        is None
    )
    assert ask_before_rival("LĐTT xét cho hợp đồng, chị tổ chức bảo vậy") is None
    assert ask_before_rival("LĐTT có xét cho hợp đồng k, chị tổ chức bảo chỉ biên chế") == (
        "ldtt co xet cho hop dong k"
    )


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "em mới vào làm tháng 9, anh trưởng phòng bảo em vẫn được xét LĐTT, còn chị kế toán "
            "bảo không được, vậy anh trưởng phòng nói có đúng không",
            "Không",
            "6 tháng",
        ),
        (
            "Em mới tuyển dụng được 3 tháng. Chị văn phòng bảo em chưa được xét LĐTT, nhưng anh "
            "phó chủ tịch bảo vẫn được. Vậy chị văn phòng nói đúng không ạ?",
            "Có",
            "6 tháng",
        ),
        (
            "Thôn em họp bình xét gia đình văn hóa ngày 28/11, anh văn hóa xã bảo trễ rồi vì "
            "phải xong trước 25/11, còn bác trưởng thôn bảo hạn là 31/12. Vậy anh văn hóa nói có "
            "đúng không?",
            "Có",
            "25/11",
        ),
        (
            "Thôn em họp bình xét gia đình văn hóa ngày 28/11, anh văn hóa xã bảo trễ rồi vì "
            "phải xong trước 25/11, còn bác trưởng thôn bảo hạn là 31/12. Vậy bác trưởng thôn "
            "nói có đúng không?",
            "Không",
            "25/11",
        ),
        (
            "thon e binh xet gdvh xong 1/12, co cong chuc van hoa bao phai xong truoc 25/11, con "
            "truong thon bao truoc 15/12 la dc. vay co ay noi co dung k",
            "Có",
            "25/11",
        ),
    ],
)
def test_the_speaker_the_ask_names_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


def test_rivals_dropped_keep_the_named_saying() -> None:
    letter = (
        "cuoi nam truong phong bao e van dc binh, nhung c to chuc bao k dc, vay truong phong "
        "noi dung k"
    )
    shorter = without_rivals(letter, lambda text: frozenset())
    assert "to chuc" not in shorter and "truong phong bao e van dc binh" in shorter
    # no one named, or "ai đúng": the letter is kept whole
    whole = letter.replace("vay truong phong noi dung k", "vay ai noi dung k")
    assert without_rivals(whole, lambda text: frozenset()) == whole


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "xa e nam nay de nghi CSTDCS cho a Hung hoan thanh xuat sac nhiem vu, k co sang kien. "
            "phong bao CSTDCS bat buoc co sang kien moi dc. e thay k dung, ad xem giup",
            "sáng kiến",
        ),
        (
            "Năm nay xã đề nghị CSTĐCS cho anh Tuấn hoàn thành xuất sắc nhiệm vụ, không có sáng "
            "kiến. Chị văn phòng bảo CSTĐCS bắt buộc phải có sáng kiến. Em thấy không hợp lý, nhờ "
            "anh chị kiểm tra giúp.",
            "sáng kiến",
        ),
        (
            "truong phong bao nguoi moi tuyen 8 thang k dc xet LDTT vi phai du 1 nam. e thay vo ly "
            "qua, ad xem lai giup e voi",
            "6 tháng",
        ),
        (
            "Chị kế toán bảo giấy khen của chủ tịch xã không có tiền thưởng. Em nghĩ không đúng, "
            "anh chị xem giúp em.",
            "0,3 lần",
        ),
        (
            "co nguoi bao gia dinh van hoa 3 nam moi xet 1 lan. minh thay sai sai, a/c kiem tra "
            "giup",
            "hằng năm",
        ),
    ],
)
def test_doubt_and_request_to_check_judge_the_rule_reported(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    # "em thấy không đúng, xem giúp" asks whether the rule reported is right: it is not
    # (CSTĐCS: Luật 2022 Điều 23; LĐTT: NĐ 152/2025; giấy khen: NĐ 152/2025 Điều 50; GĐVH:
    # NĐ 86/2023 Điều 8)
    assert fact in ask_verdict(officer_kb, question, "Không")
