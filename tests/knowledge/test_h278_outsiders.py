"""Task h278 (stop 36): people and bodies outside the State (firms, cooperatives, their workers,
farmers, traders, charities) and a whole category claimed barred.

- "nông dân / công nhân không có danh hiệu thi đua nào": Luật Thi đua, khen thưởng 2022 Điều 24
  khoản 3 gives them Lao động tiên tiến (lao động, sản xuất có hiệu quả).
- "chỉ nhà nước / UBND xã mới tặng …", "doanh nghiệp chỉ được thưởng tiền", "HTX … không được tự
  tặng": the director of a firm or cooperative decides its people's LĐTT, CSTĐCS, TTLĐTT (Điều 80
  khoản 4).
- "chỉ đoàn thể mới được khen", "không bao giờ được bằng khen": anyone with achievements may be
  commended (Điều 3, Điều 74, Điều 75).
- a firm told by its works ("nhà máy", "phân xưởng", "xã viên") is a firm: its director decides;
  it sets its own registration; its director cancels the award he gave (Điều 93 khoản 8).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chú trưởng xóm bảo nông dân thì chẳng có danh hiệu thi đua nào đâu, chỉ có giấy "
        "khen, đúng k",
        "nghe noi cong nhan cty tu nhan k duoc danh hieu thi dua gi ca, co dung khong",
        "Bà con làm ruộng không phải cán bộ nên không có danh hiệu cá nhân nào, vậy có đúng "
        "không ạ",
        "co nguoi noi xa vien HTX k co danh hieu thi dua ca nhan nao, chi duoc thuong tien, dung k",
        "tiểu thương ở chợ xã không bao giờ được danh hiệu thi đua gì, phải không ạ",
    ],
)
def test_category_denied_every_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ke toan cty bao chi UBND xa moi dc tang LDTT, doanh nghiep chi duoc thuong tien, dung k",
        "Có người nói chỉ cơ quan nhà nước mới được tặng Chiến sĩ thi đua cơ sở, công ty thì "
        "không, đúng không ạ",
        "nghe đâu hợp tác xã là đơn vị kinh tế tập thể nên không được tự tặng danh hiệu, "
        "phải nhờ xã, đúng k",
        "HTX e nghe bao vi k phai co quan nha nuoc nen k co quyen tu tang LDTT, dung ko",
        "chỉ chính quyền mới có quyền tặng danh hiệu thi đua, doanh nghiệp chỉ được khen bằng "
        "tiền thôi, đúng không",
    ],
)
def test_state_claimed_the_only_giver(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Không." in text.split("\n\n")[0] or text.split("\n", 2)[1].startswith("Không."), text
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "anh văn hóa xã bảo chỉ các đoàn thể chính trị mới được khen, nhóm thiện nguyện của "
        "tôi thì không, có đúng k",
        "nghe noi nguoi buon ban k bao gio duoc bang khen, dung k",
        "người ta bảo chỉ cơ quan nhà nước mới được khen, hội từ thiện thì không, đúng không",
        "nghe noi ho kinh doanh k bao gio dc khen, dung k",
        "Có ý kiến cho rằng chỉ cán bộ mới được khen, người dân thì không, đúng không ạ",
    ],
)
def test_outsiders_claimed_never_commended(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã tặng Giấy khen" in text, text


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("nha may e lam tot an toan lao dong, giam doc co quyen tang CSTDCS cho to truong k", ""),
        ("Xí nghiệp may của tôi muốn tặng LĐTT cho công nhân, giám đốc ký được không", ""),
        ("phân xưởng 2 đạt thành tích tốt, giám đốc có quyền tặng TTLĐTT cho phân xưởng k", ""),
        ("to san xuat cua cty, giam doc co duoc tang TTLDTT cho to khong", ""),
        ("xã viên làm tốt, đạt LĐTT rồi, CSTĐCS thì ai ký", "Giám đốc doanh nghiệp"),
    ],
)
def test_firm_told_by_its_works(officer_kb: KnowledgeBase, question: str, title: str) -> None:
    text = ask(officer_kb, question) if title else ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text.split("\n\n")[0] + text, text
    assert "Chủ tịch UBND xã quyết định tặng danh hiệu" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "cong ty e co phai dang ky thi dua cho nhan vien k",
        "Doanh nghiệp tư nhân có phải đăng ký thi đua với UBND xã không ạ",
        "HTX có bắt buộc đăng ký thi đua cho xã viên không",
        "cty TNHH cua toi co can dang ky thi dua cho cong nhan voi xa khong",
        "nhà máy có cần đăng ký thi đua cho công nhân với phường không",
    ],
)
def test_firm_registration_is_its_own(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert text.count("**Đăng ký thi đua") == 1, text
    first = text.split("\n\n")[0]
    assert "chính doanh nghiệp, hợp tác xã" in first, text
    assert "của UBND tỉnh (luật không quy định chung)" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "e la giam doc HTX, xa vien khai gian de duoc LDTT, HTX da trao roi, ai co quyen huy",
        "Tôi là giám đốc công ty, phát hiện công nhân gian dối để được CSTĐCS, ai hủy quyết định",
        "cong ty da tang LDTT cho 1 nhan vien khai man thanh tich, ai thu hoi",
        "HTX đã trao danh hiệu CSTĐCS cho xã viên nhưng hồ sơ làm giả, ai có quyền hủy bỏ",
        "minh lam giam doc doanh nghiep, nhan vien gian doi de dc LDTT, ai huy quyet dinh",
    ],
)
def test_firm_own_revoker(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    block = next(b for b in text.split("\n\n") if "Hủy bỏ, thu hồi" in b)
    assert "Giám đốc (người đứng đầu) doanh nghiệp, hợp tác xã" in block, text
    assert not block.split("\n", 1)[1].startswith("Chủ tịch UBND xã"), text


@pytest.mark.parametrize(
    "question",
    [
        "cty von Han Quoc, giam doc nguoi Han co quyen tang giay khen cho cong nhan k",
        "Công ty Hàn Quốc trên địa bàn, tổng giám đốc người Hàn tặng LĐTT cho công nhân được không",
        "doanh nghiep Han Quoc o xa, giam doc co duoc tu tang CSTDCS k",
        "nha may cua nguoi Han o xa minh, giam doc ky tang LDTT cho nhan vien dc k",
        "giám đốc người Hàn của công ty có được ký giấy khen cho công nhân Việt không",
    ],
)
def test_korea_is_no_deadline(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Thời hạn" not in text.split("\n\n")[0], text
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("to san xuat 10 nguoi, 4 nguoi dat LDTT, giam doc tang TTLDTT cho to dc k, ai ky", "40 %"),
        ("phân xưởng có 20 công nhân, 6 người đạt LĐTT, xin TTLĐTT được không, ai ký", "30 %"),
        (
            "xưởng của nhà máy 12 người, 5 người đạt LĐTT, giám đốc tặng TTLĐTT dc ko, "
            "ai quyết định",
            "42 %",
        ),
        ("HTX co to san xuat 9 xa vien, 3 nguoi dat LDTT, tang TTLDTT cho to dc k, ai ky", "33 %"),
        (
            "tổ sản xuất của công ty 8 người, 2 người đạt LĐTT, giám đốc có tặng TTLĐTT được "
            "không, ai ký",
            "25 %",
        ),
    ],
)
def test_firm_team_share_before_signer(
    officer_kb: KnowledgeBase, question: str, share: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert share in text.split("\n\n")[0], text
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text
