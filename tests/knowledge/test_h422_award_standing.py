"""Task h422: the b158 families on an award already made (mistakes and disputes around it),
read as rules, not as single questions.

F1 an award stands after a typo in the decision, a lost or burnt certificate, or a discipline
for a later act (none is a ground of Luật 2022 Điều 93 khoản 8); F2 a state honour is stripped,
restored and given back only by the Chủ tịch nước (Điều 59, Điều 93 khoản 6, 7), and forging a
dossier may bring criminal liability; F3 a wrong found after the award (a discipline or a crime
in the year itself, a blown-up report) is answered by hủy bỏ and thu hồi (domain.md 2.11).
Each case: the b158 question, the evaluator's new wordings, and wordings of our own.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: the award stands (Luật 2022 Điều 93 khoản 8; domain.md 2.11)
F1 = [
    (
        "bang CSTDCS cua e ghi sai ten don vi, vay e co bi mat tien thuong k, ma CSTDCS qd ky "
        "thang 12/2025 thi dc bao nhieu",
        ["Không.", "2.340.000"],
    ),
    (
        "nghe noi bang CSTDCS ghi sai ngay thang thi k dc dung lam can cu de nghi bang khen "
        "tinh nua, dung k",
        ["Không."],
    ),
    (
        "bang CSTDCS 2024 cua e bi that lac khi chuyen nha, vay lan CSTDCS do co con dc tinh de "
        "xet CSTD tinh k, CSTD tinh can may lan lien tuc",
        ["Có.", "3 lần"],
    ),
    (
        "dc giay khen chu tich xa xong thang sau e bi ky luat canh cao vi viec khac, giay khen "
        "do van con hieu luc phai k",
        ["Có."],
    ),
    # the evaluator's new wordings
    (
        "giay khen cua e bi chay xem mat ban goc, nghe noi k con giay khen thi coi nhu chua dc "
        "khen, dung k ad",
        ["Không."],
    ),
    ("qd CSTDCS go nham nam sinh cua e thanh 1899, vay danh hieu do co bi vo hieu k", ["Không."]),
    (
        "e dc LDTT nam 2025, nam 2026 bi khien trach vi 1 viec moi, LDTT 2025 co bi xoa k",
        ["Không."],
    ),
    # our own: marks, a burnt paper, a later fine, a typo in the unit's name
    (
        "Bằng khen tỉnh của tôi bị cháy trong vụ hỏa hoạn, vậy danh hiệu có bị mất luôn không ạ",
        ["Không."],
    ),
    (
        "quyết định LĐTT ghi sai họ tên của em, vậy em có bị mất tiền thưởng không",
        ["Không."],
    ),
    (
        "giay khen nam 2025 cua e ghi nham ten thon, nghe noi phai nop lai tien thuong, dung k",
        ["Không."],
    ),
    (
        "nhan GDVH nam 2025 roi, sang nam 2026 nha e bi phat vi vi pham khac, danh hieu nam "
        "2025 co bi thu hoi k",
        ["Không."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_award_stands(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: a state honour is the Chủ tịch nước's to strip and give back (Luật 2022 Điều 59, Điều 93
# khoản 6, 7); a typo is no ground; forging a dossier may be a crime (Điều 93; domain.md 2.11)
F2 = [
    (
        "giay khen ghi sai ten co phai ly do de chu tich xa huy bo quyet dinh k, vay nhung "
        "truong hop nao moi bi huy bo",
        ["Không.", "gian dối"],
    ),
    (
        "Ad oi, nha bo e o xa vung nui bi sat lo thang 10 vua roi, troi mat het giay to, trong "
        "do co bang Ba me Viet Nam anh hung cua ba noi. Co nguoi trong thon noi mat bang thi "
        "danh hieu bi thu hoi luon. E hoi co dung vay k, va ai moi co quyen tuoc danh hieu do",
        ["Không.", "Chủ tịch nước"],
    ),
    (
        "nghe ben so noi vu noi lam gia ho so khen thuong chi bi phat tien, k bao gio bi xu ly "
        "hinh su, dung k",
        ["Không.", "trách nhiệm hình sự"],
    ),
    (
        "chu tich xa co quyen thu hoi danh hieu Ba me VN anh hung cua 1 cu trong xa k",
        ["Không.", "Chủ tịch nước"],
    ),
    (
        "nghe noi danh hieu vinh du nha nuoc da bi tuoc thi k bao gio dc trao lai nua du toa "
        "xu k co toi, dung k",
        ["Không.", "trao lại"],
    ),
    # the evaluator's new wordings
    (
        "UBND xa co dc huy danh hieu Anh hung lao dong cua 1 ong trong xa k",
        ["Không.", "Chủ tịch nước"],
    ),
    (
        "co giao dc Nha giao uu tu bi tuoc oan, sau toa tuyen vo toi thi ai trao lai danh hieu",
        ["Chủ tịch nước", "trao lại"],
    ),
    (
        "lam gia giay xac nhan de dc bang khen thi co bi truy cuu hinh su k ad",
        ["Có.", "trách nhiệm hình sự"],
    ),
    # our own
    (
        "Chủ tịch UBND tỉnh có quyền thu hồi danh hiệu Thầy thuốc ưu tú của bác sĩ trạm y tế "
        "xã không",
        ["Không.", "Chủ tịch nước"],
    ),
    (
        "xa co dc xoa bo danh hieu me VN anh hung k ad",
        ["Không.", "Chủ tịch nước"],
    ),
    (
        "khai gian ho so de dc giay khen thi co the bi truy cuu trach nhiem hinh su khong",
        ["Có.", "trách nhiệm hình sự"],
    ),
    (
        "nghe noi lam gia ho so thi dua chi bi phat tien thoi, dung k",
        ["Không.", "trách nhiệm hình sự"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_honour_and_sanctions(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: a wrong found after the award: hủy bỏ, thu hồi (Luật 2022 Điều 93 khoản 8; domain.md 2.11)
F3 = [
    (
        "e ke khai thanh tich hoi phong dai len mot chut trong bao cao, neu bi phat hien thi "
        "chi bi nhac nho thoi phai k",
        ["Không.", "hủy bỏ"],
    ),
    (
        "nguoi dc LDTT 2025 nhung nam 2026 moi phat hien ho da bi ky luat khien trach ngay "
        "trong nam 2025, qd LDTT do xu ly sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "toa an ket luan nguoi dc CSTDCS nam 2025 da pham toi ngay trong nam 2025, vay danh "
        "hieu nam do xu ly the nao",
        ["hủy bỏ", "thu hồi"],
    ),
    # the evaluator's new wordings
    (
        "nam nay moi lo ra 1 chi dc CSTDCS 2025 da khai khong so lieu sang kien, danh hieu do "
        "gio xu ly ra sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "kiem tra thay 1 ban dc LDTT nam ngoai ma nam do dang bi canh cao, qd LDTT co bi huy "
        "k, tien co phai tra k",
        ["Có.", "thu hồi"],
    ),
    (
        "e viet bao cao thanh tich hoi qua tay so voi thuc te, lo ra thi co bi huy giay khen k",
        ["Có.", "hủy bỏ"],
    ),
    # our own
    (
        "báo cáo thành tích của thôn bị thổi phồng so với thực tế, nếu bị phát hiện thì chỉ bị "
        "phê bình thôi phải không",
        ["Không.", "hủy bỏ"],
    ),
    (
        "thanh tra ket luan 1 anh dc CSTDCS 2025 da khai khong so lieu, danh hieu do xu ly sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "phat hien 1 chi dc giay khen nam 2025 ma ngay trong nam do da bi canh cao, giay khen "
        "co bi huy k",
        ["Có.", "hủy bỏ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_wrong_found_after(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: near wordings whose answers must not change
CONTROLS = [
    # a real ground: the award is cancelled
    ("khai gian thanh tich de dc LDTT thi co bi thu hoi tien thuong k", ["Có.", "thu hồi"]),
    # who revokes the xã's own award is the xã chairman
    ("chu tich xa co quyen huy giay khen do chinh minh da ky k", ["Có.", "Chủ tịch UBND xã"]),
    # the Chủ tịch nước strips a state honour
    ("chu tich nuoc co quyen tuoc danh hieu anh hung lao dong k", ["Có.", "Chủ tịch nước"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
