"""Task h281 (stop 36): who and what a letter asks about.

- The recipient named after "cho / tặng" ("đề nghị giấy khen cho 1 học sinh") is whom the award
  is for, not the unit that proposes it, nor the asker's own post ("tôi là tổ trưởng …, giấy
  khen cho tổ"): the prize is the recipient's (NĐ 152/2025: cá nhân 0,3, tập thể 0,6 lần mức
  lương cơ sở), and a unit and each of its people named as recipients get both prizes.
- A year ("năm học 2025-2026 có 12 cô") counts no people in a collective's share (Luật 2022
  Điều 28: trên 50 % đạt LĐTT).
- A story noun names no subject: the pupils or citizens a deed served ("phần mềm quản lý học
  sinh"), a policy ("chấp hành chủ trương"), the school a guard works at ("bảo vệ trường mầm
  non"), the association the asker speaks from ("chị bên hội nông dân").
- A lower-secondary or primary school is the xã's unit: it does not decide LĐTT itself (Luật
  2022 Điều 80 khoản 3; domain.md: trường MN/TH/THCS thuộc xã).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict

_PERSON = "760.000"
_UNIT = "1.520.000"


@pytest.mark.parametrize(
    "question",
    [
        "Trường tiểu học đề nghị giấy khen của chủ tịch xã cho một học sinh nhặt được của rơi "
        "trả người mất, thưởng 0,3 lần lương cơ sở như cá nhân khác phải không",
        "truong THCS de nghi GK chu tich xa cho 1 hoc sinh gioi, tien thuong 0,3 lan luong co "
        "so nhu ca nhan khac dung k",
        "Trường mầm non xã đề nghị giấy khen chủ tịch xã cho 1 cháu học sinh ngoan, tiền "
        "thưởng là 0,3 lần lương cơ sở đúng không ạ",
    ],
)
def test_pupil_proposed_by_school_gets_the_persons_prize(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert _PERSON in text.split("\n\n")[0], text
    assert "Tập thể: 0,6" not in text, text


@pytest.mark.parametrize(
    ("question", "prize", "not_prize"),
    [
        (
            "hoi CCB xa de nghi GK cho 1 hoi vien, tien thuong co phai 0,6 lan luong co so k",
            _PERSON,
            "Tập thể: 0,6",
        ),
        (
            "thôn đề nghị xã tặng giấy khen cho 2 hộ hiến đất làm đường, mỗi hộ được thưởng "
            "bao nhiêu",
            _PERSON,
            "Tập thể: 0,6",
        ),
        (
            "Tôi là chi hội trưởng phụ nữ. Xã sắp tặng giấy khen cho chi hội tôi, chi hội được "
            "thưởng bao nhiêu tiền?",
            _UNIT,
            "Cá nhân: 0,3",
        ),
        (
            "e la to truong tdp 3, phuong khen to e vi phong trao ve sinh, gk cho to thuong bn",
            _UNIT,
            "Cá nhân: 0,3",
        ),
        (
            "Chào ad, tôi là tổ trưởng tổ dân phố. Tổ tôi ra quân dọn vệ sinh 8 tuần liền. "
            "Giấy khen cho tổ do ai ký và được thưởng bao nhiêu nếu ký tháng 12/2026?",
            _UNIT,
            "Cá nhân: 0,3",
        ),
        (
            "em la to truong, xa muon tang giay khen cho to em, thuong bao nhieu a",
            _UNIT,
            "Cá nhân: 0,3",
        ),
    ],
)
def test_the_recipient_not_the_proposer_or_the_askers_post(
    officer_kb: KnowledgeBase, question: str, prize: str, not_prize: str
) -> None:
    text = ask(officer_kb, question)
    assert prize in text, text
    assert not_prize not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "doan phuong to chuc giai bong da, 1 chi doan to chuc rat tot va 5 ban trong tai nhiet "
        "tinh. cho e hoi GK cho chi doan va cho tung ban bao nhieu",
        "xa muon tang GK cho doi van nghe thon va cho tung ban dien vien, moi GK thuong bao nhieu",
        "Hội nông dân đề nghị giấy khen cho chi hội thôn 2 và cho từng hội viên tiêu biểu, tiền "
        "thưởng mỗi loại bao nhiêu?",
        "Chủ tịch hội phụ nữ hỏi: hội muốn đề nghị giấy khen cho chị Mai và cho cả chi hội thôn "
        "4, mỗi giấy khen thưởng bao nhiêu?",
    ],
)
def test_a_unit_and_each_person_get_both_prizes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _PERSON in text and _UNIT in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "share"),
    [
        (
            "Chào ad, em là hiệu trưởng trường mầm non xã, trường có 18 cô, năm học 2025-2026 có "
            "12 cô đạt LĐTT, trường hoàn thành tốt nhiệm vụ. Tỷ lệ đủ TTLĐTT chưa ạ",
            "Có",
            "12/18",
        ),
        (
            "trường tiểu học có 24 giáo viên, năm học 2025-2026 có 15 cô đạt LĐTT, trường hoàn "
            "thành tốt nhiệm vụ, đủ tỷ lệ TTLĐTT không",
            "Có",
            "15/24",
        ),
        (
            "Trường mầm non có 20 cô; năm học 2024 - 2025 có 11 cô đạt lao động tiên tiến; trường "
            "hoàn thành tốt nhiệm vụ. Đủ điều kiện tỷ lệ xét TTLĐTT chưa?",
            "Có",
            "11/20",
        ),
        (
            "truong thcs 30 gv, nam hoc 2025-2026 co 14 co LDTT, du ti le TTLDTT chua",
            "Không",
            "14/30",
        ),
        (
            "Năm 2026 có 9 cô đạt LĐTT trên tổng số 16 cô của trường, trường hoàn thành tốt "
            "nhiệm vụ, có đủ tỷ lệ TTLĐTT không",
            "Có",
            "9/16",
        ),
    ],
)
def test_a_year_counts_no_people(
    officer_kb: KnowledgeBase, question: str, verdict: str, share: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert share in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "giao vien truong e lam phan mem quan ly hoc sinh, da ap dung o truong va dc cong "
            "nhan sang kien, co LDTT roi thi co dc de nghi CSTDCS k",
            "Có",
            "sáng kiến",
        ),
        (
            "anh công chức địa chính làm app hỗ trợ người dân tra cứu thửa đất, được công nhận "
            "sáng kiến, đạt LĐTT rồi, có đủ điều kiện CSTĐCS không",
            "Có",
            "sáng kiến",
        ),
        (
            "nông dân được LĐTT phải chấp hành tốt chủ trương, chính sách của Đảng đúng không ad",
            "Có",
            "gương mẫu chấp hành",
        ),
        (
            "Chị bên hội nông dân hỏi: nông dân được Lao động tiên tiến thì phải gương mẫu chấp "
            "hành chủ trương, pháp luật, đúng không ạ",
            "Có",
            "gương mẫu chấp hành",
        ),
        (
            "bảo vệ trường tiểu học làm hợp đồng, hoàn thành tốt nhiệm vụ có được LĐTT không",
            "Có",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "nhan vien bao ve truong mam non lam hop dong, hoan thanh tot nhiem vu, co dc de nghi "
            "LDTT k",
            "Có",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "chị tạp vụ trường mầm non hợp đồng, hoàn thành tốt nhiệm vụ thì có được xét LĐTT k",
            "Có",
            "hoàn thành tốt nhiệm vụ",
        ),
    ],
)
def test_a_story_noun_is_no_subject(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text
    assert "danh hiệu cá nhân; tập thể xét" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Hiệu trưởng THCS nói từ nay trường được tự quyết định danh hiệu Lao động tiên tiến cho "
        "giáo viên vì trường có con dấu, tài khoản riêng, đúng không ạ?",
        "truong tieu hoc co tu ky quyet dinh LDTT cho giao vien dc k",
        "Trường mầm non tự công nhận lao động tiên tiến cho các cô được không?",
    ],
)
def test_a_commune_school_does_not_decide(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text
