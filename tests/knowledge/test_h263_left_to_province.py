"""Task h263 (stop 35): what the law leaves to the province, read by whose rule is asked; and
questions of another service that share the field's words.

The lead's rule (domain.md §1.2 item 6 and §2): the 2022 framework fixes no national cap and no
longer makes registration a căn cứ (Luật 2022 Điều 7), but a province's quy chế may do either.
- Asked of the law, a decree or the whole country, the answer is the law's "Không".
- Asked of the asker's own unit, or of a unit named, with no law named, whether it is capped or
  whether an unregistered member may be reviewed, the answer is "Tùy" the province's quy chế,
  with the law's "không" said: a bare "Không" reads as "you cannot be reviewed".
- A firm or HTX sets its own rule for its own workers (Luật 2022 Điều 80 khoản 4).
- A question of another service (a firm's address, a loan for a road, a salary) is declined.
"""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import OFF_TOPIC_TEXT
from tests.knowledge.asking import TODAY, ask, ask_verdict

# --- a cap asked of a unit, no law named: the province's quy chế decides


@pytest.mark.parametrize(
    "question",
    [
        "xã em có bị khống chế số CSTĐCS theo tỷ lệ không",
        "phuong co bi gioi han ti le lao dong tien tien k",
        "o xa thi so nguoi dat CSTDCS co bi khong che k a",
        "Trạm y tế xét chiến sĩ thi đua cơ sở có bị giới hạn số lượng không?",
        "HTX nong nghiep xet LDTT cho xa vien co bi han che ty le ko",
        "trường mầm non bọn mình bình CSTĐCS có bị khống chế không ạ",
        # stop 40 (the lead, task h360): a figure asked of the asker's own unit ("xã mình có bị
        # giới hạn 15% không") is that unit's cap too, which the province's quy chế decides
        "trường em CSTĐCS có bị giới hạn 15% số LĐTT không",
        # stop 46 (the lead's settled policy; task h476): a bare cap asked, no unit at all
        "LĐTT có bị giới hạn tỷ lệ % không",
    ],
)
def test_cap_of_a_unit_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "quy chế" in text and "tỉnh" in text, text
    assert "không khống chế" in text, text  # the law's own answer is said with it


@pytest.mark.parametrize(
    "question",
    [
        "theo luật xã có bị khống chế tỷ lệ CSTĐCS không",
        "nghị định có giới hạn tỷ lệ LĐTT ở phường không",
        "ca nuoc co khong che ti le cstdcs k",
    ],
)
def test_cap_of_the_law_or_a_figure_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    # the law, the country or the repealed 15 % put up: the national "Không"
    ask_verdict(officer_kb, question, "Không")


# --- registration not done, review asked or claimed lost: the province's quy chế decides


@pytest.mark.parametrize(
    "question",
    [
        "đầu năm tổ em không nộp bản đăng ký thi đua, cuối năm có được bình xét LĐTT không",
        "chua dang ky thi dua thi cuoi nam co dc de nghi CSTDCS k",
        "thon minh quen dang ky thi dua, nam nay co bi loai khoi xet thon van hoa k",
        "nghe nói không đăng ký thi đua là cuối năm khỏi được xét gì, đúng không",
        "đăng ký thi đua đầu năm chưa nộp thì cuối năm còn được xét danh hiệu không",
        "to em quen dang ky thi dua, cuoi nam co bi loai khoi binh xet LDTT ko",
    ],
)
def test_registration_missed_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Điều 7" in text, text
    assert "quy chế" in text and "tỉnh" in text, text
    # the law's answer said with it, never a bare "không" after "có được xét không"
    assert "Theo luật thì không." not in text, text
    assert "theo luật" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "theo luật không đăng ký thi đua thì có bị loại khỏi xét LĐTT không",
        "luat co bat buoc dang ky thi dua moi duoc xet danh hieu k",
        "nghị định có quy định không đăng ký thi đua thì không được xét không",
        "theo luat tdkt 2022, chua dang ky thi dua thi co dc xet CSTDCS k",
        "cả nước có bắt buộc đăng ký thi đua mới được xét không",
    ],
)
def test_registration_asked_of_the_law_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 7" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "cty k dang ky thi dua voi ai ca thi cuoi nam co dc xet LDTT cho cong nhan k",
        "HTX mình chưa đăng ký thi đua, cuối năm có xét LĐTT cho xã viên được không",
        "hop tac xa chua dang ky thi dua, cuoi nam co dc xet ldtt k",
        "công ty tôi quên đăng ký thi đua đầu năm, cuối năm có bị loại khỏi xét LĐTT không",
        "cong ty e k nop ban dang ky thi dua, cuoi nam xet LDTT cho cong nhan dc k",
    ],
)
def test_registration_of_a_firm_is_its_own_rule(officer_kb: KnowledgeBase, question: str) -> None:
    # the firm's director awards its workers (Luật 2022 Điều 80 khoản 4): its own rule decides
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Điều 80 khoản 4" in text, text
    assert "chính doanh nghiệp" in text, text


# --- another service's question, sharing the field's words, is declined


@pytest.mark.parametrize(
    "question",
    [
        "thu tuc dang ky thay doi dia chi tru so cong ty sau khi sap nhap xa",
        "Sau sáp nhập xã, doanh nghiệp đổi địa chỉ trụ sở thì làm ở đâu",
        "thôn em muốn làm đường bê tông thì xin vốn nông thôn mới ở đâu",
        "nguon von lam duong giao thong thon xin o xa hay tinh",
        "lương cơ sở tăng thì hệ số lương 3,0 của em lĩnh bao nhiêu một tháng",
        "nang luong thuong xuyen 3 nam 1 lan, he so luong moi tinh the nao",
        "phu cap chuc vu cua pho chu tich xa tinh theo luong co so bao nhieu",
    ],
)
def test_other_services_are_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered and answer.text == OFF_TOPIC_TEXT, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "lương cơ sở hiện nay là bao nhiêu",
        "tiền thưởng LĐTT tính theo lương cơ sở hay hệ số lương",
        "sau sap nhap xa, ho so khen thuong nop o dau",
        "xã đạt chuẩn nông thôn mới có được khen không",
    ],
)
def test_field_questions_sharing_those_words_stay(officer_kb: KnowledgeBase, question: str) -> None:
    assert not ask(officer_kb, question).startswith(OFF_TOPIC_TEXT.split("\n")[0]), question
