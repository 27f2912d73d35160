"""``tdkt``: run the bot and administer it from the command line."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
import typer.main
import typer.models
from pydantic import SecretStr
from sqlalchemy import select
from typer.core import TyperGroup

from bot.config import Settings, load_settings
from bot.storage.db import Database

if TYPE_CHECKING:
    from typer import _click as click  # typer's own click

T = TypeVar("T")

#: The features' command groups, imported only when one of them is asked for (or for
#: ``--help``): ``tdkt run`` needs none of them, and importing them all cost every start of the
#: bot ~0.1 s of CPU (issue 16). Name -> (module, attribute: a Typer app, or a command function
#: with the help text given here).
FEATURE_COMMANDS: dict[str, tuple[str, str, str | None]] = {
    "zalo": ("bot.channels.zalo.cli", "zalo_app", None),
    "ask": (
        "bot.knowledge.cli",
        "ask",
        "Ask the knowledge base a question (one per line on stdin).",
    ),
    "plan": ("reminders.cli", "plan_app", None),
    "law": ("bot.knowledge.law.cli", "law_app", None),
    "qa": ("bot.knowledge.gaps_cli", "qa_app", None),
    "export": ("handlers.registration.cli", "export_app", None),
    "bench": ("reminders.cli", "bench_app", None),
}


def _feature_command(name: str) -> click.Command:
    """The feature's command, built as ``app.add_typer``/``app.command`` would have built it."""
    module, attribute, help_text = FEATURE_COMMANDS[name]
    found = getattr(importlib.import_module(module), attribute)
    single = not isinstance(found, typer.Typer)
    if single:
        function, found = found, typer.Typer()
        found.command(name, help=help_text)(function)
    group = typer.main.get_group_from_info(
        typer.models.TyperInfo(found, name=name),
        pretty_exceptions_short=app.pretty_exceptions_short,
        suggest_commands=app.suggest_commands,
        rich_markup_mode=app.rich_markup_mode,
    )
    return group.commands[name] if single else group


