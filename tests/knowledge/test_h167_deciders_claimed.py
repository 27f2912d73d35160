"""Who is claimed to decide, told in everyday words, is judged against who decides (task h167).

Luật Thi đua, khen thưởng 2022 Điều 80 (the xã chairman decides the commune's titles, khoản 3;
a firm's director its own staff's, khoản 4), Điều 90 khoản 4 (the council advises only), Điều 93
khoản 8 (who awarded revokes); NĐ 129/2025 Điều 59 (the district's powers went to the xã). Each
family: a unit's head claimed to sign; a claim told before a closing "vậy ai ký"; a file sent on
"cho X ký / quyết định / hủy"; the council claimed to sign by itself; a firm's staff titles
claimed to go to the xã chairman; "quyết định" or "giám đốc" named in another sense. Questions of
our own wording, none from a question set.
"""

from __future__ import annotations

from datetime import date

import pytest

AS_OF = date(2026, 12, 5)


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    from bot.knowledge import KnowledgeBase
    from tests.knowledge.evaluation import CONTENT

    return KnowledgeBase.load(CONTENT)


def _opening(kb, q: str) -> str:  # type: ignore[no-untyped-def]
    text = kb.ask(q, AS_OF).text
    body = [line for line in text.splitlines() if line.strip() and not line.startswith("**")]
    return body[0] if body else ""


@pytest.mark.parametrize(
    "q",
    [
        "thầy hiệu trưởng trường tiểu học của xã bảo thầy được tự ký LĐTT cho giáo viên, "
        "đúng không",
        "trưởng trạm y tế xã tự ký giấy khen cho y sĩ được không",
        "co hieu truong truong mam non o xa noi co ay tu ky CSTDCS cho co giao, vay dung k",
    ],
)
def test_a_commune_units_head_claimed_to_sign_is_told_no(kb, q: str) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, q)
    assert opening.startswith("Không."), opening
    assert "Chủ tịch UBND xã quyết định" in opening, opening


def test_a_head_given_a_title_is_no_claim_of_signing(kb) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, "hiệu trưởng trường xã có được xét chiến sĩ thi đua cơ sở không")
    assert "Đơn vị thuộc UBND xã" not in opening, opening


@pytest.mark.parametrize(
    "q",
    [
        "có người bảo trưởng thôn ký công nhận gia đình văn hóa được, đúng không, thế ai ký",
        "nghe đâu trưởng thôn tự ký giấy khen cho hộ, có đúng k, vậy ai mới được ký",
    ],
)
def test_the_claim_before_a_closing_who_signs_is_judged(kb, q: str) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, q)
    assert opening.startswith("Không."), opening
    # the thôn's part named and the one who decides (since stop 41 the rule on a wrong decider
    # claimed answers it: "… thôn (trưởng thôn …) chỉ … bình xét, đề nghị")
    assert "thôn" in opening.lower(), opening
    assert "Chủ tịch UBND xã" in opening, opening


@pytest.mark.parametrize(
    "q",
    [
        "bỏ cấp huyện rồi thì việc tặng LĐTT chuyển lên chủ tịch tỉnh đúng không",
        "xa dinh gui ho so CSTDCS len so noi vu cho tinh quyet dinh, lam vay co dung k",
    ],
)
def test_the_province_claimed_to_take_the_districts_power_is_told_no(kb, q: str) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, q)
    assert opening.startswith("Không."), opening
    assert "Chủ tịch UBND xã" in opening, opening


def test_a_commune_award_claimed_to_be_revoked_by_the_province_is_told_no(kb) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(
        kb, "giấy khen xã tặng sai cho người làm giả hồ sơ thì phải trình lên tỉnh hủy phải không"
    )
    assert opening.startswith("Không."), opening
    assert "Chủ tịch UBND xã" in opening, opening


@pytest.mark.parametrize(
    "q",
    [
        "bên em là hợp tác xã, có người nói phải nộp hồ sơ LĐTT của xã viên lên xã để chủ tịch "
        "xã ký, đúng không",
        "cong ty tnhh o xa muon tang CSTDCS cho ky su, ke toan bao phai gui ubnd xa cho chu "
        "tich xa ky, dung k",
        "công đoàn công ty đề nghị chủ tịch UBND xã ký LĐTT cho công nhân. chủ tịch có quyền "
        "ký không hay là công ty tự ký",
    ],
)
def test_a_firms_staff_titles_claimed_to_go_to_the_xa_chairman_are_told_no(kb, q: str) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, q)
    assert opening.startswith("Không."), opening
    assert "Giám đốc" in opening, opening


@pytest.mark.parametrize(
    "q",
    [
        "hội đồng thi đua xã bỏ phiếu xong là tự ký quyết định tặng CSTĐCS luôn phải không",
        "nghe nói hội đồng TĐKT biểu quyết xong là xong, không cần chủ tịch xã ký nữa, đúng k",
    ],
)
def test_the_council_claimed_to_sign_by_itself_is_told_no(kb, q: str) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(kb, q)
    assert opening.startswith("Không."), opening
    assert "tham mưu" in opening and "Chủ tịch UBND xã" in opening, opening


def test_the_councils_advising_role_claimed_is_confirmed(kb) -> None:  # type: ignore[no-untyped-def]
    opening = _opening(
        kb, "hội đồng thi đua khen thưởng xã là cơ quan tư vấn cho lãnh đạo xã về thi đua, đúng k"
    )
    assert opening.startswith("Có."), opening
    assert "tư vấn" in opening, opening


def test_a_name_in_the_decision_is_no_ask_of_who_decides(kb) -> None:  # type: ignore[no-untyped-def]
    reading = kb.read(
        "tập thể lao động tiên tiến chỉ được ghi tên trong quyết định thôi, đúng không"
    )
    assert reading is not None
    assert all(p.attr != "decides" for p in reading.pairs), reading.pairs


def test_a_director_given_an_award_is_no_decider(kb) -> None:  # type: ignore[no-untyped-def]
    reading = kb.read(
        "năm nay xã tặng giấy khen cho 1 hợp tác xã và cả giám đốc của họ. tiền thưởng hợp tác "
        "xã (tập thể) và giám đốc (cá nhân) mỗi bên bao nhiêu"
    )
    assert reading is not None
    assert all(p.attr != "decides" for p in reading.pairs), reading.pairs
    assert any(p.attr == "money" and p.subject == "ca_nhan" for p in reading.pairs), reading.pairs
