"""`tdkt plan ...` and `tdkt bench broadcast`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from reminders.parsing.cli import parse_command

plan_app = typer.Typer(help="Yearly TĐKT plans: parse, import, list.", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks.", no_args_is_help=True)

# `tdkt plan parse FILE [--year Y] [--json]`: the parser's own command, nothing stored.
plan_app.command("parse")(parse_command)


@plan_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="The plan: .docx, .pdf (with text) or .txt")],
    unit: Annotated[str, typer.Option("--unit", help="Code of the unit issuing the plan")],
    year: Annotated[int | None, typer.Option("--year", help="The year the plan covers")] = None,
    draft: Annotated[
        bool, typer.Option("--draft", help="Store unconfirmed (a reviewer confirms in chat)")
    ] = False,
) -> None:
    """Store a plan's deadlines for UNIT and its subtree; reminders start unless --draft."""
    from bot.cli import fail, with_db
    from reminders.parsing import DocumentError, parse_file

    try:
        parsed = parse_file(file, year=year)
    except DocumentError as error:
        raise fail(f"Cannot read {file}: {error}") from error
    plan_year = year or parsed.year
    if plan_year is None:
        raise fail("The plan does not say which year it covers: pass --year.")
    if not parsed.tasks:
        raise fail("No task with a deadline found in this file.")

    async def work(db, settings):  # type: ignore[no-untyped-def]
        from bot.accounts import unit_by_code
        from bot.core.clock import SystemClock
        from reminders.store import create_plan

        async with db.session() as session:
            target = await unit_by_code(session, unit)
            if target is None:
                raise fail(f"No unit with code {unit}.")
            plan = await create_plan(
                session,
                unit=target,
                parsed=parsed,
                year=plan_year,
                now=SystemClock().now(),
                active=not draft,
                source_name=file.name,
            )
            return plan.id, target.name

    plan_id, unit_name = with_db(work)
    dated = sum(1 for t in parsed.tasks if t.due or t.recurring_due)
    typer.echo(
        f"Plan {plan_id}: {len(parsed.tasks)} tasks ({dated} dated) for {unit_name}, "
        f"{plan_year}{' (draft)' if draft else ''}."
    )
    for warning in parsed.warnings:
        typer.echo(f"Note: {warning}", err=True)
    dues = [t.due for t in parsed.tasks if t.due is not None]
    if dues and max(dues) < date.today():
        typer.echo(
            f"Warning: every deadline of this {plan_year} plan is in the past (last "
            f"{max(dues):%d/%m/%Y}): nothing will be reminded. Check --year.",
            err=True,
        )


@plan_app.command("list")
def list_command(
    unit: Annotated[str | None, typer.Option("--unit", help="Only this unit's subtree")] = None,
) -> None:
    """Stored plans: id, unit, year, deadlines, status."""
    from bot.cli import fail, with_db

    async def work(db, settings):  # type: ignore[no-untyped-def]
        from sqlalchemy import func, select

        from bot.accounts import unit_by_code
        from bot.storage.models import Unit
        from bot.storage.models.plans import Deadline, Plan

        async with db.session() as session:
            query = select(Plan, Unit).join(Unit, Unit.id == Plan.unit_id)
            if unit:
                root = await unit_by_code(session, unit)
                if root is None:
                    raise fail(f"No unit with code {unit}.")
                query = query.where(Unit.path.startswith(root.path))
            counts = dict(
                (
                    await session.execute(
                        select(Deadline.plan_id, func.count()).group_by(Deadline.plan_id)
                    )
                ).all()
            )
            rows = (await session.execute(query.order_by(Plan.year, Plan.id))).all()
            return [(p, u, counts.get(p.id, 0)) for p, u in rows]

    rows = with_db(work)
    if not rows:
        typer.echo("No plans.")
    for plan, unit_row, count in rows:
        status = "active" if plan.active else "draft"
        typer.echo(
            f"{plan.id:>4}  {unit_row.code:<12} {plan.year}  {count:>3} deadlines  {status:<6}  "
            f"{plan.title or plan.source_name or ''}"
        )


def _needs_source_tree(command: str) -> None:
    from benchmarks import SourceTreeMissing, source_tree

    try:
        source_tree(command)
    except SourceTreeMissing as missing:
        typer.secho(str(missing), fg=typer.colors.RED, err=True)
        raise typer.Exit(code=2) from None


