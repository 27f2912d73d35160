"""Task h54: blind set 11's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind11_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.turns import reported_denial
from tests.knowledge.asking import TODAY, ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "case told ignored": the unit's own figures (a share in %, a head-count in any
        # noun, a count of holders of the other title the rule needs) decide the share rule
        (
            "Phòng văn hóa có 8 người, 6 người đạt LĐTT, 1 người CSTĐCS, tất cả hoàn thành "
            "nhiệm vụ, có đủ điều kiện tỷ lệ TTLĐXS không",
            "Có",
        ),
        (
            "to cong tac 20 nhan vien, 80% dat LDTT, co 1 CSTDCS, tat ca hoan thanh nhiem vu, "
            "du ti le TTLDXS k",
            "Có",
        ),
        (
            "Tổ có 10 chú, 4 chú đạt LĐTT, tất cả hoàn thành tốt nhiệm vụ, tổ có đủ TTLĐTT không",
            "Không",
        ),
        (
            "Tổ có 9 chú, 6 chú đạt LĐTT, tất cả hoàn thành tốt nhiệm vụ, tổ có đủ TTLĐTT không",
            "Có",
        ),
    ],
)
def test_the_case_told_decides_the_share_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert verdict in leading_verdicts(text), text
    assert "Tỷ lệ anh/chị nêu" in text, text


def test_a_rule_claimed_is_no_case_told(officer_kb: KnowledgeBase) -> None:
    # a share said as what the rule needs is a claim, still checked against the rule's figure
    text = ask(officer_kb, "TTLĐXS cần 75% LĐTT phải không")
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, reform": the district told as the past, the xã named in the yes/no
        # is the one now doing it (never a recipient asked about), and a change stated and put
        # up for confirmation ("…, giờ xã … à") is a yes/no
        "tiền thưởng LĐTT trước đây huyện chi, bây giờ xã chi à",
        "Năm 2023 huyện còn công nhận thôn văn hóa. Năm nay xã có tự công nhận không?",
        "truoc kia huyen xet CSTDCS, nay xa xet a",
    ],
)
def test_the_xa_now_doing_what_the_district_did(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Có" in leading_verdicts(text), text
    assert "Không" not in leading_verdicts(text), text


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        # kind "verdict missing, long letter": a paper the title's dossier lists is told missing,
        # so "đủ chưa / được không" is "Không", naming the paper
        (
            "Hồ sơ đề nghị CSTĐCS của em thiếu biên bản họp Hội đồng TĐKT xã, nộp vậy được không",
            "biên bản họp",
        ),
        ("ho so LDTT khong co to trinh thi co hop le k", "tờ trình"),
        (
            "Hồ sơ giấy khen tập thể mà chưa có báo cáo thành tích thì đã đủ chưa",
            "báo cáo thành tích",
        ),
    ],
)
def test_a_paper_told_missing_from_the_dossier(
    officer_kb: KnowledgeBase, question: str, paper: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert f"còn thiếu: {paper}" in text, text


def test_an_optional_paper_is_never_told_missing(officer_kb: KnowledgeBase) -> None:
    # the simple procedure needs no meeting minutes: lacking them is no missing paper
    text = ask(officer_kb, "khen dot xuat khong co bien ban hop thi ho so co dc khong")
    assert "còn thiếu" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        # kind "fact missing from content": what the domain brief states and content lacked
        # (NĐ 152/2025: the base in force on the decision date; the commune's procedure: no
        # fee, a case not approved told in writing)
        ("tiền thưởng tính theo lương cơ sở lúc nào vậy", None, "ngày ký quyết định"),
        (
            "QĐ khen LĐTT ký tháng 6 mà tháng 9 mới chi thì tính theo lương cơ sở cũ hay mới",
            None,
            "ngày ký quyết định",
        ),
        ("nop ho so de nghi khen co phai dong phi khong", "Không", "không thu phí"),
        (
            "đơn vị đề nghị khen mà không được duyệt thì có được trả lời bằng văn bản không",
            "Có",
            "bằng văn bản",
        ),
        # "thi xa" typed without marks before what a subject does is "thì xã", not the
        # abolished "thị xã": no reform block, and no "Không" from it
        ("de nghi khen ko duoc phe duyet thi xa co phai bao lai bang van ban k", "Có", "văn bản"),
    ],
)
def test_facts_the_brief_states(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, shown: str
) -> None:
    text = ask(officer_kb, question)
    assert shown in text, text
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, polarity": asked whether what is told breaks a rule ("có sai /
        # vi phạm không"), also from a clause that only points back at it ("như vậy …"), the
        # verdict on whether it is allowed turns round
        "Thôn em năm nào cũng được công nhận thôn văn hóa, như thế có vi phạm quy định không",
        "một người năm nào cũng được giấy khen của xã, vậy có sai ko",
        "năm nào cũng tặng LĐTT cho một người thì có vi phạm không",
    ],
)
def test_asked_whether_it_breaks_a_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong subject read": a unit that proposes someone ("trường / phòng đề nghị cô
        # …") is the proposer, never the recipient asked about
        "Cô Lan 3 năm liền đạt CSTĐCS. Trường đề nghị cô CSTĐ tỉnh được không?",
        "phong de nghi anh Hung CSTDCS nam nay duoc khong",
    ],
)
def test_the_proposing_unit_is_no_recipient(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "là danh hiệu cá nhân; tập thể" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "case told ignored": years listed with a gap are no run of consecutive years
        (
            "Chị Hoa đạt CSTĐCS các năm 2022, 2024 và 2026, có sáng kiến cấp tỉnh. Xã đề nghị "
            "chị CSTĐ tỉnh được không?",
            "Không",
        ),
        ("anh Nam dat CSTDCS 2021 va 2023, xet CSTD tinh dc ko", "Không"),
        (
            "anh Nam dat CSTDCS 2024, 2025 va 2026, co sang kien anh huong trong tinh, de nghi "
            "CSTD tinh dc chua",
            "Có",
        ),
    ],
)
def test_years_listed_with_a_gap(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdicts"),
    [
        # known miss "a verdict on a question that is not yes/no": a fact written for its
        # yes/no ("Có. Được tặng …", "Không. Hội đồng … chỉ tham mưu") opens without it when
        # the question asks what, who or how much; a yes/no keeps it
        ("thôn văn hóa được nhận những gì", []),
        ("hội đồng TĐKT xã ai quyết định khen thưởng", []),
        ("công an xã thì ai quyết định LĐTT", []),
        ("CSTĐCS có được tặng bằng chứng nhận không", ["Có"]),
    ],
)
def test_no_verdict_unasked(officer_kb: KnowledgeBase, question: str, verdicts: list[str]) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text) == verdicts, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing": a claim that one rule holds everywhere, against an answer
        # whose rule a local body sets ("do xã ghi trong kế hoạch", "do Sở Nội vụ thông báo")
        ("hạn nộp hồ sơ khen thưởng cuối năm có thống nhất toàn quốc không", "Không"),
        ("thoi han nop ho so khen tong ket nam len xa tinh nao cung giong nhau phai k", "Không"),
        # a national decree's own deadline is no local rule
        ("han binh xet gia dinh van hoa ca nuoc co giong nhau khong", None),
    ],
)
def test_a_rule_set_locally_is_not_uniform(
    officer_kb: KnowledgeBase, question: str, verdict: str | None
) -> None:
    text = ask(officer_kb, question)
    if verdict is None:
        assert "Không" not in leading_verdicts(text)[:1], text
    else:
        assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # known miss "a claim reported at the end of a letter": someone's denial reported and
        # asked whether it is right is answered on the denial, not on the thing denied
        ("Trưởng thôn bảo thôn không được xét giấy khen của xã, anh ấy nói vậy có đúng k", "Không"),
        ("Kế toán bảo nghỉ thai sản thì không được xét LĐTT, vậy có đúng không", "Không"),
        ("Cô hiệu phó nói giáo viên hợp đồng không được xét LĐTT, cô nói vậy đúng không", "Không"),
        # a reported claim that affirms keeps the verdict on the thing itself
        ("Trưởng thôn bảo thôn cũng được xét giấy khen của xã, anh ấy nói vậy có đúng k", "Có"),
    ],
)
def test_a_reported_denial_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "fact missing" (domain brief point 8): the old decree's scoring is not current
        ("gia đình văn hóa bây giờ còn chấm điểm theo thang 100 điểm không", ["Không"]),
        ("thôn văn hóa chấm điểm thế nào", []),
        ("GĐVH năm nay thôn vẫn cho điểm từng hộ như mọi năm chứ", ["Không"]),
    ],
)
def test_the_old_scoring_is_not_current(
    officer_kb: KnowledgeBase, question: str, verdict: list[str]
) -> None:
    text = ask(officer_kb, question)
    assert "86/2023" in text and "hết hiệu lực" in text, text
    assert leading_verdicts(text)[:1] == verdict, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "letter's achievement not read": an act the domain brief names as đột xuất
        # (saving someone, catching a thief), told in the story, names the form asked about
        "Tối qua anh Minh xông vào cứu một cụ già khỏi đám cháy. Xã muốn khen anh ấy thì hồ sơ "
        "cần gì, có phải họp hội đồng không?",
        "Hôm qua bác bảo vệ trường bắt được kẻ trộm xe máy. Trường muốn đề nghị xã khen bác thì "
        "làm thủ tục gì?",
    ],
)
def test_an_act_told_is_an_unplanned_achievement(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Khen thưởng đột xuất" in text and "tóm tắt thành tích" in text, text


def test_fire_safety_is_still_off_topic(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask("nhà văn hóa thôn cần trang bị bình chữa cháy loại nào", TODAY)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # kind "claim's relation not judged": the fact names the cases it denies (the end of a
        # campaign, a peak month, a theme's review) before its negation, so a claim about
        # any of them is denied
        "tổng kết phong trào thi đua chuyên đề xong rồi khen thì có tính là khen đột xuất không",
        "het thang cao diem an toan giao thong xa khen may ca nhan, vay la khen dot xuat dung k",
    ],
)
def test_a_campaigns_end_is_not_unplanned(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # kind "compound part dropped": "A với B thì <attribute>" names the attribute once, in
        # B's clause; A's clause, read "Ai được xét" for want of a cue, is asked it too
        (
            "giấy khen tặng cho tập thể với hộ gia đình thì mức thưởng mỗi loại thế nào",
            "Tiền thưởng",
        ),
        ("giay khen cho ca nhan voi tap the thi ai ky", "Ai quyết định"),
    ],
)
def test_the_attribute_is_shared_by_things_compared(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    text = ask(officer_kb, question)
    assert text.count(f": {title}**") == 2, text
    assert "Ai được xét**" not in text, text


@pytest.mark.parametrize(
    ("question", "reported"),
    [
        ("hiệu trưởng bảo không được xét LĐTT, nói vậy có đúng không", True),
        # "báo cáo", "bao nhiêu", "nội vụ" fold like "bảo" / "nói" and report no one
        ("báo cáo thành tích không cần xác nhận của trưởng thôn đúng không", False),
        ("phòng nội vụ không được nhận hồ sơ nữa đúng không", False),
    ],
)
def test_what_counts_as_a_reported_denial(question: str, reported: bool) -> None:
    assert reported_denial(question) is reported
