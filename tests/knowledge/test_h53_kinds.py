"""Task h53: blind set 10's misses grouped by kind of failure, each kind fixed by a mechanism
that does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind10_questions.yaml``)
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
        # the question asks whether the national law itself sets or requires a thing; the fact
        # that answers leads with the province setting it (or the law dropping it): "Không"
        ("luat co ghi ro thoi han giai quyet giay khen k", "Không"),
        ("nghi dinh co ghi ro bao nhieu ngay phai co quyet dinh giay khen k", "Không"),
        ("trung uong co quy dinh cu the tieu chi gdvh cho ca nuoc k", "Không"),
        # the law does state these: no "Không" from a province's details after them
        ("luat co quy dinh tien thuong lao dong tien tien khong", "Có"),
    ],
)
def test_law_claim_against_province_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Không":
        assert "tỉnh" in text, text


def test_law_claim_leaves_a_decree_list_alone(officer_kb: KnowledgeBase) -> None:
    # the decree lists the dossier; "Tỉnh quy định hồ sơ cụ thể" after the list is a detail
    text = ask(officer_kb, "nghi dinh co ghi ro ho so giay khen gom nhung gi k")
    assert "Không." not in text.split("\n")[1], text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # a claim about how a title is judged, asked as whether one qualifies ("Ai được xét"),
        # is read against the title's criteria too: the criteria deny the old scoring
        ("co ong trong thon bao gia dinh van hoa phai cham du 90 diem moi dat, dung k", "điểm"),
        ("nghe noi nha nao cham diem du 90 moi dat gia dinh van hoa, co dung vay k", "điểm"),
        # an asking sentence that points back ("danh hiệu ấy", "danh hiệu này") claims what the
        # letter named before it, which the fact denies
        (
            "chu tich xa noi sang nam xin danh hieu xa van hoa. em hoi mai k ai biet. "
            "danh hieu do co k, neu k thi xin cai gi, ai ky",
            "Không có danh hiệu",
        ),
        (
            "mat tran noi nam toi xa se xin danh hieu xa van hoa. em tim van ban k thay. "
            "danh hieu nay co that k, neu k thi xin danh hieu gi, ai tang",
            "Không có danh hiệu",
        ),
    ],
)
def test_denial_read_against_the_letter_and_criteria(
    officer_kb: KnowledgeBase, question: str, shown: str
) -> None:
    text = ask(officer_kb, question)
    verdicts = leading_verdicts(text)
    assert "Không" in verdicts and "Tùy" not in verdicts and "Có" not in verdicts, text
    assert shown in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a permission asked against a fact that says the thing is not required: what is not
        # required is not barred, so "được không" is "Có" though the fact answers "cần không"
        "tap the lao dong tien tien co duoc xet 2 nam lien khong",
        "cstdcs xet 2 nam lien nhau duoc khong",
        "ldtt nam ngoai dat roi, nam nay xet lien tiep dc k hay phai cach 1 nam",
    ],
)
def test_permission_against_a_rule_not_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # a last clause that only asks whether the law says so points back at the clause
        # before it: that clause's part carries the verdict, read as a claim about the law
        "tieu chi gia dinh van hoa gom nhung gi, luat co ghi cu the k",
        "giay khen cua xa mat bao lau moi co quyet dinh, nghi dinh co quy dinh chung ca nuoc ko",
        "phan nua so can bo moi duoc ldtt thoi, nghi dinh quy dinh vay phai k",
    ],
)
def test_a_clause_asking_the_law_points_back(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "tỉnh" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        # a letter telling a brave deed (the law's own example of đột xuất: dũng cảm cứu người)
        # with no title named is asked about khen đột xuất, not declined
        "hom qua co em hoc sinh lao xuong ho cuu duoc ban bi duoi nuoc, xa khen em ay duoc khong,"
        " ho so gom gi",
        "anh dan quan thon toi dung cam bat ten trom xe may giua dem. xa co khen duoc k, thu tuc"
        " the nao",
        "chi ay cuu nguoi trong vu chay cho sang nay, xa khen duoc khong, ai ky",
    ],
)
def test_a_brave_deed_told_is_khen_dot_xuat(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "đột xuất" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a claim limiting to one what the fact grants both of ("nhận tiền thưởng của cả hai")
        "dat ca ldtt va giay khen thi chi duoc lay mot khoan tien thuong thoi phai ko",
        "nam nay toi duoc ca ldtt lan giay khen xa, nghe noi chi duoc huong mot khoan thuong"
        " thoi, co dung vay khong",
    ],
)
def test_a_limit_to_one_against_a_fact_granting_both(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "cả hai" in text, text


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        # two titles set side by side ("khác nhau chỗ nào", "phân biệt") are each answered by
        # their criteria, also when "với" splits the question between them
        ("tap the ldtt voi tap the ldxs khac nhau o cho nao", ["70 %", "50 %"]),
        ("phan biet giup em cstdcs voi ldtt", ["Chiến sĩ thi đua cơ sở", "Lao động tiên tiến"]),
        # "mỗi cái", "từng loại": a later part is asked of every title named before it
        (
            "thon van hoa voi gia dinh van hoa khac gi nhau, moi cai thuong bao nhieu",
            ["Thôn, tổ dân phố văn hóa: Tiền thưởng", "Gia đình văn hóa: Tiền thưởng"],
        ),
    ],
)
def test_titles_compared_and_asked_each(
    officer_kb: KnowledgeBase, question: str, shown: list[str]
) -> None:
    text = ask(officer_kb, question)
    for fact in shown:
        assert fact in text, text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        # two decision dates asked on either side of a base-salary change: each is paid on the
        # base in force that day, not only the first date's
        (
            "ldtt ky quyet dinh thang 9/2026 thi thuong bao nhieu, con ky thang 3/2026 thi sao",
            ["760.000", "710.000"],
        ),
        (
            "giay khen ca nhan quyet dinh thang 5/2026 duoc bao nhieu tien, neu quyet dinh thang"
            " 10/2026 thi bao nhieu",
            ["710.000", "760.000"],
        ),
    ],
)
def test_each_decision_date_paid_on_its_base(
    officer_kb: KnowledgeBase, question: str, amounts: list[str]
) -> None:
    text = ask(officer_kb, question)
    for amount in amounts:
        assert amount in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a fee for the dossier is asked of every title; the dossier's list does not answer it
        "ho so de nghi cstdcs nop len co phai dong le phi khong",
        "xin giay khen cho thon co ton phi gi khong",
        "lam ho so thon van hoa co mat phi k",
    ],
)
def test_a_fee_asked_gets_its_own_fact(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Không." in text and "lệ phí" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # an award claimed for holding a title some years running: the rule is stated on the
        # title held (its own years), naming the award; the award's general rule does not decide
        "dat gia dinh van hoa 3 nam lien thi duoc giay khen phai khong",
        "ho nao 3 nam lien dat gdvh thi duoc giay khen, co dung k",
        "gdvh 5 nam lien thi duoc giay khen chu tich xa dung ko",
    ],
)
def test_an_award_for_years_held_read_on_the_held_title(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "122/2018" in text, text
    assert "Không. Không" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # returning the prize money is what "thu hồi" asks, also after a letter telling the case
        "nam ngoai co nguoi khai khong thanh tich de duoc ldtt. gio bi phat hien, tien thuong"
        " phai tra lai khong",
        "giay khen cap sai doi tuong thi nguoi nhan co phai hoan tra tien thuong k",
    ],
)
def test_returning_the_prize_is_revocation(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "thu hồi" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a circumstance told of another year than the one asked is no case of that year
        (
            "anh ay bi canh cao nam 2025 roi. nam 2026 anh ay lam viec tot, khong vi pham gi."
            " nam 2026 co xet ldtt cho anh ay duoc khong",
            "Có",
        ),
        (
            "chi ke toan bi khien trach hoi thang 3/2025. sang nam 2026 chi khong bi gi."
            " nam 2026 chi co duoc lao dong tien tien k",
            "Có",
        ),
        # told of the year asked, it still decides
        ("thang 5 nam 2026 em bi khien trach. nam 2026 em co duoc ldtt k", "Không"),
    ],
)
def test_a_circumstance_of_another_year(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "A được không hay phải B": the yes/no asks about A (who signs); the way offered after
        # "không hay" names no part of its own
        ("cstdcs thi chu tich xa ky duoc khong hay phai gui len tinh", "Có"),
        ("ttldtt chu tich xa ky duoc khong hay phai trinh len tren", "Có"),
    ],
)
def test_the_way_offered_after_khong_hay(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert text.startswith(f"**{text.split(':')[0][2:]}: Ai quyết định**"), text
    assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # the prizes of the titles asked, added up when the question asks the sum
        ("cstdcs va ldtt tong cong duoc bao nhieu tien", "3.290.000"),
        (
            "nam nay em duoc ca lao dong tien tien lan chien si thi dua co so, cong lai bao nhieu",
            "3.290.000",
        ),
        # a title with no single coefficient stated gives no sum
        ("mot nguoi vua dat cstdcs vua duoc bang khen tinh thi tat ca duoc thuong bao nhieu", None),
    ],
)
def test_the_sum_of_prizes_asked(
    officer_kb: KnowledgeBase, question: str, total: str | None
) -> None:
    text = ask(officer_kb, question)
    if total is None:
        assert "Tổng tiền thưởng" not in text, text
    else:
        assert f"= {total} đồng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # who evaluates a household is the thôn's meeting, led by its head; the xã recognises
        "gdvh do ai binh xet",
        "nha hang xom co con nghien ruou thi gia dinh do co duoc gia dinh van hoa k, ai xet",
    ],
)
def test_who_evaluates_a_household(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Trưởng thôn" in text and "Chủ tịch UBND xã" in text, text
