"""Claims read across the parts of a question: an elaboration or a change put up for
confirmation after what it elaborates, a measure echoed, a requirement confirmed in a later
part, a second award for the same achievement or deed, and a vote told."""

from __future__ import annotations

import itertools
import re

from bot.knowledge.facts.asking_words import QUESTION_WORDS
from bot.knowledge.facts.reform_told import NOW_TOLD, PAST_TOLD
from bot.knowledge.facts.segment import Segment
from bot.knowledge.facts.story import POINTERS
from bot.knowledge.facts.yesno import TAIL_WORDS, is_yesno, put_up

#: the bare confirmation a clause may close with: "đúng không", "phải k ạ"
_CONFIRMED_END = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chu)(?: a| ad| ha)?$")


def elaboration_confirmed(segments: list[Segment]) -> None:
    """ "thi đua là tự nguyện, không ai ép đăng ký được, đúng k": a clause that names nothing
    (no title, attribute, person, level) and only restates the claim before it in other words,
    closed by the bare confirmation, is put up with that claim: the two are merged, so the
    claim reads as the yes/no (task h126). Only when the claim before it is no story and asks
    nothing of its own."""
    if len(segments) < 2:
        return
    last, before = segments[-1], segments[-2]
    if last.attrs or last.weak or last.authority or last.pointed:
        return  # a person or a level alone ("xã không ép ai") names no claim of its own
    if last.entities and not _example_of_principle(before):
        return
    if is_yesno(before.words) or not before.entities + before.attrs:
        return
    said = " ".join(last.words)
    if not (end := _CONFIRMED_END.search(said)):
        return
    raw = said[: end.start()].split()
    own = [w for w in raw if w not in TAIL_WORDS]
    # "the"/"co" are tail words too: the pointers are looked for among the clause's own words
    if len(own) < 2 or (POINTERS | {"co"}) & set(raw):
        # "…. như vậy có đúng k": a pointer back at the whole story asks of the case told
        return
    # the confirmation closing the letter makes what it confirms the question, not its story
    before.words.extend(last.words)
    # "LĐTT chỉ dành cho CBCCVC, nông dân k được, đúng k": whom the restatement names is one
    # more of those the claim is for (h169)
    # (only beside a "cho …" list: "xã vẫn trình được" names who acts, not for whom)
    for subject in last.subjects if before.for_whom else ():
        before.add(before.subjects, subject)
        before.add(before.for_whom, subject)
    before.story = False
    segments.pop()


#: rules for every form of award (Luật 2022 Điều 5 khoản 2 điểm c): a title named after one of
#: them ("…, năm sau không được giấy khen nữa, đúng k") is the rule's example, not a new claim
_PRINCIPLES = frozenset({"repeat", "one_achievement"})


def _example_of_principle(before: Segment) -> bool:
    """The clause before states a rule for every form and names no title of its own (h169)."""
    return not before.entities and bool(before.attrs) and set(before.attrs) <= _PRINCIPLES


#: a rule told as someone's saying: "chị hội bảo …", "có người nói …", "nghe nói …"
SAYING = frozenset({"bao", "noi", "nghe"})
#: the confirmation closing a question: "đúng không", "phải k", "đúng k ad"
CONFIRM_TAIL = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|chu)(?: (?:a|ad|ha|vay))?$")


def requirement_confirmed_after(seg: Segment, segments: list[Segment]) -> bool:
    """ "có người bảo giấy khen phải có 2 năm LĐTT mới được. em không biết đúng không": a title
    claimed to require another ("phải / cần … mới được") in one sentence, confirmed in the next,
    which names nothing of its own. The claim is the yes/no, so its condition title is read as
    the condition, not as a second title asked (task h121)."""
    if len(seg.mentions) < 2 or "moi" not in seg.words:
        return False
    if not {"phai", "can", "bat"} & set(seg.words[: seg.words.index("moi")]):
        return False
    later = [s for s in segments[segments.index(seg) + 1 :] if s.words]
    if not later or later[0].entities or later[0].attrs or later[0].authority:
        return False
    return CONFIRM_TAIL.search(" ".join(w for w in later[0].words if w.isalnum())) is not None


