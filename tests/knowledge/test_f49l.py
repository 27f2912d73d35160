"""Fixer f49l (issue 11): three known wrong answers, each with its new wordings and controls.

A. "giấy khen … cho cả 3 đối tượng (cá nhân, tập thể, hộ gia đình)": the count of the kinds
   listed is that list, no figure of a rule, so the yes/no is the eligibility of each of the
   three ("Có.", Luật 2022 Điều 75), not a money page or a "Tùy" for an unknown figure.
B. a closing "…, e ghi căn cứ cho tờ trình" says where the answer goes: no "Hồ sơ" block
   nobody asked for.
C. a trường THPT is the province's (Sở Giáo dục và Đào tạo), not the xã's: its teachers' CSTĐCS
   and the school's TTLĐTT are given by the head of the unit with legal personality or of the
   province's specialised agency (Luật 2022 Điều 80 khoản 1), not the xã chairman (khoản 3).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    return officer_kb


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("**")]


# A: the three recipients of a giấy khen counted
THREE_KINDS = [
    (
        "ad oi giay khen cua chu tich xa co phai thuong cho ca 3 doi tuong ca nhan, tap the, ho "
        "gia dinh k a?",
        ["Có.", "cá nhân", "tập thể", "hộ gia đình", "Điều 75"],
    ),
    (
        "giấy khen chủ tịch xã có tặng cho cả 3 đối tượng cá nhân, tập thể, hộ gia đình không",
        ["Có.", "cá nhân", "tập thể", "hộ gia đình", "Điều 75"],
    ),
    # new wordings
    (
        "giay khen cua xa tang dc cho ca 3 doi tuong: ca nhan, tap the va ho gia dinh dung k",
        ["Có.", "cá nhân", "tập thể", "hộ gia đình", "Điều 75"],
    ),
    (
        "chu tich xa ky giay khen cho ca 3 loai ca nhan, tap the, ho gia dinh dc k, moi loai "
        "thuong bao nhieu",
        ["Có.", "760.000", "1.520.000"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), THREE_KINDS)
def test_three_kinds_of_recipient(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    # who may have it (or who gives it, when the signer is named) leads, not the money page
    assert "Tiền thưởng" not in _headings(text)[0], text


# A controls: a figure that is a claim stays one; one recipient asked stays one
A_CONTROLS = [
    ("giay khen chu tich xa tang cho ho gia dinh dc k", ["Có.", "Hộ gia đình"]),
    ("giay khen ca nhan cua chu tich xa thuong bao nhieu", ["760.000"]),
]


@pytest.mark.parametrize(("question", "keys"), A_CONTROLS)
def test_three_kinds_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# B: the closing note of the paper the answer is written into
PURPOSE = [
    (
        "LDTT cho giao vien truong mam non cua xa ai ky QD, e ghi can cu cho to trinh",
        ["Chủ tịch UBND xã", "Điều 80"],
    ),
    # new wordings
    ("CSTDCS do ai quyet dinh, de e ghi can cu vao to trinh", ["Chủ tịch UBND xã"]),
    (
        "GDVH chu tich xa cong nhan dung k, e can ghi can cu cho to trinh",
        ["Có.", "Chủ tịch UBND xã", "Điều 80"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), PURPOSE)
def test_purpose_note_adds_no_dossier(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert not any("Hồ sơ" in h for h in _headings(text)), text


# B controls: the tờ trình asked, or a citation put up, are still read
def test_purpose_controls_texts_asked(kb: KnowledgeBase) -> None:
    text = ask(kb, "to trinh de nghi LDTT ghi can cu nhung van ban nao")
    assert "152/2025" in text, text


def test_purpose_controls_dossier_asked(kb: KnowledgeBase) -> None:
    text = ask(kb, "ho so de nghi LDTT gom nhung gi, to trinh ai lap")
    assert any("Hồ sơ" in h for h in _headings(text)), text


# C: the province's school
THPT = [
    ("CSTDCS cua giao vien THPT ai ky", ["Sở Giáo dục", "Điều 80 khoản 1"]),
    # new wordings
    (
        "co giao day truong cap 3 tren dia ban xa dat CSTDCS thi chu tich xa ky QD dc k",
        ["Không.", "Sở Giáo dục", "Điều 80 khoản 1"],
    ),
    ("TTLDTT cua truong THPT tren dia ban xa ai quyet dinh", ["Sở Giáo dục", "Điều 80 khoản 1"]),
]


@pytest.mark.parametrize(("question", "keys"), THPT)
def test_province_school_not_the_xa(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert not text.split("\n")[1].startswith("Chủ tịch UBND xã quyết định"), text


# C controls: the xã's own schools stay the xã chairman's
C_CONTROLS = [
    ("CSTDCS cua giao vien truong THCS thuoc xa ai ky", ["Chủ tịch UBND xã"]),
    ("LDTT cua giao vien THPT ai ky", ["Sở Giáo dục"]),
    ("TTLDTT cua truong mam non xa ai ky", ["Chủ tịch UBND xã"]),
]


@pytest.mark.parametrize(("question", "keys"), C_CONTROLS)
def test_province_school_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# D (f186 leftover): "nộp hồ sơ … ở đâu" with the title between asks where the file goes
SENT_WHERE = [
    ("ba con nop ho so de nghi giay khen cho ho gia dinh minh o dau a", ["một cửa"]),
    ("thon gui ho so de nghi thon van hoa len dau", ["UBND xã"]),
    ("xa nop ho so de nghi CSTD tinh o dau", ["Sở Nội vụ"]),
]


@pytest.mark.parametrize(("question", "keys"), SENT_WHERE)
def test_file_sent_where(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert "Nộp ở đâu" in _headings(text)[0], text


# D controls: the papers asked stay the dossier
def test_file_papers_asked(kb: KnowledgeBase) -> None:
    text = ask(kb, "ho so de nghi giay khen cho ho gia dinh gom nhung gi")
    assert "Hồ sơ" in _headings(text)[0], text


# E (f180b leftovers, b180): the district's work claimed left to no one, or put up by "ai bảo"
REFORM = [
    (
        "bo huyen roi thi TTLDTT cua truong mam non khong con ai ky nua a",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("ai noi phong noi vu huyen van tham dinh ho so LDTT cho xa", ["Không.", "1/7/2025"]),
]


@pytest.mark.parametrize(("question", "keys"), REFORM)
def test_district_claims_denied(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# E controls: the district's past told, the xã's signing asked plainly
E_CONTROLS = [
    ("truoc day CSTDCS do chu tich huyen ky, gio ai ky", ["Chủ tịch UBND xã"]),
    ("ai ky QD cong nhan GDVH", ["Chủ tịch UBND xã"]),
]


@pytest.mark.parametrize(("question", "keys"), E_CONTROLS)
def test_district_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(kb, question, keys)
    assert not text.split("\n")[1].startswith("Không."), text


# F (f185a leftover, b185): the xã's chairman put up first, the village offered after "hay"
CHAIRMAN_FIRST = [
    (
        "thon van hoa k phai do chu tich xa cong nhan a, hay truong thon tu cong nhan cung dc",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "giay khen ho gia dinh k phai chu tich UBND xa ky sao, hay truong thon ky luon",
        ["Có.", "Chủ tịch UBND xã"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), CHAIRMAN_FIRST)
def test_chairman_put_up_first(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F controls: the village claimed to decide stays denied
F_CONTROLS = [
    ("GDVH do truong thon cong nhan dung k", ["Không."]),
    ("truong thon ky giay khen cho ho gia dinh dc k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), F_CONTROLS)
def test_village_claimed_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# G (b180): the single payment claimed with its own "không" inside is judged once (Luật 2022
# Điều 5 khoản 2 điểm c; NĐ 152/2025 Điều 49: both prizes paid)
SINGLE_PAYMENT = [
    (
        "mot nguoi vua CSTDCS vua giay khen cua chu tich xa cung dot thi chang le chi dc nhan 1 "
        "khoan, k dc ca 2",
        ["Không.", "cả hai"],
    ),
    (
        "ke toan bao vua LDTT vua giay khen thi chi dc nhan tien 1 cai, k dc nhan ca 2, dung k",
        ["Không.", "cả hai"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), SINGLE_PAYMENT)
def test_single_payment_judged_once(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# G control: both asked plainly
def test_both_paid_asked(kb: KnowledgeBase) -> None:
    ask_keyed(kb, "vua LDTT vua giay khen thi dc nhan ca 2 khoan tien k", ["Có.", "cả hai"])


# E controls: a yes/no tail, then "ai ký" after a comma, is no claim that no one signs
@pytest.mark.parametrize(
    "question",
    [
        "quan cu tung tang GK cho cau lac bo van nghe cua phuong, nay phuong tang GK tap the cho "
        "CLB dc k, ai ky",
        "ad oi, thi xa cu cua e bo roi, phuong moi co dc tang danh hieu to dan pho van hoa k, "
        "ai ky",
    ],
)
def test_yesno_then_who_signs(kb: KnowledgeBase, question: str) -> None:
    text = ask(kb, question)
    assert "Chủ tịch UBND" in text, text
    assert not text.split("\n")[1].startswith("Không. Thẩm quyền trước đây"), text
