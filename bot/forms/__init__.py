"""The generic form engine: forms defined as data (``content/forms/*.yaml``), asked in chat.

Public API (see ``docs/forms.md``):

* :class:`FormLibrary` / :func:`load_form` / :class:`FormDef` / :class:`FieldDef` /
  :class:`Option` — the YAML schema, validated with pydantic.
* :class:`FormRunner` — asks a form's fields in any flow, keeping its state in
  ``ctx.state.data[key]``; ``start``, ``handle``, ``ask``, ``values``, ``active``, ``clear``,
  ``read_line`` / ``read_record`` for typed lines and spreadsheet rows.
* :class:`Problem` — what a feature's ``check`` returns to refuse an answer with a reason.
* :func:`parse_value` / :func:`format_value` / :func:`explain` — single values.
* :mod:`bot.forms.excel` — ``build_template`` and ``read_sheet`` (openpyxl).
"""

from bot.forms.driver import Check, FormRunner, Problem, Record, Source, is_form_choice
from bot.forms.schema import Condition, FieldDef, FormDef, FormLibrary, LineSpec, Option, load_form
from bot.forms.values import Invalid, explain, format_value, match_option, parse_value

__all__ = [
    "Check",
    "Condition",
    "FieldDef",
    "FormDef",
    "FormLibrary",
    "FormRunner",
    "Invalid",
    "LineSpec",
    "Option",
    "Problem",
    "Record",
    "Source",
    "explain",
    "format_value",
    "is_form_choice",
    "load_form",
    "match_option",
    "parse_value",
]
