"""Dev tool: do right answers survive how officers type on phones?

    python -m tests.knowledge.perturb --json              # one JSON line: kept / applicable
    python -m tests.knowledge.perturb --broken khong_k    # the questions one perturbation breaks
    python -m tests.knowledge.perturb --json --family context   # neutral context only (h155)
    python -m tests.knowledge.perturb --json --family equivalents   # equal words (h159)

Takes every question the bot answers correctly in the TUNING sets only (officer split ``t`` with
its yes/no extra, ``b``, ``b3``, ``t2``, ``b4``, ``b5``; never a held-out split) and retypes it
one perturbation at a time, seeded per question so a run is reproducible. Each retyped question
is scored with officer_eval's own keys. A perturbation that does not apply to a question (no
"không" to shorten) is not counted for it.

Three families: how officers type (``PERTURBATIONS``: marks dropped, "k", typos, …), neutral
context (``CONTEXT``, task h155: who asks, a greeting, "năm nay", a polite tail, a clause or a
sentence of context, a name), words that change nothing a lawyer would care about. Each context
perturbation keeps the question's words in order and is not applied where its words could change
the meaning (see each function's rule; ``tests/knowledge/test_h155_perturb_context.py``). And
equivalents (``EQUIVALENTS``, task h159): words the law treats alike, swapped only where equal.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.core.text import fold
from tests.knowledge.officer_eval import AS_OF, QUESTIONS, TUNING_EXTRA, Item, has_fact, load

HERE = Path(__file__).parent
#: (file, split) of every tuning set; held-out splits are never read here
TUNING: tuple[tuple[Path, str], ...] = (
    (QUESTIONS, "t"),
    (TUNING_EXTRA, "t"),
    (HERE / "blind_questions.yaml", "b"),
    (HERE / "blind3_questions.yaml", "b3"),
    (HERE / "yesno_tuning2.yaml", "t2"),
    (HERE / "yesno_tuning3.yaml", "t3"),
    (HERE / "yesno_tuning4.yaml", "t4"),
    (HERE / "yesno_tuning5.yaml", "t5"),
    (HERE / "yesno_tuning6.yaml", "t6"),
    (HERE / "yesno_tuning7.yaml", "t7"),
    (HERE / "yesno_tuning8.yaml", "t8"),
    (HERE / "yesno_tuning9.yaml", "t9"),
    (HERE / "yesno_tuning10.yaml", "t10"),
    (HERE / "blind4_questions.yaml", "b4"),
    (HERE / "blind5_questions.yaml", "b5"),
)

Perturb = Callable[[str, random.Random], str | None]


def strip_marks(text: str) -> str:
    """Every mark removed, đ→d, case kept (a phone without a Vietnamese keyboard)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        out.append({"đ": "d", "Đ": "D"}.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)


def _replace_words(pattern: str, options: tuple[str, ...]) -> Perturb:
    regex = _word(pattern)

    def perturb(q: str, rng: random.Random) -> str | None:
        if not regex.search(q):
            return None
        choice = rng.choice(options)
        return regex.sub(choice, q)

    return perturb


_ANH_CHI = _word("(?:anh(?:/| |/ )chị|anh/chi|chị)")


def _address(q: str, rng: random.Random) -> str | None:
    """ "anh/chị" → "a/c", "chị" → "c" (typed with marks: a bare "chi" may be "tiêu chí")."""
    if not _ANH_CHI.search(q):
        return None
    short = rng.choice(("a/c", "ac"))
    return _ANH_CHI.sub(lambda m: "c" if fold(m.group()) == "chi" else short, q)


def _tail(q: str, rng: random.Random) -> str:
    tail = rng.choice(("ạ", "ad", "vậy", "vậy ạ", "a"))
    body = q.rstrip()
    end = body[-1] if body and body[-1] in "?.!" else ""
    body = body[: len(body) - len(end)].rstrip()
    return f"{body} {tail}{end}"


