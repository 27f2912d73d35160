"""Plan parsing: from a yearly TĐKT plan (.txt, .docx, .pdf, scan, photo, .html) to dated tasks.

``parse_plan(text)`` reads text already extracted; ``parse_file(path)`` reads a file first.
Neither touches the database: storing the tasks is the caller's job.
"""

from __future__ import annotations

from pathlib import Path

from .documents import SUPPORTED_SUFFIXES, DocumentError, read_document, read_text_of
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
    """Read the plan in ``path`` and parse it; raises :class:`DocumentError` if unreadable.

    Blocks (decoding, and seconds of OCR a page for a scan or photo): call it off the event loop.
    """
    document = read_text_of(path)
    parsed = parse_plan(document.text, year=year, source_name=path.name)
    if document.ocr:
        parsed.ocr = True
        parsed.warnings.insert(
            0,
            "Văn bản được đọc bằng nhận dạng chữ (OCR) từ bản scan/ảnh chụp: hãy đối chiếu "
            "từng hạn với câu gốc đi kèm trước khi xác nhận.",
        )
    return parsed
