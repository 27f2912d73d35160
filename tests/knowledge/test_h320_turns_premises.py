"""Task h320 (stop 38, issue 11): turns, losses, premises and alternative questions.

A saying reported is judged once, on what was said: a loss told of a whole unit or a title
"given up" ("cả trạm mất", "phải nhường LĐTT") is a loss said; "báo mất giấy khen" reports a
paper lost, nobody's saying; a negation in the saying's reason ("bị hủy vì k còn công tác") or
in the consequence of a share already judged ("bắt buộc 100 % nên trường k đủ") denies nothing
of its own; a certificate denied by its short name ("ko có bằng") is judged by the object part,
not turned on the prize part. A premise told before the saying ("thị trấn k còn, nghe nói …",
"… vì k còn huyện") is not the claim. An alternative question ("được không hay chỉ 1 lần",
"tự nguyện k hay bắt buộc", "xét thêm LĐTT k hay bị coi là khen 2 lần") is answered on its
first option (Luật Thi đua, khen thưởng 2022 Điều 3, Điều 5 khoản 2 điểm c)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị tổ trưởng bảo ai nghỉ sinh năm đó thì phải nhường LĐTT cho người khác, "
        "có quy định như vậy không ạ",
        "co giao nghi de 6 thang, hieu truong noi nam nay phai nhuong LDTT cho ng khac, dung k",
        "em HTXS nhiệm vụ, đạt LĐTT, không có sáng kiến, trưởng phòng bảo không đề nghị CSTĐCS "
        "được, đúng không",
        "gv HTXS, LDTT, chua co sang kien, hieu pho noi k de nghi chien si thi dua co so dc, "
        "dung k a",
        "phòng em có 1 người chỉ hoàn thành nhiệm vụ, nghe nói vậy là cả phòng mất TTLĐTT, "
        "đúng không",
        "to e co 1 nguoi HTNV, truong khoa bao the la ca khoa mat tap the lao dong tien tien, "
        "dung ko",
        "truong co mot gv HTNV, hieu truong bao the la ca truong mat TTLDXS, dung ko",
        "tổ chỉ cần 1 người chỉ hoàn thành nhiệm vụ là cả tổ mất tập thể lao động xuất sắc, "
        "phải không ạ",
    ],
)
def test_a_loss_reported_is_judged_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Ý kiến đó chưa đúng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "ông bà báo mất giấy khen gia đình, hỏi giấy khen hộ gia đình được thưởng 0,3 lần "
            "lương cơ sở đúng không",
            "0,3 lần",
        ),
        (
            "trường báo mất bằng TTLĐXS để xin cấp lại, kế toán hỏi TTLĐXS được thưởng 1,5 lần "
            "lương cơ sở phải không",
            "1,5 lần",
        ),
        (
            "don vi bao mat bang TTLDTT de xin lai, hoi TTLDTT dc thuong 0,8 lan luong co so "
            "dung k",
            "0,8 lần",
        ),
        ("e bao mat giay chung nhan CSTDCS, hoi CSTDCS thuong 1 lan luong co so dung k", "1,0"),
        (
            "Hộ dân báo mất quyết định khen, cho hỏi giấy khen hộ gia đình thưởng 0,3 lần "
            "lương cơ sở phải k",
            "0,3 lần",
        ),
    ],
)
def test_a_paper_reported_lost_is_no_saying(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert fact in text and "chưa đúng" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "anh nghỉ hưu từ tháng 2/2026, có người nói CSTĐCS năm 2025 của anh bị hủy vì không "
        "còn công tác, đúng không",
        "chuyen cong tac sang tinh khac, nghe noi LDTT 2025 bi thu hoi vi k con o don vi, dung k",
        "e nghi huu thang 3/2026, nghe noi CSTDCS 2025 cua e bi huy vi k con cong tac, dung k",
        "chú em qua đời, nghe nói CSTĐCS năm 2024 của chú bị hủy vì không còn người nhận, "
        "đúng không",
        "chị nghỉ việc rồi, kế toán nói LĐTT năm ngoái bị hủy bỏ vì chị không còn ở cơ quan "
        "phải không",
    ],
)
def test_a_negation_in_the_reason_turns_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "truong co 2 gv chi HTNV, con lai 90% LDTT, co CSTDCS, nghe noi TTLDXS bat buoc 100% "
        "LDTT nen truong k du, dung k",
        "phòng 10 người đều hoàn thành nhiệm vụ, 8 người LĐTT, có 1 CSTĐCS, trưởng phòng bảo "
        "TTLĐXS phải 100% LĐTT nên phòng không đủ, đúng không",
        "trường 20 gv, 15 người LĐTT, có CSTĐCS, hiệu phó nói tập thể lao động xuất sắc bắt "
        "buộc 100% lao động tiên tiến nên trường mình k đạt, đúng k",
        "tram 10 nguoi, 8 nguoi LDTT, 1 CSTDCS, nghe noi TTLDXS phai 90% LDTT nen tram k du, "
        "dung ko",
        "khoa có 10 người, 7 LĐTT, 1 CSTĐCS, ai cũng hoàn thành nhiệm vụ, có người nói "
        "TTLĐXS cần 80% LĐTT nên khoa không đủ, đúng không",
    ],
)
def test_a_share_judged_is_not_turned_again(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "70 %" in text.split("\n\n")[0] and "Ý kiến đó đúng" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e lam mat giay chung nhan LDTT, ma nghe noi LDTT ko co bang, chi ghi ten trong QD va "
        "nhan tien thoi, dung k a",
        "nghe nói LĐTT không có bằng, chỉ ghi tên trong quyết định và nhận tiền thôi, đúng không ạ",
        "ke toan bao TTLDTT ko co bang ma chi co tien thuong thoi, dung k",
        "nghe nói TTLĐTT không có bằng mà chỉ thưởng tiền, đúng không",
        "chị kế toán nói LĐTT k có bằng đâu, chỉ nhận tiền thưởng thôi, phải k",
    ],
)
def test_a_certificate_denied_turns_no_prize(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "chưa đúng" not in text and "Hiện vật" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "thi tran k con, nghe noi danh hieu van goi la xa, phuong, thi tran tieu bieu, dung k",
            "Không",
            "đặc khu",
        ),
        (
            "thị trấn không còn nữa, có người bảo danh hiệu vẫn là xã, phường, thị trấn tiêu "
            "biểu, đúng không",
            "Không",
            "đặc khu",
        ),
        (
            "nghe noi LDTT nam nay phai do so noi vu ky vi k con huyen, dung k",
            "Không",
            "không ký",
        ),
        (
            "Sở Nội vụ ký LĐTT cho xã năm nay vì k còn huyện, nghe nói vậy đúng không",
            "Không",
            "không ký",
        ),
        (
            "chị văn phòng bảo CSTĐCS giờ do Sở Nội vụ ký vì ko còn cấp huyện, đúng không",
            "Không",
            "không ký",
        ),
        ("nghe nói cấp huyện bị bỏ từ 1/7/2025 đúng không", "Có", "01/7/2025"),
    ],
)
def test_a_premise_is_not_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    # the reform told as the saying's reason leads without a verdict: who decides judges it
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "chua dc xa khen 2 nam lien vi 2 dot cuu tro khac nhau, dc k hay 1 doi tuong chi "
            "khen 1 lan",
            "Có",
            "nhiều lần",
        ),
        (
            "kieu bao ung ho NTM nhieu lan, moi lan dc khen rieng dc k hay 1 nguoi chi dc tang "
            "giay khen 1 lan",
            "Có",
            "nhiều lần",
        ),
        (
            "Ông A năm nào cũng hiến đất làm đường, mỗi năm được tặng giấy khen được không hay "
            "một người chỉ được khen một lần thôi?",
            "Có",
            "nhiều lần",
        ),
        (
            "chi hoi truong phu nu ap: thi dua co phai tu nguyen k hay ap bat buoc",
            "Có",
            "tự nguyện",
        ),
        ("Tham gia thi đua có phải tự nguyện không, hay là bắt buộc ạ?", "Có", "tự nguyện"),
        ("thi dua co phai bat buoc k hay tu nguyen", "Không", "tự nguyện"),
        (
            "anh e la bao ve hop dong o UBND xa, dc giay khen dot xuat vi cuu nguoi thang 8, "
            "cuoi nam co dc xet them LDTT k hay bi coi la khen 2 lan cho 1 thanh tich",
            "Có",
            "một thành tích",
        ),
        (
            "em được giấy khen vì cứu người đuối nước, cuối năm có được xét thêm CSTĐCS không "
            "hay bị tính là khen 2 lần cho 1 thành tích",
            "Có",
            "một thành tích",
        ),
        (
            "chị được giấy khen vì hiến đất làm đường, cuối năm có được xét LĐTT không hay bị "
            "coi là khen 2 lần cho một thành tích",
            "Có",
            "một thành tích",
        ),
    ],
)
def test_an_alternative_question_answers_its_first_option(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text and "Ý kiến đó chưa đúng" not in text.split("\n\n")[0], text
