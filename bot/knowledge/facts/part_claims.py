"""What one part of a question claims or asks, read from its own words: titles listed that share
one question ("LĐTT, CSTĐCS và TTLĐTT thưởng bao nhiêu"), a claim conjoined to the part before,
whom a title is only for ("… chỉ tặng cho cá nhân thôi"), what kind a title or case is, a
criterion asked to be required, two titles offered ("… hay …"), and titles compared."""

from __future__ import annotations

import re
from itertools import pairwise

from bot.knowledge.facts.asking_words import (
    ADDRESSED,
    CONFIRMS,
    PARTICLES,
    QUESTION_PHRASES,
    QUESTION_WORDS,
    WHY,
)
from bot.knowledge.facts.conditions import required_at
from bot.knowledge.facts.lookalikes import gets_title_at
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.words import NEGATED
from bot.knowledge.facts.yesno import REQUEST_WORDS, TAIL_WORDS, is_yesno, put_up
from bot.knowledge.retype import REPORTED

#: what a level "công nhận" of an initiative: its reach, its effect (Luật 2022 Điều 21 khoản 2,
#: Điều 22 khoản 2)
_INITIATIVE_RECOGNISED = re.compile(
    r"\bcong nhan (?:\S+ ){0,2}(?:pham vi|hieu qua|kha nang nhan rong|sang kien|de tai)\b"
)

#: the levels whose heads recognise an initiative's reach for CSTĐ toàn quốc and CSTĐ Bộ,
#: ngành, tỉnh (Luật 2022 Điều 21 khoản 2: người đứng đầu Bộ, ban, ngành, tỉnh)
RECOGNISERS = frozenset({"tinh", "bo"})


def recognises_initiative(words: list[str]) -> bool:
    """ "tỉnh công nhận phạm vi toàn quốc", "công nhận hiệu quả sáng kiến": a level recognising
    an initiative, not awarding a title."""
    return _INITIATIVE_RECOGNISED.search(" ".join(words)) is not None


#: the words just before a title that ask whether something is of its kind
_IS_A = frozenset({("co", "phai"), ("phai", "la"), ("tinh", "la"), ("coi", "la"), ("co", "la")})
#: words before "có phải" that name no case ("xã", "em", "cái này")
_NO_CASE = frozenset({"xa", "em", "toi", "minh", "cai", "nay", "do", "vay", "the", "thi", "co"})


def is_a_kind(seg: Segment) -> bool:
    """A yes/no part that names a title right after "có phải / tính là / coi là", with a case
    of its own before: "tháng cao điểm có phải khen đột xuất không"."""
    if not seg.yesno or not seg.mentions or seg.subjects or seg.authority:
        return False
    # the case may itself be a title's alias ("tháng cao điểm" is khen theo đợt's)
    _, at, before = seg.mentions[-1]
    if before not in _IS_A:
        return False
    case = [w for w in seg.words[: at - 2] if w.isalpha() and w not in _NO_CASE]
    return len(case) >= 2


#: the yes/no tail after what a requirement names ("… không", "… k a")
_TAIL = frozenset({"khong", "k", "ko", "kg", "khg", "hong", "a", "ha", "chu", "nua", "?"})


def criterion_required(seg: Segment, model: FactModel, claim_put_up: bool = False) -> bool:
    """ "LĐTT có cần tích cực tham gia phong trào thi đua không": the words after the last
    "cần / phải" of a part naming one title, three or more, are a run of that title's criteria
    (folded, in order). ``claim_put_up``: the "(đúng / phải) không" closing a claim is dropped
    first, its "phải" requiring nothing."""
    if len(seg.entities) != 1:
        return False
    words = seg.words
    for i, w in enumerate(words):
        if w in NEGATED and _OFFERED_AFTER.match(" ".join(words[i + 1 : i + 3])):
            # "… có phải tích cực tham gia phong trào thi đua không hay chỉ cần làm tốt việc
            # của mình": the "cần" of the other answer offered is no requirement asked (h107)
            words = words[:i]
            break
    words = _tail_dropped(words, claim_put_up)
    ends = required_at(words)
    if not ends:
        return False
    need = words[ends[-1] + 1 :]
    if need[:1] in (["co"], ["dat"], ["la"]):
        need = need[1:]
    criteria = model.fact(seg.entities[0], "criteria")
    if len(need) < 3 or criteria is None or not all(w.isalpha() for w in need):
        return False
    # the criteria's commas part what the question runs together ("đoàn kết tương trợ"); a
    # joining "và" one side drops ("thi đua và hoạt động xã hội") is no word of a criterion
    need = [w for w in need if w not in _JOINING]
    told = (w for w in tokens(criteria.text) if w.isalpha() and w not in _JOINING)
    return f" {' '.join(need)} " in f" {' '.join(told)} "


