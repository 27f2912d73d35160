"""Issue 18, third stop: coverage from the law for questions no entry was written for.

Each test asks the engine the chat uses (``officer_kb``: fact model, KB entries, law clauses)
a question the way readers write to legal Q&A columns and checks what the reader would see.
"""

from __future__ import annotations

from datetime import date

from bot.knowledge.answer import KnowledgeBase

AS_OF = date(2026, 11, 22)


def test_chien_si_tien_tien_is_its_own_title(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask("ai có thẩm quyền quyết định tặng danh hiệu chiến sĩ tiên tiến?", AS_OF)
    assert answer.answered
    assert "Bộ Quốc phòng, Bộ Công an" in answer.text
    assert "Lao động tiên tiến: Ai quyết định" not in answer.text


def test_chien_si_thi_dua_toan_quoc(officer_kb: KnowledgeBase) -> None:
    money = officer_kb.ask("tiền thưởng chiến sĩ thi đua toàn quốc là bao nhiêu", AS_OF)
    assert money.text.startswith("**Chiến sĩ thi đua toàn quốc: Tiền thưởng**")
    assert "4,5" in money.text
    criteria = officer_kb.ask("tiêu chuẩn chiến sĩ thi đua toàn quốc", AS_OF)
    assert criteria.text.startswith("**Chiến sĩ thi đua toàn quốc: Tiêu chuẩn**")
    assert "02 lần liên tục" in criteria.text


def test_who_decides_for_a_company_asker(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "Tôi làm ở công ty cổ phần, ai có thẩm quyền tặng danh hiệu Lao động tiên tiến cho "
        "người lao động trong doanh nghiệp?",
        AS_OF,
    )
    assert "Giám đốc doanh nghiệp, hợp tác xã" in answer.text


def test_several_at_once_states_the_one_achievement_rule(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "đề nghị công nhận chiến sĩ thi đua cấp tỉnh và bằng khen của chủ tịch tỉnh có thể cùng "
        "1 lúc không",
        AS_OF,
    )
    assert "nhiều hình thức cho một thành tích" in answer.text


def test_list_question_gets_the_whole_list_from_the_law(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "Cho hỏi danh hiệu vinh dự nhà nước gồm những danh hiệu nào, nhà giáo ưu tú có phải không?",
        AS_OF,
    )
    # the kind fact lists every title of Điều 59 khoản 2 and answers the yes/no (stop 32, h190)
    assert answer.answered and "Điều 59 khoản 2" in answer.text
    assert answer.text.split("\n")[1].startswith("Có."), answer.text
    for item in ("“Anh hùng Lao động”", "“Nhà giáo nhân dân”", "“Nghệ nhân nhân dân”"):
        assert item in answer.text


def test_a_clause_beats_an_entry_it_is_clearly_surer_of(officer_kb: KnowledgeBase) -> None:
    # the KB holds the Hội đồng of the xã; the question is about the central one (Điều 90)
    answer = officer_kb.ask(
        "Cho tôi hỏi Hội đồng Thi đua - Khen thưởng Trung ương do ai làm Chủ tịch?", AS_OF
    )
    assert answer.answered and "Thủ tướng Chính phủ" in answer.text
    assert "Điều 90 khoản 2" in answer.text


def test_clause_added_for_what_the_answer_leaves_out(officer_kb: KnowledgeBase) -> None:
    # the fact model answers CSTĐCS eligibility; the asker is in the army (Điều 80 khoản 5).
    # (Task h47: the công an became a subject of the facts, whose answer names Bộ Công an;
    # stop 33: "sĩ quan quân đội" became the soldiers' subject, whose answer names Bộ Quốc
    # phòng; stop 40: "chiến sĩ quân đội" too. "người trong quân đội" is read as neither, so
    # the clause still speaks for it.)
    answer = officer_kb.ask("người trong quân đội có được xét chiến sĩ thi đua cơ sở không", AS_OF)
    _, _, added = answer.text.partition("\n\nTheo Điều 80 khoản 5 Luật Thi đua, khen thưởng")
    assert added, answer.text
    assert "Bộ Quốc phòng, Bộ Công an quy định" in added
    assert answer.parts[-1].part == "Điều 80 khoản 5"


def test_no_clause_added_when_the_answer_covers_the_question(officer_kb: KnowledgeBase) -> None:
    # the question names the hợp tác xã and so does the fact answer: nothing is left out
    answer = officer_kb.ask("hợp tác xã có quyền tặng giấy khen cho thành viên HTX không", AS_OF)
    assert answer.answered and "hợp tác xã" in answer.text
    assert "\nTheo Điều" not in answer.text


# Task h22: topics of the law's structure no entry or fact held before.


def test_prime_minister_bang_khen_is_not_the_provinces(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "Cá nhân được tặng Bằng khen của Thủ tướng Chính phủ thì được thưởng bao nhiêu tiền?",
        AS_OF,
    )
    assert answer.text.startswith("**Bằng khen của Thủ tướng Chính phủ: Tiền thưởng**")
    assert "kiểm tra văn bản gốc" in answer.text  # no verbatim coefficient in the references
    assert "Chủ tịch UBND tỉnh" not in answer.text
    route = officer_kb.ask(
        "xã có thể đề nghị thẳng lên Thủ tướng tặng bằng khen được không hay phải qua đâu?", AS_OF
    )
    assert "Sở Nội vụ" in route.text and "không gửi thẳng Thủ tướng" in route.text


def test_huy_chuong_is_not_a_question_about_revoking(officer_kb: KnowledgeBase) -> None:
    # "huy" of "huy chương" folds like "hủy" (a cue of revocation)
    answer = officer_kb.ask(
        "Cho tôi hỏi các loại huy chương hiện nay theo luật thi đua khen thưởng gồm những "
        "loại nào?",
        AS_OF,
    )
    assert "Hủy bỏ, thu hồi" not in answer.text
    assert "Huy chương Chiến sĩ vẻ vang" in answer.text


def test_a_schools_council_is_not_the_communes(officer_kb: KnowledgeBase) -> None:
    answer = officer_kb.ask(
        "Em là tổ trưởng tổ chuyên môn trường THCS, em có là thành viên hội đồng thi đua khen "
        "thưởng của trường không ạ?",
        AS_OF,
    )
    assert answer.answered and answer.entry_id == "hoi-dong-tdkt-truong-hoc"
    assert "Hiệu trưởng thành lập" in answer.text and "tổ trưởng tổ chuyên môn" in answer.text
