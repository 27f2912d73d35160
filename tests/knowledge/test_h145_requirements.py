"""Task h145: what CSTĐ tỉnh and CSTĐCS require, as an officer puts it up. Wordings of our
own, none from a set."""

from __future__ import annotations

import re

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "có người bảo CSTĐCS bắt buộc phải có sáng kiến, không có thì không được, đúng không",
        "nghe bao cstdcs phai co sang kien bat buoc, khong co thi khong duoc a",
        # the title named after its requirement is put up: the trailing "không có thì không
        # được" restates that requirement, it asks nothing of who may be CSTĐCS
        "chị văn phòng nói CSTĐCS bắt buộc có sáng kiến được hội đồng xã công nhận, không có "
        "thì không được, đúng không ạ",
        "nghe bao cstdcs bat buoc co sang kien cap xa cong nhan, ko co thi ko duoc, dung ko",
    ],
)
def test_initiative_claimed_required_then_lost(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 23 khoản 2: hoàn thành xuất sắc nhiệm vụ, or an initiative, or a project
    text = ask_verdict(officer_kb, question, "Không")
    assert "Không bắt buộc có sáng kiến" in text


@pytest.mark.parametrize(
    "question",
    [
        "anh Nam 3 năm liền CSTĐCS nhưng sáng kiến chỉ áp dụng trong xã, có đủ CSTĐ tỉnh không",
        "3 lan lien tuc cstdcs ma sang kien chi ap dung trong xa thoi, co du cstd tinh ko",
        "sáng kiến của chị được hội đồng xã công nhận và áp dụng ở xã, chị đã 3 năm liền CSTĐCS, "
        "vậy lên CSTĐ tỉnh được không",
    ],
)
def test_initiative_reach_short_of_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm b: nhân rộng, phạm vi ảnh hưởng trong tỉnh
    text = ask_verdict(officer_kb, question, "Không")
    # the case told is named short of the reach, whichever reader met it first
    assert re.search(r"chưa (?:đạt|có khả năng nhân rộng,) phạm vi ảnh hưởng", text)


def test_project_in_place_of_initiative_is_no_bar(officer_kb: KnowledgeBase) -> None:
    # Điều 22 khoản 1 điểm b: "hoặc có đề tài khoa học, đề án khoa học …"
    question = (
        "đạt CSTĐCS 3 năm liền nhưng không có sáng kiến, có đề tài khoa học thì có lên CSTĐ tỉnh "
        "được không"
    )
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "đề tài" in text


def test_lacking_initiative_and_project_still_bars(officer_kb: KnowledgeBase) -> None:
    question = "3 năm liền CSTĐCS mà không có sáng kiến hay đề tài nào thì lên CSTĐ tỉnh được không"
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "muốn được CSTĐ tỉnh thì các năm trước có phải đạt Lao động tiên tiến không",
        "len cstd tinh thi moi nam co phai dat ldtt khong",
    ],
)
def test_title_required_one_step_removed(officer_kb: KnowledgeBase, question: str) -> None:
    # CSTĐ tỉnh: 03 lần CSTĐCS (Điều 22 khoản 1 điểm a); CSTĐCS: tiêu chuẩn LĐTT (Điều 23)
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chiến sĩ thi đua cơ sở" in text


@pytest.mark.parametrize(
    "question",
    [
        "xã có được tự quy định tỷ lệ khống chế Lao động tiên tiến không hay phải theo tỉnh",
        "phuong co tu dat ty le gioi han cstdcs duoc ko hay theo quy che tinh",
    ],
)
def test_province_offered_as_the_other_answer(officer_kb: KnowledgeBase, question: str) -> None:
    # no cap in Luật 2022 or NĐ 152/2025; the province may set one: the asker's "or must we
    # follow the province" is the answer, not a bare "Không"
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "quy chế" in text


@pytest.mark.parametrize(
    "question",
    [
        "có người nói cờ thi đua của tỉnh trao cho cá nhân tiêu biểu nhất của xã, đúng không",
        "nghe bao co thi dua cua tinh tang cho ca nhan gioi nhat xa phai ko",
    ],
)
def test_recipient_claim_is_not_a_decider_claim(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 26: cờ thi đua goes to collectives; the line is about whom, not who signs
    text = ask_verdict(officer_kb, question, "Không")
    assert "tập thể" in text
