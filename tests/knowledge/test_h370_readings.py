"""Task h370: last stop's leftover families, read as rules (tuning wordings and new ones).

1. The commune's (phó) chủ tịch named as a person (a holder word before the office, or the
   holder's own year told after it: a level of duty, a sanction, a title had) is a person up for
   a title (Luật 2022 Điều 23, 24: danh hiệu cá nhân), not the xã; named giving a Bằng khen, the
   office's power is asked (Điều 74, 79, 80 khoản 3: the province's chairman gives it).
2. A soldier, border guard or policeman asking about CSTĐCS: Điều 23 khoản 1 takes LĐTT OR
   Chiến sĩ tiên tiến as the first condition; they reach Chiến sĩ tiên tiến (Điều 24 khoản 2),
   and their own ministry sets who awards (Điều 80 khoản 5), not the xã.
3. A floor called a ceiling ("TTLĐXS tối đa 70 %": Điều 27 says ít nhất 70 %), a ceiling called
   a floor (the fund: tối đa 1 %, NĐ 152/2025 Điều 46 khoản 3), "chỉ cần hoàn thành tốt nhiệm
   vụ, không cần gì thêm" (Điều 23: not enough), "không có sáng kiến thì tối đa chỉ LĐTT"
   (Điều 23 khoản 2: hoàn thành xuất sắc nhiệm vụ is a route of its own).
4. Which texts are in force (Luật 06/2022/QH15, NĐ 152/2025, TT 15/2025, NĐ 86/2023, NĐ
   129/2025), the repealed ones named as repealed (NĐ 152/2025 Điều 59; domain.md 1.1).
"""

import pytest

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


def _has(text: str, *facts: str) -> None:
    folded = " ".join(fold(text).lower().split())
    for fact in facts:
        assert " ".join(fold(fact).lower().split()) in folded, (fact, text)


