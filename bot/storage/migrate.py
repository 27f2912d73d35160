"""Schema migrations through Alembic, applied on start and by ``tdkt db upgrade``.

Alembic (with Mako) costs a process about 12 MB it never gives back, and on almost every start
there is nothing to do. So ``upgrade`` first compares the database's ``alembic_version`` with
the heads of the migration files, read with ``ast`` without running them; only when they differ
(a new install, an upgrade, a schema Alembic must look at) is Alembic imported and run.
"""

from __future__ import annotations

import ast
import asyncio
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def _names(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


@lru_cache(maxsize=1)
def script_heads() -> frozenset[str] | None:
    """The head revisions of the migration files, or None if a file is not in the usual form
    (then Alembic decides, as before)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found: dict[str, Any] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = value = None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            names = ("revision", "down_revision", "depends_on")
            if isinstance(target, ast.Name) and target.id in names and value is not None:
                try:
                    found[target.id] = ast.literal_eval(value)
                except ValueError:
                    return None
        if not isinstance(found.get("revision"), str) or "down_revision" not in found:
            return None
        if found.get("depends_on"):
            return None  # cross-branch dependencies: leave them to Alembic
        revisions.add(found["revision"])
        parents |= _names(found["down_revision"])
    heads = frozenset(revisions - parents)
    return heads or None


def _at_heads(connection: sa.Connection) -> bool:
    heads = script_heads()
    if heads is None or not sa.inspect(connection).has_table("alembic_version"):
        return False
    current = set(connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars())
    return current == heads


async def upgrade(engine: AsyncEngine, target: str = "heads") -> None:
    """Bring the schema to ``target`` on an existing async engine."""

    def run(connection: sa.Connection) -> None:
        if target == "heads" and _at_heads(connection):
            return
        from alembic import command

        config = alembic_config(str(engine.url.render_as_string(hide_password=False)))
        config.attributes["connection"] = connection
        command.upgrade(config, target)

    async with engine.begin() as connection:
        await connection.run_sync(run)


def upgrade_sync(url: str, target: str = "heads") -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    async def main() -> None:
        engine = create_async_engine(url)
        try:
            await upgrade(engine, target)
        finally:
            await engine.dispose()

    asyncio.run(main())


def revision(url: str, message: str, *, autogenerate: bool = True, head: str = "head") -> None:
    """Developer helper: write a new migration file from the models."""
    from alembic import command

    command.revision(alembic_config(url), message=message, autogenerate=autogenerate, head=head)