def _greeting(q: str, rng: random.Random) -> str:
    greeting = rng.choice(("cho em hỏi ", "a ơi ", "chị ơi cho em hỏi ", "Dạ cho em hỏi, "))
    first = q.split(" ", 1)[0]
    return greeting + (q if first.isupper() else q[:1].lower() + q[1:])


def _typo(q: str, rng: random.Random) -> str | None:
    """Two neighbouring letters swapped in one long word (six letters or more)."""
    words = [m for m in re.finditer(r"\w+", q) if len(m.group()) >= 6 and m.group().isalpha()]
    words = [m for m in words if not m.group().isupper()]
    if not words:
        return None
    m = rng.choice(words)
    w = m.group()
    i = rng.randrange(len(w) - 1)
    swapped = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return q[: m.start()] + swapped + q[m.end() :]


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {
    row[i]: row[max(i - 1, 0) : i] + row[i + 1 : i + 2] for row in _ROWS for i in range(len(row))
}


def _typo_key(q: str, rng: random.Random) -> str | None:
    """One plain letter of a long word replaced by its neighbour on the keyboard."""
    words = [m for m in re.finditer(r"\w+", q) if len(m.group()) >= 6 and m.group().isalpha()]
    spots = [
        m.start() + i
        for m in words
        if not m.group().isupper()
        for i, ch in enumerate(m.group())
        if ch in _NEAR
    ]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + rng.choice(_NEAR[q[at]]) + q[at + 1 :]


def _space_missing(q: str, rng: random.Random) -> str | None:
    """Two words run together ("thiđua"), between two letters."""
    spots = [m.start() for m in re.finditer(r"(?<=[^\W\d]) (?=[^\W\d])", q)]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + q[at + 1 :]


def _space_doubled(q: str, rng: random.Random) -> str | None:
    spots = [m.start() for m in re.finditer(" ", q)]
    if not spots:
        return None
    at = rng.choice(spots)
    return q[:at] + "  " + q[at:]


_CAPS = re.compile(r"(?<!\w)[A-ZĐ]{2,}\w*(?!\w)")


def _caps_lower(q: str, rng: random.Random) -> str | None:
    if not _CAPS.search(q):
        return None
    return _CAPS.sub(lambda m: m.group().lower(), q)


PERTURBATIONS: dict[str, Perturb] = {
    "no_marks": lambda q, rng: strip_marks(q) if strip_marks(q) != q else None,
    "khong_k": _replace_words("kh[oô]ng", ("k", "ko", "hông", "khong")),
    "duoc_dc": _replace_words("[dđ][uư][oợ]c", ("dc", "đc", "duoc")),
    "gi_j": _replace_words("g[iì]", ("j",)),
    "anh_chi_ac": _address,
    "tail": lambda q, rng: _tail(q, rng),
    "bao_nhieu_bn": _replace_words("bao nhi[eê]u", ("bn", "bnhieu")),
    "typo": _typo,
    "typo_key": _typo_key,
    "space_missing": _space_missing,
    "space_doubled": _space_doubled,
    "caps_lower": _caps_lower,
    "greeting": lambda q, rng: _greeting(q, rng),
}


# --- neutral context: words that change nothing a lawyer would care about -----------------------
#
# Each adds words around the question (who asks, a greeting, "năm nay", a polite tail, a clause of
# context, a name) and keeps every word of it in order. Typed bare when the question is typed bare.
# Each has a rule for where it could change the meaning, and is not applied there.

