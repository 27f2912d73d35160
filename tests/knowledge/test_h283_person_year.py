"""Task h283 (stop 36): one person's year asked in the asker's own words.

A course's grade below khá, or a course of a year or more, refuses joining its time to the time
at work for Lao động tiên tiến (Thông tư 15/2025/TT-BNV, domain.md 2.2) in whatever clause it
is told. A giấy khen asked for a person disciplined, rated only "hoàn thành nhiệm vụ", on
maternity or sick leave is whether the province's criteria admit them (Luật 2022 Điều 75
khoản 2), not who signs it. A new hire's months are counted from a contract signed or an
election too, and a rule restated ("dưới 6 tháng không xét, thay cho mốc 10 tháng") is right.
A line denying any award to the dead negates Điều 59 khoản 1 ("tặng hoặc truy tặng"); leaving
the service is no ground to revoke a title (Điều 93); a discipline bars its own year only; and
a discipline's effect on pay is not this field's."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "chi di boi duong 3 thang xep loai trung binh, thoi gian do co dc cong vao "
            "de xet LDTT ko",
            "Không",
        ),
        (
            "Tôi đi học lớp trung cấp lý luận 6 tháng, kết quả trung bình. Thời gian học có "
            "được tính để bình xét lao động tiên tiến không?",
            "Không",
        ),
        (
            "anh ấy đi tập huấn 2 tháng, chỉ được giấy chứng nhận hoàn thành, không xếp loại, "
            "vậy có được kết hợp thời gian để xét LĐTT không",
            "Không",
        ),
        (
            "di dao tao 5 thang dat loai yeu thi co dc tinh thoi gian hoc de binh "
            "lao dong tien tien k",
            "Không",
        ),
        (
            "nghe nói đi học loại trung bình thì không được kết hợp thời gian xét LĐTT, đúng không",
            "Có",
        ),
        (
            "co giao dang hoc dai hoc tu xa 3 nam, nghe noi ket hop thoi gian hoc de xet LDTT "
            "chi ap dung cho hoc ngan han duoi 1 nam, dung k",
            "Có",
        ),
        ("em di boi duong 4 thang dat loai gioi, co dc ket hop thoi gian de xet LDTT k", "Có"),
    ],
)
def test_a_course_grade_decides_the_join(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "khá" in first and "01 năm" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "chị ấy bị cảnh cáo hồi tháng 4, cuối năm còn được đề nghị giấy khen của chủ tịch xã không",
        "toi nghi sinh tu thang 3 den thang 9, cuoi nam co dc tang giay khen cua chu tich xa ko",
        "anh ay nam nay chi dat hoan thanh nhiem vu thoi, co duoc giay khen cua chu tich phuong k",
        "bi ky luat khien trach thi co dc xet giay khen chu tich xa nua ko",
        "Năm nay em nghỉ ốm dài ngày mất 4 tháng, vậy có được tặng giấy khen của Chủ tịch UBND "
        "xã không ạ?",
    ],
)
def test_a_persons_case_against_the_giay_khen_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "Ai được xét" in first.split("\n")[0] and "tỉnh quy định" in first, text
    assert "Điều 75 khoản 1, khoản 2" in first, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # who signs it asked, or a collective: the power or the recipient, as before
        ("chu tich xa co quyen tang giay khen cho nguoi bi ky luat khong", "Có"),
        ("thon co dc tang giay khen cua chu tich xa k", "Có"),
    ],
)
def test_the_signer_or_a_collective_keeps_its_answer(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Ai quyết định" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "months"),
    [
        (
            "toi moi dc bau lam thon pho tu thang 11 nam nay, cuoi nam co dc binh LDTT ko",
            "Không",
            None,
        ),
        (
            "Anh ấy được bầu làm phó thôn từ tháng 9, năm nay có được xét lao động tiên "
            "tiến không?",
            "Không",
            None,
        ),
        (
            "co giao hd moi ky tu thang 9/2025, nam hoc ket thuc thang 5/2026, co du thoi gian "
            "xet LDTT nam hoc do k",
            "Có",
            "9 tháng",
        ),
        (
            "hợp đồng mới ký từ tháng 2 năm nay, đến cuối năm có đủ thời gian xét LĐTT không",
            "Có",
            "11 tháng",
        ),
        (
            "e ky hop dong tu thang 4, chi van phong bao moi vao nam dau chua dc xet, vay e co "
            "dc xet LDTT k",
            "Có",
            "9 tháng",
        ),
        ("hd moi ky tu thang 9 nam nay thi cuoi nam co dc xet ldtt k", "Không", None),
    ],
)
def test_a_new_hires_months_from_a_contract_or_an_election(
    officer_kb: KnowledgeBase, question: str, verdict: str, months: str | None
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Lao động tiên tiến: Ai được xét" in first and "6 tháng" in first, text
    if months is not None:
        assert f"Anh/chị nêu {months} công tác" in first, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "ban e bao tu nam 2025 quy dinh vien chuc moi tuyen dung duoi 6 thang thi k xet "
            "LDTT nua, thay cho moc 10 thang cu, dung k ad",
            "Có",
            "dưới 6 tháng",
        ),
        (
            "Có người bảo hiện nay người mới tuyển dưới 6 tháng không được bình LĐTT, thay cho "
            "mốc 10 tháng cũ, đúng không ạ",
            "Có",
            "dưới 6 tháng",
        ),
        ("nghe noi moi tuyen duoi 10 thang thi k dc xet LDTT dung k", "Không", "dưới 6 tháng"),
        (
            "nghe nói người đã mất thì không được khen thưởng gì nữa, đúng không",
            "Không",
            "truy tặng",
        ),
        (
            "co nguoi bao ong ay qua doi roi thi k the de nghi khen thuong duoc nua, dung k ad",
            "Không",
            "truy tặng",
        ),
        ("nghe noi liet si thi k dc truy tang danh hieu gi, dung k", "Không", "truy tặng"),
    ],
)
def test_a_rule_restated_or_negated(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "toi da nghi huu, bang khen nam truoc co bi thu hoi k",
        "anh ấy chuyển công tác sang tỉnh khác, danh hiệu LĐTT năm 2025 có bị hủy bỏ không",
        "nv hop dong het hop dong nghi viec thi tien thuong LDTT da nhan co phai tra lai k",
        "e xin thoi viec thang 8, danh hieu CSTDCS 2025 co bi thu hoi k",
        "bà ấy đã qua đời, giấy khen năm ngoái có bị thu hồi không",
    ],
)
def test_leaving_is_no_ground_to_revoke(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Hủy bỏ, thu hồi" in first and "không phải căn cứ hủy bỏ" in first, text


def test_a_real_ground_still_revokes(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "được LĐTT năm 2025 nhưng sau đó phát hiện khai gian thành tích rồi xin nghỉ việc, "
        "có bị thu hồi không",
        "Có",
    )


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi bi canh cao thi 2 nam sau moi dc xet thi dua tro lai, dung k",
        "nghe noi bi khien trach thi 3 nam sau moi dc xet thi dua lai, dung k",
        "có người nói bị kỷ luật cảnh cáo thì 2 năm liền không được xét thi đua, đúng không",
        "chi van phong bao bi ky luat thi phai cho du 2 nam moi dc binh xet, dung k ad",
        "nghe nói bị khiển trách thì mấy năm sau mới được xét thi đua lại, phải không",
    ],
)
def test_a_discipline_bars_its_own_year_only(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "kỷ luật" in first and "năm sau" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "bi ky luat khien trach thi bi keo dai thoi han nang luong may thang",
        "bị cảnh cáo thì kéo dài thời gian nâng lương bao lâu",
        "bi khien trach co bi cham nang luong k",
        "ky luat canh cao thi bi keo dai nang bac luong may thang",
        "Bị kỷ luật khiển trách thì phụ cấp có bị cắt không?",
    ],
)
def test_pay_after_a_discipline_is_not_this_field(officer_kb: KnowledgeBase, question: str) -> None:
    assert not officer_kb.ask(question, TODAY).answered, question


def test_a_title_beside_the_pay_stays_ours(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "bị kỷ luật khiển trách có bị mất LĐTT và chậm nâng lương không")
    assert "Lao động tiên tiến" in text, text
