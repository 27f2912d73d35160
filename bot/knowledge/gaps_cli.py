"""``tdkt qa gaps``: the month's declined questions by topic.

tdkt qa gaps --json                 # this month, one JSON object
tdkt qa gaps --month 2026-11
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

__all__ = ["qa_app"]

qa_app = typer.Typer(help="Hỏi đáp: câu hỏi bot chưa trả lời được.", no_args_is_help=True)


@qa_app.command("gaps")
def gaps_command(
    month: Annotated[str | None, typer.Option(help="Tháng YYYY-MM (mặc định: tháng này).")] = None,
    top: Annotated[int, typer.Option(help="Số chủ đề in ra.")] = 10,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Các chủ đề có nhiều câu hỏi bot chưa trả lời được nhất trong tháng."""
    from bot.cli import with_db
    from bot.knowledge.answer import KnowledgeBase
    from bot.knowledge.cli import today_in_vietnam
    from bot.knowledge.gaps import gap_report
    from bot.knowledge.gaps_store import declined_in_month

    day = date.fromisoformat(f"{month}-01") if month else today_in_vietnam().replace(day=1)

    async def work(db, settings):  # type: ignore[no-untyped-def]
        async with db.session() as session:
            questions = await declined_in_month(session, day)
        kb = KnowledgeBase.load(settings.content_dir, settings.data_dir)
        return questions, gap_report(kb, questions)

    questions, topics = with_db(work)
    if json_out:
        out = {
            "month": day.strftime("%Y-%m"),
            "declined": len(questions),
            "unanswered": sum(not q.answered for q in questions),
            "topics": [t.to_json() for t in topics[:top]],
        }
        typer.echo(json.dumps(out, ensure_ascii=False))
        return
    typer.echo(f"Tháng {day:%m/%Y}: {len(questions)} câu bot chưa trả lời được.")
    for t in topics[:top]:
        typer.echo(f"- {t.label}: {t.unanswered} chưa trả lời / {t.declined} câu")
        for _, text in t.examples:
            typer.echo(f"    • {text[:100]}")
