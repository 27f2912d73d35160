"""Task h75: blind 20's misses grouped by kind of failure, each fixed by a mechanism read from
how the question's claim relates to the fact, checked on wordings of our own (none copied from
a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind: a figure or day claimed as the law's own, which the fact gives only as a local
        # practice ("nhiều tỉnh …") or an example plan's ("Ví dụ trong kế hoạch mẫu …: …")
        "thời hạn giải quyết hồ sơ giấy khen ở xã theo nghị định là 20 ngày làm việc hả",
        "nghị định quy định hạn gửi hồ sơ khen tổng kết năm lên xã là trước ngày 01/12 đúng không",
        "theo luat thi han chot ho so khen tong ket nam gui xa la 1/12 a",
    ],
)
def test_a_local_figure_claimed_as_the_laws(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a date claimed for an event (entry into force, adoption, signing) against the
        # date the entry states for that same event, whatever else it dates
        ("nghi dinh 152/2025 co hieu luc ke tu ngay 01/7/2025 phai khong", "Có"),
        ("luật thi đua khen thưởng 2022 được thông qua ngày 15/6/2023 phải không", "Không"),
        ("nghị định 152/2025 do phó thủ tướng ký ngày 14/7/2025 phải không", "Không"),
        ("nghi dinh 152/2025 duoc ky ngay 14/6/2025 dung ko", "Có"),
    ],
)
def test_a_date_claimed_for_an_event(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a long letter giving the title held each year ("2023 CSTĐCS, 2024 chỉ LĐTT, …"):
        # the years in a row up to the last one count, a year of another title breaks the run
        (
            "Chị Mai ở xã em: 2021 LĐTT, 2022 CSTĐCS, 2023 CSTĐCS, 2024 CSTĐCS. Chị có sáng kiến"
            " áp dụng toàn tỉnh. Năm nay xã đề nghị chị lên CSTĐ tỉnh được không?",
            "Có",
        ),
        (
            "anh Hung: 2023 CSTDCS, 2024 chi LDTT, 2025 CSTDCS, 2026 CSTDCS, co de tai ap dung"
            " toan tinh. Anh du dieu kien de nghi CSTD tinh chua?",
            "Không",
        ),
        (
            "Quá trình của cô Lan: 2022 lao động tiên tiến, 2023 chiến sĩ thi đua cơ sở, 2024 chiến"
            " sĩ thi đua cơ sở, 2025 chiến sĩ thi đua cơ sở. Cô có sáng kiến ảnh hưởng trong tỉnh,"
            " có đề nghị CSTĐ tỉnh được không",
            "Có",
        ),
    ],
)
def test_a_record_of_titles_by_year(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a letter telling the day service began ("tuyển dụng từ 20/8/2026"): the months
        # served by the year's end decide the 6-month rule, a month begun late not served whole
        (
            "Chị Thảo được tuyển dụng làm công chức xã từ ngày 20/8/2026, cuối năm hoàn thành tốt"
            " nhiệm vụ. Chị có được xét lao động tiên tiến năm 2026 không?",
            "Không",
        ),
        ("em vao lam o xa tu 1/9/2026, nam nay em co dc binh xet LDTT ko", "Không"),
        # a start in an earlier year than the one reviewed is a whole year served (a check:
        # the year reviewed is read elsewhere)
        (
            "Chị Thảo được tuyển dụng làm công chức xã từ ngày 20/8/2025, cả năm 2026 hoàn thành"
            " tốt nhiệm vụ. Chị có được xét lao động tiên tiến năm 2026 không?",
            "Có",
        ),
    ],
)
def test_the_day_service_began(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        # kind: a letter dating two decisions in two sentences: each is paid on the base in
        # force on its own day, not only the first one told
        (
            "Quyết định LĐTT của trường mầm non ký ngày 15/6/2026. Quyết định LĐTT của xã ký tháng"
            " 12/2026. Mỗi người được thưởng bao nhiêu tiền?",
            ("710.000", "760.000"),
        ),
        (
            "QD CSTDCS cua truong ky 20/5/2026. QD CSTDCS cua xa ky 25/12/2026. Thuong moi nguoi"
            " bao nhieu",
            ("2.340.000", "2.530.000"),
        ),
    ],
)
def test_two_decisions_dated_in_two_sentences(
    officer_kb: KnowledgeBase, question: str, amounts: tuple[str, str]
) -> None:
    text = ask(officer_kb, question)
    assert all(a in text for a in amounts), text


@pytest.mark.parametrize(
    "question",
    [
        # kind: a unit told acting on a person ("văn phòng định xét … cho anh", "cơ quan đang
        # rà soát chị …") is the one proposing, not a collective asking for the title itself
        "Văn phòng định xét LĐTT cho chị Mai, chị hoàn thành tốt nhiệm vụ. Chị có được LĐTT không?",
        "Cơ quan đang rà soát chị Lan: 2023 CSTĐCS, 2024 CSTĐCS, 2025 CSTĐCS, chị có sáng kiến áp"
        " dụng toàn tỉnh. Đề nghị CSTĐ tỉnh cho chị được không?",
        "truong se xet LDTT cho thay Hung, thay hoan thanh xuat sac nhiem vu, dc k",
    ],
)
def test_a_unit_acting_on_a_person(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: "X có phải là Y không" against a body saying "Z là Y, không phải X": the thing
        # asked about named only as what the class is not
        ("bang khen co phai la danh hieu thi dua k", "Không"),
        ("Bằng khen có phải là danh hiệu thi đua không ạ", "Không"),
        ("chiến sĩ thi đua cơ sở có phải là danh hiệu thi đua không", "Có"),
    ],
)
def test_named_only_as_what_the_class_is_not(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        # kind: three titles listed before the question closes: the first is asked too, not
        # only the one next to the question
        (
            "Lao động tiên tiến, chiến sĩ thi đua cơ sở và gia đình văn hóa do ai quyết định",
            ("Lao động tiên tiến:", "Chiến sĩ thi đua cơ sở:", "Gia đình văn hóa:"),
        ),
        (
            "LDTT, CSTDCS va TTLDXS thuong bao nhieu",
            ("Lao động tiên tiến:", "Chiến sĩ thi đua cơ sở:", "Tập thể lao động xuất sắc:"),
        ),
    ],
)
def test_every_title_of_a_list_is_asked(
    officer_kb: KnowledgeBase, question: str, titles: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    assert all(f"**{t}" in text for t in titles), text


@pytest.mark.parametrize(
    "question",
    [
        # kind: a district step claimed to hold still, now ("giờ vẫn …", "nay … vẫn …"), put up
        # for confirmation with "à": a yes/no, answered by the reform's "Không"
        "hồ sơ giấy khen giờ vẫn phải qua phòng nội vụ huyện à",
        "nay ho so LDTT van trinh chu tich huyen ky a",
        "giờ hồ sơ bằng khen tỉnh vẫn nộp về UBND huyện à",
    ],
)
def test_a_district_step_claimed_still(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
