"""Splitting a legal text in the official layout into Chương / Mục / Điều / Khoản / Điểm.

The layout is the one every Vietnamese legal document follows (Nghị định 30/2020/NĐ-CP on
văn bản hành chính, Luật Ban hành văn bản quy phạm pháp luật): "Chương I" and "Mục 1" on their
own line with the name on the same or the next line, "Điều 5. Tên điều", khoản as "1. …", điểm
as "a) …" (đ included). The header before the first article carries the number ("Luật số:
06/2022/QH15"), the place and date ("Hà Nội, ngày 15 tháng 6 năm 2022"); the closing articles
carry the effective date and what the text replaces. Markdown marks are tolerated so the
packaged extracts (``content/law/*.md``) read the same way; a YAML front matter block, when
present, overrides what the text says about itself.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from bot.knowledge.law.model import LawDocument, Provision

__all__ = ["parse_text"]

_CHAPTER = re.compile(r"^chương\s+([IVXLC]+|\d+)\b\.?\s*(.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^mục\s+(\d+)\b\.?\s*(.*)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(\d{1,3})\.\s*(\S.*)$")
_POINT = re.compile(r"^([a-zđ])\)\s*(.*)$")
NUMBER = re.compile(r"\b(\d{1,4}/\d{4}/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)")
_OWN_NUMBER = re.compile(r"số\s*:?\s*(\d{1,4}/\d{4}/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)")
_LONG_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_SHORT_DATE = re.compile(r"(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})")
_EFFECTIVE = re.compile(
    r"có hiệu lực(?: thi hành)?(?: kể)? từ(?: ngày)?\s+"
    r"(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_KINDS = {
    "Luật": "QH",
    "Nghị định": "NĐ-CP",
    "Nghị quyết": "NQ-",
    "Thông tư": "TT-",
    "Quyết định": "QĐ-",
}
_ISSUERS = {
    "QH": "Quốc hội",
    "NĐ-CP": "Chính phủ",
    "TT-BNV": "Bộ Nội vụ",
    "TT-BTC": "Bộ Tài chính",
    "QĐ-TTG": "Thủ tướng Chính phủ",
    "QĐ-UBND": "Ủy ban nhân dân tỉnh",
}


def _clean(line: str) -> str:
    """One line without markdown marks and doubled spaces."""
    line = line.strip().lstrip("#").strip()
    line = line.replace("**", "").replace("__", "")
    return " ".join(line.split())


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    meta = yaml.safe_load(text[4:end]) or {}
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a mapping")
    return meta, text[end + 4 :]


def _to_date(text: str) -> date | None:
    for pattern in (_LONG_DATE, _SHORT_DATE):
        m = pattern.search(text)
        if m:
            day, month, year = (int(g) for g in m.groups())
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _kind_of(number: str | None) -> str | None:
    if not number:
        return None
    suffix = number.split("/")[-1].upper()
    for kind, mark in _KINDS.items():
        if suffix.startswith(mark):
            return kind
    return None


def _issuer_of(number: str | None) -> str | None:
    if not number:
        return None
    suffix = number.split("/")[-1].upper()
    for mark, issuer in _ISSUERS.items():
        if suffix.startswith(mark):
            return issuer
    return None


def _named_issuer(header: list[str]) -> str | None:
    """ "ỦY BAN NHÂN DÂN / TỈNH MẪU" at the top left → "Ủy ban nhân dân tỉnh Mẫu"."""
    words: list[str] = []
    for line in header[:4]:
        if not line.isupper() or line.startswith(("CỘNG HÒA", "SỐ")):
            break
        words += line.split()
    if not words:
        return None
    text = " ".join(words).lower()
    for level in ("tỉnh ", "thành phố "):
        if level in text:
            head, _, name = text.partition(level)
            return f"{head.capitalize()}{level}{name.title()}"
    return text.capitalize()


def _title_of(
    kind: str | None,
    number: str | None,
    header: list[str],
    issued: date | None,
    issuer: str | None,
) -> str:
    """ "Luật Thi đua, khen thưởng 2022" for a law (named by its name and year, as officers and
    the project's answers cite it), "Nghị định 152/2025/NĐ-CP" for the rest."""
    if kind == "Luật":
        for i, line in enumerate(header):
            if line.upper() == "LUẬT" and i + 1 < len(header):
                name = header[i + 1]
                year = issued.year if issued else (number or "").split("/")[1:2]
                year_text = str(year) if isinstance(year, int) else "".join(year)
                return f"Luật {name[:1].upper()}{name[1:].lower()} {year_text}".strip()
    if kind and number:
        # a province's decision is cited with its issuer: numbers repeat across provinces
        if kind == "Quyết định" and issuer and issuer != "Ủy ban nhân dân tỉnh":
            return f"{kind} {number} của {issuer}"
        return f"{kind} {number}"
    return number or (header[0] if header else "Văn bản chưa rõ tên")


def parse_text(text: str, key: str, *, source: str = "") -> LawDocument:
    """Split ``text`` into provisions and read its number, dates, issuer and replacements.

    Raises ValueError when the text has no "Điều …" at all (not a legal text in the official
    layout, or a scan whose text layer is empty).
    """
    meta, body = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_clean(raw) for raw in body.split("\n") if not raw.lstrip().startswith(">")]
    lines = [line for line in lines if line and line not in {"...", "…"}]
    header: list[str] = []
    provisions: list[Provision] = []
    chapter: str | None = None
    section: str | None = None
    article: Provision | None = None
    clause: Provision | None = None
    point: Provision | None = None
    pending_name: str | None = None  # "chapter" / "section" whose name is on the next line
    for line in lines:
        if pending_name and not _ARTICLE.match(line):
            if pending_name == "chapter":
                chapter = f"{chapter} {line}".strip()
            else:
                section = f"{section} {line}".strip()
            pending_name = None
            continue
        pending_name = None
        if m := _CHAPTER.match(line):
            chapter, section = f"Chương {m.group(1)}", None
            if m.group(2):
                chapter += f" {m.group(2)}"
            else:
                pending_name = "chapter"
            continue
        if article is not None and (m := _SECTION.match(line)):
            section = f"Mục {m.group(1)}" + (f" {m.group(2)}" if m.group(2) else "")
            pending_name = None if m.group(2) else "section"
            continue
        if m := _ARTICLE.match(line):
            article = Provision(
                m.group(1), m.group(2).rstrip("."), chapter=chapter, section=section
            )
            provisions.append(article)
            clause = point = None
            continue
        if article is None:
            header.append(line)
            continue
        if m := _CLAUSE.match(line):
            clause = Provision(
                article.article,
                article.article_title,
                m.group(1),
                None,
                m.group(2),
                chapter=chapter,
                section=section,
            )
            provisions.append(clause)
            point = None
            continue
        if clause is not None and (m := _POINT.match(line)):
            point = Provision(
                article.article,
                article.article_title,
                clause.clause,
                m.group(1),
                m.group(2),
                clause.text,
                chapter=chapter,
                section=section,
            )
            provisions.append(point)
            continue
        target = point or clause or article
        target.text = f"{target.text}\n{line}".strip()
    if not any(p.clause is None for p in provisions):
        raise ValueError("không thấy điều khoản nào (dòng bắt đầu bằng “Điều …”)")
    head_text = "\n".join(header)
    number = meta.get("number")
    if not number and (m := _OWN_NUMBER.search(head_text) or NUMBER.search(head_text)):
        number = m.group(1)
    issued = meta.get("issued") or _to_date(head_text)
    effective = meta.get("effective")
    replaces: list[str] = list(meta.get("replaces") or [])
    for p in provisions:
        whole = f"{p.lead} {p.text}"
        if effective is None and (m := _EFFECTIVE.search(whole)):
            effective = _to_date(m.group(1))
        if "hết hiệu lực" in whole or "thay thế" in whole:
            replaces += [n for n in NUMBER.findall(whole) if n != number]
    kind = meta.get("kind") or _kind_of(number)
    issuer = meta.get("issuer") or _issuer_of(number)
    if issuer == "Ủy ban nhân dân tỉnh" and (named := _named_issuer(header)):
        issuer = named
    # A khoản whose điểm were split off keeps its lead-in as text; drop empty article shells.
    kept = [p for p in provisions if p.text or not _has_children(p, provisions)]
    return LawDocument(
        key=key,
        title=meta.get("title") or _title_of(kind, number, header, issued, issuer),
        number=number,
        kind=kind,
        issuer=issuer,
        issued=issued,
        effective=effective,
        replaces=list(dict.fromkeys(replaces)),
        superseded_by=meta.get("superseded_by"),
        source=str(meta.get("source") or source),
        partial=bool(meta.get("partial", False)),
        provisions=kept,
    )


def _has_children(p: Provision, provisions: list[Provision]) -> bool:
    return any(
        q is not p and q.article == p.article and (p.clause is None or q.clause == p.clause)
        for q in provisions
    )
