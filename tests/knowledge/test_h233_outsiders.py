"""Task h233 (stop 34): people and bodies outside the State apparatus, told they cannot be
commended.

Luật Thi đua, khen thưởng 2022 Điều 3 khoản 2, 3 and Điều 75: danh hiệu and khen thưởng go to
cá nhân, tập thể, hộ gia đình có thành tích, and the xã chairman's Giấy khen reaches any of them
on the xã's territory: traders, clergy, a tổ hợp tác, overseas Vietnamese and foreigners, people
past working age, non-members of an association. A line denying it is answered "Không". Where a
title's own case decides (a new hire under 6 months for LĐTT, Điều 24 and TT 15/2025; a pupil
for LĐTT or CSTĐCS, Điều 23, 24), that case answers, not the general rule.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Có người bảo tiểu thương ngoài chợ không được xét khen, chỉ cán bộ mới được, đúng không",
        "nghe nói linh mục, cha xứ không thuộc diện được chủ tịch xã tặng giấy khen phải không ạ",
        "tổ hợp tác của bà con không có con dấu nên không được khen tập thể, có đúng không",
        "Viet kieu ung ho xay cau, nghe bao xa k co tham quyen khen nguoi o nuoc ngoai, dung k",
        "ong ay 75 tuoi, het tuoi lao dong roi nen k con la doi tuong khen thuong, phai k",
        "chị hội trưởng bảo giấy khen xã chỉ dành cho hội viên, người ngoài hội không có, đúng k",
        "nghe noi hoc sinh chi dc nha truong khen, xa khong khen, dung k",
        "nghe noi nguoi da nghi huu thi k con dc xet khen nua, dung k",
        "co nguoi noi chuc sac ton giao k phai doi tuong khen thuong, dung k",
        # "chùa" folds like "chưa": no negator of the claim after it
        "nghe noi su thay o ngoi chua k dc khen vi la nguoi tu hanh, dung k",
        "nghe noi ban tri su chua khong duoc khen tap the, dung k",
    ],
)
def test_an_outsider_denied_commendation_is_answered_no(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Giấy khen" in text or "giấy khen" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thầy giáo mới vào làm 5 tháng thì không được xét LĐTT, đúng không",
        "e lam cong nhan cong ty moi dc 3 thang nen k dc xet lao dong tien tien, dung k",
        "nghe noi hoc sinh cung dc xet lao dong tien tien, dung k",
        "nghe noi sinh vien cung dc xet chien si thi dua co so, dung k",
        "có người bảo học sinh giỏi cũng được bình LĐTT như giáo viên, phải không",
    ],
)
def test_a_title_own_case_beats_the_outsider_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, TODAY).text
    first = text.split("\n\n", 1)[0]
    assert "Khen người ngoài biên chế" not in first, text
    assert "cho công nhân, nông dân" not in first, text
    # the new hire's line is right (Có), the pupil's wrong (Không)
    ask_verdict(officer_kb, question, "Có" if "tháng" in question else "Không")
