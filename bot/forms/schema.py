"""Form definitions: the YAML schema of ``content/forms/*.yaml``, validated with pydantic.

A form is an ordered list of fields. Each field has a type, a Vietnamese label and prompt,
optional help text, validation rules, static choices or the name of a dynamic choice source
supplied by the feature at run time, and an optional condition (``when``) on earlier answers.
See ``docs/forms.md`` for the full schema with examples.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.core.text import fold

FieldType = Literal["text", "int", "year", "phone", "choice", "multichoice", "boolean", "date"]
CHOICE_TYPES = ("choice", "multichoice")

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_RELATIVE_YEAR = re.compile(r"^year\s*([+-])\s*(\d+)$|^year$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Option(_Model):
    """One choice of a ``choice`` or ``multichoice`` field.

    ``value`` is what is stored; ``label`` is shown; ``aliases`` are other ways people type it
    (abbreviations such as "LĐTT"), compared without marks or case. ``note`` is shown after the
    option is chosen (a reminder, never a refusal). ``refused`` makes the option unavailable:
    it is not offered, and typing it gets the reason.
    """

    value: str
    label: str
    aliases: list[str] = Field(default_factory=list)
    help: str | None = None
    note: str | None = None
    refused: str | None = None

    def spellings(self) -> set[str]:
        """Folded spellings that select this option."""
        return {k for k in (fold(self.value), fold(self.label), *map(fold, self.aliases)) if k}


class Condition(_Model):
    """Show a field only when an earlier field's answer satisfies this.

    Exactly one test: ``equals`` a value, is ``in`` a list, is ``not_in`` a list, or is
    ``filled`` (answered, not skipped) / not filled. For a multichoice field, ``equals`` and
    ``in`` hold when any selected value matches.
    """

    field: str
    equals: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    not_in: list[Any] | None = None
    filled: bool | None = None

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        tests = [
            self.equals is not None,
            self.in_ is not None,
            self.not_in is not None,
            self.filled is not None,
        ]
        if sum(tests) != 1:
            raise ValueError("a condition needs exactly one of equals, in, not_in, filled")
        return self

    def holds(self, values: dict[str, Any]) -> bool:
        value = values.get(self.field)
        present = value is not None and value != [] and value != ""
        if self.filled is not None:
            return present is self.filled
        if not present:
            return self.not_in is not None
        items = value if isinstance(value, list) else [value]
        if self.equals is not None:
            return any(item == self.equals for item in items)
        if self.in_ is not None:
            return any(item in self.in_ for item in items)
        assert self.not_in is not None
        return all(item not in self.not_in for item in items)


YearBound = int | str


class FieldDef(_Model):
    id: str
    type: FieldType
    label: str
    #: The question; defaults to the label.
    prompt: str | None = None
    #: Shown when the user picks "Hướng dẫn".
    help: str | None = None
    #: An example answer, shown under the prompt and in error messages.
    example: str | None = None
    required: bool = True
    #: Static choices (choice, multichoice; optional labels for boolean: yes first, no second).
    choices: list[Option] | None = None
    #: Name of a dynamic choice source the feature supplies (e.g. ``movements``).
    source: str | None = None
    #: Numbers (int) or years (year: an int, or "year-16" relative to the current year).
    min: YearBound | None = None
    max: YearBound | None = None
    min_length: int | None = None
    max_length: int | None = None
    #: Multichoice: how many options may be selected.
    min_items: int | None = None
    max_items: int | None = None
    #: Text: a regular expression the whole answer must match, and what to say if not.
    pattern: str | None = None
    pattern_message: str | None = None
    #: Text: keep line breaks (targets, descriptions).
    multiline: bool = False
    when: Condition | None = None
    #: Column header in Excel templates and exports; defaults to the label.
    header: str | None = None
    #: Buttons per row for the choices.
    columns: int | None = None
    #: Override of the built-in error messages, by code (required, too_short, pattern...).
    messages: dict[str, str] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"field id {value!r} must be lower_snake_case")
        return value

    @field_validator("min", "max")
    @classmethod
    def _check_bound(cls, value: YearBound | None) -> YearBound | None:
        if isinstance(value, str) and not _RELATIVE_YEAR.match(value.strip()):
            raise ValueError(f"bound {value!r}: use a number or 'year', 'year-16', 'year+1'")
        return value

    @model_validator(mode="after")
    def _check_type(self) -> FieldDef:
        if self.type in CHOICE_TYPES and not self.choices and not self.source:
            raise ValueError(f"field {self.id!r}: a {self.type} field needs choices or a source")
        if self.type == "boolean" and self.choices is not None and len(self.choices) != 2:
            raise ValueError(f"field {self.id!r}: boolean choices are [yes, no]")
        if self.pattern is not None:
            re.compile(self.pattern)
        return self

    @property
    def question(self) -> str:
        return self.prompt or self.label

    @property
    def column_header(self) -> str:
        return self.header or self.label

    def bound(self, which: Literal["min", "max"], today: date) -> int | None:
        value = self.min if which == "min" else self.max
        if value is None or isinstance(value, int):
            return value
        match = _RELATIVE_YEAR.match(value.strip())
        assert match is not None
        if match.group(1) is None:
            return today.year
        delta = int(match.group(2))
        return today.year + (delta if match.group(1) == "+" else -delta)

    def visible(self, values: dict[str, Any]) -> bool:
        return self.when is None or self.when.holds(values)


class LineSpec(_Model):
    """How one record is typed on one line (and laid out in an Excel sheet).

    ``columns`` are field ids in order. Optional text columns are skipped when the part in their
    place is clearly the answer to a later typed column (a year, a known choice); the last
    text column takes whatever is left. ``example`` is a complete line.
    """

    columns: list[str]
    example: str | None = None
    #: Characters that separate parts of a line (besides tab).
    separators: str = ",;|"


class FormDef(_Model):
    id: str
    title: str
    intro: str | None = None
    #: Label of the confirming choice on the review screen.
    confirm_label: str = "Xác nhận"
    fields: list[FieldDef]
    line: LineSpec | None = None

    @model_validator(mode="after")
    def _check_fields(self) -> FormDef:
        seen: set[str] = set()
        for field in self.fields:
            if field.id in seen:
                raise ValueError(f"form {self.id!r}: field {field.id!r} appears twice")
            if field.when is not None and field.when.field not in seen:
                raise ValueError(
                    f"form {self.id!r}: field {field.id!r} depends on {field.when.field!r}, "
                    "which must be an earlier field"
                )
            seen.add(field.id)
        if self.line is not None:
            unknown = [c for c in self.line.columns if c not in seen]
            if unknown:
                raise ValueError(f"form {self.id!r}: line columns {unknown} are not fields")
        return self

    def field(self, field_id: str) -> FieldDef:
        for field in self.fields:
            if field.id == field_id:
                return field
        raise KeyError(f"form {self.id!r} has no field {field_id!r}")

    def has(self, field_id: str) -> bool:
        return any(f.id == field_id for f in self.fields)

    def visible_fields(self, values: dict[str, Any]) -> list[FieldDef]:
        return [f for f in self.fields if f.visible(values)]


def load_form(path: Path) -> FormDef:
    """Read and validate one form file; errors name the file and the offending field."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a form file holds a mapping")
    data.setdefault("id", path.stem)
    try:
        return FormDef.model_validate(data)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from error


class FormLibrary:
    """Forms of ``content/forms``, loaded by id (the file name) on first use and cached."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._cache: dict[str, FormDef] = {}

    def get(self, form_id: str) -> FormDef:
        form = self._cache.get(form_id)
        if form is None:
            form = load_form(self.directory / f"{form_id}.yaml")
            self._cache[form_id] = form
        return form
