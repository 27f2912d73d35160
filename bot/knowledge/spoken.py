"""Numbers said aloud, written as digits before any reader sees the question.

A speech recogniser writes what an older officer says into the phone word for word: "mười hai
lần lương cơ sở", "năm mươi phần trăm", "một phẩy năm lần", "hai triệu năm trăm ba mươi nghìn",
"tháng tư năm hai nghìn không trăm hai mươi sáu". Every reader of a count, a share, a sum or a
date reads digits, so the words are written once as the digits they mean ("12 lần", "50%",
"1,5 lần", "2.530.000", "tháng 4 năm 2026"). The words are data (``content/facts/spoken.yaml``);
the grammar (units, tens, hundreds, thousands, a decimal comma) is here. A compound number is
always a number; a lone unit word only before what it counts, since "năm" is also the year and
"một" the article ("năm nay", "một thành tích" stay as said).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.text import fold

__all__ = ["SpokenAsks", "SpokenNumbers"]


@dataclass(frozen=True)
class _Number:
    """One number found in a run of number words: its digits as written, the words it spans,
    and whether it is compound (a lone unit word may be no number at all)."""

    written: str
    end: int
    compound: bool


class _NumberGrammar:
    """Numbers said aloud, read from the word tables of one ``spoken.yaml`` block: the marked
    reader and the bare (typed without marks) one share the grammar over their own words."""

    #: "phẩy" before a decimal; each reader sets its own
    point: frozenset[str]

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.digits = {str(k): int(v) for k, v in raw["digits"].items()}
        self.after_tens = {str(k): int(v) for k, v in raw["after_tens"].items()}
        self.ten = frozenset(raw["ten"])
        self.tens = frozenset(raw["tens"])
        self.hundred = frozenset(raw["hundred"])
        self.zero_tens = frozenset(raw["zero_tens"])
        self.scales = {str(k): int(v) for k, v in raw["scales"].items()}

    def _number(self, low: Sequence[str], at: int) -> _Number | None:
        """The number spoken from ``low[at]`` (groups of three digits times "nghìn" / "triệu",
        then a decimal after "phẩy"), or None when no number starts there."""
        total, end, compound = 0, at, False
        while True:
            group = self._group(low, end, after_scale=end > at)
            if group is None:
                break
            value, stop, grouped = group
            compound = compound or grouped
            if stop < len(low) and low[stop] in self.scales:
                total += value * self.scales[low[stop]]
                end, compound = stop + 1, True
                continue
            total += value
            end = stop
            break
        if end == at:
            return None
        written = f"{total:,}".replace(",", ".") if total >= 10000 else str(total)
        if end + 1 < len(low) and low[end] in self.point and low[end + 1] in self.digits:
            written = f"{total},{self.digits[low[end + 1]]}"
            end, compound = end + 2, True
        elif low[at] == "không" and end == at + 1:
            return None  # "không" alone is the asking word, never zero
        return _Number(written, end, compound)

    def _group(
        self, low: Sequence[str], at: int, after_scale: bool
    ) -> tuple[int, int, bool] | None:
        """A group below a thousand from ``low[at]``: (its value, where it ends, whether it is
        compound); after "nghìn" / "triệu" only a group with hundreds or tens ("hai nghìn không
        trăm …"), never a lone unit, which is the next word's ("hai nghìn năm nay")."""
        value, k, hundreds, tens = 0, at, False, False
        n = len(low)
        if k + 1 < n and low[k] in self.digits and low[k + 1] in self.hundred:
            value, k, hundreds = self.digits[low[k]] * 100, k + 2, True
        if k < n and low[k] in self.ten:
            value, k, tens = value + 10, k + 1, True
        elif k + 1 < n and low[k] in self.digits and low[k + 1] in self.tens and low[k] != "không":
            value, k, tens = value + self.digits[low[k]] * 10, k + 2, True
        elif hundreds and k + 1 < n and low[k] in self.zero_tens and low[k + 1] in self.digits:
            k += 1
            value, k = value + self.digits[low[k]], k + 1
            return value, k, True
        if tens and k < n and low[k] in self.after_tens:
            value, k = value + self.after_tens[low[k]], k + 1
        elif not hundreds and not tens and k < n and low[k] in self.digits:
            if after_scale:
                return None
            if low[k] == "không" and not (k + 1 < n and low[k + 1] in self.point):
                return None
            return self.digits[low[k]], k + 1, False
        if k == at:
            return None
        return value, k, True


class SpokenNumbers(_NumberGrammar):
    """The number words of ``spoken.yaml`` and the one pattern finding a run of them."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__(raw)
        self.point = frozenset(raw["point"])
        self.percent = str(raw["percent"])
        self.months = {str(k): int(v) for k, v in raw["months"].items()}
        self.counted = tuple(str(c) for c in raw["counted"])
        self.five_before = frozenset(raw["five_before"])
        self.bare = {str(k): int(v) for k, v in raw["bare"].items()}
        self.bare_counted = tuple(str(c) for c in raw["bare_counted"])
        self.one_counted = tuple(str(c) for c in raw.get("one_counted") or ())
        #: a sum or a year said aloud and typed without marks (task h419), or None
        self._bare = _BareCompounds(raw["bare_compound"]) if "bare_compound" in raw else None
        #: where a spoken yes/no ends, read first: a number is read inside its own ask
        self.asks: Callable[[str], str] = _AsksBothWays(raw["asks"]) if "asks" in raw else str
        words = {
            *self.digits,
            *self.after_tens,
            *self.ten,
            *self.tens,
            *self.hundred,
            *self.zero_tens,
            *self.scales,
            *self.point,
            *self.months,
            *self.bare,
        }
        alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        # a run of number words: most questions hold one or two lone words ("năm nay")
        percent = r"\s+".join(map(re.escape, self.percent.split()))
        self._run = re.compile(
            rf"(?<!\w)(?P<run>(?:{alternatives})(?:\s+(?:{alternatives}))*)(?!\w)"
            rf"(?P<percent>\s+{percent}(?!\w))?"
        )
        #: the first words of what a lone unit word counts: a lone word before none of them,
        #: not after "tháng", is left at once (most runs are a lone "năm", "hai", "không")
        self._count_firsts = frozenset(
            c.split()[0] for c in (*self.counted, *self.bare_counted, *self.one_counted)
        ) | {self.percent.split()[0]}

    def __call__(self, text: str) -> str:
        """``text`` with every spoken number that is a count, figure or date in digits."""
        low = text.lower()
        if len(low) != len(text):
            return text  # a letter whose lower case changes length: positions would not align
        bare = text.isascii()
        if bare and self._bare is not None:
            text = self._bare(text)
            low = text.lower()
        out: list[str] = []
        last = 0
        for m in self._run.finditer(low):
            if self._left_as_said(m, low):
                continue
            out.append(text[last : m.start()])
            out.append(self._run_written(m, text, low, bare))
            last = m.end()
        if not out:
            return text
        out.append(text[last:])
        written = "".join(out)
        if written != text and "tháng" in written:
            # "một tháng bảy năm hai nghìn …" → "1/7/2025", as the readers of a date read it
            written = _DAY_MONTH.sub(_day_month, written)
        return written

    # ------------------------------------------------------------------ one run

    def _left_as_said(self, m: re.Match[str], low: str) -> bool:
        """A lone word that no word around makes a number ("năm nay", "được không"): the cheap
        test that spares most runs the reading below."""
        run = m.group("run")
        if " " in run or m.group("percent") or run in self.ten:
            return False
        after = low[m.end() + 1 : m.end() + 12].split(" ", 1)[0].rstrip(",.;:?!")
        return after not in self._count_firsts and _word_before(low, m.start()) != "tháng"

    def _run_written(self, m: re.Match[str], text: str, lower: str, bare: bool) -> str:
        words = text[m.start("run") : m.end("run")].split()
        low = m.group("run").split()
        before = _word_before(lower, m.start())
        said_percent = m.group("percent")
        after = self.percent if said_percent else lower[m.end() : m.end() + 40].lstrip()
        out: list[str] = []
        at = 0
        while at < len(low):
            number = None if bare else self._number(low, at)
            if number is None or not number.compound:
                lone = self._lone(low, at, before if at == 0 else low[at - 1], after, bare)
                out.append(lone if lone is not None else words[at])
                at += 1
                continue
            out.append(number.written)
            at = number.end
        if said_percent:
            # "năm mươi phần trăm": the sign after the figure, when the last word is one
            if out[-1][:1].isdigit():
                out[-1] += "%"
            else:
                out.append(said_percent.strip())
        return " ".join(out)

    def _lone(self, low: Sequence[str], at: int, before: str, after: str, bare: bool) -> str | None:
        """A lone unit word as digits where the words around make it a number: after "tháng"
        (a month), before "phần trăm" or before what it counts (None: it stays a word)."""
        word = low[at]
        rest = " ".join(low[at + 1 :]) + (" " if at + 1 < len(low) else "") + after
        if bare:
            n = self.bare.get(word)
            counted = self.bare_counted
        else:
            n = self.digits.get(word, self.bare.get(word))
            counted = self.counted
        if before == "tháng" and not bare:
            month = self.months.get(word, n)
            if month and (word != "năm" or rest.startswith("năm")):
                return str(month)
            return None
        if n is not None and rest.startswith(self.percent) and not bare:
            return str(n)  # "một phần trăm": the sign follows
        if n == 1 and not bare and any(rest.startswith(c) for c in self.one_counted):
            return "1"  # "nộp một bộ bản chính"
        if n is None or n < 2:
            return None
        if not any(rest.startswith(c) and _ends_word(rest, len(c)) for c in counted):
            return None
        if n == 5 and rest.split(" ", 1)[0] not in self.five_before:
            return None
        return str(n)

    # ------------------------------------------------------------------ grammar


class _BareCompounds(_NumberGrammar):
    """Sums and years said aloud, typed without marks (task h419): "hai trieu nam tram ba muoi
    nghin" → "2.530.000", "thang ba nam hai nghin khong tram hai muoi sau" → "thang 3 nam 2026".
    Bare, the unit words fold like other words ("nam" a year, "tram" a station, "sau" after), so
    only a compound run holding a scale word (nghin, ngan, trieu) is a number; the grammar is the
    marked one's (``_NumberGrammar._number``) over the folded words of ``bare_compound``."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__(raw)
        self.point = frozenset(raw.get("point") or ())
        self.months = {str(k): int(v) for k, v in raw["months"].items()}
        self.month_word = str(raw["month_word"])
        self.percent = str(raw["percent"])
        self.year_word = str(raw["year_word"])

    def __call__(self, text: str) -> str:
        text = _BARE_MONTH.sub(self._month_named, text)
        low = text.lower()
        if not any(scale in low for scale in self.scales) and self.percent not in low:
            return text
        spans = [(m.start(), m.end()) for m in re.finditer(r"[a-z]+", low)]
        words = [low[a:b] for a, b in spans]
        # the words of one run must follow each other with only spaces between
        joined = [i > 0 and low[spans[i - 1][1] : spans[i][0]].isspace() for i in range(len(spans))]
        edits: list[tuple[int, int, str]] = []
        at = 0
        while at < len(words):
            starts = words[at] in self.digits or words[at] in self.ten
            number = self._number(words, at) if starts else None
            if number is None or not number.compound or not all(joined[at + 1 : number.end]):
                at += 1
                continue
            end = number.end
            percent = words[end : end + 2] == self.percent.split() and all(joined[end : end + 2])
            if not percent and not any(w in self.scales for w in words[at:end]):
                at += 1
                continue
            if percent:
                # "nam muoi phan tram" → "50%": a compound share, its sign after it
                edits.append((spans[at][0], spans[end + 1][1], f"{number.written}%"))
                at = end + 2
                continue
            edits.append((spans[at][0], spans[end - 1][1], number.written))
            month = self._month(words, at) if number.written.isdigit() else None
            if month is not None:
                first, value = month
                edits.insert(-1, (spans[first][0], spans[at - 2][1], str(value)))
            at = number.end
        for start, end, written in reversed(edits):
            text = text[:start] + written + text[end:]
        return text

    def _month_named(self, m: re.Match[str]) -> str:
        """ "thang muoi hai", "thang chap": a month whose bare words are no other word's."""
        said = m.group("said").lower()
        value = self.months.get(said) or 10 + self.after_tens.get(said.split(" ")[-1], 0)
        return f"{m.group('lead')}{value}"

    def _month(self, words: Sequence[str], at: int) -> tuple[int, int] | None:
        """The month said before "nam" and the year at ``at`` ("thang ba nam …", "thang muoi
        hai nam …"): where its words start and its number, or None."""
        if not 1900 <= int(self._number(words, at).written) <= 2100:  # type: ignore[union-attr]
            return None
        if at < 3 or words[at - 1] != self.year_word:
            return None
        for first in (at - 2, at - 3):
            if first < 1 or words[first - 1] != self.month_word:
                continue
            said = words[first : at - 1]
            if len(said) == 1 and said[0] in self.months:
                return first, self.months[said[0]]
            spoken = said[0] in self.digits or said[0] in self.ten
            value = self._number(list(said), 0) if spoken else None
            if value is not None and value.end == len(said) and 1 <= int(value.written) <= 12:
                return first, int(value.written)
        return None


#: a month said bare by a word no other folds to: "thang muoi hai", "thang muoi mot", "thang
#: muoi", "thang gieng", "thang chap" (task h419); "thang ba" is left (a father, "ba tháng")
_BARE_MONTH = re.compile(
    r"(?<![\w/])(?P<lead>thang )(?P<said>muoi(?: mot| hai)?|gieng|chap)(?![\w/])(?! ngay)",
    re.IGNORECASE,
)


#: a day said before its month, after "ngày" / "từ" or before a year ("từ 1 tháng 7 năm
#: 2025"): "3 tháng" alone is a length of time
_DAY_MONTH = re.compile(
    r"(?<!\w)(?:(?P<lead>(?:ngày|từ)\s+)(?:một|(?P<d>\d{1,2}))|(?:một|(?P<d2>\d{1,2}))"
    r"(?=\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))\s+tháng\s+(?P<m>\d{1,2})"
    r"(?:\s+năm\s+(?P<y>\d{4}))?(?!\w)",
    re.IGNORECASE,
)


def _day_month(m: re.Match[str]) -> str:
    day = m.group("d") or m.group("d2") or "1"
    if not 1 <= int(day) <= 31 or not 1 <= int(m.group("m")) <= 12:
        return m.group()
    year = f"/{m.group('y')}" if m.group("y") else ""
    return f"{m.group('lead') or ''}{day}/{m.group('m')}{year}"


def _word_before(low: str, at: int) -> str:
    """The word ending just before ``at`` (a space between)."""
    start = low.rfind(" ", 0, max(at - 1, 0)) + 1
    return low[start : max(at - 1, 0)]


def _ends_word(text: str, at: int) -> bool:
    return at == len(text) or not text[at].isalnum()


class _AsksBothWays:
    """Where a spoken yes/no ends, for a question with marks and one without: "… chủ tịch xã
    cũng ký được đúng không mà thưởng bao nhiêu" typed bare ("… dung khong ma thuong bao
    nhieu") ends its first ask at the same word (task h419)."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.marked = SpokenAsks(raw)
        # the words of ``asks`` folded, but no filler or restart: "ờ" folds to "o", the bare
        # "ở" (at)
        bare: dict[str, Any] = {k: _folded_data(v) for k, v in raw.items() if k != "restart"}
        bare["fillers"] = []
        self.bare = SpokenAsks(bare)

    def __call__(self, text: str) -> str:
        return self.bare(text) if text.isascii() else self.marked(text)


def _folded_data(value: Any) -> Any:
    """``value`` with every string folded (lists kept in order, duplicates dropped)."""
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return list(dict.fromkeys(_folded_data(v) for v in value))
    return value


#: the fewest words told before an ask opened by "tôi muốn hỏi" for them to be a story
_STORY_WORDS = 8

#: the words before "không" that make it the asking tail, not a negation, before a second ask
#: opened by what it asks ("… được không hồ sơ …"; "không ai", "không thưởng" deny)
_ASKING_BEFORE = frozenset({"được", "phải", "đúng", "đủ", "rồi", "có"})


class SpokenAsks:
    """Where a spoken yes/no ends when the recogniser wrote no mark after it: a "?" put after
    the asking "không" before a second ask, the asker's alternative or an aside, and the
    fillers of a speaker thinking aloud dropped (``asks`` in ``spoken.yaml``)."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.joiners = tuple(str(w) for w in raw["joiners"])
        self.openers = tuple(str(w) for w in raw["openers"])
        self.question_words = frozenset(str(w) for w in raw["question_words"])
        self.reporters = frozenset(str(w) for w in raw["reporters"])
        self.reported = tuple(str(w) for w in raw["reported"])
        #: verbs reporting someone's words in a story ("anh trưởng phòng bảo …")
        self.reported_verbs = tuple(str(w) for w in raw.get("reported_verbs") or ())
        self.asides = tuple(str(w) for w in raw["asides"])
        self.tails = tuple(str(w) for w in raw["tails"])
        #: a particle that closes a yes/no by itself ("… gửi lên xã à mà xã có phải …"), read as
        #: a tail only where no asking word stands before it (task h419)
        self.closing = tuple(str(w) for w in raw.get("closing") or ())
        #: a particle said after the asking word ("không à", "không ạ"): the ask ends after it
        self.particles = frozenset(str(w) for w in raw.get("particles") or ())
        #: words opening a second ask only when one follows them ("nếu được thì … bao nhiêu")
        self.conditions = tuple(str(w) for w in raw.get("conditions") or ())
        #: words opening a second ask only after a particle ("không à bây giờ ai ký"): bare
        #: after "không" they deny ("không được thì", "không còn")
        self.after_particle = tuple(str(w) for w in raw.get("after_particle") or ())
        #: the first words of what may follow an asking "không" that ends its ask
        self._firsts = frozenset(
            w.split()[0]
            for w in (
                *self.joiners,
                *self.openers,
                *self.reporters,
                *self.asides,
                *self.conditions,
            )
        )
        self._firsts_after_particle = self._firsts | {w.split()[0] for w in self.after_particle}
        fillers = [str(f) for f in raw["fillers"]]
        alternatives = "|".join(sorted(map(re.escape, fillers), key=len, reverse=True))
        self._fillers = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)\s*")
        # a filler is a word of its own: "ờ" is also inside "người", "trường"
        self._filler_words = tuple(f" {f} " for f in fillers)
        self.restart = f" {raw['restart']} " if raw.get("restart") else ""
        #: words that open the asker's own ask after a story told without a mark ("… có hai
        #: đồng chí chiến sỹ thi đua cơ sở tôi muốn đề nghị …"): a sentence starts there
        self.ask_starts = tuple(f" {w} " for w in raw.get("ask_starts") or ())
        #: words that tell a figure in the story (a share, a count said aloud, or digits)
        self.story_figures = tuple(str(w) for w in raw.get("story_figures") or ())

    def __call__(self, text: str) -> str:
        low = text.lower()
        padded = f" {low} "
        if any(map(padded.__contains__, self._filler_words)):
            cut = self._fillers.sub("", text)
            if cut != text and len(cut.split()) >= 3:
                text, low = cut, cut.lower()
        if self.restart and self.restart in low:
            text = self._restarted(text)
            low = text.lower()
        text = self._ask_started(text, low)
        low = text.lower()
        ends = [(said, end) for said, end in self._tail_ends(low) if self._ask_ends(low, said, end)]
        for said, end in reversed(ends):
            # a particle after the asking word ("không à") goes with the mark that ends the ask
            text = f"{text[: said - 1]}? {text[end:]}"
        return text

    def _ask_started(self, text: str, low: str) -> str:
        """A story told with no mark, then the asker's own ask ("… tám mươi phần trăm đạt lao
        động tiên tiến tôi muốn đề nghị … được không"): a sentence mark before the ask, so the
        figures told are read as the story, not as what is asked. A text with its own marks
        is left as typed."""
        if "." in low or "?" in low or "!" in low:
            return text
        padded = f" {low}"
        at = max(padded.rfind(w) for w in self.ask_starts) if self.ask_starts else -1
        if at < 0 or padded.count(" ", 0, at) < _STORY_WORDS:
            return text
        story, asked = padded[:at], padded[at:]
        if not self._figures_told(story) or "đúng" in asked:
            return text  # "… có đúng không": what the story tells is what is asked
        if any(f" {r} " in story for r in self.reported_verbs):
            return text  # a rule someone reported in the story is what the ask is about
        return f"{text[: at - 1]}. {text[at:]}"  # padded[at] is the space before the words

    def _figures_told(self, story: str) -> bool:
        return any(f in story for f in self.story_figures) or any(c.isdigit() for c in story)

    def _tail_ends(self, low: str) -> list[tuple[int, int]]:
        """For each asking "không" / "chưa", in order: where the word after it starts, and
        where the words after it and a particle said after it ("không à mà …") start (the
        same place without one). Plain finds: a pattern over a long question costs more."""
        ends: list[tuple[int, int]] = []
        for tail in (*self.tails, *self.closing):
            closing = tail not in self.tails
            at = low.find(f"{tail} ")
            while at >= 0:
                if closing and (at == 0 or _word_before(low, at) in self.tails):
                    at = low.find(f"{tail} ", at + 1)
                    continue
                if at == 0 or low[at - 1] == " ":
                    said = at + len(tail) + 1
                    particle = low[said : said + 4].split(" ", 1)[0]
                    after = said + len(particle) + 1 if particle in self.particles else said
                    ends.append((said, after))
                at = low.find(f"{tail} ", at + 1)
        return sorted(ends)

    def _restarted(self, text: str) -> str:
        """ "hoàn thành nhiệm vụ à không hoàn thành tốt nhiệm vụ": the words said again after
        the restart replace those from the same first word before it (within six words)."""
        at = text.lower().find(self.restart)
        said = text[:at].split(" ")
        again = text[at + len(self.restart) :]
        first = again.split(" ", 1)[0].lower()
        for back in range(1, min(6, len(said)) + 1):
            if said[-back].lower() == first:
                return " ".join([*said[:-back], again])
        return text

    def _ask_ends(self, low: str, said: int, end: int) -> bool:
        """The yes/no whose asking word ends before ``said`` ends there: what follows (from
        ``end``, past a particle said after the asking word) is a second ask or an aside to
        the end."""
        particle = end > said
        firsts = self._firsts_after_particle if particle else self._firsts
        if low[end : end + 12].split(" ", 1)[0] not in firsts:
            return False  # most "không" close the question or deny the word after them
        rest = low[end:].rstrip(" .?!")
        words = rest.split()
        if any(rest.startswith(f"{j} ") for j in self.joiners):
            return True
        opened = self._second_opened(rest, particle)
        if opened is not None:
            return opened
        tail_at = low.rfind(" ", 0, said - 1)
        before = low[low.rfind(" ", 0, max(tail_at, 0)) + 1 : max(tail_at, 0)]
        if before in _ASKING_BEFORE and any(rest.startswith(f"{o} ") for o in self.openers):
            return bool(self.question_words & set(words[1:])) or "bao nhiêu" in rest
        if any(rest.startswith(a) for a in self.asides):
            return True
        return (
            words[0] in self.reporters
            and len(words) <= 9
            and any(rest.endswith(r) for r in self.reported)
        )

    def _second_opened(self, rest: str, particle: bool) -> bool | None:
        """Whether ``rest`` is a second ask opened by a condition ("nếu được thì thưởng bao
        nhiêu") or, after a particle, by a turn of speech ("bây giờ ai ký"): it is when a
        question word follows the opening words. None when no such words open it."""
        openers = (*self.conditions, *self.after_particle) if particle else self.conditions
        opening = next((o for o in openers if rest.startswith(f"{o} ")), None)
        if opening is None:
            return None
        after = rest[len(opening) + 1 :]
        return bool(self.question_words & set(after.split())) or "bao nhiêu" in after
