"""Task h238 (stop 34): a negation that is not the claim must not turn the verdict.

- A paper asked as needed ("có cần biên bản bình xét không") that the dossier lists: the fact's
  own "Không cần giấy chứng nhận sáng kiến" is about another paper (Nghị định 152/2025/NĐ-CP,
  hồ sơ đề nghị danh hiệu; Luật 2022 Điều 84).
- A hearsay that states the fact's own negative ("LĐTT không có giấy chứng nhận, chỉ ghi tên
  trong quyết định"): the saying agrees with Nghị định 152/2025/NĐ-CP Điều 50 khoản 1 điểm d /
  khoản 2 điểm b, so it is "Có"; the same saying of a title that comes with a Bằng chứng nhận
  (CSTĐCS, Điều 50 khoản 1 điểm c) is "Không".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "đề nghị lao động tiên tiến cho cô giáo mầm non thì hồ sơ có phải có biên bản bình xét ko",
        "ho so LDTT cho can bo dia chinh xa co can kem bien ban binh xet thi dua khong",
        "Hồ sơ đề nghị tập thể lao động tiên tiến cho trường tiểu học có cần biên bản họp không?",
        "khi xin LĐTT cho y sĩ trạm y tế, đơn vị có phải lập biên bản bình xét không",
        "ho so CSTDCS cho ke toan xa co bat buoc bien ban hop hoi dong khong a",
        "xin giấy khen của chủ tịch xã cho anh dân quân thì có cần biên bản họp không",
    ],
)
def test_a_listed_paper_is_not_denied_by_another_papers_clause(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "biên bản" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "em làm mất giấy chứng nhận LĐTT, nhưng em nghe nói LĐTT không có giấy chứng nhận mà chỉ "
        "ghi tên trong quyết định, đúng không ạ",
        "giay chung nhan lao dong tien tien cua chi bi that lac, ma nghe noi LDTT ko co giay "
        "chung nhan, phai k",
        "bằng TTLĐTT của trạm bị mất, có người bảo tập thể lao động tiên tiến không có bằng chứng "
        "nhận mà chỉ thưởng tiền, đúng k",
        "nghe noi tap the lao dong tien tien khong co bang, chi ghi trong quyet dinh, dung khong",
        "giấy chứng nhận TTLĐTT của tổ bị thất lạc, nghe nói TTLĐTT ko có bằng chứng nhận mà chỉ "
        "được thưởng tiền thôi, đúng ko",
        "kế toán nói lao động tiên tiến thì chẳng có giấy chứng nhận riêng đâu, đúng không",
    ],
)
def test_a_saying_of_the_facts_own_negative_agrees(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "quyết định" in text, text
    assert "chưa đúng" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giấy chứng nhận CSTĐCS của tôi bị thất lạc, mà tôi nghe CSTĐCS không có giấy chứng nhận, "
        "phải không",
        "CSTDCS k co bang chung nhan dung k",
        "nghe noi chien si thi dua co so khong duoc bang chung nhan, chi co tien, dung k",
    ],
)
def test_a_saying_that_denies_the_titles_certificate_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Bằng chứng nhận" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tiền thưởng TTLĐTT tính theo lương cơ sở lúc kế toán chi chứ không phải ngày ký, đúng "
        "không",
        "tien thuong CSTDCS tinh theo luong co so luc thu quy chi tien chu ko phai ngay ky qd, "
        "phai k",
        "nghe nói tiền thưởng giấy khen xã tính theo lương cơ sở lúc xã trao thưởng, đúng không",
        "tiền thưởng lao động tiên tiến tính theo lương cơ sở lúc kế toán chi tiền phải không",
        "tien thuong thon van hoa tinh luong co so luc ban tai chinh chi dung k",
    ],
)
def test_a_moment_of_payment_claimed_is_not_the_day_of_signing(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # Nghị định 152/2025/NĐ-CP: the base of the day the decision is signed, not of payment
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngày ký quyết định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ bằng khen thủ tướng xã vẫn phải gửi qua Sở Nội vụ chứ không gửi thẳng lên Bộ, "
        "đúng không",
        "ho so CSTD toan quoc cua xa van phai gui qua tinh chu ko gui thang bo noi vu dung k",
        "Hồ sơ chiến sĩ thi đua toàn quốc phải nộp qua tỉnh (Sở Nội vụ) chứ không nộp thẳng Trung "
        "ương phải không",
        "xa van phai gui ho so bang khen thu tuong qua so noi vu, chu k gui thang bo, phai k",
        "hồ sơ CSTĐ toàn quốc xã phải trình qua tỉnh chứ k trình thẳng Thủ tướng đúng ko",
    ],
)
def test_a_step_done_and_denied_only_elsewhere_holds(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # Luật 2022 Điều 84: the commune's file for a central award goes through the province
    text = ask_verdict(officer_kb, question, "Có")
    assert "Sở Nội vụ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi y si tram y te chi can hoan thanh nhiem vu (k can tot) van dc LDTT, dung k",
        "nghe nói giáo viên chỉ cần hoàn thành nhiệm vụ (không cần mức tốt) là được xét lao động "
        "tiên tiến, đúng không",
        "có người bảo kế toán xã chỉ cần hoàn thành nhiệm vụ (chưa cần tốt) vẫn được LĐTT, phải "
        "không",
        "nghe noi cong chuc chi can hoan thanh nv (ko can muc tot) la du LDTT dung khong",
        "Chị văn phòng nói nhân viên chỉ cần hoàn thành nhiệm vụ (k phải tốt) cũng được LĐTT, đúng "
        "k",
    ],
)
def test_a_bracketed_negation_is_no_reported_denial(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # Luật 2022 Điều 24 khoản 1: LĐTT needs hoàn thành tốt nhiệm vụ trở lên
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành tốt nhiệm vụ" in text, text
    assert "Ý kiến đó đúng" not in text, text
