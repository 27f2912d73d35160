"""What a yes/no names only as a condition, a requirement or a route, not as what it asks: "nếu
…", "… thì", "phải / cần … trước", "theo con đường sáng kiến", a title held or counted; the
readers that drop those cue words from the part, and ``required_at``, which tells a
requirement's words ("phải", "cần", "bắt buộc")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.knowledge.facts.case_kind import AWARD_KINDS
from bot.knowledge.facts.model import BREAKS
from bot.knowledge.facts.registration import REQUIRE_MARKS
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.words import NEGATED, is_multiple_word
from bot.knowledge.facts.yesno import is_yesno

#: words right before a title that count it held ("2 năm liền LĐTT", "3 lần CSTĐCS")
_RUN_TOLD = frozenset({"lien", "tuc", "nam", "lan"})

#: words before a title that make it a condition of the question, not what is asked about
_CONDITION_WORDS = frozenset({"dat", "neu"})
#: what a subject does right after "thi xa" typed without marks ("… thì xã có phải trả lời",
#: "… thì xã được …"): "thì xã", the xã acting; "thị xã có còn không" asks about the unit
_ACTS = frozenset(
    {"phai", "duoc", "dc", "se", "can", "tu", "lam", "xet", "ky", "nen", "quyen", "quyet"}
    # "giấy khen xã thì xã chi tiền thưởng", "thì xã chỉ đề nghị", "thì xã gửi / nộp / trình /
    # lập hồ sơ": the xã acting, not the former thị xã (task h108)
    | {"chi", "gui", "nop", "trinh", "lap", "tra"}
    # "tổ bầu cử làm tốt thì xã khen / tặng giấy khen": the xã commending (task h127)
    | {"khen", "tang"}
    # "xây nhà trên đất nông nghiệp thì xã xử phạt thế nào": the xã handling a case, which no
    # former town does in a question (task h184)
    | {"xu", "giai", "thu"}
    # "hàng xóm tranh chấp thì xã hòa giải, xác nhận, hỗ trợ": the xã settling or certifying
    # (task h209)
    | {"hoa", "xac", "ho"}
    # "giờ xã tặng thì xã lo bằng và khung", "… thì xã nhận đủ hồ sơ rồi để 2 tháng", "nhận đủ
    # hồ sơ thì xã ra QĐ": the xã providing, receiving or deciding (task h261)
    | {"lo", "nhan", "ra"}
    # "hồ sơ của trường thì xã tổng hợp / thẩm định / duyệt rồi gửi Sở Nội vụ": the xã's own
    # steps on a dossier (task h284)
    | {"tong", "tham", "duyet"}
    # "người khai gian thì xã có hủy QĐ không": the xã's chairman cancelling what he decided
    # (Luật 2022 Điều 93 khoản 8); the abolished town cancels nothing now (task f191)
    | {"huy"}
)
#: "thôn văn hóa thì xã công khai lấy ý kiến 10 ngày", "… thì xã niêm yết / họp / bình xét /
#: đánh giá / lấy ý kiến / thông báo / tổ chức": the xã's own steps of a review (task h301);
#: only inside a sentence, since "thì" never opens one ("Thị xã công nhận …" is the town)
_REVIEW_STEPS = frozenset({"cong", "niem", "hop", "binh", "danh", "lay", "thong", "to"})

#: "thì xã em / xã mình có phải …": whose xã, typed between it and what it does (task h144)
_OWN = frozenset({"em", "minh", "toi", "ta"})
#: "thì xã cũng / vẫn / sẽ chi …": a word of manner between the xã and what it does (task h393)
_ALSO = frozenset({"cung", "van", "deu"})


#: a time gone by said right before "thi xa": "trước đây thị xã công nhận …" is the former town
_PAST_BEFORE = (["truoc", "day"], ["truoc", "kia"], ["ngay", "xua"], ["hoi", "truoc"])


def then_inside(toks: list[str], start: int) -> bool:
    """ "thi xa" at ``start`` stands inside its sentence, after no time gone by: there a step
    of the xã's review after it makes it "thì xã" (``acts_told``)."""
    return (
        start > 0
        and toks[start - 1] not in ".?!\n"
        # "trước thì thị xã công nhận": a "thì" before it leaves it the town
        and toks[start - 1] != "thi"
        and toks[start - 2 : start] not in _PAST_BEFORE
    )


