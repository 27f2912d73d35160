"""Task h356 (stop 40, issue 11): a yes/no whose answer had the right fact but no, or the wrong,
Có / Không first.

- "X hết hiệu lực chưa" is asked the other way round from "X còn hiệu lực không", also as the
  first clause of several and for the Luật named by its year.
- the xã's Hội đồng TĐKT: a seat on it asked (Chủ tịch Ủy ban MTTQ xã is a member), its power to
  decide (it advises: Luật 2022 Điều 90 khoản 4), and the claim that it went with the district
  (it did not: it is the xã's own council).
- a paper told missing, then asked whether it is required: the list answers "Có"; the route
  told ("theo sáng kiến") settles the conditional paper.
- a fuller report than the summary khen đột xuất needs (Luật 2022 Điều 85): "Không".
- the xã's fund paying a prize the xã gives: "Có" (NĐ 152/2025).
- the village and household titles claimed abolished (Luật 2022 Điều 20): "Không".
- a hearsay rule answering a later ask does not lead over the first ask's own verdict.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("ND 98/2023 het hieu luc chua va gio theo ND nao", "Có"),
        ("Nghị định 98/2023 đã hết hiệu lực chưa? thay bằng văn bản nào", "Có"),
        ("tt 01/2024 het hieu luc chua va thay bang tt nao", "Có"),
        ("TT 01/2024 hết hiệu lực chưa nhỉ", "Có"),
        ("luat thi dua 2003 het hieu luc chua vay, h ap dung luat nao", "Có"),
        ("Luật TĐKT 2003 hết hiệu lực rồi đúng không", "Có"),
        # the reverse ask keeps the block's own verdict
        ("TT 01/2024 còn hiệu lực không, thay bằng gì", "Không"),
        ("luật thi đua khen thưởng 2003 còn hiệu lực k", "Không"),
        # the day claimed is not the one the block gives: not confirmed
        ("nghe noi luat 2003 het hieu luc tu 1/1/2025 dung k", "Không"),
    ],
)
def test_expired_yet_is_the_reverse_ask(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "thay bằng" in text or "hết hiệu lực" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "MTTQ xa co thanh vien trong hoi dong thi dua khen thuong xa k",
        "chủ tịch mặt trận xã là thành viên hội đồng tđkt xã phải không",
        "Chủ tịch UBMTTQ xã có là thành viên HĐ TĐKT xã ko",
        "mặt trận tổ quốc xã có tham gia hội đồng thi đua khen thưởng của xã không",
        "ubmttq xa co la thanh vien hoi dong tdkt cua xa khong a",
    ],
)
def test_council_seat_asked(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Mặt trận Tổ quốc" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng TĐKT xã có quyền ra QĐ khen thưởng k",
        "hd tdkt xa duoc ra qd tang giay khen ko",
        "Hội đồng thi đua xã có được ra quyết định công nhận GĐVH không",
        "hoi dong thi dua khen thuong xa tu ra qd khen thuong duoc khong",
        "Hội đồng TĐKT của xã có quyền ra quyết định khen thưởng không ạ",
    ],
)
def test_council_decides_nothing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tư vấn" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nghe noi huyen bo roi thi hoi dong TDKT xa cung bo luon, dung k", "Không"),
        ("hội đồng thi đua khen thưởng xã bị giải thể theo huyện rồi phải k", "Không"),
        ("sáp nhập bỏ huyện xong thì xã không còn hội đồng TĐKT nữa à", "Không"),
        ("bỏ huyện rồi thì xã còn hội đồng thi đua khen thưởng không", "Có"),
        ("sau 1/7/2025 ko con cap huyen, xa co con hoi dong tdkt k", "Có"),
        ("bỏ huyện rồi hội đồng TĐKT xã vẫn còn chứ", "Có"),
    ],
)
def test_council_kept_after_the_district(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    first = text.split("\n\n")[0]
    assert "Hội đồng Thi đua - Khen thưởng của mình" in first, text
    assert "Điều 90" in first and "129/2025" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "a oi e dang soan to trinh GDVH cho 9 thon. Co thon gui ds ho nhung k co bien ban hop "
        "binh xet, chi co danh sach. Ho so GDVH co bat buoc bien ban hop k",
        "thôn nộp thiếu biên bản họp, vậy biên bản họp có bắt buộc trong hồ sơ GĐVH không",
        "thon A k co bien ban binh xet, ho so GDVH co can bien ban k",
        "ho so LDTT cua to k co bien ban hop, co can bien ban ko",
        "tổ dân phố 3 gửi danh sách mà không có biên bản họp bình xét, hồ sơ gia đình văn hóa "
        "có phải có biên bản không",
    ],
)
def test_missing_paper_asked_required(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "còn thiếu: biên bản" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ho so CSTDCS theo sang kien can giay xac nhan sang kien dung k",
        "đề nghị CSTĐCS theo sáng kiến thì hồ sơ có cần giấy công nhận sáng kiến không",
        "cstdcs xet vi sang kien thi ho so phai kem giay cong nhan sang kien k",
        "hồ sơ chiến sĩ thi đua cơ sở theo đề tài có cần văn bản nghiệm thu đề tài không",
        "CSTDCS nho sang kien, ho so co can chung nhan sang kien ko",
    ],
)
def test_route_told_settles_the_conditional_paper(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ho so dot xuat co phai bao cao thanh tich day du nhu tong ket nam k",
        "khen đột xuất có cần báo cáo thành tích chi tiết không",
        "hồ sơ khen đột xuất cho người cứu đuối có bắt buộc báo cáo đầy đủ như xét cuối năm "
        "không ạ",
        "khen dot xuat thi bao cao thanh tich co phai viet day du 3 phan nhu binh thuong ko",
        "Khen đột xuất có phải làm báo cáo thành tích đầy đủ như thường lệ không",
    ],
)
def test_summary_enough_for_sudden_deed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tóm tắt" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "xa lay tien thuong cho nha hao tam tu quy thi dua khen thuong cua xa phai k",
        "xã chi tiền thưởng cho các hộ hiến đất từ quỹ thi đua khen thưởng của xã đúng không",
        "xã trả tiền thưởng cho tiểu thương ủng hộ bão lũ bằng quỹ TĐKT của xã phải k",
        "xa chi thuong cho doanh nghiep tai tro tu quy thi dua khen thuong cua xa dung ko",
        "Xã lấy tiền thưởng cho người dân hiến đất làm đường từ quỹ thi đua, khen thưởng của "
        "xã có đúng không",
    ],
)
def test_xa_fund_pays_xa_prize(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = text.split("\n\n")[0]
    assert "Chủ tịch UBND xã" in first and "quỹ" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "a truong thon ben bao thon van hoa bi bo danh hieu roi, gio chi con GDVH thoi, dung k",
        "gia dinh van hoa bi bai bo roi phai khong",
        "năm nay không còn danh hiệu thôn văn hóa nữa đúng không",
        "có người bảo danh hiệu tổ dân phố văn hóa bị bỏ rồi, đúng không ạ",
        "GDVH bi bo roi dung k a",
    ],
)
def test_village_titles_kept(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 20" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "later"),
    [
        (
            "tieu thuong cho xa ung ho dong bao bao lu, dc chu tich xa khen dot xuat, nghe noi "
            "thuong 760 nghin dung k, ho so co can bien ban hop k",
            "thủ tục đơn giản",
        ),
        (
            "anh B cứu người đuối nước được chủ tịch xã khen đột xuất, thưởng 760.000 đồng đúng "
            "không, hồ sơ có phải họp hội đồng không",
            "thủ tục đơn giản",
        ),
    ],
)
def test_hearsay_follows_the_first_ask(
    officer_kb: KnowledgeBase, question: str, later: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "760.000" in text.split("\n\n")[0], text
    block = next(b for b in text.split("\n\n") if later in b)
    assert block.split("\n", 2)[1].startswith("Không."), text


@pytest.mark.parametrize(
    "question",
    [
        "ai chu tri hop binh xet gia dinh van hoa o thon, co phai truong thon k",
        "ai chủ trì họp bình xét GĐVH ở thôn vậy, có phải trưởng thôn không",
        "cuoc hop binh xet gia dinh van hoa ai chu tri, co phai truong thon ko a",
        "Ai chủ trì bình xét gia đình văn hóa ở tổ dân phố, có phải tổ trưởng không",
        "gdvh o thon thi ai chu tri hop xet, phai truong thon khong",
    ],
)
def test_chair_put_up_after_who(officer_kb: KnowledgeBase, question: str) -> None:
    """ "ai chủ trì …, có phải trưởng thôn k": the chair's block opens "Có" (NĐ 86/2023 Điều 8)."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "Trưởng thôn" in text.split("\n\n")[0], text