#: the asker already speaks of himself, or tells a story (two askers would be a different message)
_FIRST_PERSON = _word(r"(?:em|e|mình|minh|tôi|toi|tui|tớ|bọn em|chúng em|chung em)")
#: "được xét / tặng / khen …", "đủ điều kiện", "có phải / cần / bắt buộc": who it is about matters
_ELIGIBLE = _word(
    r"(?:(?:được|đươc|duoc|dc|đc|đươc)\s+(?:xét|xet|tặng|tang|khen|nhận|nhan|công nhận|"
    r"cong nhan|bình xét|binh xet|đề nghị|de nghi|thưởng|thuong|cộng|cong|tính|tinh|ký|ky)|"
    r"đủ điều kiện|du dieu kien|đủ đk|du dk|đủ tiêu chuẩn|du tieu chuan|"
    r"có (?:phải|cần|bắt buộc)|co (?:phai|can|bat buoc)|bắt buộc|bat buoc|cần|can)"
)
#: a subject the question names for itself (then who asks cannot become the subject)
_SUBJECT = _word(
    r"(?:công chức|cong chuc|viên chức|vien chuc|cán bộ|can bo|cb|cc|vc|cbcc|ccvc|"
    r"người lao động|nguoi lao dong|nld|giáo viên|giao vien|gv|hiệu trưởng|hieu truong|"
    r"hộ|ho|gia đình|gia dinh|thôn|thon|tổ dân phố|to dan pho|tdp|khu dân cư|khu dan cu|"
    r"trường|truong|tập thể|tap the|cá nhân|ca nhan|người|nguoi|ông|ong|bà|ba|cô|co giao|"
    r"đồng chí|dong chi|hội|hoi|đoàn|doan|trạm|tram|ban|doanh nghiệp|doanh nghiep|dn|"
    r"hợp tác xã|hop tac xa|htx|xã|xa|phường|phuong|chủ tịch|chu tich|phó chủ tịch|"
    r"pho chu tich|bí thư|bi thu|dân quân|dan quan|công an|cong an|nhân viên|nhan vien)"
)
_ASKERS = (
    "em là công chức văn hóa xã, ",
    "mình ở thôn 5, ",
    "em làm văn phòng UBND xã, ",
    "bên trường em hỏi chút, ",
)


def _bare(words: str, q: str) -> str:
    """``words`` typed the way ``q`` is typed: without marks when ``q`` has none."""
    return strip_marks(words) if fold(q) == q.lower() else words


def _prefixed(prefix: str, q: str) -> str:
    first = q.split(" ", 1)[0]
    return _bare(prefix, q) + (q if first[:2].isupper() else q[:1].lower() + q[1:])


def _long(q: str) -> bool:
    """A story of its own: several sentences, or already past 25 words."""
    return len(re.findall(r"\w+", q)) > 25 or len(re.findall(r"[.?!](?=\s+\w)", q)) >= 1


def _asker(q: str, rng: random.Random) -> str | None:
    """Who asks, in front. Not where the asker already speaks, nor where an eligibility ask names
    no subject (then the asker would become the one it asks about)."""
    if _FIRST_PERSON.search(q) or _long(q):
        return None
    if _ELIGIBLE.search(q) and not _SUBJECT.search(q):
        return None
    return _prefixed(rng.choice(_ASKERS), q)


def _greet(q: str, rng: random.Random) -> str:
    greeting = rng.choice(
        ("ad ơi cho e hỏi tí, ", "chào anh chị, ", "nhờ mọi người giúp: ", "mọi người ơi, ")
    )
    return _prefixed(greeting, q)


#: the question is dated or timed already, speaks of before/now, or of amounts (which depend on
#: the date), or of the 2025 reform: "năm nay" there could change which rule applies
_TIMED = _word(
    r"(?:\d{4}|\d{1,2}/\d{1,2}|năm|nam|tháng|thang|ngày|ngay|nay|giờ|gio|bây giờ|bay gio|"
    r"hiện|hien|còn|con|trước|truoc|từ|tu|sau|đến|den|hạn|han|thời hạn|thoi han|khi nào|"
    r"khi nao|lúc nào|luc nao|bao giờ|bao gio|đợt|dot|mới|moi|cũ|cu|huyện|huyen|"
    r"thưởng|thuong|tiền|tien|bao nhiêu|bao nhieu|bn|hệ số|he so|lương|luong|mức|muc|"
    r"liên tục|lien tuc|liên tiếp|lien tiep|liền|lien|hiệu lực|hieu luc)"
)


def _time(q: str, rng: random.Random) -> str | None:
    """ "năm nay " / "đợt này " in front, where the question names no time and no amount."""
    if _TIMED.search(q) or _long(q):
        return None
    return _prefixed(rng.choice(("năm nay ", "đợt này ")), q)


