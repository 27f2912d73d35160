"""Who sets a title's criteria, asked apart from who awards it: "xã tự đặt ra tiêu chuẩn GĐVH
được không" claims the xã may write the rule, which the province does for the cultural titles
(NĐ 86/2023/NĐ-CP: UBND tỉnh quy định chi tiết), not that the xã may award the title (the
chairman does, which made such a question "Có") (task h358)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.knowledge.facts.segment import Segment

#: the folded verbs of writing a rule, after "tự" ("xã tự đặt ra", "tự quy định", "tự ban
#: hành", "tự đề ra", "tự xây dựng"): a level claimed to set the rule itself
_RULE_VERBS = frozenset(
    {("dat", "ra"), ("de", "ra"), ("quy", "dinh"), ("ban", "hanh"), ("xay", "dung")}
)
#: the words between "tự" and the verb ("tự mình đặt ra", "tự ý quy định")
_BETWEEN = frozenset({"minh", "y"})
#: what the criteria fact says when the province writes the details
PROVINCE_SETS = "tỉnh quy định chi tiết"


def rule_set_told(words: Sequence[str]) -> bool:
    """ "tự đặt ra", "tự mình quy định", "tự ban hành": the words claim a level writes the
    rule itself."""
    for at, word in enumerate(words):
        if word != "tu":
            continue
        rest = [w for w in words[at + 1 : at + 4] if w not in _BETWEEN]
        if tuple(rest[:2]) in _RULE_VERBS:
            return True
    return False


#: the lead of the answer when the xã is claimed to set criteria the province details
XA_SETS_NOT = "Xã không tự đặt ra tiêu chuẩn: UBND tỉnh quy định chi tiết."


def xa_sets_criteria_claimed(
    entity_attr: str, authority: str | None, words: Sequence[str], body: str
) -> bool:
    """ "xã tự đặt ra tiêu chuẩn GĐVH được k": the xã claimed to write a title's criteria,
    which the criteria fact says the province details (NĐ 86/2023/NĐ-CP; task h358)."""
    return (
        entity_attr == "criteria"
        and authority == "xa"
        and PROVINCE_SETS in body
        and rule_set_told(words)
    )


def cap_setter_joined(segments: list[Segment]) -> None:
    """ "LĐTT giờ k có tỷ lệ tối đa chung cả nước, tỉnh có thể tự quy định. đúng k": a clause
    naming no title that claims a level writes the rule itself, right after a clause on a
    title's cap, says who may set that cap (brief §2.11: no national cap, the province may set
    one in its quy chế); it is the cap claim's own, not a claim of who awards the title (task
    f179a, b179 F5). The two are read as one part, the yes/no with them."""
    for at in range(len(segments) - 1, 0, -1):
        seg, before = segments[at], segments[at - 1]
        if (
            not seg.entities
            and set(seg.attrs) <= {"decides"}
            and "cap" in before.attrs
            # "… áp dụng theo luật k hay tỉnh tự quy định": a choice asked between the law and
            # the province, which its own readers weigh ("Tùy")
            and not before.yesno
            and "hay" not in seg.words
            and rule_set_told(seg.words)
        ):
            before.words.extend(seg.words)
            before.yesno = before.yesno or seg.yesno
            before.story = before.story and seg.story
            del segments[at]
