"""Task h359 (stop 40, issue 11): claims stated and judged, their polarity and their scope.

- A negation inside a rider of a wrong claim ("bắt buộc phải có sáng kiến, k có sáng kiến là
  loại", "chỉ cần kinh tế ổn định là đủ, k xét môi trường") or opening its unmet condition ("k
  có sáng kiến thì thôi khỏi xét") belongs to the claim; it restates no denial, so the verdict
  is not turned (Luật 2022 Điều 23 khoản 2: sáng kiến is one route, not required).
- "X đúng k, hay phải Y": the claim put up is X; Y is the rival answer offered.
- "sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ, 1 trong 2 là được" restates Điều 23 khoản 2.
- One achievement is not commended twice (Luật 2022 Điều 5 khoản 2 điểm c): "cả giấy khen xã và
  giấy khen trường cho cùng 1 thành tích" is wrong; "đã được giấy khen thì k được bằng khen tỉnh
  cho cùng việc đó nữa" is right.
- A prize claimed doubled for a kind of person is wrong: one coefficient per title or form for
  every person given it (NĐ 152/2025).
- "… 4 tháng thì k bình LĐTT": a bare "bình" is "bình xét"; the claim restates the 6-month rule
  (Luật 2022 Điều 24 khoản 3, TT 15/2025).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chị phó chủ tịch bảo CSTĐCS bắt buộc phải có sáng kiến, không có sáng kiến là trượt, "
        "đúng không ạ",
        "nghe noi muon dat CSTDCS thi bat buoc co sang kien, ai ko co sang kien la loai het, "
        "phai ko",
        "chi ay bao CSTDCS k co sang kien la loai, dung k",
        "CSTĐCS mà không có sáng kiến thì thôi khỏi xét, đúng không",
        "anh truong phong noi chien si thi dua co so ma ko co sang kien thi khoi de nghi, "
        "phai khong a",
        "chi hoi truong bao k co sang kien thi mat CSTDCS luon, dung k",
    ],
)
def test_unmet_condition_rider_does_not_turn_the_claim(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Không bắt buộc có sáng kiến" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi thon van hoa chi can doan ket tuong tro la du, k xet kinh te, dung k",
        "to dan pho van hoa chi can doan ket la du, k xet kinh te, phai k",
        "Nghe nói thôn văn hóa chỉ cần chấp hành tốt pháp luật là đủ, không xét đời sống kinh tế, "
        "đúng không?",
        "nghe noi thon van hoa chi can kinh te on dinh la du, k xet doan ket, dung k",
        "thon van hoa chi can chap hanh phap luat la du, khong xet kinh te dung khong",
    ],
)
def test_sufficiency_rider_is_part_of_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chưa đủ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "sum_shown"),
    [
        (
            "LĐTT quyết định ký 10/2/2026 thì thưởng 710.000 đúng không, hay phải theo lương "
            "cơ sở mới",
            "Có",
            "710.000",
        ),
        (
            "qd cstdcs ky thang 3/2026 thuong 2.340.000 phai k hay phai tinh lai theo luong moi",
            "Có",
            "2.340.000",
        ),
        (
            "TTLDTT ky QD 15/1/2026 thi thuong 1.880.000 dung k hay phai tinh lai theo luong co "
            "so moi",
            "Có",
            "1.880.000",
        ),
        (
            "QD LDTT ky thang 12/2025 thuong 710.000 dung ko, hay tinh lai theo luong co so moi",
            "Có",
            "710.000",
        ),
        (
            "LDTT ky quyet dinh thang 8/2026 thuong 710.000 dung k, hay phai tinh theo luong moi",
            "Không",
            "760.000",
        ),
    ],
)
def test_the_option_after_hay_is_no_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, sum_shown: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert sum_shown in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "e la cong nhan, to truong bao CSTDCS thi can sang kien hoac hoan thanh xuat sac nhiem "
        "vu, 1 trong 2 la dc, dung k",
        "chi hoi truong noi muon dat CSTDCS thi phai co sang kien hoac HTXS nhiem vu, mot trong "
        "hai deu duoc, co dung khong",
        "Nghe nói Chiến sĩ thi đua cơ sở cần có sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ, "
        "một trong hai là được, đúng không?",
        "cstdcs thi sang kien hoac hoan thanh xuat sac nv, chi can 1 trong 2, phai k",
        "e nghe bao de tai khoa hoc hoac HTXS nhiem vu, co 1 trong 2 la xet CSTDCS dc, dung ko",
    ],
)
def test_either_route_claim_restates_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "hoàn thành xuất sắc nhiệm vụ" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe noi hs cuu nguoi thi dc ca giay khen xa va giay khen truong cho cung 1 thanh "
            "tich, dung k",
            "Không",
        ),
        (
            "nghe nói em học sinh cứu bạn được cả giấy khen của xã và giấy khen của trường cho "
            "cùng một thành tích, đúng không",
            "Không",
        ),
        (
            "anh cong an cuu hoa dc ca giay khen xa va giay khen cong an tinh cho cung 1 vu, "
            "dung k",
            "Không",
        ),
        (
            "a can bo xa bao nha hao tam dc giay khen roi thi k dc bang khen tinh cho cung dot "
            "ung ho do nua, dung k",
            "Có",
        ),
        (
            "Hộ ông B được giấy khen xã vì hiến đất rồi thì không được bằng khen tỉnh cho cùng "
            "việc đó nữa, đúng không ạ",
            "Có",
        ),
        (
            "nha hao tam da dc GK xa cho dot ung ho lu thi ko dc BK tinh cho dot do nua dung ko",
            "Có",
        ),
        (
            "ong A da nhan giay khen xa vi cuu nguoi thi khong duoc bang khen tinh cho viec do "
            "nua phai khong",
            "Có",
        ),
    ],
)
def test_one_achievement_one_form(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "một thành tích" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "coefficient"),
    [
        ("nghe noi nguoi cao tuoi dc giay khen thi tien thuong nhan gap doi, dung k", "0,3"),
        ("nghe noi thuong binh dc LDTT thi tien thuong gap doi, dung k", "0,3"),
        ("người khuyết tật được giấy khen xã thì thưởng gấp đôi phải không", "0,3"),
        ("ho ngheo dc giay khen thi tien thuong nhan doi dung ko", "0,3"),
        ("can bo nu dc CSTDCS thi thuong gap ruoi, dung k", "1,0"),
    ],
)
def test_a_prize_doubled_for_a_kind_of_person_is_wrong(
    officer_kb: KnowledgeBase, question: str, coefficient: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"{coefficient} lần mức lương cơ sở" in text.split("\n\n")[0], text


def test_the_collective_prize_is_still_double(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "giay khen tap the gap doi ca nhan phai k", "Có")
    assert "0,6" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hieu truong bao giao vien hop dong moi ve 4 thang thi k binh LDTT, dung k",
        "Chị kế toán nói người mới vào làm 3 tháng thì không bình lao động tiên tiến, đúng không ạ",
        "nhan vien moi tuyen 5 thang thi ko binh LDTT phai ko",
        "thu viec 2 thang thi chua binh LDTT dung k",
        "cong chuc moi ve xa 4 thang nen khong binh LDTT nam nay, vay dung khong",
    ],
)
def test_a_new_hire_left_out_is_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "6 tháng" in text, text