def _polite_tail(q: str, rng: random.Random) -> str:
    """A polite tail: before the closing mark, or a thanks after it."""
    tail = rng.choice((" ạ", " vậy ạ", " nhé", " với ạ", ", em cảm ơn"))
    body = q.rstrip()
    end = body[-1] if body and body[-1] in "?.!" else ""
    body = body[: len(body) - len(end)].rstrip()
    if tail.startswith(","):
        return f"{body}{end} {_bare(tail[2:], q)}" if end else f"{body}{_bare(tail, q)}"
    return f"{body}{_bare(tail, q)}{end}"


#: the reform itself, a merger, the district level, or "before / now": a merger clause is not
#: neutral there; nor where years in a row count (a merged xã's record is a question of its own)
_REFORM = _word(
    r"(?:sáp nhập|sap nhap|sát nhập|sat nhap|sắp xếp|sap xep|hợp nhất|hop nhat|huyện|huyen|"
    r"2025|7/2025|cũ|cu|trước|truoc|còn|con|bây giờ|bay gio|giờ|gio|chuyển|chuyen|"
    r"liên tục|lien tuc|liên tiếp|lien tiep|liền|lien|mấy năm|may nam|\d+ năm|\d+ nam)"
)
_CLAUSES = (
    ("xã em mới sáp nhập, ", True),
    ("em mới nhận việc thi đua, ", False),
    ("hôm qua họp giao ban có bàn, ", False),
)


def _clause(q: str, rng: random.Random) -> str | None:
    """A clause of context before the ask. The merger clause not on reform-like questions, and
    none where the asker already speaks (his story and ours would be two)."""
    if _FIRST_PERSON.search(q) or _long(q):
        return None
    choices = [c for c, reform in _CLAUSES if not (reform and (_REFORM.search(q)))]
    return _prefixed(rng.choice(choices), q)


_SENTENCES = (
    "Em mới nhận việc thi đua nên còn lúng túng. ",
    "Hôm qua họp giao ban có bàn chuyện này. ",
    "Chào ad. ",
)


def _sentence(q: str, rng: random.Random) -> str | None:
    """A whole sentence of context before the question (the ask is the second sentence)."""
    if _FIRST_PERSON.search(q) or _long(q):
        return None
    return _bare(rng.choice(_SENTENCES), q) + q[:1].upper() + q[1:]


#: a bare "thôn" / "xã" / "chị" that a name can follow: not "thôn văn hóa", "xã văn hóa",
#: "thôn trưởng", "xã miền núi" (a title or a class of xã), "cấp xã", "hợp tác xã", "xã hội",
#: "xã tiêu biểu", "xã em", "anh/chị", "chị em", nor where a name or a number already follows
_THON = re.compile(
    r"(?<!\w)(?i:th[oô]n)(?!\w)"
    r"(?!\s+(?:\d|[A-ZĐ]|(?i:văn hóa|văn hoá|van hoa|vh|trưởng|truong|tiêu biểu|tieu bieu|"
    r"em|mình|minh|này|nay|đó|do|nào|nao)(?!\w)))"
)
_XA = re.compile(
    r"(?<!(?i:cấp) )(?<!(?i:cap) )(?<!(?i:tác) )(?<!(?i:tac) )(?<!\w)(?i:x[aã])(?!\w)"
    r"(?!\s+(?:\d|[A-ZĐ]|(?i:hội|hoi|viên|vien|em|mình|minh|tôi|toi|này|nay|đó|do|nào|nao|"
    r"khác|khac|tiêu biểu|tieu bieu|văn hóa|văn hoá|van hoa|vh|phường|phuong|miền núi|mien nui|"
    r"đồng bằng|dong bang|vùng|vung|"
    r"đặc biệt|dac biet|biên giới|bien gioi|đảo|dao|khó khăn|kho khan|nông thôn|nong thon|loại|"
    r"loai|nghèo|ngheo)(?!\w)))"
)
_NAMED_PLACE = re.compile(
    r"(?<!\w)(?i:th[oô]n|x[aã]|phường|phuong|tdp|tổ dân phố|to dan pho)\s+[A-ZĐ\d]"
)
_CHI = re.compile(r"(?<!anh )(?<!anh/)(?<!/)(?<!\w)chị(?!\w)(?!\s*/)(?!\s+(?:[A-ZĐ]|em|ơi))")


