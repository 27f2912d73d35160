"""Task h81: kinds of yes/no miss pooled over the tuning sets and blind 23, fixed as mechanisms.

Every question is our own wording of a kind (none is copied from a question set); each test
asserts the verdict an officer reads first in the chat (``KnowledgeBase.ask``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "claim read, relation not decided": a topic fact of the fact model has no
        # attribute verdict, but its text names the moment the claim is checked against
        ("tiền thưởng tính theo lương cơ sở tại thời điểm nộp hồ sơ phải không", "Không"),
        ("tien thuong tinh theo luong co so tai thoi diem de nghi phai ko", "Không"),
    ],
)
def test_topic_fact_states_the_relation(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "the case told in a letter ignored": a share or the whole count told for the
        # members' duty, counted by any noun, meets the rule's "100 % cá nhân hoàn thành …"
        (
            "Truong mam non cua xa co 25 co giao. Nam nay 100% co giao trong truong hoan thanh "
            "nhiem vu, 20 co dat LDTT, 1 co dat CSTDCS. Truong co du dieu kien tap the lao dong "
            "xuat sac khong?",
            "Có",
        ),
        (
            "Tổ văn phòng có 8 người, cả 8 người hoàn thành nhiệm vụ, 6 người đạt LĐTT, 1 người "
            "đạt CSTĐCS. Tổ có được đề nghị Tập thể lao động xuất sắc không?",
            "Có",
        ),
        # a count short of the whole, or a share under 100 %, does not meet it: no firm "Có"
        (
            "Tổ văn phòng có 8 người, 7 người hoàn thành nhiệm vụ, 6 người đạt LĐTT, 1 người "
            "đạt CSTĐCS. Tổ có được đề nghị Tập thể lao động xuất sắc không?",
            "Tùy",
        ),
        (
            "phong co 10 nguoi, 90% nhan vien hoan thanh nhiem vu, 8 nguoi dat ldtt, 1 nguoi dat "
            "cstdcs. phong co du chuan ttldxs k",
            "Tùy",
        ),
    ],
)
def test_share_told_by_any_noun(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind "the wrong relation read": the level named before "đề nghị / trình" is the one
        # proposing, judged against who sends the proposal, not against who may hold the title
        "phuong co duoc de nghi chien si thi dua tinh khong",
        "xã có được trình chiến sĩ thi đua cấp tỉnh không ạ",
        "ubnd xa co duoc de nghi chien si thi dua cap tinh k",
    ],
)
def test_level_that_proposes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_how_it_is_sent_is_not_who_proposes(officer_kb: KnowledgeBase) -> None:
    # a claim on the route ("qua huyện") is not read as the level proposing
    ask_verdict(officer_kb, "xa co phai gui ho so cstd tinh qua huyen khong", "Không")


@pytest.mark.parametrize(
    "question",
    [
        # kind "the wrong attribute read": "ký" inside "đăng ký" (to register) is no signing, so
        # a registration question is not answered by who decides the title (a firm "Có")
        "Tổ văn phòng quên nộp bản đăng ký thi đua đầu năm. Cuối năm 2 chị làm tốt, xứng đáng "
        "LĐTT. Có bị loại vì không đăng ký không?",
        "truong em quen nop dang ky thi dua. cuoi nam co 5 thay xung dang ldtt. vay co bi loai "
        "vi k dang ky k",
    ],
)
def test_registering_is_no_signing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Ai quyết định" not in text, text
    assert leading_verdicts(text)[:1] != ["Có"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "a repealed level claimed as current": "quận cũ" names the abolished district
        # level as "huyện cũ" does, so "… còn ký / còn xét … không" is answered "Không"
        "quan cu con xet ttldtt cho truong hoc k",
        "quận cũ còn ký giấy khen cho hộ gia đình nữa không",
    ],
)
def test_old_district_claimed_current(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Cấp huyện đã bỏ" in text, text


def test_old_agency_is_no_district(officer_kb: KnowledgeBase) -> None:
    # "cơ quan cũ" typed without marks is an agency, not the district level
    text = ask(officer_kb, "co quan cu cua toi co duoc xet ttldtt khong")
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "the wrong attribute read": "(làm / xét) theo thủ tục <title>" asks whether the
        # case told is that title's case, not which papers the procedure takes
        (
            "xã phát động đợt thi đua cao điểm làm đường giao thông trong 2 tháng, kết thúc đợt "
            "muốn khen thôn làm tốt theo thủ tục đột xuất được không",
            "Không",
        ),
        (
            "Truong phat dong tuan le cao diem thi dua day tot. Het tuan muon xet theo thu tuc "
            "khen dot xuat cho 4 giao vien co duoc khong",
            "Không",
        ),
        # the case that is one: "theo" of the procedure is no word of the case denied
        (
            "hom qua anh Ba lao xuong ho cuu em be bi duoi nuoc, xa lam theo thu tuc khen dot "
            "xuat cho anh duoc khong",
            "Có",
        ),
    ],
)
def test_procedure_of_a_title_asks_its_case(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "the wrong attribute read": a title typed bare after "cần / phải" ("cần LĐTT")
        # is the one required, so the part asks the first title's criteria
        "chien si thi dua tinh can cstdcs k",
        "Tập thể lao động xuất sắc phải cần CSTĐCS không?",
    ],
)
def test_bare_required_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tiêu chuẩn" in text.split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "a compound's part judged on another part's words": each yes/no clause is its
        # own part's claim ("sáng kiến", a route, does not make the first part "Tùy")
        "chiến sĩ thi đua cơ sở có cần đạt lao động tiên tiến không, có cần sáng kiến không",
        "cstdcs co phai dat ldtt ko va co bat buoc sang kien ko",
    ],
)
def test_each_clause_its_own_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:2] == ["Có", "Không"], text


@pytest.mark.parametrize(
    "question",
    [
        # kind "the wrong attribute read": a body named right after "có" is claimed to exist;
        # its facts state that (and who sets it up), not who may get it
        "dac khu co hoi dong thi dua khen thuong rieng khong",
        "Sau sáp nhập, xã mới có Hội đồng TĐKT riêng không hay dùng chung với tỉnh?",
    ],
)
def test_body_claimed_to_exist(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Thành lập hội đồng" in text.split("\n")[0], text


def test_body_that_acts_is_no_existence_claim(officer_kb: KnowledgeBase) -> None:
    # the council as the one acting ("có được đưa … không") is not claimed to exist
    text = ask(officer_kb, "hoi dong tdkt xa co duoc dua anh Nam vao danh sach de nghi ldtt khong")
    assert "Thành lập hội đồng" not in text.split("\n")[0], text
