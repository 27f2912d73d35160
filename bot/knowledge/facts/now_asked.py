"""Whether a yes/no asks about now: the district told only as the past and the xã's power now
asked ("thôn văn hóa trước do huyện công nhận, nay xã có quyền công nhận không"), a former body
still asked about, the present asked, and a previous part's rule asked as still holding ("trước
LĐTT thưởng 0,3 lần, giờ còn 0,3 không")."""

from __future__ import annotations

from itertools import pairwise

from bot.knowledge.facts.reform_told import (
    FORMER_NAME,
    NOW_TOLD,
    PAST_TOLD,
    abolished_then_xa,
    district_other_way,
    now_before,
    past_then_now,
    still_words,
    told_past,
)
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.story import POINTERS, refers_back
from bot.knowledge.facts.yesno import TAIL_WORDS, is_yesno


def district_only_told(segments: list[Segment]) -> bool:
    """The district is named only in clauses that ask nothing, and every yes/no clause asks
    about the xã: "No, the district no longer does it" would answer a question not asked."""
    asking = [s for s in segments if s.yesno]
    # "LĐTT trước đó huyện ký nay xã ký đúng không": one clause tells the past and then
    # claims the present; its district is told, its xã asked
    # told over a comma ("chủ tịch xã bây giờ ký …, trước kia là chủ tịch huyện ký phải không"):
    # the clause before tells the xã now, and the two are read as one (task h111)
    joined = [s for s in asking if s.reform and now_before(segments, s)]
    # "giờ không còn huyện thì xã gửi thẳng lên tỉnh được k": the district is told abolished
    # in the asking clause, the xã is asked (task h261)
    joined += [s for s in asking if s.reform and abolished_then_xa(s.words)]
    turned = [s for s in asking if s.reform and past_then_now(s.words)] + joined
    # "xã có khen được k hay phải chờ thị xã": the district only the other way (task h261)
    other_way = [s for s in asking if s.reform and district_other_way(s.words)]
    told = [s for s in segments if s.reform and not s.yesno] + turned
    return (
        bool(told)
        # "trước đây huyện …" or "năm 2024 huyện còn …" (a year before the reform), not "huyện
        # còn …" alone
        # or told in a letter's story before the question: what the district did there is the
        # asker's past, as the district no longer exists ("năm ngoái huyện khen hộ ông B …")
        and all(told_past(segments, s) for s in told)
        and all(not s.reform or s in turned or s in other_way for s in asking)
        and (
            all(
                "xa" in s.authority
                or "xa" in s.subjects
                or _asks_present(segments, s)
                or s in joined
                or s in other_way
                for s in asking
            )
            # a letter whose story alone names the district ("2024 CSTĐCS do chủ tịch huyện ký,
            # 2025 xã ký. Năm 2026 chị có được đề nghị CSTĐ tỉnh không") asks of its titles, not
            # of the district: the story is the asker's record, the level it names is gone
            # (a told clause that asks, "ông hỏi HĐ TĐKT quận còn tồn tại không", is no story,
            # and a question without a title of its own, "điều đó còn áp dụng không", points
            # back at what the story tells of the district)
            or (
                all((s.story and not is_yesno(s.words)) or _past_aside(s, asking) for s in told)
                and all(
                    (s.entities and not refers_back(s.words)) or _bare_after_title(segments, s)
                    for s in asking
                )
            )
        )
    )


def _past_aside(seg: Segment, asking: list[Segment]) -> bool:
    """A clause after the ask that names the district only as the old way ("…, hồ sơ giờ gửi
    qua đâu vì trước gửi phòng nội vụ huyện"): the district is its past, not asked of, as in
    a story told before the ask (task h405)."""
    return not seg.yesno and seg not in asking and "truoc" in seg.words and "vi" in seg.words


def _bare_after_title(segments: list[Segment], seg: Segment) -> bool:
    """A bare ask ("cho e hỏi dc k ạ") right after a clause of the story that names a title and
    no district ("trường muốn đề nghị CSTĐ tỉnh cho cô"): it asks of that title (task h405)."""
    at = segments.index(seg)
    before = segments[at - 1] if at > 0 else None
    return (
        not seg.entities
        and not seg.attrs
        and not seg.reform
        and before is not None
        and bool(before.entities)
        and not before.reform
    )