def _name(q: str, rng: random.Random) -> str | None:
    """A name after a place or a person: "thôn Bản Mới", "xã Tân Lập", "chị Lan". Not after "anh
    chị" (the bot addressed), nor where a name or number already follows; not in a story, nor
    where the question names a place already (ours would be a second one)."""
    if _long(q) or _NAMED_PLACE.search(q):
        return None
    spots: list[tuple[re.Match[str], str]] = []
    spots += [(m, " Bản Mới") for m in _THON.finditer(q)]
    spots += [(m, " Tân Lập") for m in _XA.finditer(q)]
    if not re.search(r"anh\s*(?:/|)\s*chị|chị\s+ơi", q, re.IGNORECASE):
        spots += [(m, " Lan") for m in _CHI.finditer(q)]
    if not spots:
        return None
    m, name = rng.choice(spots)
    return q[: m.end()] + _bare(name, q) + q[m.end() :]


CONTEXT: dict[str, Perturb] = {
    "ctx_asker": _asker,
    "ctx_greet": lambda q, rng: _greet(q, rng),
    "ctx_time": _time,
    "ctx_tail": lambda q, rng: _polite_tail(q, rng),
    "ctx_clause": _clause,
    "ctx_sentence": _sentence,
    "ctx_name": _name,
}

# --- equivalents: the same question in words the law treats alike (task h159) -------------------
#
# Each swaps words for ones that mean the same thing under the law: "phường" / "đặc khu" for "xã"
# (the commune level in general), a title's abbreviation for its full name and back, the yes/no
# asked another way, a number in digits or in words. Each is applied only where it is truly
# equivalent (see each function's rule; ``tests/knowledge/test_h159_perturb_equivalents.py``).

#: a title or a class of xã / thôn with its own name, the non-commune "xã" ("xã hội", "hợp tác
#: xã", "xã viên"), or the two levels named apart ("xã, phường", "phường"): the swap would change
#: what is asked, so the question is left alone
_COMMUNE_TITLE = _word(
    r"(?:(?:x[aã]|th[oô]n|tổ dân phố|to dan pho|khu dân cư|khu dan cu)\s+(?:văn hóa|văn hoá|"
    r"van hoa|vh|tiêu biểu|tieu bieu|nông thôn mới|nong thon moi|ntm|kiểu mẫu|kieu mau|"
    r"miền núi|mien nui|đồng bằng|dong bang|vùng|vung|đặc biệt|dac biet|biên giới|bien gioi|"
    r"đảo|dao|khó khăn|kho khan|loại|loai|nghèo|ngheo|an toàn|an toan|sạch|sach)|"
    r"hợp tác x[aã]|hop tac xa|htx|x[aã] hội|xa hoi|x[aã] viên|xa vien|phường|phuong|"
    r"đặc khu|dac khu|tổ dân phố|to dan pho|tdp|thị trấn|thi tran|"
    # the district a xã belonged to: a phường belonged to a quận or thị xã, so a reform
    # question's "huyện" would no longer fit
    r"huyện|huyen|quận|quan)"
)
#: "xã" typed with its mark is the commune; typed bare, "xa" is "far" unless a commune word leads
_XA_MARKED = re.compile(r"(?<!\w)(X|x)ã(?!\w)")
_XA_BARE = re.compile(
    r"(?<!\w)((?i:cap|ubnd|chu tich|ct|giay khen|gk|hoi dong|hdtd|cong chuc|can bo|cb|uy ban)) "
    r"(?i:xa)(?!\w)"
)
_THON_HEAD = re.compile(r"(?<!\w)(?i:tr[uư][oở]ng th[oô]n)(?!\w)")
_THON_ANY = re.compile(r"(?<!\w)(?i:th[oô]n)(?!\w)")


