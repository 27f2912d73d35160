"""Task h323 (stop 38, issue 11): deciders, firms, unit heads and the state's honours.

- the district's form asked to exist still ("giấy khen cấp huyện giờ còn không"), or its powers
  claimed gone up to the province ("giờ lên tỉnh hết"): "Không" (NĐ 129/2025 Điều 59); the
  xã's own power put first in an either-or with the province after "hay": "Có";
- a unit head who introduces herself and then asks to sign herself: "Không" (Luật 2022 Điều 80
  khoản 3);
- a firm told by its workers, its board or "cty e": the director decides for its own people, the
  board's chair gives giấy khen only (Điều 80 khoản 4);
- a state honour's revoker named after "bị tước … thì", or the honour claimed a province's own:
  "Không", the Chủ tịch nước strips it (Điều 93 khoản 7); a state honour told to exist: "Có",
  a danh hiệu vinh dự nhà nước (Điều 59 khoản 2);
- the level a proposal went to, put up as "đúng cấp / đúng thẩm quyền": judged against the
  title's decider;
- a firm claimed to give a culture title, or a school head claimed to sign the xã's giấy khen:
  "Không" (Điều 80 khoản 3, 4).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("giấy khen cấp huyện bây giờ còn không hay xã tặng luôn", "Không", "01/7/2025"),
        ("Giay khen cua chu tich huyen nam nay con ko a", "Không", "Chủ tịch UBND xã"),
        (
            "danh hiệu CSTĐCS của huyện giờ còn nữa không hay chuyển về xã hết rồi",
            "Không",
            "01/7/2025",
        ),
        ("cho hỏi giấy khen huyện năm 2026 còn k", "Không", "Chủ tịch UBND xã"),
        ("thôn văn hóa cấp huyện hiện nay còn không", "Không", "01/7/2025"),
        ("bỏ huyện rồi thì LĐTT giờ lên tỉnh hết đúng không", "Không", "không chuyển lên tỉnh"),
        (
            "bỏ cấp huyện rồi giấy khen cho giáo viên nay lên tỉnh hết phải k",
            "Không",
            "không chuyển lên tỉnh",
        ),
        (
            "bo huyen roi TTLDTT cho truong ai ky, nghe noi bay gio len tinh het, dung ko",
            "Không",
            "không chuyển lên tỉnh",
        ),
        (
            "sau sap nhap xa co dc tu ky CSTDCS cho giao vien k hay phai xin y kien tinh",
            "Có",
            "Chủ tịch UBND xã",
        ),
        (
            "xã em mới sáp nhập từ 2 xã của huyện cũ, xã có được tự quyết định TTLĐTT cho các "
            "trường trực thuộc không hay phải xin ý kiến tỉnh",
            "Có",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_reform_block_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Tôi là hiệu trưởng THCS của xã, tôi tự ký giấy khen cho học sinh được không",
        "em la giam doc trung tam dich vu tong hop xa, em tu ky LDTT cho nhan vien dc k",
        "mình là trưởng trạm y tế xã, mình tự công nhận LĐTT cho y sĩ được không",
        "Em là hiệu trưởng trường mầm non xã, em tự ký QĐ công nhận LĐTT cho giáo viên được ko",
        "Giám đốc trung tâm văn hóa thể thao xã có được tự ký LĐTT cho viên chức không",
    ],
)
def test_unit_head_signing_herself(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("cty minh tang LDTT cho 20 cong nhan roi, xa co phai ky nua k", "Không", "Giám đốc"),
        ("ad oi cty e tang CSTDCS cho 5 cong nhan roi, xa co phai ky lai k", "Không", "Giám đốc"),
        (
            "chủ tịch HĐTV có được tặng LĐTT cho người lao động không hay chỉ tặng giấy khen",
            "Không",
            "chỉ quyết định tặng giấy khen",
        ),
        (
            "chu tich HDQT co tang CSTDCS dc k hay chi tang giay khen",
            "Không",
            "chỉ quyết định tặng giấy khen",
        ),
        (
            "nghe noi chu tich HDTV chi duoc tang giay khen, con LDTT cho cong nhan do giam "
            "doc tang, dung k",
            "Có",
            "Giám đốc",
        ),
        (
            "pháp chế bảo chủ tịch HĐQT chỉ được tặng giấy khen, còn CSTĐCS cho trưởng phòng "
            "thì giám đốc tặng, phải không",
            "Có",
            "Giám đốc",
        ),
    ],
)
def test_firm_told_without_a_company_word(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Nhà giáo ưu tú bị tước danh hiệu thì UBND tỉnh quyết định phải không", "Không"),
        ("Thầy thuốc ưu tú bị tước danh hiệu thì Bộ Y tế quyết định đúng k", "Không"),
        ("Nghệ sĩ nhân dân bị tước danh hiệu thì do chủ tịch nước quyết định đúng không", "Có"),
        ("anh hung lao dong bi tuoc danh hieu thi ubnd tinh quyet dinh a", "Không"),
        ("nghe noi Nha giao nhan dan chi la danh hieu cua tinh, ai co quyen tuoc, dung k", "Không"),
    ],
)
def test_state_honour_revoker(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch nước quyết định tước" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "có danh hiệu Nghệ sĩ ưu tú không ad",
        "nghe nói nhà nước có danh hiệu Thầy thuốc ưu tú, đúng ko",
        "ong e lam nghe 40 nam, nghe noi co danh hieu nghe nhan nhan dan phai k",
        "Có danh hiệu Nhà giáo nhân dân không ạ",
        "nghe noi co dh Nghe nhan uu tu dung k",
    ],
)
def test_state_honour_told_to_exist(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "là danh hiệu vinh dự nhà nước" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "trường tiểu học đề nghị chủ tịch UBND tỉnh tặng LĐTT cho giáo viên, như vậy có "
            "đúng thẩm quyền không",
            "Không",
        ),
        ("xa de nghi chu tich tinh tang GDVH cho ho dan, dung cap chua", "Không"),
        ("Phòng văn hóa đề nghị chủ tịch UBND xã tặng giấy khen cho thôn, đúng cấp chưa", "Có"),
        (
            "Em là công chức xã. Xã đề nghị Chủ tịch UBND tỉnh tặng CSTĐCS cho em. Vậy có đúng "
            "thẩm quyền không?",
            "Không",
        ),
        (
            "Trạm y tế xã đề nghị UBND tỉnh tặng Tập thể lao động tiên tiến, đề nghị vậy đúng "
            "cấp chưa ạ",
            "Không",
        ),
    ],
)
def test_level_proposed_to(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Chủ tịch UBND xã quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("HTX tự công nhận gia đình văn hóa cho xã viên có được không", "Điều 80 khoản 4"),
        ("cong ty tu cong nhan thon van hoa cho thon minh dc k", "Điều 80 khoản 4"),
        ("doanh nghiệp tự tặng danh hiệu GĐVH cho công nhân được không", "Điều 80 khoản 4"),
        (
            "chau em duoc xa khen vi nhat duoc cua roi tra lai, nghe noi GK do hieu truong ky, "
            "dung k",
            "Chủ tịch UBND xã quyết định",
        ),
        (
            "con tôi được chủ tịch xã tặng giấy khen, nghe nói giấy khen đó do hiệu trưởng ký "
            "phải không",
            "Chủ tịch UBND xã quyết định",
        ),
    ],
)
def test_claimed_giver_is_not_the_decider(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert fact in text.split("\n\n")[0], text