def acts_told(after: list[str], inside: bool = False) -> bool:
    """The words after "thi xa" tell the xã acting ("thì xã chi / gửi / khen …"); with
    ``inside`` ("thi xa" does not open its sentence) a step of the xã's review counts too."""
    if after[:1] and after[0] in _OWN:
        after = after[1:]
    if inside and after[:1] and after[0] in _ALSO and acts_told(after[1:]):
        # "GK của chủ tịch xã thì xã cũng chi từ quỹ xã": "also" between the xã and its act
        # (task h393); "Thị xã cũng …" opening a sentence stays the town
        return True
    after = after[:2]
    if not after:
        return False
    if inside and after[0] in _REVIEW_STEPS:
        return True
    if after[:2] == ["de", "nghi"]:
        return True  # "… thì xã đề nghị lên tỉnh": the xã proposes
    if after[0] == "co":
        return len(after) > 1 and after[1] in _ACTS
    return after[0] in _ACTS


#: words that open a condition clause: its "thì" comes later in the same sentence
#: task h389: "… mà xã k duyệt thì xã …": a clause opened by "mà" is closed by its "thì" too
_IF_WORDS = frozenset({"neu", "khi", "lo", "gia", "ma"})
#: words that make the "thi xa" right after them a place: "nếu ở thị xã cũ …"
_AT_PLACE = frozenset(
    {"o", "tai", "cua", "cap", "ubnd", "tich", "ve", "va", "hoac", "nhu", "tu", "con", "thuoc"}
)


def after_condition(toks: list[str], start: int) -> bool:
    """ "nếu không được duyệt thì xã có báo lại không": "thi xa" closing a condition opened
    earlier in the same sentence is "thì xã", whatever the xã then does."""
    if toks[start - 1 : start] and toks[start - 1] in _AT_PLACE:
        return False
    for at in range(start - 2, -1, -1):
        if toks[at] in BREAKS:
            return False
        if toks[at] in _IF_WORDS:
            return True
    return False


#: a level named just before "thi xa" typed without marks: "tỉnh thì xã", never "tỉnh thị xã"
THEN_AFTER = (["tinh"], ["huyen"], ["thon"], ["phuong"], ["truong"], ["do"], ["vay"], ["roi"])
#: "tranh chấp với hàng xóm thì xã …", "ai ở thôn xóm thì xã …": a neighbour or hamlet (h209)
THEN_AFTER += (["xom"], ["nha"], ["dan"])
#: words before a title that make it the one wanted ("muốn đạt X", "để đạt X", "muốn lên X"),
#: not a condition
_GOAL_WORDS = frozenset({"muon", "de", "len"})
NEGATED_CONDITION = frozenset({"khong", "chua", "quen", "k", "ko", "kg", "chang"})
#: "chưa được LĐTT", "không được CSTĐCS" before another title: a title held told negated
_HELD_WORDS = frozenset({"duoc", "dc"})

#: the words that claim or ask that a thing is required ("cần", "phải", "bắt buộc"): a level of
#: duty after them asks whether it is required ("có cần hoàn thành xuất sắc"); the composer's
#: readers of a requirement claimed or asked share this list
REQUIRE_WORDS = ("can", "phai", "bat buoc", "yeu cau")

#: each word of ``REQUIRE_WORDS`` by its last syllable, so a question is scanned once
_REQUIRE_ENDS = {word.split()[-1]: word.split() for word in REQUIRE_WORDS}


