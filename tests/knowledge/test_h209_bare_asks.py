"""Task h209: a claim put up with no asking word, officers' shorthand, and off-topic asks that
name a district word.

- A clause closed by a typed "?" with no question word, choice or request ("khen đột xuất chỉ
  cần tờ trình?"), a rising "à" ending the message, or a saying reported with no tail ("nghe
  nói …") puts its statement up for confirmation: the answer opens "Có." / "Không.". A bare
  topic ("hồ sơ CSTĐCS?") is no yes/no.
- "SK" (sáng kiến), "QĐ" (quyết định), "TĐ" (thi đua), "5t" (5 tháng), "t12/2025" (tháng 12),
  "HĐ" after "biên bản / họp" (Hội đồng), "GK đột xuất" (one form, Luật 2022 Điều 85) are read.
- A court ("tòa huyện"), a quarrel the xã settles ("hàng xóm … thì xã hòa giải"), a pension
  dossier ("hồ sơ hưởng lương hưu tháng 3/2026 mấy bộ") are not thi đua, khen thưởng: declined.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import OFF_TOPIC_TEXT
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import AS_OF


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # Luật 2022 Điều 24 khoản 1: khiển trách trở lên trong năm → không xét LĐTT
        ("Lao động tiên tiến bị khiển trách vẫn được xét?", "Không", "khiển trách"),
        ("nghe nói bị kỷ luật khiển trách vẫn được LĐTT", "Không", "khiển trách"),
        ("nghe bao ca nhan bi khien trach van dc xet lao dong tien tien", "Không", "khiển trách"),
        # Luật 2022 Điều 85 (thủ tục đơn giản): tờ trình và tóm tắt thành tích
        ("giấy khen đột xuất chỉ cần tờ trình + báo cáo tóm tắt?", "Có", "tóm tắt"),
        ("khen dot xuat chi can to trinh voi tom tat thanh tich?", "Có", "tóm tắt"),
        # NĐ 152/2025 Điều 6 / NĐ 129/2025 Điều 59: Chủ tịch UBND xã công nhận thôn văn hóa
        ("tổ dân phố văn hóa do chủ tịch phường quyết định?", "Có", "Chủ tịch UBND"),
        ("nghe noi thon van hoa van do huyen cong nhan", "Không", "01/7/2025"),
        # Luật 2022 Điều 28 khoản 3: nhận tiền của cả hai khi cùng lúc đạt
        ("CSTĐCS và bằng khen tỉnh cùng lúc thì nhận cả hai khoản tiền?", "Có", "cả hai"),
        # NĐ 152/2025: quỹ xã miền núi tối đa 1,5 %
        ("quỹ TĐKT của xã vùng cao tối đa 1%?", "Không", "1,5"),
    ],
)
def test_claim_put_up_without_asking_word(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    ["hồ sơ CSTĐCS?", "tien thuong LDTT?", "Giấy khen xã: thủ tục?", "mức thưởng thôn văn hóa?"],
)
def test_bare_topic_is_no_yes_no(officer_kb: KnowledgeBase, question: str) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    body = first.split("\n", 1)[-1]
    assert not body.startswith(("Có.", "Không.")), first


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # Luật 2022 Điều 24: LĐTT không đòi sáng kiến; Điều 22 khoản 2: CSTĐ tỉnh phải có
        ("LĐTT bắt buộc có SK không", "Không", "sáng kiến"),
        ("ông A muốn đạt lao dong tien tien can sk ko", "Không", "sáng kiến"),
        ("chiến sĩ thi đua tỉnh cần SK phạm vi tỉnh đúng không", "Có", "sáng kiến"),
        # Luật 2022 Điều 27, NĐ 152/2025: TTLĐXS do Chủ tịch UBND tỉnh quyết định
        ("tap the lao dong xuat sac do xa QD duoc ko", "Không", "tỉnh"),
        ("giấy khen của xã thì chủ tịch xã QĐ đúng k", "Có", "Chủ tịch UBND xã"),
        # TT 15/2025: mới tuyển dụng dưới 6 tháng không xét LĐTT
        ("mới vào làm 4t vẫn được xét LĐTT?", "Không", "6 tháng"),
        ("nhan vien moi tuyen 3t co dc xet lao dong tien tien ko", "Không", "6 tháng"),
        # Luật 2022 Điều 85: khen đột xuất không cần biên bản họp hội đồng
        ("GK đột xuất có cần biên bản họp HĐ không", "Không", "đơn giản"),
        ("giay khen dot xuat phai co bien ban HD ko", "Không", "đơn giản"),
    ],
)
def test_shorthand_read(officer_kb: KnowledgeBase, question: str, verdict: str, fact: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "tranh chấp lối đi với hàng xóm thì xã hòa giải thế nào",
        "nha hang xom lan ranh gioi dat thi xa hoa giai o dau",
        "ly hôn đơn phương nộp ở tòa huyện cũ hay tòa khu vực",
        "đòi nợ thì nộp đơn ở tòa án huyện nào",
        "bố em nghỉ hưu tháng 5/2026, hồ sơ hưởng lương hưu gửi bảo hiểm xã hội mấy bộ",
        "me toi nghi huu thang 9/2026 ho so bhxh gom nhung gi",
    ],
)
def test_other_services_declined(officer_kb: KnowledgeBase, question: str) -> None:
    assert officer_kb.ask(question, AS_OF).text == OFF_TOPIC_TEXT


@pytest.mark.parametrize(
    "question",
    [
        "khai gian thanh tich bi thu hoi k, ai huy QD",
        "kê khai gian dối để được khen thì ai hủy QĐ khen",
    ],
)
def test_revocation_for_fraud_on_topic(officer_kb: KnowledgeBase, question: str) -> None:
    assert officer_kb.ask(question, AS_OF).text != OFF_TOPIC_TEXT
