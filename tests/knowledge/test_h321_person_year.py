"""Issue 11, helper h321: a person's year told against the title's conditions.

* Only "hoàn thành nhiệm vụ" (not "tốt") in the year asked fails the first condition of Lao
  động tiên tiến (Luật Thi đua, khen thưởng 2022 Điều 24 khoản 1 điểm a) and so of Chiến sĩ thi
  đua cơ sở (Điều 23 khoản 1): an allowing case told beside it, a route met or a prize figure
  claimed does not make it "Có".
* A level of duty told of another year is not the case of the year asked.
* A run of Lao động tiên tiến is not the run of Chiến sĩ thi đua cơ sở that Chiến sĩ thi đua
  cấp tỉnh is chosen among (Điều 22 khoản 1 điểm a).
* A new hire told in other words (bố trí, trúng tuyển, tuyển thêm) meets the 6-month rule.
* A criterion restated for confirmation after a story is confirmed.
* A class of person said to be barred from khen đột xuất is wrong: cá nhân, tập thể, hộ gia đình
  may all be commended.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "nghỉ thai sản 5 tháng, cuối năm tôi chỉ được đánh giá hoàn thành nhiệm vụ, "
            "có người bảo thai sản thì vẫn được LĐTT, có đúng không",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "chi e nghi de gan het nam, xep loai chi HTNV, nghe bao nghi sinh van dc lao dong "
            "tien tien dung ko ad",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "Tôi có sáng kiến được hội đồng xã công nhận nhưng năm nay chỉ hoàn thành nhiệm vụ, "
            "vậy có được đề nghị Chiến sĩ thi đua cơ sở không?",
            "Lao động tiên tiến",
        ),
        (
            "gv chi htnv nhung co de tai khoa hoc da nghiem thu, co xet cstdcs dc k",
            "Lao động tiên tiến",
        ),
        (
            "năm nay em chỉ hoàn thành nhiệm vụ, kế toán nói em vẫn được thưởng 0,3 lần lương "
            "cơ sở như người đạt LĐTT, đúng không ạ",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "chỉ HTNV thì có được nhận tiền thưởng 0,3 lương cơ sở của LĐTT không",
            "hoàn thành tốt nhiệm vụ",
        ),
    ],
)
def test_merely_completed_duty_decides(officer_kb: KnowledgeBase, question: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ad oi, e la cong chuc dia chinh xa. nam 2025 e chi dc danh gia hoan thanh nhiem vu. "
        "nam 2026 e hoan thanh xuat sac nhiem vu. vay nam 2026 e co dc de nghi CSTDCS k",
        "Năm 2025 tôi chỉ hoàn thành nhiệm vụ. Năm 2026 tôi được đánh giá hoàn thành xuất sắc "
        "nhiệm vụ. Năm 2026 tôi có được đề nghị chiến sĩ thi đua cơ sở không?",
        "năm ngoái tôi chỉ hoàn thành nhiệm vụ, năm nay hoàn thành xuất sắc thì có được CSTĐCS "
        "không",
        "nam truoc e chi htnv, nam nay e htxs nhiem vu roi thi co dc xet cstdcs k ad",
        "Năm 2025 chị ấy chỉ hoàn thành nhiệm vụ. Năm 2026 chị ấy hoàn thành tốt nhiệm vụ, tích "
        "cực thi đua. Năm 2026 chị ấy có được LĐTT không?",
    ],
)
def test_a_level_of_another_year_is_not_the_case(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "bo e la nong dan, 3 nam lien dc LDTT. Nghe noi vay la du dieu kien de nghi CSTD tinh, "
        "dung k",
        "chị tôi đạt LĐTT liên tục 4 năm nay, có được xét chiến sĩ thi đua tỉnh không",
        "Ông tôi 3 năm liền 2024, 2025, 2026 đều được xã tặng Lao động tiên tiến. Có người nói "
        "như thế là đủ để đề nghị Chiến sĩ thi đua cấp tỉnh, có đúng không?",
        "anh ay dat lao dong tien tien 5 nam lien tiep roi, de nghi cstd cap tinh dc chua",
        "Cô giáo trường em 3 năm liền đều được LĐTT, hiệu trưởng nói vậy là đủ để đề nghị CSTĐ "
        "tỉnh, đúng không ạ?",
    ],
)
def test_a_run_of_the_lower_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "03 lần liên tục đạt Chiến sĩ thi đua cơ sở" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nguoi hoat dong k chuyen trach moi dc bo tri tu thang 9, cuoi nam co dc xet LDTT k",
        "Công chức mới được bố trí về văn phòng xã từ tháng 8, cuối năm có được xét lao động "
        "tiên tiến không?",
        "em mới trúng tuyển viên chức tháng 9 năm nay, cuối năm có được đề nghị LĐTT không ạ",
        "cty tuyển thêm 4 công nhân từ tháng 9, cuối năm 4 người này có được xét LĐTT không",
        "ban e moi trung tuyen vao tram tu thang 10, cuoi nam xet ldtt dc k",
    ],
)
def test_a_new_hire_in_other_words(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "6 tháng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Em chuyển từ trường mầm non về UBND xã tháng 4/2026, tiêu chuẩn LĐTT vẫn là hoàn thành "
        "tốt nhiệm vụ trở lên đúng không",
        "e moi chuyen ve xa thang 5, tieu chuan LDTT van la hoan thanh tot nhiem vu tro len phai k",
        "tôi nghỉ thai sản 6 tháng năm 2026, tiêu chuẩn lao động tiên tiến vẫn là hoàn thành tốt "
        "nhiệm vụ trở lên phải không",
        "chi e di hoc 3 thang, tieu chuan ldtt van la hoan thanh tot nhiem vu tro len dung ko",
        "Năm 2026 tôi được điều động sang xã khác, tiêu chuẩn LĐTT vẫn là hoàn thành tốt nhiệm "
        "vụ trở lên, đúng không ạ",
    ],
)
def test_a_criterion_restated_after_a_story(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "hoàn thành tốt nhiệm vụ" in text.split("\n\n")[0].lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "hop dong bao ve truong bi thuong khi cuu chay kho, nghe noi hop dong thi k dc khen dot "
        "xuat, dung k",
        "nhân viên hợp đồng của trường dập lửa cứu kho, hiệu trưởng nói hợp đồng không được khen "
        "đột xuất, đúng ko ad",
        "Anh dân quân lao xuống sông cứu 2 cháu bé, có người bảo dân quân thì không được khen "
        "đột xuất, có đúng không?",
        "chu HDKCT o thon cuu nguoi bi lu cuon, nghe bao khong chuyen trach thi k dc khen dot "
        "xuat, dung k",
        "bác bảo vệ hợp đồng bắt được trộm ở trụ sở xã, kế toán bảo lao động hợp đồng thì không "
        "được khen đột xuất, vậy có đúng không",
    ],
)
def test_a_class_of_person_said_barred(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đột xuất" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "to e 12 nguoi, 5 nguoi chi HTNV, 7 nguoi LDTT, ty le LDTT nhu vay co dat TTLDTT k",
        "phong 8 nguoi, 5 nguoi LDTT, 3 nguoi htnv, ti le nhu vay dat TTLDTT chua",
        "Tổ chuyên môn có 10 giáo viên, 6 người đạt LĐTT, 4 người chỉ hoàn thành nhiệm vụ. Tỷ "
        "lệ LĐTT như vậy có đạt điều kiện Tập thể lao động tiên tiến không?",
        "trạm y tế 9 người: 6 người LĐTT, 3 người HTNV, vậy tỉ lệ có đủ để xét TTLĐTT không ạ",
        "bo phan mot cua 6 nguoi, 4 nguoi dat lao dong tien tien, 2 nguoi chi hoan thanh nhiem "
        "vu, ti le da du TTLDTT chua ad",
    ],
)
def test_the_share_told_beside_htnv_decides(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "50 %" in text.split("\n\n")[0], text
