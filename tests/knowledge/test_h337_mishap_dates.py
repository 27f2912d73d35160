"""Task h337 (stop 39): a claim told after a mishap or a decision's date, and the dates of
one decision told twice.

A prize is the coefficient times the mức lương cơ sở in force on the day the decision is signed
(NĐ 152/2025 Điều 49, 50): 2.340.000 đ before 01/7/2026, 2.530.000 đ from then. A letter that
first tells what went wrong with a paper ("văn phòng ghi sai ngày", "in nhầm chức vụ", "làm mất
bản gốc") and dates the decision still has its claim judged; the office that made the slip is
not the recipient. Two days of one decision (moved, or given twice) are each priced when the ask
weighs them; a day written wrong yields to the day really signed; and the sum to pay back when
an award is revoked (Luật 2022 Điều 93 khoản 8) is the prize paid on that decision's day."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


def _first_block(text: str) -> str:
    return text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict", "figure"),
    [
        (
            "bộ phận một cửa in nhầm chức vụ trên giấy khen của anh Tùng, QĐ ký 15/8/2026, "
            "chị kế toán nói tiền thưởng 710.000 có đúng k",
            "Không",
            "760.000",
        ),
        (
            "giay khen cua co Hoa bi ghi sai ten, QD ky thang 3/2026, ke toan bao thuong 710k "
            "dung k",
            "Có",
            "710.000",
        ),
        (
            "QĐ LĐTT của em ký ngày 10/7/2026, văn phòng ghi nhầm tên đệm, kế toán chi 710.000 "
            "vậy có đúng không ạ",
            "Không",
            "760.000",
        ),
        (
            "xã làm mất bản gốc quyết định CSTĐCS của tôi, QĐ ký tháng 12/2025, được thưởng "
            "2.340.000 đúng không",
            "Có",
            "2.340.000",
        ),
        (
            "văn phòng in sai ngày trên bằng CSTĐCS, quyết định ký 20/7/2026, thưởng 2.340.000 "
            "phải không",
            "Không",
            "2.530.000",
        ),
        (
            "Giấy khen tập thể của tổ dân phố bị ghi nhầm tên, quyết định tháng 10/2026, kế toán "
            "bảo thưởng 1.520.000 đúng không?",
            "Có",
            "1.520.000",
        ),
        (
            "Văn phòng UBND ghi nhầm ngày trên giấy khen của anh Hải, QĐ ký tháng 10/2026, kế "
            "toán bảo được 760 nghìn đúng k",
            "Có",
            "760.000",
        ),
        (
            "van phong in nham chuc vu tren bang CSTDCS cua anh Nam, QD thang 11/2026, thuong "
            "2tr530 dung ko",
            "Có",
            "2.530.000",
        ),
    ],
)
def test_claim_after_mishap_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, figure: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = _first_block(text)
    assert "Tiền thưởng" in first, text
    assert figure in first, text


@pytest.mark.parametrize(
    "question",
    [
        "Văn phòng UBND ghi nhầm ngày trên giấy khen của anh Hải, QĐ ký tháng 10/2026, kế toán "
        "bảo được 760 nghìn đúng k",
        "văn phòng ghi sai ngày trên giấy khen của chú Tư, quyết định ký tháng 9/2026, thưởng "
        "760.000 đúng không",
    ],
)
def test_office_that_slipped_is_no_recipient(officer_kb: KnowledgeBase, question: str) -> None:
    """The office named before its slip is who made it: the person's prize (760.000) is
    judged, not a collective's alone."""
    text = ask_verdict(officer_kb, question, "Có")
    head = text.partition("\n")[0]
    assert "tập thể" not in head, text


