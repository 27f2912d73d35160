"""Task h217: claims set against a contrast, practices asked about, and a rounding choice.

- "X chứ (không / đâu / có) phải Y": the asker asserts X; the verdict judges X, not Y.
- "sao lại không X (mà Y)": "why not X?" presumes X; the verdict judges X.
- "P thì có sao không / có trái quy định không / như vậy có sai không / có vi phạm gì không":
  the asker asks whether the practice P breaks the rule; "Có." says it does.
- "làm tròn lên hay xuống": a choice, answered by the fact's way (up, to tens of thousands),
  never judged as a claim of "xuống"; a "có làm tròn không" before it gets "Có.".

Sources: NĐ 152/2025/NĐ-CP Điều 49 khoản 2 (the prize is worked on the lương cơ sở in force on
the day the decision is signed and rounded up to tens of thousands); Luật Thi đua, khen thưởng
2022 Điều 24 (Chiến sĩ tiên tiến for quân nhân, dân quân; time on maternity leave counts),
Điều 5 khoản 2 (one form may be given several times, each for another achievement), Điều 84
(the dossier's biên bản); NĐ 129/2025/NĐ-CP Điều 59 (the commune chairman decides CSTĐCS, LĐTT,
giấy khen); NĐ 86/2023/NĐ-CP (the commune chairman recognises Gia đình văn hóa).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.rhetoric import restated
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the asserted X holds
        (
            "Tiền thưởng Giấy khen tính theo lương cơ sở lúc ký quyết định chứ không phải lúc "
            "phát tiền, đúng không?",
            "Có",
            "ngày ký quyết định",
        ),
        (
            "dan quan thuong truc thi xet chien si tien tien chu k phai lao dong tien tien dung k",
            "Có",
            "Chiến sĩ tiên tiến",
        ),
        ("GĐVH do chủ tịch xã công nhận chứ đâu phải trưởng thôn nhỉ", "Có", "Chủ tịch UBND xã"),
        ("CSTDCS do chu tich xa ky chu co phai chu tich tinh dau", "Có", "Chủ tịch UBND xã"),
        (
            "quân nhân tại ngũ thì được Chiến sĩ tiên tiến chứ đâu phải Lao động tiên tiến, "
            "đúng không",
            "Có",
            "Chiến sĩ tiên tiến",
        ),
        (
            "tiền thưởng CSTĐCS tính theo lương cơ sở ngày ký quyết định chứ đâu phải ngày chi "
            "tiền, đúng k",
            "Có",
            "ngày ký quyết định",
        ),
        (
            "tien thuong TTLDTT tinh theo luong co so ngay ky quyet dinh chu dau phai ngay phat "
            "thuong, phai k",
            "Có",
            "ngày ký quyết định",
        ),
        (
            "Tiền thưởng Lao động tiên tiến tính theo lương cơ sở tại ngày ký quyết định chứ không "
            "phải ngày trao thưởng, đúng không",
            "Có",
            "ngày ký quyết định",
        ),
        # Y names the only title the bot knows: the question is answered as written
        ("quan nhan xet CSTT chu k phai LDTT dung k", "Có", "Chiến sĩ tiên tiến"),
        # the asserted X is wrong (the law says above 50 %)
        ("nghe noi TTLDTT can tren 70% LDTT chu k phai 50%, dung k", "Không", "50"),
        # "sao lại không X mà Y": X is judged
        (
            "sao lại không để chủ tịch xã tặng giấy khen cho hộ gia đình mà phải trình tỉnh nhỉ",
            "Có",
            "Chủ tịch UBND xã",
        ),
        ("sao lai ko cho xa tu quyet dinh LDTT ma phai gui tinh", "Có", "Chủ tịch UBND xã"),
        ("sao lai k xet CSTD toan quoc cho nguoi moi 1 lan CSTD tinh nhi", "Không", "02 lần"),
    ],
)
def test_contrast_judges_the_asserted_part(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # maternity leave counts: leaving it out breaks the rule
        (
            "Xã không tính thời gian nghỉ thai sản khi xét Lao động tiên tiến thì có sao không?",
            "Có",
            "thai sản",
        ),
        (
            "truong mam non k tinh thoi gian nghi thai san cua co giao khi xet LDTT, vay co trai "
            "quy dinh k",
            "Có",
            "thai sản",
        ),
        # one form, several times, for other achievements: no problem
        (
            "mot nguoi dc giay khen xa 2 nam lien cho 2 thanh tich khac nhau thi co vi pham gi k",
            "Không",
            None,
        ),
        (
            "anh Nam nam nao cung dc giay khen cua chu tich xa, nhu vay co sai quy dinh khong",
            "Không",
            "nhiều lần",
        ),
        # the biên bản is part of the dossier: leaving it out breaks the rule
        ("ho so giay khen cua xa ko co bien ban xet thi co sao k", "Có", "biên bản"),
        # a repealed decree cited: wrong
        ("to trinh giay khen ghi can cu nghi dinh 91/2017 thi co sai k", "Có", "152/2025"),
    ],
)
def test_practice_asked_is_judged_against_the_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str | None
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    if fact is not None:
        assert fact in text.split("\n\n")[0], text


def test_a_yes_no_before_the_practice_keeps_its_verdict() -> None:
    # "có cần … không, không … thì có sao không": the verdict answers the first ask, unturned
    plain = restated("LĐTT có phải đăng ký thi đua không, không đăng ký thì có sao không")
    assert not plain.turned
    assert plain.text.endswith("thì có sao không")


@pytest.mark.parametrize(
    "question",
    [
        "tien thuong co lam tron k, lam tron len hay xuong",
        "Tiền thưởng Lao động tiên tiến có làm tròn không, làm tròn lên hay làm tròn xuống?",
        "tien thuong CSTDCS co duoc lam tron khong, tron xuong hay len",
        "tien thuong giay khen tap the co lam tron ko, len hay xuong",
        "thuong TTLDTT co phai lam tron k hay de nguyen, tron len hay xuong",
    ],
)
def test_rounding_choice_is_not_a_claim(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "làm tròn lên" in text, text


def test_rounding_down_claimed_is_still_wrong(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "tien thuong co lam tron xuong hang nghin k", "Không")
