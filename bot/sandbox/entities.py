"""Telegram ``parse_mode=HTML``: turn marked-up text into plain text plus MessageEntity dicts.

Telegram does this server-side and rejects bad markup, which is a common bot bug (an unescaped
``<`` in user data, a ``<br>``), so the sandbox does it too, with Telegram's error wording
("can't parse entities: Unsupported start tag ..."). Offsets and lengths are in UTF-16 code
units, like Telegram's. Only the tags listed in the Bot API "HTML style" section are allowed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

_TAG_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAME = re.compile(r"[A-Za-z0-9-]+")
_ATTR = re.compile(r"""\s*([A-Za-z0-9_-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_NAMED_REFS = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,6});")


class EntityParseError(ValueError):
    """Message is Telegram's text after "Bad Request: can't parse entities: "."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    offset: int
    attrs: dict[str, str] = field(default_factory=dict)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return ``(plain_text, entities)`` or raise ``EntityParseError``."""
    out: list[str] = []
    out_len = 0  # UTF-16 length of the plain text so far
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "&":
            match = _CHAR_REF.match(text, i)
            decoded = None
            if match:
                ref = match.group(1)
                if ref.startswith("#"):
                    decoded = html.unescape(match.group(0))
                else:
                    decoded = _NAMED_REFS.get(ref.lower())
            if decoded is None:
                # Telegram keeps an unknown "&name;" as literal text.
                out.append("&")
                out_len += 1
                i += 1
                continue
            out.append(decoded)
            out_len += utf16_len(decoded)
            i = match.end() if match else i + 1
            continue
        if ch != "<":
            j = text.find("<", i)
            k = text.find("&", i)
            stop = min(x for x in (j, k, n) if x != -1)
            chunk = text[i:stop]
            out.append(chunk)
            out_len += utf16_len(chunk)
            i = stop
            continue
        start = i
        if i + 1 < n and text[i + 1] == "/":
            end = text.find(">", i)
            if end == -1:
                raise EntityParseError(
                    f"Unclosed end tag at byte offset {_byte_offset(text, start)}"
                )
            name = text[i + 2 : end].strip().lower()
            if not stack:
                raise EntityParseError(
                    f"Unexpected end tag at byte offset {_byte_offset(text, start)}"
                )
            top = stack[-1]
            if name and name != top.tag:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, start)}, "
                    f'expected "</{top.tag}>", found "</{name}>"'
                )
            stack.pop()
            _close(top, out_len, entities, stack)
            i = end + 1
            continue
        name_match = _NAME.match(text, i + 1)
        if not name_match:
            raise EntityParseError(
                f'Unsupported start tag "{text[i + 1 : i + 2]}" at byte offset '
                f"{_byte_offset(text, start)}"
            )
        name = name_match.group(0).lower()
        if name not in _TAG_TYPES:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, start)}'
            )
        end = text.find(">", name_match.end())
        if end == -1:
            raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, start)}")
        raw_attrs = text[name_match.end() : end].rstrip("/")
        attrs: dict[str, str] = {}
        for attr in _ATTR.finditer(raw_attrs):
            if attr.group(1):
                value = attr.group(2) or attr.group(3) or attr.group(4) or ""
                attrs[attr.group(1).lower()] = html.unescape(value)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset '
                f"{_byte_offset(text, start)}"
            )
        stack.append(_Open(name, out_len, attrs))
        i = end + 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close(tag: _Open, end: int, entities: list[dict[str, Any]], stack: list[_Open]) -> None:
    length = end - tag.offset
    if length <= 0:
        return  # Telegram drops empty entities
    kind = _TAG_TYPES[tag.tag]
    entity: dict[str, Any] = {"type": kind, "offset": tag.offset, "length": length}
    if tag.tag == "a":
        href = tag.attrs.get("href", "")
        user = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if user:
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
        elif href:
            entity["url"] = href
        else:
            return
    elif tag.tag == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.tag == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs.get("emoji-id", "")
    elif tag.tag == "code" and stack and stack[-1].tag == "pre":
        # <pre><code class="language-x">: one pre entity carrying the language.
        language = tag.attrs.get("class", "").removeprefix("language-")
        if language:
            stack[-1].attrs["language"] = language
        return
    elif tag.tag == "pre" and tag.attrs.get("language"):
        entity["language"] = tag.attrs["language"]
    entities.append(entity)
