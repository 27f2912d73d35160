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
#: the movement's award
MOVEMENT = "khen_chuyen_de"
#: the two kinds an award told is one of: an unplanned deed, or a drive's theme or round
AWARD_KINDS = frozenset({DOT_XUAT, MOVEMENT})
#: the award asked as what it is: "có phải (là) khen (thưởng) đột xuất", "tính là đột xuất"
_KIND_ASKED = re.compile(
    r"\b(?:co phai|phai chang|co tinh|duoc tinh|tinh|coi|goi|duoc coi|duoc xem|xem)"
    r" (?:la )?(?:(?:khen|khen thuong|thanh tich) )?dot xuat\b"
)


#: most words a yes/no tail after the kind asked may have ("không", "k ạ", "đúng không")
_TAIL_MAX = 3


def _closes_part(tail: list[str]) -> bool:
    """The kind asked ends its part, at most a short yes/no tail after it."""
    return len(tail) <= _TAIL_MAX and "thi" not in tail


def dot_xuat_kind_asked(segments: list[Segment]) -> None:
    """A part asking whether the award is đột xuất asks the criteria of the kinds it names:
    the drive named beside it ("cuối đợt", "theo đợt") is the case told, not who decides."""
    for seg in segments:
        if seg.story or DOT_XUAT not in seg.entities:
            continue
        said = " ".join(seg.words)
        kind = _KIND_ASKED.search(said)
        if kind is None or "hay" in seg.words or not _closes_part(said[kind.end() :].split()):
            # "… có phải khen đột xuất không hay là khen theo đợt": which of two is asked
            # (the X-or-Y reading keeps both); "có phải khen đột xuất thì không có tiền
            # thưởng": a claim about such awards, not what the award is
            continue
        # the two kinds weighed keep their parts (each one's criteria); another title named
        # with them ("giấy khen trong tháng cao điểm") is only the award told
        seg.entities = [e for e in seg.entities if e in AWARD_KINDS]
        seg.mentions = [m for m in seg.mentions if m[0] in AWARD_KINDS]
        seg.attrs = ["criteria"]
        seg.weak = []


#: task h405: what kind of award it is, asked ("cuối đợt xã khen thì gọi là khen gì", "là khen
#: đột xuất hay khen theo chuyên đề", "thuộc loại khen nào")
_WHICH_KIND = re.compile(
    r"\b(?:goi la|la|thuoc|tinh la|coi la) (?:loai )?khen (?:thuong )?(?:gi|nao|loai nao)\b"
    r"|\bla (?:khen (?:thuong )?)?(?:dot xuat|(?:theo )?(?:dot|chuyen de)) hay (?:la )?"
    r"(?:khen (?:thuong )?)?(?:dot xuat|(?:theo )?(?:dot|chuyen de))\b"
)
#: a drive told: an authority's round or theme of thi đua, not a deed no plan foresaw
_DRIVE_TOLD = re.compile(
    r"\b(?:dot thi dua|chien dich|cuoi dot|ket thuc dot|het dot|tong ket dot|phat dong"
    r"|chuyen de|thang cao diem|dot cao diem|phong trao|sau dot|ra quan|bau cu)\b"
)


def award_kind_asked(segments: list[Segment]) -> None:
    """ "đoàn làm chiến dịch tình nguyện hè, cuối đợt xã khen thì gọi là khen gì", "kết thúc đợt
    xã khen thì là khen đột xuất hay khen theo chuyên đề": the kind of award is asked, answered
    by the kinds' criteria (Luật 2022 Điều 85; domain.md 2.9, 2.11: the end of a drive is khen
    theo đợt, chuyên đề), the drive's first when one is told; not who decides (task h405)."""
    said = " ".join(w for s in segments for w in s.words)
    drive = _DRIVE_TOLD.search(said) is not None
    for seg in segments:
        if seg.story or not _WHICH_KIND.search(" ".join(seg.words)):
            continue
        if any(e not in AWARD_KINDS and not e.startswith("giay_khen") for e in seg.entities):
            continue  # "danh hiệu nghệ nhân là loại khen thưởng nào": a title of its own
        # both kinds weighed when the ask names both ("… hay …"); a drive told with "khen gì"
        # is the drive's kind
        both = "hay" in seg.words or not drive
        kinds = [MOVEMENT, DOT_XUAT] if drive else [DOT_XUAT, MOVEMENT]
        kinds = kinds if both else kinds[:1]
        seg.entities = kinds
        seg.mentions = [m for m in seg.mentions if m[0] in AWARD_KINDS]
        seg.attrs = ["criteria"]
        seg.weak = []
        seg.authority = []


#: the yearly titles a movement's award is said to make or count toward
_YEARLY = frozenset({"ldtt", "cstdcs", "cstd_tinh", "ttldtt", "ttldxs"})
#: the award said to make, be required for or count toward a title: "tự động được", "được tính
#: vào 1 trong các lần", "thay cho", "phải có giấy khen chuyên đề thì mới được"
_TOWARD = re.compile(
    # task h432 (b168 F1): "giấy khen chuyên đề có thay được danh hiệu LĐTT cuối năm k"
    r"\b(?:tu dong|duoc tinh vao|tinh vao|duoc tinh la|tinh la|tinh thay|thay cho|thay the"
    r"|thay duoc|thay dc|coi nhu|duoc coi la|mac nhien|duong nhien)\b"
    r"|\b(?:phai|can|bat buoc)(?: phai)? co (?:giay khen|gk)\b(?: [a-z]+){0,6}? (?:thi )?moi\b"
)
#: the award told missing: then the question asks the title's own criteria
_LACKED = re.compile(r"\b(?:khong|chua|ko|k) (?:co |can |duoc )?(?:giay khen|gk)\b")


def movement_award_toward_title(segments: list[Segment], toks: list[str]) -> None:
    """ "được giấy khen theo đợt hội thi giáo viên giỏi rồi, cuối năm học có tự động được CSTĐCS
    không", "nghe nói giấy khen chuyên đề được tính vào 1 trong các lần liên tục xét CSTĐ tỉnh":
    the yes/no asks whether the movement's award counts toward the title (``counts_toward``),
    not the title's deadline or its run (task h306)."""
    said = " ".join(t for t in toks if t.isalnum())
    if not _TOWARD.search(said) or _LACKED.search(said):
        return
    named = {e for seg in segments for e in seg.entities}
    if MOVEMENT not in named or not named & _YEARLY:
        return
    asking = [
        seg for seg in segments if not seg.story and seg.entities and set(seg.entities) & _YEARLY
    ]
    if not asking:
        return
    for seg in segments:
        if seg is asking[-1]:
            seg.entities = [MOVEMENT]
            seg.mentions = [m for m in seg.mentions if m[0] == MOVEMENT]
            seg.attrs, seg.weak = ["counts_toward"], []
        elif not seg.story:
            seg.entities, seg.mentions, seg.attrs, seg.weak = [], [], [], []


#: "cứu (sống) (được) cả 2": the people saved counted, read as the several cue "cả hai"
_SAVED_BOTH = re.compile(
    r"\b(?:cuu|cuu song|vot|keo)(?: song| duoc| len)* ca (?:hai|2|ba|3|bon|4)\b"
)


def rescue_count_not_several(segments: list[Segment]) -> None:
    """ "nhảy xuống cứu được cả 2": "cả 2" counts the people saved; it asks no two awards had
    at once (task h306)."""
    for seg in segments:
        if "several" in seg.attrs and _SAVED_BOTH.search(" ".join(seg.words)):
            seg.attrs = [a for a in seg.attrs if a != "several"]
