"""Task h322 (stop 38, issue 11): the asker's own label before a colon says who asks.

"chi hội phụ nữ:", "nhân sự công ty hỏi:", "chủ tịch xã hỏi:" opened questions whose label was
read as content: the association fired the hearsay rule on outsiders commended, the firm became
the subject of an LĐTT question about its workers, the chairman made "có đưa vào danh sách LĐTT
không" a question of who decides. The label is left out when the rest asks its own case; a
topic before a colon ("thôn văn hóa: …") is no label. And a held LĐTT told beside another route
of Chiến sĩ thi đua cơ sở met (đề tài nghiệm thu, sáng kiến công nhận) decides the case (Luật
2022 Điều 23 khoản 2), which the label had hidden."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "hội nông dân xã: nghe nói nhà nào được giấy khen rồi thì năm sau không được tặng nữa, "
        "có đúng không",
        "chi doan thanh nien hoi: nghe bao 1 ho dc giay khen nam ngoai thi nam nay k dc khen "
        "nua, dung k",
        "Chi hội phụ nữ ấp 3 hỏi: nghe nói 1 hộ được tặng giấy khen rồi thì năm sau không "
        "được tặng nữa, đúng không ạ",
        "hoi cuu chien binh: nghe noi gia dinh nao nhan giay khen roi thi nam sau k dc tang "
        "nua phai k",
        "chi hoi nguoi cao tuoi hoi: 1 ho dc tang giay khen roi thi nam sau k dc tang nua dung ko",
    ],
)
def test_label_fires_no_hearsay_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "nhiều lần" in first, text
    assert "ngoài biên chế" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "giám đốc công ty hỏi: có người nói công nhân muốn đạt lao động tiên tiến thì bắt "
        "buộc phải có sáng kiến, đúng không",
        "phong nhan su cty hoi: cong nhan phan xuong can sang kien moi dc LDTT dung k",
        "nhân sự công ty may hỏi: công nhân phải có sáng kiến mới được LĐTT phải không",
        "ke toan cong ty hoi: nghe noi cong nhan k co sang kien thi k dc LDTT, dung k",
        "HTX hỏi: nghe nói công nhân phải có sáng kiến mới được LĐTT, đúng không",
    ],
)
def test_label_unit_is_not_the_subject(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "chủ tịch xã hỏi: công chức chỉ hoàn thành nhiệm vụ thì có được đưa vào danh sách "
        "LĐTT không",
        "pho chu tich ubnd xa hoi: vien chuc xep loai hoan thanh nhiem vu co dc xet LDTT k",
        "chu tich xa hoi: cong chuc HTNV co dua vao ds LDTT dc ko",
        "Phó chủ tịch xã hỏi: người chỉ hoàn thành nhiệm vụ có được đề nghị lao động tiên "
        "tiến không?",
        "chanh van phong hoi: can bo xep loai hoan thanh nhiem vu thi co dc binh LDTT k",
    ],
)
def test_label_office_asks_no_decider(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "hoàn thành tốt nhiệm vụ" in first, text
    assert "Ai quyết định" not in first, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("thôn văn hóa: ai công nhận, thưởng bao nhiêu", "Chủ tịch UBND xã"),
        ("thon vh: ho so may mau, cong khai may ngay", "10 ngày"),
        ("to dan pho van hoa: ho so gom gi, bao lau co quyet dinh", "10 ngày"),
        ("thon van hoa dc gi: tien bao nhieu, hien vat gi", "Bằng chứng nhận"),
        ("Thôn văn hóa: ai công nhận, công khai lấy ý kiến mấy ngày?", "10 ngày"),
    ],
)
def test_topic_before_colon_is_kept(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask(officer_kb, question)
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Hiệu trưởng trường THCS hỏi: giáo viên có đề tài khoa học đã nghiệm thu, đạt LĐTT thì "
        "có được đề nghị CSTĐCS không",
        "giáo viên đạt LĐTT, có đề tài khoa học đã được nghiệm thu, có được đề nghị CSTĐCS k",
        "cong chuc dat LDTT, sang kien dc hoi dong xa cong nhan, co dc de nghi CSTDCS k",
        "viên chức đã đạt lao động tiên tiến và có sáng kiến được cơ sở công nhận thì có được "
        "xét chiến sĩ thi đua cơ sở không",
        "nv tram y te dat LDTT, co de tai da nghiem thu thi co de nghi CSTDCS dc ko",
    ],
)
def test_held_title_with_route_met_is_decided(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chiến sĩ thi đua cơ sở" in text.split("\n\n")[0], text


def test_route_short_still_denied(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "dat LDTT nhung sang kien chua dc cong nhan thi co dc CSTDCS k", "Không"
    )
    assert "hoàn thành xuất sắc" in text, text
