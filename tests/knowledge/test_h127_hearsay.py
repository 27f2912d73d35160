"""Hearsay claims about sudden deeds and outside contributors (task h127): the plain answer is
the relation the line claims, not the title it names. Wordings are the author's own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a yearly condition claimed for khen đột xuất
        (
            "người ta bảo khen đột xuất cũng phải bỏ phiếu trong hội đồng thi đua, đúng không",
            "Không",
            "tờ trình",
        ),
        (
            "co nguoi noi muon khen dot xuat thi anh ay phai dat lao dong tien tien truoc, dung ko",
            "Không",
            "tờ trình",
        ),
        (
            "khen dot xuat chi can to trinh voi tom tat thanh tich thoi dung k ad",
            "Có",
            "tóm tắt thành tích",
        ),
        # a rota or a campaign is not a sudden deed
        (
            "đội trực chống bão làm đúng lịch phân công của xã thì có được coi là đột xuất không",
            "Không",
            "ngoài chương trình",
        ),
        (
            "phuc vu bau cu theo ke hoach thi k phai thanh tich dot xuat, dung k",
            "Có",
            "ngoài chương trình",
        ),
        # a sudden award and the year's title
        (
            "đã được khen đột xuất vì cứu người thì cuối năm không được xét lao "
            "động tiên tiến nữa phải không",
            "Không",
            "cả hai",
        ),
        ("khen dot xuat thi k co tien thuong, chi co giay thoi phai k", "Không", "0,3 lần"),
        # one deed, two forms; one form, many deeds
        (
            "cùng một vụ chữa cháy mà xã tặng giấy khen rồi tỉnh tặng thêm bằng khen được không",
            "Không",
            "một thành tích",
        ),
        ("nghe noi moi nguoi 1 nam chi dc 1 giay khen thoi, dung k", "Không", "nhiều lần"),
        # outside the staff
        (
            "nhà hảo tâm ủng hộ bà con vùng lũ thì không được xã khen vì không "
            "phải cán bộ, đúng không",
            "Không",
            "Giấy khen",
        ),
        ("cong ty tu nhan k thuoc doi tuong khen thuong dung k", "Không", "Giấy khen"),
        # levels and the prize's base
        (
            "nghe nói chủ tịch xã giờ tặng được cả bằng khen cho người cứu hỏa, đúng không",
            "Không",
            "tỉnh",
        ),
        (
            "tien thuong tinh theo luong co so luc xay ra su viec, dung k",
            "Không",
            "ngày ký quyết định",
        ),
        (
            "học sinh dũng cảm cứu bạn thì xét lao động tiên tiến được đúng không",
            "Không",
            "giấy khen",
        ),
        # an enterprise's own awards, the xã's new powers, fraud, the fund
        (
            "nghe nói giám đốc hợp tác xã chỉ được tặng giấy khen thôi, đúng không",
            "Không",
            "Lao động tiên tiến",
        ),
        ("cong ty tu khen cong nhan thi ngan sach xa chi tien thuong dc k", "Không", "tự chi"),
        (
            "truoc day huyen cu tang giay khen cho nha hao tam, nay xa tu tang dc roi dung k",
            "Có",
            "Chủ tịch UBND xã",
        ),
        ("nếu hồ sơ cứu người làm giả thì giấy khen bị hủy bỏ, đúng không", "Có", "thu hồi"),
        (
            "lam gia ho so thi chi thu hoi giay khen thoi, tien thuong k phai tra lai dung k",
            "Không",
            "thu hồi",
        ),
        ("quy thi dua xa nhan ung ho cua nha hao tam dc k, toi da bao nhieu", "Có", "đóng góp"),
    ],
)
def test_hearsay_claim_answered(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact.lower() in text.lower(), text


def test_no_contradicting_verdict_after_the_claim(officer_kb: KnowledgeBase) -> None:
    # the rule's block leads; a later block must not open with the opposite verdict
    text = ask_verdict(
        officer_kb, "nghe noi chu tich xa ky dc ca tap the lao dong xuat sac roi, dung k", "Không"
    )
    for block in text.split("\n\n")[1:]:
        assert not block.partition("\n")[2].startswith("Có. "), text


def test_claim_read_in_its_clause(officer_kb: KnowledgeBase) -> None:
    # "… được k, tiền thưởng …": the clause after the comma is another part, not "k tiền"
    question = "khen dot xuat cho doi thanh nien dc k, tien thuong chi tu quy xa phai k"
    text = officer_kb.ask(question, TODAY).text
    assert "Khen đột xuất: tiền thưởng" not in text, text


def test_teacher_beside_pupils_not_read_as_pupil(officer_kb: KnowledgeBase) -> None:
    # the pupils are the rescued, the teacher the one commended: no "học sinh … LĐTT" claim
    text = officer_kb.ask(
        "co giao cuu hoc sinh trong vu chay, co nguoi bao de cuoi nam xet CSTDCS. vay khen dot "
        "xuat co dc k a",
        TODAY,
    ).text
    assert "Học sinh: khen Giấy khen" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "doi thanh nien cuu ho tot thi xa khen tap the giay khen dc k",
        "ba con trong thon ung ho nhiet tinh thi xa tang giay khen dc khong",
    ],
)
def test_then_the_xa_commends_is_no_former_town(officer_kb: KnowledgeBase, question: str) -> None:
    # "thi xa khen / tang" typed without marks is "thì xã khen", the xã acting, not "thị xã"
    text = ask_verdict(officer_kb, question, "Có")
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "mẫu hồ sơ khen đột xuất có theo mẫu chung toàn quốc không hay do tỉnh quy định",
        "to trinh khen dot xuat co mau thong nhat toan quoc k",
    ],
)
def test_sudden_forms_left_to_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "UBND tỉnh" in text, text


def test_agreeing_rule_follows_without_a_second_verdict(officer_kb: KnowledgeBase) -> None:
    # the facts already open "Không." on the title named: the rule's reason comes after them,
    # with no verdict of its own (one plain answer per line put up)
    question = "ket thuc dot cao diem ra quan don rac, khen cac to thi co phai khen dot xuat ko"
    text = ask_verdict(officer_kb, question, "Không")
    assert leading_verdicts(text) == ["Không"], text
    assert "lịch phân công" in text, text
