"""Task f180a: b180 families 1, 2 and 6, the rhetorical asker's claim judged as stated (issue 11).

The set's convention: the verdict judges the proposition as the asker states it, its negation
included ("Có." = what the message asserts is right, "Không." = it is wrong).

1. A claim put up with no "k" tail at all: "chẳng lẽ / k lẽ nào / không lẽ X" (no tail, or "sao"
   on a claim with no denial), "X chứ k lẽ nào Y", "… làm gì có X", "… chắc k … gì đâu nhỉ",
   "ai lại bắt X", "P, có sao đâu": the answer showed the right block but no verdict.
2. The verdict inverted while the block agrees with the asker: "chứ k phải X hả" opening the
   message (it asserts X), "X chứ k (có / còn / làm) Y" and "X, k phải <sum>, đúng k" (Y set
   aside, X judged), "đâu có cần X, phải thế k" (the asker denies X).
6. Province-left against definite: a cap denied ("k bị giới hạn tỉ lệ nào") is "Tùy" as the cap
   asked is; a claim that the LAW fixes a ratio the province sets is "Không."; a dossier item
   the Law requires is a plain verdict.

Controls: b71's "chẳng lẽ X k … sao" on X's positive core, the bare one-clause "X k … à"
(yesno_tuning2), what-asks after "chẳng lẽ", plain "đúng k" asks.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict, facts the answer must hold)
NO_VERDICT = [
    # b180
    (
        "toi la nong dan trong cam o thon Dong, nam nay nang suat gap doi, gop tien lam duong"
        " nong thon moi, tham gia du moi phong trao. truong thon bao LDTT la danh hieu cua can bo"
        " cong chuc, nong dan chi co giay khen thoi. k le nao nong dan nhu toi cung dc tang LDTT?",
        "Có",
        ["Điều 24"],
    ),
    (
        "dan quan co dong thi chac k dc danh hieu thi dua gi dau nhi",
        "Không",
        ["Chiến sĩ tiên tiến"],
    ),
    (
        "em la nhan vien ke toan truong mam non xa, lam 5 nam, nam nao cung hoan thanh tot nhiem"
        " vu nhung chua co sang kien nao. co hieu truong bao muon LDTT phai co sang kien hoac de"
        " tai, k thi chi xep loai thoi. k co sang kien thi lam gi co LDTT that u?",
        "Không",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chang le dan quan thuong truc lai binh LDTT chung voi cong chuc xa",
        "Không",
        ["Chiến sĩ tiên tiến"],
    ),
    (
        "Anh trai tôi là công nhân xưởng gỗ của một công ty trên địa bàn xã, năm nay làm rất tốt."
        " Giám đốc công ty nói chính công ty xét Lao động tiên tiến cho công nhân. Chẳng lẽ doanh"
        " nghiệp tư nhân cũng được tự tặng danh hiệu này sao?",
        "Có",
        ["Giám đốc"],
    ),
    (
        "thon e giup xa chong lu rat tot, k le nao ca thon cung dc giay khen tap the cua chu tich"
        " xa, thuong bn",
        "Có",
        # the amount asked after it is the compound family (7) of the diagnosis, not this one
        ["Chủ tịch UBND"],
    ),
    (
        "to chuc doan thanh nien xa co thanh tich thi k le nao cung dc giay khen tap the cua chu"
        " tich xa?",
        "Có",
        # a yes/no on the giấy khen gets its decider block, as the plain wording does
        ["Chủ tịch UBND"],
    ),
    (
        "TTLDXS thuong 1,5 lan luong co so, quyet dinh thang 12/2026 la 3.800.000 roi, k con"
        " 3.510.000 nhu truoc chu nhi",
        "Có",
        ["3.800.000"],
    ),
    (
        "chang le thon van hoa k can cong khai lay y kien ma chu tich ky luon",
        "Không",
        ["10 ngày"],
    ),
    (
        "ho so de nghi LDTT chang le chi can moi danh sach, k can bao cao thanh tich voi bien ban"
        " binh xet",
        "Không",
        ["báo cáo thành tích", "biên bản"],
    ),
    ("bao cao thanh tich ca nhan chang le k can thu truong xac nhan", "Không", ["xác nhận"]),
    (
        "ai lai bat hop hoi dong lap bien ban cho khen dot xuat, chi can to trinh voi tom tat"
        " thanh tich thoi ma",
        "Có",
        ["tờ trình"],
    ),
    (
        "Hoi dong TDKT xa chang le k phai do chu tich UBND xa lam chu tich",
        "Không",
        ["Chủ tịch UBND"],
    ),
    ("ai huy quyet dinh LDTT cap sai, chang le phai len tinh", "Không", ["Điều 93"]),
    (
        "chi bi nhac nho, k phai hinh thuc ky luat, thi van xet LDTT chu k le nao bi loai",
        "Có",
        ["kỷ luật"],
    ),
    ("mot thanh tich dc ca giay khen xa lan bang khen tinh, co sao dau", "Không", ["Điều 5"]),
    # the diagnosis's new wordings
    ("chang le LDTT lai bat phai co sang kien moi dc", "Không", ["hoàn thành tốt nhiệm vụ"]),
    ("k le nao ho gia dinh nha toi cung dc giay khen cua chu tich xa?", "Có", ["hộ gia đình"]),
    (
        "ai lai bat thon van hoa phai doi 30 ngay lay y kien, 10 ngay la du roi chu nhi",
        "Có",
        ["10 ngày"],
    ),
    # ours
    ("k le nao nguoi lam hop dong o xa cung dc xet LDTT", "Có", ["người lao động"]),
    ("Không lẽ Tập thể lao động tiên tiến cũng được thưởng tiền?", "Có", ["0,8"]),
    ("TTLDTT thi lam gi co tien thuong", "Không", ["0,8"]),
    ("khen dot xuat cho nguoi dan cuu nguoi thi co sao dau", "Có", ["đột xuất"]),
]

INVERTED = [
    # b180
    (
        "LDTT chi ghi ten trong quyet dinh chu k co bang, khung gi ha? va tien thuong nam nay la"
        " bn",
        "Có",
        ["760.000"],
    ),
    (
        "chu k phai CSTDCS bat buoc phai dat LDTT truoc ha, con CSTD tinh can may lan CSTDCS",
        "Có",
        ["Lao động tiên tiến", "3 lần"],
    ),
    (
        "Nhà tôi ở thôn Trung, năm 2026 cả nhà tham gia hiến đất, góp công làm nhà văn hóa thôn."
        " Trưởng thôn bảo giấy khen của Chủ tịch xã chỉ tặng cá nhân hoặc tập thể, hộ gia đình"
        " thì không có hình thức nào. Không lẽ hộ gia đình lại không được khen sao?",
        "Không",
        ["hộ gia đình"],
    ),
    (
        "tien thuong thi lam tron len hang chuc nghin chu k lam tron xuong, dung k",
        "Có",
        ["10.000"],
    ),
    (
        "ke toan truong mam non xa: tien thuong LDTT cua giao vien nam hoc 2025-2026, quyet dinh"
        " ky 20/7/2026, la 760 nghin chu k con 710 nghin nhu nam ngoai, dung k",
        "Có",
        ["760.000"],
    ),
    (
        "Chiến sĩ thi đua tỉnh thưởng 3 lần lương cơ sở, quyết định cuối năm 2026 là 7.590.000"
        " chứ nhỉ",
        "Có",
        ["7.590.000"],
    ),
    (
        "khen dot xuat thi dau co can bien ban hop hoi dong, phai the k",
        "Có",
        ["thủ tục đơn giản"],
    ),
    (
        "luat 2022 dau co coi dang ky thi dua la can cu xet tang danh hieu, phai the k",
        "Có",
        ["Điều 7"],
    ),
    (
        "em trung tuyen vien chuc tram y te xa, bat dau lam tu 15/3/2026, den 31/12 la hon 9"
        " thang, hoan thanh tot nhiem vu. truong tram bao phai du 10 thang cong tac moi dc binh"
        " LDTT, em thieu vai ngay. vay la em mat LDTT roi ha?",
        "Không",
        ["6 tháng"],
    ),
    # the diagnosis's new wordings
    (
        "quyet dinh LDTT ky ngay 5/1/2026 thi thuong 710 nghin, k phai 760 nghin, dung k",
        "Có",
        ["710.000"],
    ),
    ("chu k phai TTLDXS la chu tich UBND tinh ky ha", "Có", ["Chủ tịch UBND tỉnh"]),
    (
        "khen dot xuat dau co can doi hop hoi dong cuoi nam, phai the k",
        "Có",
        ["thủ tục đơn giản"],
    ),
    # ours
    ("chu k phai GDVH la chu tich xa cong nhan ha", "Có", ["Chủ tịch UBND"]),
    (
        "tien thuong CSTDCS quyet dinh thang 10/2026 la 2.530.000 chu k con 2.340.000, dung k",
        "Có",
        ["2.530.000"],
    ),
    ("ho so LDTT dau co can giay xac nhan sang kien, phai the k", "Có", ["sáng kiến"]),
]

PROVINCE_LEFT = [
    # b180
    ("co phai la CSTDCS k bi gioi han ti le nao k, truong e dinh de nghi 40%", "Tùy", ["tỉnh"]),
    (
        "ho so CSTDCS theo duong sang kien thi chang le k can giay xac nhan sang kien ha, nop may"
        " bo",
        "Không",
        ["sáng kiến", "01 bộ"],
    ),
    ("ty le phieu bau CSTDCS trong hoi dong xa la bn %, luat quy dinh 2/3 a", "Không", ["tỉnh"]),
    # the diagnosis's new wordings
    ("luat TDKT quy dinh CSTDCS phai dat 70% phieu dong y a", "Không", ["tỉnh"]),
    (
        "de nghi CSTDCS theo duong de tai thi chang le k can van ban nghiem thu",
        "Không",
        ["nghiệm thu"],
    ),
    ("co phai LDTT k bi gioi han ti le nao k, xa e de nghi ca co quan", "Tùy", ["tỉnh"]),
    # ours
    ("luat quy dinh LDTT phai dat 2/3 phieu dong y a", "Không", ["tỉnh"]),
    ("LDTT k bi gioi han ti le nao, dung k", "Tùy", ["tỉnh"]),
    ("theo luat thi CSTDCS k bi khong che ti le nao, dung k", "Có", ["91/2017"]),
]

#: near wordings whose answer must not change
CONTROLS = [
    # b71's "chẳng lẽ X k … sao": read on X's positive core
    ("chang le hoan thanh tot nhiem vu ma k dc xet LDTT sao", "Có", ["hoàn thành tốt nhiệm vụ"]),
    ("chang le chu tich xa k dc ky CSTD tinh sao", "Không", ["Chủ tịch UBND tỉnh"]),
    # a bare one-clause "X k … à" keeps the positive reading (yesno_tuning2)
    ("nong dan k dc xet LDTT a", "Có", ["nông dân"]),
    ("chu tich xa k dc cong nhan thon van hoa nua a", "Có", ["Chủ tịch UBND xã"]),
    # plain asks and contrasts already read
    ("LDTT k can sang kien dung k", "Có", ["sáng kiến"]),
    ("ho so LDTT co can bien ban binh xet k a", "Có", ["biên bản"]),
    (
        "tien thuong tinh theo luong co so ngay ky quyet dinh chu k phai ngay nop ho so a",
        "Có",
        ["quyết định"],
    ),
    ("TTLDXS dc bang chung nhan va khung chu k chi co tien dung k", "Có", ["Bằng chứng nhận"]),
    ("khen dot xuat thi co can bien ban hop hoi dong k", "Không", ["thủ tục đơn giản"]),
    # "chứ k có Y" adds "and no Y" to the claim, it sets nothing aside (b139, b174)
    ("nghe noi thon van hoa chi dc giay khen cua xa chu k co tien, dung k", "Không", ["3.800.000"]),
    ("ap van hoa chi dc giay khen chu k co bang chung nhan dung k", "Không", ["Bằng chứng nhận"]),
    # "nghe đâu có X": heard there is X, no denial (b170)
    (
        "boi duong ngan han duoi 1 nam dat kha tro len thi duoc ket hop thoi gian cong tac de"
        " xet LDTT, nghe dau co quy dinh nay, dung k",
        "Có",
        [],
    ),
    ("tien thuong LDTT quyet dinh thang 12/2026 la bao nhieu", "", ["760.000"]),
]

#: cases left open by this task, with why (strict: a fix elsewhere must lift the mark)
LEFT_OPEN = {
    "ai huy quyet dinh LDTT cap sai, chang le phai len tinh": (
        "the claim put up after a what-ask ('ai hủy …') names no act of its own"
    ),
    # "quyết định cuối năm 2026" (fixer f48l: a part of the year dates the decision) passes
    "ho so CSTDCS theo duong sang kien thi chang le k can giay xac nhan sang kien ha, nop may"
    " bo": "the dossier fact has no case for the sáng kiến route told: 'Tùy trường hợp'",
    "de nghi CSTDCS theo duong de tai thi chang le k can van ban nghiem thu": (
        "the dossier fact has no case for the đề tài route told: 'Tùy trường hợp'"
    ),
}

CASES = [
    pytest.param(
        q,
        v,
        facts,
        id=f"{family}-{i}",
        marks=[pytest.mark.xfail(reason=LEFT_OPEN[q], strict=True)] if q in LEFT_OPEN else [],
    )
    for family, cases in {
        "no_verdict": NO_VERDICT,
        "inverted": INVERTED,
        "province": PROVINCE_LEFT,
        "control": CONTROLS,
    }.items()
    for i, (q, v, facts) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    if verdict:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