def former_still_asked(segments: list[Segment], toks: list[str]) -> bool:
    """ "UBND thị xã cũ còn khen thưởng cho các phường không": the clause before "còn" only
    names the former district, so "còn" is "still" and the district is what the yes/no asks
    about (whatever it names after), not a story told before a question about the xã (task
    h108)."""
    for before, seg in pairwise(segments):
        if not (seg.yesno and before.reform and not before.yesno and before.words and seg.words):
            continue
        # the split dropped "còn"; the question's own words show it stood between the two
        said = f" {' '.join(toks)} "
        if f" {' '.join(before.words)} con {' '.join(seg.words[:2])} " not in said:
            continue
        rest = [w for w in before.words if w not in FORMER_NAME]
        if rest and set(rest) <= {"huyen", "quan", "thi", "xa", "thanh", "pho", "cap"}:
            return True
    return False


def _asks_present(segments: list[Segment], seg: Segment) -> bool:
    """A yes/no clause asks about today, not about the district told before it: it names the
    xã, or it, or a told clause of its own sentence after the last district clause, opens with
    a word of the present ("giờ gửi thẳng Sở Nội vụ phải không", "nay xã tặng CSTĐCS thì có
    được bằng chứng nhận và khung không", "thì xã có hội đồng riêng không"); "giờ còn xét
    không" names nothing new and still asks of the district (task h102)."""
    if seg.reform:
        return False
    at = segments.index(seg)
    for s in reversed(segments[: at + 1]):
        if s.reform:
            return False
        if "xa" in s.words or NOW_TOLD & set(s.words[:3]):
            # a bare "giờ" before "còn xét không" (split at "còn") tells no present of its own
            said = [w for w in s.words if w not in NOW_TOLD and w not in TAIL_WORDS]
            own = [w for w in seg.words if w not in TAIL_WORDS and w not in POINTERS]
            return (
                bool(said and own)
                and bool(seg.entities or seg.attrs or seg.authority)
                and not (still_words(seg.words) and "xa" not in seg.words and not seg.authority)
            )
        if s.yesno and s is not seg:
            return False
    return False


def still_asked(segments: list[Segment], at: int) -> list[str]:
    """The attributes of the part before a yes/no that asks whether it still holds: "còn /
    vẫn" in the yes/no, or a clause of time words only between them ("nay còn 1,5 lần không",
    split at "còn"). Empty when it asks nothing of the kind."""
    now = False
    k = at - 1
    while k >= 0 and not segments[k].attrs and set(segments[k].words) <= NOW_TOLD | {"bay"}:
        now = True
        k -= 1
    if k < 0 or segments[k].story or not segments[k].attrs:
        return []
    return list(segments[k].attrs) if now or still_words(segments[at].words) else []


#: words that set a district named after them aside from what is asked: the comparison ("như
#: hội đồng huyện trước", "giống huyện cũ")
_LIKE_BEFORE = frozenset({"nhu", "giong"})
#: the other way put after the claim ("… phải không hay huyện cũ chi"): the claim is the first
_OR_WORDS = frozenset({"hay", "hoac"})
#: what tells a district abolished in its clause ("thị xã của em đã bỏ", "bỏ huyện")
_GONE_WORDS = frozenset({"bo", "giai", "sap", "xoa"})


def district_aside(segments: list[Segment], toks: list[str]) -> bool:
    """Every clause naming the district names it aside, and a yes/no clause asks a rule of
    its own: "biên bản có phải ghi biểu quyết như hội đồng huyện trước không", "tiền thưởng
    lấy từ quỹ xã phải không hay huyện cũ chi", "không cần niêm yết vì trước huyện hướng dẫn
    vậy … có phải niêm yết không", "thị xã của em đã bỏ, giờ phường có được tự tặng … không".
    The district is then the comparison, the old practice or the premise, and the reform's own
    "Không" (the district no longer does it) answers nothing asked; a district said to still
    act ("huyện cũ còn ký không", "vẫn phải gửi huyện") is asked of, and is no aside."""
    named = [s for s in segments if s.reform]
    asking = [s for s in segments if s.yesno]
    return (
        bool(named)
        and any((s.entities or s.attrs) and not refers_back(s.words) for s in asking)
        # "giờ còn danh hiệu thị trấn tiêu biểu không": whether the past still holds is asked
        and not any(still_words(s.words) or _still_before(s, toks) for s in asking)
        and all(_named_aside(segments, s) for s in named)
    )


