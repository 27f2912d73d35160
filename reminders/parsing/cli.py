"""``tdkt plan parse FILE``: show the deadlines a plan file contains, without storing anything.

The lead mounts :data:`app` under ``tdkt plan``; it also runs on its own as
``python -m reminders.parsing parse FILE --json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import DocumentError, parse_file
from .render import format_plan

__all__ = ["app"]

app = typer.Typer(
    help="Đọc kế hoạch thi đua, khen thưởng thành lịch các hạn công việc.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def plan() -> None:
    """Kế hoạch thi đua, khen thưởng: đọc các nhiệm vụ và thời hạn."""


@app.command("parse")
def parse_command(
    file: Annotated[Path, typer.Argument(help="Tệp kế hoạch: .docx, .pdf (có lớp chữ) hoặc .txt")],
    year: Annotated[
        int | None,
        typer.Option("--year", help="Năm của kế hoạch, khi văn bản không ghi rõ (ví dụ 2026)."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="In kết quả dạng JSON (ngày theo ISO 8601).")
    ] = False,
) -> None:
    """Đọc các nhiệm vụ và thời hạn trong kế hoạch; không ghi gì vào cơ sở dữ liệu."""
    try:
        parsed = parse_file(file, year=year)
    except DocumentError as error:
        typer.echo(f"Lỗi: {error}", err=True)
        raise typer.Exit(code=1) from error
    for warning in parsed.warnings:
        typer.echo(f"Lưu ý: {warning}", err=True)
    typer.echo(parsed.to_json() if as_json else format_plan(parsed).rstrip("\n"))