def change_confirmed(seg: Segment, segments: list[Segment]) -> bool:
    """ "trước do huyện chi, giờ xã chi à": the last clause states the present against a past
    told in an earlier clause and puts it up for confirmation: the change is the claim asked."""
    words = seg.words
    if seg is not segments[-1] or not put_up(words):
        return False
    if not NOW_TOLD & set(words) or QUESTION_WORDS & set(words):
        return False
    return any(PAST_TOLD & set(s.words) for s in segments[:-1])


#: how many times / years: a count that a prize's "lần lương cơ sở" also asks in its own unit
_COUNTS = frozenset({"repeat", "consecutive"})


def echoed_measure(segments: list[Segment]) -> None:
    """ "TTLĐTT thưởng mấy lần lương cơ sở, còn TTLĐXS mấy lần": a later part that repeats the
    previous part's measure ("lần") with its unit left out asks the same thing of another title,
    not how many times it may be given (``repeat``) or held in a row (``consecutive``)."""
    for prev, seg in itertools.pairwise(segments):
        if (
            "money" in prev.attrs
            and seg.attrs
            and set(seg.attrs) <= _COUNTS
            and "lan" in seg.words
            and "lan" in prev.words
            and not {"nam", "lien", "tiep", "tuc"} & set(seg.words)
        ):
            seg.attrs = ["money"]


def echoed_figure_claim(segments: list[Segment]) -> None:
    """ "nghe bà con nói CSTĐ tỉnh được thưởng 5 lần lương cơ sở. … Vậy 5 lần có đúng k": a
    closing yes/no that names no title and no attribute, only a figure ("5 lần") a told part
    gave with its attribute, puts that part's claim up; the told part is asked (task h434)."""
    if len(segments) < 2:
        return
    last = segments[-1]
    if last.story or last.entities or last.attrs:
        return
    words = last.words
    figures = {
        (w, words[i + 1]) for i, w in enumerate(words[:-1]) if w.isdigit() and words[i + 1] == "lan"
    }
    if not figures:
        return
    for told in reversed(segments[:-1]):
        tw = told.words
        pairs = {(w, tw[i + 1]) for i, w in enumerate(tw[:-1])}
        if told.attrs and told.entities and figures & pairs:
            told.story = False
            last.entities = list(told.entities)
            last.attrs = list(told.attrs)
            return


#: an award told as already given ("xã đã tặng giấy khen", "anh ấy đã được khen")
_GIVEN = re.compile(r"\bda (?:duoc )?(?:[a-z]+ ){0,2}?(?:tang|khen|trao|nhan|cong nhan)\b")
#: the same achievement pointed back at ("thành tích này / đó / trên / ấy")
_SAME_ACHIEVEMENT = re.compile(r"\bthanh tich (?:nay|do|tren|ay|nay roi)\b")


def second_award(segments: list[Segment], asking: list[str]) -> None:
    """ "xã đã tặng giấy khen cho anh ấy về thành tích chống lũ. Giờ đề nghị thêm bằng khen
    tỉnh cho đúng thành tích này được không": a further form asked for the achievement already
    rewarded is the rule of one achievement, one form (Luật 2022 Điều 5 khoản 2 điểm c), not
    whether the person may have that form (task h95)."""
    told = " ".join(w for seg in segments for w in seg.words)
    if not _GIVEN.search(told) or not _SAME_ACHIEVEMENT.search(told):
        return
    # "thêm" / "nữa" may be read as no word of a part: the asking sentence's own words decide
    if not {"them", "nua"} & set(asking) or not _SAME_ACHIEVEMENT.search(" ".join(asking)):
        return
    for seg in segments:
        if not seg.story and _SAME_ACHIEVEMENT.search(" ".join(seg.words)):
            seg.attrs = ["one_achievement"]
            seg.weak = []


#: an award told as given with "rồi" after it ("xã tặng giấy khen rồi", "đã nhận bằng khen rồi"):
#: the particle is dropped from the segments, so the question's own words are read
_GIVEN_DONE = re.compile(r"\b(?:tang|khen|trao|nhan|cong nhan)(?: [a-z]+){0,3}? roi\b")


