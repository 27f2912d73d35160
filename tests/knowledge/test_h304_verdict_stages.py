"""Task h304 (stop 37): verdicts turned twice, claims about claims, and yes/no lines with no
title named.

- A right "Không." must not be turned into "Có." by a second stage: a source named after the
  denied words ("… không được xét LĐTT theo luật") is no prohibition restated; "cô" (the
  teacher) folds like "có", so "cô bị khiển trách có đưa vào danh sách không" asks whether she
  may be put forward; the money kept after a revocation is judged once (Luật 2022 Điều 93).
- "X là đúng, đúng k" holds an act or a saying right: the negation inside X is the case told;
  "vậy tặng cho nông dân là sai, đúng k" is answered on the rule that lets them have LĐTT
  (Luật 2022 Điều 24 khoản 3), "Không".
- A line with no title named: a discipline said to leave thi đua untouched (TT 15/2025, Luật
  2022 Điều 24), titles for different periods each paid (NĐ 152/2025 Điều 49).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "zalo bảo không đăng ký thi đua từ đầu năm thì cuối năm không được xét LĐTT theo luật, "
        "đúng ko",
        "nghe bảo ko dang ky thi dua thi k dc binh LDTT theo quy dinh cua luat phai k",
        "chị văn phòng nói chưa đăng ký thi đua thì cuối năm không được xét danh hiệu theo luật "
        "mới, có đúng không ạ",
        "k dang ky thi dua thi k duoc xet lao dong tien tien theo luat 2022 dung k ad",
        "theo luật thì không đăng ký thi đua là không được xét LĐTT đúng không",
    ],
)
def test_registration_claimed_of_the_law_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đăng ký" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Trường có 1 cô bị khiển trách năm nay. Cô bị khiển trách có đưa vào danh sách LĐTT không?",
        "co bi khien trach trong nam co dua ten vao danh sach de nghi LDTT k",
        "tổ em có cô giáo bị cảnh cáo, cô bị cảnh cáo có đề nghị Lao động tiên tiến không ạ",
        "Cô bị kỷ luật khiển trách hồi tháng 5 có xét LĐTT năm nay không",
        "co giao bi ky luat canh cao co ghi ten vao danh sach xet LDTT dc k",
    ],
)
def test_teacher_disciplined_is_not_put_forward(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "khiển trách" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ke toan bao tien thuong chi roi thi k thu hoi dc nua du QD khen bi huy, dung k",
        "nghe nói tiền thưởng đã phát cho người ta rồi thì không thu lại được dù quyết định "
        "bị hủy, phải không",
        "qd khen bi huy bo nhung tien da chi thi khong phai thu hoi dung ko",
        "Quyết định khen bị hủy thì tiền thưởng đã nhận không phải trả lại đúng không ạ",
        "tien thuong da linh roi thi k phai nop lai khi qd bi huy dung k a",
    ],
)
def test_prize_kept_after_revocation_is_judged_once(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "thu hồi" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "co nguoi noi CSTDCS bat buoc phai co sang kien nen don to cao chi M k co sang kien "
        "la dung, dung k",
        "chi hoi bao CSTDCS phai co sang kien, nen to chuyen mon k de nghi co Lan vi k co sang "
        "kien la dung roi, phai k",
        "Hội đồng bảo CSTĐCS bắt buộc có sáng kiến nên loại tên chị Hoa không có sáng kiến là "
        "đúng rồi đúng không",
        "trưởng phòng nói phải có sáng kiến mới được CSTĐCS, vậy gạch tên anh Tú vì không có "
        "sáng kiến là đúng phải không",
        "hd thi dua loai anh B vi k co sang kien, bao CSTDCS phai co sang kien, loai vay la dung "
        "roi dung ko",
    ],
)
def test_initiative_complaint_held_right_is_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Không bắt buộc có sáng kiến" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi LDTT chi xet cho can bo cong chuc, nong dan k dc, vay xa tang LDTT cho nong dan "
        "la sai, dung k",
        "có người bảo nông dân không được Lao động tiên tiến, vậy xã xét LĐTT cho bác Ba làm "
        "ruộng là sai đúng không",
        "xa tang LDTT cho cong nhan nha may tren dia ban, nghe noi cong nhan k dc LDTT nen tang "
        "vay la sai phai k",
        "Ủy ban xã công nhận LĐTT cho người lao động tự do, nghe nói chỉ cán bộ mới được, công "
        "nhận thế là sai đúng không ạ",
        "nghe noi nguoi lam ruong k dc xet LDTT, vay xa xet LDTT cho ho la sai dung ko",
    ],
)
def test_award_to_workers_judged_wrong_is_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 24 khoản 3" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nghe noi ky luat khien trach thi k anh huong gi toi thi dua nua, dung k", "Không"),
        (
            "bị cảnh cáo trong năm thì không ảnh hưởng gì đến thi đua khen thưởng đúng không ạ",
            "Không",
        ),
        ("a truong phong bao khien trach k anh huong den thi dua cuoi nam, phai k", "Không"),
        ("bị kỷ luật khiển trách thì có ảnh hưởng gì đến thi đua năm đó không", "Có"),
        ("ky luat canh cao co anh huong toi thi dua k ad", "Có"),
    ],
)
def test_discipline_effect_on_the_year(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "khiển trách" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("được 2 danh hiệu cho 2 năm khác nhau thì mỗi danh hiệu nhận tiền riêng đúng không", "Có"),
        ("1 nguoi dat danh hieu o 2 thoi ky khac nhau thi nhan du ca 2 khoan thuong phai k", "Có"),
        (
            "nghe noi nhieu danh hieu cho nhung nam khac nhau thi chi duoc nhan 1 khoan tien "
            "thuong, dung k",
            "Không",
        ),
        (
            "có người bảo danh hiệu của các giai đoạn khác nhau thì chỉ lĩnh một lần tiền thưởng, "
            "có đúng không",
            "Không",
        ),
        ("danh hieu cho cac dot khac nhau thi co dc nhan tien thuong tung danh hieu k", "Có"),
    ],
)
def test_titles_of_different_periods_each_paid(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "khác" in text.split("\n\n")[0], text
