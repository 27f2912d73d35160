"""Task h318 (stop 38): the province's matters asked of the asker's own unit, generalised.

Luật Thi đua, khen thưởng 2022 sets no national cap on LĐTT or CSTĐCS (the 15 % of NĐ 91/2017 is
repealed; domain.md §2.11), and no share of votes; a province's quy chế may set either. Asked of
the asker's own unit ("HTX e có bị giới hạn …", "trường tui phải theo …", "trung tâm 12 người …
có bị giới hạn không") the answer opens "Tùy quy chế … tỉnh" with what the law says; a figure
told in another clause is an example or hearsay, not the ask. A bare hearsay figure claimed as
the rule, or a figure in the asking clause itself, stays "Không." with the province named
(settled rule, stop 35). A collective's share asked as met ("trạm đủ tỉ lệ không") is the
collective title's minimum (Luật 2022 Điều 28: trên 50 %), not an individual title's cap. A
vote named with a share ("bỏ phiếu … cần trên 50 %") is the share of votes (Tùy)."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # the unit's cap asked in a clause with no figure; the figure an example or hearsay
        "HTX tui co bi gioi han so nguoi dat CSTDCS k, nghe dau phai duoi 15%",
        "Trường mầm non chúng tôi có bị giới hạn số CSTĐCS không, ví dụ chỉ được 15% số LĐTT",
        "tram y te minh xet LDTT co bi khong che so luong ko, nghe ns toi da 70%",
        # the unit's head-count told, then the cap asked
        "trung tâm văn hóa xã 15 người, đề nghị cả 15 LĐTT được không, có bị giới hạn không",
        "co bi gioi han ti le LDTT k ad, co quan xa 25 nguoi thi dc toi da may nguoi",
        # whether the unit must keep to a cap heard of
        "nghe đâu CSTĐCS bị khống chế 15% số LĐTT, trạm y tế tụi em có phải áp dụng không",
        "nghe noi LDTT bi gioi han 70% bien che, trung tam minh co bat buoc theo k",
        "so CSTDCS cua HTX co phai theo ti le tinh quy dinh k",
    ],
)
def test_own_unit_cap_is_the_provinces(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "quy chế" in first and "tỉnh" in first, text
    assert "không khống chế" in first, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a bare hearsay figure claimed as the rule: the settled "Không." with the province
        # (stop 42: the figure is the repealed national one, NĐ 91/2017; task h390's "Tùy"
        # is kept for a cap asked with no figure, as the last case below)
        ("nghe nói CSTĐCS chỉ được tối đa 15% số LĐTT, đúng không", "Không"),
        ("nghe noi ldtt toi da chi 80% bien che, dung k ad", "Không"),
        # a figure in the asking clause itself
        ("truong minh 40 gv, so CSTDCS co bi gioi han 15% so LDTT ko", "Không"),
        # the law named
        ("HTX e co bi gioi han CSTDCS k, nghe noi luat quy dinh 15%", "Không"),
        # where the asker lives is who asks, no unit asked of: a bare cap asked, "Tùy" under the
        # lead's settled policy of stop 46 (was "Không", task h476), the same facts said
        ("mình ở thôn 3, LĐTT có bị khống chế tỷ lệ không", "Tùy"),
    ],
)
def test_figure_claimed_as_the_rule_stays_no(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Tỉnh có thể quy định" in first, text
    assert "91/2017" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "e la tram truong tram y te. tram 6 nguoi, 4 nguoi LDTT, 1 bac si co sang kien. e muon de"
        " nghi tram TTLDTT va bac si CSTDCS. tram du ti le k, bac si can gi nua",
        "Trường tôi 20 giáo viên, 12 người đạt LĐTT. Muốn đề nghị trường TTLĐTT và cô Lan"
        " CSTĐCS. Trường đã đủ tỉ lệ chưa?",
        "to san xuat 10 nguoi, 7 nguoi LDTT, 1 nguoi co sang kien, de nghi to TTLDTT, anh kia"
        " CSTDCS, vay to co dat ti le k",
        "phòng em 8 người, 5 LĐTT; đề nghị phòng TTLĐTT và chị trưởng phòng CSTĐCS thì phòng có"
        " đủ tỷ lệ không",
        "ban qlcho 9 nguoi, 6 nguoi dat LDTT, xin TTLDTT cho ban va CSTDCS cho 1 chi, ban du ti le"
        " chua ad",
    ],
)
def test_share_met_is_the_collectives(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Tập thể lao động tiên tiến" in first, text
    assert "50 %" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "hoi dong thi dua cty bo phieu CSTDCS can tren 50% la dc dung k",
        "HTX bỏ phiếu xét LĐTT chỉ cần quá 50% là đạt phải không",
        "hội đồng trường bỏ phiếu CSTĐCS phải được 70% mới qua hả ad",
        "trạm y tế bỏ phiếu bình LĐTT phải trên 60% số người dự đúng ko",
        "xa e bo phieu TTLDTT cho thon can dat 80% k",
    ],
)
def test_vote_share_with_a_figure_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỷ lệ phiếu" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "cô giáo trường em bị loại khỏi danh sách LĐTT do chưa đăng ký thi đua, vậy đăng ký có"
        " bắt buộc không",
        "tram e k duoc de nghi TTLDTT vi chua dang ky thi dua dau nam, vay co dung k",
        "a Nam bi loai khoi ds CSTDCS tai k nop dang ky thi dua, dang ky co bat buoc ko",
        "thôn em không được xét thôn văn hóa vì quên đăng ký thi đua, như vậy đúng không ạ",
        "truong mn bi loai khoi xet TTLDTT vi khong dang ky thi dua, vay co dung khong",
    ],
)
def test_loss_for_registration_lacked_is_the_provinces(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = text.split("\n\n")[0]
    assert "quy chế" in first and "tỉnh" in first, text
    assert "Luật 2022 bỏ đăng ký thi đua" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tinh e co quy dinh rieng ti le CSTDCS, vay HTX co phai lam theo k",
        "tỉnh tôi có quy chế riêng về tỉ lệ LĐTT, trạm y tế có phải làm theo không",
        "quy che cua tinh gioi han CSTDCS 20% so LDTT thi trung tam minh co bat buoc ap dung k",
        "Tỉnh ban hành quy chế khống chế tỉ lệ CSTĐCS, trường mầm non có phải thực hiện không ạ",
        "tinh minh quy dinh ti le LDTT toi da 80%, don vi su nghiep cua xa co phai theo ko",
    ],
)
def test_provinces_own_cap_told_binds_the_unit(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "quy chế thi đua, khen thưởng của UBND tỉnh" in first, text
    assert "luật thì không khống chế" in first, text
