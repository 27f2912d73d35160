"""Issue 11 in the chat (Telegram and Zalo): each example of the issue's "Why", end to end."""

from __future__ import annotations

from bot.core import codes
from tests.dossier.flow import submit_simple_dossier
from tests.e2e.harness import Harness


async def test_compound_questions_get_every_part(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("tiêu chuẩn chiến sĩ thi đua cơ sở là gì và tiền thưởng bao nhiêu")
    answer = await officer.expect("Căn cứ")
    assert answer.has("hoàn thành xuất sắc nhiệm vụ") and answer.has("2.530.000")
    await officer.say(
        "Tập thể lao động tiên tiến và Tập thể lao động xuất sắc được thưởng bao nhiêu"
    )
    both = await officer.expect("Căn cứ")
    assert both.has("2.030.000") and both.has("3.800.000")
    await officer.say("hồ sơ đề nghị giấy khen cho hộ gia đình gồm những gì, nộp cho ai")
    dossier = await officer.expect("Căn cứ")
    assert dossier.has("biên bản") and dossier.has("công chức phụ trách thi đua")


async def test_yes_no_questions_get_a_plain_answer(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("lao dong tien tien co can sang kien khong")
    no = await officer.expect("Căn cứ")
    assert no.has("Không. Không cần sáng kiến")
    await officer.say("xa co duoc tang bang khen khong")
    yes = await officer.expect("Căn cứ")
    assert yes.has("Có. Xã là tập thể")
    # Two of the second batch (tuning half): a condition on another title, a case of the subject.
    await officer.say("nếu không đạt lđtt thì có được xét chiến sĩ thi đua cơ sở không")
    condition = await officer.expect("Căn cứ")
    assert condition.has("Chiến sĩ thi đua cơ sở: Ai được xét")
    assert condition.has("Không. Điều kiện đầu tiên của Chiến sĩ thi đua cơ sở")
    assert condition.has("Điều 23")
    await officer.say("cong chuc moi chuyen tu xa khac ve co dc xet ldtt k")
    moved = await officer.expect("Căn cứ")
    assert moved.has("Có. Chuyển công tác không phải tuyển dụng mới")
    assert moved.has("đơn vị cũ")


async def test_blind_set_failure_kinds_in_the_chat(harness: Harness) -> None:
    """Issue 11c: "Y without X" is not "is X required"; a told story does not pick the attribute
    and its decision year picks the base salary."""
    officer = await harness.officer("THON-BM")
    await officer.say("có được cstdcs mà không có sáng kiến không")
    without = await officer.expect("Căn cứ")
    # stop 37 (h297): "được … mà không có sáng kiến" asks the title, so the title's eligibility
    # answers, with the sáng kiến as the other route, not a requirement
    assert without.has("Có. Cá nhân thuộc xã") and without.has("hoàn thành xuất sắc nhiệm vụ")
    assert without.has("con đường thay thế")
    await officer.say(
        "Tôi là công chức địa chính xã, năm 2025 tôi được chủ tịch xã ra quyết định công nhận "
        "chiến sĩ thi đua cơ sở, vậy tôi được thưởng bao nhiêu?"
    )
    story = await officer.expect("Căn cứ")
    assert story.has("2.340.000") and not story.has("Ai quyết định")


async def test_claims_and_letters_in_the_chat(harness: Harness) -> None:
    """Task h29: a yes/no decided from the figure it claims, a letter answered from its final
    question with the told circumstance as the case, a repealed decree named as current."""
    officer = await harness.officer("THON-BM")
    await officer.say("thôn văn hóa niêm yết lấy ý kiến 7 ngày có được không")
    figure = await officer.expect("Căn cứ")
    assert figure.has("Không.") and figure.has("10 ngày")
    await officer.say(
        "Chị Lan là kế toán trường tiểu học của xã, mới được tuyển dụng lần đầu từ tháng 9/2026, "
        "đến tổng kết năm học mới làm được hơn 2 tháng. Đơn vị có nên đề nghị chị Lan danh hiệu "
        "Lao động tiên tiến năm nay không?"
    )
    letter = await officer.expect("Căn cứ")
    assert letter.has("Lao động tiên tiến: Ai được xét") and letter.has("Không. Người mới tuyển")
    # stop 25: a discipline of last year does not bar this year ("trong năm")
    await officer.say("nam ngoai e bi khien trach, nam nay e co dc LDTT k")
    past = await officer.expect("Căn cứ")
    assert past.has("Có. Nếu năm nay đạt tiêu chuẩn") and past.has("kỷ luật của năm trước")
    await officer.say("thôn còn chấm điểm gia đình văn hóa theo nghị định 122/2018 không")
    repealed = await officer.expect("Căn cứ")
    assert repealed.has("Không. Nghị định 122/2018/NĐ-CP đã hết hiệu lực")


async def test_district_questions_say_the_reform_first(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("chủ tịch huyện còn tặng giấy khen không")
    answer = await officer.expect("Căn cứ")
    assert answer.has("Không. Từ 01/7/2025 không còn cấp huyện")
    assert answer.has("Chủ tịch UBND xã")
    # a title the district gave before the reform still holds: not the district's "Không"
    await officer.say("cstdcs 2024 do huyen ky con gia tri de xet cstd tinh k")
    kept = await officer.expect("Căn cứ")
    assert kept.has("Có. Danh hiệu, giấy khen do Chủ tịch UBND huyện")
    assert kept.has("vẫn giữ nguyên giá trị")


async def test_casual_phrasing_picks_the_right_subject(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("thon dc tang giay khen k")
    answer = await officer.expect("Căn cứ")
    assert answer.has("Có. Thôn, tổ dân phố là tập thể")
    assert not answer.has("hộ gia đình:")


async def test_questions_about_a_plan_are_answered_from_it(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say(
        "Ai chịu trách nhiệm cân đối kinh phí cho công tác thi đua khen thưởng của tỉnh Lai Châu"
    )
    pays = await officer.expect("Căn cứ")
    assert pays.has("Sở Tài chính") and pays.has("50/KH-UBND")
    assert pays.has("kế hoạch mẫu")  # an old example: its legal basis may be outdated
    await officer.say("kế hoạch Đakrông ai thẩm định quy chế xét khen thưởng chuyên đề")
    appraises = await officer.expect("Căn cứ")
    assert appraises.has("Thẩm định quy chế xét khen thưởng chuyên đề")
    await officer.say("Lai Châu họp hội đồng xét khen ngành giáo dục năm học khi nào")
    school = await officer.expect("Căn cứ")
    assert school.has("năm học 2015-2016")


async def test_this_years_deadlines_without_a_plan_invent_nothing(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("hạn nộp hồ sơ khen thưởng năm nay")
    answer = await officer.expect("Căn cứ")
    assert answer.has("Chưa có kế hoạch thi đua, khen thưởng nào được nhập")
    assert answer.has("25/11")
    assert not answer.has("2020")  # not the old example plan's date


async def test_a_tracking_code_inside_a_sentence_wins_over_qa(harness: Harness) -> None:
    officer = await harness.officer("XA-CM")
    dossier = await submit_simple_dossier(harness, officer)
    await officer.say(f"tra cuu ho so {dossier.code}")
    found = await officer.expect("Tình trạng: Đã nộp")
    assert codes.display(dossier.code) in found.text
    typo = dossier.code[:-1] + next(c for c in codes.ALPHABET if c != dossier.code[-1])
    await officer.say(f"cho mình hỏi hồ sơ mã {typo.lower()} đến đâu rồi")
    wrong = await officer.expect("không đúng, anh/chị kiểm tra lại")
    assert wrong.has(codes.display(typo))
    assert wrong.has(codes.display(dossier.code))  # the asker's own recent code
    assert not wrong.has("Chưa có câu trả lời chắc chắn")
    await officer.choose(codes.display(dossier.code))
    await officer.expect("Tình trạng: Đã nộp")


async def test_long_tail_is_answered_from_the_law_with_its_citation(harness: Harness) -> None:
    officer = await harness.officer("THON-BM")
    await officer.say("Danh hiệu vinh dự nhà nước gồm những gì?")
    answer = await officer.expect("Căn cứ")
    assert answer.has("Theo Điều 59 khoản 2 Luật Thi đua, khen thưởng 2022")
    assert answer.has("Bà mẹ Việt Nam anh hùng")
    assert answer.has("kiểm tra văn bản gốc")


async def test_yes_no_verdicts_and_off_topic_declines_in_the_chat(harness: Harness) -> None:
    """Task h21: the verdict comes from the fact for the asked attribute and subject ("tính"
    is not the province; the central council decides no commune title; a stated head-count is
    checked against the minimum share), and a question outside the field is declined with what
    the assistant can do instead of an answer from a look-alike entry."""
    officer = await harness.officer("THON-BM")
    await officer.say("nghi thai san co duoc tinh de xet ldtt k")
    counted = await officer.expect("Căn cứ")
    assert counted.has("Có. Thời gian nghỉ thai sản") and not counted.has("Ai quyết định")
    await officer.say("hoi dong tdkt trung uong co xet ldtt cho cong chuc xa k")
    central = await officer.expect("Căn cứ")
    assert central.has("Không. Chủ tịch UBND xã quyết định")
    await officer.say("co quan em co 10 nguoi, chi 4 nguoi dat ldtt. vay co quan co dat ttldtt ko")
    ratio = await officer.expect("Căn cứ")
    assert ratio.has("Không. Tỷ lệ anh/chị nêu (4/10 = 40 %) chưa đạt")
    await officer.say("xe máy có phải đóng thuế không")
    declined = await officer.expect("Ngoài lĩnh vực thi đua")
    assert declined.has("tra cứu hồ sơ bằng mã") and not declined.has("Căn cứ")
    assert not declined.has("thu nhập chịu thuế")