def required_at(words: list[str]) -> list[int]:
    """Where in ``words`` (folded syllables) a word of ``REQUIRE_WORDS`` ends. "cán bộ" folds
    to "can bo", whose "can" is no "cần" ("cán bộ xã chỉ hoàn thành nhiệm vụ" tells a level, it
    requires none)."""
    return [
        i
        for i, w in enumerate(words)
        if w in _REQUIRE_ENDS
        and words[max(i + 1 - len(_REQUIRE_ENDS[w]), 0) : i + 1] == _REQUIRE_ENDS[w]
        and not (w == "can" and words[i + 1 : i + 2] == ["bo"])
    ]


#: kinds of khen named by their occasion, not by the award given ("khen đột xuất", "khen theo
#: chuyên đề"): the award named beside them (a giấy khen, a bằng khen) is the one given so
_OCCASIONS = AWARD_KINDS


def _form_of_occasion(seg: Segment, n: int, then: int) -> bool:
    """ "bằng khen tỉnh theo chuyên đề … thì chủ tịch xã có tặng k": the award named first is
    given on the occasion named right after it, both before "thì"; it is what is asked, not a
    condition (the occasion then is, as "khen đột xuất bằng giấy khen … thì" reads; h301)."""
    entity = seg.mentions[n][0]
    later = [(e, pos) for e, pos, _ in seg.mentions[n + 1 :] if e != entity]
    return (
        entity not in _OCCASIONS
        and bool(later)
        and all(pos < then and e in _OCCASIONS for e, pos in later)
    )


def drop_conditions(seg: Segment) -> None:
    """In "nếu (không) đạt LĐTT thì có được CSTĐCS không" the asked title is CSTĐCS.

    A title before "thì", or right after "đạt" / "nếu", with another title after it, is a
    condition: it leaves the part's titles and becomes a subject ("khong_dat_ldtt" when negated,
    "dat_ldtt" otherwise), so that the asked title's facts can answer for that case.
    """
    if len(seg.mentions) < 2:
        return
    then = next(
        (
            i
            for i, w in enumerate(seg.words)
            if (w == "thi" and seg.words[i + 1 : i + 2] != ["dua"])
            # "phải có giấy khen rồi mới được đề nghị bằng khen": the title before "mới" is
            # the condition
            or (w == "moi" and seg.words[i + 1 : i + 2] in (["duoc"], ["de"], ["xet"]))
        ),
        None,
    )
    if (
        then is not None
        and seg.words[then] == "moi"
        and all(at < then for _, at, _ in seg.mentions)
        and len({e for e, _, _ in seg.mentions}) == 2
        and seg.mentions[-1][0] != seg.mentions[0][0]
        # the condition counted ("2 năm liền LĐTT", "3 lần CSTĐCS"): a title held, not one
        # of two asked ("LĐTT có phải đăng ký thi đua … mới được xét")
        and set(seg.mentions[-1][2]) & _RUN_TOLD
    ):
        # "giấy khen chủ tịch xã có bắt buộc 2 năm liền LĐTT mới được tặng không": no title
        # after "mới", so the one right before it is the condition and the one the sentence
        # opens with is asked (task h101)
        condition, _, before = seg.mentions[-1]
        seg.entities = [e for e in seg.entities if e != condition] or seg.entities
        negated = bool(NEGATED_CONDITION & set(before))
        seg.subjects.insert(0, f"{'khong_dat' if negated else 'dat'}_{condition}")
        return
    conditions = []
    occasions: set[str] = set()
    for n, (entity, at, before) in enumerate(seg.mentions):
        later = [e for e, pos, _ in seg.mentions[n + 1 :] if e != entity]
        if not later:
            break
        if _GOAL_WORDS & set(before) and not _CONDITION_WORDS - {"dat"} & set(before):
            # "muốn lên CSTĐCS thì có cần đạt LĐTT không": the title wanted is what is asked
            # about; the one it requires is after the "cần" (``drop_required``)
            continue
        # what stands between "thì" and each later title ("thì cần có người đạt CSTĐCS")
        required_after = then is not None and all(
            REQUIRE_MARKS & set(seg.words[then:pos])
            for e, pos, _ in seg.mentions[n + 1 :]
            if e != entity
        )
        if then is not None and at < then and required_after and not _CONDITION_WORDS & set(before):
            # "CSTĐCS thì phải đạt LĐTT trước đúng không": the title before "thì" is the topic,
            # the one after "phải / cần" what it requires, not a case (task h95)
            continue
        told_lacking = bool(NEGATED_CONDITION & set(before) and _HELD_WORDS & set(before))
        if then is not None and at < then and _form_of_occasion(seg, n, then):
            # the award is asked, given on the occasion named after it: the occasion only says
            # when it is given, it is neither asked nor a title held
            occasions |= {e for e in later if e in _OCCASIONS}
            continue
        if (then is not None and at < then) or _CONDITION_WORDS & set(before) or told_lacking:
            negated = bool(NEGATED_CONDITION & set(before))
            conditions.append((entity, negated))
    if occasions:
        seg.entities = [e for e in seg.entities if e not in occasions] or seg.entities
    # a title held ("3 lần CSTĐCS", "ngoài CSTĐCS") is a condition wherever it stands
    held = {e for e, at, before in seg.mentions if held_at(seg.words, at, before)}
    # "CSTĐCS 2 lần liên tục là căn cứ đề nghị bằng khen": counted right after it, with another
    # title named later, the title is held too
    held |= {
        e for (e, at, _), (_, nxt, _) in pairwise(seg.mentions) if _counted_after(seg.words[at:nxt])
    }
    if held and any(e not in held for e, _, _ in seg.mentions):
        conditions += [(e, False) for e in held if e not in {c for c, _ in conditions}]
    asked = [e for e in seg.entities if e not in {c for c, _ in conditions}]
    if not conditions or not asked:
        return
    seg.entities = asked
    for entity, negated in conditions:
        seg.subjects.insert(0, f"{'khong_dat' if negated else 'dat'}_{entity}")


