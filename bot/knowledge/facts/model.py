"""Loading ``content/facts/``: entities, subjects, attributes with cue words, facts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.core.text import fold, nfc
from bot.knowledge.facts.dialect import DialectRule, dialect_rules
from bot.knowledge.spoken import SpokenNumbers

__all__ = [
    "Fact",
    "FactModel",
    "Phrase",
    "SourceCite",
    "mark_of",
    "phrase_at",
    "token_marks",
    "tokens",
]

#: libyaml's safe loader when installed (10× faster on these files), else the pure-Python one
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LOADER(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """Rejects a key given twice in one mapping: YAML keeps the last silently, and a title
    written twice in facts.yaml once lost a whole block of facts that way."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue  # "<<: *shared" merges; its keys may be overridden on purpose
            key = key_node.value
            if key in seen:
                raise ValueError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_TOKEN = re.compile(r"\w+|[,;?.!\n/%]")
#: punctuation kept as tokens: it separates the parts of a compound question
BREAKS = frozenset({",", ";", "?", ".", "!", "\n"})


#: the five tone marks (combining): "hoà" and "hòa" carry the same one on different vowels
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


@lru_cache(maxsize=4096)  # of a syllable: a question's clauses are read again (answer.py)
def mark_of(word: str) -> str:
    """A syllable as typed, đ read as d and the tone written last: "hủy" → "huy" + hook,
    "huy" → "huy". Equal to the folded syllable when the syllable carries no mark."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    tone = "".join(c for c in decomposed if c in _TONES)
    shape = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return shape + tone


def token_marks(text: str) -> list[str | None]:
    """For each of :func:`tokens` (same order), the syllable's marks as typed (:func:`mark_of`),
    or None for a number or punctuation, or when the text cannot be aligned."""
    folded = fold(text)
    # s47b: the tokens read as strings or spans, not through each match's group, start and end
    # (four calls a word on every reading)
    if text.isascii():
        # typed without a mark: each syllable is its folded self (the usual phone question)
        return [tok if tok.isalpha() else None for tok in _TOKEN.findall(folded)]
    spans = [m.span() for m in _TOKEN.finditer(folded)]
    typed = nfc(text).lower()
    if len(typed) != len(folded):
        return [None] * len(spans)  # a stray combining mark was dropped: no alignment
    return [mark_of(typed[s:e]) if folded[s:e].isalpha() else None for s, e in spans]


#: share of a question's syllables carrying a mark above which it counts as typed with marks
_MARKED_SHARE = 0.4


def typed_with_marks(toks: list[str], marks: list[str | None]) -> bool:
    """Most syllables carry their marks: a bare one is then really bare ("chỉ huy", not "hủy";
    "cho", not "chở")."""
    known = [(t, m) for t, m in zip(toks, marks, strict=True) if m is not None]
    marked = sum(1 for t, m in known if m != t)
    return marked >= 2 and marked >= _MARKED_SHARE * len(known)


def tokens(text: str) -> list[str]:
    """Folded syllables and the punctuation that splits a question into parts."""
    if len(text) > _TOKENS_CACHED:
        return list(_tokens.__wrapped__(text))
    return list(_tokens(text))


#: one answer tokenises its question and the same fact bodies and titles some 13 times over;
#: nearly all are short (longest seen 412 characters), so a long letter is not kept
_TOKENS_CACHED = 400


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[str, ...]:
    # "01" = "1"; one list comprehension, no append a word (s47b: 31,000 calls a bench round)
    return tuple(
        [
            str(int(tok)) if tok.isdigit() and len(tok) < 6 else tok
            for tok in _TOKEN.findall(fold(text))
        ]
    )


def phrase_at(toks: Sequence[str], phrase: Sequence[str]) -> Iterator[int]:
    """Where ``phrase`` (tokens) stands in ``toks``, first place first."""
    size = len(phrase)
    if not size:
        yield from range(len(toks) + 1)  # as a slice compares: the empty phrase is everywhere
        return
    first, phrase = phrase[0], tuple(phrase)
    for i in range(len(toks) - size + 1):
        # the first token alone rules out nearly every place before a slice is built
        if toks[i] == first and tuple(toks[i : i + size]) == phrase:
            yield i


@dataclass(frozen=True, slots=True)
class SourceCite:
    doc: str
    cite: str

    def text(self) -> str:
        return f"{self.doc}, {self.cite}" if self.cite else self.doc


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    sources: tuple[SourceCite, ...]
    confidence: str
    verdict: str | None = None
    coefficients: tuple[tuple[str, float], ...] = ()
    by_subject: dict[str, Fact] = field(default_factory=dict)
    #: consecutive years this rule needs; a question stating fewer is answered "Không"
    years: int | None = None
    #: what, once the question says the asker has it, settles this case's "Tùy" as "Có" (the
    #: other route of a criterion: "hoàn thành tốt nhiệm vụ" + "có đề tài đã nghiệm thu"), folded
    met_by: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: the other figures a share rule needs (as written → the folded ways a question states
    #: them met): with the share met, all stated decides "Có", any unstated leaves "Tùy"
    also: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    #: cases the rule says are not this one, folded as ``met_by`` ("đợt cao điểm" is not khen
    #: đột xuất): told in a letter, the claim that the case is this one is answered "Không"
    not_met_by: tuple[tuple[tuple[str, ...], str], ...] = ()
    #: a brave deed told by its act (a verb of saving with a person or a danger: "kéo 2 bà cụ
    #: ra khỏi đám cháy") settles this case as ``met_by`` does (khen đột xuất, Luật Điều 85)
    met_by_deed: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """A cue phrase found in a question: what kind of mention it is and which key."""

    kind: str  # "entity" | "subject" | "attr" | "weak" | "none" | "reform" | "authority"
    key: str


@dataclass
class FactModel:
    entities: dict[str, str]  # id -> display name
    specialize: dict[str, dict[str, str]]
    attributes: dict[str, str]  # id -> label
    facts: dict[str, dict[str, Fact]]
    phrases: dict[tuple[str, ...], Phrase]
    casual: dict[str, tuple[str, ...]]
    reform: Fact
    #: subject keys (subjects.yaml)
    subjects: frozenset[str] = frozenset()
    longest: int = 1
    vocabulary: frozenset[str] = frozenset()
    #: first word of a phrase → its longest phrase length (lets matching skip other words fast)
    starts: dict[str, int] = field(default_factory=dict)
    #: attributes answered for every title at once ("*"), also when no title is named
    general: frozenset[str] = frozenset()
    #: attribute → attributes it silences in the same part ("một thành tích … nhiều lần")
    overrides: dict[str, frozenset[str]] = field(default_factory=dict)
    #: attribute → the things its facts name, folded → as written ("huy hieu": "huy hiệu"): a
    #: yes/no question naming one is decided by whether the title's fact names it
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    #: texts no longer in force (number → what replaced it), from ``content/law/replaced.yaml``
    replaced: dict[str, str] = field(default_factory=dict)
    #: folded phrase → every alias folding to it, with its marks as written and what it names,
    #: in definition order: "hủy" (revoke) is not the "huy" of "chỉ huy" when marks are typed
    variants: dict[tuple[str, ...], list[tuple[tuple[str | None, ...], Phrase]]] = field(
        default_factory=dict
    )
    #: entity → the authority naming it also names ("hội đồng tđkt trung ương" is a council
    #: with facts of its own and the central level asked about: "… có xét LĐTT không")
    entity_authority: dict[str, str] = field(default_factory=dict)
    #: attribute → the attributes it asks at once ("quy trình", "các bước": the papers, the
    #: public posting and the time limit of the procedure)
    expands: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: titles counted over one year (``yearly`` in entities.yaml): two won the same year are
    #: counted over the same time
    yearly: frozenset[str] = frozenset()
    #: replaced texts whose successor keeps the rules asked about (``content/facts/carried.yaml``):
    #: a question naming one is told it is replaced, but the rule's own verdict still answers
    carried: frozenset[str] = frozenset()
    #: the titles some title narrows to ("giấy khen tập thể"): kept at load, since the analyser
    #: asks it of every title in every part and scanning ``specialize`` cost a pass each time
    narrowed: frozenset[str] = frozenset()
    #: entity → (folded former name, as written, what dropped it) for names no longer in force
    #: (``former`` in entities.yaml): "khu dân cư văn hóa" is now "thôn, tổ dân phố văn hóa"
    former: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    #: (kind, key) → the folded phrases naming it, in definition order: readers that look for one
    #: title's or attribute's namings anywhere in a question read them here, not by a pass over
    #: every phrase per question
    namings: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: (words officers write, the facts' words for that meaning), longest first, from
    #: ``meanings.yaml`` of the directory loaded (not the process's default content)
    meanings: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    #: the papers of a dossier, folded, longest first ("bao cao thanh tich", "to trinh"), and
    #: the attributes whose facts state one sentence per paper: a question naming a paper is
    #: answered from that paper's sentence, not from another paper's (task h90)
    papers: tuple[str, ...] = ()
    per_paper: frozenset[str] = frozenset()
    #: attribute → the folded verbs that exercise it whatever words its cues use (``acts`` in
    #: attributes.yaml): "không ai thu lại được" denies the revoke fact as "thu hồi" does
    acts: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: phone spellings typed with marks that still stand for the casual word ("hông", "hổng"
    #: for "không"), as :func:`mark_of` gives them: any other marked form is the word as typed
    #: ("hỏng" is broken, never "không")
    casual_marked: frozenset[str] = frozenset()
    #: Southern and Central words (``dialect.yaml``) by folded word: each stands for a standard
    #: word only where its rule's neighbours say so ("còn hôn" is "còn không", "cao hơn" is not)
    dialect: dict[str, tuple[DialectRule, ...]] = field(default_factory=dict)
    #: numbers said aloud (``spoken.yaml``), written as digits by the retyper ("mười hai lần")
    spoken: SpokenNumbers | None = None
    #: form → (the next form up, the attribute that answers it) (``next_up`` in entities.yaml):
    #: "muốn khen cao hơn giấy khen" asks the Bằng khen of the province's chairman (task h346)
    next_up: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, content_dir: Path) -> FactModel:
        base = content_dir / "facts"

        def read(name: str) -> Any:
            return yaml.load((base / name).read_text(encoding="utf-8"), Loader=_LOADER)

        docs: dict[str, str] = read("docs.yaml")
        phrases: dict[tuple[str, ...], Phrase] = {}

        variants: dict[tuple[str, ...], list[tuple[tuple[str | None, ...], Phrase]]] = {}

        def add(alias: str, phrase: Phrase) -> None:
            kept = [(t, m) for t, m in zip(tokens(alias), token_marks(alias), strict=True)]
            kept = [(t, m) for t, m in kept if t not in BREAKS]
            key = tuple(t for t, _ in kept)
            if not key:
                raise ValueError(f"empty alias {alias!r} for {phrase}")
            # The first definition wins: entities are loaded before cue words on purpose.
            phrases.setdefault(key, phrase)
            # An alias written without any mark ("htnv", "ct xã" aside) says nothing of marks.
            marks = tuple(m for _, m in kept) if not alias.isascii() else (None,) * len(key)
            variants.setdefault(key, []).append((marks, phrase))

        entities: dict[str, str] = {}
        specialize: dict[str, dict[str, str]] = {}
        entity_authority: dict[str, str] = {}
        former: dict[str, tuple[tuple[str, str, str], ...]] = {}
        yearly: set[str] = set()
        next_up: dict[str, tuple[str, str]] = {}
        for key, item in read("entities.yaml").items():
            entities[key] = item["name"]
            if item.get("next_up"):
                next_up[key] = (str(item["next_up"][0]), str(item["next_up"][1]))
            if item.get("yearly"):
                yearly.add(key)
            if item.get("authority"):
                entity_authority[key] = str(item["authority"])
            specialize[key] = dict(item.get("specialize") or {})
            if item.get("former"):
                former[key] = tuple(
                    (" ".join(tokens(name)), str(name), str(why))
                    for name, why in item["former"].items()
                )
            for alias in [item["name"], *item["aliases"]]:
                add(alias, Phrase("entity", key))
        reform_data = read("reform.yaml")
        for alias in reform_data["cues"]:
            add(alias, Phrase("reform", "huyen"))
        subject_keys = set()
        for key, aliases in read("subjects.yaml").items():
            subject_keys.add(key)
            for alias in aliases:
                add(alias, Phrase("subject", key))
                if alias.startswith("mới "):
                    # "vừa tuyển", "vừa chuyển về": "vừa" says "just now" as "mới" does
                    add("vừa " + alias[4:], Phrase("subject", key))
        attributes: dict[str, str] = {}
        general: set[str] = set()
        overrides: dict[str, frozenset[str]] = {}
        values: dict[str, dict[str, str]] = {}
        expands: dict[str, tuple[str, ...]] = {}
        papers: list[str] = []
        per_paper: set[str] = set()
        acts: dict[str, tuple[tuple[str, ...], ...]] = {}
        for key, item in read("attributes.yaml").items():
            if key == "none":
                for alias in item["cues"]:
                    add(alias, Phrase("none", ""))
                continue
            if key == "papers":
                papers = sorted((" ".join(tokens(p)) for p in item), key=len, reverse=True)
                continue
            if key == "authority":
                for level, aliases in item.items():
                    for alias in aliases:
                        add(alias, Phrase("authority", level))
                continue
            attributes[key] = item["label"]
            if item.get("values"):
                values[key] = {" ".join(tokens(v)): str(v) for v in item["values"]}
            if item.get("general"):
                general.add(key)
            if item.get("per_paper"):
                per_paper.add(key)
            if item.get("overrides"):
                overrides[key] = frozenset(item["overrides"])
            if item.get("expands"):
                expands[key] = tuple(item["expands"])
            if item.get("acts"):
                acts[key] = tuple(tuple(tokens(act)) for act in item["acts"])
            for alias in item["cues"]:
                add(alias, Phrase("attr", key))
            for alias in item.get("weak") or []:
                add(alias, Phrase("weak", key))
        casual_read = read("casual.yaml") or {}
        casual = {fold(str(k)): tuple(tokens(str(v))) for k, v in casual_read.items()}
        casual_marked = frozenset(
            mark_of(str(k)) for k in casual_read if mark_of(str(k)) != fold(str(k))
        )
        dialect = (
            dialect_rules(read("dialect.yaml"), mark_of)
            if (base / "dialect.yaml").is_file()
            else {}
        )
        if (base / "misheard.yaml").is_file():
            # syllables a speech recogniser mishears ("sáng kiếng"): read as dialect words are
            for word, rules in dialect_rules(read("misheard.yaml"), mark_of).items():
                dialect[word] = dialect.get(word, ()) + rules
        facts: dict[str, dict[str, Fact]] = {}
        for entity, by_attr in read("facts.yaml").items():
            if entity != "*" and entity not in entities:
                raise ValueError(f"facts.yaml: unknown entity {entity!r}")
            facts[entity] = {}
            for attr, raw in by_attr.items():
                if attr not in attributes:
                    raise ValueError(f"facts.yaml: unknown attribute {entity}.{attr}")
                facts[entity][attr] = _fact(raw, docs, f"{entity}.{attr}")
        for entity, target in specialize.items():
            for narrower in target.values():
                if narrower not in entities:
                    raise ValueError(f"entities.yaml: {entity} specializes to unknown {narrower}")
        reform = _fact(reform_data, docs, "reform")
        vocabulary = frozenset(t for key in phrases for t in key) | frozenset(
            t for v in casual.values() for t in v
        )
        starts: dict[str, int] = {}
        for key in phrases:
            starts[key[0]] = max(starts.get(key[0], 0), len(key))
        replaced_file = content_dir / "law" / "replaced.yaml"
        replaced = (
            {
                str(k): str(v)
                for k, v in (yaml.safe_load(replaced_file.read_text("utf-8")) or {}).items()
            }
            if replaced_file.is_file()
            else {}
        )
        return cls(
            entities,
            specialize,
            attributes,
            facts,
            phrases,
            casual,
            reform,
            frozenset(subject_keys),
            max(len(k) for k in phrases),
            vocabulary,
            starts,
            frozenset(general),
            overrides,
            values,
            replaced,
            variants,
            entity_authority,
            expands,
            frozenset(yearly),
            frozenset(str(n) for n in (read("carried.yaml") or []) if str(n) in replaced)
            if (base / "carried.yaml").is_file()
            else frozenset(),
            narrowed=frozenset(n for target in specialize.values() for n in target.values()),
            former=former,
            namings=_namings(phrases),
            meanings=_meanings(base / "meanings.yaml"),
            papers=tuple(papers),
            per_paper=frozenset(per_paper),
            acts=acts,
            casual_marked=casual_marked,
            dialect=dialect,
            spoken=SpokenNumbers(read("spoken.yaml")) if (base / "spoken.yaml").is_file() else None,
            next_up=next_up,
        )

    def names_of(self, kind: str, key: str) -> tuple[tuple[str, ...], ...]:
        """The folded phrases naming ``key`` of ``kind`` ("entity", "attr"), in definition order."""
        return self.namings.get((kind, key), ())

    def title_at(self, toks: Sequence[str], at: int) -> tuple[str, int]:
        """The title named at ``toks[at]`` by its longest naming, and that naming's length (("",
        0) when none): "tập thể lao động tiên tiến" is not also "lao động tiên tiến". The one
        walk behind every reader that finds, counts or spells out the titles in some words."""
        # called for every word of every reading (23,084 calls a bench round): the map is read
        # off the instance without a call, and a word that starts no title returns at once (s45b)
        longest = (self.__dict__.get("_title_starts") or _title_starts(self)).get(toks[at], 0)
        if not longest:
            return "", 0
        for size in range(min(longest, len(toks) - at), 0, -1):
            phrase = self.phrases.get(tuple(toks[at : at + size]))
            if phrase is not None and phrase.kind == "entity":
                return phrase.key, size
        return "", 0

    def title_starts(self) -> dict[str, int]:
        """First word → its longest title naming: a word not in it starts no title, and
        :meth:`title_at` there is ("", 0) (s47b: the readers walking every word ask it first,
        a dict lookup, not a call)."""
        return self.__dict__.get("_title_starts") or _title_starts(self)

    def titles_in(self, toks: Sequence[str]) -> tuple[tuple[str, int, int], ...]:
        """(title, where, how many words) of each title named in ``toks``, read left to right,
        each by its longest naming, the next read after its end. s47b: two pair adjusters
        (held titles, counted titles) walked the same question's words at each reading, one
        :meth:`title_at` call a word; the walk is kept for the last few dozen word lists and
        asks only the words that start a title."""
        key = tuple(toks)
        kept: dict[tuple[str, ...], tuple[tuple[str, int, int], ...]] = self.__dict__.setdefault(
            "_titles_in", {}
        )
        found = kept.get(key)
        if found is None:
            starts = self.title_starts()
            out: list[tuple[str, int, int]] = []
            at, count = 0, len(key)
            while at < count:
                if key[at] in starts:
                    title, size = self.title_at(key, at)
                    if title:
                        out.append((title, at, size))
                        at += size
                        continue
                at += 1
            if len(kept) >= _TITLES_KEPT:
                kept.clear()
            found = kept[key] = tuple(out)
        return found

    def names_title(self, toks: Sequence[str]) -> bool:
        """Whether any title is named in ``toks``."""
        starts = self.title_starts()
        return any(self.title_at(toks, i)[1] for i in range(len(toks)) if toks[i] in starts)

    def fact(self, entity: str, attr: str) -> Fact | None:
        return self.facts.get(entity, {}).get(attr) or self.facts.get("*", {}).get(attr)


#: the word lists whose titles :meth:`FactModel.titles_in` keeps: about what one question asks
_TITLES_KEPT = 64


def _title_starts(model: FactModel) -> dict[str, int]:
    """First word → its longest title naming (most words start none, and ``starts`` counts
    every cue phrase): kept on the model, built on first use (s42)."""
    found: dict[str, int] | None = vars(model).get("_title_starts")
    if found is None:
        found = {}
        for key, phrase in model.phrases.items():
            if phrase.kind == "entity":
                found[key[0]] = max(found.get(key[0], 0), len(key))
        vars(model)["_title_starts"] = found
    return found


def _meanings(path: Path) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(words officers write, the facts' words for that meaning), longest first."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    pairs = [
        (tuple(tokens(asked)), tuple(tokens(group["facts"])))
        for group in (data or {}).values()
        for asked in group["asked"]
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _namings(
    phrases: dict[tuple[str, ...], Phrase],
) -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    grouped: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for phrase, found in phrases.items():
        grouped.setdefault((found.kind, found.key), []).append(phrase)
    return {named: tuple(found) for named, found in grouped.items()}


_CONFIDENCE = {"H", "M", "L"}


def _fact(raw: dict[str, Any], docs: dict[str, str], where: str) -> Fact:
    text = " ".join(str(raw["text"]).split())
    confidence = str(raw.get("conf", "M"))
    if confidence not in _CONFIDENCE:
        raise ValueError(f"{where}: conf must be H, M or L")
    sources = []
    for src in raw.get("src") or []:
        key, _, cite = str(src).partition(":")
        if key.strip() not in docs:
            raise ValueError(f"{where}: unknown document key {key!r}")
        sources.append(SourceCite(docs[key.strip()], cite.strip()))
    if not sources:
        raise ValueError(f"{where}: every fact needs a source")
    verdict = raw.get("verdict")
    by_subject = {}
    for subject, item in (raw.get("by_subject") or {}).items():
        # A case may rest on its own clause (or be less certain) than the general rule.
        own = _fact({"src": raw.get("src"), "conf": confidence, **item}, docs, f"{where}.{subject}")
        by_subject[subject] = own
    coefficients = tuple((str(label), float(c)) for label, c in raw.get("coefficients") or [])
    years = int(raw["years"]) if raw.get("years") else None
    met_by = tuple((tuple(tokens(str(m))), str(m)) for m in raw.get("met_by") or [])
    if met_by and verdict != "Tùy":
        raise ValueError(f"{where}: met_by settles a 'Tùy' case only")
    also = tuple(
        (str(label), tuple(tuple(tokens(str(p))) for p in said))
        for label, said in (raw.get("also") or {}).items()
    )
    not_met_by = tuple((tuple(tokens(str(m))), str(m)) for m in raw.get("not_met_by") or [])
    met_by_deed = bool(raw.get("met_by_deed"))
    if met_by_deed and verdict != "Tùy":
        raise ValueError(f"{where}: met_by_deed settles a 'Tùy' case only")
    return Fact(
        text,
        tuple(sources),
        confidence,
        verdict,
        coefficients,
        by_subject,
        years,
        met_by,
        also,
        not_met_by,
        met_by_deed,
    )
