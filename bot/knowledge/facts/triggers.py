"""The words a pattern cannot match without: a pre-filter derived from the pattern itself (s43).

``needed(pattern)`` reads a compiled pattern's syntax tree and returns a set of literal strings
one of which every match contains, or None when it can name none (a pattern that may match the
empty string, one ignoring case, one built of character classes only). A rule whose pattern's
needed strings are all absent from a text cannot match it, so its search may be skipped: the
answer is the same by construction, whatever rules are added later, as the set is derived from
each pattern when it is first asked for, never written by hand.

``per_question`` (s45a) keeps the last results of a pure reader of the question's text: the
composer's stages, the pair adjusters and the readings of the whole question and of each clause
ask the same reader of the same text many times in one question (``first_option`` of one
question up to 20 times). The cache holds only the last few dozen texts, about what one
question asks, so another question's text is long gone when a question comes back.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache, partial
from types import ModuleType
from typing import Any, TypeVar

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = [
    "PER_QUESTION",
    "Gated",
    "Prefilter",
    "gate_module",
    "gate_patterns",
    "gated",
    "needed",
    "per_question",
    "present",
]

_F = TypeVar("_F", bound=Callable[..., Any])

#: the texts ``per_question`` keeps per reader: the distinct texts one question hands one reader
#: (the question, its asking part, its clauses) are far fewer, and a bench round asks hundreds
#: of other questions before it asks one again
PER_QUESTION = 64


def per_question(reader: _F) -> _F:
    """``reader`` with the results of its last ``PER_QUESTION`` distinct arguments kept. Only
    for a pure function of hashable arguments (texts, tuples of texts) whose result is never
    changed by its callers (a str, a bool, a tuple, None)."""
    return lru_cache(maxsize=PER_QUESTION)(reader)  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains; None if unknown."""
    if isinstance(pattern, Gated):  # a gated pattern's strings are its own (s46b)
        return frozenset(pattern.strings)
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable tree only means no pre-filter
        return None
    strings = _of_sequence(list(tree))
    return None if strings is None else frozenset(_least(strings))


def _least(strings: Iterable[str]) -> list[str]:
    """``strings`` without those holding another of them, sorted: a text holds one of the
    rest exactly when it holds one of ``strings`` (a string holding another is found only
    where that one is), so a gate or a pre-filter looks for fewer (s49b: a tenth of the gates'
    looks a bench round, 478,000 to 428,000)."""
    strings = set(strings)
    return sorted(s for s in strings if not any(o != s and o in s for o in strings))