_JOINING = frozenset({"va", "hoac"})


def _tail_dropped(words: list[str], claim_put_up: bool) -> list[str]:
    """The part's words without its asking tail ("không", "ạ"); with ``claim_put_up``, nor the
    "đúng / phải" that put a claim up before it ("…, phải không"): its "phải" requires nothing
    (task h302)."""
    end = len(words)
    while end and words[end - 1] in _TAIL:
        end -= 1
    if claim_put_up and end < len(words) and words[end - 1 : end] in (["dung"], ["phai"]):
        end -= 1
    return words[:end]


#: the other answer offered after a yes/no's "không": "hay …", "ạ hay …", "hoặc …"
_OFFERED_AFTER = re.compile(r"(?:(?:a|ad|ha) )?(?:hay|hoac)\b")

#: kinds of title ("kind" values) that a question may name before "có phải là <title>"
_TITLE_KINDS = ("danh hieu thi dua", "hinh thuc khen thuong", "danh hieu vinh du nha nuoc")


def kind_named_first(seg: Segment, model: FactModel) -> bool:
    """ "danh hiệu thi đua cho hộ gia đình có phải là GĐVH không": a kind of title told before
    "có phải (là)" and the title named right after it."""
    if not seg.mentions or "kind" not in model.values:
        return False
    _, at, before = seg.mentions[-1]
    if before not in _IS_A:
        return False
    said = " " + " ".join(seg.words[:at]) + " "
    return any(f" {kind} " in said for kind in _TITLE_KINDS)


#: most words a bare item of a list may hold ("tập thể", "hộ gia đình không")
_LIST_ITEM = 4


def a_title_listed(seg: Segment) -> bool:
    """A list item that only names a title or two: nothing asked, told or claimed of its own."""
    return bool(seg.entities) and not (seg.attrs or seg.weak or seg.story or seg.yesno)


def conjoined_claims(segments: list[Segment], toks: list[str]) -> list[Segment]:
    """ "xã tiêu biểu giờ xã tự công nhận và thưởng 2 lần lương cơ sở đúng k": a statement
    joined by "và" to the clause put up for confirmation is claimed too, so its part answers
    yes or no as well, and a false half is not hidden behind the true one (task h114). Only a
    told clause with a cue of its own and no question word of its own ("ai quyết định và …
    đúng không" asks who) is taken, and only when the tail confirms a statement."""
    if len(segments) < 2:
        return []
    tail = segments[-1]
    if tail.story or not is_yesno(tail.words) or not CONFIRMS & set(tail.words[-3:]):
        return []
    said = f" {' '.join(toks)} "
    out: list[Segment] = []
    for before, seg in pairwise(segments):
        if seg is not tail and not any(seg is c for c in out):
            continue
        if before.story or is_yesno(before.words) or QUESTION_WORDS & set(before.words):
            continue
        if not (before.attrs or before.authority) or not before.words or not seg.words:
            continue
        head, tail_start = " ".join(before.words), " ".join(seg.words[:2])
        # "nghe nói A …, và B …, đúng k": a comma typed before the "và" joins the same way
        if not any(f" {head}{mark} va {tail_start} " in said for mark in ("", " ,")):
            continue
        out.append(before)
    return out


def list_asked(segments: list[Segment]) -> None:
    """ "chủ tịch xã có được tặng giấy khen cho cá nhân, tập thể, hộ gia đình không": the yes/no
    that closes a list is asked of every item of it, with the question of the clause the list
    opens in; the last item alone would otherwise be read as a question of its own (who may
    have the title) and the others as plain questions with no verdict."""
    if len(segments) < 2:
        return
    tail = segments[-1]
    if not tail.yesno or tail.attrs or tail.story:
        return
    at = len(segments) - 2
    while at > 0 and _bare_item(segments[at], segments[at].words):
        at -= 1
    head = segments[at]
    if (
        (head.yesno and not _opened_only(head.words))
        or head.story
        or not head.attrs
        or QUESTION_WORDS & set(head.words)
    ):
        return
    if "cho" not in head.words or any(seg.reform for seg in segments):
        # a list of whom ("… cho A, B, C"); "trước huyện chi, nay xã chi à" is a change told
        return
    if not _bare_item(tail, [w for w in tail.words if w not in _YESNO_TAIL]) and not (
        _bare_item(tail, [w for w in tail.words if w not in _CONFIRMING_TAIL])
    ):
        return
    for seg in segments[at:]:
        seg.yesno = True
    tail.attrs = list(head.attrs)


