"""Task h242 (stop 34): the title asked is not pushed out by a title held or an unasked part.

Luật 2022 Điều 23: Chiến sĩ thi đua cơ sở needs the LĐTT standard and hoàn thành xuất sắc nhiệm
vụ, or a sáng kiến, or a đề tài: a title told as held ("đạt LĐTT") after the title put up
("đề nghị CSTĐCS cho …") is a condition of the one put up, not the title asked. Điều 80 khoản
4: the director of a firm or a cooperative decides its own LĐTT and CSTĐCS; a part the
question asks no yes/no of must not open with a verdict against the one asked.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "trường đề nghị Chiến sĩ thi đua cơ sở cho cô giáo Lan, cô hoàn thành xuất sắc nhiệm vụ, "
        "đạt Lao động tiên tiến, chưa có sáng kiến, có được không",
        "hoi nong dan de nghi CSTDCS cho chi hoi truong, hoan thanh xuat sac nv, dat LDTT, "
        "k sang kien, dc ko",
        "đoàn xã xét CSTĐCS cho bí thư chi đoàn, hoàn thành xuất sắc nhiệm vụ, đạt LĐTT, không "
        "có sáng kiến, được không",
        "truong de nghi CSTDCS cho thay Nam, dat LDTT, hoan thanh xuat sac nhiem vu, k co sang "
        "kien, duoc k, thuong bn",
        "mặt trận đề nghị CSTĐCS cho trưởng ban công tác mặt trận thôn, htxs, đạt LĐTT, ko sáng "
        "kiến, được k",
    ],
)
def test_a_held_title_after_the_one_put_up_is_its_condition(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert first.startswith("**Chiến sĩ thi đua cơ sở") and "Điều 23" in first, text


def test_a_held_title_with_a_duty_level_short_keeps_the_no(officer_kb: KnowledgeBase) -> None:
    # only hoàn thành tốt, no sáng kiến: the CSTĐCS route told is missing (Điều 23 khoản 2)
    text = ask_verdict(
        officer_kb,
        "tram y te de nghi CSTDCS cho y si Hoa, hoan thanh tot nhiem vu, dat LDTT, khong sang "
        "kien, dc k",
        "Không",
    )
    assert text.startswith("**Chiến sĩ thi đua cơ sở"), text


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi giam doc cty chi dc tang LDTT, con CSTDCS phai xin tinh, dung k",
        "nghe nói giám đốc hợp tác xã chỉ được tặng Lao động tiên tiến, còn Chiến sĩ thi đua cơ "
        "sở phải xin tỉnh, đúng không",
        "giam doc doanh nghiep chi tang dc TTLDTT thoi, con CSTDCS thi phai trinh tinh, dung k a",
        "co nguoi bao tong giam doc cong ty chi ky dc LDTT, CSTDCS thi phai xin tinh ky, dung ko",
        "nghe noi giam doc htx chi duoc tang giay khen, con LDTT phai xin tinh, dung k",
    ],
)
def test_an_unasked_part_does_not_open_against_the_asked_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc" in text and "Điều 80" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "pho chu tich xa ky quyet dinh khen thay chu tich duoc k",
        "bí thư đảng ủy phường ký quyết định khen thưởng thay chủ tịch UBND phường được không",
        "cong chuc van hoa ky quyet dinh khen thay chu tich xa dc ko",
        "chu tich HDND phuong ky qd khen cho to dan pho dc k",
        "e la pho chu tich dac khu, chu tich di cong tac, e ky quyet dinh khen thay chu tich dc k",
    ],
)
def test_a_signing_claim_naming_no_title_is_answered(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # the xã's awards are decided and signed by the Chủ tịch UBND xã (Luật 2022 Điều 80 khoản
    # 3; NĐ 129/2025 Điều 59), whatever award the question leaves unnamed
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text and "Điều 80" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ong Ba da nhan bang khen tinh vi cuu nguoi, phuong co khen them giay khen cho cung viec "
        "do dc k",
        "cô giáo Hà đã được bằng khen của chủ tịch tỉnh vì thành tích chống dịch, xã có tặng thêm "
        "giấy khen cho đúng thành tích đó không",
        "doanh nghiep da nhan bang khen tinh vi ung ho lu, xa co trao them giay khen cho chinh "
        "dot ung ho nay k",
        "ông Hải đã nhận Bằng khen của Chủ tịch UBND tỉnh vì hiến đất, phường có khen thêm giấy "
        "khen cho chính việc đó được không",
        "chi hoi phu nu da duoc bang khen tinh vi phong trao nuoi heo dat, xa co tang them giay "
        "khen cho cung thanh tich do k",
    ],
)
def test_a_form_received_does_not_take_the_further_form_asked(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # one achievement, one form (Luật 2022 Điều 5 khoản 2 điểm c): the Bằng khen told as
    # received is no "who decides" question of its own
    text = ask_verdict(officer_kb, question, "Không")
    assert text.startswith("**Một thành tích**") and "Điều 5" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "anh Tuan dat CSTDCS 3 lan lien tiep nhung sang kien chi cap xa cong nhan thi co len "
            "CSTD tinh dc k",
            "Không",
        ),
        (
            "cong chuc dia chinh 3 lan lien tuc CSTDCS, sang kien chi co so, xet CSTD tinh duoc "
            "khong",
            "Không",
        ),
        (
            "giáo viên 3 lần liên tục CSTĐCS, có sáng kiến chỉ cấp cơ sở, xét CSTĐ tỉnh được không",
            "Không",
        ),
        (
            "cô Lan 3 năm liền CSTĐCS, sáng kiến mới được trường công nhận, có đề nghị CSTĐ cấp "
            "tỉnh được không",
            "Không",
        ),
        (
            "chi Hoa 3 nam lien CSTDCS nhung sang kien chi dc co so cong nhan, de nghi CSTD tinh "
            "dc ko",
            "Không",
        ),
        (
            "bac si co 3 nam lien CSTDCS va sang kien co pham vi anh huong trong tinh, de nghi "
            "CSTD tinh dc k",
            "Có",
        ),
    ],
)
def test_an_initiative_recognised_only_at_the_base_falls_short_of_the_province(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    # CSTĐ tỉnh: 03 lần liên tục CSTĐCS and a sáng kiến with a reach in the province (Luật
    # 2022 Điều 22 khoản 1); the met part's "Có." does not answer the whole
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert "Điều 22" in text, text
