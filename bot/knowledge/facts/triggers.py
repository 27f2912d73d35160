"""The words a pattern cannot match without: a pre-filter derived from the pattern itself (s43).

``needed(pattern)`` reads a compiled pattern's syntax tree and returns a set of literal strings
one of which every match contains, or None when it can name none (a pattern that may match the
empty string, one ignoring case, one built of character classes only). A rule whose pattern's
needed strings are all absent from a text cannot match it, so its search may be skipped: the
answer is the same by construction, whatever rules are added later, as the set is derived from
each pattern when it is first asked for, never written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["Prefilter", "needed", "present"]


@lru_cache(maxsize=4096)
def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` contains; None if unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable tree only means no pre-filter
        return None
    return _of_sequence(list(tree))


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


class Prefilter:
    """:func:`present` for many patterns at once (s44): ``possible(text)`` is the set of the
    indices ``i`` for which ``present(patterns[i], text)`` is true, found in one pass over the
    patterns' needed strings, each string looked for once however many patterns need it (the
    hearsay rules' first patterns share most of theirs). A None pattern is always possible."""

    __slots__ = ("_always", "_strings")

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

    def possible(self, text: str) -> set[int]:
        out = set(self._always)
        for string, found in self._strings:
            if string in text:
                out.update(found)
        return out


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
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None
        return _of_sequence(list(sub))
    if op is _c.BRANCH:
        return _union(_of_sequence(list(branch)) for branch in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return _of_sequence(list(sub)) if low >= 1 else None
    return None


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    out: set[str] = set()
    for found in sets:
        if found is None:
            return None
        out |= found
    return frozenset(out)