def _commune(q: str, rng: random.Random) -> str | None:
    """Every "xã" meaning the commune level becomes "phường" (or "đặc khu"), every "thôn"
    "tổ dân phố", consistently. Not where a title or class of xã / thôn is named ("xã văn hóa",
    "thôn tiêu biểu", "xã miền núi"), nor where a second level or the district is named."""
    if _COMMUNE_TITLE.search(q):
        return None
    level = rng.choice(("phường", "phường", "đặc khu"))
    out = _XA_MARKED.sub(lambda m: level.capitalize() if m.group(1) == "X" else level, q)
    out = _XA_BARE.sub(lambda m: f"{m.group(1)} {strip_marks(level)}", out)
    # the head of a thôn is "trưởng thôn", of a tổ dân phố "tổ trưởng tổ dân phố"
    out = _THON_HEAD.sub(lambda m: _bare("tổ trưởng tổ dân phố", m.group()), out)
    out = _THON_ANY.sub(lambda m: _bare("tổ dân phố", m.group()), out)
    return out if out != q else None


#: (full name, abbreviation), longest first: "tập thể lao động tiên tiến" before "lao động tiên
#: tiến"; "chiến sĩ thi đua cơ sở" only with "cơ sở" (the province's title is another)
_TITLES: tuple[tuple[str, str], ...] = (
    ("tập thể lao động tiên tiến", "TTLĐTT"),
    ("lao động tiên tiến", "LĐTT"),
    ("chiến sĩ thi đua cơ sở", "CSTĐCS"),
    ("gia đình văn hóa", "GĐVH"),
)
_LONG_FORMS = {fold(full).lower(): abbr for full, abbr in _TITLES}
_SHORT_FORMS = {fold(abbr).lower(): full for full, abbr in _TITLES}
_TITLE_WORDS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        sorted(
            [re.escape(f).replace(r"\ ", r"\s+") for f, _ in _TITLES]
            + [re.escape(strip_marks(f)).replace(r"\ ", r"\s+") for f, _ in _TITLES]
            + [a for _, a in _TITLES]
            + [strip_marks(a) for _, a in _TITLES],
            key=len,
            reverse=True,
        )
    )
    + r"|gia đình văn hoá)(?!\w)",
    re.IGNORECASE,
)
#: the commune's certificate of merit, named by its signer or by its level
_GK_LONG = _word(r"giấy khen của (?:chủ tịch|Chủ tịch)(?: (?:UBND|ubnd|ủy ban nhân dân))? xã")
_GK_SHORT = _word(r"giấy khen (?:cấp )?xã")
_GK_LONG_BARE = _word(r"giay khen cua chu tich(?: ubnd| uy ban nhan dan)? xa")
_GK_SHORT_BARE = _word(r"giay khen (?:cap )?xa")


def _title_swap(m: re.Match[str], q: str) -> str:
    key = re.sub(r"\s+", " ", fold(m.group()).lower())
    if key in _LONG_FORMS:
        return _bare(_LONG_FORMS[key], q) if not m.group().isupper() else _LONG_FORMS[key]
    full = _SHORT_FORMS[key]
    return _bare(full, q)


def _abbrev(q: str, rng: random.Random) -> str | None:
    """A title's abbreviation for its full name and back ("LĐTT" / "lao động tiên tiến"); the
    commune's certificate by its signer or its level ("giấy khen xã" / "giấy khen của Chủ tịch
    UBND xã"). Every occurrence swapped alike."""
    spots = list(_TITLE_WORDS.finditer(q))
    gk = [
        (rx, repl)
        for rx, repl in (
            (_GK_LONG, "giấy khen xã"),
            (_GK_LONG_BARE, "giay khen xa"),
            (_GK_SHORT, "giấy khen của Chủ tịch UBND xã"),
            (_GK_SHORT_BARE, "giay khen cua chu tich xa"),
        )
        if rx.search(q)
    ]
    if not spots and not gk:
        return None
    if spots and (not gk or rng.random() < 0.5):
        return _TITLE_WORDS.sub(lambda m: _title_swap(m, q), q)
    rx, repl = gk[0]
    return rx.sub(repl, q)