def test_decider_claim_after_mishap(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "văn phòng ghi sai tên trên giấy khen của em, quyết định ký tháng 9/2026, chủ tịch "
        "UBND xã ký là đúng thẩm quyền không",
        "Có",
    )
    assert "Chủ tịch UBND xã" in _first_block(text), text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        (
            "me em nhan GK xa 2 lan (QD 20/12/2025) va (QD 15/12/2026), tien thuong moi lan "
            "bao nhieu",
            ("710.000", "760.000"),
        ),
        (
            "QĐ CSTĐCS bị dời từ 28/6/2026 sang 6/7/2026, tiền thưởng trước và sau chênh nhau "
            "bao nhiêu",
            ("2.340.000", "2.530.000"),
        ),
        (
            "quyết định LĐTT lùi từ ngày 20/6/2026 qua 10/7/2026 thì số tiền khác nhau thế nào",
            ("710.000", "760.000"),
        ),
        (
            "sở trả hồ sơ nên QĐ khen tập thể chuyển từ 29/6/2026 sang 2/7/2026, giấy khen tập "
            "thể trước sau chênh bao nhiêu",
            ("1.410.000", "1.520.000"),
        ),
        (
            "giay khen ca nhan QD (ky 10/6/2026) va dot 2 (QD ky 10/9/2026), tien thuong tung "
            "dot bn",
            ("710.000", "760.000"),
        ),
    ],
)
def test_each_decision_day_priced(
    officer_kb: KnowledgeBase, question: str, amounts: tuple[str, str]
) -> None:
    text = ask(officer_kb, question)
    for amount in amounts:
        assert amount in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "LĐTT của tôi QĐ ký 20/12/2025, nay bị hủy vì khai man thành tích, tôi phải nộp lại "
            "bao nhiêu tiền",
            "710.000",
        ),
        (
            "QĐ CSTĐCS ký tháng 1/2026 bị hủy bỏ, ai hủy và số tiền thưởng bị thu hồi là bao "
            "nhiêu?",
            "2.340.000",
        ),
        (
            "anh Nam được CSTĐCS năm 2025 nhưng phát hiện sáng kiến đi chép, quyết định ký "
            "25/12/2025 bị hủy, tiền thu hồi bao nhiêu",
            "2.340.000",
        ),
        (
            "chi Hoa dc GK xa QD thang 8/2026, gio bi huy QD do lam gia ho so, so tien phai "
            "tra lai la bn",
            "760.000",
        ),
        ("QD LDTT ky 5/7/2026 bi huy vi gian doi, ai huy, thu hoi bao nhieu tien", "760.000"),
    ],
)
def test_sum_to_recover_priced(officer_kb: KnowledgeBase, question: str, amount: str) -> None:
    text = ask(officer_kb, question)
    assert "Hủy bỏ, thu hồi" in text, text
    assert "Tiền thưởng" in text and amount in text, text


@pytest.mark.parametrize(
    ("question", "amount", "not_amount"),
    [
        (
            "QĐ giấy khen cá nhân văn phòng ghi nhầm ngày 2/7/2026, thật ra chủ tịch ký "
            "29/6/2026, thưởng bao nhiêu",
            "710.000",
            "760.000",
        ),
        (
            "quyết định LĐTT bị đánh máy sai thành 1/7/2026, đúng ra ký ngày 30/6/2026, mỗi "
            "người bao nhiêu tiền",
            "710.000",
            "760.000",
        ),
        (
            "QD CSTDCS ghi sai ngay 28/6/2026, thuc te ky 3/7/2026, thuong bn",
            "2.530.000",
            "2.340.000",
        ),
        (
            "bằng CSTĐCS in nhầm là 15/7/2026 nhưng quyết định ký thật ngày 25/6/2026, tiền "
            "thưởng bao nhiêu",
            "2.340.000",
            "2.530.000",
        ),
        (
            "Tôi thấy QĐ LĐTT gõ nhầm ngày 5/6/2026, còn ngày ký đúng là 5/7/2026, vậy tôi được "
            "thưởng bao nhiêu",
            "760.000",
            "710.000",
        ),
        (
            "ngày trên QĐ LĐTT là 30/6/2026 nhưng thực tế chủ tịch ký 2/7/2026, thưởng bao nhiêu",
            "760.000",
            "710.000",
        ),
        (
            "QD CSTDCS de ngay 3/7/2026, that ra ky 29/6/2026, tien thuong bn",
            "2.340.000",
            "2.530.000",
        ),
    ],
)
def test_day_written_wrong_yields(
    officer_kb: KnowledgeBase, question: str, amount: str, not_amount: str
) -> None:
    text = ask(officer_kb, question)
    assert amount in text and not_amount not in text, text
