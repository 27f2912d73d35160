"""Task h344 (stop 39, issue 11): claims made when something goes wrong after an award.

A decision is cancelled, and its hiện vật and tiền thưởng taken back, only on the grounds of
Luật Thi đua, khen thưởng 2022 Điều 93 (gian dối, sai sự thật, làm giả hồ sơ, xét, đề nghị trái
pháp luật, a violation in the period assessed): a typo in the decision or a discipline of a
later year is none of them. A "không" inside the claim's reason or relative clause ("vì CT xã
k có quyền", "của những người k có sáng kiến") or in the complaint told before the claimant's
words does not deny the claim. A form may be given again for another achievement (Điều 5
khoản 2 điểm c): "mỗi người 1 lần", "chỉ thưởng 1 lần" are claims that rule denies."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


def _first_verdict(kb: KnowledgeBase, question: str) -> tuple[str, str]:
    """The first verdict an officer reads (blocks with none are passed) and the answer."""
    text = ask(kb, question)
    found = leading_verdicts(text)
    return (found[0] if found else ""), text


@pytest.mark.parametrize(
    "question",
    [
        "Quyết định tặng LĐTT của tôi bị đánh máy nhầm năm sinh, có người nói quyết định như "
        "vậy sẽ bị hủy bỏ, có đúng không?",
        "giay khen cua em bi ghi sai ho ten, nghe noi phai thu hoi tien thuong, dung ko",
        "QĐ công nhận CSTĐCS ghi nhầm ngày ký thành năm 2024, vậy danh hiệu có bị hủy không ạ",
        "ten cua toi trong quyet dinh bang khen tinh bi viet sai, co bi huy bang khen k",
        "chi van phong bao giay khen cua xa sai ngay ky nen bi vo hieu, phai nop lai tien "
        "thuong, dung k a",
    ],
)
def test_a_typo_in_the_decision_is_no_ground_to_revoke(
    officer_kb: KnowledgeBase, question: str
) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Không", text
    assert "không phải căn cứ hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "năm 2027 anh ấy bị kỷ luật cảnh cáo, vậy danh hiệu CSTĐCS năm 2024 và 2025 của anh ấy "
        "có bị hủy không",
        "bi khien trach nam 2026 thi LDTT nam 2023, 2024 co bi thu hoi k",
        "co nguoi bao bi ky luat thang 5/2026 thi cac danh hieu LDTT 2021-2024 bi huy het, dung k",
        "Bị kỷ luật năm 2025 thì bằng khen tỉnh năm 2022 và 2023 của chị có bị thu hồi không?",
        "anh to truong bi canh cao nam 2026, nghe noi giay khen 2024 cua anh cung bi huy, phai k",
    ],
)
def test_a_later_discipline_leaves_earlier_titles(officer_kb: KnowledgeBase, question: str) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Không", text
    assert "không phải căn cứ hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a real ground told keeps "Có"
        "phát hiện khai man sáng kiến trong hồ sơ CSTĐCS, quyết định có bị hủy không",
        "ghi sai tên sáng kiến vì khai man sáng kiến của người khác, có bị hủy CSTĐCS không",
        "vi pham nam 2025, bi ky luat nam 2026 thi LDTT nam 2025 co bi huy k",
    ],
)
def test_a_real_ground_still_revokes(officer_kb: KnowledgeBase, question: str) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Có", text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "phát hiện người được CSTĐCS khai man, có người bảo phải xin tỉnh hủy vì chủ tịch xã "
            "không có quyền hủy, đúng không",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "nghe noi LDTT gian doi thi phai bao tinh huy vi CT xa k co tham quyen, dung k",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "nghe nói CSTĐCS bắt buộc có sáng kiến nên xã sẽ hủy danh hiệu của những người không "
            "có sáng kiến, có đúng không",
            "Không",
            "không bắt buộc",
        ),
        (
            "co y kien bao CSTDCS bat buoc phai co sang kien, ai k co sang kien thi bi huy, dung k",
            "Không",
            "không bắt buộc",
        ),
        (
            "người dân tố cáo thôn không công khai danh sách GĐVH, trưởng thôn bảo danh sách phải "
            "niêm yết lấy ý kiến 10 ngày, có đúng không",
            "Có",
            "10 ngày",
        ),
        (
            "dan khieu nai danh sach gia dinh van hoa k niem yet, truong thon noi phai niem yet "
            "lay y kien 10 ngay, dung k",
            "Có",
            "10 ngày",
        ),
    ],
)
def test_a_negation_inside_the_story_does_not_turn_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    found, text = _first_verdict(officer_kb, question)
    assert found == verdict, text
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("bằng khen tỉnh có phải mỗi người 1 lần không", "Không"),
        ("giay khen xa moi nguoi chi duoc 1 lan thoi dung k", "Không"),
        (
            "ke toan bao LDTT chi thuong 1 lan thoi, nam sau k chi nua, vay co dung k",
            "Không",
        ),
        (
            "năm ngoái mẹ em được bằng khen tỉnh rồi, năm sau có được khen bằng khen tỉnh nữa "
            "không hay mỗi người một lần",
            "Có",
        ),
        (
            "e dc giay khen cua CT xa nam 2024 roi, nam sau co dc khen giay khen nua k hay moi "
            "nguoi 1 lan thoi",
            "Có",
        ),
    ],
)
def test_a_form_may_be_given_again(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    found, text = _first_verdict(officer_kb, question)
    assert found == verdict, text
    assert "nhiều lần" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "to co don khieu nai ve bo phieu, chu tich xa bao CSTDCS phai dat 80% phieu dong y "
            "moi dc, dung k",
            "Tùy",
            "quy chế",
        ),
        (
            "Trong cuộc họp có người thắc mắc kết quả biểu quyết, trưởng ban nói LĐTT cần trên "
            "2/3 số phiếu đồng ý, có đúng không",
            "Tùy",
            "quy chế",
        ),
        (
            "hồ sơ CSTĐCS nộp xã cả tháng rồi chưa có quyết định, có người bảo thời hạn giải "
            "quyết là 15 ngày, đúng không",
            "Tùy",
            "Thời hạn giải quyết",
        ),
        (
            "don vi khieu nai ho so LDTT gui xa lau qua, nghe noi thoi han giai quyet chi 10 "
            "ngay, phai k",
            "Tùy",
            "Thời hạn giải quyết",
        ),
        (
            "dân phản ánh thôn văn hóa xét chưa đúng, danh sách thôn văn hóa có phải niêm yết "
            "lấy ý kiến không, mấy ngày",
            "Có",
            "10 ngày",
        ),
    ],
)
def test_the_part_judging_the_claim_leads(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    found, text = _first_verdict(officer_kb, question)
    assert found == verdict, text
    # the first block that gives a verdict is the one on the part the claim is about
    judged = next(b for b in text.split("\n\n") if leading_verdicts(b))
    assert fact in judged, text


@pytest.mark.parametrize(
    "question",
    [
        "anh toi lam cty o xa, bi phat hien gian doi sau khi dc LDTT, giam doc cty co quyen huy "
        "k hay phai xa huy",
        "chồng tôi làm ở doanh nghiệp tư nhân, được LĐTT rồi bị phát hiện khai man, giám đốc "
        "doanh nghiệp có được hủy không hay phải lên xã",
        "e lam htx, dc CSTDCS nhung sau do phat hien lam gia ho so, chu nhiem htx co quyen huy k",
        "Nhân viên công ty được CSTĐCS nhưng khai gian thành tích, giám đốc công ty có quyền thu "
        "hồi không?",
        "cong nhan cty duoc LDTT roi lo ra gian lan, gd cty co dc huy ko",
    ],
)
def test_a_firm_head_revokes_the_firm_award(officer_kb: KnowledgeBase, question: str) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Có", text
    assert "Giám đốc" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e la giao vien, dc CSTDCS nhung ve sau phat hien sang kien la di chep. nghe noi chi bi "
        "nhac nho, k bi huy danh hieu, dung k",
        "Được LĐTT rồi mới lộ ra khai man thành tích, có người bảo chỉ bị nhắc nhở thôi chứ danh "
        "hiệu không bị hủy, đúng không",
        "chi ay lam gia ho so CSTDCS, nghe noi chi nhac nho chu k huy danh hieu, phai k",
        "sáng kiến của anh ấy là của người khác, tổ bảo chỉ nhắc nhở, không bị hủy CSTĐCS, "
        "có đúng không",
        "phat hien gian lan thanh tich LDTT, nghe noi nhac nho la xong k bi thu hoi, dung k",
    ],
)
def test_a_reminder_does_not_save_a_revoked_award(officer_kb: KnowledgeBase, question: str) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Không", text
    assert "hủy bỏ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nha chay rui mat bang LDTT, nghe noi mat bang thi k dc tinh de xet CSTDCS nua, dung k",
        "bằng khen tỉnh của mẹ em bị chuột cắn, nghe nói mất bằng là mất danh hiệu luôn, có đúng "
        "không",
        "Giấy khen của tôi bị nước lũ cuốn trôi mất, có phải danh hiệu cũng bị hủy không?",
        "lu cuon mat bang CSTDCS cua bo, hang xom bao mat bang thi coi nhu mat danh hieu, phai k a",
        "e lam mat giay khen xa roi, vay danh hieu co bi huy k",
    ],
)
def test_a_lost_certificate_leaves_the_title(officer_kb: KnowledgeBase, question: str) -> None:
    verdict, text = _first_verdict(officer_kb, question)
    assert verdict == "Không", text
    assert "vẫn giữ nguyên giá trị" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("a van phong noi bay gio lam ho so theo TT 15/2025 thay cho TT 01/2024, dung k", "Có"),
        (
            "Có người bảo Thông tư 01/2024/TT-BNV đã bị thay bằng Thông tư 15/2025, đúng không?",
            "Có",
        ),
        ("xa e van lam ho so theo thong tu 01/2024 chu k phai TT 15/2025, vay co dung k", "Không"),
        ("nghe nói giờ không áp dụng TT 01/2024 nữa mà theo TT 15/2025, phải không", "Có"),
        ("chi ke toan bao TT 1/2024 het hieu luc, thay bang TT 15/2025 roi, dung ko", "Có"),
    ],
)
def test_the_circular_in_force_is_tt_15_2025(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    found, text = _first_verdict(officer_kb, question)
    assert found == verdict, text
    assert "15/2025/TT-BNV" in text, text