def _still_before(seg: Segment, toks: list[str]) -> bool:
    """The split dropped a "còn / vẫn" right before the clause ("giờ còn danh hiệu … không")."""
    said = f" {' '.join(toks)} "
    return bool(seg.words) and any(
        f" {w} {' '.join(seg.words[:2])} " in said for w in ("con", "van")
    )


def _named_aside(segments: list[Segment], seg: Segment) -> bool:
    """Each district ``seg`` names is aside (see ``district_aside``); a clause that asks
    nothing may also be the past told (``told_past``)."""
    spots = _district_spots(seg.words)
    if not spots:
        return False  # named by a cue of its own ("phòng nội vụ"): the district is asked of
    if any(_still_acting(seg.words, i) for i in spots):
        return False
    # a clause that asks a thing of its own beside the abolition ("sau khi bỏ huyện thì ai quyết
    # định giấy khen") names the district where it is asked: only a clause told apart is aside
    told_apart = not (seg.yesno or seg.entities or seg.attrs)
    if told_apart and told_past(segments, seg):
        return True
    return all(_aside_at(seg.words, i, not told_apart) for i in spots)


def _district_spots(words: list[str]) -> list[int]:
    """Where the clause names the district level: "huyện", "quận", "thị xã"."""
    return [
        i
        for i, w in enumerate(words)
        if w == "huyen"
        or (w == "quan" and words[i - 1 : i] != ["co"])
        or (w == "xa" and words[i - 1 : i] == ["thi"])
    ]


def _still_acting(words: list[str], at: int) -> bool:
    """ "huyện cũ còn ký không", "vẫn phải gửi huyện": the district said to act still."""
    near = words[max(at - 3, 0) : at] + words[at + 1 : at + 4]
    return bool(still_words(near))


def _aside_at(words: list[str], at: int, asked: bool) -> bool:
    before, after = words[max(at - 4, 0) : at], words[at + 1 : at + 5]
    if _LIKE_BEFORE & set(before):
        return True  # "như hội đồng huyện trước", "giống huyện cũ"
    if "vi" in before and PAST_TOLD & set(before + after):
        return True  # "vì trước huyện hướng dẫn vậy"; "vì huyện yêu cầu" tells it acting
    if not asked and (_GONE_WORDS & set(after) or _GONE_WORDS & set(before[-2:])):
        # "thị xã của em đã bỏ, giờ …", told apart; "huyện bỏ rồi có mất không" asks of it
        # (``asked``: the clause asks or names a thing of its own)
        return True
    # "… phải không hay huyện cũ chi": a second way after the yes/no tail, told as the past
    return any(
        words[k] in _OR_WORDS and words[k - 1 : k] in (["khong"], ["chua"]) for k in range(1, at)
    ) and bool(PAST_TOLD & set(after[:2]))


#: words asking whether a rule is one for the whole country ("có thống nhất cả nước không",
#: "các tỉnh có như nhau không", "toàn quốc giống nhau không")
_SAME = (("thong", "nhat"), ("nhu", "nhau"), ("giong", "nhau"))
_EVERYWHERE = (("ca", "nuoc"), ("toan", "quoc"), ("cac", "tinh"), ("moi", "tinh"), ("moi", "noi"))
#: task h260: "luật quy định cố định k", "có quy định chung cả nước k", "luật có quy định cứng
#: k": one figure the law is asked to fix for all
_SAME += (("dinh", "chung"), ("co", "dinh"), ("dinh", "cung"))
_EVERYWHERE += (("luat", "quy"), ("luat", "co"))
#: "…, luật có quy định không": whether the law itself sets the rule just asked
_LAW_SETS = frozenset({("luat", "co"), ("luat", "quy")})


def uniform_asked(segments: list[Segment], at: int) -> list[str]:
    """The attributes of the part before a yes/no that asks whether its rule is the same across
    the country ("thời hạn giải quyết … bao nhiêu ngày, có thống nhất cả nước không"): the
    yes/no asks that rule, not whether the title may be had (task h188). Empty otherwise."""
    said = set(pairwise(segments[at].words))
    law_sets = bool(said & _LAW_SETS) and ("quy", "dinh") in said
    if (not said & set(_SAME) or not said & set(_EVERYWHERE)) and not law_sets:
        return []
    earlier = next((s for s in reversed(segments[:at]) if s.attrs and not s.story), None)
    return list(earlier.attrs) if earlier is not None else []
