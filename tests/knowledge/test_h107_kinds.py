"""Task h107: kinds of reading that failed when commune officers ask about themselves (their
leave, their record of titles, what someone told them, the abolished district). Each test asks
the real KnowledgeBase and checks the plain verdict the officer reads first. Wordings are our
own, none copied from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # TT 15/2025 (domain.md 2.4): maternity leave counts, so the claimed loss is wrong
        (
            "chi nghi de 5 thang trong nam thi xem nhu mat danh hieu lao dong tien tien phai k",
            "Không",
        ),
        # the 6-month rule for new hires holds, so the claim that they are not considered is right
        ("moi tuyen dung 4 thang thi khong duoc xet LDTT, dung vay k a", "Có"),
    ],
)
def test_loss_put_up_in_own_voice(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_out_of_reach_reported(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 23 khoản 2: hoàn thành xuất sắc nhiệm vụ is a route of its own, no sáng kiến
    # needed; "đừng mơ tới" said by a colleague is a denial, and a wrong one
    ask_verdict(
        officer_kb,
        "anh truong phong bao khong co sang kien thi dung mo toi chien si thi dua co so. "
        "anh ay noi dung k",
        "Không",
    )


def test_saying_before_a_bare_right_asked(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 24 khoản 1: viên chức and người lao động too, not only cán bộ, công chức
    ask_verdict(
        officer_kb,
        "ba chu tich hoi bao chi can bo cong chuc moi duoc xet lao dong tien tien thoi. "
        "ba noi vay co dung khong a",
        "Không",
    )


@pytest.mark.parametrize(
    ("question", "verdict", "head"),
    [
        # Luật Điều 23 khoản 1: LĐTT's standard first; a đề tài does not replace it
        (
            "em chua dat LDTT nhung co de tai nghiem thu, co len thang CSTDCS duoc k",
            "Không",
            "**Chiến sĩ thi đua cơ sở",
        ),
        # Luật Điều 22 khoản 1 điểm a: only LĐTT held means no 3 CSTĐCS in a row
        (
            "toi chi moi dat lao dong tien tien, co sang kien ap dung toan tinh, co de nghi "
            "thang CSTD cap tinh duoc k",
            "Không",
            "**Chiến sĩ thi đua cấp tỉnh",
        ),
        # Luật Điều 23 khoản 2: LĐTT held and hoàn thành xuất sắc is enough; LĐTT is not asked
        (
            "e la van thu, dat LDTT va hoan thanh xuat sac nhiem vu nhung khong co sang kien thi "
            "co duoc CSTDCS k",
            "Có",
            "**Chiến sĩ thi đua cơ sở",
        ),
    ],
)
def test_record_clause_is_a_condition(
    officer_kb: KnowledgeBase, question: str, verdict: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert text.startswith(head), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "em dat chien si thi dua co so cac nam 2021, 2022 roi 2024 (2023 khong dat) thi co "
            "tinh la 3 lan lien tuc de de nghi CSTD tinh k",
            "Không",
        ),
        (
            "em dat chien si thi dua co so cac nam 2022, 2023 va 2024 thi co tinh la 3 lan lien "
            "tuc de de nghi CSTD tinh k",
            "Có",
        ),
    ],
)
def test_run_claimed_after_years_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    # Luật Điều 22 khoản 1 điểm a: 03 lần liên tục; a year missed breaks the run
    ask_verdict(officer_kb, question, verdict)


def test_reform_told_now_then_past(officer_kb: KnowledgeBase) -> None:
    # NĐ 129/2025 Điều 59: the xã chairman now decides what the district chairman did
    ask_verdict(
        officer_kb,
        "chu tich xa nay duoc tang LDTT ma truoc day la quyen cua chu tich huyen phai k",
        "Có",
    )


def test_head_of_thi_xa_is_no_then_xa(officer_kb: KnowledgeBase) -> None:
    # a thị xã is a district-level unit, gone on 01/7/2025: its chairman signs nothing now
    ask_verdict(officer_kb, "LDTT cua em co con do chu tich thi xa ky nua k", "Không")


def test_weather_on_a_trip_is_off_topic(officer_kb: KnowledgeBase) -> None:
    assert not officer_kb.ask("mai troi co nang k ad, e dinh ve huyen ben", TODAY).answered
    # the district named in the field's own question is still the reform's
    ask_verdict(officer_kb, "chu tich huyen con tang giay khen k", "Không")


def test_unmet_criterion_turns_a_conditional_yes(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 24 khoản 1 điểm b: tích cực tham gia phong trào thi đua is required too
    text = ask_verdict(
        officer_kb,
        "em hoan thanh tot nhiem vu nhung khong tham gia phong trao thi dua nao thi van duoc "
        "LDTT phai k",
        "Không",
    )
    assert "phong trào thi đua" in text


def test_own_lack_is_the_provinces_to_rule(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 7: registration is no legal basis; a province's quy chế may still ask for it
    text = ask_verdict(
        officer_kb,
        "nam nay em quen nop dang ky thi dua, cuoi nam co bi loai khoi xet chien si thi dua co "
        "so k",
        "Tùy",
    )
    assert "tỉnh" in text
    # asked of the law itself, the law's own answer stays
    ask_verdict(officer_kb, "theo luat, khong dang ky thi dua thi cuoi nam co bi loai k", "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 152/2025 Điều 50 khoản 1 điểm c, điểm d
        ("dat CSTDCS thi co duoc cap bang chung nhan k a hay chi duoc tien thuong", "Có"),
        ("dat LDTT thi co duoc cap giay chung nhan k a hay chi co ten trong quyet dinh", "Không"),
    ],
)
def test_yesno_then_other_answer_offered(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_every_clause_claimed_enough(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 24 khoản 1 điểm a and b, both named
    ask_verdict(
        officer_kb,
        "hoan thanh tot nhiem vu tro len va tich cuc tham gia phong trao thi dua la du tieu "
        "chuan lao dong tien tien phai k",
        "Có",
    )


def test_criterion_asked_before_other_answer(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "LDTT co can tich cuc tham gia phong trao thi dua k hay chi can lam tot cong viec",
        "Có",
    )
    assert text.startswith("**Lao động tiên tiến: Tiêu chuẩn"), text
    assert "phong trào thi đua" in text


def test_money_difference_between_two_dates(officer_kb: KnowledgeBase) -> None:
    # lương cơ sở 2.340.000 until 30/6/2026, 2.530.000 from 01/7/2026 (content/reference)
    text = ask(
        officer_kb, "quyet dinh CSTDCS ky thang 4/2026 va thang 8/2026 thi tien chenh lech the nao"
    )
    assert "2.340.000" in text and "2.530.000" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 152/2025 Điều 50 khoản 1 điểm d: 0,3 × lương cơ sở on the day the decision is
        # signed (2.340.000 before 01/7/2026, 2.530.000 from then)
        (
            "quyet dinh LDTT cua em ky ngay 10/3/2026, thu quy chi cho em 710.000. em tuong "
            "luong co so tang roi, sao khong phai 760.000. thu quy chi vay dung phai k",
            "Có",
        ),
        (
            "quyet dinh LDTT cua em ky ngay 10/9/2026, thu quy chi cho em 710.000. em tuong "
            "luong co so tang roi, sao khong phai 760.000. thu quy chi vay dung phai k",
            "Không",
        ),
    ],
)
def test_sum_paid_is_judged(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    # the sum told as paid is the claim; the one doubted ("sao không phải …") is not
    text = ask_verdict(officer_kb, question, verdict)
    assert text.startswith("**Lao động tiên tiến: Tiền thưởng"), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # TT 15/2025 (domain.md 2.4): maternity leave counts; discipline rules the title out
        ("nghi thai san 6 thang la mat LDTT a", "Không"),
        ("bi ky luat khien trach la mat LDTT ha", "Có"),
    ],
)
def test_loss_put_up_with_a_tail(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_years_short_keep_one_opener(officer_kb: KnowledgeBase) -> None:
    # Điều 74 (domain.md 2.5): 02 lần liên tục CSTĐCS; 2023 and 2025 are no run
    text = ask_verdict(
        officer_kb,
        "nam 2023 va 2025 em dat CSTDCS, co duoc tinh 2 lan lien tuc de xin bang khen tinh k",
        "Không",
    )
    block = text.split("\n")[1]
    assert "Có." not in block, block
