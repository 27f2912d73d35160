"""parse_mode=HTML handling: plain text, UTF-16 entity offsets, Telegram's errors."""

from __future__ import annotations

import pytest

from bot.sandbox.entities import EntityParseError, parse_html, utf16_len


def test_nested_tags_and_utf16_offsets() -> None:
    text, entities = parse_html(
        '😀 <b>Đậm <i>nghiêng</i></b> &lt;x&gt; <a href="https://a.vn">link</a>'
    )
    assert text == "😀 Đậm nghiêng <x> link"
    # The emoji is two UTF-16 code units, so "Đậm" starts at offset 3.
    assert entities == [
        {"type": "bold", "offset": 3, "length": 11},
        {"type": "italic", "offset": 7, "length": 7},
        {"type": "text_link", "offset": 19, "length": 4, "url": "https://a.vn"},
    ]
    assert utf16_len(text) == 23


def test_pre_with_language_and_spoiler() -> None:
    text, entities = parse_html(
        '<pre><code class="language-python">x = 1</code></pre><tg-spoiler>s</tg-spoiler>'
    )
    assert text == "x = 1s"
    assert {"type": "pre", "offset": 0, "length": 5, "language": "python"} in entities
    assert {"type": "spoiler", "offset": 5, "length": 1} in entities


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("a<br>b", 'Unsupported start tag "br" at byte offset 1'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</i>", 'expected "</b>", found "</i>"'),
        ("Đ < 3", "Unsupported start tag"),
    ],
)
def test_errors(markup: str, message: str) -> None:
    with pytest.raises(EntityParseError, match=message.replace("(", r"\(")):
        parse_html(markup)
