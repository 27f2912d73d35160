""" "LĐTT cần những gì": what a title needs is first what it takes (task h378).

"cần những gì" is a dossier cue ("hồ sơ khen đột xuất cần những gì", "nộp lên tỉnh cần những
gì"), and so it stays for a form of commendation or a procedure. Said of a danh hiệu thi đua with
no paper, proposal or sending word in its part ("2. LĐTT cần những gì", "CSTĐ tỉnh cần những
gì"), the officer asks what the title takes: its criteria (Luật Thi đua, khen thưởng 2022 Điều
21 to 28) are read first, the dossier (Điều 84 khoản 1) kept after them, so either reading is
answered.
"""

from __future__ import annotations

from bot.knowledge.facts.segment import Segment

__all__ = ["needs_read"]

#: the danh hiệu thi đua of Luật 2022 Điều 20 an officer asks "what does it take" of
_TITLES = frozenset(
    {"ldtt", "cstt", "cstdcs", "cstd_tinh", "cstd_toan_quoc", "ttldtt", "ttldxs", "gdvh",
     "thon_vh", "xa_tieu_bieu"}
)  # fmt: skip
#: "cần những gì" as typed, folded
_NEEDS = (("can", "nhung", "gi"), ("can", "nhung", "j"))
#: words that make the part about the papers or their route: the dossier cue keeps its reading
_PAPER_WORDS = frozenset(
    {"ho", "giay", "trinh", "bien", "nop", "gui", "nghi", "thu", "bao", "mau", "chuan"}
)  # fmt: skip


def _says_needs(words: list[str]) -> bool:
    return any(tuple(words[k : k + 3]) in _NEEDS for k in range(len(words) - 2))


def needs_read(segments: list[Segment]) -> None:
    """A part naming only danh hiệu thi đua and asking only "cần những gì" reads criteria too."""
    for seg in segments:
        if (
            seg.attrs == ["dossier"]
            and seg.entities
            and all(e in _TITLES for e in seg.entities)
            and _says_needs(seg.words)
            and not _PAPER_WORDS & set(seg.words)
        ):
            seg.attrs.insert(0, "criteria")
