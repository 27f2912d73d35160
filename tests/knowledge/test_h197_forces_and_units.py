"""Families mended by task h197 (stop 32).

- a force's prize asked under LĐTT's name ("dân quân thường trực … LĐTT thưởng bao nhiêu"): the
  force's title is "Chiến sĩ tiên tiến" (Luật 2022 Điều 24 khoản 2), paid 0,3 × lương cơ sở as
  LĐTT (NĐ 152/2025 Điều 50 khoản 1 điểm d); a commune official keeps LĐTT's plain answer.
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "dân quân thường trực ở xã được LĐTT thì thưởng bao nhiêu tiền",
        "dan quan thuong truc dat lao dong tien tien duoc thuong bao nhieu",
        "LĐTT của dân quân tự vệ cơ động thưởng mấy triệu vậy",
        "anh Hùng là dân quân thường trực, năm nay hoàn thành tốt nhiệm vụ, được LĐTT thì"
        " tiền thưởng bao nhiêu",
        "công an xã chính quy đạt lao động tiên tiến được bao nhiêu tiền thưởng",
        "chiến sĩ công an xã được công nhận lao dong tien tien thi tien thuong la bao nhieu a",
    ],
)
def test_force_prize_names_its_own_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "Chiến sĩ tiên tiến" in first, text
    assert "0,3 lần mức lương cơ sở" in first, text
    assert "Điều 24 khoản 2" in first, text


def test_commune_official_keeps_ldtt_prize(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "công chức văn phòng xã đạt LĐTT thưởng bao nhiêu")
    first = text.split("\n\n")[0]
    assert "0,3 lần mức lương cơ sở" in first and "Chiến sĩ tiên tiến" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "chi hội phụ nữ tự công nhận gia đình văn hóa được không",
        "trạm y tế xã có được tự công nhận LĐTT cho nhân viên không",
        "phòng văn hóa xã tự công nhận thôn văn hóa có đúng không",
        "trường tiểu học xã tự công nhận gia đình văn hóa cho phụ huynh được k",
        "chi hoi nong dan thon tu cong nhan gia dinh van hoa cho hoi vien dc ko",
        "trưởng thôn có quyền ra quyết định công nhận gia đình văn hóa không",
        "to truong to dan pho duoc ra quyet dinh cong nhan to dan pho van hoa k",
    ],
)
def test_unit_below_the_xa_decides_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 80 khoản 1, 3: a unit, village or association under the xã reviews and
    proposes; the xã chairman decides."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa xã tự công nhận được không",
        "trạm y tế xã có được công nhận tập thể lao động tiên tiến không",
        "trường tiểu học xã có được tặng giấy khen không",
        "em từng làm ở huyện, cho em hoi: xa gio co tu quyet dinh LDTT cho cong chuc xa dc k",
    ],
)
def test_the_xa_or_a_unit_given_keeps_yes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "anh tôi làm công nhân ở công ty may trên địa bàn xã, được bình LĐTT, có cần chủ tịch"
        " xã ký không",
        "chị gái em làm ở công ty giày da trong xã. cuối năm công ty bình chị ấy CSTĐCS. vậy có"
        " phải trình chủ tịch xã ký không",
        "em trai tôi là công nhân nhà máy của doanh nghiệp tư nhân ở phường. được đề nghị lao"
        " động tiên tiến. hồ sơ có phải gửi xã ký không ạ",
        "bo em lam cong nhan cong ty go o xa, nam nay dc binh LDTT. co can ubnd xa ra quyet dinh k",
        "Tôi là bí thư chi bộ thôn. Đảng viên của tôi làm công nhân hợp tác xã, được bình lao"
        " động tiên tiến. Anh ấy hỏi xã có phải ký không",
    ],
)
def test_firm_told_then_who_signs(officer_kb: KnowledgeBase, question: str) -> None:
    """The firm told in the story, the ask naming only the xã: the director decides (Luật
    2022 Điều 80 khoản 4)."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc doanh nghiệp" in text.split("\n\n")[0], text


def test_commune_staff_told_then_who_signs(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "trường em có cô giáo đạt LĐTT. Có cần chủ tịch xã ký quyết định không", "Có"
    )
    assert "Chủ tịch UBND xã quyết định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "dân quân thường trực đạt chiến sĩ tiên tiến, lại hoàn thành xuất sắc nhiệm vụ, có đủ"
        " điều kiện chiến sĩ thi đua cơ sở không",
        "anh Bình làm dân quân tự vệ cơ động. năm nay anh hoàn thành xuất sắc nhiệm vụ. anh có"
        " được xét CSTĐCS không",
        "dan quan thuong truc, hoan thanh xuat sac nhiem vu, dat CSTT thi xet chien si thi dua"
        " co so duoc ko",
        "chiến sĩ công an xã chính quy hoàn thành xuất sắc nhiệm vụ có được CSTĐCS không",
        "dân quân tự vệ cơ động được chiến sĩ tiên tiến và hoàn thành xuất sắc nhiệm vụ thì có"
        " lên chiến sĩ thi đua cơ sở được không",
        "dan quan thuong truc dat CSTT va hoan thanh xuat sac nv thi xet CSTDCS dc k",
        "cậu ấy là dân quân thường trực; năm 2026 hoàn thành xuất sắc nhiệm vụ thì lên CSTĐCS"
        " được không",
    ],
)
def test_force_kept_beside_its_level(officer_kb: KnowledgeBase, question: str) -> None:
    """A force told with a level of duty keeps the force: its title is Chiến sĩ tiên tiến and
    its decider its ministry (Luật 2022 Điều 23 khoản 1, Điều 24 khoản 2, Điều 80 khoản 5)."""
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Chiến sĩ tiên tiến" in first and "Bộ" in first, text
