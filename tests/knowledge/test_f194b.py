"""Task f194b: b194 family F2, caps, registration and vote shares (issue 11).

Policy (domain brief §1.2 items 2 and 6, §2.3, §2.11): the Law sets no cap on the titles, no
registration requirement and no vote share; the province's quy chế may. A rule claimed as the
LAW's ("theo Luật TDKT", "luật quy định", or the repealed NĐ 91/2017 15 % put up as current) is
"Không."; asked bare, or as the asker's own unit's rule ("xã e quy định", "chủ tịch xã bảo"), it
is "Tùy". The answer must open with that verdict (the scorer reads the first block's first word).

Controls: nearby b194 questions already right (the Law's share claimed "Không.", a registration
asked bare "Tùy", a unit's own cap "Tùy").
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_keyed
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, keys as the set writes them): b194 F2 misses and the diag's new wordings
FAMILY = [
    # registration claimed as the Law's condition in a plan: Luật 2022 Điều 7
    (
        "ke hoach thi dua e viet 'ca nhan khong dang ky thi dua thi khong duoc xet danh hieu theo"
        " Luat TDKT', dung k",
        ["Không.", "Điều 7"],
    ),
    (
        "Em là công chức văn hóa - xã hội, đang dự thảo Kế hoạch thi đua năm 2027. Phần 'Đăng ký"
        " thi đua' bản cũ ghi: 'Các đơn vị không đăng ký thi đua sẽ không được xét khen thưởng"
        " (theo Luật Thi đua, khen thưởng)'. Câu này em có giữ được không?",
        ["Không.", "Điều 7"],
    ),
    # the repealed 15 % (NĐ 91/2017) written into this year's plan as current
    (
        "ti le CSTDCS khong qua 15% so LDTT, e ghi vao ke hoach xet nam nay dc ko",
        ["Không.", "91/2017"],
    ),
    # a cap claimed as the Law's
    (
        "theo luat, LDTT bi gioi han 50% so nguoi trong don vi, e ghi vay vao quy che dung ko",
        ["Không."],
    ),
    # the Law's minimum vote share asked, or the province's quy chế
    pytest.param(
        "a oi e dang lam bien ban hop HD TDKT xa xet CSTDCS. hoi dong co 11 thanh vien, hop 9"
        " nguoi, bo phieu kin, chi B dat 7/9 phieu. quy che tinh e chua doc. e muon hoi luat co"
        " quy dinh ti le phieu toi thieu cu the ko hay la theo quy che cua tinh",
        ["Không.", "tỉnh"],
        marks=pytest.mark.xfail(
            reason="the long letter's first part is read as who decides (HĐ TĐKT xã: Ai quyết"
            " định, 'Có.'); the vote-share part ('Không.') comes third: part order, not a rule",
            strict=False,
        ),
    ),
    # the asker's own unit's cap: the province's quy chế decides
    ("xa e quy dinh so LDTT khong qua 70% bien che, co dung khong a", ["Tùy"]),
    # where the registration goes: the province's quy chế
    ("chu tich xa bao dang ky thi dua van lam, e co can gui ban dang ky len tinh ko", ["Tùy"]),
    # a punished member's collective: the province's quy chế, "Tùy" first
    ("tap the co ca nhan bi ky luat thi con xet TTLDTT dc ko", ["Tùy"]),
    # bare "how many %": no national cap, the province may set one
    ("ve CSTDCS bay gio gioi han bao nhieu %", ["Tùy"]),
    # fixer f51l (L2): "bao nhiêu %" beside the vote is the share asked (across_parts.told_vote)
    ("bien ban ghi ty le phieu dong y bao nhieu % thi dat CSTDCS", ["Tùy"]),
    # new wordings (diag b194 F2)
    (
        "quy che moi cua xa e ghi 'theo Luat TDKT, ca nhan phai dang ky thi dua truoc 31/3 moi"
        " duoc xet LDTT', dung k",
        ["Không."],
    ),
    ("bien ban e ghi 'dat tren 50% tong so phieu theo quy dinh cua Luat', dung ko", ["Không."]),
    ("truong e tu dat gioi han CSTDCS khong qua 20% so giao vien, vay co dc khong", ["Tùy"]),
]

#: nearby questions already right, which must stay right
CONTROLS = [
    (
        "luat quy dinh CSTDCS phai dat tu 70% phieu dong y tro len, e ghi vao quy che dung ko",
        ["Không."],
    ),
    (
        "dang ky thi dua co phai la can cu xet tang danh hieu theo luat 2022 ko",
        ["Không.", "Điều 7"],
    ),
    ("don vi co phai dang ky thi dua dau nam moi duoc xet TTLDTT ko", ["Tùy"]),
    ("luat TDKT 2022 quy dinh CSTDCS toi da 15% so nguoi dat LDTT dung ko", ["Không."]),
    ("han dang ky thi dua cua xa phai la truoc 31/3 a", ["Tùy"]),
    (
        "e la chu tich hoi phu nu xa, viet bao cao thanh tich de nghi giay khen tap the cho chi hoi"
        " phu nu thon 3. trong bao cao e ghi 'da dang ky thi dua tu dau nam theo quy dinh cua"
        " luat'. thi co dung la luat bat buoc dang ky ko a",
        ["Không."],
    ),
    ("ban dang ky thi dua co mau thong nhat toan quoc ko hay xa tu lam", ["Không."]),
    ("bien ban xet khen co phai ghi so phieu dong y cua tung truong hop ko", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), FAMILY)
def test_family(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    # the keyed verdict opens the answer and every keyed fact is in it
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_control(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    # right as the set's scorer reads it: every key in the text, no contrary verdict opening
    answer = officer_kb.ask(question, TODAY)
    assert answer.answered, question
    for key in keys:
        assert has_fact(answer.text, key), f"{key!r} missing:\n{answer.text}"
    verdicts = {"Có.": "Có", "Không.": "Không", "Tùy": "Tùy"}
    wanted = next((verdicts[k] for k in keys if k in verdicts), None)
    first = leading_verdicts(answer.text)[:1]
    assert wanted is None or first in ([], [wanted], ["Tùy"]), answer.text
