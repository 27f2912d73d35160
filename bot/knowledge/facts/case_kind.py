"""Whether a deed told is commended as khen đột xuất or theo đợt, chuyên đề, asked as what
the award *is* ("xã khen cuối đợt thì có phải khen đột xuất không", "có tính là đột xuất k").

The part that asks it names khen đột xuất after "có phải (là)", "tính là", "coi là": it asks
the case's criteria (Luật 2022 Điều 85; domain.md 2.9: ngoài chương trình, kế hoạch, nhiệm vụ
phải đảm nhận, không lường trước), decided by the case told; not who decides (the "xã khen"
told before it) nor the drive the deed was done in, which is only the case (task h306).
"""

from __future__ import annotations

import re

from bot.knowledge.facts.segment import Segment

#: the unplanned award
DOT_XUAT = "khen_dot_xuat"
#: the award asked as what it is: "có phải (là) khen (thưởng) đột xuất", "tính là đột xuất"
_KIND_ASKED = re.compile(
    r"\b(?:co phai|phai chang|co tinh|duoc tinh|tinh|coi|goi|duoc coi|duoc xem|xem)"
    r" (?:la )?(?:(?:khen|khen thuong|thanh tich) )?dot xuat\b"
)


def dot_xuat_kind_asked(segments: list[Segment]) -> None:
    """A part asking whether the award is đột xuất asks its criteria, of khen đột xuất alone:
    the drive named beside it ("cuối đợt", "theo đợt") is the case told."""
    for seg in segments:
        if seg.story or DOT_XUAT not in seg.entities:
            continue
        if not _KIND_ASKED.search(" ".join(seg.words)):
            continue
        seg.entities = [DOT_XUAT]
        seg.mentions = [m for m in seg.mentions if m[0] == DOT_XUAT]
        seg.attrs = ["criteria"]
        seg.weak = []