#: each pattern's needed strings by the pattern's id (a pattern's own hash reads its compiled
#: code every time); the pattern is kept beside them so its id is never reused
_BY_ID: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def present(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text`` (no needed string is in it)."""
    kept = _BY_ID.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        strings = needed(pattern)
        kept = _BY_ID[id(pattern)] = (pattern, None if strings is None else tuple(strings))
    strings = kept[1]
    if strings is None:
        return True
    for string in strings:  # noqa: SIM110 - a plain loop: any() of a generator costs more
        if string in text:
            return True
    return False


#: the number of needed strings from which a :class:`Prefilter` files them by their first three
INDEXED = 128


class Prefilter:
    """:func:`present` for many patterns at once (s44): ``possible(text)`` is the set of the
    indices ``i`` for which ``present(patterns[i], text)`` is true, found in one pass over the
    patterns' needed strings, each string looked for once however many patterns need it (the
    hearsay rules' first patterns share most of theirs). A None pattern is always possible.

    s47b: with many strings, those of three characters or more are filed by their first three,
    and only those whose first three stand somewhere in the text are looked for (a string is in
    the text only where its first three are): the hearsay rules' 511 strings took 55 µs a
    question one by one, most of them absent, 31 µs so. A few strings (the loose names' 56)
    are looked for one by one: the text's triples would cost more than they save."""

    __slots__ = ("_always", "_by_head", "_short", "_strings")

    _by_head: dict[str, tuple[tuple[str | None, tuple[int, ...]], ...]]

    def __init__(self, patterns: Sequence[re.Pattern[str] | None]) -> None:
        always: set[int] = set()
        owners: dict[str, list[int]] = {}
        for i, pattern in enumerate(patterns):
            strings = None if pattern is None else needed(pattern)
            if strings is None:
                always.add(i)
                continue
            for string in strings:
                owners.setdefault(string, []).append(i)
        self._always = frozenset(always)
        self._strings = tuple((string, tuple(found)) for string, found in owners.items())
        short: list[tuple[str, tuple[int, ...]]] = []
        by_head: dict[str, list[tuple[str | None, tuple[int, ...]]]] = {}
        for string, found in self._strings:
            if len(string) < 3 or len(self._strings) < INDEXED:
                short.append((string, found))
            else:
                head = string[:3]
                by_head.setdefault(head, []).append((None if string == head else string, found))
        self._short = tuple(short)
        self._by_head = {head: tuple(strings) for head, strings in by_head.items()}

    def possible(self, text: str) -> set[int]:
        out = set(self._always)
        hits = [found for string, found in self._short if string in text]
        if self._by_head:
            heads = {text[i : i + 3] for i in range(len(text) - 2)}
            by_head = self._by_head
            hits += [
                found
                for head in by_head.keys() & heads
                for string, found in by_head[head]
                if string is None or string in text  # None: the string is its head, found
            ]
        out.update(*hits)
        return out


class Gated:
    """A compiled pattern whose ``search``, ``match``, ``fullmatch``, ``findall`` and
    ``finditer`` answer "no match" at once when none of its needed strings is in the text (the
    regex could not match it), and ask the regex otherwise; everything else (``sub``, ``split``,
    ``pattern``, ``groupindex`` …) is the compiled pattern's own. A match's ``re`` is the
    compiled pattern, never this object."""

    __slots__ = (
        "compiled",
        "findall",
        "finditer",
        "fullmatch",
        "match",
        "pattern",
        "search",
        "split",
        "strings",
        "sub",
        "subn",
    )

    def __init__(self, compiled: re.Pattern[str], strings: Sequence[str]) -> None:
        self.compiled = compiled
        # s46b: what the rules' loops and the late modules read, bound here, not looked up
        # through ``__getattr__`` at each call (``sub`` and ``split`` are the compiled ones)
        self.pattern = compiled.pattern
        self.sub = compiled.sub
        self.subn = compiled.subn
        self.split = compiled.split
        self.strings = tuple(strings)
        self.search = _gate(self.strings, compiled.search, None)
        self.match = _gate(self.strings, compiled.match, None)
        self.fullmatch = _gate(self.strings, compiled.fullmatch, None)
        self.findall = _gate(self.strings, compiled.findall, list)
        self.finditer = _gate(self.strings, compiled.finditer, _no_matches)

    def __getattr__(self, name: str) -> Any:
        if name in Gated.__slots__:  # not set yet (a copy being built): no recursion
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"Gated({self.compiled!r})"

    # equal as the compiled patterns are (s46b: two loads of the same rules are equal rules)
    def __eq__(self, other: object) -> bool:
        if isinstance(other, Gated):
            return self.compiled == other.compiled
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.compiled)


#: a fresh empty iterator, made without a Python call of its own (s46b: 21,000 a round)
_no_matches: Callable[[], Iterator[re.Match[str]]] = partial(iter, ())


#: ``re``'s own end of a search when none is given (``Pattern.search(string, pos=0,
#: endpos=sys.maxsize)``, as ``match``, ``fullmatch``, ``findall`` and ``finditer``)
_END = sys.maxsize


def _gate(strings: tuple[str, ...], method: Callable[..., Any], empty: Any) -> Callable[..., Any]:
    """``method`` run only when one of ``strings`` is in the text; else ``empty`` (None, or a
    maker of a fresh empty list or iterator).

    s49b: the gate takes the compiled method's own parameters, by position or by name, and
    passes them on by position, ``re``'s defaults when none is given (the same search): with
    ``*args, **kwargs`` each of the 139,000 gated calls of a bench round built an empty dict
    and the 32,000 let through unpacked it again."""
    if len(strings) == 1:
        (only,) = strings
        if empty is None:

            def one(string: str, pos: int = 0, endpos: int = _END) -> Any:
                return method(string, pos, endpos) if only in string else None

            return one

        def one_made(string: str, pos: int = 0, endpos: int = _END) -> Any:
            return method(string, pos, endpos) if only in string else empty()

        return one_made

    def any_of(string: str, pos: int = 0, endpos: int = _END) -> Any:
        for needed_string in strings:
            if needed_string in string:
                return method(string, pos, endpos)
        return None if empty is None else empty()

    return any_of


def gated(pattern: re.Pattern[str]) -> Gated | re.Pattern[str]:
    """``pattern`` gated by its needed strings, or itself when it has none (see :func:`needed`)."""
    if isinstance(pattern, Gated):
        return pattern
    strings = needed(pattern)
    return pattern if strings is None else Gated(pattern, sorted(strings))


def compiled_gated(pattern: str) -> re.Pattern[str]:
    """A rule's pattern from YAML compiled and gated by its needed strings (s46b): the one
    helper the hearsay, correction and loose-name loaders share."""
    return gated(re.compile(pattern))  # type: ignore[return-value]


def gate_patterns(modules: Iterable[ModuleType], keep: Iterable[str] = ()) -> int:
    """Every module-level compiled pattern of ``modules`` replaced by :func:`gated` of it, in
    every one of those modules that names it (a pattern imported from another module is the
    same object, gated once). A name in ``keep`` stays the compiled pattern: code that compares
    a match's ``re`` with it by identity. Returns how many names were replaced."""
    modules = list(modules)
    kept = frozenset(keep)
    made: dict[int, Gated | re.Pattern[str]] = {}
    replaced = 0
    for module in modules:
        space = vars(module)
        for name, value in list(space.items()):
            if name in kept or not isinstance(value, re.Pattern):
                continue
            gate = made.get(id(value))
            if gate is None:
                gate = made[id(value)] = gated(value)
            if gate is not value:
                space[name] = gate
                replaced += 1
    return replaced


def gate_module(name: str, keep: Iterable[str] = ()) -> int:
    """:func:`gate_patterns` for one module loaded after the package gated its readers (s46b:
    the rule modules the knowledge base imports later, ``hearsay``, ``corrections`` …): called
    at the end of the module by its own ``__name__``."""
    return gate_patterns([sys.modules[name]], keep)


def fact_modules() -> list[ModuleType]:
    """The fact model's modules loaded now (``bot.knowledge.facts.*``)."""
    prefix = __name__.rpartition(".")[0] + "."
    return [m for n, m in list(sys.modules.items()) if n.startswith(prefix) and m is not None]


def _of_sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best needed set of a sequence: any one of its parts' sets will do; the one whose
    shortest string is longest is kept (the fewest false hits)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        found = _of_item(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    candidates = [c for c in candidates if c and all(c)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _of_item(op: Any, av: Any) -> frozenset[str] | None:
    return _through_item(op, av, _of_sequence)


def _through_item(
    op: Any, av: Any, of_sequence: Callable[[list[Any]], frozenset[str] | None]
) -> frozenset[str] | None:
    """The strings a group, a branch or a repeat needs, each inner sequence read by
    ``of_sequence`` (:func:`_of_sequence`, or :func:`_expanded_sequence` for the gate)."""
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None
        return of_sequence(list(sub))
    if op is _c.BRANCH:
        return _union(of_sequence(list(branch)) for branch in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return of_sequence(list(sub)) if low >= 1 else None
    return None


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = set()
    for found in sets:
        if found is None:
            return None
        out |= found
    return frozenset(out)


# ------------------------------------------------------------------ a case-free gate (s48b)

#: the most strings a run of literals and small branches expands to (see _expanded_runs)
_EXPANDED_MAX = 32


@lru_cache(maxsize=64)
def lowered_gate(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """For ``pattern`` searched in a lower-cased text (with or without ``re.IGNORECASE``):
    ``(strings, extras)`` such that a text holding no string of ``strings`` and no character of
    ``extras`` cannot match; None when no such pair is known.

    ``strings`` are :func:`needed`'s, read case-sensitively, with each run of literals and of
    branches of literals expanded (``\\by (?:e|toi)\\b`` needs "y e" or "y toi", where
    :func:`needed` names "y ", in most texts). Ignoring case, a literal also matches each
    character ``re`` counts as its other case (``re._casefix``: "ı" for "i", "ſ" for "s") and
    each one whose lower case it is: a lower-cased text holds none of the latter, so a text
    holding none of ``extras`` matches each literal only by itself (test_s48b_speed checks
    this over every code point for the corrections pre-check's strings)."""
    from re import _casefix  # type: ignore[attr-defined]

    try:
        tree = _p.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except Exception:  # an unreadable tree only means no gate
        return None
    strings = _expanded_sequence(list(tree))
    if strings is None or any(s != s.lower() for s in strings):
        return None  # a capital literal: its lower case would have to be looked for
    kept = _least(strings)
    chars = {ord(c) for s in kept for c in s}
    extras = sorted({chr(e) for c in chars for e in _casefix._EXTRA_CASES.get(c, ())})
    return tuple(kept), tuple(extras)


def _expanded_sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """:func:`_of_sequence` with runs expanded (see :func:`lowered_gate`)."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})

    def flush() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(run)
        run = frozenset({""})

    for op, av in items:
        if op is _c.AT:
            continue  # zero width: the literals on either side of it are side by side
        options = _literal_options(op, av)
        if options is not None and len(run) * len(options) <= _EXPANDED_MAX:
            run = frozenset(a + b for a in run for b in options)
            continue
        flush()
        if options is not None:
            run = options
            continue
        found = _expanded_item(op, av)
        if found is not None:
            candidates.append(found)
    flush()
    candidates = [c for c in candidates if c and all(c)]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _literal_options(op: Any, av: Any) -> frozenset[str] | None:
    """The strings an item matches when it matches only literals: a literal, a class of
    literals, a group or a branch of sequences of literals; None for anything else."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})
    if op is _c.IN:  # a class of characters listed one by one ("[ab]", "a|b" parsed)
        if all(kind is _c.LITERAL for kind, _ in av):
            return frozenset(chr(code) for _, code in av)
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _literal_sequence(list(sub))
    if op is _c.BRANCH:
        return _union(_literal_sequence(list(branch)) for branch in av[1])
    return None


def _literal_sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    run: frozenset[str] = frozenset({""})
    for op, av in items:
        options = _literal_options(op, av)
        if options is None or len(run) * len(options) > _EXPANDED_MAX:
            return None
        run = frozenset(a + b for a in run for b in options)
    return run


def _expanded_item(op: Any, av: Any) -> frozenset[str] | None:
    return _through_item(op, av, _expanded_sequence)
