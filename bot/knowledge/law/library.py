"""The deployment's legal texts: packaged extracts plus what admins imported, searchable by clause.

Texts a loaded text (or ``content/law/replaced.yaml``) says are replaced are kept but never
searched: the bot must not quote a superseded provision as the rule in force. Imported texts
live in the database (:mod:`bot.knowledge.law.store`), so every replica quotes the same ones;
:meth:`LawLibrary.set_imported` swaps them in with the revision they amount to.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from bot.knowledge.index import BM25Index
from bot.knowledge.index_cache import Indexer, build_index
from bot.knowledge.law.model import LawDocument, Provision
from bot.knowledge.law.parse import parse_text
from bot.knowledge.query import BIGRAM_SHARE, STOP, Query
from bot.knowledge.retrieval import Calibration, Candidate, PassageRetriever, _top_indices

__all__ = ["LawAnswer", "LawLibrary"]

log = logging.getLogger(__name__)

#: Hand-set, not fitted: a clause answers only when it holds nearly all of the question's
#: weight (coverage) with a fair BM25 score; the figures were chosen on the tuning questions in
#: tests/knowledge/test_law.py and the officer set's declined questions (BENCHMARKS.md).
LAW_CALIBRATION = Calibration(bias=-9.0, coverage_weight=8.0, score_weight=1.6)
LAW_THRESHOLD = 0.6
#: The long tail (a question nothing else answers, about to be declined): the clause answers when
#: it holds this share of the question's content and the question names nothing the texts never
#: use. Set on tuning questions only (tests/knowledge/law_probes.yaml with a labelled article in
#: the packaged texts, the public tuning half's and the officer tuning set's declined questions,
#: the officer set's off-topic tuning questions): the 14 right clauses score 0.558 or more, every
#: wrong clause or off-topic question 0.510 or less (BENCHMARKS.md, "Long tail: answering from
#: the clause").
TAIL_COVERAGE = 0.53
#: weight of a framing or function word (and of a bigram touching one) in that share, relative to
#: its IDF: 0.05 separated right from wrong clauses on the same questions; 0 (ignoring them) let a
#: question of one or two content words match nearly anything, 0.15 (as the KB's coverage) let
#: a polite reader's framing outweigh the topic
FRAMING_WEIGHT = 0.05
#: How readers frame a question to a legal column, folded: it says nothing about which rule they
#: mean, yet in a corpus of a few hundred clauses its words are rare enough to outweigh the topic
#: ("nguyên tắc khen thưởng hiện nay được nhà nước quy định như thế nào" ranked a clause that
#: says "Nhà nước" above Điều 5 "Nguyên tắc thi đua, khen thưởng").
FRAMING = tuple(
    tuple(phrase.split())
    for phrase in (
        "quy dinh", "hien nay", "hien hanh", "nha nuoc quy", "phap luat", "theo luat",
        "nhu the nao", "the nao", "ra sao", "bao lau", "cho em hoi", "cho toi hoi", "cho hoi",
        "xin hoi", "quy anh chi", "anh chi", "ban bien tap", "kinh gui", "xin chao",
    )
)  # fmt: skip
#: longest quote shown from a clause (characters)
QUOTE = 320
#: longest list of điểm shown under a khoản that announces them (characters)
LIST_QUOTE = 900
#: each sentence that names the district says in itself that it is gone: an officer reading the
#: first clause alone ("quy định này còn nêu cấp huyện") must not take the district as current
DISTRICT_NOTE = (
    "Lưu ý: quy định này còn nêu cấp huyện, nhưng từ 01/7/2025 không còn cấp huyện; việc của "
    "huyện nay do xã hoặc tỉnh làm."
)
PARTIAL_NOTE = (
    "Văn bản này trong hệ thống là bản trích, chưa đối chiếu toàn văn: anh/chị kiểm tra văn bản "
    "gốc (vbpl.vn, Công báo) trước khi dùng chính thức."
)
_KEY = re.compile(r"[^a-z0-9]+")
#: words of a clause that name a unit which no longer exists, bracketed in the quote (an
#: editorial mark: the quote stays verbatim) and explained under it
OUTDATED_TERMS = {
    "thị trấn": (
        "Lưu ý: từ 01/7/2025 không còn thị trấn; danh hiệu tập thể cấp xã nay là "
        "“Xã, phường, đặc khu tiêu biểu” (Nghị định 152/2025/NĐ-CP, Điều 50)."
    ),
}


_HUYEN = re.compile(r"\b(?:cấp huyện|huyện)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LawAnswer:
    text: str
    #: (document title, "Điều 5 khoản 2 điểm c")
    source: tuple[str, str]
    confidence: float
    document: str
    provision: Provision


def document_key(name: str) -> str:
    from bot.core.text import fold  # local: keeps the module import light

    return _KEY.sub("-", fold(Path(name).stem).lower()).strip("-")[:60] or "van-ban"


class LawLibrary:
    def __init__(
        self,
        documents: list[LawDocument],
        replaced: dict[str, str] | None = None,
        *,
        indexer: Indexer = build_index,
    ):
        #: builds (or loads from the disk cache) the BM25 index of a list of texts
        self._indexer = indexer
        self.replaced = dict(replaced or {})
        self.documents: dict[str, LawDocument] = {}
        for doc in documents:
            self.documents[doc.key] = doc
        #: the texts that ship with the code; imports are laid over them
        self._packaged = list(self.documents.values())
        #: keys of the texts this deployment imported (its province's rules, full texts)
        self.imported: frozenset[str] = frozenset()
        #: the database revision the imported texts were read at (0: none read yet)
        self.revision = 0
        self._index()

    # ------------------------------------------------------------------ loading and saving

    @classmethod
    def load(cls, content_dir: Path, *, indexer: Indexer = build_index) -> LawLibrary:
        """The packaged texts of ``content_dir/law`` (imports come from the database)."""
        documents: list[LawDocument] = []
        replaced: dict[str, str] = {}
        law_dir = content_dir / "law"
        if law_dir.is_dir():
            table = law_dir / "replaced.yaml"
            if table.is_file():
                replaced = {
                    str(k): str(v) for k, v in (yaml.safe_load(table.read_text()) or {}).items()
                }
            for path in sorted(law_dir.glob("*.md")):
                if path.name.upper() == "README.MD":
                    continue
                documents.append(parse_text(path.read_text(encoding="utf-8"), path.stem))
        return cls(documents, replaced, indexer=indexer)

    def set_imported(self, documents: list[LawDocument], revision: int) -> None:
        """Replace the imported texts with ``documents`` (the database's, at ``revision``).

        A packaged text keeps its place unless an import has the same key.
        """
        texts = {d.key: d for d in self._packaged}
        for doc in documents:
            texts[doc.key] = doc
        for doc in texts.values():
            doc.superseded_by = None  # worked out again against everything now loaded
        self.documents = texts
        self.imported = frozenset(d.key for d in documents)
        self._index()
        self.revision = revision

    # ------------------------------------------------------------------ status

    def _mark_superseded(self) -> None:
        by_number = {d.number: d for d in self.documents.values() if d.number}
        for doc in self.documents.values():
            if doc.number and doc.number in self.replaced:
                doc.superseded_by = self.replaced[doc.number]
        for doc in self.documents.values():
            for number in doc.replaces:
                old = by_number.get(number)
                if old is not None and old is not doc:
                    old.superseded_by = doc.title

    def current(self, as_of: date | None = None) -> list[LawDocument]:
        """Texts in force: not replaced, and (given ``as_of``) already effective."""
        return [
            d
            for d in self.documents.values()
            if not d.superseded_by
            and (as_of is None or d.effective is None or d.effective <= as_of)
        ]

    def _index(self) -> None:
        self._mark_superseded()
        units = [(d, p) for d in self.current() for p in d.provisions if p.text]
        # The headings a clause sits under say what it is about when its own words do not
        # ("2. Việc khen thưởng … sau đây:" is about principles only through its article title).
        retriever = (
            PassageRetriever(self._indexer([_indexed(p) for _, p in units])) if units else None
        )
        # One assignment: a question answered while an import re-indexes (in a worker thread)
        # sees either the old units and index or the new ones, never a mix.
        self._state: tuple[list[tuple[LawDocument, Provision]], PassageRetriever | None] = (
            units,
            retriever,
        )

    # ------------------------------------------------------------------ answering

    def answer(self, query: Query, as_of: date) -> LawAnswer | None:
        """The best clause in force for ``query`` and its confidence (None: nothing matches)."""
        units, retriever = self._state
        if retriever is None or query.empty:
            return None
        for cand in retriever.top(query, 3):
            doc, provision = units[cand.index]
            if doc.effective is not None and doc.effective > as_of:
                continue
            return _answer(query, doc, provision, LAW_CALIBRATION(cand.coverage, cand.bm25))
        return None

    def long_tail(self, query: Query, as_of: date) -> LawAnswer | None:
        """The clause in force that answers ``query`` when no entry, fact or plan does.

        Ranked without the question's framing words, and answered only when the clause holds
        at least :data:`TAIL_COVERAGE` of the question's content and the question names no
        content word the texts never use ("kinh phí", "mở cửa": the texts cannot answer it).
        The confidence is that content coverage (not a fitted probability).
        """
        units, retriever = self._state
        if retriever is None or query.empty:
            return None
        masks = [_framing_mask(v) for v in query.variants]
        terms = _content_terms(query, masks)
        if not terms:
            return None
        index = retriever.index
        for cand in _top(retriever, terms, 3):
            doc, provision = units[cand.index]
            if doc.effective is not None and doc.effective > as_of:
                continue
            # the best variant: a spelling-fixed one may lose the typo the texts never use
            coverage, unknown = max(
                (
                    _content_coverage(index, v, m, cand.index)
                    for v, m in zip(query.variants, masks, strict=True)
                ),
                key=lambda r: (not r[1], r[0]),
            )
            if unknown or coverage < TAIL_COVERAGE:
                return None
            return _answer(query, doc, provision, coverage)
        return None

    def clauses(
        self, query: Query, as_of: date, k: int = 8
    ) -> list[tuple[LawDocument, Provision, float]]:
        """The ``k`` best clauses in force for ``query``, each with its confidence."""
        units, retriever = self._state
        if retriever is None or query.empty:
            return []
        out = []
        for cand in retriever.top(query, k):
            doc, provision = units[cand.index]
            if doc.effective is not None and doc.effective > as_of:
                continue
            out.append((doc, provision, LAW_CALIBRATION(cand.coverage, cand.bm25)))
        return out


def _indexed(p: Provision) -> str:
    headings = " . ".join(h for h in (p.chapter, p.section) if h)
    return f"{headings} . {p.article_title} . {p.lead} . {p.text}"


def _framing_mask(variant: tuple[str, ...]) -> list[bool]:
    """For each syllable of ``variant``: is it framing (:data:`FRAMING`) or a function word?"""
    mask = [s in STOP for s in variant]
    for phrase in FRAMING:
        n = len(phrase)
        for i in range(len(variant) - n + 1):
            if variant[i : i + n] == phrase:
                mask[i : i + n] = [True] * n
    return mask


def _content_terms(query: Query, masks: list[list[bool]]) -> list[str]:
    """BM25 terms of ``query`` without its framing phrases (function words stay: the study found
    dropping them changes nothing); no bigram is formed across a dropped phrase."""
    out: dict[str, None] = {}
    for variant, mask in zip(query.variants, masks, strict=True):
        framing = [m and s not in STOP for s, m in zip(variant, mask, strict=True)]
        for i, s in enumerate(variant):
            if not framing[i]:
                out[s] = None
            if i + 1 < len(variant) and not (framing[i] or framing[i + 1]):
                out[f"{s}_{variant[i + 1]}"] = None
    return list(out)


def _top(retriever: PassageRetriever, terms: list[str], k: int) -> list[Candidate]:
    scores = retriever.index.scores(terms)
    return [Candidate(i, float(scores[i]), float(scores[i]), 0.0) for i in _top_indices(scores, k)]


def _content_coverage(
    index: BM25Index, variant: tuple[str, ...], mask: list[bool], doc: int
) -> tuple[float, bool]:
    """(share of the question's content weight found in clause ``doc``, whether the question
    names a content word no clause uses).

    As :class:`bot.knowledge.query.Coverage`, half syllables and half bigrams, IDF-weighted, but
    framing and function words, and bigrams touching one, weigh :data:`FRAMING_WEIGHT`, and no
    bigram weighs more than its rarer syllable: in a few hundred clauses most junctions ("thưởng
    hiện", "tắc khen") never or hardly occur and took the highest IDF, so a long, polite question
    could never reach the threshold however well the clause matched (0.035 for Điều 5 on
    "nguyên tắc khen thưởng hiện nay được nhà nước quy định như thế nào").
    """
    present = index.term_ids(doc)
    uni: dict[str, float] = {}
    unknown = False
    for s, framing in zip(variant, mask, strict=True):
        weight = index.idf(s) * (FRAMING_WEIGHT if framing else 1.0)
        uni[s] = min(uni.get(s, weight), weight)
        if not framing and not s.isdigit() and index.df(s) == 0:
            unknown = True
    bi: dict[str, float] = {}
    for i in range(len(variant) - 1):
        a, b = variant[i], variant[i + 1]
        term = f"{a}_{b}"
        # capped at its rarer syllable: the junction of two words ("nguyên tắc khen thưởng" →
        # "tắc khen") is rare in any corpus, yet says no more than the words themselves
        weight = min(index.idf(term), max(index.idf(a), index.idf(b)))
        weight *= FRAMING_WEIGHT if mask[i] or mask[i + 1] else 1.0
        bi[term] = min(bi.get(term, weight), weight)

    def share(weights: dict[str, float]) -> float:
        total = sum(weights.values())
        found = sum(w for t, w in weights.items() if index.vocab.get(t, -1) in present)
        return found / total if total else 0.0

    share_u = share(uni)
    share_b = share(bi) if bi else share_u
    return (1 - BIGRAM_SHARE) * share_u + BIGRAM_SHARE * share_b, unknown


def quote(text: str, limit: int = QUOTE) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    # Keep the end as well as the start: a clause's verb often comes last ("… hết hiệu lực kể
    # từ ngày …"), and a quote cut before it can say the opposite of the clause.
    head = text[: limit * 2 // 3].rsplit(" ", 1)[0]
    tail = text[-(limit // 3) :].split(" ", 1)[-1]
    return f"{head} … {tail}"


def _listed(doc: LawDocument, p: Provision) -> list[str]:
    """The điểm of a khoản (or the khoản of an article) that its opening words announce."""
    if p.clause and not p.point:
        items = [q for q in doc.provisions if q.article == p.article and q.clause == p.clause]
        label = lambda q: f"{q.point})"  # noqa: E731
        items = [q for q in items if q.point]
    else:
        items = [q for q in doc.provisions if q.article == p.article and q.clause and not q.point]
        label = lambda q: f"{q.clause}."  # noqa: E731
    out: list[str] = []
    budget = LIST_QUOTE
    for q in items:
        line = f"{label(q)} {quote(q.text, 200)}"
        budget -= len(line)
        if budget < 0:
            out.append("… (xem tiếp trong văn bản)")
            break
        out.append(line)
    return out


#: "… gồm những danh hiệu nào", "các hình thức nào": the asker wants the whole list
_LIST_QUESTION = re.compile(r"\b(?:gom|bao gom|gom co)\b|\b(?:nhung|cac)\b.*\bnao\b")


def _answer(query: Query, doc: LawDocument, provision: Provision, confidence: float) -> LawAnswer:
    """``provision`` as the answer: its listed items when the question asks for a list."""
    listed = _asks_list(query.text) and _list_render(doc, provision)
    return LawAnswer(
        listed or _render(doc, provision),
        (doc.title, provision.where()),
        confidence,
        doc.key,
        provision,
    )


def _asks_list(question: str) -> bool:
    from bot.core.text import fold  # local: keeps the module import light

    return bool(_LIST_QUESTION.search(fold(question)))


def _list_render(doc: LawDocument, p: Provision) -> str | None:
    """For a list question matched to one item (a điểm, or a khoản of a bare list article), the
    whole list it belongs to, each item quoted verbatim; None when ``p`` is not a list item."""
    if p.point:
        parent = next(
            (
                q
                for q in doc.provisions
                if q.article == p.article and q.clause == p.clause and not q.point
            ),
            None,
        )
        if parent is None or not parent.text.rstrip().endswith(":"):
            return None
        where, lead, items = parent.where(), f"“{quote(parent.text)}”", _listed(doc, parent)
    elif p.clause:
        if any(q.article == p.article and q.clause == p.clause and q.point for q in doc.provisions):
            return None  # a khoản with its own points is not a bare list item
        where, lead = f"Điều {p.article}", ""
        items = _listed(doc, Provision(p.article, p.article_title))
    else:
        return None
    body = [f"{p.article_title}:", *([lead] if lead else []), *items]
    return _framed(doc, where, body)


def _framed(doc: LawDocument, where: str, body: list[str]) -> str:
    """A quoted provision as shown: the heading naming where it stands, the body with any
    outdated rule marked, the partial-text note, then the "Căn cứ:" line (one frame for a
    single provision and for a list gathered from an article)."""
    body, notes = _mark_outdated(body)
    lines = [f"**Theo {where} {doc.title}**", *body, *notes]
    if doc.partial:
        lines.append(PARTIAL_NOTE)
    number = f" ({doc.number})" if doc.number and doc.number not in doc.title else ""
    lines.append(f"Căn cứ: {where} {doc.title}{number}.")
    return "\n".join(lines)


def _render(doc: LawDocument, p: Provision) -> str:
    where = p.where()
    body = []
    if p.point and p.lead:
        body.append(f"{p.article_title}: {quote(p.lead, 160)}")
    else:
        body.append(f"{p.article_title}:")
    body.append(f"“{quote(p.text)}”")
    if p.text.rstrip().endswith(":"):
        # "… gồm:" says nothing alone: the list that follows is the answer
        body += _listed(doc, p)
    return _framed(doc, where, body)


def _mark_outdated(lines: list[str]) -> tuple[list[str], list[str]]:
    """Quoted lines with words naming units that no longer exist marked in place (the quote
    stays verbatim inside the marks), and the notes explaining them."""
    notes: list[str] = []
    out = []
    for line in lines:
        for term, note in OUTDATED_TERMS.items():
            if term in line.lower():
                line = re.sub(term, lambda m: f"[{m.group(0)}]", line, flags=re.IGNORECASE)
                notes.append(note)
        if _HUYEN.search(line):
            # every sentence naming the district level says, in place, that it ended
            line = _HUYEN.sub(lambda m: f"{m.group(0)} [không còn từ 01/7/2025]", line)
            notes.append(DISTRICT_NOTE)
        out.append(line)
    return out, list(dict.fromkeys(notes))
