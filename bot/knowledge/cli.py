"""``tdkt ask``: put questions to the knowledge base from a shell.

    tdkt ask "tiền thưởng LĐTT bao nhiêu" --json
    printf 'câu 1\\ncâu 2\\n' | tdkt ask --json      # one JSON line per input line, in order

Runnable today as ``python -m bot.knowledge ask ...``. The lead wires :func:`ask` (or the whole
:data:`app`) into the main ``tdkt`` Typer app.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, TextIO
from zoneinfo import ZoneInfo

import typer

from bot import content
from bot.knowledge.answer import Answer, KnowledgeBase

__all__ = ["app", "ask", "ask_command", "default_content_dir", "today_in_vietnam"]

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def default_content_dir() -> Path:
    """The packaged content with ``$TDKT_CONTENT_DIR`` laid over it (:mod:`bot.content`)."""
    return content.content_dir()


def today_in_vietnam() -> date:
    # Amounts change at midnight Vietnam time, not at the server's midnight.
    return datetime.now(VIETNAM).date()


def _plain(answer: Answer) -> str:
    lines = [answer.text]
    if answer.related:
        lines.append("Chủ đề liên quan:")
        lines += [f"  {i}. {title}" for i, (_, title) in enumerate(answer.related, 1)]
    return "\n".join(lines)


def ask_command(
    question: str | None,
    json_out: bool,
    *,
    as_of: date | None = None,
    content_dir: Path | None = None,
    data_dir: Path | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Answer ``question``, or every line of ``stdin`` when it is None. Returns the exit code.

    In JSON mode each answer is one line: {"question", "answer", "sources": [{"title",
    "citation"}], "confidence", "answered", "parts": [{"part", "answer", "sources"}]}, where
    "answer" is exactly the text a user sees (its parts joined by a blank line).
    Every input line gets exactly one output line (a blank line too), so outputs can be zipped
    with inputs.
    """
    kb = KnowledgeBase.load(content_dir or default_content_dir())
    if data_dir is not None and kb.law is not None:
        # the texts admins imported (tdkt law import) are in that data folder's database
        from bot.knowledge.law.cli import load_imported

        kb.law.set_imported(*load_imported(data_dir))
    day = as_of or today_in_vietnam()
    out = stdout or sys.stdout

    def emit(text: str) -> None:
        answer = kb.ask(text, day)
        if json_out:
            out.write(json.dumps(answer.to_json(), ensure_ascii=False) + "\n")
        else:
            out.write(_plain(answer) + "\n\n")
        out.flush()  # a caller reading line by line gets each answer as soon as it exists

    if question is not None:
        emit(question)
        return 0
    for line in stdin or sys.stdin:
        emit(line.rstrip("\r\n"))
    return 0


app = typer.Typer(help="Hỏi đáp thi đua, khen thưởng.", add_completion=False)


@app.callback()
def _group() -> None:
    """Keeps ``ask`` a named sub-command even while it is the only one."""


@app.command("ask")
def ask(
    question: Annotated[
        str | None, typer.Argument(help="Câu hỏi; bỏ trống để đọc từng dòng từ stdin.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="In một dòng JSON mỗi câu.")] = False,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Ngày hỏi YYYY-MM-DD (mặc định: hôm nay).")
    ] = None,
    content: Annotated[
        Path | None, typer.Option("--content", help="Thư mục content (mặc định: của repo).")
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Thư mục dữ liệu có văn bản đã nhập (tdkt law import)."),
    ] = None,
) -> None:
    """Trả lời câu hỏi về thi đua, khen thưởng."""
    day = date.fromisoformat(as_of) if as_of else None
    raise typer.Exit(
        ask_command(question, json_out, as_of=day, content_dir=content, data_dir=data_dir)
    )
