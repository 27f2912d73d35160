"""A legal document split into provisions, and its JSON form (how imports are stored)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

__all__ = ["LawDocument", "Provision"]

#: a provision that still gives a power to the district level, which ended on 01/7/2025
_DISTRICT = re.compile(
    r"cấp huyện|huyện,\s*quận|ủy ban nhân dân huyện|uỷ ban nhân dân huyện|chủ tịch ủy ban nhân dân"
    r" cấp huyện|quận, huyện",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Provision:
    """One Điều, or one khoản or điểm of it (the smallest unit that carries text)."""

    article: str
    #: the article's heading ("Nguyên tắc thi đua, khen thưởng")
    article_title: str
    clause: str | None = None
    point: str | None = None
    #: the provision's own words (for a điểm: only the điểm)
    text: str = ""
    #: the khoản's opening words a điểm continues ("Việc khen thưởng ... nguyên tắc sau đây:")
    lead: str = ""
    chapter: str | None = None
    section: str | None = None

    @property
    def names_district(self) -> bool:
        return bool(_DISTRICT.search(self.text) or _DISTRICT.search(self.lead))

    def where(self) -> str:
        """ "Điều 5 khoản 2 điểm c" (the order the project's citations use)."""
        parts = [f"Điều {self.article}"]
        if self.clause:
            parts.append(f"khoản {self.clause}")
        if self.point:
            parts.append(f"điểm {self.point}")
        return " ".join(parts)


@dataclass(slots=True)
class LawDocument:
    #: stable key: file name without extension ("luat-tdkt-2022")
    key: str
    #: "Luật Thi đua, khen thưởng 2022" — what citations name
    title: str
    #: "06/2022/QH15"
    number: str | None = None
    kind: str | None = None
    issuer: str | None = None
    issued: date | None = None
    effective: date | None = None
    #: numbers of the texts this one replaces
    replaces: list[str] = field(default_factory=list)
    #: set when a loaded text (or the content's table of replaced texts) replaces this one
    superseded_by: str | None = None
    #: where the text came from (URL, file name, or the packaged source note)
    source: str = ""
    #: True when only some articles are present (packaged extracts)
    partial: bool = False
    provisions: list[Provision] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in ("issued", "effective"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LawDocument:
        data = dict(data)
        for name in ("issued", "effective"):
            data[name] = date.fromisoformat(data[name]) if data.get(name) else None
        data["provisions"] = [Provision(**p) for p in data.get("provisions", [])]
        return cls(**data)
