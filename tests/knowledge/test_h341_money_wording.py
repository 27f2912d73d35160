"""Task h341 (stop 39, issue 11): money asked in other words, who pays, tax and pairs of prizes.

The prize of a title or form is its coefficient times the base salary on the decision date (NĐ
152/2025/NĐ-CP Điều 50); it is paid from the Quỹ thi đua, khen thưởng of the level that decides
(domain brief, NĐ 152/2025); it is not taxable income (Thông tư 111/2013/TT-BTC Điều 2 khoản 2
điểm e.1); the xã keeps a fund of its own (NĐ 152/2025 Điều 46 khoản 3). Each wording below is
our own, not a question set's: the families are the amount asked in other words, a level claimed
to pay a province's award, the fund named where the title stood, a tax with a withholding rate,
the basis of the coefficients with no title, the fund told of the past, two forms compared and two
prizes asked in one breath."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict

PAYER = "Ai chi tiền thưởng"


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("Có người bảo GK hộ gia đình chỉ được nửa mức cá nhân, vậy đúng không?", "Không", "0,3"),
        ("giay khen cho ho gd chi bang nua muc ca nhan phai k ad", "Không", "0,3"),
        ("hộ gia đình được giấy khen xã thì tính hệ số như tập thể 0,6 à", "Không", "0,3"),
        ("em nghe GK ho gia dinh huong 0,6 nhu tap the, co dung khong", "Không", "0,3"),
        ("LĐTT thưởng 0,5 lần lương cơ sở hả ad", "Không", "0,3"),
    ],
)
def test_the_level_claimed_in_other_words(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng**" in text.split("\n")[0] and fact in text, text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        (
            "xa tang LDTT cho 5 nguoi, CSTDCS cho 1 nguoi, moi loai bn nam nay",
            ["760.000", "2.530.000"],
        ),
        (
            "trường được TTLĐTT còn cô Lan được CSTĐCS, mỗi cái bao nhiêu năm nay",
            ["2.030.000", "2.530.000"],
        ),
        (
            "cong ty e tu tang LDTT va CSTDCS cho cong nhan thi moi danh hieu thuong bao nhieu",
            ["760.000", "2.530.000"],
        ),
        (
            "HTX tự tặng LĐTT và CSTĐCS thì mỗi danh hiệu được mấy lần lương cơ sở",
            ["0,3", "1,0"],
        ),
        ("truong dat TTLDTT, 2 co dat CSTDCS, moi cai bn vay ad", ["2.030.000", "2.530.000"]),
    ],
)
def test_each_prize_asked_is_priced(
    officer_kb: KnowledgeBase, question: str, amounts: list[str]
) -> None:
    text = ask(officer_kb, question)
    assert all(a in text for a in amounts), text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói cán bộ xã đạt CSTĐ tỉnh thì tiền thưởng xã phải chi từ quỹ xã, đúng không ạ",
        "bằng khen của chủ tịch tỉnh cho ông A thì xã chi tiền từ quỹ của xã phải không",
        "LĐTT thì tiền thưởng lấy ở quỹ thi đua khen thưởng của tỉnh phải không",
        "nghe noi can bo xa dat CSTD tinh thi xa tu chi tien tu quy cua xa dung ko",
        "Chiến sĩ thi đua tỉnh của anh công chức, tiền thưởng xã chi từ quỹ xã hả",
    ],
)
def test_a_level_claimed_to_pay_another_levels_award(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert PAYER in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "amount"),
    [
        ("tiền thưởng giấy khen của chủ tịch xã lấy ở quỹ thi đua của xã đúng k", "Có", None),
        (
            "thôn văn hóa thì tiền thưởng chi từ quỹ thi đua khen thưởng của xã đúng không",
            "Có",
            None,
        ),
        (
            "CSTĐ tỉnh của cô giáo thì quỹ thi đua của tỉnh chi phải không, được bao nhiêu",
            "Có",
            "7.590.000",
        ),
        ("TTLĐTT giờ xã khen thì chi từ quỹ xã đúng k, mức bn", "Có", "2.030.000"),
        ("giay khen ca nhan thi tien lay o quy thi dua cua xa phai k", "Có", None),
    ],
)
def test_the_fund_named_pays_the_title_beside_it(
    officer_kb: KnowledgeBase, question: str, verdict: str, amount: str | None
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert PAYER in text, text
    assert amount is None or amount in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ban dc chu tich tinh tang bang khen, tien thuong ban nhan tu dau",
        "trường được UBND tỉnh tặng cờ thi đua thì tiền thưởng trường nhận ở đâu",
        "thôn được công nhận thôn văn hóa thì tiền thưởng lĩnh ở đâu",
        "tiền thưởng giấy khen cho ông bán cá ngoài chợ thì lấy ở đâu",
        "TTLĐXS của trạm thì tiền thưởng quỹ nào chi",
    ],
)
def test_where_the_prize_is_drawn_from(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert PAYER in text and "quỹ thi đua" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi tien thuong LDTT tren 2 trieu thi phai khau tru 10% thue",
        "kế toán bảo tiền thưởng thi đua phải khấu trừ 10% thuế TNCN, đúng không ạ",
        "thưởng CSTĐCS 2.530.000 có bị khấu trừ 10% không",
        "tien thuong thi dua co phai tru 10 % thue thu nhap ca nhan k",
        "bo huyen roi, gio xa chi thuong LDTT co phai tru thue TNCN khong",
    ],
)
def test_a_withholding_rate_heard_is_the_tax_asked(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "111/2013" in text and "Tỷ lệ, giới hạn" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hệ số tiền thưởng thi đua quy định ở nghị định nào, điều mấy",
        "he so tien thuong quy dinh tai van ban nao",
        "hệ số tiền thưởng căn cứ văn bản nào",
        "muc thuong theo he so luong co so la theo dieu nao",
        "he so thuong lay o nghi dinh nao vay ad",
    ],
)
def test_the_basis_of_the_coefficients(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "152/2025" in text and "Điều 50" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "trước đây xã không có quỹ thi đua riêng, giờ xã có phải lập quỹ không",
        "truoc kia quy o huyen, xa k co quy, bay gio xa co phai lap quy thi dua khen thuong khong",
        "truoc xa ko co quy thi dua, gio bo huyen xa co lap quy rieng k",
        "Trước kia xã chưa có quỹ TĐKT, nay xã có phải lập quỹ thi đua khen thưởng không ạ",
        "xua xa k co quy thi dua rieng, gio xa co can lap quy k",
    ],
)
def test_the_fund_told_of_the_past(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Nguồn hình thành quỹ" in text and "152/2025" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói GK tập thể thì thưởng như GK cá nhân, đúng không",
        "giấy khen tập thể thì thưởng bằng giấy khen cá nhân phải không ad",
        "gk tap the thi thuong bang gk ca nhan dung ko",
        "giấy khen tập thể được thưởng như cá nhân à",
        "giay khen tap the thuong nhu ca nhan dung ko",
    ],
)
def test_two_forms_compared(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "1.520.000" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "xã tặng giấy khen cho 5 cá nhân và 2 tập thể, tiền chi quỹ nào, mỗi cá nhân và mỗi "
        "tập thể bao nhiêu",
        "nam nay xa khen 10 ca nhan 4 tap the, tien lay tu quy nao, moi ca nhan va moi tap the bn",
        "nam nay xa tang giay khen cho 12 ca nhan va 3 tap the. tien thuong chi tu quy nao, moi "
        "ca nhan va moi tap the bn",
        "giấy khen của xã mỗi cá nhân và mỗi tập thể bao nhiêu tiền",
        "GK xã năm nay, tiền từ quỹ nào chi, mỗi tập thể và mỗi cá nhân được bao nhiêu",
    ],
)
def test_each_recipient_priced(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "760.000" in text and "1.520.000" in text, text
