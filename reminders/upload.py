"""An uploaded plan file's bytes to a :class:`ParsedPlan`, in a form a child process can run.

Called through :func:`bot.offload.run_limited` (module-level, plain arguments) so a huge or
hostile file cannot freeze the bot: the parse has a time and memory limit and is killed past it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reminders.parsing import ParsedPlan, parse_file, parse_plan

#: Larger files are refused before they are downloaded. Real plans are tens of kilobytes of text
#: (a .docx with a logo a few hundred); 5 MB leaves room for scanned-looking PDFs with a text layer.
MAX_PLAN_BYTES = 5 * 1024 * 1024
#: A plan of a few hundred tasks parses in seconds; past this the reviewer is asked to split it.
PARSE_TIMEOUT_S = 60.0
#: Scans and photos are read by OCR first (bot/ocr.py: up to 90 s a page, 300 s a PDF).
OCR_PARSE_TIMEOUT_S = 330.0
#: Address-space cap of the parsing process (the interpreter alone maps ~100 MB).
PARSE_MEMORY_MB = 1024


def parse_timeout(suffix: str) -> float:
    """A text file parses in seconds; a scan or photo may need minutes of OCR."""
    return (
        OCR_PARSE_TIMEOUT_S
        if suffix.lower() in {".pdf", ".jpg", ".jpeg", ".png"}
        else PARSE_TIMEOUT_S
    )


def parse_upload(data: bytes, suffix: str, year: int | None) -> ParsedPlan:
    if suffix == ".txt":
        return parse_plan(data.decode("utf-8", errors="replace"), year=year)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"kehoach{suffix}"
        path.write_bytes(data)
        return parse_file(path, year=year)