#: the ask at the end of the message: "… có được X không?", "… đúng không?"
_ASK_END = r"\s*([?.!]*)\s*$"
_DUNG_KHONG = re.compile(
    r"(?<!\w)(?i:(?:có |co )?(?:đúng|dung|phải|phai) (?:không|khong|k|ko|chứ|chu)(?: ạ| a)?)"
    + _ASK_END
)
_CO_DUOC = re.compile(
    r"(?<!\w)(?i:có được|co duoc|có đc|co dc)(?!\w)(?=(?:(?!không|khong|\bk\b).)+"
    r"(?i:không|khong|k|ko)" + _ASK_END + ")"
)
_DUOC_BARE = re.compile(r"(?<!\w)(?<!(?i:có) )(?<!(?i:co) )(?i:được|duoc)(?!\w)")
_KHONG_END = re.compile(r"(?<!\w)(?i:không|khong)" + _ASK_END)
#: a second ask, a negation or an "or" before the end: the rewording could move its polarity
_NOT_ONE_ASK = _word(
    r"(?:không|khong|ko|k|chưa|chua|hay|hoặc|hoac|hay là|hay la|mà|ma|nếu|neu|thì|thi|\?)"
)
#: an authority as the subject: its "có được" asks its power, not what it is given
_AUTHORITY = _word(r"(?:ubnd|ủy ban|uỷ ban|uy ban|chủ tịch|chu tich|hội đồng|hoi dong|ct)")
_DUNG_FORMS = ("phải không", "có đúng không", "đúng k ạ", "đúng không")


def _yes_no(q: str, rng: random.Random) -> str | None:
    """The same yes/no asked another way, polarity kept: "đúng không" / "phải không" / "có đúng
    không" / "đúng k ạ"; "có được X không" / "được X không" / "có được X k". Only one ask at the
    end of a one-sentence question, with no other "không", "chưa", "hay", "thì", "nếu"."""
    body = q.rstrip()
    if _long(q) or body.count("?") > 1:
        return None
    m = _DUNG_KHONG.search(q)
    if m:
        head = q[: m.start()]
        if _NOT_ONE_ASK.search(head):
            return None
        form = rng.choice([f for f in _DUNG_FORMS if fold(f) != fold(m.group().split("?")[0])])
        return f"{head}{_bare(form, q)}{m.group(1)}"
    k = _KHONG_END.search(q)
    if not k or _NOT_ONE_ASK.search(q[: k.start()]):
        return None
    head = q[: k.start()]
    if _CO_DUOC.search(q):
        if rng.random() < 0.5 and not _AUTHORITY.search(head):
            # "UBND xã có được công nhận X không" asks what it may do; without "có" it reads
            # "is it recognised": an authority's "có được" is left
            return _CO_DUOC.sub(lambda m: m.group().split()[1], q, count=1)
        return f"{head}{_bare('k', q)}{k.group(1)}"
    if len(_DUOC_BARE.findall(head)) == 1 and not re.search(r"(?i:\bcó\b|\bco\b)", head):
        return _DUOC_BARE.sub(lambda m: _bare("có ", q) + m.group(), q, count=1)
    return None


_DIGIT_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_UNIT = r"(?:năm|nam|lần|lan|tháng|thang|người|nguoi|đợt|dot|nhiệm kỳ|nhiem ky|bản|ban|bộ|bo)"
#: a count before its unit; not a date, a decimal, a range or an article's number
_COUNT = re.compile(r"(?<![\w/.,\-])(0?)([1-9]|10)(?=\s+" + _UNIT + r"(?!\w))", re.IGNORECASE)
_COUNT_WORD = re.compile(
    r"(?<!\w)(một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s+" + _UNIT + r"(?!\w))", re.IGNORECASE
)
#: counts whose bare word is another word too: "ba" (bà), "nam", "sau", "tam" (tạm)
_BARE_AMBIGUOUS = frozenset({3, 5, 6, 8})
#: "năm" after a count is "years"; before a year or a date it is not a count
_DATED = re.compile(r"(?i:năm|nam)\s+\d{4}|\d+/\d+|(?i:điều|dieu|khoản|khoan|mục|muc)\s+\d")


