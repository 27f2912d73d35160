"""Task h300 (stop 37): deciders, payers and firms.

- A level claimed to revoke with "mới" ("phải chủ tịch tỉnh mới hủy được") is weighed against
  the one who awarded: only the awarder may cancel (Luật Thi đua, khen thưởng 2022 Điều 93
  khoản 8).
- A mass organisation named after the award it is claimed to give ("GĐVH do Ủy ban Mặt trận
  xã công nhận"): the xã's titles are the Chủ tịch UBND xã's (Điều 80 khoản 3).
- The commune's own award paid from the xã's fund, with no title of a fixed level named
  ("giấy khen chuyên đề … quỹ của xã"): the deciding level's fund pays (NĐ 152/2025/NĐ-CP).
- A board's chair claimed to sign LĐTT with "cũng" between ("chủ tịch HĐQT cũng ký được"): the
  board's chair gives giấy khen only (Điều 80 khoản 4).
- A firm named before its workers ("doanh nghiệp FDI … công nhân của họ"): the firm's director
  decides their LĐTT (Điều 80 khoản 4), not the xã.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "LĐTT do chủ tịch xã tặng nhầm, nghe nói phải chủ tịch tỉnh mới hủy được, đúng không",
        "cstdcs xa quyet dinh sai thi co phai tinh moi duoc huy k",
        "giấy khen chủ tịch xã ký sai thì phải chủ tịch UBND tỉnh mới có quyền hủy à",
        "QD tang gia dinh van hoa cua xa bi sai, chi tinh moi thu hoi dc dung ko",
        "anh ơi danh hiệu lao động tiên tiến xã đã tặng, có phải tỉnh mới hủy được không",
    ],
)
def test_level_claimed_to_revoke_with_moi(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Hủy bỏ", "Không")
    assert "Chủ tịch UBND xã" in block, block


@pytest.mark.parametrize(
    "question",
    [
        "mat tran xa noi nam nay gia dinh van hoa do Uy ban mat tran xa cong nhan, dung k",
        "gia đình văn hóa do mặt trận tổ quốc xã công nhận phải ko",
        "nghe nói danh hiệu GĐVH giờ là do UBMTTQ phường xét tặng hả",
        "giay khen nay do hoi nong dan xa ky dung khong",
        "GDVH nam nay deu do mttq xa quyet dinh a",
    ],
)
def test_body_named_after_the_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("tiền thưởng giấy khen đột xuất thì lấy từ quỹ TĐKT của xã đúng ko", "Có"),
        ("tien thuong GK chuyen de phong trao nong thon moi chi tu quy thi dua cua xa a", "Có"),
        ("khen chuyen de thi xa chi tien tu quy cua xa ha", "Có"),
        ("giấy khen theo đợt của chủ tịch xã thì tiền thưởng chi từ quỹ xã phải không", "Có"),
        ("tiền thưởng bằng khen chuyên đề của tỉnh có lấy quỹ xã không", "Không"),
    ],
)
def test_commune_award_paid_by_the_xa(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Ai chi tiền thưởng", verdict)
    assert "quỹ thi đua, khen thưởng" in block, block


@pytest.mark.parametrize(
    "question",
    [
        "a ke toan bao chu tich HDQT cung ky dc LDTT cho nhan vien, dung k",
        "chủ tịch hội đồng thành viên cũng tặng được CSTĐCS phải không",
        "nghe noi ct hdqt cung ky duoc chien si thi dua co so cho cong nhan",
        "chủ tịch HĐQT công ty em cũng quyết định được LĐTT đúng không ạ",
        "chu tich hoi dong quan tri cung cong nhan dc TTLDTT cho to san xuat ha",
    ],
)
def test_board_chair_with_cung(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chỉ quyết định tặng giấy khen" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xa e co 2 doanh nghiep FDI, nghe noi xa phai khen LDTT cho cong nhan cua ho, dung k",
        "htx nong nghiep xa em, chu tich xa ky LDTT cho xa vien cua ho ha",
        "công ty giày trong cụm công nghiệp, xã phải ký CSTĐCS cho công nhân của họ à",
        "xã có mấy doanh nghiệp tư nhân, chủ tịch xã ký LĐTT cho người lao động của họ đúng ko",
        "cty may o xa toi, UBND xa tang LDTT cho nhan vien cua cong ty do phai k",
    ],
)
def test_firm_named_before_its_workers(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc doanh nghiệp" in text.split("\n\n")[0], text