def _opened_only(words: list[str]) -> bool:
    """ "giấy khen … có phải thưởng cho cả 3 đối tượng cá nhân, tập thể, hộ gia đình k": the
    head's yes/no is only the "có phải" that opens the ask the list's tail closes, no ask of
    its own before the list (fixer f49l)."""
    return ("co", "phai") in pairwise(words) and bool(words) and words[-1] not in _YESNO_TAIL


#: the words that end a yes/no question
_YESNO_TAIL = frozenset({"khong", "k", "ko", "kg", "a", "ha", "nhi", "vay", "chu", "nhe"})
#: what a list closed by a confirming tail ends in ("… hộ gia đình trong xã, đúng k ad"): the
#: tail, whom it is put to, and where the recipients are; none names one more item (h169)
_CONFIRMING_TAIL = _YESNO_TAIL | ADDRESSED | {"dung", "phai", "trong", "thuoc", "xa", "phuong"}
#: words that make a clause say something of its own, not name one more item
_CLAIMING = frozenset({"co", "duoc", "dc", "phai", "can", "la", "bi", "se", "da"})


def titles_share_claim(segments: list[Segment]) -> None:
    """Several titles named, one claim shared: each title gets the claim whole (its yes/no,
    its cue words, its actor), whichever way the connectors split it.

    - Claim first: "chủ tịch xã có ký được CSTĐCS và TTLĐTT không", a clause with its cue,
      then only another title and the yes/no tail, leaves the first with no yes/no and the
      second with no cue and no actor.
    - Titles first (task h89): "LĐTT và CSTĐCS đều do chủ tịch xã quyết định đúng không",
      titles listed before the clause that makes the claim; without it only the last title
      opens with a verdict and the others read as plain questions. Their cue words are the
      claim's as every listed title's are (``listed_claim``, where ``read`` picks each part's
      attributes)."""
    for head, tail in pairwise(segments):
        # "… không hay phải trình tỉnh": the other way offered after the yes/no is no claim
        offered = next(
            (i for i, w in enumerate(tail.words) if w == "hay" and tail.words[i - 1] in NEGATED),
            None,
        )
        core = tail.words[:offered]
        if head.story or tail.story or head.yesno or not tail.yesno:
            continue
        if tail.attrs and offered is None:
            continue
        if not (head.attrs and head.entities and tail.mentions) or tail.mentions[0][1] != 0:
            continue
        if tail.authority or tail.subjects or _CLAIMING & set(core):
            continue
        if len([w for w in core if w not in _YESNO_TAIL | TAIL_WORDS]) > _LIST_ITEM:
            continue
        tail.attrs = list(head.attrs)
        _share_claim(tail, head)
    for i, seg in enumerate(segments):
        if not a_title_listed(seg) or not _only_a_title(seg):
            continue
        claim = listed_claim(segments, i)
        if claim is None or not claim.yesno or claim.story or not claim.attrs:
            continue
        if not claim.entities:
            continue
        _share_claim(seg, claim)


def listed_claim(segments: list[Segment], at: int) -> Segment | None:
    """The clause a title listed at ``at`` shares ("LĐTT, CSTĐCS và TTLĐTT thưởng bao
    nhiêu"): the first part after it that is no bare list item; None when none follows."""
    return next((s for s in segments[at + 1 :] if not a_title_listed(s)), None)


def _share_claim(title: Segment, claim: Segment) -> None:
    """A title of the list and the clause making the claim both ask yes or no, the title of
    the claim's actor."""
    title.yesno = claim.yesno = True
    for level in claim.authority:
        title.add(title.authority, level)


def _only_a_title(seg: Segment) -> bool:
    """A segment that opens with a title and says little else: a list item ("LĐTT", "cả
    CSTĐCS"), not a sentence of its own that names one ("năm nay hội muốn đề nghị LĐTT cho …")."""
    return (
        bool(seg.mentions)
        and seg.mentions[0][1] <= 1
        and not seg.subjects
        and "cho" not in seg.words
        and not _CLAIMING & set(seg.words)
        and len(seg.words) <= 8
    )


