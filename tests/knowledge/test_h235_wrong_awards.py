"""Task h235 (stop 34): when an award goes wrong — what is and is not a ground to cancel it,
who may cancel it, and what follows a wrong award.

Luật Thi đua, khen thưởng 2022 Điều 93: a decision is cancelled, its hiện vật and tiền thưởng
taken back, for dishonest declarations, false information, forged papers, an unlawful review or
proposal (the wrongdoer is also disciplined); khoản 8: only the one who decided to award may
cancel it; khoản 9: the Government sets the procedure of cancelling and recovering. A lost
certificate, an inquiry not yet concluded or a discipline for a later act cancels nothing.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen của chủ tịch xã bị cháy mất rồi, vậy danh hiệu có bị hủy luôn không",
        "lam mat bang khen cua tinh thi co bi thu hoi quyet dinh khen thuong k",
        "anh ơi em đánh mất giấy chứng nhận CSTĐCS, như vậy có bị mất danh hiệu không",
        "nghe bảo bằng lao động tiên tiến bị rách hỏng là bị hủy quyết định, đúng không",
        "nghe noi that lac giay khen thi bi thu hoi luon tien thuong, dung k",
    ],
)
def test_a_lost_certificate_cancels_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ông trưởng thôn đang bị điều tra, có phải tự động mất hết danh hiệu đã được tặng không",
        "nghe noi dang bi khoi to la bi thu hoi giay khen xa ngay, dung k",
        "chị ấy bị tạm đình chỉ công tác để xác minh, danh hiệu CSTĐCS năm ngoái có bị hủy không",
        "co don to cao anh ay nen LDTT nam truoc co bi thu hoi k",
        "nghe bảo đang bị thanh tra là bị thu hồi luôn bằng khen tỉnh, có đúng vậy không",
    ],
)
def test_a_pending_inquiry_cancels_nothing_yet(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "kết luận, bản án" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "bị khởi tố năm ngoái, nay tòa kết án vì sai phạm trong năm được CSTĐCS thì danh hiệu "
        "có bị hủy không",
        "ket luan dieu tra xac dinh anh ay khai gian thanh tich, giay khen co bi thu hoi k",
    ],
)
def test_a_concluded_wrong_still_cancels(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "bi ky luat khien trach nam nay thi LDTT nam ngoai co bi thu hoi tien thuong k",
        "chị ấy bị kỷ luật cảnh cáo bây giờ, giấy khen xã năm trước có bị hủy không",
        "bị kỷ luật năm nay thì CSTĐCS năm rồi có phải trả lại tiền thưởng không",
        "anh bi canh cao nam nay, bang khen tinh nam ngoai co bi huy k",
        "năm ngoái được LĐTT, năm nay bị khiển trách thì có bị thu hồi danh hiệu không",
    ],
)
def test_a_discipline_now_keeps_last_years_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen của xã phát hiện làm giả hồ sơ, hội đồng thi đua xã có quyền tự hủy không",
        "bang khen tinh cap cho ca nhan khai gian, thanh tra tinh co duoc tu thu hoi k",
        "LĐTT khai man thành tích thì kế toán xã có tự thu hồi tiền thưởng được không",
        "so noi vu tu huy quyet dinh tang CSTDCS cua xa duoc khong",
        "trưởng thôn có quyền thu hồi giấy khen GĐVH của hộ khai gian không",
    ],
)
def test_a_body_that_never_awarded_cannot_cancel(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "người đã quyết định tặng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giám đốc HTX tặng LĐTT cho xã viên không đủ tiêu chuẩn, UBND xã có quyền hủy không",
        "cong ty tren dia ban khen LDTT sai cho 3 cong nhan, xa co duoc thu hoi k",
        "chủ nhiệm hợp tác xã ký tặng giấy khen nhầm người, chủ tịch xã có tự hủy được không",
        "doanh nghiep tang LDTT cho nguoi lao dong khai gian, tinh co quyen huy k",
        "giam doc doanh nghiep quyet dinh tang danh hieu sai, uy ban xa co tu thu hoi duoc khong",
    ],
)
def test_a_firms_own_award_is_cancelled_by_the_firm(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "thủ tục hủy bỏ quyết định khen và thu hồi tiền thưởng do tỉnh tự quy định phải không",
            "Không",
        ),
        ("thu tuc thu hoi hien vat khen thuong la do xa ban hanh dung k", "Không"),
        ("thủ tục hủy quyết định khen thưởng có phải do Chính phủ quy định không", "Có"),
        ("thu tuc huy danh hieu thi dua do UBND tinh quy dinh phai k", "Không"),
        ("nghe nói thủ tục thu hồi tiền thưởng do bộ quy định, đúng không", "Không"),
    ],
)
def test_the_government_sets_the_procedure(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chính phủ" in text and "khoản 9" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "cán bộ thẩm định hồ sơ sai làm khen nhầm người thì có bị xử lý không",
        "xet sai dan den tang giay khen nham, nguoi xet co bi xu ly k",
        "hội đồng xét CSTĐCS trái pháp luật thì người đề nghị có bị xử lý không ạ",
        "de nghi trai phap luat thi nguoi ky de nghi co bi xu ly gi k",
        "khen nham cho ho khai gian thi can bo van hoa co bi xu ly khong",
    ],
)
def test_a_wrong_award_is_handled(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "hủy bỏ" in text and "kỷ luật" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "xã đã ký quyết định tặng LĐTT, nay phát hiện một người chưa đủ điều kiện thì xử lý "
        "thế nào",
        "giay khen xa tang cho ho khai gian thanh tich thi xu ly sao",
        "nếu hội đồng xét GĐVH trái pháp luật thì sao",
        "da co quyet dinh cong nhan CSTDCS nhung phat hien sai sot thi xu ly ra sao",
        "tặng bằng khen tỉnh nhầm cho người không đủ tiêu chuẩn thì xử lý như thế nào",
    ],
)
def test_what_follows_a_wrong_award_is_said(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "hủy bỏ" in text and "thu hồi" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nop ho so muon thi sao",
        "không đủ điều kiện LĐTT thì sao",
        "kết luận thanh tra cho thấy năm được khen đơn vị có vi phạm, nghe nói kết luận ra sau "
        "thì không sao, đúng không",
    ],
)
def test_no_revocation_without_a_wrong_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    if "kết luận" in question:
        assert text.startswith("**") and "Không." in text.split("\n")[1], text
    else:
        assert "Hủy bỏ, thu hồi" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "công nhân khai man để được LĐTT của công ty thì giám đốc có quyền hủy không",
        "htx tang giay khen cho xa vien khai gian, chu nhiem htx co duoc tu thu hoi k",
        "doanh nghiệp tặng CSTĐCS cho kỹ sư làm giả hồ sơ, giám đốc công ty có thu hồi được không",
        "giam doc doanh nghiep co quyen huy danh hieu LDTT da tang sai cho cong nhan k",
        "hợp tác xã khen nhầm xã viên, chủ nhiệm có được hủy quyết định không",
    ],
)
def test_a_firms_head_cancels_its_own_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc" in text and "Chủ tịch UBND xã, người đã quyết định" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "có đơn tố cáo chị ấy khai không đúng số liệu, nếu chủ tịch ký QĐ rồi mới phát hiện thì "
        "giấy khen có bị hủy không",
        "dang bi to cao, sau do phat hien khai sai thanh tich thi LDTT co bi thu hoi k",
    ],
)
def test_a_wrong_found_after_a_complaint_still_cancels(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")
