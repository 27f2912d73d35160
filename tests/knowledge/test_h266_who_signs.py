"""Task h266 (stop 35): who signs a title's decision, a firm's titles, a group's form, acts judged.

- A title or form named before a bare "ai ký" ("CSTĐCS của tôi do ai ký") asks who signs its
  decision, i.e. who decides it (Luật Thi đua, khen thưởng 2022 Điều 79, 80); a paper named
  ("tờ trình / biên bản / hồ sơ … ai ký") keeps the papers' signer (TT 15/2025).
- "HTX tự ký được những danh hiệu nào", asked beside another part, is answered from the firm's
  own power: LĐTT, CSTĐCS, TTLĐTT and giấy khen (Luật 2022 Điều 80 khoản 4).
- A letter naming no title that asks "được khen bằng hình thức gì, ai ký, mỗi thành viên bao
  nhiêu" gets the xã chairman's Giấy khen, its decider and each member's prize (Điều 75, 80
  khoản 3; NĐ 152/2025: 0,3 lần lương cơ sở).
- An award or a refusal judged right or wrong through a hearsay rule ("tỉnh trả hồ sơ TTLĐXS vì
  không ai đạt CSTĐCS, trả vậy có đúng k") is answered on the act: the rule bars the case, so
  the refusal is right ("Có."), an award is wrong ("Có.") (Luật 2022 Điều 24, 27).
- "sở nói tỉnh không có thẩm quyền, sở nói vậy đúng không": the bare confirm judges the level
  told before, once: the saying is right, the xã chairman decides (Luật 2022 Điều 80 khoản 3).
- "hội đồng bỏ phiếu xong là thành QĐ luôn phải k" asks who decides, not the minutes: the council
  advises, the chairman decides (Luật 2022 Điều 90 khoản 4).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


def _head(text: str) -> str:
    return text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("question", "title", "decider"),
    [
        (
            "chiến sĩ thi đua cơ sở của em thì ai sẽ ký ạ",
            "Chiến sĩ thi đua cơ sở",
            "Chủ tịch UBND xã",
        ),
        (
            "tập thể lao động tiên tiến ai phải ký vậy",
            "Tập thể lao động tiên tiến",
            "Chủ tịch UBND xã",
        ),
        ("giay khen cua chu tich xa do ai ky", "Giấy khen", "Chủ tịch UBND xã"),
        ("quyết định công nhận LĐTT do ai ký", "Lao động tiên tiến", "Chủ tịch UBND xã"),
        ("cho hỏi TTLĐXS do ai ký", "Tập thể lao động xuất sắc", "Chủ tịch UBND tỉnh"),
        ("Gia đình văn hóa nhà tôi do ai ký vậy ad", "Gia đình văn hóa", "Chủ tịch UBND xã"),
    ],
)
def test_title_before_who_signs_asks_its_decider(
    officer_kb: KnowledgeBase, question: str, title: str, decider: str
) -> None:
    text = ask(officer_kb, question)
    assert title in _head(text) and "Ai quyết định" in _head(text), text
    assert decider in text.split("\n")[1], text


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("hồ sơ CSTĐCS do ai ký", "Tờ trình"),
        ("báo cáo thành tích LĐTT ai phải ký", "Báo cáo thành tích"),
        ("tờ trình đề nghị TTLĐTT do ai ký", "Tờ trình"),
    ],
)
def test_paper_named_keeps_its_signer(officer_kb: KnowledgeBase, question: str, paper: str) -> None:
    text = ask(officer_kb, question)
    assert _head(text) == "**Ai ký, xác nhận**", text
    assert text.split("\n")[1].startswith(paper), text


@pytest.mark.parametrize(
    "question",
    [
        "Toi la giam doc HTX thuy san o xa ven bien. HTX tu ky dc nhung danh hieu nao, "
        "va neu muon tinh khen cho HTX thi trinh qua dau",
        "Công ty em tự khen được những hình thức nào, muốn xin bằng khen tỉnh thì nộp ở đâu ạ",
        "giám đốc cty tự ký được danh hiệu gì cho công nhân? còn LĐTT thì thưởng bao nhiêu",
        "hop tac xa tu cong nhan duoc nhung danh hieu gi cho xa vien, con bang khen tinh ai quyet",
        "Doanh nghiệp tự quyết được những danh hiệu thi đua nào; nếu đề nghị bằng khen tỉnh thì "
        "gửi hồ sơ qua đâu",
    ],
)
def test_firm_own_titles_listed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    first = text.split("\n\n")[0]
    assert "Giám đốc doanh nghiệp, hợp tác xã" in first, text
    assert "Chiến sĩ thi đua cơ sở" in first and "giấy khen" in first, text
    assert "Điều 80 khoản 4" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "Em là trưởng nhóm thiện nguyện của thôn. Xã nói sẽ đề nghị khen. Nhóm và các thành viên "
        "được khen bằng hình thức gì, ai ký, mỗi thành viên được thưởng bao nhiêu ạ",
        "doi tinh nguyen cua xa duoc khen hinh thuc nao, ai ky, moi thanh vien dc bao nhieu tien",
        "câu lạc bộ từ thiện bọn mình sẽ được khen bằng hình thức gì? ai ký? từng người được "
        "thưởng bao nhiêu",
        "nhom thien nguyen dc xa khen bang hinh thuc gi, ai ky vay",
        "Hội phụ nữ tự quản ở thôn được khen hình thức nào và ai ký quyết định?",
    ],
)
def test_group_asked_form_gets_xa_giay_khen(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert _head(text).startswith("**Giấy khen của Chủ tịch UBND xã"), text
    assert "Chủ tịch UBND xã quyết định tặng Giấy khen" in text, text
    if "bao" in question or "tiền" in question:
        assert "760.000" in text, text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        (
            "tinh tra ho so TTLDXS cua truong vi k co ai dat CSTDCS, tinh tra vay co dung k",
            "Trả lại, không xét trong trường hợp đó là đúng quy định.",
        ),
        (
            "Sở trả lại hồ sơ TTLĐXS của trường vì không ai đạt CSTĐCS, "
            "sở trả như vậy có đúng không",
            "Trả lại, không xét trong trường hợp đó là đúng quy định.",
        ),
        (
            "Tỉnh trả hồ sơ tập thể lao động xuất sắc của trường vì trường không có ai "
            "đạt chiến sĩ thi đua cơ sở, trả vậy đúng không ạ",
            "Trả lại, không xét trong trường hợp đó là đúng quy định.",
        ),
        (
            "Năm 2025 xã vẫn công nhận LĐTT cho chị kế toán bị cảnh cáo trong năm, công nhận thế "
            "là sai đúng không",
            "Xét tặng trong trường hợp đó là sai quy định.",
        ),
        (
            "Anh ấy bị cảnh cáo năm 2025 mà xã vẫn tặng LĐTT năm 2025, "
            "xét như vậy là sai phải không",
            "Xét tặng trong trường hợp đó là sai quy định.",
        ),
    ],
)
def test_act_judged_through_a_rule(officer_kb: KnowledgeBase, question: str, note: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert note in text.split("\n")[1], text


@pytest.mark.parametrize(
    "question",
    [
        "LĐTT của xã gửi lên tỉnh thì sở nói tỉnh không có thẩm quyền, sở nói vậy đúng không",
        "TTLĐTT của trường gửi lên tỉnh, Sở Nội vụ nói tỉnh không có thẩm quyền, sở nói thế đúng k",
        "gia dinh van hoa xa gui len tinh thi so bao tinh k co tham quyen, bao vay dung ko",
        "hồ sơ CSTĐCS em gửi lên tỉnh, sở nội vụ bảo tỉnh không có thẩm quyền công nhận, vậy có "
        "đúng không",
        "gk xa cho thon em gui len tinh, so noi tinh k co tham quyen, noi vay dung k",
    ],
)
def test_level_denied_then_confirmed_is_judged_once(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask(officer_kb, question)
    decides = next(b for b in text.split("\n\n") if "Ai quyết định" in b.split("\n")[0])
    assert decides.split("\n")[1].startswith("Có. Ý kiến đó đúng."), text
    assert "Chủ tịch UBND xã quyết định" in decides, text


@pytest.mark.parametrize(
    "question",
    [
        "hoi dong TDKT xa bo phieu xong la thanh QD luon phai k",
        "Hội đồng TĐKT xã biểu quyết xong coi như quyết định khen thưởng rồi đúng không",
        "HĐ thi đua bỏ phiếu đồng ý LĐTT cho tôi rồi, vậy là thành quyết định luôn phải không",
        "ket qua bo phieu cua hoi dong thi dua xa la quyet dinh khen luon dung k",
        "hội đồng thi đua phường bỏ phiếu xong là thành quyết định luôn hả ad",
        "hội đồng thi đua xã đã biểu quyết CSTĐCS cho chị, thế là thành quyết định rồi đúng k",
    ],
)
def test_council_vote_is_no_decision(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert "Ai quyết định" in first.split("\n")[0], text
    assert "tham mưu, tư vấn" in first and "Chủ tịch UBND xã" in first, text


def test_council_vote_minutes_stay_the_vote(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "hội đồng TĐKT xã bỏ phiếu kín thì biên bản ghi những gì")
    assert "Ai quyết định" not in text.split("\n")[0], text


def test_several_forms_rule_is_no_form_asked(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "khong khen nhieu hinh thuc cho 1 thanh tich la quy dinh o dieu nao")
    assert "Giấy khen của Chủ tịch UBND xã" not in text, text
