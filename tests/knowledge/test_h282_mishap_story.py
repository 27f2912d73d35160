"""Task h282 (stop 36): what went wrong with an award, told before the ask, is the case.

A letter that first tells a mishap (the Sở sent the dossier back, a paper printed with a wrong
name or figure, a certificate burnt, a household left out) and then asks its own question is
answered on the question: the mishap's figures, papers and cue words are what happened, not
what the asker claims (h273 family 1). A decision claimed to stand after a wrong review, and a
revocation claimed to spare the title, are judged against Luật 2022 Điều 93 (domain.md §2.11);
one prize claimed instead of two is the rule of several awards."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Sở Nội vụ trả lại hồ sơ vì xã gửi bản chụp, hồ sơ đề nghị khen phải là bản chính "
            "phải không ạ",
            "Có",
            "bản chính",
        ),
        (
            "ho so xa gui len bi tra ve do nop ban photo, vay ho so phai nop ban chinh a?",
            "Có",
            "bản chính",
        ),
        (
            "quyết định công nhận TTLĐTT của phòng bị in nhầm tỷ lệ thành 40%, cho hỏi TTLĐTT "
            "cần trên 50% cá nhân đạt LĐTT đúng không",
            "Có",
            "50 %",
        ),
        (
            "qd khen to e go sai ty le LDTT la 48%, TTLDTT phai co tren 50% ca nhan dat LDTT "
            "phai k",
            "Có",
            "50 %",
        ),
        (
            "nha toi khong duoc cong nhan GDVH nam nay, co nguoi noi GDVH do truong thon quyet "
            "dinh, co dung khong",
            "Không",
            "Chủ tịch UBND xã",
        ),
        (
            "tỉnh trả hồ sơ TTLĐXS vì thiếu biên bản họp, hồ sơ TTLĐXS gồm tờ trình, báo cáo "
            "thành tích và biên bản họp hội đồng đúng không",
            "Có",
            "biên bản",
        ),
        (
            "cháy nhà làm mất bằng chứng nhận TTLĐXS của tổ, kế toán hỏi TTLĐXS thưởng 1,5 lần "
            "lương cơ sở đúng k",
            "Có",
            "1,5 lần",
        ),
    ],
)
def test_the_mishap_told_is_the_case_not_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "e dc giay khen nhung xa xet sai tieu chuan, co nguoi bao loi cua xa nen qd van giu "
        "nguyen, dung k",
        "Tôi được LĐTT nhưng xã xét nhầm tiêu chuẩn, nghe nói quyết định vẫn giữ nguyên vì "
        "không phải lỗi của tôi, có đúng không?",
        "anh ay dc CSTDCS, sau do phat hien sang kien di chep, nghe noi chi thu hoi tien con "
        "danh hieu giu nguyen, dung k",
        "thanh tra kết luận chị ấy khai khống thành tích năm 2025, nghe nói danh hiệu vẫn giữ "
        "nguyên vì đã qua năm, phải không",
        "giay khen cua e bi phat hien xet sai tieu chuan, qd van giu nguyen dung k ad",
    ],
)
def test_a_decision_claimed_to_stand_after_a_wrong_is_denied(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Hủy bỏ, thu hồi" in first and "hủy bỏ" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "e dc LDTT va giay khen cua xa cung nam, ke toan bao chi dc nhan 1 khoan, dung k",
        "Tôi đạt LĐTT và được giấy khen chủ tịch xã vì chống bão, kế toán nói chỉ được nhận "
        "một khoản tiền thưởng, đúng không?",
        "chị kế toán bảo em chỉ nhận 1 khoản thôi dù được cả LĐTT lẫn giấy khen, có đúng ko",
        "minh dat LDTT, lai dc giay khen dot xuat, nghe noi chi duoc linh 1 khoan, phai k",
        "ke toan noi chi nhan mot khoan khi vua dat LDTT vua co giay khen xa, dung khong a",
    ],
)
def test_one_prize_instead_of_two_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "cả hai" in text.split("\n\n")[0], text
