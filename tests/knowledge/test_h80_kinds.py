"""Task h80: yes/no misses pooled over every tuning set (blind 22's included), grouped by why the
verdict was wrong or missing, each fixed by a mechanism that reads how the claim relates to the
fact whatever its wording; checked on wordings of our own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "who": the level the claim says revokes against the one that awarded the title
        ("chủ tịch xã có được hủy quyết định tặng cờ thi đua của tỉnh không", "Không"),
        ("Chủ tịch UBND xã có quyền tước danh hiệu chiến sĩ thi đua cấp tỉnh không", "Không"),
        ("chu tich tinh co quyen huy danh hieu lao dong tien tien cua xa ko", "Không"),
        ("ubnd tinh co huy bang khen cua chu tich tinh duoc khong", "Có"),
    ],
)
def test_who_revokes_is_who_awarded(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Không":
        assert "Điều 93 khoản 8" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "repealed as current": a former name of a title asked as if it still held
        ("bây giờ còn xét danh hiệu khu dân cư văn hóa không", "Không"),
        (
            "phuong toi muon de nghi danh hieu xa phuong thi tran tieu bieu, gio van con"
            " danh hieu nay chu",
            "Không",
        ),
        # the name in force, and a rule asked of the title by its old name, keep their verdicts
        ("thon van hoa gio con xet k", "Có"),
        ("khu dân cư văn hóa có được thưởng tiền không", "Có"),
    ],
)
def test_a_former_name_is_not_current(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Không":
        assert "Không còn “" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "the case told in a letter": a drive launched by an authority is not the case of
        # khen đột xuất, whoever claims it is and whatever part (papers, who) is asked
        (
            "Xã đoàn phát động tháng cao điểm tình nguyện hè, kết thúc tháng xã muốn khen 3 đoàn"
            " viên. Làm hồ sơ khen đột xuất cho nhanh có được không?",
            "Không",
        ),
        ("cuoi dot thi dua phong chong dich, xa khen theo thu tuc dot xuat duoc k", "Không"),
        (
            "Phường vừa kết thúc đợt cao điểm ra quân dọn rác. Anh chủ tịch bảo coi là thành tích"
            " đột xuất nên chỉ cần tờ trình. Nói vậy đúng không?",
            "Không",
        ),
        # the claim itself says it is not đột xuất: the case told bears it out
        (
            "xã tổ chức tháng thi đua an toàn giao thông; tôi nói đây là khen theo chuyên đề chứ"
            " không phải đột xuất, đúng không",
            "Có",
        ),
        # an act the rule names as its own outweighs the drive it happened in
        (
            "anh A cuu nguoi duoi nuoc trong dot cao diem phong chong lu, co khen dot xuat duoc"
            " khong",
            "Có",
        ),
        ("em B lao xuong ho cuu ban bi duoi nuoc, vay co phai thanh tich dot xuat k", "Có"),
    ],
)
def test_the_case_told_decides_whether_it_is_this_one(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Trường hợp anh/chị nêu có “" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "when": the moment a claim names against the day the prize rule counts from,
        # whether the moment is named "ngày", "lúc", "khi" or "thời điểm", of any title's prize
        ("tien thuong TTLDTT tinh theo muc luong co so luc chi tien dung ko", "Không"),
        (
            "tiền thưởng Lao động tiên tiến lấy lương cơ sở tại thời điểm trao thưởng phải không",
            "Không",
        ),
        ("thưởng CSTĐCS tính theo lương cơ sở lúc ký quyết định đúng không", "Có"),
    ],
)
def test_the_moment_claimed_against_the_day_counted(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "ngày ký quyết định" in text, text


def test_a_moment_of_the_story_is_no_day_of_payment(officer_kb: KnowledgeBase) -> None:
    # "khi chữa cháy" tells when the asker was hurt, not the day a prize is counted from
    ask_verdict(officer_kb, "anh ấy bị thương khi chữa cháy, vẫn được thưởng LĐTT chứ", "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "who": the chair of an enterprise's board gives giấy khen only (Luật 2022 Điều
        # 80 khoản 4), whichever title the claim names and however it is said to give it
        (
            "chủ tịch hội đồng quản trị có quyền công nhận chiến sĩ thi đua cơ sở cho nhân viên"
            " không",
            "Không",
        ),
        (
            "chủ tịch HĐTV công ty có được ký quyết định tập thể lao động tiên tiến không",
            "Không",
        ),
        ("chu tich hdqt cong ty toi co duoc tang giay khen cho cong nhan k", "Có"),
    ],
)
def test_a_boards_chair_gives_giay_khen_only(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 80 khoản 4" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "what a route must be": a claim about how a route of the criteria must stand
        # (recognised, accepted) is read against the words the criteria name it with, not
        # against whether the route itself is required
        ("sang kien co phai duoc hoi dong cong nhan thi moi tinh de xet CSTDCS khong", "Có"),
        (
            "đề tài khoa học phải được nghiệm thu thì mới dùng để xét chiến sĩ thi đua cơ sở"
            " đúng không",
            "Có",
        ),
        # "mới tính": counting, not the province
        ("de tai cua chi ay phai nghiem thu xong moi tinh cho CSTDCS phai k", "Có"),
        # the route itself asked to be required keeps the fact's own answer
        ("CSTĐCS có bắt buộc phải có sáng kiến không", "Không"),
    ],
)
def test_what_a_route_must_be_is_how_the_criteria_name_it(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "a repealed rule told in the letter": the asking sentence points back at it
        "Bác tổ trưởng bảo gia đình văn hóa vẫn chấm theo thang 100 điểm, dưới 85 thì không đạt."
        " Nhà em được 82 điểm. Năm nay nhà em có bị loại không?",
        "ho so nam 2019 cua xa co bang diem cham gia dinh van hoa. bay gio xa con dung bang do"
        " duoc khong",
    ],
)
def test_a_repealed_rule_told_answers_first(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert text.index("NĐ 122/2018") < text.index("\n\n"), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "a limit claimed": "chỉ A B (thôi)" stated by the fact as its own limit
        ("Hội đồng TĐKT xã chỉ tham mưu cho chủ tịch, không tự quyết định, đúng không", "Có"),
        ("hoi dong tdkt phuong chi tham muu, tu van thoi chu khong quyet dinh dung k", "Có"),
        # a limit offered as the other answer, or told as a condition, is no claim
        ("hội đồng thi đua xã có được tự ra quyết định khen không, hay chỉ tham mưu", "Không"),
        ("neu chi hoan thanh nhiem vu thi co duoc xet chien si thi dua co so khong", "Không"),
    ],
)
def test_a_limit_claimed_is_the_one_the_fact_states(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