def _counted_after(span: list[str]) -> bool:
    """ "CSTĐCS 2 lần liên tục là căn cứ …": a number of times or years follows the title (the
    span from it to the next title named); "CSTĐ tỉnh cần 3 lần liên tục CSTĐCS" counts the
    next title instead, the count standing right before it."""
    for i, w in enumerate(span):
        if w.isdigit() and span[i + 1 : i + 2] in (["lan"], ["nam"]):
            return any(t not in _RUN_WORDS for t in span[i + 2 :])
    return False


#: words that only say a count runs on ("liên tục", "liền", "liên tiếp") or what it counts
_RUN_WORDS = frozenset({"lien", "tuc", "tiep", "dat", "duoc"})


def held_before(before: tuple[str, ...] | list[str]) -> bool:
    """ "3 lần CSTĐCS", "ngoài CSTĐCS": a title counted in times, or one the asker already has
    beside what more is asked, is held (a condition), not the title asked about."""
    words = list(before)
    return words[-1:] == ["ngoai"] or (
        words[-1:] == ["lan"] and len(words) > 1 and words[-2].isdigit()
    )


def prize_multiple(words: list[str], at: int) -> bool:
    """ "thưởng CSTĐCS chỉ bằng 2 lần LĐTT", "gấp 3 lần LĐTT": the title after "bằng / gấp N
    lần" is a prize compared with another's, not a title held N times (task h378)."""
    return (
        at >= 3
        and words[at - 1] == "lan"
        and (words[at - 2].replace(",", "").isdigit() or words[at - 2] in _TIMES_WORDS)
        and is_multiple_word(words, at - 3)
    )


#: a multiple written out ("bằng hai lần")
_TIMES_WORDS = frozenset({"hai", "ba", "bon", "nam", "ruoi"})


def held_at(words: list[str], at: int, before: tuple[str, ...] | list[str]) -> bool:
    """``held_before``, and (task h297) a title counted by "mấy lần" ("cần mấy lần CSTĐ tỉnh
    liên tục"): the one held; not "gấp mấy lần LĐTT", a prize compared with another's."""
    if prize_multiple(words, at):
        return False
    if held_before(before):
        return True
    return words[max(at - 2, 0) : at] == ["may", "lan"] and words[max(at - 3, 0) : at - 2] != [
        "gap"
    ]


