"""Words that fold like a cue phrase and are not it, or name one that is not asked: "hỏi" is no
"hội", "tính" no "tỉnh", "công nhận" no "công nhân", "3.800.000" no sentence end; a place after
a unit says where ("trạm y tế xã"); an authority offered in the other answer, replaced or
denied ("chứ không phải …"); a council of another body ("hội đồng của trường")."""

from __future__ import annotations

import itertools

from bot.knowledge.facts.deciders import OWNER_WORDS
from bot.knowledge.facts.words import NEGATED

#: last syllables of the units a place name follows ("trạm y tế xã", "trường mầm non xã",
#: "địa bàn xã", "văn phòng xã"): the xã or thôn after them says where, not who is asked about
_UNIT_ENDS = frozenset({"tram", "non", "hoc", "thcs", "ban", "phong", "truong", "doan"})
LOCATIONS = frozenset({"tren", "ngoai", "khap", "ban"})

_UNIT_ENDS |= LOCATIONS
#: two-syllable units whose last syllable alone means something else ("thực tế xã em …")
_UNIT_PAIRS = frozenset({("y", "te")})
#: the xã's đoàn thể named by their members ("cán bộ hội phụ nữ xã", "chủ tịch hội cựu chiến
#: binh xã", "hội người cao tuổi xã", "hội chữ thập đỏ xã", "hội CCB xã"): the xã after them
#: says whose association, not that the commune itself is asked about (task h223)
_UNIT_PAIRS |= {("phu", "nu"), ("chien", "binh"), ("cao", "tuoi"), ("thap", "do")}
_UNIT_ENDS |= {"ccb", "lhpn", "hpn"}
#: an asker's word before "hỏi" (to ask), or a word after it, which "hội" never has
_ASKING_HOI = frozenset({"e", "em", "toi", "minh", "cho", "xin", "muon", "can", "t", "dc"})
_AFTER_HOI = frozenset({"chut", "ti", "xiu", "ad", "admin", "ban", "anh", "chi", "thu", "ve"})
#: "hỏi a / e / ông … có được": asking about a person a pronoun names
_AFTER_HOI |= {"a", "e", "c", "em", "ong", "ba", "thay"}
#: fixer f48l (b180): "hồi tháng 3/2026", "hồi trước", "hồi xưa": "hồi" (then) tells when, no
#: association ("hội") is named
_AFTER_HOI |= {"thang", "truoc", "xua"}
#: "anh / ông / bác hỏi có đủ …": a person told asking, not an association
_ASKING_HOI |= {"anh", "ong", "bac", "chu"}
#: words naming people, after which a bare "ho" is the pronoun "họ", not "hộ"
_PEOPLE = frozenset(
    {"nguoi", "cong chuc", "can bo", "vien chuc", "giao vien", "nhan vien", "dong chi", "ca nhan"}
    # members of an organisation and farmers are people too (task h91)
    | {"hoi vien", "doan vien", "dang vien", "xa vien", "nong dan"}
    | {"cbcc", "cbccvc", "cb", "cc", "anh em", "chi em", "cac ban", "hai ban", "co giao"}
)
#: words after "hộ" that make it a household ("hộ gia đình", "hộ ông A", "hộ nghèo")
_HOUSEHOLD_NAMED = frozenset({"gia", "dan", "ong", "ba", "anh", "chi", "ngheo", "nay", "do"})


def acts_when(toks: list[str], end: int) -> bool:
    """ "xã xét vào tháng 12", "xã họp cuối tháng 12": the level is told with when it acts, to
    say a step is still in time; who decides is not asked (task h106)."""
    after = toks[end : end + 4]
    if not after or after[0] not in {"xet", "hop", "duyet", "binh", "tong"}:
        return False
    rest = after[1:]
    return rest[:2] in (["vao", "thang"], ["cuoi", "thang"], ["trong", "thang"]) or (
        rest[:1] == ["thang"] and rest[1:2] != [] and rest[1].isdigit()
    )


def compared_with(toks: list[str], start: int) -> bool:
    """A subject named after "như" / "giống" ("… như xã miền núi", "giống thôn"): the thing
    compared with, not a second subject; "cá nhân cũng như tập thể" lists both (task h106)."""
    before = toks[max(start - 2, 0) : start]
    if before[-1:] == ["giong"]:
        return True
    return before[-1:] == ["nhu"] and before[:1] != ["cung"]


