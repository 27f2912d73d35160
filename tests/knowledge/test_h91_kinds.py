"""Task h91: yes/no misses pooled over every tuning set and grouped by the kind of reading that
failed (who is asked about, which claim, a council as a step, a level told as the past, a
former form); each kind fixed by a general mechanism and checked on wordings of our own (none
copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        # a member of an organisation is a person, whatever organisation is named after
        "hội viên hội cựu chiến binh có được xét lao động tiên tiến không",
        "đoàn viên thanh niên ở thôn có được LĐTT không",
        "chi hội trưởng phụ nữ hỏi: chị em nông dân có được tặng lao động tiên tiến không",
    ],
)
def test_a_member_or_worker_is_a_person(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 24 khoản 1, 3: cán bộ… and công nhân, nông dân, người lao động khác."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "tập thể xét danh hiệu" not in text and "hộ gia đình xét" not in text, text


def test_them_after_counted_workers(officer_kb: KnowledgeBase) -> None:
    """ "họ" typed bare folds like "hộ": after workers counted it points back at them, so the
    household's "Không" is not given (who decides for a firm's staff is another matter)."""
    text = ask(officer_kb, "xuong em co 30 cong nhan, cuoi nam muon tang ldtt cho ho co dc k")
    assert leading_verdicts(text)[:1] in (["Có"], ["Tùy"]), text
    assert "hộ gia đình xét" not in text, text


def test_household_still_a_household(officer_kb: KnowledgeBase) -> None:
    """ "công nhận … cho hộ" (to recognise) is no count of workers: the household stays asked."""
    text = ask_verdict(officer_kb, "xa co cong nhan gia dinh van hoa cho ho k", "Có")
    assert "Gia đình văn hóa: Ai được xét" in text, text


def test_van_before_hoa_is_no_still(officer_kb: KnowledgeBase) -> None:
    """Bare "van" before "hóa" is "văn" (the title's own name), not "vẫn": the question does not
    ask whether a name still holds, so it is not told the name is gone."""
    text = ask(officer_kb, "khu dan cu van hoa co dc giay khen k")
    assert "Không còn “khu dân cư văn hóa”" not in text, text
    # "vẫn / còn" really typed still asks it
    text = ask(officer_kb, "khu dân cư văn hóa bây giờ vẫn còn không")
    assert "Không còn “khu dân cư văn hóa”" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # "còn" asks whether the old rule still holds: the fact is shown as written, so it must
        # open with a verdict an officer reads first
        "gia dinh van hoa 3 nam lien thi con dc giay khen k",
        "thon van hoa 5 nam lien con duoc giay khen ko",
    ],
)
def test_old_consecutive_rule_opens_with_a_verdict(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("ttldtt la danh hieu danh cho tap the dung ko", "Có"),
        ("gia dinh van hoa la danh hieu doi voi ho gia dinh phai k", "Có"),
        ("LĐTT là danh hiệu của tập thể đúng không", "Không"),
    ],
)
def test_title_for_collectives_is_its_kind(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """Luật 2022 Điều 20: the kind of recipient a title is for, not a collective asking for it."""
    ask_verdict(officer_kb, question, verdict)


def test_refusal_told_with_a_dossier(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "hồ sơ không được duyệt thì xã có phải trả lời đơn vị không", "Có"
    )
    assert "văn bản" in text, text


@pytest.mark.parametrize(
    ("question", "head", "verdict"),
    [
        ("khen đột xuất có phải họp hội đồng TĐKT xã không", "Qua Hội đồng", "Không"),
        (
            "Ông Ba vừa cứu người đuối nước, xã muốn khen đột xuất. Hồ sơ gồm gì, có cần họp "
            "hội đồng thi đua khen thưởng không",
            "Qua Hội đồng",
            "Không",
        ),
        ("xét thôn văn hóa có phải qua hội đồng tđkt xã không", "Qua Hội đồng", "Có"),
        ("giấy khen cho hộ gia đình có phải họp hội đồng TĐKT không", "Qua Hội đồng", "Tùy"),
    ],
)
def test_council_as_a_step(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str
) -> None:
    """A council named with a meeting word beside a title: whether that title's case goes
    through it (Luật Điều 85: khen đột xuất by the simplified procedure needs no meeting)."""
    block = ask_part_verdict(officer_kb, question, "qua Hội đồng TĐKT", verdict)
    assert "Biên bản họp Hội đồng TĐKT xã ghi" not in block, block
    del head


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the phường is who may receive a title it can receive, with the district told as past
        ("thị xã cũ nay thành phường rồi, phường có được xét xã phường tiêu biểu không", "Có"),
        # told deciding on its own, the xã is asked as the one who decides
        ("trước huyện đề nghị xã tiêu biểu, nay xã có tự xét xã tiêu biểu được không", "Không"),
    ],
)
def test_xa_receiving_or_acting(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask(officer_kb, question)
    block = next(b for b in text.split("\n\n") if "tiêu biểu: Ai" in b)
    assert block.split("\n")[1].startswith(f"{verdict}."), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("ubnd tỉnh có tặng huy hiệu cho cá nhân nữa không", "Không"),
        ("chiến sĩ thi đua tỉnh có được tặng huy hiệu không", "Có"),
    ],
)
def test_province_giving_a_huy_hieu(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "khen thưởng có phải theo nguyên tắc thành tích tới đâu khen tới đó không",
        "xet khen co theo nguyen tac thanh tich toi dau khen thuong toi do ko",
    ],
)
def test_principle_named_is_the_one_stated(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 5: a principle put up for confirmation by its own name, answered by the
    entry stating it, opens "Có"."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "thành tích đến đâu khen thưởng đến đó" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen của chủ tịch xã có kèm tiền thưởng không, 1 người được bao nhiêu",
        "cstdcs co dc thuong tien k, moi dot xet 3 nguoi thi bn tien",
    ],
)
def test_count_of_people_is_no_figure_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    """ "1 người", "3 người" count whom the prize is for: the yes/no on whether a prize is paid
    keeps its "Có" (only a figure stated, "1 triệu", is read against the amount)."""
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "Em là chủ công ty may ở xã, có 40 công nhân. Em có tự tặng chiến sĩ thi đua cơ sở cho "
        "tổ trưởng giỏi được không hay phải xin xã?",
        "toi la giam doc doanh nghiep, toi co duoc tu xet lao dong tien tien cho nguoi lao dong k",
    ],
)
def test_director_asking_to_act(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 80 khoản 4: the director of a firm decides its own staff's titles; asked
    by the director, the yes/no is whether they may decide, not whether staff may receive."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc doanh nghiệp" in text, text