def _number(q: str, rng: random.Random) -> str | None:
    """A count in digits or in words: "3 năm" / "ba năm", "02 lần" / "2 lần". Not in a dated
    question or one citing an article (a number there may not be a count)."""
    if _DATED.search(q):
        return None
    spots: list[tuple[re.Match[str], str]] = []
    for m in _COUNT.finditer(q):
        n = int(m.group(2))
        if not m.group(1) and fold(q) == q.lower() and n in _BARE_AMBIGUOUS:
            continue  # bare "ba", "nam", "sau", "tam" are also "bà", "nam", "sau", "tạm"
        spots.append((m, m.group(2) if m.group(1) else _bare(_DIGIT_WORDS[n - 1], q)))
    for m in _COUNT_WORD.finditer(q):
        words = [fold(w) for w in _DIGIT_WORDS]
        n = words.index(fold(m.group().lower())) + 1
        if fold(q) == q.lower() and n in _BARE_AMBIGUOUS:
            continue
        spots.append((m, str(n)))
    if not spots:
        return None
    m, repl = rng.choice(spots)
    return q[: m.start()] + repl + q[m.end() :]


EQUIVALENTS: dict[str, Perturb] = {
    "eq_commune": _commune,
    "eq_abbrev": _abbrev,
    "eq_yesno": _yes_no,
    "eq_number": _number,
}

#: every perturbation, typing first
ALL: dict[str, Perturb] = {**PERTURBATIONS, **CONTEXT, **EQUIVALENTS}


def right(kb: Any, item: Item, question: str) -> bool:
    """officer_eval's keys: answered with every decisive fact, or declined when off topic."""
    answer = kb.ask(question, AS_OF)
    if item.off_topic:
        return not answer.answered
    return answer.answered and all(has_fact(answer.text, f) for f in item.must)


def tuning_items() -> list[Item]:
    items: list[Item] = []
    for path, split in TUNING:
        items += [i for i in load(path) if i.split == split]
    return items


def run(kb: Any, names: list[str]) -> tuple[dict[str, Any], dict[str, list[dict[str, str]]]]:
    items = [i for i in tuning_items() if right(kb, i, i.question)]
    report: dict[str, Any] = {"correct_clean": len(items)}
    broken: dict[str, list[dict[str, str]]] = {}
    for name in names:
        kept = applicable = 0
        for item in items:
            # one seed per question and perturbation: adding a question changes no other
            rng = random.Random(zlib.crc32(f"{name}\n{item.question}".encode()))
            typed = ALL[name](item.question, rng)
            if typed is None or typed == item.question:
                continue
            applicable += 1
            if right(kb, item, typed):
                kept += 1
            else:
                broken.setdefault(name, []).append({"q": item.question, "typed": typed})
        report[name] = {
            "kept": kept,
            "of": applicable,
            "rate": round(kept / applicable, 3) if applicable else None,
        }
    return report, broken


def main(argv: list[str] | None = None) -> int:
    from bot.knowledge import KnowledgeBase
    from tests.knowledge.evaluation import CONTENT

    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true", help="one JSON line (the default)")
    parser.add_argument("--only", action="append", choices=sorted(ALL))
    parser.add_argument("--broken", choices=sorted(ALL), help="list what one breaks")
    parser.add_argument(
        "--family",
        choices=("typing", "context", "equivalents", "all"),
        default="all",
        help="which to run",
    )
    args = parser.parse_args(argv)
    family = {
        "typing": PERTURBATIONS,
        "context": CONTEXT,
        "equivalents": EQUIVALENTS,
        "all": ALL,
    }[args.family]
    names = args.only or ([args.broken] if args.broken else list(family))
    report, broken = run(KnowledgeBase.load(CONTENT), names)
    print(json.dumps(report, ensure_ascii=False))
    if args.broken:
        for row in broken.get(args.broken, []):
            print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
