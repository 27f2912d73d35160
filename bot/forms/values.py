"""Reading typed answers into values, and showing values back.

Pure functions: no database, no channel. ``parse_value`` raises :class:`Invalid` with a code
and parameters; :func:`explain` turns it into a Vietnamese sentence through the message
catalogue (``content/templates/forms.j2``) or the field's own ``messages`` override.

Stored values are JSON-friendly: text and phone → str, int and year → int, choice → the
option's ``value``, multichoice → list of values, boolean → bool, date → "YYYY-MM-DD".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from bot.core.numbers import parse_int
from bot.core.text import fold, nfc, syllables
from bot.forms.schema import FieldDef, Option

Render = Callable[..., str]

YES_WORDS = {"co", "yes", "y", "dung", "roi", "da", "ok", "x", "co du", "da du", "dong y"}
NO_WORDS = {"khong", "ko", "k", "no", "n", "chua", "sai", "chua du", "khong co"}
ALL_WORDS = {"tat ca", "chon tat ca", "all"}

_DATE_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2,4}))?$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PHONE_NOISE = re.compile(r"[\s.\-()]")
_INT_GROUPS = re.compile(r"(?<=\d)[ .,](?=\d{3}\b)")


class Invalid(Exception):
    """An answer that does not fit the field; ``code`` names the problem."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def explain(render: Render, field: FieldDef, error: Invalid) -> str:
    """The Vietnamese sentence for ``error`` on ``field``."""
    override = field.messages.get(error.code)
    if override:
        return override
    if error.code == "pattern" and field.pattern_message:
        return field.pattern_message
    return render(
        f"forms.err_{error.code}",
        label=field.label,
        example=field.example or "",
        **error.params,
    )


# Options ----------------------------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(syllables(text))


def match_option(options: Sequence[Option], text: str) -> Option | None:
    """The option ``text`` names: exactly (label, value or alias, marks and case ignored), else
    the only option whose label contains the typed words. None if none or ambiguous."""
    typed = _words(text)
    if not typed:
        return None
    for option in options:
        if typed in {_words(k) for k in option.spellings()}:
            return option
    words = typed.split()
    if len(words) < 2 and len(typed) < 4:
        return None
    found = [o for o in options if f" {typed} " in f" {_words(o.label)} "]
    return found[0] if len(found) == 1 else None


def _number_choice(text: str, offered: Sequence[Option]) -> Option | None:
    stripped = text.strip().rstrip(".")
    number = parse_int(stripped, low=1, high=len(offered))
    if number is not None:
        return offered[number - 1]
    return None


def offered_options(options: Sequence[Option]) -> list[Option]:
    """The options shown to the user (refused ones are hidden)."""
    return [o for o in options if o.refused is None]


def pick_option(text: str, options: Sequence[Option]) -> Option:
    offered = offered_options(options)
    option = _number_choice(text, offered) or match_option(options, text)
    if option is None:
        raise Invalid("not_option", text=text.strip(), options=[o.label for o in offered])
    if option.refused is not None:
        raise Invalid("refused", option=option.label, reason=option.refused)
    return option


def pick_options(text: str, options: Sequence[Option]) -> list[Option]:
    """Several options from one answer: "1, 3", names separated by commas, or "tất cả".

    Option labels may themselves contain commas, so adjacent pieces are joined back when
    together they name an option.
    """
    offered = offered_options(options)
    if fold(text).strip(" .") in ALL_WORDS:
        return list(offered)
    pieces = [p.strip() for p in re.split(r"[,;\n]+", text) if p.strip()]
    chosen: list[Option] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            candidate = ", ".join(pieces[i:j])
            option = (_number_choice(candidate, offered) if j == i + 1 else None) or match_option(
                options, candidate
            )
            if option is not None:
                if option.refused is not None:
                    raise Invalid("refused", option=option.label, reason=option.refused)
                if option not in chosen:
                    chosen.append(option)
                i = j
                break
        else:
            raise Invalid("not_option", text=pieces[i], options=[o.label for o in offered])
    return chosen


# Parsing ----------------------------------------------------------------------------------
def parse_value(field: FieldDef, text: str, options: Sequence[Option] = (), *, today: date) -> Any:
    """The value of a typed answer (never empty: the caller handles empty and "Bỏ qua")."""
    raw = text.strip()
    if not raw:
        raise Invalid("required")
    kind = field.type
    if kind == "text":
        return _text(field, text)
    if kind == "int":
        return _int(field, raw, today)
    if kind == "year":
        return _year(field, raw, today)
    if kind == "phone":
        return _phone(raw)
    if kind == "choice":
        return pick_option(raw, options).value
    if kind == "multichoice":
        return check_count(field, [o.value for o in pick_options(raw, options)])
    if kind == "boolean":
        return _boolean(field, raw)
    if kind == "date":
        return _date(field, raw, today)
    raise AssertionError(kind)


