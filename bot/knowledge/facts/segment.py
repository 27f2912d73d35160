"""One part of a question as the analyser reads it: the words between two breaks or connectors,
and the entities, attributes, subjects and authorities its cue phrases name."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Segment:
    entities: list[str] = field(default_factory=list)
    attrs: list[str] = field(default_factory=list)
    weak: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    authority: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    yesno: bool = False
    #: a person pointed at ("anh ấy", "cô giáo"): kept apart from ``subjects``, whose emptiness
    #: says the segment tells no case of its own
    pointed: bool = False
    #: subjects named right after "cho": whom the award is for, whoever else is named
    for_whom: list[str] = field(default_factory=list)
    #: kinds of recipient named before the first "cho …" (the proposer, the asker's post):
    #: not whom the award is for
    before_for: list[str] = field(default_factory=list)
    #: (entity, where in ``words`` it starts, the two words before it)
    mentions: list[tuple[str, int, tuple[str, ...]]] = field(default_factory=list)
    #: told before the final "vậy …" question: its words set the scene, not what is asked
    story: bool = False
    #: task h375: a level told as the title's standard ("tiêu chuẩn LĐTT là HTXS"): the level
    #: claimed required, weighed by the title's eligibility cases (``can_<level>``)
    standard_level: bool = False
    without: bool = False
    #: names the abolished district level (a cue of reform.yaml)
    reform: bool = False
    #: "X không hay Y": the title the yes/no is asked of (the other is only told)
    asked_of: str | None = None
    #: closed by a typed "?" (the break right after its last word)
    marked: bool = False

    def add(self, items: list[str], key: str) -> None:
        if key not in items:
            items.append(key)


#: connectors that start a new part when no cue phrase claimed them
CONNECTORS = frozenset({"va", "con", "voi", "them", "hoac", "roi", "ngoai", "kem", "cung"})
