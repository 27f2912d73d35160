"""Task h361 (stop 40, issue 11): when something goes wrong, the claim put up is judged once.

An officer tells a mishap (a misprint on the certificate, a paper lost, a discipline after the
award, a share short of the floor, a wrong signer) and puts a saying up for confirmation. The
saying is what the verdict answers, whichever way it is worded:

- the award claimed to stand ("vẫn giữ nguyên", "vẫn còn nguyên, k bị hủy", "vẫn được tính")
  where nothing told is a ground of Luật Thi đua, khen thưởng 2022 Điều 93: "Có", never turned
  a second time into "Không. Vẫn bị hủy …";
- a district's award before 01/7/2025 claimed kept ("bỏ huyện k làm mất danh hiệu"): "Có";
- a floor share restated ("phải có trên 50 %", "ít nhất 70 %") with the unit's own share told:
  the floor of Điều 27, 28 is right, "Có";
- a commune body that decides no title claimed to sign (phòng VH-XH, công chức, MTTQ, văn
  phòng, trưởng thôn, bí thư): "Không", the Chủ tịch UBND xã decides (Điều 80 khoản 3);
- a discipline claimed to take back every past title: "Không", no ground of Điều 93;
- the months' floor restated ("dưới 6 tháng thì không xét") with the hire's months told: "Có";
- both prizes asked as a double payment: "Không", both are paid (NĐ 152/2025 Điều 49);
- "chỉ hoàn thành tốt nhiệm vụ, không sáng kiến, không đề tài, có đủ chuẩn CSTĐCS không":
  "Không" (Điều 23 khoản 2);
- the deadline restated after the day told late ("nộp sau 25/11 …, phải xong trước 25/11"):
  "Có" (NĐ 86/2023 Điều 8).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen LĐTT của tôi ghi sai ngày sinh, cán bộ xã bảo danh hiệu vẫn còn nguyên, "
        "không bị hủy, có đúng không",
        "QD CSTDCS danh may nham ten thon, nghe noi danh hieu van giu nguyen gia tri dung ko",
        "Bằng LĐTT năm 2024 của em in sai họ tên, chị văn phòng bảo danh hiệu không bị hủy "
        "đâu, đúng không ạ",
        "được LĐTT năm 2025, tháng 4/2026 bị khiển trách vì việc mới phát sinh, nghe nói danh "
        "hiệu 2025 vẫn giữ nguyên, đúng k",
        "dc CSTDCS nam 2024, sang nam 2025 moi bi canh cao, a to chuc bao CSTDCS 2024 van con "
        "gia tri, k bi thu hoi, dung k",
        "nhà em bị cháy mất bằng chiến sĩ thi đua cơ sở, nghe nói mất bằng thì danh hiệu vẫn "
        "được tính, đúng không",
    ],
)
def test_award_claimed_to_stand_is_judged_once(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "không phải căn cứ hủy bỏ" in first and "Vẫn bị" not in first, text


@pytest.mark.parametrize(
    "question",
    [
        "bỏ cấp huyện không làm mất danh hiệu LĐTT do chủ tịch huyện tặng năm 2024, đúng không",
        "giay khen do chu tich huyen ky nam 2023 van giu nguyen gia tri sau khi bo huyen, dung k",
        "chị văn phòng nói danh hiệu CSTĐCS huyện tặng trước 1/7/2025 vẫn còn nguyên, bỏ huyện "
        "k làm mất, có đúng k",
        "nghe nói TTLĐTT do huyện công nhận năm 2024 vẫn giữ nguyên giá trị, đúng không ạ",
        "danh hieu LDTT cua huyen tang nam 2022 k bi mat gia tri khi sap nhap, phai k",
    ],
)
def test_district_award_claimed_kept(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "01/7/2025" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "floor"),
    [
        (
            "tổ tôi chỉ có 45% LĐTT, nghe nói tập thể lao động tiên tiến cần trên 50% cá nhân "
            "đạt LĐTT, đúng không",
            "50 %",
        ),
        ("TTLDXS phai co toi thieu 70% LDTT, don vi e 65% nen bi loai, dung k", "70 %"),
        (
            "phòng em 40% đạt LĐTT bị gạch khỏi danh sách TTLĐTT, anh tổ chức bảo phải có trên "
            "50% cá nhân đạt LĐTT, có đúng không",
            "50 %",
        ),
        (
            "nghe noi tap the lao dong xuat sac can it nhat 70% lao dong tien tien nen khoa e "
            "55% k dat, dung k",
            "70 %",
        ),
        (
            "trường mình 48% giáo viên đạt lao động tiên tiến, hiệu trưởng bảo TTLĐTT bắt buộc "
            "trên 50% cá nhân đạt LĐTT, đúng không ạ",
            "50 %",
        ),
    ],
)
def test_floor_share_restated_is_right(
    officer_kb: KnowledgeBase, question: str, floor: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert floor in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "Phòng Văn hóa - Xã hội xã có quyền ký quyết định tặng danh hiệu lao động tiên tiến không?",
        "nghe noi phong van hoa xa hoi cua xa dc ky QD LDTT cho cong chuc, dung k",
        "nghe noi cong chuc van hoa xa dc ky QD cong nhan GDVH, dung k",
        "thôn trình quyết định gia đình văn hóa cho chủ tịch Ủy ban MTTQ xã ký, như vậy có đúng "
        "thẩm quyền không",
        "văn phòng HĐND và UBND xã ký QĐ tặng giấy khen cho cán bộ có đúng không",
        "truong thon ky quyet dinh cong nhan gia dinh van hoa cho cac ho co dc k",
    ],
)
def test_commune_body_claimed_to_sign(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói bị kỷ luật thì tất cả danh hiệu thi đua đã có từ các năm trước đều bị thu "
        "hồi, đúng không",
        "bi ky luat khien trach thi toan bo danh hieu cac nam truoc deu bi huy, dung k",
        "bị kỷ luật cảnh cáo thì mọi danh hiệu thi đua đã được tặng đều bị thu hồi phải không",
        "nam nay toi bi canh cao, vay tat ca danh hieu CSTDCS cac nam truoc co bi thu hoi het k",
        "anh tổ chức nói kỷ luật là toàn bộ danh hiệu thi đua trước đây cũng bị hủy, đúng k",
    ],
)
def test_discipline_takes_back_no_past_title(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ hủy bỏ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xã định tặng LĐTT cho 1 người mới tuyển 4 tháng, anh TCCB bảo mới tuyển dụng dưới 6 "
        "tháng thì không xét LĐTT, đúng không",
        "nguoi moi vao lam 3 thang, ke toan noi duoi 6 thang thi khong duoc xet LDTT, co dung "
        "khong",
        "em mới tuyển 5 tháng, chị ở phòng bảo dưới 6 tháng thì không được xét lao động tiên "
        "tiến, đúng không ạ",
        "xa lo tang LDTT cho nguoi moi tuyen 2 thang, a to chuc bao tuyen dung duoi 6 thang thi "
        "k duoc xet LDTT, dung k",
        "cô ấy mới vào làm 1 tháng, hiệu trưởng nói người mới tuyển dưới 6 tháng thì không xét "
        "lao động tiên tiến, có đúng không",
    ],
)
def test_months_floor_restated_with_the_case(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "6 tháng" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "1 người được cả danh hiệu LĐTT và giấy khen của chủ tịch xã trong cùng đợt tổng kết, "
        "kế toán chi cả 2 khoản có bị coi là chi trùng không",
        "duoc ca LDTT va giay khen chu tich xa cung nam, nhan ca hai khoan tien thuong co bi "
        "tinh la thuong trung k",
        "có người vừa đạt CSTĐCS vừa được giấy khen, chi 2 khoản tiền có phải là chi trùng lặp "
        "không",
        "kế toán trả cả hai khoản cho người được LĐTT và giấy khen cùng đợt, như vậy có bị coi "
        "là chi trùng không ạ",
        "LDTT voi giay khen cua xa cung dot, ke toan chi ca 2 khoan thi co bi chi trung k",
    ],
)
def test_both_prizes_are_no_double_payment(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "cả hai" in text.split("\n\n")[0] and "Ý kiến" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "phát hiện người được CSTĐCS thực ra chỉ hoàn thành tốt nhiệm vụ, không HTXSNV, không "
        "sáng kiến, không đề tài, vậy có đủ chuẩn CSTĐCS không",
        "anh ấy chỉ hoàn thành tốt nhiệm vụ, không có sáng kiến, không có đề tài, vậy có đủ "
        "tiêu chuẩn chiến sĩ thi đua cơ sở không",
        "chi HTTNV, k co sang kien, k co de tai khoa hoc, vay co dat tieu chuan CSTDCS k",
        "co giao chi hoan thanh tot nhiem vu, chua co sang kien, chua co de tai, co du chuan "
        "chien si thi dua co so k",
        "Đồng chí K chỉ hoàn thành tốt nhiệm vụ, không có sáng kiến và không có đề tài khoa "
        "học. Đồng chí ấy có đủ tiêu chuẩn CSTĐCS không?",
    ],
)
def test_level_short_without_routes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sáng kiến" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ GĐVH thôn nộp chậm sau 25/11 bị xã trả, nghe nói bình xét GĐVH phải xong trước "
        "25/11, đúng không",
        "thon e hop binh xet GDVH sau 25/11 nen bi xa tra ho so, chi van phong bao phai binh "
        "xet xong truoc 25/11 dung k",
        "thôn họp xét gia đình văn hóa muộn sau ngày 25/11, cán bộ xã bảo bình xét gia đình văn "
        "hóa phải xong trước 25/11, có đúng không",
        "thon nop danh sach GDVH sau 25/11 nen bi tra, nghe noi han binh xet GDVH la truoc "
        "25/11 dung k",
        "Danh sách gia đình văn hóa của thôn gửi lên xã sau 25/11 bị trả lại; tôi nghe nói việc "
        "bình xét gia đình văn hóa phải xong trước 25/11, có đúng không?",
    ],
)
def test_deadline_restated_after_a_late_day(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Thời hạn", "Có")
    assert "25/11" in block, block


@pytest.mark.parametrize(
    "question",
    [
        "Bằng khen tỉnh của bố em ghi sai quê quán. Bố em nghe nói hồ sơ đề nghị bằng khen của "
        "Chủ tịch UBND tỉnh thì xã gửi thẳng văn phòng UBND tỉnh, không qua Sở Nội vụ, đúng "
        "không",
        "hồ sơ bằng khen tỉnh xã nộp thẳng cho văn phòng UBND tỉnh, không cần qua Sở Nội vụ "
        "phải không",
        "ho so CSTD tinh xa gui thang len van phong ubnd tinh k qua SNV dung k",
        "nghe noi ho so bang khen cua chu tich tinh thi xa gui van phong UBND tinh, khong gui "
        "so noi vu, dung k",
        "Xã em làm hồ sơ bằng khen tỉnh thì gửi thẳng Văn phòng UBND tỉnh, không cần qua Sở "
        "Nội vụ. Đúng không ạ?",
    ],
)
def test_receiver_denied_in_a_route_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Sở Nội vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nha e bi lu cuon mat bang CSTDCS nam 2024, nghe noi mat bang thi danh hieu van tinh, "
        "dung k, va CSTD tinh can may lan CSTDCS lien tuc",
        "nhà em bị lũ cuốn mất bằng LĐTT, nghe nói mất bằng thì coi như mất danh hiệu, đúng không",
        "lu cuon troi het giay to, mat ca bang CSTDCS, nghe noi danh hieu van giu nguyen dung k",
        "nước cuốn mất giấy khen của chủ tịch xã, vậy danh hiệu có bị hủy không",
        "nhà bị lũ cuốn mất bằng chiến sĩ thi đua cơ sở 2023, danh hiệu đó còn giá trị không",
    ],
)
def test_flood_that_took_the_paper_is_no_deed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "**Khen thưởng đột xuất" not in text and "không phải căn cứ hủy bỏ" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "em la cong chuc van hoa xa, xa co tu quyet dinh tang tap the lao dong tien tien k hay "
        "phai trinh len tinh",
        "em làm văn phòng UBND xã, xã có được quyết định công nhận gia đình văn hóa không",
    ],
)
def test_asker_is_no_signer_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
