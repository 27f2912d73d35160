"""Task h305 (stop 37, issue 11): the attribute a yes/no asks, where the wording pointed at
another one.

- A bare yes/no after a part asking where the money comes from goes on asking about that
  source (the fund taking gifts, NĐ 152/2025 Điều 46 khoản 3; the prize paid from the Quỹ thi
  đua, khen thưởng of the deciding level, not by the body commended), not about who may have
  the title; money put "into" the fund asks whether it takes gifts.
- "danh hiệu X còn không / đổi tên là gì / giờ gọi là gì" asks whether a title still is (a
  former name: "thị trấn tiêu biểu" is gone with the thị trấn, Luật 2022 Điều 29 now names
  "xã, phường, đặc khu tiêu biểu").
- "không phải 3 năm 1 lần nữa" tells how often a title is reviewed, not a second award; a yearly
  title (NĐ 86/2023) claimed "every N years" is wrong, claimed "no longer every N years" right.
- "bị kỷ luật …, vẫn làm hồ sơ đề nghị X cho anh ấy, được k" asks whether the person may be
  proposed (eligibility with the case told), not the dossier's papers.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("quỹ TĐKT xã có nhận tiền ủng hộ của công ty, mạnh thường quân không", "Có", "đóng góp"),
        ("quy thi dua cua xa nhan dong gop cua doanh nghiep, nguoi dan duoc ko", "Có", "đóng góp"),
        ("Việt kiều gửi tiền vào quỹ thi đua khen thưởng của phường được ko", "Có", "đóng góp"),
        ("nguoi dan bo tien vao quy TDKT cua xa dc k", "Có", "đóng góp"),
        ("doanh nghiệp góp tiền vào quỹ thi đua của xã có được không", "Có", "đóng góp"),
        (
            "CLB được giấy khen tập thể của xã, tiền thưởng lấy ở đâu, có phải tiền của CLB "
            "tự bỏ ra không",
            "Không",
            "quỹ thi đua, khen thưởng",
        ),
        (
            "chi hoi phu nu dc GK tap the cua chu tich xa, tien thuong chi tu quy nao, co phai "
            "tien cua hoi k",
            "Không",
            "quỹ thi đua, khen thưởng",
        ),
    ],
)
def test_money_source_keeps_the_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "danh hieu thi tran tieu bieu con ko hay doi ten la gi",
        "Thị trấn tiêu biểu còn xét nữa không, hay đã đổi tên thành gì rồi?",
        "xa e truoc la thi tran, gio danh hieu thi tran tieu bieu doi ten thanh gi, con k",
        "thị trấn tiêu biểu còn không ad, tên mới là gì",
        "danh hiệu thị trấn tiêu biểu có còn ko hay giờ gọi là gì",
    ],
)
def test_former_title_still_asked(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đặc khu tiêu biểu" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("GĐVH bây giờ xét hằng năm, không còn 3 năm một lần nữa phải không", "Có"),
        ("gia dinh van hoa ko phai 3 nam moi xet 1 lan nua dung k ad", "Có"),
        ("thôn văn hóa giờ xét mỗi năm chứ không phải 5 năm một lần nữa, đúng không", "Có"),
        ("nghe bảo gia đình văn hóa 3 năm mới xét 1 lần, đúng k", "Không"),
        ("to dan pho van hoa 5 nam cong nhan 1 lan phai k", "Không"),
        ("gđvh xét mỗi năm chứ ko phải 3 năm 1 lần, đúng ko", "Có"),
        # "không phải … à" with no "nữa" asks whether it is so (b71)
        ("gia đình văn hóa không phải 3 năm mới xét 1 lần à?", "Không"),
    ],
)
def test_review_period_is_no_repeat(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    head = text.split("\n\n")[0]
    assert "hằng năm" in head, text
    assert "Khen nhiều lần" not in head, text


@pytest.mark.parametrize(
    "question",
    [
        "chị Lan bị khiển trách năm 2026, trường vẫn lập hồ sơ đề nghị CSTĐCS cho chị được không?",
        "anh Tuan bi canh cao nam nay, xa van lam ho so de nghi LDTT cho anh ay dc k",
        "cô giáo bị kỷ luật cảnh cáo trong năm, trường làm hồ sơ đề nghị LĐTT cho cô được ko ạ",
        "ke toan xa bi khien trach thang 3, cuoi nam van lam ho so de nghi CSTDCS cho a ay duoc k",
        "Ông Bình bị kỷ luật khiển trách năm nay, xã vẫn làm hồ sơ đề nghị Lao động tiên tiến "
        "cho ông được không",
    ],
)
def test_proposal_despite_discipline(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    head = text.split("\n\n")[0]
    assert "kỷ luật" in head, text
    assert "Hồ sơ" not in head.split("\n")[0], text