def _bare_item(seg: Segment, words: list[str]) -> bool:
    """A list item with no question of its own: no cue, nothing told, and past the title words
    carried into it ("giấy khen cho …") only a few words naming whom."""
    named = words[words.index("cho") + 1 :] if "cho" in words else words
    return (
        not seg.attrs
        and not seg.story
        and len(named) <= _LIST_ITEM
        and not _CLAIMING & set(named)
        and not QUESTION_WORDS & set(words)
    )


#: the recipients a title may be for, as a claim of "only" names them (folded words)
_RECIPIENTS = (("ca", "nhan"), ("tap", "the"), ("ho", "gia", "dinh"), ("gia", "dinh"))
#: words that may stand between "chỉ" and whom ("chỉ dành cho", "chỉ được tặng cho", "chỉ xét")
_ONLY_VERBS = frozenset({"tang", "danh", "cho", "xet", "khen", "trao", "duoc", "ap", "dung", "la"})


def only_recipient(words: list[str]) -> bool:
    """ "chỉ (được) tặng cho cá nhân (thôi)", "chỉ dành cho tập thể": the claim is that the title
    goes to that one kind of recipient alone. "chỉ tiêu", "chị ấy là cá nhân" are no such claim:
    only verbs of giving may stand between "chỉ" and whom (task h102)."""
    for i, w in enumerate(words):
        if w != "chi" or "hay" in words[:i]:
            # "hộ gia đình có được không hay chỉ cá nhân": the "only" is the other answer
            # offered, not the claim
            continue
        if words[i - 1 : i] in (["khong"], ["k"], ["ko"], ["chang"]):
            # "tặng được cho cả hộ gia đình chứ không chỉ cá nhân": "not only", the claim
            # widens the recipients (task h420)
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j] in _ONLY_VERBS:
            j += 1
        for r in _RECIPIENTS:
            # "chỉ được xét gia đình văn hóa thôi": a title named, not a recipient
            if tuple(words[j : j + len(r)]) == r and words[j + len(r) : j + len(r) + 2] != [
                "van",
                "hoa",
            ]:
                return True
    return False


def existence(model: FactModel, seg: Segment, entity: str, narrowed: str, attr: str) -> str:
    """ "phường có hội đồng TĐKT riêng không": a body named right after "có" (to have) is
    claimed to exist; the yes/no falls back to who may get it, which a body (a council) has
    no fact for, so the fact stating that it exists and who sets it up answers. A body that
    acts ("hội đồng có được đưa … vào danh sách không") is no such claim."""
    own = model.facts.get(narrowed, {})
    if attr != "eligible" or "eligible" in own or "establish" not in own:
        return attr
    had = any(e == entity and before[-1:] == ("co",) for e, _, before in seg.mentions)
    return "establish" if had else attr


def procedure_of_title(seg: Segment) -> bool:
    """A title named right after "thủ tục" ("theo thủ tục khen đột xuất"): the procedure named
    by the kind of award it belongs to, which the question asks to use for its case."""
    return any(before[-2:] in (("thu", "tuc"), ("tuc", "khen")) for _, _, before in seg.mentions)


def rising_claim(seg: Segment) -> bool:
    """ "thôn văn hóa được thưởng 2 lần lương cơ sở à?", "xã tiêu biểu xét hằng năm à?": a
    statement closed by "à" and a typed "?" puts the statement up for confirmation, whatever it
    states (task h144). The "?" is what tells the rising "à" from a polite "ạ", which closes a
    question that already asks with a question word, a choice ("hay") or a request."""
    words = seg.words
    joined = f" {' '.join(words)} "
    return (
        seg.marked
        and len(words) >= 4
        and put_up(words)
        and "hay" not in words
        and not QUESTION_WORDS & set(words)
        and not any(f" {p} " in joined for p in QUESTION_PHRASES)
        and not REQUEST_WORDS & set(words)
    )


