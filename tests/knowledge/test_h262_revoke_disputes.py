"""Task h262 (stop 35, issue 11): mistakes and disputes after an award.

A decision is cancelled only on a ground Luật Thi đua, khen thưởng 2022 Điều 93 names (dishonest
declarations, forged papers, an unlawful review, or a violation a conclusion or a judgement shows
in the period assessed; domain.md 2.11): a discipline for a later act, told by its years, is none,
nor is an inquiry still awaiting its conclusion; a judgement supposed ("nếu tòa xử có tội") is.
A state honour stripped is given back when the court clears the person, and only the Chủ tịch
nước strips or restores it (Điều 93 khoản 6, 7). The wrongdoer faces discipline, fines or the
criminal law, not discipline alone. An act told and judged ("xét LĐTT cho người đó là sai phải
k", "hội đồng loại như vậy có đúng không") is answered on the act. A collective with one member
disciplined is judged by the province's quy chế: Điều 27, 28 set no such condition (domain.md
2.4). The years a revoke story tells, and the level owning the decision, ask nothing of their
own."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a discipline whose year comes after the title's
        (
            "tôi được LĐTT năm 2025, đến tháng 5/2026 bị khiển trách vì việc làm năm 2026, "
            "nghe bảo LĐTT 2025 sẽ bị hủy, có đúng không",
            "Không",
            "xảy ra sau khi đã được tặng",
        ),
        (
            "nam 2025 dc CSTDCS, nam 2026 bi canh cao thi CSTDCS 2025 co bi xoa k",
            "Không",
            "xảy ra sau khi đã được tặng",
        ),
        (
            "bị kỷ luật khiển trách năm nay thì có bị xóa danh hiệu LĐTT năm ngoái không",
            "Không",
            "xảy ra sau khi đã được tặng",
        ),
        # an inquiry that still waits for its conclusion
        (
            "anh ấy được CSTĐCS 2025, giờ đang bị thanh tra về việc năm 2025, chưa có kết luận, "
            "QĐ CSTĐCS có bị hủy luôn không",
            "Không",
            "chưa phải căn cứ hủy bỏ",
        ),
        (
            "dang bi dieu tra thi QD LDTT co bi huy ngay k hay phai doi ket luan",
            "Không",
            "chưa phải căn cứ hủy bỏ",
        ),
        # a judgement supposed is a conclusion
        (
            "chồng em được bằng khen tỉnh năm 2025, nay bị khởi tố vì sai phạm từ năm 2025, nếu "
            "tòa xử có tội thì bằng khen có bị hủy không",
            "Có",
            "Chủ tịch UBND tỉnh",
        ),
    ],
)
def test_revoke_story_read_in_time(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "ông ấy bị tước danh hiệu Anh hùng Lao động, sau đó tòa tuyên không có tội, vậy có "
            "được phục hồi danh hiệu không",
            "Có",
            "Chủ tịch nước",
        ),
        (
            "bi tuoc danh hieu vinh du nha nuoc roi toa tuyen mien trach nhiem hinh su thi co "
            "dc trao lai k",
            "Có",
            "phục hồi và trao lại",
        ),
        (
            "nghe nói nhà giáo ưu tú gian dối hồ sơ thì Sở Giáo dục tước danh hiệu, đúng không",
            "Không",
            "Chủ tịch nước",
        ),
        (
            "bo GD co quyen tuoc danh hieu nha giao nhan dan khi phat hien khai man k",
            "Không",
            "Chủ tịch nước",
        ),
        (
            "khai man thành tích để được khen thì chỉ bị kỷ luật thôi, không bị truy cứu hình "
            "sự đúng không ạ",
            "Không",
            "truy cứu trách nhiệm hình sự",
        ),
        (
            "lam gia ho so de dc bang khen chi xu ly ky luat thoi chu k di tu dc dung k",
            "Không",
            "truy cứu trách nhiệm hình sự",
        ),
        (
            "nghe noi bi canh cao nam nay la bi xoa het cac danh hieu cac nam truoc, dung k",
            "Không",
            "không phải căn cứ hủy bỏ",
        ),
    ],
)
def test_who_strips_restores_and_what_follows(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "can bo xa dc LDTT nam 2025 nhung nam do bi ky luat khien trach, vay xet LDTT cho "
            "nguoi do la sai phai k",
            "Có",
            "sai quy định",
        ),
        (
            "Năm nay trường vẫn xét LĐTT cho cô giáo mới tuyển 3 tháng, xét thế là sai đúng k",
            "Có",
            "sai quy định",
        ),
        (
            "Hội đồng xã loại tên một cô giáo mới tuyển được 3 tháng khỏi danh sách LĐTT, loại "
            "như vậy có đúng không?",
            "Có",
            "đúng quy định",
        ),
        (
            "hội đồng loại chị kế toán khỏi danh sách LĐTT vì chị nghỉ thai sản 6 tháng, loại "
            "vậy là đúng hả",
            "Không",
            "chưa đúng quy định",
        ),
        (
            "xa de nghi TTLDTT cho truong len tinh, So Noi vu tra ve bao k thuoc tham quyen "
            "tinh, dung k",
            "Có",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_act_judged_right_or_wrong(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("tap the co 1 nguoi bi ky luat canh cao thi co dc TTLDTT k", "Tùy"),
        ("phòng có một cán bộ bị khiển trách năm nay, phòng còn được xét TTLĐTT không?", "Tùy"),
        ("tổ có một người bị cảnh cáo thì tổ có bị loại khỏi danh sách TTLĐXS không", "Tùy"),
        ("Nghe noi trong truong co giao vien bi ky luat thi truong k dc TTLDTT, dung k", "Tùy"),
        # the law asked: it sets no such condition, the province's quy chế may
        (
            "truong e co 1 gv bi ky luat, nghe noi luat bat buoc ca truong k dc TTLDXS, dung k",
            "Không",
        ),
    ],
)
def test_collective_with_disciplined_member(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "quy chế của tỉnh" in first and "kỷ luật" in first, text


@pytest.mark.parametrize(
    ("question", "verdict", "head"),
    [
        (
            "nguoi dc LDTT nam 2025 nhung dang bi dieu tra vu viec cung nam 2025, QD LDTT co bi "
            "huy ngay k hay phai cho ket luan",
            "Không",
            "Hủy bỏ, thu hồi",
        ),
        (
            "em được CSTĐCS 2 năm liền, năm nay đang bị xem xét kỷ luật, các danh hiệu đó có bị "
            "thu hồi không",
            "Không",
            "Hủy bỏ, thu hồi",
        ),
        (
            "Quyết định công nhận Lao động tiên tiến của xã ghi nhầm năm, nghe nói chủ tịch xã "
            "ký quyết định thì cũng là người có thẩm quyền hủy bỏ quyết định đó, đúng không ạ?",
            "Có",
            "Hủy bỏ, thu hồi",
        ),
        (
            "QĐ khen CSTĐCS của phường ghi sai tên, chủ tịch phường có quyền hủy QĐ đó k",
            "Có",
            "Hủy bỏ, thu hồi",
        ),
        (
            "qd tang ldtt cua xa bi khai sai thanh tich, chu tich xa co huy dc k",
            "Có",
            "Hủy bỏ, thu hồi",
        ),
    ],
)
def test_revoke_story_makes_no_pair_of_its_own(
    officer_kb: KnowledgeBase, question: str, verdict: str, head: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert head in text.split("\n")[0], text
