"""Task h189: a hearsay rule judges only the line put up, never the story's case or a contrast.

A rule of ``content/facts/hearsay.yaml`` read the words of its claim anywhere in a letter, so
"2 người hoàn thành xuất sắc k có sáng kiến" told as the case turned a right "Không." into the
rule's "Có."; "xét Chiến sĩ tiên tiến chứ không phải LĐTT" and "thành tích ngoài kế hoạch,
nhiệm vụ được giao" were read as the wrong lines they deny. Claims are now read from the last
clause that reports someone's words, a claim right after a negator is not the claim, a case
told as what the line is not ("ngoài …", "chứ không phải …") leaves the rule, and "khen theo
đợt là khen đột xuất" is the drive-equals-sudden claim (Luật TĐKT 2022 Điều 23, 24, 80, 85;
Điều 5 khoản 2 điểm c).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "dân quân tự vệ cơ động được bình Chiến sĩ tiên tiến chứ không phải Lao "
            "động tiên tiến, phải không ạ",
            "Có",
        ),
        ("anh em quân nhân thì xét chien si tien tien thay vi LDTT dung ko", "Có"),
        ("bo doi nghia vu xet danh hieu chien si tien tien chu khong phai ldtt dung k ad", "Có"),
        (
            "Người đi nghĩa vụ quân sự xét LĐTT chứ không phải chiến sĩ tiên tiến, đúng không",
            "Không",
        ),
        (
            "khen đột xuất là khen thành tích ngoài chương trình, kế hoạch, không "
            "lường trước đúng không",
            "Có",
        ),
        ("thanh tich dot xuat co phai la thanh tich ngoai nhiem vu duoc giao ko", "Có"),
        ("khen đột xuất là khen cho việc được phân công theo kế hoạch, đúng không", "Không"),
        ("quân nhân được xét chiến sĩ tiên tiến, không phải LĐTT, đúng không", "Có"),
    ],
)
def test_contrast_states_the_rule(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chiến sĩ tiên tiến" in text or "ngoài chương trình, kế hoạch" in text


@pytest.mark.parametrize(
    "question",
    [
        (
            "e lam ho so CSTDCS cho 4 nguoi, 3 nguoi HTXS nhiem vu ma khong co sang "
            "kien. chi ke toan bao tat ca deu phai co sang kien moi duoc. dung k"
        ),
        (
            "Phòng có 2 đồng chí hoàn thành xuất sắc nhiệm vụ nhưng không có sáng "
            "kiến. Anh trưởng phòng nói cả hai đều phải nộp quyết định công nhận "
            "sáng kiến khi đề nghị CSTĐCS. Đúng không ạ?"
        ),
        (
            "trường có 5 giáo viên được đề nghị chiến sĩ thi đua cơ sở, 3 cô hoàn "
            "thành xuất sắc nhiệm vụ chưa có sáng kiến. hiệu phó bảo hồ sơ ai cũng "
            "phải có giấy công nhận sáng kiến. đúng không"
        ),
        (
            "xa em de nghi chien si thi dua co so cho 2 cong chuc htxs nhiem vu, k "
            "co de tai. sep bao phai kem them de tai nghiem thu, vay co dung k"
        ),
        (
            "Xã đề nghị CSTĐCS cho anh Hùng, anh hoàn thành xuất sắc nhiệm vụ mà "
            "không có sáng kiến; văn phòng bảo phải bổ sung giấy công nhận sáng "
            "kiến, đúng không"
        ),
    ],
)
def test_story_case_is_not_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sáng kiến" in text


@pytest.mark.parametrize(
    "question",
    [
        (
            "xa co may ho gia dinh nam nao cung dc giay khen. co nguoi bao mot hinh "
            "thuc chi duoc tang mot lan cho mot doi tuong, dung k"
        ),
        (
            "Ở xóm có hộ gia đình ông B năm nào cũng được giấy khen. Nghe nói một "
            "hình thức khen chỉ được tặng một lần cho một đối tượng. Đúng không ạ?"
        ),
        (
            "thon em co 2 ho gia dinh nam ngoai da duoc giay khen. ke toan bao giay "
            "khen chi tang 1 lan cho 1 doi tuong thoi, dung k ad"
        ),
        (
            "Doanh nghiệp tư nhân ở xã năm nào cũng được giấy khen. Có người nói "
            "mỗi hình thức khen chỉ tặng một lần cho một đơn vị, đúng không ạ"
        ),
        (
            "ho kinh doanh o xa duoc giay khen 2 lan roi. nghe noi 1 hinh thuc khen "
            "thuong chi tang 1 lan cho 1 doi tuong, dung ko"
        ),
    ],
)
def test_recipient_named_in_story(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert text.startswith("**Khen nhiều lần**"), text
    assert "nhiều lần" in text


@pytest.mark.parametrize(
    "question",
    [
        "khen theo đợt thi đua là khen đột xuất, làm hồ sơ đơn giản, đúng ko",
        "Khen tổng kết phong trào cũng là khen đột xuất nên chỉ cần tờ trình, phải không?",
        "khen chuyen de coi la khen dot xuat, thu tuc nhanh gon dung k",
        "Nghe nói khen theo phong trào thi đua thì là thành tích đột xuất, đúng không ạ",
        (
            "anh pho chu tich bao khen theo dot phong trao la khen dot xuat nen lam "
            "thu tuc don gian, dung k"
        ),
    ],
)
def test_drive_award_is_not_sudden(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngoài chương trình, kế hoạch" in text or "ngoài kế hoạch" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the reported line itself still reads its rule
        ("khen đột xuất làm thủ tục đơn giản đúng không", "Có"),
        ("nghe nói doanh nghiệp không được khen, đúng k", "Không"),
        ("chị kế toán bảo HTXS mà không có sáng kiến vẫn được CSTĐCS, đúng không", "Có"),
        (
            "xã em có 2 người HTXS không có đề tài. ông phó chủ tịch nói vẫn đề "
            "nghị CSTĐCS được, không cần đề tài. Vậy đúng không",
            "Có",
        ),
    ],
)
def test_line_put_up_still_judged(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "HTXS thì đề nghị CSTĐCS không cần kèm giấy công nhận sáng kiến, đúng không",
        "cong chuc htxs nhiem vu de nghi cstdcs thi k phai nop quyet dinh cong nhan "
        "sang kien dung k",
        "Đề nghị chiến sĩ thi đua cơ sở vì hoàn thành xuất sắc nhiệm vụ thì không bắt buộc có "
        "đề tài nghiệm thu, phải không",
    ],
)
def test_negated_claim_is_not_the_wrong_line(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến" in text
