"""Schema migrations through Alembic, applied on start and by ``tdkt db upgrade``."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


async def upgrade(engine: AsyncEngine, target: str = "heads") -> None:
    """Bring the schema to ``target`` on an existing async engine."""

    def run(connection: object) -> None:
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
    command.revision(alembic_config(url), message=message, autogenerate=autogenerate, head=head)
