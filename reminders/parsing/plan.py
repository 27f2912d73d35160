"""Read a plan's paragraphs and tables into tasks with deadlines.

The walk keeps two stacks: the headings above the current line (a heading such as "2.1. Quý
I/2020" sets the period of every item under it; "III. TỔ CHỨC THỰC HIỆN" makes its sub-headings
the units responsible) and the list items above it (a "- Các ban, ngành ... theo thời gian quy
định:" item gives its unit to the "+ ..." items below it).

For each item the deadline is chosen in this order:

1. an explicit deadline in the item itself ("trước ngày 01/12/2020", "xong trong tháng 01/2020");
2. a rhythm stated by the item ("Định kỳ báo cáo", "ngày 11/6 hằng năm", "Thường xuyên");
3. the period of the heading or table row it sits in ("Quý II/2020", "Tháng 8, 9, 10");
4. an event it waits for ("sau khi kết thúc Hội nghị tổng kết");
5. a period it merely mentions ("6 tháng đầu năm"), when nothing above applies.

A period the item is about ("thành tích năm 2019", "năm học 2019-2020") is never a deadline.
Goals ("Mục đích, yêu cầu"), legal grounds ("Căn cứ ..."), the issue date, recipients ("Nơi
nhận") and the signature block are skipped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from .layout import Block, Paragraph, TableBlock, split_numbering, split_paragraphs
from .metadata import PlanHeader, is_issue_date_line, read_header
from .models import ParsedPlan, PlanTask
from .periods import PlanYear
from .responsibility import subject_of, table_who
from .sections import (
    APPENDIX,
    DETAIL_LABEL,
    PREAMBLE_SKIP,
    SIGNATURE,
    STOP,
    TIME_LABEL,
    WHO_LABEL,
    SectionKind,
    leading_phrase,
    period_only,
    section_kind,
)
from .tables import Table
from .tasktext import cell_items, task_text
from .textnorm import aligned_fold, clean_inline, sentence_spans, word_count
from .timephrases import Strength, TimePhrase, find_time_phrases, resolve_scope

__all__ = ["parse_plan"]

_LONG_PARAGRAPH_WORDS = 60
_HEADING_WORDS = 14


@dataclass(frozen=True)
class _Heading:
    level: int
    body: str
    numbered: bool
    kind: SectionKind
    scope: TimePhrase | None = None
    who: str | None = None


@dataclass(frozen=True)
class _Frame:
    """A list item (or a paragraph ending with ":") that the next items may belong to."""

    bullet: str | None
    who: str | None
    scope: TimePhrase | None


@dataclass
class _Subject:
    """The last line that may be a task, for the "Thời gian:" / "Chủ trì:" lines below it."""

    text: str
    line: int
    context: _Context
    task: PlanTask | None = None
    who: str | None = None


@dataclass(frozen=True)
class _Context:
    scope: TimePhrase | None
    who: str | None
    who_from_table: bool
    section: str | None


class _Reader:
    def __init__(self, header: PlanHeader) -> None:
        self.header = header
        self.plan = header.plan_year
        self.tasks: list[PlanTask] = []
        self.headings: list[_Heading] = []
        self.frames: list[_Frame] = []
        self.in_preamble = True
        self.stopped = False
        self.title_text = aligned_fold(header.title or "")
        self.subject: _Subject | None = None

    # --- context ----------------------------------------------------------------------------

    def _skipping(self) -> bool:
        return any(h.kind in {"purpose", "legal"} for h in self.headings)

    def _in_time_section(self) -> bool:
        return any(h.kind == "time" for h in self.headings)

    def _heading_scope(self) -> TimePhrase | None:
        for heading in reversed(self.headings):
            if heading.scope is not None:
                return heading.scope
        return None

    def _heading_who(self) -> str | None:
        for heading in reversed(self.headings):
            if heading.who is not None:
                return heading.who
        return None

    def _section(self) -> str | None:
        if not self.headings:
            return None
        body = self.headings[-1].body.rstrip(" :.")
        return body if len(body) <= 120 else body[:119].rstrip() + "…"

    def _context(self) -> _Context:
        scope = self._heading_scope()
        who = self._heading_who()
        for frame in reversed(self.frames):
            if frame.scope is not None:
                scope = frame.scope
                break
        for frame in reversed(self.frames):
            if frame.who:
                who = frame.who
                break
        return _Context(scope, who, False, self._section())

    # --- structure ----------------------------------------------------------------------------

    def _push_heading(
        self, level: int, body: str, numbered: bool, line: int, *, maybe_item: bool = False
    ) -> None:
        """Open a section. ``maybe_item``: a short numbered line without a colon, which heads a
        section ("3. Phòng Văn hóa - Thông tin") or is a task under a period ("1.2. Phát động
        phong trào thi đua" under "1. Quý I")."""
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        outer = self._context()
        kind = section_kind(body)
        scope = period_only(body, self.plan) if kind in {"other", "time"} else None
        who = None
        organize = [h for h in self.headings if h.kind == "organize"]
        if organize and kind == "other" and scope is None:
            who = body.rstrip(" :.")
        self.headings.append(_Heading(level, body, numbered, kind, scope, who))
        self.frames.clear()
        self.subject = None
        if scope is None and kind == "other" and not self._skipping():
            # "1. Tổng kết năm 2025 (xong trước 15/01/2026):" is a task as well as a heading.
            self.subject = _Subject(body, line, outer)
            self._candidate(body, line, outer, explicit_only=not maybe_item)

    def _unnumbered_level(self) -> int:
        if not self.headings:
            return 1
        top = self.headings[-1]
        return top.level if not top.numbered else top.level + 1

    def _push_frame(self, bullet: str | None, text: str, context: _Context) -> None:
        if bullet is None:
            self.frames.clear()
        else:
            bullets = [f.bullet for f in self.frames]
            if bullet in bullets:
                del self.frames[bullets.index(bullet) :]
        who = subject_of(text) or context.who
        scope = None
        if text.rstrip().endswith(":"):
            scope = period_only(text, self.plan) or leading_phrase(text, self.plan)
            if scope is None:
                strong = [
                    p
                    for p in find_time_phrases(text, self.plan)
                    if p.strength is Strength.STRONG and p.is_deadline
                ]
                scope = strong[0] if strong else None
        self.frames.append(_Frame(bullet, who, scope))

    # --- blocks -------------------------------------------------------------------------------

    def feed(self, block: Block) -> None:
        if isinstance(block, TableBlock):
            self._table(block.table)
            return
        self._paragraph(block)

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        folded = aligned_fold(text)
        if self.stopped:
            if APPENDIX.match(folded) and (text.isupper() or paragraph.emphasized):
                self.stopped = False
                self.headings.clear()
                self.frames.clear()
            return
        if STOP.match(folded) or (
            (text.isupper() or folded.startswith(("tm", "kt", "t/m"))) and SIGNATURE.match(folded)
        ):
            self.stopped = True
            return
        numbering = split_numbering(text) if paragraph.bullet is None else None
        if self.in_preamble:
            if self._is_letterhead(paragraph, folded):
                return
            if numbering is None and paragraph.bullet is None and not paragraph.emphasized:
                self._candidate(text, paragraph.line, self._context(), explicit_only=True)
                return
            self.in_preamble = False
        if numbering is not None:
            self._numbered(paragraph, numbering.kind, numbering.depth, numbering.text)
            return
        if not self._skipping() and self._detail_line(text, paragraph.line):
            return
        if paragraph.bullet is None:
            period = period_only(text, self.plan)
            heading_like = paragraph.emphasized and word_count(text) <= _HEADING_WORDS + 6
            if (period is not None and not self._in_time_section()) or heading_like:
                self._push_heading(self._unnumbered_level(), text, False, paragraph.line)
                return
        self._item(paragraph)

    def _is_title_line(self, folded: str) -> bool:
        return bool(self.title_text) and folded.strip() in self.title_text

    def _is_letterhead(self, paragraph: Paragraph, folded: str) -> bool:
        """Lines above the plan's first section that are never tasks: letterhead, number,
        issue date, title and the "Căn cứ ..."/"Thực hiện ..." grounds."""
        text = paragraph.text
        return bool(
            PREAMBLE_SKIP.match(folded)
            or (text.isupper() and split_numbering(text) is None)
            or is_issue_date_line(text)
            or self._is_title_line(folded)
            or (re.match(r"(?:ke\s+hoach|chuong\s+trinh)\b", folded) and text[:8].isupper())
        )

    def _numbered(self, paragraph: Paragraph, kind: str, depth: int, body: str) -> None:
        if kind == "roman":
            self._push_heading(1, body, True, paragraph.line)
            return
        level = 1 + depth if kind == "arabic" else 5
        words = word_count(body)
        closing = body.rstrip()[-1:]
        if paragraph.emphasized or (closing == ":" and words <= 45):
            self._push_heading(level, body, True, paragraph.line)
            return
        if words <= _HEADING_WORDS and closing not in {".", ";"}:
            self._push_heading(level, body, True, paragraph.line, maybe_item=True)
            return
        # A long numbered paragraph is an item that also opens a level ("1.1. Phát động ...").
        while self.headings and self.headings[-1].level >= level:
            self.headings.pop()
        context = self._context()
        self.headings.append(_Heading(level, body, True, "other"))
        self.frames.clear()
        self.subject = _Subject(body, paragraph.line, context)
        if not self._skipping():
            self._candidate(body, paragraph.line, context)

    def _item(self, paragraph: Paragraph) -> None:
        if self._skipping():
            return
        text = paragraph.text
        if _GROUNDS.match(aligned_fold(text)):
            return  # "Thực hiện Nghị định số 152/2025/NĐ-CP ...": the grounds, wherever they sit
        if self._detail_line(text, paragraph.line):
            return
        if paragraph.bullet is None:
            self.frames.clear()
        else:
            bullets = [f.bullet for f in self.frames]
            if paragraph.bullet in bullets:
                del self.frames[bullets.index(paragraph.bullet) :]
        context = self._context()
        if self._in_time_section() and period_only(text, self.plan) is not None:
            self._whole_plan(text, paragraph.line, context)
            return
        if self._in_time_section() and self._event_window(text, paragraph.line, context):
            return
        if text.rstrip().endswith(":") or paragraph.bullet is not None:
            self._push_frame(paragraph.bullet, text, context)
        if period_only(text, self.plan) is None:
            self.subject = _Subject(text, paragraph.line, context)
            self._candidate(text, paragraph.line, context)

    def _detail_line(self, text: str, line: int) -> bool:
        """Handle a "Thời gian: ...", "Chủ trì: ..." or other "label: value" detail line."""
        folded = aligned_fold(text)
        subject = self.subject
        time_label = TIME_LABEL.match(folded)
        if time_label:
            value = text[time_label.end() :]
            phrase = resolve_scope(value, self.plan)
            if subject is None and self._in_time_section():
                self._whole_plan(value, line, self._context())
            elif subject is not None and subject.task is None and phrase is not None:
                task = task_text(subject.text, [])
                who = subject.who or self._who(task, subject.context)
                subject.task = self._add(task, phrase, who, subject.context.section, subject.line)
            return True
        who_label = WHO_LABEL.match(folded)
        if who_label:
            who = table_who(text[who_label.end() :])
            if subject is not None and subject.task is not None:
                subject.task.who = who
            elif subject is not None:
                subject.who = who
            return True
        return bool(DETAIL_LABEL.match(folded))

    def _whole_plan(self, text: str, line: int, context: _Context) -> None:
        """The span of the whole plan, from its "Thời gian thực hiện" section.

        "III. THỜI GIAN THỰC HIỆN" / "Từ tháng 10/2019 đến hết tháng 12/2020": the task is the
        plan itself (its title), the unit the issuer.
        """
        phrase = period_only(text, self.plan)
        if phrase is None:
            return
        task = self.header.title or "Thực hiện kế hoạch"
        self._add(task, phrase, self.header.issuer, context.section, line)

    def _event_window(self, text: str, line: int, context: _Context) -> bool:
        """A campaign that runs until an event: "Từ tháng 10-2025 đến khi tổ chức thành công
        Đại hội". The task is the campaign (the plan's title); it has no due date but is kept,
        event-relative, starting where the line says, so the event's date can be asked for."""
        phrases = find_time_phrases(text, self.plan, scope=True)
        events = [p for p in phrases if p.event_relative]
        if not events:
            return False
        rest = text
        for phrase in sorted(phrases, key=lambda p: -p.offset):
            rest = rest[: phrase.offset] + " " + rest[phrase.end :]
        if word_count(re.sub(r"\b(?:[Tt]ừ|[Kk]ể từ)\b", " ", rest)) > 2:
            return False
        starts = [p.start for p in phrases if p.start is not None and not p.event_relative]
        window = replace(
            events[0],
            text=clean_inline(text).strip(" .;"),
            start=min(starts) if starts else None,
        )
        task = self.header.title or "Thực hiện kế hoạch"
        self._add(task, window, self.header.issuer, context.section, line)
        return True

    def _table(self, table: Table) -> None:
        if self.stopped:
            if "time" not in table.roles:
                return
            self.stopped = False
        self.in_preamble = False
        self.subject = None
        if self._skipping():
            return
        content_col = table.column("content")
        time_col = table.column("time")
        who_col = table.column("who")
        if content_col is None:
            return
        table_scope: TimePhrase | None = None
        start = (table.header_row or 0) + 1 if table.header_row is not None else 0
        for row in table.rows[start:]:
            if row.is_spanning:
                title = next(c for c in row.cells if c.strip())
                table_scope = period_only(clean_inline(title), self.plan)
                continue
            cells = row.cells + [""] * (len(table.roles) - len(row.cells))
            base = self._context()
            scope = table_scope or base.scope
            if time_col is not None and cells[time_col].strip():
                scope = resolve_scope(clean_inline(cells[time_col]), self.plan) or scope
            who = table_who(cells[who_col]) if who_col is not None else None
            context = _Context(scope, who or base.who, who is not None, base.section)
            several = (
                self._time_cell_clauses(clean_inline(cells[time_col]))
                if time_col is not None
                else []
            )
            for item in cell_items(cells[content_col]):
                if several and not any(
                    p.strength is Strength.STRONG for p in find_time_phrases(item, self.plan)
                ):
                    # "Tập thể: trước 15/11; cá nhân: trước 20/11": a task per deadline, each
                    # with the cell's words for whom or what it is ("Hồ sơ ... (cá nhân)").
                    for label, phrase in several:
                        task = task_text(item, [])
                        task = f"{task} ({label})" if label else task
                        self._emit(item, [], context, row.line, when=phrase, task=task)
                    continue
                self._candidate(item, row.line, context)

    def _time_cell_clauses(self, text: str) -> list[tuple[str, TimePhrase]]:
        """A table's time cell with several deadlines: (label, deadline) per clause."""
        phrases = find_time_phrases(text, self.plan)
        dated = [
            p
            for p in phrases
            if (p.strength is Strength.STRONG and p.is_deadline)
            or p.recurring_due
            or p.event_relative
        ]
        if len(dated) < 2:
            return []
        clauses = self._clauses(text, dated)
        if len(clauses) < 2:
            return []
        labels = [task_text(clause, [phrase]).rstrip(" :") for clause, phrase in clauses]
        # "(tập thể)", not "(Tập thể)": a label inside the task, not a sentence of its own.
        labels = [lab[:1].lower() + lab[1:] if lab[1:2].islower() else lab for lab in labels]
        return list(zip(labels, [phrase for _, phrase in clauses], strict=True))

    # --- tasks --------------------------------------------------------------------------------

    def _who(self, sentence: str, context: _Context) -> str | None:
        if context.who_from_table:
            return context.who
        return subject_of(sentence) or context.who

    def _add(
        self,
        task: str,
        phrase: TimePhrase | None,
        who: str | None,
        section: str | None,
        line: int,
    ) -> PlanTask | None:
        """Record a task unless it is empty or already recorded; return it."""
        if not task:
            return None
        entry = PlanTask(
            task=task,
            when=phrase.text if phrase else None,
            start=phrase.start if phrase else None,
            due=phrase.due if phrase else None,
            recurring=bool(phrase and phrase.recurring),
            recurrence=phrase.recurrence if phrase else None,
            recurring_due=phrase.recurring_due if phrase else None,
            event_relative=bool(phrase and phrase.event_relative),
            who=who,
            section=section,
            source_line=line,
        )
        key = (entry.task, entry.when, entry.due, entry.source_line)
        for known in self.tasks:
            if (known.task, known.when, known.due, known.source_line) == key:
                return known
        self.tasks.append(entry)
        return entry

    def _units(
        self, text: str, phrases: list[TimePhrase]
    ) -> list[tuple[str, int, list[TimePhrase]]]:
        """Split a long paragraph into its sentences, each with the phrases it holds."""
        if word_count(text) <= _LONG_PARAGRAPH_WORDS:
            return [(text, 0, phrases)]
        units = []
        for start, end in sentence_spans(text):
            inside = [
                replace(p, offset=p.offset - start, end=p.end - start)
                for p in phrases
                if start <= p.offset < end
            ]
            units.append((text[start:end], start, inside))
        return units

    def _candidate(
        self, text: str, line: int, context: _Context, *, explicit_only: bool = False
    ) -> None:
        before = len(self.tasks)
        self._candidate_tasks(text, line, context, explicit_only=explicit_only)
        if self.subject is not None and self.subject.line == line and len(self.tasks) > before:
            self.subject.task = self.tasks[-1]

    def _candidate_tasks(
        self, text: str, line: int, context: _Context, *, explicit_only: bool
    ) -> None:
        phrases = find_time_phrases(text, self.plan)
        leading = leading_phrase(text, self.plan)
        if leading is not None and not any(p.offset == leading.offset for p in phrases):
            phrases = sorted([*phrases, leading], key=lambda p: p.offset)
        for unit, _, inside in self._units(text, phrases):
            self._unit_tasks(unit, inside, line, context, explicit_only=explicit_only)

    def _unit_tasks(
        self,
        text: str,
        phrases: list[TimePhrase],
        line: int,
        context: _Context,
        *,
        explicit_only: bool,
    ) -> None:
        deadlines = [p for p in phrases if p.strength is Strength.STRONG and p.is_deadline]
        recurring = [p for p in phrases if p.recurring]
        if deadlines and recurring:
            # "Hằng năm, tổ chức ... vào ngày 11/6": one yearly date, not a one-off deadline.
            yearly = self._yearly_date(text, recurring, deadlines)
            if yearly is not None:
                self._emit(text, [*recurring, *deadlines], context, line, when=yearly)
                return
        # Yearly dates ("trước ngày 10/8 hằng năm") are deadlines too when a sentence holds
        # several: "... chậm nhất ngày 15/3 năm sau; ... trước ngày 10/8 hằng năm" is two tasks.
        yearly_dates = [p for p in recurring if p.recurring_due]
        if deadlines or len(yearly_dates) > 1:
            dated = sorted(
                [*deadlines, *yearly_dates, *self._separate_events(text, phrases, deadlines)],
                key=lambda p: p.offset,
            )
            clauses = self._clauses(text, dated)
            tasks = _with_subjects([(task_text(c, [p]), p) for c, p in clauses])
            for (clause, phrase), task in zip(clauses, tasks, strict=True):
                self._emit(clause, [phrase], context, line, task=task)
            return
        if recurring:
            chosen = next((p for p in recurring if p.recurring_due), recurring[0])
            self._emit(text, [chosen], context, line)
            return
        events = [p for p in phrases if p.event_relative]
        if len(events) > 1:
            # "Hồ sơ ... trước ngày trao thưởng ít nhất 07 ngày; hồ sơ đột xuất trước 03 ngày".
            clauses = self._clauses(text, events)
            if len(clauses) > 1:
                for clause, phrase in clauses:
                    self._emit(clause, [phrase], context, line)
                return
        if explicit_only:
            # A news item's or a preamble's sentence: only a window stated outright counts
            # ("đến khi tổ chức thành công Đại hội", "trong vòng 10 ngày sau Đại hội").
            firm = [p for p in events if _FIRM_EVENT.search(aligned_fold(p.text))]
            if firm:
                self._emit(text, [firm[0]], context, line)
            return
        weak = [p for p in phrases if p.strength is Strength.WEAK and p.is_deadline]
        if context.scope is not None:
            self._emit(text, [], context, line, when=context.scope)
        elif events:
            self._emit(text, [events[0]], context, line)
        elif weak:
            self._emit(text, [weak[0]], context, line)

    def _emit(
        self,
        text: str,
        phrases: list[TimePhrase],
        context: _Context,
        line: int,
        *,
        when: TimePhrase | None = None,
        task: str | None = None,
    ) -> None:
        """Add the task stated by ``text`` (or ``task``, its words already chosen), dated by
        ``when`` or else by the first of ``phrases`` (the phrases found in ``text``, cut out of
        the task where they open or close it)."""
        dating = when or (phrases[0] if phrases else None)
        # An event-relative task keeps its event in its words: it is what the officer is asked
        # about at confirmation ("Phong trào ... đến khi tổ chức thành công Đại hội").
        cut = [p for p in phrases if not p.event_relative]
        if task is None or (dating is not None and dating.event_relative):
            task = task_text(text, cut)
        title = self.header.title
        if title and _CAMPAIGN_ITSELF.match(aligned_fold(task_text(text, phrases))):
            # "Đợt thi đua được tổ chức từ 15/9 đến 23/12": the campaign is the plan itself.
            event = dating is not None and dating.event_relative
            task = f"{title} ({dating.text})" if event and dating else title
        self._add(task, dating, self._who(task, context), context.section, line)

    @staticmethod
    def _yearly_date(
        text: str, recurring: list[TimePhrase], deadlines: list[TimePhrase]
    ) -> TimePhrase | None:
        yearly = [p for p in recurring if p.recurrence == "yearly" and not p.recurring_due]
        if not yearly or len(deadlines) != 1 or deadlines[0].due is None:
            return None
        deadline = deadlines[0]
        if re.search(r"\d{4}|nam\s+(?:sau|toi)", aligned_fold(deadline.text)):
            return None  # a dated one-off inside a yearly routine keeps its own date
        first, last = sorted([yearly[0], deadline], key=lambda p: p.offset)
        span = text[first.offset : last.end]
        written = span if len(span) <= 80 else f"{first.text} … {last.text}"
        return replace(
            yearly[0],
            text=written.strip(" ,;:."),
            recurring_due=f"{deadline.due.month:02d}-{deadline.due.day:02d}",
        )

    @staticmethod
    def _separate_events(
        text: str, phrases: list[TimePhrase], deadlines: list[TimePhrase]
    ) -> list[TimePhrase]:
        """Event windows in a sentence or ";" clause of their own beside dated deadlines
        ("Phong trào ... đến khi tổ chức thành công Đại hội. Trước ngày 15/8/2025 ...")."""
        bounds = [0, *(m.end() for m in _SENTENCE_CUT.finditer(text)), len(text)]
        found = []
        for start, end in itertools.pairwise(bounds):
            inside = [p for p in phrases if start <= p.offset < end]
            if any(p in deadlines for p in inside):
                continue
            found += [p for p in inside if p.event_relative][:1]
        return found

    @staticmethod
    def _clauses(text: str, deadlines: list[TimePhrase]) -> list[tuple[str, TimePhrase]]:
        """One (clause, deadline) per deadline when a text sets several deadlines.

        "Thôn bình xét trước 25/11; xã công nhận trước 10/12" is two tasks.
        """
        if len(deadlines) == 1:
            return [(text, deadlines[0])]
        cuts = [m.end() for m in _SENTENCE_CUT.finditer(text)]
        for previous, phrase in itertools.pairwise(deadlines):
            between = text[previous.end : phrase.offset]
            if any(previous.end <= cut <= phrase.offset for cut in cuts):
                continue
            # "... trước ngày 15/5 và gửi hồ sơ chậm nhất ngày 20/8": cut at the last "và" or
            # comma between two deadlines that no ";" separates.
            joins = list(re.finditer(r"\s+(?:và|hoặc)\s+|,\s+", between))
            if joins and word_count(between[joins[-1].end() :]) >= 2:
                cuts.append(previous.end + joins[-1].end())
        bounds = [0, *sorted(cuts), len(text)]
        result: list[tuple[str, TimePhrase]] = []
        for start, end in itertools.pairwise(bounds):
            inside = [p for p in deadlines if start <= p.offset < end]
            if inside:
                phrase = replace(
                    inside[0], offset=inside[0].offset - start, end=inside[0].end - start
                )
                # "... trước ngày 10/8 và | báo cáo ...": the joining word ends no task.
                clause = re.sub(r"[\s,]+(?:và|hoặc)\s*$", "", text[start:end])
                result.append((clause, phrase))
        if len(result) <= 1:
            return [(text, deadlines[0])]
        return result


_CARRIED_VERB = re.compile(r"^(?:gui|nop|chuyen|trinh|bao\s+cao)\b")


def _with_subjects(clauses: list[tuple[str, TimePhrase]]) -> list[str]:
    """The task words of each deadline of one sentence, a later clause keeping the subject it
    shares with the first.

    "Hoàn thiện hồ sơ ... gửi xã chậm nhất 05/12, gửi Sở Nội vụ trước 20/12" → the second is
    "Hoàn thiện hồ sơ ... gửi Sở Nội vụ"; "Hồ sơ khen thưởng: tập thể trước 15/11; cá nhân
    trước 20/11" → "Hồ sơ khen thưởng (tập thể)", "Hồ sơ khen thưởng (cá nhân)".
    """
    tasks = [task for task, _ in clauses]
    if len(tasks) < 2:
        return tasks
    first = tasks[0]
    folded_first = aligned_fold(first)
    # "Hồ sơ ... gửi về xã: tập thể" or "Hồ sơ ... gửi về xã (tập thể:": the lead and the label.
    split = _LEAD_LABEL.match(first)
    lead, first_label = (split.group("lead"), split.group("label")) if split else (None, None)
    result = [first]
    for task in tasks[1:]:
        folded = aligned_fold(task)
        verb = _CARRIED_VERB.match(folded)
        if verb:
            at = folded_first.rfind(f" {verb.group(0)} ")
            if at > 0:
                result.append(f"{first[: at + 1]}{task[:1].lower()}{task[1:]}")
                continue
        label = task.strip(" :()")
        if lead and word_count(label) <= 4:
            label = label[:1].lower() + label[1:] if label[1:2].islower() else label
            result.append(f"{lead} ({label})")
            continue
        result.append(task)
    if lead and first_label and len(result) > 1 and result[1].startswith(lead):
        result[0] = f"{lead} ({first_label})"
    return result


_LEAD_LABEL = re.compile(r"^(?P<lead>.+?)\s*(?::\s*|\(\s*)(?P<label>[^():]{1,40}?)\s*:?\s*$")


def parse_plan(text: str, *, year: int | None = None, source_name: str | None = None) -> ParsedPlan:
    """Read a plan's text into dated tasks.

    ``year`` is the year the plan covers when the caller knows it better than the document; it
    is then used for every date written without a year.
    """
    blocks = split_paragraphs(text)
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    header = read_header(paragraphs, year=year)
    reader = _read(blocks, header)
    year_source: str = header.year_source
    if year_source == "issue_date":
        # A Sở's letter of standing filing rules ("chậm nhất ngày 15/3 năm sau", "trước ngày
        # 15/8 hằng năm") is dated, but its dates recur every year: read without the issue year,
        # it is standing rules, and its year is none.
        yearless = replace(header, plan_year=PlanYear(None), year_source="none")
        standing = _read(blocks, yearless)
        if _standing_rules(standing.tasks, strict=True):
            header, reader, year_source = yearless, standing, "standing"
    if header.plan_year.year is None and year_source != "standing":
        # Any year the text names ("V/v ... năm 2026", "nhiệm kỳ 2025 - 2030") beats none, unless
        # read in that year its dates mostly say they recur ("chậm nhất ngày 25/11 hằng năm"): a
        # short notice's "trước ngày 20/3" is this year's, a quy chế's filing dates are yearly.
        named = _any_year(text)
        if named is None:
            if _standing_rules(reader.tasks):
                year_source = "standing"
        else:
            in_named = _read(blocks, replace(header, plan_year=named, year_source="text"))
            if _standing_rules(reader.tasks, strict=True) or _mostly_recurring(in_named.tasks):
                year_source = "standing"
            else:
                header = replace(header, plan_year=named, year_source="text")
                reader, year_source = in_named, "text"
    warnings: list[str] = []
    if year_source in {"issue_date", "text"}:
        warnings.append(
            f"Văn bản không ghi năm kế hoạch; tạm lấy năm {header.plan_year.year} "
            f"({'năm ban hành' if year_source == 'issue_date' else 'năm nêu trong văn bản'}). "
            "Nếu kế hoạch dành cho năm khác, hãy chỉ rõ năm (--year)."
        )
    if year_source == "standing":
        warnings.append(
            "Văn bản là quy định thời hạn áp dụng hằng năm (không gắn với một năm): các hạn "
            "được nhắc lại mỗi năm."
        )
    elif header.plan_year.year is None:
        warnings.append(
            "Không xác định được năm của kế hoạch; các ngày không ghi năm chưa được tính. "
            "Hãy chỉ rõ năm (--year)."
        )
    if not reader.tasks:
        warnings.append("Không tìm thấy nhiệm vụ nào có thời hạn trong văn bản.")
    _attach_source_text(reader.tasks, text)
    return ParsedPlan(
        year=header.plan_year.year,
        title=header.title,
        issuer=header.issuer,
        issued=header.issued,
        school_year=header.plan_year.school_year,
        source_name=source_name,
        year_source=year_source,
        tasks=reader.tasks,
        warnings=warnings,
    )


def _read(blocks: list[Block], header: PlanHeader) -> _Reader:
    reader = _Reader(header)
    for block in blocks:
        reader.feed(block)
    return reader


def _mostly_recurring(tasks: list[PlanTask]) -> bool:
    """Two or more yearly dates and no more one-off dated deadlines than yearly ones."""
    recurring = sum(1 for task in tasks if task.recurring_due)
    return recurring >= 2 and recurring >= sum(1 for task in tasks if task.due)


def _standing_rules(tasks: list[PlanTask], *, strict: bool = False) -> bool:
    """A province's standing rules: yearly dates ("chậm nhất ngày 15/3 năm sau", "trước ngày
    10/8 hằng năm") and no one-off dated deadline.

    ``strict``: several yearly filing deadlines ("trước"/"chậm nhất" ... ) and most of them
    say they recur ("năm sau", "hằng năm"), because a plan whose year is only in its issue date
    also reads as yearly dates once that year is taken away, and a plan's yearly anniversary
    ("ngày 11/6 hằng năm") is no filing rule.
    """
    yearly = [task for task in tasks if task.recurring_due]
    if not yearly or any(task.due for task in tasks):
        return False
    if not strict:
        return True
    said = [
        t
        for t in yearly
        if _SAYS_YEARLY.search(aligned_fold(t.when or ""))
        and _FILING.search(aligned_fold(t.when or ""))
    ]
    return len(said) >= 2 and 2 * len(said) >= len(yearly)


_GROUNDS = re.compile(
    r"^(?:can\s+cu|thuc\s+hien)\s+(?:cac\s+)?(?:luat|nghi\s+dinh|quyet\s+dinh|thong\s+tu|chi\s+thi"
    r"|ke\s+hoach\s+so|cong\s+van|van\s+ban|huong\s+dan\s+so|nghi\s+quyet)\b"
)
_SENTENCE_CUT = re.compile(r";\s*|\.\s+(?=[A-ZĐ])")
# A campaign's own span: "Đợt thi đua được tổ chức", "Phong trào thi đua được triển khai".
_CAMPAIGN_ITSELF = re.compile(
    r"^thoi\s+gian(?:\s+(?:thi\s+dua|thuc\s+hien|trien\s+khai|to\s+chuc|phat\s+dong))?$|^(?:dot|phong\s+trao|cuoc\s+van\s+dong|ke\s+hoach)(?:\s+thi\s+dua)?(?:\s+(?:nay|cao\s+diem))?"
    r"\s+(?:duoc\s+|se\s+duoc\s+|se\s+)?(?:to\s+chuc|trien\s+khai|phat\s+dong|thuc\s+hien"
    r"|dien\s+ra|bat\s+dau)(?:\s+(?:tu|ke\s+tu))?\s*$"
)
# Event windows a news item or preamble states outright.
_FIRM_EVENT = re.compile(r"\bden\s+khi\b|\d{1,3}\s+(?:ngay|tuan|thang)\b")

_FILING = re.compile(r"\b(?:truoc|cham\s+nhat|han)\b")
_SAYS_YEARLY = re.compile(r"\bnam\s+(?:sau|toi|ke\s+tiep)\b|\bhang\s+nam\b")


_A_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


_SCHOOL_YEAR = re.compile(r"\bnam\s+hoc\s+(\d{4})\s*[-/]\s*(\d{4})\b")


def _any_year(text: str) -> PlanYear | None:
    """The year the text names when nothing better says it: a school year ("năm học
    2025-2026") it mentions, else the latest year it names (plans look ahead; citations of older
    documents name earlier years)."""
    school = [
        (int(a), int(b))
        for a, b in _SCHOOL_YEAR.findall(aligned_fold(text))
        if int(b) == int(a) + 1
    ]
    if school:
        first, second = max(school)
        return PlanYear(first, (first, second))
    years = [int(y) for y in _A_YEAR.findall(text)]
    return PlanYear(max(years)) if years else None


def _attach_source_text(tasks: list[PlanTask], text: str) -> None:
    """Each task's own lines of the document, for the reviewer to check (OCR misreads)."""
    lines = text.splitlines()
    for task in tasks:
        if task.source_line is None or not 1 <= task.source_line <= len(lines):
            continue
        taken: list[str] = []
        for raw in lines[task.source_line - 1 : task.source_line + 2]:
            if not raw.strip() or (taken and raw.lstrip()[:1] in {"-", "+", "|", "•"}):
                break
            taken.append(raw.strip())
        source = " ".join(taken)
        task.source_text = source if len(source) <= 300 else source[:299].rstrip() + "…"
