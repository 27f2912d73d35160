"""Task h50: blind set 9's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind9_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a last clause of pointers and words of now ("giờ còn vậy không") asks whether the rule
        # told before it still holds: the told clause is the claim judged, not the asker's case
        ("em nho LDTT phai co sang kien moi dc, gio con vay k", "Không"),
        ("nghe noi CSTDCS phai co sang kien, bay gio van the khong", "Không"),
        ("toi nho lao dong tien tien bat buoc co sang kien, hien nay con nhu vay ko", "Không"),
    ],
)
def test_still_so_tail_judges_the_told_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # the decision's date picks the base salary (NĐ 152/2025), also when an entry about
        # how prizes are computed answers: the entry renders today's base, so the one in force
        # on that date is stated too
        ("qd khen ky 20/5/2026, den thang 9 moi chi thi ap luong co so nao", "2.340.000"),
        (
            "quyết định ký ngày 3/7/2026 thì tính lương cơ sở mức nào",
            "Quyết định ký ngày 03/7/2026",
        ),
        # "mức nào" after a dated decision asks the amount of the title told
        (
            "xa tang giay khen cho 3 ca nhan, quyet dinh ky ngay 15/5/2026, thang 9 moi chi. "
            "moi nguoi huong muc nao",
            "710.000",
        ),
        ("CSTDCS moi nguoi tinh theo muc nao", "Chiến sĩ thi đua cơ sở: Tiền thưởng"),
    ],
)
def test_dated_decision_prices_on_its_base(
    officer_kb: KnowledgeBase, question: str, shown: str
) -> None:
    text = ask(officer_kb, question)
    assert shown in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a claim that one condition is enough, against a fact that joins a further one to it
        "CSTD tinh chi can 3 lan CSTDCS la du dung k",
        "CSTDCS chi can dat LDTT la du dung khong",
        "chiến sĩ thi đua cơ sở chỉ cần là lao động tiên tiến là đủ điều kiện phải không",
    ],
)
def test_enough_claim_against_a_joined_condition(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Chưa đủ: còn cần" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # "có sai / vi phạm / trái quy định không" asks the reverse of "is it allowed": the
        # fact allows one form to be given again for another achievement (Luật 2022 Điều 5)
        "1 nguoi nam nao cung dc giay khen xa thi co sai nguyen tac k",
        "năm nào cũng khen một người thì có trái quy định không",
        "tang giay khen nhieu lan cho 1 nguoi co vi pham quy dinh ko",
    ],
)
def test_breaking_a_rule_asks_the_reverse_of_allowed(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    ("question", "verdict", "shown"),
    [
        # the share of members holding a title, asked in a letter about a collective title, is
        # the collective's rule (found from its share fact), with the other parts asked
        (
            "to chuyen mon cua xa co 8 nguoi, 5 nguoi dat LDTT. to muon xin TTLDTT. "
            "vay ty le LDTT nhu the du chua",
            "Có",
            ["Tập thể lao động tiên tiến: Tỷ lệ"],
        ),
        (
            "phong van hoa xa co 20 nguoi, 12 nguoi dat LDTT. phong muon de nghi TTLDXS. "
            "ty le LDTT nhu vay co du khong",
            "Không",
            ["Tập thể lao động xuất sắc: Tỷ lệ"],
        ),
        (
            "ban em moi thanh lap nam nay. cuoi nam em muon de nghi ban dat TTLDTT. "
            "ty le LDTT toi thieu bao nhieu, thuong bao nhieu",
            None,
            ["50 %", "2.030.000"],
        ),
    ],
)
def test_members_share_is_the_collectives_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, shown: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    for words in shown:
        assert words in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a yearly review stated with words between "xét" and "hằng năm" ("Bình xét ở thôn xong
        # trước 25/11 hằng năm") answers a claimed period, whichever fact is shown
        ("gia dinh van hoa binh xet hang nam dung khong", "Có"),
        ("GDVH hang nam deu xet a, dung k", "Có"),
        ("gia dinh van hoa co xet hang nam k", "Có"),
        # a day told against the deadline decides first, whatever the story says of the years
        (
            "nha ong A nam nao cung dat gia dinh van hoa. nam nay thon hop binh xet ngay 27/11 "
            "co dung han khong",
            "Không",
        ),
    ],
)
def test_yearly_review_said_with_words_between(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # one rule claimed for the whole country, without a figure, against a fact that leaves
        # it to each province
        "tieu chuan gia dinh van hoa co giong nhau o moi tinh khong",
        "ho so de nghi LDTT ca nuoc co dung chung 1 mau khong",
    ],
)
def test_same_everywhere_against_a_provincial_rule(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # "con" after a number is the classifier ("1 con số"), not "còn" starting another part
        "thoi han giai quyet giay khen xa co chung 1 con so cho ca nuoc k",
        "han xu ly ho so giay khen cua xa co thong nhat mot con so tren toan quoc khong",
    ],
)
def test_classifier_con_after_a_number_splits_nothing(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Có" not in leading_verdicts(text), text


@pytest.mark.parametrize(
    ("question", "verdict", "title"),
    [
        # the title wished for ("muốn đạt / muốn lên X") is the one asked about; the title it
        # must have is the condition judged against X's criteria
        (
            "phong muon dat TTLDTT thi co can ai dat CSTDCS khong",
            "Không",
            "Tập thể lao động tiên tiến: Tiêu chuẩn",
        ),
        (
            "don vi muon dat tap the lao dong xuat sac thi phai co nguoi dat CSTDCS dung k",
            "Có",
            "Tập thể lao động xuất sắc: Tiêu chuẩn",
        ),
        (
            "anh ay muon len CSTDCS thi co phai dat LDTT nam do khong",
            "Có",
            "Chiến sĩ thi đua cơ sở: Tiêu chuẩn",
        ),
    ],
)
def test_title_wished_for_is_the_one_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str, title: str
) -> None:
    text = ask(officer_kb, question)
    assert text.startswith(f"**{title}**"), text
    assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    "question",
    [
        # "A không hay chỉ B" asked of an authority: whose power each form is answers it
        "chủ tịch ubnd xã có ký bằng khen được không hay chỉ ký giấy khen",
        "ubnd xa co quyen tang bang khen k hay chi giay khen thoi",
        "chu tich xa co duoc ky bang khen khong hay chi ky giay khen",
    ],
)
def test_authority_asked_between_two_forms(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert text.startswith("**Bằng khen của Chủ tịch UBND tỉnh: Ai quyết định**"), text
    assert leading_verdicts(text)[:1] == ["Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # a new hire whose months told reach six: "Có", with the 6-month rule it meets
        "can bo moi tuyen dung thang 3, den cuoi nam dc 9 thang, co xet LDTT dc k",
        "co giao moi ve truong thang 9 nam ngoai, den het nam hoc duoc 10 thang. hieu truong "
        "hoi: co de nghi LDTT cho co ay duoc khong",
        "nhân viên mới vào làm từ tháng 4, tính đến cuối năm là 8 tháng, có được bình LĐTT không",
    ],
)
def test_new_hire_past_six_months_says_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "6 tháng" in text.split("\n\n")[0], text