def after_unit(toks: list[str], start: int) -> bool:
    return start > 0 and (
        toks[start - 1] in _UNIT_ENDS or tuple(toks[start - 2 : start]) in _UNIT_PAIRS
    )


#: "công nhân" folds like "công nhận" (to recognise), so workers are told only when counted
#: ("có 12 công nhân", "các công nhân"); "công nhận … cho hộ" stays a household
_COUNTING = frozenset({"cac", "nhung", "nhieu", "may", "moi", "cho"})


def _workers_counted(words: list[str]) -> bool:
    """ "có 12 công nhân … tặng LĐTT cho họ": the people told are workers, counted."""
    return any(
        (a, b) == ("cong", "nhan") and (before.isdigit() or before in _COUNTING)
        for before, a, b in zip(["", *words], words, words[1:], strict=False)
    )


def folds_like_subject(toks: list[str], start: int, end: int) -> bool:
    """A verb typed without marks that folds like a subject: "hỏi" like "hội" (tập thể) after
    the asker or before "chút / anh / về", "áp dụng" like "ấp" (a thôn)."""
    words = toks[start:end]
    before = toks[start - 1] if start > 0 else ""
    after = toks[end] if end < len(toks) else ""
    if words == ["hoi"]:
        return before in _ASKING_HOI or after in _AFTER_HOI
    if words == ["ho"] and after not in _HOUSEHOLD_NAMED and not _households_counted(before):
        # "họ" (they) typed without marks folds like "hộ" (a household): after people told
        # earlier in the letter ("3 công chức mới … cho họ vào danh sách") it points back at them
        told = set(toks[:start])
        return (
            bool(told & _PEOPLE)
            or any(" ".join(pair) in _PEOPLE for pair in itertools.pairwise(toks[:start]))
            or _workers_counted(toks[:start])
        )
    if words == ["to"] and after == "chuc" and before in _ORGANISERS:
        # "thi công chức do huyện tổ chức", "xã đã tổ chức": organised by someone, no "tổ"
        # (a team) asked about (task h128)
        return True
    return words == ["ap"] and after == "dung"


#: words that count households before "hộ" ("các hộ", "3 hộ"); the pronoun "họ" takes none
_HOUSEHOLD_COUNTS = frozenset({"cac", "nhung", "moi", "tung", "mot", "hai", "ba"})


def _households_counted(before: str) -> bool:
    return before.isdigit() or before in _HOUSEHOLD_COUNTS


#: who or what stands before "tổ chức" when it is the verb "organise", not a team ("tổ")
_ORGANISERS = frozenset(
    {"huyen", "tinh", "xa", "phuong", "so", "bo", "do", "da", "se", "dang", "duoc", "moi", "tu"}
)


#: "không phải / chưa phải (là)": what follows is what someone is not
_NOT_BEING = tuple(
    [no, "phai", *la] for no in ("khong", "chua", "cha", "chang") for la in ([], ["la"])
)


def denied_being(toks: list[str], start: int) -> bool:
    """ "(anh ấy) không phải cán bộ công chức", "chưa phải là viên chức": the kind of person
    named is the one the person told is not (task h223)."""
    return any(toks[max(start - len(cue), 0) : start] == cue for cue in _NOT_BEING)


#: "chưa đến mức / không tới mức": what follows is a case the person's one falls short of
_SHORT_OF_CASE = tuple(
    [no, to, "muc"] for no in ("khong", "k", "ko", "chua", "chang") for to in ("den", "toi")
)


def denied_case(toks: list[str], start: int) -> bool:
    """ "chỉ bị nhắc nhở, chưa đến mức khiển trách", "không phải khiển trách": the case named
    is the one the person's is not (task h298)."""
    return denied_being(toks, start) or any(
        toks[max(start - len(cue), 0) : start] == cue for cue in _SHORT_OF_CASE
    )


def in_number(toks: list[str], at: int) -> bool:
    return (
        toks[at] in (".", ",")
        and 0 < at < len(toks) - 1
        and toks[at - 1].isdigit()
        and toks[at + 1].isdigit()
    )


def still_negated(toks: list[str], at: int) -> bool:
    """ "không còn / ko còn / chưa còn": "còn" says "any longer" inside one claim, it does not
    start another part ("cstdcs ko còn giới hạn 15 % nữa à")."""
    return (
        toks[at] == "con"
        and at > 0
        and toks[at - 1] in NEGATED
        and not _tail_then_next_ask(toks, at)
    )


