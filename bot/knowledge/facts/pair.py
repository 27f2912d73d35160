"""A pair: one title, one attribute, asked of one subject, and whether as a yes/no. The analyser
reads a question into pairs; the composer answers each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pair:
    entity: str
    attr: str
    subject: str | None
    yesno: bool
    #: "xa" or "tinh" when the question asks whether that level decides
    authority: str | None = None
    #: "có được Y mà không có X không": asks whether Y can be had without X, not whether X is
    #: required, so a requirement's verdict turns round
    without: bool = False
    #: every subject named for this part: who the asker is can rule a title out whatever level
    #: of duty they reached ("dân quân … hoàn thành tốt nhiệm vụ … LĐTT có đúng không")
    cases: tuple[str, ...] = ()
    #: the question tells the district level as the past and asks about the xã now
    reform_told: bool = False
    #: the claim denies this title ("hộ chỉ được GĐVH thôi chứ không được giấy khen đúng
    #: không"): the verdict on the title answers the claim turned round
    denied: bool = False