#: "không có X", "mà không …", "chưa có X", "thiếu X" in a "có được Y … không" question;
#: "k sáng kiến" typed without "có" tells the same lack (task h242)
_WITHOUT = ("ma khong", "khong co sang", "chua co sang", "ko co sang", "thieu", "ma chua")
_WITHOUT += ("khong sang kien", "ko sang kien")
#: the prize told not paid yet ("mà chưa nhận tiền", "mà chưa chi"): a story, nothing lacking
_NOT_YET_PAID = ("ma chua nhan", "ma chua duoc nhan", "ma chua linh", "ma chua chi")

#: words that set two things side by side ("khác nhau", "khác gì", "phân biệt", "so với")
_COMPARING = (("khac", "nhau"), ("khac", "gi"), ("phan", "biet"), ("so", "voi"), ("khac", "biet"))

#: "mỗi cái", "từng cái", "cả hai", "mỗi loại": a part asked of every title named before it
EACH = frozenset({("moi", "cai"), ("tung", "cai"), ("ca", "hai"), ("ca", "2"), ("moi", "loai")})
EACH |= {("tung", "loai"), ("moi", "danh"), ("tung", "danh"), ("moi", "thu"), ("tung", "thu")}
# "2 loại này ai quyết định": the two kinds the letter told, each asked (task f189b, F2)
EACH |= {("2", "loai"), ("hai", "loai")}


def compares(words: list[str]) -> bool:
    return any(pair in _COMPARING for pair in pairwise(words))


def same_title_compared(seg: Segment, before: Segment | None = None) -> str | None:
    """ "tổ dân phố văn hóa có khác thôn văn hóa về tiền thưởng không": two names of one title
    set against each other: "Không" (no difference) when asked whether they differ, "Có" when
    asked whether they are alike ("… có giống … không"); None when no such pair is named."""
    for (one, first, _), (other, second, _) in pairwise(seg.mentions):
        # "A có khác B …", "A và B có khác nhau …": the comparing word after the first name;
        # one name twice ("LĐTT cho công chức và LĐTT cho nông dân") compares whom it is for
        same = one == other and seg.words[first] != seg.words[second]
        between = set(seg.words[first:])
        if same and "khac" in between:
            return "Không"
        if same and "giong" in between:
            return "Có"
    if before is not None and not before.story and before.mentions and seg.mentions:
        # "thôn văn hóa và tổ dân phố văn hóa có khác nhau …": "và" cut the two names apart
        (one, first, _), (other, second, _) = before.mentions[-1], seg.mentions[0]
        same = one == other and before.words[first] != seg.words[second]
        if same and ("khac", "nhau") in pairwise(seg.words):
            return "Không"
        if same and ("giong", "nhau") in pairwise(seg.words):
            return "Có"
    return None


def asks_without(words: list[str]) -> bool:
    # "lương tối thiểu vùng", "tối thiểu 70 %": a minimum, nothing lacking
    joined = " ".join(words).replace("toi thieu", "")
    for paid in _NOT_YET_PAID:
        # "QĐ ký tháng 1 mà chưa nhận tiền": the prize not paid yet, no condition lacking
        joined = joined.replace(paid, "")
    if not any(cue in joined for cue in _WITHOUT):
        return False
    return "duoc" in words  # "không cần sáng kiến đúng không" confirms, it asks nothing else


def alternative(seg: Segment, asked: bool = False) -> bool:
    """Two titles joined by "hay" ("… đột xuất hay … chuyên đề"), with no yes/no; with
    ``asked``, joined by "không hay" ("có phải khen đột xuất không hay là khen theo đợt"): a
    yes/no on the first put against the second, which of the two it is."""
    if len(seg.mentions) < 2 or (seg.yesno and not asked):
        return False
    # any two titles in a row, not only the first two: "khen tháng cao điểm là khen đột xuất
    # hay khen theo đợt" names the case asked about first, then the two it may be
    for (one, first, _), (other, second, _) in pairwise(seg.mentions):
        between = seg.words[first:second]
        if one == other or "hay" not in between:
            continue
        at = between.index("hay")
        if asked and gets_title_at(seg.words, first):
            # "bảo vệ có được xét LĐTT không hay phải CSTT": whether one gets the first
            # title is asked; the second is only the other way offered
            continue
        if not asked or (at > 0 and between[at - 1] in NEGATED):
            return True
    return False


#: bodies that act in a story (a council meets, advises): no title a question asks about
BODIES = frozenset({"hoi_dong_xa", "hoi_dong_tw"})


