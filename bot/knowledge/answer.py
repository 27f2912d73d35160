"""The question-answering engine: retrieval over KB entries and example plans, confidence, text.

Entries and plan passages are kept in separate BM25 indexes: they are different kinds of text
(short curated answers with the ways officers ask, versus paragraphs of old plans), and separate
IDF statistics keep the generic plan vocabulary from drowning the KB. Each side's best hit gets a
confidence, the calibrated probability that it is the right answer. The KB wins unless a plan
passage is clearly more confident or the question names an example plan ("Kiến Hưng", "2016"),
because the KB states the law in force and the plans are old examples. Below the threshold the
bot does not guess: it offers the closest topics and the hand-off to the commune's staff.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

from bot.core.text import fold, folded_words
from bot.knowledge.facts import FactModel, compose
from bot.knowledge.facts.act_judged import act_judged
from bot.knowledge.facts.analyser import Reading, read
from bot.knowledge.facts.asides import aside_after_yesno_opened
from bot.knowledge.facts.asked import base_changed_verdict
from bot.knowledge.facts.asker_label import without_asker_label
from bot.knowledge.facts.base_named import base_sum_named
from bot.knowledge.facts.blanks import blanks_dropped
from bot.knowledge.facts.claim import base_verdict, repealed_named
from bot.knowledge.facts.composer import OWN_SIGNING_CONFIRMED
from bot.knowledge.facts.contrast import contrast_clauses
from bot.knowledge.facts.corrections import Corrections, corrected, load_corrections
from bot.knowledge.facts.dialect import respelled
from bot.knowledge.facts.gone_claim import (
    gone_claimed,
    gone_offered,
    in_force_verdict,
    replaced_named,
    replaced_untold,
    still_asked,
    successor_asked,
)
from bot.knowledge.facts.hearsay import HearsayRule, asked_after_another, load_hearsay, ruling
from bot.knowledge.facts.law_dated import law_named_by_year
from bot.knowledge.facts.loose_names import (
    LooseName,
    identity_asked,
    load_loose_names,
    named,
    rewritten,
)
from bot.knowledge.facts.model import mark_of
from bot.knowledge.facts.new_hire import NEW_HIRE_KEY, NewHire, load_new_hire, new_hire_ruling
from bot.knowledge.facts.pasted import own_ask_follows, pasted_claim, purpose_follows
from bot.knowledge.facts.purpose_line import without_purpose_line
from bot.knowledge.facts.rescue import DEED_WORDS
from bot.knowledge.facts.rhetoric import (
    opens_with_depends,
    opens_with_verdict,
    restated,
    verdict_turned,
)
from bot.knowledge.facts.sayings import (
    reports_saying,
    saying_put_up,
    trailing_saying_put_up,
    without_rivals,
    without_sayings,
)
from bot.knowledge.facts.scope import OFF_TOPIC_TEXT, names_peoples_council, on_topic
from bot.knowledge.facts.second_ask import second_ask, yes_no_before_wh
from bot.knowledge.facts.shortfall import shortfall_first
from bot.knowledge.facts.spelling import Speller
from bot.knowledge.facts.stacked import (
    asks_unstacked,
    prerequisite_turned,
    unsigned_registration,
)
from bot.knowledge.facts.verdict import asks_yesno, lead_verdict
from bot.knowledge.facts.verdict_stages import ACT_NOTES, act_verdict
from bot.knowledge.index_cache import IndexCache, Indexer, build_index
from bot.knowledge.kb import EntryStore, citation
from bot.knowledge.law import LawAnswer, LawLibrary
from bot.knowledge.law.library import LAW_THRESHOLD
from bot.knowledge.law.supplement import CoverTerms, supplement
from bot.knowledge.money import format_date, format_dong
from bot.knowledge.normalize import Abbreviations, SpellFixer, text_syllables
from bot.knowledge.passages import Passage, Plan, load_plans
from bot.knowledge.query import Query, analyse
from bot.knowledge.retrieval import Calibration, Candidate, EntryRetriever, PassageRetriever
from bot.knowledge.retype import (
    REPORTED,
    Retyper,
    without_introduction,
    without_place_names,
)
from bot.knowledge.schema import ID_PATTERN, Entry, Group, SourceRef

__all__ = ["Answer", "AnswerPart", "Deadline", "DeadlineProvider", "Hit", "KnowledgeBase", "Source"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    citation: str


@dataclass(frozen=True, slots=True)
class AnswerPart:
    """One part of a compound question and the block that answers it."""

    part: str
    answer: str
    sources: list[Source]

    def to_json(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "answer": self.answer,
            "sources": [{"title": s.title, "citation": s.citation} for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class Deadline:
    """One deadline of the plan currently followed, as the reminders store it."""

    task: str
    due: date | None
    #: the time phrase as the plan writes it ("Quý I/2026", "trước ngày 31/3")
    when: str | None = None
    plan: str | None = None


class DeadlineProvider(Protocol):
    """Looks up stored plan deadlines matching the keywords of a ``dynamic: deadlines`` entry."""

    def __call__(
        self, keywords: Sequence[str], question: str, as_of: date
    ) -> Sequence[Deadline]: ...


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    answered: bool
    #: exactly what the user sees (``**bold**`` on the title line only)
    text: str
    sources: list[Source]
    #: 0..1; at or above :attr:`KnowledgeBase.threshold` the bot answers
    confidence: float
    #: the KB entry answered (None for an example-plan passage or no answer)
    entry_id: str | None
    #: up to three (entry id, title) pairs: related topics, or the closest ones when unanswered
    related: list[tuple[str, str]] = field(default_factory=list)
    #: the example-plan passage answered, if the answer came from a plan
    passage_id: str | None = None
    #: one block per part of the question (one part for a KB entry or a plan passage)
    parts: list[AnswerPart] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The ``tdkt ask --json`` object."""
        return {
            "question": self.question,
            "answer": self.text,
            "sources": [{"title": s.title, "citation": s.citation} for s in self.sources],
            "confidence": round(self.confidence, 3),
            "answered": self.answered,
            "parts": [p.to_json() for p in self.parts],
        }


@dataclass(frozen=True, slots=True)
class Hit:
    kind: Literal["kb", "plan"]
    #: entry id or passage id
    key: str
    #: ranking score, comparable only within one query
    score: float
    #: BM25 score of the whole entry or passage
    bm25: float
    coverage: float
    confidence: float


# Confidence is the probability that the best answer is right, from a logistic fit of
# (coverage, log BM25) on tests/knowledge/questions.yaml (KB side) and on the shared seed-plan
# dev set plus our negatives (plan side); see tests/knowledge/calibrate.py and BENCHMARKS.md.
KB_CALIBRATION = Calibration(bias=-6.56, coverage_weight=5.66, score_weight=2.21)
PLAN_CALIBRATION = Calibration(bias=-18.27, coverage_weight=8.25, score_weight=5.17)
#: answer at or above this probability; below it the bot says it is not sure
THRESHOLD = 0.6
#: a plan passage replaces the best KB entry only when it is this much more likely right
PLAN_MARGIN = 0.1
#: below :data:`THRESHOLD` on both sides, a plan passage at least this likely is still answered
PLAN_THRESHOLD = 0.3
#: a question naming an example plan is answered from it at this lower confidence
PLAN_NAMED_THRESHOLD = 0.2
#: longest passage text shown from a plan (characters)
PLAN_SNIPPET = 600
STARTER_TOPICS = ("tro-ly-hoi-dap", "van-ban-hien-hanh", "tien-thuong-bang-tong-hop")
#: dates set by law, the same for every commune (the only ones a deadline answer states unasked)
FIXED_DATES = (
    "Mốc cố định theo quy định: bình xét Gia đình văn hóa, thôn, tổ dân phố văn hóa xong trước "
    "25/11 hằng năm, công khai lấy ý kiến 10 ngày."
)
#: a clause replaces a sure KB entry when it is at least this much more likely right (fitted on
#: the tuning halves: the real public questions, the law probes and the officer set)
LAW_MARGIN = 0.05
#: confidence of a fact-model answer by the weakest confidence mark of its facts
FACT_CONFIDENCE = {"H": 0.95, "M": 0.9, "L": 0.7}


def load_facts(content_dir: Path) -> FactModel | None:
    """The fact model of ``content_dir/facts``, or None where a content copy has none."""
    if not (content_dir / "facts").is_dir():
        return None
    return FactModel.load(content_dir)


#: the texts told before, pointed at and asked whether they still apply (task h223)
_TEXTS_POINTED = re.compile(
    r"\b(?:van ban|can cu|nghi dinh|thong tu|luat)(?: \S+)? (?:do|nay|ay|tren|kia|cu)"
    r"(?: \S+){0,2} con (?:hieu luc|dung|ap dung|gia tri)\b"
)
#: a numbered text in a title ("Nghị định 91/2017/NĐ-CP"): its number and year
_TEXT_NUMBER = re.compile(r"(?<![\d/])0*(\d{1,3})/((?:19|20)\d\d)")
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")
#: a text's number as asked: after its kind ("nđ 152", "nghị định 91/2017", "tt 15")
_TEXT_NUMBER_ASKED = re.compile(
    r"\b(?:nđ|nd|nghị định|nghi dinh|tt|thông tư|thong tu|luật|luat|qđ|qd)\s*"
    r"(?:số\s*|so\s*)?0*(\d{1,3})\b",
    re.IGNORECASE,
)


