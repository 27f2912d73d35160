"""The answer while it is composed: its parts, and the state the composer's stages share.

``compose`` (composer.py) runs its stages over one ``Draft``; each asked pair's block is written
through one ``Block``, whose fields the stages set in order (the fact chosen, the body so far, the
claim read against it, the verdict decided). ``block_part`` turns a finished block into the
``Part`` shown: the title in bold, the text, amounts on the decision date, the "Căn cứ:" line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.core.text import fold
from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.model import Fact, FactModel, SourceCite
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.verdict import verdict_of
from bot.knowledge.money import SalaryTable

__all__ = ["Block", "Draft", "Part", "block_part", "cite_line", "opens_with_verdict"]

LOW_CONFIDENCE_NOTE = (
    "Lưu ý: nguồn về điểm này chưa thống nhất, cần đối chiếu văn bản gốc và quy chế của tỉnh."
)


@dataclass(frozen=True, slots=True)
class Part:
    #: "Lao động tiên tiến: Tiền thưởng"
    title: str
    #: the block shown (title line in bold, fact, "Căn cứ:" line)
    text: str
    sources: tuple[SourceCite, ...]
    confidence: str


@dataclass(slots=True)
class Draft:
    """The answer being composed: what it is composed from, the parts written so far, and
    what the stages tell the later ones (where a part to move or amend stands)."""

    model: FactModel
    reading: Reading
    as_of: date
    salaries: SalaryTable
    # Prize money uses the base in force on the decision date the question gives, if any.
    paid: date
    parts: list[Part] = field(default_factory=list)
    #: the part that makes a "… chứ không …" claim wrong, to open the answer (task h101)
    denied_at: int | None = None
    moved_at: int | None = None  # the reform block that confirmed the move (task h114)
    premise_at: int | None = None  # the reform block told only as a premise (task h114)
    #: whether the question asks a yes/no of any part (or of a text named, with no part)
    yesno: bool = False
    #: the repealed texts named whose own block carries the verdict: (number, successor)
    repealed: list[tuple[str, str]] = field(default_factory=list)
    #: the blocks of repealed texts whose successor keeps the rule asked about
    carried_at: list[int] = field(default_factory=list)
    #: the facts shown already, with the case asked of them
    shown: set[tuple[int, str | None]] = field(default_factory=set)
    #: the part that carries a claim of sameness, and the verdict on it
    compared: Pair | None = None
    same: str | None = None
    step_said: bool = False  # a skipped step is said once, in the first part stating it
    #: the parts of pairs asked no yes/no (with the pair's attribute), and the attribute and
    #: opening word of each yes/no part
    unasked_at: list[tuple[int, str]] = field(default_factory=list)
    asked_verdicts: set[tuple[str, str]] = field(default_factory=set)


@dataclass(slots=True)
class Block:
    """One asked pair's block while the stages write it: the fact chosen, the text so far, the
    claim read against it and the verdict decided. The stages set the fields in order."""

    pair: Pair
    fact: Fact
    #: "Lao động tiên tiến: Tiền thưởng", or the attribute alone for a rule shared by titles
    title: str
    #: the facts do not decide the case asked
    undecided: bool = False
    #: the fact is a case's (its verdict says whether one in that case may have the title)
    of_case: bool = False
    body: str = ""
    priced: date | None = None  # the decision date whose base the block cites
    #: the question's own clause for this pair (of "A không hay B", A)
    claim: str = ""
    #: the verdict on the claim as read against the fact, when a reader decided it
    claimed: str | None = None
    #: the verdict on a figure claimed required ("cần 6 tháng mới được LĐTT đúng không")
    needed_verdict: str | None = None
    #: the verdict on a day claimed against the deadline, with the line comparing the two
    day: tuple[str, str] | None = None
    #: the base claimed against the one in force on the decision date: (verdict, note)
    based: tuple[str, str] | None = None
    #: the verdict on one of the alternatives the fact names, claimed ("theo ngày nộp hồ sơ")
    picked: str | None = None
    #: the route of the criteria the claim names as enough, as the fact words it
    route_enough: str | None = None
    #: the claim denies that one of the ways the fact allows is required ("k bắt buộc có sáng
    #: kiến"): a route it names as enough is one of those ways, the base criteria still apply
    way_denied: bool = False
    #: the verdict on how a route of the fact must be qualified ("phải được công nhận mới tính")
    qualified: str | None = None
    #: the limit reader answered "chỉ A, không B" as a whole: its negation is no claim to turn
    limit_read: bool = False
    #: the claim that the national law requires something the province sets was judged: its
    #: "không được …" is the thing claimed required, no denial to turn again (task h262)
    law_read: bool = False
    #: a minimum share claimed was judged against the title's own ("bắt buộc 100 % LĐTT nên
    #: trường k đủ"): the consequence's "k đủ" is no denial to turn again (task h320)
    threshold_read: bool = False
    #: the award was claimed to stand against a story with no ground to cancel it, and judged
    #: so ("vẫn còn nguyên, k bị hủy"): its "không bị …" is no denial to turn again (task h361)
    kept_read: bool = False
    #: the papers a letter lists against those the dossier requires: ("Không", those missing)
    listed: tuple[str, str] | None = None
    #: the fact denies the claim (its own "không phải", or a clause elsewhere)
    denial: bool = False
    #: the case the question tells is not this title's: (verdict, the line saying why)
    told_case: tuple[str, str] | None = None
    #: the block's verdict, decided by the verdict stages ("Có", "Không", "Tùy" or none)
    verdict: str | None = None
    #: a permission asked that the fact grants (or does not require)
    granted: bool = False


def opens_with_verdict(part: Part) -> bool:
    """The block (after its bold title line) opens with "Có", "Không" or "Tùy"."""
    body = part.text.partition("\n")[2]
    opening = " ".join(fold(body[:12]).split())
    return opening.startswith(("co.", "co,", "khong.", "khong,", "tuy")) or bool(verdict_of(body))


def cite_line(sources: list[SourceCite]) -> str:
    """One document once: "Luật …, Điều 24 khoản 1, Điều 23; Nghị định 129/2025/NĐ-CP, Điều 59"."""
    grouped: dict[str, list[str]] = {}
    for source in sources:
        cites = grouped.setdefault(source.doc, [])
        if source.cite and source.cite not in cites:
            cites.append(source.cite)
    return "; ".join(", ".join([doc, *cites]) for doc, cites in grouped.items())


def block_part(
    title: str,
    body: str,
    fact: Fact,
    *,
    money: bool = False,
    as_of: date | None = None,
    salaries: SalaryTable | None = None,
) -> Part:
    """The part shown for a finished block: its title in bold, the body, a note when the
    fact's sources disagree, and the "Căn cứ:" line (with the base's decree for an amount)."""
    sources = list(fact.sources)
    if money and as_of is not None and salaries is not None:
        sources.append(SourceCite(salaries.at(as_of).doc, "mức lương cơ sở"))
    lines = [f"**{title}**", body]
    if fact.confidence == "L":
        lines.append(LOW_CONFIDENCE_NOTE)
    lines.append("Căn cứ: " + cite_line(sources) + ".")
    return Part(title, "\n".join(lines), tuple(sources), fact.confidence)