def same_period(segments: list[Segment], model: FactModel) -> bool:
    """ "cùng năm đạt cả LĐTT và CSTĐCS": two yearly titles, and nothing else commended, named
    in one message are counted over the same year (only the higher prize is paid)."""
    named = {entity for seg in segments for entity, _, _ in seg.mentions}
    return len(named) >= 2 and named <= model.yearly


#: words before an award form that make it a thing given with another title ("LĐTT có được
#: cấp giấy khen kèm theo không"), not a second title asked about
_GIVEN_WITH = frozenset({"cap", "kem", "them", "tang"})


#: a post held on a council, said just before it ("thư ký", "thành viên", "ủy viên" hội đồng)
COUNCIL_POSTS = frozenset({("thu", "ky"), ("thanh", "vien"), ("uy", "vien")})


def thing_given(seg: Segment, model: FactModel) -> None:
    """ "LĐTT có được cấp giấy khen kèm theo không": the giấy khen is what the question claims
    LĐTT comes with (its ``object`` values), so the part asks about LĐTT's object."""
    values = model.values.get("object", {})
    if len(seg.mentions) < 2 or not values:
        return
    first, at, _ = seg.mentions[0]
    if first in BODIES and tuple(seg.words[max(at - 2, 0) : at]) in COUNCIL_POSTS:
        # "em thư ký HĐ TĐKT xã họp xét CSTĐCS … đề nghị được k": the council is the asker's
        # post (the "ký" of "thư ký" signs nothing); the title told is asked (task f199)
        seg.entities = [e for e in seg.entities if e != first]
        seg.mentions = [m for m in seg.mentions if m[0] != first]
        return
    if first in BODIES:
        # "hội đồng TĐKT xã có phải là cơ quan quyết định tặng giấy khen không": a council
        # gives nothing with a title; what it is claimed to do with the award is asked (h95)
        if {"quyet", "ky", "ki"} & set(seg.words):
            seg.entities = [first]
            seg.mentions = [m for m in seg.mentions if m[0] == first]
            seg.attrs, seg.weak = ["decides"], []
        return
    for entity, at, before in seg.mentions[1:]:
        words = " ".join(seg.words[at : at + 2])
        if entity != first and _GIVEN_WITH & set(before) and words in values:
            seg.entities = [e for e in seg.entities if e != entity]
            seg.mentions = [m for m in seg.mentions if m[0] != entity]
            seg.attrs = ["object"]
            seg.weak = []
            return


#: "(xã / đơn vị) có phải theo / làm theo / áp dụng … không": keeping to a rule told before
_KEEP_TO = re.compile(
    r"\b(?:phai|bat buoc)\b(?: \w+)? (?:theo|lam theo|ap dung|tuan thu|thuc hien)\b"
)


#: the words that tell a cap ("giới hạn", "tối đa 20 %", "khống chế", "không quá")
_CAP_CUES = ("gioi han", "toi da", "khong che", "khong qua", "ty le", "chi tieu", "%")


def cap_kept_back(segments: list[Segment], at: int) -> list[str]:
    """ "tỉnh có quy chế giới hạn CSTĐCS tối đa 20 %, vậy xã có phải theo không": a yes/no
    naming no title nor attribute that asks whether to keep to the cap the part before tells
    asks about that cap, not whether the commune may hold the title (task h196)."""
    before = segments[at - 1] if at > 0 else None
    if before is None or "tinh" not in before.words:
        return []
    told = f" {' '.join(before.words)} "
    # the part before is often a story, whose cue words give it no attribute of its own
    if "cap" not in before.attrs and not any(f" {cue} " in told for cue in _CAP_CUES):
        return []
    return ["cap"] if _KEEP_TO.search(" ".join(segments[at].words)) else []


#: words that make a clause a claim, not a bare topic: "được", "là", "cần", "phải", "bị",
#: "vẫn / còn", "chỉ", "đã", "thay", "làm", "áp (dụng)", "tự", "quyết (định)", "cũng / cùng",
#: "đều"; "hồ sơ CSTĐCS?" or "tiền thưởng LĐTT?" names a topic and claims nothing. Words that
#: fold like a noun of the field stay out ("tỉnh" / "tính", "nhân", "đội", "mặt", "hương")
_BARE_CLAIMING = frozenset(
    {"duoc", "la", "can", "phai", "bi", "van", "con", "chi", "da", "thay", "lam", "ap"}
    | {"tu", "quyet", "cung", "deu"}
)
#: claim words that begin a noun of the field: "văn hóa", "con đường"; and "tối đa"
_NOT_CLAIMING_BEFORE = {"van": "hoa", "con": "duong"}
#: openers that report what someone said: "nghe nói …", "nghe bảo …", "nghe đâu …"
_HEARSAY = frozenset({("nghe", "noi"), ("nghe", "bao"), ("nghe", "dau"), ("nghe", "nhu")})


