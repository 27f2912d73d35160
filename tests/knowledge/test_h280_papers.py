"""Task h280 (stop 36): verdicts on claims about a dossier's papers and a restated ban.

A dossier's papers are listed by its fact (Luật Thi đua, khen thưởng 2022 Điều 84 khoản 1; NĐ
86/2023 Điều 8 for Gia đình văn hóa; TT 15/2025 for what the council's minutes record). A paper
of that list claimed unneeded ("chỉ cần A là đủ, k cần B") is wrong wherever the "k cần" stands;
a list put up for confirmation ("gồm A, B, C đúng k") is right when it holds the fact's papers;
a paper asked to belong to the dossier ("B có bắt buộc trong hồ sơ không") is. A claim that
restates the law's own ban ("luật cấm khen nhiều hình thức cho 1 thành tích", Điều 5 khoản 2
điểm c) holds."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict
from tests.knowledge.officer_eval import AS_OF, leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ lao động tiên tiến chỉ cần tờ trình với báo cáo thành tích là đủ, khỏi cần biên "
        "bản bình xét, đúng không ạ",
        "ho so GDVH chi can bang tong hop danh sach ho la du, ko can bien ban hop binh xet dung ko",
        "Chị văn thư bảo đề nghị CSTĐCS chỉ cần thủ trưởng ký tờ trình, không cần họp hội đồng "
        "có biên bản, có đúng không",
        "giay khen cho ca nhan thi chi can to trinh, khong can bien ban xet khen thuong, phai k",
        "TTLĐTT của trường chỉ cần báo cáo thành tích tập thể, k cần biên bản họp hội đồng TĐKT "
        "xã đâu, đúng k",
        "biên bản họp HĐ TĐKT xã chỉ ghi ý kiến chung là được, không cần ghi kết quả biểu quyết, "
        "đúng chưa",
    ],
)
def test_a_required_paper_claimed_unneeded_is_wrong(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "biên bản" in text.lower(), text


def test_a_paper_the_fact_leaves_out_claimed_unneeded_holds(officer_kb: KnowledgeBase) -> None:
    # khen đột xuất: "không cần biên bản họp bình xét" is the fact's own rule
    text = ask_verdict(officer_kb, "khen dot xuat thi k can bien ban hop binh xet dung k", "Có")
    assert "không cần biên bản" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "ho so CSTDCS gom to trinh, bien ban hop hoi dong, bao cao thanh tich dung k",
            "Có",
            "tờ trình",
        ),
        (
            "Hồ sơ đề nghị TTLĐTT bao gồm tờ trình kèm danh sách, biên bản họp Hội đồng và báo "
            "cáo thành tích của tập thể, phải không",
            "Có",
            "báo cáo thành tích",
        ),
        ("hs LDTT gom to trinh va bao cao thanh tich thoi, dung ko", "Không", "còn thiếu"),
        (
            "bộ hồ sơ bằng khen tỉnh gồm tờ trình của UBND xã và biên bản họp hội đồng, đúng chưa",
            "Không",
            "còn thiếu",
        ),
        (
            "anh cho hỏi hồ sơ gia đình văn hóa gồm văn bản đề nghị của trưởng thôn, bảng tổng "
            "hợp danh sách hộ và biên bản họp bình xét, có đúng không",
            "Có",
            "biên bản họp bình xét",
        ),
    ],
)
def test_a_listed_dossier_is_judged_against_the_fact(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "biên bản bình xét có bắt buộc trong hồ sơ LĐTT không",
        "to trinh co can trong ho so giay khen k",
        "bao cao thanh tich co phai nop trong ho so TTLDTT ko",
        "Biên bản họp hội đồng TĐKT có phải có trong bộ hồ sơ CSTĐCS không ạ",
        "bien ban xet khen thuong co bat buoc o ho so giay khen ca nhan k",
    ],
)
def test_a_paper_asked_to_belong_to_the_dossier(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "gồm" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "luat cam khen nhieu hinh thuc cho 1 thanh tich phai k, quy dinh o dieu nao",
        "luật cấm khen thưởng nhiều lần cho cùng một thành tích đúng không",
        "Cam khen 2 hinh thuc cho 1 thanh tich dung ko a",
        "em nghe chị văn thư nói luật cấm tặng nhiều hình thức cho một thành tích, phải không",
        "Theo luật thi đua thì cấm khen nhiều hình thức cho cùng 1 thành tích đúng k anh",
    ],
)
def test_a_restated_ban_holds(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Điều 5" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "quy che TDKT cua tinh co dc tu dat ti le toi da LDTT k, hay luat cam",
        "tỉnh có được tự quy định tỷ lệ tối đa CSTĐCS không, hay là luật không cho",
        "UBND tỉnh có được khống chế tỷ lệ chiến sĩ thi đua cơ sở ko hay bị cấm",
        "Quy chế TĐKT tỉnh có được giới hạn tỷ lệ LĐTT không hay luật cấm",
        "tinh co dc quy dinh ti le CSTDCS k, hay phai de trong",
    ],
)
def test_the_provinces_own_cap_asked_before_an_other_way(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the first way offered ("tỉnh có được … không") is the ask; the province may set a share
    # in its rules (Luật 2022 and NĐ 152/2025 cap nothing)
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tỉnh có thể quy định tỷ lệ" in text, text


def test_a_list_of_another_dossier_is_not_judged_against_this_one(
    officer_kb: KnowledgeBase,
) -> None:
    # the thôn's papers (tờ trình, báo cáo thành tích, biên bản) listed beside a mention of
    # Gia đình văn hóa: the family's list holds no tờ trình, so it does not judge this list
    question = (
        "hồ sơ công nhận thôn văn hóa gồm tờ trình, báo cáo thành tích và biên bản theo mẫu "
        "nghị định về gia đình văn hóa, thôn văn hóa, đúng không"
    )
    text = officer_kb.ask(question, AS_OF).text
    assert leading_verdicts(text)[:1] != ["Không"], text
