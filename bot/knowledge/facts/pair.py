"""A pair: one title, one attribute, asked of one subject, and whether as a yes/no. The analyser
reads a question into pairs; the composer answers each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar


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


_Adjuster = TypeVar("_Adjuster", bound=Callable[..., list[Pair]])


def needs(gate: Callable[..., bool]) -> Callable[[_Adjuster], _Adjuster]:
    """A pair adjuster run only when ``gate``, called with the adjuster's own arguments, holds;
    otherwise its pairs come back as they were (s49a). The gate states what the adjuster cannot
    turn, drop or add a pair without (a pair of some kind, a word of the question), tested in a
    few set or attribute lookups before the adjuster's scans of the text: most readings have
    few pairs, and most adjusters leave them alone. Only a gate that the adjuster's own code
    proves is given: with it false, the adjuster returns its pairs unchanged.
    ``__wrapped__`` is the adjuster itself, which test_s49a_speed runs beside the gated one on
    every tuning question."""

    def gated(adjuster: _Adjuster) -> _Adjuster:
        @wraps(adjuster)
        def run(pairs: list[Pair], *args: Any, **kwargs: Any) -> list[Pair]:
            return adjuster(pairs, *args, **kwargs) if gate(pairs, *args, **kwargs) else pairs

        run.gate = gate  # type: ignore[attr-defined]
        return run  # type: ignore[return-value]

    return gated
