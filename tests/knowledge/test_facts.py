"""Issue 11: the fact model answers every part of a question, yes/no first, reform first."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from bot.knowledge.facts import FactModel
from tests.knowledge.evaluation import CONTENT

TODAY = date(2026, 11, 22)


def _parts(kb: KnowledgeBase, question: str) -> list[str]:
    answer = kb.ask(question, TODAY)
    assert answer.answered, question
    return [p.answer for p in answer.parts]


def test_compound_questions_get_every_part(officer_kb: KnowledgeBase) -> None:
    criteria, money = _parts(
        officer_kb, "tiêu chuẩn chiến sĩ thi đua cơ sở là gì và tiền thưởng bao nhiêu"
    )
    assert "hoàn thành xuất sắc nhiệm vụ" in criteria and "2.530.000" in money
    ttldtt, ttldxs = _parts(
        officer_kb,
        "Tập thể lao động tiên tiến và Tập thể lao động xuất sắc được thưởng bao nhiêu",
    )
    assert "2.030.000" in ttldtt and "3.800.000" in ttldxs
    dossier, submit = _parts(
        officer_kb, "hồ sơ đề nghị giấy khen cho hộ gia đình gồm những gì, nộp cho ai"
    )
    assert "biên bản" in dossier and "UBND xã" in submit
    for part in (criteria, money, ttldtt, dossier, submit):
        assert part.startswith("**") and part.count("\nCăn cứ: ") == 1


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("lao dong tien tien co can sang kien khong", "Không.", "hoàn thành tốt nhiệm vụ"),
        ("xa co duoc tang bang khen khong", "Có.", "Sở Nội vụ"),
        ("thon dc tang giay khen k", "Có.", "Thôn"),
        ("chiến sĩ thi đua cơ sở có bắt buộc có sáng kiến ko", "Không.", "hoàn thành xuất sắc"),
        ("CSTĐCS có bị khống chế 15% không", "Không.", "91/2017"),
        ("có danh hiệu xã văn hóa không", "Không.", "tiêu biểu"),
    ],
)
def test_yes_no_questions_start_with_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    # the case asked answers first; a rule may add its own block after it (stop 42: the fraud
    # rule, read plainly since task h389, follows the revoke fact with what is taken back)
    part = _parts(officer_kb, question)[0]
    assert part.splitlines()[1].startswith(verdict), part
    assert fact in part


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # a title named as a condition of another is not what is asked about; negation counts
        ("nếu chưa đạt lao động tiên tiến thì có được cstdcs không", "Không.", "Điều 23"),
        # the number of consecutive years stated is compared with the rule
        ("đạt cstdcs 2 năm liền thì có được chiến sĩ thi đua cấp tỉnh không", "Không.", "03"),
        # enough years is not enough: Điều 22 khoản 1 điểm b also needs a sáng kiến or đề tài
        # of provincial reach, so the facts do not decide the case ("Tùy" + the condition)
        ("đạt cstdcs 3 năm liền thì có được chiến sĩ thi đua cấp tỉnh không", "Tùy", "sáng kiến"),
        # a level of duty: required ("cần") or held ("chỉ … thì được")
        ("lđtt có cần hoàn thành xuất sắc nhiệm vụ không", "Không.", "hoàn thành tốt"),
        ("chỉ hoàn thành nhiệm vụ thì được ldtt không", "Không.", "hoàn thành tốt"),
        ("hoan thanh xuat sac nhiem vu thi co duoc ldtt khong", "Có.", "xuất sắc"),
        # a rule for every title answers without a title named, and "một thành tích" wins
        ("khai man thành tích thì có bị thu hồi không", "Có.", "Điều 93"),
        ("một thành tích có được khen nhiều lần không", "Không.", "Điều 5"),
        ("giấy khen có được tặng nhiều lần cho một người không", "Có.", "Điều 5"),
        # the subject's case, not a default topic
        ("công chức chuyển công tác giữa năm có được xét lđtt không", "Có.", "đơn vị cũ"),
        ("giám đốc hợp tác xã có được tặng giấy khen cho xã viên không", "Có.", "Điều 80"),
        # task h34: Luật 2022 Điều 24 khoản 2 gives them "Chiến sĩ tiên tiến" (was "Tùy")
        ("dân quân tự vệ cơ động có được lđtt không", "Không.", "Chiến sĩ tiên tiến"),
        ("tap the lao dong tien tien co duoc thuong tien khong", "Có.", "2.030.000"),
    ],
)
def test_yes_no_verdict_follows_the_case_asked(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    # the case asked answers first; a rule may add its own block after it (stop 42: the fraud
    # rule, read plainly since task h389, follows the revoke fact with what is taken back)
    part = _parts(officer_kb, question)[0]
    assert part.splitlines()[1].startswith(verdict), part
    assert fact in part


def test_a_stated_amount_is_answered_by_the_amount_not_a_bare_yes(
    officer_kb: KnowledgeBase,
) -> None:
    (part,) = _parts(officer_kb, "lđtt có được thưởng 1 triệu không")
    assert not part.splitlines()[1].startswith("Có."), part
    assert "760.000" in part


def test_district_questions_say_what_changed_first(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask("chủ tịch huyện còn tặng giấy khen không", TODAY)
    first = answer.parts[0].answer.splitlines()
    assert first[1].startswith("Không. Từ 01/7/2025 không còn cấp huyện")
    assert "Chủ tịch UBND xã" in first[1]
    assert "Nghị định 129/2025/NĐ-CP, Điều 59" in first[-1]
    # the part after it names who decides now and does not contradict with "Có."
    assert not answer.parts[1].answer.splitlines()[1].startswith("Có.")


def test_casual_phone_typing_finds_the_right_subject(officer_kb: KnowledgeBase) -> None:
    with_marks = officer_kb.ask("thôn được tặng giấy khen không", TODAY).text
    casual = officer_kb.ask("thon dc tang giay khen k", TODAY).text
    assert with_marks == casual
    assert "cho tập thể" in casual.splitlines()[0]  # not the hộ gia đình entry
    assert "Thôn, tổ dân phố là tập thể" in casual


def test_json_parts(officer_kb: KnowledgeBase) -> None:
    data = officer_kb.ask("ldtt va cstdcs thuong bao nhieu", TODAY).to_json()
    assert [p["part"] for p in data["parts"]] == [
        "Lao động tiên tiến: Tiền thưởng",
        "Chiến sĩ thi đua cơ sở: Tiền thưởng",
    ]
    assert data["answer"] == "\n\n".join(p["answer"] for p in data["parts"])
    assert all(p["sources"] for p in data["parts"])


def test_amounts_follow_the_date_asked(officer_kb: KnowledgeBase) -> None:
    before = officer_kb.ask("ldtt thuong bao nhieu", date(2026, 6, 30)).text
    after = officer_kb.ask("ldtt thuong bao nhieu", date(2026, 7, 1)).text
    assert "710.000" in before and "760.000" in after


def test_off_topic_is_still_declined(officer_kb: KnowledgeBase) -> None:
    for question in ("thời tiết hôm nay thế nào", "giá vàng hôm nay bao nhiêu"):
        assert not officer_kb.ask(question, TODAY).answered


# ------------------------------------------------------------------ the data


def test_every_fact_has_a_source_and_no_known_wrong_claim() -> None:
    model = FactModel.load(CONTENT)
    wrong = [
        "bat buoc co sang kien",  # CSTĐCS: a route, not a requirement (Luật 2022 Điều 23)
        "thi tran tieu bieu",
        "danh hieu xa van hoa la",
    ]
    for entity, facts in model.facts.items():
        for attr, fact in facts.items():
            assert fact.sources, (entity, attr)
            text = fold(fact.text)
            for phrase in wrong:
                assert phrase not in text or "khong" in text, (entity, attr, phrase)
    # Bằng khen tỉnh: never one fixed amount (sources disagree; check NĐ 152/2025)
    bang_khen = model.facts["bang_khen_tinh"]["money"]
    assert not bang_khen.coefficients and "152/2025" in bang_khen.text
    assert not re.search(r"\d\.\d{3}\.000", bang_khen.text)


def test_a_title_written_twice_is_refused(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys silently; facts.yaml once lost a block that way."""
    import shutil

    from bot.knowledge.facts.model import FactModel
    from tests.knowledge.evaluation import CONTENT

    shutil.copytree(CONTENT / "facts", tmp_path / "facts")
    facts = tmp_path / "facts" / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    FactModel.load(tmp_path)  # as shipped: loads (merge keys "<<" may override on purpose)
    facts.write_text(text + "\nldtt:\n  money:\n    text: x\n    src: [luat]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate key 'ldtt'"):
        FactModel.load(tmp_path)


def test_a_commune_bang_khen_is_read_as_the_commune_giay_khen() -> None:
    # Task h31: readers say "bằng khen của UBND xã"; the xã chairman gives giấy khen (Luật Điều 80
    # khoản 3), so the answer is the xã's Giấy khen and its money, not the province's Bằng khen.
    # Since task h436 the answer may also say where a bằng khen really comes from (the province);
    # what must not come is the province's Bằng khen priced as if the xã gave it.
    kb = KnowledgeBase.load(CONTENT)
    answer = kb.ask(
        "Giáo viên nhận bằng khen của UBND xã thì được mức tiền thưởng bao nhiêu?", TODAY
    )
    assert answer.answered
    assert "Giấy khen của Chủ tịch UBND xã" in answer.text and "0,3 lần" in answer.text
    assert "Bằng khen của Chủ tịch UBND tỉnh: Tiền thưởng" not in answer.text
    assert "hệ số" not in answer.text
    # the province's Bằng khen is still itself
    tinh = kb.ask("Bằng khen của Chủ tịch UBND tỉnh được thưởng bao nhiêu?", TODAY)
    assert "Bằng khen của Chủ tịch UBND tỉnh" in tinh.text
