"""Task h297 (stop 37): the sáng kiến route and chained titles.

Chiến sĩ thi đua cơ sở needs the Lao động tiên tiến standard and one route of Luật Thi đua, khen
thưởng 2022 Điều 23 khoản 2: hoàn thành xuất sắc nhiệm vụ, or a recognised sáng kiến, or an
accepted đề tài. So a letter telling the excellent route met and the sáng kiến missing asks
whether the title may be had ("Có"), not whether a sáng kiến is required; a line reported
against it ("phải gạch tên") is wrong; the sáng kiến told missing beside a paper asked is the
case. A title that is "điều kiện để xét" another is asked the other way round (Điều 21, 22); a
title counted ("mấy lần CSTĐ tỉnh") is held, not asked; a level of duty claimed below the title's
own (Điều 24 khoản 1: hoàn thành tốt nhiệm vụ trở lên) is wrong."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict

EXCELLENT = "hoàn thành xuất sắc nhiệm vụ"


@pytest.mark.parametrize(
    "question",
    [
        "chị ấy htxs nv nhưng ko có sáng kiến, vẫn đề nghị CSTĐCS được không ạ",
        "Nhân viên hợp đồng hoàn thành xuất sắc nhiệm vụ, chưa có sáng kiến nào, có được xét "
        "chiến sĩ thi đua cơ sở không?",
        "giao vien HTXS nhiem vu, sang kien chua duoc hoi dong cong nhan, co dc de nghi CSTDCS ko",
        "anh Nam hoàn thành xuất sắc, không có đề tài hay sáng kiến gì, xét CSTĐCS được phải không",
        "e htxs, k sáng kiến, co dc CSTDCS k ad",
        "cô ấy hoàn thành xuất sắc nhiệm vụ năm 2026 nhưng thiếu sáng kiến, có được CSTĐCS không "
        "hay phải có sáng kiến mới được",
    ],
)
def test_excellent_route_met_without_initiative_may_have_the_title(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert EXCELLENT in first, text
    # the sáng kiến told missing is not named back as a route the case meets
    assert "Điều kiện anh/chị nêu" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "ds CSTĐCS có chị Mai hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến, trưởng phòng "
        "bảo phải loại chị ra, đúng không",
        "kế toán hoàn thành xuất sắc mà chưa có sáng kiến, chủ tịch công đoàn nói không đủ để đề "
        "nghị CSTĐCS, có đúng không",
        "anh B htxs nv nhung k co sang kien nen k dc CSTDCS, phai k ad",
        "danh sach CSTDCS co 1 chi hoan thanh xuat sac nv ma k co sang kien, pho chu tich bao gach "
        "ten chi ay, dung ko",
        "Thầy Hùng hoàn thành xuất sắc nhiệm vụ, không có sáng kiến; hội đồng bảo thầy không đủ "
        "điều kiện CSTĐCS. Đúng không ạ?",
    ],
)
def test_a_line_refusing_the_excellent_route_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert EXCELLENT in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS không có sáng kiến thì hồ sơ có cần biên bản họp hội đồng không",
        "ko co sang kien thi ho so CSTDCS co phai kem bien ban binh xet k",
        "CSTDCS k co sang kien thi co can bien ban binh xet cua hoi dong k",
        "chưa có sáng kiến thì hồ sơ đề nghị chiến sĩ thi đua cơ sở có cần biên bản bình xét không",
        "khong co de tai thi ho so CSTDCS co can bien ban hop hoi dong thi dua khong a",
    ],
)
def test_initiative_missing_beside_a_paper_asked_is_the_case(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Hồ sơ" in first and "biên bản" in first, text
    assert "còn thiếu" not in first, text


CSTDCS_WHO = "Chiến sĩ thi đua cơ sở: Ai được xét"
LDTT_WHO = "Lao động tiên tiến: Ai được xét"


@pytest.mark.parametrize(
    ("question", "head", "condition"),
    [
        ("chưa có sáng kiến gì thì có được đề nghị CSTĐCS không ạ", CSTDCS_WHO, EXCELLENT),
        ("k co sang kien thi co dc xet chien si thi dua co so k", CSTDCS_WHO, EXCELLENT),
        ("ko có đề tài, sáng kiến thì CSTĐCS có xét được ko", CSTDCS_WHO, EXCELLENT),
        (
            "người cứu người được khen đột xuất rồi, cuối năm có được xét LĐTT nữa không",
            LDTT_WHO,
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "cán bộ không chuyên trách ở xã có được xét lao động tiên tiến không",
            LDTT_WHO,
            "hoàn thành tốt nhiệm vụ",
        ),
    ],
)
def test_eligibility_yes_states_its_condition(
    officer_kb: KnowledgeBase, question: str, head: str, condition: str
) -> None:
    text = ask(officer_kb, question)
    block = next(b for b in text.split("\n\n") if head in b)
    assert block.split("\n")[1].startswith("Có."), text
    assert condition in block, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("CSTDCS co phai la dieu kien de xet CSTD tinh k", "Có", "03 lần"),
        ("LĐTT có phải là điều kiện để xét CSTĐCS không", "Có", "Lao động tiên tiến"),
        ("CSTĐ tỉnh có phải là điều kiện để xét CSTĐ toàn quốc không", "Có", "02 lần"),
        ("giấy khen có phải là điều kiện để đề nghị CSTĐCS không", "Không", "không đòi hỏi"),
        ("có phải CSTĐCS là điều kiện bắt buộc để xét LĐTT không", "Không", "không đòi hỏi"),
        (
            "lao dong tien tien co phai la dieu kien de de nghi chien si thi dua co so ko",
            "Có",
            "Lao động tiên tiến",
        ),
    ],
)
def test_prerequisite_asked_the_other_way_round(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Tiêu chuẩn" in first and fact in first, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("CSTĐ toàn quốc thưởng bao nhiêu và cần mấy lần CSTĐ tỉnh liên tục", "02 lần"),
        ("cstd toan quoc can may lan cstd tinh", "02 lần"),
        ("muốn lên CSTĐ tỉnh thì cần mấy lần CSTĐCS", "03 lần"),
        (
            "Chiến sĩ thi đua toàn quốc: phải có mấy lần chiến sĩ thi đua cấp tỉnh liên tục",
            "02 lần",
        ),
        ("cstd tinh thi can may lan cstdcs lien tuc vay ad", "03 lần"),
    ],
)
def test_counted_title_is_held_not_asked(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    block = next(b for b in text.split("\n\n") if "Số năm liên tục" in b)
    assert fact in block, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi vien chuc hoan thanh nhiem vu la dc LDTT, con hoan thanh tot la CSTDCS, dung k",
        "người sắp nghỉ hưu không cần đạt hoàn thành tốt nhiệm vụ vẫn được LĐTT, đúng không ạ",
        "chi hoan thanh nhiem vu thi la du duoc lao dong tien tien roi phai k",
        "Chị kế toán bảo công chức ko cần hoàn thành tốt nv vẫn đc LĐTT, có đúng k",
        "hoàn thành nhiệm vụ là được LĐTT rồi, đúng không ad",
    ],
)
def test_a_level_below_the_title_claimed_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành tốt nhiệm vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("sang kien thi can dieu kien gi, hoi dong xet co can da ap dung thuc te k", "Có"),
        ("sáng kiến có cần phải được áp dụng tại cơ sở không ạ", "Có"),
        ("nghe noi sang kien chi can y tuong moi la dc, chua ap dung cung dc, dung k", "Không"),
        ("giải pháp chưa áp dụng thực tế thì vẫn được công nhận là sáng kiến, đúng không", "Không"),
        ("ad ơi sáng kiến chỉ cần có ý tưởng mới là được công nhận đúng ko", "Không"),
    ],
)
def test_what_a_sang_kien_is(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "áp dụng tại cơ sở" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "e la cong chuc van hoa xa, dc CSTDCS 3 nam lien 2024, 2025, 2026, co sang kien dc tinh "
        "cong nhan anh huong trong toan tinh. e co du dieu kien xet CSTD tinh k, ho so gui cho co "
        "quan nao",
        "Cô Lan hai năm trước liền được CSTĐCS, có sáng kiến phạm vi ảnh hưởng trong tỉnh. Tổ "
        "trưởng bảo nếu năm nay cô đạt CSTĐCS thì đủ điều kiện làm hồ sơ CSTĐ tỉnh, đúng không",
    ],
)
def test_a_person_asking_the_provincial_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chiến sĩ thi đua cấp tỉnh" in text.split("\n\n")[0], text
