"""Task h108: yes/no verdicts still wrong or missing across the older tuning sets, fixed by the
kind of reading that failed: a typed word that lost a letter ("sag kiến"), "có sai không" of a
replaced text, the lương cơ sở asked new or changed on the dates told, the former district
asked what it "still" does, a dossier's destination put up with "à", a coefficient asked
changed, a time typed after the asking tail, "tdp đạt văn hóa", a wait for the year's review,
"có làm tròn không, … bao nhiêu", "cho hs" (a pupil), and a part whose fact opens with a
verdict another part's yes/no did not ask of it. Each kind is checked on wordings of our own
(none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "sag" ends as no Vietnamese syllable does: "sáng" lost its "n"
        ("ldtt co can sag kien k", "Không"),
        ("cstdcs bat buoc co sag kien ko", "Không"),
    ],
)
def test_dropped_letter(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Sáng kiến" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # citing a replaced decree is wrong: "có sai không" → Có
        ("ke hoach nam nay cua xa van ghi can cu nghi dinh 98/2023 thi co sai khong", "Có"),
        ("bao cao ghi can cu nd 91/2017 la sai a", "Có"),
        # asked the other way round it stays Không
        ("nd 98/2023 con hieu luc k", "Không"),
    ],
)
def test_citing_replaced_text(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "152/2025" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # signed on the day the new base starts (01/7/2026): the new base
        ("quyet dinh CSTDCS ky ngay 2/7/2026 da tinh theo luong co so moi chua", "Có"),
        # signed before it: still the old one
        ("qd LDTT ky ngay 15/6/2026 co tinh theo luong co so moi khong", "Không"),
        # two decisions told, a year apart across the change
        ("nam 2025 qd giay khen ky 11/2025, nam nay ky 11/2026, luong co so doi roi dung ko", "Có"),
    ],
)
def test_base_new_on_date(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "lương cơ sở" in text


def test_former_district_still(officer_kb: KnowledgeBase) -> None:
    # "còn" after the former district's name is "still": the district is what is asked
    text = ask_verdict(officer_kb, "UBND quận cũ còn khen thưởng cho phường không", "Không")
    assert "01/7/2025" in text


def test_destination_put_up(officer_kb: KnowledgeBase) -> None:
    block = ask_part_verdict(
        officer_kb, "giờ hồ sơ CSTĐ tỉnh xã nộp thẳng lên Sở Nội vụ à", "Nộp ở đâu", "Có"
    )
    assert "Sở Nội vụ" in block


@pytest.mark.parametrize(
    "question",
    [
        "ttldtt truoc thuong 0,8 lan, nay xa ky thi he so co thay doi khong",
        "hệ số thưởng CSTĐCS bây giờ có khác không",
    ],
)
def test_coefficient_kept(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Hệ số không đổi" in text


def test_coefficient_unsure_not_kept(officer_kb: KnowledgeBase) -> None:
    # the Bằng khen tỉnh coefficient is not sure (sources disagree): never said kept
    text = ask(officer_kb, "bang khen tinh he so co thay doi k")
    assert "Hệ số không đổi" not in text


def test_time_after_tail(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "con giay khen cua chu tich xa ko tu nam nay", "Có")
    assert "Chủ tịch UBND xã" in text


def test_split_title(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "xom dat van hoa co bang chung nhan khong", "Có")
    assert "Bằng chứng nhận" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("anh ấy cứu người đuối nước, khen đột xuất có phải chờ đến tổng kết không", "Không"),
        ("lao dong tien tien co phai doi den cuoi nam khong", "Có"),
    ],
)
def test_wait_for_review(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_rounding_then_how_much(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "tiền thưởng có làm tròn không, làm tròn tới mức nào", "Có")
    assert "10.000" in text


def test_pupil_not_dossier(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "xa co tang giay khen dot xuat cho hs lop 5 dc ko", "Có")
    assert "Chủ tịch UBND xã" in text


def test_unasked_opener_dropped(officer_kb: KnowledgeBase) -> None:
    # the council's fact opens "Không." for "does it decide"; here the yes/no is the title's
    text = ask(
        officer_kb, "hoi dong tdkt xa nam nay co xet ttldtt cho truong mam non khong, ai ky qd"
    )
    council = next(b for b in text.split("\n\n") if "Hội đồng Thi đua - Khen thưởng xã:" in b)
    assert leading_verdicts(council) == [], text
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the title's own criteria fact says it has the other's (Luật 2022 Điều 24 khoản 2)
        ("chiến sĩ tiên tiến có tiêu chuẩn giống lao động tiên tiến không", "Có"),
        ("dan quan tu ve co dong xet chien si tien tien thi tieu chuan giong ldtt phai ko", "Có"),
        # one group has its own clause (Điều 24 khoản 3): the two named differ
        ("ldtt cho vien chuc va cho cong nhan tieu chuan co giong nhau khong", "Không"),
    ],
)
def test_criteria_compared(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiêu chuẩn" in text


def test_one_syllable_not_split(officer_kb: KnowledgeBase) -> None:
    # "giong" (giống) is one word, never "gi ong": the sameness claim is read
    reading = officer_kb.read("chien si tien tien tieu chuan giong ldtt dung k")
    assert reading is not None and " giong " in f" {reading.asked} ", reading


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # two years' titles: each year's prize (Luật 2022 Điều 5; NĐ 152/2025 Điều 49 khoản 7)
        ("chi A dat ldtt nam 2023 va 2024 thi duoc nhan 2 lan tien thuong phai khong", "Có"),
        # two titles of one year: only the higher prize (NĐ 152/2025 Điều 49 khoản 5)
        ("LĐTT và CSTĐCS cùng năm thì có nhận tiền 2 lần không", "Không"),
    ],
)
def test_paid_twice(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Nhiều danh hiệu cùng lúc" in text


@pytest.mark.parametrize(
    "question",
    ["bằng khen của tỉnh là do sở nội vụ ký phải không", "cstdcs do giam doc so noi vu ky a"],
)
def test_so_noi_vu_signs_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Sở Nội vụ không ký" in text and "Chủ tịch UBND" in text


def test_rule_restated_with_route(officer_kb: KnowledgeBase) -> None:
    # "hoặc có sáng kiến" offers the route as the rule does (Luật 2022 Điều 23 khoản 2)
    block = ask_part_verdict(
        officer_kb,
        "cstdcs can dat ldtt, hoan thanh xuat sac nhiem vu hoac co sang kien dc cong nhan dung ko",
        "Chiến sĩ thi đua cơ sở: Sáng kiến",
        "Có",
    )
    assert "không bắt buộc" in block.lower()


def test_route_claimed_required_stays_no(officer_kb: KnowledgeBase) -> None:
    # without "hoặc" the route is claimed required: still Không
    ask_verdict(officer_kb, "cstdcs co bat buoc phai co sang kien duoc cong nhan ko", "Không")


def test_then_xa_pays_not_town(officer_kb: KnowledgeBase) -> None:
    # "thì xã chi …" is the xã acting, not the former thị xã: no reform verdict leads
    text = ask(officer_kb, "giay khen xa thi xa chi tien thuong phai k")
    assert not text.startswith("**Cấp huyện đã bỏ"), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the fund of the level that decides pays (NĐ 152/2025): the province's award, not the xã
        ("bk tinh tang cho can bo xa thi xa co tu chi tien thuong khong", "Không"),
        ("xa co tu chi tien thuong cstdcs khong", "Có"),
    ],
)
def test_payer_level(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Ai chi tiền thưởng", verdict)
    assert "quỹ" in block


def test_two_papers_are_not_one(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 84 khoản 1 lists the tờ trình and the báo cáo thành tích apart
    text = ask_verdict(
        officer_kb, "to trinh la gi vay, co phai chinh la bao cao thanh tich k", "Không"
    )
    assert "hai giấy khác nhau" in text


def test_staff_does_not_sign(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 80 khoản 3: the xã chairman decides; the officer in charge drafts
    text = ask_verdict(
        officer_kb,
        "can bo phu trach thi dua o xa co duoc ky quyet dinh khen thay chu tich ko",
        "Không",
    )
    assert "Chủ tịch UBND xã" in text