#: what a second ask after "… không, còn …" asks (how much, what, who, where, how)
_NEXT_ASKED = frozenset({"bao", "bn", "gi", "j", "ai", "dau", "nao", "sao", "may"})


def _tail_then_next_ask(toks: list[str], at: int) -> bool:
    """ "có đủ CSTĐCS k còn thưởng bn": the "không" closes a yes/no opened by "có" and "còn"
    starts a second ask of its own (a question word right after), not "không còn" (no longer)
    (task h392)."""
    start = at - 1
    while start > 0 and toks[start - 1] not in {",", ";", ".", "?", "!"}:
        start -= 1
    opened = "co" in toks[start : at - 1]
    return opened and bool(_NEXT_ASKED & set(toks[at + 1 : at + 5]))


def con_counted(toks: list[str], at: int) -> bool:
    """ "1 con số", "một con dấu": "con" after a number is the classifier, not "còn" (which
    starts another part)."""
    return toks[at] == "con" and at > 0 and (toks[at - 1].isdigit() or toks[at - 1] == "mot")


#: what "cũng" (also) says of the person before it: a duty, a may, a being, a need
_ALSO_SAID = frozenset({"phai", "duoc", "dc", "la", "can", "co", "bi", "deu"})


def also_of_subject(toks: list[str], at: int, subjects: list[str]) -> bool:
    """ "nông dân cũng phải hoàn thành tốt nhiệm vụ": "cũng" (also) after a person named says
    what holds of that person; it is not "cùng" (with) starting another part, so the person
    stays the one the claim is about (Luật 2022 Điều 24 khoản 3; task h245)."""
    return (
        toks[at] == "cung"
        and bool(subjects)
        and toks[at + 1 : at + 2] != []
        and toks[at + 1] in _ALSO_SAID
    )


#: marks that close a clause, the comma among them
_BREAKS = frozenset({".", "?", "!", ",", ";"})


def same_clause(before: list[str]) -> list[str]:
    """The words of ``before`` after its last clause break: "LĐTT có cần sáng kiến không, mới
    tuyển dụng bao lâu …": the "không" closing the clause before negates nothing after it."""
    cut = max((i + 1 for i, w in enumerate(before) if w in _BREAKS), default=0)
    return before[cut:]


def after_chu_not(words: list[str], at: int) -> bool:
    """ "… thôi chứ không (được / có / phải) <title>": the title at ``at`` is claimed not to be
    had (task h101)."""
    before = words[max(at - 3, 0) : at]
    if "chu" not in before:
        return False
    rest = before[before.index("chu") + 1 :]
    return bool(rest) and rest[0] in NEGATED and all(w in _NOT_TAIL for w in rest[1:])


#: what may stand between "chứ không" and the title it denies
_NOT_TAIL = frozenset({"duoc", "co", "phai", "la", "nhan"})


def denied_after_chu(toks: list[str], start: int, end: int) -> bool:
    """ "tỉnh quyết định chứ không phải xã", "chủ tịch tỉnh quyết định chứ chủ tịch xã không
    được ký": the level after "chứ" is the one the claim denies, not the one claimed to act;
    the claim is about the level named before it (task h101). "chứ" folds like "chủ": it is
    "chứ" only when a negation follows it or the level's own name ("chủ tịch …") starts
    right after it, with a negation after that name."""
    before = toks[max(start - 3, 0) : start]
    if "chu" in before and before[before.index("chu") + 1 : before.index("chu") + 2] != ["tich"]:
        after_chu = before[before.index("chu") + 1 :]
        if after_chu and after_chu[0] in NEGATED:
            return True
    if toks[start - 1 : start] == ["chu"] and toks[start : start + 2] == ["chu", "tich"]:
        return bool(NEGATED & set(toks[end : end + 3]))
    return False


def replaced(toks: list[str], start: int) -> bool:
    """ "trưởng thôn ký thay (cho / mặt) chủ tịch xã": the one named after "thay" is whose power
    the actor before it claims to use, not the one claimed to act."""
    before = toks[max(start - 2, 0) : start]
    return before[-1:] == ["thay"] or before in (["thay", "cho"], ["thay", "mat"])


