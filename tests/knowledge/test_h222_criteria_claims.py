"""Task h222 (stop 33): yes/no claims on a title's criteria or timing that the fact decides
though it has no verdict of its own.

Luật 2022 Điều 24 khoản 1: Lao động tiên tiến needs "hoàn thành tốt nhiệm vụ trở lên" AND "có
tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua" (the
criteria fact joins the two with ";"); khoản 3: công nhân, nông dân, người lao động khác "lao
động, sản xuất có hiệu quả". A claim that one clause is enough, or a case told lacking the
other, is "Không"; a claim restating one clause in the asker's words is "Có".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Lao động tiên tiến chỉ cần hoàn thành tốt nhiệm vụ thôi phải không",
        "nghe bảo LĐTT chỉ cần HTTNV trở lên là đạt, không cần gì thêm nữa, đúng k",
        "ldtt chi can hoan thanh tot nhiem vu tro len la du dieu kien roi dung ko",
        "em nghe noi viên chức chỉ cần hoàn thành tốt nhiệm vụ là được LĐTT, đúng không ạ",
        "chỉ cần tích cực tham gia phong trào thi đua là đạt Lao động tiên tiến đúng không",
    ],
)
def test_one_required_clause_claimed_enough(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "còn cần" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "co giao khong tham gia phong trao thi dua nao, van dc xet lao dong tien tien phai k",
        "nhân viên y tế không tích cực tham gia phong trào thi đua gì cả thì vẫn đạt LĐTT chứ",
        "cán bộ hội hoàn thành tốt nhiệm vụ nhưng ko tích cực tham gia phong trào, vẫn LĐTT đc chứ",
        "anh ấy chưa tích cực tham gia phong trào thi đua, có được bình LĐTT không",
        "viên chức trạm y tế k tich cuc tham gia phong trao thi dua thi dat LDTT dung k",
    ],
)
def test_a_required_clause_told_unmet(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tích cực tham gia phong trào thi đua" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xa vien htx muon dat ldtt thi xet theo tieu chuan lao dong san xuat co hieu qua dung ko",
        "LĐTT với người lao động ở HTX xét theo tiêu chuẩn gương mẫu chấp hành chủ trương chính"
        " sách pháp luật đúng không ạ",
        "cong nhan o cong ty muon dat LDTT thi xet theo tieu chuan guong mau chap hanh chu truong"
        " chinh sach phap luat dung k",
        "ho la xa vien HTX thi LDTT xet theo tieu chuan lao dong san xuat hieu qua phai ko",
        "người làm thuê cho HTX muốn đạt LĐTT thì xét theo tiêu chuẩn lao động sản xuất có hiệu"
        " quả phải không",
        "công nhân xét LĐTT theo tiêu chuẩn lao động sản xuất có hiệu quả đúng không",
    ],
)
def test_a_claim_restating_one_clause(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # a claim narrowed ("chỉ") or denied is not a restatement: no "Có" from the words alone
        "xa vien HTX xet LDTT theo lao dong san xuat co hieu qua hay hoan thanh tot nhiem vu",
        "nong dan k xet LDTT theo tieu chuan lao dong san xuat co hieu qua dung k",
    ],
)
def test_a_narrowed_claim_is_no_restatement(officer_kb: KnowledgeBase, question: str) -> None:
    assert not ask(officer_kb, question).split("\n")[1].startswith("Có."), question