#: a year given as the date of a text the letter quotes ("văn bản năm 2020 của UBND huyện ghi:",
#: "KH năm 2020 ghi"): the old text pasted is judged by the rules in force, not answered from an
#: example plan of that year (fixer f179b, b179 F3)
_QUOTED_TEXT_YEAR = re.compile(r"\bnam (\d{4})\b(?: \w+){0,6}? (?:ghi|viet)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _mark_sizes(marks: frozenset[tuple[str, ...]]) -> frozenset[int]:
    """The lengths of ``marks``: the same few sets of marks (the plans', an entry's condition)
    are looked for in every question, each variant of it, and were measured each time (s47a)."""
    return frozenset(len(m) for m in marks)


def _names_any(query: Query, marks: frozenset[tuple[str, ...]]) -> bool:
    """Whether a variant of the question holds one of ``marks`` (syllable runs) in a row."""
    sizes = _mark_sizes(marks)
    for variant in query.variants:
        for size in sizes:
            for i in range(len(variant) - size + 1):
                if tuple(variant[i : i + size]) in marks:
                    return True
    return False


#: a sum of money as the blocks write it ("760.000 đồng", "1.520.000")
_SUMS = re.compile(r"\b\d{1,3}(?:\.\d{3})+ đồng")


class KnowledgeBase:
    threshold: float = THRESHOLD
    plan_threshold: float = PLAN_THRESHOLD
    plan_named_threshold: float = PLAN_NAMED_THRESHOLD

    def __init__(
        self,
        store: EntryStore,
        plans: list[Plan],
        abbreviations: Abbreviations,
        facts: FactModel | None = None,
        law: LawLibrary | None = None,
        cover: CoverTerms | None = None,
        indexer: Indexer = build_index,
    ):
        #: builds (or loads from the disk cache) the BM25 index of a list of texts
        self._indexer = indexer
        self.store = store
        #: what a question can name that an answer may leave out (a clause is then quoted)
        self.cover = cover or CoverTerms({})
        self.facts = facts
        #: hearsay claim rules (task h127), set by :meth:`load`
        self.hearsay: tuple[HearsayRule, ...] = ()
        #: a new hire's months counted against the 6-month rule (task h377)
        self.new_hire: NewHire | None = None
        self.corrections: Corrections | None = None
        #: loose, old and non-existent names read as the real one (task h436)
        self.loose_names: tuple[LooseName, ...] = ()
        #: the last few readings, with the model and speller they were read with (see read)
        self._readings: list[tuple[str, FactModel, Speller, Reading]] = []
        #: official texts searched clause by clause for what no entry or fact covers
        self.law = law
        self.plans = {p.meta.id: p for p in plans}
        self.abbreviations = abbreviations
        self._passages: list[Passage] = [p for plan in plans for p in plan.passages]
        self._passage_by_id = {p.id: p for p in self._passages}
        self._plan_retriever = (
            PassageRetriever(indexer([p.indexed_text() for p in self._passages]))
            if self._passages
            else None
        )
        # Names and years that identify an example plan ("Kiến Hưng", "2016"): a question that
        # names one is about that plan, so its passages win whenever they are confident enough.
        marks: set[tuple[str, ...]] = set()
        for plan in plans:
            marks.add((str(plan.meta.year),))
            for keyword in plan.meta.keywords:
                marks.add(tuple(text_syllables(keyword)))
        self._plan_marks = frozenset(marks)
        self._index_entries()

    def _index_entries(self) -> None:
        """(Re)build the entry indexes and the spelling fixer's vocabulary."""
        today = date.today()
        self._entry_ids = list(self.store.entries)
        self._requires = {
            key: frozenset(tuple(text_syllables(word)) for word in entry.requires)
            for key, entry in self.store.entries.items()
            if entry.requires
        }
        ask_texts: list[str] = []
        owners: list[int] = []
        for i, entry in enumerate(self.store.entries.values()):
            for ask in (entry.title, *entry.asks):
                ask_texts.append(ask)
                owners.append(i)
        entry_texts = [self._entry_text(e, today) for e in self.store.entries.values()]
        self._entries = EntryRetriever(self._indexer(entry_texts), self._indexer(ask_texts), owners)
        frequency = self._entries.full.frequencies()
        if self._plan_retriever is not None:
            for term, df in self._plan_retriever.index.frequencies().items():
                frequency[term] = frequency.get(term, 0) + df
        self._speller = SpellFixer((t for t in frequency if "_" not in t), frequency)
        known = {t: df for t, df in frequency.items() if "_" not in t}
        if self.facts is not None:
            for word in self.facts.vocabulary:
                known.setdefault(word, 1)
        if self.facts is not None:
            self._retype = Retyper(
                known, self.facts.casual, self.facts.vocabulary, self.facts.spoken
            )
        else:
            self._retype = Retyper(known)
        if self.facts is not None:
            # Words the KB knows are never "corrected" towards a cue word ("truong" ≠ "thuong").
            # nor a word of a brave deed's verb or object ("ngập" ≠ "gặp": rescue.py)
            self._fact_speller = Speller(
                self.facts.vocabulary,
                itertools.chain((t for t in frequency if "_" not in t), DEED_WORDS),
            )

    def add_local_answers(self, answers: Iterable[Mapping[str, Any]]) -> int:
        """Make answers the commune's staff gave (saved in this deployment) searchable.

        Each mapping has ``id`` ("local-<n>"), ``title``, ``question``, ``answer`` and
        ``created`` (a date). Adding an id again replaces it. The text is shown as written,
        under a source line saying it is the staff's answer, not a legal text. Returns how many
        were added; malformed ones are skipped with a warning.
        """
        added = 0
        for item in answers:
            try:
                entry = _local_entry(item)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("local answer %r skipped: %s", item.get("id"), exc)
                continue
            self.store.add_plain(entry)
            added += 1
        if added:
            self._index_entries()
        return added

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, content_dir: Path, data_dir: Path | None = None, extra_plans: Sequence[Plan] = ()
    ) -> KnowledgeBase:
        """The packaged content. Imported legal texts live in the database: callers lay them
        over with :func:`bot.knowledge.law.store.refresh`. ``data_dir`` holds the index cache;
        ``extra_plans`` are indexed beside the example plans (the benchmark's 10,000 passages)."""
        # The indexes are cached under the data directory, keyed by what they index; with no
        # data directory (tests, one-off tools) they are built in memory.
        indexer = IndexCache(data_dir / "cache" / "index") if data_dir is not None else build_index
        store = EntryStore.load(content_dir)
        plans = [*load_plans(content_dir / "plans" / "examples"), *extra_plans]
        abbreviations = Abbreviations.load(content_dir / "reference" / "abbreviations.yaml")
        law = LawLibrary.load(content_dir, indexer=indexer)
        cover = CoverTerms.load(content_dir)
        kb = cls(store, plans, abbreviations, load_facts(content_dir), law, cover, indexer=indexer)
        kb.hearsay = load_hearsay(content_dir)
        kb.new_hire = load_new_hire(content_dir)
        kb.corrections = load_corrections(content_dir)
        kb.loose_names = load_loose_names(content_dir)
        return kb

    def _entry_text(self, entry: Entry, as_of: date) -> str:
        rendered = self.store.render(entry.id, as_of)
        body = rendered.body
        cites = " . ".join(citation(s) for s in rendered.sources)
        return " . ".join([entry.title, *entry.asks, body, entry.province_note or "", cites])

    # ------------------------------------------------------------------ lookup

    @property
    def entries(self) -> list[Entry]:
        return list(self.store.entries.values())

    def entry(self, entry_id: str) -> Entry | None:
        return self.store.entries.get(entry_id)

    def passage(self, passage_id: str) -> Passage | None:
        return self._passage_by_id.get(passage_id)

    def analyse(self, question: str) -> Query:
        return analyse(question, self.abbreviations, self._speller)

    def search(self, question: str, k: int = 3, kind: Literal["kb", "plan"] = "kb") -> list[Hit]:
        """The ``k`` best entries (or plan passages) with their coverage and confidence."""
        query = self.analyse(question)
        if query.empty:
            return []
        return self._search(query, k, kind)

    def _titles_asked_text(self, entry_id: str, named: set[str]) -> bool:
        title = self.store.entries[entry_id].title
        numbers = {n for n, _ in _TEXT_NUMBER.findall(title)}
        return bool(numbers & {str(int(n)) for n in named})

    def _names_asked_text(self, entry_id: str, named: set[str]) -> bool:
        """The entry's title names no numbered text, or one of those ``named``."""
        title = self.store.entries[entry_id].title
        numbers = {n for n, _ in _TEXT_NUMBER.findall(title)}
        # "Luật Thi đua, khen thưởng 2003 …": a text named by its year alone is another text
        years = set(_YEAR.findall(_TEXT_NUMBER.sub(" ", title)))
        if not numbers and not years:
            return True
        return bool((numbers | years) & {str(int(n)) for n in named})

    def _condition_named(self, key: str, query: Query) -> bool:
        """Whether the question names the entry's defining condition, if it has one."""
        required = self._requires.get(key)
        return not required or _names_any(query, required)

    def _search(
        self,
        query: Query,
        k: int,
        kind: Literal["kb", "plan"],
        exclude: Collection[str] = (),
        first_only: bool = False,
    ) -> list[Hit]:
        """The ``k`` best hits. ``first_only`` (s51): the caller reads the confidence of the
        first kb hit only, and of the others their keys (``_ask``'s related topics): then only
        the first one's coverage is measured, the others' coverage and confidence are NaN."""
        candidates: list[Candidate]
        if kind == "kb":
            named = set(_TEXT_NUMBER_ASKED.findall(query.text))
            # entries about other numbered texts are dropped below: look further down for them
            wanted = k + len(exclude) + (8 if named else 0)
            if first_only and not named:
                # the entries named by a text's number reorder the hits on their titles below:
                # every hit's confidence is read then
                return self._first_measured(query, wanted, k, exclude)
            candidates = self._entries.top(query, wanted)
            hits = [
                Hit(
                    "kb",
                    self._entry_ids[c.index],
                    c.rank,
                    c.bm25,
                    c.coverage,
                    self._kb_confidence(c),
                )
                for c in candidates
                if self._entry_ids[c.index] not in exclude
                and self._condition_named(self._entry_ids[c.index], query)
            ]
            if named:
                # "nđ 152 còn hiệu lực không": an entry about another numbered text ("Nghị định
                # 91/2017 … còn hiệu lực không") shares every word but the number asked, and
                # the entry titled with the very text asked is about it, however it is worded
                hits = [
                    replace(h, confidence=max(h.confidence, self.threshold))
                    if self._titles_asked_text(h.key, named)
                    else h
                    for h in hits
                    if self._names_asked_text(h.key, named)
                ]
                hits.sort(key=lambda h: not self._titles_asked_text(h.key, named))
            return hits[:k]
        if self._plan_retriever is None:
            return []
        candidates = self._plan_retriever.top(query, k)
        return [
            Hit(
                "plan",
                self._passages[c.index].id,
                c.rank,
                c.bm25,
                c.coverage,
                self._plan_confidence(c),
            )
            for c in candidates
        ]

    def _first_measured(
        self, query: Query, wanted: int, k: int, exclude: Collection[str]
    ) -> list[Hit]:
        """``_search``'s kb hits with the coverage of the first kept entry alone measured (the
        best share of each way of asking of an entry was two thirds of a 3-hit search)."""
        found, cover = self._entries.ranked(query, wanted)
        ids = self._entry_ids
        kept = [
            (index, rank, bm25)
            for index, rank, bm25 in found
            if ids[index] not in exclude and self._condition_named(ids[index], query)
        ][:k]
        hits = []
        for at, (index, rank, bm25) in enumerate(kept):
            if at:
                hits.append(Hit("kb", ids[index], rank, bm25, math.nan, math.nan))
                continue
            c = self._entries.measured(index, rank, bm25, cover)
            hits.append(Hit("kb", ids[index], rank, bm25, c.coverage, self._kb_confidence(c)))
        return hits

    @staticmethod
    def _kb_confidence(c: Candidate) -> float:
        return KB_CALIBRATION(c.coverage, c.bm25)

    @staticmethod
    def _plan_confidence(c: Candidate) -> float:
        return PLAN_CALIBRATION(c.coverage, c.bm25)

    # ------------------------------------------------------------------ answering

    def _asked_of_titles(self, question: str) -> Callable[[str], frozenset[str]]:
        """What a clause of ``question`` asks (its attributes), read of the titles the whole
        question names: a clause alone ("chị văn phòng bảo chỉ cần tờ trình là đủ") often names
        none."""
        model = self.facts
        #: the titles' names, once read (s48b: a list, not a ``functools.cache`` made anew for
        #: every ask, 675 caches a bench round for the few asks that read it)
        kept: list[str] = []

        def named() -> str:
            # read only when a clause is asked of: most questions tell no saying, and reading
            # the whole question again cost a third of `ask`'s time (stop 33 bench)
            if not kept:
                titles = self._titles_named(question) if model else frozenset()
                kept.append(" ".join(model.entities[e] for e in titles) if model else "")
            return kept[0]

        def asked(text: str) -> frozenset[str]:
            reading = self.read(f"{named()}, {text}" if named() else text)
            return frozenset(p.attr for p in reading.pairs) if reading is not None else frozenset()

        return asked

    def _titles_named(self, text: str) -> frozenset[str]:
        reading = self.read(text)
        return frozenset(reading.entities) if reading is not None else frozenset()

    def _topics_named(self, text: str) -> frozenset[str]:
        # the titles and the parts read: a rival's saying dropped must not take the topic
        # with it ("chị kế toán bảo tiền thưởng tính theo …, anh trưởng phòng bảo theo …")
        reading = self.read(text)
        if reading is None:
            return frozenset()
        return frozenset(reading.entities) | {f"{p.entity}.{p.attr}" for p in reading.pairs}

    def read(self, question: str) -> Reading | None:
        """What the fact model finds in ``question`` (None without a fact model)."""
        if self.facts is None:
            return None
        # ask reads the question, then _clauses_added reads it again and each clause, often
        # twice (no title named): a reading is a pure function of these three, so the last few
        # are kept. The list is replaced, never changed in place, so a thread sees a whole one.
        for text, model, speller, reading in self._readings:
            if text == question and model is self.facts and speller is self._fact_speller:
                return reading
        # which xã or thôn is named changes no rule; retrieval keeps the name (a plan's own
        # phường or huyện), the fact readers read the role phrase without it
        reading = read(without_place_names(question), self.facts, self._fact_speller)
        kept = (question, self.facts, self._fact_speller, reading)
        self._readings = [kept, *self._readings[: _READINGS_KEPT - 1]]
        return reading

    def ask(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None = None,
        exclude: Collection[str] = (),
    ) -> Answer:
        """``exclude``: entry ids this asker must not get (another commune's staff answers)."""
        # "… 15/7/2026 … đúng k\n*15/6/2026 à, e gõ nhầm": what the asker took back is gone
        # before anything reads the question (task h423); no marker, no change
        question = corrected(question, self.corrections)
        # "lao động giỏi", "bằng khen của xã", "khen bất chợt": a loose or wrong name is read
        # as the real one it means, and told when it is no title (task h436)
        loose = named(question, self.loose_names) if self.loose_names else []
        if loose:
            answer = self._ask_named(
                rewritten(question, self.loose_names), as_of, deadlines, exclude
            )
            return self._loose_noted(answer, question, loose)
        return self._ask_named(question, as_of, deadlines, exclude)

    def _ask_named(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        # a claim put up in a rhetorical frame ("… chứ gì", "chẳng phải X sao", "đâu cần X
        # đâu") is asked plainly; a denied one is asked as X, its verdict turned after
        # "nhân sự công ty hỏi: …": the asker's label says who asks, not what is asked
        question = without_asker_label(question)
        # "…, e ghi căn cứ cho tờ trình": the paper the answer goes into is no dossier asked
        # (fixer f49l)
        question = without_purpose_line(question)
        # "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022": the Luật of that year, not an award
        # given at once ("khen thưởng ngay"); "'Kính gửi: ......' ghi ai": the blank closing a
        # quoted form line ends no sentence (task f202)
        question = blanks_dropped(law_named_by_year(question))
        # "1/ … 2/ …": each numbered ask of a stacked message is a part of its own (task h378)
        question = unsigned_registration(prerequisite_turned(asks_unstacked(question)))
        plain = restated(question)
        answer = self._judged(plain.text, as_of, deadlines, exclude)
        if (plain.practice and opens_with_depends(answer.text)) or (
            plain.dropped and not opens_with_verdict(answer.text)
        ):
            # "P thì có sao không" put up as "P, đúng không" got "Tùy": the fact weighs cases
            # the practice told does not settle; "X chứ không phải Y" with X alone found nothing
            # to judge (Y named the only title known, or X alone reads as a topic, as "đây là
            # khen theo chuyên đề" does): the question is answered as written
            return self._judged(question, as_of, deadlines, exclude)
        if plain.turned and answer.answered:
            answer = replace(answer, text=verdict_turned(answer.text))
        return answer

    def _loose_noted(
        self, answer: Answer, asked: str, loose: list[tuple[LooseName, str]]
    ) -> Answer:
        """``answer`` led by the note of each loose name ``asked`` uses that is no title
        ("lao động giỏi"): "Không." first when a yes/no asks whether it is a title, still is, is
        the same as another, or is given by the one named; the note alone, with no verdict,
        otherwise (the real title's blocks answer the rest)."""
        seen: set[str] = set()
        blocks: list[AnswerPart] = []
        denied = False
        for rule, _typed in loose:
            if rule.note is None or rule.key in seen:
                continue
            seen.add(rule.key)
            says = identity_asked(asked, rule)
            if (rule.verdict != "Không" or rule.quiet) and not says:
                continue
            denied = denied or (says and rule.verdict == "Không")
            lead = f"{rule.verdict}. " if says else ""
            text = f"**{rule.title}**\n{lead}{rule.note}\nCăn cứ: {rule.src}."
            src = rule.src or ""
            blocks.append(
                AnswerPart(part=rule.title or "", answer=text, sources=[Source(src, src)])
            )
        if not blocks:
            return answer
        notes = "\n\n".join(b.answer for b in blocks)
        sources = [s for b in blocks for s in b.sources]
        if not answer.answered:
            return replace(
                answer,
                answered=True,
                text=notes,
                sources=sources,
                parts=blocks,
                confidence=max(answer.confidence, self.threshold),
            )
        text = answer.text
        if denied:
            # the first block answered the real title's own yes/no ("Có. Cán bộ … được xét"):
            # the name asked about is denied before it, and one plain answer is read
            head, sep, rest = text.partition("\n\n")
            text = _openers_dropped(head, "Có. ") + sep + rest
        return replace(
            answer,
            text=f"{notes}\n\n{text}",
            sources=list(dict.fromkeys([*sources, *answer.sources])),
            parts=[*blocks, *answer.parts],
        )

    def _judged(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``question`` answered, then judged by the passes after the composer."""
        answer = self._hearsay_judged(self._ask(question, as_of, deadlines, exclude))
        answer = self._saying_judged(answer, question, as_of, deadlines, exclude)
        answer = self._yes_no_judged_alone(answer, as_of, deadlines, exclude)
        answer = self._paste_judged(answer, as_of, deadlines, exclude)
        answer = self._second_answered(answer, as_of, deadlines, exclude)
        answer = self._wrong_saying_turned(answer)
        answer = self._contrast_judged(answer, as_of, deadlines, exclude)
        # "… đã đủ để đề nghị CSTĐ tỉnh chưa": the condition the case falls short of leads
        shorter = shortfall_first(answer.question, answer.text)
        return answer if shorter == answer.text else replace(answer, text=shorter)

    def _saying_judged(
        self,
        answer: Answer,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``answer`` opened by the judgement of the one saying its letter tells about what the
        closing wh-question asks ("… trưởng phòng bảo chi theo lương cơ sở mới …. Vậy mỗi người
        nhận bn"), when the same fact answers both: the saying put up is answered by a first
        block of the same heading that opens with a verdict the plain answer lacked, and says
        which is judged (tasks h212, h218). Otherwise ``answer`` as it was."""
        if not answer.answered or self.facts is None or opens_with_verdict(answer.text):
            # an answer that opens with its own verdict keeps it, whatever the saying put up
            # gets: tested before the saying is looked for and asked (stop 34)
            return answer
        put = saying_put_up(question, self._asked_of_titles(question))
        if put == question:
            return answer
        judged = self._hearsay_judged(self._ask(put, as_of, deadlines, exclude))
        first, plain_first = judged.text.split("\n\n")[0], answer.text.split("\n\n")[0]
        heading, _, body = first.partition("\n")
        if (
            not judged.answered
            or heading != plain_first.partition("\n")[0]
            # a fact's block ("**Title: Label**"), not the reform notice or a passage: the block
            # that judges the saying must be the one answering the ask
            or ":" not in heading
            or not body.startswith(("Có.", "Không."))
        ):
            return answer
        return replace(judged, question=answer.question)

    def _yes_no_judged_alone(
        self,
        answer: Answer,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``answer`` opened by the verdict of the message's yes/no ask when a who/where/how
        much ask after it swayed or dropped that verdict (task h147: "Huy hiệu của tỉnh đã bị bỏ
        đúng k, bỏ theo luật nào" was answered "Không."). The yes/no ask is answered alone; its
        first block leads, in place of the answer's block on the same title, and a later
        block's contrary opener is dropped."""
        if not answer.answered or self.facts is None or opens_with_depends(answer.text):
            # "Tùy" weighs both asks ("… vẫn phải làm à, theo luật thì sao": the law no, the
            # province may): the message's own answer stands, so the ask is not put alone
            return answer
        asked = yes_no_before_wh(answer.question, asks_yesno)
        if asked is None:
            return answer
        part = self._plain_block(asked, as_of, deadlines, exclude)
        if part is None:
            return answer
        block, title = part.answer, f"**{part.part}**"
        verdict = block.partition("\n")[2].partition(" ")[0]
        blocks = answer.text.split("\n\n")
        if blocks[0].partition("\n")[2].startswith(verdict):
            return answer
        same = [i for i, b in enumerate(blocks) if b.partition("\n")[0] == title]
        if same and blocks[same[0]].partition("\n")[2].startswith(verdict):
            # the yes/no ask's own block is there with its verdict (after the wh-ask's block)
            return answer
        # the block answering the same title is replaced, not said twice
        rest = [b for i, b in enumerate(blocks) if i not in same]
        kept = [p for p in answer.parts if p.part != part.part]
        other = "Có. " if verdict == "Không." else "Không. "
        text = "\n\n".join([block, *(_openers_dropped(b, other) for b in rest)])
        return replace(
            answer,
            text=text,
            sources=list(dict.fromkeys([*part.sources, *answer.sources])),
            parts=[part, *kept],
        )

    def _paste_judged(
        self,
        answer: Answer,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``answer`` led by the verdict on the sentence the officer pasted, when the message
        pastes one (">> …", "a X nhắn: '…'", "văn bản năm 2020 ghi: …") and ``answer`` opens
        with no verdict: the ask after the paste ("đúng k, ai ký QĐ", "giờ ai ký") got its
        attribute answered and the paste none (task f179a, set b179 F1). The paste is put up
        alone; its first block, when it opens with a verdict, leads, in place of the answer's
        block on the same heading, and a later block's contrary opener is dropped. An answer
        that opens with its own verdict keeps it, unless its first block is the paste's own
        heading turned round ("'từ 1/7/2025 không còn chủ tịch UBND huyện, … do chủ tịch xã
        tặng'. đúng k, …" opened the district notice "Không."; b179 F5)."""
        if not answer.answered or self.facts is None:
            return answer
        claim = pasted_claim(answer.question)
        if claim is None:
            return answer
        judged = opens_with_verdict(answer.text)
        alone = self._judged(claim, as_of, deadlines, exclude)
        if not (alone.answered and alone.text.startswith("**") and opens_with_verdict(alone.text)):
            return answer
        if judged and own_ask_follows(answer.question):
            # "KH cũ ghi: căn cứ … gồm phong trào, thành tích và tiêu chuẩn. đúng k, đăng ký
            # thi đua còn là căn cứ k": one block per ask, in the order asked, each with its
            # own verdict; the paste's leads unless the answer holds its heading already
            head = alone.text.split("\n\n", 1)[0]
            if head.partition("\n")[0] in {b.partition("\n")[0] for b in answer.text.split("\n\n")}:
                return answer
            kept = alone.parts[:1]
            return replace(
                answer,
                text=f"{head}\n\n{answer.text}",
                sources=list(
                    dict.fromkeys([*(s for p in kept for s in p.sources), *answer.sources])
                ),
                parts=[*kept, *answer.parts],
            )
        if (
            judged
            and not _same_block_turned(answer.text, alone.text)
            and not purpose_follows(answer.question)
        ):
            return answer
        # the paste's blocks that open with a verdict, from its first ("Giấy khen … cho cả tập
        # thể, cá nhân và hộ gia đình" is judged block by block): each leads in place of the
        # answer's block on the same heading
        lead = list(itertools.takewhile(opens_with_verdict, alone.text.split("\n\n")))
        titles = {b.partition("\n")[0] for b in lead}
        # fixer f48l (b179): "nhóm zalo đăng: giấy khen … thưởng 760.000. nhưng QĐ ký tháng
        # 3/2026 thì bao nhiêu": the answer's own block priced on the date asked stays after
        # the paste's, which is judged on today's base
        priced = {b.partition("\n")[0]: set(_SUMS.findall(b)) for b in lead}
        blocks = [
            b
            for b in answer.text.split("\n\n")
            if b.partition("\n")[0] not in titles
            or set(_SUMS.findall(b)) - priced[b.partition("\n")[0]]
        ]
        rest = "\n\n".join(blocks)
        body = lead[0].partition("\n")[2]
        if rest and body.startswith(("Có. ", "Không. ")):
            rest = _openers_dropped(rest, "Có. " if body.startswith("Không. ") else "Không. ")
        named = {t.strip("*") for t in titles}
        parts = [p for p in alone.parts if p.part in named]
        return replace(
            answer,
            text="\n\n".join([*lead, rest]) if rest else "\n\n".join(lead),
            sources=list(dict.fromkeys([*(s for p in parts for s in p.sources), *answer.sources])),
            parts=[*parts, *(p for p in answer.parts if p.part not in named)],
        )

    def _second_answered(
        self,
        answer: Answer,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``answer`` with a block for the message's second yes/no ask when its blocks give one
        verdict only (task h147: "hộ gia đình được giấy khen k, còn CSTĐCS thì được k" was
        answered "Có." for the first ask and nothing for the second). The second ask is answered
        alone and its first block added when it opens with a firm verdict the answer lacks."""
        if not answer.answered or self.facts is None or _verdict_blocks(answer.text) != 1:
            return answer
        follow = second_ask(answer.question, answer.text.partition("\n")[0], self.facts, asks_yesno)
        if follow is None:
            return answer
        part = self._plain_block(follow, as_of, deadlines, exclude)
        if part is None or part.answer.split("\n")[1] in answer.text:
            return answer
        if part.answer.split("\n")[0] in answer.text.split("\n") and REPORTED.search(
            " ".join(fold(follow).split())
        ):
            # a saying trailing the ask ("thôn VH có kèm tiền không …, nghe nói không có tiền")
            # under the part that already answered it: a second block would only contradict
            return answer
        return replace(
            answer,
            text=f"{answer.text}\n\n{part.answer}",
            sources=list(dict.fromkeys([*answer.sources, *part.sources])),
            parts=[*answer.parts, part],
        )

    def _contrast_judged(
        self,
        answer: Answer,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        """``answer`` opened by the verdict of a two-clause claim judged whole ("LĐTT chỉ được
        ghi tên trong QĐ, còn CSTĐCS mới có tiền thưởng, đúng k": task f201, set b201 F1): the
        composer gave one clause's verdict, often the literal yes or no of a negated clause. Each
        clause is answered alone; when both get a firm verdict, the claim holds only if both
        hold: a lead block says so, the two clauses' blocks follow. An answer that already opens
        with the verdict of the whole is kept as it was."""
        if not answer.answered or self.facts is None:
            return answer
        clauses = contrast_clauses(answer.question, self.facts)
        if clauses is None:
            return answer
        parts = [self._plain_block(f"{c}, đúng không", as_of, deadlines, exclude) for c in clauses]
        if parts[0] is None or parts[1] is None:
            return answer
        first, second = parts
        bodies = [p.answer.partition("\n")[2] for p in parts]
        if any(b.partition(". ")[2].startswith("Tùy") for b in bodies):
            # "Không. Tùy trường hợp: …": the clause alone is not settled either way
            return answer
        held = [b.startswith("Có. ") for b in bodies]
        whole = "Có." if all(held) else "Không."
        if answer.text.partition("\n\n")[0].partition("\n")[2].startswith(whole):
            return answer
        said = ["đúng" if h else "chưa đúng" for h in held]
        if first.part == second.part:
            # both clauses answered by one fact: its block once, under the whole's verdict
            told = "cả hai vế đều đúng" if all(held) else "có vế chưa đúng"
            note = f"{whole} Ý kiến có hai vế, {told}; chi tiết ở dưới."
            blocks = [first]
        else:
            note = (
                f"{whole} Ý kiến có hai vế: vế về “{first.part}” {said[0]}, vế về"
                f" “{second.part}” {said[1]}; chi tiết từng vế ở dưới."
            )
            blocks = [first, second]
        lead = AnswerPart(part="Nhận định chung", answer=f"**Nhận định chung**\n{note}", sources=[])
        return replace(
            answer,
            text="\n\n".join([lead.answer, *(b.answer for b in blocks)]),
            sources=list(dict.fromkeys(s for b in blocks for s in b.sources)),
            parts=[lead, *blocks],
        )

    def _plain_block(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> AnswerPart | None:
        """The first block of ``question``'s own answer, as a part, when it is a titled block
        opening with a firm "Có." or "Không."; None otherwise (one ask of a message, answered
        alone)."""
        alone = self._hearsay_judged(self._ask(question, as_of, deadlines, exclude))
        block = alone.text.split("\n\n", 1)[0]
        title, _, body = block.partition("\n")
        if not (alone.answered and title.startswith("**") and body.startswith(("Có. ", "Không. "))):
            return None
        sources = alone.parts[0].sources if alone.parts else alone.sources
        return AnswerPart(part=title.strip("*"), answer=block, sources=sources)

    def _wrong_saying_turned(self, answer: Answer) -> Answer:
        """``answer`` with its first verdict turned when the letter puts the saying it tells up
        as WRONG ("Kế toán bảo … 2.530.000 …. Vậy là kế toán nói sai rồi à"): the facts judge
        whether the saying holds, the asker asks whether it is wrong (task f185b, b185). A
        hearsay rule turns its own verdict, an act judged ("làm sai rồi") reads its own way,
        and a sum asked wrong ("chi sai à") is judged as such: those are left alone."""
        if not answer.answered or not _SAYING_PUT_UP_WRONG.search(_closing(answer.question)):
            return answer
        if not any(reports_saying(s) for s in _SENTENCE_END.split(answer.question)):
            return answer
        if act_judged(answer.question) is not None:
            return answer
        if self.hearsay and (
            ruling(answer.question, self.hearsay) or new_hire_ruling(answer.question, self.new_hire)
        ):
            return answer
        blocks = answer.text.split("\n\n")
        for i, block in enumerate(blocks):
            head, sep, body = block.partition("\n")
            if not head.startswith("**"):
                continue
            if body.startswith(("Tùy", "Số tiền đó")) or "Số tiền đó" in body[:40]:
                return answer
            for said, turned in _SAYING_TURNS:
                # only a verdict that says it judged the line told ("Lương cơ sở áp dụng là …,
                # không phải …", "Ý kiến đó …"): a bare one may judge the story's own case
                rest = body.removeprefix(said)
                if body.startswith(said) and rest.startswith(_JUDGED_NOTES):
                    for note in _SAYING_NOTES:
                        rest = rest.removeprefix(note)
                    blocks[i] = f"{head}{sep}{turned}{rest}"
                    text = "\n\n".join(blocks)
                    parts = [
                        replace(p, answer=blocks[i]) if p.answer == block else p
                        for p in answer.parts
                    ]
                    return replace(answer, text=text, parts=parts)
        return answer

    def _hearsay_judged(self, answer: Answer) -> Answer:
        """``answer`` led by the block of a hearsay claim the question puts up (task h127:
        "nghe nói khen đột xuất vẫn phải họp hội đồng, đúng k"): the facts answer the title the
        line names, the rule in ``content/facts/hearsay.yaml`` the relation it claims. A later
        block's opening verdict that contradicts the rule's is dropped, so the user never reads
        "Không." then "Có." about the same line."""
        if not self.hearsay:
            return answer
        if OWN_SIGNING_CONFIRMED.search(folded_words(answer.question)):
            # "nay tôi ký hết những cái đó luôn, vậy là đúng chứ, có cần xin ý kiến tỉnh k": the
            # chairman's own signing is put up first, and the reform note judges it (task f185b)
            return answer
        found = ruling(answer.question, self.hearsay) or new_hire_ruling(
            answer.question, self.new_hire
        )
        if found is None:
            return answer
        rule, verdict = found
        if f"**{rule.title}**" in answer.text:
            return answer
        # "Tùy" runs on into its condition ("Tùy theo thủ tục của tỉnh: …"); "Có." and "Không."
        # stand alone
        lead = f"{verdict} " if verdict == "Tùy" else f"{verdict}. "
        on_act = (
            act_verdict(answer.question, _case_barred(rule, verdict))
            if verdict != "Tùy" and not rule.judges_act
            else None
        )
        if on_act is not None:
            # "tỉnh trả hồ sơ vì …, trả vậy có đúng k": the rule's "Không" bars the case told;
            # the act judged is answered on that (task h266)
            verdict, note = on_act
            lead = f"{verdict}. {note} "
        text = f"**{rule.title}**\n{lead}{rule.text}\nCăn cứ: {rule.src}."
        part = AnswerPart(part=rule.title, answer=text, sources=[Source(rule.src, rule.src)])
        if not answer.answered:
            # declined ("học sinh chưa đủ 18 tuổi thì không được khen à"): the rule's case and
            # claim are both in the question, so its block answers instead of the refusal
            return replace(
                answer,
                answered=True,
                text=text,
                sources=part.sources,
                parts=[part],
                confidence=max(answer.confidence, self.threshold),
            )
        first = answer.text.split("\n\n", 1)[0].partition("\n")[2]
        if rule.key == NEW_HIRE_KEY and first.startswith(f"{verdict}. ") and "6 tháng" in first:
            # the facts' own block already gives the 6-month rule with the same verdict
            return answer
        # an act judged on the rule ("… vậy xã tặng cho nông dân là sai, đúng k") is answered by
        # the rule's note, which leads even when the facts open with the same word (h304)
        same = first.startswith(f"{verdict}. ") and on_act is None
        # the facts' first block already gives what the rule leads with ("leads_unless" found in
        # it) with the same verdict: a second block would only repeat it
        covered = rule.leads_unless is not None and rule.leads_unless in first
        if same and (not rule.adds_reason or covered):
            return answer
        leads = rule.leads or (rule.leads_unless is not None and not covered)
        if same and not leads:
            # the facts already lead with the same plain answer: the rule's block only adds its
            # reason, after the blocks that answer the title named, without a second verdict
            told = f"**{rule.title}**\n{rule.text[:1].upper()}{rule.text[1:]}\nCăn cứ: {rule.src}."
            part = replace(part, answer=told)
            return replace(
                answer,
                text=f"{answer.text}\n\n{told}",
                sources=list(dict.fromkeys([*answer.sources, *part.sources])),
                parts=[*answer.parts, part],
            )
        other = "Có. " if verdict == "Không" else "Không. "
        head, sep, rest = answer.text.partition("\n\n")
        if (
            on_act is None
            and first.startswith(other)
            and asked_after_another(answer.question, rule)
        ):
            # "…, nghe nói thưởng 760 nghìn đúng k, hồ sơ có cần biên bản họp k": the first
            # block answers the earlier ask with its own verdict; the rule's answers the
            # later one, after it, and neither verdict is dropped (task h356); also when the
            # facts gave that first block only ("… chi từ quỹ của xã đúng k, có phải chịu
            # thuế TNCN k", task h373)
            return replace(
                answer,
                text=f"{head}\n\n{text}" + (f"\n\n{rest}" if sep else ""),
                sources=list(dict.fromkeys([*answer.sources, *part.sources])),
                parts=[*answer.parts[:1], part, *answer.parts[1:]],
            )
        # a block dropping the other verdict drops its judgement of the line with it ("Có. Ý kiến
        # đó đúng." under a rule's "Không.", task h136)
        opinion = {"Không": "Ý kiến đó đúng. ", "Có": "Ý kiến đó chưa đúng. "}.get(verdict)
        acts = ACT_NOTES if rule.judges_act else ()
        return replace(
            answer,
            text=f"{text}\n\n{_openers_dropped(answer.text, other, opinion, acts)}",
            sources=list(dict.fromkeys([*part.sources, *answer.sources])),
            parts=[part, *answer.parts],
        )

    def _ask(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer:
        # a saying told in a letter's story is context when the letter asks its own question
        if self.facts is not None:
            # "còn hôn", "nộp mô", "năm ni": Southern and Central words read as the standard
            # word they stand for, by every reader after this
            question = respelled(question, self.facts.dialect, mark_of)
        # "… có đủ TTLĐXS k (nghe nói phải 70 % LĐTT), và nếu được …": the bracketed aside
        # after a yes/no is a sentence of its own (task h401)
        question = aside_after_yesno_opened(question)
        question = without_sayings(self._retype(question), self._titles_named)
        # "QĐ ký 31/12/2025 … vẫn tính 2.340.000 phải k": a bare base sum is the base (h264)
        question = base_sum_named(
            question, [r.amount for r in self.store.salaries.rows], self._titles_named
        )
        # a closing ask naming one speaker judges that speaker's saying, not a rival's
        question = without_rivals(question, self._topics_named)
        # a bare saying after a wh-question, on what it asks, is put up to be judged
        question = trailing_saying_put_up(question, self._asked_of_titles(question))
        query = self.analyse(question)
        if query.empty:
            return self._empty(question)
        # only the best hit's confidence is read below; the others name the related topics
        kb_hits = self._search(query, 3, "kb", exclude, first_only=True)
        if (asked := without_introduction(question)) != question:
            # "em làm văn phòng xã, sáng kiến là gì": who asks lowers every entry's coverage,
            # unless it is what the question is about ("em là tổ trưởng tổ dân phố, …")
            query, kb_hits = self._surer(query, kb_hits, self.analyse(asked), exclude)
        best_kb = kb_hits[0] if kb_hits else None
        kb_conf = best_kb.confidence if best_kb is not None else 0.0
        reading = self.read(question)
        # without a fact model the titles a question names are unknown: no gate then
        if reading is not None and not on_topic(question, bool(reading.entities)):
            return self._off_topic(question, query)
        # The plan index is the big one (10,000 passages in the benchmark): search it only when
        # the question names a plan or the fact model has nothing to say.
        names_plan = self._plan_retriever is not None and self._names_plan(query)
        facts_answer = (
            reading is not None
            and not reading.empty
            and not self._wants_plan_deadlines(reading, best_kb)
        )
        best_plan = None
        if names_plan or not facts_answer:
            plan_hits = self._search(query, 1, "plan")
            best_plan = plan_hits[0] if plan_hits else None
        plan_conf = best_plan.confidence if best_plan is not None else 0.0
        if best_plan is not None and names_plan and plan_conf >= self.plan_named_threshold:
            # The question names an example plan ("Kiến Hưng", "2016"): it is about that plan.
            return self._plan_or_replaced(question, best_plan, kb_hits, as_of)
        if facts_answer:
            assert reading is not None
            answer = self._fact_answer(question, reading, as_of, kb_hits)
            if answer is not None:
                if not _has_verdict(answer.text):
                    # no part gave a verdict (a topic fact: "when is the base counted"): the
                    # block still states the relation the claim asks about, read as an entry's
                    # text is; a part that gave one is left as the composer judged it
                    answer = _with_lead_verdict(answer, self.facts)
                answer = self._replaced_told(answer, as_of)
                return self._supplemented(self._clauses_added(answer, as_of, exclude), query, as_of)
            if best_plan is None:
                plan_hits = self._search(query, 1, "plan")
                best_plan = plan_hits[0] if plan_hits else None
                plan_conf = best_plan.confidence if best_plan is not None else 0.0
        # The long tail no entry covers: a clause of a text in force, quoted with its citation.
        # It beats an example plan (plans are old and cite repealed texts) but not a sure entry.
        # A clause also beats an entry it is clearly more sure of: entries are written for the
        # usual questions, and a reader's question about another rule can still share their
        # words (the Hội đồng of the xã answering who chairs the central one).
        law = self.law.answer(query, as_of) if self.law is not None else None
        if (
            law is not None
            and law.confidence >= max(LAW_THRESHOLD, kb_conf + LAW_MARGIN)
            and (kb_conf < self.threshold or law.confidence >= plan_conf + LAW_MARGIN)
        ):
            return _with_lead_verdict(self._law_answer(question, law, kb_hits), self.facts)
        if (
            best_plan is not None
            and plan_conf >= self.threshold
            and plan_conf > kb_conf + PLAN_MARGIN
        ):
            return self._plan_or_replaced(question, best_plan, kb_hits, as_of)
        if best_kb is not None and kb_conf >= self.threshold:
            answer = self._entry_answer(question, best_kb.key, as_of, deadlines, kb_conf)
            answer = self._dated_base(answer, reading)
            answer = self._clauses_added(answer, as_of, exclude)
            answer = self._replaced_told(_with_lead_verdict(answer, self.facts), as_of)
            return self._supplemented(answer, query, as_of)
        if best_plan is not None and plan_conf >= self.plan_threshold and plan_conf > kb_conf:
            # Per-source threshold: plan passages are long and their vocabulary generic, so a
            # right passage scores lower than a right KB entry (fitted on the tuning half).
            return self._plan_answer(question, best_plan, kb_hits)
        # Nothing else answers: rather than decline, quote the clause that holds the question's
        # content (ranked and measured without the reader's framing, see LawLibrary.long_tail).
        tail = self.law.long_tail(query, as_of) if self.law is not None else None
        if tail is not None:
            return _with_lead_verdict(self._law_answer(question, tail, kb_hits), self.facts)
        if (
            reading is not None
            and self.facts is not None
            and repealed_named(question, self.facts.replaced)
        ):
            # "nđ 28/2024 còn hiệu lực ko": no entry is written for every replaced text, but the
            # list of replaced texts (content/law/replaced.yaml) says what replaced it
            answer = self._fact_answer(question, reading, as_of, kb_hits)
            if answer is not None:
                return answer
        if (gone := self._still_asked_gone(question, reading, as_of)) is not None:
            # "tờ trình e đang gõ 'Căn cứ Luật Thi đua, khen thưởng 2003' vẫn để nguyên dc k": a
            # replaced text asked to still apply, in a letter whose other words no entry shares
            return gone
        if (in_force := self._in_force_block(question, as_of)) is not None:
            # "zalo bảo luật thi đua 2022 chưa có hiệu lực, vẫn dùng luật cũ, đúng k": no entry
            # is close enough, but the texts named are in force and the claim is about that
            return in_force
        last = self._final_question(question, as_of, deadlines, exclude)
        return last or self._unsure(question, kb_hits, best_kb, best_plan)

    def _surer(
        self, query: Query, hits: list[Hit], other: Query, exclude: Collection[str]
    ) -> tuple[Query, list[Hit]]:
        """Of two readings of one question, the one whose best entry is surer, with its hits."""
        other_hits = (
            self._search(other, 3, "kb", exclude, first_only=True) if not other.empty else []
        )
        best = hits[0].confidence if hits else 0.0
        if other_hits and other_hits[0].confidence > best:
            return other, other_hits
        return query, hits

    def _plan_or_replaced(
        self, question: str, plan: Hit, kb_hits: list[Hit], as_of: date
    ) -> Answer:
        """An example plan's passage; led by the block of each replaced text the question
        names when it asks whether they still apply ("kế hoạch cũ của huyện ghi căn cứ luật
        2003, NĐ 91/2017, còn dùng được k"): plans cite old texts, the officer asks of the
        texts (task h223)."""
        answer = self._plan_answer(question, plan, kb_hits)
        if self.facts is None or not still_asked(question):
            return answer
        if not replaced_named(question, self.facts.replaced):
            return answer
        return self._replaced_told(answer, as_of)

    def _replaced_told(self, answer: Answer, as_of: date) -> Answer:
        """``answer`` with a block for each replaced text the question names and the answer
        never says is replaced (its successor unnamed): "kế hoạch 2021 ghi căn cứ NĐ 91/2017 và
        TT 08/2017, năm nay copy được k" answered about the circular alone still learns the
        decree is gone (task h120). The block is the entry that says whether that text still
        applies, else the line of ``content/law/replaced.yaml``. It comes first, with its
        verdict, when the question asks whether the text applies, claims it gone or asks what
        replaced it and the answer opens with no verdict of its own; otherwise it is added
        last, without a verdict (the answer's own parts answer what was asked)."""
        if self.facts is None or not any(map(str.isdigit, answer.question)):
            return answer
        question = answer.question
        replaced = self.facts.replaced
        lead = self._in_force_block(question, as_of)
        if lead is not None and f"**{lead.parts[0].part}**" not in answer.text:
            if not _has_verdict(answer.text.split("\n\n", 1)[0]):
                return self._in_force_told(answer, lead)
            if lead.text.partition("\n")[2].startswith("Không. "):
                # "nghe nói nđ 86/2023 về GĐVH hết hiệu lực rồi đúng k": the facts answer the
                # title named ("Có." it is awarded), the line claims a text in force gone; the
                # officer reads the first verdict, so the text's block leads with "Không."
                return _led_by(lead, answer)
            if gone_offered(question):
                # "can cu e ghi ca Luat TDKT 2022 va ND 152/2025 la dung chua, hay con ND
                # 98/2023": the line written is right ("Có."); the replaced text offered
                # instead keeps its own block after it (task f194a, b194 F1)
                return replace(
                    answer,
                    text=f"{lead.text}\n\n{answer.text}",
                    sources=list(dict.fromkeys([*lead.sources, *answer.sources])),
                    parts=[*lead.parts, *answer.parts],
                )
        untold = replaced_untold(question, answer.text, replaced)
        # whether it applies asked (or claimed gone) keeps the block's verdict; what replaced
        # it asked ("bị thay bằng nghị định nào") puts the block first without one
        judged = still_asked(question) or bool(gone_claimed(question, replaced))
        asked = judged or successor_asked(question)
        # "… ghi căn cứ luật 2003 và NĐ 91/2017. Những văn bản đó còn dùng được k": the texts
        # pointed at are what the yes/no asks, whatever verdict a reform block opened with
        first = asked and (
            not _has_verdict(answer.text.split("\n\n", 1)[0])
            or (judged and _TEXTS_POINTED.search(fold(question)) is not None)
        )
        if first:
            # the text asked about leads, even if a later block names its successor
            untold = list(dict.fromkeys([*untold, *replaced_named(question, replaced)]))
        if not untold:
            return answer
        blocks: list[Answer] = []
        for number in untold:
            block = self._replaced_block(question, number, as_of)
            if block is None or f"**{block.parts[0].part}**" in answer.text:
                continue
            if not (first and judged):
                body = block.text.partition("\n")[2]
                for opener in ("Không. ", "Có. "):
                    body = body.removeprefix(opener)
                text = f"**{block.parts[0].part}**\n{body}"
                block = replace(block, text=text, parts=[replace(block.parts[0], answer=text)])
            blocks.append(block)
        if not blocks:
            return answer
        ordered = [*blocks, answer] if first else [answer, *blocks]
        text = "\n\n".join(a.text for a in ordered)
        sources = list(dict.fromkeys(s for a in ordered for s in a.sources))
        parts = [p for a in ordered for p in a.parts]
        return replace(answer, text=text, sources=sources, parts=parts)

    @staticmethod
    def _in_force_told(answer: Answer, lead: Answer) -> Answer:
        """``answer`` (no verdict of its own) told that the texts asked about are in force:
        its first block takes the verdict when it is about a text the question names ("nđ
        152/2025 còn dùng không" → the decree's own entry, "Có."), and the list of texts in
        force is added after it when several texts or the Luật are named ("tờ trình ghi căn cứ
        NĐ 152/2025 và TT 15/2025 … luật gốc năm nào"); otherwise the list leads (task h120)."""
        verdict = lead.text.partition("\n")[2].split(". ", 1)[0]
        head, _, rest = answer.text.partition("\n")
        named = _TEXT_NUMBER_ASKED.findall(answer.question)
        about = [n for n in named if re.search(rf"(?<!\d){n}/", head)]
        if not (head.startswith("**") and about):
            # "zalo bảo luật thi đua 2022 chưa có hiệu lực": the list leads, with the verdict
            ordered = [lead, answer]
        else:
            first = f"{head}\n{verdict}. {rest}"
            parts = [replace(answer.parts[0], answer=first.split("\n\n")[0]), *answer.parts[1:]]
            answer = replace(answer, text=first, parts=parts)
            if len(set(named)) < 2 and "luat" not in fold(answer.question).lower():
                return answer
            body = lead.text.partition("\n")[2].removeprefix(f"{verdict}. ")
            listed = f"{lead.text.partition(chr(10))[0]}\n{body}"
            ordered = [
                answer,
                replace(lead, text=listed, parts=[replace(lead.parts[0], answer=listed)]),
            ]
        return replace(
            answer,
            text="\n\n".join(a.text for a in ordered),
            sources=list(dict.fromkeys(s for a in ordered for s in a.sources)),
            parts=[p for a in ordered for p in a.parts],
        )

    def _in_force_block(self, question: str, as_of: date) -> Answer | None:
        """The entry listing the texts in force, opened with the verdict on a question that
        names only texts in force and asks or claims whether they apply (``in_force_verdict``);
        None otherwise (task h120)."""
        if self.facts is None:
            return None
        verdict = in_force_verdict(question, self.facts.replaced)
        if verdict is None:
            return None
        for key, entry in self.store.entries.items():
            if "dang co hieu luc" in fold(entry.title).lower():
                block = self._entry_answer(question, key, as_of, None, 1.0)
                title, _, body = block.text.partition("\n")
                text = f"{title}\n{verdict}. {body}"
                return replace(block, text=text, parts=[replace(block.parts[0], answer=text)])
        return None

    def _still_asked_gone(
        self, question: str, reading: Reading | None, as_of: date
    ) -> Answer | None:
        """The block saying the first replaced text the question names is gone, when it asks
        whether that text still applies (task f202, b202 F2); None otherwise."""
        if reading is None or self.facts is None or not still_asked(question):
            return None
        gone = replaced_named(question, self.facts.replaced)
        return self._replaced_block(question, gone[0], as_of) if gone else None

    def _replaced_block(self, question: str, number: str, as_of: date) -> Answer | None:
        """The block saying ``number`` is replaced: the entry titled as asking whether it still
        applies (it gives the date and what changed), else the replaced-texts list's line."""
        short = "/".join(str(int(x)) if x.isdigit() else x for x in number.split("/")[:2])
        # a Luật's entry may name it by its year only ("Luật Thi đua, khen thưởng 2003 …")
        law_year = number.split("/")[1] if number.split("/")[-1].startswith("QH") else None
        # the entry about the text itself ("… còn hiệu lực không") before one about a rule of it
        for asked in ("con hieu luc", "con dung"):
            for key, entry in self.store.entries.items():
                title = fold(entry.title).lower()
                numbers = {
                    f"{int(n)}/{y}" for n, y in re.findall(r"(\d{1,3})/((?:19|20)\d\d)", title)
                }
                by_year = law_year is not None and title.startswith("luat") and law_year in title
                if (short in numbers or by_year) and asked in title:
                    block = self._entry_answer(question, key, as_of, None, 1.0)
                    return _with_lead_verdict(block, self.facts)
        assert self.facts is not None
        suffix = number.split("/")[-1]
        kind = {"NĐ-CP": "Nghị định", "TT-BNV": "Thông tư"}.get(
            suffix, "Luật" if suffix.startswith("QH") else "Văn bản"
        )
        body = f"{kind} {number} đã hết hiệu lực, thay bằng {self.facts.replaced[number]}."
        body = lead_verdict(question, f"Không. {body}", self.facts)
        title = "Văn bản đã hết hiệu lực"
        text = f"**{title}**\n{body}"
        source = Source("Văn bản đã hết hiệu lực", number)
        return Answer(
            question, True, text, [source], 1.0, None, [], None, [AnswerPart(title, text, [source])]
        )

    def _final_question(
        self,
        question: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        exclude: Collection[str],
    ) -> Answer | None:
        """A letter nothing answers as a whole ("tôi 80 tuổi, … con cháu bảo phải khai thuế. …
        tiền thưởng này có tính thuế không"): its story can drown the question in words no
        source shares, so the final sentence is asked alone, then with the one before it (the
        case it points back to). None when neither is answered or there is no story."""
        sentences = [s for s in _SENTENCE_END.split(question.strip()) if s.strip()]
        if len(sentences) < 2:
            return None
        for tail in (sentences[-1:], sentences[-2:]):
            if len(tail) == len(sentences):
                break
            answer = self.ask(" ".join(tail), as_of, deadlines, exclude)
            if answer.answered:
                return replace(answer, question=question)
        return None

    def _dated_base(self, answer: Answer, reading: Reading | None) -> Answer:
        """An entry about the base salary asked with the decision's date ("quyết định ký ngày
        25/6/2026 mà tháng 8 mới chi"): the entry renders today's base, so the base in force on
        that date, which the prize follows (NĐ 152/2025), is stated first."""
        if reading is None or not isinstance(reading.decided, date):
            return answer
        if "luong co so" not in fold(answer.text):
            return answer
        base = self.store.salaries.at(reading.decided)
        line = (
            f"Quyết định ký ngày {format_date(reading.decided)}: tính theo mức lương cơ sở "
            f"{format_dong(base.amount)} (áp dụng từ {format_date(base.start)}, {base.doc}), "
            "kể cả khi chi tiền sau đó."
        )
        claimed = base_verdict(reading.question, base.amount)
        if claimed is None:
            # "QĐ ký 25/6/2026 nhưng tháng 8 mới chi thì tính theo lương cơ sở mới đúng k": the
            # base claimed new (or old) by name, judged on the day signed (task h255)
            changed = base_changed_verdict(
                reading.question, lambda d: self.store.salaries.at(d).amount
            )
            claimed = (changed, "") if changed is not None else None
        if claimed is not None and asks_yesno(reading.question):
            # "QĐ ký 30/6/2026 thì tính theo lương cơ sở 2.530.000 đúng không": the base the
            # question claims is judged against the one in force that day, before the general
            # verdict of the entry's own body answers something else (task h95)
            verdict, note = claimed
            line = f"{verdict}. {note + ' ' if note else ''}{line}"
        title, sep, body = answer.text.partition("\n")
        text = f"{title}\n{line}\n{body}" if sep and title.startswith("**") else f"{line}\n{title}"
        parts = answer.parts
        if len(parts) == 1:
            parts = [replace(parts[0], answer=text)]
        return replace(answer, text=text, parts=parts)

    def _clauses_added(self, answer: Answer, as_of: date, exclude: Collection[str]) -> Answer:
        """A short question of several clauses ("tiền thưởng có chịu thuế không, lấy từ nguồn
        nào"): a clause the answer's source did not read (no title or attribute of the fact
        model in it) is asked of the entries on its own, and a sure entry not shown yet is
        added. A letter (long) is left to its own reading: its told sentences ask nothing."""
        clauses = [c.strip() for c in _CLAUSE_BREAK.split(answer.question) if c.strip()]
        if len(clauses) < 2:
            return answer
        whole = self.read(answer.question)
        # task h389: "trước nộp lên huyện trước 1/12, giờ hạn nộp hồ sơ tổng kết lên xã …": the
        # reform notice alone answers the past told; the clause asking of now is still read,
        # even past a short question's length (the notice reads no title or attribute of it)
        reform_only = whole is not None and whole.reform and not whole.pairs
        limit = _REFORM_COMPOUND if reform_only else _SHORT_COMPOUND
        if len(_ask_core(answer.question).split()) > limit:
            return answer
        shown = {answer.entry_id} if answer.entry_id else set()
        named_texts = set(_TEXT_NUMBER_ASKED.findall(answer.question))
        named = ""
        if whole is not None and whole.entities and self.facts is not None:
            named = self.facts.entities.get(whole.entities[0], "")
        added = []
        # the texts the whole question mentions, the same for every clause (s45b)
        mentions = _TEXT_MENTION.findall(fold(answer.question).lower())
        for clause in clauses:
            # a clause about a legal text ("nđ 152/2025 hiệu lực từ ngày nào") asks of the text,
            # not of the title the other clause names: read with that title, its "hiệu lực từ
            # ngày nào" passes for the title's deadline and the clause is lost
            about_text = _LEGAL_TEXT_NAMED.search(fold(clause).lower()) is not None
            asked = clause
            if about_text and not _texts_named(clause) and len(set(mentions)) == 1:
                # "GDVH theo nđ 86/2023 phải k, nđ này hiệu lực từ bao giờ": "nđ này" is the
                # one text the question names
                asked = f"{clause} {mentions[0]}"
            query = self.analyse(asked)
            if query.empty:
                continue
            hits = self._search(query, 1, "kb", exclude)
            if not hits or hits[0].confidence < self.threshold or hits[0].key in shown:
                continue
            # the texts the clause itself names, else those of the question ("nđ 152 | còn
            # hiệu lực không"): "luật 2022 thay luật nào, nđ 152 thay nđ nào" asks each its own
            asked_texts = _texts_named(clause) or named_texts
            if asked_texts and not self._names_asked_text(hits[0].key, asked_texts):
                continue  # "nđ 152 | còn hiệu lực không": the clause is about the text named
            entry = self.store.entries[hits[0].key]
            if f"**{entry.title}**" in answer.text:  # shown as a part already
                continue
            # the clause's readings (one or two, each a whole reading of the analyser) are
            # asked last: a clause with no sure entry to add is skipped whether it is answered
            # or not, and the search costs a fraction of a reading (s43)
            if self._clause_answered(clause, named, about_text, answer.text):
                continue
            shown.add(hits[0].key)
            added.append(self._entry_answer(clause, hits[0].key, as_of, None, hits[0].confidence))
        if not added:
            return answer
        text = "\n\n".join([answer.text, *(_with_lead_verdict(a, self.facts).text for a in added)])
        sources = list(dict.fromkeys([*answer.sources, *(s for a in added for s in a.sources)]))
        parts = [*answer.parts, *(p for a in added for p in a.parts)]
        return replace(answer, text=text, sources=sources, parts=parts)

    def _clause_answered(self, clause: str, named: str, about_text: bool, shown: str) -> bool:
        """Whether the fact model's blocks already answer ``clause`` (of a short question whose
        answer is ``shown``), so no entry is searched for it: the model reads it, alone or of
        the title the question names (``named``) unless it is ``about_text``; or it names only
        titles that have their block ("A và B được thưởng bao nhiêu": A alone asks nothing).
        Each test is a reading; the one with the title runs first, as it settles most clauses
        (176 of 226 on the bench questions), and the clause alone is then not read (stop 34)."""
        if not about_text:
            reading = self.read(f"{named} {clause}".strip())
            if reading is not None and not reading.empty:
                return True
        alone = self.read(clause)
        if alone is None or self.facts is None:
            return False
        if (
            alone.entities
            and alone.empty
            and _YEAR_TOLD.search(_TEXT_YEAR.sub(" ", fold(clause).lower()))
        ):
            # "zalo bảo cstdcs 2023, 2025 và 2026 …": a title told with a year it was held is
            # the case of the other clause, no ask of its own (task h386)
            return True
        if alone.entities and alone.empty:
            return all(f"**{self.facts.entities[e]}" in shown for e in alone.entities)
        return about_text and not alone.empty

    def _supplemented(self, answer: Answer, query: Query, as_of: date) -> Answer:
        """``answer`` plus a quoted clause on what the question names and it leaves out."""
        if self.law is None:
            return answer
        extra = supplement(self.law, self.cover, answer.question, query, answer.text, as_of)
        if extra is None:
            return answer
        source = Source(*extra.source)
        return replace(
            answer,
            text=f"{answer.text}\n\n{extra.text}",
            sources=list(dict.fromkeys([*answer.sources, source])),
            parts=[*answer.parts, AnswerPart(extra.source[1], extra.text, [source])],
        )

    def _wants_plan_deadlines(self, reading: Reading, best_kb: Hit | None) -> bool:
        """ "hạn … năm nay" is answered from the asker's plans (a ``dynamic: deadlines`` entry),
        not from the fixed legal rule alone."""
        if best_kb is None or best_kb.confidence < self.threshold or reading.reform:
            return False
        entry = self.store.entries.get(best_kb.key)
        if entry is None or entry.dynamic != "deadlines":
            return False
        return all(p.attr == "deadline" for p in reading.pairs)

    def _fact_answer(
        self, question: str, reading: Reading, as_of: date, kb_hits: list[Hit]
    ) -> Answer | None:
        assert self.facts is not None
        parts = compose(self.facts, reading, as_of, self.store.salaries)
        if not parts:
            return None
        text = "\n\n".join(p.text for p in parts)
        sources = list(dict.fromkeys(Source(s.doc, s.cite) for p in parts for s in p.sources))
        answer_parts = [
            AnswerPart(p.title, p.text, [Source(s.doc, s.cite) for s in p.sources]) for p in parts
        ]
        # Not a fitted probability: the weakest confidence mark (H/M/L, from the domain brief)
        # of the facts shown. The fact model answers whenever it recognises a pair; whether it
        # is right is measured on the held-out half (BENCHMARKS.md), not guessed here.
        confidence = FACT_CONFIDENCE[min((p.confidence for p in parts), key="HML".index)]
        related = [(h.key, self.store.entries[h.key].title) for h in kb_hits[:3]]
        return Answer(question, True, text, sources, confidence, None, related, None, answer_parts)

    def _law_answer(self, question: str, law: LawAnswer, kb_hits: list[Hit]) -> Answer:
        sources = [Source(*law.source)]
        related = [(h.key, self.store.entries[h.key].title) for h in kb_hits[:3]]
        parts = [AnswerPart(law.source[1], law.text, sources)]
        return Answer(question, True, law.text, sources, law.confidence, None, related, None, parts)

    def _names_plan(self, query: Query) -> bool:
        # the year of a text the letter quotes names that text, not an example plan of the
        # same year ("Văn bản năm 2020 của UBND huyện ghi: …")
        quoted = {(year,) for year in _QUOTED_TEXT_YEAR.findall(" ".join(fold(query.text).split()))}
        return _names_any(query, self._plan_marks - quoted)

    def render(
        self, entry_id: str, as_of: date, deadlines: DeadlineProvider | None = None
    ) -> Answer:
        """Show one topic (a related-topic button was tapped). Raises KeyError if unknown."""
        entry = self.store.entries[entry_id]
        return self._entry_answer(entry.title, entry_id, as_of, deadlines, 1.0)

    def _entry_answer(
        self,
        question: str,
        entry_id: str,
        as_of: date,
        deadlines: DeadlineProvider | None,
        confidence: float,
    ) -> Answer:
        rendered = self.store.render(entry_id, as_of)
        entry = rendered.entry
        text = rendered.text
        sources = [Source(s.doc, s.cite) for s in rendered.sources]
        if entry.dynamic == "deadlines" and deadlines is not None:
            try:
                items = list(deadlines(entry.deadline_query, question, as_of))
            except Exception:  # a broken store must not take the static answer down with it
                log.exception("deadline provider failed for %s", entry.id)
            else:
                text, sources = self._deadline_answer(entry, items, deadlines)
        related = [(r, self.store.entries[r].title) for r in entry.related]
        parts = [AnswerPart(entry.title, text, sources)]
        return Answer(question, True, text, sources, confidence, entry_id, related, None, parts)

    @staticmethod
    def _deadline_answer(
        entry: Entry, items: list[Deadline], deadlines: DeadlineProvider
    ) -> tuple[str, list[Source]]:
        """ "hạn … năm nay" for the asker: the deadlines of the plans that apply to their unit
        and the fixed legal dates, nothing guessed; with no plan imported, it says so."""
        lines = [f"**{entry.title}**"]
        sources: list[Source] = []
        if items:
            lines.append("Theo kế hoạch áp dụng cho đơn vị của anh/chị:")
            for item in items[:6]:
                when = format_date(item.due) if item.due else (item.when or "chưa rõ hạn")
                lines.append(f"• {item.task}: {when}" + (f" ({item.plan})" if item.plan else ""))
            plans = list(dict.fromkeys(i.plan for i in items[:6] if i.plan))
            sources += [Source(p, "kế hoạch đã nhập") for p in plans]
        elif getattr(deadlines, "has_plans", True):
            lines.append("Kế hoạch đang áp dụng cho đơn vị của anh/chị không ghi hạn cho việc này.")
        else:
            lines.append(
                "Chưa có kế hoạch thi đua, khen thưởng nào được nhập cho đơn vị của anh/chị, nên "
                "tôi không nêu hạn cụ thể: hạn do kế hoạch của xã và hướng dẫn của tỉnh đặt. "
                "Khi cán bộ phụ trách nhập kế hoạch, câu trả lời sẽ theo đúng kế hoạch đó "
                "(lệnh /lich để xem lịch)."
            )
        lines.append(FIXED_DATES)
        sources.append(Source("Nghị định 86/2023/NĐ-CP", "Điều 8"))
        lines.append("Căn cứ: " + "; ".join(f"{s.title}, {s.citation}" for s in sources) + ".")
        return "\n".join(lines), sources

    def _plan_answer(self, question: str, hit: Hit, kb_hits: list[Hit]) -> Answer:
        passage = self._passage_by_id[hit.key]
        meta = self.plans[passage.plan_id].meta
        snippet = passage.text
        if len(snippet) > PLAN_SNIPPET:
            snippet = snippet[:PLAN_SNIPPET].rsplit(" ", 1)[0] + " …"
        lines = [f"**Kế hoạch mẫu: {meta.title}**"]
        if passage.heading:
            lines.append(f"Mục: {passage.heading}")
        lines.append(snippet)
        lines.append(
            f"Lưu ý: đây là kế hoạch mẫu của {meta.unit}, năm {meta.year}, chỉ để tham khảo. "
            f"Văn bản dẫn trong đó có thể đã hết hiệu lực: {'; '.join(meta.outdated_law)}."
        )
        if meta.assumes_district:
            lines.append(
                "Từ 01/7/2025 không còn cấp huyện, quận: việc của huyện nay do xã hoặc tỉnh làm."
            )
        where = passage.heading or "phần mở đầu"
        issued = f" ngày {format_date(meta.issued)}" if meta.issued else ""
        number = f" số {meta.number}" if meta.number else ""
        lines.append(f"Căn cứ: Kế hoạch{number}{issued} của {meta.unit}, mục {where}.")
        related = [(h.key, self.store.entries[h.key].title) for h in kb_hits[:3]]
        text = "\n".join(lines)
        sources = [Source(meta.title, where)]
        return Answer(
            question,
            True,
            text,
            sources,
            hit.confidence,
            None,
            related,
            passage.id,
            [AnswerPart(meta.title, text, sources)],
        )

    def _unsure(
        self, question: str, kb_hits: list[Hit], best_kb: Hit | None, best_plan: Hit | None
    ) -> Answer:
        confidence = max((h.confidence for h in (best_kb, best_plan) if h), default=0.0)
        # the closest topics; when nothing at all matched, the starter topics instead
        keys = list(dict.fromkeys([*(h.key for h in kb_hits), *STARTER_TOPICS]))
        related = [(k, self.store.entries[k].title) for k in keys if k in self.store.entries][:3]
        text = (
            "**Chưa có câu trả lời chắc chắn**\n"
            "Tôi chưa tìm thấy nội dung trả lời đúng câu hỏi này nên không trả lời đoán. "
            "Anh/chị có thể chọn một chủ đề gần nhất bên dưới, hỏi lại ngắn gọn hơn "
            '(ví dụ: "hồ sơ Lao động tiên tiến gồm những gì"), '
            "hoặc gửi câu hỏi cho cán bộ phụ trách thi đua, khen thưởng của xã."
        )
        return Answer(question, False, text, [], confidence, None, related)

    def _off_topic(self, question: str, query: Query) -> Answer:
        """Declined with what the assistant can do; only an imported or example plan (all of
        its passages are about thi đua) may still answer, on the plans' own threshold."""
        if self._plan_retriever is not None and not names_peoples_council(question):
            plan_hits = self._search(query, 1, "plan")
            if plan_hits and plan_hits[0].confidence >= self.plan_threshold:
                return self._plan_answer(question, plan_hits[0], [])
        related = [
            (i, self.store.entries[i].title) for i in STARTER_TOPICS if i in self.store.entries
        ]
        return Answer(question, False, OFF_TOPIC_TEXT, [], 0.0, None, related)

    def _empty(self, question: str) -> Answer:
        related = [
            (i, self.store.entries[i].title) for i in STARTER_TOPICS if i in self.store.entries
        ]
        text = (
            "**Anh/chị muốn hỏi gì?**\n"
            "Hãy gõ câu hỏi về thi đua, khen thưởng, có dấu hay không dấu đều được, ví dụ: "
            '"tiền thưởng LĐTT bao nhiêu".'
        )
        return Answer(question, False, text, [], 0.0, None, related)


#: a year told in a clause ("cstdcs 2023"): the year a title was held
_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")
#: the year of a legal text or a plan ("luật 2022", "NĐ 152/2025"): no year a title was held
_TEXT_YEAR = re.compile(
    r"\b(?:luat|nghi dinh|nd|thong tu|tt|quyet dinh|qd|ke hoach|kh)\b"
    r"(?: \S+){0,2}? \S*(?:19|20)\d\d\b"
)


def _local_entry(item: Mapping[str, Any]) -> Entry:
    """An entry for a staff answer; built without the content checks (one ask, no key facts)."""
    entry_id = str(item["id"])
    if not re.match(ID_PATTERN, entry_id) or len(entry_id) > 40:
        raise ValueError(f"bad id {entry_id!r}")
    created = item["created"]
    if not isinstance(created, date):
        raise TypeError("created must be a date")
    title = " ".join(str(item["title"]).split()) or "Giải đáp của cán bộ phụ trách"
    if len(title) > 60:  # the title is also a button label
        title = title[:59].rsplit(" ", 1)[0] + "…"
    answer = str(item["answer"]).strip()
    question = " ".join(str(item["question"]).split())
    if not answer or not question:
        raise ValueError("empty question or answer")
    return Entry.model_construct(
        id=entry_id,
        title=title,
        group=Group.DIA_PHUONG,
        asks=[question],
        answer=answer,
        sources=[
            SourceRef(
                doc="Giải đáp của cán bộ phụ trách thi đua, khen thưởng của xã, "
                "không phải văn bản pháp luật",
                cite=f"ngày {format_date(created)}",
            )
        ],
        effective=created,
        province_note=None,
        confidence="M",
        related=[],
        key_facts=[],
        dynamic=None,
        deadline_query=[],
    )


#: readings kept by KnowledgeBase.read: a question and the clauses of one question, no more
_READINGS_KEPT = 4
#: where a short question's clauses part ("…, lấy từ nguồn nào", "… và …?")
#: where a letter's sentences end
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: a clause naming a legal text by its kind: "nđ 152/2025 …", "luật TĐKT hiện hành …", "nđ này …"
_LEGAL_TEXT_NAMED = re.compile(r"\b(?:nd|nghi dinh|tt|thong tu|luat)\b")
#: a numbered text as named in the folded question: "nd 86/2023", "tt 15"
_TEXT_MENTION = re.compile(r"\b(?:nd|nghi dinh|tt|thong tu|qd)\s*\d{1,3}(?:/(?:19|20)\d\d)?\b")
#: a law named by its year: "luật thi đua 2022"
_LAW_YEAR = re.compile(r"\bluat(?: [a-z]+){0,4} ((?:19|20)\d\d)\b")


def _ask_core(question: str) -> str:
    """``question`` without the clauses that only greet or say who asks before it and a short
    line after its last "?" ("…, còn NĐ 152/2025 từ ngày nào ạ? e cần ghi căn cứ 🙏"): the
    wrapping makes no letter of a short question (task f184)."""
    core = without_introduction(question)
    end = core.rfind("?")
    if end >= 0 and len(core[end + 1 :].split()) <= _AFTER_ASK_WORDS:
        core = core[: end + 1]
    return core


#: words after the last "?" that are a courtesy or a word of why, not a letter's story
_AFTER_ASK_WORDS = 8


def _texts_named(clause: str) -> set[str]:
    """The numbers (or, for a law, the years) of the texts ``clause`` names."""
    folded = fold(clause).lower()
    return set(_TEXT_NUMBER_ASKED.findall(clause)) | set(_LAW_YEAR.findall(folded))


#: a decimal comma ("0,3 lần") is part of a number, not a break between clauses
_CLAUSE_BREAK = re.compile(r"(?:(?<!\d),|,(?!\d)|[;?])\s*|\s+(?:và|va|còn|con)\s+")
#: words above which a question is a letter, read as case + question, not clause by clause
_SHORT_COMPOUND = 20
#: the same for a question the reform notice alone answers: its past told, then what it asks now
_REFORM_COMPOUND = 32


def _led_by(lead: Answer, answer: Answer) -> Answer:
    """``answer`` after ``lead``, its blocks' "Có." openers dropped: they answer the title the
    question names, not the claim ``lead`` answers "Không." to."""
    return replace(
        answer,
        text=f"{lead.text}\n\n{_openers_dropped(answer.text, 'Có. ')}",
        sources=list(dict.fromkeys([*lead.sources, *answer.sources])),
        parts=[*lead.parts, *answer.parts],
    )


def _case_barred(rule: HearsayRule, verdict: str) -> bool:
    """Whether the rule bars the case told, for an act judged after it ("… vậy xã tặng LĐTT cho
    nông dân là sai, đúng k"). A rule's direct answer (``asked``) says whether the case may have
    the thing, whatever the claim's polarity; its claim verdict says only whether the line quoted
    is right, which bars the case only when the line claims the case may have it (h304)."""
    if rule.asked in ("Có", "Không"):
        return rule.asked == "Không"
    return verdict == "Không"


def _same_block_turned(text: str, other: str) -> bool:
    """The first blocks of two answers share their heading and open with opposite firm
    verdicts ("Có." against "Không."), the first not a ruling on what someone said: "nhóm
    zalo đăng: … nên k LĐTT. đúng k" judged as a saying ("Không. Ý kiến đó chưa đúng.") keeps
    its ruling over the paste put up alone, which loses who said it (f179a with f179b)."""
    head, _, body = text.partition("\n\n")[0].partition("\n")
    other_head, _, other_body = other.partition("\n\n")[0].partition("\n")
    firm = ("Có. ", "Không. ")
    return (
        head == other_head
        and body.startswith(firm)
        and other_body.startswith(firm)
        and body[:3] != other_body[:3]
        and not body.partition(" ")[2].startswith("Ý kiến đó")
    )


#: task f185b (b185): the saying told put up as wrong in the closing ask: "vậy là kế toán nói
#: sai rồi à", "tổ trưởng nói vậy là sai à", "vậy là sai rồi hả"
_SAYING_PUT_UP_WRONG = re.compile(
    r"(?:\b(?:noi|bao)(?: (?:vay|the|nhu vay))?(?: la)?|^(?:vay|nhu vay|the) la)"
    r" sai(?: (?:roi|that))*"
    r" (?:a|ha|u|ak|ah|sao|phai khong|phai k|phai ko|dung khong|dung k)(?: (?:a|ad|ha))?$"
)


#: the turned openers, and the notes on the saying a turned opener replaces
_SAYING_TURNS = (("Có. ", "Không. Ý kiến đó đúng. "), ("Không. ", "Có. Ý kiến đó chưa đúng. "))
_JUDGED_NOTES = ("Lương cơ sở áp dụng là", "Ý kiến đó", "Nhận định đó")
_SAYING_NOTES = ("Ý kiến đó đúng. ", "Ý kiến đó chưa đúng. ", "Nhận định đó chưa đúng. ")


def _closing(question: str) -> str:
    """The folded words of the question's last clause that holds a word."""
    clauses = [folded_words(c) for c in re.split(r"[,.;?!\n]", question)]
    clauses = [c for c in clauses if c]
    return clauses[-1] if clauses else ""


def _openers_dropped(
    text: str, opener: str, then: str | None = None, notes: tuple[str, ...] = ()
) -> str:
    """``text`` with each titled block that opens ``opener`` ("Có. ") losing it, and ``then``
    right after it if given: a block put before them has answered the claim the other way,
    and the officer must not read two plain answers to one line. ``notes`` (an act judged,
    task h393) go too, as the block before has judged that act."""
    blocks = []
    for block in text.split("\n\n"):
        head, sep, body = block.partition("\n")
        if head.startswith("**") and body.startswith(opener):
            body = body.removeprefix(opener)
            if then:
                body = body.removeprefix(then)
            for note in notes:
                body = body.removeprefix(f"{note} ")
            block = head + sep + body
        blocks.append(block)
    return "\n\n".join(blocks)


def _has_verdict(text: str) -> bool:
    """Whether a block of ``text`` opens with a plain "Có." / "Không." / "Tùy"."""
    lines = text.split("\n")
    return any(
        " ".join(fold(body[:12]).split()).startswith(("co.", "khong.", "tuy"))
        for title, body in itertools.pairwise(lines)
        if title.startswith("**")
    )


def _with_lead_verdict(answer: Answer, facts: FactModel | None) -> Answer:
    """A yes/no question answered by an entry that opens "Không cần …" gets "Không." first."""
    text = lead_verdict(answer.question, answer.text, facts)
    if text == answer.text:
        return answer
    parts = (
        [replace(p, answer=text) for p in answer.parts] if len(answer.parts) == 1 else answer.parts
    )
    return replace(answer, text=text, parts=parts)


def _verdict_blocks(text: str) -> int:
    """How many blocks of an answer open with a plain verdict ("Có.", "Không.", "Tùy")."""
    count = 0
    for block in text.split("\n\n"):
        title, _, body = block.partition("\n")
        opening = body if title.startswith("**") else title
        if opening.startswith(("Có.", "Không.", "Tùy")):
            count += 1
    return count
