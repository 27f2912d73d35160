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


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "E la cong chuc VHXH phu trach TDKT xa. Truong mam non cua xa co 20 giao vien nhan "
            "vien, nam hoc nay truong hoan thanh xuat sac nhiem vu, ca 20 nguoi hoan thanh nhiem "
            "vu, 15 nguoi dat LDTT, 1 co dat CSTDCS. Hieu truong muon de nghi TTLDXS. E hieu "
            "TTLDXS can it nhat 70% LDTT va phai co ca nhan dat CSTDCS. Vay truong du chua va ai "
            "quyet dinh tang a",
            "Tập thể lao động xuất sắc",
        ),
        (
            "Trạm y tế xã có 10 người, 8 người đạt LĐTT, 1 người đạt CSTĐCS, trạm hoàn thành xuất "
            "sắc nhiệm vụ. Trưởng trạm muốn đề nghị TTLĐXS. Em nghe nói TTLĐXS phải có cá nhân "
            "đạt CSTĐCS. Vậy trạm đủ chưa, ai quyết định?",
            "Tập thể lao động xuất sắc",
        ),
        (
            "truong tieu hoc 25 gv, 20 nguoi LDTT, 2 co CSTDCS, truong htxs nv. hieu truong muon "
            "de nghi TTLDXS. Vay truong du dk chua va ai ky",
            "Tập thể lao động xuất sắc",
        ),
        (
            "Văn phòng UBND xã 12 người, 7 người đạt LĐTT, có 1 người đạt CSTĐCS. Chánh văn phòng "
            "muốn đề nghị Tập thể lao động tiên tiến, văn phòng hoàn thành tốt nhiệm vụ. Vậy có "
            "đủ không, ai ký?",
            "Tập thể lao động tiên tiến",
        ),
    ],
)
def test_the_title_proposed_not_the_last_one_named(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    text = ask(officer_kb, question)
    heads = [line for line in text.split("\n") if line.startswith("**")]
    assert heads and title in heads[0], text
    assert not any("Chiến sĩ thi đua cơ sở:" in h for h in heads), text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("nghe noi ngoai xa tieu bieu con danh hieu xa van hoa do tinh xet, dung k", "Xã văn hóa"),
        (
            "Nghe nói ngoài danh hiệu xã tiêu biểu, còn danh hiệu xã văn hóa do tỉnh công nhận, "
            "có đúng không?",
            "Xã văn hóa",
        ),
        (
            "Ngoài giấy khen, còn bằng khen tỉnh cho thôn thì xã có tự quyết định được không",
            "Bằng khen",
        ),
    ],
)
def test_the_title_after_ngoai_is_only_a_contrast(
    officer_kb: KnowledgeBase, question: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert head in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Tôi là tổ trưởng tổ dân phố số 5. Năm nay tổ có đời sống ổn định, môi trường sạch, "
        "không có tệ nạn. Phường họp Hội đồng TĐKT đã đánh giá tổ đạt. Cho tôi hỏi hồ sơ trình "
        "Chủ tịch phường gồm những gì",
        "e la to truong to dan pho, nam nay to dat du tieu chi, hoi dong TDKT phuong da hop xet "
        "to dat. ho so trinh chu tich phuong gom gi",
    ],
)
def test_the_to_of_a_to_truong_is_the_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Thôn, tổ dân phố văn hóa: Hồ sơ" in text, text
    assert "Mẫu 04" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Chao ad, e la cong chuc van phong - thong ke xa. Van phong UBND gui danh sach de nghi "
        "LDTT 2026 co 12 nguoi, trong do 1 ban moi tuyen dung thang 9/2026, 1 chi bi ky luat "
        "khien trach thang 3/2026. Chanh van phong hoi 2 nguoi nay co dua vao danh sach dc k",
        "phong co 1 anh moi tuyen thang 10, 1 chi bi khien trach, 2 nguoi nay co duoc de nghi "
        "LDTT k",
        "Trường em có một cô mới tuyển dụng tháng 9/2026 và một thầy bị khiển trách hồi tháng "
        "4, hiệu trưởng hỏi hai người này có được xét Lao động tiên tiến không ạ?",
    ],
)
def test_two_persons_two_cases(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "6 tháng" in text and "khiển trách" in text, text
    assert "Có." not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Xa toi co truong mam non, nam hoc vua roi 20 co thi 15 co dat LDTT, ai cung hoan thanh "
        "nhiem vu. Hieu truong de nghi TTLDXS cho truong. Nhung nam nay k co co nao dat CSTDCS. "
        "Vay truong co du dieu kien khong",
        "trường 20 cô, 16 cô đạt LĐTT, 100% hoàn thành nhiệm vụ, trường hoàn thành xuất sắc, "
        "chưa có người nào đạt CSTĐCS, đủ TTLĐXS không",
    ],
)
def test_the_title_proposed_judged_with_a_condition_told_unmet(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # domain.md 2.5 (Luật 2022 Điều 27): Tập thể lao động xuất sắc needs a member holding
    # Chiến sĩ thi đua cơ sở
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Tập thể lao động xuất sắc" in first.split("\n")[0], text
    assert "chưa có: có cá nhân đạt Chiến sĩ thi đua cơ sở" in first, text
