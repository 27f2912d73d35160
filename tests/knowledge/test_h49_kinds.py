"""Task h49: the kinds of miss blind set 8 showed, fixed as mechanisms (not per question).

Each question is our own wording of a kind (none is copied from ``blind8_questions.yaml``) and
each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the handlers
call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        # the story tells the LĐTT already held; the asking sentence claims nothing required
        "Chị Lan là cán bộ văn phòng, năm nay hoàn thành xuất sắc nhiệm vụ và đã có LĐTT. "
        "Vậy xã có xét CSTĐCS cho chị được không?",
        "Anh Hùng là cán bộ địa chính, năm nay hoàn thành xuất sắc nhiệm vụ, đã được LĐTT. "
        "Cho hỏi có đề nghị chiến sĩ thi đua cơ sở cho anh được không?",
        "can bo tu phap hoan thanh xuat sac nhiem vu, da dat ldtt. vay xet cstdcs cho anh ay dc k",
    ],
)
def test_story_is_no_required_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "không đòi hỏi" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # two things compared: the coefficients of all the parts asked decide
        ("giấy khen xã thì cá nhân với tập thể có được thưởng như nhau không", "Không"),
        ("tiền thưởng giấy khen xã cho cá nhân và tập thể có khác nhau không", "Có"),
        ("tien thuong bang khen tinh cho to chuc va ca nhan co ngang nhau k", "Không"),
        # every place compared: a rule left to each province differs between them
        ("thoi han giai quyet giay khen xa tinh nao cung giong nhau phai k", "Không"),
    ],
)
def test_sameness_claim_read_against_all_parts(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # "X có Y không": the thing asked to exist or be done, stated plainly by the answer
        "hồ sơ khen đột xuất cho người cứu đuối gồm gì, có thủ tục đơn giản không",
        "khen dot xuat cho nguoi dap lua cuu nha thi ho so ra sao, co thu tuc don gian k",
        "một người cùng lúc được danh hiệu thi đua và hình thức khen thưởng thì có nhận cả 2 "
        "khoản tiền thưởng không",
    ],
)
def test_thing_asked_is_confirmed_by_the_answer(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        # a letter: the asking part that names no title asks of the one the story wants; a
        # later part with a case of its own asks whether one in that case may have its title
        (
            "Trường em có 25 người, 15 người đạt LĐTT, 1 cô bị kỷ luật khiển trách. Trường muốn "
            "đề nghị TTLĐTT. Vậy trường có đủ tỷ lệ không, và cô bị kỷ luật có được LĐTT không?",
            "Có",
            "Không",
        ),
        (
            "Tổ em có 12 người, 8 người đạt LĐTT, 1 anh bị kỷ luật khiển trách. Tổ muốn đề nghị "
            "TTLĐTT. Vậy tổ có đủ tỷ lệ không, và kỷ luật có ảnh hưởng LĐTT của anh ấy không?",
            "Có",
            "Không",
        ),
        (
            "Phong em 10 nguoi, 4 nguoi dat lao dong tien tien, 1 nguoi moi tuyen 3 thang. Phong "
            "muon xin tap the lao dong tien tien. Vay phong co du ty le khong, nguoi moi tuyen co "
            "duoc LDTT khong?",
            "Không",
            "Không",
        ),
    ],
)
def test_letter_parts_ask_of_the_wanted_title(
    officer_kb: KnowledgeBase, question: str, first: str, second: str
) -> None:
    text = ask(officer_kb, question)
    assert "**Tập thể lao động tiên tiến: Tỷ lệ" in text, text
    assert "**Lao động tiên tiến: Ai được xét" in text, text
    assert leading_verdicts(text)[:2] == [first, second], text


@pytest.mark.parametrize(
    "question",
    [
        # a procedure asked as a whole: each step the facts state (papers, posting, time limit)
        "quy trình công nhận thôn văn hóa thế nào",
        "cong nhan gia dinh van hoa gom nhung buoc nao",
        "Xóm tôi năm nay 95% hộ đạt gia đình văn hóa, không có ai vi phạm pháp luật. Tôi là "
        "trưởng xóm, muốn đề nghị xã công nhận xóm văn hóa. Tôi phải nộp giấy tờ gì và xã làm "
        "những bước nào?",
    ],
)
def test_procedure_asks_every_step(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    for label in ("Hồ sơ**", "Công khai, lấy ý kiến**", "Thời hạn**"):
        assert label in text, text


@pytest.mark.parametrize(
    "question",
    [
        # the fund the prize is paid from: a rule for every title, asked next to its amount
        "thôn văn hóa thưởng bao nhiêu, lấy tiền từ quỹ nào",
        "Thôn tôi được công nhận thôn văn hóa năm ngoái mà chưa nhận tiền. Cho hỏi mức thưởng "
        "là bao nhiêu và tiền chi từ nguồn nào?",
    ],
)
def test_fund_paying_the_prize(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Tiền thưởng**" in text, text
    assert "quỹ thi đua, khen thưởng của cấp ra quyết định" in text, text


def test_fund_asked_alone_opens_with_the_payer(officer_kb: KnowledgeBase) -> None:
    # "do cấp nào chi" asks who pays, not how much (stop 34, h234: the payer cue overrides the
    # money cue of "tiền thưởng" in the same part)
    text = ask(officer_kb, "tien thuong ttldxs do cap nao chi")
    assert text.startswith("**Ai chi tiền thưởng**"), text
    assert "quỹ thi đua, khen thưởng của cấp ra quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # "muốn đạt X thì có cần đạt Y": X is the title wanted (its criteria), Y what it requires
        (
            "muốn đạt chiến sĩ thi đua cơ sở thì có phải đạt lao động tiên tiến trước không",
            "Chiến sĩ thi đua cơ sở",
        ),
        (
            "muon len CSTDCS thi co can dat LDTT truoc k, dat roi thi thuong bn",
            "Chiến sĩ thi đua cơ sở",
        ),
        ("để được TTLĐXS thì có cần có người đạt CSTĐCS không", "Tập thể lao động xuất sắc"),
    ],
)
def test_wanted_title_is_asked_about(officer_kb: KnowledgeBase, question: str, title: str) -> None:
    text = ask(officer_kb, question)
    assert text.startswith(f"**{title}: Tiêu chuẩn**"), text
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # "A đủ chưa, hay phải B": the fact requires B, so A alone is not enough
        "Cô giáo trường em đã 3 năm liền đạt CSTĐCS, có sáng kiến cấp xã. Năm nay muốn đề nghị "
        "CSTĐ cấp tỉnh. Sáng kiến cấp xã đã đủ chưa, hay phải có ảnh hưởng trong tỉnh?",
        "xét cstđ cấp tỉnh thì sáng kiến áp dụng trong đơn vị có đủ không hay phải nhân rộng "
        "được trong tỉnh",
        "chien si thi dua tinh: sang kien cap phong da du chua hay phai co pham vi anh huong "
        "trong tinh",
    ],
)
def test_sufficiency_read_from_the_requirement(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # a text asked by its number: never the entry about another numbered text
        "nd 152 con hieu luc khong",
        "nghị định 152 còn áp dụng không",
        "nđ 152/2025 hiện nay còn dùng được không",
    ],
)
def test_text_asked_by_number(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Nghị định 152/2025/NĐ-CP**"), text
    assert "91/2017/NĐ-CP còn hiệu lực" not in text, text
    assert "2003 còn hiệu lực" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # "xã hội" (society) in a unit's name is not the xã
        "cán bộ phòng văn hóa xã hội có được xét LĐTT không",
        "cong chuc phong van hoa xa hoi co duoc xet cstdcs k",
        "chị Mai làm ở phòng văn hóa xã hội, có được xét lao động tiên tiến không",
    ],
)
def test_xa_hoi_is_not_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "không tặng cho xã" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a requirement the letter tells no one meets ("chưa ai đạt CSTĐCS") decides the title
        (
            "Tổ em 10 người đều hoàn thành nhiệm vụ, 8 người đạt LĐTT nhưng chưa ai đạt CSTĐCS. "
            "Tổ hoàn thành xuất sắc nhiệm vụ. Vậy tổ có đủ chuẩn TTLĐXS không?",
            "Không",
        ),
        (
            "Khoa em 15 người, 12 người LĐTT, không có cá nhân nào đạt chiến sĩ thi đua cơ sở. "
            "Khoa có được đề nghị tập thể lao động xuất sắc không?",
            "Không",
        ),
    ],
)
def test_requirement_no_one_meets(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask(officer_kb, question)
    assert f"{verdict}. Chưa đạt tiêu chuẩn: có cá nhân đạt Chiến sĩ thi đua cơ sở" in text, text


def test_requirement_met_is_not_denied(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "Tổ em 10 người đều hoàn thành nhiệm vụ, 8 người đạt LĐTT, có 1 người đạt CSTĐCS. "
        "Vậy tổ có đủ chuẩn TTLĐXS không?",
    )
    assert "Chưa đạt tiêu chuẩn: có cá nhân đạt Chiến sĩ thi đua cơ sở" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # the level of duty asked ("ở mức nào") is the criteria, next to the other part asked
        "cstdcs phải hoàn thành nhiệm vụ ở mức nào, còn tiền thưởng bao nhiêu",
        "muốn đạt ttldtt thì tập thể phải xếp loại mức nào và thưởng bao nhiêu",
        "lao dong tien tien can hoan thanh nhiem vu muc do nao, thuong may tien",
    ],
)
def test_level_of_duty_asked_is_the_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert ": Tiêu chuẩn**" in text, text
    assert ": Tiền thưởng**" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # "tinh thi xa" typed without marks is "tỉnh thì xã", not the abolished "thị xã"
        "ttldxs la tinh thi xa co duoc trinh khong",
        "bang khen la cua tinh thi xa co duoc de nghi k",
        "tap the lao dong xuat sac la cua tinh thi xa lam ho so gi",
    ],
)
def test_tinh_thi_xa_is_no_reform(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert not text.startswith("**Cấp huyện đã bỏ"), text
