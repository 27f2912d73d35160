"""Task h76: blind set 21's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind21_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # kind "a long letter declined as a whole": the story's words match no source, the
        # final question alone is answered
        (
            "Ba toi nam nay 75 tuoi, o nha lam vuon. Thang truoc ong duoc xa trao thuong 500 "
            "nghin vi giup dan lang sua duong. Hang xom noi phai ke khai len chi cuc. Khoan "
            "thuong nay co bi tinh thue khong",
            "111/2013",
        ),
        (
            "me toi 78 tuoi, thang roi duoc xa khen, nhan 500 nghin. em gai toi noi phai ke "
            "khai. me toi lo lam. tien thuong thi dua co tinh thue k",
            "111/2013",
        ),
    ],
)
def test_a_letter_is_answered_by_its_final_question(
    officer_kb: KnowledgeBase, question: str, expected: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert expected in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, the village claimed to decide": a thôn, its head or its committee
        # reviews and proposes; no award is theirs to sign or recognise (Luật 2022 Điều 75-80)
        "to truong to dan pho co the tu ky giay khen cho gia dinh trong to khong",
        "Trưởng thôn có quyền công nhận gia đình văn hóa cho các hộ không?",
        "ban cong tac mat tran thon tu cong nhan thon van hoa duoc ko",
    ],
)
def test_the_village_decides_no_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        # the village given an award, or named as where the person lives, is not the village
        # deciding: the title's own verdict stands
        "thôn em có được công nhận thôn văn hóa không",
        "doanh nghiep trong thon co tu tang giay khen cho cong nhan cua minh duoc khong",
    ],
)
def test_the_village_given_or_where_is_not_deciding(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    assert "không có thẩm quyền" not in text, text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # kind "verdict missing or wrong, one condition claimed enough": a claim that what the
        # asker has suffices ("… là / thì / đã đủ … chưa") is read against the further condition
        # the fact joins, whatever verdict the fact gives the condition claimed
        ("co 3 lan CSTD co so lien tiep thi da du xet chien si thi dua tinh chua", "sáng kiến"),
        ("dat LDTT thi du de duoc CSTDCS chua", "hoàn thành xuất sắc"),
        ("em 3 nam lien CSTDCS roi, vay da du dieu kien CSTD cap tinh chua a", "sáng kiến"),
    ],
)
def test_one_condition_claimed_enough(
    officer_kb: KnowledgeBase, question: str, missing: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chưa đủ" in text and missing in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict hedged or wrong, a circumstance told of no one": "không ai vi phạm",
        # "chưa người nào bị kỷ luật" tell the case is clear, not that someone is in it
        (
            "Gia dinh toi chua ai tung vi pham phap luat, nam nao cung tham gia dong gop xay "
            "dung thon. Ho toi co duoc giay khen cua xa khong",
            "Có",
        ),
        (
            "Trong năm, cán bộ xã không người nào bị xử lý kỷ luật. Chị Lan hoàn thành tốt nhiệm "
            "vụ, có được tặng LĐTT không?",
            "Có",
        ),
        ("Trong nam khong ai trong co quan bi ky luat. Anh Minh co duoc LDTT khong", "Có"),
        # someone who was disciplined is still the case
        (
            "to em co 1 nguoi bi ky luat canh cao, nhung anh ay van hoan thanh tot nhiem vu, co "
            "dc LDTT k",
            "Không",
        ),
    ],
)
def test_a_circumstance_told_of_no_one(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing or wrong, who holds a role claimed": the one a yes/no names as
        # chair is read against the one the fact names (Luật 2022 Điều 90 khoản 4)
        ("chủ tịch UBND xã có làm chủ tịch hội đồng thi đua khen thưởng xã không", "Có"),
        ("pho chu tich xa lam chu tich hoi dong thi dua xa dung k", "Không"),
        ("hoi dong thi dua xa co phai do bi thu dang uy dung dau khong", "Không"),
    ],
)
def test_who_chairs_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict or decider missing, the firm or its director claimed to act": a company
        # or cooperative (or its director) reviewing or awarding its own staff is the firm's
        # power (Luật 2022 Điều 80 khoản 4), not who may receive the title
        "doanh nghiep o xa co duoc tu xet LDTT cho cong nhan k",
        "htx co the tu xet chien si thi dua co so cho xa vien duoc k",
        "Công ty cổ phần may của chị ở xã, giám đốc có tự tặng giấy khen cho công nhân được không?",
    ],
)
def test_the_firm_decides_for_its_staff(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    # the decider leads: the title's "Ai quyết định" block, or since stop 43 (task h407) the
    # rule that the firm's director decides without sending anything to the xã
    assert "quyết định" in first.split("\n")[0] and "Giám đốc" in first, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict hedged, the years told as 'n năm nay / qua … đều đạt'": each of the last
        # n years is n in a row, read against the title's years with the route the case tells
        (
            "Anh Hùng 3 năm gần đây đều đạt chiến sĩ thi đua cơ sở, có đề tài khoa học được "
            "nghiệm thu ảnh hưởng trong tỉnh. Anh ấy có được đề nghị CSTĐ cấp tỉnh không?",
            "Có",
        ),
        (
            "chi Mai 2 nam qua deu dat CSTDCS, co sang kien pham vi toan tinh, vay chi co du "
            "dieu kien CSTD tinh khong",
            "Không",
        ),
    ],
)
def test_years_told_as_each_of_the_last(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, a person read as a collective": "hỏi" before a pronoun is the
        # verb, not "hội" (an association); "hiệu phó" is a person, the school only where they
        # work; a personal title asked of them is not "danh hiệu cá nhân, tập thể xét …"
        "cô hiệu phó trường tiểu học xã em 3 năm liền đạt CSTĐCS. Cô có được đề nghị CSTĐ tỉnh "
        "không",
        "chi Lan lam ke toan xa, 3 nam lien dat CSTDCS. hoi c co dc xet CSTD tinh k",
        "anh Tuan cong chuc tu phap xa nam nay hoan thanh tot nhiem vu. hoi a co dc LDTT k",
    ],
)
def test_a_person_is_not_read_as_a_collective(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "tập thể xét" not in text and "danh hiệu cá nhân" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict missing, a yes/no followed by a what-clause": the claim is the yes/no
        # clause; the later clause's own "cần / phải" is not where the claim starts
        "chien si thi dua co so co phai dat lao dong tien tien khong, con phai co gi nua",
        "CSTD tinh co can dat CSTDCS truoc k, ngoai ra can j",
    ],
)
def test_the_yesno_clause_is_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