class _Commands(TyperGroup):
    """The ``tdkt`` group: the core commands, and the features' ones loaded on demand."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = super().list_commands(ctx)
        return [*names, *(name for name in FEATURE_COMMANDS if name not in names)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in FEATURE_COMMANDS:
            self.commands[cmd_name] = _feature_command(cmd_name)
        return super().get_command(ctx, cmd_name)


app = typer.Typer(
    cls=_Commands,
    help="Trợ lý Thi đua: a Telegram and Zalo assistant for commune TĐKT work.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
units_app = typer.Typer(help="The unit tree (tỉnh → xã/phường → thôn, trường, phòng, ban).")
users_app = typer.Typer(help="People and their roles.", no_args_is_help=True)
admin_app = typer.Typer(help="Administrators.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(units_app, name="units")
app.add_typer(users_app, name="users")
app.add_typer(admin_app, name="admin")


def _setup_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs request URLs at INFO, and bot tokens live in URLs.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    from bot.logredact import install

    install(configured_secrets(settings))


def configured_secrets(settings: Settings) -> list[str]:
    """Every secret value in the settings, masked wherever it would reach the logs."""
    values = [getattr(settings, name) for name in type(settings).model_fields]
    return [v.get_secret_value() for v in values if isinstance(v, SecretStr) and v]


def settings_or_exit(**overrides: object) -> Settings:
    """The settings, or a message naming each bad setting (no traceback) and exit code 2."""
    from pydantic import ValidationError

    from bot.startup import StartupError, settings_error

    try:
        return load_settings(**overrides)
    except ValidationError as error:
        raise fail(str(settings_error(error)), code=2) from None
    except StartupError as error:
        raise fail(str(error), code=2) from None


def with_db(work: Callable[[Database, Settings], Awaitable[T]]) -> T:
    """Run ``work`` against a migrated database from the current settings."""
    from bot.storage import migrate

    settings = settings_or_exit()

    async def main() -> T:
        from bot.storage.private import private_dir, private_sqlite

        private_dir(settings.data_dir)
        private_sqlite(settings.db_url)
        db = Database(settings.db_url)
        try:
            await migrate.upgrade(db.engine)
            return await work(db, settings)
        finally:
            await db.dispose()

    return asyncio.run(main())


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(message, fg=typer.colors.RED, err=True)
    return typer.Exit(code=code)


# Running ------------------------------------------------------------------------------------
@app.command()
def run(
    web_port: Annotated[
        int | None, typer.Option(help="Port of the web app (webhooks, links).")
    ] = None,
    sandbox_port: Annotated[int | None, typer.Option(help="Port of the local sandbox.")] = None,
    role: Annotated[
        str, typer.Option(help="all | web (receive only) | worker (outbox and scheduler)")
    ] = "all",
) -> None:
    """Run the bot. Without TDKT_TELEGRAM_TOKEN it runs on its own local sandbox chat page."""
    overrides: dict[str, object] = {"role": role}
    if web_port is not None:
        overrides["web_port"] = web_port
    if sandbox_port is not None:
        overrides["sandbox_port"] = sandbox_port
    from bot.startup import StartupError

    settings = settings_or_exit(**overrides)
    _setup_logging(settings)
    try:
        asyncio.run(_run(settings))
    except StartupError as error:
        # Expected (a port in use, an unusable directory): the message says what to change.
        raise fail(str(error)) from None


async def _run(settings: Settings) -> None:
    from bot.app import Application

    application = Application(settings, leader=settings.role in ("all", "worker"))
    # Handlers first: Ctrl-C during start-up then stops cleanly once started, instead of a
    # KeyboardInterrupt tearing through half-started servers (tracebacks for a normal stop).
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await application.start()
    if application.sandbox is not None:
        invites = await _sandbox_welcome(application)
        typer.secho(
            "\nHộp thử cục bộ (chưa có TDKT_TELEGRAM_TOKEN; đây là môi trường thử nghiệm, "
            f"không phải Telegram):\n  mở {application.sandbox.base_url}/ trên trình duyệt",
            fg=typer.colors.GREEN,
        )
        for role, code in invites:
            typer.secho(f"  mã mời {role}: gửi  /start {code}", fg=typer.colors.GREEN)
        typer.echo("  tạo thêm mã: tdkt invite --unit <mã đơn vị> --role officer|reviewer\n")
    elif settings.webhook_mode:
        typer.echo(f"Telegram webhook at {settings.public_url}")
    else:
        typer.echo("Telegram long polling")
    _warn_zalo_polling(application)
    await stop.wait()
    typer.echo("Stopping…")
    await application.stop()


#: Printed at start when a Zalo bot polls: README "Zalo: webhook or polling" explains why.
ZALO_POLLING_LIMIT = (
    "Zalo bot {bots}: đang dùng getUpdates (polling). Zalo không có offset hay xác nhận đã nhận, "
    "nên nếu tiến trình bị dừng đột ngột (kill -9, mất điện) đúng lúc đang chờ hoặc vừa nhận "
    "một tin, tin đó có thể bị mất. Tin trùng lặp thì được bỏ qua. Khi chạy thật, đặt "
    "TDKT_PUBLIC_URL (HTTPS) để dùng webhook: Zalo gửi lại đến khi bot nhận được."
)


def _warn_zalo_polling(application: object) -> None:
    """Polling cannot survive a crash without loss: say so where the operator looks."""
    zalo = getattr(application, "zalo", None)
    polling = sorted(key for key, ch in getattr(zalo, "channels", {}).items() if ch.polling)
    if polling and getattr(application, "sandbox", None) is None:
        typer.secho(ZALO_POLLING_LIMIT.format(bots=", ".join(polling)), fg=typer.colors.YELLOW)


async def _sandbox_welcome(application: object) -> list[tuple[str, str]]:
    """On a first sandbox run, load a demo unit tree and make two invite codes to try it with."""
    from bot.accounts import create_invite, import_units_csv, unit_by_code
    from bot.storage.models import Role, Unit

    db = application.db  # type: ignore[attr-defined]
    settings = application.settings  # type: ignore[attr-defined]
    clock = application.clock  # type: ignore[attr-defined]
    async with db.session() as session:
        if await session.scalar(select(Unit.id).limit(1)) is not None:
            return []
        demo = (settings.content_dir / "demo" / "units.csv").read_text(encoding="utf-8")
        await import_units_csv(session, demo)
        commune = await unit_by_code(session, "XA-DEMO")
        made = []
        for role in (Role.OFFICER, Role.REVIEWER):
            invite = await create_invite(
                session,
                unit=commune,
                role=role,
                now=clock.now(),
                ttl=timedelta(days=settings.invite_ttl_days),
            )
            made.append((role.label.lower(), invite.code))
        return made


# Database -----------------------------------------------------------------------------------
@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply every migration (also done automatically by `tdkt run`)."""

    async def work(db: Database, settings: Settings) -> None:
        typer.echo(f"Schema is up to date ({db.engine.url.render_as_string(hide_password=True)}).")

    with_db(work)