# ---------------------------------------------------------------- 1. chủ tịch as a person
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # tuning (b130, b129)
        (
            "dong chi pho chu tich UBND xa nam 2026 hoan thanh xuat sac nhiem vu, da du LDTT, k co"
            " sang kien, hoi dong xet CSTDCS cho dc k",
            "Có",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        (
            "Chủ tịch UBND xã có được tặng bằng khen không hay chỉ được tặng giấy khen",
            "Không",
            ["giấy khen", "Chủ tịch UBND tỉnh"],
        ),
        # new wordings
        (
            "bà phó chủ tịch phường năm 2026 hoàn thành xuất sắc nhiệm vụ, có được xét CSTĐCS"
            " không",
            "Có",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        (
            "ông chủ tịch UBND xã năm nay được LĐTT, có được đề nghị CSTĐCS không",
            "Có",
            ["Lao động tiên tiến"],
        ),
        (
            "anh pho chu tich xa nam nay hoan thanh xuat sac nhiem vu, co du CSTDCS k",
            "Có",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        ("chu tich xa co quyen ky bang khen k", "Không", ["Chủ tịch UBND tỉnh"]),
        ("chủ tịch phường được tặng bằng khen cho cá nhân không", "Không", ["giấy khen"]),
    ],
)
def test_chairman_named_as_a_person_or_a_giver(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "không tặng cho xã" not in first, text
    _has(text, *facts)


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # controls: the office deciding stays the decider
        ("chủ tịch xã được tặng LĐTT không", "Có", ["Chủ tịch UBND xã quyết định"]),
        ("phó chủ tịch xã bị kỷ luật khiển trách thì có được xét LĐTT không", "Không", []),
    ],
)
def test_chairman_controls(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _has(ask_verdict(officer_kb, question, verdict), *facts)


# ---------------------------------------------------------------- 2. soldiers and CSTĐCS
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # tuning (b41)
        (
            "quan nhan dat chien si tien tien thi co du dieu kien dau tien de xet CSTDCS k",
            "Có",
            ["Chiến sĩ tiên tiến"],
        ),
        # new wordings
        (
            "quân nhân muốn xét CSTĐCS thì có phải đạt lao động tiên tiến không",
            "Không",
            ["Chiến sĩ tiên tiến", "Bộ Quốc phòng"],
        ),
        ("bo doi muon dc cstdcs thi co can dat ldtt k", "Không", ["Chiến sĩ tiên tiến"]),
        (
            "dân quân thường trực muốn lên CSTĐCS có cần đạt LĐTT không",
            "Không",
            ["Chiến sĩ tiên tiến"],
        ),
        (
            "cong an xa muon len cstdcs thi co bat buoc dat LDTT k",
            "Không",
            ["Chiến sĩ tiên tiến", "Bộ Công an"],
        ),
        (
            "cong an xa muon len cstdcs co can dat chien si tien tien k",
            "Có",
            ["Bộ Công an"],
        ),
        (
            "em là sĩ quan biên phòng, năm nay đạt chiến sĩ tiên tiến, có sáng kiến được đơn vị"
            " công nhận, em có được xét chiến sĩ thi đua cơ sở không",
            "Có",
            ["Chiến sĩ tiên tiến", "Bộ Quốc phòng"],
        ),
        (
            "bộ đội biên phòng xét CSTĐCS thì xã có quyết định không",
            "Không",
            ["Bộ Quốc phòng"],
        ),
        (
            "si quan bien phong xet cstdcs thi chu tich xa ky dc ko",
            "Không",
            ["Bộ Quốc phòng"],
        ),
    ],
)
def test_forces_reach_cstdcs_by_their_own_title(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _has(ask_verdict(officer_kb, question, verdict), *facts)


@pytest.mark.parametrize(
    "question",
    [
        "quan nhan xet cstdcs can dieu kien gi",
        "tiêu chuẩn chiến sĩ thi đua cơ sở đối với sĩ quan biên phòng là gì",
    ],
)
def test_forces_criteria_asked(officer_kb: KnowledgeBase, question: str) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    _has(first, "Chiến sĩ tiên tiến", "Bộ Quốc phòng", "hoàn thành xuất sắc nhiệm vụ")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # controls: no force told, the civil criteria stand
        ("muốn xét CSTĐCS thì có phải đạt lao động tiên tiến không", "Có"),
        ("nghe noi tu luat 2022 thi CSTDCS chi can dat LDTT la du, dung k", "Không"),
        ("cán bộ xã xét CSTĐCS thì xã có quyết định không", "Có"),
    ],
)
def test_forces_controls(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


# ---------------------------------------------------------------- 3. floors, caps, "chỉ cần"
@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # tuning (b120, b117, b101)
        (
            "QD CSTDCS cua e ghi la 'hoan thanh tot nhiem vu', dong nghiep bao CSTDCS chi can"
            " hoan thanh tot nhiem vu la du, k can gi them, dung k",
            "Không",
            [],
        ),
        (
            "chu e la cong chuc xa, nam 2026 dc danh gia hoan thanh xuat sac nhiem vu, k co sang"
            " kien, ca nam k nghi ngay nao. phong VHXH bao k co sang kien thi toi da chi dc LDTT"
            " thoi, dung k a",
            "Không",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        (
            "a pho chu tich bao k co sang kien thi toi da chi LDTT thoi, dung k",
            "Không",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        # new wordings
        ("TTLĐXS tối đa 70% LĐTT đúng không", "Không", ["tối thiểu", "70 %"]),
        (
            "tap the lao dong xuat sac chi dc toi da 70% nguoi dat LDTT thoi phai k",
            "Không",
            ["tối thiểu"],
        ),
        ("TTLĐXS không quá 70% số người đạt LĐTT phải không", "Không", ["tối thiểu"]),
        (
            "quỹ thi đua của xã đồng bằng phải trích ít nhất 1% chi thường xuyên đúng không",
            "Không",
            ["tối đa"],
        ),
        ("cstdcs chi can hoan thanh tot nv, ko can gi them dung ko", "Không", []),
        (
            "không có sáng kiến thì tối đa chỉ được lao động tiên tiến phải không",
            "Không",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
    ],
)
def test_bounds_and_sufficiency_claims(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _has(ask_verdict(officer_kb, question, verdict), *facts)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # controls: the bound claimed as the rule sets it
        ("TTLĐXS cần ít nhất 70% LĐTT đúng không", "Có"),
        ("xa mien nui trich quy toi da 1,5% dung k", "Có"),
        ("TTLDXS thi toi thieu bn % dat LDTT, co bat buoc phai co CSTDCS k", "Có"),
        ("TTLĐTT cần tối đa 50% LĐTT phải không", "Không"),
        ("cstdcs chi can hoan thanh tot nhiem vu la du dk dung ko", "Không"),
    ],
)
def test_bounds_controls(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


# ---------------------------------------------------------------- 4. texts in force
@pytest.mark.parametrize(
    "question",
    [
        # tuning (b13, b19, b6)
        "Xa toi vua sap nhap tu 3 xa cu. Cong chuc phu trach thi dua moi nhan viec, tu truoc chi"
        " quen dung nghi dinh 91/2017. Vay luat va nghi dinh chinh ve TDKT dang ap dung la van ban"
        " nao?",
        "e dang soan to trinh de nghi khen tong ket nam. mau cu cua huyen de can cu nd 91/2017 va"
        " tt 12/2019. gio can cu phai sua lai thanh nhung van ban nao",
        "chao ad, xa e moi sap nhap tu 3 xa cu. nam nay chi e van lam kh tdkt nhu cu, trich dan nd"
        " 91/2017 va thong tu 08/2017. truong phong bao sai roi. vay bay gio can cu nhung van ban"
        " nao a",
        # new wordings
        "căn cứ những văn bản nào để làm tờ trình khen thưởng năm nay",
        "van ban nao con hieu luc ve thi dua khen thuong v ad",
        "thông tư hướng dẫn luật thi đua hiện nay là thông tư nào",
    ],
)
def test_texts_in_force_listed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    _has(text, "06/2022/QH15", "152/2025", "15/2025/TT-BNV", "129/2025", "hết hiệu lực")
    block = next(b for b in text.split("\n\n") if "Văn bản đang áp dụng" in b)
    assert "91/2017" in block.split("hết hiệu lực")[-1], block  # named as repealed only


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # tuning (b40, b78)
        (
            "em la cong chuc xa, dang soan to trinh de nghi khen. em thay mau cu ghi can cu nd"
            " 98/2023 va tt 01/2024. em co phai sua k, gio can cu nhung van ban nao",
            "Có",
            ["15/2025"],
        ),
        (
            "ho so cua xa bi tinh tra vi dung can cu nghi dinh 98/2023, gio nghi dinh huong dan"
            " luat TDKT la nghi dinh 152/2025 phai k",
            "Có",
            ["152/2025"],
        ),
        # new wordings
        ("mau cu ghi can cu nd 91/2017, e co phai sua lai k", "Có", ["152/2025"]),
        (
            "to trinh nam ngoai ghi can cu ND 98/2023 va TT 01/2024, nam nay co can doi k",
            "Có",
            ["152/2025", "15/2025"],
        ),
        # a paper citing a replaced text kept as it is (b37, then a new wording)
        (
            "ke hoach TDKT xa e nam 2021 ghi can cu nd 91/2017 va tt 08/2017, nam nay e copy y"
            " nguyen dc k ad",
            "Không",
            ["152/2025"],
        ),
        ("tờ trình cũ ghi căn cứ NĐ 98/2023, năm nay giữ nguyên được không", "Không", ["152/2025"]),
        # controls: a replaced text named as the one in force, or said gone
        ("thong tu huong dan luat tdkt bay gio van la tt 01/2024 dung k", "Không", ["15/2025"]),
        ("nd 98/2023 het hieu luc roi dung k", "Có", ["152/2025"]),
    ],
)
def test_texts_in_force_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _has(ask_verdict(officer_kb, question, verdict), *facts)


def test_in_force_cue_not_a_qualifier(officer_kb: KnowledgeBase) -> None:
    """ "theo nghị định hiện hành …" qualifies a claim on the cap; it asks no list of texts."""
    text = ask(
        officer_kb, "nghe noi theo nghi dinh hien hanh CSTDCS chi dc toi da 15% so nguoi dat LDTT"
    )
    assert "Văn bản đang áp dụng" not in text.split("\n\n")[0], text


# ---------------------------------------------------------------- 5. chat endings
@pytest.mark.parametrize(
    "question", ["sang kien la j v ad", "sáng kiến là gì vậy", "sang kien la gi v"]
)
def test_v_for_vay(officer_kb: KnowledgeBase, question: str) -> None:
    _has(ask(officer_kb, question).split("\n\n")[0], "giải pháp")
