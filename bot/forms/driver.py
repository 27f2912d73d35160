"""Asking a form's questions in chat, one field at a time, from any flow.

A :class:`FormRunner` is stateless: everything it knows about the conversation lives in
``ctx.state.data[key]``, which the runtime persists after every message, so a restart (or the
user walking away for a day) continues at the same question with every answer kept. The
feature that owns the flow decides when to start a form and what to do with the values::

    runner = FormRunner(forms.get("registration"), key="unit", sources={"movements": ...},
                        extra_choices=[Choice("Hủy", "reg:cancel")])

    await runner.start(ctx)                      # asks the first question
    ...
    @router.flow("reg")
    async def flow(ctx):
        values = await runner.handle(ctx)        # answers, "Bỏ qua", help, edits, confirm
        if values is not None:                   # the user confirmed the review screen
            save(values)

Choices the runner offers carry payloads starting with ``f:``; no feature registers actions
with that prefix, so taps reach the active flow, which passes them to ``handle``.
"""

from __future__ import annotations

import contextlib
import copy
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.core.messages import Choice
from bot.core.text import syllables
from bot.forms.schema import CHOICE_TYPES, FieldDef, FormDef, Option
from bot.forms.values import (
    Invalid,
    boolean_labels,
    check_count,
    explain,
    format_value,
    match_option,
    offered_options,
    parse_value,
)

if TYPE_CHECKING:
    from bot.core.context import Context

PREFIX = "f:"
SKIP_WORDS = {"bo qua", "khong co", "khong", "ko", "-", "khong ghi"}
HELP_WORDS = {"huong dan", "?", "tro giup", "giai thich"}
BACK_WORDS = {"quay lai", "tro lai"}
CONFIRM_WORDS = {"xac nhan", "dong y", "ok", "xong", "gui", "luu"}
TYPED_KINDS = ("int", "year", "phone", "choice", "boolean", "date")

#: Dynamic choices: ``async def source(ctx, values) -> list[Option]``.
Source = Callable[["Context", dict[str, Any]], Awaitable[Sequence[Option]]]


@dataclass(frozen=True, slots=True)
class Problem:
    """A refusal from a feature's check: ``message`` says why and how to fix it; ``field`` is
    the field to ask again (default: the one just answered)."""

    message: str
    field: str | None = None


#: ``async def check(ctx, field_id, values) -> Problem | str | None``; ``field_id`` is None for
#: the whole-record check on confirmation (and at the end of :meth:`FormRunner.read_record`).
Check = Callable[["Context", str | None, dict[str, Any]], Awaitable["Problem | str | None"]]


@dataclass(slots=True)
class Record:
    """A record read from a typed line or a spreadsheet row."""

    values: dict[str, Any]
    #: (field id or None, Vietnamese message) for each problem; empty when the record is good.
    errors: list[tuple[str | None, str]] = field(default_factory=list)
    #: Reminders from chosen options (``Option.note``); not errors.
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _words(text: str) -> str:
    return " ".join(syllables(text))