def _asks_other(words: list[str]) -> bool:
    """A question word or phrase, a choice ("hay") or a request: the clause asks something
    other than whether its statement holds."""
    joined = f" {' '.join(words)} "
    return bool(
        "hay" in words
        or "hoac" in words
        or QUESTION_WORDS & set(words)
        or any(f" {p} " in joined for p in QUESTION_PHRASES)
        or REQUEST_WORDS & set(words)
    )


def _claims(words: list[str]) -> bool:
    if any(w in NEGATED for w in words) or ("toi", "da") in pairwise(words):
        return True
    return any(
        w in _BARE_CLAIMING and (i + 1 == len(words) or _NOT_CLAIMING_BEFORE.get(w) != words[i + 1])
        for i, w in enumerate(words)
    )


def bare_claim(seg: Segment, segments: list[Segment]) -> bool:
    """A statement put up for confirmation with no asking tail (task h209): "khen đột xuất làm
    thủ tục đơn giản?", "đề tài nghiệm thu thay sáng kiến xét CSTĐCS?", "CSTĐCS dc?" (closed by
    a typed "?"); "lương cơ sở 2tr53 áp từ 1/7/2026 a" (a rising "à" ending the message);
    "nghe nói GK huyện vẫn cấp đến hết 2026" (a saying reported and left for the bot to judge).
    A clause that names a topic only ("hồ sơ CSTĐCS?") or asks with a question word, a choice
    or a request is no yes/no."""
    words = seg.words
    if seg.story or len(words) < 2 or _asks_other(words) or WHY & set(pairwise(words)):
        return False
    if not (seg.attrs or seg.weak or seg.subjects or seg.authority or seg.reform):
        # "TTLĐXS qđ tháng 8 vẫn 3.510.000 à": with nothing of the title named, a verdict
        # would fall on who may get it; the figure readers answer such a part
        return False
    at = next((i for i, s in enumerate(segments) if s is seg), 0)
    after = segments[at + 1] if at + 1 < len(segments) else None
    # "khen đột xuất chỉ cần tờ trình và tóm tắt?": the part after the joining "và" names no
    # title of its own; its "?" closes this part's claim
    marked = seg.marked or (
        after is not None
        and after.marked
        and not after.entities
        and not after.story
        and not _asks_other(after.words)
        # "giám đốc công ty ký QĐ CSTĐCS cho kỹ sư, tiền thưởng đó có chịu thuế không?": a
        # part with its own yes/no tail closes its own question, not the told part before
        # it (task h260)
        and not (after.attrs and is_yesno(after.words) and not _confirms_all(after.words))
    )
    opens = segments[0].words
    if seg is segments[0] and _heard(words) and _closing_only(segments[at + 1 :]):
        # "nghe nói TTLĐTT thưởng 1,0 lần lương cơ sở, hiệu trưởng hỏi lại cho chắc", "chị kế
        # toán bảo LĐTT thưởng 1 triệu.": a saying reported and left for the bot to judge,
        # closed at most by a remark that asks nothing of its own; a figure is a claim
        return _claims(words) or any(w[:1].isdigit() for w in words)
    if not _claims(words):
        return False
    if marked:
        return True
    last = seg is segments[-1] and not any(_asks_other(s.words) for s in segments)
    return last and (put_up(words) or tuple(opens[:2]) in _HEARSAY)


#: the closing "đúng không", "phải k": a tail that confirms the whole statement told before
_CONFIRM_TAILS = frozenset({("dung", t) for t in ("khong", "k", "ko", "hong", "chua")}) | frozenset(
    {("phai", t) for t in ("khong", "k", "ko", "hong", "chua")}
)


def _confirms_all(words: list[str]) -> bool:
    """ "…, không phải khi ký quyết định, đúng không": the part ends on a tail confirming the
    whole statement, not a yes/no of its own ("tiền thưởng đó có chịu thuế không")."""
    kept = [w for w in words if w not in PARTICLES]
    return tuple(kept[-2:]) in _CONFIRM_TAILS