def second_award_after(segments: list[Segment], toks: list[str], asking: list[str]) -> None:
    """ "xã tặng giấy khen rồi, giờ lấy đúng thành tích đó đề nghị thêm bằng khen tỉnh được
    không": the award already given may be told with "rồi" rather than "đã", and the further
    form asked may stand in the next part ("thêm" splits it off from "thành tích đó"). Either
    way the part asked is the rule of one achievement, one form (Luật 2022 Điều 5 khoản 2
    điểm c), not whether the form may be had (task h121)."""
    said = " ".join(t for t in toks if t.isalnum())
    if not (_GIVEN.search(said) or _GIVEN_DONE.search(said)) or not _SAME_ACHIEVEMENT.search(said):
        return
    if not {"them", "nua"} & set(asking) or not _SAME_ACHIEVEMENT.search(" ".join(asking)):
        return
    asked = [seg for seg in segments if not seg.story]
    for seg in asked:
        if _SAME_ACHIEVEMENT.search(" ".join(seg.words)):
            seg.attrs = ["one_achievement"]
            seg.weak = []
    for seg, nxt in itertools.pairwise(asked):
        if seg.attrs == ["one_achievement"] and set(nxt.attrs) <= {"eligible"}:
            # "… thành tích đó đề nghị | thêm bằng khen tỉnh được không": the title and the
            # yes/no of the further form are the next part's
            nxt.attrs = ["one_achievement"]
            nxt.weak = []


#: the giving verb a part ends with when "thêm" cut the form given off it ("xã có tặng | thêm
#: giấy khen …")
_GIVING_END = frozenset({"tang", "khen", "trao", "nghi", "xet"})


def giver_rejoined(segments: list[Segment]) -> None:
    """ "HTX đã nhận bằng khen tỉnh …, xã có tặng thêm giấy khen cho chính việc này không":
    "thêm" cuts "xã có tặng" off the form it gives, and the bare giver would borrow the title
    told as received (who decides the Bằng khen, asked by no one, opening the answer). The
    giver's words belong to the further form asked, the rule of one achievement (Luật 2022
    Điều 5 khoản 2 điểm c) (task h242)."""
    for seg, nxt in itertools.pairwise(list(segments)):
        if (
            not (seg.entities or seg.attrs or seg.story)
            # a giver named ("xã có tặng"): a bare "và được tặng" gives nothing to rejoin, and
            # joined it reads the further form as who decides it
            and seg.authority
            and seg.words[-1:]
            and seg.words[-1] in _GIVING_END
            and nxt.entities
            and "one_achievement" in nxt.attrs
        ):
            nxt.words[:0] = seg.words
            nxt.mentions = [(e, at + len(seg.words), b) for e, at, b in nxt.mentions]
            nxt.authority = list(dict.fromkeys([*seg.authority, *nxt.authority]))
            segments.remove(seg)


def told_vote(segments: list[Segment]) -> None:
    """ "Hội đồng 9 thành viên, 7 người dự, 5 người đồng ý. Vậy đã đủ tỉ lệ chưa": the share
    asked after a story that tells a council's vote is the share of votes needed (the
    province's quy chế), not a title's cap on how many may hold it (task h95)."""
    for at, seg in enumerate(segments):
        said = " ".join(seg.words)
        # fixer f51l (L2): a fraction ("phải đạt trên 2/3") is a share as "70 %" is, though
        # no cap cue reads it
        shared = "cap" in seg.attrs or _FRACTION.search(said) is not None
        voted = at > 0 and _vote_named(segments[at - 1]) and shared
        if _share_of_vote_claimed(seg, voted):
            claimed = voted or _SHARE_OF_VOTES.search(said) is not None
            seg.attrs = _as_vote_share(seg.attrs, claimed)
            if voted:
                # "hội đồng bỏ phiếu kín, CSTĐCS phải được 67 % mới qua à": the vote named
                # in the clause before is the one whose share is claimed
                segments[at - 1].attrs = _as_vote_share(segments[at - 1].attrs)
    if not any(seg.story and {"vote_share", "vote"} & set(seg.attrs) for seg in segments):
        return
    for seg in segments:
        if not seg.story and "cap" in seg.attrs and "vote_share" not in seg.attrs:
            seg.attrs = ["vote_share" if a == "cap" else a for a in seg.attrs]


_VOTE_OR_CAP = frozenset({"vote", "cap"})
#: a share told as a figure: "70%", "70 %" (folded words keep "%"); fixer f51l (L2): or as a
#: fraction, "2/3", "3/4" (words "2 / 3"), or asked, "bao nhiêu %", "mấy phần trăm"
_SHARE_FIGURE = re.compile(
    r"\b\d+(?: \d+)? ?%|\b[1-9] / [2-9]\b|\b(?:bao nhieu|bn|may) (?:%|phan tram)"
)
_FRACTION = re.compile(r"\b[1-9] / [2-9]\b")