class FormRunner:
    def __init__(
        self,
        form: FormDef,
        *,
        key: str = "form",
        sources: Mapping[str, Source] | None = None,
        check: Check | None = None,
        extra_choices: Sequence[Choice] = (),
    ) -> None:
        self.form = form
        self.key = key
        self.sources = dict(sources or {})
        self.check = check
        self.extra_choices = list(extra_choices)

    # State --------------------------------------------------------------------------------
    def active(self, ctx: Context) -> bool:
        state = ctx.state.data.get(self.key)
        return isinstance(state, dict) and state.get("form") == self.form.id

    def _state(self, ctx: Context) -> dict[str, Any]:
        """A private copy of the form's state; changes are stored with :meth:`_save`.

        The conversation's data is loaded from a JSON column: mutating nested values in place
        would also change the loaded "original" and the change would never be written.
        """
        state = ctx.state.data.get(self.key)
        if not isinstance(state, dict):
            raise LookupError(f"form {self.form.id!r} is not running under {self.key!r}")
        return copy.deepcopy(state)

    def _save(self, ctx: Context, state: dict[str, Any]) -> None:
        ctx.state.data[self.key] = copy.deepcopy(state)

    def values(self, ctx: Context) -> dict[str, Any]:
        """The answers so far, for visible fields only."""
        if not self.active(ctx):
            return {}
        return self.visible_values(self._state(ctx)["values"])

    def visible_values(self, values: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for f in self.form.fields:
            if f.visible(result | values) and values.get(f.id) is not None:
                result[f.id] = values[f.id]
        return result

    def clear(self, ctx: Context) -> None:
        ctx.state.data.pop(self.key, None)

    async def options(
        self, ctx: Context, field_def: FieldDef, values: dict[str, Any]
    ) -> list[Option]:
        """Every option of a choice field, including refused ones (hidden, but explained)."""
        if field_def.choices:
            return list(field_def.choices)
        if field_def.source:
            source = self.sources.get(field_def.source)
            if source is None:
                raise LookupError(
                    f"form {self.form.id!r} field {field_def.id!r} needs choice source "
                    f"{field_def.source!r}, which the feature did not supply"
                )
            return list(await source(ctx, values))
        return []

    # Starting -----------------------------------------------------------------------------
    async def start(
        self,
        ctx: Context,
        initial: dict[str, Any] | None = None,
        *,
        review: bool = False,
        intro: str | None = None,
    ) -> None:
        """Begin the form (replacing any earlier run under the same key) and ask.

        With ``initial`` values and ``review=True`` (editing a saved record) the user lands
        on the review screen if every required field is already answered.
        """
        values = {k: v for k, v in (initial or {}).items() if v is not None}
        state: dict[str, Any] = {
            "form": self.form.id,
            "values": values,
            "skipped": [],
            "history": [],
            "picked": [],
            "field": None,
            "review": False,
        }
        if review:
            state["skipped"] = [
                f.id for f in self.form.fields if not f.required and f.id not in values
            ]
        self._save(ctx, state)
        await self._advance(ctx, self._state(ctx), prefix=intro)

    async def ask(self, ctx: Context, prefix: str | None = None) -> None:
        """Show the current question (or the review screen) again."""
        state = self._state(ctx)
        if state.get("review"):
            await self._review(ctx, state, prefix)
        else:
            await self._ask(ctx, state, prefix)

    # Handling -----------------------------------------------------------------------------
    async def handle(self, ctx: Context) -> dict[str, Any] | None:
        """Process one message of the user. Returns the values once the user confirmed;
        otherwise None after replying (next question, error, help, review)."""
        state = self._state(ctx)
        choice = ctx.incoming.choice
        if choice is not None and choice.startswith(PREFIX):
            return await self._on_choice(ctx, state, choice[len(PREFIX) :])
        if choice is not None:
            await self.ask(ctx)
            return None
        text = ctx.text
        if state.get("review"):
            return await self._on_review_text(ctx, state, text)
        current = self._current(state)
        if current is None:
            await self._advance(ctx, state)
            return None
        if not text:
            await self._ask(ctx, state, ctx.t("forms.need_text"))
            return None
        folded = _words(text) or text.strip()
        if folded in HELP_WORDS:
            await self._help(ctx, state, current)
            return None
        if folded in BACK_WORDS:
            await self._back(ctx, state)
            return None
        if not current.required and folded in SKIP_WORDS and current.type != "boolean":
            await self._skip(ctx, state, current)
            return None
        if current.type == "multichoice" and folded in CONFIRM_WORDS:
            return await self._finish_multi(ctx, state, current)
        await self._answer_text(ctx, state, current, text)
        return None

    async def _on_choice(
        self, ctx: Context, state: dict[str, Any], action: str
    ) -> dict[str, Any] | None:
        verb, _, rest = action.partition(":")
        field_id, _, arg = rest.partition(":")
        if verb == "ok":
            return await self._confirm(ctx, state)
        if verb == "back":
            await self._back(ctx, state)
            return None
        if verb == "edit" and self.form.has(field_id):
            state["field"] = field_id
            state["review"] = False
            state["picked"] = list(_as_list(state["values"].get(field_id)))
            self._save(ctx, state)
            await self._ask(ctx, self._state(ctx))
            return None
        current = self._current(state)
        if current is None or current.id != field_id or state.get("review"):
            await self.ask(ctx, ctx.t("forms.stale_choice"))
            return None
        if verb == "help":
            await self._help(ctx, state, current)
        elif verb == "skip" and not current.required:
            await self._skip(ctx, state, current)
        elif verb == "keep":
            if current.id in state["skipped"] or state["values"].get(current.id) is not None:
                await self._advance(ctx, state, after=current.id)
            else:
                await self._ask(ctx, state)
        elif verb == "o":
            await self._answer_option(ctx, state, current, arg)
        elif verb == "t":
            await self._toggle(ctx, state, current, arg)
        elif verb == "done":
            return await self._finish_multi(ctx, state, current)
        else:
            await self._ask(ctx, state)
        return None

    async def _on_review_text(
        self, ctx: Context, state: dict[str, Any], text: str
    ) -> dict[str, Any] | None:
        folded = _words(text)
        if folded in CONFIRM_WORDS or folded == _words(self.form.confirm_label):
            return await self._confirm(ctx, state)
        target = folded.removeprefix("sua ").strip()
        for f in self.form.visible_fields(state["values"]):
            if target and target in (_words(f.label), _words(f.column_header)):
                state["field"] = f.id
                state["review"] = False
                self._save(ctx, state)
                await self._ask(ctx, self._state(ctx))
                return None
        await self._review(ctx, state, ctx.t("forms.review_hint"))
        return None

    # Answers ------------------------------------------------------------------------------
    async def _answer_text(
        self, ctx: Context, state: dict[str, Any], current: FieldDef, text: str
    ) -> None:
        options = await self.options(ctx, current, state["values"])
        try:
            value = parse_value(current, text, options, today=ctx.today())
        except Invalid as error:
            await self._ask(ctx, state, explain(ctx.t, current, error))
            return
        await self._accept(ctx, state, current, value, options)

    async def _answer_option(
        self, ctx: Context, state: dict[str, Any], current: FieldDef, value: str
    ) -> None:
        if current.type == "boolean":
            await self._accept(ctx, state, current, value == "1", [])
            return
        options = await self.options(ctx, current, state["values"])
        option = next((o for o in options if o.value == value), None)
        if option is None:
            await self._ask(ctx, state, ctx.t("forms.stale_choice"))
            return
        if option.refused:
            await self._ask(
                ctx,
                state,
                explain(
                    ctx.t, current, Invalid("refused", option=option.label, reason=option.refused)
                ),
            )
            return
        await self._accept(ctx, state, current, option.value, options)

    async def _toggle(
        self, ctx: Context, state: dict[str, Any], current: FieldDef, value: str
    ) -> None:
        picked = list(state.get("picked") or [])
        options = await self.options(ctx, current, state["values"])
        if value not in {o.value for o in offered_options(options)}:
            await self._ask(ctx, state, ctx.t("forms.stale_choice"))
            return
        if value in picked:
            picked.remove(value)
        else:
            picked.append(value)
        state["picked"] = picked
        self._save(ctx, state)
        await self._ask(ctx, self._state(ctx), edit=True)

    async def _finish_multi(
        self, ctx: Context, state: dict[str, Any], current: FieldDef
    ) -> dict[str, Any] | None:
        options = await self.options(ctx, current, state["values"])
        order = [o.value for o in options]
        picked = sorted(
            state.get("picked") or [], key=lambda v: order.index(v) if v in order else 0
        )
        if not picked and not current.required:
            await self._skip(ctx, state, current)
            return None
        try:
            value = check_count(current, picked)
        except Invalid as error:
            await self._ask(ctx, state, explain(ctx.t, current, error))
            return None
        await self._accept(ctx, state, current, value, options)
        return None

    async def _accept(
        self,
        ctx: Context,
        state: dict[str, Any],
        current: FieldDef,
        value: Any,
        options: Sequence[Option],
    ) -> None:
        previous = state["values"].get(current.id)
        state["values"][current.id] = value
        if current.id in state["skipped"]:
            state["skipped"].remove(current.id)
        problem = await self._run_check(ctx, current.id, state["values"])
        if problem is not None:
            if previous is None:
                state["values"].pop(current.id, None)
            else:
                state["values"][current.id] = previous
            target = problem.field or current.id
            if target != current.id and self.form.has(target):
                state["values"].pop(target, None)
                state["field"] = target
            self._save(ctx, state)
            await self._ask(ctx, self._state(ctx), problem.message)
            return
        notes = [o.note for o in options if o.note and o.value in _as_list(value)]
        if current.id not in state["history"]:
            state["history"].append(current.id)
        state["picked"] = []
        self._save(ctx, state)
        await self._advance(
            ctx, self._state(ctx), prefix="\n".join(notes) or None, after=current.id
        )

    async def _skip(self, ctx: Context, state: dict[str, Any], current: FieldDef) -> None:
        state["values"].pop(current.id, None)
        if current.id not in state["skipped"]:
            state["skipped"].append(current.id)
        if current.id not in state["history"]:
            state["history"].append(current.id)
        state["picked"] = []
        self._save(ctx, state)
        await self._advance(ctx, self._state(ctx), after=current.id)

    async def _back(self, ctx: Context, state: dict[str, Any]) -> None:
        history = state["history"]
        current = state.get("field")
        while history and history[-1] == current:
            history.pop()
        if not history:
            await self.ask(ctx, ctx.t("forms.first_question"))
            return
        previous = history.pop()
        state["field"] = previous
        state["review"] = False
        state["picked"] = list(_as_list(state["values"].get(previous)))
        self._save(ctx, state)
        await self._ask(ctx, self._state(ctx))

    async def _confirm(self, ctx: Context, state: dict[str, Any]) -> dict[str, Any] | None:
        missing = self._next_unanswered(state)
        if missing is not None:
            state["field"], state["review"] = missing.id, False
            self._save(ctx, state)
            await self._ask(ctx, self._state(ctx), ctx.t("forms.missing", label=missing.label))
            return None
        values = self.visible_values(state["values"])
        problem = await self._run_check(ctx, None, values)
        if problem is not None:
            if problem.field and self.form.has(problem.field):
                state["field"], state["review"] = problem.field, False
                self._save(ctx, state)
                await self._ask(ctx, self._state(ctx), problem.message)
            else:
                await self._review(ctx, state, problem.message)
            return None
        self.clear(ctx)
        return values

    async def _run_check(
        self, ctx: Context, field_id: str | None, values: dict[str, Any]
    ) -> Problem | None:
        if self.check is None:
            return None
        result = await self.check(ctx, field_id, values)
        if result is None or isinstance(result, Problem):
            return result
        return Problem(str(result))

    # Moving -------------------------------------------------------------------------------
    def _answered(self, state: dict[str, Any], field_id: str) -> bool:
        return state["values"].get(field_id) is not None or field_id in state["skipped"]

    def _next_unanswered(self, state: dict[str, Any]) -> FieldDef | None:
        for f in self.form.visible_fields(state["values"]):
            if not self._answered(state, f.id):
                return f
        return None

    def _current(self, state: dict[str, Any]) -> FieldDef | None:
        field_id = state.get("field")
        if field_id and self.form.has(field_id):
            return self.form.field(field_id)
        return None

    async def _advance(
        self,
        ctx: Context,
        state: dict[str, Any],
        *,
        prefix: str | None = None,
        after: str | None = None,
    ) -> None:
        nxt = self._next_unanswered(state)
        if nxt is None:
            state["field"], state["review"] = None, True
            self._save(ctx, state)
            await self._review(ctx, self._state(ctx), prefix)
            return
        state["field"], state["review"] = nxt.id, False
        state["picked"] = list(_as_list(state["values"].get(nxt.id)))
        self._save(ctx, state)
        await self._ask(ctx, self._state(ctx), prefix)

    # Showing ------------------------------------------------------------------------------
    async def _ask(
        self,
        ctx: Context,
        state: dict[str, Any],
        prefix: str | None = None,
        *,
        edit: bool = False,
    ) -> None:
        current = self._current(state)
        if current is None:
            await self._advance(ctx, state, prefix=prefix)
            return
        values = state["values"]
        visible = self.form.visible_fields(values)
        index = next((i for i, f in enumerate(visible, 1) if f.id == current.id), 1)
        options = await self.options(ctx, current, values)
        choices: list[Choice] = []
        picked_labels: list[str] = []
        if current.type == "choice":
            choices += [
                Choice(o.label, f"{PREFIX}o:{current.id}:{o.value}")
                for o in offered_options(options)
            ]
        elif current.type == "boolean":
            yes, no = boolean_labels(current)
            choices += [
                Choice(yes, f"{PREFIX}o:{current.id}:1"),
                Choice(no, f"{PREFIX}o:{current.id}:0"),
            ]
        elif current.type == "multichoice":
            picked = state.get("picked") or []
            for o in offered_options(options):
                mark = "☑" if o.value in picked else "☐"
                choices.append(Choice(f"{mark} {o.label}", f"{PREFIX}t:{current.id}:{o.value}"))
            picked_labels = [o.label for o in options if o.value in picked]
            choices.append(
                Choice(ctx.t("forms.done_label", count=len(picked)), f"{PREFIX}done:{current.id}")
            )
        answered = self._answered(state, current.id)
        current_text = format_value(current, values.get(current.id), options)
        if answered:
            choices.append(Choice(ctx.t("forms.keep_label"), f"{PREFIX}keep:{current.id}"))
        if not current.required:
            choices.append(Choice(ctx.t("forms.skip_label"), f"{PREFIX}skip:{current.id}"))
        if current.help or any(o.help for o in options):
            choices.append(Choice(ctx.t("forms.help_label"), f"{PREFIX}help:{current.id}"))
        if state["history"] and state["history"][0] != current.id:
            choices.append(Choice(ctx.t("forms.back_label"), f"{PREFIX}back"))
        choices += self.extra_choices
        text = ctx.t(
            "forms.ask",
            prefix=prefix or "",
            index=index,
            total=len(visible),
            field=current,
            kind=current.type,
            required=current.required,
            current=current_text if answered else "",
            picked=picked_labels,
        )
        short = all(len(c.label) <= 16 for c in choices)
        await ctx.reply(text, choices, columns=current.columns or (2 if short else 1), edit=edit)

    async def _help(self, ctx: Context, state: dict[str, Any], current: FieldDef) -> None:
        options = await self.options(ctx, current, state["values"])
        text = ctx.t(
            "forms.help",
            field=current,
            options=[o for o in offered_options(options) if o.help],
        )
        await self._ask(ctx, state, text)

    async def rows(self, ctx: Context, values: dict[str, Any]) -> list[tuple[str, str]]:
        """(label, shown value) for each visible field, as on the review screen."""
        rows: list[tuple[str, str]] = []
        for f in self.form.visible_fields(values):
            options = await self.options(ctx, f, values) if f.type in CHOICE_TYPES else []
            rows.append((f.label, format_value(f, values.get(f.id), options)))
        return rows

    async def _review(self, ctx: Context, state: dict[str, Any], prefix: str | None = None) -> None:
        values = self.visible_values(state["values"])
        rows = await self.rows(ctx, values)
        choices = [Choice(self.form.confirm_label, f"{PREFIX}ok")]
        choices += [
            Choice(ctx.t("forms.edit_label", label=f.label), f"{PREFIX}edit:{f.id}")
            for f in self.form.visible_fields(values)
        ]
        choices += self.extra_choices
        text = ctx.t("forms.review", prefix=prefix or "", title=self.form.title, rows=rows)
        await ctx.reply(text, choices, columns=1)

    # Records from lines and spreadsheets -----------------------------------------------------
    async def read_record(
        self, ctx: Context, raw: Mapping[str, str], *, columns: Sequence[str] | None = None
    ) -> Record:
        """Validate a record given as text per field (a typed line, a spreadsheet row).

        Fields are read in form order so conditions see earlier answers. A required field is
        reported missing only if it is one of ``columns`` (default: the form's line columns);
        fields outside them are asked in chat only.
        """
        cols = set(columns if columns is not None else self._line_columns())
        record = Record(values={})
        for f in self.form.fields:
            if not f.visible(record.values):
                continue
            text = (raw.get(f.id) or "").strip()
            if not text:
                if f.required and f.id in cols:
                    record.errors.append((f.id, explain(ctx.t, f, Invalid("missing"))))
                continue
            options = await self.options(ctx, f, record.values)
            try:
                value = parse_value(f, text, options, today=ctx.today())
            except Invalid as error:
                record.errors.append((f.id, explain(ctx.t, f, error)))
                continue
            record.values[f.id] = value
            problem = await self._run_check(ctx, f.id, record.values)
            if problem is not None:
                record.errors.append((problem.field or f.id, problem.message))
                record.values.pop(f.id, None)
                continue
            record.notes += [o.note for o in options if o.note and o.value in _as_list(value)]
        if record.ok:
            problem = await self._run_check(ctx, None, record.values)
            if problem is not None:
                record.errors.append((problem.field, problem.message))
        return record

    def _line_columns(self) -> list[str]:
        return list(self.form.line.columns) if self.form.line else [f.id for f in self.form.fields]

    async def split_line(self, ctx: Context, line: str) -> dict[str, str]:
        """Assign the parts of a typed line to the form's line columns.

        Parts are taken in order. A typed column (year, choice...) whose part does not fit is
        left empty when the part fits a later typed column (so a missing year is reported as
        missing, not as "nam is not a year"). An optional or hidden text column is skipped when
        the part fits a later typed column. The last column takes whatever remains.
        """
        spec = self.form.line
        if spec is None:
            raise LookupError(f"form {self.form.id!r} has no line format")
        separators = re.escape(spec.separators) + r"\t"
        parts = [p.strip() for p in re.split(f"[{separators}]", line.strip())]
        while parts and not parts[-1]:
            parts.pop()
        columns = [self.form.field(c) for c in spec.columns]
        options = {c.id: await self.options(ctx, c, {}) for c in columns if c.type in CHOICE_TYPES}
        provisional: dict[str, Any] = {}
        raw: dict[str, str] = {}

        def fits(column: FieldDef, part: str) -> bool:
            if column.type == "text" or column.type == "multichoice":
                return False
            if column.type == "choice":
                return match_option(options[column.id], part) is not None
            try:
                parse_value(column, part, today=ctx.today())
            except Invalid:
                return False
            return True

        def fits_later(ci: int, part: str) -> bool:
            return any(fits(c, part) for c in columns[ci + 1 :] if c.type in TYPED_KINDS)

        ci = pi = 0
        while pi < len(parts) and ci < len(columns):
            part, column = parts[pi], columns[ci]
            if not column.visible(provisional):
                ci += 1
                continue
            if part == "":
                ci += 1
                pi += 1
                continue
            if column.type in TYPED_KINDS:
                if not fits(column, part) and fits_later(ci, part):
                    ci += 1
                    continue
                raw[column.id] = part
                with contextlib.suppress(Invalid):
                    provisional[column.id] = parse_value(
                        column, part, options.get(column.id, ()), today=ctx.today()
                    )
                ci += 1
                pi += 1
                continue
            if fits_later(ci, part):
                ci += 1
                continue
            if not column.required or column.when is not None:
                # An optional column yields when the parts left are only enough for the
                # required columns after it ("…, chức vụ, LĐTX": LĐTX is a bad title, not a
                # department).
                needed = sum(1 for c in columns[ci + 1 :] if c.required and c.when is None)
                if len(parts) - pi <= needed:
                    ci += 1
                    continue
            remaining_visible = [c for c in columns[ci + 1 :] if c.visible(provisional)]
            if not remaining_visible:
                raw[column.id] = ", ".join(p for p in parts[pi:] if p)
                pi = len(parts)
                break
            raw[column.id] = part
            ci += 1
            pi += 1
        if pi < len(parts):
            raw["_extra"] = ", ".join(p for p in parts[pi:] if p)
        return raw

    async def read_line(self, ctx: Context, line: str) -> Record:
        raw = await self.split_line(ctx, line)
        extra = raw.pop("_extra", "")
        record = await self.read_record(ctx, raw)
        if extra:
            record.errors.append((None, ctx.t("forms.err_extra", text=extra)))
        return record


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def is_form_choice(ctx: Context) -> bool:
    """True if the message is a tap on a choice a form offered."""
    return bool(ctx.incoming.choice and ctx.incoming.choice.startswith(PREFIX))


__all__ = ["Check", "FormRunner", "Problem", "Record", "Source", "is_form_choice"]