def _heard(words: list[str]) -> bool:
    """ "nghe nói …" opening the clause, or someone's words reported in its first words ("chị
    kế toán bảo …", "phó chủ tịch nói là …")."""
    return tuple(words[:2]) in _HEARSAY or REPORTED.search(" ".join(words[:5])) is not None


def _closing_only(rest: list[Segment]) -> bool:
    """The clauses after a reported saying only close the message ("hiệu trưởng hỏi lại cho
    chắc", "nhờ ad xem giúp"): none names a title or a part, nor a person other than as the
    one who asks, and none asks with a question word or a choice."""
    return all(
        not (s.entities or s.attrs or s.weak or s.story)
        # "hiệu trưởng hỏi lại cho chắc": a person named only as the one who asks
        and (REQUEST_WORDS & set(s.words) or not (s.subjects or s.authority))
        and not (
            "hay" in s.words
            or QUESTION_WORDS & set(s.words)
            or any(f" {p} " in f" {' '.join(s.words)} " for p in QUESTION_PHRASES)
        )
        for s in rest
    )


#: a clause telling what follows when the claim before is not met: "không có là trượt", "nếu
#: không thì bị loại", "k đạt thì khỏi xét", "thiếu là không được", "còn không thì …"
_CONSEQUENCE = re.compile(
    r"^(?:con |ma )?(?:neu |lo )?(?:khong|chua|thieu)"
    r"(?: (?:co|dat|du|lam|nop|dang ky|duoc))?(?: (?:thi|la))\b"
)


def consequence_clause(words: list[str]) -> bool:
    """ "…, không có là trượt, đúng k": the clause only tells what happens when the claim before
    it is not met; a yes/no after it asks that claim, not the consequence (task h218)."""
    return len(words) <= 10 and _CONSEQUENCE.search(" ".join(words)) is not None


def consequence_asked(words: list[str]) -> list[str]:
    """ "không thì không được công nhận đúng ko": the confirming tail closing a consequence
    clause (its "đúng / phải không"), which asks the claim before it; [] when there is none."""
    if not consequence_clause(words[:-2] or words):
        return []
    at = max((i for i, w in enumerate(words) if w in {"dung", "phai"}), default=-1)
    if at < 3:
        return []
    at -= words[at - 1] == "co"
    tail = words[at:]
    return tail if all(w in TAIL_WORDS for w in tail) and is_yesno(tail) else []


#: "… 5 ngày", "… 2 bản", "… 3 tháng": a count with its unit, what "có đủ không" may weigh
_COUNTED = re.compile(r"\b\d+(?:[.,]\d+)? (?:ngay|thang|nam|ban|bo|lan|nguoi|phan tram|%)\b")
#: "… thì có đủ không", "vậy đủ chưa", "như thế là đủ k": whether a told amount suffices
_SUFFICES = re.compile(r"\b(?:co )?(?:du|la du) (?:khong|chua|ko|k)\b")


def sufficiency_after_count(words: list[str], before: list[str]) -> bool:
    """ "thôn niêm yết GĐVH 5 ngày, rồi trình xã thì có đủ k": a closing step that asks only
    whether it suffices weighs the count told just before (the period, copies, share), not
    whether the step's level is eligible (task h218)."""
    said = " ".join(words)
    return (
        _SUFFICES.search(said) is not None
        and "dieu kien" not in said
        and _COUNTED.search(" ".join(before)) is not None
    )


#: "khen giấy khen hai lần", "tặng bằng khen 2 lần cho một người": a second award of a form
#: told with the form named between the verb and the count (not a run: "2 lần liên tục", nor a
#: requirement: "bằng khen tỉnh có cần 2 lần CSTĐCS", nor a prize: "thưởng 1,2 lần lương cơ sở")
_TWICE_GIVEN = re.compile(
    r"\b(?:khen|tang|nhan)(?: (?!(?:co|can|phai|dat|lien|thuong)\b)\S+){1,5}"
    r"(?<![\d,.]) (?:hai|2) lan\b"
    r"(?! (?:lien|lien tuc|lien tiep|luong|muc)\b)"
)


def twice_given(words: list[str]) -> bool:
    """A part telling a form given twice with the form named in between: it asks the repeat
    rule (Luật 2022 Điều 5 khoản 2 điểm c: one achievement, one form; another deed, another
    award), as "khen hai lần" said whole does (task h218)."""
    return _TWICE_GIVEN.search(" ".join(words)) is not None
