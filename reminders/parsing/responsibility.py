"""Who is responsible for a task, read from the sentence that states it.

Plans name the unit as the subject ("Các ban, ngành, đoàn thể, Tổ dân phố cần ..."), after
"Giao" ("Giao Văn phòng UBND phường tham mưu ..."), or in brackets ("(Phòng Văn hóa - Xã hội
chủ trì)"). The unit ends where its verb starts; words inside brackets never end it, so
"Sở Nội vụ (Ban Thi đua - Khen thưởng, cơ quan Thường trực ...) theo dõi" keeps its bracket.
"""

from __future__ import annotations

import re

from .textnorm import aligned_fold

__all__ = ["subject_of", "table_who"]

# The words a responsible unit starts with (folded). Verbs that share a first syllable with a
# unit ("Ban hành", "Hội nghị", "Tổ chức", "Đoàn kết") are excluded where they are listed.
_UNIT_START = re.compile(
    r"(?:(?:cac|moi|tat\s+ca\s+cac)\s+)?(?:"
    r"uy\s+ban|ubnd|ub\s+mttq|ubmttq|mttq|mat\s+tran|phong(?!\s+trao)"
    r"|ban(?!\s+(?:hanh|giao|do|dang))|hoi\s+dong|hd\s+tdkt|hdtdkt|van\s+phong"
    r"|so(?!\s+(?:ket|luong|do|lieu))\s|dai(?!\s+(?:hoi|dien))\s|trung\s+tam|cong\s+an|quan\s+su"
    r"|ban\s+chi\s+huy|doan(?!\s+ket)|hoi(?!\s+(?:nghi|thi|dien|dap))|truong(?!\s+hop)"
    r"|thu\s+truong|hieu\s+truong|to\s+truong|giam\s+doc|bi\s+thu|chi\s+hoi"
    r"|chu\s+tich|pho\s+chu\s+tich|cong\s+chuc|can\s+bo|thon|to\s+dan\s+pho"
    r"|tram|cap\s+uy|dang\s+uy|chi\s+bo|bo\s+phan|co\s+quan|don\s+vi|nganh|dia\s+phuong"
    r"|doanh\s+nghiep|thanh\s+vien|khoi|cum|xa\s|phuong\s|huyen\s|tinh\s|nguoi\s+dung\s+dau"
    r"|ho\s+gia\s+dinh)"
)
_ORG_WORD_AFTER_CAC = re.compile(r"cac\s+to\s+chuc")
_VERB = re.compile(
    r"\b(?:can|phai|co\s+trach\s+nhiem|chu\s+tri|chu\s+dong|tham\s+muu|thuc\s+hien|to\s+chuc"
    r"|xay\s+dung|theo\s+doi|huong\s+dan|phoi\s+hop|can\s+cu|trien\s+khai|tiep\s+tuc|chi\s+dao"
    r"|gui|nop|bao\s+cao|ra\s+soat|binh\s+xet|lap|dang\s+ky|tap\s+trung|tong\s+hop|hoan\s+thanh"
    r"|de\s+xuat|kiem\s+tra|tuyen\s+truyen|van\s+dong|quan\s+tam|chuan\s+bi|ban\s+hanh"
    r"|tham\s+dinh|tiep\s+nhan|mo\s|phat\s+dong|cung\s+cap|bo\s+tri|can\s+doi|dam\s+bao"
    r"|lua\s+chon|xet\s|tang\s+cuong|nang\s+cao|day\s+manh|phat\s+huy|thong\s+bao|cap\s+nhat"
    r"|giup|ho\s+tro|tham\s+gia|chiu\s+trach\s+nhiem|hop|ra\s+quyet\s+dinh|quyet\s+dinh"
    r"|dang\s+tai|cong\s+khai|niem\s+yet|trinh)\b"
)
_MAX_WORDS = 30


def _depth_mask(folded: str) -> list[int]:
    depth = 0
    mask: list[int] = []
    for char in folded:
        if char in "([":
            depth += 1
        mask.append(depth)
        if char in ")]" and depth:
            depth -= 1
    return mask


def _unit_until_verb(text: str, folded: str, start: int) -> str | None:
    """The unit named from ``start`` up to its verb, or None if no verb follows soon."""
    depth = _depth_mask(folded)
    for verb in _VERB.finditer(folded, start):
        if verb.start() <= start + 1:
            continue
        # A verb inside brackets, or a capitalised one (a syllable of a name: "xã Tân Lập"),
        # does not end the unit.
        if depth[verb.start()] or not text[verb.start()].islower():
            continue
        unit = text[start : verb.start()].strip(" ,;:-")
        if not unit or len(unit.split()) > _MAX_WORDS:
            return None
        return unit[:1].upper() + unit[1:]
    return None


def subject_of(sentence: str) -> str | None:
    """The unit a sentence gives the task to, if it names one."""
    text = sentence.strip()
    folded = aligned_fold(text)
    match = re.match(r"\s*giao\s+(?:cho\s+)?", folded)
    start = match.end() if match else 0
    if _UNIT_START.match(folded, start) and not (
        folded.startswith("to chuc", start) and not _ORG_WORD_AFTER_CAC.match(folded, start)
    ):
        unit = _unit_until_verb(text, folded, start)
        if unit:
            return unit
    # "..., giao Phòng Văn hóa - Xã hội chủ trì" inside the sentence.
    for inner in re.finditer(r"\bgiao\s+(?:cho\s+)?", folded):
        # Only the word "giao" itself: "Ban Tuyên giáo" folds to the same letters.
        if inner.start() == 0 or text[inner.start() : inner.start() + 4].lower() != "giao":
            continue
        if not _UNIT_START.match(folded, inner.end()):
            continue
        unit = _unit_until_verb(text, folded, inner.end())
        if unit:
            return unit
    # "(Văn phòng HĐND-UBND chủ trì)".
    bracket = re.search(r"\(([^()]{3,120}?)\s+chu\s+tri[^()]*\)", folded)
    if bracket:
        unit = text[bracket.start(1) : bracket.end(1)].strip()
        return unit[:1].upper() + unit[1:]
    return None


def table_who(cell: str) -> str | None:
    """A table's "Đơn vị thực hiện" cell as one line: "UBND tỉnh; HĐ TĐKT tỉnh; ..."."""
    parts = []
    for line in cell.split("\n"):
        text = re.sub(r"^\s*[-+•*]\s*", "", line).strip(" ;,.")
        if text:
            parts.append(text)
    return "; ".join(parts) or None
