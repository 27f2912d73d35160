"""``python -m reminders.parsing parse FILE [--year Y] [--json]``."""

from reminders.parsing.cli import app

app(prog_name="python -m reminders.parsing")
