"""Plan parsing: from a yearly TĐKT plan (.txt, .docx, text .pdf) to dated tasks.

``parse_plan(text)`` reads text already extracted; ``parse_file(path)`` reads a file first.
Neither touches the database: storing the tasks is the caller's job.
"""

from __future__ import annotations

from pathlib import Path

from .documents import SUPPORTED_SUFFIXES, DocumentError, read_document
from .models import ParsedPlan, PlanTask
from .plan import parse_plan

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "ParsedPlan",
    "PlanTask",
    "parse_file",
    "parse_plan",
    "read_document",
]


def parse_file(path: Path, *, year: int | None = None) -> ParsedPlan:
    """Read the plan in ``path`` and parse it; raises :class:`DocumentError` if unreadable."""
    return parse_plan(read_document(path), year=year, source_name=path.name)
