"""Fixer f48l: what stop 48 left among the tuning twins b179-b182 (issue 11).

1. A giấy khen priced for both kinds of recipient told ("cho đội và cho 2 hội viên", "tặng
   giấy khen cho 8 thôn … mỗi thôn được thưởng bao nhiêu"): the collective's 0,6 × lương cơ sở
   (1.520.000 đồng) was dropped, the answer built from the individual's part only, or from the
   fund's (NĐ 152/2025 Điều 50; Luật 2022 Điều 75).
2. "hồi tháng 3/2026" (then) typed without marks folds like "hội" (an association): the
   giấy khen asked became the collective's.
3. A letter naming several titles: TTLĐXS asked with LĐTT, CSTĐCS and TTLĐTT told beside it;
   the asks went to the title named last ("… chủ tịch xã ký như TTLĐTT luôn") or the claim
   "nộp xã là xong, k phải lên tỉnh" was agreed with (Chủ tịch UBND tỉnh decides, the dossier
   goes to Sở Nội vụ, 1,5 × 2.530.000 = 3.800.000; Luật 2022 Điều 27, 79; NĐ 152/2025 Điều 50).
4. A prize claimed in words ("thưởng 500 nghìn cho cá nhân. số đó đúng k") read as who may
   have the giấy khen.

The set's convention: the verdict judges the proposition as the asker states it.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict or None, facts the answer must hold, facts it must not hold)
BOTH_KINDS = [
    # b182's own
    (
        "Chào anh chị, tôi là chủ tịch Hội CCB xã. Tháng 10 vừa rồi xã tổ chức hội thi 'Cựu chiến"
        " binh gương mẫu' và hội diễn văn nghệ, đội của hội đạt giải nhất. Hội muốn đề nghị UBND"
        " xã tặng giấy khen cho đội và cho 2 hội viên. Quyết định ký tháng 12 năm nay thì tiền"
        " thưởng cho đội và cho mỗi hội viên là bao nhiêu?",
        None,
        ["1.520.000", "760.000"],
        [],
    ),
    (
        "chao ad, e la cong chuc van hoa xa hoi o 1 xa mien nui. cuoi nam nay xa tong ket 5 nam"
        " xay dung NTM, du kien tang giay khen cho 8 thon, 25 ho dan va 3 doanh nghiep co dong"
        " gop. chu tich xa hoi e quy thi dua khen thuong cua xa dc trich toi da bao nhieu % chi"
        " ngan sach thuong xuyen, va moi thon dc thuong bao nhieu tien",
        None,
        ["1,5 %", "1.520.000"],
        [],
    ),
    # new wordings
    (
        "xa tang giay khen cho doi van nghe thon va cho 3 doan vien, QD ky thang 12 nam nay thi"
        " tien thuong cho doi va cho moi doan vien bn",
        None,
        ["1.520.000", "760.000"],
        [],
    ),
    (
        "cuoi nam xa du kien tang giay khen cho 5 thon, quy thi dua cua xa trich toi da bao"
        " nhieu, moi thon dc thuong bao nhieu",
        None,
        ["1.520.000"],
        [],
    ),
    # controls: one kind told, one kind priced
    ("giay khen cho ca nhan thuong bao nhieu", None, ["760.000"], ["1.520.000"]),
    ("tang giay khen cho 8 thon thi moi thon dc thuong bao nhieu tien", None, ["1.520.000"], []),
    (
        "quy thi dua khen thuong cua xa mien nui dc trich toi da bao nhieu %",
        None,
        ["1,5 %"],
        ["1.520.000"],
    ),
]

THEN_NOT_ASSOCIATION = [
    # b180's own
    (
        "giay khen quyet dinh hoi thang 3/2026 thi tinh theo luong co so 2.340.000, tuc la 710"
        " nghin, phai the k",
        "Có.",
        ["710.000"],
        [],
    ),
    # new wordings
    (
        "giay khen ca nhan QD ky hoi thang 5/2026 thi thuong bn",
        None,
        ["710.000"],
        ["1.410.000"],
    ),
    # control: an association is still a collective
    (
        "hoi phu nu xa dc giay khen tap the thi thuong bao nhieu",
        None,
        ["1.520.000"],
        [],
    ),
]

SEVERAL_TITLES = [
    # b180's own
    (
        "em la van thu truong tieu hoc xa. nam hoc 2025-2026 truong dat 80% LDTT, co 2 CSTDCS,"
        " hieu truong muon de nghi TTLDXS. chi van phong UBND xa bao TTLDXS gio thuoc tham"
        " quyen chu tich xa nen nop xa la xong, k phai len tinh. vay la dung a? tien thuong"
        " TTLDXS la bn",
        "Không.",
        ["Chủ tịch UBND tỉnh", "3.800.000"],
        [],
    ),
    # b181's own
    (
        "e la pho chu tich xa phu trach van hoa xa hoi. truong tieu hoc xa co 100% hoan thanh"
        " nhiem vu, 80% LDTT, 2 CSTDCS, hieu truong muon xin TTLDXS. van phong bao TTLDXS thi"
        " chu tich xa ky nhu TTLDTT luon. dung k, neu k thi ho so gui dau va thuong bn (QD cua"
        " tinh cuoi nam nay)",
        "Không.",
        ["Chủ tịch UBND tỉnh", "Sở Nội vụ", "3.800.000"],
        ["2.030.000"],
    ),
    # new wordings
    (
        "TTLDXS nop xa la xong, k phai len tinh, dung k",
        "Không.",
        ["Sở Nội vụ"],
        [],
    ),
    (
        "truong mam non co 2 CSTDCS, 90% LDTT, muon xin TTLDXS. ke toan bao TTLDXS cung chu tich"
        " xa ky nhu TTLDTT. dung k, ho so nop dau, thuong bn",
        "Không.",
        ["Chủ tịch UBND tỉnh", "3.800.000"],
        ["2.030.000"],
    ),
    # controls
    ("TTLDXS do chu tich xa ky dung k", "Không.", ["Chủ tịch UBND tỉnh"], []),
    ("TTLDTT do chu tich xa ky dung k", "Có.", ["Chủ tịch UBND xã"], []),
    ("TTLDTT thuong bao nhieu", None, ["2.030.000"], []),
]

PRIZE_IN_WORDS = [
    # b180's own
    (
        "ong bi thu chi bo thon e bao giay khen chu tich xa nam nay thuong 500 nghin cho ca nhan."
        " so do dung k",
        "Không.",
        ["760.000"],
        [],
    ),
    # new wordings
    (
        "truong thon bao giay khen ca nhan cua chu tich xa thuong 500 nghin, dung k",
        "Không.",
        ["760.000"],
        [],
    ),
    # controls
    ("giay khen ca nhan cua chu tich xa thuong 760 nghin, dung k", "Có.", ["760.000"], []),
    ("giay khen chu tich xa co tang cho ca nhan k", "Có.", [], []),
]

#: 5. "S. chứ k phải X hả?" closing a letter: "chứ" sets the asker's own X against the saying
#: or the act S told before, which holds the title and the figures (b180)
CLOSING_CONTRAST = [
    # b180's own
    (
        "e lam ke toan xa. quyet dinh LDTT nam 2025 ky ngay 10/1/2026, ke toan cu tinh theo"
        " 2.530.000 vi thang 7 tang luong. chu k phai tinh theo luong co so ngay ky quyet dinh"
        " ha?",
        "Có.",
        ["710.000"],
        [],
    ),
    (
        "thay giao truong e 2023, 2024, 2025 deu CSTDCS, co sang kien ap dung toan tinh. hieu"
        " truong bao CSTD tinh la chu tich xa ky nen lam ho so nop xa. chu k phai chu tich tinh"
        " ky ha?",
        "Có.",
        ["Chủ tịch UBND tỉnh"],
        [],
    ),
    # new wordings
    (
        "truong thon bao GDVH do truong thon ky quyet dinh cong nhan. chu k phai chu tich xa ky"
        " ha?",
        "Có.",
        ["Chủ tịch UBND xã"],
        [],
    ),
    (
        "ke toan bao giay khen ca nhan nam nay thuong 500 nghin. chu k phai 760 nghin ha?",
        "Có.",
        ["760.000"],
        [],
    ),
    # controls: the frame opening the message, a saying put up plainly
    ("chu k phai LDTT chi can hoan thanh tot nhiem vu ha?", "Không.", [], []),
    (
        "chi ke toan bao giay khen ca nhan nam nay thuong 760 nghin. vay la dung a?",
        "Có.",
        ["760.000"],
        [],
    ),
]

#: 6. "k nhất thiết phải sáng kiến" (no "có"): the way denied required is one the fact allows,
#: the claim holds (Luật 2022 Điều 23 khoản 2; b179)
WAY_DENIED = [
    # b179's own
    (
        "fw: de tai khoa hoc da nghiem thu cung la 1 duong de xet CSTDCS, k nhat thiet phai sang"
        " kien. dung k",
        "Có.",
        [],
        [],
    ),
    # new wordings
    ("CSTDCS k nhat thiet phai sang kien, dung k", "Có.", [], []),
    ("CSTDCS k bat buoc phai sang kien dung k", "Có.", [], []),
    # controls
    ("CSTDCS k nhat thiet phai co sang kien, dung k", "Có.", [], []),
    ("CSTDCS bat buoc phai sang kien dung k", "Không.", [], []),
    ("CSTDCS bat buoc phai co sang kien dung k", "Không.", [], []),
    # b142: a way claimed required, beside who reviews, keeps each block's own verdict
    (
        "gio giao vien truong mam non phuong e muon de nghi CSTDCS thi hoi dong TDKT phuong xet"
        " dung k, con tieu chuan co bat buoc sang kien k",
        None,
        [],
        ["Tùy cách đơn vị chọn"],
    ),
]

#: 7. a pasted prize judged on today's base keeps the answer's block on the date asked (b179)
PASTE_DATED = [
    # b179's own
    (
        "nhom zalo dang: giay khen chu tich xa cho ca nhan thuong 760.000. nhung QD ky thang"
        " 3/2026 thi bao nhieu",
        None,
        ["710.000"],
        [],
    ),
    # new wording
    (
        "zalo thon dang: LDTT thuong 760.000. nhung QD ky thang 4/2026 thi bao nhieu",
        None,
        ["710.000"],
        [],
    ),
    # control: no date asked, the paste's block alone
    ("nhom zalo dang: giay khen chu tich xa cho ca nhan thuong 760.000. dung k", "Có.", [], []),
]

#: 8. a decision dated by a part of the year ("quyết định cuối năm 2026") names no decider
#: asked (b180)
PART_OF_YEAR = [
    # b180's own
    (
        "Chiến sĩ thi đua tỉnh thưởng 3 lần lương cơ sở, quyết định cuối năm 2026 là 7.590.000"
        " chứ nhỉ",
        "Có.",
        ["7.590.000"],
        ["Ai quyết định"],
    ),
    # new wording
    (
        "CSTD tinh thuong 3 lan luong co so, quyet dinh cuoi nam 2026 la 7.590.000 dung k",
        "Có.",
        ["7.590.000"],
        ["Ai quyết định"],
    ),
    # control: who decides asked
    ("CSTD tinh ai quyet dinh", None, ["Chủ tịch UBND tỉnh"], []),
]

#: 9. a letter that opens on its own yes/no ask ("… à?"), then a saying and a wh-ask: no story
#: told before the question, the opening ask keeps its verdict (b180)
OPENING_ASK = [
    # b180's own
    (
        "LDTT thi k duoc thuong dong nao a? ke toan xa bao chi co ten trong quyet dinh thoi. ma"
        " ai ky quyet dinh do",
        "Không.",
        ["760.000", "Chủ tịch UBND xã"],
        [],
    ),
    # new wording
    (
        "CSTDCS thi k co tien thuong a? chi van phong bao chi co bang thoi. ma ai ky quyet dinh",
        "Không.",
        ["2.530.000", "Chủ tịch UBND xã"],
        [],
    ),
    # control: a story, then the ask
    (
        "chi van phong bao LDTT chi co ten trong quyet dinh, k co tien thuong. vay la dung a?",
        "Không.",
        ["760.000"],
        [],
    ),
]


def test_confirming_tail_no_second_ask(officer_kb: KnowledgeBase) -> None:
    """ "đăng ký thi đua không bắt buộc, đúng không": the tail puts the clause up, it is no second
    ask answered by a block of the same heading with the opposite verdict (b180)."""
    for question in (
        "dang ky thi dua khong bat buoc chu",
        "dang ky thi dua khong bat buoc, dung khong",
    ):
        text = ask(officer_kb, question)
        assert len(set(leading_verdicts(text))) == 1, text
    # control: a second ask naming another title is still answered
    text = ask(officer_kb, "ho gia dinh dc giay khen k, con CSTDCS thi dc k")
    assert len(leading_verdicts(text)) >= 2, text


CASES = [
    pytest.param(q, v, facts, absent, id=f"{family}-{i}")
    for family, cases in {
        "both_kinds": BOTH_KINDS,
        "then": THEN_NOT_ASSOCIATION,
        "several": SEVERAL_TITLES,
        "words": PRIZE_IN_WORDS,
        "closing": CLOSING_CONTRAST,
        "way": WAY_DENIED,
        "paste_dated": PASTE_DATED,
        "part_of_year": PART_OF_YEAR,
        "opening_ask": OPENING_ASK,
    }.items()
    for i, (q, v, facts, absent) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts", "absent"), CASES)
def test_leftover(
    officer_kb: KnowledgeBase,
    question: str,
    verdict: str | None,
    facts: list[str],
    absent: list[str],
) -> None:
    text = ask(officer_kb, question)
    if verdict:
        assert leading_verdicts(text)[:1] == [verdict.rstrip(".")], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
    shown = [f for f in absent if f in text]
    assert not shown, (shown, text)
