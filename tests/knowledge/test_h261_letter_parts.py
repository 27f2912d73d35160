"""Task h261 (stop 35): every part of a letter answered; lengths claimed against time limits;
the reform block not leading over the part that answers the ask.

- The district's abolition told as the premise or as the other way ("giờ không còn huyện thì
  xã …", "… hay phải chờ huyện") leaves the verdict to the part the yes/no asks of the xã (NĐ
  129/2025 Điều 59 gave the district chairman's powers to the xã chairman); a title or a right
  claimed gone with the district is the part's to judge, not a "Có" on the abolition.
- A length put up against a limit of NĐ 86/2023 Điều 8 (decision within 10 days of the full
  dossier; the list published within 15 days of the decision): past it, "Không".
- "mỗi loại / từng loại bao nhiêu" after a story of several titles asks the prize of each.
- A replaced text said to be replaced, however many words describe it first, is confirmed.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts

_REFORM = "**Cấp huyện đã bỏ từ 01/7/2025**"


def _reform_verdict(text: str) -> list[str]:
    block = next((b for b in text.split("\n\n") if b.startswith(_REFORM)), "")
    return leading_verdicts(block)


@pytest.mark.parametrize(
    ("question", "head"),
    [
        (
            "hồi trước thôn văn hóa do huyện công nhận, giờ không còn huyện thì xã tự công "
            "nhận được không ạ",
            "thôn, tổ dân phố văn hóa",
        ),
        (
            "truoc huyen cong nhan GDVH, bay gio khong con huyen thi chu tich xa ky quyet dinh "
            "cong nhan dc ko",
            "Gia đình văn hóa",
        ),
        (
            "truoc TTLDTT do huyen cong nhan, gio khong con huyen thi xa co tang TTLDTT cho "
            "truong dc k",
            "Tập thể lao động tiên tiến",
        ),
        (
            "năm 2023 thôn em được chủ tịch huyện công nhận thôn văn hóa, năm nay xã công nhận "
            "được không hay phải chờ huyện",
            "thôn, tổ dân phố văn hóa",
        ),
        (
            "Năm 2022 chủ tịch UBND thị xã tặng giấy khen cho ông nội em, nay ông lại có thành "
            "tích, xã khen được không hay phải chờ thị xã?",
            "Giấy khen",
        ),
    ],
)
def test_the_xa_asked_after_the_district_told(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert not _reform_verdict(text), text
    assert "Chủ tịch UBND xã" in text and head in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Sau khi bỏ cấp huyện, viên chức trạm y tế không còn được xét LĐTT nữa vì LĐTT là "
        "danh hiệu cấp huyện, đúng không?",
        "co nguoi bao bo huyen roi thi cong chuc xa khong con duoc de nghi CSTDCS vi day la "
        "danh hieu cua huyen, co dung khong",
    ],
)
def test_a_title_claimed_gone_with_the_district(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Có" not in _reform_verdict(text), text


@pytest.mark.parametrize(
    "question",
    [
        "nhận đủ hồ sơ gia đình văn hóa rồi chủ tịch xã để 1 tháng mới ký quyết định có được không",
        "Chủ tịch xã nhận đủ hồ sơ GĐVH thì có thể để 3 tuần sau mới ra quyết định công nhận "
        "không?",
        "thôn văn hóa thì xã nhận đủ hồ sơ rồi để 2 tháng mới ký QĐ đúng k",
        "ky QD cong nhan GDVH xong thi 2 thang sau moi cong khai danh sach cung dc dung k",
        "ra QĐ GĐVH xong có thể để sang năm mới công khai danh sách được ko",
        "nghe noi quyet dinh GDVH ky roi thi de cuoi nam moi can cong khai, dung khong",
    ],
)
def test_a_length_past_the_limit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "10 ngày" in text or "15 ngày" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "chủ tịch xã ký QĐ GĐVH trong 10 ngày kể từ nhận đủ hồ sơ, ký xong công khai danh "
        "sách trong 15 ngày, đúng không",
        "GDVH: nhan du ho so thi xa ra QD trong 10 ngay, QD xong cong khai trong 15 ngay phai k",
    ],
)
def test_both_limits_claimed_right(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "10 ngày" in text and "15 ngày" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Trường em năm học 2025-2026 có 2 cô đạt CSTĐCS, 20 người đạt LĐTT, trường đạt TTLĐTT, "
        "quyết định ký tháng 8/2026. Tiền thưởng từng loại bao nhiêu ạ?",
        "tram y te xa co 1 y si CSTDCS, 5 nguoi LDTT, tram dc TTLDTT, QD ky 20/12/2026. ke toan "
        "hoi moi loai thuong bn",
        "UBND xã: 4 công chức đạt LĐTT, 1 người CSTĐCS, văn phòng đạt tập thể lao động tiên "
        "tiến, QĐ ký 15/12/2026; nhờ ad tính mỗi loại bao nhiêu tiền",
        "Năm 2026 phòng văn hóa xã có 6 người đạt LĐTT và 2 người đạt CSTĐCS, phòng được "
        "TTLĐTT, quyết định dự kiến ký 25/12/2026. Mỗi loại được thưởng bao nhiêu?",
        "truong mam non: 3 co CSTDCS, 15 co LDTT, truong TTLDTT, QD ky 10/8/2026, tien thuong "
        "tung loai la bao nhieu",
    ],
)
def test_each_kind_told_is_priced(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    for amount in ("760.000", "2.030.000"):
        assert amount in text, text
    assert "Chiến sĩ thi đua cơ sở: Tiền thưởng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói TT 01/2024 hướng dẫn mẫu tờ trình khen thưởng đã bị thay thế rồi, đúng không",
        "thong tu 01/2024 cua bo noi vu ve thi dua khen thuong bi thay roi dung ko",
        "TT 01/2024/TT-BNV huong dan mau bieu thi dua da bi thay the bang thong tu moi phai k",
        "NĐ 91/2017 về thi đua khen thưởng nay đã hết hiệu lực đúng k",
        "Thông tư 01/2024 quy định chi tiết một số điều luật TĐKT đã bị thay bằng TT 15/2025 "
        "phải không ạ",
    ],
)
def test_a_described_text_claimed_replaced(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
