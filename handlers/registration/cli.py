"""`tdkt export registrations`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

export_app = typer.Typer(help="Export data to Excel.", no_args_is_help=True)


@export_app.command("registrations")
def export_registrations(
    year: Annotated[int, typer.Option("--year", "-y", help="Năm thi đua, e.g. 2026.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output .xlsx file.")],
    unit: Annotated[
        str | None,
        typer.Option("--unit", "-u", help="Only this unit's subtree (unit code)."),
    ] = None,
    drafts: Annotated[
        bool, typer.Option("--drafts", help="Include registrations not yet submitted.")
    ] = False,
) -> None:
    """Write the year's registrations as a "Bản đăng ký thi đua" workbook (Tập thể, Cá nhân)."""
    from bot.accounts import unit_by_code
    from bot.cli import fail, with_db
    from bot.config import Settings
    from bot.storage.db import Database

    async def work(db: Database, settings: Settings) -> int:
        from datetime import datetime

        from sqlalchemy import select

        from bot.storage.models.registration import Movement
        from handlers.registration import service
        from handlers.registration.content import RegistrationContent
        from handlers.registration.workbook import build_export

        content = RegistrationContent.load(settings.content_dir)
        async with db.session() as session:
            root = None
            if unit:
                root = await unit_by_code(session, unit.strip().upper())
                if root is None:
                    raise fail(f"No unit with code {unit!r}.")
            items = await service.export_items(session, year, root=root, include_drafts=drafts)
            ids = sorted({int(i) for it in items for i in it.registration.movement_ids or []})
            rows = (await session.scalars(select(Movement).where(Movement.id.in_(ids)))).all()
            scope = root.name if root is not None else _scope_name(items)
            data = build_export(
                items,
                year=year,
                scope=scope,
                content=content,
                movement_names={m.id: m.name for m in rows},
                generated=datetime.now(settings.tz),
                tz=settings.tz,
                single=root is not None and [i.unit.id for i in items] == [root.id],
            )
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        return len(items)

    count = with_db(work)
    typer.echo(f"{count} registration(s) for {year} written to {out}.")


def _scope_name(items: list) -> str:  # type: ignore[type-arg]
    if len(items) == 1:
        return str(items[0].unit.name)
    return "Tất cả đơn vị"
