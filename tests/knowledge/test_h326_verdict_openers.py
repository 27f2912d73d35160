"""Task h326 (stop 38): a yes/no put up on a fact gets the verdict of the claim, not of the fact.

- The award asked now, without waiting for the year's review ("khen ngay, không đợi cuối năm
  được không"): khen đột xuất is made at once (Luật Thi đua, khen thưởng 2022 Điều 85) → "Có";
  a yearly title waits for the review → "Không".
- "Phải ra quyết định trong 10 ngày kể từ khi đủ hồ sơ" asks the time limit (Nghị định 86/2023
  Điều 8), not the dossier, though it names "hồ sơ".
- "… chứ không còn đăng ký thi đua nữa đúng không" agrees with "Không bắt buộc theo luật: Luật
  2022 bỏ đăng ký thi đua khỏi căn cứ": the body's "Không" answers "is it required?".
- A criterion restated ("tiêu chuẩn là lao động, sản xuất có hiệu quả, đúng k"), word for word
  a clause of the criteria (Luật 2022 Điều 24), holds.
- A hearsay rule does not read its claim from the story when the line reported makes one
  ("bà con muốn khen ngay. Anh phó bảo khen đột xuất phải đợi tổng kết"), nor read a
  restriction ("chỉ tặng giấy khen cho cá nhân thôi") as a grant;
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "anh Tư trong xóm lao xuống sông cứu 2 đứa nhỏ, xã khen ngay cho anh ấy luôn, "
            "không đợi tổng kết được không",
            "Có",
            "ngay",
        ),
        (
            "khen dot xuat cho chi ay bay gio luon ko cho cuoi nam dc k",
            "Có",
            "ngay",
        ),
        (
            "trường muốn khen đột xuất cô bảo vệ dập lửa, làm luôn chứ không chờ tổng kết năm "
            "học thì có được không ạ",
            "Có",
            "ngay",
        ),
        ("khen đột xuất không phải đợi đến cuối năm đúng không ad", "Có", "ngay"),
        (
            "Lao động tiên tiến thì xét luôn bây giờ, không đợi tổng kết năm được không",
            "Không",
            "tổng kết năm",
        ),
    ],
)
def test_award_now_without_waiting(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("GĐVH thì chủ tịch xã ra quyết định trong 10 ngày kể từ khi nhận đủ hồ sơ phải k", "Có"),
        ("gia dinh van hoa xa phai quyet dinh trong 10 ngay tu khi du ho so dung ko", "Có"),
        (
            "chủ tịch UBND xã ra quyết định gia đình văn hóa trong 30 ngày kể từ ngày nhận đủ "
            "hồ sơ đúng không",
            "Không",
        ),
        ("thôn văn hoá thì xã quyết định trong 10 ngày kể từ khi đủ hồ sơ hả", "Có"),
        (
            "tổ dân phố văn hóa thì UBND phường công nhận trong vòng 20 ngày kể từ khi nhận "
            "hồ sơ, đúng chứ",
            "Không",
        ),
    ],
)
def test_decision_time_limit_not_dossier(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Thời hạn" in first.split("\n")[0] and "10 ngày" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "giờ xét danh hiệu chỉ dựa phong trào, thành tích, tiêu chuẩn, không còn đăng ký thi đua "
        "nữa đúng không",
        "nghe bảo luật mới không còn phải đăng ký thi đua nữa, phải k ạ",
        "dang ky thi dua ko con la can cu xet danh hieu nua dung k",
        "Từ Luật 2022 thì không còn bắt buộc đăng ký thi đua nữa đúng chứ",
        "cán bộ xã hỏi: căn cứ xét thi đua giờ không còn đăng ký thi đua nữa phải không anh",
    ],
)
def test_registration_claimed_dropped(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "bỏ đăng ký thi đua" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        (
            "bà con nông dân xét LĐTT thì tiêu chuẩn là lao động sản xuất có hiệu quả, đúng ko",
            "sản xuất có hiệu quả",
        ),
        (
            "tiêu chuẩn LĐTT đối với công nhân là lao động, sản xuất có hiệu quả phải không ạ",
            "sản xuất có hiệu quả",
        ),
        (
            "có phải tích cực tham gia phong trào thi đua là 1 tiêu chuẩn của lao động tiên tiến",
            "tích cực tham gia phong trào thi đua",
        ),
        ("doan ket tuong tro la mot tieu chuan cua LDTT dung k", "đoàn kết, tương trợ"),
        (
            "chị phó phòng nói tiêu chuẩn của LĐTT gồm hoàn thành tốt nhiệm vụ trở lên, đúng hông",
            "Hoàn thành tốt nhiệm vụ trở lên",
        ),
    ],
)
def test_criterion_restated(officer_kb: KnowledgeBase, question: str, quoted: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert quoted in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "dân trong xóm muốn xã khen ngay anh bộ đội cứu người đuối nước. Nhưng chú phó thôn "
            "nói khen đột xuất cũng phải đợi tổng kết cuối năm mới được, đúng không",
            "Không",
            "ngay",
        ),
        (
            "anh trưởng ban nói khen đột xuất phải chờ đến tổng kết mới xét, vậy có đúng không",
            "Không",
            "ngay",
        ),
        (
            "văn thư bảo xã chỉ được tặng giấy khen cho cá nhân thôi, k tặng cho hộ gia đình, "
            "đúng ko",
            "Không",
            "hộ gia đình",
        ),
        (
            "chủ tịch xã chỉ tặng giấy khen cho cá nhân và tập thể thôi, không khen cho hộ gia "
            "đình phải không",
            "Không",
            "hộ gia đình",
        ),
    ],
)
def test_hearsay_reads_the_line_reported(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text