#: the sáng kiến route told as the case: "(đề nghị) theo (con) đường sáng kiến", "bằng sáng kiến"
#: task h386: the đề tài route too ("theo hướng đề tài khoa học"), and the one proposed told
#: having it ("đề nghị CSTĐCS cho gv có đề tài khoa học, … kèm văn bản nghiệm thu")
_INITIATIVE_ROUTE = re.compile(
    r"\b(?:theo|bang|qua|di) (?:con )?(?:duong |huong )?(?:sang kien|de tai|de an)\b"
    r"|\bde nghi (?:\S+ ){1,5}co (?:sang kien|de tai|de an)\b"
)


def route_as_case(seg: Segment, segments: list[Segment], asked_after: bool = False) -> None:
    """ "đề nghị CSTĐCS theo đường sáng kiến có bắt buộc kèm giấy công nhận sáng kiến không":
    the route is the case told, the paper is what is asked (Luật 2022 Điều 84 khoản 1 điểm d);
    the sáng kiến named by the route raises no question of whether one is required (task h144).
    "kèm" splits the paper off into the next part, which then carries the dossier."""
    if "initiative" not in seg.attrs or not _INITIATIVE_ROUTE.search(" ".join(seg.words)):
        return
    at = next(i for i, s in enumerate(segments) if s is seg)
    if asked_after:
        # the route told in a part that asks nothing, the dossier asked yes/no in a later one
        # ("…, ngoài tờ trình, … thì kèm thêm văn bản nghiệm thu, đúng k"; task h386)
        seg.attrs.remove("initiative")
        return
    if "dossier" in seg.attrs or any("dossier" in s.attrs for s in segments[at + 1 : at + 2]):
        seg.attrs.remove("initiative")


#: the title whose first condition is one of two titles held (Luật 2022 Điều 23 khoản 1)
_BASE_TITLE = "cstdcs"
_FIRST_CONDITION = frozenset({"ldtt", "cstt"})


#: the councils (Luật 2022 Điều 90), and the words telling one reviewing ("hội đồng xã xét")
_COUNCILS = frozenset({"hoi_dong_xa", "hoi_dong_tw"})
_REVIEW_AFTER = frozenset({"xet", "hop", "duyet", "binh", "bo", "thong"})


def drop_required(seg: Segment) -> None:
    """In "TTLĐXS có cần có cá nhân đạt CSTĐCS không" the title after "cần" is part of the
    requirement asked about: the question is about the first title's criteria, not about who
    may get the second one."""
    if len(seg.entities) < 2:
        return
    marks = [i for i, w in enumerate(seg.words) if w in REQUIRE_MARKS]
    if not marks:
        return
    first_at = seg.mentions[0][1]
    # only a title someone in it must have reached ("cần có cá nhân đạt X"); "có phải đăng ký
    # thi đua mới được xét" names a step, which drop_conditions and the facts handle
    # so is a title the asker must already hold ("có bắt buộc phải có giấy khen xã trước")
    required = [
        e
        for e, at, before in seg.mentions
        # "cần LĐTT" typed bare, without "đạt" / "có", names the title required just as well
        # ("có phải khen đột xuất" asks what a thing is: no "phải" alone)
        if at > marks[0] > first_at
        and ("dat" in before or before[-1:] in (("co",), ("can",)))
        # task h405: "CSTĐCS có cần hội đồng TĐKT xã xét k": a council that reviews is a step
        # of the procedure (Luật 2022 Điều 84 khoản 1 điểm c: its biên bản), no title required
        and not (e in _COUNCILS and _REVIEW_AFTER & set(seg.words[at : at + 6]))
    ]
    asked = [e for e in seg.entities if e not in required]
    if not required or not asked:
        return
    seg.entities = asked
    seg.mentions = [m for m in seg.mentions if m[0] in asked]
    seg.subjects = [s for s in seg.subjects if s != "ca_nhan"]  # "có cá nhân đạt …" is a count
    if asked == [_BASE_TITLE] and seg.words[marks[0] - 1 : marks[0]] != ["chi"]:
        # ("chỉ cần đạt LĐTT là đủ" claims the title enough, not required: left as it was)
        # task h370: "quân nhân muốn CSTĐCS có phải đạt LĐTT không": which of the two titles
        # of its first condition (Luật 2022 Điều 23 khoản 1: LĐTT hoặc Chiến sĩ tiên tiến) is
        # required is the case, which the force told decides
        seg.subjects += [f"can_{e}" for e in required if e in _FIRST_CONDITION]
    if not seg.attrs or seg.attrs == ["eligible"]:
        seg.attrs = ["criteria"]