def offered_after(toks: list[str], start: int) -> bool:
    """ "… được không hay phải trình lên trên / nộp hồ sơ lên Sở Nội vụ": the way offered after
    "không hay", not a question of its own ("… không hay ai quy định" asks who)."""
    before = toks[max(start - 5, 0) : start]
    ors = [i for i, w in enumerate(before) if w == "hay" and i > 0 and before[i - 1] in NEGATED]
    if not ors:
        return False
    after_or = [*before[ors[-1] :], *toks[start:][:1]]
    return not {"ai", "gi", "nao", "dau", "sao", "bao"} & set(after_or)


#: "được xét / khen / nhận / tặng / công nhận …": the asker getting a title
_GET_WORDS = frozenset({"duoc", "dc"})
_GET_VERBS = frozenset({"xet", "khen", "nhan", "tang", "cong", "dat"})


def gets_title_at(words: list[str], at: int) -> bool:
    """ "có được xét LĐTT", "có đc khen đột xuất": the title at ``at`` is one the asker asks
    to get ("được" and a verb of getting just before it or as its first word)."""
    near = words[max(at - 3, 0) : at + 1]
    return any(w in _GET_WORDS and nxt in _GET_VERBS for w, nxt in itertools.pairwise(near))


def got_before_or(toks: list[str], start: int) -> bool:
    """ "tôi có được khen đột xuất không hay phải đợi cuối năm": the first option asks whether
    one gets the title named ("được xét / khen / nhận …"), so the yes/no is that; what the way
    offered after "không hay" names (a time, another title) is the other answer, not asked."""
    before = toks[max(start - 12, 0) : start]
    ors = [i for i, w in enumerate(before) if w == "hay" and i > 0 and before[i - 1] in NEGATED]
    if not ors or not offered_after(toks, start):
        return False
    first = before[: ors[-1] - 1]
    return any(w in _GET_WORDS and nxt in _GET_VERBS for w, nxt in itertools.pairwise(first))


#: a council named with no level ("hội đồng thi đua khen thưởng", "hội đồng tđkt")
_BARE_COUNCIL = frozenset(
    {("hoi", "dong", "thi", "dua", "khen", "thuong"), ("hoi", "dong", "tdkt")}
)
_XA_WORDS = frozenset({"xa", "phuong", "ubnd", "dac"})


def anothers_council(toks: list[str], start: int, end: int) -> bool:
    """ "hội đồng TĐKT của trường tiểu học": a council named with no level is the xã's unless
    the words after it give it another owner ("của / ở / tại" + not the xã)."""
    if tuple(toks[start:end]) not in _BARE_COUNCIL or end + 1 >= len(toks):
        return False
    if toks[end] not in OWNER_WORDS:
        return False
    owner = [t for t in toks[end + 1 : end + 4] if t not in {"mot", "cac", "nhung"}]
    return bool(owner) and owner[0] not in _XA_WORDS


#: a subject's word read as part of a longer name that is no unit: (word, the word before it)
NOT_A_UNIT = frozenset(
    {("thon", "nong")}
    | {("cong", w) for w in ("so", "da", "chua", "tinh")}
    # "kế toán / văn thư / giáo viên / y sĩ trường …": the school where a person works, told
    # with their job; the person is asked about
    | {("truong", w) for w in ("toan", "thu", "vien", "quy", "si", "duong")}
    # task h281: "bảo vệ / tạp vụ trường" (the guard, the cleaner of a school) are persons too;
    # "chấp hành chủ trương" is a policy, never a school
    | {("truong", w) for w in ("ve", "vu", "chu")}
    # "phòng GD", "sở GD": giáo dục (education), not gia đình (a household)
    | {("gd", w) for w in ("phong", "so", "nganh")}
)
#: (word, the word after it): "hội đồng (sáng kiến)" is a council, not an association; "(chỉ)
#: tờ giấy", "tờ trình" fold as "tổ" but are a sheet and a paper, not a team
NOT_A_UNIT_AFTER = frozenset({("hoi", "dong"), ("to", "giay"), ("to", "trinh")})

#: units a "trưởng / phó" heads ("trưởng phòng", "phó ban", "tổ trưởng" is read the other way)
_UNITS = frozenset({"phong", "ban", "khoa", "to", "thon", "doan", "hoi", "nhom", "bo", "tram"})


