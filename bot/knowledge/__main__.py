"""``python -m bot.knowledge ask "câu hỏi" --json``."""

from bot.knowledge.cli import app

app()