def check_count(field: FieldDef, values: list[str]) -> list[str]:
    if field.min_items is not None and len(values) < field.min_items:
        raise Invalid("too_few", min=field.min_items)
    if not values and field.required:
        raise Invalid("too_few", min=1)
    if field.max_items is not None and len(values) > field.max_items:
        raise Invalid("too_many", max=field.max_items)
    return values


def _text(field: FieldDef, text: str) -> str:
    if field.multiline:
        lines = [nfc(line) for line in text.strip().splitlines()]
        value = "\n".join(line for line in lines if line)
    else:
        value = nfc(text)
    if field.min_length is not None and len(value) < field.min_length:
        raise Invalid("too_short", min=field.min_length, got=len(value))
    if field.max_length is not None and len(value) > field.max_length:
        raise Invalid("too_long", max=field.max_length, got=len(value))
    if field.pattern is not None and not re.fullmatch(field.pattern, value):
        raise Invalid("pattern", text=value)
    return value


def _range(field: FieldDef, value: int, today: date, code: str) -> int:
    low, high = field.bound("min", today), field.bound("max", today)
    if (low is not None and value < low) or (high is not None and value > high):
        raise Invalid(code, value=value, min=low, max=high)
    return value


def _int(field: FieldDef, raw: str, today: date) -> int:
    cleaned = _INT_GROUPS.sub("", raw)
    if not re.fullmatch(r"-?\d+", cleaned):
        raise Invalid("not_int", text=raw)
    return _range(field, int(cleaned), today, "int_range")


def _year(field: FieldDef, raw: str, today: date) -> int:
    cleaned = re.sub(r"^(nam|năm)\s+", "", raw.lower()).strip()
    if not re.fullmatch(r"\d{4}", cleaned):
        raise Invalid("not_year", text=raw)
    return _range(field, int(cleaned), today, "year_range")


def normalize_phone(raw: str) -> str | None:
    digits = _PHONE_NOISE.sub("", raw)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    return digits if re.fullmatch(r"0\d{9,10}", digits) else None


def _phone(raw: str) -> str:
    phone = normalize_phone(raw)
    if phone is None:
        raise Invalid("not_phone", text=raw)
    return phone


def boolean_labels(field: FieldDef) -> tuple[str, str]:
    if field.choices:
        return field.choices[0].label, field.choices[1].label
    return "Có", "Không"


def _boolean(field: FieldDef, raw: str) -> bool:
    folded = _words(raw)
    if field.choices:
        yes, no = field.choices
        if folded in {_words(k) for k in yes.spellings()}:
            return True
        if folded in {_words(k) for k in no.spellings()}:
            return False
    if folded in YES_WORDS:
        return True
    if folded in NO_WORDS:
        return False
    yes_label, no_label = boolean_labels(field)
    raise Invalid("not_boolean", text=raw, yes=yes_label, no=no_label)


def _date(field: FieldDef, raw: str, today: date) -> str:
    value: date | None = None
    try:
        if match := _DATE_ISO.match(raw):
            value = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        elif match := _DATE_DMY.match(raw):
            year_text = match.group(3)
            year = today.year if year_text is None else int(year_text)
            if year_text is not None and len(year_text) == 2:
                year += 2000
            elif year_text is not None and len(year_text) != 4:
                raise ValueError
            value = date(year, int(match.group(2)), int(match.group(1)))
    except ValueError:
        value = None
    if value is None:
        raise Invalid("not_date", text=raw)
    low, high = field.bound("min", today), field.bound("max", today)
    if (low is not None and value.year < low) or (high is not None and value.year > high):
        raise Invalid("date_range", value=value.isoformat(), min=low, max=high)
    return value.isoformat()


# Showing ----------------------------------------------------------------------------------
def format_value(field: FieldDef, value: Any, options: Sequence[Option] = ()) -> str:
    """How a stored value reads in Vietnamese (review screens, lists, exports)."""
    if value is None or value == [] or value == "":
        return ""
    labels = {o.value: o.label for o in options}
    if field.type == "choice":
        return labels.get(value, str(value))
    if field.type == "multichoice":
        return "; ".join(labels.get(v, str(v)) for v in value)
    if field.type == "boolean":
        yes, no = boolean_labels(field)
        return yes if value else no
    if field.type == "date":
        try:
            parsed = date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return f"{parsed.day:02d}/{parsed.month:02d}/{parsed.year}"
    return str(value)
