"""Task h277 (stop 36): who decides, signs, reviews or proposes, against the one a question names.

- A mass organisation, a steering committee or an organising board claimed to sign or decide
  the xã's award: the Chủ tịch UBND xã decides (Luật 2022 Điều 80 khoản 3; NĐ 129/2025 Điều 59).
- A firm asked whether it decides itself "hay phải trình chủ tịch xã": the first option is the
  claim, and the director decides (Điều 80 khoản 4).
- "trưởng thôn ký giấy công nhận": who signs the title, not a paper of the dossier.
- The xã's council claimed to review ("tự xét"): its role (Điều 90 khoản 4), "Có".
- The police's CSTĐCS, LĐTT "được UBND xã xét": the ministry sets who awards (Điều 80 khoản 5).
- The province detailing a standard the fact says it details (Điều 75 khoản 2): "Có".
- The decision asked to go ahead past the publicity step told skipped (NĐ 86/2023): "Không".
- The chairman of a phường or đặc khu is the commune level's chairman.
- A provincial department claimed to give the commune's schools their awards: "Không".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chi hội phụ nữ xã có được tự ký giấy khen cho hội viên không",
        "Ban chỉ đạo chuyển đổi số xã tự ra quyết định tặng giấy khen cho các tổ được không ạ",
        "nghe noi chu tich MTTQ phuong ky GK cho ho gia dinh tieu bieu luon, dung k",
        "doan thanh nien xa co quyen ky GK cho doan vien k",
        "Hội Cựu chiến binh xã có được ký quyết định khen thưởng hội viên không hay phải đề nghị",
        "ban to chuc hoi thi co dc tu ky giay khen cho cac doi dat giai khong",
        # "mặt trận" folds like "mất" (a loss): no denial reported to turn round
        "nghe nói mặt trận phường có quyền quyết định công nhận gia đình văn hóa, đúng không",
    ],
)
def test_mass_organisation_claimed_to_sign(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text and "đề nghị" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Mặt trận xã đề nghị, chủ tịch xã ký giấy khen, đúng không", "Có"),
        ("hội nông dân xã được tặng giấy khen không", "Có"),
    ],
)
def test_mass_organisation_proposing_or_given(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "e la giam doc HTX nong nghiep, nam nay HTX lam duong noi dong cung xa trong NTM, xa hua"
        " se khen HTX. e muon hoi HTX co tu xet LDTT cho nguoi lao dong cua HTX dc k hay phai"
        " trinh chu tich xa ky",
        "tôi là giám đốc HTX dịch vụ, năm nay HTX cùng xã làm kênh mương trong nông thôn mới, xã"
        " hứa sẽ khen HTX. Tôi muốn hỏi HTX có tự xét CSTĐCS cho người lao động của HTX được"
        " không hay phải trình chủ tịch xã ký",
        "giam doc cong ty o xa, nam nay cong ty lam duong cung xa, xa hua se khen cong ty. e hoi"
        " cong ty co tu xet LDTT cho cong nhan cua cong ty dc k hay phai trinh chu tich xa ky",
        "HTX e nam nay nao vet kenh cung xa, xa noi se tang giay khen cho HTX. Cho e hoi HTX co"
        " tu xet LDTT, CSTDCS cho xa vien dc ko hay phai trinh chu tich UBND xa ky",
        "HTX có được tự xét LĐTT cho xã viên không hay phải trình chủ tịch xã ký",
    ],
)
def test_firm_acting_itself_is_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Gia đình văn hóa do trưởng thôn ký giấy công nhận đúng không",
        "truong thon ky giay chung nhan gia dinh van hoa cho cac ho, dung ko",
        "to truong to dan pho co dc ky giay cong nhan GDVH k",
        "nghe noi nam nay truong thon ky giay cong nhan GDVH, co dung k ad",
        "GĐVH do trưởng thôn kí giấy công nhận phải không, danh sách công khai bao lâu",
    ],
)
def test_village_head_signing_the_certificate(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định công nhận" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "hội đồng TĐKT huyện trước đây xét khen cho xã, bây giờ hội đồng TĐKT xã có tự xét"
            " được không",
            "Có",
        ),
        ("truoc day hoi dong TDKT huyen xet khen cho xa, nay hoi dong TDKT xa tu xet duoc k", "Có"),
        (
            "trước kia hội đồng thi đua huyện xét khen thưởng cho phường, nay hội đồng thi đua"
            " phường có được tự xét không ạ",
            "Có",
        ),
        (
            "hoi dong thi dua khen thuong huyen truoc xet khen cho xa, nay hoi dong thi dua khen"
            " thuong xa co tu xet duoc khong",
            "Có",
        ),
        ("hội đồng thi đua xã có được quyết định tặng giấy khen không", "Không"),
        ("hoi dong TDKT xa ky GK dc k", "Không"),
        ("HD TDKT xa binh xet xong la xong, k can chu tich ky nua dung k", "Không"),
    ],
)
def test_council_reviews_but_does_not_decide(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tham mưu" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Anh bên công an xã hỏi: chiến sĩ công an xã có được UBND xã xét CSTĐCS không",
        "chiến sĩ công an xã có được UBND xã xét LĐTT không",
        "ha si quan cong an xa co dc UBND xa xet CSTDCS k a",
        "can bo cong an xa chinh quy co dc xa xet chien si thi dua co so k",
        "đồng chí công an xã có được xã xét CSTĐCS không ạ",
    ],
)
def test_police_titles_reviewed_by_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Bộ Công an" in text, text


def test_police_giay_khen_stays_the_xa(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "cong an xa co dc UBND xa tang giay khen k", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "tiêu chuẩn giấy khen của chủ tịch xã do tỉnh quy định chi tiết đúng không",
        "tieu chuan GK cua chu tich UBND xa do UBND tinh quy dinh chi tiet phai k",
        "nghe nói tiêu chuẩn tặng giấy khen xã do UBND tỉnh quy định, đúng không",
        "Tiêu chuẩn GK xã là do UBND tỉnh quy định chi tiết à",
        "tieu chuan giay khen chu tich phuong do tinh quy dinh chi tiet dung ko",
        "tieu chuan xet GK cua xa do ubnd tinh quy dinh cu the dung k",
    ],
)
def test_province_details_giay_khen_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    # the criteria block itself opens with the verdict, not a later block on procedures
    assert text.split("\n")[1].startswith("Có. "), text
    assert "do tỉnh quy định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thôn đã họp bình xét gia đình văn hóa nhưng chưa niêm yết danh sách, chủ tịch xã ký"
        " quyết định công nhận luôn được không",
        "xa chua cong khai lay y kien danh sach thon van hoa, chu tich ky qd cong nhan ngay dc k a",
        "danh sách GĐVH chưa lấy ý kiến người dân, xã có được ra quyết định công nhận luôn không",
        "thon chua niem yet cong khai ma xa van cong nhan GDVH duoc khong",
        "Thôn đạt thôn văn hóa, xã chưa công khai lấy ý kiến vì gấp, chủ tịch muốn ký quyết định"
        " luôn cho kịp, có được không ạ",
    ],
)
def test_decision_past_a_skipped_publicity(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "10 ngày" in text, text
    assert "Có. Chủ tịch UBND xã" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tổ dân phố gửi hồ sơ GĐVH lên phường, chủ tịch UBND phường ký quyết định công nhận"
        " đúng không",
        "cán bộ phường nói chủ tịch phường ký QĐ công nhận tổ dân phố văn hóa, đúng k",
        "can bo van hoa dac khu bao chu tich dac khu ky QD cong nhan GDVH dung ko",
        "tổ dân phố em gửi GĐVH lên phường, anh cán bộ phường nói chủ tịch UBND phường ký QĐ, đúng"
        " không",
        "cong chuc van phong phuong bao chu tich phuong ky GK, dung k",
    ],
)
def test_ward_chairman_is_the_commune_level(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "truoc gv THCS dc chu tich huyen khen, gio nghe noi phai len so GD xin giay khen, dung k",
        "giáo viên trường tiểu học giờ phải lên sở giáo dục xin giấy khen đúng không",
        "truoc gv mam non dc huyen khen, nay so GD ky giay khen dung k",
        "Cô giáo mầm non đạt LĐTT thì giám đốc sở giáo dục ký quyết định, đúng không",
        "giáo viên THCS đạt LĐTT, giờ giám đốc sở GD ký quyết định đúng không",
    ],
)
def test_department_claimed_for_commune_schools(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "e la thanh vien hoi dong, 1 truong hop dc de nghi CSTDCS nhung nam nay k dat LDTT vi"
            " bi canh cao, hoi dong co bieu quyet thong qua dc k",
            "Không",
        ),
        (
            "chi B bi ky luat canh cao nam nay, hoi dong TDKT co the bieu quyet thong qua CSTDCS"
            " cho chi ay k",
            "Không",
        ),
        (
            "Đồng chí C bị kỷ luật cảnh cáo năm 2026, Hội đồng thi đua xã biểu quyết thông qua"
            " danh hiệu Lao động tiên tiến cho đồng chí có được không",
            "Không",
        ),
        (
            "cán bộ mới tuyển dụng được 4 tháng, hội đồng biểu quyết thông qua LĐTT được không",
            "Không",
        ),
        (
            "hội đồng có biểu quyết thông qua LĐTT cho người hoàn thành tốt nhiệm vụ không",
            "Có",
        ),
    ],
)
def test_vote_cannot_pass_a_barred_case(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if verdict == "Không":
        assert "không biểu quyết thông qua" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thành tích năm 2025 nhưng tháng 8/2026 chủ tịch mới ký QĐ giấy khen, kế toán tính theo"
        " lương cơ sở của năm thành tích, đúng không",
        "thu quy bao tien thuong GK tinh theo luong co so cua nam dat thanh tich la dung k, hay"
        " theo ngay ky qd",
        "tiền thưởng LĐTT tính theo lương cơ sở của năm có thành tích phải không ad",
    ],
)
def test_base_of_the_deed_year_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    # a stand-in note ("kế toán … không ký thay") no longer opens these: the claim is judged
    text = ask_verdict(officer_kb, question, "Không")
    assert "ngày ký quyết định" in text and "không ký thay" not in text, text
