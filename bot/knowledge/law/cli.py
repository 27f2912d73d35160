"""``tdkt law``: import official legal texts and list what the bot quotes from.

tdkt law import nd-152-2025.docx            # split, store in the database, print a summary
tdkt law import luat.html --title "Luật Thi đua, khen thưởng 2022" --json
tdkt law list --json

Texts go to the deployment's database (``TDKT_DATABASE_URL``, or the SQLite file in the data
folder), so a running bot and all its replicas quote them from their next question on.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from bot.knowledge.law.library import LawLibrary, document_key
from bot.knowledge.law.model import LawDocument
from bot.knowledge.law.parse import parse_text
from bot.knowledge.law.readers import LawImportError, read_file

__all__ = ["import_document", "law_app", "load_imported", "load_library", "read_document"]

T = TypeVar("T")

law_app = typer.Typer(help="Văn bản pháp luật: nhập và xem.", no_args_is_help=True)


def _content_dir(content: Path | None) -> Path:
    from bot.knowledge.cli import default_content_dir

    return content or default_content_dir()


def with_database(data_dir: Path | None, work: Callable[[Any], Awaitable[T]]) -> T:
    """Run ``work(db)`` against the migrated database of the settings (``--data-dir`` laid
    over them: its SQLite file unless ``TDKT_DATABASE_URL`` names another database)."""
    from bot.cli import settings_or_exit
    from bot.storage import migrate
    from bot.storage.db import Database
    from bot.storage.private import private_dir, private_sqlite

    settings = settings_or_exit(**({"data_dir": data_dir} if data_dir else {}))

    async def main() -> T:
        private_dir(settings.data_dir)
        private_sqlite(settings.db_url)
        db = Database(settings.db_url)
        try:
            await migrate.upgrade(db.engine)
            return await work(db)
        finally:
            await db.dispose()

    return asyncio.run(main())


def read_document(path: Path, title: str | None = None) -> LawDocument:
    """Read and split one file; raises :class:`LawImportError` with a Vietnamese message."""
    text = read_file(path)
    try:
        document = parse_text(text, document_key(path.name), source=path.name)
    except ValueError as exc:
        raise LawImportError(f"Không tách được điều khoản của {path.name}: {exc}.") from exc
    if title:
        document.title = title
    return document


def import_document(
    path: Path, data_dir: Path | None = None, title: str | None = None
) -> LawDocument:
    """Read, split and store one file in the database of ``data_dir`` (or of the settings)."""
    from bot.knowledge.law.store import save_document

    document = read_document(path, title)

    async def work(db: Any) -> None:
        async with db.session() as session:
            await save_document(session, document)

    with_database(data_dir, work)
    return document


def load_imported(data_dir: Path | None = None) -> tuple[list[LawDocument], int]:
    """The texts imported into the database of ``data_dir`` (or of the settings)."""
    from bot.knowledge.law.store import load_documents

    async def work(db: Any) -> tuple[list[LawDocument], int]:
        async with db.session() as session:
            return await load_documents(session)

    return with_database(data_dir, work)


def load_library(content: Path | None = None, data_dir: Path | None = None) -> LawLibrary:
    """The packaged texts with the database's imports laid over them."""
    library = LawLibrary.load(_content_dir(content))
    library.set_imported(*load_imported(data_dir))
    return library


def summary(document: LawDocument, library: LawLibrary) -> dict[str, object]:
    stored = library.documents.get(document.key, document)
    return {
        "key": stored.key,
        "title": stored.title,
        "number": stored.number,
        "issuer": stored.issuer,
        "issued": stored.issued.isoformat() if stored.issued else None,
        "effective": stored.effective.isoformat() if stored.effective else None,
        "replaces": stored.replaces,
        "superseded_by": stored.superseded_by,
        "articles": len({p.article for p in stored.provisions}),
        "provisions": len(stored.provisions),
        "district_provisions": [p.where() for p in stored.provisions if p.names_district],
    }


@law_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help=".docx, PDF, .txt/.md hoặc trang .html đã lưu")],
    title: Annotated[
        str | None,
        typer.Option(help='Tên dùng khi trích dẫn, vd. "Luật Thi đua, khen thưởng 2022"'),
    ] = None,
    data_dir: Annotated[Path | None, typer.Option("--data-dir")] = None,
    content: Annotated[Path | None, typer.Option("--content")] = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Nhập một văn bản: tách Chương/Mục/Điều/Khoản/Điểm và lưu để bot trích dẫn."""
    try:
        document = import_document(file, data_dir, title)
    except (LawImportError, OSError) as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    library = load_library(content, data_dir)
    info = summary(document, library)
    if json_out:
        typer.echo(json.dumps(info, ensure_ascii=False))
        return
    typer.echo(
        f"Đã nhập {info['title']} ({info['number'] or 'không rõ số'}): "
        f"{info['articles']} điều, {info['provisions']} khoản/điểm."
    )
    if info["superseded_by"]:
        typer.echo(f"Văn bản này đã bị thay thế bởi {info['superseded_by']}: bot không trích dẫn.")
    if info["district_provisions"]:
        typer.echo(
            "Quy định còn nêu cấp huyện (bot sẽ ghi chú): " + ", ".join(info["district_provisions"])  # type: ignore[arg-type]
        )


@law_app.command("list")
def list_command(
    data_dir: Annotated[Path | None, typer.Option("--data-dir")] = None,
    content: Annotated[Path | None, typer.Option("--content")] = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Các văn bản bot đang dùng, văn bản nào đã bị thay thế."""
    library = load_library(content, data_dir)
    for document in library.documents.values():
        info = summary(document, library)
        if json_out:
            typer.echo(json.dumps(info, ensure_ascii=False))
        else:
            status = (
                f"đã bị thay thế bởi {info['superseded_by']}"
                if info["superseded_by"]
                else ("đang dùng")
            )
            typer.echo(
                f"{info['title']} ({info['number']}): {info['provisions']} khoản/điểm, {status}"
            )
