"""Task h61: blind set 14's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind14_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind "the case told in a long letter ignored": the route of a "Tùy" case is told with
        # another word for how far it reaches ("khắp tỉnh", "ra cả tỉnh", "ở cả tỉnh") than the
        # data's "trong toàn tỉnh"
        "em đạt CSTĐCS 3 năm liền, có sáng kiến được áp dụng khắp tỉnh. Vậy em có được đề nghị "
        "CSTĐ cấp tỉnh không",
        "Anh Tư ở xã tôi đạt chiến sĩ thi đua cơ sở ba năm liền rồi. Sáng kiến của anh được áp "
        "dụng trên cả tỉnh. Anh ấy có đủ điều kiện CSTĐ tỉnh không ạ",
        "toi cstdcs 3 nam lien, nam nay sang kien cua toi anh huong o ca tinh. vay toi co dc xet "
        "cstd cap tinh k",
    ],
)
def test_a_route_told_with_another_scope_word(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing / wrong attribute, a sum claimed with no money word": "được 1
        # triệu" claims the prize; the amount is checked, not whether the title can be had
        ("Tôi được LĐTT năm nay, nghe nói được 1 triệu, đúng không", "Không"),
        ("tap the ldtt dc 1 trieu 5 phai k", "Không"),
        ("cstdcs dc 2.530.000 dong dung k", "Có"),
        # an amount followed by the sentence's comma is still claimed
        ("Chị Hoa được giấy khen xã, chị nói được 500k, đúng không", "Không"),
    ],
)
def test_a_sum_claimed_without_a_money_word(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng" in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong case read in a long letter": "phải xuất sắc (mới được …)" names the level
        # of duty claimed to be required, so the unit that reports it ("cơ quan bảo …") is not
        # read as a collective asking for the title
        "Chồng tôi là viên chức trạm y tế xã, năm nay hoàn thành tốt nhiệm vụ. Trạm bảo phải "
        "xuất sắc mới được lao động tiên tiến. Có đúng vậy không",
        "Vợ tôi là công chức xã, năm nay hoàn thành tốt nhiệm vụ. Cơ quan nói phải xuất sắc mới "
        "được LĐTT. Vậy đúng không",
        "phong toi bao can xuat sac moi dc lao dong tien tien, dung k",
    ],
)
def test_excellence_claimed_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành tốt nhiệm vụ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "part of a compound answered for the wrong date": the year of a decision by the
        # abolished district is the asker's past; the prize asked "now" is today's (0,3 × 2.530.000)
        "năm 2023 chủ tịch huyện ký giấy khen cho tôi, bây giờ giấy khen ai ký, thưởng bao nhiêu",
        "Năm 2024 tôi được chủ tịch UBND huyện tặng LĐTT. Hiện nay LĐTT do ai quyết định và "
        "tiền thưởng là bao nhiêu?",
        "nam 2022 ubnd huyen ky quyet dinh ldtt cho em, gio thi ai ky va thuong bn",
    ],
)
def test_a_district_decision_told_is_the_past(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "760.000" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing, the claim after 'thì'": "A thì B không" claims B; an entry
        # whose sentence states B of A answers "Có" (no "có / phải / cần" marks the claim)
        "cùng năm vừa được danh hiệu thi đua vừa được hình thức khen thưởng thì nhận cả hai "
        "khoản tiền thưởng không",
        "mot luc dc danh hieu va hinh thuc khen thuong thi nhan ca hai khoan tien thuong ko",
    ],
)
def test_the_consequence_after_thi_is_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing, one thing claimed the same as another": "A có bằng / giống B",
        # "A bằng với B" is a claim of sameness like "A và B bằng nhau"; the figures stated
        # for each (1,0 % and 1,5 %; 0,3 and 0,6) contradict it
        "quỹ thi đua khen thưởng của xã miền núi có giống xã đồng bằng không",
        "tiền thưởng giấy khen tập thể có bằng giấy khen cá nhân không",
        "TTLĐTT thưởng có bằng với LĐTT không",
    ],
)
def test_one_thing_claimed_the_same_as_another(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing, one rule claimed everywhere": "cả nước đều …", "tỉnh nào cũng
        # đều …" claim one figure for every place, which a fact leaving it to the province's
        # own rules denies
        "gia đình văn hóa ở tỉnh nào cũng đều được thưởng 300 nghìn phải không",
        "gđvh toàn quốc đều thưởng 200k đúng ko",
    ],
)
def test_one_figure_claimed_for_every_province(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        # kind "yes/no on who may have a title, who gives it left out": the one who may have it
        # is told who gives it (the decides fact's first sentence), unless a part asks that
        "người nông dân sản xuất giỏi có được lao động tiên tiến không",
        "ba toi lam nong, co duoc xet ldtt khong",
        "can bo xa co dc xet cstdcs k",
    ],
)
def test_who_may_have_a_title_is_told_who_gives_it(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    ("question", "act"),
    [
        # kind "the case told ignored, khen đột xuất": an act no plan foresees (a rescue in a
        # storm, catching a thief) told in the letter meets the "Tùy" case's condition
        (
            "mua bao vua roi chi Lan o thon toi da cuu ho 5 ho dan khoi vung sat lo, xa muon khen "
            "dot xuat co dc k",
            "cứu hộ",
        ),
        (
            "Ông Ba bắt được kẻ trộm xe máy ở chợ, giao cho công an. Có được khen đột xuất không ạ",
            "kẻ trộm",
        ),
        ("Cháu Nam lớp 8 lao xuống sông cứu bạn bị đuối nước, có khen đột xuất được không", None),
    ],
)
def test_an_unforeseen_act_told_meets_khen_dot_xuat(
    officer_kb: KnowledgeBase, question: str, act: str | None
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    if act:
        assert f"“{act}”" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "a fact missing from content": the 15 % cap of the repealed NĐ 91/2017 is gone
        # nationally, and a province may set its own (domain brief; the Law fixes no share)
        "Hồi tôi còn công tác, nghị định 91/2017 chỉ cho 15% số người đạt chiến sĩ thi đua. Nay "
        "giới hạn đó còn không?",
        "Ngày trước theo nd 91/2017 thì chiến sĩ thi đua bị giới hạn 15%. Giờ còn như vậy không ad",
    ],
)
def test_the_old_cap_is_gone_and_the_province_may_set_one(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tỉnh có thể quy định" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict 'Tùy' where the law answers the claim": a requirement claimed ("phải /
        # cần / bắt buộc … mới được") against a fact led by "Không bắt buộc theo luật", whose
        # "Tùy" is for the province's own rules
        "muốn được xét CSTĐCS thì có cần đăng ký thi đua từ đầu năm không",
    ],
)
def test_a_requirement_the_law_does_not_make(officer_kb: KnowledgeBase, question: str) -> None:
    # since stop 46 a bare "must we register" opens "Tùy" the province's quy chế and says the
    # law does not require it (the lead's policy); the law's "không" stays in the answer
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "theo luật thì không" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        # registration asked as the condition of a title ("… mới được xét"): the law makes it
        # none, the province's quy chế may (domain.md §2), the convention of h102/h106/h120
        # for the registration sayings (task h126, b38's key)
        "cstdcs bat buoc phai dang ky thi dua moi duoc xet dung k",
        "lao động tiên tiến có cần đăng ký thi đua thì mới được bình xét không",
    ],
)
def test_registration_as_a_condition_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Theo luật thì không." in text


@pytest.mark.parametrize(
    "question",
    [
        # kind "the title not recognised, its unit left out": "xét / công nhận / đạt văn hóa"
        # after a unit named in the clause is that unit's "… văn hóa" title
        "tổ dân phố có được công nhận văn hóa không",
        "ban toi o vung cao co dc xet van hoa k",
        "to dan pho cua toi co the dat van hoa k",
    ],
)
def test_the_unit_of_a_van_hoa_title_left_out(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert text.startswith("**Thôn, tổ dân phố văn hóa: Ai được xét**"), text


@pytest.mark.parametrize(
    "question",
    [
        # kind "declined, a title that does not exist asked what kind it is": its own fact (no
        # such title; the xã's is "xã tiêu biểu") answers that too
        "phường văn hóa có phải danh hiệu thi đua không",
        "xa van hoa la danh hieu gi vay",
    ],
)
def test_a_title_that_does_not_exist_asked_its_kind(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert "tiêu biểu" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "a fact missing from content, which text sets the prizes": the base-salary entry
        # (what such a question lands on) names the decree whose coefficients it multiplies
        "mức thưởng thi đua bây giờ do nghị định nào quy định",
        "nghi dinh nao quy dinh he so tien thuong khen thuong hien nay",
    ],
)
def test_the_decree_that_sets_the_prizes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "152/2025" in text, text