@bench_app.command("broadcast")
def broadcast_command(
    recipients: Annotated[int, typer.Option("--recipients", help="Officers to remind")] = 1000,
    limit: Annotated[float, typer.Option("--limit", help="Sandbox flood limit, messages/s")] = 30,
    kill_at: Annotated[
        float | None,
        typer.Option("--kill-at", help="SIGKILL the sender after this fraction, then restart it"),
    ] = None,
    chatters: Annotated[int, typer.Option("--chatters", help="Officers chatting meanwhile")] = 20,
    baseline: Annotated[
        int | None, typer.Option("--baseline", help="Recipients for the naive loop (default N)")
    ] = None,
    db: Annotated[str, typer.Option("--db", help="sqlite or postgres")] = "sqlite",
    pacing: Annotated[
        float, typer.Option("--pacing", help="Sender's global pace as a fraction of --limit")
    ] = 1.0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Broadcast N reminders through the sandbox at its flood limit while officers chat."""
    from benchmarks.broadcast_bench import main

    main(
        recipients=recipients,
        limit=limit,
        kill_at=kill_at,
        chatters=chatters,
        baseline=recipients if baseline is None else baseline,
        db=db,
        as_json=as_json,
        pacing=pacing,
    )


@bench_app.command("ask")
def ask_bench_command(
    json_out: Annotated[bool, typer.Option("--json", help="One JSON line.")] = False,
    extra: Annotated[int, typer.Option("--extra", help="Synthetic plan passages added.")] = 10_000,
    rounds: Annotated[int, typer.Option("--rounds")] = 3,
) -> None:
    """Latency of `tdkt ask` with the fact model, against retrieval alone (issue 11)."""
    _needs_source_tree("ask")
    from benchmarks.ask_bench import main

    main(json_out, extra, rounds)


@bench_app.command("plans")
def plans_bench_command(
    split: Annotated[
        str | None, typer.Option("--split", help="tuning, heldout or blind2 (default: all)")
    ] = None,
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Another keyed corpus")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Score the plan parser on the keyed corpus: recall and precision per genre and format."""
    if corpus is None:
        _needs_source_tree("plans")
    from benchmarks.plan_corpus_bench import main

    main(corpus=corpus, split=split, as_json=as_json)


@bench_app.command("plan-upload")
def plan_upload_command(
    chatters: Annotated[int, typer.Option("--chatters", help="Officers chatting meanwhile")] = 5,
    megabytes: Annotated[float, typer.Option("--mb", help="Size of the uploaded plan")] = 12.8,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Other officers' reply times while a reviewer uploads a huge plan (issue 12)."""
    _needs_source_tree("plan-upload")
    from benchmarks.plan_upload_bench import main

    main(chatters=chatters, megabytes=megabytes, as_json=as_json)


@bench_app.command("startup")
def startup_command(
    baseline_root: Annotated[
        Path | None,
        typer.Option("--baseline-root", help="Another checkout measured in the same run"),
    ] = None,
    rounds: Annotated[int, typer.Option("--rounds", help="Median of this many starts")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Second start to a served chat page, and idle RSS with and without the sandbox."""
    from benchmarks.startup_bench import main

    main(baseline_root=baseline_root, rounds=rounds, as_json=as_json)


def _rates(text: str) -> list[float]:
    return [float(part) for part in text.split(",") if part.strip()]


@bench_app.command("inbound")
def inbound_command(
    users: Annotated[int, typer.Option("--users", help="Officers who talk")] = 200,
    rate: Annotated[
        str,
        typer.Option("--rate", help="Messages/s offered; a list (10,25,50) sweeps for the knee"),
    ] = "50",
    seconds: Annotated[float, typer.Option("--seconds", help="Offer time per rate")] = 30,
    db: Annotated[str, typer.Option("--db", help="sqlite or postgres")] = "sqlite",
    pg_url: Annotated[
        str | None,
        typer.Option("--pg-url", help="PostgreSQL server (admin URL) to create a database on"),
    ] = None,
    replicas: Annotated[int, typer.Option("--replicas", help="Web replicas")] = 1,
    factor: Annotated[int, typer.Option("--factor", help="Data size multiplier")] = 1,
    baseline_root: Annotated[
        Path | None,
        typer.Option("--baseline-root", help="Another checkout's bot, alternating with this one"),
    ] = None,
    rounds: Annotated[int, typer.Option("--rounds", help="Alternating rounds per tree")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Officers sending a realistic mix through the sandbox's webhooks: reply latency."""
    from benchmarks.inbound_bench import main

    main(
        users=users,
        rates=_rates(rate),
        seconds=seconds,
        db=_db_target(db, pg_url),
        replicas=replicas,
        factor=factor,
        as_json=as_json,
        baseline_root=baseline_root,
        rounds=rounds,
    )


@bench_app.command("scale")
def scale_command(
    factor: Annotated[str, typer.Option("--factor", help="Data multipliers, e.g. 1,10")] = "1,10",
    users: Annotated[int, typer.Option("--users", help="Officers who talk")] = 200,
    rate: Annotated[float, typer.Option("--rate", help="Messages/s offered")] = 20,
    seconds: Annotated[float, typer.Option("--seconds", help="Offer time per factor")] = 30,
    db: Annotated[str, typer.Option("--db", help="sqlite or postgres")] = "sqlite",
    pg_url: Annotated[str | None, typer.Option("--pg-url", help="PostgreSQL admin URL")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """The inbound workload on data F times larger: latency and memory per factor."""
    from benchmarks.inbound_bench import scale

    factors = [int(f) for f in factor.split(",")]
    if factors[0] != 1:
        factors.insert(0, 1)  # factor 1 is the baseline, measured in the same run
    scale(
        factors=factors,
        users=users,
        rate=rate,
        seconds=seconds,
        db=_db_target(db, pg_url),
        as_json=as_json,
    )


def _db_target(db: str, pg_url: str | None) -> str:
    if db == "sqlite":
        return "sqlite"
    if db != "postgres" or not pg_url:
        raise typer.BadParameter("--db is sqlite, or postgres with --pg-url")
    return pg_url


@bench_app.command("sender")
def sender_command(
    rows: Annotated[int, typer.Option("--rows", help="Bulk rows queued")] = 3000,
    limit: Annotated[float, typer.Option("--limit", help="The sender's rate limit, per s")] = 150,
    rtt_ms: Annotated[float, typer.Option("--rtt-ms", help="The channel's round trip")] = 20,
    db: Annotated[str, typer.Option("--db", help="sqlite or postgres")] = "sqlite",
    pg_url: Annotated[str | None, typer.Option("--pg-url", help="PostgreSQL admin URL")] = None,
    baseline_root: Annotated[
        Path | None,
        typer.Option("--baseline-root", help="Another checkout measured in the same run"),
    ] = None,
    rounds: Annotated[int, typer.Option("--rounds", help="Alternating rounds per tree")] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """The outbox sender alone against an answering channel: its ceiling under a high limit."""
    from benchmarks.sender_bench import main

    main(
        rows=rows,
        limit=limit,
        rtt_ms=rtt_ms,
        db=_db_target(db, pg_url),
        baseline_root=baseline_root,
        rounds=rounds,
        as_json=as_json,
    )


@bench_app.command("fuzz")
def fuzz_command(
    updates: Annotated[int, typer.Option("--updates", help="Actions in all, all officers")] = 5000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same actions)")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="For each stuck officer: last actions, replies, answers"),
    ] = False,
) -> None:
    """Hostile text, callbacks and files in every conversation state, Telegram and Zalo."""
    from benchmarks.fuzz_bench import main

    main(updates=updates, seed_=seed, as_json=as_json, debug=debug)


@bench_app.command("crash")
def crash_command(
    kills: Annotated[int, typer.Option("--kills", help="SIGKILLs of the bot mid-form")] = 20,
    channel: Annotated[str, typer.Option("--channel", help="telegram | zalo")] = "telegram",
    mode: Annotated[str, typer.Option("--mode", help="webhook | polling")] = "webhook",
    moment: Annotated[
        str,
        typer.Option(
            "--moment",
            help="random (mid-form, the headline) | answer (as a reply arrives: worst case)",
        ),
    ] = "random",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """SIGKILL the bot mid-form N times: every message answered once, every form resumed."""
    from benchmarks.crash_bench import main

    if (
        channel not in ("telegram", "zalo")
        or mode not in ("webhook", "polling")
        or moment not in ("random", "answer")
    ):
        raise typer.BadParameter(
            "--channel telegram|zalo, --mode webhook|polling, --moment random|answer"
        )
    main(kills=kills, channel=channel, mode=mode, as_json=as_json, moment=moment)


@bench_app.command("desk")
def desk_command(
    dossiers: Annotated[int, typer.Option("--dossiers", help="Dossiers in the subtree")] = 2500,
    pages: Annotated[int, typer.Option("--pages-per-dossier", help="Pages per dossier")] = 6,
    db: Annotated[str, typer.Option("--db", help="sqlite or postgres")] = "postgres",
    requests: Annotated[int, typer.Option("--requests", help="Requests per page")] = 40,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
) -> None:
    """Latency of every reviewers' desk page on a year-end database (issue 17)."""
    from benchmarks.desk_bench import main

    main(dossiers=dossiers, pages_per=pages, db=db, requests=requests, as_json=as_json)


@bench_app.command("ocr")
def ocr_bench_command(
    pages: Annotated[int, typer.Option("--pages", help="Page photos the officer sends")] = 20,
    chatters: Annotated[int, typer.Option("--chatters", help="Officers chatting meanwhile")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line")] = False,
    compare: Annotated[
        bool, typer.Option("--compare", help="The pipeline before the speed work, then now")
    ] = False,
    nice: Annotated[
        int | None, typer.Option("--nice", help="Niceness of the OCR child (default 10)")
    ] = None,
    cpu: Annotated[
        bool, typer.Option("--cpu", help="CPU seconds a page and accuracy, before/after, no chat")
    ] = False,
) -> None:
    """OCR time per dossier page and page classification, with officers chatting (issue 14)."""
    from benchmarks.ocr_bench import main

    main(pages=pages, chatters=chatters, as_json=as_json, compare=compare, nice=nice, cpu=cpu)