def heads(toks: list[str], start: int) -> bool:
    """ "trưởng phòng", "phó ban", "hiệu trưởng", "tổ trưởng": a person who heads a unit, not
    the unit ("trưởng" folds like "trường", a school)."""
    before = toks[start - 1] if start > 0 else ""
    after = toks[start + 1] if start + 1 < len(toks) else ""
    if toks[start] == "truong" and (before in _UNITS | {"hieu"} or after in _UNITS):
        return True
    return before in ("truong", "pho") and toks[start] in _UNITS


#: "công nhận" (to recognise) folds to "cong nhan" like "công nhân" (a worker): it is the verb
#: after these words or before a title
_VERB_BEFORE = frozenset({"dinh", "xet", "nghi", "ra", "ai", "tinh"})
_VERB_AFTER = frozenset({"danh", "la", "cho", "lai", "hieu", "sang", "ket"})
#: "đã / chưa công nhận", "có thẩm quyền công nhận": a worker is never so told (task h239:
#: "sáng kiến chưa được cấp có thẩm quyền công nhận" read as the nông dân); not "được": "phường
#: có được công nhận …" reads the phường, and who then awards is another reader's
_VERB_BEFORE |= {"quyen", "da", "chua", "se", "dang"}
_VERB_AFTER |= {"roi", "hoan", "dat"}
#: "(phòng GD) huyện công nhận", "xã công nhận", "hội đồng công nhận": a level or a body right
#: before acts; no worker is told by the level before him (h357)
_VERB_BEFORE |= {"huyen", "tinh", "so", "gd", "dong", "truong"}

#: "được tính", "tính vào / để / là …": the verb "tính" (to count), which folds like "tỉnh"
_COUNT_BEFORE = frozenset({"duoc", "se", "cach", "khi", "deu", "van", "moi"})
#: "em tính thử", "tôi tính ra": a person calculating ("tính" folds like "tỉnh", the province)
_COUNT_BEFORE |= {"e", "em", "toi", "minh", "to"}
_COUNT_AFTER = frozenset({"de", "vao", "la", "thue", "tien", "nhu", "sao", "theo", "luon", "ca"})
_COUNT_AFTER |= {"thu", "ra", "lai", "toan"}
#: "anh tính giúp / tính hộ / tính dùm mỗi LĐTT bao nhiêu": asked to calculate (task h106)
_COUNT_AFTER |= {"giup", "ho", "dum", "gium", "xem"}
_COUNT_BEFORE |= {"a", "anh", "ad"}  # not "chi": "chỉ tỉnh mới …" names the province
#: the yes/no tail after "có tính": "… có tính không", nothing after it
_COUNT_TAIL = frozenset({"khong", "ko", "k", "hong", "ha", "a", "chu", ""})


def counts_in(toks: list[str], start: int) -> bool:
    before = toks[start - 1] if start > 0 else ""
    after = toks[start + 1] if start + 1 < len(toks) else ""
    if before == "co" and after in _COUNT_TAIL:
        return True  # "nghỉ thai sản có tính không" closes asking whether it counts (task h96)
    return before in _COUNT_BEFORE or after in _COUNT_AFTER


#: what an initiative's reach is told with: "sáng kiến cấp tỉnh", "sáng kiến có ảnh hưởng trong
#: tỉnh", "sáng kiến phạm vi tỉnh"
_REACH = frozenset({"cap", "trong", "pham", "vi", "huong", "anh", "toan", "co", "tam", "duoc"})


def initiative_reach(toks: list[str], start: int) -> bool:
    """ "tỉnh" (or "cấp tỉnh") at ``start`` says how far a sáng kiến reaches ("năm thứ 3 có sáng
    kiến cấp tỉnh thì lên CSTĐ tỉnh được chưa"), not the province as the one who decides; the
    run and the title asked are the question (Luật 2022 Điều 22 khoản 1; task h221)."""
    at = start
    while at > 0 and toks[at - 1] in _REACH and start - at < 4:
        at -= 1
    return at >= 2 and toks[at - 2 : at] == ["sang", "kien"]


def is_verb(toks: list[str], start: int, end: int) -> bool:
    if toks[start:end] != ["cong", "nhan"]:
        return False
    before = toks[start - 1] if start > 0 else ""
    after = toks[end] if end < len(toks) else ""
    return before in _VERB_BEFORE or after in _VERB_AFTER