#: "là điều kiện / tiêu chuẩn / yêu cầu (bắt buộc) (để / cho) (xét / đề nghị / lên)": the title
#: before it is what the title after it requires ("X phải đạt tiêu chuẩn Y" is the other way)
_PREREQUISITE = re.compile(
    r"\bla (?:mot )?(?:dieu kien|tieu chuan|yeu cau|dk)(?: bat buoc| can| tien quyet)?"
    r"(?: (?:de|cho|khi|truoc khi))?(?: (?:xet|de nghi|len|dat|nhan|duoc|co))*$"
)


def drop_prerequisite(seg: Segment) -> None:
    """ "CSTĐCS có phải là điều kiện để xét CSTĐ tỉnh không": the first title is what the
    second requires, the question the one "muốn xét CSTĐ tỉnh có cần CSTĐCS không" asks; it is
    about the second title's criteria (Luật 2022 Điều 22 khoản 1 điểm a; task h297)."""
    if len(seg.mentions) < 2:
        return
    (first, first_at, _), (second, second_at, _) = seg.mentions[:2]
    if first == second or not _PREREQUISITE.search(" ".join(seg.words[first_at:second_at])):
        return
    seg.entities = [second] + [e for e in seg.entities if e not in (first, second)]
    seg.mentions = [m for m in seg.mentions if m[0] != first]
    seg.attrs = ["criteria"] + [a for a in seg.attrs if a not in ("criteria", "eligible")]


#: "đủ điều kiện (để) làm / lập hồ sơ (đề nghị) X": whether X may be proposed is asked
_FIT_FOR_DOSSIER = re.compile(
    r"\b(?:du|dat) (?:dieu kien|tieu chuan|dk)(?: de)?(?: (?:lam|lap|nop|gui|trinh|xet))* ho so\b"
)


def dossier_as_eligibility(seg: Segment) -> None:
    """ "… thì đủ điều kiện làm hồ sơ CSTĐ tỉnh, đúng không": the dossier names the proposal,
    whether the title may be had is asked, not what papers go in it (task h297)."""
    if "dossier" in seg.attrs and _FIT_FOR_DOSSIER.search(" ".join(seg.words)):
        seg.attrs = [a for a in seg.attrs if a != "dossier"]
        seg.add(seg.attrs, "eligible")


#: what an asker may say they have that is also the initiative attribute's cue
_ROUTES = (("sang", "kien"), ("de", "tai"), ("de", "an"))


def drop_had(seg: Segment) -> None:
    """ "hoàn thành tốt nhiệm vụ, có đề tài đã nghiệm thu thì có được CSTĐCS không": the
    initiative is told as had ("có / đã có" right before it) and the part asks whether a title
    can be had after it; it is the case, not the question "is an initiative required"."""
    if "initiative" not in seg.attrs or not seg.entities:
        return
    words = seg.words
    for i in range(1, len(words) - 1):
        if (words[i], words[i + 1]) not in _ROUTES or words[i - 1] != "co":
            continue
        if i >= 2 and (words[i - 2] in NEGATED or required_at(words[: i - 1])[-1:] == [i - 2]):
            return  # "không có sáng kiến", "cần có sáng kiến": asked or told as missing
        if "duoc" in words[i + 2 :]:
            seg.attrs = [a for a in seg.attrs if a != "initiative"]
        return


