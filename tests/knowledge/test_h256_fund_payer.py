"""Task h256 (stop 35): the Quỹ thi đua, khen thưởng of the xã and who pays a prize, and hearsay
rules that must not take over a question about something else.

The prize is paid from the fund of the level that decides it (NĐ 152/2025/NĐ-CP; domain.md):
a yes/no naming the deciding chairman and the fund claimed is judged level against level, and a
claim on who pays told beside who decides is answered as its own part. The xã's fund is made of
the budget share, reckoned on chi thường xuyên (tối đa 1,0 % / 1,5 % by region), plus gifts
(NĐ 152/2025 Điều 46 khoản 3); a line that keeps one source only is wrong. The rule on the
xã's and the province's powers does not judge a claim on money or on the xã as a recipient; a
revocation takes back the money as well (Luật 2022 Điều 93), asked directly after a saying; the
law sets no minimum gift for being commended (Điều 75: the province's criteria)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict

_POWERS_RULE = "**Thẩm quyền của Chủ tịch UBND xã và của tỉnh**"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "giấy khen do chủ tịch UBND xã ký thì tiền thưởng lấy từ quỹ thi đua khen thưởng "
            "của xã phải không",
            "Có",
        ),
        ("chu tich xa quyet dinh khen thi tien thuong chi tu quy tdkt cua xa dung ko", "Có"),
        (
            "QĐ của chủ tịch tỉnh tặng cho cán bộ xã thì xã chi tiền thưởng từ quỹ của xã đúng k",
            "Không",
        ),
        ("ad oi, khen cua cap nao thi cap do chi tien thuong a, dung khong", "Có"),
        ("cấp nào ra quyết định khen thì cấp đó chi tiền thưởng, có đúng vậy không", "Có"),
    ],
)
def test_payer_yes_no_judged_by_level(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "cấp ra quyết định khen thưởng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("gia dinh van hoa la chu tich xa cong nhan, tien xa chi dung k", "Có"),
        ("LDTT do chu tich xa ky, tien thuong xa phai chi phai k", "Có"),
        ("chu tich ubnd tinh khen can bo phuong, tien thuong do phuong chi phai k", "Không"),
        (
            "truong tieu hoc dc chu tich tinh tang bang khen, truong phai chi tien thuong "
            "tu kinh phi cua truong a",
            "Không",
        ),
        ("tram y te dc UBND tinh tang bang khen thi tram tu chi tien thuong dung k", "Không"),
        (
            "thầy hiệu trưởng được chủ tịch tỉnh tặng CSTĐ tỉnh, QĐ ký 15/12/2026, kế toán xã "
            "bảo xã phải chi khoản này, vậy xã có phải chi không",
            "Không",
        ),
    ],
)
def test_payer_claim_beside_decider_read(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "**Ai chi tiền thưởng**", verdict)
    assert "quỹ thi đua, khen thưởng" in block, block
    # the payer's verdict is the first an officer reads
    assert ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("co thi dua tinh trao cho xa kem 18 trieu dung k", "Không", "20.240.000"),
        (
            "nghe noi co thi dua cua tinh tang cho phuong thuong 18.720.000, dung k",
            "Không",
            "20.240.000",
        ),
        (
            "bang khen chu tich tinh cho can bo xa thi xa phai chi tien thuong phai k",
            "Không",
            "tỉnh",
        ),
        ("xa tieu bieu do tinh cong nhan, tien thuong xa phai tu chi dung k", "Không", "tỉnh"),
        ("co thi dua tinh thi phuong duoc tang co dung k, he so may lan", None, "8,0"),
    ],
)
def test_powers_rule_leaves_money_claims(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict) if verdict else ask(officer_kb, question)
    assert not text.startswith(_POWERS_RULE), text
    assert fact in text, text


def test_powers_rule_still_judges_a_decider_claim(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "nghe noi xa tu ky bang khen cho can bo dung k", "Không")
    assert "Chủ tịch UBND tỉnh quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "CSTDCS bi huy vi khai man, anh ay noi chi tra bang thoi con tien k phai tra. "
            "vay tien thuong co phai thu hoi k",
            "Có",
        ),
        (
            "giay khen bi huy vi lam gia ho so, nguoi do bao k phai nop lai tien. "
            "e hoi tien co phai nop lai k",
            "Có",
        ),
        ("bi huy CSTDCS thi tien thuong co phai tra lai k", "Có"),
        ("nghe noi bi huy danh hieu thi chi thu lai bang, tien thuong khoi tra, dung k", "Không"),
        ("CSTDCS bi huy QD thi tien thuong k phai tra lai phai k", "Không"),
    ],
)
def test_revoked_prize_taken_back(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "thu hồi" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "e lap du toan cuoi nam, hoi LDTT moi nguoi bao nhieu, CSTDCS bao nhieu",
            ("760.000", "2.530.000"),
        ),
        (
            "kế toán xã cần lập dự toán quỹ thi đua, cho hỏi mỗi giấy khen cá nhân bao nhiêu tiền",
            ("760.000",),
        ),
        ("co thi dua cp he so 12,0 phai k, con co thi dua tinh may lan", ("12,0", "8,0 lần")),
        ("CSTD tinh 3,0 lan luong co so dung k, con CSTDCS may lan", ("3,0", "1,0 lần")),
        ("CSTD toan quoc duoc may lan luong co so, con CSTD tinh may lan", ("4,5", "3,0 lần")),
    ],
)
def test_part_keeps_its_money_attribute(
    officer_kb: KnowledgeBase, question: str, facts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    assert all(f in text for f in facts), text
    assert "Thành lập hội đồng" not in text and "Số năm liên tục" not in text, text


def test_count_of_titles_stays_a_run(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "CSTD tinh can may lan CSTDCS lien tuc")
    assert "Số năm liên tục" in text and "03 lần" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("quỹ thi đua của xã chỉ gồm tiền ủng hộ của doanh nghiệp thôi phải không", "Không"),
        (
            "nghe noi quy tdkt xa k dc trich tu ngan sach, toan bo la tien ung ho, dung ko",
            "Không",
        ),
        ("quy khen thuong xa chi tu nguon tai tro thoi dung k", "Không"),
        (
            "ke toan bao quy thi dua khen thuong xa chi lay tu ngan sach, k nhan dong gop, dung k",
            "Không",
        ),
        ("quy tdkt xa co dc nhan tien ung ho cua doanh nghiep k", "Có"),
        # "chi ngân sách thường xuyên" is spending, not "chỉ" (only)
        ("xa nui trich quy TDKT toi da 1,5% tong chi ngan sach thuong xuyen phai k", "Có"),
    ],
)
def test_fund_sources_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "ngân sách" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "quỹ thi đua khen thưởng của xã gồm những nguồn nào",
        "quy thi dua xa lap tu nhung nguon nao a",
        "nguon hinh thanh quy tdkt cua phuong la gi",
    ],
)
def test_fund_sources_asked(officer_kb: KnowledgeBase, question: str) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    assert "Nguồn hình thành" in first and "ngân sách" in first and "đóng góp" in first, first


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("xa vung sau vung xa dc trich toi da 1,5% dung k", "Có", "1,5 %"),
        ("xã đồng bằng được trích tối đa 1,5% phải không", "Không", "1,0 %"),
        ("phuong o tinh dong bang trich quy thi dua toi da 1% dung k", "Có", "1,0 %"),
        ("quy tdkt xa trich theo tong chi dau tu phat trien dung k", "Không", "thường xuyên"),
        ("quỹ TĐKT của xã tính trên chi ngân sách thường xuyên, đúng không", "Có", "thường xuyên"),
        ("bo huyen roi thi xa co duoc lap quy TDKT rieng k", "Có", "Quỹ thi đua"),
    ],
)
def test_fund_ceiling_base_and_own_fund(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text and "Ai chi tiền thưởng" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ung ho bao nhieu tien thi du tieu chuan giay khen, co muc chung toan quoc k",
        "Nhà hảo tâm ủng hộ bao nhiêu thì được đề nghị bằng khen tỉnh, có mức chung không?",
        "co quy dinh muc dong gop toi thieu toan quoc de dc khen k",
        "doanh nghiep gop may trieu thi du de xa tang giay khen, co muc chung k",
        "nghe noi phai ung ho tren 50 trieu moi dc giay khen xa dung k",
    ],
)
def test_no_national_minimum_gift(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi so noi vu co quyen huy giay khen xa tang, dung k",
        "so noi vu huy quyet dinh LDTT cua xa dc k",
        "Sở Nội vụ có được hủy CSTĐCS do chủ tịch xã tặng không",
        "nghe nói sở nội vụ tự thu hồi giấy khen của xã được, đúng không",
        "so noi vu co quyen thu hoi danh hieu thon van hoa k",
    ],
)
def test_body_claimed_to_revoke_opens_no_submission(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Hủy bỏ, thu hồi" in text.split("\n\n")[0] and "Nộp ở đâu" not in text, text