def _vote_named(seg: Segment) -> bool:
    # "bỏ phiếu" alone is no vote cue ("bỏ phiếu loại em" tells an outcome), but beside a
    # share told it names the vote whose share is claimed ("hội đồng bỏ phiếu CSTĐCS cần trên
    # 50 % là được đúng k", task h318), where no cue of the share of votes was read already
    votes = "phieu" in seg.words and "vote_share" not in seg.attrs
    return not seg.story and ("vote" in seg.attrs or votes)


#: fixer f51l (L2): the share figure on the votes themselves, "đạt 2/3 phiếu", "70 % số phiếu"
_SHARE_OF_VOTES = re.compile(r"(?:\b\d+ ?%|\b[1-9] / [2-9]) (?:\w+ )?phieu\b")


def _as_vote_share(attrs: list[str], claimed: bool = False) -> list[str]:
    """``attrs`` with the council's vote and a cap read as the share of votes needed; a share
    ``claimed`` of the votes ("luật bắt CSTĐCS phải đạt 2/3 phiếu") where neither was read (the
    title's criteria were) adds it, which overrides them (attributes.yaml)."""
    shared = list(dict.fromkeys("vote_share" if a in _VOTE_OR_CAP else a for a in attrs))
    return shared if not claimed or "vote_share" in shared else [*shared, "vote_share"]


def _share_of_vote_claimed(seg: Segment, voted_before: bool = False) -> bool:
    """ "bỏ phiếu kín CSTĐCS phải đạt trên 70 % mới được": a vote named with a share told in
    the same clause (or the clause after it) claims the share of votes needed (the province's
    quy chế), not that the council votes (which is "Có") nor a title's cap on how many may hold
    it (task h296)."""
    return (_vote_named(seg) or voted_before) and _SHARE_FIGURE.search(
        " ".join(seg.words)
    ) is not None


#: a further award asked: "khen lại", "tặng thêm", "khen nữa", "được khen lại … không"
_AGAIN = re.compile(r"\b(?:khen|tang|trao|de nghi|xet)(?: \w+){0,2}? (?:lai|them|nua)\b")
#: words around a deed that name none of it
_DEED_LOOSE = frozenset(
    {
        "viec",
        "thanh",
        "tich",
        "khen",
        "lai",
        "them",
        "nua",
        "duoc",
        "dc",
        "khong",
        "ko",
        "k",
        "a",
        "ad",
        "ha",
        "co",
        "cho",
        "ve",
        "do",
        "nay",
        "ban",
        "anh",
        "chi",
        "em",
        "e",
    }
)


def _deed_after(words: list[str]) -> set[str]:
    """The words of the deed an award is "cho (việc) …" / "về …", after the last such word."""
    at = max((i for i, w in enumerate(words) if w in ("cho", "ve")), default=None)
    if at is None:
        return set()
    return {w for w in words[at + 1 : at + 6] if w.isalpha() and w not in _DEED_LOOSE}


def same_deed_again(segments: list[Segment], asking: list[str]) -> None:
    """ "… 1 bạn đã được giấy khen xã tháng 3 cho việc hiến máu. Bạn đó có được khen lại cho
    việc hiến máu không": the deed of the award already given named again for a further one is
    one achievement rewarded twice (Luật 2022 Điều 5 khoản 2 điểm c), as "thành tích đó" is to
    ``second_award``; not whether the form may be given many times (task h126). The deed must
    share two words with the one told given, and the parts asked must ask an award again."""
    run: list[Segment] = []
    for seg in reversed(segments):
        if seg.story:
            break
        run.insert(0, seg)
    told = segments[: len(segments) - len(run)]
    if not run or not told:
        return
    words = [w for seg in run for w in seg.words]
    # "thêm" / "nữa" may be read as no word of a part: the asking sentence's own words decide
    if not _AGAIN.search(" ".join(t for t in asking if t.isalnum())):
        return
    deed = _deed_after(words)
    if len(deed) < 2:
        return
    for seg in told:
        said = " ".join(seg.words)
        given = _GIVEN.search(said)
        if given and len(deed & _deed_after(said[given.start() :].split())) >= 2:
            break
    else:
        return
    for seg in run:
        if not seg.attrs or set(seg.attrs) <= {"eligible", "repeat", "criteria", "dossier"}:
            seg.attrs = ["one_achievement"]
            seg.weak = []