# Units --------------------------------------------------------------------------------------
@units_app.command("import")
def units_import(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
) -> None:
    """Load a unit tree from a CSV file with columns code,name,kind,parent_code."""
    from bot.accounts import AccountError, import_units_csv

    text = file.read_text(encoding="utf-8")

    async def work(db: Database, settings: Settings) -> None:
        try:
            async with db.session() as session:
                result = await import_units_csv(session, text)
        except AccountError as error:
            raise fail(str(error)) from None
        typer.echo(f"{result.created} unit(s) created, {result.updated} updated.")

    with_db(work)


@units_app.command("list")
def units_list() -> None:
    """Print the unit tree."""
    from bot.storage.models import Unit

    async def work(db: Database, settings: Settings) -> None:
        async with db.session() as session:
            units = (await session.scalars(select(Unit).order_by(Unit.path))).all()
        for unit in units:
            depth = unit.path.count("/") - 2
            typer.echo(f"{'  ' * depth}{unit.code}  {unit.name}  ({unit.kind})")

    with_db(work)


# Invites and admins -------------------------------------------------------------------------
@app.command()
def invite(
    unit: Annotated[str, typer.Option(help="Code of the unit the person belongs to.")],
    role: Annotated[str, typer.Option(help="officer | reviewer | admin")] = "officer",
    count: Annotated[int, typer.Option(min=1, max=500)] = 1,
    days: Annotated[int | None, typer.Option(help="Days before the code expires.")] = None,
) -> None:
    """Create one-time, expiring invite codes for a unit and role."""
    from bot.accounts import create_invite, unit_by_code
    from bot.storage.models import Role

    try:
        parsed_role = Role(role)
    except ValueError:
        raise fail(f"Unknown role {role!r}: use officer, reviewer or admin.") from None
    if days is not None and days < 1:
        # Not silently the default: a code that expires at once is never what was meant.
        raise fail(
            f"--days {days}: a code must stay valid for at least 1 day "
            "(leave --days out for TDKT_INVITE_TTL_DAYS, 14 by default)."
        )

    async def work(db: Database, settings: Settings) -> None:
        from bot.core import codes
        from bot.core.clock import SystemClock

        ttl = timedelta(days=settings.invite_ttl_days if days is None else days)
        async with db.session() as session:
            target = await unit_by_code(session, unit)
            if target is None:
                raise fail(f"No unit with code {unit!r} (see `tdkt units list`).")
            for _ in range(count):
                created = await create_invite(
                    session, unit=target, role=parsed_role, now=SystemClock().now(), ttl=ttl
                )
                typer.echo(
                    f"{codes.display(created.code)}  {target.name}  {parsed_role.value}  "
                    f"hết hạn {created.expires_at.astimezone(settings.tz):%H:%M %d/%m/%Y}  "
                    f"(gửi /start {created.code})"
                )

    with_db(work)


@admin_app.command("create")
def admin_create(
    name: Annotated[str, typer.Option(help="Full name.")],
    unit: Annotated[str, typer.Option(help="Code of the unit the admin belongs to.")],
) -> None:
    """Create an administrator and print the one-time code they send to the bot to log in."""
    from bot.accounts import create_invite, unit_by_code
    from bot.storage.models import InviteKind, Role, User

    async def work(db: Database, settings: Settings) -> None:
        from bot.core import codes
        from bot.core.clock import SystemClock

        now = SystemClock().now()
        async with db.session() as session:
            target = await unit_by_code(session, unit)
            if target is None:
                raise fail(f"No unit with code {unit!r}; import units first.")
            user = User(full_name=name, unit_id=target.id, role=Role.ADMIN, created_at=now)
            session.add(user)
            await session.flush()
            code = await create_invite(
                session,
                unit=target,
                role=Role.ADMIN,
                now=now,
                ttl=timedelta(days=settings.invite_ttl_days),
                kind=InviteKind.LINK,
                user=user,
            )
        typer.echo(
            f"Admin {name} created. Send this code to the bot to log in: "
            f"{codes.display(code.code)}  (/start {code.code})"
        )

    with_db(work)


@users_app.command("list")
def users_list() -> None:
    """Print users with their unit and role."""
    from bot.storage.models import Unit, User

    async def work(db: Database, settings: Settings) -> None:
        async with db.session() as session:
            rows = (
                await session.execute(
                    select(User, Unit).join(Unit, User.unit_id == Unit.id).order_by(Unit.path)
                )
            ).all()
        for user, unit in rows:
            typer.echo(
                f"{user.id:>5}  {user.full_name:<30} {user.role:<9} {unit.code}  {unit.name}"
            )

    with_db(work)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
