"""The knowledge-base file format, validated with pydantic (documented in content/kb/README.md)."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.core.text import fold

__all__ = ["GROUPS", "Entry", "Group", "PlanMeta", "SourceRef"]


class Group(StrEnum):
    """Browsing groups; the labels are what a menu of topics would show."""

    DANH_HIEU_CA_NHAN = "danh-hieu-ca-nhan"
    DANH_HIEU_TAP_THE = "danh-hieu-tap-the"
    VAN_HOA = "van-hoa"
    KHEN_THUONG = "khen-thuong"
    TIEN_THUONG = "tien-thuong"
    THU_TUC = "thu-tuc"
    BIEU_MAU = "bieu-mau"
    VAN_BAN = "van-ban"
    TO_CHUC = "to-chuc"
    QUY_DINH_CHUNG = "quy-dinh-chung"
    LICH = "lich"
    KE_HOACH_MAU = "ke-hoach-mau"
    TRO_LY = "tro-ly"
    #: staff answers saved in one deployment (never used by content/kb files)
    DIA_PHUONG = "dia-phuong"


GROUPS: dict[Group, str] = {
    Group.DANH_HIEU_CA_NHAN: "Danh hiệu cá nhân",
    Group.DANH_HIEU_TAP_THE: "Danh hiệu tập thể",
    Group.VAN_HOA: "Gia đình, thôn văn hóa, xã tiêu biểu",
    Group.KHEN_THUONG: "Giấy khen, bằng khen, khen đột xuất",
    Group.TIEN_THUONG: "Tiền thưởng, quỹ, thuế",
    Group.THU_TUC: "Thủ tục, tuyến trình",
    Group.BIEU_MAU: "Biểu mẫu",
    Group.VAN_BAN: "Văn bản pháp luật",
    Group.TO_CHUC: "Tổ chức, thẩm quyền",
    Group.QUY_DINH_CHUNG: "Nguyên tắc, quy định chung",
    Group.LICH: "Lịch công tác, thời hạn",
    Group.KE_HOACH_MAU: "Kế hoạch mẫu",
    Group.TRO_LY: "Cách dùng trợ lý",
    Group.DIA_PHUONG: "Giải đáp của cán bộ xã",
}

#: Words an answer marked confidence L must contain, folded, so the officer learns what is unsure.
UNCERTAIN_MARKERS = ("chua kiem chung", "chua xac minh", "can kiem tra lai", "chua xac nhan")

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class SourceRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    doc: str = Field(min_length=3)
    cite: str = ""


class Entry(BaseModel):
    """One topic of the knowledge base: one YAML file under content/kb/."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # ids travel in button payloads ("kb:<id>" within Telegram's 64 bytes), hence the bound.
    id: str = Field(pattern=ID_PATTERN, max_length=40)
    title: str = Field(min_length=3, max_length=60)
    group: Group
    asks: list[str] = Field(min_length=5, max_length=12)
    answer: str = Field(min_length=20)
    sources: list[SourceRef] = Field(min_length=1)
    effective: date
    province_note: str | None = None
    confidence: Literal["H", "M", "L"]
    related: list[str] = Field(default_factory=list, max_length=3)
    key_facts: list[str] = Field(min_length=1)
    #: ``deadlines``: the answer can be completed from deadlines stored for the current plan.
    dynamic: Literal["deadlines"] | None = None
    #: keywords handed to the deadline provider (e.g. "đăng ký thi đua").
    deadline_query: list[str] = Field(default_factory=list)
    #: the entry's defining condition: a question naming none of these words ("mất", "hy sinh")
    #: is not about it, however many of its other words it shares ("người đã nghỉ hưu có được
    #: khen thưởng không" is no question about the dead)
    requires: list[str] = Field(default_factory=list)

    @field_validator("asks")
    @classmethod
    def _asks_distinct(cls, asks: list[str]) -> list[str]:
        folded = [" ".join(fold(a).split()) for a in asks]
        if len(set(folded)) != len(folded):
            raise ValueError("two asks are the same once folded")
        return asks

    @field_validator("answer")
    @classmethod
    def _no_citation_line(cls, answer: str) -> str:
        # the "Căn cứ:" line is generated from `sources`; a hand-written one would be doubled
        if re.search(r"^\s*căn cứ\s*:", answer, flags=re.IGNORECASE | re.MULTILINE):
            raise ValueError("the answer must not carry its own 'Căn cứ:' line")
        return answer

    @model_validator(mode="after")
    def _consistency(self) -> Entry:
        if self.id in self.related:
            raise ValueError("an entry cannot be related to itself")
        if len(set(self.related)) != len(self.related):
            raise ValueError("duplicate related ids")
        if self.dynamic == "deadlines" and not self.deadline_query:
            raise ValueError("dynamic: deadlines needs deadline_query keywords")
        if self.confidence == "L":
            text = fold(self.answer + " " + (self.province_note or ""))
            if not any(marker in text for marker in UNCERTAIN_MARKERS):
                raise ValueError(
                    "a confidence L entry must say what is unverified "
                    f"(one of: {', '.join(UNCERTAIN_MARKERS)})"
                )
        return self


class PlanMeta(BaseModel):
    """Metadata of an example (seed) plan under content/plans/examples/."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_PATTERN, max_length=30)
    file: str
    title: str
    number: str | None = None
    issuer: str
    unit: str
    #: names that identify the plan in a question (unit, place); folded when matched
    keywords: list[str] = Field(default_factory=list)
    level: Literal["tỉnh", "huyện", "xã", "cấp ủy huyện"]
    year: int
    issued: date | None = None
    outdated_law: list[str] = Field(min_length=1)
    #: the plan sends work through a district (huyện, quận), a level abolished on 01/7/2025
    assumes_district: bool = True
    note: str
