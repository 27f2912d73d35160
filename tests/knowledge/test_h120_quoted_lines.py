"""A line an officer was told, quoted and put up for confirmation (task h120): the line is the
claim judged, not the question "is the text still in force". Wordings of our own, none from a
set; each kind with and without diacritics."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # a replaced text (content/law/replaced.yaml) said to be gone: the line is right
        ("zalo bao nd 91/2017 het hieu luc roi dung k", "152/2025"),
        ("Công văn của Sở ghi NĐ 122/2018 đã hết hiệu lực, đúng không ạ", "86/2023"),
        ("nghe noi tt 12/2019 het dung roi phai k", "15/2025"),
        ("Sở nói Thông tư 15/2025 đã thay thế Thông tư 01/2024, đúng vậy không ạ", "15/2025"),
    ],
)
def test_replaced_text_said_gone(officer_kb: KnowledgeBase, question: str, named: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert named in text


@pytest.mark.parametrize(
    "question",
    [
        # the reverse asked: whether it still applies
        "nd 98/2023 con hieu luc k",
        "Thông tư 01/2024/TT-BNV còn dùng được không",
        # the line gives another day than the one the text ended: not confirmed
        "nd 98/2023 het hieu luc tu 1/1/2025 dung k",
    ],
)
def test_replaced_text_not_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a requirement the law does not make (Luật 2022 Điều 23 khoản 2: hoàn thành xuất sắc
        # nhiệm vụ HOẶC sáng kiến), claimed as a loss: the line is wrong
        ("k co sang kien thi k dc CSTDCS dung k", "Không"),
        ("Không có sáng kiến thì không được xét chiến sĩ thi đua cơ sở phải không", "Không"),
        # asked plainly whether it can be had without: yes
        ("khong co sang kien thi co dc CSTDCS k", "Có"),
    ],
)
def test_loss_without_requirement_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "hoàn thành xuất sắc nhiệm vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        # a line that not registering loses the titles: the law bars no one (Luật 2022 Điều 7),
        # the province's quy chế may (domain.md): "Tùy", with the law's "không" said
        "trong nhom zalo bao k dang ky thi dua dau nam thi cuoi nam k dc xet, dung k",
        "Chị văn phòng nói không đăng ký thi đua từ đầu năm thì cuối năm không được xét,"
        " có đúng không",
    ],
)
def test_registration_line_left_to_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "UBND tỉnh" in text and "Theo luật thì không." in text


def test_registration_asked_of_the_law(officer_kb: KnowledgeBase) -> None:
    # the law itself asked: its plain "Không" stays
    ask_verdict(officer_kb, "theo luat k dang ky thi dua thi k dc xet dung k", "Không")


@pytest.mark.parametrize(
    "question",
    [
        # "only X, no money" reported: X is not what the title brings (NĐ 152/2025 Điều 50
        # khoản 1 điểm c: Bằng chứng nhận, khung and 1,0 × lương cơ sở), so the saying is wrong
        "ke toan bao CSTDCS chi dc giay chung nhan thoi k co tien thuong, dung k",
        "Kế toán nói CSTĐCS chỉ được giấy chứng nhận thôi không có tiền thưởng, đúng không",
    ],
)
def test_only_thing_reported_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Bằng chứng nhận" in text


@pytest.mark.parametrize(
    "question",
    [
        # a title the district decided before 01/7/2025 "still has value": it does (Luật 2022
        # Điều 80 khoản 2 gave the power then; Điều 22 counts the titles, whoever signed)
        "LDTT nam 2024 do huyen cong nhan van co gia tri khi xet CSTDCS k",
        "Giấy khen năm 2023 do Chủ tịch UBND huyện tặng vẫn có giá trị phải không",
    ],
)
def test_district_decision_still_valued(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "giữ nguyên giá trị" in text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # the xã's chairman told as the signer now (NĐ 129/2025 Điều 59): the xã there is who
        # decides, never a recipient of the title
        ("nghe noi bay gio chu tich phuong ky cong nhan TTLDTT luon, dung k", "Có", "129/2025"),
        ("Giờ chủ tịch UBND xã ký công nhận thôn văn hóa luôn phải không ạ", "Có", "129/2025"),
        (
            "Chủ tịch xã ký quyết định tặng Lao động tiên tiến luôn, không phải trình huyện nữa,"
            " đúng không",
            "Có",
            "Chủ tịch UBND xã quyết định",
        ),
        # a provincial award is not the xã's to sign, however the line puts it
        ("gio chu tich xa ky bang khen luon dung k", "Không", "Chủ tịch UBND tỉnh"),
        # "trình lên trên" / "luôn" are no place to submit nor a time: the signer is the claim
        (
            "Bây giờ chủ tịch phường ký tặng CSTĐCS luôn, không cần trình lên trên nữa, đúng không",
            "Có",
            "129/2025",
        ),
        ("chu tich xa ky dc LDTT luon k phai trinh len tren dung k a", "Có", "129/2025"),
    ],
)
def test_xa_signer_line(officer_kb: KnowledgeBase, question: str, verdict: str, said: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # a prize figure put up in a clause of its own: the yes/no is on the prize, judged
        # against the base in force (NĐ 152/2025 Điều 50; lương cơ sở 2.530.000 from 01/7/2026)
        ("LDTT thuong bao nhieu, ke toan bao 760.000 la dung chua", "Có", "760.000"),
        ("giay khen ca nhan truoc thuong 710.000, nam nay con muc do k", "Không", "760.000"),
        (
            "Lao động tiên tiến thưởng 1,5 lần lương cơ sở, chị kế toán nói vậy đúng không",
            "Không",
            "0,3 lần",
        ),
    ],
)
def test_prize_figure_line(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text


def test_every_replaced_text_named_is_said_replaced(officer_kb: KnowledgeBase) -> None:
    # a plan citing two repealed texts, answered about one: the other's successor is said too
    text = ask(
        officer_kb,
        "Kế hoạch cũ của xã ghi căn cứ Thông tư 12/2019 và Nghị định 91/2017, năm nay dùng lại"
        " được không",
    )
    assert "152/2025" in text and "15/2025" in text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # whether a text listed in replaced.yaml still applies, asked beside its successor
        ("nd 28/2024 con hieu luc k hay bi nd 152 thay roi", "Không", "152/2025"),
        ("Nghị định 28/2024 còn hiệu lực không hay đã bị thay", "Không", "152/2025"),
    ],
)
def test_replaced_text_asked_leads(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text


def test_successor_asked_leads(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "Nghị định 122/2018 về gia đình văn hóa bị thay thế bằng văn bản nào, từ bao giờ",
    )
    first = text.split("\n\n")[0]
    assert "86/2023" in first and "30/01/2024" in first


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the abolition put up in a clause of its own, another question after it
        ("Nghe nói cấp huyện đã bỏ từ 1/7/2025, phải không ạ, vậy giấy khen giờ ai ký", "Có"),
        ("zalo bao bo cap huyen roi, dung k, vay CSTDCS gio ai ky", "Có"),
    ],
)
def test_abolition_confirmed_before_another_question(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch UBND xã" in text


def test_abolition_with_another_date_is_not_confirmed(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "cap huyen bo tu 1/1/2025, dung k, vay LDTT gio ai ky")
    assert not text.split("\n")[1].startswith("Có.")


@pytest.mark.parametrize(
    "question",
    [
        "co ng bao chu tich xa ky dc bang khen cho tap the, dung k",
        "Chủ tịch xã ký bằng khen được không",
    ],
)
def test_provincial_award_claimed_of_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 74, 79: the province's chairman; Điều 80 khoản 3: the xã gives giấy khen
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND tỉnh" in text and "giấy khen" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # texts in force (successors in content/law/replaced.yaml not replaced themselves),
        # claimed not in force or asked to be the ones in force
        ("co nguoi bao luat tdkt nam 2022 chua ap dung, dung k", "Không"),
        ("Nghị định 152/2025 đã hết hiệu lực rồi phải không", "Không"),
        ("ke hoach ghi can cu nd 152/2025 la dung van ban hien hanh chua", "Có"),
        (
            "Tờ trình ghi căn cứ Nghị định 86/2023 và Thông tư 15/2025, đúng văn bản hiện hành"
            " chưa",
            "Có",
        ),
    ],
)
def test_text_in_force_line(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "152/2025" in text or "06/2022" in text  # what is in force is named