def unmet_title_told(segments: list[Segment]) -> None:
    """ "… nhưng năm nay không đạt LĐTT, vẫn xét CSTĐCS được à": a clause telling only that a
    title was not reached, then a yes/no clause asking another, is the condition of that
    question, as "nếu không đạt LĐTT thì …" is in one clause (task h137)."""
    for told, asked in pairwise(segments):
        asking = asked.yesno or is_yesno(asked.words) or asked.words[-1:] in (["a"], ["ha"])
        if told.yesno or not asking or len(told.mentions) != 1:
            continue
        title, _, before = told.mentions[0]
        if "dat" not in before or not NEGATED_CONDITION & set(before):
            continue
        if not asked.entities or title in asked.entities:
            continue
        told.entities = [e for e in told.entities if e != title]
        told.mentions = []
        # what else the clause tells ("có đề tài …") is the case, not a part asked
        told.attrs, told.weak = [], []
        asked.subjects.insert(0, f"khong_dat_{title}")


def required_title(before: tuple[str, ...] | list[str]) -> bool:
    """ "phải đạt LĐTT", "cần có LĐTT", "cần LĐTT": a title named as what is required."""
    words = list(before)
    if words[-1:] in (["dat"], ["co"]):
        return words[-2:-1] in (["phai"], ["can"])
    return words[-1:] in (["phai"], ["can"])


#: the collective titles whose criteria count members by the titles they hold (Luật 2022
#: Điều 27, 28)
_MEMBER_COUNTED = MEMBER_COUNTED = frozenset({"ttldtt", "ttldxs"})


#: words between a count and the title its people hold ("14 người đạt", "6 cô giáo được")
_HOLDERS = frozenset(
    {"nguoi", "co", "thay", "gv", "giao", "vien", "cb", "can", "bo", "ban", "chi", "anh"}
    | {"cong", "chuc", "nhan", "dat", "duoc", "dc", "la", "em"}
)


def _members_told(before: list[str]) -> bool:
    """ "14 người đạt", "6 cô giáo được": a count of people told holding the title after it
    (task h223)."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].isdigit()), None)
    return (
        at is not None
        and len(before[at]) <= 3
        and at < len(before) - 1
        and all(w in _HOLDERS for w in before[at + 1 :])
    )


def counted_members(segments: list[Segment], named_all: Sequence[str] = ()) -> set[str]:
    """ "đề nghị TTLĐXS cho phòng, phòng 10 người, 6 người LĐTT, 1 CSTĐCS": with a collective
    title named, an individual title after a bare count is the members who hold it, the
    collective's figures, not a title asked about (task h119). A year ("2024 CSTĐCS") is four
    digits and no count; with no collective named the count is read as before."""
    # a collective title the story named and wants is named though its mention was cleared
    named = {e for s in segments for e, _, _ in s.mentions} | set(named_all)
    if not named & _MEMBER_COUNTED:
        return set()
    counted: dict[str, bool] = {}
    # "xã có 12 người đạt LĐTT, 2 CSTĐCS, 1 tập thể lao động tiên tiến": the collective title
    # counted too lists the winners, whose prizes are asked; its members are not told
    winners = any(
        e in _MEMBER_COUNTED and before[-1:] and before[-1].isdigit()
        for s in segments
        for e, _, before in s.mentions
    )
    for s in segments:
        for e, at, before in s.mentions:
            bare = bool(before[-1:]) and before[-1].isdigit() and len(before[-1]) <= 2
            bare = bare or (not winners and _members_told(s.words[max(at - 5, 0) : at]))
            # every naming of the title must count: "15/26 LĐTT" beside "cô giáo đó có xét LĐTT
            # được không" still asks of LĐTT
            counted[e] = counted.get(e, True) and bare
    return {e for e, bare in counted.items() if bare and e not in _MEMBER_COUNTED}
