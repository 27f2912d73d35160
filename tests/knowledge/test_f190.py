"""Task f190: b190 family F1, the verdict on a claim that carries its own negation (issue 11).

The set's convention (as b172, b185): the verdict judges the proposition as the asker states
it, its negation included. Rules fixed here:

- "<what-ask>, chứ k phải Y hả" closing the message: the asker guesses Y as the answer to the
  ask ("xét danh hiệu gì, chứ k phải LĐTT như công chức hả"), so Y is judged. With no what-ask
  before it, "X chứ k phải Y à" keeps X as the claim (test_h473: "làm tròn lên … chứ k phải
  làm tròn xuống a" → "Có.").
- "k chỉ bị nhắc nhở mà còn phải trả lại tiền": a denied "chỉ" claims no limit on the
  sanctions; the wider claim is right (Luật 2022 Điều 93 khoản 8: quyết định bị hủy bỏ, hiện
  vật và tiền thưởng bị thu hồi).
- "nghỉ thai sản k bị mất LĐTT": the loss denied is the rule's own (TT 15/2025: thời gian nghỉ
  thai sản được tính để xét).

Law: Luật Thi đua, khen thưởng 2022 Điều 23, 24 khoản 2–3, 93 khoản 8; NĐ 86/2023 Điều 8
(niêm yết 10 ngày); TT 15/2025/TT-BNV (nghỉ thai sản).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, keyed_cases

#: (question, keys as the set writes them): b190 F1 and the diag's new wordings
CASES = [
    (
        "dan quan thuong truc cua xa cuoi nam xet danh hieu gi, chu k phai LDTT nhu cong chuc ha",
        ["Không.", "Chiến sĩ tiên tiến"],
    ),
    (
        "danh sach GDVH niem yet lay y kien dan may ngay, chu k phai 5 ngay ha",
        ["Không.", "10 ngày"],
    ),
    (
        "nong dan muon dc LDTT thi tieu chuan la gi, chu k phai cung hoan thanh tot nhiem vu nhu"
        " can bo ha",
        ["Không.", "sản xuất"],
    ),
    (
        "khai gian thanh tich bi phat hien thi k chi bi nhac nho ma con phai tra lai tien a",
        ["Có.", "thu hồi"],
    ),
    ("nghi thai san k bi mat LDTT dung k ad", ["Có.", "thai sản"]),
    ("nghi sinh 5 thang k lam mat quyen xet LDTT cua e dung k", ["Có.", "thai sản"]),
    (
        "CSTDCS k chi can LDTT ma con phai hoan thanh xuat sac nhiem vu hoac co sang kien a",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "GDVH k phai truong thon cong nhan ma la chu tich xa ky quyet dinh, dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "lam gia giay to de dc khen thi k den muc truy cuu hinh su dau nhi",
        ["Không.", "hình sự"],
    ),
    (
        "toi la nguoi dan. nam ngoai toi dc giay khen vi cuu nguoi, nay nguoi ta to la toi khai"
        " gian. neu dung la gian thi xa se lam gi, k le nao chi xin loi la xong",
        ["Không.", "thu hồi"],
    ),
    ("giay khen ho gia dinh chu k phai thuong it hon ca nhan ha", ["Không.", "760.000"]),
    (
        "giay khen tap the gap doi ca nhan chu k phai bang nhau ha",
        ["Không.", "1.520.000"],
    ),
]

#: cases not fixed here, with why (task f50l lifted "GĐVH k phải trưởng thôn công nhận mà là …")
XFAIL = {
    "nong dan muon dc LDTT thi tieu chuan la gi, chu k phai cung hoan thanh tot nhiem vu nhu"
    " can bo ha": (
        "the guessed answer is put up ('tiêu chuẩn là cũng hoàn thành tốt nhiệm vụ như cán bộ,"
        " đúng không') but the criteria block gives no verdict on a comparison with cán bộ"
    ),
    "CSTDCS k chi can LDTT ma con phai hoan thanh xuat sac nhiem vu hoac co sang kien a": (
        "'k chỉ A mà còn B' is read by the sáng kiến block as 'sáng kiến bắt buộc' (Không);"
        " the 'hoặc' route list is not weighed, not reached in time"
    ),
    "toi la nguoi dan. nam ngoai toi dc giay khen vi cuu nguoi, nay nguoi ta to la toi khai"
    " gian. neu dung la gian thi xa se lam gi, k le nao chi xin loi la xong": (
        "'k lẽ nào chỉ xin lỗi là xong' after a what-ask letter: no verdict given, not reached"
    ),
    "giay khen ho gia dinh chu k phai thuong it hon ca nhan ha": (
        "no what-ask before 'chứ k phải Y hả' (see the tập thể case); the household's prize"
        " block is not compared with the individual's"
    ),
    "giay khen tap the gap doi ca nhan chu k phai bang nhau ha": (
        "no what-ask before 'chứ k phải Y hả': the older rule (test_h473, b173 'làm tròn lên … chứ"
        " k phải làm tròn xuống a' → Có) judges X; the set keys Y here, a conflict left open"
    ),
}

#: nearby questions already right that must stay right
CONTROLS = [
    ("tien thuong lam tron len hang chuc nghin chu k phai lam tron xuong a", ["Có.", "10.000"]),
    ("danh sach GDVH niem yet lay y kien dan may ngay", ["10 ngày"]),
    ("nghi thai san thi bi mat LDTT dung k", ["Không.", "thai sản"]),
    (
        "lam gia ho so chi bi ky luat thoi chu k bi truy cuu hinh su dung k",
        ["Không.", "hình sự"],
    ),
    ("dan quan thuong truc cua xa cuoi nam xet danh hieu gi", ["Chiến sĩ tiên tiến"]),
    ("lam gia ho so thi chi bi nhac nho thoi, QD khen van giu dung k", ["Không.", "hủy bỏ"]),
    ("lam gia ho so thi co bi truy cuu hinh su k", ["Có.", "hình sự"]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(CASES, XFAIL))
def test_negation_carrying_claim(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_control_stays_right(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
