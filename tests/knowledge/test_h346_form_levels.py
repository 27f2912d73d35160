"""Task h346 (stop 39): the forms by level, asked in an officer's own words.

Above the xã's giấy khen is the Bằng khen of the province's chairman (Luật Thi đua, khen thưởng
2022 Điều 74, 79: the xã proposes, through the Sở Nội vụ); above LĐTT, Chiến sĩ thi đua cơ sở;
above that, Chiến sĩ thi đua cấp tỉnh (Điều 22, 23). The xã gives no Bằng khen of its own
(Điều 80 khoản 3: its chairman gives the giấy khen). A claim that only one kind of firm may
commend its own workers (Điều 80 khoản 4 gives every firm's head the power) or that only the
province's Bằng khen is left after the district went (NĐ 129/2025 Điều 59: the giấy khen went to
the xã's chairman) is wrong."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "upper"),
    [
        (
            "ngoài giấy khen xã ra thì còn hình thức nào cao hơn không, ai quyết định",
            "Bằng khen của Chủ tịch UBND tỉnh",
        ),
        ("Ngoai gk cua xa thi hinh thuc cao hon la gi", "Bằng khen của Chủ tịch UBND tỉnh"),
        (
            "chị ấy được giấy khen xã năm 2025, nếu muốn đề nghị hình thức cao hơn "
            "thì là gì, ai ký",
            "Bằng khen của Chủ tịch UBND tỉnh",
        ),
        (
            "thôn em được giấy khen của chủ tịch xã rồi, muốn xin khen cao hơn thì hồ sơ gửi đâu",
            "Bằng khen của Chủ tịch UBND tỉnh",
        ),
        (
            "con tôi được xã tặng giấy khen rồi, giờ muốn khen cao hơn thì xin hình thức gì",
            "Bằng khen của Chủ tịch UBND tỉnh",
        ),
        (
            "anh ấy đạt LĐTT, nếu muốn đề nghị danh hiệu cao hơn thì tiêu chuẩn là gì",
            "Chiến sĩ thi đua cơ sở",
        ),
        ("đã có CSTĐCS, muốn lên danh hiệu cao hơn thì cần gì", "Chiến sĩ thi đua cấp tỉnh"),
    ],
)
def test_next_form_up_is_answered(officer_kb: KnowledgeBase, question: str, upper: str) -> None:
    text = ask(officer_kb, question)
    assert f"**{upper}" in text, text


def test_own_yesno_kept_beside_the_next_form(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "ông ấy có được nhận giấy khen của chủ tịch xã không, nếu muốn đề nghị hình thức cao "
        "hơn thì là hình thức gì",
        "Có",
    )
    assert "**Bằng khen của Chủ tịch UBND tỉnh" in text and "Sở Nội vụ" in text, text


@pytest.mark.parametrize(
    ("question", "upper"),
    [
        ("tiền thưởng giấy khen tập thể có cao hơn cá nhân không", "**Bằng khen"),
        ("LĐTT có phải là danh hiệu thấp hơn CSTĐCS không", "**Chiến sĩ thi đua cấp tỉnh"),
        ("cstdcs la danh hieu cao hon ldtt phai k", "**Chiến sĩ thi đua cấp tỉnh"),
        (
            "có người bảo được giấy khen xã rồi thì lần sau phải đề nghị hình thức cao hơn, đúng k",
            "**Bằng khen",
        ),
    ],
)
def test_compared_or_claimed_is_no_next_form(
    officer_kb: KnowledgeBase, question: str, upper: str
) -> None:
    # a sum or a rank compared, or a rule put up, asks no next form
    text = ask(officer_kb, question)
    assert upper not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "xã mình có bằng khen riêng không ạ",
        "Cho hỏi bằng khen cấp xã có không, hay xã chỉ có giấy khen?",
        "phuong co bang khen k hay phai xin tinh",
        "ông trưởng thôn nói sẽ xin bằng khen của xã cho em, vậy xã có tặng bằng khen được không",
        "xa co bang khen rieng k hay chi tang giay khen",
    ],
)
def test_xa_has_no_bang_khen(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Chủ tịch UBND tỉnh" in first and "giấy khen" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "Chỉ công ty nhà nước mới được tự khen LĐTT cho công nhân, công ty TNHH thì phải xin "
        "xã, có đúng không",
        "co nguoi noi chi htx lon moi co quyen tu xet cstdcs cho xa vien, dung ko",
        "anh em bảo chỉ doanh nghiệp có vốn nhà nước mới tự tặng giấy khen được, tư nhân phải "
        "nhờ xã, đúng không ad",
        "nghe bao chi dn quoc doanh moi dc tu tang ldtt, cty tu nhan k dc, dung k",
        "Nghe nói chỉ công ty cổ phần lớn mới được tự công nhận CSTĐCS, đúng không?",
        "nghe nói chỉ có công ty nhà nước mới được tự tặng LĐTT, đúng không",
        "chi giam doc DN nha nuoc moi dc ky LDTT cho cong nhan, dung k",
    ],
)
def test_one_kind_of_firm_claimed_the_only_giver(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


def test_every_firms_head_claimed_the_giver(officer_kb: KnowledgeBase) -> None:
    # "chỉ giám đốc DN, HTX mới …" names every firm's head: the claim is right (Điều 80 khoản 4)
    text = ask_verdict(
        officer_kb,
        "nghe nói chỉ giám đốc doanh nghiệp, hợp tác xã mới được tự tặng LĐTT cho người lao "
        "động, xã không ký, đúng không",
        "Có",
    )
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Sau khi bỏ cấp huyện thì hộ kinh doanh giỏi chỉ còn được bằng khen của chủ tịch tỉnh "
        "thôi phải không ạ",
        "bo huyen roi gio chi tinh moi khen nguoi dan duoc, xa k khen nua dung ko",
        "nghe nói từ khi bỏ huyện, nông dân giỏi chỉ còn bằng khen tỉnh thôi, đúng không",
        "bỏ cấp huyện rồi giờ chỉ còn bằng khen cấp tỉnh thôi hả ad",
        "sap nhap bo huyen thi nguoi dan chi con dc bk tinh thoi dung k",
    ],
)
def test_only_province_form_left_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã tặng" in text.split("\n\n")[0], text
