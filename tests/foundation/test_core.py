"""The core's pure pieces: folding, codes, degradation to a channel's capabilities, pacing."""

from __future__ import annotations

import unicodedata

import pytest

from bot.core import codes
from bot.core.messages import TELEGRAM, ZALO, Choice, OutFile, Reply
from bot.core.render import render, split_text, visible_length
from bot.core.text import fold, folded_words, sentences, words_match


def _render(reply: Reply, caps=TELEGRAM, edit_id: str | None = None):  # type: ignore[no-untyped-def]
    tokens: dict[str, str] = {}

    def shorten(payload: str) -> str:
        tokens["~t"] = payload
        return "~t"

    return render(
        reply, caps, shorten=shorten, store_file=lambda d: "k" * 64, edit_message_id=edit_id
    ), tokens


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hồ sơ đề nghị khen thưởng", "ho so de nghi khen thuong"),
        ("ĐĂNG KÝ THI ĐUA", "dang ky thi dua"),
        ("hoà", "hoa"),
        ("hòa", "hoa"),
        ("Ủy ban", "uy ban"),
        (unicodedata.normalize("NFD", "Chiến sĩ thi đua cơ sở"), "chien si thi dua co so"),
        ("tiền\u00a0thưởng", "tien thuong"),
    ],
)
def test_fold_removes_every_mark(typed: str, expected: str) -> None:
    assert fold(typed) == expected


def test_words_match_ignores_marks_case_and_spacing() -> None:
    assert words_match("  dang ky  THI dua ", "Đăng ký thi đua")
    assert not words_match("dang ky", "Đăng ký thi đua")


@pytest.mark.parametrize(
    ("typed", "keep", "expected"),
    [
        ("Nghe nói: CSTĐ tỉnh được 15%, đúng k?", "", "nghe noi cstd tinh duoc 15 dung k"),
        ("Nghe nói: CSTĐ tỉnh được 15%, đúng k?", "%", "nghe noi cstd tinh duoc 15% dung k"),
        ("NĐ 152/2025 (từ 01/7/2025)", "/", "nd 152/2025 tu 01/7/2025"),
        ("NĐ 152/2025 (từ 01/7/2025)", "", "nd 152 2025 tu 01 7 2025"),
    ],
)
def test_folded_words_keeps_only_the_characters_asked(typed: str, keep: str, expected: str) -> None:
    # the claim readers match patterns such as "15%" or "152/2025" against these words
    assert folded_words(typed, keep) == expected


def test_sentences_end_at_a_stop_but_not_inside_a_sum() -> None:
    # a letter's story and its closing ask; "2.340.000" and "19/5/2026" stay whole
    letter = "Chị thủ quỹ tính 2.340.000 đ  ngày 19/5/2026. Vậy đúng không ạ?  Em cảm ơn!"
    assert sentences(letter) == [
        "Chị thủ quỹ tính 2.340.000 đ ngày 19/5/2026.",
        "Vậy đúng không ạ?",
        "Em cảm ơn!",
    ]


def test_codes_are_unambiguous_and_checked() -> None:
    for _ in range(200):
        code = codes.generate(codes.TRACKING_LENGTH)
        assert not set(code) & set("O0I1")
        assert codes.parse(codes.display(code).lower(), codes.TRACKING_LENGTH) == code
        assert codes.parse(code[:3] + " " + code[3:], codes.TRACKING_LENGTH) == code
        wrong = code[:2] + ("A" if code[2] != "A" else "B") + code[3:]
        assert codes.parse(wrong, codes.TRACKING_LENGTH) is None
    assert codes.parse("HELLO", codes.TRACKING_LENGTH) is None


def test_split_prefers_paragraphs_then_lines_then_sentences() -> None:
    paragraphs = "\n\n".join("Đoạn " + str(i) + ". " + "x" * 900 for i in range(6))
    chunks = split_text(paragraphs, 2000)
    assert len(chunks) == 3
    assert all(visible_length(c) <= 2000 for c in chunks)
    assert all(c.startswith("Đoạn") for c in chunks)
    sentences = " ".join(f"Câu số {i} nói về hồ sơ khen thưởng." for i in range(200))
    parts = split_text(sentences, 500)
    assert all(p.endswith(".") for p in parts[:-1])
    assert " ".join(parts) == sentences


def test_split_never_counts_markup_and_rebalances_bold() -> None:
    text = "**" + "a " * 1500 + "**"
    parts = split_text(text, 1000)
    assert all(visible_length(p) <= 1000 for p in parts)
    assert all(p.count("**") % 2 == 0 for p in parts)


def test_zalo_gets_numbered_choices_and_no_buttons() -> None:
    reply = Reply(
        "Chọn danh hiệu:", [Choice("Lao động tiên tiến", "t:1"), Choice("CSTĐ cơ sở", "t:2")]
    )
    messages, _ = _render(reply, ZALO)
    assert len(messages) == 1 and not messages[0].buttons
    assert (
        messages[0].text
        == "Chọn danh hiệu:\n\n1. Lao động tiên tiến\n2. CSTĐ cơ sở\nTrả lời 1 hoặc 2."
    )


def test_telegram_buttons_keep_callback_data_under_64_bytes() -> None:
    long_payload = "reg:title:" + "Chiến sĩ thi đua cấp tỉnh" * 3
    reply = Reply("Chọn:", [Choice("A", "menu:qa"), Choice("B", long_payload)], columns=2)
    messages, tokens = _render(reply)
    row = messages[0].buttons[0]
    assert [b.data for b in row] == ["menu:qa", "~t"]
    assert tokens["~t"] == long_payload
    assert all(len(b.data.encode()) <= 64 for b in row)


def test_long_text_on_zalo_becomes_ordered_messages_within_2000() -> None:
    text = "\n".join(f"{i}. Nội dung dòng thứ {i} của hướng dẫn lập hồ sơ." for i in range(100))
    messages, _ = _render(Reply(text), ZALO)
    assert len(messages) == 3
    assert all(len(m.text or "") <= 2000 for m in messages)
    assert "\n".join(m.text or "" for m in messages) == text


def test_edit_only_where_the_channel_can_edit() -> None:
    reply = Reply("Đã chọn", edit=True)
    assert _render(reply, TELEGRAM, "42")[0][0].edit_message_id == "42"
    assert _render(reply, ZALO, "42")[0][0].edit_message_id is None


def test_files_upload_on_telegram_and_link_on_zalo() -> None:
    pdf = OutFile("document", "hoso.pdf", "application/pdf", data=b"%PDF", url="https://x/hoso.pdf")
    telegram, _ = _render(Reply("Hồ sơ:", files=[pdf]), TELEGRAM)
    assert telegram[1].file is not None and telegram[1].file.media_key and not telegram[1].file.url
    zalo, _ = _render(Reply("Hồ sơ:", files=[pdf]), ZALO)
    assert zalo[1].file is not None and zalo[1].file.url == "https://x/hoso.pdf"
