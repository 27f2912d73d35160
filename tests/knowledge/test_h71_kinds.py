"""Task h71: blind set 19's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind19_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "amount", "not_amount"),
    [
        # kind "a month told in the story taken as the decision date": a month the asker moved,
        # was elected or went on leave dates no award; the prize uses the base in force today
        (
            "Thang 3/2025 em duoc dieu dong ve UBND xa lam van phong. Cuoi nam em dat LDTT. "
            "Vay LDTT duoc thuong bao nhieu?",
            "760.000",
            "710.000",
        ),
        (
            "chi Hoa nghi sinh thang 6/2026, di lam lai thang 10/2026, cuoi nam chi dat LDTT thi "
            "thuong may",
            "760.000",
            "710.000",
        ),
        (
            "Tháng 5/2025 chị được bầu làm trưởng thôn. Năm nay thôn đạt thôn văn hóa. Hỏi "
            "thưởng bao nhiêu?",
            "3.800.000",
            "3.510.000",
        ),
        # a month with the decision by it still dates the decision ("qđ" abbreviated)
        ("ttldtt qđ tháng 2/2026 thì thưởng bao nhiêu", "1.880.000", "2.030.000"),
    ],
)
def test_a_month_in_the_story_dates_no_decision(
    officer_kb: KnowledgeBase, question: str, amount: str, not_amount: str
) -> None:
    text = ask(officer_kb, question)
    assert amount in text and not_amount not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, the district told in the story": what the district did in a
        # letter's story is the asker's past (the level no longer exists), so the yes/no about
        # the xã now is answered by the xã's own part, not "Không, the district is gone"
        "Năm ngoái huyện tặng giấy khen cho trường mầm non của xã. Năm nay trường tiếp tục làm "
        "tốt. Xã có được tặng giấy khen cho trường không?",
        "hoi dau nam huyen con cong nhan to dan pho van hoa cho to e. cuoi nam nay xa co tu cong "
        "nhan tiep dc k",
        # a word of the present between the xã and its verb ("xã nay tặng …") keeps the xã the one
        # who gives
        "chi lam o ubnd huyen cu, gio ve xa. hoi xa nay tang giay khen cho to dan pho dc k",
    ],
)
def test_the_district_in_the_story_is_the_past(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, a head-count told and the criteria asked": "có đạt / đủ tiêu
        # chuẩn … không" is judged on the share told against the title's minimum, as "có được …
        # không" already was
        (
            "phong ban e co 12 nguoi, 5 nguoi dat LDTT, nhu vay co du tieu chuan TTLDTT khong",
            "Không",
        ),
        (
            "Trạm y tế xã có 10 nhân viên, chỉ 4 người đạt LĐTT. Đơn vị có đạt tiêu chuẩn tập "
            "thể lao động tiên tiến không?",
            "Không",
        ),
        (
            "Trường mầm non có 20 cô, 15 cô đạt LĐTT, 1 cô đạt CSTĐCS, tất cả hoàn thành xuất "
            "sắc nhiệm vụ. Trường có đủ tiêu chuẩn tập thể lao động xuất sắc không?",
            "Có",
        ),
    ],
)
def test_a_head_count_decides_the_criteria_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "a part of a compound dropped after a story": a short yes/no opening the question
        # ("Có được không và ai ký") asks whether the title the story wants can be had; it is
        # not the tail of the story's last sentence, so the next part keeps its own question
        (
            "Phòng có 12 người, 10 người đạt LĐTT. Phòng muốn đề nghị TTLĐTT. Có được không và "
            "ai ký quyết định?",
            "Tùy",
        ),
        (
            "to e co 9 nguoi, chi 4 nguoi dat LDTT. to muon de nghi TTLDTT. co dc k va ho so "
            "gom gi",
            "Không",
        ),
        (
            "Khoa có 20 người, 16 người đạt LĐTT, 2 người đạt CSTĐCS, tất cả hoàn thành xuất sắc "
            "nhiệm vụ. Khoa muốn xin TTLĐXS. Có đạt không, ai quyết định?",
            "Có",
        ),
    ],
)
def test_a_yes_no_opening_the_question_after_a_story(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Ai quyết định" in text or "Hồ sơ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong, the old rule told and the rule now asked": the replaced decree
        # named only in a clause of the past is said replaced without the verdict; "giờ còn …"
        # asks whether the figure still holds, judged on the rule in force ("0,3 lần" is a
        # multiple of the base even without "lương cơ sở": a fraction is no count of times)
        ("hồi trước NĐ 91 LĐTT được thưởng 0,3 lần, giờ theo NĐ 152 còn 0,3 lần không", "Có"),
        ("truoc nd 91 thon van hoa thuong 1,5 lan, nay con 1,5 lan k", "Có"),
        (
            "trước theo NĐ 91 giấy khen cá nhân thưởng 0,15 lần, giờ vẫn 0,15 lần phải không",
            "Không",
        ),
    ],
)
def test_the_old_rule_told_the_rule_now_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # kind "declined, a replaced text no entry is written for": whether it is still in force
        # is answered from the list of replaced texts (content/law/replaced.yaml) rather than
        # declined
        ("nghi dinh 145/2013 con ap dung k", "145/2013/NĐ-CP đã hết hiệu lực"),
        ("luật 47/2005/QH11 còn hiệu lực không", "Luật 47/2005/QH11 đã hết hiệu lực"),
        ("NĐ 28/2024/NĐ-CP giờ còn dùng được không ạ", "thay bằng Nghị định 152/2025/NĐ-CP"),
    ],
)
def test_a_replaced_text_no_entry_covers(
    officer_kb: KnowledgeBase, question: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert said in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong attribute read, a level claimed as where it goes": "trình / gửi / nộp
        # tỉnh" (without "lên") claims the file goes to that level, judged on where the title's
        # file is submitted (the xã), not on who may have the title
        "giấy khen của chủ tịch xã có cần gửi tỉnh duyệt không",
        "xa minh co phai trinh tinh de cong nhan to dan pho van hoa k",
        "xã có phải trình tỉnh để tặng giấy khen cho hộ gia đình không",
    ],
)
def test_a_level_claimed_as_where_the_file_goes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # kind "the case told in a letter ignored, whose staff": an enterprise told in the story
        # makes its director the one who decides; asked whether the xã signs, the answer is no
        "Công ty trên địa bàn xã muốn xét LĐTT cho công nhân. Chủ tịch xã có ký quyết định không?",
        "cong ty o xa e muon tang LDTT cho nhan vien cong ty. xa co phai ky quyet dinh k",
        # not yet: "Hợp tác xã …" (its "xã" read as the commune) and "UBND xã có phải ra quyết
        # định" ("ra" is no verb of giving) still answer "Có"; see BENCHMARKS.md, stop 20 h71
    ],
)
def test_an_enterprise_told_in_the_story_decides_itself(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text, text
