"""Task h329 (stop 38): a share told with "ng", and a counted title's prize asked "mỗi loại".

"6/8 ng đạt LĐTT": officers type "ng" for "người"; the share is 6 of 8, judged against the
minimum of Tập thể lao động tiên tiến (trên 50 % cá nhân đạt LĐTT, Luật Thi đua, khen thưởng
2022 Điều 28), never 8 of 8. And "trường đạt TTLĐTT và 1 gv đạt LĐTT thì thưởng bn mỗi loại"
asks the prize of each title named, the counted one too (NĐ 152/2025 Điều 50: TTLĐTT 0,8 lần,
LĐTT 0,3 lần, CSTĐCS 1,0 lần mức lương cơ sở)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "stated"),
    [
        ("tổ e 6/8 ng đạt LĐTT thì tổ có đủ tỉ lệ TTLĐTT k", "Có", "6/8 = 75 %"),
        ("đội 10 ng mà chỉ 3/10 ng là LĐTT thì tập thể có đạt TTLĐTT được không", "Không", "3/10"),
        ("phong minh 4/9 ng dat LDTT, xet TTLDTT duoc ko", "Không", "4/9"),
        ("Tổ chuyên môn có 7/12 ng LĐTT, đủ tỷ lệ tập thể lao động tiên tiến chưa ạ", "Có", "7/12"),
        ("to minh co 9 ng, 4 ng dat LDTT, du ti le TTLDTT chua", "Không", "4/9"),
        ("ban e 5/10 ng đạt lđtt thì có đủ tỷ lệ ttlđtt ko", "Không", "5/10 = 50 %"),
    ],
)
def test_share_told_with_ng(
    officer_kb: KnowledgeBase, question: str, verdict: str, stated: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert stated in text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        (
            "nam hoc 2026-2027 neu truong dat TTLDTT va 1 gv dat LDTT thi thuong bn moi loai",
            ("2.030.000", "760.000"),
        ),
        (
            "phòng đạt TTLĐTT và 2 người đạt CSTĐCS, QĐ ký 9/2026 thì tiền thưởng từng loại "
            "là bao nhiêu",
            ("2.030.000", "2.530.000"),
        ),
        (
            "truong dat TTLDXS va 1 thay dat CSTDCS thuong moi loai bao nhieu",
            ("3.800.000", "2.530.000"),
        ),
        (
            "khoa được TTLĐTT và 1 bác sĩ đạt LĐTT, mỗi loại đc thưởng bao nhiêu tiền",
            ("2.030.000", "760.000"),
        ),
        (
            "Năm 2026 tổ em đạt tập thể lao động tiên tiến và 3 cô đạt lao động tiên tiến, "
            "tiền thưởng mỗi danh hiệu là bao nhiêu ạ?",
            ("2.030.000", "760.000"),
        ),
    ],
)
def test_counted_title_priced_each_kind(
    officer_kb: KnowledgeBase, question: str, amounts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    for amount in amounts:
        assert amount in text, text


@pytest.mark.parametrize(
    "question",
    [
        "cstdcs qd ky 15/12/2025 ma chua linh tien, ke toan bao van tinh luong co so luc ky "
        "quyet dinh, dung ko",
        "nam ngoai dc LDTT qd ky thang 12/2025 ma chua chi tien, nghe noi tinh theo luong co "
        "so luc ky qd dung k",
        "em dc CSTDCS, ky qd thang 5/2026, nhung toi thang 9 moi lanh, nghe bao tinh theo "
        "luong co so khi ky quyet dinh dung ko",
        "TTLĐTT quyết định ký ngày 2/7/2026 chưa nhận tiền. Tính tiền thưởng theo lương cơ sở "
        "ngày ký QĐ có đúng k",
        "Giấy khen chủ tịch xã QĐ ký 20/12/2025, tháng 3 năm sau mới phát tiền, tính theo lương "
        "cơ sở lúc ký quyết định phải không ạ",
    ],
)
def test_base_on_signing_day_is_no_decider(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Ai quyết định" not in text, text
    assert "ngày ký quyết định" in text


@pytest.mark.parametrize(
    ("question", "verdict", "amount"),
    [
        (
            "truong THCS xet TTLDTT nam hoc 2025-2026, QD ky ngay 15/7/2026 thi tinh theo luong "
            "co so moi dung k, vay truong dc bao nhieu",
            "Có",
            "2.030.000",
        ),
        (
            "LĐTT của em QĐ ký ngày 20/6/2026 thì tính theo lương cơ sở mới phải không, em được "
            "bao nhiêu",
            "Không",
            "710.000",
        ),
        ("cstdcs qd ky thang 9/2026 tinh theo lcs moi dung ko, duoc bn tien", "Có", "2.530.000"),
        (
            "TTLĐTT quyết định ký 10/12/2025, tính lương cơ sở cũ đúng k, vậy tổ nhận bao nhiêu",
            "Có",
            "1.880.000",
        ),
        (
            "Tổ em đạt TTLĐXS, QĐ ký tháng 8/2026 áp lương cơ sở mới đúng không ạ, thưởng bao "
            "nhiêu",
            "Có",
            "3.800.000",
        ),
    ],
)
def test_base_claimed_before_how_much(
    officer_kb: KnowledgeBase, question: str, verdict: str, amount: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert amount in text, text
