"""Claims that turn a fact's own verdict (task h96).

A fact's verdict answers the plain way of asking ("is there a cap?", "is it revoked?"). Officers
outside the commune's civil service often ask another way: of their own unit ("trường em có bị
giới hạn tỷ lệ không"), with the claim negated ("khai gian cũng không bị thu hồi đúng không"),
as a limit ("chỉ được khen 1 hình thức thôi đúng không") or as a comparison of two names the
same fact covers ("tổ dân phố văn hóa thưởng ít hơn thôn văn hóa"). Each helper reads one such
way and returns the verdict for the claim as asked, or None when the question is not of its kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.text import folded_words
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.claim import denied
from bot.knowledge.facts.clauses import before_offered, first_option
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.side_clause import in_side_clause, narrows_claim, opens_condition
from bot.knowledge.facts.words import NEGATED, NOT_SPELLED, STRESSED_TAIL
from bot.knowledge.retype import REPORTED

__all__ = [
    "claimed_loss",
    "denied_elsewhere",
    "level_joined_route",
    "level_sufficiency",
    "local_rule",
    "negated_claim",
    "negation_confirmed",
    "only_one_claimed",
    "reported_denial",
    "stressed_denial",
    "who_denied",
]


def _folded(text: str) -> str:
    return f" {folded_words(text, '%')} "


#: a unit followed by the asker's pronoun: "trường em", "xã e", "cơ quan tôi", "đơn vị mình"
_OWN_UNIT = re.compile(
    r" (?:xa|phuong|dac khu|truong|co quan|don vi|tinh|thon|to dan pho|hoi|cong ty|tram|hop tac xa"
    r"|htx|khoi|nganh|doanh nghiep"
    # a unit named by its kind (task h237): "trạm y tế mình", "trường mầm non em"
    r"|tram y te|truong mam non|truong mau giao|truong tieu hoc|truong thcs|truong thpt"
    r"|hoi nong dan|hoi phu nu|hoi ccb|hoi cuu chien binh|doan thanh nien|chi doan|chi hoi"
    # the South's and the hamlets' units, and an office's own section (task h296): "ấp tui",
    # "khóm em", "xóm mình", "tổ em", "phòng tôi"
    r"|ap|khom|xom|lang|khu pho|to|phong|khoa|bo phan"
    r") (?:e|em|toi|minh|chung toi|chung em|tui|ta|tao|mik) "
)
#: a unit below the province asked whether it may set a limit itself: "xã có được giới hạn …",
#: "trường có được khống chế tỷ lệ …" (task h296); the province's quy chế decides, so a figure
#: told is the limit the unit means to set, not one claimed of the law ("xã có được quy định tỷ
#: lệ …" asks to make the rule itself, which is the province's: "Không", task h112)
_UNIT_MAY_LIMIT = re.compile(
    r" (?:xa|phuong|thon|to dan pho|ap|khom|truong|co quan|don vi)(?: \w+){0,2}? co (?:duoc|dc) "
    r"(?:tu |phep )?(?:gioi han|khong che|han che|dat tran) "
)
#: the law named only as the other answer offered after the asker's own unit ("xã em có được
#: giới hạn … không, hay luật bắt phải công nhận hết"): the unit is still what is asked
_LAW_OFFERED = re.compile(r" hay (?:la )?(?:\w+ ){0,2}?(?:luat|nghi dinh|nd|trung uong) .*$")
#: a thing told lacking, then whether one may still be considered: "không đăng ký thi đua (đầu
#: năm) thì (cuối năm) có được xét …"
_LACKED_THEN = re.compile(
    r" (?:khong|chua|ko) (?P<what>(?:\w+ ){1,4}?)(?:\w+ ){0,4}thi (?:\w+ ){0,3}co (?:duoc|dc) "
    r"(?:xet|de nghi|cong nhan|khen)"
)
#: the asker tells a thing they themselves left undone ("đầu năm em quên nộp bản đăng ký thi
#: đua, cuối năm có bị loại …"): their own case, which the province's rules decide (task h107)
_OWN_LACK = re.compile(
    r" (?:e|em|toi|minh|tui) (?:da )?(?:quen|khong|ko|chua) (?P<what>(?:\w+ ){1,5}?)(?:\w+ ){0,4}"
    r"(?:co (?:bi|duoc|dc)|bi loai|mat)"
)
#: the question asks about the national law itself, not the asker's unit
_LAW_ASKED = (" luat ", " nghi dinh ", " nd ", " thong tu ", " ca nuoc ", " toan quoc ")
#: a fact's lead saying the national law sets or requires none of it
_LAW_NONE = re.compile(
    r"khong bat buoc|khong co ty le|khong khong che|khong quy dinh|khong con lay|khong gioi han"
)
#: a sentence of the fact leaving it to the province ("Tỉnh có thể quy định", "nhiều tỉnh vẫn
#: yêu cầu", "quy chế của tỉnh")
_PROVINCE_MAY = re.compile(
    r"tinh co the quy dinh|nhieu tinh|quy che cua tinh|tinh quy dinh|tuy tinh|tung tinh"
)


#: the province's rule offered as the other answer: "… được không hay phải theo tỉnh", "… hay
#: tùy quy chế (của) tỉnh" (task h145): the asker asks which, and the facts leave it there
_PROVINCE_OFFERED = re.compile(
    r" hay (?:la )?(?:phai |tuy |do )?(?:theo )?(?:quy che |quy dinh )?(?:cua )?(?:ubnd )?tinh "
)
_YEAR_TOLD = re.compile(r"\b20\d\d\b")


#: a day told ("nộp trước 31/3"): when the asker's unit acts, not a figure claimed (task h106);
#: a month too ("đăng ký từ tháng 1", task h237)
_DATE_TOLD = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b|\b(?:th[aá]ng|thang) \d{1,2}\b(?!\s*[/%])"
)


def local_rule(asked: str, body: str) -> str | None:
    """ "trường em xét CSTĐCS có bị giới hạn tỷ lệ không" against "Không có tỷ lệ tối đa toàn
    quốc … Tỉnh có thể quy định tỷ lệ trong quy chế": the fact's "Không" is the national law's;
    the asker's own unit follows the province's rules, which the facts do not know, so the plain
    answer is "Tùy" with that condition. The text replacing the opener, or None when the question
    names no unit of the asker's own, asks of the law itself, or the fact leaves nothing to the
    province."""
    words = _folded(asked)
    unit_may = _UNIT_MAY_LIMIT.search(words) is not None
    own_unit = _OWN_UNIT.search(words) is not None or unit_may
    law_scope = _LAW_OFFERED.sub(" ", words) if own_unit else words
    if any(w in law_scope for w in _LAW_ASKED):
        return None
    lacked = _LACKED_THEN.search(words) or _OWN_LACK.search(words)
    offered = _PROVINCE_OFFERED.search(words) is not None
    if not own_unit and lacked is None and not offered:
        return None
    told = _DATE_TOLD.sub(" ", asked)
    if offered:
        # "quên đăng ký đầu năm 2026 … hay tùy quy chế tỉnh": the year is when, no figure
        told = _YEAR_TOLD.sub(" ", told)
    if not unit_may and re.search(r"\d", _folded(told)):
        # "… có bị giới hạn 15 % không": a figure claimed is judged by the fact (the old 15 %
        # is the repealed NĐ 91/2017's), not left to the province
        return None
    sentences = [_folded(s) for s in re.split(r"(?<=[.;:])\s+", body.strip()) if s.strip()]
    if not sentences or not _LAW_NONE.search(" ".join(sentences[:2])):
        return None
    if not any(_PROVINCE_MAY.search(s) for s in sentences):
        return None
    if lacked is not None and not own_unit and not offered:
        # "không đăng ký thi đua thì có được xét không": what is told lacking must be what the
        # law does not require (its words in the fact's lead)
        what = set(lacked.group("what").split()) - {"co", "duoc", "lam", "gi", "nao"}
        if len(what & set(" ".join(sentences[:2]).split())) < 2:
            return None
    return "Tùy quy chế thi đua, khen thưởng của UBND tỉnh (luật không quy định chung)."


#: levels of duty done, lowest first, as the facts and folded questions write them
_LEVELS = (
    ("htnv", " hoan thanh nhiem vu ", "hoàn thành nhiệm vụ"),
    ("httnv", " hoan thanh tot nhiem vu ", "hoàn thành tốt nhiệm vụ"),
    ("htxs", " hoan thanh xuat sac nhiem vu ", "hoàn thành xuất sắc nhiệm vụ"),
)
#: the question claims one condition is enough ("chỉ cần … là đủ", "… là đủ điều kiện")
_SUFFICES = (" chi can ", " la du ", " du roi ", " thi du ", " du dieu kien ", " la duoc ")


def _claimed_from(asked: str) -> str:
    """``asked`` from the clause that claims enough on: a clause told before it ("em mới nhận
    việc thi đua, chỉ cần …") lends no words to the claim, so its "thi đua" does not name the
    criteria's "tích cực tham gia phong trào thi đua"."""
    pieces = re.split(r"(?<=[,.;:?!\n])", asked)
    for at, piece in enumerate(pieces):
        if any(cue in _folded(piece) for cue in _SUFFICES):
            if _POINTED_BACK.match(_folded(piece).strip()):
                # task h401: "e tóm tắt tiêu chuẩn LĐTT là: …. vậy là đủ ý chưa": the
                # clause of enough points back at the list told before it, which is the claim
                return asked
            return "".join(pieces[at:])
    return asked


def list_put_up(asked: str) -> bool:
    """ "e tóm tắt tiêu chuẩn LĐTT là: …. vậy là đủ ý chưa": the clause of enough points back
    at a list told before it, the whole of which is the claim (task h401)."""
    pieces = re.split(r"(?<=[,.;:?!\n])", asked)
    return any(
        at > 0
        and any(cue in _folded(piece) for cue in _SUFFICES)
        and _POINTED_BACK.match(_folded(piece).strip()) is not None
        # the list told is of criteria ("tiêu chuẩn LĐTT là / gồm: …"), not a case's facts
        and " tieu chuan " in _folded("".join(pieces[:at]))
        for at, piece in enumerate(pieces)
    )


#: a clause of enough that points back at what was told before it: "vậy là đủ", "như thế là đủ"
_POINTED_BACK = re.compile(r"^(?:vay|nhu vay|the|nhu the|nhu tren|tom lai|tat ca|nhung y tren)\b")


def level_sufficiency(asked: str, subject: str | None, criteria: str) -> str | None:
    """ "LĐTT chỉ cần hoàn thành nhiệm vụ là đủ đúng không" against criteria that need "hoàn
    thành tốt nhiệm vụ trở lên": a level of duty claimed to be enough that is below the lowest
    level the title's criteria name is not enough. The note saying the level needed (the verdict
    is "Không"), or None when no level is claimed enough or it reaches the criteria's (the other
    criteria may still decide, which this does not judge)."""
    if not subject or not subject.startswith("can_"):
        return None
    words = _folded(_claimed_from(asked))
    if not any(cue in words for cue in _SUFFICES):
        return None
    ranks = {key: rank for rank, (key, _, _) in enumerate(_LEVELS)}
    claimed = ranks.get(subject[4:])
    text = _folded(criteria)
    named = [rank for rank, (_, folded, _) in enumerate(_LEVELS) if folded in text]
    if claimed is None or not named:
        return None
    if claimed >= min(named):
        # "chỉ cần hoàn thành tốt nhiệm vụ là đủ điều kiện LĐTT": the level reaches the
        # criteria's, but their first sentence (the main group's rule) joins further clauses
        # ("; có tinh thần tự lực, … tích cực tham gia phong trào thi đua") the claim does not
        # name, so the one condition claimed is not enough (Luật 2022 Điều 24 khoản 1)
        return _clauses_unnamed(words, criteria)
    needed = _LEVELS[min(named)]
    if f"{needed[1]}tro len " in text:
        return f"Chưa đủ: cần {needed[2]} trở lên (mức anh/chị nêu thấp hơn)."
    # the lowest level named is one route among others ("… hoặc có sáng kiến"): the criteria
    # themselves say what else meets it
    if route_recognised_told(_folded(asked)):
        # "có sáng kiến được cơ sở công nhận thì chỉ cần hoàn thành tốt nhiệm vụ": the level
        # joined to another route the criteria name (Luật 2022 Điều 23 khoản 2)
        return None
    return f"Chưa đủ: mức anh/chị nêu chưa đạt tiêu chuẩn. Tiêu chuẩn: {criteria.strip()}"


#: "sáng kiến được (cơ sở) công nhận", "đề tài đã nghiệm thu": a route of CSTĐCS told met, not
#: negated ("sáng kiến chưa được công nhận")
_ROUTE_RECOGNISED = re.compile(
    r"\bsang kien (?:(?!chua |khong |ko |k |chang )\w+ ){0,4}?(?:duoc|dc|da) (?:\w+ ){0,4}?"
    r"cong nhan\b|\bde (?:tai|an) (?:\w+ ){0,4}?(?:da |duoc |dc )+nghiem thu\b"
)


def route_recognised_told(folded: str) -> bool:
    """The question (folded) tells a recognised sáng kiến or an accepted đề tài."""
    return _ROUTE_RECOGNISED.search(folded) is not None


def level_joined_route(asked: str, subject: str | None, criteria: str) -> str | None:
    """ "có sáng kiến được cơ sở công nhận thì chỉ cần hoàn thành tốt nhiệm vụ cũng đủ CSTĐCS":
    a level of duty claimed enough below the one route the criteria name, joined to another
    route they name, told met. The note saying so (the verdict is "Có"), or None."""
    if not subject or not subject.startswith("can_"):
        return None
    words = _folded(_claimed_from(asked))
    if not any(cue in words for cue in _SUFFICES) or not route_recognised_told(_folded(asked)):
        return None
    ranks = {key: rank for rank, (key, _, _) in enumerate(_LEVELS)}
    claimed = ranks.get(subject[4:])
    text = _folded(criteria)
    named = [rank for rank, (_, folded, _) in enumerate(_LEVELS) if folded in text]
    if claimed is None or not named or claimed >= min(named):
        return None
    if f"{_LEVELS[min(named)][1]}tro len " in text or "sang kien" not in text:
        return None
    return (
        "Có sáng kiến được cơ sở công nhận (hoặc đề tài đã nghiệm thu) thì không cần hoàn "
        "thành xuất sắc nhiệm vụ: đạt tiêu chuẩn Lao động tiên tiến (hoàn thành tốt nhiệm vụ "
        "trở lên) cùng con đường đó là đủ."
    )


def _clauses_unnamed(words: str, criteria: str) -> str | None:
    """The clauses of the criteria's first sentence, besides the level of duty, that a claim
    of enough does not name (shares fewer than two of their syllables), as the note "Chưa đủ:
    còn cần …", or None when it names them all or the sentence has no other clause."""
    first = re.split(r"(?<=\.)\s+", criteria.strip(), maxsplit=1)[0].rstrip(".")
    if ":" in first or "(" in first:
        return None  # a numbered or headed list ("Hai điều kiện: (1) …") is read elsewhere
    clauses = [c.strip() for c in first.split(";") if c.strip()]
    said = set(words.split())
    missing = [
        clause
        for clause in clauses
        if not any(level in f" {_folded(clause)} " for _, level, _ in _LEVELS)
        and len(set(_folded(clause).split()) & said) < 2
    ]
    if not missing or len(missing) == len(clauses):
        return None
    return f"Chưa đủ: ngoài mức hoàn thành nhiệm vụ, còn cần {'; '.join(missing)}."


#: a claim limiting to one: "chỉ được (khen) 1 hình thức", "chỉ … một … thôi"
_ONLY_ONE = re.compile(
    r" chi (?:duoc |dc |nhan |lay |huong |co |khen |tang |xet ){0,3}(?:1|mot) "
    r"| chi (?:\w+ ){0,6}(?:1|mot) (?:\w+ ){0,4}thoi "
)
#: a breach asked of a rule named after it: "có trái / vi phạm / sai nguyên tắc …"
_BREACH_NAMED = re.compile(r" (?:sai|vi pham|trai) (?:voi )?(?:nguyen tac|quy dinh|quy tac) ")
#: a lead sentence forbidding the many: "không khen thưởng nhiều lần, nhiều hình thức"
_MANY_DENIED = re.compile(r" khong (?:\w+ ){0,3}nhieu ")


def only_one_claimed(asked: str, body: str) -> bool:
    """ "một thành tích thì chỉ được khen 1 hình thức thôi đúng không" against a fact whose
    "Không." answers "may one achievement be rewarded several times?" and whose lead forbids
    the many: the limit to one the question claims is what the fact states, so "Có"."""
    words = _folded(asked)
    if " chi can " in words or not _ONLY_ONE.search(words):
        return False
    breach = _BREACH_NAMED.search(words)
    if breach is not None and breach.start() < _ONLY_ONE.search(words).start():
        # "có trái nguyên tắc 1 thành tích chỉ 1 hình thức không": the limit is the rule
        # named, the question asks whether the case told breaks it (task h240)
        return False
    if not body.startswith("Không. "):
        return False
    lead = re.split(r"(?<=[.!?])\s+", body[len("Không. ") :], maxsplit=1)[0]
    return _MANY_DENIED.search(_folded(lead)) is not None


# The claim put up for confirmation is a negation, read in three shapes: the attribute or one
# of its values negated ("… không có bằng chứng nhận đúng không": ``negation_confirmed``),
# someone's denial reported ("hiệu trưởng bảo không được xét …, có đúng không":
# ``reported_denial``) and a negated passive closing the question ("… không bị thu hồi đúng
# không": ``negated_claim``, which also gives what still happens). Each turns the fact's
# verdict once; the composer asks them in that order.


def after_reported(words: list[str]) -> list[str]:
    """The words after the last verb reporting someone's saying ("chị ở xã bên bảo | sáng kiến
    …", "anh X nói | …"): whoever said it is no part of what was said (task h142)."""
    joined = " ".join(words)
    found = list(REPORTED.finditer(joined))
    return joined[found[-1].end() :].split() if found else words


#: the reported words deny: "… không được / không phải / không cần …"
# "… thì không lên CSTĐCS được" (task h96): not rising to the title is denied too; "không đủ
# điều kiện", "không bầu … được" deny it as well (task h113)
# "cả phòng đều được LĐTT trừ em" (task h130): the one excepted is denied the title
#: "không thuộc / nằm trong đối tượng, diện …": a person denied to be of those commended
# "… bảo không thuộc thẩm quyền tỉnh": the power denied to the level named (task h262)
_NOT_OF_THOSE = (
    r"\b(?:khong|ko|k|chua|chang)\s+(?:thuoc|nam trong)\s+(?:dien|doi tuong|tham quyen)\b"
)
_DENIAL = re.compile(
    # "không phải (là) danh hiệu thi đua" says what a thing is, not that it is denied (h320)
    r"\b(?:khong|ko|k|chua|chang)\s+(?:duoc|dc|phai(?! (?:la )?(?:danh hieu|hinh thuc)\b)"
    r"|can|the|xet|tinh|co|con|len|du|bau)\b"
    # "hiệu trưởng bảo k đề nghị CSTĐCS được": not put forward, the title denied (task h320)
    r"|\b(?:khong|ko|k|chua|chang)\s+de nghi\b"
    # "… bảo thiếu CSTĐCS nên k xin TTLĐTT được": not applied for, the title denied (h390)
    r"|\b(?:khong|ko|k|chua|chang)\s+xin\b(?: \w+){1,4} (?:duoc|dc)\b"
    r"|\btru (?:e|em|toi|minh|anh|chi|co|thay|ong|ba)\b"
    # "… bảo người kinh doanh không thuộc đối tượng khen" (task h192)
    r"|"
    + _NOT_OF_THOSE
    # task h390: the negation in the words: "huy hiệu bị bỏ rồi", "hết tiền thưởng", "chỉ còn
    # giấy chứng nhận" (a thing given said dropped, or all but one)
    + r"|\bbi (?:bo|bai bo|cat|cat bo|xoa bo|huy bo)\b"
    r"|\b(?:het|chi con) (?:tien|thuong|huy hieu|bang|khung|giay|hien vat)"
)
#: the letter ends asking whether what was said is right
# "… có đúng vậy không ạ" (task h96): a pointer and a polite particle may close it too
_RIGHT_ASKED = re.compile(
    # "… Đúng không anh?": the one asked may close the ask (task h218)
    r"\bdung\s*(?:vay|the|nhu vay)?\s*(?:khong|ko|k|hong|chua|a|ha|chu)?\s*"
    r"(?:a|ad|ha|chu|anh|chi|ban|admin|e|em)?\s*(?:a)?\s*$"
)


#: words between a negation and the thing it denies ("không bao giờ hủy", "không có bằng");
#: "không ai hủy được", "không ai được thu lại", "không ai có quyền thu hồi": nobody acting denies
#: the act (task h185, h198)
_NEGATION_FILL = frozenset(
    {"co", "bao", "gio", "the", "duoc", "dc", "con", "he", "kem", "nhan", "bi", "ai", "quyen"}
)
#: "không cần / không phải / không bắt buộc": a requirement denied, which the requirement
#: readers (``unrequired``, ``not_needed``) already answer as the claim
_NOT_REQUIRED = frozenset({"can", "phai", "bat", "buoc"})
#: "… đúng không", "… phải không", "… đúng chứ", "… phải à": a claim put up for confirmation
_CONFIRM_TAIL = re.compile(r" (?:dung|phai)(?: (?:khong|chu|a|ha|nhi|chua))?(?: a| ah| ak)? $")
#: "… không ai hủy được quyết định đâu, đúng không" and the same claim closed "đâu nhỉ" are
#: one question
_STRESSED_TAIL = re.compile(STRESSED_TAIL)


#: a claim opened by "có phải (là)" and put up for confirmation
_PUT_UP_HEAD = re.compile(r" (?:vay |the |cho (?:em|e|toi|minh) hoi )?co phai (?:la )?(?!khong )")


def stressed_denial(claim: str) -> bool:
    """The claim's last sentence denies something and closes with a stressing "đâu (nhỉ)"
    ("LĐTT không cần sáng kiến đâu nhỉ"): the asker asserts the denial, as "… đúng không"
    puts it up."""
    # task h422: the dots inside a sum ("7.590.000") end no sentence
    last = [c for c in _SENTENCE_END.split(claim) if c.strip()]
    toks = [NOT_SPELLED.get(t, t) for t in tokens(last[-1] if last else claim) if t.isalnum()]
    return bool(NEGATED & set(toks)) and _STRESSED_TAIL.search(f" {' '.join(toks)} ") is not None


#: a sentence's end: a dot not inside a number, or ";", "?", "!", a new line
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[;?!\n]")


#: a what-ask with no claim of its own, after a claim put up: "thưởng bn", "nếu được thì ai
#: tặng", "gồm những gì"
_LEANING_ASK = re.compile(
    r"^ *(?:(?:neu|vay|the|con|va) [^.;?!]*)?\b(?:bn|bao nhieu|ai|gi|nao|may|the nao|o dau)\b"
    r"(?!.*\b(?:dung|phai) (?:khong|ko|k|kg|chu)\b)"
)


def _words_of(sentence: str) -> str:
    """``sentence``'s words, spelled as ``negation_confirmed`` reads them."""
    return " ".join(NOT_SPELLED.get(t, t) for t in tokens(sentence) if t.isalnum())


def leaning_dropped(claim: str) -> str:
    """``claim`` without the what-asks after the sentence it puts up for confirmation ("X k được
    xét LĐTT, đúng không? nếu được thì thưởng bn" → "X k được xét LĐTT, đúng không"): they
    lean on the claim and claim nothing of their own (task f185a)."""
    cut = len(claim)
    while True:
        ends = [
            m.end() for m in _SENTENCE_END.finditer(claim, 0, cut) if claim[m.end() : cut].strip()
        ]
        if not ends:
            return claim[:cut]
        at = ends[-1]
        last, before = claim[at:cut], claim[: at - 1]
        if not _LEANING_ASK.search(f" {folded_words(last)} "):
            return claim[:cut]
        if not _CONFIRM_TAIL.search(f" {_words_of(before)} "):
            return claim[:cut]
        cut = at - 1


def negation_confirmed(claim: str, names: Iterable[tuple[str, ...]]) -> bool:
    """The claim confirms a negation of what the attribute's yes/no asks: a negation ("không",
    "k", "không bao giờ", "không có") stands right before a naming of the attribute or one of its
    values, and the clause ends "đúng không / phải không" ("… không có bằng chứng nhận đúng k"
    against the object fact's "Có"). "có … không" asks, it claims nothing: not read here."""
    # only the sentence put up for confirmation claims: a letter's story before it ("em không
    # có bằng …. Vậy … đúng không") tells the case, it is not the claim
    # task h422: the dots inside a sum ("7.590.000") end no sentence
    last = [c for c in _SENTENCE_END.split(leaning_dropped(claim)) if c.strip()]
    toks = [NOT_SPELLED.get(t, t) for t in tokens(last[-1] if last else claim) if t.isalnum()]
    text = f" {' '.join(toks)} "
    tail = _CONFIRM_TAIL.search(text) or _STRESSED_TAIL.search(text)
    opened = _PUT_UP_HEAD.match(text)
    if tail is None and opened is None:
        return False
    # "có phải cán bộ thôn không được xét LĐTT (không)": a claim put up by its opening "có
    # phải" is as much a claim as one closed by "đúng không" (task h168)
    toks = text[: tail.start()].split() if tail is not None else text[opened.end() :].split()
    names = list(names)
    for at, tok in enumerate(toks):
        if tok not in NEGATED or (toks[at + 1 : at + 2] and toks[at + 1] in _NOT_REQUIRED):
            continue
        if in_side_clause(toks, at):
            # "… vì CT xã k có quyền hủy", "hủy CSTĐCS của những người k có sáng kiến": the
            # negation tells a reason or whom the claim is about, it denies nothing claimed
            continue
        if opens_condition(toks, at):
            # "CSTĐCS mà k có sáng kiến thì thôi khỏi xét, phải hông": the negation opens an
            # unmet condition; the claim is that the thing is required, which the fact's own
            # verdict answers, and the consequence's denial belongs to it (h359)
            return False
        if narrows_claim(toks, at):
            # "chỉ cần kinh tế ổn định là đủ, k xét môi trường": a rider of the sufficiency
            # claim, no denial restated (h359)
            continue
        start = at + 1
        while start < len(toks) and start - at <= 3 and toks[start] in _NEGATION_FILL:
            start += 1
        for begin in range(at + 1, start + 1):
            if any(n and tuple(toks[begin : begin + len(n)]) == n for n in names):
                return True
    return False


#: "vậy có đúng không" closing a part inside the letter, another part asked after it
# "…, em muốn biết có đúng k và phải làm bao lâu mới được xét" (task h130): the confirmation
# joined by "và" to the part asked after it
_RIGHT_INSIDE = re.compile(
    r"\bvay (?:co )?dung (?:khong|ko|k|hong)\b|\bco dung (?:khong|ko|k|hong) (?:va|roi)\b"
)


#: an unmet condition closed by "là" ("không có là trượt", "k đạt là loại"), as by "thì"
_THEN_LA = re.compile(r"\b(?:khong|k|ko|chua)(?: (?:co|dat|du|lam|nop|duoc))? la\b")


#: the words opening a line that only date or name the rule: "từ 2024", "quy định (mới)",
#: "hiện nay", "bây giờ"
_RULE_NAMED = re.compile(
    r"^\s*(?:(?:tu (?:nam )?\d{4}|(?:theo )?quy dinh(?: moi)?|hien nay|bay gio|gio|la)\s+)+"
)


#: the district level told gone, with the day it went: "(từ 1/7/2025) không còn cấp huyện"
_DISTRICT_GONE_TOLD = re.compile(
    r"(?:\btu (?:ngay )?[\d/ ]+ )?\b(?:khong|ko|k|kg) con (?:cap )?(?:huyen|quan)\b"
)


#: "… có quy định như vậy không (ạ)": the saying asked to be confirmed as the rule (task h320)
_RULE_ASKED = re.compile(
    r"\b(?:luat )?co (?:quy dinh|dieu) (?:nao )?(?:nhu vay|nhu the|vay|the|do|nay)\s+"
    r"(?:khong|ko|k|hong)(?:\s+(?:a|ad|anh|chi|ban|admin|ha))?\s*$"
)
#: "hộ dân báo mất giấy khen", "đơn vị báo mất bằng": a paper reported lost, no one's saying
_PAPER_LOST = re.compile(
    r" mat (?:giay|bang|qd|quyet dinh|huy hieu|huy chuong|ky niem chuong|phoi|ban chinh)\b"
)
#: "… bị hủy vì k còn công tác": the reason the saying gives, whose negation denies nothing
_REASON = frozenset({"vi"})
#: "đơn vị", "địa vị": "vị" folded as "vì", no reason
_NOT_REASON_BEFORE = frozenset({"don", "dia", "huong", "cuong"})


def _before_reason(claim: list[str]) -> list[str]:
    """The claim's words before the reason it gives ("bị hủy | vì k còn công tác"): the reason
    only says why; a negation there is no denial of the thing said (task h320). So does the
    contrast after "chứ không" ("TTLĐTT chỉ cần trên 50 % LĐTT chứ không cần 70 %"): it names
    what the saying sets aside, the saying itself grants (task h408)."""
    for at, word in enumerate(claim):
        if (
            word == "chu"
            and at > 0
            and claim[at + 1 : at + 2] in (["khong"], ["k"], ["ko"])
            # only a requirement set aside ("chứ không cần 70 %"); "chỉ được giấy khen thôi chứ
            # k được danh hiệu" denies in the contrast itself (b136)
            and claim[at + 2 : at + 3] == ["can"]
        ):
            return claim[:at]
        if (
            word in _REASON
            and at > 0
            and claim[at - 1] not in _NOT_REASON_BEFORE
            and claim[at + 1 : at + 2] != ["pham"]
        ):
            return claim[:at]
    return claim


#: "chiến sĩ" before "thi đua": the title's name, whose "thi" opens no consequence
_SOLDIER = ["chien", "si"]


#: a bracketed aside of a claim ("(k cần tốt)", "(không phải xuất sắc)")
_ASIDE = re.compile(r"\([^()]*\)")


#: task h408: the words opening a clause about another actor after a comma ("…, kế toán không
#: phải tự mua khung"): what that actor need not do is no denial of the title's own saying
_OTHER_ACTOR = (
    ("ke", "toan"),
    ("van", "phong"),
    ("thu", "quy"),
    ("chu", "tich"),
    ("hieu", "truong"),
    ("truong",),
    ("xa",),
    ("phuong",),
    ("don", "vi"),
    ("co", "quan"),
)


def _before_other_actor(claim: list[str], question: str, start: int) -> list[str]:
    """The claim's words before a comma that opens a clause about another actor ("CSTĐCS được
    tặng bằng kèm khung, kế toán không phải tự mua khung"); a list after a comma ("LĐTT,
    CSTĐCS không cần …") names no actor and stays whole."""
    words: list[str] = []
    ends: set[int] = set()
    for tok in folded_words(_ASIDE.sub(" ", question), ",").split():
        parts = tok.split(",")
        for k, part in enumerate(parts):
            if part:
                words.append(part)
            if k < len(parts) - 1 and words:
                ends.add(len(words) - 1)
    for at in range(1, len(claim)):
        if start + at - 1 not in ends or at < 3:
            continue
        rest = tuple(claim[at:])
        if any(rest[: len(actor)] == actor for actor in _OTHER_ACTOR):
            return claim[:at]
    return claim


#: task h435: a denial that makes way for a claim of its own: "không còn X nữa mà (phải) Y",
#: "Y chứ không phải X"
_REPLACED_CLAIM = re.compile(
    r"\b(?:khong|k|ko|kg) con\b(?: \w+){1,12}? nua ma (?:phai |la |do |chuyen |gui |nop |tinh )"
    r"|\b\w+(?: \w+){1,8} chu (?:khong|k|ko|kg) phai\b"
)


def reported_denial(question: str) -> bool:
    """The letter reports someone denying something and asks whether that is right ("hiệu
    trưởng bảo không được xét …, vậy hiệu trưởng nói có đúng không"): the answer on the thing
    itself turns round to answer the denial. A negation in brackets qualifies the claim ("chỉ
    cần hoàn thành nhiệm vụ (k cần tốt)") and is no denial of its own."""
    text = folded_words(_ASIDE.sub(" ", question))
    # "… bảo …. vậy có đúng k, nếu được thì thưởng bao nhiêu": the confirmation may close the
    # first part of a compound question, not the letter (task h121)
    asked = _RIGHT_ASKED.search(text) or _RIGHT_INSIDE.search(text) or _RULE_ASKED.search(text)
    if asked is None:
        return False
    reports = [*REPORTED.finditer(text[: asked.start()]), *_POSTED.finditer(text[: asked.start()])]
    for said in reports:
        if said.group(0) == "bao" and _PAPER_LOST.match(text, said.end()):
            continue  # "báo mất giấy khen": a paper reported lost (task h320)
        if _REPLACED_CLAIM.search(text[said.end() : asked.start()]):
            # "nghe nói LĐTT k còn do chủ tịch phường ký nữa mà phải gửi lên tỉnh", "TDP văn hóa
            # giờ do thành phố công nhận chứ k phải phường": the negation only sets aside the
            # old way; the way put in its place is the claim, judged as said (task h435)
            continue
        # "nghe nói từ 2024 quy định mới tuyển dưới 6 tháng k xét": the words that only date
        # or name the rule ahead of the line do not use up its first words (task h283)
        line = text[said.end() : asked.start()]
        # fixer f51l (L3): "nghe nói từ 1/7/2025 không còn cấp huyện, hồ sơ … gửi thẳng Sở Nội
        # vụ, đúng k": the district's end is the premise the saying starts from, not a denial
        line = _DISTRICT_GONE_TOLD.sub(" ", line) if "con" in line.split() else line
        words = _RULE_NAMED.sub("", line).split()
        claim = words[:10]
        # the "thi" of the title's name ("k đề nghị chiến sĩ thi đua cơ sở được") opens
        # nothing (task h320)
        opens = [i for i, w in enumerate(claim) if w == "thi" and claim[i - 2 : i] != _SOLDIER]
        if opens:
            # "không có sáng kiến thì khỏi đề nghị": what the negation opens is the condition;
            # the consequence after "thì" is what was said (task h96)
            claim = claim[opens[-1] + 1 :]
        elif (then := _THEN_LA.search(" ".join(claim))) is not None:
            # "… k có là trượt": "là" after an unmet condition opens the consequence as "thì"
            # does (task h218)
            claim = " ".join(claim)[then.end() :].split()
        claim = _before_reason(claim)
        claim = _before_other_actor(claim, question, len(text[: said.end()].split()))
        if _DENIAL.search(" ".join(claim)) or _LOSS.match(" ".join(claim)):
            # "… thì đừng mơ tới CSTĐCS": a title said out of reach is denied too (task h107)
            return True
        if _consequence_denied(words):
            return True
    return False


def _consequence_denied(words: list[str]) -> bool:
    """ "… nghỉ thai sản 6 tháng, phải trừ thời gian đó ra, k đủ 12 tháng nên k LĐTT": a case
    told first and, after "nên", the title denied as its consequence (fixer f179b). A "thì" in
    the first words opens the consequence instead (read above)."""
    after = [i for i, w in enumerate(words) if w == "nen" and i >= _CASE_BEFORE_THEREFORE]
    if "thi" in words[:10] or not after:
        return False
    said = " ".join(words[after[-1] + 1 :][:10])
    if _ACT_ON_NAME.match(said):
        # "Hội đồng bảo … nên loại tên chị Hoa … là đúng rồi đúng không": an exclusion done to
        # someone after "nên" is the act the asker puts up, judged by the verdict stages
        # (test_h304), not a title lost as the saying's consequence
        return False
    # "… nên đơn tố cáo … là đúng", "… nên k cần gửi tỉnh": a reason, another's act or a step
    # after "nên" is no consequence on the title; only the title denied or lost is
    return bool(_LOSS.match(said) or _TITLE_DENIED.match(said))


#: an exclusion done to someone ("… nên loại tên chị Hoa", "nên gạch tên", "loại khỏi ds")
_ACT_ON_NAME = re.compile(r"^(?:loai|gach|xoa) (?:ten|khoi)\b")


#: a post in a chat group, as reported as a saying is ("nhóm zalo đăng: …", "nhóm đăng …")
_POSTED = re.compile(r"(?<=\bnhom )dang\b|(?<=\bzalo )dang\b")
#: a title denied by a bare negation opening the consequence ("… nên k LĐTT") (fixer f179b)
_TITLE_DENIED = re.compile(
    r"^(?:khong|ko|k|chua) (?:ldtt|cstdcs|cstd|ttldtt|ttldxs|gdvh|lao dong tien tien"
    r"|chien si thi dua)\b"
)
#: the fewest words of a case told before a "nên" that opens its consequence
_CASE_BEFORE_THEREFORE = 3


def saying_judged(question: str) -> bool:
    """The letter reports a saying ("TTYT bảo …", "nghe nói …") and closes asking whether it
    is right ("vậy có đúng k a"), whatever the saying's polarity (task h390)."""
    text = folded_words(_ASIDE.sub(" ", question))
    asked = _RIGHT_ASKED.search(text) or _RIGHT_INSIDE.search(text) or _RULE_ASKED.search(text)
    return asked is not None and REPORTED.search(text[: asked.start()]) is not None


#: words that by themselves say a title is lost or out of reach, as a consequence after "thì":
#: "coi như mất LĐTT", "bị loại khỏi xét", "đừng mơ tới CSTĐCS" (task h107)
# "… thì khỏi đăng ký / khỏi đề nghị (cho mất công)": told not to bother, the title is denied
# as out of reach too (task h126)
_LOSS = re.compile(
    # "mặt trận" (the Front) folds like "mất" (to lose): a body named, no loss (task h277)
    # "vậy là cả trạm mất TTLĐTT", "năm đó phải nhường LĐTT cho người khác": the loss said of a
    # whole unit, or a title given up to another, after the words that only lead to it (h320)
    # task f180a: "vậy là em mất LĐTT rồi hả", the loser named first
    r"^(?:(?:coi|xem) (?:nhu|la) |la |se |cung |bi |vay |the |phai |ca (?:\w+ ){1,3}?"
    r"|(?:em|toi|minh|anh|chi) "
    r"|nam (?:do|nay|sau|ay) )*(?:mat(?! tran\b)|bi loai|loai|dung mo|khoi|nhuong)\b"
)
#: "… phải không (ạ)", "… đúng không": a rule put up for confirmation in the asker's own voice
_RIGHT_TAIL = re.compile(r"\b(?:dung|phai)\s+(?:khong|ko|k|hong|chu)\s*(?:a|ad|ha)?\s*$")
#: "… à", "… hả": a statement put up for confirmation
_PUT_UP_TAIL = re.compile(r"\s(?:a|ha|ah)\s*$")
#: "có phải chưa đạt LĐTT thì không thể xét CSTĐCS không": the rule put up inside "có phải …
#: không" as much as before "đúng không" (task h340); a bare "phải … không" may ask a duty
_PUT_UP_FRAME = re.compile(
    r"\bco phai (?P<claim>(?:\S+ ){2,}?)(?:khong|ko|k|kg|hong)(?: (?:a|ad|ha|nhi))*$"
)
#: what may close a rule put up for confirmation before "đúng không": "quy định này", "vậy"
_POINTER_TAIL = frozenset({"quy", "dinh", "nay", "do", "nhu", "vay", "the", "co", "la", "thi"})


#: a case claimed left out of the review: "không đưa vào danh sách", "không bình xét", "không
#: đề nghị" (task h121); the title then follows, as with a denial
_LEFT_OUT = re.compile(
    # "… 4 tháng thì k bình LĐTT": a bare "bình" is "bình xét" said short (h359)
    r"^(?:\w+ ){0,3}?(?:khong|ko|k|chua|chang)\s+"
    r"(?:dua (?:vao|ten)|cho vao|binh(?: xet)?|de nghi)\b"
)


#: words other than "thì" that open a consequence: "… là mất LĐTT", "… nên không bình LĐTT"
_CONSEQUENCE_OPENERS = frozenset({"la", "nen"})


def claimed_loss(question: str) -> bool:
    """The question puts up, for confirmation and in its own voice, a rule that a case loses a
    title: "… thì không được xét LĐTT, quy định này đúng không", "nghỉ thai sản 6 tháng thì coi
    như mất LĐTT đúng k" (task h107). The fact's verdict says whether the title may be had; the
    claim is its negation, as with a denial reported (``reported_denial``, which asks for a
    reporter). Only the consequence after the last "thì" of the sentence closing the question,
    right before "(quy định này) đúng không"; "có bị … không" asks, and is read by ``adverse``."""
    text = folded_words(re.split(r"[.?!;\n]", question.strip(" .?!"))[-1])
    text = " ".join(NOT_SPELLED.get(w, w) for w in text.split())
    asked = _RIGHT_ASKED.search(text) or _RIGHT_TAIL.search(text) or _PUT_UP_TAIL.search(text)
    framed = _PUT_UP_FRAME.search(text) if asked is None else None
    if asked is None and framed is None:
        return False
    before = text[: asked.start()].split() if asked else framed["claim"].split()
    while before and before[-1] in _POINTER_TAIL:
        before.pop()
    if before[-2:] == ["la", "dung"]:
        before = before[:-2]  # "… là đúng phải không": the claim's own "là đúng" (task h121)
    # the consequence follows "thì", or "là" ("nghỉ thai sản 6 tháng là mất LĐTT à")
    # "thi" of "thi đua" ("… không được chiến sĩ thi đua cơ sở") opens nothing (task h120)
    # "… 4 tháng nên không bình LĐTT": "nên" opens the consequence too (h359)
    opened = [
        i
        for i, w in enumerate(before)
        if w in _CONSEQUENCE_OPENERS or (w == "thi" and before[i + 1 : i + 2] != ["dua"])
    ]
    if not opened:
        return False
    consequence = " ".join(before[opened[-1] + 1 :])
    if REPORTED.search(consequence):
        return False  # "… thì chị ấy nói …": a reported saying, read by ``reported_denial``
    return bool(
        _DENIAL.match(consequence) or _LOSS.match(consequence) or _LEFT_OUT.match(consequence)
    )


#: a negated passive claimed at the end of a question: "… cũng không bị thu hồi đúng không"
_NOT_SUFFERED = re.compile(
    # "k bị xử lý gì cả / gì thêm phải k": the typed "k" and the "nothing more" tails (h168)
    r" (?:khong|ko|k) bi (?P<verb>(?:\w+ ){1,3})(?:gi (?:ca |them |nua )?|them |nua |a |ha )?"
    r"(?:co )?(?:dung|phai) (?:khong|ko|k|chu) "
    r"(?:\w+ )?$"
)


def negated_claim(asked: str, body: str) -> str | None:
    """ "đã nhận tiền thưởng rồi thì dù khai gian cũng không bị thu hồi đúng không" against a
    fact whose "Có." answers "is it revoked?" and which says it "bị thu hồi": the question puts
    up the negation for confirmation, so the answer turns to "Không". Only a "không bị …" claim
    closing the question, whose verb the fact states without a negation before it. The fact's
    words for what still happens ("bị thu hồi"), or None."""
    if not body.startswith("Có. "):
        return None
    found = _NOT_SUFFERED.search(_folded(asked))
    if found is None:
        return None
    verb = found.group("verb").split()
    text = _folded(body)
    for size in range(len(verb), 0, -1):
        said = f" bi {' '.join(verb[:size])} "
        at = text.find(said)
        if (
            at >= 0
            and " khong " not in text[max(at - 12, 0) : at + 1]
            # "chỉ bị hủy khi gian dối …": a condition, not the suffering asserted (task h361)
            and not text[:at].endswith(" chi")
        ):
            # the fact's own spelling of the verb, marks and all
            spelled = (
                m.group(0)
                for m in re.finditer(rf"\bbị(?:\s+\w+){{{size}}}", body)
                if _folded(m.group(0)) == said
            )
            return next(spelled, said.strip())
    return None


#: a step of a procedure told skipped: "không niêm yết", "chưa họp bình xét", "bỏ qua lấy ý kiến"
_SKIPPED = re.compile(
    r" (?:khong|ko|k|chua|bo qua|khoi|cung khong) (?:he |co |(?P<unneeded>can )|tien hanh "
    # "không phải niêm yết", "không cần kèm biên bản kiểm phiếu": the step claimed not needed
    # is a step skipped as much as one told left out (task h168)
    r"|to chuc |(?P<unneeded2>(?:phai |can )+(?:kem |nop )?))?"
    r"(?P<step>niem yet|cong khai|lay y kien|hop binh xet|hop xet|hop|bo phieu|lap bien ban"
    r"|bien ban kiem phieu|kiem phieu|binh xet)\b"
)
#: the steps ``_SKIPPED`` names, to find among the words right after the one it matched
_STEPS = re.compile(r"\b(?:niem yet|cong khai|lay y kien|bien ban kiem phieu|kiem phieu)\b")
#: the decision asked to go ahead after a step told skipped: "chủ tịch (muốn) ký quyết định
#: luôn, có được không", "mà vẫn công nhận được k"
_GO_AHEAD = re.compile(
    r"\b(?:(?:co )?(?:duoc|dc) (?:\w+ ){0,3}?)?(?:ky|ki|ra quyet dinh|quyet dinh|cong nhan)\b"
    r"(?: \w+){0,8}? (?:(?:co )?(?:duoc|dc) |luon |ngay )(?:khong|ko|k|hong|chu)"
    r"(?: a| ad| ha| anh| chi| ban| e)?\s*$"
)
#: the letter asks whether what it told is lawful: "(làm vậy) có đúng quy trình không"
_RIGHT = re.compile(r" (?P<judge>dung|sai) (?:quy trinh|quy dinh|luat|thu tuc|nguyen tac|trinh tu)")


def step_skipped(question: str, body: str) -> tuple[str, str] | None:
    """ "trưởng thôn tự lập danh sách nộp lên xã, không niêm yết gì cả. Làm vậy có đúng quy
    trình không" against a fact that requires "niêm yết công khai … lấy ý kiến": a step the
    fact states, told skipped, makes the procedure told wrong. The verdict ("Không" to "đúng",
    "Có" to "sai") and the note naming the step as the fact spells it; None when no step is told
    skipped, the letter asks nothing of lawfulness, or the fact does not state that step."""
    words = _folded(question)
    judged = _RIGHT.search(words)
    skipped = _SKIPPED.search(words)
    if judged is None and skipped is not None and (skipped["unneeded"] or skipped["unneeded2"]):
        # "…, không phải niêm yết, đúng không": a step claimed not needed, put up for
        # confirmation, is judged as "đúng quy trình" is; a step only not yet done ("chưa họp
        # bình xét") with another thing asked is not
        judged = _RIGHT_ASKED.search(words.strip()) or _RIGHT_TAIL.search(words.strip())
    if judged is None and skipped is not None:
        # "xã chưa công khai lấy ý kiến …, chủ tịch muốn ký quyết định luôn, có được không":
        # going ahead past the skipped step is asked, which is judged as "đúng quy trình" is
        # (task h277)
        judged = _GO_AHEAD.search(words, skipped.end())
    if judged is None or skipped is None or skipped.start() > judged.start():
        return None
    text = _folded(body)
    # "không cần niêm yết công khai danh sách": the first step named that the fact states
    named = _STEPS.findall(words[skipped.start("step") : skipped.end("step") + 30])
    step = next((n for n in named if f" {n} " in text), skipped.group("step"))
    at = text.find(f" {step} ")
    if at < 0 or any(f" {n} " in text[max(at - 20, 0) : at + 1] for n in ("khong", "chua")):
        return None
    # the fact's own spelling of the step, marks and all
    size = len(step.split())
    spoken = re.findall(r"\w+", body)
    spelled = next(
        (
            " ".join(spoken[i : i + size])
            for i in range(len(spoken) - size + 1)
            if _folded(" ".join(spoken[i : i + size])).strip() == step
        ),
        step,
    )
    verdict = "Có" if judged.groupdict().get("judge") == "sai" else "Không"
    return verdict, f"Chưa đúng quy trình: bỏ bước {spelled.lower()}, là bước bắt buộc."


#: a fact saying a level has no power over what it names ("không thuộc thẩm quyền của xã")
_NOT_ITS_POWER = re.compile(
    r" khong (?:thuoc|phai) (?:la )?tham quyen (?:cua )?(?P<level>xa|tinh) "
)
#: the level a question names as the giver ("chủ tịch xã tặng", "xã quyết định")
_LEVEL_NAMED = {"xa": (" xa ", " phuong ", " dac khu "), "tinh": (" tinh ",)}


def power_denied(asked: str, body: str, authority: str | None) -> bool:
    """ "Nhà giáo ưu tú có phải danh hiệu chủ tịch xã tặng không" against "… Đều không thuộc
    thẩm quyền của xã": the level asked about as the giver is the one the fact says has no power
    over it, so "Không"."""
    if authority is None:
        return False
    found = _NOT_ITS_POWER.search(_folded(body))
    if found is None or found.group("level") != authority:
        return False
    return any(w in _folded(asked) for w in _LEVEL_NAMED.get(authority, ()))


#: a higher level claimed to approve again: "báo cáo tỉnh duyệt lại", "trình tỉnh phê duyệt"
_HIGHER_APPROVES = re.compile(
    r" (?:tinh|so noi vu|ubnd tinh) (?:\w+ ){0,2}?"
    r"(?:duyet|phe duyet|xet duyet|thong qua|chap thuan)"
)
#: a decision the fact gives to the xã chairman
_XA_DECIDES = re.compile(r"chu tich (?:ubnd )?xa (?:\w+ ){0,2}?(?:quyet dinh|cong nhan|tang)")


def higher_approval(asked: str, body: str) -> bool:
    """ "Thôn văn hóa do Chủ tịch xã công nhận thì có phải báo cáo tỉnh duyệt lại không"
    against a fact giving the decision to the xã chairman and naming no province step: the
    decision is the xã's own (Luật 2022 Điều 80 khoản 3), so the approval claimed is "Không"."""
    words = _folded(asked)
    if not _HIGHER_APPROVES.search(words):
        return False
    text = _folded(body)
    # the province decides or approves somewhere in the fact: not the xã's own decision
    province_acts = re.search(r"tinh (?:\w+ ){0,2}?(?:quyet dinh|phe duyet|duyet|tang)", text)
    return _XA_DECIDES.search(text) is not None and province_acts is None


#: words that point the asking sentence back at a thing the letter named ("danh hiệu đó",
#: "cái này", "như vậy"); "do" before a maker ("do ai", "do tỉnh") is "by", no pointer
_BACK = frozenset({"do", "nay", "ay", "kia", "vay"})
_BY = frozenset({"ai", "tinh", "xa", "chu", "ubnd", "cap", "thu", "hoi", "nha", "huyen"})


#: "năm nay", "hôm nay", "lúc này": a time, not a thing pointed back at
_TIMES = frozenset({"nam", "thang", "ngay", "hom", "luc", "gio", "bay", "dot", "ky", "lan", "sau"})


def _points_back(asked: str) -> bool:
    toks = tokens(asked)
    return any(
        w in _BACK
        and i > 0
        and toks[i - 1] not in _TIMES
        and (i + 1 == len(toks) or toks[i + 1] not in _BY)
        for i, w in enumerate(toks)
    )


def denied_elsewhere(model: FactModel, reading: Reading, pair: Pair, body: str) -> str | None:
    """The fact negates the claim the question makes, read more widely than the asking
    sentence against this block: an asking sentence that points back ("có danh hiệu đó
    không") claims what the letter named before it, so the whole letter is the claim; and
    whether one may have a title turns on its criteria, so a claim about how it is judged
    ("chấm trên 85 điểm mới đạt") is also read against the title's criteria fact. None when
    neither negates it; else the criteria's sentence that does ("" when it is this block's)."""
    letter = " ".join(NOT_SPELLED.get(w, w) for w in tokens(reading.question))
    told_first = reading.asked and len(tokens(reading.asked)) + 3 < len(letter.split())
    # of "… không hay bắt buộc phải có sáng kiến" only the first is claimed (task h101)
    claimed = first_option(letter)
    # the way offered after "không hay" ("… hay phải đợi cuối năm tổng kết") is no case told
    if told_first and _points_back(reading.asked) and denied(claimed, body, before_offered(letter)):
        return ""
    criteria = model.fact(pair.entity, "criteria") if pair.attr == "eligible" else None
    if criteria is None or criteria.text in body:
        return None
    asked = first_option(reading.asked or reading.question)
    for sentence in re.split(r"(?<=[.!?])\s+", criteria.text.strip()):
        if denied(asked, sentence, before_offered(reading.question)):
            return sentence  # the asker sees why: the rule claimed is the one denied
    return None


#: a class of person said to be barred: "hợp đồng thì k được khen", "người không chuyên trách
#: không được xét", "dân quân thì không được" (issue 11, h321)
_CLASS_BARRED = re.compile(
    r"\b(?:hop dong|hd|hdld|hdkct|khong chuyen trach|k chuyen trach|dan quan|nhan vien hop dong"
    r"|lao dong hop dong|nguoi lao dong)\s+(?:thi\s+)?(?:khong|ko|k|chua|chang)\s+(?:duoc|dc)\b"
)


def who_denied(question: str) -> bool:
    """The letter reports someone saying a person is not of those commended ("nghe nói người
    kinh doanh không thuộc đối tượng khen, đúng k"; "hợp đồng thì k được khen đột xuất") and
    asks whether that is right."""
    said = folded_words(question)
    return reported_denial(question) and (
        re.search(_NOT_OF_THOSE, said) is not None or _CLASS_BARRED.search(said) is not None
    )
